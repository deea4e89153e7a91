import sys
sys.path.insert(0, "/work/wt/fidelity14/tests/core/hardware")
import numpy as np
import test_heldout as t
from fpgaprune.core.hardware.heldout import design_comparisons, layer_comparisons
sets = {"MEASURED": (t.HELDOUT, None), "MEASURED_2": (t.HELDOUT2, None), "MEASURED_3": (t.HELDOUT3, None),
        "MEASURED_4": (t.HELDOUT4, None), "MEASURED_5": (t.HELDOUT5, None), "MEASURED_6": (t.HELDOUT6, None),
        "MEASURED_7": (t.HELDOUT7, None), "MEASURED_8": (t.HELDOUT8, t.LEFT_OUT["heldout8"])}
for name, (root, left) in sets.items():
    comps = [c for c in layer_comparisons(root) if not left or c.design not in left]
    pins = getattr(t, name)
    for metric, (med, worst) in pins.items():
        e = np.array([c.error for c in comps if c.metric == metric])
        m, w = round(float(np.median(e)), 4), round(float(e.max()), 4)
        if abs(m - med) > 0.002 or abs(w - worst) > 0.002:
            print(f"{name} {metric}: pinned ({med}, {worst}) now ({m}, {w})")
for name, pins in t.MEASURED_DESIGNS.items():
    left = t.LEFT_OUT.get(name, set())
    comps = [c for c in design_comparisons(t.HELDOUT.parent / name) if c.design not in left]
    for metric, (med, worst) in pins.items():
        e = np.array([c.error for c in comps if c.metric == metric])
        m, w = round(float(np.median(e)), 4), round(float(e.max()), 4)
        if abs(m - med) > 0.002 or abs(w - worst) > 0.002:
            print(f"DESIGNS[{name}] {metric}: pinned ({med}, {worst}) now ({m}, {w})")
