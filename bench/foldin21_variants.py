"""Stream wrapper cross-validation with some of set 21's designs dropped from the rows (branch foldin21):
which of E2 (Vitis HLS) and E3 (Vivado HLS) moves the stream CV's medians. Every fold refits the stream
wrapper (`fit.leave_one_design_out_stream`), so nothing in the code is changed; prints median errors over all
rows and over the rows other than set 21's.

    PYTHONPATH=src .venv/bin/python bench/foldin21_variants.py E2 design      # drop E2, one design out
    PYTHONPATH=src .venv/bin/python bench/foldin21_variants.py E2,E3 repository
"""

import sys
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware.fit import leave_one_design_out_stream
from fpgaprune.core.hardware.heldout import design_repositories, read_stream_wrapper_set

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
SET21 = {"E1", "E2", "E3"}


def main() -> None:
    if len(sys.argv) != 3 or sys.argv[2] not in ("design", "repository"):
        sys.exit("usage: foldin21_variants.py CASE[,CASE...] design|repository")
    drop, by = sys.argv[1].split(","), sys.argv[2]
    rows = [row for row in read_stream_wrapper_set(DATA) if row.case not in drop]
    group_of = design_repositories(DATA) if by == "repository" else None
    held = leave_one_design_out_stream(rows, group_of)
    for metric in ("lut", "ff", "latency_cycles", "ii"):
        errors = np.array([h.error for h in held if h.metric == metric])
        old = np.array([h.error for h in held if h.metric == metric and h.case not in SET21])
        print(
            drop,
            by,
            metric,
            len(errors),
            round(float(np.median(errors)), 4),
            "rows before set 21:",
            len(old),
            round(float(np.median(old)), 4),
        )


if __name__ == "__main__":
    main()
