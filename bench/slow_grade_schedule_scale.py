"""The speed grade -1 7-series delay scale read from HLS's own schedules (branch slow7b;
docs/cost-model-record.md "Speed grade -1 7-series delays, again"): how much longer Vivado HLS's printed
operation delays are on the -1 Zynq-7000 and Artix-7 parts than on the Virtex-7 -2/-3 parts the tool's
7-series timing constants were mostly fitted on (`logic.FABRIC_CONSTANTS`; freaksie X1-X6, K5).

Input: results/bench/hls_operation_delays_ops.csv (`bench/hls_operation_delays.py`, branch schedscan: one row
per (tool, version, family, clock, kind, core, cycles, width, delay) with its count, from the
`.autopilot/db/*.verbose.sched.rpt` files of the held-out designs). Every family's parts in those schedules
have one grade: zynq and artix7 -1, virtex7 -2 (X1-X6) and -3 (K5). Printed, count-weighted medians of Vivado
HLS's delays: a lone `add`/`sub` (not grouped into a ternary adder or DSP, not a root node) of 9-20 bits (the
kernels' accumulator widths), and a single-cycle `mul` (core `Mul`); their -1 / Virtex-7 ratios; and the adds
one state holds at hls4ml's default 5 ns with 12.5 % uncertainty (floor(4.375 / delay)), whose ratio is the
stage count's. The scale the model takes (`multipliers.SLOW_GRADE_DELAY_SCALE`) is the rounded ratio.

    .venv/bin/python bench/slow_grade_schedule_scale.py [--ops results/bench/hls_operation_delays_ops.csv]
"""

import argparse
import csv
import math
from collections import defaultdict
from pathlib import Path

import numpy as np

SLOW = ("zynq", "artix7")  # speed grade -1 in every schedule read
REFERENCE = "virtex7"  # -2 (X1-X6) and -3 (K5)
BUDGET_NS = 5.0 * (1 - 0.125)


def _median(pairs) -> float:
    """Count-weighted median of (delay, count) pairs."""
    return float(np.median(np.repeat([d for d, _ in pairs], [c for _, c in pairs])))


def _delays(path: Path) -> dict:
    """{(operation, family): [(delay, count)]} of Vivado HLS's lone 9-20-bit adds and 1-cycle `Mul`s."""
    delays = defaultdict(list)
    with path.open() as handle:
        for r in csv.DictReader(handle):
            if r["tool"] != "Vivado HLS" or float(r["delay_ns"]) <= 0:
                continue
            lone_add = r["kind"] in ("add", "sub") and r["grouped"] == "False" and r["root"] == "False"
            if lone_add and 9 <= int(r["width"]) <= 20:
                delays["add", r["family"]].append((float(r["delay_ns"]), int(r["count"])))
            elif r["kind"] == "mul" and r["core"] == "Mul" and r["cycles"] == "1":
                delays["mul", r["family"]].append((float(r["delay_ns"]), int(r["count"])))
    return delays


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ops", type=Path, default=Path("results/bench/hls_operation_delays_ops.csv"))
    args = parser.parse_args()
    delays = _delays(args.ops)
    for operation in ("add", "mul"):
        reference = delays.get((operation, REFERENCE))
        if not reference:
            continue
        ref = _median(reference)
        print(f"{operation}: {REFERENCE} {ref:.2f} ns [{sum(c for _, c in reference)}]")
        for family in SLOW:
            if (operation, family) in delays:
                mine = _median(delays[operation, family])
                line = f"  {family} {mine:.2f} ns [{sum(c for _, c in delays[operation, family])}]"
                line += f", ratio {mine / ref:.3f}"
                if operation == "add":
                    per_state = math.floor(BUDGET_NS / mine), math.floor(BUDGET_NS / ref)
                    line += f"; adds a {BUDGET_NS} ns state {per_state[0]} against {per_state[1]}"
                    line += f" (ratio {per_state[1] / per_state[0]:.2f})"
                print(line)


if __name__ == "__main__":
    main()
