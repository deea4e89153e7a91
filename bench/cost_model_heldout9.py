"""The cost model on held-out set 9: 987 one-Dense-layer designs of the wa-hls4ml pilot (Vivado HLS 2020.1).

Each design is one Dense layer (tests/core/hardware/data/heldout9/designs.csv: sizes, hls4ml 0.8.1's types,
strategy, reuse factor; for the Latency and the Resource RF-1 rows the quantised weights of weights.npz).
Its estimate is the layer's (`estimate_model`) plus the design glue of an io_parallel top
(`glue.design_totals`), compared with the design's csynth totals as the set's README decided before scoring.
Writes results/bench/cost_model_heldout9.csv (one row per design and metric) and prints markdown tables:
pooled, by strategy, Resource RF 1 apart, and by weight bits.

`--half fit|test` scores one half of the split by n_in decided before fidelity11's fit (rows are selected by
n_in before any report number is read); the test half is scored once per model and not otherwise read.

    .venv/bin/python bench/cost_model_heldout9.py [--out-dir results/bench] [--half all|fit|test] [--label L]
"""

import argparse
import csv
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware import LayerHardware, Target
from fpgaprune.core.hardware.cost import estimate_model
from fpgaprune.core.hardware.glue import design_totals
from fpgaprune.core.hardware.heldout import METRICS, error_table, metric_error

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data" / "heldout9"
# The halves by n_in (`heldout.SET9_FIT_N_IN`, `SET9_TEST_N_IN`), repeated here so that the script also scores
# models older than the split (main's); tests/core/hardware/test_heldout9_data.py checks they agree.
HALVES = {"all": None, "fit": (32, 96, 160, 224), "test": (64, 128, 192, 256)}
REPORTED = {
    "dsp": "dsp",
    "bram_18k": "bram_18k",
    "lut": "lut",
    "ff": "ff",
    "latency_cycles": "latency_worst",
    "ii": "ii_max",
}


def design_estimate(row: dict, codes: dict, target: Target) -> dict:
    """The design totals the model gives for one row of designs.csv."""
    layer = LayerHardware(
        name=row["design"],
        kind="dense",
        kernel_shape=(int(row["n_in"]), int(row["n_out"])),
        reuse_factor=int(row["rf_hls4ml"]),
        strategy=row["strategy"],
        io_type=row["io_type"],
        weight_type=row["weight_t"],
        input_type=row["input_t"],
        accum_type=row["accum_t"],
        input_packed=row["io_type"] == "io_parallel",  # the top's reshaped input port (`heldout.set9_layer`)
    )
    stored = codes.get(row["model_name"])
    kernel = None if stored is None else stored / 2 ** (int(row["weight_bits"]) - 1)
    model = estimate_model([layer], [kernel], target)
    return design_totals(model, [layer], target)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=Path("results/bench"))
    parser.add_argument("--half", choices=tuple(HALVES), default="all", help="rows of one half (by n_in)")
    parser.add_argument("--label", default="", help="suffix of the CSV's name (e.g. the model scored)")
    args = parser.parse_args()
    with (DATA / "designs.csv").open() as handle:
        rows = list(csv.DictReader(handle))
    if HALVES[args.half] is not None:  # by n_in alone, before any report number is read
        rows = [row for row in rows if int(row["n_in"]) in HALVES[args.half]]
    codes = dict(np.load(DATA / "weights.npz"))
    target = Target(part="xcu250-figd2104-2L-e", hls_tool="vivado", clock_ns=5.0)
    scored = []
    for row in rows:
        estimate = design_estimate(row, codes, target)
        reported = {m: float(row[REPORTED[m]]) for m in METRICS}
        errors = {m: metric_error(m, estimate[m], reported[m]) for m in METRICS}
        scored.append((row, estimate, reported, errors))
    args.out_dir.mkdir(parents=True, exist_ok=True)
    suffix = "".join(f"_{part}" for part in (args.half if args.half != "all" else "", args.label) if part)
    with (args.out_dir / f"cost_model_heldout9{suffix}.csv").open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["design", "strategy", "weight_bits", "rf", "metric", "estimate", "report", "error"])
        for row, estimate, reported, errors in scored:
            for m in METRICS:
                writer.writerow(
                    [row["design"], row["strategy"], row["weight_bits"], row["rf_hls4ml"], m]
                    + [estimate[m], reported[m], round(errors[m], 4)]
                )
    by_strategy = {"all": [e for *_, e in scored]}
    for strategy in ("resource", "latency"):
        by_strategy[strategy] = [e for r, *_, e in scored if r["strategy"] == strategy]
    by_strategy["resource, RF 1"] = [
        e for r, *_, e in scored if r["strategy"] == "resource" and r["rf_hls4ml"] == "1"
    ]
    by_strategy["resource, RF > 1"] = [
        e for r, *_, e in scored if r["strategy"] == "resource" and r["rf_hls4ml"] != "1"
    ]
    bits = sorted({int(r["weight_bits"]) for r, *_ in scored})
    by_bits = {f"{b} bits": [e for r, *_, e in scored if int(r["weight_bits"]) == b] for b in bits}
    print("\n".join(error_table("designs", by_strategy)))
    print()
    print("\n".join(error_table("weight bits", by_bits)))


if __name__ == "__main__":
    main()
