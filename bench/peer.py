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
Writes results/bench/peer.csv (one row per seed, method and target: method, target, budget_dsp,
accuracy, dsp, bram_18k, wall_s, status, seed, ...), results/bench/peer.md (median and min-max over
the seeds, then every row) and results/bench/peer.png (median accuracy against DSP, bars min-max).
A rerun keeps the rows of an earlier run with the same seed, baseline and recipe and runs only the
missing (method, target) pairs; `--fresh` runs them all again. Rows of other seeds are always kept,
so seeds run one after another (or in other run folders, their CSV rows appended) add up in one
table; `--report-only` rewrites peer.md and peer.png from peer.csv without pruning anything.

Usage: .venv/bin/python bench/peer.py [--config config/bench-peer.yaml] [--experiment fmnist_lenet5]
       [--setting paper] [--targets 0.5 0.75 0.9] [--rtol 0.01] [--methods knapsack_dsp magnitude ...]
       [--seed N] [--pquant-report results/bench/pquant/pquant.json] [--out-dir results/bench]
       [--fresh] [--report-only]
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
import statistics
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
TABLE_COLUMNS = COLUMNS[:10]
ACCURACY_AXIS_FLOOR = 0.6  # peer.png's lowest accuracy; a method below it is named there


def main() -> None:
    args = _parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s", datefmt="%H:%M:%S")
    csv_path = args.out_dir / "peer.csv"
    if args.report_only:
        rows = read_rows(csv_path)
        if not rows:
            raise SystemExit(f"{csv_path}: no rows to report; run bench/peer.py without --report-only first")
        _write(rows, args, _pruning_settings(args))
        _plot(rows, args.out_dir / "peer.png")
        return
    bench = _Bench(args)
    others, rows = earlier_rows(csv_path, bench.identity, fresh=args.fresh)
    done = {(row["method"], float(row["target"])) for row in rows}
    for method in args.methods:
        for target in args.targets:
            if (method, target) in done:
                log.info("=== %s at %.2f: kept from %s", method, target, csv_path)
                continue
            rows.append(bench.run(method, target))  # written after every job: a late failure keeps the rest
            _write(others + rows, args, bench.pruning)
    _write(others + rows, args, bench.pruning)
    _plot(others + rows, args.out_dir / "peer.png")


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
    parser.add_argument("--fresh", action="store_true", help="run every (method, target) of this seed again")
    parser.add_argument(
        "--report-only", action="store_true", help="rewrite peer.md and peer.png from peer.csv, prune nothing"
    )
    parser.add_argument("--out-dir", type=Path, default=Path("results/bench"))
    args = parser.parse_args()
    if not all(0 < target < 1 for target in args.targets):
        parser.error(f"--targets {args.targets}: each target is a share of DSPs removed, in (0, 1)")
    return args


def read_rows(csv_path: Path) -> list[dict]:
    """The rows of peer.csv; none when it is missing or has another layout (an older bench/peer.py)."""
    if not csv_path.is_file():
        return []
    with csv_path.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [] if not rows or set(COLUMNS) - set(rows[0]) else rows


def earlier_rows(csv_path: Path, identity: dict, fresh: bool = False) -> tuple[list[dict], list[dict]]:
    """(rows of other seeds, kept in the table whatever this run does; this seed's rows that need no rerun).

    With `fresh`, none of this seed's rows is reused.
    """
    others = [row for row in read_rows(csv_path) if row["seed"] != str(identity["seed"])]
    return others, [] if fresh else reusable_rows(csv_path, identity)


def reusable_rows(csv_path: Path, identity: dict) -> list[dict]:
    """Rows of an earlier run with the same seed, baseline and recipe that need no rerun.

    A row is kept when its seed, baseline and recipe columns equal `identity` and its method ran (a
    row whose status starts with "not run" is tried again).
    """
    return [
        row
        for row in read_rows(csv_path)
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
        self.args, self.seed = args, config.seed if args.seed is None else args.seed
        self.experiment = _experiment(args)
        self.pruning = self.experiment.as_dict()["pruning"]
        self.model_path = Path(f"results/{args.experiment}/baseline/model.h5")
        if not self.model_path.is_file():
            raise FileNotFoundError(
                f"{self.model_path}: train it first: snakemake --cores 2 {self.model_path}"
            )
        self.data = load_prepared(Path(f"results/data/{self.experiment.dataset}.npz"))
        self.layers = self.experiment.design(args.setting, pruned=True)
        self.common = {"experiment": self.experiment, "layers": self.layers}
        _, record = describe_pruned(
            self._load(), self.data, target=0.0, layers=self.layers, cost_target=self.experiment.cost_target
        )
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
            return target, describe_pruned(
                pruned, self.data, target=target, layers=self.layers, cost_target=self.experiment.cost_target
            )[1]
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
        _, record = describe_pruned(
            model, self.data, target=target, layers=self.layers, cost_target=self.experiment.cost_target
        )
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


def _experiment(args):
    """The experiment of the recipe, with `--rtol` applied."""
    experiment = load_config(args.config).experiment(args.experiment)
    rtol = experiment.pruning.rtol if args.rtol is None else args.rtol
    return replace(experiment, pruning=replace(experiment.pruning, rtol=rtol))


def _pruning_settings(args) -> dict:
    return _experiment(args).as_dict()["pruning"]


def summarise(rows: list[dict]) -> list[dict]:
    """Per target and method, over the seeds whose row has an accuracy: median and range of accuracy.

    Each entry also has the median DSP, `best_median` (the best median accuracy at its target among the
    methods run at the most seeds there) and
    `best_at_seeds` (the seeds at which the method had the best accuracy at its target, ties included).
    """
    ran = sorted((row for row in rows if row["accuracy"] not in (None, "")), key=_order)
    best = {}  # (target, seed) -> the best accuracy there
    for row in ran:
        key = (float(row["target"]), str(row["seed"]))
        best[key] = max(best.get(key, 0.0), float(row["accuracy"]))
    groups: dict[tuple, list[dict]] = {}
    for row in ran:
        groups.setdefault((float(row["target"]), row["method"]), []).append(row)
    summary = [_summary_entry(target, method, group, best) for (target, method), group in groups.items()]
    for entry in summary:  # medians compare over the same seeds: only a method run at every seed can be best
        at_target = [other for other in summary if other["target"] == entry["target"]]
        most_seeds = max(len(other["seeds"].split()) for other in at_target)
        rivals = [
            other["accuracy_median"] for other in at_target if len(other["seeds"].split()) == most_seeds
        ]
        entry["best_median"] = len(entry["seeds"].split()) == most_seeds and entry["accuracy_median"] == max(
            rivals
        )
    return summary


def _summary_entry(target: float, method: str, group: list[dict], best: dict) -> dict:
    accuracies = [float(row["accuracy"]) for row in group]
    return {
        "target": target,
        "method": method,
        "seeds": " ".join(str(row["seed"]) for row in group),
        "accuracy_median": statistics.median(accuracies),
        "accuracy_min": min(accuracies),
        "accuracy_max": max(accuracies),
        "dsp_median": statistics.median(float(row["dsp"]) for row in group),
        "best_at_seeds": " ".join(
            str(row["seed"]) for row in group if float(row["accuracy"]) == best[(target, str(row["seed"]))]
        ),
    }


def _order(row: dict) -> tuple:
    return float(row["target"]), METHODS.index(row["method"]), int(row["seed"] or 0)


def _write(rows: list[dict], args, pruning: dict) -> None:
    rows = sorted(rows, key=_order)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    with atomic_path(args.out_dir / "peer.csv") as tmp:
        tmp.write_text(buffer.getvalue())
    seeds = ", ".join(sorted({str(row["seed"]) for row in rows}, key=lambda seed: int(seed or 0)))
    recipes = ", ".join(sorted({row["recipe"] for row in rows}))
    lines = [
        f"# Methods at equal DSP budget: {args.experiment}, setting {args.setting}, targets {args.targets}",
        "",
        (
            f"Generated {datetime.date.today()} by `bench/peer.py` on {platform.node()} (2 cores, shared). "
            "Resources are the cost model's estimates (source `estimate`) of each pruned design; accuracy is "
            f"the Keras test accuracy; wall_s is the whole pruning job. One run per seed: seeds {seeds}; "
            f"recipe hashes (column `recipe`): {recipes}."
        ),
        "",
        f"Recipe: `{args.config}`; pruning settings of every method (today's): `{json.dumps(pruning)}`.",
        "",
        "Over the seeds: median test accuracy, its range (min-max), median DSP; **bold**: the best median",
        "at the target among the methods run at every seed there; `best at seeds`: the seeds at which the",
        "method had the best accuracy of all methods run at that seed.",
        "",
        "| target | method | seeds | accuracy median | min-max | DSP median | best at seeds |",
        "|---|---|---|---|---|---|---|",
        *map(_summary_line, summarise(rows)),
        "",
        "Every row:",
        "",
        "| " + " | ".join(TABLE_COLUMNS) + " |",
        "|" + "---|" * len(TABLE_COLUMNS),
    ]
    lines += ["| " + " | ".join(_cell(row[c]) for c in TABLE_COLUMNS) + " |" for row in rows]
    with atomic_path(args.out_dir / "peer.md") as tmp:
        tmp.write_text("\n".join(lines) + "\n")


def _summary_line(entry: dict) -> str:
    median = f"{entry['accuracy_median']:.4f}"
    cells = (
        f"{entry['target']:.2f}",
        f"`{entry['method']}`",
        entry["seeds"],
        f"**{median}**" if entry["best_median"] else median,
        f"{entry['accuracy_min']:.4f}-{entry['accuracy_max']:.4f}",
        f"{entry['dsp_median']:.0f}",
        entry["best_at_seeds"],
    )
    return "| " + " | ".join(cells) + " |"


def _plot(rows: list[dict], path: Path) -> None:
    """Median test accuracy against median DSPs over the seeds, one line per method, bars min-max."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    summary = summarise(rows)
    if not summary:
        return
    figure, axes = plt.subplots(figsize=(7, 4.5))
    for method in METHODS:
        points = [entry for entry in summary if entry["method"] == method]
        if not points:
            continue
        median = np.array([entry["accuracy_median"] for entry in points])
        spread = [median - [e["accuracy_min"] for e in points], [e["accuracy_max"] for e in points] - median]
        dsp = [entry["dsp_median"] for entry in points]
        axes.errorbar(dsp, median, yerr=spread, marker="o", capsize=3, label=method)
    for target in sorted({float(row["target"]) for row in rows}):
        budgets = [float(row["budget_dsp"]) for row in rows if float(row["target"]) == target]
        axes.axvline(statistics.median(budgets), color="grey", linestyle="--", linewidth=0.8)
    for entry in summary:  # below the axis (a collapse): named at its foot rather than squashing the rest
        if entry["accuracy_median"] < ACCURACY_AXIS_FLOOR:
            label = f"{entry['method']}: {entry['accuracy_median']:.2f}"
            axes.annotate(label, (entry["dsp_median"], ACCURACY_AXIS_FLOOR), fontsize=7, va="bottom")
    baseline = statistics.median(float(row["baseline_accuracy"]) for row in rows)
    axes.axhline(baseline, color="black", linewidth=0.8, label="baseline (median)")
    axes.set_xscale("log")
    axes.set_ylim(bottom=ACCURACY_AXIS_FLOOR)
    axes.set_xlabel("DSP (estimate, median over seeds)")
    axes.set_ylabel("test accuracy (median, bars: min-max)")
    seeds = len({str(row["seed"]) for row in rows})
    axes.set_title(f"LeNet-5 at 50 / 75 / 90 % fewer DSPs, {seeds} seed(s); dashed: budgets")
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
