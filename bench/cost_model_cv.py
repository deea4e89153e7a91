"""Leave-one-design-out cross-validation of the LUT, FF, latency and II model (issue 16).

For every design of the calibration set, the constants are refitted on the other designs and the
design's layers are estimated. Writes results/bench/cost_model_cv.csv (one row per layer and metric)
and results/bench/cost_model_cv_summary.csv (median, p90 and worst case per metric, strategy and tool).
The same for the Vivado io_stream layers of held-out sets 1, 3, 4 and the stream wrapper's constants
(`fit.leave_one_design_out_stream`): results/bench/cost_model_cv_stream{,_summary}.csv. With
`--by repository`, every design of one public repository is left out at once (`heldout.design_repositories`;
several designs of one author share tool, part and coding choices, so leaving one design out is optimistic):
results/bench/cost_model_cv_repo{,_stream}{,_summary}.csv. Either way each fit chooses its LUT/FF shrinkage
by an inner cross-validation over its own training designs and their repositories (`fit.choose_shrinkage`).

    .venv/bin/python bench/cost_model_cv.py [--out-dir results/bench] [--by design|repository]
"""

import argparse
import csv
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware.fit import leave_one_design_out, leave_one_design_out_stream
from fpgaprune.core.hardware.heldout import (
    design_repositories,
    read_calibration_set,
    read_set9_rom_ff_rows,
    read_stream_wrapper_set,
)

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
ROW_FIELDS = ("case", "layer", "strategy", "tool", "metric", "estimate", "report", "error")


def _groups(held_out):
    for metric in ("lut", "ff", "latency_cycles", "ii"):
        mine = [h for h in held_out if h.metric == metric]
        yield metric, "all", "all", mine
        for strategy in sorted({h.strategy for h in mine}):
            yield metric, strategy, "all", [h for h in mine if h.strategy == strategy]
        for tool in sorted({h.tool for h in mine}):
            yield metric, "all", tool, [h for h in mine if h.tool == tool]


def _summary(metric, strategy, tool, items) -> dict:
    errors = np.array([h.error for h in items])
    worst = items[int(np.argmax(errors))]
    return {
        "metric": metric,
        "strategy": strategy,
        "tool": tool,
        "n": len(items),
        "median": round(float(np.median(errors)), 4),
        "p90": round(float(np.percentile(errors, 90)), 4),
        "worst": round(float(errors.max()), 4),
        "worst_layer": f"{worst.case}/{worst.layer}",
        "worst_estimate": worst.estimate,
        "worst_report": worst.report,
    }


def _write(path: Path, rows: list[dict]) -> None:
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=Path("results/bench"))
    parser.add_argument("--by", choices=("design", "repository"), default="design", help="what is left out")
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    repositories = design_repositories(DATA)
    group_of = repositories if args.by == "repository" else None
    prefix = "cost_model_cv_repo" if group_of else "cost_model_cv"
    rows, set9 = read_calibration_set(DATA), read_set9_rom_ff_rows(DATA)
    runs = (
        (prefix, leave_one_design_out(rows, group_of, set9, repositories)),
        (f"{prefix}_stream", leave_one_design_out_stream(read_stream_wrapper_set(DATA), group_of)),
    )
    for name, held_out in runs:
        per_row = [{key: getattr(h, key) for key in ROW_FIELDS} for h in held_out]
        _write(args.out_dir / f"{name}.csv", per_row)
        summary = [_summary(*group) for group in _groups(held_out)]
        _write(args.out_dir / f"{name}_summary.csv", summary)
        print(name)
        for line in summary:
            print(",".join(str(value) for value in line.values()))


if __name__ == "__main__":
    main()
