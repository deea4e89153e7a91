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
import yaml

from fpgaprune.cli import main

from .test_user_global_pooling2d import _data as _images
from .test_user_global_pooling2d import written_as_designed

pytestmark = pytest.mark.slow
WEIGHTS = "quantized_bits(8,1,alpha=1)"
RELU = "quantized_relu(8,3)"
PART = "xcu250-figd2104-2L-e"


def _features(n: int) -> tuple[np.ndarray, np.ndarray]:
    """16 features on the 1/256 grid (inside the design's fixed<16,6> input), 4 classes from 4 of them."""
    rng = np.random.default_rng(0)
    x = (np.round(rng.normal(size=(n, 16)) * 2**8) / 2**8).astype("float32")
    return x, np.argmax(x[:, :4] @ (2 * np.eye(4) + rng.normal(size=(4, 4))), axis=1)


def _residual_mlp():
    """fc1 -> ReLU -> fc2 -> ReLU, added to fc1's ReLU (skip); fc3 -> ReLU concatenated with the model input
    (cat) -> output."""
    from fpgaprune.compat import keras

    import qkeras

    def dense(units, name):
        return qkeras.QDense(units, kernel_quantizer=WEIGHTS, bias_quantizer=WEIGHTS, name=name)

    inputs = keras.Input((16,), name="features")
    h = qkeras.QActivation(RELU, name="relu1")(dense(32, "fc1")(inputs))
    s = qkeras.QActivation(RELU, name="relu2")(dense(32, "fc2")(h))
    h = keras.layers.Add(name="skip")([h, s])
    d = qkeras.QActivation(RELU, name="relu3")(dense(16, "fc3")(h))
    logits = dense(4, "output")(keras.layers.Concatenate(name="cat")([d, inputs]))
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


CASES = {
    # model, data, io type, the layer given Resource RF 4, the budget's arguments, the joins; 1.6 % of the
    # part: DSP below the unpruned design's (estimate: 205 of the whole, 3 outside the weight layers),
    # BRAM_18K and LUT above
    "mlp": (_residual_mlp, _features, "io_parallel", "fc2", ["--budget", "dsp=0.5"], ("skip", "cat")),
    "cnn": (
        _residual_cnn,
        _images,
        "io_stream",
        "conv2",
        ["--part", PART, "--utilization", "0.016"],
        ("skip",),
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_a_network_with_joins_is_pruned_built_and_simulated_as_keras_computes_it(tmp_path, case):
    """`fpgaprune optimize --hls` with hls4ml's own per-name configuration (the joins' results `auto`):
    weights are pruned (and are zero in the saved model), the written project's weight layers have the
    types, reuse factors and strategies fpgaprune designed (`core.hardware.project.read_project`), its
    estimate costs the joins (with --part, the reserve is that of the unpruned project, joins included), and
    its C simulation computes Keras's logits bit for bit."""
    from fpgaprune.compat import keras

    import hls4ml

    from fpgaprune.core.hardware.glue import estimate_project
    from fpgaprune.hls.quiet import quietly
    from fpgaprune.models.load import load_model_file

    build, data, io_type, resource_layer, budget, joins = CASES[case]
    keras.utils.set_random_seed(0)
    x, y = data(1200)
    model = build()
    model.compile(keras.optimizers.Adam(0.01), "sparse_categorical_crossentropy", metrics=["accuracy"])
    model.fit(x[:800], y[:800], epochs=15, batch_size=64, verbose=0)
    model.save(tmp_path / "model.h5")
    splits = {"train": slice(0, 800), "val": slice(800, 1000), "test": slice(1000, None)}
    arrays = {
        f"{axis}_{split}": v[part] for split, part in splits.items() for axis, v in (("x", x), ("y", y))
    }
    np.savez(tmp_path / "data.npz", **arrays)
    config = quietly(hls4ml.utils.config_from_keras_model, model, granularity="name", backend="Vitis")
    config["Model"].update(ReuseFactor=1, Strategy="Latency")
    config["LayerName"][resource_layer].update(ReuseFactor=4, Strategy="Resource")
    if (
        case == "cnn"
    ):  # the average of 64 ufixed<9,4> sums: room for the sum, and for the mean's 11 fraction bits
        config["LayerName"]["pool"]["Precision"].update(accum="fixed<24,12>", result="fixed<18,6>")
    hls_file = tmp_path / "hls.yml"
    hls_file.write_text(yaml.safe_dump({"HLSConfig": config, "IOType": io_type, "Part": PART}))

    args = ["optimize", "--model", str(tmp_path / "model.h5"), "--data", str(tmp_path / "data.npz")]
    args += ["--hls-config", str(hls_file), *budget, "--method", "knapsack_dsp", "--rtol", "0.9"]
    args += [
        "--epochs-per-step",
        "1",
        "--pruning",
        "{schedule: {kind: polynomial, steps: 2}, final_epochs: 1}",
    ]
    args += ["--seed", "3", "--hls", "--json", "--out", str(tmp_path / "out")]
    assert main(args) == 0

    out = tmp_path / "out"
    masks = dict(np.load(out / "masks.npz"))
    assert not all(mask.all() for mask in masks.values())  # something was pruned
    pruned = load_model_file(out / "model.h5")
    for name, mask in masks.items():
        assert np.all(pruned.get_layer(name).kernel.numpy()[~mask.astype(bool)] == 0), name

    designed = written_as_designed(pruned, out, hls_file, io_type)
    reads = {layer.name: str(layer.input_type) for layer in designed}
    if case == "mlp":  # ufixed<8,3> + ufixed<8,3>; ufixed<8,3,RND_CONV,SAT> beside the input's fixed<16,6>
        assert reads["fc3"] == "ap_ufixed<9,4>"
        assert reads["output"] == "ap_fixed<16,6,AP_RND_CONV,AP_SAT>"

    estimate = estimate_project(out / "hls" / "project")
    assert set(joins) <= set(estimate["activations"])  # costed with the layers outside the weight layers
    assert estimate["activations"]["skip"]["lut"] > 0  # adders (an io_parallel concatenation is wiring: 0)
    metrics = json.loads((out / "metrics.json").read_text())
    if case == "cnn":
        part = metrics["budget"]["part"]
        assert part["reserved"]["lut"] > estimate["activations"]["skip"]["lut"]

    hls_metrics = json.loads((out / "hls" / "hls_metrics.json").read_text())
    assert hls_metrics["csim"]["status"] == "ok" and hls_metrics["wrapping"] == []
    assert hls_metrics["n_samples"] == 200
    assert hls_metrics["logits"]["bit_exact_fraction"] == 1.0
    assert hls_metrics["hls_accuracy"] == hls_metrics["keras_accuracy"]
