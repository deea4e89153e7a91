#!/usr/bin/env python3
"""Write envs/fpgaprune.yaml, the conda environment of `snakemake --sdm conda`, from the lock.

The file lists every pinned package of envs/requirements.txt inline, so that it still builds after
Snakemake copies it elsewhere (no relative `-r` or `-e` paths). Run by `make lock`; the test
tests/test_envs.py checks that the two files agree.
"""

import re
import sys
from pathlib import Path

ENVS = Path(__file__).resolve().parents[1] / "envs"
HEADER = """\
# Conda environment for `snakemake --sdm conda`. GENERATED from envs/requirements.txt by
# scripts/conda-env.py (`make lock`); do not edit. The pip packages are the lock's pins, inline, so
# the file builds wherever Snakemake copies it. fpgaprune itself is not installed here: under
# --sdm conda the rules run it from the workflow's src/ (workflow/rules/common.smk).
# Not exercised on the reference machine (no conda there): the Makefile's venv is the tested path.
name: fpgaprune
channels:
  - conda-forge
dependencies:
  - python=3.11
  - pip
  - gxx_linux-64    # g++ for hls4ml's C simulation
  - yosys           # open-source synthesis
  - pip:
"""
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)")


def read_lock(path: Path) -> dict[str, str]:
    """{package: version} of a pip-compile lock (comments and options skipped)."""
    pins = {}
    for line in path.read_text().splitlines():
        match = _PIN.match(line.strip())
        if match:
            pins[match.group(1)] = match.group(2)
    return pins


def conda_env(pins: dict[str, str]) -> str:
    return HEADER + "".join(f"      - {name}=={version}\n" for name, version in pins.items())


def main() -> int:
    pins = read_lock(ENVS / "requirements.txt")
    if not pins:
        print("conda-env: envs/requirements.txt holds no pins; run `make lock` first", file=sys.stderr)
        return 2
    (ENVS / "fpgaprune.yaml").write_text(conda_env(pins))
    return 0


if __name__ == "__main__":
    sys.exit(main())
