"""hls4ml's select products of binary and ternary weights (`nnet_mult.h` `weight_binary`, `weight_ternary`:
x, -x or 0, no `*`; `LayerHardware.product`): a Resource kernel builds no multiplier for them, so it takes no
DSP, and a project's config struct names them (`project.struct_product`)."""

import numpy as np
import pytest

from fpgaprune.core.hardware.cost import estimate_layer
from fpgaprune.core.hardware.layer import LayerHardware
from fpgaprune.core.hardware.project import binary_kernel, struct_product
from fpgaprune.core.hardware.structures import bram_geometry, rom_word_bits


def _resource_dense(product: str, shape=(12, 8), reuse_factor=2, accum="ap_fixed<15,8>") -> LayerHardware:
    # 8-bit data times int<2> weights summed losslessly: a multiply-accumulate on DSPs for a `*` product
    return LayerHardware(
        "fc1",
        "dense",
        shape,
        reuse_factor=reuse_factor,
        strategy="resource",
        weight_type="ap_int<2>",
        input_type="ap_ufixed<8,1>",
        accum_type=accum,
        product=product,
    )


def test_a_resource_kernels_select_products_take_no_dsp():
    kernel = np.random.default_rng(0).integers(-1, 2, size=(12, 8)).astype(float)
    multiplied = estimate_layer(_resource_dense("mult"), kernel)
    for product in ("weight_ternary", "weight_binary"):
        selected = estimate_layer(_resource_dense(product), kernel)
        assert multiplied.dsp > 0
        assert selected.dsp == 0
        assert selected.lut > multiplied.lut  # priced as 2-bit fabric products instead


def test_an_unknown_product_is_refused_in_one_line():
    with pytest.raises(ValueError, match="product 'both_binary' is not one fpgaprune costs"):
        _resource_dense("both_binary")


def test_the_config_struct_names_the_product():
    body = "typedef weight2_t weight_t;\n    template<class x_T, class y_T>\n"
    assert struct_product(body + "using product = nnet::product::weight_ternary<x_T, y_T>;", "fc1") == (
        "weight_ternary"
    )
    assert struct_product(body, "fc1") == "mult"  # hls4ml before 0.6 wrote no product


def test_power_of_two_weights_are_refused_in_one_line():
    body = "using product = nnet::product::weight_exponential<x_T, y_T>;"
    refusal = r"^layer fc1: its weights are hls4ml power-of-two exponents"
    with pytest.raises(ValueError, match=refusal) as error:
        struct_product(body, "fc1")
    assert "\n" not in str(error.value)


def test_a_binary_kernels_stored_zero_is_minus_one():
    layer = _resource_dense("weight_binary")
    assert binary_kernel(layer, np.array([[0.0, 1.0]])).tolist() == [[-1.0, 1.0]]
    assert binary_kernel(_resource_dense("mult"), np.array([[0.0, 1.0]])).tolist() == [[0.0, 1.0]]


def test_a_binary_roms_word_holds_one_xnor_bit_a_weight():
    """hls4ml stores a binary weight as one xnor bit (ap_uint<1>), so its Resource ROM is half as wide as the
    int<2> a ternary weight takes: 64 x 128 weights at RF 64 are 64 words of 128 bits (of 256 as int<2>,
    which binary weights were costed as), in fewer BRAM_18K."""
    layers = {
        product: _resource_dense(product, (64, 128), 64, "ap_fixed<16,8>")
        for product in ("weight_binary", "weight_ternary")
    }
    kernel = np.where(np.random.default_rng(1).random((64, 128)) < 0.5, -1.0, 1.0)
    assert rom_word_bits(layers["weight_binary"], kernel) == 128
    assert rom_word_bits(layers["weight_ternary"], kernel) == 256
    assert bram_geometry(layers["weight_binary"]).lane_bits == 1
    blocks = {product: estimate_layer(layer, kernel).bram_18k for product, layer in layers.items()}
    assert 0 < blocks["weight_binary"] < blocks["weight_ternary"]
