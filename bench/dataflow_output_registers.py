"""Design FF of the calibrating held-out designs (`heldout.design_comparisons`, estimate vs csynth report
Total row), to compare the registers of 0-cycle DATAFLOW processes (docs/cost-model-record.md 2.6, branch
dfregs) before and after: the designs that moved, and each set's median relative FF error.

    PYTHONPATH=src .venv/bin/python bench/dataflow_output_registers.py [--out now.json] [--before before.json]
"""

import argparse
import json
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware import heldout as h

D = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--before", type=Path, help="{set/design: [estimate, report]} to compare with")
parser.add_argument("--out", type=Path)
parser.add_argument("--sets", default=",".join(sorted({*h.CALIBRATED_HELDOUT_SETS, *h.STREAM_WRAPPER_SETS})))
args = parser.parse_args()

now = {}
for name in args.sets.split(","):
    for c in h.design_comparisons(D / name):
        if c.metric == "ff":
            now[f"{name}/{c.design}"] = (c.estimate, c.report)
if args.out:
    args.out.write_text(json.dumps(now))
before = json.loads(args.before.read_text()) if args.before else now


def err(pair):
    return abs(pair[0] - pair[1]) / max(pair[1], 1)


for key in sorted(now):
    if before[key][0] != now[key][0]:
        print(f"{key}: FF {before[key][0]:.0f} -> {now[key][0]:.0f} (report {now[key][1]:.0f})")
for name in args.sets.split(","):
    keys = [k for k in now if k.startswith(name + "/")]
    b, a = (np.median([err(d[k]) for k in keys]) for d in (before, now))
    print(f"{name}: {len(keys)} designs, median FF error {b:.3f} -> {a:.3f}")
for label, keys in (("all", list(now)), ("moved", [k for k in now if before[k][0] != now[k][0]])):
    if keys:
        b, a = (np.median([err(d[k]) for k in keys]) for d in (before, now))
        print(f"{label}: {len(keys)} designs, median FF error {b:.3f} -> {a:.3f}")
