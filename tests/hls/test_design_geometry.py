"""The pipeline's design layers have the geometry of the hls4ml project they become: the cost model then gives
the pruner and `fpgaprune estimate PROJECT_DIR` the same numbers (io_stream convolution latency counts the
input pixels after hls4ml's zero padding; the io_parallel top's registers count each convolution's input)."""

import pytest

from fpgaprune.core.design import LayerHls, Precisions, design_layers
from fpgaprune.core.hardware.project import read_project
from fpgaprune.core.zoo import get_architecture, weight_layers
from fpgaprune.models.build import build_model

from ..configs import hls_settings

GEOMETRY = (
    "kind",
    "kernel_shape",
    "input_positions",
    "output_positions",
    "parallelization_factor",
    "input_packed",
)


@pytest.mark.parametrize("io_type", ["io_parallel", "io_stream"])
def test_lenet5_design_layers_match_the_written_project(tmp_path, io_type):
    """LeNet-5's conv1 has 'same' padding: 28 x 28 inputs in io_parallel, 32 x 32 once padded in io_stream."""
    from fpgaprune.hls.convert import layer_strategies, prepare_model, write_project

    architecture = get_architecture("lenet5")
    model = build_model(architecture)
    reuse = {layer.name: LayerHls(1, "latency") for layer in weight_layers(architecture)}
    settings = hls_settings(precision="ap_fixed<16,6>", io_type=io_type, backend="Vitis")
    strategies = layer_strategies(model, reuse, io_type, pruned=False, backend="Vitis")
    write_project(prepare_model(model)[0], settings, strategies, tmp_path / "prj")

    precisions = Precisions("ap_fixed<16,6>", "ap_fixed<16,6>", None, "auto")
    designed = design_layers(weight_layers(architecture), reuse, precisions, io_type, pruned=False)
    read = {layer.name: layer for layer in read_project(tmp_path / "prj")[0]}
    for layer in designed:
        assert {key: getattr(layer, key) for key in GEOMETRY} == {
            key: getattr(read[layer.name], key) for key in GEOMETRY
        }, layer.name
    conv1 = next(layer for layer in designed if layer.name == "conv1")
    assert conv1.input_positions == (32 * 32 if io_type == "io_stream" else 28 * 28)


@pytest.mark.parametrize("io_type", ["io_parallel", "io_stream"])
def test_a_user_models_strided_same_convolution_matches_the_written_project(tmp_path, io_type):
    """'same' padding at stride 2 on 9 x 9 inputs: 5 x 5 outputs, padded to 11 x 11 in io_stream."""
    from fpgaprune.compat import keras

    from fpgaprune.hls.convert import layer_strategies, prepare_model, write_project
    from fpgaprune.models.user import weight_layers as user_weight_layers

    inputs = keras.Input(shape=(9, 9, 2))
    x = keras.layers.Conv2D(3, 3, strides=2, padding="same", name="conv")(inputs)
    x = keras.layers.Flatten()(x)
    logits = keras.layers.Dense(4, name="output")(x)
    model = keras.Model(inputs, keras.layers.Activation("softmax")(logits))
    reuse = {"conv": LayerHls(1, "latency"), "output": LayerHls(1, "latency")}
    settings = hls_settings(precision="ap_fixed<16,6>", io_type=io_type, backend="Vitis")
    strategies = layer_strategies(model, reuse, io_type, pruned=False, backend="Vitis")
    write_project(prepare_model(model)[0], settings, strategies, tmp_path / "prj")

    precisions = Precisions("ap_fixed<16,6>", "ap_fixed<16,6>", None, "auto")
    conv = design_layers(user_weight_layers(model), reuse, precisions, io_type, pruned=False)[0]
    read = read_project(tmp_path / "prj")[0][0]
    assert {key: getattr(conv, key) for key in GEOMETRY} == {key: getattr(read, key) for key in GEOMETRY}
    assert (conv.input_positions, conv.output_positions) == (121 if io_type == "io_stream" else 81, 25)


@pytest.mark.parametrize("backend", ["Vivado", "Vitis"])
def test_only_a_layer_reading_the_model_input_reads_the_packed_port(tmp_path, backend):
    """io_parallel: the top packs the model input into one word (ARRAY_RESHAPE); the rolled Resource kernel
    indexes it with shifters. A Dense behind a Flatten reads the port, one behind a BatchNormalization or
    another Dense does not."""
    from fpgaprune.compat import keras

    from fpgaprune.hls.convert import layer_strategies, prepare_model, write_project
    from fpgaprune.models.user import weight_layers as user_weight_layers

    inputs = keras.Input(shape=(4, 4))
    x = keras.layers.Dense(8, name="fc1")(keras.layers.Flatten()(inputs))
    x = keras.layers.Dense(8, name="fc2")(keras.layers.BatchNormalization()(x))
    logits = keras.layers.Dense(4, name="output")(x)
    model = keras.Model(inputs, keras.layers.Activation("softmax")(logits))
    reuse = {
        "fc1": LayerHls(4, "resource"),
        "fc2": LayerHls(2, "resource"),
        "output": LayerHls(2, "resource"),
    }
    settings = hls_settings(precision="ap_fixed<16,6>", io_type="io_parallel", backend=backend)
    strategies = layer_strategies(model, reuse, "io_parallel", pruned=False, backend=backend)
    write_project(prepare_model(model)[0], settings, strategies, tmp_path / "prj")

    precisions = Precisions("ap_fixed<16,6>", "ap_fixed<16,6>", None, "auto")
    designed = design_layers(user_weight_layers(model), reuse, precisions, "io_parallel", pruned=False)
    read = {layer.name: layer for layer in read_project(tmp_path / "prj")[0]}
    assert [layer.input_packed for layer in designed] == [True, False, False]
    assert [read[layer.name].input_packed for layer in designed] == [True, False, False]
