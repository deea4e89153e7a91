"""The sigmoid/tanh LUT and FF (`tablelogic`): constants equal a fresh fit, the rows the fit reads, the
structure, and the design totals counting them."""

from pathlib import Path

import numpy as np
import pytest

from fpgaprune.core.hardware.glue import design_table_activations, estimate_project
from fpgaprune.core.hardware.heldout import read_table_logic_rows
from fpgaprune.core.hardware.precision import parse_precision
from fpgaprune.core.hardware.project import read_project_files
from fpgaprune.core.hardware.tablelogic import (
    TABLE_ACTIVATION_LATENCY,
    TABLE_LOGIC_CONSTANTS,
    TableActivation,
    estimate_table_activation,
    fit_table_logic_constants,
    leave_one_design_out,
)

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def rows():
    return read_table_logic_rows(DATA)


def test_the_fit_reads_the_sigmoid_and_tanh_instances_of_the_calibrating_sets(rows):
    designs = sorted(row[3] for row in rows)
    # T9, U7, U8, V5 are left-out designs of their sets; sets 15-19 since branch foldin2 (M3, L2); set 20's
    # only one, R1's sigmoid, is left out (heldout._TABLE_LOGIC_LEFT_OUT: its index needs no clamp)
    assert designs == sorted(
        ["H7", "H8", "H10", "P7", "P10", "P11", "S5", "S6", "U1", "U9", "V4", *[f"X{i}" for i in range(1, 7)]]
        + ["M3", "L2"]
    )
    assert sum(row[2] == "vitis" for row in rows) == 7


@pytest.mark.parametrize("tool", ["vivado", "vitis"])
def test_constants_in_code_are_the_fit(rows, tool):
    assert fit_table_logic_constants(rows, tool) == TABLE_LOGIC_CONSTANTS[tool]


def test_left_out_lut_error_is_the_measured_one(rows):
    # bench/table_logic_loo.py; before this model every instance was estimated 0 LUT (error 1.0)
    errors = {"vivado": [], "vitis": []}
    for (_, report, tool, _), estimate in leave_one_design_out(rows):
        errors[tool].append(abs(estimate["lut"] - report["lut"]) / report["lut"])
    assert np.median(errors["vivado"]) == pytest.approx(0.099, abs=0.002)
    assert np.median(errors["vitis"]) == pytest.approx(0.3048, abs=0.002)  # before foldin2 (no M3, L2): 0.338


def test_index_bits_are_the_input_integer_bits_plus_the_table_scale():
    sigmoid = TableActivation("s", "sigmoid", 4, parse_precision("ap_fixed<16,6>"), 1024, False)
    tanh = TableActivation("t", "tanh", 4, parse_precision("ap_fixed<16,6>"), 1024, False)
    assert sigmoid.index_bits == 6 + 6  # * 1024 / 16
    assert tanh.index_bits == 6 + 7  # * 1024 / 8
    one = estimate_table_activation(
        TableActivation("s", "sigmoid", 1, sigmoid.input_type, 1024, False), "vivado"
    )
    four = estimate_table_activation(sigmoid, "vivado")
    assert four["lut"] == pytest.approx(4 * one["lut"], abs=2)
    assert four["latency_cycles"] == TABLE_ACTIVATION_LATENCY["vivado"]


def test_the_project_reader_finds_them_and_estimate_project_lists_their_estimates():
    x1 = DATA / "heldout14" / "projects" / "X1"
    (layer,) = design_table_activations(read_project_files(x1))
    assert (layer.name, layer.function, layer.values, layer.stream) == (
        "OuputLayer_sigmoid",
        "sigmoid",
        1,
        False,
    )
    (h7,) = design_table_activations(read_project_files(DATA / "heldout" / "projects" / "H7"))
    assert (h7.function, h7.values, h7.stream) == ("tanh", 10, True)
    result = estimate_project(x1, "vivado")
    estimate = result["activations"]["OuputLayer_sigmoid"]
    assert estimate == estimate_table_activation(layer, "vivado") and estimate["lut"] > 0
