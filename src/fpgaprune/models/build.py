"""Build and save the Keras (tf_keras) / QKeras models of the zoo (`fpgaprune.models.load` reads them)."""

import logging
from collections.abc import Callable
from pathlib import Path

from fpgaprune.compat import keras

import numpy as np
import qkeras

from fpgaprune.config import Quantization
from fpgaprune.core.zoo import Architecture, Layer


def build_model(arch: Architecture, quantization: Quantization | None = None) -> keras.Model:
    """The Keras model of `arch`, float (quantization None) or QKeras-quantised.

    Args:
        arch: architecture from `fpgaprune.core.zoo`.
        quantization: None, or a dict with weight_bits, weight_integer_bits, activation_bits,
            activation_integer_bits (see config/README.md).

    Returns:
        An uncompiled model whose weight layers carry the zoo's layer names; the last layer is a
        separate softmax named "softmax", so "output" gives the logits.
    """
    inputs = keras.Input(shape=arch.input_shape, name="input")
    x = inputs
    for index, layer in enumerate(arch.layers):
        x = _add_layer(x, layer, index, quantization)
    return keras.Model(inputs, x, name=arch.name)


def _add_layer(x, layer: Layer, index: int, quantization: Quantization | None):
    if layer.kind == "maxpool":
        return keras.layers.MaxPooling2D(layer.kernel, name=f"pool{index}")(x)
    if layer.kind == "flatten":
        return keras.layers.Flatten(name="flatten")(x)
    x = _weight_layer(layer, quantization)(x)
    if layer.batchnorm:
        x = keras.layers.BatchNormalization(name=f"{layer.name}_bn")(x)
    return _activation(layer, quantization)(x)


def _weight_layer(layer: Layer, quantization: Quantization | None):
    common = {
        "name": layer.name,
        "kernel_initializer": "he_normal" if layer.activation == "relu" else "glorot_uniform",
    }
    if layer.kind == "conv2d":
        args = (layer.size, layer.kernel)
        common["padding"] = layer.padding
        if quantization is None:
            return keras.layers.Conv2D(*args, **common)
        return qkeras.QConv2D(*args, **common, **_weight_quantizers(quantization))
    if quantization is None:
        return keras.layers.Dense(layer.size, **common)
    return qkeras.QDense(layer.size, **common, **_weight_quantizers(quantization))


def _weight_quantizers(quantization: Quantization) -> dict:
    spec = f"quantized_bits({quantization.weight_bits},{quantization.weight_integer_bits},alpha=1)"
    return {"kernel_quantizer": spec, "bias_quantizer": spec}


def _activation(layer: Layer, quantization: Quantization | None):
    name = "softmax" if layer.activation == "softmax" else f"{layer.name}_relu"
    if layer.activation == "softmax" or quantization is None:
        return keras.layers.Activation(layer.activation, name=name)
    # A string, not a quantizer object: model_from_json (used by hls4ml's pruning) needs it.
    spec = f"quantized_relu({quantization.activation_bits},{quantization.activation_integer_bits})"
    return qkeras.QActivation(spec, name=name)


def built_kernel(layer, fused_batchnorm: str = "") -> np.ndarray:
    """The kernel hls4ml builds into the design: a QKeras layer's quantised kernel, else the kernel; times
    the scale of the BatchNormalization `fused_batchnorm` hls4ml fuses into the layer, if any.

    QKeras keeps the float weights and quantises them in the forward pass (`quantized_bits` rounds to
    the nearest step); hls4ml writes the quantised values. The cost model must see those, not the
    float weights, which `ap_fixed`'s default truncation would map to other values. hls4ml's
    `FuseBatchNormalization` (`core.hls_config.fused_batchnorms`) writes a float layer's kernel times the
    normalisation's gamma / sqrt(moving variance + epsilon), per output, in float32 as it computes it: a
    Latency layer's constants, and with them its DSP count, are those products (a float ResNet's five
    fused convolutions: 3,239 DSP estimated from the trained kernels, 3,614 in the estimate of the project
    hls4ml wrote, 2026-12-04).
    """
    quantizer = getattr(layer, "kernel_quantizer_internal", None)
    kernel = layer.kernel
    if type(layer).__name__ == "QConv2DBatchnorm":  # hls4ml's Conv2DBatchnorm quantises the folded kernel
        kernel = batchnorm_scale(layer.batchnorm) * kernel.numpy()
    kernel = np.asarray(quantizer(kernel) if quantizer is not None else kernel)
    if fused_batchnorm:
        kernel = batchnorm_scale(_reader(layer, fused_batchnorm)) * kernel.astype(np.float32)
    return np.asarray(kernel, dtype=np.float64)


def kernel_builder(layers) -> Callable[[object], np.ndarray]:
    """`built_kernel` of a model layer, with the BatchNormalization fused into it in the design `layers`
    (`LayerHardware.fused_batchnorm`): what the selectors take as `built_kernel`."""
    fused = {layer.name: layer.fused_batchnorm for layer in layers}
    return lambda layer: built_kernel(layer, fused.get(layer.name, ""))


def batchnorm_scale(layer) -> np.ndarray:
    """hls4ml's scale of a BatchNormalization (its `BatchNormalization.initialize`): gamma (1 without
    `scale`) / sqrt(moving variance + epsilon), float32; a QBatchNormalization's from the values its
    quantizers give, as fpgaprune converts it (`batchnorm_parameters`)."""
    parameters = batchnorm_parameters(layer)
    gamma = parameters.get("gamma", np.float32(1))
    return np.asarray(gamma / np.sqrt(parameters["moving_variance"] + layer.epsilon), dtype=np.float32)


_BATCHNORM_QUANTIZERS = {
    "gamma": "gamma_quantizer_internal",
    "beta": "beta_quantizer_internal",
    "moving_mean": "mean_quantizer_internal",
    "moving_variance": "variance_quantizer_internal",
}


def batchnorm_parameters(layer) -> dict[str, np.ndarray]:
    """A (Q)BatchNormalization's gamma, beta, moving mean and moving variance (those it has) as Keras computes
    with them at inference: a QBatchNormalization's through its quantizers (QKeras's `call` normalises with
    the quantised four; its defaults are power-of-two quantizers)."""
    parameters = {}
    for name, quantizer_name in _BATCHNORM_QUANTIZERS.items():
        variable = getattr(layer, name, None)
        if variable is None:
            continue
        quantizer = getattr(layer, quantizer_name, None)
        parameters[name] = np.asarray(quantizer(variable) if quantizer else variable, dtype=np.float32)
    return parameters


def _reader(layer, name: str):
    """The layer named `name` downstream of `layer` (after layers hls4ml leaves out or removes: a Dropout, a
    linear Activation)."""
    readers, seen = [node.layer for node in layer._outbound_nodes], set()
    while readers:
        reader = readers.pop(0)
        if reader.name == name:
            return reader
        if id(reader) not in seen:
            seen.add(id(reader))
            readers += [node.layer for node in reader._outbound_nodes]
    raise ValueError(f"layer {layer.name}: no layer {name} reads it, though the design fuses it in")


class _NoCompileNote(logging.Filter):
    """Drops tf_keras's "Compiled the loaded model, but the compiled metrics have yet to be built" warning,
    which its HDF5 saver logs for every model that is not compiled (fpgaprune's: it loads with compile=False
    and fine-tunes through a wrapper); the file is the same either way."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "compiled metrics have yet to be built" not in record.getMessage()


def copy_model(model: keras.Model) -> keras.Model:
    """A copy of `model` with its own layers and the same weights (a teacher, a run's working copy)."""
    copy = keras.models.clone_model(model)
    copy.set_weights(model.get_weights())
    return copy


def save_model(model: keras.Model, path: str | Path) -> None:
    """Save as HDF5 (QKeras' supported format)."""
    note, tf_log = _NoCompileNote(), logging.getLogger("tensorflow")
    tf_log.addFilter(note)
    try:
        model.save(str(path), include_optimizer=False)
    finally:
        tf_log.removeFilter(note)
