"""Conv1D layers: read from projects hls4ml 1.3 writes, and costed as hls4ml's templates build them.

hls4ml's Conv1D kernels are its Conv2D kernels at filter height 1 (docs/cost-model-record.md, "Conv1D"), so a
Conv1D costs what that Conv2D costs, but for the io_stream line buffer (Conv1D has none) and the batched
pointwise kernel (hls4ml 1.2-1.3, io_parallel Latency, every pixel at once), whose multiplier limit is far
higher.
"""

import numpy as np
import pytest

from fpgaprune.core.hardware.cost import estimate_layer
from fpgaprune.core.hardware.layer import LayerHardware, layer_from_shape
from fpgaprune.core.hardware.multipliers import Target
from fpgaprune.core.hardware.project import read_project

from .hls4ml_projects import CONV1D_INPUT, CONV1D_KERNEL, POINTWISE_KERNEL, sparse_kernel, write_project

OUT_WIDTH = {CONV1D_KERNEL: CONV1D_INPUT[0] - 2, POINTWISE_KERNEL: CONV1D_INPUT[0]}
CASES = {
    "latency-parallel": (CONV1D_KERNEL, 1, "Latency", "io_parallel", {}),
    "resource-stream": (CONV1D_KERNEL, 3, "Resource", "io_stream", {}),
    "pointwise-batched": (POINTWISE_KERNEL, 2, "Latency", "io_parallel", {"ParallelizationFactor": 12}),
}


@pytest.fixture(scope="module", params=list(CASES))
def project(request, tmp_path_factory):
    pytest.importorskip("hls4ml")
    shape, rf, strategy, io_type, settings = CASES[request.param]
    kernel = sparse_kernel(shape, seed=3)
    path = write_project(
        tmp_path_factory.mktemp(request.param), "conv1d", kernel, rf, strategy, io_type, **settings
    )
    return CASES[request.param], kernel, path


def test_hls4ml_conv1d_projects_are_read_with_their_geometry(project):
    (shape, rf, strategy, io_type, settings), kernel, path = project
    layers, kernels, _ = read_project(path)
    assert len(layers) == 1
    layer = layers[0]
    assert (layer.name, layer.kind, layer.kernel_shape, layer.reuse_factor) == ("fc", "conv1d", shape, rf)
    assert (layer.strategy, layer.io_type) == (strategy.lower(), io_type)
    assert (layer.input_positions, layer.output_positions) == (CONV1D_INPUT[0], OUT_WIDTH[shape])
    assert layer.parallelization_factor == settings.get("ParallelizationFactor", 1)
    assert np.allclose(kernels[0], kernel, atol=1e-9)  # hls4ml's stored order maps back to Keras layout


def test_the_batched_pointwise_kernel_is_the_one_hls4ml_writes(project):
    (shape, *_), _, path = project
    layer = read_project(path)[0][0]
    source = (path / "firmware" / "myproject.cpp").read_text()
    parameters = (path / "firmware" / "parameters.h").read_text()
    assert ("pointwise_conv_1d_cl" in source) == layer.pointwise
    assert ("BatchedDenseForConv1D" in parameters) == layer.batched_pointwise
    if layer.batched_pointwise:  # its mult config spans every pixel: in_width * n_chan inputs
        assert f"n_in = {CONV1D_INPUT[0] * shape[1]};" in parameters


def _pair(kernel_width, rf, strategy, io_type, **settings):
    shape = (kernel_width, 3, 4)
    common = dict(output_positions=10, input_positions=12, **settings)
    conv1d = LayerHardware("c", "conv1d", shape, rf, strategy, io_type, **common)
    conv2d = LayerHardware("c", "conv2d", (1, *shape), rf, strategy, io_type, **common)
    return conv1d, conv2d


@pytest.mark.parametrize(
    ("rf", "strategy", "pf"), [(1, "latency", 1), (1, "latency", 5), (3, "latency", 2), (3, "resource", 1)]
)
@pytest.mark.parametrize("tool", ["vivado", "vitis"])
def test_io_parallel_conv1d_costs_the_conv2d_of_height_one(rf, strategy, pf, tool):
    conv1d, conv2d = _pair(3, rf, strategy, "io_parallel", parallelization_factor=pf)
    kernel = sparse_kernel((3, 3, 4), seed=5)
    target = Target(hls_tool=tool)
    one, two = estimate_layer(conv1d, kernel, target), estimate_layer(conv2d, kernel[None], target)
    assert one.as_dict() == two.as_dict()


@pytest.mark.parametrize(("rf", "strategy"), [(1, "latency"), (3, "resource"), (9, "resource_unrolled")])
@pytest.mark.parametrize("tool", ["vivado", "vitis"])
def test_io_stream_conv1d_is_the_conv2d_of_height_one(rf, strategy, tool):
    # a Conv2D of filter height 1 calls `compute_output_buffer_1d` as Conv1D does: no line buffer either
    # (`LayerHardware.has_line_buffer`; until branch streamconv the Conv2D carried the line buffer's LUT)
    conv1d, conv2d = _pair(3, rf, strategy, "io_stream")
    kernel = sparse_kernel((3, 3, 4), seed=6)
    one, two = (
        estimate_layer(c, k, Target(hls_tool=tool)) for c, k in ((conv1d, kernel), (conv2d, kernel[None]))
    )
    assert not conv2d.has_line_buffer
    assert one.as_dict() == two.as_dict()


def test_conv1d_dsps_follow_the_pruned_weights():
    layer = LayerHardware("c", "conv1d", (3, 3, 4), output_positions=10, input_positions=12)
    kernel = np.full((3, 3, 4), 11 / 16)  # three CSD digits: one multiplier per input (shared by its outputs)
    assert estimate_layer(layer, kernel).dsp == 9
    pruned = kernel.copy()
    pruned[0] = 0.0  # the first tap's three inputs
    pruned[1, 0] = 0.0
    assert estimate_layer(layer, pruned).dsp == 5
    resource = LayerHardware("c", "conv1d", (3, 3, 4), 3, "resource", output_positions=10, input_positions=12)
    assert estimate_layer(resource, pruned).dsp == estimate_layer(resource, kernel).dsp == 36 // 3


def test_the_batched_pointwise_kernel_is_not_capped_at_one_pixels_limit():
    kernel = np.full((1, 3, 4), 11 / 16)
    kernel[0, 0, :] = 0.0  # input 0 pruned: two live inputs, each one multiplier per pixel
    batched, general = (
        LayerHardware(
            "p",
            "conv1d",
            (1, 3, 4),
            2,
            "latency",
            output_positions=12,
            input_positions=12,
            parallelization_factor=pf,
        )
        for pf in (12, 6)
    )
    assert batched.batched_pointwise and not general.batched_pointwise
    # every pixel's products: 12 pixels x 2 multipliers; the limit ceil(12**2 * 12 / 2) - 4 // 2 is far above
    assert estimate_layer(batched, kernel).dsp == 24
    # at PF 6 hls4ml 1.2-1.3 run the general `conv_1d_latency_cl`: one pixel's limit ceil(12 / 2) - 4 // 2 = 4
    # bounds the 6 x 2 multipliers of a PartitionLoop iteration together (docs/cost-model-record.md 2.10,
    # 2.12)
    assert estimate_layer(general, kernel).dsp == 4


def test_conv1d_sizes_from_the_command_line():
    layer = layer_from_shape("c", "conv1d", kernel=(5,), channels=3, filters=8)
    assert (layer.kernel_shape, layer.n_in, layer.n_out) == ((5, 3, 8), 15, 8)
    with pytest.raises(ValueError, match="--kernel KW"):
        layer_from_shape("c", "conv1d", kernel=(3, 3), channels=3, filters=8)
    with pytest.raises(ValueError, match=r"\(kw, channels, filters\)"):
        LayerHardware("c", "conv1d", (3, 3, 3, 8))
    with pytest.raises(ValueError, match="only with io_stream"):
        LayerHardware("c", "conv1d", (3, 3, 8), 3, "resource_unrolled", "io_parallel")
