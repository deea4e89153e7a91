"""More final fine-tuning of a pass's saved designs: validation, test and resources, before and after.

For each `--runs` folder (a workflow run at one seed, as for bench/seeds.py) and each target of the
pass, the saved design (`model.h5`, `masks.npz`) is fine-tuned `--epochs` more, as the pass's final
fine-tuning does it (`Pruner.training`: the seed's baseline as teacher, the same learning rate and
batch size; its masks, and `Pruner.value_held` weights frozen so the cost cannot grow back). Validation
decides; test accuracy is reported beside it. Resources are the cost model's estimate (`source:
estimate`).

    python bench/more_final_epochs.py --runs RUN1 RUN2 RUN3 --seeds 1 2 3 --epochs 4 \\
        --out results/bench/default_run/more_final_epochs.csv
"""

import csv
from pathlib import Path

import numpy as np
from seeds import parse_runs, runs_parser

from fpgaprune.config import load_config
from fpgaprune.data import load_prepared
from fpgaprune.io import atomic_path
from fpgaprune.models.load import load_model_file
from fpgaprune.pruning.finetune import finetune
from fpgaprune.pruning.run import Pruner, describe_pruned
from fpgaprune.train import set_seed, set_threads

COLUMNS = ["seed", "target", "extra_epochs"] + [
    f"{name}_{when}"
    for name in ("val_accuracy", "test_accuracy", "dsp", "bram_18k")
    for when in ("before", "after")
]


def measure(run: Path, seed: int, args) -> list[dict]:
    set_seed(seed)
    experiment = load_config(args.config).experiment(args.experiment)
    results = run / "results"
    data = load_prepared(results / "data" / f"{experiment.dataset}.npz")
    baseline = load_model_file(results / experiment.name / "baseline" / "model.h5")
    layers = experiment.design(args.setting, pruned=True)
    pruner = Pruner(baseline, data, experiment, layers, args.method, args.setting)
    rows = []
    for target in args.targets:
        folder = results / experiment.name / f"rf{args.setting}" / args.method / f"t{target:g}"
        model = load_model_file(folder / "model.h5")
        masks = dict(np.load(folder / "masks.npz"))
        before = describe_pruned(
            model, data, layers=layers, target=target, cost_target=experiment.cost_target
        )[1]
        finetune(model, data, masks, epochs=args.epochs, frozen=pruner.value_held(model), **pruner.training)
        after = describe_pruned(
            model, data, layers=layers, target=target, cost_target=experiment.cost_target
        )[1]
        rows.append({"seed": seed, "target": target, "extra_epochs": args.epochs, **_pair(before, after)})
    return rows


def _pair(before: dict, after: dict) -> dict:
    values = {}
    for when, record in (("before", before), ("after", after)):
        totals = record["estimate"]["totals"]
        values |= {
            f"val_accuracy_{when}": round(record["val_accuracy"], 4),
            f"test_accuracy_{when}": record["accuracy"],
            f"dsp_{when}": totals["dsp"],
            f"bram_18k_{when}": totals["bram_18k"],
        }
    return values


def main() -> None:
    parser = runs_parser(__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=4)
    args = parse_runs(parser)
    set_threads(1)
    rows = [row for run, seed in zip(args.runs, args.seeds) for row in measure(run, seed, args)]
    with atomic_path(args.out) as tmp, tmp.open("w", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main()
