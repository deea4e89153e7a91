"""Vendor synthesis of an hls4ml project through hls4ml's own build, and reading its reports.

`hls_model.build()` runs Vivado HLS (`vivado_hls`) or Vitis (`vitis-run`) on the project, and,
with logic synthesis, Vivado. The totals are read by hls4ml's report reader
(`hls4ml.report.parse_vivado_report`, from the XML C-synthesis report); the per-layer numbers by
`fpgaprune.hls.reports` from the text report, mapped to layer names through the firmware's
config structs. If hls4ml's reader finds no XML report, the text report's totals are used and the
record says so.
"""

import logging
from pathlib import Path

from fpgaprune.compat import keras  # noqa: F401  (hls4ml needs the Keras-2 setup first)

from hls4ml.report import parse_vivado_report

from fpgaprune.core.hardware.project import csynth_report_path
from fpgaprune.hls.firmware import read_multipliers
from fpgaprune.hls.quiet import quietly
from fpgaprune.hls.reports import layer_rows, read_csynth_report, report_totals

log = logging.getLogger(__name__)

_XML_KEYS = {"DSP": "dsp", "BRAM_18K": "bram_18k", "LUT": "lut", "FF": "ff"}
_LOGIC_KEYS = {"DSP48E": "dsp", "BRAM_18K": "bram_18k", "LUT": "lut", "FF": "ff"}


def run_build(hls_model, tool: str, logic_synthesis: bool) -> None:
    """C synthesis (and Vivado logic synthesis if asked) of the written project, by hls4ml's build().

    Raises:
        Exception: whatever hls4ml raises when the tool fails (the caller records it).
    """
    options = {"csim": False, "synth": True, "vsynth": logic_synthesis}
    if tool == "vitis":
        options["log_to_stdout"] = False  # build_stdout.log / build_stderr.log in the project
    log.info(
        "%s synthesis of %s (logic synthesis: %s)", tool, hls_model.config.get_output_dir(), logic_synthesis
    )
    quietly(hls_model.build, **options)


def read_vendor_reports(project_dir: str | Path, project_name: str = "myproject") -> dict:
    """Resources of a synthesised project, as a `by_source` entry of resources.json.

    Args:
        project_dir: the hls4ml project after build().
        project_name: hls4ml's project name (the top function).

    Returns:
        {"total": {...}, "layers": {name: {...}}, "tool", "version", "report", "reader",
        "logic_synthesis": {...} when Vivado logic synthesis ran}.

    Raises:
        FileNotFoundError: the build left no C-synthesis report (it failed; see its log).
    """
    project_dir = Path(project_dir)
    text_path = csynth_report_path(project_dir, project_name)
    if not text_path.is_file():
        raise FileNotFoundError(
            f"{text_path}: the build left no C-synthesis report; see the build log in {project_dir}"
        )
    text = read_csynth_report(text_path)
    parsed = _hls4ml_report(project_dir)
    csynth = parsed.get("CSynthesisReport")
    entry = {
        "tool": text.tool,
        "version": text.version,
        "report": str(text_path.relative_to(project_dir.parent)),
        "reader": "hls4ml.report.parse_vivado_report" if csynth else "fpgaprune.hls.reports (text report)",
        "total": _xml_totals(csynth) if csynth else report_totals(text),
        "layers": layer_rows(text, {layer.name: layer.index for layer in read_multipliers(project_dir)}),
        "clock_estimated_ns": text.clock_estimated_ns,
    }
    if parsed.get("VivadoSynthReport"):
        entry["logic_synthesis"] = {
            _LOGIC_KEYS[k]: int(v) for k, v in parsed["VivadoSynthReport"].items() if k in _LOGIC_KEYS
        }
    return entry


def _hls4ml_report(project_dir: Path) -> dict:
    try:
        return quietly(parse_vivado_report, str(project_dir)) or {}
    except (
        IndexError,
        KeyError,
        AttributeError,
        OSError,
    ) as error:  # hls4ml indexes a solution list it may not find
        log.warning("hls4ml's report reader failed on %s (%s); using the text report", project_dir, error)
        return {}


def _xml_totals(csynth: dict) -> dict:
    total = {key: int(csynth[name]) for name, key in _XML_KEYS.items() if name in csynth}
    total["latency_cycles"] = int(csynth["WorstLatency"])
    total["ii"] = int(csynth["IntervalMax"]) if str(csynth.get("IntervalMax", "")).isdigit() else None
    return total
