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
HELDOUT3 = Path(__file__).parent / "data" / "heldout3"
HELDOUT4 = Path(__file__).parent / "data" / "heldout4"
CALIBRATION_REPOS = {"Hector-Plata/hls4ml-tutorial", "ArgyKokk/hls4ml_MLP_estimator",
                     "Thifjj/Iris_hls4ml_pynqZ2", "uw-acme/HLS4ML_VS_MANUAL"}
# metric -> (median, worst) over the 26 weight layers of 10 designs. Set 1 was held out until branch
# fidelity4; its 8 io_parallel Dense layers (H1-H3, H10) are calibration rows since, so these numbers are
# partly in-sample.
MEASURED = {
    "dsp": (0.0, 2.0),
    "bram_18k": (0.0, 1.0),
    "lut": (0.188, 0.593),
    "ff": (0.592, 1.0),
    "latency_cycles": (1.0, 4.922),
    "ii": (0.134, 0.493),
}
# set 2 (28 weight layers of 7 Vitis HLS 2024.1 designs): scored blind on fidelity3, calibration data since
# fidelity4 (all but G2, a duplicate of G1), so in-sample
MEASURED_2 = {
    "dsp": (0.0, 22.0),
    "bram_18k": (0.0, 0.0),
    "lut": (0.092, 0.317),
    "ff": (0.146, 84.0),
    "latency_cycles": (0.0, 1.0),
    "ii": (0.0, 0.0),
}
# set 3 (27 weight layers of 9 designs; Vitis HLS 2022.2-2024.2, Vivado HLS 2019.2-2020.1), collected before
# the fidelity4 changes and scored once before them (results/bench/cost_model_heldout3_before.md: LUT
# 0.262/6.33, FF 0.773/2908, latency 1.535/5.45) and once, blind, after them (..._after.md: LUT 0.253/0.953,
# FF 0.753/250, latency 0.335/4.545). Never fitted on, but its LUT/FF result was seen before fidelity5's
# change (HGQ's constant-zero inputs), so these numbers (..._fidelity5_not_blind.md) are NOT blind.
MEASURED_3 = {
    "dsp": (0.0, 14.0),
    "bram_18k": (0.0, 1.0),
    "lut": (0.243, 2.021),
    "ff": (0.64, 3.89),
    "latency_cycles": (0.335, 4.545),
    "ii": (0.0, 0.667),
}
# set 4 (36 weight layers of 11 designs; Vivado HLS 2019.2-2020.1, Vitis HLS 2022.1-2025.2), collected on
# fidelity6 before any estimate of it was computed and scored once, blind, with the model as on main
# (results/bench/cost_model_heldout4.md). Not fitted on; once the model moves, these numbers are not blind.
MEASURED_4 = {
    "dsp": (0.0667, 32.0),
    "bram_18k": (0.0, 2.0),
    "lut": (0.3378, 0.9951),
    "ff": (0.499, 85.0),
    "latency_cycles": (1.2178, 9.6),
    "ii": (0.0968, 0.96),
}
# design totals (weight layers + ReLUs + FIFO/table BRAM) against the reports' Total rows:
# set -> metric -> band
MEASURED_DESIGNS = {
    "heldout": {
        "dsp": (0.036, 3.0),
        "bram_18k": (0.0, 78.0),
        "lut": (0.443, 0.762),
        "ff": (0.805, 1.0),
        "latency_cycles": (1.201, 10.0),
        "ii": (0.183, 0.5),
    },
    "heldout2": {
        "dsp": (0.6, 2.0),
        "bram_18k": (0.0, 4.0),
        "lut": (0.114, 1.543),
        "ff": (0.748, 1.0),
        "latency_cycles": (6.0, 7.143),
        "ii": (0.0, 0.0),
    },
    "heldout3": {
        "dsp": (0.091, 1.5),
        "bram_18k": (0.0, 13.0),
        "lut": (0.793, 1.798),
        "ff": (0.578, 0.975),
        "latency_cycles": (4.878, 9.546),
        "ii": (0.044, 0.889),
    },
    "heldout4": {
        "dsp": (0.9879, 2.2857),
        "bram_18k": (0.0, 616.0),
        "lut": (0.4867, 0.9472),
        "ff": (0.6794, 0.9819),
        "latency_cycles": (6.0, 21.1538),
        "ii": (0.1111, 0.9968),
    },
}


@pytest.fixture(scope="module")
def comparisons():
    return layer_comparisons(HELDOUT)


@pytest.mark.parametrize("root", [HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4])
def test_heldout_designs_come_from_repositories_outside_the_calibration_set(root):
    manifest = read_table(root / "MANIFEST.tsv", "\t")
    assert {row["repo"] for row in manifest}.isdisjoint(CALIBRATION_REPOS)
    assert all(len(row["commit"]) == 40 for row in manifest)


def test_the_heldout_sets_share_no_repository():
    manifests = [read_table(root / "MANIFEST.tsv", "\t") for root in (HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4)]
    repos = [{row["repo"] for row in manifest} for manifest in manifests]
    assert all(a.isdisjoint(b) for i, a in enumerate(repos) for b in repos[i + 1:])


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


@pytest.fixture(scope="module")
def comparisons_3():
    return layer_comparisons(HELDOUT3)


@pytest.mark.parametrize("metric", sorted(MEASURED_3))
def test_third_heldout_error_is_the_documented_band(comparisons_3, metric):
    errors = np.array([c.error for c in comparisons_3 if c.metric == metric])
    assert errors.size == 27
    median, worst = MEASURED_3[metric]
    assert np.median(errors) == pytest.approx(median, abs=0.002)
    assert errors.max() == pytest.approx(worst, abs=0.002)


@pytest.fixture(scope="module")
def comparisons_4():
    return layer_comparisons(HELDOUT4)


@pytest.mark.parametrize("metric", sorted(MEASURED_4))
def test_fourth_heldout_error_is_the_blind_measurement(comparisons_4, metric):
    errors = np.array([c.error for c in comparisons_4 if c.metric == metric])
    assert errors.size == 36
    median, worst = MEASURED_4[metric]
    assert np.median(errors) == pytest.approx(median, abs=0.002)
    assert errors.max() == pytest.approx(worst, abs=0.002)


@pytest.mark.parametrize("name", sorted(MEASURED_DESIGNS))
def test_design_totals_error_is_the_documented_band(name):
    designs = design_comparisons(Path(__file__).parent / "data" / name)
    for metric, (median, worst) in MEASURED_DESIGNS[name].items():
        errors = np.array([c.error for c in designs if c.metric == metric])
        assert np.median(errors) == pytest.approx(median, abs=0.002), metric
        assert errors.max() == pytest.approx(worst, abs=0.002), metric


def test_cli_band_reports_the_blind_set_outside_the_calibration():
    for metric, (median, worst) in MEASURED_4.items():
        assert EXPECTED_ERROR[metric]["heldout_median"] == pytest.approx(median, abs=0.005)
        assert EXPECTED_ERROR[metric]["heldout_worst"] == pytest.approx(worst, abs=0.005)
