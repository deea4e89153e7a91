"""Every FIFO of every held-out report (sets 1-8, 11-17; set 18 is a blind check and is not read) against its
project: tool and version, part, FIFO family (`glue.fifo_family`), depth and width from the report and from
the project (`glue.design_memories`: the stream/channel types and `#pragma HLS STREAM depth=`), the report's
implementation, its FF, and the FF of fidelity16's constants (before) and of the width rule (after,
`glue.FIFO_FF`); per design the report's FIFO-row LUT against both LUT rules (docs/cost-model-record.md 2.6,
"FIFO width"). No constant is fitted here.

    PYTHONPATH=src .venv/bin/python bench/fifo_width_rule.py [--csv results/bench/fifo_width_rule.csv]
        [--md results/bench/fifo_width_rule.md] [--designs results/bench/fifo_width_designs.md]

`--designs`: each set's design totals (`heldout.design_comparisons`, all of its designs) with the model as it
is (after) and with fidelity16's FIFO constants in its place (before: the same estimate less the model's
FIFO/channel FF and LUT of `glue.FIFO_FF`/`FIFO_LUT` plus those of `BEFORE_FF`/`BEFORE_LUT`, the only terms
the branch changed), FF and LUT median (worst) error per set.

The calibration directory (tests/core/hardware/data/calibration) holds io_parallel Latency reports without a
FIFO table, so it has no FIFO to list; sets 9 and 10 keep no projects or FIFO tables.
"""

import argparse
import csv
import re
import warnings
from collections import defaultdict
from math import ceil, log2
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware import glue
from fpgaprune.core.hardware import heldout as h
from fpgaprune.core.hardware.project import project_layers, read_project_files

D = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
# Sets with fifos.csv and projects; heldout18 (blind check) and heldout19 are deliberately absent.
SETS = ["heldout"] + [f"heldout{i}" for i in (2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 15, 16, 17)]
# fidelity16's constants (main before branch fifowidth): (fixed, per pointer bit) FF, (fixed, per bit) LUT
BEFORE_FF = {
    "vivado": {"srl": (4.5, 0.5), "bram": (12.5, 3.5)},
    "vitis": {"srl": (99.0, 0.0), "bram": (141.6667, 2.3333)},
}
BEFORE_LUT = {
    "vivado": {"srl": (12.0353, 0.9989), "bram": (70.722, 0.0)},
    "vitis": {"srl": (67.0, 0.0), "bram": (87.4286, 0.0)},
}
_SUFFIXES = (r"_V_data_\d+_V$", r"_\d+_V$", r"_\d+$", r"_V$")


def before_ff(depth: int, in_bram: bool, tool: str) -> float:
    fixed, per_bit = BEFORE_FF[tool]["bram" if in_bram else "srl"]
    return fixed + per_bit * ceil(log2(depth + 1))


def before_lut(depth: int, width: int, in_bram: bool, tool: str) -> float:
    fixed, per_bit = BEFORE_LUT[tool]["bram" if in_bram else "srl"]
    return fixed + per_bit * (ceil(log2(depth + 1)) if in_bram else width)


def report_implementation(depth: int, bits: int, bram: int, tool: str) -> str:
    """The report's FIFO table names no implementation; what its numbers say: BRAM when it has BRAM_18K, a
    memory without BRAM (LUTRAM) above the tool's SRL limit, else a shift register (or registers)."""
    if bram > 0:
        return "bram"
    return "lutram" if depth * bits > glue.SRL_MAX_BITS[tool] else "srl"


def model_memory(name: str, memories: dict):
    """The project's FIFO or channel a report FIFO name (`layer2_out_U`, `layer2_out_V_data_0_V_U`,
    `layer2_out_10_U`) belongs to, or None (Vivado HLS's `<input>_V_c` copies)."""
    base = name.removesuffix("_U")
    candidates = [base] + [re.sub(suffix, "", base) for suffix in _SUFFIXES]
    return next((memories[c] for c in candidates if c in memories), None)


def rows_of_set(name: str) -> tuple[list[dict], list[dict]]:
    root = D / name
    fifos = h.read_table(root / "fifos.csv")
    summary = {(r["design"], r["row"]): r for r in h.read_table(root / "summary.csv")}
    fifo_rows, design_rows = [], []
    for m in h.read_table(root / "MANIFEST.tsv", "\t"):
        mine = [f for f in fifos if f["design"] == m["design"]]
        if not mine:
            continue
        tool, pdir = h.manifest_tool(m), root / "projects" / m["design"]
        family = h.manifest_fifo_family(m)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            memories = {
                x.name: x
                for x in glue.design_memories(read_project_files(pdir), tool, m["part"])
                if x.kind != "table"
            }
        shapes = []
        for f in mine:
            depth, bits, bram, ff = int(f["depth"]), int(f["bits"]), int(f["bram_18k"]), int(f["ff"])
            memory = model_memory(f["fifo"], memories)
            in_memory = bram > 0 or depth * bits > glue.SRL_MAX_BITS[tool]
            shapes.append((depth, bits, bram > 0))
            fifo_rows.append(
                {
                    "set": name,
                    "design": m["design"],
                    "repo": m["repo"],
                    "tool": m["hls_tool"],
                    "version": m["hls_version"],
                    "part": m["part"],
                    "family": family,
                    "fifo": f["fifo"],
                    "depth": depth,
                    "bits": bits,
                    "project_depth": memory.depth if memory else "",
                    "project_width": memory.width if memory else "",
                    "implementation": report_implementation(depth, bits, bram, tool),
                    "bram_18k": bram,
                    "ff": ff,
                    "ff_before": round(before_ff(depth, in_memory, tool), 1),
                    "ff_after": round(glue.fifo_ff(depth, bits, in_memory, family), 1),
                }
            )
        lut = int(summary[(m["design"], "FIFO")]["lut"])
        design_rows.append(
            {
                "set": name,
                "design": m["design"],
                "family": family,
                "fifos": len(mine),
                "lut": lut,
                "lut_before": round(sum(before_lut(d, b, br, tool) for d, b, br in shapes)),
                "lut_after": round(sum(glue.fifo_lut(d, b, br, family) for d, b, br in shapes)),
                "ff": sum(int(f["ff"]) for f in mine),
            }
        )
    return fifo_rows, design_rows


def group_key(row: dict) -> tuple:
    shallow = "depth<=2" if row["depth"] <= glue.SHALLOW_FIFO_DEPTH else "depth>2"
    return row["family"], row["implementation"], shallow


def markdown(fifo_rows: list[dict], design_rows: list[dict]) -> list[str]:
    groups = defaultdict(list)
    for row in fifo_rows:
        groups[group_key(row)].append(row)
    lines = [
        "| family | report impl. | depth | FIFOs | designs (repos) | tool versions | bits | FF reported "
        + "| FF error before: median (sum) | after: median (sum) |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for key in sorted(groups):
        rows = groups[key]
        designs = sorted({r["design"] for r in rows})
        repos = {r["repo"] for r in rows}
        before = [abs(r["ff_before"] - r["ff"]) for r in rows]
        after = [abs(r["ff_after"] - r["ff"]) for r in rows]
        shown = ", ".join(designs) if len(designs) <= 8 else f"{', '.join(designs[:8])}, ..."
        lines.append(
            f"| {key[0]} | {key[1]} | {key[2]} | {len(rows)} | {shown} ({len(repos)}) | "
            f"{', '.join(sorted({r['version'] for r in rows}))} | {min(r['bits'] for r in rows)}-"
            f"{max(r['bits'] for r in rows)} | {min(r['ff'] for r in rows)}-{max(r['ff'] for r in rows)} | "
            f"{np.median(before):.0f} ({sum(before):.0f}) | {np.median(after):.0f} ({sum(after):.0f}) |"
        )
    lines += [
        "",
        "| set | design | family | FIFOs | report FIFO FF | before | after | report FIFO LUT | before "
        + "| after |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for d in design_rows:
        mine = [r for r in fifo_rows if r["set"] == d["set"] and r["design"] == d["design"]]
        lines.append(
            f"| {d['set']} | {d['design']} | {d['family']} | {d['fifos']} | {d['ff']} | "
            f"{sum(r['ff_before'] for r in mine):.0f} | {sum(r['ff_after'] for r in mine):.0f} | "
            f"{d['lut']} | "
            f"{d['lut_before']} | {d['lut_after']} |"
        )
    return lines


def design_totals_before_after(name: str) -> dict:
    """{design: {metric: (before, after, report)}} for FF and LUT of one set's design totals."""
    root = D / name
    manifest = {m["design"]: m for m in h.read_table(root / "MANIFEST.tsv", "\t")}
    totals = {}
    for c in h.design_comparisons(root):
        if c.metric in ("ff", "lut"):
            totals.setdefault(c.design, {})[c.metric] = (c.estimate, c.report)
    result = {}
    for design, metrics in totals.items():
        m, pdir = manifest[design], root / "projects" / design
        tool, files = h.manifest_tool(m), read_project_files(pdir)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            _, _, target = project_layers(files, tool)
            fifos = [
                x for x in glue.design_memories(files, tool, target.part) if x.kind in ("fifo", "channel")
            ]
        family = glue.fifo_family(target.hls_tool, target.part)
        after_ff = round(
            sum(glue.fifo_ff(x.depth, x.width, x.bram_18k > 0, family) * x.copies for x in fifos)
        )
        after_lut = round(
            sum(glue.fifo_lut(x.depth, x.width, x.bram_18k > 0, family) * x.copies for x in fifos)
        )
        old_ff = round(sum(before_ff(x.depth, x.bram_18k > 0, target.hls_tool) * x.copies for x in fifos))
        old_lut = round(
            sum(before_lut(x.depth, x.width, x.bram_18k > 0, target.hls_tool) * x.copies for x in fifos)
        )
        (ff, ff_report), (lut, lut_report) = metrics["ff"], metrics["lut"]
        result[design] = {
            "ff": (ff - after_ff + old_ff, ff, ff_report),
            "lut": (lut - after_lut + old_lut, lut, lut_report),
        }
    return result


def design_lines() -> list[str]:
    lines = [
        "| set | designs | FF before | FF after | LUT before | LUT after | designs that moved (FF error) |",
        "|---|---|---|---|---|---|---|",
    ]
    for name in SETS:
        rows = design_totals_before_after(name)

        def band(metric, index, rows=rows):
            errors = [h.metric_error(metric, v[metric][index], v[metric][2]) for v in rows.values()]
            return f"{np.median(errors):.3f} ({max(errors):.2f})"

        moved = [
            f"{d} {h.metric_error('ff', v['ff'][0], v['ff'][2]):.2f} -> "
            f"{h.metric_error('ff', v['ff'][1], v['ff'][2]):.2f}"
            for d, v in rows.items()
            if abs(v["ff"][0] - v["ff"][1]) > 0.02 * max(v["ff"][2], 1)
        ]
        lines.append(
            f"| {name} | {len(rows)} | {band('ff', 0)} | {band('ff', 1)} | {band('lut', 0)} | "
            f"{band('lut', 1)} | "
            f"{', '.join(moved)} |"
        )
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path)
    parser.add_argument("--md", type=Path)
    parser.add_argument("--designs", type=Path, help="write the per-set design-total table here")
    args = parser.parse_args()
    fifo_rows, design_rows = [], []
    for name in SETS:
        f, d = rows_of_set(name)
        fifo_rows += f
        design_rows += d
    if args.csv:
        with args.csv.open("w", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(fifo_rows[0]))
            writer.writeheader()
            writer.writerows(fifo_rows)
    lines = markdown(fifo_rows, design_rows)
    if args.md:
        args.md.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    if args.designs:
        table = design_lines()
        args.designs.write_text("\n".join(table) + "\n")
        print("\n".join(table))


if __name__ == "__main__":
    main()
