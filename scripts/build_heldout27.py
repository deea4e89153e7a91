"""Build tests/core/hardware/data/heldout27/ from hls4ml's own CI synthesis baselines (run by hand).

fastmachinelearning/hls4ml keeps the C-synthesis results of its pytest synthesis tests as JSON baselines,
`test/pytest/baselines/<Backend>/<tool version>/<test id>.json` (added by 3a3857307, "pytest based
synthesis tests (#1257)"; renamed without a content change by 6900257ff). The project that was synthesised
is not kept, so this script rebuilds it. For each Vivado/Vitis baseline at the mirror's HEAD it finds the
commit that last set the JSON's content, reads the test id (function and parameters) from the file name,
rebuilds the test's Keras model and hls4ml config exactly as `test/pytest/test_keras_api.py` at that commit
does (same layers, initialisers, `config_from_keras_model` call and edits, backend, io type, default part
and clock), seeds the random draw (`tf.keras.utils.set_random_seed(SEED)` before each model: the test's
weights were drawn without a recorded per-test seed, so ours are a fresh draw of the same initialiser),
writes the project with the installed hls4ml (`convert_from_keras_model` then `write()`; no compile) and
copies the files fpgaprune's project reader reads (as `scripts/extract_heldout.py` copies them) and every
`firmware/weights/*.txt`. It also copies the JSON byte for byte and writes MANIFEST.tsv and summary.csv
(the JSON's totals). Facts only: no estimate is made.

The CI ran the tests with TensorFlow <= 2.14 (hls4ml's `qkeras` extra), i.e. Keras 2, so hls4ml used its
Keras-2 converter. Here TensorFlow 2.21 is installed with Keras 3 and tf_keras: the models are built with
tf_keras (`TF_USE_LEGACY_KERAS=1`) and hls4ml is made to take its Keras-2 path (`keras2_path`).

Usage: python scripts/build_heldout27.py MIRROR_REPO OUT_DIR
  MIRROR_REPO: bare clone of fastmachinelearning/hls4ml (e.g. /work/.mirror/fastmachinelearning+hls4ml/repo);
  OUT_DIR: tests/core/hardware/data/heldout27.
"""

import os

os.environ.setdefault("TF_USE_LEGACY_KERAS", "1")  # tf.keras = tf_keras (Keras 2), as the CI's TensorFlow
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import contextlib
import csv
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SEED = 27
BASELINES = "test/pytest/baselines"
BACKENDS = ("Vivado", "Vitis")  # AMD/Xilinx only: oneAPI and Quartus/Altera baselines are not used
HLS_TOOL = {"Vivado": "Vivado HLS", "Vitis": "Vitis HLS"}
PART = "xcvu13p-flga2577-2-e"  # hls4ml 1.3.0's default part of both backends (no test passes one)
CLOCK_NS = 5.0  # hls4ml's default clock period (no test passes one)
# The set's designs at the mirror's HEAD ef92ebdf2: (id, backend, tool version, test id = the JSON's file name
# without .json)
DESIGNS = [
    ("H1", "Vivado", "2020.1", "test_keras_api_test_activations_io_parallel-Vivado-elu"),
    ("H2", "Vivado", "2020.1", "test_keras_api_test_activations_io_parallel-Vivado-leaky_relu"),
    ("H3", "Vivado", "2020.1", "test_keras_api_test_activations_io_parallel-Vivado-prelu"),
    ("H4", "Vivado", "2020.1", "test_keras_api_test_activations_io_parallel-Vivado-relu"),
    ("H5", "Vivado", "2020.1", "test_keras_api_test_activations_io_parallel-Vivado-sigmoid"),
    ("H6", "Vivado", "2020.1", "test_keras_api_test_activations_io_stream-Vivado-elu"),
    ("H7", "Vivado", "2020.1", "test_keras_api_test_activations_io_stream-Vivado-leaky_relu"),
    ("H8", "Vivado", "2020.1", "test_keras_api_test_activations_io_stream-Vivado-prelu"),
    ("H9", "Vivado", "2020.1", "test_keras_api_test_activations_io_stream-Vivado-relu"),
    ("H10", "Vivado", "2020.1", "test_keras_api_test_activations_io_stream-Vivado-sigmoid"),
    ("H11", "Vivado", "2020.1", "test_keras_api_test_conv2d_io_parallel-Vivado-Resource-same-channels_last"),
    ("H12", "Vivado", "2020.1", "test_keras_api_test_dense_io_parallel-Vivado"),
    ("H13", "Vivado", "2020.1", "test_keras_api_test_dense_io_stream-Vivado"),
    ("H14", "Vivado", "2020.1", "test_keras_api_test_depthwise1d_io_stream-Vivado"),
    ("H15", "Vivado", "2020.1", "test_keras_api_test_depthwise2d_io_stream-Vivado"),
    ("H16", "Vivado", "2020.1", "test_keras_api_test_pooling_Vivado-channels_last-same-AveragePooling1D"),
    ("H17", "Vivado", "2020.1", "test_keras_api_test_pooling_Vivado-channels_last-same-AveragePooling2D"),
    ("H18", "Vivado", "2020.1", "test_keras_api_test_pooling_Vivado-channels_last-same-MaxPooling1D"),
    ("H19", "Vivado", "2020.1", "test_keras_api_test_pooling_Vivado-channels_last-same-MaxPooling2D"),
    ("H20", "Vivado", "2020.1", "test_keras_api_test_pooling_Vivado-channels_last-valid-AveragePooling1D"),
    ("H21", "Vivado", "2020.1", "test_keras_api_test_pooling_Vivado-channels_last-valid-AveragePooling2D"),
    ("H22", "Vivado", "2020.1", "test_keras_api_test_pooling_Vivado-channels_last-valid-MaxPooling1D"),
    ("H23", "Vivado", "2020.1", "test_keras_api_test_pooling_Vivado-channels_last-valid-MaxPooling2D"),
    ("H24", "Vitis", "2020.1", "test_keras_api_test_dense_io_parallel-Vitis"),
    ("H25", "Vitis", "2020.1", "test_keras_api_test_dense_io_stream-Vitis"),
    ("H26", "Vitis", "2023.1", "test_keras_api_test_activations_io_parallel-Vitis-elu"),
    ("H27", "Vitis", "2023.1", "test_keras_api_test_activations_io_parallel-Vitis-leaky_relu"),
    ("H28", "Vitis", "2023.1", "test_keras_api_test_activations_io_parallel-Vitis-prelu"),
    ("H29", "Vitis", "2023.1", "test_keras_api_test_activations_io_parallel-Vitis-relu"),
    ("H30", "Vitis", "2023.1", "test_keras_api_test_activations_io_parallel-Vitis-sigmoid"),
    ("H31", "Vitis", "2023.1", "test_keras_api_test_activations_io_stream-Vitis-elu"),
    ("H32", "Vitis", "2023.1", "test_keras_api_test_activations_io_stream-Vitis-leaky_relu"),
    ("H33", "Vitis", "2023.1", "test_keras_api_test_activations_io_stream-Vitis-prelu"),
    ("H34", "Vitis", "2023.1", "test_keras_api_test_activations_io_stream-Vitis-relu"),
    ("H35", "Vitis", "2023.1", "test_keras_api_test_activations_io_stream-Vitis-sigmoid"),
    ("H36", "Vitis", "2023.1", "test_keras_api_test_dense_io_parallel-Vitis"),
    ("H37", "Vitis", "2023.1", "test_keras_api_test_dense_io_stream-Vitis"),
    ("H38", "Vitis", "2024.1", "test_keras_api_test_activations_io_parallel-Vitis-elu"),
    ("H39", "Vitis", "2024.1", "test_keras_api_test_activations_io_parallel-Vitis-leaky_relu"),
    ("H40", "Vitis", "2024.1", "test_keras_api_test_activations_io_parallel-Vitis-prelu"),
    ("H41", "Vitis", "2024.1", "test_keras_api_test_activations_io_parallel-Vitis-relu"),
    ("H42", "Vitis", "2024.1", "test_keras_api_test_activations_io_parallel-Vitis-sigmoid"),
    ("H43", "Vitis", "2024.1", "test_keras_api_test_activations_io_stream-Vitis-elu"),
    ("H44", "Vitis", "2024.1", "test_keras_api_test_activations_io_stream-Vitis-leaky_relu"),
    ("H45", "Vitis", "2024.1", "test_keras_api_test_activations_io_stream-Vitis-prelu"),
    ("H46", "Vitis", "2024.1", "test_keras_api_test_activations_io_stream-Vitis-relu"),
    ("H47", "Vitis", "2024.1", "test_keras_api_test_activations_io_stream-Vitis-sigmoid"),
    ("H48", "Vitis", "2024.1", "test_keras_api_test_conv2d_io_parallel-Vitis-Resource-same-channels_last"),
    ("H49", "Vitis", "2024.1", "test_keras_api_test_dense_io_parallel-Vitis"),
    ("H50", "Vitis", "2024.1", "test_keras_api_test_dense_io_stream-Vitis"),
    ("H51", "Vitis", "2024.1", "test_keras_api_test_depthwise1d_io_stream-Vitis"),
    ("H52", "Vitis", "2024.1", "test_keras_api_test_depthwise2d_io_stream-Vitis"),
    ("H53", "Vitis", "2024.1", "test_keras_api_test_pooling_Vitis-channels_last-same-AveragePooling1D"),
    ("H54", "Vitis", "2024.1", "test_keras_api_test_pooling_Vitis-channels_last-same-AveragePooling2D"),
    ("H55", "Vitis", "2024.1", "test_keras_api_test_pooling_Vitis-channels_last-same-MaxPooling1D"),
    ("H56", "Vitis", "2024.1", "test_keras_api_test_pooling_Vitis-channels_last-same-MaxPooling2D"),
    ("H57", "Vitis", "2024.1", "test_keras_api_test_pooling_Vitis-channels_last-valid-AveragePooling1D"),
    ("H58", "Vitis", "2024.1", "test_keras_api_test_pooling_Vitis-channels_last-valid-AveragePooling2D"),
    ("H59", "Vitis", "2024.1", "test_keras_api_test_pooling_Vitis-channels_last-valid-MaxPooling1D"),
    ("H60", "Vitis", "2024.1", "test_keras_api_test_pooling_Vitis-channels_last-valid-MaxPooling2D"),
]
TEST_ID = re.compile(
    r"^test_keras_api_test_(?:"
    r"(?P<dense>dense)_(?P<dense_io>io_\w+?)-(?P<dense_backend>\w+)"
    r"|(?P<act>activations)_(?P<act_io>io_\w+?)-(?P<act_backend>\w+)-(?P<activation>\w+)"
    r"|(?P<conv>conv2d)_(?P<conv_io>io_\w+?)-(?P<conv_backend>\w+)-(?P<strategy>\w+)-(?P<padds>\w+)-(?P<chans>\w+)"
    r"|(?P<dw>depthwise[12]d)_(?P<dw_io>io_\w+?)-(?P<dw_backend>\w+)"
    r"|(?P<pool>pooling)_(?P<pool_backend>\w+?)-(?P<pool_chans>channels_\w+?)-(?P<pool_padds>\w+)-(?P<pooling>\w+)"
    r")$"
)
PROJECT_FILES = ("hls4ml_config.yml", "project.tcl", "build_prj.tcl")
FIRMWARE_FILES = (
    "myproject.cpp",
    "parameters.h",
    "defines.h",
    "nnet_utils/nnet_code_gen.h",
    "nnet_utils/nnet_pooling.h",
    "nnet_utils/nnet_conv1d.h",
    "nnet_utils/nnet_conv1d_latency.h",
)
SUMMARY = ("DSP", "BRAM_18K", "LUT", "FF", "WorstLatency", "IntervalMax")


def git(mirror: Path, *args: str) -> bytes:
    return subprocess.run(["git", "-C", str(mirror), *args], check=True, capture_output=True).stdout


def content_commit(mirror: Path, path: str) -> str:
    """The newest commit that set the file's content (following renames; a pure rename does not count)."""
    blob = git(mirror, "rev-parse", f"HEAD:{path}").decode().strip()
    log = git(
        mirror, "log", "--follow", "-M", "--raw", "--no-abbrev", "--format=commit %H", "HEAD", "--", path
    )
    commit = None
    for line in log.decode().splitlines():
        if line.startswith("commit "):
            commit = line.split()[1]
        elif line.startswith(":"):
            fields = line.split("\t")[0].split()
            new_blob, status = fields[3], fields[4]
            if new_blob == blob and status != "R100":
                return commit
    raise RuntimeError(f"no content commit for {path}")


def parse_test_id(test_id: str) -> dict:
    found = TEST_ID.match(test_id)
    if not found:
        raise ValueError(f"unknown test id {test_id}")
    g = found.groupdict()
    if g["dense"]:
        return {"test": "test_dense", "backend": g["dense_backend"], "io_type": g["dense_io"]}
    if g["act"]:
        return {
            "test": "test_activations",
            "backend": g["act_backend"],
            "io_type": g["act_io"],
            "activation": g["activation"],
        }
    if g["conv"]:
        return {
            "test": "test_conv2d",
            "backend": g["conv_backend"],
            "io_type": g["conv_io"],
            "strategy": g["strategy"],
            "padds": g["padds"],
            "chans": g["chans"],
        }
    if g["dw"]:
        return {"test": f"test_{g['dw']}", "backend": g["dw_backend"], "io_type": g["dw_io"]}
    return {
        "test": "test_pooling",
        "backend": g["pool_backend"],
        "io_type": "io_parallel",  # the test passes no io_type: convert_from_keras_model's default
        "chans": g["pool_chans"],
        "padds": g["pool_padds"],
        "pooling": g["pooling"],
    }


def activation_layer(name: str):
    """The test's module-level activation objects (fresh here, same class, arguments and default name)."""
    from tensorflow.keras.layers import ELU, Activation, LeakyReLU, PReLU

    return {
        "relu": lambda: Activation(activation="relu", name="relu"),
        "leaky_relu": lambda: LeakyReLU(alpha=1.0),
        "elu": lambda: ELU(alpha=1.0),
        "prelu": lambda: PReLU(alpha_initializer="zeros"),
        "sigmoid": lambda: Activation(activation="sigmoid", name="sigmoid"),
    }[name]()


def build_model(params: dict):
    """(Keras model, hls4ml config, conversion keyword arguments), as test_keras_api.py at 3a3857307 builds
    them."""
    import hls4ml
    import tensorflow as tf
    from tensorflow.keras import layers

    backend, io_type = params["backend"], params["io_type"]
    model = tf.keras.models.Sequential()
    test = params["test"]
    convert = {"backend": backend, "io_type": io_type}
    if test == "test_dense":
        model.add(
            layers.Dense(
                2,
                input_shape=(1,),
                name="Dense",
                use_bias=True,
                kernel_initializer=tf.keras.initializers.RandomUniform(minval=1, maxval=10),
                bias_initializer="zeros",
            )
        )
        model.add(layers.Activation(activation="elu", name="Activation"))
        model.compile(optimizer="adam", loss="mse")
        config = hls4ml.utils.config_from_keras_model(model)
    elif test == "test_activations":
        model.add(
            layers.Dense(
                64,
                input_shape=(1,),
                name="Dense",
                kernel_initializer="lecun_uniform",
                kernel_regularizer=None,
            )
        )
        model.add(activation_layer(params["activation"]))
        model.compile(optimizer="adam", loss="mse")
        config = hls4ml.utils.config_from_keras_model(model)
    elif test == "test_conv2d":
        model.add(
            layers.Conv2D(
                filters=32,
                kernel_size=(4, 4),
                strides=(4, 4),
                padding=params["padds"],
                input_shape=(28, 28, 3),
                kernel_initializer="normal",
                use_bias=False,
                data_format=params["chans"],
            )
        )
        model.compile(optimizer="adam", loss="mse")
        config = hls4ml.utils.config_from_keras_model(model)
        config["Model"]["Strategy"] = params["strategy"]
    elif test == "test_depthwise2d":
        model.add(layers.DepthwiseConv2D(kernel_size=(3, 3), input_shape=(32, 32, 3)))
        model.compile()
        config = hls4ml.utils.config_from_keras_model(
            model, granularity="name", default_precision="fixed<32,12>", backend=backend
        )
    elif test == "test_depthwise1d":
        model.add(layers.DepthwiseConv1D(kernel_size=3, input_shape=(32, 3)))
        model.compile()
        config = hls4ml.utils.config_from_keras_model(model, granularity="name", backend=backend)
    elif test == "test_pooling":
        pooling = getattr(layers, params["pooling"])
        input_shape = (18, 15, 3) if "2D" in params["pooling"] else (121, 3)
        model.add(pooling(padding=params["padds"], input_shape=input_shape))
        model.compile()
        config = hls4ml.utils.config_from_keras_model(model)
        convert = {"backend": backend}  # no io_type: the default, io_parallel
    else:
        raise ValueError(test)
    return model, config, convert


@contextlib.contextmanager
def keras2_path():
    """Make hls4ml see Keras 2 (tf_keras) as `keras`: its three `keras.__version__` checks then take the
    Keras-2 converter, and `write_yml` writes the model as
    `KerasModel: !keras_model '<output dir>/keras_model.keras'` (it registers its representer for
    `keras.models.Model`), as under the CI's Keras 2."""
    import keras
    import tf_keras

    saved = keras.__version__, keras.models.Model
    keras.__version__, keras.models.Model = tf_keras.__version__, tf_keras.Model
    try:
        yield
    finally:
        keras.__version__, keras.models.Model = saved


def write_project(params: dict, scratch: Path, test_id: str) -> Path:
    """Write the project into `scratch/<test id>` (the output directory given relative, so that
    hls4ml_config.yml names `OutputDir: <test id>`, the directory the test writes, and no scratch path)."""
    import hls4ml
    import tensorflow as tf

    # fresh layer names (leaky_re_lu, p_re_lu, ...), as in the test's own process
    tf.keras.backend.clear_session()
    tf.keras.utils.set_random_seed(SEED)
    scratch.mkdir(parents=True, exist_ok=True)
    cwd = os.getcwd()
    os.chdir(scratch)
    try:
        with keras2_path():
            model, config, convert = build_model(params)
            hls_model = hls4ml.converters.convert_from_keras_model(
                model, hls_config=config, output_dir=test_id, **convert
            )
            hls_model.write()
    finally:
        os.chdir(cwd)
    return scratch / test_id


def copy_project(written: Path, target: Path) -> None:
    if target.exists():
        shutil.rmtree(target)
    for name in PROJECT_FILES + tuple(f"firmware/{file}" for file in FIRMWARE_FILES):
        if (written / name).exists():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(written / name, target / name)
    for weights in sorted((written / "firmware/weights").glob("*.txt")):
        (target / "firmware/weights").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(weights, target / "firmware/weights" / weights.name)


def main(mirror: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    listed = {
        path
        for path in git(mirror, "ls-tree", "-r", "--name-only", "HEAD", BASELINES).decode().splitlines()
        if path.endswith(".json") and path.split("/")[3] in BACKENDS
    }
    wanted = {f"{BASELINES}/{backend}/{version}/{test_id}.json" for _, backend, version, test_id in DESIGNS}
    if listed != wanted:
        raise RuntimeError(f"baselines differ from the design list: {sorted(listed ^ wanted)}")
    manifest, summary = [], []
    with tempfile.TemporaryDirectory() as scratch:
        for design, backend, version, test_id in DESIGNS:
            path = f"{BASELINES}/{backend}/{version}/{test_id}.json"
            commit = content_commit(mirror, path)
            data = git(mirror, "show", f"HEAD:{path}")
            report = out / "reports" / backend / version / f"{test_id}.json"
            report.parent.mkdir(parents=True, exist_ok=True)
            report.write_bytes(data)
            csynth = json.loads(data)["CSynthesisReport"]
            params = parse_test_id(test_id)
            if params["backend"] != backend:
                raise RuntimeError(f"{test_id} is not of backend {backend}")
            written = write_project(params, Path(scratch) / design, test_id)
            copy_project(written, out / "projects" / design)
            manifest.append(
                [design, "fastmachinelearning/hls4ml", commit, test_id, path]
                + [HLS_TOOL[backend], version, PART, f"{CLOCK_NS}"]
            )
            summary.append([design, "Total"] + [csynth[key] for key in SUMMARY])
            print(design, test_id, commit[:9], file=sys.stderr)
    with open(out / "MANIFEST.tsv", "w", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(
            [
                "design",
                "repo",
                "commit",
                "project_dir",
                "csynth_report",
                "hls_tool",
                "hls_version",
                "part",
                "clock_ns",
            ]
        )
        writer.writerows(manifest)
    with open(out / "summary.csv", "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["design", "row", "dsp", "bram_18k", "lut", "ff", "latency_max", "ii"])
        writer.writerows(summary)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve())
