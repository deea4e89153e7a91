"""Leave one repository out with held-out sets 15-19 among the training rows (as a fold-in would fit them).

The calibration rows (`heldout.read_calibration_set`) and the io_parallel Dense layers of held-out sets 15-19
(`heldout.calibration_rows`) are pooled; for each Vitis HLS UltraScale+ repository (or the ones named), every
constant, timing included, is refitted on the other repositories (`fit.fit_constants`) and the repository's
layers are estimated. Prints, per repository, the median FF error, the median FF estimate / report (reports
>= 100 FF) and the median latency estimate - report (source: estimate vs csynth report).

    PYTHONPATH=src .venv/bin/python bench/ff_clock_refit_repo_out.py [REPOSITORY ...]
"""

import sys
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware import fit
from fpgaprune.core.hardware.calibration import relative_error
from fpgaprune.core.hardware.heldout import (
    calibration_rows,
    design_repositories,
    read_calibration_set,
    read_set9_rom_ff_rows,
    read_table,
)

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
SETS = ("heldout15", "heldout16", "heldout17", "heldout18", "heldout19")


def pooled_rows() -> tuple[list, dict]:
    rows, repositories = read_calibration_set(DATA), design_repositories(DATA)
    for name in SETS:
        for design in read_table(DATA / name / "MANIFEST.tsv", "\t"):
            assert design["design"] not in repositories, design["design"]
            repositories[design["design"]] = design["repo"]
        rows += calibration_rows(DATA / name)
    return rows, repositories


def score(prepared, repositories: dict, left_out: str, rom_ff_rows) -> str:
    training = [p for p in prepared if repositories[p.row.case] != left_out]
    tested = [p.row for p in prepared if repositories[p.row.case] == left_out]
    groups = {(row.target.hls_tool, row.target.fabric) for row in tested}
    fitted = {
        g: fit.fit_constants(training, *g, rom_ff_rows=rom_ff_rows, repositories=repositories) for g in groups
    }
    ff, latency = [], []
    for row in tested:
        estimate = row.estimate(constants=fitted[row.target.hls_tool, row.target.fabric])
        ff.append((estimate.ff, row.report["ff"]))
        latency.append(estimate.latency_cycles - row.report["latency_cycles"])
    errors = [relative_error(e, r) for e, r in ff]
    ratios = [e / r for e, r in ff if r >= 100]
    ratio = f"{np.median(ratios):.2f}" if ratios else "-"
    timing = fitted.get(("vitis", "ultrascale"))
    cuts = "" if timing is None else f" timing {timing.product_ns:g}/{timing.dsp_ns:g}/{timing.adder_ns:g} ns"
    return (
        f"{left_out[:40]:40s} n={len(tested)} ff_med={np.median(errors):.3f} ff_est/rpt={ratio} "
        f"lat_est-rpt={np.median(latency):+.1f}{cuts} ff_register {getattr(timing, 'ff_register', 0):.3f}"
    )


def main() -> None:
    rows, repositories = pooled_rows()
    prepared, rom_ff_rows = fit.prepare(rows), read_set9_rom_ff_rows(DATA)
    vitis_us = {
        repositories[r.case]
        for r in rows
        if (r.target.hls_tool, r.target.fabric) == ("vitis", "ultrascale")
        and r.layer.io_type == "io_parallel"
    }
    for left_out in sys.argv[1:] or sorted(vitis_us):
        print(score(prepared, repositories, left_out, rom_ff_rows), flush=True)


if __name__ == "__main__":
    main()
