"""scikit-learn's bundled digits (UCI optdigits, 1,797 real 8x8 images, 10 classes), for the tiny CI config.

It needs no network and no download, so the whole pipeline can run anywhere in seconds; it is not one of
the paper's benchmarks.
"""

import logging
from importlib import resources

import numpy as np
from sklearn.datasets import load_digits as sklearn_load_digits

from fpgaprune.data.dataset import Dataset, make_dataset
from fpgaprune.data.files import sha256_file
from fpgaprune.data.splits import split_off, subsample_splits

log = logging.getLogger(__name__)

BUNDLED_FILE = resources.files("sklearn.datasets.data") / "digits.csv.gz"
CLASS_NAMES = [str(digit) for digit in range(10)]
TEST_FRACTION = 0.2
VAL_FRACTION = 0.25  # of the remaining 80 %: a 60/20/20 split


def load_digits(seed: int, sizes: dict | None = None) -> Dataset:
    """Digits split 60/20/20 into train/val/test, stratified and seeded.

    Args:
        seed: seed of the splits and of subsampling.
        sizes: {"train"|"val"|"test": n or None} to subsample each split.

    Returns:
        64 features float32 in [0, 1] (pixel values 0..16 divided by 16); labels 0..9.
    """
    log.info("digits: reading scikit-learn's bundled load_digits")
    x, y = sklearn_load_digits(return_X_y=True)
    x_rest, y_rest, x_test, y_test = split_off(x, y, TEST_FRACTION, seed)
    x_train, y_train, x_val, y_val = split_off(x_rest, y_rest, VAL_FRACTION, seed)
    splits = {"train": (x_train, y_train), "val": (x_val, y_val), "test": (x_test, y_test)}
    splits, subsampling = subsample_splits(splits, sizes or {}, seed)
    splits = {split: ((x / 16).astype(np.float32), y) for split, (x, y) in splits.items()}
    provenance = {
        "source": "sklearn.datasets.load_digits (bundled with scikit-learn, UCI optdigits)",
        "is_real_task_data": True,  # real handwritten digits; the task is digits itself, no stand-in
        "inputs": [{"path": str(BUNDLED_FILE), "sha256": sha256_file(BUNDLED_FILE), "rows": len(y)}],
        "preprocessing": "8x8 pixel values 0..16 / 16 -> float32, 64 features",
        "validation": "stratified 60/20/20 train/val/test split, seeded",
        "seed": seed,
        "subsampling": subsampling,
    }
    return make_dataset("digits", splits, CLASS_NAMES, provenance)
