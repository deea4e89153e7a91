"""Integrity of held-out set 14 (data/heldout14/README.md): data only.

Set 14 is blind: nothing here imports fpgaprune or calls the cost model. These checks guard the committed
files against a broken regeneration (`scripts/extract_heldout.py ... heldout14`): the designs come from
repositories outside the calibration data and every earlier set, each project carries the files the reader
needs, every weight layer of every design has its report instance, each report's summary rows add up to
its Total row, and X7's stream FIFOs add up to its FIFO row (BRAM and FF; Vivado HLS 2019.1 puts the FIFOs'
LUTs in the summary row only).
"""

import csv
import re
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
HELDOUT14 = DATA / "heldout14"
DESIGNS = ("X1", "X2", "X3", "X4", "X5", "X6", "X7")
WEIGHT_CALL = re.compile(
    r"nnet::(dense|conv_2d_cl|conv_1d_cl)<[^;]*?(config\d+)\s*>\s*\(([^;]*)\);\s*//\s*(\S+)"
)
COMPONENT_ROWS = ("Expression", "FIFO", "Instance", "Memory", "Multiplexer", "Register")


def read_table(path, delimiter=","):
    with open(path, newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


def earlier_repositories():
    """Repositories of the calibration data and of every other held-out set."""
    repos = {row["repo"] for row in read_table(DATA / "resource_layers.csv")}
    repos |= {row["repo"] for row in read_table(DATA / "calibration" / "MANIFEST.tsv", "\t")}
    for manifest in DATA.glob("heldout*/MANIFEST.tsv"):
        if manifest.parent != HELDOUT14:
            repos |= {row["repo"] for row in read_table(manifest, "\t")}
    return repos - {"-", ""}


def project_name(project):
    config = (project / "hls4ml_config.yml").read_text()
    found = re.search(r"^ProjectName:\s*(\w+)", config, re.MULTILINE)
    return found.group(1) if found else "myproject"


def weight_calls(design):
    project = HELDOUT14 / "projects" / design
    return WEIGHT_CALL.findall((project / "firmware" / f"{project_name(project)}.cpp").read_text())


@pytest.fixture(scope="module")
def manifest():
    return read_table(HELDOUT14 / "MANIFEST.tsv", "\t")


def test_the_manifest_lists_the_designs_at_full_commits(manifest):
    assert tuple(row["design"] for row in manifest) == DESIGNS
    assert all(re.fullmatch(r"[0-9a-f]{40}", row["commit"]) for row in manifest)
    assert all(row["csynth_report"].startswith(row["project_dir"] + "/") for row in manifest)


def test_no_repository_was_used_before(manifest):
    assert {row["repo"] for row in manifest}.isdisjoint(earlier_repositories())


@pytest.mark.parametrize("design", DESIGNS)
def test_each_project_has_the_files_the_reader_needs(design):
    project = HELDOUT14 / "projects" / design
    firmware = project / "firmware"
    assert (firmware / f"{project_name(project)}.cpp").is_file()
    assert (firmware / "parameters.h").is_file() and (firmware / "defines.h").is_file()
    calls = weight_calls(design)
    assert calls
    for _, _, arguments, _ in calls:
        weights = [part.strip() for part in arguments.split(",")][2]
        assert (firmware / "weights" / f"{weights}.txt").is_file()


@pytest.mark.parametrize("design", DESIGNS)
def test_every_weight_layer_has_its_report_instance(design):
    rows = [row for row in read_table(HELDOUT14 / "instances.csv") if row["design"] == design]
    by_layer = {row["layer"]: row for row in rows}
    for function, config, _, layer in weight_calls(design):
        assert by_layer[layer]["config"] == config
        assert by_layer[layer]["function"] == function
        assert int(by_layer[layer]["lut"]) > 0


@pytest.mark.parametrize("design", DESIGNS)
def test_the_summary_rows_add_up_to_the_total(design):
    rows = {row["row"]: row for row in read_table(HELDOUT14 / "summary.csv") if row["design"] == design}
    assert set(rows) == {*COMPONENT_ROWS, "Total"}
    for resource in ("dsp", "bram_18k", "lut", "ff"):
        assert sum(int(rows[name][resource]) for name in COMPONENT_ROWS) == int(rows["Total"][resource])
    instances = [row for row in read_table(HELDOUT14 / "instances.csv") if row["design"] == design]
    assert sum(int(row["lut"]) for row in instances) <= int(rows["Instance"]["lut"])


@pytest.mark.parametrize("design", DESIGNS)
def test_the_report_is_of_the_part_and_clock_the_project_names(design, manifest):
    row = next(row for row in manifest if row["design"] == design)
    config = (HELDOUT14 / "projects" / design / "hls4ml_config.yml").read_text()
    part = re.search(r"^(?:Xilinx)?Part:\s*(\S+)", config, re.MULTILINE).group(1)  # XilinxPart: X7
    clock = re.search(r"^ClockPeriod:\s*(\S+)", config, re.MULTILINE).group(1)
    assert row["part"].replace("-", "") == part.replace("-", "")
    assert float(row["clock_ns"]) == float(clock)


def test_the_reports_are_of_the_old_layout_the_set_was_collected_for(manifest):
    assert {row["hls_version"] for row in manifest} == {"2018.3", "2019.1"}
    assert {row["hls_tool"] for row in manifest} == {"Vivado HLS"}


def test_the_stream_fifos_add_up_to_the_fifo_row():
    fifos = read_table(HELDOUT14 / "fifos.csv")
    assert {row["design"] for row in fifos} == {"X7"}
    rows = {row["row"]: row for row in read_table(HELDOUT14 / "summary.csv") if row["design"] == "X7"}
    for resource in ("bram_18k", "ff"):
        assert sum(int(row[resource]) for row in fifos) == int(rows["FIFO"][resource])
