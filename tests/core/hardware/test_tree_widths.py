"""Adder widths of the Latency kernel's tree (branch accwidth): each add at min(accum_t, widest product cast
to accum_t + its tree level), checked on hand-derived values."""

import numpy as np
import pytest

from fpgaprune.core.hardware.cost import accumulated_bits
from fpgaprune.core.hardware.layer import LayerHardware
from fpgaprune.core.hardware.logic import ConstantKernel, tree_adder_bits


def _kernel(product_bits, accum_bits: int) -> ConstantKernel:
    ones = np.ones((4, 1))
    return ConstantKernel(
        nonzero=ones > 0,
        shift_add_bits=0 * ones,
        multiplier_bits=0 * ones,
        shared=ones,
        uses_dsp=False,
        fabric_share=1.0,
        data_bits=8,
        weight_bits=8,
        accum_bits=accum_bits,
        reuse_factor=1,
        multiplier_limit=4,
        product_bits=None if product_bits is None else ones * product_bits,
    )


def _layer(accum: str) -> LayerHardware:
    return LayerHardware(
        "fc",
        "dense",
        (2, 1),
        1,
        "latency",
        weight_type="fixed<8,4>",
        input_type="fixed<8,1>",
        accum_type=accum,
    )


def test_without_product_widths_every_add_is_accumulator_wide():
    assert tree_adder_bits(_kernel(None, 32)).tolist() == [32.0]


def test_four_products_and_the_bias_add_at_product_width_plus_their_level():
    # 5 addends: 2 adds at level 1 (11 bits), 1 at level 2 (12), 1 at level 3 (13)
    assert tree_adder_bits(_kernel(10.0, 32)).tolist() == [pytest.approx((2 * 11 + 12 + 13) / 4)]


def test_the_accumulator_caps_the_add_width():
    assert tree_adder_bits(_kernel(10.0, 12)).tolist() == [pytest.approx((2 * 11 + 12 + 12) / 4)]


def test_a_product_keeps_only_the_bits_the_accumulator_holds():
    layer = _layer("fixed<25,14>")
    mantissa = np.array([[1], [0]])  # 2**-4: 8 data bits + 2 constant bits, all inside the accumulator
    assert accumulated_bits(layer, mantissa, np.array([[2], [0]])).tolist() == [[10.0], [0.0]]
    narrow = _layer("fixed<10,6>")  # 4 fractional bits: the product's lowest 7 (of 11) are cut
    assert accumulated_bits(narrow, mantissa, np.array([[2], [0]])).tolist() == [[3.0], [0.0]]
