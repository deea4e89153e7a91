"""A QBatchNormalization whose parameters QKeras quantizes (its defaults: power-of-two quantizers) is
converted with the quantised gamma, beta, mean and variance QKeras normalises with
(`hls.convert.quantized_for_hls4ml`): hls4ml 1.3 computes the normalisation from the unquantised ones, and a
QKeras ResNet-style CNN with the defaults simulated 14 points below Keras on 200 Fashion-MNIST images
(2026-12-04), JetID-L1's 32-particle QDeepSets 21.5 points (2026-12-05)."""

import numpy as np
import pytest

keras = pytest.importorskip("fpgaprune.compat").keras
qkeras = pytest.importorskip("qkeras")

NONE = {"beta_quantizer": None, "gamma_quantizer": None, "mean_quantizer": None, "variance_quantizer": None}


def _model(**quantizers):
    inputs = keras.Input((4,), name="x")
    x = qkeras.QDense(3, kernel_quantizer="quantized_bits(8,0,alpha=1)", name="fc")(inputs)
    x = qkeras.QBatchNormalization(name="bn", **quantizers)(x)
    model = keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(keras.layers.Dense(2)(x)))
    model.get_layer("bn").set_weights([np.full(3, 1.3), np.full(3, 0.3), np.full(3, 0.7), np.full(3, 0.45)])
    return model


def _keras_formula(model, parameters) -> float:
    """How far the normalisation of `model` is from the formula hls4ml computes from `parameters`."""
    x = np.random.default_rng(0).normal(size=(16, 4)).astype("float32")
    bn = model.get_layer("bn")
    before = keras.Model(model.input, model.get_layer("fc").output).predict(x, verbose=0)
    after = keras.Model(model.input, bn.output).predict(x, verbose=0)
    gamma, beta, mean, variance = (parameters[k] for k in ("gamma", "beta", "moving_mean", "moving_variance"))
    return float(np.abs(after - (gamma * (before - mean) / np.sqrt(variance + bn.epsilon) + beta)).max())


@pytest.mark.parametrize("quantizers", [{}, NONE], ids=["po2 defaults", "none"])
def test_a_qbatchnorm_is_converted_with_the_parameters_qkeras_normalises_with(tmp_path, quantizers):
    import hls4ml

    from fpgaprune.hls.convert import quantized_for_hls4ml
    from fpgaprune.hls.quiet import quietly
    from fpgaprune.models.build import batchnorm_parameters

    model = _model(**quantizers)
    bn = model.get_layer("bn")
    trained = [w.copy() for w in bn.get_weights()]
    parameters = batchnorm_parameters(bn)
    assert _keras_formula(model, parameters) < 1e-5  # what QKeras computes
    config = {"Model": {"Precision": "fixed<32,12>", "ReuseFactor": 1, "Strategy": "Latency"}}
    with quantized_for_hls4ml(model):
        graph = quietly(
            hls4ml.converters.convert_from_keras_model, model, hls_config=config, output_dir=str(tmp_path)
        )
    scale = graph.graph["bn"].get_weights("scale").data
    expected = parameters["gamma"] / np.sqrt(parameters["moving_variance"] + bn.epsilon)
    assert np.allclose(scale, expected, rtol=1e-6)
    assert all(np.array_equal(a, b) for a, b in zip(bn.get_weights(), trained))  # its own weights again
    if not quantizers:
        assert not np.allclose(expected, 1.3 / np.sqrt(0.45 + bn.epsilon), rtol=1e-3)  # po2 values differ


def test_the_estimate_of_a_model_names_the_layers_written_with_quantised_weights(tmp_path, capsys):
    # a new-user review: `estimate --model` gave 14 DSP where the user's own hls4ml project of the same model
    # gave 302 (its QBatchNormalization's float scale), and only said the project was "as hls4ml writes it"
    from fpgaprune.cli import main
    from fpgaprune.hls.convert import quantized_weights_line

    model = _model()
    assert quantized_weights_line(model).startswith("bn: written with the weights QKeras computes with")
    plain = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2, name="fc")])
    assert quantized_weights_line(plain) is None
    model.save(tmp_path / "m.h5")
    (tmp_path / "hls.yml").write_text(
        "Model: {Precision: 'fixed<16,6>', ReuseFactor: 1, Strategy: Latency}\n"
    )
    assert (
        main(["estimate", "--model", str(tmp_path / "m.h5"), "--hls-config", str(tmp_path / "hls.yml")]) == 0
    )
    assert "note: bn: written with the weights QKeras computes with (quantised)" in capsys.readouterr().err
