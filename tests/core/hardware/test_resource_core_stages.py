"""Branch resourcelut: a pipelined DSP core's stages lengthen the Resource kernel's ReuseLoop
(`logic.rom_core_stages`, docs/cost-model-record.md 2.3 "Pipelined cores in the Resource kernel")."""

import csv
from pathlib import Path

import pytest

from fpgaprune.core.hardware import LayerHardware
from fpgaprune.core.hardware.cost import estimate_layer, rom_kernel
from fpgaprune.core.hardware.heldout import read_calibration_set
from fpgaprune.core.hardware.logic import CONSTANTS, DSP_CORE_STAGES, rom_core_stages, rom_kernel_timing
from fpgaprune.core.hardware.multipliers import Target

ROOT = Path(__file__).resolve().parents[3]
DATA = Path(__file__).parent / "data"
ZYNQ = Target(part="xc7z020clg400-1", hls_tool="vivado", clock_ns=5.0)  # DSP48E1 -1: 5.85 ns > 4.375 ns
ULTRASCALE = Target(part="xcu250-figd2104-2L-e", hls_tool="vivado", clock_ns=5.0)  # 1.95 ns fits


def _dense(n_in=64, n_out=32, reuse_factor=32, kind="dense", types="ap_fixed<16,6>"):
    shape = (n_in, n_out) if kind == "dense" else (3, 3, n_in, n_out)
    return LayerHardware(
        "fc",
        kind,
        shape,
        reuse_factor=reuse_factor,
        strategy="resource",
        weight_type=types,
        input_type=types,
        accum_type=types,
    )


def test_core_stages_by_hand():
    assert rom_core_stages(0, 5.85, 4.375) == 1  # LUT multiplier: no DSP core
    assert rom_core_stages(1, 1.95, 4.375) == 1  # the multiply fits the clock budget
    assert rom_core_stages(1, 5.85, 4.375) == DSP_CORE_STAGES == 3  # S11/S12's mac_muladd_..._3_1
    assert rom_core_stages(4, 5.85, 4.375) == 5  # U9's, P3's 32 x 32 mul_..._5_1 (4 tiles)


def test_a_pipelined_core_adds_its_extra_stages_to_the_dense_kernel_latency():
    layer = _dense()
    slow, fast = estimate_layer(layer, None, ZYNQ), estimate_layer(layer, None, ULTRASCALE)
    assert rom_kernel(layer, None, ZYNQ).core_stages == 3
    assert slow.latency_cycles == fast.latency_cycles + 2 == 32 + CONSTANTS["vivado"].rom_tail + 2
    assert slow.ii == fast.ii == 32  # the loop still issues one iteration a cycle


def test_without_a_target_or_for_a_convolution_the_core_is_one_stage():
    assert rom_kernel(_dense(), None).core_stages == 1
    conv = _dense(n_in=4, n_out=8, reuse_factor=36, kind="conv2d")
    assert rom_kernel(conv, None, ZYNQ).core_stages == 1


@pytest.fixture(scope="module")
def rom_rows():
    return [row for row in read_calibration_set(DATA) if not row.layer.constant_weights]


def test_model_core_stages_match_the_per_function_reports(rom_rows):
    # results/bench/resource_kernel_table.csv (bench/resource_kernel_table.py): the `_<stages>_1` of each
    # Resource row's multiplier cores, read from its per-function report; the model's stages are computed
    # here from the code (not the table's `model_core_stages` column, which is the model of the day the table
    # was written). S11/S12 fc1 also hold a 2-stage multiplier outside the loop's products, hence the widest.
    table = csv.DictReader((ROOT / "results" / "bench" / "resource_kernel_table.csv").open())
    reported = {
        (row["case"], row["layer"]): max(int(stages) for stages in row["report_core_stages"].split("/"))
        for row in table
        if row.get("report_core_stages") and int(row["rf"]) > 1
    }
    model = {
        (row.case, row.layer.name.split("/", 1)[-1]): rom_kernel(row.layer, None, row.target).core_stages
        for row in rom_rows
    }
    assert {case for case, _ in reported} >= {"R1", "R2", "S11", "S12", "U9", "Y3"}
    assert len(reported) == 22  # every ROM row (RF > 1) of the table
    for key, widest in reported.items():
        assert model[key] == widest, key


def test_the_rom_tail_left_after_the_stages_is_what_the_fit_keeps(rom_rows):
    tails = sorted(
        row.report["latency_cycles"] - rom_kernel_timing(rom_kernel(row.layer, None, row.target), 0)[0]
        for row in rom_rows
    )
    assert tails[len(tails) // 2 - 1] == tails[len(tails) // 2] == CONSTANTS["vivado"].rom_tail == 2


def test_s11_s12_dense_latencies_follow_their_cores(rom_rows):
    # fc2, fc3 and output: 3-stage cores; reports 36, 20, 20 (S11) and 37, 21, 21 (S12): within one cycle
    for row in rom_rows:
        if row.case in ("S11", "S12") and not row.layer.name.endswith("fc1"):
            estimate = row.estimate()
            assert abs(estimate.latency_cycles - row.report["latency_cycles"]) <= 1, row.layer.name
