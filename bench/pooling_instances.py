"""Per-instance errors of the 1D and global pooling estimates (`pooling`, branch pool1d) against every
stored report instance of those functions (tests/core/hardware/data/heldout*/instances.csv). No constant is
fitted on these rows, so in-sample and left-out estimates are the same: each count reuses constants fitted
on other rows (pooling2d windows, design FIFOs, Dense adders). Run:
PYTHONPATH=src:. python bench/pooling_instances.py [--write results/bench/pooling_instances.csv]"""

import sys
from pathlib import Path

from fpgaprune.core.hardware import heldout as h
from fpgaprune.core.hardware.glue import pooling_fifo_cost
from fpgaprune.core.hardware.pooling import estimate_pooling

sys.path.insert(0, str(Path(__file__).parent))
from design_totals_cv import _write  # a sibling script of bench/

DATA = Path("tests/core/hardware/data")
COLUMNS = ("lut", "ff", "bram_18k", "latency_max", "ii")


def rows():
    out = []
    for set_name, row, layer, target in h.read_pooling_rows(DATA):
        estimate = estimate_pooling(layer, target, pooling_fifo_cost(target))
        calibrating = row["design"] not in h.CALIBRATED_HELDOUT_SETS.get(set_name, (row["design"],))
        out.append((set_name, row, layer, target, estimate, calibrating))
    return out


def main():
    table = []
    for set_name, row, layer, target, estimate, calibrating in rows():
        line = {
            "set": set_name,
            "design": row["design"],
            "layer": row["layer"],
            "function": row["function"],
            "tool": target.hls_tool,
            "io": "io_stream" if layer.stream else "io_parallel",
            "op": layer.op,
            "calibrating_design": calibrating,
        }
        for column in COLUMNS:
            key = {"latency_max": "latency_cycles"}.get(column, column)
            line[f"{column}_report"] = int(row[column])
            line[f"{column}_estimate"] = estimate[key]
        table.append(line)
        print(
            f"{row['design']:4} {row['layer']:26} {layer.function:20} {target.hls_tool:6} "
            + " ".join(f"{c}={int(row[c])}/{line[c + '_estimate']}" for c in COLUMNS)
        )
    if "--write" in sys.argv:
        _write(Path(sys.argv[sys.argv.index("--write") + 1]), table)


if __name__ == "__main__":
    main()
