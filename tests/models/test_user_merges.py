"""A user's network with skip connections and branches (keras Add, Concatenate of two tensors): pruned by
`fpgaprune optimize`, its written hls4ml project typed as fpgaprune designed it (each weight layer's input
from the layer it really reads), the joins costed with the rest of the design, and C-simulated as Keras
computes it.

Until 2026-12-03 `check_supported` refused every layer joining two tensors ("fpgaprune prunes chains of
layers"), though hls4ml converts them (`Merge`, `Concatenate`) and the estimator costs them
(`core.hardware.plumbing`, `moreops`)."""

import json

import numpy as np
import pytest

from .optimized import (
    PART,
    RELU,
    WEIGHTS,
    check_simulated_as_keras,
    images,
    optimize,
    pruned_model,
    trained,
    written_as_designed,
)

pytestmark = pytest.mark.slow


def _features(n: int) -> tuple[np.ndarray, np.ndarray]:
    """16 features on the 1/256 grid (inside the design's fixed<16,6> input), 4 classes from 4 of them."""
    rng = np.random.default_rng(0)
    x = (np.round(rng.normal(size=(n, 16)) * 2**8) / 2**8).astype("float32")
    return x, np.argmax(x[:, :4] @ (2 * np.eye(4) + rng.normal(size=(4, 4))), axis=1)


def _dense(units: int, name: str):
    """A QDense of the tests' weight quantizer, kernel and bias."""
    import qkeras

    return qkeras.QDense(units, kernel_quantizer=WEIGHTS, bias_quantizer=WEIGHTS, name=name)


def _relu(name: str):
    import qkeras

    return qkeras.QActivation(RELU, name=name)


def _residual_mlp():
    """fc1 -> ReLU -> fc2 -> ReLU, added to fc1's ReLU (skip); fc3 -> ReLU concatenated with the model input
    (cat) -> output."""
    from fpgaprune.compat import keras

    inputs = keras.Input((16,), name="features")
    h = _relu("relu1")(_dense(32, "fc1")(inputs))
    s = _relu("relu2")(_dense(32, "fc2")(h))
    h = keras.layers.Add(name="skip")([h, s])
    d = _relu("relu3")(_dense(16, "fc3")(h))
    logits = _dense(4, "output")(keras.layers.Concatenate(name="cat")([d, inputs]))
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(logits))


def _residual_cnn():
    """A ResNet-style block: conv1 -> ReLU -> conv2 -> ReLU ('same' padding), added to conv1's ReLU (skip),
    then a global average pooling (pool) -> output."""
    from fpgaprune.compat import keras

    import qkeras

    def conv(name):
        return qkeras.QConv2D(
            8, 3, padding="same", kernel_quantizer=WEIGHTS, bias_quantizer=WEIGHTS, name=name
        )

    inputs = keras.Input((8, 8, 2), name="image")
    h = qkeras.QActivation(RELU, name="relu1")(conv("conv1")(inputs))
    s = qkeras.QActivation(RELU, name="relu2")(conv("conv2")(h))
    h = keras.layers.GlobalAveragePooling2D(name="pool")(keras.layers.Add(name="skip")([h, s]))
    logits = qkeras.QDense(3, kernel_quantizer=WEIGHTS, bias_quantizer=WEIGHTS, name="output")(h)
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(logits))


def _max_min_mlp():
    """fc1 -> ReLU and fc2 -> ReLU joined by a Maximum (max), fc3 -> ReLU of it joined with it by a Minimum
    (min) -> output."""
    from fpgaprune.compat import keras

    inputs = keras.Input((16,), name="features")
    a = _relu("relu1")(_dense(16, "fc1")(inputs))
    b = _relu("relu2")(_dense(16, "fc2")(inputs))
    m = keras.layers.Maximum(name="max")([a, b])
    c = _relu("relu3")(_dense(16, "fc3")(m))
    logits = _dense(4, "output")(keras.layers.Minimum(name="min")([m, c]))
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(logits))


CASES = {
    # model, data, io type, the layer given Resource RF 4, the budget's arguments, the joins; 1.6 % of the
    # part: DSP below the unpruned design's (estimate: 205 of the whole, 3 outside the weight layers),
    # BRAM_18K and LUT above
    "mlp": (_residual_mlp, _features, "io_parallel", "fc2", ["--budget", "dsp=0.5"], ("skip", "cat")),
    "cnn": (
        _residual_cnn,
        images,
        "io_stream",
        "conv2",
        ["--part", PART, "--utilization", "0.016"],
        ("skip",),
    ),
    "max_min": (_max_min_mlp, _features, "io_stream", "fc2", ["--budget", "dsp=0.5"], ("max", "min")),
}


@pytest.mark.parametrize("case", CASES)
def test_a_network_with_joins_is_pruned_built_and_simulated_as_keras_computes_it(tmp_path, case):
    """`fpgaprune optimize --hls` with hls4ml's own per-name configuration (the joins' results `auto`):
    weights are pruned (and are zero in the saved model), the written project's weight layers have the
    types, reuse factors and strategies fpgaprune designed (`core.hardware.project.read_project`), its
    estimate costs the joins (with --part, the reserve is that of the unpruned project, joins included), and
    its C simulation computes Keras's logits bit for bit."""
    from fpgaprune.core.hardware.glue import estimate_project

    build, data, io_type, resource_layer, budget, joins = CASES[case]
    config = trained(build, data, tmp_path)
    config["LayerName"][resource_layer].update(ReuseFactor=4, Strategy="Resource")
    if case == "cnn":
        # the average of 64 ufixed<9,4> sums: room for the sum, and for the mean's 11 fraction bits
        config["LayerName"]["pool"]["Precision"].update(accum="fixed<24,12>", result="fixed<18,6>")
    out = optimize(tmp_path, config, io_type, *budget)

    pruned, _ = pruned_model(out)
    designed = written_as_designed(pruned, out, tmp_path / "hls.yml", io_type)
    reads = {layer.name: str(layer.input_type) for layer in designed}
    if case == "mlp":  # ufixed<8,3> + ufixed<8,3>; ufixed<8,3,RND_CONV,SAT> beside the input's fixed<16,6>
        assert reads["fc3"] == "ap_ufixed<9,4>"
        assert reads["output"] == "ap_fixed<16,6,AP_RND_CONV,AP_SAT>"

    estimate = estimate_project(out / "hls" / "project")
    assert set(joins) <= set(estimate["activations"])  # costed with the layers outside the weight layers
    assert estimate["activations"][joins[0]]["lut"] > 0  # adders, comparisons (a concatenation is wiring)
    metrics = json.loads((out / "metrics.json").read_text())
    if case == "cnn":
        part = metrics["budget"]["part"]
        assert part["reserved"]["lut"] > estimate["activations"]["skip"]["lut"]
    check_simulated_as_keras(out)
