"""Reading hls4ml's pointwise convolution calls (`pointwise_conv_2d_cl`, written for 1x1 Conv2D kernels).

hls4ml (0.7-1.3, `backends/vivado/passes/pointwise.py`, `OptimizePointwiseConv`) writes a Conv2D with a 1x1
kernel as `nnet::pointwise_conv_2d_cl` with the same conv2d_config and mult config as `conv_2d_cl`. The
projects here are hand-written in the layout hls4ml 1.x writes (one layer), or copied from a held-out set:
set 3's K6 (io_parallel) and set 17's N1 (io_stream), read only, never estimated (set 17 is blind).
"""

import csv
import json
import warnings
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from fpgaprune.core.hardware.cost import (
    _batched_multiplier_limit,
    _shares_one_limit,
    partition_input_bits,
    partition_result_bits,
    partition_window_mux_bits,
)
from fpgaprune.core.hardware.layer import LayerHardware
from fpgaprune.core.hardware.project import (
    code_generated_pointwise,
    library_pipelines_pointwise,
    pointwise_warning,
    read_project,
)

DATA = Path(__file__).parent / "data"
CHANNELS, FILTERS, HEIGHT, WIDTH = 4, 3, 5, 6


def _struct(name: str, base: str, constants: dict, types: dict) -> str:
    lines = [f"struct {name} : nnet::{base} {{"]
    lines += [f"    static const unsigned {key} = {value};" for key, value in constants.items()]
    lines += [f"    typedef {type_name} {alias};" for alias, type_name in types.items()]
    return "\n".join(lines) + "\n};\n"


def write_pointwise_project(
    root: Path, kernel: np.ndarray, io_type: str, strategy: str, rf: int, call: str, partitions: bool = True
):
    """A one-layer hls4ml project: `call` (pointwise_conv_2d_cl or conv_2d_cl) on a HEIGHT x WIDTH x CHANNELS
    input with the 1x1 kernel `kernel` (Keras layout, (1, 1, CHANNELS, FILTERS)); without `n_partitions` in
    its config as hls4ml 0.6 writes it when `partitions` is False."""
    firmware = root / "firmware"
    (firmware / "weights").mkdir(parents=True)
    (root / "hls4ml_config.yml").write_text(
        f"Backend: Vivado\nClockPeriod: 5\nIOType: {io_type}\nPart: xcvu9p-flga2577-2-e\n"
        "ProjectName: myproject\n"
    )
    element = "ap_fixed<8,2>"
    stream = io_type == "io_stream"
    input_t = f"nnet::array<{element}, {CHANNELS}>" if stream else element
    (firmware / "defines.h").write_text(
        f"typedef {input_t} input_t;\ntypedef ap_fixed<16,6> model_default_t;\n"
        f"typedef ap_fixed<6,1> conv1x1_weight_t;\ntypedef ap_fixed<6,1> conv1x1_bias_t;\n"
    )
    strategy_name = f"nnet::{strategy.lower()}"
    mult = _struct(
        "config2_mult",
        "dense_config",
        {"n_in": CHANNELS, "n_out": FILTERS, "reuse_factor": rf, "strategy": strategy_name, "n_zeros": 0},
        {"accum_t": "model_default_t", "bias_t": "conv1x1_bias_t", "weight_t": "conv1x1_weight_t"},
    )
    sizes = {"in_height": HEIGHT, "in_width": WIDTH, "n_chan": CHANNELS, "filt_height": 1, "filt_width": 1}
    sizes |= {"n_filt": FILTERS, "out_height": HEIGHT, "out_width": WIDTH, "reuse_factor": rf}
    sizes |= {"strategy": strategy_name} | ({"n_partitions": HEIGHT * WIDTH} if partitions else {})
    conv = _struct(
        "config2", "conv2d_config", sizes, {"accum_t": "model_default_t", "mult_config": "config2_mult"}
    )
    (firmware / "parameters.h").write_text("// conv1x1\n" + mult + "\n" + conv)
    (firmware / "myproject.cpp").write_text(
        "void myproject(hls::stream<input_t> &input_1, hls::stream<result_t> &layer2_out) {\n"
        f"    nnet::{call}<input_t, result_t, config2>(input_1, layer2_out, w2, b2); // conv1x1\n}}\n"
    )
    flat = kernel.reshape(CHANNELS, FILTERS)
    stored = flat if strategy.lower() == "latency" else flat.T  # hls4ml transposes for Resource
    (firmware / "weights" / "w2.txt").write_text(", ".join(f"{value:.6f}" for value in stored.ravel()))
    return root


def _read(path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        layers, kernels, _ = read_project(path)
    return layers, kernels, [str(warning.message) for warning in caught]


@pytest.fixture
def kernel():
    return np.round(np.random.default_rng(3).uniform(-1, 1, (1, 1, CHANNELS, FILTERS)), 3)


@pytest.mark.parametrize("io_type", ["io_parallel", "io_stream"])
@pytest.mark.parametrize("strategy, rf", [("Latency", 1), ("Resource", 2)])
def test_a_pointwise_call_is_read_as_the_1x1_conv2d_it_is(tmp_path, kernel, io_type, strategy, rf):
    path = write_pointwise_project(tmp_path, kernel, io_type, strategy, rf, "pointwise_conv_2d_cl")
    layers, kernels, _ = _read(path)
    assert len(layers) == 1
    layer = layers[0]
    assert (layer.name, layer.kind, layer.kernel_shape) == ("conv1x1", "conv2d", (1, 1, CHANNELS, FILTERS))
    assert (layer.output_positions, layer.input_positions) == (HEIGHT * WIDTH, HEIGHT * WIDTH)
    assert (layer.reuse_factor, layer.strategy, layer.io_type) == (rf, strategy.lower(), io_type)
    assert (str(layer.weight_type), str(layer.input_type)) == ("ap_fixed<6,1>", "ap_fixed<8,2>")
    assert np.allclose(kernels[0], kernel)  # Keras layout, whatever order hls4ml stored


@pytest.mark.parametrize("io_type", ["io_parallel", "io_stream"])
def test_the_pointwise_call_reads_as_the_same_layer_conv_2d_cl_gives(tmp_path, kernel, io_type):
    # hls4ml's io_parallel pointwise_conv_2d_cl runs conv_2d_latency_cl / conv_2d_resource_cl on the same
    # config structs (nnet_conv2d.h), so the layer handed to the cost model must be the Conv2D one
    pointwise = write_pointwise_project(
        tmp_path / "pw", kernel, io_type, "Latency", 1, "pointwise_conv_2d_cl"
    )
    general = write_pointwise_project(tmp_path / "conv", kernel, io_type, "Latency", 1, "conv_2d_cl")
    assert _read(pointwise)[0] == _read(general)[0]


def test_only_io_stream_pointwise_calls_warn_naming_the_layer(tmp_path, kernel):
    parallel = write_pointwise_project(
        tmp_path / "p", kernel, "io_parallel", "Latency", 1, "pointwise_conv_2d_cl"
    )
    stream = write_pointwise_project(
        tmp_path / "s", kernel, "io_stream", "Latency", 1, "pointwise_conv_2d_cl"
    )
    general = write_pointwise_project(tmp_path / "c", kernel, "io_stream", "Latency", 1, "conv_2d_cl")
    assert _read(parallel)[2] == [] and _read(general)[2] == []
    (message,) = _read(stream)[2]
    assert message.startswith("conv1x1: ") and "shifted window" in message and "BRAM" not in message


def test_an_io_stream_pointwise_rom_layer_warns_about_its_bram_too(tmp_path, kernel):
    # nnet_sepconv2d_stream.h partitions the weights completely: the ROM the model costs may not survive
    stream = write_pointwise_project(tmp_path, kernel, "io_stream", "Resource", 2, "pointwise_conv_2d_cl")
    (message,) = _read(stream)[2]
    assert message.startswith("conv1x1: ") and "BRAM" in message


def test_an_hls4ml_0_6_io_parallel_pointwise_resource_layer_warns(tmp_path, kernel):
    # hls4ml 0.6's io_parallel pointwise_conv_2d_cl (nnet_conv2d_latency.h) is its Latency kernel whatever the
    # strategy; 0.7 and later (n_partitions in the config) dispatch on the strategy as conv_2d_cl does
    old = write_pointwise_project(
        tmp_path / "o", kernel, "io_parallel", "Resource", 2, "pointwise_conv_2d_cl", False
    )
    new = write_pointwise_project(
        tmp_path / "n", kernel, "io_parallel", "Resource", 2, "pointwise_conv_2d_cl"
    )
    latency = write_pointwise_project(
        tmp_path / "l", kernel, "io_parallel", "Latency", 1, "pointwise_conv_2d_cl", False
    )
    (message,) = _read(old)[2]
    assert message.startswith("conv1x1: hls4ml 0.6") and "does not hold" in message
    assert _read(new)[2] == []
    # the Latency one is read as that kernel (every position in one call), with its own line
    (message,) = _read(latency)[2]
    assert message.startswith("conv1x1: hls4ml <= 0.6's io_parallel Latency") and "not calibrated" in message


def test_an_io_stream_pointwise_conv1d_warns_about_its_window_not_a_line_buffer():
    layer = LayerHardware(
        "pw1d", "conv1d", (1, 4, 3), io_type="io_stream", output_positions=8, input_positions=8
    )
    message = pointwise_warning("pointwise_conv_1d_cl", layer)
    assert message.startswith("pw1d: ") and "shifted window" in message and "line buffer" not in message
    assert pointwise_warning("conv_1d_cl", layer) is None


def test_set_3_k6_reads_its_separable_conv2d_pointwise_half():
    # the depthwise half (depthwise_conv_2d_cl) is read since branch depthwise (test_depthwise.py), with its
    # one warning line; the io_parallel pointwise half gives none
    layers, kernels, messages = _read(DATA / "heldout3" / "projects" / "K6")
    assert [(layer.name, layer.kind, layer.kernel_shape) for layer in layers] == [
        ("separable_conv2d_depthwise", "conv2d", (3, 3, 2, 2)),
        ("separable_conv2d_pointwise", "conv2d", (1, 1, 2, 5)),
        ("dense", "dense", (180, 2)),
    ]
    assert layers[1].parallelization_factor == 4 and layers[1].output_positions == 36
    assert kernels[1].shape == (1, 1, 2, 5)
    assert [message.split(":")[0] for message in messages] == ["separable_conv2d_depthwise"]


def _report_instances(name: str, design: str, functions: tuple) -> dict:
    with open(DATA / name / "instances.csv", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {row["layer"]: row for row in rows if row["design"] == design and row["function"] in functions}


def test_set_17_n1_reads_all_twelve_weight_layers():
    # read only (set 17 is blind: no estimate here); every report instance of a weight-layer function is a
    # layer read, with the config struct of its call
    layers, kernels, messages = _read(DATA / "heldout17" / "projects" / "N1")
    functions = ("conv_2d_cl", "pointwise_conv_2d_cl")
    reported = _report_instances("heldout17", "N1", functions)
    assert len(layers) == 12 and {layer.name for layer in layers} == set(reported)
    pointwise = {name for name, row in reported.items() if row["function"] == "pointwise_conv_2d_cl"}
    assert pointwise == {"emb1", "emb4", "emb5", "out"}
    for layer, kernel in zip(layers, kernels):
        assert layer.kind == "conv2d" and kernel.shape == layer.kernel_shape
        assert (layer.kernel_shape[:2] == (1, 1)) == (layer.name in pointwise)
    assert sorted(message.split(":")[0] for message in messages) == sorted(pointwise)


def test_estimate_reports_the_pointwise_warning_once_and_in_its_json(tmp_path, kernel, capsys):
    from fpgaprune.cli import main

    path = write_pointwise_project(tmp_path, kernel, "io_stream", "Latency", 1, "pointwise_conv_2d_cl")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the reader's warning must not escape as a Python warning
        assert main(["estimate", str(path), "--json"]) == 0
    out, err = capsys.readouterr()
    pointwise = [line for line in err.splitlines() if "pointwise_conv_2d_cl" in line]
    assert len(pointwise) == 1 and pointwise[0].startswith("warning: conv1x1: hls4ml's io_stream")
    assert pointwise[0].removeprefix("warning: ") in json.loads(out)["warnings"]


# hls4ml 1.0-1.1's code-generated pointwise Conv1D (and the development version of sets 1 and 11): RF calls
# of `pointwise_conv_1d_latency_cl`, every output position at once (branch pointwise2).
_CODEGEN_1_0 = "    using conv_kernel = nnet::pointwise_conv_19<data_T, res_T, CONFIG_T>;\n"
_CODEGEN_DEV = (
    "    static const nnet::conv_implementation implementation = nnet::conv_implementation::pointwise;\n"
)
_GENERAL_1_0 = "    using conv_kernel = nnet::Conv1DLatency<data_T, res_T, CONFIG_T>;\n"


def _pointwise_conv1d(strategy: str = "latency", io_type: str = "io_parallel") -> LayerHardware:
    return LayerHardware(
        "pw",
        "conv1d",
        (1, 4, 32),
        reuse_factor=2,
        strategy=strategy,
        io_type=io_type,
        output_positions=8,
        input_positions=8,
    )


@pytest.mark.parametrize(
    "body, expected", [(_CODEGEN_1_0, True), (_CODEGEN_DEV, True), (_GENERAL_1_0, False)]
)
def test_only_the_code_generated_pointwise_kernel_is_recognised(body, expected):
    assert code_generated_pointwise(body, _pointwise_conv1d()) is expected
    assert not code_generated_pointwise(body, _pointwise_conv1d(strategy="resource"))
    assert not code_generated_pointwise(body, _pointwise_conv1d(io_type="io_stream"))


def test_set_11_j2_reads_its_pointwise_conv1d_with_every_position_at_once():
    layers, _, _ = read_project(DATA / "heldout11" / "projects" / "J2")
    pointwise = [layer for layer in layers if layer.kind == "conv1d"]
    assert [layer.name for layer in pointwise] == ["phi1", "phi2", "phi3"]
    for layer in pointwise:  # n_partitions 8 in the config, unused by the generated kernel
        assert layer.split_pointwise and layer.batched_pointwise
        assert layer.parallelization_factor == layer.output_positions == 8
    assert not any(layer.split_pointwise for layer in layers if layer.kind == "dense")


def test_the_split_kernel_limit_is_rf_copies_of_one_slice_limit():
    split = replace(_pointwise_conv1d(), reuse_factor=8, parallelization_factor=8, split_pointwise=True)
    # 8 calls of one position each: DIV_ROUNDUP(8 * 128 / 8, 8) = 16 multipliers a call
    assert _batched_multiplier_limit(split, None) == 8 * 16
    # hls4ml 1.2-1.3's batched kernel: ceil(8**2 * 128 / 8)
    assert _batched_multiplier_limit(replace(split, split_pointwise=False), None) == 1024


def test_split_pointwise_needs_a_latency_pointwise_conv1d_at_every_position():
    with pytest.raises(ValueError, match="split_pointwise"):
        replace(_pointwise_conv1d(), split_pointwise=True)  # parallelization factor 1


def test_set_18_m1_reads_its_pointwise_conv1d_as_the_general_partition_loop():
    # a development version near hls4ml 0.8.1: pointwise_conv_1d_cl calls conv_1d_latency_cl, 16 partitions
    layers, _, _ = read_project(DATA / "heldout18" / "projects" / "M1")
    pointwise = [layer for layer in layers if layer.kind == "conv1d"]
    assert [layer.name for layer in pointwise] == ["qDense_phi_1", "qDense_phi_2"]
    for layer in pointwise:
        assert layer.parallelization_factor == 1 and layer.output_positions == 16
        assert not layer.batched_pointwise and not layer.split_pointwise
        assert _shares_one_limit(layer)
        # every result held over the 16 iterations (M1's report: 512 `res_*_copy` registers of 16 bits)
        assert partition_result_bits(layer, "vitis") == 16 * 32 * 16  # M1's tool: one copy
        # and every input (`data_*_val*_phi_reg`: 320 of 336 x 16 bits, 512 x 9)
        assert partition_input_bits(layer) == 16 * layer.kernel_shape[1] * layer.input_type.width
        assert not layer.input_packed  # the batch-norm's / ReLU's partitioned outputs, one register each
    assert partition_window_mux_bits(pointwise[0]) == 16 * 21 * 16


def test_set_18_m2_reads_its_edited_library_as_one_pipelined_call():
    # its nnet_conv1d.h's pointwise_conv_1d_cl pipelines the whole function: every position at once, II 1
    layers, _, _ = read_project(DATA / "heldout18" / "projects" / "M2")
    pointwise = [layer for layer in layers if layer.kind == "conv1d"]
    assert [layer.name for layer in pointwise] == ["Conv1D_1", "Conv1D_2"]
    for layer in pointwise:  # the config's n_partitions 2 (ParallelizationFactor 8) is not what runs
        assert layer.parallelization_factor == layer.output_positions == 16
        assert layer.batched_pointwise and not layer.split_pointwise
        assert not _shares_one_limit(layer)


def test_only_a_function_scope_pipeline_before_the_partition_loop_counts(tmp_path):
    layer = _pointwise_conv1d()
    nnet_utils = tmp_path / "nnet_utils"
    nnet_utils.mkdir()
    assert not library_pipelines_pointwise(nnet_utils, layer)  # no library files: hls4ml's own kernels
    calls_latency = "void pointwise_conv_1d_cl(data_T data[N]) {\n    conv_1d_latency_cl<data_T>(data);\n}\n"
    loop = "PartitionLoop:\n    for (int i = 0; i < P; i++) {\n        #pragma HLS PIPELINE II=R rewind\n"
    stock = "void conv_1d_latency_cl(data_T data[N]) {\n    #pragma HLS ALLOCATION limit=L\n" + loop
    (nnet_utils / "nnet_conv1d.h").write_text(calls_latency)
    (nnet_utils / "nnet_conv1d_latency.h").write_text(stock)
    assert not library_pipelines_pointwise(nnet_utils, layer)
    edited = stock.replace("{\n", "{\n    #pragma HLS PIPELINE\n", 1)
    (nnet_utils / "nnet_conv1d_latency.h").write_text(edited)
    assert library_pipelines_pointwise(nnet_utils, layer)
    assert not library_pipelines_pointwise(nnet_utils, _pointwise_conv1d(strategy="resource"))
    own_body = edited.replace("conv_1d_latency_cl", "pointwise_conv_1d_cl")
    (nnet_utils / "nnet_conv1d.h").write_text(own_body)
    (nnet_utils / "nnet_conv1d_latency.h").write_text(stock)
    assert library_pipelines_pointwise(nnet_utils, layer)


def test_set_17_n6_reads_its_conv_input_as_the_packed_top_port():
    # hls4ml's `#pragma HLS ARRAY_RESHAPE variable=x_in complete dim=0` on the top's input: one 1,200-bit word
    layers, _, _ = read_project(DATA / "heldout17" / "projects" / "N6")
    assert [layer.input_packed for layer in layers] == [True]
