"""Pruning methods side by side on the same trained model, data and DSP budget.

For one experiment and reuse-factor setting of a config, the baseline model trained by the pipeline
(`results/{experiment}/baseline/model.h5`) is pruned by each method in turn, in one run:
- `knapsack_dsp`, `knapsack_dsp_bram`: at the target (share of the design's DSPs, and BRAM, removed);
- `magnitude`, `structured`: their own budget (weights, neurons) set by bisection on the cost model
  to the smallest target whose design fits the same DSP budget, so they compete at equal DSP;
- `hls4ml_dsp_aware`: hls4ml's own implementation at the same target (its DSP model, not ours).
Every result is evaluated by the same cost model (source `estimate`) and the same test set.
The recipe (pruning settings of every method) is the shipped config/bench-peer.yaml: every step is
accepted (`rtol: 0.01`), so each method ends at the budget and the accuracies compare at equal DSP;
`--rtol` overrides it, e.g. 0.99 compares how far each method gets before its accuracy falls below
rtol x the baseline's.
Writes results/bench/peer.csv (method, budget_dsp, accuracy, dsp, bram_18k, wall_s, status, ...)
and results/bench/peer.md.

Usage: .venv/bin/python bench/peer.py [--config config/bench-peer.yaml] [--experiment fmnist_lenet5]
       [--setting paper] [--target 0.9] [--rtol 0.01] [--methods knapsack_dsp magnitude ...]
"""

import argparse
import csv
import datetime
import io
import json
import logging
import math
import platform
import time
from dataclasses import replace
from pathlib import Path

from fpgaprune.config import job_seed, load_config
from fpgaprune.core.hardware.cost import estimate_model
from fpgaprune.core.knapsack import BudgetInfeasible
from fpgaprune.core.selection.methods import PEER_METHOD, get_method
from fpgaprune.core.selection.select import KnapsackSelector
from fpgaprune.data import load_prepared
from fpgaprune.io import atomic_path
from fpgaprune.models.load import load_model_file
from fpgaprune.pruning.peer import PeerUnsupported, prune_with_hls4ml
from fpgaprune.pruning.run import describe_pruned, prune_model, pruned_layers
from fpgaprune.train import set_seed

log = logging.getLogger("bench.peer")
METHODS = ("knapsack_dsp", "knapsack_dsp_bram", "magnitude", "structured", PEER_METHOD)
COLUMNS = (
    "method",
    "budget_dsp",
    "accuracy",
    "dsp",
    "bram_18k",
    "wall_s",
    "status",
    "method_target",
    "baseline_accuracy",
    "baseline_dsp",
    "baseline_bram_18k",
    "source",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", type=Path, default=Path("config/bench-peer.yaml"))
    parser.add_argument("--experiment", default="fmnist_lenet5")
    parser.add_argument("--setting", default="paper")
    parser.add_argument("--target", type=float, default=0.9)
    parser.add_argument(
        "--rtol",
        type=float,
        default=None,
        help="accept a step when val accuracy >= rtol x the baseline's (default: the config's)",
    )
    parser.add_argument("--methods", nargs="+", default=list(METHODS), choices=METHODS)
    parser.add_argument("--out-dir", type=Path, default=Path("results/bench"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s", datefmt="%H:%M:%S")
    bench = _Bench(args)
    rows = []
    for method in args.methods:  # written after every method: a late failure keeps the earlier rows
        rows.append(bench.run(method))
        _write(rows, args, bench.experiment.as_dict()["pruning"])


class _Bench:
    def __init__(self, args):
        experiment = load_config(args.config).experiment(args.experiment)
        self.args = args
        rtol = experiment.pruning.rtol if args.rtol is None else args.rtol
        self.experiment = replace(experiment, pruning=replace(experiment.pruning, rtol=rtol))
        self.model_path = Path(f"results/{args.experiment}/baseline/model.h5")
        if not self.model_path.is_file():
            raise FileNotFoundError(
                f"{self.model_path}: train it first: snakemake --cores 2 {self.model_path}"
            )
        self.data = load_prepared(Path(f"results/data/{self.experiment.dataset}.npz"))
        self.layers = self.experiment.design(args.setting, pruned=True)
        self.common = {"experiment": self.experiment, "layers": self.layers}
        baseline = self._load()
        _, record = describe_pruned(baseline, self.data, target=0.0, layers=self.layers)
        self.baseline = {"accuracy": record["accuracy"], **record["estimate"]["totals"]}
        self.budget_dsp = math.floor((1 - args.target) * self.baseline["dsp"])
        log.info(
            "baseline: accuracy %.4f, %d DSP -> budget %d DSP",
            record["accuracy"],
            self.baseline["dsp"],
            self.budget_dsp,
        )

    def run(self, method: str) -> dict:
        model, start = self._load(), time.perf_counter()
        log.info("=== %s", method)
        try:
            target, (_, record) = self._prune(method, model)
        except PeerUnsupported as error:
            target, record = self.args.target, {"status": f"unsupported: {error}"}
        totals = record.get("estimate", {}).get("totals", {})
        return {
            "method": method,
            "budget_dsp": self.budget_dsp,
            "accuracy": record.get("accuracy"),
            "dsp": totals.get("dsp"),
            "bram_18k": totals.get("bram_18k"),
            "wall_s": time.perf_counter() - start,
            "status": record["status"],
            "method_target": target,
            "baseline_accuracy": self.baseline["accuracy"],
            "baseline_dsp": self.baseline["dsp"],
            "baseline_bram_18k": self.baseline["bram_18k"],
            "source": "estimate",
        }

    def _prune(self, method, model):
        if method == PEER_METHOD:
            pruned, _ = prune_with_hls4ml(model, self.data, target=self.args.target, **self.common)
            return self.args.target, describe_pruned(
                pruned, self.data, target=self.args.target, layers=self.layers
            )
        target = (
            self.args.target if method.startswith("knapsack") else self._dsp_matched_target(method, model)
        )
        return target, prune_model(model, self.data, method_name=method, target=target, **self.common)

    def _dsp_matched_target(self, method: str, model) -> float:
        """Smallest target of `method` whose one-shot pruned design fits the DSP budget (bisection).

        A target beyond what the method's per-layer floor allows counts as too high; when no
        feasible target fits, the highest feasible one is used and the row shows the DSPs it keeps.
        """
        kernels = {layer.name: model.get_layer(layer.name).kernel.numpy() for layer in self.layers}
        selector = KnapsackSelector(
            get_method(method),
            pruned_layers(self.layers, self.experiment.pruning),
            kernels,
            max_layer_sparsity=self.experiment.pruning.max_layer_sparsity,
        )
        low, high, fitting = 0.0, 0.999, None
        for _ in range(14):
            middle = (low + high) / 2
            fits = self._fits_budget(selector, model, kernels, middle)
            if fits is False:
                low = middle
            else:
                high = middle
                fitting = middle if fits else fitting
        if fitting is None:
            log.info("%s cannot reach the DSP budget under its layer floor; using target %.4f", method, low)
            return low
        log.info("%s matches the DSP budget at target %.4f", method, fitting)
        return fitting

    def _fits_budget(self, selector, model, kernels, target: float) -> bool | None:
        """Whether the one-shot pruned design fits the DSP budget; None if the target is infeasible."""
        try:
            masks, _ = selector(model, target)
        except BudgetInfeasible:
            return None
        pruned = [kernels[layer.name] * masks.get(layer.name, 1) for layer in self.layers]
        return estimate_model(self.layers, pruned).totals["dsp"] <= self.budget_dsp

    def _load(self):
        set_seed(job_seed(1, "bench-peer"))
        return load_model_file(self.model_path)


def _write(rows: list[dict], args, pruning: dict) -> None:
    args.out_dir.mkdir(parents=True, exist_ok=True)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    with atomic_path(args.out_dir / "peer.csv") as tmp:
        tmp.write_text(buffer.getvalue())
    lines = [
        f"# Methods at equal DSP budget: {args.experiment}, setting {args.setting}, target {args.target}",
        "",
        (
            f"Generated {datetime.date.today()} by `bench/peer.py` on {platform.node()} (2 cores, shared). "
            "Resources are the cost model's estimates (source `estimate`) of each pruned design; accuracy is "
            "the Keras test accuracy; wall_s is the whole pruning job."
        ),
        "",
        f"Recipe: `{args.config}`; pruning settings of every method: `{json.dumps(pruning)}`.",
        "",
        "| " + " | ".join(COLUMNS[:8]) + " |",
        "|" + "---|" * 8,
    ]
    lines += ["| " + " | ".join(_cell(row[c]) for c in COLUMNS[:8]) + " |" for row in rows]
    with atomic_path(args.out_dir / "peer.md") as tmp:
        tmp.write_text("\n".join(lines) + "\n")


def _cell(value) -> str:
    if isinstance(value, float):
        return f"{value:.4f}" if value < 10 else f"{value:.0f}"
    return "" if value is None else str(value)


if __name__ == "__main__":
    main()
