"""One selection step of knapsack_rf against knapsack_dsp_bram on the same weights (no training).

For an experiment's reuse setting, the model (a trained `model.h5`, or the architecture with seeded
random weights when none is given) is pruned once by each method at each target: knapsack_dsp_bram
on the setting's design, knapsack_rf choosing every layer's strategy and reuse factor under the
setting's latency. Both designs are then estimated by the cost model (source `estimate`) with the
pruned weights: DSP, BRAM_18K, latency and II, with the selection's solve time and proven gap. This
measures what the joint choice buys in resources at one step, not accuracy (that needs the pipeline).

Writes results/bench/knapsack_rf_select.csv.

Usage: PYTHONPATH=src .venv/bin/python bench/knapsack_rf_select.py --config config/paper.yaml
       --experiment fmnist_lenet5 --setting paper [--model results/.../model.h5] [--targets 0.5 0.9]
"""

import argparse
import csv
import logging
import time
from pathlib import Path

import numpy as np

from fpgaprune.config import load_config
from fpgaprune.core.hardware.cost import combined_latency, estimate_model
from fpgaprune.core.knapsack import BudgetInfeasible
from fpgaprune.core.selection.joint_select import (
    JointSelector,
    candidate_settings,
    latency_budget_cycles,
    layers_latency,
)
from fpgaprune.core.selection.methods import get_method
from fpgaprune.core.selection.select import KnapsackSelector
from fpgaprune.core.zoo import get_architecture
from fpgaprune.models.build import build_model
from fpgaprune.models.load import load_model_file
from fpgaprune.train import set_seed


def _model(experiment, path):
    if path:
        return load_model_file(path)
    set_seed(1)
    return build_model(get_architecture(experiment.model), experiment.quantization)


def _selectors(experiment, setting, kernels, options):
    layers = experiment.design(setting, pruned=True)
    dsp_bram = KnapsackSelector(
        get_method("knapsack_dsp_bram"), layers, kernels, max_layer_sparsity=options.max_layer_sparsity
    )
    target = experiment.cost_target

    def setting_latency(name):
        design = experiment.design(name, pruned=False)
        return layers_latency(design, [kernels[layer.name] for layer in design], target)

    joint = experiment.pruning.knapsack_rf
    budget = latency_budget_cycles(
        joint.latency_budget, setting, experiment.hls.clock_period, setting_latency
    )
    candidates = {
        layer.name: candidate_settings(
            layer,
            experiment.hls.io_type,
            joint.strategies,
            joint.rf_candidates,
            joint.parallelization_factors,
            backend=experiment.hls.backend,
        )
        for layer in experiment.weight_layers
    }
    resolved = experiment.setting(setting).resolve(experiment.weight_layers, "bench")
    rf = JointSelector(
        experiment.weight_layers,
        resolved,
        list(candidates),
        candidates,
        experiment.precisions,
        experiment.hls.io_type,
        kernels,
        latency_budget=budget,
        ii_limit=joint.ii_limit,
        target=target,
        max_layer_sparsity=options.max_layer_sparsity,
        backend=experiment.hls.backend,
    )
    return layers, dsp_bram, rf


def _row(method, target_share, design, model, masks, record, seconds, cost_target):
    kernels = [model.get_layer(layer.name).kernel.numpy() * masks[layer.name] for layer in design]
    estimate = estimate_model(design, kernels, cost_target)
    totals = estimate.totals
    latency = combined_latency((layer.latency_cycles for layer in estimate.layers), design[0].io_type)
    return {
        "method": method,
        "target": target_share,
        "dsp": totals["dsp"],
        "bram_18k": totals["bram_18k"],
        "latency_cycles": latency,
        "ii": totals["ii"],
        "select_s": round(seconds, 3),
        "gap": record["knapsack"]["gap"],
        "kept_weights": int(sum(m.sum() for m in masks.values())),
        "kept_importance": round(record["knapsack"]["objective"], 4),
        "design": "; ".join(f"{layer.name} {_setting(layer)}" for layer in design),
        "source": "estimate",
    }


def _setting(layer) -> str:
    factor = layer.parallelization_factor
    return f"{layer.strategy}/{layer.reuse_factor}" + (f"/PF{factor}" if factor > 1 else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", type=Path, default=Path("config/paper.yaml"))
    parser.add_argument("--experiment", default="fmnist_lenet5")
    parser.add_argument("--setting", default="paper")
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--targets", type=float, nargs="+", default=[0.5, 0.75, 0.9])
    parser.add_argument("--out", type=Path, default=Path("results/bench/knapsack_rf_select.csv"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    experiment = load_config(args.config).experiment(args.experiment)
    model = _model(experiment, args.model)
    kernels = {layer.name: model.get_layer(layer.name).kernel.numpy() for layer in experiment.weight_layers}
    layers, dsp_bram, joint = _selectors(experiment, args.setting, kernels, experiment.pruning)
    rows = []
    for target in args.targets:
        for method, selector in (("knapsack_dsp_bram", dsp_bram), ("knapsack_rf", joint)):
            start = time.perf_counter()
            try:
                masks, record = selector(model, target)
            except BudgetInfeasible as error:  # e.g. the per-layer floor alone is over the budget
                rows.append({"method": method, "target": target, "infeasible": str(error)})
                print(rows[-1], flush=True)
                continue
            seconds = time.perf_counter() - start
            design = joint.design(record) if method == "knapsack_rf" else layers
            masks = {layer.name: masks.get(layer.name, np.ones(layer.kernel_shape, bool)) for layer in design}
            rows.append(_row(method, target, design, model, masks, record, seconds, experiment.cost_target))
            print(rows[-1], flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", newline="") as handle:
        fields = list(dict.fromkeys(key for row in rows for key in row))
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main()
