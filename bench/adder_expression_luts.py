"""What an adder, subtractor or negation of w bits costs in the Expression rows of public csynth reports.

Every `*_csynth.rpt` stored at any commit of the fetched repositories (bare clones as the `fetch` tool leaves
them, MIRRORS/<owner>+<name>/repo; blobs missing from a partial snapshot are skipped, each distinct blob read
once) is read: its tool (Vivado HLS / Vitis HLS), version, part, clock, and its Expression rows of `+` and `-`
on no DSP (`add_ln… | + | DSP | FF | LUT | Bitwidth P0 | Bitwidth P1`). For each row w = max(P0, P1) and the
extra LUT = LUT - w. A negation is a `-` row with a 1-bit P0 (`0 - x`).

    python bench/adder_expression_luts.py MIRRORS [--out results/bench/adder_expression_luts.md]

Writes OUT (.md: one row per tool, version, family, clock and repository) and OUT with .csv (the same rows).
Columns: rows; the share listed at exactly w LUT, at w + 7, at anything else; the share at w + 7 among the
narrow rows (w <= 10) and among the wide ones; negations. Source: csynth reports (HLS estimates, not
synthesis).
"""

import argparse
import csv
import re
import subprocess
from collections import defaultdict
from pathlib import Path

_ROW = re.compile(
    r"^\s*\|\S+\s*\|\s*([-+])\s*\|\s*(\d+)\|\s*\d+\|\s*(\d+)\|\s*(\d+)\|\s*(\d+)\|", re.MULTILINE
)
_VERSION = re.compile(r"\* Version:\s+(\S+)")
_PART = re.compile(r"\* Target device:\s+(\S+)")
_CLOCK = re.compile(r"\|ap_clk\s*\|\s*([\d.]+)(?:\s*ns)?\s*\|")
NARROW_BITS = 10
EXTRA = 7


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(repo), *args], capture_output=True, text=True, check=False
    ).stdout


def report_blobs(repo: Path) -> dict:
    """{blob: path} of every csynth report at any commit of a bare clone."""
    blobs = {}
    for commit in _git(repo, "rev-list", "--all").split():
        for line in _git(repo, "ls-tree", "-r", commit).splitlines():
            meta, path = line.split("\t", 1)
            if path.endswith("_csynth.rpt"):
                blobs.setdefault(meta.split()[2], path)
    return blobs


def family(part: str) -> str:
    return "7series" if part.lower().startswith("xc7") else "ultrascale"


def report_header(text: str) -> tuple | None:
    """(tool, version, family, clock ns) of a report, None when a field is missing."""
    tool = "vitis" if "Vitis HLS Report" in text else "vivado" if "Vivado HLS Report" in text else None
    version, part, clock = _VERSION.search(text), _PART.search(text), _CLOCK.search(text)
    if not (tool and version and part and clock):
        return None
    return tool, version.group(1), family(part.group(1)), float(clock.group(1))


def adder_rows(text: str):
    """(op, w, extra LUT, negation) of each + / - Expression row on no DSP."""
    parts = text.split("* Expression:", 1)
    if len(parts) < 2:
        return
    table = parts[1].split("* Multiplexer:", 1)[0]
    for op, dsp, lut, p0, p1 in _ROW.findall(table):
        if int(dsp) == 0:
            width = max(int(p0), int(p1))
            yield op, width, int(lut) - width, op == "-" and int(p0) == 1


def tally(mirrors: Path) -> dict:
    counts = defaultdict(lambda: defaultdict(int))
    for repo in sorted(mirrors.glob("*/repo")):
        for blob in report_blobs(repo):
            text = _git(repo, "cat-file", "-p", blob)
            header = report_header(text)
            if header is None:
                continue
            key = (*header, repo.parent.name.replace("+", "/"))
            for _op, width, extra, negation in adder_rows(text):
                row = counts[key]
                narrow = "narrow" if width <= NARROW_BITS else "wide"
                row["rows"] += 1
                row["at_w"] += extra == 0
                row["at_w7"] += extra == EXTRA
                row[narrow] += 1
                row[f"{narrow}_w7"] += extra == EXTRA
                row["negations"] += negation
    return counts


def table_rows(counts: dict) -> list[dict]:
    rows = []
    for (tool, version, fabric, clock, repo), c in sorted(counts.items()):

        def share(part, whole, c=c):
            return f"{c[part] / c[whole]:.2f}" if c[whole] else ""

        rows.append(
            {
                "tool": tool,
                "version": version,
                "family": fabric,
                "clock_ns": clock,
                "repository": repo,
                "rows": c["rows"],
                "at_w": share("at_w", "rows"),
                "at_w_plus_7": share("at_w7", "rows"),
                "other": f"{1 - (c['at_w'] + c['at_w7']) / c['rows']:.2f}",
                "narrow_rows": c["narrow"],
                "narrow_at_w_plus_7": share("narrow_w7", "narrow"),
                "wide_at_w_plus_7": share("wide_w7", "wide"),
                "negations": c["negations"],
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mirrors", type=Path)
    parser.add_argument("--out", type=Path, default=Path("results/bench/adder_expression_luts.md"))
    args = parser.parse_args()
    rows = [row for row in table_rows(tally(args.mirrors)) if row["rows"] >= 20]
    with args.out.with_suffix(".csv").open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    lines += ["| " + " | ".join(str(value) for value in row.values()) + " |" for row in rows]
    args.out.write_text(__doc__.split("\n\n")[0] + "\n\n" + "\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
