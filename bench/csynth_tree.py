"""Reading a layer's per-function csynth reports from a `fetch` snapshot of its repository (shared by
`bench/partition_mux.py`, `bench/stream_lut_worst.py` and `bench/stream_select_chains.py`).

A snapshot is MIRRORS/<owner>+<name>/repo (a bare git directory); a report is the `<module>_csynth.rpt` under
the project directory at the MANIFEST commit. Its numbers are csynth's (HLS estimates).
"""

import re
import subprocess
from pathlib import Path

_NEXT_SECTION = r"(?=\n\s*\* [A-Z][\w ]*:\s*\n|\n={10,})"


def snapshot(mirrors: Path, repository: str) -> Path:
    """The git directory of `repository` ("owner/name") under MIRRORS (it may not exist)."""
    return mirrors / repository.replace("/", "+") / "repo"


def function_report(git_dir: Path, commit: str, project: str, module: str) -> str | None:
    """The utilisation part of `module`'s csynth report under `project` (all of the tree when empty) at
    `commit`, or None when the snapshot or the report is missing."""
    if not git_dir.exists():
        return None
    command = ["git", "--git-dir", str(git_dir), "ls-tree", "-r", "--name-only", commit]
    command += ["--", project] if project else []
    names = subprocess.run(command, check=False, capture_output=True, text=True).stdout.split("\n")
    wanted = [name for name in names if name.endswith(f"/{module}_csynth.rpt")]
    if not wanted:
        return None
    shown = subprocess.run(
        ["git", "--git-dir", str(git_dir), "show", f"{commit}:{wanted[0]}"], check=False, capture_output=True
    )
    text = shown.stdout.decode(errors="replace")
    return text.split("Utilization Estimates", 1)[-1].split("== Interface", 1)[0]


def section(text: str, name: str) -> list[list[str]]:
    """The rows of a report table (`* Instance:`, `* Multiplexer:`, ...) split into their `|` cells."""
    match = re.search(r"\n\s*\* " + re.escape(name) + r":\s*\n(.*?)" + _NEXT_SECTION, text, re.DOTALL)
    body = match.group(1) if match else ""
    return [[cell.strip() for cell in line.split("|")] for line in body.split("\n")]


def instances(text: str) -> list[list[str]]:
    """The rows of the report's Instance table that name a module (cells[2]): no header, no Total."""
    rows = section(text, "Instance")
    return [c for c in rows if len(c) >= 8 and c[2] and c[2] != "Module" and c[1] != "Total"]
