"""Every type the prune side costs a weight layer with is the one hls4ml 1.3's converted ModelGraph holds: the
weight, bias, input (the type the layer multiplies), accumulator and result (`core.design.result_type`, which
sizes a DATAFLOW top's result register) of each Dense, Conv1D and Conv2D, and the product hls4ml's backend
builds them with (a multiplication, or binary and ternary weights' selects), float
and QKeras (with and without kernel and bias quantizers, with and without a bias, after a batch
normalisation), in the pipeline (`models.user.model_precisions` against `hls.convert.hls4ml_config`,
io_parallel and io_stream, `auto` and explicit accumulators; the zoo's `Experiment.precisions`) and under a
user's hls4ml configuration (`models.user.hls_design` against `hls.convert.user_config`: hls4ml's own
configs of granularity name, model and type, a Model `Precision: maximum`, and `LayerType` entries that reach
an activation by the class hls4ml builds it as). Rounding and saturation modes count: a type is compared
whole.

Each model is converted by the project's own path (`convert.model_graph`: nothing written or compiled)."""

import pytest

from fpgaprune.core.design import LayerHls, design_layers, result_type
from fpgaprune.core.hardware.precision import fixed_type_of, parse_precision

from ..configs import hls_settings, make_experiment
from .tiny import random_weights

pytest.importorskip("hls4ml")
keras = pytest.importorskip("fpgaprune.compat").keras
qkeras = pytest.importorskip("qkeras")

from .test_design_accum import ZOO_QUANTIZATION, _float_model  # _float_model: Dense layers, one without bias

WEIGHTS = "quantized_bits(6,0,alpha=1)"
BIAS = "quantized_bits(10,3,alpha=1)"
RELU = "quantized_relu(5,2)"
KINDS = ("weight", "bias", "input", "accum", "product", "result")
# hls4ml's one-bit xnor weight of QKeras binary kernels stands for +-1, which the prune side costs as int<2>
XNOR_COSTED_AS = parse_precision("ap_int<2>")


def _classifier(inputs, x):
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))


def _float_conv2d():
    return _float_conv(keras.layers.Conv2D, (6, 6, 2))


def _float_conv1d():
    return _float_conv(keras.layers.Conv1D, (8, 2))


def _float_conv(conv, input_shape):
    """Two float convolutions of kind `conv`, the second without a bias, then a Dense output."""
    inputs = keras.Input(input_shape)
    x = conv(3, 3, activation="relu", name="conv1")(inputs)
    x = conv(4, 2, use_bias=False, name="conv2")(x)
    x = keras.layers.Activation("relu", name="conv2_relu")(x)
    x = keras.layers.Flatten(name="flatten")(x)
    return _classifier(inputs, keras.layers.Dense(3, name="output")(x))


def _qkeras_layers():
    """QConv1D with a bias quantizer, a QConv2D without a bias, a QDense without a bias quantizer; quantized
    ReLUs between."""
    inputs = keras.Input((8, 2))
    x = qkeras.QConv1D(3, 3, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="conv1")(inputs)
    x = qkeras.QActivation(RELU, name="conv1_relu")(x)
    x = keras.layers.Reshape((6, 1, 3), name="reshape")(x)
    x = qkeras.QConv2D(4, (2, 1), kernel_quantizer=WEIGHTS, use_bias=False, name="conv2")(x)
    x = qkeras.QActivation(RELU, name="conv2_relu")(x)
    x = keras.layers.Flatten(name="flatten")(x)
    return _classifier(inputs, qkeras.QDense(3, kernel_quantizer=WEIGHTS, name="output")(x))


def _qkeras_unquantized_kernels():
    """QKeras layers without a kernel quantizer (float weights): one with a bias quantizer, one without."""
    inputs = keras.Input((9,))
    x = qkeras.QDense(6, bias_quantizer=BIAS, name="fc1")(inputs)
    x = qkeras.QActivation(RELU, name="fc1_relu")(x)
    x = qkeras.QDense(4, name="fc2")(x)
    x = qkeras.QActivation(RELU, name="fc2_relu")(x)
    x = qkeras.QConv1D(2, 2, name="conv")(keras.layers.Reshape((4, 1), name="reshape")(x))
    x = keras.layers.Flatten(name="flatten")(x)
    return _classifier(inputs, qkeras.QDense(3, kernel_quantizer=WEIGHTS, name="output")(x))


def _qkeras_integer_activations():
    """A quantized ReLU without fractional bits (hls4ml: uint<4>) and a quantized_bits QActivation (kept by
    the pipeline, `models.user.kept_quantizers`) between QDense layers."""
    inputs = keras.Input((9,))
    x = qkeras.QDense(6, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="fc1")(inputs)
    x = qkeras.QActivation("quantized_relu(4,4)", name="fc1_relu")(x)
    x = qkeras.QDense(5, kernel_quantizer=WEIGHTS, name="fc2")(x)
    x = qkeras.QActivation("quantized_bits(6,2,alpha=1)", name="fc2_bits")(x)
    return _classifier(inputs, qkeras.QDense(3, kernel_quantizer=WEIGHTS, name="output")(x))


def _qkeras_leaky_relu():
    """A leaky quantized ReLU (negative_slope != 0), which hls4ml types signed (fixed<5,3>, a
    ParametrizedActivation): the next layer multiplies that type. It was costed unsigned (ufixed<5,2>)."""
    inputs = keras.Input((9,))
    x = qkeras.QDense(6, kernel_quantizer=WEIGHTS, name="fc1")(inputs)
    x = qkeras.QActivation("quantized_relu(5,2,negative_slope=0.25)", name="fc1_relu")(x)
    x = qkeras.QDense(5, kernel_quantizer=WEIGHTS, name="fc2")(x)
    x = qkeras.QActivation("quantized_relu(4,4,negative_slope=0.5)", name="fc2_relu")(x)
    return _classifier(inputs, qkeras.QDense(3, kernel_quantizer=WEIGHTS, name="output")(x))


def _qkeras_ternary_and_binary():
    """Ternary and binary kernels (alpha 1), which hls4ml builds with select products (weight_ternary on
    int<2> weights, weight_binary on one-bit xnor weights, whose accumulator and result hls4ml cannot infer:
    the Model default); a QConv2D and two QDense. They were costed as `hls.precision` multiplications."""
    inputs = keras.Input((5, 5, 2))
    x = qkeras.QConv2D(3, 3, kernel_quantizer="ternary(alpha=1)", bias_quantizer=BIAS, name="conv")(inputs)
    x = qkeras.QActivation(RELU, name="conv_relu")(x)
    x = keras.layers.Flatten(name="flatten")(x)
    x = qkeras.QDense(6, kernel_quantizer="binary(alpha=1)", bias_quantizer=BIAS, name="fc1")(x)
    x = qkeras.QActivation(RELU, name="fc1_relu")(x)
    x = qkeras.QDense(5, kernel_quantizer="stochastic_ternary(alpha=1)", name="fc2")(x)
    x = qkeras.QActivation(RELU, name="fc2_relu")(x)
    return _classifier(inputs, qkeras.QDense(3, kernel_quantizer=WEIGHTS, name="output")(x))


def _float_batchnorm():
    inputs = keras.Input((9,))
    x = keras.layers.Dense(6, name="fc1")(inputs)
    x = keras.layers.BatchNormalization(name="bn")(x)
    x = keras.layers.Activation("relu", name="relu")(x)
    return _classifier(inputs, keras.layers.Dense(3, name="output")(x))


def _qkeras_batchnorm():
    inputs = keras.Input((9,))
    x = qkeras.QDense(6, kernel_quantizer=WEIGHTS, name="fc1")(inputs)
    x = keras.layers.BatchNormalization(name="bn")(x)
    x = qkeras.QActivation(RELU, name="relu")(x)
    return _classifier(inputs, qkeras.QDense(3, kernel_quantizer=WEIGHTS, name="output")(x))


def _float_padded_conv2d():
    """Zero paddings (asymmetric, and after a LeakyReLU) before float Conv2D layers, and a PReLU: hls4ml
    types a padding's result as its input, a LeakyReLU's (a ParametrizedActivation) or PReLU's `auto` one as
    the Model default."""
    inputs = keras.Input((6, 6, 2))
    x = keras.layers.ZeroPadding2D(((1, 2), (0, 1)), name="pad1")(inputs)
    x = keras.layers.Conv2D(3, 3, name="conv1")(x)
    x = keras.layers.LeakyReLU(0.3, name="leaky")(x)
    x = keras.layers.ZeroPadding2D(1, name="pad2")(x)
    x = keras.layers.Conv2D(4, 2, name="conv2")(x)
    x = keras.layers.PReLU(name="prelu")(x)
    x = keras.layers.Flatten(name="flatten")(x)
    return _classifier(inputs, keras.layers.Dense(3, name="output")(x))


def _float_padded_conv1d():
    """Zero paddings before float Conv1D layers, one right after a convolution (whose `auto` result it passes
    on), an ELU and a LeakyReLU."""
    inputs = keras.Input((8, 2))
    x = keras.layers.ZeroPadding1D((1, 2), name="pad1")(inputs)
    x = keras.layers.Conv1D(3, 3, name="conv1")(x)
    x = keras.layers.ELU(name="elu")(x)
    x = keras.layers.Conv1D(3, 2, name="conv2")(keras.layers.ZeroPadding1D(1, name="pad2")(x))
    x = keras.layers.Conv1D(4, 2, name="conv3")(keras.layers.ZeroPadding1D(2, name="pad3")(x))
    x = keras.layers.LeakyReLU(0.25, name="leaky")(x)
    x = keras.layers.Flatten(name="flatten")(x)
    return _classifier(inputs, keras.layers.Dense(3, name="output")(x))


def _qkeras_padded():
    """QKeras convolutions after zero paddings: after a `quantized_bits` QActivation that hls4ml removes
    (merged into the convolution before) the padding keeps the quantizer's configured type, which the next
    layer reads; after a convolution, that layer's exact sum; after a LeakyReLU, the Model default."""
    inputs = keras.Input((8, 2))
    x = qkeras.QConv1D(3, 3, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="conv1")(inputs)
    x = qkeras.QActivation("quantized_bits(6,2,alpha=1)", name="bits")(x)
    x = keras.layers.ZeroPadding1D(1, name="pad1")(x)
    x = qkeras.QConv1D(3, 3, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="conv2")(x)
    x = keras.layers.ZeroPadding1D((0, 1), name="pad2")(x)
    x = qkeras.QConv1D(3, 2, kernel_quantizer=WEIGHTS, name="conv3")(x)
    x = keras.layers.LeakyReLU(0.125, name="leaky")(x)
    x = keras.layers.ZeroPadding1D(1, name="pad3")(x)
    x = qkeras.QConv1D(2, 3, kernel_quantizer=WEIGHTS, name="conv4")(x)
    x = keras.layers.Flatten(name="flatten")(x)
    return _classifier(inputs, qkeras.QDense(3, kernel_quantizer=WEIGHTS, name="output")(x))


def _qkeras_cropped():
    """QKeras convolutions after croppings: after a convolution's `auto` result hls4ml 1.3 types the cropping
    with the Model default (it infers no type for a cropping), which the next layer reads; after a
    `quantized_bits` QActivation that hls4ml removes, the quantizer's configured type, as a zero padding."""
    inputs = keras.Input((10, 2))
    x = qkeras.QConv1D(3, 3, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="conv1")(inputs)
    x = keras.layers.Cropping1D((1, 0), name="crop1")(x)
    x = qkeras.QConv1D(3, 2, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="conv2")(x)
    x = qkeras.QActivation("quantized_bits(6,2,alpha=1)", name="bits")(x)
    x = keras.layers.Cropping1D((0, 2), name="crop2")(x)
    x = qkeras.QConv1D(2, 2, kernel_quantizer=WEIGHTS, name="conv3")(x)
    x = keras.layers.Flatten(name="flatten")(x)
    return _classifier(inputs, qkeras.QDense(3, kernel_quantizer=WEIGHTS, name="output")(x))


def _float_cropped_conv2d():
    """A float Conv2D's `auto` sum cropped (the Model default after it), a ReLU cropped (its type kept)."""
    inputs = keras.Input((7, 7, 1))
    x = keras.layers.Conv2D(3, 3, name="conv1")(inputs)
    x = keras.layers.Cropping2D(((1, 0), (0, 2)), name="crop1")(x)
    x = keras.layers.Conv2D(3, 2, activation="relu", name="conv2")(x)
    x = keras.layers.Cropping2D(((0, 1), (1, 0)), name="crop2")(x)
    x = keras.layers.Flatten(name="flatten")(x)
    return _classifier(inputs, keras.layers.Dense(3, name="output")(x))


def _float_depthwise_batchnorm():
    """A DS-CNN block: a depthwise convolution without a bias whose output a BatchNormalization reads (hls4ml
    1.3 would fuse it wrongly were its result `auto`: `models.user.unfused_depthwise` types it), a ReLU,
    then the pointwise (1x1) convolution and its BatchNormalization, which hls4ml fuses."""
    inputs = keras.Input((6, 6, 2))
    x = keras.layers.Conv2D(3, 3, padding="same", activation="relu", name="conv1")(inputs)
    x = keras.layers.DepthwiseConv2D(3, padding="same", use_bias=False, name="dw")(x)
    x = keras.layers.BatchNormalization(name="dw_bn")(x)
    x = keras.layers.ReLU(name="dw_relu")(x)
    x = keras.layers.Conv2D(4, 1, name="pw")(x)
    x = keras.layers.BatchNormalization(name="pw_bn")(x)
    x = keras.layers.ReLU(name="pw_relu")(x)
    x = keras.layers.Flatten(name="flatten")(x)
    return _classifier(inputs, keras.layers.Dense(3, name="output")(x))


def _float_depthwise_direct():
    """A pointwise convolution reading a depthwise convolution's result directly: under a configuration that
    leaves it `auto`, the exact sum of its 3x3 taps."""
    inputs = keras.Input((6, 6, 2))
    x = keras.layers.Conv2D(3, 3, activation="relu", name="conv1")(inputs)
    x = keras.layers.DepthwiseConv2D(3, name="dw")(x)
    x = keras.layers.Conv2D(4, 1, name="pw")(x)
    x = keras.layers.Flatten(name="flatten")(x)
    return _classifier(inputs, keras.layers.Dense(3, name="output")(x))


def _qkeras_depthwise():
    """A QDepthwiseConv2D with kernel and bias quantizers between QKeras convolutions: its `auto` result is
    inferred from its quantizers' types and its 2x2 taps."""
    inputs = keras.Input((6, 6, 2))
    x = qkeras.QConv2D(3, 3, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="conv1")(inputs)
    x = qkeras.QActivation(RELU, name="relu1")(x)
    x = qkeras.QDepthwiseConv2D(2, depthwise_quantizer=WEIGHTS, bias_quantizer=BIAS, name="dw")(x)
    x = qkeras.QConv2D(4, 1, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="pw")(x)
    x = keras.layers.Flatten(name="flatten")(x)
    return _classifier(inputs, qkeras.QDense(3, kernel_quantizer=WEIGHTS, name="output")(x))


def _float_depthwise1d():
    """A DepthwiseConv1D with its own ReLU (hls4ml splits it off as `dw_relu`) before a pointwise Conv1D."""
    inputs = keras.Input((8, 2))
    x = keras.layers.Conv1D(3, 3, name="conv1")(inputs)
    x = keras.layers.DepthwiseConv1D(3, activation="relu", name="dw")(x)
    x = keras.layers.Conv1D(4, 1, name="pw")(x)
    x = keras.layers.Flatten(name="flatten")(x)
    return _classifier(inputs, keras.layers.Dense(3, name="output")(x))


def _float_permuted():
    """An interaction network's axis swaps: a Permute between pointwise Conv1D layers, one before a Dense over
    positions (hls4ml's Transpose, typed as its input whatever its configuration says)."""
    inputs = keras.Input((8, 3))
    x = keras.layers.Conv1D(4, 1, activation="relu", name="conv1")(inputs)
    x = keras.layers.Conv1D(5, 1, name="conv2")(keras.layers.Permute((2, 1), name="swap")(x))
    x = keras.layers.Dense(3, name="dense")(keras.layers.Permute((2, 1), name="swap_back")(x))
    x = keras.layers.Flatten(name="flatten")(x)
    return _classifier(inputs, keras.layers.Dense(3, name="output")(x))


BUILDS = [
    _float_model,
    _float_conv2d,
    _float_conv1d,
    _qkeras_layers,
    _qkeras_unquantized_kernels,
    _qkeras_integer_activations,
    _qkeras_leaky_relu,
    _qkeras_ternary_and_binary,
    _float_batchnorm,
    _qkeras_batchnorm,
    _float_padded_conv2d,
    _float_padded_conv1d,
    _qkeras_padded,
    _float_depthwise_batchnorm,
    _float_depthwise_direct,
    _qkeras_depthwise,
    _float_depthwise1d,
    _float_permuted,
    _qkeras_cropped,
    _float_cropped_conv2d,
]


def _designed_types(designed, precisions) -> dict:
    def own(name):
        return precisions[name] if isinstance(precisions, dict) else precisions

    return {
        layer.name: {
            "weight": layer.weight_type,
            "bias": parse_precision(own(layer.name).bias or own(layer.name).weight),
            "input": layer.input_type,
            "accum": layer.accum_type,
            "product": layer.product,
            "result": parse_precision(result_type(own(layer.name), layer)),
        }
        for layer in designed
    }


def _hls4ml_types(graph, names) -> dict:
    """Each weight layer's types in hls4ml's ModelGraph, and the product its backend builds them with."""
    from hls4ml.model.types import XnorPrecisionType

    layers = {layer.name: layer for layer in graph.get_layers()}

    def weight(name):
        precision = layers[name].get_attr("weight_t").precision
        return XNOR_COSTED_AS if isinstance(precision, XnorPrecisionType) else fixed_type_of(precision)

    return {
        name: {
            "weight": weight(name),
            "bias": fixed_type_of(layers[name].get_attr("bias_t").precision),
            "input": fixed_type_of(layers[name].get_input_variable().type.precision),
            "accum": fixed_type_of(layers[name].get_attr("accum_t").precision),
            "product": graph.config.backend.product_type(
                layers[name].get_input_variable().type.precision, layers[name].get_attr("weight_t").precision
            ),
            "result": fixed_type_of(layers[name].get_output_variable().type.precision),
        }
        for name in names
    }


def _mismatches(designed: dict, hls4ml: dict) -> list[str]:
    return [
        f"{name}.{kind}: designed {designed[name][kind]}, hls4ml {hls4ml[name][kind]}"
        for name in hls4ml
        for kind in KINDS
        if designed[name][kind] != hls4ml[name][kind]
    ]


def _pipeline_types(model, settings, tmp_path) -> tuple[dict, dict]:
    """(the prune side's, hls4ml's) types of each weight layer of a model file in the pipeline (`hls.run`'s
    path: prepare_model, layer_strategies, hls4ml_config)."""
    from fpgaprune.hls.convert import hls4ml_config, layer_strategies, model_graph, prepare_model
    from fpgaprune.models.user import model_precisions, weight_layers

    weights = weight_layers(model)
    reuse = {layer.name: LayerHls(1, "latency") for layer in weights}
    strategies = layer_strategies(model, reuse, settings.io_type, pruned=False)
    logits = weights[-1].name
    hls_input = prepare_model(model, logits)[0]
    graph = model_graph(hls_input, hls4ml_config(hls_input, settings, strategies, logits), settings, tmp_path)
    precisions = model_precisions(model, settings)
    designed = design_layers(weights, reuse, precisions, settings.io_type, pruned=False)
    return _designed_types(designed, precisions), _hls4ml_types(graph, [layer.name for layer in weights])


@pytest.mark.parametrize(
    ("io_type", "accum", "backend"),
    [
        ("io_parallel", "auto", "Vitis"),
        ("io_stream", "auto", "Vitis"),
        ("io_parallel", "ap_fixed<24,10>", "Vitis"),
        ("io_stream", "ap_fixed<24,10>", "Vivado"),
    ],
)
@pytest.mark.parametrize("build", BUILDS)
def test_a_model_files_types_in_the_pipeline_are_hls4mls(tmp_path, build, io_type, accum, backend):
    settings = hls_settings(
        precision="ap_fixed<14,5>",
        input_precision="ufixed<7,1>",
        io_type=io_type,
        accum_precision=accum,
        backend=backend,
    )
    designed, hls4ml = _pipeline_types(random_weights(build()), settings, tmp_path)
    assert _mismatches(designed, hls4ml) == []


@pytest.mark.parametrize("io_type", ["io_parallel", "io_stream"])
def test_a_permute_is_typed_as_its_input_whatever_its_configuration_says(tmp_path, io_type):
    """hls4ml 1.3 builds a Transpose in its input's type (`Transpose.initialize`), as a zero padding: a
    `LayerName` result of the Permute's own is not the type the next layer reads (until 2026-12-06 fpgaprune
    typed the next layer's input, accumulator and result from it)."""
    import hls4ml

    from fpgaprune.hls.convert import hls_input_names, model_graph, prepare_model, user_config
    from fpgaprune.hls.quiet import quietly
    from fpgaprune.models.user import hls_design, weight_layers

    model = random_weights(_float_permuted())
    config = quietly(hls4ml.utils.config_from_keras_model, model, granularity="name", backend="Vitis")
    config["LayerName"]["swap"]["Precision"]["result"] = "fixed<9,3>"
    weights = weight_layers(model)
    design = hls_design(model, {"IOType": io_type, "HLSConfig": config})
    reuse = design.setting.resolve(weights, "hls_config")
    hls_input = prepare_model(model, weights[-1].name)[0]
    strategies = {layer.name: (1, "Latency") for layer in weights}
    written = user_config(hls_input, config, hls_input_names(model), strategies, weights[-1].name)
    graph = model_graph(hls_input, written, hls_settings(precision="fixed<16,6>", io_type=io_type), tmp_path)
    designed = design_layers(weights, reuse, design.precisions, io_type, pruned=False)
    hls4ml_types = _hls4ml_types(graph, [layer.name for layer in weights])
    assert _mismatches(_designed_types(designed, design.precisions), hls4ml_types) == []
    assert hls4ml_types["conv2"]["input"] != parse_precision("fixed<9,3>")


@pytest.mark.parametrize(
    ("granularity", "io_type"),
    [
        ("name", "io_parallel"),
        ("name", "io_stream"),
        ("model", "io_parallel"),
        ("model", "io_stream"),
        ("type", "io_parallel"),
    ],
)
@pytest.mark.parametrize("maximum", [None, "fixed<20,8>"], ids=["", "maximum"])
@pytest.mark.parametrize("build", BUILDS)
def test_a_model_files_types_under_a_users_hls4ml_config_are_hls4mls(
    tmp_path, build, granularity, io_type, maximum
):
    """hls4ml's own configuration of the model (what a user starts from), as `fpgaprune.optimize` and
    `prune --hls-config` read it."""
    import hls4ml

    from fpgaprune.hls.convert import hls_input_names, model_graph, prepare_model, user_config
    from fpgaprune.hls.quiet import quietly
    from fpgaprune.models.user import hls_design, weight_layers

    if maximum and io_type == "io_stream":
        pytest.skip("the Model maximum is checked io_parallel")
    model = random_weights(build())
    config = quietly(hls4ml.utils.config_from_keras_model, model, granularity=granularity, backend="Vitis")
    if maximum:
        config["Model"]["Precision"] = {"default": "fixed<16,6>", "maximum": maximum}
    weights = weight_layers(model)
    design = hls_design(model, {"IOType": io_type, "HLSConfig": config})
    reuse = design.setting.resolve(weights, "hls_config")
    logits = weights[-1].name
    hls_input = prepare_model(model, logits)[0]
    strategies = {layer.name: (1, "Latency") for layer in weights}
    written = user_config(hls_input, config, hls_input_names(model), strategies, logits)
    graph = model_graph(hls_input, written, hls_settings(precision="fixed<16,6>", io_type=io_type), tmp_path)
    designed = design_layers(weights, reuse, design.precisions, io_type, pruned=False)
    hls4ml_types = _hls4ml_types(graph, [layer.name for layer in weights])
    assert _mismatches(_designed_types(designed, design.precisions), hls4ml_types) == []


@pytest.mark.parametrize(
    ("zoo_model", "io_type"),
    [
        ("digits_mlp", "io_parallel"),
        ("digits_mlp", "io_stream"),
        ("lenet5", "io_stream"),
        ("svhn_cnn", "io_parallel"),
    ],
)
@pytest.mark.parametrize("quantization", [None, "q"], ids=["float", "qkeras"])
def test_a_zoo_models_types_are_hls4mls(tmp_path, quantization, zoo_model, io_type):
    """A zoo model in the pipeline (`Experiment.precisions`): every weight layer, not only the first;
    LeNet-5's convolutions and poolings, the SVHN CNN's batch normalisations."""
    from fpgaprune.core.zoo import get_architecture
    from fpgaprune.hls.convert import hls4ml_config, layer_strategies, model_graph, prepare_model
    from fpgaprune.models.build import build_model

    entries = {"hls": {"precision": "ap_fixed<16,6>", "input_precision": "ufixed<5,1>", "io_type": io_type}}
    if quantization:
        entries["quantization"] = ZOO_QUANTIZATION
    dataset = {"digits_mlp": "digits", "lenet5": "fashion_mnist", "svhn_cnn": "svhn"}[zoo_model]
    experiment = make_experiment(dataset=dataset, model=zoo_model, **entries)
    model = build_model(get_architecture(experiment.model), experiment.quantization)
    designed = experiment.design(experiment.setting_names[0], pruned=False)
    weights = experiment.weight_layers
    reuse = {layer.name: LayerHls(1, "latency") for layer in weights}
    strategies = layer_strategies(model, reuse, io_type, pruned=False)
    hls_input = prepare_model(model)[0]
    config = hls4ml_config(hls_input, experiment.hls, strategies)
    graph = model_graph(hls_input, config, experiment.hls, tmp_path)
    hls4ml_types = _hls4ml_types(graph, [layer.name for layer in weights])
    assert _mismatches(_designed_types(designed, experiment.precisions), hls4ml_types) == []


@pytest.mark.parametrize("build", [_float_batchnorm, _qkeras_batchnorm])
def test_a_batchnorms_scale_and_bias_are_written_in_one_rounded_type(tmp_path, build):
    """A batch normalisation after a Dense, which hls4ml 1.3 keeps in the pipeline's configuration (it folds
    one only into a layer whose result is left `auto`), multiplies by float scales and adds float biases: the
    pipeline writes both in `hls.precision` rounded (`core.design.rounded`), as every float constant. Its
    scale was `hls.precision` truncating."""
    from fpgaprune.core.design import rounded
    from fpgaprune.hls.convert import hls4ml_config, layer_strategies, model_graph, prepare_model
    from fpgaprune.models.user import weight_layers

    settings = hls_settings(precision="ap_fixed<14,5>", input_precision="ufixed<7,1>")
    model = random_weights(build())
    weights = weight_layers(model)
    reuse = {layer.name: LayerHls(1, "latency") for layer in weights}
    strategies = layer_strategies(model, reuse, settings.io_type, pruned=False)
    hls_input = prepare_model(model, "output")[0]
    graph = model_graph(
        hls_input, hls4ml_config(hls_input, settings, strategies, "output"), settings, tmp_path
    )
    kept = [layer for layer in graph.get_layers() if layer.class_name == "BatchNormalization"]
    assert [layer.name for layer in kept] == ["bn"]
    written = parse_precision(rounded(settings.precision))
    for layer in kept:
        assert fixed_type_of(layer.get_attr("scale_t").precision) == written
        assert fixed_type_of(layer.get_attr("bias_t").precision) == written


def _activation_between(activation: str, fused: bool):
    """QDense fc1 -> `activation` (a QActivation `act`, or fc1's own activation) -> QDense output."""
    inputs = keras.Input((9,))
    if fused:
        x = qkeras.QDense(6, kernel_quantizer=WEIGHTS, activation=activation, name="fc1")(inputs)
    else:
        x = qkeras.QDense(6, kernel_quantizer=WEIGHTS, name="fc1")(inputs)
        x = qkeras.QActivation(activation, name="act")(x)
    return _classifier(inputs, qkeras.QDense(3, kernel_quantizer=WEIGHTS, name="output")(x))


ACTIVATION_CLASSES = ("Activation", "ParametrizedActivation", "HardActivation")


def _built_as_designed(model, config: dict, tmp_path):
    """hls4ml's graph of `model` under the user's `config` (io_parallel, every weight layer Latency RF 1) and
    the types it gives the weight layers, checked equal to fpgaprune's design of the same."""
    from fpgaprune.hls.convert import hls_input_names, model_graph, prepare_model, user_config
    from fpgaprune.models.user import hls_design, weight_layers

    weights = weight_layers(model)
    design = hls_design(model, {"IOType": "io_parallel", "HLSConfig": config})
    hls_input = prepare_model(model, "output")[0]
    strategies = {layer.name: (1, "Latency") for layer in weights}
    written = user_config(hls_input, config, hls_input_names(model), strategies, "output")
    graph = model_graph(hls_input, written, hls_settings(precision="fixed<16,6>"), tmp_path)
    reuse = design.setting.resolve(weights, "hls_config")
    designed = design_layers(weights, reuse, design.precisions, "io_parallel", pruned=False)
    hls4ml_types = _hls4ml_types(graph, [layer.name for layer in weights])
    assert _mismatches(_designed_types(designed, design.precisions), hls4ml_types) == []
    return graph, hls4ml_types


@pytest.mark.parametrize("fused", [False, True], ids=["qactivation", "fused"])
@pytest.mark.parametrize(
    ("activation", "hls4ml_class"),
    [
        ("quantized_relu(5,2,negative_slope=0.25)", "ParametrizedActivation"),
        ("quantized_tanh(6,2)", "HardActivation"),
        ("quantized_relu(5,2)", "Activation"),
    ],
)
@pytest.mark.parametrize("key", ACTIVATION_CLASSES)
def test_a_layer_type_entry_applies_to_the_activation_hls4ml_builds(
    tmp_path, activation, hls4ml_class, fused, key
):
    """hls4ml 1.3 builds a leaky quantized ReLU as a `ParametrizedActivation` (LeakyReLU) and a quantized tanh
    as a `HardActivation`, and looks `LayerType` entries up by that class: `LayerType: {Activation: ...}` does
    not reach them. fpgaprune applied the `Activation` entry to them (the next layer multiplied its result
    type, `fixed<12,4>`, where hls4ml's reads the Model default `fixed<16,6>`) and left out theirs."""
    model = random_weights(_activation_between(activation, fused))
    config = {
        "Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1, "Strategy": "Latency"},
        "LayerType": {key: {"Precision": {"result": "fixed<12,4>"}}},
    }
    graph, hls4ml_types = _built_as_designed(model, config, tmp_path)
    built = {layer.name: layer.class_name for layer in graph.get_layers()}
    assert built[f"fc1_{activation.split('(')[0]}" if fused else "act"] == hls4ml_class
    applies = parse_precision("fixed<12,4>") if key == hls4ml_class else parse_precision("fixed<16,6>")
    assert hls4ml_types["output"]["input"] == applies  # the entry reaches the activation only by its class


@pytest.mark.parametrize("activation", ["quantized_relu(5,2,negative_slope=0.25)", "quantized_tanh(6,2)"])
def test_a_linear_activation_after_any_activation_class_is_merged_as_hls4ml_does(tmp_path, activation):
    """hls4ml's MergeLinearActivation removes a `quantized_bits` QActivation after an `auto` result of any
    Activation subclass (`isinstance`), a ParametrizedActivation's and a HardActivation's too: the next layer
    reads the Model default, not the QActivation's configured type (it was costed reading `fixed<9,3>`)."""
    inputs = keras.Input((9,))
    x = qkeras.QDense(6, kernel_quantizer=WEIGHTS, name="fc1")(inputs)
    x = qkeras.QActivation(activation, name="act")(x)
    x = qkeras.QActivation("quantized_bits(8,2,alpha=1)", name="bits")(x)
    model = random_weights(_classifier(inputs, qkeras.QDense(3, kernel_quantizer=WEIGHTS, name="output")(x)))
    config = {
        "Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1, "Strategy": "Latency"},
        "LayerName": {
            "act": {"Precision": {"result": "auto"}},
            "bits": {"Precision": {"result": "fixed<9,3>"}},
        },
    }
    graph, hls4ml_types = _built_as_designed(model, config, tmp_path)
    assert "bits" not in {layer.name for layer in graph.get_layers()}
    assert hls4ml_types["output"]["input"] == parse_precision("fixed<16,6>")


def test_a_keras_leaky_or_parametric_relus_alphas_are_written_in_one_rounded_type(tmp_path):
    """The pipeline writes a Keras LeakyReLU's alpha and a PReLU's alphas in `hls.precision` rounded, as every
    float constant (hls4ml's `auto` would give the LeakyReLU's an 8-bit truncated constant type and the
    PReLU's the type of its input); a QActivation's leaky slope keeps hls4ml's `auto`."""
    from fpgaprune.core.design import rounded
    from fpgaprune.hls.convert import hls4ml_config, layer_strategies, model_graph, prepare_model
    from fpgaprune.models.user import weight_layers

    settings = hls_settings(precision="ap_fixed<14,5>")
    for build, alphas in ((_float_padded_conv2d, ("leaky", "prelu")), (_qkeras_leaky_relu, ())):
        model = random_weights(build())
        reuse = {layer.name: LayerHls(1, "latency") for layer in weight_layers(model)}
        strategies = layer_strategies(model, reuse, settings.io_type, pruned=False)
        hls_input = prepare_model(model, "output")[0]
        config = hls4ml_config(hls_input, settings, strategies, "output")
        graph = model_graph(hls_input, config, settings, tmp_path)
        layers = {layer.name: layer for layer in graph.get_layers()}
        for name in alphas:
            assert fixed_type_of(layers[name].get_attr("param_t").precision) == parse_precision(
                rounded(settings.precision)
            )
        if not alphas:
            assert config["LayerName"]["fc1_relu"]["Precision"]["param"] == "auto"
