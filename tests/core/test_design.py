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


_TWO_DENSE = [WeightLayer("d1", "dense", 12, 8, (12, 8)), WeightLayer("d2", "dense", 8, 3, (8, 3))]
_ON_A_GRID = [np.random.default_rng(0).integers(-3, 4, shape) / 4 for shape in ((12, 8), (8, 3))]


def _registers_and_ff(d1_strategy: str, pipeline_style: str = "auto", result: str | None = "fixed<12,4>"):
    """{layer: result register} of the two-Dense design (d1 RF 2 at `d1_strategy`, d2 Latency) and {layer:
    (latency, FF with the register, FF without it)}."""
    from dataclasses import replace

    setting = {"d1": LayerHls(2, d1_strategy), "d2": LayerHls(1, "latency")}
    precisions = Precisions("fixed<6,3>", "fixed<16,6>", result=result, pipeline_style=pipeline_style)
    design = design_layers(_TWO_DENSE, setting, precisions, "io_parallel", pruned=False)
    with_register = estimate_model(design, _ON_A_GRID).layers
    bare = [replace(layer, result_register=None) for layer in design]
    without = estimate_model(bare, _ON_A_GRID).layers
    ff = {e.name: (e.latency_cycles, e.ff, b.ff) for e, b in zip(with_register, without)}
    return {layer.name: layer.result_register for layer in design}, ff


def test_a_zero_cycle_dense_of_a_dataflow_design_carries_its_result_register():
    """d1's Resource strategy makes hls4ml's "auto" top DATAFLOW (`glue.design_schedule`): each Dense holds
    its n_out results of its result type in a register, which the 0-cycle d2's estimate adds to its FF by
    `glue.result_register_ff` (3 x 12 + 2) and the 4-cycle d1's does not. A structure's cost keeps it
    fixed."""
    from fpgaprune.core.hardware.cost import structure_costs
    from fpgaprune.core.hardware.glue import DATAFLOW_OUTPUT_CONTROL_FF

    registers, ff = _registers_and_ff("resource")
    assert registers == {"d1": (8, 12), "d2": (3, 12)}
    (d1_latency, d1_ff, d1_bare), (d2_latency, d2_ff, d2_bare) = ff["d1"], ff["d2"]
    assert d1_latency > 0 and d1_ff == d1_bare
    assert d2_latency == 0 and d2_ff == d2_bare + 3 * 12 + DATAFLOW_OUTPUT_CONTROL_FF
    setting = {"d1": LayerHls(2, "resource"), "d2": LayerHls(1, "latency")}
    precisions = Precisions("fixed<6,3>", "fixed<16,6>", result="fixed<12,4>")
    d2 = design_layers(_TWO_DENSE, setting, precisions, "io_parallel", pruned=False)[1]
    costs = structure_costs(d2, _ON_A_GRID[1], "pattern")
    assert round(costs.fixed["ff"] - 3 * 12 - DATAFLOW_OUTPUT_CONTROL_FF + costs.cost["ff"].sum()) == d2_bare


@pytest.mark.parametrize(
    ("d1_strategy", "pipeline_style", "result", "registered"),
    [
        ("latency", "auto", "fixed<12,4>", False),  # hls4ml's "auto": a PIPELINE top
        ("resource", "pipeline", "fixed<12,4>", False),  # the configuration's PipelineStyle decides
        ("latency", "dataflow", "fixed<12,4>", True),
        ("resource", "auto", None, False),  # a result type not known: no register
    ],
)
def test_the_result_register_only_where_the_top_is_dataflow(d1_strategy, pipeline_style, result, registered):
    registers, ff = _registers_and_ff(d1_strategy, pipeline_style, result)
    assert (registers["d2"] is not None) == registered
    assert (ff["d2"][1] > ff["d2"][2]) == registered


def test_an_auto_result_is_the_type_hls4ml_infers_from_what_the_layer_reads():
    """`core.design.result_type`: an `auto` result is `auto_result` of the layer's input (the first layer's
    the model input), weight and bias types: fixed<8,3> inputs x fixed<6,3> weights, 12 products, the
    bias."""
    from fpgaprune.core.design import auto_result, result_type

    precisions = Precisions("fixed<6,3>", "fixed<16,6>", input="fixed<8,3>", result="auto")
    setting = {"d1": LayerHls(1, "latency"), "d2": LayerHls(1, "latency")}
    first = design_layers(_TWO_DENSE, setting, precisions, "io_parallel", pruned=False)[0]
    assert parse_precision(result_type(precisions, first)) == first.accum_type  # the `auto` accumulator's
    assert result_type(precisions, first) != auto_result(precisions, 12)  # not from the layers' data type
