"""`fpgaprune optimize` on a regression and an autoencoder: judged on a loss (lower is better), records that
name it, refusals of what does not go together. A tiny Dense network on 300 generated samples."""

import json

import numpy as np
import pytest
import yaml

from fpgaprune.cli import main

from .generated import fast_pruning, hls_config, on_grid

pytestmark = pytest.mark.slow
HLS = hls_config(io_type=None)
FAST = fast_pruning(0.4, final_epochs=0)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """A 6-12-1 regression, a 6-3-6 autoencoder and a 6-12-6 Dense whose sigmoid outputs are reshaped to 2x3
    (trained, saved), their .npz files and hls.yml."""
    from fpgaprune.compat import keras

    from fpgaprune.train import set_seed

    root = tmp_path_factory.mktemp("regression")
    set_seed(2)
    rng = np.random.default_rng(2)
    x = on_grid(rng.normal(size=(300, 6)))
    y = np.tanh(x @ rng.normal(size=6) / 2).astype(np.float32)
    splits = {"train": slice(0, 200), "val": slice(200, 250), "test": slice(250, 300)}
    np.savez(
        root / "reg.npz", **{f"{a}_{s}": v[i] for s, i in splits.items() for a, v in (("x", x), ("y", y))}
    )
    np.savez(root / "ae.npz", **{f"x_{s}": x[i] for s, i in splits.items()})  # no y: the targets are x
    pixels = (1 / (1 + np.exp(-x))).reshape(-1, 2, 3).astype(np.float32)
    pairs = (("x", x), ("y", pixels))
    np.savez(root / "sig.npz", **{f"{a}_{s}": v[i] for s, i in splits.items() for a, v in pairs})
    inputs = keras.Input((6,), name="features")
    hidden = keras.layers.Dense(12, activation="relu", name="fc1")(inputs)
    regression = keras.Model(inputs, keras.layers.Dense(1, name="out")(hidden))
    code = keras.layers.Dense(3, activation="relu", name="encode")(inputs)
    autoencoder = keras.Model(inputs, keras.layers.Dense(6, name="decode")(code))
    decoded = keras.layers.Dense(6, activation="sigmoid", name="decode")(hidden)
    sigmoid = keras.Model(inputs, keras.layers.Reshape((2, 3), name="image")(decoded))
    for model, target in ((regression, y), (autoencoder, x), (sigmoid, pixels)):
        model.compile(keras.optimizers.Adam(0.02), "mse")
        model.fit(x[:200], target[:200], epochs=20, batch_size=50, verbose=0)
    regression.save(root / "reg.h5")
    autoencoder.save(root / "ae.h5")
    sigmoid.save(root / "sig.h5")
    (root / "hls.yml").write_text(yaml.safe_dump(HLS))
    return root


def _optimize(root, capsys, name, *args):
    code = main(
        [
            "optimize",
            "--model",
            str(root / f"{name}.h5"),
            "--data",
            str(root / f"{name}.npz"),
            "--hls-config",
            str(root / "hls.yml"),
            "--seed",
            "3",
            "--json",
            *args,
        ]
    )
    captured = capsys.readouterr()
    return code, captured.out, captured.err.strip().splitlines()


def _keys(record) -> set[str]:
    if isinstance(record, dict):
        return set(record) | {key for value in record.values() for key in _keys(value)}
    if isinstance(record, list):
        return {key for value in record for key in _keys(value)}
    return set()


def test_a_regression_is_pruned_on_its_validation_loss(files, tmp_path, capsys):
    out = tmp_path / "out"
    code, printed, _ = _optimize(
        files, capsys, "reg", "--budget", "dsp=0.4", "--method", "knapsack_dsp", "--rtol", "0.5",
        "--epochs-per-step", "1", "--pruning", FAST, "--out", str(out),
    )  # fmt: skip
    assert code == 0
    summary = json.loads(printed)
    metrics = json.loads((out / "metrics.json").read_text())
    quality = metrics["quality"]
    assert summary["metric"] == "mse" and summary["val_mse"] == metrics["val_mse"] == quality["pruned"]
    assert quality["baseline"] == metrics["reference_val_mse"] and quality["higher_is_better"] is False
    assert not {key for key in _keys(metrics) | set(summary) if "accuracy" in key}
    needed = quality["baseline"] / 0.5
    for step in metrics["steps"]:  # the loop's decision, lower is better
        assert step["accepted"] == (step["val_mse"] is not None and step["val_mse"] <= needed), step
    assert summary["dsp"] == metrics["estimate"]["totals"]["dsp"] and summary["source"] == "estimate"
    if summary["status"] == "ok":
        assert summary["dsp"] <= summary["budget"]["dsp"]


def test_an_autoencoders_targets_are_its_inputs(files, tmp_path, capsys):
    """An .npz without y arrays; the task is inferred (no softmax, float targets of the output's shape). The
    budget is met already: nothing is trained, the unpruned reconstruction loss is recorded."""
    out = tmp_path / "out"
    code, printed, err = _optimize(files, capsys, "ae", "--budget", "dsp=100000", "--out", str(out))
    assert code == 0, err
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["data"]["task"] == "regression" and metrics["quality"]["metric"] == "mse"
    assert (
        metrics["val_mse"] == pytest.approx(metrics["reference_val_mse"])
        and json.loads(printed)["val_mse"] > 0
    )


def test_an_output_activation_of_the_last_dense_is_split_off_and_c_simulated(files, tmp_path, capsys):
    """`Dense(6, activation="sigmoid")` before a Reshape was refused before the run ("give it no activation
    and add Activation('sigmoid') after it"); the sigmoid is now a layer of its own, `decode_sigmoid` as
    hls4ml names it, and the written project's C simulation (g++) is compared with Keras output by output."""
    from fpgaprune.models.load import load_model_file

    out = tmp_path / "out"
    code, printed, err = _optimize(
        files, capsys, "sig", "--budget", "dsp=100000", "--hls", "--csim-samples", "40", "--out", str(out)
    )
    assert code == 0, err
    saved = load_model_file(out / "model.h5")
    assert [layer.name for layer in saved.layers][-3:] == ["decode", "decode_sigmoid", "image"]
    with np.load(files / "sig.npz") as arrays:
        x = arrays["x_test"][:40]
    original = load_model_file(files / "sig.h5")
    np.testing.assert_allclose(saved.predict(x, verbose=0), original.predict(x, verbose=0), rtol=1e-5)
    hls = json.loads(printed)["hls"]
    assert hls["csim"] == "ok" and hls["metric"] == "mse"
    assert (hls["n_samples"], hls["samples"], hls["shortfall"]) == (40, "test", None)
    assert hls["max_abs_diff"] < 0.05  # ap_fixed<16,6> against float, sigmoid by hls4ml's table
    assert hls["hls_mse"] == pytest.approx(hls["keras_mse"], rel=0.5, abs=1e-3)


def test_a_design_its_configured_part_cannot_hold_is_warned_of(files, tmp_path, caplog):
    """The regression's weight layers on the configured Part xc7z007s (66 DSP) under a budget they meet
    already: the run is ok for its budget, and a warning says the design does not fit the chip and how to
    budget it."""
    import logging

    config = {"Part": "xc7z007sclg400-1", "HLSConfig": HLS}
    (tmp_path / "part.yml").write_text(yaml.safe_dump(config))
    args = ["optimize", "--model", str(files / "reg.h5"), "--data", str(files / "reg.npz")]
    args += ["--hls-config", str(tmp_path / "part.yml"), "--budget", "dsp=100000"]
    args += ["--out", str(tmp_path / "o")]
    with caplog.at_level(logging.WARNING, logger="fpgaprune"):
        assert main(args) == 0
    (line,) = [r.getMessage() for r in caplog.records if "does not fit its Part" in r.getMessage()]
    assert line.startswith("the design does not fit its Part xc7z007sclg400-1 (estimate, weight layers: DSP ")
    assert line.endswith("give --part xc7z007sclg400-1 (and --utilization) to prune it to the chip")


@pytest.mark.parametrize(
    ("name", "args", "message"),
    [
        ("reg", ["--task", "classification"], "must hold integer class indices or one-hot rows, not float32"),
        ("ae", ["--task", "regression", "--metric", "accuracy"], "metric 'accuracy' does not go with task"),
        ("int", [], "for a regression or autoencoder give task='regression' (--task regression)"),
        ("int", ["--task", "regression"], "holds int64 values, as class labels do: a regression's targets"),
        ("names", ["--task", "regression"], "class_names given for a regression"),
        ("shape", [], "outputs shape (1,), but the data holds no y arrays, so its targets are its inputs"),
    ],
)
def test_what_does_not_go_together_is_refused_in_one_line(files, tmp_path, capsys, name, args, message):
    with np.load(files / "reg.npz") as data:
        arrays = dict(data)
    np.savez(
        files / "int.npz",
        **{k: (np.round(v).astype(np.int64) if k.startswith("y") else v) for k, v in arrays.items()},
    )
    np.savez(files / "names.npz", **arrays, class_names=np.array(["a"]))
    np.savez(files / "shape.npz", **{k: v for k, v in arrays.items() if k.startswith("x")})  # no y: inputs
    for copy in ("int", "names", "shape"):
        (files / f"{copy}.h5").write_bytes((files / "reg.h5").read_bytes())
    code, _, err = _optimize(
        files, capsys, name, "--budget", "dsp=0.5", "--out", str(tmp_path / "out"), *args
    )
    assert code == 2 and len(err) == 1 and message in err[0], err


def test_a_classifiers_loss_for_a_regression_inferred_from_its_targets_is_refused(files):
    """The loss went unused without a word when the task was inferred, refused only when given (a review,
    2026-12-07)."""
    import fpgaprune

    with np.load(files / "reg.npz") as data:
        pairs = [(data[f"x_{split}"], data[f"y_{split}"]) for split in ("train", "val")]
    with pytest.raises(
        ValueError, match=r"^loss 'categorical_crossentropy': a regression is fine-tuned on its"
    ):
        fpgaprune.optimize(
            files / "reg.h5", *pairs, hls_config=HLS, budget={"dsp": 0.5}, loss="categorical_crossentropy"
        )


def test_targets_the_model_reproduces_exactly_are_refused_before_training(files, tmp_path, capsys):
    """Labelled with the model's own outputs, a regression's validation mse is 0, the bar 0 / rtol is 0, and a
    walk rejected every step after training for each (a NeutDetector model so labelled); now one line before
    any training."""
    from fpgaprune.compat import keras

    model = keras.models.load_model(files / "reg.h5", compile=False)
    arrays = dict(np.load(files / "reg.npz"))
    arrays |= {f"y_{s}": model.predict(arrays[f"x_{s}"], verbose=0)[:, 0] for s in ("train", "val", "test")}
    np.savez(tmp_path / "own.npz", **arrays)
    code = main(
        ["optimize", "--model", str(files / "reg.h5"), "--data", str(tmp_path / "own.npz")]
        + ["--hls-config", str(files / "hls.yml"), "--task", "regression", "--budget", "dsp=0.5"]
        + ["--out", str(tmp_path / "out"), "--pruning", FAST]
    )
    error = capsys.readouterr().err.strip().splitlines()[-1]
    assert (
        code == 2 and "the unpruned model's validation mse is 0" in error and "model's own outputs" in error
    )
    assert not (tmp_path / "out").exists()


def test_a_single_output_design_short_of_keras_says_so_in_its_records(files, tmp_path, capsys):
    """A regression whose outputs (about 40) lie beyond its `fixed<16,6>` (+-32): the C simulation wraps them.
    Only the log said so; `--json` said csim "ok" with an mse of 3466 against Keras's 0.598 and
    hls_metrics.json had no word (a review, 2026-12-07). Both now carry the shortfall and the samples."""
    from fpgaprune.compat import keras

    inputs = keras.Input((6,), name="features")
    model = keras.Model(inputs, keras.layers.Dense(1, name="out")(inputs))
    kernel = np.array([[0.3172], [-0.2814], [0.4463], [0.1937], [-0.3581], [0.2719]], np.float32)
    model.get_layer("out").set_weights([kernel, np.array([40.0], np.float32)])  # products on DSPs
    with np.load(files / "reg.npz") as arrays:
        data = {key: arrays[key] for key in arrays.files if key.startswith("x_")}
    noise = np.random.default_rng(4)
    for split in ("train", "val", "test"):  # Keras fits them within the noise
        fitted = model.predict(data[f"x_{split}"], verbose=0)[:, 0]
        data[f"y_{split}"] = (fitted + noise.normal(0, 0.1, fitted.shape)).astype(np.float32)
    model.save(files / "far.h5")
    np.savez(files / "far.npz", **data)
    out = tmp_path / "out"
    args = ("--budget", "dsp=100000", "--hls", "--csim-samples", "20", "--out", str(out))
    code, printed, err = _optimize(files, capsys, "far", *args)
    assert code == 0, err
    hls = json.loads(printed)["hls"]
    assert (hls["n_samples"], hls["samples"]) == (20, "test")
    assert hls["shortfall"].startswith("mse is ") and hls["hls_mse"] > 100 * max(hls["keras_mse"], 1e-6)
    assert json.loads((out / "hls" / "hls_metrics.json").read_text())["shortfall"] == hls["shortfall"]
