"""Where the LUT of the io_stream weight layers sits, row by row (issue 16, branch streamlut).

For every io_stream layer of `heldout.read_stream_wrapper_set` (the stream-wrapper CV's 136 rows), left one
design out as `fit.leave_one_design_out_stream` does: the estimate, its kernel part (no wrapper) and wrapper
part, the report, the error; and, for the rows with their weights in a ROM (Resource at RF > 1), what the
layer's csynth report tree shows (the stream function's report and the kernel sub-functions it instantiates,
read from `fetch` snapshots of the MANIFEST repositories at the MANIFEST commit):

- whether the Resource kernel is a function of its own (a `dense_resource*` / `dense_wrapper*` instance);
- the LUT of the multiplexer rows and `select` expressions named after the kernel's data inputs
  (`data_N_V_read*_phi_reg`, `data_N_val*_phi_reg`, ...), over the whole tree, and per input;
- the input-selection multiplexer instances (`mux_*`, `sparsemux_*`): count and LUT, and each module with its
  count and LUT (`select_mux_instances`; with `n_out` and `block_factor` for the count rules of
  `bench/selection_mux.py`);
- the model's `input_mux` LUT (`logic.rom_kernel_features` x the group's `rom_lut`) and the wrapper feature
  `kernel_inputs` (`LayerHardware.kernel_function_inputs`).

Sources: csynth reports (HLS estimates); model numbers are estimates with the constants in code. Rows whose
repository has no snapshot under MIRRORS, or whose report is not in it, print empty report columns.

    PYTHONPATH=src .venv/bin/python bench/stream_lut_worst.py MIRRORS [--out FILE]
"""

import argparse
import csv
import re
from collections import Counter, defaultdict
from pathlib import Path

from csynth_tree import function_report, instances, section, snapshot

from fpgaprune.core.hardware.calibration import relative_error
from fpgaprune.core.hardware.cost import estimate_layer, rom_kernel
from fpgaprune.core.hardware.fit import fit_stream_wrappers
from fpgaprune.core.hardware.heldout import (
    calibration_case,
    design_repositories,
    read_stream_wrapper_set,
)
from fpgaprune.core.hardware.logic import NO_STREAM_WRAPPER, constants_for, rom_kernel_features

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
_DATA_INPUT = re.compile(r"data_\d+")
_SELECT_MUX_KIND = re.compile(r"(?:sparse)?mux_[\d_]+$")
_KERNEL = re.compile(r"dense_resource|dense_wrapper")


def _walk(mirrors: Path, source: tuple, module: str, found: dict) -> bool:
    """Add the report tree of `module` to `found`; False when its report is missing."""
    repository, commit, project = source
    text = function_report(snapshot(mirrors, repository), commit, project, module)
    if text is None:
        return False
    for cells in section(text, "Multiplexer"):
        if len(cells) > 5 and cells[2].isdigit() and _DATA_INPUT.search(cells[1]):
            found["data_mux_lut"] += int(cells[2])
    for cells in section(text, "Expression"):
        if len(cells) > 6 and cells[5].isdigit() and cells[2] == "select" and _DATA_INPUT.search(cells[1]):
            found["data_mux_lut"] += int(cells[5])
    for cells in instances(text):
        if match := _SELECT_MUX_KIND.search(cells[2]):
            found["select_mux_n"] += 1
            found["select_mux_lut"] += int(cells[6]) if cells[6].isdigit() else 0
            found["select_mux_kinds"][match.group(0), cells[6]] += 1
        elif _KERNEL.search(cells[2]):
            found["kernel_function"] = 1
            _walk(mirrors, source, cells[2], found)
        elif "compute_output_buffer" in cells[2]:
            _walk(mirrors, source, cells[2], found)
    return True


def _instances() -> dict:
    """{(case, layer): (repository, commit, project dir, report module)} of the stream-wrapper sets."""
    found = {}
    for manifest in sorted(DATA.glob("heldout*/MANIFEST.tsv")):
        designs = {row.get("design"): row for row in csv.DictReader(manifest.open(), delimiter="\t")}
        if None in designs or not (manifest.parent / "instances.csv").exists():
            continue
        for row in csv.DictReader((manifest.parent / "instances.csv").open()):
            design = designs.get(row["design"])
            if design:
                case = calibration_case(manifest.parent.name, row["design"])
                source = (design["repo"], design["commit"], design["project_dir"], row["module"])
                found[case, row["layer"]] = source
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mirrors", type=Path)
    parser.add_argument("--out", type=Path, default=Path("/dev/stdout"))
    args = parser.parse_args()
    rows, repositories, instances = read_stream_wrapper_set(DATA), design_repositories(DATA), _instances()
    table = []
    for left_out in sorted({row.case for row in rows}):
        wrappers = fit_stream_wrappers([row for row in rows if row.case != left_out])
        for row in (row for row in rows if row.case == left_out):
            layer, name = row.layer, row.layer.name.split("/", 1)[1]
            estimate = estimate_layer(layer, row.kernel, row.target, wrapper=wrappers[row.target.hls_tool])
            kernel = estimate_layer(layer, row.kernel, row.target, wrapper=NO_STREAM_WRAPPER).lut
            entry = {
                "row": f"{row.case}/{name}",
                "repository": repositories[row.case],
                "tool": f"{row.target.hls_tool} {row.target.version}",
                "kind": layer.kind,
                "weights": "constant" if layer.constant_weights else "ROM",
                "n_in": layer.n_in,
                "rf": layer.reuse_factor,
                "data_bits": layer.input_type.width,
                "report_lut": row.report["lut"],
                "estimate_lut": estimate.lut,
                "kernel_lut": kernel,
                "wrapper_lut": estimate.lut - kernel,
                "error": round(relative_error(estimate.lut, row.report["lut"]), 3),
            }
            if not layer.constant_weights:
                constants = constants_for(row.target.hls_tool, row.target.calibration_group)
                features, _ = rom_kernel_features(rom_kernel(layer, row.kernel, row.target))
                entry["model_input_mux_lut"] = round(constants.rom_lut["input_mux"] * features["input_mux"])
                entry["kernel_inputs"] = layer.kernel_function_inputs
                entry["n_out"] = layer.n_out
                entry["block_factor"] = layer.block_factor
                found = defaultdict(int, select_mux_kinds=Counter())
                if _walk(args.mirrors, instances[row.case, name][:3], instances[row.case, name][3], found):
                    entry["kernel_function"] = found["kernel_function"]
                    entry["data_mux_lut"] = found["data_mux_lut"]
                    entry["data_mux_lut_per_input"] = round(found["data_mux_lut"] / layer.n_in, 1)
                    entry["select_mux"] = f"{found['select_mux_n']} ({found['select_mux_lut']})"
                    kinds = sorted(found["select_mux_kinds"].items())
                    entry["select_mux_instances"] = "; ".join(
                        f"{n} x {k} ({lut} LUT)" for (k, lut), n in kinds
                    )
            table.append(entry)
    table.sort(key=lambda entry: -entry["error"])
    keys = list(dict.fromkeys(key for entry in table for key in entry))
    with args.out.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=keys)
        writer.writeheader()
        writer.writerows(table)


if __name__ == "__main__":
    main()
