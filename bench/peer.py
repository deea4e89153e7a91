"""Pruning methods side by side on the same trained model, data and DSP budgets.

For one experiment and reuse-factor setting of a config, the baseline model trained by the pipeline
(`results/{experiment}/baseline/model.h5`) is pruned by each method at each target (share of the
design's DSPs removed; default 0.5, 0.75 and 0.9), in one run:
- `knapsack_dsp`, `knapsack_dsp_bram`: at the target (share of the design's DSPs, and BRAM, removed);
- `magnitude`, `structured`: their own budget (weights, neurons) set by bisection on the cost model
  to the smallest target whose design fits the same DSP budget, so they compete at equal DSP;
- `hls4ml_dsp_aware`: hls4ml's own implementation at the same target (its DSP model, not ours);
- `pquant_wanda_nm`: PQuantML 0.1.0 (its own Keras 3 environment, bench/pquant/) pruned the same
  LeNet-5 with Wanda's N:M pattern; this script reads the weights it wrote
  (`results/bench/pquant/pquant.json`), sets them on the baseline model and evaluates them here.
Every result is evaluated by the same cost model (source `estimate`) and the same test set.
The recipe (pruning settings of every method) is the shipped config/bench-peer.yaml: every step is
accepted (`rtol: 0.01`), so each method ends at the budget and the accuracies compare at equal DSP;
`--rtol` overrides it, e.g. 0.99 compares how far each method gets before its accuracy falls below
rtol x the baseline's. The methods and targets run are this script's `--methods` and `--targets`
(the config sets none).
Writes results/bench/peer.csv (one row per method and target: method, target, budget_dsp, accuracy,
dsp, bram_18k, wall_s, status, ...), results/bench/peer.md and results/bench/peer.png (accuracy
against DSP). A rerun keeps the rows of an earlier run on the same baseline and recipe and runs only
the missing (method, target) pairs; `--fresh` runs them all again.

Usage: .venv/bin/python bench/peer.py [--config config/bench-peer.yaml] [--experiment fmnist_lenet5]
       [--setting paper] [--targets 0.5 0.75 0.9] [--rtol 0.01] [--methods knapsack_dsp magnitude ...]
       [--seed N] [--pquant-report results/bench/pquant/pquant.json] [--out-dir results/bench]
"""

import argparse
import csv
import datetime
import hashlib
import io
import json
import logging
import math
import platform
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

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
PQUANT_METHOD = "pquant_wanda_nm"
PQUANT_REPORT = Path("results/bench/pquant/pquant.json")
# Run in this order: knapsack_dsp and magnitude first, then PQuantML's (only evaluated here, seconds), so
# that a run cut short still has the main comparison at every target
METHODS = ("knapsack_dsp", "magnitude", PQUANT_METHOD, "knapsack_dsp_bram", "structured", PEER_METHOD)
TARGETS = (0.5, 0.75, 0.9)
COLUMNS = (
    "method",
    "target",
    "budget_dsp",
    "accuracy",
    "dsp",
    "bram_18k",
    "wall_s",
    "status",
    "method_target",
    "seed",
    "baseline_accuracy",
    "baseline_dsp",
    "baseline_bram_18k",
    "recipe",
    "source",
)
TABLE_COLUMNS = COLUMNS[:9]


def main() -> None:
    args = _parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s", datefmt="%H:%M:%S")
    bench = _Bench(args)
    csv_path = args.out_dir / "peer.csv"
    rows = [] if args.fresh else reusable_rows(csv_path, bench.identity)
    done = {(row["method"], float(row["target"])) for row in rows}
    for method in args.methods:
        for target in args.targets:
            if (method, target) in done:
                log.info("=== %s at %.2f: kept from %s", method, target, csv_path)
                continue
            rows.append(bench.run(method, target))  # written after every job: a late failure keeps the rest
            _write(rows, args, bench.pruning)
    _write(rows, args, bench.pruning)
    _plot(rows, args.out_dir / "peer.png")


def _parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", type=Path, default=Path("config/bench-peer.yaml"))
    parser.add_argument("--experiment", default="fmnist_lenet5")
    parser.add_argument("--setting", default="paper")
    parser.add_argument("--targets", type=float, nargs="+", default=list(TARGETS))
    parser.add_argument(
        "--rtol",
        type=float,
        default=None,
        help="accept a step when val accuracy >= rtol x the baseline's (default: the config's)",
    )
    parser.add_argument("--methods", nargs="+", default=list(METHODS), choices=METHODS)
    parser.add_argument("--pquant-report", type=Path, default=PQUANT_REPORT)
    parser.add_argument(
        "--seed",
        type=int,
        default=None,
        help="seeds Python, NumPy and TensorFlow before each job (default: the config's `seed`)",
    )
    parser.add_argument("--fresh", action="store_true", help="run every (method, target) again")
    parser.add_argument("--out-dir", type=Path, default=Path("results/bench"))
    args = parser.parse_args()
    if not all(0 < target < 1 for target in args.targets):
        parser.error(f"--targets {args.targets}: each target is a share of DSPs removed, in (0, 1)")
    return args


def reusable_rows(csv_path: Path, identity: dict) -> list[dict]:
    """Rows of an earlier run on the same baseline and recipe that need no rerun.

    A row is kept when its baseline and recipe columns equal `identity` and its method ran (a row
    whose status starts with "not run" is tried again).
    """
    if not csv_path.is_file():
        return []
    with csv_path.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    if not rows or set(COLUMNS) - set(rows[0]):
        return []  # another layout (an older bench/peer.py): run everything again
    return [
        row
        for row in rows
        if all(row[key] == str(value) for key, value in identity.items())
        and not row["status"].startswith("not run")
    ]


def pquant_entry(report_path: Path, target: float) -> tuple[str, Path | None, dict]:
    """(status, weights file, details) of PQuantML's result at `target` in bench/pquant's report.

    The status is "ok" with the weights file when it pruned to this target; otherwise a one-line
    reason ("not run: ...", or "failed: ..." as the PQuantML script recorded it) and no file.
    """
    if not report_path.is_file():
        return f"not run: {report_path} missing (bash bench/pquant/run.sh)", None, {}
    report = json.loads(report_path.read_text())
    if report.get("error"):
        return f"failed: {report['error']}", None, {}
    entry = next((e for e in report.get("results", []) if math.isclose(e["target"], target)), None)
    if entry is None:
        return f"not run: no target {target} in {report_path}", None, {}
    if entry["status"] != "ok":
        return f"failed: {entry['status']}", None, entry
    return "ok", report_path.parent / entry["weights"], entry


class _Bench:
    def __init__(self, args):
        config = load_config(args.config)
        experiment = config.experiment(args.experiment)
        self.args, self.seed = args, config.seed if args.seed is None else args.seed
        rtol = experiment.pruning.rtol if args.rtol is None else args.rtol
        self.experiment = replace(experiment, pruning=replace(experiment.pruning, rtol=rtol))
        self.pruning = self.experiment.as_dict()["pruning"]
        self.model_path = Path(f"results/{args.experiment}/baseline/model.h5")
        if not self.model_path.is_file():
            raise FileNotFoundError(
                f"{self.model_path}: train it first: snakemake --cores 2 {self.model_path}"
            )
        self.data = load_prepared(Path(f"results/data/{self.experiment.dataset}.npz"))
        self.layers = self.experiment.design(args.setting, pruned=True)
        self.common = {"experiment": self.experiment, "layers": self.layers}
        _, record = describe_pruned(self._load(), self.data, target=0.0, layers=self.layers)
        totals = record["estimate"]["totals"]
        self.baseline = {"accuracy": record["accuracy"], "dsp": totals["dsp"], "bram_18k": totals["bram_18k"]}
        recipe = {"config": str(args.config), "setting": args.setting, **self.pruning}
        self.identity = {
            "seed": self.seed,
            "baseline_accuracy": self.baseline["accuracy"],
            "baseline_dsp": self.baseline["dsp"],
            "baseline_bram_18k": self.baseline["bram_18k"],
            "recipe": hashlib.sha256(json.dumps(recipe, sort_keys=True).encode()).hexdigest()[:12],
        }
        log.info("baseline: accuracy %.4f, %d DSP", record["accuracy"], self.baseline["dsp"])

    def run(self, method: str, target: float) -> dict:
        budget_dsp = math.floor((1 - target) * self.baseline["dsp"])
        model, start = self._load(), time.perf_counter()
        log.info("=== %s at %.2f (budget %d DSP)", method, target, budget_dsp)
        try:
            method_target, record = self._prune(method, model, target, budget_dsp)
        except PeerUnsupported as error:
            method_target, record = target, {"status": f"unsupported: {error}"}
        totals = record.get("estimate", {}).get("totals", {})
        return {
            "method": method,
            "target": target,
            "budget_dsp": budget_dsp,
            "accuracy": record.get("accuracy"),
            "dsp": totals.get("dsp"),
            "bram_18k": totals.get("bram_18k"),
            "wall_s": record.get("wall_s", time.perf_counter() - start),
            "status": record["status"],
            "method_target": method_target,
            **self.identity,
            "source": "estimate",
        }

    def _prune(self, method, model, target, budget_dsp):
        if method == PQUANT_METHOD:
            return self._pquant(model, target)
        if method == PEER_METHOD:
            pruned, _ = prune_with_hls4ml(model, self.data, target=target, **self.common)
            return target, describe_pruned(pruned, self.data, target=target, layers=self.layers)[1]
        if not method.startswith("knapsack"):
            target = self._dsp_matched_target(method, model, budget_dsp)
        _, record = prune_model(model, self.data, method_name=method, target=target, **self.common)
        return target, record

    def _pquant(self, model, target):
        """PQuantML's pruned weights at `target`, set on the baseline model and evaluated like the rest."""
        status, weights_path, entry = pquant_entry(self.args.pquant_report, target)
        if weights_path is None:
            return entry.get("sparsity"), {"status": status}
        with np.load(weights_path) as weights:
            for layer in self.layers:
                keras_layer = model.get_layer(layer.name)
                keras_layer.set_weights([weights[f"{layer.name}/kernel"], weights[f"{layer.name}/bias"]])
        _, record = describe_pruned(model, self.data, target=target, layers=self.layers)
        return entry["sparsity"], {**record, "wall_s": entry["wall_s"]}

    def _dsp_matched_target(self, method: str, model, budget_dsp: int) -> float:
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
            fits = self._fits_budget(selector, model, kernels, middle, budget_dsp)
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

    def _fits_budget(self, selector, model, kernels, target: float, budget_dsp: int) -> bool | None:
        """Whether the one-shot pruned design fits the DSP budget; None if the target is infeasible."""
        try:
            masks, _ = selector(model, target)
        except BudgetInfeasible:
            return None
        pruned = [kernels[layer.name] * masks.get(layer.name, 1) for layer in self.layers]
        return estimate_model(self.layers, pruned).totals["dsp"] <= budget_dsp

    def _load(self):
        set_seed(job_seed(self.seed, "bench-peer"))
        return load_model_file(self.model_path)


def _write(rows: list[dict], args, pruning: dict) -> None:
    rows = sorted(rows, key=lambda row: (float(row["target"]), METHODS.index(row["method"])))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    with atomic_path(args.out_dir / "peer.csv") as tmp:
        tmp.write_text(buffer.getvalue())
    lines = [
        f"# Methods at equal DSP budget: {args.experiment}, setting {args.setting}, targets {args.targets}",
        "",
        (
            f"Generated {datetime.date.today()} by `bench/peer.py` on {platform.node()} (2 cores, shared). "
            "Resources are the cost model's estimates (source `estimate`) of each pruned design; accuracy is "
            f"the Keras test accuracy; wall_s is the whole pruning job. One run, seed {rows[0]['seed']}."
        ),
        "",
        f"Recipe: `{args.config}`; pruning settings of every method: `{json.dumps(pruning)}`.",
        "",
        "| " + " | ".join(TABLE_COLUMNS) + " |",
        "|" + "---|" * len(TABLE_COLUMNS),
    ]
    lines += ["| " + " | ".join(_cell(row[c]) for c in TABLE_COLUMNS) + " |" for row in rows]
    with atomic_path(args.out_dir / "peer.md") as tmp:
        tmp.write_text("\n".join(lines) + "\n")


def _plot(rows: list[dict], path: Path) -> None:
    """Test accuracy against the design's DSPs, one line per method; the budgets as dashed lines."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import seaborn as sns

    ran = [row for row in rows if row["accuracy"] not in (None, "")]
    if not ran:
        return
    table = {
        "method": [row["method"] for row in ran],
        "DSP (estimate)": [float(row["dsp"]) for row in ran],
        "test accuracy": [float(row["accuracy"]) for row in ran],
    }
    figure, axes = plt.subplots(figsize=(7, 4.5))
    sns.lineplot(data=table, x="DSP (estimate)", y="test accuracy", hue="method", marker="o", ax=axes)
    for budget in sorted({float(row["budget_dsp"]) for row in rows}):
        axes.axvline(budget, color="grey", linestyle="--", linewidth=0.8)
    axes.axhline(float(rows[0]["baseline_accuracy"]), color="black", linewidth=0.8, label="baseline")
    axes.set_xscale("log")
    axes.set_title("LeNet-5 pruned to 50 / 75 / 90 % fewer DSPs (dashed: budgets)")
    axes.legend(fontsize=8)
    figure.tight_layout()
    with atomic_path(path) as tmp:
        figure.savefig(tmp, format="png", dpi=120)
    plt.close(figure)


def _cell(value) -> str:
    if isinstance(value, str):
        try:
            value = float(value) if "." in value else value
        except ValueError:
            return value
    if isinstance(value, float):
        return f"{value:.4f}" if value < 10 else f"{value:.0f}"
    return "" if value is None else str(value)


if __name__ == "__main__":
    main()
