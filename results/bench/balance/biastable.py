"""Median estimate/report of layer LUT and FF, left one repository (or design) out, per repository, tool,
(tool, fabric), strategy and weight width; base (main) and variants. Writes results/bench/balance/bias.csv."""
import csv, json, sys
from collections import defaultdict
from pathlib import Path
import numpy as np
from fpgaprune.core.hardware.heldout import read_calibration_set

DATA = Path("/work/wt/balance/tests/core/hardware/data")
info = {(r.case, r.layer.name.split("/", 1)[-1]): (r.target.fabric, r.layer.weight_type.width) for r in read_calibration_set(DATA)}
runs = {name: json.load(open(f"/tmp/bal/runs/{name}.json")) for name in sys.argv[2:]}
def width(w): return "w<=8" if w <= 8 else "w9-16" if w <= 16 else "w>16"
keys = {
    "all": lambda r: "all",
    "repository": lambda r: r["repo"],
    "tool": lambda r: r["tool"],
    "tool_fabric": lambda r: f'{r["tool"]}/{info[r["case"], r["layer"]][0]}',
    "strategy": lambda r: r["strategy"],
    "weight_width": lambda r: width(info[r["case"], r["layer"]][1]),
}
out = []
for name, run in runs.items():
    for by, rows in run.items():
        for kind, key in keys.items():
            groups = defaultdict(lambda: defaultdict(list))
            for r in rows:
                if r["metric"] in ("lut", "ff"):
                    groups[key(r)][r["metric"]].append(r)
            for group, metrics in groups.items():
                line = {"run": name, "left_out": by, "by": kind, "group": group}
                for m in ("lut", "ff"):
                    rs = metrics[m]
                    ratios = [r["estimate"] / r["report"] for r in rs if r["report"] > 0]
                    line[f"{m}_rows"] = len(rs)
                    line[f"{m}_median_error"] = round(float(np.median([r["error"] for r in rs])), 4) if rs else ""
                    line[f"{m}_median_est_over_report"] = round(float(np.median(ratios)), 4) if ratios else ""
                out.append(line)
with open(sys.argv[1], "w", newline="") as h:
    w = csv.DictWriter(h, fieldnames=list(out[0])); w.writeheader(); w.writerows(out)
print(len(out), "lines")
