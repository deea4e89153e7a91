"""A BatchNormalization hls4ml fuses into the float Conv2D or Dense before it (`FuseBatchNormalization`, where
the weight layer's result is `auto`) is costed in the kernel hls4ml builds: the layer's kernel times the
normalisation's scale, per output (`core.hls_config.fused_batchnorms`, `models.build.built_kernel`).

Until 2026-12-04 the design costed the trained kernel: a float ResNet-style CNN (Conv2D + BatchNormalization +
ReLU blocks joined by Add, Latency RF 1, Vitis, io_stream) was estimated at 3,493 DSP in its weight layers
against 3,868 in the estimate of the project hls4ml wrote from it, and a part's reserve (the written project
less the weight layers) counted the 375 DSP of difference as parts pruning cannot change."""

import numpy as np
import pytest

from fpgaprune.core.design import design_layers
from fpgaprune.core.hardware.cost import estimate_model
from fpgaprune.core.hardware.project import read_project

pytest.importorskip("hls4ml")
keras = pytest.importorskip("fpgaprune.compat").keras


def _conv_batchnorm_model():
    """conv1 -> bn1 -> ReLU -> conv2 -> bn2 (both fused where conv's result is `auto`), added to the ReLU's
    output (skip) -> Flatten -> Dense output; the normalisations' statistics drawn so that their scales lie
    between 0.4 and 3."""
    inputs = keras.Input((6, 6, 2), name="image")
    x = keras.layers.Conv2D(4, 3, padding="same", name="conv1")(inputs)
    x = keras.layers.ReLU(name="relu1")(keras.layers.BatchNormalization(name="bn1")(x))
    y = keras.layers.BatchNormalization(name="bn2")(
        keras.layers.Conv2D(4, 3, padding="same", name="conv2")(x)
    )
    x = keras.layers.Flatten(name="flatten")(keras.layers.Add(name="skip")([x, y]))
    logits = keras.layers.Dense(3, name="output")(x)
    model = keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(logits))
    rng = np.random.default_rng(0)
    for layer in model.layers:
        if isinstance(layer, (keras.layers.Conv2D, keras.layers.Dense)):  # seeded: the test is order-free
            layer.set_weights([rng.normal(0, 0.5, w.shape) for w in layer.get_weights()])
        if isinstance(layer, keras.layers.BatchNormalization):
            shape = layer.gamma.shape
            layer.set_weights(
                [rng.uniform(0.5, 3.0, shape), rng.normal(0, 1, shape), rng.normal(0, 1, shape),
                 rng.uniform(0.1, 2.0, shape)]
            )  # fmt: skip
    return model


def _name_config(model, result=None) -> dict:
    import hls4ml

    from fpgaprune.hls.quiet import quietly

    config = quietly(hls4ml.utils.config_from_keras_model, model, granularity="name", backend="Vitis")
    config["Model"]["Precision"] = "ap_fixed<16,6>"
    if result is not None:
        config["LayerName"]["conv1"]["Precision"]["result"] = result
    return config


def _designed_and_written(model, hls_config, tmp_path):
    """(the design's layers, hls4ml's written project's layers and kernels by name, the target)."""
    from fpgaprune.hls.convert import hls_input_names, model_graph, prepare_model, user_config
    from fpgaprune.hls.quiet import quietly
    from fpgaprune.models.user import hls_design, weight_layers

    from ..configs import hls_settings

    weights = weight_layers(model)
    design = hls_design(model, hls_config)
    reuse = design.setting.resolve(weights, "hls_config")
    designed = design_layers(weights, reuse, design.precisions, "io_parallel", pruned=False, backend="Vitis")
    hls_input = prepare_model(model, "output")[0]
    strategies = {layer.name: (1, "Latency") for layer in weights}
    config = user_config(hls_input, hls_config, hls_input_names(model), strategies, "output")
    settings = hls_settings(precision="ap_fixed<16,6>", io_type="io_parallel", backend="Vitis")
    quietly(model_graph(hls_input, config, settings, tmp_path).write)
    layers, kernels, target = read_project(tmp_path)
    return designed, {layer.name: (layer, kernel) for layer, kernel in zip(layers, kernels)}, target


def test_a_fused_batchnorm_is_costed_in_the_kernel_hls4ml_writes(tmp_path):
    """Each weight layer's built kernel is, to the weight type's step (2^-10), the one hls4ml wrote, and the
    design's estimate of each layer is the written project's, DSP and LUT; the trained kernels of the fused
    convolutions are off by more than the step and estimated at other counts."""
    from fpgaprune.models.build import built_kernel

    model = _conv_batchnorm_model()
    designed, written, target = _designed_and_written(model, _name_config(model), tmp_path)
    assert {layer.name: layer.fused_batchnorm for layer in designed} == {
        "conv1": "bn1",
        "conv2": "bn2",
        "output": "",
    }
    step = 2.0**-10
    built = {
        layer.name: built_kernel(model.get_layer(layer.name), layer.fused_batchnorm) for layer in designed
    }
    trained = {layer.name: built_kernel(model.get_layer(layer.name)) for layer in designed}
    for name, kernel in built.items():
        assert np.max(np.abs(kernel - written[name][1])) <= step, name
    for name in ("conv1", "conv2"):
        assert np.max(np.abs(trained[name] - written[name][1])) > 10 * step, name
    ours = estimate_model(designed, list(built.values()), target).layers
    before = estimate_model(designed, list(trained.values()), target).layers
    theirs = estimate_model(
        [written[layer.name][0] for layer in designed], [written[layer.name][1] for layer in designed], target
    ).layers
    assert [(e.dsp, e.lut) for e in ours] == [(e.dsp, e.lut) for e in theirs]
    # the trained kernels (what was costed until 2026-12-04) give the fused layers other counts
    fused = [i for i, layer in enumerate(designed) if layer.fused_batchnorm]
    assert all((before[i].dsp, before[i].lut) != (theirs[i].dsp, theirs[i].lut) for i in fused)


def test_a_batchnorm_after_a_typed_result_is_not_fused_nor_scaled_in(tmp_path):
    """With conv1's result typed in the config hls4ml keeps bn1 as a layer: conv1's kernel is written as
    trained, and the design does not scale it."""
    from fpgaprune.models.build import built_kernel

    model = _conv_batchnorm_model()
    config = _name_config(model, result="ap_fixed<16,6>")
    designed, written, _ = _designed_and_written(model, config, tmp_path)
    conv1 = next(layer for layer in designed if layer.name == "conv1")
    assert conv1.fused_batchnorm == ""
    kernel = built_kernel(model.get_layer("conv1"), conv1.fused_batchnorm)
    assert np.max(np.abs(kernel - written["conv1"][1])) <= 2.0**-10


def _depthwise_project(tmp_path, typed: bool):
    """A DepthwiseConv2D -> BatchNormalization -> ReLU model's hls4ml project, as hls4ml itself writes it
    (granularity 'name'; with `typed` the depthwise layer's result given, which keeps the normalisation)."""
    import hls4ml

    from fpgaprune.hls.quiet import quietly

    inputs = keras.Input((5, 5, 3), name="image")
    x = keras.layers.DepthwiseConv2D(3, name="dw")(inputs)
    x = keras.layers.ReLU(name="relu")(keras.layers.BatchNormalization(name="bn")(x))
    logits = keras.layers.Dense(2, name="output")(keras.layers.Flatten(name="flatten")(x))
    model = keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(logits))
    config = quietly(hls4ml.utils.config_from_keras_model, model, granularity="name", backend="Vivado")
    if typed:
        config["LayerName"]["dw"]["Precision"]["result"] = "ap_fixed<24,10>"
    graph = quietly(
        hls4ml.converters.convert_from_keras_model, model, hls_config=config, output_dir=str(tmp_path)
    )
    quietly(graph.write)
    return tmp_path


def test_a_depthwise_layer_hls4ml_fused_a_batchnorm_into_is_refused_naming_the_fix(tmp_path):
    """hls4ml 1.3 fuses the BatchNormalization into the DepthwiseConv2D and writes its 3x3x3 kernel times the
    scale broadcast over the depth multiplier: 81 values, of which the firmware reads the first 27. `fpgaprune
    estimate` said only 'the weights file has 81 values, expected kernel_size*channels = 27'."""
    with pytest.raises(ValueError) as error:
        read_project(_depthwise_project(tmp_path / "fused", typed=False))
    message = str(error.value)
    assert message.startswith("layer dw: the weights file has 81 values = kernel_size*channels*channels")
    assert "FuseBatchNormalization" in message and "LayerName: {dw: {Precision: {result: ...}}}" in message
    layers = read_project(_depthwise_project(tmp_path / "typed", typed=True))[0]
    assert [layer.name for layer in layers if layer.depthwise] == ["dw"]


def test_a_batchnorm_after_a_linear_activation_layer_is_fused_and_costed_so(tmp_path):
    """Conv2D -> Activation('linear') -> BatchNormalization: hls4ml removes the linear activation and fuses
    the normalisation; the built kernel is found through it and is the one hls4ml wrote."""
    from fpgaprune.models.build import built_kernel

    inputs = keras.Input((5, 5, 2), name="image")
    x = keras.layers.Activation("linear", name="lin")(keras.layers.Conv2D(3, 3, name="conv")(inputs))
    x = keras.layers.Flatten(name="flatten")(keras.layers.BatchNormalization(name="bn")(x))
    model = keras.Model(
        inputs, keras.layers.Activation("softmax", name="softmax")(keras.layers.Dense(2, name="output")(x))
    )
    bn = model.get_layer("bn")
    bn.set_weights([np.full(3, 2.5), np.zeros(3), np.zeros(3), np.full(3, 0.5)])
    designed, written, _ = _designed_and_written(model, _name_config(model), tmp_path)
    conv = next(layer for layer in designed if layer.name == "conv")
    assert conv.fused_batchnorm == "bn"
    kernel = built_kernel(model.get_layer("conv"), conv.fused_batchnorm)
    assert np.max(np.abs(kernel - written["conv"][1])) <= 2.0**-10


def test_a_batchnorm_after_a_layer_read_twice_is_not_fused_nor_scaled_in(tmp_path):
    """conv's output feeds its BatchNormalization and, as a skip, the Add: hls4ml's FuseBatchNormalization
    declines a parent with two users, so bn stays a layer, conv's kernel is written as trained, and the design
    reads bn's inferred type (until 2026-12-04 it fused bn in, scaled the kernel and read conv's sum)."""
    from fpgaprune.models.build import built_kernel

    inputs = keras.Input((5, 5, 2), name="image")
    conv = keras.layers.Conv2D(3, 3, padding="same", name="conv")(inputs)
    x = keras.layers.Add(name="skip")([conv, keras.layers.BatchNormalization(name="bn")(conv)])
    x = keras.layers.Flatten(name="flatten")(x)
    logits = keras.layers.Dense(2, name="output")(x)
    model = keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(logits))
    model.get_layer("bn").set_weights([np.full(3, 2.5), np.zeros(3), np.zeros(3), np.full(3, 0.5)])
    designed, written, _ = _designed_and_written(model, _name_config(model), tmp_path)
    layer = next(layer for layer in designed if layer.name == "conv")
    assert layer.fused_batchnorm == ""
    kernel = built_kernel(model.get_layer("conv"), layer.fused_batchnorm)
    assert np.max(np.abs(kernel - written["conv"][1])) <= 2.0**-10
    output = next(layer for layer in designed if layer.name == "output")
    assert output.input_type == written["output"][0].input_type  # the join of conv's sum and bn's result
