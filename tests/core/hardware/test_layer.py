import pytest

from fpgaprune.core.hardware.layer import LayerHardware, from_weight_layer
from fpgaprune.core.hardware.precision import FixedType
from fpgaprune.core.zoo import get_architecture, weight_layers


def test_dense_properties_and_parsed_types():
    layer = LayerHardware("fc1", "dense", (16, 64), 4, "Resource", weight_type="fixed<18,8>")
    assert (layer.n_in, layer.n_out, layer.n_weights, layer.block_factor) == (16, 64, 1024, 256)
    assert layer.weight_type == FixedType(18, 8)
    assert layer.weights_in_bram and not layer.constant_weights


def test_conv_properties():
    layer = LayerHardware(
        "c", "conv2d", (3, 3, 2, 4), 9, "resource_unrolled", "io_stream", output_positions=16
    )
    assert (layer.n_in, layer.n_out, layer.block_factor) == (18, 4, 8)


@pytest.mark.parametrize("spelling", ["Resource_Unrolled", "ResourceUnrolled", "resource_unrolled"])
def test_unrolled_spellings(spelling):
    assert LayerHardware("fc", "dense", (16, 64), 4, spelling).strategy == "resource_unrolled"


def test_invalid_resource_rf_names_nearest_valid():
    with pytest.raises(ValueError, match="nearest valid: 4 or 8"):
        LayerHardware("fc", "dense", (16, 64), 5, "resource")


def test_unrolled_refuses_rf_1_and_the_largest_rf():
    with pytest.raises(ValueError, match="nearest valid: 2"):
        LayerHardware("fc", "dense", (16, 64), 1, "resource_unrolled")
    with pytest.raises(ValueError, match="nearest valid: 512"):
        LayerHardware("fc", "dense", (16, 64), 1024, "resource_unrolled")


def test_latency_accepts_any_rf_like_hls4ml():
    assert LayerHardware("fc", "dense", (21, 3), 100, "latency").reuse_factor == 100


@pytest.mark.parametrize("rf", [0, 2.5, True, "4"])
def test_rf_must_be_a_positive_whole_number(rf):
    with pytest.raises(ValueError, match="whole number"):
        LayerHardware("fc", "dense", (16, 64), rf, "latency")


def test_unrolled_conv_needs_io_stream():
    with pytest.raises(ValueError, match="io_stream"):
        LayerHardware("c", "conv2d", (3, 3, 2, 4), 9, "resource_unrolled", "io_parallel", output_positions=16)


def test_parallelization_factor_must_divide_output_pixels():
    with pytest.raises(ValueError, match="nearest valid: 4 or 8"):
        LayerHardware(
            "c", "conv2d", (3, 3, 2, 4), 1, "latency", output_positions=16, parallelization_factor=5
        )


def test_shape_kind_and_strategy_errors():
    with pytest.raises(ValueError, match="kernel shape"):
        LayerHardware("c", "conv2d", (9, 4))
    with pytest.raises(ValueError, match="kind"):
        LayerHardware("c", "lstm", (9, 4))
    with pytest.raises(ValueError, match="strategy"):
        LayerHardware("c", "dense", (9, 4), 1, "unrolled")
    with pytest.raises(ValueError, match="precision"):
        LayerHardware("c", "dense", (9, 4), weight_type="ap_fixed<16")


def test_from_zoo_weight_layers():
    layers = [from_weight_layer(w, reuse_factor=1) for w in weight_layers(get_architecture("lenet5"))]
    assert [(layer.kind, layer.n_in, layer.n_out) for layer in layers][:3] == [
        ("conv2d", 25, 6),
        ("conv2d", 150, 16),
        ("dense", 400, 120),
    ]
    assert layers[0].output_positions == 28 * 28


def test_window_live_spreads_over_the_channels_and_is_checked():
    def conv(live):
        return LayerHardware(
            "c", "conv2d", (1, 3, 2, 4), output_positions=8, parallelization_factor=8, window_live=live
        )

    assert conv((7, 8, 7)).row_copies == (7, 7, 8, 8, 7, 7)
    assert conv(()).row_copies == (8,) * 6
    for wrong in ((7, 8), (7, 9, 7)):
        with pytest.raises(ValueError, match="window_live"):
            conv(wrong)
