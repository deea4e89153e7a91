"""Test helper: a pre-seeded scikit-learn OpenML cache holding SYNTHETIC jet rows.

The cache has the exact layout `fetch_openml(data_id=42468, data_home=...)` reads (scikit-learn 1.9.1),
so the real fetch_openml code path runs with no network. The rows come from a seeded RNG: they are not
jets. Column `multiplicity` holds the row number, so tests can trace every row through splits and scaling.
"""

import gzip
import hashlib
import json
from pathlib import Path

import numpy as np

from fpgaprune.data.jets import FEATURES

ARFF_CLASS_ORDER = ["g", "q", "w", "z", "t"]  # the nominal order of the real ARFF header
FILE_ID = "9999"  # made up; only links the description to the ARFF path in the cache


def synthetic_jet_rows(n_rows: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """SYNTHETIC (n_rows, 16) features with column offsets and scales, last column = row number; classes."""
    rng = np.random.default_rng(seed)
    rows = rng.normal(loc=np.arange(16) * 3.0, scale=1.0 + np.arange(16), size=(n_rows, 16))
    rows[:, -1] = np.arange(n_rows)
    classes = rng.permutation(np.array(ARFF_CLASS_ORDER)[np.arange(n_rows) % 5])
    return rows, classes


def write_openml_cache(data_home: Path, rows: np.ndarray, classes, feature_names=FEATURES) -> Path:
    """Write the five gzipped files of OpenML dataset 42468 into `data_home/openml/openml.org/`."""
    arff = _arff(rows, classes, feature_names)
    description = {
        "id": "42468", "name": "hls4ml_lhc_jets_hlf", "version": "1", "format": "ARFF",
        "description": "SYNTHETIC rows written by the fpgaprune tests; not jets",
        "url": f"https://www.openml.org/data/v1/download/{FILE_ID}/hls4ml_lhc_jets_hlf.arff",
        "file_id": FILE_ID, "default_target_attribute": "class", "status": "active",
        "md5_checksum": hashlib.md5(arff.encode()).hexdigest(),
    }  # fmt: skip
    root = data_home / "openml" / "openml.org"
    _write_gz(root / "api/v1/json/data/42468.gz", json.dumps({"data_set_description": description}))
    _write_gz(root / "api/v1/json/data/features/42468.gz", json.dumps(_features_json(feature_names)))
    qualities = {"data_qualities": {"quality": [{"name": "NumberOfInstances", "value": f"{len(rows)}.0"}]}}
    _write_gz(root / "api/v1/json/data/qualities/42468.gz", json.dumps(qualities))
    _write_gz(root / f"data/v1/download/{FILE_ID}/hls4ml_lhc_jets_hlf.arff.gz", arff)
    return data_home


def _arff(rows: np.ndarray, classes, feature_names) -> str:
    header = ["@RELATION hls4ml_lhc_jets_hlf"]
    header += [f"@ATTRIBUTE {name} NUMERIC" for name in feature_names]
    header += ["@ATTRIBUTE class {" + ",".join(ARFF_CLASS_ORDER) + "}", "@DATA"]
    lines = [",".join(f"{value:.17g}" for value in row) + f",{label}" for row, label in zip(rows, classes)]
    return "\n".join(header + lines) + "\n"


def _features_json(feature_names) -> dict:
    common = {"is_ignore": "false", "is_row_identifier": "false", "number_of_missing_values": "0"}
    features = [
        {"index": str(i), "name": name, "data_type": "numeric", "is_target": "false", **common}
        for i, name in enumerate(feature_names)
    ]
    features.append({"index": str(len(feature_names)), "name": "class", "data_type": "nominal",
                     "nominal_value": ARFF_CLASS_ORDER, "is_target": "true", **common})  # fmt: skip
    return {"data_features": {"feature": features}}


def _write_gz(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(text.encode()))
