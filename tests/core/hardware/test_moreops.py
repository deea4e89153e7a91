"""More layer calls (`moreops`, branch moreops): relu6/relu_max, thresholded_relu, binary/ternary tanh, the
io_parallel merges and transpose, read from a small hand-written project and costed by hand from the
calibrated pieces they compose (the ReLU's select and conversion, the group's adder price, the product
rules); V3's io_stream transpose (set 12) against its report instance (the only stored one)."""

import csv
from pathlib import Path

import pytest

from fpgaprune.core.hardware.activation import RELU_CONSTANTS, STREAM_RELU_FF
from fpgaprune.core.hardware.glue import (
    design_memories,
    design_more_ops,
    estimate_project_files,
    more_op_warnings,
    unmodelled_layers,
)
from fpgaprune.core.hardware.logic import constants_for, lone_product_stage
from fpgaprune.core.hardware.moreops import (
    DOT1D_WARNING,
    MULTIDIM_WARNING,
    MoreOp,
    _adder_path_cycles,
    estimate_more_op,
    mux_luts,
)
from fpgaprune.core.hardware.multipliers import Target
from fpgaprune.core.hardware.plumbing import PLUMBING_CONSTANTS
from fpgaprune.core.hardware.precision import parse_precision
from fpgaprune.core.hardware.project import read_project_files

DATA = Path(__file__).parent / "data"
LSTM_LEAKY = DATA / "user_projects" / "lstm_leaky"
V3 = DATA / "heldout12" / "projects" / "V3"

DEFINES = """
typedef ap_fixed<16,6> input_t;
typedef ap_fixed<16,6> layer2_t;
typedef ap_ufixed<8,3,AP_RND,AP_SAT> layer3_t;
typedef ap_fixed<2,2> layer4_t;
typedef ap_fixed<17,7> layer5_t;
typedef ap_fixed<32,12> layer6_t;
"""
PARAMETERS = """
struct relu6_config3 : nnet::activ_config {
    static const unsigned n_in = 4;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
};
struct thr_config4 : nnet::activ_config {
    static const unsigned n_in = 4;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
};
struct bt_config5 : nnet::activ_config {
    static const unsigned n_in = 4;
};
struct tt_config6 : nnet::activ_config {
    static const unsigned n_in = 4;
};
struct config7 : nnet::merge_config {
    static const unsigned n_elem = 4;
};
struct config8 : nnet::merge_config {
    static const unsigned n_elem = 4;
};
struct config9 : nnet::merge_config {
    static const unsigned n_elem = 4;
};
struct config10 {
    static const unsigned dims = 2;
    static const unsigned N = 4;
};
struct config11 : nnet::dot_config {
    static const unsigned n_in = 4;
    static const unsigned n_out = 1;
};
struct config12 : nnet::resize_config {
    static const unsigned height = 1;
    static const unsigned width = 2;
    static const unsigned n_chan = 2;
    static const unsigned new_height = 1;
    static const unsigned new_width = 4;
};
"""
SOURCE = """
void myproject(input_t input_1[4], layer2_t layer12_out[1]) {
    nnet::relu6<input_t, layer3_t, relu6_config3>(input_1, layer3_out); // relu6
    nnet::thresholded_relu<input_t, layer2_t, layer2_t, thr_config4>(input_1, 0.5, layer4_out); // thr
    nnet::binary_tanh<input_t, layer4_t, bt_config5>(input_1, layer5_out); // bin
    nnet::ternary_tanh<input_t, layer4_t, tt_config6>(input_1, layer6_out); // ter
    nnet::add<input_t, layer2_t, layer5_t, config7>(input_1, layer4_out, layer7_out); // add
    nnet::maximum<input_t, layer2_t, layer2_t, config8>(input_1, layer4_out, layer8_out); // max
    nnet::multiply<input_t, layer2_t, layer6_t, config9>(input_1, layer4_out, layer9_out); // mul
    nnet::transpose<input_t, layer2_t, config10>(input_1, layer10_out); // permute
    nnet::dot1d<input_t, layer2_t, layer2_t, config11>(input_1, layer4_out, layer12_out); // dot
    nnet::resize_nearest<input_t, config12>(input_1, layer13_out); // up
}
"""
TARGET = Target(hls_tool="vivado", part="xcvu13p-flga2577-2-e", clock_ns=5.0)


@pytest.fixture(scope="module")
def files():
    files = read_project_files(LSTM_LEAKY)
    return type(files)(**{**files.__dict__, "source": SOURCE, "defines": DEFINES, "parameters": PARAMETERS})


@pytest.fixture(scope="module")
def ops(files):
    return {op.name: op for op in design_more_ops(files)}


def test_every_call_is_read(ops):
    assert sorted(ops) == ["add", "bin", "dot", "max", "mul", "permute", "relu6", "ter", "thr", "up"]
    shapes = {
        name: (op.values, [t.width for t in op.input_types], op.output_type.width) for name, op in ops.items()
    }
    assert shapes["relu6"] == (4, [16], 8)
    assert shapes["thr"] == (4, [16], 16)
    assert shapes["add"] == (4, [16, 16], 17)
    assert not any(op.stream for op in ops.values())


def test_activations_by_hand(ops):
    relu, adder = RELU_CONSTANTS["vivado"], constants_for("vivado", TARGET.calibration_group).lut_adder
    # relu6 into a rounding, saturating 8-bit type: 4 values x (2 selects x 8 output bits + the conversion
    # over 16 input bits + the comparison with 6 as a 16-bit adder)
    relu6 = estimate_more_op(ops["relu6"], TARGET)
    expected = 4 * (relu["lut_select"] * 2 * 8 + relu["lut_convert"] * 16 + adder * 16)
    assert relu6["lut"] == round(expected)
    # thresholded_relu into a truncating, wrapping type: no conversion; one select, one comparison
    assert estimate_more_op(ops["thr"], TARGET)["lut"] == round(4 * (relu["lut_select"] * 16 + adder * 16))
    # binary_tanh: the sign bit wired out: nothing, no cycle
    binary = estimate_more_op(ops["bin"], TARGET)
    assert (binary["lut"], binary["ff"], binary["latency_cycles"]) == (0, 0, 0)
    # ternary_tanh: two 16-bit comparisons and a select of 2 output bits
    assert estimate_more_op(ops["ter"], TARGET)["lut"] == round(4 * (relu["lut_select"] * 2 + adder * 2 * 16))
    assert all(
        estimate_more_op(op, TARGET)["dsp"] == 0
        for op in ops.values()
        if op.function not in ("multiply", "dot1d")
    )


def test_merges_by_hand(ops):
    relu, adder = RELU_CONSTANTS["vivado"], constants_for("vivado", TARGET.calibration_group).lut_adder
    # add: 4 adders of the 17-bit result (truncating, wrapping: no conversion)
    assert estimate_more_op(ops["add"], TARGET)["lut"] == round(4 * adder * 17)
    # maximum: a 16-bit comparison and a 16-bit select per value
    assert estimate_more_op(ops["max"], TARGET)["lut"] == round(4 * (adder * 16 + relu["lut_select"] * 16))
    # multiply: 16 x 16 bits is one DSP each on UltraScale+ (27 x 18 ports), no LUT
    multiply = estimate_more_op(ops["mul"], TARGET)
    assert (multiply["dsp"], multiply["lut"]) == (4, 0)


def test_io_parallel_transpose_is_wires(ops):
    permute = estimate_more_op(ops["permute"], TARGET)
    assert (permute["lut"], permute["ff"], permute["latency_cycles"], permute["dsp"]) == (0, 0, 0, 0)


def test_io_parallel_upsampling_is_wires_of_its_output_values_and_not_plumbing(files, ops):
    """An io_parallel resize_nearest (UpSampling1D/2D) copies values: wires, of its 1 x 4 x 2 outputs; the
    io_stream one of the same name stays `plumbing`'s, which reads none of an io_parallel top."""
    from fpgaprune.core.hardware.plumbing import design_plumbing

    up = ops["up"]
    assert (up.n, up.stream, str(up.output_type)) == (8, False, "ap_fixed<16,6>")
    wires = estimate_more_op(up, TARGET)
    assert (wires["lut"], wires["ff"], wires["latency_cycles"], wires["dsp"]) == (0, 0, 0, 0)
    assert "up" not in {call.name for call in design_plumbing(files)}


def test_no_call_stays_unmodelled_and_each_read_call_warns(files):
    names = {
        name for name, _, _ in unmodelled_layers(files.source, {op.name for op in design_more_ops(files)})
    }
    assert names == set()
    warned = {line.split(":")[0] for line in more_op_warnings(files)}
    assert warned == {"add", "bin", "dot", "max", "mul", "permute", "relu6", "ter", "thr", "up"}
    assert all("not checked" in line or "no transpose report" in line for line in more_op_warnings(files))
    # the io_parallel merges share one text, so `fpgaprune estimate` prints them on one line
    merge_texts = {
        line.split(": ", 1)[1]
        for line in more_op_warnings(files)
        if line.split(":")[0] in ("add", "max", "mul")
    }
    assert len(merge_texts) == 1


def test_io_stream_relu6_takes_the_stream_relus_ff_and_words():
    from fpgaprune.core.hardware.moreops import MoreOp
    from fpgaprune.core.hardware.precision import parse_precision

    op = MoreOp(
        "r", "relu6", 4, 64, (parse_precision("ap_fixed<16,6>"),), parse_precision("ap_fixed<8,3>"), True
    )
    estimate = estimate_more_op(op, TARGET)
    ff = STREAM_RELU_FF["vivado"]
    assert estimate["ff"] == round(ff["word_bits"] * 4 * 8 + ff["fixed"])
    # 64 values 4 a word: 16 words, then the comparison/conversion path (0 cycles at 5 ns: it chains)
    assert estimate["latency_cycles"] == estimate["ii"] == 16 + _adder_path_cycles(TARGET) == 16


def test_mux_luts():
    assert [mux_luts(k) for k in (1, 2, 4, 5, 8, 9)] == [0, 1, 1, 2, 2, 3]


def test_v3s_stream_transpose_against_its_report():
    """V3 (set 12, Vitis HLS): 1,024 values of ap_fixed<12,6>, 4 a word in, 256 a word out."""
    ops = [op for op in design_more_ops(read_project_files(V3)) if op.function == "transpose"]
    assert len(ops) == 1 and ops[0].stream and (ops[0].values, ops[0].out_values, ops[0].n) == (4, 256, 1024)
    estimate = estimate_more_op(ops[0], Target(hls_tool="vitis", part="xcvu9p-flga2104-2L-e", clock_ns=5.0))
    # by hand: 256 x 12 output bits each a 4-input multiplexer (one LUT); 1,024 x 12 register bits + the
    # 256 x 12-bit output word; 256 + 4 words, two copy loops of depth 2
    assert (estimate["lut"], estimate["ff"], estimate["latency_cycles"]) == (3072, 15360, 264)
    with (DATA / "heldout12" / "instances.csv").open() as handle:
        row = next(r for r in csv.DictReader(handle) if r["design"] == "V3" and r["function"] == "transpose")
    report = {"lut": int(row["lut"]), "ff": int(row["ff"]), "latency": int(row["latency_max"])}
    assert report == {"lut": 5337, "ff": 15387, "latency": 269}
    # the estimate's error on the only instance (docs/cost-model-record.md 2.16): LUT -42 %, FF -0.2 %,
    # latency -5 cycles
    assert abs(estimate["ff"] - report["ff"]) / report["ff"] < 0.01
    assert report["lut"] * 0.5 < estimate["lut"] < report["lut"]


def test_an_hls4ml_written_project_reads_relu6_and_the_merges():
    """hls4ml 1.3.0's own calls (tests/core/hardware/data/user_projects/merges_relu6): 4 values each, Dense
    results `ap_fixed<35,15>`, relu6 into `ap_fixed<16,6>`, average/subtract into `ap_fixed<36,16>`."""
    files = read_project_files(DATA / "user_projects" / "merges_relu6")
    ops = {op.name: op for op in design_more_ops(files)}
    assert sorted(ops) == ["av", "mn", "mu", "mx", "r6", "sb"]
    assert {op.function for op in ops.values()} == {
        "relu6",
        "maximum",
        "minimum",
        "multiply",
        "average",
        "subtract",
    }
    _, result = estimate_project_files(files)
    estimates = result["activations"]
    relu, adder = RELU_CONSTANTS["vivado"], constants_for("vivado", "ultrascale").lut_adder
    assert estimates["r6"]["lut"] == round(4 * (relu["lut_select"] * 2 * 16 + adder * 35))
    assert estimates["mx"]["lut"] == estimates["mn"]["lut"] == round(4 * (adder + relu["lut_select"]) * 35)
    assert estimates["av"]["lut"] == estimates["sb"]["lut"] == round(4 * adder * 36)
    # 35 x 35 bits on UltraScale+ DSPs (27 x 18 ports): 4 DSPs a product
    assert (estimates["mu"]["dsp"], estimates["mu"]["lut"]) == (16, 0)
    assert not [line for line in result["warnings"] if "is not modelled" in line]
    assert result["totals"]["dsp"] == sum(e["dsp"] for e in result["layers"].values()) + 16


def test_io_stream_maximum_average_multiply_are_the_adds_loop_plus_their_arithmetic():
    """hls4ml 1.3.0's io_stream merges (user_projects/merges_stream): one word of 4 `ap_fixed<35,15>` values a
    trip, 1 trip. The loop: `plumbing`'s Vivado HLS io_stream add without adders (3 streams x 4 elements of
    FIFO ports, the fixed term); the arithmetic: the io_parallel rule over the word's 4 values."""
    files = read_project_files(DATA / "user_projects" / "merges_stream")
    ops = {op.name: op for op in design_more_ops(files)}
    assert sorted(ops) == ["av", "mu", "mx"] and all(op.stream and op.values == 4 for op in ops.values())
    _, result = estimate_project_files(files)
    estimates = result["activations"]
    plumbing = PLUMBING_CONSTANTS["vivado"]
    loop_lut = plumbing["lut"]["ports"] * 12 + plumbing["lut"]["fixed"]
    relu, adder = RELU_CONSTANTS["vivado"], constants_for("vivado", "ultrascale").lut_adder
    assert estimates["mx"]["lut"] == round(loop_lut) + round(4 * (adder + relu["lut_select"]) * 35)
    assert estimates["av"]["lut"] == round(loop_lut) + round(4 * adder * 36)
    assert (estimates["mu"]["dsp"], estimates["mu"]["lut"]) == (16, round(loop_lut))
    assert all(e["ff"] == round(plumbing["ff"]["fixed"]) for name, e in estimates.items() if name in ops)
    assert all(estimates[name]["latency_cycles"] == 1 + 3 for name in ops)  # 1 word + the "merge" depth
    assert not [line for line in result["warnings"] if "is not modelled" in line]


def test_qkeras_binary_and_ternary_activations_as_hls4ml_writes_them():
    """user_projects/binary_ternary: `binary_tanh` of 4 `ap_fixed<25,10>` into `ap_int<2>` (the sign bit wired
    out: 0 LUT), `normalize_ternary_tanh` of 4 `ap_fixed<11,6>` into `ap_int<2>` (two 11-bit comparisons
    with the thresholds and a select of 2 bits per value)."""
    files = read_project_files(DATA / "user_projects" / "binary_ternary")
    ops = {op.name: op for op in design_more_ops(files)}
    assert {name: op.function for name, op in ops.items()} == {
        "bt": "binary_tanh",
        "bnbt_tt_scale": "normalize_ternary_tanh",
    }
    assert ops["bnbt_tt_scale"].output_type.width == 2 and ops["bnbt_tt_scale"].input_types[0].width == 11
    _, result = estimate_project_files(files)
    estimates = result["activations"]
    relu, adder = RELU_CONSTANTS["vivado"], constants_for("vivado", "ultrascale").lut_adder
    assert estimates["bt"]["lut"] == 0
    assert estimates["bnbt_tt_scale"]["lut"] == round(4 * (relu["lut_select"] * 2 + adder * 2 * 11))
    assert not [line for line in result["warnings"] if "is not modelled" in line]


def test_an_io_stream_thresholded_relu_is_the_stream_relus_loop_plus_its_comparison():
    """user_projects/thresholded_stream: 4 `ap_fixed<35,15>` values in one word into `ap_fixed<16,6>`; the
    Keras ReLU(max_value=6) beside it is a plain `nnet::relu` in hls4ml 1.3.0's project (not a relu6)."""
    files = read_project_files(DATA / "user_projects" / "thresholded_stream")
    ops = design_more_ops(files)
    assert [(op.name, op.function, op.stream, op.values, op.words) for op in ops] == [
        ("thr", "thresholded_relu", True, 4, 1)
    ]
    assert "nnet::relu<fa_result_t, layer5_t, ReLU_config5>" in files.source
    _, result = estimate_project_files(files)
    thr, relu_estimate = result["activations"]["thr"], result["activations"]["rmax"]
    relu, adder = RELU_CONSTANTS["vivado"], constants_for("vivado", "ultrascale").lut_adder
    assert thr["lut"] == round(4 * (relu["lut_select"] * 16 + adder * 35))
    assert (thr["ff"], thr["latency_cycles"]) == (relu_estimate["ff"], relu_estimate["latency_cycles"])


def test_a_wide_multiply_merge_takes_the_dense_rules_product_stage():
    """A 35 x 35-bit io_parallel multiply of 4 values on xc7z020-1 at 5 ns (Vivado HLS 2020.1, budget 4.375
    ns): 4 DSP48E1 tiles a product; the Dense rule's path 3.0 + 0.5 + 1.75 ns (7-series product_ns, dsp_ns,
    adder_ns) takes one cycle, and its FF (`lone_product_stage`, hand-counted in test_otheract) x 4 values.
    On UltraScale+ at 5 ns the same product fits a cycle: 0 cycles and 0 FF, as before. io_stream: the
    add's loop deepens by the same cycle."""
    slow = Target(hls_tool="vivado", part="xc7z020clg400-1", hls_version="2020.1", clock_ns=5.0)
    wide = parse_precision("ap_fixed<35,15>")
    op = MoreOp("mu", "multiply", 4, 4, (wide, wide), wide, False)
    cycles, ff = lone_product_stage(slow, 35, 35, 35, 4)
    assert cycles == 1
    estimate = estimate_more_op(op, slow)
    assert (estimate["dsp"], estimate["latency_cycles"], estimate["ff"]) == (16, 1, round(4 * ff))
    fast = estimate_more_op(op, TARGET)
    assert (fast["latency_cycles"], fast["ff"]) == (0, 0)
    stream = MoreOp("mu", "multiply", 4, 8, (wide, wide), wide, True)
    plain = MoreOp("mu", "average", 4, 8, (wide, wide), wide, True)  # the same loop, no product
    deeper, loop = estimate_more_op(stream, slow), estimate_more_op(plain, slow)
    assert deeper["latency_cycles"] == loop["latency_cycles"] + 1
    assert deeper["ff"] == loop["ff"] + round(4 * ff)


def test_unary_lut_is_a_lut_rom_per_value_by_hand(files):
    """HGQ's unary_lut as hls4ml's Vivado backend writes it (`unary_lut_config{index}`, the table an
    argument): 4 values of ap_fixed<6,3> (64 addressable entries of a 64-entry table) into ap_fixed<8,3>.
    The table is ARRAY_PARTITIONed complete: no BRAM; per value and output bit one LUT6 (a 64 x 1 ROM), no
    multiplexer: 4 x 8 x 1 = 32 LUT (its 10-bit table_t rounds to the 8-bit result). A 7-bit input into a
    1,024-entry table addresses 128 entries: 2 LUT6 + 1 multiplexer LUT per bit of its 5-bit table_t. The
    warning says nothing checks it, and the call is no longer "not modelled"."""
    defines = DEFINES + "typedef ap_fixed<6,3> lut_in_t;\ntypedef ap_fixed<7,3> lut_in7_t;\n"
    defines += "typedef ap_fixed<8,3> lut_out_t;\ntypedef ap_fixed<10,4> lut_table13_t;\n"
    defines += "typedef ap_fixed<5,2> lut_table14_t;\n"
    parameters = (
        PARAMETERS
        + """
struct unary_lut_config13 : nnet::activ_config {
    static const unsigned n_in = 4;
    static const unsigned table_size = 64;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef lut_table13_t table_t;
};
struct unary_lut_config14 : nnet::activ_config {
    static const unsigned n_in = 4;
    static const unsigned table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    typedef lut_table14_t table_t;
};
"""
    )
    source = SOURCE.replace(
        "    nnet::dot1d",
        "    nnet::unary_lut<lut_in_t, lut_out_t, unary_lut_config13>(layer13_in, layer13_out, t13); // lut\n"
        "    nnet::unary_lut<lut_in7_t, lut_out_t, unary_lut_config14>(x14, y14, t14); // lut7\n"
        "    nnet::dot1d",
    )
    hgq = type(files)(**{**files.__dict__, "source": source, "defines": defines, "parameters": parameters})
    ops = {op.name: op for op in design_more_ops(hgq)}
    lut, lut7 = ops["lut"], ops["lut7"]
    assert (lut.function, lut.values, lut.table_size, lut.input_types[0].width, lut.output_type.width) == (
        "unary_lut",
        4,
        64,
        6,
        8,
    )
    assert mux_luts(1) == 0 and mux_luts(2) == 1
    small, wide = estimate_more_op(lut, TARGET), estimate_more_op(lut7, TARGET)
    assert (small["lut"], small["ff"], small["dsp"], small["latency_cycles"]) == (32, 0, 0, 0)
    assert wide["lut"] == 4 * 5 * (2 + 1)  # its 5-bit table_t: 5 ROM bits of the 8-bit result
    warned = [line for line in more_op_warnings(hgq) if line.startswith(("lut:", "lut7:"))]
    assert len(warned) == 2 and len({line.split(": ", 1)[1] for line in warned}) == 1
    assert "not checked" in warned[0] and "no BRAM" in warned[0]
    assert not unmodelled_layers(hgq.source, set(ops))
    # no table memory (BRAM) for it: the BRAM rule of the sigmoid/tanh tables does not read unary_lut
    assert not [m for m in design_memories(hgq, "vivado", TARGET.part) if m.kind == "table"]


MULTIDIM_PARAMETERS = """
struct softmax_config%d : nnet::activ_config {
    static const unsigned n_in = 12;
    static const unsigned n_slice = 4;
    static const unsigned n_outer = 3;
    static const unsigned n_inner = 1;
    static const unsigned parallelization_factor = %s;
    static const unsigned table_size = 1024;
    static const unsigned exp_table_size = 1024;
    static const unsigned inv_table_size = 1024;
    static const unsigned io_type = nnet::io_parallel;
    static const unsigned reuse_factor = 1;
    static const nnet::softmax_implementation implementation = nnet::softmax_implementation::stable;
    typedef ap_fixed<18,8> exp_table_t;
    typedef ap_fixed<18,8> inv_table_t;
};
"""


@pytest.mark.parametrize("limit, instances, rounds", [("-1", 3, 1), ("2", 2, 2), ("1", 1, 3)])
def test_softmax_multidim_is_instances_of_the_softmax_over_a_slice(files, limit, instances, rounds):
    """hls4ml's io_parallel softmax_multidim over 3 slices of 4 values (n_outer 3, n_slice 4): the softmax
    rule (auxiliary LUT/FF, its table BRAM and DSP rules) for a 4-value softmax, once per instance
    (parallelization_factor, -1: one per slice), its latency once per slice an instance takes in turn. The
    reference is the same project with a plain 4-value `nnet::softmax` call."""
    from fpgaprune.core.hardware.auxiliary import estimate_auxiliary
    from fpgaprune.core.hardware.glue import design_auxiliary, design_softmax_dsp

    def project(call: str, n_in_4: bool):
        parameters = MULTIDIM_PARAMETERS % (13, limit)
        if n_in_4:
            parameters = parameters.replace("n_in = 12", "n_in = 4")
        source = "void myproject(input_t x[12], layer2_t y[12]) {\n    " + call + " // sm\n}\n"
        return type(files)(**{**files.__dict__, "source": source, "parameters": parameters})

    multidim = project("nnet::softmax_multidim<input_t, layer2_t, softmax_config13>(x, y);", False)
    single = project("nnet::softmax<input_t, layer2_t, softmax_config13>(x, y);", True)
    (layer,), (reference,) = design_auxiliary(multidim), design_auxiliary(single)
    assert (layer.instances, layer.rounds) == (instances, rounds)
    assert layer.features == reference.features  # 4 values of input_t: the slice
    got, one = estimate_auxiliary(layer, hls_tool="vivado"), estimate_auxiliary(reference, hls_tool="vivado")
    assert (got["lut"], got["ff"]) == (one["lut"] * instances, one["ff"] * instances)
    assert got["latency_cycles"] == one["latency_cycles"] * rounds
    # tables: an exp and an invert table per instance, each sized by the softmax rule for 4 reads
    memories = [m for m in design_memories(multidim, "vivado", TARGET.part) if m.kind == "table"]
    reference_memories = [m for m in design_memories(single, "vivado", TARGET.part) if m.kind == "table"]
    assert len(reference_memories) == 2 and len(memories) == 2 * instances
    assert sum(m.bram_18k for m in memories) == instances * sum(m.bram_18k for m in reference_memories)
    assert design_softmax_dsp(multidim, TARGET) == instances * design_softmax_dsp(single, TARGET)
    assert not unmodelled_layers(multidim.source, {layer.name})
    assert more_op_warnings(multidim) == [f"sm: {MULTIDIM_WARNING}"] and "not checked" in MULTIDIM_WARNING
    assert not more_op_warnings(single)


def test_dot1d_by_hand(ops):
    """dot1d of 4 pairs of ap_fixed<16,6> into ap_fixed<16,6> (config11: no reuse_factor, so RF 1; no accum_t,
    so the result's 16 bits): 4 general 16 x 16 products, one DSP each on UltraScale+ (27 x 18 ports), 3
    adders of 16 bits at the group's price, no conversion (the result truncates and wraps); cycles and FF the
    Dense rule's for a 4-input, one-output kernel (`lone_product_stage` with n_in 4), II 1."""
    dot = ops["dot"]
    assert (dot.n, dot.reuse_factor, dot.accum_bits, dot.stream) == (4, 1, 0, False)
    adder = constants_for("vivado", TARGET.calibration_group).lut_adder
    estimate = estimate_more_op(dot, TARGET)
    assert (estimate["dsp"], estimate["lut"], estimate["ii"]) == (4, round(3 * adder * 16), 1)
    cycles, ff = lone_product_stage(TARGET, 16, 16, 16, 1, 4, 1)
    assert (estimate["latency_cycles"], estimate["ff"]) == (cycles, round(ff))
    # at RF 2 the ALLOCATION limit is 2 multipliers: 2 DSPs, II 2
    halved = estimate_more_op(MoreOp(**{**dot.__dict__, "reuse_factor": 2}), TARGET)
    assert (halved["dsp"], halved["ii"]) == (2, 2)
    # lone_product_stage keeps its one-product answer (n_in and RF default to 1)
    assert lone_product_stage(TARGET, 16, 16, 16, 1) == lone_product_stage(TARGET, 16, 16, 16, 1, 1, 1)


def test_hls4ml_written_dot1d_and_softmax_multidim_are_costed_and_warned():
    """user_projects/dot1d and softmax_multidim (written by hls4ml 1.3.0): the calls are read as hls4ml writes
    them, costed by this branch's rules (no "not modelled" line), one unchecked-estimate line each."""
    from fpgaprune.core.hardware.glue import design_auxiliary

    files = read_project_files(DATA / "user_projects" / "dot1d")
    (dot,) = [op for op in design_more_ops(files) if op.function == "dot1d"]
    assert (dot.name, dot.n, dot.reuse_factor, dot.accum_bits) == ("dot", 4, 1, 16)  # model_default_t
    _, result = estimate_project_files(files)
    assert result["activations"]["dot"] == estimate_more_op(dot, TARGET)
    assert not [line for line in result["warnings"] if "is not modelled" in line]
    assert [line for line in result["warnings"] if line.startswith("dot: ")] == [f"dot: {DOT1D_WARNING}"]

    files = read_project_files(DATA / "user_projects" / "softmax_multidim")
    (layer,) = [layer for layer in design_auxiliary(files) if layer.multidim]
    assert (layer.name, layer.instances, layer.rounds) == ("sm", 4, 1)  # n_inner 4 slices of 3, no limit
    _, result = estimate_project_files(files)
    assert "sm" in result["activations"]
    assert len([m for m in result["memories"] if m["kind"] == "table"]) == 2 * 4
    assert not [line for line in result["warnings"] if "is not modelled" in line]
    assert f"sm: {MULTIDIM_WARNING}" in result["warnings"]
