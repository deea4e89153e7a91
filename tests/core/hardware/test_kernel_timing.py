"""The kernel's critical path: which product delay starts the adder tree (`logic.product_delay_ns`)."""

from dataclasses import replace

import numpy as np

from fpgaprune.core.hardware.logic import (
    CONSTANTS,
    ConstantKernel,
    constant_kernel_features,
    constant_kernel_timing,
    product_delay_ns,
)

TIMING = replace(CONSTANTS["vitis"], product_ns=0.5, dsp_ns=1.0, adder_ns=0.75, fabric_multiplier_ns=2.0)


def _kernel(multiplier_bits: float, uses_dsp: bool = False, n_in: int = 15, n_out: int = 4) -> ConstantKernel:
    nonzero = np.ones((n_in, n_out), dtype=bool)
    return ConstantKernel(
        nonzero=nonzero,
        shift_add_bits=np.full((n_in, n_out), 0.0 if multiplier_bits else 9.0),
        multiplier_bits=np.full((n_in, n_out), multiplier_bits),
        shared=np.full((n_in, n_out), float(multiplier_bits > 0)),
        uses_dsp=uses_dsp,
        fabric_multipliers=multiplier_bits > 0,  # real products in LUTs (shift-adds are not real)
        data_bits=8,
        weight_bits=8,
        accum_bits=16,
        reuse_factor=1,
        multiplier_limit=n_in * n_out,
    )


def test_a_lut_constant_multiplier_delays_the_tree_and_a_shift_add_does_not():
    assert product_delay_ns(_kernel(multiplier_bits=0.0), TIMING) == 0.5
    assert product_delay_ns(_kernel(multiplier_bits=18.0), TIMING) == 2.5


def test_the_slowest_product_starts_the_tree_when_dsps_and_lut_multipliers_mix():
    mixed = _kernel(multiplier_bits=18.0, uses_dsp=True)
    assert product_delay_ns(mixed, TIMING) == 0.5 + max(TIMING.dsp_ns, TIMING.fabric_multiplier_ns)


def test_at_zero_the_lut_multiplier_delay_is_the_model_before_it():
    # fabric_multiplier_ns 0 (every fitted group, fit.TIMING_GRID): product_ns, plus dsp_ns with a DSP product
    off = replace(TIMING, fabric_multiplier_ns=0.0)
    assert product_delay_ns(_kernel(multiplier_bits=18.0), off) == off.product_ns == 0.5
    assert product_delay_ns(_kernel(multiplier_bits=18.0, uses_dsp=True), off) == 0.5 + off.dsp_ns
    budget = 3.65
    lut, shift_add = _kernel(multiplier_bits=18.0), _kernel(multiplier_bits=0.0)
    assert constant_kernel_timing(lut, off, budget) == constant_kernel_timing(shift_add, off, budget)


def test_the_lut_multiplier_delay_adds_a_cycle_and_its_cut_registers():
    # 16 terms: 4 levels of 0.75 ns; at a 3.65 ns budget the shift-adds fit one cycle (0.5 + 3 ns), the LUT
    # multipliers do not (2.5 + 3 ns): one more cut, whose partial sums `ff_register` counts
    budget = 3.65
    shift_add, multiplier = _kernel(multiplier_bits=0.0), _kernel(multiplier_bits=18.0)
    assert constant_kernel_timing(shift_add, TIMING, budget)[0] == 0
    assert constant_kernel_timing(multiplier, TIMING, budget)[0] == 1
    registers = constant_kernel_features(multiplier, TIMING, budget)["ff_register"]
    assert float(np.sum(constant_kernel_features(shift_add, TIMING, budget)["ff_register"])) == 0.0
    # the cut at 3.65 ns falls after level floor((3.65 - 2.5) / 0.75) = 1: 8 partial sums of 16 bits per
    # output, split over its 16 addends, of which the 15 weights carry their shares (the bias none)
    assert float(np.sum(registers)) == 4 * 15 * (8 * 16 / 16)
