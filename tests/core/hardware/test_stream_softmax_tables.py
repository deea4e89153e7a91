"""Read-port copies of the io_stream softmax tables (`glue._tables`, `glue._one_trip`): a loop of one trip
loses its `PIPELINE II` under Vitis HLS, so the reuse factor no longer spreads the exp-table reads."""

from pathlib import Path

from fpgaprune.core.hardware.glue import design_memories
from fpgaprune.core.hardware.project import read_project, read_project_files

DATA = Path(__file__).parent / "data"


def _softmax_tables(project: str, hls_tool: str) -> dict:
    files, part = read_project_files(DATA / project), read_project(DATA / project)[2].part
    return {m.name.split(".")[-1]: m for m in design_memories(files, hls_tool, part) if m.kind == "table"}


def test_vitis_one_trip_softmax_reads_every_value():
    # R3 (set 20, Vitis HLS 2023.1): softmax over 10 values in one word, RF 16. Its csynth report's Memory
    # rows: exp_table 1024 x 17 in 4 BRAM (RTL: 8 read ports on 4 ROM copies), invert_table 1
    tables = _softmax_tables("heldout20/projects/R3", "vitis")
    assert tables["exp_table"].copies == 5  # ceil(10 / 2); the report's 4 is within one block
    assert tables["invert_table"].bram_18k == 1
    assert sum(t.bram_18k for t in tables.values()) == 6  # report 5


def test_vivado_keeps_the_reuse_factor_spread():
    # H5 (set 1, Vivado HLS 2020.1): softmax over 10 values in one word, RF 16: 2 BRAM in its report
    tables = _softmax_tables("heldout/projects/H5", "vivado")
    assert tables["exp_table"].copies == 1
    assert sum(t.bram_18k for t in tables.values()) == 2


def test_the_rule_is_the_tools_not_the_projects():
    # the same R3 project read as a Vivado HLS build keeps the spread reads (one copy)
    assert _softmax_tables("heldout20/projects/R3", "vivado")["exp_table"].copies == 1
