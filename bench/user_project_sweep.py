"""Does `fpgaprune estimate` hold up on the kinds of hls4ml projects users write?

Writes small but varied hls4ml projects (hls4ml's `write()` only: no Vivado, no C++ compile) and runs the CLI
(`fpgaprune estimate DIR`, `--json`) on each, then checks what a user would: exit status, no traceback (a
failure is one `error:` line), no negative or NaN number, a `warning:` for every layer the model cannot
estimate, the expected-error band printed, and the totals equal to the sum of what is listed.

    PYTHONPATH=src nice -n 19 .venv/bin/python bench/user_project_sweep.py --out /tmp/user_projects \
        --summary /tmp/user_project_sweep.md
    # the same projects estimated by another checkout's code, without rewriting them:
    PYTHONPATH=/other/src .venv/bin/python bench/user_project_sweep.py --out /tmp/user_projects --reuse

Every resource number it prints is the cost model's estimate (source "estimate"), never a synthesis.
"""

import argparse
import json
import math
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np

FPGAPRUNE = [sys.executable, "-m", "fpgaprune"]
# firmware calls of layers that hold weights or state (hls4ml 1.3 names)
_WEIGHT_CALL = re.compile(
    r"nnet::(dense|conv_1d_cl|conv_2d_cl|pointwise_conv_1d_cl|pointwise_conv_2d_cl|depthwise_conv_1d_cl|"
    r"depthwise_conv_2d_cl|separable_conv_1d_cl|separable_conv_2d_cl|lstm_stack|gru_stack|lstm|gru|"
    r"simple_rnn\w*)\s*<[^;]*;\s*//\s*(\S+)"
)


def _keras():
    from fpgaprune.compat import keras

    return keras


def _pruned(model, share: float, seed: int = 0) -> None:
    """Set a share of every kernel's weights to zero (magnitude-free: a random mask)."""
    rng = np.random.default_rng(seed)
    for layer in model.layers:
        weights = layer.get_weights()
        if weights:
            weights[0] = weights[0] * (rng.random(weights[0].shape) >= share)
            layer.set_weights(weights)


def _write(model, out: Path, backend="Vivado", io_type="io_parallel", strategy="Latency", rf=1, **extra):
    import hls4ml

    config = hls4ml.utils.config_from_keras_model(model, granularity="name", backend=backend)
    config["Model"]["Strategy"], config["Model"]["ReuseFactor"] = strategy, rf
    for layer in config["LayerName"].values():
        layer["ReuseFactor"] = rf
        if strategy != "Latency":
            layer["Strategy"] = strategy
    for name, settings in extra.pop("layers", {}).items():
        config["LayerName"][name].update(settings)
    hls_model = hls4ml.converters.convert_from_keras_model(
        model, hls_config=config, output_dir=str(out), backend=backend, io_type=io_type, **extra
    )
    hls_model.write()
    return out


def dense_batchnorm(out):
    k = _keras()
    m = k.Sequential(
        [
            k.layers.Input((16,)),
            k.layers.Dense(32, name="fc1"),
            k.layers.BatchNormalization(name="bn1"),
            k.layers.Activation("relu", name="relu1"),
            k.layers.Dense(5, name="fc2"),
            k.layers.Activation("softmax", name="softmax"),
        ]
    )
    return _write(m, out)


def _conv(dim: int):
    k = _keras()
    if dim == 1:
        return k.Sequential(
            [
                k.layers.Input((32, 3)),
                k.layers.Conv1D(4, 3, name="conv1"),
                k.layers.Activation("relu", name="relu1"),
                k.layers.MaxPooling1D(2, name="pool1"),
                k.layers.Flatten(name="flat"),
                k.layers.Dense(4, name="fc"),
            ]
        )
    return k.Sequential(
        [
            k.layers.Input((10, 10, 2)),
            k.layers.Conv2D(4, (3, 3), name="conv1"),
            k.layers.Activation("relu", name="relu1"),
            k.layers.MaxPooling2D(2, name="pool1"),
            k.layers.AveragePooling2D(2, name="avg1"),
            k.layers.Flatten(name="flat"),
            k.layers.Dense(4, name="fc"),
        ]
    )


def conv1d_parallel(out):
    return _write(_conv(1), out)


def conv1d_stream(out):
    return _write(_conv(1), out, io_type="io_stream")


def conv2d_parallel(out):
    return _write(_conv(2), out)


def conv2d_stream(out):
    return _write(_conv(2), out, io_type="io_stream")


def _dense_16_8():
    k = _keras()
    return k.Sequential([k.layers.Input((16,)), k.layers.Dense(8, name="fc")])


def resource_rf_le_nin(out):
    return _write(_dense_16_8(), out, strategy="Resource", rf=4)


def resource_rf_gt_nin(out):
    return _write(_dense_16_8(), out, strategy="Resource", rf=32)


def latency_pruned(out):
    model = _dense_16_8()
    _pruned(model, 0.7, seed=1)
    return _write(model, out)


def _qkeras(bits: int, relu_bits: int):
    from qkeras import QActivation, QDense, quantized_bits, quantized_relu

    k = _keras()
    q = quantized_bits(bits, 0, alpha=1)
    return k.Sequential(
        [
            k.layers.Input((16,)),
            QDense(16, kernel_quantizer=q, bias_quantizer=q, name="qfc1"),
            QActivation(quantized_relu(relu_bits), name="qrelu1"),
            QDense(4, kernel_quantizer=q, bias_quantizer=q, name="qfc2"),
        ]
    )


def qkeras_6bit(out):
    return _write(_qkeras(6, 4), out)


def qkeras_12bit(out):
    return _write(_qkeras(12, 10), out)


def pointwise_conv1d(out):
    k = _keras()
    m = k.Sequential([k.layers.Input((16, 4)), k.layers.Conv1D(8, 1, name="pw")])
    return _write(m, out)


def separable_depthwise(out):
    k = _keras()
    m = k.Sequential(
        [
            k.layers.Input((8, 8, 3)),
            k.layers.DepthwiseConv2D((3, 3), name="dw"),
            k.layers.SeparableConv2D(4, (3, 3), name="sep"),
            k.layers.Flatten(name="flat"),
            k.layers.Dense(2, name="fc"),
        ]
    )
    return _write(m, out, io_type="io_stream")


def activations(out):
    k = _keras()
    m = k.Sequential(
        [
            k.layers.Input((8,)),
            k.layers.Dense(8, name="fc1"),
            k.layers.Activation("tanh", name="tanh"),
            k.layers.Dense(8, name="fc2"),
            k.layers.Activation("sigmoid", name="sigmoid"),
            k.layers.Dense(8, name="fc3"),
            k.layers.LeakyReLU(0.1, name="leaky"),
            k.layers.Dense(8, name="fc4"),
            k.layers.ELU(name="elu"),
            k.layers.Dense(4, name="fc5"),
            k.layers.Activation("softmax", name="softmax"),
        ]
    )
    return _write(m, out, layers={"softmax": {"Implementation": "legacy"}})


def lstm(out):
    k = _keras()
    m = k.Sequential([k.layers.Input((5, 4)), k.layers.LSTM(8, name="lstm"), k.layers.Dense(2, name="fc")])
    return _write(m, out)


def gru(out):
    k = _keras()
    m = k.Sequential([k.layers.Input((5, 4)), k.layers.GRU(8, name="gru"), k.layers.Dense(2, name="fc")])
    return _write(m, out)


def vitis_named(out):
    return _write(_conv(2), out, backend="Vitis", io_type="io_stream", project_name="mynet")


def skip_connections(out):
    k = _keras()
    inputs = k.layers.Input((4, 4, 2), name="x")
    flat = k.layers.Flatten(name="flat")(inputs)
    a = k.layers.Dense(8, name="fa")(flat)
    b = k.layers.Dense(8, name="fb")(flat)
    added = k.layers.Add(name="add")([a, b])
    joined = k.layers.Concatenate(name="cat")([added, a])
    shaped = k.layers.Reshape((4, 4), name="reshape")(joined)
    result = k.layers.Dense(2, name="fc")(k.layers.Flatten(name="flat2")(shaped))
    return _write(k.Model(inputs, result), out)


def lstm_leaky(out):
    """The test fixture (tests/core/hardware/data/user_projects/lstm_leaky): one layer the model does not
    cost with weights (LSTM) and one without (LeakyReLU), around a Dense it does."""
    k = _keras()
    m = k.Sequential(
        [
            k.layers.Input((3, 2)),
            k.layers.LSTM(2, name="lstm"),
            k.layers.Dense(2, name="fc"),
            k.layers.LeakyReLU(0.1, name="leaky"),
        ]
    )
    return _write(m, out)


def conv1d_tagger_vitis(out):
    """The test fixture (tests/core/hardware/data/user_projects/conv1d_tagger_vitis): the float Conv1D tagger
    of docs/your-model.md (16 x 3 input, Conv1D(8, 3) relu twice, Flatten, Dense(16) relu, Dense(4) softmax)
    as a new user converts it (granularity="name": `auto` results, the sums 37-40 bits wide), Resource, Vitis,
    io_parallel, xc7z020: an io_parallel DATAFLOW top whose arrays between the calls are channels."""
    k = _keras()
    k.utils.set_random_seed(0)
    inputs = k.layers.Input((16, 3), name="constituents")
    h = k.layers.Conv1D(8, 3, activation="relu", name="conv1")(inputs)
    h = k.layers.Conv1D(8, 3, activation="relu", name="conv2")(h)
    h = k.layers.Dense(16, activation="relu", name="fc1")(k.layers.Flatten(name="flatten")(h))
    model = k.Model(inputs, k.layers.Dense(4, activation="softmax", name="output")(h))
    layers = {"conv1": {"ReuseFactor": 3}, "conv2": {"ReuseFactor": 8}, "fc1": {"ReuseFactor": 16}}
    part = "xc7z020clg400-1"
    return _write(model, out, backend="Vitis", strategy="Resource", rf=4, layers=layers, part=part)


def conv2d_same_vitis_stream(out):
    """Conv2D with 'same' padding (hls4ml adds a zero-padding layer in io_stream), Vitis backend."""
    k = _keras()
    m = k.Sequential(
        [
            k.layers.Input((8, 8, 2)),
            k.layers.Conv2D(4, (3, 3), padding="same", name="conv1"),
            k.layers.Activation("relu", name="relu1"),
            k.layers.GlobalAveragePooling2D(name="gap"),
            k.layers.Dense(3, name="fc"),
            k.layers.Activation("softmax", name="softmax"),
        ]
    )
    return _write(m, out, backend="Vitis", io_type="io_stream")


def conv2d_resource_parallel(out):
    """Conv2D and Dense with the Resource strategy at RF 9 (<= n_in) in io_parallel."""
    return _write(_conv(2), out, strategy="Resource", rf=9, layers={"fc": {"ReuseFactor": 4}})


def vitis_resource_rf_gt_nin(out):
    return _write(_dense_16_8(), out, backend="Vitis", strategy="Resource", rf=32)


def resource_unrolled(out):
    model = _dense_16_8()
    _pruned(model, 0.5, seed=2)
    return _write(model, out, backend="Vitis", strategy="Resource_Unrolled", rf=4)


def qkeras_conv_stream(out):
    from qkeras import QActivation, QConv2D, QDense, quantized_bits, quantized_relu

    k = _keras()
    q = quantized_bits(8, 0, alpha=1)
    m = k.Sequential(
        [
            k.layers.Input((6, 6, 1)),
            QConv2D(4, (3, 3), kernel_quantizer=q, bias_quantizer=q, name="qconv"),
            QActivation(quantized_relu(6), name="qrelu"),
            k.layers.Flatten(name="flat"),
            QDense(3, kernel_quantizer=q, bias_quantizer=q, name="qfc"),
        ]
    )
    return _write(m, out, backend="Vitis", io_type="io_stream")


def softmax_variants(out):
    k = _keras()
    inputs = k.layers.Input((8,), name="x")
    a = k.layers.Dense(4, name="fa")(inputs)
    b = k.layers.Dense(4, name="fb")(inputs)
    sa = k.layers.Activation("softmax", name="sm_stable")(a)
    sb = k.layers.Activation("softmax", name="sm_latency")(b)
    result = k.layers.Concatenate(name="cat")([sa, sb])
    layers = {"sm_stable": {"Implementation": "stable"}, "sm_latency": {"Implementation": "latency"}}
    return _write(k.Model(inputs, result), out, layers=layers)


def misc_layers(out):
    """Dropout, UpSampling2D, hard_sigmoid, Permute-free glue in io_parallel."""
    k = _keras()
    m = k.Sequential(
        [
            k.layers.Input((4, 4, 2)),
            k.layers.UpSampling2D(2, name="up"),
            k.layers.Conv2D(2, (3, 3), name="conv1"),
            k.layers.Activation("hard_sigmoid", name="hsig"),
            k.layers.Dropout(0.5, name="drop"),
            k.layers.Flatten(name="flat"),
            k.layers.Dense(2, name="fc"),
        ]
    )
    return _write(m, out)


def simple_rnn(out):
    k = _keras()
    rnn = k.layers.SimpleRNN(4, name="rnn")
    m = k.Sequential([k.layers.Input((4, 3)), rnn, k.layers.Dense(2, name="fc")])
    return _write(m, out)


def conv1d_resource_stream(out):
    return _write(_conv(1), out, io_type="io_stream", strategy="Resource", rf=3)


def missing_weights(out):
    dense_batchnorm(out)
    for path in (out / "firmware" / "weights").glob("w*.txt"):
        path.unlink()
    return out


def corrupt_config(out):
    dense_batchnorm(out)
    (out / "hls4ml_config.yml").write_text("Backend: Vivado\nIOType: [io_parallel\n  : {\n")
    return out


def struct_without_member(out):
    dense_batchnorm(out)
    parameters = out / "firmware" / "parameters.h"
    parameters.write_text(re.sub(r"static const unsigned reuse_factor = \d+;", "", parameters.read_text()))
    return out


def nan_weights(out):
    dense_batchnorm(out)
    weights = out / "firmware" / "weights" / "w2.txt"
    weights.write_text("nan," + weights.read_text().split(",", 1)[1])
    return out


PROJECTS = [
    dense_batchnorm,
    conv1d_parallel,
    conv1d_stream,
    conv2d_parallel,
    conv2d_stream,
    resource_rf_le_nin,
    resource_rf_gt_nin,
    latency_pruned,
    qkeras_6bit,
    qkeras_12bit,
    pointwise_conv1d,
    separable_depthwise,
    activations,
    lstm,
    gru,
    vitis_named,
    skip_connections,
    lstm_leaky,
    conv1d_tagger_vitis,
    conv2d_same_vitis_stream,
    conv2d_resource_parallel,
    vitis_resource_rf_gt_nin,
    resource_unrolled,
    qkeras_conv_stream,
    softmax_variants,
    misc_layers,
    simple_rnn,
    conv1d_resource_stream,
    missing_weights,
    corrupt_config,
    struct_without_member,
    nan_weights,
]


# projects that cannot be estimated: each should fail with one `error:` line (a corrupt hls4ml_config.yml is
# not among them: the tcl files hold what it would give)
BROKEN = ("missing_weights", "struct_without_member", "nan_weights")


def _numbers(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from _numbers(item)
    elif isinstance(value, list):
        for item in value:
            yield from _numbers(item)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        yield value


def weight_calls(project: Path) -> list[tuple[str, str]]:
    """(function, layer) of each firmware call of a layer with weights or state."""
    cpp = next((project / "firmware").glob("*.cpp"), None)
    return _WEIGHT_CALL.findall(cpp.read_text()) if cpp else []


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*FPGAPRUNE, *args], capture_output=True, text=True, check=False)


def check(project: Path) -> dict:
    """Run the CLI (table and --json) on one project; what a user would see, and the checks."""
    table = _run("estimate", str(project))
    as_json = _run("estimate", str(project), "--json")
    problems, row = [], {"project": project.name, "exit": table.returncode}
    stderr = table.stderr + as_json.stderr
    if "Traceback" in stderr:
        problems.append("traceback: " + stderr.strip().splitlines()[-1])
    errors = [line for line in table.stderr.splitlines() if "error:" in line]
    row["error"] = errors[0] if errors else ""
    row["warnings"] = [line for line in table.stderr.splitlines() if line.startswith("warning:")]
    if table.returncode == 0 and project.name in BROKEN:
        problems.append("a broken project estimated without an error")
    if table.returncode == 0:
        if "expected error" not in table.stdout:
            problems.append("no error band in the table")
        result = json.loads(as_json.stdout)
        if "expected_error" not in result:
            problems.append("no error band in --json")
        if any(math.isnan(v) or v < 0 for v in _numbers(result)):
            problems.append("negative or NaN number")
        row["totals"] = {k: result["totals"][k] for k in ("dsp", "bram_18k", "lut", "ff", "latency_cycles")}
        row["layers"] = {name: est["dsp"] for name, est in result["layers"].items()}
        listed = set(result["layers"]) | set(result["activations"])
        for function, name in weight_calls(project):
            # stderr names the layers that share one warning text on one line: "warning: a, b: text"
            warned = any(
                name in line.removeprefix("warning: ").split(": ")[0].split(", ") for line in row["warnings"]
            )
            if name not in listed and not warned:
                problems.append(f"{name} ({function}) not estimated and not warned about")
    elif len(errors) != 1 or len(table.stderr.strip().splitlines()) != 1:
        problems.append("failure is not one error line")
    row["problems"] = problems
    return row


def _markdown(rows) -> str:
    lines = [
        "| project | exit | DSP / BRAM_18K / LUT / FF / latency (estimate) | warnings | problems |",
        "|---|---|---|---|---|",
    ]
    for row in rows:
        totals = row.get("totals")
        numbers = " / ".join(str(v) for v in totals.values()) if totals else row["error"].replace("|", "\\|")
        lines.append(
            f"| {row['project']} | {row['exit']} | {numbers} | {len(row['warnings'])} | "
            f"{'; '.join(row['problems']) or 'none'} |"
        )
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="directory for the projects")
    parser.add_argument("--summary", type=Path, help="write the markdown table here")
    parser.add_argument("--only", nargs="*", help="project names to (re)write")
    parser.add_argument("--reuse", action="store_true", help="check existing projects, do not rewrite")
    args = parser.parse_args()
    rows = []
    for build in PROJECTS:
        if args.only and build.__name__ not in args.only:
            continue
        project = args.out / build.__name__
        if not args.reuse:
            shutil.rmtree(project, ignore_errors=True)
            _keras().utils.set_random_seed(1)  # the same initial weights on every run
            try:
                build(project)
            except Exception as error:  # noqa: BLE001 (hls4ml refuses some models: not fpgaprune's defect)
                rows.append(
                    {
                        "project": project.name,
                        "exit": "-",
                        "error": f"hls4ml: {error}"[:200],
                        "warnings": [],
                        "problems": [],
                    }
                )
                continue
        rows.append(check(project))
        print(json.dumps(rows[-1]), flush=True)
    table = _markdown(rows)
    print(table)
    if args.summary:
        args.summary.parent.mkdir(parents=True, exist_ok=True)
        args.summary.write_text(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
