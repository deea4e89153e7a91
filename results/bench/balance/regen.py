"""Refit logic.CONSTANTS / FABRIC_CONSTANTS on the calibration rows (as test_fit does) and write them into logic.py."""
import re, dataclasses
from pathlib import Path
from fpgaprune.core.hardware import fit, logic
from fpgaprune.core.hardware.heldout import read_calibration_set, design_repositories, read_set9_rom_ff_rows
ROOT = Path("/work/wt/balance")
DATA = ROOT / "tests/core/hardware/data"
rows = read_calibration_set(DATA); repos = design_repositories(DATA); set9 = read_set9_rom_ff_rows(DATA)
prep = fit.prepare(rows)
p = ROOT / "src/fpgaprune/core/hardware/logic.py"
s = p.read_text()
def fmt(v):
    if isinstance(v, dict):
        return "{" + ", ".join(f'"{k}": {round(x, 4)}' for k, x in v.items()) + "}"
    if isinstance(v, int):
        return str(v)
    return str(round(float(v), 4))
for tool in ("vivado", "vitis"):
    for fabric in (None, "7series", "ultrascale"):
        c = fit.fit_constants(prep, tool, fabric, rom_ff_rows=set9, repositories=repos)
        head = f'    "{tool}": Constants(\n' if fabric is None else f'    ("{tool}", "{fabric}"): Constants(\n'
        start = s.index(head); end = s.index("source=_SOURCES,", start)
        block = s[start:end]
        for f in dataclasses.fields(c):
            if f.name == "source":
                continue
            block, n = re.subn(rf"(\n        {f.name}=)[^\n]*,\n", lambda m: f"{m.group(1)}{fmt(getattr(c, f.name))},\n", block)
            assert n == 1, (tool, fabric, f.name)
        s = s[:start] + block + s[end:]
        print(tool, fabric, {k: round(getattr(c, k), 4) for k in fit.FF_KEYS})
p.write_text(s)
