"""`fpgaprune hls` end to end on the CI model (digits_mlp): project, C simulation, records."""

import json
import shutil
from pathlib import Path

import pytest
import yaml

from fpgaprune.cli import main

from ..configs import test_experiment, test_yaml


@pytest.fixture(scope="module")
def digits_files(tmp_path_factory):
    from fpgaprune.core.zoo import get_architecture
    from fpgaprune.data import load_dataset, save_dataset
    from fpgaprune.models.build import build_model, save_model
    from fpgaprune.train import compile_model, set_seed

    root = tmp_path_factory.mktemp("digits")
    data = load_dataset("digits", data_home=root, seed=1)
    save_dataset(data, root / "digits.npz", root / "digits.json")
    (root / "config.yaml").write_text(yaml.safe_dump(test_yaml()))
    set_seed(1)
    model = build_model(get_architecture("digits_mlp"), test_experiment().quantization)
    compile_model(model, 0.003)
    model.fit(data.x_train, data.y_train, epochs=8, batch_size=64, verbose=0)
    save_model(model, root / "model.h5")
    return root, root / "config.yaml"


def _args(root: Path, config: Path, out: Path, *extra: str) -> list[str]:
    return [
        "hls",
        "--model",
        str(root / "model.h5"),
        "--data",
        str(root / "digits.npz"),
        "--config",
        str(config),
        "--experiment",
        "digits_mlp",
        "--rf-setting",
        "4",
        "--out-dir",
        str(out),
        *extra,
    ]


@pytest.mark.slow
def test_design_with_a_missing_vendor_tool(digits_files, tmp_path):
    if shutil.which("vitis-run"):
        pytest.skip("Vitis is installed here; this test is about its absence")
    root, settings = digits_files
    out = tmp_path / "hls"
    assert main(_args(root, settings, out, "--max-samples", "120", "--synthesis", "vitis")) == 0
    assert (out / "project" / "firmware" / "parameters.h").is_file()
    metrics = json.loads((out / "hls_metrics.json").read_text())
    resources = json.loads((out / "resources.json").read_text())
    assert metrics["status"] == resources["status"] == "built"
    assert metrics["n_samples"] == 120 and abs(metrics["accuracy_diff_points"]) <= 0.5
    assert metrics["logits_bit_exact_expected"] and metrics["logits"]["bit_exact_fraction"] == 1.0
    assert metrics["inputs_representable_fraction"] == 1.0 and metrics["input_type"]  # read once, recorded
    assert metrics["output"]["argmax_agreement"] >= 0.99
    synthesis = resources["synthesis"]
    assert (synthesis["requested"], synthesis["used"], synthesis["status"]) == (
        "vitis",
        "estimate",
        "not run",
    )
    assert synthesis["message"].startswith("synthesis 'vitis': vitis-run is not on PATH")
    assert resources["total"]["dsp"]["source"] == "estimate"
    assert resources["design"]["layers"]["fc1"] == {
        "reuse_factor": 4,
        "strategy": "Resource",
    }  # a baseline: no unrolling
    firmware = resources["by_source"]["hls_code"]
    assert (
        firmware["total"]["dsp"] == 64 * 32 // 4 + 32 * 16 // 4 + 16 * 10 // 4
    )  # Resource: block_factor each
    assert resources["total"]["latency_ns"]["value"] == resources["total"]["latency_cycles"]["value"] * 5


def test_bad_synthesis_mode_is_one_line(digits_files, tmp_path, capsys):
    root, settings = digits_files
    assert main(_args(root, settings, tmp_path / "hls", "--synthesis", "quartus")) == 2
    error = capsys.readouterr().err.strip()
    modes = "auto, estimate, vivado, vitis, yosys"
    assert error == f"fpgaprune hls: error: hls.synthesis: unknown mode 'quartus'; use one of {modes}"
    assert not (tmp_path / "hls").exists()


def test_unsupported_pruning_gives_skipped_records(digits_files, tmp_path):
    root, settings = digits_files
    record = tmp_path / "metrics.json"
    record.write_text(json.dumps({"status": "unsupported", "error": "no layer is optimizable below 9 bits"}))
    out = tmp_path / "hls"
    assert (
        main(
            _args(
                root,
                settings,
                out,
                "--method",
                "hls4ml_dsp_aware",
                "--target",
                "0.5",
                "--prune-record",
                str(record),
            )
        )
        == 0
    )
    resources = json.loads((out / "resources.json").read_text())
    assert resources["status"] == "skipped" and "no layer is optimizable below 9 bits" in resources["reason"]
    assert json.loads((out / "hls_metrics.json").read_text())["status"] == "skipped"
    assert resources["design"]["reuse_setting"] == "4"  # its console line said `rf?` (2026-12-07)


def test_design_without_gpp_has_no_c_simulation_and_says_so(digits_files, tmp_path, monkeypatch, caplog):
    root, settings = digits_files
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))  # no g++ (nor any other tool)
    out = tmp_path / "hls"
    assert main(_args(root, settings, out, "--max-samples", "50", "--synthesis", "estimate")) == 0
    metrics = json.loads((out / "hls_metrics.json").read_text())
    resources = json.loads((out / "resources.json").read_text())
    assert metrics["status"] == resources["status"] == "built"
    assert metrics["csim"]["status"] == "skipped" and metrics["csim"]["reason"].startswith(
        "g++ is not on PATH"
    )
    assert "hls_accuracy" not in metrics and 0 <= metrics["keras_accuracy"] <= 1
    assert resources["total"]["dsp"]["source"] == "estimate"
    warnings = [r.getMessage() for r in caplog.records if "no C simulation" in r.getMessage()]
    assert len(warnings) == 1 and "\n" not in warnings[0]


@pytest.mark.slow
def test_a_model_files_logits_are_its_last_weight_layer_whatever_its_name(tmp_path):
    """The zoo names its logits layer "output"; a user's model file need not (here "head")."""
    from fpgaprune.compat import keras

    import numpy as np

    rng = np.random.default_rng(3)
    x = rng.normal(size=(600, 8)).astype("float32")
    y = np.argmax(x[:, :3], axis=1)
    np.savez(
        tmp_path / "mine.npz",
        x_train=x[:400],
        y_train=y[:400],
        x_val=x[400:500],
        y_val=y[400:500],
        x_test=x[500:],
        y_test=y[500:],
    )
    inputs = keras.Input((8,), name="features")
    hidden = keras.layers.Dense(8, activation="relu", name="hidden")(inputs)
    logits = keras.layers.Dense(3, name="head")(hidden)
    model = keras.Model(inputs, keras.layers.Activation("softmax", name="prob")(logits))
    model.compile("adam", "sparse_categorical_crossentropy")
    model.fit(x[:400], y[:400], epochs=5, verbose=0)
    model.save(tmp_path / "mine.h5")
    experiment = {
        "model": {"file": str(tmp_path / "mine.h5")},
        "dataset": {"file": str(tmp_path / "mine.npz")},
        "reuse_factors": [4],
        "hls": {"synthesis": "estimate"},
    }
    (tmp_path / "config.yaml").write_text(yaml.safe_dump({"experiments": {"mine": experiment}}))
    out = tmp_path / "hls"
    args = [
        "hls",
        "--model",
        str(tmp_path / "mine.h5"),
        "--data",
        str(tmp_path / "mine.npz"),
        "--config",
        str(tmp_path / "config.yaml"),
        "--experiment",
        "mine",
        "--rf-setting",
        "4",
        "--out-dir",
        str(out),
    ]
    assert main(args) == 0
    metrics = json.loads((out / "hls_metrics.json").read_text())
    assert metrics["status"] == "built" and metrics["csim"]["status"] == "ok" and metrics["n_samples"] == 100
    assert metrics["logits"]["argmax_agreement"] >= 0.95  # the traced logits are the head's
