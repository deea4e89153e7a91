"""The design layers' `auto` accumulators are the types hls4ml itself infers: each model is converted by the
project's own path (`convert.hls4ml_config` or `convert.user_config`, then `convert.model_graph`: hls4ml
1.x's ModelGraph, nothing written or compiled) and every weight layer's `accum_t` is read from it.

The cases are the bias types hls4ml adds into an `auto` accumulator (`precision.inferred_accum_type`): a
QKeras bias quantizer's type, the pipeline's rounded `hls.precision` for a float layer and a QKeras layer
without a bias quantizer, a user's hls4ml config naming `bias` per layer or class and a Model
`Precision: maximum`, and the `ap_uint<1>` zero of a layer without a bias (use_bias=False).

And the type a weight layer reads after a Flatten or a pooling: the pipeline leaves a Flatten's and a max
pooling's `auto` result to hls4ml (their input's type), an average or a global pooling's result is
`hls.precision`, and a user's config is read as written (`auto` per layer, the Model default, a `LayerName`
or `LayerType` result)."""

import pytest

from fpgaprune.core.design import NO_BIAS, LayerHls, design_layers
from fpgaprune.core.hardware.precision import FixedType, fixed_type_of, parse_precision

from ..configs import hls_settings, make_experiment

pytest.importorskip("hls4ml")
keras = pytest.importorskip("fpgaprune.compat").keras
qkeras = pytest.importorskip("qkeras")

WEIGHTS = "quantized_bits(6,0,alpha=1)"
BIAS = "quantized_bits(10,3,alpha=1)"


def _qkeras_dense_model():
    """QDense with a kernel quantizer of keep_negative=False (hls4ml types it signed all the same) and an
    integer bias quantizer (hls4ml: int<6>), a QDense with a bias quantizer wider than the kernel's, a QDense
    without a bias quantizer, a QDense without a bias; inputs ufixed<7,1> (the design's input precision),
    quantized ReLUs between."""
    inputs = keras.Input((9,))
    unsigned, integer = "quantized_bits(6,0,keep_negative=False,alpha=1)", "quantized_bits(6,6,alpha=1)"
    x = qkeras.QDense(6, kernel_quantizer=unsigned, bias_quantizer=integer, name="u")(inputs)
    x = qkeras.QActivation("quantized_relu(6,2)", name="u_relu")(x)
    x = qkeras.QDense(7, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="fc")(x)
    x = qkeras.QActivation("quantized_relu(5,2)", name="fc_relu")(x)
    x = qkeras.QDense(5, kernel_quantizer=WEIGHTS, name="no_bias_quantizer")(x)
    x = qkeras.QActivation("quantized_relu(4,1)", name="nbq_relu")(x)
    x = qkeras.QDense(3, kernel_quantizer=WEIGHTS, use_bias=False, name="output")(x)
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))


def _qkeras_conv_model():
    """QConv2D with a bias quantizer, then a QConv2D without one whose kernel covers the map (the logits)."""
    inputs = keras.Input((6, 6, 2))
    x = qkeras.QConv2D(3, (3, 3), kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="conv")(inputs)
    x = qkeras.QActivation("quantized_relu(5,2)", name="conv_relu")(x)
    x = qkeras.QConv2D(4, (4, 4), kernel_quantizer=WEIGHTS, name="output")(x)
    x = keras.layers.Flatten(name="flatten")(x)
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))


def _float_model():
    """Float Dense layers, the middle one without a bias."""
    inputs = keras.Input((9,))
    x = keras.layers.Dense(6, activation="relu", name="fc1")(inputs)
    x = keras.layers.Dense(5, use_bias=False, name="fc2")(x)
    x = keras.layers.Activation("relu", name="fc2_relu")(x)
    x = keras.layers.Dense(3, name="output")(x)
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))


def _hls4ml_accumulators(graph, names) -> dict[str, FixedType]:
    layers = {layer.name: layer for layer in graph.get_layers()}
    return {name: fixed_type_of(layers[name].get_attr("accum_t").precision) for name in names}


def _pipeline_graph(model, weights, settings, tmp_path):
    """The ModelGraph the pipeline builds (`hls.run`: prepare_model, layer_strategies, hls4ml_config)."""
    from fpgaprune.hls.convert import hls4ml_config, layer_strategies, model_graph, prepare_model

    reuse = {layer.name: LayerHls(1, "latency") for layer in weights}
    strategies = layer_strategies(model, reuse, settings.io_type, pruned=False)
    logits = weights[-1].name
    hls_input = prepare_model(model, logits)[0]
    config = hls4ml_config(hls_input, settings, strategies, logits)
    return model_graph(hls_input, config, settings, tmp_path), reuse


def _model_file_accumulators(model, settings, tmp_path):
    """(the design's, hls4ml's) accumulator of each weight layer of a model file in the pipeline."""
    from fpgaprune.models.user import model_precisions, weight_layers

    weights = weight_layers(model)
    graph, reuse = _pipeline_graph(model, weights, settings, tmp_path)
    precisions = model_precisions(model, settings)
    designed = design_layers(weights, reuse, precisions, settings.io_type, pruned=False)
    return {layer.name: layer.accum_type for layer in designed}, _hls4ml_accumulators(
        graph, [layer.name for layer in weights]
    )


@pytest.mark.parametrize("build", [_qkeras_dense_model, _qkeras_conv_model, _float_model])
def test_a_model_files_auto_accumulators_are_hls4mls(tmp_path, build):
    """A model file in the pipeline (`models.user.model_precisions`)."""
    if build is _float_model:
        settings = hls_settings(precision="ap_fixed<18,8>")
    else:
        settings = hls_settings(precision="ap_fixed<14,5>", input_precision="ufixed<7,1>")
    designed, expected = _model_file_accumulators(build(), settings, tmp_path)
    assert designed == expected
    if build is _qkeras_conv_model:  # without the bias step conv would be fixed<18,7>
        assert expected["conv"] == FixedType(19, 8)


ZOO_QUANTIZATION = {
    "weight_bits": 8,
    "weight_integer_bits": 1,
    "activation_bits": 8,
    "activation_integer_bits": 3,
}


def _zoo_pipeline(quantization, tmp_path):
    """A zoo model's designed layers (`Experiment.precisions`, float or QKeras) and the hls4ml graph the
    pipeline converts it to."""
    from fpgaprune.core.zoo import get_architecture
    from fpgaprune.models.build import build_model

    entries = {"hls": {"precision": "ap_fixed<16,6>", "input_precision": "ufixed<5,1>"}}
    if quantization:
        entries["quantization"] = ZOO_QUANTIZATION
    experiment = make_experiment(**entries)
    model = build_model(get_architecture(experiment.model), experiment.quantization)
    designed = experiment.design(experiment.setting_names[0], pruned=False)
    graph, _ = _pipeline_graph(model, experiment.weight_layers, experiment.hls, tmp_path)
    return designed, graph


@pytest.mark.parametrize("quantization", [None, "q"], ids=["float", "qkeras"])
def test_a_zoo_models_auto_accumulators_are_hls4mls(tmp_path, quantization):
    """A zoo model in the pipeline (`Experiment.precisions`)."""
    designed, graph = _zoo_pipeline(quantization, tmp_path)
    expected = _hls4ml_accumulators(graph, [layer.name for layer in designed])
    assert {layer.name: layer.accum_type for layer in designed} == expected


def _hls4ml_types(graph, names) -> dict[str, tuple[FixedType, FixedType]]:
    """(weight type, bias type) of each weight layer in hls4ml's ModelGraph: the types the firmware declares
    and HLS converts the printed weights into."""
    layers = {layer.name: layer for layer in graph.get_layers()}
    return {
        name: tuple(fixed_type_of(layers[name].get_attr(f"{var}_t").precision) for var in ("weight", "bias"))
        for name in names
    }


def _graph_input_type(graph) -> FixedType:
    return fixed_type_of(graph.get_input_variables()[0].type.precision)


def test_a_float_model_files_weight_bias_and_input_types_are_the_written_projects(tmp_path):
    """The prune's cost model quantizes a float kernel in the design's weight type: it must be the type the
    pipeline writes (`hls.convert.hls4ml_config`: `hls.precision` rounded to nearest and saturating,
    `core.design.rounded`). It was `hls.precision` itself, which truncates: on the seeded float 8-16-1
    regression of tests/test_workflow_model_file_regression.py (unpruned) 5 of layer out's 16 mantissas were
    one step off the firmware's, its DSP estimate 15 against the written project's 16."""
    from fpgaprune.models.user import model_precisions, weight_layers

    settings = hls_settings(precision="ap_fixed<18,8>")
    model = _float_model()
    weights = weight_layers(model)
    graph, reuse = _pipeline_graph(model, weights, settings, tmp_path)
    precisions = model_precisions(model, settings)
    designed = design_layers(weights, reuse, precisions, settings.io_type, pruned=False)
    expected = _hls4ml_types(graph, [layer.name for layer in weights])
    assert {layer.name: layer.weight_type for layer in designed} == {n: w for n, (w, _) in expected.items()}
    with_bias = {name for name, own in precisions.items() if own.bias != NO_BIAS}
    assert with_bias == {"fc1", "output"}  # fc2 has none: hls4ml's ap_uint<1> zero (the accumulator tests)
    assert {name: parse_precision(precisions[name].bias) for name in with_bias} == {
        name: expected[name][1] for name in with_bias
    }
    assert designed[0].input_type == _graph_input_type(graph)
    assert designed[0].weight_type == FixedType(18, 8, True, "RND_CONV", "SAT")


@pytest.mark.parametrize("quantization", [None, "q"], ids=["float", "qkeras"])
def test_a_zoo_models_weight_and_input_types_are_the_written_projects(tmp_path, quantization):
    """A zoo model in the pipeline (`Experiment.precisions`): a float layer's weights in `hls.precision`
    rounded, a QKeras layer's in its quantizer's type; the model input rounded either way."""
    designed, graph = _zoo_pipeline(quantization, tmp_path)
    expected = _hls4ml_types(graph, [layer.name for layer in designed])
    assert {layer.name: layer.weight_type for layer in designed} == {n: w for n, (w, _) in expected.items()}
    assert designed[0].input_type == _graph_input_type(graph)


def test_a_users_hls4ml_config_gives_the_bias_type_and_the_maximum(tmp_path):
    """A user's hls4ml config (`core.hls_config`): `bias` by layer name and by class, the Model default for
    the rest, a Model maximum that caps one accumulator; a QKeras bias quantizer wins over the config."""
    from fpgaprune.hls.convert import hls_input_names, model_graph, prepare_model, user_config
    from fpgaprune.models.user import hls_design, weight_layers

    inputs = keras.Input((9,), name="x")
    x = keras.layers.Dense(6, activation="relu", name="fc1")(inputs)
    x = qkeras.QDense(5, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="qfc")(x)
    x = keras.layers.Activation("relu", name="qfc_relu")(x)
    x = keras.layers.Dense(40, activation="relu", name="fc2")(x)
    x = keras.layers.Dense(3, name="output")(x)
    model = keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))
    hls_config = {
        "Model": {"Precision": {"default": "fixed<12,4>", "maximum": "fixed<30,10>"}, "ReuseFactor": 1},
        "LayerName": {
            "fc1": {"Precision": {"bias": "fixed<20,12>", "accum": "auto"}},
            "qfc": {"Precision": {"bias": "fixed<24,2>", "accum": "auto"}},
            "fc2": {"Precision": {"accum": "auto"}},
            "output": {"Precision": {"accum": "auto"}},
        },
        "LayerType": {"Dense": {"Precision": {"bias": "ufixed<6,6>"}}},
    }
    design = hls_design(model, hls_config)
    weights = weight_layers(model)
    logits = weights[-1].name
    hls_input = prepare_model(model, logits)[0]
    strategies = {layer.name: (1, "Latency") for layer in weights}
    config = user_config(hls_input, hls_config, hls_input_names(model), strategies, logits)
    settings = hls_settings(precision="fixed<12,4>")
    graph = model_graph(hls_input, config, settings, tmp_path)
    designed = design_layers(
        weights, design.setting.resolve(weights, "hls_config"), design.precisions, "io_parallel", pruned=False
    )
    expected = _hls4ml_accumulators(graph, [layer.name for layer in weights])
    assert {layer.name: layer.accum_type for layer in designed} == expected
    assert expected["fc2"].integer == 10  # the maximum binds: 4 + 4 + 3 (5 products) + the bias step = 12


def _qkeras_flatten_model():
    """A QDense reading a quantized ReLU through a Flatten (io_parallel: an alias of its input)."""
    inputs = keras.Input((6, 6, 2))
    x = qkeras.QConv2D(3, (3, 3), kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="conv")(inputs)
    x = qkeras.QActivation("quantized_relu(5,2)", name="conv_relu")(x)
    x = keras.layers.Flatten(name="flatten")(x)
    x = qkeras.QDense(4, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="fc")(x)
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))


def _qkeras_maxpool_model():
    """QConv2D layers with a max pooling between (a comparison: hls4ml's `auto` passes the ufixed<5,2> on)
    and a max pooling, a Dropout and a Flatten before the QDense."""
    inputs = keras.Input((8, 8, 2))
    x = qkeras.QConv2D(3, (3, 3), kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="conv1")(inputs)
    x = qkeras.QActivation("quantized_relu(5,2)", name="conv1_relu")(x)
    x = keras.layers.MaxPooling2D(2, name="pool1")(x)
    x = qkeras.QConv2D(4, (2, 2), kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="conv2")(x)
    x = qkeras.QActivation("quantized_relu(6,3)", name="conv2_relu")(x)
    x = keras.layers.MaxPooling2D(2, name="pool2")(x)
    x = keras.layers.Dropout(0.1, name="dropout")(x)
    x = keras.layers.Flatten(name="flatten")(x)
    x = qkeras.QDense(4, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="fc")(x)
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))


def _qkeras_avgpool_model():
    """An average pooling between QConv2D layers and before a Flatten: it computes, its result stays
    `hls.precision` in the pipeline, and the design reads that."""
    inputs = keras.Input((8, 8, 2))
    x = qkeras.QConv2D(3, (3, 3), kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="conv1")(inputs)
    x = qkeras.QActivation("quantized_relu(5,2)", name="conv1_relu")(x)
    x = keras.layers.AveragePooling2D(2, name="pool1")(x)
    x = qkeras.QConv2D(4, (2, 2), kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="conv2")(x)
    x = qkeras.QActivation("quantized_relu(6,3)", name="conv2_relu")(x)
    x = keras.layers.AveragePooling2D(2, name="pool2")(x)
    x = keras.layers.Flatten(name="flatten")(x)
    x = qkeras.QDense(4, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="fc")(x)
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))


def _qkeras_global_maxpool_model():
    """A global max pooling between a QConv1D and a QDense: hls4ml's `auto` result of a GlobalPooling1D is the
    Model default (no inference), the pipeline gives it `hls.precision`, and the design reads that."""
    inputs = keras.Input((8, 2))
    x = qkeras.QConv1D(3, 3, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="conv")(inputs)
    x = qkeras.QActivation("quantized_relu(5,2)", name="conv_relu")(x)
    x = keras.layers.GlobalMaxPooling1D(name="pool")(x)
    x = qkeras.QDense(4, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="fc")(x)
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))


def _qkeras_global_avgpool2d_model():
    """A global average pooling between a QConv2D and a QDense: a GlobalPooling2D's `auto` result is the Model
    default too (no inference), the pipeline gives it `hls.precision`, and the design reads that."""
    inputs = keras.Input((6, 6, 2))
    x = qkeras.QConv2D(3, (3, 3), kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="conv")(inputs)
    x = qkeras.QActivation("quantized_relu(5,2)", name="conv_relu")(x)
    x = keras.layers.GlobalAveragePooling2D(name="pool")(x)
    x = qkeras.QDense(4, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="fc")(x)
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))


def _float_cnn_model():
    """Float layers with a max pooling on the model input (its `auto` result is the input precision, which
    the first convolution reads), an average pooling, a max pooling and a Flatten."""
    inputs = keras.Input((10, 10, 2))
    x = keras.layers.MaxPooling2D(2, name="pool0")(inputs)
    x = keras.layers.Conv2D(3, (2, 2), activation="relu", name="conv1")(x)
    x = keras.layers.AveragePooling2D(2, name="pool1")(x)
    x = keras.layers.Conv2D(4, (1, 1), name="conv2")(x)
    x = keras.layers.Activation("relu", name="conv2_relu")(x)
    x = keras.layers.MaxPooling2D(2, name="pool2")(x)
    x = keras.layers.Flatten(name="flatten")(x)
    x = keras.layers.Dense(3, name="fc")(x)
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))


def _bits(fixed: FixedType) -> tuple[int, int, bool]:
    return fixed.width, fixed.integer, fixed.signed


@pytest.mark.parametrize(
    "build",
    [
        _qkeras_flatten_model,
        _qkeras_maxpool_model,
        _qkeras_avgpool_model,
        _qkeras_global_maxpool_model,
        _qkeras_global_avgpool2d_model,
        _float_cnn_model,
    ],
)
def test_a_weight_layer_after_a_flatten_or_a_pooling_in_the_pipeline(tmp_path, build):
    """The pipeline leaves a Flatten's and a max pooling's `auto` result to hls4ml (their input's type: a
    quantized ReLU's, the model input's), an average pooling's result is `hls.precision`; the design reads the
    same types (each weight layer's input, as hls4ml's ModelGraph types it) and infers the same accumulators.
    Until 2026-12-03 the pipeline gave the Flatten and the max poolings `hls.precision`: the flatten case's fc
    accumulated in fixed<27,13>, not fixed<18,10>."""
    from fpgaprune.models.user import model_precisions, weight_layers

    settings = hls_settings(precision="ap_fixed<14,5>", input_precision="ufixed<7,1>")
    model = build()
    weights = weight_layers(model)
    graph, reuse = _pipeline_graph(model, weights, settings, tmp_path)
    designed = design_layers(weights, reuse, model_precisions(model, settings), "io_parallel", pruned=False)
    layers = {layer.name: layer for layer in graph.get_layers()}
    names = [layer.name for layer in weights]
    inputs = {name: _bits(fixed_type_of(layers[name].get_input_variable().type.precision)) for name in names}
    assert {layer.name: _bits(layer.input_type) for layer in designed} == inputs
    assert {layer.name: layer.accum_type for layer in designed} == _hls4ml_accumulators(graph, names)
    if build is _qkeras_flatten_model:
        assert inputs["fc"] == (5, 2, False)  # conv_relu's quantized_relu(5,2)
    if build is _qkeras_maxpool_model:
        assert inputs["conv2"] == (5, 2, False) and inputs["fc"] == (6, 3, False)
    if build is _qkeras_avgpool_model:
        assert inputs["conv2"] == inputs["fc"] == (14, 5, True)
    if build in (_qkeras_global_maxpool_model, _qkeras_global_avgpool2d_model):
        assert inputs["fc"] == (14, 5, True)
    if build is _float_cnn_model:
        assert inputs["conv1"] == (7, 1, False)  # the input precision, through pool0


def _name_granularity(model) -> dict:
    """hls4ml's own per-layer config of `model` (Flatten, pooling and QKeras results `auto`)."""
    import hls4ml

    from fpgaprune.hls.quiet import quietly

    return quietly(hls4ml.utils.config_from_keras_model, model, granularity="name", backend="Vitis")


@pytest.mark.parametrize("written", ["hls4ml_names", "model_only", "layer_name_and_type"])
def test_a_users_hls4ml_config_types_a_flatten_and_a_pooling_as_written(tmp_path, written):
    """A user's hls4ml config (`core.hls_config`): a Flatten's or max pooling's `auto` result passes the
    quantized ReLU's type on (hls4ml's own per-name config); a Model-only config types them in the Model
    default, and a result given by `LayerName` or by hls4ml's class (`LayerType: Pooling2D`) is theirs (the
    io_parallel Flatten's only for fc's `auto` types: fc multiplies what the Flatten reads)."""
    from fpgaprune.hls.convert import hls_input_names, model_graph, prepare_model, user_config
    from fpgaprune.models.user import hls_design, weight_layers

    model = _qkeras_maxpool_model()
    if written == "hls4ml_names":
        hls_config = _name_granularity(model)
    else:
        hls_config = {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1}}
    if written == "layer_name_and_type":
        hls_config["LayerName"] = {"flatten": {"Precision": {"result": "fixed<12,4>"}}}
        hls_config["LayerType"] = {"Pooling2D": {"Precision": {"result": "ufixed<7,3>"}}}
    design = hls_design(model, hls_config)
    weights = weight_layers(model)
    hls_input = prepare_model(model, "fc")[0]
    strategies = {layer.name: (1, "Latency") for layer in weights}
    config = user_config(hls_input, hls_config, hls_input_names(model), strategies, "fc")
    graph = model_graph(hls_input, config, hls_settings(precision="fixed<16,6>"), tmp_path)
    designed = design_layers(
        weights, design.setting.resolve(weights, "hls_config"), design.precisions, "io_parallel", pruned=False
    )
    names = [layer.name for layer in weights]
    assert {layer.name: layer.accum_type for layer in designed} == _hls4ml_accumulators(graph, names)
    data = {name: _bits(parse_precision(precisions.data)) for name, precisions in design.precisions.items()}
    layers = {layer.name: layer for layer in graph.get_layers()}
    assert data == {
        name: _bits(fixed_type_of(layers[name].get_input_variable().type.precision)) for name in names
    }
    assert (
        data
        == {
            "hls4ml_names": {"conv1": (16, 6, True), "conv2": (5, 2, False), "fc": (6, 3, False)},
            "model_only": {"conv1": (16, 6, True), "conv2": (16, 6, True), "fc": (16, 6, True)},
            # fc reads pool2's ufixed<7,3> through the io_parallel Flatten; its accumulator is inferred from
            # the Flatten's fixed<12,4> (until 2026-12-03 the design multiplied fixed<12,4> too)
            "layer_name_and_type": {"conv1": (16, 6, True), "conv2": (7, 3, False), "fc": (7, 3, False)},
        }[written]
    )
    if written == "layer_name_and_type":
        assert design.precisions["fc"].inferred_from == "fixed<12,4>"


def _reshaping_model():
    """Dense -> Reshape((2, 2, 3)) -> Conv2D -> Flatten -> Dense, float: each weight layer after a Reshape."""
    inputs = keras.Input((8,), name="x")
    x = keras.layers.Dense(12, name="fc1")(inputs)
    x = keras.layers.Reshape((2, 2, 3), name="reshape")(x)
    x = keras.layers.Conv2D(2, (2, 2), name="conv")(x)
    x = keras.layers.Flatten(name="flatten")(x)
    x = keras.layers.Dense(3, name="fc2")(x)
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))


@pytest.mark.parametrize("io_type", ["io_parallel", "io_stream"])
@pytest.mark.parametrize("typed_by", ["name", "type", "model"])
def test_a_typed_reshape_hands_on_its_input_but_its_type_infers(tmp_path, io_type, typed_by):
    """A Reshape or Flatten the config types otherwise than its input (`LayerName`, `LayerType: Reshape`, or
    the Model default under weight layers left `auto`): hls4ml 1.3 infers the next layer's `auto` types from
    the configured type, then makes the Reshape an alias of its input (io_parallel: every Reshape, io_stream:
    a flattening one; a Reshape to (2, 2, 3) becomes a Repack with its own type). The design multiplies the
    type each weight layer's input variable has in hls4ml's ModelGraph and infers the same accumulators.
    Until 2026-12-03 the design multiplied the configured type (fc2 fixed<12,4> under `name`, not conv's
    sum)."""
    from fpgaprune.hls.convert import hls_input_names, model_graph, prepare_model, user_config
    from fpgaprune.models.user import hls_design, weight_layers

    model = _reshaping_model()
    auto = {"Precision": {"result": "auto", "accum": "auto"}}
    hls_config = {
        "Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1},
        "LayerName": dict.fromkeys(("fc1", "conv", "fc2"), auto),
    }
    if typed_by == "name":
        hls_config["LayerName"]["reshape"] = {"Precision": {"result": "fixed<10,3>"}}
        hls_config["LayerName"]["flatten"] = {"Precision": {"result": "fixed<12,4>"}}
    if typed_by == "type":
        hls_config["LayerType"] = {"Reshape": {"Precision": {"result": "fixed<10,3>"}}}
    design = hls_design(model, {"IOType": io_type, "HLSConfig": hls_config})
    weights = weight_layers(model)
    hls_input = prepare_model(model, "fc2")[0]
    strategies = {layer.name: (1, "Latency") for layer in weights}
    config = user_config(hls_input, hls_config, hls_input_names(model), strategies, "fc2")
    settings = hls_settings(precision="fixed<16,6>", io_type=io_type)
    graph = model_graph(hls_input, config, settings, tmp_path)
    per_layer = design.setting.resolve(weights, "hls_config")
    designed = design_layers(weights, per_layer, design.precisions, io_type, pruned=False)
    layers = {layer.name: layer for layer in graph.get_layers()}
    names = [layer.name for layer in weights]
    inputs = {name: _bits(fixed_type_of(layers[name].get_input_variable().type.precision)) for name in names}
    assert {layer.name: _bits(layer.input_type) for layer in designed} == inputs
    assert {layer.name: layer.accum_type for layer in designed} == _hls4ml_accumulators(graph, names)
    reshape_type = (16, 6, True) if typed_by == "model" else (10, 3, True)
    conv_reads = (36, 16, True) if io_type == "io_parallel" else reshape_type  # fc1's sum or the Repack's
    conv_sum = (37, 17, True) if typed_by == "model" else (31, 14, True)  # inferred from reshape_type
    assert inputs == {"fc1": (16, 6, True), "conv": conv_reads, "fc2": conv_sum}


def test_a_users_layer_type_entries_name_hls4mls_classes(tmp_path):
    """hls4ml looks `LayerType` up by its own class (`models.user.HLS4ML_CLASSES`): `Dense` applies to a
    QDense, `Pooling2D` to an average pooling, `Input` to the model input; the Keras names (QDense,
    AveragePooling2D, InputLayer) to nothing. Reuse factors, accumulators and the types each weight layer
    reads are hls4ml's ModelGraph's."""
    from hls4ml.model.layers import layer_map

    from fpgaprune.hls.convert import model_graph
    from fpgaprune.models.user import HLS4ML_CLASSES, hls_design, weight_layers

    joins = {name: "Merge" for name in ("Add", "Subtract", "Average", "Multiply", "Maximum", "Minimum")}
    renamed = {"Flatten": "Reshape", "ReLU": "Activation", "Permute": "Transpose", **joins}  # by the parsers
    assert {k: v for k, v in HLS4ML_CLASSES.items() if k not in renamed} == {
        k: layer_map[k].__name__ for k in HLS4ML_CLASSES if k not in renamed
    }
    inputs = keras.Input((8, 8, 2))
    x = qkeras.QConv2D(3, (3, 3), kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="conv")(inputs)
    x = keras.layers.ReLU(name="relu")(x)
    x = keras.layers.AveragePooling2D(2, name="avg")(x)
    x = keras.layers.Flatten(name="flatten")(x)
    x = qkeras.QDense(4, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="fc")(x)
    model = keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))
    hls_config = {
        "Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1},
        "LayerName": {"flatten": {"Precision": {"result": "auto"}}},
        "LayerType": {
            "Dense": {"ReuseFactor": 3, "Precision": {"accum": "fixed<20,8>"}},
            "QDense": {"ReuseFactor": 9},
            "Pooling2D": {"Precision": {"result": "fixed<11,5>"}},
            "AveragePooling2D": {"Precision": {"result": "fixed<13,5>"}},
            "Input": {"Precision": {"result": "ufixed<6,2>"}},
            "InputLayer": {"Precision": {"result": "ufixed<9,2>"}},
        },
    }
    design = hls_design(model, hls_config)
    weights = weight_layers(model)
    per_layer = design.setting.resolve(weights, "hls_config")
    graph = model_graph(model, hls_config, hls_settings(precision="fixed<16,6>"), tmp_path)  # as written
    designed = design_layers(weights, per_layer, design.precisions, "io_parallel", pruned=False)
    layers = {layer.name: layer for layer in graph.get_layers()}
    names = [layer.name for layer in weights]
    assert (
        {name: per_layer[name].reuse_factor for name in names}
        == {name: layers[name].get_attr("reuse_factor") for name in names}
        == {"conv": 1, "fc": 3}
    )
    assert {layer.name: layer.accum_type for layer in designed} == _hls4ml_accumulators(graph, names)
    inputs = {name: _bits(fixed_type_of(layers[name].get_input_variable().type.precision)) for name in names}
    assert {layer.name: _bits(layer.input_type) for layer in designed} == inputs
    assert inputs == {"conv": (6, 2, False), "fc": (11, 5, True)}


def _weight_chain_model():
    """QDense -> QDense without a QActivation between (fc2 reads fc1's `auto` result), and a quantized_bits
    QActivation after fc2 before the logits (hls4ml's `linear` activation, kept after a typed ReLU)."""
    inputs = keras.Input((9,), name="x")
    x = qkeras.QDense(6, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="fc1")(inputs)
    x = qkeras.QDense(5, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="fc2")(x)
    x = qkeras.QActivation("quantized_relu(6,2)", name="relu")(x)
    x = qkeras.QActivation("quantized_bits(8,2)", name="bits")(x)
    x = qkeras.QDense(3, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="output")(x)
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))


def _conv_flatten_dense_model():
    """QConv2D -> Flatten -> QDense, no QActivation between."""
    inputs = keras.Input((6, 6, 2), name="x")
    x = qkeras.QConv2D(3, (3, 3), kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="conv")(inputs)
    x = keras.layers.Flatten(name="flatten")(x)
    x = qkeras.QDense(4, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="output")(x)
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))


def _merged_bits_model():
    """A quantized_bits QActivation right after a QDense (hls4ml removes it: `MergeLinearActivation`), QDense
    layers with their own activation (a quantized ReLU, a float ReLU: hls4ml's `<name>_<activation>` layers)
    and a float Dense -> Dense."""
    inputs = keras.Input((9,), name="x")
    x = qkeras.QDense(6, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="fc1")(inputs)
    x = qkeras.QActivation("quantized_bits(8,2)", name="bits")(x)
    x = qkeras.QDense(
        5, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, activation="quantized_relu(6,2)", name="fc2"
    )(x)
    x = qkeras.QDense(4, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, activation="relu", name="fc3")(x)
    x = keras.layers.Dense(4, name="fc4")(x)
    x = keras.layers.Dense(3, name="output")(x)
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))


def _avg_pool_model():
    """An average pooling after a quantized ReLU: its `auto` result (a user's per-name config) is its
    input's."""
    inputs = keras.Input((8, 8, 2), name="x")
    x = qkeras.QConv2D(3, (3, 3), kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="conv")(inputs)
    x = qkeras.QActivation("quantized_relu(5,2)", name="conv_relu")(x)
    x = keras.layers.AveragePooling2D(2, name="pool")(x)
    x = keras.layers.Flatten(name="flatten")(x)
    x = qkeras.QDense(4, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="output")(x)
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))


def _residual_mlp_model():
    """A skip connection (Add) of two quantized ReLUs of different types, and a Concatenate of a quantized
    ReLU with the model input, each read by a QDense."""
    inputs = keras.Input((9,), name="x")
    h = qkeras.QDense(6, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="fc1")(inputs)
    h = qkeras.QActivation("quantized_relu(5,2)", name="relu1")(h)
    s = qkeras.QDense(6, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="fc2")(h)
    s = qkeras.QActivation("quantized_relu(6,1)", name="relu2")(s)
    h = keras.layers.Add(name="skip")([h, s])
    d = qkeras.QDense(6, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="fc3")(h)
    d = qkeras.QActivation("quantized_relu(6,3)", name="relu3")(d)
    c = keras.layers.Concatenate(name="cat")([d, inputs])
    out = qkeras.QDense(3, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="output")(c)
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(out))


def _residual_cnn_model():
    """A Subtract of a QConv2D's `auto` result and the quantized ReLU it read ('same' padding), then a
    global average pooling."""
    inputs = keras.Input((6, 6, 2), name="x")
    h = qkeras.QConv2D(4, 3, padding="same", kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="conv1")(
        inputs
    )
    h = qkeras.QActivation("quantized_relu(5,2)", name="relu1")(h)
    s = qkeras.QConv2D(4, 3, padding="same", kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="conv2")(h)
    h = keras.layers.Subtract(name="skip")([s, h])
    h = keras.layers.GlobalAveragePooling2D(name="gap")(h)
    out = qkeras.QDense(3, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="output")(h)
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(out))


def _multiply_average_model():
    """Two branches of the model input with the same quantized ReLU joined by a Concatenate (equal types: the
    type passes on) and a Multiply, then an Average of the product and a QDense's result."""
    inputs = keras.Input((9,), name="x")
    a = qkeras.QDense(6, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="fc1")(inputs)
    a = qkeras.QActivation("quantized_relu(5,2)", name="relu1")(a)
    b = qkeras.QDense(6, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="fc2")(inputs)
    b = qkeras.QActivation("quantized_relu(5,2)", name="relu2")(b)
    c = qkeras.QDense(6, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="fc3")(
        keras.layers.Concatenate(name="cat")([a, b])
    )
    v = keras.layers.Average(name="avg")([keras.layers.Multiply(name="mul")([a, b]), c])
    out = qkeras.QDense(3, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="output")(v)
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(out))


def _maximum_minimum_model():
    """A Maximum of two quantized ReLUs of different types, read by a QDense, and a Minimum of that Maximum
    and the QDense's `auto` result, read by the output."""
    inputs = keras.Input((9,), name="x")
    a = qkeras.QDense(6, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="fc1")(inputs)
    a = qkeras.QActivation("quantized_relu(5,2)", name="relu1")(a)
    b = qkeras.QDense(6, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="fc2")(inputs)
    b = qkeras.QActivation("quantized_relu(6,1)", name="relu2")(b)
    m = keras.layers.Maximum(name="max")([a, b])
    c = qkeras.QDense(6, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="fc3")(m)
    out = qkeras.QDense(3, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="output")(
        keras.layers.Minimum(name="min")([m, c])
    )
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(out))


@pytest.mark.parametrize("io_type", ["io_parallel", "io_stream"])
@pytest.mark.parametrize("config", ["pipeline", "name", "model", "maximum"])
@pytest.mark.parametrize(
    "build", [_residual_mlp_model, _residual_cnn_model, _multiply_average_model, _maximum_minimum_model]
)
def test_a_weight_layer_after_a_join_reads_the_type_hls4ml_infers_for_it(tmp_path, build, config, io_type):
    """A weight layer reading an Add, Subtract, Average, Multiply, Maximum, Minimum or Concatenate (each typed
    from its two real inbound branches, hls4ml 1.3's `_infer_merge_precision` / `_infer_cat_precision`, capped
    by a Model `maximum` but for a Maximum and a Minimum) reads hls4ml's ModelGraph's type, and its
    accumulator is hls4ml's; io_stream's Clone layers (one output read twice) pass their type on. Under a
    user's config the types are compared whole (rounding and overflow too); in the pipeline, whose design
    leaves out the modes of the input and of a quantized ReLU, their bits."""
    maximum = "fixed<12,3>" if config == "maximum" else None
    granularity = "name" if config == "maximum" else config
    designed, hls4mls, _ = _designed_and_hls4ml(
        build(), granularity, tmp_path, io_type, maximum, exact=config != "pipeline"
    )
    assert designed == hls4mls
    if build is _residual_mlp_model and config == "name":
        assert hls4mls["fc3"][0] == FixedType(8, 3, False)  # ufixed<5,2> + ufixed<6,1>
        # ufixed<6,3,RND_CONV,SAT> beside the input's fixed<16,6>: the wider parts, the first one's modes
        assert hls4mls["output"][0] == FixedType(16, 6, True, "RND_CONV", "SAT")
    if build is _residual_mlp_model and config == "maximum":
        assert hls4mls["output"][0] == FixedType(12, 3, True, "RND_CONV", "SAT")


def _designed_and_hls4ml(
    model, config, tmp_path, io_type="io_parallel", maximum=None, exact=False, hls_config=None
):
    """(the design's, hls4ml's) {layer: (input bits, accumulator bits)} of every weight layer of `model`, and
    hls4ml's ModelGraph, in the pipeline (`config="pipeline"`) or under hls4ml's own config of granularity
    `config` (with a Model `Precision: maximum` when given) or `hls_config` when given; `exact`: the types
    themselves, rounding and overflow too, in place of their bits."""
    from fpgaprune.hls.convert import hls_input_names, model_graph, prepare_model, user_config
    from fpgaprune.models.user import hls_design, model_precisions, weight_layers

    weights = weight_layers(model)
    if config == "pipeline":
        settings = hls_settings(precision="ap_fixed<14,5>", input_precision="ufixed<7,1>", io_type=io_type)
        graph, reuse = _pipeline_graph(model, weights, settings, tmp_path)
        precisions = model_precisions(model, settings)
    else:
        import hls4ml

        from fpgaprune.hls.quiet import quietly

        if hls_config is None:
            hls_config = quietly(
                hls4ml.utils.config_from_keras_model, model, granularity=config, backend="Vitis"
            )
        if maximum is not None:
            hls_config["Model"]["Precision"] = {"default": "fixed<16,6>", "maximum": maximum}
        design = hls_design(model, hls_config)
        reuse, precisions = design.setting.resolve(weights, "hls_config"), design.precisions
        logits = weights[-1].name
        hls_input = prepare_model(model, logits)[0]
        strategies = {layer.name: (1, "Latency") for layer in weights}
        hls_config = user_config(hls_input, hls_config, hls_input_names(model), strategies, logits)
        settings = hls_settings(precision="fixed<16,6>", io_type=io_type)
        graph = model_graph(hls_input, hls_config, settings, tmp_path)
    designed = design_layers(weights, reuse, precisions, io_type, pruned=False)
    layers = {layer.name: layer for layer in graph.get_layers()}
    typed = (lambda fixed: fixed) if exact else _bits
    hls4mls = {
        name: (
            typed(fixed_type_of(layers[name].get_input_variable().type.precision)),
            typed(fixed_type_of(layers[name].get_attr("accum_t").precision)),
        )
        for name in (layer.name for layer in weights)
    }
    return (
        {layer.name: (typed(layer.input_type), typed(layer.accum_type)) for layer in designed},
        hls4mls,
        graph,
    )


@pytest.mark.parametrize("config", ["pipeline", "name", "model"])
@pytest.mark.parametrize(
    "build", [_weight_chain_model, _conv_flatten_dense_model, _merged_bits_model, _avg_pool_model]
)
def test_a_weight_layer_reads_the_type_hls4ml_gives_what_writes_its_input(tmp_path, build, config):
    """Each weight layer's input and accumulator are hls4ml's (its ModelGraph, the types `write()` puts in
    defines.h) in the pipeline and under hls4ml's own configs of granularity 'name' and 'model'
    (`core.hls_config.chain_input_type`). Until 2026-12-03 the design gave a weight layer reading another
    one's `auto` result the design precision: fc2 of the weight chain read fixed<16,6> under granularity
    'name', where hls4ml gives it fc1's exact sum fixed<27,12> (and fixed<37,17> to its accumulator)."""
    designed, hls4mls, graph = _designed_and_hls4ml(build(), config, tmp_path)
    assert designed == hls4mls
    if build is _weight_chain_model and config == "name":
        assert hls4mls["fc2"] == ((27, 12, True), (37, 17, True))
        from fpgaprune.hls.quiet import quietly

        quietly(graph.write)
        defines = (tmp_path / "firmware" / "defines.h").read_text()
        assert (
            "typedef ap_fixed<27,12> fc1_result_t;" in defines
        )  # what fc2 reads (nnet::dense<fc1_result_t, ...>)
        assert "typedef ap_fixed<37,17> fc2_accum_t;" in defines
        assert hls4mls["output"][0] == (8, 3, True)  # the quantized_bits after the typed ReLU is kept
    if build is _merged_bits_model and config == "name":
        assert hls4mls["fc2"][0] == hls4mls["fc1"][1]  # the quantized_bits QActivation is gone
    if build is _weight_chain_model and config == "model":
        assert hls4mls["output"][0] == (16, 6, True)  # a QActivation's type comes only from the config


def _with_batchnorm_statistics(model):
    """`model` with every batch normalisation's gamma, beta, mean and variance drawn at random (a fresh one
    is near a no-op, which hls4ml's `RemoveNopBatchNormalization` would not remove, but real ones are not)."""
    import numpy as np

    rng = np.random.default_rng(0)
    for layer in model.layers:
        if "BatchNormalization" in type(layer).__name__:
            gamma, beta, mean, variance = (w.shape for w in layer.get_weights())
            layer.set_weights(
                [
                    rng.uniform(0.5, 2.0, gamma),
                    rng.normal(0, 1, beta),
                    rng.normal(0, 1, mean),
                    rng.uniform(0.5, 2.0, variance),
                ]
            )
    return model


def _qkeras_batchnorm_model():
    """QDense -> quantized ReLU -> BatchNormalization -> QDense -> quantized ReLU -> QBatchNormalization (with
    quantizers, which hls4ml does not use for its scale and bias types) -> QDense."""
    inputs = keras.Input((9,), name="x")
    x = qkeras.QDense(6, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="fc1")(inputs)
    x = qkeras.QActivation("quantized_relu(6,2)", name="relu1")(x)
    x = keras.layers.BatchNormalization(name="bn1")(x)
    x = qkeras.QDense(5, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="fc2")(x)
    x = qkeras.QActivation("quantized_relu(5,1)", name="relu2")(x)
    quantizer = "quantized_bits(8,3,alpha=1)"
    x = qkeras.QBatchNormalization(
        beta_quantizer=quantizer, gamma_quantizer=quantizer, mean_quantizer=quantizer, name="bn2"
    )(x)
    x = qkeras.QDense(3, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="output")(x)
    model = keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))
    return _with_batchnorm_statistics(model)


def _float_batchnorm_model():
    """Float Dense layers with a ReLU, each followed by a BatchNormalization (after the activation, so hls4ml
    does not fuse it into the Dense)."""
    inputs = keras.Input((9,), name="x")
    x = keras.layers.Dense(6, activation="relu", name="fc1")(inputs)
    x = keras.layers.BatchNormalization(name="bn1")(x)
    x = keras.layers.Dense(5, name="fc2")(x)
    x = keras.layers.Activation("relu", name="fc2_relu")(x)
    x = keras.layers.BatchNormalization(name="bn2")(x)
    x = keras.layers.Dense(3, name="output")(x)
    model = keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))
    return _with_batchnorm_statistics(model)


def _batchnorm_branch_model():
    """A BatchNormalization on one branch of a skip connection (Add), the join read by a QDense."""
    inputs = keras.Input((9,), name="x")
    h = qkeras.QDense(6, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="fc1")(inputs)
    h = qkeras.QActivation("quantized_relu(5,2)", name="relu1")(h)
    s = qkeras.QDense(6, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="fc2")(h)
    s = qkeras.QActivation("quantized_relu(6,1)", name="relu2")(s)
    s = keras.layers.BatchNormalization(name="bn")(s)
    h = keras.layers.Add(name="skip")([h, s])
    out = qkeras.QDense(3, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="output")(h)
    model = keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(out))
    return _with_batchnorm_statistics(model)


def _weight_layer_batchnorm_model():
    """A BatchNormalization right after a float Conv2D and one right after a QDense (no activation between):
    hls4ml's FuseBatchNormalization fuses the first into the Conv2D where its result is `auto` (the next
    layer reads the Conv2D's exact sum), never the second (a kernel quantizer, a scale not all ones)."""
    inputs = keras.Input((5, 5, 2), name="x")
    x = keras.layers.Conv2D(3, 3, name="conv")(inputs)
    x = keras.layers.BatchNormalization(name="bn1")(x)
    x = keras.layers.Flatten(name="flatten")(x)
    x = qkeras.QDense(5, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="fc")(x)
    x = keras.layers.BatchNormalization(name="bn2")(x)
    x = keras.layers.Dense(3, name="output")(x)
    model = keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))
    return _with_batchnorm_statistics(model)


@pytest.mark.parametrize("config", ["pipeline", "name", "type", "model", "maximum"])
@pytest.mark.parametrize(
    "build",
    [_qkeras_batchnorm_model, _float_batchnorm_model, _batchnorm_branch_model, _weight_layer_batchnorm_model],
)
def test_a_weight_layer_after_a_batchnorm_reads_the_type_hls4ml_infers_for_it(tmp_path, build, config):
    """A weight layer reading a BatchNormalization's `auto` result reads hls4ml's type for it (its input
    times its scale plus its bias, exactly, capped by a Model `maximum`: `_infer_bn_precision`), whole
    (rounding and overflow too) under hls4ml's own configs of granularity 'name', 'type' and 'model', its
    bits in the pipeline (which types every BatchNormalization `hls.precision`). Until 2026-12-03 the design
    gave it the Model default: the QKeras model's fc2 read fixed<16,6> under granularity 'name', where
    hls4ml gives it ufixed<6,2> x fixed<16,6> + fixed<16,6> = fixed<23,9>. A BatchNormalization hls4ml fuses
    into the float weight layer before it (`FuseBatchNormalization`) is no layer of its own."""
    maximum = "fixed<20,7>" if config == "maximum" else None
    granularity = "name" if config == "maximum" else config
    designed, hls4mls, graph = _designed_and_hls4ml(
        build(), granularity, tmp_path, maximum=maximum, exact=config != "pipeline"
    )
    assert designed == hls4mls
    if build is _qkeras_batchnorm_model and config == "name":
        assert hls4mls["fc2"][0] == FixedType(23, 9, True)
    if build is _qkeras_batchnorm_model and config == "maximum":
        assert hls4mls["fc2"][0] == FixedType(20, 7, True)
    if build is _weight_layer_batchnorm_model and config == "name":
        layers = [layer.name for layer in graph.get_layers()]
        assert "bn1" not in layers and "bn2" in layers  # fused into conv; kept after the QDense


@pytest.mark.parametrize("config", ["name", "model"])
def test_a_global_average_pooling_that_cuts_its_mean_is_warned_with_hls4mls_types(tmp_path, caplog, config):
    """The residual CNN's global average pooling (36 values) reads, sums and returns the types hls4ml's
    ModelGraph gives it, and `hls_design` warns that they cut its mean (fixed<16,6>: 10 fraction bits); with
    the types the warning names nothing is warned."""
    import hls4ml

    from fpgaprune.hls.quiet import quietly
    from fpgaprune.models.user import hls_design

    model = _residual_cnn_model()
    _, _, graph = _designed_and_hls4ml(model, config, tmp_path, exact=True)
    hls_config = quietly(hls4ml.utils.config_from_keras_model, model, granularity=config, backend="Vitis")
    with caplog.at_level("WARNING", logger="fpgaprune.models.user"):
        (pooling,) = hls_design(model, hls_config).truncated
    gap = next(layer for layer in graph.get_layers() if layer.name == "gap")
    assert parse_precision(pooling.reads) == fixed_type_of(gap.get_input_variable().type.precision)
    assert parse_precision(pooling.result) == fixed_type_of(gap.get_output_variable().type.precision)
    assert parse_precision(pooling.accum) == fixed_type_of(gap.get_attr("accum_t").precision)
    assert pooling.kept == 10 and pooling.kept < pooling.needed
    (line,) = {record.getMessage() for record in caplog.records if record.getMessage().startswith("gap: ")}
    keep = dict(part.split(" ") for part in line.split("give LayerName gap ")[1].split(" and "))
    names = hls_config.setdefault("LayerName", {})
    names.setdefault("gap", {}).setdefault("Precision", {}).update(
        result=keep["Precision.result"], accum=keep["Precision.accum"]
    )
    assert hls_design(model, hls_config).truncated == ()


def _avg_pool1d_model():
    """An AveragePooling1D of 3 steps after a QConv1D's quantized ReLU."""
    inputs = keras.Input((12, 2), name="x")
    x = qkeras.QConv1D(3, 3, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="conv")(inputs)
    x = qkeras.QActivation("quantized_relu(6,2)", name="conv_relu")(x)
    x = keras.layers.AveragePooling1D(3, name="pool")(x)
    x = keras.layers.Flatten(name="flatten")(x)
    x = qkeras.QDense(4, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="output")(x)
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))


@pytest.mark.parametrize("config", ["name", "model"])
@pytest.mark.parametrize("build", [_avg_pool_model, _avg_pool1d_model])
def test_an_average_pooling_that_cuts_its_mean_is_warned_with_hls4mls_types(tmp_path, caplog, build, config):
    """An AveragePooling1D/2D reads, sums and returns the types hls4ml's ModelGraph gives it (under 'name' its
    `auto` result is its input's type, which cuts the mean, and its `auto` accumulator its input's widened by
    ceil(log2 pool) bits each side), and `hls_design` warns that they cut its mean; with the types the warning
    names nothing is warned and hls4ml's ModelGraph has them (under 'name' the layer after the Flatten then
    reads the new result, in the design as in hls4ml)."""
    import hls4ml

    from fpgaprune.hls.quiet import quietly
    from fpgaprune.models.user import hls_design

    model = build()
    designed, hls4mls, graph = _designed_and_hls4ml(model, config, tmp_path / "auto", exact=True)
    assert designed == hls4mls
    hls_config = quietly(hls4ml.utils.config_from_keras_model, model, granularity=config, backend="Vitis")
    with caplog.at_level("WARNING", logger="fpgaprune.models.user"):
        (pooling,) = hls_design(model, hls_config).truncated
    pool = next(layer for layer in graph.get_layers() if layer.name == "pool")
    assert parse_precision(pooling.reads) == fixed_type_of(pool.get_input_variable().type.precision)
    assert parse_precision(pooling.result) == fixed_type_of(pool.get_output_variable().type.precision)
    assert parse_precision(pooling.accum) == fixed_type_of(pool.get_attr("accum_t").precision)
    if config == "name":
        assert pooling.result == pooling.reads and pooling.kept < pooling.needed
    (line,) = {record.getMessage() for record in caplog.records if record.getMessage().startswith("pool: ")}
    keep = dict(part.split(" ") for part in line.split("give LayerName pool ")[1].split(" and "))
    given = {var.removeprefix("Precision."): value for var, value in keep.items()}
    hls_config.setdefault("LayerName", {}).setdefault("pool", {}).setdefault("Precision", {}).update(given)
    assert hls_design(model, hls_config).truncated == ()
    designed, hls4mls, graph = _designed_and_hls4ml(
        model, config, tmp_path / "kept", exact=True, hls_config=hls_config
    )
    if config == "name":  # Model-only: the Flatten's result is the Model default, which the design reads, but
        # hls4ml's io_parallel Flatten is in place (InplaceParallelReshape): its reader reads the pooling's
        assert designed == hls4mls
    pool = next(layer for layer in graph.get_layers() if layer.name == "pool")
    types = {"result": pool.get_output_variable().type.precision, "accum": pool.get_attr("accum_t").precision}
    assert {var: parse_precision(value) for var, value in given.items()} == {
        var: fixed_type_of(types[var]) for var in given
    }


def _graph_and_design(tmp_path, model, hls_config: dict, io_type: str, logits: str):
    from fpgaprune.hls.convert import hls_input_names, model_graph, prepare_model, user_config
    from fpgaprune.models.user import hls_design, weight_layers

    design = hls_design(model, {"IOType": io_type, "HLSConfig": hls_config}, classifier=False)
    hls_input = prepare_model(model, logits)[0]
    strategies = {layer.name: (1, "Latency") for layer in weight_layers(model)}
    config = user_config(hls_input, hls_config, hls_input_names(model), strategies, logits)
    graph = model_graph(hls_input, config, hls_settings(precision="fixed<16,6>", io_type=io_type), tmp_path)
    return {layer.name: layer for layer in graph.get_layers()}, design


def test_an_average_pooling_after_a_typed_reshape_averages_its_input_in_types_inferred_from_the_reshape(
    tmp_path,
):
    """hls4ml 1.3 infers an `auto` AveragePooling2D's accumulator and result from the Reshape before it
    (fixed<10,3>) and then makes the io_parallel Reshape an alias of its input: the pooling averages fc1's
    sum fixed<38,18>, whose mean of 4 values needs 20 + 2 fraction bits. The warning names that type and
    the types hls4ml gives the pooling (ModelGraph). Until 2026-12-03: fixed<10,3> values needing 9."""
    inputs = keras.Input((32,), name="x")
    x = keras.layers.Dense(32, name="fc1")(inputs)
    x = keras.layers.Reshape((4, 4, 2), name="reshape")(x)
    x = keras.layers.AveragePooling2D(2, name="pool")(x)
    x = keras.layers.Flatten(name="flatten")(x)
    model = keras.Model(inputs, keras.layers.Dense(3, name="fc2")(x))
    auto = {"Precision": {"result": "auto", "accum": "auto"}}
    hls_config = {
        "Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1},
        "LayerName": {
            **dict.fromkeys(("fc1", "pool", "fc2"), auto),
            "reshape": {"Precision": {"result": "fixed<10,3>"}},
        },
    }
    layers, design = _graph_and_design(tmp_path, model, hls_config, "io_parallel", "fc2")
    (pooling,) = design.truncated
    pool = layers["pool"]
    hls4ml_types = (
        pool.get_input_variable().type.precision,
        pool.types["result_t"].precision,
        pool.types["accum_t"].precision,
    )
    assert tuple(
        _bits(parse_precision(text)) for text in (pooling.reads, pooling.result, pooling.accum)
    ) == tuple(_bits(fixed_type_of(precision)) for precision in hls4ml_types)
    assert (pooling.reads, pooling.needed, pooling.kept) == ("ap_fixed<38,18>", 22, 7)


def test_a_quantizer_after_an_in_place_flatten_of_its_type_is_dropped(tmp_path):
    """A quantized_bits QActivation after an io_parallel Flatten the config types as its quantizer: hls4ml
    removes the QActivation (its type is the Flatten's) and makes the Flatten an alias of fc1's sum, so fc2
    multiplies that sum (ModelGraph) and the quantizer is never applied. The warning names that sum and
    fc1, fc1_linear, bits as the entries that keep it; with them fc2 reads the quantizer's type. Until
    2026-12-03 the Flatten's type counted as applying the quantizer: no warning."""
    inputs = keras.Input((8,), name="x")
    x = keras.layers.Dense(12, name="fc1")(inputs)
    x = keras.layers.Flatten(name="flatten")(x)
    x = qkeras.QActivation("quantized_bits(6,2,alpha=1)", name="bits")(x)
    model = keras.Model(inputs, keras.layers.Dense(3, name="fc2")(x))
    quantizer = "fixed<6,3,RND_CONV,SAT>"
    auto = {"Precision": {"result": "auto", "accum": "auto"}}
    typed = {"Precision": {"result": quantizer}}
    names = {"fc1": auto, "fc2": auto, "flatten": typed, "bits": typed}
    hls_config = {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1}, "LayerName": names}
    layers, design = _graph_and_design(tmp_path, model, hls_config, "io_parallel", "fc2")
    (dropped,) = design.dropped
    reads = layers["fc2"].get_input_variable().type.precision
    assert _bits(parse_precision(dropped.reads)) == _bits(fixed_type_of(reads)) == (36, 16, True)
    assert dropped.entries == ("fc1", "fc1_linear", "bits")
    kept = {**names, **dict.fromkeys(dropped.entries, typed)}
    hls_config["LayerName"] = kept
    layers, design = _graph_and_design(tmp_path / "kept", model, hls_config, "io_parallel", "fc2")
    assert design.dropped == ()
    assert _bits(fixed_type_of(layers["fc2"].get_input_variable().type.precision)) == (6, 3, True)
