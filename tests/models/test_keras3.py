"""Keras 3 model files read into tf_keras (`fpgaprune.models.keras3`): real files written by Keras 3 in a
child process, translated, and predicting what Keras 3 predicts on the same inputs; what is not translated
is one line and runs no code."""

import json
import os
import subprocess
import sys
import zipfile

import numpy as np
import pytest

# Written by Keras 3 (`import keras` without TF_USE_LEGACY_KERAS) in one child process: each model with random
# weights (batch normalisation's variances positive), saved as .keras and .h5, with its predictions on `x`.
KERAS3_MODELS = r"""
import pathlib, sys
import keras
import numpy as np

out = pathlib.Path(sys.argv[1])
layers = keras.layers
rng = np.random.default_rng(0)


def mlp():
    return keras.Sequential([
        keras.Input((16,)), layers.Dense(32, activation="relu"), layers.Dropout(0.2),
        layers.Dense(16, activation="tanh", kernel_regularizer="l2"), layers.BatchNormalization(),
        layers.Activation("sigmoid"), layers.Dense(5), layers.Softmax(),
    ], name="mlp")


def built():  # a Sequential without an Input, built for its input shape
    model = keras.Sequential([layers.Dense(6, activation="selu"), layers.Dense(3, activation="softmax")])
    model.build((None, 8))
    return model


def branches():
    inputs = keras.Input((10,), name="features")
    a = layers.Dense(8, activation="relu", name="a")(inputs)
    b = layers.Dense(8, activation="elu", name="b")(inputs)
    c = layers.Dense(8, name="c")(inputs)
    joined = layers.Add(name="add")([a, b])
    joined = layers.Multiply(name="multiply")([joined, c])
    joined = layers.Subtract(name="subtract")([joined, a])
    joined = layers.Average(name="average")([joined, b])
    joined = layers.Concatenate(name="concatenate")([joined, inputs])
    logits = layers.Dense(4, name="logits")(layers.ReLU(max_value=6.0, name="relu6")(joined))
    return keras.Model(inputs, layers.Activation("softmax", name="softmax")(logits), name="branches")


def cnn():
    inputs = keras.Input((12, 12, 2))
    h = layers.Conv2D(4, 3, padding="same", use_bias=False)(inputs)
    h = layers.ReLU()(layers.BatchNormalization()(h))
    h = layers.MaxPooling2D()(h)
    h = layers.Conv2D(6, (3, 2), strides=(1, 2), activation="relu")(h)
    pooled = layers.AveragePooling2D(pool_size=(2, 1))(h)
    wide = layers.Dense(5)(layers.Flatten()(pooled))
    narrow = layers.Dense(5)(layers.GlobalAveragePooling2D()(h))
    also = layers.Dense(5)(layers.GlobalMaxPooling2D()(h))
    logits = layers.Add()([layers.Add()([wide, narrow]), also])
    return keras.Model(inputs, layers.Activation("softmax")(logits), name="cnn")


def conv1d():
    inputs = keras.Input((16, 3), name="constituents")
    h = layers.Conv1D(8, 3, activation="relu")(inputs)
    h = layers.MaxPooling1D()(h)
    h = layers.Conv1D(8, 3, padding="same")(h)  # no dilation: hls4ml 1.3 ignores it (refused)
    h = layers.AveragePooling1D(2)(layers.BatchNormalization()(h))
    flat = layers.Reshape((24,))(h)
    pooled = layers.Concatenate()([layers.GlobalMaxPooling1D()(h), layers.GlobalAveragePooling1D()(h)])
    joined = layers.Concatenate()([flat, pooled])
    return keras.Model(inputs, layers.Dense(4, activation="softmax")(joined), name="conv1d")


def activations():  # the carried activation layers after Dense layers, ELU at tf_keras's default and not
    inputs = keras.Input((10,))
    h = layers.LeakyReLU(0.1)(layers.Dense(12)(inputs))
    h = layers.PReLU()(layers.Dense(12)(h))
    h = layers.ELU()(layers.Dense(12)(h))
    h = layers.LeakyReLU()(layers.Dense(8)(layers.ELU(alpha=0.5)(h)))
    return keras.Model(inputs, layers.Dense(4, activation="softmax")(h), name="activations")


def padded2d():
    inputs = keras.Input((8, 8, 4))  # 4 channels: 36 inputs per product, which Resource at RF 4 implements
    h = layers.Conv2D(4, 3)(layers.ZeroPadding2D(1)(inputs))
    h = layers.ZeroPadding2D(((0, 1), (1, 0)))(layers.LeakyReLU(0.125)(h))
    h = layers.MaxPooling2D()(layers.PReLU()(layers.Conv2D(4, 3)(h)))
    return keras.Model(inputs, layers.Dense(3, activation="softmax")(layers.Flatten()(h)), name="padded2d")


def padded1d():
    inputs = keras.Input((16, 4))
    h = layers.ELU()(layers.Conv1D(4, 3)(layers.ZeroPadding1D(1)(inputs)))
    h = layers.Conv1D(4, 3)(layers.ZeroPadding1D((2, 0))(h))
    h = layers.MaxPooling1D()(layers.LeakyReLU()(h))
    return keras.Model(inputs, layers.Dense(3, activation="softmax")(layers.Flatten()(h)), name="padded1d")


def dscnn():  # depthwise-separable blocks: a depthwise layer is carried unpruned, the 1x1 convolutions pruned
    inputs = keras.Input((8, 8, 2))
    h = layers.ReLU()(layers.Conv2D(4, 3)(inputs))
    depthwise = layers.DepthwiseConv2D(3, padding="same", use_bias=False)
    h = layers.ReLU()(layers.BatchNormalization()(depthwise(h)))
    h = layers.ReLU()(layers.Conv2D(6, 1)(h))
    return keras.Model(inputs, layers.Dense(3, activation="softmax")(layers.Flatten()(h)), name="dscnn")


def dscnn1d():
    inputs = keras.Input((16, 3))
    h = layers.DepthwiseConv1D(3, activation="relu")(layers.Conv1D(4, 3)(inputs))
    h = layers.Conv1D(5, 1)(h)
    return keras.Model(inputs, layers.Dense(3, activation="softmax")(layers.Flatten()(h)), name="dscnn1d")


def shared_prelu():  # one alpha per channel: read, not pruned (hls4ml cannot convert it)
    inputs = keras.Input((6, 6, 2))
    h = layers.PReLU(shared_axes=[1, 2])(layers.Conv2D(3, 3)(inputs))
    return keras.Model(inputs, layers.Dense(3, activation="softmax")(layers.Flatten()(h)), name="shared")


shapes = {}
makers = (mlp, built, branches, cnn, conv1d, activations, padded2d, padded1d, dscnn, dscnn1d, shared_prelu)
for make in makers:
    model = make()
    for layer in model.layers:
        weights = [rng.normal(size=w.shape).astype("float32") for w in layer.weights]
        if isinstance(layer, layers.BatchNormalization):
            weights[-1] = np.abs(weights[-1]) + 0.5  # the moving variance
        layer.set_weights(weights)
    x = rng.normal(size=(64, *model.input_shape[1:])).astype("float32")
    np.savez(out / f"{make.__name__}.npz", x=x, predicted=model.predict(x, verbose=0))
    model.save(out / f"{make.__name__}.keras")
    model.save(out / f"{make.__name__}.h5")


@keras.saving.register_keras_serializable(package="mine")
class Scale(layers.Layer):  # writes a marker whenever it is built from a file
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        (out / "marker").write_text("custom code ran")

    def call(self, x):
        return 2 * x


def writes_marker(x):
    (out / "marker").write_text("lambda code ran")
    return x


inputs = keras.Input((4,))
keras.Model(inputs, layers.Dense(2)(Scale(name="scale")(inputs))).save(out / "custom.keras")
evil = layers.Lambda(writes_marker, name="evil")
keras.Model(inputs, layers.Dense(2)(evil(inputs))).save(out / "lambda.keras")
(out / "marker").unlink()
print(keras.__version__)
"""
MODELS = (
    "mlp",
    "built",
    "branches",
    "cnn",
    "conv1d",
    "activations",
    "padded2d",
    "padded1d",
    "dscnn",
    "dscnn1d",
)
SHARED_PRELU = "shared_prelu"  # read and predicting Keras 3's, but refused by `check_supported`


def keras3_environment() -> dict:
    """The environment in which `import keras` is Keras 3: fpgaprune's TF_USE_LEGACY_KERAS removed."""
    environment = {key: value for key, value in os.environ.items() if key != "TF_USE_LEGACY_KERAS"}
    return {**environment, "KERAS_BACKEND": "tensorflow"}


@pytest.fixture(scope="module")
def keras3_files(tmp_path_factory):
    """The models of `KERAS3_MODELS`, written by Keras 3: (folder, Keras version)."""
    folder = tmp_path_factory.mktemp("keras3")
    run = subprocess.run(
        [sys.executable, "-c", KERAS3_MODELS, str(folder)],
        env=keras3_environment(),
        capture_output=True,
        text=True,
        check=True,
    )
    version = run.stdout.strip().splitlines()[-1]
    assert version.startswith("3.")
    return folder, version


@pytest.mark.parametrize("suffix", [".keras", ".h5"])
@pytest.mark.parametrize("name", [*MODELS, SHARED_PRELU])
def test_a_keras_3_model_predicts_the_same_in_tf_keras(keras3_files, name, suffix, caplog, monkeypatch):
    """Sequential MLPs (with an Input; built without one), branches joined by every merge, a
    Conv2D/BatchNorm/pooling CNN, a Conv1D model, Dense layers with LeakyReLU (slopes 0.1 and the default
    0.3), PReLU and ELU (alpha 1, and 0.5: both compute it by another op), ZeroPadding2D/1D (symmetric and
    not) around Conv2D/1D layers with LeakyReLU, PReLU (one alpha per value; one per channel, `shared_axes`)
    and ELU: the tf_keras model read from the Keras 3 file gives Keras 3's predictions on 64 random inputs.
    Measured 2026-12-04 (keras 3.15.1, tf_keras 2.21, CPU): largest difference 0 for each (the same
    TensorFlow ops). It was 8.6e-6 for the CNN while tf_keras fused its 4-D BatchNormalization into one
    TensorFlow op (Keras 3 computes it op by op): the translation asks for the unfused one
    (`keras3.UNFUSED`)."""
    from fpgaprune.compat import keras

    from fpgaprune.models import keras3
    from fpgaprune.models.load import load_model_file

    monkeypatch.setattr(keras3, "_TOLD", set())  # said once per file and process: this test reads it first
    folder, version = keras3_files
    path = folder / f"{name}{suffix}"
    with caplog.at_level("INFO"):
        model = load_model_file(path)
    assert isinstance(model, keras.Model) and type(model).__module__.startswith("tf_keras")
    saved = np.load(folder / f"{name}.npz")
    predicted = model.predict(saved["x"], verbose=0)
    np.testing.assert_allclose(predicted, saved["predicted"], rtol=0, atol=1e-7)
    assert (predicted.argmax(axis=1) == saved["predicted"].argmax(axis=1)).all()
    assert saved["predicted"].std() > 0.01  # random weights and inputs: the predictions vary
    (line,) = [r.getMessage() for r in caplog.records if "translated to tf_keras" in r.getMessage()]
    assert line.startswith(f"{path}: written by Keras {version}; translated to tf_keras")


def test_the_translated_model_is_one_fpgaprune_prunes(keras3_files):
    """Each model passes `models.user.check_supported`, the check every entry point makes."""
    from fpgaprune.models.load import load_model_file
    from fpgaprune.models.user import check_supported, split_output_activation

    folder, _ = keras3_files
    for name in MODELS:
        check_supported(split_output_activation(load_model_file(folder / f"{name}.keras")))


@pytest.mark.parametrize(
    ("name", "layer", "named"),
    [
        ("lambda", "evil", "is a Lambda, which holds code"),
        ("custom", "scale", "is a Scale (mine>Scale), a quantization or custom layer"),
    ],
)
@pytest.mark.parametrize("trust", [False, True])
def test_code_in_a_keras_3_file_is_refused_in_one_line_and_never_runs(
    keras3_files, name, layer, named, trust
):
    from fpgaprune.models.load import load_model_file

    folder, _ = keras3_files
    path = folder / f"{name}.keras"
    with pytest.raises(ValueError) as error:
        load_model_file(path, trust_code=trust)
    message = str(error.value)
    assert message.startswith(f"{path}: layer {layer!r} {named}") and "\n" not in message
    assert "A model trained with Keras 3" in message
    assert not (folder / "marker").exists()


def _rewritten(source, target, edit=None, weights=None):
    """A copy of the `.keras` zip `source` with its config.json edited by `edit(config)` and/or its
    model.weights.h5 replaced by the bytes `weights`."""
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(target, "w") as copy:
        for item in archive.namelist():
            data = archive.read(item)
            if item == "config.json" and edit is not None:
                config = json.loads(data)
                edit(config)
                data = json.dumps(config).encode()
            if item == "model.weights.h5" and weights is not None:
                data = weights
            copy.writestr(item, data)
    return target


def test_a_truncated_or_damaged_keras_3_file_is_one_line(keras3_files, tmp_path):
    from fpgaprune.models.load import load_model_file

    folder, _ = keras3_files
    data = (folder / "mlp.keras").read_bytes()
    truncated = tmp_path / "truncated.keras"
    truncated.write_bytes(data[: len(data) // 2])
    with pytest.raises(
        ValueError, match=r"truncated.keras: not a readable Keras model file \(.*\); it may be"
    ):
        load_model_file(truncated)
    with zipfile.ZipFile(folder / "mlp.keras") as archive:
        weights = archive.read("model.weights.h5")
    damaged = _rewritten(folder / "mlp.keras", tmp_path / "damaged.keras", weights=weights[:2000])
    with pytest.raises(ValueError) as error:
        load_model_file(damaged)
    message = str(error.value)
    assert message.startswith(f"{damaged}: the Keras 3 weights cannot be read (") and "\n" not in message
    assert message.endswith("the file may be truncated: save it again")


def test_weights_of_another_shape_than_the_layers_are_refused(keras3_files, tmp_path):
    """A configuration and weights that disagree (a Dense without a bias, a bias stored): one line with the
    shapes."""
    from fpgaprune.models.load import load_model_file

    def no_bias(config):
        config["config"]["layers"][1]["config"]["use_bias"] = False

    folder, _ = keras3_files
    path = _rewritten(folder / "mlp.keras", tmp_path / "edited.keras", edit=no_bias)
    with pytest.raises(ValueError) as error:
        load_model_file(path)
    assert str(error.value).startswith(
        f"{path}: layer 'dense' (Dense) has weights of shapes [(16, 32)] in tf_keras but [(16, 32), "
        "(32,)] in the file"
    )


def test_a_layer_reading_another_shape_than_keras_3_recorded_is_refused(keras3_files, tmp_path):
    """The shapes Keras 3 wrote for each call are checked before any weight is set (a pooling of 3, not 2)."""
    from fpgaprune.models.load import load_model_file

    def other_pool(config):
        pooling = next(layer for layer in config["config"]["layers"] if layer["class_name"] == "MaxPooling1D")
        pooling["config"]["pool_size"] = [3]

    folder, _ = keras3_files
    path = _rewritten(folder / "conv1d.keras", tmp_path / "edited.keras", edit=other_pool)
    with pytest.raises(
        ValueError, match=r"layer 'conv1d_1' reads shape \[None, 7, 8\] in Keras 3 but \[None, 6, 8\] once"
    ):
        load_model_file(path)


def _mlp_config(keras3_files) -> dict:
    folder, _ = keras3_files
    with zipfile.ZipFile(folder / "mlp.keras") as archive:
        return json.loads(archive.read("config.json"))


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda dense: dense.update(activation="gelu"),
            "layer 'dense' has the activation 'gelu', which fpgaprune does not translate from Keras 3",
        ),
        (
            lambda dense: dense["dtype"]["config"].update(name="mixed_float16"),
            "layer 'dense' computes in 'mixed_float16'; fpgaprune reads float32 Keras 3 models",
        ),
        (
            lambda dense: dense.update(lora_rank=4),
            "layer 'dense' (Dense) sets lora_rank=4, a Keras 3 option tf_keras's Dense lacks",
        ),
        (  # 0 == False in Python, but only None and False themselves are off
            lambda dense: dense.update(lora_rank=0),
            "layer 'dense' (Dense) sets lora_rank=0, a Keras 3 option tf_keras's Dense lacks",
        ),
        (
            lambda dense: dense["kernel_initializer"].update(module="hgq.initializers"),
            "dense.kernel_initializer is a GlorotUniform from hgq.initializers, not Keras's own",
        ),
    ],
)
def test_what_tf_keras_would_compute_otherwise_is_refused_before_building(keras3_files, edit, expected):
    """An activation with another formula in tf_keras, a non-float32 policy, a Keras 3-only option in use,
    a class from another package: one line from the configuration alone."""
    from fpgaprune.models.keras3 import translate_model

    config = _mlp_config(keras3_files)
    edit(config["config"]["layers"][1]["config"])
    with pytest.raises(ValueError) as error:
        translate_model(config, "mlp.keras")
    assert str(error.value).startswith(f"mlp.keras: {expected}") and "\n" not in str(error.value)


@pytest.mark.parametrize(
    ("model", "kind"),
    [
        ("cnn", "Conv2D"),
        ("cnn", "MaxPooling2D"),
        ("cnn", "GlobalAveragePooling2D"),
        ("cnn", "Flatten"),
        ("padded2d", "ZeroPadding2D"),
        ("padded1d", "ZeroPadding1D"),
    ],
)
def test_a_channels_first_layer_is_refused_before_building_as_a_tf_keras_models_is(keras3_files, model, kind):
    """A Keras 3 layer reading its channels first is refused from the configuration alone, with the line
    `models.user.check_supported` gives a tf_keras model (fpgaprune and the hls4ml designs it writes read
    channels last; the translation kept data_format, and such a model was costed for the wrong positions)."""
    from fpgaprune.models.keras3 import translate_model
    from fpgaprune.models.user import channels_first_refusal

    folder, _ = keras3_files
    with zipfile.ZipFile(folder / f"{model}.keras") as archive:
        config = json.loads(archive.read("config.json"))
    layer = next(layer for layer in config["config"]["layers"] if layer["class_name"] == kind)
    assert layer["config"]["data_format"] == "channels_last"  # Keras 3 writes it
    layer["config"]["data_format"] = "channels_first"
    with pytest.raises(ValueError) as error:
        translate_model(config, f"{model}.keras")
    name = layer["config"]["name"]
    assert str(error.value) == f"{model}.keras: {channels_first_refusal(name, kind)}"


def test_an_hgq2_style_quantized_layer_is_named_with_its_package(keras3_files):
    """HGQ2's layers (Keras 3 only) reuse QKeras' names: a QDense from another package is not QKeras'."""
    from fpgaprune.models.keras3 import translate_model

    config = _mlp_config(keras3_files)
    dense = config["config"]["layers"][1]
    dense.update(class_name="QDense", module="hgq.layers.core.dense", registered_name="hgq>QDense")
    with pytest.raises(
        ValueError,
        match=r"layer 'dense' is a QDense from hgq.layers.core.dense \(hgq>QDense\), a quantization",
    ):
        translate_model(config, "mlp.keras")


def test_optimize_prunes_a_keras_3_file(keras3_files, tmp_path, capsys, caplog):
    """`fpgaprune optimize --model mlp.keras` (Keras 3): read, its unpruned validation accuracy Keras 3's
    (the validation inputs are those Keras 3 predicted), pruned one step, written as a tf_keras file; a
    Keras 3 file with a Lambda is one line on stderr, exit code 2, its code not run."""
    import shutil

    import h5py

    from fpgaprune.cli import main
    from fpgaprune.models.load import load_model_file

    folder, version = keras3_files
    keras3 = np.load(folder / "mlp.npz")
    args, y_val = _optimize_arguments(keras3, tmp_path)
    model = shutil.copy(folder / "mlp.keras", tmp_path / "mlp.keras")  # a file this process has not read yet
    refused = ["--model", str(folder / "lambda.keras"), "--out", str(tmp_path / "refused")]
    assert main([*args, *refused]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "layer 'evil' is a Lambda, which holds code" in error
    assert not (folder / "marker").exists() and not (tmp_path / "refused").exists()

    with caplog.at_level("INFO"):
        assert main([*args, "--model", str(model), "--out", str(tmp_path / "o")]) == 0, (
            capsys.readouterr().err
        )
    told = [
        r for r in caplog.records if f"written by Keras {version}; translated to tf_keras" in r.getMessage()
    ]
    assert len(told) == 1
    record = json.loads((tmp_path / "o/metrics.json").read_text())
    assert record["reference_val_accuracy"] == np.mean(keras3["predicted"].argmax(axis=1) == y_val)
    assert [step["target"] for step in record["steps"]] == [0.5]
    with h5py.File(tmp_path / "o/model.h5") as written:
        assert str(written.attrs["keras_version"]).startswith("2.")  # tf_keras's file
    load_model_file(tmp_path / "o/model.h5")


def _optimize_arguments(keras3, tmp_path) -> tuple[list[str], np.ndarray]:
    """`fpgaprune optimize` arguments but --model and --out, one pruning step of one epoch, with validation
    inputs those Keras 3 predicted (`keras3`, a fixture's .npz) and random labels (returned)."""
    import yaml

    rng = np.random.default_rng(0)
    x, classes = keras3["x"], keras3["predicted"].shape[1]
    y_val = rng.integers(0, classes, len(x))
    x_train = rng.normal(size=(40, *x.shape[1:])).astype("float32")
    np.savez(
        tmp_path / "data.npz", x_train=x_train, y_train=rng.integers(0, classes, 40), x_val=x, y_val=y_val
    )
    hls = {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 4, "Strategy": "Resource"}}
    (tmp_path / "hls.yml").write_text(yaml.safe_dump(hls))
    walk = "{regularise_epochs: 0, final_epochs: 0, schedule: {kind: polynomial, steps: 1}}"
    args = ["optimize", "--data", str(tmp_path / "data.npz"), "--hls-config", str(tmp_path / "hls.yml")]
    args += ["--budget", "dsp=0.5", "--method", "knapsack_dsp", "--rtol", "0.01", "--epochs-per-step", "1"]
    return [*args, "--pruning", walk], y_val


@pytest.mark.parametrize("name", ["padded2d", "padded1d"])
def test_optimize_prunes_a_keras_3_file_with_paddings_and_leaky_activations(
    keras3_files, tmp_path, capsys, name
):
    """ZeroPadding2D, LeakyReLU and PReLU before and after Conv2D layers; ZeroPadding1D, ELU and LeakyReLU
    around Conv1D layers: `fpgaprune optimize` reads the Keras 3 file (its unpruned validation accuracy
    Keras 3's), prunes one step and writes a tf_keras file with the same layers (the softmax of the last
    Dense its own Activation)."""
    from fpgaprune.cli import main
    from fpgaprune.models.load import load_model_file
    from fpgaprune.models.user import split_output_activation

    folder, _ = keras3_files
    keras3 = np.load(folder / f"{name}.npz")
    args, y_val = _optimize_arguments(keras3, tmp_path)
    out = tmp_path / "o"
    assert main([*args, "--model", str(folder / f"{name}.keras"), "--out", str(out)]) == 0, (
        capsys.readouterr().err
    )
    record = json.loads((out / "metrics.json").read_text())
    assert record["reference_val_accuracy"] == np.mean(keras3["predicted"].argmax(axis=1) == y_val)
    assert [step["target"] for step in record["steps"]] == [0.5]
    read = split_output_activation(load_model_file(folder / f"{name}.keras"))  # as optimize writes it
    written = load_model_file(out / "model.h5")
    assert [type(layer) for layer in written.layers] == [type(layer) for layer in read.layers]


def test_a_keras_3_prelu_with_shared_axes_is_refused_as_a_tf_keras_ones_is(keras3_files):
    """Translated as written (it predicts Keras 3's), then refused by `check_supported` with the line a
    tf_keras model's gets (hls4ml 1.3 converts one alpha per value only)."""
    from fpgaprune.models.load import load_model_file
    from fpgaprune.models.user import check_supported, split_output_activation

    folder, _ = keras3_files
    model = load_model_file(folder / f"{SHARED_PRELU}.keras")
    (prelu,) = [layer for layer in model.layers if type(layer).__name__ == "PReLU"]
    assert list(prelu.shared_axes) == [1, 2]
    with pytest.raises(ValueError) as error:
        check_supported(split_output_activation(model))
    assert str(error.value) == (
        f"layer {prelu.name!r} is a PReLU with shared_axes=[1, 2], which hls4ml 1.3 does not convert (one "
        "alpha per value only): build it without shared_axes"
    )


def test_a_configuration_of_another_form_is_one_line(keras3_files, tmp_path):
    """Named outputs (a dict) and a layer entry that is not an object: one line, not a traceback."""
    from fpgaprune.models.load import load_model_file

    def named_outputs(config):
        config["config"]["output_layers"] = {"probabilities": ["softmax", 0, 0]}

    def not_an_object(config):
        config["config"]["layers"][2] = ["dense_1"]

    folder, version = keras3_files
    path = _rewritten(folder / "branches.keras", tmp_path / "named.keras", edit=named_outputs)
    with pytest.raises(ValueError, match=r"named.keras: the Keras 3 model's inputs or outputs are \{'prob"):
        load_model_file(path)
    path = _rewritten(folder / "branches.keras", tmp_path / "odd.keras", edit=not_an_object)
    with pytest.raises(ValueError) as error:
        load_model_file(path)
    message = str(error.value)
    assert message.startswith(f"{path}: a Keras {version} configuration fpgaprune cannot translate (")
    assert "\n" not in message


def test_a_keras_3_layer_fpgaprune_supports_in_no_version_is_not_sent_to_a_rebuild():
    """A Keras 3 transformer's LayerNormalization: the refusal said to rebuild the model in tf_keras, whose
    rebuild was then refused for the same layer (a gravitational-wave transformer, 2026-12-06). A GRU, which
    tf_keras files may hold, is still sent to the rebuild."""
    from pathlib import Path

    from fpgaprune.models.keras3 import _unsupported

    path = Path("gw.keras")
    layer = {"module": "keras.layers", "class_name": "LayerNormalization", "config": {"name": "norm"}}
    refusal = _unsupported(path, "norm", "LayerNormalization", layer)
    assert refusal.startswith(
        "gw.keras: layer 'norm' is a LayerNormalization, a layer fpgaprune cannot prune or convert in any "
        "Keras version; it prunes networks of float Activation, Add, "
    )
    assert refusal.endswith("(and their QKeras and recurrent layers in tf_keras files)")
    assert "rebuild" not in refusal
    gru = {"module": "keras.layers", "class_name": "GRU", "config": {"name": "gru"}}
    assert "A model trained with Keras 3" in _unsupported(path, "gru", "GRU", gru)
