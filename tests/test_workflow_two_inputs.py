"""The Snakemake workflow on a user's model of two inputs (`model: {file: ..., hls_config: hls.yml}`, its data
file holding `x_<split>/<input name>` per input), run for real: the baseline and the pruned design are built
and C-simulated on both inputs, each read in the type its configuration entry gives."""

import csv
import json

import pytest
import yaml

from .snakemake_runs import make_model_file, run_workflow

pytestmark = pytest.mark.slow

MAKE_MODEL = """
import numpy as np
from fpgaprune.compat import keras

rng = np.random.default_rng(7)
tracks = (np.round(rng.normal(size=(900, 8)) * 2**8) / 2**8).astype("float32")
towers = (np.round(rng.normal(size=(900, 4)) * 2**6) / 2**6).astype("float32")
y = np.argmax(tracks[:, :3] + towers[:, :3], axis=1)
splits = {"train": slice(0, 600), "val": slice(600, 750), "test": slice(750, 900)}
arrays = {}
for split, rows in splits.items():
    arrays |= {f"x_{split}/tracks": tracks[rows], f"x_{split}/towers": towers[rows], f"y_{split}": y[rows]}
np.savez("data.npz", **arrays)
a, b = keras.Input((8,), name="tracks"), keras.Input((4,), name="towers")
da = keras.layers.Dense(12, activation="relu", name="da")(a)
db = keras.layers.Dense(6, activation="relu", name="db")(b)
hidden = keras.layers.Dense(12, activation="relu", name="fc")(keras.layers.Concatenate(name="cat")([da, db]))
logits = keras.layers.Dense(3, name="output")(hidden)
model = keras.Model([a, b], keras.layers.Activation("softmax", name="softmax")(logits))
model.compile(keras.optimizers.Adam(0.02), "sparse_categorical_crossentropy")
model.fit([tracks[:600], towers[:600]], y[:600], epochs=20, batch_size=50, verbose=0)
model.save("two.h5")
"""

HLS_YML = {  # the towers read in a type of their own: on their 1/64 grid, inside [-8, 8)
    "IOType": "io_parallel",
    "HLSConfig": {
        "Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1, "Strategy": "Latency"},
        "LayerName": {"towers": {"Precision": {"result": "fixed<10,4>"}}},
    },
}
CONFIG = {
    "experiments": {
        "two": {
            "model": {"file": "two.h5", "hls_config": "hls.yml"},
            "dataset": {"file": "data.npz"},
            "hls": {"csim_samples": 50, "synthesis": "estimate"},
            "pruning": {
                "schedule": {"kind": "polynomial", "steps": 2},
                "epochs_per_step": 1,
                "final_epochs": 1,
                "regularise_epochs": 0,
                "rtol": 0.8,
            },
            "methods": ["knapsack_dsp"],
            "targets": [0.5],
        }
    }
}


def test_a_model_of_two_inputs_runs_through_the_workflow(repo, tmp_path):
    make_model_file(tmp_path, MAKE_MODEL)
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(CONFIG))
    (tmp_path / "hls.yml").write_text(yaml.safe_dump(HLS_YML))
    done = run_workflow(repo, tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    with open(tmp_path / "results/tables/summary.csv", newline="") as table:
        rows = {row["method"]: row for row in csv.DictReader(table)}
    assert set(rows) == {"baseline", "knapsack_dsp"} and rows["knapsack_dsp"]["status"] == "ok"
    assert int(rows["knapsack_dsp"]["dsp"]) < int(rows["baseline"]["dsp"])
    for design in ("baseline", "knapsack_dsp/t0.5"):
        folder = tmp_path / "results/two/rfhls_config" / design / "hls"
        csim = json.loads((folder / "hls_metrics.json").read_text())
        assert csim["input_type"] == "fixed<16,6,TRN,WRAP,0>, fixed<10,4,TRN,WRAP,0>"  # tracks', towers'
        assert csim["inputs_representable_fraction"] == 1.0 and csim["n_samples"] == 50
        assert csim["output"]["argmax_agreement"] >= 0.95
        top = (folder / "project/firmware/myproject.h").read_text()
        assert "model_input_tracks[8]" in top and "model_input_towers[4]" in top
