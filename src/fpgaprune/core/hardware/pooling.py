"""LUT, FF, BRAM, latency and II of hls4ml's 1D and global pooling layers (`nnet::pooling1d_cl`,
`nnet::global_pooling1d_cl`, `nnet::global_pooling2d_cl`); 2D pooling is `auxiliary`'s. Every number is an
estimate (source "estimate"). No constant is fitted here: each count reuses a constant fitted on other rows
(branch pool1d; docs/cost-model-record.md 2.6 "1D and global pooling"), so the reports of these layers are out
of sample for every constant used.

Structure, from hls4ml's templates (nnet_pooling.h, nnet_pooling_stream.h of 0.5.0-1.x, as stored with the
held-out projects):

* io_stream global pooling (0.6+: `compute_global_pool`): one accumulator of accum_t per channel (the input's
  element type before 0.6), a comparator (max) or adder (average) in front of it, the input read one word a
  cycle (positions / pack words), then the result written n_filt / pack words. LUT and FF = `auxiliary`'s
  pooling2d per-window-bit constants x the held bits (n_filt x accumulator bits): the same register plus
  comparator per held value the 2D window costs. Latency = reads + writes, II = latency. An average over one
  position (0 + x, divided by 1) is a wire: 0 LUT, 0 FF, 0 cycles.
* io_stream pooling1d_cl, "encoded" (0.5's only form, 0.6+'s `pooling1d_encoded_cl`): pool_width x n_filt
  hls::stream windows of depth n_out, element width, inside the function: their BRAM_18K, LUT and FF by the
  design FIFOs' rules and constants (`glue.fifo_bram_18k`, `glue.fifo_lut`, `glue.fifo_ff`), plus the pooled
  result per channel (n_filt x element bits) at the pooling2d per-window-bit constants. Latency = II =
  n_in / pack reads (the pipelined ReadInputWidth loop; its few cycles of depth are not counted, as
  pooling2d's are not).
* io_stream pooling1d_cl, "linebuffer" (0.6+ `pooling1d_buffer_cl`): the 2D line-buffer pooling at height 1
  (`auxiliary`'s pooling2d_cl: window pool_width x n_filt x bits, no line); no report of one is stored.
* io_parallel (`global_pooling1d_cl`, `pooling1d_cl`, `global_pooling2d_cl`): per output value (n_filt, or
  n_out x n_filt) `pool_op` over its window: max a chain of comparators; average `avg`, which sums in an
  accumulator of W + ceil(log2(N)) bits when the input type is a plain ap_fixed<W,I> / ap_int<W> and in the
  input type itself (rounding and saturating if it does) otherwise, then divides by N (a shift when N is a
  power of two). LUT = (window - 1) x accumulator bits per output x the weight layers' per-adder-bit LUT
  (`logic.Constants.lut_adder` of the tool). Not counted: the division by an N that is not a power of two,
  the pipeline registers (FF) and cycles: 0 (`pooling_warning` says so); but an average with padding, which
  Vivado HLS builds with a divider per output value (`auxiliary.padded_average`).
"""

import re
from dataclasses import dataclass
from math import ceil

from fpgaprune.core.hardware.auxiliary import (
    AUXILIARY_CONSTANTS,
    PADDED_AVERAGE_NOTE,
    average_sum_bits,
    padded_average,
)
from fpgaprune.core.hardware.logic import constants_for
from fpgaprune.core.hardware.precision import parse_precision

FUNCTIONS = ("pooling1d_cl", "global_pooling1d_cl", "global_pooling2d_cl")
_CALL = re.compile(
    r"^\s*nnet::(pooling1d_cl|global_pooling1d_cl|global_pooling2d_cl)\s*<\s*(\w+)\s*,\s*(\w+)\s*,\s*(\w+)\s*>"
    r"\s*\([^;]*\)\s*;(?:[ \t]*//[ \t]*(\S+))?",
    re.MULTILINE,
)
_POOL_OP = re.compile(r"pool_op\s*=\s*(?:nnet::)?(Max|Average)")
_IMPLEMENTATION = re.compile(r"implementation\s*=\s*(?:nnet::)?(?:conv_implementation::)?(\w+)\s*;")
_ACCUM = re.compile(r"typedef\s+(.+?)\s+accum_t\s*;")


@dataclass(frozen=True)
class PoolingLayer:
    """One 1D or global pooling call (`design_poolings` reads them from a project).

    Attributes:
        name, function, config: the call's layer name (its comment, else its config), nnet function, config.
        stream: io_stream (the project's top passes hls::streams).
        op: "max" or "average".
        implementation: io_stream pooling1d_cl's "encoded" or "linebuffer"; "" otherwise.
        outputs: values per channel out (1 for a global pooling, n_out for pooling1d_cl).
        window: input positions each output reduces (n_in or in_height x in_width globally, pool_width).
        channels: n_filt.
        bits: the input element's width.
        accum_bits: the accumulator's width (`_accumulator_bits`).
        reads, writes: io_stream words read and written per call (positions / pack, n_filt / pack).
        fifo_depth: io_stream encoded pooling1d_cl's window FIFOs' depth (n_out); else 0.
    """

    name: str
    function: str
    config: str
    stream: bool
    op: str
    implementation: str
    outputs: int
    window: int
    channels: int
    bits: int
    accum_bits: int
    reads: int = 0
    writes: int = 0
    fifo_depth: int = 0
    padded_divisions: int = 0  # io_parallel pooling1d_cl average with padding: its output values
    dividend_bits: int = 0  # and the bits each divides: its accum_t (the configs with padding name one)

    @property
    def fifos(self) -> int:
        """The window FIFOs of an encoded io_stream pooling1d_cl (pool_width x n_filt), else 0."""
        return self.window * self.channels if self.fifo_depth else 0

    @property
    def divides(self) -> bool:
        """Whether an average divides by a window that is not a power of two (a divider, not a shift)."""
        return self.op == "average" and self.window & (self.window - 1) != 0


def pooling_layers(source: str, parameters: str, types: dict, macros: dict, struct, element, resolve) -> list:
    """The `FUNCTIONS` calls of a top function as `PoolingLayer`s (glue's parsers: `glue.design_poolings`)."""
    stream = "hls::stream" in source
    layers = []
    for function, input_type, _, config, name in _CALL.findall(source):
        settings = struct(parameters, config, macros)
        body = re.search(rf"struct\s+{config}\s*:\s*nnet::\w+\s*\{{(.*?)\n\}};", parameters, re.DOTALL)
        text = body.group(1) if body else ""
        element_type, pack = element(types, input_type)
        accum = _ACCUM.search(text)
        accum_type = resolve(types, accum.group(1).strip()) if accum else None
        shape = (element_type, pack, accum_type, stream)
        layers.append(_pooling_layer(name or config, function, config, settings, text, *shape))
    return layers


def _pooling_layer(name, function, config, settings, text, element, pack, accum_type, stream) -> PoolingLayer:
    bits = parse_precision(element).width
    channels = int(settings.get("n_filt", settings.get("n_chan", 1)))
    op = "average" if (found := _POOL_OP.search(text)) and found.group(1) == "Average" else "max"
    if function == "global_pooling2d_cl":
        window, outputs = int(settings.get("in_height", 1)) * int(settings.get("in_width", 1)), 1
    elif function == "global_pooling1d_cl":
        window, outputs = int(settings.get("n_in", 1)), 1
    else:
        window = int(settings.get("pool_width", 1))
        n_in, stride = int(settings.get("n_in", 1)), int(settings.get("stride_width", window))
        outputs = int(settings.get("n_out", (n_in - window) // max(stride, 1) + 1))
    implementation = ""
    if stream and function == "pooling1d_cl":
        found = _IMPLEMENTATION.search(text)
        implementation = found.group(1) if found else "encoded"  # hls4ml 0.5 has no other
    positions_per_word = max(pack // max(channels, 1), 1)
    positions = window if function != "pooling1d_cl" else int(settings.get("n_in", window))
    reads = ceil(positions / positions_per_word) if stream else 0
    writes = ceil(channels / max(pack, 1)) if stream and function != "pooling1d_cl" else 0
    accum = _accumulator_bits(element, bits, window, op, stream, accum_type, function)
    fifo_depth = outputs if implementation == "encoded" else 0
    padded = any(int(settings.get(f"pad_{side}", 0)) for side in ("left", "right"))
    divisions = outputs * channels if not stream and op == "average" and padded else 0
    dividend = parse_precision(accum_type).width if divisions and accum_type else accum
    return PoolingLayer(
        name,
        function,
        config,
        stream,
        op,
        implementation,
        outputs,
        window,
        channels,
        bits,
        accum,
        reads,
        writes,
        fifo_depth,
        divisions,
        dividend,
    )


def _accumulator_bits(element, bits, window, op, stream, accum_type, function) -> int:
    """Bits each held value has: io_stream global pooling's accum_t (0.6+; the element before), an
    io_parallel average's `avg` accumulator (plain ap_fixed/ap_int: W + ceil(log2(N)); else the input type),
    otherwise the element's width."""
    if stream:
        if function != "pooling1d_cl" and accum_type:
            return parse_precision(accum_type).width
        return bits
    if op == "average":
        return average_sum_bits(element, bits, window)
    return bits


def estimate_pooling(
    layer: PoolingLayer,
    target,
    fifo_cost=None,
    auxiliary: dict | None = None,
    adder_lut: float | None = None,
) -> dict:
    """{lut, ff, bram_18k, latency_cycles, ii} of one pooling call (source "estimate"). `target`: a
    multipliers.Target (its tool); `fifo_cost(depth, width)`: (LUT, FF, BRAM_18K) of one window FIFO
    (`glue.pooling_fifo_cost`, the design FIFOs' rules; needed for io_stream encoded pooling1d_cl);
    `auxiliary`: pooling2d constants in `auxiliary.AUXILIARY_CONSTANTS`' layout and `adder_lut`: LUT per
    adder bit, to use instead of the fitted ones (refits)."""
    window = (auxiliary or AUXILIARY_CONSTANTS)["pooling2d_cl"]
    lut = ff = bram = latency = 0.0
    ii = 1
    if not layer.stream:
        # the weight layers' adder price: the constants of the target's group (as `cost.estimate_model`)
        group_price = constants_for(target.hls_tool, target.calibration_group).lut_adder
        per_bit = group_price if adder_lut is None else adder_lut
        lut = per_bit * layer.outputs * layer.channels * (layer.window - 1) * layer.accum_bits
        dividers = padded_average(layer.padded_divisions, layer.dividend_bits, target.hls_tool)
        lut, ff, latency = lut + dividers["lut"], dividers["ff"], dividers["cycles"]
    elif layer.function == "pooling1d_cl" and layer.implementation == "linebuffer":
        bits = layer.window * layer.channels * layer.bits
        lut, ff = window["lut"]["window_bits"] * bits, window["ff"]["window_bits"] * bits
        latency = ii = max(layer.reads, 1)
    elif layer.function == "pooling1d_cl":
        if fifo_cost is None:
            raise ValueError(f"{layer.name}: an encoded pooling1d_cl needs fifo_cost for its windows")
        held = layer.channels * layer.bits
        lut, ff = window["lut"]["window_bits"] * held, window["ff"]["window_bits"] * held
        fifo_lut, fifo_ff, fifo_bram = fifo_cost(layer.fifo_depth, layer.bits)
        lut, ff = lut + layer.fifos * fifo_lut, ff + layer.fifos * fifo_ff
        bram = layer.fifos * fifo_bram
        latency = ii = max(layer.reads, 1)
    elif not (layer.op == "average" and layer.window == 1):
        held = layer.channels * layer.accum_bits
        lut, ff = window["lut"]["window_bits"] * held, window["ff"]["window_bits"] * held
        latency = ii = layer.reads + layer.writes
    return {
        "lut": max(0, round(lut)),
        "ff": max(0, round(ff)),
        "bram_18k": int(bram),
        "latency_cycles": int(latency),
        "ii": int(ii),
        "source": "estimate",
    }


def pooling_warning(layer: PoolingLayer) -> str | None:
    """A warning (without the layer's name) for a pooling estimate weaker than the rest: io_parallel (LUT
    only; FF and cycles 0; a divider for an average over a window that is not a power of two not costed), and
    the kinds no stored report checks (io_stream average over more than one position, linebuffer pooling1d,
    io_parallel max)."""
    parts = []
    if not layer.stream:
        parts.append(
            "io_parallel: only its adders' or comparators' LUT is estimated; its FF and cycles are counted 0 "
            "(the reports: 290-10,792 FF, 0-3 cycles)"
        )
        if layer.divides:
            parts.append(
                f"the division by {layer.window} (not a power of two) is not costed (H10, dividing by 10, "
                "reports 2.6x its adders' LUT)"
            )
        if layer.padded_divisions:
            parts.append(PADDED_AVERAGE_NOTE)
        if layer.op == "max":
            parts.append(
                "its comparators are costed as adders (set 27's design totals, hls4ml's CI tests, have four "
                "io_parallel MaxPooling1D at twice this LUT)"
            )
    elif layer.function == "pooling1d_cl" and layer.implementation == "linebuffer":
        parts.append("no report of a line-buffer pooling1d_cl is stored; costed as a 2D pooling of height 1")
    elif layer.op == "average" and layer.window > 1:
        parts.append("no report of an io_stream average pooling over more than one position is stored")
    if not parts:
        return None
    return f"nnet::{layer.function} estimate is weak: " + "; ".join(parts)
