"""The csynth report reader on the real Vivado HLS / Vitis HLS reports of the calibration set
(tests/core/hardware/data/calibration)."""

import csv
from pathlib import Path

import pytest

from fpgaprune.hls.reports import read_csynth_report


def _cases(reports):
    with (reports / "MANIFEST.tsv").open(newline="") as handle:
        files = {
            (row["repo"], row["path_in_repo"]): row["file"] for row in csv.DictReader(handle, delimiter="\t")
        }
    with (reports / "layers.csv").open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    cases = {}
    for row in rows:
        cases.setdefault(row["case_id"], (reports / files[(row["repo"], row["csynth_report"])], []))[
            1
        ].append(row)
    return cases


def test_totals_clock_latency_and_interval_match_the_table(vivado_reports):
    cases = _cases(vivado_reports)
    assert len(cases) == 42
    for case, (path, rows) in cases.items():
        report, row = read_csynth_report(path), rows[0]
        assert report.total["dsp"] == int(row["model_DSP"]), case
        assert report.total["bram_18k"] == int(row["model_BRAM18K"]), case
        assert (report.total["lut"], report.total["ff"]) == (int(row["model_LUT"]), int(row["model_FF"])), (
            case
        )
        assert report.latency_cycles == (int(row["model_lat_min"]), int(row["model_lat_max"])), case
        assert report.ii == (int(row["model_II_min"]), int(row["model_II_max"])), case
        assert report.clock_target_ns == pytest.approx(float(row["clock_target_ns"])), case
        assert report.available["dsp"] == int(row["avail_DSP"]), case
        assert (report.tool, report.version) == (row["hls_tool"], row["hls_version"]), case


def test_layer_rows_match_the_table_where_modules_name_their_config(vivado_reports):
    checked = 0
    for case, (path, rows) in _cases(vivado_reports).items():
        modules = {module.config_index: module for module in read_csynth_report(path).modules}
        for row in rows:
            module = modules.get(int(row["layer_cfg"].removeprefix("config")))
            if module is None:
                continue  # Vivado HLS 2019.2 names dense modules dense_latency_0_0_..., without the config
            assert module.resources["dsp"] == int(row["layer_DSP"]), (case, row["layer_name"])
            assert module.resources["bram_18k"] == int(row["layer_BRAM18K"]), (case, row["layer_name"])
            assert module.latency_cycles[1] == int(row["layer_lat_max"]), (case, row["layer_name"])
            assert module.ii[1] == int(row["layer_II"]), (case, row["layer_name"])
            checked += 1
    assert checked == 137 - 15  # all layers but the hidden ones of the five Vivado HLS 2019.2 cases


def test_vivado_2019_instances_are_read_without_a_config_index(vivado_reports):
    path, _ = _cases(vivado_reports)["B1"]
    report = read_csynth_report(path)
    assert report.part == "xcu250-figd2104-2L-e"
    assert sum(module.resources["dsp"] for module in report.modules) == report.total["dsp"] == 1450
    assert [module.config_index for module in report.modules if module.module.startswith("dense")].count(
        None
    ) == 3


def test_not_a_report(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such report"):
        read_csynth_report(tmp_path / "missing.rpt")
    (tmp_path / "other.rpt").write_text("== Vivado HLS Report for 'x'\nnothing else\n")
    with pytest.raises(ValueError, match="not a csynth report"):
        read_csynth_report(tmp_path / "other.rpt")


def test_vivado_hls_2018_3_layout():
    """Vivado HLS 2018.3 writes `+ Latency (clock cycles):` with cycle columns only (no absolute latency)
    and an `ap_clk` row without units. The excerpt is cut from freaksie/ML-on-Chip's
    model_1/lbnl/myproject_prj/solution1/syn/report/myproject_csynth.rpt at commit 6920a5f (the file's
    first lines say which sections were left out)."""
    report = read_csynth_report(Path(__file__).parent / "data" / "vivado_hls_2018_3_csynth_excerpt.rpt")
    assert (report.tool, report.version, report.part) == ("Vivado HLS", "2018.3", "xc7vx485tffg1761-2")
    assert (report.clock_target_ns, report.clock_estimated_ns) == (5.0, 4.082)
    assert (report.latency_cycles, report.ii) == ((12, 12), (1, 1))
    assert report.total == {"bram_18k": 1, "dsp": 47, "ff": 1723, "lut": 1992}
    assert report.available == {"bram_18k": 2060, "dsp": 2800, "ff": 607200, "lut": 303600}
    modules = {module.config_index: module for module in report.modules}
    assert sorted(modules) == [2, 3, 4, 5, 6, 7]
    assert sum(module.resources["dsp"] for module in report.modules) == 47
    assert modules[2].resources == {"bram_18k": 0, "dsp": 15, "ff": 381, "lut": 464}
    assert (modules[2].latency_cycles, modules[2].ii) == ((1, 1), (1, 1))
    assert (modules[4].latency_cycles, modules[4].ii) == ((2, 2), (1, 1))
    assert (modules[7].resources["bram_18k"], modules[7].latency_cycles) == (1, (2, 2))


# Lines of kendermag/hls4ml-tutorial 5065598:TUDATALLAPOT_QUANTIZED_VER0_312_FULL/myproject_prj/solution1/syn/
# report/myproject_csynth.rpt (Vivado HLS 2019.1, the 2018.3 layout; a dataflow top whose interval is a range)
VIVADO_2019_1_EXCERPT = """\
== Vivado HLS Report for 'myproject'
* Version:        2019.1 (Build 2552052 on Fri May 24 15:28:33 MDT 2019)
* Target device:  xc7z020-clg400-1
== Performance Estimates
    |  Clock | Target| Estimated| Uncertainty|
    |ap_clk  |   5.00|     5.723|        0.62|
+ Latency (clock cycles):
    * Summary:
    |     Latency     |    Interval    | Pipeline |
    |   min  |   max  |  min  |   max  |   Type   |
    |  254082|  254082|  37009|  249805| dataflow |
== Utilization Estimates
* Summary:
|       Name      | BRAM_18K| DSP48E|   FF   |  LUT  | URAM|
|Total            |      301|    251|   73125| 101890|    0|
|Available        |      280|    220|  106400|  53200|    0|
"""


def test_vivado_hls_2019_1_dataflow_interval(tmp_path):
    (tmp_path / "myproject_csynth.rpt").write_text(VIVADO_2019_1_EXCERPT)
    report = read_csynth_report(tmp_path / "myproject_csynth.rpt")
    assert (report.version, report.clock_estimated_ns) == ("2019.1", 5.723)
    assert (report.latency_cycles, report.ii) == ((254082, 254082), (37009, 249805))
    assert report.total == {"bram_18k": 301, "dsp": 251, "ff": 73125, "lut": 101890, "uram": 0}
    assert report.modules == []
