"""A user's float CNN with ZeroPadding2D or ZeroPadding1D before its convolutions and LeakyReLU, PReLU or ELU
layers after them: accepted, read as hls4ml 1.3 types it, pruned by `fpgaprune optimize --hls`, and its
written hls4ml project typed and simulated as fpgaprune designed it.

Until 2026-12-04 `check_supported` refused these layers by name, though hls4ml converts them (io_parallel and
io_stream) and the project-side estimate costs them (`core.hardware.padding`, `core.hardware.otheract`)."""

import json

import numpy as np
import pytest

from .optimized import (
    CHANNELS,
    CLASSES,
    RELU,
    SIDE,
    check_simulated_as_keras,
    images,
    optimize,
    pruned_model,
    trained,
    written_as_designed,
)

COARSE = "quantized_bits(6,2,alpha=1)"  # `_qcnn2d`'s weights: fixed<6,3>, 3 fraction bits
STEPS = SIDE * SIDE * CHANNELS // 4  # `signals`: each image read as 32 steps of 4 features


def signals(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """`images` read as sequences (32 steps of 4 features: two pixels' two channels), on the same grid."""
    x, y = images(n, seed)
    return x.reshape(n, STEPS, 4), y


def _cnn2d():
    """ZeroPadding2D -> Conv2D 3x3 (4) -> LeakyReLU(0.125) -> ZeroPadding2D (asymmetric) -> Conv2D 3x3 (4)
    -> PReLU -> MaxPooling2D -> Flatten -> Dense (logits) -> softmax."""
    from fpgaprune.compat import keras

    inputs = keras.Input((SIDE, SIDE, CHANNELS), name="image")
    h = keras.layers.ZeroPadding2D(1, name="pad1")(inputs)
    h = keras.layers.Conv2D(4, 3, name="conv1")(h)
    h = keras.layers.LeakyReLU(0.125, name="leaky")(h)
    h = keras.layers.ZeroPadding2D(((0, 1), (1, 0)), name="pad2")(h)
    h = keras.layers.Conv2D(4, 3, name="conv2")(h)
    h = keras.layers.PReLU(name="prelu")(h)
    h = keras.layers.MaxPooling2D(2, name="pool")(h)
    logits = keras.layers.Dense(CLASSES, name="output")(keras.layers.Flatten(name="flatten")(h))
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(logits))


def _cnn1d():
    """ZeroPadding1D -> Conv1D 3 (4) -> LeakyReLU(0.125) -> ZeroPadding1D (asymmetric) -> Conv1D 3 (4) -> ELU
    -> MaxPooling1D -> Flatten -> Dense (logits) -> softmax."""
    from fpgaprune.compat import keras

    inputs = keras.Input((STEPS, 4), name="signal")
    h = keras.layers.ZeroPadding1D(1, name="pad1")(inputs)
    h = keras.layers.Conv1D(4, 3, name="conv1")(h)
    h = keras.layers.LeakyReLU(0.125, name="leaky")(h)
    h = keras.layers.ZeroPadding1D((2, 0), name="pad2")(h)
    h = keras.layers.Conv1D(4, 3, name="conv2")(h)
    h = keras.layers.ELU(name="elu")(h)
    h = keras.layers.MaxPooling1D(2, name="pool")(h)
    logits = keras.layers.Dense(CLASSES, name="output")(keras.layers.Flatten(name="flatten")(h))
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(logits))


def _qcnn2d():
    """The QKeras form for a bit-exact C simulation: ZeroPadding2D -> QConv2D 3x3 (4) -> quantized ReLU ->
    ZeroPadding2D (asymmetric) -> QConv2D 3x3 (4) -> LeakyReLU(0.125) -> MaxPooling2D -> Flatten -> QDense
    (logits) -> softmax, with 3 fraction bits in the weights (`COARSE`) so that every value Keras computes
    in float32 is exact (the logits need 14 fraction bits)."""
    from fpgaprune.compat import keras

    import qkeras

    def conv(name):
        return qkeras.QConv2D(4, 3, kernel_quantizer=COARSE, bias_quantizer=COARSE, name=name)

    inputs = keras.Input((SIDE, SIDE, CHANNELS), name="image")
    h = conv("conv1")(keras.layers.ZeroPadding2D(1, name="pad1")(inputs))
    h = qkeras.QActivation(RELU, name="relu")(h)
    h = conv("conv2")(keras.layers.ZeroPadding2D(((0, 1), (1, 0)), name="pad2")(h))
    h = keras.layers.LeakyReLU(0.125, name="leaky")(h)
    h = keras.layers.Flatten(name="flatten")(keras.layers.MaxPooling2D(2, name="pool")(h))
    logits = qkeras.QDense(CLASSES, kernel_quantizer=COARSE, bias_quantizer=COARSE, name="output")(h)
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(logits))


def test_the_layers_are_accepted_and_a_convolution_after_a_padding_reads_its_padded_positions():
    """conv2 reads pad2's padded map (conv1's 8x8 and one row and column: 9x9 inputs, 7x7 outputs) and the
    LeakyReLU's result, a ParametrizedActivation's `auto` one: the Model default (hls4ml 1.3 has no rule for
    it), which a `LayerType: ParametrizedActivation` entry changes (hls4ml's class, not Keras's)."""
    from fpgaprune.models.user import check_supported, hls_design, weight_layers

    model = _cnn2d()
    check_supported(model)
    conv1, conv2, _ = weight_layers(model)
    assert (conv1.input_positions, conv1.positions) == ((SIDE + 2) ** 2, SIDE**2)
    assert (conv2.input_positions, conv2.positions, conv2.reads_model_input) == (81, 49, False)
    assert not conv1.reads_model_input  # pad1 lies between: hls4ml's top passes it pad1's array
    hls_config = {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1, "Strategy": "Latency"}}
    assert hls_design(model, hls_config).precisions["conv2"].data == "fixed<16,6>"
    hls_config["LayerType"] = {"ParametrizedActivation": {"Precision": {"result": "fixed<12,4>"}}}
    assert hls_design(model, hls_config).precisions["conv2"].data == "fixed<12,4>"
    # hls4ml ignores a zero padding's own result type: the padding keeps the LeakyReLU's
    hls_config["LayerName"] = {"pad2": {"Precision": {"result": "fixed<8,3>"}}}
    assert hls_design(model, hls_config).precisions["conv2"].data == "fixed<12,4>"


def test_a_prelu_with_shared_axes_is_refused_in_one_line():
    from fpgaprune.compat import keras

    from fpgaprune.models.user import check_supported

    inputs = keras.Input((SIDE, SIDE, CHANNELS))
    h = keras.layers.Conv2D(4, 3, name="conv")(inputs)
    h = keras.layers.PReLU(shared_axes=[1, 2], name="prelu")(h)
    logits = keras.layers.Dense(CLASSES, name="output")(keras.layers.Flatten()(h))
    model = keras.Model(inputs, keras.layers.Activation("softmax")(logits))
    with pytest.raises(
        ValueError, match=r"^layer 'prelu' is a PReLU with shared_axes=\[1, 2\].*without shared_axes$"
    ):
        check_supported(model)


CASES = {
    "cnn2d": (_cnn2d, images, "io_parallel"),
    "cnn1d": (_cnn1d, signals, "io_stream"),
    "qcnn2d": (_qcnn2d, images, "io_stream"),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES)
def test_a_padded_leaky_cnn_is_pruned_built_and_simulated(tmp_path, case):
    """`fpgaprune optimize --hls` on a trained CNN with hls4ml's own per-name configuration: a DSP budget is
    met by pruning, the written project's weight layers have the types, reuse factors and strategies fpgaprune
    designed, the estimate the prune side gave each weight layer (the convolutions after a zero padding, the
    Dense after the Flatten, io_stream's one word per pixel) is the estimate of the written project's
    (`core.hardware.glue.estimate_project`), which also costs the paddings and activations, and the C
    simulation classifies as Keras does. The float CNNs' logits are not Keras's bit for bit: their float
    weights are written in fixed<16,6> (truncated, hls4ml's per-name configuration) and each `auto` activation
    result truncates Keras's float values to the Model default. The QKeras CNN's, whose LeakyReLU result is
    given room for its values (`fixed<24,10>`), are."""
    from fpgaprune.core.hardware.glue import estimate_project

    build, data, io_type = CASES[case]
    config = trained(build, data, tmp_path)
    config["LayerName"]["conv2"].update(ReuseFactor=4, Strategy="Resource")
    if case == "qcnn2d":  # conv2's sums have 8 fraction bits, times 0.125: 11, which fixed<16,6> would cut
        config["LayerName"]["leaky"]["Precision"]["result"] = "fixed<24,10>"
    out = optimize(tmp_path, config, io_type, "--budget", "dsp=0.5")

    pruned, masks = pruned_model(out)
    assert set(masks) == {"conv1", "conv2", "output"}
    metrics = json.loads((out / "metrics.json").read_text())
    selection = metrics["selection"]
    assert selection["kept_cost"]["dsp"] <= selection["budget"]["dsp"] < selection["baseline"]["dsp"]
    written_as_designed(pruned, out, tmp_path / "hls.yml", io_type)

    project = estimate_project(out / "hls" / "project")
    assert {"pad1", "pad2", "leaky"} <= set(project["activations"])
    pruned_side = metrics["estimate"]["layers"]
    for layer in ("conv1", "conv2", "output"):
        for resource in ("dsp", "lut", "ff", "bram_18k", "latency_cycles"):
            assert pruned_side[layer][resource] == project["layers"][layer][resource], (layer, resource)

    if case == "qcnn2d":
        check_simulated_as_keras(out)
        return
    hls_metrics = json.loads((out / "hls" / "hls_metrics.json").read_text())
    assert hls_metrics["csim"]["status"] == "ok" and hls_metrics["wrapping"] == []
    assert hls_metrics["logits"]["argmax_agreement"] >= 0.99
