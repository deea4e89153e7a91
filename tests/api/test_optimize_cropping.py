"""Cropping1D and Cropping2D are carried (hls4ml 1.3's nnet::cropping1d_cl / cropping2d_cl, io_parallel and
io_stream), as a U-Net or an autoencoder crops its decoder's maps; until 2026-12-06 they were refused. Their
cost: io_parallel wires, io_stream the zero padding's rule over the words they read (`core.hardware.moreops`;
no stored report has a cropping)."""

import json

import numpy as np
import pytest
import yaml

from fpgaprune.cli import main

from .generated import fast_pruning, hls_config

HLS = hls_config()
FAST = fast_pruning(0.25)


def _maps_model(keras):
    maps = keras.Input((8, 8, 1), name="maps")
    hidden = keras.layers.Conv2D(4, 3, padding="same", activation="relu", name="encode")(maps)
    cropped = keras.layers.Cropping2D(((1, 0), (0, 2)), name="crop")(hidden)  # (7, 6, 4)
    hidden = keras.layers.Conv2D(3, 1, activation="relu", name="mix")(cropped)
    flat = keras.layers.Flatten(name="flat")(hidden)
    return keras.Model(maps, keras.layers.Dense(3, activation="softmax", name="classes")(flat))


def _trace_model(keras):
    trace = keras.Input((12, 2), name="trace")
    hidden = keras.layers.Conv1D(4, 3, activation="relu", name="encode")(trace)
    cropped = keras.layers.Cropping1D((2, 1), name="crop")(hidden)  # (7, 4)
    flat = keras.layers.Flatten(name="flat")(cropped)
    return keras.Model(trace, keras.layers.Dense(3, activation="softmax", name="classes")(flat))


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    from fpgaprune.compat import keras

    from fpgaprune.train import set_seed

    root = tmp_path_factory.mktemp("cropping")
    set_seed(4)
    rng = np.random.default_rng(4)
    x = (np.round(rng.uniform(-1, 1, size=(600, 8, 8, 1)) * 64) / 64).astype(np.float32)
    y = np.argmax(x[:, 2:5, 1:4, 0].reshape(600, 3, 3).sum(axis=2), axis=1)
    splits = {"train": slice(0, 400), "val": slice(400, 500), "test": slice(500, 600)}
    arrays = {f"{a}_{split}": v[rows] for split, rows in splits.items() for a, v in (("x", x), ("y", y))}
    np.savez(root / "maps.npz", **arrays)
    model = _maps_model(keras)
    model.compile(keras.optimizers.Adam(0.01), "sparse_categorical_crossentropy", metrics=["accuracy"])
    model.fit(x[:400], y[:400], epochs=20, batch_size=50, verbose=0)
    model.save(root / "maps.h5")
    for io_type in ("io_parallel", "io_stream"):
        (root / f"{io_type}.yml").write_text(yaml.safe_dump(HLS | {"IOType": io_type}))
    return root


@pytest.mark.slow
@pytest.mark.parametrize("io_type", ["io_parallel", "io_stream"])
def test_a_cropping_is_carried_and_the_design_computes_what_keras_does(files, tmp_path, capsys, io_type):
    out = tmp_path / "out"
    code = main(
        [
            "optimize", "--model", str(files / "maps.h5"), "--data", str(files / "maps.npz"),
            "--hls-config", str(files / f"{io_type}.yml"), "--seed", "2", "--json", "--budget", "dsp=0.5",
            "--rtol", "0.5", "--epochs-per-step", "2", "--pruning", FAST, "--hls", "--csim-samples", "100",
            "--out", str(out),
        ]
    )  # fmt: skip
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert json.loads(captured.out)["reached_target"] > 0
    top = (out / "hls" / "project" / "firmware" / "myproject.cpp").read_text()
    assert top.count("nnet::cropping2d_cl") == 1
    csim = json.loads((out / "hls" / "hls_metrics.json").read_text())
    assert csim["n_samples"] == 100 and csim["csim"]["status"] == "ok"
    assert csim["output"]["argmax_agreement"] >= 0.97


@pytest.mark.parametrize("io_type", ["io_parallel", "io_stream"])
def test_a_written_project_s_cropping_is_estimated_with_its_warning(tmp_path, io_type):
    """hls4ml's own project of a Conv1D -> Cropping1D((2, 1)) -> Dense model: the cropping's row is wires in
    io_parallel; in io_stream it reads the 10 words the Conv1D writes, one a cycle, by the zero padding's
    rule (Vitis HLS, the backend's tool: 13 cycles beyond the words)."""
    from fpgaprune.compat import keras

    import hls4ml

    from fpgaprune.core.hardware.glue import estimate_project
    from fpgaprune.core.hardware.padding import ZERO_PADDING_CONSTANTS

    model = _trace_model(keras)
    config = hls4ml.utils.config_from_keras_model(model, granularity="name")
    project = tmp_path / "prj"
    hls4ml.converters.convert_from_keras_model(
        model, hls_config=config, output_dir=str(project), backend="Vitis", io_type=io_type
    ).write()
    result = estimate_project(project)
    crop = result["activations"]["crop"]
    warning = next(line for line in result["warnings"] if line.startswith("crop: "))
    assert "nnet::cropping1d_cl" in warning and "no stored report has a cropping" in warning
    if io_type == "io_parallel":
        assert (crop["lut"], crop["ff"], crop["latency_cycles"]) == (0, 0, 0)
        return
    assert crop["latency_cycles"] == crop["ii"] == 10 + ZERO_PADDING_CONSTANTS["vitis"]["latency_fixed"]
    assert crop["lut"] == ZERO_PADDING_CONSTANTS["vitis"]["lut"]["fixed"] and crop["dsp"] == 0


def test_a_cropping_s_reads_by_loop():
    """nnet_cropping_stream.h: 1D discards crop_left words, copies the rest of the kept width, discards
    crop_right; 2D discards crop_top rows of in_width words, reads out_height rows of in_width words (their
    left crop, kept and right crop words), discards crop_bottom rows."""
    from fpgaprune.core.hardware.moreops import _cropping_reads

    assert _cropping_reads("cropping1d_cl", {"crop_left": 2, "crop_right": 1, "in_width": 10}) == (2, 7, 1)
    settings = {"crop_top": 1, "crop_bottom": 0, "crop_left": 0, "crop_right": 2, "in_width": 8}
    assert _cropping_reads("cropping2d_cl", settings | {"out_height": 7}) == (8, 56, 0)


@pytest.mark.parametrize("padded", [False, True])
def test_a_cropping_after_an_auto_sum_is_said_to_cast_it_into_the_model_default(caplog, padded):
    """hls4ml 1.3 builds a cropping in its input's type before any `auto` type is inferred and has no rule for
    it afterwards: after a QConv2D's `auto` sum it is the Model default, which the next layer reads (the
    prune side costed that layer at the sum's width until a review, 2026-12-06); one line says so, naming the
    layer whose result type keeps the sum: past a zero padding, which ignores its own (a review's repro)."""
    from fpgaprune.compat import keras

    import hls4ml
    import qkeras

    from fpgaprune.hls.quiet import quietly
    from fpgaprune.models.user import hls_design

    bits = "quantized_bits(8,0,alpha=1)"
    maps = keras.Input((10, 10, 1), name="maps")
    hidden = qkeras.QConv2D(4, 3, kernel_quantizer=bits, bias_quantizer=bits, name="c1")(maps)
    if padded:
        hidden = keras.layers.ZeroPadding2D(1, name="pad")(hidden)
    hidden = keras.layers.Cropping2D(((1, 0), (0, 2)), name="crop")(hidden)
    hidden = qkeras.QConv2D(3, 3, kernel_quantizer=bits, bias_quantizer=bits, name="c2")(hidden)
    flat = keras.layers.Flatten(name="flat")(hidden)
    logits = qkeras.QDense(3, kernel_quantizer=bits, bias_quantizer=bits, name="d")(flat)
    model = keras.Model(maps, keras.layers.Activation("softmax", name="sm")(logits))
    config = quietly(hls4ml.utils.config_from_keras_model, model, granularity="name", backend="Vitis")
    with caplog.at_level("WARNING"):
        design = hls_design(model, {"IOType": "io_parallel", "HLSConfig": config})
    assert design.precisions["c2"].data == "fixed<16,6>"
    (line,) = [r.getMessage() for r in caplog.records if r.getMessage().startswith("crop: ")]
    assert line.startswith("crop: hls4ml 1.3 types this cropping with the Model default ap_fixed<16,6>")
    assert "where c1_linear, which it reads, has the `auto` result ap_fixed<29,12> " in line
