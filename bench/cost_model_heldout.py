"""The cost model on public hls4ml reports outside the calibration set (issue 16's second done-when).

Nothing is fitted: the constants of `fpgaprune.core.hardware.logic.CONSTANTS` estimate every weight layer
of tests/core/hardware/data/heldout (read from its project files) and the result is compared with the
layer's csynth numbers. Writes results/bench/cost_model_heldout.csv (one row per layer and metric) and
prints the markdown tables of docs/cost-model-record.md section 2.5.

    .venv/bin/python bench/cost_model_heldout.py [--out-dir results/bench] [--set heldout|heldout2|...]

Designs of one author are alike, so a set is also read per repository: the median layer error of each
repository, and the median of those medians (each repository counts once). A set of design totals only (no
instances.csv) prints the design tables, per tool and version when it has several; a design the estimate
refuses is printed with its message and written with estimate `refused` and an infinite error for every
metric (so a pool of the set's errors counts it as the worst), not dropped.
"""

import argparse
import csv
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware.heldout import METRICS, design_comparisons, layer_comparisons, read_table

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
GROUPS = {
    "all": lambda c: True,
    "Dense": lambda c: c.kind == "dense",
    "Conv2D": lambda c: c.kind == "conv2d",
    "Conv1D": lambda c: c.kind == "conv1d",
    "Latency strategy": lambda c: c.strategy == "latency",
    "Resource strategy": lambda c: c.strategy == "resource",
}


def summary_lines(comparisons) -> list[str]:
    lines = [
        "| metric | layers | rows | median | p90 | worst (layer: estimate vs report) |",
        "|---" * 6 + "|",
    ]
    for metric in METRICS:
        for group, keep in GROUPS.items():
            rows = [c for c in comparisons if c.metric == metric and keep(c)]
            if rows:
                errors = np.array([c.error for c in rows])
                worst = rows[int(errors.argmax())]
                lines.append(
                    f"| {metric} | {group} | {len(rows)} | {np.median(errors):.3f} "
                    f"| {np.percentile(errors, 90):.3f} | {errors.max():.2f} "
                    f"({worst.design}/{worst.layer}: {worst.estimate:.0f} vs {worst.report:.0f}) |"
                )
    return lines


def design_lines(comparisons) -> list[str]:
    lines = [
        "| design | layers | " + " | ".join(f"{m} median" for m in METRICS) + " |",
        "|---" * (len(METRICS) + 2) + "|",
    ]
    for design in sorted({c.design for c in comparisons}, key=lambda d: int(d[1:])):
        mine = [c for c in comparisons if c.design == design]
        cells = [f"{np.median([c.error for c in mine if c.metric == m]):.2f}" for m in METRICS]
        lines.append(f"| {design} | {len(mine) // len(METRICS)} | " + " | ".join(cells) + " |")
    return lines


def repository_lines(comparisons, manifest: list[dict]) -> list[str]:
    """Median layer error per repository, then the median over repositories (each counts once)."""
    repository = {row["design"]: row["repo"] for row in manifest}
    names = sorted({repository[c.design] for c in comparisons})
    medians = {
        (name, m): np.median([c.error for c in comparisons if repository[c.design] == name and c.metric == m])
        for name in names
        for m in METRICS
    }
    lines = [
        "| repository | designs | layers | " + " | ".join(f"{m} median" for m in METRICS) + " |",
        "|---" * (len(METRICS) + 3) + "|",
    ]
    for name in names:
        mine = [c for c in comparisons if repository[c.design] == name]
        cells = [f"{medians[name, m]:.2f}" for m in METRICS]
        designs = len({c.design for c in mine})
        lines.append(f"| {name} | {designs} | {len(mine) // len(METRICS)} | " + " | ".join(cells) + " |")
    cells = [f"{np.median([medians[name, m] for name in names]):.3f}" for m in METRICS]
    lines.append(f"| median over {len(names)} repositories | | | " + " | ".join(cells) + " |")
    return lines


def total_lines(designs) -> list[str]:
    """Design totals: estimate vs report per design, then median and worst error per metric."""
    lines = [
        "| design | " + " | ".join(f"{m} (est / rpt)" for m in METRICS) + " |",
        "|---" * (len(METRICS) + 1) + "|",
    ]
    for design in sorted({c.design for c in designs}, key=lambda d: int(d[1:])):
        cells = [
            next(
                f"{c.estimate:.0f} / {c.report:.0f}" for c in designs if c.design == design and c.metric == m
            )
            for m in METRICS
        ]
        lines.append(f"| {design} | " + " | ".join(cells) + " |")
    for label, pick in (("median error", np.median), ("worst error", np.max)):
        cells = [f"{pick([c.error for c in designs if c.metric == m]):.3f}" for m in METRICS]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return lines


def tool_lines(designs, manifest: list[dict]) -> list[str]:
    """Design totals' median error per HLS tool and version (a set synthesised by several)."""
    tool = {row["design"]: f"{row['hls_tool']} {row['hls_version']}" for row in manifest}
    lines = [
        "| tool | designs | " + " | ".join(f"{m} median" for m in METRICS) + " |",
        "|---" * (len(METRICS) + 2) + "|",
    ]
    for name in sorted({tool[c.design] for c in designs}):
        mine = [c for c in designs if tool[c.design] == name]
        cells = [f"{np.median([c.error for c in mine if c.metric == m]):.3f}" for m in METRICS]
        lines.append(f"| {name} | {len({c.design for c in mine})} | " + " | ".join(cells) + " |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=Path("results/bench"))
    parser.add_argument(
        "--set",
        default="heldout",
        choices=sorted(path.name for path in DATA.glob("heldout*") if (path / "MANIFEST.tsv").is_file()),
        help="tests/core/hardware/data/<set>",
    )
    parser.add_argument(
        "--leave-out",
        nargs="*",
        default=[],
        metavar="DESIGN",
        help="designs not scored (the set's README says why)",
    )
    parser.add_argument("--label", default="", help="output file suffix: cost_model_<set>_<label>")
    args = parser.parse_args()
    comparisons = [c for c in layer_comparisons(DATA / args.set) if c.design not in args.leave_out]
    failures = []
    designs = [c for c in design_comparisons(DATA / args.set, failures) if c.design not in args.leave_out]
    failures = [(design, message) for design, message in failures if design not in args.leave_out]
    manifest = read_table(DATA / args.set / "MANIFEST.tsv", "\t")
    args.out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"cost_model_{args.set}" + (f"_{args.label}" if args.label else "")
    with (args.out_dir / f"{stem}.csv").open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["design", "layer", "kind", "strategy", "io_type", "metric", "estimate", "report", "error"]
        )
        for c in comparisons + designs:
            writer.writerow(
                [
                    c.design,
                    c.layer,
                    c.kind,
                    c.strategy,
                    c.io_type,
                    c.metric,
                    c.estimate,
                    c.report,
                    round(c.error, 4),
                ]
            )
        for design, _ in failures:  # a refused design: every metric's error infinite, in any pool
            for metric in METRICS:
                writer.writerow([design, "(design)", "design", "", "", metric, "refused", "", "inf"])
    if comparisons:
        print("\n".join(summary_lines(comparisons)))
        print()
        print("\n".join(design_lines(comparisons)))
        print()
        print("\n".join(repository_lines(comparisons, manifest)))
        print()
    print("\n".join(total_lines(designs)))
    if len({(row["hls_tool"], row["hls_version"]) for row in manifest}) > 1:
        print()
        print("\n".join(tool_lines(designs, manifest)))
    for design, message in failures:
        print(f"{design}: the estimate refused it: {message}")


if __name__ == "__main__":
    main()
