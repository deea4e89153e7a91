"""Reading Vivado HLS / Vitis HLS C-synthesis reports (`<top>_csynth.rpt`; no TensorFlow).

hls4ml's own reader (`hls4ml.report.parse_vivado_report`) returns the top-level totals from the
XML report of a project it built; `fpgaprune.hls.synthesis` uses it. This module reads the text
report, which both tools write next to the XML, for what the XML reader leaves out: the
per-instance table (one row per hls4ml layer function), so resources can be given per layer.
hls4ml names each layer's function after its config struct (`..._config<N>_...`), which
`config_index` extracts and `fpgaprune.hls.firmware` maps to the layer name.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

_COLUMNS = {"BRAM_18K": "bram_18k", "DSP48E": "dsp", "DSP": "dsp", "FF": "ff", "LUT": "lut", "URAM": "uram"}
_CONFIG = re.compile(r"config(\d+)")


@dataclass
class ModuleRow:
    """One instance row of the report: resources, and latency/II when the latency table has it."""

    instance: str
    module: str
    resources: dict[str, int]
    latency_cycles: tuple[int, int] | None = None
    ii: tuple[int, int] | None = None

    @property
    def config_index(self) -> int | None:
        """The hls4ml config struct number in the module name (config2 -> 2), if any."""
        found = _CONFIG.findall(self.module)
        return int(found[-1]) if found else None


@dataclass
class CsynthReport:
    """The numbers of one csynth.rpt."""

    tool: str  # "Vivado HLS" or "Vitis HLS"
    version: str
    part: str
    clock_target_ns: float
    clock_estimated_ns: float
    latency_cycles: tuple[int, int]
    ii: tuple[int, int] | None
    total: dict[str, int]
    available: dict[str, int]
    modules: list[ModuleRow] = field(default_factory=list)


def read_csynth_report(path: str | Path) -> CsynthReport:
    """Parse a C-synthesis text report.

    Args:
        path: a `<top>_csynth.rpt` written by Vivado HLS or Vitis HLS.

    Returns:
        Totals, clock, latency/II of the top function, and the per-instance rows.

    Raises:
        FileNotFoundError: no such file.
        ValueError: the text lacks a section every csynth report has.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such report")
    text = path.read_text(errors="replace")
    performance, utilization = _split(text, path)
    header = _header(text, path)
    utilization_summary, _, utilization_detail = utilization.partition("+ Detail:")
    modules = _modules(utilization_detail)
    _add_latencies(modules, performance.partition("+ Detail:")[2])
    latency, ii = _top_latency(performance, path)
    return CsynthReport(
        **header,
        **_clock(performance, path),
        latency_cycles=latency,
        ii=ii,
        total=_summary_row(utilization_summary, "Total", path),
        available=_summary_row(utilization_summary, "Available", path),
        modules=modules,
    )


def _split(text: str, path: Path) -> tuple[str, str]:
    performance = text.partition("== Performance Estimates")[2]
    performance, _, utilization = performance.partition("== Utilization Estimates")
    if not performance or not utilization:
        raise ValueError(f"{path}: not a csynth report (no Performance/Utilization Estimates sections)")
    return performance, utilization.partition("== Interface")[0]


def _header(text: str, path: Path) -> dict:
    tool = re.search(r"== (Vivado HLS|Vitis HLS) Report for", text)
    version = re.search(r"\* Version:\s*(\S+)", text)
    part = re.search(r"\* Target device:\s*(\S+)", text)
    if not (tool and version and part):
        raise ValueError(f"{path}: no report header (tool, version, target device)")
    return {"tool": tool[1], "version": version[1], "part": part[1]}


def _clock(performance: str, path: Path) -> dict:
    # "| 5.00 ns | 4.535 ns |" in Vivado HLS 2019.2 and later; "|   5.00|     4.082|" in 2018.3-2019.1
    clock = re.search(r"\|\s*ap_clk\s*\|\s*([\d.]+)\s*(?:ns)?\s*\|\s*([\d.]+)", performance)
    if not clock:
        raise ValueError(f"{path}: no ap_clk timing row")
    return {"clock_target_ns": float(clock[1]), "clock_estimated_ns": float(clock[2])}


def _top_latency(performance: str, path: Path) -> tuple[tuple[int, int], tuple[int, int] | None]:
    # "+ Latency:" in Vivado HLS 2019.2 and later, "+ Latency (clock cycles):" in 2018.3-2019.1
    summary = performance.partition("+ Latency")[2].partition("+ Detail:")[0]
    interval = _interval_column(summary)
    for cells in _rows(summary):
        if len(cells) > interval + 1 and cells[0].isdigit():
            return (int(cells[0]), int(cells[1])), _pair(cells[interval], cells[interval + 1])
    raise ValueError(f"{path}: no latency summary row")


def _summary_row(summary: str, name: str, path: Path) -> dict[str, int]:
    rows = list(_rows(summary))
    header = next((cells for cells in rows if cells and cells[0] == "Name"), None)
    values = next((cells for cells in rows if cells and cells[0] == name), None)
    if header is None or values is None:
        raise ValueError(f"{path}: no {name!r} row in the utilization summary")
    return {
        _COLUMNS[column]: _integer(value)
        for column, value in zip(header[1:], values[1:])
        if column in _COLUMNS
    }


def _modules(detail: str) -> list[ModuleRow]:
    instances = detail.partition("* Instance:")[2].partition("* ")[0]
    rows = list(_rows(instances))
    header = next((cells for cells in rows if cells[:2] == ["Instance", "Module"]), None)
    if header is None:
        return []
    columns = [_COLUMNS.get(column) for column in header[2:]]
    modules = []
    for cells in rows:
        if len(cells) == len(header) and cells[0] not in ("Instance", "Total", ""):
            resources = {column: _integer(value) for column, value in zip(columns, cells[2:]) if column}
            modules.append(ModuleRow(cells[0], cells[1], resources))
    return modules


def _add_latencies(modules: list[ModuleRow], detail: str) -> None:
    by_instance = {module.instance: module for module in modules}
    table = detail.partition("* Instance:")[2].partition("* Loop:")[0]
    interval = 2 + _interval_column(table)  # after the Instance and Module columns
    for cells in _rows(table):
        module = by_instance.get(cells[0]) if cells else None
        if module is not None and len(cells) > interval + 1 and cells[2].isdigit():
            module.latency_cycles = (int(cells[2]), int(cells[3]))
            module.ii = _pair(cells[interval], cells[interval + 1])


def _interval_column(table: str) -> int:
    """Where a latency table's Interval min/max columns start, counted from its latency min column.

    Vivado HLS 2019.2 and later (and Vitis HLS) put "Latency (absolute)" min/max between the two;
    Vivado HLS 2018.3 and 2019.1 have the cycle counts only (min, max | min, max | type).
    """
    return 4 if "Latency (absolute)" in table else 2


def _rows(block: str):
    for line in block.splitlines():
        line = line.strip()
        if line.startswith("|"):
            yield [cell.strip() for cell in line.strip("|").split("|")]


def _pair(low: str, high: str) -> tuple[int, int] | None:
    return (int(low), int(high)) if low.isdigit() and high.isdigit() else None


def _integer(value: str) -> int:
    value = value.strip()
    return int(value) if value.isdigit() else 0  # "-" means none of this resource


def report_totals(report: CsynthReport) -> dict:
    """The top function's resources, worst-case latency and II (None: the report gives none)."""
    total = {key: report.total.get(key, 0) for key in ("dsp", "bram_18k", "lut", "ff")}
    return {**total, "latency_cycles": report.latency_cycles[1], "ii": report.ii[1] if report.ii else None}


def layer_rows(report: CsynthReport, indices: Mapping[str, int]) -> dict[str, dict]:
    """Per layer, the report's resources and timing, matched by the layer's hls4ml config struct number
    (`indices`: layer name -> number, `config_indices` or `firmware.read_multipliers`' layers)."""
    by_index = {module.config_index: module for module in report.modules if module.config_index is not None}
    rows = {}
    for name, index in indices.items():
        module = by_index.get(index)
        if module is not None:
            rows[name] = {
                **{key: module.resources.get(key, 0) for key in ("dsp", "bram_18k", "lut", "ff")},
                "latency_cycles": module.latency_cycles[1] if module.latency_cycles else None,
                "ii": module.ii[1] if module.ii else None,
            }
    return rows


# a call of the top function with its layer in the trailing comment: `nnet::dense<..., config2>(...); // fc1`,
# or hls4ml's code-generated `myproject::dense_da_2<...>(...); // fc1`
_NAMED_CALL = re.compile(r"^\s*(?:\w+::)*(\w+)\s*<([^;]*?)>\s*\([^;]*\)\s*;[ \t]*//[ \t]*(\S+)", re.MULTILINE)
_CALL_NUMBER = re.compile(r"_(\d+)$")


def config_indices(source: str) -> dict[str, int]:
    """Layer name -> hls4ml config struct number of the top function's calls (`source`), the number its
    report's instance rows carry (`ModuleRow.config_index`): the template's `configN` (`relu_configN` too),
    else the number a code-generated function ends in (`dense_da_2`)."""
    indices = {}
    for function, template, name in _NAMED_CALL.findall(source):
        number = re.findall(r"config(\d+)\b", template) or _CALL_NUMBER.findall(function)
        if number:
            indices[name] = int(number[-1])
    return indices
