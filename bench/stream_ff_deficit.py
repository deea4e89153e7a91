"""Where the io_stream design FF deficit lies: report FF per instance against the model's per-part estimate.

For every io_stream design that bench/design_totals_cv.py scores (`calibrating_designs` less the designs
`heldout.STREAM_WRAPPER_SETS` leaves out: Q2, S10, W1), the design is estimated with the constants in code
(`glue.estimate_project_files` at the tool and version of its MANIFEST row; source "estimate", in-sample:
the left-out design FF of bench/design_totals_cv.py differs little, io_stream median 0.1598 in-sample vs
0.1323 left out, results/bench/design_totals_cv_summary.csv) and its csynth report is read from the stored
tables (instances.csv per instance, summary.csv's FIFO/Register/Expression/Multiplexer/Memory rows, fifos.csv
per FIFO; source "report"). Each
report instance is matched by layer name to the weight layer or activation the model estimates for it;
instances without an estimate are "unmodelled: <function>". Parts are grouped by what they are:

* weight layers by kind and strategy (`dense latency`, `conv2d resource`, ...);
* ReLU, pooling, softmax, padding, batch normalisation, sigmoid/tanh by hls4ml function;
* `FIFO` (the report's FIFO row vs `glue.fifo_ff` over the FIFOs the model reads from the project);
* `top rows` (the report's Register, Expression, Multiplexer, Memory rows; the model counts nothing for them
  in an io_stream top);
* `estimate not matched` (what the totals hold beyond the matched parts, if anything).

Also: the weight layers split by whether the report's latency exceeds the estimate's by more than the
latency band (max(1 cycle, 10 %)), and each report FIFO against `glue.fifo_ff` of its own reported shape
(depth, bits, memory; `heldout.fifo_shape`), which separates the FIFO FF rule from the FIFOs' shapes.

Writes stream_ff_deficit.csv (design x part, with latencies) and stream_ff_deficit.md to --out-dir.

    PYTHONPATH=src:. nice -n 19 .venv/bin/python bench/stream_ff_deficit.py [--out-dir results/bench]
"""

import argparse
import csv
import sys
import warnings
from collections import defaultdict
from pathlib import Path

import numpy as np

from fpgaprune.core.hardware import glue
from fpgaprune.core.hardware import heldout as h
from fpgaprune.core.hardware.calibration import latency_band_error
from fpgaprune.core.hardware.project import read_project_files

sys.path.insert(0, str(Path(__file__).parent))
from design_totals_cv import D, calibrating_designs  # a sibling script of bench/

TOP_ROWS = ("Register", "Expression", "Multiplexer", "Memory")
FIELDS = (
    "design",
    "part",
    "group",
    "report_ff",
    "estimate_ff",
    "report_latency",
    "estimate_latency",
    "stream_words",
    "word_bits",
)


def io_stream_designs():
    """(set, MANIFEST row) of the io_stream designs bench/design_totals_cv.py scores."""
    for name, design in calibrating_designs():
        if design["design"] in h.STREAM_WRAPPER_SETS.get(name, ()):
            continue
        if "hls::stream" in read_project_files(D / name / "projects" / design["design"]).source:
            yield name, design


def design_parts(name: str, design: dict) -> tuple[list[dict], int, int]:
    """(one row per part as `FIELDS`, report total FF, estimate total FF) of one design."""
    root, key = D / name, f"{name}/{design['design']}"
    files = read_project_files(root / "projects" / design["design"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        layers, estimate = glue.estimate_project_files(
            files, h.manifest_tool(design), h.manifest_version(design)
        )
    kinds = {layer.name: f"{layer.kind} {layer.strategy.lower()}" for layer in layers}
    relus = {a.name: a for a in glue.design_activations(files) if a.stream_pack}
    estimated = {**estimate["layers"], **estimate["activations"]}
    summary = {r["row"]: r for r in h.read_table(root / "summary.csv") if r["design"] == design["design"]}
    rows, matched = [], 0
    for inst in h.read_table(root / "instances.csv"):
        if inst["design"] != design["design"]:
            continue
        layer = inst["layer"]
        group = kinds.get(layer) or (
            inst["function"] if layer in estimated else f"unmodelled: {inst['function']}"
        )
        est = estimated.get(layer, {})
        matched += est.get("ff", 0)
        rows.append(
            {
                "part": layer,
                "group": group,
                "report_ff": int(inst["ff"] or 0),
                "estimate_ff": est.get("ff", 0),
                "report_latency": inst["latency_max"],
                "estimate_latency": est.get("latency_cycles", ""),
            }
        )
        if layer in relus:  # a stream ReLU: its loop's trips and the bits of one output word
            relu = relus[layer]
            rows[-1].update(
                stream_words=relu.stream_words, word_bits=relu.stream_pack * relu.output_type.width
            )
    fifos = [glue.Memory(**m) for m in estimate["memories"] if m["kind"] in ("fifo", "channel")]
    family = h.manifest_fifo_family(design)
    fifo_est = round(sum(glue.fifo_ff(m.depth, m.width, m.bram_18k > 0, family) * m.copies for m in fifos))
    top = sum(int(summary[r]["ff"] or 0) for r in TOP_ROWS if r in summary)
    total_est = estimate["totals"]["ff"]
    rows += [
        {
            "part": "(FIFO row)",
            "group": "FIFO",
            "report_ff": int(summary["FIFO"]["ff"] or 0),
            "estimate_ff": fifo_est,
        },
        {"part": "(top rows)", "group": "top rows", "report_ff": top, "estimate_ff": 0},
        {
            "part": "(estimate not matched)",
            "group": "estimate not matched",
            "report_ff": 0,
            "estimate_ff": total_est - matched - fifo_est,
        },
    ]
    for row in rows:
        row["design"] = key
    return rows, int(summary["Total"]["ff"]), total_est


def fifo_misses(name: str, design: dict, least: int = 20) -> list[tuple]:
    """(depth, bits, in memory, FIFOs, report FF each, model FF each) of the report FIFOs whose FF differs
    from `glue.fifo_ff` of their own shape by at least `least` (grouped by shape and report FF)."""
    family = h.manifest_fifo_family(design)
    groups = defaultdict(int)
    for fifo in h.read_table(D / name / "fifos.csv"):
        if fifo["design"] == design["design"]:
            depth, bits, memory = h.fifo_shape(fifo, family)
            groups[(depth, bits, memory, int(fifo["ff"]))] += 1
    misses = []
    for (depth, bits, memory, ff), count in sorted(groups.items()):
        model = glue.fifo_ff(depth, bits, memory, family)
        if abs(ff - model) >= least:
            misses.append((depth, bits, memory, count, ff, round(model, 1)))
    return misses


def _median(values) -> str:
    return f"{np.median(values):.2f}" if values else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=Path("results/bench"))
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    table, designs, misses, tools = [], [], {}, {}
    for name, design in io_stream_designs():
        rows, report_total, total_est = design_parts(name, design)
        key = rows[0]["design"]
        designs.append((key, report_total, total_est, rows))
        table += rows
        misses[key] = fifo_misses(name, design)
        tools[key] = h.manifest_tool(design)
    with (args.out_dir / "stream_ff_deficit.csv").open("w", newline="") as handle:
        writer = csv.DictWriter(handle, FIELDS, restval="")
        writer.writeheader()
        writer.writerows(table)

    report_sum = sum(d[1] for d in designs)
    estimate_sum = sum(d[2] for d in designs)
    deficit = report_sum - estimate_sum
    ratios = [d[2] / d[1] for d in designs]
    lines = [
        "# io_stream design FF: where the deficit lies",
        "",
        f"The {len(designs)} io_stream designs bench/design_totals_cv.py scores; estimates with the",
        "constants in code (in-sample; source estimate), report numbers from the stored csynth tables"
        + " (source report).",
        "Written by bench/stream_ff_deficit.py.",
        "",
        f"Report FF {report_sum:,}, estimate FF {estimate_sum:,}: report - estimate {deficit:,}.",
        f"Median design estimate/report {np.median(ratios):.2f}; {sum(r < 0.8 for r in ratios)} designs"
        + f" below 0.8, {sum(r > 1.2 for r in ratios)} above 1.2.",
        "",
        "## By part, summed over the designs",
        "",
        "Share: of the summed report - estimate (parts over-estimated count negative). Median: of each"
        + " instance's estimate/report.",
        "",
        "| part | instances | designs | report FF | estimate FF | report - estimate | share"
        + " | median est/rep |",
        "|---|---|---|---|---|---|---|---|",
    ]
    groups = defaultdict(list)
    for row in table:
        groups[row["group"]].append(row)
    for group, rows in sorted(
        groups.items(), key=lambda kv: -sum(r["report_ff"] - r["estimate_ff"] for r in kv[1])
    ):
        rep, est = sum(r["report_ff"] for r in rows), sum(r["estimate_ff"] for r in rows)
        ratios = [r["estimate_ff"] / r["report_ff"] for r in rows if r["report_ff"] > 0]
        designs_in = len({r["design"] for r in rows})
        lines.append(
            f"| {group} | {len(rows)} | {designs_in} | {rep:,} | {est:,} | {rep - est:,} |"
            f" {(rep - est) / deficit:.1%} | {_median(ratios)} |"
        )
    weight = [r for r in table if r["group"].split()[0] in ("dense", "conv1d", "conv2d")]
    lines += [
        "",
        "## Weight layers by latency agreement",
        "",
        "Slower: the report's latency exceeds the estimate's by more than max(1 cycle, 10 %) (HLS scheduled",
        "a deeper pipeline or a longer interval than the model counts).",
        "",
        "| weight layers | layers | report FF | estimate FF | report - estimate | share | median est/rep |",
        "|---|---|---|---|---|---|---|",
    ]
    for label, keep in (
        ("report slower", lambda r: _slower(r)),
        ("within the band or faster", lambda r: not _slower(r)),
    ):
        rows = [r for r in weight if keep(r)]
        rep, est = sum(r["report_ff"] for r in rows), sum(r["estimate_ff"] for r in rows)
        lines.append(
            f"| {label} | {len(rows)} | {rep:,} | {est:,} | {rep - est:,} | {(rep - est) / deficit:.1%} |"
            f" {_median([r['estimate_ff'] / r['report_ff'] for r in rows if r['report_ff'] > 0])} |"
        )
    dense = [r for r in table if r["group"] == "dense latency" and r["estimate_latency"] != ""]
    lines += [
        "",
        "## io_stream Dense, Latency strategy, by the cycles the report takes beyond the estimate",
        "",
        "| report - estimate latency | layers | report FF | estimate FF | report - estimate"
        + " | median est/rep |",
        "|---|---|---|---|---|---|",
    ]
    for label, low, high in (("<= 0", -(10**9), 0), ("1-3", 1, 3), (">= 4", 4, 10**9)):
        rows = [r for r in dense if low <= int(r["report_latency"]) - int(r["estimate_latency"]) <= high]
        rep, est = sum(r["report_ff"] for r in rows), sum(r["estimate_ff"] for r in rows)
        ratios = [r["estimate_ff"] / r["report_ff"] for r in rows if r["report_ff"] > 0]
        lines.append(f"| {label} | {len(rows)} | {rep:,} | {est:,} | {rep - est:,} | {_median(ratios)} |")
    lines += [
        "",
        "## io_stream ReLU: report FF in output words, by the report's pipeline depth",
        "",
        "Depth: report latency - the loop's trips (n / pack); one-word ReLUs (one trip) by their latency.",
        "Words: report FF / (pack x output bits), the output word registers plus control.",
        "",
        "| HLS tool | depth | instances | median FF | median words (min-max) | estimate FF |",
        "|---|---|---|---|---|---|",
    ]
    relu_groups = defaultdict(list)
    for r in table:
        if r.get("word_bits"):
            one = r["stream_words"] == 1
            depth = int(r["report_latency"]) - (0 if one else r["stream_words"])
            label = f"one word, latency {depth}" if one else f"{depth}"
            relu_groups[(r["design"], label)].append(r)
    by_tool = defaultdict(list)
    for (key, label), rows in relu_groups.items():
        by_tool[(tools[key], label)] += rows
    for (tool, label), rows in sorted(by_tool.items()):
        words = [r["report_ff"] / r["word_bits"] for r in rows]
        lines.append(
            f"| {tool} | {label} | {len(rows)} | {np.median([r['report_ff'] for r in rows]):.0f} |"
            f" {np.median(words):.2f} ({min(words):.2f}-{max(words):.2f})"
            f" | {sum(r['estimate_ff'] for r in rows)} |"
        )
    lines += [
        "",
        "## Report FIFOs the FIFO FF rule misses (by their own reported shape)",
        "",
        "`glue.fifo_ff` of each report FIFO's depth, bits and memory (`heldout.fifo_shape`) against its"
        + " report FF; shapes off by 20 FF or more per FIFO.",
        "",
        "| design | depth x bits (memory) | FIFOs | report FF each | rule FF each |",
        "|---|---|---|---|---|",
    ]
    for key, rows in misses.items():
        for depth, bits, memory, count, ff, model in rows:
            lines.append(
                f"| {key} | {depth} x {bits} ({'yes' if memory else 'no'}) | {count} | {ff} | {model} |"
            )
    lines += [
        "",
        "## By design (worst estimate/report first)",
        "",
        "| design | report FF | estimate FF | estimate/report | report - estimate | largest shortfalls"
        + " (part (group): report vs estimate) |",
        "|---|---|---|---|---|---|",
    ]
    for key, rep, est, rows in sorted(designs, key=lambda d: d[2] / d[1]):
        short = sorted(rows, key=lambda r: -(r["report_ff"] - r["estimate_ff"]))[:3]
        text = "; ".join(
            f"{r['part']} ({r['group']}): {r['report_ff']:,} vs {r['estimate_ff']:,}"
            for r in short
            if r["report_ff"] > r["estimate_ff"]
        )
        lines.append(f"| {key} | {rep:,} | {est:,} | {est / rep:.2f} | {rep - est:,} | {text} |")
    (args.out_dir / "stream_ff_deficit.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


def _slower(row: dict) -> bool:
    report, estimate = row["report_latency"], row["estimate_latency"]
    if report in ("", None) or estimate in ("", None):
        return False
    return float(report) > float(estimate) and latency_band_error(float(estimate), float(report)) > 1.0


if __name__ == "__main__":
    main()
