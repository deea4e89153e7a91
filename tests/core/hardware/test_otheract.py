"""hls4ml's other activations (`otheract`, branch actmore): the table BRAM of softplus/softsign/elu/selu by
the sigmoid/tanh rule (hand counts), hard_tanh read from P4's stored project and fitted on its four report
instances (thin: one design), the leaky ReLU as a ReLU plus its alpha product."""

import math
import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from fpgaprune.core.hardware.activation import estimate_relu
from fpgaprune.core.hardware.glue import (
    _tables,
    design_other_activations,
    design_table_activations,
    estimate_project_files,
)
from fpgaprune.core.hardware.heldout import read_hard_activation_rows
from fpgaprune.core.hardware.logic import constants_for, lone_product_stage
from fpgaprune.core.hardware.multipliers import Target, constant_products, dsps_per_product
from fpgaprune.core.hardware.otheract import (
    HARD_ACTIVATION_CONSTANTS,
    HARD_STREAM_TAIL,
    alpha_products,
    estimate_hard_activation,
    fit_hard_activation_constants,
    fit_hard_stream_tail,
    one_sided_extras,
)
from fpgaprune.core.hardware.precision import parse_precision
from fpgaprune.core.hardware.project import read_project_files

DATA = Path(__file__).parent / "data"
P4 = DATA / "heldout4" / "projects" / "P4"
R2 = DATA / "heldout20" / "projects" / "R2"
LSTM_LEAKY = DATA / "user_projects" / "lstm_leaky"

DEFINES = """
typedef ap_fixed<16,6> layer2_t;
typedef ap_fixed<16,6> layer3_t;
typedef ap_ufixed<1,1> elu_param_t;
typedef ap_fixed<18,8> elu_table_t;
typedef ap_fixed<10,4> softplus_table_t;
"""
PARAMETERS = """
struct ELU_config3 : nnet::activ_config {
    static const unsigned n_in = 8;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef elu_table_t table_t;
    typedef elu_param_t param_t;
};

struct softplus_config4 : nnet::activ_config {
    static const unsigned n_in = 3;
    static const unsigned table_size = 4096;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef softplus_table_t table_t;
};
"""
SOURCE = """
    nnet::elu<layer2_t, elu_param_t, layer3_t, ELU_config3>(layer2_out, 1.0, layer3_out); // elu
    nnet::softplus<layer3_t, layer3_t, softplus_config4>(layer3_out, layer4_out); // softplus
"""


def test_table_bram_of_a_small_elu_and_softplus_is_the_hand_count():
    tables = {t.name: t for t in _tables(SOURCE, DEFINES, PARAMETERS, "vivado")}
    # elu: 1024 x 18 bits is one BRAM18 (18-bit port up to 1K words); 8 values read it per iteration, a
    # dual-port ROM serves 2 reads: 4 copies, 4 blocks
    elu = tables["ELU_config3.elu_table"]
    assert (elu.depth, elu.width, elu.copies, elu.bram_18k) == (1024, 18, 4, 4)
    # softplus: 4096 x 10 bits at a 4-bit port: ceil(10 / 4) = 3 blocks a copy; 3 reads, 2 copies: 6
    softplus = tables["softplus_config4.softplus_table"]
    assert (softplus.depth, softplus.width, softplus.copies, softplus.bram_18k) == (4096, 10, 2, 6)


def test_elu_and_softplus_take_the_sigmoid_tanh_index_logic():
    files = read_project_files(LSTM_LEAKY)
    files = type(files)(**{**files.__dict__, "source": SOURCE, "defines": DEFINES, "parameters": PARAMETERS})
    layers = {layer.name: layer for layer in design_table_activations(files)}
    assert layers["elu"].index_bits == 6 + 7  # * 1024 / 8 (elu's / -8)
    assert layers["softplus"].index_bits == 6 + 8  # * 4096 / 16 (sigmoid's)
    assert (layers["elu"].values, layers["softplus"].values) == (8, 3)


def test_hard_tanh_is_read_from_p4s_project():
    layers = {layer.name: layer for kind, layer in design_other_activations(read_project_files(P4))}
    assert sorted(layers) == ["qtanh1", "qtanh2", "qtanh3", "qtanh4"]
    shapes = {name: (a.values, a.input_type.width, a.words, a.stream) for name, a in layers.items()}
    assert shapes == {
        "qtanh1": (6, 22, 576, True),
        "qtanh2": (16, 25, 64, True),
        "qtanh3": (16, 34, 1, True),
        "qtanh4": (16, 30, 1, True),
    }
    assert all(a.slope == 0.5 and a.slope_type.width == 2 for a in layers.values())


@pytest.fixture(scope="module")
def rows():
    return read_hard_activation_rows(DATA, timing=True)


def test_the_fit_reads_p4s_four_instances_only(rows):
    assert [(row[0].name, row[2], row[3]) for row in rows] == [
        (f"qtanh{i}", "vitis", "P4") for i in range(1, 5)
    ]


def test_constants_in_code_are_the_fit(rows):
    assert fit_hard_activation_constants(rows) == HARD_ACTIVATION_CONSTANTS
    assert (
        fit_hard_stream_tail([(layer, report["latency"]) for layer, report, *_ in rows]) == HARD_STREAM_TAIL
    )
    assert fit_hard_activation_constants([]) == {"lut": {"value_bits": 0.0}, "ff": {"value_bits": 0.0}}


def test_p4s_instances_against_their_reports(rows):
    # in-sample (the only design): LUT within 15 %, FF within 20 %, latency within one cycle
    target = Target(hls_tool="vitis", part="xczu9eg-ffvb1156-2-e")
    for layer, report, *_ in rows:
        estimate = estimate_hard_activation(layer, target)
        assert estimate["dsp"] == 0  # slope 0.5 is a shift
        assert estimate["lut"] == round(7.5 * layer.values * layer.input_type.width)
        assert abs(estimate["lut"] - report["lut"]) / report["lut"] < 0.16
        assert abs(estimate["ff"] - report["ff"]) / report["ff"] < 0.21
        assert abs(estimate["latency_cycles"] - report["latency"]) <= 1


def test_r2s_io_parallel_hard_tanh_is_combinational():
    (kind, layer), *_ = design_other_activations(read_project_files(R2))
    target = Target(hls_tool="vitis", part="xc7z020-clg400-1")
    estimate = estimate_hard_activation(layer, target)
    assert (kind, layer.values, layer.stream) == ("hard", 1, False)
    assert (estimate["lut"], estimate["ff"], estimate["latency_cycles"]) == (120, 0, 0)  # 7.5 x 16 bits


def test_leaky_relu_is_a_relu_plus_its_alpha_products():
    files = read_project_files(LSTM_LEAKY)
    _, result = estimate_project_files(files)
    (kind, leaky), *_ = design_other_activations(files)
    assert kind == "leaky" and leaky.alphas == (204,)  # 0.1 in ap_ufixed<8,-3>, truncated
    target = Target(hls_tool="vivado", part="xcvu13p-flga2577-2-e", hls_version="2020.1")
    relu = estimate_relu(leaky.relu, "vivado", target.clock_ns)
    dsp_each, lut = constant_products(34, np.array([204, 204]), False, target)
    # 204 has 4 CSD digits: a real multiplier, 34 x 6 bits (trailing zeros shifted) on 2 DSPs each
    assert list(dsp_each) == [2, 2] and lut == 0.0
    estimate = result["activations"]["leaky"]
    assert estimate["dsp"] == 4 and estimate["lut"] == relu["lut"]


def test_prelu_alphas_come_from_the_weights_file(tmp_path):
    # the lstm_leaky project with its leaky ReLU turned into a PReLU whose alphas hls4ml writes to a5.txt:
    # 0.25 is one CSD digit (a shift, no LUT), 0.3125 = 0.0101b two: one shift-add as wide as the 34-bit input
    # plus the constant's 4 signed bits (odd part 5 = 101b and a sign)
    project = tmp_path / "project"
    shutil.copytree(LSTM_LEAKY, project)
    source = project / "firmware" / "myproject.cpp"
    leaky = "nnet::leaky_relu<fc_result_t, leaky_param_t, result_t, LeakyReLU_config5>(layer3_out, "
    text = source.read_text()
    assert leaky in text
    text = text.replace(
        leaky + "0.10000000149011612",
        "nnet::prelu<fc_result_t, leaky_param_t, result_t, LeakyReLU_config5>(layer3_out, a5",
    )
    source.write_text(text)
    defines = project / "firmware" / "defines.h"
    defines.write_text(
        defines.read_text().replace("ap_ufixed<8,-3> leaky_param_t", "ap_fixed<8,1> leaky_param_t")
    )
    (project / "firmware" / "weights" / "a5.txt").write_text("0.25, 0.3125")
    (kind, prelu), *_ = design_other_activations(read_project_files(project))
    assert (kind, prelu.relu.function, prelu.alphas) == ("leaky", "prelu", (32, 40))
    _, result = estimate_project_files(read_project_files(project))
    relu = estimate_relu(prelu.relu, "vivado", 5.0)
    assert result["activations"]["leaky"]["dsp"] == 0
    assert result["activations"]["leaky"]["lut"] == relu["lut"] + (34 + 4)


def test_an_io_stream_prelu_of_one_word_reads_its_alphas_as_constants():
    """hls4ml's io_stream prelu multiplies by alpha[i * size + j]: in one stream word (i always 0) those are
    the weights file's constants. Set 27's H8 (hls4ml's CI test: Dense 1->64, then PReLU of zero alphas, one
    64-value word): 64 general products (121 DSPs estimated against the report's 58) until 2026-12-07;
    over several words the alphas stay unknown."""
    h8 = Path(__file__).parent / "data" / "heldout27" / "projects" / "H8"
    (kind, prelu), *_ = design_other_activations(read_project_files(h8))
    assert (kind, prelu.relu.function, prelu.relu.stream_words) == ("leaky", "prelu", 1)
    assert prelu.alphas == (0,) * 64
    _, result = estimate_project_files(read_project_files(h8))
    assert result["activations"]["p_re_lu"]["dsp"] == 0 and result["totals"]["dsp"] == 57  # the Dense's
    two_words = replace(
        prelu, relu=replace(prelu.relu, stream_pack=32), alphas=None
    )  # as the reader gives it
    assert alpha_products(two_words, Target(hls_tool="vivado"))[0] == 32  # 32 general 16 x 16 products


def test_selu_multiplies_the_input_by_lambda_and_elu_by_alpha():
    # selu's lambda 1.0507 in ap_ufixed<16,1> is 34429 (9 CSD digits), a 16 x 16-bit real product: 1 DSP per
    # value; elu's alpha 1.0 in ap_ufixed<1,1> is a wire
    from fpgaprune.core.hardware.activation import Activation
    from fpgaprune.core.hardware.otheract import OneSidedActivation, one_sided_extras
    from fpgaprune.core.hardware.precision import parse_precision

    data, table = parse_precision("ap_fixed<16,6>"), parse_precision("ap_fixed<18,8>")
    relu = Activation("a", "selu", 4, data, data)
    target = Target(hls_tool="vivado", part="xcvu13p-flga2577-2-e", hls_version="2020.1")
    plain = estimate_relu(relu, "vivado", target.clock_ns)["lut"]
    selu = one_sided_extras(OneSidedActivation(relu, table, 1.0, parse_precision("ap_uint<1>")), target)
    elu_relu = Activation("a", "elu", 4, data, data)
    elu = one_sided_extras(
        OneSidedActivation(elu_relu, table, 1.0, parse_precision("ap_ufixed<1,1>")), target
    )
    # selu's 16 x 16 product on a DSP at 5 ns on UltraScale+ fits a cycle with its select (the Dense rule:
    # product_ns + dsp_ns + adder_ns = 0 + 2.0 + 0.5 ns <= 4.375): 0 cycles, 0 FF; elu's wire has no stage
    assert selu == {"dsp": 4, "lut": plain, "cycles": 0, "ff": 0.0}
    assert elu == {"dsp": 0, "lut": plain, "cycles": 0, "ff": 0.0}


SLOW = Target(hls_tool="vivado", part="xc7z020clg400-1", hls_version="2020.1", clock_ns=5.0)


def _hand_stage(data_bits, other_bits, result_bits, target):
    """The Dense rule's cycles and FF for one DSP product and one add, counted by hand from the constants of
    `target`'s group: path product_ns + dsp_ns + adder_ns cut at the budget; FF at one cut: the two
    addends' partial sums (registered bits result_bits x 2 live / 2 terms), the product at accumulator and
    full width, the input and output boundary, and the pipelined DSP core (4 w + 3, w >= 11)."""
    c = constants_for("vivado", target.calibration_group)
    path = c.product_ns + c.dsp_ns + c.adder_ns
    cycles = max(math.ceil(path / target.budget_ns) - 1, 0)
    assert cycles == 1  # one cut, before the add is done: both addends live there
    wide = max(data_bits, other_bits)
    ff = (
        c.ff_register * result_bits
        + c.ff_product * result_bits
        + c.ff_product_width * (data_bits + other_bits)
        + c.ff_input * data_bits
        + c.ff_output * result_bits
        + (4 * wide + 3 if wide >= 11 else 0)  # DSP_CORE_NS 7-series -1: 5.85 ns > 4.375: pipelined core
    )
    return cycles, ff


def test_a_lone_35x35_product_takes_the_dense_rules_cycles_and_ff():
    # xc7z020-1 at 5 ns (Vivado HLS, 12.5 %: budget 4.375 ns): 35 x 35 bits is 4 DSP48E1 tiles
    assert dsps_per_product(35, 35, SLOW) == 4
    cycles, ff = lone_product_stage(SLOW, 35, 35, 35, 4)
    hand_cycles, hand_ff = _hand_stage(35, 35, 35, SLOW)
    assert (cycles, ff) == (hand_cycles, pytest.approx(hand_ff))
    # UltraScale+ at 5 ns: the group's DSP path (0 + 2.0 + 0.5 ns) fits the 4.375 ns budget: 0 cycles, 0 FF
    fast = Target(hls_tool="vivado", part="xcvu13p-flga2577-2-e", hls_version="2020.1", clock_ns=5.0)
    assert lone_product_stage(fast, 35, 35, 35, 4) == (0, 0.0)


def test_leaky_relus_general_product_sets_its_latency_and_registers():
    # an io_parallel prelu of 4 ap_fixed<16,6> values whose alphas are unknown: 16 x 16 general products on
    # one DSP each, then the select; on xc7z020-1 at 5 ns the product path takes the cycle the ReLU does not
    from fpgaprune.core.hardware.activation import Activation
    from fpgaprune.core.hardware.otheract import LeakyActivation, estimate_leaky_relu

    data = parse_precision("ap_fixed<16,6>")
    relu = Activation("p", "prelu", 4, data, data)
    estimate = estimate_leaky_relu(LeakyActivation(relu, data, None), SLOW)
    cycles, ff = _hand_stage(16, 16, 16, SLOW)
    plain = estimate_relu(relu, "vivado", SLOW.clock_ns)
    assert plain["latency_cycles"] == 0
    assert (estimate["dsp"], estimate["latency_cycles"], estimate["ff"]) == (4, cycles, round(4 * ff))


def test_elus_product_follows_its_table_and_a_hard_sigmoids_slope_product_takes_its_cycle():
    from fpgaprune.core.hardware.activation import Activation
    from fpgaprune.core.hardware.otheract import HardActivation, OneSidedActivation, one_sided_estimate

    data, table = parse_precision("ap_fixed<16,6>"), parse_precision("ap_fixed<18,8>")
    relu = Activation("a", "elu", 4, data, data)
    alpha_type = parse_precision("ap_fixed<16,6>")
    elu_call = OneSidedActivation(relu, table, 1.3, alpha_type)
    extras = one_sided_extras(elu_call, SLOW)  # 1.3: 1331 in <16,6>, 5 digits
    cycles, ff = _hand_stage(18, 16, 16, SLOW)
    assert (extras["dsp"], extras["cycles"], extras["ff"]) == (4, cycles, pytest.approx(4 * ff))
    table_estimate = {"lut": 100, "ff": 50, "latency_cycles": 2, "ii": 1, "source": "estimate"}
    elu = one_sided_estimate(elu_call, table_estimate, extras)  # table, then its product: cycles add
    assert (elu["latency_cycles"], elu["ff"], elu["ii"]) == (2 + cycles, round(50 + 4 * ff), 1)
    selu_call = OneSidedActivation(replace(relu, function="selu"), table, 1.3, alpha_type)
    selu = one_sided_estimate(selu_call, table_estimate, extras)  # beside the table: the longer path
    assert (selu["latency_cycles"], selu["ff"]) == (2, 50)
    slope = HardActivation("h", "hard_sigmoid", 4, 4, data, data, False, 0.3, alpha_type)  # 307: 5 digits
    hard = estimate_hard_activation(slope, SLOW)
    cycles, ff = _hand_stage(16, 16, 16, SLOW)
    assert (hard["dsp"], hard["latency_cycles"], hard["ff"]) == (4, cycles, round(4 * ff))
    streamed = HardActivation("h", "hard_sigmoid", 8, 4, data, data, True, 0.3, alpha_type)
    stream = estimate_hard_activation(streamed, SLOW)
    assert stream["latency_cycles"] == 2 + HARD_STREAM_TAIL + cycles  # 2 words, the tail, the product
