import json, sys
import numpy as np
for name in sys.argv[1:]:
    a = json.load(open(f"/tmp/f14/runs/{name}.json"))
    for by in ("design", "repository"):
        lat = {(r["case"], r["layer"]): r["estimate"] == r["report"] for r in a[by] if r["metric"] == "latency_cycles"}
        ff = [r for r in a[by] if r["metric"] == "ff"]
        ok = [r["error"] for r in ff if lat[(r["case"], r["layer"])]]; bad = [r["error"] for r in ff if not lat[(r["case"], r["layer"])]]
        print(f"{name} {by:10s} latency exact n={len(ok)} FF med {np.median(ok):.3f} | wrong n={len(bad)} FF med {np.median(bad):.3f}")
