"""Fixtures of the hls tests: the tiny pruned MLP's hls4ml project (see tiny.py)."""

import pytest

from .tiny import RF, tiny_data, tiny_model


@pytest.fixture(scope="session")
def tiny_design(tmp_path_factory):
    """(keras model, hls4ml ModelGraph, logits model, project dir) of the pruned tiny MLP (not compiled)."""
    pytest.importorskip("hls4ml")
    from fpgaprune.config import LayerHls
    from fpgaprune.hls.convert import layer_strategies, prepare_model, write_project

    from ..configs import hls_settings

    model = tiny_model(prune=True)
    hls_input, logits_model = prepare_model(model)
    reuse = {"fc1": LayerHls(RF, "resource"), "output": LayerHls(1, "latency")}
    strategies = layer_strategies(model, reuse, "io_parallel", pruned=True)
    project = tmp_path_factory.mktemp("tiny") / "project"
    hls_model = write_project(hls_input, hls_settings(precision="ap_fixed<16,6>"), strategies, project)
    return model, hls_model, logits_model, project


@pytest.fixture(scope="session")
def simulated(tiny_design):
    """(x, y, Keras softmax, Keras logits, C-sim softmax, C-sim logits) on 400 samples (compiles: slow)."""
    from fpgaprune.hls.csim import run_csim

    model, hls_model, logits_model, _ = tiny_design
    x, y = tiny_data(400, seed=7)
    probs, logits, _ = run_csim(hls_model, x)
    return x, y, model.predict(x, verbose=0), logits_model.predict(x, verbose=0), probs, logits
