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
        ValueError, match="parallelization factor 3 needs an io_parallel Conv2D layer whose 784"
    ):
        chosen_settings(lenet, {"conv1": {**chosen["conv1"], "parallelization_factor": 3}})
    with pytest.raises(ValueError, match="prune record design fc1: parallelization factor 2"):
        chosen_settings(
            lenet, {"fc1": {"reuse_factor": 25, "strategy": "resource", "parallelization_factor": 2}}
        )


def test_parallelization_factor_is_in_the_written_project(tmp_path):
    """The project hls4ml writes computes conv1's pixels four at a time, and its reader says so."""
    from fpgaprune.compat import keras

    from fpgaprune.config import HlsSettings
    from fpgaprune.hls.convert import prepare_model, write_project

    inputs = keras.Input(shape=(8, 8, 1), name="input")
    x = keras.layers.Conv2D(2, 3, padding="same", name="conv1")(inputs)
    x = keras.layers.Flatten()(x)
    model = keras.Model(inputs, keras.layers.Dense(3, name="output")(x))
    hls = HlsSettings(
        backend="Vitis",
        part="xcu250-figd2104-2L-e",
        clock_period=5,
        io_type="io_parallel",
        precision="ap_fixed<16,6>",
        input_precision=None,
        accum_precision="auto",
        strategy="latency",
        synthesis="none",
        csim_samples=None,
    )
    hls_input, _ = prepare_model(model)
    strategies = {"conv1": (1, "Latency"), "output": (1, "Latency")}
    graph = write_project(hls_input, hls, strategies, tmp_path / "project", parallelization={"conv1": 4})
    assert graph.graph["conv1"].get_attr("n_partitions") == 64 // 4
    conv1 = {layer.name: layer for layer in read_project(tmp_path / "project")[0]}["conv1"]
    assert conv1.parallelization_factor == 4
