"""The cost model on held-out set 10: 454 wa-hls4ml 2- and 3-layer Dense chains (Vitis HLS 2023.2).

Each run is the chain of its Dense layers (tests/core/hardware/data/heldout10/designs.csv: sizes, hls4ml
0.8.1's per-layer reuse factors and types; Resource strategy, io_parallel, weights unknown). Its estimate is
`estimate_model` plus the design glue of an io_parallel top (`glue.design_totals`) for the Vitis HLS target
the set's README names, compared with the run's csynth totals as the README's scoring plan decided before
any estimate (`heldout.set10_estimate`). Writes results/bench/cost_model_heldout10[_HALF][_LABEL].csv (one row
per run and metric) and prints markdown tables: pooled, by number of layers, by weight bits and by configured
reuse factor. `--half fit|test` scores one half of the README's split (fidelity15 fitted on the fit half).

    .venv/bin/python bench/cost_model_heldout10.py [--half all|fit|test] [--out-dir results/bench] [--label L]
"""

import argparse
import csv
from pathlib import Path

from fpgaprune.core.hardware.heldout import error_table, metric_error, set10_estimate, set10_rows

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
METRICS = ("dsp", "bram_18k", "lut", "ff", "latency_cycles")  # the source has no II
REPORTED = {"dsp": "dsp", "bram_18k": "bram_18k", "lut": "lut", "ff": "ff", "latency_cycles": "latency_worst"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=Path("results/bench"))
    parser.add_argument("--label", default="", help="suffix of the CSV's name (e.g. the model scored)")
    parser.add_argument(
        "--half", choices=("all", "fit", "test"), default="all", help="the README's split (default: all runs)"
    )
    args = parser.parse_args()
    scored = []
    for row in set10_rows(DATA, args.half):
        estimate = set10_estimate(row)
        reported = {m: float(row[REPORTED[m]]) for m in METRICS}
        scored.append(
            (row, estimate, reported, {m: metric_error(m, estimate[m], reported[m]) for m in METRICS})
        )
    args.out_dir.mkdir(parents=True, exist_ok=True)
    suffix = "".join(f"_{part}" for part in (args.half if args.half != "all" else "", args.label) if part)
    with (args.out_dir / f"cost_model_heldout10{suffix}.csv").open("w") as handle:
        writer = csv.writer(handle)
        writer.writerow(["design", "n_dense", "weight_bits", "rf", "metric", "estimate", "report", "error"])
        for row, estimate, reported, errors in scored:
            for m in METRICS:
                key = [row["design"], row["n_dense"], row["weight_bits"], row["rf_configured"], m]
                writer.writerow(key + [estimate[m], reported[m], round(errors[m], 4)])
    for title, column in (
        ("designs", None),
        ("layers", "n_dense"),
        ("weight bits", "weight_bits"),
        ("configured RF", "rf_configured"),
    ):
        values = sorted({int(r[column]) for r, *_ in scored}) if column else ["all"]
        groups = {str(v): [e for r, *_, e in scored if column is None or int(r[column]) == v] for v in values}
        print("\n".join(error_table(title, groups, METRICS)), end="\n\n")


if __name__ == "__main__":
    main()
