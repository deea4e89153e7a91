"""SVHN cropped digits ("format 2", non-commercial use only): 32x32 colour images, 10 classes.

The official MATLAB files hold `X` uint8 (32, 32, 3, N) and `y` (N, 1) with labels 1..10, where 10
is the digit 0. Validation is the last 10 % of the training file, as in the hls4ml tutorial
(`svhn_cropped`, split `train[-10%:]`).
"""

import logging
from pathlib import Path

import numpy as np
import scipy.io

from fpgaprune.data.dataset import Dataset, make_dataset
from fpgaprune.data.files import corrupt_file_error, download, sha256_file
from fpgaprune.data.splits import subsample_splits

log = logging.getLogger(__name__)

URL = "http://ufldl.stanford.edu/housenumbers/"
CLASS_NAMES = [str(digit) for digit in range(10)]
VAL_FRACTION = 0.1
FILES = {  # SHA-256 from tensorflow_datasets svhn_cropped/checksums.tsv
    "train": ("train_32x32.mat", "435e94d69a87fde4fd4d7f3dd208dfc32cb6ae8af2240d066de1df7508d083b8"),
    "test": ("test_32x32.mat", "cdce80dfb2a2c4c6160906d0bd7c68ec5a99d7ca4831afa54f09182025b6a75b"),
}


def load_svhn(
    data_home: Path, seed: int, sizes: dict | None = None, verify_checksums: bool = True
) -> Dataset:
    """SVHN from `data_home/svhn/`, downloading the official files there if missing.

    Args:
        data_home: directory holding (or receiving) `svhn/train_32x32.mat` and `svhn/test_32x32.mat`.
        seed: seed of subsampling.
        sizes: {"train"|"val"|"test": n or None} to subsample each split.
        verify_checksums: raise if a local file is not the official one; only tests of the
            file layout turn this off.

    Returns:
        Images float32 in [0, 1], shape (N, 32, 32, 3); labels 0..9.
    """
    directory = Path(data_home) / "svhn"
    arrays, inputs = {}, []
    for split, (file_name, expected_sha256) in FILES.items():
        arrays[split], record = read_checked(directory / file_name, expected_sha256, verify_checksums)
        inputs.append(record)
    (x_train, y_train), n_val = arrays["train"], round(VAL_FRACTION * len(arrays["train"][1]))
    splits = {"train": (x_train[:-n_val], y_train[:-n_val]), "val": (x_train[-n_val:], y_train[-n_val:]),
              "test": arrays["test"]}  # fmt: skip
    splits, subsampling = subsample_splits(splits, sizes or {}, seed)
    splits = {split: (x.astype(np.float32) / 255, y) for split, (x, y) in splits.items()}
    official = all(record["official_checksum"] for record in inputs)
    provenance = {
        "source": f"{directory} ({f'official files from {URL}' if official else 'NOT the official files'})",
        "is_real_task_data": official,
        "inputs": inputs,
        "preprocessing": "X (32,32,3,N) -> (N,32,32,3), uint8 / 255 -> float32 in [0, 1]; label 10 -> 0",
        "validation": f"last {VAL_FRACTION:.0%} of the official training file",
        "seed": seed,
        "subsampling": subsampling,
    }
    return make_dataset("svhn", splits, CLASS_NAMES, provenance)


def read_checked(path: Path, expected_sha256: str, verify_checksum: bool) -> tuple[tuple, dict]:
    """Read one `.mat` file (downloaded first if missing) and a provenance record of it."""
    if not path.is_file():
        download(URL + path.name, path, expected_sha256)
    digest = sha256_file(path)
    if verify_checksum and digest != expected_sha256:
        raise corrupt_file_error(path, expected_sha256, f"found sha256 {digest}", f"from {URL}{path.name}")
    record = {"path": str(path), "sha256": digest, "official_checksum": digest == expected_sha256}
    return read_mat(path), record


def read_mat(path: Path) -> tuple[np.ndarray, np.ndarray]:
    """Images (N, 32, 32, 3) uint8 and labels 0..9 from one SVHN `.mat` file."""
    log.info("SVHN: reading %s", path)
    content = scipy.io.loadmat(path)
    if "X" not in content or "y" not in content:
        raise ValueError(f"{path}: not an SVHN file (needs variables X and y, found {sorted(content)})")
    images, labels = content["X"], content["y"].reshape(-1)
    if images.shape[:3] != (32, 32, 3) or images.shape[3] != len(labels):
        raise ValueError(f"{path}: X has shape {images.shape}, expected (32, 32, 3, {len(labels)})")
    if labels.min() < 1 or labels.max() > 10:
        raise ValueError(f"{path}: labels span {labels.min()}..{labels.max()}, expected 1..10")
    return np.ascontiguousarray(np.moveaxis(images, -1, 0)), (labels % 10).astype(np.int64)
