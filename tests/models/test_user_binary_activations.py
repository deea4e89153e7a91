"""A user's QKeras network with binary or ternary QActivations, read as hls4ml 1.3 builds it.

hls4ml 1.3 parses a QActivation('binary') as a `binary_tanh` Activation and a QActivation('ternary') as a
TernaryTanh (converters/keras/qkeras.py, `get_activation_quantizer`). Its convert flow puts an ApplyAlpha
scale before a ternary one whose threshold is not 0.5 (QKeras's default 0.33; optimizer/passes/qkeras.py,
`ExtractTernaryThreshold`) and infers every `auto` type; then the backend's quantization flow merges a
BatchNormalization (or that ApplyAlpha) and the activation after it into one BatchNormalizationQuantizedTanh
(backends/vivado/passes/bn_quant.py, `MergeBatchNormAndQuantizedTanh`) whose output is int<2> (ternary) or one
xnor bit (binary; backends/fpga/fpga_layers.py). The layer after it multiplies that type, but inferred its
`auto` accumulator from the activation's configured one. Checked on written projects (Vitis, io_parallel and
io_stream, 2026-12-04): QDense -> BatchNormalization -> ternary -> QDense reads `ap_int<2>` whatever the
activation's configured result; a binary one there gives the next layer `nnet::product::data_binary`, which
the project estimate does not cost (refused); without a BatchNormalization a binary one stays a binary_tanh
Activation of its configured type; a ternary one after a float Dense has its threshold scale (0.5/0.33) folded
into that Dense's weights (refused)."""

import json

import pytest

from .optimized import CHANNELS, CLASSES, SIDE, images, optimize, pruned_model, trained, written_as_designed

COARSE = "quantized_bits(6,2,alpha=1)"
DEFAULT = "fixed<16,6>"


def _dense_model(activation: str, batchnorm: bool, float_first: bool = False):
    """QDense (Dense when `float_first`) 12 -> 8 [-> BatchNormalization] -> QActivation(`activation`) ->
    QDense 3 -> softmax."""
    from fpgaprune.compat import keras

    import qkeras

    inputs = keras.Input((12,), name="x")
    first = keras.layers.Dense(8, name="d1") if float_first else _qdense(8, "d1")
    h = first(inputs)
    if batchnorm:
        h = keras.layers.BatchNormalization(name="bn")(h)
    h = qkeras.QActivation(activation, name="act")(h)
    logits = _qdense(CLASSES, "d2")(h)
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(logits))


def _qdense(units: int, name: str):
    import qkeras

    return qkeras.QDense(units, kernel_quantizer=COARSE, bias_quantizer=COARSE, name=name)


MODEL_ONLY = {"Model": {"Precision": DEFAULT, "ReuseFactor": 1, "Strategy": "Latency"}}


@pytest.mark.parametrize(
    ("activation", "batchnorm", "reads"),
    [
        ("ternary", True, "int<2>"),  # merged with the BatchNormalization
        ("ternary", False, "int<2>"),  # merged with its own threshold's ApplyAlpha
        ("ternary(threshold=0.5)", False, DEFAULT),  # no ApplyAlpha, nothing to merge: a TernaryTanh
        ("binary", False, DEFAULT),  # a binary_tanh Activation of the Model default type
    ],
)
def test_the_layer_after_a_binary_or_ternary_activation_reads_the_type_hls4ml_builds(
    activation, batchnorm, reads
):
    """d2 multiplies what hls4ml writes after the activation, and infers its `auto` accumulator from the
    activation's configured type (here the Model default), as hls4ml did before the merge."""
    from fpgaprune.models.user import hls_design

    own = hls_design(_dense_model(activation, batchnorm), MODEL_ONLY).precisions["d2"]
    assert own.data == reads
    assert (own.inferred_from or own.data) == DEFAULT


def test_a_ternary_activation_is_hls4mls_ternary_tanh_class():
    """A `LayerType: TernaryTanh` entry types it (hls4ml looks settings up by its class): d2 then infers its
    accumulator from that type, and still reads the merged int<2>."""
    from fpgaprune.models.user import hls_design

    config = {**MODEL_ONLY, "LayerType": {"TernaryTanh": {"Precision": {"result": "fixed<8,3>"}}}}
    own = hls_design(_dense_model("ternary", True), config).precisions["d2"]
    assert (own.data, own.inferred_from) == ("int<2>", "fixed<8,3>")


@pytest.mark.parametrize("activation", ["binary", "binary_tanh"])
def test_a_binary_activation_merged_with_a_batchnorm_is_refused_in_one_line(activation):
    """QKeras's binary_tanh function too: hls4ml 1.3 converts a function by its name ('binary' in it: a
    binary_tanh Activation) and merges it so (checked on its ModelGraph: uint<1> xnor output, 2026-12-04)."""
    from fpgaprune.models.user import hls_design

    with pytest.raises(
        ValueError,
        match=r"^layer 'act' is a binary QActivation after a BatchNormalization.*"
        r"'d2' multiplies with its data_binary product.*use a ternary activation there, or remove "
        r"the BatchNormalization before it$",
    ):
        hls_design(_dense_model(activation, True), MODEL_ONLY)


def test_a_ternary_activation_whose_scale_hls4ml_folds_into_a_float_layer_is_refused_in_one_line():
    """hls4ml fuses the ApplyAlpha (0.5/0.33) into the weights of the float d1 whose result is `auto`, which
    fpgaprune would cost unscaled; with threshold 0.5 there is no ApplyAlpha, and a BatchNormalization after
    such a Dense is fused into it before the activation (a TernaryTanh then) is merged with anything. A d1
    result the config gives (the Model default of a config without per-layer entries) fuses nothing."""
    from fpgaprune.models.user import hls_design

    auto_d1 = {**MODEL_ONLY, "LayerName": {"d1": {"Precision": {"result": "auto"}}}}

    with pytest.raises(
        ValueError,
        match=r"^layer 'act' is a ternary QActivation after the float layer 'd1'.*"
        r"give 'd1' a kernel quantizer, or the activation ternary\(threshold=0.5\)$",
    ):
        hls_design(_dense_model("ternary", False, float_first=True), auto_d1)
    unfused = hls_design(_dense_model("ternary", False, float_first=True), MODEL_ONLY).precisions
    assert unfused["d2"].data == "int<2>"  # the ApplyAlpha stays, merged with the activation
    fused = hls_design(_dense_model("ternary(threshold=0.5)", True, float_first=True), auto_d1).precisions
    assert fused["d2"].data == DEFAULT


ZERO_ONE = (
    r"has a binary activation of 0 and 1, which hls4ml 1.3 builds as its binary_tanh of -1 and \+1 .*; "
    r"train it with binary\(\) \(-1 and \+1\)"
)
KERAS_FUNCTION = (
    r"is a QActivation of 'relu', not a QKeras quantizer, which hls4ml 1.3 does not convert \(Unsupported "
    r"QKeras activation: unknown\); write it as Activation\('relu'\), or give it a quantizer "
    r"\(quantized_relu\(8\), ...\)"
)
CONVERTED = (
    "quantized_relu", "quantized_tanh", "binary_tanh", "ternary_tanh", "quantized_sigmoid", "quantized_bits",
    "binary", "ternary",
)  # fmt: skip
UNCONVERTED = (
    r"activation, which hls4ml 1.3 does not convert \(Unsupported QKeras activation\); train it with"
)


@pytest.mark.parametrize(
    ("activation", "refusal"),
    [
        ("stochastic_binary", rf"has a stochastic_binary {UNCONVERTED} binary"),
        ("stochastic_ternary", rf"has a stochastic_ternary {UNCONVERTED} ternary"),
        # hls4ml 1.3 converts any binary activation to its binary_tanh (-1 and +1), whatever QKeras computes
        ("binary(use_01=True)", ZERO_ONE),
        ("binary_sigmoid", ZERO_ONE),
        # a Keras function, no quantizer: hls4ml names it "unknown" and stops (a public autoencoder's)
        ("relu", KERAS_FUNCTION),
        ("quantized_hswish()", rf"has a quantized_hswish {UNCONVERTED} one of {', '.join(CONVERTED)}"),
    ],
)
def test_an_activation_hls4ml_does_not_build_as_keras_computes_is_refused_in_one_line(activation, refusal):
    from fpgaprune.models.user import check_supported

    with pytest.raises(ValueError, match=rf"^layer 'act' {refusal}$"):
        check_supported(_dense_model(activation, True))
    check_supported(_dense_model("binary", False))  # -1 and +1, no BatchNormalization: accepted


def test_a_thresholded_ternary_activation_on_a_map_is_refused_under_io_stream():
    """hls4ml 1.3's io_stream project of it does not compile (`stream_ternary_refusal`); io_parallel's does,
    and so does io_stream's with threshold 0.5."""
    from fpgaprune.models.user import hls_design

    stream = {"HLSConfig": MODEL_ONLY, "IOType": "io_stream"}
    with pytest.raises(
        ValueError,
        match=r"^layer 'tern1' is a ternary activation on a map of \(6, 6\) positions.*"
        r"use io_parallel, or ternary\(threshold=0.5\)$",
    ):
        hls_design(_ternary_cnn(), stream)
    assert (
        hls_design(_ternary_cnn(), {**stream, "IOType": "io_parallel"}).precisions["dense"].data == "int<2>"
    )
    assert hls_design(_binary_cnn(), stream).precisions["dense"].data == "int<2>"


def _ternary_cnn():
    """QConv2D 3x3 (4) -> BatchNormalization -> ternary -> Flatten -> QDense 8 -> ternary (no
    BatchNormalization: its own threshold's ApplyAlpha is merged) -> QDense (logits) -> softmax."""
    from fpgaprune.compat import keras

    import qkeras

    inputs = keras.Input((SIDE, SIDE, CHANNELS), name="image")
    h = qkeras.QConv2D(4, 3, kernel_quantizer=COARSE, bias_quantizer=COARSE, name="conv")(inputs)
    h = qkeras.QActivation("ternary", name="tern1")(keras.layers.BatchNormalization(name="bn")(h))
    h = _qdense(8, "dense")(keras.layers.Flatten(name="flatten")(h))
    h = qkeras.QActivation("ternary", name="tern2")(h)
    logits = _qdense(CLASSES, "output")(h)
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(logits))


def _binary_cnn():
    """`_ternary_cnn` with ternary(threshold=0.5) after the BatchNormalization (io_stream compiles it:
    `stream_ternary_refusal`) and a binary activation (no BatchNormalization before it: not merged) in place
    of the second ternary one."""
    from fpgaprune.compat import keras

    import qkeras

    inputs = keras.Input((SIDE, SIDE, CHANNELS), name="image")
    h = qkeras.QConv2D(4, 3, kernel_quantizer=COARSE, bias_quantizer=COARSE, name="conv")(inputs)
    h = qkeras.QActivation("ternary(threshold=0.5)", name="tern1")(
        keras.layers.BatchNormalization(name="bn")(h)
    )
    h = _qdense(8, "dense")(keras.layers.Flatten(name="flatten")(h))
    h = qkeras.QActivation("binary", name="bin2")(h)
    logits = _qdense(CLASSES, "output")(h)
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(logits))


CASES = {"ternary": (_ternary_cnn, "io_parallel", "dense"), "binary": (_binary_cnn, "io_stream", "conv")}


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES)
def test_a_ternary_network_is_pruned_and_costed_as_its_written_project(tmp_path, case):
    """`fpgaprune optimize --hls` with hls4ml's own per-name configuration, the activations' results `auto`
    (the Model default, not the int<2> hls4ml writes after a merge), one weight layer Resource at RF 6: the
    written project's weight layers have
    the types fpgaprune designed (the Dense after the Flatten reads the merged int<2> and infers its
    accumulator from the Model default), and the prune side's estimate of each weight layer is the written
    project's (`estimate_project`), which costs the merged BatchNormalizationQuantizedTanh layers too, and
    the register in which the io_parallel DATAFLOW top (the Resource layer's) holds a 0-cycle Dense's result
    (`LayerHardware.result_register`)."""
    from fpgaprune.core.hardware.glue import estimate_project

    build, io_type, resource = CASES[case]
    config = trained(build, images, tmp_path)
    for name, entry in config["LayerName"].items():
        if name.startswith(("tern", "bin")):
            entry["Precision"]["result"] = "auto"
    # Resource at RF 6: the DSPs the budget binds (the products of int<2> data and of Latency's constant
    # weights take none here; io_stream's Dense runs the rolled kernel, whose pruning saves none)
    config["LayerName"][resource].update(ReuseFactor=6, Strategy="Resource")
    out = optimize(tmp_path, config, io_type, "--budget", "dsp=0.5")

    pruned, masks = pruned_model(out)
    assert set(masks) == {"conv", "dense", "output"}
    designed = {
        layer.name: layer for layer in written_as_designed(pruned, out, tmp_path / "hls.yml", io_type)
    }
    assert str(designed["dense"].input_type) == "ap_fixed<2,2>"  # int<2>
    assert str(designed["output"].input_type) == ("ap_fixed<2,2>" if case == "ternary" else f"ap_{DEFAULT}")

    project = estimate_project(out / "hls" / "project")
    merged = {"bnbt_tern1_scale", "bnbt_tern2_scale"} if case == "ternary" else {"bnbt_bn"}
    assert merged <= set(project["activations"]), project["activations"]
    pruned_side = json.loads((out / "metrics.json").read_text())["estimate"]["layers"]
    for layer in ("conv", "dense", "output"):
        for resource in ("dsp", "lut", "ff", "bram_18k", "latency_cycles"):
            assert pruned_side[layer][resource] == project["layers"][layer][resource], (layer, resource)
    hls_metrics = json.loads((out / "hls" / "hls_metrics.json").read_text())
    assert hls_metrics["csim"]["status"] == "ok"
