"""Seeded train/validation splits and subsampling shared by all datasets.

Splits are held as `{"train": (x, y), "val": (x, y), "test": (x, y)}` while a loader works on the raw
arrays; subsampling happens before conversion to float32 so that quick runs stay small in memory.
"""

import logging

import numpy as np
from sklearn.model_selection import train_test_split

log = logging.getLogger(__name__)

SPLITS = ("train", "val", "test")


def split_off(x: np.ndarray, y: np.ndarray, fraction: float, seed: int, stratify: bool = True):
    """Split `fraction` of (x, y) off, seeded; returns (x_rest, y_rest, x_part, y_part)."""
    x_rest, x_part, y_rest, y_part = train_test_split(
        x, y, test_size=fraction, random_state=seed, stratify=y if stratify else None
    )
    return x_rest, y_rest, x_part, y_part


def subsample_splits(splits: dict, sizes: dict, seed: int) -> tuple[dict, dict]:
    """Keep `sizes[split]` samples of each split (None keeps all), stratified when every class allows.

    Args:
        splits: {"train"|"val"|"test": (x, y)}.
        sizes: {"train"|"val"|"test": int or None}.
        seed: seed of the selection.

    Returns:
        The subsampled splits, and a JSON-able record of what was kept (empty when nothing was cut).
    """
    kept, record = {}, {}
    for split, (x, y) in splits.items():
        index = _subsample_index(y, sizes.get(split), seed, split)
        kept[split] = (x, y) if index is None else (x[index], y[index])
        if index is not None:
            record[split] = {"from": len(y), "to": len(index), "stratified": _can_stratify(y, len(index))}
            log.info("subsampled %s split: %d -> %d samples", split, len(y), len(index))
    return kept, record


def _subsample_index(y: np.ndarray, n: int | None, seed: int, split: str) -> np.ndarray | None:
    if n is None or n == len(y):
        return None
    if not 0 < n <= len(y):
        raise ValueError(f"n_{split}={n} is not possible: the {split} split has {len(y)} samples")
    positions = np.arange(len(y))
    if _can_stratify(y, n):
        chosen, _ = train_test_split(positions, train_size=n, random_state=seed, stratify=y)
    else:
        chosen = np.random.default_rng(seed).choice(positions, size=n, replace=False)
    return np.sort(chosen)


def _can_stratify(y: np.ndarray, n: int) -> bool:
    counts = np.unique(y, return_counts=True)[1]
    return counts.min() >= 2 and len(counts) <= n <= len(y) - len(counts)
