"""A QBatchNormalization whose parameters QKeras quantizes (its defaults: power-of-two quantizers) is warned
about (`models.user.quantized_batchnorm_warnings`): hls4ml 1.3 computes the normalisation from the unquantised
gamma, beta, mean and variance, QKeras from the quantised ones. A QKeras ResNet-style CNN with the defaults
simulated 14 points below Keras on 200 Fashion-MNIST images, and the warning pointed at accumulators."""

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


def _off_formula(model) -> float:
    """How far QKeras's normalisation is from the unquantised formula hls4ml computes."""
    x = np.random.default_rng(0).normal(size=(16, 4)).astype("float32")
    bn = model.get_layer("bn")
    before = keras.Model(model.input, model.get_layer("fc").output).predict(x, verbose=0)
    after = keras.Model(model.input, bn.output).predict(x, verbose=0)
    gamma, beta, mean, variance = (w.numpy() for w in bn.weights)
    return float(np.abs(after - (gamma * (before - mean) / np.sqrt(variance + bn.epsilon) + beta)).max())


def test_a_qbatchnorm_with_quantized_parameters_is_warned_and_one_without_is_not():
    from fpgaprune.models.user import quantized_batchnorm_warnings

    (line,) = quantized_batchnorm_warnings(_model())
    assert line.startswith("bn: QKeras quantizes its gamma, beta, mean, variance")
    assert "gamma_quantizer=None, beta_quantizer=None, mean_quantizer=None, variance_quantizer=None" in line
    assert _off_formula(_model()) > 0.1  # QKeras computes with po2 parameters
    assert quantized_batchnorm_warnings(_model(**NONE)) == []
    assert _off_formula(_model(**NONE)) < 1e-5
