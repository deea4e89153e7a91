"""Fashion-MNIST (Zalando, MIT licence): 60,000 train / 10,000 test 28x28 grey images, 10 classes.

The four IDX files are looked for in `$FASHION_MNIST_DIR`, then in the Debian package's directory
(`apt-get install dataset-fashion-mnist`), then downloaded into `data_home`. Debian recompressed the
files (other gzip header, same payload), so the check is on the SHA-256 of the decompressed bytes,
which is the same for the Debian and the official copies.
"""

import logging
import os
from pathlib import Path

import numpy as np

from fpgaprune.data.dataset import Dataset, make_dataset
from fpgaprune.data.files import corrupt_file_error, download, missing_file_error, sha256_bytes
from fpgaprune.data.idx import parse_idx, read_gz
from fpgaprune.data.splits import split_off, subsample_splits

log = logging.getLogger(__name__)

ENV_VAR = "FASHION_MNIST_DIR"
DEBIAN_DIR = Path("/usr/share/datasets/fashion-mnist")
URL = "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"
CLASS_NAMES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
               "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]  # fmt: skip
VAL_FRACTION = 0.1

# file: (SHA-256 of the official .gz as served, SHA-256 of its decompressed content)
FILES = {
    "train-images-idx3-ubyte.gz": (
        "3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84",
        "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888",
    ),
    "train-labels-idx1-ubyte.gz": (
        "a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845",
        "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9",
    ),
    "t10k-images-idx3-ubyte.gz": (
        "346e55b948d973a97e58d2351dde16a484bd415d4595297633bb08f03db6a073",
        "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b",
    ),
    "t10k-labels-idx1-ubyte.gz": (
        "67da17c76eaffca5446c3361aaab5c3cd6d1c2608764d35dfb1850b086bf8dd5",
        "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34",
    ),
}


def load_fashion_mnist(data_home: Path, seed: int, sizes: dict | None = None) -> Dataset:
    """Fashion-MNIST with the official train/test split; validation = a seeded, stratified 10 % of train.

    Args:
        data_home: where the files are downloaded if no local copy exists.
        seed: seed of the validation split and of subsampling.
        sizes: {"train"|"val"|"test": n or None} to subsample each split.

    Returns:
        Images float32 in [0, 1], shape (N, 28, 28, 1); labels 0..9.
    """
    directory, source = locate_files(Path(data_home))
    arrays, inputs = {}, []
    for file_name, (_, decompressed_sha256) in FILES.items():
        arrays[file_name], digest = read_verified(directory / file_name, decompressed_sha256)
        inputs.append({"path": str(directory / file_name), "sha256_decompressed": digest})
    x_train, y_train, x_val, y_val = split_off(
        arrays["train-images-idx3-ubyte.gz"], arrays["train-labels-idx1-ubyte.gz"], VAL_FRACTION, seed
    )
    splits = {"train": (x_train, y_train), "val": (x_val, y_val),
              "test": (arrays["t10k-images-idx3-ubyte.gz"], arrays["t10k-labels-idx1-ubyte.gz"])}  # fmt: skip
    splits, subsampling = subsample_splits(splits, sizes or {}, seed)
    splits = {split: (x[..., np.newaxis].astype(np.float32) / 255, y) for split, (x, y) in splits.items()}
    provenance = {
        "source": source,
        "is_real_task_data": True,  # every file matched the official checksum
        "inputs": inputs,
        "preprocessing": "uint8 pixels / 255 -> float32 in [0, 1], shape (N, 28, 28, 1)",
        "validation": f"stratified {VAL_FRACTION:.0%} of the official training set, seeded",
        "seed": seed,
        "subsampling": subsampling,
    }
    return make_dataset("fashion_mnist", splits, CLASS_NAMES, provenance)


def local_copy() -> tuple[Path, str] | None:
    """The local copy read before any download, and where it came from: $FASHION_MNIST_DIR when set (the
    user's choice, read as given), else the Debian package's directory when it holds the four files; None
    when neither."""
    if os.environ.get(ENV_VAR):
        directory = Path(os.environ[ENV_VAR])
        return directory, f"${ENV_VAR}={directory}"
    if all((DEBIAN_DIR / name).is_file() for name in FILES):
        return DEBIAN_DIR, f"Debian package dataset-fashion-mnist ({DEBIAN_DIR})"
    return None


def locate_files(data_home: Path) -> tuple[Path, str]:
    """The directory holding the four files, and a description of where it came from: the `local_copy`,
    else a checksummed download into `data_home`."""
    found = local_copy()
    if found is not None:
        log.info("Fashion-MNIST: reading %s", found[1])
        return found
    directory = data_home / "fashion-mnist"
    for name, (served_sha256, _) in FILES.items():
        if not (directory / name).is_file():
            download(URL + name, directory / name, served_sha256)
    log.info("Fashion-MNIST: reading %s (downloaded from %s)", directory, URL)
    return directory, f"{directory} (downloaded from {URL})"


def read_verified(path: Path, decompressed_sha256: str) -> tuple[np.ndarray, str]:
    """Read one IDX .gz file after checking the SHA-256 of its decompressed bytes (one-line errors)."""
    how_to_get = f"with `apt-get install dataset-fashion-mnist` or from {URL}{path.name}"
    expected = f"{decompressed_sha256} of the decompressed content"
    if not path.is_file():
        raise missing_file_error(path, expected, how_to_get)
    try:
        content = read_gz(path)
    except ValueError as error:
        raise corrupt_file_error(path, expected, "not valid gzip", how_to_get) from error
    digest = sha256_bytes(content)
    if digest != decompressed_sha256:
        raise corrupt_file_error(path, expected, f"decompressed content has sha256 {digest}", how_to_get)
    return parse_idx(content, str(path)), digest
