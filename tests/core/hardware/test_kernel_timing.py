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

TIMING = replace(CONSTANTS["vitis"], product_ns=0.5, dsp_ns=1.0, adder_ns=0.75)


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


def test_a_dsp_product_delays_the_tree_and_a_lut_product_does_not():
    # product_ns, plus dsp_ns with a DSP product; a constant multiplier built in LUTs (multiplier_bits > 0)
    # starts the tree as a shift-add does (branch kerneldepth's delay for it was removed, docs 2.3)
    assert product_delay_ns(_kernel(multiplier_bits=0.0), TIMING) == 0.5
    assert product_delay_ns(_kernel(multiplier_bits=18.0), TIMING) == 0.5
    assert product_delay_ns(_kernel(multiplier_bits=18.0, uses_dsp=True), TIMING) == 0.5 + 1.0


def test_lut_multipliers_and_shift_adds_take_the_same_cycles_and_cuts():
    # 16 terms: 4 levels of 0.75 ns. At 3.65 ns the path (0.5 + 3 ns) fits one cycle for both kernels; at
    # 1.5 ns it is cut twice, after level floor((1.5 - 0.5) / 0.75) = 1 and level 3, in both
    for kernel in (_kernel(multiplier_bits=18.0), _kernel(multiplier_bits=0.0)):
        assert constant_kernel_timing(kernel, TIMING, 3.65) == (0, 1)
        assert constant_kernel_timing(kernel, TIMING, 1.5) == (2, 1)
        # 8 + 2 partial sums of 16 bits per output, split over its 16 addends, the 15 weights' shares
        assert float(np.sum(constant_kernel_features(kernel, TIMING, 1.5)["ff_register"])) == 4 * 15 * 10
