"""Tests of `fpgaprune.data`. `FASHION_MNIST_COPY`: the local Fashion-MNIST the tests read (no download)."""

from pathlib import Path

import pytest

from fpgaprune.data.fashion_mnist import ENV_VAR, FILES, local_copy


def _fashion_mnist_copy() -> Path | None:
    """The loader's `local_copy` when it holds the four IDX files (a $FASHION_MNIST_DIR without them would
    fail the tests rather than skip them); None when there is none."""
    found = local_copy()
    if found is not None and all((found[0] / name).is_file() for name in FILES):
        return found[0]
    return None


FASHION_MNIST_COPY = _fashion_mnist_copy()
needs_fashion_mnist = pytest.mark.skipif(
    FASHION_MNIST_COPY is None,
    reason=f"no local Fashion-MNIST: point ${ENV_VAR} at its four IDX .gz files, or as root "
    "`apt-get install -y dataset-fashion-mnist`",
)
