"""The multiplier-free (distributed-arithmetic) implementation of a design, written as Verilog by da4ml.

da4ml turns a fixed-point network into a fully pipelined adder graph: every product of an input
with a constant weight becomes shifts and additions shared across outputs, and zero weights
vanish, so the design's LUTs fall as weights are pruned. The trace here follows the hls4ml
design's arithmetic exactly (its types, rounding and overflow modes, read from the ModelGraph), so
the RTL's logits are checked bit for bit against the C simulation, and against Keras where the
C simulation itself is bit-exact.

Supported: Input, Dense, ReLU/linear activations and a final Softmax (the RTL stops at the logits;
the class is their argmax), with accumulators wide enough to hold the exact sums (hls4ml's "auto").
"""

import json
import logging
import re
from pathlib import Path

import numpy as np
from da4ml.codegen import VerilogModel
from da4ml.trace import FixedVariableArrayInput, comb_trace
from quantizers.fixed_point.fixed_point_ops_np import get_fixed_quantizer_np

from fpgaprune.core.hardware.precision import FixedType, fixed_type_of
from fpgaprune.hls.quiet import quietly

log = logging.getLogger(__name__)

TOP = "model_da"
LOGITS_LAYER = "output"
DA_LATENCY_CUTOFF = 5  # a register stage every 5 of da4ml's delay units (its CLI default)
_ROUNDINGS = ("TRN", "RND", "RND_CONV")
_OVERFLOWS = ("WRAP", "SAT")
_LAYERS = ("Input", "Dense", "Activation", "Softmax")


def da_blocker(hls_model, logits_name: str = LOGITS_LAYER) -> str | None:
    """Why the da4ml flow cannot implement this design (logits: layer `logits_name`), or None when it can."""
    if len(inputs := hls_model.get_input_variables()) > 1:
        return f"the design has {len(inputs)} inputs; the da4ml flow takes one"
    for layer in hls_model.get_layers():
        if layer.class_name not in _LAYERS:
            return f"layer {layer.name} is a {layer.class_name}; the da4ml flow takes dense layers and ReLUs"
        if layer.class_name == "Activation" and layer.get_attr("activation") not in ("relu", "linear"):
            activation = layer.get_attr("activation")
            return f"layer {layer.name} applies {activation}; the da4ml flow takes ReLU and linear"
        if layer.class_name != "Softmax":
            precision = layer.get_output_variable().type.precision
            fixed = fixed_type_of(precision)
            if fixed is None or fixed.rounding not in _ROUNDINGS or fixed.overflow not in _OVERFLOWS:
                return f"layer {layer.name} has type {precision}; da4ml here takes TRN/RND/RND_CONV, WRAP/SAT"
        if layer.name == logits_name:
            return None
    return f"the design has no layer named {logits_name!r}"


def trace_logits(hls_model, keras_model, logits_name: str = LOGITS_LAYER):
    """da4ml's combinational logic computing the design's logits.

    Args:
        hls_model: the hls4ml ModelGraph (types of every layer).
        keras_model: the Keras model with the same layer names (weights; QKeras ones quantised).
        logits_name: the layer whose output are the logits.

    Returns:
        da4ml CombLogic from the inputs to the logits.

    Raises:
        ValueError: a layer da4ml cannot reproduce exactly (see `da_blocker`, and accumulators
            narrower than the exact sum).
    """
    blocker = da_blocker(hls_model, logits_name)
    if blocker:
        raise ValueError(blocker)
    layers = iter(hls_model.get_layers())
    first = next(layers)
    inputs = FixedVariableArrayInput((int(np.prod(first.get_output_variable().shape)),))
    x = inputs.quantize(*_fixed(input_type(hls_model)).kif)  # inputs arrive as bits of this type
    for layer in layers:
        if layer.class_name == "Dense":
            x = _dense(x, layer, keras_model.get_layer(layer.name))
        elif layer.class_name == "Activation":
            x = _activation(x, layer)
        if layer.name == logits_name:
            break
    return comb_trace(inputs, x)


def write_verilog(comb, out_dir: Path, part: str, clock_period: float) -> dict:
    """Write the pipelined Verilog project of `comb` to `out_dir` (src/, model/, metadata.json).

    Returns:
        da4ml's own estimate: {"lut", "ff", "stages"} (source "da4ml", an estimate).
    """
    model = VerilogModel(
        comb, TOP, out_dir, latency_cutoff=DA_LATENCY_CUTOFF, clock_period=clock_period, part_name=part
    )
    quietly(model.write)
    metadata = json.loads((Path(out_dir) / "metadata.json").read_text())
    return {
        "lut": round(metadata["cost"]),
        "ff": int(metadata["reg_bits"]),
        "stages": int(metadata["latency"]),
    }


def pipeline_latency_cycles(out_dir: Path, top: str = TOP) -> int:
    """Clock cycles from an input to its output: the register assignments of the top module.

    da4ml registers the input and every stage's output (`stage0_inp <= model_inp; ...;
    model_out <= stageN_out;`), so this is the number of stages plus one.
    """
    path = Path(out_dir) / "src" / f"{top}.v"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such file; write the da4ml project first")
    return len(re.findall(r"^\s*\w+\s*<=\s*\w+\s*;", path.read_text(), re.MULTILINE))


def input_type(hls_model):
    """The fixed-point type of the design's inputs."""
    return next(iter(hls_model.get_layers())).get_output_variable().type.precision


def mismatches(comb, hls_model, x: np.ndarray, reference: np.ndarray) -> int:
    """How many samples' logits from da4ml's bit-exact interpreter differ from `reference`.

    The inputs are first converted to the design's input type as the host code of the hls4ml
    project does (with that type's rounding and overflow), so both circuits see the same bits.
    """
    x = quantize_like_hls(x, input_type(hls_model))
    predicted = comb.predict(np.ascontiguousarray(x, dtype=np.float64))
    return int(np.count_nonzero(np.any(predicted != np.asarray(reference, np.float64), axis=1)))


def _dense(x, layer, keras_layer):
    kernel, bias = _quantised_weights(keras_layer)
    kernel = quantize_like_hls(kernel, layer.get_weights("weight").type.precision)
    bias = quantize_like_hls(bias, layer.get_weights("bias").type.precision)
    x = x @ kernel.astype(np.float64) + bias.astype(np.float64)
    _check_exact(x, layer.get_attr("accum_t").precision, layer.name)
    return _quantize(x, layer.get_output_variable().type.precision)


def _activation(x, layer):
    if layer.get_attr("activation") == "relu":
        x = x.relu()
    return _quantize(x, layer.get_output_variable().type.precision)


def _quantize(x, precision):
    """Round and wrap/saturate a traced array to an hls4ml fixed-point type, as ap_fixed does."""
    fixed = _fixed(precision)
    (k, i, f), rounding, overflow = fixed.kif, fixed.rounding, fixed.overflow
    if rounding == "RND_CONV":
        x, rounding = _ties_to_even_offset(x, f), "TRN"
    return x.quantize(k=k, i=i, f=f, overflow_mode=overflow, round_mode=rounding)


def _ties_to_even_offset(x, f: int):
    """x plus the offset after which truncation to f fractional bits rounds half to even.

    round_half_even(x) = trunc(x + s/2) when trunc(x) is odd and trunc(x + s/2 - e) when it is
    even (s = 2^-f, e = the step of x), so add s/2 - e + e * lsb, lsb being the last kept bit
    of trunc(x) in units of s. Elements already on the s grid need no offset.
    """
    s = 2.0**-f
    steps = np.asarray(x.lhs[2], dtype=np.float64)
    finer = steps < s
    if not finer.any():
        return x
    kept = x.quantize(f=np.full(x.shape, f), round_mode="TRN")
    lsb = kept.quantize(k=np.zeros(x.shape, int), i=np.full(x.shape, 1 - f), f=np.full(x.shape, f))
    return x + np.where(finer, s / 2 - steps, 0.0) + lsb * np.where(finer, steps / s, 0.0)


def _check_exact(x, accum, name: str) -> None:
    low, high, _ = x.lhs
    varying = np.asarray(low) != np.asarray(
        high
    )  # constants (e.g. the bias of a fully pruned neuron) fit any type
    k, i, f = (np.asarray(part)[varying] for part in x.kif)
    ak, ai, af = _fixed(accum).kif
    if (k > ak).any() or (i + k > ai + ak).any() or (f > af).any():
        raise ValueError(
            f"layer {name}: accumulator {accum} is narrower than the exact sum (needs {int((i + k).max())} "
            f"integer and {int(f.max())} fractional bits); the da4ml flow takes exact accumulators "
            "(hls.accum_precision: auto)"
        )


def _quantised_weights(keras_layer) -> tuple[np.ndarray, np.ndarray]:
    kernel, bias = keras_layer.get_weights()
    quantizers = getattr(keras_layer, "get_quantizers", list)()
    if quantizers and quantizers[0] is not None:
        kernel = np.asarray(quantizers[0](kernel))
    if len(quantizers) > 1 and quantizers[1] is not None:
        bias = np.asarray(quantizers[1](bias))
    return kernel, bias


def quantize_like_hls(values: np.ndarray, precision) -> np.ndarray:
    """`values` in an hls4ml fixed-point type, rounded and wrapped/saturated as ap_fixed does."""
    fixed = _fixed(precision)
    k, i, f = fixed.kif
    quantizer = get_fixed_quantizer_np(fixed.rounding, fixed.overflow)
    return quantizer(np.asarray(values, np.float64), k=k, i=i, f=f)


def _fixed(precision) -> FixedType:
    """`precision` (an hls4ml type) as a FixedType; ValueError when it is not fixed-point."""
    fixed = fixed_type_of(precision)
    if fixed is None:
        raise ValueError(f"type {precision} is not fixed-point; the da4ml flow takes fixed-point types")
    return fixed
