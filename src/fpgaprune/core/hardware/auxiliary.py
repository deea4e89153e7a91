"""LUT, FF and latency of the softmax and 2D pooling layers of an hls4ml project (no weights).

Every number is an estimate (source "estimate"). Structure from hls4ml's templates, constants fitted on the
softmax and pooling instances of the Vivado/Vitis HLS reports of held-out sets 1, 3, 4, 5, 6 and 7
(`fit_auxiliary_constants`; docs/cost-model-record.md section 2.6):

* softmax (`nnet_activation(_stream).h`): per element an exp-table lookup (address from the difference to
  the maximum), an adder tree for the sum, the invert-table lookup and a multiplication; LUT and FF
  proportional to n x input bits in io_parallel, and in io_stream to one input pack's bits (the stream version
  unpacks, buffers and repacks a pack around the same arithmetic, one loop trip a pack, the same logic every
  trip; branch auxlad), apart per io, plus a fixed part.
* pooling2d_cl, io_stream (`nnet_pooling_stream.h`): the line buffer of (pool_height - 1) rows of in_width
  pixels, n_chan values each (shift registers), and the pool_height x pool_width x n_chan window with its
  comparators (max) or adders (average): LUT and FF proportional to the window bits and the line-buffer bits.
  One pixel a cycle: latency in_height x in_width.
* pooling2d_cl, io_parallel (`nnet_pooling.h`, branch parpool): a different circuit, not in that fit: every
  output pixel's and channel's window pooled in one pipelined function; LUT = its adder bits
  (`_parallel_pooling`) x the target group's `lut_adder`, FF and cycles 0 (`parallel_pooling_warning`).
* softmax whose exp table HLS computes at run time (`exp_table_at_run_time`, branch set19fix): the table's
  fill loop (one `fexp` a cycle over exp_table_size entries) runs on every call and costs its own logic
  (`RUNTIME_EXP_TABLE`), io_stream only.
* io_stream softmax cycles (`nnet_activation_stream.h`, hls4ml 0.6+; branch streamsoftmax): one loop over the
  n_in / pack input packs, pipelined at II = pack / ceil(pack / reuse_factor); each trip is a whole softmax
  over its pack (max tree, exp lookups, sum tree, invert lookup, pack products under an ALLOCATION limit of
  ceil(pack / reuse_factor) multipliers). Latency = (trips - 1) x II + the serialised products
  (`serial` x (II - 1)) + the pipeline depth (a fixed part per HLS tool + the chain's ns cut into clock
  budgets); II = latency (the function is not pipelined across calls). `STREAM_SOFTMAX_LATENCY`.
* io_parallel softmax cycles (`softmax_stable`, `softmax_latency`; branch smaxrule): `softmaxchain`, hls4ml's
  operations chained into states of the clock budget with per-(fabric, speed grade) delays read from HLS
  schedules; `SOFTMAX_PARALLEL_LATENCY` (a median per tool) for the softmaxes it does not cover.
* io_parallel softmax_multidim (`nnet_activation.h`, branch lastops; docs/cost-model-record.md 2.16): a
  softmax over each n_slice-value slice, `multidim_schedule`'s instances of the softmax rule for n_slice
  values (LUT, FF; glue: its tables and DSPs), the latency once per slice an instance takes in turn. No
  constant of its own, no report checks it.
"""

import re
from dataclasses import dataclass, replace
from math import ceil, log2

import numpy as np

from fpgaprune.core.hardware.logic import relative_nnls, weighted_sum
from fpgaprune.core.hardware.softmaxchain import parallel_softmax_cycles

_CALL = re.compile(
    r"nnet::(softmax|softmax_multidim|pooling2d_cl)<\s*(\w+)\s*,\s*\w+\s*,\s*(\w+)\s*>\s*\([^;]*\);\s*//\s*(\S+)"
)
FEATURES = {
    "softmax": ("stream_bits", "parallel_bits", "fixed"),
    "pooling2d_cl": ("window_bits", "line_bits"),
}
# Fitted by `fit_auxiliary_constants` (NNLS on relative error, reports under 100 weighed as 100), rounded to
# 4 digits, on the softmax and pooling instances of held-out sets 1, 3, 4, (since fidelity8) 5, (since
# fidelity9) 6, (since fidelity10) 7 and (since branch foldin) 8, 12-14 (`heldout.read_auxiliary_rows`; before
# foldin: softmax LUT 1.139, 1.4568, 455.5457, FF 0.7522, 0.5455, 115.6216; pooling LUT 3.6643, 0.0478, FF
# 1.9283, 0.0563) and (since branch foldin2) 15-19 (Y1, Y2, Z1, Z2, M1's softmax, Y2's and L1's pooling; L1's
# floating-point softmax left out; before foldin2: softmax LUT 1.1569, 0.9318, 493.7894, FF 0.7626, 0.3636,
# 126.3818; pooling LUT 3.7725, 0.0625, FF 1.9257, 0.072) and (since branch foldin3) 20 (R3's stable softmax
# and two poolings; before foldin3: softmax LUT 1.4859, 3.0466, 260.964, FF 0.8395, 0.9319, 94.6808; pooling
# LUT 3.8647, 0.0586, FF 1.9891, 0.0705) and (since branch foldin21) 21 (E1's io_parallel, E2's and E3's
# io_stream stable softmax, their poolings; before foldin21: softmax LUT 1.5208, 2.8546, 272.5153, FF 0.8608,
# 0.8248, 100.4879; pooling LUT 3.8247, 0.0636, FF 2.0039, 0.0691). Branch auxlad: io_stream softmax
# stream_bits counts one pack (H7 2,048 -> 128); before: softmax LUT 1.6379, 3.1237, 270.3497, FF 0.9286,
# 0.9832, 96.3885 (the fixed part now fits to 0; pooling unchanged). Branch parpool: io_parallel pooling2d_cl
# (E1's two, a different circuit: `parallel_pooling_estimate`) left out of the pooling fit; before: pooling
# LUT 3.8529, 0.0715, FF 2.0249, 0.0733. tests/core/hardware/test_stream_terms.py checks they equal a fresh
# fit.
AUXILIARY_CONSTANTS = {
    "softmax": {
        "lut": {"stream_bits": 10.4428, "parallel_bits": 7.4106, "fixed": 0.0},
        "ff": {"stream_bits": 3.6247, "parallel_bits": 2.7351, "fixed": 0.0},
    },
    "pooling2d_cl": {
        "lut": {"window_bits": 3.8462, "line_bits": 0.0715},
        "ff": {"window_bits": 2.0182, "line_bits": 0.0731},
    },
}


# Cycles of an io_parallel softmax the chain (`softmaxchain`, branch smaxrule) does not time: a `legacy` or
# `argmax` implementation, an exp table filled at run time, or an estimate without a target (no part, no
# clock). Per HLS tool: the median over the io_parallel softmax instances of the held-out sets in
# `heldout.read_auxiliary_rows` (fidelity10: Vivado HLS H1-H3 2, S11, S12 13; Vitis HLS K1 5, S3 2, T1-T3 4;
# `fit_softmax_latency`, tests/core/hardware/test_stream_terms.py checks they equal a fresh fit). Before: 0.
SOFTMAX_PARALLEL_LATENCY = {"vivado": 2, "vitis": 4}

# A softmax's exp table is a ROM only when HLS can evaluate its fill loop at compile time (branch set19fix).
# hls4ml's softmax functions declare exp_table as a local under __HLS_SYN__ and fill it with
# `exp_fcn_float(x)` (std::exp) over every address before use (`init_exp_table`, nnet_activation.h); HLS folds
# the loop into constants, except when some entry's exp overflows or underflows (a compiler's constant folder
# declines a math call that raises either; in double precision at |x| ~708). The table's largest |x| is read
# from the type that addresses it: hls4ml 1.2+ `softmax_stable` indexes by `inp_norm_t`, unsigned, x up to
# 2^integer bits, times `exp_scale`; the older stable and every latency softmax by the input type, signed, x
# up to 2^(integer bits - 1). `legacy` (fixed range +-8) and `argmax` never do. Checked on: L1 (set 19,
# ap_ufixed<35,15>, x up to 32768: the report's `init_exp_table` instance, a 1024-trip pipelined loop with a
# `fexp` core, 1,045 cycles) against K2 (set 3, ap_ufixed<15,5>, 32: a ROM, 8 cycles) and M2 (set 18, input
# ap_fixed<23,8>, 128: a ROM, 8 cycles); every other softmax of the sets (x up to 32, P4 512) is a ROM as the
# rule says. Public designs outside the sets seen in the search index (their HLS databases name an
# `init_exp_table` module with a `fexp` core) have x up to 2048 (ap_ufixed<13,11>) and more; none below 2048
# was seen, so the limit's place between 512 and 2048 rests on the mechanism, not on data.
EXP_FOLD_LIMIT = 708.0
# What the run-time fill adds to an io_stream softmax (Vitis HLS 2024.2 on xczu7ev, L1's
# `init_exp_table_ap_ufixed_35_15...` instance only, so not fitted and not checked elsewhere): its `fexp`
# core's DSPs and the instance's LUT and FF (float conversions of the address, exp, conversion to
# exp_table_t), and the cycles beyond the table's entries of the whole softmax (the loop's 21-stage pipeline,
# the stream softmax's own 6 cycles, 2 of the wrapper: 1,053 = 1,024 + 29). The call takes that long every
# input (II = latency).
RUNTIME_EXP_TABLE = {"dsp": 7, "lut": 3121, "ff": 1003, "cycles": 29}

# Cycles of an io_stream softmax (branch streamsoftmax; module docstring): the pipeline depth is
# fixed[HLS tool] + ceil(chain_ns / the clock budget (period minus uncertainty)), and each product beyond the
# first that shares a multiplier adds `serial` cycles (II - 1 of them: the exp lookups and the products of a
# pack issue one after the other). Fitted by `fit_stream_softmax_latency` (grid search, least summed relative
# error) on the 17 io_stream softmax instances of `heldout.read_stream_softmax_rows` (sets 1, 3, 4, 5, 8, 15:
# H4-H7, K2, K7-K9, P1, P4-P6, Q1, Q3, U4, U5, Y2; L1's run-time table left out): in-sample 11 of 17 within
# max(10 %, 1 cycle), repository-out 9 of 17 (`bench/stream_softmax_loro.py`); worst Q1/Q3 (7-series) 22
# vs 5. A chain per fabric (7-series 66 ns, UltraScale 13 ns) fitted closer in-sample and worse left out
# (docs/cost-model-record.md 2.6). tests/core/hardware/test_stream_terms.py checks they equal a fresh fit.
# Before: 0.
STREAM_SOFTMAX_LATENCY = {"fixed": {"vivado": 4, "vitis": 6}, "chain_ns": 4.0, "serial": 2.0}


@dataclass(frozen=True)
class AuxiliaryLayer:
    """One softmax or pooling layer: its function, name, features and io_stream pixel count."""

    function: str
    name: str
    features: dict
    pixels: int  # pooling in io_stream: input pixels (one a cycle); else 0
    exp_table_fill: int = 0  # softmax: exp-table entries computed on every call (else 0); costed in io_stream
    trips: int = 0  # io_stream softmax: input packs per call (n_in / pack); else 0
    pack_ii: int = 1  # io_stream softmax: II of its pack loop, pack / ceil(pack / reuse_factor)
    op: str = ""  # pooling: "max" or "average"
    parallel_adder_bits: int = (
        0  # io_parallel pooling: adder-bit equivalents of its ops (`_parallel_pooling`)
    )
    padded_divisions: int = (
        0  # io_parallel average pooling with padding: its output values (`padded_average`)
    )
    dividend_bits: int = 0  # io_parallel average pooling: the bits `avg` sums and divides in
    instances: int = 1  # softmax_multidim: softmax instances (`multidim_schedule`); else 1
    rounds: int = 1  # softmax_multidim: slices each instance takes in turn; else 1
    multidim: bool = False  # an io_parallel softmax_multidim call
    n_in: int = 0  # softmax: values one softmax call takes (n_slice for softmax_multidim); else 0
    implementation: str = ""  # softmax: hls4ml's softmax_implementation (stable, latency, legacy, argmax)
    saturating_sum: bool = False  # softmax: its exp sum's type saturates (`sum_saturates`)


def auxiliary_layers(source: str, parameters: str, types: dict, macros: dict, struct, element) -> list:
    """The softmax and pooling2d_cl calls of a top function, with their features (glue's parsers)."""
    layers = []
    stream = "hls::stream" in source
    for function, input_type, config, name in _CALL.findall(source):
        settings = struct(parameters, config, macros)
        element_type, pack = element(types, input_type)
        bits = _width(element_type)
        instances, rounds, multidim = 1, 1, function == "softmax_multidim"
        if multidim:  # io_parallel: a softmax over each n_slice-value slice
            instances, rounds = multidim_schedule(settings)
            settings = {**settings, "n_in": settings.get("n_slice", settings.get("n_in", pack))}
            function = "softmax"
        if function == "softmax":
            n_in = int(settings.get("n_in", pack))
            features = {  # io_stream: one pack's logic, reused over the n_in / pack trips
                "stream_bits": float(min(n_in, pack) * bits) * stream,
                "parallel_bits": float(n_in * bits) * (not stream),
                "fixed": 1.0,
            }
            fill = _exp_table_fill(parameters, config, types, element_type, settings)
            trips, pack_ii = (
                stream_softmax_schedule(
                    int(settings.get("n_in", pack)),
                    pack,
                    int(settings.get("reuse_factor", 1)),
                    _implementation(parameters, config),
                )
                if stream
                else (0, 1)
            )
            layer = AuxiliaryLayer(function, name, features, 0, fill, trips, pack_ii)
            body = _struct_body(parameters, config)
            chain = {
                "n_in": n_in,
                "implementation": _implementation(parameters, config),
                "saturating_sum": sum_saturates(body, types),
            }
            layers.append(replace(layer, instances=instances, rounds=rounds, multidim=multidim, **chain))
        else:
            layers.append(
                _pooling(name, settings, element_type, stream, _struct_body(parameters, config), types)
            )
    return layers


def multidim_schedule(settings: dict) -> tuple[int, int]:
    """(instances, rounds) of hls4ml's io_parallel `softmax_multidim` (`nnet_activation.h`): n_outer x n_inner
    slices of n_slice values, each a call of `softmax` over the slice, the calls fully unrolled under
    `#pragma HLS allocation instances=softmax<CONFIG_T> limit=parallelization_factor`: min(limit, slices)
    instances (hls4ml's default limit -1: no limit, every slice its own), each taking ceil(slices /
    instances) slices in turn."""
    slices = max(int(settings.get("n_outer", 1)) * int(settings.get("n_inner", 1)), 1)
    limit = int(settings.get("parallelization_factor", -1))
    instances = min(limit, slices) if limit > 0 else slices
    return instances, -(-slices // instances)


def stream_softmax_schedule(n_in: int, pack: int, reuse_factor: int, implementation: str) -> tuple[int, int]:
    """(trips, II) of an io_stream softmax's pack loop: n_in / pack trips; `stable` and `latency` pipeline it
    at II = pack / ceil(pack / reuse_factor) (hls4ml's multiplier_limit), `legacy` and `argmax` at II 1."""
    trips = max(n_in // max(pack, 1), 1)
    if implementation not in ("stable", "latency"):
        return trips, 1
    multipliers = -(-pack // max(reuse_factor, 1))
    return trips, max(pack // multipliers, 1)


def _struct_body(parameters: str, config: str) -> str:
    """The text of `struct config : nnet::... { ... };` in parameters.h ('' when absent)."""
    body = re.search(rf"struct\s+{config}\s*:\s*nnet::\w+\s*\{{(.*?)\n\}};", parameters, re.DOTALL)
    return body.group(1) if body else ""


def _implementation(parameters: str, config: str) -> str:
    found = _SOFTMAX_IMPLEMENTATION.search(_struct_body(parameters, config))
    return found.group(1) if found else "stable"


def exp_table_at_run_time(implementation: str, addressing_type, exp_scale: float = 1.0) -> bool:
    """Whether HLS fills a softmax's exp table at run time (`EXP_FOLD_LIMIT`): the largest |x| the table
    holds exp of, the address type's range times exp_scale, is past the limit. `addressing_type` is a
    FixedType: `inp_norm_t` for hls4ml 1.2+'s stable softmax, else the softmax's input type."""
    if implementation not in ("stable", "latency"):
        return False
    top = 2.0 ** (addressing_type.integer - int(addressing_type.signed))
    return top * abs(exp_scale) > EXP_FOLD_LIMIT


_SOFTMAX_IMPLEMENTATION = re.compile(r"softmax_implementation::(\w+)")
_EXP_TABLE = re.compile(r"typedef\s+(.+?)\s+exp_table_t\s*;")


def sum_saturates(body: str, types: dict) -> bool:
    """Whether a softmax config's exp sum saturates: hls4ml 1.2+ sums in the config's accum_t, earlier
    versions (no accum_t in the config) in exp_table_t; True when that type is AP_SAT."""
    from fpgaprune.core.hardware.precision import parse_precision

    found = _ACCUM.search(body) or _EXP_TABLE.search(body)
    if found is None:
        return False
    name, seen = found.group(1).strip(), 0
    while name in types and seen < 10:
        name, seen = types[name].strip(), seen + 1
    try:
        return parse_precision(name).overflow.startswith("SAT")
    except ValueError:
        return False


_EXP_SCALE = re.compile(r"exp_scale\s*=\s*([-+0-9.eE]+)")
_INP_NORM = re.compile(r"typedef\s+(.+?)\s+inp_norm_t;")


def _exp_table_fill(parameters: str, config: str, types: dict, input_type: str, settings: dict) -> int:
    """Entries of a softmax's exp table filled on every call (`exp_table_at_run_time`), else 0."""
    from fpgaprune.core.hardware.precision import parse_precision

    text = _struct_body(parameters, config)
    implementation = _SOFTMAX_IMPLEMENTATION.search(text)
    if implementation is None:
        return 0
    scale = _EXP_SCALE.search(text)
    norm = _INP_NORM.search(text)
    addressing = input_type
    if implementation.group(1) == "stable" and norm is not None:
        addressing = types.get(norm.group(1).strip(), norm.group(1).strip())
    runtime = exp_table_at_run_time(
        implementation.group(1), parse_precision(addressing), float(scale.group(1)) if scale else 1.0
    )
    size = int(settings.get("exp_table_size", settings.get("table_size", 1024)))
    return size if runtime else 0


_POOL_OP = re.compile(r"pool_op\s*=\s*(?:nnet::)?(Max|Average)")
_ACCUM = re.compile(r"typedef\s+(.+?)\s+accum_t\s*;")


def _pooling(name: str, settings: dict, element: str, stream: bool, body: str, types: dict) -> AuxiliaryLayer:
    bits = _width(element)
    value = {
        key: int(settings.get(key, 1))
        for key in ("in_height", "in_width", "n_filt", "pool_height", "pool_width")
    }
    window = value["pool_height"] * value["pool_width"] * value["n_filt"] * bits
    line = (value["pool_height"] - 1) * value["in_width"] * value["n_filt"] * bits
    pixels = value["in_height"] * value["in_width"] if stream else 0
    op = "average" if (found := _POOL_OP.search(body)) and found.group(1) == "Average" else "max"
    adder_bits = 0 if stream else _parallel_pooling(value, settings, element, op, body, types)
    features = {"window_bits": float(window), "line_bits": float(line)}
    layer = AuxiliaryLayer("pooling2d_cl", name, features, pixels, op=op, parallel_adder_bits=adder_bits)
    if stream or op != "average":
        return layer
    outputs = _output_height(value, settings) * _output_width(value, settings) * value["n_filt"]
    padded = any(int(settings.get(f"pad_{side}", 0)) for side in ("top", "bottom", "left", "right"))
    size = value["pool_height"] * value["pool_width"]
    return replace(
        layer,
        padded_divisions=outputs if padded else 0,
        dividend_bits=_average_bits(element, body, types, size),
    )


def _output_height(value: dict, settings: dict) -> int:
    return int(settings.get("out_height", value["in_height"] // max(value["pool_height"], 1)))


def _output_width(value: dict, settings: dict) -> int:
    return int(settings.get("out_width", value["in_width"] // max(value["pool_width"], 1)))


def _parallel_pooling(value: dict, settings: dict, element: str, op: str, body: str, types: dict) -> int:
    """Adder-bit equivalents of an io_parallel pooling2d_cl (nnet_pooling.h: the pipelined function unrolls
    `pool_op` over every output pixel and channel): out_height x out_width x n_filt windows of
    pool_height x pool_width values, (window - 1) ops each. Max (`y = x[i] > y ? x[i] : y`, in the input
    type): a comparator and a select per input bit, two adder bits. Average (`avg`): one adder per bit of the
    sum, in the config's accum_t where it names one (hls4ml 0.8+), else as `pooling`'s io_parallel rule."""
    from fpgaprune.core.hardware.precision import parse_precision

    bits = parse_precision(element).width
    size = value["pool_height"] * value["pool_width"]
    ops = _output_height(value, settings) * _output_width(value, settings) * value["n_filt"] * (size - 1)
    if op == "max":
        return 2 * ops * bits
    return ops * _average_bits(element, body, types, size)


def _average_bits(element: str, body: str, types: dict, size: int) -> int:
    """Bits an io_parallel `avg` sums and divides in: the config's accum_t where it names one (hls4ml 0.8+),
    else `average_sum_bits`."""
    from fpgaprune.core.hardware.precision import parse_precision

    accum = _ACCUM.search(body)
    if accum:
        name, seen = accum.group(1).strip(), 0
        while name in types and seen < 10:
            name, seen = types[name], seen + 1
        return parse_precision(name).width
    return average_sum_bits(element, parse_precision(element).width, size)


_PLAIN = re.compile(r"^ap_(?:fixed<\d+,-?\d+>|int<\d+>)$")


def average_sum_bits(element: str, bits: int, window: int) -> int:
    """Bits an io_parallel `avg` sums in without an accum_t (hls4ml before 0.8): W + ceil(log2(N)) for a plain
    ap_fixed<W,I> / ap_int<W> input (its overload), else the input type's W (`pooling` uses it too)."""
    if _PLAIN.match(re.sub(r"\s+", "", element)):
        return bits + ceil(log2(max(window, 1)))
    return bits


def _width(type_name: str) -> int:
    from fpgaprune.core.hardware.precision import parse_precision

    return parse_precision(type_name).width


def estimate_auxiliary(
    layer: AuxiliaryLayer,
    constants: dict | None = None,
    hls_tool: str | None = None,
    target=None,
    latency_constants: dict | None = None,
    adder_lut: float | None = None,
) -> dict:
    """{lut, ff, latency_cycles, ii} of one softmax or pooling layer (source "estimate"); an io_parallel
    pooling2d_cl is `parallel_pooling_estimate`'s (`adder_lut`: LUT per adder bit instead of the target
    group's, for refits); `target` (a multipliers.Target) sets an io_parallel stable or latency softmax's
    latency (`softmaxchain.parallel_softmax_cycles`, `chained_softmax`), else `hls_tool` sets it
    (`SOFTMAX_PARALLEL_LATENCY`; None: 0); `target` sets an io_stream softmax's (`stream_softmax_latency`;
    None: 0); an io_stream softmax that fills its exp table on
    every call adds `RUNTIME_EXP_TABLE` and takes the fill's cycles. `latency_constants`: {"parallel": in
    `SOFTMAX_PARALLEL_LATENCY`'s layout, "stream": in `STREAM_SOFTMAX_LATENCY`'s} to use instead of those
    (either key may be absent)."""
    if parallel_pooling(layer):
        return parallel_pooling_estimate(layer, target, hls_tool, adder_lut)
    latency_constants = latency_constants or {}
    constants = (constants or AUXILIARY_CONSTANTS)[layer.function]
    cost = {resource: round(weighted_sum(constants[resource], layer.features)) for resource in ("lut", "ff")}
    latency, ii = layer.pixels, max(layer.pixels, 1)
    if target is not None and chained_softmax(layer):
        latency = parallel_softmax_cycles(layer.n_in, layer.implementation, layer.saturating_sum, target)
    elif hls_tool is not None and _parallel_softmax(layer):
        latency = latency_constants.get("parallel", SOFTMAX_PARALLEL_LATENCY)[hls_tool]
    if target is not None and _stream_softmax(layer):
        latency = ii = stream_softmax_latency(layer, target, latency_constants.get("stream"))
    if costed_exp_table_fill(layer):
        for resource in ("lut", "ff"):
            cost[resource] += RUNTIME_EXP_TABLE[resource]
        latency = ii = layer.exp_table_fill + RUNTIME_EXP_TABLE["cycles"]
    if layer.multidim:  # softmax_multidim: the softmax's estimate per instance
        cost = {resource: value * layer.instances for resource, value in cost.items()}
        latency, ii = latency * layer.rounds, max(ii * layer.rounds, 1)
    return {**cost, "latency_cycles": latency, "ii": ii, "source": "estimate"}


def parallel_pooling(layer: AuxiliaryLayer) -> bool:
    """Whether `layer` is an io_parallel pooling2d_cl (a different circuit from the io_stream line buffer the
    pooling2d constants are fitted on; `fit_auxiliary_constants` leaves it out)."""
    return layer.function == "pooling2d_cl" and layer.pixels == 0


def parallel_pooling_estimate(layer: AuxiliaryLayer, target=None, hls_tool=None, adder_lut=None) -> dict:
    """An io_parallel pooling2d_cl (branch parpool): LUT = its adder-bit equivalents (`_parallel_pooling`) x
    the weight layers' LUT per adder bit of the target's group (`logic.Constants.lut_adder`, as `pooling`'s
    io_parallel rule; no constant fitted here); FF and cycles 0 (`parallel_pooling_warning`), but a padded
    average's dividers under Vivado HLS (`padded_average`)."""
    from fpgaprune.core.hardware.logic import constants_for

    tool = target.hls_tool if target is not None else (hls_tool or "vitis")
    if adder_lut is None:
        adder_lut = constants_for(tool, target.calibration_group if target is not None else None).lut_adder
    dividers = padded_average(layer.padded_divisions, layer.dividend_bits, tool)
    lut = round(adder_lut * layer.parallel_adder_bits) + dividers["lut"]
    return {
        "lut": lut,
        "ff": dividers["ff"],
        "latency_cycles": dividers["cycles"],
        "ii": 1,
        "source": "estimate",
    }


# Vivado HLS builds an io_parallel average pooling with padding (Keras's `same`; hls4ml's count_pad false)
# with one divider per output value: `avg` divides by the count of the window's values inside the input,
# which Vivado HLS 2020.1 does not fold into a constant; Vitis HLS 2024.1 does (set 27's H53 and H54 report
# their `valid` twins' numbers). Read on set 27's H16 (AveragePooling1D, 61 x 3 outputs) and H17
# (AveragePooling2D, 9 x 8 x 3) against their `valid` twins H20 and H21 (Vivado HLS 2020.1, xcvu13p, 5 ns,
# accum_t ap_fixed<16,6>; the twins' LUT scaled by the outputs, their FF the input ports): per divider 466.0
# and 466.0 LUT, 717.9 and 778.1 FF; both designs 21 cycles (the twins 0). Per bit of the dividend (the
# accum_t divided): LUT 466 / 16, FF the mean 748 / 16; cycles = bits + 5. One repository, one tool version,
# one width: the scaling with the width is assumed (a divider's stages and registers grow with it), and
# `parallel_pooling_warning` says so.
PADDED_AVERAGE_DIVIDER = {"lut_per_bit": 29.125, "ff_per_bit": 46.75, "cycles_over_bits": 5}


def padded_average(divisions: int, dividend_bits: int, hls_tool: str | None) -> dict:
    """{lut, ff, cycles} of the dividers Vivado HLS builds for an io_parallel average pooling with padding
    (`PADDED_AVERAGE_DIVIDER`; `divisions`: its output values, 0 without padding); zeros under Vitis HLS."""
    if not divisions or hls_tool != "vivado":
        return {"lut": 0, "ff": 0, "cycles": 0}
    rule = PADDED_AVERAGE_DIVIDER
    return {
        "lut": round(divisions * dividend_bits * rule["lut_per_bit"]),
        "ff": round(divisions * dividend_bits * rule["ff_per_bit"]),
        "cycles": dividend_bits + rule["cycles_over_bits"],
    }


PADDED_AVERAGE_NOTE = (
    "except that with padding Vivado HLS builds one divider per output value, whose LUT, FF and cycles "
    "are costed from two Vivado HLS 2020.1 reports of hls4ml's CI (set 27), both dividing 16-bit sums: 21 "
    "cycles, about 470 LUT and 750 FF a divider; other widths scaled, unchecked (Vitis HLS 2024.1 divides "
    "by constants there)"
)


def parallel_pooling_warning(layer: AuxiliaryLayer) -> str | None:
    """A line for an io_parallel pooling2d_cl estimate (`parallel_pooling_estimate`): one design checks it."""
    if not parallel_pooling(layer):
        return None
    unchecked = (
        "; its comparators are costed as adders (set 27's design totals: io_parallel MaxPooling2D within "
        "10 %)"
        if layer.op == "max"
        else ""
    )
    padded = f"; {PADDED_AVERAGE_NOTE}" if layer.padded_divisions else ""
    return (
        "nnet::pooling2d_cl io_parallel estimate is weak: only its adders' or comparators' LUT is estimated "
        "(checked on one design only, set 21's E1: two average poolings); its FF and cycles are counted 0"
        + unchecked
        + padded
    )


def costed_exp_table_fill(layer: AuxiliaryLayer) -> bool:
    """Whether `RUNTIME_EXP_TABLE` costs this layer's run-time exp table: io_stream only (its one report, L1);
    no report of an io_parallel softmax that fills its table is known, so that one is named, not costed."""
    return layer.exp_table_fill > 0 and layer.features.get("stream_bits", 0.0) > 0


def exp_table_warning(layer: AuxiliaryLayer) -> str | None:
    """A warning for a softmax whose exp table HLS computes on every call (`exp_table_at_run_time`)."""
    if not layer.exp_table_fill:
        return None
    cost = (
        f"costed from one report (set 19's L1) at about {layer.exp_table_fill + RUNTIME_EXP_TABLE['cycles']} "
        f"cycles and {RUNTIME_EXP_TABLE['dsp']} DSPs"
        if costed_exp_table_fill(layer)
        else "its filling is not costed (no io_parallel report of one is known): the softmax's row leaves "
        "out its latency and resources"
    )
    return (
        f"its exp table ({layer.exp_table_fill} entries) is computed on every call, not stored as a ROM: "
        f"the softmax's input range times exp_scale is past {EXP_FOLD_LIMIT:g}, where exp no longer folds "
        f"to a constant; {cost}. A narrower softmax input type (or inp_norm_t) keeps the table a ROM"
    )


def chained_softmax(layer: AuxiliaryLayer) -> bool:
    """Whether `softmaxchain` times this layer: an io_parallel `stable` or `latency` softmax whose exp table
    is a ROM (the others, and calls without a target, take `SOFTMAX_PARALLEL_LATENCY`)."""
    return (
        _parallel_softmax(layer)
        and layer.implementation in ("stable", "latency")
        and layer.n_in > 0
        and not layer.exp_table_fill
    )


def _parallel_softmax(layer: AuxiliaryLayer) -> bool:
    return layer.function == "softmax" and layer.features.get("parallel_bits", 0.0) > 0


def _stream_softmax(layer: AuxiliaryLayer) -> bool:
    return layer.function == "softmax" and layer.features.get("stream_bits", 0.0) > 0


def stream_softmax_latency(layer: AuxiliaryLayer, target, constants: dict | None = None) -> int:
    """Cycles of one io_stream softmax call (`STREAM_SOFTMAX_LATENCY`; `target`: a multipliers.Target, whose
    tool and clock budget set the pipeline depth)."""
    constants = constants or STREAM_SOFTMAX_LATENCY
    chain = ceil(constants["chain_ns"] / target.budget_ns)
    depth = constants["fixed"][target.hls_tool] + chain
    serial = round(constants["serial"] * (layer.pack_ii - 1))
    return (max(layer.trips, 1) - 1) * layer.pack_ii + serial + depth


# The grid `fit_stream_softmax_latency` searches: whole cycles for the fixed part, 1 ns for the chain, quarter
# cycles for the serial products.
_FIXED_GRID = np.arange(0, 10)
_CHAIN_GRID = np.arange(0.0, 121.0, 1.0)
_SERIAL_GRID = np.arange(1.0, 3.01, 0.25)


def fit_stream_softmax_latency(rows) -> dict:
    """STREAM_SOFTMAX_LATENCY from (AuxiliaryLayer, report latency, multipliers.Target) rows of io_stream
    softmax instances: the grid point (`_FIXED_GRID`, `_CHAIN_GRID`, `_SERIAL_GRID`) of least summed relative
    error |estimate - report| / max(report, 1); ties go to the smaller chain, then the smaller fixed part."""
    tools = sorted({target.hls_tool for _, _, target in rows})
    best = None
    for serial in _SERIAL_GRID:
        for fixed in _fixed_choices(tools):
            errors = _chain_errors(rows, dict(zip(tools, fixed)), float(serial))
            pick = int(np.argmin(errors))  # first of the least: the smallest chain
            key = (round(float(errors[pick]), 9), pick, sum(fixed))
            if best is None or key < best[0]:
                fitted = {
                    "fixed": dict(zip(tools, map(int, fixed))),
                    "chain_ns": float(_CHAIN_GRID[pick]),
                    "serial": round(float(serial), 4),
                }
                best = (key, fitted)
    return best[1]


def _fixed_choices(tools: list) -> list:
    grids = np.meshgrid(*([_FIXED_GRID] * len(tools)), indexing="ij")
    return list(zip(*(grid.ravel() for grid in grids)))


def _chain_errors(rows, fixed: dict, serial: float) -> np.ndarray:
    """Summed relative error of `rows` at each chain of `_CHAIN_GRID`."""
    errors = np.zeros(len(_CHAIN_GRID))
    for layer, latency, target in rows:
        rest = (max(layer.trips, 1) - 1) * layer.pack_ii + round(serial * (layer.pack_ii - 1))
        estimate = rest + fixed[target.hls_tool] + np.ceil(_CHAIN_GRID / target.budget_ns)
        errors += np.abs(estimate - latency) / max(latency, 1)
    return errors


def fit_softmax_latency(rows) -> dict:
    """SOFTMAX_PARALLEL_LATENCY from (AuxiliaryLayer, report dict with latency_cycles, HLS tool) rows: the
    median reported latency of the io_parallel softmax instances, per tool."""
    fitted = {}
    for tool in ("vivado", "vitis"):
        latencies = [
            report["latency_cycles"]
            for layer, report, row_tool in rows
            if row_tool == tool and _parallel_softmax(layer)
        ]
        fitted[tool] = round(float(np.median(latencies))) if latencies else 0
    return fitted


def fit_auxiliary_constants(rows, floor: float = 100.0) -> dict:
    """AUXILIARY_CONSTANTS from (AuxiliaryLayer, report dict with lut and ff, HLS tool) rows, per function
    (both tools together)."""
    fitted = {}
    for function, keys in FEATURES.items():
        mine = [
            (layer, report)
            for layer, report, _ in rows
            if layer.function == function and not parallel_pooling(layer)  # a different circuit
        ]
        if not mine:
            raise ValueError(f"no {function} instance to fit its constants on")
        matrix = np.array([[layer.features[key] for key in keys] for layer, _ in mine])
        fitted[function] = {}
        for resource in ("lut", "ff"):
            solution = relative_nnls(matrix, [report[resource] for _, report in mine], floor=floor)
            fitted[function][resource] = {key: round(v, 4) for key, v in zip(keys, solution)}
    return fitted
