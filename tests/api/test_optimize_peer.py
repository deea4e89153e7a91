"""`fpgaprune optimize --method hls4ml_dsp_aware` (hls4ml's own loop, run as it is) reported by the knapsack
methods' rules: its status says whether it removed the share of DSP asked (estimate, as they count it) at the
accuracy bar. An 8-24-4 softmax classifier with 70 % of its weights already zero, on samples it labels
itself: hls4ml's loop prunes those zeros first and lets them grow again, as it did to hls4ml's 70 %-pruned
jet tagger (DSP 945 -> 1,111, reported "ok" until 2026-12-05)."""

import json

import numpy as np
import pytest
import yaml

from fpgaprune.cli import main

from .generated import on_grid, splits

pytestmark = pytest.mark.slow
SPLITS = splits(300)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    from fpgaprune.compat import keras

    from fpgaprune.train import set_seed

    root = tmp_path_factory.mktemp("peer")
    set_seed(4)
    rng = np.random.default_rng(4)
    x = on_grid(rng.normal(size=(500, 8)))
    inputs = keras.Input((8,), name="features")
    hidden = keras.layers.Dense(24, activation="relu", name="fc1")(inputs)
    model = keras.Model(inputs, keras.layers.Dense(4, activation="softmax", name="fc2")(hidden))
    weights = model.get_weights()
    for kernel in weights[::2]:  # 70 % zeros, as a model pruned before
        kernel[np.abs(kernel) < np.quantile(np.abs(kernel), 0.7)] = 0
    model.set_weights(weights)
    y = np.argmax(model.predict(x, verbose=0), axis=1)
    np.savez(
        root / "data.npz", **{f"{a}_{s}": v[i] for s, i in SPLITS.items() for a, v in (("x", x), ("y", y))}
    )
    model.save(root / "model.h5")
    hls = {"Model": {"Precision": "ap_fixed<16,6,RND_CONV,SAT>", "ReuseFactor": 1, "Strategy": "Latency"}}
    (root / "hls.yml").write_text(yaml.safe_dump(hls))
    return root


def test_hls4ml_s_loop_short_of_its_dsp_share_is_target_not_reached_with_the_share_s_counts(
    files, tmp_path, capsys, caplog
):
    args = [
        "optimize", "--model", str(files / "model.h5"), "--data", str(files / "data.npz"),
        "--hls-config", str(files / "hls.yml"), "--method", "hls4ml_dsp_aware", "--budget", "dsp=0.3",
        "--rtol", "0.9", "--epochs-per-step", "1", "--seed", "3", "--out", str(tmp_path / "out"), "--json",
    ]  # fmt: skip
    with caplog.at_level("INFO"):
        assert main(args) == 0
    captured = capsys.readouterr()
    summary = json.loads(captured.out.splitlines()[-1])  # after hls4ml's own prints
    metrics = json.loads((tmp_path / "out/metrics.json").read_text())
    dsp = metrics["peer"]["dsp"]  # the weight layers' DSP before and after hls4ml's loop (estimate)
    assert dsp["pruned"] > 0.7 * dsp["unpruned"]  # not the 30 % less asked
    assert summary["status"] == metrics["status"] == "target_not_reached"
    assert summary["reached_target"] == metrics["reached_target"] < 0.3
    assert summary["budget"] == {"dsp": int(np.floor(0.7 * dsp["unpruned"] + 1e-6))}  # what 0.3 leaves
    assert metrics["pruned_baseline"] == {"dsp": dsp["unpruned"]}
    assert metrics["reference_val_accuracy"] == 1.0  # the model labelled the samples
    lines = caplog.messages
    (short,) = [line for line in lines if "target_not_reached: hls4ml_dsp_aware" in line]
    assert "where 30 % less was asked" in short and "--method knapsack_dsp" in short
    assert "target_not_reached: DSP" in lines[-1] and "hls4ml's loop took DSP" in lines[-1]
    assert not any("add a dsp count" in line for line in lines)


def test_a_configuration_hls4ml_s_loop_cannot_run_is_one_line_and_no_output(files, tmp_path, capsys):
    """hls4ml's loop has no per-layer opt-out: `pruning.layers` with it was recorded `unsupported`, and the
    CLI then stopped with a KeyError traceback after writing --out (until 2026-12-05)."""
    out = tmp_path / "out"
    args = [
        "optimize", "--model", str(files / "model.h5"), "--data", str(files / "data.npz"),
        "--hls-config", str(files / "hls.yml"), "--method", "hls4ml_dsp_aware", "--budget", "dsp=0.3",
        "--pruning", "{layers: [fc1]}", "--out", str(out),
    ]  # fmt: skip
    assert main(args) == 2
    error = capsys.readouterr().err.strip().splitlines()[-1]
    assert error.startswith("fpgaprune optimize: error: method hls4ml_dsp_aware (hls4ml's DSP-aware pruning)")
    assert "pruning.layers: hls4ml's optimize_keras_model_for_hls4ml prunes every layer" in error
    assert error.endswith("give another method, e.g. knapsack_dsp") and not out.exists()
    assert not out.with_name("out.checkpoint").exists()  # it held only its identity
