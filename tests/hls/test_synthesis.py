"""Reading a vendor build's reports: a real Vitis HLS report placed where hls4ml's build leaves it."""

import shutil

import pytest

from fpgaprune.core.hardware.project import SOLUTION
from fpgaprune.hls.firmware import read_multipliers
from fpgaprune.hls.reports import layer_rows, read_csynth_report
from fpgaprune.hls.synthesis import read_vendor_reports

# Vitis HLS 2021.1: a 2-layer MLP whose hls4ml configs are numbered like the tiny MLP's (fc1 2, output 5)
REPORT = "ArgyKokk+hls4ml_MLP_estimator__D_ARRYTHMIA_DSP_reuse2__HLS_MLPs_ARRYTHMIA_hls4ml_prj_DSP_reuse2"
REPORT += "__csynth.rpt"
LUT_FC1, FF_FC1, LUT_OUTPUT, FF_OUTPUT = 23978, 18020, 1735, 1676  # its layers in layers.csv


def test_layers_are_matched_by_config_number(tiny_design, vivado_reports):
    _, _, _, project = tiny_design
    report = read_csynth_report(vivado_reports / REPORT)
    assert layer_rows(report, {layer.name: layer.index for layer in read_multipliers(project)}) == {
        "fc1": {"dsp": 119, "bram_18k": 0, "lut": LUT_FC1, "ff": FF_FC1, "latency_cycles": 9, "ii": 2},
        "output": {
            "dsp": 42,
            "bram_18k": 0,
            "lut": LUT_OUTPUT,
            "ff": FF_OUTPUT,
            "latency_cycles": 5,
            "ii": 2,
        },
    }


def test_report_in_a_built_project_without_the_xml(tiny_design, vivado_reports, tmp_path):
    _, _, _, project = tiny_design
    built = tmp_path / "project"
    shutil.copytree(project, built)
    report_dir = built / "myproject_prj" / SOLUTION / "syn" / "report"
    report_dir.mkdir(parents=True)
    shutil.copy(vivado_reports / REPORT, report_dir / "myproject_csynth.rpt")
    entry = read_vendor_reports(built)
    # hls4ml's reader needs the XML report (and the solution list) a real build also writes; without them
    # the totals come from the text report, and the record says which reader was used
    assert entry["reader"] == "fpgaprune.hls.reports (text report)"
    assert (entry["tool"], entry["version"]) == ("Vitis HLS", "2021.1")
    assert entry["total"] == {
        "dsp": 177,
        "bram_18k": 16,
        "lut": 28553,
        "ff": 24123,
        "latency_cycles": 38,
        "ii": 2,
    }
    assert set(entry["layers"]) == {"fc1", "output"}


def _with_report(project, vivado_reports, built):
    shutil.copytree(project, built)
    report_dir = built / "myproject_prj" / SOLUTION / "syn" / "report"
    report_dir.mkdir(parents=True)
    shutil.copy(vivado_reports / REPORT, report_dir / "myproject_csynth.rpt")
    return built


def test_estimate_prints_the_projects_csynth_report_beside_its_estimate(
    tiny_design, vivado_reports, tmp_path, capsys
):
    """`fpgaprune estimate` of a synthesised project: the report's totals in a row tagged with its tool, the
    estimate over the report per resource, the weight layers' report rows in --json; and a line for each way
    the report is not of the design estimated (here the report's part and clock are not the project's)."""
    import json

    from fpgaprune.cli import main

    _, _, _, project = tiny_design
    assert main(["estimate", str(project), "--json"]) == 0
    assert "report" not in json.loads(capsys.readouterr().out)  # not synthesised: nothing beside it
    built = _with_report(project, vivado_reports, tmp_path / "project")
    assert main(["estimate", str(built), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    report = result["report"]
    assert (report["tool"], report["version"], report["part"]) == ("Vitis HLS", "2021.1", "xc7z007s-clg225-2")
    totals = {"dsp": 177, "bram_18k": 16, "lut": 28553, "ff": 24123, "latency_cycles": 38, "ii": 2}
    assert report["totals"] == {**totals, "source": "vitis"}
    assert report["layers"]["fc1"] == {
        "dsp": 119, "bram_18k": 0, "lut": LUT_FC1, "ff": FF_FC1, "latency_cycles": 9, "ii": 2
    }  # fmt: skip
    mismatches = [line for line in result["warnings"] if line.startswith("the csynth report")]
    assert [line.split(",")[0] for line in mismatches] == [
        "the csynth report is of xc7z007s-clg225-2",
        "the csynth report is at a 3.33 ns clock",
    ]
    assert main(["estimate", str(built)]) == 0
    out = capsys.readouterr().out
    (row,) = [line for line in out.splitlines() if line.startswith("csynth report")]
    assert row.split()[2:] == ["177", "16", "28553", "24123", "38", "2", "vitis"]
    lines = out.splitlines()
    under_fc1 = lines[[line.split()[0] for line in lines].index("fc1") + 1]  # the layer's instance row
    assert under_fc1.split() == ["csynth", "119", "0", str(LUT_FC1), str(FF_FC1), "9", "2", "vitis"]
    estimated = result["totals"]
    ratio = f"dsp {estimated['dsp'] / 177:.2f}, bram_18k {estimated['bram_18k'] / 16:.2f}"
    assert f"estimate / csynth report (Vitis HLS 2021.1, xc7z007s-clg225-2): {ratio}" in out


def test_a_report_of_another_tool_or_one_not_read_is_said_so_and_the_estimate_stands(
    tiny_design, vivado_reports, tmp_path, capsys
):
    """`--hls-tool vivado` on a project Vitis HLS 2021.1 built: estimated for Vivado HLS's newest (2021.1 is
    no Vivado HLS release), which the note and a mismatch line say; a report the reader cannot parse is one
    line, and the estimate is printed alone."""
    from fpgaprune.cli import main

    _, _, _, project = tiny_design
    built = _with_report(project, vivado_reports, tmp_path / "project")
    assert main(["estimate", str(built), "--hls-tool", "vivado"]) == 0
    err = capsys.readouterr().err
    assert "the project's 2021.1 is no Vivado HLS release" in err
    assert "the csynth report is of Vitis HLS 2021.1, the estimate for Vivado HLS 2020.1: compare" in err
    report = built / "myproject_prj" / SOLUTION / "syn" / "report" / "myproject_csynth.rpt"
    report.write_text(report.read_text().partition("== Utilization Estimates")[0])  # cut short
    assert main(["estimate", str(built)]) == 0
    out, err = capsys.readouterr()
    assert "warning: the csynth report is not read (" in err and "csynth report" not in out


def test_a_report_beside_a_project_of_size_macros_is_matched_by_its_calls(vivado_reports, tmp_path, capsys):
    """X7 (set 14, an older hls4ml's `parameters.h` sizes as `defines.h` macros, which the pipeline's own
    firmware reader does not take): a report put beside it is read and its rows matched by the top function's
    config numbers. The report is another design's (ArgyKokk's: configs 2 and 5 are Dense there too), so only
    the reading is checked, and the mismatch lines say it is of another part and clock."""
    import json
    from pathlib import Path

    from fpgaprune.cli import main

    x7 = Path(__file__).parents[1] / "core" / "hardware" / "data" / "heldout14" / "projects" / "X7"
    built = _with_report(x7, vivado_reports, tmp_path / "X7")
    assert main(["estimate", str(built), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["report"]["totals"]["dsp"] == 177
    assert set(result["report"]["layers"]) <= set(result["layers"]) | set(result["activations"])
    assert [line for line in result["warnings"] if line.startswith("the csynth report is of xc7z007s")]


def test_a_build_that_left_no_report(tiny_design, tmp_path):
    _, _, _, project = tiny_design
    built = tmp_path / "project"
    shutil.copytree(project, built)
    try:
        read_vendor_reports(built)
    except FileNotFoundError as error:
        assert "the build left no C-synthesis report" in str(error)
    else:
        raise AssertionError("expected FileNotFoundError")


def test_a_failing_build_is_recorded_not_raised(tiny_design, tmp_path):
    if shutil.which("vitis-run"):
        pytest.skip("Vitis is installed here: its build would run")
    from fpgaprune.hls.run import Simulated, run_synthesis
    from fpgaprune.hls.tools import SynthesisChoice

    from ..configs import hls_settings

    model, hls_model, _, _ = tiny_design
    # forced past choose_synthesis (which would not pick vitis here): hls4ml's build refuses to start
    status, entry = run_synthesis(
        SynthesisChoice("vitis", "vitis"),
        Simulated(hls_model, model, None, None, None),
        tmp_path,
        hls_settings(),
    )
    assert status["status"] == "failed"
    assert status["message"].startswith("vitis synthesis failed: Vitis installation not found")
    assert entry is None


def test_a_report_given_by_path_is_printed_beside_and_sets_the_tool_and_version(
    tiny_design, vivado_reports, tmp_path, capsys
):
    """`--report PATH` (a report kept elsewhere than where the build leaves it): read before any work, its
    tool and version are the estimate's unless given; a path that is no report is one line."""
    import json

    from fpgaprune.cli import main

    _, _, _, project = tiny_design
    assert main(["estimate", str(project), "--json", "--report", str(vivado_reports / REPORT)]) == 0
    out, err = capsys.readouterr()
    result = json.loads(out)
    assert result["report"]["totals"]["dsp"] == 177
    assert (result["hls_version"]["tool"], result["hls_version"]["version"]) == ("vitis", "2021.1")
    assert "note: HLS version 2021.1 (Vitis HLS, estimated for)" in err
    (tmp_path / "log.txt").write_text("not a report\n")
    assert main(["estimate", str(project), "--report", str(tmp_path / "log.txt")]) == 2
    assert (
        capsys.readouterr()
        .err.strip()
        .endswith("log.txt: not a csynth report (no Performance/Utilization Estimates sections)")
    )
