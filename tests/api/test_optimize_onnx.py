"""`fpgaprune optimize` and `fpgaprune estimate --model` on PyTorch-style networks exported to ONNX
(`models.onnx_file`): the network is read into tf_keras, pruned to the budget of its hls4ml design, simulated
with hls4ml's C simulation, and written back as model.onnx in the file's own form, which ONNX's reference
implementation runs to the pruned Keras model's outputs. The files are written with `onnx.helper` as
`torch.onnx.export` writes an MLP of Linear, ReLU, BatchNorm1d and LeakyReLU layers (Gemm nodes of transposed
weights) and a Conv1d tagger (channels first), with the weights of tf_keras models of the same layers trained
here."""

import json

import numpy as np
import onnx
import pytest
import yaml
from onnx import numpy_helper

from fpgaprune.cli import main

from ..models.test_onnx_file import CLASSES, HIDDEN, N_IN, cnn1d, gemm_mlp
from .generated import fast_pruning, hls_config, on_grid, splits

pytestmark = pytest.mark.slow
SPLITS = splits(600)


def _trained_weights(x, y) -> dict[str, np.ndarray]:
    """A tf_keras MLP of gemm_mlp's layers trained on (x, y), its weights by PyTorch's names and shapes."""
    from fpgaprune.compat import keras

    from fpgaprune.train import set_seed

    set_seed(3)
    inputs = keras.Input((N_IN,))
    h = keras.layers.Dense(HIDDEN, activation="relu", name="fc1")(inputs)
    h = keras.layers.BatchNormalization(epsilon=1e-3, name="bn")(h)
    h = keras.layers.LeakyReLU(0.2)(keras.layers.Dense(HIDDEN, name="fc2")(h))
    model = keras.Model(inputs, keras.layers.Dense(CLASSES, activation="softmax", name="out")(h))
    weights = _fitted_pytorch_weights(model, x, y, 0.01, ("fc1", "fc2", "out"))
    gamma, beta, mean, variance = model.get_layer("bn").get_weights()
    return weights | {
        "bn.weight": gamma,
        "bn.bias": beta,
        "bn.running_mean": mean,
        "bn.running_var": variance,
    }


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    root = tmp_path_factory.mktemp("onnx")
    rng = np.random.default_rng(5)
    x = on_grid(rng.uniform(-2, 2, size=(800, N_IN)))
    y = np.argmax(x @ np.random.default_rng(6).normal(size=(N_IN, CLASSES)), axis=1)
    arrays = {}
    for split, rows in SPLITS.items():
        arrays |= {f"x_{split}": x[rows], f"y_{split}": y[rows]}
    np.savez(root / "jets.npz", **arrays)
    gemm_mlp(root / "tagger.onnx", _trained_weights(x[SPLITS["train"]], y[SPLITS["train"]]))
    (root / "hls.yml").write_text(yaml.safe_dump(hls_config("ap_fixed<18,8>")))
    return root


def test_an_onnx_mlp_is_pruned_simulated_and_written_back_as_onnx(files, tmp_path, capsys):
    from onnx.reference import ReferenceEvaluator

    from fpgaprune.models.load import load_model_file

    out = tmp_path / "out"
    code = main(
        [
            "optimize", "--model", str(files / "tagger.onnx"), "--data", str(files / "jets.npz"),
            "--hls-config", str(files / "hls.yml"), "--budget", "dsp=0.5", "--rtol", "0.9",
            "--pruning", fast_pruning(0.25), "--epochs-per-step", "2", "--seed", "2", "--hls",
            "--csim-samples", "50", "--json", "--out", str(out),
        ]
    )  # fmt: skip
    printed = capsys.readouterr()
    assert code == 0, printed.err
    summary = json.loads(printed.out)
    assert summary["reached_target"] > 0 and summary["val_accuracy"] > 0.5
    pruned = load_model_file(out / "model.h5")
    x = np.load(files / "jets.npz")["x_test"]
    session = ReferenceEvaluator(str(out / "model.onnx"))
    onnx_outputs = np.concatenate([session.run(None, {"input": row[None]})[0] for row in x])
    assert np.abs(onnx_outputs - pruned.predict(x, verbose=0)).max() < 1e-5
    stored = {t.name: numpy_helper.to_array(t) for t in onnx.load(str(out / "model.onnx")).graph.initializer}
    with np.load(out / "masks.npz") as masks:
        for name in masks.files:  # a weight pruned in the design is an exact zero in the file
            assert np.array_equal(stored[f"{name}.weight"].T != 0, masks[name]), name
    csim = json.loads((out / "hls" / "hls_metrics.json").read_text())
    assert csim["csim"]["status"] == "ok" and csim["output"]["argmax_agreement"] >= 0.95


def test_estimate_model_reads_an_onnx_file_as_optimize_does(files, capsys):
    assert (
        main(
            [
                "estimate",
                "--model",
                str(files / "tagger.onnx"),
                "--hls-config",
                str(files / "hls.yml"),
                "--json",
            ]
        )
        == 0
    )
    estimate = json.loads(capsys.readouterr().out)
    assert list(estimate["layers"]) == ["fc1", "fc2", "out"]  # named by the PyTorch modules
    assert set(estimate["activations"]) == {"act1", "bn", "act2", "softmax"}


STEPS, FEATURES = 20, 3


def _trained_cnn_weights(x, y) -> dict[str, np.ndarray]:
    """A tf_keras Conv1D tagger of cnn1d's layers trained on channels-last (x, y), its weights by PyTorch's
    names and shapes ((out, in, kernel) convolutions, (out, in) linear)."""
    from fpgaprune.compat import keras

    from fpgaprune.train import set_seed

    set_seed(4)
    inputs = keras.Input((STEPS, FEATURES))
    h = keras.layers.Conv1D(6, 5, padding="same", activation="relu", name="conv1")(inputs)
    h = keras.layers.AveragePooling1D(2)(h)
    h = keras.layers.Conv1D(8, 3, activation="relu", name="conv2")(h)
    h = keras.layers.GlobalAveragePooling1D()(h)
    model = keras.Model(inputs, keras.layers.Dense(CLASSES, activation="softmax", name="fc")(h))
    return _fitted_pytorch_weights(model, x, y, 0.02, ("conv1", "conv2", "fc"))


def _fitted_pytorch_weights(model, x, y, rate: float, names) -> dict[str, np.ndarray]:
    """`model` trained on (x, y); the kernels and biases of the layers `names` as PyTorch holds them: a
    Dense's (out, in), a Conv1D's (out, in, kernel)."""
    from fpgaprune.compat import keras

    model.compile(keras.optimizers.Adam(rate), "sparse_categorical_crossentropy")
    model.fit(x, y, epochs=30, batch_size=50, verbose=0)
    weights = {}
    for name in names:
        kernel, bias = model.get_layer(name).get_weights()
        weights[f"{name}.weight"] = kernel.T if kernel.ndim == 2 else kernel.transpose(2, 1, 0)
        weights[f"{name}.bias"] = bias
    return weights


@pytest.fixture(scope="module")
def cnn_files(tmp_path_factory):
    """A Conv1D tagger's ONNX file, and its data channels last (as the model fpgaprune reads takes it) and
    channels first (as PyTorch gives it)."""
    root = tmp_path_factory.mktemp("onnx_cnn")
    rng = np.random.default_rng(7)
    x = on_grid(rng.uniform(-1, 1, size=(800, STEPS, FEATURES)))
    y = np.argmax(x.mean(axis=1) @ np.random.default_rng(8).normal(size=(FEATURES, CLASSES)), axis=1)
    for layout, moved in (("last", x), ("first", np.moveaxis(x, -1, 1))):
        arrays = {}
        for split, rows in SPLITS.items():
            arrays |= {f"x_{split}": moved[rows], f"y_{split}": y[rows]}
        np.savez(root / f"channels_{layout}.npz", **arrays)
    cnn1d(root / "tagger.onnx", _trained_cnn_weights(x[SPLITS["train"]], y[SPLITS["train"]]))
    (root / "hls.yml").write_text(yaml.safe_dump(hls_config("ap_fixed<18,8>")))
    return root


def _optimize_cnn(root, data: str, out) -> int:
    return main(
        [
            "optimize", "--model", str(root / "tagger.onnx"), "--data", str(root / data),
            "--hls-config", str(root / "hls.yml"), "--budget", "dsp=0.5", "--rtol", "0.9",
            "--pruning", fast_pruning(0.25), "--epochs-per-step", "2", "--seed", "2", "--hls",
            "--csim-samples", "50", "--json", "--out", str(out),
        ]
    )  # fmt: skip


def test_a_conv1d_network_is_pruned_channels_last_and_written_back_channels_first(
    cnn_files, tmp_path, capsys
):
    """The design reads channels last, as hls4ml builds it; data given channels first (PyTorch's order) is
    refused in one line before training, naming np.moveaxis; model.onnx keeps PyTorch's order."""
    from onnx.reference import ReferenceEvaluator

    from fpgaprune.models.load import load_model_file

    assert _optimize_cnn(cnn_files, "channels_first.npz", tmp_path / "refused") == 2
    error = capsys.readouterr().err
    assert "x_train has samples of shape (3, 20) but the model takes (20, 3) (channels first" in error
    assert "np.moveaxis(x, 1, -1)" in error and not (tmp_path / "refused").exists()
    out = tmp_path / "out"
    assert _optimize_cnn(cnn_files, "channels_last.npz", out) == 0, capsys.readouterr().err
    summary = json.loads(capsys.readouterr().out)
    assert summary["reached_target"] > 0 and summary["val_accuracy"] > 0.5
    x_first = np.load(cnn_files / "channels_first.npz")["x_test"]
    session = ReferenceEvaluator(str(out / "model.onnx"))
    onnx_outputs = session.run(None, {"x": x_first})[0]
    pruned = load_model_file(out / "model.h5").predict(np.moveaxis(x_first, 1, -1), verbose=0)
    assert np.abs(onnx_outputs - pruned).max() < 1e-5
    csim = json.loads((out / "hls" / "hls_metrics.json").read_text())
    assert csim["csim"]["status"] == "ok" and csim["output"]["argmax_agreement"] >= 0.95
