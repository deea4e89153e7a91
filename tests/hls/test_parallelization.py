"""knapsack_rf's ParallelizationFactor reaches the hls4ml project; a bad one in a prune record is refused."""

from pathlib import Path

import pytest

from fpgaprune.config import load_config
from fpgaprune.core.hardware.project import read_project
from fpgaprune.hls.run import chosen_settings

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def lenet():
    return load_config(REPO / "config/paper.yaml").experiment("fmnist_lenet5")


def test_prune_record_parallelization_is_read_and_checked(lenet):
    chosen = {"conv1": {"reuse_factor": 1, "strategy": "latency", "parallelization_factor": 4}}
    assert chosen_settings(lenet, chosen)["conv1"].parallelization_factor == 4
    assert (
        chosen_settings(lenet, {"fc1": {"reuse_factor": 25, "strategy": "resource"}})[
            "fc1"
        ].parallelization_factor
        == 1
    )
    with pytest.raises(
        ValueError, match="parallelization factor 3 needs a convolution whose 784 output positions"
    ):
        chosen_settings(lenet, {"conv1": {**chosen["conv1"], "parallelization_factor": 3}})
    with pytest.raises(ValueError, match="prune record design fc1: parallelization factor 2"):
        chosen_settings(
            lenet, {"fc1": {"reuse_factor": 25, "strategy": "resource", "parallelization_factor": 2}}
        )


def test_parallelization_factor_is_in_the_written_project(tmp_path):
    """The project hls4ml writes computes conv1's pixels four at a time, and its reader says so."""
    from fpgaprune.compat import keras

    from fpgaprune.hls.convert import prepare_model, write_project

    from .tiny import vitis_settings

    inputs = keras.Input(shape=(8, 8, 1), name="input")
    x = keras.layers.Conv2D(2, 3, padding="same", name="conv1")(inputs)
    x = keras.layers.Flatten()(x)
    model = keras.Model(inputs, keras.layers.Dense(3, name="output")(x))
    hls = vitis_settings()
    hls_input, _ = prepare_model(model)
    strategies = {"conv1": (1, "Latency"), "output": (1, "Latency")}
    graph = write_project(hls_input, hls, strategies, tmp_path / "project", parallelization={"conv1": 4})
    assert graph.graph["conv1"].get_attr("n_partitions") == 64 // 4
    conv1 = {layer.name: layer for layer in read_project(tmp_path / "project")[0]}["conv1"]
    assert conv1.parallelization_factor == 4


@pytest.mark.slow
def test_optimize_hls_builds_the_parallelization_factor_knapsack_rf_chose(tmp_path, monkeypatch):
    """`fpgaprune optimize --hls` after knapsack_rf: the project computes as many of conv1's pixels at once as
    the method chose and the estimate costed (it wrote every chosen reuse factor and strategy but no
    ParallelizationFactor, so the project computed one pixel at a time). The C simulation is skipped here
    (what is checked is the project written)."""
    from fpgaprune.compat import keras

    import numpy as np

    import fpgaprune
    from fpgaprune.hls import run

    keras.utils.set_random_seed(0)
    inputs = keras.Input(shape=(8, 8, 1), name="image")
    x = keras.layers.Conv2D(2, 3, padding="same", name="conv1")(inputs)
    x = keras.layers.Flatten(name="flatten")(x)
    x = keras.layers.Dense(3, name="output")(x)
    model = keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))
    model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
    rng = np.random.default_rng(0)
    images = np.round(rng.normal(size=(240, 8, 8, 1)) * 64) / 64
    labels = np.argmax(images.reshape(240, -1)[:, :3], axis=1)
    model.fit(images[:160], labels[:160], epochs=2, verbose=0)
    path = tmp_path / "model.h5"
    model.save(path)
    hls_config = {"Model": {"Precision": "ap_fixed<16,6>", "ReuseFactor": 1, "Strategy": "Latency"}}
    choice = {"parallelization_factors": [4], "strategies": ["latency"], "rf_candidates": [1]}
    pruning = {"rtol": 0.01, "epochs_per_step": 1, "final_epochs": 1, "regularise_epochs": 0}
    result = fpgaprune.optimize(
        path,
        (images[:160], labels[:160]),
        (images[160:], labels[160:]),
        hls_config=hls_config,
        budget={"dsp": 0.2},
        method="knapsack_rf",
        seed=1,
        pruning={**pruning, "schedule": {"kind": "polynomial", "steps": 1}, "knapsack_rf": choice},
    )
    assert result.metrics["design"]["conv1"]["parallelization_factor"] == 4
    assert result.resources["design"]["layers"]["conv1"]["parallelization_factor"] == 4
    result.save(tmp_path / "out")
    monkeypatch.setattr(run, "csim_unavailable", lambda: "not in this test")
    arrays = {"x_train": images[:160], "y_train": labels[:160], "x_val": images[160:], "y_val": labels[160:]}
    run.build_user_design(tmp_path / "out/model.h5", arrays, hls_config, result, tmp_path / "out/hls")
    conv1 = {layer.name: layer for layer in read_project(tmp_path / "out/hls/project")[0]}["conv1"]
    assert conv1.parallelization_factor == 4
