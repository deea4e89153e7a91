"""The digits dataset: real bundled data, seeded stratified 60/20/20 splits."""

from pathlib import Path

import numpy as np
import pytest
from sklearn.datasets import load_digits

from fpgaprune.data import load_dataset

NO_FILES = Path("/nonexistent")  # digits is bundled with scikit-learn: nothing is read from data_home


def _load(seed, **sizes):
    return load_dataset("digits", data_home=NO_FILES, seed=seed, **sizes)


def _sorted_rows(x):
    return x[np.lexsort(x.T[::-1])]


def test_split_sizes_cover_all_samples_once():
    dataset = _load(0)
    assert dataset.provenance["split_sizes"] == {"train": 1077, "val": 360, "test": 360}
    assert dataset.x_train.shape == (1077, 64) and dataset.x_train.dtype == np.float32
    everything = np.concatenate([dataset.x_train, dataset.x_val, dataset.x_test])
    np.testing.assert_array_equal(_sorted_rows(everything * 16), _sorted_rows(load_digits().data))
    assert everything.min() == 0 and everything.max() == 1
    for y in (dataset.y_train, dataset.y_val, dataset.y_test):  # stratified: every class ~10 %
        assert np.bincount(y, minlength=10).min() >= 0.09 * len(y)


def test_same_seed_gives_identical_arrays_and_another_seed_differs():
    first, again, other = _load(3), _load(3), _load(4)
    for key in ("x_train", "y_train", "x_val", "y_val", "x_test", "y_test"):
        np.testing.assert_array_equal(getattr(first, key), getattr(again, key))
    assert not np.array_equal(first.y_train, other.y_train)


def test_subsampling_is_stratified_and_recorded():
    dataset = _load(0, n_train=100, n_test=50)
    assert np.bincount(dataset.y_train).tolist() == [10] * 10
    assert len(dataset.y_val) == 360
    assert dataset.provenance["subsampling"] == {
        "train": {"from": 1077, "to": 100, "stratified": True},
        "test": {"from": 360, "to": 50, "stratified": True},
    }


def test_impossible_subsample_size_is_refused():
    with pytest.raises(ValueError, match="n_train=5000 is not possible: the train split has 1077 samples"):
        _load(0, n_train=5000)
