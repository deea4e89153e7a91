"""Architectures of the benchmark models, as plain data (no TensorFlow import).

The same description builds the Keras model (`fpgaprune.models.build`) and tells, without any
framework, the shape of every weight layer: what config validation and the cost model need.
Layer names are stable: configs refer to them (per-layer reuse factors), results report them.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from math import prod

from fpgaprune.core.hardware.layer import ConvWindow


@dataclass(frozen=True)
class Layer:
    """One layer. `kind` is conv2d, dense, maxpool or flatten; weight layers may be followed by
    batch normalisation and an activation (relu, or softmax on the output)."""

    name: str
    kind: str
    size: int = 0  # filters (conv2d) or units (dense)
    kernel: tuple[int, int] = (1, 1)  # conv2d kernel, or maxpool window
    padding: str = "valid"
    batchnorm: bool = False
    activation: str | None = "relu"


@dataclass(frozen=True)
class Architecture:
    name: str
    input_shape: tuple[int, ...]
    layers: tuple[Layer, ...]
    description: str


# The two products of a GRU or LSTM step (hls4ml's `mult_config1` and `mult_config2`), each an n_in x n_out
# Dense inside the layer: the input kernel and the recurrent kernel.
RECURRENT_PARTS = ("kernel", "recurrent_kernel")


@dataclass(frozen=True)
class WeightLayer:
    """A layer with a weight matrix, as hls4ml sees it: an n_in x n_out multiplication.

    Dense: n_in inputs, n_out units, applied once. Conv2D: n_in = kh*kw*channels, n_out = filters,
    applied at every one of `positions` output pixels; Conv1D (user models): n_in = kw*channels at
    `positions` = out_width. `input_positions`: the input pixels an io_parallel convolution's config names
    (in_height * in_width; it pads inside); `padded_input_positions`: those an io_stream one reads, after the
    zero padding hls4ml inserts before it for 'same' padding (InsertZeroPaddingBeforeConv1D/2D).
    `reads_model_input`: the layer reads the model's input (only shape layers between), which an io_parallel
    top function passes as one packed word (`LayerHardware.input_packed`).
    `window`: a convolution's geometry (`conv_window`), from which an io_parallel one's padded window taps
    at a ParallelizationFactor follow (`LayerHardware.window_live`); None for a Dense.
    `part`: a GRU's or LSTM's "kernel" or "recurrent_kernel" (`RECURRENT_PARTS`), a Dense inside each time
    step (named `<layer>.<part>`, set by the layer's configuration entry: `hls_layer`); "" for a layer.
    `trainable`: False for a user's layer of `trainable=False` (an interaction network's fixed sender and
    receiver matrices): fine-tuning cannot change it, so it is costed and never pruned
    (`config.types.Experiment.with_model_layers`).
    `stream_input_pack`: Dense, io_stream: the values in each word of the stream it reads
    (`LayerHardware.stream_input_pack`). hls4ml streams a tensor in words of its last dimension and a Dense
    reads a Flatten's input stream in place (`InplaceStreamFlatten`), so after a Flatten of (h, w, c) the
    Dense reads h*w words of c values; 0 = the whole input in one word (its input is one-dimensional).
    """

    name: str
    kind: str
    n_in: int
    n_out: int
    kernel_shape: tuple[int, ...]  # Keras layout: (n_in, n_out), (kh, kw, ch, filters), (kw, ch, filters)
    positions: int = 1
    input_positions: int = 1
    padded_input_positions: int = 1
    reads_model_input: bool = False
    stream_input_pack: int = 0
    window: ConvWindow | None = None
    part: str = ""
    trainable: bool = True

    @property
    def hls_layer(self) -> str:
        """The hls4ml layer whose configuration entry sets this one: a recurrent layer's products (named
        `<layer>.<part>`, as `core.hardware.recurrent` names them) are set by the layer's."""
        return self.name.removesuffix(f".{self.part}") if self.part else self.name

    @property
    def n_weights(self) -> int:
        return self.n_in * self.n_out

    @property
    def is_conv(self) -> bool:
        """A Conv1D or Conv2D as hls4ml builds it (a Dense over a multidimensional input is one)."""
        return self.kind in ("conv1d", "conv2d")


def frozen_layers_line(layers: Sequence[WeightLayer]) -> str | None:
    """The line saying which weight layers are not trainable and kept as given while the others are pruned
    (`config.types._trainable_scope`); None when every one is trainable or none is."""
    frozen = [layer.name for layer in layers if not layer.trainable]
    trainable = [layer.name for layer in layers if layer.trainable]
    if not frozen or not trainable:
        return None
    return (
        f"layers {', '.join(frozen)} are trainable=False: kept as given and costed, not pruned "
        f"(pruning.layers: {', '.join(trainable)})"
    )


def conv_window(
    sizes: Sequence[int], outputs: Sequence[int], kernel: Sequence[int], strides: Sequence[int], padding: str
) -> ConvWindow:
    """A Conv1D's or Conv2D's `ConvWindow` from its input and output sizes, kernel, strides and Keras padding,
    padded as hls4ml 1.3's Keras converter pads (`compute_padding_1d/2d`: 'same' puts the odd one of the
    padding after, 'causal' all of it before)."""
    totals = [_total_padding(*dim, padding) for dim in zip(sizes, strides, kernel, strict=True)]
    pads = [total if padding == "causal" else total // 2 for total in totals]
    if len(sizes) == 1:
        return ConvWindow(
            1, sizes[0], 1, outputs[0], 1, kernel[0], 1, strides[0], pad_top=0, pad_left=pads[0]
        )
    return ConvWindow(*sizes, *outputs, *kernel, *strides, pad_top=pads[0], pad_left=pads[1])


def _total_padding(size: int, stride: int, k: int, padding: str) -> int:
    """The zeros hls4ml 1.3 pads one dimension with (`compute_padding_1d/2d`): 'same' and 'causal' to
    ceil(size / stride) outputs, max(k - (size % stride or stride), 0), the same number as Keras's
    max((out - 1) * stride + k - size, 0); 'valid' none."""
    if padding == "valid":
        return 0
    if padding not in ("same", "causal"):
        raise ValueError(f"unknown padding {padding!r}; expected 'valid', 'same' or 'causal'")
    return max(k - (size % stride or stride), 0)


def padded_input_size(
    sizes: Sequence[int], strides: Sequence[int], kernel: Sequence[int], padding: str
) -> tuple[int, ...]:
    """Each spatial size of a convolution's input after hls4ml's io_stream zero padding: the size plus its
    `_total_padding` ('same' pads to ceil(in / stride) outputs; Conv1D 'causal' pads the same total, all
    on the left; 'valid' nothing). InsertZeroPaddingBeforeConv1D/2D then feeds in + padding pixels to the
    convolution."""
    return tuple(
        size + _total_padding(size, stride, k, padding)
        for size, stride, k in zip(sizes, strides, kernel, strict=True)
    )


def _conv(name, filters, size=3, padding="valid", batchnorm=False):
    return Layer(name, "conv2d", filters, (size, size), padding, batchnorm)


def _dense(name, units, batchnorm=False, activation="relu"):
    return Layer(name, "dense", units, batchnorm=batchnorm, activation=activation)


_POOL = Layer("pool", "maxpool", kernel=(2, 2), activation=None)
_FLATTEN = Layer("flatten", "flatten", activation=None)

ARCHITECTURES = {
    arch.name: arch
    for arch in (
        Architecture(
            "jet_mlp",
            (16,),
            (
                _dense("fc1", 64),
                _dense("fc2", 32),
                _dense("fc3", 32),
                _dense("output", 5, activation="softmax"),
            ),
            "LHC jet tagger of Duarte et al. (2018): 16-64-32-32-5 MLP",
        ),
        Architecture(
            "lenet5",
            (28, 28, 1),
            (
                _conv("conv1", 6, 5, padding="same"),
                _POOL,
                _conv("conv2", 16, 5),
                _POOL,
                _FLATTEN,
                _dense("fc1", 120),
                _dense("fc2", 84),
                _dense("output", 10, activation="softmax"),
            ),
            "LeNet-5: conv 6@5x5, pool, conv 16@5x5, pool, dense 400-120-84-10",
        ),
        Architecture(
            "svhn_cnn",
            (32, 32, 3),
            (
                _conv("conv1", 16, batchnorm=True),
                _POOL,
                _conv("conv2", 16, batchnorm=True),
                _POOL,
                _conv("conv3", 24, batchnorm=True),
                _POOL,
                _FLATTEN,
                _dense("fc1", 42, batchnorm=True),
                _dense("fc2", 64, batchnorm=True),
                _dense("output", 10, activation="softmax"),
            ),
            "SVHN CNN of the hls4ml CNN paper (Aarrestad et al. 2021): conv 16/16/24 3x3, dense 42-64-10",
        ),
        Architecture(
            "digits_mlp",
            (64,),
            (_dense("fc1", 32), _dense("fc2", 16), _dense("output", 10, activation="softmax")),
            "small MLP for scikit-learn's 8x8 digits: 64-32-16-10 (CI and quick checks)",
        ),
    )
}


def get_architecture(name: str) -> Architecture:
    """The architecture called `name`; ValueError naming the known ones otherwise."""
    try:
        return ARCHITECTURES[name]
    except KeyError:
        raise ValueError(
            f"unknown model {name!r}; known models: {', '.join(sorted(ARCHITECTURES))}"
        ) from None


def weight_layers(arch: Architecture) -> list[WeightLayer]:
    """The weight layers of `arch` in order, with the shapes hls4ml will see."""
    shape = arch.input_shape
    result = []
    reads_input = True  # until a layer other than a flatten
    streamed = shape[-1]  # the values in each word of the stream the next layer reads (a flatten keeps it)
    for layer in arch.layers:
        first, reads_input = reads_input, reads_input and layer.kind == "flatten"
        if layer.kind == "dense":
            kernel = (shape[-1], layer.size)
            result.append(
                WeightLayer(
                    layer.name, "dense", *kernel, kernel, reads_model_input=first, stream_input_pack=streamed
                )
            )
            shape = (layer.size,)
        elif layer.kind == "conv2d":
            (h, w, c), (kh, kw) = shape, layer.kernel
            padded = prod(padded_input_size((h, w), (1, 1), (kh, kw), layer.padding))  # zoo convs: stride 1
            inputs = h * w
            if layer.padding == "valid":
                h, w = h - kh + 1, w - kw + 1
            kernel = (kh, kw, c, layer.size)
            window = conv_window(shape[:2], (h, w), (kh, kw), (1, 1), layer.padding)
            result.append(
                WeightLayer(
                    layer.name,
                    "conv2d",
                    kh * kw * c,
                    layer.size,
                    kernel,
                    h * w,
                    inputs,
                    padded,
                    first,
                    window=window,
                )
            )
            shape = (h, w, layer.size)
        elif layer.kind == "maxpool":
            shape = (shape[0] // layer.kernel[0], shape[1] // layer.kernel[1], shape[2])
        elif layer.kind == "flatten":
            shape = (prod(shape),)
        if layer.kind != "flatten":
            streamed = shape[-1]
    return result


def n_classes(arch: Architecture) -> int:
    return arch.layers[-1].size
