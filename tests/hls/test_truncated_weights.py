"""The C-simulation loss warning names float weights a truncating type floors (`csim.truncated_weights`).

A float ResNet-style CNN under a configuration whose Model `Precision` was `ap_fixed<16,6>` (ap_fixed's
default TRN) simulated 2 points below Keras on 200 Fashion-MNIST images, and the warning said to look at the
poolings' and batch normalisations' accumulators; the loss was the weights' truncation (the Keras model with
its weights floored to 2^-10 lost the same; rounded, it lost nothing)."""

import numpy as np
import pytest

pytest.importorskip("hls4ml")
from fpgaprune.core.objective import CLASSIFIER

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
    below = "accuracy is 2.00 points below Keras's"
    line = csim_loss_line(metrics | {"truncated_weights": found}, below)
    assert "the weights of fc1 (ap_fixed<16,6>), output (ap_fixed<16,6>) lie off their type's grid" in line
    assert "RND_CONV" in line and "\n" not in line
    assert "{weight: fixed<16,6,RND_CONV,SAT>}" in line  # the layers' own width, rounding
    wider = csim_loss_line(
        metrics | {"truncated_weights": [{"layer": "fc1", "type": "ap_fixed<18,8,AP_TRN,AP_SAT>"}]}, below
    )
    assert "{weight: fixed<18,8,RND_CONV,SAT>}" in wider
    assert "truncates" not in csim_loss_line(metrics | {"truncated_weights": []}, below)


def test_rounding_types_and_quantised_weights_are_not_named():
    from fpgaprune.hls.csim import truncated_weights

    assert truncated_weights(_graph(_float_model(), "ap_fixed<16,6,RND,SAT>")) == []
    assert truncated_weights(_graph(_qkeras_model(), "ap_fixed<16,6>")) == []  # on their quantizers' grid


def test_inputs_the_input_type_does_not_hold_are_the_named_cause_when_keras_loses_as_much_on_them():
    """A public 4-bit MNIST CNN simulated 6 points below Keras: its data lay on a 2^-8 grid, its input type
    `ap_fixed<8,3>` holds 2^-5 steps (on a 2^-5 grid the C simulation was bit-exact), and the warning named
    the accumulators instead. Float data are never exactly representable, so the inputs are named only when
    Keras on the inputs as the design reads them loses at least half as much (`keras_on_design_inputs`)."""
    import numpy as np

    from fpgaprune.hls.run import csim_loss_line, inputs_representable, keras_on_design_inputs

    model = _float_model()
    graph = _graph(model, "ap_fixed<8,3>")
    x = np.random.default_rng(0).normal(size=(50, 6))
    fine, coarse = np.round(x * 2**8) / 2**8, np.round(x * 2**5) / 2**5
    assert inputs_representable(graph, coarse) == {
        "input_type": "fixed<8,3,TRN,WRAP,0>",
        "inputs_representable_fraction": 1.0,
    }
    found = inputs_representable(graph, fine)
    assert 0 < found["inputs_representable_fraction"] < 0.3
    y = np.argmax(model.predict(fine, verbose=0), axis=1)
    read = keras_on_design_inputs(model, graph, fine, y, CLASSIFIER, found)["keras_on_design_inputs"]
    assert read == np.mean(np.argmax(model.predict(np.floor(fine * 32) / 32, verbose=0), axis=1) == y)
    assert (
        keras_on_design_inputs(model, graph, coarse, y, CLASSIFIER, {"inputs_representable_fraction": 1.0})
        == {}
    )
    metrics = {"truncated_weights": [], "keras_accuracy": 1.0, "hls_accuracy": 0.94, **found}
    below = "accuracy is 6.00 points below Keras's"
    line = csim_loss_line(metrics | {"keras_on_design_inputs": 0.95}, below)
    share = 100 * (1 - found["inputs_representable_fraction"])
    assert (
        f"; Keras itself scores accuracy 0.95 on the inputs as the design reads them ({share:.1f} % " in line
    )
    assert "give the input layer a Precision that holds them" in line and "accumulator" not in line
    elsewhere = csim_loss_line(metrics | {"keras_on_design_inputs": 0.99}, below)  # the inputs cost 1 of 6
    assert "accumulator" in elsewhere and "Keras itself" not in elsewhere


def test_a_regression_far_from_keras_is_warned_of(caplog):
    """A public Conv1D regression's C simulation had 100 times Keras's mse (its types), in an INFO line."""
    from fpgaprune.hls.run import _log_output_agreement

    metrics = {
        "n_samples": 50, "metric": "mse", "keras_mse": 1.564e-05, "hls_mse": 0.001687,
        "mse_of_the_mean": 0.05, "output": {"bit_exact_fraction": 0.0, "max_abs_diff": 0.0663},
        "wrapping": [], "truncated_weights": [],
    }  # fmt: skip
    with caplog.at_level("INFO"):
        _log_output_agreement(metrics)
        _log_output_agreement(metrics | {"hls_mse": 1.6e-05})  # within 1.1 times: no warning
        _log_output_agreement(metrics | {"mse_of_the_mean": 0.2})  # under 1 % of the targets' variance
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1
    assert warnings[0].startswith(
        "the C simulation's mse is 0.001687 against Keras's 1.564e-05 on 50 samples:"
    )
    assert warnings[0].endswith("The status and mse are Keras's")


def test_weights_too_small_for_their_types_fractional_bits_are_named_with_a_type_that_holds_them():
    """A float ResNet-8's folded batch normalisations left convolution weights of median 0.002 (two steps of
    fixed<16,6>): 13 % became 0, the C simulation lost 94 points and 38 with the rounding type the truncation
    line asks for; fixed<18,4> lost none."""
    from fpgaprune.hls.csim import coarse_weights
    from fpgaprune.hls.run import csim_loss_line

    model = _float_model()
    fc1 = model.get_layer("fc1")
    small = np.random.default_rng(0).normal(0, 0.002, fc1.kernel.shape)  # a few steps of 2^-10
    small[0, 0] = 0.3  # the largest: fixed<16,1> holds it
    fc1.set_weights([small, np.zeros(5)])
    found = coarse_weights(_graph(model, "ap_fixed<16,6,RND_CONV,SAT>"))
    assert [row["layer"] for row in found] == ["fc1"]  # the output layer's weights are large enough
    (row,) = found
    assert row["zeroed"] > 0.1 and row["suggested"] == "fixed<16,1>"  # the 0.3 hides them from the rms
    assert coarse_weights(_graph(model, "ap_fixed<16,1,RND_CONV,SAT>")) == []
    metrics = {"accuracy_diff_points": -38.0, "hls_accuracy": 0.6, "keras_accuracy": 0.98, "n_samples": 50}
    line = csim_loss_line(metrics | {"coarse_weights": found}, "accuracy is 38.00 points below Keras's")
    assert f"the weights of fc1 ({row['type']}: off by " in line and "stored as 0" in line
    assert "largest 0.3, which fixed<16,1> holds) are too small for their type's fractional bits" in line


def test_a_batch_normalisations_scale_too_small_for_its_type_is_named():
    """A JetID-L1 interaction network's input BatchNormalization (a layer of its own in hls4ml) had a scale of
    0.00915 in the configuration's ap_fixed<20,10>: 10 fraction bits, 4 % off, and the C simulation departed
    there on 10.5 % of the jets, with no word of why (2026-12-06)."""
    from fpgaprune.hls.csim import coarse_weights
    from fpgaprune.hls.run import csim_loss_line

    keras.utils.set_random_seed(0)
    inputs = keras.Input((6,), name="x")
    normalised = keras.layers.BatchNormalization(name="bn")(inputs)
    model = keras.Model(inputs, keras.layers.Dense(3, name="output")(normalised))
    bn = model.get_layer("bn")
    bn.moving_variance.assign(np.linspace(5e3, 2e4, 6).astype(np.float32))  # scales 0.007-0.014
    found = coarse_weights(_graph(model, "ap_fixed<20,10,RND,SAT>"))
    assert [(row["layer"], row["variable"]) for row in found] == [("bn", "scale")]
    assert coarse_weights(_graph(model, "ap_fixed<20,2,RND,SAT>")) == []
    metrics = {"accuracy_diff_points": 2.5, "hls_accuracy": 0.655, "keras_accuracy": 0.63, "n_samples": 200}
    line = csim_loss_line(metrics | {"coarse_weights": found}, "classes differ from Keras's on 10.5 %")
    assert f"the weights of bn (its scale) ({found[0]['type']}: off by " in line
