"""`fpgaprune estimate --model` of a configuration whose reuse factor hls4ml replaces says so."""

import pytest

pytestmark = pytest.mark.slow


def test_a_reuse_factor_hls4ml_replaces_is_a_warning_naming_the_layer_and_both_factors(caplog):
    """hls4ml 1.3 builds a Resource Dense configured at reuse factor 5 (16 x 8 weights) at 4 and prints so to
    stdout, which fpgaprune sends to its debug log: the estimate showed rf 4 without a word (2026-12-07)."""
    from fpgaprune.compat import keras

    from fpgaprune.api import estimate

    from .tiny import random_weights

    inputs = keras.Input((16,), name="features")
    model = random_weights(keras.Model(inputs, keras.layers.Dense(8, name="fc1")(inputs)))
    config = {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 5, "Strategy": "Resource"}}
    with caplog.at_level("WARNING"):
        result = estimate(model, {"HLSConfig": config})
    assert result["layers"]["fc1"]["dsp"] == 128 / 4  # built at 4: 32 multipliers, each used 4 times
    (line,) = [r.getMessage() for r in caplog.records if "hls4ml builds layer" in r.getMessage()]
    assert line.startswith(
        "hls4ml builds layer fc1 at reuse factor 4, not the configured 5, which its kernel cannot take "
        "(valid: 1,"
    )
