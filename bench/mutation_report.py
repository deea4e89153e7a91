"""Results of a mutmut run (bench/mutation.sh), in one process: every mutant's status, each survivor's diff,
and optionally a recheck of the survivors against whole test files.

Run from the run's scratch copy (results/bench/mutation/work) with mutmut on PYTHONPATH:

    python bench/mutation_report.py OUT_DIR        # writes OUT_DIR/results.txt and OUT_DIR/survivors.diff
    python bench/mutation_report.py OUT_DIR --recheck tests/a.py tests/b.py [--mutants PREFIX]

`--recheck` runs each survived, uncovered or timed-out mutant against the given test files (their fast
tests, in a forked child as mutmut does, without mutmut's CPU-time limit) and records the ones that fail
as `killed (recheck)`, the others as survived; a child still running after `--timeout` seconds (a mutant
that loops forever) is killed and recorded as a timeout. mutmut maps a function to the tests that called
it while collecting its statistics; calls made while a module-scoped fixture was set up count for the
first test only, so a mutant there may survive the tests mutmut picked and still be killed by the file.
Adding tests can only kill more mutants, so a recheck with more tests never hides one.
"""

import argparse
import json
import os
import signal
import sys
import time
from collections import Counter
from pathlib import Path

from mutmut.mutation.diff_apply import get_diff_for_mutant
from mutmut.stats import status_by_exit_code

RECHECKED = "recheck.json"
OPEN = ("survived", "no tests", "timeout")
TIMEOUT = -24  # the exit code mutmut records for a timeout (SIGXCPU)


def statuses(work: Path, rechecked: dict[str, int]) -> dict[str, tuple[str, str]]:
    """{mutant: (source path, status)} from mutmut's .meta files, rechecked kills applied."""
    found = {}
    for meta in sorted((work / "mutants").rglob("*.py.meta")):
        source = str(meta.relative_to(work / "mutants"))[: -len(".meta")]
        for name, code in json.loads(meta.read_text())["exit_code_by_key"].items():
            status = status_by_exit_code[code]
            if status in OPEN and name in rechecked:  # a timeout reruns without mutmut's CPU-time limit
                status = _recheck_status(rechecked[name])
            found[name] = (source, status)
    return found


def _recheck_status(code: int) -> str:
    if code == TIMEOUT:
        return "timeout"
    return "killed (recheck)" if code else "survived"


def _wait(pid: int, timeout_s: float) -> int:
    """The child's exit code, or TIMEOUT after killing it once it has run timeout_s seconds."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.05)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return TIMEOUT


def recheck(
    names: list[str], tests: list[str], work: Path, preload: list[str], save, timeout_s: float
) -> dict[str, int]:
    """Exit code of the fast tests in `tests` with each mutant active (non-zero: killed)."""
    import importlib

    import pytest

    os.chdir(work / "mutants")
    sys.path.insert(0, str(work / "mutants" / "src"))
    for module in {name.rpartition(".x")[0] for name in names} | set(preload):  # once, not in every child
        importlib.import_module(module)
    codes = {}
    for name in names:
        pid = os.fork()
        if pid == 0:
            os.environ["MUTANT_UNDER_TEST"] = name
            args = [
                *tests,
                "-x",
                "-q",
                "-m",
                "not slow",
                "-p",
                "no:cacheprovider",
                "--no-header",
                "-p",
                "no:warnings",
            ]
            os._exit(int(pytest.main(args)))
        codes[name] = _wait(pid, timeout_s)
        print(f"{name}: {_recheck_status(codes[name])}", file=sys.stderr, flush=True)
        save(codes)  # a recheck stopped early keeps what it found
    os.chdir(work)
    return codes


def write(out: Path, work: Path, found: dict[str, tuple[str, str]]) -> None:
    lines = [f"    {name}: {status}" for name, (_, status) in found.items()]
    (out / "results.txt").write_text("\n".join(lines) + "\n")
    diffs = [
        f"# {name}: survived\n{get_diff_for_mutant(name, path=source)}"
        for name, (source, status) in found.items()
        if status == "survived"
    ]
    (out / "survivors.diff").write_text("\n".join(diffs) + "\n")
    for source in sorted({source for source, _ in found.values()}):
        counts = Counter(status for src, status in found.values() if src == source)
        print(source, ", ".join(f"{status} {n}" for status, n in sorted(counts.items())))
    print("total", ", ".join(f"{s} {n}" for s, n in sorted(Counter(s for _, s in found.values()).items())))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument(
        "--recheck", nargs="+", metavar="TEST", help="test files to rerun open mutants against"
    )
    parser.add_argument("--preload", nargs="*", default=[], help="modules to import once before forking")
    parser.add_argument("--mutants", default="", help="recheck only the mutants whose name starts with this")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds before a recheck is a timeout")
    parser.add_argument(
        "--skip-rechecked", action="store_true", help="leave out the mutants recheck.json already holds"
    )
    args = parser.parse_args()
    work, out = Path.cwd(), args.out.resolve()
    recheck_file = out / RECHECKED
    rechecked = json.loads(recheck_file.read_text()) if recheck_file.is_file() else {}
    if args.recheck:
        found = statuses(work, rechecked)
        open_mutants = [
            n
            for n, (_, status) in found.items()
            if status in OPEN and n.startswith(args.mutants) and not (args.skip_rechecked and n in rechecked)
        ]

        def save(codes: dict[str, int]) -> None:
            recheck_file.write_text(json.dumps(rechecked | codes, indent=1))

        rechecked |= recheck(open_mutants, args.recheck, work, args.preload, save, args.timeout)
    write(out, work, statuses(work, rechecked))


if __name__ == "__main__":
    main()
