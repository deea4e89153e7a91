"""knapsack_lut against magnitude at the same weight sparsity, through the pipeline's prune job.

The digits MLP with 8-bit QKeras weights and activations and 8-bit inputs (`ufixed<8,3>`), io_parallel,
Latency RF 1 under Vitis HLS: every product is built in LUTs (docs/cost-model-record.md 2.1), so the design
has no DSP and `knapsack_dsp` has nothing to remove. Per seed, a baseline is trained, then pruned by
`knapsack_lut` to each target (share of the weights' LUT removed) with the pipeline's walk and
fine-tuning (`pruning.run.prune_model`, config/test.yaml's pruning settings), and the same baseline by
`magnitude` to the weight sparsity that knapsack_lut's masks reached. Both designs are estimated by the
cost model (source `estimate`: LUT numbers carry the error band of docs/cost-model-record.md 2.5).

Writes results/bench/knapsack_lut_vs_magnitude.csv (one row per seed, target and method) and prints the
medians over seeds.

Usage: PYTHONPATH=src nice -n 19 .venv/bin/python bench/knapsack_lut_vs_magnitude.py [--seeds 1 2 3]
       [--targets 0.5 0.75]
"""

import argparse
import csv
import logging
import tempfile
import time
from pathlib import Path

import numpy as np
from knapsack_lut_select import HLS, QUANTIZATION  # the 8-bit Vitis design (bench/ is on sys.path)

from fpgaprune.config import load_config
from fpgaprune.core.hardware.cost import estimate_model
from fpgaprune.core.zoo import get_architecture
from fpgaprune.data import load_dataset
from fpgaprune.models.build import build_model, built_kernel
from fpgaprune.pruning.run import prune_model
from fpgaprune.train import set_seed, train_baseline

REPO = Path(__file__).resolve().parents[1]
PRUNING = {  # config/test.yaml's digits_mlp pruning settings
    "rtol": 0.97,
    "epochs_per_step": 4,
    "final_epochs": 2,
    "learning_rate": 0.003,
    "schedule": {"kind": "polynomial", "steps": 3},
}
MEDIAN_KEYS = ("lut_removed_pct", "weight_sparsity", "accuracy")
TRAINING = {"epochs": 15, "batch_size": 64, "learning_rate": 0.003, "patience": 3}


def experiment():
    config = {
        "experiments": {
            "lut": {
                "dataset": "digits",
                "model": "digits_mlp",
                "quantization": QUANTIZATION,
                "training": TRAINING,
                "hls": {**HLS, "backend": "Vitis"},
                "pruning": PRUNING,
                "reuse_factors": [1],
                "methods": ["knapsack_lut", "magnitude"],
            }
        }
    }
    return load_config(config).experiment("lut")


def lut_total(model, layers, target) -> float:
    return estimate_model(
        layers, [built_kernel(model.get_layer(layer.name)) for layer in layers], target
    ).totals["lut"]


def kept_share(masks, layers) -> float:
    kept = sum(int(masks[layer.name].sum()) for layer in layers)
    return kept / sum(masks[layer.name].size for layer in layers)


def prune_copy(baseline, data, exp, layers, method, target, seed):
    model = build_model(get_architecture(exp.model), exp.quantization)
    model.set_weights(baseline.get_weights())
    start = time.perf_counter()
    masks, record = prune_model(
        model, data, experiment=exp, layers=layers, method_name=method, target=target, setting="1", seed=seed
    )
    return model, masks, record, time.perf_counter() - start


def run(seeds, targets, out: Path) -> list[dict]:
    exp = experiment()
    layers = exp.design("1", pruned=True)
    rows = []
    for seed in seeds:
        data = load_dataset("digits", data_home=Path(tempfile.mkdtemp()), seed=seed)
        set_seed(seed)
        baseline = build_model(get_architecture(exp.model), exp.quantization)
        train_baseline(baseline, data, exp.training)
        before = lut_total(baseline, layers, exp.cost_target)
        for target in targets:
            lut_model, lut_masks, lut_record, lut_s = prune_copy(
                baseline, data, exp, layers, "knapsack_lut", target, seed
            )
            sparsity = 1.0 - kept_share(lut_masks, layers)
            mag_model, mag_masks, mag_record, mag_s = prune_copy(
                baseline, data, exp, layers, "magnitude", round(sparsity, 4), seed
            )
            for method, model, masks, record, seconds in (
                ("knapsack_lut", lut_model, lut_masks, lut_record, lut_s),
                ("magnitude", mag_model, mag_masks, mag_record, mag_s),
            ):
                after = lut_total(model, layers, exp.cost_target)
                rows.append(
                    {
                        "seed": seed,
                        "lut_target": target,
                        "method": method,
                        "method_target": record["target"],
                        "reached_target": record.get("reached_target"),
                        "weight_sparsity": round(1.0 - kept_share(masks, layers), 4),
                        "lut_before": round(before, 1),
                        "lut_after": round(after, 1),
                        "lut_removed_pct": round(100 * (1 - after / before), 2),
                        "accuracy": record["accuracy"],
                        "reference_val_accuracy": record["reference_val_accuracy"],
                        "val_accuracy": record["val_accuracy"],
                        "seconds": round(seconds, 1),
                        "source": "estimate",
                    }
                )
                print(rows[-1], flush=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return rows


def medians(rows) -> None:
    for target in sorted({r["lut_target"] for r in rows}):
        for method in ("knapsack_lut", "magnitude"):
            chosen = [r for r in rows if r["lut_target"] == target and r["method"] == method]
            median = {key: np.median([r[key] for r in chosen]) for key in MEDIAN_KEYS}
            print(
                f"target {target} {method}: median LUT removed {median['lut_removed_pct']:.1f} % (estimate), "
                f"weight sparsity {median['weight_sparsity']:.3f}, accuracy {median['accuracy']:.4f}, "
                f"n={len(chosen)}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--targets", type=float, nargs="+", default=[0.5, 0.75])
    parser.add_argument("--out", type=Path, default=REPO / "results/bench/knapsack_lut_vs_magnitude.csv")
    options = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    medians(run(options.seeds, options.targets, options.out))


if __name__ == "__main__":
    main()
