"""The Snakemake command line of the workflow tests: a real Snakemake on the repository's workflow."""

import sys
from collections.abc import Iterable
from pathlib import Path


def snakemake_command(repo: Path, workdir: Path, configfiles: Path | Iterable[Path], *args: str) -> list[str]:
    """`python -m snakemake` on `repo`'s workflow in `workdir`, with its config file(s), then `args`."""
    files = [configfiles] if isinstance(configfiles, (str, Path)) else list(configfiles)
    return [
        sys.executable,
        "-m",
        "snakemake",
        "-s",
        str(repo / "workflow/Snakefile"),
        "--directory",
        str(workdir),
        "--configfile",
        *map(str, files),
        *args,
    ]
