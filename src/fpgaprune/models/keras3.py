"""A model file written by Keras 3, read into the same model in Keras 2 (tf_keras) without Keras 3.

fpgaprune, QKeras and hls4ml's Keras 2 converter work on tf_keras models, and one process holds one Keras. A
Keras 3 file (`.keras` zip, or legacy `.h5`) is plain data: a JSON configuration and HDF5 weights. This module
reads both with json and h5py, translates the configuration to tf_keras's (dtype policies to dtype strings,
`batch_shape` to `batch_input_shape`, LeakyReLU's `negative_slope` to `alpha`, functional nodes
`{"args": [keras tensors], "kwargs": {}}` to `[[layer, node, tensor, {}]]`, initializer/regularizer/constraint
objects to tf_keras's), builds it with tf_keras and sets each layer's weights by name.

Only float layers of the classes fpgaprune prunes or carries (`models.user`) are translated, each key of
their configuration either one tf_keras takes or a Keras 3 option left off (None, False; ZeroPadding1D's
`data_format` at channels_last); anything else (a Lambda, a custom class, a quantization library's layer such
as HGQ2's, an option tf_keras lacks) is refused with one line before anything is built. Nothing in the file is
deserialised by Keras, so no code in it runs. The built model is checked against the file: every weight's
shape, and every layer's input shape Keras 3 recorded. That each translated layer computes what Keras 3's
does is shown by `tests/models/test_keras3.py` (predictions of both on the same inputs).
"""

import inspect
import io
import logging
import re
import zipfile
from pathlib import Path

from fpgaprune.compat import keras

import h5py
import numpy as np

from fpgaprune.models.user import (
    CARRIED_LAYERS,
    MERGE_LAYERS,
    RECURRENT_LAYERS,
    WEIGHT_LAYERS,
    channels_first_refusal,
)

log = logging.getLogger(__name__)

# Float classes fpgaprune reads (QKeras' are Keras 2 only: a Keras 3 file cannot hold them).
KERAS3_LAYERS = frozenset(
    name for name in (*WEIGHT_LAYERS, *CARRIED_LAYERS, *MERGE_LAYERS) if not name.startswith("Q")
)
# Keras 3 arguments tf_keras names otherwise: LeakyReLU's slope (Keras 3 takes `alpha` only as a deprecated
# alias and writes `negative_slope`).
RENAMED = {("LeakyReLU", "negative_slope"): "alpha"}
# Activations that compute the same in Keras 3 and tf_keras (hard_sigmoid and gelu do not: other formulas).
SAME_ACTIVATIONS = frozenset(
    {"linear", "relu", "sigmoid", "tanh", "softmax", "elu", "selu", "softplus", "softsign"}
)
# Keras 3 options tf_keras lacks, dropped at the value that turns them off: None or False, and for a class's
# own option the value tf_keras computes as (Keras 3 writes ZeroPadding1D's `data_format`, which tf_keras's
# lacks: it pads channels-last inputs; a channels_first one is refused before, `channels_first_refusal`).
OFF_VALUES = (None, False)
OFF_BY_CLASS = {("ZeroPadding1D", "data_format"): "channels_last"}
# Keras 3 normalises op by op; tf_keras by default fuses a 4-D BatchNormalization into one TensorFlow op,
# which rounds otherwise (up to 8.6e-6 apart in a CNN's softmax, tests/models/test_keras3.py): unfused, the
# translated model computes Keras 3's values to the bit.
UNFUSED = {"fused": False}
# What tf_keras's Layer takes besides a class's own arguments.
LAYER_KWARGS = frozenset({"name", "trainable", "dtype", "batch_input_shape", "activity_regularizer"})

HOW_TO_REBUILD = (
    "rebuild the model with `from fpgaprune.compat import keras` (tf_keras) and copy the weights over "
    "(docs/your-model.md, 'A model trained with Keras 3')"
)


def load_keras3_file(path: Path, config: dict, version: str) -> keras.Model:
    """The tf_keras model equal to the Keras 3 model in `path` (its stored `config`, written by `version`).

    Raises:
        ValueError: one line naming the file and what cannot be read: a layer or option outside what is
            translated, a non-float dtype, weights missing or of another shape than the layer's.
    """
    try:
        translated = translate_model(config, path)
        weights = read_weights(path, config)
        model = _build(translated, path, version)
        check_input_shapes(model, config, path)
    except (AttributeError, TypeError, KeyError, IndexError) as error:  # a configuration of another form
        raise ValueError(_untranslatable(path, version, error)) from None
    set_weights(model, weights, path)
    _say_once(path, version, len(model.layers))
    return model


def _build(translated: dict, path: Path, version: str) -> keras.Model:
    try:
        return keras.models.model_from_config(translated)
    except ValueError as error:  # tf_keras refuses a value (a shape, a padding) of the configuration
        raise ValueError(_untranslatable(path, version, error)) from None


def _untranslatable(path: Path, version: str, error: Exception) -> str:
    text = str(error).strip().splitlines()
    return (
        f"{path}: a Keras {version} configuration fpgaprune cannot translate ({type(error).__name__}: "
        f"{text[0] if text else ''}); {HOW_TO_REBUILD}"
    )


_TOLD: set[tuple] = set()  # the files whose translation was said (optimize --hls reads its model twice)


def _say_once(path: Path, version: str, layers: int) -> None:
    status = path.stat()
    told = (str(path.resolve()), status.st_mtime_ns, status.st_size)
    if told not in _TOLD:
        _TOLD.add(told)
        log.info(
            "%s: written by Keras %s; translated to tf_keras (%d layers, every weight's shape checked), as "
            "fpgaprune works in tf_keras; the models fpgaprune writes are tf_keras files",
            path,
            version,
            layers,
        )


def translate_model(config: dict, path: Path) -> dict:
    """The tf_keras configuration of a Keras 3 Sequential or Functional model configuration."""
    kind = config.get("class_name")
    inner = config.get("config")
    if kind not in ("Sequential", "Functional") or not isinstance(inner, dict) or "layers" not in inner:
        raise ValueError(
            f"{path}: a Keras 3 model of class {kind!r}, not a Sequential or Functional model (a subclassed "
            f"model is code, not data); {HOW_TO_REBUILD}"
        )
    _check_module(config, "(model)", path)
    layers = [_translate_layer(layer, path, functional=kind != "Sequential") for layer in inner["layers"]]
    model = {"name": inner.get("name", "model"), "layers": layers}
    if kind == "Sequential":
        if inner.get("build_input_shape") is not None and not _has_input_layer(inner):
            model["build_input_shape"] = inner["build_input_shape"]
        return {"class_name": "Sequential", "config": model}
    model["input_layers"] = _endpoints(inner.get("input_layers"), path)
    model["output_layers"] = _endpoints(inner.get("output_layers"), path)
    return {"class_name": "Functional", "config": model}


def _has_input_layer(inner: dict) -> bool:
    return any(layer.get("class_name") == "InputLayer" for layer in inner["layers"])


def _endpoints(value, path: Path) -> list:
    """Keras 3 writes one input or output as `[name, node, tensor]`, tf_keras always a list of them."""
    if not isinstance(value, list) or not value:
        raise ValueError(
            f"{path}: the Keras 3 model's inputs or outputs are {_short(value)}, not a list of layer outputs "
            f"(a dict of named outputs?); {HOW_TO_REBUILD}"
        )
    return [value] if isinstance(value[0], str) else value


def _translate_layer(layer: dict, path: Path, functional: bool) -> dict:
    kind = layer.get("class_name")
    config = layer.get("config") if isinstance(layer.get("config"), dict) else {}
    name = str(config.get("name", layer.get("name", "?")))
    if kind not in KERAS3_LAYERS:
        raise ValueError(_unsupported(path, name, kind, layer))
    _check_module(layer, name, path)
    if config.get("data_format") == "channels_first":
        raise ValueError(f"{path}: {channels_first_refusal(name, kind)}")
    translated = {"class_name": kind, "config": _translate_layer_config(kind, config, name, path)}
    if functional:
        translated["name"] = layer.get("name", name)
        translated["inbound_nodes"] = [
            _translate_node(node, name, path) for node in layer.get("inbound_nodes", [])
        ]
    return translated


def _unsupported(path: Path, name: str, kind, layer: dict) -> str:
    origin = _foreign_origin(layer)
    if kind in ("Lambda", "TFOpLambda"):
        why = "which holds code; fpgaprune runs no code from a Keras 3 file"
    elif origin:
        why = "a quantization or custom layer fpgaprune does not read from a Keras 3 file (HGQ2's, say)"
    elif kind not in RECURRENT_LAYERS:  # a rebuild in tf_keras is refused too (a transformer, 2026-12-06)
        return (
            f"{path}: layer {name!r} is a {kind}, a layer fpgaprune cannot prune or convert in any Keras "
            f"version; it prunes networks of float {', '.join(sorted(KERAS3_LAYERS))} (and their QKeras and "
            "recurrent layers in tf_keras files)"
        )
    else:
        why = "which fpgaprune does not read from a Keras 3 file"
    return (
        f"{path}: layer {name!r} is a {kind}{origin}, {why}; Keras 3 files are read for float "
        f"{', '.join(sorted(KERAS3_LAYERS))}: {HOW_TO_REBUILD}"
    )


def _foreign_origin(node: dict) -> str:
    """`from <module> (<registered name>)` for a class Keras 3 does not ship, else an empty string."""
    module, registered = node.get("module"), node.get("registered_name")
    foreign_module = module is not None and str(module).split(".")[0] != "keras"
    foreign_name = registered is not None and registered != node.get("class_name")
    if not (foreign_module or foreign_name):
        return ""
    where = f" from {module}" if module is not None else ""
    return where + (f" ({registered})" if foreign_name else "")


def _check_module(node: dict, name: str, path: Path) -> None:
    """A class Keras 3 ships names a `keras` module (absent in a legacy .h5) and no registered package."""
    if _foreign_origin(node):
        raise ValueError(_unsupported(path, name, node.get("class_name"), node))


def _translate_layer_config(kind: str, config: dict, name: str, path: Path) -> dict:
    layer_class = getattr(keras.layers, kind)
    accepted = _arguments(layer_class) | LAYER_KWARGS
    translated = {}
    for key, value in config.items():
        if key == "batch_shape":
            key = "batch_input_shape"
        key = RENAMED.get((kind, key), key)
        if key == "dtype":
            value = _dtype(value, name, path)
        elif key == "activation":
            value = _activation(value, name, path)
        elif isinstance(value, dict) and "class_name" in value:
            value = _translate_object(value, f"{name}.{key}", path)
        if key in accepted:
            translated[key] = value
        elif not _is_off(kind, key, value):
            raise ValueError(
                f"{path}: layer {name!r} ({kind}) sets {key}={value!r}, a Keras 3 option tf_keras's {kind} "
                f"lacks; save the model without it, or {HOW_TO_REBUILD}"
            )
    if kind == "InputLayer" and (config.get("sparse") or config.get("ragged")):
        raise ValueError(f"{path}: input {name!r} is sparse or ragged; fpgaprune reads dense inputs")
    if kind == "BatchNormalization":
        translated.update(UNFUSED)
    return translated


def _is_off(kind: str, key: str, value) -> bool:
    """Whether a Keras 3 option tf_keras lacks is set to the value that computes as without it."""
    return _off(value) or ((kind, key) in OFF_BY_CLASS and OFF_BY_CLASS[kind, key] == value)


def _off(value) -> bool:
    """None or False itself: 0 and 0.0 compare equal to False but may be a setting in use (`lora_rank=0`)."""
    return any(value is off for off in OFF_VALUES)


def _arguments(cls) -> frozenset[str]:
    """The named arguments of `cls` and of the base classes its `**kwargs` reach (BatchNormalization's)."""
    names = set()
    for base in cls.__mro__:
        if "__init__" in vars(base) and base is not object:
            parameters = inspect.signature(base.__init__).parameters.values()
            names.update(p.name for p in parameters if p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL))
    return frozenset(names - {"self"})


def _dtype(value, name: str, path: Path) -> str:
    """A Keras 3 dtype policy (`{"class_name": "DTypePolicy", "config": {"name": "float32"}}`) as its name."""
    if isinstance(value, dict):
        policy = value.get("config", {}).get("name") if value.get("class_name") == "DTypePolicy" else None
        shown = policy or value.get("class_name")
    else:
        policy = shown = value
    if policy != "float32":
        raise ValueError(
            f"{path}: layer {name!r} computes in {shown!r}; fpgaprune reads float32 Keras 3 models (hls4ml's "
            "Precision sets the design's types): save the model with dtype float32"
        )
    return policy


def _activation(value, name: str, path: Path) -> str:
    if isinstance(value, dict) and value.get("class_name") == "function":  # a serialised keras function
        value = value.get("config")
    if value not in SAME_ACTIVATIONS:
        raise ValueError(
            f"{path}: layer {name!r} has the activation {value!r}, which fpgaprune does not translate from "
            f"Keras 3 (it does {', '.join(sorted(SAME_ACTIVATIONS))}); {HOW_TO_REBUILD}"
        )
    return value


def _translate_object(node: dict, where: str, path: Path) -> dict:
    """An initializer, regularizer or constraint of Keras 3 as tf_keras's, refusing one tf_keras lacks."""
    kind = node["class_name"]
    if origin := _foreign_origin(node):
        raise ValueError(f"{path}: {where} is a {kind}{origin}, not Keras's own; {HOW_TO_REBUILD}")
    cls = next(
        (
            getattr(module, kind)
            for module in (keras.initializers, keras.regularizers, keras.constraints)
            if isinstance(getattr(module, kind, None), type)
        ),
        None,
    )
    if cls is None:
        raise ValueError(f"{path}: {where} is a {kind}, which tf_keras lacks; {HOW_TO_REBUILD}")
    accepted = _arguments(cls)
    config = {}
    for key, value in (node.get("config") or {}).items():
        if key in accepted:
            config[key] = value
        elif not _off(value):
            raise ValueError(
                f"{path}: {where} ({kind}) sets {key}={value!r}, which tf_keras lacks; {HOW_TO_REBUILD}"
            )
    return {"class_name": kind, "config": config}


def _translate_node(node, name: str, path: Path) -> list:
    """A Keras 3 call `{"args": [tensor or [tensors]], "kwargs": {}}` as tf_keras's
    `[[layer, node, tensor, {}]]`."""
    args = node.get("args") if isinstance(node, dict) else None
    kwargs = (node.get("kwargs") or {}) if isinstance(node, dict) else {}
    if not isinstance(args, list) or len(args) != 1 or any(v is not None for v in kwargs.values()):
        raise ValueError(
            f"{path}: layer {name!r} is called with arguments besides its input tensors "
            f"({_short(node)}), which fpgaprune does not translate; {HOW_TO_REBUILD}"
        )
    tensors = args[0] if isinstance(args[0], list) else [args[0]]
    return [[*_history(tensor, name, path), {}] for tensor in tensors]


def _history(tensor, name: str, path: Path) -> list:
    is_tensor = isinstance(tensor, dict) and tensor.get("class_name") == "__keras_tensor__"
    history = tensor.get("config", {}).get("keras_history") if is_tensor else None
    if not isinstance(history, list) or len(history) != 3:
        raise ValueError(
            f"{path}: layer {name!r} reads {_short(tensor)}, not a layer's output; {HOW_TO_REBUILD}"
        )
    return history


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def read_weights(path: Path, config: dict) -> dict[str, list[np.ndarray]]:
    """Each layer's weights by layer name, in the layer's order, from a `.keras` zip or a Keras 3 `.h5`."""
    try:
        if zipfile.is_zipfile(path):
            return zip_weights(path, config)
        return _h5_weights(path)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as error:
        text = str(error).strip().splitlines()
        raise ValueError(
            f"{path}: the Keras 3 weights cannot be read ({text[0] if text else type(error).__name__}); "
            "the file may be truncated: save it again"
        ) from None


def zip_weights(path: Path, config: dict, root: str = "layers") -> dict[str, list[np.ndarray]]:
    """Each layer's weights by layer name from a `.keras` zip's `model.weights.h5`, where Keras 3 puts them
    (`_weight_paths` under `root`; Keras 2.13 and 2.14 put them so under `_layer_checkpoint_dependencies`)."""
    with zipfile.ZipFile(path) as archive:
        if "model.weights.h5" not in archive.namelist():
            raise KeyError("no model.weights.h5 (sharded weights? save with model.save('model.keras'))")
        data = archive.read("model.weights.h5")
    weights = {}
    with h5py.File(io.BytesIO(data), "r") as h5:
        for name, group_path in _weight_paths(config, root).items():
            group = h5.get(f"{group_path}/vars")
            if group is None:
                continue
            stored = group.attrs.get("name", name)
            if (stored.decode() if isinstance(stored, bytes) else stored) != name:
                raise ValueError(f"{group_path} holds the weights of {stored!r}, not of layer {name!r}")
            weights[name] = [np.asarray(group[str(index)]) for index in range(len(group))]
    return weights


def _weight_paths(config: dict, root: str) -> dict[str, str]:
    """Where Keras 3's saving puts each layer's weights: `<root>/<class in snake case>[_N]` in the model's
    layer order (a Sequential's InputLayer is not one of its layers)."""
    sequential = config.get("class_name") == "Sequential"
    used: dict[str, int] = {}
    paths = {}
    for layer in config["config"]["layers"]:
        if sequential and layer.get("class_name") == "InputLayer":
            continue
        base = _snake_case(str(layer.get("class_name")))
        used[base] = used.get(base, -1) + 1
        name = layer.get("config", {}).get("name", layer.get("name"))
        paths[name] = f"{root}/{base}" + (f"_{used[base]}" if used[base] else "")
    return paths


def _snake_case(name: str) -> str:
    """Keras 3's `naming.to_snake_case`."""
    name = re.sub(r"\W+", "", name)
    name = re.sub("(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub("([a-z])([A-Z])", r"\1_\2", name).lower()


def _h5_weights(path: Path) -> dict[str, list[np.ndarray]]:
    """A legacy `.h5`'s weights: `model_weights/<layer>` lists its weights' names in order."""
    with h5py.File(path, "r") as h5:
        root = h5["model_weights"]
        weights = {}
        for layer in _strings(root.attrs["layer_names"]):
            group = root[layer]
            weights[layer] = [np.asarray(group[name]) for name in _strings(group.attrs["weight_names"])]
    return {name: arrays for name, arrays in weights.items() if arrays}


def _strings(values) -> list[str]:
    return [value.decode() if isinstance(value, bytes) else str(value) for value in values]


def set_weights(model: keras.Model, weights: dict[str, list[np.ndarray]], path: Path) -> None:
    """Set each layer's weights from the file's, refusing a missing layer, count or shape in one line."""
    for layer in model.layers:
        stored = weights.pop(layer.name, [])
        expected = [tuple(weight.shape) for weight in layer.weights]
        found = [tuple(array.shape) for array in stored]
        if expected != found:
            raise ValueError(
                f"{path}: layer {layer.name!r} ({type(layer).__name__}) has weights of shapes {expected} in "
                f"tf_keras but {found} in the file; {HOW_TO_REBUILD}"
            )
        if stored:
            layer.set_weights(stored)
    if weights:
        raise ValueError(f"{path}: the file holds weights of layers the model lacks ({', '.join(weights)})")


def check_input_shapes(model: keras.Model, config: dict, path: Path) -> None:
    """Refuse a layer whose tf_keras input shape differs from the one Keras 3 recorded for it."""
    for layer_config in config["config"]["layers"]:
        recorded = _recorded_input_shape(layer_config)
        name = layer_config.get("config", {}).get("name", layer_config.get("name"))
        if recorded is None or layer_config.get("class_name") == "InputLayer":
            continue
        built = _as_lists(model.get_layer(name).get_input_shape_at(0))
        if built != recorded:
            raise ValueError(
                f"{path}: layer {name!r} reads shape {recorded} in Keras 3 but {built} once translated; "
                f"{HOW_TO_REBUILD}"
            )


def _recorded_input_shape(layer: dict):
    """The input shape Keras 3 wrote for a layer: its call's tensors' shapes, else its build_config's."""
    nodes = layer.get("inbound_nodes") or []
    if nodes:
        args = nodes[0]["args"][0]
        tensors = args if isinstance(args, list) else [args]
        shapes = [tensor["config"].get("shape") for tensor in tensors]
        if None not in shapes:
            return _as_lists(shapes if isinstance(args, list) else shapes[0])
    shape = (layer.get("build_config") or {}).get("input_shape")
    return None if shape is None else _as_lists(shape)


def _as_lists(shape):
    if isinstance(shape, (list, tuple)):
        return [_as_lists(item) for item in shape]
    return shape
