"""Why Vivado HLS io_parallel Latency FF degrades when its repository is left out (issue 16, branch vivadoff).

For every public repository holding Vivado HLS Latency-strategy FF rows (report > 0) of the calibration set,
the (vivado, fabric) constants are fitted with every row (`fit.fit_constants`, what main's constants are) and
without the repository (what `bench/cost_model_cv.py --by repository` scores), and the repository's rows are
estimated with four constant sets, to tell which part of the fit moves the FF estimate:

* all: timing and FF constants fitted on every row (in-sample);
* repo_out: both fitted without the repository (the repository-out CV's estimate);
* timing_kept: the repository's group keeps the all-row timing constants, the FF constants refitted without
  the repository on the features that timing gives (what moving the FF constants alone costs);
* timing_only: the all-row FF constants with the repository-out timing constants (what moving the pipeline
  cuts alone costs).

Also per fold: the designs the group is fitted on (and whether it falls back to the tool's pooled rows,
`fit.MIN_GROUP_DESIGNS`), the timing constants and how many grid points tie on the latency error, whether the
all-row timing point is among them, and the FF terms (ff_register etc. times their features) of each estimate.
Every FF/latency number is an estimate unless called report (csynth). Writes one row per layer to --out and
prints the tables results/bench/vivado_ff_repo_out.md quotes; --tie-break sets `fit.TIMING_TIE_BREAK`.

    PYTHONPATH=src:. .venv/bin/python bench/vivado_ff_repo_out.py [--out results/bench/vivado_ff_repo_out.csv]
"""

import argparse
import csv
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware import fit
from fpgaprune.core.hardware.calibration import latency_band_error
from fpgaprune.core.hardware.heldout import design_repositories, read_calibration_set, read_set9_rom_ff_rows
from fpgaprune.core.hardware.logic import CONSTANTS, constant_kernel_timing

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
TIMING_KEYS = ("product_ns", "dsp_ns", "adder_ns", "shared_tail")
VARIANTS = ("all", "repo_out", "timing_kept", "timing_only")


@contextmanager
def forced_timing(tool: str, fabric: str, timing):
    """`fit._fit_timing` returning `timing` for the rows of (tool, fabric) (every row of the group the fit
    hands it of that tool and fabric), unchanged for any other group."""
    original = fit._fit_timing

    def patched(prepared, start):
        groups = {
            (p.row.target.hls_tool, fit._resource_group(fit.fit_fabric(p.row.target), "timing"))
            for p in prepared
        }
        if groups == {(tool, fabric)}:
            return replace(start, **{key: getattr(timing, key) for key in TIMING_KEYS})
        return original(prepared, start)

    fit._fit_timing = patched
    try:
        yield
    finally:
        fit._fit_timing = original


def tied_points(group_rows) -> int:
    """Grid points of `fit.TIMING_GRID` tied (exactly) on the group's latency error."""
    seen = []
    fit.TIE_BREAK_SCORES["_count"] = lambda prepared, candidate: seen.append(candidate) or 0.0
    saved = fit.TIMING_TIE_BREAK
    fit.TIMING_TIE_BREAK = "_count"
    try:
        fit._fit_timing(group_rows, CONSTANTS[group_rows[0].row.target.hls_tool])
    finally:
        fit.TIMING_TIE_BREAK = saved
        del fit.TIE_BREAK_SCORES["_count"]
    return max(len(seen), 1)


def latency_error(group_rows, timing) -> float:
    """The grid search's objective: summed band error (capped at 5 a row) of `timing` over `group_rows`."""
    total = 0.0
    for p in group_rows:
        latency, _ = constant_kernel_timing(p.kernel, timing, p.row.target.budget_ns)
        total += min(latency_band_error(latency, p.row.report["latency_cycles"]), 5.0)
    return total


def ff_terms(prepared_row, constants) -> dict:
    """FF of one row split into its fitted terms (constant x feature) and the DSP-core offset."""
    matrix = fit._feature_rows([prepared_row], constants)["ff"][0]
    terms = {key: getattr(constants, key) * matrix[i] for i, key in enumerate(fit.FF_KEYS)}
    terms["dsp_core"] = float(fit._core_offsets([prepared_row])[0])
    return terms


def group_designs(prepared, tool, fabric) -> tuple[list, bool]:
    """(designs the (tool, fabric) FF/timing group is fitted on, whether it fell back to the tool's pool)."""
    constant = [p for p in prepared if p.constant]
    indices = fit._group_indices(constant, tool, fabric)
    cases = sorted({constant[i].row.case for i in indices})
    own = [
        p
        for p in constant
        if p.row.target.hls_tool == tool and fabric in fit._groups_of(fit.fit_fabric(p.row.target))
    ]
    return cases, len({p.row.case for p in own}) < fit.MIN_GROUP_DESIGNS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("results/bench/vivado_ff_repo_out.csv"))
    parser.add_argument(
        "--tie-break", default=fit.TIMING_TIE_BREAK, help="fit.TIMING_TIE_BREAK for every fit"
    )
    args = parser.parse_args()
    fit.TIMING_TIE_BREAK = args.tie_break
    repositories = design_repositories(DATA)
    set9 = read_set9_rom_ff_rows(DATA)
    prepared = fit.prepare(read_calibration_set(DATA))

    def fitted(training, group):
        return fit.fit_constants(training, "vivado", group, rom_ff_rows=set9, repositories=repositories)

    def mine(p):
        return (
            p.constant
            and p.row.target.hls_tool == "vivado"
            and p.row.layer.strategy == "latency"
            and p.row.report["ff"] > 0
        )

    tested = [p for p in prepared if mine(p)]
    repos = sorted({repositories[p.row.case] for p in tested})
    groups = sorted({fit.fit_fabric(p.row.target) for p in tested})
    full = {g: fitted(prepared, g) for g in groups}
    out_rows, fold_lines = [], []
    for repo in repos:
        training = [p for p in prepared if repositories[p.row.case] != repo]
        rows = [p for p in tested if repositories[p.row.case] == repo]
        for group in sorted({fit.fit_fabric(p.row.target) for p in rows}):
            out = fitted(training, group)
            with forced_timing("vivado", group, full[group]):
                kept = fitted(training, group)
            only = replace(full[group], **{key: getattr(out, key) for key in TIMING_KEYS})
            constants = {"all": full[group], "repo_out": out, "timing_kept": kept, "timing_only": only}
            cases_all, _ = group_designs(prepared, "vivado", group)
            cases_out, fell_out = group_designs(training, "vivado", group)
            group_all = [
                p
                for p in prepared
                if p.constant and p.row.case in cases_all and p.row.target.hls_tool == "vivado"
            ]
            group_out = [
                p
                for p in training
                if p.constant and p.row.case in cases_out and p.row.target.hls_tool == "vivado"
            ]
            fold_lines.append(
                {
                    "repository": repo,
                    "group": group,
                    "designs_all": len(cases_all),
                    "designs_out": len(cases_out),
                    "pooled_out": fell_out,
                    "timing_all": tuple(getattr(full[group], k) for k in TIMING_KEYS),
                    "timing_out": tuple(getattr(out, k) for k in TIMING_KEYS),
                    "tied_all": tied_points(group_all),
                    "tied_out": tied_points(group_out),
                    "all_point_error_out": latency_error(group_out, full[group]),
                    "best_error_out": latency_error(group_out, out),
                    "strength_all": fit.choose_shrinkage(
                        fit._SharedFeatures([p for p in prepared if p.constant]), repositories
                    )["ff"],
                    "strength_out": fit.choose_shrinkage(
                        fit._SharedFeatures([p for p in training if p.constant]), repositories
                    )["ff"],
                    "ff_all": {k: round(getattr(full[group], k), 3) for k in fit.FF_KEYS},
                    "ff_out": {k: round(getattr(out, k), 3) for k in fit.FF_KEYS},
                    "ff_kept": {k: round(getattr(kept, k), 3) for k in fit.FF_KEYS},
                }
            )
            for p in (p for p in rows if fit.fit_fabric(p.row.target) == group):
                line = {
                    "repository": repo,
                    "case": p.row.case,
                    "layer": p.row.layer.name.split("/", 1)[-1],
                    "group": group,
                    "budget_ns": round(p.row.target.budget_ns, 3),
                    "limit_binds": p.kernel.limit_binds,
                    "latency_report": p.row.report["latency_cycles"],
                    "ff_report": p.row.report["ff"],
                }
                for name, c in constants.items():
                    estimate = p.row.estimate(constants=c)
                    line[f"latency_{name}"] = estimate.latency_cycles
                    line[f"ff_{name}"] = estimate.ff
                    terms = ff_terms(p, c)
                    line[f"ff_register_{name}"] = round(terms["ff_register"])
                    line[f"ff_other_{name}"] = round(sum(v for k, v in terms.items() if k != "ff_register"))
                out_rows.append(line)
    with args.out.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(out_rows[0]))
        writer.writeheader()
        writer.writerows(out_rows)
    print(f"Tie-break: {fit.TIMING_TIE_BREAK}\n\n## Folds\n")
    print(
        "| repository | group | designs all/out | pooled | timing all | timing out | tied all/out "
        "| err of all-point out / best |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for f in fold_lines:
        print(
            f"| {f['repository']} | {f['group']} | {f['designs_all']}/{f['designs_out']} "
            f"| {f['pooled_out']} | "
            f"{f['timing_all']} | {f['timing_out']} | {f['tied_all']}/{f['tied_out']} | "
            f"{f['all_point_error_out']:.2f} / {f['best_error_out']:.2f} |"
        )
    print("\n## FF constants (all / repo_out / timing_kept)\n")
    for f in fold_lines:
        print(
            f"{f['repository']} {f['group']} "
            f"(FF shrinkage all {f['strength_all']}, out {f['strength_out']}):\n"
            f"  all  {f['ff_all']}\n  out  {f['ff_out']}\n  kept {f['ff_kept']}"
        )
    print("\n## Rows\n")
    print(
        "| case/layer | lat report | lat all/out | FF report | FF all | repo_out | timing_kept | timing_only "
        "| ff_register all/out |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for r in out_rows:
        print(
            f"| {r['case']}/{r['layer']} | {r['latency_report']} | "
            f"{r['latency_all']}/{r['latency_repo_out']} | {r['ff_report']} | {r['ff_all']} | "
            f"{r['ff_repo_out']} | "
            f"{r['ff_timing_kept']} | {r['ff_timing_only']} | "
            f"{r['ff_register_all']}/{r['ff_register_repo_out']} |"
        )
    print("\n## Median |estimate - report| / report (and median estimate / report)\n")
    print("| repository | rows | " + " | ".join(VARIANTS) + " |")
    print("|---|---|" + "---|" * len(VARIANTS))
    for repo in [*repos, "all"]:
        mine_rows = [r for r in out_rows if repo in ("all", r["repository"])]
        cells = []
        for name in VARIANTS:
            ratio = np.array([r[f"ff_{name}"] / r["ff_report"] for r in mine_rows])
            cells.append(f"{np.median(np.abs(ratio - 1)):.3f} ({np.median(ratio):.2f})")
        print(f"| {repo} | {len(mine_rows)} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
