"""CPU and wall seconds of consecutive `finetune` calls on one model, as a pruning walk makes them.

Trains the digits MLP (config/test.yaml's model, seeded), then times `--calls` fine-tuning calls of
`--epochs` epochs under masks that prune a growing share of each kernel by magnitude. The first call builds
and traces the model's trainer; the later ones show what each further step of a walk costs. Run it under
two checkouts side by side (`--label`, `PYTHONPATH=OTHER/src`) to compare them; appends one row per call.

    python bench/finetune_calls.py --label main --out results/bench/finetune_calls.csv
"""

import argparse
import csv
import time
from pathlib import Path

from fpgaprune.compat import keras  # noqa: F401 (binds tf_keras before TensorFlow is imported)

import numpy as np

from fpgaprune.config import Training
from fpgaprune.core.zoo import get_architecture
from fpgaprune.data import load_dataset
from fpgaprune.models.build import build_model
from fpgaprune.pruning.finetune import finetune
from fpgaprune.train import set_seed, set_threads, train_baseline

LAYERS = ("fc1", "fc2", "output")


def magnitude_masks(model, share: float) -> dict:
    """Each kernel's weights at or above its `share` quantile of magnitude."""
    kernels = {name: np.abs(model.get_layer(name).kernel.numpy()) for name in LAYERS}
    return {name: k >= np.quantile(k, share) for name, k in kernels.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--label", required=True, help="what is measured (e.g. the commit)")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--calls", type=int, default=5)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--data-home", type=Path, default=Path("results/bench/data_home"))
    args = parser.parse_args()
    set_threads(1)  # as the pruning jobs run
    digits = load_dataset("digits", data_home=args.data_home, seed=3)
    set_seed(3)
    model = build_model(get_architecture("digits_mlp"))
    train_baseline(model, digits, Training(epochs=3, batch_size=64, learning_rate=0.005, patience=3))
    rows = []
    for call in range(args.calls):
        masks = magnitude_masks(model, 0.1 * (call + 1))
        cpu, wall = time.process_time(), time.perf_counter()
        finetune(model, digits, masks, epochs=args.epochs, batch_size=64, learning_rate=0.003)
        rows.append(
            {
                "label": args.label,
                "call": call + 1,
                "epochs": args.epochs,
                "cpu_s": round(time.process_time() - cpu, 3),
                "wall_s": round(time.perf_counter() - wall, 3),
            }
        )
        print(rows[-1], flush=True)
    new = not args.out.exists()
    with args.out.open("a", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        if new:
            writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main()
