"""Refit logic.STREAM_WRAPPERS (as test_stream_terms does) with the constants now in logic.py; write the lut/ff
dicts into logic.py and print what changed."""
import re
from pathlib import Path
from fpgaprune.core.hardware import logic
from fpgaprune.core.hardware.fit import fit_stream_wrapper
from fpgaprune.core.hardware.heldout import read_stream_wrapper_set
ROOT = Path("/work/wt/balance")
rows = read_stream_wrapper_set(ROOT / "tests/core/hardware/data")
p = ROOT / "src/fpgaprune/core/hardware/logic.py"
s = p.read_text()
for tool in ("vivado", "vitis"):
    w = fit_stream_wrapper(rows, tool=tool)
    old = logic.STREAM_WRAPPERS[tool]
    assert (w.period_overhead, w.dense_overhead, w.rf1_pixel_overhead) == (old.period_overhead, old.dense_overhead, old.rf1_pixel_overhead), tool
    start = s.index(f'    "{tool}": StreamWrapper(\n'); end = s.index("source=", start)
    block = s[start:end]
    for part in ("lut", "ff"):
        for kind in ("constant", "rom"):
            new = "{" + ", ".join(f'"{k}": {round(v, 4)}' for k, v in getattr(w, part)[kind].items()) + "}"
            before = getattr(old, part)[kind]
            if any(abs(before[k] - v) > 1e-3 for k, v in getattr(w, part)[kind].items()):
                print(tool, part, kind, before, "->", new)
            # locate the part's dict, then the kind inside it
            i = block.index(f"        {part}={{\n"); j = block.index(f'"{kind}": {{', i); k = block.index("}", j)
            block = block[:j] + f'"{kind}": ' + new + block[k + 1:]
    s = s[:start] + block + s[end:]
p.write_text(s)
