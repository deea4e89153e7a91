"""Where the LUT of Vivado HLS held-out layers goes, against the estimate (docs/cost-model-record.md 2.3,
"Vivado HLS 2020.1's adds").

For every weight layer of a held-out design of the given Vivado HLS versions (`MANIFEST.tsv`), the layer's
per-function csynth report (its `instances.csv` module, read from the fetched snapshot at the manifest's
commit) and the reports of the functions it instantiates are summed: the `+`/`-` Expression rows on no DSP
(count, share at w and at w + 7 LUT, LUT above w), the other Expression rows, the instances without a report
of their own (cores: multiplexers, multipliers), Multiplexer and Register rows. Beside them the model's
estimate and the report's layer LUT from a `bench/cost_model_heldout.py` csv. Sources: csynth reports (HLS
estimates) and the estimates.

    python bench/vivado2020_lut_split.py MIRRORS RESULTS_DIR LABEL [--versions 2020.1] [--out OUT.md]

MIRRORS: where `fetch` leaves its bare snapshots (<owner>+<name>/repo); the estimates are
RESULTS_DIR/cost_model_<set>_<LABEL>.csv. Layers whose report is not stored are listed with zeros.
"""

import argparse
import csv
import re
import subprocess
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
_EXPRESSION = re.compile(
    r"^\s*\|\S+\s*\|\s*(\S+)\s*\|\s*(\d+)\|\s*\d+\|\s*(\d+)\|\s*(\d+)\|\s*(\d+)\|", re.MULTILINE
)
_HEADER = re.compile(r"^\s*\* \w[\w ]*:", re.MULTILINE)
_INSTANCE = re.compile(r"^\s*\|(\S+)\s*\|(\S+)\s*\|\s*\d+\|\s*\d+\|\s*\d+\|\s*(\d+)\|", re.MULTILINE)
FIELDS = ("adds", "at_w", "at_w7", "extra", "expression_other", "cores", "multiplexer", "register")


@cache
def stored(mirrors: Path, repo: str, commit: str, path: str) -> str | None:
    """A file of a fetched snapshot at `commit`, None when absent."""
    git = mirrors / repo.replace("/", "+") / "repo"
    command = ["git", "--git-dir", str(git), "show", f"{commit}:{path}"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    return result.stdout if result.returncode == 0 else None


def table(text: str, name: str) -> str:
    """The `* name:` detail table of a report's utilization section (up to the next `* Other:` header; a `*`
    in a row is a multiplication)."""
    start = text.find(f"* {name}:")
    if start < 0:
        return ""
    end = _HEADER.search(text, start + len(name) + 3)
    return text[start : end.start() if end else None]


def summary_lut(text: str, row: str) -> int:
    match = re.search(rf"^\|{row}\s*\|([^\n]*)", text, re.MULTILINE)
    if not match:
        return 0
    cells = [cell.strip() for cell in match.group(1).split("|")]
    return int(cells[3]) if cells[3].isdigit() else 0


def split(mirrors: Path, design: dict, module: str, tally: dict | None = None) -> dict:
    """`tally` plus the LUT split of `module` and of the functions it instantiates."""
    tally = tally if tally is not None else dict.fromkeys(FIELDS, 0)
    directory = design["csynth_report"].rsplit("/", 1)[0]
    text = stored(mirrors, design["repo"], design["commit"], f"{directory}/{module}_csynth.rpt")
    if text is None:
        return tally
    text = text[text.find("== Utilization Estimates") :]
    tally["multiplexer"] += summary_lut(text, "Multiplexer")
    tally["register"] += summary_lut(text, "Register")
    for op, dsp, lut, p0, p1 in _EXPRESSION.findall(table(text, "Expression")):
        if op in "+-" and int(dsp) == 0:
            width, lut = max(int(p0), int(p1)), int(lut)
            tally["adds"] += 1
            tally["at_w"] += lut == width
            tally["at_w7"] += lut == width + 7
            tally["extra"] += lut - width
        else:
            tally["expression_other"] += int(lut)
    for instance, child, lut in _INSTANCE.findall(table(text, "Instance")):
        if instance in ("Instance", "Total"):
            continue
        if stored(mirrors, design["repo"], design["commit"], f"{directory}/{child}_csynth.rpt") is None:
            tally["cores"] += int(lut)
        else:
            split(mirrors, design, child, tally)
    return tally


def layer_rows(mirrors: Path, results: Path, label: str, versions: set) -> list[dict]:
    rows = []
    for manifest in sorted(DATA.glob("heldout*/MANIFEST.tsv")):
        estimates = results / f"cost_model_{manifest.parent.name}_{label}.csv"
        instances = manifest.parent / "instances.csv"
        if not (estimates.is_file() and instances.is_file()):
            continue
        designs = {row["design"]: row for row in csv.DictReader(manifest.open(), delimiter="\t")}
        luts = {
            (row["design"], row["layer"]): (float(row["estimate"]), float(row["report"]))
            for row in csv.DictReader(estimates.open())
            if row["metric"] == "lut"
        }
        for row in csv.DictReader(instances.open()):
            design = designs.get(row["design"])
            key = (row["design"], row["layer"])
            vivado = design and design["hls_tool"].startswith("Vivado")
            if not vivado or design["hls_version"] not in versions:
                continue
            if key not in luts or not luts[key][1]:
                continue
            estimate, report = luts[key]
            tally = split(mirrors, design, row["module"])
            rows.append(
                {"set": manifest.parent.name, "design": key[0], "repository": design["repo"],
                 "version": design["hls_version"], "part": design["part"], "layer": key[1],
                 "estimate": round(estimate), "report": round(report), "ratio": round(estimate / report, 2),
                 "gap": round(report - estimate), **tally}
            )  # fmt: skip
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mirrors", type=Path)
    parser.add_argument("results", type=Path)
    parser.add_argument("label")
    parser.add_argument("--versions", default="2020.1", help="comma-separated Vivado HLS versions")
    parser.add_argument("--out", type=Path, default=Path("results/bench/vivado2020_lut_split.md"))
    args = parser.parse_args()
    rows = layer_rows(args.mirrors, args.results, args.label, set(args.versions.split(",")))
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    lines += ["| " + " | ".join(str(value) for value in row.values()) + " |" for row in rows]
    args.out.write_text(__doc__.split("\n\n")[0] + "\n\n" + "\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
