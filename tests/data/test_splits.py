"""Subsampling: stratified when the classes allow it, plain seeded sampling otherwise."""

import numpy as np

from fpgaprune.data.splits import subsample_splits


def test_rare_class_falls_back_to_plain_sampling_and_says_so():
    y = np.array([0] * 10 + [1] * 9 + [2])  # class 2 has one sample: stratification is impossible
    x = np.arange(len(y))
    splits = {"train": (x, y), "test": (x, y)}
    kept, record = subsample_splits(splits, {"train": 8, "test": None}, seed=0)
    assert record == {"train": {"from": 20, "to": 8, "stratified": False}}
    assert len(kept["train"][0]) == 8 and len(np.unique(kept["train"][0])) == 8
    np.testing.assert_array_equal(kept["train"][1], y[kept["train"][0]])  # x and y stay paired
    assert kept["test"][0] is x


def test_same_seed_same_selection():
    y = np.repeat(np.arange(4), 25)
    x = np.arange(100)
    first, _ = subsample_splits({"train": (x, y)}, {"train": 20}, seed=5)
    again, _ = subsample_splits({"train": (x, y)}, {"train": 20}, seed=5)
    np.testing.assert_array_equal(first["train"][0], again["train"][0])
    assert np.bincount(first["train"][1]).tolist() == [5, 5, 5, 5]
