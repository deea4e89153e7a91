"""The lint gates CI runs: ruff, snakefmt, `snakemake --lint` and the import contracts."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .snakemake_runs import snakemake_command

BIN = Path(sys.executable).parent


def _run(repo: Path, *command: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(repo / "src"), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run(
        command, cwd=cwd or repo, env=env, capture_output=True, text=True, timeout=300, check=False
    )


def test_ruff_finds_nothing(repo):
    result = _run(repo, sys.executable, "-m", "ruff", "check", "src", "tests", "bench")
    assert result.returncode == 0, result.stdout[-3000:]


def test_the_code_is_ruff_formatted(repo):
    result = _run(repo, sys.executable, "-m", "ruff", "format", "--check", "src", "tests", "bench")
    assert result.returncode == 0, result.stdout[-3000:]


def test_rules_are_snakefmt_formatted(repo):
    result = _run(repo, sys.executable, "-m", "snakefmt", "--check", "workflow/")
    assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]


def test_import_contracts_are_kept(repo):
    result = _run(repo, str(BIN / "lint-imports"), "--no-cache")
    assert result.returncode == 0, result.stdout[-3000:]
    assert "0 broken" in result.stdout


@pytest.mark.slow
def test_snakemake_lint_finds_nothing(repo, tmp_path):
    result = _run(repo, *snakemake_command(repo, tmp_path, repo / "config/config.yaml", "--lint"))
    assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]
    assert "Congratulations, your workflow is in a good condition!" in result.stdout + result.stderr
