"""The names of a model's inputs in the hls4ml project fpgaprune writes: hls4ml names the top function's
arguments by them, so each must be a C++ identifier of its own."""

import re

import pytest

pytestmark = pytest.mark.slow


def _model(names):
    from fpgaprune.compat import keras

    inputs = [keras.Input((2,), name=name) for name in names]
    joined = keras.layers.Concatenate(name="cat")(inputs)
    logits = keras.layers.Dense(2, name="output")(joined)
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(logits))


def test_one_input_is_model_input_and_several_are_prefixed_c_identifiers():
    from fpgaprune.hls.convert import hls_input_names

    assert hls_input_names(_model(["features"])) == {"features": "model_input"}
    assert hls_input_names(_model(["tracks-pt", "w2", "input", "tracks_pt"])) == {
        "tracks-pt": "model_input_tracks_pt",
        "w2": "model_input_w2",
        "input": "model_input_input",
        "tracks_pt": "model_input_tracks_pt_4",  # alike after the first: its position too
    }


def test_inputs_named_unlike_c_identifiers_are_top_arguments_g_plus_plus_takes(tmp_path):
    """An input named `tracks-pt` was written as the argument `input_t tracks-pt[2]`, which no compiler
    takes; one named `w2` would be hls4ml's own weight array of layer 2. Each input's configuration entry
    follows it."""
    from fpgaprune.hls.convert import hls_input_names, prepare_model, write_user_project

    from .tiny import vitis_settings

    model = _model(["tracks-pt", "w2"])
    converted, _ = prepare_model(model, "output")
    config = {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1, "Strategy": "Latency"}}
    config["LayerName"] = {"w2": {"Precision": {"result": "fixed<10,4>"}}}
    settings = vitis_settings()
    hls_model = write_user_project(
        converted, config, hls_input_names(model), settings, {"output": (1, "Latency")}, tmp_path, "output"
    )
    top = (tmp_path / "firmware" / "myproject.h").read_text()
    arguments = re.search(r"void myproject\((.*?)\);", top, re.DOTALL).group(1)
    assert "model_input_tracks_pt[2]" in arguments and "model_input_w2[2]" in arguments
    types = {variable.name: str(variable.type.precision) for variable in hls_model.get_input_variables()}
    assert types == {
        "model_input_tracks_pt": "fixed<16,6,TRN,WRAP,0>",
        "model_input_w2": "fixed<10,4,TRN,WRAP,0>",
    }


def test_the_part_reserve_of_a_model_ending_in_a_recurrent_layer_writes_its_inputs_as_optimize_does():
    """A model whose last weight layer applies its activation itself (a GRU's tanh) has no logits to trace;
    its unpruned project, from which a part's reserve and the latency outside the weight layers are
    estimated, was written with the model's own input names, so an input named `input` (which hls4ml
    reserves) ended in "hls4ml cannot write the model's project". It is now written as `estimate --model`
    writes it, with the pruned design's reuse factor: the same estimate."""
    from fpgaprune.compat import keras

    from fpgaprune.api import estimate
    from fpgaprune.hls.run import unpruned_project_estimate

    from .tiny import random_weights, vitis_settings

    inputs = keras.Input((4, 3), name="input")
    model = random_weights(keras.Model(inputs, keras.layers.GRU(4, name="rnn")(inputs)))
    config = {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1, "Strategy": "Latency"}}
    settings = vitis_settings()
    totals, outside = unpruned_project_estimate(model, config, settings, {"rnn.kernel": (2, "latency")})
    project = {
        "Backend": settings.backend, "Part": settings.part, "ClockPeriod": settings.clock_period,
        "IOType": settings.io_type,
        "HLSConfig": {**config, "LayerName": {"rnn": {"ReuseFactor": 2, "Strategy": "Latency"}}},
    }  # fmt: skip
    expected = estimate(model, project)["totals"]
    assert totals["dsp"] == expected["dsp"] > 0 and totals["latency_cycles"] == expected["latency_cycles"]
    assert set(outside) >= {"dsp", "lut"}
