"""A user's Keras/QKeras model as the pruner sees it: its weight layers and what hls4ml's config lookup needs.

fpgaprune prunes Dense, Conv2D and Conv1D layers (float or QKeras) of a softmax classifier. Shape-only and
element-wise layers between them (activations, leaky and parametric ReLUs, ELUs, pooling, zero padding,
cropping, flatten, dropout, batch normalisation) are carried along unpruned, and so are joins of two tensors
(a skip connection's Add, a Concatenate: `MERGE_LAYERS`) and depthwise convolutions (a DS-CNN's, a
MobileNet's: `DEPTHWISE_LAYERS`, never masked nor trained, their cost reserved with the other carried
layers'), each weight layer's input typed from the layers it really reads. A GRU or LSTM (`RECURRENT_LAYERS`)
is pruned in its two products, the kernel and the recurrent kernel, each a weight layer of its own
(`<layer>.kernel`, `<layer>.recurrent_kernel`: hls4ml's two `nnet::dense` calls of the step); the rest of it
is carried. Anything else (attention, separable or transposed convolutions, a Dot, ...) is refused by name
before any work, with the supported list.
"""

import logging
from collections.abc import Mapping
from dataclasses import dataclass, replace
from math import prod

from fpgaprune.compat import keras

import numpy as np

from fpgaprune.core.design import (
    DEFAULT_BACKEND,
    NO_BIAS,
    Precisions,
    auto_result,
    implemented_strategy,
    quantized_relu_precision,
    rounded,
    uninferred_accum,
)
from fpgaprune.core.hardware.layer import ConvWindow
from fpgaprune.core.hardware.reuse import is_valid_reuse_factor
from fpgaprune.core.hls_config import (
    DOUBLE_TRANSPOSED_BACKENDS,
    ConfigLayer,
    HlsDesign,
    Link,
    chain_input_type,
    chain_read_type,
    configured_input_types,
    conv_implementation_lines,
    conv_implementation_refusal,
    cropping_cast_warnings,
    depthwise_strategy_refusal,
    dropped_quantizer_warnings,
    dropped_quantizers,
    inputs_outside_line,
    read_hls_config,
    reads_input_port,
    relu_bound_lines,
    replaced_reuse_line,
    shadowed_model_lines,
    tanh_refusal,
    truncated_mean_warnings,
    unfused_depthwise_config,
    unread_recurrent_reuse_lines,
)
from fpgaprune.core.objective import CLASSIFICATION, CLASSIFIER, REGRESSION, REGRESSION_METRICS, Objective
from fpgaprune.core.selection.methods import PEER_METHOD
from fpgaprune.core.zoo import (
    RECURRENT_PARTS,
    WeightLayer,
    conv_window,
    frozen_layers_line,
    padded_input_size,
)
from fpgaprune.data.dataset import input_arrays

log = logging.getLogger(__name__)

WEIGHT_LAYERS = {
    "Dense": "dense",
    "QDense": "dense",
    "Conv2D": "conv2d",
    "QConv2D": "conv2d",
    "QConv2DBatchnorm": "conv2d",  # a QConv2D with its batch normalisation folded in (`build.built_kernel`)
    "Conv1D": "conv1d",
    "QConv1D": "conv1d",
}
# Depthwise convolutions, carried unpruned (their kernels never masked and kept as trained,
# `pruning.finetune.MaskedTrainer`), by hls4ml class; a depth multiplier of 1 only, which is all the cost
# model describes (hls4ml 1.3 asserts n_filt == n_chan).
DEPTHWISE_LAYERS = {
    "DepthwiseConv2D": "DepthwiseConv2D",
    "QDepthwiseConv2D": "DepthwiseConv2D",
    "DepthwiseConv1D": "DepthwiseConv1D",
}
# GRU and LSTM layers by hls4ml class (hls4ml 1.3's nnet::gru_stack/lstm_stack; `recurrent_refusal` names the
# forms it computes otherwise): their two products are weight layers (`RECURRENT_PARTS`, `weight_layers`).
RECURRENT_LAYERS = {"GRU": "GRU", "LSTM": "LSTM"}
# An Embedding (a categorical input's lookup table: a particle's type or charge, CMS L1 DeepMET's), carried
# unpruned: hls4ml 1.3's nnet::embedding reads its table and multiplies nothing. Its cost is not modelled
# (`fpgaprune estimate` says so); a mask_zero one is refused (`_embedding_refusal`).
EMBEDDING_LAYERS = {"Embedding": "Embedding"}
# Layers with weights that are carried: fine-tuning keeps their weights as trained
# (`pruning.finetune._carried_weights`), as their cost is reserved from the unpruned model's project.
FROZEN_LAYERS = (*DEPTHWISE_LAYERS, *EMBEDDING_LAYERS)
# A Dense over an input of 1 or 2 dimensions before its last: the convolution hls4ml 1.3 builds it as
# (fpgaprune kind, hls4ml class; `_dense_positions`); over more, hls4ml raises.
POINTWISE_DENSE = {1: ("conv1d", "Conv1D"), 2: ("conv2d", "Conv2D")}
# hls4ml splits a separable convolution into a depthwise and a pointwise half, whose pointwise half fpgaprune
# would have to prune inside the layer: refused with the form that is supported
SEPARABLE_LAYERS = ("SeparableConv2D", "QSeparableConv2D", "SeparableConv1D", "QSeparableConv1D")
CARRIED_LAYERS = (
    "InputLayer",
    "Activation",
    "QActivation",
    "ReLU",
    "LeakyReLU",
    "PReLU",
    "ELU",
    "Softmax",
    "Flatten",
    "Reshape",
    "Dropout",
    "Permute",
    "MaxPooling2D",
    "AveragePooling2D",
    "MaxPooling1D",
    "AveragePooling1D",
    "GlobalMaxPooling1D",
    "GlobalAveragePooling1D",
    "GlobalMaxPooling2D",
    "GlobalAveragePooling2D",
    "ZeroPadding1D",
    "ZeroPadding2D",
    "Cropping1D",
    "Cropping2D",
    "UpSampling1D",
    "UpSampling2D",
    "BatchNormalization",
    "QBatchNormalization",
    *DEPTHWISE_LAYERS,
    *EMBEDDING_LAYERS,
)
# Layers joining two tensors (a skip connection's Add, a Concatenate), by the operation hls4ml types their
# `auto` result with (`core.hardware.precision.inferred_merge_type`); hls4ml 1.3 joins two at a time.
MERGE_LAYERS = {
    "Add": "add",
    "Subtract": "subtract",
    "Average": "average",
    "Multiply": "multiply",
    "Maximum": "maximum",
    "Minimum": "minimum",
    "Concatenate": "concatenate",
}
# Layers that only move or select values. hls4ml types their `auto` result as their input (Dropout it leaves
# out), and the pipeline leaves them `auto` (`fpgaprune.hls.convert`), so the next weight layer reads what
# came before them. A global max pooling's `auto` result is hls4ml's Model default (InferPrecisionTypes has
# no rule for GlobalPooling1D or GlobalPooling2D), so it is not one of them. A zero padding's result hls4ml
# types as what it reads when it builds it, whatever the configuration says (`core.hls_config._built_types`).
RESHAPING = ("Flatten", "Reshape", "Dropout")  # hls4ml's io_parallel passes the data on unchanged
PASSED_ON = (
    *RESHAPING,
    "Permute",
    "MaxPooling2D",
    "MaxPooling1D",
    "ZeroPadding1D",
    "ZeroPadding2D",
    "Cropping1D",
    "Cropping2D",
    "UpSampling1D",
    "UpSampling2D",
)
# The hls4ml class of each layer fpgaprune reads: hls4ml looks `LayerType` settings up by it
# (`Layer.class_name`; hls4ml.model.layers.layer_map and the Keras parsers' renames: Flatten is a Reshape, a
# ReLU an Activation), not by the Keras class: `LayerType: Dense` applies to a QDense, `QDense` to nothing.
HLS4ML_CLASSES = {
    "Dense": "Dense",
    "QDense": "Dense",
    "Conv2D": "Conv2D",
    "QConv2D": "Conv2D",
    "QConv2DBatchnorm": "Conv2DBatchnorm",
    "Conv1D": "Conv1D",
    "QConv1D": "Conv1D",
    "InputLayer": "Input",
    "Activation": "Activation",
    "QActivation": "Activation",
    "ReLU": "Activation",
    "LeakyReLU": "ParametrizedActivation",
    "ELU": "ParametrizedActivation",
    "PReLU": "PReLU",
    "Softmax": "Softmax",
    "Flatten": "Reshape",
    "Reshape": "Reshape",
    "Permute": "Transpose",
    "MaxPooling2D": "Pooling2D",
    "AveragePooling2D": "Pooling2D",
    "MaxPooling1D": "Pooling1D",
    "AveragePooling1D": "Pooling1D",
    "GlobalMaxPooling1D": "GlobalPooling1D",
    "GlobalAveragePooling1D": "GlobalPooling1D",
    "GlobalMaxPooling2D": "GlobalPooling2D",
    "GlobalAveragePooling2D": "GlobalPooling2D",
    "ZeroPadding1D": "ZeroPadding1D",
    "ZeroPadding2D": "ZeroPadding2D",
    "Cropping1D": "Cropping1D",  # hls4ml's nnet::cropping1d_cl/2d_cl, io_parallel and io_stream
    "Cropping2D": "Cropping2D",
    "UpSampling1D": "Resize",  # hls4ml's nnet::resize_nearest, io_parallel and io_stream
    "UpSampling2D": "Resize",
    "BatchNormalization": "BatchNormalization",
    "QBatchNormalization": "BatchNormalization",
    "Add": "Merge",  # hls4ml's Keras parser makes every merge but Concatenate (and Dot) a `Merge`
    "Subtract": "Merge",
    "Average": "Merge",
    "Multiply": "Merge",
    "Maximum": "Merge",
    "Minimum": "Merge",
    "Concatenate": "Concatenate",
    **DEPTHWISE_LAYERS,
    **RECURRENT_LAYERS,
    **EMBEDDING_LAYERS,
}


def check_supported(model: keras.Model, classifier: bool = True) -> None:
    """Raise one line naming the first layer fpgaprune cannot prune or convert, and the supported ones.

    Raises:
        ValueError: an unsupported layer, a layer called more than once in the model (`_calls`), a model
            without weight layers, or a `classifier` not ending in a softmax (a regression's or an
            autoencoder's output may be anything the layers give).
    """
    check_one_output(model)
    supported = (
        f"weight layers {', '.join([*WEIGHT_LAYERS, *RECURRENT_LAYERS])} with {', '.join(CARRIED_LAYERS)} "
        "between them, joined by "
        f"{', '.join(MERGE_LAYERS)} of two tensors"
    )
    for layer in model.layers:
        calls = _calls(model, layer)
        if calls > 1:
            raise ValueError(
                f"layer {layer.name!r} is called {calls} times in model {model.name!r}; hls4ml and fpgaprune "
                f"convert a Keras layer once, reading its first call's input: give each call its own layer"
            )
        kind = type(layer).__name__
        if getattr(layer, "data_format", None) == "channels_first":
            raise ValueError(channels_first_refusal(layer.name, kind))
        if kind == "PReLU" and layer.shared_axes:
            raise ValueError(
                f"layer {layer.name!r} is a PReLU with shared_axes={list(layer.shared_axes)}, which hls4ml "
                "1.3 does not convert (one alpha per value only): build it without shared_axes"
            )
        if refusal := (
            _unconverted_activation(layer)
            or _zero_one_binary(layer)
            or recurrent_refusal(layer)
            or _embedding_refusal(layer)
            or setting_name_refusal(layer)
        ):
            raise ValueError(refusal)
        if kind in SEPARABLE_LAYERS:
            raise ValueError(separable_refusal(layer.name, kind))
        if kind == "UpSampling2D" and layer.interpolation != "nearest":
            raise ValueError(
                f"layer {layer.name!r} is an UpSampling2D of interpolation={layer.interpolation!r}, which "
                "hls4ml 1.3 does not build (its resize is nearest only): use interpolation='nearest'"
            )
        if kind in DEPTHWISE_LAYERS and int(layer.depth_multiplier) != 1:
            raise ValueError(
                f"layer {layer.name!r} is {_a(kind)} of depth_multiplier={layer.depth_multiplier}, which "
                "fpgaprune cannot cost (hls4ml 1.3 builds depth multiplier 1 only): build it with "
                "depth_multiplier=1 (a following Conv2D(kernel_size=1) can widen the channels)"
            )
        if any(int(rate) != 1 for rate in getattr(layer, "dilation_rate", None) or ()):
            rate = tuple(layer.dilation_rate)
            raise ValueError(
                f"layer {layer.name!r} has dilation_rate={rate}, which hls4ml 1.3's Keras "
                "converter ignores (its project would compute the undilated convolution): build it with "
                "dilation_rate=1"
            )
        if kind in ("Dense", "QDense") and len(_dense_positions(layer)) > max(POINTWISE_DENSE):
            dims = len(layer.input.shape) - 1
            raise ValueError(
                f"layer {layer.name!r} is a Dense over a {dims}-dimensional input, which "
                "hls4ml 1.3 does not convert (it builds a Dense over 2 or 3 dimensions as a convolution of "
                "kernel size 1): Reshape its input to 3 dimensions or fewer"
            )
        if kind in WEIGHT_LAYERS or kind in CARRIED_LAYERS or kind in RECURRENT_LAYERS:
            continue
        joins = isinstance(layer, keras.layers.Layer) and _merges(layer)
        if kind in MERGE_LAYERS and joins and len(layer.input) == 2:
            if refusal := _broadcast_refusal(layer):
                raise ValueError(refusal)
            continue
        if kind in MERGE_LAYERS and joins:
            raise ValueError(
                f"layer {layer.name!r} is {_a(kind)} of {len(layer.input)} tensors; hls4ml joins two at a "
                f"time: nest {kind} layers of two"
            )
        if joins:
            raise ValueError(
                f"layer {layer.name!r} is {_a(kind)} that joins {len(layer.input)} branches, which fpgaprune "
                f"cannot type as hls4ml does; supported: {supported}. Its design can still be estimated: "
                "fpgaprune estimate --model MODEL --hls-config HLS_CONFIG"
            )
        weights = "a weight layer" if layer.weights else "a layer"
        raise ValueError(
            f"layer {layer.name!r} is {_a(kind)}, {weights} fpgaprune cannot prune or convert; supported: "
            f"{supported}. Where hls4ml converts it, its design can still be estimated: fpgaprune estimate "
            "--model MODEL --hls-config HLS_CONFIG"
        )
    if not _weight_units(model):
        raise ValueError(f"model {model.name} has no weight layer to prune ({', '.join(WEIGHT_LAYERS)})")
    check_kernel_quantizers(model)
    if classifier and not ends_in_class_probabilities(model):
        raise ValueError(
            f"model {model.name!r} does not end in a softmax; a classifier of class probabilities ends in "
            f"Activation('softmax') (for two classes Activation('sigmoid') after one output), one of "
            f"logits is pruned by fpgaprune optimize --task classification (task='classification'); a "
            f"regression or autoencoder by --task regression (task='regression')"
        )


def _broadcast_refusal(layer) -> str | None:
    """One line refusing an element-wise join (Add, Multiply, ...; not a Concatenate) of two tensors of
    different shapes, None otherwise: Keras broadcasts the smaller along its axes of length 1, hls4ml 1.3's
    io_parallel merge repeats it as a flat array (`data1[ii % n_elem1]`) and its io_stream merge asserts equal
    sizes. CMS L1 DeepMET's Multiply of its (100, 1) weights and (100, 2) momenta: its C simulation departed
    from Keras there by 1.7 times Keras's rms (2026-12-05)."""
    if type(layer).__name__ == "Concatenate":
        return None
    first, second = (tuple(tensor.shape[1:]) for tensor in layer.input)
    if first == second:
        return None
    return (
        f"layer {layer.name!r} is {_a(type(layer).__name__)} of shapes {first} and {second}, which Keras "
        "broadcasts along the axes of length 1 and hls4ml 1.3 does not (io_parallel repeats the smaller as "
        "a flat array, io_stream refuses it): give the smaller the larger's shape first (e.g. a Concatenate "
        "of copies of it)"
    )


# hls4ml 1.3 keeps a layer's output among the layer's own settings, under the layer's name: a layer named as
# one of these settings has the one or the other overwritten, and its conversion crashes (StopIteration,
# TypeError) or builds something else (a Conv2D named use_bias, a BatchNormalization named use_beta, an LSTM
# named recurrent_bias, a Dense named bias: outputs off by 0.04-0.45 where the same model differs from Keras
# by 0.001). The names bench/hls4ml_setting_names.py found on Dense, Conv2D, DepthwiseConv2D,
# BatchNormalization, Activation, Permute, MaxPooling2D, LSTM and GRU layers (results/bench/
# hls4ml_setting_names.md and _recurrent.md, 2026-12-06), and depthwise_quantizer (a DepthwiseConv2D so named
# crashed in the first, hand-run sweep); "input" hls4ml refuses itself, after the pruning. A name that fails
# on one kind is refused on all: Keras never gives such names.
HLS4ML_SETTING_NAMES = frozenset(
    {
        *("config_cpp", "function_cpp", "include_header", "target_cycles", "class_name", "input"),
        *("strategy", "reuse_factor", "index_t", "implementation", "line_buffer_codegen", "n_partitions"),
        *("use_bias", "use_beta", "perm", "epsilon", "weight_data", "bias_data", "weight_quantizer"),
        *("bias_quantizer", "depthwise_data", "depthwise_quantizer", "gamma_data", "beta_data", "mean_data"),
        *("variance_data", "bias", "bias_t", "recurrent_weight_data", "recurrent_bias_data"),
        *("recurrent_bias", "recurrent_bias_t"),
    }
)


def setting_name_refusal(layer) -> str | None:
    """One line when `layer` (not a model input, which `hls.convert.prepare_model` renames) is named as one
    of hls4ml's layer settings (`HLS4ML_SETTING_NAMES`); None otherwise. A Dense named strategy ended
    `optimize --hls` after its pruning in a StopIteration from hls4ml (2026-12-06)."""
    if layer.name not in HLS4ML_SETTING_NAMES or type(layer).__name__ == "InputLayer":
        return None
    return (
        f"layer {layer.name!r} is named as one of the settings hls4ml keeps beside a layer's output, under "
        "the layer's name, so its conversion crashes or builds other code: give the layer another name "
        f"(e.g. {layer.name}_1)"
    )


def _embedding_refusal(layer) -> str | None:
    """One line refusing an Embedding of `mask_zero=True`, None otherwise: Keras then masks the layers after
    it on index 0 (a masked pooling averages the other positions), hls4ml 1.3 builds no mask."""
    if type(layer).__name__ in EMBEDDING_LAYERS and layer.get_config().get("mask_zero"):
        return (
            f"layer {layer.name!r} is an Embedding of mask_zero=True, whose mask Keras carries to the layers "
            "after it and hls4ml 1.3 does not build (its design would compute something else than Keras): "
            "build it with mask_zero=False"
        )
    return None


def check_one_output(model: keras.Model) -> None:
    """Refuse in one line a model of more than one output, before its data is read: fpgaprune's data holds
    one y array per split (until 2026-12-05 such a model failed while its data was read, with a traceback).
    Several inputs are read, one x array per input (`input_shapes`)."""
    stating = [layer for layer in model.layers if layer.get_config().get("return_state") is True]
    if len(model.outputs) > 1 and stating:  # its states are outputs: said "3 outputs (lstm, lstm, lstm)"
        raise ValueError(recurrent_refusal(stating[0]))
    if len(model.outputs) > 1:
        names = ", ".join(t.name.split("/")[0].split(":")[0] for t in model.outputs)
        raise ValueError(
            f"model {model.name!r} has {len(model.outputs)} outputs ({names}); the pipeline prunes models of "
            "one output, as its data files hold one y array per split: prune it with fpgaprune optimize, "
            "whose data file gives y_train/<output name> per output, or end it in one layer of all of them"
        )


# the layers `joined_model` adds to join a model's outputs into one
JOINED_PREFIX = "fpgaprune_joined_"


def output_names(model: keras.Model) -> list[str]:
    """The names of the layers giving the model's outputs, in its output order."""
    return [output._keras_history.layer.name for output in model.outputs]


def joined_model(model: keras.Model) -> keras.Model:
    """A model of several outputs as one of one output: every output flattened (a `Flatten` of its own when
    it has more than one axis) and joined by `Concatenate` layers two at a time, in output order (a sample's
    row holds every output's values in turn, as `core.objective.JointObjective` reads them). Every layer of
    `model` is shared, so training or pruning the joined model trains or prunes `model`."""
    flat = [
        output if len(output.shape) == 2 else keras.layers.Flatten(name=f"{JOINED_PREFIX}flatten_{i}")(output)
        for i, output in enumerate(model.outputs)
    ]
    joined = flat[0]
    for i, output in enumerate(flat[1:], start=1):
        joined = keras.layers.Concatenate(name=f"{JOINED_PREFIX}concatenate_{i}")([joined, output])
    return keras.Model(model.inputs, joined, name=model.name)


def unjoined_model(joined: keras.Model) -> keras.Model:
    """The model of several outputs a `joined_model` (also one read back from a file) joins, its layers
    shared."""

    def outputs(tensor) -> list:
        layer = tensor._keras_history.layer
        if not layer.name.startswith(JOINED_PREFIX):
            return [tensor]
        inputs = layer.input if isinstance(layer.input, list) else [layer.input]
        return [output for read in inputs for output in outputs(read)]

    return keras.Model(joined.inputs, outputs(joined.output), name=joined.name)


def is_joined(model: keras.Model) -> bool:
    """Whether `model` is a `joined_model`."""
    return model.layers[-1].name.startswith(JOINED_PREFIX)


def input_shapes(model: keras.Model) -> tuple | dict[str, tuple]:
    """The model's input shape without the batch axis; a model of several inputs: each input's by its
    name, in the model's input order (`data.user.make_user_dataset`'s `input_shape`)."""
    if len(model.inputs) == 1:
        return tuple(model.input_shape[1:])
    return {name: tuple(shape[1:]) for name, shape in zip(model.input_names, model.input_shape)}


def _activation_given(layer):
    """What a QActivation's quantizer or a layer's own activation is set to: a QKeras quantizer object, its
    name or serialised form, a function (QKeras' `binary_sigmoid`, Keras's `relu`), or None."""
    return layer.quantizer if type(layer).__name__ == "QActivation" else getattr(layer, "activation", None)


def _activation_quantizer(layer):
    """The QKeras quantizer of a QActivation or of a weight layer's own activation (None: none)."""
    given = _activation_given(layer)
    return _quantizer(given) if isinstance(given, (str, dict)) or hasattr(given, "get_config") else None


def _unconverted_activation(layer) -> str | None:
    """One line refusing a QActivation (or a weight layer's own QKeras activation) that hls4ml 1.3 does not
    convert, None otherwise: hls4ml names a quantizer by its class, a function by binary or ternary in its
    name, anything else "unknown" (`get_activation_quantizer`), and takes only `CONVERTED_ACTIVATIONS`. A
    QActivation of a Keras function (`QActivation("relu")`, a public autoencoder's) stopped hls4ml with a
    traceback after the whole pruning run until 2026-12-05."""
    qactivation = type(layer).__name__ == "QActivation"
    quantizer = _activation_quantizer(layer) or (_activation_given(layer) if qactivation else None)
    if quantizer is None or not (hasattr(quantizer, "get_config") or qactivation):
        return None  # a weight layer's Keras activation ("relu") is an Activation to hls4ml
    kind = type(quantizer).__name__ if hasattr(quantizer, "get_config") else _function_kind(quantizer)
    if kind in CONVERTED_ACTIVATIONS:
        return None
    if kind == "unknown":
        name = getattr(quantizer, "__name__", str(quantizer))
        return (
            f"layer {layer.name!r} is a QActivation of {name!r}, not a QKeras quantizer, which hls4ml 1.3 "
            f"does not convert (Unsupported QKeras activation: unknown); write it as "
            f"Activation({name!r}), or give it a quantizer (quantized_relu(8), ...)"
        )
    instead = (
        kind.removeprefix("stochastic_")
        if kind.startswith("stochastic_")
        else "one of " + ", ".join(CONVERTED_ACTIVATIONS)
    )
    return (
        f"layer {layer.name!r} has a {kind} activation, which hls4ml 1.3 does not convert (Unsupported "
        f"QKeras activation); train it with {instead}"
    )


def _function_kind(function) -> str:
    """hls4ml's name for a QKeras activation given as a function: binary or ternary by its name, else
    unknown."""
    name = getattr(function, "__name__", "")
    return next((kind for kind in ("binary", "ternary") if kind in name), "unknown")


def _zero_one_binary(layer) -> str | None:
    """One line refusing a QKeras binary activation of 0 and 1 (`binary(use_01=True)`, the `binary_sigmoid`
    function), None otherwise: hls4ml 1.3 converts every binary activation to its binary_tanh of -1 and +1
    (`get_activation_quantizer` reads the class or the function's name, not `use_01`), so the design would
    compute other values than Keras."""
    given = _activation_given(layer)
    if not type(layer).__name__.startswith("Q") or given is None:
        return None
    quantizer = _quantizer(given)
    config = quantizer.get_config() if hasattr(quantizer, "get_config") else {}
    if not (config.get("use_01") or getattr(quantizer, "__name__", "") == "binary_sigmoid"):
        return None
    return (
        f"layer {layer.name!r} has a binary activation of 0 and 1, which hls4ml 1.3 builds as its "
        "binary_tanh of -1 and +1 (the design would compute other values than Keras); train it with binary() "
        "(-1 and +1)"
    )


def stream_ternary_refusal(model: keras.Model, io_type: str) -> str | None:
    """One line refusing, under io_stream, a ternary activation (a QActivation or a weight layer's own) whose
    threshold hls4ml 1.3 moves into an ApplyAlpha (`_tanh`: not 0.5) on a tensor of more than one position (a
    convolution's map), None otherwise. Merged with its activation (`core.hls_config.tanh_fates`), that
    ApplyAlpha's `n_filt = -1` (`ExtractTernaryThreshold`) makes the io_stream BatchNormalizationQuantizedTanh
    take one threshold per value of the map while it reads a word per pixel: g++ finds no matching
    `normalize_ternary_tanh` (a QConv2D -> BatchNormalization -> ternary, Vitis, 2026-12-04). With threshold
    0.5 the BatchNormalization's own `n_filt` (its channels) is kept and the project compiles."""
    if io_type != "io_stream":
        return None
    for layer in model.layers:
        shape = layer.get_output_shape_at(0)
        if _tanh(_activation_quantizer(layer))[1] and len(shape) > 2:
            return (
                f"layer {layer.name!r} is a ternary activation on a map of {shape[1:-1]} positions, for "
                "which hls4ml 1.3 writes an io_stream project that does not compile (its threshold's "
                "ApplyAlpha, merged into a BatchNormalizationQuantizedTanh, takes a threshold per value but "
                "reads a word per pixel); use io_parallel, or ternary(threshold=0.5)"
            )
    return None


def permute_refusal(model: keras.Model, io_type: str) -> str | None:
    """One line refusing, under io_parallel, a Permute that hls4ml 1.3 removes, None otherwise
    (`_permute_flatten_line`, `_permute_input_line`)."""
    if io_type != "io_parallel":
        return None
    for layer in model.layers:
        if type(layer).__name__ == "Permute" and (
            line := _permute_flatten_line(layer) or _permute_input_line(layer)
        ):
            return line
    return None


def _permute_flatten_line(layer) -> str | None:
    """A Permute that a Flatten read only by a Dense reads: hls4ml 1.3 removes it and reorders the Dense's
    weights instead (`RemoveTransposeBeforeFlatten`), rightly only for a swap of two axes or Permute((3, 1,
    2)) (a 3-D Permute((2, 1, 3)) or Permute((2, 3, 1)) is computed wrongly: max |diff| 2.8 and 2.6 against
    Keras on a Dense of 5 outputs, 2026-12-06), and the Permute's other readers then read its input
    unpermuted; the weights fpgaprune groups into multipliers and memory words are not in the design's order
    either."""
    for flat in _readers_past_dropout(layer):
        flattens = type(flat).__name__ in RESHAPING and len(flat.output.shape) == 2
        dense = _readers_past_dropout(flat) if flattens else []
        if len(dense) == 1 and WEIGHT_LAYERS.get(type(dense[0]).__name__) == "dense":
            return (
                f"layer {layer.name!r} is a Permute before a Flatten and the Dense {dense[0].name!r}, which "
                "hls4ml 1.3 builds under io_parallel without the Permute, reordering the Dense's weights "
                "(rightly only for a swap of two axes or Permute((3, 1, 2))), so its multipliers would "
                "not hold the weights fpgaprune prunes together: permute the data before the model "
                "instead, or use io_stream"
            )
    return None


def _permute_input_line(layer) -> str | None:
    """A Permute of a model input whose first axis is 1: hls4ml 1.3 removes it and moves that axis to the end
    (`RemoveSingleChannelTranspose`), which is the Permute only when it does the same, and the layer after it
    then reads the input port, as fpgaprune does not cost it (a Permute((3, 2, 1)) of a (1, 4, 5) input:
    logits off Keras's by up to 20, 2026-12-06)."""
    shape = tuple(layer.input.shape[1:])
    if type(inbound_layers(layer)[0]).__name__ != "InputLayer" or shape[0] != 1:
        return None
    return (
        f"layer {layer.name!r} is a Permute of the model input of shape {shape}, whose first axis of "
        "length 1 hls4ml 1.3 removes under io_parallel (it moves that axis to the end, whatever the Permute "
        f"does): give the data in the permuted shape {tuple(layer.output.shape[1:])} and leave the Permute "
        "out, or use io_stream"
    )


def recurrent_refusal(layer) -> str | None:
    """One line refusing a GRU or LSTM of a form hls4ml 1.3 converts into a project that computes something
    else or does not convert (its Keras parser, `parse_rnn_layer`), None otherwise. Checked with its C
    simulation against Keras (GRU(4) over 8 x 3 at ap_fixed<32,12>: |diff| 0.003 on outputs up to 0.72; with
    reset_after=False 0.33, go_backwards=True 0.88, an LSTM's go_backwards 0.59): it applies the GRU's reset
    gate after the recurrent product whatever `reset_after` says and reads no `go_backwards`; it raises for
    `return_state` and fails on a layer without bias."""
    if type(layer).__name__ not in RECURRENT_LAYERS:
        return None
    config = layer.get_config()
    wrong = {
        "reset_after": (False, "computes the reset gate after the recurrent product (reset_after=True)"),
        "go_backwards": (True, "reads the sequence forwards"),
        "return_state": (True, "returns no state"),
        "use_bias": (False, "fails on a layer without bias"),
        "time_major": (True, "reads the batch first"),
    }
    for key, (value, what) in wrong.items():
        if key in config and config[key] == value:
            good = {False: True, True: False}[value]
            return (
                f"layer {layer.name!r} is {_a(type(layer).__name__)} of {key}={value}, for which hls4ml 1.3 "
                f"{what}: build it with {key}={good} and train again"
            )
    return None


def separable_refusal(name: str, kind: str) -> str:
    """The one line that refuses a separable convolution: hls4ml splits it into a depthwise and a pointwise
    half (`<name>_depthwise`, `<name>_pointwise`), and pruning the pointwise half inside the layer is not
    supported; the two layers written apart are, and the trained weights carry over exactly (until
    2026-12-05 the line said to train again)."""
    depthwise, pointwise = ("DepthwiseConv1D", "Conv1D") if "1D" in kind else ("DepthwiseConv2D", "Conv2D")
    return (
        f"layer {name!r} is {_a(kind)}, which fpgaprune cannot prune (hls4ml splits it into a depthwise and "
        f"a pointwise half); write it as {depthwise}(kernel_size, strides=..., padding=..., use_bias=False, "
        f"name='{name}_depthwise') followed by {pointwise}(filters, kernel_size=1, activation=..., "
        f"name='{name}_pointwise'), as hls4ml splits it, and copy its weights: depthwise_kernel into the "
        f"first, pointwise_kernel and bias into the second (the same function, no training); fpgaprune "
        f"prunes the pointwise {pointwise} and carries the depthwise layer unpruned"
    )


def channels_first_refusal(name: str, kind: str) -> str:
    """The one line that refuses a layer reading its channels first (`data_format="channels_first"`, in a
    tf_keras model or a Keras 3 file): fpgaprune's design takes a convolution's or pooling's positions from
    the shape's middle axes and its channels from the last (`weight_layers`), as hls4ml's io_parallel and
    io_stream designs it writes read them; a channels-first Conv2D of 3x8x8 inputs was costed for 24 input
    positions instead of 64 and pruned without a word."""
    return (
        f"layer {name!r} ({kind}) has data_format='channels_first'; fpgaprune costs, prunes and converts "
        "channels-last layers (channels on the last axis, as the hls4ml designs it writes read them): "
        "rebuild the model with data_format='channels_last' (Keras' default) and its inputs transposed to "
        "channels last"
    )


def _calls(model: keras.Model, layer) -> int:
    """How many times `model` calls `layer` (a shared layer's calls in other models, as `retraced`'s, do not
    count). hls4ml's Keras parser reads a layer's first inbound node only, as `inbound_layers` does."""
    nodes = getattr(model, "_network_nodes", None)
    if nodes is None:  # a Sequential not built yet calls each of its layers once
        return 1
    return sum(f"{layer.name}_ib-{index}" in nodes for index in range(len(layer._inbound_nodes)))


def _merges(layer) -> bool:
    """Whether `layer` reads more than one tensor (Add, Concatenate, Multiply, ...)."""
    try:
        inputs = layer.input
    except AttributeError:  # a layer called more than once has no single input
        return False
    return isinstance(inputs, (list, tuple)) and len(inputs) > 1


def _a(word: str) -> str:
    """`word` with its article: an Add, an LSTM (a letter said with a vowel first), a GRU."""
    acronym = word[:2].isupper()
    vowel = word[:1] in ("FHLMNRSX" if acronym else "AEIOUaeiou") or word[:1] in "AEIO"
    return f"{'an' if vowel else 'a'} {word}"


def ends_in_softmax(model: keras.Model) -> bool:
    last = model.layers[-1]
    activation = getattr(last, "activation", None)
    return isinstance(last, keras.layers.Softmax) or getattr(activation, "__name__", "") == "softmax"


# The activations of one output that are a binary classifier's probability of class 1: above 0.5 exactly
# where their input is above 0 (a QKeras quantized_sigmoid is hls4ml's hard_sigmoid, 0.5 x + 0.5 clipped,
# unless use_real_sigmoid)
SIGMOIDS = ("sigmoid", "quantized_sigmoid")


def ends_in_sigmoid_unit(model: keras.Model) -> bool:
    """Whether the model's output is one value through a sigmoid (a Keras Activation, a QKeras
    quantized_sigmoid, or the last layer's own): a binary classifier's probability of class 1
    (`core.objective.predicted_classes`). A DUNE 8-bit QKeras CNN ending in quantized_sigmoid(8) was refused
    as a classifier until 2026-12-06."""
    one_value = len(model.output_shape) == 2 and model.output_shape[-1] == 1
    return one_value and output_activation_name(model.layers[-1]) in SIGMOIDS


def output_activation_name(layer) -> str:
    """The name of a layer's activation: a QKeras quantizer's class (a QActivation's, or a weight layer's own
    activation quantizer), else the Keras activation's name ("" without one)."""
    quantizer = _activation_quantizer(layer)
    if quantizer is not None and hasattr(quantizer, "get_config"):
        return type(quantizer).__name__
    return _activation_name(layer)


def ends_in_logits(model: keras.Model) -> bool:
    """Whether the model's output is its last weight layer's linear output, a classifier of logits' (no
    activation, or a linear one: Keras's `linear`, a QKeras `quantized_bits`, which hls4ml builds as linear),
    whatever lies between that does not change values (Flatten, Reshape, Dropout)."""
    layer = model.layers[-1]
    while type(layer).__name__ in ("Activation", "QActivation", *RESHAPING):
        if type(layer).__name__ in ("Activation", "QActivation") and not _linear(layer):
            return False
        layer = inbound_layers(layer)[0]
    return type(layer).__name__ in WEIGHT_LAYERS and _linear(layer)


def _linear(layer) -> bool:
    """Whether a layer's own activation (a QActivation's quantizer) leaves its values linear."""
    quantizer = _activation_quantizer(layer)
    if quantizer is not None and hasattr(quantizer, "get_config"):
        return type(quantizer).__name__ == "quantized_bits"
    return _activation_name(layer) in ("linear", "")


def applies_own_activation(layer) -> bool:
    """Whether a weight layer (a depthwise convolution too) applies an activation of its own, which hls4ml
    splits off into a layer after it (`Dense(..., activation="relu")`, a QKeras
    `activation="quantized_relu(6)"` or `"quantized_bits(8,2)"`, which clips): its Keras output is then not
    what hls4ml's layer writes into its result type and accumulator (`linear_twin`)."""
    if type(layer).__name__ not in WEIGHT_LAYERS.keys() | DEPTHWISE_LAYERS.keys():
        return False
    return _activation_quantizer(layer) is not None or _activation_name(layer) not in ("linear", "")


def fused_clipping(layer) -> str | None:
    """How a weight layer's own QKeras activation clips what hls4ml casts into the activation it splits off:
    "relu" for a `quantized_relu` (max(sum, 0), which Keras clips at its maximum), "linear" for a
    `quantized_bits` (the sum, which Keras clips to its range); None for any other (a `relu`, a `tanh` leave
    the split activation's result as Keras shows it)."""
    quantizer = _activation_quantizer(layer) if applies_own_activation(layer) else None
    kind = type(quantizer).__name__ if quantizer is not None and hasattr(quantizer, "get_config") else None
    if kind == "quantized_relu" and not getattr(quantizer, "negative_slope", 0):
        return "relu"
    return "linear" if kind == "quantized_bits" else None


def linear_twin(layer, name: str):
    """A new layer that computes `layer` (`applies_own_activation`) without its activation, named `name`: its
    outputs are the sums hls4ml's layer writes into its result type before the activation split off it. Call
    it, then give it `layer.get_weights()`."""
    return type(layer).from_config({**layer.get_config(), "activation": "linear", "name": name})


def ends_in_class_probabilities(model: keras.Model) -> bool:
    """A classifier's output: a softmax, or for two classes one sigmoid output (`ends_in_sigmoid_unit`)."""
    return ends_in_softmax(model) or ends_in_sigmoid_unit(model)


def split_output_activation(model: keras.Model) -> keras.Model:
    """`model` with the activation its last weight layer applies itself (`Dense(5, activation="softmax")`,
    a regression's `Dense(784, activation="sigmoid")`, a QKeras `activation="quantized_relu(8)"`) moved into
    an `Activation` (a `QActivation`) after it, named `<layer>_<activation>` as hls4ml names the activation
    it splits off (so the hls4ml configuration's entries still apply): the same function, whose last weight
    layer now gives the linear outputs (a classifier's logits) that the hls4ml design's C simulation is
    compared on. Layers after it (a Reshape) are copies reading the new activation; the others, and all
    weights, are shared with `model`. A last `Softmax` layer over the last axis becomes an
    `Activation("softmax")` of its name: hls4ml 1.3 writes a project that does not compile for a Keras
    `Softmax` layer (`softmax_config13` called, `Softmax_config13` declared; Vitis, io_parallel). Any other
    model is returned as it is. (Until 2026-12-05 only a softmax or a one-output sigmoid was split; any other
    activation of the last weight layer, an autoencoder's sigmoid, was refused before the run.)"""
    if len(model.outputs) > 1:  # each output as a model of its own, all sharing the layers before
        alone = [keras.Model(model.inputs, output) for output in model.outputs]
        for name, part in zip(output_names(model), alone, strict=True):
            _check_split_alone(name, part, [other for other in alone if other is not part])
        parts = [split_output_activation(part) for part in alone]
        return keras.Model(model.inputs, [part.output for part in parts], name=model.name)
    last = model.layers[-1]
    if isinstance(last, keras.layers.Softmax) and last.axis in (-1, len(last.input_shape) - 1):
        softmax = keras.layers.Activation("softmax", name=last.name)(last.input)
        return keras.Model(model.inputs, softmax, name=model.name)
    units = _weight_units(model)
    weight = units[-1][0] if units and not units[-1][1] else None
    if weight is None or _linear(weight):
        return model
    return _activation_split(model, weight)


def _check_split_alone(name: str, part: keras.Model, others: list) -> None:
    """One line when output `name`'s last weight layer applies an activation of its own (which is split off
    into a layer of its own, `split_output_activation`) and another output reads that layer too: the split
    would copy a layer the other output shares."""
    units = _weight_units(part)
    weight = units[-1][0] if units and not units[-1][1] else None
    if weight is None or _linear(weight):
        return
    if any(weight.name in {layer.name for layer in other.layers} for other in others):
        raise ValueError(
            f"output {name}'s last weight layer {weight.name!r} applies its own activation and another "
            f"output reads it too: give {weight.name!r} a linear activation and an Activation layer after it"
        )


def output_aliases(model: keras.Model) -> dict[str, str]:
    """Other names of a model's outputs that targets may be given by: an output that is the activation
    `split_output_activation` split off its weight layer (`<layer>_<activation>`, as a pruned model.h5 has
    it) is also named by its weight layer (the name its data were given by before the split)."""
    aliases = {}
    for name, output in zip(output_names(model), model.outputs, strict=True):
        layer = output._keras_history.layer
        source = inbound_layers(layer)
        if (
            len(source) == 1
            and name.startswith(f"{source[0].name}_")
            and type(layer).__name__
            in (
                "Activation",
                "QActivation",
            )
        ):
            aliases[source[0].name] = name
    return aliases


def _activation_split(model: keras.Model, weight) -> keras.Model:
    """`model` with `weight`'s own activation a layer of its own after a linear copy of `weight`, and copies
    (with their weights) of the layers that read it, directly or through others."""
    linear = type(weight).from_config({**weight.get_config(), "activation": "linear"})
    tensors = {weight.name: _split_activation_layer(weight)(linear(weight.input))}
    linear.set_weights(weight.get_weights())
    changed = {weight.name}
    for layer in model.layers[model.layers.index(weight) + 1 :]:
        sources = inbound_layers(layer)
        if not changed.intersection(source.name for source in sources):
            continue
        read = [tensors.get(source.name, source.output) for source in sources]
        copy = type(layer).from_config(layer.get_config())
        tensors[layer.name] = copy(read if len(read) > 1 else read[0])
        copy.set_weights(layer.get_weights())
        changed.add(layer.name)
    last = model.layers[-1]
    return keras.Model(model.inputs, tensors.get(last.name, last.output), name=model.name)


def _split_activation_layer(weight):
    """The layer of `weight`'s own activation as hls4ml splits it off: a QActivation of a QKeras quantizer,
    an Activation of a Keras function; named `<layer>_<activation>`."""
    activation, name = weight.activation, _activation(weight).name
    if hasattr(activation, "get_config"):
        import qkeras

        return qkeras.QActivation(activation, name=name)
    return keras.layers.Activation(activation, name=name)


def _activation_name(layer) -> str:
    return getattr(getattr(layer, "activation", None), "__name__", "")


def logits_layer(model: keras.Model) -> str:
    """The name of the last weight layer (whose output, before any softmax, are the logits)."""
    return _weight_units(model)[-1][0].name


def weight_layers(model: keras.Model) -> list[WeightLayer]:
    """The model's weight layers in order, as hls4ml multiplies them (n_in x n_out, at `positions` pixels)."""
    return [replace(unit, trainable=layer.trainable) for unit, layer in _weight_units_of(model)]


def _weight_units_of(model: keras.Model) -> list[tuple[WeightLayer, object]]:
    """Each weight layer (a GRU's or LSTM's two products apart) with the Keras layer it is of."""
    result = []
    for layer, part in _weight_units(model):
        if part:
            result.append((_recurrent_part(layer, part), layer))
            continue
        kernel_shape = tuple(int(d) for d in layer.kernel.shape)
        kind = WEIGHT_LAYERS[type(layer).__name__]
        first = _reads_model_input(layer)
        if kind == "dense" and (spatial := _dense_positions(layer)):
            unit = _pointwise_dense(layer, spatial, first)
        elif kind == "dense":
            n_in, n_out = kernel_shape
            pack = _stream_input_pack(layer)
            unit = WeightLayer(
                layer.name, kind, n_in, n_out, kernel_shape, reads_model_input=first, stream_input_pack=pack
            )
        else:
            *window, channels, filters = kernel_shape
            inputs, padded = _input_positions(layer, window)
            unit = WeightLayer(
                layer.name,
                kind,
                prod(window) * channels,
                filters,
                kernel_shape,
                prod(layer.output_shape[1:-1]),
                inputs,
                padded,
                first,
                window=_conv_window(layer, window),
            )
        result.append((unit, layer))
    return result


def _recurrent_part(layer, part: str) -> WeightLayer:
    """One of a GRU's or LSTM's two products as hls4ml's step multiplies it: the kernel (n_in x gates n_state)
    or the recurrent kernel (n_state x gates n_state), a Dense of the Keras cell's weights in their layout
    (hls4ml transposes both as a Dense's for the Resource strategies, `ApplyResourceStrategy`)."""
    kernel_shape = tuple(int(d) for d in getattr(layer.cell, part).shape)
    n_in, n_out = kernel_shape
    return WeightLayer(f"{layer.name}.{part}", "dense", n_in, n_out, kernel_shape, part=part)


def _dense_positions(layer) -> tuple[int, ...]:
    """The positions a Dense layer multiplies its kernel at: its input's dimensions before the last, () for a
    one-dimensional input. hls4ml 1.3 builds a Dense over a multidimensional input as a Conv1D or Conv2D of
    kernel size 1 over those positions (`ReplaceMultidimensionalDenseWithConv`, then a pointwise convolution,
    `OptimizePointwiseConv`)."""
    return tuple(int(d) for d in layer.input.shape[1:-1])


def is_pointwise_dense(layer) -> bool:
    """Whether `layer` is a Dense (QDense) over a multidimensional input, which hls4ml 1.3 builds as a
    convolution of kernel size 1 (`_dense_positions`)."""
    dense = type(layer).__name__ in ("Dense", "QDense")
    return dense and len(layer.get_input_shape_at(0)) > 2  # first call's: the converted model calls it again


def _pointwise_dense(layer, spatial: tuple[int, ...], reads_model_input: bool) -> WeightLayer:
    """A Dense over a multidimensional input as hls4ml 1.3 builds it (`_dense_positions`): a convolution of
    kernel size 1 at every position, its kernel (1, [1,] n_in, n_out), the Keras kernel's values in its
    order."""
    n_in, n_out = (int(d) for d in layer.kernel.shape)
    kernel_shape = (*(1 for _ in spatial), n_in, n_out)
    positions = prod(spatial)
    kind = POINTWISE_DENSE[len(spatial)][0]
    ones = (1,) * len(spatial)
    window = conv_window(spatial, spatial, ones, ones, "valid")
    return WeightLayer(
        layer.name,
        kind,
        n_in,
        n_out,
        kernel_shape,
        positions,
        positions,
        positions,
        reads_model_input,
        window=window,
    )


def _conv_window(layer, window: list[int]) -> ConvWindow:
    sizes, outputs = layer.input_shape[1:-1], layer.output_shape[1:-1]
    return conv_window(sizes, outputs, window, layer.strides, layer.padding)


def _input_positions(layer, window: list[int]) -> tuple[int, int]:
    """A convolution's input pixels, and those after hls4ml's io_stream zero padding (`padded_input_size`)."""
    sizes = layer.input_shape[1:-1]
    return prod(sizes), prod(padded_input_size(sizes, layer.strides, window, layer.padding))


def config_layers(model: keras.Model) -> list[ConfigLayer]:
    """Each weight layer with its hls4ml class, quantizer types and the hls4ml layers that write its input."""
    result = []
    for (layer, part), weight in zip(_weight_units(model), weight_layers(model)):
        if part == "recurrent_kernel":  # it reads the layer's own state, of its result type
            result.append(ConfigLayer(weight, _hls4ml_class(layer), chain=(_link(layer),)))
            continue
        result.append(
            ConfigLayer(
                weight=weight,
                class_name=_hls4ml_class(layer),
                weight_quantizer=_parameter_quantizer_type(getattr(layer, "kernel_quantizer_internal", None)),
                chain=tuple(link for _, link in _chain(layer)),
                bias_quantizer=_parameter_quantizer_type(getattr(layer, "bias_quantizer_internal", None)),
                has_bias=bool(getattr(layer, "use_bias", True)),
                weight_product=kernel_product(getattr(layer, "kernel_quantizer_internal", None)),
            )
        )
    return result


def hls_design(model: keras.Model, hls_config: dict, classifier: bool = True) -> HlsDesign:
    """How hls4ml implements `model` under the user's `hls_config` (`fpgaprune.core.hls_config`); a warning
    names each QActivation whose quantizer hls4ml would drop and the config entries that keep it, and each
    average pooling (global or not) whose types cut its mean and the types that keep it. A `classifier` must
    end in a softmax (`check_supported`). The configuration is read with the result type that keeps a
    BatchNormalization after a depthwise layer a layer (`unfused_depthwise`, which the written project gets
    too); a depthwise layer whose strategy fpgaprune cannot cost is refused (`depthwise_strategy_refusal`)."""
    check_supported(model, classifier)
    names = hls4ml_layer_names(model)
    hls_config, _ = unfused_depthwise(model, hls_config)
    layers = config_layers(model)
    design = read_hls_config(
        hls_config, layers, model.input_names[0], names, split_activation_names(model), hls4ml_classes()
    )
    classes = [(layer.name, _hls4ml_class(layer)) for layer in model.layers]
    for refusal in (
        conv_implementation_refusal(hls_config, classes),
        stream_ternary_refusal(model, design.io_type),
        permute_refusal(model, design.io_type),
        depthwise_strategy_refusal(hls_config, depthwise_links(model), design.io_type),
        batchnorm_conv_refusal(model, design),
        conv_reuse_refusal(model, design),
    ):
        if refusal:
            raise ValueError(refusal)
    recurrent = [_link(layer) for layer in model.layers if type(layer).__name__ in RECURRENT_LAYERS]
    for line in dropped_quantizer_warnings(design.dropped) + truncated_mean_warnings(design.truncated):
        log.warning("%s", line)
    for line in cropping_cast_warnings(design.cropping_casts):
        log.warning("%s", line)
    for line in relu_bound_lines(hls_config, quantized_relus(model)):
        log.warning("%s", line)
    for line in unread_recurrent_reuse_lines(hls_config, recurrent):
        log.warning("%s", line)
    for line in conv_implementation_lines(hls_config, classes, design.io_type):
        log.warning("%s", line)
    if line := replaced_reuse_line(design.replaced_reuse):
        log.warning("%s", line)
    for line in shadowed_model_lines(hls_config, layers):
        log.warning("%s", line)
    for line in miscomputed_kernel_warnings(model):
        log.warning("%s", line)
    return design


def batchnorm_conv_refusal(model: keras.Model, design: HlsDesign) -> str | None:
    """One line refusing a QConv2DBatchnorm the pruned design would build with hls4ml's rolled Resource kernel
    (`implemented_strategy`: io_parallel, ReuseFactor 1 or n_in x n_out) under a backend that reads its
    folded weights transposed twice there (`DOUBLE_TRANSPOSED_BACKENDS`), None otherwise: every output is
    wrong (a public MLPerf Tiny CIFAR-10 ResNet's C simulation agreed with Keras on 0 % of its samples after
    the whole pruning run, 2026-12-05)."""
    backend = (design.backend or DEFAULT_BACKEND).lower()
    if backend not in DOUBLE_TRANSPOSED_BACKENDS:
        return None
    for layer in model.layers:
        if type(layer).__name__ != "QConv2DBatchnorm":
            continue
        setting = design.setting.of(layer.name)
        weights = int(np.prod(layer.kernel.shape))
        if implemented_strategy(setting, "conv2d", design.io_type, True, backend, weights) != "resource":
            continue
        unrolled = f"a ReuseFactor between 2 and {weights - 1} under io_stream (built Resource_Unrolled), "
        return (
            f"layer {layer.name!r} (QConv2DBatchnorm) would be built with hls4ml's Resource kernel "
            f"(ReuseFactor {setting.reuse_factor}, {design.io_type}), which hls4ml 1.3's {design.backend} "
            "backend computes from its folded weights transposed twice, every output wrong (hls4ml PR #965); "
            f"give it Strategy: Latency, {unrolled}Backend: Vitis, or a QConv2D followed by a "
            "BatchNormalization"
        )
    return None


def conv_reuse_refusal(model: keras.Model, design: HlsDesign) -> str | None:
    """One line refusing an io_parallel convolution at Strategy Resource whose ReuseFactor exceeds its
    window's inputs (filter taps x channels), None otherwise: hls4ml 1.3's kernel is "correct only for RF <=
    FILT_HEIGHT * FILT_WIDTH * N_CHAN" (its library asserts so, `nnet_conv1d_resource.h`,
    `nnet_conv2d_resource.h`), so the C simulation stops on that assertion after the whole pruning run,
    and a synthesis (which drops asserts) builds what the library calls incorrect."""
    if design.io_type != "io_parallel":
        return None
    for layer in weight_layers(model):
        if layer.kind not in ("conv1d", "conv2d"):
            continue
        setting = design.setting.of(layer.name)
        if setting.strategy != "resource" or setting.reuse_factor <= layer.n_in:
            continue
        fits = [rf for rf in range(layer.n_in, 0, -1) if is_valid_reuse_factor(layer.n_in, layer.n_out, rf)]
        return (
            f"layer {layer.name!r} ({layer.kind}) has Strategy Resource at ReuseFactor "
            f"{setting.reuse_factor} under io_parallel, where hls4ml 1.3's convolution kernel is correct "
            f"only up to its window's {layer.n_in} inputs (its library asserts so, and the C simulation "
            f"stops); give it a ReuseFactor of at most {layer.n_in} (the largest hls4ml takes: {fits[0]}), "
            "Strategy: Latency, or IOType: io_stream"
        )
    return None


def hls4ml_layer_names(model: keras.Model) -> list[str]:
    """The layers hls4ml's configuration names: the model's, with its input layer, which a Sequential's
    `layers` omit (`config_from_keras_model` lists it, `input_1`, and until 2026-12-05 fpgaprune refused that
    entry as naming no layer)."""
    return list(dict.fromkeys([*model.input_names, *(layer.name for layer in model.layers)]))


def hls4ml_classes() -> dict[str, str]:
    """Every class name hls4ml converts from (a Keras class or its own), lowercased -> the hls4ml class it
    becomes (hls4ml's `layer_map`), which `LayerType` keys are matched against."""
    from hls4ml.model.layers import layer_map

    return {name.lower(): cls.__name__ for name, cls in layer_map.items()}


def split_activation_names(model: keras.Model) -> dict[str, str]:
    """Weight layer (a depthwise convolution too) -> the activation hls4ml splits off it, as it names it:
    `<layer>_<activation>` (`fc1_relu`, `fc1_quantized_relu`, `fc1_linear` for none)."""
    return {
        layer.name: _activation(layer).name
        for layer in model.layers
        if type(layer).__name__ in WEIGHT_LAYERS.keys() | DEPTHWISE_LAYERS.keys()
    }


def _weight_layers(model: keras.Model) -> list:
    return [layer for layer in model.layers if type(layer).__name__ in WEIGHT_LAYERS]


def _weight_units(model: keras.Model) -> list[tuple]:
    """(Keras layer, part) of every weight layer in model order: ("", ...) a Dense or convolution; a GRU's or
    LSTM's two products, "kernel" and "recurrent_kernel" (`RECURRENT_PARTS`)."""
    units = []
    for layer in model.layers:
        kind = type(layer).__name__
        if kind in WEIGHT_LAYERS:
            units.append((layer, ""))
        elif kind in RECURRENT_LAYERS:
            units += [(layer, part) for part in RECURRENT_PARTS]
    return units


def keras_layer_of(model: keras.Model, name: str) -> tuple:
    """(Keras layer, part) of weight layer `name` (`weight_layers`): a recurrent layer's product is
    `<layer>.<part>`; part "" for a layer of its own."""
    for part in RECURRENT_PARTS:
        layer_name = name.removesuffix(f".{part}")
        if (
            layer_name != name
            and type(found := layer_or_none(model, layer_name)).__name__ in RECURRENT_LAYERS
        ):
            return found, part
    return model.get_layer(name), ""


def layer_or_none(model: keras.Model, name: str):
    """The model's layer called `name`, None when it has none (e.g. one hls4ml adds, `<name>_linear`)."""
    try:
        return model.get_layer(name)
    except ValueError:
        return None


@dataclass(frozen=True)
class RecurrentProduct:
    """A GRU's or LSTM's kernel or recurrent kernel as a weight layer's holder (`weight_holder`): its name
    (`<layer>.<part>`) and its Keras variable (its cell's) as `kernel`, as a Dense layer has them."""

    name: str
    kernel: object
    kernel_quantizer_internal = None  # a float layer's (QKeras's QGRU/QLSTM are not read)


def weight_holder(model: keras.Model, name: str):
    """What holds weight layer `name`'s weights (`weight_layers`), with its `name` and its `kernel` variable:
    the Keras layer, or a GRU's or LSTM's product (`RecurrentProduct`)."""
    layer, part = keras_layer_of(model, name)
    return RecurrentProduct(name, getattr(layer.cell, part)) if part else layer


def _reads_model_input(layer) -> bool:
    """Whether `layer` reads the model input: only layers that reshape or drop nothing between (hls4ml's
    io_parallel top then passes it the packed input port, `LayerHardware.input_packed`)."""
    source = inbound_layers(layer)[0]
    while type(source).__name__ in RESHAPING:
        source = inbound_layers(source)[0]
    return isinstance(source, keras.layers.InputLayer)


def _stream_input_pack(layer) -> int:
    """io_stream: the values in each word of the stream `layer` reads (`WeightLayer.stream_input_pack`).
    hls4ml 1.3 streams a tensor in words of its last dimension and reads a Flatten's input stream in place (a
    Reshape to one dimension: `InplaceStreamFlatten`; a Reshape to more is a `Repack` of its own words);
    Dropout it leaves out."""
    source = inbound_layers(layer)[0]
    while _read_in_place(source):
        source = inbound_layers(source)[0]
    return int(source.output.shape[-1])


def _read_in_place(layer) -> bool:
    kind = type(layer).__name__
    return kind in ("Flatten", "Dropout") or (kind == "Reshape" and len(layer.output.shape) == 2)


def _chain(layer) -> list[tuple]:
    """(Keras layer, hls4ml `Link`) of each layer hls4ml puts on the way to `layer`'s input, in model order:
    from the model input or the weight layer before (then its own activation, which hls4ml makes a layer named
    `<layer>_<activation>`, `<layer>_linear` when it has none, given with the weight layer) to `layer`, or
    from a layer joining two branches (its `Link.branches` the chains to its two inputs, each from the model
    input or a weight layer); Dropout, which hls4ml leaves out, is not one."""
    return _chain_to(inbound_layers(layer)[0])


def clipping_relus(model: keras.Model) -> dict[str, str]:
    """Layer name -> the layer it reads, for the ReLUs Keras clips at a maximum (a QActivation of
    quantized_relu, a ReLU of max_value): hls4ml computes max(x, 0) and casts it to the result type, so where
    that type wraps an input above its range wraps where Keras saturates, and the Keras output never shows
    it (a QKeras MLP's quantized_relu under result ap_fixed<7,1>: C simulation 25.5 % against Keras's 100 %,
    and no layer named). A leaky one (a negative slope: hls4ml's LeakyReLU) is checked on its output."""
    clipping = {}
    for layer in model.layers:
        kind = type(layer).__name__
        quantizer = _quantizer(getattr(layer, "quantizer", None)) if kind == "QActivation" else None
        relu = type(quantizer).__name__ == "quantized_relu" and not getattr(quantizer, "negative_slope", 0)
        if relu or (
            kind == "ReLU" and getattr(layer, "max_value", None) is not None and not layer.negative_slope
        ):
            clipping[layer.name] = inbound_layers(layer)[0].name
    return clipping


def _chain_to(source) -> list[tuple]:
    """`_chain` of the layer reading `source`: the hls4ml layers from the model input, a weight layer or a
    join to `source`, itself included."""
    chain = []
    while True:
        kind = type(source).__name__
        if kind in WEIGHT_LAYERS:
            chain.append((source, _activation(source)))
            quantized = getattr(source, "kernel_quantizer_internal", None) is not None
            shared = len(source._outbound_nodes) > 1  # read by more than one layer: hls4ml fuses nothing in
            link = Link(source.name, _hls4ml_class(source), quantized=quantized, shared=shared)
            chain.append((source, link))
            return chain[::-1]
        if kind in DEPTHWISE_LAYERS:  # carried as a layer of its own, with the activation hls4ml splits off
            chain += [(source, _activation(source)), (source, _depthwise_link(source))]
            source = inbound_layers(source)[0]
            continue
        if kind in MERGE_LAYERS:
            branches = tuple(
                tuple(link for _, link in _chain_to(branch)) for branch in inbound_layers(source)
            )
            link = Link(source.name, _hls4ml_class(source), op=MERGE_LAYERS[kind], branches=branches)
            chain.append((source, link))
            return chain[::-1]
        if kind != "Dropout":
            chain.append((source, _link(source)))
        if isinstance(source, keras.layers.InputLayer):
            return chain[::-1]
        source = inbound_layers(source)[0]


def _depthwise_link(layer) -> Link:
    """The `Link` of a depthwise convolution: its kernel taps and quantizer types, which its `auto` result is
    inferred from (`core.hls_config.inferred_results`)."""
    return Link(
        layer.name,
        _hls4ml_class(layer),
        taps=prod(layer.kernel_size),
        weight_quantizer=_parameter_quantizer_type(getattr(layer, "depthwise_quantizer_internal", None)),
        bias_quantizer=_parameter_quantizer_type(getattr(layer, "bias_quantizer_internal", None)),
        has_bias=bool(layer.use_bias),
    )


def depthwise_links(model: keras.Model, before_batchnorm: bool = False) -> list[Link]:
    """The `Link` of each depthwise convolution of `model`, in model order; `before_batchnorm`: only those
    whose output a BatchNormalization reads directly (no activation of their own between; a Dropout, which
    hls4ml leaves out, may be), which hls4ml 1.3 fuses wrongly when their result is `auto`
    (`core.hls_config.unfused_depthwise_config`)."""
    links = []
    for layer in model.layers:
        if type(layer).__name__ not in DEPTHWISE_LAYERS:
            continue
        normalised = _activation_name(layer) == "linear" and any(
            "BatchNormalization" in type(reader).__name__ for reader in _readers_past_dropout(layer)
        )
        if normalised or not before_batchnorm:
            links.append(_depthwise_link(layer))
    return links


def _readers_past_dropout(layer) -> list:
    """The layers reading `layer`'s output in hls4ml's graph: a Dropout's readers in its place."""
    readers = [node.outbound_layer for node in layer._outbound_nodes]
    return [
        past
        for reader in readers
        for past in (_readers_past_dropout(reader) if type(reader).__name__ == "Dropout" else [reader])
    ]


def peer_refusal(model: keras.Model) -> str | None:
    """One line refusing hls4ml's own pruning loop (`core.selection.methods.PEER_METHOD`) on a model with a
    depthwise convolution or an Embedding (`FROZEN_LAYERS`) or a GRU or LSTM, None without one: that loop
    trains every weight, the depthwise kernel and the embedding table too, whose cost fpgaprune reserves as
    trained (`pruning.finetune.MaskedTrainer` keeps them so), and prunes none of a recurrent layer's, which
    fpgaprune's methods prune. A model of several inputs too: hls4ml 1.3's loop makes one tensor of a batch's
    inputs (`tf.convert_to_tensor(X)`), which fails for inputs of different shapes after its first
    knapsack. A weight layer of trainable=False too: that loop prunes it, and nothing trains it back."""
    if len(model.inputs) > 1:
        return (
            f"method {PEER_METHOD}: hls4ml's own loop reads one input, and the model has {len(model.inputs)} "
            f"({', '.join(model.input_names)}): use a knapsack method (knapsack_dsp_bram, knapsack_dsp, ...)"
        )
    for layer in model.layers:
        kind = type(layer).__name__
        if kind in FROZEN_LAYERS:
            what = "embedding" if kind in EMBEDDING_LAYERS else "depthwise"
            return (
                f"method {PEER_METHOD} trains every weight in hls4ml's own loop, the {what} layer "
                f"{layer.name!r} too, whose cost fpgaprune reserves as trained: use a knapsack method "
                f"(knapsack_dsp_bram, knapsack_dsp, ...), which keeps {what} layers as trained"
            )
        if kind in WEIGHT_LAYERS and not layer.trainable:
            return (
                f"method {PEER_METHOD}: hls4ml's own loop prunes every Dense and convolution layer, "
                f"{layer.name!r} of trainable=False too, which fine-tuning cannot change: use a knapsack "
                "method (knapsack_dsp_bram, knapsack_dsp, ...), which keeps such layers as given"
            )
        if kind in RECURRENT_LAYERS:
            return (
                f"method {PEER_METHOD}: hls4ml's own loop prunes Dense and convolution layers, not "
                f"{_a(kind)} ({layer.name!r}): use a knapsack method (knapsack_dsp_bram, knapsack_dsp, ...), "
                "which prunes its kernels"
            )
    return None


def unfused_depthwise(model: keras.Model, hls_config: Mapping) -> tuple[dict, list[str]]:
    """`hls_config` with the result type that keeps hls4ml 1.3 from fusing a BatchNormalization into the
    depthwise convolution before it (`core.hls_config.unfused_depthwise_config`), and the layers it was
    given to. `hls_design` reads it and `hls.convert.user_config` writes it, so the prune side types and the
    written project build the same design."""
    return unfused_depthwise_config(hls_config, depthwise_links(model, before_batchnorm=True))


def unfused_depthwise_line(names: list[str], default: str) -> str:
    """The one info line saying which depthwise layers `unfused_depthwise` gave a result type, and why."""
    return (
        f"depthwise layer{'s' if len(names) > 1 else ''} {', '.join(names)}: the hls4ml configuration gets "
        f"Precision result {default} (the Model default) for {'each' if len(names) > 1 else 'it'}, which "
        "keeps the BatchNormalization after it a layer of its own: with an auto result hls4ml 1.3 fuses it "
        "into the depthwise kernel wrongly (its C simulation far off Keras); give a LayerName result type to "
        "choose another"
    )


def retraced(model: keras.Model, inputs) -> dict:
    """Layer name -> its output when `model`'s layers are called again, in model order, on `inputs` in place
    of the model input (a model of several inputs: a list, one per input in its input order): each layer
    reads the outputs of the layers it reads in `model`'s call of it (both of a join's, `inbound_in`;
    `convert.prepare_model`'s model calls the user's layers a second time, behind new inputs). `layer.output`
    stays the output of the layers' first call. (A Sequential's `layers` omit its input.)"""
    return retraced_with_sums(model, inputs, ())[0]


def retraced_with_sums(model: keras.Model, inputs, names) -> tuple[dict, dict]:
    """`retraced`, and for each layer of `names` (`applies_own_activation`) its output before its activation:
    a `linear_twin` called on what the layer reads, by the layer's name."""
    given = dict(zip(model.input_names, inputs)) if isinstance(inputs, (list, tuple)) else None

    def model_input(layer):
        return inputs if given is None else given[layer.name]

    tensors, sums = {}, {}
    for layer in model.layers:
        if isinstance(layer, keras.layers.InputLayer):
            tensors[layer.name] = model_input(layer)
            continue
        read = [
            model_input(source) if isinstance(source, keras.layers.InputLayer) else tensors[source.name]
            for source in inbound_in(model, layer)
        ]
        read = read if len(read) > 1 else read[0]
        tensors[layer.name] = layer(read)
        if layer.name in names:
            twin = linear_twin(layer, f"{layer.name}_before_activation")
            sums[layer.name] = twin(read)
            twin.set_weights(layer.get_weights())
    return tensors, sums


def inbound_in(model: keras.Model, layer) -> list:
    """The layers `layer` reads in `model`'s call of it: a layer `convert.prepare_model` calls again behind
    new inputs has a node per call, and the converted model's inputs are only in its own (an input of several
    renamed `model_input_<name>` was looked up by the user's input name, a KeyError after the pruning)."""
    nodes = getattr(model, "_network_nodes", None) or ()
    calls = range(len(layer._inbound_nodes))
    node = next((i for i in calls if f"{layer.name}_ib-{i}" in nodes), 0)  # tf_keras's `_make_node_key`
    return inbound_layers(layer, node)


def inbound_layers(layer, node: int = 0) -> list:
    """The layers whose outputs `layer` reads (two for a join) in its call `node` (its first by default), in
    the order it reads them."""
    inbound = layer._inbound_nodes[node].inbound_layers
    return list(inbound) if isinstance(inbound, (list, tuple)) else [inbound]


def _activation(layer) -> Link:
    """The activation hls4ml adds after a weight layer: `<name>_<activation>`, `<name>_linear` for none."""
    activation = getattr(layer, "activation", None)
    quantizer = _quantizer(activation) if hasattr(activation, "get_config") else None
    name = type(quantizer).__name__ if quantizer is not None else getattr(activation, "__name__", "")
    name = name or "linear"
    hls4ml_class = _activation_class(name, quantizer)
    tanh, scaled = _tanh(quantizer)
    return Link(
        f"{layer.name}_{name}",
        hls4ml_class,
        name in ("linear", "quantized_bits"),
        _bits_type(quantizer),
        tanh=tanh,
        tanh_scaled=scaled,
    )


def _activation_class(name: str, quantizer) -> str:
    """hls4ml 1.3's class of an activation (its `LayerType` key), as its Keras and QKeras parsers name it
    (`parse_activation_layer`, `get_activation_quantizer`): a leaky quantized ReLU (negative_slope != 0), a
    Keras leaky_relu or elu is a `ParametrizedActivation`, a QKeras quantized_sigmoid or quantized_tanh (not
    `use_real_*`) and a Keras hard_sigmoid a `HardActivation`, a softmax a `Softmax`; any other an
    `Activation`. `name`: the Keras activation's name or the quantizer's class. A QKeras binary is an
    `Activation` (`binary_tanh`), a ternary a `TernaryTanh`; hls4ml may merge either with a BatchNormalization
    before it into a BatchNormalizationQuantizedTanh after types are inferred (`_tanh`,
    `core.hls_config.tanh_fates`: the next layer reads `int<2>` from a ternary one; a binary one merged so is
    refused, `tanh_refusal`). The stochastic ones hls4ml does not convert (`check_supported` refuses them)."""
    config = quantizer.get_config() if hasattr(quantizer, "get_config") else {}
    if name == "quantized_relu" and float(config.get("negative_slope") or 0.0) != 0.0:
        return "ParametrizedActivation"
    if name in ("quantized_sigmoid", "quantized_tanh"):
        return "Activation" if config.get(f"use_real_{name.removeprefix('quantized_')}") else "HardActivation"
    return _KERAS_ACTIVATION_CLASSES.get(name, "Activation")


# hls4ml's class of the activations it does not build as an `Activation` (see `_activation_class`)
_KERAS_ACTIVATION_CLASSES = {
    "ternary": "TernaryTanh",
    "leaky_relu": "ParametrizedActivation",
    "elu": "ParametrizedActivation",
    "hard_sigmoid": "HardActivation",
    "softmax": "Softmax",
}


def _link(layer) -> Link:
    """The hls4ml `Link` of a layer on the way to a weight layer: a linear Activation and a QActivation of
    quantized_bits are hls4ml's `linear` activation, the latter with its quantizer's type."""
    quantizer = (
        _quantizer(getattr(layer, "quantizer", None)) if type(layer).__name__ == "QActivation" else None
    )
    linear = isinstance(layer, keras.layers.Activation) and _activation_name(layer) == "linear"
    bits = _bits_type(quantizer)
    kind = type(layer).__name__
    averages = 0
    if kind.startswith("GlobalAverage"):
        averages = prod(layer.get_input_shape_at(0)[1:-1])
    elif kind.startswith("AveragePooling"):
        averages = prod(layer.pool_size)
    hls4ml_class = _hls4ml_class(layer)
    if kind in ("Activation", "QActivation"):
        name = type(quantizer).__name__ if quantizer is not None else _activation_name(layer)
        hls4ml_class = _activation_class(name, quantizer)
    # (batch, values): a Flatten; the first call's shape, as `inbound_layers` reads its first call's input
    flat = hls4ml_class == "Reshape" and len(layer.get_output_shape_at(0)) == 2
    tanh, scaled = _tanh(quantizer)
    return Link(
        layer.name,
        hls4ml_class,
        linear or bits is not None,
        bits,
        averages=averages,
        flat=flat,
        tanh=tanh,
        tanh_scaled=scaled,
    )


def _tanh(quantizer) -> tuple[str, bool]:
    """(`Link.tanh`, `Link.tanh_scaled`) of a QKeras activation quantizer: "binary" and "ternary" as hls4ml
    1.3's `get_activation_quantizer` (converters/keras/qkeras.py) converts them, a ternary one scaled when its
    threshold is not 0.5 (QKeras's and hls4ml's default when none is given: 0.33); ("", False) otherwise. A
    QKeras function (QActivation("binary_tanh")) hls4ml converts by its name: one naming binary is its
    binary_tanh (a ternary one would have the default threshold)."""
    if quantizer is not None and not hasattr(quantizer, "get_config"):
        name = getattr(quantizer, "__name__", "")
        kind = next((kind for kind in TANH_QUANTIZERS if kind in name), "")
        return kind, kind == "ternary"
    kind = type(quantizer).__name__
    if kind not in TANH_QUANTIZERS:
        return "", False
    threshold = quantizer.get_config().get("threshold")
    return kind, kind == "ternary" and (threshold is None or float(threshold) != 0.5)


TANH_QUANTIZERS = ("binary", "ternary")  # activations hls4ml 1.3 builds as binary_tanh and TernaryTanh
# activation quantizers hls4ml 1.3 does not convert (`get_activation_quantizer`: "Unsupported ...")
# the QKeras activations hls4ml 1.3 converts (`get_activation_quantizer`'s list; binary and ternary it reads
# as their tanh forms)
CONVERTED_ACTIVATIONS = (
    "quantized_relu",
    "quantized_tanh",
    "binary_tanh",
    "ternary_tanh",
    "quantized_sigmoid",
    "quantized_bits",
    "binary",
    "ternary",
)


def _hls4ml_class(layer) -> str:
    """The hls4ml class whose configuration a layer takes: a Dense over a multidimensional input is a
    Conv1D or Conv2D by then (`_dense_positions`; hls4ml makes the new node by name and class)."""
    if type(layer).__name__ in ("Dense", "QDense") and (spatial := _dense_positions(layer)):
        return POINTWISE_DENSE[len(spatial)][1]
    return HLS4ML_CLASSES.get(type(layer).__name__, type(layer).__name__)


def _parameter_quantizer_type(quantizer) -> str | None:
    """hls4ml's type of a QKeras kernel or bias quantizer (hls4ml 1.x `QKerasQuantizer`): quantized_bits(b, i)
    -> fixed<b, i + 1> whatever its keep_negative, int<b> when i = b; ternary and stochastic_ternary ->
    int<2>; binary and stochastic_binary -> int<2> too (a kernel's is hls4ml's one-bit xnor type, which
    stands for +-1 and is costed as those values, `kernel_product`); None: no quantizer, or one hls4ml types
    otherwise (quantized_po2 kernels are refused, `check_kernel_quantizers`)."""
    quantizer = _quantizer(quantizer)
    if type(quantizer).__name__ in BINARY_QUANTIZERS + TERNARY_QUANTIZERS:
        return "int<2>"
    if type(quantizer).__name__ != "quantized_bits":
        return None
    bits, integer = int(quantizer.bits), int(quantizer.integer)
    if bits == integer:
        return "int<2>" if bits == 1 else f"int<{bits}>"  # 1 bit: hls4ml's xnor type, costed as +-1
    return f"fixed<{bits},{integer + 1}>"


BINARY_QUANTIZERS = ("binary", "stochastic_binary")
TERNARY_QUANTIZERS = ("ternary", "stochastic_ternary")


def kernel_product(quantizer) -> str:
    """hls4ml 1.3's product of a QKeras kernel quantizer's weights (`FPGABackend.product_type`,
    `LayerHardware.product`): weight_binary for binary and stochastic_binary (xnor weights) and for
    quantized_bits(1,1) (hls4ml's xnor type too), weight_ternary for an int<2> type (ternary,
    stochastic_ternary, quantized_bits(2,2)), else mult."""
    quantizer = _quantizer(quantizer)
    if type(quantizer).__name__ in BINARY_QUANTIZERS or _bits_and_integer(quantizer) == (1, 1):
        return "weight_binary"
    return "weight_ternary" if _parameter_quantizer_type(quantizer) == "int<2>" else "mult"


def _bits_and_integer(quantizer) -> tuple[int, int] | None:
    """(bits, integer) of a quantized_bits quantizer, None for any other."""
    if type(quantizer).__name__ != "quantized_bits":
        return None
    return int(quantizer.bits), int(quantizer.integer)


def miscomputed_kernel_warnings(model: keras.Model) -> list[str]:
    """One line per weight layer whose quantized_bits kernel hls4ml 1.3 types too narrow for the values QKeras
    gives it, so its design computes other products than Keras: one bit (QKeras's +-1 in hls4ml's fixed<1,1>,
    -1 and 0, or its xnor type unmapped) and quantized_bits(2,2) (QKeras's -2, 0, 2 in int<2>, built as
    ternary selects). Measured by C simulation (hls4ml 1.3, a QDense of 12 inputs and 4 outputs, 50 samples,
    2026-12-04): quantized_bits(1,0) 29.8 off Keras at most, (1,1) 35.5, (2,2) 24.2; binary(alpha=1) and
    ternary(alpha=1) equal Keras."""
    lines = []
    for layer in _weight_layers(model):
        quantizer = _quantizer(getattr(layer, "kernel_quantizer_internal", None))
        found = _bits_and_integer(quantizer)
        if found is not None and (found[0] == 1 or found == (2, 2)):
            bits, integer = found
            lines.append(
                f"layer {layer.name!r}: kernel quantizer quantized_bits({bits},{integer}) gives weights that "
                f"hls4ml 1.3's {bits}-bit weight type cannot hold, so its design computes other products "
                "than Keras (C simulation far off); train it with binary(alpha=1) for +-1 weights or "
                "ternary(alpha=1) for -1, 0, 1"
            )
    return lines


def check_kernel_quantizers(model: keras.Model) -> None:
    """Raise one line naming every weight layer's QKeras quantizer hls4ml 1.3 builds in a way fpgaprune cannot
    cost: power-of-two kernels (quantized_po2: shift products), and an `alpha` other than 1, which hls4ml
    moves into an ApplyAlpha layer after the layer (QKerasFactorizeAlpha) that fpgaprune neither types nor
    costs. QKeras 0.9 serialises an alpha left out (binary, ternary, quantized_bits) as 'auto_po2', whose
    power-of-two scale hls4ml 1.3 fails to write under NumPy 2 (`np.product`, ExponentWeightVariable):
    `quantized_bits(4,0)` kernels gave an AttributeError at `hls_model.write()` (2026-12-04). All at once: a
    public MLP's po2 kernel and, after retraining, its next layer's auto_po2 were refused a run apart."""
    depthwise = [layer for layer in model.layers if type(layer).__name__ in DEPTHWISE_LAYERS]
    problems = []
    for layer in _weight_layers(model) + depthwise:
        for role in ("depthwise" if layer in depthwise else "kernel", "bias"):
            quantizer = _quantizer(getattr(layer, f"{role}_quantizer_internal", None))
            if quantizer is None:
                continue
            name = type(quantizer).__name__
            if name == "quantized_po2" and role != "bias":
                problems.append(
                    f"layer {layer.name!r}: {role} quantizer quantized_po2 gives power-of-two weights, which "
                    "hls4ml 1.3 builds as shifts (nnet::product::weight_exponential) that fpgaprune does not "
                    "cost or prune; train the layer with quantized_bits(b, i, alpha=1) or ternary(alpha=1)"
                )
                continue
            alpha = _alpha(layer, role)
            if alpha not in (None, 1, 1.0):
                problems.append(
                    f"layer {layer.name!r}: {role} quantizer {name} has alpha={alpha!r} (QKeras also writes "
                    f"'auto_po2' for an alpha left out), {_ALPHA_FATE[role == 'depthwise']}; retrain it "
                    f"with {name}(..., alpha=1)"
                )
    if len(problems) > 1:
        raise ValueError(
            f"{len(problems)} quantizers hls4ml 1.3 builds as fpgaprune cannot cost: " + "; ".join(problems)
        )
    if problems:
        raise ValueError(problems[0])


# What hls4ml 1.3 does with a quantizer's alpha other than 1: a Dense's or Conv's it moves into an ApplyAlpha
# layer (QKerasFactorizeAlpha); a depthwise layer's, which that pass does not match, it writes scaled into the
# quantizer's unscaled type (`QKerasQuantizer`: its bits and integer bits only).
_ALPHA_FATE = {
    False: "which hls4ml 1.3 moves into an ApplyAlpha layer that fpgaprune neither types nor costs (and "
    "whose power-of-two scale it fails to write under NumPy 2)",
    True: "whose scaled weights hls4ml 1.3 writes in the quantizer's unscaled type (it moves no depthwise "
    "layer's alpha into an ApplyAlpha)",
}


def _alpha(layer, role: str):
    """The alpha hls4ml reads from a layer's quantizer: its serialised config's (QKeras writes 'auto_po2' for
    binary's and ternary's default None)."""
    config = layer.get_config().get(f"{role}_quantizer")
    config = config.get("config", {}) if isinstance(config, dict) else {}
    return config.get("alpha")


def binary_pruning_refusal(model: keras.Model, layers) -> str | None:
    """One line refusing to prune a layer of binary weights (`BINARY_QUANTIZERS`) among `layers` (None:
    every weight layer), None when there is none: a binary weight is +-1 with no zero (QKeras quantizes a
    pruned 0 to +1, hls4ml stores one xnor bit), so pruning cannot remove a product."""
    names = None if layers is None else set(layers)
    for layer in _weight_layers(model):
        quantizer = _quantizer(getattr(layer, "kernel_quantizer_internal", None))
        if (names is None or layer.name in names) and type(quantizer).__name__ in BINARY_QUANTIZERS:
            return (
                f"layer {layer.name!r} has {type(quantizer).__name__} weights (+-1, no zero: a pruned weight "
                "becomes +1), which pruning cannot remove; leave it out of pruning.layers, or train it with "
                "ternary(alpha=1), whose zeros are free"
            )
    return None


def _quantizer(quantizer):
    """The QKeras quantizer object of a layer's quantizer attribute (None: none)."""
    if not quantizer:
        return None
    import qkeras

    return qkeras.get_quantizer(quantizer) if isinstance(quantizer, (str, dict)) else quantizer


def quantized_relus(model: keras.Model) -> dict[str, str]:
    """Each QActivation of a QKeras quantized_relu by name, with the type hls4ml's own configuration gives it
    (`_quantizer_type`)."""
    relus = {}
    for layer in model.layers:
        quantizer = (
            _quantizer(getattr(layer, "quantizer", None)) if type(layer).__name__ == "QActivation" else None
        )
        if type(quantizer).__name__ == "quantized_relu":
            relus[layer.name] = _quantizer_type(quantizer)
    return relus


def _quantizer_type(quantizer) -> str | None:
    """The result type hls4ml's own configuration gives a QActivation of this QKeras quantizer
    (`config_from_keras_model`; None: no quantizer, or one hls4ml types otherwise)."""
    quantizer = _quantizer(quantizer)
    if type(quantizer).__name__ == "quantized_relu":
        slope = float(getattr(quantizer, "negative_slope", 0.0) or 0.0)
        return quantized_relu_precision(int(quantizer.bits), int(quantizer.integer), slope)
    return _bits_type(quantizer)


def _bits_type(quantizer) -> str | None:
    """hls4ml's type of a `quantized_bits(b, i)` activation quantizer (`hls4ml.utils.config`): fixed<b, i + 1>
    rounding to nearest even and saturating, signed whatever its keep_negative; int<i + 1> when that leaves
    no fractional bit. None: not quantized_bits."""
    if type(quantizer).__name__ != "quantized_bits":
        return None
    bits, integer = int(quantizer.bits), int(quantizer.integer) + 1
    return f"fixed<{bits},{integer},RND_CONV,SAT>" if bits > integer else f"int<{integer}>"


def experiment_with_model(experiment, model: keras.Model, classifier: bool = True):
    """The experiment of a model file (`model: {file: ...}`) with the model's weight layers and types.

    The layers are checked as the config checks a zoo model's: supported layer types, named pruning
    layers, and every reuse-factor setting hls4ml can implement for these layers. With the model's hls4ml
    configuration (`model.hls_config`) the design is the file's, read as `fpgaprune.optimize` reads its
    `hls_config` (`hls_design`): its one reuse setting and every layer's types.

    A regression's model (`classifier` False, `file_objective`) need not end in a softmax.

    Raises:
        ValueError, FileNotFoundError: one line naming the layer or config key.
    """
    from fpgaprune.config.load import HLS_CONFIG_WHAT, check_designs, read_mapping_file

    check_supported(model, classifier)
    weights, named = weight_layers(model), experiment.pruning.layers
    try:
        if experiment.hls_config_file is None:
            for line in miscomputed_kernel_warnings(model):
                log.warning("%s", line)
            precisions = model_precisions(model, experiment.hls)
            experiment = experiment.with_model_layers(weights, precisions)
        else:
            content = read_mapping_file(experiment.hls_config_file, HLS_CONFIG_WHAT)
            design = hls_design(model, content, classifier)
            experiment = experiment.with_model_layers(weights, design.precisions, content, design.setting)
        check_designs(experiment)
    except ValueError as error:
        given = f" with hls_config {experiment.hls_config_file}" if experiment.hls_config_file else ""
        raise ValueError(f"{experiment.model_file}{given}: {error}") from None
    if refusal := binary_pruning_refusal(model, experiment.pruning.layers):  # of the layers pruned
        raise ValueError(f"{experiment.model_file}: {refusal}")
    if not named and (line := frozen_layers_line(weights)):
        log.info("%s", line)
    return experiment


def task_objective(
    model, y_train, task: str | None, metric: str | None, targets_are_inputs: bool = False
) -> Objective:
    """The objective of a run (`optimize`'s `task` and `metric`, a pipeline model file's `model.task` and
    `model.metric`, `file_objective`): as given, else inferred from the model and
    the training targets `y_train`. A model ending in a softmax is a classifier (a regression metric given
    with it is refused: give task='regression' for a softmax output judged on its error), so is one ending
    in one sigmoid output whose targets are 0 and 1 (a binary classifier; with a regression metric, a
    regression); a model ending in neither is a classifier of its logits when its targets are class labels
    (`_class_labels`), a regression when they are floats of its output's shape; anything else is refused
    with one line. A classifier given as task='classification' whose model ends in no softmax or sigmoid is
    one of logits. `targets_are_inputs`: the data holds no y arrays (an autoencoder's), so `y_train` is the
    inputs, which the refusal of targets that fit no task says (it said "y_train holds ..." of a file that
    held none)."""
    check_one_output(model)
    if targets_are_inputs and len(model.inputs) > 1:  # a data file says so first (`read_data_file`)
        raise ValueError(
            f"no targets given (y None or the inputs), which only an autoencoder's data leaves out, and "
            f"model {model.name!r} has {len(model.inputs)} inputs: give its targets (y) for each split"
        )
    probabilities = ends_in_class_probabilities(model)
    if task is not None:
        objective = Objective(task, metric, from_logits=task == CLASSIFICATION and not probabilities)
        check_supported(model, classifier=objective.ends_in_probabilities)  # before data
        if objective.from_logits and not ends_in_logits(model):
            raise ValueError(_neither_line(model))
        if objective.from_logits:
            log.info("%s", _logits_line(model, "given task classification"))
        return objective
    y, output = np.asarray(y_train), tuple(model.output_shape[1:])
    if ends_in_softmax(model):
        if metric in REGRESSION_METRICS:
            raise ValueError(
                f"metric {metric!r} with a model ending in a softmax: give task='regression' "
                "(--task regression) to judge its outputs on their error, or leave metric out for accuracy"
            )
        return CLASSIFIER
    if ends_in_sigmoid_unit(model) and metric not in REGRESSION_METRICS and _zeros_and_ones(y):
        log.info(
            "task: classification (one sigmoid output and targets 0 and 1: a binary classifier, judged on "
            "validation accuracy at probability 0.5; --task regression judges its output on its error)"
        )
        return CLASSIFIER
    if ends_in_logits(model) and metric not in REGRESSION_METRICS and _class_labels(y, output):
        log.info("%s", _logits_line(model, "targets are class labels"))
        return Objective(CLASSIFICATION, metric, from_logits=True)
    targets_fit = y.shape[1:] == output or (y.ndim == 1 and output == (1,))
    # an autoencoder's targets are its inputs, whatever their number type (integer counts, ADC codes): it
    # reproduces them (integer inputs were refused "outputs shape (32,) ... of shape (32,)": a review)
    numbers = np.issubdtype(y.dtype, np.floating) or (
        targets_are_inputs and np.issubdtype(y.dtype, np.number)
    )
    if numbers and targets_fit:
        objective = Objective(REGRESSION, metric)
        binary = " (targets 0 and 1: --task classification judges its output as a binary classifier's logit)"
        targets = (
            "the data holds no y arrays: its targets are its inputs (an autoencoder's), of its output's shape"
            if targets_are_inputs
            else "its targets are floats of its output's shape"
        )
        log.info(
            "task: regression (the model does not end in a softmax and %s %s), judged on validation %s%s",
            targets,
            output,
            objective.metric,
            binary if output == (1,) and _zeros_and_ones(y) else "",
        )
        return objective
    if _class_labels(y, output):  # a classifier's labels, its outputs neither probabilities nor logits
        raise ValueError(_neither_line(model))
    if targets_are_inputs:
        raise ValueError(
            f"model {model.name!r} outputs shape {output}, but the data holds no y arrays, so its targets "
            f"are its inputs, of shape {y.shape[1:]}: an autoencoder reproduces its input; for another "
            f"regression give y_train, y_val (and y_test) of the output's shape {output} with "
            "task='regression' (--task regression)"
        )
    raise ValueError(
        f"model {model.name!r} does not end in a softmax and y_train holds {y.dtype} of shape {y.shape[1:]}: "
        f"for a regression or autoencoder give task='regression' (--task regression) with targets of the "
        f"output's shape {output}; for a classifier give class indices 0..{max(output[-1], 2) - 1} (its "
        f"outputs are then logits) or add Activation('softmax') after the last layer"
    )


def _class_labels(y: np.ndarray, output: tuple) -> bool:
    """Targets that are class labels for a model of `output` logits: whole numbers (class indices; an
    integer column too) or one-hot rows for k >= 2 outputs; integers 0 and 1 for one output (floats 0 and 1
    are a regression's targets unless the task says otherwise)."""
    if len(output) != 1:
        return False
    k = output[0]
    if k == 1:
        return (np.issubdtype(y.dtype, np.integer) or y.dtype == bool) and _zeros_and_ones(y)
    column = y.reshape(len(y)) if y.ndim == 2 and y.shape[1] == 1 else y
    if column.ndim == 1 and np.issubdtype(column.dtype, np.number) and np.all(np.isfinite(column)):
        return bool(np.all(np.mod(column, 1) == 0))  # their range is the data's check (`data.user`)
    one_hot = y.ndim == 2 and y.shape[1] == k and np.issubdtype(y.dtype, np.number)
    return bool(one_hot and np.all((y == 0) | (y == 1)) and np.all(y.sum(axis=1) == 1))


def _neither_line(model: keras.Model) -> str:
    """The refusal of a classifier whose outputs are neither class probabilities nor logits."""
    last = model.layers[-1]
    return (
        f"model {model.name!r} ends in a {output_activation_name(last) or type(last).__name__} output, "
        "neither class probabilities (a softmax, or one sigmoid output) nor logits (the last weight layer's "
        "linear output): a classifier needs one of them; a regression is pruned by --task regression "
        "(task='regression')"
    )


def _logits_line(model: keras.Model, why: str) -> str:
    """What a classifier of logits is judged and fine-tuned on, and what its design holds."""
    k = model.output_shape[-1]
    judged = "the logit above 0" if k == 1 else "the largest output"
    return (
        f"task: classification of logits (no softmax or sigmoid after the last layer, {why}): judged on "
        f"validation accuracy of {judged}, fine-tuned on cross-entropy of the outputs' "
        f"{'sigmoid' if k == 1 else 'softmax'}; the hls4ml design ends in the logits, as the model does"
    )


def _zeros_and_ones(y: np.ndarray) -> bool:
    """Targets that are a binary classifier's labels: numbers, each 0 or 1, one per sample."""
    numeric = np.issubdtype(y.dtype, np.number) or y.dtype == bool
    one_per_sample = y.ndim == 1 or (y.ndim == 2 and y.shape[1] == 1)
    return numeric and one_per_sample and bool(np.all((y == 0) | (y == 1)))


def file_objective(experiment, model: keras.Model, data_path) -> Objective:
    """What a model file's experiment is judged on, found as `fpgaprune optimize` finds it
    (`task_objective`): the config's `model.task` and `model.metric`, else inferred from the model and
    the data file's y_train (a regression's file may leave out every y_*: an autoencoder's targets are its
    inputs). Every job of the experiment (baseline_file, prune, hls) finds the same.

    Raises:
        ValueError, FileNotFoundError: one line, as optimize's (a model without a softmax and integer
            labels, a metric with a softmax model and no task, ...).
    """
    from fpgaprune.data.user import read_data_file

    arrays = read_data_file(data_path, targets_optional=experiment.task != CLASSIFICATION)
    targets_are_inputs = arrays["y_train"] is arrays["x_train"]  # `read_data_file`'s of a file without y
    return task_objective(model, arrays["y_train"], experiment.task, experiment.metric, targets_are_inputs)


def design_input_types(model: keras.Model, experiment) -> dict[str, str]:
    """Input name -> the type a model file's design reads that model input in: its hls4ml configuration's
    (`core.hls_config.configured_input_type`), else the pipeline's (`hls.input_precision`, rounded, as
    `_pipeline_result` types it)."""
    from fpgaprune.config.load import HLS_CONFIG_WHAT, read_mapping_file

    if experiment.hls_config_file is None:
        pipeline = rounded(experiment.hls.input_precision or experiment.hls.precision)
        return dict.fromkeys(model.input_names, pipeline)
    content = read_mapping_file(experiment.hls_config_file, HLS_CONFIG_WHAT)
    return configured_input_types(content, model.input_names)


def inputs_outside_lines(model: keras.Model, x_train, input_types: Mapping[str, str]) -> list[str]:
    """One warning for each model input whose training values lie outside the type the design reads that
    input in (`core.hls_config.inputs_outside_line`; `input_types` by input name), naming its array."""
    arrays = input_arrays(x_train)
    lines = []
    for name, x in zip(model.input_names, arrays):
        if line := inputs_outside_line(x, input_types[name], name):
            lines.append(f"x_train{f'/{name}' if len(arrays) > 1 else ''}: {line}")
    return lines


def model_precisions(model: keras.Model, hls) -> dict[str, Precisions]:
    """Each weight layer's types in the pipeline's hls4ml configuration (`hls.convert.hls4ml_config`).

    Weights and biases take their QKeras quantisers' types, else `hls.precision` rounded (the pipeline gives
    every weight or bias without a quantizer, a QKeras layer's too, `core.design.rounded`, as it gives the
    model input); a layer without a bias adds `NO_BIAS`. A layer's input is what writes it
    (`core.hls_config.chain_input_type`) under the pipeline's results (`_pipeline_result`, with
    `kept_quantizers`' entries).
    """
    return _pipeline_design(model, hls)[0]


def kept_quantizers(model: keras.Model, hls) -> dict[str, str]:
    """The result types the pipeline's hls4ml configuration adds so that hls4ml keeps every `quantized_bits`
    QActivation's quantizer (`core.hls_config.dropped_quantizers`: a QActivation after a QKeras layer's `auto`
    result, which hls4ml would remove): by hls4ml layer name, the quantizer's type for the layer that computes
    its input, the `<layer>_linear` activation between and the QActivation."""
    return _pipeline_design(model, hls)[1]


def _pipeline_design(model: keras.Model, hls) -> tuple[dict[str, Precisions], dict[str, str]]:
    # the pipeline types every join and batch normalisation (`_pipeline_result`): hls4ml infers no result of
    # theirs (`core.hls_config.inferred_results`), only the weight layers' `auto` ones
    if refusal := stream_ternary_refusal(model, hls.io_type) or permute_refusal(model, hls.io_type):
        raise ValueError(refusal)
    if recurrent := [layer for layer in model.layers if type(layer).__name__ in RECURRENT_LAYERS]:
        raise ValueError(
            f"layer {recurrent[0].name!r} is {_a(type(recurrent[0]).__name__)}, whose design the pipeline's "
            "own hls4ml configuration does not write: give the model's hls4ml configuration (an experiment's "
            "model: {file: ..., hls_config: ...}, or fpgaprune optimize --hls-config)"
        )
    result: dict[str, Precisions] = {}
    auto_results: dict[str, str] = {}
    results = {link.name: _pipeline_result(source, link, hls) for source, link in _links(model)}
    kept: dict[str, str] = {}

    def result_of(link: Link) -> str | None:
        return results[link.name]

    layers = config_layers(model)
    for layer in layers:
        for dropped in dropped_quantizers(layer.chain, result_of, hls.precision, auto_results, hls.io_type):
            kept.update(dict.fromkeys(dropped.entries, dropped.quantizer))
        results.update(kept)
        if refusal := tanh_refusal(layer.chain, result_of, layer.weight.name):
            raise ValueError(refusal)
        inferred_from = chain_input_type(layer.chain, result_of, hls.precision, auto_results)
        data = chain_read_type(layer.chain, result_of, hls.precision, auto_results, hls.io_type)
        own = result[layer.weight.name] = Precisions(
            weight=layer.weight_quantizer or rounded(hls.precision),
            data=data,
            input=None,
            accum=uninferred_accum(hls.accum_precision, layer.weight_product, hls.precision),
            bias=_pipeline_bias(layer, hls.precision),
            product=layer.weight_product,
            inferred_from=None if data == inferred_from else inferred_from,
            reads_input_port=not layer.weight.part
            and reads_input_port(
                layer.chain or (Link(model.input_names[0], "Input"),), result_of, hls.io_type
            ),
        )
        auto_results[layer.weight.name] = auto_result(own, layer.weight.n_in, hls.precision)
    for layer in layers:  # each weight layer's result type (`Precisions.result`), every kept one known
        name = layer.weight.name
        own = _pipeline_result(model.get_layer(name), Link(name, ""), hls)
        result[name] = replace(result[name], result=results.get(name, own) or auto_results[name])
    return result, kept


def _pipeline_bias(layer: ConfigLayer, precision: str) -> str:
    """The pipeline's bias type of a weight layer: its QKeras quantizer's, else `precision` rounded, a QKeras
    layer's too (`hls.convert.hls4ml_config`); `NO_BIAS` without a bias."""
    if not layer.has_bias:
        return NO_BIAS
    return layer.bias_quantizer or rounded(precision)


def _links(model: keras.Model) -> list[tuple]:
    """(Keras layer, `Link`) of every layer on the way to a weight layer's input, on a join's branches too:
    the chain to each input of every layer (a Sequential's `layers` omit its input layer, reached so)."""
    readers = [layer for layer in model.layers if not isinstance(layer, keras.layers.InputLayer)]
    return [pair for layer in readers for source in inbound_layers(layer) for pair in _chain_to(source)]


def _pipeline_result(source, link: Link, hls) -> str | None:
    """The result type the pipeline's configuration gives a layer, None for `auto` (`hls.convert`): the model
    input's is `hls.input_precision` rounded (`core.design.rounded`); QKeras layers and the layers that only
    move or select values keep hls4ml's per-name entry (a QActivation's, or a weight layer's own QKeras
    activation's, is its quantizer's type; the rest `auto`); other Keras layers take `hls.precision`; an
    activation hls4ml adds for a float weight layer keeps its `auto`, the Model default."""
    if isinstance(source, keras.layers.InputLayer):
        return rounded(hls.input_precision or hls.precision)
    kind = type(source).__name__
    if (
        kind in WEIGHT_LAYERS or kind in DEPTHWISE_LAYERS
    ) and link.name != source.name:  # the weight or depthwise layer's own activation (`_activation`)
        activation = source.activation
        return _quantizer_type(activation) if hasattr(activation, "get_config") else None
    if kind == "QActivation":
        return _quantizer_type(source.quantizer)
    if kind in PASSED_ON or kind in ("QDense", "QConv1D", "QConv2D", "QConv2DBatchnorm"):
        return None
    return hls.precision
