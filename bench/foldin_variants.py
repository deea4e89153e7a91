"""Cross-validation with some calibrating designs dropped from the rows: which of a folded-in set's designs
moves the medians (branches foldin3, set 20, layer rows; foldin21, set 21, stream wrapper rows). Every fold
refits the constants (`fit.leave_one_design_out` / `leave_one_design_out_stream`), so nothing in the code is
used or changed; prints median errors over all rows and over the rows other than the set's (`--new`).

    PYTHONPATH=src .venv/bin/python bench/foldin_variants.py R1_20 design --new R1_20,R2_20
    PYTHONPATH=src .venv/bin/python bench/foldin_variants.py E2 design --rows stream --new E1,E2,E3
    PYTHONPATH=src .venv/bin/python bench/foldin_variants.py E2,E3 repository --rows stream --new E1,E2,E3
"""

import argparse
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


def held_out_errors(drop: set, by: str, rows_kind: str) -> list:
    """Every row's error with `drop`'s designs out of the rows, each fold left out by design or repository."""
    repositories = design_repositories(DATA)
    group_of = repositories if by == "repository" else None
    if rows_kind == "stream":
        rows = [row for row in read_stream_wrapper_set(DATA) if row.case not in drop]
        return leave_one_design_out_stream(rows, group_of)
    rows = [row for row in read_calibration_set(DATA) if row.case not in drop]
    return leave_one_design_out(rows, group_of, read_set9_rom_ff_rows(DATA), repositories)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("drop", help="calibration cases to drop, comma-separated (E2 or R1_20,R2_20)")
    parser.add_argument("by", choices=["design", "repository"])
    parser.add_argument("--rows", choices=["layers", "stream"], default="layers")
    parser.add_argument("--new", required=True, help="the folded-in set's cases, comma-separated")
    args = parser.parse_args()
    drop, new = set(args.drop.split(",")), set(args.new.split(","))
    held = held_out_errors(drop, args.by, args.rows)
    for metric in ("lut", "ff", "latency_cycles", "ii"):
        errors = np.array([h.error for h in held if h.metric == metric])
        old = np.array([h.error for h in held if h.metric == metric and h.case not in new])
        print(sorted(drop), args.by, metric, len(errors), round(float(np.median(errors)), 4), end=" ")
        print("rows before the set:", len(old), round(float(np.median(old)), 4))


if __name__ == "__main__":
    main()
