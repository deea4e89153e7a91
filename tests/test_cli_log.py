"""`fpgaprune --log FILE`: everything goes to the file; the console gets one summary (or error) line."""

import json
import subprocess
import sys

import pytest

from fpgaprune.cli import main


def _fpgaprune(*args, cwd):
    return subprocess.run(
        [sys.executable, "-m", "fpgaprune", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.slow
def test_log_holds_the_output_and_the_console_only_the_summary(tmp_path):
    result = _fpgaprune(
        "--log",
        "logs/prepare.log",
        "prepare-data",
        "digits",
        "--out",
        "digits.npz",
        "--provenance",
        "digits.json",
        "--seed",
        "1",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    summary = "prepare_data digits: train 1077, val 360, test 360"
    assert result.stderr == summary + "\n" and result.stdout == ""
    log = (tmp_path / "logs/prepare.log").read_text().splitlines()
    assert log[-1] == summary and any("INFO fpgaprune.data" in line for line in log)


def test_an_error_is_one_line_on_the_console_and_in_the_log(tmp_path):
    result = _fpgaprune("--log", "plot.log", "plot-knapsack", "missing.csv", "--out-dir", "out", cwd=tmp_path)
    assert result.returncode == 2
    line = "fpgaprune plot-knapsack: error: missing.csv: no such file; run bench/knapsack_scaling.py first"
    assert result.stderr == line + "\n"
    assert (tmp_path / "plot.log").read_text().splitlines()[-1] == line


def test_a_log_that_is_an_input_or_lies_inside_the_output_is_refused_and_nothing_is_written(tmp_path, capsys):
    """`--log model.h5` replaced the model with the log, then blamed the file ("not a readable Keras model
    file"); a log inside --out went with the folder the result replaces (a review, 2026-12-07)."""
    model = tmp_path / "model.h5"
    model.write_bytes(b"\x89HDF\r\n\x1a\n the user's model")
    args = [
        "optimize",
        "--model",
        str(model),
        "--data",
        "d.npz",
        "--hls-config",
        "h.yml",
        "--budget",
        "dsp=1",
    ]
    assert main(["--log", str(model), *args, "--out", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err == (
        f"fpgaprune optimize: error: --log {model} is the --model path; give the log a file of its own\n"
    )
    assert model.read_bytes() == b"\x89HDF\r\n\x1a\n the user's model"
    inside = tmp_path / "out/run.log"
    assert main(["--log", str(inside), *args, "--out", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err == (
        f"fpgaprune optimize: error: --log {inside} lies inside --out {tmp_path / 'out'}, which the result "
        "replaces; give a file beside it\n"
    )
    assert not (tmp_path / "out").exists()


def test_a_printed_result_stays_on_stdout_and_its_warnings_go_to_the_log(repo, tmp_path):
    """`--log est.log estimate PROJECT --json` left stdout empty and wrote the JSON into the log after its
    notes, so neither the pipe nor the log was valid JSON (a review, 2026-12-07)."""
    project = repo / "tests/core/hardware/data/user_projects/merges_stream"
    result = _fpgaprune("--log", "est.log", "estimate", str(project), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["totals"]["dsp"] >= 0 and result.stderr == ""
    assert "warning: mx: hls4ml's io_stream nnet::maximum" in (tmp_path / "est.log").read_text()


def test_fpgapruned_own_warnings_are_one_log_line_under_the_module_that_warns(caplog):
    """A cost-model warning printed as `WARNING py.warnings: /path/hls/run.py:402: UserWarning: ...` with the
    source line of the call on a line of its own; now one line under the module's logger. Warnings of other
    packages keep the form `logging.captureWarnings` gives them."""
    import logging
    import warnings

    from fpgaprune.cli import PACKAGE, _log_warnings

    logging.captureWarnings(False)  # an earlier main() in this process left it on, outside its catch_warnings
    try:
        with warnings.catch_warnings(), caplog.at_level(logging.WARNING):
            warnings.simplefilter("always")
            _log_warnings()
            _log_warnings()  # a second main() in one process wraps nothing twice
            warnings.warn_explicit("seg: approximate", UserWarning, str(PACKAGE / "hls" / "run.py"), 402)
            warnings.warn_explicit("elsewhere", UserWarning, "/opt/other/module.py", 7)
    finally:
        logging.captureWarnings(False)
    ours, theirs = caplog.records
    assert (ours.name, ours.getMessage()) == ("fpgaprune.hls.run", "seg: approximate")
    assert theirs.name == "py.warnings"
    assert "/opt/other/module.py:7: UserWarning: elsewhere" in theirs.getMessage()


def test_a_stop_in_the_hls4ml_build_says_the_pruning_is_saved_and_a_rerun_builds_it(tmp_path):
    """Ctrl-C during optimize --hls's C simulation said a rerun "resumes from the last accepted pruning step",
    though the walk had finished and --out held its records (status ok) without hls/."""
    import argparse
    import signal

    from fpgaprune.cli import _stopped_line

    args = argparse.Namespace(command="optimize", out=tmp_path / "out", checkpoint_dir=None)
    (tmp_path / "out.checkpoint").mkdir()
    (tmp_path / "out.checkpoint" / "walk.json").write_text("{}")  # a step saved
    assert "resumes from the last accepted pruning step" in _stopped_line(args, signal.SIGINT)
    args.pruned_and_saved = True
    assert _stopped_line(args, signal.SIGINT) == (
        "fpgaprune optimize: stopped by Ctrl-C before it finished: the pruning is done and "
        f"{tmp_path / 'out'} holds the pruned model and its records, but no hls/ (the hls4ml project was "
        "being built); the same command run again builds it without pruning"
    )


# `fpgaprune train` in a fresh process on a prepared data set whose record does not match: its one line, and
# whether TensorFlow was imported before it
TRAIN_ON_BAD_DATA = """
import sys
from fpgaprune.cli import main
code = main(["train", "--data", "digits.npz", "--config", sys.argv[1], "--experiment", "digits_mlp",
             "--seed", "1", "--out-dir", "out"])
print(code, "tensorflow" in sys.modules)
"""


def test_train_refuses_a_bad_data_file_before_tensorflow_is_imported(repo, tmp_path):
    """The train job read its data after importing TensorFlow (about 8 s): a corrupt prepared file failed
    late."""
    (tmp_path / "digits.npz").write_bytes(b"not an npz archive")
    (tmp_path / "digits.json").write_text("{}")
    command = [sys.executable, "-c", TRAIN_ON_BAD_DATA, str(repo / "config/test.yaml")]
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False)
    assert result.stdout.split() == ["2", "False"], result.stderr[-2000:]
    refusal = "fpgaprune train: error: digits.json: records no npz.sha256 of digits.npz"
    assert result.stderr.startswith(refusal)


# `fpgaprune prune` likewise, a zoo model's job on a prepared data set whose record does not match
PRUNE_ON_BAD_DATA = """
import sys
from fpgaprune.cli import main
code = main(["prune", "--model", "model.h5", "--data", "digits.npz", "--config", sys.argv[1],
             "--experiment", "digits_mlp", "--rf-setting", "4", "--method", "knapsack_dsp", "--target", "0.5",
             "--seed", "1", "--out-dir", "out"])
print(code, "tensorflow" in sys.modules)
"""


def test_prune_refuses_a_bad_data_file_before_tensorflow_is_imported(repo, tmp_path):
    """The prune job imported TensorFlow and read its model before its data: a corrupt prepared file failed
    about 8 s late."""
    (tmp_path / "digits.npz").write_bytes(b"not an npz archive")
    (tmp_path / "digits.json").write_text("{}")
    (tmp_path / "model.h5").write_bytes(b"not read: the data file is refused first")
    command = [sys.executable, "-c", PRUNE_ON_BAD_DATA, str(repo / "config/test.yaml")]
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False)
    assert result.stdout.split() == ["2", "False"], result.stderr[-2000:]
    refusal = "fpgaprune prune: error: digits.json: records no npz.sha256 of digits.npz"
    assert result.stderr.startswith(refusal)


def test_a_run_stopped_before_any_saved_step_says_a_rerun_starts_from_the_beginning(tmp_path):
    """Ctrl-C before the first accepted step said a rerun "resumes from the last accepted pruning step saved
    in early.checkpoint", a folder that did not exist (2026-12-07)."""
    import argparse
    import signal

    from fpgaprune.cli import _stopped_line

    args = argparse.Namespace(command="optimize", out=tmp_path / "pruned", checkpoint_dir=None)
    folder = tmp_path / "pruned.checkpoint"
    starts = (
        "fpgaprune optimize: stopped by Ctrl-C before any pruning step was saved; the same command run again "
        "starts from the beginning"
    )
    assert _stopped_line(args, signal.SIGINT) == starts  # no folder yet
    folder.mkdir()
    (folder / "identity.json").write_text("{}")
    assert _stopped_line(args, signal.SIGINT) == starts  # the run's identity only
    (folder / "walk.json").write_text("{}")
    assert _stopped_line(args, signal.SIGTERM) == (
        "fpgaprune optimize: stopped by SIGTERM before it finished; the same command run again resumes from "
        f"the last accepted pruning step saved in {folder}"
    )


# `fpgaprune optimize` and `estimate --model` in a fresh process on a configuration hls4ml cannot build
BAD_HLS_CONFIG = """
import sys
from fpgaprune.cli import main
if sys.argv[1] == "optimize":
    args = ["optimize", "--model", "absent.h5", "--data", "absent.npz", "--hls-config", "hls.yml", "--budget",
            "dsp=0.5", "--out", "out"]
else:
    args = ["estimate", "--model", "model.h5", "--hls-config", "hls.yml"]
code = main(args)
print(code, "tensorflow" in sys.modules)
"""


@pytest.mark.parametrize("command", ["optimize", "estimate"])
def test_a_setting_hls4ml_cannot_build_is_refused_before_tensorflow_is_imported(tmp_path, command):
    """A malformed precision was refused after TensorFlow's import (4.9 s; optimize before 2026-12-07 only
    after the pruning): now by the configuration's check before it (0.37 s)."""
    (tmp_path / "hls.yml").write_text("Model: {Precision: 'ap_fixed<16,6>', ReuseFactor: 0}\n")
    (tmp_path / "model.h5").write_bytes(b"not read: the configuration is refused first")
    run = [sys.executable, "-c", BAD_HLS_CONFIG, command]
    result = subprocess.run(run, cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False)
    assert result.stdout.split() == ["2", "False"], result.stderr[-2000:]
    assert result.stderr.strip().endswith(
        f"fpgaprune {command}: error: hls_config Model.ReuseFactor 0: must be a whole number >= 1"
    )


def test_a_reader_that_leaves_ends_the_run_quietly_as_a_unix_tool(tmp_path):
    # `fpgaprune estimate ... --json | head -c 10` printed "error: [Errno 32] Broken pipe" and exited 2 (a
    # review, 2026-12-07); the read end is closed here before anything is written, so the write always fails
    script = (
        "import os, sys\n"
        "read, write = os.pipe(); os.close(read); os.dup2(write, 1)\n"
        "sys.stdout = os.fdopen(1, 'w', buffering=1)\n"
        "from fpgaprune.cli import main\n"
        "sys.exit(main(['estimate-layer', '--kind', 'dense', '--n-in', '16', '--n-out', '8', '--json']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 128 + 13  # SIGPIPE's, as a shell reports a tool its pipe ended
    assert "Broken pipe" not in result.stderr and "Traceback" not in result.stderr
