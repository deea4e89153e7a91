"""One-off: candidate FF features for constant-weight kernels, scored by design-out and repository-out CV."""
import sys, json, dataclasses
from pathlib import Path
import numpy as np
from fpgaprune.core.hardware import fit, logic
from fpgaprune.core.hardware.heldout import read_calibration_set, design_repositories, read_set9_rom_ff_rows

DATA = Path("/work/wt/fidelity14/tests/core/hardware/data")
EXTRA = ("ff_pw", "ff_pw_dsp", "ff_pw_fabric", "ff_held", "ff_held_dsp", "ff_held_fabric", "ff_latw",
         "ff_latw_dsp", "ff_latw_fabric", "ff_product_dsp", "ff_product_fabric", "ff_register_pw",
         "ff_register_dsp", "ff_register_fabric", "ff_held_acc", "ff_latd", "ff_latpw", "ff_reg_pw_dsp", "ff_reg_pw_fabric", "ff_mulbits", "ff_mulheld", "ff_pw_nb", "ff_pw_b", "ff_mulbits_nb")
Ext = dataclasses.make_dataclass("Ext", [(k, float, dataclasses.field(default=0.0)) for k in EXTRA],
                                 bases=(logic.Constants,), frozen=True)
for tool, c in list(logic.CONSTANTS.items()):
    logic.CONSTANTS[tool] = Ext(**{f.name: getattr(c, f.name) for f in dataclasses.fields(c)})

_orig = logic.constant_kernel_features

def _cuts(kernel, constants, budget_ns, latency):
    start = logic._product_ns(kernel, constants)
    boundaries = np.arange(1, latency + 1) * budget_ns
    done = np.floor(np.maximum(boundaries - start, 0) / constants.adder_ns)
    return done

def features(kernel, constants, budget_ns):
    f = dict(_orig(kernel, constants, budget_ns))
    nz = kernel.nonzero.astype(np.float64)
    lat, _ = logic.constant_kernel_timing(kernel, constants, budget_ns)
    pw = kernel.data_bits + kernel.weight_bits
    dsp, fab = float(kernel.uses_dsp), float(not kernel.uses_dsp)
    staged = float(lat >= 1)
    f["ff_pw"] = nz * pw * staged
    f["ff_pw_dsp"] = f["ff_pw"] * dsp
    f["ff_pw_fabric"] = f["ff_pw"] * fab
    f["ff_product_dsp"] = f["ff_product"] * dsp
    f["ff_product_fabric"] = f["ff_product"] * fab
    f["ff_register_dsp"] = f["ff_register"] * dsp
    f["ff_register_fabric"] = f["ff_register"] * fab
    # products held at full width across the cuts before the tree has consumed them (done == 0)
    if lat >= 1 and not kernel.limit_binds:
        done = _cuts(kernel, constants, budget_ns, lat)
        held = float(np.sum(done == 0))
    else:
        held = 0.0
    f["ff_held"] = nz * pw * held
    f["ff_held_acc"] = nz * kernel.accum_bits * held
    f["ff_held_dsp"] = f["ff_held"] * dsp
    f["ff_held_fabric"] = f["ff_held"] * fab
    lat_nb = 0.0 if kernel.limit_binds else float(lat)
    f["ff_latw"] = nz * kernel.accum_bits * lat_nb
    f["ff_latpw"] = nz * pw * lat_nb
    f["ff_latd"] = nz * kernel.data_bits * lat_nb
    f["ff_latw_dsp"] = f["ff_latw"] * dsp
    f["ff_latw_fabric"] = f["ff_latw"] * fab
    # ff_register with product width instead of accumulator width
    f["ff_register_pw"] = f["ff_register"] * pw / kernel.accum_bits
    f["ff_reg_pw_dsp"] = f["ff_register_pw"] * dsp
    f["ff_reg_pw_fabric"] = f["ff_register_pw"] * fab
    mb = kernel.data_bits * kernel.weight_bits
    f["ff_mulbits"] = nz * mb * staged
    f["ff_mulheld"] = nz * mb * held
    nb = float(not kernel.limit_binds)
    f["ff_pw_nb"] = f["ff_pw"] * nb
    f["ff_pw_b"] = f["ff_pw"] * (1 - nb)
    f["ff_mulbits_nb"] = f["ff_mulbits"] * nb
    return f

logic.constant_kernel_features = features
fit.constant_kernel_features = features

def run(per_weight, fixed=("ff_input", "ff_output"), tag=""):
    logic.FF_PER_WEIGHT = tuple(per_weight)
    logic.FF_FIXED = tuple(fixed)
    fit.FF_KEYS = (*per_weight, *fixed)
    rows = read_calibration_set(DATA)
    repos = design_repositories(DATA)
    set9 = read_set9_rom_ff_rows(DATA)
    out = {}
    for by, group in (("design", None), ("repository", repos)):
        held = fit.leave_one_design_out(rows, group, set9, repos)
        recs = [dict(case=h.case, layer=h.layer, strategy=h.strategy, tool=h.tool, metric=h.metric,
                     estimate=h.estimate, report=h.report, error=h.error, repo=repos.get(h.case, h.case)) for h in held]
        out[by] = recs
    return out

if __name__ == "__main__":
    name = sys.argv[1]
    per_weight = sys.argv[2].split(",") if sys.argv[2] else []
    fixed = sys.argv[3].split(",") if len(sys.argv) > 3 and sys.argv[3] else []
    if len(sys.argv) <= 3:
        fixed = ["ff_input", "ff_output"]
    out = run(per_weight, fixed)
    Path(f"/tmp/f14/runs").mkdir(exist_ok=True)
    Path(f"/tmp/f14/runs/{name}.json").write_text(json.dumps(out))
    line = [name]
    for by in ("design", "repository"):
        for metric in ("ff", "lut", "latency_cycles"):
            e = [r["error"] for r in out[by] if r["metric"] == metric]
            line.append(f"{by[:3]}-{metric[:3]} {np.median(e):.4f}")
        e = [r["error"] for r in out[by] if r["metric"] == "ff" and r["strategy"] == "latency"]
        line.append(f"{by[:3]}-ff-lat {np.median(e):.4f}")
    print("  ".join(line), flush=True)
