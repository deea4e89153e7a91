"""ReLU LUT/FF/latency: constants fitted on the calibration reports' ReLU instances; they hold left out."""

from pathlib import Path

import numpy as np
import pytest

from fpgaprune.core.hardware.activation import (
    RELU_ADDER_NS,
    RELU_CONSTANTS,
    Activation,
    estimate_relu,
    fit_relu_adder_ns,
    fit_relu_constants,
    leave_one_network_out,
    read_relu_rows,
)
from fpgaprune.core.hardware.calibration import relative_error
from fpgaprune.core.hardware.glue import estimate_project
from fpgaprune.core.hardware.precision import parse_precision

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def rows():
    return read_relu_rows(DATA / "calibration" / "activations.csv")


@pytest.mark.parametrize("tool", ["vivado", "vitis"])
def test_relu_constants_in_code_are_the_fit(rows, tool):
    assert RELU_CONSTANTS[tool] == pytest.approx(fit_relu_constants(rows, tool), abs=1e-3)


@pytest.mark.parametrize("tool", ["vivado", "vitis"])
def test_relu_adder_delay_is_the_fit(rows, tool):
    assert RELU_ADDER_NS[tool] == fit_relu_adder_ns(rows, tool)


def test_relu_adder_delay_is_the_middle_of_what_the_reports_allow(rows):
    # Vitis ReLUs that round: 1 cycle at 3.33 ns (budget 2.92 ns at 12.5 %), 0 at 5 ns (4.375 ns):
    # the delays 3.0-4.25 on the grid match all of them; their middle is 3.75
    assert fit_relu_adder_ns(rows, "vitis") == 3.75


def test_leave_one_network_out_errors(rows):
    results = leave_one_network_out(rows)
    lut = [relative_error(estimate["lut"], row.report["lut"]) for row, estimate in results]
    ff = [relative_error(estimate["ff"], row.report["ff"]) for row, estimate in results]
    latency = [abs(estimate["latency_cycles"] - row.report["latency_cycles"]) for row, estimate in results]
    assert len(results) == 95
    assert np.median(lut) == pytest.approx(0.133, abs=0.002)  # worst: F1 left out (no plain Vitis ReLU left)
    assert np.median(ff) == 0.0 and max(latency) == 0


def test_a_converting_output_costs_more_and_a_stream_relu_takes_a_cycle_per_word():
    plain = Activation("a", "relu", 64, parse_precision("ap_fixed<16,6>"), parse_precision("ap_fixed<16,6>"))
    rounding = Activation(
        "b",
        "relu",
        64,
        parse_precision("ap_fixed<16,6>"),
        parse_precision("ap_ufixed<8,0,AP_RND_CONV,AP_SAT>"),
    )
    stream = Activation("c", "relu", 64, plain.input_type, plain.output_type, stream_pack=8)
    assert estimate_relu(rounding, "vivado", 5.0)["lut"] > estimate_relu(plain, "vivado", 5.0)["lut"]
    assert estimate_relu(stream, "vivado", 5.0)["latency_cycles"] == 8
    assert estimate_relu(stream, "vivado", 5.0)["lut"] < estimate_relu(plain, "vivado", 5.0)["lut"]


def test_project_totals_include_the_relus():
    estimate = estimate_project(DATA / "heldout" / "projects" / "H1")
    assert list(estimate["activations"]) == ["dense_relu", "dense_1_softmax"]  # a ReLU, a softmax
    layers = sum(layer["lut"] for layer in estimate["layers"].values())
    assert estimate["totals"]["lut"] == layers + sum(a["lut"] for a in estimate["activations"].values())
