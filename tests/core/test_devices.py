"""The shipped FPGA device table and the budgets it gives."""

import csv
import json
import logging
import re
from importlib import resources

import pytest

from fpgaprune.core.devices import BUDGET_RESOURCES, device_of, devices, fit


def test_budget_is_the_table_row_scaled_and_rounded_down():
    counts = device_of("xcvu13p").resources()
    assert fit("xcvu13p-flga2577-2-e") == counts
    assert fit("xcvu13p-flga2577-2-e", 0.5) == {resource: count // 2 for resource, count in counts.items()}


def test_speed_grade_and_package_do_not_change_the_device():
    assert device_of("xcvu9p-flga2104-2L-e") == device_of("XCVU9P-flgb2104-1-i") == device_of("xcvu9p")


def test_utilization_rounds_down():
    assert fit("xczu3eg-sbva484-1-e", 0.7)["dsp"] == 252  # 360 x 0.7


@pytest.mark.parametrize(
    ("part", "utilization", "message"),
    [
        ("xcvu9p", "0.7", "utilization '0.7' must be a number in (0, 1], e.g. 0.7"),
        ("xcvu9p", True, "utilization True must be a number in (0, 1], e.g. 0.7"),
        (None, 0.7, "part must be an FPGA part's name, e.g. 'xcvu9p-flga2104-2L-e', got None"),
    ],
)
def test_a_part_or_utilization_of_another_type_is_one_line(part, utilization, message):
    """fit("xcvu9p", "0.7") was a TypeError from a comparison (a review, 2026-12-07)."""
    with pytest.raises(ValueError) as error:
        fit(part, utilization)
    assert str(error.value) == message


def test_a_utilization_that_leaves_none_of_a_resource_says_so():
    """It said "budget dsp=0: give a share removed in (0, 1) or a count >= 1", a budget no one gave (a
    review, 2026-12-07)."""
    dsp = device_of("xc7z007s").resources()["dsp"]
    with pytest.raises(ValueError) as error:
        fit("xc7z007s", 0.01)
    assert (
        str(error.value) == f"xc7z007s at utilization 0.01 leaves DSP 0 of {dsp}: give a larger utilization"
    )


def test_unknown_part_lists_close_names():
    with pytest.raises(ValueError, match=r"unknown FPGA part 'xcvu9q-flga2104'.*xcvu9p"):
        fit("xcvu9q-flga2104")


def test_a_7_series_part_is_named_by_its_device_and_its_refusal_gives_the_way_out():
    """A PYNQ-Z2 user's xc7z020clg400-1 was 'device xc7z020clg400' (the package glued to it), 'close to it:
    xcu200': neither the table's families nor what to do instead. A device outside the table (xc7z030; xc7s50,
    a Spartan-7) is refused in one line naming the close devices, else the families."""
    from fpgaprune.core.devices import device_name

    assert device_name("xc7z020clg400-1") == device_name("XC7Z020CLG484-2") == "xc7z020"
    assert device_name("xc7a35ticsg324-1L") == "xc7a35t" and device_name("xc7vx690tffg1761-2") == "xc7vx690t"
    assert device_name("xc7k325tffg900-2") == "xc7k325t" and device_name("xc7a200tsbg484-1") == "xc7a200t"
    # the single-core Zynq's s belongs to the device; an s that starts the package does not
    assert device_name("xc7z007s-clg225-2") == device_name("xc7z007sclg225-2") == "xc7z007s"
    assert device_name("xc7z030sbg485-1") == "xc7z030"
    assert device_name("xcvu9p-flga2104-2L-e") == "xcvu9p"
    with pytest.raises(ValueError) as error:
        fit("xc7z030sbg485-1", 0.8)
    message = str(error.value)
    assert "\n" not in message
    assert message.startswith(
        "unknown FPGA part 'xc7z030sbg485-1' (device 'xc7z030'); known devices close to"
    )
    assert "xc7z020" in message.partition("(fpgaprune")[0]
    assert "--budget dsp=N,bram_18k=N,lut=N,ff=N" in message and "bind the weight layers" in message
    with pytest.raises(ValueError) as error:
        fit("xc7s50csga324-1")
    message = str(error.value)
    assert "\n" not in message and "(device 'xc7s50'); the table has Alveo" in message
    assert "Zynq-7000" in message and "Virtex-7" in message and "close to it" not in message


def test_the_hls_tools_spelling_of_a_low_power_7_series_part_names_its_device():
    """Vivado HLS / Vitis HLS write a -1L/-2L 7-series part with a `-` after the device's `i` or `l` letter:
    public csynth reports name xc7a35ti-csg324-1L, xc7a200tl-ffg1156-2L and xc7k410ti-ffv900-2L, whose
    device was read as xc7a35, xc7a200 and xc7k410 (outside the table) until 2026-12-06; Vivado's spelling of
    the same parts keeps the letter before the package (xc7a35ticsg324-1L; 7a200tlffg1156-2L in a
    report_utilization of the xc7a200tl project)."""
    from fpgaprune.core.devices import device_name

    for hls, vivado, device in [
        ("xc7a35ti-csg324-1L", "xc7a35ticsg324-1L", "xc7a35t"),
        ("xc7a200tl-ffg1156-2L", "xc7a200tlffg1156-2L", "xc7a200t"),
        ("xc7k410ti-ffv900-2L", None, "xc7k410t"),
    ]:
        assert device_name(hls) == device, hls
        assert device_of(hls) == devices()[device]
        assert vivado is None or device_name(vivado) == device
    # a letter that is no device suffix stays out of the name; an `s` followed by a 2-letter package too
    assert device_name("xc7z030sbg485-1") == "xc7z030" and device_name("xc7z007s-clg225-2") == "xc7z007s"


# real part names of the student and development boards (and of hls4ml projects) whose devices were added on
# 2026-12-06, as Vivado, Vivado HLS / Vitis HLS and hls4ml configs spell them
DEV_BOARD_PARTS = {
    "xc7a35ticsg324-1L": "xc7a35t",  # Arty A7-35
    "xc7a35ti-csg324-1L": "xc7a35t",  # the same, as a csynth report names it
    "xc7a35tcpg236-1": "xc7a35t",  # Basys3
    "xc7a100tcsg324-1": "xc7a100t",  # Arty A7-100, Nexys A7
    "xc7a100t-csg324-1": "xc7a100t",
    "xc7a200tsbg484-1": "xc7a200t",  # Nexys Video
    "xc7a200tl-ffg1156-2L": "xc7a200t",
    "xc7k325tffg900-2": "xc7k325t",  # KC705, Genesys2
    "xc7k410tffg676-1": "xc7k410t",
    "xc7k410ti-ffv900-2L": "xc7k410t",
    "xc7z010clg400-1": "xc7z010",  # Zybo, Red Pitaya
    "xc7z010-clg400-1": "xc7z010",
    "xc7vx690t-ffg1761-2": "xc7vx690t",
    "xc7vx690tffg1930-3": "xc7vx690t",
    "xcku040-ffva1156-2-e": "xcku040",  # KCU105
    "xcku115-flvb2104-2-i": "xcku115",
    "xczu5ev-sfvc784-2LV-e": "xczu5ev",
    "xck26-sfvc784-2LV-c": "xck26",  # Kria K26
}


@pytest.mark.parametrize("part", sorted(DEV_BOARD_PARTS))
def test_a_dev_board_part_is_budgeted_from_its_verified_row(part, caplog):
    """`--part xc7a35ticsg324-1L` answered "not in the device table" before 2026-12-06. Each board's part now
    names its row, which is verified (a public table and a public synthesis report agree), so `fit` budgets it
    without the unverified warning; every row's FF is twice its LUT and its BRAM_18K even."""
    from fpgaprune.core.devices import device_name, overflow_line

    device = DEV_BOARD_PARTS[part]
    assert device_name(part) == device
    row = device_of(part)
    assert row == devices()[device] and row.verified
    assert row.ff == 2 * row.lut and row.bram_18k % 2 == 0
    with caplog.at_level(logging.WARNING, logger="fpgaprune.core.devices"):
        budget = fit(part, 0.5)
    assert not caplog.records
    assert dict(budget) == {resource: count // 2 for resource, count in row.resources().items()}
    assert overflow_line(part, {resource: 0.0 for resource in BUDGET_RESOURCES}, "estimate") is None


def test_the_small_artix_and_zynq_budgets_are_their_reports_counts():
    """The counts the two smallest added boards budget, as the public reports quoted in their rows give them
    (Basys3/Arty xc7a35t: Slice LUTs 20800, Slice Registers 41600, Block RAM Tile 50, DSPs 90; Zybo/Red
    Pitaya xc7z010: 17600, 35200, 60, 80)."""
    assert fit("xc7a35ticsg324-1L") == {"dsp": 90, "bram_18k": 100, "lut": 20800, "ff": 41600}
    assert fit("xc7z010clg400-1") == {"dsp": 80, "bram_18k": 120, "lut": 17600, "ff": 35200}


SEVEN_SERIES_ROWS = {"xc7z007s", "xc7z020", "xc7vx485t"}


@pytest.mark.parametrize("device", sorted(SEVEN_SERIES_ROWS))
def test_a_7_series_row_is_the_available_row_of_the_reports_its_source_names(device):
    """Each 7-series row names csynth reports stored in this repository; every one it names has the row's
    counts in its Available row (read by the package's own report reader), and so does its quoted twin."""
    from pathlib import Path

    from fpgaprune.hls.reports import read_csynth_report

    root = Path(__file__).resolve().parents[2]
    row = devices()[device]
    assert not row.verified and "csynth report Available row" in row.source
    assert "results/bench/device_counts_from_reports.md" in row.source
    paths = re.findall(r"(tests/[\w/+.-]+?\.rpt)", row.source)
    stored = [root / path for path in paths if (root / path).is_file()]
    assert stored, (device, paths)  # at least one named report is in the repository
    for path in stored:
        report = read_csynth_report(path)
        assert device_of(report.part) == row, path
        available = {resource: report.available[resource] for resource in BUDGET_RESOURCES}
        assert available == row.resources(), path
    for resource in ("dsp", "lut", "ff"):
        assert str(getattr(row, resource)) in row.source, resource
    assert f"BRAM_18K {row.bram_18k}" in row.source


def test_every_named_7_series_part_maps_to_its_row():
    assert device_of("xc7z020clg400-1") == device_of("xc7z020-clg484-1") == devices()["xc7z020"]
    assert device_of("xc7z007s-clg225-2").device == "xc7z007s"
    assert device_of("xc7vx485tffg1761-2").device == "xc7vx485t"
    assert {device.family for device in devices().values() if device.device in SEVEN_SERIES_ROWS} == {
        "Zynq-7000",
        "Virtex-7",
    }


def test_half_a_pynq_z2_is_half_the_counts_its_report_gives(caplog):
    """fit('xc7z020', 0.5): half of the Available row of the PYNQ-Z2 report, with the unverified warning."""
    from pathlib import Path

    from fpgaprune.hls.reports import read_csynth_report

    report = Path(__file__).parent / "hardware/data/calibration"
    report /= "Hector-Plata+hls4ml-tutorial__B5__model_3_hls4ml_prj_pynq__csynth.rpt"
    available = read_csynth_report(report).available
    with caplog.at_level(logging.WARNING, logger="fpgaprune.core.devices"):
        budget = fit("xc7z020", 0.5)
    assert dict(budget) == {resource: available[resource] // 2 for resource in BUDGET_RESOURCES}
    assert budget["dsp"] == 110 and "xc7z020" in caplog.text and "not verified" in caplog.text


@pytest.mark.parametrize("utilization", [0, -0.1, 1.5])
def test_utilization_outside_the_unit_interval_is_refused(utilization):
    with pytest.raises(ValueError, match="utilization"):
        fit("xcu250-figd2104-2L-e", utilization)


def test_every_row_has_a_source_a_verified_flag_and_plausible_counts():
    text = resources.files("fpgaprune.core").joinpath("data/devices.csv").read_text()
    rows = list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))
    assert rows and all(row["verified"] in ("yes", "no") for row in rows)
    assert all(len(row["source"].strip()) > 20 for row in rows)  # a named document or file, not a stub
    for row in rows:
        counts = [int(row[resource]) for resource in BUDGET_RESOURCES]
        assert min(counts) > 0, row["device"]
        assert int(row["bram_18k"]) % 2 == 0, row["device"]  # twice the 36 Kb blocks
    families = {device.family.split(" ")[0] for device in devices().values()}
    assert {"Alveo", "Virtex", "Kintex", "Zynq", "Versal"} <= families


def test_an_unverified_device_is_budgeted_with_a_warning_naming_it(caplog):
    unverified = next(device for device in devices().values() if not device.verified)
    verified = next(device for device in devices().values() if device.verified)
    with caplog.at_level(logging.WARNING, logger="fpgaprune.core.devices"):
        fit(verified.device)
        assert not caplog.records
        assert fit(unverified.device) == unverified.resources()
    assert unverified.device in caplog.text and "not verified" in caplog.text


def test_the_unverified_warning_is_one_readable_line_with_the_counts(caplog):
    """fit('xc7z020') warned with the row's whole source quoted (repositories, commits, report paths: some
    900 characters) before the run's first line; now the counts it budgets and where the sources are."""
    with caplog.at_level(logging.WARNING, logger="fpgaprune.core.devices"):
        fit("xc7z020clg400-1", 0.8)
    (record,) = caplog.records
    assert record.getMessage() == (
        "device xc7z020 (Zynq-7000): DSP 220, BRAM_18K 280, LUT 53,200, FF 106,400, not verified by two "
        "public sources (the row's source in fpgaprune/core/data/devices.csv; docs/your-model.md, 'Device "
        "table'); check them against AMD's data sheet before relying on the budget"
    )


def test_every_verified_row_quotes_a_synthesis_report_with_its_counts():
    """A verified row names, besides the data-sheet table, a public synthesis report of the device whose
    Available counts (quoted in `source`) are the row's: a row cannot be marked verified on one source."""
    verified = [device for device in devices().values() if device.verified]
    expected = {
        "xcvu9p",
        "xczu9eg",
        "xcu250",
        "xcu280",
        "xcvu11p",
        "xczu3eg",
        "xczu7ev",
        "xczu19eg",
        *DEV_BOARD_PARTS.values(),
    }
    assert expected <= {device.device for device in verified}
    for device in verified:
        source = device.source
        assert "Wikipedia" in source and ("csynth" in source or "report" in source), device.device
        assert "code-index file" in source or "/" in source, device.device  # where the report is
        report = source[source.index("report") :]
        for resource in ("dsp", "lut", "ff"):
            assert str(getattr(device, resource)) in report, (device.device, resource)
        bram = device.bram_18k
        assert f"BRAM_18K {bram}" in report or f"Block RAM Tile {bram // 2}" in report, device.device


def test_fit_remembers_the_part_and_utilization_its_counts_come_from():
    """A part's budget is the whole design's (`fpgaprune.optimize` reserves the fixed parts out of it): the
    counts stay a plain mapping, the part and utilisation ride along."""
    budget = fit("xczu3eg-sbva484-1-e", 0.7)
    assert dict(budget) == {"dsp": 252, "bram_18k": 302, "lut": 49392, "ff": 98784}
    assert (budget.part, budget.utilization) == ("xczu3eg-sbva484-1-e", 0.7)
    assert json.loads(json.dumps(budget)) == dict(budget)


def test_the_config_names_a_parts_folder_without_the_unverified_warning(caplog):
    """Snakemake parses the workflow for every job, and the config's `fit:` folder called fit(): one pipeline
    run on xc7z020 printed the unverified device's warning eight times on the console. The config takes the
    counts quietly (`part_counts`, the same numbers); the job that prunes to them warns in its log."""
    from fpgaprune.config.types import PartFit
    from fpgaprune.core.devices import part_counts

    with caplog.at_level(logging.WARNING, logger="fpgaprune.core.devices"):
        folder = PartFit("xc7z020", 0.8).folder
        assert part_counts("xc7z020", 0.8) == fit("xc7z020", 0.8)
    assert folder == "b-dsp176-bram_18k224-lut42560-ff85120"
    assert len(caplog.records) == 1  # fit()'s own


def test_a_design_over_its_configured_part_is_said_in_one_line():
    """A share's budget is of the unpruned design: `--budget dsp=0.5` ended "ok" with a whole project of
    BRAM_18K 2,500 on an xc7z020 of 280, and nothing said the design cannot fit its Part."""
    from fpgaprune.core.devices import overflow_line

    totals = {"dsp": 150.0, "bram_18k": 2500.0, "lut": 20000.0, "ff": 30000.0}
    line = overflow_line("xc7z020clg400-1", totals, "estimate, whole project")
    assert line == (
        "the design does not fit its Part xc7z020clg400-1 (estimate, whole project: BRAM_18K 2,500 of 280): "
        "the budget given is not the chip's; give --part xc7z020clg400-1 (and --utilization) to prune it to "
        "the chip"
    )
    assert overflow_line("xc7z020clg400-1", {**totals, "bram_18k": 280.0}, "estimate") is None  # fits
    assert overflow_line("xc7s50csga324-1", totals, "estimate") == (  # a device not in the table
        "whether the design fits its Part xc7s50csga324-1 is not checked: its device xc7s50 is not in "
        "fpgaprune's device table (fpgaprune/core/data/devices.csv); give the chip's counts as the budget "
        "(--budget dsp=N,bram_18k=N,lut=N,ff=N) to prune to it"
    )


def test_an_estimate_for_a_device_the_table_lacks_is_warned_of_with_the_close_names():
    """A misspelt part (`xcvu9pp`) was estimated without a word, as an UltraScale part by its name; now the
    estimate warns, naming the fabric and grade it read and the table's devices close to it."""
    from fpgaprune.core.hardware.logic import unknown_device_warning
    from fpgaprune.core.hardware.multipliers import Target

    line = unknown_device_warning(Target(part="xcvu9pp-flga2104-2-e"))
    assert line.startswith("part xcvu9pp-flga2104-2-e: device xcvu9pp is not in fpgaprune's device table")
    assert "(close to it: xcvu9p); estimated as its name reads (UltraScale fabric, speed grade -2)" in line
    assert "(7-series fabric, speed grade -1)" in unknown_device_warning(Target(part="xc7z030-sbg485-1"))
    assert unknown_device_warning(Target(part="xc7z020clg400-1")) is None
    assert unknown_device_warning(Target(part="xcu250-figd2104-2L-e")) is None


def test_an_estimate_over_its_part_is_one_line_naming_every_count_over():
    from fpgaprune.core.devices import capacity_line

    totals = {"dsp": 927, "bram_18k": 10, "lut": 51_359, "ff": 108_289}  # a review's pynq-z2 project
    line = capacity_line("xc7z020clg400-1", totals)
    assert "does not fit its part xc7z020clg400-1 (DSP 927 of 220, FF 108,289 of 106,400)" in line
    assert "--part xc7z020clg400-1" in line
    assert capacity_line("xcvu13p-flga2577-2-e", totals) is None  # fits
    assert capacity_line("xc9zz999-1", totals) is None  # not in the table: unknown_device_warning says so
