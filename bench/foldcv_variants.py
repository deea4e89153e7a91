"""Cross-validation of variants of the layer-constant fit, on all calibration rows and on the rows main had
before sets 15-19 joined (branch foldcv; `bench/foldin2_regression.py` says where the old rows got worse).

Each variant changes one thing of `fit` for the duration of its run:
- base: the fit as it is.
- old_rows_only: the rows of before foldin2 only (does today's code reproduce the CV of before?).
- timing_without_new (diagnostic only, not a candidate: it drops data): the timing grid search leaves out the
  designs that joined with sets 15-19, the LUT/FF fits keep them.
- timing_ties_by_ff: of the timing grid points tied on the latency error, the one whose cuts fit the FF best
  (`fit.TIMING_TIE_BREAK`), not the first in grid order.
- strengths_of_before (diagnostic only): the LUT/FF shrinkage strengths held at those the inner
  cross-validation chooses on the rows of before (0.003, 0.03; on all rows today 0.001, 0.1).
- tight_vitis_us: Vitis HLS UltraScale rows at a clock under `TIGHT_CLOCK_NS` form a group of their own
  (`fit.fit_fabric`); the others stay as they are.
- per_group_shrinkage: each (tool, fabric) group chooses its LUT/FF shrinkage strengths on the inner errors
  of its own rows (`fit.SHRINKAGE_PER_GROUP`), not on all rows'.
- per_group_tight_vitis_us: both.
- tight_all: every row at a clock under `TIGHT_CLOCK_NS` forms a group of its own within its tool and fabric.

Writes results/bench/foldcv_variants.csv: per variant, way of leaving out, metric and row set (all, old,
new) the median and p90 of relative error (latency in band units), and the per-row tables to
results/bench/foldcv_variants/VARIANT_{design,repo}.csv.

    .venv/bin/python bench/foldcv_variants.py [--variants base,...] [--by design,repository]
"""

import argparse
import csv
import io
import subprocess
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware import fit
from fpgaprune.core.hardware.heldout import design_repositories, read_calibration_set, read_set9_rom_ff_rows

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "core" / "hardware" / "data"
BEFORE_REV = "f3fba88^1"  # main just before the merge of foldin2
TIGHT_CLOCK_NS = 4.0  # between the calibration's clocks (2.8 ns: M1, M3; then 3.33, 5, 10, 25 ns)
FIELDS = ("case", "layer", "strategy", "tool", "metric", "estimate", "report", "error")


def old_keys() -> set:
    shown = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{BEFORE_REV}:results/bench/cost_model_cv.csv"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return {(r["case"], r["layer"]) for r in csv.DictReader(io.StringIO(shown))}


def _tight(target) -> bool:
    return target.clock_ns < TIGHT_CLOCK_NS


def _variant(name: str, old_cases: set):
    """(rows filter, {fit attribute: replacement}) of a variant."""
    original_fabric, original_timing = fit.fit_fabric, fit._fit_timing
    if name == "base":
        return None, {}
    if name == "old_rows_only":
        return (lambda row: row.case in old_cases), {}
    if name == "timing_without_new":
        return None, {
            "_fit_timing": lambda rows, start: original_timing(
                [p for p in rows if p.row.case in old_cases] or rows, start
            )
        }
    if name == "tight_vitis_us":

        def fabric(target):
            plain = original_fabric(target)
            if target.hls_tool == "vitis" and plain == "ultrascale" and _tight(target):
                return "ultrascale_tight"
            return plain

        return None, {"fit_fabric": fabric}
    if name == "timing_ties_by_ff":
        return None, {"TIMING_TIE_BREAK": "ff"}
    if name == "strengths_of_before":
        return None, {"choose_shrinkage": lambda *args, **kwargs: {"lut": 0.003, "ff": 0.03}}
    if name == "per_group_shrinkage":
        return None, {"SHRINKAGE_PER_GROUP": True}
    if name == "per_group_tight_vitis_us":
        fabric_patch = _variant("tight_vitis_us", old_cases)[1]
        return None, {"SHRINKAGE_PER_GROUP": True, **fabric_patch}
    if name == "tight_all":
        return None, {"fit_fabric": lambda t: original_fabric(t) + ("_tight" if _tight(t) else "")}
    raise ValueError(name)


def run(name: str, by: str, old_cases: set, old: set) -> list:
    keep, patches = _variant(name, old_cases)
    rows = read_calibration_set(DATA)
    if keep is not None:
        rows = [row for row in rows if keep(row)]
    repositories = design_repositories(DATA)
    saved = {key: getattr(fit, key) for key in patches}
    try:
        for key, value in patches.items():
            setattr(fit, key, value)
        group_of = repositories if by == "repository" else None
        held = fit.leave_one_design_out(rows, group_of, read_set9_rom_ff_rows(DATA), repositories)
    finally:
        for key, value in saved.items():
            setattr(fit, key, value)
    out = ROOT / "results" / "bench" / "foldcv_variants"
    out.mkdir(parents=True, exist_ok=True)
    with (out / f"{name}_{'design' if by == 'design' else 'repo'}.csv").open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(FIELDS)
        writer.writerows([[getattr(h, key) for key in FIELDS] for h in held])
    summary = []
    for metric in ("lut", "ff", "latency_cycles", "ii"):
        for subset in ("all", "old", "new"):
            errors = [
                h.error
                for h in held
                if h.metric == metric and (subset == "all" or ((h.case, h.layer) in old) == (subset == "old"))
            ]
            if errors:
                summary.append(
                    {
                        "variant": name,
                        "left_out": by,
                        "metric": metric,
                        "rows": subset,
                        "n": len(errors),
                        "median": round(float(np.median(errors)), 4),
                        "p90": round(float(np.percentile(errors, 90)), 4),
                    }
                )
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    variants = "base,old_rows_only,timing_without_new,tight_vitis_us,tight_all"
    parser.add_argument("--variants", default=variants)
    parser.add_argument("--by", default="design,repository")
    parser.add_argument("--out", type=Path, default=ROOT / "results" / "bench" / "foldcv_variants.csv")
    args = parser.parse_args()
    old = old_keys()
    old_cases = {case for case, _ in old}
    summary = []
    for name in args.variants.split(","):
        for by in args.by.split(","):
            lines = run(name, by, old_cases, old)
            summary += lines
            for line in lines:
                print(",".join(str(v) for v in line.values()), flush=True)
    with args.out.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(summary[0]))
        writer.writeheader()
        writer.writerows(summary)


if __name__ == "__main__":
    main()
