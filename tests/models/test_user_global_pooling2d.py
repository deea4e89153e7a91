"""A user's CNN ending in a GlobalAveragePooling2D or GlobalMaxPooling2D (hls4ml's GlobalPooling2D): accepted,
pruned by `fpgaprune optimize`, and its written hls4ml project typed and simulated as fpgaprune designed it.

Until 2026-12-03 `check_supported` refused both layers by name, though hls4ml converts them (io_parallel and
io_stream) and the estimator costs them (`core.hardware.pooling`)."""

import json
from functools import partial

import pytest

from .optimized import (
    CHANNELS,
    CLASSES,
    RELU,
    SIDE,
    WEIGHTS,
    check_simulated_as_keras,
    images,
    optimize,
    pruned_model,
    trained,
    written_as_designed,
)


def _model(pooling: str):
    """QConv2D 3x3 (8) -> quantized ReLU -> QConv2D 3x3 (8) -> quantized ReLU -> `pooling` -> QDense (logits)
    -> softmax."""
    from fpgaprune.compat import keras

    import qkeras

    inputs = keras.Input((SIDE, SIDE, CHANNELS), name="image")
    h = qkeras.QConv2D(8, 3, kernel_quantizer=WEIGHTS, bias_quantizer=WEIGHTS, name="conv1")(inputs)
    h = qkeras.QActivation(RELU, name="relu1")(h)
    h = qkeras.QConv2D(8, 3, kernel_quantizer=WEIGHTS, bias_quantizer=WEIGHTS, name="conv2")(h)
    h = qkeras.QActivation(RELU, name="relu2")(h)
    h = getattr(keras.layers, pooling)(name="pool")(h)
    logits = qkeras.QDense(CLASSES, kernel_quantizer=WEIGHTS, bias_quantizer=WEIGHTS, name="output")(h)
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(logits))


@pytest.mark.parametrize("pooling", ["GlobalAveragePooling2D", "GlobalMaxPooling2D"])
def test_a_cnn_ending_in_a_global_pooling_2d_is_accepted_and_read_as_hls4ml_types_it(pooling):
    """hls4ml 1.3 has no `auto` rule for GlobalPooling2D (`InferPrecisionTypes`): its result is the Model
    default, which the Dense after it reads, not the quantized ReLU's type before it."""
    from fpgaprune.models.user import check_supported, hls_design, weight_layers

    model = _model(pooling)
    check_supported(model)
    conv2 = weight_layers(model)[1]
    assert (conv2.n_in, conv2.n_out, conv2.positions) == (9 * 8, 8, (SIDE - 4) ** 2)
    hls_config = {
        "Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1, "Strategy": "Latency"},
        "LayerName": {"relu2": {"Precision": {"result": "ufixed<8,3>"}}},
    }
    assert hls_design(model, hls_config).precisions["output"].data == "fixed<16,6>"
    hls_config["LayerType"] = {"GlobalPooling2D": {"Precision": {"result": "fixed<12,4>"}}}  # hls4ml's class
    assert hls_design(model, hls_config).precisions["output"].data == "fixed<12,4>"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("pooling", "io_type"), [("GlobalAveragePooling2D", "io_parallel"), ("GlobalMaxPooling2D", "io_stream")]
)
def test_a_global_pooling_cnn_is_pruned_built_and_simulated_as_keras_computes_it(tmp_path, pooling, io_type):
    """`fpgaprune optimize --hls` on a trained QKeras CNN with hls4ml's own per-name configuration: a DSP
    budget is met by pruning, the written project's weight layers have the types, reuse factors and
    strategies fpgaprune designed (`core.hardware.project.read_project`: what the project's firmware
    declares), and its C simulation computes Keras's logits bit for bit."""
    config = trained(partial(_model, pooling), images, tmp_path)
    config["LayerName"]["conv1"].update(ReuseFactor=2, Strategy="Resource")
    # a 4x4 average of ufixed<8,3> sums up to 124 before dividing: an accumulator that holds it
    config["LayerName"]["pool"]["Precision"]["accum"] = "fixed<24,12>"
    out = optimize(tmp_path, config, io_type, "--budget", "dsp=0.5")

    pruned, masks = pruned_model(out)
    assert set(masks) == {"conv1", "conv2", "output"}
    metrics = json.loads((out / "metrics.json").read_text())
    selection = metrics["selection"]  # the estimated DSP of the layers whose pruned weights save some
    assert selection["kept_cost"]["dsp"] <= selection["budget"]["dsp"] < selection["baseline"]["dsp"]

    designed = written_as_designed(pruned, out, tmp_path / "hls.yml", io_type)
    output = {layer.name: layer for layer in designed}["output"]
    assert str(output.input_type) == "ap_fixed<16,6>"  # the GlobalPooling2D's `auto` result: Model default
    check_simulated_as_keras(out)
