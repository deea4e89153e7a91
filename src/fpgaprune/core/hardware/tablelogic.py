"""LUT and FF of hls4ml's sigmoid and tanh (`nnet_activation.h`, `nnet_activation_stream.h`), fitted on the
held-out reports. Their table's BRAM is `glue._tables`; every number is an estimate (source "estimate").

Each value of one pipeline iteration (io_parallel: the n_in values, `#pragma HLS PIPELINE`; io_stream: the
array's pack values, the word loop `PIPELINE`d) computes a table index and reads the table:

* `data * table_size / R` (R = 16 for sigmoid, 8 for tanh) converted to int: a shift when table_size / R is
  a power of two; the int keeps the input's integer bits plus log2(table_size / R) ("index bits"); the
  conversion truncates toward zero (an increment when the value is negative and has fractional bits);
* `+ table_size / 2`, and the clamp to [0, table_size - 1]: an adder and two comparisons over the index bits;
* the table read (a BRAM ROM at every instance of the data; a small or partitioned table that HLS builds
  as a LUT ROM is not in the data, so not modelled), registered at the pipeline stages.

So, per HLS tool:

* LUT = lut_index * n * index bits + lut_stream * [io_stream] (the word loop's counter and handshakes);
* FF = ff_input * n * input bits + ff_stream * [io_stream] (the pipeline registers of the index path; the
  loop state).
* latency: io_parallel `TABLE_ACTIVATION_LATENCY` (branch designlatency); io_stream not modelled (0, as
  before); II 1.

Constants per HLS tool by NNLS on relative errors (reports under `FLOOR` weighed as `FLOOR`) over the
sigmoid/tanh instances of the held-out sets that calibrate (`heldout.read_table_logic_rows`,
`fit_table_logic_constants`); docs/cost-model-record.md 2.6.
"""

from dataclasses import dataclass
from math import log2

import numpy as np

from fpgaprune.core.hardware.logic import leave_one_design_out_instances, relative_nnls, weighted_sum
from fpgaprune.core.hardware.precision import FixedType

# The input range the table covers, [-R/2, R/2): the index is data * table_size / R (+ table_size / 2).
# softplus and softsign are sigmoid's code with another table (R 16); elu and selu index
# data * table_size / -8 over [-8, 0) (R 8, no offset); branch actmore, from hls4ml 1.3's
# nnet_activation(_stream).h.
TABLE_RANGE = {"sigmoid": 16, "tanh": 8, "softplus": 16, "softsign": 16, "elu": 8, "selu": 8}
FEATURES = {"lut": ("index_bits", "stream"), "ff": ("input_bits", "stream")}
FLOOR = 20.0
# Cycles of an io_parallel sigmoid or tanh call (the table index arithmetic and one table read), per HLS tool:
# the median reported latency of the io_parallel sigmoid/tanh instances of `heldout.CALIBRATED_HELDOUT_SETS`
# (`heldout.read_table_activation_rows`, `fit_table_activation_latency`; Vivado HLS H10 1, X1-X6 2 2 2 2 3 2;
# Vitis HLS P7 2, U9 4; tests/core/hardware/test_stream_terms.py checks they equal a fresh fit). Branch
# designlatency; before, these calls had no latency. Their LUT and FF: below (branch tablelogic). Since branch
# foldin2 with set 18's M3 (Vitis HLS 2; before: Vitis HLS 3, the median of P7 and U9).
TABLE_ACTIVATION_LATENCY = {"vivado": 2, "vitis": 2}
# Fitted by `fit_table_logic_constants`, rounded to 4 digits; tests/core/hardware/test_tablelogic.py checks
# they equal a fresh fit. Data (branch tablelogic): Vivado HLS H10, X1-X6 (io_parallel, one value each),
# H7, H8 (io_stream tanh, 10 values), P10, P11, U1 (io_stream, one value); Vitis HLS P7, U9 (io_parallel,
# 1 and 64 values), S5, S6, V4 (io_stream, one value); since branch foldin2 M3 (io_parallel) and L2
# (io_stream; before: Vitis LUT index_bits 12.171, FF input_bits 1.3903, stream 0.5355).
TABLE_LOGIC_CONSTANTS = {
    "vivado": {
        "lut": {"index_bits": 11.5295, "stream": 46.1638},
        "ff": {"input_bits": 1.244, "stream": 35.941},
    },
    "vitis": {"lut": {"index_bits": 12.5676, "stream": 0.0}, "ff": {"input_bits": 1.3401, "stream": 2.4581}},
}


@dataclass(frozen=True)
class TableActivation:
    """One sigmoid or tanh call: its values per pipeline iteration and whether it is io_stream."""

    name: str
    function: str
    values: int  # io_parallel: n_in; io_stream: the stream word's pack
    input_type: FixedType
    table_size: int
    stream: bool

    @property
    def index_bits(self) -> int:
        """Integer bits of `data * table_size / R`: the index arithmetic's width before the clamp."""
        scale = log2(max(self.table_size, 1) / TABLE_RANGE[self.function])
        return max(1, round(self.input_type.integer + scale))


def table_logic_features(layer: TableActivation) -> dict:
    """The counts the `TABLE_LOGIC_CONSTANTS` multiply."""
    return {
        "index_bits": float(layer.values * layer.index_bits),
        "input_bits": float(layer.values * layer.input_type.width),
        "stream": float(layer.stream),
    }


def estimate_table_activation(
    layer: TableActivation, hls_tool: str, constants: dict | None = None, latency: dict | None = None
) -> dict:
    """{lut, ff, latency_cycles, ii} of one sigmoid or tanh (source "estimate"; `constants`, `latency`: to use
    instead of `TABLE_LOGIC_CONSTANTS[hls_tool]`, `TABLE_ACTIVATION_LATENCY`)."""

    constants = constants or TABLE_LOGIC_CONSTANTS[hls_tool]
    features = table_logic_features(layer)
    cost = {
        resource: round(weighted_sum(constants[resource], {key: features[key] for key in keys}))
        for resource, keys in FEATURES.items()
    }
    cycles = 0 if layer.stream else (latency or TABLE_ACTIVATION_LATENCY)[hls_tool]
    return {**cost, "latency_cycles": cycles, "ii": 1, "source": "estimate"}


def fit_table_logic_constants(rows, hls_tool: str, floor: float = FLOOR) -> dict:
    """`TABLE_LOGIC_CONSTANTS[hls_tool]` from (TableActivation, report dict with lut and ff, HLS tool, design)
    rows: NNLS on relative errors over the tool's rows, reports under `floor` weighed as `floor`."""
    mine = [(layer, report) for layer, report, tool, _ in rows if tool == hls_tool]
    if not mine:
        raise ValueError(f"no {hls_tool} sigmoid/tanh instance to fit on")
    features = [table_logic_features(layer) for layer, _ in mine]
    fitted = {}
    for resource, keys in FEATURES.items():
        matrix = np.array([[f[key] for key in keys] for f in features])
        solution = relative_nnls(matrix, [report[resource] for _, report in mine], floor=floor)
        fitted[resource] = {key: round(value, 4) for key, value in zip(keys, solution)}
    return fitted


def leave_one_design_out(rows) -> list[tuple]:
    """(row, estimate with its tool's constants fitted without the row's design) for every row."""
    return leave_one_design_out_instances(rows, estimate_table_activation, fit_table_logic_constants)


def fit_table_activation_latency(rows) -> dict:
    """TABLE_ACTIVATION_LATENCY from (HLS tool, reported latency) rows of io_parallel sigmoid/tanh instances:
    the median per tool, rounded to a cycle."""
    fitted = {}
    for tool in ("vivado", "vitis"):
        latencies = [latency for row_tool, latency in rows if row_tool == tool]
        fitted[tool] = round(float(np.median(latencies))) if latencies else 0
    return fitted
