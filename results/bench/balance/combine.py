"""Pair the design-out rows of the repository-balanced fit (shard*.jsonl, or the full run) with the base's
(main's results/bench/cost_model_cv.csv) on the designs covered; medians, est/report, paired bootstrap over designs."""
import json, glob, sys
import numpy as np
base = {(r["case"], r["layer"], r["metric"]): r for r in json.load(open("/tmp/bal/runs/base.json"))["design"]}
var = {}
for f in glob.glob("/tmp/bal/runs/shard*.jsonl"):
    for line in open(f):
        r = json.loads(line); var[r["case"], r["layer"], r["metric"]] = r
full = glob.glob("/tmp/bal/runs/repository_design.json")
if full:
    for r in json.load(open(full[0]))["design"]:
        if r["metric"] in ("lut", "ff"): var[r["case"], r["layer"], r["metric"]] = r
designs = sorted({k[0] for k in var}); print("designs covered", len(designs), "of", len({k[0] for k in base}))
rng = np.random.default_rng(0)
for metric in ("lut", "ff"):
    keys = sorted(k for k in var if k[2] == metric)
    ea = np.array([base[k]["error"] for k in keys]); eb = np.array([var[k]["error"] for k in keys])
    ra = [base[k]["estimate"] / base[k]["report"] for k in keys if base[k]["report"] > 0]
    rb = [var[k]["estimate"] / var[k]["report"] for k in keys if var[k]["report"] > 0]
    idx = {d: np.array([i for i, k in enumerate(keys) if k[0] == d]) for d in designs}
    idx = {d: v for d, v in idx.items() if len(v)}
    units = list(idx); diffs = []
    for _ in range(2000):
        pick = np.concatenate([idx[units[j]] for j in rng.integers(0, len(units), len(units))])
        diffs.append(np.median(eb[pick]) - np.median(ea[pick]))
    lo, hi = np.percentile(diffs, [2.5, 97.5])
    print(f"design-out {metric}: rows {len(keys)} base {np.median(ea):.4f} var {np.median(eb):.4f} diff {np.median(eb)-np.median(ea):+.4f} "
          f"95% [{lo:+.4f}, {hi:+.4f}] better {int((eb<ea-1e-9).sum())} worse {int((eb>ea+1e-9).sum())} | est/report {np.median(ra):.3f} -> {np.median(rb):.3f}")
