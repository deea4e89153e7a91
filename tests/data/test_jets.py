"""Jets through the real fetch_openml code path, from a pre-seeded cache of SYNTHETIC rows."""

import numpy as np
import pytest
from sklearn.model_selection import train_test_split

from fpgaprune.data import load_dataset
from fpgaprune.data.jets import FEATURES

from .openml_cache import synthetic_jet_rows, write_openml_cache

N_ROWS = 500
LABEL_OF = {"g": 0, "q": 1, "t": 2, "w": 3, "z": 4}  # the tutorial's LabelEncoder (alphabetical) order


@pytest.fixture
def no_network(monkeypatch):
    """Make any network access by fetch_openml fail loudly, so the test proves the cache suffices."""

    def refuse(request, *args, **kwargs):
        raise AssertionError(f"network access attempted: {getattr(request, 'full_url', request)}")

    monkeypatch.setattr("sklearn.datasets._openml.urlopen", refuse)


@pytest.fixture
def synthetic(tmp_path, no_network):
    rows, classes = synthetic_jet_rows(N_ROWS, seed=7)
    return write_openml_cache(tmp_path / "data_home", rows, classes), rows, classes


def _row_ids(dataset, split):
    """Recover each sample's row number from the standardised `multiplicity` column."""
    mean, scale = dataset.provenance["scaler"]["mean"][-1], dataset.provenance["scaler"]["scale"][-1]
    return np.rint(getattr(dataset, f"x_{split}")[:, -1].astype(np.float64) * scale + mean).astype(int)


def test_rows_are_split_without_loss_and_labels_mapped_explicitly(synthetic):
    data_home, _, classes = synthetic
    dataset = load_dataset("jets", data_home=data_home, seed=0)
    ids = {split: _row_ids(dataset, split) for split in ("train", "val", "test")}
    assert sorted(np.concatenate(list(ids.values()))) == list(range(N_ROWS))
    for split, split_ids in ids.items():
        expected = [LABEL_OF[label] for label in classes[split_ids]]
        np.testing.assert_array_equal(getattr(dataset, f"y_{split}"), expected)
    assert dataset.class_names == ["g", "q", "t", "w", "z"]
    assert dataset.x_train.dtype == np.float32 and dataset.y_train.dtype == np.int64
    assert dataset.x_train.shape[1] == 16


def test_test_split_is_the_tutorials_whatever_the_seed(synthetic):
    data_home, _, _ = synthetic
    _, canonical_test_ids = train_test_split(np.arange(N_ROWS), test_size=0.2, random_state=42)
    for seed in (0, 1):
        dataset = load_dataset("jets", data_home=data_home, seed=seed)
        assert sorted(_row_ids(dataset, "test")) == sorted(canonical_test_ids)


def test_scaler_is_fitted_on_the_training_split_only(synthetic):
    data_home, rows, _ = synthetic
    dataset = load_dataset("jets", data_home=data_home, seed=0)
    train_rows = rows[_row_ids(dataset, "train")]
    np.testing.assert_allclose(dataset.provenance["scaler"]["mean"], train_rows.mean(axis=0), rtol=1e-9)
    np.testing.assert_allclose(dataset.provenance["scaler"]["scale"], train_rows.std(axis=0), rtol=1e-9)
    assert not np.allclose(dataset.provenance["scaler"]["mean"], rows.mean(axis=0), rtol=1e-6)
    np.testing.assert_allclose(dataset.x_train.mean(axis=0), 0, atol=1e-5)
    np.testing.assert_allclose(dataset.x_train.std(axis=0), 1, atol=1e-5)


def test_synthetic_rows_are_not_marked_as_real_jets(synthetic):
    data_home, _, _ = synthetic
    provenance = load_dataset("jets", data_home=data_home, seed=0).provenance
    assert provenance["is_real_task_data"] is False
    assert "fetch_openml(data_id=42468)" in provenance["source"]
    assert provenance["split_sizes"] == {"train": 300, "val": 100, "test": 100}


def test_wrong_column_order_is_refused(tmp_path, no_network):
    rows, classes = synthetic_jet_rows(50, seed=1)
    swapped = [FEATURES[1], FEATURES[0], *FEATURES[2:]]
    data_home = write_openml_cache(tmp_path, rows, classes, feature_names=swapped)
    with pytest.raises(ValueError, match="feature columns .* differ from the expected"):
        load_dataset("jets", data_home=data_home, seed=0)


def test_missing_class_is_refused(tmp_path, no_network):
    rows, classes = synthetic_jet_rows(50, seed=1)
    classes[classes == "t"] = "g"
    with pytest.raises(ValueError, match=r"classes \['g', 'q', 'w', 'z'\] differ"):
        load_dataset("jets", data_home=write_openml_cache(tmp_path, rows, classes), seed=0)
