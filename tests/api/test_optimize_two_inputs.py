"""`fpgaprune optimize` on a model of two inputs (a tagger reading track features and tower features, joined
by a Concatenate): its data file holds one array per input (`x_train/tracks`, `x_train/towers`, ...), the
pruning walk trains and judges on both, and `--hls` writes an hls4ml project of two input ports whose C
simulation (g++) reads both. Until 2026-12-05 such a model was refused ("fpgaprune prunes models of one
input"). A tiny network on 600 generated samples."""

import json

import numpy as np
import pytest
import yaml

from fpgaprune.cli import main

from .generated import fast_pruning, hls_config, on_grid, splits

pytestmark = pytest.mark.slow
HLS = hls_config()
FAST = fast_pruning(0.25)
SPLITS = splits(400)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """A tracks (8) + towers (4) -> 3-class softmax model, trained on a rule of both inputs; its data file
    (`x_<split>/<input name>`) and hls.yml."""
    from fpgaprune.compat import keras

    from fpgaprune.train import set_seed

    root = tmp_path_factory.mktemp("two_inputs")
    set_seed(5)
    rng = np.random.default_rng(5)
    tracks, towers = on_grid(rng.normal(size=(600, 8))), on_grid(rng.normal(size=(600, 4)))
    y = np.argmax(tracks[:, :3] + towers[:, :3], axis=1).astype(np.int64)
    arrays = {}
    for split, rows in SPLITS.items():
        arrays |= {
            f"x_{split}/tracks": tracks[rows],
            f"x_{split}/towers": towers[rows],
            f"y_{split}": y[rows],
        }
    np.savez(root / "two.npz", **arrays)
    a, b = keras.Input((8,), name="tracks"), keras.Input((4,), name="towers")
    joined = keras.layers.Concatenate(name="cat")(
        [
            keras.layers.Dense(12, activation="relu", name="da")(a),
            keras.layers.Dense(6, activation="relu", name="db")(b),
        ]
    )
    hidden = keras.layers.Dense(12, activation="relu", name="fc")(joined)
    logits = keras.layers.Dense(3, name="output")(hidden)
    model = keras.Model([a, b], keras.layers.Activation("softmax", name="softmax")(logits))
    model.compile(keras.optimizers.Adam(0.02), "sparse_categorical_crossentropy")
    model.fit([tracks[:400], towers[:400]], y[:400], epochs=30, batch_size=50, verbose=0)
    model.save(root / "two.h5")
    (root / "hls.yml").write_text(yaml.safe_dump(HLS))
    (root / "hls_stream.yml").write_text(yaml.safe_dump({**HLS, "IOType": "io_stream"}))
    return root


def _optimize(root, capsys, *args, config: str = "hls.yml"):
    code = main(
        [
            "optimize", "--model", str(root / "two.h5"), "--data", str(root / "two.npz"),
            "--hls-config", str(root / config), "--seed", "3", "--json", *args,
        ]
    )  # fmt: skip
    captured = capsys.readouterr()
    return code, captured.out, captured.err.strip().splitlines()


def _split(root, split: str):
    with np.load(root / "two.npz") as arrays:
        return [arrays[f"x_{split}/tracks"], arrays[f"x_{split}/towers"]], arrays[f"y_{split}"]


@pytest.mark.parametrize("config", ["hls.yml", "hls_stream.yml"], ids=["io_parallel", "io_stream"])
def test_a_model_of_two_inputs_is_pruned_and_its_project_simulated_on_both(files, tmp_path, capsys, config):
    from fpgaprune.models.load import load_model_file

    out = tmp_path / "out"
    code, printed, err = _optimize(
        files, capsys, "--budget", "dsp=0.5", "--method", "knapsack_dsp", "--rtol", "0.9",
        "--epochs-per-step", "2", "--pruning", FAST, "--hls", "--csim-samples", "60", "--out", str(out),
        config=config,
    )  # fmt: skip
    assert code == 0, err
    summary, metrics = json.loads(printed), json.loads((out / "metrics.json").read_text())
    pruned = load_model_file(out / "model.h5")
    assert pruned.input_names == ["tracks", "towers"]
    x_val, y_val = _split(files, "val")
    accuracy = float(np.mean(np.argmax(pruned.predict(x_val, verbose=0), axis=1) == y_val))
    assert metrics["val_accuracy"] == pytest.approx(accuracy) == summary["val_accuracy"]
    with np.load(out / "masks.npz") as masks:
        assert masks["da"].shape == (8, 12) and masks["db"].shape == (4, 6) and masks["fc"].shape == (18, 12)
        assert summary["reached_target"] > 0 and not all(mask.all() for mask in masks.values())
    top = (out / "hls" / "project" / "firmware" / "myproject.h").read_text()
    assert "model_input_tracks" in top and "model_input_towers" in top  # one port each, by name
    assert ("hls::stream" in top) == (config == "hls_stream.yml")
    csim = json.loads((out / "hls" / "hls_metrics.json").read_text())
    x_test, y_test = _split(files, "test")
    keras_test = float(
        np.mean(np.argmax(pruned.predict([x[:60] for x in x_test], verbose=0), 1) == y_test[:60])
    )
    assert csim["n_samples"] == 60 and csim["keras_accuracy"] == pytest.approx(keras_test)
    assert csim["inputs_representable_fraction"] == 1.0  # both inputs on the input type's grid
    assert csim["output"]["argmax_agreement"] >= 0.95 and csim["logits"]["max_abs_diff"] < 0.25
    assert summary["hls"]["accuracy_diff_points"] == csim["accuracy_diff_points"]


def test_the_python_api_takes_two_inputs_as_a_list_or_a_dict_by_name_alike(files, tmp_path):
    """The same data, as a list in input order or a dict by input name, is the same run: the same masks
    and the same checkpoint identity (a resumed run of either form continues the other's)."""
    import fpgaprune

    (x_train, y_train), (x_val, y_val) = _split(files, "train"), _split(files, "val")
    results = []
    for form in (list, dict):
        train = x_train if form is list else {"towers": x_train[1], "tracks": x_train[0]}
        result = fpgaprune.optimize(
            model=str(files / "two.h5"), train=(train, y_train), validation=(x_val, y_val),
            hls_config=HLS, budget={"dsp": 0.5}, method="knapsack_dsp", rtol=0.9, epochs_per_step=1,
            pruning=yaml.safe_load(FAST), seed=4, checkpoint_dir=tmp_path / form.__name__,
        )  # fmt: skip
        results.append(result)
    assert all(np.array_equal(results[0].masks[name], results[1].masks[name]) for name in results[0].masks)
    identities = [json.loads((tmp_path / form / "identity.json").read_text()) for form in ("list", "dict")]
    assert identities[0]["data_sha256"] == identities[1]["data_sha256"]


def test_an_input_outside_its_type_is_named_by_its_array(files, tmp_path, caplog):
    """The input-range warning is given per input: the towers' values reach 100 against fixed<16,6>'s 32."""
    import fpgaprune

    (x_train, y_train), validation = _split(files, "train"), _split(files, "val")
    towers = x_train[1].copy()
    towers[:5] = 100.0
    with caplog.at_level("WARNING"):
        fpgaprune.optimize(
            model=str(files / "two.h5"), train=([x_train[0], towers], y_train), validation=validation,
            hls_config=HLS, budget={"dsp": 0.1}, method="knapsack_dsp", epochs_per_step=1,
            pruning=yaml.safe_load(FAST),
        )  # fmt: skip
    lines = [record.getMessage() for record in caplog.records if "lie outside" in record.getMessage()]
    assert len(lines) == 1 and lines[0].startswith("x_train/towers: 1.25 % of the input values lie outside")
    assert "(ap_fixed<16,6>, towers's result)" in lines[0]


def test_hls4ml_s_own_loop_is_refused_for_two_inputs_before_any_training(files, tmp_path, capsys):
    """hls4ml 1.3's loop makes one tensor of a batch's inputs and failed after its first knapsack."""
    out = tmp_path / "out"
    code, _, err = _optimize(
        files, capsys, "--budget", "dsp=0.5", "--method", "hls4ml_dsp_aware", "--out", str(out)
    )
    assert code == 2 and not out.exists()
    assert err[-1] == (
        "fpgaprune optimize: error: method hls4ml_dsp_aware: hls4ml's own loop reads one input, and the "
        "model has 2 (tracks, towers): use a knapsack method (knapsack_dsp_bram, knapsack_dsp, ...)"
    )


def test_no_targets_for_two_inputs_is_one_line_as_in_a_file(files):
    """`train=(x, None)` says an autoencoder's targets are its inputs; for two inputs it ended in a NumPy
    error about an inhomogeneous shape."""
    import fpgaprune

    (x_train, _), (x_val, _) = _split(files, "train"), _split(files, "val")
    refusal = r"^no targets given .*model 'model\w*' has 2 inputs: give its targets"
    with pytest.raises(ValueError, match=refusal):
        fpgaprune.optimize(
            model=str(files / "two.h5"), train=(x_train, None), validation=(x_val, None), hls_config=HLS,
            budget={"dsp": 0.5},
        )  # fmt: skip


def test_a_model_calling_a_submodel_twice_is_one_line_with_hls_too(tmp_path):
    """A public ECON-T pair estimator applies one base model to two inputs and averages: `optimize --hls`
    ended in an IndexError before the layers were checked."""
    from fpgaprune.compat import keras

    from fpgaprune.hls.convert import check_convertible

    inner_input = keras.Input((4,), name="wafer")
    base = keras.Model(inner_input, keras.layers.Dense(1, name="fc")(inner_input), name="base_model")
    a, b = keras.Input((4,), name="a"), keras.Input((4,), name="b")
    pair = keras.Model([a, b], keras.layers.Average(name="mean")([base(a), base(b)]), name="pair")
    with pytest.raises(ValueError, match=r"^layer 'base_model' is called 2 times in model 'pair'"):
        check_convertible(pair, classifier=False)
