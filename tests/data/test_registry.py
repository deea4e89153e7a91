"""Loading by name."""

from pathlib import Path

import pytest

from fpgaprune.data import DATASETS, load_dataset


def test_unknown_name_lists_the_known_ones():
    known = ", ".join(DATASETS)
    with pytest.raises(ValueError, match=f"unknown dataset 'mnist'; known datasets: {known}"):
        load_dataset("mnist", data_home=Path("/nonexistent"), seed=0)


def test_the_four_datasets_of_the_pipeline():
    assert DATASETS == ("fashion_mnist", "jets", "svhn", "digits")
