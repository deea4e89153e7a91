"""Leave-one-repository-out check of the io_stream softmax latency (`auxiliary.STREAM_SOFTMAX_LATENCY`).

For each repository of `heldout.stream_softmax_instances`, refit `fit_stream_softmax_latency` without its
instances and estimate them; print every instance (report latency, in-sample and repository-out estimates)
and how many fall within max(10 %, 1 cycle) of the report. Usage:
`PYTHONPATH=src python bench/stream_softmax_loro.py`.
"""

from pathlib import Path
from statistics import mean, median

from fpgaprune.core.hardware.auxiliary import (
    STREAM_SOFTMAX_LATENCY,
    fit_stream_softmax_latency,
    stream_softmax_latency,
)
from fpgaprune.core.hardware.heldout import stream_softmax_instances

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"


def within(estimate: int, report: int) -> bool:
    """The done-when bound: within 10 % of the report or 1 cycle, whichever is larger."""
    return abs(estimate - report) <= max(0.1 * report, 1)


def main() -> None:
    instances = stream_softmax_instances(DATA)
    print("| design | repository | tool | fabric | budget ns | trips | II | report | in-sample | repo-out |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    counts, errors = [0, 0], [[], []]
    for repo in sorted({design["repo"] for design, *_ in instances}):
        rest = [row for design, *row in instances if design["repo"] != repo]
        constants = fit_stream_softmax_latency(rest)
        for design, layer, report, target in instances:
            if design["repo"] != repo:
                continue
            fitted = stream_softmax_latency(layer, target, STREAM_SOFTMAX_LATENCY)
            out = stream_softmax_latency(layer, target, constants)
            for k, estimate in enumerate((fitted, out)):
                counts[k] += within(estimate, report)
                errors[k].append(abs(estimate - report) / report)
            print(
                f"| {design['design']} | {repo} | {target.hls_tool} | {target.fabric} | "
                f"{target.budget_ns:g} | {layer.trips} | {layer.pack_ii} | {report} | {fitted} | {out} |"
            )
    total = len(instances)
    print(f"\nwithin max(10 %, 1 cycle): in-sample {counts[0]}/{total}, repository-out {counts[1]}/{total}")
    print(
        f"|error| / report, median (mean): in-sample {median(errors[0]):.3f} ({mean(errors[0]):.3f}), "
        f"repository-out {median(errors[1]):.3f} ({mean(errors[1]):.3f}); 0 cycles, the model before: 1.000"
    )


if __name__ == "__main__":
    main()
