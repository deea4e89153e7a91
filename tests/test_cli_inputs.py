"""The CLI on damaged intermediates: one line on stderr naming the file, exit code 2, nothing written."""

import json

import numpy as np
import pytest

from fpgaprune.cli import main
from fpgaprune.core.zoo import get_architecture
from fpgaprune.records import METRICS_SCHEMA, output_checksums


@pytest.fixture
def baseline(tmp_path):
    """A baseline directory as the train job writes it: model.h5 and a metrics.json with its checksum."""
    from fpgaprune.models.build import build_model, save_model

    directory = tmp_path / "baseline"
    directory.mkdir()
    model = build_model(get_architecture("digits_mlp"))
    save_model(model, directory / "model.h5")
    record = {"schema": METRICS_SCHEMA, **output_checksums(directory, ["model.h5"])}
    (directory / "metrics.json").write_text(json.dumps(record))
    return model, directory


def _hls(directory, tmp_path):
    return [
        "hls",
        "--model",
        str(directory / "model.h5"),
        "--data",
        str(tmp_path / "absent.npz"),
        "--config",
        str(tmp_path / "absent.yaml"),
        "--experiment",
        "e",
        "--rf-setting",
        "1",
        "--out-dir",
        str(tmp_path / "hls"),
    ]


def _one_line_error(capsys) -> str:
    error = capsys.readouterr().err
    assert error.count("\n") == 1, error
    return error


def test_a_model_with_zeroed_weights_is_refused(baseline, tmp_path, capsys):
    from fpgaprune.models.build import save_model

    model, directory = baseline
    model.set_weights([np.zeros_like(w) for w in model.get_weights()])
    save_model(model, directory / "model.h5")
    assert main(_hls(directory, tmp_path)) == 2
    error = _one_line_error(capsys)
    assert (
        f"{directory / 'model.h5'}: changed since it was written" in error and f"delete {directory}" in error
    )
    assert not (tmp_path / "hls").exists()


def test_a_truncated_model_is_one_line(baseline, tmp_path, capsys):
    _, directory = baseline
    path = directory / "model.h5"
    path.write_bytes(path.read_bytes()[:4096])
    (directory / "metrics.json").unlink()  # nothing recorded: the loader itself must name the file
    config = tmp_path / "c.yaml"
    config.write_text("experiments: {e: {dataset: digits, model: digits_mlp}}\n")
    args = _hls(directory, tmp_path)
    args[args.index("--config") + 1] = str(config)
    assert main(args) == 2
    assert f"{path}: not a readable Keras model file" in _one_line_error(capsys)


def test_optimize_refuses_a_foreign_out_directory_before_any_work(baseline, tmp_path, capsys, caplog):
    """`optimize --out` naming a directory of the user's own files stops at once, not after the pruning."""
    model, directory = baseline
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("the user's own file\n")
    args = ["optimize", "--model", str(directory / "model.h5"), *_optimize_inputs(model, tmp_path)]
    args += ["--budget", "dsp=100", "--out", str(out)]
    with caplog.at_level("INFO"):
        assert main(args) == 2
    assert "holds files fpgaprune did not write" in _one_line_error(capsys)
    assert not [r for r in caplog.records if r.name.startswith("fpgaprune.pruning")]  # no training ran
    assert [p.name for p in out.iterdir()] == ["notes.txt"]


@pytest.mark.slow
def test_optimize_hls_without_gpp_says_so_first_and_still_writes_the_project(
    baseline, tmp_path, capsys, caplog, monkeypatch
):
    """No g++: one warning before the pruning, the project and its estimate written, `csim: skipped` in the
    summary (it raised KeyError after the whole run, a traceback instead of the outcome); a rerun once g++ is
    there builds it with its C simulation (it said "complete", 2026-12-07)."""
    import sys
    from pathlib import Path

    model, directory = baseline
    monkeypatch.setenv("PATH", str(Path(sys.executable).parent))  # the venv's tools, no g++
    out = tmp_path / "out"
    args = ["optimize", "--model", str(directory / "model.h5"), *_optimize_inputs(model, tmp_path, 64, 32)]
    args += ["--budget", "dsp=0.5", "--method", "knapsack_dsp"]
    args += ["--epochs-per-step", "1", "--rtol", "0.01", "--out", str(out), "--hls", "--json"]
    with caplog.at_level("INFO"):
        assert main(args) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["hls"]["csim"] == "skipped" and summary["hls"]["accuracy_diff_points"] is None
    assert summary["hls"]["project_estimate"]["dsp"] >= summary["dsp"]  # the weight layers and the rest
    recorded = json.loads((out / "hls" / "resources.json").read_text())["by_source"]["estimate"][
        "whole_project"
    ]
    assert {key: recorded["total"][key] for key in summary["hls"]["project_estimate"]} == summary["hls"][
        "project_estimate"
    ]  # in the design's record, not only on the console and in --json
    first = next(i for i, r in enumerate(caplog.records) if "no C simulation" in r.getMessage())
    training = next(i for i, r in enumerate(caplog.records) if r.name.startswith("fpgaprune.pruning"))
    assert first < training and "g++ is not on PATH" in caplog.records[first].getMessage()
    assert json.loads((out / "hls" / "hls_metrics.json").read_text())["csim"]["status"] == "skipped"
    # the outcome line gives every resource, not only DSP and BRAM_18K (knapsack_lut budgets LUT)
    lines = [r.getMessage() for r in caplog.records]
    (final,) = [line for line in lines if line.startswith(f"{summary['status']}: ")]
    assert all(f"{key.upper()} {summary[key]:,.0f}" in final for key in ("dsp", "bram_18k", "lut", "ff"))
    assert (out / "hls" / "project" / "firmware").is_dir()
    # the delivered project's configuration names where it is, not the temporary folder it was written in
    config = (out / "hls" / "project" / "hls4ml_config.yml").read_text()
    assert f"OutputDir: {out / 'hls' / 'project'}\n" in config and ".tmp" not in config
    # g++ found afterwards: the same command builds the design again with its C simulation, not "complete"
    monkeypatch.undo()
    caplog.clear()
    with caplog.at_level("INFO"):
        assert main(args) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["hls"]["csim"] != "skipped" and again["hls"]["accuracy_diff_points"] is not None
    assert again["dsp"] == summary["dsp"]  # the pruning is the checkpoint's, not redone
    assert any("g++ is here now: building it again" in r.getMessage() for r in caplog.records)
    # a project file deleted: built again, not "complete" (a review, 2026-12-07: hls/project could go whole)
    parameters = out / "hls" / "project" / "firmware" / "parameters.h"
    parameters.unlink()
    monkeypatch.setenv("PATH", str(Path(sys.executable).parent))  # no g++: the rebuild without its C-sim
    caplog.clear()
    with caplog.at_level("INFO"):
        assert main(args) == 0
    capsys.readouterr()
    assert parameters.is_file()
    assert not [r for r in caplog.records if "nothing is redone" in r.getMessage()]
    # the same run without --hls replaces the project: said (it went without a word, a review, 2026-12-07)
    caplog.clear()
    with caplog.at_level("INFO"):
        assert main([arg for arg in args if arg != "--hls"]) == 0
    capsys.readouterr()
    replaced = f"{out / 'hls'} holds an earlier run's hls4ml project, which this run (no --hls) replaces"
    assert replaced in [r.getMessage() for r in caplog.records] and not (out / "hls").exists()


def test_optimize_names_a_yaml_error_of_the_hls_config_in_one_line(baseline, tmp_path, capsys):
    """A syntax error in the user's hls4ml YAML was yaml's 65-line traceback; now one line with its place."""
    _, directory = baseline
    hls = tmp_path / "hls.yml"
    hls.write_text("HLSConfig:\n  Model: {ReuseFactor: 4,\n")
    args = ["optimize", "--model", str(directory / "model.h5"), "--data", str(tmp_path / "data.npz")]
    args += ["--hls-config", str(hls), "--budget", "dsp=100", "--out", str(tmp_path / "out")]
    assert main(args) == 2
    error = _one_line_error(capsys)
    assert f"{hls}: not valid YAML or JSON at line 3, column 1" in error and "hls4ml's configuration" in error
    assert not (tmp_path / "out").exists()


def _optimize_inputs(model, tmp_path, n_train: int = 40, n_val: int = 20) -> list[str]:
    """optimize's data (random, of the model's shapes) and hls4ml config (RF-4 Resource), as arguments."""
    import yaml

    rng = np.random.default_rng(0)
    arrays = {}
    for split, n in (("train", n_train), ("val", n_val)):
        arrays[f"x_{split}"] = np.round(rng.random((n, *model.input_shape[1:])) * 1024) / 1024
        arrays[f"y_{split}"] = rng.integers(0, model.output_shape[-1], n)
    np.savez(tmp_path / "data.npz", **arrays)
    hls = {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 4, "Strategy": "Resource"}}
    (tmp_path / "hls.yml").write_text(yaml.safe_dump(hls))
    return ["--data", str(tmp_path / "data.npz"), "--hls-config", str(tmp_path / "hls.yml")]


def test_optimize_hls_names_the_types_that_wrap_before_the_pruning(baseline, tmp_path, capsys, caplog):
    """A configuration whose types cannot hold the model's values was found only by the C simulation after
    the whole pruning; with --hls it is named before any training (the design as configured, on the
    validation data), whatever stops the run afterwards (here a misspelt pruning key)."""
    import yaml

    model, directory = baseline
    inputs = _optimize_inputs(model, tmp_path)
    hls_file = tmp_path / "hls.yml"
    args = ["optimize", "--model", str(directory / "model.h5"), *inputs, "--budget", "dsp=0.5", "--hls"]
    args += ["--pruning", "{max_failure: 4}", "--out", str(tmp_path / "out")]
    with caplog.at_level("INFO"):
        assert main(args) == 2  # fixed<16,6> holds the values: nothing said
    assert "did you mean max_failures?" in _one_line_error(capsys)
    assert not [r for r in caplog.records if "wraps" in r.getMessage()]
    caplog.clear()
    hls_file.write_text(yaml.safe_dump({"Model": {"Precision": "fixed<6,1>", "ReuseFactor": 4}}))
    with caplog.at_level("INFO"):
        assert main(args) == 2
    capsys.readouterr()
    lines = [r.getMessage() for r in caplog.records]
    first = next(
        i for i, line in enumerate(lines) if line.startswith("before the pruning, the hls4ml design")
    )
    assert "its first 20 samples" in lines[first]
    named = [line for line in lines[first + 1 :] if "wraps outside [-1, 0.969]" in line]
    assert {line.split(":")[0] for line in named} >= {"layer fc1", "layer fc2", "layer output"}
    assert "layer input" not in {line.split(":")[0] for line in named}  # the inputs: optimize's own line
    assert not [r for r in caplog.records if r.name.startswith("fpgaprune.pruning")]  # no training ran


def test_optimize_takes_pruning_and_training_settings_in_the_config_files_form(
    baseline, tmp_path, capsys, caplog
):
    """--pruning/--training: the settings the API takes as pruning={...}, training={...} (the command line had
    only --rtol and --epochs-per-step); a misspelt key is one line before any training."""
    model, directory = baseline
    args = ["optimize", "--model", str(directory / "model.h5"), *_optimize_inputs(model, tmp_path)]
    args += ["--budget", "dsp=0.5", "--method", "knapsack_dsp", "--rtol", "0.01", "--epochs-per-step", "1"]
    with caplog.at_level("INFO"):
        assert main([*args, "--pruning", "{max_failure: 4}", "--out", str(tmp_path / "bad")]) == 2
    assert "did you mean max_failures?" in _one_line_error(capsys)
    assert not [r for r in caplog.records if r.name.startswith("fpgaprune.pruning")]
    assert main([*args, "--training", "[64]", "--out", str(tmp_path / "bad")]) == 2
    assert "--training '[64]': not a mapping" in _one_line_error(capsys)

    walk = "{regularise_epochs: 0, final_epochs: 0, schedule: {kind: polynomial, steps: 1}}"
    caplog.clear()
    with caplog.at_level("INFO"):
        assert (
            main([*args, "--pruning", walk, "--training", "{batch_size: 8}", "--out", str(tmp_path / "o")])
            == 0
        )
    metrics = json.loads((tmp_path / "o/metrics.json").read_text())
    assert [step["target"] for step in metrics["steps"]] == [0.5]  # one step, straight to the target
    # no final fine-tuning: the design is still selected again within its budget after the step's
    # (until 2026-12-05 a 16-32-5 MLP ended at DSP 84 of 76, recorded ok)
    selection = metrics["selection"]
    assert "refit_dropped_weights" in selection
    assert metrics["estimate"]["totals"]["dsp"] <= selection["budget"]["dsp"]
    messages = [r.getMessage() for r in caplog.records]
    assert not [m for m in messages if "group-lasso training" in m]  # regularise_epochs: 0
    assert [m for m in messages if m.startswith("fine-tune epoch 1/1")]


def test_optimize_reads_a_json_architecture_with_its_weights(baseline, tmp_path, capsys, caplog):
    """--model mlp.json --weights mlp_weights.h5 (hls4ml's KerasJson and KerasH5): pruned from those weights
    (its unpruned validation accuracy the saved model's); a rerun is the finished run, new weights are a new
    run (the identity checksums the loaded model, not the .json alone); without --weights, one line."""
    model, _ = baseline
    (tmp_path / "mlp.json").write_text(model.to_json())
    model.save_weights(str(tmp_path / "mlp_weights.h5"))
    args = ["optimize", "--model", str(tmp_path / "mlp.json"), *_optimize_inputs(model, tmp_path)]
    args += ["--budget", "dsp=0.5", "--method", "knapsack_dsp", "--rtol", "0.01", "--epochs-per-step", "1"]
    args += ["--pruning", "{regularise_epochs: 0, final_epochs: 0, schedule: {kind: polynomial, steps: 1}}"]
    assert main([*args, "--out", str(tmp_path / "bad")]) == 2
    assert "mlp.json: a model architecture without its weights" in _one_line_error(capsys)

    out = ["--weights", str(tmp_path / "mlp_weights.h5"), "--out", str(tmp_path / "o")]
    assert main([*args, *out]) == 0
    data = np.load(tmp_path / "data.npz")
    predicted = model.predict(data["x_val"], verbose=0).argmax(axis=1)
    metrics = json.loads((tmp_path / "o/metrics.json").read_text())
    assert metrics["reference_val_accuracy"] == pytest.approx(np.mean(predicted == data["y_val"]))
    with caplog.at_level("INFO"):
        assert main([*args, *out]) == 0
    assert [r for r in caplog.records if "holds this run's result; nothing is redone" in r.getMessage()]

    model.get_layer("fc1").set_weights([w * 0 for w in model.get_layer("fc1").get_weights()])
    model.save_weights(str(tmp_path / "mlp_weights.h5"))
    caplog.clear()
    with caplog.at_level("INFO"):
        assert main([*args, *out]) == 0
    assert not [r for r in caplog.records if "nothing is redone" in r.getMessage()]
    assert json.loads((tmp_path / "o/metrics.json").read_text())["reference_val_accuracy"] == pytest.approx(
        np.mean(model.predict(data["x_val"], verbose=0).argmax(axis=1) == data["y_val"])
    )


@pytest.mark.slow
def test_optimize_csim_samples_limits_the_c_simulation(baseline, tmp_path, capsys):
    """--csim-samples N simulates the first N samples (the command line simulated the whole test split, all
    166,000 of a jet tagger's; a 16-32-16-5 MLP took 10 s for 500, g++ included); without --hls, or below
    1, it is one line before any work."""
    model, directory = baseline
    args = ["optimize", "--model", str(directory / "model.h5"), *_optimize_inputs(model, tmp_path)]
    args += ["--budget", "dsp=0.5", "--method", "knapsack_dsp", "--rtol", "0.01", "--epochs-per-step", "1"]
    assert main([*args, "--csim-samples", "7", "--out", str(tmp_path / "bad")]) == 2
    assert "--csim-samples 7 goes with --hls" in _one_line_error(capsys)  # "give a positive count" (a review)
    assert main([*args, "--hls", "--csim-samples", "0", "--out", str(tmp_path / "bad")]) == 2
    assert "--csim-samples 0: give a positive count" in _one_line_error(capsys)
    assert not (tmp_path / "bad").exists()

    assert main([*args, "--hls", "--csim-samples", "7", "--out", str(tmp_path / "o")]) == 0
    simulated = json.loads((tmp_path / "o/hls/hls_metrics.json").read_text())
    assert simulated["n_samples"] == 7 and simulated["csim"]["status"] == "ok"  # of 20 validation samples


@pytest.mark.slow
def test_optimize_hls_takes_a_model_whose_last_layer_applies_the_softmax(tmp_path, capsys, monkeypatch):
    """Keras's usual classifier, `Dense(n, activation="softmax")`, was pruned without --hls but refused with
    it ('give it no activation and add Activation('softmax') after it'); now its softmax is split off as
    hls4ml splits it (`output_softmax`), the project written and the pruned model saved so."""
    import sys
    from pathlib import Path

    from fpgaprune.compat import keras

    from fpgaprune.models.load import load_model_file

    inputs = keras.Input((8,), name="features")
    hidden = keras.layers.Dense(16, activation="relu", name="fc1")(inputs)
    model = keras.Model(inputs, keras.layers.Dense(4, activation="softmax", name="output")(hidden))
    model.save(tmp_path / "fused.h5")
    monkeypatch.setenv("PATH", str(Path(sys.executable).parent))  # no g++: the project, no C simulation
    out = tmp_path / "out"
    args = ["optimize", "--model", str(tmp_path / "fused.h5"), *_optimize_inputs(model, tmp_path)]
    args += ["--budget", "dsp=10000", "--out", str(out), "--hls", "--json"]  # met already: no training
    assert main(args) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["status"] == "ok" and summary["hls"]["csim"] == "skipped"
    saved = load_model_file(out / "model.h5")
    assert [layer.name for layer in saved.layers][-2:] == ["output", "output_softmax"]
    assert saved.get_layer("output").activation.__name__ == "linear"
    defines = (out / "hls" / "project" / "firmware" / "defines.h").read_text()
    assert "output_softmax" in defines  # hls4ml converted the split-off softmax


def test_optimize_hls_says_why_the_firmwares_multipliers_exceed_the_dsp_estimate():
    """A user's QKeras CNN (--hls, Vivado io_stream) printed dsp 374 beside dsp_hls_code 688, nothing saying
    that the difference was two Latency layers' constant products, which HLS builds in LUTs."""
    from fpgaprune.api import firmware_multipliers_line

    def layer(dsp, strategy, rf):
        return {"dsp": dsp, "strategy": strategy, "reuse_factor": rf, "parallelization_factor": 1}

    firmware = {"conv1": layer(61, "latency", 1), "fc1": layer(171, "resource_unrolled", 8)}
    firmware |= {"fc2": layer(285, "latency", 1)}
    estimate = {"conv1": {"dsp": 32}, "fc1": {"dsp": 171}, "fc2": {"dsp": 0}}
    by_source = {
        "hls_code": {"layers": firmware, "total": {"dsp": 517}},
        "estimate": {"layers": estimate, "total": {"dsp": 203}},
    }
    line = firmware_multipliers_line(by_source)
    assert line.startswith(
        "the firmware allows 517 multipliers (hls_code: one DSP each where the operands fit one), the "
        "estimate counts 203 DSP; fewer DSPs estimated: conv1 61 (estimate 32; latency, RF 1), fc2 285 "
        "(estimate 0; latency, RF 1); their weights are constants"
    )
    assert "fc1" not in line and "more DSPs" not in line
    firmware["fc1"] = layer(172, "resource", 8)  # not a constant-weight layer: no such reason given
    assert "weights are constants" not in firmware_multipliers_line(by_source)
    # hls4ml example-models' jetTagger_Conv2D_Small: a Conv2D reading a fixed<33,13>, 45 multipliers of
    # 33 x 16 bits, estimated at 76 DSP (the line called the 45 an upper bound on DSPs)
    wide = {"cnn2D_1_relu": layer(45, "latency", 1)}
    line = firmware_multipliers_line(
        {
            "hls_code": {"layers": wide, "total": {"dsp": 45}},
            "estimate": {"layers": {"cnn2D_1_relu": {"dsp": 76}}, "total": {"dsp": 76}},
        }
    )
    assert (
        "; more DSPs estimated: cnn2D_1_relu 45 (estimate 76; latency, RF 1); their products are wider "
        in line
    )
    assert "fewer" not in line and "upper bound" not in line
    same = {"hls_code": {"layers": {"fc1": layer(171, "resource_unrolled", 8)}, "total": {"dsp": 171}}}
    assert firmware_multipliers_line(same | {"estimate": {"layers": {"fc1": {"dsp": 171}}}}) is None
    # a public autoencoder's 8 x 64 layer at RF 64: hls4ml's generator writes ALLOCATION limit=64 (n_out)
    # where 512 products over 64 cycles need 8; a walk read the line as a mismatch
    unrolled = {"q_dense_4": {**layer(64, "resource_unrolled", 64), "n_in": 8}}
    line = firmware_multipliers_line(
        {
            "hls_code": {"layers": unrolled, "total": {"dsp": 64}},
            "estimate": {"layers": {"q_dense_4": {"dsp": 8}}, "total": {"dsp": 8}},
        }
    )
    assert (
        "q_dense_4 64 (estimate 8; resource_unrolled, RF 64 > n_in 8: hls4ml's generator then limits" in line
    )


@pytest.mark.parametrize(
    "argv, line",
    [
        (["estimate-layer", "--kind", "dense", "--output-pixels", "-5"], "argument --output-pixels: -5"),
        (["plot"], "the following arguments are required: --summary"),
    ],
)
def test_a_command_line_argparse_refuses_is_one_line_pointing_to_the_help(capsys, argv, line):
    """argparse printed the whole usage before its error (20 lines for --output-pixels -5, a review,
    2026-12-07), where fpgaprune's own refusals are one line."""
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    (error,) = capsys.readouterr().err.strip().splitlines()
    assert error.startswith(f"fpgaprune {argv[0]}: error: {line}")
    assert error.endswith(f"(see fpgaprune {argv[0]} --help)")


def test_the_help_says_what_fpgaprune_and_each_command_do(capsys):
    """`fpgaprune --help` began with the module's note to developers ('argument parsing, file I/O and logging;
    no algorithms') and `fpgaprune optimize --help` with its usage alone, no word of what the command does."""
    with pytest.raises(SystemExit):
        main(["--help"])
    top = " ".join(capsys.readouterr().out.split())
    assert "Prune a Keras/QKeras network (a classifier, regression or autoencoder) so that its hls4ml" in top
    assert "no algorithms" not in top and "Your own model and chip: fpgaprune optimize" in top
    with pytest.raises(SystemExit):
        main(["optimize", "--help"])
    optimize = " ".join(capsys.readouterr().out.split())
    assert "prune your own Keras/QKeras model to a resource budget" in optimize
    # the keys --pruning and --training take, from the packaged schema: the help named only the repository's
    # config/README.md, which an installed package does not have (a review, 2026-12-07)
    assert "keys: importance, rtol, schedule, epochs_per_step," in optimize
    assert "keys: epochs, batch_size," in optimize


def test_optimize_checks_and_records_the_data_files_class_names(baseline, tmp_path, capsys):
    """The data file's class_names reached no check and no record of `fpgaprune optimize` (three names for a
    model of ten outputs pruned the whole way); now they are checked before any work and recorded as the
    pipeline's baseline records them (`data.class_names`)."""
    model, directory = baseline
    inputs = _optimize_inputs(model, tmp_path)
    arrays = dict(np.load(tmp_path / "data.npz"))
    names = [f"digit_{i}" for i in range(model.output_shape[-1])]
    np.savez(tmp_path / "short.npz", **arrays, class_names=np.array(names[:3]))
    np.savez(tmp_path / "named.npz", **arrays, class_names=np.array(names))
    args = ["optimize", "--model", str(directory / "model.h5"), "--hls-config", inputs[3]]
    args += ["--budget", "dsp=100000", "--method", "knapsack_dsp"]  # met already: nothing is trained
    assert main([*args, "--data", str(tmp_path / "short.npz"), "--out", str(tmp_path / "bad")]) == 2
    assert "class_names has 3 names but the model has 10 classes" in _one_line_error(capsys)
    assert not (tmp_path / "bad").exists()
    assert main([*args, "--data", str(tmp_path / "named.npz"), "--out", str(tmp_path / "o")]) == 0
    record = json.loads((tmp_path / "o/metrics.json").read_text())
    assert record["data"]["class_names"] == names


@pytest.mark.parametrize(
    ("part", "named"),
    [
        (["xcvu9q"], "unknown FPGA part 'xcvu9q' (device 'xcvu9q'); known devices close to it: xcvu9p"),
        (
            ["xcvu9p"],
            "--part xcvu9p sets the budget but hls.part is xcu250-figd2104-2L-e, the part the design",
        ),
        (["xcu250", "--utilization", "1.5"], "utilization 1.5 must lie in (0, 1]"),
        (["xcu250", "--utilization", "0"], "utilization 0.0 must lie in (0, 1]"),  # not the whole part
    ],
)
def test_a_prune_jobs_part_is_refused_before_the_model_is_read(tmp_path, capsys, part, named):
    """An unknown --part, one of another device than hls.part's or a utilization outside (0, 1] was refused
    after TensorFlow was imported and the model and data were read (4.5-5 s for a 16-32-5 MLP; the part of
    another device only once its design was resolved). Now first: the model file here does not exist, and the
    line names the part."""
    import yaml

    from . import configs

    (tmp_path / "config.yaml").write_text(yaml.safe_dump(configs.test_yaml()))
    args = ["prune", "--model", str(tmp_path / "absent.h5"), "--data", str(tmp_path / "absent.npz")]
    args += ["--config", str(tmp_path / "config.yaml"), "--experiment", "digits_mlp", "--rf-setting", "4"]
    args += ["--method", "knapsack_dsp", "--seed", "1", "--out-dir", str(tmp_path / "out"), "--part", *part]
    assert main(args) == 2
    assert named in _one_line_error(capsys)
    assert not (tmp_path / "out").exists() and not (tmp_path / "out.checkpoint").exists()


def test_optimize_names_a_malformed_part_by_the_hls_configs_key(baseline, tmp_path, capsys):
    """A `Part: Lattice` (an hls4ml Bambu project's) was "config key experiments.model.hls.part: ...", a key
    of the pipeline's config the user never wrote."""
    import yaml

    model, directory = baseline
    inputs = _optimize_inputs(model, tmp_path)
    hls = {"Part": "Lattice", "Model": {"Precision": "fixed<16,6>", "ReuseFactor": 4, "Strategy": "Resource"}}
    (tmp_path / "hls.yml").write_text(yaml.safe_dump(hls))
    args = ["optimize", "--model", str(directory / "model.h5"), *inputs, "--budget", "dsp=100"]
    assert main([*args, "--out", str(tmp_path / "out")]) == 2
    error = _one_line_error(capsys)
    assert error.startswith("fpgaprune optimize: error: hls_config Part: 'Lattice' does not match "), error
    assert "AMD/Xilinx FPGA part" in error and not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("given", "read"),
    [
        ("mae", "mae"),
        (" mae ", "mae"),
        ("pt=mae", {"pt": "mae"}),
        ("pt=mae, cls=accuracy", {"pt": "mae", "cls": "accuracy"}),
        *[(text, None) for text in ("mape", "pt=mae,", "pt=mae,cls", "pt=mae,pt=mse", "=mae", "pt=", "")],
    ],
)
def test_a_metric_is_one_for_all_outputs_or_one_per_output_each_named_once(given, read):
    """`--metric` and `--task` of `fpgaprune optimize` (`cli._one_or_per_output`); what is not one of the
    choices or `output=choice` pairs (`pt=mae,` crashed in unpacking, `pt=mae,pt=mse` kept the last) is one
    line from argparse."""
    import argparse

    from fpgaprune.cli import _one_or_per_output

    parse = _one_or_per_output(("accuracy", "mse", "mae"))
    if read is None:
        with pytest.raises(argparse.ArgumentTypeError, match="or output=value pairs joined by commas, each"):
            parse(given)
    else:
        assert parse(given) == read


def test_a_task_is_read_for_an_output_by_its_name_or_its_weight_layers(baseline, tmp_path, capsys):
    """`optimize --hls` checks the design's convertibility with the output's task before any work; a task
    given by the output's other name (a pruned model.h5's split-off activation by its weight layer's,
    `models.user.output_aliases`) was not read there, and one given for no output passed to the API."""
    from fpgaprune.compat import keras

    from fpgaprune.api import tasks_by_output
    from fpgaprune.models.user import split_output_activation

    inputs = keras.Input((3,))
    split = split_output_activation(keras.Model(inputs, keras.layers.Dense(1, "sigmoid", name="fc")(inputs)))
    assert tasks_by_output(split, {"fc": "regression"}) == {"fc_sigmoid": "regression"}
    assert tasks_by_output(split, "classification") == {"fc_sigmoid": "classification"}
    model, directory = baseline
    args = ["optimize", "--model", str(directory / "model.h5"), *_optimize_inputs(model, tmp_path), "--hls"]
    assert main([*args, "--budget", "dsp=100", "--task", "pt=regression", "--out", str(tmp_path / "o")]) == 2
    error = _one_line_error(capsys)
    assert "task of pt: the model's outputs are " in error and not (tmp_path / "o").exists(), error


def test_an_hls_configs_project_name_and_output_dir_are_said_unused(tmp_path):
    """--hls writes myproject into --out/hls/project whatever the configuration's ProjectName and OutputDir
    say; they were ignored without a word (a review, 2026-12-07)."""
    from fpgaprune.cli import _unused_project_keys_line

    project = tmp_path / "out" / "hls" / "project"
    assert _unused_project_keys_line({"ProjectName": "myproject", "Part": "xcu250"}, project) is None
    assert _unused_project_keys_line({"ProjectName": "tagger", "OutputDir": "mine"}, project) == (
        f"hls_config's ProjectName tagger, OutputDir mine are not used: --hls writes myproject into {project}"
    )
