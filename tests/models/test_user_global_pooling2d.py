"""A user's CNN ending in a GlobalAveragePooling2D or GlobalMaxPooling2D (hls4ml's GlobalPooling2D): accepted,
pruned by `fpgaprune optimize`, and its written hls4ml project typed and simulated as fpgaprune designed it.

Until 2026-12-03 `check_supported` refused both layers by name, though hls4ml converts them (io_parallel and
io_stream) and the estimator costs them (`core.hardware.pooling`)."""

import json

import numpy as np
import pytest
import yaml

from fpgaprune.cli import main

SIDE, CHANNELS, CLASSES = 8, 2, 3
WEIGHTS = "quantized_bits(8,1,alpha=1)"
RELU = "quantized_relu(8,3)"


def _data(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Images on the 1/16 grid of the design's fixed<16,6> input: noise in [0, 0.5], class 0 brighter in
    channel 0, class 1 in channel 1, class 2 a checkerboard in channel 0 (which a mean alone does not tell
    from class 0: the convolutions must see it)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, CLASSES, size=n)
    x = rng.integers(0, 9, size=(n, SIDE, SIDE, CHANNELS)) / 16
    checker = np.indices((SIDE, SIDE)).sum(axis=0) % 2
    x[y == 0, :, :, 0] += 0.25
    x[y == 1, :, :, 1] += 0.25
    x[y == 2, :, :, 0] += 0.5 * checker
    return x.astype("float32"), y


def written_as_designed(pruned, out, hls_file, io_type) -> list:
    """The design fpgaprune costs for the pruned model under the user's hls4ml config, checked against the
    project `optimize --hls` wrote in `out`: each weight layer's input, weight and accumulator types, reuse
    factor and strategy (`core.hardware.project.read_project`: what the project's firmware says)."""
    from fpgaprune.core.design import design_layers
    from fpgaprune.core.hardware.project import read_project
    from fpgaprune.models.user import hls_design, weight_layers

    written, _, _ = read_project(out / "hls" / "project")
    design = hls_design(pruned, yaml.safe_load(hls_file.read_text()))
    weights = weight_layers(pruned)
    designed = design_layers(
        weights, design.setting.resolve(weights, "t"), design.precisions, io_type, pruned=True
    )

    def types(layer):
        implemented = (layer.reuse_factor, layer.strategy)
        return layer.name, layer.input_type, layer.weight_type, layer.accum_type, implemented

    assert [types(layer) for layer in written] == [types(layer) for layer in designed]
    return designed


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
    from fpgaprune.compat import keras

    import hls4ml

    from fpgaprune.hls.quiet import quietly
    from fpgaprune.models.load import load_model_file

    keras.utils.set_random_seed(0)
    x, y = _data(1200)
    model = _model(pooling)
    model.compile(keras.optimizers.Adam(0.01), "sparse_categorical_crossentropy", metrics=["accuracy"])
    model.fit(x[:800], y[:800], epochs=15, batch_size=64, verbose=0)
    model.save(tmp_path / "cnn.h5")
    np.savez(
        tmp_path / "cnn.npz",
        x_train=x[:800],
        y_train=y[:800],
        x_val=x[800:1000],
        y_val=y[800:1000],
        x_test=x[1000:],
        y_test=y[1000:],
    )
    config = quietly(hls4ml.utils.config_from_keras_model, model, granularity="name", backend="Vitis")
    config["Model"].update(ReuseFactor=1, Strategy="Latency")
    config["LayerName"]["conv1"].update(ReuseFactor=2, Strategy="Resource")
    # a 4x4 average of ufixed<8,3> sums up to 124 before dividing: an accumulator that holds it
    config["LayerName"]["pool"]["Precision"]["accum"] = "fixed<24,12>"
    hls_file = tmp_path / "hls.yml"
    whole = {"HLSConfig": config, "IOType": io_type, "Part": "xcu250-figd2104-2L-e"}
    hls_file.write_text(yaml.safe_dump(whole))

    args = ["optimize", "--model", str(tmp_path / "cnn.h5"), "--data", str(tmp_path / "cnn.npz")]
    args += ["--hls-config", str(hls_file), "--budget", "dsp=0.5", "--method", "knapsack_dsp"]
    args += ["--rtol", "0.9", "--epochs-per-step", "1"]
    args += ["--pruning", "{schedule: {kind: polynomial, steps: 2}, final_epochs: 1}"]
    args += ["--seed", "3", "--hls", "--json", "--out", str(tmp_path / "out")]
    assert main(args) == 0

    out = tmp_path / "out"
    masks = dict(np.load(out / "masks.npz"))
    assert set(masks) == {"conv1", "conv2", "output"}
    assert not all(mask.all() for mask in masks.values())  # something was pruned
    pruned = load_model_file(out / "model.h5")
    for name, mask in masks.items():
        assert np.all(pruned.get_layer(name).kernel.numpy()[~mask.astype(bool)] == 0), name
    metrics = json.loads((out / "metrics.json").read_text())
    selection = metrics["selection"]  # the estimated DSP of the layers whose pruned weights save some
    assert selection["kept_cost"]["dsp"] <= selection["budget"]["dsp"] < selection["baseline"]["dsp"]

    designed = written_as_designed(pruned, out, hls_file, io_type)
    output = {layer.name: layer for layer in designed}["output"]
    assert str(output.input_type) == "ap_fixed<16,6>"  # the GlobalPooling2D's `auto` result: Model default

    hls_metrics = json.loads((out / "hls" / "hls_metrics.json").read_text())
    assert hls_metrics["csim"]["status"] == "ok" and hls_metrics["wrapping"] == []
    assert hls_metrics["n_samples"] == 200
    assert hls_metrics["logits"]["bit_exact_fraction"] == 1.0
    assert hls_metrics["hls_accuracy"] == hls_metrics["keras_accuracy"]
