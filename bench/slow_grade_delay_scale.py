"""Fit a delay scale for speed grade -1 7-series parts on the Vivado HLS 7-series constant-weight layers
(issue 16, branch slow7; docs/cost-model-record.md 2.4 "Speed grade -1 7-series delays": tested as
`multipliers.SLOW_GRADE_DELAY_SCALE`, not kept; this script needs no model change, `slow_grade_budget_ns`).

Rows: every Vivado HLS 7-series constant-weight calibration row (`read_calibration_set`) and those of held-out
sets 22 and 23 (scored blind once, in-sample since; `calibration_rows`). The Vivado 7-series timing constants
are fitted (`fit._fit_timing`, at the nominal budget: the scale does not enter the fit) on the calibration
rows only (sets 22-23 are not folded into any fit); for each scale on `SCALES` every row's latency is
estimated (`logic.constant_kernel_timing` at `slow_grade_budget_ns`); a scale's score is the summed latency
band error (max(1 cycle, 10 %), capped at 5 as the timing fit does) over the rows. Chosen: the lowest score
over all rows, the smallest scale of a tie. Leave one repository out: for each repository with a speed grade
-1 part, the timing is fitted and the scale chosen without its rows, and its rows are scored with them.

    PYTHONPATH=src:. .venv/bin/python bench/slow_grade_delay_scale.py \
        [--out results/bench/slow_grade_delay_scale.csv] > results/bench/slow_grade_delay_scale.txt
"""

import argparse
import csv
from collections import defaultdict
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware.calibration import latency_band_error
from fpgaprune.core.hardware.fit import _fit_timing, prepare
from fpgaprune.core.hardware.heldout import (
    calibration_rows,
    design_repositories,
    read_calibration_set,
    read_table,
)
from fpgaprune.core.hardware.logic import CONSTANTS, constant_kernel_timing

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
IN_SAMPLE_SETS = ("heldout22", "heldout23")
SCALES = np.round(np.arange(1.0, 2.51, 0.1), 2)


def _vivado_7series(rows) -> list:
    return [r for r in rows if r.target.hls_tool == "vivado" and r.target.fabric == "7series"]


def _rows():
    """(calibration rows, in-sample held-out rows) prepared, Vivado HLS 7-series constant-weight only."""
    calibration = [p for p in prepare(_vivado_7series(read_calibration_set(DATA))) if p.constant]
    extra = []
    for name in IN_SAMPLE_SETS:
        extra += [p for p in prepare(_vivado_7series(calibration_rows(DATA / name))) if p.constant]
    return calibration, extra


def _repositories() -> dict:
    repositories = design_repositories(DATA)
    for name in IN_SAMPLE_SETS:
        repositories.update({d["design"]: d["repo"] for d in read_table(DATA / name / "MANIFEST.tsv", "\t")})
    return repositories


def _timing(fit_rows):
    """The Vivado 7-series timing constants fitted on `fit_rows`."""
    return _fit_timing(fit_rows, CONSTANTS["vivado"])


def slow_grade_budget_ns(target, scale: float) -> float:
    """The clock budget a kernel's delays are chained into with every delay of a speed grade -1 7-series
    part `scale` times longer: budget / scale on such a part, else the budget (no grade named: unscaled)."""
    slow = target.fabric == "7series" and target.speed_grade == 1
    return target.budget_ns / scale if slow else target.budget_ns


def _estimates(timing, rows, scale: float) -> list[int]:
    """Latency of `rows` with `timing` at `scale`."""
    return [
        constant_kernel_timing(p.kernel, timing, slow_grade_budget_ns(p.row.target, scale))[0] for p in rows
    ]


def _errors(rows, estimates) -> list[float]:
    return [latency_band_error(e, p.row.report["latency_cycles"]) for p, e in zip(rows, estimates)]


def _score(rows, estimates) -> float:
    return float(sum(min(error, 5.0) for error in _errors(rows, estimates)))


def _choose(timing, rows) -> float:
    """The scale of `SCALES` with the least summed band error of `rows` with `timing` (the smallest of a
    tie)."""
    scores = [_score(rows, _estimates(timing, rows, s)) for s in SCALES]
    return float(SCALES[int(np.argmin(scores))])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("results/bench/slow_grade_delay_scale.csv"))
    args = parser.parse_args()
    calibration, extra = _rows()
    rows, repositories = calibration + extra, _repositories()
    repo_of = [repositories[p.row.case] for p in rows]
    table, timing = [], _timing(calibration)
    point = (timing.product_ns, timing.dsp_ns, timing.adder_ns, timing.shared_tail)
    print("Vivado 7-series timing fitted on the calibration rows (product, dsp, adder ns, tail):", point)
    print("scale  score(all rows)  score by repository")
    for scale in SCALES:
        estimates = _estimates(timing, rows, scale)
        by_repo = defaultdict(float)
        for p, e, repo in zip(rows, estimates, repo_of):
            by_repo[repo] += min(latency_band_error(e, p.row.report["latency_cycles"]), 5.0)
        print(scale, round(_score(rows, estimates), 2), {k: round(v, 2) for k, v in sorted(by_repo.items())})
        for p, e, repo in zip(rows, estimates, repo_of):
            target = p.row.target
            table.append(
                {
                    "scale": scale,
                    "case": p.row.case,
                    "layer": p.row.layer.name,
                    "repository": repo,
                    "part": target.part,
                    "speed_grade": target.speed_grade,
                    "clock_ns": target.clock_ns,
                    "in_calibration": p in calibration,
                    "estimate": e,
                    "report": p.row.report["latency_cycles"],
                    "band_error": round(latency_band_error(e, p.row.report["latency_cycles"]), 4),
                }
            )
    chosen = _choose(timing, rows)
    print("chosen on every row:", chosen)
    slow = sorted({repo for p, repo in zip(rows, repo_of) if p.row.target.speed_grade == 1})
    for repo in slow:
        keep = [i for i, r in enumerate(repo_of) if r != repo]
        fold_timing = _timing([p for p in calibration if repositories[p.row.case] != repo])
        train = [rows[i] for i in keep]
        test = [p for p, r in zip(rows, repo_of) if r == repo]
        scale = _choose(fold_timing, train)
        estimates = _estimates(fold_timing, test, scale)
        before = _estimates(fold_timing, test, 1.0)
        reports = [p.row.report["latency_cycles"] for p in test]
        print(
            f"{repo} out: scale chosen {scale}; its {len(test)} rows' band error sum "
            f"{_score(test, before):.2f} (scale 1) -> {_score(test, estimates):.2f}; median "
            f"{np.median(_errors(test, before)):.2f} -> {np.median(_errors(test, estimates)):.2f}; "
            f"estimates {before} -> {estimates}, reports {reports}"
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(table[0]))
        writer.writeheader()
        writer.writerows(table)


if __name__ == "__main__":
    main()
