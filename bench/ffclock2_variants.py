"""Cross-validation of ways to choose the timing constants among grid points tied on latency (branch
ffclock2, issue 16: repository-out FF depends on which tied timing point sets the pipeline cuts).

Each variant sets `fit.TIMING_TIE_BREAK` / `fit.TIMING_TIE_BANDS` for its run:
- base: the first tied point in grid order.
- ties_ff: of the exact ties, the one whose cuts give the group's FF fit the smallest residual.
- near1_ff, near3_ff: the same over the points within 1 (3) band units of the best total latency error (a
  joint latency + FF choice).
- fewest_bits: of the exact ties, the one whose cuts hold the fewest accumulator bits (per FF of report).
- slowest: of the exact ties, the one with the longest summed critical path.
- smooth: of the exact ties, the one whose 3x3x3x3 grid neighbourhood has the lowest mean latency error (the
  middle of the tied region).

Writes, per variant and way of leaving out, the per-row table to OUT/VARIANT_{design,repo}.csv and the
medians / p90 of relative error (latency in band units) per metric, overall and per (tool, fabric) group, to
OUT/summary.csv; with --per-repository also the FF median per left-out repository (OUT/ff_by_repository.csv).

    PYTHONPATH=src .venv/bin/python bench/ffclock2_variants.py [--variants base,...] [--by repository,design]
        [--out results/bench/ffclock2_variants]
"""

import argparse
import csv
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware import fit
from fpgaprune.core.hardware.heldout import design_repositories, read_calibration_set, read_set9_rom_ff_rows

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "core" / "hardware" / "data"
FIELDS = ("case", "layer", "strategy", "tool", "metric", "estimate", "report", "error")
VARIANTS = {
    "base": {},
    "ties_ff": {"TIMING_TIE_BREAK": "ff"},
    "near1_ff": {"TIMING_TIE_BREAK": "ff", "TIMING_TIE_BANDS": 1.0},
    "near3_ff": {"TIMING_TIE_BREAK": "ff", "TIMING_TIE_BANDS": 3.0},
    "fewest_bits": {"TIMING_TIE_BREAK": "fewest_bits"},
    "slowest": {"TIMING_TIE_BREAK": "slowest"},
    "smooth": {"TIMING_TIE_BREAK": "smooth"},
}


def run(name: str, by: str, rows, repositories: dict) -> list:
    saved = {key: getattr(fit, key) for key in VARIANTS[name]}
    try:
        for key, value in VARIANTS[name].items():
            setattr(fit, key, value)
        group_of = repositories if by == "repository" else None
        return fit.leave_one_design_out(rows, group_of, read_set9_rom_ff_rows(DATA), repositories)
    finally:
        for key, value in saved.items():
            setattr(fit, key, value)


def summarise(name: str, by: str, held: list, groups: dict) -> list:
    lines = []
    for metric in fit.METRICS:
        for group in ("all", *sorted(set(groups.values()))):
            errors = [h.error for h in held if h.metric == metric and group in ("all", groups[h.case])]
            lines.append(
                {
                    "variant": name,
                    "left_out": by,
                    "metric": metric,
                    "group": group,
                    "n": len(errors),
                    "median": round(float(np.median(errors)), 4),
                    "p90": round(float(np.percentile(errors, 90)), 4),
                }
            )
    return lines


def by_repository(name: str, held: list, repositories: dict) -> list:
    ff = [h for h in held if h.metric == "ff"]
    lines = []
    for repository in sorted({repositories[h.case] for h in ff}):
        mine = [h for h in ff if repositories[h.case] == repository]
        ratio = [h.estimate / max(h.report, 1) for h in mine]
        median = round(float(np.median([h.error for h in mine])), 4)
        lines.append(
            {"variant": name, "repository": repository, "n": len(mine), "ff_median": median,
             "ff_est_over_report": round(float(np.median(ratio)), 3)}
        )  # fmt: skip
    return lines


def _write(path: Path, lines: list[dict]) -> None:
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(lines[0]))
        writer.writeheader()
        writer.writerows(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--by", default="repository,design")
    parser.add_argument("--out", type=Path, default=ROOT / "results" / "bench" / "ffclock2_variants")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rows = read_calibration_set(DATA)
    repositories = design_repositories(DATA)
    groups = {row.case: f"{row.target.hls_tool}_{fit.fit_fabric(row.target)}" for row in rows}
    summary, per_repository = [], []
    for name in args.variants.split(","):
        for by in args.by.split(","):
            held = run(name, by, rows, repositories)
            tag = "design" if by == "design" else "repo"
            _write(args.out / f"{name}_{tag}.csv", [{k: getattr(h, k) for k in FIELDS} for h in held])
            lines = summarise(name, by, held, groups)
            summary += lines
            if by == "repository":
                per_repository += by_repository(name, held, repositories)
            for line in lines:
                if line["group"] == "all":
                    print(",".join(str(v) for v in line.values()), flush=True)
    _write(args.out / f"summary_{'_'.join(args.variants.split(','))}.csv", summary)
    if per_repository:
        _write(args.out / f"ff_by_repository_{'_'.join(args.variants.split(','))}.csv", per_repository)


if __name__ == "__main__":
    main()
