"""One-off: design-out and repository-out CV of the layer LUT/FF model with fit.BALANCE = argv[1]."""
import sys, json, time
from pathlib import Path
import numpy as np
from fpgaprune.core.hardware import fit
from fpgaprune.core.hardware.heldout import read_calibration_set, design_repositories, read_set9_rom_ff_rows

DATA = Path("/work/wt/balance/tests/core/hardware/data")
name = sys.argv[1]
fit.BALANCE = None if name == "none" else name
ways = sys.argv[2].split(",") if len(sys.argv) > 2 else ["design", "repository"]
rows, repos, set9 = read_calibration_set(DATA), design_repositories(DATA), read_set9_rom_ff_rows(DATA)
out = {}
for by in ways:
    t = time.time()
    held = fit.leave_one_design_out(rows, repos if by == "repository" else None, set9, repos)
    out[by] = [dict(case=h.case, layer=h.layer, strategy=h.strategy, tool=h.tool, metric=h.metric,
                    estimate=h.estimate, report=h.report, error=h.error, repo=repos.get(h.case, h.case)) for h in held]
    line = [name, by, f"{time.time()-t:.0f}s"]
    for metric in ("lut", "ff", "latency_cycles"):
        e = [r["error"] for r in out[by] if r["metric"] == metric]
        line.append(f"{metric} {np.median(e):.4f}")
    print("  ".join(line), flush=True)
    Path("/tmp/bal/runs").mkdir(exist_ok=True)
    Path(f"/tmp/bal/runs/{name}_{'+'.join(ways)}.json").write_text(json.dumps(out))
