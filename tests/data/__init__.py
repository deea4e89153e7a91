"""Tests of `fpgaprune.data`. `FASHION_MNIST_COPY`: the local Fashion-MNIST the tests read (no download)."""

import os
from pathlib import Path

import pytest

from fpgaprune.data.fashion_mnist import DEBIAN_DIR, ENV_VAR, FILES


def _fashion_mnist_copy() -> Path | None:
    """The directory holding the four IDX files that the loader reads before any download: $FASHION_MNIST_DIR
    (any user's copy), else the Debian package's; None when neither holds them."""
    for directory in (os.environ.get(ENV_VAR), DEBIAN_DIR):
        if directory and all((Path(directory) / name).is_file() for name in FILES):
            return Path(directory)
    return None


FASHION_MNIST_COPY = _fashion_mnist_copy()
needs_fashion_mnist = pytest.mark.skipif(
    FASHION_MNIST_COPY is None,
    reason=f"no local Fashion-MNIST: point ${ENV_VAR} at its four IDX .gz files, or as root "
    "`apt-get install -y dataset-fashion-mnist`",
)
