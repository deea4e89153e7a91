"""`fpgaprune optimize` on a binary classifier with one sigmoid output (a signal/background tagger): inferred
as a classification from its targets 0 and 1, fine-tuned on binary cross-entropy, judged on accuracy at
probability 0.5, and its C simulation compared by the same threshold. A tiny Dense network on 400 generated
samples. Until 2026-12-05 such a model was pruned as a regression on its mean squared error (float targets) or
refused (integer labels, or --task classification: "does not end in a softmax")."""

import json

import numpy as np
import pytest
import yaml

from fpgaprune.cli import main

from .generated import fast_pruning, hls_config, on_grid

pytestmark = pytest.mark.slow
HLS = hls_config("ap_fixed<16,6,RND_CONV,SAT>", None)
FAST = fast_pruning(0.3)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """A 6-12-1 sigmoid classifier of the sign of a weighted sum (trained, saved), labels as integers (n,)
    and as a float column (n, 1), and hls.yml."""
    from fpgaprune.compat import keras

    from fpgaprune.train import set_seed

    root = tmp_path_factory.mktemp("binary")
    set_seed(2)
    rng = np.random.default_rng(2)
    x = on_grid(rng.normal(size=(400, 6)))
    y = (x @ rng.normal(size=6) > 0).astype(np.int64)
    splits = {"train": slice(0, 250), "val": slice(250, 325), "test": slice(325, 400)}
    for name, labels in (("int", y), ("column", y[:, None].astype(np.float32))):
        arrays = {f"{a}_{s}": v[i] for s, i in splits.items() for a, v in (("x", x), ("y", labels))}
        np.savez(root / f"{name}.npz", **arrays)
    inputs = keras.Input((6,), name="features")
    hidden = keras.layers.Dense(12, activation="relu", name="fc1")(inputs)
    model = keras.Model(inputs, keras.layers.Dense(1, activation="sigmoid", name="out")(hidden))
    model.compile(keras.optimizers.Adam(0.02), "binary_crossentropy")
    model.fit(x[:250], y[:250], epochs=30, batch_size=50, verbose=0)
    model.save(root / "binary.h5")
    (root / "hls.yml").write_text(yaml.safe_dump(HLS))
    return root


def _optimize(root, capsys, data, *args):
    code = main(
        [
            "optimize", "--model", str(root / "binary.h5"), "--data", str(root / f"{data}.npz"),
            "--hls-config", str(root / "hls.yml"), "--seed", "3", "--json", *args,
        ]
    )  # fmt: skip
    captured = capsys.readouterr()
    return code, captured.out, captured.err.strip().splitlines()


def _accuracy(model, x, y) -> float:
    return float(np.mean((model.predict(x, verbose=0)[:, 0] > 0.5) == y))


@pytest.mark.parametrize("data", ["int", "column"])
def test_a_sigmoid_classifier_is_pruned_on_its_validation_accuracy(files, tmp_path, capsys, data):
    from fpgaprune.models.load import load_model_file

    out = tmp_path / "out"
    code, printed, err = _optimize(
        files, capsys, data, "--budget", "dsp=0.5", "--method", "knapsack_dsp", "--rtol", "0.9",
        "--epochs-per-step", "2", "--pruning", FAST, "--out", str(out),
    )  # fmt: skip
    assert code == 0, err
    summary, metrics = json.loads(printed), json.loads((out / "metrics.json").read_text())
    assert "quality" not in metrics and "val_mse" not in metrics  # judged as a classifier
    with np.load(files / "int.npz") as arrays:
        x_val, y_val = arrays["x_val"], arrays["y_val"]
    pruned = load_model_file(out / "model.h5")
    assert metrics["val_accuracy"] == pytest.approx(_accuracy(pruned, x_val, y_val))
    assert summary["val_accuracy"] == metrics["val_accuracy"]
    with np.load(out / "masks.npz") as masks:
        assert masks["fc1"].shape == (6, 12) and masks["out"].shape == (12, 1)
        assert not np.any(pruned.get_layer("fc1").get_weights()[0][~masks["fc1"]])
    needed = 0.9 * metrics["reference_val_accuracy"]
    for step in metrics["steps"]:  # the loop's decision, on the accuracy at probability 0.5
        assert step["accepted"] == (step["val_accuracy"] >= needed), step
    assert metrics["val_accuracy"] > 0.8  # a tagger, not a coin: the classes are separable


def test_the_c_simulation_of_a_sigmoid_classifier_is_compared_at_probability_one_half(
    files, tmp_path, capsys
):
    """The written project's C simulation (g++) gives each sample's probability; its class is the same
    threshold's, and its logits (the Dense's output before hls4ml's sigmoid) are compared with Keras's before
    the sigmoid (`models.user.split_output_activation` makes that a layer of its own)."""
    from fpgaprune.models.load import load_model_file

    out = tmp_path / "out"
    code, printed, err = _optimize(
        files, capsys, "int", "--budget", "dsp=100000", "--hls", "--csim-samples", "60", "--out", str(out)
    )
    assert code == 0, err
    csim = json.loads((out / "hls" / "hls_metrics.json").read_text())
    with np.load(files / "int.npz") as arrays:
        x, y = arrays["x_test"][:60], arrays["y_test"][:60]
    assert csim["n_samples"] == 60
    assert csim["keras_accuracy"] == pytest.approx(_accuracy(load_model_file(out / "model.h5"), x, y))
    assert csim["output"]["argmax_agreement"] >= 0.95 and abs(csim["accuracy_diff_points"]) <= 5
    assert csim["logits"]["max_abs_diff"] < 0.25  # logit against logit: a probability against one is not
    assert json.loads(printed)["hls"]["accuracy_diff_points"] == csim["accuracy_diff_points"]


def test_a_regression_metric_keeps_a_sigmoid_output_a_regression(files, tmp_path, capsys):
    code, _, err = _optimize(
        files, capsys, "column", "--metric", "mse", "--budget", "dsp=100000", "--out", str(tmp_path / "o")
    )
    assert code == 0, err
    assert json.loads((tmp_path / "o" / "metrics.json").read_text())["quality"]["metric"] == "mse"


def test_without_a_c_simulation_a_sigmoid_classifiers_keras_accuracy_is_at_probability_one_half():
    """The record of a design whose C simulation is skipped (no g++): its Keras accuracy by the same threshold
    (it was the share of label 0: the argmax of one column)."""
    from fpgaprune.hls.run import _keras_only

    probabilities = np.array([[0.9], [0.2], [0.7], [0.4]])
    record = _keras_only(np.array([1, 0, 0, 0]), probabilities, "no g++")
    assert record["keras_accuracy"] == 0.75 and record["csim"]["status"] == "skipped"


def test_a_qkeras_classifier_ending_in_quantized_sigmoid_is_a_binary_classifier():
    """A QKeras QDense(1, activation=quantized_sigmoid(8)), as the DUNE 8-bit 1D-CNN ends (hls4ml builds it as
    its hard_sigmoid, above 0.5 where its input is above 0): a binary classifier on targets 0 and 1. Until
    2026-12-06 it was refused as "a QActivation output, neither class probabilities nor logits"; a
    quantized_tanh output is still refused, by its quantizer's name."""
    from fpgaprune.compat import keras

    import qkeras

    from fpgaprune.models.user import task_objective

    inputs = keras.Input((6,), name="features")
    hidden = qkeras.QDense(8, kernel_quantizer="quantized_bits(8,0,alpha=1)", name="fc1")(inputs)

    def ending(activation: str):
        weights = "quantized_bits(8,0,alpha=1)"
        out = qkeras.QDense(1, kernel_quantizer=weights, activation=activation, name="out")
        return keras.Model(inputs, out(hidden))

    objective = task_objective(ending("quantized_sigmoid(8)"), np.array([0, 1, 1, 0]), None, None)
    assert objective.task == "classification" and objective.ends_in_probabilities
    with pytest.raises(ValueError, match=r"^model '\w+' ends in a quantized_tanh output, neither class"):
        task_objective(ending("quantized_tanh(8)"), np.array([0, 1, 1, 0]), "classification", None)
