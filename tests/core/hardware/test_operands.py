"""Data operands at the bits their producer writes (operands.value_type; docs/cost-model-record.md 2.1,
vitisdsp)."""

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from fpgaprune.core.hardware.cost import estimate_model
from fpgaprune.core.hardware.operands import AveragePool, Producer, average_value, held_in, value_type
from fpgaprune.core.hardware.precision import parse_precision
from fpgaprune.core.hardware.project import read_project

DATA = Path(__file__).parent / "data"
T = parse_precision


def test_a_cast_into_a_wider_type_keeps_its_bits_and_the_trailing_zeros_it_gains():
    # M1/M2's linear: ap_ufixed<9,0> into ap_fixed<18,9>, 9-bit channels in both reports
    assert held_in(T("ap_ufixed<9,0>"), T("ap_fixed<18,9>")).width == 9
    # H10: ap_ufixed<8,0> into ap_fixed<16,6>, 10-bit products (2 trailing zeros)
    assert held_in(T("ap_ufixed<8,0>"), T("ap_fixed<16,6>")).width == 10
    # J1-J3: ap_fixed<12,4> into ap_fixed<16,6>, 14-bit input ports
    assert held_in(T("ap_fixed<12,4>"), T("ap_fixed<16,6>")).width == 14
    assert held_in(T("ap_fixed<8,2>"), T("ap_fixed<16,6>")) == T("ap_fixed<12,2>")


def test_a_cast_that_can_overflow_or_round_is_the_whole_array_type():
    assert held_in(T("ap_fixed<18,9>"), T("ap_fixed<16,6>")).width == 16  # M1's pooling output
    assert held_in(T("ap_fixed<8,2>"), T("ap_ufixed<16,6>")).width == 16  # a sign has no room
    assert held_in(T("ap_ufixed<6,6>"), T("ap_fixed<16,6>")).width == 16  # no room for the sign bit
    assert held_in(T("ap_fixed<16,6>"), T("ap_fixed<16,8>")).width == 16  # fractional bits lost


def test_an_accumulating_average_of_unsigned_values_has_their_range_at_the_accumulators_resolution():
    pool = AveragePool(16, T("ap_fixed<16,6>"), accumulates=True)
    assert average_value(T("ap_ufixed<9,0>"), pool) == T("ap_ufixed<10,0>")  # M2: mul_10ns_* cores
    for unknown in (
        replace(pool, count=10),  # not a power of two: a real division
        replace(pool, accum=T("ap_fixed<16,6,AP_RND,AP_SAT>")),
        replace(pool, accum=T("ap_fixed<16,4>")),  # the sum can wrap
    ):
        assert average_value(T("ap_ufixed<9,0>"), unknown).width == 16
    assert average_value(T("ap_fixed<9,0>"), pool).width == 16  # signed values: not read


def test_the_value_type_follows_casts_and_averages_back_to_the_declared_arrays():
    linear = Producer("linear", "layer8_out", T("ap_ufixed<9,0>"), T("ap_fixed<18,9>"))
    new_pool = AveragePool(16, T("ap_fixed<16,6>"), accumulates=True)
    types = T("ap_fixed<18,9>"), T("ap_fixed<16,6>")
    average = Producer("global_pooling1d_cl", "layer9_out", *types, new_pool)
    producers = {"layer9_out": linear, "layer10_out": average}
    assert value_type("layer10_out", T("ap_fixed<16,6>"), producers).width == 10  # M2
    old = {**producers, "layer10_out": replace(average, pool=replace(new_pool, accumulates=False))}
    assert value_type("layer10_out", T("ap_fixed<16,6>"), old).width == 16  # M1
    assert value_type("layer11_out", T("ap_fixed<16,6>"), producers).width == 16  # no producer read


@pytest.mark.parametrize(
    "root, design, narrowed",
    [
        ("heldout18", "M2", {"Dense_1_jetID": 10, "Dense_1_pT": 10}),
        ("heldout18", "M1", {}),
        ("heldout", "H10", {"q_dense": 10}),
        ("heldout11", "J1", {"rho": 14}),
    ],
)
def test_read_project_gives_the_operand_widths_the_reports_show(root, design, narrowed):
    layers, _, _ = read_project(DATA / root / "projects" / design)
    assert {layer.name: layer.operand_bits for layer in layers if layer.operand_bits} == narrowed


def test_m2s_dense_after_the_pooling_is_in_luts_and_m1s_on_dsps_as_reported():
    layers, kernels, target = read_project(DATA / "heldout18" / "projects" / "M2")
    dsp = {layer.name: e.dsp for layer, e in zip(layers, estimate_model(layers, kernels, target).layers)}
    assert dsp["Dense_1_jetID"] == dsp["Dense_1_pT"] == 0  # reported 0 and 0 (114 and 30 before)
    layers, kernels, target = read_project(DATA / "heldout18" / "projects" / "M1")
    dsp = {layer.name: e.dsp for layer, e in zip(layers, estimate_model(layers, kernels, target).layers)}
    assert dsp["qDense_rho_1"] == 178  # reported 178: the old template's ap_fixed<18,9> does not fit


def test_without_the_pooling_template_no_average_pooling_narrows(tmp_path):
    project = tmp_path / "M2"
    shutil.copytree(DATA / "heldout18" / "projects" / "M2", project)
    (project / "firmware" / "nnet_utils" / "nnet_pooling.h").unlink()
    layers, _, _ = read_project(project)
    assert not any(layer.operand_bits for layer in layers)
