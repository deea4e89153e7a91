"""The `fpgaprune` command line: argument parsing, file I/O and logging; no algorithms.

Each sub-command has an `_add_<name>` function that declares its arguments and a `_run_<name>`
function that does the work; heavy frameworks are imported inside the `_run_` functions so that
`fpgaprune --help` and the pure commands start fast. Errors a user can act on (ValueError,
FileNotFoundError) become one line on stderr and exit code 2.
"""

import argparse
import logging
import sys

from fpgaprune import __version__

log = logging.getLogger("fpgaprune")


def main(argv: list[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        datefmt="%H:%M:%S",
    )
    try:
        return args.handler(args) or 0
    except (ValueError, FileNotFoundError) as error:
        print(f"fpgaprune {args.command}: error: {error}", file=sys.stderr)
        return 2


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fpgaprune", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"fpgaprune {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in _COMMANDS:
        add(commands)
    return parser


_COMMANDS = []
