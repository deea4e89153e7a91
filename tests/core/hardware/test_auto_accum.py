"""hls4ml's `auto` accumulator and result types (`precision.inferred_accum_type`, `layer.auto_accum_layer`).

The data checks read every stored project whose `hls4ml_config.yml` sets a Dense/Conv layer's `accum` or
`result` to `auto` (hls4ml 1.x wrote them): the type `firmware/defines.h` holds for it, the layer's input type
(the call's first template argument), its weight and bias types (`parameters.h`) and the products per output
(the struct's `n_in`, or `n_chan * filt_height * filt_width`), all resolved through `defines.h`.
"""

import re
from pathlib import Path

import pytest

from fpgaprune.core.hardware.layer import LayerHardware, auto_accum_layer, summed_products, with_auto_accum
from fpgaprune.core.hardware.precision import FixedType, inferred_accum_type, parse_precision
from fpgaprune.core.hardware.project import define_macros, read_project_files, struct_settings

DATA = Path(__file__).parent / "data"
CALL = re.compile(
    r"nnet::(dense|conv_[12]d_cl|pointwise_conv_[12]d_cl|depthwise_conv_[12]d_cl)<\s*([\w:]+)\s*,\s*([\w:]+)\s*,"
    r"\s*(config\d+)\s*>\s*\([^;]*\);\s*//\s*(\S+)"
)
TYPEDEF = re.compile(r"typedef\s+(.+?)\s+(\w+);")
ARRAY = re.compile(r"nnet::array<\s*(.+?)\s*,\s*[\w*\s]+>$")
# E3's dense2 accumulator and result were edited by hand to ap_fixed<28,10> after hls4ml wrote the project
# (data/heldout21/README.md, "E3's hand-edited defines.h"): the one written type no rule gives
HAND_EDITED = {("heldout21/projects/E3", "dense2")}
# Set 29's O1, written by hls4ml 1.2.0 from an HGQ2 (Keras 3) model, whose `auto` types follow another rule:
# the Conv2D's accumulator and result are the Model's default ap_fixed<16,6> (the rule: ap_fixed<19,9>), the
# Dense's ap_fixed<22,11> (the rule: ap_fixed<28,17>, tighter by its weights' values). fpgaprune reads a
# project's written types; the rule serves the Keras models it converts itself, which are not HGQ2 models.
OTHER_FLOW = {("heldout29/projects/O1", "q_conv2d"), ("heldout29/projects/O1", "q_dense")}


def _resolved(types: dict, name: str) -> FixedType:
    for _ in range(10):
        if name not in types:
            break
        name = types[name]
    element = ARRAY.match(name.strip())
    return parse_precision(element.group(1) if element else name)


def _written_layers():
    """(project, layer, field, written type, input, weight, bias, products, maximum) for every Dense/Conv
    layer call of a stored project whose configuration sets that layer's `accum` or `result` to `auto`."""
    rows = []
    for config_path in sorted(DATA.rglob("hls4ml_config.yml")):
        if "auto" not in config_path.read_text():
            continue
        files = read_project_files(config_path.parent)
        hls = files.config.get("HLSConfig") or {}
        names = hls.get("LayerName") or {}
        model = (hls.get("Model") or {}).get("Precision")
        maximum = (
            parse_precision(model["maximum"]) if isinstance(model, dict) and "maximum" in model else None
        )
        types = {alias: text for text, alias in TYPEDEF.findall(files.defines)}
        macros = define_macros(files.defines)
        for kind, input_t, result_t, struct, name in CALL.findall(files.source):
            precision = (names.get(name) or {}).get("Precision")
            precision = precision if isinstance(precision, dict) else {}  # a layer's one type: no `auto`
            settings = struct_settings(files.parameters, struct, macros)
            mult = struct_settings(files.parameters, f"{struct}_mult", macros) or settings
            if kind == "dense":
                products = int(settings["n_in"])
            else:
                taps = int(settings.get("filt_height", 1)) * int(settings["filt_width"])
                products = taps if kind.startswith("depthwise") else taps * int(settings["n_chan"])
            operands = tuple(_resolved(types, t) for t in (input_t, mult["weight_t"], mult["bias_t"]))
            project = str(config_path.parent.relative_to(DATA))
            for field, written in (("accum", mult["accum_t"]), ("result", result_t)):
                if str(precision.get(field, "")).lower() == "auto":
                    rows.append(
                        (project, name, field, _resolved(types, written), *operands, products, maximum)
                    )
    return rows


WRITTEN = _written_layers()


def test_the_written_auto_types_are_hls4mls_rule():
    """Every `auto` accumulator and result hls4ml 1.x wrote is the rule's type, but the one edited by hand."""
    differ = set()
    for project, name, _, written, input_t, weight_t, bias_t, products, maximum in WRITTEN:
        if inferred_accum_type(input_t, weight_t, bias_t, products, maximum) != written:
            differ.add((project, name))
    accums = [row for row in WRITTEN if row[2] == "accum"]
    results = [row for row in WRITTEN if row[2] == "result"]
    # 28 projects, 90 layers: 62 auto accumulators and 87 auto results (the other layers set only their result
    # to auto: hls4ml gives it the same type), K6's separable convolution as its depthwise, pointwise halves;
    # set 22's A1 and set 23's B3 (four Dense layers each, accumulator and result `auto`): the 26th, 27th;
    # convglue's Conv1D tagger (hls4ml 1.3, user_projects/conv1d_tagger_vitis, four layers): the 28th; a
    # Brevitas MLP through hls4ml 1.3's QONNX flow (user_projects/brevitas_mlp, three Dense layers, weights of
    # negative integer bits such as ap_fixed<6,-1>): the 29th; set 27's four depthwise projects (H14, H15,
    # H51, H52: hls4ml's CI tests written again with hls4ml 1.3.0, one depthwise layer each): the 30th-33rd;
    # set 29's O1 (hls4ml 1.2.0 from an HGQ2 model, a Conv2D and a Dense, `auto` accumulator and result): 34th
    layers = {(row[0], row[1]) for row in WRITTEN}
    assert (len({row[0] for row in WRITTEN}), len(layers), len(accums), len(results)) == (34, 99, 71, 96)
    assert differ == HAND_EDITED | OTHER_FLOW


def test_the_projects_cover_signed_unsigned_and_saturating_inputs():
    """The checks above span unsigned inputs (a ReLU's), 2-bit to 70-bit inputs and 2 to 3,200 products."""
    inputs = {row[4] for row in WRITTEN}
    products = [row[7] for row in WRITTEN]
    assert any(not t.signed for t in inputs) and any(t.signed for t in inputs)
    assert min(t.width for t in inputs) == 2 and max(t.width for t in inputs) == 70
    assert (min(products), max(products)) == (2, 3200)


def test_the_rule_by_hand():
    """P1's qconv2d_2: ap_ufixed<4,0> inputs x ap_fixed<4,1> weights, 288 products (9 bits), an ap_fixed<4,1>
    bias: the products' sum ap_fixed<17,10> (signed: the weight is), the bias one more integer bit:
    ap_fixed<18,11>."""
    accum = inferred_accum_type(
        parse_precision("ap_ufixed<4,0>"),
        parse_precision("ap_fixed<4,1>"),
        parse_precision("ap_fixed<4,1>"),
        288,
    )
    assert accum == FixedType(18, 11)


def test_an_unsigned_sum_and_a_signed_bias():
    """Both operands unsigned: the sum is unsigned and widens by one integer bit to meet a signed bias."""
    unsigned = parse_precision("ap_ufixed<8,2>")
    accum = inferred_accum_type(unsigned, unsigned, parse_precision("ap_fixed<8,3>"), 4)
    # products: 18 bits, 6 integer; +1 (bias signed, sum not), max(7, 3) + 1 = 8 integer bits, 12 fractional
    assert accum == FixedType(20, 8, signed=True)
    assert inferred_accum_type(unsigned, unsigned, parse_precision("ap_ufixed<8,3>"), 4) == FixedType(
        19, 7, False
    )


def test_one_product_adds_no_bit_and_the_maximum_caps_width_and_integer_each():
    fixed = parse_precision("ap_fixed<16,6>")
    assert inferred_accum_type(fixed, fixed, fixed, 1) == FixedType(33, 13)
    assert inferred_accum_type(fixed, fixed, fixed, 1, parse_precision("ap_fixed<24,16>")) == FixedType(
        24, 13
    )
    assert inferred_accum_type(fixed, fixed, fixed, 1, parse_precision("ap_fixed<40,8>")) == FixedType(33, 8)
    with pytest.raises(ValueError, match="at least one product"):
        inferred_accum_type(fixed, fixed, fixed, 0)


def test_products_per_output_of_each_kind():
    dense = auto_accum_layer("d", "dense", 100, 10, accum_type="auto")[0]
    conv = auto_accum_layer("c", "conv2d", kernel=(3, 3), channels=32, filters=8, accum_type="auto")[0]
    assert (summed_products(dense), summed_products(conv)) == (100, 288)
    depthwise = with_auto_accum(LayerHardware("dw", "conv2d", (3, 3, 4, 4), depthwise=True), "ap_fixed<16,6>")
    assert summed_products(depthwise) == 9


def test_auto_accum_layer_names_the_type_and_the_rule():
    layer, note = auto_accum_layer(
        "c",
        "conv2d",
        kernel=(3, 3),
        channels=32,
        filters=8,
        input_type="ap_ufixed<4,0>",
        weight_type="ap_fixed<4,1>",
        accum_type="auto",
        bias_type="ap_fixed<4,1>",
    )
    assert layer.accum_type == FixedType(18, 11)
    assert "ap_fixed<18,11>" in note and "288 products" in note and "hls4ml 1.0.0-1.3.0" in note
    concrete, none = auto_accum_layer("d", "dense", 4, 4, accum_type="ap_fixed<20,8>")
    assert (concrete.accum_type, none) == (FixedType(20, 8), None)


@pytest.mark.parametrize("option", ["input_type", "weight_type", "bias_type", "maximum"])
def test_auto_cannot_rest_on_another_auto(option):
    with pytest.raises(ValueError, match="accumulator 'auto' cannot be resolved") as error:
        auto_accum_layer("d", "dense", 4, 4, accum_type="auto", **{option: "auto"})
    assert len(str(error.value).splitlines()) == 1


@pytest.mark.parametrize("option", ["bias_type", "maximum"])
def test_a_malformed_bias_or_maximum_is_an_error_beside_a_concrete_accumulator(option):
    # only an 'auto' accumulator reads them, but a typo there is the user's and must not pass silently
    with pytest.raises(ValueError, match="ap_fixd<16,6>") as error:
        auto_accum_layer("d", "dense", 4, 4, accum_type="ap_fixed<20,8>", **{option: "ap_fixd<16,6>"})
    assert len(str(error.value).splitlines()) == 1
