"""The pipeline's design layers have the geometry of the hls4ml project they become: the cost model then gives
the pruner and `fpgaprune estimate PROJECT_DIR` the same numbers (io_stream convolution latency counts the
input pixels after hls4ml's zero padding; the io_parallel top's registers count each convolution's input; an
io_stream Dense after a Flatten reads the flattened tensor's stream, one word per pixel)."""

import warnings

from fpgaprune.compat import keras

import pytest

from fpgaprune.core.design import LayerHls, Precisions, design_layers
from fpgaprune.core.hardware.project import read_project
from fpgaprune.core.zoo import get_architecture, weight_layers
from fpgaprune.models.build import build_model

from ..configs import hls_settings
from .tiny import random_weights

GEOMETRY = (
    "kind",
    "kernel_shape",
    "input_positions",
    "output_positions",
    "parallelization_factor",
    "input_packed",
    "stream_input_pack",
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


def _conv2d_flatten():
    inputs = keras.layers.Input((6, 6, 2))
    x = keras.layers.Conv2D(4, 3, activation="relu", name="conv")(inputs)
    return inputs, keras.layers.Flatten(name="flatten")(x)


def _conv1d_flatten():
    inputs = keras.layers.Input((8, 2))
    x = keras.layers.Conv1D(3, 3, activation="relu", name="conv")(inputs)
    return inputs, keras.layers.Flatten(name="flatten")(x)


def _pooled_dropout_reshape():
    """A 1-D Reshape is read in place as a Flatten is; Dropout hls4ml leaves out."""
    inputs = keras.layers.Input((6, 6, 2))
    x = keras.layers.Conv2D(3, 3, activation="relu", name="conv")(inputs)
    x = keras.layers.Dropout(0.1, name="drop")(keras.layers.MaxPooling2D(2, name="pool")(x))
    return inputs, keras.layers.Reshape((12,), name="reshape")(x)


def _repacked_then_flattened():
    """A Reshape to more than one dimension is a Repack, whose words are its own last dimension."""
    inputs = keras.layers.Input((12,))
    x = keras.layers.Dense(8, activation="relu", name="fc0")(inputs)
    x = keras.layers.Reshape((4, 2), name="reshape")(x)
    x = keras.layers.Conv1D(3, 2, activation="relu", name="conv")(x)
    return inputs, keras.layers.Flatten(name="flatten")(keras.layers.Reshape((9, 1), name="repack")(x))


def _model_input_flattened():
    inputs = keras.layers.Input((4, 3))
    return inputs, keras.layers.Flatten(name="flatten")(inputs)


def _with_dense_head(build):
    """`build`'s flattened tensor -> Dense fc1 (ReLU) -> Dense output -> softmax, with random weights."""
    inputs, x = build()
    x = keras.layers.Dense(5, activation="relu", name="fc1")(x)
    x = keras.layers.Dense(3, name="output")(x)
    model = keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))
    return random_weights(model)


def _smallest_reuse_factor(layer, strategy: str) -> int:
    from fpgaprune.core.hardware.reuse import valid_reuse_factors

    return (
        1
        if strategy == "latency"
        else min(rf for rf in valid_reuse_factors(layer.n_in, layer.n_out) if rf > 1)
    )


@pytest.mark.parametrize(
    ("build", "strategy", "backend", "fc1_pack"),
    [
        (_conv2d_flatten, "latency", "Vitis", 4),
        (_conv2d_flatten, "resource", "Vivado", 4),
        (_conv1d_flatten, "latency", "Vivado", 3),
        (_conv1d_flatten, "resource", "Vitis", 3),
        (_pooled_dropout_reshape, "latency", "Vitis", 3),
        (_repacked_then_flattened, "latency", "Vitis", 1),
        (_model_input_flattened, "resource", "Vitis", 3),
    ],
)
def test_a_stream_dense_after_a_flatten_is_estimated_as_the_written_project(
    tmp_path, build, strategy, backend, fc1_pack
):
    """io_stream: hls4ml streams a tensor in words of its last dimension, and a Flatten (or a Reshape to one
    dimension) is the stream it reads (`InplaceStreamFlatten`): the Dense after it reads one word of c values
    per pixel, one a cycle. Every weight layer's DSP, LUT, FF, latency and II estimated from the prune side's
    design equal those estimated from the written project (`fpgaprune estimate`). Before (Vitis, Conv2D 6x6x2
    -> 4 filters 3x3 -> Flatten -> Dense 64 -> 5, Latency RF 1): fc1 4 cycles prune side, 20 from the project
    (16 words + 1 to drain, taken as one); Resource RF 2: 7 and 23; LUT, FF and DSP already agreed."""
    from fpgaprune.core.hardware.cost import estimate_model
    from fpgaprune.core.hardware.glue import estimate_project_files
    from fpgaprune.core.hardware.project import project_target, read_project_files
    from fpgaprune.hls.convert import convert_with_config, hls4ml_config, layer_strategies, prepare_model
    from fpgaprune.models.build import built_kernel
    from fpgaprune.models.user import model_precisions
    from fpgaprune.models.user import weight_layers as user_weight_layers

    model = _with_dense_head(build)
    settings = hls_settings(
        precision="ap_fixed<16,6>", input_precision="ufixed<8,1>", io_type="io_stream", backend=backend
    )
    weights = user_weight_layers(model)
    reuse = {layer.name: LayerHls(_smallest_reuse_factor(layer, strategy), strategy) for layer in weights}
    strategies = layer_strategies(model, reuse, "io_stream", pruned=False, backend=backend)
    hls_input = prepare_model(model, "output")[0]
    config = hls4ml_config(hls_input, settings, strategies, "output")
    convert_with_config(hls_input, config, settings, strategies, tmp_path)
    files = read_project_files(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the estimate's notes on narrow products
        _, project = estimate_project_files(files)
    precisions = model_precisions(model, settings)
    designed = design_layers(weights, reuse, precisions, "io_stream", pruned=False, backend=backend)
    kernels = [built_kernel(model.get_layer(layer.name)) for layer in designed]
    side = estimate_model(designed, kernels, project_target(files)).as_dict()["layers"]

    assert {layer.name: layer.stream_input_pack for layer in designed}["fc1"] == fc1_pack
    read = {layer.name: layer for layer in read_project(tmp_path)[0]}
    for layer in designed:
        assert {key: getattr(layer, key) for key in GEOMETRY} == {
            key: getattr(read[layer.name], key) for key in GEOMETRY
        }, layer.name
    kinds = ("dsp", "lut", "ff", "latency_cycles", "ii")
    for name in side:
        assert {k: side[name][k] for k in kinds} == {k: project["layers"][name][k] for k in kinds}, name
