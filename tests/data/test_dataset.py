"""Prepared datasets on disk: npz + json provenance with the npz's sha256."""

import hashlib
from pathlib import Path

import numpy as np
import pytest

from fpgaprune.data import load_dataset, load_prepared, save_dataset
from fpgaprune.io import read_json

ARRAYS = ("x_train", "y_train", "x_val", "y_val", "x_test", "y_test")


def test_round_trip_keeps_arrays_names_and_provenance(tmp_path):
    dataset = load_dataset("digits", data_home=Path("/nonexistent"), seed=0, n_train=200)
    npz, record = tmp_path / "digits.npz", tmp_path / "digits.json"
    save_dataset(dataset, npz, record)
    loaded = load_prepared(npz)
    for key in ARRAYS:
        np.testing.assert_array_equal(getattr(loaded, key), getattr(dataset, key))
        assert getattr(loaded, key).dtype == getattr(dataset, key).dtype
    assert (loaded.name, loaded.class_names, loaded.provenance) == (
        dataset.name, dataset.class_names, dataset.provenance,
    )  # fmt: skip
    written = read_json(record)
    assert written["npz"]["sha256"] == hashlib.sha256(npz.read_bytes()).hexdigest()
    assert {key: value for key, value in written.items() if key != "npz"} == dataset.provenance
    assert written["split_sizes"] == {"train": 200, "val": 360, "test": 360}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["digits.json", "digits.npz"]  # no temp files


def test_missing_prepared_file_says_what_to_run(tmp_path):
    with pytest.raises(FileNotFoundError, match="absent.npz: no such file; run `fpgaprune prepare-data`"):
        load_prepared(tmp_path / "absent.npz")


def test_foreign_npz_is_refused(tmp_path):
    np.savez(tmp_path / "other.npz", x_train=np.zeros(3))
    with pytest.raises(ValueError, match="other.npz: not a prepared dataset"):
        load_prepared(tmp_path / "other.npz")
