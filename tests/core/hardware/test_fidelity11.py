"""Fidelity11's rules, read from held-out set 9's fit half (docs/cost-model-record.md 2.3, fidelity11)."""

import importlib.util
from pathlib import Path

import pytest

from fpgaprune.core.hardware import LayerHardware, Target
from fpgaprune.core.hardware.cost import rom_kernel
from fpgaprune.core.hardware.glue import top_array_bits
from fpgaprune.core.hardware.heldout import (
    SET9_FIT_N_IN,
    SET9_TEST_N_IN,
    read_set9_rom_ff_rows,
    set9_layer,
    set9_rows,
)
from fpgaprune.core.hardware.logic import rom_kernel_features
from fpgaprune.core.hardware.multipliers import rom_dsps_per_product
from fpgaprune.core.hardware.precision import parse_precision

DATA = Path(__file__).parent / "data"
VIVADO = Target(part="xcu250-figd2104-2L-e", hls_tool="vivado")
VITIS = Target(part="xcu250-figd2104-2L-e", hls_tool="vitis")
DATA_T, ACCUM_T = parse_precision("ap_fixed<16,6>"), parse_precision("ap_fixed<16,6>")


@pytest.mark.parametrize("bits, dsps", [(2, 0), (4, 0), (6, 1), (14, 1)])
def test_truncated_rom_product_with_a_narrow_operand_is_luts_on_vivado(bits, dsps):
    # set 9: 16-bit data x p-bit weights, accumulator ap_fixed<16,6> (truncates): 0 DSP for p <= 4
    weight = parse_precision(f"ap_fixed<{bits},1>")
    assert rom_dsps_per_product(DATA_T, weight, ACCUM_T, VIVADO) == dsps


def test_narrow_rule_leaves_lossless_macs_alone():
    four = parse_precision("ap_fixed<4,1>")
    # P1: lossless 4 x 4 ROM products are DSP multiply-accumulates
    assert rom_dsps_per_product(parse_precision("ap_ufixed<4,0>"), four, ACCUM_T, VIVADO) == 1
    # Vitis HLS: LUTs too since fidelity15 (set 10's fit half; tests/core/hardware/test_fidelity15.py)
    assert rom_dsps_per_product(DATA_T, four, ACCUM_T, VITIS) == 0


def _dense(strategy, reuse_factor, io_type="io_parallel", n_in=32, n_out=64, input_packed=False):
    return LayerHardware(
        "fc",
        "dense",
        (n_in, n_out),
        reuse_factor=reuse_factor,
        strategy=strategy,
        io_type=io_type,
        input_packed=input_packed,
    )


def test_io_parallel_rom_kernel_beyond_its_packed_top_input_has_no_input_registers():
    # set 9: the one layer reads the top's reshaped input port, and the design FF does not grow with n_in
    packed = _dense("resource", 64, input_packed=True)
    assert rom_kernel_features(rom_kernel(packed, None))[1]["input"] == 0.0
    assert all(set9_layer(row).input_packed for row in set9_rows(DATA, "fit"))
    assert all(kernel.input_registers is False for kernel, _ in read_set9_rom_ff_rows(DATA))
    # a kernel reading a layer's partitioned output keeps its input copies at any RF (R1, R2, U9's decoder)
    assert rom_kernel_features(rom_kernel(_dense("resource", 64), None))[1]["input"] == 32 * 16
    assert rom_kernel_features(rom_kernel(_dense("resource", 16), None))[1]["input"] == 32 * 16
    packed_below = _dense("resource", 16, input_packed=True)  # S11/S12's fc1: the packed word is held
    assert rom_kernel_features(rom_kernel(packed_below, None))[1]["input"] == 32 * 16
    stream = _dense("resource", 64, io_type="io_stream")
    assert rom_kernel_features(rom_kernel(stream, None))[1]["input"] == 32 * 16


def test_top_registers_are_counted_around_constant_weight_layers_only():
    rom, constant = _dense("resource", 64), _dense("latency", 1, n_in=64, n_out=10)
    assert top_array_bits([rom]) == 0
    assert top_array_bits([rom, constant]) == 64 * 16 + 10 * 16
    assert top_array_bits([constant, rom]) == 64 * 16
    assert top_array_bits([_dense("resource", 1)]) == 32 * 16 + 64 * 16  # RF 1: constant weights


def test_set9_halves_split_by_n_in_and_the_fit_reads_only_the_fit_half():
    assert not set(SET9_FIT_N_IN) & set(SET9_TEST_N_IN)
    assert set(SET9_FIT_N_IN) | set(SET9_TEST_N_IN) == set(range(32, 257, 32))
    fit, test = set9_rows(DATA, "fit"), set9_rows(DATA, "test")
    assert len(fit) + len(test) == 987 and {int(r["n_in"]) for r in fit} == set(SET9_FIT_N_IN)
    kernels = read_set9_rom_ff_rows(DATA)
    assert len(kernels) == 435 and {k.n_in for k, _ in kernels} == set(SET9_FIT_N_IN)


def test_bench_halves_are_the_split():
    path = Path(__file__).parents[3] / "bench" / "cost_model_heldout9.py"
    spec = importlib.util.spec_from_file_location("cost_model_heldout9", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.HALVES["fit"] == SET9_FIT_N_IN and bench.HALVES["test"] == SET9_TEST_N_IN
