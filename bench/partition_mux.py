"""Result multiplexers and registers of the partitioned io_parallel convolutions (issue 16, branch partmux).

For every io_parallel Latency Conv1D/Conv2D of the held-out sets whose `PartitionLoop` runs more than once
(`cost._partitioned`: PF < output positions; hls4ml 0.7-1.3 write its results as `*(res++) = ...` in that
loop), what the layer's csynth report tree holds (the instance's function report and the sub-functions it
instantiates, read from `fetch` snapshots of the MANIFEST repositories at the MANIFEST commit):

- multiplexer instances (`*_mux_<inputs><select bits>_<width>_*`, Vivado HLS): count, input count, LUT;
- multiplexer rows named after the results (`ap_return_N`, `layerN_out_M`, `layerN_out_M_preg`,
  `pf_layerN_out_M_*`, `res_*`): count, input sizes, LUT;
- register rows holding results (`res_*`, `ap_return_N_preg`, `layerN_out_M_preg`, `res_*_copy`, `res_*_out`):
  count and bits;

beside the layer's results (output positions x n_filt), the report's LUT and FF (instances.csv), the model's
LUT and FF with the constants in code, and `cost.partition_result_mux_warning`'s bound where it applies.

Sources: csynth reports (HLS estimates); model numbers are estimates. A layer whose repository has no snapshot
under MIRRORS, or whose report is not in it, prints empty report columns.

    PYTHONPATH=src .venv/bin/python bench/partition_mux.py MIRRORS [--out FILE.csv]
"""

import argparse
import csv
import re
import warnings
from pathlib import Path

from csynth_tree import function_report, instances, section, snapshot

from fpgaprune.core.hardware.cost import (
    PARTITION_RESULT_MUX_PRICE_MAX_LUT,
    _partitioned,
    estimate_model,
)
from fpgaprune.core.hardware.heldout import manifest_tool, read_design_project, read_table

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
_MUX_MODULE = re.compile(r"_mux_(\d+)_(\d+)_\d+_\d+$")
_RESULT_MUX = re.compile(r"^(ap_return_\d+|layer\d+_out_\d+(_preg)?|pf_layer\d+_out_\d+\w*|res_\w*)$")
_RESULT_REGISTER = re.compile(r"^(res_\w+|ap_return_\d+_preg|layer\d+_out_\d+_preg)$")


def _mux_inputs(digits: str) -> int:
    """The input count of a Vivado HLS `mux_<inputs><select bits>` module (`1287`: 128 inputs, 7 bits)."""
    for split in (1, 2):
        inputs, select = digits[:-split], digits[-split:]
        if inputs and int(inputs) <= 2 ** int(select):
            return int(inputs)
    return 0


def _walk(git_dir: Path, commit: str, project: str, module: str, found: dict, seen: set) -> bool:
    """Add `module`'s report tree to `found`; False when its report is missing."""
    if module in seen:
        return True
    seen.add(module)
    text = function_report(git_dir, commit, project, module)
    if text is None:
        return False
    for cells in instances(text):
        mux = _MUX_MODULE.search(cells[2])
        if mux:
            found["mux_instances"] += 1
            found["mux_instance_lut"] += int(cells[6]) if cells[6].isdigit() else 0
            found["mux_instance_inputs"].add(_mux_inputs(mux.group(1)))
        else:
            _walk(git_dir, commit, project, cells[2], found, seen)
    for cells in section(text, "Multiplexer"):
        if len(cells) > 5 and cells[2].isdigit() and _RESULT_MUX.match(cells[1]):
            found["result_mux_rows"] += 1
            found["result_mux_lut"] += int(cells[2])
            found["result_mux_inputs"].add(int(cells[3]))
    for cells in section(text, "Register"):
        if (
            len(cells) > 3
            and cells[2].isdigit()
            and _RESULT_REGISTER.match(re.sub(r"_fu_\d+$", "", cells[1]))
        ):
            found["result_registers"] += 1
            found["result_register_bits"] += int(cells[2])
    return True


def _span(values: set) -> str:
    values = sorted(v for v in values if v)
    if not values:
        return ""
    return str(values[0]) if values[0] == values[-1] else f"{values[0]}-{values[-1]}"


def rows(mirrors: Path) -> list[dict]:
    found_rows = []
    for manifest in sorted(DATA.glob("heldout*/MANIFEST.tsv")):
        root = manifest.parent
        if not (root / "instances.csv").exists() or not (root / "projects").exists():
            continue
        instances = read_table(root / "instances.csv")
        for design in read_table(manifest, "\t"):
            name = design.get("design")
            if not name or not (root / "projects" / name).exists():
                continue
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                layers, kernels, target = read_design_project(root, design)
            convs = [(i, layer) for i, layer in enumerate(layers) if _partitioned(layer)]
            if not convs:
                continue
            estimates = estimate_model(layers, kernels, target).layers
            for index, layer in convs:
                (report,) = [r for r in instances if r["design"] == name and r["layer"] == layer.name]
                results = layer.output_positions * layer.n_out
                row = {
                    "design": name,
                    "layer": layer.name,
                    "tool": f"{design['hls_tool']} {design['hls_version']}",
                    "partitions": layer.output_positions // layer.parallelization_factor,
                    "pf": layer.parallelization_factor,
                    "results": results,
                    "report_lut": int(report["lut"]),
                    "report_ff": int(report["ff"]),
                    "model_lut": round(estimates[index].lut),
                    "model_ff": round(estimates[index].ff),
                    "warning_lut_bound": (
                        2 * results * PARTITION_RESULT_MUX_PRICE_MAX_LUT
                        if manifest_tool(design) == "vivado"
                        else ""
                    ),
                }
                found = {
                    "mux_instances": 0,
                    "mux_instance_lut": 0,
                    "mux_instance_inputs": set(),
                    "result_mux_rows": 0,
                    "result_mux_lut": 0,
                    "result_mux_inputs": set(),
                    "result_registers": 0,
                    "result_register_bits": 0,
                }
                git_dir = snapshot(mirrors, design["repo"])
                read = git_dir.exists() and _walk(
                    git_dir, design["commit"], design["project_dir"], report["module"], found, set()
                )
                if read:
                    found["mux_instance_inputs"] = _span(found["mux_instance_inputs"])
                    found["result_mux_inputs"] = _span(found["result_mux_inputs"])
                    row.update(found)
                found_rows.append(row)
    return found_rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mirrors", type=Path)
    parser.add_argument("--out", type=Path, default=Path("results/bench/partition_mux.csv"))
    args = parser.parse_args()
    found = rows(args.mirrors)
    columns = list(dict.fromkeys(key for row in found for key in row))
    with args.out.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, columns)
        writer.writeheader()
        writer.writerows(found)
    print("| " + " | ".join(columns) + " |")
    print("|" + "---|" * len(columns))
    for row in found:
        print("| " + " | ".join(str(row.get(column, "")) for column in columns) + " |")


if __name__ == "__main__":
    main()
