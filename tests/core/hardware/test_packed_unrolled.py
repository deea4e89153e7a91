"""The top's packed input word (`LayerHardware.input_packed`) read by hls4ml's Resource_Unrolled kernel.

hls4ml io_parallel writes `#pragma HLS ARRAY_RESHAPE` on the top function's input, so the first weight
layer reads one packed word; `fpgaprune estimate` reads that from the project, the pruning path's
`design_layers` does not. The rolled Resource kernel indexes that word with a variable (`data[in_index]`),
which HLS builds as shifters (`logic.rom_input_shifters`, docs/cost-model-record.md 2.17); the generated
unrolled kernel reads constant indices only, so its estimate does not depend on the packing and the two paths
give one number for the same layer (branch fc1gap: they differed by the shifters, 25,982 LUT on the digits
MLP's fc1).
"""

import re

import pytest

from fpgaprune.core.design import LayerHls, Precisions, design_layers
from fpgaprune.core.hardware.cost import estimate_layer, rom_kernel
from fpgaprune.core.hardware.logic import rom_input_shifters
from fpgaprune.core.hardware.project import read_project
from fpgaprune.core.zoo import WeightLayer

from .hls4ml_projects import DENSE_SHAPE, sparse_kernel, unrolled_kernel_code, write_project

RESOURCES = ("dsp", "bram_18k", "lut", "ff")


def _written(tmp_path_factory, strategy: str):
    """A one-Dense-layer project hls4ml writes at RF 4, io_parallel: (strategy, path, layer, kernel,
    target)."""
    pytest.importorskip("hls4ml")
    kernel = sparse_kernel(DENSE_SHAPE, seed=3)
    path = write_project(tmp_path_factory.mktemp(strategy), "dense", kernel, 4, strategy, "io_parallel")
    layers, kernels, target = read_project(path)
    return strategy, path, layers[0], kernels[0], target


@pytest.fixture(scope="module")
def unrolled(tmp_path_factory):
    return _written(tmp_path_factory, "Resource_Unrolled")


@pytest.fixture(scope="module")
def rolled(tmp_path_factory):
    return _written(tmp_path_factory, "Resource")


def _pruning_path_layer(project_layer, strategy: str):
    """The same layer as the pruning path describes it (`design_layers`), with the project's types."""
    weights = [WeightLayer("fc", "dense", *DENSE_SHAPE, DENSE_SHAPE)]
    types = Precisions(
        weight=str(project_layer.weight_type),
        data=str(project_layer.input_type),
        accum=str(project_layer.accum_type),
    )
    setting = {"fc": LayerHls(4, strategy.lower())}
    return design_layers(weights, setting, types, "io_parallel", pruned=strategy == "Resource_Unrolled")[0]


def _counts(layer, kernel, target) -> dict:
    estimate = estimate_layer(layer, kernel, target)
    return {r: getattr(estimate, r) for r in RESOURCES}


@pytest.mark.parametrize("which", ["unrolled", "rolled"])
def test_the_project_s_first_layer_reads_the_packed_port_the_pruning_path_does_not(which, request):
    strategy, _, layer, _, _ = request.getfixturevalue(which)
    assert layer.input_packed and layer.strategy == strategy.lower()
    assert not _pruning_path_layer(layer, strategy).input_packed


def test_the_unrolled_kernel_indexes_its_input_with_constants_and_costs_no_shifter(unrolled):
    strategy, path, layer, kernel, target = unrolled
    code = (path / "firmware" / "nnet_utils" / "nnet_code_gen.h").read_text()
    _, products = unrolled_kernel_code(path)
    # every product hls4ml generated reads data[<literal>]: none indexes the word with a variable
    assert products and len(products) == len(re.findall(r"product\(data\[", code))
    assert rom_input_shifters(rom_kernel(layer, kernel, target)) == 0
    # one number for one layer: the project's estimate equals the pruning path's
    design = _pruning_path_layer(layer, strategy)
    assert _counts(layer, kernel, target) == _counts(design, kernel, target)


def test_the_rolled_kernel_keeps_the_shifters_of_the_packed_word(rolled):
    strategy, _, layer, kernel, target = rolled
    assert rom_input_shifters(rom_kernel(layer, kernel, target)) == -(-DENSE_SHAPE[0] // 4)
    packed = _counts(layer, kernel, target)
    unpacked = _counts(_pruning_path_layer(layer, strategy), kernel, target)
    # the shifters are LUT; DSP and BRAM do not see the packing
    assert packed["lut"] > unpacked["lut"]
    assert {r: packed[r] for r in ("dsp", "bram_18k")} == {r: unpacked[r] for r in ("dsp", "bram_18k")}
