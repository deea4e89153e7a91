"""The Snakemake command line of the workflow tests (a real Snakemake on the repository's workflow), and the
runs of the tests on a user's model file."""

import re
import subprocess
import sys
import textwrap
from collections import Counter
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


def job_stats(output: str) -> Counter:
    """The planned jobs per rule from Snakemake's "Job stats" table (empty when nothing is to be done)."""
    table = re.search(r"Job stats:\njob\s+count\n[-\s]+\n(.*?)\ntotal\s+\d+", output, re.DOTALL)
    rows = (line.split() for line in table.group(1).splitlines()) if table else ()
    return Counter({rule: int(count) for rule, count in rows})


def run_workflow(repo: Path, workdir: Path, *args: str) -> subprocess.CompletedProcess:
    """The workflow on `workdir`'s config.yaml, run in `workdir` on 2 cores with `args` (20 minutes at most);
    its console captured, its failure returned."""
    command = snakemake_command(repo, workdir, workdir / "config.yaml", "--cores", "2", *args)
    return subprocess.run(command, capture_output=True, text=True, timeout=1200, check=False, cwd=workdir)


# Run before every model script: Keras' initial weights (and Python's and NumPy's global generators) are
# seeded from the script's seed, so that the script writes the same model file every run (one script seeded
# only its data, and each run of its tests pruned another model)
SEEDED = """import sys
from fpgaprune.compat import keras

keras.utils.set_random_seed(int(sys.argv[1]))
"""


def make_model_file(workdir: Path, script: str, seed: int = 0) -> None:
    """Run `script` (Python, dedented) in `workdir` as make_model.py with its seed as its one argument
    (`sys.argv[1]`, for the script's own data generator): what writes a test's model and data files in a fresh
    process, as a user would. Keras' initial weights are seeded from it first (`SEEDED`): one seed, one model
    file."""
    (workdir / "make_model.py").write_text(SEEDED + textwrap.dedent(script))
    command = [sys.executable, "make_model.py", str(seed)]
    subprocess.run(command, cwd=workdir, check=True, capture_output=True)
