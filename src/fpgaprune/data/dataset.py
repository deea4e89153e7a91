"""The `Dataset` record, and its prepared form on disk (`.npz` arrays + `.json` provenance)."""

import json
import logging
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from fpgaprune.core.objective import CLASSIFIER, Objective
from fpgaprune.data.files import sha256_file
from fpgaprune.io import atomic_path, write_json
from fpgaprune.records import verify_prepared

log = logging.getLogger(__name__)

_ARRAYS = ("x_train", "y_train", "x_val", "y_val", "x_test", "y_test")

# a model's inputs: one array, or one per input in `model.inputs` order
Inputs = np.ndarray | list[np.ndarray]


def input_arrays(x: Inputs) -> list[np.ndarray]:
    """Each input's array: the one array of a model of one input in a list."""
    return x if isinstance(x, list) else [x]


def n_samples(x: Inputs) -> int:
    """The number of samples of a model's inputs (every array of a model of several inputs has as many)."""
    return len(x[0]) if isinstance(x, list) else len(x)


def samples(x: Inputs, index) -> Inputs:
    """The samples `index` (a slice or index array) of a model's inputs, of each input's array alike."""
    return [array[index] for array in x] if isinstance(x, list) else x[index]


@dataclass
class Dataset:
    """Fixed train/val/test splits of one task; x float32 (a model of several inputs: a list of one array per
    input, `Inputs`; `n_samples`, `samples`), y int64 class indices (a regression's user data: float32
    targets of the model's output shape, `objective` saying so)."""

    name: str
    x_train: Inputs
    y_train: np.ndarray
    x_val: Inputs
    y_val: np.ndarray
    x_test: Inputs
    y_test: np.ndarray
    class_names: list[str]
    provenance: dict
    objective: Objective = CLASSIFIER


def make_dataset(name: str, splits: dict, class_names: list[str], provenance: dict) -> Dataset:
    """Build a Dataset from {"train"|"val"|"test": (x float32, y)}; adds split sizes to provenance.

    Args:
        name: dataset name.
        splits: the three splits, x already float32.
        class_names: name of each class index.
        provenance: JSON-able record of where the data came from and how it was processed.

    Returns:
        The Dataset, y cast to int64.
    """
    arrays = {}
    for split, (x, y) in splits.items():
        if x.dtype != np.float32:
            raise TypeError(f"{name}: x_{split} must be float32, got {x.dtype}")
        arrays[f"x_{split}"], arrays[f"y_{split}"] = x, y.astype(np.int64)
    sizes = {split: len(y) for split, (_, y) in splits.items()}
    log.info("%s: %s samples, input shape %s", name, sizes, splits["train"][0].shape[1:])
    record = {"name": name, **provenance, "split_sizes": sizes, "class_names": list(class_names)}
    return Dataset(name=name, class_names=list(class_names), provenance=record, **arrays)


def save_dataset(dataset: Dataset, npz_path: Path, json_path: Path) -> None:
    """Write the arrays to `npz_path` and the provenance plus the npz's SHA-256 to `json_path`.

    Both files are written under a temporary name and renamed. The npz is uncompressed (fast to
    read in every training job) and also carries the name, class names and provenance.

    Args:
        dataset: what to write.
        npz_path: the arrays file.
        json_path: the provenance record.
    """
    arrays = {key: getattr(dataset, key) for key in _ARRAYS}
    with atomic_path(npz_path) as tmp:
        with open(tmp, "wb") as stream:
            np.savez(
                stream,
                **arrays,
                name=np.array(dataset.name),
                class_names=np.array(dataset.class_names),
                provenance_json=np.array(json.dumps(dataset.provenance, sort_keys=True)),
            )
        npz_sha256 = sha256_file(tmp)
    write_json(json_path, {**dataset.provenance, "npz": {"path": str(npz_path), "sha256": npz_sha256}})
    log.info("wrote %s (sha256 %s) and %s", npz_path, npz_sha256, json_path)


def load_prepared(npz_path: Path) -> Dataset:
    """Read a Dataset written by `save_dataset`.

    Args:
        npz_path: the arrays file.

    Returns:
        The Dataset with its provenance.

    Raises:
        FileNotFoundError: the file or its `.json` provenance does not exist.
        ValueError: the file differs from the SHA-256 its provenance records, cannot be read, or lacks
            arrays that `save_dataset` writes.
    """
    npz_path = Path(npz_path)
    if not npz_path.is_file():
        raise FileNotFoundError(f"{npz_path}: no such file; run `fpgaprune prepare-data` first")
    verify_prepared(npz_path)
    try:
        return _read_prepared(npz_path)
    except (OSError, EOFError, zipfile.BadZipFile, ValueError, KeyError) as error:
        detail = error.args[0] if isinstance(error, KeyError) else error
        raise ValueError(
            f"{npz_path}: not a prepared dataset, or damaged ({detail}); delete it and rerun prepare-data"
        ) from None


def _read_prepared(npz_path: Path) -> Dataset:
    with np.load(npz_path, allow_pickle=False) as npz:
        missing = [key for key in (*_ARRAYS, "name", "class_names", "provenance_json") if key not in npz]
        if missing:
            raise KeyError(f"missing {', '.join(missing)}")
        return Dataset(
            name=str(npz["name"]),
            class_names=[str(c) for c in npz["class_names"]],
            provenance=json.loads(str(npz["provenance_json"])),
            **{key: npz[key] for key in _ARRAYS},
        )
