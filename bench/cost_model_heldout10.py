"""The cost model on held-out set 10: 454 wa-hls4ml 2- and 3-layer Dense chains (Vitis HLS 2023.2).

Each run is the chain of its Dense layers (tests/core/hardware/data/heldout10/designs.csv: sizes, hls4ml
0.8.1's per-layer reuse factors and types; Resource strategy, io_parallel, weights unknown). Its estimate is
`estimate_model` plus the design glue of an io_parallel top (`glue.design_totals`) for the Vitis HLS target
the set's README names, compared with the run's csynth totals as the README's scoring plan decided before
any estimate. Writes results/bench/cost_model_heldout10[_LABEL].csv (one row per run and metric) and prints
markdown tables: pooled, by number of layers, by weight bits and by configured reuse factor.

    .venv/bin/python bench/cost_model_heldout10.py [--out-dir results/bench] [--label L]
"""

import argparse
import csv
from pathlib import Path

from fpgaprune.core.hardware import LayerHardware, Target
from fpgaprune.core.hardware.cost import estimate_model
from fpgaprune.core.hardware.glue import design_totals
from fpgaprune.core.hardware.heldout import error_table, metric_error

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data" / "heldout10"
METRICS = ("dsp", "bram_18k", "lut", "ff", "latency_cycles")  # the source has no II
REPORTED = {"dsp": "dsp", "bram_18k": "bram_18k", "lut": "lut", "ff": "ff", "latency_cycles": "latency_worst"}
TARGET = Target(part="xcu250-figd2104-2L-e", hls_tool="vitis", clock_ns=5.0)


def chain_layers(row: dict) -> list[LayerHardware]:
    """The run's Dense layers: the first reads the input type, the others the previous layer's result."""
    sizes = [int(size) for size in row["layer_sizes"].split("-")]
    reuse = [int(rf) for rf in row["rf_hls4ml"].split("-")]
    return [
        LayerHardware(
            name=f"dense_{index + 1}",
            kind="dense",
            kernel_shape=(n_in, n_out),
            reuse_factor=rf,
            strategy=row["strategy"],
            io_type=row["io_type"],
            weight_type=row["weight_t"],
            input_type=row["input_t"] if index == 0 else row["result_t"],
            accum_type=row["accum_t"],
        )
        for index, (n_in, n_out, rf) in enumerate(zip(sizes[:-1], sizes[1:], reuse, strict=True))
    ]


def design_estimate(row: dict) -> dict:
    layers = chain_layers(row)
    return design_totals(estimate_model(layers, [None] * len(layers), TARGET), layers, TARGET)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=Path("results/bench"))
    parser.add_argument("--label", default="", help="suffix of the CSV's name (e.g. the model scored)")
    args = parser.parse_args()
    with (DATA / "designs.csv").open() as handle:
        rows = list(csv.DictReader(handle))
    scored = []
    for row in rows:
        estimate = design_estimate(row)
        reported = {m: float(row[REPORTED[m]]) for m in METRICS}
        scored.append(
            (row, estimate, reported, {m: metric_error(m, estimate[m], reported[m]) for m in METRICS})
        )
    args.out_dir.mkdir(parents=True, exist_ok=True)
    with (args.out_dir / f"cost_model_heldout10{'_' + args.label if args.label else ''}.csv").open(
        "w"
    ) as handle:
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
