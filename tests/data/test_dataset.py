"""Prepared datasets on disk: npz + json provenance with the npz's sha256."""

import hashlib
import json
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
    sha256 = hashlib.sha256((tmp_path / "other.npz").read_bytes()).hexdigest()
    (tmp_path / "other.json").write_text(json.dumps({"npz": {"sha256": sha256}}))
    with pytest.raises(ValueError, match="other.npz: not a prepared dataset"):
        load_prepared(tmp_path / "other.npz")


@pytest.fixture
def prepared(tmp_path):
    dataset = load_dataset("digits", data_home=Path("/nonexistent"), seed=0, n_train=200)
    save_dataset(dataset, tmp_path / "digits.npz", tmp_path / "digits.json")
    return dataset, tmp_path / "digits.npz"


def test_a_dataset_changed_after_prepare_data_is_refused(prepared):
    """The probe: every label set to 0, written back as a valid npz."""
    _, npz = prepared
    with np.load(npz) as arrays:
        changed = {key: arrays[key] for key in arrays.files}
    changed["y_train"] = np.zeros_like(changed["y_train"])
    np.savez(npz, **changed)
    expected = read_json(npz.with_suffix(".json"))["npz"]["sha256"]
    with pytest.raises(ValueError) as error:
        load_prepared(npz)
    message = str(error.value)
    assert "\n" not in message and message.startswith(f"{npz}: changed since it was written")
    assert expected in message and f"delete {npz} and rerun" in message
    assert f"as recorded in {npz.with_suffix('.json')})" in message


def test_a_truncated_dataset_is_one_line_naming_the_file(prepared):
    _, npz = prepared
    npz.write_bytes(npz.read_bytes()[:1000])
    with pytest.raises(ValueError, match=rf"^{npz}: changed since it was written .*; delete {npz} and rerun"):
        load_prepared(npz)


@pytest.mark.parametrize("provenance", [{}, {"npz": {}}, {"npz": {"sha256": None}}])
def test_a_provenance_without_the_checksum_is_one_line_naming_both_files(prepared, provenance):
    _, npz = prepared
    record = npz.with_suffix(".json")
    record.write_text(json.dumps(provenance))
    with pytest.raises(ValueError) as error:
        load_prepared(npz)
    assert str(error.value) == (
        f"{record}: records no npz.sha256 of {npz}; "
        f"delete {npz} and rerun (`snakemake {npz}` or `fpgaprune prepare-data`)"
    )


def test_a_dataset_without_provenance_is_refused(prepared):
    _, npz = prepared
    npz.with_suffix(".json").unlink()
    with pytest.raises(FileNotFoundError, match=rf"{npz}: its provenance .*digits.json is missing"):
        load_prepared(npz)
