"""Time the cost model on a 100,000-weight layer (400 x 250, half the weights zero), per strategy.

Writes results/bench/estimate.json: median and spread of several runs of estimate_layer and of
structure_costs. The target (issue 16): under 0.1 s per layer estimate.

    .venv/bin/python bench/bench_estimate.py [--repeats 7] [--out results/bench/estimate.json]
"""

import argparse
import platform
import statistics
import time
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware import LayerHardware, estimate_layer, structure_costs
from fpgaprune.io import write_json

CASES = [  # (strategy, reuse factor, structure for the group costs)
    ("latency", 1, "single"),
    ("latency", 10, "single"),
    ("resource", 10, "pattern"),
    ("resource_unrolled", 10, "pattern"),
    ("resource_unrolled", 100, "bram_slice"),
]


def _median_seconds(call, repeats: int) -> dict:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return {"median_s": statistics.median(times), "min_s": min(times), "max_s": max(times)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path("results/bench/estimate.json"))
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    kernel = rng.normal(scale=0.3, size=(400, 250)) * (rng.random((400, 250)) > 0.5)
    results = []
    for strategy, rf, structure in CASES:
        layer = LayerHardware("fc", "dense", kernel.shape, rf, strategy)
        results.append(
            {
                "strategy": strategy,
                "reuse_factor": rf,
                "n_weights": kernel.size,
                "structure": structure,
                "estimate_layer": _median_seconds(
                    lambda layer=layer: estimate_layer(layer, kernel), args.repeats
                ),
                "structure_costs": _median_seconds(
                    lambda layer=layer, structure=structure: structure_costs(layer, kernel, structure),
                    args.repeats,
                ),
            }
        )
        print(
            f"{strategy:18s} RF {rf:3d}: estimate {results[-1]['estimate_layer']['median_s']:.4f} s, "
            f"{structure} costs {results[-1]['structure_costs']['median_s']:.4f} s"
        )
    write_json(
        args.out,
        {
            "benchmark": "estimate_layer on a 100,000-weight Dense layer",
            "repeats": args.repeats,
            "python": platform.python_version(),
            "machine": platform.machine(),
            "results": results,
            "slowest_estimate_s": max(r["estimate_layer"]["median_s"] for r in results),
        },
    )


if __name__ == "__main__":
    main()
