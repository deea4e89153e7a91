"""The io_stream Resource kernels' input selection in csynth: select chains or multiplexers (issue 16).

For every io_stream Resource layer (RF > 1) of the stream-wrapper sets with a stored kernel report (walked
as `bench/stream_lut_worst.py` walks it, from `fetch` snapshots under MIRRORS): its sizes, the Expression
`select` rows that do not select a data input (count, LUT), the multiplexer instances (count, LUT) and what
`logic.select_chain_luts` counts (Vivado HLS at 1 < RF < n_in: ceil(n_in / RF) x (RF - 1) selects at one
LUT a data bit; 0 elsewhere). Sources: csynth reports (HLS estimates); the rule's column is the model's count.

    PYTHONPATH=src .venv/bin/python bench/stream_select_chains.py MIRRORS \
        [--out results/bench/stream_select_chains.md]
"""

import argparse
import re
from collections import defaultdict
from pathlib import Path

from csynth_tree import function_report, instances, section, snapshot
from stream_lut_worst import _KERNEL, _SELECT_MUX_KIND, _instances

from fpgaprune.core.hardware.heldout import read_stream_wrapper_set
from fpgaprune.core.hardware.logic import select_chain_luts

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
_DATA_INPUT = re.compile(r"data_\d+")


def _walk(mirrors: Path, source: tuple, module: str, found: dict) -> bool:
    repository, commit, project = source
    text = function_report(snapshot(mirrors, repository), commit, project, module)
    if text is None:
        return False
    for cells in section(text, "Expression"):
        if (
            len(cells) > 6
            and cells[5].isdigit()
            and cells[2] == "select"
            and not _DATA_INPUT.search(cells[1])
        ):
            found["selects"] += 1
            found["select_lut"] += int(cells[5])
    for cells in instances(text):
        if _SELECT_MUX_KIND.search(cells[2]):
            found["mux_instances"] += 1
            found["mux_lut"] += int(cells[6]) if cells[6].isdigit() else 0
        elif _KERNEL.search(cells[2]) or "compute_output_buffer" in cells[2]:
            _walk(mirrors, source, cells[2], found)
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mirrors", type=Path)
    parser.add_argument("--out", type=Path, default=Path("results/bench/stream_select_chains.md"))
    args = parser.parse_args()
    instances = _instances()
    keys = ("selects", "select_lut", "mux_instances", "mux_lut")
    head = (
        "| row | tool | kind | n_in | n_out | RF | data bits | "
        + " | ".join(keys)
        + " | rule selects | rule LUT |"
    )
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for row in read_stream_wrapper_set(DATA):
        layer = row.layer
        if layer.constant_weights or layer.reuse_factor <= 1:
            continue
        name = layer.name.split("/", 1)[1]
        found = defaultdict(int)
        if not _walk(args.mirrors, instances[row.case, name][:3], instances[row.case, name][3], found):
            continue
        bits = layer.input_type.width
        rule = (
            select_chain_luts(layer.n_in, layer.reuse_factor, bits)
            if row.target.hls_tool == "vivado"
            else 0.0
        )
        cells = [
            f"{row.case}/{name}",
            row.target.hls_tool,
            layer.kind,
            layer.n_in,
            layer.n_out,
            layer.reuse_factor,
        ]
        cells += [bits, *(found[k] for k in keys), round(rule / bits), round(rule)]
        lines.append("| " + " | ".join(str(c) for c in cells) + " |")
    text = __doc__.split("\n\n")[0] + "\n\n" + "\n".join(lines) + "\n"
    args.out.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
