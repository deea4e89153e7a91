"""Issue 16's design BRAM bound on the public designs outside the calibration, as each was first scored blind.

The bound: a design's BRAM_18K within one block per stream FIFO or lookup table (a design without either
must be exact). For every design-total BRAM row of the blind score files that `logic.EXPECTED_ERROR`'s
held-out band pools (`heldout.BLIND_FIRST_SCORING_LABELS`: sets 8 and 12-25, each scored once with the model
of its day; set 8's U3 and set 24's I1 left out, as there), the error is the one recorded then; the allowance
is the number of FIFOs and tables in the stored project, read now (`glue.estimate_project_files`' memories at
the MANIFEST's tool and version: a count of the project's streams and tables, not a fitted number).
bench/design_totals_cv.py counts the same bound on the calibrating designs.

    PYTHONPATH=src nice -n 19 .venv/bin/python bench/design_bram_bound_blind.py \
        [--out results/bench/design_bram_bound_blind.txt]
"""

import argparse
import warnings
from pathlib import Path

from fpgaprune.core.hardware import glue
from fpgaprune.core.hardware import heldout as h
from fpgaprune.core.hardware.project import read_project_files

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "core" / "hardware" / "data"
RESULTS = ROOT / "results" / "bench"


def memory_count(set_dir: Path, design: dict) -> int:
    files = read_project_files(set_dir / "projects" / design["design"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _, result = glue.estimate_project_files(files, h.manifest_tool(design), h.manifest_version(design))
    return len(result["memories"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=RESULTS / "design_bram_bound_blind.txt")
    args = parser.parse_args()
    lines, within, total = [], 0, 0
    for label in h.BLIND_FIRST_SCORING_LABELS:
        set_dir = DATA / ("heldout" + label.split("_")[0])
        manifest = {row["design"]: row for row in h.read_table(set_dir / "MANIFEST.tsv", "\t")}
        for row in h.read_table(RESULTS / f"cost_model_heldout{label}.csv"):
            left_out = h.left_out_of_pool(row, h.BLIND_LEFT_OUT)
            if row["kind"] != "design" or row["metric"] != "bram_18k" or left_out:
                continue
            if row["estimate"] == "refused":  # counted, never within (bench/cost_model_heldout.py)
                total += 1
                lines.append(f"{set_dir.name}/{row['design']}: refused by the estimate: NOT within")
                continue
            allowance = memory_count(set_dir, manifest[row["design"]])
            ok = float(row["error"]) <= allowance
            within, total = within + ok, total + 1
            estimate, report = float(row["estimate"]), float(row["report"])
            lines.append(
                f"{set_dir.name}/{row['design']}: {estimate:g} vs {report:g} blocks, {allowance} FIFOs and "
                f"tables: {'within' if ok else 'NOT within'}"
            )
    head = (
        f"design BRAM_18K within one block per FIFO/table, blind first scorings: {within} of {total} designs"
    )
    args.out.write_text("\n".join([head, *lines]) + "\n")
    print(head)


if __name__ == "__main__":
    main()
