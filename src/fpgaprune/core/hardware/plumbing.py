"""LUT, FF, latency and II of hls4ml's merge and stream-plumbing layers: `nnet::add`/`subtract` and
`concatenate1d/2d/3d` (nnet_merge_stream.h, io_stream; nnet_merge.h's io_parallel concatenations),
`nnet::resize_nearest` (nnet_image_stream.h, UpSampling2D), `nnet::clone_stream` and `nnet::repack_stream`
(nnet_stream.h, the copies hls4ml inserts for skip connections and reshapes). Every number is an estimate
(source "estimate"); docs/cost-model-record.md 2.6 "Merge and stream plumbing".

Structure, from the templates and the reports' per-function tables (branch plumbing):

* Loops: each function is one or two pipelined loops that move one stream word per iteration
  (`PlumbingLayer.loops`): clone, add, repack: N / word size; concatenate3d along channels (axis -1) one loop
  over the pixels reading both inputs, along rows/columns two; concatenate1d (io_stream) one loop per input;
  resize_nearest one loop over the input rows whose iteration writes ratio_h x width x ratio_w output words
  (its II, `states`), so its trips x II are the output pixels.
* Latency: each loop's trips + `PIPELINE_DEPTH` (2 for a loop that reads one stream and copies, 3 for one
  that reads two streams, adds, or packs a partial word: the reports' clone 4,096 -> 4,098 and add 4,096 ->
  4,099 cycles); II = latency (the reports: every such process restarts only when done). An io_parallel
  concatenation is wiring: 0 LUT, 0 FF, 0 cycles (R2's four concatenate1d instances).
* LUT = lut_port x ports + lut_mux_input x mux_inputs + lut_state x states + lut_indexed_bit x indexed_bits +
  lut_fixed, plus for add/subtract one tree adder per value (`logic.CONSTANTS[tool].lut_adder` x result
  bits, not refitted here). ports: the FIFO handshakes (each `blk_n` a 2-input mux in the reports): Vivado
  HLS splits a stream word into one FIFO per element, so the elements of every stream read or written; Vitis
  HLS keeps one FIFO per stream; concatenate2d/3d dispatch to a sub-function (`concatenate3d_2`, ...) that
  Vivado HLS keeps as an instance with its own handshakes, so twice. mux_inputs (resize_nearest): each output
  element's data multiplexer over the row's width (+2) pixels; states: the pipeline's stages, each one
  next-state input and block condition. indexed_bits: the bits of an output word written at a loop-variable
  position (concatenate1d io_stream, repack_stream packing a smaller word into a larger).
* FF = ff_register_bit x register_bits + ff_state x states + ff_fixed: register_bits the data a process
  holds across iterations (resize_nearest's row buffer width x n_chan x bits; the output word of
  concatenate1d and of a packing repack_stream).

Constants per HLS tool by least absolute deviations, non-negative (`logic.least_absolute_deviations`), on the
instances of the calibrating held-out designs (`heldout.read_plumbing_rows`: instances.csv's merge and
resize rows and data/plumbing_instances.csv's clone_stream/repack_stream rows, which the extraction script
leaves out of instances.csv for want of a config struct). Not modelled (`glue.unmodelled_warnings` still
names them): repack_stream unpacking a larger word into smaller ones (V3's 256 -> 1: 1,553 cycles where the
template's loop gives 1,026), broadcast_stream (the other merges, io_parallel and io_stream, dot1d and
transpose: `moreops`, docs/cost-model-record.md 2.16). Known misses of what is modelled: X7's 12 -> 384
packing repack_stream (Vivado HLS 2019.1: 6,341 cycles against the loop's 35; no Vivado HLS packing instance
calibrates its LUT), Vitis HLS concatenate1d's latency (S5, S6: 13 and 16 against 11), saturating adds
(AP_SAT: their logic is not in the adder price; N1, N2).
"""

import re
from dataclasses import dataclass

from fpgaprune.core.hardware.logic import (
    CONSTANTS,
    fit_instance_constants,
    leave_one_design_out_instances,
    weighted_sum,
)

FUNCTIONS = (
    "add",
    "subtract",
    "concatenate1d",
    "concatenate2d",
    "concatenate3d",
    "resize_nearest",
    "clone_stream",
    "repack_stream",
)
FEATURES = {
    "lut": ("ports", "mux_inputs", "states", "indexed_bits", "fixed"),
    "ff": ("register_bits", "states", "fixed"),
}
# Cycles a loop's pipeline adds to its trips (`PlumbingLayer.latency`): read in the reports, no fit. "copy":
# one input stream copied (clone_stream U1 x2, U2, N1, N2: trips + 2; resize_nearest U1 x2, U2, N1, N2, P3 x3:
# output pixels + 2; repack_stream 42 -> 42 V3: 28 + 2); "merge": two input streams read in one iteration,
# an addition, or a partial word packed (add N1 x3, N2 x3: + 3; concatenate3d U1 x2, U2: + 3; repack_stream
# 7 -> 42 V3: 168 + 3).
PIPELINE_DEPTH = {"copy": 2, "merge": 3}
# Fitted by `fit_plumbing_constants`, rounded to 4 digits; tests/core/hardware/test_plumbing.py checks they
# equal a fresh fit. Data (branch plumbing; `heldout.read_plumbing_rows`): Vivado HLS U1 (clone_stream x2,
# concatenate3d x2, resize_nearest x2; jeanleos/umons) and P3 (resize_nearest x3;
# ChiRuiChen/AutoEncoder_hls4ml): 9 instances, 2 designs of 2 repositories; Vitis HLS S5, S6 (concatenate1d
# io_stream; Alezander9/ML_FPGAonPixel) and V3 (repack_stream packing and copying; NuDAQ/CNN-Core-Generator):
# 4 instances, 3 designs of 2 repositories. N1, N2, U2 (and X7) are left out by
# `heldout.CALIBRATED_HELDOUT_SETS`/`STREAM_WRAPPER_SETS`: scored out of sample (docs/cost-model-record.md
# 2.6).
# Before: not modelled (0 LUT, 0 FF, 0 cycles).
PLUMBING_CONSTANTS = {
    "vivado": {
        "lut": {
            "ports": 9.3269,
            "mux_inputs": 5.0331,
            "states": 8.0769,
            "indexed_bits": 0.0,
            "fixed": 101.0769,
        },
        "ff": {"register_bits": 1.0003, "states": 0.9479, "fixed": 19.0},
    },
    "vitis": {
        "lut": {"ports": 0.0, "mux_inputs": 0.0, "states": 0.0, "indexed_bits": 0.9248, "fixed": 104.0926},
        "ff": {"register_bits": 0.7928, "states": 0.0, "fixed": 55.8704},
    },
}


@dataclass(frozen=True)
class PlumbingLayer:
    """One merge or plumbing call, as `design_plumbing` reads it from a project.

    Attributes:
        name, function, config: the layer (the call's comment), the nnet function, its config struct (or
            the template's N for clone_stream/repack_stream).
        stream: whether the call streams (io_stream); an io_parallel one is wiring.
        words: elements per word of every stream the call reads or writes (inputs first).
        loops: (trips, depth kind) of each pipelined loop, depth kind a `PIPELINE_DEPTH` key.
        levels: 2 when the function dispatches to a sub-function HLS keeps (concatenate2d/3d), else 1.
        mux_inputs, states, indexed_bits, register_bits, adder_bits: the counts of the module docstring.
    """

    name: str
    function: str
    config: str
    stream: bool
    words: tuple[int, ...] = ()
    loops: tuple[tuple[int, str], ...] = ()
    levels: int = 1
    mux_inputs: int = 0
    states: int = 0
    indexed_bits: int = 0
    register_bits: int = 0
    adder_bits: int = 0

    @property
    def latency(self) -> int:
        """Cycles of the call: each loop's trips + its `PIPELINE_DEPTH`; 0 for io_parallel wiring."""
        if not self.stream:
            return 0
        return sum(trips + PIPELINE_DEPTH[kind] for trips, kind in self.loops if trips > 0)


def plumbing_features(layer: PlumbingLayer, hls_tool: str) -> dict:
    """The counts the `PLUMBING_CONSTANTS` multiply (ports per the tool's FIFO split, module docstring)."""
    ports = sum(layer.words) if hls_tool == "vivado" else len(layer.words)
    return {
        "ports": float(ports * layer.levels),
        "mux_inputs": float(layer.mux_inputs),
        "states": float(layer.states),
        "indexed_bits": float(layer.indexed_bits),
        "register_bits": float(layer.register_bits),
        "fixed": 1.0,
    }


def estimate_plumbing(layer: PlumbingLayer, hls_tool: str, constants: dict | None = None) -> dict:
    """{lut, ff, latency_cycles, ii} of one merge or plumbing call (source "estimate"; `constants`: to use
    instead of `PLUMBING_CONSTANTS[hls_tool]`). An io_parallel call is 0 everywhere."""
    if not layer.stream:
        return {"lut": 0, "ff": 0, "latency_cycles": 0, "ii": 1, "source": "estimate"}
    constants = constants or PLUMBING_CONSTANTS[hls_tool]
    features = plumbing_features(layer, hls_tool)
    cost = {
        resource: weighted_sum(constants[resource], {key: features[key] for key in keys})
        for resource, keys in FEATURES.items()
    }
    cost["lut"] += CONSTANTS[hls_tool].lut_adder * layer.adder_bits
    cost = {resource: max(0, round(value)) for resource, value in cost.items()}
    return {**cost, "latency_cycles": layer.latency, "ii": max(1, layer.latency), "source": "estimate"}


def fit_plumbing_constants(rows, hls_tool: str) -> dict:
    """`PLUMBING_CONSTANTS[hls_tool]` from (PlumbingLayer, report dict with lut and ff, HLS tool, design)
    rows: least absolute deviations over the tool's io_stream rows, constants kept non-negative; the adders'
    LUT (`logic.CONSTANTS`) taken off the report first. A feature no row has is fitted 0."""
    mine = [(layer, report) for layer, report, tool, _ in rows if tool == hls_tool and layer.stream]
    if not mine:
        raise ValueError(f"no {hls_tool} merge or plumbing instance to fit on")
    features = [plumbing_features(layer, hls_tool) for layer, _ in mine]
    adder = CONSTANTS[hls_tool].lut_adder
    reports = [{**report, "lut": report["lut"] - adder * layer.adder_bits} for layer, report in mine]
    return fit_instance_constants(features, reports, FEATURES)


def leave_one_design_out(rows) -> list[tuple]:
    """(row, estimate with its tool's constants fitted without the row's design) for every io_stream row."""
    streaming = [row for row in rows if row[0].stream]
    return leave_one_design_out_instances(streaming, estimate_plumbing, fit_plumbing_constants)


# ---- reading the calls of a project ----
_CALL = re.compile(
    r"^\s*nnet::(" + "|".join(FUNCTIONS) + r")\s*<([^;]*?)>\s*\(([^;]*)\)\s*;(?:[ \t]*//[ \t]*(\S+))?",
    re.MULTILINE,
)


def _template_arguments(text: str) -> list[str]:
    """A template argument list split at its top-level commas."""
    parts, depth, current = [], 0, ""
    for char in text:
        if char == "<":
            depth += 1
        elif char == ">":
            depth -= 1
        if char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    return [*parts, current.strip()]


def design_plumbing(files) -> list[PlumbingLayer]:
    """The merge and plumbing calls (`FUNCTIONS`) of a project's top function (`project.ProjectFiles`) as
    `PlumbingLayer`s, but the ones this module does not cover (module docstring): io_parallel add/subtract
    (`moreops`) and repack_stream unpacking. A call's stream words and element widths come from its template
    types (`defines.h`), its sizes from its config struct (`parameters.h`) or, for clone_stream/repack_stream,
    the template's N."""
    from fpgaprune.core.hardware.precision import parse_precision
    from fpgaprune.core.hardware.project import _array_size, _resolve, _typedefs, define_macros

    types, macros = _typedefs(files.defines), define_macros(files.defines)
    layers = []
    for function, template, arguments, name in _CALL.findall(files.source):
        args = _template_arguments(template)
        streams = [argument.strip() for argument in arguments.split(",")]
        if function in ("clone_stream", "repack_stream"):
            config, settings = args[-1], {}
            types_used = [args[0]] + [args[1]] * (len(streams) - 1)
        else:
            config, settings = args[-1], _config(files.parameters, args[-1], macros)
            types_used = args[:-1] if function != "resize_nearest" else [args[0], args[0]]
        sizes = [_array_size(types, t) for t in types_used]
        stream = all(sizes)  # every type an `nnet::array` stream word
        bits = [parse_precision(_resolve(types, t)).width for t in types_used]
        words = tuple(sizes) if stream else ()
        layer = _layer(function, name or config, config, stream, words, bits, settings)
        if layer is not None:
            layers.append(layer)
    return layers


def _config(parameters: str, config: str, macros: dict) -> dict:
    """A config struct's integer constants (`project.struct_settings`; `axis` may be negative)."""
    from fpgaprune.core.hardware.project import struct_settings

    values = struct_settings(parameters, config, macros)
    return {key: int(value) for key, value in values.items() if value.lstrip("-").isdigit()}


def _layer(function, name, config, stream, words, bits, settings) -> PlumbingLayer | None:
    """The `PlumbingLayer` of one call (None: not modelled)."""
    common = {"name": name, "function": function, "config": config, "stream": stream}
    if not stream:  # nnet_merge.h: io_parallel concatenation copies wires; the arithmetic merges are left out
        return PlumbingLayer(**common) if function.startswith("concatenate") else None
    if function in ("add", "subtract"):
        trips = settings.get("n_elem", 0) // max(1, words[0])
        return PlumbingLayer(
            **common, words=words, loops=((trips, "merge"),), adder_bits=words[-1] * bits[-1]
        )
    if function == "clone_stream":
        return PlumbingLayer(**common, words=words, loops=((int(config) // max(1, words[0]), "copy"),))
    if function == "repack_stream":
        n, size_in, size_out = int(config), words[0], words[1]
        if size_in > size_out:
            return None
        if size_in == size_out:
            return PlumbingLayer(**common, words=words, loops=((n // size_in, "copy"),))
        out_bits = size_out * bits[1]
        return PlumbingLayer(
            **common,
            words=words,
            loops=((n // size_in, "merge"),),
            indexed_bits=out_bits,
            register_bits=out_bits,
        )
    if function == "resize_nearest":
        height, width, n_chan = (settings.get(key, 0) for key in ("height", "width", "n_chan"))
        ratio_h = settings.get("new_height", 0) // max(1, height)
        ratio_w = settings.get("new_width", 0) // max(1, width)
        states = ratio_h * width * ratio_w
        return PlumbingLayer(
            **common,
            words=words,
            loops=((height * states, "copy"),),
            mux_inputs=n_chan * (width + 2),
            states=states,
            register_bits=width * n_chan * bits[0],
        )
    return _concatenate(common, function, words, bits, settings)


def _concatenate(common: dict, function: str, words, bits, settings: dict) -> PlumbingLayer:
    """concatenate1d/2d/3d io_stream (nnet_merge_stream.h): along the last axis one loop over the pixels reads
    both inputs; along another, one loop per input (concatenate3d axis 2: both inside one row loop, counted
    as two loops here)."""
    axis = settings.get("axis", -1)
    n = {key: settings.get(key, 0) for key in ("n_elem1_0", "n_elem1_1", "n_elem2_0", "n_elem2_1")}
    if function == "concatenate1d":
        loops = ((n["n_elem1_0"] // max(1, words[0]), "copy"), (n["n_elem2_0"] // max(1, words[1]), "copy"))
        out_bits = words[-1] * bits[-1]
        return PlumbingLayer(
            **common, words=words, loops=loops, indexed_bits=out_bits, register_bits=out_bits
        )
    last = axis in (-1, 3) if function == "concatenate3d" else axis in (-1, 2)
    if function == "concatenate3d":
        first, second = n["n_elem1_0"] * n["n_elem1_1"], n["n_elem2_0"] * n["n_elem2_1"]
    else:
        first, second = n["n_elem1_0"], n["n_elem2_0"]
    loops = ((first, "merge"),) if last else ((first, "copy"), (second, "copy"))
    return PlumbingLayer(**common, words=words, loops=loops, levels=2)
