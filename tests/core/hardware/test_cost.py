from dataclasses import replace

import numpy as np
import pytest

from fpgaprune.core.hardware.cost import (
    DEFAULT_TARGET,
    RESOURCES,
    constant_kernel,
    estimate_layer,
    estimate_model,
    partition_input_bits,
    partition_input_mux_luts,
    partition_result_bits,
    partition_window_mux_bits,
    structure_costs,
    value_held_weights,
)
from fpgaprune.core.hardware.layer import LayerHardware
from fpgaprune.core.hardware.logic import constant_kernel_logic, constants_for
from fpgaprune.core.hardware.multipliers import Target


def _layer(shape, rf=1, strategy="latency", weight="fixed<16,6>", data="fixed<16,6>", **kw):
    return LayerHardware("fc", "dense", shape, rf, strategy, weight_type=weight, input_type=data, **kw)


# 0.6875 = 11/16 needs three CSD digits (a multiplier); 0.75 = 1 - 1/4 two (a shift-add); 0.5 one (a shift)
KERNEL = np.array([[0.6875, 0.6875, -0.6875], [0.75, 0.5, 0.0]])


def test_latency_counts_distinct_non_trivial_products():
    layer = _layer((2, 3))
    # input 0: x*0.6875 computed once for two outputs, x*(-0.6875) separately, with either tool (Vivado HLS's
    # per-function reports list a multiplication per signed constant: B1's fc1, docs/cost-model-record.md 2.1)
    assert estimate_layer(layer, KERNEL, Target(hls_tool="vitis")).dsp == 2
    assert estimate_layer(layer, KERNEL, Target(hls_tool="vivado")).dsp == 2


def test_latency_narrow_operands_use_luts_but_wide_data_does_not():
    kernel = np.array([[0.6875, -0.8125], [0.34375, 0.0]])  # 11/16, -13/16, 11/32: three CSD digits each
    assert estimate_layer(_layer((2, 2), weight="fixed<6,1>", data="ufixed<6,0>"), kernel).dsp == 0
    assert estimate_layer(_layer((2, 2), weight="fixed<6,1>", data="fixed<16,6>"), kernel).dsp == 3
    forced = Target(mul_impl="dsp")
    assert estimate_layer(_layer((2, 2), weight="fixed<6,1>", data="ufixed<6,0>"), kernel, forced).dsp == 3
    assert estimate_layer(_layer((2, 2)), kernel, Target(mul_impl="fabric")).dsp == 0


def test_latency_rf_above_one_is_capped_by_hls4mls_multiplier_limit():
    kernel = np.full((4, 4), 11 / 16)  # three CSD digits, one distinct product per input
    kernel = np.where(np.isin(np.arange(16).reshape(4, 4), [0, 5, 10, 15]), 0.0, kernel)  # four exact zeros
    rf1 = estimate_layer(_layer((4, 4)), kernel).dsp
    # limit = ceil(16 / 4) - floor(4 / 4) = 3
    assert estimate_layer(_layer((4, 4), rf=4), kernel).dsp == min(rf1, 3) == 3
    assert estimate_layer(_layer((4, 4), rf=16), kernel).dsp == 1  # ceil(16/16) - floor(4/16)


def test_latency_limit_rounds_up_when_rf_does_not_divide_the_weights():
    # 5 x 3 = 15 weights at RF 4, five exact zeros: limit = ceil(15 / 4) - floor(5 / 4) = 4 - 1 = 3
    kernel = (
        np.array([[11, 13, 0], [0, 11, 13], [13, 0, 11], [11, 13, 0], [0, 11, 13]]) / 16
    )  # 3 CSD digits, one product each
    rf1 = estimate_layer(_layer((5, 3)), kernel)
    rf4 = estimate_layer(_layer((5, 3), rf=4), kernel)
    assert rf1.dsp == 10 and rf4.dsp == 3


def test_resource_is_block_factor_whatever_the_weights():
    layer = _layer((16, 64), 4, "resource")
    kernel = np.zeros((16, 64))
    estimate = estimate_layer(layer, kernel)
    assert estimate.dsp == 256
    assert estimate.bram_18k == -(-256 * 16 // 36)  # one ROM word of 256 lanes x 16 bits, depth 4
    costs = structure_costs(layer, np.ones((16, 64)), "pattern")
    assert costs.cost["dsp"].sum() == 0 and costs.fixed["dsp"] == 256  # pruning saves nothing
    assert estimate == estimate_layer(layer, np.ones((16, 64)))  # LUT, FF and timing too


def test_wide_products_take_two_dsps():
    layer = _layer((16, 64), 4, "resource", weight="fixed<24,8>", data="fixed<32,12>")
    assert estimate_layer(layer, np.ones((16, 64))).dsp == 2 * 256


def test_unrolled_drops_one_dsp_per_all_zero_pattern():
    layer = _layer((8, 4), 4, "resource_unrolled")
    kernel = np.ones((8, 4))
    kernel[:4, 0] = 0  # pattern 0 (inputs 0-3 of neuron 0)
    kernel[4:, 0] = [0, 0, 0, 1]  # pattern 1 keeps one weight
    assert estimate_layer(layer, kernel).dsp == 8 - 1


def test_unrolled_weights_their_type_stores_as_zero_are_free_as_in_the_written_project():
    """A float MobileNet at fixed<16,6>: its pointwise convolutions' weights below one step (2^-10) are
    stored as 0, so hls4ml's project frees their patterns and BRAM columns (29-83 BRAM_18K a layer); from
    the trained kernels the estimate kept them (114-456). ap_fixed's TRN floors: a small negative weight is
    stored as -1 step and stays."""
    layer = _layer((8, 4), 4, "resource_unrolled")
    kernel = np.ones((8, 4))
    kernel[:4, 0] = 1e-4  # pattern 0: stored as 0
    kernel[4:, 0] = [0, 0, 0, -1e-4]  # pattern 1: its last weight floors to -2^-10
    stored = kernel.copy()
    stored[:4, 0] = 0
    assert estimate_layer(layer, kernel) == estimate_layer(layer, stored)
    assert estimate_layer(layer, kernel).dsp == 8 - 1
    rounding = replace(layer, weight_type=layer.weight_type.__class__(16, 6, rounding="RND"))
    assert estimate_layer(rounding, kernel).dsp == 8 - 2  # rounded, -1e-4 is 0 too


def _bram_kernel(bits, dead_patterns):
    """64 x 4 kernel, RF 8 (32 patterns of 8 weights), with the given patterns all zero."""
    layer = _layer((64, 4), 8, "resource_unrolled", weight=f"fixed<{bits},6>")
    flat = np.ones(256)
    for pattern in dead_patterns:
        flat[pattern * 8 : pattern * 8 + 8] = 0
    return layer, flat.reshape(4, 64).T  # transposed order back to Keras (n_in, n_out)


def test_bram_column_is_freed_only_when_all_its_patterns_are_zero():
    full = estimate_layer(*_bram_kernel(18, [])).bram_18k
    assert full == 16  # 32 lanes x 18 bits = 576 bits = 16 columns of 36
    assert estimate_layer(*_bram_kernel(18, [0, 1])).bram_18k == 15  # lanes 0,1 fill column 0
    assert estimate_layer(*_bram_kernel(18, [1, 2])).bram_18k == 16  # straddles two columns


def test_sixteen_bit_weights_free_columns_too():
    full = estimate_layer(*_bram_kernel(16, [])).bram_18k
    assert full == -(-32 * 16 // 36) == 15
    # nine 16-bit lanes fill exactly four 36-bit columns (hls4ml's estimator saves nothing here)
    assert estimate_layer(*_bram_kernel(16, range(9))).bram_18k == full - 4
    assert estimate_layer(*_bram_kernel(16, range(2))).bram_18k == full - 0  # lanes 0,1 end inside column 0
    assert estimate_layer(*_bram_kernel(16, range(3))).bram_18k == full - 1  # column 0 = bits 0..35


@pytest.mark.parametrize(
    "strategy,rf,structure",
    [
        ("latency", 1, "single"),
        ("latency", 1, "neuron"),
        ("latency", 4, "pattern"),
        ("resource", 4, "pattern"),
        ("resource_unrolled", 4, "pattern"),
        ("resource_unrolled", 4, "bram_slice"),
        ("resource_unrolled", 32, "neuron"),
    ],
)
def test_group_costs_add_up_to_the_layer_estimate(strategy, rf, structure):
    rng = np.random.default_rng(rf)
    kernel = rng.normal(size=(16, 8)) * (rng.random((16, 8)) > 0.5)
    layer = _layer((16, 8), rf, strategy)
    estimate = estimate_layer(layer, kernel)
    costs = structure_costs(layer, kernel, structure)
    assert costs.group_ids.shape == (16, 8)
    for key in RESOURCES:
        assert costs.fixed[key] + costs.cost[key].sum() == pytest.approx(getattr(estimate, key), abs=0.5)


def test_pattern_costs_are_whole_dsps_for_unrolled():
    layer = _layer((8, 4), 4, "resource_unrolled")
    kernel = np.ones((8, 4))
    kernel[:4, 0] = 0
    costs = structure_costs(layer, kernel, "pattern")
    assert costs.cost["dsp"].tolist() == [0, 1, 1, 1, 1, 1, 1, 1]


def test_bram_slice_costs_for_sixteen_bit_weights():
    layer, kernel = _bram_kernel(16, [])
    costs = structure_costs(layer, kernel, "bram_slice")
    # 32 lanes: three slices of nine lanes (four columns each), then five lanes in the last three columns
    assert costs.cost["bram_18k"].tolist() == pytest.approx([4, 4, 4, 3])


def test_without_weights_constant_layers_are_an_upper_bound():
    layer = _layer((16, 8))
    assert estimate_layer(layer).dsp == 128
    assert estimate_layer(layer, np.zeros((16, 8))).dsp == 0


def test_timing():
    assert (estimate_layer(_layer((16, 8), 4, "resource"), np.ones((16, 8))).ii) == 4
    latency = estimate_layer(_layer((16, 8), 4, "resource"), np.ones((16, 8))).latency_cycles
    assert latency > 4
    conv = LayerHardware("c", "conv2d", (3, 3, 2, 4), 2, "resource", "io_parallel", output_positions=16)
    assert estimate_layer(conv, np.ones((3, 3, 2, 4))).ii == 16 * 2  # one kernel call per output pixel


def test_conv_parallelization_multiplies_the_kernel():
    def conv(pf):
        return LayerHardware(
            "c", "conv2d", (3, 3, 2, 4), 2, "resource", output_positions=16, parallelization_factor=pf
        )

    one, four = (estimate_layer(conv(pf), np.ones((3, 3, 2, 4))) for pf in (1, 4))
    assert four.dsp == 4 * one.dsp
    # four kernel instances: their multiplexers, accumulators and control too; the PartitionLoop's held
    # results and window multiplexers are the layer's whatever the factor (16 and 4 partitions of 1 and 4
    # pixels: the same results, the same multiplexer input bits)
    held_ff = partition_result_bits(conv(1), DEFAULT_TARGET.hls_tool)
    held_lut = constants_for(
        DEFAULT_TARGET.hls_tool, DEFAULT_TARGET.fabric
    ).lut_mux * partition_window_mux_bits(conv(1))
    assert held_ff == partition_result_bits(conv(4), DEFAULT_TARGET.hls_tool) > 0
    assert partition_window_mux_bits(conv(1)) == partition_window_mux_bits(conv(4)) > 0
    assert four.lut - held_lut == pytest.approx(4 * (one.lut - held_lut), abs=2)
    assert four.ff - held_ff == pytest.approx(4 * (one.ff - held_ff), abs=2)


def test_model_totals_and_sources():
    layers = [_layer((16, 8), 4, "resource"), _layer((8, 4))]
    result = estimate_model(layers, [np.ones((16, 8)), np.full((8, 4), 0.6875)])
    totals = result.totals
    # second layer: each input meets the same constant four times, one multiplier per input
    assert totals["dsp"] == 32 + 8 and totals["ii"] == 4 and totals["source"] == "estimate"
    assert all(layer["source"] == "estimate" for layer in result.as_dict()["layers"].values())
    with pytest.raises(ValueError, match="2 layers"):
        estimate_model(layers, [np.ones((16, 8))])


def test_the_weight_layers_latency_is_combined_as_they_run():
    """io_parallel layers run one after another: their latencies add up; io_stream layers run at the same
    time, so the weight layers' latency is the slowest's (an io_stream MLP's summed 507 + 147 + 13 cycles in
    metrics.json against 515 for its whole written project, which holds them)."""
    kernels = [np.ones((16, 8)), np.full((8, 4), 0.6875)]
    for io_type, combine in (("io_parallel", sum), ("io_stream", max)):
        layers = [_layer((16, 8), 4, "resource", io_type=io_type), _layer((8, 4), io_type=io_type)]
        result = estimate_model(layers, kernels)
        latencies = [layer.latency_cycles for layer in result.layers]
        assert min(latencies) > 0 and result.totals["latency_cycles"] == combine(latencies), io_type


def test_wide_products_take_two_dsps_per_live_unrolled_pattern():
    layer = _layer((8, 4), 4, "resource_unrolled", weight="fixed<24,8>", data="fixed<32,12>")
    kernel = np.ones((8, 4))
    kernel[:4, 0] = 0  # pattern 0 (inputs 0-3 of neuron 0): all zero
    assert estimate_layer(layer, kernel).dsp == 2 * (8 - 1)
    costs = structure_costs(layer, kernel, "pattern")
    assert costs.cost["dsp"].tolist() == [0] + [2] * 7  # what pruning each pattern saves


def test_a_rom_deeper_than_one_bram_stacks_blocks_per_column():
    # RF 1536: 2 lanes x 16 bits = 32-bit words, 1536 deep: three 512 x 36 blocks in one column
    layer = _layer((96, 32), 1536, "resource_unrolled")
    kernel = np.ones((96, 32))
    assert estimate_layer(layer, kernel).bram_18k == 3
    costs = structure_costs(layer, kernel, "pattern")
    assert costs.fixed["bram_18k"] + costs.cost["bram_18k"].sum() == pytest.approx(3)


def test_latency_dsps_at_exactly_the_multiplier_limit_stay_on_the_multiplying_weights():
    # per input one 3-digit constant (a DSP) and three shifts: 4 DSPs, limit ceil(16 / 4) - 0 = 4
    kernel = np.tile([11 / 16, 0.5, 0.5, 0.5], (4, 1))
    layer = _layer((4, 4), 4)
    assert estimate_layer(layer, kernel).dsp == 4
    costs = structure_costs(layer, kernel, "single")
    assert costs.cost["dsp"].reshape(4, 4).tolist() == [[1.0, 0.0, 0.0, 0.0]] * 4  # shifts save no DSP


def test_without_weights_every_product_is_a_full_multiplier():
    narrow = _layer((16, 8), weight="fixed<6,1>", data="ufixed<6,0>")  # fabric multipliers
    rng = np.random.default_rng(0)
    kernel = rng.choice([11 / 32, -13 / 32, 0.5, 0.0], size=(16, 8))
    bound, actual = estimate_layer(narrow), estimate_layer(narrow, kernel)
    assert bound.dsp == actual.dsp == 0 and bound.lut > actual.lut and bound.ff >= actual.ff
    wide = _layer((16, 8), weight="fixed<24,8>", data="fixed<32,12>")
    assert estimate_layer(wide).dsp == 2 * 16 * 8


def test_model_estimate_record_keeps_the_totals():
    layers = [_layer((16, 8), 4, "resource"), _layer((8, 4), 1)]
    result = estimate_model(layers, [np.ones((16, 8)), np.full((8, 4), 0.6875)])
    record = result.as_dict()
    assert record["totals"] == result.totals and record["totals"]["dsp"] == 32 + 8
    assert structure_costs(layers[0], np.ones((16, 8)), "pattern").structure == "pattern"
    assert estimate_model(layers[1:]).totals["dsp"] == 8 * 4  # without weights: every product a multiplier


def test_products_of_neighbouring_inputs_are_never_merged():
    # mantissas 27 and -26 (ap_fixed<16,6>: 10 fractional bits), three CSD digits each: two multipliers.
    # A key span one short of 2 * max|c| + 1 would map input 0 x 27 and input 1 x -26 to the same product.
    assert estimate_layer(_layer((2, 1)), np.array([[27 / 1024], [-26 / 1024]])).dsp == 2


def test_a_wider_constant_needs_wider_shift_add_adders():
    layer = _layer((8, 8))
    # mantissas 5 = 101b and 17 = 10001b (10 fractional bits): two CSD digits each, adders of unequal width
    narrow, wide = (estimate_layer(layer, np.full((8, 8), m / 1024)) for m in (5, 17))
    assert narrow.dsp == wide.dsp == 0 and wide.lut > narrow.lut


def _parallel_conv(pf, rf=1, window_live=()):
    return LayerHardware(
        "c",
        "conv2d",
        (3, 3, 2, 4),
        rf,
        "latency",
        output_positions=16,
        parallelization_factor=pf,
        window_live=window_live,
    )


def test_parallel_latency_conv_copies_the_pixel_kernel_but_not_the_result_registers():
    kernel = np.full((3, 3, 2, 4), 0.6875)  # 11/16: three CSD digits, one multiplier per input
    one, two = estimate_layer(_parallel_conv(1), kernel), estimate_layer(_parallel_conv(2), kernel)
    assert one.dsp == 3 * 3 * 2 and two.dsp == 2 * one.dsp  # 36 real products, under the limit of 72
    results = 16 * 4 * 16  # every pixel's 4 results held over the partitions, 16 bits each (both PF)
    one_copy = [partition_result_bits(_parallel_conv(pf), "vitis") for pf in (1, 2)]  # Vivado HLS: two
    assert one_copy == [results, results]
    # and every input, held over the partitions at RF 1 (the same bits at any PF < pixels)
    inputs = partition_input_bits(_parallel_conv(1))
    assert inputs == partition_input_bits(_parallel_conv(2)) > 0
    results += inputs
    # every pixel's window is a 16 / PF-input multiplexer: the same input bits at any PF
    mux = partition_window_mux_bits(_parallel_conv(1))
    assert mux == partition_window_mux_bits(_parallel_conv(2)) == 16 * 18 * 16
    mux_luts = constants_for(Target().hls_tool, Target().fabric).lut_mux * mux
    held = partition_input_mux_luts(_parallel_conv(1), Target().hls_tool)  # the held inputs' multiplexers
    assert held == partition_input_mux_luts(_parallel_conv(2), Target().hls_tool) > 0
    mux_luts += held
    # both estimates are whole LUTs: one's rounding counts twice, two's once (at most 1.5 apart)
    assert two.lut - mux_luts == pytest.approx(2 * (one.lut - mux_luts), abs=1.5)
    assert two.ff - results == pytest.approx(2 * (one.ff - results), abs=1)
    pixel = estimate_layer(LayerHardware("d", "dense", (18, 4)), kernel.reshape(18, 4))
    # 16 partitions at II 1; the last one's fill stage (one cycle) and kernel
    assert (one.latency_cycles, one.ii) == (15 + 1 + pixel.latency_cycles, 16)


def test_parallel_conv_pixels_share_one_allocation_limit():
    """hls4ml's `ALLOCATION mul limit=multiplier_limit` (one pixel's count) holds for the PF pixels of a
    `PartitionLoop` iteration together: at PF 16 the 16 x 18 real products issue on 72 multipliers, four
    cycles an iteration (held-out N7, N8: 8 and 9 DSPs at PF 10 and 100, II 2 and 48)."""
    kernel = np.arange(1, 73).reshape(3, 3, 2, 4) / 128 + 0.6875  # distinct values: no shared product
    full = estimate_layer(_parallel_conv(16), kernel)
    single = estimate_layer(_parallel_conv(1), kernel)
    per_pixel = single.dsp
    assert full.dsp == 72 < 16 * per_pixel
    assert full.ii == -(-16 * per_pixel // 72)
    # taps that are padding in every slot remove their products from the shared issue count
    padded = estimate_layer(_parallel_conv(16, window_live=(0,) * 8 + (16,)), kernel)
    assert padded.ii < full.ii


def test_value_held_weights_are_the_cheap_and_the_shared_products_of_constant_weights():
    """fixed<16,6>: 10 fraction bits. 0.5 is one CSD digit (a shift), 0.375 = 0.5 - 0.125 two (a
    shift-add), 0.34375 = 0.5 - 0.125 - 0.03125 three (a DSP); a zero needs nothing. Input 1 multiplies
    0.34375 twice (one product, shared); input 2 has it once (its own DSP)."""
    kernel = np.array([[0.0, 0.5], [0.375, 0.34375], [0.34375, 0.34375], [0.34375, 0.0]])
    layer = _layer((4, 2))

    held = value_held_weights(layer, kernel)

    assert held.tolist() == [[True, True], [True, False], [True, True], [False, True]]
    resource = _layer((4, 2), rf=2, strategy="resource")  # a ROM: DSPs count live patterns, not values
    assert not value_held_weights(resource, kernel).any()


def test_latency_rf_two_is_capped_by_the_multiplier_limit_too():
    # per input two distinct 3-digit constants (11/16, 13/16): 8 multipliers; RF 2: limit ceil(8 / 2) - 0 = 4
    kernel = np.tile([11 / 16, 13 / 16], (4, 1))
    assert estimate_layer(_layer((4, 2)), kernel).dsp == 8
    assert estimate_layer(_layer((4, 2), rf=2), kernel).dsp == 4


def test_value_held_weights_keep_the_kernel_shape_and_are_a_mask():
    # per input pixel and channel: two own multipliers (11/16, 13/16), a shift (0.5) and a zero
    conv = LayerHardware("c", "conv2d", (3, 3, 2, 4), 1, "latency", output_positions=16)
    kernel = np.broadcast_to([11 / 16, 13 / 16, 0.5, 0.0], (3, 3, 2, 4))
    held = value_held_weights(conv, kernel)
    assert held.shape == kernel.shape and held.dtype == bool
    assert not held[..., :2].any() and held[..., 2:].all()
    rom = value_held_weights(_layer((4, 2), rf=2, strategy="resource"), np.ones((4, 2)))
    assert rom.dtype == bool and rom.shape == (4, 2)


def test_unrolled_multipliers_cost_logic_when_no_pattern_is_zero():
    # the unpruned baseline: every pattern live; each still carries its multiplier's LUT and FF
    layer = _layer((8, 4), 4, "resource_unrolled")
    full, kernel = estimate_layer(layer, np.ones((8, 4))), np.ones((8, 4))
    kernel[:4, 0] = 0  # one pattern all zero
    pruned = estimate_layer(layer, kernel)
    assert full.lut > pruned.lut and full.ff > pruned.ff
    costs = structure_costs(layer, np.ones((8, 4)), "pattern")
    assert (costs.cost["lut"] > 0).all() and (costs.cost["ff"] > 0).all()


def test_parallel_conv_latency_is_one_kernel_call_per_pixel_group():
    """io_parallel Conv2D: the kernel runs once per output pixel, a new call every II; the last call's latency
    ends the layer. io_stream at RF > 1: every input pixel waits for the kernel and the wrapper's steps."""
    from fpgaprune.core.hardware.logic import STREAM_WRAPPERS

    kernel_call = estimate_layer(_layer((18, 4), 2, "resource"), np.ones((18, 4)))  # the same kernel, once
    conv = LayerHardware("c", "conv2d", (3, 3, 2, 4), 2, "resource", "io_parallel", output_positions=16)
    parallel = estimate_layer(conv, np.ones((3, 3, 2, 4)))
    assert parallel.latency_cycles == 15 * 2 + kernel_call.latency_cycles and parallel.ii == 16 * 2
    stream = LayerHardware(
        "c", "conv2d", (3, 3, 2, 4), 2, "resource", "io_stream", output_positions=16, input_positions=25
    )
    period = kernel_call.latency_cycles + STREAM_WRAPPERS["vitis"].period_overhead["rom"]  # default target
    streamed = estimate_layer(stream, np.ones((3, 3, 2, 4)))
    assert streamed.latency_cycles == streamed.ii == 25 * period


def test_vitis_stream_dense_times_as_its_stream_function():
    """Vitis reports the io_stream dense stream function (`dense_array_*`, sets 3-4's K2, P4): the read
    of its one word, the kernel and the overhead fitted on Vitis HLS's own stream functions (fidelity9)."""
    from fpgaprune.core.hardware.logic import STREAM_WRAPPERS

    vitis = Target(hls_tool="vitis")
    stream = estimate_layer(_layer((16, 8), 4, "resource", io_type="io_stream"), np.ones((16, 8)), vitis)
    parallel = estimate_layer(_layer((16, 8), 4, "resource"), np.ones((16, 8)), vitis)
    assert stream.latency_cycles == 1 + parallel.latency_cycles + STREAM_WRAPPERS["vitis"].dense_overhead
    assert stream.ii == stream.latency_cycles  # the stream function is not pipelined


@pytest.mark.parametrize("part", ["xcvu13p-flga2577-2-e", "xc7z020clg400-1"])
def test_without_weights_every_product_is_a_fabric_multiplier_and_the_bound_holds(part):
    """Without weights every product of a narrow layer is a general multiplier in LUTs (no shift-add), and
    the estimate bounds a kernel whose every product is its own constant multiplier (fixed<6,1>: 5 fraction
    bits; 11, 13, 19, ..., 29 / 32 have three CSD digits each)."""
    from fpgaprune.core.hardware.cost import constant_kernel

    narrow, target = _layer((16, 8), weight="fixed<6,1>", data="ufixed<6,0>"), Target(part=part)
    unknown = constant_kernel(narrow, None, target)
    assert not unknown.uses_dsp and unknown.fabric_multipliers
    assert (unknown.shift_add_bits == 0).all() and (unknown.multiplier_bits > 0).all()
    kernel = np.tile(np.array([11, 13, 19, 21, 23, 25, 27, 29]) / 32, (16, 1))
    bound, actual = estimate_layer(narrow, None, target), estimate_layer(narrow, kernel, target)
    assert bound.dsp == actual.dsp == 0 and bound.lut >= actual.lut and bound.ff >= actual.ff


def test_parallel_latency_conv_at_rf_two_shares_one_limit():
    """The PF copies share hls4ml's one multiplier limit, ceil(72 / 2) = 36 (the function's ALLOCATION
    pragma; docs/cost-model-record.md 2.10): PF 2 keeps 36 multipliers and issues its 144 products in 4 cycles
    an iteration, over RF = 2."""
    kernel = np.broadcast_to([11 / 16, 13 / 16, 19 / 32, 21 / 32], (3, 3, 2, 4))  # 72 distinct products
    one, two = (
        estimate_layer(_parallel_conv(1, rf=2), kernel),
        estimate_layer(_parallel_conv(2, rf=2), kernel),
    )
    assert one.dsp == two.dsp == 72 // 2
    assert (one.ii, two.ii) == (16 * 2, 8 * 4)


def test_constants_passed_in_are_the_ones_used():
    """The leave-one-design-out check (`fit.leave_one_design_out`) estimates with constants refitted
    without the design; the estimate must use them, not the shipped ones."""
    from dataclasses import replace

    from fpgaprune.core.hardware.logic import constants_for

    layer, target = _layer((4, 2)), Target()
    shipped = constants_for(target.hls_tool, target.fabric)
    kernel = np.full((4, 2), 0.6875)
    assert estimate_layer(layer, kernel, target, shipped) == estimate_layer(layer, kernel, target)
    doubled = replace(shipped, lut_adder=2 * shipped.lut_adder + 1)
    default, refitted = (estimate_layer(layer, kernel, target, c) for c in (None, doubled))
    assert refitted.lut > default.lut


def test_unrolled_without_weights_assumes_no_zero_pattern():
    layer = _layer((8, 4), 4, "resource_unrolled")
    assert estimate_layer(layer) == estimate_layer(layer, np.ones((8, 4)))


def test_a_partitioned_rf1_conv_holds_its_input_over_the_partition_loop():
    """Held-out N6 (10x10x1 input, 12 bits, 100 partitions): 1,200 bits of `x_in_load_phi_reg`; none when the
    loop runs once (PF = pixels) or at RF > 1 (P8, RF 128, reads its input in the iteration)."""
    base = LayerHardware(
        "c", "conv2d", (3, 3, 1, 2), output_positions=100, input_positions=100, input_type="ap_fixed<12,4>"
    )
    assert partition_input_bits(base) == 1200
    assert partition_input_bits(replace(base, parallelization_factor=100)) == 0
    assert partition_input_bits(replace(base, reuse_factor=2)) == 0


def test_held_inputs_cost_a_multiplexer_set_each_or_one_for_a_packed_input():
    """Vitis HLS's report: two 3-input multiplexers of 14 LUT per held register whatever its width (M1: 336
    channel inputs one by one; N6: its ARRAY_RESHAPEd top input, one 1,200-bit word); Vivado HLS one of 15."""
    base = LayerHardware(
        "c", "conv2d", (3, 3, 1, 2), output_positions=100, input_positions=100, input_type="ap_fixed<12,4>"
    )
    assert partition_input_mux_luts(base, "vitis") == 100 * 28
    assert partition_input_mux_luts(base, "vivado") == 100 * 15
    assert partition_input_mux_luts(replace(base, input_packed=True), "vitis") == 28
    assert partition_input_mux_luts(replace(base, reuse_factor=2), "vitis") == 0


def test_pipelined_dsp_cores_carry_their_report_registers():
    """A 16-bit x 11/16 product on a DSP of a -1 7-series part at 5 ns (budget 4.375 ns) is a two-stage core
    the reports count at 4 * 16 + 3 = 67 FF (branch ffdsp, logic.DSP_CORE_NS); at 10 ns, on a -3 part, on
    UltraScale at 5 ns, or with 8-bit operands the core is reported at 0 FF."""
    layer = _layer((2, 3))
    slow = Target(part="xc7z020-clg400-1", hls_tool="vitis", clock_ns=5.0, clock_uncertainty=0.125)
    kernel = constant_kernel(layer, KERNEL, slow)
    assert kernel.dsp_core_ff.sum() == pytest.approx(2 * 67)  # two distinct DSP products (0.6875, -0.6875)
    for target in (
        replace(slow, clock_ns=10.0),
        replace(slow, part="xc7vx690t-ffg1930-3"),
        replace(slow, part="xcu250-figd2104-2L-e"),
    ):
        assert constant_kernel(layer, KERNEL, target).dsp_core_ff.sum() == 0
    narrow = _layer((2, 3), weight="fixed<8,3>", data="fixed<8,3>")
    assert constant_kernel(narrow, KERNEL, replace(slow, mul_impl="dsp")).dsp_core_ff.sum() == 0
    with_cores = estimate_layer(layer, KERNEL, slow).ff
    without = estimate_layer(layer, KERNEL, replace(slow, clock_ns=4.99999, part="xc7z020-clg400-2")).ff
    assert with_cores - without == pytest.approx(2 * 67, abs=1)


def test_products_on_one_dsp_tile_carry_the_lut_csynth_lists_beside_them():
    """csynth lists a few LUT beside every constant-weight product on one DSP (logic.DSP_PRODUCT_LUT): 5 on
    UltraScale (Vivado HLS Expression rows, Vitis HLS combinational cores), 6 for Vivado HLS on 7-series, 0
    for Vitis HLS 2021.1 on 7-series and 2 for its pipelined cores from 2022.1. KERNEL has two distinct DSP
    products (0.6875 twice in one row, -0.6875); 0.75 and 0.5 are shift-adds, which get none."""
    layer = _layer((2, 3))
    cases = {
        Target(part="xcu250-figd2104-2L-e", hls_tool="vivado", hls_version="2020.1"): 5.0,
        Target(part="xcu250-figd2104-2L-e", hls_tool="vitis", hls_version="2023.1"): 5.0,
        Target(part="xc7z020-clg400-1", hls_tool="vivado", hls_version="2019.2"): 6.0,
        Target(part="xc7z020-clg400-1", hls_tool="vitis", hls_version="2021.1"): 0.0,
        Target(part="xc7z020-clg400-1", hls_tool="vitis", hls_version="2023.1"): 2.0,
    }
    for target, per_product in cases.items():
        kernel = constant_kernel(layer, KERNEL, target)
        assert kernel.dsp_product_lut.sum() == pytest.approx(2 * per_product)
        assert kernel.dsp_product_lut[1].sum() == 0  # the shift-add row
    vivado = Target(part="xcu250-figd2104-2L-e", hls_tool="vivado", hls_version="2020.1")
    kernel = constant_kernel(layer, KERNEL, vivado)
    constants = constants_for("vivado", "ultrascale")
    with_lut = constant_kernel_logic(kernel, constants, vivado.budget_ns).lut.sum()
    without = constant_kernel_logic(
        replace(kernel, dsp_product_lut=None), constants, vivado.budget_ns
    ).lut.sum()
    assert with_lut - without == pytest.approx(2 * 5.0)  # the kernel's LUT carries them, unfitted


def test_a_resource_convolution_at_rf_above_1_holds_its_partitioned_results():
    """hls4ml 0.7-1.3's `conv_*d_resource_cl` writes each partition's results through `*(res++)` at any RF,
    as the Latency kernel does (branch partres): the ROM path counts them, twice on Vivado HLS, and the
    `fill_buffer` multiplexers, but no held input (its PartitionLoop is not pipelined)."""
    layer = LayerHardware("c", "conv2d", (3, 3, 2, 4), 2, "resource", output_positions=16, input_positions=36)
    results = 16 * 4 * layer.accum_type.width
    assert (
        partition_result_bits(layer, "vitis") == results
        and partition_result_bits(layer, "vivado") == 2 * results
    )
    assert partition_input_bits(layer) == 0
    held = {
        tool: estimate_layer(layer, np.ones((3, 3, 2, 4)), Target(hls_tool=tool)).ff
        for tool in ("vivado", "vitis")
    }
    assert all(ff > partition_result_bits(layer, tool) for tool, ff in held.items())
    one_position = replace(layer, output_positions=1, input_positions=9)  # one partition: nothing held
    assert partition_result_bits(one_position, "vivado") == 0 and partition_window_mux_bits(one_position) == 0
