"""A user's small QKeras network trained, saved and pruned by `fpgaprune optimize --hls` under hls4ml's own
per-name configuration, and the checks of what it writes, shared by the tests of the layers a user's network
may have (test_user_global_pooling2d.py, test_user_merges.py)."""

import json
from pathlib import Path

import numpy as np
import yaml

from fpgaprune.cli import main

WEIGHTS = "quantized_bits(8,1,alpha=1)"
RELU = "quantized_relu(8,3)"
PART = "xcu250-figd2104-2L-e"
SIDE, CHANNELS, CLASSES = 8, 2, 3  # the images' (`images`)
SPLITS = {"train": slice(0, 800), "val": slice(800, 1000), "test": slice(1000, None)}


def images(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Images on the 1/16 grid of the design's fixed<16,6> input: noise in [0, 0.5], class 0 brighter in
    channel 0, class 1 in channel 1, class 2 a checkerboard in channel 0 (which a mean alone does not tell
    from class 0: the convolutions must see it)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, CLASSES, size=n)
    x = rng.integers(0, 9, size=(n, SIDE, SIDE, CHANNELS)) / 16
    checker = np.indices((SIDE, SIDE)).sum(axis=0) % 2
    x[y == 0, :, :, 0] += 0.25
    x[y == 1, :, :, 1] += 0.25
    x[y == 2, :, :, 0] += 0.5 * checker
    return x.astype("float32"), y


def trained(build, data, folder: Path) -> dict:
    """The model `build()` makes (after seeding Keras with 0) trained for 15 epochs on the first 800 of 1200
    samples of `data`, saved as `folder/model.h5` with the data as `folder/data.npz` (800 train, 200 val, 200
    test); hls4ml's per-name configuration of it (`config_from_keras_model`, Vitis) at Model ReuseFactor 1,
    Latency."""
    from fpgaprune.compat import keras

    import hls4ml

    from fpgaprune.hls.quiet import quietly

    keras.utils.set_random_seed(0)
    x, y = data(1200)
    model = build()
    model.compile(keras.optimizers.Adam(0.01), "sparse_categorical_crossentropy", metrics=["accuracy"])
    model.fit(x[SPLITS["train"]], y[SPLITS["train"]], epochs=15, batch_size=64, verbose=0)
    model.save(folder / "model.h5")
    arrays = {
        f"{axis}_{split}": v[part] for split, part in SPLITS.items() for axis, v in (("x", x), ("y", y))
    }
    np.savez(folder / "data.npz", **arrays)
    config = quietly(hls4ml.utils.config_from_keras_model, model, granularity="name", backend="Vitis")
    config["Model"].update(ReuseFactor=1, Strategy="Latency")
    return config


def optimize(folder: Path, config: dict, io_type: str, *budget: str) -> Path:
    """`fpgaprune optimize --hls` (knapsack_dsp, two polynomial steps, one epoch each, seed 3) on `trained`'s
    files in `folder` with `config` written as the whole hls4ml configuration `folder/hls.yml` (its IOType
    `io_type`, Part `PART`) and `budget`'s arguments; its output folder, `folder/out`."""
    hls_file = folder / "hls.yml"
    hls_file.write_text(yaml.safe_dump({"HLSConfig": config, "IOType": io_type, "Part": PART}))
    args = ["optimize", "--model", str(folder / "model.h5"), "--data", str(folder / "data.npz")]
    args += ["--hls-config", str(hls_file), *budget, "--method", "knapsack_dsp", "--rtol", "0.9"]
    args += ["--epochs-per-step", "1"]
    args += ["--pruning", "{schedule: {kind: polynomial, steps: 2}, final_epochs: 1}"]
    args += ["--seed", "3", "--hls", "--json", "--out", str(folder / "out")]
    assert main(args) == 0
    return folder / "out"


def pruned_model(out: Path):
    """The pruned model `optimize` saved in `out`, checked: some weight was pruned, and every pruned weight is
    zero in it. Returns (the model, the masks)."""
    from fpgaprune.models.load import load_model_file
    from fpgaprune.models.user import weight_holder

    masks = dict(np.load(out / "masks.npz"))
    assert not all(mask.all() for mask in masks.values())  # something was pruned
    pruned = load_model_file(out / "model.h5")
    for name, mask in masks.items():
        assert np.all(weight_holder(pruned, name).kernel.numpy()[~mask.astype(bool)] == 0), name
    return pruned, masks


def written_as_designed(pruned, out, hls_file, io_type, carried=()) -> list:
    """The design fpgaprune costs for the pruned model under the user's hls4ml config, checked against the
    project `optimize --hls` wrote in `out`: each weight layer's input, weight and accumulator types, reuse
    factor and strategy (`core.hardware.project.read_project`: what the project's firmware says). `carried`:
    the layers with weights fpgaprune carries unpruned (depthwise convolutions), which it does not design."""
    from fpgaprune.core.design import design_layers
    from fpgaprune.core.hardware.project import read_project, read_project_files
    from fpgaprune.core.hardware.recurrent import recurrent_products
    from fpgaprune.models.user import hls_design, weight_layers

    written, _, _ = read_project(out / "hls" / "project")
    written = [layer for layer in written if layer.name not in carried]
    written += [product for product, _ in recurrent_products(read_project_files(out / "hls" / "project"))]
    design = hls_design(pruned, yaml.safe_load(hls_file.read_text()))
    weights = weight_layers(pruned)
    designed = design_layers(
        weights, design.setting.resolve(weights, "t"), design.precisions, io_type, pruned=True
    )

    def types(layer):
        implemented = (layer.reuse_factor, layer.strategy)
        return layer.name, layer.input_type, layer.weight_type, layer.accum_type, implemented

    by_name = {layer.name: types(layer) for layer in written}  # a GRU's kernels come after the other layers
    assert by_name == {layer.name: types(layer) for layer in designed}
    return designed


def check_simulated_as_keras(out: Path) -> None:
    """The C simulation `optimize --hls` ran in `out` on the 200 test samples computed Keras's logits bit for
    bit (no result wrapped, the same accuracy)."""
    hls_metrics = json.loads((out / "hls" / "hls_metrics.json").read_text())
    assert hls_metrics["csim"]["status"] == "ok" and hls_metrics["wrapping"] == []
    assert hls_metrics["n_samples"] == 200
    assert hls_metrics["logits"]["bit_exact_fraction"] == 1.0
    assert hls_metrics["hls_accuracy"] == hls_metrics["keras_accuracy"]
