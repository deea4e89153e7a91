"""UpSampling1D/2D (a convolutional autoencoder's decoder), carried as hls4ml 1.3 builds them: a Resize
(`nnet::resize_nearest`) built in its input's type whatever its configuration says (`Resize.initialize`).
The prune side's estimate of every weight layer equals the written project's (real hls4ml, no C++ compile).
Until 2026-12-05 such a model was refused ("a layer fpgaprune cannot prune or convert")."""

import pytest

from .both_sides import both_sides, weights_on_grid


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
    return weights_on_grid(keras.Model(inputs, conv(1, 3, padding="same", name="dec")(up(name="up")(h))))


@pytest.mark.parametrize(
    ("two_d", "io_type", "up_result"),
    [(True, "io_parallel", None), (True, "io_stream", None), (False, "io_parallel", "fixed<12,4>")],
)
def test_a_convolution_after_an_upsampling_is_costed_as_the_written_project(
    tmp_path, two_d, io_type, up_result
):
    import hls4ml

    from fpgaprune.core.hardware.precision import parse_precision
    from fpgaprune.hls.quiet import quietly

    model = _autoencoder(two_d)
    config = quietly(hls4ml.utils.config_from_keras_model, model, granularity="name", backend="Vitis")
    config["Model"].update(Precision="fixed<16,6>", ReuseFactor=1, Strategy="Latency")
    if up_result:
        config["LayerName"]["up"]["Precision"]["result"] = up_result
    sides = both_sides(model, config, tmp_path / "project", io_type)
    up = next(layer for layer in sides.graph.get_layers() if layer.name == "up")
    assert "nnet::resize_nearest" in sides.source
    built = (
        parse_precision(str(v.type.precision)) for v in (up.get_input_variable(), up.get_output_variable())
    )
    assert list(built) == [sides.designed["dec"].input_type] * 2  # hls4ml 1.3 ignores `up_result`
    assert sides.differences(("enc", "code", "dec")) == []


def test_a_bilinear_upsampling_is_refused_in_one_line():
    from fpgaprune.compat import keras

    from fpgaprune.models.user import check_supported

    inputs = keras.Input((4, 4, 1))
    up = keras.layers.UpSampling2D(interpolation="bilinear", name="up")(inputs)
    model = keras.Model(inputs, keras.layers.Conv2D(1, 3, name="c")(up))
    with pytest.raises(ValueError, match=r"'up' is an UpSampling2D of interpolation='bilinear'.*nearest"):
        check_supported(model, classifier=False)
