"""`fpgaprune optimize` on a model shaped like CMS L1 DeepMET (ucsd-hep-ex/L1METML): per-particle features and
an Embedding of each particle's type, a per-particle Dense network giving each particle a weight, the weights
times the particles' momenta, averaged into the missing momentum (a regression of three inputs). The Embedding
is carried unpruned and kept as trained (hls4ml 1.3's nnet::embedding multiplies nothing); until 2026-12-05
such a model was refused ("an Embedding, a weight layer fpgaprune cannot prune"), and a Multiply that
broadcasts, which hls4ml computes otherwise than Keras, was taken. 10 particles, generated events."""

import json
import logging

import numpy as np
import pytest
import yaml

from fpgaprune.cli import main

from .generated import fast_pruning, hls_config, on_grid, splits

pytestmark = pytest.mark.slow
HLS = hls_config()
FAST = fast_pruning(0.25)
SPLITS = splits(500)


def _model(keras, broadcast: bool = False, mask_zero: bool = False):
    cont, kind = keras.Input((10, 3), name="cont"), keras.Input((10,), name="kind")
    pxpy = keras.Input((10, 2), name="pxpy")
    embedded = keras.layers.Embedding(4, 2, name="kind_embedding", mask_zero=mask_zero)(kind)
    joined = keras.layers.Concatenate(name="features")([cont, embedded])
    hidden = keras.layers.Dense(8, activation="relu", name="phi")(joined)
    weight = keras.layers.Dense(1, name="weight")(hidden)  # a weight per particle
    if not broadcast:  # as hls4ml computes it: the weight of each particle beside each of its two momenta
        weight = keras.layers.Concatenate(name="weight_xy")([weight, weight])
    weighted = keras.layers.Multiply(name="weighted")([weight, pxpy])
    return keras.Model([cont, kind, pxpy], keras.layers.GlobalAveragePooling1D(name="met")(weighted))


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """The model trained on events whose target is the mean of the momenta weighted by a rule of the
    features and the particle type; its data file (x_<split>/<input name>) and hls.yml."""
    from fpgaprune.compat import keras

    from fpgaprune.train import set_seed

    root = tmp_path_factory.mktemp("embedding")
    set_seed(6)
    rng = np.random.default_rng(6)
    cont, kinds = on_grid(rng.uniform(-1, 1, size=(700, 10, 3))), rng.integers(0, 4, size=(700, 10))
    pxpy = on_grid(rng.normal(size=(700, 10, 2)))
    weights = (kinds > 0) * (1 + cont[..., :1].squeeze(-1) ** 2)
    met = on_grid(np.mean(weights[..., None] * pxpy, axis=1), 10)
    arrays = {}
    for split, rows in SPLITS.items():
        given = {"cont": cont[rows], "kind": kinds[rows].astype(np.float32), "pxpy": pxpy[rows]}
        arrays |= {f"x_{split}/{name}": value for name, value in given.items()} | {f"y_{split}": met[rows]}
    np.savez(root / "events.npz", **arrays)
    model = _model(keras)
    model.compile(keras.optimizers.Adam(0.01), "mse")
    model.fit([cont[:500], kinds[:500], pxpy[:500]], met[:500], epochs=40, batch_size=50, verbose=0)
    model.save(root / "met.h5")
    for name, variant in (
        ("broadcast", _model(keras, broadcast=True)),
        ("masked", _model(keras, mask_zero=True)),
    ):
        variant.save(root / f"{name}.h5")
    (root / "hls.yml").write_text(yaml.safe_dump(HLS))
    return root


def _optimize(root, capsys, model: str, *args):
    code = main(
        [
            "optimize", "--model", str(root / model), "--data", str(root / "events.npz"),
            "--hls-config", str(root / "hls.yml"), "--seed", "2", "--json", *args,
        ]
    )  # fmt: skip
    captured = capsys.readouterr()
    return code, captured.out, captured.err.strip().splitlines()


def test_the_embedding_is_carried_as_trained_and_the_design_simulates_as_keras(
    files, tmp_path, capsys, caplog
):
    from fpgaprune.models.load import load_model_file

    out = tmp_path / "out"
    with caplog.at_level(logging.WARNING):
        code, printed, err = _optimize(
            files, capsys, "met.h5", "--budget", "dsp=0.5", "--method", "knapsack_dsp", "--rtol", "0.5",
            "--epochs-per-step", "2", "--pruning", FAST, "--hls", "--csim-samples", "50", "--out", str(out),
        )  # fmt: skip
    assert code == 0, err
    summary = json.loads(printed)
    given, pruned = load_model_file(files / "met.h5"), load_model_file(out / "model.h5")
    table = given.get_layer("kind_embedding").get_weights()[0]
    assert np.array_equal(pruned.get_layer("kind_embedding").get_weights()[0], table)  # carried as trained
    with np.load(out / "masks.npz") as masks:
        assert sorted(masks) == ["phi", "weight"] and summary["reached_target"] > 0
    csim = json.loads((out / "hls" / "hls_metrics.json").read_text())
    assert csim["n_samples"] == 50 and csim["csim"]["status"] == "ok"
    assert csim["hls_mse"] == pytest.approx(csim["keras_mse"], rel=0.1)  # the C simulation computes Keras's
    assert csim["keras_mse"] < 0.01 * csim["mse_of_the_mean"] and csim["output"]["max_abs_diff"] < 0.02
    unmodelled = [r.getMessage() for r in caplog.records if "nnet::embedding" in r.getMessage()]
    assert unmodelled == [
        (
            "whole hls4ml project: kind_embedding: hls4ml's nnet::embedding (a layer with weights) is not "
            "modelled; its DSP, BRAM, LUT, FF and latency are not in the totals, which undercount the design"
        )
    ]


def test_a_multiply_that_broadcasts_is_refused_before_any_training(files, tmp_path, capsys):
    """DeepMET's own Multiply of (100, 1) weights by (100, 2) momenta: hls4ml 1.3's io_parallel merge reads
    the weights as a flat array repeated, and its C simulation departed from Keras there (1.7 times Keras's
    rms)."""
    code, _, err = _optimize(
        files, capsys, "broadcast.h5", "--budget", "dsp=0.5", "--out", str(tmp_path / "o")
    )
    assert code == 2 and not (tmp_path / "o").exists()
    assert err[-1].startswith(
        "fpgaprune optimize: error: layer 'weighted' is a Multiply of shapes (10, 1) and (10, 2), which "
        "Keras broadcasts along the axes of length 1 and hls4ml 1.3 does not"
    )


def test_an_embedding_that_masks_is_refused_before_any_training(files, tmp_path, capsys):
    code, _, err = _optimize(files, capsys, "masked.h5", "--budget", "dsp=0.5", "--out", str(tmp_path / "o"))
    assert code == 2
    assert err[-1] == (
        "fpgaprune optimize: error: layer 'kind_embedding' is an Embedding of mask_zero=True, whose mask "
        "Keras carries to the layers after it and hls4ml 1.3 does not build (its design would compute "
        "something else than Keras): build it with mask_zero=False"
    )


def test_hls4ml_s_own_loop_is_refused_for_an_embedding_it_would_train():
    from fpgaprune.compat import keras

    from fpgaprune.models.user import peer_refusal

    kind = keras.Input((10,), name="kind")
    hidden = keras.layers.Flatten(name="flat")(keras.layers.Embedding(4, 2, name="table")(kind))
    model = keras.Model(kind, keras.layers.Dense(3, name="out")(hidden))
    assert peer_refusal(model) == (
        "method hls4ml_dsp_aware trains every weight in hls4ml's own loop, the embedding layer 'table' too, "
        "whose cost fpgaprune reserves as trained: use a knapsack method (knapsack_dsp_bram, knapsack_dsp, "
        "...), which keeps embedding layers as trained"
    )
