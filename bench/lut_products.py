"""Which constant products HLS builds in LUTs: every constant-weight layer of the public reports, tabulated.

Reads every Latency-strategy (and Resource RF-1) layer with known weights of the calibration table
(tests/core/hardware/data/calibration/layers.csv) and of held-out sets 1-17 (set 9: its fit half only; set 10
has no constant-weight layer; sets 18 and 19 are not read), and writes one row per layer: the tool and its
version (from the tables, as the reports name them), the part family, the operand widths and signedness, the
reuse factor, what the products need (distinct real multipliers after the shift-add and sharing rules, the
widest constant among them, their CSD digits) and the DSPs reported against those the model estimates, with
the Vivado HLS LUT-multiplier width `LUT_MAX_BITS["vivado"]` as committed and at the alternatives in
`VIVADO_WIDTHS` (`Target.lut_max_bits`; the rest of the rule as committed). Nothing is fitted.

    PYTHONPATH=src .venv/bin/python bench/lut_products.py [--out-dir results/bench]

Writes OUT_DIR/lut_products{_LABEL}.csv and .md (per design: widths and DSP sums). Branch lutproducts ran
it with main's model before the change (`--label main`, `PYTHONPATH` unset so the installed main is
imported) and with the branch's.
"""

import argparse
import csv
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware.calibration import read_calibration
from fpgaprune.core.hardware.cost import estimate_layer
from fpgaprune.core.hardware.heldout import (
    SET9_FIT_N_IN,
    read_design_project,
    read_table,
    set9_layer,
)
from fpgaprune.core.hardware.multipliers import Target, constant_width, csd_digits
from fpgaprune.core.hardware.precision import quantize
from fpgaprune.core.hardware.structures import as_matrix

try:  # since branch lutproducts; main before it (`--label main`) has none
    from fpgaprune.core.hardware.multipliers import hls_constant_width
except ImportError:
    hls_constant_width = None

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
HELDOUT_SETS = ["heldout"] + [f"heldout{n}" for n in range(2, 18) if n not in (9, 10)]
VIVADO_WIDTHS = (6, 7, 8, 9, 10, 12)


def product_stats(layer, kernel, target: Target) -> dict:
    """The layer's distinct real products (more CSD digits than a shift-add; identical x*c counted once, c
    and -c apart), their widest constant (`constant_width`, trailing zeros moved into a shift) and widest
    constant operand as Vivado HLS's reports give it (`hls_constant_width`), and the constants' digits."""
    mantissa = quantize(as_matrix(layer, kernel).astype(np.float64), layer.weight_type)
    digits = csd_digits(mantissa)
    real = digits > target.shift_add_max_digits
    rows, columns = np.nonzero(real)
    return {
        "real_products": len(set(zip(rows.tolist(), mantissa[rows, columns].tolist()))),
        "max_const_width": int(constant_width(mantissa, layer.weight_type.signed)[real].max(initial=0)),
        "max_operand_width": ""
        if hls_constant_width is None
        else int(hls_constant_width(mantissa)[real].max(initial=0)),
        "max_digits": int(digits.max(initial=0)),
        "zero_share": round(float((mantissa == 0).mean()), 3),
    }


def layer_row(source, design, repo, version, layer, kernel, target, dsp_report) -> dict:
    row = {
        "source": source,
        "design": design,
        "layer": layer.name.split("/")[-1],
        "repo": repo,
        "tool": target.hls_tool,
        "version": version,
        "part": target.part,
        "family": target.fabric,
        "kind": layer.kind,
        "io": layer.io_type,
        "strategy": layer.strategy,
        "rf": layer.reuse_factor,
        "data": f"{layer.input_type.width}{'s' if layer.input_type.signed else 'u'}",
        "weight": f"{layer.weight_type.width}{'s' if layer.weight_type.signed else 'u'}",
        **product_stats(layer, kernel, target),
        "dsp_report": dsp_report,
        "dsp_model": estimate_layer(layer, kernel, target).dsp,
    }
    if target.hls_tool == "vivado":
        for bits in VIVADO_WIDTHS:
            row[f"dsp_w{bits}"] = estimate_layer(layer, kernel, replace(target, lut_max_bits=bits)).dsp
    return row


def calibration_layers() -> list[dict]:
    records = {(r["case_id"], r["layer_name"]): r for r in read_table(DATA / "calibration" / "layers.csv")}
    rows = []
    for row in read_calibration(DATA / "calibration"):
        if not row.layer.constant_weights or row.kernel is None:
            continue
        record = records[row.case, row.layer.name.split("/", 1)[1]]
        rows.append(
            layer_row(
                "calibration",
                row.case,
                record["repo"],
                record["hls_version"],
                row.layer,
                row.kernel,
                row.target,
                row.report["dsp"],
            )
        )
    return rows


def heldout_layers(name: str) -> list[dict]:
    root = DATA / name
    instances = read_table(root / "instances.csv")
    rows = []
    for design in read_table(root / "MANIFEST.tsv", "\t"):
        layers, kernels, target = read_design_project(root, design)
        reported = {r["layer"]: r for r in instances if r["design"] == design["design"]}
        for layer, kernel in zip(layers, kernels):
            if layer.constant_weights and kernel is not None:
                dsp = int(float(reported[layer.name]["dsp"]))
                version = design["hls_version"]
                rows.append(
                    layer_row(name, design["design"], design["repo"], version, layer, kernel, target, dsp)
                )
    return rows


def set9_layers() -> list[dict]:
    """Set 9's fit half (wa-hls4ml pilot, Vivado HLS 2020.1, one Dense a design; its report is the design)."""
    codes = dict(np.load(DATA / "heldout9" / "weights.npz"))
    target = Target(part="xcu250-figd2104-2L-e", hls_tool="vivado", clock_ns=5.0)
    rows = []
    for row in read_table(DATA / "heldout9" / "designs.csv"):
        layer = set9_layer(row)
        if int(row["n_in"]) not in SET9_FIT_N_IN or not layer.constant_weights:
            continue
        if row["model_name"] not in codes:
            continue
        kernel = codes[row["model_name"]] / 2 ** (int(row["weight_bits"]) - 1)
        rows.append(
            layer_row(
                "heldout9", row["design"], "wa-hls4ml pilot", "2020.1", layer, kernel, target, int(row["dsp"])
            )
        )
    return rows


def summary(rows: list[dict]) -> list[str]:
    """One line per (source, design): the tool, the widths, the DSP sums reported / model / alternatives."""
    groups = defaultdict(list)
    for row in rows:
        groups[row["source"], row["design"]].append(row)
    alt = [f"w{bits}" for bits in VIVADO_WIDTHS]
    lines = [
        "| set | design | repo | tool | version | family | strategy/RF | data x weight | widest real const "
        "| real products | DSP report | DSP model | " + " | ".join(alt) + " |",
        "|---" * (12 + len(alt)) + "|",
    ]
    for (source, design), mine in groups.items():
        first = mine[0]
        pairs = sorted({f"{r['data']}x{r['weight']}" for r in mine})
        strategies = sorted({f"{r['strategy'][:3]}{r['rf']}" for r in mine})
        alts = [str(sum(r.get(f"dsp_{a}", r["dsp_model"]) for r in mine)) for a in alt]
        lines.append(
            f"| {source} | {design} | {first['repo']} | {first['tool']} | {first['version']} "
            f"| {first['family']} "
            f"| {','.join(strategies)} | {','.join(pairs)} | {max(r['max_const_width'] for r in mine)} "
            f"| {sum(r['real_products'] for r in mine)} | {sum(r['dsp_report'] for r in mine)} "
            f"| {sum(r['dsp_model'] for r in mine)} | " + " | ".join(alts) + " |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=Path("results/bench"))
    parser.add_argument("--label", default="", help="suffix of the output names (e.g. the model measured)")
    args = parser.parse_args()
    rows = calibration_layers()
    for name in HELDOUT_SETS:
        rows += heldout_layers(name)
    rows += set9_layers()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    fields = list(dict.fromkeys(key for row in rows for key in row))
    name = "lut_products" + (f"_{args.label}" if args.label else "")
    with (args.out_dir / f"{name}.csv").open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fields)
        writer.writeheader()
        writer.writerows(rows)
    (args.out_dir / f"{name}.md").write_text("\n".join(summary(rows)) + "\n")
    print("\n".join(summary(rows)))


if __name__ == "__main__":
    main()
