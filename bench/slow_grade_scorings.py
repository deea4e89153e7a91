"""The latency estimates and reports of the held-out designs on a Vivado HLS speed grade -1 7-series part (the
project's part): every design total and weight layer scored from its project (`heldout.design_comparisons`,
`layer_comparisons`), as CSV on stdout (branch slow7b; read by `bench/slow_grade_cv_compare.py --scorings`).

    PYTHONPATH=src .venv/bin/python bench/slow_grade_scorings.py > results/bench/slow7b_<variant>_scorings.csv
"""

import csv
import sys
import warnings
from pathlib import Path

from fpgaprune.core.hardware.heldout import (
    design_comparisons,
    layer_comparisons,
    read_design_project,
    read_table,
)

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"


def _slow_designs(root: Path) -> set:
    slow = set()
    for design in read_table(root / "MANIFEST.tsv", "\t"):
        target = read_design_project(root, design)[2]
        if target.hls_tool == "vivado" and target.fabric == "7series" and target.speed_grade == 1:
            slow.add(design["design"])
    return slow


def main() -> None:
    warnings.simplefilter("ignore")
    writer = csv.writer(sys.stdout)
    writer.writerow(["set", "design", "layer", "metric", "estimate", "report"])
    manifests = sorted(DATA.glob("heldout*/MANIFEST.tsv"), key=lambda p: int(p.parent.name[7:] or 1))
    for manifest in manifests:
        root = manifest.parent
        if "design" not in read_table(manifest, "\t")[0]:
            continue  # a set without per-design projects
        slow = _slow_designs(root)
        if not slow:
            continue
        for c in design_comparisons(root):
            if c.design in slow and c.metric in ("latency_cycles", "ii"):
                writer.writerow([root.name, c.design, "TOTAL", c.metric, c.estimate, c.report])
        for c in layer_comparisons(root):
            if c.design in slow and c.metric == "latency_cycles":
                writer.writerow([root.name, c.design, c.layer, c.metric, c.estimate, c.report])


if __name__ == "__main__":
    main()
