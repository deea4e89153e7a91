"""Which designs the C simulation may replace by their Resource twin (`hls.run.simulation_model`); no g++."""

import re

import numpy as np
import pytest


def test_binary_weights_are_simulated_as_written(tmp_path):
    """A 1-bit xnor weight stored as 0 stands for -1: hls4ml's Resource_Unrolled generator leaves its products
    out (it skips stored zeros), Resource computes them, so the twin would not compute the written bits."""
    pytest.importorskip("hls4ml")
    from fpgaprune.compat import keras  # before qkeras: it sets the Keras qkeras then takes

    qkeras = pytest.importorskip("qkeras")

    from hls4ml.model.types import XnorPrecisionType

    from fpgaprune.hls.convert import prepare_model, write_project
    from fpgaprune.hls.run import simulation_model

    from ..configs import hls_settings
    from .tiny import N_CLASSES, N_HIDDEN, N_IN, RF

    keras.utils.set_random_seed(3)
    inputs = keras.Input(shape=(N_IN,), name="input")
    kernel, bias = "binary(alpha=1)", "quantized_bits(8,3,alpha=1)"  # alpha=1: no ApplyAlpha layer
    hidden = qkeras.QDense(N_HIDDEN, kernel_quantizer=kernel, bias_quantizer=bias, name="fc1")(inputs)
    hidden = keras.layers.Activation("relu", name="relu1")(hidden)
    logits = keras.layers.Dense(N_CLASSES, name="output")(hidden)
    model = keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(logits))
    strategies = {"fc1": (RF, "Resource_Unrolled"), "output": (1, "Latency")}
    settings = hls_settings(precision="ap_fixed<8,3>")
    hls_model = write_project(prepare_model(model)[0], settings, strategies, tmp_path / "project")

    fc1 = {layer.name: layer for layer in hls_model.get_layers()}["fc1"]
    assert isinstance(fc1.weights["weight"].type.precision, XnorPrecisionType)
    assert fc1.get_attr("strategy") == "resource_unrolled"
    code = (tmp_path / "project" / "firmware" / "nnet_utils" / "nnet_code_gen.h").read_text()
    written = len(re.findall(r"acc\[\d+\] \+=", code))
    minus_ones = int(np.sum(fc1.weights["weight"].data == 0))
    assert 0 < minus_ones and written == N_IN * N_HIDDEN - minus_ones  # the -1 products are left out
    with simulation_model(hls_model, strategies, write=None) as (simulated, build):
        assert simulated is hls_model and build == "written project"
