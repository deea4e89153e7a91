"""Per-family scale of HLS's operation delays, relative to each timing group's reference family (issue 16;
branch familyscale). Derives the table FAMILY_DELAY_SCALE from HLS's own schedules, not from latency reports
(tested and not kept: results/bench/family_delay_scale.md).

The timing constants are fitted per (HLS tool, fabric group: 7series/ultrascale), but a group mixes device
families whose HLS delays differ (results/bench/hls_operation_delays.md: a 13-16-bit add is ~1.8-1.9 ns on
zynq, ~1.3 on virtex7). For each (tool, family) this takes HLS's delay of one `add`/`sub` of 13-16 result
bits (delay > 0, neither the root of nor grouped into a ternary adder or DSP: the filter of the add table
of hls_operation_delays.md), the count-weighted median over every tool version in
results/bench/hls_operation_delays_ops.csv. A group's reference family is the one with the most
constant-weight calibration designs of that tool and group (tests/core/hardware/data, `read_calibration_set`);
a family's factor is its median / the reference's. Choices fixed before any cross-validation of the change
(results/bench/family_delay_scale.md).

    PYTHONPATH=src:. .venv/bin/python bench/family_delay_scale.py
"""

import argparse
import csv
import re
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware.fit import _resource_group, fit_fabric
from fpgaprune.core.hardware.heldout import read_calibration_set
from fpgaprune.core.hardware.multipliers import Target

ROOT = Path(__file__).resolve().parents[1]
OPS = ROOT / "results" / "bench" / "hls_operation_delays_ops.csv"
DATA = ROOT / "tests" / "core" / "hardware" / "data"
TOOLS = {"Vivado HLS": "vivado", "Vitis HLS": "vitis"}
# HLS's "Product family" names -> `multipliers.device_family` (Vitis HLS names Alveo U50 virtexuplusHBM)
FAMILY_ALIASES = {"virtexuplusHBM": "virtexuplus"}
# The device family HLS names in its reports ("Product family"), from the part name's prefix; Alveo cards
# (xcu50, xcu250, ...) are Virtex UltraScale+ parts (Vitis HLS calls xcu50 virtexuplusHBM). Unlisted parts
# (Versal, Spartan UltraScale+, ...): no family, factor 1. (The tested variant had these in
# multipliers.py, commit 021b4a1 of branch familyscale; reverted, results/bench/family_delay_scale.md.)
FAMILIES = (
    (re.compile(r"x[caq]7z", re.IGNORECASE), "zynq"),
    (re.compile(r"x[caq]7a", re.IGNORECASE), "artix7"),
    (re.compile(r"x[caq]7k", re.IGNORECASE), "kintex7"),
    (re.compile(r"x[caq]7v", re.IGNORECASE), "virtex7"),
    (re.compile(r"x[caq]7s", re.IGNORECASE), "spartan7"),
    (re.compile(r"x[caq]zu", re.IGNORECASE), "zynquplus"),
    (re.compile(r"x[caq]ku\d+p", re.IGNORECASE), "kintexuplus"),
    (re.compile(r"x[caq]ku\d", re.IGNORECASE), "kintexu"),
    (re.compile(r"x[caq]vu\d+p", re.IGNORECASE), "virtexuplus"),
    (re.compile(r"x[caq]vu\d", re.IGNORECASE), "virtexu"),
    (re.compile(r"x[caq]u\d", re.IGNORECASE), "virtexuplus"),
)
# A representative part of each family, for its fabric group (`Target.fabric`)
FAMILY_PART = {
    "zynq": "xc7z020clg400-1",
    "artix7": "xc7a35tcpg236-1",
    "kintex7": "xc7k325tffg900-2",
    "virtex7": "xc7vx485tffg1761-2",
    "spartan7": "xc7s50csga324-1",
    "kintexu": "xcku035-fbva676-2-e",
    "virtexu": "xcvu095-ffva2104-2-e",
    "kintexuplus": "xcku5p-ffvb676-2-e",
    "virtexuplus": "xcvu9p-flga2104-2-e",
    "zynquplus": "xczu9eg-ffvb1156-2-e",
}


def device_family(part: str) -> str:
    """The device family HLS reports for `part` (`FAMILIES`), '' when the prefix is not listed."""
    for pattern, family in FAMILIES:
        if pattern.match(part):
            return family
    return ""


def add_medians(path: Path = OPS) -> dict:
    """{(tool, family): (median ns, operations)} of the 13-16-bit add/sub delays."""
    delays = defaultdict(list)
    with open(path) as handle:
        for r in csv.DictReader(handle):
            if r["kind"] not in ("add", "sub") or r["root"] == "True" or r["grouped"] == "True":
                continue
            delay, width = float(r["delay_ns"]), int(r["width"])
            if delay <= 0 or not 13 <= width <= 16:
                continue
            family = FAMILY_ALIASES.get(r["family"], r["family"])
            delays[TOOLS[r["tool"]], family] += [delay] * int(r["count"])
    return {key: (float(np.median(values)), len(values)) for key, values in delays.items()}


def timing_group(tool: str, part: str) -> str:
    target = Target(part=part, hls_tool=tool)
    return _resource_group(fit_fabric(target), "timing")


def reference_families(data_dir: Path = DATA) -> tuple[dict, Counter]:
    """{(tool, timing group): family with the most constant-weight calibration designs}, and the counts."""
    designs = set()
    for row in read_calibration_set(data_dir):
        if row.layer.constant_weights:
            target = row.target
            group = timing_group(target.hls_tool, target.part)
            designs.add((target.hls_tool, group, device_family(target.part), row.case))
    counts = Counter((tool, group, family) for tool, group, family, _ in designs)
    best = {}
    for (tool, group, family), n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        best.setdefault((tool, group), family)
    return best, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ops", default=str(OPS))
    args = parser.parse_args()
    medians = add_medians(Path(args.ops))
    references, counts = reference_families()
    print("| tool | group | family | calibration designs | 13-16-bit add ns [ops] | reference | factor |")
    print("|---|---|---|---|---|---|---|")
    table = {}
    for (tool, family), (median, n) in sorted(medians.items()):
        if family not in FAMILY_PART:
            continue
        group = timing_group(tool, FAMILY_PART[family])
        reference = references.get((tool, group))
        base = medians.get((tool, reference))
        factor = round(median / base[0], 3) if base else 1.0
        table[tool, family] = factor
        designs = counts.get((tool, group, family), 0)
        print(
            f"| {tool} | {group} | {family} | {designs} | {median:g} [{n}] | {reference} "
            f"({base[0]:g} ns) | {factor} |"
            if base
            else f"| {tool} | {group} | {family} | {designs} | {median:g} [{n}] | {reference} (none) | 1 |"
        )
    print()
    print("FAMILY_DELAY_SCALE = {")
    for key, factor in sorted(table.items()):
        print(f"    {key!r}: {factor},")
    print("}")


if __name__ == "__main__":
    main()
