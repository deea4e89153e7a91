"""LUT, FF and latency of hls4ml's io_parallel ReLU (`nnet_activation.h`), fitted on the calibration reports.

`relu` is `#pragma HLS PIPELINE` over n elements: a sign test and a select per element, then the
conversion to the output type. When the output type rounds (anything but AP_TRN) or saturates (AP_SAT*),
the conversion is an adder and a range check over the input bits; a plain truncating, wrapping output
is wiring. So:

* LUT = lut_select * n * output bits + lut_convert * n * input bits * [the output rounds or saturates];
* latency = the cycles of one adder path (`RELU_ADDER_NS` at the target clock) when the output converts,
  else 0; II 1;
* FF = ff_register * n * (input + output bits) when the latency is at least 1 (the stage boundary);

where n counts the live elements only: an input HLS finds constant (a Latency Dense or pointwise Conv1D
output whose kernel column is all zero, `constchan.constant_elements`) has a constant ReLU and no logic
(branch deadrelu, docs/cost-model-record.md 2.7 "ReLUs of constant inputs": the reports' ReLU LUT/FF per
live element is constant within a design, Vivado HLS 2019.2-2020.1 and Vitis HLS 2021.1-2024.1, DATAFLOW or
not).

Constants per HLS tool, NNLS on relative errors over `tests/core/hardware/data/calibration/activations.csv`
(the ReLU instances of the calibration reports; `fit_relu_constants`); the adder delay on the same rows
(`fit_relu_adder_ns`). Every number is an estimate.
"""

import csv
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware.logic import (
    _cycles,
    clock_budget,
    fit_instance_constants,
    leave_one_design_out_instances,
    relative_nnls,
    weighted_sum,
)
from fpgaprune.core.hardware.precision import FixedType, parse_precision

RELU_KEYS = ("lut_select", "lut_convert", "ff_register")
# ns of the ReLU's conversion adder per HLS tool: the middle of the `ADDER_GRID` delays that match the most
# calibration ReLU latencies (`fit_relu_adder_ns`; until fidelity7 the tool-wide Dense fit's adder_ns was
# used, which moved when the calibration grew). tests/core/hardware/test_activation.py checks the fit.
ADDER_GRID = np.arange(0.25, 10.01, 0.25)
RELU_ADDER_NS = {"vivado": 2.25, "vitis": 3.75}
# Rounded to 4 digits; tests/core/hardware/test_activation.py checks they equal a fresh fit. Fitted on the
# live elements since branch deadrelu (before, on all n: vivado 1.583, 3.3834; vitis 2.375, 1.3505; FF
# 1.2881).
RELU_CONSTANTS = {
    "vivado": {"lut_select": 1.75, "lut_convert": 4.092, "ff_register": 1.4215},
    "vitis": {"lut_select": 2.375, "lut_convert": 1.7132, "ff_register": 1.4215},
}


# FF of an io_stream ReLU (`nnet_activation_stream.h`: a loop over n / pack words, PIPELINE II=1, each trip
# reading a word, selecting pack values and writing the output word), per HLS tool: `word_bits` per bit of the
# output word (pack x output bits; the word is registered once per pipeline stage beyond the loop's read and
# write) + `fixed` (the loop's control). How many extra stages HLS schedules (report latency - trips: Vivado
# HLS 2-4, Vitis HLS 1-3) follows neither the types nor the clock the model reads (docs/cost-model-record.md
# 2.7), so `word_bits` is the expected number of registered output words, not a count per design. Fitted by
# `fit_stream_relu_ff` (least absolute deviations, non-negative) on the io_stream ReLU instances of the
# calibrating held-out designs (`heldout.read_stream_relu_rows`); tests/core/hardware/test_activation.py
# checks they equal a fresh fit. Before (branch streamact): the io_parallel rule, 0 FF unless the output
# converts in a cycle of its own (19 of 20,825 report FF over these instances).
STREAM_RELU_FF = {
    "vivado": {"word_bits": 1.0547, "fixed": 19.0},
    "vitis": {"word_bits": 0.9414, "fixed": 0.0},
}
STREAM_RELU_FF_KEYS = ("word_bits", "fixed")


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
    constant: int = 0  # io_parallel inputs HLS finds constant (`constchan.constant_elements`): no logic

    @property
    def parallel_elements(self) -> int:
        """The elements with logic: a stream word's, else the live (non-constant) ones."""
        return self.stream_pack or self.n - self.constant

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


def stream_relu_features(activation: Activation) -> dict:
    """The counts `STREAM_RELU_FF` multiplies: the output word's bits (pack x output bits) and 1."""
    return {"word_bits": float(activation.stream_pack * activation.output_type.width), "fixed": 1.0}


def estimate_relu(
    activation: Activation,
    hls_tool: str,
    clock_ns: float,
    constants: dict | None = None,
    stream_ff: dict | None = None,
) -> dict:
    """{lut, ff, latency_cycles, ii} of one ReLU (source "estimate"); an io_stream ReLU's FF is
    `STREAM_RELU_FF[hls_tool]` (`stream_ff`: to use instead)."""
    constants = constants or RELU_CONSTANTS[hls_tool]
    latency = relu_latency(activation, hls_tool, clock_ns)
    features = relu_features(activation, latency)
    lut = (
        constants["lut_select"] * features["lut_select"] + constants["lut_convert"] * features["lut_convert"]
    )
    ff = constants["ff_register"] * features["ff_register"]
    if activation.stream_pack:  # the word loop: one word a cycle, then the last one's conversion
        ff = weighted_sum(stream_ff or STREAM_RELU_FF[hls_tool], stream_relu_features(activation))
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
    """The rows of activations.csv (see scripts/extract_calibration_activations.py), each with the inputs
    HLS finds constant (`calibration_constant_inputs`, from layers.csv beside it)."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no activation calibration table")
    with path.open(newline="") as handle:
        records = list(csv.DictReader(handle))
    constant = calibration_constant_inputs(path.parent, records)
    return [_relu_row(record, constant.get((record["case_id"], record["config"]), 0)) for record in records]


def calibration_constant_inputs(directory: Path, records: list[dict]) -> dict[tuple[str, str], int]:
    """(case, ReLU config) -> inputs HLS finds constant, for the activations.csv `records`: the ReLU reads the
    Dense layer of `directory`/layers.csv with its case, n_out = its n and the largest config number below
    its own (hls4ml numbers configs in layer order); its constant outputs (`constchan.constant_outputs`)
    when its strategy folds its weights (`constchan.FOLDING_STRATEGY`; weights in Keras order, n_in x n_out).
    This assumes the ReLU reads that Dense's output directly, as in every calibration case (plain Dense ->
    ReLU MLPs); a case with a layer between them (batch normalisation, a linear activation) needs the
    project's calls (`glue.constant_relu_inputs`, which the whole-design estimate uses) instead.
    """
    from fpgaprune.core.hardware.constchan import FOLDING_STRATEGY, constant_outputs
    from fpgaprune.core.hardware.project import read_weights_file

    table = Path(directory) / "layers.csv"
    if not table.is_file():
        return {}
    with table.open(newline="") as handle:
        layers = list(csv.DictReader(handle))
    constant = {}
    for record in records:
        number = _config_number(record["config"])
        mine = [
            r
            for r in layers
            if r["case_id"] == record["case_id"]
            and int(r["n_out"]) == int(record["n"])
            and _config_number(r["layer_cfg"]) < number
        ]
        dense = max(mine, key=lambda r: _config_number(r["layer_cfg"])) if mine else None
        if dense and dense["strategy"] == FOLDING_STRATEGY and dense["weights_copy"]:
            flat = read_weights_file(Path(directory) / dense["weights_copy"])
            kernel = flat.reshape(int(dense["n_in"]), int(dense["n_out"]))
            constant[(record["case_id"], record["config"])] = int(constant_outputs(kernel).sum())
    return constant


def _config_number(config: str) -> int:
    digits = config.rsplit("config", 1)[-1]
    return int(digits) if digits.isdigit() else -1


def _relu_row(record: dict, constant: int = 0) -> ReluRow:
    activation = Activation(
        record["config"],
        record["function"],
        int(record["n"]),
        parse_precision(record["input_type"]),
        parse_precision(record["output_type"]),
        constant=constant,
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
    solution = relative_nnls(matrix, [row.report[metric] for row in rows], floor=1.0)
    return dict(zip(keys, solution))


def leave_one_network_out(rows: list[ReluRow]) -> list[tuple[ReluRow, dict]]:
    """(row, estimate with constants fitted without the row's network) for every row."""
    results = []
    for network in sorted({row.network for row in rows}):
        training = [row for row in rows if row.network != network]
        for row in (row for row in rows if row.network == network):
            constants = fit_relu_constants(training, row.hls_tool)
            results.append((row, estimate_relu(row.activation, row.hls_tool, row.clock_ns, constants)))
    return results


def fit_stream_relu_ff(rows, hls_tool: str) -> dict:
    """`STREAM_RELU_FF[hls_tool]` from (Activation, report dict with ff, HLS tool, design) rows of io_stream
    ReLU instances: least absolute deviations over the tool's rows, non-negative (a register bit is no
    negative FF)."""
    mine = [(layer, report) for layer, report, tool, _ in rows if tool == hls_tool]
    if not mine:
        raise ValueError(f"no {hls_tool} io_stream ReLU instance to fit on")
    features = [stream_relu_features(layer) for layer, _ in mine]
    reports = [report for _, report in mine]
    return fit_instance_constants(features, reports, {"ff": STREAM_RELU_FF_KEYS})["ff"]


def stream_relu_leave_one_design_out(rows) -> list[tuple]:
    """(row, estimate with its tool's `STREAM_RELU_FF` fitted without the row's design) for every row of
    `fit_stream_relu_ff`'s layout (the ReLU's clock does not enter its FF; 10 ns is passed)."""

    def estimate(layer, tool, fitted):
        return estimate_relu(layer, tool, 10.0, stream_ff=fitted)

    return leave_one_design_out_instances(rows, estimate, fit_stream_relu_ff)
