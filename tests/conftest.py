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
