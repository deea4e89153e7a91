"""The channels of an io_parallel DATAFLOW top that HLS builds, given the weights (branch constchan).

An io_parallel top under `#pragma HLS DATAFLOW` turns each element of the completely partitioned arrays
between its layer calls into a FIFO channel (`glue._channels`). HLS does not build the channel of an element
whose value it finds constant, nor of one its reader never reads (docs/cost-model-record.md 2.6, "Constant and
unread channels"; every count below equals the csynth report's FIFO list of the sets):

* An output element of a Dense or pointwise Conv1D call under the Latency strategy (its weights constants in
  unrolled logic, `FOLDING_CALLS`) whose kernel column is all zero is its bias, a constant: no channel. An
  input element whose kernel row is all zero is not read by that call (H10, Vivado HLS 2019.2; M1, Vitis HLS
  2023.2). Resource layers read their weights from an array in a loop: every channel stays (S11, Vivado HLS
  2020.1, 5-9 zero columns and rows per layer, all 261 channels reported).
* Vitis HLS carries both through element-wise calls (`ELEMENTWISE_CALLS`): a ReLU or linear of a constant
  element is constant (M1's ReLU outputs after its pruned Dense and Conv1D filters), an element whose
  element-wise result nobody reads is unread (M2, Vitis HLS 2022.2: a zero row of its pT output Dense removes
  that element of the ReLU before it and of the Dense before that). Vivado HLS 2019.2 does not: H10's ReLU
  of the pruned Conv1D filters keeps all 100 channels.
* Vitis HLS builds one channel per reader of an element (M1's and M2's arrays read by two calls: two FIFOs,
  `_c` and `_c<n>`, per element); Vivado HLS one (no design of the sets has a Vivado array with two readers).

Pure: the project's source text, its weight layers and their kernels (Keras layout, `project.read_project`).
"""

import re
from collections.abc import Mapping

import numpy as np

# Weight-layer calls whose Latency-strategy kernels HLS folds: zero columns give constant outputs, zero rows
# unread inputs (the calls of H10, M1 and M2; other convolutions loop over partitions, no design shows them).
FOLDING_CALLS = ("dense", "pointwise_conv_1d_cl")
# Element-wise calls Vitis HLS carries constant and unread elements through (M1, M2).
ELEMENTWISE_CALLS = ("relu", "linear")
# HLS tools that carry them through element-wise calls and build one channel per reader.
PROPAGATING_TOOLS = ("vitis",)
# nnet:: calls of a top function that are no layer: weight loading and debugging
NOT_PROCESSES = ("load_weights_from_txt", "save_layer_output", "print_result")
_TOP_CALL = re.compile(r"^\s*nnet::(\w+)\s*<[^;]*?>\s*\(([^;]*)\)\s*;[ \t]*(?://[ \t]*(\S+))?", re.MULTILINE)
_ALIAS = re.compile(r"auto\s*&\s*(\w+)\s*=\s*(\w+)\s*;")


def top_calls(source: str, arrays: Mapping[str, int]) -> list[tuple[str, str, list[str], str]]:
    """The layer calls of an hls4ml top (`source`: its .cpp, one call a line with the layer's name in a
    trailing comment, as hls4ml writes it), in order: (function, written array or "", read arrays, layer
    name or ""), arrays among `arrays` (name -> elements, the partitioned locals) after resolving hls4ml's
    `auto& a = b;` aliases. A call writes the first array it names that no earlier call named (hls4ml
    declares each array just before its writer)."""
    aliases = dict(_ALIAS.findall(source))
    seen: set[str] = set()
    calls = []
    for function, arguments, name in _TOP_CALL.findall(source):
        if function in NOT_PROCESSES:
            continue
        named = [_resolve(aliases, a.strip()) for a in arguments.split(",")]
        named = [a for a in dict.fromkeys(named) if a in arrays]
        written = next((a for a in named if a not in seen), "")
        seen.update(named)
        calls.append((function, written, [a for a in named if a != written], name or ""))
    return calls


def _resolve(aliases: Mapping[str, str], name: str) -> str:
    for _ in range(len(aliases) + 1):
        if name not in aliases:
            return name
        name = aliases[name]
    return name


def channel_counts(
    source: str,
    arrays: Mapping[str, int],
    hls_tool: str,
    weights: Mapping[str, tuple] | None = None,
) -> dict[str, int]:
    """The channels of each partitioned array of a DATAFLOW top (`arrays`: name -> elements): the sum of
    `element_channels`."""
    return {a: int(c.sum()) for a, c in element_channels(source, arrays, hls_tool, weights).items()}


def element_channels(
    source: str,
    arrays: Mapping[str, int],
    hls_tool: str,
    weights: Mapping[str, tuple] | None = None,
) -> dict[str, np.ndarray]:
    """The channels HLS builds for each element of each partitioned array of a DATAFLOW top (`arrays`: name
    -> elements): 0 for an element constant or read by no call, else 1, or under Vitis HLS
    (`PROPAGATING_TOOLS`) the number of calls that read it; an array no call reads keeps 1 per element.

    `weights`: layer name -> (LayerHardware, kernel in Keras layout) of the weight layers (None: no kernel
    known, no element constant or unread)."""
    calls = top_calls(source, arrays)
    propagating = hls_tool in PROPAGATING_TOOLS
    folded = _folded(weights)
    constant = _constant_elements(calls, arrays, folded, propagating)
    readers: dict[str, list[np.ndarray]] = {a: [] for a in arrays}
    for function, written, read, name in reversed(calls):
        for array in read:
            readers[array].append(
                _reads(function, written, array, name, arrays, folded, readers, propagating)
            )
    channels = {}
    for array, size in arrays.items():
        if not readers[array]:  # read by no call the top names: as before, one channel per element
            channels[array] = np.ones(size, dtype=int)
            continue
        live = np.array([reads & ~constant[array] for reads in readers[array]])
        channels[array] = live.sum(axis=0) if propagating else live.any(axis=0).astype(int)
    return channels


def constant_elements(
    source: str, arrays: Mapping[str, int], hls_tool: str, weights: Mapping[str, tuple] | None = None
) -> dict[str, np.ndarray]:
    """Which elements of each array of an io_parallel top (`arrays`: name -> elements) HLS finds constant: the
    outputs of a Latency `FOLDING_CALLS` call whose kernel column is all zero (their bias), carried through
    `ELEMENTWISE_CALLS` under `PROPAGATING_TOOLS` (`weights`: as `element_channels`)."""
    calls = top_calls(source, arrays)
    return _constant_elements(calls, arrays, _folded(weights), hls_tool in PROPAGATING_TOOLS)


# The strategy under which HLS folds a layer's weights into its logic (Resource layers read them from an
# array in a loop and keep every output).
FOLDING_STRATEGY = "latency"


def constant_outputs(kernel) -> np.ndarray:
    """Per output channel (Dense: output; Conv: filter) of a kernel (Keras layout) whose weights HLS folds
    (`folds`): whether HLS finds it constant, its kernel column all zero."""
    kernel = np.asarray(kernel)
    return ~(kernel.reshape(-1, kernel.shape[-1]) != 0).any(axis=0)


def folds(layer, kernel) -> bool:
    """Whether HLS folds a weight layer's weights into its logic: a known kernel under `FOLDING_STRATEGY`,
    not in BRAM."""
    return (
        kernel is not None
        and layer.strategy == FOLDING_STRATEGY
        and not getattr(layer, "weights_in_bram", False)
    )


def _folded(weights: Mapping[str, tuple] | None) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Layer name -> (zero columns, zero rows) of the weight layers whose weights HLS folds."""
    return {
        name: _zero_columns_and_rows(layer, kernel)
        for name, (layer, kernel) in (weights or {}).items()
        if folds(layer, kernel)
    }


def _constant_elements(calls, arrays, folded, propagating) -> dict[str, np.ndarray]:
    constant = {a: np.zeros(n, dtype=bool) for a, n in arrays.items()}
    for function, written, read, name in calls:
        if not written:
            continue
        if function in FOLDING_CALLS and name in folded:
            constant[written] = _by_position(folded[name][0], arrays[written])
        elif propagating and function in ELEMENTWISE_CALLS and len(read) == 1:
            source_constant = constant[read[0]]
            if source_constant.size == arrays[written]:
                constant[written] = source_constant.copy()
    return constant


def _reads(function, written, array, name, arrays, folded, readers, propagating) -> np.ndarray:
    """Which elements of `array` one call reads."""
    size = arrays[array]
    if function in FOLDING_CALLS and name in folded:
        return ~_by_position(folded[name][1], size)
    if propagating and function in ELEMENTWISE_CALLS and written and arrays[written] == size:
        if not readers[written]:  # its result is read by no call the top names: assume it is read
            return np.ones(size, dtype=bool)
        return np.logical_or.reduce(readers[written])
    return np.ones(size, dtype=bool)


def _zero_columns_and_rows(layer, kernel) -> tuple[np.ndarray, np.ndarray]:
    """(outputs whose kernel column is all zero, inputs whose kernel row is all zero) of a weight layer, per
    filter and per input channel (Dense: per output, per input)."""
    kernel = np.asarray(kernel)
    by_channel = kernel.reshape(-1, kernel.shape[-2], kernel.shape[-1]) != 0
    return constant_outputs(kernel), ~by_channel.any(axis=(0, 2))


def _by_position(per_channel: np.ndarray, size: int) -> np.ndarray:
    """A per-channel flag over an array of `size` elements, channels last (hls4ml's `_cl` layout); all False
    when `size` is not a multiple of the channels (a shape this rule does not know)."""
    if size % per_channel.size:
        return np.zeros(size, dtype=bool)
    return np.tile(per_channel, size // per_channel.size)
