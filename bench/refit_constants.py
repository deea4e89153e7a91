"""Write the layer constants (`fit.fit_constants`, every tool and fabric) or the stream wrappers
(`fit.fit_stream_wrapper`), fitted on the calibration data, into src/fpgaprune/core/hardware/logic.py
(4 digits), as branch clockunc did after its reader fix moved the fits:

    PYTHONPATH=src .venv/bin/python bench/refit_constants.py constants   # then:
    PYTHONPATH=src .venv/bin/python bench/refit_constants.py stream

The ROM constants (`rom_lut`, `rom_ff`), which `fit._fit_rom` fits on every ROM row whatever the group, are
written once, as logic.py's ROM_LUT and ROM_FF (the writer checks every group's fit gives the same).
One pass each. Check the `... constants in code are the fit` tests afterwards; a fit that depends on its own
output (foldin2's rom_tail / rom_ff) is iterated by rerunning until nothing moves.
"""

import re
import sys
from dataclasses import asdict
from pathlib import Path

from fpgaprune.core.hardware.fit import fit_constants, fit_stream_wrapper, prepare
from fpgaprune.core.hardware.heldout import (
    design_repositories,
    read_calibration_set,
    read_set9_rom_ff_rows,
    read_stream_wrapper_set,
)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "core" / "hardware" / "data"
LOGIC = ROOT / "src" / "fpgaprune" / "core" / "hardware" / "logic.py"
GROUPS = [(tool, fabric) for tool in ("vivado", "vitis") for fabric in (None, "7series", "ultrascale")] + [
    ("vitis", "7series_2022")  # Vitis HLS 2022.1 or later on 7-series parts (`Target.calibration_group`)
]


def written(value) -> str:
    """A value as logic.py spells it: floats to 4 digits, dicts inline."""
    if isinstance(value, dict):
        return "{" + ", ".join(f'"{key}": {written(item)}' for key, item in value.items()) + "}"
    return repr(round(value, 4)) if isinstance(value, float) else repr(value)


def replace_fields(block: str, fields: dict) -> str:
    """`block` (one Constants(...) / StreamWrapper(...) call) with each `key=value,` rewritten (one line; a
    dict `ruff format` spread over lines is written back on one line, which `ruff format` spreads again)."""
    for key, value in fields.items():
        line = re.compile(rf"(\n\s+{key}=)(?:\{{\n[^}}]*\n\s+\}}|[^\n]*),\n")
        match = line.search(block)
        assert match, key
        block = block[: match.start()] + f"{match.group(1)}{written(value)},\n" + block[match.end() :]
    return block


def replace_nested(block: str, part: str, kinds: dict) -> str:
    """`block` with the `"kind": {...}` lines inside its multi-line `part={...}` argument rewritten."""
    start = block.index(f"{part}={{")
    end = block.index("\n        },", start)
    inner = block[start:end]
    for kind, value in kinds.items():
        inner, count = re.subn(rf'"{kind}": \{{[^}}]*\}}', f'"{kind}": {written(value)}', inner, count=1)
        assert count == 1, (part, kind)
    return block[:start] + inner + block[end:]


def call_span(text: str, header: str) -> tuple[int, int]:
    start = text.index(header)
    return start, text.index("source=", start)


# The ROM constants each group's fit returns and logic.py holds once, as module-level dicts every Constants
# references (`rom_lut=ROM_LUT`): `fit._fit_rom` fits them on every ROM row whatever the group.
SHARED_ROM = {"rom_lut": "ROM_LUT", "rom_ff": "ROM_FF"}


def replace_module_dict(text: str, name: str, value: dict) -> str:
    """`text` with the module-level `NAME = {...}` (one line or spread by `ruff format`) on one line."""
    pattern = re.compile(rf"^{name} = \{{[^}}]*\}}\n", re.MULTILINE)
    text, count = pattern.subn(f"{name} = {written(value)}\n", text, count=1)
    assert count == 1, name
    return text


def refit_constants(text: str) -> str:
    prepared = prepare(read_calibration_set(DATA))
    rom_ff_rows, repositories = read_set9_rom_ff_rows(DATA), design_repositories(DATA)
    shared = {}
    for tool, fabric in GROUPS:
        header = f'    "{tool}": Constants(' if fabric is None else f'    ("{tool}", "{fabric}"): Constants('
        fit = fit_constants(prepared, tool, fabric, rom_ff_rows=rom_ff_rows, repositories=repositories)
        fitted = asdict(fit)
        fitted.pop("source")
        for field in SHARED_ROM:
            value = fitted.pop(field)
            # one value for every group, or the module-level dict would misstate some group's fit
            assert shared.setdefault(field, value) == value, (field, tool, fabric)
        start, end = call_span(text, header)
        text = text[:start] + replace_fields(text[start:end], fitted) + text[end:]
    for field, name in SHARED_ROM.items():
        text = replace_module_dict(text, name, shared[field])
    return text


def refit_stream_wrappers(text: str) -> str:
    rows = read_stream_wrapper_set(DATA)
    for tool in ("vivado", "vitis"):
        fitted = asdict(fit_stream_wrapper(rows, tool=tool))
        fitted.pop("source", None)
        start, end = call_span(text, f'    "{tool}": StreamWrapper(')
        block = text[start:end]
        for part in ("lut", "ff"):
            block = replace_nested(block, part, fitted.pop(part))
        in_code = {key: value for key, value in fitted.items() if re.search(rf"\n\s+{key}=", block)}
        print(tool, "fitted but not written in code:", {k: v for k, v in fitted.items() if k not in in_code})
        text = text[:start] + replace_fields(block, in_code) + text[end:]
    return text


if __name__ == "__main__":
    if sys.argv[1:] not in (["constants"], ["stream"]):
        sys.exit("usage: refit_constants.py constants|stream")
    source = LOGIC.read_text()
    LOGIC.write_text(refit_constants(source) if sys.argv[1] == "constants" else refit_stream_wrappers(source))
