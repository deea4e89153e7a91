"""hls4ml's depthwise convolution (`depthwise_conv_2d_cl`), costed as a block-diagonal Conv2D (branch
depthwise).

Every number an estimate is compared with is either counted by hand from hls4ml's code (the products of
`depthwise_conv_2d_latency_cl` / `depthwise_product`: kernel_size x C, each channel's into its own sum;
the mult config's `multiplier_limit`) or read from the one public report of such a layer, held-out set 3's
K6 (docs/cost-model-record.md 2.14).
"""

import csv
from pathlib import Path

import numpy as np
import pytest

from fpgaprune.core.hardware.cost import _multiplier_limit, estimate_layer
from fpgaprune.core.hardware.glue import estimate_project
from fpgaprune.core.hardware.layer import LayerHardware, depthwise_kernel
from fpgaprune.core.hardware.multipliers import Target
from fpgaprune.core.hardware.project import depthwise_unmodelled, kernel_from_hls_order, read_project

DATA = Path(__file__).parent / "data"
K6 = DATA / "heldout3" / "projects" / "K6"
DSP_TARGET = Target(mul_impl="dsp")  # every real product on a DSP: the hand count is the real products

# 3x3 taps (rows) x 2 channels (columns), ap_fixed<16,6> weights (10 fractional bits). Free: 0, powers of two
# and two-digit constants (0.75 = 1 - 1/4, -0.375 = -1/2 + 1/8; `Target.shift_add_max_digits` 2). Real:
# 0.3 (307/1024, 5 CSD digits) twice on different taps (different inputs: two multipliers), 0.2 (205/1024),
# 0.1 (102/1024, 4 digits), 0.6 (614/1024). Channel 0: 3 real, channel 1: 2; zero weights: 2 + 4.
TAPS = np.array(
    [
        [0.0, 0.1],
        [0.5, 0.0],
        [-1.0, 0.0],
        [0.75, 0.25],
        [0.3, -0.375],
        [0.3, 0.6],
        [0.0, 1.0],
        [2.0, 0.0],
        [0.2, 0.0],
    ]
)
HAND_REAL_PRODUCTS = 5


def _layer(**settings) -> LayerHardware:
    settings.setdefault("output_positions", 16)
    settings.setdefault("input_positions", 36)
    return LayerHardware("dw", "conv2d", (3, 3, 2, 2), depthwise=True, **settings)


def _kernel(layer: LayerHardware) -> np.ndarray:
    return depthwise_kernel(layer, TAPS.ravel())


def test_the_weights_file_is_laid_on_the_block_diagonal():
    layer = _layer()
    kernel = kernel_from_hls_order(layer, np.arange(1, 19))
    assert kernel.shape == (3, 3, 2, 2)
    # hls4ml's order: tap-major, channel-minor (`weights[i_in]`, i_in = tap * n_chan + c)
    assert kernel[0, 0, 0, 0] == 1 and kernel[0, 0, 1, 1] == 2 and kernel[0, 1, 0, 0] == 3
    assert kernel[2, 2, 1, 1] == 18
    assert np.count_nonzero(kernel) == 18 and kernel[0, 0, 0, 1] == kernel[0, 0, 1, 0] == 0
    with pytest.raises(ValueError, match="expected kernel_size\\*channels = 18"):
        kernel_from_hls_order(layer, np.arange(20))
    # 36 = kernel_size*channels*channels: hls4ml 1.3's fused BatchNormalization (test_fused_batchnorm.py)
    with pytest.raises(ValueError, match="FuseBatchNormalization"):
        kernel_from_hls_order(layer, np.arange(36))


def test_a_depthwise_layers_dsp_is_the_hand_count_of_its_real_products():
    layer = _layer()
    assert estimate_layer(layer, _kernel(layer), DSP_TARGET).dsp == HAND_REAL_PRODUCTS
    # ParallelizationFactor 4 at RF 1: four pixels' products, the limit (ceil(36/1) - 5) does not bind
    assert estimate_layer(_layer(parallelization_factor=4), _kernel(layer), DSP_TARGET).dsp == 4 * 5


def test_each_channel_costs_what_a_one_channel_conv2d_of_its_taps_costs():
    layer = _layer()
    total = estimate_layer(layer, _kernel(layer)).dsp
    channels = [
        estimate_layer(LayerHardware(f"c{c}", "conv2d", (3, 3, 1, 1), output_positions=16), TAPS[:, c]).dsp
        for c in range(2)
    ]
    assert total == sum(channels) and total > 0


def test_the_multiplier_limit_subtracts_the_stored_weights_zeros_only():
    # hls4ml's mult config: n_in = 3*3*2, n_out = 2, n_zeros = the 6 zero weights of the 18 stored ones:
    # DIV_ROUNDUP(36, 12) - 6 / 12 = 3 (the block-diagonal kernel's 6 + 18 zeros would give 1)
    layer = _layer(reuse_factor=12)
    assert _multiplier_limit(layer, _kernel(layer).reshape(18, 2)) == 3
    assert estimate_layer(layer, _kernel(layer), DSP_TARGET).dsp == 3  # the limit binds: 3 of 5 products
    assert (
        _multiplier_limit(_layer(reuse_factor=2), _kernel(layer).reshape(18, 2)) == 18 - 3
    )  # DIV_ROUNDUP(36, 2) - 6 / 2


def test_what_is_not_modelled_is_refused_with_its_reason():
    with pytest.raises(ValueError, match="depth multiplier 1"):
        LayerHardware("dw", "conv2d", (3, 3, 2, 4), depthwise=True)
    with pytest.raises(ValueError, match="Resource depthwise kernels at RF > 1 are not"):
        _layer(strategy="resource", reuse_factor=2, io_type="io_stream")
    outer = {"n_chan": 2, "n_filt": 4}
    assert "depth multiplier above 1" in depthwise_unmodelled("depthwise_conv_2d_cl", outer, None)
    rom = {"strategy": "resource", "reuse_factor": 3}
    square = {"n_chan": 2, "n_filt": 2}
    assert "Resource strategy at reuse factor 3" in depthwise_unmodelled("depthwise_conv_2d_cl", square, rom)
    resource = {"strategy": "resource", "reuse_factor": 1}
    assert "calls no kernel" in depthwise_unmodelled("depthwise_conv_2d_cl", square, resource, "io_parallel")
    assert (
        depthwise_unmodelled("depthwise_conv_2d_cl", square, resource, "io_stream") is None
    )  # constant weights
    assert depthwise_unmodelled("conv_2d_cl", outer, None) is None
    assert depthwise_unmodelled("depthwise_conv_2d_cl", square, {"strategy": "latency"}) is None


def _k6_report(layer: str) -> dict:
    with open(DATA / "heldout3" / "instances.csv", newline="") as handle:
        return next(row for row in csv.DictReader(handle) if row["design"] == "K6" and row["layer"] == layer)


def test_k6s_depthwise_layer_is_read_from_its_project():
    layers, kernels, _ = read_project(K6)
    depthwise = layers[0]
    assert (depthwise.name, depthwise.kind, depthwise.kernel_shape) == (
        "separable_conv2d_depthwise",
        "conv2d",
        (3, 3, 2, 2),
    )
    assert depthwise.depthwise and depthwise.parallelization_factor == 4 and depthwise.output_positions == 36
    assert np.count_nonzero(kernels[0]) == 18  # its 18 weights (all 1.0) on the diagonal
    assert [layer.name for layer in layers[1:]] == ["separable_conv2d_pointwise", "dense"]


def test_k6s_depthwise_estimate_against_its_report():
    # one public report (Vivado HLS 2020.1, xcu250, io_parallel, Latency, RF 1, PF 4): every weight is 1.0,
    # so every product is a wire (DSP 0, as reported); 9 partitions at II 1 (latency 9, the report 9-10, II 9)
    result = estimate_project(K6)
    estimate, report = (
        result["layers"]["separable_conv2d_depthwise"],
        _k6_report("separable_conv2d_depthwise"),
    )
    assert estimate["source"] == "estimate"
    assert estimate["dsp"] == int(report["dsp"]) == 0
    assert estimate["bram_18k"] == int(report["bram_18k"]) == 0
    assert int(report["latency_min"]) <= estimate["latency_cycles"] <= int(report["latency_max"])
    assert estimate["ii"] == int(report["ii"]) == 9
    # what is weak, pinned as it is: LUT and FF under the report (207,860 LUT, 4,892 FF)
    assert estimate["lut"] < int(report["lut"]) / 10 and estimate["ff"] < int(report["ff"])
    lines = result["warnings"]
    assert not [line for line in lines if "is not modelled" in line]
    (line,) = [
        line for line in lines if line.startswith("separable_conv2d_depthwise: ") and "block-diagonal" in line
    ]
    assert "block-diagonal" in line and "K6" in line


DEPTHWISE_CASES = {
    "latency-parallel": (1, "Latency", "io_parallel", {}),
    "latency-parallel-pf": (2, "Latency", "io_parallel", {"ParallelizationFactor": 9}),
    "latency-stream": (2, "Latency", "io_stream", {}),
}


@pytest.fixture(scope="module", params=list(DEPTHWISE_CASES))
def written(request, tmp_path_factory):
    pytest.importorskip("hls4ml")
    from .hls4ml_projects import CONV_INPUT, write_project

    rf, strategy, io_type, settings = DEPTHWISE_CASES[request.param]
    kernel = np.round(np.random.default_rng(5).uniform(-1, 1, (3, 3, CONV_INPUT[-1], 1)), 3)
    kernel[0, 1, 0, 0] = kernel[2, 2, 1, 0] = 0.0  # two zero weights: hls4ml's n_zeros
    path = write_project(
        tmp_path_factory.mktemp(request.param), "depthwise", kernel, rf, strategy, io_type, **settings
    )
    return DEPTHWISE_CASES[request.param], kernel, path


def test_hls4ml_depthwise_projects_are_read_as_it_writes_them(written):
    # hls4ml 1.3 writes a Keras DepthwiseConv2D as nnet::depthwise_conv_2d_cl; the weights file maps back to
    # the Keras kernel on the block diagonal, and the model's multiplier limit is the mult config's
    (rf, strategy, io_type, settings), kernel, path = written
    layers, kernels, _ = read_project(path)
    (layer,) = layers
    channels = kernel.shape[-2]
    assert layer.depthwise and layer.kernel_shape == (3, 3, channels, channels)
    assert (layer.reuse_factor, layer.strategy, layer.io_type) == (rf, strategy.lower(), io_type)
    assert layer.parallelization_factor == settings.get("ParallelizationFactor", 1)
    diagonal = kernels[0][..., np.arange(channels), np.arange(channels)]
    assert np.allclose(diagonal, kernel[..., 0], atol=1e-9)
    parameters = (path / "firmware" / "parameters.h").read_text()
    mult = parameters[parameters.index("_mult : nnet::dense_config") :]
    written_constants = {
        key: int(mult.split(f"static const unsigned {key} = ")[1].split(";")[0])
        for key in ("n_in", "n_out", "n_zeros")
    }
    assert written_constants == {"n_in": 9 * channels, "n_out": channels, "n_zeros": 2}
    hls4ml_limit = -(-(9 * channels * channels) // rf) - 2 // rf  # DIV_ROUNDUP(n_in*n_out, RF) - n_zeros/RF
    assert _multiplier_limit(layer, kernels[0].reshape(layer.n_in, layer.n_out)) == hls4ml_limit
    result = estimate_project(path)
    assert result["layers"]["fc"]["source"] == "estimate"
    assert not [line for line in result["warnings"] if "is not modelled" in line]


def test_an_hls4ml_resource_depthwise_layer_at_rf_above_1_stays_unmodelled(tmp_path):
    # hls4ml 1.1-1.3's io_stream DepthwiseDenseResource kernels keep the weights in a ROM: not read, and the
    # totals say so (the reader's reason and glue's "not modelled" line)
    pytest.importorskip("hls4ml")
    from .hls4ml_projects import CONV_INPUT, write_project

    kernel = np.round(np.random.default_rng(6).uniform(-1, 1, (3, 3, CONV_INPUT[-1], 1)), 3)
    path = write_project(tmp_path / "rom", "depthwise", kernel, 3, "Resource", "io_stream")
    result = estimate_project(path)
    assert result["layers"] == {}
    named = [line for line in result["warnings"] if line.startswith("fc: ")]
    assert any("Resource strategy at reuse factor 3" in line for line in named)
    assert any(
        "is not modelled; its DSP, BRAM, LUT, FF and latency are not in the totals" in line for line in named
    )


@pytest.mark.parametrize("io_type", ["io_parallel", "io_stream"])
def test_hls4ml_depthwise_conv1d_projects_are_read_as_the_conv1d_form(tmp_path, io_type):
    # hls4ml 1.3 writes a Keras DepthwiseConv1D as nnet::depthwise_conv_1d_cl (conv1d_config): read as the
    # block-diagonal Conv1D; no report checks it
    pytest.importorskip("hls4ml")
    from .hls4ml_projects import CONV1D_INPUT, write_project

    kernel = np.round(np.random.default_rng(7).uniform(-1, 1, (3, CONV1D_INPUT[-1], 1)), 3)
    path = write_project(tmp_path / io_type, "depthwise1d", kernel, 1, "Latency", io_type)
    layers, kernels, _ = read_project(path)
    (layer,) = layers
    channels = CONV1D_INPUT[-1]
    assert (layer.kind, layer.kernel_shape, layer.depthwise) == ("conv1d", (3, channels, channels), True)
    assert not layer.pointwise and (layer.input_positions, layer.output_positions) == (12, 10)
    assert np.allclose(kernels[0][:, np.arange(channels), np.arange(channels)], kernel[..., 0], atol=1e-9)
    line = next(line for line in estimate_project(path)["warnings"] if line.startswith("fc: "))
    assert "depthwise_conv_1d_cl" in line and "no report" in line
