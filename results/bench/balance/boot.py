"""Paired bootstrap of the median-error difference (variant - base), resampling designs (design-out) or
repositories (repository-out); plus median estimate/report before/after. Adapted from results/bench/fidelity14/boot.py."""
import json, sys
import numpy as np
def load(spec):  # name or name:by-file
    out = {}
    for part in spec.split("+"):
        out.update(json.load(open(f"/tmp/bal/runs/{part}.json")))
    return out
A, B = load(sys.argv[1]), load(sys.argv[2])
for metric in ("lut", "ff"):
    for by, unit in (("design", "case"), ("repository", "repo")):
        if by not in A or by not in B: continue
        rng = np.random.default_rng(0)
        a = [r for r in A[by] if r["metric"] == metric]; b = [r for r in B[by] if r["metric"] == metric]
        assert [(r["case"], r["layer"]) for r in a] == [(r["case"], r["layer"]) for r in b]
        ea, eb = np.array([r["error"] for r in a]), np.array([r["error"] for r in b])
        units = sorted({r[unit] for r in a}); idx = {u: np.array([i for i, r in enumerate(a) if r[unit] == u]) for u in units}
        diffs, meds = [], []
        for _ in range(2000):
            pick = np.concatenate([idx[units[k]] for k in rng.integers(0, len(units), len(units))])
            diffs.append(np.median(eb[pick]) - np.median(ea[pick])); meds.append(np.median(ea[pick]))
        lo, hi = np.percentile(diffs, [2.5, 97.5])
        ra = np.array([r["estimate"] / r["report"] for r in a if r["report"] > 0]); rb = np.array([r["estimate"] / r["report"] for r in b if r["report"] > 0])
        print(f"{by:10s} {metric:3s} base {np.median(ea):.4f} var {np.median(eb):.4f} diff {np.median(eb)-np.median(ea):+.4f} "
              f"95% [{lo:+.4f}, {hi:+.4f}] sd(base) {np.std(meds):.4f} rows better {int((eb<ea-1e-9).sum())} worse {int((eb>ea+1e-9).sum())} "
              f"| est/report {np.median(ra):.3f} -> {np.median(rb):.3f}")
