"""Where the cross-validation of the old calibration rows got worse when sets 15-19 joined (branch foldcv).

Joins two per-row CV tables of `bench/cost_model_cv.py` (before: main before foldin2's merge, read from git;
after: the given file) on (case, layer, metric), keeps the rows both have (the 226 layer rows of before), and
writes per group (HLS tool x part fabric x strategy) and per public repository the median relative error of
LUT and FF before and after, and the summed change of error (what the group adds to the regression):
results/bench/foldin2_regression_{design,repo}.csv.

    .venv/bin/python bench/foldin2_regression.py [--by design|repository] [--after PATH] [--before-rev REV]
"""

import argparse
import csv
import io
import subprocess
from collections import defaultdict
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware.heldout import design_repositories, read_calibration_set

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "core" / "hardware" / "data"
BEFORE_REV = "f3fba88^1"  # main just before the merge of foldin2


def _read(text: str) -> dict:
    rows = csv.DictReader(io.StringIO(text))
    return {(r["case"], r["layer"], r["metric"]): float(r["error"]) for r in rows}


def _groups_of_cases() -> dict:
    """{case: (tool, fabric)} of the calibration rows (the target each row was read with)."""
    return {row.case: (row.target.hls_tool, row.target.fabric) for row in read_calibration_set(DATA)}


def summarise(before: dict, after: dict, strategy_of: dict, labels: dict) -> list[dict]:
    """Per (label, metric): rows, median before/after, summed error change over the rows both tables have."""
    buckets = defaultdict(list)
    for key in before.keys() & after.keys():
        case, layer, metric = key
        if metric not in ("lut", "ff"):
            continue
        for label in labels[case, layer]:
            buckets[label, metric].append((before[key], after[key]))
    out = []
    for (label, metric), pairs in sorted(buckets.items()):
        old, new = np.array(pairs).T
        out.append(
            {
                "group": label,
                "metric": metric,
                "n": len(pairs),
                "median_before": round(float(np.median(old)), 4),
                "median_after": round(float(np.median(new)), 4),
                "sum_change": round(float((new - old).sum()), 3),
                "worse_rows": int((new > old + 0.02).sum()),
                "better_rows": int((new < old - 0.02).sum()),
            }
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--by", choices=("design", "repository"), default="design")
    parser.add_argument("--after", type=Path, help="per-row CV csv (default: results/bench's)")
    parser.add_argument("--before-rev", default=BEFORE_REV)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    name = "cost_model_cv.csv" if args.by == "design" else "cost_model_cv_repo.csv"
    after_path = args.after or ROOT / "results" / "bench" / name
    shown = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{args.before_rev}:results/bench/{name}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    before, after = _read(shown), _read(after_path.read_text())
    strategy_of = {}
    for r in csv.DictReader(io.StringIO(shown)):
        strategy_of[r["case"], r["layer"]] = r["strategy"]
    groups, repositories = _groups_of_cases(), design_repositories(DATA)
    labels = {
        (case, layer): (
            "all",
            f"{groups[case][0]}/{groups[case][1]}",
            f"{groups[case][0]}/{groups[case][1]}/{strategy}",
            f"repo:{repositories.get(case, case)}",
        )
        for (case, layer), strategy in strategy_of.items()
    }
    rows = summarise(before, after, strategy_of, labels)
    suffix = "design" if args.by == "design" else "repo"
    out = args.out or ROOT / "results" / "bench" / f"foldin2_regression_{suffix}.csv"
    with out.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    for row in rows:
        print(",".join(str(v) for v in row.values()))


if __name__ == "__main__":
    main()
