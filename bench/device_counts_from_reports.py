"""The device counts the HLS tools themselves write into the repository's csynth reports.

Every Vivado HLS / Vitis HLS C-synthesis report states its part ("* Target device:") and, in the
utilization summary, the part's "Available" BRAM_18K, DSP (DSP48E), FF, LUT (and URAM) counts; a report of
a multi-SLR device also has an "Available SLR" row (one SLR). The XML report (`<top>_csynth.xml`) holds the
same counts in `<AvailableResources>`. These counts come from the tool's device database, so they are a
source for `src/fpgaprune/core/data/devices.csv` that needs no internet.

Read: every `*csynth*.rpt` and `*_csynth.xml` under tests/ (the calibration set, the held-out sets, the
report fixtures of tests/hls/data) and the report excerpt quoted in tests/hls/test_reports.py
(`VIVADO_2019_1_EXCERPT`). Written: a markdown table per device with its counts, the reports that give them
and whether they agree, and the comparison with devices.csv.

    PYTHONPATH=src:. .venv/bin/python bench/device_counts_from_reports.py [--out FILE.md]
"""

import argparse
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

from fpgaprune.core.devices import BUDGET_RESOURCES, device_name, devices

ROOT = Path(__file__).resolve().parent.parent
_COLUMNS = {"BRAM_18K": "bram_18k", "DSP48E": "dsp", "DSP": "dsp", "FF": "ff", "LUT": "lut", "URAM": "uram"}
_XML_TAGS = {"BRAM_18K": "bram_18k", "DSP48E": "dsp", "DSP": "dsp", "FF": "ff", "LUT": "lut", "URAM": "uram"}


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def read_text_report(text: str, where: str) -> dict | None:
    """Tool, version, product family, target device and the Available (and Available SLR) counts of a
    csynth.rpt text, or None when the text has no utilization summary with an Available row."""
    tool = re.search(r"== (Vivado HLS|Vitis HLS) Report for", text)
    version = re.search(r"\* Version:\s*(\S+)", text)
    family = re.search(r"\* Product family:\s*(\S+)", text)
    part = re.search(r"\* Target device:\s*(\S+)", text)
    summary = text.partition("== Utilization Estimates")[2].partition("+ Detail:")[0]
    if not (part and summary):
        return None
    header, rows = None, {}
    for line in summary.splitlines():
        if not line.strip().startswith("|"):
            continue
        cells = _cells(line)
        if cells[0] == "Name":
            header = [_COLUMNS.get(column) for column in cells[1:]]
        elif cells[0] in ("Available", "Available SLR") and header:
            rows[cells[0]] = {
                column: int(value) for column, value in zip(header, cells[1:]) if column and value.isdigit()
            }
    if "Available" not in rows:
        return None
    return {
        "where": where,
        "tool": tool[1] if tool else "?",
        "version": version[1] if version else "?",
        "family": family[1] if family else "?",
        "part": part[1],
        "available": rows["Available"],
        "available_slr": rows.get("Available SLR"),
    }


def read_xml_report(path: Path, where: str) -> dict | None:
    """The same fields from a `<top>_csynth.xml` (`<UserAssignments><Part>`, `<AvailableResources>`)."""
    root = ET.parse(path).getroot()
    part = root.findtext(".//UserAssignments/Part")
    available = root.find(".//AreaEstimates/AvailableResources")
    if part is None or available is None:
        return None
    counts = {_XML_TAGS[child.tag]: int(child.text) for child in available if child.tag in _XML_TAGS}
    return {
        "where": where,
        "tool": root.findtext(".//ReportVersion/Version") and "HLS (XML)" or "?",
        "version": root.findtext(".//ReportVersion/Version") or "?",
        "family": root.findtext(".//UserAssignments/ProductFamily") or "?",
        "part": part,
        "available": counts,
        "available_slr": None,
    }


def _origin(path: Path, text: str) -> str:
    """The public repository (and commit) a report file was copied from: its directory's MANIFEST.tsv row,
    else the "Excerpt ... of OWNER/NAME, commit C" line an excerpt starts with, else "?"."""
    manifest = path.parent / "MANIFEST.tsv"
    if manifest.is_file():
        for line in manifest.read_text().splitlines()[1:]:
            cells = line.split("\t")
            if cells[0] == path.name and len(cells) > 3:
                return f"{cells[1]} {cells[2][:7]}:{cells[3]}"
    excerpt = re.search(r"of ([\w.-]+/[\w.-]+), commit (\w+),\s*(\S+)", text[:600])
    return f"{excerpt[1]} {excerpt[2]}:{excerpt[3]}" if excerpt else "?"


def collect() -> list[dict]:
    """Every report under tests/ with a target device and an Available row."""
    reports = []
    for path in sorted((ROOT / "tests").rglob("*")):
        where = str(path.relative_to(ROOT))
        if path.suffix == ".rpt" and "csynth" in path.name:
            text = path.read_text(errors="replace")
            report = read_text_report(text, where)
        elif path.name.endswith("_csynth.xml"):
            text, report = "", read_xml_report(path, where)
        else:
            continue
        if report:
            reports.append({**report, "origin": _origin(path, text)})
    from tests.hls.test_reports import VIVADO_2019_1_EXCERPT  # a quoted excerpt of a public report

    quoted = read_text_report(VIVADO_2019_1_EXCERPT, "tests/hls/test_reports.py::VIVADO_2019_1_EXCERPT")
    origin = "kendermag/hls4ml-tutorial 5065598:TUDATALLAPOT_QUANTIZED_VER0_312_FULL/.../myproject_csynth.rpt"
    reports.append({**quoted, "origin": origin})  # as the comment above the excerpt names it
    return reports


def _counts(available: dict) -> str:
    return ", ".join(f"{resource} {available.get(resource, '-')}" for resource in (*BUDGET_RESOURCES, "uram"))


def summarize(reports: list[dict]) -> tuple[str, dict]:
    """The markdown text and, per device, the single set of counts its reports agree on (None when not)."""
    by_device = defaultdict(list)
    for report in reports:
        by_device[device_name(report["part"])].append(report)
    table = devices()
    lines = [
        "# Device counts written by the HLS tools into the repository's csynth reports",
        "",
        "`bench/device_counts_from_reports.py`: every `*csynth*.rpt` / `*_csynth.xml` under `tests/` with",
        "a target device and an `Available` row, plus the report excerpt quoted in",
        "`tests/hls/test_reports.py`.",
        "The counts are the tool's device database (the whole device; `Available SLR` is one SLR of a",
        "multi-SLR device). They are HLS report fields, not a synthesis result.",
        f"{len(reports)} reports, {len(by_device)} devices.",
        "",
        "| device | parts named | reports | tools | BRAM_18K | DSP | FF | LUT | URAM | reports agree | csv |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    agreed, details = {}, []
    for name in sorted(by_device):
        group = by_device[name]
        distinct = {tuple(sorted(report["available"].items())) for report in group}
        budget = {tuple((r, report["available"].get(r)) for r in BUDGET_RESOURCES) for report in group}
        agree = len(budget) == 1
        counts = dict(next(iter(distinct))) if len(distinct) == 1 else None
        agreed[name] = dict(next(iter(budget))) if agree else None
        if name in table:
            row = table[name].resources()
            if agree:
                wrong = [r for r in BUDGET_RESOURCES if row[r] != agreed[name][r]]
                csv_note = (
                    "matches" if not wrong else "MISMATCH: " + ", ".join(f"{r} {row[r]}" for r in wrong)
                )
                if "device_counts_from_reports" in table[name].source:
                    csv_note += " (the row was taken from this file)"
            else:
                csv_note = "(reports disagree)"
        else:
            csv_note = "not in the table"
        tools = sorted({f"{report['tool']} {report['version']}" for report in group})
        parts = sorted({report["part"] for report in group})
        shown = counts or dict(next(iter(distinct)))
        lines.append(
            f"| {name} | {', '.join(parts)} | {len(group)} | {'; '.join(tools)} | "
            + " | ".join(str(shown.get(r, "-")) for r in ("bram_18k", "dsp", "ff", "lut", "uram"))
            + f" | {'yes' if agree else 'NO'}{'' if counts else ' (URAM or other columns differ)'}"
            + f" | {csv_note} |"
        )
        details += ["", f"## {name}", ""]
        for report in group:
            slr = report["available_slr"]
            details.append(
                f"- `{report['where']}`: {report['tool']} {report['version']}, family {report['family']}, "
                f"part {report['part']}; Available: {_counts(report['available'])}"
                + f"; from {report['origin']}"
                + (f"; Available SLR: {_counts(slr)}" if slr else "")
            )
        if not agree:
            details.append(f"- DISAGREEMENT on the budget counts: {sorted(budget)}")
    return "\n".join(lines + _checks(by_device) + details) + "\n", agreed


def _checks(by_device: dict) -> list[str]:
    """Independent origins per device, Vivado HLS against Vitis HLS, and Available against Available SLR."""
    lines = ["", "## Checks", ""]
    for name, group in sorted(by_device.items()):
        repositories = sorted({report["origin"].split(" ")[0] for report in group})
        tools = {report["tool"] for report in group}
        text = f"- {name}: {len(group)} reports from {len(repositories)} repositories "
        text += f"({', '.join(repositories)})"
        if {"Vivado HLS", "Vitis HLS"} <= tools:
            by_tool = {
                tool: {tuple(sorted(r["available"].items())) for r in group if r["tool"] == tool}
                for tool in tools
            }
            same = by_tool["Vivado HLS"] == by_tool["Vitis HLS"] and len(by_tool["Vivado HLS"]) == 1
            text += "; Vivado HLS and Vitis HLS " + (
                "write the same counts (BRAM_18K and URAM included)" if same else f"DIFFER: {by_tool}"
            )
        else:
            text += f"; one tool only ({', '.join(sorted(tools))}), so no Vivado/Vitis comparison"
        slr = [report for report in group if report["available_slr"]]
        if slr:
            ratios = {
                tuple(round(r["available"][k] / r["available_slr"][k], 3) for k in r["available_slr"])
                for r in slr
            }
            text += f"; Available / Available SLR per column (BRAM_18K, DSP, FF, LUT, URAM): {sorted(ratios)}"
        lines.append(text)
    lines += [
        "",
        "The held-out sets (`tests/core/hardware/data/heldout*/`) keep their designs' totals in",
        "`summary.csv` and their parts in `MANIFEST.tsv`, not the report texts: no Available counts.",
        f"XML reports read: {sum(r['where'].endswith('.xml') for g in by_device.values() for r in g)}.",
    ]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(ROOT / "results/bench/device_counts_from_reports.md"))
    args = parser.parse_args()
    text, _ = summarize(collect())
    Path(args.out).write_text(text)
    print(text)


if __name__ == "__main__":
    main()
