"""Every constant-weight layer of the held-out sets with products near the DSP ports: DSP estimate vs report.

Branch dspnarrow (docs/cost-model-record.md 2.1, "Products cut by the accumulator"): hls4ml writes each
product into `accum_t`; with AP_WRAP HLS multiplies only the operand bits that reach the accumulator's top bit
(`multipliers.demanded_data_bits`). Run once with main's model and once with the branch's, then compare:

    PYTHONPATH=<src of the code before> .venv/bin/python bench/dsp_operand_width.py --label main
    PYTHONPATH=src .venv/bin/python bench/dsp_operand_width.py --label dspnarrow
    .venv/bin/python bench/dsp_operand_width.py --compare main dspnarrow

Writes results/bench/dsp_operand_width_{LABEL}.csv (every weight layer of every held-out set with a report
instance; `cap` is the accumulator's demanded bits, empty for a saturating accumulator; `tiles` the most DSPs
one of the layer's products takes by the model run); --compare prints the layers in scope (the cap below the
data operand's width, or a product on 2+ DSPs by either model) with their DSP estimate before -> after and the
report, and the exact count over all layers. Nothing is fitted.
"""

import argparse
import csv
import sys
import warnings
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
RESULTS = Path(__file__).resolve().parents[1] / "results" / "bench"
FIELDS = [
    "set", "design", "layer", "kind", "strategy", "tool", "version", "part", "data", "data_bits", "weight",
    "accum", "cap", "tiles", "dsp_estimate", "dsp_report",
]  # fmt: skip


def measure(label: str) -> None:
    from fpgaprune.core.hardware.cost import _constant_products, estimate_model
    from fpgaprune.core.hardware.heldout import designs_with_instances
    from fpgaprune.core.hardware.structures import as_matrix

    rows = []
    for root, design, layers, kernels, target, reported in designs_with_instances(DATA):
        for layer, kernel, estimate in zip(layers, kernels, estimate_model(layers, kernels, target).layers):
            if layer.name not in reported:
                continue
            x, w, a = layer.input_type, layer.weight_type, layer.accum_type
            tiles = ""
            if layer.constant_weights and kernel is not None:
                products = _constant_products(layer, as_matrix(layer, kernel).astype(np.float64), target)
                tiles = int(products.dsp_each[products.nonzero & products.real].max(initial=0))
            cap = a.integer + x.fractional + w.fractional if a.overflow == "WRAP" else ""
            values = [root.name, design["design"], layer.name, layer.kind, layer.strategy, target.hls_tool]
            values += [target.version, target.part, str(x), layer.data_operand_bits, str(w), str(a)]
            values += [cap, tiles, estimate.as_dict()["dsp"], reported[layer.name]["dsp"]]
            rows.append(dict(zip(FIELDS, values)))
    with (RESULTS / f"dsp_operand_width_{label}.csv").open("w", newline="") as handle:
        writer = csv.DictWriter(handle, FIELDS)
        writer.writeheader()
        writer.writerows(rows)


def compare(before: str, after: str) -> None:
    def read(label):
        with (RESULTS / f"dsp_operand_width_{label}.csv").open(newline="") as handle:
            return {(r["set"], r["design"], r["layer"]): r for r in csv.DictReader(handle)}

    old, new = read(before), read(after)
    print(
        "| set | design | layer | tool | part | data x weight -> accum | data bits (cap) | DSPs per product "
        f"{before} -> {after} | DSP {before} -> {after} | report |"
    )
    print("|---" * 10 + "|")
    exact = [0, 0]
    for key, row in old.items():
        moved = new[key]
        report = float(row["dsp_report"])
        exact[0] += float(row["dsp_estimate"]) == report
        exact[1] += float(moved["dsp_estimate"]) == report
        capped = row["cap"] != "" and int(row["cap"]) < int(row["data_bits"])
        wide = any(r["tiles"] not in ("", "0", "1") for r in (row, moved))
        if capped or wide:
            print(
                f"| {key[0]} | {key[1]} | {key[2]} | {row['tool']} {row['version']} | {row['part']} | "
                f"{row['data']} x {row['weight']} -> {row['accum']} | "
                f"{row['data_bits']} ({row['cap'] or 'sat'}) | "
                f"{row['tiles']} -> {moved['tiles']} | {float(row['dsp_estimate']):g} -> "
                f"{float(moved['dsp_estimate']):g} | {report:g} |"
            )
    print(f"\nLayer DSP exact (estimate = report), all {len(old)} layers: ", end="")
    print(f"{before} {exact[0]}, {after} {exact[1]}")


def main() -> None:
    warnings.simplefilter("ignore")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--label")
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        compare(*args.compare)
    elif args.label:
        measure(args.label)
    else:
        sys.exit("give --label LABEL or --compare BEFORE AFTER")


if __name__ == "__main__":
    main()
