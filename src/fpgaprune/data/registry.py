"""Loading a dataset by name."""

from pathlib import Path

from fpgaprune.data.dataset import Dataset

DATASETS: tuple[str, ...] = ("fashion_mnist", "jets", "svhn", "digits")


def load_dataset(
    name: str,
    *,
    data_home: Path,
    seed: int,
    n_train: int | None = None,
    n_val: int | None = None,
    n_test: int | None = None,
) -> Dataset:
    """Load one dataset with fixed train/val/test splits.

    Args:
        name: one of DATASETS.
        data_home: where downloads and caches go (each dataset uses its own subdirectory).
        seed: seed of the validation split and of subsampling.
        n_train: subsample the training split to this many samples (seeded, stratified when
            possible); None keeps all. Likewise n_val and n_test.
        n_val: see n_train.
        n_test: see n_train.

    Returns:
        The Dataset, with its provenance.

    Raises:
        ValueError: unknown name, impossible subsample size, or corrupt input.
        FileNotFoundError: an input file is missing and cannot be downloaded.
    """
    # Each loader is imported when its dataset is loaded: scikit-learn and SciPy, which they read with, take
    # seconds to import, which every Snakemake run (its Snakefile reads fpgaprune.data) would pay otherwise.
    sizes = {"train": n_train, "val": n_val, "test": n_test}
    if name == "fashion_mnist":
        from fpgaprune.data.fashion_mnist import load_fashion_mnist

        return load_fashion_mnist(Path(data_home), seed, sizes)
    if name == "jets":
        from fpgaprune.data.jets import load_jets

        return load_jets(Path(data_home), seed, sizes)
    if name == "svhn":
        from fpgaprune.data.svhn import load_svhn

        return load_svhn(Path(data_home), seed, sizes)
    if name == "digits":
        from fpgaprune.data.digits import load_digits

        return load_digits(seed, sizes)
    raise ValueError(f"unknown dataset {name!r}; known datasets: {', '.join(DATASETS)}")
