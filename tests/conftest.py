"""Shared test fixtures: paths of the repository and of the test data it ships."""

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
VIVADO_REPORTS = Path(__file__).resolve().parent / "core" / "hardware" / "data" / "calibration"


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def vivado_reports() -> Path:
    """Real public HLS reports, their per-layer table and weights (README.md and MANIFEST.tsv there)."""
    return VIVADO_REPORTS


# Directories whose conftest.py builds costly session fixtures (the report's run, the tiny hls4ml project).
SHARED_FIXTURE_DIRS = ("tests/report/", "tests/hls/")


def xdist_scope(nodeid: str) -> str:
    """The unit pytest-xdist gives one worker: a module (its module fixtures are built once), or a whole
    directory of `SHARED_FIXTURE_DIRS` (its session fixtures are built once)."""
    directory = next((d for d in SHARED_FIXTURE_DIRS if nodeid.startswith(d)), None)
    return directory or nodeid.split("::")[0]


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """`make test` runs `-n 2 --dist loadscope --no-loadscope-reorder`: whole `xdist_scope`s per worker, in
    the order the workers collected them."""
    if config.getvalue("dist") != "loadscope":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class ScopeScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return xdist_scope(nodeid)

    return ScopeScheduling(config, log)


def pytest_collection_modifyitems(config, items):
    """On a pytest-xdist worker, scopes holding a slow test come first, so that the longest ones do not end
    the run on one worker while the other idles."""
    if hasattr(config, "workerinput"):
        slow = {xdist_scope(item.nodeid) for item in items if "slow" in item.keywords}
        items.sort(key=lambda item: xdist_scope(item.nodeid) not in slow)
