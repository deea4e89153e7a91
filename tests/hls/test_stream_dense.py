"""Pruned io_stream Dense layers with the Vitis backend: hls4ml calls the rolled Resource kernel there.

hls4ml 1.3's Vitis `nnet_dense_stream.h` sends every non-Latency Dense layer to `dense_resource`, so a
Resource_Unrolled layer's unrolled code is written but never called and every multiplier stays; Vivado's
calls the configured kernel. fpgaprune builds such a layer as Resource and costs it so, and reads a user's
project that asks for Resource_Unrolled there as Resource.
"""

import pytest

from fpgaprune.config import LayerHls
from fpgaprune.core.hardware.cost import estimate_model
from fpgaprune.core.hardware.project import read_project
from fpgaprune.hls.firmware import read_multipliers

from ..configs import hls_settings
from .tiny import RF, tiny_model

pytest.importorskip("hls4ml")
pytestmark = pytest.mark.slow  # the module fixture trains the tiny model (8 s)

REUSE = {"fc1": LayerHls(RF, "resource"), "output": LayerHls(1, "latency")}


@pytest.fixture(scope="module")
def pruned():
    from fpgaprune.hls.convert import prepare_model

    model = tiny_model(prune=True)
    return model, prepare_model(model)[0]


def _write(pruned, backend, strategies, folder):
    from fpgaprune.hls.convert import write_project

    settings = hls_settings(precision="ap_fixed<16,6>", io_type="io_stream", backend=backend)
    write_project(pruned[1], settings, strategies, folder)
    return folder


@pytest.mark.parametrize(("backend", "built"), [("Vitis", "Resource"), ("Vivado", "Resource_Unrolled")])
def test_the_pruned_layer_is_built_as_the_backend_runs_it(pruned, backend, built):
    from fpgaprune.hls.convert import layer_strategies

    assert layer_strategies(pruned[0], REUSE, "io_stream", pruned=True, backend=backend)["fc1"] == (RF, built)
    assert layer_strategies(pruned[0], REUSE, "io_parallel", pruned=True, backend=backend)["fc1"] == (
        RF,
        "Resource_Unrolled",
    )


@pytest.mark.parametrize(("backend", "calls_kernel"), [("Vitis", False), ("Vivado", True)])
def test_hls4ml_calls_the_stream_kernel_only_in_vivado(pruned, tmp_path, backend, calls_kernel):
    """The hls4ml fact the rule rests on, read from the firmware hls4ml writes."""
    project = _write(pruned, backend, {"fc1": (RF, "Resource_Unrolled"), "output": (1, "Latency")}, tmp_path)
    header = (project / "firmware" / "nnet_utils" / "nnet_dense_stream.h").read_text()
    assert ("CONFIG_T::template kernel" in header) is calls_kernel
    assert "dense_resource_unrolled_" in (project / "firmware" / "parameters.h").read_text()


@pytest.mark.parametrize(("backend", "strategy"), [("Vitis", "resource"), ("Vivado", "resource_unrolled")])
def test_a_project_asking_for_unrolled_is_read_as_it_runs(pruned, tmp_path, backend, strategy):
    project = _write(pruned, backend, {"fc1": (RF, "Resource_Unrolled"), "output": (1, "Latency")}, tmp_path)
    layers, kernels, _ = read_project(project)
    fc1 = next(layer for layer in layers if layer.name == "fc1")
    assert fc1.strategy == strategy
    dsp = estimate_model([fc1], [kernels[layers.index(fc1)]]).layers[0].dsp
    all_patterns = fc1.block_factor  # the rolled kernel keeps one multiplier per pattern, zero or not
    assert (dsp == all_patterns) is (backend == "Vitis")
    written = {layer.name: layer for layer in read_multipliers(project)}["fc1"]
    assert written.strategy == strategy
    assert (written.multipliers == all_patterns) is (backend == "Vitis")


def test_the_pruner_warns_of_layers_where_zeros_save_nothing(caplog):
    from fpgaprune.core.hardware.layer import LayerHardware
    from fpgaprune.pruning.run import _warn_rolled

    rolled = LayerHardware("fc1", "dense", (16, 8), reuse_factor=RF, strategy="resource", io_type="io_stream")
    unrolled = LayerHardware("fc2", "dense", (8, 4), reuse_factor=RF, strategy="resource_unrolled")
    constant = LayerHardware("fc3", "dense", (4, 4), reuse_factor=1, strategy="resource", io_type="io_stream")
    with caplog.at_level("WARNING", logger="fpgaprune.pruning.run"):
        _warn_rolled([rolled, unrolled, constant])  # fc3: Resource at RF 1 keeps constant weights
    assert [record.getMessage().split(" run ")[0] for record in caplog.records] == ["layers fc1"]
    assert (
        caplog.records[0]
        .getMessage()
        .endswith(
            "(to save them: the latency strategy, or io_parallel or the Vivado backend for the Dense layers)"
        )
    )


def test_the_way_out_of_the_rolled_kernel_follows_the_layers_kind():
    """A Conv1D tagger's io_parallel convolutions (Vitis, Resource, RF 3 and 4) were told "io_parallel for
    Dense layers"; hls4ml unrolls a pruned convolution only under io_stream."""
    from fpgaprune.core.hardware.layer import LayerHardware, unrolling_ways

    conv = LayerHardware(
        "conv1", "conv1d", (3, 3, 8), reuse_factor=3, strategy="resource", output_positions=14
    )
    dense = LayerHardware("fc1", "dense", (16, 8), reuse_factor=RF, strategy="resource", io_type="io_stream")
    assert conv.runs_rolled_kernel and dense.runs_rolled_kernel
    assert unrolling_ways([conv]) == "the latency strategy, or io_stream for the convolutions"
    assert unrolling_ways([conv, dense]) == (
        "the latency strategy, or io_stream for the convolutions, or io_parallel or the Vivado backend for "
        "the Dense layers"
    )
    # the largest reuse factor: hls4ml unrolls no kernel there, whatever the IO type and backend (an io_stream
    # Vivado ResNet at RF n_in x n_out was told to use io_stream and the Vivado backend)
    largest = LayerHardware(
        "q_dense", "dense", (64, 10), reuse_factor=640, strategy="resource", io_type="io_stream"
    )
    stream_conv = LayerHardware(
        "q_conv",
        "conv2d",
        (3, 3, 4, 8),
        reuse_factor=288,
        strategy="resource",
        io_type="io_stream",
        output_positions=16,
    )
    assert largest.runs_rolled_kernel and stream_conv.runs_rolled_kernel
    assert unrolling_ways([stream_conv, largest]) == (
        "the latency strategy, or a reuse factor below n_in x n_out for q_conv, q_dense"
    )
