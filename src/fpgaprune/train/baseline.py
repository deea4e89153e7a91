"""Baseline training: fixed seeds, early stopping on validation loss, per-epoch progress in the log."""

import logging
import random
import time
from contextlib import contextmanager
from typing import ClassVar

from fpgaprune.compat import keras

import numpy as np
import tensorflow as tf

from fpgaprune.config import Training

log = logging.getLogger(__name__)


def set_seed(seed: int) -> None:
    """Seed Python, NumPy and TensorFlow, and make TensorFlow's ops deterministic."""
    keras.utils.set_random_seed(seed)
    tf.config.experimental.enable_op_determinism()


@contextmanager
def random_state_kept():
    """Python's and NumPy's random states and TensorFlow's op determinism put back as they were when the block
    ends, for work that `set_seed`s inside a caller's process (`fpgaprune.optimize` in a notebook, whose
    later work drew the run's numbers and ran deterministic ops). TensorFlow's global seed stays the block's:
    TensorFlow reads none back."""
    from tensorflow.python.framework import config  # the only reader of the setting: not in tf.config

    states = random.getstate(), np.random.get_state()
    deterministic = getattr(config, "is_op_determinism_enabled", lambda: True)()
    try:
        yield
    finally:
        random.setstate(states[0])
        np.random.set_state(states[1])
        if not deterministic:
            config.disable_op_determinism()


def set_threads(threads: int) -> None:
    """Limit TensorFlow to `threads` CPU threads (0 keeps its default: all cores)."""
    if threads > 0:
        tf.config.threading.set_intra_op_parallelism_threads(threads)
        tf.config.threading.set_inter_op_parallelism_threads(threads)


def compile_model(model: keras.Model, learning_rate: float) -> None:
    """Adam on sparse categorical cross-entropy (the models end in a softmax), accuracy metric."""
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )


def train_baseline(model: keras.Model, data, training: Training) -> tuple[list[dict], dict]:
    """Train `model` with early stopping on validation loss (best weights kept) and a learning rate
    divided by 3 after patience/2 epochs without improvement.

    Args:
        model: an uncompiled model from `fpgaprune.models.build_model`.
        data: a `fpgaprune.data.Dataset`.
        training: epochs, batch_size, learning_rate, patience (see config/README.md).

    Returns:
        (history rows, one dict per epoch; summary with test accuracy/loss, epochs run, wall time).
    """
    compile_model(model, training.learning_rate)
    patience = training.patience
    stop = keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)
    slow_down = keras.callbacks.ReduceLROnPlateau(
        monitor="val_loss",
        factor=1 / 3,
        patience=max(1, patience // 2),
        min_lr=training.learning_rate / 100,
        verbose=0,
    )
    start = time.perf_counter()
    history = model.fit(
        data.x_train,
        data.y_train,
        validation_data=(data.x_val, data.y_val),
        epochs=training.epochs,
        batch_size=training.batch_size,
        callbacks=[stop, slow_down, EpochLog(training.epochs)],
        verbose=0,
    )
    wall_s = time.perf_counter() - start
    test_loss, test_accuracy = model.evaluate(data.x_test, data.y_test, batch_size=1024, verbose=0)
    rows = [
        dict(epoch=i + 1, **{k: float(v[i]) for k, v in history.history.items()})
        for i in range(len(history.epoch))
    ]
    best_epoch = int(np.argmin(history.history["val_loss"])) + 1  # whose weights EarlyStopping restores
    summary = {
        "accuracy": exact_share(test_accuracy, len(data.y_test)),
        "loss": float(test_loss),
        # the kept model's, not the best epoch's by accuracy (0.9722 for a kept model of 0.9694: a review)
        "val_accuracy": exact_share(history.history["val_accuracy"][best_epoch - 1], len(data.y_val)),
        "epochs_run": len(history.epoch),
        "best_epoch": best_epoch,
        "train_wall_s": wall_s,
    }
    log.info("test accuracy %.4f after %d epochs (%.0f s)", test_accuracy, len(history.epoch), wall_s)
    return rows, summary


def exact_share(accuracy: float, n: int) -> float:
    """Keras's float32 accuracy of `n` samples as the exact share k/n in float64: the pruned designs' are
    exact, and the float32 error (up to 3e-6 points at 10,000 samples) decided whether a design 1.00 point
    below the baseline was within "1 point" (a review, 2026-12-07)."""
    return round(float(accuracy) * n) / n


class EpochLog(keras.callbacks.Callback):
    """Logs one line per epoch: `<label> i/n`, losses and accuracies, the epoch's time and the time left.

    The time left assumes every remaining epoch runs (early stopping may end training sooner).
    """

    SHOWN: ClassVar[dict[str, str]] = {
        "loss": "loss",
        "accuracy": "acc",
        "val_loss": "val_loss",
        "val_accuracy": "val_acc",
        "mse": "mse",  # a regression's metric (its fine-tuning line was empty)
        "mae": "mae",
        "val_mse": "val_mse",
        "val_mae": "val_mae",
        "loss_of_outputs": "loss",  # a model of several outputs': its outputs' losses, each relative
        "val_relative_quality": "val_relative_quality",
    }

    def __init__(self, epochs: int, label: str = "epoch", logger: logging.Logger = log):
        super().__init__()
        self.epochs, self.label, self.logger = epochs, label, logger

    def on_train_begin(self, logs=None):
        self._train_start = time.perf_counter()

    def on_epoch_begin(self, epoch, logs=None):
        self._start = time.perf_counter()

    def on_epoch_end(self, epoch, logs=None):
        now, done = time.perf_counter(), epoch + 1
        left = (now - self._train_start) / done * (self.epochs - done)
        metrics = " ".join(
            f"{short} {logs[name]:.4f}" for name, short in self.SHOWN.items() if name in (logs or {})
        )
        self.logger.info(
            "%s %d/%d: %s | %.1f s, %.0f s left",
            self.label,
            done,
            self.epochs,
            metrics,
            now - self._start,
            left,
        )
