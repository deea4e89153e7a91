"""Every Resource-strategy layer's BRAM (layer_comparisons) and every design's BRAM (design_comparisons) of
held-out sets 1-19 as CSV: kind, set, design, layer, strategy, io_type, estimate, report, then n_weights,
weight bits, block factor, RF, weights_unreshaped. Run once with main's src and once with a branch's to list
the rows a change moves (branch romports); `--20` prints set 20 only (information, not for fitting):

    PYTHONPATH=src .venv/bin/python bench/unreshaped_rom_rows.py > rows.csv
"""

import csv
import sys
import warnings
from pathlib import Path

warnings.simplefilter("ignore")
from fpgaprune.core.hardware.heldout import (
    design_comparisons,
    layer_comparisons,
    read_design_project,
    read_table,
)

D = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
sets = ["heldout"] + [f"heldout{n}" for n in range(2, 20)]
if "--20" in sys.argv:
    sets = ["heldout20"]
w = csv.writer(sys.stdout)
for s in sets:
    root = D / s
    if not (root / "instances.csv").is_file() or not (root / "MANIFEST.tsv").is_file():
        print("skip", s, file=sys.stderr)
        continue
    info = {}
    for design in read_table(root / "MANIFEST.tsv", "\t"):
        try:
            layers, _, _ = read_design_project(root, design)
        except (FileNotFoundError, ValueError):
            continue
        for l in layers:
            info[(design["design"], l.name)] = (
                l.n_in * l.n_out,
                l.weight_type.width,
                l.block_factor,
                l.reuse_factor,
                getattr(l, "weights_unreshaped", ""),
            )
    for c in layer_comparisons(root):
        if c.metric == "bram_18k" and c.strategy != "latency":
            w.writerow(
                [
                    "layer",
                    s,
                    c.design,
                    c.layer,
                    c.strategy,
                    c.io_type,
                    c.estimate,
                    c.report,
                    *info.get((c.design, c.layer), ()),
                ]
            )
    for c in design_comparisons(root):
        if c.metric == "bram_18k":
            w.writerow(["design", s, c.design, "", "", "", c.estimate, c.report])
