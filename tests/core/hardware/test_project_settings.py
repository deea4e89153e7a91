"""Where a project's part, clock and clock uncertainty come from (`project.read_project_config`).

The HLS build reads `build_prj.tcl` and, from hls4ml 0.7 on, the `project.tcl` it sources; `hls4ml_config.yml`
is only the record hls4ml wrote those from. Every case starts from a real held-out project.
"""

import shutil
from pathlib import Path

import pytest

from fpgaprune.core.hardware.project import read_project, read_project_config

DATA = Path(__file__).parent / "data"
# set 18: hls4ml 0.8-style Vitis projects at 2.8 ns; M1's yml has no ClockUncertainty and its project.tcl says
# 12.5 % (its Vitis HLS 2023.2 report: 0.35 ns uncertainty); M2's yml and project.tcl both say 27 %
M1 = DATA / "heldout18" / "projects" / "M1"
M2 = DATA / "heldout18" / "projects" / "M2"
# set 12: hls4ml 0.6 (XilinxPart in the yml; build_prj.tcl writes part and clock itself, no uncertainty)
V5 = DATA / "heldout12" / "projects" / "V5"


def _copy(tmp_path: Path, source: Path) -> Path:
    copy = tmp_path / source.name
    shutil.copytree(source, copy)
    return copy


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{path.name} has no {old!r}"
    path.write_text(text.replace(old, new))


def test_a_yml_without_clock_uncertainty_takes_project_tcl_s():
    """M1: the tool default (Vitis 27 %, 2.04 ns budget) was used before; the build sets 12.5 % (2.45 ns)."""
    assert "ClockUncertainty" not in (M1 / "hls4ml_config.yml").read_text()
    assert read_project_config(M1)["ClockUncertainty"] == "12.5%"
    target = read_project(M1, "vitis")[2]
    assert target.uncertainty == pytest.approx(0.125) and target.budget_ns == pytest.approx(2.45)


def test_project_tcl_alone_gives_the_uncertainty_when_build_prj_tcl_is_absent(tmp_path):
    copy = _copy(tmp_path, M1)
    (copy / "build_prj.tcl").unlink()
    assert read_project(copy, "vitis")[2].uncertainty == pytest.approx(0.125)


def test_neither_tcl_file_leaves_the_yml_and_then_the_tool_default(tmp_path):
    copy = _copy(tmp_path, M1)
    (copy / "build_prj.tcl").unlink()
    (copy / "project.tcl").unlink()
    assert read_project_config(copy).get("ClockUncertainty") is None
    assert read_project(copy, "vitis")[2].uncertainty == pytest.approx(0.27)  # Vitis HLS's default
    assert read_project(copy, "vivado")[2].uncertainty == pytest.approx(0.125)  # Vivado HLS's default
    _edit(copy / "hls4ml_config.yml", "ClockPeriod: 2.8", "ClockPeriod: 2.8\nClockUncertainty: 20%")
    assert read_project(copy, "vitis")[2].uncertainty == pytest.approx(0.20)


@pytest.mark.parametrize("yml, tcl, share", [("27%", "12.5%", 0.125), ("12.5%", "27%", 0.27)])
def test_when_yml_and_project_tcl_disagree_the_tcl_wins(tmp_path, yml, tcl, share):
    """build_prj.tcl runs `set_clock_uncertainty $clock_uncertainty` after sourcing project.tcl; the yml is
    not read by the build (a user who edits project.tcl and rebuilds gets the tcl's value)."""
    copy = _copy(tmp_path, M2)
    _edit(copy / "hls4ml_config.yml", "ClockUncertainty: 27%", f"ClockUncertainty: {yml}")
    _edit(copy / "project.tcl", "set clock_uncertainty 27%", f"set clock_uncertainty {tcl}")
    assert read_project(copy, "vitis")[2].uncertainty == pytest.approx(share)


def test_a_literal_in_build_prj_tcl_wins_over_project_tcl(tmp_path):
    copy = _copy(tmp_path, M2)
    build = copy / "build_prj.tcl"
    _edit(build, "set_clock_uncertainty $clock_uncertainty default", "set_clock_uncertainty 0.7 default")
    _edit(build, "-period $clock_period", "-period 250MHz")
    _edit(build, "set_part $part", "set_part {xcku115-flvb2104-2-i}")
    target = read_project(copy, "vitis")[2]
    assert target.clock_ns == pytest.approx(4.0) and target.part == "xcku115-flvb2104-2-i"
    assert target.uncertainty == pytest.approx(0.7 / 4.0)  # ns, as set_clock_uncertainty takes it


def test_an_hls4ml_0_6_build_script_without_uncertainty_builds_at_the_tool_default(tmp_path):
    """V5: build_prj.tcl's own `set_part {...}` and `create_clock -period 5`, no set_clock_uncertainty; a
    ClockUncertainty added to its yml does not reach the build."""
    assert read_project(V5, "vivado")[2].uncertainty == pytest.approx(0.125)
    copy = _copy(tmp_path, V5)
    _edit(copy / "hls4ml_config.yml", "ClockPeriod: 5", "ClockPeriod: 5\nClockUncertainty: 40%")
    _edit(copy / "build_prj.tcl", "create_clock -period 5", "create_clock -period 8")
    config = read_project_config(copy)
    assert config["ClockUncertainty"] is None and config["ClockPeriod"] == "8"
    target = read_project(copy, "vitis")[2]
    assert target.clock_ns == 8 and target.uncertainty == pytest.approx(0.27)


def test_the_vitis_accelerator_board_part_comes_from_project_tcl():
    """Y1 (set 15, VitisAccelerator backend): hls4ml writes the board's part into project.tcl; the yml's Part
    is the backend default the build ignores (its report: xcu55c)."""
    y1 = DATA / "heldout15" / "projects" / "Y1"
    assert "Part: xcvu13p-flga2577-2-e" in (y1 / "hls4ml_config.yml").read_text()
    assert read_project(y1, "vitis")[2].part == "xcu55c-fsvh2892-2L-e"


def test_a_frequency_in_project_tcl_alone_is_read_as_its_period(tmp_path):
    """`set clock_period 250MHz` in project.tcl (no build_prj.tcl to resolve it) is 4 ns, as in build_prj."""
    copy = _copy(tmp_path, M2)
    (copy / "build_prj.tcl").unlink()
    _edit(copy / "project.tcl", "set clock_period 2.8", "set clock_period 250MHz")
    assert read_project(copy, "vitis")[2].clock_ns == pytest.approx(4.0)


def test_a_clock_setting_that_is_not_a_number_is_named_in_the_error(tmp_path):
    copy = _copy(tmp_path, M2)
    _edit(copy / "project.tcl", "set clock_uncertainty 27%", "set clock_uncertainty 0.5ns")
    with pytest.raises(ValueError, match=r"ClockUncertainty '0.5ns': give a share of the period"):
        read_project(copy, "vitis")


@pytest.mark.parametrize("period", ["4ns", "250MHz", "4.0"])
def test_project_tcl_clock_period_units(tmp_path, period):
    """create_clock -period takes ns (unit optional) or MHz; project.tcl's value alone reads the same."""
    copy = _copy(tmp_path, M2)
    (copy / "build_prj.tcl").unlink()
    _edit(copy / "project.tcl", "set clock_period 2.8", f"set clock_period {period}")
    assert read_project(copy, "vitis")[2].clock_ns == pytest.approx(4.0)


def test_a_yml_with_python_tags_is_still_read():
    """V4 (Vitis HLS 2023.2, its README) pickles its KerasModel in its yml (`!!python/object/apply`); the
    safe loader refused the whole file, so Backend came from project.tcl's `set backend "vivado"` and the CLI
    estimated it for Vivado HLS."""
    v4 = DATA / "heldout12" / "projects" / "V4"
    assert "KerasModel: !!python/object/apply" in (v4 / "hls4ml_config.yml").read_text()
    config = read_project_config(v4)
    assert config["Backend"] == "Vitis" and config["IOType"] == "io_stream"
    assert read_project(v4)[2].hls_tool == "vitis"


@pytest.mark.parametrize("expression", ["[expr 1000/250]", "[expr {1000 / 250}]", "[expr (2 + 2) * 1.0]"])
def test_a_constant_tcl_expr_in_project_tcl_is_its_value(tmp_path, expression):
    """`set clock_period [expr 1000/250]` is 4 ns, as Tcl computes it (it used to fall back to the yml)."""
    copy = _copy(tmp_path, M2)
    (copy / "build_prj.tcl").unlink()
    _edit(copy / "project.tcl", "set clock_period 2.8", f"set clock_period {expression}")
    assert read_project(copy, "vitis")[2].clock_ns == pytest.approx(4.0)


def test_tcl_expr_divides_integers_as_tcl_does(tmp_path):
    copy = _copy(tmp_path, M2)
    (copy / "build_prj.tcl").unlink()
    _edit(copy / "project.tcl", "set clock_period 2.8", "set clock_period [expr 1000/300]")
    assert read_project(copy, "vitis")[2].clock_ns == pytest.approx(3.0)


def test_a_tcl_expr_of_variables_is_named_in_the_error_not_skipped(tmp_path):
    copy = _copy(tmp_path, M2)
    (copy / "build_prj.tcl").unlink()
    _edit(copy / "project.tcl", "set clock_period 2.8", "set clock_period [expr 1000/$mhz]")
    with pytest.raises(ValueError, match=r"ClockPeriod '\[expr 1000/\$mhz\]': not a number"):
        read_project(copy, "vitis")
