"""`fpgaprune.optimize` on the paper's LeNet-5 design gives the pipeline prune job's masks.

The design, the settings and the seed are config/config.yaml's `fmnist_lenet5` experiment (its `paper`
reuse setting: convolutions and output layer Latency at RF 1, fc1 Resource at RF 25, fc2 Resource at
RF 12; ap_fixed<18,8>), with a shortened schedule (the same on both sides) on a subset of the real
Fashion-MNIST, so that it runs in a few minutes. The API reads the design from the hls4ml
configuration hls4ml would be given; the prune job reads it from the config file.
"""

import json

import numpy as np
import pytest
import yaml

from fpgaprune.cli import main
from fpgaprune.core.design import rounded

from .. import configs
from ..data import needs_fashion_mnist

pytestmark = [
    pytest.mark.slow,
    needs_fashion_mnist,
]
EXPERIMENT, SETTING, METHOD, TARGET = "fmnist_lenet5", "paper", "knapsack_dsp_bram", "0.75"
SHORT_PRUNING = {"epochs_per_step": 1, "final_epochs": 1, "regularise_epochs": 1, "schedule": {"steps": 2}}


def _config() -> dict:
    """config/config.yaml with only fmnist_lenet5, its training and pruning schedule shortened."""
    config = yaml.safe_load((configs.REPO / "config/config.yaml").read_text())
    experiment = config["experiments"][EXPERIMENT]
    experiment["training"] = {**experiment["training"], "epochs": 2}
    pruning = experiment["pruning"]
    experiment["pruning"] = {
        **pruning,
        **SHORT_PRUNING,
        "schedule": {**pruning["schedule"], **SHORT_PRUNING["schedule"]},
    }
    config["experiments"] = {EXPERIMENT: experiment}
    return config


def _paper_hls_config(hls) -> dict:
    """The hls4ml configuration (granularity "name" style) of the paper's design, in the pipeline's types: a
    float layer's weights and biases and the model input round and saturate (`core.design.rounded`)."""
    return {
        "Model": {
            "Precision": {
                "default": hls.precision,
                "weight": rounded(hls.precision),
                "bias": rounded(hls.precision),
                "accum": hls.accum_precision,
            },
            "ReuseFactor": 1,
            "Strategy": "Latency",
        },
        "LayerName": {
            "input": {"Precision": {"result": rounded(hls.input_precision or hls.precision)}},
            "fc1": {"ReuseFactor": 25, "Strategy": "Resource"},
            "fc2": {"ReuseFactor": 12, "Strategy": "Resource"},
        },
        "IOType": "io_parallel",
    }


@pytest.fixture(scope="module")
def lenet5(tmp_path_factory):
    """(folder, config, experiment, data): a LeNet-5 trained on real Fashion-MNIST as the train job does."""
    from fpgaprune.config import load_config
    from fpgaprune.core.zoo import get_architecture
    from fpgaprune.data import load_dataset, save_dataset
    from fpgaprune.models.build import build_model, save_model
    from fpgaprune.train import set_seed, train_baseline

    root = tmp_path_factory.mktemp("lenet5")
    config = _config()
    (root / "config.yaml").write_text(yaml.safe_dump(config))
    experiment = load_config(config).experiment(EXPERIMENT)
    data = load_dataset(
        "fashion_mnist", data_home=root / "home", seed=config["seed"], n_train=3000, n_val=1000, n_test=1000
    )
    save_dataset(data, root / "fmnist.npz", root / "fmnist.json")
    set_seed(config["seed"])
    model = build_model(get_architecture(experiment.model))
    train_baseline(model, data, experiment.training)
    save_model(model, root / "model.h5")
    return root, config, experiment, data


def test_optimize_gives_the_prune_jobs_masks_on_the_paper_lenet5(lenet5):
    import fpgaprune
    from fpgaprune.config.load import job_seed
    from fpgaprune.core.design import design_layers
    from fpgaprune.models.load import load_model_file
    from fpgaprune.models.user import hls_design, weight_layers

    root, config, experiment, data = lenet5
    seed = job_seed(config["seed"], "prune", EXPERIMENT, SETTING, METHOD, TARGET)  # as the workflow's rule
    job = root / "job"
    args = ["prune", "--model", str(root / "model.h5"), "--data", str(root / "fmnist.npz")]
    args += ["--config", str(root / "config.yaml"), "--experiment", EXPERIMENT, "--rf-setting", SETTING]
    args += ["--method", METHOD, "--target", TARGET, "--seed", str(seed), "--out-dir", str(job)]
    assert main(args) == 0
    job_masks = dict(np.load(job / "masks.npz"))

    hls_config = _paper_hls_config(experiment.hls)
    model = load_model_file(root / "model.h5")
    design = hls_design(model, hls_config)
    weights = weight_layers(model)
    layers = design_layers(
        weights, design.setting.resolve(weights, "h"), design.precisions, design.io_type, pruned=True
    )
    assert layers == experiment.design(SETTING, pruned=True)  # hls4ml's config gives the paper's design

    settings = config["experiments"][EXPERIMENT]
    # the same pruning settings; `knapsack_rf:` (method knapsack_rf only) names the config's `paper` setting
    pruning = {key: value for key, value in settings["pruning"].items() if key != "knapsack_rf"}
    result = fpgaprune.optimize(
        root / "model.h5",
        (data.x_train, data.y_train),
        (data.x_val, data.y_val),
        (data.x_test, data.y_test),
        hls_config=hls_config,
        budget={"dsp": float(TARGET)},  # a share removed of DSP and BRAM_18K, as --target
        method=METHOD,
        seed=seed,
        pruning=pruning,
        training=settings["training"],
    )
    assert set(result.masks) == set(job_masks) == {layer.name for layer in layers}
    for name, mask in job_masks.items():
        assert np.array_equal(result.masks[name], mask), name
    kept = {name: int(mask.sum()) for name, mask in job_masks.items()}
    assert 0 < sum(kept.values()) < sum(mask.size for mask in job_masks.values())  # pruning did prune
    metrics = json.loads((job / "metrics.json").read_text())
    assert result.metrics["accuracy"] == metrics["accuracy"]
    assert result.metrics["estimate"]["totals"] == metrics["estimate"]["totals"]
