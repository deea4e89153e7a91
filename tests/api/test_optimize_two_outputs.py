"""`fpgaprune optimize` on a model of two outputs (a jet tagger's class head and a regression head on one
trunk, as CMS L1 taggers have them): its data file holds one target array per output (`y_train/cls`,
`y_train/pt`, ...), each output is judged on its own metric and held to rtol of its unpruned value (the run's
quality is the worst output's, relative to the unpruned model's: `core.objective.JointObjective`), and
`--hls` writes an hls4ml project of two output ports whose C simulation (g++) is compared output by output.
Until 2026-12-06 such a model was refused ("fpgaprune prunes models of one output"). A tiny network on 600
generated samples."""

import json

import numpy as np
import pytest
import yaml

from fpgaprune.cli import main
from fpgaprune.models.load import load_model_file

from .generated import fast_pruning, hls_config, on_grid, splits

pytestmark = pytest.mark.slow
HLS = hls_config()
FAST = fast_pruning(0.1)
SPLITS = splits(400)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """A 10-feature trunk with a 3-class softmax head (`cls`) and a 2-value regression head reshaped to
    (2, 1) (`pt`, flattened in the joined rows), trained on rules of the inputs; its data file
    (`y_<split>/<output name>`) and hls.yml."""
    from fpgaprune.compat import keras

    from fpgaprune.train import set_seed

    root = tmp_path_factory.mktemp("two_outputs")
    set_seed(6)
    rng = np.random.default_rng(6)
    x = on_grid(rng.normal(size=(600, 10)))
    classes = np.argmax(x[:, :3], axis=1).astype(np.int64)
    values = np.stack([x[:, 3] + x[:, 4], x[:, 5] - x[:, 6]], axis=1)[..., None].astype(np.float32) / 2
    arrays = {}
    for split, rows in SPLITS.items():
        arrays |= {f"x_{split}": x[rows], f"y_{split}/cls": classes[rows], f"y_{split}/pt": values[rows]}
    np.savez(root / "two.npz", **arrays)
    inputs = keras.Input((10,), name="features")
    trunk = keras.layers.Dense(32, activation="relu", name="fc")(inputs)
    cls = keras.layers.Dense(3, activation="softmax", name="cls")(trunk)
    pt = keras.layers.Reshape((2, 1), name="pt")(keras.layers.Dense(2, name="pt_dense")(trunk))
    model = keras.Model(inputs, [cls, pt])
    model.compile(keras.optimizers.Adam(0.02), ["sparse_categorical_crossentropy", "mse"])
    model.fit(x[:400], [classes[:400], values[:400]], epochs=40, batch_size=50, verbose=0)
    model.save(root / "two.h5")
    (root / "hls.yml").write_text(yaml.safe_dump(HLS))
    return root


def _optimize(root, capsys, *args):
    code = main(
        [
            "optimize", "--model", str(root / "two.h5"), "--data", str(root / "two.npz"),
            "--hls-config", str(root / "hls.yml"), "--seed", "3", "--json", *args,
        ]
    )  # fmt: skip
    captured = capsys.readouterr()
    return code, captured.out, captured.err.strip().splitlines()


def _split(root, split: str):
    with np.load(root / "two.npz") as arrays:
        return arrays[f"x_{split}"], {name: arrays[f"y_{split}/{name}"] for name in ("cls", "pt")}


def test_a_model_of_two_outputs_is_pruned_judged_per_output_and_simulated_on_both(
    files, tmp_path, capsys, caplog
):
    from fpgaprune.models.load import load_model_file

    out = tmp_path / "out"
    caplog.set_level("INFO")
    code, printed, err = _optimize(
        files, capsys, "--budget", "dsp=0.3", "--method", "knapsack_dsp", "--rtol", "0.5",
        "--epochs-per-step", "6", "--pruning", FAST, "--hls", "--csim-samples", "60", "--out", str(out),
    )  # fmt: skip
    assert code == 0, err
    summary, metrics = json.loads(printed), json.loads((out / "metrics.json").read_text())
    pruned = load_model_file(out / "model.h5")
    assert len(pruned.outputs) == 2  # the user's two outputs, not the joined model fpgaprune pruned
    x_val, y_val = _split(files, "val")
    cls, pt = pruned.predict(x_val, verbose=0)
    accuracy = float(np.mean(np.argmax(cls, axis=1) == y_val["cls"]))
    mse = float(np.mean(np.square(pt - y_val["pt"])))
    outputs = metrics["outputs"]
    assert outputs["cls"]["val"] == pytest.approx(accuracy) and outputs["pt"]["val"] == pytest.approx(mse)
    relative = min(accuracy / outputs["cls"]["reference_val"], outputs["pt"]["reference_val"] / mse)
    assert metrics["val_relative_quality"] == pytest.approx(relative) == summary["val_relative_quality"]
    assert metrics["quality"]["outputs"][1]["task"] == "regression" and summary["outputs"] == outputs
    # on test, relative to the unpruned model's test values (to 4 digits, as the run's identity holds them)
    x_test, y_test = _split(files, "test")
    unpruned_cls, unpruned_pt = load_model_file(files / "two.h5").predict(x_test, verbose=0)
    unpruned = {
        "cls": np.mean(np.argmax(unpruned_cls, axis=1) == y_test["cls"]),
        "pt": np.mean(np.square(unpruned_pt - y_test["pt"])),
    }
    for name, value in unpruned.items():
        assert outputs[name]["reference_test"] == pytest.approx(value, rel=1e-3)
    tested = min(
        outputs["cls"]["test"] / outputs["cls"]["reference_test"],
        outputs["pt"]["reference_test"] / outputs["pt"]["test"],
    )
    assert metrics["relative_quality"] == pytest.approx(tested)
    with np.load(out / "masks.npz") as masks:
        assert summary["reached_target"] > 0 and not all(mask.all() for mask in masks.values())
        assert set(masks.files) == {"fc", "cls", "pt_dense"}
    csim = json.loads((out / "hls" / "hls_metrics.json").read_text())
    assert csim["csim"]["status"] == "ok" and csim["n_samples"] == 60
    keras_cls, keras_pt = pruned.predict(x_test[:60], verbose=0)
    assert csim["outputs"]["cls"]["keras"] == pytest.approx(
        np.mean(np.argmax(keras_cls, 1) == y_test["cls"][:60])
    )
    keras_mse = np.mean(np.square(keras_pt - y_test["pt"][:60]))
    assert csim["outputs"]["pt"]["keras"] == pytest.approx(keras_mse)
    assert csim["outputs"]["cls"]["hls"] >= csim["outputs"]["cls"]["keras"] - 0.05
    assert csim["outputs"]["pt"]["hls"] == pytest.approx(csim["outputs"]["pt"]["keras"], rel=0.2, abs=1e-3)
    assert csim["output"]["max_abs_diff"] < 0.2
    # the simulated test samples are judged against the unpruned model's test values, as metrics.json is
    keras_relative = min(
        csim["outputs"]["cls"]["keras"] / outputs["cls"]["reference_test"],
        outputs["pt"]["reference_test"] / csim["outputs"]["pt"]["keras"],
    )
    assert csim["keras_relative_quality"] == pytest.approx(keras_relative)
    assert summary["hls"]["outputs"] == csim["outputs"]
    last = caplog.records[-1].getMessage()  # the last line names each output's value and its unpruned one
    assert (
        f"cls accuracy {outputs['cls']['val']:.4g} (unpruned {outputs['cls']['reference_val']:.4g})" in last
    )


def test_the_python_api_takes_two_outputs_targets_as_a_list_or_a_dict_by_name_alike(files, tmp_path):
    """The same targets, as a list in output order or a dict by output name, are the same run; run again
    with its checkpoints, a finished run's result is taken as it is (the model of two outputs)."""
    import fpgaprune

    (x_train, y_train), (x_val, y_val) = _split(files, "train"), _split(files, "val")
    by_name = {"pt": y_train["pt"], "cls": y_train["cls"]}
    results = []
    for form, targets in (("list", [y_train["cls"], y_train["pt"]]), ("dict", by_name), ("dict", by_name)):
        result = fpgaprune.optimize(
            model=str(files / "two.h5"), train=(x_train, targets), validation=(x_val, y_val),
            hls_config=HLS, budget={"dsp": 0.3}, method="knapsack_dsp", rtol=0.5, epochs_per_step=2,
            pruning=yaml.safe_load(FAST), seed=4, checkpoint_dir=tmp_path / form,
        )  # fmt: skip
        results.append(result)
    assert all(np.array_equal(results[0].masks[name], results[1].masks[name]) for name in results[0].masks)
    assert (
        results[0].summary()["outputs"] == results[1].summary()["outputs"] == results[2].summary()["outputs"]
    )
    assert [r.complete_before for r in results] == [False, False, True] and len(results[2].model.outputs) == 2


@pytest.mark.parametrize(
    "targets, message",
    [
        (lambda y: {"cls": y["cls"]}, r"^y_train: targets of outputs cls; the model's outputs are cls, pt"),
        (lambda y: y["cls"], r"^y_train: one array for a model of 2 outputs \(cls, pt\)"),
        (
            lambda y: {"cls": y["cls"], "pt": y["pt"][:, :1]},
            r"^output pt: model 'pt' does not end in a softmax and y_train holds float32 of shape \(1, 1\)",
        ),
    ],
    ids=["missing output", "one array", "wrong shape"],
)
def test_targets_that_do_not_fit_the_outputs_are_one_line_before_any_training(files, targets, message):
    import fpgaprune

    (x_train, y_train), (x_val, y_val) = _split(files, "train"), _split(files, "val")
    with pytest.raises(ValueError, match=message):
        fpgaprune.optimize(
            model=str(files / "two.h5"), train=(x_train, targets(y_train)), validation=(x_val, y_val),
            hls_config=HLS, budget={"dsp": 0.5}, method="knapsack_dsp",
        )  # fmt: skip


@pytest.mark.parametrize(
    "settings, message",
    [
        (
            {"metric": {"eta": "mae"}},
            r"^metric of eta: the model's outputs are cls, pt; give metric by output",
        ),
        ({"metric": {"pt": "mape"}}, r"^output pt: metric 'mape': steps are accepted on validation"),
        ({"metric": {"cls": "mae"}}, r"^output cls: metric 'mae' with a model ending in a softmax"),
    ],
    ids=["no such output", "no such metric", "a metric its output cannot take"],
)
def test_a_metric_per_output_that_names_no_output_or_does_not_fit_is_one_line(files, settings, message):
    import fpgaprune

    (x_train, y_train), (x_val, y_val) = _split(files, "train"), _split(files, "val")
    with pytest.raises(ValueError, match=message):
        fpgaprune.optimize(
            model=str(files / "two.h5"), train=(x_train, y_train), validation=(x_val, y_val),
            hls_config=HLS, budget={"dsp": 0.5}, method="knapsack_dsp", **settings,
        )  # fmt: skip


def test_each_output_takes_its_own_metric_the_others_inferred(files, tmp_path, capsys):
    """`--metric pt=mae`: the regression head is judged and fine-tuned on its mae, the class head's accuracy
    inferred; `--metric` of one value still applies to all (and mse is refused for the softmax head)."""
    code, _, err = _optimize(
        files, capsys, "--budget", "dsp=0.3", "--method", "knapsack_dsp", "--rtol", "0.5",
        "--epochs-per-step", "1", "--pruning", FAST, "--metric", "pt=mae", "--out", str(tmp_path / "out"),
    )  # fmt: skip
    assert code == 0, err
    metrics = json.loads((tmp_path / "out" / "metrics.json").read_text())
    assert [o["metric"] for o in metrics["quality"]["outputs"]] == ["accuracy", "mae"]
    pruned = load_model_file(tmp_path / "out" / "model.h5")
    x_val, y_val = _split(files, "val")
    _, pt = pruned.predict(x_val, verbose=0)
    assert metrics["outputs"]["pt"]["val"] == pytest.approx(np.mean(np.abs(pt - y_val["pt"])), rel=1e-5)
    budget = ["--budget", "dsp=0.3", "--out", str(tmp_path / "again")]
    code, _, err = _optimize(files, capsys, *budget, "--metric", "mse")
    assert code == 2 and "output cls: metric 'mse' with a model ending in a softmax" in err[-1]
    with pytest.raises(SystemExit) as exited:
        _optimize(files, capsys, *budget, "--metric", "pt=mape")
    assert exited.value.code == 2
    assert "'pt=mape': give one of accuracy, mse, mae, or output=value pairs" in capsys.readouterr().err


def test_hls4ml_s_own_loop_is_refused_for_two_outputs(files, tmp_path, capsys):
    out = tmp_path / "out"
    code, _, err = _optimize(
        files, capsys, "--budget", "dsp=0.5", "--method", "hls4ml_dsp_aware", "--out", str(out)
    )
    assert code == 2 and not out.exists()
    assert err[-1].startswith(
        "fpgaprune optimize: error: method hls4ml_dsp_aware (hls4ml's own pruning loop)"
    )


def test_a_model_of_one_output_takes_its_targets_by_its_name_too(files):
    """`y_train/<output>` for a model of one output (a dict by name in Python) is its one array; a name
    that is not its output's is one line (it ended in a TypeError from the sample counts)."""
    from fpgaprune.compat import keras

    import fpgaprune
    from fpgaprune.models.load import load_model_file

    two = load_model_file(files / "two.h5")
    one = keras.Model(two.inputs, two.get_layer("cls").output, name="one")
    (x_train, y_train), (x_val, y_val) = _split(files, "train"), _split(files, "val")
    settings = {"hls_config": HLS, "budget": {"dsp": 0.2}, "method": "knapsack_dsp", "epochs_per_step": 1}
    fast = {**settings, "pruning": yaml.safe_load(FAST)}
    result = fpgaprune.optimize(
        one, train=(x_train, {"cls": y_train["cls"]}), validation=(x_val, {"cls": y_val["cls"]}), **fast
    )
    assert "outputs" not in result.metrics and result.metrics["val_accuracy"] > 0.5
    with pytest.raises(ValueError, match=r"^y_train: targets of outputs pt; the model's outputs are cls"):
        fpgaprune.optimize(
            one, train=(x_train, {"pt": y_train["pt"]}), validation=(x_val, y_val["cls"]), **fast
        )
