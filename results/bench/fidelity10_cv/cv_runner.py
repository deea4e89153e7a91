"""Leave-one-design/repository-out CV with whatever model is on sys.path (usage: SETS7 GROUP OUT)."""
import sys, csv
from pathlib import Path
import numpy as np
from fpgaprune.core.hardware import heldout
from fpgaprune.core.hardware.fit import prepare, fit_constants, fit_stream_wrappers
from fpgaprune.core.hardware.cost import estimate_layer
from fpgaprune.core.hardware.calibration import latency_band_error, relative_error
sets7, grouping, out = sys.argv[1] == "1", sys.argv[2], sys.argv[3]
D = Path(__file__).resolve().parents[3] / 'tests' / 'core' / 'hardware' / 'data'
if sets7:
    heldout.CALIBRATED_HELDOUT_SETS["heldout7"] = ("T2", "T9")
    heldout.STREAM_WRAPPER_SETS["heldout7"] = ("T9",)
else:
    heldout.CALIBRATED_HELDOUT_SETS.pop("heldout7", None)
    heldout.STREAM_WRAPPER_SETS.pop("heldout7", None)
repos = {}
for t in (D/'calibration'/'layers.csv', D/'resource_layers.csv'):
    for r in csv.DictReader(open(t)): repos[r['case_id']] = r['repo']
for m in sorted(D.glob('heldout*/MANIFEST.tsv')):
    for r in csv.DictReader(open(m), delimiter='\t'): repos[r['design']] = r['repo']
group = (lambda c: c) if grouping == 'design' else (lambda c: repos[c])
METRICS = ('lut', 'ff', 'latency_cycles', 'ii')
def err(metric, e, r):
    return latency_band_error(e, r) if metric == 'latency_cycles' else relative_error(e, r)
rows = heldout.read_calibration_set(D)
prep = prepare(rows)
res = []
for g in sorted({group(r.case) for r in rows}):
    train = [p for p in prep if group(p.row.case) != g]
    test = [p.row for p in prep if group(p.row.case) == g]
    fitted = {k: fit_constants(train, *k) for k in {(r.target.hls_tool, r.target.fabric) for r in test}}
    for r in test:
        e = r.estimate(constants=fitted[r.target.hls_tool, r.target.fabric])
        for m in METRICS:
            res.append(('kernel', r.case, r.layer.name, r.layer.strategy, r.target.hls_tool, m, getattr(e, m), r.report[m]))
srows = heldout.read_stream_wrapper_set(D)
for g in sorted({group(r.case) for r in srows}):
    wr = fit_stream_wrappers([r for r in srows if group(r.case) != g])
    for r in (r for r in srows if group(r.case) == g):
        e = estimate_layer(r.layer, r.kernel, r.target, wrapper=wr[r.target.hls_tool])
        for m in METRICS:
            res.append(('stream', r.case, r.layer.name, r.layer.strategy, r.target.hls_tool, m, getattr(e, m), r.report[m]))
with open(out, 'w', newline='') as h:
    w = csv.writer(h); w.writerow(['part', 'case', 'layer', 'strategy', 'tool', 'metric', 'estimate', 'report', 'error'])
    for x in res: w.writerow([*x, round(err(x[5], x[6], x[7]), 4)])
print(out, len(res))
