"""Every weight layer of held-out sets 1-8 and 11-19: DSP and LUT estimated against the report, per model.

Branch vitisdsp (docs/cost-model-record.md 2.1, "Data operands narrower than their array type"): HLS
multiplies a layer's input at the bits its producer can write, not at the declared array type, when the
producer is a `linear` cast or an average pooling. This bench measures what that rule moves: run it once with
main's model (`PYTHONPATH` unset, so the installed main is imported; `--label main`) and once with the
branch's (`PYTHONPATH=src`, `--label vitisdsp`), then `--compare` the two CSVs. Calibration rows carry no
producer (no project files), so they cannot move. Nothing is fitted.

    .venv/bin/python bench/operand_widths.py --label main
    PYTHONPATH=src .venv/bin/python bench/operand_widths.py --label vitisdsp
    .venv/bin/python bench/operand_widths.py --compare main vitisdsp

Writes results/bench/operand_widths_{LABEL}.csv (one row per layer); --compare writes
results/bench/operand_widths.md (every layer whose DSP estimate changed, right or wrong, per repository).
"""

import argparse
import csv
from collections import Counter
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware.heldout import layer_comparisons, read_design_project, read_table

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
SETS = ["heldout"] + [f"heldout{n}" for n in range(2, 20) if n not in (9, 10)]
FIELDS = ["set", "design", "repo", "tool", "version", "layer", "kind", "strategy", "operand_bits"]


def measure(out: Path) -> None:
    rows = []
    for name in SETS:
        root = DATA / name
        designs = {row["design"]: row for row in read_table(root / "MANIFEST.tsv", "\t")}
        operands = _operand_bits(root, designs)
        by_layer = {}
        for comparison in layer_comparisons(root):
            design = designs[comparison.design]
            key = (comparison.design, comparison.layer)
            row = by_layer.setdefault(
                key,
                {
                    "set": name,
                    "design": comparison.design,
                    "repo": design["repo"],
                    "tool": design["hls_tool"],
                    "version": design["hls_version"],
                    "layer": comparison.layer,
                    "kind": comparison.kind,
                    "strategy": comparison.strategy,
                    "operand_bits": operands[key],
                },
            )
            if comparison.metric in ("dsp", "lut"):
                row[f"{comparison.metric}_estimate"] = comparison.estimate
                row[f"{comparison.metric}_report"] = comparison.report
        rows += by_layer.values()
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="") as handle:
        columns = FIELDS + ["dsp_estimate", "dsp_report", "lut_estimate", "lut_report"]
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    exact = sum(float(r["dsp_estimate"]) == float(r["dsp_report"]) for r in rows)
    print(f"{out}: {len(rows)} layers, DSP exact on {exact}")


def _operand_bits(root: Path, designs: dict) -> dict:
    """(design, layer) -> the data operand's width the model reads (0: the input type's; main has none)."""
    bits = {}
    for name, design in designs.items():
        layers, _, _ = read_design_project(root, design)
        bits.update({(name, layer.name): getattr(layer, "operand_bits", 0) for layer in layers})
    return bits


def compare(before: Path, after: Path, out: Path, labels: tuple[str, str]) -> None:
    old = {(r["set"], r["design"], r["layer"]): r for r in csv.DictReader(before.open())}
    new = {(r["set"], r["design"], r["layer"]): r for r in csv.DictReader(after.open())}
    lines = [
        f"# Weight layers whose estimate moved: {labels[0]} -> {labels[1]} (held-out sets 1-8, 11-19)",
        "",
        (
            "| set | design | repository | tool | layer | operand bits | DSP report | DSP before | DSP after"
            " | DSP verdict | LUT report | LUT before | LUT after |"
        ),
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    verdicts, lut_errors = Counter(), []
    for key, row in old.items():
        other = new[key]
        dsp = [float(row["dsp_estimate"]), float(other["dsp_estimate"])]
        lut = [float(row["lut_estimate"]), float(other["lut_estimate"])]
        lut_errors.append([abs(x - float(row["lut_report"])) / float(row["lut_report"]) for x in lut])
        if dsp[0] == dsp[1] and not int(other["operand_bits"]):
            continue
        report = float(row["dsp_report"])
        verdict = _verdict(dsp[0], dsp[1], report)
        verdicts[(row["repo"], verdict)] += 1
        where = f"{row['set']} | {row['design']} | {row['repo']} | {row['tool']} {row['version']}"
        bits = int(other["operand_bits"]) or "-"
        lines.append(
            f"| {where} | {row['layer']} | {bits} | {report:g} | {dsp[0]:g} | {dsp[1]:g} | {verdict}"
            f" | {float(row['lut_report']):g} | {lut[0]:g} | {lut[1]:g} |"
        )
    exact = [sum(float(r["dsp_estimate"]) == float(r["dsp_report"]) for r in t.values()) for t in (old, new)]
    median = np.median(np.array(lut_errors), axis=0)
    lines += [
        "",
        (
            "Rows: layers whose DSP estimate moved or whose data operand is narrower than its input type."
            f" DSP exact: {exact[0]} -> {exact[1]} of {len(old)} layers. LUT relative error, median over"
            f" every layer (the rule and the refit): {median[0]:.4f} -> {median[1]:.4f}."
        ),
        "",
    ]
    lines += ["| repository | verdict | layers |", "|---|---|---|"]
    lines += [f"| {repo} | {verdict} | {n} |" for (repo, verdict), n in sorted(verdicts.items())]
    out.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


def _verdict(before: float, after: float, report: float) -> str:
    if before == after:
        return "DSP unchanged"
    if after == report:
        return "becomes right"
    if before == report:
        return "becomes wrong"
    return "closer" if abs(after - report) < abs(before - report) else "further"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--label", default="vitisdsp")
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"))
    parser.add_argument("--out-dir", type=Path, default=Path("results/bench"))
    args = parser.parse_args()
    if args.compare:
        paths = [args.out_dir / f"operand_widths_{label}.csv" for label in args.compare]
        compare(*paths, args.out_dir / "operand_widths.md", tuple(args.compare))
    else:
        measure(args.out_dir / f"operand_widths_{args.label}.csv")


if __name__ == "__main__":
    main()
