"""The Snakemake command line of the workflow tests (a real Snakemake on the repository's workflow), and the
runs of the tests on a user's model file."""

import subprocess
import sys
import textwrap
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


def run_workflow(repo: Path, workdir: Path, *args: str) -> subprocess.CompletedProcess:
    """The workflow on `workdir`'s config.yaml, run in `workdir` on 2 cores with `args` (20 minutes at most);
    its console captured, its failure returned."""
    command = snakemake_command(repo, workdir, workdir / "config.yaml", "--cores", "2", *args)
    return subprocess.run(command, capture_output=True, text=True, timeout=1200, check=False, cwd=workdir)


def make_model_file(workdir: Path, script: str, *args: str) -> None:
    """Run `script` (Python, dedented) in `workdir` as make_model.py with `args`: what writes a test's model
    and data files in a fresh process, as a user would."""
    (workdir / "make_model.py").write_text(textwrap.dedent(script))
    subprocess.run([sys.executable, "make_model.py", *args], cwd=workdir, check=True, capture_output=True)
