"""g++ C simulation of the tiny pruned QKeras MLP against Keras (the fixture compiles C++: slow)."""

import numpy as np
import pytest

from fpgaprune.hls.csim import agreement

pytestmark = pytest.mark.slow


def test_qkeras_logits_are_bit_exact(simulated):
    *_, keras_logits, _, logits = simulated
    assert logits.shape == keras_logits.shape == (400, 4)
    np.testing.assert_array_equal(logits, keras_logits.astype(np.float64))


def test_accuracy_and_softmax_agree(simulated):
    _, y, keras_probs, keras_logits, probs, logits = simulated
    metrics = agreement(y, keras_probs, keras_logits, probs, logits)
    assert metrics["keras_accuracy"] > 0.5  # the tiny model learned its teacher
    assert abs(metrics["accuracy_diff_points"]) <= 0.5
    assert metrics["logits"] == {"bit_exact_fraction": 1.0, "max_abs_diff": 0.0, "argmax_agreement": 1.0}
    assert metrics["output"]["argmax_agreement"] >= 0.99
    assert metrics["output"]["max_abs_diff"] < 0.01  # 16 fractional bits out of 4096-entry tables


@pytest.fixture(scope="module")
def coarse(tmp_path_factory):
    """A float model of the tiny task built at ap_fixed<6,2>: C simulation and Keras disagree.

    Returns (x, y, Keras model, compiled hls4ml model, metrics of `fpgaprune.hls.run._simulate`).
    """
    pytest.importorskip("hls4ml")
    from fpgaprune.hls.convert import prepare_model, write_project
    from fpgaprune.hls.run import _exactness, _simulate

    from ..configs import hls_settings, make_experiment
    from .tiny import float_tiny_model, tiny_data

    model = float_tiny_model(seed=5)
    hls_input, _ = prepare_model(model)
    settings_config = {"precision": "ap_fixed<6,2>"}
    settings = hls_settings(**settings_config)
    hls_model = write_project(
        hls_input,
        settings,
        {"fc1": (1, "Latency"), "output": (1, "Latency")},
        tmp_path_factory.mktemp("coarse") / "project",
    )
    x, y = tiny_data(400, seed=7)
    exactness = _exactness(hls_model, x, make_experiment(hls=settings_config))
    metrics, _, _ = _simulate(hls_model, hls_input, x, y, "output", exactness)
    return x, y, model, hls_model, metrics


def test_layers_whose_keras_outputs_leave_their_wrapping_type_are_named(coarse):
    """ap_fixed<6,2> holds [-2, 1.9375]; a layer is listed exactly when Keras leaves that range on x."""
    from fpgaprune.compat import keras

    x, _, model, _, metrics = coarse
    listed = {row["layer"]: row for row in metrics["wrapping"]}
    outside = {}
    for name in ("fc1", "output"):
        values = keras.Model(model.inputs, model.get_layer(name).output).predict(x, verbose=0)
        outside[name] = bool(values.min() < -2 or values.max() > 2 - 2**-4)
        assert (name in listed) == outside[name]
    assert any(outside.values())  # the fixture's weights do overflow the 2 integer bits
    for row in listed.values():
        assert row["range"] == [-2.0, 1.9375] and row["type"].startswith("fixed<6,2")


def test_hls_accuracy_is_the_c_simulations_own_where_it_differs_from_keras(coarse):
    from fpgaprune.hls.quiet import quietly

    x, y, model, hls_model, metrics = coarse
    quietly(hls_model.compile)  # the C simulation ran in a child process (`csim._trace_apart`): compile here
    hls_accuracy = float(
        np.mean(np.argmax(hls_model.predict(np.ascontiguousarray(x, np.float64)), axis=1) == y)
    )
    keras_accuracy = float(np.mean(np.argmax(model.predict(x, verbose=0), axis=1) == y))
    assert hls_accuracy != keras_accuracy  # the fixture's point: 6-bit weights change the predictions
    assert metrics["output"]["argmax_agreement"] < 1 and metrics["logits"]["bit_exact_fraction"] < 1
    assert (metrics["hls_accuracy"], metrics["keras_accuracy"]) == (hls_accuracy, keras_accuracy)
    assert metrics["accuracy_diff_points"] == pytest.approx(100 * (hls_accuracy - keras_accuracy))


def test_the_library_is_built_at_the_csim_flags_with_the_logits_of_hls4mls_own(tiny_design, simulated):
    from fpgaprune.hls.csim import CSIM_CFLAGS, run_csim

    _, hls_model, _, project = tiny_design
    assert f'CFLAGS="{CSIM_CFLAGS}"' in (project / "build_lib.sh").read_text()  # left by `simulated`
    x = simulated[0]
    _, logits_o3, _ = run_csim(hls_model, x, cflags="-O3 -fPIC")
    assert 'CFLAGS="-O3 -fPIC"' in (project / "build_lib.sh").read_text()
    np.testing.assert_array_equal(logits_o3, simulated[-1])  # bit for bit
    assert "write" not in vars(hls_model)  # the model's own write is hls4ml's again


@pytest.fixture(scope="module")
def unrolled(tmp_path_factory):
    """A float tiny MLP with half of fc1's RF-4 patterns zero, written as the pipeline writes a pruned design
    (fc1 Resource_Unrolled) at ap_fixed<8,3> with 8-bit wrapping accumulators, whose sums overflow: if
    the order of the additions mattered, the C simulations would show it.

    Returns (x, Keras logits, the written hls4ml model, its strategies, the writer of its twins, the
    converted Keras model).
    """
    pytest.importorskip("hls4ml")
    from fpgaprune.hls.convert import prepare_model, write_project

    from ..configs import hls_settings
    from .tiny import RF, float_tiny_model, pattern_mask, tiny_data

    model = float_tiny_model(seed=3)
    kernel, bias = model.get_layer("fc1").get_weights()
    model.get_layer("fc1").set_weights([kernel * pattern_mask(kernel, RF, keep=0.5), bias])
    hls_input, logits_model = prepare_model(model)
    settings = hls_settings(precision="ap_fixed<8,3>", accum_precision="ap_fixed<8,3>")
    strategies = {"fc1": (RF, "Resource_Unrolled"), "output": (1, "Latency")}

    def write(strategies: dict, folder):
        return write_project(hls_input, settings, strategies, folder)

    hls_model = write(strategies, tmp_path_factory.mktemp("unrolled") / "project")
    x, _ = tiny_data(400, seed=7)
    return x, logits_model.predict(x, verbose=0), hls_model, strategies, write, hls_input


def test_the_resource_twin_simulates_the_written_unrolled_project_bit_for_bit(unrolled):
    from fpgaprune.hls.csim import run_csim
    from fpgaprune.hls.run import simulation_model

    x, keras_logits, hls_model, strategies, write, hls_input = unrolled
    _, written_logits, _ = run_csim(hls_model, x, "output")
    with simulation_model(hls_model, strategies, write) as (twin, build):
        assert twin is not hls_model and build == "Resource twin of the Resource_Unrolled layers"
        assert twin.config.get_config_value("HLSConfig")["LayerName"]["fc1"]["Strategy"] == "Resource"
        _, twin_logits, _ = run_csim(twin, x, "output")
    np.testing.assert_array_equal(twin_logits, written_logits)
    kernel, bias = hls_input.get_layer("fc1").get_weights()
    assert np.abs(x @ kernel + bias).max() >= 4  # fc1's sums leave ap_fixed<8,3>'s [-4, 4): they wrap
    assert not np.allclose(written_logits, keras_logits, atol=0.05)


def test_a_saturating_accumulator_is_simulated_as_written_and_a_line_says_why(unrolled, tmp_path, caplog):
    """A public pruned CNN's saturating accumulators (its Model default ap_fixed<24,12,RND_CONV,SAT>) had g++
    build 35,001 Resource_Unrolled product lines for 947 s, with no word of why not the Resource twin."""
    from fpgaprune.hls.convert import write_project
    from fpgaprune.hls.run import simulation_model

    from ..configs import hls_settings

    *_, strategies, _, hls_input = unrolled
    settings = hls_settings(precision="ap_fixed<8,3>", accum_precision="ap_fixed<8,3,AP_TRN,AP_SAT>")
    saturating = write_project(hls_input, settings, strategies, tmp_path / "project")
    with caplog.at_level("INFO"), simulation_model(saturating, strategies, write=None) as (simulated, build):
        assert simulated is saturating and build == "written project"
    (line,) = [r.getMessage() for r in caplog.records if "not their Resource twin" in r.getMessage()]
    assert "as fc1's accumulator does not wrap (its sums then depend on their order)" in line


def test_the_c_simulation_survives_collecting_garbage_in_its_child(tiny_design, simulated):
    """The C simulation runs in a forked child (`csim._trace_apart`). A collection there of the parent's
    cyclic garbage ran TensorFlow finalizers in the child and crashed it (SIGSEGV, once in a CI run of 2,690
    tests). Here the parent leaves the garbage of fitted Keras models; the child collects, then traces."""
    import gc

    from fpgaprune.compat import keras

    from fpgaprune.hls.csim import run_csim

    _, hls_model, _, _ = tiny_design
    x = simulated[0][:20]
    trace = hls_model.trace
    gc.disable()
    try:
        for _ in range(3):
            model = keras.Sequential([keras.layers.Input((4,)), keras.layers.Dense(3), keras.layers.Dense(2)])
            model.compile("adam", "mse")
            model.fit(np.zeros((8, 4)), np.zeros((8, 2)), verbose=0)
            del model
        hls_model.trace = lambda inputs: (gc.collect(), trace(inputs))[1]  # the forked child inherits it
        _, logits, _ = run_csim(hls_model, x)
    finally:
        del hls_model.trace
        gc.enable()
    np.testing.assert_array_equal(logits, simulated[-1][:20])


def test_a_wrapping_input_is_not_told_to_let_hls4ml_infer_its_type(caplog):
    """hls4ml infers no input's type, and a layer whose result is `auto` already has the type it infers: the
    hint said "let hls4ml infer them" to both."""
    from fpgaprune.hls.csim import log_wrapping

    rows = [
        {"layer": name, "type": "fixed<8,3>", "range": [-4.0, 3.97], "keras_range": [-9.0, 9.0]}
        for name in ("model_input", "fc1")
    ]
    with caplog.at_level("WARNING"):
        log_wrapping(rows)
    first, second = (record.getMessage() for record in caplog.records)
    assert first.startswith("layer model_input: Keras outputs reach [-9, 9]") and "infer" not in first
    assert second.endswith(
        "(where its result is given, `auto` lets hls4ml infer one, as config_from_keras_model"
        "(..., granularity='name') writes it)"
    )
