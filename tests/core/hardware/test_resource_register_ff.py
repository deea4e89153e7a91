"""Branch resff: the registers a Resource-kernel multiplier takes in the ReuseLoop's pipeline
(`logic.multiplier_register_bits`, docs/cost-model-record.md 2.3 "Registers of the Resource kernel's
multipliers").

Report numbers are the per-function csynth Register tables (HLS estimates) grouped by
`bench/resource_register_table.py` (results/bench/resource_register_table.csv): the "pipeline" group, every
register that is not a result, accumulator, input copy or control register."""

from pathlib import Path

import pytest

from fpgaprune.core.hardware import LayerHardware
from fpgaprune.core.hardware.cost import rom_kernel
from fpgaprune.core.hardware.heldout import read_calibration_set, read_stream_wrapper_set
from fpgaprune.core.hardware.logic import RomKernel, multiplier_register_bits, rom_kernel_features
from fpgaprune.core.hardware.multipliers import Target

DATA = Path(__file__).parent / "data"


def _kernel(core_stages, data_bits=16, weight_bits=16, accum_bits=16):
    pipelined = core_stages > 1
    return RomKernel(
        64, 32, 32, 64, data_bits, weight_bits, accum_bits, core_stages=core_stages, pipelined_core=pipelined
    )


def test_one_stage_core_registers_the_product_at_accumulator_width():
    assert multiplier_register_bits(_kernel(1, 6, 30, 18)) == 18
    assert multiplier_register_bits(_kernel(1, 16, 16, 16)) == 16


def test_pipelined_core_carries_data_weight_and_full_product():
    for stages in (3, 5):
        assert multiplier_register_bits(_kernel(stages, 16, 15, 16)) == 16 + 15 + (16 + 15)
        assert multiplier_register_bits(_kernel(stages, 32, 32, 32)) == 128


def test_the_ff_feature_counts_those_bits_for_every_live_multiplier():
    for kernel in (_kernel(1), _kernel(3), _kernel(5, 6, 6, 16)):
        _, ff = rom_kernel_features(kernel)
        assert ff["multiplier"] == kernel.multipliers * multiplier_register_bits(kernel)


@pytest.fixture(scope="module")
def rom_rows():
    rows = [row for row in read_calibration_set(DATA) if not row.layer.constant_weights]
    return {(row.case, row.layer.name.split("/", 1)[-1]): row for row in rows}


# (case, layer): the report's pipeline-group FF (results/bench/resource_register_table.csv)
FOLLOWS = {
    # Vivado HLS 2019.2, 1-stage cores, 3-deep loops: `trunc_ln708_*` (the product's accumulator slice) a
    # multiplier (R1/dense_0: 198 x 16 bits and one 1-bit register for 200 multipliers)
    ("R1", "gru.recurrent_kernel"): 23040,
    ("R1", "dense_0"): 3199,
    # Vivado HLS 2020.1, 3-stage cores: `phi_ln` (15-bit data), `tmp` (16-bit weight slice), `mul_ln` (26-bit
    # product) a multiplier
    ("S12", "fc2"): 3643,
    ("S12", "fc3"): 3641,
    ("S12", "output"): 566,
    # Vitis HLS 2023.1, 5-stage 32 x 32 cores
    ("U9", "encoder_dense"): 1060,
}
# where the rule and the report part (the rule's count / the report's pipeline FF, documented misses): S11's
# 6-bit products pair up in `mac_muladd` cores (one register set for two multipliers: 1,536 / 1,088); R2's
# 2-deep loops register no product (1,024 / 16 for layer3); Y3 (Vitis HLS 2023.2) registers the 30-bit weight,
# not the 18-bit product (2,304 / 3,870); U9's decoder keeps its values in 127 accumulator registers instead
# (1,024 / 0).
MISSES = {("S11", "fc2"): 1088, ("R2", "layer3"): 16, ("Y3", "dense"): 3870, ("U9", "decoder_dense"): 0}


def _counted(row):
    kernel = rom_kernel(row.layer, row.kernel, row.target)
    return kernel.multipliers * multiplier_register_bits(kernel)


def test_rule_counts_the_reported_pipeline_registers(rom_rows):
    for key, report in FOLLOWS.items():
        assert _counted(rom_rows[key]) == pytest.approx(report, rel=0.15), key


def test_the_documented_misses_are_still_misses(rom_rows):
    for key, report in MISSES.items():
        assert abs(_counted(rom_rows[key]) - report) > 0.15 * max(report, 1), key


def test_a_pipelined_core_raises_the_estimate_as_in_the_reports():
    # U4 and U5 (Gabriele-bot/ALVEO-PYNQ_ML, Vivado HLS 2020.1, xcu50): the same 400 x 10 io_stream Dense at
    # RF 2 (2,000 multipliers, 3 x 5 bits), synthesised at 2 ns (3-stage cores) and 4 ns (1-stage)
    rows = {row.case: row for row in read_stream_wrapper_set(DATA) if row.layer.name.endswith("q_dense")}
    fast, slow = rows["U4"], rows["U5"]
    assert rom_kernel(fast.layer, None, fast.target).core_stages == 3
    assert rom_kernel(slow.layer, None, slow.target).core_stages == 1
    assert fast.report["ff"] > slow.report["ff"]  # 42,046 > 16,456
    assert fast.estimate().ff > slow.estimate().ff


def test_a_convolution_keeps_one_latency_stage_but_its_registers_follow_the_core():
    # what the reports show: P11's conv1d_2 (uw-acme/HLS4ML_-NeutDetector, Vivado HLS 2019.2, Virtex-7 at
    # 3.33 ns; its per-function report, not a calibration row) carries 1,151 x 26-bit products and 1,151 x
    # 16-bit weights for 1,152 multipliers; here a 16 x 16-bit conv on a Zynq-7020 at 5 ns (a 3-stage core)
    zynq = Target(part="xc7z020clg400-1", hls_tool="vivado", clock_ns=5.0)
    conv = LayerHardware("conv", "conv2d", (3, 3, 4, 8), reuse_factor=36, strategy="resource")
    kernel = rom_kernel(conv, None, zynq)
    assert kernel.core_stages == 1  # the latency's convention (`cost._rom_core_stages`)
    assert kernel.pipelined_core
    assert multiplier_register_bits(kernel) == 2 * (kernel.data_bits + kernel.weight_bits)


# (case, layer): the report's input-copy FF (the "input" group of results/bench/resource_register_table.csv:
# `*_rewind_reg`, `*_phi_reg`, `ap_phi_reg_*` copies of the data inputs, a packed input's word) of every
# calibration ROM row at RF > n_in (branch resourceff)
INPUT_COPIES_BEYOND_N_IN = {
    ("R1", "gru.kernel"): 288,  # 3 x 6 inputs x 16 bits (Vivado HLS 2019.2)
    ("R1", "output_softmax"): 480,  # 3 x 10 x 16
    ("R2", "layer1.kernel"): 288,  # 3 x 6 x 16
    ("U9", "decoder_dense"): 496,  # 1 x 16 x 31 (Vitis HLS 2023.1)
}
# U9's encoder reads the top's packed input port (Vitis HLS 2023.1) and holds the 2,048-bit word, where
# set 9's designs (Vivado HLS 2020.1, the same kind of port) hold nothing: the rule follows set 9 (a miss)
PACKED_BEYOND_N_IN = {("U9", "encoder_dense"): 2048}


def test_kernels_beyond_their_inputs_keep_input_copies_unless_they_read_the_packed_top_port(rom_rows):
    for key, report in INPUT_COPIES_BEYOND_N_IN.items():
        row = rom_rows[key]
        assert row.layer.reuse_factor > row.layer.n_in and not row.layer.input_packed
        assert report > 0 and rom_kernel(row.layer, row.kernel, row.target).input_registers, key
    for key, report in PACKED_BEYOND_N_IN.items():
        row = rom_rows[key]
        assert row.layer.reuse_factor > row.layer.n_in and row.layer.input_packed
        assert report > 0 and not rom_kernel(row.layer, row.kernel, row.target).input_registers, key
    beyond = {key for key, row in rom_rows.items() if row.layer.reuse_factor > row.layer.n_in}
    assert beyond == set(INPUT_COPIES_BEYOND_N_IN) | set(PACKED_BEYOND_N_IN)
