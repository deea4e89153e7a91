"""The kernel's critical path: which product delay starts the adder tree (`logic.product_delay_ns`)."""

from dataclasses import replace

import numpy as np

from fpgaprune.core.hardware.cost import arrival_tree
from fpgaprune.core.hardware.logic import (
    CONSTANTS,
    ConstantKernel,
    constant_kernel_features,
    constant_kernel_timing,
    product_delay_ns,
    tree_depths,
    tree_path_ns,
)
from fpgaprune.core.hardware.multipliers import Target

TIMING = replace(CONSTANTS["vitis"], product_ns=0.5, dsp_ns=1.0, adder_ns=0.75)


def _kernel(multiplier_bits: float, uses_dsp: bool = False, n_in: int = 15, n_out: int = 4) -> ConstantKernel:
    nonzero = np.ones((n_in, n_out), dtype=bool)
    return ConstantKernel(
        nonzero=nonzero,
        shift_add_bits=np.full((n_in, n_out), 0.0 if multiplier_bits else 9.0),
        multiplier_bits=np.full((n_in, n_out), multiplier_bits),
        shared=np.full((n_in, n_out), float(multiplier_bits > 0)),
        uses_dsp=uses_dsp,
        fabric_share=float(multiplier_bits > 0),  # real products in LUTs (shift-adds are not real)
        data_bits=8,
        weight_bits=8,
        accum_bits=16,
        reuse_factor=1,
        multiplier_limit=n_in * n_out,
    )


def test_a_dsp_product_delays_the_tree_and_a_lut_product_does_not():
    # product_ns, plus dsp_ns with a DSP product; a constant multiplier built in LUTs (multiplier_bits > 0)
    # starts the tree as a shift-add does (branch kerneldepth's delay for it was removed,
    # docs/cost-model-record.md 2.3)
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


def _greedy_depth(late: int, early: int, lag: float) -> float:
    """The fastest tree by merging the two earliest operands first (optimal for max(arrival + depth) with
    unit adds, Golumbic 1976), in adder delays from the early operands' arrival."""
    import heapq

    times = [lag] * late + [0.0] * early
    heapq.heapify(times)
    while len(times) > 1:
        heapq.heappush(times, max(heapq.heappop(times), heapq.heappop(times)) + 1.0)
    return times[0]


def test_the_arrival_tree_depth_is_the_fastest_tree():
    # `tree_depths` (Kraft's inequality) against the greedy merge, over late/early counts and lags
    for late in range(12):
        for early in range(1, 12):
            for lag in (0.0, 0.5, 1.0, 4 / 3, 2.0, 2.5, 8 / 3, 5.0):
                expected = _greedy_depth(late, early, lag)
                assert np.isclose(float(tree_depths(late + early, late, lag)), expected), (late, early, lag)


def test_dsp_products_meet_fewer_adds_where_the_tool_times_the_tree_by_arrival():
    # 11 inputs + bias, 4 levels; one DSP product per output arriving 1.0 ns (4/3 adds) after the others:
    # the 11 early operands fill depth 4 but for one slot at depth 2, where the DSP product enters
    # (1.0 + 2 x 0.75 < 4 x 0.75): the path is the early operands' 0.5 + 4 x 0.75
    kernel = _kernel(multiplier_bits=0.0, uses_dsp=True, n_in=11)
    levels = tree_path_ns(kernel, TIMING)
    assert levels == 0.5 + 1.0 + 4 * 0.75  # no dsp_terms: the tool builds the tree from the slowest product
    one = replace(kernel, dsp_terms=np.full(4, 1))
    assert tree_path_ns(one, TIMING) == 0.5 + 4 * 0.75
    assert constant_kernel_timing(one, TIMING, 3.65) == (0, 1)
    assert constant_kernel_timing(kernel, TIMING, 3.65) == (1, 1)
    # two of them no longer fit at depth 2: they enter at depth 3, the root 3 adds after the DSP products
    two = tree_path_ns(replace(kernel, dsp_terms=np.full(4, 2)), TIMING)
    assert np.isclose(two, 0.5 + 1.0 + 3 * 0.75)
    # every product on a DSP: the whole tree waits for them, as before
    assert tree_path_ns(replace(kernel, dsp_terms=np.full(4, 11)), TIMING) == levels


def test_which_tools_time_the_tree_by_arrival():
    # HLS's schedules: Vitis HLS and Vivado HLS 2020.1 on UltraScale parts; not 2019.2, nor 7-series
    assert arrival_tree(Target("xcvu13p-flga2577-2-e", "vitis", hls_version="2023.1"))
    assert arrival_tree(Target("xcvu13p-flga2577-2-e", "vivado", hls_version="2020.1"))
    assert not arrival_tree(Target("xcvu13p-flga2577-2-e", "vivado", hls_version="2019.2"))
    assert not arrival_tree(Target("xc7z020clg400-1", "vitis", hls_version="2024.1"))
