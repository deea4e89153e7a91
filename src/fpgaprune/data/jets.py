"""The hls4ml LHC jet dataset (OpenML 42468 `hls4ml_lhc_jets_hlf`): 830,000 jets, 16 features, 5 classes.

Read through scikit-learn's `fetch_openml`, which caches the files under `data_home/openml/` and
needs no network once they are there. Labels are mapped explicitly g, q, t, w, z -> 0..4 (the
alphabetical order of the hls4ml tutorial's LabelEncoder); the pandas categories' codes are never used,
because their order depends on the ARFF parser. The test split is the tutorial's
`train_test_split(test_size=0.2, random_state=42)`, whatever the seed; the StandardScaler is fitted
on the training split only.
"""

import http.client
import logging
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.datasets import fetch_openml
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

from fpgaprune.data import files
from fpgaprune.data.dataset import Dataset, make_dataset
from fpgaprune.data.files import socket_timeout
from fpgaprune.data.splits import split_off, subsample_splits

log = logging.getLogger(__name__)

DATA_ID = 42468
OPENML_URL = f"https://www.openml.org/d/{DATA_ID}"
FEATURES = [
    "zlogz", "c1_b0_mmdt", "c1_b1_mmdt", "c1_b2_mmdt", "c2_b1_mmdt", "c2_b2_mmdt", "d2_b1_mmdt",
    "d2_b2_mmdt", "d2_a1_b1_mmdt", "d2_a1_b2_mmdt", "m2_b1_mmdt", "m2_b2_mmdt", "n2_b1_mmdt",
    "n2_b2_mmdt", "mass_mmdt", "multiplicity",
]  # fmt: skip
CLASS_NAMES = ["g", "q", "t", "w", "z"]
TEST_FRACTION, TEST_SPLIT_SEED = 0.2, 42
VAL_FRACTION = 0.25  # the hls4ml tutorial trains with validation_split=0.25
# The published dataset: its size and its first rows as printed in the hls4ml tutorial (part 1).
PUBLISHED_ROWS = 830_000
PUBLISHED_FIRST_ZLOGZ = [-2.935125, -1.927335, -3.112147, -2.666515, -2.484843]
PUBLISHED_FIRST_CLASSES = ["g", "w", "t", "z", "w"]


def load_jets(data_home: Path, seed: int, sizes: dict | None = None) -> Dataset:
    """The jet dataset, standardised with statistics of the training split.

    Args:
        data_home: scikit-learn data home (OpenML cache in `data_home/openml/`).
        seed: seed of the validation split (from the training part) and of subsampling.
        sizes: {"train"|"val"|"test": n or None} to subsample each split.

    Returns:
        Features float32 (N, 16) standardised; labels 0..4 for g, q, t, w, z.
    """
    features, target, details = fetch_jets_frame(Path(data_home))
    check_columns(features)
    x, y = features.to_numpy(np.float64), map_labels(target)
    is_published = matches_published_dataset(x, target)
    if not is_published:
        log.warning("jets: %d rows, not the published dataset; marked is_real_task_data=false", len(x))
    x_rest, x_test, y_rest, y_test = train_test_split(
        x, y, test_size=TEST_FRACTION, random_state=TEST_SPLIT_SEED
    )
    x_train, y_train, x_val, y_val = split_off(x_rest, y_rest, VAL_FRACTION, seed)
    splits = {"train": (x_train, y_train), "val": (x_val, y_val), "test": (x_test, y_test)}
    splits, subsampling = subsample_splits(splits, sizes or {}, seed)
    scaler = StandardScaler().fit(splits["train"][0])
    splits = {split: (scaler.transform(x).astype(np.float32), y) for split, (x, y) in splits.items()}
    provenance = {
        "source": f"sklearn fetch_openml(data_id={DATA_ID}), cache {Path(data_home) / 'openml'}",
        "is_real_task_data": is_published,
        "real_data_check": f"{PUBLISHED_ROWS} rows and first rows equal to the hls4ml tutorial's printout",
        # fetch_openml checks the ARFF against this md5 from the OpenML description
        "inputs": [
            {
                "openml_data_id": DATA_ID,
                "rows": len(x),
                "url": details["url"],
                "md5_arff": details["md5_checksum"],
            }
        ],
        "preprocessing": "StandardScaler fitted on the (possibly subsampled) training split only; float32",
        "scaler": {"mean": scaler.mean_.tolist(), "scale": scaler.scale_.tolist()},
        "test_split": f"train_test_split(test_size={TEST_FRACTION}, random_state={TEST_SPLIT_SEED})",
        "validation": f"stratified {VAL_FRACTION:.0%} of the training part, seeded",
        "seed": seed,
        "subsampling": subsampling,
    }
    return make_dataset("jets", splits, CLASS_NAMES, provenance)


def fetch_jets_frame(data_home: Path) -> tuple[pd.DataFrame, pd.Series, dict]:
    """Features, `class` column and OpenML description; FileNotFoundError if not cached nor downloadable."""
    log.info("jets: fetch_openml(data_id=%d), cache %s", DATA_ID, data_home / "openml")
    try:
        with socket_timeout(files.DOWNLOAD_TIMEOUT_S):  # fetch_openml sets no timeout of its own
            bunch = fetch_openml(
                data_id=DATA_ID,
                data_home=str(data_home),
                as_frame=True,
                parser="auto",
                n_retries=files.DOWNLOAD_RETRIES,
                delay=files.RETRY_DELAY_S,
            )
    except (OSError, http.client.HTTPException) as error:
        detail = (str(error).splitlines() or [""])[0]
        raise FileNotFoundError(
            f"{data_home / 'openml'}: OpenML dataset {DATA_ID} (hls4ml_lhc_jets_hlf) is not cached and "
            f"could not be downloaded from {OPENML_URL} ({type(error).__name__}: {detail}; "
            f"retried, {files.DOWNLOAD_TIMEOUT_S:g} s timeout per attempt); by hand: run "
            f"`fpgaprune prepare-data jets --out jets.npz --provenance jets.json --data-home DIR` where the "
            f"internet is reachable and copy DIR/openml to {data_home / 'openml'}"
        ) from None
    return bunch.data, bunch.target, bunch.details


def check_columns(features: pd.DataFrame) -> None:
    """ValueError unless the 16 feature columns come in the documented order."""
    if list(features.columns) != FEATURES:
        raise ValueError(
            f"OpenML {DATA_ID}: feature columns {list(features.columns)} differ from the expected {FEATURES}"
        )


def map_labels(target: pd.Series) -> np.ndarray:
    """Class indices g, q, t, w, z -> 0..4; ValueError if the classes are not exactly these five."""
    labels = target.astype(str)
    found = sorted(labels.unique())
    if found != CLASS_NAMES:
        raise ValueError(f"OpenML {DATA_ID}: classes {found} differ from the expected {CLASS_NAMES}")
    return labels.map({name: index for index, name in enumerate(CLASS_NAMES)}).to_numpy(np.int64)


def matches_published_dataset(x: np.ndarray, target: pd.Series) -> bool:
    """True when the rows have the published size and first rows (a known-answer check)."""
    first = len(PUBLISHED_FIRST_ZLOGZ)
    return (
        len(x) == PUBLISHED_ROWS
        and np.allclose(x[:first, FEATURES.index("zlogz")], PUBLISHED_FIRST_ZLOGZ, rtol=0, atol=1e-6)
        and list(target.astype(str)[:first]) == PUBLISHED_FIRST_CLASSES
    )
