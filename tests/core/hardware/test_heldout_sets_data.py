"""Integrity of the blind held-out sets 12-25 (data/heldout{12,...,25}/README.md): data only.

The sets are blind: nothing here imports fpgaprune or calls the cost model. These checks guard the committed
files against a broken regeneration (`scripts/extract_heldout.py ... heldoutN`): the designs come from
repositories outside the calibration data and every other set, each project carries the files the reader
needs, every weight layer of every design has its report instance, each report's summary rows add up to its
Total row, and each report is of the part and clock its project names (for hls4ml's VitisAccelerator backend,
set 15's Y1 and Y2, the board's part that hls4ml writes into project.tcl; the clock as the report prints it,
to two decimals: set 17's N1 and N2 ask 2.7777... ns). Set 14 also: its reports are of the old layout it was
collected for. Sets 14, 15, 17, 18, 19 and 20: the stream FIFOs add up to the FIFO row (BRAM and FF; Vivado
HLS 2019.1 and Vitis HLS 2022.2/2023.2 put the FIFOs' LUTs in the summary row only; set 18's M1 and M2 are
io_parallel dataflow designs whose layer outputs are FIFO channels; set 20's R3 an io_stream CNN). Set 16's Z1
and Z2 were synthesised by their author's own script into a sibling directory `<project>_synthesis/`, which
holds the reports. Set 19's L1 and L2 were typed from the search index's text (no snapshot holding their
commits can be fetched): every instance of their reports is tied to a layer, so the instance rows must add up
to the Instance row exactly; the same holds for set 20's R1 and R2 (R2 typed from the index likewise, R1 from
a fetched snapshot) and for set 21's E1-E3 (every report instance is a layer of the project). Set 21's designs
have stream FIFOs too: E2 and E3 are io_stream dataflow CNNs, E1 an io_parallel CNN whose top is a dataflow
region (hls4ml 1.x writes io_parallel models with convolutions so), with 4089 FIFO channels. Set 22's A1 was
typed from the search index like L1 and L2 (an io_stream dataflow design of four Resource Dense layers and
three ReLUs, every report instance a layer of the project), so its instance rows must add up to the Instance
row exactly, and its six stream FIFOs to the FIFO row; so must C1's (an io_parallel MLP whose two Dense
functions Vivado HLS named without their config are tied by their reports' interfaces). Set 23's four
io_parallel MLPs (B1-B3, D1) are tied the same way (three config-less Dense functions each), and every report
instance is a layer of the project, so their instance rows add up to the Instance row exactly too. So do set
24's I1's (an io_parallel Conv1D/Dense network; its first Conv1D and two Dense functions are tied so too).
Set 25's F1 is an io_stream dataflow encoder (zero padding, Conv2D, ReLU, Dense, ReLU; Vivado HLS 2020.1):
every report instance is a layer of the project and carries its config, so its instance rows add up to the
Instance row exactly, and its stream FIFOs to the FIFO row.
"""

import csv
import re
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
DESIGNS = {
    "heldout12": ("V1", "V2", "V3", "V4", "V5"),
    "heldout13": ("W1", "W2", "W3", "W4", "W5"),
    "heldout14": ("X1", "X2", "X3", "X4", "X5", "X6", "X7"),
    "heldout15": ("Y1", "Y2", "Y3"),
    "heldout16": ("Z1", "Z2"),
    "heldout17": ("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"),
    "heldout18": ("M1", "M2", "M3"),
    "heldout19": ("L1", "L2"),
    "heldout20": ("R1", "R2", "R3"),
    "heldout21": ("E1", "E2", "E3"),
    "heldout22": ("A1", "C1"),
    "heldout23": ("B1", "B2", "B3", "D1"),
    "heldout24": ("I1",),
    "heldout25": ("F1",),
}
FIFO_DESIGNS = {  # the designs with stream FIFOs
    "heldout14": ("X7",),
    "heldout15": ("Y2", "Y3"),
    "heldout17": ("N1", "N2", "N3", "N4", "N5"),
    "heldout18": ("M1", "M2"),
    "heldout19": ("L1", "L2"),
    "heldout20": ("R3",),
    "heldout21": ("E1", "E2", "E3"),
    "heldout22": ("A1",),
    "heldout25": ("F1",),
}
SIBLING_REPORTS = {"heldout16": ("Z1", "Z2")}
# set 22's C1 names its part without a speed grade (`xc7a35tcsg324`); Vivado HLS 2019.2 synthesised for -3
PART_WITHOUT_SPEED_GRADE = {
    ("heldout22", "C1"): "3"
}  # reports under `<project>_synthesis/`, not the project's
SET_DESIGNS = [(name, design) for name, designs in DESIGNS.items() for design in designs]
WEIGHT_CALL = re.compile(
    r"nnet::(dense|conv_2d_cl|conv_1d_cl|pointwise_conv_[12]d_cl)<[^;]*?(config\d+)\s*>\s*\(([^;]*)\);\s*//\s*(\S+)"
)
COMPONENT_ROWS = ("Expression", "FIFO", "Instance", "Memory", "Multiplexer", "Register")


def read_table(path, delimiter=","):
    with open(path, newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


def manifest(name):
    return read_table(DATA / name / "MANIFEST.tsv", "\t")


def set_rows(name, table, design):
    return [row for row in read_table(DATA / name / table) if row["design"] == design]


def other_repositories(name):
    """Repositories of the calibration data and of every other held-out set."""
    repos = {row["repo"] for row in read_table(DATA / "resource_layers.csv")}
    repos |= {row["repo"] for row in read_table(DATA / "calibration" / "MANIFEST.tsv", "\t")}
    for path in DATA.glob("heldout*/MANIFEST.tsv"):
        if path.parent.name != name:
            repos |= {row["repo"] for row in read_table(path, "\t")}
    return repos - {"-", ""}


def project_config(name, design):
    return (DATA / name / "projects" / design / "hls4ml_config.yml").read_text()


def project_part(name, design):
    """The part the project's files name: hls4ml_config.yml's, except for the VitisAccelerator backend, whose
    Part the build ignores for the board's part (written into project.tcl)."""
    config = project_config(name, design)
    if re.search(r"^Backend:\s*VitisAccelerator\b", config, re.MULTILINE):
        tcl = (DATA / name / "projects" / design / "project.tcl").read_text()
        return re.search(r'^set part "([\w-]+)"', tcl, re.MULTILINE).group(1)
    return re.search(r"^(?:Xilinx)?Part:\s*(\S+)", config, re.MULTILINE).group(1)  # XilinxPart: hls4ml 0.6


def project_name(name, design):
    found = re.search(r"^ProjectName:\s*(\w+)", project_config(name, design), re.MULTILINE)
    return found.group(1) if found else "myproject"


def weight_calls(name, design):
    firmware = DATA / name / "projects" / design / "firmware"
    return WEIGHT_CALL.findall((firmware / f"{project_name(name, design)}.cpp").read_text())


@pytest.mark.parametrize("name", sorted(DESIGNS))
def test_the_manifest_lists_the_designs_at_full_commits(name):
    rows = manifest(name)
    assert tuple(row["design"] for row in rows) == DESIGNS[name]
    assert all(re.fullmatch(r"[0-9a-f]{40}", row["commit"]) for row in rows)
    for row in rows:
        sibling = row["design"] in SIBLING_REPORTS.get(name, ())
        assert row["csynth_report"].startswith(row["project_dir"] + ("_synthesis/" if sibling else "/"))


@pytest.mark.parametrize("name", sorted(DESIGNS))
def test_no_repository_is_in_another_set_or_the_calibration(name):
    assert {row["repo"] for row in manifest(name)}.isdisjoint(other_repositories(name))


@pytest.mark.parametrize("name, design", SET_DESIGNS)
def test_each_project_has_the_files_the_reader_needs(name, design):
    firmware = DATA / name / "projects" / design / "firmware"
    assert (firmware / f"{project_name(name, design)}.cpp").is_file()
    assert (firmware / "parameters.h").is_file() and (firmware / "defines.h").is_file()
    calls = weight_calls(name, design)
    assert calls
    for _, _, arguments, _ in calls:
        weights = [part.strip() for part in arguments.split(",")][2]
        assert (firmware / "weights" / f"{weights}.txt").is_file()


@pytest.mark.parametrize("name, design", SET_DESIGNS)
def test_every_weight_layer_has_its_report_instance(name, design):
    by_layer = {row["layer"]: row for row in set_rows(name, "instances.csv", design)}
    for function, config, _, layer in weight_calls(name, design):
        assert by_layer[layer]["config"] == config
        assert by_layer[layer]["function"] == function
        assert int(by_layer[layer]["lut"]) > 0


@pytest.mark.parametrize("name, design", SET_DESIGNS)
def test_the_summary_rows_add_up_to_the_total(name, design):
    rows = {row["row"]: row for row in set_rows(name, "summary.csv", design)}
    assert set(rows) == {*COMPONENT_ROWS, "Total"}
    for resource in ("dsp", "bram_18k", "lut", "ff"):
        assert sum(int(rows[row][resource]) for row in COMPONENT_ROWS) == int(rows["Total"][resource])
    instances = set_rows(name, "instances.csv", design)
    assert sum(int(row["lut"]) for row in instances) <= int(rows["Instance"]["lut"])


@pytest.mark.parametrize("name, design", SET_DESIGNS)
def test_the_report_is_of_the_part_and_clock_the_project_names(name, design):
    row = next(row for row in manifest(name) if row["design"] == design)
    clock = re.search(r"^ClockPeriod:\s*(\S+)", project_config(name, design), re.MULTILINE).group(1)
    reported, named = row["part"].replace("-", ""), project_part(name, design).replace("-", "")
    if (name, design) in PART_WITHOUT_SPEED_GRADE:  # the tool picked the grade the report names
        assert reported == named + PART_WITHOUT_SPEED_GRADE[name, design]
    else:
        assert reported == named
    assert float(row["clock_ns"]) == round(float(clock), 2)


def test_set_14_reports_are_of_the_old_layout_it_was_collected_for():
    rows = manifest("heldout14")
    assert {row["hls_version"] for row in rows} == {"2018.3", "2019.1"}
    assert {row["hls_tool"] for row in rows} == {"Vivado HLS"}


@pytest.mark.parametrize("name", sorted(FIFO_DESIGNS))
def test_the_stream_fifos_add_up_to_the_fifo_row(name):
    fifos = read_table(DATA / name / "fifos.csv")
    assert {row["design"] for row in fifos} == set(FIFO_DESIGNS[name])
    for design in FIFO_DESIGNS[name]:
        rows = {row["row"]: row for row in set_rows(name, "summary.csv", design)}
        for resource in ("bram_18k", "ff"):
            total = sum(int(row[resource]) for row in fifos if row["design"] == design)
            assert total == int(rows["FIFO"][resource])


@pytest.mark.parametrize("design, count", [("L1", 7), ("L2", 4)])
def test_set_19_rebuilt_report_instances_add_up_to_the_instance_row(design, count):
    rows = {row["row"]: row for row in set_rows("heldout19", "summary.csv", design)}
    instances = set_rows("heldout19", "instances.csv", design)
    assert len(instances) == count
    for resource in ("dsp", "bram_18k", "lut", "ff"):
        assert sum(int(row[resource]) for row in instances) == int(rows["Instance"][resource])


@pytest.mark.parametrize("design, count", [("R1", 7), ("R2", 13)])
def test_set_20_report_instances_add_up_to_the_instance_row(design, count):
    rows = {row["row"]: row for row in set_rows("heldout20", "summary.csv", design)}
    instances = set_rows("heldout20", "instances.csv", design)
    assert len(instances) == count
    for resource in ("dsp", "bram_18k", "lut", "ff"):
        assert sum(int(row[resource]) for row in instances) == int(rows["Instance"][resource])


@pytest.mark.parametrize("design, count", [("E1", 10), ("E2", 12), ("E3", 11)])
def test_set_21_report_instances_add_up_to_the_instance_row(design, count):
    rows = {row["row"]: row for row in set_rows("heldout21", "summary.csv", design)}
    instances = set_rows("heldout21", "instances.csv", design)
    assert len(instances) == count
    for resource in ("dsp", "bram_18k", "lut", "ff"):
        assert sum(int(row[resource]) for row in instances) == int(rows["Instance"][resource])


@pytest.mark.parametrize("design, count", [("A1", 7), ("C1", 6)])
def test_set_22_report_instances_add_up_to_the_instance_row(design, count):
    rows = {row["row"]: row for row in set_rows("heldout22", "summary.csv", design)}
    instances = set_rows("heldout22", "instances.csv", design)
    assert len(instances) == count
    for resource in ("dsp", "bram_18k", "lut", "ff"):
        assert sum(int(row[resource]) for row in instances) == int(rows["Instance"][resource])


@pytest.mark.parametrize("design", ["B1", "B2", "B3", "D1"])
def test_set_23_report_instances_add_up_to_the_instance_row(design):
    rows = {row["row"]: row for row in set_rows("heldout23", "summary.csv", design)}
    instances = set_rows("heldout23", "instances.csv", design)
    assert len(instances) == 8  # four Dense, three ReLU, the softmax
    for resource in ("dsp", "bram_18k", "lut", "ff"):
        assert sum(int(row[resource]) for row in instances) == int(rows["Instance"][resource])


def test_set_23_mangled_dense_functions_are_tied_to_distinct_configs():
    # three Dense functions per design carry no config in their name; each tie (README) names another config
    for design in ("B1", "B2", "B3", "D1"):
        dense = [row for row in set_rows("heldout23", "instances.csv", design) if row["function"] == "dense"]
        assert len({row["config"] for row in dense}) == len({row["module"] for row in dense}) == 4


def test_set_24_report_instances_add_up_to_the_instance_row():
    rows = {row["row"]: row for row in set_rows("heldout24", "summary.csv", "I1")}
    instances = set_rows("heldout24", "instances.csv", "I1")
    assert len(instances) == 10  # two Conv1D, three Dense, four ReLU, the sigmoid
    for resource in ("dsp", "bram_18k", "lut", "ff"):
        assert sum(int(row[resource]) for row in instances) == int(rows["Instance"][resource])


def test_set_24_mangled_functions_are_tied_to_distinct_weight_layers():
    # the first Conv1D and two Dense functions carry no config in their name; each tie (README) names another
    weights = {config: layer for _, config, _, layer in weight_calls("heldout24", "I1")}
    tied = [
        row
        for row in set_rows("heldout24", "instances.csv", "I1")
        if row["function"] in ("dense", "conv_1d_cl")
    ]
    assert sorted(row["config"] for row in tied) == sorted(weights)
    assert all(weights[row["config"]] == row["layer"] for row in tied)


def test_set_25_report_instances_add_up_to_the_instance_row():
    rows = {row["row"]: row for row in set_rows("heldout25", "summary.csv", "F1")}
    instances = set_rows("heldout25", "instances.csv", "F1")
    # the zero padding, Conv2D, two ReLUs and Dense, each module named with its own config
    configs = sorted(row["config"] for row in instances)
    assert configs == ["config10", "config3", "config5", "config7", "config9"]
    assert all(row["module"].endswith(row["config"] + "_s") for row in instances)
    for resource in ("dsp", "bram_18k", "lut", "ff"):
        assert sum(int(row[resource]) for row in instances) == int(rows["Instance"][resource])


def test_set_20_r3_instances_and_its_inlined_loops_add_up_to_the_instance_row():
    # R3's top is not a DATAFLOW region: Vitis HLS inlined its two zero-paddings and conv1_relu as loops of
    # the top (`inlined.csv`, added on branch streamseq from the same report), the other 9 instances are tied
    # to layers in instances.csv
    rows = {row["row"]: row for row in set_rows("heldout20", "summary.csv", "R3")}
    instances = set_rows("heldout20", "instances.csv", "R3") + set_rows("heldout20", "inlined.csv", "R3")
    assert len(instances) == 16
    for resource in ("dsp", "bram_18k", "lut", "ff"):
        assert sum(int(row[resource]) for row in instances) == int(rows["Instance"][resource])
