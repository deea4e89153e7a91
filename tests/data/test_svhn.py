"""SVHN from tiny `.mat` files written in the official layout (X uint8 (32,32,3,N), y (N,1) in 1..10)."""

import numpy as np
import pytest
import scipy.io

from fpgaprune.data.svhn import FILES, load_svhn


def _write_mat(path, labels, seed):
    images = np.random.default_rng(seed).integers(0, 256, size=(32, 32, 3, len(labels)), dtype=np.uint8)
    path.parent.mkdir(parents=True, exist_ok=True)
    scipy.io.savemat(path, {"X": images, "y": np.asarray(labels, dtype=np.uint8).reshape(-1, 1)})
    return images


@pytest.fixture
def tiny_svhn(tmp_path):
    train_labels = [1 + i % 10 for i in range(20)]  # 1..10, so label 10 (digit 0) is present
    test_labels = [10, 3, 10, 7, 1]
    train = _write_mat(tmp_path / "svhn" / "train_32x32.mat", train_labels, seed=0)
    test = _write_mat(tmp_path / "svhn" / "test_32x32.mat", test_labels, seed=1)
    return tmp_path, (train, np.array(train_labels)), (test, np.array(test_labels))


def test_layout_labels_and_validation_tail(tiny_svhn):
    data_home, (train, train_labels), (test, _) = tiny_svhn
    dataset = load_svhn(data_home, seed=0, verify_checksums=False)
    assert dataset.x_train.shape == (18, 32, 32, 3) and dataset.x_val.shape == (2, 32, 32, 3)
    assert dataset.x_test.dtype == np.float32 and dataset.y_test.dtype == np.int64
    np.testing.assert_array_equal(dataset.x_test[2] * 255, test[:, :, :, 2])
    np.testing.assert_array_equal(dataset.x_val[-1] * 255, train[:, :, :, -1])  # val = end of train file
    np.testing.assert_array_equal(dataset.y_test, [0, 3, 0, 7, 1])
    np.testing.assert_array_equal(dataset.y_train, train_labels[:18] % 10)
    assert dataset.provenance["is_real_task_data"] is False
    assert "NOT the official files" in dataset.provenance["source"]


def test_checksum_mismatch_names_file_checksum_and_url(tiny_svhn):
    data_home, _, _ = tiny_svhn
    with pytest.raises(ValueError) as error:
        load_svhn(data_home, seed=0)
    message = str(error.value)
    assert "\n" not in message
    assert "train_32x32.mat" in message and FILES["train"][1] in message
    assert "http://ufldl.stanford.edu/housenumbers/train_32x32.mat" in message


def test_labels_outside_1_to_10_are_refused(tmp_path):
    _write_mat(tmp_path / "svhn" / "train_32x32.mat", [0, 1, 2], seed=0)
    _write_mat(tmp_path / "svhn" / "test_32x32.mat", [1, 2, 3], seed=1)
    with pytest.raises(ValueError, match=r"labels span 0..2, expected 1..10"):
        load_svhn(tmp_path, seed=0, verify_checksums=False)
