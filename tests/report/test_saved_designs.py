"""The chain from saved pruned model to published number, checked link by link on a real short run.

Each pruned `model.h5` is read back and checked against its own `masks.npz` and prune record; the
hls4ml design built from it is checked against the same record; and a pruned design must cost
fewer DSPs than its baseline. The records alone cannot tell a saved unpruned model from a pruned one.
"""

import numpy as np
import pytest

from fpgaprune.config import load_config
from fpgaprune.core.hardware.cost import estimate_model

from .conftest import BUILT, EXPERIMENT, SETTING, TARGET, UNBUILT, read

pytestmark = pytest.mark.slow


def _design_dir(real_run, method):
    return real_run / f"results/{EXPERIMENT}/rf{SETTING}/{method}/t{TARGET}"


def _saved(real_run, method):
    """(kernels of the saved model.h5, masks.npz, prune record) of one pruned design."""
    from fpgaprune.models.build import load_model

    design = _design_dir(real_run, method)
    model = load_model(design / "model.h5")
    with np.load(design / "masks.npz") as masks:
        masks = dict(masks)
    return (
        {name: model.get_layer(name).kernel.numpy() for name in masks},
        masks,
        read(design / "metrics.json"),
    )


@pytest.mark.parametrize("method", [BUILT, UNBUILT])
def test_saved_model_is_zero_exactly_where_its_masks_prune(real_run, method):
    kernels, masks, record = _saved(real_run, method)
    assert sum(int((~mask).sum()) for mask in masks.values()) > 0  # the masks prune something
    for name, kernel in kernels.items():
        assert kernel.shape == masks[name].shape
        assert np.all(kernel[~masks[name]] == 0), f"{name}: pruned weights are not zero in model.h5"
        assert record["sparsity"][name] == pytest.approx(np.mean(kernel == 0))


@pytest.mark.parametrize("method", [BUILT, UNBUILT])
def test_saved_model_costs_what_its_prune_record_says(real_run, method):
    kernels, _, record = _saved(real_run, method)
    experiment = load_config(real_run / "config.yaml").experiment(EXPERIMENT)
    layers = experiment.design(SETTING, pruned=True)
    estimate = estimate_model(layers, [kernels[layer.name] for layer in layers]).as_dict()
    assert estimate == record["estimate"]


def test_hls_design_costs_what_the_prune_record_says(real_run):
    record = read(_design_dir(real_run, BUILT) / "metrics.json")["estimate"]
    by_source = read(_design_dir(real_run, BUILT) / "hls/resources.json")["by_source"]
    estimate, firmware = by_source["estimate"], by_source["hls_code"]
    for metric in ("dsp", "bram_18k"):  # the design's LUT/FF also count its activations, the record's do not
        assert estimate["total"][metric] == record["totals"][metric], metric
    for name, layer in estimate["layers"].items():
        assert (layer["dsp"], layer["bram_18k"]) == (
            record["layers"][name]["dsp"],
            record["layers"][name]["bram_18k"],
        )
    for name, layer in firmware["layers"].items():
        if layer["strategy"] == "resource_unrolled":  # one multiplier per live pattern: exact
            assert layer["dsp"] == record["layers"][name]["dsp"], name
        else:  # Latency: hls4ml's multiplier limit bounds the DSPs from above
            assert layer["dsp"] >= record["layers"][name]["dsp"], name
    assert any(layer["strategy"] == "resource_unrolled" for layer in firmware["layers"].values())


def test_pruned_design_has_fewer_dsps_than_its_baseline(real_run):
    baseline = read(real_run / f"results/{EXPERIMENT}/rf{SETTING}/baseline/hls/resources.json")["by_source"]
    pruned = read(_design_dir(real_run, BUILT) / "hls/resources.json")["by_source"]
    for source in ("estimate", "hls_code"):
        assert pruned[source]["total"]["dsp"] < baseline[source]["total"]["dsp"], source
