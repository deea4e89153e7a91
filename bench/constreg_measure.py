"""Branch constreg's keep criterion: two runs of bench/design_totals_cv.py (before / after the change to the
top registers) compared design by design (design totals, one design left out; every number an estimate
against a csynth report).

    PYTHONPATH=src .venv/bin/python bench/constreg_measure.py BEFORE_DIR AFTER_DIR [--out results/bench/X.md]
        [--branch stagereg --criterion COMMIT]

results/bench/constreg_measure.md compares main's results/bench (reproduced byte for byte) with the run on
commit 00644ebb (its design_totals_cv{,_summary}.csv kept as
results/bench/constreg_design_totals_cv*_after.csv).

Prints and writes: the FF left-out median / p90 per io type and over all designs, before and after; every
design whose FF moved; the designs that crossed issue 16's 25 % FF band; whether any other metric moved.
"""

import argparse
import csv
from pathlib import Path

import numpy as np

BAND = 0.25
METRICS = ("lut", "ff", "latency_cycles", "ii", "dsp", "bram_18k")


def read(directory: Path) -> dict:
    with (directory / "design_totals_cv.csv").open() as handle:
        return {(r["set"], r["design"], r["metric"]): r for r in csv.DictReader(handle)}


def summary(rows: dict, io_type: str | None) -> tuple[float, float]:
    errors = [
        float(r["left_out_error"])
        for (_, _, metric), r in rows.items()
        if metric == "ff" and (io_type is None or r["io_type"] == io_type)
    ]
    return round(float(np.median(errors)), 4), round(float(np.percentile(errors, 90)), 4)


def lines_for(before: dict, after: dict, branch: str = "constreg", criterion: str = "60e5426f") -> list[str]:
    out = [f"# Branch {branch}: design FF one design out, before / after (bench/design_totals_cv.py)", ""]
    out += ["| designs | FF median before | after | p90 before | after |", "|---|---|---|---|---|"]
    for label, io_type in (("io_parallel", "io_parallel"), ("io_stream", "io_stream"), ("all", None)):
        (m0, p0), (m1, p1) = summary(before, io_type), summary(after, io_type)
        out.append(f"| {label} | {m0} | {m1} | {p0} | {p1} |")
    out += [
        "",
        "Designs whose FF moved (left out; estimate, csynth report):",
        "",
        "| design | io | report | estimate before | after | error before | after |",
        "|---|---|---|---|---|---|---|",
    ]
    crossed = []
    for key, r in sorted(before.items()):
        if key[2] != "ff" or after[key]["left_out_estimate"] == r["left_out_estimate"]:
            continue
        a = after[key]
        e0, e1 = float(r["left_out_error"]), float(a["left_out_error"])
        out.append(
            f"| {key[0]}/{key[1]} | {r['io_type']} | {r['report']} | {r['left_out_estimate']} | "
            f"{a['left_out_estimate']} | {e0:.4f} | {e1:.4f} |"
        )
        if (e0 <= BAND) != (e1 <= BAND):
            crossed.append(f"{key[0]}/{key[1]} {e0:.4f} -> {e1:.4f}")
    others = [
        f"{k[0]}/{k[1]} {k[2]}"
        for k, r in sorted(before.items())
        if k[2] != "ff"
        and (
            after[k]["left_out_estimate"] != r["left_out_estimate"]
            or after[k]["in_sample_estimate"] != r["in_sample_estimate"]
        )
    ]
    stream_ff = [
        f"{k[0]}/{k[1]}"
        for k, r in sorted(before.items())
        if k[2] == "ff"
        and r["io_type"] == "io_stream"
        and after[k]["left_out_estimate"] != r["left_out_estimate"]
    ]
    out += [
        "",
        f"Crossed the {BAND:.0%} FF band (left out): " + ("; ".join(crossed) or "none"),
        "",
        "Other metrics moved: " + (", ".join(others) or "none"),
        "",
        "io_stream FF moved: " + (", ".join(stream_ff) or "none"),
        "",
        f"Keep criterion (commit {criterion}, written before this measurement):",
        "",
        *verdict(before, after, crossed, others + stream_ff),
    ]
    return out


def verdict(before: dict, after: dict, crossed: list[str], moved_elsewhere: list[str]) -> list[str]:
    """Items 1-4 of the keep criterion both branches committed before measuring (constreg's item 5, designs
    without constant or unread values keep their array bits, held by construction in its reverted change)."""
    (m0, p0), (m1, p1) = summary(before, "io_parallel"), summary(after, "io_parallel")
    (a0, q0), (a1, q1) = summary(before, None), summary(after, None)
    left = [c for c in crossed if float(c.split(" -> ")[0].split()[-1]) <= BAND]
    items = [
        (f"1. io_parallel FF median {m0} -> {m1}, p90 {p0} -> {p1}, not worse", m1 <= m0 and p1 <= p0),
        (f"2. all-design FF median {a0} -> {a1}, p90 {q0} -> {q1}, not worse", a1 <= a0 and q1 <= q0),
        ("3. no io_parallel design leaves the 25 % band: " + ("; ".join(left) or "none left"), not left),
        ("4. io_stream and every other metric unchanged", not moved_elsewhere),
    ]
    lines = [f"* {text}: {'met' if ok else '**not met**'}" for text, ok in items]
    kept = all(ok for _, ok in items)
    return [*lines, "", f"Verdict: {'kept' if kept else '**not kept** (the model change is reverted)'}"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument(
        "--branch", default="constreg", help="the branch named in the title (stagereg reuses this)"
    )
    parser.add_argument(
        "--criterion", default="60e5426f", help="the commit whose message holds the criterion"
    )
    args = parser.parse_args()
    lines = lines_for(read(args.before), read(args.after), args.branch, args.criterion)
    if args.out:
        args.out.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
