"""LUT and FF of hls4ml's io_stream zero padding (`nnet::zeropad2d_cl`, `nnet::zeropad1d_cl`,
`nnet_padding_stream.h`), which hls4ml inserts before every 'same'-padded convolution; fitted on the held-out
reports. Every number is an estimate (source "estimate").

The function reads no weights and computes nothing: its loops (2D: PadTop x out_width, PadMain = in_height
rows of PadLeft, CopyMain, PadRight, PadBottom x out_width; 1D: PadLeft, CopyMain, PadRight;
`glue._padding_loops`) each write one output word per iteration, a zero word or the input word copied
channel by channel. So:

* LUT = lut_channel * n_chan + lut_fixed: each channel of the output word is a stream whose write and
  select (zero or data) HLS builds per channel; the reports do not move with the element width (Vivado HLS:
  8 channels 469 LUT at 4, 16 and 32 bits; U1, U2, P3), so the width is not a feature;
* FF = ff_loop_bit * loop bits + ff_fixed, loop bits = the bits of each non-empty loop's trip count summed
  (`ZeroPaddingLayer.loop_bits`): the loops' counters and the state machine (Vivado HLS: 6/24/6 trips 22 FF,
  66/4224/66 trips 42 FF, at any channel count).
* latency = the output words + latency_fixed: each loop iteration writes one word, one a cycle, and the call
  returns after the last (the reports: Vivado HLS 34/1088/34 trips in 1159 cycles, 10/80/10 in 103; Vitis HLS
  15/120/15 in 163), and its interval is its latency (every report row's II equals its latency: one call
  holds the process). Under DATAFLOW it runs beside the convolution after it, which reads as many pixels,
  so it is the slowest process only when that convolution is faster (set 25's F1: 91 against 87). A
  "sequential" top's padding latency is `glue.sequential_zero_padding_latency`.

Constants per HLS tool by least absolute deviations, non-negative (`logic.least_absolute_deviations`;
latency_fixed: the median of latency less words), over the zero-padding instances of the held-out designs
that calibrate (`heldout.read_zero_padding_rows`, `fit_zero_padding_constants`); docs/cost-model-record.md
2.6 "Zero padding".
"""

from dataclasses import dataclass

import numpy as np

from fpgaprune.core.hardware.logic import (
    fit_instance_constants,
    leave_one_design_out_instances,
    weighted_sum,
)

FEATURES = {"lut": ("channels", "fixed"), "ff": ("loop_bits", "fixed")}
# Fitted by `fit_zero_padding_constants`, rounded to 4 digits; tests/core/hardware/test_padding.py checks they
# equal a fresh fit. Data (branch zeropad): Vivado HLS P3 (7), P6 (1), U1 (6), E3 (2); Vitis HLS S5 (2),
# S6 (2), E2 (2) (`heldout.read_zero_padding_rows`: the sets' calibrating designs; K2, U2, U3, X7, N1-N5
# are left out of the fits by `heldout.CALIBRATED_HELDOUT_SETS`/`STREAM_WRAPPER_SETS`). Before: not
# modelled (0 LUT, 0 FF; `glue.unmodelled_warnings` named them).
# latency_fixed (branch padlat): before, every io_stream padding was 0 cycles and II 1.
ZERO_PADDING_CONSTANTS = {
    "vivado": {
        "lut": {"channels": 33.0, "fixed": 205.0},
        "ff": {"loop_bits": 1.25, "fixed": 8.25},
        "latency_fixed": 3.0,
    },
    "vitis": {
        "lut": {"channels": 0.0, "fixed": 445.0},
        "ff": {"loop_bits": 3.875, "fixed": 7.875},
        "latency_fixed": 13.0,
    },
}


@dataclass(frozen=True)
class ZeroPaddingLayer:
    """One zero-padding call: its layer name, function, config, channels and loop trip counts (empty loops
    left out; `glue.design_zero_paddings` reads them from a project)."""

    name: str
    function: str
    config: str
    channels: int
    loops: tuple[int, ...]

    @property
    def words(self) -> int:
        """The output words it writes, one a loop iteration: the padded map's pixels (its loops' trips)."""
        return sum(self.loops)

    @property
    def loop_bits(self) -> int:
        """The bits of each loop's trip count, summed (the widths of its counters)."""
        return sum(int(trips).bit_length() for trips in self.loops)


def zero_padding_features(layer: ZeroPaddingLayer) -> dict:
    """The counts the `ZERO_PADDING_CONSTANTS` multiply."""
    return {"channels": float(layer.channels), "loop_bits": float(layer.loop_bits), "fixed": 1.0}


def estimate_zero_padding(layer: ZeroPaddingLayer, hls_tool: str, constants: dict | None = None) -> dict:
    """{lut, ff, latency_cycles, ii} of one zero padding (source "estimate"; `constants`: to use instead of
    `ZERO_PADDING_CONSTANTS[hls_tool]`)."""
    constants = constants or ZERO_PADDING_CONSTANTS[hls_tool]
    features = zero_padding_features(layer)
    cost = {
        resource: max(0, round(weighted_sum(constants[resource], {key: features[key] for key in keys})))
        for resource, keys in FEATURES.items()
    }
    latency = layer.words + round(constants["latency_fixed"]) if layer.words else 0
    return {**cost, "latency_cycles": latency, "ii": max(1, latency), "source": "estimate"}


def fit_zero_padding_constants(rows, hls_tool: str) -> dict:
    """`ZERO_PADDING_CONSTANTS[hls_tool]` from (ZeroPaddingLayer, report dict with lut, ff and latency, HLS
    tool, design) rows: least absolute deviations over the tool's rows, the constants kept non-negative (a
    channel or a counter bit costs no negative logic); latency_fixed the median of latency less words."""

    mine = [(layer, report) for layer, report, tool, _ in rows if tool == hls_tool]
    if not mine:
        raise ValueError(f"no {hls_tool} zero-padding instance to fit on")
    features = [zero_padding_features(layer) for layer, _ in mine]
    overheads = [report["latency"] - layer.words for layer, report in mine]
    constants = fit_instance_constants(features, [report for _, report in mine], FEATURES)
    return {**constants, "latency_fixed": float(np.median(overheads))}


def leave_one_design_out(rows) -> list[tuple]:
    """(row, estimate with its tool's constants fitted without the row's design) for every row."""
    return leave_one_design_out_instances(rows, estimate_zero_padding, fit_zero_padding_constants)
