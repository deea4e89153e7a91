"""The fine-tuning loss of a model of several outputs joined into one (`pruning.finetune.JointLoss`): each
output's own loss on its columns, divided by its unpruned model's (`OutputObjective.loss_scale`)."""

import numpy as np
import pytest

from fpgaprune.core.objective import JointObjective, Objective, OutputObjective


def test_each_outputs_loss_is_taken_on_its_columns_and_divided_by_its_unpruned_loss():
    from fpgaprune.compat import keras

    from fpgaprune.pruning.finetune import JointLoss, _joint_probabilities, output_loss

    joint = JointObjective(
        (
            OutputObjective("cls", Objective(), 3, 0.9, loss_scale=0.5),
            OutputObjective("flag", Objective(from_logits=True), 1, 0.8, loss_scale=0.25),
            OutputObjective("pt", Objective("regression"), 2, 0.02, loss_scale=0.01),
        )
    )
    probabilities = np.array([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]], np.float32)
    logit = np.array([[1.5], [-0.5]], np.float32)
    values = np.array([[1.0, 2.0], [0.5, 0.0]], np.float32)
    predicted = np.concatenate([probabilities, logit, values], axis=1)
    targets = np.array([[0, 1, 1.1, 2.0], [2, 0, 0.5, 0.2]], np.float32)  # class, flag, two values
    cross_entropy = keras.losses.SparseCategoricalCrossentropy()(targets[:, :1], probabilities)
    binary = keras.losses.BinaryCrossentropy(from_logits=True)(targets[:, 1:2], logit)
    mse = keras.losses.MeanSquaredError()(targets[:, 2:], values)
    expected = float(cross_entropy) / 0.5 + float(binary) / 0.25 + float(mse) / 0.01
    assert float(JointLoss(joint)(targets, predicted)) == pytest.approx(expected, rel=1e-5)
    # each output's unpruned loss, its scale, is taken the same way (a class index of shape (n,) included)
    assert output_loss(Objective(), 3, targets[:, 0], probabilities) == pytest.approx(float(cross_entropy))
    assert output_loss(Objective("regression"), 2, targets[:, 2:], values) == pytest.approx(float(mse))
    # the teacher's outputs as soft targets: the logit's sigmoid, the rest as they are
    soft = _joint_probabilities(predicted, joint)
    assert soft[:, 3] == pytest.approx(1 / (1 + np.exp(-logit[:, 0]))) and np.array_equal(
        soft[:, :3], probabilities
    )
    assert float(JointLoss(joint, soft=True)(soft, predicted)) > 0
