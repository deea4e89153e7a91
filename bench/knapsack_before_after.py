"""The knapsack at 100,000 and 1,000,000 structures: an older solver and the current one side by side.

The older `fpgaprune/core/knapsack.py` is read from a git revision (`--before`, default the `core:`
commit 69298b6) and imported as a module; both versions build the same `layered` instance of
`bench/knapsack_scaling.py` from its values and costs (`problem_from_budgets`, 2 budgets: 70 % of the
DSPs and 90 % of the BRAM removed) and solve it with solver "auto". The runs alternate between the
versions so that both see the same load on a shared machine.

Per (version, size): median wall and CPU seconds of building and of solving over `--repeats` runs,
the largest proven gap, the objective (equal for both: both are exact). Writes
results/bench/knapsack_before_after.csv and a Markdown table beside it.

Usage: .venv/bin/python bench/knapsack_before_after.py [--sizes 100000 1000000] [--repeats 5]
"""

import argparse
import csv
import datetime
import importlib.util
import io
import logging
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from knapsack_scaling import layered_problem

from fpgaprune.core import knapsack as current
from fpgaprune.io import atomic_path

log = logging.getLogger("bench.knapsack_before_after")

MODULE_PATH = "src/fpgaprune/core/knapsack.py"
COLUMNS = (
    "version",
    "n_structures",
    "build_seconds",
    "solve_seconds",
    "total_seconds",
    "build_cpu_seconds",
    "solve_cpu_seconds",
    "solver",
    "gap",
    "status",
    "objective",
    "runs",
)


def module_at(revision: str):
    """Import the knapsack module as it was at a git revision."""
    root = Path(__file__).resolve().parents[1]
    source = subprocess.run(
        ["git", "-C", str(root), "show", f"{revision}:{MODULE_PATH}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    path = Path(tempfile.mkdtemp()) / f"knapsack_{revision}.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def one_run(module, values, costs, resources) -> dict:
    """Build the problem with `module` and solve it; wall and CPU seconds of each step."""
    budgets = [module.Budget("dsp", target=0.7), module.Budget("bram_18k", target=0.9)]
    wall, cpu = time.perf_counter(), time.process_time()
    problem = module.problem_from_budgets(values, costs, resources, costs.sum(axis=0), budgets)
    built_wall, built_cpu = time.perf_counter(), time.process_time()
    solution = module.solve(problem, "auto")
    return {
        "build_seconds": built_wall - wall,
        "solve_seconds": time.perf_counter() - built_wall,
        "build_cpu_seconds": built_cpu - cpu,
        "solve_cpu_seconds": time.process_time() - built_cpu,
        "solution": solution,
    }


def summary(version: str, n: int, runs: list[dict]) -> dict:
    solutions = [run["solution"] for run in runs]
    row = {"version": version, "n_structures": n, "runs": len(runs)}
    for key in ("build_seconds", "solve_seconds", "build_cpu_seconds", "solve_cpu_seconds"):
        row[key] = round(statistics.median(run[key] for run in runs), 3)
    row["total_seconds"] = round(statistics.median(r["build_seconds"] + r["solve_seconds"] for r in runs), 3)
    row["solver"] = solutions[0].solver
    row["gap"] = float(f"{max(s.gap for s in solutions):.3g}")
    row["status"] = "/".join(sorted({s.status for s in solutions}))
    row["objective"] = float(f"{min(s.objective for s in solutions):.12g}")
    return row


def measure(versions: dict, n: int, repeats: int) -> list[dict]:
    reference = layered_problem(n, seed=n)
    values, costs = np.array(reference.values), np.array(reference.costs)
    runs = {name: [] for name in versions}
    for _ in range(repeats):
        for name, module in versions.items():
            runs[name].append(one_run(module, values, costs, reference.resources))
    rows = [summary(name, n, runs[name]) for name in versions]
    objectives = [row["objective"] for row in rows]
    if max(objectives) - min(objectives) > 1e-6 * max(objectives):
        log.warning("the versions' optima differ at %d structures: %s", n, objectives)
    return rows


def markdown(rows: list[dict], before: str, load: str) -> str:
    header = (
        "# Knapsack before and after, 2 budgets (DSP, BRAM_18K), `layered` instance\n\n"
        f"Generated {datetime.date.today()} by `bench/knapsack_before_after.py` on {platform.node()} "
        f"({os.cpu_count()} cores shared with other jobs; 1-min load average {load}). "
        f"before = `{MODULE_PATH}` at {before}, after = this checkout. Seconds are medians over the runs "
        "(the versions alternate run by run); build = `problem_from_budgets` (validation, copies), "
        "solve = `solve(problem, 'auto')`; cpu = process CPU time; gap = largest proven gap.\n\n"
    )
    table = "| " + " | ".join(COLUMNS) + " |\n|" + "---|" * len(COLUMNS) + "\n"
    table += "".join("| " + " | ".join(str(row[c]) for c in COLUMNS) + " |\n" for row in rows)
    return header + table


def write(rows: list[dict], out: Path, before: str, load: str) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    with atomic_path(out) as tmp:
        tmp.write_text(buffer.getvalue())
    with atomic_path(out.with_suffix(".md")) as tmp:
        tmp.write_text(markdown(rows, before, load))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=(100_000, 1_000_000))
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--before", default="69298b6", help="git revision of the older solver")
    parser.add_argument("--out", type=Path, default=Path("results/bench/knapsack_before_after.csv"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    logging.getLogger("fpgaprune.core.knapsack").setLevel(logging.WARNING)
    versions = {f"before ({args.before})": module_at(args.before), "after": current}
    logging.getLogger(next(iter(versions.values())).__name__).setLevel(logging.WARNING)
    rows, load_start = [], os.getloadavg()[0]
    for n in args.sizes:
        rows += measure(versions, n, args.repeats)
        log.info("%s", rows[-len(versions) :])
        load = f"{load_start:.1f} at start, {os.getloadavg()[0]:.1f} at the end"
        write(rows, args.out, args.before, load)


if __name__ == "__main__":
    main()
