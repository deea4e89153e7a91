"""Which multiplications Vitis HLS put in LUTs and which on DSPs, read from its per-function csynth reports.

The Vitis HLS counterpart of `bench/vivado_expression_widths.py`. Every Vitis HLS design of the calibration
manifest and of held-out sets 1-17 (their MANIFEST.tsv; sets 9 and 10 have none of this form, sets 18 and 19
are not read) whose repository commits the per-function reports
(`<project>/<name>_prj/solution1/syn/report/*_csynth.rpt`) is read at its manifest commit. Each report lists
the multiplications HLS kept: Instance rows of its multiplier cores (`mul_16s_10ns_26_1_1_U1004 | ... | BRAM
| DSP | ...`: operand widths, `s` signed / `ns` unsigned) and Expression rows (`mul_ln… | * | DSP | FF | LUT |
Bitwidth P0 | Bitwidth P1`). Multiplications are counted by narrow x wide operand width, signedness and DSP
(> 0) or LUT (0), per design, from bare clones as the `fetch` tool leaves them (MIRRORS/<owner>+<name>/repo).

    python bench/vitis_expression_widths.py MIRRORS [--out results/bench/vitis_expression_widths.md]

Writes OUT (.md: one row per design) and OUT with .csv (one row per report file and operand pair).
"""

import argparse
import csv
import re
import subprocess
from collections import Counter, defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
SETS = ["heldout"] + [f"heldout{n}" for n in range(2, 18) if n not in (9, 10)]
_CORE = re.compile(
    r"\|\s*\S*?mul_(\d+)(n?s)_(\d+)(n?s)_\d+_\d+(?:_\d+)?_U\d+\s*\|\s*\S+\s*\|\s*\d+\s*\|\s*(\d+)\s*\|"
)
_EXPRESSION = re.compile(
    r"\|\s*\S+\s*\|\s*\*\s*\|\s*(\d+)\s*\|\s*\d+\s*\|\s*\d+\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|"
)
_VERSION = re.compile(r"\* Version:\s+(\S+)")


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True).stdout


def vitis_designs() -> list[dict]:
    """(label, repo, commit, report directory, part) of every Vitis HLS design in the manifests."""
    designs = []
    for name in SETS:
        with (DATA / name / "MANIFEST.tsv").open() as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                if "vitis" in row["hls_tool"].lower():
                    report_dir = row["csynth_report"].rsplit("/", 1)[0] + "/"
                    designs.append(
                        {
                            "set": name,
                            "design": row["design"],
                            "repo": row["repo"],
                            "commit": row["commit"],
                            "dir": report_dir,
                            "part": row["part"],
                        }
                    )
    with (DATA / "calibration" / "MANIFEST.tsv").open() as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["file"].endswith("__csynth.rpt"):
                designs.append(
                    {
                        "set": "calibration",
                        "design": row["file"].split("__")[1],
                        "repo": row["repo"],
                        "commit": row["commit"],
                        "dir": row["path_in_repo"].rsplit("/", 1)[0] + "/",
                        "part": "",
                    }
                )
    return designs


def report_multiplications(text: str) -> Counter:
    """Counter of (narrow bits, narrow sign, wide bits, wide sign, 'DSP'|'LUT') in one report's tables
    ('?': signedness not reported, Expression rows)."""
    counts = Counter()
    for a, sa, b, sb, dsp in _CORE.findall(text):
        (na, nsa), (nb, nsb) = sorted(
            ((int(a), "u" if sa == "ns" else "s"), (int(b), "u" if sb == "ns" else "s"))
        )
        counts[(na, nsa, nb, nsb, "DSP" if int(dsp) else "LUT")] += 1
    for dsp, p0, p1 in _EXPRESSION.findall(text):
        na, nb = sorted((int(p0), int(p1)))
        counts[(na, "?", nb, "?", "DSP" if int(dsp) else "LUT")] += 1
    return counts


def design_multiplications(repo: Path, design: dict) -> tuple[set, list[tuple[str, Counter]]]:
    """(tool versions, [(report name, Counter)]) over one design's per-function reports."""
    names = _git(repo, "ls-tree", "-r", "--name-only", design["commit"], design["dir"]).splitlines()
    versions, per_report = set(), []
    for name in names:
        if not name.endswith("_csynth.rpt"):
            continue
        text = _git(repo, "show", f"{design['commit']}:{name}")
        if "Vitis HLS" not in text and "Vitis" not in text[:600]:
            continue
        versions.update(_VERSION.findall(text))
        counts = report_multiplications(text)
        if counts:
            per_report.append((name.rsplit("/", 1)[1], counts))
    return versions, per_report


def repository_summary(rows: list[dict]) -> list[str]:
    """Per repository and version: multiplications DSP / LUT with both operands at most 10 bits, with one at
    most 4 bits and the other wider, and the rest (ArgyKokk's designs force the implementation: marked)."""
    groups = defaultdict(Counter)
    for row in rows:
        narrow, wide = int(row["narrow"]), int(row["wide"])
        group = "both <= 10" if wide <= 10 else "one <= 4" if narrow <= 4 else "others"
        forced = " (DSP/LUT forced by the project)" if row["repo"].startswith("ArgyKokk") else ""
        groups[row["repo"] + forced, row["version"]][group, row["impl"]] += int(row["count"])
    lines = [
        "| repository | Vitis HLS | both operands <= 10 bits: DSP / LUT | one <= 4, other > 10 | others |",
        "|---|---|---|---|---|",
    ]
    for (repo, version), counts in sorted(groups.items()):
        cells = [f"{counts[g, 'DSP']} / {counts[g, 'LUT']}" for g in ("both <= 10", "one <= 4", "others")]
        lines.append(f"| {repo} | {version} | " + " | ".join(cells) + " |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mirrors", type=Path)
    parser.add_argument("--out", type=Path, default=Path("results/bench/vitis_expression_widths.md"))
    args = parser.parse_args()
    lines = [
        "| set | design | repository | part | Vitis HLS | narrow x wide (u/s): multiplications DSP / LUT |",
        "|---|---|---|---|---|---|",
    ]
    rows = []
    for design in vitis_designs():
        repo = args.mirrors / design["repo"].replace("/", "+") / "repo"
        if not repo.is_dir():
            lines.append(
                f"| {design['set']} | {design['design']} | {design['repo']} | {design['part']} | "
                "not fetched | |"
            )
            continue
        versions, per_report = design_multiplications(repo, design)
        total = Counter()
        for report, counts in per_report:
            total.update(counts)
            for (na, sa, nb, sb, kind), n in sorted(counts.items()):
                rows.append(
                    {
                        **{k: design[k] for k in ("set", "design", "repo", "part")},
                        "version": ",".join(sorted(versions)),
                        "report": report,
                        "narrow": na,
                        "narrow_sign": sa,
                        "wide": nb,
                        "wide_sign": sb,
                        "impl": kind,
                        "count": n,
                    }
                )
        pairs = sorted({key[:4] for key in total})
        cells = [
            f"{a}{sa}x{b}{sb}: {total[(a, sa, b, sb, 'DSP')]}/{total[(a, sa, b, sb, 'LUT')]}"
            for a, sa, b, sb in pairs
        ]
        lines.append(
            f"| {design['set']} | {design['design']} | {design['repo']} | {design['part']} | "
            f"{', '.join(sorted(versions)) or 'no per-function report'} | {'; '.join(cells)} |"
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    lines += ["", *repository_summary(rows)]
    args.out.write_text("\n".join(lines) + "\n")
    with args.out.with_suffix(".csv").open("w", newline="") as handle:
        writer = csv.DictWriter(handle, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
