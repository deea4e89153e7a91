"""Selection time of knapsack_lut on the default models' LUT designs (one selection step, no training).

The digits MLP and LeNet-5 with 8-bit QKeras weights and activations and 8-bit inputs (`ufixed<8,3>`),
io_parallel, Latency RF 1 under Vitis HLS (every product in LUTs: docs/cost-model-record.md 2.1), seeded
random weights. Each model is selected at each target by `knapsack_lut` as shipped (the knapsack sees
whole-LUT costs, `Method.cost_unit`) and with exact fractional costs (`cost_unit` 0), both with the selector's
defaults otherwise (rel_gap 1e-7, time_limit_s 60, max_layer_sparsity 0.95 as the pipeline's default). For
reference, `knapsack_dsp` on the same models under Vivado HLS (`dsp_vivado`), which builds these 8-bit
products on DSPs (docs/cost-model-record.md 2.1).
Per call: wall and CPU seconds of the whole selection (costs, knapsack, re-costing and repairs), the
solver's seconds summed over the repairs, the solver and status of the last solve, the repairs and the
kept cost against the budget (LUT, or DSP for the reference; estimates).

Writes results/bench/knapsack_lut_select.csv.

Usage: PYTHONPATH=src nice -n 19 .venv/bin/python bench/knapsack_lut_select.py [--targets 0.5 0.75 0.9]
       [--models digits_mlp lenet5] [--variants whole_lut exact dsp_vivado]
"""

import argparse
import csv
import logging
import os
import time
from dataclasses import replace
from pathlib import Path

from fpgaprune.config import load_config
from fpgaprune.core.knapsack import BudgetInfeasible
from fpgaprune.core.selection import select
from fpgaprune.core.selection.methods import get_method
from fpgaprune.core.selection.select import KnapsackSelector
from fpgaprune.core.zoo import get_architecture
from fpgaprune.models.build import build_model, built_kernel
from fpgaprune.train import set_seed

REPO = Path(__file__).resolve().parents[1]
DATASETS = {"digits_mlp": "digits", "lenet5": "fashion_mnist"}
QUANTIZATION = {
    "weight_bits": 8,
    "weight_integer_bits": 1,
    "activation_bits": 8,
    "activation_integer_bits": 3,
}
HLS = {
    "precision": "ap_fixed<16,6>",
    "input_precision": "ufixed<8,3>",
    "io_type": "io_parallel",
    "strategy": "latency",
}
# variant: (method, the knapsack's cost unit (None: the method's), backend)
VARIANTS = {
    "whole_lut": ("knapsack_lut", None, "Vitis"),
    "exact": ("knapsack_lut", 0.0, "Vitis"),
    "dsp_vivado": ("knapsack_dsp", None, "Vivado"),
}


def experiment(model: str, backend: str):
    config = {
        "experiments": {
            model: {
                "dataset": DATASETS[model],
                "model": model,
                "quantization": QUANTIZATION,
                "hls": {**HLS, "backend": backend},
                "reuse_factors": [1],
                "methods": ["knapsack_lut", "knapsack_dsp"],
            }
        }
    }
    return load_config(config).experiment(model)


class SolveTimer:
    """Wraps the selector's `solve` to sum the solver's seconds over one selection's repairs."""

    def __init__(self):
        self.seconds, self._solve = 0.0, select.solve

    def __call__(self, problem, **options):
        solution = self._solve(problem, **options)
        self.seconds += solution.seconds
        return solution


def measure(model_name: str, variant: str, targets) -> list[dict]:
    method_name, cost_unit, backend = VARIANTS[variant]
    exp = experiment(model_name, backend)
    set_seed(1)
    model = build_model(get_architecture(model_name), exp.quantization)
    layers = exp.design("1", pruned=True)
    built = {layer.name: built_kernel(model.get_layer(layer.name)) for layer in layers}
    method = get_method(method_name)
    method = method if cost_unit is None else replace(method, cost_unit=cost_unit)
    resource = method.resources[0]
    selector = KnapsackSelector(
        method,
        layers,
        built,
        built_kernel=built_kernel,
        target=exp.cost_target,
        max_layer_sparsity=exp.pruning.max_layer_sparsity,
    )
    rows = []
    for target in targets:
        timer = SolveTimer()
        select.solve = timer
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            _, record = selector(model, target)
        except BudgetInfeasible as error:
            print(f"{model_name} {variant} {target}: {error}")
            continue
        finally:
            select.solve = timer._solve
        knapsack = record["knapsack"]
        rows.append(
            {
                "model": model_name,
                "variant": variant,
                "method": method_name,
                "resource": resource,
                "target": target,
                "structures": knapsack["n_items"],
                "wall_s": round(time.perf_counter() - wall, 3),
                "cpu_s": round(time.process_time() - cpu, 3),
                "solver_s": round(timer.seconds, 3),
                "repairs": knapsack["repairs"],
                "solver": knapsack["solver"],
                "status": knapsack["status"],
                "gap": knapsack["gap"],
                "baseline": round(record["baseline"][resource], 1),
                "budget": record["budget"][resource],
                "kept": round(record["kept_cost"][resource], 1),
                "source": "estimate",
                "load_1min": os.getloadavg()[0],
            }
        )
        print(rows[-1], flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", nargs="+", default=list(DATASETS))
    parser.add_argument("--variants", nargs="+", default=list(VARIANTS), choices=list(VARIANTS))
    parser.add_argument("--targets", type=float, nargs="+", default=[0.5, 0.75, 0.9])
    parser.add_argument("--out", type=Path, default=REPO / "results/bench/knapsack_lut_select.csv")
    options = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    rows = [
        row
        for model in options.models
        for variant in options.variants
        for row in measure(model, variant, options.targets)
    ]
    options.out.parent.mkdir(parents=True, exist_ok=True)
    with options.out.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main()
