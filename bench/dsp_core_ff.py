"""FF of HLS multiplier cores as per-function csynth reports give them (branch ffdsp, issue 16).

Reads every `syn/report/*_csynth.rpt` of fetched public snapshots (git directories, `repo@commit` to read
a commit other than HEAD), takes the Instance rows of multiplier cores
(`mul_<a>(n)s_<b>(n)s_<out>_<stages>_<id>`, Vivado HLS's `<top>_mul_...` too) and tabulates them by tool
version, part, clock, wider operand width, pipeline stages and DSPs, with the FF each row reports and what
`logic.dsp_core_ff`'s width rule (4 w + 3 for a pipelined single-DSP core, w >= 11) says. Writes
results/bench/dsp_core_ff.tsv (one line per distinct row kind, with how many instances and which
repositories) and prints the summary docs/cost-model-record.md 2.3 cites:

    PYTHONPATH=src .venv/bin/python bench/dsp_core_ff.py MIRRORS/OWNER+NAME/repo[@COMMIT] ...

Only report numbers and paths are read; nothing of the snapshots is copied.
"""

import argparse
import collections
import csv
import re
import subprocess
from pathlib import Path

CORE = re.compile(r"mul_(?:mul_)?(\d+)n?s_(\d+)n?s_(\d+)_(\d+)_(\d+)$")
FIELDS = ("repository", "tool", "version", "part", "clock_ns", "uncertainty_ns")
FIELDS += ("wider_bits", "stages", "dsp", "ff", "rule_ff", "instances")


def _git(repo: str, *args: str) -> str:
    command = ["git", "-C", repo, *args]
    return subprocess.run(command, check=False, capture_output=True, text=True, errors="replace").stdout


def _reports(repo: str, rev: str) -> list[str]:
    names = _git(repo, "ls-tree", "-r", "--name-only", rev).splitlines()
    return [name for name in names if "/syn/report/" in name and name.endswith("_csynth.rpt")]


def _header(text: str) -> dict:
    def first(pattern):
        found = re.search(pattern, text)
        return found.groups() if found else None

    clock = first(r"ap_clk\s*\|\s*([\d.]+)\s*(?:ns)?\|\s*[\d.]+\s*(?:ns)?\|\s*([\d.]+)")
    return {
        "tool": (first(r"== (Vitis|Vivado) HLS Report") or ["?"])[0],
        "version": (first(r"\* Version:\s+(\S+)") or ["?"])[0],
        "part": (first(r"Target device:\s+(\S+)") or ["?"])[0],
        "clock_ns": clock[0] if clock else "?",
        "uncertainty_ns": clock[1] if clock else "?",
    }


def _instance_rows(text: str):
    """(module, dsp, ff) of the Utilization section's Instance table."""
    utilisation = text.split("== Utilization Estimates")[-1]
    detail = utilisation.split("+ Detail:")
    if len(detail) < 2 or "* Instance:" not in detail[1]:
        return
    table = re.split(r"\* (?:DSP|Memory|Expression)", detail[1].split("* Instance:")[1])[0]
    for line in table.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) >= 6 and cells[3].isdigit() and cells[4].isdigit():
            yield cells[1], int(cells[3]), int(cells[4])


def rule_ff(wider_bits: int, stages: int, dsp: int) -> int:
    """What the width rule gives a core (pipelined = two stages here; other depths are reported at 0)."""
    return 4 * wider_bits + 3 if stages == 2 and dsp >= 1 and wider_bits >= 11 else 0


def scan(snapshots) -> collections.Counter:
    rows = collections.Counter()
    repositories = collections.defaultdict(set)
    for snapshot in snapshots:
        repo, _, rev = snapshot.partition("@")
        name = Path(repo).parent.name.replace("+", "/")
        for report in _reports(repo, rev or "HEAD"):
            text = _git(repo, "show", f"{rev or 'HEAD'}:{report}")
            head = _header(text)
            for module, dsp, ff in _instance_rows(text):
                core = CORE.search(module)
                if not core:
                    continue
                a, b, _, stages, _ = (int(g) for g in core.groups())
                key = (name, *head.values(), max(a, b), stages, dsp, ff, rule_ff(max(a, b), stages, dsp))
                rows[key] += 1
                repositories[key].add(name)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("snapshots", nargs="+", help="git directories of fetched snapshots, [@commit]")
    parser.add_argument("--out", type=Path, default=Path("results/bench/dsp_core_ff.tsv"))
    args = parser.parse_args()
    rows = scan(args.snapshots)
    with args.out.open("w", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t")
        writer.writerow(FIELDS)
        for key, count in sorted(rows.items(), key=lambda item: tuple(map(str, item[0]))):
            writer.writerow([*key, count])
    summary = collections.defaultdict(lambda: [0, set()])
    for (name, tool, version, part, *_, wider, stages, dsp, ff, rule), count in rows.items():
        family = "7series" if part.lower().startswith("xc7") else "ultrascale"
        verdict = "= rule" if ff == rule else f"{ff} (rule {rule})"
        entry = summary[tool, family, stages, min(dsp, 2), wider >= 11, verdict]
        entry[0] += count
        entry[1].add(name.split("/")[0])
    print("tool\tfamily\tstages\tDSP (2: 2+)\twider >= 11\tFF\tinstances\towners")
    for key, (count, owners) in sorted(summary.items(), key=lambda item: tuple(map(str, item[0]))):
        print(*key, count, ",".join(sorted(owners)), sep="\t")


if __name__ == "__main__":
    main()
