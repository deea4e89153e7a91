"""Fashion-MNIST: the real Debian copy through the real loader, and one-line errors for bad files."""

import gzip
import hashlib
import struct

import numpy as np
import pytest

from fpgaprune.data import fashion_mnist, load_dataset, save_dataset
from fpgaprune.data.fashion_mnist import ENV_VAR, FILES
from fpgaprune.data.idx import parse_idx, read_gz

from . import FASHION_MNIST_COPY, needs_fashion_mnist


@pytest.fixture
def no_env(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)


@needs_fashion_mnist
def test_local_copy_is_the_official_dataset(tmp_path, monkeypatch):
    # the Debian package's copy, or the user's own in $FASHION_MNIST_DIR
    monkeypatch.setenv(ENV_VAR, str(FASHION_MNIST_COPY))
    dataset = load_dataset("fashion_mnist", data_home=tmp_path, seed=0, n_train=1000, n_val=200, n_test=500)
    provenance = dataset.provenance
    assert provenance["is_real_task_data"] is True and str(FASHION_MNIST_COPY) in provenance["source"]
    assert [entry["sha256_decompressed"] for entry in provenance["inputs"]] == [d for _, d in FILES.values()]
    assert {split: record["from"] for split, record in provenance["subsampling"].items()} == {
        "train": 54000, "val": 6000, "test": 10000,
    }  # fmt: skip
    assert dataset.x_train.shape == (1000, 28, 28, 1) and dataset.x_train.dtype == np.float32
    assert 0 == dataset.x_test.min() and dataset.x_test.max() == 1
    assert np.bincount(dataset.y_train).tolist() == [100] * 10
    assert list(tmp_path.iterdir()) == []  # a local copy was found: nothing downloaded


@needs_fashion_mnist
def test_first_training_labels_are_the_published_ones():
    labels = parse_idx(read_gz(FASHION_MNIST_COPY / "train-labels-idx1-ubyte.gz"))
    assert labels.shape == (60000,)
    assert labels[:10].tolist() == [9, 0, 0, 3, 0, 2, 7, 2, 5, 5]


def _official_gzip(local_file):
    """The official .gz bytes: the file itself when it is the official one (a download), else Debian's
    deflate payload under the original header (name, 2017 mtime)."""
    content = local_file.read_bytes()
    if hashlib.sha256(content).hexdigest() == FILES[local_file.name][0]:
        return content
    mtime = 1504176606 if local_file.name.startswith("train") else 1504176627
    header = b"\x1f\x8b\x08\x08" + struct.pack("<I", mtime) + content[8:10]  # flag FNAME, mtime, XFL, OS
    return header + local_file.stem.encode() + b"\0" + content[10:]


@needs_fashion_mnist
def test_download_branch_verifies_the_official_files(tmp_path, monkeypatch, no_env):
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    for name in FILES:
        (mirror / name).write_bytes(_official_gzip(FASHION_MNIST_COPY / name))
    monkeypatch.setattr(fashion_mnist, "DEBIAN_DIR", tmp_path / "not-installed")
    monkeypatch.setattr(fashion_mnist, "URL", mirror.as_uri() + "/")
    home = tmp_path / "home"
    dataset = load_dataset("fashion_mnist", data_home=home, seed=0, n_train=100, n_val=10, n_test=10)
    assert dataset.provenance["source"] == f"{home / 'fashion-mnist'} (downloaded from {mirror.as_uri()}/)"
    assert sorted(p.name for p in (home / "fashion-mnist").iterdir()) == sorted(FILES)
    assert dataset.provenance["is_real_task_data"] is True


@pytest.mark.parametrize("content", [gzip.compress(b"not fashion"), b"no gzip"], ids=["wrong", "not-gzip"])
def test_corrupt_file_gives_one_line_and_no_output(tmp_path, monkeypatch, content):
    local = tmp_path / "fashion"
    local.mkdir()
    for name in FILES:
        (local / name).write_bytes(content)
    monkeypatch.setenv(ENV_VAR, str(local))
    out = tmp_path / "out"
    with pytest.raises(ValueError) as error:
        save_dataset(load_dataset("fashion_mnist", data_home=tmp_path, seed=0), out / "f.npz", out / "f.json")
    message = str(error.value)
    assert "\n" not in message
    assert str(local / "train-images-idx3-ubyte.gz") in message
    assert FILES["train-images-idx3-ubyte.gz"][1] in message
    assert "apt-get install dataset-fashion-mnist" in message
    assert "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/train-images-idx3-ubyte.gz" in message
    assert not out.exists()


def test_missing_file_in_the_chosen_directory_gives_one_line(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    with pytest.raises(FileNotFoundError) as error:
        load_dataset("fashion_mnist", data_home=tmp_path, seed=0)
    message = str(error.value)
    assert "\n" not in message and "train-images-idx3-ubyte.gz: missing" in message
    assert FILES["train-images-idx3-ubyte.gz"][1] in message and "apt-get install" in message
