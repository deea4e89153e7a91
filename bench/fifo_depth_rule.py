"""Which stream FIFOs of held-out sets 1-20 the depth cut of branch fifodepth1 moves
(docs/cost-model-record.md 2.6).

Every fifos.csv row (source: csynth report) of `SETS`, its HLS tool from the set's MANIFEST, and the BRAM_18K
the model gives it (source: estimate) by the bits-only rule before (depth x bits <= `glue.SRL_MAX_BITS`) and
by `glue.fifo_bram_18k` now (also depth <= `glue.SRL_MAX_DEPTH`). Prints the rows that moved and, per FIFO
family, how many rows each rule puts in or out of BRAM as the report does. Set 21 is not read.

    PYTHONPATH=src .venv/bin/python bench/fifo_depth_rule.py
"""

from collections import Counter
from pathlib import Path

from fpgaprune.core.hardware import glue
from fpgaprune.core.hardware.heldout import manifest_fifo_family, read_table

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
SETS = ["heldout"] + [f"heldout{i}" for i in range(2, 21)]


def bits_only_bram(depth: int, bits: int, tool: str) -> int:
    return 0 if depth * bits <= glue.SRL_MAX_BITS[tool] else glue.bram18_blocks(depth, bits)


def fifo_rows():
    for name in SETS:
        path = DATA / name / "fifos.csv"
        if not path.exists():
            continue
        manifest = {d["design"]: d for d in read_table(DATA / name / "MANIFEST.tsv", "\t")}
        for row in read_table(path):
            family = manifest_fifo_family(manifest[row["design"]])
            depth, bits = int(row["depth"]), int(row["bits"])
            tool = family.split("_")[0]
            before, after = bits_only_bram(depth, bits, tool), glue.fifo_bram_18k(depth, bits, tool)
            yield name, row, family, depth, bits, before, after


def main() -> None:
    agree = Counter()
    header = "| set | design | fifo | family | depth x bits | report BRAM / FF | model BRAM before -> after |"
    print(header)
    print("|---" * 7 + "|")
    for name, row, family, depth, bits, before, after in fifo_rows():
        reported = int(row["bram_18k"])
        agree[(family, "before")] += (before > 0) == (reported > 0)
        agree[(family, "after")] += (after > 0) == (reported > 0)
        agree[(family, "rows")] += 1
        if before != after:
            print(
                f"| {name} | {row['design']} | {row['fifo']} | {family} | {depth} x {bits} "
                f"| {reported} / {row['ff']} | {before} -> {after} |"
            )
    print()
    for family in ("vivado", "vitis", "vitis_vuplus"):
        print(
            f"{family}: {agree[(family, 'rows')]} rows; in/out of BRAM as reported: "
            f"before {agree[(family, 'before')]}, after {agree[(family, 'after')]}"
        )


if __name__ == "__main__":
    main()
