"""The design's weight types against the project hls4ml writes (`core.design.rounded`): pure NumPy."""

import numpy as np
import pytest

from fpgaprune.core.design import LayerHls, Precisions, design_layers, rounded
from fpgaprune.core.hardware.cost import estimate_model
from fpgaprune.core.hardware.precision import parse_precision, quantize
from fpgaprune.core.hardware.project import read_weights_file
from fpgaprune.core.zoo import WeightLayer


@pytest.mark.parametrize(
    ("given", "written"),
    [
        ("ap_fixed<16,6>", "fixed<16,6,RND_CONV,SAT>"),  # hls4ml's config spelling
        ("fixed<18, 8>", "fixed<18,8,RND_CONV,SAT>"),
        ("ufixed<7,1>", "ufixed<7,1,RND_CONV,SAT>"),
        ("ap_fixed<16,6,AP_RND,AP_WRAP>", "ap_fixed<16,6,AP_RND,AP_WRAP>"),  # its own modes kept
        ("ap_int<8>", "ap_int<8>"),
        ("auto", "auto"),
    ],
)
def test_rounded_gives_a_plain_fixed_type_round_to_nearest_even_and_saturation(given, written):
    assert rounded(given) == written


def _printed_as_hls4ml_writes(kernel: np.ndarray, fractional: int, path) -> np.ndarray:
    """The kernel as hls4ml 1.3 writes its weights file (`WeightVariable.precision_fmt`: each value with the
    type's fractional bits as decimals), read back as `fpgaprune estimate` reads a project."""
    path.write_text(", ".join(f"{value:.{fractional}f}" for value in kernel.ravel()))
    return read_weights_file(path).reshape(kernel.shape)


def test_a_float_kernel_costs_what_its_written_weights_cost_in_the_pipelines_type(tmp_path):
    """The prune's estimate of a float kernel (the design's weight type, the float values) equals the written
    project's (the printed values in the type the project declares) layer by layer, in the rounded type the
    pipeline writes; in `hls.precision` itself (truncating, what the prune used until 2026-12-04) the
    mantissas of this kernel are other than the ones HLS compiles."""
    kernel = np.random.default_rng(3).normal(scale=0.3, size=(16, 4))
    layer = WeightLayer("out", "dense", 16, 4, (16, 4))
    setting = {"out": LayerHls(1, "latency")}
    written_type = parse_precision(rounded("ap_fixed<16,6>"))
    printed = _printed_as_hls4ml_writes(kernel, written_type.fractional, tmp_path / "w2.txt")
    compiled = quantize(printed, written_type)  # what HLS converts the printed literals to

    def estimate(weight: str, values: np.ndarray):
        precisions = Precisions(weight, "ap_fixed<16,6>")
        design = design_layers([layer], setting, precisions, "io_parallel", pruned=True)
        return design[0], estimate_model(design, [values]).layers[0]

    prune_layer, prune_estimate = estimate(rounded("ap_fixed<16,6>"), kernel)
    assert prune_layer.weight_type == written_type
    assert np.array_equal(quantize(kernel, prune_layer.weight_type), compiled)
    assert prune_estimate == estimate(rounded("ap_fixed<16,6>"), printed)[1]
    truncating = estimate("ap_fixed<16,6>", kernel)[0].weight_type
    assert not np.array_equal(quantize(kernel, truncating), compiled)
