"""Which Vitis HLS stream FIFOs the csynth reports put in BRAM, and how many blocks (docs/cost-model-record.md
2.6, branch fifomap; `results/bench/vitis_fifo_storage.md`).

Every fifos.csv row (source: csynth report) of held-out sets 1-21 synthesised by Vitis HLS that the model
calls a memory FIFO (not `glue.fifo_in_shift_register`: above 1,024 bits and deeper than 2), with its set,
design, HLS version and part (the set's MANIFEST), and the report's BRAM_18K and FF. Per FIFO family
(`glue.fifo_family`) it scores, against the reported block counts:

* BRAM or not: every candidate with one threshold (depth x bits, depth, depth bin x width bin, width), each at
  the threshold that misclassifies fewest rows of the family (an upper bound on what such a rule can do; no
  threshold is chosen for the model here);
* blocks of the rows in BRAM: `glue.bram18_blocks` (BRAM18 port 18 bits to 1K words, 9 to 2K, ...) and the
  VU+ rule `glue.vuplus_fifo_bram_18k` (one block per 32 bits of the width bin, whatever the depth).

All memory FIFOs the reports name in these projects are "Vivado Default RAMs" (ram_style "auto": HLS leaves
the BRAM-or-LUTRAM choice to Vivado, and its csynth numbers are its own estimate); no project writes a STREAM
`type=`/`impl=`, BIND_STORAGE or config_storage/config_dataflow (checked in the stored projects).

    PYTHONPATH=src .venv/bin/python bench/vitis_fifo_storage.py

prints the table and the scores that results/bench/vitis_fifo_storage.md holds below its text.
"""

from pathlib import Path

from fpgaprune.core.hardware import glue
from fpgaprune.core.hardware.heldout import manifest_fifo_family, read_table

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
SETS = ["heldout"] + [f"heldout{i}" for i in range(2, 22)]


def memory_rows():
    """(set, design, fifo, family, version, part, depth, bits, report BRAM, report FF) of every Vitis HLS
    memory FIFO of `SETS`."""
    for name in SETS:
        path, manifest_path = DATA / name / "fifos.csv", DATA / name / "MANIFEST.tsv"
        if not path.exists() or not manifest_path.exists():
            continue
        manifest = {d["design"]: d for d in read_table(manifest_path, "\t")}
        for row in read_table(path):
            design = manifest[row["design"]]
            family = manifest_fifo_family(design)
            depth, bits = int(row["depth"]), int(row["bits"])
            if not family.startswith("vitis") or glue.fifo_in_shift_register(depth, bits, "vitis"):
                continue
            part = design["part"].split("-")[0]
            yield (
                name,
                row["design"],
                row["fifo"],
                family,
                design["hls_version"],
                part,
                depth,
                bits,
                int(row["bram_18k"]),
                int(row["ff"]),
            )


CANDIDATES = {
    "depth x bits > T": lambda d, w: d * w,
    "depth > T": lambda d, w: d,
    "depth bin x width bin > T": lambda d, w: glue.width_bin(d) * glue.width_bin(w),
    "width > T": lambda d, w: w,
}


def best_threshold(rows, feature):
    """(errors, threshold) of the rule 'in BRAM iff feature > T' at the T with fewest errors."""
    values = sorted({feature(r[6], r[7]) for r in rows})
    best = None
    for t in [values[0] - 1] + values:
        errors = sum((feature(r[6], r[7]) > t) != (r[8] > 0) for r in rows)
        if best is None or errors < best[0]:
            best = (errors, t)
    return best


def main() -> None:
    rows = list(memory_rows())
    print(
        "| set | design | fifo | family | HLS | part | depth | bits | depth x bits | report BRAM | report FF "
        "| bram18_blocks | VU+ rule |"
    )
    print("|---" * 13 + "|")
    for s, design, fifo, family, version, part, depth, bits, bram, ff in rows:
        print(
            f"| {s} | {design} | {fifo} | {family} | {version} | {part} | {depth} | {bits} | {depth * bits} "
            f"| {bram} | {ff} | {glue.bram18_blocks(depth, bits)} | {glue.vuplus_fifo_bram_18k(bits)} |"
        )
    print()
    for family in ("vitis", "vitis_vuplus"):
        own = [r for r in rows if r[3] == family]
        in_bram = [r for r in own if r[8] > 0]
        print(
            f"{family}: {len(own)} memory FIFOs, {len(in_bram)} with BRAM in the report, "
            f"{len(own) - len(in_bram)} without; designs {sorted({r[1] for r in own})}"
        )
        for label, feature in CANDIDATES.items():
            errors, t = best_threshold(own, feature)
            print(f"  BRAM iff {label}: best T = {t}, {errors} of {len(own)} rows wrong")
        for label, rule in (
            ("bram18_blocks", lambda r: glue.bram18_blocks(r[6], r[7])),
            ("VU+ rule", lambda r: glue.vuplus_fifo_bram_18k(r[7])),
        ):
            exact = sum(rule(r) == r[8] for r in in_bram)
            print(f"  blocks of the FIFOs in BRAM by {label}: {exact} of {len(in_bram)} exact")
        if family == "vitis_vuplus":
            for version in sorted({r[4] for r in own}):
                mine = [r for r in own if r[4] == version]
                for label, feature in CANDIDATES.items():
                    errors, t = best_threshold(mine, feature)
                    print(
                        f"  {version} only ({len(mine)} rows): BRAM iff {label}: best T = {t}, {errors} wrong"
                    )


if __name__ == "__main__":
    main()
