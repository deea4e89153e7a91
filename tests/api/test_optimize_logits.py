"""`fpgaprune optimize` on a classifier whose outputs are logits (no softmax or sigmoid after its last layer,
as a trigger's design often leaves it out to save the softmax's tables and cycles): inferred as a classifier
from its class labels, fine-tuned on cross-entropy of the logits, judged on the argmax (one logit: above 0),
its hls4ml design ending in the logits and its C simulation compared by the same rule. Tiny Dense networks on
generated samples. Until 2026-12-05 such a model was refused ("does not end in a softmax") or, with float
one-hot targets, pruned as a regression on its mean squared error."""

import json

import numpy as np
import pytest
import yaml

from fpgaprune.cli import main

from .generated import fast_pruning, hls_config, on_grid, splits

pytestmark = pytest.mark.slow
HLS = hls_config("ap_fixed<16,6,RND_CONV,SAT>", None)
FAST = fast_pruning(0.3)
SPLITS = splits(300)


def _save_splits(path, x, y) -> None:
    np.savez(path, **{f"{a}_{s}": v[i] for s, i in SPLITS.items() for a, v in (("x", x), ("y", y))})


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """A 6-16-3 classifier of logits (the argmax of three linear scores of the inputs) with labels as integers
    and as float one-hot rows; a 6-12-1 classifier of one logit (the sign of a weighted sum) with labels as
    integers and as floats; hls.yml."""
    from fpgaprune.compat import keras

    from fpgaprune.train import set_seed

    root = tmp_path_factory.mktemp("logits")
    set_seed(2)
    rng = np.random.default_rng(2)
    x = on_grid(rng.normal(size=(500, 6)))
    labels = np.argmax(x @ rng.normal(size=(6, 3)), axis=1).astype(np.int64)
    signs = (x @ rng.normal(size=6) > 0).astype(np.int64)
    _save_splits(root / "three.npz", x, labels)
    _save_splits(root / "onehot.npz", x, np.eye(3, dtype=np.float32)[labels])
    _save_splits(root / "two.npz", x, signs)
    _save_splits(root / "twofloat.npz", x, signs.astype(np.float32))
    for name, outputs, y, loss in (
        ("three", 3, labels, keras.losses.SparseCategoricalCrossentropy(from_logits=True)),
        ("two", 1, signs, keras.losses.BinaryCrossentropy(from_logits=True)),
    ):
        inputs = keras.Input((6,), name="features")
        hidden = keras.layers.Dense(16 if outputs == 3 else 12, activation="relu", name="fc1")(inputs)
        model = keras.Model(inputs, keras.layers.Dense(outputs, name="logits")(hidden))
        model.compile(keras.optimizers.Adam(0.02), loss)
        model.fit(x[:300], y[:300], epochs=30, batch_size=50, verbose=0)
        model.save(root / f"{name}.h5")
    (root / "hls.yml").write_text(yaml.safe_dump(HLS))
    return root


def _optimize(root, capsys, model, data, *args):
    code = main(
        [
            "optimize", "--model", str(root / f"{model}.h5"), "--data", str(root / f"{data}.npz"),
            "--hls-config", str(root / "hls.yml"), "--seed", "3", "--json", *args,
        ]
    )  # fmt: skip
    captured = capsys.readouterr()
    return code, captured.out, captured.err.strip().splitlines()


def _classes(model, x) -> np.ndarray:
    logits = model.predict(x, verbose=0)
    return (logits[:, 0] > 0).astype(np.int64) if logits.shape[1] == 1 else np.argmax(logits, axis=1)


@pytest.mark.parametrize(("model", "data"), [("three", "three"), ("three", "onehot"), ("two", "two")])
def test_a_classifier_of_logits_is_pruned_on_the_accuracy_of_its_largest_output(
    files, tmp_path, capsys, model, data
):
    from fpgaprune.models.load import load_model_file

    out = tmp_path / "out"
    code, printed, err = _optimize(
        files, capsys, model, data, "--budget", "dsp=0.5", "--method", "knapsack_dsp", "--rtol", "0.9",
        "--epochs-per-step", "2", "--pruning", FAST, "--out", str(out),
    )  # fmt: skip
    assert code == 0, err
    summary, metrics = json.loads(printed), json.loads((out / "metrics.json").read_text())
    assert metrics["quality"]["task"] == "classification" and metrics["quality"]["from_logits"] is True
    assert "val_mse" not in metrics and summary["val_accuracy"] == metrics["val_accuracy"]
    with np.load(files / f"{model}.npz") as arrays:
        x_val, y_val = arrays["x_val"], arrays["y_val"]
    pruned = load_model_file(out / "model.h5")
    assert pruned.layers[-1].name == "logits"  # no softmax added to the saved model
    assert metrics["val_accuracy"] == pytest.approx(float(np.mean(_classes(pruned, x_val) == y_val)))
    needed = 0.9 * metrics["reference_val_accuracy"]
    for step in metrics["steps"]:  # the loop's decision, on the accuracy of the logits
        assert step["accepted"] == (step["val_accuracy"] >= needed), step
    assert any(step["accepted"] for step in metrics["steps"])
    assert metrics["val_accuracy"] > 0.8  # fine-tuned on its logits, not on them read as probabilities


def test_its_hls4ml_design_ends_in_the_logits_and_the_c_simulation_takes_their_argmax(
    files, tmp_path, capsys
):
    """The written project has no softmax; its C simulation (g++) is compared with Keras on the classes of
    the logits and on the logits themselves."""
    from fpgaprune.models.load import load_model_file

    out = tmp_path / "out"
    code, _, err = _optimize(
        files, capsys, "three", "three", "--budget", "dsp=100000", "--hls", "--csim-samples", "60",
        "--out", str(out),
    )  # fmt: skip
    assert code == 0, err
    assert "softmax" not in (out / "hls" / "project" / "firmware" / "myproject.cpp").read_text()
    csim = json.loads((out / "hls" / "hls_metrics.json").read_text())
    with np.load(files / "three.npz") as arrays:
        x, y = arrays["x_test"][:60], arrays["y_test"][:60]
    pruned = load_model_file(out / "model.h5")
    assert csim["keras_accuracy"] == pytest.approx(np.mean(_classes(pruned, x) == y))
    assert csim["output"]["argmax_agreement"] >= 0.95 and abs(csim["accuracy_diff_points"]) <= 5
    assert csim["logits"]["max_abs_diff"] == csim["output"]["max_abs_diff"] < 0.25  # outputs are logits


def test_float_targets_0_and_1_of_one_logit_are_a_regression_unless_the_task_says_classification(
    files, tmp_path, capsys, caplog
):
    """Floats of the output's shape are a regression's targets, as before; the log line names the way to
    judge the output as a logit, and --task classification does so."""
    with caplog.at_level("INFO"):
        code, _, err = _optimize(
            files, capsys, "two", "twofloat", "--budget", "dsp=100000", "--out", str(tmp_path / "r")
        )
    assert code == 0, err
    assert json.loads((tmp_path / "r" / "metrics.json").read_text())["quality"]["metric"] == "mse"
    hint = "--task classification judges its output as a binary classifier's logit"
    assert any(hint in record.getMessage() for record in caplog.records)
    code, _, err = _optimize(
        files, capsys, "two", "twofloat", "--task", "classification", "--budget", "dsp=100000",
        "--out", str(tmp_path / "c"),
    )  # fmt: skip
    assert code == 0, err
    quality = json.loads((tmp_path / "c" / "metrics.json").read_text())["quality"]
    assert quality["from_logits"] is True and quality["metric"] == "accuracy"


def test_without_a_c_simulation_one_logits_keras_accuracy_is_taken_at_zero():
    from fpgaprune.core.objective import Objective
    from fpgaprune.hls.run import _keras_only

    logits = np.array([[1.5], [-0.2], [0.3], [-2.0]])
    record = _keras_only(np.array([1, 0, 0, 0]), logits, "no g++", Objective(from_logits=True))
    assert record["keras_accuracy"] == 0.75


@pytest.mark.parametrize("activation", ["sigmoid", "relu", "tanh"])
def test_outputs_neither_probabilities_nor_logits_are_refused_on_class_labels(activation):
    """Three sigmoid (or relu, tanh) outputs are not logits: fine-tuned as logits they would be read through a
    second squashing. Refused in one line, inferred or given --task classification."""
    from fpgaprune.compat import keras

    from fpgaprune.models.user import task_objective

    inputs = keras.Input((4,), name="x")
    hidden = keras.layers.Dense(6, activation="relu", name="d")(inputs)
    model = keras.Model(inputs, keras.layers.Dense(3, activation=activation, name="out")(hidden))
    refusal = rf"^model '\w+' ends in a {activation} output, neither class probabilities \(a softmax, or one"
    for task in (None, "classification"):
        with pytest.raises(ValueError, match=refusal):
            task_objective(model, np.array([0, 1, 2, 1]), task, None)
    assert task_objective(model, np.ones((4, 3), np.float32), None, None).is_regression  # values to fit


def test_an_autoencoders_task_line_says_its_targets_are_its_inputs(caplog):
    """A data file without y arrays (an autoencoder's): the task line said "its targets are floats of its
    output's shape", of targets the file does not hold."""
    from fpgaprune.compat import keras

    from fpgaprune.models.user import task_objective

    inputs = keras.Input((4,), name="x")
    model = keras.Model(inputs, keras.layers.Dense(4, name="out")(keras.layers.Dense(2, name="code")(inputs)))
    x = np.ones((3, 4), np.float32)
    with caplog.at_level("INFO"):
        assert task_objective(model, x, None, None, targets_are_inputs=True).is_regression
        assert task_objective(model, x, None, None).is_regression
    given, inputs_line = [r.getMessage() for r in caplog.records if r.getMessage().startswith("task: ")][::-1]
    assert "the data holds no y arrays: its targets are its inputs (an autoencoder's)" in inputs_line
    assert "its targets are floats of its output's shape (4,)" in given


def test_an_autoencoders_integer_inputs_are_its_targets_as_they_are():
    """Integer inputs (ADC codes) of a file without y arrays were refused with "outputs shape (32,), but ...
    its inputs, of shape (32,)" (a review, 2026-12-07): an autoencoder reproduces them whatever their number
    type. Integer targets given as y still refuse the regression they do not fit."""
    from fpgaprune.compat import keras

    from fpgaprune.models.user import task_objective

    inputs = keras.Input((4,), name="x")
    model = keras.Model(inputs, keras.layers.Dense(4, name="out")(keras.layers.Dense(2, name="code")(inputs)))
    codes = np.random.default_rng(0).integers(0, 1000, size=(8, 4))
    assert task_objective(model, codes, None, None, targets_are_inputs=True).is_regression
    with pytest.raises(ValueError, match="does not end in a softmax and y_train holds int"):
        task_objective(model, codes, None, None)
