import numpy as np
import pytest

from fpgaprune.core.hardware.layer import LayerHardware
from fpgaprune.core.hardware.structures import bram_geometry, group_ids, zero_patterns


def _dense(shape, rf, strategy="resource_unrolled", bits=16):
    return LayerHardware("fc", "dense", shape, rf, strategy, weight_type=f"fixed<{bits},6>")


def test_dense_patterns_by_hand_rf_below_n_in():
    # transposed index t = o*4 + i; multiplier = t // 2: two consecutive inputs of one neuron
    ids = group_ids(_dense((4, 3), 2), "pattern")
    assert ids.tolist() == [[0, 2, 4], [0, 2, 4], [1, 3, 5], [1, 3, 5]]


def test_dense_patterns_by_hand_rf_above_n_in():
    # RF = 4 > n_in = 2: one multiplier takes the whole fan-in of two consecutive neurons
    ids = group_ids(_dense((2, 4), 4), "pattern")
    assert ids.tolist() == [[0, 0, 1, 1], [0, 0, 1, 1]]


def test_conv_patterns_by_hand():
    layer = LayerHardware(
        "c", "conv2d", (1, 2, 2, 2), 2, "resource_unrolled", "io_stream", output_positions=4
    )
    ids = group_ids(layer, "pattern")
    # (F, kh, kw, C) order: t = f*4 + x*2 + c, pattern = t // 2 = 2f + x
    for x in range(2):
        for c in range(2):
            for f in range(2):
                assert ids[0, x, c, f] == 2 * f + x


def test_neuron_single_and_latency_pattern():
    layer = _dense((4, 3), 2)
    assert group_ids(layer, "neuron").tolist() == [[0, 1, 2]] * 4
    assert group_ids(layer, "filter").tolist() == [[0, 1, 2]] * 4
    assert group_ids(layer, "single").tolist() == np.arange(12).reshape(4, 3).tolist()
    latency = _dense((4, 3), 1, "latency")
    assert group_ids(latency, "pattern").tolist() == np.arange(12).reshape(4, 3).tolist()


@pytest.mark.parametrize("bits,per_slice", [(18, 2), (36, 1), (12, 3), (16, 9), (8, 9), (10, 18), (6, 6)])
def test_bram_slice_size_for_any_width(bits, per_slice):
    layer = _dense((64, 32), 8, bits=bits)
    assert bram_geometry(layer).patterns_per_slice == per_slice
    ids = group_ids(layer, "bram_slice")
    pattern = group_ids(layer, "pattern")
    assert np.array_equal(ids, pattern // per_slice)


def test_slices_cover_whole_columns_and_lanes_are_fully_placed():
    geometry = bram_geometry(_dense((64, 32), 8, bits=16))
    lanes, columns, bits = geometry.lane_column_overlaps()
    assert np.bincount(lanes, weights=bits).tolist() == [16] * geometry.lanes
    slice_of_lane = lanes // geometry.patterns_per_slice
    for column in range(geometry.n_columns):  # every column belongs to exactly one slice
        assert len(set(slice_of_lane[columns == column].tolist())) == 1


@pytest.mark.parametrize("rf,column_bits,blocks", [(8, 36, 1), (512, 36, 1), (1024, 18, 1), (2048, 9, 1)])
def test_bram_aspect_ratio_follows_depth(rf, column_bits, blocks):
    geometry = bram_geometry(_dense((2048, 4), rf, "resource", bits=18))
    assert (geometry.column_bits, geometry.blocks_per_column) == (column_bits, blocks)
    assert geometry.bram_18k == -(-geometry.word_bits // column_bits) * blocks


def test_no_bram_structures_without_a_weight_rom():
    with pytest.raises(ValueError, match="not in BRAM"):
        group_ids(_dense((4, 3), 1, "latency"), "bram_slice")
    with pytest.raises(ValueError, match="structure"):
        group_ids(_dense((4, 3), 2), "block")


@pytest.mark.parametrize("shape,rf", [((12, 8), 3), ((12, 8), 24), ((6, 4), 12)])
def test_zero_patterns_match_hls4mls_reshape(shape, rf):
    rng = np.random.default_rng(rf)
    kernel = rng.normal(size=shape) * (rng.random(shape) < 0.3)
    kernel[:, :2] = 0  # two dead neurons: whole patterns are zero for every RF
    layer = _dense(shape, rf)
    # unrolled_codegen.py: zeros = sum(~weights.data.reshape(block_factor, RF).any(1)), kernel transposed
    expected = ~kernel.T.ravel().reshape(layer.block_factor, rf).any(axis=1)
    assert np.array_equal(zero_patterns(layer, kernel), expected)
    assert expected.any()  # the case really has all-zero patterns


def test_wrong_kernel_size_is_refused():
    with pytest.raises(ValueError, match="expected 12 weights"):
        zero_patterns(_dense((4, 3), 2), np.zeros(10))


def test_a_one_lane_rom_deeper_than_1024_takes_one_2048_deep_block():
    # one 8-bit lane, 1536 deep: one 2048 x 9 block, not three 512 x 36 ones (a word's columns round up)
    geometry = bram_geometry(_dense((96, 16), 1536, "resource", bits=8))
    assert (geometry.column_bits, geometry.blocks_per_column, geometry.bram_18k) == (9, 1, 1)


def test_weights_outside_bram_are_named_with_the_strategies_that_have_a_rom():
    with pytest.raises(ValueError) as error:
        bram_geometry(_dense((4, 3), 1, "latency"))
    assert str(error.value).endswith("bram_slice exists only for resource / resource_unrolled with RF > 1")
