"""What the Resource kernel's registers are: every Resource-strategy calibration row's csynth Register table,
grouped by what each register holds (issue 16, branch resff).

For each calibration row whose strategy is not Latency (`heldout.read_calibration_set`), the layer's own
per-function report (read as `bench/resource_kernel_table.py` reads it, from `fetch` snapshots
MIRRORS/<owner>+<name>/repo at the MANIFEST's commit) lists every register with its FF. Each is put in one
group by its name (HLS's names, from the template's variables):

* result: `ap_return_*_preg`, `*_preg` (the function's returned values, held after ap_done)
* accumulator: `res_*_write_assign*` (Vivado HLS), `acc_*`, `res_*_reg`, `conv_i_i*` (Vitis HLS)
* input: the data inputs' `*_phi_reg`, `*_rewind_reg`, `ap_phi_reg_*` copies (`data_*`, `p_read*`, `input_*`),
  and a packed input's shifter registers (`lshr_ln*`)
* control: the FSM, `ap_enable_reg*`, `ap_loop_*`, `ap_done_reg`, `do_init*`, `icmp_ln*`, the index counters
  (`w_index*`, `in_index*`, `out_index*`)
* pipeline: every other register (the multipliers' values carried across the ReuseLoop's stages: `mul_ln*`
  products, `tmp_*` weight slices of the ROM word, `phi_ln*` selected data, `trunc_ln*` products cast to the
  accumulator, `add_ln*`, `sub_ln*`, `select_ln*`, `w_*` weights)

and the pipeline group per multiplier (block factor) beside the model's count
(`logic.multiplier_register_bits`: the product at accumulator width with a 1-stage core, data + weight +
product bits where it is pipelined), the core stages (`logic.rom_core_stages`) and the ReuseLoop's depth.
Source: csynth reports (HLS estimates); the model columns are counts, not estimates.

    PYTHONPATH=src .venv/bin/python bench/resource_register_table.py MIRRORS \
        [--out results/bench/resource_register_table.csv]
"""

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
# a sibling script of bench/
from resource_kernel_table import _LOOP, _breakdown, resource_reports, write_tables

from fpgaprune.core.hardware.cost import rom_kernel
from fpgaprune.core.hardware.logic import multiplier_register_bits

_REGISTER = re.compile(r"^\s*\|(\S+)\s*\|\s*(\d+)\|\s*(\d+)\|\s*(\d+)\|\s*(\d+)\|\s*$", re.MULTILINE)
GROUPS = (
    ("result", re.compile(r"^\w*_preg$")),
    ("accumulator", re.compile(r"^(res_\w*write_assign\w*|acc\d*_\w*|res_\d+_\d+_reg_\d+|conv_i_i\w*)$")),
    ("input", re.compile(r"^(ap_phi_reg_\w*)?(data|p_read|input)\w*_(phi|rewind)_reg\w*$|^lshr_ln\w*$")),
    (
        "control",
        re.compile(r"^(ap_\w+|do_init\w*|icmp_ln\w*|w_index\w*|in_index\w*|out_index\w*)$"),
    ),
)


def register_groups(text: str) -> dict:
    """FF per group (`GROUPS`, else "pipeline") of a per-function report's Register detail table."""
    table = text.split("* Register:", 1)[-1].split("\n\n", 1)[0] if "* Register:" in text else ""
    out = defaultdict(int)
    for name, ff, _lut, _bits, _const in _REGISTER.findall(table):
        if name in ("Total", "Name"):
            continue
        group = next((g for g, pattern in GROUPS if pattern.match(name)), "pipeline")
        out[group] += int(ff)
    return dict(out)


def table(mirrors: Path) -> list[dict]:
    rows = []
    for row, name, text in resource_reports(mirrors):
        layer = row.layer
        entry = {
            "case": row.case,
            "layer": name,
            "tool": row.target.hls_tool,
            "version": row.target.hls_version,
            "n_in": layer.n_in,
            "n_out": layer.n_out,
            "rf": layer.reuse_factor,
            "block_factor": layer.block_factor,
            "data_bits": layer.input_type.width,
            "weight_bits": layer.weight_type.width,
            "accum_bits": layer.accum_type.width,
            "report_ff": row.report["ff"],
        }
        if layer.reuse_factor > 1:
            kernel = rom_kernel(layer, row.kernel, row.target)
            entry["model_core_stages"] = kernel.core_stages
            entry["model_bits_per_multiplier"] = multiplier_register_bits(kernel)
        if text:
            loop = _LOOP.search(text)
            entry["loop_depth"] = int(loop.group(4)) if loop else ""
            entry["instance_ff"] = _breakdown(text).get("instance_ff", 0)
            groups = register_groups(text)
            for group in ("result", "accumulator", "input", "control", "pipeline"):
                entry[f"register_{group}"] = groups.get(group, 0)
            per_multiplier = groups.get("pipeline", 0) / max(layer.block_factor, 1)
            entry["pipeline_per_multiplier"] = round(per_multiplier, 1)
        rows.append(entry)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mirrors", type=Path)
    parser.add_argument("--out", type=Path, default=Path("results/bench/resource_register_table.csv"))
    args = parser.parse_args()
    head = __doc__.split("\n\n    PYTHONPATH")[0]
    print("\n".join(write_tables(table(args.mirrors), args.out, head)))


if __name__ == "__main__":
    main()
