import json, sys
import numpy as np
from collections import defaultdict
A = json.load(open(f"/tmp/bal/runs/{sys.argv[1]}.json")); B = json.load(open(f"/tmp/bal/runs/{sys.argv[2]}.json"))
by = sys.argv[3]
for metric in ("lut", "ff"):
    g = defaultdict(lambda: ([], [], [], []))
    for a, b in zip(A[by], B[by]):
        if a["metric"] != metric: continue
        x = g[a["repo"]]
        x[0].append(a["error"]); x[1].append(b["error"])
        if a["report"] > 0: x[2].append(a["estimate"] / a["report"]); x[3].append(b["estimate"] / b["report"])
    print(f"\n{metric} ({by} out): repo rows | err base -> var | est/report base -> var")
    for r, x in sorted(g.items(), key=lambda kv: -len(kv[1][0])):
        f = lambda v: f"{np.median(v):.3f}" if v else "  -  "
        print(f"{r[:40]:40s} {len(x[0]):3d} | {f(x[0])} -> {f(x[1])} | {f(x[2])} -> {f(x[3])}")
    allrepo = [(np.median(x[0]), np.median(x[1])) for x in g.values()]
    print("median over repositories of per-repo median error:", f"{np.median([a for a,_ in allrepo]):.3f} -> {np.median([b for _,b in allrepo]):.3f}")
