"""Rounding/saturating accumulators on held-out set 17 (N1-N5): what the reports leave over the estimate.

Set 17 is no longer blind (scored twice, docs/cost-model-record.md "Sets 16 and 17"). Its designs N1/N2
(themrluke/StableDiffusionPUPPI, accum_t ap_fixed<16,6,AP_RND,AP_SAT>) and N3-N5 (Berk-Bilgin/ML-fpga,
ap_fixed<28,16,AP_RND_ZERO,AP_SAT> and ap_fixed<24,16,AP_RND,AP_SAT>) are the only weight layers with such
accumulators. Per layer: shape, widths, the estimate of the model before branch satcost (`*_estimate`:
the accumulator taken as wrapping, a balanced tree) and of the current one (`*_now`) against the csynth
report, and the structural counts a rounding/saturating accumulator would add (hls4ml 0.8's
`nnet_dense_latency.h`: every product cast to accum_t, `acc[j] += mult[i]` a chain of saturating
additions). Then each candidate term is fitted (LUT: least squares through the origin; latency: the
ns per accumulator bit of each chained addition, least band error on a grid) on one repository and scored
on the other, and the reverse.

    PYTHONPATH=src .venv/bin/python bench/satacc_structure.py [--out-dir results/bench]

Writes results/bench/satacc_structure.{csv,md}. Nothing in the model is changed or fitted by this script;
`logic.SATURATING_CHAIN_NS_PER_BIT` is the latency constant it chooses on both repositories.
"""

import argparse
import csv
from dataclasses import replace
from math import ceil
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware.cost import _constant_products, constant_kernel, estimate_model
from fpgaprune.core.hardware.heldout import read_design_project, read_table
from fpgaprune.core.hardware.logic import constant_kernel_timing, constants_for, product_delay_ns
from fpgaprune.core.hardware.structures import as_matrix

ROOT = Path(__file__).resolve().parents[1]
SET17 = ROOT / "tests" / "core" / "hardware" / "data" / "heldout17"
REPOSITORY = {"N1": "PUPPI", "N2": "PUPPI", "N3": "ML-fpga", "N4": "ML-fpga", "N5": "ML-fpga"}


def layer_rows() -> list[dict]:
    instances = read_table(SET17 / "instances.csv")
    rows = []
    for design in read_table(SET17 / "MANIFEST.tsv", "\t"):
        name = design["design"]
        if name not in REPOSITORY:
            continue
        layers, kernels, target = read_design_project(SET17, design)
        wrapping = [wrapping_accumulator(layer) for layer in layers]
        trees = estimate_model(wrapping, kernels, target).layers
        estimates = estimate_model(layers, kernels, target).layers
        reported = {row["layer"]: row for row in instances if row["design"] == name}
        for layer, wrapped, weights, tree, estimate in zip(layers, wrapping, kernels, trees, estimates):
            row = _row(name, wrapped, weights, tree.as_dict(), reported[layer.name], target)
            row["accum"] = str(layer.accum_type)
            row.update(
                {f"{key}_now": float(estimate.as_dict()[key]) for key in ("lut", "ff", "latency_cycles")}
            )
            rows.append(row)
    return rows


def wrapping_accumulator(layer):
    """The layer as the model saw it before branch satcost: the same accumulator width, wrapping (the
    overflow mode enters the estimate nowhere else), so its kernel is timed as a balanced tree."""
    return replace(layer, accum_type=replace(layer.accum_type, overflow="WRAP"))


def _row(design, layer, weights, estimate, report, target) -> dict:
    matrix = as_matrix(layer, weights).astype(np.float64)
    products = _constant_products(layer, matrix, target)
    nonzero = products.nonzero
    accum, data, weight = layer.accum_type, layer.input_type, layer.weight_type
    product_fraction = data.fractional + weight.fractional
    product_integer = data.integer + weight.integer
    row = {
        "design": design,
        "repository": REPOSITORY[design],
        "layer": layer.name,
        "kind": layer.kind,
        "strategy": layer.strategy,
        "rf": layer.reuse_factor,
        "pointwise": int(layer.kind == "conv2d" and layer.kernel_shape[:2] == (1, 1)),
        "n_in": layer.n_in,
        "n_out": layer.n_out,
        "nonzero": int(nonzero.sum()),
        "max_terms": int(nonzero.sum(axis=0).max()) + 1,
        "accum": str(accum),
        "accum_bits": accum.width,
        "product_bits": data.width + weight.width,
        "dropped_fraction": max(product_fraction - accum.fractional, 0),
        "dropped_integer": max(product_integer - accum.integer, 0),
        "clock_budget_ns": round(target.budget_ns, 4),
    }
    for metric, column in (
        ("dsp", "dsp"),
        ("lut", "lut"),
        ("ff", "ff"),
        ("latency", "latency_max"),
        ("ii", "ii"),
    ):
        key = "latency_cycles" if metric == "latency" else metric
        row[f"{metric}_estimate"] = float(estimate[key])
        row[f"{metric}_report"] = float(report[column])
    if layer.constant_weights:
        kernel = constant_kernel(layer, matrix, target, products)
        constants = constants_for(target.hls_tool, target.calibration_group)  # the estimate's (`cost`)
        row["kernel_latency_estimate"] = constant_kernel_timing(kernel, constants, target.budget_ns)[0]
        row["product_ns"] = product_delay_ns(kernel, constants)
    else:
        row["kernel_latency_estimate"] = ""
        row["product_ns"] = ""
    return row


# --- candidate terms ------------------------------------------------------------------------------------

# LUT: what the report leaves over the estimate, per layer, against one count per layer.
LUT_TERMS = {
    "nonzero x accum_bits (one saturating addition per product)": lambda r: r["nonzero"] * r["accum_bits"],
    "nonzero x product_bits": lambda r: r["nonzero"] * r["product_bits"],
    "nonzero x (accum_bits + product_bits)": lambda r: r["nonzero"] * (r["accum_bits"] + r["product_bits"]),
    "nonzero x accum_bits x (1 + [product cast saturates] + [product cast rounds])": lambda r: (
        r["nonzero"] * r["accum_bits"] * (1 + (r["dropped_integer"] > 0) + (r["dropped_fraction"] > 0))
    ),
}


def lut_excess(row: dict) -> float:
    return row["lut_report"] - row["lut_estimate"]


def through_origin(xs, ys) -> float:
    xs, ys = np.asarray(xs, float), np.asarray(ys, float)
    return float(xs @ ys / (xs @ xs))


def cross_check_lut(rows: list[dict]) -> list[dict]:
    """Each LUT term fitted on one repository's Latency layers (not pointwise) and scored on the other's."""
    kept = [r for r in rows if r["strategy"] == "latency" and not r["pointwise"]]
    results = []
    for name, count in LUT_TERMS.items():
        for fit_on, check_on in (("PUPPI", "ML-fpga"), ("ML-fpga", "PUPPI")):
            fit_rows = [r for r in kept if r["repository"] == fit_on]
            check_rows = [r for r in kept if r["repository"] == check_on]
            constant = through_origin([count(r) for r in fit_rows], [lut_excess(r) for r in fit_rows])
            errors = [
                abs(r["lut_estimate"] + constant * count(r) - r["lut_report"]) / r["lut_report"]
                for r in check_rows
            ]
            before = [abs(r["lut_estimate"] - r["lut_report"]) / r["lut_report"] for r in check_rows]
            results.append(
                {
                    "term": name,
                    "fit_on": fit_on,
                    "constant": constant,
                    "check_on": check_on,
                    "check_layers": len(check_rows),
                    "check_median_before": float(np.median(before)),
                    "check_median_after": float(np.median(errors)),
                    "fit_ratio_spread": _ratio_spread(fit_rows, count),
                    "check_ratio_spread": _ratio_spread(check_rows, count),
                }
            )
    return results


def _ratio_spread(rows, count) -> str:
    ratios = [lut_excess(r) / count(r) for r in rows]
    return f"{min(ratios):.2f}-{max(ratios):.2f}"


# Latency: a chain of max_terms additions of accum_bits each, chained within a clock budget as HLS chains
# operations: cycles = ceil((product_ns + max_terms * ns_per_bit * accum_bits) / budget) - 1.
def chain_latency(row: dict, ns_per_bit: float) -> int:
    path = row["product_ns"] + row["max_terms"] * ns_per_bit * row["accum_bits"]
    return max(ceil(path / row["clock_budget_ns"]) - 1, row["kernel_latency_estimate"])


def chain_layer_latency(row: dict, ns_per_bit: float) -> float:
    return row["latency_estimate"] + chain_latency(row, ns_per_bit) - row["kernel_latency_estimate"]


def latency_band_error(estimate: float, report: float) -> float:
    return abs(estimate - report) / max(1.0, 0.1 * report)


def kernel_cycles(row: dict) -> float:
    """Cycles the report's kernel takes, if the rest of the layer is as estimated."""
    return row["kernel_latency_estimate"] + row["latency_report"] - row["latency_estimate"]


GRID = np.round(np.arange(0.01, 0.2, 0.0005), 4)


def cross_check_latency(rows: list[dict]) -> list[dict]:
    """ns_per_bit chosen on one repository's Latency layers (least total band error over a grid; the middle of
    the best interval) and scored on the other's, the reverse, and chosen on both (scored on each)."""
    kept = [r for r in rows if r["strategy"] == "latency" and not r["pointwise"]]
    by_repository = {name: [r for r in kept if r["repository"] == name] for name in ("PUPPI", "ML-fpga")}
    results = []
    for fit_on, check_on in (
        ("PUPPI", "ML-fpga"),
        ("ML-fpga", "PUPPI"),
        ("both", "PUPPI"),
        ("both", "ML-fpga"),
    ):
        fit_rows = kept if fit_on == "both" else by_repository[fit_on]
        check_rows = by_repository[check_on]
        constant, interval = best_ns_per_bit(fit_rows)
        results.append(
            {
                "fit_on": fit_on,
                "ns_per_bit": constant,
                "best_interval": interval,
                "check_on": check_on,
                "check_layers": len(check_rows),
                "check_median_before": float(
                    np.median(
                        [latency_band_error(r["latency_estimate"], r["latency_report"]) for r in check_rows]
                    )
                ),
                "check_median_after": float(
                    np.median(
                        [
                            latency_band_error(chain_layer_latency(r, constant), r["latency_report"])
                            for r in check_rows
                        ]
                    )
                ),
                "check_detail": "; ".join(
                    f"{r['design']}/{r['layer']} {r['latency_estimate']:.0f}->"
                    f"{chain_layer_latency(r, constant):.0f} vs {r['latency_report']:.0f}"
                    for r in check_rows
                ),
            }
        )
    return results


def best_ns_per_bit(rows: list[dict]) -> tuple[float, str]:
    """The grid value with the least total latency band error over `rows` (middle of the best interval)."""
    losses = np.array(
        [sum(latency_band_error(chain_layer_latency(r, c), r["latency_report"]) for r in rows) for c in GRID]
    )
    best = GRID[losses <= losses.min() + 1e-12]
    return float(np.median(best)), f"{best.min():.4f}-{best.max():.4f}"


TABLE_COLUMNS = (
    "design",
    "layer",
    "kind",
    "strategy",
    "rf",
    "n_in",
    "n_out",
    "nonzero",
    "max_terms",
    "accum",
    "product_bits",
    "dropped_fraction",
    "dropped_integer",
    "dsp_estimate",
    "dsp_report",
    "lut_estimate",
    "lut_report",
    "ff_estimate",
    "ff_report",
    "latency_estimate",
    "latency_report",
    "kernel_latency_estimate",
    "ii_estimate",
    "ii_report",
    "ff_now",
    "latency_cycles_now",
)


def markdown(rows, lut_checks, latency_checks) -> list[str]:
    lines = [
        "| " + " | ".join(TABLE_COLUMNS) + " | LUT excess / (nonzero x accum bits) |",
        "|---" * (len(TABLE_COLUMNS) + 1) + "|",
    ]
    for r in rows:
        cells = [f"{r[c]:.0f}" if isinstance(r[c], float) else str(r[c]) for c in TABLE_COLUMNS]
        cells.append(f"{lut_excess(r) / (r['nonzero'] * r['accum_bits']):.2f}")
        lines.append("| " + " | ".join(cells) + " |")
    lines += [
        "",
        (
            "| LUT term | fit on | constant | check on | layers | median before | median after "
            "| ratio fit | ratio check |"
        ),
        "|---" * 9 + "|",
    ]
    for c in lut_checks:
        lines.append(
            f"| {c['term']} | {c['fit_on']} | {c['constant']:.3f} | {c['check_on']} | {c['check_layers']} | "
            f"{c['check_median_before']:.3f} | {c['check_median_after']:.3f} | {c['fit_ratio_spread']} "
            f"| {c['check_ratio_spread']} |"
        )
    lines += [
        "",
        (
            "| latency: fit on | ns per accumulator bit per chained addition | best interval | check on "
            "| layers | median before | median after | check layers (estimate -> chain vs report) |"
        ),
        "|---" * 8 + "|",
    ]
    for c in latency_checks:
        lines.append(
            f"| {c['fit_on']} | {c['ns_per_bit']:.4f} | {c['best_interval']} | {c['check_on']} "
            f"| {c['check_layers']} | "
            f"{c['check_median_before']:.2f} | {c['check_median_after']:.2f} | {c['check_detail']} |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", default=str(ROOT / "results" / "bench"))
    out = Path(parser.parse_args().out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rows = layer_rows()
    with open(out / "satacc_structure.csv", "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    lines = markdown(rows, cross_check_lut(rows), cross_check_latency(rows))
    (out / "satacc_structure.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
