"""A regression's C simulation against Keras: its metric on both outputs and how closely they agree (no g++:
the comparison of arrays)."""

import numpy as np
import pytest

from fpgaprune.core.objective import Objective
from fpgaprune.hls.csim import output_agreement


def test_outputs_are_compared_value_by_value_and_on_the_metric():
    y = np.array([[0.0], [1.0], [2.0], [3.0]])
    keras = np.array([[0.0], [1.0], [2.5], [3.0]])
    hls = np.array([[0.0], [1.25], [2.5], [3.0]])  # one sample differs by 0.25
    metrics = output_agreement(Objective("regression", "mae"), y, keras, keras, hls, hls)
    assert metrics["metric"] == "mae" and metrics["n_samples"] == 4
    assert metrics["keras_mae"] == pytest.approx(0.5 / 4) and metrics["hls_mae"] == pytest.approx(0.75 / 4)
    assert metrics["mae_diff"] == pytest.approx(0.25 / 4)
    assert metrics["output"] == {"bit_exact_fraction": 0.75, "max_abs_diff": 0.25}
    assert "accuracy" not in " ".join(metrics)
