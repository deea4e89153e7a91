"""Knapsack solve time and proven gap against the number of structures (2 budgets: DSP, BRAM_18K).

Two instance families, both seeded:

- ``layered`` (the easy family): structures drawn layer by layer as in a pruned hls4ml model.
  Latency layers give
  single weights costing [1 DSP] (or [0 DSP] when the product fits in LUTs), Resource layers give
  DSP patterns costing [1 DSP] and BRAM slices costing [cp DSP, 1 BRAM_18K] (cp = patterns per
  BRAM word, 2 or 4). Values are L1 norms of the group's Gaussian weights, with a scale per layer.
  Budgets: remove 70 % of the DSPs and 90 % of the BRAM (both bind at the optimum). Its structures
  share a handful of cost vectors, so the grouped solver reduces it to one count per cost vector.
- ``random_costs`` (the hard family): the hard case of shared/notes/stack.md step 5. Values uniform
  in [1, 1e6],
  integer costs 1..99 per budget drawn per structure (up to 9,801 distinct cost vectors), each
  capacity 30 % of the column sum.

Each point is the median wall time of `--repeats` solves (`solve_s`) and the time to build the
instance's `KnapsackProblem` from its values and cost vectors (`build_s`, median too); the gap column
is the largest over the runs.
Writes results/bench/knapsack_scaling.csv and a Markdown table beside it.

Usage: .venv/bin/python bench/knapsack_scaling.py [--sizes 1000 10000 ...] [--repeats 3]
"""

import argparse
import csv
import datetime
import io
import logging
import os
import platform
import statistics
import time
from pathlib import Path

import numpy as np
import ortools

from fpgaprune.core.knapsack import Budget, KnapsackProblem, problem_from_budgets, solve
from fpgaprune.io import atomic_path

log = logging.getLogger("bench.knapsack_scaling")

RESOURCES = ("dsp", "bram_18k")
SIZES = (1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000)
SOLVERS = {"layered": ("auto", "mip_scip", "greedy"), "random_costs": ("mip_scip", "mip_cbc", "greedy")}
LAYER_KINDS = ("single", "pattern", "bram_slice", "pattern", "bram_slice", "pattern", "single", "pattern")
COLUMNS = (
    "instance",
    "n_structures",
    "n_constraints",
    "n_groups",
    "solver",
    "build_s",
    "solve_s",
    "gap",
    "status",
    "objective",
    "shortfall",
    "runs",
)


def layered_problem(n: int, seed: int) -> KnapsackProblem:
    """Structures of eight layers with per-layer cost vectors and L1-norm values (see module doc)."""
    rng = np.random.default_rng(seed)
    shares = rng.dirichlet(np.full(len(LAYER_KINDS), 2.0))
    counts = np.diff(np.round(np.concatenate(([0.0], np.cumsum(shares))) * n).astype(int))
    values, costs = [], []
    for kind, count in zip(LAYER_KINDS, counts):
        layer_values, layer_costs = _layer(kind, int(count), rng)
        values.append(layer_values)
        costs.append(layer_costs)
    values, costs = np.concatenate(values), np.concatenate(costs)
    budgets = [Budget("dsp", target=0.7), Budget("bram_18k", target=0.9)]
    return problem_from_budgets(values, costs, RESOURCES, costs.sum(axis=0), budgets)


def _layer(kind: str, count: int, rng: np.random.Generator):
    scale = 10 ** rng.uniform(-1.7, -0.5)  # weight std of the layer, like 1/sqrt(fan_in)
    if kind == "single":
        needs_dsp = rng.random(count) < 0.7
        return np.abs(rng.normal(0, scale, count)), np.stack([needs_dsp, np.zeros(count)], axis=1).astype(
            float
        )
    reuse_factor = int(rng.choice([2, 4, 8, 16]))
    patterns_per_word = int(rng.choice([2, 4])) if kind == "bram_slice" else 1
    weights = rng.normal(0, scale, (count, reuse_factor * patterns_per_word))
    cost = [patterns_per_word, 1.0] if kind == "bram_slice" else [1.0, 0.0]
    return np.abs(weights).sum(axis=1), np.tile(cost, (count, 1))


def random_costs_problem(n: int, seed: int) -> KnapsackProblem:
    rng = np.random.default_rng(seed)
    values = rng.uniform(1, 1e6, n)
    costs = rng.integers(1, 100, (n, 2)).astype(float)
    return KnapsackProblem(values, costs, np.floor(0.3 * costs.sum(axis=0)), RESOURCES)


MAKERS = {"layered": layered_problem, "random_costs": random_costs_problem}


def measure(instance: str, n: int, solver: str, repeats: int, time_limit_s: float) -> dict:
    build_s = []
    for _ in range(repeats):
        start = time.perf_counter()
        problem = MAKERS[instance](n, seed=n)
        build_s.append(time.perf_counter() - start)
    solutions = [solve(problem, solver, time_limit_s=time_limit_s) for _ in range(repeats)]
    statuses = sorted({s.status for s in solutions})
    return {
        "instance": instance,
        "n_structures": n,
        "n_constraints": int(np.isfinite(problem.capacities).sum()),
        "n_groups": int(np.unique(problem.costs, axis=0).shape[0]),
        "solver": solutions[0].solver,
        "build_s": round(statistics.median(build_s), 3),
        "solve_s": round(statistics.median(s.seconds for s in solutions), 3),
        "gap": float(f"{max(s.gap for s in solutions):.3g}"),
        "status": "/".join(statuses),
        "objective": float(f"{min(s.objective for s in solutions):.10g}"),
        "runs": repeats,
    }


def with_shortfall(point_rows: list[dict]) -> list[dict]:
    """Add 1 - objective / best objective of the same instance (greedy's real loss, ~0 for exact)."""
    best = max(row["objective"] for row in point_rows)
    return [{**row, "shortfall": float(f"{1 - row['objective'] / best:.3g}")} for row in point_rows]


def markdown(rows: list[dict], time_limit_s: float, load: str) -> str:
    header = (
        "# Knapsack scaling (2 budgets: DSP, BRAM_18K)\n\n"
        f"Generated {datetime.date.today()} by `bench/knapsack_scaling.py` on {platform.node()} "
        f"({os.cpu_count()} cores shared with other jobs; 1-min load average {load}), "
        f"OR-Tools {ortools.__version__}, time limit {time_limit_s:g} s, default rel_gap 1e-7. "
        "build_s = median time to draw the instance and build its `KnapsackProblem`; solve_s = median wall "
        "time of `solve` over the runs; gap = largest proven relative gap "
        "(bound - objective) / objective over the runs. Greedy's gap is against its own cheap "
        "(surrogate fractional) bound, so it overstates greedy's real loss; shortfall = 1 - objective / "
        "best objective found for the same instance shows that loss. Instance families: `layered` is the "
        "easy "
        "one (a handful of distinct cost vectors, which the grouped solver turns into one count per cost "
        "vector); `random_costs` the hard one (up to 9,801 distinct cost vectors, item-level MIP).\n\n"
    )
    table = "| " + " | ".join(COLUMNS) + " |\n|" + "---|" * len(COLUMNS) + "\n"
    table += "".join("| " + " | ".join(str(row[c]) for c in COLUMNS) + " |\n" for row in rows)
    return header + table + _target_lines(rows)


# (structures, seconds, what the seconds cover): issue 18 asks for 1,000,000 structures in 0.5 s including
# building the problem; the older target is 100,000 structures in 5 s of solving.
TARGETS = ((100_000, 5.0, "solve"), (1_000_000, 0.5, "build + solve"))


def _seconds(row: dict, covered: str) -> float:
    return row["solve_s"] + (row["build_s"] if covered == "build + solve" else 0.0)


def _target_lines(rows: list[dict]) -> str:
    """Whether each exact solver meets each target of TARGETS (gap <= 1e-6 within the time)."""
    text = ""
    for size, limit_s, covered in TARGETS:
        lines = [
            f"- {row['instance']} / {row['solver']}: {_seconds(row, covered):.3g} s, gap {row['gap']}: "
            + ("meets" if _seconds(row, covered) <= limit_s and row["gap"] <= 1e-6 else "misses")
            for row in rows
            if row["n_structures"] == size and row["solver"] != "greedy"
        ]
        measured = "\n".join(lines) or f"- not measured ({size:,} is not among --sizes)"
        text += f"\nTarget: gap <= 1e-6 in {limit_s} s ({covered}) at {size:,} structures, 2 budgets:\n\n"
        text += measured + "\n"
    return text


def write(rows: list[dict], out: Path, time_limit_s: float, load: str) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    with atomic_path(out) as tmp:
        tmp.write_text(buffer.getvalue())
    with atomic_path(out.with_suffix(".md")) as tmp:
        tmp.write_text(markdown(rows, time_limit_s, load))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=SIZES)
    parser.add_argument("--instances", nargs="+", choices=sorted(MAKERS), default=list(MAKERS))
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--out", type=Path, default=Path("results/bench/knapsack_scaling.csv"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    logging.getLogger("fpgaprune.core.knapsack").setLevel(logging.WARNING)
    rows, load_start = [], os.getloadavg()[0]
    for instance in args.instances:
        for n in args.sizes:
            point = [
                measure(instance, n, solver, args.repeats, args.time_limit) for solver in SOLVERS[instance]
            ]
            rows += with_shortfall(point)
            log.info("%s", rows[-len(point) :])
            load = f"{load_start:.1f} at start, {os.getloadavg()[0]:.1f} at the last point"
            write(rows, args.out, args.time_limit, load)


if __name__ == "__main__":
    main()
