"""A user's hls4ml configuration read with hls4ml's precedence (LayerName, LayerType, Model)."""

from dataclasses import replace

import pytest

from fpgaprune.core.design import LayerHls, design_layers
from fpgaprune.core.hls_config import ConfigLayer, Link, hls_settings, read_hls_config
from fpgaprune.core.zoo import WeightLayer

FC1 = ConfigLayer(WeightLayer("fc1", "dense", 16, 64, (16, 64)), "QDense", weight_quantizer="fixed<8,1>")
FC2 = ConfigLayer(
    WeightLayer("fc2", "dense", 64, 32, (64, 32)),
    "Dense",
    chain=(Link("fc1", "Dense"), Link("relu1", "Activation")),
)
OUT = ConfigLayer(
    WeightLayer("Output", "dense", 32, 5, (32, 5)),
    "Dense",
    chain=(Link("fc2", "Dense"), Link("relu2", "Activation")),
)
LAYERS = [FC1, FC2, OUT]


def _read(hls):
    return read_hls_config(hls, LAYERS, "input_1")


def test_layer_name_beats_layer_type_beats_model():
    design = _read(
        {
            "Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1, "Strategy": "Latency"},
            "LayerType": {"Dense": {"ReuseFactor": 4, "Strategy": "Resource"}},
            "LayerName": {"output": {"ReuseFactor": 8}},
        }
    )  # names match case-insensitively
    resolved = design.setting.resolve([layer.weight for layer in LAYERS], "test")
    assert resolved == {
        "fc1": LayerHls(1, "latency"),
        "fc2": LayerHls(4, "resource"),
        "Output": LayerHls(8, "resource"),
    }


def test_precisions_follow_hls4ml_and_qkeras_quantizers():
    design = _read(
        {
            "Model": {"Precision": {"default": "fixed<16,6>"}, "ReuseFactor": 1},
            "LayerName": {
                "input_1": {"Precision": {"result": "ufixed<8,3>"}},
                "fc1": {"Precision": {"weight": "fixed<18,8>", "accum": "fixed<24,12>"}},
                "relu1": {"Precision": {"result": "ufixed<6,2,RND_CONV,SAT>"}},
                "relu2": {"Precision": {"result": "auto"}},
                "Output": {"Precision": "fixed<10,4>"},
            },
        }
    )
    fc1, fc2, out = (design.precisions[name] for name in ("fc1", "fc2", "Output"))
    assert (fc1.weight, fc1.data, fc1.accum) == (
        "fixed<8,1>",
        "ufixed<8,3>",
        "fixed<24,12>",
    )  # quantizer wins
    # no entry of its own: the model's default, for the accumulator too (hls4ml's get_precision)
    assert (fc2.weight, fc2.data, fc2.accum) == ("fixed<16,6>", "ufixed<6,2,RND_CONV,SAT>", "fixed<16,6>")
    assert (out.weight, out.data) == ("fixed<10,4>", "fixed<16,6>")  # its own plain precision; auto input
    layers = design_layers(
        [layer.weight for layer in LAYERS],
        design.setting.resolve([layer.weight for layer in LAYERS], "t"),
        design.precisions,
        design.io_type,
        pruned=True,
    )
    assert (layers[0].weight_type.width, layers[0].input_type.width, layers[1].input_type.width) == (8, 8, 6)


def test_bias_types_and_the_maximum_follow_hls4ml():
    """A bias quantizer wins over the config (hls4ml's `add_weights_variable`), a float layer's bias follows
    the lookup, a layer without a bias adds `ap_uint<1>` zeros; the Model maximum reaches every layer."""
    layers = [
        ConfigLayer(FC1.weight, "QDense", weight_quantizer="fixed<8,1>", bias_quantizer="fixed<10,4>"),
        FC2,
        ConfigLayer(OUT.weight, "Dense", chain=OUT.chain, has_bias=False),
    ]
    hls = {
        "Model": {"Precision": {"default": "fixed<16,6>", "maximum": "fixed<24,10>"}, "ReuseFactor": 1},
        "LayerName": {"fc1": {"Precision": {"bias": "fixed<24,2>"}}},
        "LayerType": {"Dense": {"Precision": {"bias": "ufixed<6,6>"}}},
    }
    design = read_hls_config(hls, layers, "input_1")
    fc1, fc2, out = (design.precisions[name] for name in ("fc1", "fc2", "Output"))
    assert (fc1.bias, fc2.bias, out.bias) == ("fixed<10,4>", "ufixed<6,6>", "ap_uint<1>")
    assert {p.maximum for p in design.precisions.values()} == {"fixed<24,10>"}
    hls["Model"]["Precision"]["maximum"] = "fixed24"
    with pytest.raises(ValueError, match="Model.Precision.maximum"):
        read_hls_config(hls, layers, "input_1")


def test_a_reuse_factor_that_is_no_whole_number_names_the_key():
    with pytest.raises(
        ValueError, match=r"hls_config LayerName.fc2.ReuseFactor '4': must be a whole number >= 1"
    ):
        _read(
            {
                "Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1},
                "LayerName": {"fc2": {"ReuseFactor": "4", "Strategy": "Resource"}},
            }
        )


@pytest.mark.parametrize(
    "hls, message",
    [
        ({"Model": {"Precision": "fixed<16,6>"}}, "no ReuseFactor for layer fc1"),
        ({"Model": {"ReuseFactor": 1}}, "no Model.Precision"),
        (
            {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1, "Strategy": "distributed_arithmetic"}},
            "Model.Strategy",
        ),
        ({"Model": {"Precision": "fixed16", "ReuseFactor": 1}}, "Model.Precision"),
        (
            {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1}, "ClockUncertainty": "120%"},
            r"hls_config ClockUncertainty '120%' is not below the clock period \(5 ns\): give a smaller",
        ),
        (  # hls4ml would write `set clock_uncertainty 12.5 %` into the project's Tcl
            {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1}, "ClockUncertainty": "12.5 %"},
            r"^hls_config ClockUncertainty '12.5 %': give a share of the period",
        ),
        (
            {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1}, "ClockUncertainty": "a lot"},
            r"^hls_config ClockUncertainty 'a lot': give a share of the period \('12.5%'\) or ns \(0.5\)$",
        ),
    ],
)
def test_incomplete_or_unknown_settings_are_one_line(hls, message):
    with pytest.raises(ValueError, match=message):
        _read(hls)


def test_a_whole_configuration_gives_io_type_and_part():
    design = _read(
        {
            "HLSConfig": {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1}},
            "IOType": "io_stream",
            "Part": "xcvu9p-flga2104-2L-e",
        }
    )
    assert (design.io_type, design.part, design.precision) == (
        "io_stream",
        "xcvu9p-flga2104-2L-e",
        "fixed<16,6>",
    )


@pytest.mark.parametrize(
    "hls, message",
    [
        (
            {
                "Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1},
                "LayerName": {"fc2": {"ReuseFactr": 4}},
            },
            r"hls_config LayerName.fc2.ReuseFactr: unknown key, did you mean ReuseFactor\?",
        ),
        (
            {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 4, "Stratgy": "Resource"}},
            "Model.Stratgy: unknown key, did you mean Strategy",
        ),
        (
            {"Model": {"Precision": "fixed<16,6>", "reuse_factor": 4}},
            "Model.reuse_factor: unknown key, did you mean ReuseFactor",
        ),
        (
            {
                "Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1},
                "LayerType": {"Dense": {"Precision": {"wieght": "fixed<8,1>"}}},
            },
            "LayerType.Dense.Precision.wieght: unknown key, did you mean weight",
        ),
        (
            {"HLSConfig": {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1}}, "IOtype": "io_stream"},
            "hls_config IOtype: unknown key, did you mean IOType",
        ),
        (
            {"HLSConfig": {"Modle": {"Precision": "fixed<16,6>", "ReuseFactor": 1}}, "Backend": "Vivado"},
            "HLSConfig.Modle: unknown key, did you mean Model",
        ),
        (
            {"HLSConfg": {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1}}, "IOType": "io_stream"},
            "hls_config HLSConfg: unknown key, did you mean HLSConfig",
        ),
        (  # hls4ml 0.6's name, which hls4ml 1.3 does not read: its default part would be built
            {"HLSConfig": {"Model": {"Precision": "fixed<16,6>"}}, "XilinxPart": "xcku115-flvb2104-2-i"},
            "hls_config XilinxPart: an older hls4ml's name, which hls4ml 1.3 ignores .*; call it Part",
        ),
        (  # the MLPerf Tiny ToyCar configuration's own converter key: hls4ml would build its default part
            {"HLSConfig": {"Model": {"Precision": "fixed<16,6>"}}, "fpga_part": "xc7z020clg400-1"},
            r"hls_config fpga_part: not a key hls4ml reads, did you mean Part\?",
        ),
        (
            {"HLSConfig": {"Model": {"Precision": "fixed<16,6>"}}, "target_clock_period": 10},
            r"hls_config target_clock_period: not a key hls4ml reads, did you mean ClockPeriod\?",
        ),
        (  # a layer setting at the top level (the same configuration's `Strategy: Resource`)
            {"HLSConfig": {"Model": {"Precision": "fixed<16,6>"}}, "Strategy": "Resource"},
            "hls_config Strategy: hls4ml reads it in HLSConfig.Model or a LayerName/LayerType entry",
        ),
        (
            {"Model": {"Precision": "fixed<16,6>"}, "ReuseFactor": 4},
            "hls_config ReuseFactor: hls4ml reads it in HLSConfig.Model",
        ),
        (  # the Iris PYNQ project's configuration: hls4ml built io_parallel, its top-level value
            {
                "HLSConfig": {"Model": {"Precision": "fixed<8,3>", "IOType": "io_stream"}},
                "IOType": "io_parallel",
            },
            "hls_config HLSConfig.Model.IOType: hls4ml ignores it here .*; it reads it only at the top level",
        ),
        (
            {"Model": {"Precision": "fixed<16,6>"}, "LayerName": {"fc1": {"SaturationMode": "AP_SAT"}}},
            r"hls_config LayerName.fc1.SaturationMode: .* give the mode in the type",
        ),
        (  # both in one line: a CNN's took a run each
            {"Model": {"Precision": "fixed<16,6>", "RoundingMode": "RND", "SaturationMode": "AP_SAT"}},
            r"^hls_config Model.RoundingMode: .* type.*; hls_config Model.SaturationMode: .* in the type",
        ),
        (  # no top-level IOType: hls4ml builds io_parallel
            {"Model": {"Precision": "fixed<16,6>", "IOType": "io_stream"}},
            "hls_config Model.IOType: hls4ml ignores it here",
        ),
    ],
)
def test_a_misspelt_key_is_one_line_naming_the_key_it_resembles(hls, message):
    """hls4ml ignores a key it does not know: a typo would silently give RF 1, Latency, io_parallel, ..."""
    with pytest.raises(ValueError, match=message):
        _read(hls)


def test_hls4ml_keys_fpgaprune_does_not_read_pass():
    """hls4ml's own keys (config_from_keras_model's output, project settings) are not typos of ours."""
    design = _read(
        {
            "HLSConfig": {
                "Model": {
                    "Precision": {"default": "fixed<16,6>"},
                    "ReuseFactor": 4,
                    "Strategy": "Resource",
                    "BramFactor": 1000000000,
                    "TraceOutput": False,
                    "IOType": "io_parallel",  # a copy of the top level's (some written configurations)
                },
                "LayerName": {
                    "fc1": {"Trace": False, "ReuseFactor": 4, "ConvImplementation": "LineBuffer"},
                    "relu1": {"Precision": {"result": "auto", "table": "fixed<18,8>"}, "TableSize": 1024},
                    "fc1_linear": {"Precision": {"bias": "fixed<8,3>", "result": "auto"}},
                    "Output": {"ParallelizationFactor": 1, "Precision": {"weight": "fixed<8,1>"}},
                },
            },
            "IOType": "io_parallel",
            "Backend": "Vitis",
            "OutputDir": "prj",
            "ProjectName": "myproject",
            "ClockUncertainty": "12.5%",
            "Board": "pynq-z2",
            "Stamp": "0a1b2c3d",
            "WriterConfig": {"Namespace": None, "WriteWeightsTxt": True},
            "KerasModel": None,
            "OnnxModel": None,
            "InputData": None,
            "OutputPredictions": None,
        }
    )
    assert design.setting.layers["fc1"] == LayerHls(4, "resource")


def test_a_layer_name_entry_for_no_layer_of_the_model_is_one_line():
    """hls4ml ignores a LayerName entry no layer has (fc1 would take the Model's RF 1); names hls4ml splits
    off a layer (`fc1_relu`, as config_from_keras_model lists them) and other cases pass."""
    names = ["input_1", "fc1", "relu1", "fc2", "relu2", "Output", "softmax"]
    model = {"Precision": "fixed<16,6>", "ReuseFactor": 1}
    given = {"Model": model, "LayerName": {"FC1": {"ReuseFactor": 4}, "fc1_relu": {}, "OUTPUT_softmax": {}}}
    assert read_hls_config(given, LAYERS, "input_1", names).setting.layers["fc1"] == LayerHls(4, "latency")
    with pytest.raises(ValueError) as info:
        read_hls_config({"Model": model, "LayerName": {"fc_1": {"ReuseFactor": 4}}}, LAYERS, "input_1", names)
    assert str(info.value) == (
        "hls_config LayerName.fc_1: the model has no such layer (hls4ml would ignore the entry): rename it "
        "to the layer it was meant for, or remove it; the model's layers: input_1, fc1, relu1, fc2, relu2, "
        "Output, softmax"
    )


def test_a_layer_name_entry_for_another_activation_than_hls4ml_splits_off_is_one_line():
    """A QDense with its own `quantized_relu`, which hls4ml splits off as `fc1_quantized_relu`: an entry
    `fc1_relu` was accepted and ignored by hls4ml, so the activation took the Model's type (a review,
    2026-12-07); the entry hls4ml reads and other `<layer>_...` names (an HGQ input quantizer's `_iq`)
    pass."""
    names = ["input_1", "fc1", "fc2", "Output", "softmax"]
    splits = {"fc1": "fc1_quantized_relu", "fc2": "fc2_relu", "Output": "Output_linear"}
    model = {"Precision": "fixed<16,6>", "ReuseFactor": 1}
    for fine in ("fc1_quantized_relu", "FC2_relu", "fc1_iq", "Output_linear"):
        read_hls_config({"Model": model, "LayerName": {fine: {}}}, LAYERS, "input_1", names, splits)
    # Keras's default names: `dense_1_relu` is dense_1's entry, not dense's (a review: the first prefix was
    # taken, so dense_1's wrong entry passed and a layer named `fc_binary`'s was checked against `fc`'s)
    keras_names = ["input_1", "dense", "dense_1", "fc", "fc_binary"]
    keras_splits = {
        "dense": "dense_relu",
        "dense_1": "dense_1_softmax",
        "fc": "fc_relu",
        "fc_binary": "fc_binary_tanh",
    }
    for fine in ("dense_1_softmax", "fc_binary_tanh", "dense_relu"):
        read_hls_config(
            {"Model": model, "LayerName": {fine: {}}}, LAYERS, "input_1", keras_names, keras_splits
        )
    with pytest.raises(
        ValueError, match="LayerName.dense_1_relu: hls4ml names the activation it splits off dense_1 "
    ):
        read_hls_config(
            {"Model": model, "LayerName": {"dense_1_relu": {}}}, LAYERS, "input_1", keras_names, keras_splits
        )
    for wrong, split in (("fc1_relu", "fc1_quantized_relu"), ("fc2_linear", "fc2_relu")):
        with pytest.raises(ValueError) as info:
            read_hls_config({"Model": model, "LayerName": {wrong: {}}}, LAYERS, "input_1", names, splits)
        owner = wrong.split("_")[0]
        assert str(info.value) == (
            f"hls_config LayerName.{wrong}: hls4ml names the activation it splits off {owner} {split} (it "
            f"would ignore the entry): rename it {split}"
        )


def test_a_quantized_bits_after_an_auto_weight_layer_is_dropped_and_named_with_its_entries():
    """hls4ml's MergeLinearActivation removes a quantized_bits QActivation after fc1's `auto` result (its
    `<layer>_linear`, also `auto`, is removed as a no-op first): output reads fc1's exact sum; with fc1,
    fc1_linear and bits in the quantizer's type it reads that type and nothing is dropped. Checked against
    hls4ml's ModelGraph and C simulation in tests/hls/test_dropped_quantizer.py."""
    from fpgaprune.core.hls_config import chain_input_type, dropped_quantizer_warnings, dropped_quantizers

    quantizer = "fixed<6,2,RND_CONV,SAT>"
    chain = (
        Link("fc1", "Dense"),
        Link("fc1_linear", "Activation", linear=True),
        Link("bits", "Activation", linear=True, quantizer=quantizer),
    )
    name_config = {"fc1": None, "fc1_linear": None, "bits": quantizer}
    auto_results = {"fc1": "fixed<27,12>"}
    (dropped,) = dropped_quantizers(
        chain, lambda link: name_config[link.name], "fixed<16,6>", auto_results, "io_parallel"
    )
    assert (dropped.name, dropped.merged_into, dropped.reads, dropped.entries) == (
        "bits",
        "fc1",
        "fixed<27,12>",
        ("fc1", "fc1_linear", "bits"),
    )
    assert chain_input_type(chain, lambda link: name_config[link.name], "fixed<16,6>", auto_results) == (
        "fixed<27,12>"
    )
    (line,) = dropped_quantizer_warnings([dropped])
    assert line.startswith("bits: ") and "MergeLinearActivation" in line and "fc1, fc1_linear, bits" in line
    kept = dict.fromkeys(dropped.entries, quantizer)
    assert (
        dropped_quantizers(chain, lambda link: kept[link.name], "fixed<16,6>", auto_results, "io_parallel")
        == []
    )
    assert chain_input_type(chain, lambda link: kept[link.name], "fixed<16,6>", auto_results) == quantizer


def test_a_batchnorms_auto_result_is_inferred_from_what_it_reads_and_its_scale_and_bias():
    """A weight layer after a quantized ReLU and an `auto` BatchNormalization reads hls4ml's inferred type
    (ufixed<6,2> x scale + bias), with the scale and bias its config gives (LayerName, else the LayerType
    BatchNormalization, else the Model default); a configured BatchNormalization result is read as given.
    Checked against hls4ml's ModelGraph in tests/hls/test_design_accum.py."""
    weights = WeightLayer("fc2", "dense", 6, 5, (6, 5))
    chain = (
        Link("fc1", "Dense"),
        Link("fc1_linear", "Activation", linear=True),
        Link("relu1", "Activation"),
        Link("bn", "BatchNormalization"),
    )
    layers = [
        ConfigLayer(WeightLayer("fc1", "dense", 9, 6, (9, 6)), "Dense"),
        ConfigLayer(weights, "Dense", chain=chain),
    ]
    relu = {"Precision": {"result": "ufixed<6,2>"}}
    model = {"Precision": "fixed<16,6>", "ReuseFactor": 1}

    def fc2_input(bn: dict, by_type: dict | None = None) -> str:
        config = {"Model": model, "LayerName": {"relu1": relu, "bn": bn}, "LayerType": by_type or {}}
        return read_hls_config(config, layers, "x").precisions["fc2"].data

    assert fc2_input({"Precision": {"result": "auto"}}) == "ap_fixed<23,9>"
    # ufixed<6,2> x fixed<8,3> = fixed<14,5>, + fixed<16,6>: 7 integer bits, 10 fraction bits
    assert fc2_input({"Precision": {"result": "auto", "scale": "fixed<8,3>"}}) == "ap_fixed<17,7>"
    by_type = {"BatchNormalization": {"Precision": {"bias": "fixed<12,10>"}}}
    # ufixed<6,2> x fixed<16,6> = fixed<22,8>, + fixed<12,10>: 11 integer bits, 14 fraction bits
    assert fc2_input({"Precision": {"result": "auto"}}, by_type) == "ap_fixed<25,11>"
    assert fc2_input({"Precision": {"result": "fixed<12,4>"}}) == "fixed<12,4>"


def test_a_global_average_pooling_that_cuts_its_mean_is_named_with_the_types_that_keep_it():
    """The mean of 16 ufixed<8,3> values needs 5 + 4 fraction bits; the Model default fixed<16,6> (result and
    accumulator, which hls4ml 1.3 does not infer for a global pooling) keeps 10: nothing to say. At
    fixed<12,6> it keeps 6: the warning names the layer and the types that keep it (the accumulator with
    room for the sum, 3 + 4 integer bits). A global max pooling (no `averages`) is never named."""
    from fpgaprune.core.hls_config import truncated_mean_warnings

    weights = WeightLayer("output", "dense", 4, 3, (4, 3))
    relu = {"Precision": {"result": "ufixed<8,3>"}}

    def truncated(precision: str, averages: int = 16):
        chain = (
            Link("conv", "Conv2D"),
            Link("relu", "Activation"),
            Link("gap", "GlobalPooling2D", averages=averages),
        )
        layers = [ConfigLayer(weights, "Dense", chain=chain)]
        config = {"Model": {"Precision": precision, "ReuseFactor": 1}, "LayerName": {"relu": relu}}
        return read_hls_config(config, layers, "x").truncated

    assert truncated("fixed<16,6>") == ()
    assert truncated("fixed<12,6>", averages=0) == ()
    (pooling,) = truncated("fixed<12,6>")
    assert (pooling.reads, pooling.needed, pooling.kept) == ("ufixed<8,3>", 9, 6)
    (line,) = truncated_mean_warnings([pooling])
    assert line == (
        "gap: its mean of 16 ufixed<8,3> values needs 9 fraction bits but its result fixed<12,6> and accum "
        "fixed<12,6> keep 6 (the C simulation can differ from Keras); to keep it give LayerName gap "
        "Precision.result ap_fixed<15,6> and Precision.accum ap_fixed<16,7>"
    )


def test_an_average_poolings_auto_result_cuts_its_mean_and_is_named_with_the_result_that_keeps_it():
    """hls4ml 1.3 types an AveragePooling2D's `auto` result as its input and its `auto` accumulator as its
    input widened by ceil(log2 pool) integer and fraction bits (`_infer_pooling_precision`): the mean of 2x2
    ufixed<8,3> values keeps 5 of the 7 fraction bits it needs, and the warning names the result that keeps
    it (the accumulator keeps them already); the next layer still reads the pooling's input type. A
    configured result that keeps them, or a pool of one value, is not named. Checked against hls4ml's
    ModelGraph in tests/hls/test_design_accum.py."""
    from fpgaprune.core.hls_config import truncated_mean_warnings

    weights = WeightLayer("output", "dense", 4, 3, (4, 3))
    relu = {"Precision": {"result": "ufixed<8,3>"}}
    auto = {"Precision": {"result": "auto", "accum": "auto"}}

    def design(pool: dict, averages: int = 4):
        chain = (
            Link("conv", "Conv2D"),
            Link("relu", "Activation"),
            Link("pool", "Pooling2D", averages=averages),
            Link("flatten", "Reshape"),
        )
        layers = [ConfigLayer(weights, "Dense", chain=chain)]
        config = {
            "Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1},
            "LayerName": {"relu": relu, "pool": pool, "flatten": auto},
        }
        return read_hls_config(config, layers, "x")

    (pooling,) = design(auto).truncated
    assert design(auto).precisions["output"].data == "ufixed<8,3>"
    assert (pooling.reads, pooling.result, pooling.accum) == ("ufixed<8,3>", "ufixed<8,3>", "ap_ufixed<12,5>")
    assert (pooling.needed, pooling.kept) == (7, 5)
    (line,) = truncated_mean_warnings([pooling])
    assert line == (
        "pool: its mean of 4 ufixed<8,3> values needs 7 fraction bits but its result ufixed<8,3> and accum "
        "ap_ufixed<12,5> keep 5 (the C simulation can differ from Keras); to keep it give LayerName pool "
        "Precision.result ap_ufixed<10,3>"
    )
    assert design({"Precision": {"result": "ufixed<10,3>", "accum": "auto"}}).truncated == ()
    assert design(auto, averages=1).truncated == ()


def test_a_weight_layer_after_a_typed_flatten_multiplies_its_input_and_infers_from_its_type():
    """hls4ml 1.3 infers every `auto` type first (its `convert` flow), from a Flatten's or Reshape's
    configured type, and only then makes the Reshape an alias of its input (`InplaceParallelReshape`; under
    io_stream `InplaceStreamFlatten`, for a flattening one only): the next layer multiplies its input's type,
    the convolution's `auto` sum here, but accumulates in the type inferred from the configured fixed<10,3>.
    An io_stream Reshape that does not flatten becomes a Repack with its own type. Checked against hls4ml's
    ModelGraph in tests/hls/test_design_accum.py."""
    from fpgaprune.core.hls_config import chain_input_type, chain_read_type

    conv = WeightLayer("conv", "conv2d", 18, 3, (3, 3, 2, 3), 16, 36, 36)
    fc = WeightLayer("fc", "dense", 48, 4, (48, 4))
    auto = {"Precision": {"result": "auto", "accum": "auto"}}
    config = {
        "Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1},
        "LayerName": {"conv": auto, "fc": auto, "reshape": {"Precision": {"result": "fixed<10,3>"}}},
    }

    def fc_types(io_type: str, flat: bool) -> tuple[str, str | None, tuple[int, int]]:
        chain = (Link("conv", "Conv2D"), Link("reshape", "Reshape", flat=flat))
        layers = [ConfigLayer(conv, "Conv2D"), ConfigLayer(fc, "Dense", chain=chain)]
        design = read_hls_config({"IOType": io_type, "HLSConfig": config}, layers, "x")
        per_layer = design.setting.resolve([conv, fc], "hls_config")
        designed = design_layers([conv, fc], per_layer, design.precisions, io_type, pruned=False)
        own, accum = design.precisions["fc"], designed[1].accum_type
        return own.data, own.inferred_from, (accum.width, accum.integer)

    conv_sum = "ap_fixed<38,18>"  # fixed<16,6> x fixed<16,6>, 18 products, plus the bias
    from_configured = (33, 16)  # fixed<10,3> x fixed<16,6>, 48 products, plus the bias
    assert fc_types("io_parallel", flat=True) == (conv_sum, "fixed<10,3>", from_configured)
    assert fc_types("io_parallel", flat=False) == (conv_sum, "fixed<10,3>", from_configured)
    assert fc_types("io_stream", flat=True) == (conv_sum, "fixed<10,3>", from_configured)
    assert fc_types("io_stream", flat=False) == ("fixed<10,3>", None, from_configured)
    chain = (Link("conv", "Conv2D"), Link("reshape", "Reshape", flat=True))
    given = {"conv": None, "reshape": "fixed<10,3>"}

    def result_of(link: Link) -> str | None:
        return given[link.name]

    sums = {"conv": conv_sum}
    assert chain_input_type(chain, result_of, "fixed<16,6>", sums) == "fixed<10,3>"
    assert chain_read_type(chain, result_of, "fixed<16,6>", sums, "io_parallel") == conv_sum


def test_an_in_place_reshape_applies_no_quantizer_and_a_pooling_after_it_averages_its_input():
    """hls4ml 1.3 makes an io_parallel Flatten an alias of its input after inferring types: a quantized_bits
    QActivation after a Flatten typed as its quantizer is removed (same type) and fc2 multiplies fc1's sum, so
    the quantizer is dropped and the entries reach back to fc1; an io_stream Reshape that does not flatten is
    a Repack that applies it. An average pooling after an in-place Reshape averages fc1's sum (fixed<38,18>:
    20 + 2 fraction bits needed) in types inferred from the Reshape's fixed<10,3>. Checked against hls4ml's
    ModelGraph in tests/hls/test_design_accum.py."""
    from fpgaprune.core.hls_config import dropped_quantizers, truncated_means

    quantizer, auto_results = "fixed<6,3,RND_CONV,SAT>", {"fc1": "ap_fixed<36,16>"}
    chain = (
        Link("fc1", "Dense"),
        Link("fc1_linear", "Activation", linear=True),
        Link("flatten", "Reshape", flat=True),
        Link("bits", "Activation", linear=True, quantizer=quantizer),
    )
    given = {"fc1": None, "fc1_linear": None, "flatten": quantizer, "bits": quantizer}

    def result_of(link: Link) -> str | None:
        return given[link.name]

    (dropped,) = dropped_quantizers(chain, result_of, "fixed<16,6>", auto_results, "io_parallel")
    assert (dropped.reads, dropped.entries) == ("ap_fixed<36,16>", ("fc1", "fc1_linear", "bits"))
    repacked = (*chain[:2], Link("flatten", "Reshape"), chain[3])
    assert dropped_quantizers(repacked, result_of, "fixed<16,6>", auto_results, "io_stream") == []

    pooled = (*chain[:2], Link("reshape", "Reshape"), Link("pool", "Pooling2D", averages=4))
    given |= {"reshape": "fixed<10,3>", "pool": None}
    auto_results = {"fc1": "ap_fixed<38,18>"}

    def pooling_types(link: Link, inferred_from: str) -> tuple[str, str]:
        return inferred_from, "fixed<14,5>"  # hls4ml's `auto` result and accumulator from fixed<10,3>

    found = truncated_means(pooled, pooling_types, result_of, "fixed<16,6>", auto_results, "io_parallel")
    pooling = found["pool"]
    assert (pooling.reads, pooling.result, pooling.needed, pooling.kept) == (
        "ap_fixed<38,18>",
        "fixed<10,3>",
        22,
        7,
    )


def _conv_bn_chain(quantized: bool = False, activation: str = "linear") -> tuple:
    """conv -> its activation -> bn -> relu, as `fpgaprune.models.user` links a weight layer's input."""
    return (
        Link("conv", "Conv2D", quantized=quantized),
        Link(f"conv_{activation}", "Activation", linear=activation == "linear"),
        Link("bn", "BatchNormalization"),
        Link("relu", "Activation"),
    )


@pytest.mark.parametrize(
    "chain, typed, fused",
    [
        (_conv_bn_chain(), {}, {"conv": "bn"}),  # auto result, no activation of its own: fused
        (_conv_bn_chain(), {"conv": "fixed<16,6>"}, {}),  # a typed result keeps the normalisation a layer
        (_conv_bn_chain(quantized=True), {}, {}),  # a QKeras kernel quantizer too
        (_conv_bn_chain(activation="relu"), {}, {}),  # an activation between
        ((replace(_conv_bn_chain()[0], shared=True), *_conv_bn_chain()[1:]), {}, {}),  # read twice
        ((Link("skip", "Merge", op="add", branches=(_conv_bn_chain()[:3],)),), {}, {"conv": "bn"}),
    ],
)
def test_the_batchnorms_hls4ml_fuses_into_a_weight_layer(chain, typed, fused):
    """hls4ml's FuseBatchNormalization fuses a BatchNormalization into the float Dense/Conv whose `auto`
    result it reads (its linear activation removed), in a chain or a join's branch; the design then costs
    that layer's kernel times the normalisation's scale (`fused_batchnorms`, `models.build.built_kernel`)."""
    from fpgaprune.core.hls_config import fused_batchnorms

    assert fused_batchnorms(chain, lambda link: typed.get(link.name)) == fused


def test_a_zero_padding_is_typed_as_what_it_read_when_built_whatever_its_configuration():
    """hls4ml 1.3 builds a ZeroPadding1D/2D with its input's type and ignores its own configured result: after
    a quantized_bits QActivation that MergeLinearActivation removes later, the padding keeps (and casts into)
    the quantizer's configured type, so nothing is dropped and the next layer reads that type; after an
    `auto` layer it passes on what it reads (fc1's exact sum). Checked against hls4ml's ModelGraph in
    tests/hls/test_design_types.py (`_qkeras_padded`)."""
    from fpgaprune.core.hls_config import chain_input_type, dropped_quantizers

    quantizer = "fixed<6,2,RND_CONV,SAT>"
    chain = (
        Link("conv1", "Conv1D"),
        Link("conv1_linear", "Activation", linear=True),
        Link("bits", "Activation", linear=True, quantizer=quantizer),
        Link("pad", "ZeroPadding1D"),
    )
    config = {"conv1": None, "conv1_linear": None, "bits": quantizer, "pad": "fixed<9,4>"}
    auto_results = {"conv1": "fixed<27,12>"}

    def result_of(link):
        return config[link.name]

    assert chain_input_type(chain, result_of, "fixed<16,6>", auto_results) == quantizer
    assert dropped_quantizers(chain, result_of, "fixed<16,6>", auto_results, "io_parallel") == []
    config["bits"] = None  # every result `auto`: the padding passes on conv1's exact sum
    assert chain_input_type(chain, result_of, "fixed<16,6>", auto_results) == "fixed<27,12>"


def test_the_backend_is_read_as_hls4ml_reads_it_and_an_accelerator_names_the_one_it_wraps():
    """hls4ml matches backend names without case ('vivado' was refused as not one of Vitis, Vivado); an
    accelerator backend (the MLPerf Tiny PYNQ-Z2 designs' VivadoAccelerator) builds the layers of the backend
    it wraps, which the line names; another vendor's is one line too. Until 2026-12-05 each read "config key
    experiments.<name>.hls.backend: ... is not one of ['Vitis', 'Vivado']"."""
    from fpgaprune.core.hls_config import hls_settings

    model = {"Model": {"Precision": "fixed<16,6>"}}
    assert hls_settings({"HLSConfig": model, "Backend": "vivado"})["backend"] == "Vivado"
    assert hls_settings({"HLSConfig": model, "Backend": "VITIS"})["backend"] == "Vitis"
    with pytest.raises(
        ValueError,
        match=r"Backend VivadoAccelerator: .* builds the Vivado backend's layers .* "
        r"give Backend: Vivado to prune the layers",
    ):
        hls_settings({"HLSConfig": model, "Backend": "VivadoAccelerator"})
    with pytest.raises(ValueError, match=r"Backend Pynq: .* give Backend: Vivado"):  # the hls4ml-pynq demos
        hls_settings({"HLSConfig": model, "Backend": "Pynq"})
    with pytest.raises(
        ValueError,
        match=r"hls_config Backend Quartus: fpgaprune writes and estimates hls4ml's "
        r"Vivado and Vitis backends \(AMD HLS tools\) only",
    ):
        hls_settings({"HLSConfig": model, "Backend": "Quartus"})


def test_an_accumulator_given_as_a_layer_type_attribute_is_the_one_hls4ml_builds():
    """`accum_t` beside Precision in a LayerName or LayerType entry (the MLPerf Tiny hls4ml configurations'
    form): hls4ml 1.3 sets every entry key ending in `_t` as the layer's type after reading Precision, so the
    written project accumulates in it (a ResNet's q_dense: ap_fixed<17,7> in defines.h where fpgaprune read
    the Model default ap_fixed<12,7>, its LUT and FF off the project's estimate until 2026-12-05)."""
    model = {"Precision": "ap_fixed<12,7>", "ReuseFactor": 1}
    given = {
        "Model": model,
        "LayerName": {"fc1": {"Precision": {"accum": "ap_fixed<20,8>"}, "accum_t": "ap_fixed<17,7>"}},
        "LayerType": {"Dense": {"accum_t": "ap_fixed<18,8>"}},
    }
    precisions = _read(given).precisions
    assert precisions["fc1"].accum == "ap_fixed<17,7>"  # the entry's attribute over its Precision.accum
    assert precisions["fc2"].accum == precisions["Output"].accum == "ap_fixed<18,8>"  # LayerType's
    assert (
        _read({"Model": {**model, "accum_t": "ap_fixed<18,8>"}}).precisions["fc2"].accum == "ap_fixed<12,7>"
    )


def test_reuse_factors_hls4ml_replaces_are_designed_as_it_builds_them_and_named_in_one_line():
    """A Model ReuseFactor as large as it goes (the MLPerf Tiny configurations' 16384) is invalid for several
    layers: hls4ml 1.3 builds each at its closest valid factor (the smaller on a tie) and so does the design,
    and one line names them all. fpgaprune refused it until 2026-12-05 (9 of 13 public models walked had
    one)."""
    from fpgaprune.core.hardware.reuse import valid_reuse_factors
    from fpgaprune.core.hls_config import replaced_reuse_line

    hls = {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 3000, "Strategy": "Resource"}}
    design = _read(hls)
    built = {name: layer.reuse_factor for name, layer in design.setting.layers.items()}
    shapes = {layer.weight.name: (layer.weight.n_in, layer.weight.n_out) for layer in LAYERS}
    for name, rf in built.items():
        valid = valid_reuse_factors(*shapes[name])
        assert rf == min(valid, key=lambda v: (abs(v - 3000), v)) and rf != 3000
    line = replaced_reuse_line(design.replaced_reuse)
    assert "\n" not in line and line.startswith("hls4ml 1.3 builds the closest valid reuse factor")
    assert f"fc1 3000 -> {built['fc1']} (Model.ReuseFactor)" in line and "Output 3000 ->" in line
    assert (
        replaced_reuse_line(_read({**hls, "Model": {**hls["Model"], "ReuseFactor": 4}}).replaced_reuse)
        is None
    )


@pytest.mark.parametrize(
    "backend, io_type, entry, warned",
    [
        ("Vivado", "io_stream", {"LayerName": {"conv1": {"ConvImplementation": "Encoded"}}}, True),
        ("Vivado", "io_stream", {"Model": {"ConvImplementation": "encoded"}}, True),  # Model's: lowered
        (None, "io_stream", {"LayerName": {"CONV1": {"ConvImplementation": "Encoded"}}}, True),  # Vivado
        (
            "Vitis",
            "io_stream",
            {"LayerName": {"conv1": {"ConvImplementation": "Encoded"}}},
            False,
        ),  # LineBuffer
        ("Vivado", "io_parallel", {"LayerName": {"conv1": {"ConvImplementation": "Encoded"}}}, False),
        ("Vivado", "io_stream", {"LayerName": {"conv1": {"ConvImplementation": "LineBuffer"}}}, False),
    ],
)
def test_an_encoded_convolution_is_named_as_costed_like_the_line_buffer(backend, io_type, entry, warned):
    """hls4ml 1.3 builds a convolution's implementation from its LayerName entry, else the Model's, lowered
    (`get_conv_implementation`); under Vivado io_stream an Encoded one is named (fpgaprune costs
    LineBuffer)."""
    from fpgaprune.core.hls_config import conv_implementation_lines

    hls = {
        "Model": {"Precision": "fixed<16,6>", **entry.get("Model", {})},
        **{k: v for k, v in entry.items() if k != "Model"},
    }
    config = {"HLSConfig": hls, "IOType": io_type, **({"Backend": backend} if backend else {})}
    lines = conv_implementation_lines(config, [("conv1", "Conv1D"), ("fc1", "Dense")], io_type)
    expected = "hls_config ConvImplementation Encoded (layers conv1): fpgaprune's estimate and budget cost"
    assert [line.startswith(expected) for line in lines] == ([True] if warned else [])


def test_a_layer_type_s_conv_implementation_is_named_as_unapplied_and_a_wrong_case_refused():
    """hls4ml 1.3 looks a LayerType's ConvImplementation up under its backend class's name (`vivadoconv1d`)
    and never applies it (checked: LayerType Conv1D Encoded converted to linebuffer), but validates a layer's
    own entries' values with their case (the NeutDetector configurations' `encoded` stopped `--hls` after the
    whole walk); a Dense's entry takes none and passes."""
    from fpgaprune.core.hls_config import conv_implementation_lines, conv_implementation_refusal

    layers = [("conv1", "Conv1D"), ("fc1", "Dense")]
    typed = {"HLSConfig": {"Model": {}, "LayerType": {"Conv1D": {"ConvImplementation": "Encoded"}}}}
    (line,) = conv_implementation_lines(typed, layers, "io_stream")
    assert line.startswith("hls_config LayerType.Conv1D.ConvImplementation: hls4ml 1.3 does not apply")
    assert conv_implementation_refusal(typed, layers) is None
    lower = {"LayerName": {"conv1": {"ConvImplementation": "encoded"}, "fc1": {"ConvImplementation": "x"}}}
    assert conv_implementation_refusal(lower, layers) == (
        "hls_config LayerName.conv1.ConvImplementation 'encoded' (layer conv1): hls4ml 1.3 takes LineBuffer, "
        "Encoded there with their case and stops converting otherwise; did you mean Encoded?"
    )
    assert conv_implementation_refusal({"Model": {"ConvImplementation": "encoded"}}, layers) is None
    old = {"LayerName": {"conv1": {"ConvImplementation": "Pointwise"}}}  # hls4ml 1.0's, a jet tagger's
    assert conv_implementation_refusal(old, layers).endswith(
        "one of LineBuffer, Encoded; hls4ml 1.0's Pointwise computed every output position at once, "
        "LineBuffer one a cycle in io_parallel: give the layer's LayerName entry ParallelizationFactor (its "
        "output positions) to keep that"
    )


@pytest.mark.parametrize(
    "entry, message",
    [
        (
            {"Model": {"TargetCycles": 100}},
            "hls_config Model.TargetCycles 100: hls4ml 1.3 derives the Resource",
        ),
        (
            {"LayerName": {"fc1": {"Compression": True}}},
            "hls_config LayerName.fc1.Compression True: hls4ml 1.3 builds a",
        ),
    ],
)
def test_settings_under_which_hls4ml_builds_another_kernel_are_one_line(entry, message):
    """hls4ml 1.3 derives Resource layers' reuse factors from TargetCycles and builds a compressed Dense under
    Compression: fpgaprune designs and costs neither, so its numbers would be of another design; `False` and
    None (config_from_keras_model writes neither) pass."""
    hls = {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1, **entry.get("Model", {})}}
    hls |= {key: value for key, value in entry.items() if key != "Model"}
    with pytest.raises(ValueError) as error:
        _read(hls)
    assert str(error.value).startswith(message)
    assert _read({"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1, "Compression": False}}).io_type


def test_every_problem_of_a_configuration_is_in_one_line():
    """An hls4ml-pynq demo's configuration had hls4ml 0.6's XilinxPart and Backend Pynq, and a Model IOType
    apart from the top level's: each took a run of its own to find; now one line names all three."""
    from fpgaprune.core.hls_config import hls_settings

    config = {
        "Backend": "Pynq",
        "XilinxPart": "xc7z020clg400-1",
        "IOType": "io_parallel",
        "HLSConfig": {"Model": {"Precision": "ap_fixed<16,6>", "ReuseFactor": 1, "IOType": "io_stream"}},
    }
    with pytest.raises(ValueError) as error:
        hls_settings(config)
    message = str(error.value)
    assert message.startswith("3 problems in the hls4ml configuration: ") and "\n" not in message
    assert "hls_config XilinxPart: an older hls4ml's name" in message
    assert "hls_config HLSConfig.Model.IOType: hls4ml ignores it here" in message
    assert "hls_config Backend Pynq:" in message


def test_inputs_outside_the_input_types_range_are_warned_of_before_training():
    """A public wake-word CNN's MFCC inputs reached -492 against its configuration's fixed<16,6> (range
    [-32, 32)): its C simulation agreed with Keras on 62 % of the samples, said only after the pruning."""
    import numpy as np

    from fpgaprune.core.hls_config import inputs_outside_line

    x = np.array([[-40.0, 0.5], [3.0, 31.96875], [-492.0, 186.0], [1.0, 2.0]])
    line = inputs_outside_line(x, "fixed<16,6>", "input_1")
    assert line.startswith("37.5 % of the input values lie outside [-32, 32), the range of the type")
    assert "(fixed<16,6>, input_1's result), which wraps them (the data reach [-492, 186])" in line
    assert "saturates them" in inputs_outside_line(x, "ap_fixed<16,6,AP_RND,AP_SAT>", "input_1")
    assert inputs_outside_line(np.clip(x, -32, 31.9999), "fixed<16,6>", "input_1") is None  # truncates in
    assert inputs_outside_line(np.zeros((0, 2)), "fixed<16,6>", "input_1") is None
    assert inputs_outside_line(np.abs(x) / 1000, "ufixed<8,0>", "x") is None  # [0, 0.996]


def test_the_design_reads_its_input_type_from_the_input_entry_else_the_model_default():
    from fpgaprune.core.hls_config import configured_input_type

    model = {"Precision": "fixed<16,6>", "ReuseFactor": 1}
    assert configured_input_type({"Model": model}, "input_1") == "fixed<16,6>"
    given = {"Model": model, "LayerName": {"input_1": {"Precision": {"result": "fixed<12,10>"}}}}
    assert configured_input_type(given, "input_1") == "fixed<12,10>"
    assert configured_input_type({"HLSConfig": given}, "input_2") == "fixed<16,6>"  # another input's
    auto = {"Model": model, "LayerName": {"input_1": {"Precision": {"result": "auto"}}}}
    assert configured_input_type(auto, "input_1") == "fixed<16,6>"


def test_a_model_reuse_factor_no_weight_layer_takes_is_said_with_the_entries_that_shadow_it():
    """A ResNet's configuration from config_from_keras_model(granularity='name') gave every layer ReuseFactor
    1: its Model ReuseFactor 16 was estimated at 1 (51,775 DSP) with no word that it was not used."""
    from fpgaprune.core.hls_config import shadowed_model_lines

    per_name = {"LayerName": {name: {"ReuseFactor": 1} for name in ("fc1", "fc2", "Output")}}
    (line,) = shadowed_model_lines({"Model": {"ReuseFactor": 16, "Strategy": "Latency"}, **per_name}, LAYERS)
    assert line.startswith(
        "hls_config Model.ReuseFactor 16 applies to no weight layer: each has its own "
        "(LayerName.fc1.ReuseFactor 1, LayerName.fc2.ReuseFactor 1, LayerName.Output.ReuseFactor 1, as "
        "config_from_keras_model"
    )
    assert shadowed_model_lines({"Model": {"ReuseFactor": 1}, **per_name}, LAYERS) == []  # the same: taken
    one_takes_it = {"Model": {"ReuseFactor": 16}, "LayerName": {"fc1": {"ReuseFactor": 1}}}
    assert shadowed_model_lines(one_takes_it, LAYERS) == []  # fc2 and Output take the Model's


def test_a_quantized_relu_typed_otherwise_than_its_quantizer_is_one_line_per_type():
    """hls4ml builds a QKeras quantized_relu as a ReLU in its configured result type (the Model default when
    nothing else types it): one that does not round to the quantizer's step and saturate at its largest value
    computes something else (the hls4ml tutorial's QKeras CNN: C simulation 0.108 against Keras's 0.898; a
    wrapping type folds values above its largest back). A saturating type of the same step and largest value
    keeps it, whatever its rounding."""
    from fpgaprune.core.hls_config import relu_bound_lines

    relus = {"act_0": "ufixed<6,0,RND_CONV,SAT>", "act_1": "ufixed<6,0,RND_CONV,SAT>", "act_2": "uint<2>"}
    model_only = {"Model": {"Precision": "ap_fixed<16,6>", "ReuseFactor": 1}}
    assert relu_bound_lines(model_only, relus) == [
        (
            "act_0, act_1: their quantized_relu is built as a ReLU in ap_fixed<16,6>, which does not keep "
            "the quantizer's step 0.015625 and saturation at its largest value 0.984375 (the C simulation "
            "can differ much from Keras); to keep them give each LayerName entry the Precision.result "
            "ufixed<6,0,RND_CONV,SAT>"
        ),
        (
            "act_2: its quantized_relu is built as a ReLU in ap_fixed<16,6>, which does not keep the "
            "quantizer's step 1 and saturation at its largest value 3 (the C simulation can differ much from "
            "Keras); to keep them give its LayerName entry the Precision.result uint<2>"
        ),
    ]
    named = {
        "Model": {"Precision": "ap_fixed<16,6>"},
        "LayerName": {
            "act_0": {"Precision": {"result": "ufixed<6,0,RND_CONV,SAT>"}},
            "act_1": {"Precision": {"result": "ap_ufixed<6,0,AP_TRN,AP_SAT>"}},  # same step, largest value
            "act_2": {"Precision": {"result": "ap_uint<2>"}},
        },
    }
    assert relu_bound_lines({"HLSConfig": named}, relus) == []
    named["LayerName"]["act_1"]["Precision"]["result"] = "ufixed<6,0>"  # wraps
    (line,) = relu_bound_lines({"HLSConfig": named}, relus)
    assert line.startswith("act_1: its quantized_relu is built as a ReLU in ufixed<6,0>, which does not keep")


_MODEL = {"Precision": "fixed<16,6>", "ReuseFactor": 1}


@pytest.mark.parametrize(
    "hls, message",
    [
        (
            {"Model": _MODEL, "LayerName": {"fc1": {"ReuseFactor": 0}}},
            "LayerName.fc1.ReuseFactor 0: must be a",
        ),
        ({"Model": _MODEL, "LayerName": {"fc1": {"ReuseFactor": -4}}}, "LayerName.fc1.ReuseFactor -4: must"),
        ({"Model": {**_MODEL, "ReuseFactor": True}}, "Model.ReuseFactor True: must be a whole number >= 1"),
        ({"Model": {**_MODEL, "Strategy": "Fastest"}}, "Model.Strategy 'Fastest': not one of hls4ml's"),
        (
            {"Model": _MODEL, "LayerType": {"Softmax": {"TableSize": -1}}},
            "Softmax.TableSize -1: must be a whole",
        ),
        (
            {"Model": _MODEL, "LayerName": {"fc1": {"Precision": {"weight": "ap_fixed<4>"}}}},
            "LayerName.fc1.Precision.weight: malformed precision 'ap_fixed<4>'",
        ),
        (
            {"Model": _MODEL, "LayerType": {"Dense": {"Precision": 16}}},
            "LayerType.Dense.Precision: malformed",
        ),
        ({"Model": _MODEL, "LayerName": ["fc1"]}, "hls_config LayerName: a list"),
        ({"Model": _MODEL, "LayerName": {"fc1": "fast"}}, "hls_config LayerName.fc1: a str ('fast')"),
        ({"Model": "fast"}, "hls_config Model: a str ('fast'), where hls4ml reads a mapping"),
    ],
)
def test_a_setting_hls4ml_cannot_build_is_one_line_naming_its_key_wherever_it_stands(hls, message):
    """hls4ml builds a ReuseFactor below 1 and an unknown Strategy as something else without a word, and fails
    deep in its converter on a malformed type, after any pruning: `fpgaprune estimate` printed a normal table
    for the first two and `optimize` pruned before failing on the third (2026-12-07). Refused before any work,
    by the check every path takes (`hls_settings`: optimize, estimate, pipeline configs)."""
    for config in ({"HLSConfig": hls}, hls):  # a whole configuration, or its HLSConfig alone
        with pytest.raises(ValueError) as error:
            hls_settings(config)
        assert message in str(error.value) and "\n" not in str(error.value)


def test_a_configuration_whose_hlsconfig_is_not_a_mapping_is_one_line():
    with pytest.raises(
        ValueError, match=r"hls_config HLSConfig: a str \('hello'\), where hls4ml reads a mapping"
    ):
        hls_settings({"HLSConfig": "hello"})


def test_settings_hls4ml_builds_pass_in_every_spelling_it_reads():
    hls = {
        "Model": {"Precision": "ap_fixed<16,6,AP_RND_CONV,AP_SAT>", "ReuseFactor": 4, "Strategy": "resource"},
        "LayerName": {
            "fc1": {
                "Strategy": "Resource_Unrolled",
                "Precision": {"weight": "ap_fixed<6,-1>", "accum": "auto"},
            },
            "fc2": {"Strategy": "distributed_arithmetic", "Precision": {"table": "anything hls4ml reads"}},
            "fc3": None,
        },
    }
    assert hls_settings({"HLSConfig": hls})["precision"] == "ap_fixed<16,6,AP_RND_CONV,AP_SAT>"


@pytest.mark.parametrize("period", ["fast", float("nan"), 0, -2.5, True])
def test_a_clock_period_that_is_no_positive_number_is_one_line(period):
    """`ClockPeriod: fast` made `fpgaprune estimate` fail on a format code ("Unknown format code 'g' for
    object of type 'str'"), naming no key (2026-12-07)."""
    with pytest.raises(
        ValueError, match=r"^hls_config ClockPeriod .*: give the clock period in ns, a number above 0"
    ):
        hls_settings({"ClockPeriod": period, "HLSConfig": {"Model": _MODEL}})
