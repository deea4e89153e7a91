"""Latency and FF errors of Latency-strategy (constant-weight) layers against the clock budget.

Reads the calibration layers (`heldout.read_calibration_set`: layers.csv and the held-out sets moved in; the
io_stream layers that fit the stream wrapper, `heldout.read_stream_wrapper_set`) and
the weight layers of the held-out sets that are not calibration rows (11, 15, 16, 17; sets 9 and 10 are
Resource-strategy design totals, set 18 is the blind check and is not read), estimates each with the
constants in `logic` (in sample for the calibration rows) and writes one row per layer, then tables of the
median errors by (tool, fabric, clock band).

    PYTHONPATH=src .venv/bin/python bench/tight_clock_errors.py [--out-dir results/bench] [--cv-dir DIR]

With --cv-dir (where `bench/cost_model_cv.py` wrote cost_model_cv.csv and cost_model_cv_stream.csv), the
calibration rows' leave-one-design-out estimates join the table (cv_* columns; in sample, a row is fitted on).

Writes <out-dir>/tight_clock_errors.csv (per layer) and tight_clock_errors.md (the tables).
"""

import argparse
import csv
from pathlib import Path

import numpy as np
from scipy.stats import spearmanr

from fpgaprune.core.hardware.calibration import latency_band_error, relative_error
from fpgaprune.core.hardware.cost import constant_kernel, estimate_model
from fpgaprune.core.hardware.heldout import (
    CALIBRATED_HELDOUT_SETS,
    design_repositories,
    read_calibration_set,
    read_design_project,
    read_stream_wrapper_set,
    read_table,
)
from fpgaprune.core.hardware.logic import tree_levels

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
REPOSITORIES = design_repositories(DATA)
FF_FLOOR = 100  # FF ratios are medians over rows whose report has at least this many FF (0/0 rows aside)
# held-out sets whose weight layers are not calibration rows (18 and 19 are never read here)
UNCALIBRATED_SETS = ("heldout11", "heldout15", "heldout16", "heldout17")
HEADER = (
    "| io_type | tool | fabric | clock | layers | designs | repositories | latency est-rpt median (min, max) "
    f"| latency err median | FF est/rpt median (report >= {FF_FLOOR}) | FF err median |"
)
CORRELATION_HEADER = (
    "| io_type | tool | fabric | rows | budgets (ns) | rho(budget, log FF ratio) (p) "
    "| rho(budget, latency est-rpt) (p) |"
)
BANDS = ((0.0, 4.0, "< 4 ns"), (4.0, 6.0, "4-6 ns"), (6.0, 1e9, ">= 6 ns"))


def _record(source, design, repo, layer, matrix, target, estimate, report) -> dict:
    kernel = constant_kernel(layer, matrix, target)
    return {
        "source": source,
        "design": design,
        "repo": repo,
        "layer": layer.name.split("/", 1)[-1],
        "kind": layer.kind,
        "io_type": layer.io_type,
        "tool": target.hls_tool,
        "fabric": target.fabric,
        "clock_ns": target.clock_ns,
        "uncertainty": round(target.uncertainty, 4),
        "budget_ns": round(target.budget_ns, 3),
        "levels": int(tree_levels(kernel.terms).max(initial=0)),
        "products": int(kernel.nonzero.sum()),
        "uses_dsp": kernel.uses_dsp,
        "data_bits": kernel.data_bits,
        "weight_bits": kernel.weight_bits,
        "accum_bits": kernel.accum_bits,
        "reuse_factor": layer.reuse_factor,
        "latency_est": int(estimate["latency_cycles"]),
        "latency_rpt": int(report["latency_cycles"]),
        "latency_err": round(latency_band_error(estimate["latency_cycles"], report["latency_cycles"]), 3),
        "ff_est": round(float(estimate["ff"])),
        "ff_rpt": int(report["ff"]),
        "ff_err": round(relative_error(estimate["ff"], report["ff"]), 3),
        "ff_ratio": round(float(estimate["ff"]) / max(report["ff"], 1), 3),
        "lut_err": round(relative_error(estimate["lut"], report["lut"]), 3),
    }


def _latency_kernel(layer) -> bool:
    return layer.constant_weights and layer.strategy == "latency"


def calibration_records() -> list[dict]:
    records = []
    for row in read_calibration_set(DATA) + read_stream_wrapper_set(DATA):
        if not _latency_kernel(row.layer):
            continue
        matrix = None if row.kernel is None else row.kernel.reshape(row.layer.n_in, row.layer.n_out)
        estimate = row.estimate().as_dict()
        repo = REPOSITORIES.get(row.case, "?")
        records.append(_record("calib", row.case, repo, row.layer, matrix, row.target, estimate, row.report))
    return records


def heldout_records(name: str) -> list[dict]:
    root = DATA / name
    instances = read_table(root / "instances.csv")
    records = []
    for design in read_table(root / "MANIFEST.tsv", "\t"):
        layers, kernels, target = read_design_project(root, design)
        reported = {row["layer"]: row for row in instances if row["design"] == design["design"]}
        for layer, kernel, estimate in zip(layers, kernels, estimate_model(layers, kernels, target).layers):
            if not _latency_kernel(layer) or layer.name not in reported:
                continue
            report = reported[layer.name]
            numbers = {
                "latency_cycles": int(report["latency_max"]),
                "ff": int(report["ff"]),
                "lut": int(report["lut"]),
            }
            matrix = None if kernel is None else np.asarray(kernel).reshape(layer.n_in, layer.n_out)
            records.append(
                _record(
                    name, design["design"], design["repo"], layer, matrix, target, estimate.as_dict(), numbers
                )
            )
    return records


def join_cv(records: list[dict], cv_dir: Path) -> None:
    """Add each calibration row's leave-one-design-out latency and FF estimates (cv_* keys)."""
    held = {}
    for name in ("cost_model_cv.csv", "cost_model_cv_stream.csv"):
        for row in read_table(cv_dir / name):
            held[row["case"], row["layer"], row["metric"]] = int(float(row["estimate"]))
    for record in records:
        key = record["design"], record["layer"]
        latency, ff = held.get((*key, "latency_cycles")), held.get((*key, "ff"))
        if latency is None or ff is None:
            continue
        record["cv_latency_est"], record["cv_ff_est"] = latency, ff
        record["cv_latency_err"] = round(latency_band_error(latency, record["latency_rpt"]), 3)
        record["cv_ff_ratio"] = round(ff / max(record["ff_rpt"], 1), 3)
        record["cv_ff_err"] = round(relative_error(ff, record["ff_rpt"]), 3)


def _band(clock: float) -> str:
    return next(label for low, high, label in BANDS if low <= clock < high)


def table(records: list[dict], title: str) -> list[str]:
    lines = [
        f"### {title}",
        "",
        HEADER,
        "|---" * 11 + "|",
    ]
    if any("cv_ff_err" in r for r in records):
        lines[2] += (
            " CV rows | CV latency err median "
            f"| CV FF est/rpt median (report >= {FF_FLOOR}) | CV FF err median |"
        )
        lines[3] += "---|" * 4

    def key(r):
        return r["io_type"], r["tool"], r["fabric"], _band(r["clock_ns"])

    for io_type, tool, fabric, band in sorted({key(r) for r in records}):
        mine = [r for r in records if key(r) == (io_type, tool, fabric, band)]
        delta = np.array([r["latency_est"] - r["latency_rpt"] for r in mine])
        lines.append(
            f"| {io_type} | {tool} | {fabric} | {band} | {len(mine)} | {len({r['design'] for r in mine})} "
            f"| {len({r['repo'] for r in mine})} "
            f"| {np.median(delta):+.1f} ({delta.min():+d}, {delta.max():+d}) "
            f"| {np.median([r['latency_err'] for r in mine]):.2f} "
            f"| {_median([r['ff_ratio'] for r in mine if r['ff_rpt'] >= FF_FLOOR])} "
            f"| {np.median([r['ff_err'] for r in mine]):.2f} |" + _cv_cells(mine)
        )
    return lines + [""]


def _cv_cells(mine: list[dict]) -> str:
    joined = [r for r in mine if "cv_ff_err" in r]
    if not joined:
        return ""
    latency = np.median([r["cv_latency_err"] for r in joined])
    ratio = _median([r["cv_ff_ratio"] for r in joined if r["ff_rpt"] >= FF_FLOOR])
    return f" {len(joined)} | {latency:.2f} | {ratio} | {np.median([r['cv_ff_err'] for r in joined]):.2f} |"


def _median(values: list) -> str:
    return f"{np.median(values):.2f}" if values else "-"


def correlation_lines(records: list[dict]) -> list[str]:
    """Spearman correlation of the budget with log(FF est/rpt) and with latency est - rpt, per group."""
    lines = [
        f"### Budget vs error, calibration rows in sample (report >= {FF_FLOOR} FF)",
        "",
        CORRELATION_HEADER,
        "|---" * 7 + "|",
    ]
    kept = [r for r in records if r["ff_rpt"] >= FF_FLOOR]
    for group in sorted({(r["io_type"], r["tool"], r["fabric"]) for r in kept}):
        mine = [r for r in kept if (r["io_type"], r["tool"], r["fabric"]) == group]
        budget = np.array([r["budget_ns"] for r in mine])
        cells = ["-", "-"]
        if len(set(budget)) > 1:
            ratio = np.log(np.maximum([r["ff_ratio"] for r in mine], 1e-3))
            delta = np.array([r["latency_est"] - r["latency_rpt"] for r in mine])
            cells = [_rho(budget, ratio), _rho(budget, delta)]
        budgets = ", ".join(f"{b:g}" for b in sorted(set(budget)))
        lines.append(f"| {' | '.join(group)} | {len(mine)} | {budgets} | {cells[0]} | {cells[1]} |")
    return lines + [""]


def _rho(x, y) -> str:
    if len(set(y)) < 2:
        return "-"
    result = spearmanr(x, y)
    return f"{result.statistic:.2f} ({result.pvalue:.2g})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=Path("results/bench"))
    parser.add_argument("--cv-dir", type=Path, default=None, help="bench/cost_model_cv.py's --out-dir")
    args = parser.parse_args()
    calibration = calibration_records()
    if args.cv_dir:
        join_cv(calibration, args.cv_dir)
    heldout = [r for name in UNCALIBRATED_SETS for r in heldout_records(name)]
    args.out_dir.mkdir(parents=True, exist_ok=True)
    with (args.out_dir / "tight_clock_errors.csv").open("w", newline="") as handle:
        fields = list(dict.fromkeys(key for record in calibration + heldout for key in record))
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(calibration + heldout)
    lines = table(
        calibration, f"Calibration rows, in sample (sets moved in: {', '.join(CALIBRATED_HELDOUT_SETS)})"
    )
    lines += correlation_lines(calibration)
    lines += table(heldout, f"Held-out sets not in the calibration ({', '.join(UNCALIBRATED_SETS)})")
    (args.out_dir / "tight_clock_errors.md").write_text("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
