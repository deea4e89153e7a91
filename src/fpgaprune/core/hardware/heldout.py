"""Score the cost model on public hls4ml projects outside the calibration set (no constant is fitted here).

A held-out set is a directory with `MANIFEST.tsv` (design -> repository, commit, report path, tool),
`instances.csv` (the report's per-instance numbers, tied to the layer name of `firmware/myproject.cpp`),
`summary.csv` (the report's utilization summary rows and top latency), `fifos.csv` (the report's stream
FIFOs) and `projects/<design>/` (the files `read_project` reads, copied at the report's commit).
`tests/core/hardware/data/heldout/` is one; `scripts/extract_heldout.py` built it.

Errors as in the calibration: DSP, LUT, FF relative (|estimate - report| / max(report, 1)); BRAM_18K in
blocks; latency in units of max(1 cycle, 10 % of the report).
"""

import csv
from dataclasses import dataclass
from pathlib import Path

from fpgaprune.core.hardware.calibration import latency_band_error, relative_error
from fpgaprune.core.hardware.cost import estimate_model
from fpgaprune.core.hardware.project import read_project

METRICS = ("dsp", "bram_18k", "lut", "ff", "latency_cycles", "ii")
_REPORT_COLUMN = {"latency_cycles": "latency_max"}


@dataclass(frozen=True)
class Comparison:
    """One layer and metric: the estimate, the report's number and the error."""

    design: str
    layer: str
    kind: str
    strategy: str
    io_type: str
    metric: str
    estimate: float
    report: float

    @property
    def error(self) -> float:
        return metric_error(self.metric, self.estimate, self.report)


def metric_error(metric: str, estimate: float, report: float) -> float:
    """The error of one number, in the unit the documentation uses for `metric`."""
    if metric == "bram_18k":
        return abs(estimate - report)
    if metric == "latency_cycles":
        return latency_band_error(estimate, report)
    return relative_error(estimate, report)


def read_table(path: str | Path, delimiter: str = ",") -> list[dict]:
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such held-out table")
    with path.open(newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


def layer_comparisons(root: str | Path) -> list[Comparison]:
    """Every weight layer of every held-out design, estimated from its project files, against its report."""
    root = Path(root)
    instances = read_table(root / "instances.csv")
    comparisons = []
    for design in read_table(root / "MANIFEST.tsv", "\t"):
        name = design["design"]
        layers, kernels, target = read_project(root / "projects" / name)
        reported = {row["layer"]: row for row in instances if row["design"] == name}
        for layer, estimate in zip(layers, estimate_model(layers, kernels, target).layers):
            comparisons += _compare(name, layer, estimate.as_dict(), reported[layer.name])
    return comparisons


def _compare(design: str, layer, estimate: dict, report: dict) -> list[Comparison]:
    return [
        Comparison(design, layer.name, layer.kind, layer.strategy, layer.io_type, metric,
                   float(estimate[metric]), float(report[_REPORT_COLUMN.get(metric, metric)]))
        for metric in METRICS
    ]


DESIGN_METRICS = ("dsp", "bram_18k", "lut", "ff", "latency_cycles", "ii")


def design_comparisons(root: str | Path) -> list[Comparison]:
    """Every held-out design's totals (`glue.estimate_project`) against its report's Total row and latency.

    The estimate counts weight layers, ReLUs and the FIFOs/tables' BRAM; softmax/sigmoid/tanh logic,
    pooling and the glue between layers are not modelled (they are in the report's totals).
    """
    from fpgaprune.core.hardware.glue import estimate_project

    root = Path(root)
    totals = {row["design"]: row for row in read_table(root / "summary.csv") if row["row"] == "Total"}
    comparisons = []
    for design in read_table(root / "MANIFEST.tsv", "\t"):
        name = design["design"]
        estimate = estimate_project(root / "projects" / name)["totals"]
        report = totals[name]
        comparisons += [
            Comparison(
                name,
                "(design)",
                "design",
                "",
                "",
                metric,
                float(estimate[metric]),
                float(report[_REPORT_COLUMN.get(metric, metric)]),
            )
            for metric in DESIGN_METRICS
        ]
    return comparisons
