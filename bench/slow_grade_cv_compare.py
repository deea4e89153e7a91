"""Before/after strata of the cross-validations a cost-model change is gated on (branch slow7b;
docs/cost-model-record.md "Speed grade -1 7-series delays, again"): the layer CVs one design and one
repository out and their io_stream stream CVs (`bench/cost_model_cv.py` with and without `--by repository`:
cost_model_cv{,_repo}{,_stream}.csv) and the design totals CV (`bench/design_totals_cv.py`:
design_totals_cv.csv), each read from BEFORE and AFTER, two path prefixes (an `--out-dir` of those scripts
with a trailing slash, or results/bench/slow7b_main_). Optionally the held-out -1 designs' scorings
(`--scorings`, two CSVs of `bench/slow_grade_scorings.py`).

Strata: every (metric, strategy, tool) of the layer CVs' summaries, each also split into the rows on a Vivado
or Vitis HLS speed grade -1 7-series part and the others (the row's target as the calibration rows read it;
every held-out design by its MANIFEST part); design totals by (metric, io type, in-sample/left-out) and the
same split. A stratum's median or p90 counts as worse beyond one row's noise when AFTER's exceeds BEFORE's
computed without BEFORE's best row (one row's shift of the order statistic); rows whose estimate moved are
listed.

    PYTHONPATH=src .venv/bin/python bench/slow_grade_cv_compare.py BEFORE AFTER [--scorings B.csv A.csv]
"""

import argparse
import csv
import warnings
from collections import defaultdict
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware.heldout import read_calibration_set, read_stream_wrapper_set, read_table
from fpgaprune.core.hardware.multipliers import Target

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
LAYER_CVS = ("cost_model_cv", "cost_model_cv_repo", "cost_model_cv_stream", "cost_model_cv_repo_stream")


def _slow(target) -> bool:
    return target.fabric == "7series" and target.speed_grade == 1


def slow_cases() -> set:
    """Cases (calibration and stream rows) and set/design keys (held-out designs) on a -1 7-series part."""
    slow = {r.case for r in read_calibration_set(DATA) + read_stream_wrapper_set(DATA) if _slow(r.target)}
    for manifest in DATA.glob("heldout*/MANIFEST.tsv"):
        for design in read_table(manifest, "\t"):
            if "design" in design and _slow(Target(part=design["part"])):
                slow.add(f"{manifest.parent.name}/{design['design']}")
    return slow


def _q(errors, p: float) -> float:
    return float(np.percentile(errors, p))


def _line(key: str, before: list, after: list) -> str:
    flags = []
    for p, name in ((50, "median"), (90, "p90")):
        if _q(after, p) > _q(before, p) + 1e-9:
            noise = len(before) > 1 and _q(after, p) <= _q(sorted(before)[1:], p) + 1e-9
            flags.append(f"{name} WORSE{' (within 1 row)' if noise else '>noise'}")
        elif _q(after, p) < _q(before, p) - 1e-9:
            flags.append(f"{name} better")
    return (
        f"{key:<50} n {len(before):>3}  median {_q(before, 50):.4f} -> {_q(after, 50):.4f}  "
        f"p90 {_q(before, 90):.4f} -> {_q(after, 90):.4f}  {' '.join(flags)}"
    )


def _read(path: Path) -> list[dict]:
    with path.open() as handle:
        return list(csv.DictReader(handle))


def layer_cv(name: str, before_dir: Path, after_dir: Path, slow: set) -> None:
    def key(r):
        return r["case"], r["layer"], r["metric"]

    after = {key(r): r for r in _read(Path(f"{after_dir}{name}.csv"))}
    groups = defaultdict(lambda: ([], []))
    moved = []
    for r in _read(Path(f"{before_dir}{name}.csv")):
        a = after[key(r)]
        grade = "-1 7series" if r["case"] in slow else "other parts"
        for strategy in ("all", r["strategy"]):
            for tool in ("all", r["tool"]):
                for part in ("all", grade):
                    if "all" not in (strategy, tool, part):
                        continue
                    groups[r["metric"], strategy, tool, part][0].append(float(r["error"]))
                    groups[r["metric"], strategy, tool, part][1].append(float(a["error"]))
        if r["estimate"] != a["estimate"]:
            flag = " (-1)" if r["case"] in slow else ""
            moved.append(
                f"  {r['case']}/{r['layer']} {r['metric']}: {r['estimate']} -> {a['estimate']} "
                f"vs {r['report']}, error {float(r['error']):.3f} -> {float(a['error']):.3f}{flag}"
            )
    print(f"\n=== {name}")
    for k in sorted(groups):
        print(_line("/".join(k), *groups[k]))
    print(f"rows moved: {len(moved)}", *moved, sep="\n")


def design_totals(before_dir: Path, after_dir: Path, slow: set) -> None:
    def key(r):
        return r["set"], r["design"], r["metric"]

    after = {key(r): r for r in _read(Path(f"{after_dir}design_totals_cv.csv"))}
    groups = defaultdict(lambda: ([], []))
    moved = []
    for r in _read(Path(f"{before_dir}design_totals_cv.csv")):
        a, design = after[key(r)], f"{r['set']}/{r['design']}"
        grade = "-1 7series" if design in slow else "other parts"
        for estimate in ("in_sample", "left_out"):
            for io in ("all", r["io_type"]):
                for part in ("all", grade):
                    groups[r["metric"], io, estimate, part][0].append(float(r[f"{estimate}_error"]))
                    groups[r["metric"], io, estimate, part][1].append(float(a[f"{estimate}_error"]))
        estimates = ("in_sample_estimate", "left_out_estimate")
        if any(r[e] != a[e] for e in estimates):
            flag = " (-1)" if design in slow else ""
            moved.append(
                f"  {design} {r['metric']}: in-sample {r['in_sample_estimate']} -> "
                f"{a['in_sample_estimate']}, "
                f"left out {r['left_out_estimate']} -> {a['left_out_estimate']} vs {r['report']}, "
                f"left-out error {float(r['left_out_error']):.3f} -> {float(a['left_out_error']):.3f}{flag}"
            )
    print("\n=== design_totals_cv")
    for k in sorted(groups):
        print(_line("/".join(k), *groups[k]))
    print(f"designs/metrics moved: {len(moved)}", *moved, sep="\n")


def scorings(before: Path, after: Path) -> None:
    """The held-out -1 designs' latency as scored from their projects (band units max(1 cycle, 10 %))."""

    def band(e, r):
        return abs(e - r) / max(1.0, 0.1 * r)

    errors = defaultdict(lambda: ([], []))
    print("\n=== held-out -1 7-series Vivado HLS designs, latency scored from the project")
    for b, a in zip(_read(before), _read(after)):
        if b["metric"] != "latency_cycles":
            continue
        level = "design" if b["layer"] == "TOTAL" else "layer"
        e0, e1, report = float(b["estimate"]), float(a["estimate"]), float(b["report"])
        errors[level][0].append(band(e0, report))
        errors[level][1].append(band(e1, report))
        if e0 != e1:
            print(f"  {b['set']}/{b['design']} {b['layer']}: {e0:.0f} -> {e1:.0f} vs {report:.0f}")
    for level, (eb, ea) in errors.items():
        print(_line(level, eb, ea), f" mean {np.mean(eb):.3f} -> {np.mean(ea):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "before", help="path prefix of the BEFORE files ('DIR/' or 'results/bench/slow7b_main_')"
    )
    parser.add_argument("after", help="path prefix of the AFTER files")
    parser.add_argument("--scorings", type=Path, nargs=2)
    args = parser.parse_args()
    warnings.simplefilter("ignore")  # the project readers' notes on layers they approximate
    slow = slow_cases()
    for name in LAYER_CVS:
        layer_cv(name, args.before, args.after, slow)
    design_totals(args.before, args.after, slow)
    if args.scorings:
        scorings(*args.scorings)


if __name__ == "__main__":
    main()
