"""ReLU LUT/FF/latency: constants fitted on the calibration reports' ReLU instances; they hold left out."""

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from fpgaprune.core.hardware.activation import (
    RELU_ADDER_NS,
    RELU_CONSTANTS,
    STREAM_RELU_FF,
    Activation,
    estimate_relu,
    fit_relu_adder_ns,
    fit_relu_constants,
    fit_stream_relu_ff,
    leave_one_network_out,
    read_relu_rows,
    stream_relu_leave_one_design_out,
)
from fpgaprune.core.hardware.calibration import relative_error
from fpgaprune.core.hardware.glue import design_activations, estimate_project
from fpgaprune.core.hardware.heldout import read_stream_relu_rows
from fpgaprune.core.hardware.precision import parse_precision
from fpgaprune.core.hardware.project import project_layers, read_project_files

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
    # worst: F1 left out (no plain Vitis ReLU left); before branch deadrelu (every element counted, constant
    # inputs too): LUT median 0.133, p90 0.301, FF p90 0.142
    assert np.median(lut) == pytest.approx(0.112, abs=0.002)
    assert np.percentile(lut, 90) == pytest.approx(0.204, abs=0.002)
    assert np.median(ff) == 0.0 and np.percentile(ff, 90) < 0.01 and max(latency) == 0


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


@pytest.fixture(scope="module")
def stream_rows():
    return read_stream_relu_rows(DATA)


def test_the_stream_relu_fit_reads_the_io_stream_relus_of_the_calibrating_designs(stream_rows):
    tools = [row[2] for row in stream_rows]
    assert (len(stream_rows), tools.count("vivado"), tools.count("vitis")) == (99, 61, 38)
    assert len({row[3] for row in stream_rows}) == 38
    assert all(layer.stream_pack >= 1 for layer, *_ in stream_rows)


@pytest.mark.parametrize("tool", ["vivado", "vitis"])
def test_stream_relu_ff_constants_are_the_fit_and_about_one_output_word(stream_rows, tool):
    assert fit_stream_relu_ff(stream_rows, tool) == STREAM_RELU_FF[tool]
    # the registers are output words, one per pipeline stage beyond the read-and-write: the reports' depths
    # give 0-3 extra words, the expected count (docs/cost-model-record.md 2.7) is about one
    assert 0.5 < STREAM_RELU_FF[tool]["word_bits"] < 2.0


def test_stream_relu_ff_left_out_is_the_measured_expected_value(stream_rows):
    results = stream_relu_leave_one_design_out(stream_rows)
    errors = [relative_error(estimate["ff"], report["ff"]) for (_, report, _, _), estimate in results]
    reported = sum(report["ff"] for _, report, _, _ in stream_rows)
    estimated = sum(estimate["ff"] for _, estimate in results)
    # an expected value: the median instance is about half off (depth 2 vs 4 on the same types), the sum
    # close; before (branch streamact) every instance but U4's was 0 FF (error 1.0)
    assert np.median(errors) == pytest.approx(0.543, abs=0.01)
    assert reported == 20815 and estimated / reported == pytest.approx(0.855, abs=0.01)


def test_a_stream_relu_registers_its_output_word():
    narrow = Activation(
        "a", "relu", 64, parse_precision("ap_fixed<16,6>"), parse_precision("ap_ufixed<8,0>"), 8
    )
    wide = Activation("b", "relu", 64, narrow.input_type, parse_precision("ap_ufixed<16,6>"), 8)
    for tool in ("vivado", "vitis"):
        difference = estimate_relu(wide, tool, 5.0)["ff"] - estimate_relu(narrow, tool, 5.0)["ff"]
        assert difference == pytest.approx(STREAM_RELU_FF[tool]["word_bits"] * 8 * 8, abs=1)


def test_a_stream_project_counts_its_relus_ff():
    p3 = DATA / "heldout4" / "projects" / "P3"
    relus = [a for a in design_activations(read_project_files(p3)) if a.stream_pack]
    estimate = estimate_project(p3, "vivado")
    assert len(relus) == 7
    for relu in relus:
        word = relu.stream_pack * relu.output_type.width
        expected = STREAM_RELU_FF["vivado"]["word_bits"] * word + STREAM_RELU_FF["vivado"]["fixed"]
        assert estimate["activations"][relu.name]["ff"] == round(expected)


def test_calibration_relus_of_pruned_neurons_cost_per_live_element(rows):
    # B3 (Vivado HLS 2019.2): 11, 6 and 3 of its ReLUs' inputs are biases of neurons with an all-zero kernel
    # column; the reports' LUT per live element is 28 for all three, B1's (unpruned, same types) per element
    b3 = {row.activation.name: row for row in rows if row.case == "B3"}
    b1 = [row for row in rows if row.case == "B1"]
    assert {name: row.activation.constant for name, row in b3.items()} == {
        "relu_config4": 6,
        "relu_config7": 3,
        "relu_config10": 11,
    }
    assert {row.report["lut"] / row.activation.parallel_elements for row in b3.values()} == {28.0}
    assert {row.report["lut"] / row.activation.n for row in b1} == {28.0}
    assert sum(row.activation.constant > 0 for row in rows) == 63  # of 95 calibration ReLUs


def _project_relus(set_name: str, design: str, tool: str, version: str) -> dict:
    files = read_project_files(DATA / set_name / "projects" / design)
    layers, kernels, _ = project_layers(files, tool, version)
    return {a.name: a for a in design_activations(files, layers, kernels, tool)}


def test_a_project_relu_of_pruned_neurons_is_costed_on_its_live_elements():
    # G7 (Vitis HLS 2024.1, Latency Dense layers with 58, 31, 29 all-zero columns): reports 96, 23, 48 LUT
    relus = _project_relus("heldout2", "G7", "vitis", "2024.1")
    assert [relus[name].constant for name in ("re_lu_12", "re_lu_13", "re_lu_14")] == [58, 31, 29]
    live = [estimate_relu(relus[name], "vitis", 5.0)["lut"] for name in ("re_lu_12", "re_lu_13", "re_lu_14")]
    every = [
        estimate_relu(replace(relus[name], constant=0), "vitis", 5.0)["lut"]
        for name in ("re_lu_12", "re_lu_13", "re_lu_14")
    ]
    assert live == [114, 19, 57] and every == [1216, 608, 608]  # before branch deadrelu: every element


def test_relus_after_resource_layers_or_in_io_stream_keep_every_element():
    # S11 (Vivado HLS 2020.1): its Resource Dense layers have 5, 1, 9 all-zero columns, yet the reports'
    # ReLU LUT is 94.2-94.3 per element of all n: a Resource layer's outputs are not constant to HLS
    relus = _project_relus("heldout6", "S11", "vivado", "2020.1")
    assert [a.constant for a in relus.values()] == [0, 0, 0]
    stream = _project_relus("heldout3", "K7", "vivado", "2019.2")
    assert stream and all(a.stream_pack and a.constant == 0 for a in stream.values())
