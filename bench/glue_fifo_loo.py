"""Leave-one-design-out of fidelity16's glue constants (docs/cost-model-record.md 2.6): each calibrating
design's design FF/LUT with `FIFO_FF`, `FIFO_LUT` (per FIFO family since branch fifowidth),
`CHANNEL_REGISTER_FF`, `CHANNEL_CONTROL_LUT` (branch convglue) and `TOP_REGISTER_FF` refitted without its own
rows (the rest of its estimate as `heldout.design_comparisons` gives it).

    PYTHONPATH=src .venv/bin/python bench/glue_fifo_loo.py [--before before.json] [--out loo.json]
"""

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware import glue
from fpgaprune.core.hardware import heldout as h
from fpgaprune.core.hardware.project import read_project_config, read_project_files

sys.path.insert(0, str(Path(__file__).parent))
from design_totals_cv import D, glue_fits, glue_rows  # a sibling script of bench/

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--before", type=Path, help="{set/design: {metric: [estimate, report]}} to compare with")
parser.add_argument("--out", type=Path)
args = parser.parse_args()
after = {}
for name in sorted({*h.CALIBRATED_HELDOUT_SETS, *h.STREAM_WRAPPER_SETS}):
    for c in h.design_comparisons(D / name):
        if c.metric in ("ff", "lut"):
            after.setdefault(f"{name}/{c.design}", {})[c.metric] = (c.estimate, c.report)
# the glue constants' rows keyed "set/design", and their fit without one key (None: all), as
# bench/design_totals_cv.py refits them
fifo_ff_rows, lut_rows, chan_rows, control_rows, top_rows = glue_rows()


def fits(out):
    return glue_fits((fifo_ff_rows, lut_rows, chan_rows, control_rows, top_rows), out)


full = fits(None)
assert full == {
    "FIFO_FF": glue.FIFO_FF,
    "FIFO_LUT": glue.FIFO_LUT,
    "CHANNEL_REGISTER_FF": glue.CHANNEL_REGISTER_FF,
    "CHANNEL_CONTROL_LUT": glue.CHANNEL_CONTROL_LUT,
    "TOP_REGISTER_FF": glue.TOP_REGISTER_FF,
}, full


def glue_terms(key, c):
    s, d = key.split("/")
    root = D / s
    m = next(x for x in h.read_table(root / "MANIFEST.tsv", "\t") if x["design"] == d)
    pdir = root / "projects" / d
    project = read_project_config(pdir).get("ProjectName", "myproject")
    layers, _, target = h.read_design_project(root, m)
    tool = target.hls_tool
    mem = [
        x
        for x in glue.design_memories(read_project_files(pdir), tool, target.part)
        if x.kind in ("fifo", "channel")
    ]
    stream = any(l.io_type == "io_stream" for l in layers)
    dataflow = glue.is_dataflow_top((pdir / "firmware" / f"{project}.cpp").read_text())

    family = glue.fifo_family(tool, target.part)

    def ff1(x):
        kind = glue.fifo_kind(x.depth, x.bram_18k > 0, family)
        features = glue.fifo_ff_features(x.depth, x.width, family)
        return sum(v * features[t] for v, t in zip(c["FIFO_FF"][family][kind], ("fixed", "pointer", "width")))

    def lut1(x):
        f, b = c["FIFO_LUT"][family][glue.fifo_kind(x.depth, x.bram_18k > 0, family)]
        return f + b * glue.fifo_lut_features(x.depth, x.width, x.bram_18k > 0, family)[1]

    ff = round(sum(ff1(x) * x.copies for x in mem))
    lut = round(sum(lut1(x) * x.copies for x in mem))
    if not stream and dataflow:
        channels = sum(x.copies for x in mem if x.kind == "channel")
        ff += round(c["CHANNEL_REGISTER_FF"][tool] * channels)
        lut += round(c["CHANNEL_CONTROL_LUT"][tool] * channels)
    elif not stream:
        ff += round(c["TOP_REGISTER_FF"][tool] * glue.top_array_bits(layers))
    return ff, lut


keys = sorted(set(fifo_ff_rows) | set(lut_rows) | set(chan_rows) | set(control_rows) | set(top_rows))


def err(e, r):
    return abs(e - r) / max(r, 1)


res = {}
for k in keys:
    c = fits(k)
    if c == full:
        res[k] = after[k]
        continue
    f0, l0 = glue_terms(k, full)
    f1, l1 = glue_terms(k, c)
    res[k] = {
        "ff": (after[k]["ff"][0] - f0 + f1, after[k]["ff"][1]),
        "lut": (after[k]["lut"][0] - l0 + l1, after[k]["lut"][1]),
    }
    print(
        k,
        "LOO moved: ff",
        after[k]["ff"][0],
        "->",
        res[k]["ff"][0],
        "lut",
        after[k]["lut"][0],
        "->",
        res[k]["lut"][0],
        flush=True,
    )
if args.out:
    args.out.write_text(json.dumps(res))
compared = [("in-sample", after), ("left out", res)]
if args.before:
    compared.insert(0, ("before", json.loads(args.before.read_text())))
for m in ("ff", "lut"):
    for lab, data in compared:
        e = [err(*data[k][m]) for k in keys]
        print(
            f"{m} {lab}: {len(keys)} calibrating designs with a fitted glue term, median {np.median(e):.3f}"
        )
