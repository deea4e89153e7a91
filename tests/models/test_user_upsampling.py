"""UpSampling1D/2D (a convolutional autoencoder's decoder), carried as hls4ml 1.3 builds them: a Resize
(`nnet::resize_nearest`) built in its input's type whatever its configuration says (`Resize.initialize`).
The prune side's estimate of every weight layer equals the written project's (real hls4ml, no C++ compile).
Until 2026-12-05 such a model was refused ("a layer fpgaprune cannot prune or convert")."""

import numpy as np
import pytest

RESOURCES = ("dsp", "bram_18k", "lut", "ff", "latency_cycles", "ii")


def _autoencoder(two_d: bool):
    from fpgaprune.compat import keras

    layers = keras.layers
    if two_d:
        inputs = keras.Input((8, 8, 1))
        conv, pool, up = layers.Conv2D, layers.MaxPooling2D, layers.UpSampling2D
    else:
        inputs = keras.Input((16, 1))
        conv, pool, up = layers.Conv1D, layers.MaxPooling1D, layers.UpSampling1D
    h = conv(4, 3, padding="same", activation="relu", name="enc")(inputs)
    h = conv(2, 3, padding="same", activation="relu", name="code")(pool(name="pool")(h))
    model = keras.Model(inputs, conv(1, 3, padding="same", name="dec")(up(name="up")(h)))
    rng = np.random.default_rng(0)
    for layer in model.layers:
        if layer.get_weights():
            layer.set_weights([rng.integers(-3, 4, w.shape) / 4 for w in layer.get_weights()])
    return model


@pytest.mark.parametrize(
    ("two_d", "io_type", "up_result"),
    [(True, "io_parallel", None), (True, "io_stream", None), (False, "io_parallel", "fixed<12,4>")],
)
def test_a_convolution_after_an_upsampling_is_costed_as_the_written_project(
    tmp_path, two_d, io_type, up_result
):
    import hls4ml

    from fpgaprune.core.design import design_layers
    from fpgaprune.core.hardware.cost import estimate_model
    from fpgaprune.core.hardware.glue import estimate_project
    from fpgaprune.core.hardware.precision import parse_precision
    from fpgaprune.core.hardware.project import project_layers, read_project_files
    from fpgaprune.hls.quiet import quietly
    from fpgaprune.models.user import hls_design, weight_layers

    model = _autoencoder(two_d)
    config = quietly(hls4ml.utils.config_from_keras_model, model, granularity="name", backend="Vitis")
    config["Model"].update(Precision="fixed<16,6>", ReuseFactor=1, Strategy="Latency")
    if up_result:
        config["LayerName"]["up"]["Precision"]["result"] = up_result
    folder = tmp_path / "project"
    graph = quietly(
        hls4ml.converters.convert_from_keras_model,
        model,
        hls_config=config,
        output_dir=str(folder),
        backend="Vitis",
        io_type=io_type,
    )
    quietly(graph.write)
    built = {layer.name: layer for layer in graph.get_layers()}
    reads = str(built["up"].get_output_variable().type.precision)  # hls4ml 1.3 ignores `up_result`
    assert "nnet::resize_nearest" in read_project_files(folder).source
    project = estimate_project(folder)["layers"]
    _, _, target = project_layers(read_project_files(folder))
    design = hls_design(model, config, classifier=False)
    weights = weight_layers(model)
    settings = design.setting.resolve(weights, "t")
    layers = design_layers(weights, settings, design.precisions, io_type, pruned=False)
    kernels = [model.get_layer(layer.name).get_weights()[0] for layer in layers]
    prune_side = estimate_model(layers, kernels, target).as_dict()["layers"]
    dec = next(layer for layer in layers if layer.name == "dec")
    assert parse_precision(reads) == dec.input_type  # what the decoder multiplies: the resize's input type
    assert parse_precision(str(built["up"].get_input_variable().type.precision)) == dec.input_type
    for name in ("enc", "code", "dec"):
        for resource in RESOURCES:
            assert prune_side[name][resource] == project[name][resource], (name, resource)


def test_a_bilinear_upsampling_is_refused_in_one_line():
    from fpgaprune.compat import keras

    from fpgaprune.models.user import check_supported

    inputs = keras.Input((4, 4, 1))
    up = keras.layers.UpSampling2D(interpolation="bilinear", name="up")(inputs)
    model = keras.Model(inputs, keras.layers.Conv2D(1, 3, name="c")(up))
    with pytest.raises(ValueError, match=r"'up' is an UpSampling2D of interpolation='bilinear'.*nearest"):
        check_supported(model, classifier=False)
