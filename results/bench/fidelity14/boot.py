"""Paired bootstrap of the FF median difference (variant - base), resampling designs (design-out) or
repositories (repository-out)."""
import json, sys
import numpy as np
base, var = sys.argv[1], sys.argv[2]
metric = sys.argv[3] if len(sys.argv) > 3 else "ff"
A = json.load(open(f"/tmp/f14/runs/{base}.json")); B = json.load(open(f"/tmp/f14/runs/{var}.json"))
rng = np.random.default_rng(0)
for by, unit in (("design", "case"), ("repository", "repo")):
    a = [r for r in A[by] if r["metric"] == metric]; b = [r for r in B[by] if r["metric"] == metric]
    assert [(r["case"], r["layer"]) for r in a] == [(r["case"], r["layer"]) for r in b]
    ea, eb = np.array([r["error"] for r in a]), np.array([r["error"] for r in b])
    units = sorted({r[unit] for r in a}); idx = {u: np.array([i for i, r in enumerate(a) if r[unit] == u]) for u in units}
    diffs, meds = [], []
    for _ in range(2000):
        pick = np.concatenate([idx[units[k]] for k in rng.integers(0, len(units), len(units))])
        diffs.append(np.median(eb[pick]) - np.median(ea[pick])); meds.append(np.median(ea[pick]))
    lo, hi = np.percentile(diffs, [2.5, 97.5])
    print(f"{by:10s} {metric} base {np.median(ea):.4f} var {np.median(eb):.4f} diff {np.median(eb)-np.median(ea):+.4f} 95% [{lo:+.4f}, {hi:+.4f}] sd(base) {np.std(meds):.4f}  rows better {int((eb<ea-1e-9).sum())} worse {int((eb>ea+1e-9).sum())}")
