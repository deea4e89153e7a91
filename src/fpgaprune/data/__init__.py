"""The datasets of the pipeline, with fixed train/val/test splits and a provenance record."""

from fpgaprune.data.dataset import Dataset, load_prepared, save_dataset
from fpgaprune.data.registry import DATASETS, load_dataset

__all__ = ["DATASETS", "Dataset", "load_dataset", "load_prepared", "save_dataset"]
