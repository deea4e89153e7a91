import numpy as np
import pytest

from fpgaprune.core.selection.importance import group_values, normalise, weight_scores

W = np.array([[1.0, -2.0], [0.5, 0.0]])


def test_scores_of_each_metric():
    g = np.array([[0.1, 0.1], [-2.0, 5.0]])
    assert np.allclose(weight_scores("l1", W), [[1, 2], [0.5, 0]])
    assert np.allclose(weight_scores("l2", W), [[1, 4], [0.25, 0]])
    assert np.allclose(weight_scores("taylor", W, gradient=g), [[0.1, 0.2], [1.0, 0]])
    assert np.allclose(weight_scores("hessian", W, squared_gradient=g**2), [[0.005, 0.02], [0.5, 0]])


def test_gradient_metrics_demand_gradients():
    with pytest.raises(ValueError, match="needs the gradient"):
        weight_scores("taylor", W)
    with pytest.raises(ValueError, match="known: l1, l2, taylor, hessian"):
        weight_scores("random", W)


def test_normalisation_removes_layer_scale_and_size():
    small, large = weight_scores("l1", W), weight_scores("l1", 1000 * W)
    assert np.allclose(normalise(small), normalise(large))
    assert normalise(small).sum() == pytest.approx(1.0)
    assert normalise(np.tile(small, 10)).sum() == pytest.approx(1.0)  # a 10x larger layer weighs the same
    assert normalise(np.zeros(3)).tolist() == [0, 0, 0]


def test_group_values_sum_scores_per_structure():
    ids = np.array([[0, 1], [0, 2]])
    assert group_values(np.abs(W), ids, 4).tolist() == [1.5, 2.0, 0.0, 0.0]
