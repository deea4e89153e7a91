"""Leave-one-design-out of fidelity16's glue constants (docs/cost-model.md 2.6): each calibrating design's
design FF/LUT with `FIFO_FF`, `FIFO_LUT` (per FIFO family since branch fifowidth), `CHANNEL_REGISTER_FF` and
`TOP_REGISTER_FF` refitted without its own rows (the rest of its estimate as `heldout.design_comparisons`
gives it).

    PYTHONPATH=src .venv/bin/python bench/glue_fifo_loo.py [--before before.json] [--out loo.json]
"""

import argparse
import json
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware import glue
from fpgaprune.core.hardware import heldout as h
from fpgaprune.core.hardware.project import read_project_config, read_project_files

D = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--before", type=Path, help="{set/design: {metric: [estimate, report]}} to compare with")
parser.add_argument("--out", type=Path)
args = parser.parse_args()
after = {}
for name in sorted({*h.CALIBRATED_HELDOUT_SETS, *h.STREAM_WRAPPER_SETS}):
    for c in h.design_comparisons(D / name):
        if c.metric in ("ff", "lut"):
            after.setdefault(f"{name}/{c.design}", {})[c.metric] = (c.estimate, c.report)
# rows tagged by design
fifo_ff_rows, lut_rows, chan_rows = {}, {}, {}
FAMILIES = ("vivado", "vitis", "vitis_vuplus")
for family in FAMILIES:
    for root, design, fifos in h._report_fifos(D, family):
        key = f"{root.name}/{design}"
        shapes = [h.fifo_shape(f, family) for f in fifos]
        fifo_ff_rows[key] = (family, [(*shape, int(f["ff"])) for shape, f in zip(shapes, fifos)])
        lut_rows[key] = (family, (shapes, int(h._summary_row(root, design, "FIFO")["lut"])))
        if h._dataflow_top(root / "projects" / design):
            registers = int(h._summary_row(root, design, "Register")["ff"])
            chan_rows[key] = (family.split("_")[0], registers, len(fifos))
top_rows = {}
for name, skip in h.CALIBRATED_HELDOUT_SETS.items():
    root = D / name
    regs = {r["design"]: int(r["ff"]) for r in h.read_table(root / "summary.csv") if r["row"] == "Register"}
    for m in h.read_table(root / "MANIFEST.tsv", "\t"):
        d = m["design"]
        if d in skip or d not in regs or h._dataflow_top(root / "projects" / d):
            continue
        layers, _, target = h.read_design_project(root, m)
        layers = [l for l in layers if not h.not_fitted_on(l)]
        if layers and all(l.io_type == "io_parallel" for l in layers):
            top_rows[f"{name}/{d}"] = (target.hls_tool, regs[d], glue.top_array_bits(layers))


def fits(out):
    return {
        "FIFO_FF": {
            t: glue.fit_fifo_ff(
                [r for k, (tt, rs) in fifo_ff_rows.items() if k != out and tt == t for r in rs], t
            )
            for t in FAMILIES
        },
        "FIFO_LUT": {
            t: glue.fit_fifo_lut([r for k, (tt, r) in lut_rows.items() if k != out and tt == t], t)
            for t in FAMILIES
        },
        "CHANNEL_REGISTER_FF": glue.fit_channel_register_ff([r for k, r in chan_rows.items() if k != out]),
        "TOP_REGISTER_FF": glue.fit_top_register_ff([r for k, r in top_rows.items() if k != out]),
    }


full = fits(None)
assert full == {
    "FIFO_FF": glue.FIFO_FF,
    "FIFO_LUT": glue.FIFO_LUT,
    "CHANNEL_REGISTER_FF": glue.CHANNEL_REGISTER_FF,
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
    mem = [x for x in glue.design_memories(read_project_files(pdir), tool) if x.kind in ("fifo", "channel")]
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
        ff += round(c["CHANNEL_REGISTER_FF"][tool] * sum(x.copies for x in mem if x.kind == "channel"))
    elif not stream:
        ff += round(c["TOP_REGISTER_FF"][tool] * glue.top_array_bits(layers))
    return ff, lut


keys = sorted(set(fifo_ff_rows) | set(lut_rows) | set(chan_rows) | set(top_rows))


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
