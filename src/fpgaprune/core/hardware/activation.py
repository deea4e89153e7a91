"""LUT, FF and latency of hls4ml's io_parallel ReLU (`nnet_activation.h`), fitted on the calibration reports.

`relu` is `#pragma HLS PIPELINE` over n elements: a sign test and a select per element, then the
conversion to the output type. When the output type rounds (anything but AP_TRN) or saturates (AP_SAT*),
the conversion is an adder and a range check over the input bits; a plain truncating, wrapping output
is wiring. So:

* LUT = lut_select * n * output bits + lut_convert * n * input bits * [the output rounds or saturates];
* latency = the cycles of one adder path (`RELU_ADDER_NS` at the target clock) when the output converts,
  else 0; II 1;
* FF = ff_register * n * (input + output bits) when the latency is at least 1 (the stage boundary).

Constants per HLS tool, NNLS on relative errors over `tests/core/hardware/data/calibration/activations.csv`
(the ReLU instances of the calibration reports; `fit_relu_constants`); the adder delay on the same rows
(`fit_relu_adder_ns`). Every number is an estimate.
"""

import csv
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.optimize import nnls

from fpgaprune.core.hardware.logic import _cycles, clock_budget
from fpgaprune.core.hardware.precision import FixedType, parse_precision

RELU_KEYS = ("lut_select", "lut_convert", "ff_register")
# ns of the ReLU's conversion adder per HLS tool: the middle of the `ADDER_GRID` delays that match the most
# calibration ReLU latencies (`fit_relu_adder_ns`; until fidelity7 the tool-wide Dense fit's adder_ns was
# used, which moved when the calibration grew). tests/core/hardware/test_activation.py checks the fit.
ADDER_GRID = np.arange(0.25, 10.01, 0.25)
RELU_ADDER_NS = {"vivado": 2.25, "vitis": 3.75}
# Rounded to 4 digits; tests/core/hardware/test_activation.py checks they equal a fresh fit.
RELU_CONSTANTS = {
    "vivado": {"lut_select": 1.583, "lut_convert": 3.3834, "ff_register": 1.2881},
    "vitis": {"lut_select": 2.375, "lut_convert": 1.3505, "ff_register": 1.2881},
}


@dataclass(frozen=True)
class Activation:
    """One activation layer: its function, element count, types and (io_stream) stream word size.

    io_stream (`nnet_activation_stream.h`): a loop over the n / pack stream words, PIPELINE II=1, each
    iteration computing pack elements; so pack elements of logic, and n / pack more cycles.
    """

    name: str
    function: str
    n: int
    input_type: FixedType
    output_type: FixedType
    stream_pack: int = 0  # 0: io_parallel

    @property
    def parallel_elements(self) -> int:
        return self.stream_pack or self.n

    @property
    def stream_words(self) -> int:
        return max(1, self.n // self.stream_pack) if self.stream_pack else 0


def converts(output_type: FixedType) -> bool:
    """Whether writing into `output_type` rounds or saturates (an adder and a range check)."""
    return output_type.rounding != "TRN" or output_type.overflow != "WRAP"


def relu_latency(
    activation: Activation, hls_tool: str, clock_ns: float, adder_ns: float | None = None
) -> int:
    """Cycles of the ReLU: one adder path (`RELU_ADDER_NS`) when the output converts, else none."""
    path = RELU_ADDER_NS[hls_tool] if adder_ns is None else adder_ns
    return _cycles(path, clock_budget(clock_ns)) if converts(activation.output_type) else 0


def fit_relu_adder_ns(rows: list["ReluRow"], tool: str) -> float:
    """The middle of the `ADDER_GRID` delays giving the fewest cycles of latency error over `tool`'s ReLU rows
    (the delay farthest from both ends of the interval the reports allow)."""
    mine = [row for row in rows if row.hls_tool == tool] or rows
    errors = [
        sum(
            abs(
                relu_latency(row.activation, row.hls_tool, row.clock_ns, adder) - row.report["latency_cycles"]
            )
            for row in mine
        )
        for adder in ADDER_GRID
    ]
    best = np.flatnonzero(np.asarray(errors) == min(errors))
    return float(ADDER_GRID[best[len(best) // 2]])


def relu_features(activation: Activation, latency: int) -> dict:
    """The counts the RELU_KEYS constants multiply."""
    n, bits_in, bits_out = (
        activation.parallel_elements,
        activation.input_type.width,
        activation.output_type.width,
    )
    return {
        "lut_select": float(n * bits_out),
        "lut_convert": float(n * bits_in * converts(activation.output_type)),
        "ff_register": float(n * (bits_in + bits_out) * (latency >= 1)),
    }


def estimate_relu(
    activation: Activation, hls_tool: str, clock_ns: float, constants: dict | None = None
) -> dict:
    """{lut, ff, latency_cycles, ii} of one ReLU (source "estimate")."""
    constants = constants or RELU_CONSTANTS[hls_tool]
    latency = relu_latency(activation, hls_tool, clock_ns)
    features = relu_features(activation, latency)
    lut = (
        constants["lut_select"] * features["lut_select"] + constants["lut_convert"] * features["lut_convert"]
    )
    ff = constants["ff_register"] * features["ff_register"]
    if activation.stream_pack:  # the word loop: one word a cycle, then the last one's conversion
        latency = activation.stream_words + latency
        return {
            "lut": round(lut),
            "ff": round(ff),
            "latency_cycles": latency,
            "ii": latency,
            "source": "estimate",
        }
    return {"lut": round(lut), "ff": round(ff), "latency_cycles": latency, "ii": 1, "source": "estimate"}


@dataclass(frozen=True)
class ReluRow:
    """One ReLU instance of a calibration report."""

    case: str
    activation: Activation
    hls_tool: str
    clock_ns: float
    report: dict

    @property
    def network(self) -> str:
        """The calibration network (the D_* designs repeat one network at six settings)."""
        return self.case.split("_DSP_")[0].split("_LUT_")[0]


def read_relu_rows(path: str | Path) -> list[ReluRow]:
    """The rows of activations.csv (see scripts/extract_calibration_activations.py)."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no activation calibration table")
    with path.open(newline="") as handle:
        return [_relu_row(record) for record in csv.DictReader(handle)]


def _relu_row(record: dict) -> ReluRow:
    activation = Activation(
        record["config"],
        record["function"],
        int(record["n"]),
        parse_precision(record["input_type"]),
        parse_precision(record["output_type"]),
    )
    tool = "vivado" if record["hls_tool"].lower().startswith("vivado") else "vitis"
    report = {
        key: int(record[column])
        for key, column in (("lut", "lut"), ("ff", "ff"), ("latency_cycles", "latency"), ("ii", "ii"))
    }
    return ReluRow(record["case_id"], activation, tool, float(record["clock_target_ns"]), report)


def fit_relu_constants(rows: list[ReluRow], tool: str) -> dict:
    """RELU_KEYS constants of `tool`, NNLS on relative errors (FF over the rows of both tools)."""
    mine = [row for row in rows if row.hls_tool == tool] or rows
    lut = _relative_nnls(mine, ("lut_select", "lut_convert"), "lut")
    ff = _relative_nnls(rows, ("ff_register",), "ff")
    return {**lut, **ff}


def _relative_nnls(rows: list[ReluRow], keys: tuple, metric: str) -> dict:
    features = [
        relu_features(row.activation, relu_latency(row.activation, row.hls_tool, row.clock_ns))
        for row in rows
    ]
    matrix = np.array([[f[key] for key in keys] for f in features])
    reports = np.maximum(np.array([row.report[metric] for row in rows], dtype=float), 1.0)
    solution, _ = nnls(matrix / reports[:, None], np.ones(len(rows)))
    return {key: float(value) for key, value in zip(keys, solution)}


def leave_one_network_out(rows: list[ReluRow]) -> list[tuple[ReluRow, dict]]:
    """(row, estimate with constants fitted without the row's network) for every row."""
    results = []
    for network in sorted({row.network for row in rows}):
        training = [row for row in rows if row.network != network]
        for row in (row for row in rows if row.network == network):
            constants = fit_relu_constants(training, row.hls_tool)
            results.append((row, estimate_relu(row.activation, row.hls_tool, row.clock_ns, constants)))
    return results
