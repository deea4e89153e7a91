"""Read an hls4ml project directory (as `write()` leaves it) without TensorFlow or hls4ml.

What is read: the part, clock and clock uncertainty from what the HLS build reads (`build_prj.tcl`, the
`project.tcl` it sources, else `hls4ml_config.yml`: precedence in `read_project_config`), the backend and io
type from `hls4ml_config.yml`, `firmware/<project>.cpp` (the
Dense, Conv2D and Conv1D calls, `dense`, `conv_2d_cl`, `conv_1d_cl` and hls4ml's 1x1 forms
`pointwise_conv_2d_cl`, `pointwise_conv_1d_cl`, in order, with the layer name in the trailing comment; an
io_stream `pointwise_conv_2d_cl` gives a warning, `pointwise_warning`), `firmware/parameters.h` (each
layer's config struct: shape, reuse factor, strategy, io type), `firmware/defines.h` (the fixed-point
typedefs and, for older hls4ml, the sizes as macros) and `firmware/weights/w<N>.txt` (the weights, in the
order hls4ml stores them: transposed for the Resource strategies) and, if present,
`firmware/nnet_utils/nnet_code_gen.h` (HGQ's per-element quantizers: an input a quantizer sets to the
constant 0 makes every product it feeds vanish, as a zero weight does, so those kernel rows are read as
zero; an input it casts to a type of its own gives its kernel row that data operand width,
`LayerHardware.row_operand_bits`). A project whose `hls4ml_config.yml` is missing or unreadable (hls4ml 0.8
wrote some as a Python repr) takes its project name and backend from `project.tcl` (`set project_name`,
`set backend`).
"""

import ast
import operator
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache, cached_property, partial
from math import prod
from pathlib import Path
from types import MappingProxyType

import numpy as np
import yaml

from fpgaprune.core.hardware.constchan import NOT_PROCESSES
from fpgaprune.core.hardware.layer import (
    PRODUCTS,
    ConvWindow,
    LayerHardware,
    as_built,
    depthwise_kernel,
    live_window_taps,
    too_large_line,
)
from fpgaprune.core.hardware.multipliers import Target, tool_of_version
from fpgaprune.core.hardware.operands import AveragePool, Producer, element_bits, value_type
from fpgaprune.core.hardware.precision import parse_precision, quantize

_CALL = re.compile(
    r"nnet::(dense|conv_2d_cl|conv_1d_cl|pointwise_conv_2d_cl|pointwise_conv_1d_cl|depthwise_conv_2d_cl"
    r"|depthwise_conv_1d_cl)<\s*([\w:]+)\s*,\s*[\w:]+\s*,\s*(config\d+)\s*>\s*\(([^;]*)\);\s*//\s*(\S+)"
)


def top_call_pattern(functions) -> re.Pattern:
    """The calls `nnet::<function><template>(arguments); // layer` of a top function to one of `functions`,
    each found as (function, template arguments, call arguments, the comment's layer name or "")."""
    return re.compile(
        r"^\s*nnet::(" + "|".join(functions) + r")\s*<([^;]*?)>\s*\(([^;]*)\)\s*;[ \t]*(?://[ \t]*(\S+))?",
        re.MULTILINE,
    )


# hls4ml's GRU and LSTM layers, costed by `recurrent` (not by `project_layers`)
RECURRENT_FUNCTIONS = ("gru_stack", "lstm_stack")
RECURRENT_CALL = top_call_pattern(RECURRENT_FUNCTIONS)
# a weight layer hls4ml's distributed_arithmetic strategy writes as code (`<project>::dense_da_3<...>`)
_DISTRIBUTED_ARITHMETIC_CALL = re.compile(r"\b((?:\w+::)?\w+_da_\d+)\s*<")
# weight layers of hls4ml <= 0.5 that hls4ml >= 0.6 has no more (its Resource kernels: dense_resource,
# conv_2d_cl, ...); a 0.5 project's Latency calls (dense_latency, ...) are names hls4ml 1.x still has
_OLD_CALL = re.compile(r"\bnnet::(compute_layer|dense_large|conv_[12]d_large_c[lf])\s*<")
_STRUCT = re.compile(r"struct\s+(config\d+(?:_mult)?)\s*:\s*nnet::\w+\s*\{(.*?)\n\};", re.DOTALL)
_CONSTANT = re.compile(r"static const unsigned (\w+)\s*=\s*(nnet::)?(\w+(?:\s*\*\s*\w+)*)\s*;")
# `struct_settings`: int constants too (a concatenation's negative axis), a value may name nnet:: constants
_STRUCT_CONSTANT = re.compile(
    r"static const (?:unsigned|int)\s+(\w+)\s*=\s*(?:nnet::)?(-?\w+(?:\s*\*\s*\w+)*);"
)
_TYPEDEF = re.compile(r"typedef\s+(.+?)\s+(\w+);")
_DEFINE = re.compile(r"^\s*#define\s+(\w+)\s+(\d+)\s*$", re.MULTILINE)
_DEFINED_CONSTANT = re.compile(
    r"^\s*(?:static\s+)?const(?:expr)?\s+(?:unsigned|int)\s+(\w+)\s*=\s*(\d+)\s*;", re.MULTILINE
)
_ARRAY_ELEMENT = re.compile(r"nnet::array<\s*(.+?)\s*,\s*[\w*\s]+>$")
_QUANTIZER = re.compile(
    r"void\s+(\w+)\s*\(\s*input_t\s*\*\s*inp\s*,\s*output_t\s*\*\s*out\s*\)\s*\{(.*?)\n\}", re.DOTALL
)
_ZERO_OUTPUT = re.compile(r"out\[(\d+)\]\s*=\s*0\s*;")
_CAST_OUTPUT = re.compile(r"out\[(\d+)\]\s*=\s*(ap_u?(?:fixed|int)<[^<>;]*>)\s*\(\s*inp\[\d+\]\s*\)\s*;")
_QUANTIZER_CALL = re.compile(r"nnet::(\w+)<[^;()]*>\s*\(\s*(\w+)\s*,\s*(\w+)\s*\)\s*;")
_PRODUCER_CALL = re.compile(
    r"nnet::(linear|global_pooling1d_cl|global_pooling2d_cl)<\s*([\w:]+)\s*,\s*([\w:]+)\s*,\s*(\w+)\s*>"
    r"\s*\(\s*(\w+)\s*,\s*(\w+)\s*\)\s*;"
)
_AVERAGE = re.compile(r"pool_op\s*=\s*nnet::Average\b")
_ACCUMULATING_AVERAGE = re.compile(r"\baccum_t\s+avg\s*\(")


class HlsYamlLoader(yaml.SafeLoader):
    """A safe YAML loader for hls4ml's configuration files: hls4ml_config.yml carries tags such as
    `!keras_model 'path'` (hls4ml's own reader loads the model there); their values are not needed and read as
    None, no code or file behind them is run or opened."""


HlsYamlLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
# PyYAML's Python tags (`!!python/tuple`, a pickled KerasModel or torch objects: V4, T9, S7, R3): the safe
# loader refuses them, which made the whole config unreadable (then Backend came from project.tcl, where
# hls4ml 0.8-1.0 write "vivado" for Vitis projects too); their values are not needed either.
HlsYamlLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def read_weights_file(path: str | Path) -> np.ndarray:
    """The comma-separated values of an hls4ml weights .txt file, as float64."""
    path = Path(path)
    try:
        found, folder = path.is_file(), path.is_dir()
    except OSError:  # a name too long to be a path (a list of values given in its place, 2026-12-06)
        found = folder = False
    if not found:
        shown = str(path) if len(str(path)) <= 80 else f"{str(path)[:60]}... ({len(str(path))} characters)"
        what = "a folder, not a weights file" if folder else "no such weights file"
        raise FileNotFoundError(
            f"{shown}: {what} (give the file of values hls4ml writes, e.g. firmware/weights/w2.txt)"
        )
    try:
        text = path.read_text()
    except UnicodeDecodeError:  # the codec's message named neither the file nor what it should hold
        raise ValueError(
            f"{path}: not a text file (binary content); give the file of values hls4ml writes"
        ) from None
    return _values(text, path)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return not text.strip()  # an empty field is skipped, as `_values` skips it
    return True


def _values(text: str, path: Path) -> np.ndarray:
    """Comma-separated numbers as float64; ValueError naming `path` for a value that is no number or not
    finite."""
    text = text.replace("\n", " ").strip().rstrip(",")
    try:
        values = np.array([float(value) for value in text.split(",") if value.strip()], dtype=np.float64)
    except ValueError:
        bad = next(value.strip() for value in text.split(",") if not _is_number(value))
        shown = bad if len(bad) <= 40 else f"{bad[:40]}... ({len(bad)} characters)"  # a file of no commas
        raise ValueError(f"{path}: not a comma-separated list of numbers ({shown!r} is no number)") from None
    bad = np.flatnonzero(~np.isfinite(values))
    if bad.size:
        raise ValueError(
            f"{path}: {bad.size} of its {values.size} values are not finite "
            f"(value {bad[0]} is {values[bad[0]]}); "
            "the model that was converted has NaN or infinite weights: fix it and write the project again"
        )
    return values


def kernel_from_hls_order(layer: LayerHardware, flat: np.ndarray) -> np.ndarray:
    """The Keras-layout kernel from weights in hls4ml's stored order (transposed for Resource strategies).

    ValueError naming the expected count if `flat` has the wrong length.
    """
    if layer.depthwise:  # kernel_size x C weights, tap-major in either strategy's order
        return depthwise_kernel(layer, flat)
    flat = np.asarray(flat).ravel()
    if flat.size != layer.n_weights:
        raise ValueError(
            f"layer {layer.name}: the weights file has {flat.size} values, expected n_in*n_out = "
            f"{layer.n_in}*{layer.n_out} = {layer.n_weights}"
        )
    if layer.strategy == "latency":
        return flat.reshape(layer.kernel_shape)
    return flat.reshape(layer.n_out, layer.n_in).T.reshape(layer.kernel_shape)


@dataclass(frozen=True)
class ProjectFiles:
    """The files of an hls4ml project directory that an estimate reads more than once, read once
    (`read_project_files`): its configuration (`read_project_config`) and the texts of
    `firmware/<ProjectName>.cpp`, `parameters.h` and `defines.h`. The files each needed once are read where
    they are used: the weights files and `nnet_utils/` (`nnet_code_gen.h`, `nnet_pooling.h`, `nnet_conv1d.h`)
    by `project_layers`, the logs, report and tcl files naming the HLS tool by `synthesis_tool`."""

    root: Path
    config: Mapping
    source: str
    parameters: str
    defines: str
    firmware: Path  # root/firmware, or root itself for a firmware directory (`firmware_directory`)

    @property
    def name(self) -> str:
        """The project's name, that of its top function and its .cpp (hls4ml's default 'myproject')."""
        return self.config.get("ProjectName", "myproject")

    def weights(self, variable: str) -> np.ndarray | None:
        """The values of the weights array `variable`: hls4ml's `weights/<variable>.txt`, else its initialiser
        in a header (`weights/<variable>.h`, or any .h beside the firmware: a firmware directory packaged
        without the .txt files, such as a CMS L1 trigger emulator's `weights.h`); None when none holds it."""
        text_file = self.firmware / "weights" / f"{variable}.txt"
        if text_file.is_file():
            return read_weights_file(text_file)
        own = self.firmware / "weights" / f"{variable}.h"
        for header in sorted(self._headers, key=lambda path: path != own):  # its own header first
            values = header_array(self._headers[header], variable, header)
            if values is not None:
                return values
        return None

    @cached_property
    def _headers(self) -> dict[Path, str]:
        """The texts of the headers beside the firmware and in weights/, each read once (`weights`)."""
        paths = [*sorted(self.firmware.glob("*.h")), *sorted((self.firmware / "weights").glob("*.h"))]
        return {path: path.read_text(errors="replace") for path in paths}


def read_project_files(project_dir: str | Path, given: Mapping | None = None) -> ProjectFiles:
    """Read an hls4ml project directory's configuration and firmware texts once: a project written by hls4ml
    (`firmware/` inside it) or a firmware directory on its own (`parameters.h`, `defines.h` and the top
    function's .cpp, as packaged for an emulator: `firmware_directory`).

    Args:
        project_dir: the directory.
        given: hls4ml settings that replace the project's (`Part`, `ClockPeriod`): the part and clock a
            firmware directory does not name, or another target for a project.

    FileNotFoundError naming what is missing (`read_project_config`, `firmware/<project>.cpp`, `parameters.h`,
    `defines.h`).
    """
    root = Path(project_dir)
    firmware = firmware_directory(root)
    config = read_project_config(root, given)
    if firmware == root:
        config = {**config, "ProjectName": top_function_name(firmware, config.get("ProjectName"))}
    source = _read_text(firmware / f"{config.get('ProjectName', 'myproject')}.cpp")
    parameters, defines = _read_text(firmware / "parameters.h"), _read_text(firmware / "defines.h")
    return ProjectFiles(
        root, MappingProxyType(config), source, unindented_structs(parameters), defines, firmware
    )


_INDENTED_STRUCT = re.compile(r"^[ \t]+(?=struct\s+config\w*\s*:\s*nnet::)", re.MULTILINE)
_INDENTED_STRUCT_END = re.compile(r"^[ \t]+(?=\};[ \t]*$)", re.MULTILINE)


def unindented_structs(parameters: str) -> str:
    """parameters.h with its config structs at the line's start, as hls4ml writes them: a firmware directory
    whose parameters.h was wrapped in a namespace by hand indents them (CMS's CICADA emulator), and every
    reader finds a struct by `struct configN : nnet::...` and its end by a line `};`."""
    if not _INDENTED_STRUCT.search(parameters):
        return parameters
    return _INDENTED_STRUCT_END.sub("", _INDENTED_STRUCT.sub("", parameters))


def target_settings(part: str | None = None, clock_ns: float | None = None) -> dict:
    """The hls4ml settings `read_project_files(given=...)` takes from a part and clock period given by the
    user (`fpgaprune estimate --part --clock`, `estimate_project`): those given."""
    given = {"Part": part, "ClockPeriod": clock_ns}
    return {key: value for key, value in given.items() if value is not None}


def firmware_directory(root: Path) -> Path:
    """Where a project's firmware is: `root/firmware` (hls4ml's write()), or `root` itself when it holds
    `parameters.h` and `defines.h` and no firmware/ (the firmware alone, as CMS's L1 trigger emulators package
    hls4ml models: AXOL1TL, CICADA)."""
    inside = root / "firmware"
    if not inside.is_dir() and (root / "parameters.h").is_file() and (root / "defines.h").is_file():
        return root
    return inside


def top_function_name(firmware: Path, named: str | None) -> str:
    """The name of a firmware directory's top function, that of its .cpp: `named` (the ProjectName given)
    when that file is there, else the one .cpp that includes parameters.h (`GTADModel_v1.cpp`). ValueError
    naming the candidates when there is none or more than one."""
    if named and (firmware / f"{named}.cpp").is_file():
        return named
    tops = sorted(
        path.stem
        for path in firmware.glob("*.cpp")
        if '#include "parameters.h"' in path.read_text(errors="replace")
    )
    if len(tops) != 1:
        found = f"{len(tops)} do ({', '.join(tops)})" if tops else "none does"
        raise ValueError(
            f"{firmware}: the top function's .cpp is the one that includes parameters.h, and {found}; "
            "give its project in an hls4ml_config.yml (ProjectName) or keep only that one"
        )
    return tops[0]


def header_array(text: str, variable: str, path: Path) -> np.ndarray | None:
    """The values of `variable`'s initialiser in the C header `text` (`weight2_t w2[1824] = {0.125, ...};`;
    `path` names it in an error), None when the header has none."""
    match = re.search(rf"\b{re.escape(variable)}\s*\[[^\]]*\]\s*=\s*\{{([^}}]*)\}}", text)
    return None if match is None else _values(match.group(1), path)


def read_project(
    project_dir: str | Path, hls_tool: str | None = None, hls_version: str | None = None
) -> tuple[list[LayerHardware], list[np.ndarray], Target]:
    """The weight layers of an hls4ml project, their kernels (Keras layout) and the target.

    Args:
        project_dir: directory written by hls4ml's `write()`.
        hls_tool: the HLS tool that synthesises the project ('vivado' or 'vitis'); None: the tool the
            project's own files name (`synthesis_tool`), else the one of its backend.
        hls_version: its version ('2023.1'); None: the one the project's files name (`synthesis_version`).

    Returns:
        (layers, kernels, target); FileNotFoundError / ValueError naming what is missing.
    """
    return project_layers(read_project_files(project_dir), hls_tool, hls_version)


def _refuse_old_layers(files: ProjectFiles) -> None:
    """One line when the top function calls weight layers of hls4ml <= 0.5 (`nnet::dense_large`, ...): their
    kernels are not the ones the cost model reads (a 0.5-era CNN's project was refused as having no Dense or
    Conv2D layer call at all)."""
    old = sorted(set(_OLD_CALL.findall(files.source)))
    if not old:
        return
    names, source = ", ".join(f"nnet::{name}" for name in old), files.firmware / f"{files.name}.cpp"
    raise ValueError(
        f"{source}: calls {names}, the weight layers of hls4ml <= 0.5, which the "
        "estimate does not read (it models the kernels of hls4ml >= 0.6): write the project again with "
        "hls4ml >= 0.6, or take the numbers of its own synthesis (csynth report)"
    )


def _estimable_without_weight_layers(files: ProjectFiles) -> bool:
    """Whether a top without weight layers is estimated from its other layer calls (pooling, activations,
    ...): an io_parallel one that makes any (set 27's poolings, hls4ml's CI tests). An io_stream one is
    not: its schedule and FIFOs are read from its weight layers' io type."""
    return "hls::stream" not in files.source and process_count(files) > 0


_PROCESS = re.compile(r"^\s*nnet::(\w+)\s*<", re.MULTILINE)


def process_count(files: ProjectFiles) -> int:
    """The layer calls (`nnet::` functions, weight loading and debugging left out) of the top function."""
    return sum(1 for name in _PROCESS.findall(files.source) if name not in NOT_PROCESSES)


def project_layers(
    files: ProjectFiles, hls_tool: str | None = None, hls_version: str | None = None
) -> tuple[list[LayerHardware], list[np.ndarray], Target]:
    """`read_project` of a project already read (`read_project_files`); reads its weights files."""
    _refuse_old_layers(files)
    calls = _CALL.findall(files.source)
    if not calls and not RECURRENT_CALL.search(files.source):  # a GRU/LSTM alone: `recurrent` costs it
        source = files.firmware / f"{files.name}.cpp"
        if distributed := _DISTRIBUTED_ARITHMETIC_CALL.search(files.source):
            raise ValueError(
                f"{source}: its weight layers are hls4ml's distributed-arithmetic code "
                f"({distributed.group(1)}: Strategy distributed_arithmetic, da4ml's adder graphs), which the "
                "cost model does not estimate (it models hls4ml's Latency and Resource kernels)"
            )
        if _estimable_without_weight_layers(files):  # pooling or activations alone, io_parallel
            return [], [], project_target(files, hls_tool, hls_version)
        found = f"{files.root}: no Dense, Conv1D, Conv2D, GRU or LSTM layer call found in {source.name}"
        if not process_count(files):
            raise ValueError(
                f"{found}, nor any other layer call: the design has no layer to estimate (hls4ml writes an "
                "io_parallel Flatten or Reshape as no call)"
            )
        raise ValueError(
            f"{found}; the estimate starts from them, so a design of pooling or activation layers alone is "
            "estimated only for io_parallel: give the hls4ml project of a model with at least one such layer"
        )
    firmware = files.firmware
    bodies = dict(_STRUCT.findall(files.parameters))
    _refuse_unclosed_structs(bodies, files.firmware / "parameters.h")
    macros = define_macros(files.defines)
    structs = {name: _constants(body, macros) for name, body in bodies.items()}
    types = _typedefs(files.defines)
    io_type = project_io_type(files.config, files.parameters)
    disagreement = io_type_disagreement(files.config, files.parameters)
    for warning in (disagreement, unknown_backend_warning(files.config)):
        if warning:
            warnings.warn(warning, stacklevel=2)
    quantized = quantizer_outputs(files.source, firmware / "nnet_utils" / "nnet_code_gen.h")
    pooling = firmware / "nnet_utils" / "nnet_pooling.h"
    pipelined_library = cache(partial(library_pointwise_pipelined, firmware / "nnet_utils"))  # read once
    producers = operand_producers(files.source, bodies, structs, types, pooling)
    unreshaped_weights = library_leaves_weights_unreshaped(firmware / "nnet_utils", files)
    storage_free = library_leaves_weight_storage_free(firmware / "nnet_utils", files)
    layers, kernels = [], []
    for kind, input_type, config_name, arguments, name in calls:
        unmodelled = depthwise_unmodelled(
            kind, structs.get(config_name, {}), structs.get(f"{config_name}_mult"), io_type
        )
        if unmodelled:
            warnings.warn(f"{name}: {unmodelled}", stacklevel=2)
            continue
        written = _struct_layer(kind, name, structs, bodies, config_name, types, input_type, io_type)
        if kind == "pointwise_conv_1d_cl" and _latency_kernel(written) and pipelined_library():
            written = replace(written, parallelization_factor=written.output_positions)
        input_var, _, weight_var = (part.strip() for part in arguments.split(",")[:3])
        if io_type == "io_parallel" and reshaped_port(files.source, input_var):
            written = replace(written, input_packed=True)
        if written.weights_in_bram and unreshaped_weights:
            written = replace(written, weights_unreshaped=True)
        if written.weights_in_bram and storage_free:
            written = replace(written, weights_storage_free=True)
        layer = _with_operand(as_built(written, project_backend(files.config)), input_var, producers)
        elements = quantized.get(input_var, {}) if kind == "dense" else {}
        layer = _with_element_operands(layer, elements)
        warning = pointwise_warning(kind, layer, "n_partitions" in structs.get(config_name, {}))
        warning = warning or depthwise_warning(layer) or whole_call_conv_warning(layer)
        if warning:
            warnings.warn(warning, stacklevel=2)
        if too_large := too_large_line(layer):  # before its weights are read
            raise ValueError(too_large)
        weights = _layer_weights(files, weight_var, name)
        try:
            quantize(weights, layer.weight_type)  # NaN or a value far outside the type: named with its file
        except ValueError as error:
            path = files.firmware / "weights" / f"{weight_var}.txt"
            raise ValueError(f"{path}: layer {name}: {error}") from None
        kernel = binary_kernel(layer, kernel_from_hls_order(layer, weights))
        layers.append(layer)
        dead = {index for index, element in elements.items() if element is None}
        kernels.append(_without_inputs(layer, kernel, dead))
    return layers, kernels, project_target(files, hls_tool, hls_version)


def reshaped_port(source: str, variable: str) -> bool:
    """Whether the top function packs `variable` into one word (`#pragma HLS ARRAY_RESHAPE`, hls4ml's
    io_parallel input port), also through the references hls4ml 1.x writes for a Flatten or Reshape of it
    (`auto& layer2_out = model_input;`)."""
    seen = set()
    while variable not in seen:
        if re.search(rf"ARRAY_RESHAPE\s+variable\s*=\s*{re.escape(variable)}\b", source):
            return True
        seen.add(variable)
        referenced = re.search(rf"auto\s*&\s*{re.escape(variable)}\s*=\s*(\w+)\s*;", source)
        variable = referenced.group(1) if referenced else variable
    return False


_INNER_STRUCT = re.compile(r"\bstruct\s+(\w+)\s*:")


def _refuse_unclosed_structs(bodies: dict[str, str], path: Path) -> None:
    """ValueError naming a layer struct that another struct begins inside (a cut or edited parameters.h: the
    next struct's sizes were read as its own, and the weights file blamed, a review, 2026-12-07)."""
    for name, body in bodies.items():
        if inner := _INNER_STRUCT.search(body):
            raise ValueError(
                f"{path}: struct {name} is not closed before struct {inner.group(1)} begins; the file is cut "
                "or edited: write the project again with hls4ml's write()"
            )


def _layer_weights(files: ProjectFiles, variable: str, layer: str) -> np.ndarray:
    """A weight layer's weights (`ProjectFiles.weights`); FileNotFoundError naming the layer and the fix."""
    values = files.weights(variable)
    if values is None:
        raise FileNotFoundError(
            f"{files.firmware / 'weights' / f'{variable}.txt'}: layer {layer}'s weights file is missing (nor "
            f"does a header initialise {variable}); write the project again with hls4ml's write() (it writes "
            "firmware/weights/) or copy the whole project directory"
        )
    return values


def _struct_layer(kind, name, structs, bodies, config_name, *rest) -> LayerHardware:
    """`_layer`, with a member its config struct lacks named in one line (ValueError), not a KeyError."""
    try:
        return _layer(kind, name, structs, bodies, config_name, *rest)
    except KeyError as missing:
        raise ValueError(
            f"layer {name}: struct {config_name} in firmware/parameters.h has no {missing.args[0]}; the file "
            "is incomplete or edited: write the project again with hls4ml's write()"
        ) from None
    except ValueError as error:
        if str(error).startswith("invalid literal for int()"):  # `reuse_factor = abc;`
            value = str(error).partition(": ")[2]
            raise ValueError(
                f"layer {name}: struct {config_name} in firmware/parameters.h holds {value} where a count is "
                "written; the file is edited: write the project again with hls4ml's write()"
            ) from None
        raise


def weights_as_ports(files: ProjectFiles) -> list[str]:
    """The weight layers whose weights are arguments of the top function, not constants in the firmware.

    hls4ml's `BramFactor` makes every weight array larger than it a port of the top function (a memory
    interface): the design then multiplies by variables, so zero and power-of-two weights are not free and
    reading the weights takes cycles, none of which the cost model (constant weights) covers.
    """
    top = re.search(rf"void\s+{re.escape(files.name)}\s*\(([^)]*)\)", files.source)
    ports = set(re.findall(r"(\w+)\s*\[", top.group(1))) if top else set()
    calls = _CALL.findall(files.source)
    return [name for _, _, _, arguments, name in calls if arguments.split(",")[2].strip() in ports]


def pointwise_warning(call: str, layer: LayerHardware, has_partitions: bool = True) -> str | None:
    """A line naming a layer hls4ml built with a pointwise kernel the model's Conv2D/Conv1D path does not
    describe, else None.

    Args:
        call: the firmware's function (`pointwise_conv_2d_cl`, `conv_2d_cl`, ...).
        layer: the layer read from it.
        has_partitions: whether its config struct has `n_partitions` (hls4ml 0.7 and later write it).
    """
    if not call.startswith("pointwise"):
        return None
    if layer.io_type == "io_stream":
        return stream_pointwise_warning(call, layer)
    # hls4ml 0.6's nnet_conv{1,2}d_latency.h: pointwise_conv_*_cl is its all-pixel Latency kernel, called
    # whatever the strategy (0.7 and later dispatch on the strategy, as conv_*_cl does)
    if not has_partitions and layer.strategy != "latency":
        return (
            f"{layer.name}: hls4ml 0.6 runs an io_parallel {call} with its Latency kernel whatever the "
            f"strategy; the model costs the {layer.strategy} kernel, so this layer's estimate does not hold"
        )
    return None


def whole_call_conv_warning(layer: LayerHardware) -> str | None:
    """A line for an io_parallel Latency convolution of hls4ml 0.2-0.6 (`LayerHardware.whole_call_conv`),
    whose logic and latency no stored report of that template calibrates, else None."""
    if not layer.whole_call_conv:
        return None
    return (
        f"{layer.name}: hls4ml <= 0.6's io_parallel Latency {layer.kind} (no n_partitions in parameters.h) "
        f"computes all {layer.output_positions} positions in one pipelined call: its multipliers and II "
        "follow that template, its LUT, FF and latency are the 0.7+ kernel's, not calibrated on that "
        "template"
    )


def depthwise_unmodelled(kind: str, outer: dict, mult: dict | None, io_type: str = "io_stream") -> str | None:
    """Why a depthwise call's layer is not read (its estimate left out of the totals), else None.

    The model describes hls4ml's constant-weight depthwise kernel at depth multiplier 1 (hls4ml 1.3 asserts
    n_filt == n_chan): `DepthwiseDenseLatency` / the Latency `depthwise_product` (io_stream),
    `depthwise_conv_*d_latency_cl` (io_parallel), and the io_stream Resource kernels at RF 1 (constant
    weights). hls4ml 1.1-1.3's io_stream Resource kernels at RF > 1 (`DepthwiseDenseResource_*`, weights in a
    ROM of kernel_size x C words) are not described; an io_parallel depthwise layer under the Resource
    strategy calls no kernel at all (`nnet_sepconv{1,2}d.h`, 1.0-1.3: `assert("Resource strategy for
    DepthwiseConv2D is not supported." && false)`, which synthesis drops), so the model costs nothing there.
    """
    if not kind.startswith("depthwise") or not outer:
        return None
    settings = mult or outer
    if io_type == "io_parallel" and str(settings.get("strategy", "latency")) != "latency":
        return (
            f"hls4ml's io_parallel nnet::{kind} under the {settings['strategy']} strategy calls no kernel "
            "(its library asserts 'not supported'); not modelled"
        )
    if "n_filt" in outer and "n_chan" in outer and int(outer["n_filt"]) != int(outer["n_chan"]):
        return (
            f"hls4ml's nnet::{kind} with a depth multiplier above 1 ({outer['n_filt']} filters on "
            f"{outer['n_chan']} channels) is not modelled"
        )
    if str(settings.get("strategy", "latency")) != "latency" and int(settings.get("reuse_factor", 1)) > 1:
        return (
            f"hls4ml's nnet::{kind} with the Resource strategy at reuse factor {settings['reuse_factor']} "
            "(its weights in a ROM) is not modelled"
        )
    return None


def depthwise_warning(layer: LayerHardware) -> str | None:
    """One line saying how a depthwise layer is costed and what checks it (None for other layers)."""
    if not layer.depthwise:
        return None
    call = "depthwise_conv_2d_cl" if layer.kind == "conv2d" else "depthwise_conv_1d_cl"
    if layer.io_type == "io_parallel" and layer.kind == "conv2d":
        checked = (
            "one public report checks them (held-out K6, Vivado HLS 2020.1: DSP, latency and II as reported, "
            "the LUT and FF estimates far under it)"
        )
    else:
        checked = (
            f"no report of an {layer.io_type} {call} checks them (the one public report, K6, is an "
            "io_parallel depthwise_conv_2d_cl)"
        )
    return (
        f"{layer.name}: hls4ml's {call} is estimated as a block-diagonal {layer.kind} (each channel's "
        "kernel_size products into its own adder tree; DSP by the constant-product rules); its LUT, FF and "
        f"latency estimates use the convolution constants, and {checked}"
    )


def stream_pointwise_warning(call: str, layer: LayerHardware) -> str:
    """One line saying why an io_stream pointwise layer's estimate is only approximate.

    hls4ml writes a 1x1 Conv2D / kernel-1 Conv1D as `pointwise_conv_2d_cl` / `pointwise_conv_1d_cl`
    (`OptimizePointwiseConv`). In io_stream (`nnet_sepconv2d_stream.h`, `nnet_sepconv1d_stream.h`, the same
    from 0.5 to 1.3) it reads a word per pixel and calls the same per-pixel kernel as `conv_*_cl`
    (`pointwise_mult_buffer`) on every stride-th, but keeps no line buffer, shifted window or pixel counters;
    the model's stream wrapper counts no line buffer for it (filter height 1, `LayerHardware.has_line_buffer`)
    but does count the window and control terms; and it partitions the weights completely, which the ROM
    (BRAM) the model costs for Resource at RF > 1 may not survive.
    """
    rom = "; it partitions its weights completely, so the ROM (BRAM) estimate may not hold" * (
        layer.weights_in_bram
    )
    return (
        f"{layer.name}: hls4ml's io_stream {call} keeps no shifted window or pixel counters; the model "
        f"counts the {layer.kind} stream wrapper's window and control terms, so its LUT/FF are "
        f"approximate{rom}"
    )


def project_backend(config: dict) -> str:
    """The hls4ml backend a project was written for (`Backend`; hls4ml's default, Vivado, when absent)."""
    return str(config.get("Backend", "Vivado"))


# hls4ml's backends whose projects no AMD HLS tool builds, and the tool that does: their projects write other
# fixed-point types (ac_fixed), top functions and build flows than the Vivado/Vitis HLS ones the model is of
NON_AMD_HLS_BACKENDS = {
    "quartus": "Intel's HLS Compiler (Quartus)",
    "oneapi": "Intel's oneAPI compiler",
    "catapult": "Siemens's Catapult HLS",
    "libero": "Microchip's SmartHLS (Libero)",
}


# hls4ml's backends whose projects Vivado or Vitis HLS builds (hls4ml 0.5's Pynq among them), lower case
AMD_HLS_BACKENDS = ("vivado", "vitis", "vivadoaccelerator", "vitisaccelerator", "pynq")


def unknown_backend_warning(config: dict) -> str | None:
    """The warning for a Backend hls4ml has not had (`Backend: Foo` was estimated as Vivado HLS without a
    word, a review, 2026-12-07), or None."""
    backend = project_backend(config)
    if backend.lower() in AMD_HLS_BACKENDS or backend.lower() in NON_AMD_HLS_BACKENDS:
        return None
    return (
        f"hls4ml_config.yml's Backend {backend} is no hls4ml backend of an AMD HLS tool (Vivado, Vitis, "
        "VivadoAccelerator, VitisAccelerator): its files are read as the Vivado backend's, its HLS tool is "
        "the one its report or log names, else Vivado HLS (give its backend, or --hls-tool)"
    )


def refuse_non_amd_backend(config: dict, root: Path) -> None:
    """ValueError in one line for a project of a backend no Vivado/Vitis HLS builds (`NON_AMD_HLS_BACKENDS`),
    before any of its files is parsed as a Vivado/Vitis one. Other backends (Vivado, Vitis, VivadoAccelerator,
    VitisAccelerator, hls4ml 0.5's Pynq, ...) are read as the Vivado/Vitis projects they are."""
    backend = project_backend(config)
    tool = NON_AMD_HLS_BACKENDS.get(backend.lower())
    if tool is not None:
        raise ValueError(
            f"{root}: an hls4ml project of the {backend} backend, built by {tool}; fpgaprune's cost model is "
            "of AMD's Vivado HLS and Vitis HLS: write the model with backend='Vitis' (or 'Vivado') to "
            "estimate it"
        )


# the top function of a VivadoAccelerator project's build (`set_top ${project_name}_axi`), which wraps the
# network's in AXI-stream or AXI-lite copies
_AXI_TOP = re.compile(r"^\s*set_top\s+(\S*_axi)\b", re.MULTILINE)


def accelerator_wrapper_warning(files: ProjectFiles) -> str | None:
    """A line saying the build's top is an accelerator backend's AXI wrapper (`<project>_axi`, build_prj.tcl
    set_top), whose copy loops and registers the estimate, of the `<project>` function it calls, does not
    count; None for a project built at its network's own top."""
    build = files.root / "build_prj.tcl"
    found = _AXI_TOP.search(build.read_text(errors="replace")) if build.is_file() else None
    if found is None:
        return None
    top = re.sub(r"\$\{?project_name\}?", files.name, found.group(1))
    return (
        f"the build's top is {top} (an accelerator backend's AXI wrapper, build_prj.tcl set_top): these "
        f"totals are of {files.name}, which it calls; the wrapper's copy loops, registers and AXI adapters "
        "(LUT, FF, latency and any memory they take) are not in them"
    )


def quantizer_outputs(source: str, code_gen: Path) -> dict:
    """Array name -> {element index: the type an HGQ quantizer (`nnet_code_gen.h`) casts it to, or None for an
    element it sets to the constant 0}, for each array a quantizer writes.

    HGQ's generated quantizers give each element its own quantizer: `out[i] = ap_ufixed<w,i,...>(inp[i]);`
    or `out[i] = 0;` (the element's type in the array is the quantizer's output type, wider or equal).

    Args:
        source: the project's top function (`firmware/<project>.cpp`), where each quantizer is called as
            `nnet::<name><...>(in, out);`.
        code_gen: the generated quantizer definitions; an absent file (no HGQ layer) gives {}.
    """
    if not code_gen.is_file():
        return {}
    elements = {}
    for name, body in _QUANTIZER.findall(code_gen.read_text()):
        cast = {int(i): parse_precision(text) for i, text in _CAST_OUTPUT.findall(body)}
        elements[name] = cast | {int(i): None for i in _ZERO_OUTPUT.findall(body)}
    return {out: elements[name] for name, _, out in _QUANTIZER_CALL.findall(source) if elements.get(name)}


def operand_producers(source: str, bodies: dict, structs: dict, types: dict, pooling: Path) -> dict:
    """Array name -> `operands.Producer` for the arrays the top function writes with `nnet::linear` or an
    average `global_pooling1d_cl`/`global_pooling2d_cl` (whose template `pooling`, the project's
    `nnet_utils/nnet_pooling.h`, tells apart; without it no average pooling is read as narrowing).

    Args:
        source: the top function (`firmware/<project>.cpp`).
        bodies, structs: parameters.h's config structs, as text and as their unsigned constants.
        types: defines.h's typedefs.
        pooling: the project's pooling template (absent in most held-out copies: then None).
    """
    template = pooling.read_text() if pooling.is_file() else None
    producers = {}
    for function, data_t, result_t, config_name, source_var, out_var in _PRODUCER_CALL.findall(source):
        pool = None
        if function != "linear":
            pool = _average_pool(bodies.get(config_name, ""), structs.get(config_name, {}), types, template)
            if pool is None:
                continue
        data_type, result_type = (parse_precision(_resolve(types, t)) for t in (data_t, result_t))
        producers[out_var] = Producer(function, source_var, data_type, result_type, pool)
    return producers


def _average_pool(body: str, constants: dict, types: dict, template: str | None) -> AveragePool | None:
    """An average pooling's count, accumulator and template (None: a max pooling, or the template unknown)."""
    if template is None or not _AVERAGE.search(body):
        return None
    aliases = {alias: name for name, alias in _TYPEDEF.findall(body)}
    if "accum_t" not in aliases:
        return None
    if "n_in" in constants:
        count = int(constants["n_in"])
    else:
        count = int(constants["in_height"]) * int(constants["in_width"])
    accum = parse_precision(_resolve(types, aliases["accum_t"]))
    return AveragePool(count, accum, bool(_ACCUMULATING_AVERAGE.search(template)))


def _with_operand(layer: LayerHardware, input_var: str, producers: dict) -> LayerHardware:
    """The layer with `operand_bits` set when its producer writes fewer bits than its input type has."""
    bits = value_type(input_var, layer.input_type, producers).width
    return replace(layer, operand_bits=bits) if bits < layer.input_type.width else layer


def _with_element_operands(layer: LayerHardware, elements: dict) -> LayerHardware:
    """The Dense layer with `row_operand_bits` set when an HGQ quantizer (`quantizer_outputs`) casts its
    inputs to types of their own: each row's width is `operands.element_bits` of its element's cast (0 for an
    element set to 0, the layer's `data_operand_bits` for one no quantizer line names)."""
    if not any(element is not None for element in elements.values()):
        return layer
    _check_elements(layer, elements)
    declared = layer.data_operand_bits
    rows = [declared] * layer.n_in
    for index, element in elements.items():
        rows[index] = 0 if element is None else min(element_bits(element, layer.input_type), declared)
    return replace(layer, row_operand_bits=tuple(rows)) if rows != [declared] * layer.n_in else layer


def _check_elements(layer: LayerHardware, indices) -> None:
    """ValueError when a code-gen quantizer names an input the layer does not have."""
    if indices and max(indices) >= layer.n_in:
        raise ValueError(
            f"layer {layer.name}: firmware/nnet_utils/nnet_code_gen.h sets input {max(indices)}, but the "
            f"layer has {layer.n_in} inputs; the file does not belong to this project"
        )


def _without_inputs(layer: LayerHardware, kernel: np.ndarray, rows) -> np.ndarray:
    """The Dense kernel with the rows of constant-zero inputs zeroed (HLS removes those products)."""
    if not rows:
        return kernel
    _check_elements(layer, rows)
    kernel = kernel.copy()
    kernel[sorted(rows), :] = 0.0
    return kernel


def _layer(kind, name, structs, bodies, config_name, types, input_type, io_type) -> LayerHardware:
    if config_name not in structs:
        raise ValueError(f"layer {name}: struct {config_name} not found in firmware/parameters.h")
    outer = structs[config_name]
    mult = structs.get(f"{config_name}_mult", outer)
    body = bodies.get(f"{config_name}_mult", bodies[config_name])
    weight_t, accum_t = _struct_types(body)
    product = struct_product(body, name)
    settings = {
        "reuse_factor": int(mult["reuse_factor"]),
        "strategy": mult["strategy"],
        "io_type": io_type,
        # a binary layer's xnor bit (0 for -1) is costed as the +-1 it stands for (`LayerHardware.product`)
        "weight_type": "ap_int<2>" if product == "weight_binary" else _resolve(types, weight_t),
        "input_type": _resolve(types, input_type),
        "accum_type": _resolve(types, accum_t),
        "product": product,
    }
    if kind == "dense":
        pack = _array_size(types, input_type) if io_type == "io_stream" else 0
        shape = (int(outer["n_in"]), int(outer["n_out"]))
        return LayerHardware(name, "dense", shape, stream_input_pack=pack, **settings)
    if kind.startswith("depthwise"):  # the block-diagonal Conv2D/Conv1D (`LayerHardware.depthwise`)
        settings["depthwise"] = True
    if kind in ("conv_2d_cl", "pointwise_conv_2d_cl", "depthwise_conv_2d_cl"):  # the same conv2d_config
        shape = tuple(int(outer[key]) for key in ("filt_height", "filt_width", "n_chan", "n_filt"))
        outputs = int(outer["out_height"]) * int(outer["out_width"])
        inputs = int(outer["in_height"]) * int(outer["in_width"])
        return _conv_layer(name, "conv2d", shape, outputs, inputs, outer, settings)
    layer = _conv1d_layer(name, outer, settings)
    if kind == "pointwise_conv_1d_cl" and code_generated_pointwise(bodies[config_name], layer):
        return replace(layer, parallelization_factor=layer.output_positions, split_pointwise=True)
    return layer


_CODEGEN_POINTWISE = re.compile(
    r"conv_implementation::pointwise\b|using\s+conv_kernel\s*=\s*nnet::pointwise_conv_\d+"
)


def code_generated_pointwise(body: str, layer: LayerHardware) -> bool:
    """Whether an io_parallel Latency `pointwise_conv_1d_cl` runs hls4ml's all-position pointwise kernel.

    hls4ml 1.0-1.1 (`pointwise_codegen.py`: the config's `conv_kernel = nnet::pointwise_conv_<N>`) and the
    development version of H10, J1-J3 (`implementation = nnet::conv_implementation::pointwise`,
    `pointwise_conv_1d_latency_cl_split_by_rf`) split the input into RF slices and call
    `pointwise_conv_1d_latency_cl` once on each, all unrolled: every output position is computed in one call
    whatever `n_partitions` says (which only the unused `fill_buffer` reads). The layer is then read with
    ParallelizationFactor = out_width, the form hls4ml 1.2-1.3 gives it (`LayerHardware.batched_pointwise`),
    and `split_pointwise` (its RF ALLOCATION limits, `cost._split_pointwise_limit`).
    """
    return (
        layer.strategy == "latency"
        and layer.io_type == "io_parallel"
        and bool(_CODEGEN_POINTWISE.search(body))
    )


_WEIGHTS_RESHAPE = re.compile(r"#pragma\s+HLS\s+ARRAY_RESHAPE\s+variable\s*=\s*weights\b")


def library_leaves_weights_unreshaped(nnet_utils: Path, files: ProjectFiles) -> bool:
    """Whether the project's Resource kernel reads its weights without hls4ml's `ARRAY_RESHAPE`.

    hls4ml 0.7.0-0.8.1's Vitis backend shipped its own `nnet_dense_resource.h` ("we don't apply
    ARRAY_RESHAPE pragma as Vitis figures this out on its own"; added in 94dbe80, removed in a9b0fad before
    1.0.0); every other template reshapes the weights by the block factor. Read from the project's
    `nnet_dense_resource.h` when it ships one; else a Vitis-backend project whose `parameters.h` has no
    `using kernel =` (the pre-1.0 code generator; 1.x writes it for every Dense config)."""
    library = nnet_utils / "nnet_dense_resource.h"
    if library.is_file():
        return "dense_resource" in (text := library.read_text()) and not _WEIGHTS_RESHAPE.search(text)
    return project_backend(files.config).lower() == "vitis" and "using kernel" not in files.parameters


_WEIGHTS_BINDING = re.compile(
    r"^[ \t]*#pragma\s+HLS\s+(?:RESOURCE|BIND_STORAGE)\s+variable\s*=\s*weights\b",
    re.MULTILINE | re.IGNORECASE,
)


def library_leaves_weight_storage_free(nnet_utils: Path, files: ProjectFiles) -> bool:
    """Whether the project's Resource kernel leaves the weight ROM's storage to HLS (no binding pragma).

    hls4ml 1.0.0 binds the reshaped weights (`#pragma HLS RESOURCE variable=weights core=ROM_nP_BRAM` at RF
    > 1, #798, merged after the 0.8 branch); 0.5-0.8.1 ship the binding commented out ("Commenting out the
    deisgnation HLS seems to choose correctly"). Read from the project's `nnet_dense_resource.h` when it
    ships one; else from `parameters.h`: the 1.x code generator writes `using kernel =` in every Dense config,
    the older ones none (checked on the fetched libraries of K6, P1, P2, U1, U2 (bound, `using kernel`) and
    H10, K5, K7-K9, S10-S12, T8, V5, X1-X7, N1-N5 (free, none)). A development version of mid 2023 to mid
    2024 (binding, no `using kernel`) is read as free when it ships no library."""
    library = nnet_utils / "nnet_dense_resource.h"
    if library.is_file():
        return "dense_resource" in (text := library.read_text()) and not _WEIGHTS_BINDING.search(text)
    return "using kernel" not in files.parameters


_FUNCTION_PIPELINE = re.compile(r"#pragma\s+HLS\s+PIPELINE\s*\n(?:(?!PartitionLoop:)[\s\S])*PartitionLoop:")


def library_pipelines_pointwise(nnet_utils: Path, layer: LayerHardware) -> bool:
    """Whether the project's own `pointwise_conv_1d_cl` pipelines the whole call (every position at once).

    hls4ml's io_parallel Latency `conv_1d_latency_cl` (0.7-1.3) pipelines its `PartitionLoop` (`PIPELINE
    II=RF rewind`), one partition of out_width / PF positions an iteration. Held-out M2's library
    (CMS-L1T-Jet-Tagging/TrainTagger, a development version near hls4ml 1.0) is edited: its
    `pointwise_conv_1d_cl` has the kernel's body with a function-scope `#pragma HLS PIPELINE` before the
    loop (and `ALLOCATION ... limit=4096`), so Vitis HLS unrolls the loop and computes every position in
    one II-1 pipeline (its report: interval 1, no loop). Read from `nnet_conv1d.h` (the body of
    `pointwise_conv_1d_cl`, or of `conv_1d_latency_cl` in `nnet_conv1d_latency.h` when it calls that);
    False when the files are not there (the projects of sets 1-17 do not carry them)."""
    return _latency_kernel(layer) and library_pointwise_pipelined(nnet_utils)


def _latency_kernel(layer: LayerHardware) -> bool:
    """Whether the layer takes hls4ml's io_parallel Latency kernel (`library_pipelines_pointwise`)."""
    return layer.io_type == "io_parallel" and layer.strategy == "latency"


def library_pointwise_pipelined(nnet_utils: Path) -> bool:
    """The library part of `library_pipelines_pointwise`: whether the project's `pointwise_conv_1d_cl` (or the
    `conv_1d_latency_cl` it calls) has a function-scope `#pragma HLS PIPELINE` before its `PartitionLoop`."""
    body = _function_body(nnet_utils / "nnet_conv1d.h", "pointwise_conv_1d_cl")
    if "conv_1d_latency_cl<" in body and "PartitionLoop:" not in body:
        body = _function_body(nnet_utils / "nnet_conv1d_latency.h", "conv_1d_latency_cl")
    return bool(_FUNCTION_PIPELINE.search(body))


def _function_body(path: Path, function: str) -> str:
    """The text of `void function(` up to the next template declaration ('' when absent)."""
    if not path.is_file():
        return ""
    text = path.read_text()
    start = text.find(f"void {function}(")
    if start < 0:
        return ""
    end = text.find("template", start)
    return text[start : end if end > 0 else len(text)]


def _conv1d_layer(name: str, outer: dict, settings: dict) -> LayerHardware:
    """A `conv_1d_cl` / `pointwise_conv_1d_cl` call's layer from its `conv1d_config` struct: kernel
    (filt_width, n_chan, n_filt), out_width output positions, in_width input positions (hls4ml puts padding
    in in_width or in a zero-padding layer before it)."""
    shape = tuple(int(outer[key]) for key in ("filt_width", "n_chan", "n_filt"))
    outputs, inputs = int(outer["out_width"]), int(outer["in_width"])
    return _conv_layer(name, "conv1d", shape, outputs, inputs, outer, settings)


def _conv_layer(name, kind, shape, outputs: int, inputs: int, outer: dict, settings: dict) -> LayerHardware:
    """A convolution's LayerHardware; ParallelizationFactor = output positions / `n_partitions`.

    A struct without n_partitions is hls4ml 0.2-0.6's: its io_parallel Latency kernel computes every
    position in one pipelined call (`LayerHardware.whole_call_conv`, read with PF = output positions and one
    partition); its io_parallel Resource kernel (`conv_*d_resource_cl`: a `ColLoop` over the positions, each
    `dense_resource` on one window) and its io_stream kernels one position at a time (PF 1)."""
    layer = LayerHardware(
        name,
        kind,
        shape,
        output_positions=outputs,
        input_positions=inputs,
        parallelization_factor=outputs // int(outer.get("n_partitions", outputs)),
        window_live=window_live(outer, kind),
        **settings,
    )
    if "n_partitions" in outer or layer.io_type != "io_parallel" or layer.strategy != "latency":
        return layer
    live = window_live(outer, kind, partitions=1)
    return replace(layer, parallelization_factor=outputs, window_live=live, whole_call_conv=True)


def window_live(outer: dict, kind: str, partitions: int | None = None) -> tuple[int, ...]:
    """`live_window_taps` of the convolution a conv config struct describes.

    Args:
        partitions: the partitions (None: the struct's `n_partitions`; () when it has none).
    """
    partitions = outer.get("n_partitions") if partitions is None else partitions
    if partitions is None:
        return ()
    two_d = kind == "conv2d"

    def get(key: str, default: int = 0, flat: int | None = None) -> int:
        return int(outer.get(key, default)) if two_d or flat is None else flat

    window = ConvWindow(
        in_height=get("in_height", flat=1),
        in_width=get("in_width"),
        out_height=get("out_height", flat=1),
        out_width=get("out_width"),
        filt_height=get("filt_height", flat=1),
        filt_width=get("filt_width"),
        stride_height=get("stride_height", 1, flat=1),
        stride_width=get("stride_width", 1),
        dilation_height=get("dilation_height", 1, flat=1),
        dilation_width=get("dilation_width", 1)
        if two_d
        else int(outer.get("dilation", 1)),  # Conv1D: `dilation`
        pad_top=get("pad_top", flat=0),
        pad_left=get("pad_left"),
    )
    return live_window_taps(window, int(partitions))


def define_macros(defines_text: str) -> dict:
    """defines.h's numeric macros (older hls4ml writes `n_in = N_INPUT_1_1` and defines the number there),
    also as constants (`static const int N_LAYER_2 = 32;`: CMS's AXOL1TL emulator, edited so that two models'
    sizes do not clash as macros)."""
    return dict(_DEFINE.findall(defines_text)) | dict(_DEFINED_CONSTANT.findall(defines_text))


def _constants(body: str, macros: dict | None = None) -> dict:
    """The struct's `static const unsigned` members, with defines.h macros replaced by their numbers (and a
    product of them, `n_in = OUT_HEIGHT_9*OUT_WIDTH_9*N_FILT_9` as hls4ml 0.5-0.6 writes, multiplied out)."""
    macros = macros or {}
    return {name: expand_product(value, macros) for name, _, value in _CONSTANT.findall(body)}


def struct_body(parameters: str, config: str) -> str:
    """The text of `struct config : nnet::... { ... };` in parameters.h ("" when absent)."""
    body = re.search(rf"struct\s+{config}\s*:\s*nnet::\w+\s*\{{(.*?)\n\}};", parameters, re.DOTALL)
    return body.group(1) if body else ""


def struct_settings(parameters: str, config: str, macros: dict) -> dict:
    """A config struct's constants (defines.h macros replaced by their numbers) and type aliases."""
    text = struct_body(parameters, config)
    constants = _STRUCT_CONSTANT.findall(text)
    values = {name: expand_product(value, macros) for name, value in constants}
    values.update({alias: name for name, alias in re.findall(r"typedef\s+(\w+)\s+(\w+);", text)})
    return values


def expand_product(value: str, macros: dict) -> str:
    """`value` with its macros replaced; a product of numbers multiplied out, anything else as written."""
    factors = [macros.get(factor.strip(), factor.strip()) for factor in value.split("*")]
    if len(factors) == 1:
        return factors[0]
    return str(prod(map(int, factors))) if all(factor.isdigit() for factor in factors) else value


def array_size(text: str, macros: dict) -> int:
    """The element count an array declaration's size (`N_LAYER_2`, `N_OUTPUTS_3*N_FILT_3`) stands for.

    Raises:
        ValueError: a factor that is no number and no macro of defines.h (an edited or incomplete project;
            "invalid literal for int()" until 2026-12-07).
    """
    value = expand_product(text.replace(" ", ""), macros)
    if value.isdigit():
        return int(value)
    unknown = next(f for f in text.replace(" ", "").split("*") if not str(macros.get(f, f)).isdigit())
    raise ValueError(
        f"firmware/defines.h defines no {unknown}, which sizes an array of the top function: the project is "
        "incomplete or edited; write it again with hls4ml's write()"
    )


_PRODUCT = re.compile(r"using\s+product\s*=\s*nnet::product::(\w+)\s*<")


def struct_product(body: str, name: str) -> str:
    """hls4ml's product of a weight layer's config struct (`LayerHardware.product`; "mult" when the struct
    names none, as hls4ml before 0.6 wrote them).

    Raises:
        ValueError: power-of-two weights (`weight_exponential`), which fpgaprune does not cost.
    """
    found = _PRODUCT.search(body)
    product = found.group(1) if found else "mult"
    if product == "weight_exponential":
        raise ValueError(
            f"layer {name}: its weights are hls4ml power-of-two exponents (QKeras quantized_po2: shift "
            "products, nnet::product::weight_exponential), which fpgaprune does not cost; estimate the "
            "project of the model with quantized_bits weights, or synthesize it"
        )
    if product not in PRODUCTS:
        raise ValueError(
            f"layer {name}: hls4ml product nnet::product::{product} is not one fpgaprune costs "
            f"({', '.join(PRODUCTS)})"
        )
    return product


def binary_kernel(layer: LayerHardware, kernel: np.ndarray) -> np.ndarray:
    """A weight_binary layer's kernel as the +-1 it multiplies by (hls4ml stores -1 as the xnor bit 0)."""
    return np.where(kernel == 0, -1.0, kernel) if layer.product == "weight_binary" else kernel


def _struct_types(body: str) -> tuple[str, str]:
    aliases = {alias: name for name, alias in _TYPEDEF.findall(body)}
    return aliases["weight_t"], aliases["accum_t"]


def _typedefs(text: str) -> dict:
    return {alias: definition for definition, alias in _TYPEDEF.findall(text)}


def _resolve(types: dict, name: str) -> str:
    """Follow typedefs to an ap_fixed/ap_int spelling; stream arrays give their element type."""
    seen = 0
    while name in types and seen < 10:
        name, seen = types[name], seen + 1
    element = _ARRAY_ELEMENT.match(name.strip())
    return element.group(1) if element else name


def _array_size(types: dict, name: str) -> int:
    """Elements of an `nnet::array<T, N>` stream word type (0 when `name` is not one)."""
    seen = 0
    while name in types and seen < 10:
        name, seen = types[name], seen + 1
    size = re.match(r"nnet::array<\s*.+?\s*,\s*([\d*\s]+)>$", name.strip())
    return prod(int(factor) for factor in size.group(1).split("*")) if size else 0


def read_project_config(root: str | Path, given: Mapping | None = None) -> dict:
    """The project's settings: hls4ml_config.yml as a dict, with part, clock and clock uncertainty taken from
    what the HLS build reads.

    hls4ml's build runs `build_prj.tcl`; from hls4ml 0.7 on it sources `project.tcl` and runs
    `set_part $part`, `create_clock -period $clock_period`, `set_clock_uncertainty $clock_uncertainty`, while
    hls4ml 0.5-0.6 write the part and clock into `build_prj.tcl` itself and set no uncertainty (the tool's
    default applies). `hls4ml_config.yml` is what the tcl files were written from, and the build never reads
    it: hls4ml 0.7-0.8.1 leave `ClockUncertainty` out of it unless the user set it, yet write
    `set clock_uncertainty 12.5%` into project.tcl for the Vitis backend too; the VitisAccelerator backend
    writes the board's part into project.tcl, not the config's; and a user retargets a project by editing
    project.tcl. So each of Part, ClockPeriod and ClockUncertainty comes from the first source that gives it:

    1. `build_prj.tcl`'s command (`set_part`, `create_clock -period`, `set_clock_uncertainty`): its literal
       value, or its `$variable` resolved from a `set` in project.tcl or build_prj.tcl. A build_prj.tcl that
       sets the clock but no uncertainty (hls4ml 0.5-0.6) builds at the tool's default: ClockUncertainty None,
       whatever the config says;
    2. `project.tcl`'s `set part`, `set clock_period`, `set clock_uncertainty` (else the same `set` in
       build_prj.tcl): a project stored without its build_prj.tcl, or whose build_prj.tcl does not resolve the
       variable. A value is a word or a constant Tcl `[expr ...]` (`_tcl_value`);
    3. `hls4ml_config.yml`'s `Part` (`XilinxPart` for hls4ml <= 0.6), `ClockPeriod`, `ClockUncertainty`;
    4. none: the part is required; the clock and uncertainty defaults are `_target`'s (5 ns; the tool's
       default uncertainty, Vivado HLS 12.5 %, Vitis HLS 27 %).

    The other keys (ProjectName, Backend, IOType, ...) are the config's, with ProjectName and Backend from the
    tcl files (`set project_name`, `set backend`) when the config lacks them or is missing or unreadable
    (hls4ml 0.8 wrote some as a Python repr). `given` (`Part`, `ClockPeriod`: `fpgaprune estimate --part
    --clock-period`) replaces what the files say. FileNotFoundError naming the files looked for when none
    gives the part; ValueError for a backend no AMD tool builds (`refuse_non_amd_backend`).
    """
    root = Path(root)
    if not root.is_dir():
        what = "a file, not a directory" if root.exists() else "no such directory"
        raise FileNotFoundError(f"{root}: {what} (give an hls4ml project's: hls4ml_config.yml, firmware)")
    config = _read_yaml(root / "hls4ml_config.yml") if (root / "hls4ml_config.yml").is_file() else {}
    if "Part" not in config and "XilinxPart" in config:
        config = {**config, "Part": config["XilinxPart"]}  # hls4ml <= 0.6 names the part XilinxPart
    build_text = _tcl_text(root / "build_prj.tcl")
    project_tcl, build_tcl = _tcl_settings(_tcl_text(root / "project.tcl")), _tcl_settings(build_text)
    named = {**_tcl_variables(build_tcl), **_tcl_variables(project_tcl)}
    config = {**{key: named[key] for key in ("ProjectName", "Backend") if key in named}, **config}
    settings = {key: named[key] for key in ("Part", "ClockPeriod", "ClockUncertainty") if key in named}
    if "ClockPeriod" in settings:
        settings["ClockPeriod"] = _period_ns(settings["ClockPeriod"])
    config = {**config, **settings, **build_settings(build_text, project_tcl), **(given or {})}
    refuse_non_amd_backend(config, root)
    if "Part" not in config:
        # fpgaprune's hls/ directory holds the hls4ml project in project/, optimize's --out in hls/project/;
        # a project's firmware/ is inside it
        places = (root / "project", root / "hls" / "project", root.parent)
        inner = next((place for place in places if (place / "hls4ml_config.yml").is_file()), None)
        below = sorted(path.parent for path in root.glob("*/hls4ml_config.yml"))  # a folder of projects
        hint = (
            f"; the hls4ml project is in {inner}"
            if inner is not None
            else f"; hls4ml projects are in its folders {', '.join(p.name for p in below[:5])}"
            f"{', ...' if len(below) > 5 else ''}: give one"
            if below
            else "; for firmware on its own, give the part it is built for (fpgaprune estimate --part, "
            "and --clock)"
        )
        raise FileNotFoundError(
            f"{root}: no readable hls4ml_config.yml (with Part), project.tcl or build_prj.tcl (with the "
            f"part); is this a directory written by hls4ml's write()?{hint}"
        )
    return config


# project.tcl's variables (hls4ml 0.7 and later) and the setting each holds
_TCL_VARIABLES = {
    "part": "Part",
    "clock_period": "ClockPeriod",
    "clock_uncertainty": "ClockUncertainty",
    "backend": "Backend",
    "project_name": "ProjectName",
}
# `set <variable> <value>`: a word (quoted or braced or not), or a Tcl `[expr ...]` of it
_TCL_SET = re.compile(r"^\s*set\s+(\w+)\s+(\[expr\s[^\]\n]*\]|[\"{]?[\w.%-]+)", re.MULTILINE)
_TCL_EXPR = re.compile(r"\[expr\s+\{?([^\]}]*)\}?\s*\]")
# build_prj.tcl's commands, each with its argument: a value or a $variable
_BUILD_COMMANDS = {
    "Part": re.compile(r"^\s*set_part\s+[\"{]?(\$\{?\w+\}?|[\w-]+)", re.MULTILINE),
    "ClockPeriod": re.compile(
        r"^\s*create_clock\b.*?-period\s+[\"{]?(\$\{?\w+\}?|[\d.]+(?:MHz|ns)?)", re.MULTILINE | re.IGNORECASE
    ),
    "ClockUncertainty": re.compile(r"^\s*set_clock_uncertainty\s+[\"{]?(\$\{?\w+\}?|[\d.]+%?)", re.MULTILINE),
}


def _tcl_text(path: Path) -> str | None:
    """A tcl file's text (None when absent)."""
    return path.read_text(errors="replace") if path.is_file() else None


def _tcl_settings(text: str | None) -> dict:
    """Variable -> value of every `set <variable> <value>` in a tcl file's text (the last one wins, as in
    Tcl); {} when the file is absent (None)."""
    if text is None:
        return {}
    return {name: _tcl_value(value) for name, value in _TCL_SET.findall(text)}


def _tcl_value(word: str) -> str:
    """A `set` value as the build reads it: a word without its opening quote or brace, or the number a
    constant `[expr ...]` gives (`[expr 1000/250]` -> '4'). An `[expr]` of anything else is kept as written,
    so that a clock setting made of it is named in the error (`_number`) instead of silently skipped."""
    found = _TCL_EXPR.fullmatch(word)
    if not found:
        return word.lstrip('"{')
    value = _constant_arithmetic(found.group(1))
    return word if value is None else str(value)


_ARITHMETIC = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul}


def _constant_arithmetic(text: str) -> int | float | None:
    """The value of + - * / and parentheses over number literals, with Tcl's `expr` division (integers
    floor-divide); None for anything else (variables, calls). Walks the syntax tree: nothing is executed."""
    try:
        return _arithmetic_value(ast.parse(text.strip(), mode="eval").body)
    except (SyntaxError, ValueError, ZeroDivisionError):
        return None


def _arithmetic_value(node: ast.AST) -> int | float:
    """One node of `_constant_arithmetic`'s tree; ValueError for a node that is not number arithmetic."""
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        operand = _arithmetic_value(node.operand)
        return -operand if isinstance(node.op, ast.USub) else operand
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
        left, right = _arithmetic_value(node.left), _arithmetic_value(node.right)
        return left // right if isinstance(left, int) and isinstance(right, int) else left / right
    if isinstance(node, ast.BinOp) and type(node.op) in _ARITHMETIC:
        return _ARITHMETIC[type(node.op)](_arithmetic_value(node.left), _arithmetic_value(node.right))
    raise ValueError(f"not number arithmetic: {ast.dump(node)}")


def _tcl_variables(variables: dict) -> dict:
    """The settings hls4ml's tcl variables hold (`part` -> Part, `clock_period` -> ClockPeriod, ...)."""
    return {_TCL_VARIABLES[name]: value for name, value in variables.items() if name in _TCL_VARIABLES}


def build_settings(text: str | None, project_variables: dict) -> dict:
    """Part, ClockPeriod and ClockUncertainty as `build_prj.tcl` sets them for the HLS tool.

    A command's `$variable` is resolved from build_prj.tcl's own `set`, else `project_variables` (project.tcl,
    which hls4ml 0.7+'s build_prj.tcl sources); left out when neither sets it. A build_prj.tcl that sets the
    clock but no uncertainty gives ClockUncertainty None (the tool's default). `text`: build_prj.tcl's
    (`_tcl_text`); {} when the file is absent (None).
    """
    if text is None:
        return {}
    variables = {**project_variables, **_tcl_settings(text)}
    settings = {}
    for key, pattern in _BUILD_COMMANDS.items():
        found = pattern.findall(text)
        if not found:
            continue
        value = found[-1]
        if value.startswith("$"):
            value = variables.get(value.strip("${}"))
        if value is not None:
            settings[key] = _period_ns(value) if key == "ClockPeriod" else value
    if _BUILD_COMMANDS["ClockPeriod"].search(text) and not _BUILD_COMMANDS["ClockUncertainty"].search(text):
        settings["ClockUncertainty"] = None
    return settings


def _period_ns(value: str) -> str:
    """A `create_clock -period` argument in ns: as written (`5`, `5ns`), or converted from a frequency
    (`200MHz`)."""
    if str(value).lower().endswith("mhz"):
        return str(1000 / _number("ClockPeriod", value[:-3]))
    return value[:-2] if str(value).lower().endswith("ns") else value


_WRITTEN_IO_TYPE = re.compile(r"io_type\s*=\s*nnet::(io_\w+)")


def project_io_type(config: dict, parameters: str) -> str:
    """io_parallel or io_stream: the io type hls4ml wrote into the layer structs of `parameters`
    (parameters.h's text), which is what the firmware builds; else the IOType of `config`
    (`read_project_config`); io_parallel when neither says. The config came first until 2026-12-07: an
    io_stream project whose yml was edited to io_parallel was costed as io_parallel without a word."""
    written = set(_WRITTEN_IO_TYPE.findall(parameters))
    if len(written) == 1:
        return written.pop()
    return str(config.get("IOType") or "io_parallel")


def io_type_disagreement(config: dict, parameters: str) -> str | None:
    """The warning for a configuration whose IOType is not the one parameters.h's structs were written
    with (`project_io_type` follows parameters.h), or None."""
    configured, built = config.get("IOType"), project_io_type(config, parameters)
    if not configured or str(configured) == built:
        return None
    return (
        f"hls4ml_config.yml says IOType {configured}, but parameters.h's layers were written as {built}: "
        f"estimated as {built}, which the firmware builds (write the project again to change it)"
    )


_REPORT_TOOL = re.compile(r"^== (Vitis|Vivado) HLS Report", re.MULTILINE)


SOLUTION = "solution1"  # hls4ml's build_prj.tcl opens <project>_prj/solution1


def csynth_report_path(root: str | Path, project: str = "myproject") -> Path:
    """Where an HLS build of the project leaves its top function's C-synthesis report."""
    return Path(root) / f"{project}_prj" / SOLUTION / "syn" / "report" / f"{project}_csynth.rpt"


def synthesis_tool(root: str | Path, project: str = "myproject") -> str | None:
    """'vitis' or 'vivado' when the project directory names the HLS tool that synthesised it, else None.

    hls4ml's Vivado backend writes the same `build_prj.tcl` for Vivado HLS and Vitis HLS (`open_project`
    in both), so a project written for Vivado may be built by either; what says which is what the tool
    leaves in the directory: its log (`vitis_hls.log` / `vivado_hls.log`) or the header of the
    C-synthesis report (`== Vitis HLS Report` / `== Vivado HLS Report`). Vitis HLS 2024.2's unified flow
    (`open_component` in the build script) is Vitis too.
    """
    root = Path(root)
    logs = [tool for tool in ("vitis", "vivado") if (root / f"{tool}_hls.log").is_file()]
    if len(logs) == 1:
        return logs[0]
    if found := _REPORT_TOOL.search(_head(csynth_report_path(root, project), 2000)):
        return found.group(1).lower()
    for name in ("build_prj.tcl", "project.tcl"):
        if (root / name).is_file() and re.search(
            r"^\s*open_component\b", (root / name).read_text(), re.MULTILINE
        ):
            return "vitis"
    return None


# The version line of a csynth report (`* Version:        2021.1 (Build ...)`) and the banner of an HLS log
# (`****** Vitis HLS - High-Level Synthesis from C, C++ and OpenCL v2023.1 (64-bit)`, Vivado HLS alike).
_REPORT_VERSION = re.compile(r"^\*\s*Version:\s*(\d{4}\.\d+(?:\.\d+)*)", re.MULTILINE)
_LOG_VERSION = re.compile(
    r"HLS - High-Level Synthesis\b[^\n]*?\bv(?:ersion\s+)?(\d{4}\.\d+(?:\.\d+)*)", re.IGNORECASE
)


def synthesis_version(root: str | Path, project: str = "myproject") -> str | None:
    """The version ('2023.1') of the HLS tool that synthesised the project, from what it left in the
    directory: the header of the C-synthesis report (`* Version: 2021.1 (Build ...)`), else the banner of
    `vitis_hls.log` / `vivado_hls.log`; None when neither is there (hls4ml's write() leaves no version)."""
    root = Path(root)
    report = csynth_report_path(root, project)
    sources = [(report, _REPORT_VERSION)] + [
        (root / f"{t}_hls.log", _LOG_VERSION) for t in ("vitis", "vivado")
    ]
    for path, pattern in sources:
        if found := pattern.search(_head(path, 5000)):
            return found.group(1)
    return None


def _head(path: Path, chars: int) -> str:
    """The first `chars` characters of a file the HLS tool left, or "" when there is none or it cannot be
    read (an unreadable report stopped the whole estimate; the report's reading says why it is not read)."""
    try:
        with path.open(errors="replace") as file:
            return file.read(chars)
    except OSError:
        return ""


def project_target(
    files: ProjectFiles, hls_tool: str | None = None, hls_version: str | None = None
) -> Target:
    """The target an estimate of the project uses (`read_project`): its part, clock and uncertainty, and the
    HLS tool and version. What is given wins over what the directory shows (`synthesis_tool`,
    `synthesis_version`), and a version names its tool (`multipliers.tool_of_version`: Vivado HLS before
    2020.1, Vitis HLS after; hls4ml's Vivado backend is built by either): the tool is `hls_tool`, else the
    given version's, else the one the directory shows, else that of the version it shows, else the backend's;
    the version is `hls_version`, else the one the directory shows unless that is of the other tool, else None
    (`multipliers.DEFAULT_HLS_VERSION` is assumed)."""
    tool = hls_tool or tool_of_version(hls_version)
    version = hls_version or synthesis_version(files.root, files.name)
    if tool is not None and hls_version is None and tool_of_version(version) not in (None, tool):
        version = None  # the project was built by the other tool: the given tool's version is assumed
    tool = tool or synthesis_tool(files.root, files.name) or tool_of_version(version)
    return replace(_target(files.config, tool), hls_version=version)


def version_origin(target: Target, given: str | None = None, named: str | None = None) -> dict:
    """The HLS tool and version an estimate of a project is for (`project_target`'s) and where the version
    came from: "given" (`given`, `--hls-version`), "project" (its csynth report or HLS log,
    `synthesis_version`) or "assumed" (`DEFAULT_HLS_VERSION`: hls4ml's write() records no tool version, so a
    project not yet synthesised names none, fpgaprune's own included, whose designs were pruned for the same
    assumed version: `Experiment.cost_target` sets none and takes the same tool from the backend). `named`:
    the version the project names; an assumed version beside it (a given tool the project's version is not a
    release of) adds "project_version"."""
    origin = "given" if given else "project" if target.hls_version else "assumed"
    dropped = {"project_version": named} if origin == "assumed" and named else {}
    return {
        "tool": target.hls_tool,
        "version": target.version,
        "assumed": target.hls_version is None,
        "from": origin,
        **dropped,
    }


def _target(config: dict, hls_tool: str | None = None) -> Target:
    backend = project_backend(config).lower()
    clock_ns = _number("ClockPeriod", config.get("ClockPeriod", 5))
    if hls_tool not in (None, "vivado", "vitis"):
        raise ValueError(f"hls_tool {hls_tool!r}: expected 'vivado' or 'vitis'")
    return Target(
        part=str(config.get("Part", Target.part)),
        hls_tool=hls_tool or ("vitis" if "vitis" in backend else "vivado"),
        clock_ns=clock_ns,
        clock_uncertainty=clock_uncertainty(config.get("ClockUncertainty"), clock_ns),
    )


_CLOCK_UNCERTAINTY = re.compile(r"^[0-9]+(\.[0-9]+)?%?$")  # '12.5%', '0.5': as hls4ml writes it into Tcl


def clock_uncertainty(value, clock_ns: float) -> float | None:
    """hls4ml's `ClockUncertainty` ('27%', or ns as a number) as a share of the period; None when unset.
    ValueError in one line for another form ('12.5 %' would be written into the project's Tcl as two
    words) or a margin not below the period."""
    if value is None:
        return None
    if isinstance(value, bool) or not (
        isinstance(value, (int, float)) or (isinstance(value, str) and _CLOCK_UNCERTAINTY.match(value))
    ):
        raise ValueError(f"ClockUncertainty {value!r}: give a share of the period ('12.5%') or ns (0.5)")
    text = str(value)
    share = float(text.rstrip("%")) / (100 if text.endswith("%") else clock_ns)
    if not 0 <= share < 1:
        raise ValueError(
            f"ClockUncertainty {value!r} is not below the clock period ({clock_ns:g} ns): give a smaller "
            "share ('12.5%') or ns"
        )
    return share


def _number(setting: str, value) -> float:
    """A clock setting as a number; ValueError naming the setting when it is not one (e.g. a Tcl `[expr]`)."""
    try:
        return float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{setting} {value!r}: not a number (ns, or a % for ClockUncertainty)") from None


def _read_yaml(path: Path) -> dict:
    return _parse_config(_read_text(path))[0]


def _parse_config(text: str) -> tuple[dict, str | None]:
    """hls4ml_config.yml's text as a mapping, and why it is none ({} and the reason; hls4ml 0.8 wrote some
    configs as a Python repr, whose settings the .tcl files give instead)."""
    try:
        loaded = yaml.load(text, Loader=HlsYamlLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return {}, f"not YAML at line {mark.line + 1}" if mark else "not YAML"
    if loaded is None:  # hls4ml writes a full config; an empty file is a write cut short
        return {}, "empty"
    if isinstance(loaded, dict):
        return loaded, None
    return {}, "not a mapping"


def unreadable_config_warning(root: str | Path) -> str | None:
    """A line saying that the project's hls4ml_config.yml is there but is no YAML mapping, so that its
    settings came from the tcl files and parameters.h (`read_project_config`, `project_io_type`); None
    otherwise."""
    path = Path(root) / "hls4ml_config.yml"
    reason = _parse_config(path.read_text())[1] if path.is_file() else None
    if reason is None:
        return None
    return (
        f"hls4ml_config.yml: {reason}; ProjectName, Backend, part and clock were read from project.tcl or "
        "build_prj.tcl and the io type from firmware/parameters.h instead: fix the file (or write the "
        "project again) if those are not this project's"
    )


def _read_text(path: Path) -> str:
    if not path.is_file():
        what = "a folder, not a file" if path.is_dir() else "not found"  # a folder was "not found" (a review)
        raise FileNotFoundError(f"{path}: {what}; is this a directory written by hls4ml's write()?")
    try:
        return path.read_text()
    except UnicodeDecodeError:
        raise ValueError(
            f"{path}: not a text file; is this a directory written by hls4ml's write()?"
        ) from None
