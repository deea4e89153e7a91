"""ReLU instance errors before/after a ReLU rule (branch deadrelu, issue 16): the keep criterion's part (1).

* Calibration: `activation.leave_one_network_out` on calibration/activations.csv (each network's ReLUs
  estimated with constants fitted without it): LUT and FF relative error, latency cycles off.
* Held-out sets: every io_parallel ReLU call of every held-out design with instances.csv rows, estimated
  from its project as `fpgaprune estimate PROJECT_DIR` does (`glue.estimate_project` at the MANIFEST's tool
  and version; the ReLU constants are fitted on the calibration set only, so these are out of sample),
  against the instance's csynth LUT/FF/latency.

Writes OUT.csv (one row per instance) and OUT_summary.csv (median, p90, worst per group and metric).

    PYTHONPATH=src nice -n 19 .venv/bin/python bench/deadrelu_measure.py [--out results/bench/deadrelu_relus]
"""

import argparse
import csv
import warnings
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware import heldout as h
from fpgaprune.core.hardware.activation import leave_one_network_out, read_relu_rows
from fpgaprune.core.hardware.glue import design_activations, estimate_project
from fpgaprune.core.hardware.project import read_project_files

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
FIELDS = ("group", "tool", "design", "layer", "n", "metric", "estimate", "report", "error")


def _rows(group, tool, design, layer, n, estimate, report) -> list[dict]:
    out = []
    for metric in ("lut", "ff", "latency_cycles"):
        e, r = float(estimate[metric]), float(report[metric])
        error = abs(e - r) if metric == "latency_cycles" else abs(e - r) / max(r, 1.0)
        out.append(dict(zip(FIELDS, (group, tool, design, layer, n, metric, e, r, round(error, 6)))))
    return out


def calibration_rows() -> list[dict]:
    out = []
    for row, estimate in leave_one_network_out(read_relu_rows(DATA / "calibration" / "activations.csv")):
        out += _rows("calibration_lono", row.hls_tool, row.case, row.activation.name, row.activation.n,
                     estimate, row.report)  # fmt: skip
    return out


def heldout_rows() -> list[dict]:
    out = []
    for root, design, instances in h.manifest_designs_with_instances(DATA):
        out += _design_rows(root, design, instances)
    return out


def _design_rows(root: Path, design: dict, instances: list[dict]) -> list[dict]:
    project = root / "projects" / design["design"]
    if not (project / "firmware").is_dir():
        return []
    relus = [a for a in design_activations(read_project_files(project)) if not a.stream_pack]
    reported = {r["layer"]: r for r in instances if r["design"] == design["design"]}
    relus = [a for a in relus if a.name in reported]
    if not relus:
        return []
    tool = h.manifest_tool(design)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        estimate = estimate_project(project, tool, h.manifest_version(design))["activations"]
    out = []
    for relu in relus:
        row = reported[relu.name]
        report = {"lut": row["lut"], "ff": row["ff"], "latency_cycles": row["latency_max"]}
        out += _rows("heldout", tool, f"{root.name}/{design['design']}", relu.name, relu.n,
                     estimate[relu.name], report)  # fmt: skip
    return out


def summary(rows: list[dict]) -> list[dict]:
    out = []
    keys = sorted({(r["group"], r["metric"]) for r in rows})
    for group, metric in keys:
        mine = [r for r in rows if r["group"] == group and r["metric"] == metric]
        for tool in ("all", "vivado", "vitis"):
            these = [r for r in mine if tool == "all" or r["tool"] == tool]
            if not these:
                continue
            errors = np.array([r["error"] for r in these])
            worst = these[int(np.argmax(errors))]
            out.append(
                {
                    "group": group,
                    "metric": metric,
                    "tool": tool,
                    "n": len(these),
                    "median": round(float(np.median(errors)), 4),
                    "p90": round(float(np.percentile(errors, 90)), 4),
                    "worst": round(float(errors.max()), 4),
                    "worst_instance": f"{worst['design']}/{worst['layer']}",
                }
            )
    return out


def _write(path: Path, rows: list[dict]) -> None:
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("results/bench/deadrelu_relus"))
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    rows = calibration_rows() + heldout_rows()
    _write(args.out.with_suffix(".csv"), rows)
    table = summary(rows)
    _write(args.out.parent / f"{args.out.name}_summary.csv", table)
    for line in table:
        print(line)


if __name__ == "__main__":
    main()
