"""A weight layer that reads the model input through a `quantized_bits` QActivation of the input's own type:
hls4ml 1.3 removes the QActivation (`EliminateLinearActivation`: a linear activation that casts nothing), so
the io_parallel layer reads the top's packed input port, on the prune side as in the written project. A
public QKeras tagger (QActivation quantized_bits(12,6) after its input, a QConv1D, io_parallel, Vivado) was
costed 3,283 LUT by the prune side and 1,348 by the written project until 2026-12-05. The projects are written
by the real hls4ml (no C++ compile)."""

import pytest

from .both_sides import both_sides

INPUT_TYPE = "fixed<12,6,TRN,SAT>"


def _model():
    from fpgaprune.compat import keras

    import qkeras

    keras.utils.set_random_seed(0)
    bits = "quantized_bits(8,3,alpha=1)"
    inputs = keras.Input((10, 4), name="x")
    h = qkeras.QActivation("quantized_bits(12,6,alpha=1)", name="q_input")(inputs)
    h = qkeras.QConv1D(4, 3, kernel_quantizer=bits, bias_quantizer=bits, name="conv")(h)
    h = qkeras.QActivation("quantized_relu(10,5)", name="relu")(h)
    h = keras.layers.Flatten(name="flatten")(h)
    return keras.Model(inputs, qkeras.QDense(3, kernel_quantizer=bits, bias_quantizer=bits, name="out")(h))


def _config(model, qactivation_type: str) -> dict:
    import hls4ml

    from fpgaprune.hls.quiet import quietly

    config = quietly(hls4ml.utils.config_from_keras_model, model, granularity="name", backend="Vitis")
    config["Model"].update(Precision="fixed<16,6>", ReuseFactor=1, Strategy="Latency")
    config["LayerName"]["x"]["Precision"] = {"result": INPUT_TYPE}
    config["LayerName"]["q_input"]["Precision"] = {"result": qactivation_type}
    return config


@pytest.mark.parametrize(("qactivation_type", "packed"), [(INPUT_TYPE, True), ("fixed<10,5,TRN,SAT>", False)])
def test_a_layer_behind_a_removed_input_quantizer_reads_the_packed_port_on_both_sides(
    tmp_path, qactivation_type, packed
):
    """Of the input's own type the QActivation is removed and the convolution reads the packed port; of
    another type it stays (a cast), and the convolution reads its result."""
    model = _model()
    sides = both_sides(model, _config(model, qactivation_type), tmp_path, "io_parallel")
    assert sides.written["conv"].input_packed is packed
    assert sides.designed["conv"].input_packed is packed
    assert sides.differences(["conv", "out"]) == []


@pytest.mark.parametrize(("input_precision", "packed"), [("fixed<12,7>", True), ("fixed<16,6>", False)])
def test_the_pipelines_own_design_reads_the_port_behind_a_removed_input_quantizer(input_precision, packed):
    """The pipeline's configuration (`hls.input_precision`, rounded) types the input as the QActivation's
    quantized_bits(12,6) is typed (fixed<12,7,RND_CONV,SAT>) when the input precision is fixed<12,7>: hls4ml
    removes the QActivation, and the convolution reads the packed port; under fixed<16,6> it casts, and
    stays."""
    from fpgaprune.models.user import model_precisions

    from ..configs import hls_settings

    precisions = model_precisions(
        _model(), hls_settings(precision="ap_fixed<16,6>", input_precision=input_precision)
    )
    assert precisions["conv"].reads_input_port is packed
    assert precisions["out"].reads_input_port is False
