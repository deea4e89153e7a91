"""Layer cross-validation with some calibrating designs dropped from the rows (branch foldin3): which of set
20's designs moves the medians. Every fold refits the constants (`fit.leave_one_design_out`), so nothing in
the code is used or changed; prints median errors over all rows and over the rows other than set 20's.

    PYTHONPATH=src .venv/bin/python bench/foldin3_variants.py R1_20 design  # drop R1_20, one design out
    PYTHONPATH=src .venv/bin/python bench/foldin3_variants.py R2_20 repository  # one repository out
"""

import sys
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware.fit import leave_one_design_out
from fpgaprune.core.hardware.heldout import design_repositories, read_calibration_set, read_set9_rom_ff_rows

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
SET20 = {"R1_20", "R2_20"}  # set 20's io_parallel calibration cases (R3 has none)


def main() -> None:
    if len(sys.argv) != 3 or sys.argv[2] not in ("design", "repository"):
        sys.exit("usage: foldin3_variants.py CASE[,CASE...] design|repository")
    drop, by = sys.argv[1].split(","), sys.argv[2]
    rows = [row for row in read_calibration_set(DATA) if row.case not in drop]
    repositories = design_repositories(DATA)
    group_of = repositories if by == "repository" else None
    held = leave_one_design_out(rows, group_of, read_set9_rom_ff_rows(DATA), repositories)
    for metric in ("lut", "ff", "latency_cycles"):
        errors = np.array([h.error for h in held if h.metric == metric])
        old = np.array([h.error for h in held if h.metric == metric and h.case not in SET20])
        print(
            drop,
            by,
            metric,
            len(errors),
            round(float(np.median(errors)), 4),
            "rows before set 20:",
            len(old),
            round(float(np.median(old)), 4),
        )


if __name__ == "__main__":
    main()
