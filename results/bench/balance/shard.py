"""One-off: design-out folds of the repository-balanced fit (LUT and FF) for the designs of shard K of N, taken
from the end of the sorted design list; appends one JSON line per held-out row as each fold ends."""
import sys, json
from pathlib import Path
from fpgaprune.core.hardware import fit
from fpgaprune.core.hardware.heldout import read_calibration_set, design_repositories, read_set9_rom_ff_rows

k, n = int(sys.argv[1]), int(sys.argv[2])
fit.BALANCE, fit.BALANCED_RESOURCES = "repository", ("lut", "ff")
DATA = Path("/work/wt/balance/tests/core/hardware/data")
rows, repos, set9 = read_calibration_set(DATA), design_repositories(DATA), read_set9_rom_ff_rows(DATA)
prepared = fit.prepare(rows)
designs = sorted({r.case for r in rows})[::-1][k::n]
out = open(f"/tmp/bal/runs/shard{k}.jsonl", "a")
for left_out in designs:
    training = [p for p in prepared if p.row.case != left_out]
    tested = [p.row for p in prepared if p.row.case == left_out]
    groups = {(r.target.hls_tool, r.target.fabric) for r in tested}
    fitted = {g: fit.fit_constants(training, *g, rom_ff_rows=set9, repositories=repos) for g in groups}
    for row in tested:
        est = row.estimate(constants=fitted[row.target.hls_tool, row.target.fabric])
        for metric in ("lut", "ff"):
            h = fit._held_out(row, metric, getattr(est, metric))
            out.write(json.dumps(dict(case=h.case, layer=h.layer, metric=metric, estimate=h.estimate, report=h.report, error=h.error)) + "\n")
    out.flush()
