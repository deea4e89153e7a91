"""Multiplier allocations read from the firmware of a real hls4ml project, cross-checked with the weights."""

import numpy as np
import pytest

from fpgaprune.hls.firmware import read_multipliers

from .tiny import N_CLASSES, N_HIDDEN, N_IN, RF


def test_unrolled_layer_loses_one_multiplier_per_all_zero_pattern(tiny_design):
    model, _, _, project = tiny_design
    layers = {layer.name: layer for layer in read_multipliers(project)}
    assert list(layers) == ["fc1", "output"]
    fc1 = layers["fc1"]
    assert (fc1.strategy, fc1.reuse_factor, fc1.n_in, fc1.n_out) == ("resource_unrolled", RF, N_IN, N_HIDDEN)
    kernel = model.get_layer("fc1").get_weights()[0]
    dead = int(np.count_nonzero(~np.abs(kernel.T).reshape(-1, RF).any(axis=1)))
    assert dead >= N_IN * N_HIDDEN // RF // 2  # the fixture pruned half of the patterns
    assert fc1.multipliers == N_IN * N_HIDDEN // RF - dead


def test_latency_layer_limit_is_hls4mls_expression(tiny_design):
    model, _, _, project = tiny_design
    output = {layer.name: layer for layer in read_multipliers(project)}["output"]
    zeros = int(
        np.count_nonzero(
            model.get_layer("output").get_quantizers()[0](model.get_layer("output").kernel).numpy() == 0
        )
    )
    assert (output.strategy, output.reuse_factor, output.n_zeros) == ("latency", 1, zeros)
    assert output.multipliers == N_HIDDEN * N_CLASSES - zeros


def test_firmware_agrees_with_the_cost_model_on_the_unrolled_layer(tiny_design):
    from fpgaprune.hls.run import estimate_source, firmware_source

    _, _, _, project = tiny_design
    estimate, firmware = estimate_source(project), firmware_source(project)
    # 8-bit weights x 16-bit inputs are DSP products, one per live pattern
    assert estimate["layers"]["fc1"]["dsp"] == firmware["layers"]["fc1"]["dsp"]
    assert (
        firmware["layers"]["fc1"]["dsp"] == N_IN * N_HIDDEN // RF - estimate["layers"]["fc1"]["zero_patterns"]
    )
    assert firmware["total"]["dsp"] == sum(layer["dsp"] for layer in firmware["layers"].values())


def test_not_a_project(tmp_path):
    with pytest.raises(FileNotFoundError, match="parameters.h"):
        read_multipliers(tmp_path)


def test_vivado_backend_project_has_the_same_allocations(tiny_design, tmp_path):
    from fpgaprune.hls.convert import prepare_model, write_project

    from ..configs import hls_settings

    model, vitis_model, _, vitis_project = tiny_design
    strategies = {
        layer.name: (layer.get_attr("reuse_factor"), layer.get_attr("strategy"))
        for layer in vitis_model.get_layers()
        if layer.name in ("fc1", "output")
    }
    assert strategies == {"fc1": (RF, "resource_unrolled"), "output": (1, "latency")}
    vivado = write_project(
        prepare_model(model)[0],
        hls_settings(backend="Vivado"),
        {"fc1": (RF, "Resource_Unrolled"), "output": (1, "Latency")},
        tmp_path / "vivado",
    )
    assert vivado.config.get_config_value("Backend") == "Vivado"
    assert read_multipliers(tmp_path / "vivado") == read_multipliers(vitis_project)


@pytest.mark.slow
def test_latency_limit_rounds_up_when_rf_does_not_divide_the_weights(tmp_path):
    """A real project: 5 x 3 = 15 weights at RF 4 (hls4ml keeps any RF for Latency), five exact zeros."""
    from fpgaprune.compat import keras

    from fpgaprune.core.hardware.cost import estimate_layer
    from fpgaprune.core.hardware.layer import LayerHardware
    from fpgaprune.hls.convert import prepare_model, write_project

    from ..configs import hls_settings

    kernel = np.array([[11, 13, 0], [0, 11, 13], [13, 0, 11], [11, 13, 0], [0, 11, 13]]) / 16
    inputs = keras.Input(shape=(5,), name="input")
    dense = keras.layers.Dense(3, name="output")
    model = keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(dense(inputs)))
    dense.set_weights([kernel, np.zeros(3)])
    write_project(
        prepare_model(model)[0],
        hls_settings(precision="ap_fixed<16,6>"),
        {"output": (4, "Latency")},
        tmp_path / "project",
    )
    (fc,) = read_multipliers(tmp_path / "project")
    assert (fc.strategy, fc.reuse_factor, fc.n_zeros) == ("latency", 4, 5)
    assert fc.multipliers == -(-15 // 4) - 5 // 4 == 3  # DIV_ROUNDUP(15, 4) - 5 / 4 in C
    layer = LayerHardware(
        "output", "dense", (5, 3), 4, "latency", weight_type="fixed<16,6>", input_type="fixed<16,6>"
    )
    assert estimate_layer(layer, kernel).dsp == fc.multipliers  # ten real products, capped by the same limit


def _parameters_h(tmp_path, limit: str):
    """A parameters.h with one latency Dense layer whose multiplier_limit is `limit`."""
    firmware = tmp_path / "project" / "firmware"
    firmware.mkdir(parents=True)
    (firmware / "parameters.h").write_text(
        "// fc1\nstruct config2 : nnet::dense_config {\n"
        "    static const unsigned n_in = 64;\n    static const unsigned n_out = 32;\n"
        "    static const unsigned reuse_factor = 4;\n    static const unsigned n_zeros = 10;\n"
        f"    static const unsigned multiplier_limit = {limit};\n"
        "    static const unsigned strategy = nnet::latency;\n};\n"
    )
    return tmp_path / "project"


def test_hls4mls_limit_expression_is_evaluated_as_cpp_integers(tmp_path):
    project = _parameters_h(tmp_path, "DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor")
    assert read_multipliers(project)[0].multipliers == 64 * 32 // 4 - 10 // 4


@pytest.mark.parametrize(
    ("limit", "problem"),
    [
        ("9**9**9**9", "unexpected term"),
        ("n_in ** 99999999", "unexpected term"),
        ("__import__('os').system('true')", "unexpected term"),
        ("n_in * " * 40 + "1", "longer than 200 characters"),
        ("999999999999 * 999999999999 * 999999999999", "exceeds 64 bits"),
        ("n_in / (n_out - 32)", "division by zero"),
        ("n_in +", "unexpected constant expression"),
    ],
)
def test_a_pathological_parameters_h_is_one_line_quickly(tmp_path, limit, problem):
    import time

    project = _parameters_h(tmp_path, limit)
    start = time.monotonic()
    with pytest.raises(ValueError, match=problem) as error:
        read_multipliers(project)
    assert time.monotonic() - start < 1 and "\n" not in str(error.value)


@pytest.mark.slow
def test_parallelization_factor_copies_resource_multipliers_not_the_latency_limit(tmp_path):
    """A real io_parallel project: conv1 Latency at PF 4, conv2 Resource at PF 2 (hls4ml's templates:
    nnet_conv2d_latency.h keeps one pixel's ALLOCATION limit; nnet_conv2d_resource.h unrolls each pixel)."""
    from fpgaprune.compat import keras

    from fpgaprune.hls.convert import prepare_model, write_project
    from fpgaprune.hls.run import firmware_source

    from ..configs import hls_settings

    inputs = keras.Input(shape=(8, 8, 1), name="input")
    x = keras.layers.Conv2D(3, 3, name="conv1")(inputs)  # 9 x 3 products per pixel, 6 x 6 pixels
    x = keras.layers.Conv2D(4, 3, name="conv2")(x)  # 27 x 4 products per pixel, 4 x 4 pixels
    model = keras.Model(inputs, keras.layers.Dense(3, name="output")(keras.layers.Flatten()(x)))
    write_project(
        prepare_model(model)[0],
        hls_settings(precision="ap_fixed<16,6>", io_type="io_parallel"),
        {"conv1": (2, "Latency"), "conv2": (3, "Resource"), "output": (1, "Latency")},
        tmp_path / "project",
        parallelization={"conv1": 4, "conv2": 2},
    )
    conv1, conv2, output = read_multipliers(tmp_path / "project")
    assert (conv1.strategy, conv1.parallelization_factor, conv1.multipliers) == ("latency", 4, -(-27 // 2))
    assert conv1.multipliers_at_target_ii == 4 * 14
    assert (conv2.strategy, conv2.parallelization_factor, conv2.multipliers) == ("resource", 2, 2 * 108 // 3)
    assert (output.parallelization_factor, output.multipliers_at_target_ii) == (1, None)
    record = firmware_source(tmp_path / "project")
    assert record["total"]["dsp"] == 14 + 72 + 64 * 3
    assert record["layers"]["conv1"] == {
        "dsp": 14,
        "strategy": "latency",
        "reuse_factor": 2,
        "parallelization_factor": 4,
        "n_in": 9,
        "multipliers_at_target_ii": 56,
    }
