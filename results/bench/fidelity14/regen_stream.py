"""Refit logic.STREAM_WRAPPERS (as test_stream_terms does) with the constants now in logic.py; print them."""
from pathlib import Path
from fpgaprune.core.hardware.fit import fit_stream_wrapper
from fpgaprune.core.hardware.heldout import read_stream_wrapper_set
DATA = Path("/work/wt/fidelity14/tests/core/hardware/data")
rows = read_stream_wrapper_set(DATA)
for tool in ("vivado", "vitis"):
    w = fit_stream_wrapper(rows, tool=tool)
    print(tool)
    for part in ("lut", "ff"):
        print(" ", part, {k: {f: round(v, 4) for f, v in d.items()} for k, d in getattr(w, part).items()})
    print("  period", w.period_overhead, "dense", w.dense_overhead, "rf1", w.rf1_pixel_overhead)
