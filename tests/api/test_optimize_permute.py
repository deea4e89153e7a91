"""`fpgaprune optimize --hls` on a model shaped like the CMS L1 interaction-network jet taggers (JetID-L1's
QInteractionNetwork_Conv1D): Permute layers swap the particle and feature axes around pointwise Conv1D
layers, and a Conv1D of trainable=False holds a fixed 0/1 receiver matrix. Until 2026-12-06 such a model
was refused at its Permute. The Permute is carried (hls4ml 1.3's nnet::transpose); the fixed matrix is
costed and never pruned (`config.types._trainable_scope`). 8 particles of 3 features, generated jets."""

import json
import logging

import numpy as np
import pytest
import yaml

from fpgaprune.cli import main

from .generated import fast_pruning, hls_config

pytestmark = pytest.mark.slow
HLS = hls_config()
FAST = fast_pruning(0.25)
PARTICLES, EDGES = 8, 12


def _receivers() -> np.ndarray:
    """A fixed (particles x edges) 0/1 matrix: edge e received by particle e % PARTICLES."""
    matrix = np.zeros((PARTICLES, EDGES), np.float32)
    matrix[np.arange(EDGES) % PARTICLES, np.arange(EDGES)] = 1
    return matrix


def _model(keras):
    particles = keras.Input((PARTICLES, 3), name="particles")
    by_feature = keras.layers.Permute((2, 1), name="to_features")(particles)  # (3, PARTICLES)
    receivers = keras.layers.Conv1D(EDGES, 1, use_bias=False, trainable=False, name="receive")
    edges = keras.layers.Permute((2, 1), name="to_edges")(receivers(by_feature))  # (EDGES, 3)
    hidden = keras.layers.Conv1D(8, 1, activation="relu", name="edge_net")(edges)
    flat = keras.layers.Flatten(name="flat")(hidden)
    outputs = keras.layers.Dense(3, activation="softmax", name="classes")(flat)
    model = keras.Model(particles, outputs)
    receivers.set_weights([_receivers()[np.newaxis]])
    return model


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    from fpgaprune.compat import keras

    from fpgaprune.train import set_seed

    root = tmp_path_factory.mktemp("permute")
    set_seed(3)
    rng = np.random.default_rng(3)
    x = (np.round(rng.uniform(-1, 1, size=(700, PARTICLES, 3)) * 256) / 256).astype(np.float32)
    y = np.argmax(x[:, :, 0].reshape(700, -1)[:, :3] + x[:, :3, 1], axis=1)
    splits = {"train": slice(0, 500), "val": slice(500, 600), "test": slice(600, 700)}
    arrays = {f"{a}_{split}": v[rows] for split, rows in splits.items() for a, v in (("x", x), ("y", y))}
    np.savez(root / "jets.npz", **arrays)
    model = _model(keras)
    model.compile(keras.optimizers.Adam(0.01), "sparse_categorical_crossentropy", metrics=["accuracy"])
    model.fit(x[:500], y[:500], epochs=30, batch_size=50, verbose=0)
    model.save(root / "tagger.h5")
    for io_type in ("io_parallel", "io_stream"):
        (root / f"{io_type}.yml").write_text(yaml.safe_dump(HLS | {"IOType": io_type}))
    return root


def _optimize(root, capsys, *args, io_type: str = "io_parallel"):
    code = main(
        [
            "optimize", "--model", str(root / "tagger.h5"), "--data", str(root / "jets.npz"),
            "--hls-config", str(root / f"{io_type}.yml"), "--seed", "2", "--json", *args,
        ]
    )  # fmt: skip
    captured = capsys.readouterr()
    return code, captured.out, captured.err.strip().splitlines()


@pytest.mark.parametrize("io_type", ["io_parallel", "io_stream"])
def test_permute_is_carried_and_a_fixed_layer_kept_as_given(files, tmp_path, capsys, caplog, io_type):
    from fpgaprune.models.load import load_model_file

    out = tmp_path / "out"
    with caplog.at_level(logging.INFO):
        code, printed, err = _optimize(
            files, capsys, "--budget", "dsp=0.5", "--method", "knapsack_dsp", "--rtol", "0.5",
            "--epochs-per-step", "2", "--pruning", FAST, "--hls", "--csim-samples", "100", "--out", str(out),
            io_type=io_type,
        )  # fmt: skip
    assert code == 0, err
    summary = json.loads(printed)
    assert summary["reached_target"] > 0
    pruned = load_model_file(out / "model.h5")
    assert np.array_equal(pruned.get_layer("receive").get_weights()[0][0], _receivers())  # kept as given
    with np.load(out / "masks.npz") as masks:
        assert masks["receive"].all() and not masks["classes"].all()  # only the trainable ones pruned
    assert any(
        r.getMessage() == "layers receive are trainable=False: kept as given and costed, not pruned "
        "(pruning.layers: edge_net, classes)"
        for r in caplog.records
    )
    top = (out / "hls" / "project" / "firmware" / "myproject.cpp").read_text()
    assert top.count("nnet::transpose") == 2
    csim = json.loads((out / "hls" / "hls_metrics.json").read_text())
    assert csim["n_samples"] == 100 and csim["csim"]["status"] == "ok"
    assert csim["output"]["argmax_agreement"] >= 0.97  # the design computes what Keras computes


def test_naming_a_fixed_layer_to_prune_is_refused_before_any_training(files, tmp_path, capsys):
    code, _, err = _optimize(
        files, capsys, "--budget", "dsp=0.5", "--pruning", "{layers: [receive, classes]}",
        "--out", str(tmp_path / "o"),
    )  # fmt: skip
    assert code == 2 and not (tmp_path / "o").exists()
    assert err[-1] == (
        "fpgaprune optimize: error: pruning.layers names 'receive', a layer of trainable=False: fine-tuning "
        "cannot change it, so nothing a pruning step removes there would be recovered; leave it out of "
        "pruning.layers or make it trainable"
    )


def test_a_permute_hls4ml_folds_into_a_dense_is_refused_under_io_parallel():
    """Permute((2, 1, 3)) -> Flatten -> Dense: hls4ml 1.3 removes the Permute and reorders the Dense's
    weights as for Permute((3, 1, 2)), so it computes something else than Keras (max |diff| 2.8 on a Dense
    of 5 outputs, hls4ml 1.3, 2026-12-06; Permute((2, 3, 1)) 2.6, Permute((3, 1, 2)) 0.001); under
    io_stream it keeps the transpose."""
    from fpgaprune.compat import keras

    from fpgaprune.models.user import permute_refusal

    maps = keras.Input((4, 3, 2), name="maps")
    permuted = keras.layers.Permute((2, 1, 3), name="swap")(maps)
    flat = keras.layers.Dropout(0.1, name="drop")(keras.layers.Flatten(name="flat")(permuted))
    model = keras.Model(maps, keras.layers.Dense(5, name="out")(flat))
    assert permute_refusal(model, "io_stream") is None
    assert permute_refusal(model, "io_parallel") == (
        "layer 'swap' is a Permute before a Flatten and the Dense 'out', which hls4ml 1.3 builds under "
        "io_parallel without the Permute, reordering the Dense's weights (rightly only for a swap of two "
        "axes or Permute((3, 1, 2))), so its multipliers would not hold the weights fpgaprune prunes "
        "together: permute the data before the model instead, or use io_stream"
    )


def test_a_permute_read_by_a_folded_flatten_and_another_layer_is_refused():
    """hls4ml 1.3's `RemoveTransposeBeforeFlatten` removes the transpose for the Flatten -> Dense and points
    its other readers (here a Conv1D) at its input: they read the data unpermuted (argmax agreement 0.6)."""
    from fpgaprune.compat import keras

    from fpgaprune.models.user import permute_refusal

    hits = keras.Input((4, 4), name="hits")
    permuted = keras.layers.Permute((2, 1), name="swap")(hits)
    dense = keras.layers.Dense(3, name="dense")(keras.layers.Flatten(name="flat")(permuted))
    conv = keras.layers.Flatten(name="flat_conv")(keras.layers.Conv1D(2, 1, name="conv")(permuted))
    model = keras.Model(hits, keras.layers.Concatenate(name="join")([dense, conv]))
    assert permute_refusal(model, "io_parallel").startswith(
        "layer 'swap' is a Permute before a Flatten and the Dense 'dense'"
    )


@pytest.mark.parametrize("dims", [(3, 2, 1), (2, 3, 1)])
def test_a_permute_of_an_input_of_one_channel_is_refused_under_io_parallel(dims):
    """hls4ml 1.3's `RemoveSingleChannelTranspose` removes a Transpose of an input whose first axis is 1 and
    moves that axis to the end: wrong for Permute((3, 2, 1)) (logits off Keras's by up to 20), right for
    Permute((2, 3, 1)) but then its reader reads the input port, which the estimate does not cost so."""
    from fpgaprune.compat import keras

    from fpgaprune.models.user import permute_refusal

    image = keras.Input((1, 4, 5), name="image")
    permuted = keras.layers.Permute(dims, name="to_last")(image)
    model = keras.Model(
        image, keras.layers.Dense(3, name="out")(keras.layers.Conv2D(2, 1, name="conv")(permuted))
    )
    shape = tuple(model.get_layer("to_last").output.shape[1:])
    assert permute_refusal(model, "io_stream") is None
    assert permute_refusal(model, "io_parallel") == (
        "layer 'to_last' is a Permute of the model input of shape (1, 4, 5), whose first axis of length 1 "
        "hls4ml 1.3 removes under io_parallel (it moves that axis to the end, whatever the Permute does): "
        f"give the data in the permuted shape {shape} and leave the Permute out, or use io_stream"
    )


def test_hls4ml_s_own_loop_is_refused_for_a_fixed_layer(files, tmp_path, capsys):
    code, _, err = _optimize(
        files, capsys, "--budget", "dsp=0.5", "--method", "hls4ml_dsp_aware", "--out", str(tmp_path / "o")
    )
    assert code == 2
    assert err[-1] == (
        "fpgaprune optimize: error: method hls4ml_dsp_aware: hls4ml's own loop prunes every Dense and "
        "convolution layer, 'receive' of trainable=False too, which fine-tuning cannot change: use a "
        "knapsack method (knapsack_dsp_bram, knapsack_dsp, ...), which keeps such layers as given"
    )
