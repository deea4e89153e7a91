"""LUT, FF, DSP and latency of more hls4ml layer calls (branch moreops; docs/cost-model-record.md 2.16).

Every number is an estimate (source "estimate"), composed from pieces calibrated elsewhere; no constant is
fitted here. Read from hls4ml 1.3.0's `nnet_activation.h`, `nnet_activation_stream.h`, `nnet_merge.h`,
`nnet_transpose.h`, `nnet_transpose_stream.h` and 0.8.1's `nnet_merge.h`, `nnet_array.h`:

* relu_max / relu6 / relu1 (`if (x < 0) 0; else if (x > MAX_INT) MAX_INT; else x`): the ReLU
  (`activation.RELU_CONSTANTS`: sign test and select per output bit, the conversion per input bit when the
  output rounds or saturates) plus the comparison with MAX_INT, priced as an adder of the input's width (the
  target group's `logic.Constants.lut_adder`, as io_parallel pooling prices its comparators), and a second
  select per output bit (`lut_select`).
* thresholded_relu (`x > theta ? x : 0`): the ReLU plus the comparison with theta, priced as an adder.
* binary_tanh (`x >= 0 ? 1 : -1`): every output bit is the sign bit or its inverse: 0 LUT.
* ternary_tanh (`2x > 1 ? 1 : 2x <= -1 ? -1 : 0`): two comparisons priced as adders of the input's width,
  and a select per output bit (`lut_select`).
* normalize_binary_tanh / normalize_ternary_tanh (`nnet_batchnorm.h`, what hls4ml makes of a QKeras binary or
  ternary activation after a Dense or batch normalisation: `x >= threshold[i]`, into ap_uint<1> / ap_int<2>):
  one comparison per value (ternary: two, with the high and low thresholds, and a select per output bit), each
  priced as an adder of the input's width.
  These activations: io_parallel latency one adder path (`activation.RELU_ADDER_NS`; binary_tanh 0), FF the
  ReLU's stage registers when that path takes a cycle; io_stream FF `activation.STREAM_RELU_FF`, latency the
  words (+ the path).
* io_parallel merges (`nnet_merge.h`, one PIPELINE over n_elem values): add/subtract one adder of the
  result's width per value (the group's `lut_adder`), average the same (x 0.5: a shift; 0.6-0.8 divide by
  `(res_T)2`, costed as the same shift), maximum/minimum a comparison (adder of the wider input) and a select
  per output bit, multiply a general product per value (`multipliers.dsps_per_product`, else
  `lut_multiplier_luts`); each plus the ReLU's conversion term when the result type rounds or saturates.
  Latency one adder path, FF the ReLU's stage registers (inputs + result bits) when it takes a cycle;
  multiply: the longer of that and its product's stage (`otheract.product_stage`, the Dense rule's cycles and
  FF for the product and one add; branch multlat), with that path's FF.
  dot1d (io_parallel only: `nnet_merge.h`; branch lastops): ceil(n_in / RF) general products (the multiply
  merge's rule), n_in - 1 adders of accum_t (`lut_adder`), the ReLU's conversion when the result rounds or
  saturates; cycles and FF the Dense rule's for an n_in-input, one-output kernel of real multipliers at RF
  (`logic.lone_product_stage` with n_in), II = RF.
  io_stream add/subtract are `plumbing`'s; io_stream average, maximum, minimum and
  multiply (`nnet_merge_stream.h`, add's loop) are `plumbing`'s io_stream add without its adders (its ports,
  fixed LUT/FF, trips + 3 cycles) plus the word's arithmetic by the io_parallel rule (multiply: the loop
  deepens by its product's cycles and holds its FF).
* transpose (1.x `transpose`, 0.6-0.8 `transpose_2d`/`transpose_3d`) io_parallel: an index permutation,
  wires: 0 LUT, 0 FF, 0 cycles. io_stream (1.x `nnet_transpose_stream.h`): the whole tensor kept in a
  partitioned register array (FF = N x element bits, + the output word registered), each output element a
  multiplexer over the N / out-word positions it reads (`mux_luts`: one LUT6 per 4 inputs per bit);
  latency two copy loops (`plumbing.PIPELINE_DEPTH["copy"]` each).
* cropping (1.x `cropping1d_cl`/`cropping2d_cl`, `nnet_cropping.h`, `nnet_cropping_stream.h`) io_parallel: a
  copy of the values kept, wires (0 LUT, 0 FF, 0 cycles). io_stream: it reads every input word and writes the
  kept ones, a loop per crop and one for what is kept, as a zero padding writes its words: the zero padding's
  rule (`padding.estimate_zero_padding`: per channel, the loops' counters, a cycle a word) over its reads.
  hls4ml pipelines the whole function, unrolling its loops, which HLS may build otherwise.
* resize_nearest io_parallel (`nnet_image.h`, UpSampling1D/2D): a PIPELINE over constant source indices,
  each output value a copy of one input value: wires (0 LUT, 0 FF, 0 cycles), as set 20's R2 reports its
  io_parallel concatenations, also copies. The io_stream form is `plumbing`'s.

* unary_lut (HGQ's per-layer table, passed as an argument; 1.3.0's `nnet_activation.h`,
  `nnet_activation_stream.h`): the index is the input's raw bits (no arithmetic, no clamp), and the table is
  `ARRAY_PARTITION`ed with the default type, complete (UG1399), so HLS builds no BRAM but a constant ROM per
  value: per output bit (min of the table_t and result widths: the rest are the entry's sign extension or
  zeros), a LUT6 per 64 of the min(table_size, 2^input bits) addressable entries and a multiplexer over them
  (`mux_luts`); the entry's conversion to the result type is folded into the constants. io_parallel: the read
  chains (0 cycles, 0 FF); io_stream: the ReLU's stream FF (`STREAM_RELU_FF`), one trip a word. The
  sigmoid/tanh table rules (`glue._activation_tables`, `tablelogic`) do not apply: they cost a BRAM ROM and
  its index arithmetic, neither of which unary_lut has.

Checks (docs/cost-model-record.md 2.16): V3 (set 12, Vitis HLS 2023.2) has the only stored instance of any of
these, an io_stream transpose (report 5,337 LUT, 15,387 FF, 269 cycles). Nothing else is checked on a report.
"""

from dataclasses import dataclass
from math import ceil, prod

from fpgaprune.core.hardware.activation import (
    RELU_ADDER_NS,
    RELU_CONSTANTS,
    STREAM_RELU_FF,
    Activation,
    converts,
    relu_features,
    stream_relu_features,
)
from fpgaprune.core.hardware.logic import _cycles, clock_budget, constants_for, weighted_sum
from fpgaprune.core.hardware.multipliers import Target, dsps_per_product, lut_multiplier_luts
from fpgaprune.core.hardware.otheract import StreamWords, after_product, product_stage
from fpgaprune.core.hardware.plumbing import PIPELINE_DEPTH
from fpgaprune.core.hardware.precision import FixedType
from fpgaprune.core.hardware.project import top_call_pattern

CLIP_FUNCTIONS = ("relu_max", "relu6", "relu1")
SIGN_FUNCTIONS = ("binary_tanh", "ternary_tanh", "normalize_binary_tanh", "normalize_ternary_tanh")
# (selects per output bit, comparisons per value) of the activations besides relu_max's (2, 1)
_SELECTS_COMPARES = {
    "thresholded_relu": (1, 1),
    "binary_tanh": (0, 0),
    "ternary_tanh": (1, 2),
    "normalize_binary_tanh": (0, 1),
    "normalize_ternary_tanh": (1, 2),
}
# the result types of hls4ml's `normalize_binary_tanh` / `normalize_ternary_tanh` (fixed in the template)
_THRESHOLD_RESULTS = {"normalize_binary_tanh": "ap_uint<1>", "normalize_ternary_tanh": "ap_int<2>"}
MERGE_FUNCTIONS = ("add", "subtract", "average", "maximum", "minimum", "multiply")
TRANSPOSE_FUNCTIONS = ("transpose", "transpose_2d", "transpose_3d")
CROPPING_FUNCTIONS = ("cropping1d_cl", "cropping2d_cl")
# io_parallel upsampling; hls4ml's io_stream resize_nearest (the same name) is `plumbing`'s
RESIZE_FUNCTION = "resize_nearest"
FUNCTIONS = (
    *CLIP_FUNCTIONS,
    "thresholded_relu",
    *SIGN_FUNCTIONS,
    *MERGE_FUNCTIONS,
    *TRANSPOSE_FUNCTIONS,
    *CROPPING_FUNCTIONS,
    RESIZE_FUNCTION,
    "unary_lut",
    "dot1d",
)

# The warnings `glue` prints (the layer's name first).
ACTIVATION_WARNING = (
    "hls4ml's nnet::{function} is estimated from its code with the ReLU's calibrated pieces (comparisons "
    "priced as adders); no public report has such a layer, so its LUT, FF and latency are not checked"
)
# One text for every io_parallel merge (no function name in it), so that `fpgaprune estimate` prints one line
# for all of a design's merges (it groups identical warnings).
MERGE_WARNING = (
    "io_parallel merge estimated from hls4ml's code (add, subtract: an adder per value; average: an adder "
    "and a shift; maximum, minimum: a comparison and a select; multiply: a general product); no public "
    "report has an io_parallel merge other than concatenation, so its LUT, FF, DSP and latency are "
    "not checked"
)
STREAM_MERGE_WARNING = (
    "hls4ml's io_stream nnet::{function} is estimated as the io_stream add's loop (fitted on other merges' "
    "reports) plus per value {what}; no public report has an io_stream {function}, so it is not checked"
)
MERGE_WHAT = {
    "average": "an adder and a shift",
    "maximum": "a comparison and a select",
    "minimum": "a comparison and a select",
    "multiply": "a general product",
}
TRANSPOSE_PARALLEL_WARNING = (
    "hls4ml's io_parallel nnet::{function} is an index permutation, estimated as wires (0 LUT, 0 FF, "
    "0 cycles); no transpose report checks it (R2's io_parallel concatenations, also wires, report 0)"
)
UNARY_LUT_WARNING = (
    "hls4ml's nnet::unary_lut (HGQ's table argument, completely partitioned: a LUT ROM per value, no BRAM) "
    "is estimated from its code (64-entry LUT6 ROMs and a multiplexer per output bit); no stored report has "
    "such a layer, so its LUT, FF and latency are not checked"
)
DOT1D_WARNING = (
    "hls4ml's nnet::dot1d is estimated from its code (general products, an adder tree of accum_t, the Dense "
    "rule's cycles and FF for its one output); no stored report has such a layer, so it is not checked"
)
# `glue.more_op_warnings` prints it for a softmax_multidim (`auxiliary.multidim_schedule`,
# docs/cost-model-record.md 2.16)
MULTIDIM_WARNING = (
    "hls4ml's nnet::softmax_multidim is estimated as the softmax rule (its LUT, FF, table BRAM and DSP) for "
    "one slice, once per instance, and its latency once per slice an instance takes; no stored report has "
    "such a layer, so it is not checked"
)
CROPPING_PARALLEL_WARNING = (
    "hls4ml's io_parallel nnet::{function} copies the values it keeps, estimated as wires (0 LUT, 0 FF, "
    "0 cycles); no stored report has a cropping, so it is not checked"
)
CROPPING_STREAM_WARNING = (
    "hls4ml's io_stream nnet::{function} reads every input word, one a cycle, and copies the words it keeps: "
    "estimated by the zero padding's rule (`padding`) over its reads; hls4ml pipelines the whole function "
    "(HLS unrolls its loops), which the padding's loops are not, and no stored report has a cropping, so its "
    "LUT, FF and latency are not checked"
)
RESIZE_PARALLEL_WARNING = (
    "hls4ml's io_parallel nnet::resize_nearest copies each input value to the output positions it fills, "
    "estimated as wires (0 LUT, 0 FF, 0 cycles); no stored report has an io_parallel upsampling, so it is "
    "not checked"
)
TRANSPOSE_STREAM_WARNING = (
    "hls4ml's io_stream nnet::{function} is estimated from its code (the tensor in registers, an output "
    "multiplexer per element); checked on one report instance only (V3, Vitis HLS: thin)"
)


@dataclass(frozen=True)
class MoreOp(StreamWords):
    """One call this module estimates (`design_more_ops` reads them from a project).

    Attributes:
        name, function: the layer (the call's comment, else its config) and the nnet function.
        values: values per pipeline iteration (io_parallel n_in / n_elem, io_stream the word's pack).
        n: values in all (io_stream: n / values words).
        input_types: the element types read (merges: two).
        output_type: the result's element type.
        stream: io_stream.
        out_values: io_stream transpose: values of the output word (else 0).
        table_size, table_bits: unary_lut: the table's entries and its `table_t` width (0: unknown).
        reuse_factor, accum_bits: dot1d: its RF and `accum_t` width (0: unknown, the result's).
        reads: a cropping's input words read by each of its loops (`_cropping_reads`).
    """

    name: str
    function: str
    values: int
    n: int
    input_types: tuple[FixedType, ...]
    output_type: FixedType
    stream: bool
    out_values: int = 0
    table_size: int = 0
    table_bits: int = 0
    reuse_factor: int = 1
    accum_bits: int = 0
    reads: tuple[int, ...] = ()

    @property
    def relu(self) -> Activation:
        """The ReLU part (`activation.Activation`) of an activation."""
        pack = self.values if self.stream else 0
        return Activation(self.name, self.function, self.n, self.input_types[0], self.output_type, pack)


def mux_luts(inputs: int) -> int:
    """LUT6s of a one-bit multiplexer over `inputs` (a LUT6 takes 4 data and 2 select bits)."""
    return ceil(inputs / 4) if inputs > 1 else 0


def rom_luts(depth: int) -> int:
    """LUT6s of a one-bit ROM of `depth` constant entries: a LUT6 per 64 entries (a LUT6 is a 64 x 1 ROM) and
    a multiplexer over them (`mux_luts`)."""
    leaves = ceil(max(depth, 1) / 64)
    return leaves + mux_luts(leaves)


def _unary_lut_estimate(op: MoreOp, target: Target, stream_ff: dict | None) -> dict:
    """unary_lut (module docstring): per value, a ROM of the entries its input's bits can address
    (min(table_size, 2^input bits)) for each of min(table_t, result) bits (the others are the entry's sign
    extension or zeros); the read chains into the pipeline (0 cycles, 0 FF);
    io_stream the ReLU's stream FF and one trip a word."""
    depth = min(op.table_size or 1, 2 ** op.input_types[0].width)
    bits = min(op.table_bits or op.output_type.width, op.output_type.width)
    lut = op.values * bits * rom_luts(depth)
    ff, latency = 0, 0
    if op.stream:
        ff = round(weighted_sum(stream_ff or STREAM_RELU_FF[target.hls_tool], stream_relu_features(op.relu)))
        latency = op.words
    return {"dsp": 0, "lut": lut, "ff": ff, "latency_cycles": latency, "ii": max(latency, 1)}


def _dot1d_estimate(op: MoreOp, target: Target) -> dict:
    """io_parallel dot1d (module docstring): ceil(n / RF) general products (`multipliers.dsps_per_product`,
    else `lut_multiplier_luts`), n - 1 adders of accum_t (the group's `lut_adder`), the conversion to the
    result (the ReLU's `lut_convert`); cycles and FF the Dense rule's for an n-input, one-output kernel of
    real multipliers at RF (`logic.lone_product_stage`), II the RF."""
    from fpgaprune.core.hardware.logic import lone_product_stage

    relu = RELU_CONSTANTS[target.hls_tool]
    adder = constants_for(target.hls_tool, target.calibration_group).lut_adder
    first, second = op.input_types
    accum = op.accum_bits or op.output_type.width
    instances = ceil(op.n / max(op.reuse_factor, 1))
    dsp_each = dsps_per_product(first.width, second.width, target)
    lut_each = 0 if dsp_each else lut_multiplier_luts(first.width, second.width)
    lut = (
        instances * lut_each
        + (op.n - 1) * adder * accum
        + relu["lut_convert"] * accum * converts(op.output_type)
    )
    cycles, ff = lone_product_stage(target, first.width, second.width, accum, dsp_each, op.n, op.reuse_factor)
    ii = max(op.reuse_factor, 1)
    return {
        "dsp": instances * dsp_each,
        "lut": round(lut),
        "ff": round(ff),
        "latency_cycles": cycles,
        "ii": ii,
    }


def _adder_path_cycles(target: Target) -> int:
    return _cycles(RELU_ADDER_NS[target.hls_tool], clock_budget(target.clock_ns))


def _activation_estimate(op: MoreOp, target: Target, stream_ff: dict | None) -> dict:
    """The activations (module docstring): LUT = selects + conversion (the ReLU's) + comparisons."""
    relu = RELU_CONSTANTS[target.hls_tool]
    adder = constants_for(target.hls_tool, target.calibration_group).lut_adder
    selects, compares = _SELECTS_COMPARES.get(op.function, (2, 1))
    latency = _adder_path_cycles(target) if op.function != "binary_tanh" else 0
    features = relu_features(op.relu, latency)  # the ReLU's counts over the op's values
    lut = (
        relu["lut_select"] * selects * features["lut_select"]
        + relu["lut_convert"] * features["lut_convert"] * (op.function not in SIGN_FUNCTIONS)
        + adder * compares * op.values * op.input_types[0].width
    )
    ff = relu["ff_register"] * features["ff_register"]
    ii = 1
    if op.stream:
        ff = weighted_sum(stream_ff or STREAM_RELU_FF[target.hls_tool], stream_relu_features(op.relu))
        latency = ii = op.words + latency
    return {"dsp": 0, "lut": round(lut), "ff": round(ff), "latency_cycles": latency, "ii": ii}


def _stream_merge_estimate(op: MoreOp, target: Target, plumbing: dict | None) -> dict:
    """An io_stream average/maximum/minimum/multiply (`nnet_merge_stream.h`: add's loop, a word of each input
    a trip): `plumbing`'s io_stream add without its adders (ports, fixed LUT/FF, trips + the "merge" depth;
    `plumbing`: its constants to use instead of `PLUMBING_CONSTANTS[tool]`) plus the word's arithmetic by the
    io_parallel rule (`_merge_estimate` over the word's values)."""
    from fpgaprune.core.hardware.plumbing import PlumbingLayer, estimate_plumbing

    words = (op.values, op.values, op.values)
    loop = PlumbingLayer(op.name, op.function, "", True, words, ((op.words, "merge"),))
    wrapper = estimate_plumbing(loop, target.hls_tool, plumbing)
    word_op = MoreOp(op.name, op.function, op.values, op.values, op.input_types, op.output_type, False)
    word = _merge_estimate(word_op, target)
    cycles, stage_ff = _multiply_stage(word_op, target) if op.function == "multiply" else (0, 0.0)
    timing = after_product(wrapper, cycles, stage_ff, stream=True, series=False)  # the loop deepens
    return {"dsp": word["dsp"], "lut": wrapper["lut"] + word["lut"], **timing}


def _multiply_stage(op: MoreOp, target: Target) -> tuple[int, float]:
    """(cycles, FF) of a multiply merge's `values` general products and the conversion after them: the Dense
    rule's (`otheract.product_stage`, `logic.lone_product_stage`) for a product of the two inputs' widths."""
    first, second = op.input_types
    dsp = dsps_per_product(first.width, second.width, target)
    lut = 0 if dsp else lut_multiplier_luts(first.width, second.width)
    result_bits = op.output_type.width
    return product_stage(target, first.width, second.width, result_bits, dsp, lut, op.values)


def _merge_estimate(op: MoreOp, target: Target) -> dict:
    """An io_parallel merge (module docstring)."""
    relu = RELU_CONSTANTS[target.hls_tool]
    adder = constants_for(target.hls_tool, target.calibration_group).lut_adder
    first, second = op.input_types
    wider, bits_out = max(first.width, second.width), op.output_type.width
    dsp = 0
    if op.function in ("add", "subtract", "average"):
        lut, result_bits = adder * bits_out, wider + 1
    elif op.function in ("maximum", "minimum"):
        lut, result_bits = adder * wider + relu["lut_select"] * bits_out, wider
    else:  # multiply
        dsp = dsps_per_product(first.width, second.width, target)
        lut = 0 if dsp else lut_multiplier_luts(first.width, second.width)
        result_bits = first.width + second.width
    lut += relu["lut_convert"] * result_bits * converts(op.output_type)
    latency = _adder_path_cycles(target)
    ff = relu["ff_register"] * op.values * (first.width + second.width + bits_out) * (latency >= 1)
    if op.function == "multiply":  # the product's path when it is the longer (its registers then)
        estimate = {"ff": ff, "latency_cycles": latency, "ii": 1}
        timing = after_product(estimate, *_multiply_stage(op, target), stream=False, series=False)
        latency, ff = timing["latency_cycles"], timing["ff"]
    return {
        "dsp": dsp * op.values,
        "lut": round(lut * op.values),
        "ff": round(ff),
        "latency_cycles": latency,
        "ii": 1,
    }


def _transpose_estimate(op: MoreOp) -> dict:
    """A transpose: io_parallel wires; io_stream the register array, output multiplexers, two copy loops."""
    if not op.stream:
        return {"dsp": 0, "lut": 0, "ff": 0, "latency_cycles": 0, "ii": 1}
    out_values = max(op.out_values, 1)
    bits_in, bits_out = op.input_types[0].width, op.output_type.width
    lut = out_values * bits_out * mux_luts(op.n // out_values)
    ff = op.n * bits_in + out_values * bits_out
    latency = op.n // max(op.values, 1) + op.n // out_values + 2 * PIPELINE_DEPTH["copy"]
    return {"dsp": 0, "lut": lut, "ff": ff, "latency_cycles": latency, "ii": latency}


def _cropping_estimate(op: MoreOp, target: Target, padding: dict | None) -> dict:
    """A cropping: io_parallel wires; io_stream the zero padding's rule (`padding.estimate_zero_padding`, its
    constants or `padding`'s) over the loops of its reads: the copy per channel, the loops' counters, a
    cycle a word read."""
    from fpgaprune.core.hardware.padding import ZeroPaddingLayer, estimate_zero_padding

    if not op.stream:
        return {"dsp": 0, "lut": 0, "ff": 0, "latency_cycles": 0, "ii": 1}
    loops = tuple(trips for trips in op.reads if trips > 0)
    layer = ZeroPaddingLayer(op.name, op.function, "", op.values, loops)  # a word holds every channel
    estimate = estimate_zero_padding(layer, target.hls_tool, padding)
    return {"dsp": 0, **{key: estimate[key] for key in ("lut", "ff", "latency_cycles", "ii")}}


def _cropping_reads(function: str, settings: dict) -> tuple[int, ...]:
    """The input words each loop of hls4ml's io_stream cropping reads (`nnet_cropping_stream.h`): 1D the left
    crop, the kept width, the right crop; 2D the top rows, the kept rows (their left crop, kept and right crop
    words), the bottom rows."""
    left, right, width = (int(settings.get(key, 0) or 0) for key in ("crop_left", "crop_right", "in_width"))
    if function == "cropping1d_cl":
        return left, width - left - right, right
    top, bottom = (int(settings.get(key, 0) or 0) for key in ("crop_top", "crop_bottom"))
    rows = int(settings.get("out_height", 0) or 0)
    return top * width, rows * width, bottom * width


def estimate_more_op(
    op: MoreOp,
    target: Target,
    stream_ff: dict | None = None,
    plumbing: dict | None = None,
    zero_padding: dict | None = None,
) -> dict:
    """{dsp, lut, ff, latency_cycles, ii, source} of one call (module docstring; `stream_ff`: io_stream ReLU
    FF constants to use instead of `activation.STREAM_RELU_FF[tool]`, `plumbing`: merge/plumbing constants
    instead of `plumbing.PLUMBING_CONSTANTS[tool]`, `zero_padding`: a cropping's instead of
    `padding.ZERO_PADDING_CONSTANTS[tool]`)."""
    if op.function in MERGE_FUNCTIONS and op.stream:
        estimate = _stream_merge_estimate(op, target, plumbing)
    elif op.function in MERGE_FUNCTIONS:
        estimate = _merge_estimate(op, target)
    elif op.function in TRANSPOSE_FUNCTIONS:
        estimate = _transpose_estimate(op)
    elif op.function in CROPPING_FUNCTIONS:
        estimate = _cropping_estimate(op, target, zero_padding)
    elif op.function == RESIZE_FUNCTION:  # io_parallel only (`more_op_layers`)
        estimate = {"dsp": 0, "lut": 0, "ff": 0, "latency_cycles": 0, "ii": 1}
    elif op.function == "unary_lut":
        estimate = _unary_lut_estimate(op, target, stream_ff)
    elif op.function == "dot1d":
        estimate = _dot1d_estimate(op, target)
    else:
        estimate = _activation_estimate(op, target, stream_ff)
    return {**estimate, "source": "estimate"}


def more_op_warning(op: MoreOp) -> str:
    """The warning line (without the layer's name) of one call's estimate."""
    if op.function in MERGE_FUNCTIONS:
        if not op.stream:
            return MERGE_WARNING
        return STREAM_MERGE_WARNING.format(function=op.function, what=MERGE_WHAT[op.function])
    if op.function in TRANSPOSE_FUNCTIONS:
        text = TRANSPOSE_STREAM_WARNING if op.stream else TRANSPOSE_PARALLEL_WARNING
        return text.format(function=op.function)
    if op.function in CROPPING_FUNCTIONS:
        text = CROPPING_STREAM_WARNING if op.stream else CROPPING_PARALLEL_WARNING
        return text.format(function=op.function)
    if op.function == RESIZE_FUNCTION:
        return RESIZE_PARALLEL_WARNING
    if op.function == "unary_lut":
        return UNARY_LUT_WARNING
    if op.function == "dot1d":
        return DOT1D_WARNING
    return ACTIVATION_WARNING.format(function=op.function)


# ---- reading the calls of a project ----
_CALL = top_call_pattern(FUNCTIONS)


def more_op_layers(source: str, types: dict, settings_of, element) -> list[MoreOp]:
    """The calls of a top function (`source`) this module estimates, as `MoreOp`s: all of `FUNCTIONS` but the
    io_stream add/subtract (`plumbing`'s) and an io_stream transpose_2d/3d (hls4ml 0.6-0.8; not read here).
    glue's parsers: `settings_of(config)` a config struct's constants, `element(types, name)` (element type,
    values) of a type (`glue.design_more_ops`)."""
    from fpgaprune.core.hardware.precision import parse_precision

    stream_top = "hls::stream" in source
    ops = []
    for function, template, _, name in _CALL.findall(source):
        args = [a.strip() for a in template.split(",")]
        config = args[-1]
        settings = settings_of(config)
        element_in, pack = element(types, args[0])
        stream = stream_top or pack > 1
        if function in MERGE_FUNCTIONS:
            if (stream and function in ("add", "subtract")) or len(args) != 4:
                continue  # io_stream add/subtract: `plumbing`'s
            element_2, _ = element(types, args[1])
            element_out, _ = element(types, args[2])
            n = int(settings.get("n_elem", 0))
            values = pack if stream else n
            inputs = (parse_precision(element_in), parse_precision(element_2))
            ops.append(
                MoreOp(name or config, function, values, n, inputs, parse_precision(element_out), stream)
            )
            continue
        if function in TRANSPOSE_FUNCTIONS:
            if stream and function != "transpose":
                continue
            element_out, out_pack = element(types, args[1])
            n = int(settings.get("N", 0) or 0)
            inputs = (parse_precision(element_in),)
            op = MoreOp(
                name or config, function, pack, n, inputs, parse_precision(element_out), stream, out_pack
            )
            ops.append(op)
            continue
        if function in CROPPING_FUNCTIONS:  # <data_T, res_T, CONFIG_T>
            element_out, _ = element(types, args[1])
            reads = _cropping_reads(function, settings)
            channels = int(settings.get("n_chan", 1) or 1)
            inputs, output = (parse_precision(element_in),), parse_precision(element_out)
            n = sum(reads) * channels
            ops.append(MoreOp(name or config, function, pack, n, inputs, output, stream, reads=reads))
            continue
        if function == RESIZE_FUNCTION:  # <data_T, CONFIG_T>: its output is of the type it reads
            if stream:
                continue  # `plumbing`'s
            sizes = (int(settings.get(key, 0) or 0) for key in ("new_height", "new_width", "n_chan"))
            n, element_type = prod(sizes), parse_precision(element_in)
            ops.append(MoreOp(name or config, function, n, n, (element_type,), element_type, False))
            continue
        if function == "dot1d":  # <input1_T, input2_T, res_T, CONFIG_T>, io_parallel only (nnet_merge.h)
            if stream or len(args) != 4:
                continue
            element_2, _ = element(types, args[1])
            element_out, _ = element(types, args[2])
            accum = settings.get("accum_t")
            accum_bits = parse_precision(element(types, accum)[0]).width if accum else 0
            inputs = (parse_precision(element_in), parse_precision(element_2))
            n, rf = int(settings.get("n_in", 0) or 0), int(settings.get("reuse_factor", 1) or 1)
            output = parse_precision(element_out)
            op = MoreOp(
                name or config, function, n, n, inputs, output, False, reuse_factor=rf, accum_bits=accum_bits
            )
            ops.append(op)
            continue
        if function == "unary_lut":  # <data_T, res_T, CONFIG_T>(data, res, table)
            element_out, _ = element(types, args[1])
            n = int(settings.get("n_in", pack))
            table_size = int(settings.get("table_size", 0) or 0)
            table_bits = (
                parse_precision(element(types, settings["table_t"])[0]).width if "table_t" in settings else 0
            )
            inputs = (parse_precision(element_in),)
            output = parse_precision(element_out)
            values = pack if stream else n
            op = MoreOp(
                name or config, function, values, n, inputs, output, stream, 0, table_size, table_bits
            )
            ops.append(op)
            continue
        if function in _THRESHOLD_RESULTS:  # <data_T, CONFIG_T>: the result type is the template's
            element_out = _THRESHOLD_RESULTS[function]
        else:
            element_out, _ = element(types, args[-2] if function != "relu_max" else args[1])
        n = int(settings.get("n_in", pack))
        values = pack if stream else n
        inputs = (parse_precision(element_in),)
        ops.append(MoreOp(name or config, function, values, n, inputs, parse_precision(element_out), stream))
    return ops
