"""Where a C simulation that falls short of Keras departs from it (`csim.layer_departures`): every layer
traced and compared with the Keras output it stands for. The loss warning pointed at "the types between"
without naming a layer whenever no layer's Keras output left its result type (an accumulator that wraps, a
QKeras batch normalisation hls4ml computes from unquantised parameters)."""

import logging

import numpy as np
import pytest

from fpgaprune.hls.csim import DEPARTURE_SHARE, first_departure


def test_the_first_layer_past_the_share_departs_else_the_largest():
    rows = [
        {"layer": "fc1", "relative_rms": 0.001},
        {"layer": "bn", "relative_rms": 0.4},
        {"layer": "fc2", "relative_rms": 0.9},
    ]
    assert first_departure(rows) == (rows[1], rows[0])
    assert first_departure([{**rows[0], "relative_rms": 0.05}, rows[0]]) == (
        {**rows[0], "relative_rms": 0.05},
        None,
    )
    assert first_departure([]) is None
    assert DEPARTURE_SHARE == 0.1


def test_the_warning_says_first_past_the_share_else_most():
    from fpgaprune.hls.run import csim_loss_line

    for share, said in (
        (0.4, "first departs from Keras at bn: its outputs differ by 0.4"),
        (0.08, "departs most"),
    ):
        rows = [{"layer": "fc1", "keras_layer": "fc1", "relative_rms": 0.01}]
        rows.append({"layer": "bn", "keras_layer": "bn", "relative_rms": share})
        line = csim_loss_line({"layer_departures": rows, "keras_accuracy": 0.9, "hls_accuracy": 0.5}, "worse")
        assert said in line and "before it fc1's differ by 0.01" in line


@pytest.mark.slow
def test_a_coarse_accumulator_is_found_by_tracing_every_layer(tmp_path, caplog):
    """fc1 sums 8 inputs of [0, 1] in `accum: fixed<8,6>`, whose 2 fractional bits truncate every product:
    nothing leaves a type's range (its sums, up to 8, and its Keras outputs stay inside fixed<8,6> and the
    result type fixed<16,6>), so no layer is listed as wrapping. The C simulation falls short, and the
    warning names fc1 (its ReLU, where hls4ml's trace has fc1's Keras output). (Until 2026-12-05 the case
    was an accumulator that wraps, `fixed<8,3>`, which the wrap check now names itself,
    `tests/hls/test_agreement.py`.)"""
    from fpgaprune.compat import keras

    import hls4ml

    from fpgaprune.hls.convert import prepare_model
    from fpgaprune.hls.run import _simulate

    inputs = keras.Input((8,), name="x")
    hidden = keras.layers.Dense(8, activation="relu", name="fc1")(inputs)
    model = keras.Model(
        inputs, keras.layers.Activation("softmax")(keras.layers.Dense(3, name="output")(hidden))
    )
    model.get_layer("fc1").set_weights([np.ones((8, 8)), np.zeros(8)])  # each: the sum of the inputs
    first = np.zeros((8, 3))
    first[:, 0] = 1 / 8  # logit 0: the sum less 4, so class 0 is a sum above 4 (truncated in fc1's sum)
    model.get_layer("output").set_weights([first, np.array([-4.0, 0.0, -10.0])])
    chain, _ = prepare_model(model, "output")
    x = np.random.default_rng(3).uniform(0, 1, size=(200, 8))
    y = np.argmax(model.predict(x, verbose=0), axis=1)  # Keras's accuracy 1
    config = {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1, "Strategy": "Latency"}}
    config["LayerName"] = {"fc1": {"Precision": {"accum": "fixed<8,6>"}}, "output": {"Trace": True}}
    project = tmp_path / "project"
    hls_model = hls4ml.converters.convert_from_keras_model(
        chain, hls_config=config, output_dir=str(project), io_type="io_parallel", backend="Vivado"
    )
    with caplog.at_level(logging.INFO, logger="fpgaprune"):
        metrics, _, _ = _simulate(hls_model, chain, x, y, "output")
    (started,) = [r.message for r in caplog.records if "the layers traced" in r.message]
    assert f"(g++ builds the project again; the C simulation took {metrics['csim_wall_s']:.0f} s)" in started
    assert metrics["wrapping"] == [] and metrics["hls_accuracy"] < 0.9  # no result type wraps; it falls short
    rows = metrics["layer_departures"]
    assert [row["layer"] for row in rows][:2] == ["fc1_relu", "output"]
    departed, before = first_departure(rows)
    assert (departed["layer"], departed["keras_layer"], before) == ("fc1_relu", "fc1", None)
    assert departed["relative_rms"] > DEPARTURE_SHARE
    (line,) = [r.message for r in caplog.records if "C simulation's accuracy" in r.message]
    assert (
        "first departs from Keras at fc1 (hls4ml's fc1_relu computes its output): its outputs differ" in line
    )
    # the user's project and model are as they were: only the logits traced, in their own directory
    assert hls_model.config.get_output_dir() == str(project)
    assert [layer.name for layer in hls_model.get_layers() if layer.get_attr("trace", False)] == ["output"]
    assert (
        "fc1_relu" not in (project / "firmware" / "myproject.cpp").read_text().split("save_layer_output")[-1]
    )


@pytest.mark.slow
def test_a_stream_design_that_branches_is_traced_without_its_clones(tmp_path):
    """Under io_stream hls4ml clones a stream read twice (a skip connection): its Clone layer cannot be traced
    (hls4ml's trace failed on it, and every branching design's departures came back empty). Only the layers
    with a Keras output to match are traced; a Dropout is compared at the output of the layer it follows."""
    from fpgaprune.compat import keras

    import hls4ml

    from fpgaprune.hls.csim import layer_departures

    inputs = keras.Input((8,), name="x")
    first = keras.layers.Dense(8, activation="relu", name="fc1")(inputs)
    dropped = keras.layers.Dropout(0.1, name="drop")(first)
    joined = keras.layers.Add(name="skip")([dropped, keras.layers.Dense(8, name="fc2")(first)])
    model = keras.Model(inputs, keras.layers.Dense(3, name="output")(joined))
    config = {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1, "Strategy": "Latency"}}
    hls_model = hls4ml.converters.convert_from_keras_model(
        model, hls_config=config, output_dir=str(tmp_path / "project"), io_type="io_stream", backend="Vitis"
    )
    assert any(layer.class_name == "Clone" for layer in hls_model.get_layers())
    x = np.random.default_rng(0).uniform(-1, 1, (16, 8))
    rows = {row["layer"]: row for row in layer_departures(hls_model, model, x)}
    assert {"fc1_relu", "fc2", "skip", "output"} <= set(rows)
    assert rows["fc1_relu"]["keras_layer"] == "fc1"  # named by its layer, not the Dropout after it
    assert all(row["relative_rms"] < DEPARTURE_SHARE / 2 for row in rows.values())  # 16-bit rounding only
