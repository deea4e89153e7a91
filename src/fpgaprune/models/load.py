"""The one loader for Keras model files (`.h5`, `.keras`): no code stored in a file runs unless trusted.

A saved model is a configuration (layer classes and their settings) plus weights. Two things in a
configuration can run code when Keras rebuilds it: a `Lambda` layer (its function is stored as
Python bytecode) and a class Keras does not know (resolved from custom objects, i.e. someone's code).
Before Keras sees the file, its stored configuration is read as plain JSON (the HDF5 attribute
`model_config`, or `config.json` inside a `.keras` zip) and every class in it is checked against the
classes Keras and QKeras ship. A file that holds anything else is refused with one line naming the
layer and its class, unless the caller trusts the file (`trust_code=True`; `--trust-model-code` on
the CLI; `trust_model_code: true` in a config). Keras' own safe mode is on as well. A file written by Keras 3
is read as data and translated to tf_keras (`fpgaprune.models.keras3`), never deserialised. A Keras 2
architecture saved as JSON (`model.to_json()`, hls4ml's `KerasJson`) is read with its weights file (hls4ml's
`KerasH5`, `model.save_weights`), its JSON checked the same way.
"""

import functools
import io
import json
import re
import zipfile
from pathlib import Path

from fpgaprune.compat import keras

import h5py
import numpy as np
import qkeras  # after compat: QKeras must see Keras 2
from qkeras.utils import _add_supported_quantized_objects

from fpgaprune.io import check_not_lfs_pointer

# Classes whose configuration holds code (Python bytecode, or the path of any TensorFlow function).
CODE_CLASSES = frozenset({"Lambda", "TFOpLambda", "SlicingOpLambda", "__lambda__"})
# Model containers and the data-only tokens of the `.keras` format.
CONTAINER_CLASSES = frozenset({"Functional", "Sequential", "Model"})
DATA_TOKENS = frozenset({"__tensor__", "__numpy__", "__bytes__", "__typespec__"})
# Keys whose string values QKeras turns into quantizers or activations by name.
_NAMED_CALLABLE_KEYS = ("activation", "quantizer")

HOW_TO_TRUST = (
    "load it only if you trust the file: `trust_model_code: true` in the config, "
    "`trust_code=True` in the API, or `--trust-model-code` on the CLI"
)


def load_model_file(
    path: str | Path, *, trust_code: bool = False, weights: str | Path | None = None
) -> keras.Model:
    """`read_model_file` whose weights are all finite (`check_finite_weights`)."""
    model = read_model_file(path, trust_code=trust_code, weights=weights)
    check_finite_weights(model, str(path))
    return model


def check_finite_weights(model: keras.Model, where: str) -> None:
    """One line naming the first weight that holds NaN or infinite values: a NaN kernel failed after the
    group-lasso training as "value nan is far outside ap_fixed<16,6>'s range", naming neither file nor layer,
    and `fpgaprune estimate` named a weights file of a temporary project already removed (a review,
    2026-12-07)."""
    for variable in model.weights:
        values = np.asarray(variable.numpy())
        if not np.isfinite(values).all():
            bad = int(values.size - np.isfinite(values).sum())
            raise ValueError(
                f"{where}: weight {variable.name} holds {bad} of its {values.size} values NaN or infinite; "
                "a model with such weights computes nothing useful: fix or retrain it"
            )


def read_model_file(
    path: str | Path, *, trust_code: bool = False, weights: str | Path | None = None
) -> keras.Model:
    """Load a Keras 2 / QKeras model from `.h5` or `.keras` without running code stored in the file; a
    float model written by Keras 3 is translated to tf_keras (`fpgaprune.models.keras3`; `trust_code` does
    not apply: no code from a Keras 3 file runs), as is a PyTorch network exported to `.onnx`
    (`models.onnx_file`); a `.json` architecture takes its `weights` file.

    Args:
        path: the model file, or a Keras 2 architecture as `.json` (`model.to_json()`, hls4ml's `KerasJson`).
        trust_code: allow Lambda layers and classes Keras and QKeras do not ship (custom objects must
            then be registered with `keras.saving.register_keras_serializable`).
        weights: the weights of a `.json` architecture (`model.save_weights`, hls4ml's `KerasH5`); only
            with one.

    Returns:
        The uncompiled model.

    Raises:
        FileNotFoundError: no such file.
        ValueError: one line naming the file: not a readable model, or it holds code and is not trusted.
    """
    path = Path(path)
    if path.is_dir():
        saved_model = (path / "saved_model.pb").is_file()
        raise ValueError(
            f"{path}: {'a TensorFlow SavedModel' if saved_model else 'a directory'}, not a model file; "
            "fpgaprune reads .h5 and .keras files (their configuration is checked before anything is built): "
            "load it in Python and save it with model.save('model.keras')"
        )
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such model file")
    check_not_lfs_pointer(path, "model file")
    if weights is not None and Path(weights).is_file():
        check_not_lfs_pointer(weights, "weights file")
    if path.suffix.lower() == ".onnx" and weights is None:  # plain data (fpgaprune.models.onnx_file)
        from fpgaprune.models.onnx_file import load_onnx_file

        return load_onnx_file(path)
    if path.suffix.lower() == ".json" or weights is not None:
        return _load_json_architecture(path, weights, trust_code)
    config = stored_config(path)
    version = _keras_version(path)
    if keras_major(version) >= 3:  # plain data read without Keras 3 (fpgaprune.models.keras3)
        from fpgaprune.models.keras3 import load_keras3_file

        return load_keras3_file(path, config, version)
    if not trust_code:
        check_no_code(config, path)
    return _deserialise(path, trust_code)


def _load_json_architecture(path: Path, weights: str | Path | None, trust_code: bool) -> keras.Model:
    """A Keras 2 architecture JSON built (its classes checked first, as a model file's) and its weights file
    read into it. Every problem is one line naming the file."""
    if path.suffix.lower() != ".json":
        raise ValueError(
            f"{weights}: a weights file goes with a model architecture saved as .json (model.to_json(), "
            f"hls4ml's KerasJson); {path} is not one: give it alone"
        )
    if weights is None:
        names = (f"{path.stem}_weights.h5", f"{path.stem}.h5")
        beside = [name for name in names if (path.parent / name).is_file()]
        hint = f" ({beside[0]} is beside it)" if beside else ""
        raise ValueError(
            f"{path}: a model architecture without its weights; give the weights file it goes with (hls4ml's "
            f"KerasH5){hint}: --weights (fpgaprune optimize or estimate), weights=... (the API); a config's "
            "model file is one whole model (save it so: model.save('model.keras'))"
        )
    weights = Path(weights)
    if not weights.is_file():
        raise FileNotFoundError(f"{weights}: no such weights file")
    try:
        config = json.loads(path.read_text())
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise ValueError(f"{path}: not a model architecture in JSON ({_one_line(error)})") from None
    if not isinstance(config, dict) or not isinstance(config.get("config"), (dict, list)):  # 2.0: a list
        raise ValueError(f"{path}: not a Keras model architecture (no model configuration in it)")  # noqa: TRY004  (bad input: one line)
    if "keras_version" not in config:  # tf_keras and Keras 2 record it; Keras 3's to_json does not
        raise ValueError(
            f"{path}: not a Keras 2 architecture (no keras_version: Keras 3 writes none); save the model "
            "whole instead, model.save('model.keras'), which fpgaprune reads"
        )
    if not trust_code:
        check_no_code(config, path)
    model = _built_from_json(path, trust_code)
    try:
        model.load_weights(str(weights))
    except (OSError, KeyError, ValueError, TypeError) as error:
        raise ValueError(
            f"{weights}: not the weights of {path.name} ({type(error).__name__}: {_one_line(error)})"
        ) from None
    return model


def _built_from_json(path: Path, trust_code: bool, text: str | None = None) -> keras.Model:
    """The model of a Keras 2 architecture in JSON: `path`'s text, or `text` read from it."""
    from tf_keras.src.saving.serialization_lib import SafeModeScope

    try:
        with SafeModeScope(not trust_code):
            return keras.models.model_from_json(text or path.read_text(), custom_objects=_qkeras_objects())
    except (KeyError, ValueError, TypeError, AttributeError) as error:
        raise ValueError(
            f"{path}: cannot build the model ({type(error).__name__}: {_one_line(error)}); it may be written "
            "by another Keras version"
        ) from None


def stored_config(path: Path) -> dict:
    """The model configuration stored in `path`, read as JSON without building anything."""
    try:
        text = _read_keras_zip(path) if zipfile.is_zipfile(path) else _read_h5_attribute(path)
        config = json.loads(text)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as error:
        raise ValueError(
            f"{path}: not a readable Keras model file ({_one_line(error)}); "
            "it may be truncated or not a model: write it again"
        ) from None
    if not isinstance(config, dict):
        raise ValueError(f"{path}: not a Keras model file (its stored configuration is not an object)")  # noqa: TRY004  (bad input: one line)
    return config


def keras_major(version: str) -> int:
    """The major version of a `keras_version` string (0 when none is recorded)."""
    match = re.match(r"\s*(\d+)", version)
    return int(match.group(1)) if match else 0


def _keras_version(path: Path) -> str:
    """The `keras_version` a model file records ("" when none)."""
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                return str(json.loads(archive.read("metadata.json")).get("keras_version", ""))
        with h5py.File(path, "r") as h5:
            version = h5.attrs.get("keras_version", "")
    except (OSError, KeyError, ValueError, AttributeError):
        return ""
    return version.decode() if isinstance(version, bytes) else str(version)


# a training-time wrapper a model is saved in by mistake (hls4ml-tutorial forks' pruned CNNs), by what to do:
# trusting its code would not help
WRAPPER_CLASSES = {
    "PruneLowMagnitude": "wrapped in tensorflow_model_optimization's pruning wrapper (PruneLowMagnitude), "
    "which is for training only: save the model after `tfmot.sparsity.keras.strip_pruning(model)` (fpgaprune "
    "prunes it itself)",
}


# QKeras layers of versions after the installed 0.9, which neither it reads nor hls4ml 1.3 converts (a public
# L1 anomaly-detection encoder's QDenseBatchnorm was called custom code, and --trust-model-code then failed
# with "Unknown layer"), by what to do
NEWER_QKERAS_CLASSES = {
    "QDenseBatchnorm": "a QDenseBatchnorm, a QKeras layer of versions after 0.9 (installed: 0.9), which "
    "neither QKeras 0.9 reads nor hls4ml 1.3 converts: rebuild the model with a QDense followed by a "
    "BatchNormalization in its place (the same arithmetic before folding) and copy its weights over",
}


def check_no_code(config: dict, path: Path | str) -> None:
    """Raise ValueError naming the first layer whose class may run code or is not a known class. A `.keras`
    file's compile settings (its optimizer, loss and metrics) are not read: the model is loaded uncompiled."""
    known = known_classes()
    config = {key: value for key, value in config.items() if key != "compile_config"}
    for layer, class_name, node in _classes(config):
        inner = node.get("config") if isinstance(node.get("config"), dict) else {}
        if class_name in CODE_CLASSES or "function_type" in inner:
            raise ValueError(
                f"{path}: layer {layer!r} is a {class_name}, which runs code stored in the file; "
                f"{HOW_TO_TRUST}"
            )
        if class_name == "function":
            if not _is_keras_function(node):
                raise ValueError(
                    f"{path}: layer {layer!r} names the function {node.get('config')!r} outside "
                    f"Keras; {HOW_TO_TRUST}"
                )
        elif class_name in WRAPPER_CLASSES:
            raise ValueError(f"{path}: layer {layer!r} is {WRAPPER_CLASSES[class_name]}")
        elif class_name in NEWER_QKERAS_CLASSES and class_name not in known:
            raise ValueError(f"{path}: layer {layer!r} is {NEWER_QKERAS_CLASSES[class_name]}")
        elif class_name not in known:
            raise ValueError(
                f"{path}: layer {layer!r} has the class {class_name!r}, which neither Keras nor "
                f"QKeras provides (custom code); {HOW_TO_TRUST}"
            )
    for layer, key, value in _named_callables(config):
        if value.split("(")[0].strip() not in known and not _is_keras_activation(value):
            raise ValueError(
                f"{path}: layer {layer!r} sets {key} to {value!r}, which neither Keras nor QKeras "
                f"provides; {HOW_TO_TRUST}"
            )


def _is_keras_activation(name: str) -> bool:
    """Whether Keras resolves `name` to an activation of its own or TensorFlow's (`relu6`, `silu` are not
    attributes of `keras.activations`, which a model fpgaprune wrote from a PyTorch nn.ReLU6 uses); the
    lookup is of Keras's registry, so nothing of the file's runs."""
    try:
        function = keras.activations.get(name)
    except (ValueError, TypeError):
        return False
    return getattr(function, "__module__", "").startswith(("tf_keras.", "keras.", "tensorflow."))


@functools.cache
def known_classes() -> frozenset[str]:
    """Names of the layer, initializer, regularizer and constraint classes of Keras, and QKeras' objects."""
    names = set(CONTAINER_CLASSES | DATA_TOKENS)
    for module in (keras.layers, keras.initializers, keras.regularizers, keras.constraints):
        names.update(name for name in dir(module) if isinstance(getattr(module, name), type))
    names.update(_qkeras_objects())
    return frozenset(names - CODE_CLASSES)


class QActivation(qkeras.QActivation):
    """QKeras's QActivation, also reading a quantizer stored as its serialised form: a `.keras` file stores
    `QActivation(quantized_tanh(8))`'s quantizer as a dict, which QKeras 0.9 keeps as the quantizer, and the
    model failed to build ("could not be deserialized properly"; a public model until 2026-12-05). Of the
    same class name, so what reads a layer's class (hls4ml, fpgaprune, a saved `.h5`) sees a QActivation."""

    def __init__(self, activation, **kwargs):
        if isinstance(activation, dict):
            activation = qkeras.get_quantizer(activation)
        super().__init__(activation, **kwargs)


def _qkeras_objects() -> dict:
    objects = {}
    _add_supported_quantized_objects(objects)
    return objects | {"QActivation": QActivation}


def _deserialise(path: Path, trust_code: bool) -> keras.Model:
    from tf_keras.src.saving.serialization_lib import SafeModeScope

    if _keras_2_14_zip(path):
        return _built_with_weights_by_name(path, trust_code)
    try:
        with SafeModeScope(not trust_code):
            return keras.models.load_model(str(path), custom_objects=_qkeras_objects(), compile=False)
    except (OSError, KeyError, ValueError, TypeError, AttributeError) as error:
        if unknown := re.match(r"Unknown (\w+): '([^']+)'", str(error)):
            raise ValueError(_undefined_class_line(path, *unknown.groups())) from None
        if layer := _unknown_layer_class(path):
            raise ValueError(_undefined_class_line(path, "layer", layer)) from None
        raise ValueError(
            f"{path}: cannot load the model ({type(error).__name__}: {_one_line(error)}); "
            "it may be truncated or written by another Keras version"
        ) from None


def _unknown_layer_class(path: Path) -> str | None:
    """The first layer class of the file's configuration that neither Keras nor QKeras defines (a class of
    the model's own code), None without one or when the configuration cannot be read. tf_keras fails on a
    `.keras` file's such class with "TypeError: 'str' object is not callable" (an ATLAS L0 DeepSets model's
    KSum layer, 2026-12-06)."""
    try:
        config = stored_config(path)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        return None
    layers = config.get("config", {}).get("layers", []) if isinstance(config.get("config"), dict) else []
    names = [layer.get("class_name") for layer in layers if isinstance(layer, dict)]
    return next((name for name in names if isinstance(name, str) and name not in known_classes()), None)


def _undefined_class_line(path: Path, kind: str, name: str) -> str:
    """One line for a trusted file whose `kind` class (layer, initializer, ...) `name` this Python does not
    define: the model's own code, or a class of another Keras version (hls4ml's GarNet example said the
    file "may be truncated", 2026-12-05). A layer of its own fpgaprune cannot convert anyway; another object
    may be registered with tf_keras before loading, or the model loaded with it and given in memory."""
    if kind == "layer":
        return (
            f"{path}: its layer class {name!r} is not defined here: the model's own code, which fpgaprune "
            "cannot convert (hls4ml converts the Keras and QKeras layers it knows), or a layer of another "
            "Keras version"
        )
    return (
        f"{path}: its {kind} class {name!r} is not defined here: the model's own code (in Python, register "
        "it with keras.saving.register_keras_serializable of `from fpgaprune.compat import keras` before "
        "loading, or load the model with its custom_objects and give it to fpgaprune.optimize(model=...)), "
        "or a class of another Keras version"
    )


# where Keras 2.13 and 2.14 put a `.keras` file's layer weights (`<group>/<class in snake case>[_N]/vars/<i>`,
# as Keras 3 names them under `layers/`: `models.keras3.zip_weights`); tf_keras
# 2.15 and later look under `layers/` and load none of them ("expected 2 variables, but received 0")
_CHECKPOINT_DEPENDENCIES = "_layer_checkpoint_dependencies"
_RESAVE = "save the model as .h5 (model.save('model.h5')) with the Keras that wrote it"


def _keras_2_14_zip(path: Path) -> bool:
    """Whether `path` is a `.keras` zip whose weights lie where Keras 2.13 and 2.14 put them (a file that
    cannot be read is not: tf_keras's loader then names what is wrong with it)."""
    try:
        with zipfile.ZipFile(path) as archive:
            data = archive.read("model.weights.h5")
        with h5py.File(io.BytesIO(data), "r") as h5:
            return _CHECKPOINT_DEPENDENCIES in h5
    except (OSError, KeyError, zipfile.BadZipFile):
        return False


def _built_with_weights_by_name(path: Path, trust_code: bool) -> keras.Model:
    """A Keras 2.13/2.14 `.keras` file (such as the keras_model.keras hls4ml writes into a project): the
    model built from its configuration (checked before, as every file's; its compile settings, which a model
    loaded for pruning does not use, left out) and each layer's weights read where Keras 3 would put them,
    under `_layer_checkpoint_dependencies` (`models.keras3.zip_weights`)."""
    from fpgaprune.models.keras3 import zip_weights

    config = {key: value for key, value in stored_config(path).items() if key != "compile_config"}
    try:
        model = _built_from_json(path, trust_code, json.dumps(config))
    except ValueError as error:
        raise ValueError(f"{error} (Keras {_keras_version(path)}); {_RESAVE}") from None
    try:
        weights = zip_weights(path, config, _CHECKPOINT_DEPENDENCIES)
    except (OSError, KeyError, ValueError) as error:
        raise ValueError(f"{path}: the weights cannot be read ({_one_line(error)}); {_RESAVE}") from None
    for layer in model.layers:
        arrays = weights.pop(layer.name, [])
        shapes, found = [tuple(w.shape) for w in layer.weights], [tuple(a.shape) for a in arrays]
        if found != shapes:
            raise ValueError(
                f"{path}: layer {layer.name!r} has weights of shapes {shapes}, the file {found}; {_RESAVE}"
            )
        if arrays:
            layer.set_weights(arrays)
    return model


def _read_h5_attribute(path: Path) -> str:
    with h5py.File(path, "r") as h5:
        if "model_config" not in h5.attrs:
            raise KeyError("no model_config: a weights-only file?")
        text = h5.attrs["model_config"]
    return text.decode() if isinstance(text, bytes) else str(text)


def _read_keras_zip(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("config.json").decode()


def _classes(node, layer: str = "(model)"):
    """(layer name, class name, dict) for every serialised object in a configuration."""
    if isinstance(node, dict):
        if isinstance(node.get("class_name"), str):
            inner = node.get("config") if isinstance(node.get("config"), dict) else {}
            layer = str(inner.get("name", node.get("name", layer)))
            yield layer, node["class_name"], node  # a function's config is its name, a string
        for value in node.values():
            yield from _classes(value, layer)
    elif isinstance(node, list):
        for value in node:
            yield from _classes(value, layer)


def _named_callables(node, layer: str = "(model)"):
    """(layer, key, string) for activations and quantizers given by name (QKeras parses these strings)."""
    if isinstance(node, dict):
        layer = str(node.get("name", layer))
        for key, value in node.items():
            if isinstance(value, str) and key.endswith(_NAMED_CALLABLE_KEYS):
                yield layer, key, value
            else:
                yield from _named_callables(value, layer)
    elif isinstance(node, list):
        for value in node:
            yield from _named_callables(value, layer)


def _is_keras_function(node: dict) -> bool:
    name, module = node.get("config"), str(node.get("module", "keras.activations"))
    return (
        isinstance(name, str)
        and module.split(".")[0] in ("keras", "tf_keras")
        and hasattr(keras.activations, name)
    )


def _one_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__
