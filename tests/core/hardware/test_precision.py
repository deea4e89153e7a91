import numpy as np
import pytest

from fpgaprune.core.hardware.precision import (
    FixedType,
    fixed_type_of,
    inferred_average_accum_type,
    inferred_batchnorm_type,
    inferred_merge_type,
    mantissa_range,
    parse_precision,
    quantize,
    value_range,
)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ap_fixed<16,6>", FixedType(16, 6)),
        ("fixed<16, 6>", FixedType(16, 6)),
        ("ap_ufixed<8,0>", FixedType(8, 0, signed=False)),
        ("ufixed<6,0>", FixedType(6, 0, signed=False)),
        ("ap_int<8>", FixedType(8, 8)),
        ("ap_uint<4>", FixedType(4, 4, signed=False)),
        ("fixed<18,8,RND,SAT>", FixedType(18, 8, True, "RND", "SAT")),
        ("ap_fixed<8,3,AP_RND_CONV,AP_SAT_SYM>", FixedType(8, 3, True, "RND_CONV", "SAT_SYM")),
        ("fixed<18,8,TRN,WRAP,0>", FixedType(18, 8)),  # hls4ml adds the saturation-bits field
    ],
)
def test_parses_hls4ml_spellings(text, expected):
    assert parse_precision(text) == expected


@pytest.mark.parametrize("text", ["float", "ap_fixed<16>", "fixed<a,b>", "ap_fixed<0,0>", "fixed<8,1,ROUND>"])
def test_malformed_precision_is_a_clear_error(text):
    with pytest.raises(ValueError, match="precision|rounding"):
        parse_precision(text)


def test_truncation_and_wrap_are_the_defaults():
    fixed = FixedType(4, 1)  # steps of 1/8, range [-1, 7/8]
    values = np.array([0.3, -0.3, 0.875, 1.0, -1.0, -1.2])
    # 0.3 -> floor(2.4) = 2; -0.3 -> floor(-2.4) = -3; 1.0 -> 8 wraps to -8; -1.2 -> -10 wraps to 6
    assert quantize(values, fixed).tolist() == [2, -3, 7, -8, -8, 6]


def test_rounding_and_saturation_modes():
    assert quantize(np.array([0.3, -0.3, 5.0]), FixedType(4, 1, True, "RND", "SAT")).tolist() == [2, -2, 7]
    assert quantize(np.array([0.3125]), FixedType(4, 1, True, "RND_CONV", "WRAP")).tolist() == [2]  # 2.5 -> 2
    assert quantize(np.array([-5.0]), FixedType(4, 1, True, "TRN", "SAT_SYM")).tolist() == [-7]


def test_printed_grid_values_are_exact():
    # hls4ml prints weights with `fractional` decimals; a grid value must not move by one step
    fixed = FixedType(8, 1)
    printed = np.array([float(f"{k / 128:.7f}") for k in range(-128, 128)])
    assert quantize(printed, fixed).tolist() == list(range(-128, 128))


def test_unsigned_range():
    assert mantissa_range(FixedType(6, 0, signed=False)) == (0, 63)
    assert mantissa_range(FixedType(6, 1)) == (-32, 31)


def test_value_range_and_kif():
    assert value_range(FixedType(6, 2)) == (-2.0, 1.9375)
    assert value_range(FixedType(6, 0, signed=False)) == (0.0, 63 / 64)
    assert FixedType(6, 2).kif == (1, 1, 4) and FixedType(8, 3, signed=False).kif == (0, 3, 5)


def test_hls4ml_types_are_read_with_their_modes():
    """hls4ml's own type objects (only its types module: no TensorFlow)."""
    types = pytest.importorskip("hls4ml.model.types")

    coarse = fixed_type_of(types.FixedPrecisionType(6, 2, rounding_mode="RND_CONV", saturation_mode="SAT"))
    assert coarse == FixedType(6, 2, True, "RND_CONV", "SAT")
    assert fixed_type_of(types.FixedPrecisionType(16, 6, signed=False)) == FixedType(16, 6, False)
    assert fixed_type_of(types.IntegerPrecisionType(8)) == FixedType(8, 8)
    for not_fixed in (types.FloatPrecisionType(), types.ExponentPrecisionType(), types.XnorPrecisionType()):
        assert fixed_type_of(not_fixed) is None
    # HGQ gives pruned values a type of 0 bits: it holds and wraps nothing, so it is not a fixed-point type
    assert fixed_type_of(types.FixedPrecisionType(0, 0)) is None


@pytest.mark.parametrize(
    "op,expected",
    [
        ("add", FixedType(17, 7)),  # one integer bit over fixed<16,6>'s 6 and ufixed<8,3>'s 3 + 1 (unsigned)
        ("subtract", FixedType(17, 7)),
        ("average", FixedType(17, 7)),  # typed as a sum (hls4ml 1.3)
        ("multiply", FixedType(24, 9)),
        ("maximum", FixedType(16, 6)),  # concatenate's widths, TRN and WRAP
        ("minimum", FixedType(16, 6)),
        (
            "concatenate",
            FixedType(16, 6, True, "RND_CONV", "SAT"),
        ),  # the second's modes: the first's are TRN, WRAP
    ],
)
def test_a_joins_auto_type_is_hls4ml_1_3s(op, expected):
    """`inferred_merge_type` on a fixed<16,6> and a ufixed<8,3,RND_CONV,SAT> (tests/hls/test_design_accum.py
    checks it against hls4ml's ModelGraph on whole models)."""
    first, second = FixedType(16, 6), FixedType(8, 3, False, "RND_CONV", "SAT")
    assert inferred_merge_type(op, first, second) == expected
    capped = inferred_merge_type(op, first, second, maximum=FixedType(12, 4))
    if op in ("maximum", "minimum"):  # hls4ml caps neither
        assert capped == expected
    else:
        assert capped == FixedType(12, 4, True, *(("RND_CONV", "SAT") if op == "concatenate" else ()))


def test_a_maximum_of_two_equal_types_keeps_their_modes():
    same = FixedType(8, 3, False, "RND_CONV", "SAT")
    assert inferred_merge_type("maximum", same, same) == same == inferred_merge_type("minimum", same, same)


def test_saturation_bits_are_part_of_the_type_as_hls4ml_compares_them():
    """ap_fixed's fifth field: `fixed<8,3,RND,SAT,2>` is not `fixed<8,3,RND,SAT>` for hls4ml, so a Concatenate
    or Maximum of the two is not typed as its inputs: concatenate keeps the first's modes and bits, maximum
    rounds and wraps (it was typed as the first input, the field dropped when read)."""
    hls4ml_types = pytest.importorskip("hls4ml.model.types")
    bits, plain = parse_precision("fixed<8,3,RND,SAT,2>"), parse_precision("ap_fixed<8,3,AP_RND,AP_SAT>")
    assert (bits.saturation_bits, plain.saturation_bits, bits == plain) == (2, 0, False)
    assert str(bits) == "ap_fixed<8,3,AP_RND,AP_SAT,2>" and parse_precision(str(bits)) == bits
    assert inferred_merge_type("concatenate", plain, bits) == bits
    assert inferred_merge_type("maximum", bits, plain) == FixedType(8, 3)
    theirs = hls4ml_types.FixedPrecisionType(8, 3, True, "AP_RND", "AP_SAT", 2)
    assert fixed_type_of(theirs) == bits
    with pytest.raises(ValueError, match="saturation bits X are not a count of bits"):
        parse_precision("ap_fixed<8,3,AP_RND,AP_SAT,x>")


def test_a_join_hls4ml_infers_no_type_for_is_refused():
    with pytest.raises(ValueError, match="merge operation 'dot': hls4ml infers types for add, subtract"):
        inferred_merge_type("dot", FixedType(8, 3), FixedType(8, 3))


@pytest.mark.parametrize(
    "input_type,expected",
    [
        # ufixed<6,2> x fixed<16,6>: fixed<22,8>, + fixed<16,6>: one integer bit over 8, 14 fraction bits
        (FixedType(6, 2, False, "RND_CONV", "SAT"), FixedType(23, 9)),
        (FixedType(16, 6), FixedType(33, 13)),  # fixed<32,12> + fixed<16,6>
        (FixedType(4, 4, False), FixedType(21, 11)),  # uint<4> x fixed<16,6> = fixed<20,10>, + fixed<16,6>
    ],
)
def test_a_batchnorms_auto_type_is_hls4ml_1_3s(input_type, expected):
    """`inferred_batchnorm_type` with hls4ml's default scale and bias fixed<16,6>
    (tests/hls/test_design_accum.py checks it against hls4ml's ModelGraph on whole models); a Model `maximum`
    caps width and integer part."""
    scale = bias = FixedType(16, 6)
    assert inferred_batchnorm_type(input_type, scale, bias) == expected
    assert inferred_batchnorm_type(input_type, scale, bias, maximum=FixedType(20, 7)) == FixedType(
        min(expected.width, 20), 7
    )


def test_a_batchnorms_unsigned_bias_widens_a_signed_product():
    """hls4ml's rule widens an unsigned bias by one integer bit beside a signed product: ufixed<8,4> x
    fixed<8,2> = fixed<16,6>; beside it ufixed<10,8> counts 9 integer bits, so 10 over the 6, fraction 10."""
    assert inferred_batchnorm_type(FixedType(8, 4, False), FixedType(8, 2), FixedType(10, 8, False)) == (
        FixedType(20, 10)
    )


@pytest.mark.parametrize(
    "input_type,pool_size,expected",
    [
        (FixedType(8, 3, False, "RND_CONV", "SAT"), 4, FixedType(12, 5, False)),  # 2x2: 2 bits each side
        (FixedType(16, 6), 3, FixedType(20, 8)),  # 3 values: ceil(log2 3) = 2
        (FixedType(5, 2, False), 1, FixedType(5, 2, False)),
    ],
)
def test_an_average_poolings_auto_accumulator_is_hls4ml_1_3s(input_type, pool_size, expected):
    """`inferred_average_accum_type`: the types hls4ml 1.3's ModelGraph gave an AveragePooling2D(2) after a
    ufixed<8,3> ReLU and an AveragePooling1D(3) after a fixed<16,6> result (tests/hls/test_design_accum.py
    checks it against the ModelGraph on whole models); the input's modes are not kept (TRN, WRAP)."""
    assert inferred_average_accum_type(input_type, pool_size) == expected


def test_a_type_cut_at_its_comma_by_yaml_says_to_quote_it():
    """`Model: {Precision: ap_fixed<16,6>}` in YAML is {Precision: 'ap_fixed<16', '6>': None}: the line
    said only "malformed precision 'ap_fixed<16'"."""
    import yaml

    cut = yaml.safe_load("Model: {Precision: ap_fixed<16,6>}")["Model"]["Precision"]
    with pytest.raises(ValueError, match=r"splits an unquoted type at its comma: quote it"):
        parse_precision(cut)
    with pytest.raises(ValueError, match=r"^malformed precision 'foo'; expected e\.g\. [^(]*$"):
        parse_precision("foo")


def test_a_type_wider_than_ap_fixed_builds_is_refused():
    """`ap_fixed<100000,50>` cost a 4x4 layer 376,448 DSPs; `ap_fixed<1100,10>` weights failed in quantize
    with an OverflowError (a review, 2026-12-07). HLS builds ap_fixed up to AP_INT_MAX_W, 1024 bits by
    default."""
    assert parse_precision("ap_fixed<1024,6>").width == 1024
    with pytest.raises(ValueError, match=r"^precision 'ap_fixed<1025,6>': 1025 bits is above ap_fixed's"):
        parse_precision("ap_fixed<1025,6>")


def test_a_value_far_outside_its_type_is_named_not_cast():
    """1e300 in a weights file leaked NumPy's overflow and cast warnings and costed arbitrary mantissas."""
    fixed = parse_precision("ap_fixed<16,6>")
    assert quantize(np.array([1e3, -1e3]), fixed).tolist() == [-24576, 24576]  # wraps, as ap_fixed does
    for value in (1e300, np.nan):
        with pytest.raises(ValueError, match=r"is far outside ap_fixed<16,6>'s range \(below 2\*\*5\)"):
            quantize(np.array([0.5, value]), fixed)
    with pytest.raises(ValueError, match="of more than 63 bits are not estimated"):
        quantize(np.array([0.5]), parse_precision("ap_fixed<64,6>"))
