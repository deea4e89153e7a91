"""QKeras binary, ternary and power-of-two kernels as hls4ml 1.3 builds them.

hls4ml builds ternary (int<2>) and binary (one-bit xnor) weights with select products (`nnet_mult.h`
`weight_ternary`, `weight_binary`: x, -x or 0, no multiplier); the prune side costs such a layer as the
project hls4ml writes is estimated (`fpgaprune estimate`), layer by layer, with no DSP in a Resource kernel.
What fpgaprune cannot cost or prune is refused in one line before any work: power-of-two kernels, an alpha
hls4ml moves into an ApplyAlpha layer, and pruning binary weights (no zero)."""

import warnings

import numpy as np
import pytest

from fpgaprune.core.design import LayerHls, design_layers

from ..configs import hls_settings
from .tiny import random_weights

pytest.importorskip("hls4ml")
keras = pytest.importorskip("fpgaprune.compat").keras
qkeras = pytest.importorskip("qkeras")

BIAS = "quantized_bits(8,3,alpha=1)"


def _model(kernel_quantizer: str, kind: str):
    """fc1 (QDense or QConv2D with `kernel_quantizer`) -> quantized ReLU -> output QDense -> softmax."""
    if kind == "dense":
        inputs = keras.Input((12,))
        x = qkeras.QDense(8, kernel_quantizer=kernel_quantizer, bias_quantizer=BIAS, name="fc1")(inputs)
    else:
        inputs = keras.Input((6, 6, 2))
        x = qkeras.QConv2D(4, 3, kernel_quantizer=kernel_quantizer, bias_quantizer=BIAS, name="fc1")(inputs)
    x = qkeras.QActivation("quantized_relu(6,2)", name="relu1")(x)
    x = keras.layers.Flatten(name="flatten")(x) if kind != "dense" else x
    x = qkeras.QDense(3, kernel_quantizer="quantized_bits(6,0,alpha=1)", name="output")(x)
    model = keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))
    return random_weights(model)


@pytest.mark.parametrize(
    ("quantizer", "kind", "io_type", "strategy"),
    [
        ("ternary(alpha=1)", "dense", "io_parallel", "resource"),
        ("binary(alpha=1)", "dense", "io_parallel", "latency"),
        ("stochastic_binary(alpha=1)", "dense", "io_stream", "resource"),
        ("stochastic_ternary(alpha=1)", "conv2d", "io_parallel", "resource"),
        ("binary(alpha=1)", "conv2d", "io_stream", "latency"),
    ],
)
def test_the_prune_sides_estimate_is_that_of_the_project_hls4ml_writes(
    tmp_path, quantizer, kind, io_type, strategy
):
    """Each weight layer's DSP, LUT and latency estimated from the prune side's design equal those estimated
    from the project hls4ml writes (`fpgaprune estimate`); a Resource kernel of select products has no DSP.
    Before: ternary Resource RF 2 fc1 48 DSP on both sides (LUT 4152 prune side, 3033 project); binary Latency
    fc1 1271 LUT prune side, 622 project (its xnor zeros read as pruned weights)."""
    from fpgaprune.core.hardware.cost import estimate_model
    from fpgaprune.core.hardware.glue import estimate_project_files
    from fpgaprune.core.hardware.project import project_target, read_project_files
    from fpgaprune.hls.convert import convert_with_config, hls4ml_config, layer_strategies, prepare_model
    from fpgaprune.models.build import built_kernel
    from fpgaprune.models.user import check_supported, model_precisions, weight_layers

    model = _model(quantizer, kind)
    check_supported(model)
    settings = hls_settings(precision="ap_fixed<16,6>", input_precision="ufixed<8,1>", io_type=io_type)
    weights = weight_layers(model)
    reuse = {layer.name: LayerHls(1 if strategy == "latency" else 2, strategy) for layer in weights}
    strategies = layer_strategies(model, reuse, io_type, pruned=False)
    hls_input = prepare_model(model, "output")[0]
    config = hls4ml_config(hls_input, settings, strategies, "output")
    convert_with_config(hls_input, config, settings, strategies, tmp_path)
    files = read_project_files(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the narrow products' DSP-or-LUT note
        _, project = estimate_project_files(files)
    designed = design_layers(weights, reuse, model_precisions(model, settings), io_type, pruned=False)
    kernels = [built_kernel(model.get_layer(layer.name)) for layer in designed]
    side = estimate_model(designed, kernels, project_target(files)).as_dict()["layers"]
    assert designed[0].product == ("weight_binary" if "binary" in quantizer else "weight_ternary")
    assert side["fc1"]["dsp"] == project["layers"]["fc1"]["dsp"] == 0
    # no note that fc1's products may go to DSPs or LUTs: selects have no multiplier (it was given before)
    assert not [line for line in project["warnings"] if line.startswith("fc1:") and "narrow enough" in line]
    kinds = ("dsp", "lut", "latency_cycles")  # the io_stream output behind a Flatten too (it was left out)
    for name in ("fc1", "output"):
        assert {k: side[name][k] for k in kinds} == {k: project["layers"][name][k] for k in kinds}, name


@pytest.mark.parametrize(
    ("kernel_quantizer", "message"),
    [
        ("quantized_po2(4)", "layer 'fc1': kernel quantizer quantized_po2 gives power-of-two weights"),
        ("ternary", "layer 'fc1': kernel quantizer ternary has alpha='auto_po2'"),
        ("binary", "layer 'fc1': kernel quantizer binary has alpha='auto_po2'"),
        ("quantized_bits(4,0,alpha='auto')", "layer 'fc1': kernel quantizer quantized_bits has alpha='auto'"),
        ("quantized_bits(4,0)", "layer 'fc1': kernel quantizer quantized_bits has alpha='auto_po2'"),
    ],
)
def test_kernels_fpgaprune_cannot_cost_are_refused_in_one_line(kernel_quantizer, message):
    from fpgaprune.models.user import check_supported

    with pytest.raises(ValueError) as error:
        check_supported(_model(kernel_quantizer, "dense"))
    assert str(error.value).startswith(message) and "\n" not in str(error.value)


def test_every_layer_fpgaprune_cannot_cost_is_named_in_the_one_line():
    """A public MLP's po2 kernel and its next layer's auto_po2 were refused a run (and a retraining) apart."""
    from fpgaprune.models.user import check_supported

    inputs = keras.Input((12,))
    x = qkeras.QDense(8, kernel_quantizer="quantized_po2(4)", bias_quantizer=BIAS, name="fc1")(inputs)
    x = qkeras.QActivation("quantized_relu(6,2)", name="relu1")(x)
    x = qkeras.QDense(3, kernel_quantizer="binary", name="output")(x)
    model = keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))
    with pytest.raises(ValueError) as error:
        check_supported(model)
    message = str(error.value)
    assert message.startswith("2 quantizers hls4ml 1.3 builds as fpgaprune cannot cost: layer 'fc1': kernel ")
    assert "; layer 'output': kernel quantizer binary has alpha='auto_po2'" in message and "\n" not in message


def test_ternary_and_alpha_one_kernels_are_not_refused():
    from fpgaprune.models.user import check_supported

    for quantizer in ("ternary(alpha=1)", "binary(alpha=1)", "quantized_bits(4,0,alpha=1)"):
        check_supported(_model(quantizer, "dense"))


def test_pruning_a_binary_layer_is_refused_unless_left_out():
    from fpgaprune.models.user import binary_pruning_refusal

    model = _model("binary(alpha=1)", "dense")
    refusal = binary_pruning_refusal(model, None)
    assert refusal.startswith("layer 'fc1' has binary weights (+-1, no zero")
    assert "pruning.layers" in refusal and "\n" not in refusal
    assert binary_pruning_refusal(model, ["fc1", "output"]) == refusal
    assert binary_pruning_refusal(model, ["output"]) is None
    assert binary_pruning_refusal(_model("ternary(alpha=1)", "dense"), None) is None


def test_optimize_refuses_a_binary_layer_before_training():
    """`fpgaprune.optimize` stops with the one line before any training or hls4ml work."""
    from fpgaprune import optimize

    model = _model("binary(alpha=1)", "dense")
    rng = np.random.default_rng(1)
    x, y = rng.normal(size=(32, 12)).astype("float32"), rng.integers(0, 3, size=32)
    hls_config = {"Model": {"Precision": "ap_fixed<16,6>", "ReuseFactor": 1, "Strategy": "Latency"}}
    with pytest.raises(ValueError, match=r"^layer 'fc1' has binary weights"):
        optimize(model, (x, y), (x, y), hls_config=hls_config, budget={"dsp": 0.5})


def test_a_pipeline_experiment_refuses_to_prune_a_binary_layer_unless_left_out():
    """Every job on a model file reads it with `experiment_with_model`: the refusal comes before training."""
    from fpgaprune.config import load_config
    from fpgaprune.models.user import experiment_with_model

    def experiment(**entries):
        given = {"model": {"file": "m.h5"}, "dataset": {"file": "d.npz"}, **entries}
        return load_config({"experiments": {"e": given}}).experiment("e")

    model = _model("binary(alpha=1)", "dense")
    with pytest.raises(ValueError, match=r"m\.h5: layer 'fc1' has binary weights \(\+-1, no zero"):
        experiment_with_model(experiment(), model)
    kept = experiment_with_model(experiment(pruning={"layers": ["output"]}), model)
    assert kept.precisions["fc1"].product == "weight_binary"
    assert kept.precisions["fc1"].accum == kept.hls.precision  # hls4ml's Model default for xnor weights


@pytest.mark.parametrize(
    "quantizer",
    ["quantized_bits(1,0,alpha=1)", "quantized_bits(1,1,alpha=1)", "quantized_bits(2,1,alpha=1)"]
    + ["quantized_bits(2,2,alpha=1)"],
)
def test_one_and_two_bit_quantized_bits_kernels_are_typed_as_hls4ml_builds_them(tmp_path, quantizer):
    """quantized_bits(1,0) and (2,1) are fixed<1,1> and fixed<2,2> multiplications, (2,2) int<2> ternary
    selects, (1,1) hls4ml's xnor type (binary selects; it was costed as `hls.precision`)."""
    from .test_design_types import _mismatches, _pipeline_types

    settings = hls_settings(precision="ap_fixed<14,5>", input_precision="ufixed<7,1>")
    designed, hls4ml_types = _pipeline_types(_model(quantizer, "dense"), settings, tmp_path)
    assert _mismatches(designed, hls4ml_types) == []


def test_kernels_hls4ml_miscomputes_are_named_in_one_line_each(caplog):
    """hls4ml 1.3 types quantized_bits(1, i) and (2,2) kernels too narrow for QKeras's values (C simulation
    of a 12 -> 4 QDense up to 29.8 off Keras for (1,0), 2026-12-04): a warning before any work names each."""
    from fpgaprune.models.user import hls_design, miscomputed_kernel_warnings

    for quantizer in (
        "quantized_bits(1,0,alpha=1)",
        "quantized_bits(1,1,alpha=1)",
        "quantized_bits(2,2,alpha=1)",
    ):
        (line,) = miscomputed_kernel_warnings(_model(quantizer, "dense"))
        assert line.startswith(f"layer 'fc1': kernel quantizer {quantizer.removesuffix(',alpha=1)')})")
        assert "binary(alpha=1)" in line and "\n" not in line
    for quantizer in ("quantized_bits(2,1,alpha=1)", "binary(alpha=1)", "ternary(alpha=1)"):
        assert miscomputed_kernel_warnings(_model(quantizer, "dense")) == []
    hls_config = {"Model": {"Precision": "ap_fixed<16,6>", "ReuseFactor": 1, "Strategy": "Latency"}}
    with caplog.at_level("WARNING"):
        hls_design(_model("quantized_bits(1,0,alpha=1)", "dense"), hls_config)
    assert any("quantized_bits(1,0) gives weights" in record.message for record in caplog.records)


def test_a_binary_layer_of_a_pruned_design_stays_resource():
    """A pruned design's Resource layers become Resource_Unrolled, but not one of binary weights: it is never
    pruned, and hls4ml 1.3's unrolled generator leaves out the products of stored zeros, which an xnor weight
    uses for -1. The prune side and the project agree."""
    from fpgaprune.hls.convert import layer_strategies
    from fpgaprune.models.user import model_precisions, weight_layers

    model = _model("binary(alpha=1)", "dense")
    settings = hls_settings(precision="ap_fixed<16,6>", io_type="io_parallel")
    weights = weight_layers(model)
    reuse = {layer.name: LayerHls(2, "resource") for layer in weights}
    designed = design_layers(weights, reuse, model_precisions(model, settings), "io_parallel", pruned=True)
    assert [layer.strategy for layer in designed] == ["resource", "resource_unrolled"]
    written = layer_strategies(model, reuse, "io_parallel", pruned=True)
    assert written == {"fc1": (2, "Resource"), "output": (2, "Resource_Unrolled")}
