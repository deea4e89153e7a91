"""How much a free input permutation could help pattern pruning of LeNet-5's Resource layers (no training).

A DSP pattern of a Resource layer is one output's RF consecutive inputs (docs/cost-model.md). Permuting a
layer's inputs changes which weights share a pattern; it is free in hardware where it only reorders the
previous layer's outputs (fc2's inputs = fc1's outputs; for fc1, behind the Flatten, only conv2's channels).
For each baseline this prints the share of a layer's L1 importance that its best `keep` patterns hold:
as built, with the inputs sorted by their L1 row norm, and (fc1) with conv2's channels so sorted.

    python bench/permutation_probe.py RUN1/results/fmnist_lenet5/baseline/model.h5 [...] [--keep 0.25 0.08]
"""

import argparse

import numpy as np

from fpgaprune.models.load import load_model_file

LAYERS = {"fc1": 25, "fc2": 12}  # the paper's design: reuse factor of each Resource layer
CONV2_CHANNELS = 16  # fc1's 400 inputs are conv2's 5x5 positions x 16 channels, channel fastest


def kept_share(kernel: np.ndarray, reuse_factor: int, keep: float, order: np.ndarray | None = None) -> float:
    """Share of the kernel's L1 mass in its best `keep` share of patterns (inputs reordered by `order`)."""
    magnitude = np.abs(kernel if order is None else kernel[order])
    n_in, n_out = magnitude.shape
    patterns = magnitude.reshape(n_in // reuse_factor, reuse_factor, n_out).sum(axis=1).ravel()
    best = np.sort(patterns)[::-1][: round(keep * patterns.size)]
    return float(best.sum() / patterns.sum())


def channel_order(kernel: np.ndarray) -> np.ndarray:
    """fc1's input order after sorting conv2's channels by their L1 mass (positions keep their order)."""
    mass = np.abs(kernel).reshape(-1, CONV2_CHANNELS, kernel.shape[1]).sum(axis=(0, 2))
    positions = np.arange(kernel.shape[0] // CONV2_CHANNELS)[:, None]
    return (positions * CONV2_CHANNELS + np.argsort(-mass)[None, :]).ravel()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="+")
    parser.add_argument("--keep", type=float, nargs="+", default=[0.25, 0.08])
    args = parser.parse_args()
    for path in args.models:
        model = load_model_file(path)
        for name, reuse_factor in LAYERS.items():
            kernel = model.get_layer(name).get_weights()[0]
            rows = np.argsort(-np.abs(kernel).sum(axis=1))
            for keep in args.keep:
                shares = [kept_share(kernel, reuse_factor, keep, order) for order in (None, rows)]
                if name == "fc1":
                    shares.append(kept_share(kernel, reuse_factor, keep, channel_order(kernel)))
                print(path, name, f"keep {keep}:", " / ".join(f"{share:.3f}" for share in shares))


if __name__ == "__main__":
    main()
