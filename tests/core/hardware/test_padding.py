"""The zero padding's LUT and FF (`padding`): constants equal a fresh fit, the rows the fit reads, the
left-out error, and a real project's estimate counting them (and no longer warning for them)."""

from pathlib import Path

import numpy as np
import pytest

from fpgaprune.core.hardware.glue import (
    Refits,
    design_zero_paddings,
    estimate_project,
    estimate_project_files,
)
from fpgaprune.core.hardware.heldout import manifest_tool, read_table, read_zero_padding_rows
from fpgaprune.core.hardware.padding import (
    ZERO_PADDING_CONSTANTS,
    ZeroPaddingLayer,
    estimate_zero_padding,
    fit_zero_padding_constants,
    leave_one_design_out,
)
from fpgaprune.core.hardware.project import read_project_files

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def rows():
    return read_zero_padding_rows(DATA)


def test_the_fit_reads_the_zero_paddings_of_the_calibrating_designs(rows):
    designs = {design: sum(row[3] == design for row in rows) for design in {row[3] for row in rows}}
    # K2, U2, U3, X7, N1-N5 (43 instances) are left out of the calibration by their sets
    assert designs == {"P3": 7, "P6": 1, "U1": 6, "E3": 2, "S5": 2, "S6": 2, "E2": 2}
    assert sorted({row[2] for row in rows if row[3] in ("S5", "S6", "E2")}) == ["vitis"]


@pytest.mark.parametrize("tool", ["vivado", "vitis"])
def test_constants_in_code_are_the_fit(rows, tool):
    assert fit_zero_padding_constants(rows, tool) == ZERO_PADDING_CONSTANTS[tool]


def test_left_out_error_is_the_measured_one(rows):
    # one design out (docs/cost-model-record.md 2.6 "Zero padding"); before this model every instance was
    # estimated 0 LUT and 0 FF (error 1.0)
    errors = {"lut": [], "ff": []}
    for (_, report, _, _), estimate in leave_one_design_out(rows):
        for key, values in errors.items():
            values.append(abs(estimate[key] - report[key]) / report[key])
    assert np.median(errors["lut"]) == pytest.approx(0.0369, abs=0.001)
    assert np.median(errors["ff"]) == pytest.approx(0.0767, abs=0.001)


def test_loop_bits_count_each_non_empty_loop_counter():
    layer = ZeroPaddingLayer("zp", "zeropad2d_cl", "config1", 4, (34, 1088, 34))
    assert layer.loop_bits == 6 + 11 + 6
    estimate = estimate_zero_padding(layer, "vivado")
    eight = ZeroPaddingLayer("zp", "zeropad2d_cl", "config1", 8, (34, 1088, 34))
    wider = estimate_zero_padding(eight, "vivado")
    assert wider["lut"] > estimate["lut"] and wider["ff"] == estimate["ff"]
    # one output word a cycle (34 + 1088 + 34 words) and the tool's fixed cycles; one call holds the process
    assert (estimate["latency_cycles"], estimate["ii"], estimate["source"]) == (1156 + 3, 1159, "estimate")
    assert estimate_zero_padding(eight, "vitis")["latency_cycles"] == 1156 + 13


def test_latency_is_the_output_words_and_holds_on_the_instances_outside_the_fit(rows):
    """Every zero-padding instance with a report: the fit's rows one design out, and the 44 instances of the
    designs the sets keep out of the calibration (K2, U2, U3, X7, N1-N5, F1; before: 0 cycles, 10 bands
    each), all within one band (max(1 cycle, 10 %))."""

    def band(estimate, report):
        return abs(estimate - report) / max(1, 0.1 * report)

    fitted = [
        band(est["latency_cycles"], rep["latency"]) for (_, rep, _, _), est in leave_one_design_out(rows)
    ]
    assert np.median(fitted) == 0 and max(fitted) == pytest.approx(0.5531, abs=1e-4)  # E3: 4099 vs 4339
    kept_out = []
    for name in sorted(path.parent.name for path in DATA.glob("heldout*/instances.csv")):
        instances = [
            r for r in read_table(DATA / name / "instances.csv") if r["function"].startswith("zeropad")
        ]
        for design in read_table(DATA / name / "MANIFEST.tsv", "\t"):
            mine = {r["layer"]: r for r in instances if r["design"] == design["design"]}
            if not mine or design["design"] in {row[3] for row in rows}:
                continue
            for layer in design_zero_paddings(
                read_project_files(DATA / name / "projects" / design["design"])
            ):
                estimate = estimate_zero_padding(layer, manifest_tool(design))["latency_cycles"]
                kept_out.append(band(estimate, int(mine[layer.name]["latency_max"])))
    assert (
        len(kept_out) == 44 and np.median(kept_out) == 0 and max(kept_out) == pytest.approx(0.8333, abs=1e-4)
    )


def test_a_real_project_counts_its_zero_paddings_and_stops_warning_for_them():
    p3 = DATA / "heldout4" / "projects" / "P3"
    layers = design_zero_paddings(read_project_files(p3))
    assert [(layer.name, layer.channels, layer.loops) for layer in layers[:2]] == [
        ("zp2d_conv2d_147", 1, (34, 1088, 34)),
        ("zp2d_conv2d_148", 8, (18, 288, 18)),
    ]
    assert len(layers) == 7
    result = estimate_project(p3, "vivado")
    for layer in layers:
        assert result["activations"][layer.name] == estimate_zero_padding(layer, "vivado")
    assert not [line for line in result["warnings"] if "zeropad" in line]
    # the totals are those without the paddings (constants all 0, as before) plus their estimates
    zeros = {
        "lut": {"channels": 0.0, "fixed": 0.0},
        "ff": {"loop_bits": 0.0, "fixed": 0.0},
        "latency_fixed": 0,
    }
    refits = Refits(zero_padding=zeros)
    without = estimate_project_files(read_project_files(p3), "vivado", refits=refits)[1]["totals"]
    for key in ("lut", "ff"):
        padding = sum(estimate_zero_padding(layer, "vivado")[key] for layer in layers)
        assert padding > 0 and result["totals"][key] == without[key] + padding
