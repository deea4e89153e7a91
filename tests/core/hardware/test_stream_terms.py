"""The terms of branch fidelity7, checked on hand-derived values: FF of products held for a shared
multiplier, the io_stream layer function around the kernel, and the io_stream Conv2D pixel period."""

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from fpgaprune.core.hardware.cost import estimate_layer
from fpgaprune.core.hardware.fit import fit_stream_wrapper
from fpgaprune.core.hardware.heldout import read_stream_wrapper_set, read_table
from fpgaprune.core.hardware.layer import LayerHardware
from fpgaprune.core.hardware.logic import (
    NO_STREAM_WRAPPER,
    STREAM_WRAPPERS,
    ConstantKernel,
    StreamWrapper,
    constant_kernel_features,
    constants_for,
    stream_wrapper_cost,
    stream_wrapper_features,
)
from fpgaprune.core.hardware.multipliers import Target
from fpgaprune.core.hardware.project import read_project_files

DATA = Path(__file__).parent / "data"
VIVADO = Target(part="xc7z020clg400-1", hls_tool="vivado", clock_ns=5.0)


def _kernel(reuse_factor: int, limit: int) -> ConstantKernel:
    ones = np.ones((2, 3))
    return ConstantKernel(
        nonzero=ones > 0,
        shift_add_bits=0 * ones,
        multiplier_bits=0 * ones,
        shared=ones,  # six real multiplications, none identical
        uses_dsp=True,
        fabric_share=0.0,
        data_bits=16,
        weight_bits=16,
        accum_bits=20,
        reuse_factor=reuse_factor,
        multiplier_limit=limit,
    )


def test_products_of_a_shared_multiplier_are_held_in_registers():
    constants = constants_for("vivado", "7series")
    bound = constant_kernel_features(_kernel(reuse_factor=3, limit=2), constants, VIVADO.budget_ns)
    assert float(np.sum(bound["ff_shared"])) == 6 * 20  # six products x 20 accumulator bits
    free = constant_kernel_features(_kernel(reuse_factor=1, limit=6), constants, VIVADO.budget_ns)
    assert float(np.sum(free["ff_shared"])) == 0.0  # RF 1: no shared multiplier


def test_stream_wrapper_counts_window_result_and_control():
    lut, ff = stream_wrapper_features(n_in=9, n_out=4, data_bits=16, accum_bits=20)
    assert lut == {"window": 144.0, "line_buffer": 0.0, "control": 1.0, "kernel_inputs": 0.0}
    assert ff == {"window": 144.0, "result": 80.0, "control": 1.0, "line_window": 0.0}
    conv_lut, conv_ff = stream_wrapper_features(n_in=9, n_out=4, data_bits=16, accum_bits=20, conv=True)
    assert conv_lut == {"window": 144.0, "line_buffer": 144.0, "control": 1.0, "kernel_inputs": 0.0}
    assert conv_ff == {**ff, "line_window": 144.0}  # the window's copy: a line-buffered Conv2D only
    rom = {
        "lut": {"window": 0.0, "line_buffer": 0.0, "control": 0.0, "kernel_inputs": 3.0},
        "ff": {"window": 0.0, "result": 0.0, "control": 7.0, "line_window": 0.0},
    }
    wrapper = StreamWrapper(
        lut={
            "constant": {"window": 1.0, "line_buffer": 0.5, "control": 10.0, "kernel_inputs": 0.0},
            "rom": rom["lut"],
        },
        ff={
            "constant": {"window": 2.0, "result": 0.5, "control": 100.0, "line_window": 1.5},
            "rom": rom["ff"],
        },
        period_overhead={"constant": 0, "rom": 0},
    )
    assert stream_wrapper_cost(9, 4, 16, 20, wrapper) == {"lut": 154.0, "ff": 288.0 + 40.0 + 100.0}
    conv = stream_wrapper_cost(9, 4, 16, 20, wrapper, conv=True)
    assert conv == {"lut": 154.0 + 72.0, "ff": 288.0 + 40.0 + 100.0 + 216.0}
    assert stream_wrapper_cost(9, 4, 16, 20, wrapper, "rom") == {"lut": 0.0, "ff": 7.0}
    assert stream_wrapper_cost(9, 4, 16, 20, wrapper, "rom", kernel_inputs=9) == {"lut": 27.0, "ff": 7.0}


def test_only_a_stream_dense_rom_kernel_kept_as_a_function_takes_its_inputs_as_arguments():
    dense = LayerHardware("fc", "dense", (8, 4), 4, "resource", "io_stream", stream_input_pack=8)
    assert dense.kernel_function_inputs == 8  # function_instantiate keeps the kernel a function
    assert replace(dense, weights_unreshaped=True).kernel_function_inputs == 0  # the inlined Vitis copy
    assert replace(dense, strategy="latency").kernel_function_inputs == 0  # constant weights
    assert replace(dense, reuse_factor=1).kernel_function_inputs == 0  # Resource at RF 1: constants too
    assert replace(dense, io_type="io_parallel").kernel_function_inputs == 0
    conv = LayerHardware("c", "conv2d", (3, 3, 1, 4), 9, "resource", "io_stream", input_positions=100)
    assert conv.kernel_function_inputs == 0
    lut, _ = stream_wrapper_features(8, 4, 16, 20, kernel_inputs=dense.kernel_function_inputs)
    assert lut["kernel_inputs"] == 8.0


def _dense(io_type: str) -> LayerHardware:
    return LayerHardware("fc", "dense", (8, 4), io_type=io_type, stream_input_pack=8)


@pytest.mark.parametrize("tool", ["vivado", "vitis"])
def test_the_stream_function_of_either_backend_carries_the_wrapper(tool):
    kernel = np.ones((8, 4))
    target = replace(VIVADO, hls_tool=tool)
    added = stream_wrapper_cost(8, 4, 16, _dense("io_stream").accum_type.width, STREAM_WRAPPERS[tool])
    with_wrapper = estimate_layer(_dense("io_stream"), kernel, target)
    without = estimate_layer(_dense("io_stream"), kernel, target, wrapper=NO_STREAM_WRAPPER)
    assert abs(with_wrapper.ff - without.ff - added["ff"]) <= 1  # rounding of the two totals
    assert abs(with_wrapper.lut - without.lut - added["lut"]) <= 1
    parallel = _dense("io_parallel")
    assert estimate_layer(parallel, kernel, target) == estimate_layer(
        parallel, kernel, target, wrapper=NO_STREAM_WRAPPER
    )


def test_stream_conv_at_rf_above_one_takes_kernel_latency_plus_overhead_per_pixel():
    layer = LayerHardware(
        "c", "conv2d", (3, 3, 1, 4), 9, "resource", "io_stream", output_positions=64, input_positions=100
    )
    constants = constants_for("vivado", "7series")
    wrapper = replace(NO_STREAM_WRAPPER, period_overhead={"constant": 0, "rom": 5})
    estimate = estimate_layer(layer, None, VIVADO, constants, wrapper)
    period = 9 + constants.rom_tail + 5  # RF cycles, the ROM kernel's tail, the wrapper's steps
    assert (estimate.latency_cycles, estimate.ii) == (100 * period, 100 * period)


def test_stream_dense_reads_its_words_then_runs_the_kernel_then_the_overhead():
    constants = constants_for("vivado", "7series")
    kernel = estimate_layer(_dense("io_parallel"), None, VIVADO, constants)
    wrapper = replace(NO_STREAM_WRAPPER, dense_overhead=2)
    one_word = estimate_layer(_dense("io_stream"), None, VIVADO, constants, wrapper)
    assert (one_word.latency_cycles, one_word.ii) == (1 + kernel.latency_cycles + 2,) * 2
    four_words = LayerHardware("fc", "dense", (8, 4), io_type="io_stream", stream_input_pack=2)
    estimate = estimate_layer(four_words, None, VIVADO, constants, wrapper)
    assert estimate.latency_cycles == 4 + 1 + kernel.latency_cycles + 2  # the pipelined read loop drains


def _one_call(layer: LayerHardware) -> LayerHardware:
    """The layer's kernel alone: the io_parallel Dense of its n_in x n_out (latency = one kernel call)."""
    shape = (layer.n_in, layer.n_out)
    return LayerHardware("k", "dense", shape, layer.reuse_factor, layer.strategy, "io_parallel")


def test_stream_conv_at_rf_one_stays_pipelined():
    layer = LayerHardware(
        "c", "conv2d", (3, 3, 1, 4), 1, "latency", "io_stream", output_positions=64, input_positions=100
    )
    wrapper = replace(NO_STREAM_WRAPPER, period_overhead={"constant": 7, "rom": 7}, pipeline_depth=5)
    kernel = estimate_layer(_one_call(layer), None, VIVADO, wrapper=wrapper)
    estimate = estimate_layer(layer, None, VIVADO, wrapper=wrapper)
    latency = 99 + kernel.latency_cycles + 5  # one pixel a cycle, then the last pixel's kernel and stages
    assert (estimate.latency_cycles, estimate.ii) == (latency, latency)  # II = latency: a DATAFLOW process


@pytest.mark.parametrize("tool", ["vivado", "vitis"])
def test_a_resource_kernel_s_pixel_loop_at_rf_one_waits_for_the_kernel(tool):
    # hls4ml pipelines the pixel loop under the Latency strategy only; Vivado HLS then takes one pixel a
    # cycle, and a Resource kernel's pixel the kernel's latency plus `dense_resource`'s ("rom") overhead.
    # Vitis HLS pipelines neither: both take its RF-1 overhead
    layer = LayerHardware(
        "c", "conv2d", (3, 3, 1, 4), 1, "resource", "io_stream", output_positions=64, input_positions=100
    )
    wrapper = replace(STREAM_WRAPPERS[tool], period_overhead={"constant": 3, "rom": 7})
    target = replace(VIVADO, hls_tool=tool)
    kernel = estimate_layer(_one_call(layer), None, target).latency_cycles
    overhead = 7 if tool == "vivado" else wrapper.rf1_pixel_overhead
    estimate = estimate_layer(layer, None, target, wrapper=wrapper)
    assert (estimate.latency_cycles, estimate.ii) == (100 * (kernel + overhead),) * 2


def test_a_one_row_conv2d_keeps_no_line_buffer():
    # filt_height 1: `compute_output_buffer_1d`, as Conv1D; the line buffer's LUT term is not added
    wrapper = STREAM_WRAPPERS["vitis"]
    target = replace(VIVADO, hls_tool="vitis")
    one_row = LayerHardware("c", "conv2d", (1, 5, 2, 4), io_type="io_stream", input_positions=64)
    square = LayerHardware("c", "conv2d", (5, 1, 2, 4), io_type="io_stream", input_positions=64)
    assert not one_row.has_line_buffer and square.has_line_buffer
    kernel = np.ones((10, 4))
    buffer = wrapper.lut["constant"]["line_buffer"] * 10 * 16
    lut_gap = estimate_layer(square, kernel, target).lut - estimate_layer(one_row, kernel, target).lut
    assert abs(lut_gap - buffer) <= 1


@pytest.fixture(scope="module")
def stream_rows():
    return read_stream_wrapper_set(DATA)


def test_stream_rows_are_io_stream_layers_without_duplicates(stream_rows):
    assert stream_rows and all(r.layer.io_type == "io_stream" for r in stream_rows)
    assert {r.target.hls_tool for r in stream_rows} == {"vivado", "vitis"}  # Vitis: K2, P4, S4-S6
    assert not {"P2", "Q2", "S10"} & {
        r.case for r in stream_rows
    }  # a repeat, a layer optimised away, hls4ml 0.5


@pytest.mark.parametrize("tool", ["vivado", "vitis"])
def test_stream_wrapper_constants_in_code_are_the_fit(stream_rows, tool):
    fitted = fit_stream_wrapper(stream_rows, tool=tool)
    written = STREAM_WRAPPERS[tool]
    for part in ("lut", "ff"):
        for kind in ("constant", "rom"):
            assert getattr(written, part)[kind] == pytest.approx(getattr(fitted, part)[kind], abs=1e-3)
    assert written.period_overhead == fitted.period_overhead
    assert written.dense_overhead == fitted.dense_overhead
    assert written.rf1_pixel_overhead == fitted.rf1_pixel_overhead
    assert written.pipeline_depth == fitted.pipeline_depth


def test_a_tool_with_rows_of_fewer_than_two_designs_takes_every_tool_s_rows(stream_rows):
    # Vitis io_stream Conv2D at RF > 1: ROM kernels of four designs (set 7's T4-T7, fidelity10),
    # constant-weight kernels of one (set 12's V4, since branch foldin; none before): the Vitis ROM overhead
    # is its own, the constant-weight one the all-rows one
    vitis_conv = [
        r
        for r in stream_rows
        if r.target.hls_tool == "vitis" and r.layer.kind == "conv2d" and r.layer.reuse_factor > 1
    ]
    assert len({r.case for r in vitis_conv if not r.layer.constant_weights}) >= 2
    assert len({r.case for r in vitis_conv if r.layer.constant_weights}) < 2
    vitis, pooled = fit_stream_wrapper(stream_rows, tool="vitis"), fit_stream_wrapper(stream_rows)
    assert vitis.period_overhead["constant"] == pooled.period_overhead["constant"]
    assert vitis.period_overhead["rom"] != pooled.period_overhead["rom"]


def test_fit_refuses_no_rows():
    with pytest.raises(ValueError, match="no io_stream layer"):
        fit_stream_wrapper([])


def test_design_latency_overlaps_stream_processes_and_chains_parallel_ones():
    from fpgaprune.core.hardware.glue import design_latency

    # io_stream: the slowest of the (modelled) processes, plus one handshake cycle for each of the 5
    assert design_latency([787, 35, 5, 1], processes=5, schedule="stream") == 787 + 5
    # io_parallel DATAFLOW top: one after another, a channel between consecutive processes (4 boundaries)
    assert design_latency([1, 2, 3], processes=5, schedule="dataflow") == 6 + 4
    assert design_latency([], processes=3, schedule="stream") == 0


def test_pipelined_top_registers_each_multicycle_process_and_its_output():
    from fpgaprune.core.hardware.glue import design_latency

    # X1 (set 14) as reported: Dense 1, ReLU 0, Dense 2, ReLU 0, Dense 1, sigmoid 2 cycles; the four calls
    # that take cycles each add one, the top's output one more: 6 + 4 + 1 (its report: 12)
    assert design_latency([1, 0, 2, 0, 1, 2], processes=6, schedule="pipeline") == 11
    # combinational layers chain: W2 (set 13), five calls of 0 cycles, reports 1
    assert design_latency([0, 0, 0, 0, 0], processes=5, schedule="pipeline") == 1
    # a top of one layer call is that layer (set 9's one-Dense designs, whose totals the layer fits read)
    assert design_latency([2], processes=1, schedule="pipeline") == 2
    with pytest.raises(ValueError, match="schedule"):
        design_latency([1], processes=1, schedule="parallel")


def test_schedule_is_the_top_function_pragma_or_hls4ml_s_default():
    from fpgaprune.core.hardware.glue import default_schedule, is_dataflow_top

    def top(set_name, design):
        return (DATA / set_name / "projects" / design / "firmware" / "myproject.cpp").read_text()

    assert is_dataflow_top(top("heldout6", "S11"))  # io_parallel, Resource: DATAFLOW
    assert not is_dataflow_top(top("heldout14", "X1"))  # io_parallel, Latency: PIPELINE
    dense = LayerHardware("fc1", "dense", (16, 64))
    assert default_schedule([dense]) == "pipeline"
    assert default_schedule([replace(dense, strategy="resource", reuse_factor=4)]) == "dataflow"
    assert default_schedule([replace(dense, io_type="io_stream")]) == "stream"
    # a convolution of 4 output pixels: DATAFLOW unless hls4ml computes them in one partition (PF 4)
    conv = LayerHardware("c", "conv2d", (3, 3, 2, 3), output_positions=4, input_positions=16)
    pipelined = {pf: default_schedule([replace(conv, parallelization_factor=pf), dense]) for pf in (1, 2, 4)}
    assert pipelined == {1: "dataflow", 2: "dataflow", 4: "pipeline"}


def test_table_activation_latency_is_the_fit():
    from fpgaprune.core.hardware.heldout import read_table_activation_rows
    from fpgaprune.core.hardware.tablelogic import TABLE_ACTIVATION_LATENCY, fit_table_activation_latency

    rows = read_table_activation_rows(DATA)
    # H10, X1-X6 (Vivado HLS), P7, U9, M3, R1 (Vitis HLS; M3 since branch foldin2, R1 since foldin3)
    assert len(rows) == 11
    assert fit_table_activation_latency(rows) == TABLE_ACTIVATION_LATENCY


def test_only_io_parallel_sigmoid_and_tanh_calls_take_the_table_latency():
    from fpgaprune.core.hardware.glue import design_table_activations
    from fpgaprune.core.hardware.tablelogic import TABLE_ACTIVATION_LATENCY, estimate_table_activation

    def latencies(set_name, design):
        found = design_table_activations(read_project_files(DATA / set_name / "projects" / design))
        return [estimate_table_activation(t, "vivado")["latency_cycles"] for t in found]

    # X1: one io_parallel sigmoid; P10: an io_stream sigmoid (latency not modelled: 0); H1: a softmax only
    assert latencies("heldout14", "X1") == [TABLE_ACTIVATION_LATENCY["vivado"]]
    assert latencies("heldout4", "P10") == [0]
    assert latencies("heldout", "H1") == []


def test_process_count_reads_the_layer_calls_of_the_top_function():
    from fpgaprune.core.hardware.glue import process_count

    # H4 (set 1): conv2d, relu, pooling, conv2d_1, relu, pooling, dense, softmax
    assert process_count(read_project_files(DATA / "heldout" / "projects" / "H4")) == 8


def test_fifo_ff_is_pointers_and_flags():
    from fpgaprune.core.hardware.glue import FIFO_FF, fifo_ff

    fixed, per_bit, per_width = FIFO_FF["vivado"]["bram"]
    # ceil(log2(677)) = 10 pointer bits; a Vivado HLS BRAM FIFO also one FF per width bit
    assert fifo_ff(676, 16, in_bram=True) == fixed + per_bit * 10 + per_width * 16
    fixed, per_bit, _ = FIFO_FF["vivado"]["srl"]
    assert fifo_ff(1, 16, in_bram=False) == fixed + per_bit * 1  # a shift register: no width term
    fixed, per_bit, _ = FIFO_FF["vitis"]["srl"]
    assert fifo_ff(2, 544, in_bram=False, family="vitis") == fixed + per_bit * 2


def test_vitis_fifo_ff_follows_width_on_virtex_ultrascale_plus():
    from fpgaprune.core.hardware.glue import FIFO_FF, fifo_family, fifo_ff

    assert fifo_family("vitis", "xcvu9p-flga2104-2-e") == "vitis_vuplus"
    assert fifo_family("vitis", "xcu250-figd2104-2L-e") == "vitis_vuplus"
    assert fifo_family("vitis", "xczu9eg-ffvb1156-2-e") == "vitis"
    assert fifo_family("vivado", "xcvu13p-flga2577-2-e") == "vivado"
    fixed, _, per_bin = FIFO_FF["vitis_vuplus"]["shallow"]
    # a 96-bit FIFO of depth 1 costs its width bin, 128; 1,264 bits the largest bin, 1,024
    assert fifo_ff(1, 96, in_bram=False, family="vitis_vuplus") == fixed + per_bin * 128
    assert fifo_ff(1, 1264, in_bram=True, family="vitis_vuplus") == fixed + per_bin * 1024


def test_every_fifo_table_and_fit_has_the_kinds_of_fifo_kinds():
    from fpgaprune.core.hardware.glue import FIFO_FF, FIFO_FF_TERMS, FIFO_KINDS, FIFO_LUT, fifo_kind

    for family, kinds in FIFO_KINDS.items():
        assert tuple(FIFO_FF[family]) == tuple(FIFO_FF_TERMS[family]) == tuple(FIFO_LUT[family]) == kinds
        shapes = [(1, False), (1, True), (64, False), (64, True)]
        assert {fifo_kind(depth, in_bram, family) for depth, in_bram in shapes} == set(kinds)


def test_fifo_ff_constants_are_the_median_fit_of_the_reports():
    from fpgaprune.core.hardware.glue import FIFO_FF, fit_fifo_ff
    from fpgaprune.core.hardware.heldout import read_fifo_rows

    for family in ("vivado", "vitis", "vitis_vuplus"):
        assert fit_fifo_ff(read_fifo_rows(DATA, family), family) == FIFO_FF[family]


def test_vitis_vuplus_shallow_fifos_are_two_width_bins_and_four():
    from fpgaprune.core.hardware.glue import fifo_width_feature
    from fpgaprune.core.hardware.heldout import read_fifo_rows

    # W5's 96 channels (2 x 31-32 bits, 68 FF), S4-S6's and K2's 1-deep FIFOs: 2 x bin + 4, within 6 FF
    shallow = [(bits, ff) for depth, bits, _, ff in read_fifo_rows(DATA, "vitis_vuplus") if depth <= 2]
    assert len(shallow) > 100
    assert all(abs(ff - 2 * fifo_width_feature(bits, "vitis_vuplus") - 4) <= 6 for bits, ff in shallow)


def test_fifo_lut_constants_are_the_fit_of_the_reports_fifo_rows():
    from fpgaprune.core.hardware.glue import FIFO_LUT, fit_fifo_lut
    from fpgaprune.core.hardware.heldout import read_fifo_lut_rows

    for family in ("vivado", "vitis", "vitis_vuplus"):
        assert fit_fifo_lut(read_fifo_lut_rows(DATA, family), family) == FIFO_LUT[family]


def test_fifo_lut_fit_recovers_a_width_rule():
    from fpgaprune.core.hardware.glue import fit_fifo_lut

    # Vivado HLS shift registers at 12 + width LUT; BRAM FIFOs at 70 each
    designs = [[(2, 16, False)] * 3, [(2, 5, False), (1, 8, False)], [(2, 32, False), (676, 16, True)]]
    designs += [[(64, 16, True)] * 2]
    rows = [(fifos, sum(70 if bram else 12 + width for _, width, bram in fifos)) for fifos in designs]
    assert fit_fifo_lut(rows, "vivado") == {"srl": (12.0, 1.0), "bram": (70.0, 0.0)}


def test_channel_register_constants_are_the_fit():
    from fpgaprune.core.hardware.glue import CHANNEL_REGISTER_FF, fit_per_channel
    from fpgaprune.core.hardware.heldout import read_channel_register_rows

    rows = read_channel_register_rows(DATA)
    # H10, K6, S11, S12, W3 (Vivado HLS); P8, U9, W5 and, since branch foldin2, Y3, M1, since foldin21 E1
    # (Vitis HLS)
    assert sorted(tool for tool, _, _ in rows) == ["vitis"] * 6 + ["vivado"] * 5
    assert fit_per_channel(rows) == CHANNEL_REGISTER_FF


def test_channel_control_constants_are_the_fit():
    from fpgaprune.core.hardware.glue import CHANNEL_CONTROL_LUT, fit_per_channel
    from fpgaprune.core.hardware.heldout import read_channel_control_rows

    rows = read_channel_control_rows(DATA)
    assert sorted(tool for tool, _, _ in rows) == ["vitis"] * 6 + ["vivado"] * 5
    assert fit_per_channel(rows) == CHANNEL_CONTROL_LUT


def test_a_dataflow_tops_expression_and_multiplexer_rows_are_per_channel():
    """Every io_parallel DATAFLOW report of the sets (calibrating or not; Vivado HLS 2019.2-2020.1, Vitis
    HLS 2022.2-2024.1, 96-4,089 channels): the top's Expression row 4 LUT a channel plus 10-62, its
    Multiplexer row 9 a channel (one per channel write-synchronisation register, the Register row)."""
    from fpgaprune.core.hardware.glue import is_dataflow_top
    from fpgaprune.core.hardware.heldout import read_table

    seen = []
    for root in sorted(DATA.glob("heldout*")):
        if not (root / "fifos.csv").is_file():
            continue
        fifos, summary = read_table(root / "fifos.csv"), read_table(root / "summary.csv")
        for design in read_table(root / "MANIFEST.tsv", "\t"):
            name = design["design"]
            channels = sum(1 for f in fifos if f["design"] == name)
            project = root / "projects" / name
            if not channels or not is_dataflow_top(read_project_files(project).source):
                continue
            rows = {r["row"]: r for r in summary if r["design"] == name}
            expression, multiplexer = int(rows["Expression"]["lut"]), int(rows["Multiplexer"]["lut"])
            assert 10 <= expression - 4 * channels <= 62, name
            registers = int(rows["Register"]["ff"])
            assert multiplexer == 9 * registers or abs(multiplexer - 9 * channels) <= 18, name
            seen.append(name)
    assert len(seen) == 17, seen  # H10, K6, P8, S11, S12, U8, U9, J1-J3, V5, W3, W5, Y3, M1, M2, E1


# DATAFLOW io_parallel designs: their report's FIFOs but the copies of the input port Vivado HLS adds in
# some (`<input>_V_c_U`, not modelled). M1 and M2 (set 18) since branch constchan: the channels HLS does not
# build for constant or unread elements, one per reader under Vitis HLS (`constchan`); H10's stored weights
# are not the ones it synthesised (`test_h10s_channels_are_its_reports_element_by_element`).
CHANNEL_DESIGNS = {"heldout3": ("K6",), "heldout4": ("P8",), "heldout6": ("S11", "S12")}
CHANNEL_DESIGNS.update({"heldout8": ("U9",), "heldout13": ("W3", "W5"), "heldout18": ("M1", "M2")})


@pytest.mark.parametrize("name", sorted(CHANNEL_DESIGNS))
def test_dataflow_channels_are_the_reports_fifos(name):
    from fpgaprune.core.hardware.glue import CHANNEL_DEPTH, design_memories
    from fpgaprune.core.hardware.heldout import manifest_tool, read_table
    from fpgaprune.core.hardware.project import project_layers

    root = DATA / name
    manifest = {row["design"]: row for row in read_table(root / "MANIFEST.tsv", "\t")}
    for design in CHANNEL_DESIGNS[name]:
        row = manifest[design]
        files = read_project_files(root / "projects" / design)
        layers, kernels, _ = project_layers(files, manifest_tool(row))
        memories = design_memories(files, manifest_tool(row), row["part"], layers, kernels)
        channels = [m for m in memories if m.kind == "channel"]
        report = [f for f in read_table(root / "fifos.csv") if f["design"] == design]
        assert sum(m.copies for m in channels) == sum(1 for f in report if "_c_U" not in f["fifo"])
        assert {int(f["depth"]) for f in report} == {CHANNEL_DEPTH}
        assert not [m for m in memories if m.kind == "fifo"]


def _h10_with_synthesised_weights():
    """H10's weight layers with the weights its report was synthesised from (`synthesized_weights/`, read from
    the preprocessed source of the MANIFEST commit: its stored firmware/weights are a later write), and its
    partitioned arrays."""
    from fpgaprune.core.hardware.glue import _LOCAL_ARRAY, _PARTITIONED
    from fpgaprune.core.hardware.project import (
        define_macros,
        expand_product,
        kernel_from_hls_order,
        project_layers,
        read_weights_file,
    )

    root = DATA / "heldout" / "projects" / "H10"
    files = read_project_files(root)
    layers, _, _ = project_layers(files, "vivado")
    weight_files = {"q_conv1d": "w15", "q_conv1d_1": "w16", "q_dense": "w9", "q_dense_1": "w12"}
    weights = {
        layer.name: (
            layer,
            kernel_from_hls_order(
                layer, read_weights_file(root / "synthesized_weights" / f"{weight_files[layer.name]}.txt")
            ),
        )
        for layer in layers
    }
    macros, partitioned = define_macros(files.defines), set(_PARTITIONED.findall(files.source))
    arrays = {
        name: int(expand_product(size.replace(" ", ""), macros))
        for _, name, size in _LOCAL_ARRAY.findall(files.source)
        if name in partitioned
    }
    return files, arrays, weights


def test_h10s_channels_are_its_reports_element_by_element():
    """Vivado HLS 2019.2 names each channel by its element: the 198 it built (of 431) are the elements that
    are neither the output of an all-zero kernel column (its pruned Conv1D filters and Dense outputs) nor the
    input of an all-zero kernel row; its ReLU of the pruned filters keeps all 100 (no propagation)."""
    import re

    from fpgaprune.core.hardware.constchan import element_channels
    from fpgaprune.core.hardware.project import project_layers

    files, arrays, weights = _h10_with_synthesised_weights()
    channels = element_channels(files.source, arrays, "vivado", weights)
    built = {(array, int(i)) for array, c in channels.items() for i in np.flatnonzero(c)}
    report = {
        (m.group(1), int(m.group(2)))
        for f in read_table(DATA / "heldout" / "fifos.csv")
        if f["design"] == "H10" and (m := re.fullmatch(r"(layer\d+_out)_(\d+)_V_U", f["fifo"]))
    }
    assert len(report) == 198 and built == report
    assert sum(arrays.values()) == 431 and channels["layer7_out"].sum() == 100
    # the stored (later) weights give another count, 249: what the estimate of the stored project reads
    layers, kernels, _ = project_layers(files, "vivado")
    stored = {layer.name: (layer, kernel) for layer, kernel in zip(layers, kernels)}
    assert sum(c.sum() for c in element_channels(files.source, arrays, "vivado", stored).values()) == 249
    assert sum(c.sum() for c in element_channels(files.source, arrays, "vivado", None).values()) == 431


def test_m1s_channels_per_array_and_its_two_readers():
    """Vitis HLS 2023.2 renumbers an array's channels (`layer10_out_U`, `layer10_out_1_U`, ...) but names the
    copies of an element read by two calls by the element (`layer13_out_3_c_channel_U`, `..._c48_...`)."""
    import re
    from collections import Counter

    from fpgaprune.core.hardware.constchan import element_channels
    from fpgaprune.core.hardware.glue import _LOCAL_ARRAY, _PARTITIONED
    from fpgaprune.core.hardware.project import define_macros, expand_product, project_layers

    files = read_project_files(DATA / "heldout18" / "projects" / "M1")
    layers, kernels, _ = project_layers(files, "vitis")
    macros, partitioned = define_macros(files.defines), set(_PARTITIONED.findall(files.source))
    arrays = {
        name: int(expand_product(size.replace(" ", ""), macros))
        for _, name, size in _LOCAL_ARRAY.findall(files.source)
        if name in partitioned
    }
    weights = {layer.name: (layer, kernel) for layer, kernel in zip(layers, kernels)}
    channels = element_channels(files.source, arrays, "vitis", weights)
    fifos = [f["fifo"] for f in read_table(DATA / "heldout18" / "fifos.csv") if f["design"] == "M1"]
    per_array = Counter(re.match(r"(layer\d+_out)", name).group(1) for name in fifos)
    assert {a: int(c.sum()) for a, c in channels.items()} == dict(per_array)
    copies = [re.match(r"layer13_out_(\d+)_c\d*_channel_U", f) for f in fifos]
    fan_out = Counter(int(m.group(1)) for m in copies if m)
    kept = np.flatnonzero(channels["layer13_out"])
    assert {int(i): int(channels["layer13_out"][i]) for i in kept} == fan_out
    assert set(fan_out.values()) == {2}


def _zero_filter(kernel: np.ndarray, filt: int) -> np.ndarray:
    zeroed = kernel.copy()
    zeroed[..., filt] = 0
    return zeroed


def test_a_zeroed_filter_loses_its_channels_in_the_estimate():
    """Pruning a whole filter of a Latency pointwise Conv1D in a DATAFLOW top removes its 10 channels (one per
    output position) from the estimate, with their FIFO, control LUT and register FF; Vitis HLS also those
    of the ReLU and linear calls after it (M1's qDense_phi_2: layer27_out, layer8_out, layer9_out)."""
    from fpgaprune.core.hardware.constchan import element_channels
    from fpgaprune.core.hardware.cost import estimate_model
    from fpgaprune.core.hardware.glue import (
        CHANNEL_CONTROL_LUT,
        CHANNEL_REGISTER_FF,
        _channels,
        design_totals,
        fifo_family,
        fifo_ff,
        fifo_lut,
    )
    from fpgaprune.core.hardware.project import project_layers

    files = read_project_files(DATA / "heldout" / "projects" / "H10")
    layers, kernels, target = project_layers(files, "vivado")
    weights = {layer.name: (layer, kernel) for layer, kernel in zip(layers, kernels)}
    assert np.abs(kernels[0][..., 1]).sum() > 0  # filter 1 of q_conv1d has weights in the stored project
    pruned = {**weights, "q_conv1d": (layers[0], _zero_filter(kernels[0], 1))}
    family = fifo_family("vivado", target.part)
    before = _channels(files.source, files.defines, "vivado", family, weights)
    after = _channels(files.source, files.defines, "vivado", family, pruned)
    lost = {a.name: a.copies - b.copies for a, b in zip(before, after) if a.copies != b.copies}
    assert lost == {"layer15_out": 10}
    model = estimate_model(layers, kernels, target)
    totals = [
        design_totals(model, layers, target, memories=memories, schedule="dataflow")
        for memories in (before, after)
    ]
    per_channel_lut = fifo_lut(2, 16, False, family) + CHANNEL_CONTROL_LUT["vivado"]
    per_channel_ff = fifo_ff(2, 16, False, family) + CHANNEL_REGISTER_FF["vivado"]
    # each total rounds the FIFO and the per-channel term apart: within 1 of each rounding
    assert abs(totals[0]["lut"] - totals[1]["lut"] - 10 * per_channel_lut) <= 2
    assert abs(totals[0]["ff"] - totals[1]["ff"] - 10 * per_channel_ff) <= 2

    m1 = read_project_files(DATA / "heldout18" / "projects" / "M1")
    layers, kernels, _ = project_layers(m1, "vitis")
    weights = {layer.name: (layer, kernel) for layer, kernel in zip(layers, kernels)}
    phi2 = next(layer for layer in layers if layer.name == "qDense_phi_2")
    assert np.abs(weights["qDense_phi_2"][1][..., 0]).sum() > 0
    pruned = {**weights, "qDense_phi_2": (phi2, _zero_filter(weights["qDense_phi_2"][1], 0))}
    arrays = {"layer5_out": 512, "layer27_out": 512, "layer8_out": 512, "layer9_out": 512, "layer10_out": 32}
    arrays = {**arrays, "layer2_out": 336, "layer26_out": 512}
    lost = {
        a: int(b.sum() - c.sum())
        for (a, b), c in zip(
            element_channels(m1.source, arrays, "vitis", weights).items(),
            element_channels(m1.source, arrays, "vitis", pruned).values(),
        )
    }
    assert lost == {
        "layer5_out": 0,
        "layer27_out": 16,
        "layer8_out": 16,
        "layer9_out": 16,
        "layer10_out": 0,
        "layer2_out": 0,
        "layer26_out": 0,
    }


def test_a_pipelined_top_has_no_channels():
    from fpgaprune.core.hardware.glue import design_memories

    assert not [
        m
        for m in design_memories(
            read_project_files(DATA / "heldout" / "projects" / "H1"), "vivado", "xc7z020-clg400-1"
        )
        if m.kind == "channel"
    ]


def test_dataflow_top_registers_are_per_channel_not_per_array_bit():
    from fpgaprune.core.hardware.cost import estimate_model
    from fpgaprune.core.hardware.glue import (
        CHANNEL_CONTROL_LUT,
        CHANNEL_REGISTER_FF,
        FIFO_FF,
        FIFO_LUT,
        TOP_REGISTER_FF,
        Memory,
        design_totals,
        top_array_bits,
    )
    from fpgaprune.core.hardware.project import read_project

    layers, kernels, target = read_project(DATA / "heldout13" / "projects" / "W5", "vitis")
    model = estimate_model(layers, kernels, target)
    channels = [Memory("channel", "layer2_out", 2, 32, 32, 0)]
    pipelined = design_totals(model, layers, target, schedule="pipeline")
    dataflow = design_totals(model, layers, target, memories=channels, schedule="dataflow")
    # W5's part (xcvu9p) is Virtex UltraScale+: a 2-deep channel costs its width bin (32 bits)
    fixed, _, per_bin = FIFO_FF["vitis_vuplus"]["shallow"]
    fifo_ff = fixed + per_bin * 32
    register = round(TOP_REGISTER_FF["vitis"] * top_array_bits(layers))
    assert register > 0
    expected = pipelined["ff"] - register + round(CHANNEL_REGISTER_FF["vitis"] * 32) + round(32 * fifo_ff)
    assert dataflow["ff"] == expected
    lut_fixed, lut_per_bin = FIFO_LUT["vitis_vuplus"]["shallow"]
    control = round(CHANNEL_CONTROL_LUT["vitis"] * 32)
    assert dataflow["lut"] == pipelined["lut"] + round(32 * (lut_fixed + lut_per_bin * 32)) + control


def test_least_absolute_deviation_ignores_a_far_outlier():
    from fpgaprune.core.hardware.glue import fit_fifo_ff

    # (depth, width, in BRAM, FF). SRL FIFOs: FF = 4 + 1 x pointer bits on three depths; one FIFO far off
    # does not move the fit. BRAM FIFOs: 2 + 3 x pointer bits + 1 x width
    rows = [(1, 8, False, 5), (3, 8, False, 6), (15, 8, False, 8), (15, 8, False, 8), (3, 8, False, 90)]
    rows += [(64, 16, True, 39), (64, 8, True, 31), (256, 16, True, 45), (256, 4, True, 33)]
    fitted = fit_fifo_ff(rows)
    assert fitted["srl"] == (4.0, 1.0, 0.0)
    assert fitted["bram"] == (2.0, 3.0, 1.0)


def test_pooling_and_softmax_features_of_a_project():
    from fpgaprune.core.hardware.glue import design_auxiliary

    layers = {
        layer.name: layer
        for layer in design_auxiliary(read_project_files(DATA / "heldout" / "projects" / "H4"))
    }
    pool = layers["max_pooling2d"]  # 26 x 26 x 4 channels of 16 bits, 4 x 4 pool
    assert pool.features == {"window_bits": 4 * 4 * 4 * 16.0, "line_bits": 3 * 26 * 4 * 16.0}
    assert pool.pixels == 26 * 26
    softmax = layers["dense_softmax"]  # 10 values of 16 bits in io_stream
    assert softmax.features == {"stream_bits": 160.0, "parallel_bits": 0.0, "fixed": 1.0}


def test_stream_softmax_logic_counts_one_pack():
    # H7's io_stream softmax: 128 values of 16 bits in 16 packs of 8; the stream softmax runs one loop trip a
    # pack with the same logic, so its per-bit term counts one pack's 128 bits, not all 2,048 (branch auxlad)
    from fpgaprune.core.hardware.glue import design_auxiliary

    files = read_project_files(DATA / "heldout" / "projects" / "H7")
    softmax = next(layer for layer in design_auxiliary(files) if layer.function == "softmax")
    assert (softmax.trips, softmax.features["stream_bits"]) == (16, 8 * 16.0)


def test_auxiliary_estimate_is_linear_in_its_features():
    from fpgaprune.core.hardware.auxiliary import AuxiliaryLayer, estimate_auxiliary

    layer = AuxiliaryLayer("pooling2d_cl", "p", {"window_bits": 100.0, "line_bits": 1000.0}, 64)
    constants = {
        "pooling2d_cl": {
            "lut": {"window_bits": 2.0, "line_bits": 0.1},
            "ff": {"window_bits": 1.0, "line_bits": 0.0},
        }
    }
    assert estimate_auxiliary(layer, constants) == {
        "lut": 300,
        "ff": 100,
        "latency_cycles": 64,
        "ii": 64,
        "source": "estimate",
    }


def test_auxiliary_constants_are_the_fit():
    from fpgaprune.core.hardware.auxiliary import AUXILIARY_CONSTANTS, fit_auxiliary_constants
    from fpgaprune.core.hardware.heldout import read_auxiliary_rows

    fitted = fit_auxiliary_constants(read_auxiliary_rows(DATA))
    for function, resources in fitted.items():
        for resource, values in resources.items():
            assert AUXILIARY_CONSTANTS[function][resource] == pytest.approx(values, abs=1e-3)


def test_top_register_constants_are_the_fit():
    from fpgaprune.core.hardware.glue import TOP_REGISTER_FF, fit_top_register_ff
    from fpgaprune.core.hardware.heldout import read_top_register_rows

    rows = read_top_register_rows(DATA)
    assert {tool for tool, _, _ in rows} == {"vivado", "vitis"}
    assert fit_top_register_ff(rows) == TOP_REGISTER_FF


def test_top_array_bits_count_each_weight_layer_input_and_the_last_result():
    from fpgaprune.core.hardware.glue import top_array_bits

    first = LayerHardware("fc1", "dense", (16, 64))  # ap_fixed<16,6> by default
    last = LayerHardware("fc2", "dense", (64, 5))
    assert top_array_bits([first, last]) == 16 * 16 + 64 * 16 + 5 * 16
    assert top_array_bits([]) == 0


def test_parallel_softmax_latency_is_the_fit():
    from fpgaprune.core.hardware.auxiliary import SOFTMAX_PARALLEL_LATENCY, fit_softmax_latency
    from fpgaprune.core.hardware.heldout import read_auxiliary_rows

    assert fit_softmax_latency(read_auxiliary_rows(DATA)) == SOFTMAX_PARALLEL_LATENCY


def test_only_an_io_parallel_softmax_takes_the_tool_s_latency():
    from fpgaprune.core.hardware.auxiliary import SOFTMAX_PARALLEL_LATENCY, AuxiliaryLayer, estimate_auxiliary

    parallel = AuxiliaryLayer("softmax", "s", {"stream_bits": 0.0, "parallel_bits": 160.0, "fixed": 1.0}, 0)
    stream = AuxiliaryLayer("softmax", "s", {"stream_bits": 160.0, "parallel_bits": 0.0, "fixed": 1.0}, 0)
    assert (
        estimate_auxiliary(parallel, hls_tool="vitis")["latency_cycles"] == SOFTMAX_PARALLEL_LATENCY["vitis"]
    )
    assert estimate_auxiliary(stream, hls_tool="vitis")["latency_cycles"] == 0
    assert estimate_auxiliary(parallel)["latency_cycles"] == 0


def test_stream_softmax_latency_is_the_fit():
    from fpgaprune.core.hardware.auxiliary import STREAM_SOFTMAX_LATENCY, fit_stream_softmax_latency
    from fpgaprune.core.hardware.heldout import read_stream_softmax_rows

    rows = read_stream_softmax_rows(DATA)
    # sets 1, 3, 4, 5, 8, 15, 20 (R3, since foldin3), 21 (E2, E3, foldin21); L1's run-time table left out
    assert len(rows) == 20
    assert fit_stream_softmax_latency(rows) == STREAM_SOFTMAX_LATENCY


def test_stream_softmax_schedule_follows_the_template():
    from fpgaprune.core.hardware.auxiliary import stream_softmax_schedule

    assert stream_softmax_schedule(10, 10, 1, "stable") == (1, 1)  # one pack, every product its multiplier
    assert stream_softmax_schedule(10, 10, 16, "stable") == (1, 10)  # RF >= pack: one multiplier
    assert stream_softmax_schedule(128, 8, 64, "stable") == (16, 8)  # H7: 16 packs of 8
    assert stream_softmax_schedule(12, 12, 4, "latency") == (1, 4)  # 3 multipliers, 12 / 3
    assert stream_softmax_schedule(10, 10, 16, "legacy") == (1, 1)  # legacy: plain PIPELINE


def test_stream_softmax_latency_counts_trips_products_and_depth():
    from fpgaprune.core.hardware.auxiliary import AuxiliaryLayer, estimate_auxiliary, stream_softmax_latency

    constants = {"fixed": {"vivado": 2, "vitis": 4}, "chain_ns": 10.0, "serial": 2.0}
    features = {"stream_bits": 160.0, "parallel_bits": 0.0, "fixed": 1.0}
    layer = AuxiliaryLayer("softmax", "s", features, 0, trips=16, pack_ii=8)
    target = Target(part="xcu250-figd2104-2L-e", hls_tool="vivado", clock_ns=5.0)  # budget 4.375 ns
    # 15 trips x II 8, 7 serial products x 2, depth 2 + ceil(10 / 4.375) = 5
    assert stream_softmax_latency(layer, target, constants) == 15 * 8 + 14 + 5
    vitis = replace(target, hls_tool="vitis")  # budget 3.65 ns: depth 4 + 3
    assert stream_softmax_latency(layer, vitis, constants) == 15 * 8 + 14 + 7
    estimate = estimate_auxiliary(layer, target=target)
    assert estimate["latency_cycles"] == estimate["ii"] > 15 * 8
    assert estimate_auxiliary(layer)["latency_cycles"] == 0  # no target: not costed, as before


# Every io_parallel DATAFLOW design of the sets that calibrate (`CALIBRATED_HELDOUT_SETS`,
# `STREAM_WRAPPER_SETS`, their left-out designs apart) with a Dense or ReLU call the report gives 0 cycles;
# H10 apart, whose report removed the constant values of its pruned filters (30 of q_activation's 100, 2 of
# q_activation_2's 10).
ZERO_CYCLE_DESIGNS = {"heldout4": ("P8",), "heldout6": ("S11", "S12"), "heldout13": ("W3", "W5")}


@pytest.mark.parametrize("name", sorted(ZERO_CYCLE_DESIGNS))
def test_zero_cycle_dataflow_processes_register_their_result(name):
    from fpgaprune.core.hardware.glue import DATAFLOW_OUTPUT_CONTROL_FF, process_results
    from fpgaprune.core.hardware.heldout import read_table

    root = DATA / name
    instances = read_table(root / "instances.csv")
    checked = 0
    for design in ZERO_CYCLE_DESIGNS[name]:
        results = process_results(read_project_files(root / "projects" / design))
        for row in instances:
            if row["design"] == design and row["layer"] in results and row["latency_max"] == "0":
                values, bits = results[row["layer"]]
                assert int(row["ff"]) == values * bits + DATAFLOW_OUTPUT_CONTROL_FF, (design, row["layer"])
                checked += 1
    assert checked == {"heldout4": 1, "heldout6": 6, "heldout13": 10}[name]


def test_a_zero_cycle_dataflow_layer_carries_its_result_register_and_the_design_counts_it_once():
    # W3 (set 13, Vivado HLS 2019.2, Resource at RF 1, io_parallel top under `#pragma HLS DATAFLOW`): its
    # Dense and ReLU instances take 0 cycles and their report rows hold values x bits + 2 FF (instances.csv).
    # Since branch dfreglayer the layer's estimate carries that register where the report has it, in the
    # project estimate and in the layer cross-validation's rows (one rule, `glue.result_register_ff`), and the
    # design total counts it once: 3,754 FF, the estimate branch dfregs gave with the registers counted as
    # glue (docs/cost-model-record.md 2.6; report Total 3,706).
    from fpgaprune.core.hardware.cost import estimate_model
    from fpgaprune.core.hardware.glue import (
        DATAFLOW_OUTPUT_CONTROL_FF,
        dataflow_result_registers,
        estimate_project_files,
    )
    from fpgaprune.core.hardware.heldout import calibration_rows, manifest_tool, manifest_version
    from fpgaprune.core.hardware.project import project_layers

    root = DATA / "heldout13"
    design = next(row for row in read_table(root / "MANIFEST.tsv", "\t") if row["design"] == "W3")
    files = read_project_files(root / "projects" / "W3")
    tool, version = manifest_tool(design), manifest_version(design)
    layers, estimate = estimate_project_files(files, tool, version)
    _, kernels, target = project_layers(files, tool, version)
    kernel_only = {e.name: e for e in estimate_model(layers, kernels, target).layers}
    registers = dataflow_result_registers(files, layers)
    instances = read_table(root / "instances.csv")
    reported = {row["layer"]: int(row["ff"]) for row in instances if row["design"] == "W3"}
    rows = {row.layer.name: row for row in calibration_rows(root) if row.case == "W3"}
    for name in ("dense1", "dense2", "z_mean"):
        values, bits = registers[name]
        assert (kernel_only[name].latency_cycles, kernel_only[name].ff) == (0, 0)
        assert estimate["layers"][name]["ff"] == values * bits + DATAFLOW_OUTPUT_CONTROL_FF == reported[name]
        assert rows[f"W3/{name}"].estimate().ff == reported[name]  # the layer cross-validation's row
    for name in ("relu1", "relu2"):
        assert estimate["activations"][name]["ff"] == reported[name]  # 32 x 31 + 2, 16 x 31 + 2
    assert estimate["totals"]["ff"] == 3754
    # a PIPELINE top registers nothing: V1 (set 12; Dense dense1, dense2, z_mean at 0 cycles, Latency)
    v1 = read_project_files(DATA / "heldout12" / "projects" / "V1")
    assert dataflow_result_registers(v1, project_layers(v1, "vitis")[0]) == {}


def test_relu_result_bits_are_the_positions_both_types_hold():
    from fpgaprune.core.hardware.glue import relu_result_bits
    from fpgaprune.core.hardware.precision import parse_precision as p

    assert relu_result_bits(p("ap_fixed<32,16>"), p("ap_fixed<32,16>")) == 31  # W3's relu1: 994 = 32 x 31 + 2
    assert relu_result_bits(p("ap_fixed<16,6>"), p("ap_ufixed<8,0>")) == 8  # J1's q_activation
    assert relu_result_bits(p("ap_fixed<8,2>"), p("ap_fixed<16,8>")) == 7  # V5's dense_relu: 200 x 7 + 2


def test_exp_table_is_filled_at_run_time_only_past_the_fold_limit():
    from fpgaprune.core.hardware.auxiliary import exp_table_at_run_time
    from fpgaprune.core.hardware.precision import parse_precision

    # hls4ml 1.2+ stable softmax: inp_norm_t, unsigned, x up to 2^integer bits
    assert exp_table_at_run_time("stable", parse_precision("ap_ufixed<35,15>"))  # L1: 32768
    assert not exp_table_at_run_time("stable", parse_precision("ap_ufixed<15,5>"))  # K2: 32
    assert exp_table_at_run_time("stable", parse_precision("ap_ufixed<13,11>"))  # 2048
    assert not exp_table_at_run_time("stable", parse_precision("ap_ufixed<13,11>"), exp_scale=0.25)  # 512
    # the input type addresses the older stable and the latency softmax: signed, x up to 2^(integer - 1)
    assert not exp_table_at_run_time("latency", parse_precision("ap_fixed<23,8>"))  # M2: 128
    assert exp_table_at_run_time("latency", parse_precision("ap_fixed<32,16>"))
    assert not exp_table_at_run_time("legacy", parse_precision("ap_fixed<32,16>"))  # table range +-8


def test_only_l1_s_softmax_fills_its_exp_table_at_run_time():
    from fpgaprune.core.hardware.auxiliary import RUNTIME_EXP_TABLE, estimate_auxiliary
    from fpgaprune.core.hardware.glue import design_auxiliary
    from fpgaprune.core.hardware.project import read_project_files

    softmax = {
        layer.name: layer
        for layer in design_auxiliary(read_project_files(DATA / "heldout19" / "projects" / "L1"))
    }
    assert softmax["out_softmax"].exp_table_fill == 1024  # exp_table_size; the report: 1,024 trips
    estimate = estimate_auxiliary(softmax["out_softmax"], hls_tool="vitis")
    assert estimate["latency_cycles"] == estimate["ii"] == 1024 + RUNTIME_EXP_TABLE["cycles"]  # report 1,053
    k2 = {
        layer.name: layer
        for layer in design_auxiliary(read_project_files(DATA / "heldout3" / "projects" / "K2"))
    }
    assert k2["dense_4_softmax"].exp_table_fill == 0  # a ROM (its report: 8 cycles)


def test_a_run_time_exp_table_adds_its_fexp_dsps_to_the_softmax_dsps():
    from fpgaprune.core.hardware.glue import design_softmax_dsp
    from fpgaprune.core.hardware.project import read_project, read_project_files

    project = DATA / "heldout19" / "projects" / "L1"
    _, _, target = read_project(project, "vitis")
    # 2 products exp_res[j] * inv_exp_sum (18 x 18 bits, DSPs) + the fexp core's 7: the report's 9
    assert design_softmax_dsp(read_project_files(project), target) == 9


def test_a_run_time_exp_table_is_named_in_the_design_warnings_and_costed_in_io_stream_only():
    from dataclasses import replace

    from fpgaprune.core.hardware.auxiliary import estimate_auxiliary, exp_table_warning
    from fpgaprune.core.hardware.glue import design_auxiliary, design_warnings
    from fpgaprune.core.hardware.project import project_layers, read_project_files

    l1 = read_project_files(DATA / "heldout19" / "projects" / "L1")
    warnings = design_warnings(l1, project_layers(l1, "vitis")[0], "vitis")
    assert [w for w in warnings if w.startswith("out_softmax: its exp table (1024 entries)")]
    k2 = read_project_files(DATA / "heldout3" / "projects" / "K2")
    assert not [w for w in design_warnings(k2, project_layers(k2, "vitis")[0], "vitis") if "exp table" in w]
    # the same softmax in io_parallel: named as not costed, and its estimate carries no fill
    stream = {layer.name: layer for layer in design_auxiliary(l1)}["out_softmax"]
    bits = stream.features["stream_bits"]
    parallel = replace(stream, features={**stream.features, "stream_bits": 0.0, "parallel_bits": bits})
    assert "not costed" in exp_table_warning(parallel)
    assert estimate_auxiliary(parallel, hls_tool="vitis")["latency_cycles"] < stream.exp_table_fill


TOP = (
    "void myproject(\n    hls::stream<input_t> &x,\n    hls::stream<result_t> &y\n) {\n"
    "%s\n    nnet::relu(x, y);\n}\n"
)


@pytest.mark.parametrize(
    "lines, active",
    [
        ("    #pragma HLS DATAFLOW ", True),  # as hls4ml writes it
        ("    #pragma hls dataflow", True),
        ("    // #pragma HLS DATAFLOW ", False),  # R3's line
        ("//#pragma HLS DATAFLOW", False),
        ("    /* #pragma HLS DATAFLOW */", False),
        ("    /*\n    #pragma HLS DATAFLOW\n    */", False),
        ("    // see /* here\n    #pragma HLS DATAFLOW\n    // */", True),  # a /* inside a // comment
        ('    const char *s = "//";\n    #pragma HLS DATAFLOW', True),  # a // inside a string
        ("#if 0\n    #pragma HLS DATAFLOW\n#endif", False),
        ("#if 0\n#else\n    #pragma HLS DATAFLOW\n#endif", True),
        ("#if 1\n#elif 1\n    #pragma HLS DATAFLOW\n#endif", False),
        ("#ifndef __SYNTHESIS__\n    #pragma HLS DATAFLOW\n#endif", False),
        ("#if !defined(__SYNTHESIS__)\n    #pragma HLS DATAFLOW\n#endif", False),
        ("#ifdef __SYNTHESIS__\n    #pragma HLS DATAFLOW\n#endif", True),
        ("#define NO_DF\n#ifndef NO_DF\n    #pragma HLS DATAFLOW\n#endif", False),
        ("#ifdef FROM_THE_BUILD\n    #pragma HLS DATAFLOW\n#endif", True),  # cannot say: kept
        ("", False),
    ],
)
def test_dataflow_pragma_counts_only_where_hls_sees_it(lines, active):
    from fpgaprune.core.hardware.glue import has_dataflow_pragma

    assert has_dataflow_pragma(TOP % lines, "myproject") is active


def test_dataflow_pragma_of_another_function_is_not_the_tops():
    from fpgaprune.core.hardware.glue import has_dataflow_pragma

    helper = "void load(hls::stream<input_t> &x) {\n    #pragma HLS DATAFLOW\n}\n"
    assert not has_dataflow_pragma(helper + TOP % "", "myproject")
    assert has_dataflow_pragma(helper + TOP % "", None)  # without a top name: the whole file


def _r3_inlined(column: str) -> list[int]:
    rows = read_table(DATA / "heldout20" / "inlined.csv")
    return [int(row[column]) for row in rows if row["design"] == "R3"]


def test_r3_top_is_sequential_and_its_zero_paddings_are_the_reported_loops():
    from fpgaprune.core.hardware.glue import (
        PAD_LOOP_CYCLES,
        _project_schedule,
        design_zero_paddings,
        has_dataflow_pragma,
        process_count,
    )
    from fpgaprune.core.hardware.project import project_layers

    files = read_project_files(DATA / "heldout20" / "projects" / "R3")
    assert not has_dataflow_pragma(files.source, files.name)  # `// #pragma HLS DATAFLOW`
    layers, _, _ = project_layers(files)
    assert _project_schedule(layers, files) == "sequential"
    assert process_count(files) == 12
    # the report's six padding loops (PadTopWidth, PadMain, PadBottomWidth twice; ReLUActLoop is conv1_relu)
    reported = [latency for latency in _r3_inlined("latency_max") if latency != 67]
    loops = [trips for padding in design_zero_paddings(files) for trips in padding.loops]
    assert [trips + PAD_LOOP_CYCLES for trips in loops] == reported


@pytest.mark.parametrize("column, report", [("latency_min", 980), ("latency_max", 2477)])
def test_sequential_composition_of_r3_reported_instances_is_its_latency(column, report):
    # each call of the top is its reported instance latency; the paddings by the rule from their trip counts
    from fpgaprune.core.hardware.glue import (
        design_latency,
        design_zero_paddings,
        sequential_zero_padding_latency,
    )

    files = read_project_files(DATA / "heldout20" / "projects" / "R3")
    layer_calls = [
        int(row[column]) for row in read_table(DATA / "heldout20" / "instances.csv") if row["design"] == "R3"
    ]
    relu_loop = [latency for latency in _r3_inlined(column) if latency == 67]
    paddings = [sequential_zero_padding_latency(padding) for padding in design_zero_paddings(files)]
    latencies = layer_calls + relu_loop + paddings
    assert len(latencies) == 12
    assert design_latency(latencies, processes=12, schedule="sequential") == report


def test_sequential_estimate_sums_the_calls_and_repeats_after_it():
    from fpgaprune.core.hardware.glue import (
        SEQUENTIAL_CALL_CYCLES,
        design_zero_paddings,
        estimate_project,
        sequential_zero_padding_latency,
    )

    root = DATA / "heldout20" / "projects" / "R3"
    estimate = estimate_project(root)
    modelled = [
        e["latency_cycles"] for e in (*estimate["layers"].values(), *estimate["activations"].values())
    ]
    paddings = design_zero_paddings(read_project_files(root))
    # the top inlines each padding as its loops: its latency there, in place of a DATAFLOW process's
    assert [estimate["activations"][p.name]["latency_cycles"] for p in paddings] == [
        sequential_zero_padding_latency(p) for p in paddings
    ]
    totals = estimate["totals"]
    assert totals["latency_cycles"] == sum(modelled) + SEQUENTIAL_CALL_CYCLES * 12
    assert totals["ii"] == totals["latency_cycles"] + 1


def test_a_0_cycle_kernels_pixel_loop_takes_a_cycle_from_vitis_hls_2023_2_on():
    """Vitis HLS 2023.1's S5/S6 conv1 (0-cycle kernels) report 2 cycles a pixel, 2023.2's E2 (0-cycle
    kernels) 3, as kernels of 1 cycle in every version: the pixel loop's kernel call takes at least a cycle
    from 2023.2 on (E2's design 5,304 cycles against 5,308 since, pinned in test_heldout's MEASURED_21)."""
    from fpgaprune.core.hardware.cost import pixel_kernel_cycles

    def vitis(version):
        return Target(part="xcu250-figd2104-2L-e", hls_tool="vitis", clock_ns=5.0, hls_version=version)

    assert [pixel_kernel_cycles(0, vitis(v)) for v in ("2022.2", "2023.1", "2023.2", "2024.2")] == [
        0,
        0,
        1,
        1,
    ]
    assert pixel_kernel_cycles(2, vitis("2023.2")) == 2
    assert pixel_kernel_cycles(0, replace(VIVADO, hls_version="2020.1")) == 0
