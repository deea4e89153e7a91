"""One pruning pass at several seeds: reached target, accuracy and resources per seed, and their median.

Each `--runs` folder is a workflow run (its `results/`) of the same config at another seed, e.g.

    snakemake --cores 2 --directory RUN_DIR --configfile config/config.yaml SEED.yaml \\
        results/fmnist_lenet5/rfpaper/knapsack_dsp_bram/t0.92/metrics.json

with SEED.yaml holding `seed: N` (and any recipe change measured). The pruned designs' resources are the
records' cost-model estimates (`source: estimate`); each seed's baseline is estimated the same way on
the same design (`pruning.run.describe_pruned`, as bench/peer.py does). Accuracy is Keras on the test
images; `loss_points` is test accuracy minus the baseline's, in points.

    python bench/seeds.py --runs /tmp/s1 /tmp/s2 /tmp/s3 --seeds 1 2 3 \\
        --out results/bench/default_run/seeds.csv
"""

import argparse
import csv
import statistics
from pathlib import Path

from fpgaprune.config import load_config
from fpgaprune.data import load_prepared
from fpgaprune.io import read_json
from fpgaprune.models.load import load_model_file
from fpgaprune.pruning.run import describe_pruned

COLUMNS = [
    "seed",
    "target",
    "status",
    "reached_target",
    "baseline_test_accuracy",
    "baseline_val_accuracy",
    "test_accuracy",
    "loss_points",
    "dsp_baseline",
    "dsp",
    "dsp_reduction_pct",
    "bram_18k_baseline",
    "bram_18k",
    "bram_18k_reduction_pct",
    "steps",
    "prune_cpu_s",
    "source",
]


def seed_rows(
    run: Path, seed: int, experiment, setting: str, method: str, targets: list[float]
) -> list[dict]:
    """One row per target of the pass in `run` (a workflow run folder of config seed `seed`)."""
    results = run / "results"
    baseline = read_json(results / experiment.name / "baseline" / "metrics.json")
    layers = experiment.design(setting, pruned=True)
    model = load_model_file(results / experiment.name / "baseline" / "model.h5")
    data = load_prepared(results / "data" / f"{experiment.dataset}.npz")
    base = describe_pruned(model, data, target=0.0, layers=layers, cost_target=experiment.cost_target)[1][
        "estimate"
    ]["totals"]
    rows = []
    for target in targets:
        record = read_json(
            results / experiment.name / f"rf{setting}" / method / f"t{target:g}" / "metrics.json"
        )
        totals = record["estimate"]["totals"]
        rows.append(
            {
                "seed": seed,
                "target": target,
                "status": record["status"],
                "reached_target": round(record["reached_target"], 3),
                "baseline_test_accuracy": round(baseline["accuracy"], 4),
                "baseline_val_accuracy": round(baseline["val_accuracy"], 4),
                "test_accuracy": record["accuracy"],
                "loss_points": round(100 * (record["accuracy"] - baseline["accuracy"]), 2),
                "dsp_baseline": base["dsp"],
                "dsp": totals["dsp"],
                "dsp_reduction_pct": round(100 * (1 - totals["dsp"] / base["dsp"]), 1),
                "bram_18k_baseline": base["bram_18k"],
                "bram_18k": totals["bram_18k"],
                "bram_18k_reduction_pct": round(100 * (1 - totals["bram_18k"] / base["bram_18k"]), 1),
                "steps": len(record["steps"]),
                "prune_cpu_s": _prune_cpu_s(run, experiment.name, setting, method),
                "source": totals["source"],
            }
        )
    return rows


def _prune_cpu_s(run: Path, experiment: str, setting: str, method: str) -> float | None:
    """CPU seconds of the pass from Snakemake's benchmark file (sampled: a lower bound), if present."""
    path = run / "results" / "benchmarks" / "prune" / experiment / f"rf{setting}" / f"{method}.tsv"
    if not path.is_file():
        return None
    with path.open() as f:
        row = next(csv.DictReader(f, delimiter="\t"))
    return float(row["cpu_time"])


def runs_parser(description: str) -> argparse.ArgumentParser:
    """The options of a benchmark over one pass's designs at several seeds (`parse_runs` reads them)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--runs", type=Path, nargs="+", required=True, help="workflow run folders, one per seed"
    )
    parser.add_argument("--seeds", type=int, nargs="+", required=True, help="the config seed of each run")
    parser.add_argument("--config", type=Path, default=Path("config/config.yaml"))
    parser.add_argument("--experiment", default="fmnist_lenet5")
    parser.add_argument("--setting", default="paper")
    parser.add_argument("--method", default="knapsack_dsp_bram")
    parser.add_argument("--targets", type=float, nargs="+", default=[0.75, 0.92])
    parser.add_argument("--out", type=Path, required=True)
    return parser


def parse_runs(parser: argparse.ArgumentParser) -> argparse.Namespace:
    args = parser.parse_args()
    if len(args.seeds) != len(args.runs):
        parser.error(f"give one --seeds value per run ({len(args.runs)} runs, {len(args.seeds)} seeds)")
    return args


def main() -> None:
    args = parse_runs(runs_parser(__doc__.splitlines()[0]))
    experiment = load_config(args.config).experiment(args.experiment)
    rows = [
        row
        for run, seed in zip(args.runs, args.seeds)
        for row in seed_rows(run, seed, experiment, args.setting, args.method, args.targets)
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    for target in args.targets:
        at = [row for row in rows if row["target"] == target]
        medians = {k: statistics.median(row[k] for row in at) for k in ("reached_target", "loss_points")}
        medians |= {
            k: statistics.median(row[k] for row in at)
            for k in ("dsp_reduction_pct", "bram_18k_reduction_pct")
        }
        print(f"target {target:g}, {len(at)} seeds: median {medians}")


if __name__ == "__main__":
    main()
