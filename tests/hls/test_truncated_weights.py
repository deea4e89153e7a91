"""The C-simulation loss warning names float weights a truncating type floors (`csim.truncated_weights`).

A float ResNet-style CNN under a configuration whose Model `Precision` was `ap_fixed<16,6>` (ap_fixed's
default TRN) simulated 2 points below Keras on 200 Fashion-MNIST images, and the warning said to look at the
poolings' and batch normalisations' accumulators; the loss was the weights' truncation (the Keras model with
its weights floored to 2^-10 lost the same; rounded, it lost nothing)."""

import pytest

pytest.importorskip("hls4ml")
keras = pytest.importorskip("fpgaprune.compat").keras
qkeras = pytest.importorskip("qkeras")


def _graph(model, precision: str):
    import hls4ml

    from fpgaprune.hls.quiet import quietly

    config = quietly(hls4ml.utils.config_from_keras_model, model, granularity="model", backend="Vitis")
    config["Model"]["Precision"] = precision
    return quietly(hls4ml.converters.convert_from_keras_model, model, hls_config=config, backend="Vitis")


def _float_model():
    keras.utils.set_random_seed(0)
    inputs = keras.Input((6,), name="x")
    hidden = keras.layers.Dense(5, activation="relu", name="fc1")(inputs)
    return keras.Model(inputs, keras.layers.Dense(3, name="output")(hidden))


def _qkeras_model():
    keras.utils.set_random_seed(0)
    inputs = keras.Input((6,), name="x")
    bits = "quantized_bits(8,2,alpha=1)"
    hidden = qkeras.QDense(5, kernel_quantizer=bits, bias_quantizer=bits, name="fc1")(inputs)
    return keras.Model(
        inputs, qkeras.QDense(3, kernel_quantizer=bits, bias_quantizer=bits, name="output")(hidden)
    )


def test_float_weights_in_a_truncating_type_are_named_and_the_warning_says_how_to_round_them():
    from fpgaprune.hls.csim import truncated_weights
    from fpgaprune.hls.run import csim_loss_line

    found = truncated_weights(_graph(_float_model(), "ap_fixed<16,6>"))
    assert [row["layer"] for row in found] == ["fc1", "output"]
    metrics = {"accuracy_diff_points": -2.0, "hls_accuracy": 0.735, "keras_accuracy": 0.755, "n_samples": 200}
    line = csim_loss_line(metrics | {"truncated_weights": found})
    assert "the weights of fc1 (ap_fixed<16,6>), output (ap_fixed<16,6>) lie off their type's grid" in line
    assert "RND_CONV" in line and "\n" not in line
    assert "{weight: fixed<16,6,RND_CONV,SAT>}" in line  # the layers' own width, rounding
    wider = csim_loss_line(
        metrics | {"truncated_weights": [{"layer": "fc1", "type": "ap_fixed<18,8,AP_TRN,AP_SAT>"}]}
    )
    assert "{weight: fixed<18,8,RND_CONV,SAT>}" in wider
    assert "truncates" not in csim_loss_line(metrics | {"truncated_weights": []})


def test_rounding_types_and_quantised_weights_are_not_named():
    from fpgaprune.hls.csim import truncated_weights

    assert truncated_weights(_graph(_float_model(), "ap_fixed<16,6,RND,SAT>")) == []
    assert truncated_weights(_graph(_qkeras_model(), "ap_fixed<16,6>")) == []  # on their quantizers' grid
