"""A user's hls4ml configuration read with hls4ml's precedence (LayerName, LayerType, Model)."""

import pytest

from fpgaprune.core.design import LayerHls, design_layers
from fpgaprune.core.hls_config import ConfigLayer, read_hls_config
from fpgaprune.core.zoo import WeightLayer

FC1 = ConfigLayer(WeightLayer("fc1", "dense", 16, 64, (16, 64)), "QDense", weight_quantizer="fixed<8,1>")
FC2 = ConfigLayer(
    WeightLayer("fc2", "dense", 64, 32, (64, 32)),
    "Dense",
    source=("relu1", "QActivation"),
    source_quantizer="ufixed<6,2>",
)
OUT = ConfigLayer(WeightLayer("Output", "dense", 32, 5, (32, 5)), "Dense", source=("relu2", "Activation"))
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
    assert (fc2.weight, fc2.data, fc2.accum) == ("fixed<16,6>", "ufixed<6,2>", "fixed<16,6>")
    assert (out.weight, out.data) == ("fixed<10,4>", "fixed<16,6>")  # its own plain precision; auto input
    layers = design_layers(
        [layer.weight for layer in LAYERS],
        design.setting.resolve([layer.weight for layer in LAYERS], "t"),
        design.precisions,
        design.io_type,
        pruned=True,
    )
    assert (layers[0].weight_type.width, layers[0].input_type.width, layers[1].input_type.width) == (8, 8, 6)


def test_a_reuse_factor_hls4ml_cannot_implement_names_the_key():
    with pytest.raises(ValueError, match=r"LayerName.fc2.ReuseFactor \(layer fc2\): reuse factor 5 cannot"):
        _read(
            {
                "Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1},
                "LayerName": {"fc2": {"ReuseFactor": 5}},
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
