"""Does HLS's delay of a DSP product grow with the DSPs it takes, and is the model's latency short on the
layers whose products take more than one DSP? (issue 16; a study, nothing fitted, no constant changed)

Reads only committed files and the model:

* `results/bench/hls_operation_delays_ops.csv` (bench/hls_operation_delays.py, HLS's verbose schedules): every
  one-cycle `mul` that HLS leaves to the tool's DSP-or-LUT choice in a function with DSPs, by tool, version,
  family and the product's DSPs (`multipliers._dsp_tiles` of the variable operand's width and of the result
  width minus it, which stands for the other operand's width: an estimate, the CSV keeps no constant's width);
  and by the variable operand's width on UltraScale+ parts;
* every constant-weight layer of the held-out sets (calibrating or not) whose largest product takes 2+ DSPs
  by the model's rule (`cost._constant_products`, `dsp_each`; the calibration tables' own rows, counted too,
  have none), with the report's latency against the one-design-out and one-repository-out estimates
  (`results/bench/cost_model_cv.csv`, `..._repo.csv`) for calibration rows and against the estimate of
  main's constants for the others; HLS's schedule of the layer's function where one exists (`results/bench/
  hls_operation_delays_functions.csv`: most cycles of a `mul`, HLS's one-cycle `mul` delay);
* the same layers' estimates with dsp_ns raised by 0.2, 0.6, 1.2 ns per DSP beyond the first (a sensitivity
  check on main's constants, not a fit).

    PYTHONPATH=src .venv/bin/python bench/wide_multiply_delay.py > TABLES.md

prints the tables as Markdown; results/bench/wide_multiply_delay.md holds these tables and the conclusion
drawn from them.
"""

import csv
import statistics
import warnings
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware.calibration import read_calibration
from fpgaprune.core.hardware.cost import _constant_products, estimate_layer
from fpgaprune.core.hardware.fit import fit_fabric
from fpgaprune.core.hardware.heldout import (
    CALIBRATED_HELDOUT_SETS,
    calibration_case,
    designs_with_instances,
)
from fpgaprune.core.hardware.logic import FABRIC_CONSTANTS
from fpgaprune.core.hardware.multipliers import _dsp_tiles
from fpgaprune.core.hardware.structures import as_matrix

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "core" / "hardware" / "data"
RESULTS = ROOT / "results" / "bench"
ULTRASCALE_PLUS = ("virtexuplus", "virtexuplusHBM", "kintexuplus", "zynquplus")
ULTRASCALE = (*ULTRASCALE_PLUS, "kintexu", "virtexu")
EXTRA_NS = (0.0, 0.2, 0.6, 1.2)
HEADER = (
    "| set | design | layer | io | tool | part | clock / budget ns | data x weight bits | DSPs per product "
    "(model; report DSP / model's DSP products) | report | estimate (how) | estimate at +0 / +0.2 / +0.6 / "
    "+1.2 ns per extra DSP | HLS schedule: mul cycles, one-cycle mul ns |"
)


def _span(values) -> str:
    low, high = min(values), max(values)
    return str(low) if low == high else f"{low}-{high}"


def _delay(values) -> str:
    return f"{statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})"


def one_cycle_multiplies() -> list[dict]:
    rows = []
    with (RESULTS / "hls_operation_delays_ops.csv").open(newline="") as handle:
        for row in csv.DictReader(handle):
            single = row["kind"] == "mul" and row["cycles"] == "1" and row["operand_bits"]
            if single and row["mul_lands"] == "DSP or LUT (function has DSPs)":
                rows.append(row)
    return rows


def delay_by_dsps(rows) -> list[str]:
    groups = defaultdict(list)
    for row in rows:
        variable, width, family = int(row["operand_bits"]), int(row["width"]), row["family"]
        other = max(width - variable, 1)
        ports = (27, 18) if family in ULTRASCALE else (25, 18)
        dsps = "<=10x10 (LUT?)" if max(variable, other) <= 10 else str(_dsp_tiles(variable, other, ports))
        key = (family not in ULTRASCALE, family, row["tool"], row["version"], dsps)
        groups[key] += [(float(row["delay_ns"]), variable, other, row["clock_ns"])] * int(row["count"])
    lines = [
        "| family | tool | version | DSPs (est.) | variable bits | other bits (est.) | clock ns | delay ns "
        + "median (range) | ops |",
        "|---" * 9 + "|",
    ]
    for key in sorted(groups):
        items = groups[key]
        _, family, tool, version, dsps = key
        lines.append(
            f"| {family} | {tool} | {version} | {dsps} | {_span([i[1] for i in items])} | "
            f"{_span([i[2] for i in items])} | {', '.join(sorted({i[3] for i in items}))} | "
            f"{_delay([i[0] for i in items])} | {len(items)} |"
        )
    return lines


def delay_by_width(rows) -> list[str]:
    groups = defaultdict(list)
    for row in rows:
        if row["family"] in ULTRASCALE_PLUS:
            key = (row["family"], row["tool"], row["version"], int(row["operand_bits"]))
            groups[key] += [float(row["delay_ns"])] * int(row["count"])
    lines = [
        "| family | tool | version | variable operand bits | delay ns median (range) | ops |",
        "|---" * 6 + "|",
    ]
    for (family, tool, version, bits), delays in sorted(groups.items()):
        if bits >= 12:
            lines.append(f"| {family} | {tool} | {version} | {bits} | {_delay(delays)} | {len(delays)} |")
    return lines


def _cv(path: Path) -> dict:
    with path.open(newline="") as handle:
        return {
            (r["case"], r["layer"]): (r["estimate"], r["report"])
            for r in csv.DictReader(handle)
            if r["metric"] == "latency_cycles"
        }


def _schedules() -> dict:
    with (RESULTS / "hls_operation_delays_functions.csv").open(newline="") as handle:
        return {(r["set"], r["design"], r["layer"]): r for r in csv.DictReader(handle) if r["layer"]}


def multi_dsp_layers() -> list[str]:
    design_out, repository_out = _cv(RESULTS / "cost_model_cv.csv"), _cv(RESULTS / "cost_model_cv_repo.csv")
    schedules = _schedules()
    lines = [
        HEADER,
        "|---" * 13 + "|",
    ]
    for root, design, layers, kernels, target, reported in designs_with_instances(DATA):
        name = design["design"]
        base = FABRIC_CONSTANTS[target.hls_tool, fit_fabric(target)]
        for layer, kernel in zip(layers, kernels):
            if not layer.constant_weights or kernel is None:
                continue
            products = _constant_products(layer, as_matrix(layer, kernel).astype(np.float64), target)
            live = products.dsp_each[products.nonzero & products.real]
            tiles = int(live.max(initial=0))
            if tiles < 2:
                continue
            report = reported[layer.name]
            case = calibration_case(root.name, name)
            calibrates = name not in CALIBRATED_HELDOUT_SETS.get(root.name, (name,))
            if calibrates:
                design_estimate, repository_estimate = (
                    design_out[case, layer.name][0],
                    repository_out[case, layer.name][0],
                )
                out = f"{design_estimate} (design out), {repository_estimate} (repo out)"
            else:
                main_estimate = estimate_layer(layer, kernel, target).as_dict()["latency_cycles"]
                out = f"{main_estimate} (main, not fitted on)"
            raised = [replace(base, dsp_ns=base.dsp_ns + extra * (tiles - 1)) for extra in EXTRA_NS]
            swept = [
                estimate_layer(layer, kernel, target, constants=c).as_dict()["latency_cycles"] for c in raised
            ]
            schedule = schedules.get((root.name, name, layer.name))
            hls = f"{schedule['mul_cycles_max']}, {schedule['mul_ns_single']}" if schedule else "none"
            on_dsps = int((live > 0).sum())
            lines.append(
                f"| {root.name} | {name} | {layer.name} | {layer.io_type} | "
                f"{target.hls_tool} {target.version} | {target.part} | "
                f"{target.clock_ns:g} / {target.budget_ns:.3f} | {layer.data_operand_bits} x "
                f"{layer.weight_type.width} | {tiles} ({report['dsp']} / {on_dsps}) | "
                f"{report['latency_max']} | {out} | {' / '.join(map(str, swept))} | {hls} |"
            )
    return lines


def largest_products(rows) -> dict:
    """{DSPs of a layer's largest product: constant-weight layers} over calibration rows."""
    counts = defaultdict(int)
    for row in rows:
        if row.layer.constant_weights:
            matrix = None if row.kernel is None else as_matrix(row.layer, row.kernel).astype(np.float64)
            products = _constant_products(row.layer, matrix, row.target)
            counts[int(products.dsp_each[products.nonzero & products.real].max(initial=0))] += 1
    return dict(sorted(counts.items()))


def main() -> None:
    warnings.simplefilter("ignore")
    rows = one_cycle_multiplies()
    print("HLS's one-cycle `mul` (DSP-or-LUT choice, function with DSPs), by the product's DSPs\n")
    print("\n".join(delay_by_dsps(rows)))
    print("\nThe same on UltraScale+ parts by the variable operand's width (12 bits and more)\n")
    print("\n".join(delay_by_width(rows)))
    print("\nConstant-weight layers whose largest product takes 2+ DSPs by the model's rule (cycles)\n")
    print("\n".join(multi_dsp_layers()))
    tables = read_calibration(DATA / "calibration") + read_calibration(DATA, "resource_layers.csv")
    print(
        f"\nCalibration tables' own rows, layers by their largest product's DSPs: {largest_products(tables)}"
    )


if __name__ == "__main__":
    main()
