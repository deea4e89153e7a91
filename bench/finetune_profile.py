"""Where a pruning step's CPU time goes: fine-tuning variants, evaluation and selection, timed side by side.

Loads a trained baseline and its prepared dataset (a workflow run's `results/`), builds the pruning job's
`Pruner` exactly as `fpgaprune prune` does, and times, each `--repeats` times in one process:
one selection (the knapsack and its inputs) at `--target`, one fine-tuning epoch per variant given in
`--variants` (under the selected masks), and one validation evaluation. CPU seconds are this process's
(all TensorFlow threads); wall seconds are printed beside them. Writes one row per measurement to `--out`.

    python bench/finetune_profile.py --results /path/to/run/results --experiment fmnist_lenet5 \
        --method knapsack_dsp_bram --out results/bench/finetune_profile.csv
"""

import argparse
import csv
import statistics
import time
from functools import partial
from pathlib import Path

from fpgaprune.config import load_config
from fpgaprune.data import load_prepared
from fpgaprune.models.load import load_model_file
from fpgaprune.pruning.finetune import evaluate_accuracy, finetune
from fpgaprune.pruning.run import Pruner
from fpgaprune.train import set_seed, set_threads


def timed(fn):
    """(result, cpu seconds, wall seconds) of fn()."""
    cpu, wall = time.process_time(), time.perf_counter()
    result = fn()
    return result, time.process_time() - cpu, time.perf_counter() - wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=Path, required=True, help="a workflow run's results/ folder")
    parser.add_argument("--config", type=Path, default=Path("config/config.yaml"))
    parser.add_argument("--experiment", default="fmnist_lenet5")
    parser.add_argument("--setting", default="paper")
    parser.add_argument("--method", default="knapsack_dsp_bram")
    parser.add_argument("--target", type=float, default=0.75)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--batch-sizes", type=int, nargs="+", default=[128])
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    set_threads(args.threads)
    set_seed(1)
    experiment = load_config(args.config).experiment(args.experiment)
    data = load_prepared(args.results / "data" / f"{experiment.dataset}.npz")
    model = load_model_file(args.results / args.experiment / "baseline" / "model.h5")
    layers = experiment.design(args.setting, pruned=True)
    pruner, cpu, wall = timed(partial(Pruner, model, data, experiment, layers, args.method, args.setting))
    rows = [("set-up (Pruner)", 0, cpu, wall)]
    for repeat in range(args.repeats):
        (masks, _), cpu, wall = timed(partial(pruner.selector, model, args.target))
        rows.append(("select", repeat, cpu, wall))
        for batch_size in args.batch_sizes:
            for variant, (penalty, distillation) in variants(pruner).items():
                options = {**pruner.training, "batch_size": batch_size, "distillation": distillation}
                epoch = partial(finetune, model, data, masks, epochs=1, penalty=penalty, **options)
                _, cpu, wall = timed(epoch)
                rows.append((f"fine-tune epoch, batch {batch_size}, {variant}", repeat, cpu, wall))
        _, cpu, wall = timed(partial(evaluate_accuracy, model, data.x_val, data.y_val))
        rows.append(("evaluate validation", repeat, cpu, wall))
    write_rows(args.out, rows)


def variants(pruner: Pruner) -> dict[str, tuple]:
    """Fine-tuning as configured, and without each of its optional terms (penalty, teacher)."""
    penalty, distillation = pruner.penalty, pruner.training["distillation"]
    return {
        "as configured": (penalty, distillation),
        "no group lasso": (None, distillation),
        "no teacher": (penalty, None),
        "neither": (None, None),
    }


def write_rows(out: Path, rows: list[tuple]) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["what", "repeat", "cpu_s", "wall_s"])
        writer.writerows((what, repeat, round(cpu, 2), round(wall, 2)) for what, repeat, cpu, wall in rows)
    by_what: dict[str, list[float]] = {}
    for what, _, cpu, _ in rows:
        by_what.setdefault(what, []).append(cpu)
    for what, cpus in by_what.items():
        print(f"{what}: median {statistics.median(cpus):.2f} CPU-s over {len(cpus)}")


if __name__ == "__main__":
    main()
