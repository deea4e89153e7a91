"""LUT, FF, DSP and latency of hls4ml's other activations (branch actmore; docs/cost-model-record.md 2.15).

Every number is an estimate (source "estimate"). Read from hls4ml 1.3.0's `nnet_activation.h` and
`nnet_activation_stream.h` (the copies hls4ml writes into a project's `firmware/nnet_utils`):

* softplus, softsign, elu, selu read a lookup table of table_size x table_t like sigmoid and tanh: its BRAM
  is `glue._activation_tables` (the sigmoid/tanh rule), its index logic `tablelogic` (softplus and softsign
  are sigmoid's code with another table: range 16; elu and selu index `x * table_size / -8`: range 8). elu
  and selu also pass the input through when it is not negative, a ReLU's sign test, select and conversion
  (`activation.estimate_relu`'s LUT), and multiply by a constant: elu's alpha x the table value, selu's lambda
  x the input; those products are priced by `multipliers.constant_products` (`one_sided_extras`). Not checked
  on any report (no public report with these layers was found).
* hard_sigmoid, hard_tanh: per value `slope * x + shift`, two comparisons, a select, (hard_tanh) `2 * s - 1`,
  and the conversion into the output type: all as wide as the input, so LUT = lut value_bits x values x input
  bits (+ the slope's constant product, `multipliers.constant_products`; 0.5 is a shift), FF = ff value_bits x
  values x input bits for io_stream. Fitted (`fit_hard_activation_constants`, least absolute deviations) on
  the four io_stream hard_tanh instances of P4 (set 4, Vitis HLS 2023.2): one design, so thin; one design
  out cannot be run (no other design has such an instance); R2's io_parallel hard_tanh (set 20) is inlined
  into its top, so it has no instance row. io_stream latency = words + `HARD_STREAM_TAIL` (the median of P4's
  report latency - words); io_parallel: 0 cycles and 0 FF, chained into the next call as a ReLU (unchecked),
  unless the slope is a real product (below).
* leaky_relu, prelu: a ReLU (`activation.estimate_relu`: sign test, select, conversion) plus `alpha * x` per
  value, a constant product (leaky_relu's alpha literal in its param type; prelu's alphas from the project's
  weights file, io_parallel, and io_stream in one word; io_stream prelu over several words reads alpha[i *
  size + j], which changes with the word, so general multipliers of the declared widths) priced by
  `multipliers.constant_products`. The only public reports (set 27's toy designs, design totals: leaky_relu of
  alpha 1, prelu of zero alphas, which HLS folds away) do not check it, so the warning stays.
* Every real product above (a DSP or fabric LUTs; a one-digit constant is a shift) takes the cycles and FF the
  Dense rule gives the same product and the add or select after it (`product_stage`,
  `logic.lone_product_stage`; branch multlat, docs/cost-model-record.md 2.15): elu's follows its table (cycles
  add), the others' run beside the ReLU's/table's path (the longer one); io_stream loops deepen by its cycles.
  Unchecked.
"""

from dataclasses import dataclass

import numpy as np

from fpgaprune.core.hardware.activation import Activation, estimate_relu
from fpgaprune.core.hardware.logic import fit_instance_constants, parallel_product_stage, weighted_sum
from fpgaprune.core.hardware.multipliers import (
    Target,
    constant_products,
    dsps_per_product,
    lut_multiplier_luts,
)
from fpgaprune.core.hardware.precision import FixedType, quantize

HARD_FUNCTIONS = ("hard_sigmoid", "hard_tanh")
HARD_TERMS = {"lut": ("value_bits",), "ff": ("value_bits",)}
# Fitted by `fit_hard_activation_constants` on P4's four io_stream hard_tanh instances (Vitis HLS 2023.2,
# 6-16 values of 22-34 bits a word into ap_fixed<8,1,AP_RND_CONV,AP_SAT>), both tools alike (no Vivado HLS
# instance exists): thin, one design. tests/core/hardware/test_otheract.py checks they equal a fresh fit.
HARD_ACTIVATION_CONSTANTS = {"lut": {"value_bits": 7.5}, "ff": {"value_bits": 2.011}}
# Cycles of an io_stream hard activation beyond its words: the median of P4's report latency - words (4, 4, 2,
# 2 for 576, 64, 1, 1 words).
HARD_STREAM_TAIL = 3
# selu's lambda: hls4ml 1.3's io_parallel `selu` multiplies by it as `ap_ufixed<16, 1>` (io_stream: in the
# input's type).
SELU_LAMBDA = 1.0507009873554805
SELU_LAMBDA_TYPE = FixedType(16, 1, signed=False)

# The warnings `glue` prints for these layers' estimates (the layer's name first).
HARD_WARNING = (
    "hls4ml's nnet::{function} is estimated from P4's four io_stream hard_tanh instances only (one design, "
    "Vitis HLS; thin); io_parallel FF and latency are not checked on any report"
)
LEAKY_WARNING = (
    "hls4ml's nnet::{function} is estimated as a ReLU plus its alpha product; no public report has such a "
    "layer, so its LUT, FF, DSP and latency are not checked"
)
ONE_SIDED_WARNING = (
    "hls4ml's nnet::{function}: its table's BRAM follows the sigmoid/tanh rule; its LUT, FF and latency are "
    "the sigmoid/tanh logic plus a ReLU's select and its constant product, checked on no report"
)
TABLE_WARNING = (
    "hls4ml's nnet::{function}: its table's BRAM follows the sigmoid/tanh rule; its LUT, FF and latency are "
    "the sigmoid/tanh model's (the same code with another table), checked on no report of this function"
)


class StreamWords:
    """The `words` property of a call with `n` values in all, `values` a pipeline iteration and `stream`
    (io_stream): the stream words it reads (at least one), 0 io_parallel. Shared by `HardActivation` and
    `moreops.MoreOp`."""

    @property
    def words(self) -> int:
        return max(1, self.n // max(self.values, 1)) if self.stream else 0


@dataclass(frozen=True)
class HardActivation(StreamWords):
    """One hard_sigmoid or hard_tanh call: values per pipeline iteration (io_parallel n_in, io_stream the
    word's pack), types, and its slope when the project gives it."""

    name: str
    function: str
    n: int
    values: int
    input_type: FixedType
    output_type: FixedType
    stream: bool
    slope: float | None = None
    slope_type: FixedType | None = None


def hard_features(layer: HardActivation) -> dict:
    """The count `HARD_ACTIVATION_CONSTANTS` multiply: values x input bits."""
    return {"value_bits": float(layer.values * layer.input_type.width)}


def product_stage(
    target: Target, data_bits: int, other_bits: int, result_bits: int, dsp_each, lut: float, values: int
) -> tuple[int, float]:
    """(cycles, FF) of `values` parallel products (each on max(`dsp_each`) DSPs; `lut`: their fabric LUT)
    followed by an add or select (`logic.parallel_product_stage`): `lone_product_stage`'s cycles and its FF
    x values. (0, 0) when there is no product (a shift: no DSP, no LUT)."""
    tiles = int(np.max(dsp_each, initial=0))
    if tiles == 0 and lut <= 0:
        return 0, 0.0
    return parallel_product_stage(target, data_bits, other_bits, result_bits, np.full(values, tiles))


def _slope_products(layer: HardActivation, target: Target) -> tuple[int, float, int, float]:
    """(DSPs, LUT, cycles, FF) of the `slope * x` products: one per value, a constant (0 for a shift such as
    0.5), with the `+ shift` after it (`product_stage`)."""
    if layer.slope is None or layer.slope_type is None:
        return 0, 0.0, 0, 0.0
    mantissa = quantize(np.array([layer.slope]), layer.slope_type)
    bits = layer.input_type.width
    dsp_each, lut = constant_products(bits, mantissa, layer.slope_type.signed, target)
    stage = product_stage(target, bits, layer.slope_type.width, bits, dsp_each, lut, layer.values)
    return int(dsp_each.sum()) * layer.values, lut * layer.values, *stage


def estimate_hard_activation(
    layer: HardActivation, target: Target, constants: dict | None = None, tail: int | None = None
) -> dict:
    """{dsp, lut, ff, latency_cycles, ii, source} of one hard_sigmoid/hard_tanh (`constants`, `tail`: to use
    instead of `HARD_ACTIVATION_CONSTANTS`, `HARD_STREAM_TAIL`)."""
    constants = constants or HARD_ACTIVATION_CONSTANTS
    features = hard_features(layer)
    dsp, slope_lut, cycles, stage_ff = _slope_products(layer, target)
    lut = weighted_sum(constants["lut"], features) + slope_lut
    ff = (weighted_sum(constants["ff"], features) if layer.stream else 0.0) + stage_ff
    if layer.stream:  # the word loop deepens by the product's cycles
        latency = layer.words + (HARD_STREAM_TAIL if tail is None else tail) + cycles
        ii = latency
    else:
        latency, ii = cycles, 1
    return {
        "dsp": dsp,
        "lut": round(lut),
        "ff": round(ff),
        "latency_cycles": latency,
        "ii": ii,
        "source": "estimate",
    }


def fit_hard_activation_constants(rows, hls_tool: str | None = None) -> dict:
    """`HARD_ACTIVATION_CONSTANTS` from (HardActivation, report {lut, ff}, HLS tool, design) rows: least
    absolute deviations, non-negative, over every row whatever its tool (`hls_tool` is ignored: P4's Vitis
    rows are the only ones); FF on the io_stream rows. No row: zeros (the layer costs nothing, as when it was
    not modelled)."""
    fitted = {}
    for resource, keys in HARD_TERMS.items():
        mine = [(layer, report) for layer, report, *_ in rows if resource == "lut" or layer.stream]
        if not mine:
            fitted[resource] = {key: 0.0 for key in keys}
            continue
        features = [hard_features(layer) for layer, _ in mine]
        fitted[resource] = fit_instance_constants(features, [r for _, r in mine], {resource: keys})[resource]
    return fitted


def fit_hard_stream_tail(rows) -> int:
    """`HARD_STREAM_TAIL` from (HardActivation, report latency) pairs of io_stream instances: the median of
    latency - words, rounded."""
    tails = [latency - layer.words for layer, latency in rows if layer.stream]
    return round(float(np.median(tails))) if tails else 0


@dataclass(frozen=True)
class _ReluBased:
    """A call built on a ReLU part (`relu`), whose name and function are the call's."""

    relu: Activation

    @property
    def name(self) -> str:
        return self.relu.name

    @property
    def function(self) -> str:
        return self.relu.function


@dataclass(frozen=True)
class LeakyActivation(_ReluBased):
    """One leaky_relu or prelu call: its ReLU part and its alphas (mantissas in `alpha_type`; leaky_relu one,
    prelu one per value; None when unknown or, io_stream prelu, not constants)."""

    alpha_type: FixedType
    alphas: tuple | None


def alpha_products(layer: LeakyActivation, target: Target) -> tuple[int, float, int, float]:
    """(DSPs, LUT, cycles, FF) of the `alpha * x` products of one pipeline iteration and the select after
    them (`product_stage`)."""
    values, bits = layer.relu.parallel_elements, layer.relu.input_type.width
    out_bits, alpha_bits = layer.relu.output_type.width, layer.alpha_type.width
    if layer.alphas is None:  # general multipliers of the declared widths
        dsp_each = dsps_per_product(bits, alpha_bits, target)
        lut = float((0 if dsp_each else lut_multiplier_luts(bits, alpha_bits)) * values)
        stage = product_stage(target, bits, alpha_bits, out_bits, dsp_each, lut, values)
        return dsp_each * values, lut, *stage
    mantissas = np.resize(np.asarray(layer.alphas, dtype=np.int64), values)
    dsp_each, lut = constant_products(bits, mantissas, layer.alpha_type.signed, target)
    stage = product_stage(target, bits, alpha_bits, out_bits, dsp_each, lut, values)
    return int(dsp_each.sum()), lut, *stage


def estimate_leaky_relu(layer: LeakyActivation, target: Target, stream_ff: dict | None = None) -> dict:
    """{dsp, lut, ff, latency_cycles, ii, source} of one leaky_relu/prelu: `estimate_relu` plus the alpha
    products (`alpha_products`). io_parallel: the longer of the ReLU's path and the product's (its stage
    includes the select), with that path's registers; io_stream: the word loop deepens by the product's
    cycles and holds its registers on top of the ReLU's."""
    estimate = estimate_relu(layer.relu, target.hls_tool, target.clock_ns, stream_ff=stream_ff)
    dsp, lut, cycles, stage_ff = alpha_products(layer, target)
    timing = after_product(estimate, cycles, stage_ff, layer.relu.stream_pack > 0, series=False)
    return {**estimate, **timing, "dsp": dsp, "lut": estimate["lut"] + round(lut)}


def after_product(estimate: dict, cycles: int, stage_ff: float, stream: bool, series: bool) -> dict:
    """{ff, latency_cycles, ii} of `estimate` with a product stage (`product_stage`: `cycles`, `stage_ff`).
    io_stream: the loop deepens by `cycles` (the interval with it when it spans the call) and its registers
    add. io_parallel: in `series` (the product after the estimate's path) the cycles and registers add;
    else the longer path sets the latency, and the FF is that path's."""
    latency, ff, ii = estimate["latency_cycles"], estimate["ff"], estimate["ii"]
    if stream or series:
        ii = ii + cycles if ii == latency and stream else ii
        return {"ff": round(ff + stage_ff), "latency_cycles": latency + cycles, "ii": ii}
    if cycles > 0 and cycles >= latency:
        return {"ff": round(stage_ff), "latency_cycles": cycles, "ii": ii}
    return {"ff": ff, "latency_cycles": latency, "ii": ii}


@dataclass(frozen=True)
class OneSidedActivation(_ReluBased):
    """One elu or selu call, beside its table logic (`tablelogic`): its ReLU part (the non-negative input
    passed through), the table's value type and elu's alpha with its type (selu: 1.0 and ap_uint<1>, unused:
    its lambda is `SELU_LAMBDA`)."""

    table_type: FixedType
    alpha: float
    alpha_type: FixedType


def one_sided_extras(layer: OneSidedActivation, target: Target) -> dict:
    """{dsp, lut, cycles, ff} elu and selu add to their table logic (`tablelogic`): the non-negative input
    passed through (`estimate_relu`'s LUT of `layer.relu`: sign test, select, conversion) and the constant
    product of each value (elu: alpha x the table value; selu: lambda x the input, `SELU_LAMBDA` in
    `SELU_LAMBDA_TYPE` io_parallel, in the input's type io_stream) with the select after it (`product_stage`:
    cycles, FF)."""
    relu = layer.relu
    lut = float(estimate_relu(relu, target.hls_tool, target.clock_ns)["lut"])
    values, out_bits = relu.parallel_elements, relu.output_type.width
    if layer.function == "selu":
        lambda_type = relu.input_type if relu.stream_pack else SELU_LAMBDA_TYPE
        mantissa = quantize(np.array([SELU_LAMBDA]), lambda_type)
        bits, other = relu.input_type.width, lambda_type
    else:
        mantissa = quantize(np.array([layer.alpha]), layer.alpha_type)
        bits, other = layer.table_type.width, layer.alpha_type
    dsp_each, product_lut = constant_products(bits, mantissa, other.signed, target)
    cycles, ff = product_stage(target, bits, other.width, out_bits, dsp_each, product_lut, values)
    return {
        "dsp": int(dsp_each.sum()) * values,
        "lut": round(lut + product_lut * values),
        "cycles": cycles,
        "ff": ff,
    }


def one_sided_estimate(layer: OneSidedActivation, table: dict, extras: dict) -> dict:
    """elu/selu: the table's estimate (`tablelogic`) with `one_sided_extras` added. elu multiplies the table
    value, so its product follows the table (cycles add); selu's lambda x input runs beside the table (the
    longer path). io_stream: the word loop deepens by the product's cycles."""
    stream = layer.relu.stream_pack > 0
    timing = after_product(table, extras["cycles"], extras["ff"], stream, series=layer.function == "elu")
    return {**table, **timing, "dsp": extras["dsp"], "lut": table["lut"] + extras["lut"]}


_WARNINGS = {"hard": HARD_WARNING, "leaky": LEAKY_WARNING, "one_sided": ONE_SIDED_WARNING}


def other_activation_warning(kind: str, layer) -> str:
    """The warning line (without the layer's name) of one call's estimate: `kind` "hard", "leaky" or
    "one_sided" (`glue.design_other_activations`)."""
    return _WARNINGS[kind].format(function=layer.function)
