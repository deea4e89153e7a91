"""The cost model on public hls4ml reports outside the calibration set (docs/cost-model.md section 2.5).

Nothing is fitted on these designs. The medians and worst cases below are what was measured when they
were added; the test fails when the model moves away from them in either direction, so the documented
band is always the current one (update the table in docs/cost-model.md with the numbers if it does).
"""

from pathlib import Path

import numpy as np
import pytest

from fpgaprune.core.hardware.heldout import design_comparisons, layer_comparisons, read_table
from fpgaprune.core.hardware.logic import EXPECTED_ERROR

HELDOUT = Path(__file__).parent / "data" / "heldout"
HELDOUT2 = Path(__file__).parent / "data" / "heldout2"
CALIBRATION_REPOS = {"Hector-Plata/hls4ml-tutorial", "ArgyKokk/hls4ml_MLP_estimator",
                     "Thifjj/Iris_hls4ml_pynqZ2", "uw-acme/HLS4ML_VS_MANUAL"}
# metric -> (median, worst) over the 26 weight layers of 10 designs, as documented
MEASURED = {
    "dsp": (0.0, 2.0),
    "bram_18k": (0.0, 1.0),
    "lut": (0.237, 0.968),
    "ff": (0.862, 1.970),
    "latency_cycles": (0.494, 5.455),
    "ii": (0.045, 0.600),
}
# the second held-out set (28 weight layers of 7 Vitis HLS 2024.1 designs), scored once the model was final
MEASURED_2 = {
    "dsp": (0.0, 22.0),
    "bram_18k": (0.0, 0.0),
    "lut": (0.185, 27.688),
    "ff": (8.114, 2344.0),
    "latency_cycles": (4.0, 5.0),
    "ii": (0.0, 0.0),
}
# design totals (weight layers + ReLUs + FIFO/table BRAM) against the reports' Total rows:
# set -> metric -> band
MEASURED_DESIGNS = {
    "heldout": {
        "dsp": (0.036, 3.0),
        "bram_18k": (0.0, 78.0),
        "lut": (0.502, 0.762),
        "ff": (0.871, 1.0),
        "latency_cycles": (2.001, 10.0),
        "ii": (0.096, 0.5),
    },
    "heldout2": {
        "dsp": (0.6, 11.0),
        "bram_18k": (0.0, 4.0),
        "lut": (0.209, 5.734),
        "ff": (4.964, 15.177),
        "latency_cycles": (7.0, 12.0),
        "ii": (0.0, 0.0),
    },
}


@pytest.fixture(scope="module")
def comparisons():
    return layer_comparisons(HELDOUT)


@pytest.mark.parametrize("root", [HELDOUT, HELDOUT2])
def test_heldout_designs_come_from_repositories_outside_the_calibration_set(root):
    manifest = read_table(root / "MANIFEST.tsv", "\t")
    assert {row["repo"] for row in manifest}.isdisjoint(CALIBRATION_REPOS)
    assert all(len(row["commit"]) == 40 for row in manifest)


def test_the_two_heldout_sets_share_no_repository():
    first, second = (read_table(root / "MANIFEST.tsv", "\t") for root in (HELDOUT, HELDOUT2))
    assert {row["repo"] for row in first}.isdisjoint({row["repo"] for row in second})


def test_every_weight_layer_of_every_design_is_compared(comparisons):
    layers = {(c.design, c.layer) for c in comparisons}
    assert len(layers) == 26 and len({design for design, _ in layers}) == 10
    assert {c.kind for c in comparisons} == {"dense", "conv2d"}


@pytest.mark.parametrize("metric", sorted(MEASURED))
def test_heldout_error_is_the_documented_band(comparisons, metric):
    errors = np.array([c.error for c in comparisons if c.metric == metric])
    median, worst = MEASURED[metric]
    assert np.median(errors) == pytest.approx(median, abs=0.002)
    assert errors.max() == pytest.approx(worst, abs=0.002)


@pytest.fixture(scope="module")
def comparisons_2():
    return layer_comparisons(HELDOUT2)


@pytest.mark.parametrize("metric", sorted(MEASURED_2))
def test_second_heldout_error_is_the_documented_band(comparisons_2, metric):
    errors = np.array([c.error for c in comparisons_2 if c.metric == metric])
    assert errors.size == 28
    median, worst = MEASURED_2[metric]
    assert np.median(errors) == pytest.approx(median, abs=0.002)
    assert errors.max() == pytest.approx(worst, abs=0.002)


@pytest.mark.parametrize("name", sorted(MEASURED_DESIGNS))
def test_design_totals_error_is_the_documented_band(name):
    designs = design_comparisons(Path(__file__).parent / "data" / name)
    for metric, (median, worst) in MEASURED_DESIGNS[name].items():
        errors = np.array([c.error for c in designs if c.metric == metric])
        assert np.median(errors) == pytest.approx(median, abs=0.002), metric
        assert errors.max() == pytest.approx(worst, abs=0.002), metric


def test_cli_band_reports_the_heldout_medians():
    for prefix, measured in (("heldout", MEASURED), ("heldout2", MEASURED_2)):
        for metric, (median, worst) in measured.items():
            assert EXPECTED_ERROR[metric][f"{prefix}_median"] == pytest.approx(median, abs=0.005)
            assert EXPECTED_ERROR[metric][f"{prefix}_worst"] == pytest.approx(worst, abs=0.005)
