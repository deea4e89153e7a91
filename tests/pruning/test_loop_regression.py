"""The loop's decision for a regression: its validation loss must stay at or below the unpruned one's / rtol
(lower is better), on a real tiny TensorFlow model."""

import numpy as np
import pytest

from fpgaprune.core.objective import Objective
from fpgaprune.core.selection.schedule import ConstantSchedule
from fpgaprune.data.dataset import Dataset
from fpgaprune.pruning.finetune import evaluate_quality
from fpgaprune.pruning.loop import iterative_prune

MSE = Objective("regression", "mse")


@pytest.fixture(scope="module")
def regression():
    """A linear target of 4 features, and a 4-8-1 Dense network fitted to it (Keras's seed: deterministic)."""
    from fpgaprune.compat import keras

    from fpgaprune.train import set_seed

    set_seed(5)
    rng = np.random.default_rng(5)
    x = rng.normal(size=(160, 4)).astype(np.float32)
    y = (x @ np.array([1.0, -2.0, 0.5, 0.0]))[:, np.newaxis].astype(np.float32)
    data = Dataset("toy", x[:120], y[:120], x[120:], y[120:], x[:0], y[:0], [], {}, MSE)
    inputs = keras.Input((4,))
    hidden = keras.layers.Dense(8, activation="relu", name="fc1")(inputs)
    model = keras.Model(inputs, keras.layers.Dense(1, name="out")(hidden))
    model.compile(keras.optimizers.Adam(0.03), "mse")
    model.fit(data.x_train, data.y_train, epochs=40, batch_size=40, verbose=0)
    return model, data


def _one_step(model, data, keep: bool):
    """One step to 0.5 whose masks keep every weight or none (no fine-tuning: the loss is the masks')."""

    def select(model, target):
        return {name: np.full(model.get_layer(name).kernel.shape, keep) for name in ("fc1", "out")}, {}

    weights = model.get_weights()
    reference = evaluate_quality(model, data.x_val, data.y_val, MSE)
    outcome = iterative_prune(
        model,
        data,
        select,
        ConstantSchedule(0.5, 0.5),
        reference_accuracy=reference,
        rtol=0.9,
        epochs_per_step=0,
        batch_size=40,
        learning_rate=0.001,
        max_failures=0,
    )
    model.set_weights(weights)
    return reference, outcome


def test_a_step_that_raises_the_loss_past_the_tolerance_is_rejected(regression):
    model, data = regression
    reference, outcome = _one_step(model, data, keep=False)  # every weight removed: only the bias is left
    step = outcome.steps[0]
    assert step["val_mse"] > reference / 0.9 and "val_accuracy" not in step
    assert not step["accepted"] and outcome.masks is None and outcome.target == 0


def test_a_step_that_keeps_the_loss_is_accepted(regression):
    model, data = regression
    reference, outcome = _one_step(model, data, keep=True)
    step = outcome.steps[0]
    assert step["val_mse"] == pytest.approx(reference) and reference < 0.1  # the network fitted the target
    assert step["accepted"] and outcome.target == 0.5


def test_a_regressions_distillation_is_its_error_against_the_targets_and_the_teachers_outputs(regression):
    from fpgaprune.pruning.finetune import Distillation

    model, _ = regression
    y, soft, prediction = (np.array([[0.0], [2.0]]), np.array([[1.0], [1.0]]), np.array([[0.5], [1.0]]))
    loss = float(Distillation(model, 0.25, MSE).loss(y, soft, prediction))
    assert loss == pytest.approx(0.75 * (0.25 + 1.0) / 2 + 0.25 * (0.25 + 0.0) / 2)


def test_a_regressions_fine_tuning_epochs_log_its_metric(caplog):
    """The epoch line showed nothing of a regression (`fine-tune epoch 1/1:  | 1.2 s`): its metric is mse or
    mae, not an accuracy."""
    import logging

    from fpgaprune.train.baseline import EpochLog

    logger = logging.getLogger("epochs")
    epochs = EpochLog(2, "fine-tune epoch", logger)
    with caplog.at_level("INFO", logger="epochs"):
        epochs.on_train_begin()
        epochs.on_epoch_begin(0)
        epochs.on_epoch_end(0, {"mse": 0.25, "val_mae": 0.5})
    assert caplog.records[0].getMessage().startswith("fine-tune epoch 1/2: mse 0.2500 val_mae 0.5000 | ")
