"""The target (part, clock, clock uncertainty) every held-out project is estimated at, with its MANIFEST tool.

One line per design: set, design, part, clock_ns, uncertainty in use, uncertainty read (None: the tool's
default), the HLS tool and version of its csynth report. Run it with two checkouts' `src` and diff the output
to see which projects a change of `project.read_project_config` moves (branch clockunc):

    PYTHONPATH=OLD/src .venv/bin/python bench/project_targets.py > before.tsv
    PYTHONPATH=src .venv/bin/python bench/project_targets.py > after.tsv

Skips heldout20 (blind: not estimated).
"""

import warnings
from pathlib import Path

from fpgaprune.core.hardware.heldout import read_design_project, read_table

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
BLIND = {"heldout20"}


def main() -> None:
    warnings.simplefilter("ignore")
    for root in sorted(DATA.glob("heldout*")):
        if root.name in BLIND or not (root / "projects").is_dir():
            continue
        for design in read_table(root / "MANIFEST.tsv", "\t"):
            target = read_design_project(root, design)[2]
            row = (root.name, design["design"], target.part, target.clock_ns, round(target.uncertainty, 4))
            row += (target.clock_uncertainty, design["hls_tool"], design["hls_version"])
            print("\t".join(map(str, row)))


if __name__ == "__main__":
    main()
