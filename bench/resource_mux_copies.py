"""The Resource kernel's LUT by csynth row, and the input-multiplexer copies Vivado HLS lists (issue 16).

For every Resource calibration row at RF > 1 with a per-function csynth report (read from `fetch` snapshots
as `bench/resource_kernel_table.py` reads them), the report's LUT split by what it lists:

- `adders`: the Expression `+` rows of the accumulators (`acc_*`, `add_ln*`);
- `lut_products`: Expression `*` rows and `mul_*` instances with LUT (products in the fabric);
- `shifters`: `lshr` rows and instances (the packed top input, `input_packed`);
- `input_phi`: Multiplexer rows of the data inputs (`*data_*`, `*p_read*`), with their count per input;
- `output_mux`: Multiplexer rows of the results and accumulators (`ap_return_*`, `res_*`, `acc_*`, ...);
- `select_mux`: multiplexer instances (`mux_*`, `sparsemux_*`), split into the `shared` ones hls4ml's
  `dense_resource_rf_leq_nin` asks for (ceil(n_in / RF); at RF > n_in every instance) and the `copies`
  beyond them;
- `other`: the rest (loop counters, compares, FSM, registers' LUT).

`csynth` prices a Multiplexer row by its inputs alone (2 inputs 9 LUT, 3 inputs 13-15, whatever the bits)
and, in Vivado HLS, every multiplexer instance of a design at one figure
(`results/bench/resource_input_mux.md`).
Writes OUT (CSV) and OUT with .md, and with `--data` the copies table the ROM fit reads
(`tests/core/hardware/data/resource_mux_copies.csv`: case, layer, listed and shared multiplexer instances,
copies, LUT each, the copies' LUT, the report's repository/commit/module). Sources: csynth reports (HLS
estimates); the model's estimate of each row (one design out) is `results/bench/cost_model_cv.csv`'s.

    PYTHONPATH=src .venv/bin/python bench/resource_mux_copies.py /work/.mirror \
        [--out results/bench/resource_mux_copies.csv] \
        [--data tests/core/hardware/data/resource_mux_copies.csv]
"""

import argparse
import csv
import math
import re
from collections import defaultdict
from pathlib import Path

from resource_kernel_table import _INSTANCE, _KIND, _mux_inputs, _sources, resource_reports, write_tables

_MUX_ROW = re.compile(r"^\s*\|(\S+)\s*\|\s*(\d+)\|\s*(\d+)\|\s*(\d+)\|\s*(\d+)\|\s*$", re.MULTILINE)
_EXPRESSION_ROW = re.compile(
    r"^\s*\|(\S+)\s*\|\s*(\S+)\s*\|\s*(?:\d+|-)\|\s*(?:\d+|-)\|\s*(\d+)\|", re.MULTILINE
)
_DATA_PHI = re.compile(r"(?:^|_)(?:data_\d+|p_read\d*)")
_OUTPUT = re.compile(r"ap_return|res_\d+|acc_|conv_i_i")


def _section(text: str, name: str, following: str) -> str:
    detail = text.split("+ Detail:", 1)[-1]
    return detail.split(f"* {name}:", 1)[-1].split(f"* {following}:", 1)[0] if f"* {name}:" in detail else ""


def split_lut(text: str, layer) -> dict:
    """The report's LUT by the parts in the module docstring."""
    parts = defaultdict(int)
    for name, op, lut in _EXPRESSION_ROW.findall(_section(text, "Expression", "Multiplexer")):
        if name == "Total":
            continue
        if op == "+" and name.startswith(("acc_", "add_ln")):
            parts["adders"] += int(lut)
        elif op == "*":
            parts["lut_products"] += int(lut)
        elif op == "lshr":
            parts["shifters"] += int(lut)
        else:
            parts["other"] += int(lut)
    phi_rows = 0
    for name, lut, _inputs, _bits, _total in _MUX_ROW.findall(_section(text, "Multiplexer", "Register")):
        if name == "Total":
            continue
        if _DATA_PHI.search(name):
            parts["input_phi"] += int(lut)
            phi_rows += 1
        elif _OUTPUT.search(name):
            parts["output_mux"] += int(lut)
        else:
            parts["other"] += int(lut)
    muxes = []
    for module, _bram, _dsp, _ff, lut in _INSTANCE.findall(text):
        kind = _KIND.search(module).group(0) if _KIND.search(module) else module
        if _mux_inputs(kind):
            muxes.append(int(lut))
        elif "lshr" in kind:
            parts["shifters"] += int(lut)
        elif "mul" in kind:
            parts["lut_products"] += int(lut)
        else:
            parts["other"] += int(lut)
    rf, n_in = layer.reuse_factor, layer.n_in
    # at RF > n_in (`rf_gt_nin*`) the instances are the kernel's own selections (the accumulator index of the
    # rem0 kernel), not copies of the input selection: all counted as shared
    shared = min(len(muxes), math.ceil(n_in / rf)) if rf <= n_in else len(muxes)
    parts["select_mux"] = sum(muxes)
    parts["listed_multiplexers"] = len(muxes)
    parts["shared_multiplexers"] = shared
    parts["copies"] = len(muxes) - shared
    parts["lut_each"] = round(sum(muxes) / len(muxes)) if muxes else 0
    parts["phi_rows_per_input"] = round(phi_rows / n_in, 2)
    return dict(parts)


def table(mirrors: Path) -> list[dict]:
    rows = []
    for row, name, text in resource_reports(mirrors):
        layer = row.layer
        if layer.reuse_factor == 1 or not text:
            continue
        parts = split_lut(text, layer)
        entry = {
            "case": row.case,
            "layer": name,
            "tool": row.target.hls_tool,
            "n_in": layer.n_in,
            "n_out": layer.n_out,
            "rf": layer.reuse_factor,
            "block_factor": layer.block_factor,
            "report_lut": row.report["lut"],
        }
        keys = ("adders", "lut_products", "shifters", "input_phi", "output_mux", "select_mux", "other")
        entry |= {key: parts.get(key, 0) for key in keys}
        entry["listed_sum"] = sum(entry[key] for key in keys)
        entry |= {
            key: parts[key] for key in ("listed_multiplexers", "shared_multiplexers", "copies", "lut_each")
        }
        # Vivado HLS lists a copy per multiplier; Vitis HLS the shared ones only (no row has copies there)
        entry["copies_lut"] = parts["copies"] * parts["lut_each"]
        entry["phi_rows_per_input"] = parts["phi_rows_per_input"]
        rows.append(entry)
    return rows


def write_data(rows: list[dict], path: Path) -> None:
    sources = _sources()
    fields = (
        "case",
        "layer",
        "listed_multiplexers",
        "shared_multiplexers",
        "copies",
        "lut_each",
        "copies_lut",
    )
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([*fields, "repo", "commit", "module"])
        for row in rows:
            if row["copies"] > 0:
                repo, commit, _project, module = sources[row["case"], row["layer"]]
                writer.writerow([*(row[f] for f in fields), repo, commit, module])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mirrors", type=Path)
    parser.add_argument("--out", type=Path, default=Path("results/bench/resource_mux_copies.csv"))
    parser.add_argument("--data", type=Path)
    args = parser.parse_args()
    rows = table(args.mirrors)
    head = __doc__.split("\n\n")[0]
    print("\n".join(write_tables(rows, args.out, head)))
    if args.data:
        write_data(rows, args.data)


if __name__ == "__main__":
    main()
