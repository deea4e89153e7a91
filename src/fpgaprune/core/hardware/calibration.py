"""Compare the cost model with real synthesis reports (the layers.csv format of shared/vivado_reports).

Each CSV row is one layer of a synthesized hls4ml design: its shape, types, reuse factor, strategy,
tool settings, weights file, and the report's per-layer numbers. Rows whose `flags` mark a stale
report copy or a design that overflows its device are left out. A row may name no weights file
(`weights_copy` empty) only when hls4ml counted no zero weight (`n_zeros_hls` 0) and the weight
values cannot change the estimate (plain Resource at RF > 1, whose weights sit in a ROM). Errors are relative,
|estimate - report| / max(report, 1), so a layer the report gives 0 DSPs counts its estimated DSPs.
"""

import csv
import re
from dataclasses import dataclass, replace
from itertools import product
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware.cost import LayerEstimate, estimate_layer
from fpgaprune.core.hardware.glue import with_result_register
from fpgaprune.core.hardware.layer import LayerHardware
from fpgaprune.core.hardware.logic import Constants
from fpgaprune.core.hardware.multipliers import Target
from fpgaprune.core.hardware.project import kernel_from_hls_order, read_weights_file

EXCLUDED_FLAGS = ("EXCLUDE", "> device")  # stale copy of another report; design overflows its device
# The io_type a design's report was built with, where it differs from the project's: F1's project says
# io_stream, but its csynth report names io_parallel functions (`dense_latency_*` kernels, `relu_ap_fixed_*`)
# and no stream function (`dense_array_*`, `relu_array_*`), so its report comes from an io_parallel build.
REPORTED_IO_TYPE = {"F1": "io_parallel"}
REPORT_COLUMNS = {
    "dsp": "layer_DSP",
    "bram_18k": "layer_BRAM18K",
    "lut": "layer_LUT",
    "ff": "layer_FF",
    "latency_cycles": "layer_lat_max",
    "ii": "layer_II",
}


@dataclass(frozen=True)
class CalibrationRow:
    """One reported layer: its configuration, weights, tool settings and the report's numbers."""

    case: str
    layer: LayerHardware
    kernel: np.ndarray | None  # None: no weights file (see the module docstring)
    target: Target
    report: dict
    # (values, bits) of the result array a 0-cycle call of this layer registers inside its report instance
    # (a Dense of an io_parallel DATAFLOW top, `glue.dataflow_result_registers`); None: no such register
    result_register: tuple[int, int] | None = None

    def estimate(self, target: Target | None = None, constants: Constants | None = None) -> LayerEstimate:
        """The layer's estimate with the result register its report instance holds when it takes 0 cycles
        (`glue.result_register_ff`, as the project estimate adds it)."""
        estimate = estimate_layer(self.layer, self.kernel, target or self.target, constants)
        return with_result_register(estimate, self.result_register)


def read_calibration(reports_dir: str | Path, table: str = "layers.csv") -> list[CalibrationRow]:
    """The trusted rows of `reports_dir`/`table`, with their weights.

    Args:
        reports_dir: directory holding the table and the weights files it names.
        table: file name of the table inside `reports_dir`.
    """
    reports_dir = Path(reports_dir)
    path = reports_dir / table
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no calibration table")
    with path.open(newline="") as handle:
        records = list(csv.DictReader(handle))
    uncertainty = report_uncertainties(reports_dir)
    return [_row(record, reports_dir, uncertainty) for record in records if not _excluded(record)]


_CLOCK_ROW = re.compile(r"\|\s*ap_clk\s*\|\s*([\d.]+)\s*ns\s*\|\s*[\d.]+\s*ns\s*\|\s*([\d.]+)\s*ns")


def report_uncertainties(reports_dir: Path) -> dict:
    """(repo, report path in the repository) -> the clock uncertainty its csynth report states, as a share
    of the period (from `MANIFEST.tsv` and the report copies beside it; empty when there is no manifest)."""
    manifest = reports_dir / "MANIFEST.tsv"
    if not manifest.is_file():
        return {}
    with manifest.open(newline="") as handle:
        entries = list(csv.DictReader(handle, delimiter="\t"))
    found = {}
    for entry in entries:
        report = reports_dir / entry["file"]
        match = _CLOCK_ROW.search(report.read_text(errors="replace")) if report.is_file() else None
        if match:
            found[entry["repo"], entry["path_in_repo"]] = float(match.group(2)) / float(match.group(1))
    return found


def _excluded(record: dict) -> bool:
    return any(flag in (record.get("flags") or "") for flag in EXCLUDED_FLAGS)


def _row(record: dict, reports_dir: Path, uncertainty: dict) -> CalibrationRow:
    layer = _layer(record)
    kernel = _kernel(record, layer, reports_dir)
    report = {key: int(float(record[column])) for key, column in REPORT_COLUMNS.items()}
    target = _target(record, uncertainty.get((record.get("repo"), record.get("csynth_report"))))
    return CalibrationRow(record["case_id"], layer, kernel, target, report)


def _kernel(record: dict, layer: LayerHardware, reports_dir: Path) -> np.ndarray | None:
    if record.get("weights_copy"):
        return kernel_from_hls_order(layer, read_weights_file(reports_dir / record["weights_copy"]))
    if layer.strategy != "resource" or not layer.weights_in_bram or int(record["n_zeros_hls"]) != 0:
        raise ValueError(
            f"{layer.name}: no weights file; only plain Resource rows at RF > 1 with n_zeros_hls 0 "
            "may omit it (their estimate does not depend on the weight values)"
        )
    return None


def _layer(record: dict) -> LayerHardware:
    kind = "conv2d" if record["layer_kind"].lower().startswith("conv") else "dense"
    if kind == "dense":
        shape = (int(record["n_in"]), int(record["n_out"]))
        positions = {}
    else:
        shape = tuple(int(record[key]) for key in ("filt_h", "filt_w", "n_chan", "n_filt"))
        positions = {
            "output_positions": int(record["out_h"]) * int(record["out_w"]),
            "input_positions": int(record["in_h"]) * int(record["in_w"]),
        }
    return LayerHardware(
        f"{record['case_id']}/{record['layer_name']}",
        kind,
        shape,
        int(record["reuse_factor"]),
        record["strategy"],
        REPORTED_IO_TYPE.get(record["case_id"], record["io_type"]),
        record["weight_type"],
        record["data_in_type"],
        record["accum_type"],
        **positions,
    )


def _target(record: dict, uncertainty: float | None = None) -> Target:
    multiplier = (record.get("config_op_mul") or "").strip().lower()
    return Target(
        part=record["part"],
        hls_tool="vivado" if record["hls_tool"].lower().startswith("vivado") else "vitis",
        mul_impl=multiplier if multiplier in ("dsp", "fabric") else "auto",
        clock_ns=float(record["clock_target_ns"]),
        clock_uncertainty=uncertainty,
        hls_version=record.get("hls_version") or None,
    )


def relative_error(estimate: float, report: float) -> float:
    """|estimate - report| / max(report, 1)."""
    return abs(estimate - report) / max(report, 1)


def error_summary(errors) -> dict:
    """Median and 90th percentile of relative errors, and how many rows they cover."""
    errors = np.asarray(list(errors), dtype=float)
    if errors.size == 0:
        return {"n": 0, "median": None, "p90": None}
    return {
        "n": int(errors.size),
        "median": float(np.median(errors)),
        "p90": float(np.percentile(errors, 90)),
    }


def model_errors(rows, resource: str = "dsp") -> list[float]:
    """Relative error of our estimate for every row."""
    return [relative_error(getattr(row.estimate(), resource), row.report[resource]) for row in rows]


# the rule choices the DSP count depends on, searched in the held-out check (defaults first; lut_max_bits
# None: the tool's `multipliers.LUT_MAX_BITS`)
RULE_GRID = {"shift_add_max_digits": (2, 1, 3), "lut_max_bits": (None, 4, 6, 8, 10, 12, 16)}


def leave_one_case_out(rows, resource: str = "dsp") -> list[float]:
    """Held-out errors: for each case, pick the rule choices best on the other cases, then score it.

    Args:
        rows: calibration rows.
        resource: which estimate to score.

    Returns:
        One relative error per row, each computed with rules chosen without that row's case.
    """
    choices = [dict(zip(RULE_GRID, values)) for values in product(*RULE_GRID.values())]
    table = np.array([[_row_error(row, choice, resource) for row in rows] for choice in choices])
    cases = np.array([row.case for row in rows])
    held_out = np.empty(len(rows))
    for case in np.unique(cases):
        inside = cases == case
        best = int(np.argmin(table[:, ~inside].mean(axis=1)))  # first minimum: defaults win ties
        held_out[inside] = table[best, inside]
    return held_out.tolist()


def _row_error(row: CalibrationRow, choice: dict, resource: str) -> float:
    estimate = row.estimate(replace(row.target, **choice))
    return relative_error(getattr(estimate, resource), row.report[resource])


def latency_band_error(estimate: float, report: float) -> float:
    """|estimate - report| in units of the latency target band, max(1 cycle, 10 % of the report)."""
    return abs(estimate - report) / max(1.0, 0.1 * report)
