"""The safe model loader: a file's code never runs unless trusted; QKeras models load; bad files are named."""

import json
import re
import zipfile

import pytest

from fpgaprune.config import Quantization
from fpgaprune.core.zoo import get_architecture

QUANTIZATION = Quantization(
    weight_bits=6, weight_integer_bits=0, activation_bits=6, activation_integer_bits=0
)


def _lambda_model(marker):
    """A model whose Lambda layer writes `marker` whenever Keras calls it (as rebuilding the model does)."""
    from fpgaprune.compat import keras

    def writes_marker(x, path=str(marker)):
        with open(path, "w") as stream:
            stream.write("code from the model file ran")
        return x

    inputs = keras.Input(shape=(4,), name="input")
    outputs = keras.layers.Dense(2, name="dense")(keras.layers.Lambda(writes_marker, name="evil")(inputs))
    return keras.Model(inputs, outputs)


@pytest.fixture
def lambda_h5(tmp_path):
    marker = tmp_path / "marker"
    path = tmp_path / "lambda.h5"
    _lambda_model(marker).save(str(path), include_optimizer=False)
    marker.unlink()  # building the model called the Lambda once
    return path, marker


def test_a_lambda_layer_is_refused_and_its_code_never_runs(lambda_h5):
    from fpgaprune.models.load import load_model_file

    path, marker = lambda_h5
    with pytest.raises(ValueError) as error:
        load_model_file(path)
    message = str(error.value)
    assert "\n" not in message
    assert (
        str(path) in message
        and "'evil'" in message
        and "Lambda" in message
        and "--trust-model-code" in message
    )
    assert not marker.exists()


def test_a_trusted_lambda_layer_loads_and_runs(lambda_h5):
    """The counterpart of the refusal: the marker does appear when the file's code is allowed to run."""
    from fpgaprune.models.load import load_model_file

    path, marker = lambda_h5
    model = load_model_file(path, trust_code=True)
    assert model.get_layer("evil") is not None
    assert marker.exists()


def test_a_qkeras_model_loads_without_opting_in(tmp_path):
    from fpgaprune.models.build import build_model, save_model
    from fpgaprune.models.load import load_model_file

    model = build_model(get_architecture("digits_mlp"), QUANTIZATION)
    save_model(model, tmp_path / "m.h5")
    loaded = load_model_file(tmp_path / "m.h5")
    assert type(loaded.get_layer("fc1")).__name__ == "QDense"
    assert type(loaded.get_layer("fc1_relu")).__name__ == "QActivation"


def test_a_model_whose_weights_hold_nan_is_one_line_naming_the_weight(tmp_path):
    """It failed after the group-lasso training, naming neither file nor layer; `estimate` named a weights
    file of its removed temporary project (a review, 2026-12-07). In memory, as a file: one line."""
    import numpy as np

    import fpgaprune
    from fpgaprune.models.build import build_model, save_model
    from fpgaprune.models.load import load_model_file

    model = build_model(get_architecture("digits_mlp"))
    kernel = model.get_layer("fc1").kernel
    values = kernel.numpy()
    values[0, 0] = np.nan
    kernel.assign(values)
    save_model(model, tmp_path / "m.h5")
    expected = rf"weight {re.escape(kernel.name)} holds 1 of its {values.size} values NaN or infinite"
    with pytest.raises(ValueError, match=rf"^{re.escape(str(tmp_path / 'm.h5'))}: {expected}"):
        load_model_file(tmp_path / "m.h5")
    with pytest.raises(ValueError, match=rf"^model {model.name}: {expected}"):
        fpgaprune.estimate(model, {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1}})


def test_a_custom_activation_function_is_refused_by_its_name(tmp_path):
    """The refusal named the function {} (a review, 2026-12-07)."""
    from fpgaprune.compat import keras

    from fpgaprune.models.load import load_model_file

    @keras.saving.register_keras_serializable(package="my")
    def myact(x):
        return x

    inputs = keras.Input((4,))
    keras.Model(inputs, keras.layers.Dense(3, activation=myact, name="fc1")(inputs)).save(tmp_path / "m.h5")
    with pytest.raises(ValueError, match=r"layer 'fc1' names the function 'my>myact' outside Keras"):
        load_model_file(tmp_path / "m.h5")


def test_a_keras_format_model_loads(tmp_path):
    from fpgaprune.models.build import build_model
    from fpgaprune.models.load import load_model_file

    model = build_model(get_architecture("digits_mlp"))
    model.save(str(tmp_path / "m.keras"))
    assert load_model_file(tmp_path / "m.keras").count_params() == model.count_params()


def test_a_compiled_models_keras_file_loads_its_optimizer_not_taken_for_a_layer(tmp_path):
    """A `.keras` file of a compiled model holds its optimizer in `compile_config` ({"class_name": "Adam"});
    it was refused as a layer of custom code until 2026-12-05 (the model is loaded uncompiled, its compile
    settings never read)."""
    from fpgaprune.compat import keras

    from fpgaprune.models.build import build_model
    from fpgaprune.models.load import load_model_file

    model = build_model(get_architecture("digits_mlp"))
    model.compile(keras.optimizers.Adam(0.001), "sparse_categorical_crossentropy")
    model.save(str(tmp_path / "compiled.keras"))
    with zipfile.ZipFile(tmp_path / "compiled.keras") as archive:
        assert json.loads(archive.read("config.json"))["compile_config"]["optimizer"]["class_name"] == "Adam"
    assert load_model_file(tmp_path / "compiled.keras").count_params() == model.count_params()


def test_a_qactivation_of_a_quantizer_object_loads_from_a_keras_file(tmp_path):
    """`QActivation(quantized_tanh(8))`, QKeras's usual form, saved as `.keras` (by this tf_keras, and as
    Keras 2.14 writes it) stores its quantizer as a dict, which QKeras 0.9 kept as the quantizer: the file
    was refused as "truncated or written by another Keras version" (a public model). It loads, the same
    model."""
    from fpgaprune.compat import keras

    import numpy as np
    import qkeras

    from fpgaprune.models.load import load_model_file

    inputs = keras.Input((8,), name="x")
    dense = qkeras.QDense(4, kernel_quantizer=qkeras.quantized_bits(8, 3, alpha=1), name="d1")(inputs)
    model = keras.Model(inputs, qkeras.QActivation(qkeras.quantized_tanh(8), name="t1")(dense))
    model.save(str(tmp_path / "new.keras"))
    _as_keras_2_14(tmp_path / "new.keras", tmp_path / "old.keras")
    x = np.random.default_rng(0).normal(size=(16, 8)).astype(np.float32)
    for name in ("new.keras", "old.keras"):
        loaded = load_model_file(tmp_path / name)
        layer = loaded.get_layer("t1")
        assert isinstance(layer, qkeras.QActivation) and type(layer).__name__ == "QActivation"
        assert str(layer.quantizer) == str(qkeras.quantized_tanh(8))
        assert np.array_equal(loaded.predict(x, verbose=0), model.predict(x, verbose=0))


def _as_keras_2_14(source, target):
    """`source` (a `.keras` file tf_keras wrote) rewritten as Keras 2.13 and 2.14 write one, as read in the
    keras_model.keras of a public hls4ml project (Keras 2.14.0): every layer's weights under
    `_layer_checkpoint_dependencies/<class in snake case>[_N]/vars/<i>` instead of `layers/...`."""
    import io

    import h5py

    with zipfile.ZipFile(source) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    buffer = io.BytesIO()
    with h5py.File(io.BytesIO(files["model.weights.h5"]), "r") as old, h5py.File(buffer, "w") as new:
        for name in old:
            old.copy(old[name], new, name="_layer_checkpoint_dependencies" if name == "layers" else name)
    files["model.weights.h5"] = buffer.getvalue()
    files["metadata.json"] = json.dumps({"keras_version": "2.14.0", "date_saved": "2025-08-28@11:36:26"})
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)


def test_a_keras_2_14_file_reads_its_weights_where_that_keras_put_them(tmp_path):
    """tf_keras 2.21 finds none of them there ("expected 2 variables, but received 0"); fpgaprune reads each
    layer's by its path, the same model as written (a QKeras model's too)."""
    import numpy as np

    from fpgaprune.models.build import build_model
    from fpgaprune.models.load import load_model_file

    for quantization in (None, QUANTIZATION):
        model = build_model(get_architecture("digits_mlp"), quantization)
        model.save(str(tmp_path / "new.keras"))
        _as_keras_2_14(tmp_path / "new.keras", tmp_path / "old.keras")
        loaded = load_model_file(tmp_path / "old.keras")
        assert [w.tolist() for w in loaded.get_weights()] == [w.tolist() for w in model.get_weights()]
        x = np.random.default_rng(0).normal(size=(4, 64)).astype(np.float32)
        assert np.array_equal(loaded.predict(x, verbose=0), model.predict(x, verbose=0))
    with zipfile.ZipFile(tmp_path / "old.keras") as archive:  # its weights cut short: one line, no traceback
        files = {name: archive.read(name) for name in archive.namelist()}
    with zipfile.ZipFile(tmp_path / "cut.keras", "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data[:200] if name == "model.weights.h5" else data)
    with pytest.raises(
        ValueError, match=r"cut\.keras: cannot load the model \(OSError: .*it may be truncated"
    ):
        load_model_file(tmp_path / "cut.keras")


def test_an_unknown_class_in_a_keras_file_is_refused(tmp_path):
    from fpgaprune.models.load import load_model_file

    path = tmp_path / "custom.keras"
    layer = {
        "module": "mypackage.layers",
        "class_name": "Backdoor",
        "config": {"name": "odd"},
        "registered_name": "Backdoor",
    }
    config = {"class_name": "Functional", "config": {"name": "m", "layers": [layer]}}
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("config.json", json.dumps(config))
    with pytest.raises(ValueError, match=r"layer 'odd' has the class 'Backdoor'.*trust_code=True"):
        load_model_file(path)


def test_a_trusted_keras_file_of_a_class_from_a_module_not_here_names_the_class(tmp_path):
    """An ATLAS L0 DeepSets `.keras` file (Keras 2.15) whose KSum layer is its repository's `init_layers`
    module: tf_keras failed with "'str' object is not callable", which fpgaprune passed on as a file that
    "may be truncated or written by another Keras version" until 2026-12-06."""
    from fpgaprune.compat import keras

    from fpgaprune.models.load import load_model_file

    class KSum(keras.layers.Layer):
        def call(self, x):
            return keras.backend.sum(x, axis=1)

    saved = tmp_path / "saved.keras"
    inputs = keras.Input((4, 3))
    keras.Model(inputs, keras.layers.Dense(2, name="out")(KSum(name="ksum")(inputs))).save(saved)
    path = tmp_path / "ksum.keras"
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(path, "w") as archive:
        for name in source.namelist():
            data = source.read(name)
            if name == "config.json":
                config = json.loads(data)
                for layer in config["config"]["layers"]:
                    if layer["class_name"] == "KSum":
                        layer["module"] = "init_layers"  # as the ATLAS file names it
                data = json.dumps(config)
            archive.writestr(name, data)
    with pytest.raises(ValueError) as trusted:
        load_model_file(path, trust_code=True)
    assert str(trusted.value).startswith(f"{path}: its layer class 'KSum' is not defined here")


def test_a_trusted_class_this_python_does_not_define_is_named_as_such(tmp_path):
    """hls4ml's GarNet example model, trusted: it said the file may be truncated or written by another Keras
    version."""
    from fpgaprune.compat import keras

    from fpgaprune.models.load import load_model_file

    class Doubler(keras.layers.Layer):  # defined here, not registered: a file's own code elsewhere
        def call(self, x):
            return 2 * x

    path = tmp_path / "custom.h5"
    keras.Sequential([keras.Input((3,)), Doubler(name="odd")]).save(path)
    with pytest.raises(ValueError) as trusted:
        load_model_file(path, trust_code=True)
    assert str(trusted.value) == (
        f"{path}: its layer class 'Doubler' is not defined here: the model's own code, which fpgaprune "
        "cannot convert (hls4ml converts the Keras and QKeras layers it knows), or a layer of another Keras "
        "version"
    )


def test_an_activation_keras_resolves_but_does_not_export_loads_without_trust(tmp_path):
    """A PyTorch nn.ReLU6 is read as Activation("relu6") (hls4ml's nnet::relu6); `optimize` wrote the pruned
    model.h5 and its reload refused it as custom code, after the pruning (relu6 is TensorFlow's, not an
    attribute of keras.activations). A name Keras does not resolve stays refused."""
    from fpgaprune.compat import keras

    import numpy as np

    from fpgaprune.models.load import load_model_file

    path = tmp_path / "relu6.h5"
    keras.Sequential([keras.Input((3,)), keras.layers.Dense(2), keras.layers.Activation("relu6")]).save(path)
    x = np.linspace(-20, 20, 9, dtype=np.float32).reshape(3, 3)
    assert load_model_file(path).predict(x, verbose=0).max() <= 6
    _check_activation_refused("Activation", "os.system")


def _check_activation_refused(class_name: str, activation: str) -> None:
    from fpgaprune.models.load import check_no_code

    layer = {"class_name": class_name, "config": {"name": "act", "activation": activation}}
    with pytest.raises(ValueError, match=f"layer 'act' sets activation to {re.escape(repr(activation))}"):
        check_no_code({"class_name": "Functional", "config": {"layers": [layer]}}, "m.h5")


def test_an_unknown_quantizer_string_is_refused():
    _check_activation_refused("QActivation", "getattr(1)")


def test_a_model_saved_in_tfmot_s_pruning_wrapper_is_told_to_strip_it():
    """A hls4ml-tutorial fork's pruned CNN was saved with its PruneLowMagnitude wrappers: the line called them
    custom code and offered to trust it, which cannot load them (no tfmot here) and is not the fix."""
    from fpgaprune.models.load import check_no_code

    wrapped = {"class_name": "Conv2D", "config": {"name": "conv_0", "filters": 4, "kernel_size": [3, 3]}}
    layer = {
        "class_name": "PruneLowMagnitude",
        "config": {"name": "prune_low_magnitude_conv_0", "layer": wrapped},
    }
    config = {"class_name": "Sequential", "config": {"name": "m", "layers": [layer]}}
    with pytest.raises(ValueError) as error:
        check_no_code(config, "m.h5")
    assert str(error.value).startswith(
        "m.h5: layer 'prune_low_magnitude_conv_0' is wrapped in tensorflow_model_optimization's pruning"
    )
    assert str(error.value).endswith(
        "save the model after `tfmot.sparsity.keras.strip_pruning(model)` (fpgaprune prunes it itself)"
    )


def test_a_qkeras_layer_of_a_newer_qkeras_is_named_with_the_rebuild_not_trust():
    """A public L1 anomaly-detection encoder's QDenseBatchnorm (QKeras after 0.9) was called custom code, and
    --trust-model-code, which the line offered, then failed with "Unknown layer"."""
    from fpgaprune.models.load import check_no_code

    layer = {"class_name": "QDenseBatchnorm", "config": {"name": "dense1", "units": 8}}
    config = {"class_name": "Sequential", "config": {"name": "m", "layers": [layer]}}
    with pytest.raises(ValueError) as error:
        check_no_code(config, "m.h5")
    line = str(error.value)
    assert line.startswith("m.h5: layer 'dense1' is a QDenseBatchnorm, a QKeras layer of versions after 0.9")
    assert "QDense followed by a BatchNormalization" in line and "trust" not in line


def test_a_truncated_h5_is_one_line_naming_the_file(tmp_path):
    from fpgaprune.models.build import build_model, save_model
    from fpgaprune.models.load import load_model_file

    path = tmp_path / "m.h5"
    save_model(build_model(get_architecture("digits_mlp")), path)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(ValueError) as error:
        load_model_file(path)
    assert str(error.value).startswith(f"{path}: ") and "\n" not in str(error.value)


@pytest.mark.parametrize("content", [b"", b"not a model", b"PK\x03\x04 broken zip"])
def test_a_file_that_is_not_a_model_is_one_line(tmp_path, content):
    from fpgaprune.models.load import load_model_file

    path = tmp_path / "m.h5"
    path.write_bytes(content)
    with pytest.raises(ValueError, match=r"m.h5: not a readable Keras model file"):
        load_model_file(path)


def test_a_missing_file_is_named(tmp_path):
    from fpgaprune.models.load import load_model_file

    with pytest.raises(FileNotFoundError, match="absent.h5: no such model file"):
        load_model_file(tmp_path / "absent.h5")


def test_a_saved_model_directory_is_named_with_the_way_out(tmp_path):
    """tf-keras's `model.save("dir")` writes a SavedModel directory; `--model dir` said 'no such model file'
    of a directory that was there."""
    from fpgaprune.models.load import load_model_file

    saved = tmp_path / "tagger"
    saved.mkdir()
    (saved / "saved_model.pb").write_bytes(b"")  # what makes it a SavedModel; nothing in it is read
    with pytest.raises(ValueError) as error:
        load_model_file(saved)
    message = str(error.value)
    assert message.startswith(f"{saved}: a TensorFlow SavedModel, not a model file; fpgaprune reads .h5 and")
    assert "model.save('model.keras')" in message
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ValueError, match=r"empty: a directory, not a model file"):
        load_model_file(empty)


def test_a_keras_3_file_is_read_as_tf_keras_trusted_or_not(tmp_path):
    """A model trained with Keras 3 (`import keras`) and saved as .keras or .h5 was refused as custom code
    ("layer 'float32' has the class 'DTypePolicy'"), then with one line saying to rebuild it in tf_keras; it
    is now translated (`fpgaprune.models.keras3`, tests/models/test_keras3.py), `trust_code` changing
    nothing."""
    import subprocess
    import sys

    from fpgaprune.compat import keras

    import numpy as np

    from fpgaprune.models.load import load_model_file

    keras3 = (  # Keras 3 is what `import keras` gives without TF_USE_LEGACY_KERAS
        "import os, sys\nos.environ.pop('TF_USE_LEGACY_KERAS', None)\nimport keras, numpy as np\n"
        "m = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2, activation='softmax')])\n"
        "m.save(sys.argv[1]); m.save(sys.argv[2]); np.save(sys.argv[3], m.predict(np.eye(4), verbose=0))\n"
        "print(keras.__version__)"
    )
    files = [tmp_path / "k3.keras", tmp_path / "k3.h5"]
    run = subprocess.run(
        [sys.executable, "-c", keras3, *map(str, files), str(tmp_path / "predicted.npy")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stdout.strip().splitlines()[-1].startswith("3.")
    for path in files:
        for trust in (False, True):
            model = load_model_file(path, trust_code=trust)
            assert isinstance(model, keras.Model)
            predicted = model.predict(np.eye(4), verbose=0)
            np.testing.assert_allclose(predicted, np.load(tmp_path / "predicted.npy"), rtol=1e-6, atol=1e-7)


def _json_and_weights(model, folder, stem="mlp"):
    """`model` saved as hls4ml's KerasJson and KerasH5 pair: its architecture (`to_json`) and its weights."""
    (folder / f"{stem}.json").write_text(model.to_json())
    model.save_weights(str(folder / f"{stem}_weights.h5"))
    return folder / f"{stem}.json", folder / f"{stem}_weights.h5"


def test_a_json_architecture_loads_with_its_weights_file(tmp_path):
    """hls4ml's KerasJson + KerasH5 pair: a QKeras model built from its JSON, its weights read, predicting as
    the model saved; in the list form Keras 2.0 wrote a Sequential's configuration too (the hls4ml
    example-models' KERAS_conv2d_model.json)."""
    from fpgaprune.compat import keras

    import numpy as np

    from fpgaprune.models.build import build_model
    from fpgaprune.models.load import load_model_file

    model = build_model(get_architecture("digits_mlp"), QUANTIZATION)
    x = np.random.default_rng(0).normal(size=(8, *model.input_shape[1:])).astype("float32")
    architecture, weights = _json_and_weights(model, tmp_path)
    loaded = load_model_file(architecture, weights=weights)
    assert type(loaded.get_layer("fc1")).__name__ == "QDense"
    np.testing.assert_array_equal(loaded.predict(x, verbose=0), model.predict(x, verbose=0))

    sequential = keras.Sequential([keras.layers.Dense(3, activation="relu", input_shape=(4,), name="d")])
    old = json.loads(sequential.to_json())
    old["config"] = [
        {**layer, "config": {**layer["config"], "batch_input_shape": [None, 4]}}
        for layer in old["config"]["layers"]
        if layer["class_name"] != "InputLayer"
    ]
    old["keras_version"] = "2.0.0"
    (tmp_path / "old.json").write_text(json.dumps(old))
    sequential.save_weights(str(tmp_path / "old_weights.h5"))
    read = load_model_file(tmp_path / "old.json", weights=tmp_path / "old_weights.h5")
    kernel = sequential.get_layer("d").get_weights()[0]
    np.testing.assert_array_equal(read.get_layer("d").get_weights()[0], kernel)


def test_a_json_architecture_with_a_lambda_is_refused_and_its_code_never_runs(tmp_path):
    from fpgaprune.models.load import load_model_file

    marker = tmp_path / "marker"
    architecture, weights = _json_and_weights(_lambda_model(marker), tmp_path)
    marker.unlink()  # building the model called the Lambda once
    with pytest.raises(ValueError) as error:
        load_model_file(architecture, weights=weights)
    assert "\n" not in str(error.value) and "layer 'evil' is a Lambda" in str(error.value)
    assert not marker.exists()


def test_a_json_architecture_without_fitting_weights_is_one_line(tmp_path):
    """No weights: the file beside it is named; another model's weights, a weights file with a whole model
    file, and a Keras 3 architecture (which records no keras_version) are each one line naming the file."""
    from fpgaprune.compat import keras

    from fpgaprune.models.build import build_model
    from fpgaprune.models.load import load_model_file

    architecture, weights = _json_and_weights(build_model(get_architecture("digits_mlp")), tmp_path)
    with pytest.raises(
        ValueError,
        match=r"mlp.json: a model architecture without its weights.*"
        r"\(mlp_weights.h5 is beside it\): --weights \(fpgaprune optimize or estimate\)",
    ):
        load_model_file(architecture)
    other = keras.Sequential([keras.layers.Dense(2, input_shape=(3,))])
    other.save_weights(str(tmp_path / "other.h5"))
    with pytest.raises(ValueError, match=r"other.h5: not the weights of mlp.json \(ValueError: "):
        load_model_file(architecture, weights=tmp_path / "other.h5")
    other.save(str(tmp_path / "whole.h5"))
    with pytest.raises(ValueError, match=r"mlp_weights.h5: a weights file goes with a model architecture"):
        load_model_file(tmp_path / "whole.h5", weights=weights)
    keras3 = json.loads(architecture.read_text())
    del keras3["keras_version"]
    (tmp_path / "k3.json").write_text(json.dumps(keras3))
    with pytest.raises(ValueError, match=r"k3.json: not a Keras 2 architecture \(no keras_version"):
        load_model_file(tmp_path / "k3.json", weights=weights)


def test_a_git_lfs_pointer_in_place_of_the_model_or_data_says_so(tmp_path):
    """A clone without `git lfs pull` holds 130-byte pointers in place of its models (uw-acme's b_tag,
    quickdraw, GW models): the line said "may be truncated"; now it names the pointer and `git lfs pull`."""
    from fpgaprune.data.user import read_data_file
    from fpgaprune.models.load import load_model_file

    pointer = "version https://git-lfs.github.com/spec/v1\noid sha256:" + "0" * 64 + "\nsize 52345\n"
    for name, load, what in (("m.h5", load_model_file, "model file"), ("d.npz", read_data_file, "data file")):
        path = tmp_path / name
        path.write_text(pointer)
        with pytest.raises(ValueError) as error:
            load(path)
        assert str(error.value) == (
            f"{path}: a Git LFS pointer, not the {what} it stands for: fetch it with `git lfs pull` in its "
            "repository (or download the file itself)"
        )
