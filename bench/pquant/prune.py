"""PQuantML's pattern pruning (Wanda N:M) of the pipeline's LeNet-5 baseline, in PQuantML's own environment.

Runs under results/bench/pquant/venv (Keras 3, TensorFlow 2.20, pquant-ml 0.1.0; bench/pquant/setup.sh),
not the project's venv. It rebuilds the baseline's architecture in Keras 3 with the same layer names
(conv 6@5x5 same, max-pool, conv 16@5x5, max-pool, dense 400-120-84-10), loads the trained weights
from the baseline's .h5 with h5py (Keras 3 does not read tf-keras 2 models), checks the port by its test
accuracy, and for each target wraps it with PQuantML's layers (`add_compression_layers`) configured
for Wanda with an N:M pattern (N = ceil(target x M) of every M weights removed, M = 30 by default:
the largest M that divides every kernel of LeNet-5), quantisation off (the design is float-trained and
hls4ml builds it in ap_fixed<18,8>). Training follows PQuantML's own Keras loop (`PQuantCallback`):
one epoch in which Wanda collects input norms over `--t-delta` batches and prunes once, then
`--fine-tune-epochs` of fine-tuning with the pattern fixed (8 epochs in all; bench/peer.py's recipe
gives the other methods 12: 2 group-lasso epochs, 2 per step over 4 steps, 2 final).
The pruned kernels and biases go to pruned_<target>.npz and a summary to
pquant.json in --out-dir; bench/peer.py (project venv) sets them on the baseline model, counts DSP
and BRAM with fpgaprune's cost model on the paper's hls4ml design and evaluates test accuracy.

Usage: results/bench/pquant/venv/bin/python bench/pquant/prune.py [--targets 0.5 0.75 0.9] [--m 30]
"""

import argparse
import json
import math
import time
import traceback
from pathlib import Path

import h5py
import numpy as np

LAYERS = ("conv1", "conv2", "fc1", "fc2", "output")


def main() -> None:
    args = _parse_args()
    out_dir = args.out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    report_path = out_dir / "pquant.json"
    report = {"tool": "pquant-ml 0.1.0", "method": "wanda N:M (pattern)", "results": []}
    try:
        import keras
        import tensorflow as tf

        report.update(keras=keras.__version__, tensorflow=tf.__version__)
        data = _load_data(args.data)
        weights = _baseline_weights(args.model)
        report["ported_baseline_test_accuracy"] = _accuracy(_lenet5(weights), data["x_test"], data["y_test"])
    except Exception as error:  # recorded for bench/peer.py: the reason PQuantML could not run
        report["error"] = f"{type(error).__name__}: {error}"
        _write(report_path, report)
        raise
    for target in args.targets:
        report["results"].append(_prune_one(target, args, data, weights))
        _write(report_path, report)


def _parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=Path("results/fmnist_lenet5/baseline/model.h5"))
    parser.add_argument("--data", type=Path, default=Path("results/data/fashion_mnist.npz"))
    parser.add_argument("--targets", type=float, nargs="+", default=[0.5, 0.75, 0.9])
    parser.add_argument("--m", type=int, default=30, help="pattern size M of Wanda's N:M")
    parser.add_argument("--t-delta", type=int, default=100, help="batches Wanda collects before pruning")
    parser.add_argument("--fine-tune-epochs", type=int, default=7)
    parser.add_argument("--batch-size", type=int, default=128)
    parser.add_argument("--learning-rate", type=float, default=1e-3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out-dir", type=Path, default=Path("results/bench/pquant"))
    args = parser.parse_args()
    for path in (args.model, args.data):
        if not path.is_file():
            parser.error(f"{path}: no such file; train the baseline first (see config/bench-peer.yaml)")
    if not all(0 < t < 1 for t in args.targets):
        parser.error(f"--targets {args.targets}: each is a share of weights removed, in (0, 1)")
    return args


def _load_data(path: Path) -> dict:
    with np.load(path) as arrays:
        return {key: arrays[key] for key in ("x_train", "y_train", "x_val", "y_val", "x_test", "y_test")}


def _baseline_weights(path: Path) -> dict:
    """{layer: (kernel, bias)} of the tf-keras 2 .h5 model the pipeline trained."""
    with h5py.File(path, "r") as h5:
        group = h5["model_weights"]
        return {name: (group[name][name]["kernel:0"][()], group[name][name]["bias:0"][()]) for name in LAYERS}


def _lenet5(weights: dict):
    """The baseline's LeNet-5 in Keras 3, same layer names, logits out (the softmax is in the loss)."""
    import keras
    from keras import layers

    inputs = keras.Input((28, 28, 1), name="input")
    x = layers.ReLU()(layers.Conv2D(6, 5, padding="same", name="conv1")(inputs))
    x = layers.MaxPooling2D(2)(x)
    x = layers.ReLU()(layers.Conv2D(16, 5, name="conv2")(x))
    x = layers.Flatten()(layers.MaxPooling2D(2)(x))
    x = layers.ReLU()(layers.Dense(120, name="fc1")(x))
    x = layers.ReLU()(layers.Dense(84, name="fc2")(x))
    model = keras.Model(inputs, layers.Dense(10, name="output")(x), name="lenet5")
    for name, (kernel, bias) in weights.items():
        model.get_layer(name).set_weights([kernel, bias])
    return model


def _accuracy(model, x, y) -> float:
    logits = model.predict(x, batch_size=1024, verbose=0)
    return float(np.mean(np.argmax(logits, axis=1) == y))


def _config(target: float, m: int, t_delta: int):
    """PQuantML's Wanda configuration with an N:M pattern and quantisation off."""
    from pquant import wanda_config

    config = wanda_config()
    n = math.ceil(target * m - 1e-9)
    pruning = config.pruning_parameters
    pruning.N, pruning.M = n, m
    pruning.calculate_pruning_budget = False  # N:M fixes every layer's sparsity
    pruning.t_start_collecting_batch = 0  # PQuantML counts this in epochs after pre-training
    pruning.t_delta = t_delta
    config.quantization_parameters.enable_quantization = False
    training = config.training_parameters
    training.pretraining_epochs, training.epochs, training.rounds = 0, 1, 1
    return config, n


def _prune_one(target: float, args, data: dict, weights: dict) -> dict:
    start = time.perf_counter()
    entry = {"target": target, "m": args.m}
    try:
        entry.update(_train_pruned(target, args, data, weights))
        entry["status"] = "ok"
    except Exception as error:  # noqa: BLE001 (one target failing is recorded and keeps the others)
        traceback.print_exc()
        entry["status"] = f"{type(error).__name__}: {error}"
    entry["wall_s"] = time.perf_counter() - start
    return entry


def _train_pruned(target: float, args, data: dict, weights: dict) -> dict:
    import keras
    from pquant.core.keras.layers import PQWeightBiasBase, add_compression_layers
    from pquant.core.keras.train import PQuantCallback

    keras.utils.set_random_seed(args.seed)
    config, n = _config(target, args.m, args.t_delta)
    model = add_compression_layers(_lenet5(weights), config, input_shape=(None, 28, 28, 1))
    callback = PQuantCallback(config, log_ebops=False, fine_tuning_epochs=args.fine_tune_epochs)
    model.compile(
        optimizer=keras.optimizers.Adam(args.learning_rate),
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
        metrics=["accuracy"],
    )
    # verbose=0: PQuantCallback logs its stage as a string, which Keras 3.12's progress bar cannot average
    history = model.fit(
        data["x_train"], data["y_train"], batch_size=args.batch_size, epochs=callback.total_epochs,
        validation_data=(data["x_val"], data["y_val"]), callbacks=[callback], verbose=0,
    )  # fmt: skip
    pruned = [layer for layer in model.layers if isinstance(layer, PQWeightBiasBase)]
    arrays = {}
    for name, layer in zip(LAYERS, pruned, strict=True):  # same order as the baseline's weight layers
        arrays[f"{name}/kernel"] = np.asarray(layer.kernel)
        arrays[f"{name}/bias"] = np.asarray(layer.bias)
    weights_file = f"pruned_{target}.npz"
    np.savez(args.out_dir / weights_file, **arrays)
    kernels = [arrays[f"{name}/kernel"] for name in LAYERS]
    return {
        "n": n,
        "weights": weights_file,
        "sparsity": float(sum((k == 0).sum() for k in kernels) / sum(k.size for k in kernels)),
        "epochs": callback.total_epochs,
        "pquant_val_accuracy": _accuracy(model, data["x_val"], data["y_val"]),
        "pquant_test_accuracy": _accuracy(model, data["x_test"], data["y_test"]),
        "val_accuracy_per_epoch": [float(v) for v in history.history["val_accuracy"]],
    }


def _write(path: Path, report: dict) -> None:
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(report, indent=2) + "\n")
    tmp.replace(path)


if __name__ == "__main__":
    main()
