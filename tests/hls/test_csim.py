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
