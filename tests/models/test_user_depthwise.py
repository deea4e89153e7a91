"""A user's depthwise-separable CNN (a DS-CNN, MLPerf Tiny's keyword spotter; MobileNets): its DepthwiseConv2D
layers carried unpruned (never masked, kept as trained, costed in the written hls4ml project and reserved with
the other carried layers), the convolutions around them (the 1x1 pointwise ones too) and the Dense pruned.

Until 2026-12-04 `check_supported` refused a depthwise convolution by name. hls4ml 1.3 types a depthwise
layer's `auto` result as the exact sum of its kernel taps (`InferPrecisionTypes._infer_depthconv_precision`),
which the next weight layer reads (tests/hls/test_design_types.py checks the types against hls4ml's
ModelGraph), and fuses a BatchNormalization after one wrongly when that result is `auto`
(`core.hls_config.unfused_depthwise_config`)."""

import json

import numpy as np
import pytest

from .optimized import CHANNELS, CLASSES, SIDE, images, optimize, pruned_model, trained, written_as_designed


def _dscnn(separable: bool = False, depth_multiplier: int = 1, dropout: bool = False):
    """Conv2D 3x3 (4) -> BatchNormalization -> ReLU -> DepthwiseConv2D 3x3 (no bias) -> BatchNormalization ->
    ReLU -> Conv2D 1x1 (8) -> BatchNormalization -> ReLU -> MaxPooling2D -> Flatten -> Dense (logits) ->
    softmax; `separable`: the depthwise and pointwise pair as one SeparableConv2D; `dropout`: a Dropout
    between the depthwise layer and its BatchNormalization."""
    from fpgaprune.compat import keras

    layers = keras.layers
    inputs = keras.Input((SIDE, SIDE, CHANNELS), name="image")
    h = layers.ReLU(name="stem_relu")(
        layers.BatchNormalization(name="stem_bn")(layers.Conv2D(4, 3, padding="same", name="stem")(inputs))
    )
    if separable:
        h = layers.SeparableConv2D(8, 3, padding="same", name="sep")(h)
    else:
        h = layers.DepthwiseConv2D(
            3, padding="same", use_bias=False, depth_multiplier=depth_multiplier, name="dw"
        )(h)
        h = layers.Dropout(0.1, name="dw_dropout")(h) if dropout else h
        h = layers.ReLU(name="dw_relu")(layers.BatchNormalization(name="dw_bn")(h))
        h = layers.Conv2D(8, 1, name="pw")(h)
    h = layers.ReLU(name="pw_relu")(layers.BatchNormalization(name="pw_bn")(h))
    h = layers.Flatten(name="flatten")(layers.MaxPooling2D(2, name="pool")(h))
    logits = layers.Dense(CLASSES, name="output")(h)
    return keras.Model(inputs, layers.Activation("softmax", name="softmax")(logits))


def _hls4ml_config(model) -> dict:
    import hls4ml

    from fpgaprune.hls.quiet import quietly

    config = quietly(hls4ml.utils.config_from_keras_model, model, granularity="name", backend="Vitis")
    config["Model"].update(ReuseFactor=1, Strategy="Latency")
    return config


def test_a_ds_cnn_is_accepted_and_its_depthwise_layer_is_carried():
    from fpgaprune.models.user import check_supported, config_layers, weight_layers

    model = _dscnn()
    check_supported(model)
    assert [layer.name for layer in weight_layers(model)] == ["stem", "pw", "output"]
    pw = config_layers(model)[1]
    # pw reads the ReLU after the depthwise layer's normalisation, which reads the depthwise layer
    assert [link.name for link in pw.chain] == [
        "stem",
        "stem_linear",
        "stem_bn",
        "stem_relu",
        "dw",
        "dw_linear",
        "dw_bn",
        "dw_relu",
    ]
    assert pw.chain[4].taps == 9 and not pw.chain[4].has_bias


@pytest.mark.parametrize("dropout", [False, True], ids=["", "dropout"])
def test_a_batchnorm_after_a_depthwise_layer_stays_a_layer_in_the_written_hls4ml_project(tmp_path, dropout):
    """hls4ml 1.3 fuses the BatchNormalization into a depthwise layer whose result is `auto` (the layer is
    gone from its ModelGraph); the configuration fpgaprune writes gives the depthwise layer the Model default
    as its result, and hls4ml keeps the normalisation; the user's configuration is not changed. A Dropout
    between them hls4ml leaves out."""
    from fpgaprune.hls.convert import hls_input_names, model_graph, prepare_model, user_config
    from fpgaprune.models.user import unfused_depthwise, unfused_depthwise_line

    from ..configs import hls_settings

    model = _dscnn(dropout=dropout)
    config = _hls4ml_config(model)
    fixed, names = unfused_depthwise(model, config)
    assert names == ["dw"] and config["LayerName"]["dw"]["Precision"]["result"] == "auto"
    assert fixed["LayerName"]["dw"]["Precision"]["result"] == config["Model"]["Precision"]["default"]
    assert unfused_depthwise_line(names, "fixed<16,6>").startswith(
        "depthwise layer dw: the hls4ml configuration"
    )
    hls_input = prepare_model(model, "output")[0]
    strategies = {name: (1, "Latency") for name in ("stem", "pw", "output")}
    settings = hls_settings(precision="fixed<16,6>", io_type="io_parallel")
    raw = {layer.name for layer in model_graph(hls_input, config, settings, tmp_path / "raw").get_layers()}
    written = user_config(hls_input, config, hls_input_names(model), strategies, "output")
    kept = {
        layer.name for layer in model_graph(hls_input, written, settings, tmp_path / "fixed").get_layers()
    }
    assert "dw_bn" not in raw  # fused, wrongly
    assert "dw_bn" in kept and "stem_bn" not in kept and "pw_bn" not in kept  # the Conv2D's fused, correctly


def test_a_separable_convolution_is_refused_with_the_form_that_is_supported_and_its_weights_copied():
    """The line said to train again; the two layers it names, with the separable's weights copied as it
    says, compute the same function (and are what hls4ml splits the layer into)."""
    from fpgaprune.compat import keras

    from fpgaprune.models.user import check_supported

    model = _dscnn(separable=True)
    with pytest.raises(ValueError) as refused:
        check_supported(model)
    line = str(refused.value)
    assert line.startswith("layer 'sep' is a SeparableConv2D, ") and "\n" not in line
    assert (
        "write it as DepthwiseConv2D(kernel_size, strides=..., padding=..., use_bias=False, "
        "name='sep_depthwise') followed by Conv2D(filters, kernel_size=1, activation=..., "
        "name='sep_pointwise'), as hls4ml splits it, and copy its weights: depthwise_kernel into the first, "
        "pointwise_kernel and bias into the second (the same function, no training)"
    ) in line
    sep = model.get_layer("sep")
    config = sep.get_config()
    depthwise = keras.layers.DepthwiseConv2D(
        config["kernel_size"], config["strides"], config["padding"], use_bias=False, name="sep_depthwise"
    )
    pointwise = keras.layers.Conv2D(
        config["filters"], 1, activation=config["activation"], name="sep_pointwise"
    )
    written = keras.Model(model.inputs, pointwise(depthwise(sep.input)))
    depthwise_kernel, pointwise_kernel, bias = sep.get_weights()
    depthwise.set_weights([depthwise_kernel])
    pointwise.set_weights([pointwise_kernel, bias])
    x = np.random.default_rng(0).normal(size=(4, *model.input_shape[1:])).astype(np.float32)
    separable = keras.Model(model.inputs, sep.output).predict(x, verbose=0)
    np.testing.assert_allclose(written.predict(x, verbose=0), separable, rtol=1e-5, atol=1e-6)


def test_a_depth_multiplier_above_one_is_refused_in_one_line():
    from fpgaprune.models.user import check_supported

    with pytest.raises(
        ValueError, match=r"^layer 'dw' is a DepthwiseConv2D of depth_multiplier=2, .*depth_multiplier=1"
    ):
        check_supported(_dscnn(depth_multiplier=2))


@pytest.mark.parametrize(
    ("quantizer", "message", "why"),
    [
        ("quantized_bits(4,0)", "depthwise quantizer quantized_bits has alpha='auto_po2'", "scaled weights"),
        ("quantized_po2(4)", "depthwise quantizer quantized_po2 gives power-of-two weights", "shifts"),
    ],
)
def test_a_depthwise_quantizer_fpgaprune_cannot_cost_is_refused_in_one_line(quantizer, message, why):
    """hls4ml 1.3 moves no depthwise layer's alpha into an ApplyAlpha (QKerasFactorizeAlpha matches Dense and
    Conv classes only): it writes the scaled weights in the quantizer's type; the line says so."""
    from fpgaprune.compat import keras

    import qkeras

    from fpgaprune.models.user import check_supported

    inputs = keras.Input((SIDE, SIDE, CHANNELS))
    h = qkeras.QDepthwiseConv2D(3, depthwise_quantizer=quantizer, name="dw")(inputs)
    logits = keras.layers.Dense(CLASSES, name="output")(keras.layers.Flatten(name="flatten")(h))
    model = keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(logits))
    with pytest.raises(ValueError) as error:
        check_supported(model)
    assert str(error.value).startswith(f"layer 'dw': {message}") and why in str(error.value)
    assert "\n" not in str(error.value)


def test_a_resource_depthwise_layer_under_io_parallel_is_refused_in_one_line():
    """hls4ml 1.3's io_parallel depthwise kernel under the Resource strategy asserts 'not supported' and
    computes nothing (`core.hardware.project.depthwise_unmodelled`)."""
    from fpgaprune.models.user import hls_design

    model = _dscnn()
    config = _hls4ml_config(model)
    config["Model"]["Strategy"] = "Resource"
    with pytest.raises(
        ValueError,
        match=r"^layer 'dw' \(DepthwiseConv2D\) has Strategy Resource \(Model\.Strategy\) under io_parallel, "
        r".*Strategy: Latency$",
    ):
        hls_design(model, {"IOType": "io_parallel", "HLSConfig": config})
    config["LayerName"]["dw"]["Strategy"] = "Latency"
    assert hls_design(model, {"IOType": "io_parallel", "HLSConfig": config}).setting


def test_fine_tuning_keeps_the_depthwise_kernel_as_trained():
    """`MaskedTrainer` masks the depthwise layer's gradients to zero (its cost is reserved as trained): after
    Adam steps its kernel is unchanged while the weight layers and the normalisations train."""
    from fpgaprune.core.objective import CLASSIFIER
    from fpgaprune.pruning.finetune import MaskedTrainer

    model = _dscnn()
    before = {name: model.get_layer(name).get_weights()[0].copy() for name in ("dw", "pw", "dw_bn")}
    weights = ("stem", "pw", "output")
    masks = {name: np.ones(model.get_layer(name).kernel.shape, np.float32) for name in weights}
    trainer = MaskedTrainer(model, weights, CLASSIFIER)
    trainer.start(masks, learning_rate=0.01, iterations=4)
    x, y = images(32)
    for _ in range(3):
        trainer.train_on_batch(x, y)
    assert np.array_equal(model.get_layer("dw").get_weights()[0], before["dw"])
    assert not np.allclose(model.get_layer("pw").get_weights()[0], before["pw"])
    assert not np.allclose(model.get_layer("dw_bn").get_weights()[0], before["dw_bn"])


def test_hls4ml_s_own_pruning_loop_is_refused_on_a_depthwise_model_before_any_work():
    """hls4ml's own loop trains every weight, the depthwise kernel too, whose cost is reserved as trained:
    refused in one line by `fpgaprune.optimize` and, as a configuration it cannot run, by the loop that the
    pipeline and `fpgaprune prune` call (it reads neither data nor experiment first)."""
    from fpgaprune.core.selection.methods import PEER_METHOD
    from fpgaprune.models.user import peer_refusal
    from fpgaprune.pruning.peer import PeerUnsupported, prune_with_hls4ml

    model = _dscnn()
    refusal = peer_refusal(model)
    assert refusal.startswith(f"method {PEER_METHOD} trains every weight") and "'dw'" in refusal
    assert "\n" not in refusal
    with pytest.raises(PeerUnsupported, match=r"^method .* the depthwise layer 'dw' too"):
        prune_with_hls4ml(model, None, experiment=None, layers=[], target=0.5)


@pytest.mark.slow
@pytest.mark.parametrize("io_type", ["io_parallel", "io_stream"])
def test_a_ds_cnn_is_pruned_built_and_simulated_with_its_depthwise_layer_unchanged(tmp_path, io_type):
    """`fpgaprune optimize --hls` on a trained DS-CNN with hls4ml's own per-name configuration: a DSP budget
    is met by pruning the stem, the pointwise convolution and the Dense; the depthwise kernel is the trained
    one; the written project's weight layers have the types fpgaprune designed, and the estimate the prune
    side gave each (the pointwise convolution reading the depthwise block's ReLU) is the written project's
    (`core.hardware.glue.estimate_project`), which costs the depthwise layer and keeps its normalisation a
    layer; the C simulation classifies as Keras does (float weights truncated to fixed<16,6>, so not bit for
    bit)."""
    from fpgaprune.compat import keras

    from fpgaprune.core.hardware.glue import estimate_project

    config = trained(_dscnn, images, tmp_path)
    trained_kernel = keras.models.load_model(tmp_path / "model.h5").get_layer("dw").get_weights()
    out = optimize(tmp_path, config, io_type, "--budget", "dsp=0.5")

    pruned, masks = pruned_model(out)
    assert set(masks) == {"stem", "pw", "output"}
    assert all(np.array_equal(a, b) for a, b in zip(pruned.get_layer("dw").get_weights(), trained_kernel))
    metrics = json.loads((out / "metrics.json").read_text())
    selection = metrics["selection"]
    assert selection["kept_cost"]["dsp"] <= selection["budget"]["dsp"] < selection["baseline"]["dsp"]
    written_as_designed(pruned, out, tmp_path / "hls.yml", io_type, carried=("dw",))

    project = estimate_project(out / "hls" / "project")
    assert project["layers"]["dw"]["dsp"] > 0 and "dw_bn" in project["activations"]
    pruned_side = metrics["estimate"]["layers"]
    for layer in ("stem", "pw", "output"):
        for resource in ("dsp", "lut", "ff", "bram_18k", "latency_cycles"):
            assert pruned_side[layer][resource] == project["layers"][layer][resource], (layer, resource)
    hls_metrics = json.loads((out / "hls" / "hls_metrics.json").read_text())
    assert hls_metrics["csim"]["status"] == "ok" and hls_metrics["wrapping"] == []
    assert hls_metrics["logits"]["argmax_agreement"] >= 0.99


def test_a_batchnorm_scale_its_type_wraps_is_named(tmp_path):
    """A BatchNormalization hls4ml keeps a layer (after a depthwise one) whose scale leaves its `fixed<16,6>`
    (a channel pruning nearly emptied gets a tiny variance, so a large refitted scale) is named by
    `hls.csim.wrapped_constants`; in range it is not."""
    from fpgaprune.hls.convert import hls_input_names, model_graph, prepare_model, user_config
    from fpgaprune.hls.csim import wrapped_constants

    from ..configs import hls_settings

    model = _dscnn()
    gamma, beta, mean, variance = (np.ones(4, "float32"), np.zeros(4, "float32"), np.zeros(4), np.ones(4))
    bn = model.get_layer("dw_bn")
    settings = hls_settings(precision="fixed<16,6>", io_type="io_stream")
    hls_input = prepare_model(model, "output")[0]
    strategies = {name: (1, "Latency") for name in ("stem", "pw", "output")}
    found = []
    for scale in (2.0, 40.0):  # scale = gamma / sqrt(variance + epsilon)
        bn.set_weights([gamma * scale, beta, mean, variance - bn.epsilon])
        config = user_config(hls_input, _hls4ml_config(model), hls_input_names(model), strategies, "output")
        found.append(wrapped_constants(model_graph(hls_input, config, settings, tmp_path / str(scale))))
    assert found[0] == []
    assert [(row["layer"], row["variable"]) for row in found[1]] == [("dw_bn", "scale")]
    assert found[1][0]["values"][1] == pytest.approx(40.0, rel=1e-3)
