"""The C simulation of a model of several outputs (`fpgaprune optimize --hls` on a class head and a regression
head) is checked as a model of one output's is: the inputs the input type does not hold, the layers whose
Keras outputs leave a type that wraps, and, for an output whose C simulation falls short of Keras, a warning
naming that output and where the design departs among the layers it reads. Until 2026-12-06 such a model's C
simulation was compared output by output with none of these checks: a head computing something else passed
with an INFO line."""

import logging

import numpy as np
import pytest

from fpgaprune.core.objective import JointObjective, Objective, OutputObjective, joined_outputs

SUMMED = 8  # pt_fc's units each sum the 8 inputs


def _two_heads():
    """x (8 values in [0, 1]) -> fc1 (the inputs, through a ReLU) -> a 3-class softmax head `cls` and a
    regression head `pt` (pt_fc: each unit the sum of fc1's outputs, ReLU; pt: their mean)."""
    from fpgaprune.compat import keras

    inputs = keras.Input((8,), name="x")
    trunk = keras.layers.Dense(8, activation="relu", name="fc1")(inputs)
    cls = keras.layers.Dense(3, activation="softmax", name="cls")(trunk)
    summed = keras.layers.Dense(SUMMED, activation="relu", name="pt_fc")(trunk)
    model = keras.Model(inputs, [cls, keras.layers.Dense(1, name="pt")(summed)])
    model.get_layer("fc1").set_weights([np.eye(8), np.zeros(8)])
    rng = np.random.default_rng(4)
    model.get_layer("cls").set_weights([rng.normal(0, 4, (8, 3)), np.zeros(3)])
    model.get_layer("pt_fc").set_weights([np.ones((8, SUMMED)), np.zeros(SUMMED)])
    model.get_layer("pt").set_weights([np.full((SUMMED, 1), 1 / SUMMED), np.zeros(1)])
    return model


def _converted(model, tmp_path, layer_precisions: dict):
    import hls4ml

    from fpgaprune.hls.convert import prepare_model

    chain, _ = prepare_model(model, None)
    config = {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1, "Strategy": "Latency"}}
    config["LayerName"] = {name: {"Precision": precision} for name, precision in layer_precisions.items()}
    project = str(tmp_path / "project")
    hls_model = hls4ml.converters.convert_from_keras_model(
        chain, hls_config=config, output_dir=project, io_type="io_parallel", backend="Vivado"
    )
    return chain, hls_model


def _inputs(n: int) -> np.ndarray:
    """On a 1/256 grid: fixed<16,6> holds every value."""
    return np.round(np.random.default_rng(5).uniform(0, 1, (n, 8)) * 2**8) / 2**8


def test_a_head_whose_type_wraps_is_named_and_the_outputs_come_joined_without_logits(tmp_path):
    """pt's values reach 8; its result type fixed<6,2> holds [-2, 2) and wraps (hls4ml's default)."""
    from fpgaprune.hls.csim import keras_pass

    model = _two_heads()
    chain, hls_model = _converted(model, tmp_path, {"pt": {"result": "fixed<6,2>"}})
    x = _inputs(64)
    passed = keras_pass(hls_model, chain, x, None)
    assert passed.logits is None
    expected = joined_outputs(model.predict(x, verbose=0), len(x))
    assert passed.probs.shape == (64, 4)
    np.testing.assert_allclose(passed.probs, expected, rtol=1e-6)
    assert [row["layer"] for row in passed.wrapping] == ["pt"]
    assert passed.wrapping[0]["type"].startswith("fixed<6,2")


def test_the_layers_an_output_reads_are_its_head_the_trunk_their_split_activations_and_the_input(tmp_path):
    """Named as the checks' rows name them: layers, the activations hls4ml splits off them (`pt_fc_relu`) and
    the input by its name in the user's model. With Keras's default names (`dense`, `dense_1`, ...) a head's
    `dense_3` is not `dense`'s split activation (a suffix rule took it for one, and a head's wrapping type
    then explained the other head's loss)."""
    from fpgaprune.compat import keras

    from fpgaprune.hls.convert import hls_input_names
    from fpgaprune.hls.run import _read_by_outputs, _read_rows

    model = _two_heads()
    chain, hls_model = _converted(model, tmp_path, {})
    objective = _objective()
    read = _read_by_outputs(hls_model, chain, objective, hls_input_names(model))
    assert read["pt"] >= {"x", "fc1", "fc1_relu", "pt_fc", "pt_fc_relu", "pt"} and "cls" not in read["pt"]
    assert read["cls"] >= {"x", "fc1", "fc1_relu", "cls"} and not read["cls"] & {"pt_fc", "pt_fc_relu", "pt"}

    inputs = keras.Input((4,), name="input_1")  # named as Keras names them in a fresh session
    trunk = keras.layers.Dense(4, name="dense_1")(keras.layers.Dense(4, name="dense")(inputs))
    heads = [keras.layers.Dense(2, name="dense_2")(trunk), keras.layers.Dense(1, name="dense_3")(trunk)]
    chain, hls_model = _converted(keras.Model(inputs, heads), tmp_path / "default", {})
    regression = Objective("regression")
    both = JointObjective(
        (OutputObjective("dense_2", Objective(), 2, 1.0), OutputObjective("dense_3", regression, 1, 1.0))
    )
    read = _read_by_outputs(hls_model, chain, both, {"input_1": "model_input"})
    assert read["dense_2"] == {"model_input", "input_1", "dense", "dense_1", "dense_2"}
    assert _read_rows([{"layer": "dense_3"}, {"layer": "dense_1"}], read["dense_2"]) == [{"layer": "dense_1"}]


def _objective() -> JointObjective:
    return JointObjective(
        (OutputObjective("cls", Objective(), 3, 1.0), OutputObjective("pt", Objective("regression"), 1, 0.01))
    )


@pytest.mark.slow
def test_a_head_that_falls_short_is_warned_of_by_name_with_where_it_departs(tmp_path, caplog):
    """pt_fc sums its 8 products in `accum: fixed<8,6>`, whose 2 fractional bits truncate each input: no
    type wraps, the pt head's C simulation falls short of Keras (mse about 1 against 0), the class head's
    does not. The warning names pt and pt_fc, where the layers pt reads first depart, and none of the class
    head's layers."""
    from fpgaprune.hls.convert import hls_input_names
    from fpgaprune.hls.run import _simulate_outputs

    model = _two_heads()
    chain, hls_model = _converted(model, tmp_path, {"pt_fc": {"accum": "fixed<8,6>"}})
    x = _inputs(200)
    classes, values = model.predict(x, verbose=0)
    y = np.concatenate([np.argmax(classes, axis=1)[:, None], values], axis=1)  # the joined target rows
    with caplog.at_level(logging.INFO, logger="fpgaprune"):
        metrics = _simulate_outputs(
            hls_model, chain, x, y, _objective(), "written project", hls_input_names(model)
        )
    assert metrics["csim"]["status"] == "ok"
    assert metrics["wrapping"] == [] and metrics["inputs_representable_fraction"] == 1.0
    assert metrics["input_type"].startswith("fixed<16,6")
    pt, cls = metrics["outputs"]["pt"], metrics["outputs"]["cls"]
    assert pt["keras"] < 1e-9 and pt["hls"] > 0.1
    assert pt["shortfall"].startswith("mse is") and "shortfall" not in cls
    assert "pt_fc_relu" in [row["layer"] for row in metrics["layer_departures"]]
    warned = [r.message for r in caplog.records if r.levelno == logging.WARNING]
    (line,) = [message for message in warned if message.startswith("output ")]
    assert line.startswith("output pt: the C simulation's mse is")
    assert "first departs from Keras at pt_fc (hls4ml's pt_fc_relu computes its output)" in line
    # cls's weights lie off their type's grid (the design's truncated_weights names them), but pt reads none
    assert "cls" in [row["layer"] for row in metrics["truncated_weights"]] and "cls" not in line
