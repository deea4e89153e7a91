"""An ONNX file (a PyTorch model exported with `torch.onnx.export`) read into the same model in tf_keras.

fpgaprune prunes, fine-tunes and writes hls4ml designs of tf_keras models. An ONNX file is plain data (a
protobuf graph of operators and their weights, in the file or in a file beside it, as PyTorch's dynamo
exporter writes them): this module reads it with the `onnx` package, checks it (`onnx.checker`), and builds
the tf_keras layers that compute the same, with the file's weights. Nothing in the file runs. What is
translated: the operators in `ONNX_OPERATORS`, as PyTorch exports an MLP (a jet tagger of `nn.Linear`,
`nn.BatchNorm1d`, activations), a CNN (`nn.Conv1d`/`nn.Conv2d`, pooling, `nn.BatchNorm2d`, a flatten and
linear layers), a Deep Sets network (Linear layers over (batch, particles, features), a mean over the
particles) or a recurrent tagger (`nn.GRU`, `nn.LSTM` of batch_first=True, read at its last step, by its last
state or whole: `_Translation._recurrent`), on inputs of shape (batch, features), (batch, items, features),
(batch, channels, length) or (batch, channels, height, width); anything else (an operator not listed, a
dilated or grouped convolution, a reshape other than a flatten, weights anywhere but in the file or beside
it) is refused with one line before anything is built. A Reshape's shape the file computes
(`x.view(x.size(0), -1)` exported with a dynamic batch size: Shape, Gather, Unsqueeze, Concat) is folded, the
batch size a symbol (`BATCH`); a weight several layers read becomes a copy in each (`_Translation._keep`).

Channels last: PyTorch orders a map's values channels first; hls4ml builds channels-last designs (as its own
PyTorch converter does), so a map is built channels last: the model's input is (length, channels) or (height,
width, channels) (give the data so: `np.moveaxis(x, 1, -1)`), and the Dense after a flatten takes its weight's
rows in Keras's flat order, so that it computes what the file does.

Names: a weight layer takes its PyTorch module's name (the initializer `fc1.weight` gives the Dense `fc1`;
dots become underscores: `net.0.weight` gives `net_0`), so an hls4ml configuration's `LayerName` entries name
the layers as the PyTorch model does; any other layer takes its module's name from the node (`/act1/Relu`
gives `act1`), else the operator's. That the built model computes what the file does is checked against
ONNX's reference implementation (`onnx.reference`) by `tests/models/test_onnx_file.py`; `write_onnx_weights`
writes pruned weights back into the file's own form.
"""

import ast
import logging
import re
from pathlib import Path

from fpgaprune.compat import keras

import numpy as np

# ONNX operator -> what it becomes (the rest are refused)
ONNX_OPERATORS = {
    "Gemm": "Dense",
    "MatMul": "Dense (with the Add of a bias after it)",
    "Conv": "Conv1D/Conv2D, or DepthwiseConv1D/2D (groups = channels)",
    "MaxPool": "MaxPooling1D/2D",
    "AveragePool": "AveragePooling1D/2D",
    "GlobalAveragePool": "GlobalAveragePooling1D/2D",
    "GlobalMaxPool": "GlobalMaxPooling1D/2D",
    "ReduceMean": "GlobalAveragePooling1D/2D (a mean over every position: `x.mean(dim=-1)`)",
    "ReduceMax": "GlobalMaxPooling1D/2D (a maximum over every position)",
    "Squeeze": "nothing (axes of length 1)",
    "Unsqueeze": "nothing (axes of length 1)",
    "Relu": "ReLU",
    "LeakyRelu": "LeakyReLU",
    "Sigmoid": "sigmoid",
    "Tanh": "tanh",
    "Softmax": "softmax (over the features)",
    "Elu": "ELU",
    "Clip": "relu6 (`nn.ReLU6`: a Clip from 0 to 6), or a ReLU (a Clip from 0)",
    "Max": "ReLU (a maximum with 0: `x.clamp(min=0)` as the dynamo exporter writes it)",
    "PRelu": "PReLU (of features or of a map's channels)",
    "BatchNormalization": "BatchNormalization",
    "Add": "Add (of two layers' outputs)",
    "Concat": "Concatenate (of the features or channels); the last states of a multi-layer GRU/LSTM (h_n)",
    "Flatten": "Flatten (the next Dense's rows in Keras's order)",
    "Reshape": "Flatten, to (batch, features) only",
    "Identity": "nothing (of a weight: the same weight, as the TorchScript exporter names equal weights)",
    "Dropout": "nothing (inference)",
    "Shape": "the batch size and sizes a Reshape's shape is computed of (`x.view(x.size(0), -1)`): folded",
    "Gather": "an element of a computed shape: folded; a GRU/LSTM's last time step or one layer's last state",
    "Slice": "a part of a computed shape: folded",
    "Cast": "a computed shape's type: folded",
    "GRU": "GRU (`nn.GRU`, batch_first=True: forward, from a zero state, reset after the recurrent product)",
    "LSTM": "LSTM (`nn.LSTM`, batch_first=True: forward, from a zero state)",
    "Transpose": "nothing (a GRU/LSTM's swap of the batch and time axes)",
    "Expand": "a GRU/LSTM's zero initial state: folded",
    "ConstantOfShape": "a GRU/LSTM's zero initial state: folded",
    "Mul": "a product of sizes in a computed shape: folded",
}
# what is folded into a constant where every input is one (a Reshape's shape computed in the file)
_FOLDED = ("Gather", "Slice", "Cast", "Concat", "Unsqueeze", "Squeeze", "Identity", "Mul", "Reshape")
_ACTIVATIONS = {"Relu": "relu", "Sigmoid": "sigmoid", "Tanh": "tanh", "Softmax": "softmax"}
_PASSED = ("Identity", "Dropout")
_HOW = (
    "export a network of nn.Linear, nn.Conv1d/2d, pooling, nn.BatchNorm1d/2d, nn.GRU/nn.LSTM and "
    "activations, or save the model in Keras"
)
log = logging.getLogger(__name__)


class _Batch:
    """The batch size in a shape the file computes (`x.size(0)`): known only when the model runs."""

    def __repr__(self) -> str:
        return "batch"


BATCH = _Batch()


def load_onnx_file(path: str | Path) -> keras.Model:
    """The tf_keras model computing what the ONNX file `path` computes (module docstring).

    Raises:
        ValueError: one line naming the file: not a valid ONNX model, an operator or input shape this does
            not translate, weights stored anywhere but in the file or a file beside it.
        FileNotFoundError: a file of weights beside it is missing.
    """
    import onnx

    path = Path(path)
    try:
        proto = _read(path)
        onnx.checker.check_model(proto)
    except (ValueError, FileNotFoundError) as error:
        raise type(error)(f"{path}: {error}") from None
    except Exception as error:  # noqa: BLE001 (protobuf's DecodeError, onnx's ValidationError, ...: one line)
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise ValueError(f"{path}: not a valid ONNX model ({first})") from None
    translation = _Translation(proto.graph)
    try:
        model = translation.model()
    except ValueError as error:
        raise ValueError(f"{path}: {error}") from None
    for weight, layers in translation.readers.items():
        if len(layers) > 1:
            log.warning(
                "%s: weight %s is read by layers %s (equal values the exporter stored once, or a module "
                "called more than once): each layer is pruned on its own, model.onnx gives each its own copy",
                path.name,
                weight,
                ", ".join(layers),
            )
    return model


# How a tensor's values are held in Keras, PyTorch's (N, C, *spatial) order being channels first:
FEATURES = "features"  # (N, features), in PyTorch's order
CHANNELS_LAST = "channels_last"  # PyTorch's (N, C, *spatial) as Keras's (N, *spatial, C), as hls4ml builds it
FLATTENED = "flattened"  # a channels-last map flattened: its features in Keras's (*spatial, C) order
SEQUENCE = "sequence"  # (N, items, features) that Linear layers read item by item, as Keras's Dense does
VIEW = "view"  # a GRU/LSTM's input or output in the file's time-major order (`_Translation.views`)


class _Translation:
    """The graph's nodes, in the (topological) order ONNX stores them, built into tf_keras layers; each
    tensor's layout (`FEATURES`, `CHANNELS_LAST`, `FLATTENED`, `SEQUENCE`) decides how a layer reading it is
    built."""

    def __init__(self, graph):
        self.graph = graph
        self.constants = _constants(graph)
        self.file_weights = dict(self.constants)  # the file's own, before shapes are folded into constants
        self.tensors: dict = {}  # ONNX tensor name -> Keras tensor
        self.layouts: dict[str, str] = {}  # ONNX tensor name -> its layout
        self.ranks: dict[str, int] = {}  # ONNX tensor name -> its rank in the file (axes of length 1 too)
        self.flattened: dict[str, tuple] = {}  # a FLATTENED tensor's name -> the Keras shape of its map
        self.weights: dict[str, list[np.ndarray]] = {}  # Keras layer name -> its weights
        self.names: set[str] = set()
        self.consumers = _consumers(graph)
        # the inputs' batch sizes where the file fixes them (the export's example)
        self.batch: set[int] = set()
        self.fused: set[str] = set()  # the outputs of Add nodes folded into the MatMul before them
        self.readers: dict[str, list[str]] = {}  # a weight's name -> the Keras layers built of it
        # Keras layer name -> for each of its weights, (the node reading it, the input it is, Keras -> ONNX)
        self.sources: dict[str, list[tuple[object, int, object]]] = {}
        # GRU/LSTM tensors (`_recurrent`): a VIEW's axes in the file's order, "N" batch, "T" time, "D" a
        # direction's or layer's axis (length 1), "X" features; the time steps; the views whose Keras
        # tensor holds the last step only (return_sequences=False); the last states of a multi-layer
        # GRU/LSTM stacked (h_n); outputs no Keras tensor holds (the reason)
        self.views: dict[str, tuple] = {}
        self.steps: dict[str, int] = {}
        self.last_step: set[str] = set()
        self.stacks: dict[str, list[str]] = {}
        self.unavailable: dict[str, str] = {}
        self.zeros: set[str] = set()  # zeros of a shape the file computes (a zero initial state), folded

    def model(self) -> keras.Model:
        _check_operators(self.graph)
        inputs = [self._input(value) for value in self.graph.input if value.name not in self.constants]
        if not inputs:
            raise ValueError("the graph has no input (every input is a weight)")
        for node in self.graph.node:
            if node.output[0] not in self.constants and node.output[0] not in self.fused:
                self._translate(node)
        if unavailable := [self.unavailable[v.name] for v in self.graph.output if v.name in self.unavailable]:
            raise ValueError(unavailable[0])
        outputs = [self.tensors[value.name] for value in self.graph.output]
        if any(self.layouts[value.name] != FEATURES for value in self.graph.output):
            if any(self.layouts[value.name] == VIEW for value in self.graph.output):
                raise ValueError(
                    "an output is a GRU/LSTM's state or output as the file orders it (time or layers first); "
                    "fpgaprune's outputs are (batch, features): return a layer of `h_n[-1]` or `out[:, -1]`"
                )
            raise ValueError(f"an output is a map of channels, not (batch, features); {_HOW}")
        model = keras.Model(
            inputs[0] if len(inputs) == 1 else inputs,
            outputs[0] if len(outputs) == 1 else outputs,
            name=_identifier(self.graph.name or "onnx_model"),
        )
        for name, values in self.weights.items():
            model.get_layer(name).set_weights(values)
        return model

    def _input(self, value):
        """(batch, features); (batch, items, features) read by a Linear layer (a Deep Sets network's
        particles: `SEQUENCE`, as it is); else PyTorch's (batch, channels, length) / (batch, channels, height,
        width) taken channels last, as hls4ml builds a design: (length, channels) / (height, width,
        channels)."""
        dims = [
            dim.dim_value if dim.HasField("dim_value") else None for dim in value.type.tensor_type.shape.dim
        ]
        if len(dims) not in (2, 3, 4) or None in dims[1:]:
            shape = "x".join("?" if dim is None else str(dim) for dim in dims)
            raise ValueError(
                f"input {value.name} has shape {shape or 'unknown'}; fpgaprune reads ONNX inputs of shape "
                f"(batch, features), (batch, channels, length) or (batch, channels, height, width): {_HOW}"
            )
        if dims[0]:
            self.batch.add(dims[0])
        readers = {node.op_type for node in self.consumers.get(value.name, [])}
        time_first = any(_is_time_swap(node) for node in self.consumers.get(value.name, []))
        sequence = len(dims) == 3 and ("MatMul" in readers or time_first)
        layout = FEATURES if len(dims) == 2 else SEQUENCE if sequence else None
        shape = tuple(dims[1:]) if layout else (*dims[2:], dims[1])
        tensor = keras.Input(shape, name=self._unique(_identifier(value.name)))
        self._set(value.name, tensor, layout or CHANNELS_LAST)
        return tensor

    def _set(self, name: str, tensor, layout, rank: int | None = None) -> None:
        """`name` is `tensor` in `layout` (True: FEATURES, False: CHANNELS_LAST); `rank`: its rank in the
        file, when axes of length 1 make it other than the Keras tensor's."""
        self.tensors[name] = tensor
        self.layouts[name] = {True: FEATURES, False: CHANNELS_LAST}.get(layout, layout)
        self.ranks[name] = len(tensor.shape) if rank is None else rank

    def _translate(self, node) -> None:
        op = node.op_type
        if op not in _VIEW_READERS and any(self.layouts.get(name) == VIEW for name in node.input):
            raise ValueError(
                f"node {node.name or op} ({op}) reads a tensor whose batch axis is not first (a GRU/LSTM's "
                "input or output as the file orders it, or a Transpose of (batch, steps, features)); "
                "fpgaprune reads a GRU/LSTM's last step, its last state (h_n) or its whole output as (batch, "
                "steps, features)"
            )
        if op == "Shape":
            self.constants[node.output[0]] = self._shape(node)
        elif op in ("Expand", "ConstantOfShape") or self._keeps_zeros(node):
            self._zero_state(node)
        elif op in _FOLDED and all(name in self.constants for name in node.input if name):
            self.constants[node.output[0]] = _fold(node, [self.constants.get(name) for name in node.input])
        elif op == "Mul":
            raise ValueError(
                f"node {node.name or op} (Mul) multiplies a layer's output (`x * y`, nn.SiLU); fpgaprune "
                f"reads Mul only in the arithmetic of a computed shape; {_HOW}"
            )
        elif op in ("GRU", "LSTM"):
            self._recurrent(node)
        elif op == "Transpose":
            self._transpose(node)
        elif op == "Gather" and (
            node.input[0] in self.stacks or self.layouts.get(node.input[0]) in (VIEW, SEQUENCE)
        ):
            self._time_step(node)
        elif op == "Concat" and any(self.layouts.get(name) == VIEW for name in node.input):
            self._stack(node)
        elif op in ("Squeeze", "Unsqueeze", "Reshape", *_PASSED) and self.layouts.get(node.input[0]) == VIEW:
            self._view(node)
        elif op in ("Gather", "Slice", "Cast"):
            raise ValueError(
                f"node {node.name or op} ({op}) reads a layer's output; fpgaprune reads {op} only in the "
                f"arithmetic of a Reshape's shape (`x.view(x.size(0), -1)`); {_HOW}"
            )
        elif op in _PASSED:
            self._pass(node)
        elif op in ("Flatten", "Reshape"):
            self._flatten(node)
        elif op in ("Gemm", "MatMul"):
            self._dense(node)
        elif op == "Conv":
            self._conv(node)
        elif op in _POOLINGS:
            self._pooling(node)
        elif op in _GLOBAL_POOLINGS:
            self._global_pooling(node)
        elif op in _REDUCTIONS:
            self._reduction(node)
        elif op in ("Squeeze", "Unsqueeze"):
            self._length_one_axes(node)
        elif op in _ACTIVATIONS:
            if op == "Softmax":
                self._check_features(node)
                self._check_joined_axis(node, default=-1)
            self._layer(node, keras.layers.Activation(_ACTIVATIONS[op], name=self._node_name(node)))
        elif op == "LeakyRelu":
            alpha = _attributes(node).get("alpha", 0.01)
            self._layer(node, keras.layers.LeakyReLU(alpha=alpha, name=self._node_name(node)))
        elif op == "Elu":
            alpha = _attributes(node).get("alpha", 1.0)
            self._layer(node, keras.layers.ELU(alpha=alpha, name=self._node_name(node)))
        elif op == "Clip":
            self._clip(node)
        elif op == "Max":
            self._max_with_zero(node)
        elif op == "PRelu":
            self._prelu(node)
        elif op == "BatchNormalization":
            self._batchnorm(node)
        elif op == "Add":
            self._merge(node, keras.layers.Add(name=self._node_name(node)))
        elif op == "Concat":
            self._check_joined_axis(node)
            self._merge(node, keras.layers.Concatenate(name=self._node_name(node)))

    def _shape(self, node) -> np.ndarray:
        """A Shape node's value: its tensor's shape in the file's order (PyTorch's channels first), `BATCH`
        first."""
        tensor, layout, rank = self._read(node, 0), self._layout(node), self.ranks[node.input[0]]
        attributes = _attributes(node)
        if layout == VIEW:
            sizes = self._view_sizes(node.input[0])
            dims = np.array([sizes[axis] for axis in self.views[node.input[0]]], dtype=object)
            return dims[attributes.get("start", 0) : attributes.get("end", rank)]
        dims = [int(dim) for dim in tensor.shape[1:]]
        if layout == CHANNELS_LAST:
            dims = [dims[-1], *dims[:-1]]
        elif layout == FLATTENED:
            dims = [int(np.prod(dims))]
        if layout == FEATURES:  # axes of length 1 after the features
            dims += [1] * (rank - 1 - len(dims))
        if len(dims) + 1 != rank:
            raise ValueError(f"node {node.name or 'Shape'}: the shape of a map with axes of length 1 added")
        return np.array([BATCH, *dims], dtype=object)[
            attributes.get("start", 0) : attributes.get("end", rank)
        ]

    def _read(self, node, position: int):
        name = node.input[position]
        if name in self.unavailable:
            raise ValueError(self.unavailable[name])
        if name not in self.tensors:
            raise ValueError(
                f"node {node.name or node.op_type} ({node.op_type}) reads {name}, a constant, where "
                f"fpgaprune translates only a layer's output; {_HOW}"
            )
        return self.tensors[name]

    def _layout(self, node, position: int = 0) -> str:
        self._read(node, position)
        return self.layouts[node.input[position]]

    def _pass(self, node) -> None:
        self._set(node.output[0], self._read(node, 0), self._layout(node), self.ranks[node.input[0]])
        self._keep_map_shape(node)

    def _layer(self, node, layer, position: int = 0) -> None:
        """An element-wise layer of input `position`: the layout it reads."""
        read = node.input[position]
        self._set(
            node.output[0], layer(self._read(node, position)), self._layout(node, position), self.ranks[read]
        )
        self._keep_map_shape(node, position)

    def _keep_map_shape(self, node, position: int = 0) -> None:
        if node.input[position] in self.flattened:
            self.flattened[node.output[0]] = self.flattened[node.input[position]]

    def _merge(self, node, layer) -> None:
        layouts = {self._layout(node, i) for i in range(len(node.input))}
        if len(layouts) > 1 or FLATTENED in layouts:
            raise ValueError(
                f"node {node.name or node.op_type}: {node.op_type} of a flattened map or of a map and a flat "
                "tensor; join maps before flattening them"
            )
        self._set(node.output[0], layer([self._read(node, i) for i in range(len(node.input))]), layouts.pop())

    def _flatten(self, node) -> None:
        """Flatten(axis=1), or a Reshape to (batch, features) (`x.view(len(x), -1)`): a flat tensor passes; a
        map becomes a Keras Flatten whose features are in Keras's order, which the Dense reading it takes
        its weights' rows in (`_dense`); a map of one position is flat already."""
        if node.op_type == "Flatten" and _attributes(node).get("axis", 1) != 1:
            raise ValueError(f"node {node.name or 'Flatten'}: Flatten(axis={_attributes(node)['axis']})")
        if node.op_type == "Reshape":
            shape = self._constant(node, 1)
            features = int(np.prod(self._read(node, 0).shape[1:]))
            batch = shape[0] is BATCH or shape[0] in (0, -1, 1) or shape[0] in self.batch
            batch_kept = shape.size == 2 and (shape[-1] == features or batch)
            if not batch_kept or shape[-1] not in (-1, features):
                raise ValueError(
                    f"node {node.name or 'Reshape'}: a Reshape to {shape.tolist()}, not to (batch, "
                    f"features); {_HOW}"
                )
        tensor, layout = self._read(node, 0), self._layout(node)
        if layout == SEQUENCE:  # PyTorch's (items, features) order is Keras's
            self._set(node.output[0], keras.layers.Flatten(name=self._node_name(node))(tensor), FEATURES)
            return
        if layout != CHANNELS_LAST:
            self._set(node.output[0], tensor, layout)
            return
        flat = keras.layers.Flatten(name=self._node_name(node))(tensor)
        one_position = int(np.prod(tensor.shape[1:-1])) == 1
        self._set(node.output[0], flat, FEATURES if one_position else FLATTENED)
        self.flattened[node.output[0]] = tuple(tensor.shape[1:])

    def _dense(self, node) -> None:
        """A Gemm (`nn.Linear`: Y = alpha A B' + beta C) or a MatMul by a weight, with the Add of a bias after
        it when that Add is the MatMul's only reader, as one Dense; reading a flattened map, its rows are
        taken in Keras's order of the map's features (`_flat_order`)."""
        kernel = self._constant(node, 1)
        attributes = _attributes(node)
        output, bias = node.output[0], None
        alpha, beta = attributes.get("alpha", 1.0), attributes.get("beta", 1.0)
        transposed = bool(attributes.get("transB", 0)) and node.op_type == "Gemm"
        if self._layout(node) == CHANNELS_LAST:
            raise ValueError(f"node {node.name or node.op_type}: a {node.op_type} of a map; flatten it first")
        if node.op_type == "Gemm" and attributes.get("transA", 0):
            raise ValueError(f"node {node.name or 'Gemm'}: Gemm with transA=1 (a transposed input)")
        if kernel.ndim != 2:
            raise ValueError(
                f"node {node.name or node.op_type}: a weight of shape {kernel.shape}, not (in, out)"
            )
        order = _flat_order(self.flattened[node.input[0]]) if self._layout(node) == FLATTENED else None
        kernel = (kernel.T if transposed else kernel) * alpha
        sources = [(node, 1, _dense_back(alpha, transposed, order))]
        if order is not None:
            kernel = kernel[order]
        if node.op_type == "Gemm" and len(node.input) > 2 and node.input[2] and beta != 0:
            bias = self._constant(node, 2) * beta
            shape = bias.shape
            sources.append((node, 2, lambda b: (b / beta).reshape(shape)))
        elif node.op_type == "MatMul" and (add := self._bias_add(output)) is not None:
            node_add, position = add
            bias = self.constants[node_add.input[position]]
            self.fused.add(node_add.output[0])
            output = node_add.output[0]
            shape = bias.shape
            sources.append((node_add, position, lambda b: b.reshape(shape)))
        units = kernel.shape[1]
        if bias is not None and bias.size != units:  # (1, units) is one; a scalar has no bias per unit
            raise ValueError(
                f"node {node.name or node.op_type}: a bias of shape {list(bias.shape)} for {units} outputs; "
                "give one value per output"
            )
        name = self._unique(_module_name(node.input[1]) or _node_base(node))
        layer = keras.layers.Dense(units, use_bias=bias is not None, name=name)  # item by item on a SEQUENCE
        self._set(
            output, layer(self._read(node, 0)), SEQUENCE if self._layout(node) == SEQUENCE else FEATURES
        )
        values = [kernel.astype("float32")]
        if bias is not None:
            values.append(bias.reshape(units).astype("float32"))
        self._keep(name, values, sources)

    def _clip(self, node) -> None:
        """A Clip from 0 to 6 (`nn.ReLU6`, `x.clamp(0, 6)`) as Keras's relu6, which hls4ml builds as its
        `nnet::relu6`; from 0 without a maximum, a ReLU. hls4ml clips a ReLU at no other maximum (it drops a
        Keras ReLU's `max_value`), so any other Clip is one line. Its bounds are attributes before opset 11,
        constant inputs since."""
        attributes = _attributes(node)
        bounds = [attributes.get("min"), attributes.get("max")]
        for i in (1, 2):
            if len(node.input) > i and node.input[i]:
                bounds[i - 1] = float(self._constant(node, i))
        low, high = bounds
        if low != 0 or high not in (None, 6):
            given = f"from {low:g}" if low is not None else "without a lower bound"
            given += f" to {high:g}" if high is not None else ""
            raise ValueError(
                f"node {node.name or 'Clip'}: a Clip {given} (`clamp`, `nn.Hardtanh`); hls4ml builds a Clip "
                "from 0 to 6 (`nn.ReLU6`) or from 0 (a ReLU) only"
            )
        activation = "relu6" if high == 6 else "relu"
        self._layer(node, keras.layers.Activation(activation, name=self._node_name(node)))

    def _max_with_zero(self, node) -> None:
        """A Max of a layer's output and a constant 0 (`x.clamp(min=0)`): a ReLU."""
        constant = [name for name in node.input if name in self.constants]
        if len(node.input) != 2 or len(constant) != 1 or np.any(self.constants[constant[0]] != 0):
            raise ValueError(
                f"node {node.name or 'Max'}: a Max other than of a layer's output and 0; fpgaprune reads "
                "that one (`x.clamp(min=0)`) as a ReLU"
            )
        position = 1 if node.input[0] == constant[0] else 0
        self._layer(node, keras.layers.Activation("relu", name=self._node_name(node)), position)

    def _prelu(self, node) -> None:
        """A PRelu (`nn.PReLU`) of features or of a map as Keras's PReLU, one slope per value (hls4ml builds
        no `shared_axes`): the file's slope broadcast to the tensor, in Keras's order. A slope the file shares
        (one per channel, or one: `nn.PReLU(C)`, `nn.PReLU()`) stays shared: the layer is not trainable, as
        fine-tuning would give each value its own slope, which the PyTorch module cannot hold, and it is
        written back in the file's shape (`_shared_slope`)."""
        layout, tensor = self._layout(node), self._read(node, 0)
        if layout not in (FEATURES, CHANNELS_LAST) or self.ranks[node.input[0]] != len(tensor.shape):
            raise ValueError(
                f"node {node.name or 'PRelu'}: a PReLU of a flattened map or of (batch, items, features); "
                "fpgaprune reads a PReLU of features or of a map's channels"
            )
        slope = self._constant(node, 1)
        shape = tuple(int(d) for d in tensor.shape[1:])
        file_shape = shape if layout == FEATURES else (shape[-1], *shape[:-1])
        try:  # the slope broadcasts against (batch, *file_shape)
            alpha = np.broadcast_to(slope, (1, *file_shape))[0]
        except ValueError:
            raise ValueError(
                f"node {node.name or 'PRelu'}: a slope of shape {list(slope.shape)} for a tensor of shape "
                f"{list(file_shape)}"
            ) from None
        to_keras, back = (None, None) if layout == FEATURES else _channels_last_axes(len(shape))
        values = [np.transpose(alpha, to_keras).astype("float32")]
        name = self._unique(_module_name(node.input[1]) or _node_base(node))
        shared = slope.size < alpha.size
        layer = keras.layers.PReLU(name=name, trainable=not shared)
        self._set(node.output[0], layer(tensor), layout)
        self._keep(name, values, [(node, 1, lambda a: _shared_slope(np.transpose(a, back), slope.shape))])

    def _keep(self, name: str, values: list, sources: list) -> None:
        """Layer `name`'s weights and where each came from. A weight several layers read (equal values an
        exporter stored once, or a module called twice) becomes a copy in each: each layer is pruned on its
        own, and `write_onnx_weights` gives each its own weight."""
        for node, position, _ in sources:
            readers = self.readers.setdefault(node.input[position], [])
            if name not in readers:
                readers.append(name)
        self.weights[name] = values
        self.sources[name] = sources

    def _conv(self, node) -> None:
        """A Conv of PyTorch's (out, in / groups, *kernel) weight as a Keras Conv1D/Conv2D (groups 1) or a
        DepthwiseConv1D/2D (one group per input channel, one output each), channels last; its padding as
        the Keras layer's own ("valid", or "same" where Keras pads as the file does), else a ZeroPadding
        before (`_padded`)."""
        if self._layout(node) != CHANNELS_LAST:
            raise ValueError(f"node {node.name or 'Conv'}: a Conv of a flat tensor")
        weight = self._constant(node, 1)
        rank, (filters, per_group) = weight.ndim - 2, weight.shape[:2]
        tensor = self._read(node, 0)
        channels = int(tensor.shape[-1])
        attributes = _attributes(node)
        groups = attributes.get("group", 1)
        _check_plain_window(node, rank)
        depthwise = groups > 1 and groups == channels == filters and per_group == 1
        if groups != 1 and not depthwise:
            raise ValueError(
                f"node {node.name or 'Conv'}: a grouped Conv of {groups} groups; fpgaprune reads groups=1 or "
                "a depthwise Conv (groups = in = out channels)"
            )
        name = self._unique(_module_name(node.input[1]) or _node_base(node))
        tensor, padding = self._padded(node, tensor, rank, weight.shape[2:], name)
        strides = tuple(attributes.get("strides", [1] * rank))
        bias = self._constant(node, 2) if len(node.input) > 2 and node.input[2] else None
        options = {"strides": strides, "padding": padding, "use_bias": bias is not None, "name": name}
        kernel_size = tuple(weight.shape[2:])
        if depthwise:
            cls = keras.layers.DepthwiseConv2D if rank == 2 else keras.layers.DepthwiseConv1D
            layer = cls(kernel_size, **options)
            forward, back = _DEPTHWISE_AXES[rank]
        else:
            cls = keras.layers.Conv2D if rank == 2 else keras.layers.Conv1D
            layer = cls(filters, kernel_size, **options)
            forward, back = _CONV_AXES[rank]
        self._set(node.output[0], layer(tensor), CHANNELS_LAST)
        values = [weight.transpose(forward).astype("float32")]
        sources = [(node, 1, lambda k, back=back: k.transpose(back))]
        if bias is not None:
            if bias.size != filters:
                raise ValueError(f"node {node.name or 'Conv'}: a bias of shape {list(bias.shape)}")
            shape = bias.shape
            values.append(bias.reshape(filters).astype("float32"))
            sources.append((node, 2, lambda b: b.reshape(shape)))
        self._keep(name, values, sources)

    def _padded(self, node, tensor, rank: int, kernel, name: str):
        """(the tensor a window reads, its Keras padding): the file's pads as "valid" (none), "same" (where
        Keras pads alike: `_same_pads`), else a ZeroPadding1D/2D `<name>_pad` before and "valid"."""
        pads = tuple(_attributes(node).get("pads", [0] * 2 * rank))
        if not any(pads):
            return tensor, "valid"
        strides = tuple(_attributes(node).get("strides", [1] * rank))
        spatial = tuple(int(d) for d in tensor.shape[1:-1])
        if pads == _same_pads(spatial, tuple(kernel), strides):
            return tensor, "same"
        pairs = tuple(zip(pads[:rank], pads[rank:], strict=True))
        cls = keras.layers.ZeroPadding2D if rank == 2 else keras.layers.ZeroPadding1D
        return cls(pairs if rank == 2 else pairs[0], name=self._unique(f"{name}_pad"))(tensor), "valid"

    def _pooling(self, node) -> None:
        if self._layout(node) != CHANNELS_LAST:
            raise ValueError(f"node {node.name or node.op_type}: {node.op_type} of a flat tensor")
        attributes = _attributes(node)
        kernel = tuple(attributes["kernel_shape"])
        rank = len(kernel)
        _check_plain_window(node, rank)
        if attributes.get("ceil_mode", 0):
            raise ValueError(f"node {node.name or node.op_type}: ceil_mode=1; export with ceil_mode=False")
        name = self._node_name(node)
        tensor, padding = self._padded(node, self._read(node, 0), rank, kernel, name)
        if (
            padding == "valid"
            and tensor is not self._read(node, 0)
            or (node.op_type == "AveragePool" and padding == "same")
        ):  # a zero padding changes a max or an average of the edges: Keras's own "same" pooling does not
            raise ValueError(
                f"node {node.name or node.op_type}: {node.op_type} with padding; export it without"
            )
        kind = _POOLINGS[node.op_type][rank]
        strides = tuple(attributes.get("strides", [1] * rank))
        layer = getattr(keras.layers, kind)(kernel, strides=strides, padding=padding, name=name)
        self._set(node.output[0], layer(tensor), CHANNELS_LAST)

    def _reduction(self, node) -> None:
        """A ReduceMean/ReduceMax over every position of a map (`x.mean(dim=-1)`, PyTorch's adaptive pooling
        to one position) or over the items of a `SEQUENCE` (`x.mean(dim=1)`: a Deep Sets network's mean over
        its particles) as a global pooling; over axes of length 1 of a flat tensor, nothing."""
        rank, layout = self.ranks[node.input[0]], self._layout(node)
        keep = _attributes(node).get("keepdims", 1)
        axes = self._axes(node, rank)
        tensor = self._read(node, 0)
        kept_rank = rank if keep else rank - len(axes)
        if layout == FEATURES and min(axes) >= 2:
            self._set(node.output[0], tensor, FEATURES, kept_rank)
        elif (layout == CHANNELS_LAST and set(axes) == set(range(2, rank))) or (
            layout == SEQUENCE and axes == [1] and not keep
        ):
            kind = _REDUCTIONS[node.op_type][len(tensor.shape) - 2]
            self._set(
                node.output[0], getattr(keras.layers, kind)(name=self._node_name(node))(tensor), FEATURES
            )
            self.ranks[node.output[0]] = kept_rank
        else:
            raise ValueError(
                f"node {node.name or node.op_type}: {node.op_type} over axes {axes} of a rank-{rank} tensor; "
                "fpgaprune reads a mean or maximum over every position of a map, or over the items of "
                "(batch, items, features) without keepdim"
            )

    def _length_one_axes(self, node) -> None:
        """A Squeeze or Unsqueeze of axes after the channels (length 1): the same values, in Keras too."""
        rank = self.ranks[node.input[0]]
        adding = node.op_type == "Unsqueeze"
        axes = self._axes(node, rank + len(self._axes(node, None)) if adding else rank)
        keras_rank = len(self._read(node, 0).shape)
        new_rank = rank + len(axes) if adding else rank - len(axes)
        if min(axes, default=0) < 2 or new_rank < keras_rank:
            raise ValueError(
                f"node {node.name or node.op_type}: {node.op_type} of axes {axes}; fpgaprune reads one of "
                "axes of length 1 after the channels"
            )
        self._set(node.output[0], self._read(node, 0), self._layout(node), new_rank)

    def _axes(self, node, rank: int | None) -> list[int]:
        """A node's `axes` (its attribute, or its constant input since opset 13/18), made non-negative at
        `rank` (None: as given)."""
        given = _attributes(node).get("axes")
        if given is None and len(node.input) > 1 and node.input[1]:
            given = self._constant(node, 1)
        if given is None:
            raise ValueError(f"node {node.name or node.op_type}: {node.op_type} of every axis")
        axes = [int(axis) for axis in np.ravel(given)]
        return axes if rank is None else sorted(axis % rank for axis in axes)

    def _global_pooling(self, node) -> None:
        """A GlobalAveragePool/GlobalMaxPool: PyTorch's (N, C, 1, 1), flat as the Flatten after it reads."""
        if self._layout(node) != CHANNELS_LAST:
            raise ValueError(f"node {node.name or node.op_type}: {node.op_type} of a flat tensor")
        rank = len(self._read(node, 0).shape) - 2
        layer = getattr(keras.layers, _GLOBAL_POOLINGS[node.op_type][rank])(name=self._node_name(node))
        self._set(node.output[0], layer(self._read(node, 0)), FEATURES, self.ranks[node.input[0]])

    def _bias_add(self, output: str):
        """(the Add node, the input its constant is) when a MatMul's output is read only by an Add of a
        constant."""
        readers = self.consumers.get(output, [])
        if len(readers) != 1 or readers[0].op_type != "Add" or len(readers[0].input) != 2:
            return None
        add = readers[0]
        position = 1 if add.input[0] == output else 0
        if add.input[1 - position] != output or add.input[position] not in self.constants:
            return None
        return add, position

    def _batchnorm(self, node) -> None:
        if self._layout(node) in (FLATTENED, SEQUENCE):
            raise ValueError(
                f"node {node.name or 'BatchNormalization'}: a BatchNorm1d of a flattened map or of (batch, "
                "items, features), which PyTorch normalises over the items"
            )
        gamma, beta, mean, variance = (self._constant(node, i) for i in range(1, 5))
        epsilon = _attributes(node).get("epsilon", 1e-5)
        name = self._unique(_module_name(node.input[1]) or _node_base(node))
        layer = keras.layers.BatchNormalization(epsilon=epsilon, name=name)  # channels last: its last axis
        self._set(node.output[0], layer(self._read(node, 0)), self._layout(node))
        parameters = [values.astype("float32") for values in (gamma, beta, mean, variance)]
        self._keep(name, parameters, [(node, i, lambda values: values) for i in range(1, 5)])

    def _check_features(self, node) -> None:
        if self._layout(node) != FEATURES:
            raise ValueError(f"node {node.name or node.op_type}: {node.op_type} of a map; flatten it first")

    def _check_joined_axis(self, node, default=None) -> None:
        """A softmax or concatenation is over the features (the channels of a map, the last axis of a
        `SEQUENCE`): Keras's last axis."""
        axis, rank = _attributes(node).get("axis", default), self.ranks[node.input[0]]
        wanted = rank - 1 if self._layout(node) == SEQUENCE else 1
        if axis is None or axis % rank != wanted:
            raise ValueError(
                f"node {node.name or node.op_type}: {node.op_type} over axis {axis}, not the features "
                f"(axis {wanted})"
            )

    def _constant(self, node, position: int) -> np.ndarray:
        name = node.input[position] if position < len(node.input) else ""
        if name not in self.constants:
            raise ValueError(
                f"node {node.name or node.op_type} ({node.op_type}): input {position} "
                f"({name or 'absent'}) is not a weight stored in the file; {_HOW}"
            )
        return self.constants[name]

    def _node_name(self, node) -> str:
        return self._unique(_node_base(node))

    def _unique(self, name: str) -> str:
        return _unused(name, self.names)

    # ---- GRU and LSTM (`nn.GRU`, `nn.LSTM` of batch_first=True) ----
    # The file runs a recurrent layer time first: (T, N, F) in; Y of (T, directions, N, H) and the last state
    # Y_h of (directions, N, H) out; Transposes, Squeezes and Reshapes around them. Keras's GRU and LSTM read
    # (N, T, F) and give (N, T, H) (return_sequences) or (N, H): a tensor between is a VIEW of one of those,
    # its axes in the file's order named in `views`.

    def _recurrent(self, node) -> None:
        """A GRU or LSTM node as Keras's GRU (reset_after, as PyTorch computes it) or LSTM, with
        return_sequences when the model reads more of its output than the last step (`_reads_whole`)."""
        op, attributes, label = node.op_type, _attributes(node), f"node {node.name or node.op_type}"
        source = node.input[0]
        if (
            self.layouts.get(source) != VIEW
            or self.views[source] != ("T", "N", "X")
            or source in self.last_step
        ):
            raise ValueError(
                f"{label}: a {op} of a tensor other than (batch, time, features) taken time first; export "
                f"the nn.{op} with batch_first=True"
            )
        self._check_recurrent(node, attributes, label)
        hidden = int(attributes["hidden_size"])
        outputs = [*node.output, "", ""][:3]
        whole = bool(outputs[0]) and self._reads_whole(outputs[0], ("T", "D", "N", "X"))
        name = self._unique(_module_of_node(node) or op.lower())
        if op == "GRU":
            layer = keras.layers.GRU(hidden, reset_after=True, return_sequences=whole, name=name)
        else:
            layer = keras.layers.LSTM(hidden, return_sequences=whole, name=name)
        tensor, steps = layer(self._read(node, 0)), self.steps[source]
        if outputs[0]:
            self._set_view(outputs[0], tensor, ("T", "D", "N", "X"), steps, last=not whole)
        if outputs[1] and whole:
            self._set_unavailable(
                outputs[1],
                f"{label}: the model reads both the {op}'s whole output and its last state (h_n); hls4ml "
                "builds one of them: read the last step of the output (`out[:, -1]`) instead",
            )
        elif outputs[1]:
            self._set_view(outputs[1], tensor, ("D", "N", "X"), steps)
        if outputs[2]:
            self._set_unavailable(outputs[2], f"{label}: the model reads the LSTM's cell state (c_n)")
        self._recurrent_weights(node, name, hidden)

    def _check_recurrent(self, node, attributes: dict, label: str) -> None:
        """What hls4ml's GRU and LSTM compute: forward, PyTorch's activations, biases, from a zero state."""
        op = node.op_type
        direction = attributes.get("direction", b"forward")
        direction = direction.decode() if isinstance(direction, bytes) else direction
        activations = [a.decode() if isinstance(a, bytes) else a for a in attributes.get("activations", [])]
        wanted = ["Sigmoid", "Tanh"] + (["Tanh"] if op == "LSTM" else [])
        problems = {
            f"direction {direction}": direction != "forward" or self._constant(node, 1).shape[0] != 1,
            "batch-first layout (layout=1)": attributes.get("layout", 0) != 0,
            "activations " + ", ".join(activations): bool(activations) and activations != wanted,
            "a clip": "clip" in attributes,
            "the reset before the recurrent product (linear_before_reset=0)": op == "GRU"
            and attributes.get("linear_before_reset", 0) != 1,
            "coupled input and forget gates": attributes.get("input_forget", 0) != 0,
            "no biases (bias=False)": len(node.input) < 4 or not node.input[3],
            "sequence lengths": len(node.input) > 4 and bool(node.input[4]),
            "peepholes": len(node.input) > 7 and bool(node.input[7]),
        }
        if found := [problem for problem, present in problems.items() if present]:
            raise ValueError(
                f"{label}: a {op} with {', '.join(found)}; hls4ml builds a forward {op} of PyTorch's "
                "activations with biases, from a zero state"
            )
        for position in (5, 6):  # the initial hidden and cell states
            given = len(node.input) > position and node.input[position]
            if given and np.any(self._constant(node, position) != 0):
                raise ValueError(f"{label}: a {op} from a state other than zeros (h_0, c_0)")

    def _recurrent_weights(self, node, name: str, hidden: int) -> None:
        """W, R and B as Keras's kernel (F, gates x H), recurrent kernel (H, gates x H) and bias, gates in
        Keras's order: a GRU's (z, r, h) are ONNX's, with its two biases apart (reset_after); an LSTM's (i, f,
        c, o) are ONNX's (i, o, f, c) reordered, its two biases summed into Keras's one (written back with
        the recurrent bias as the file had it)."""
        order = _GATE_ORDER[node.op_type]
        back_order = np.argsort(order)
        W, R, B = (self._constant(node, i)[0] for i in (1, 2, 3))

        def to_keras(matrix):
            return _gates(matrix, order, hidden).T.astype("float32")

        def back(kernel):
            return _gates(np.asarray(kernel).T, back_order, hidden)[None]

        size = len(order) * hidden
        input_bias, recurrent_bias = B[:size], B[size:]
        gru = node.op_type == "GRU"
        if gru:  # Keras's (2, 3H): the input biases, the recurrent ones
            bias = np.stack([_gates(input_bias, order, hidden), _gates(recurrent_bias, order, hidden)])
        else:
            bias = _gates(input_bias + recurrent_bias, order, hidden)

        def bias_back(values):
            if gru:
                return np.concatenate([_gates(row, back_order, hidden) for row in values])[None]
            summed = _gates(np.asarray(values), back_order, hidden)
            return np.concatenate([summed - recurrent_bias, recurrent_bias])[None]

        values = [to_keras(W), to_keras(R), bias.astype("float32")]
        self._keep(name, values, [(node, 1, back), (node, 2, back), (node, 3, bias_back)])

    def _reads_whole(self, name: str, axes: tuple) -> bool:
        """Whether the model reads more of the recurrent output `name` (file axes `axes`) than its last time
        step, following it through the operators that only move its axes."""
        if name in {value.name for value in self.graph.output}:
            return True
        for node in self.consumers.get(name, []):
            if node.op_type == "Shape":
                continue  # its sizes only
            if node.op_type == "Gather" and node.input[0] == name and self._gathered_axis(node, axes) == "T":
                continue  # a time step: `_time_step` checks it is the last
            if node.op_type in _VIEW_MOVES and node.input[0] == name:
                if self._reads_whole(node.output[0], self._moved_axes(node, axes)):
                    return True
            elif "T" in axes:
                return True
        return False

    def _gathered_axis(self, node, axes: tuple) -> str:
        return axes[_gather_position(node, axes)]

    def _moved_axes(self, node, axes: tuple, sizes: dict | None = None) -> tuple:
        """The file axes of the output of an operator of `_VIEW_MOVES` whose input's are `axes` (`sizes`: the
        input's, to check a Reshape's shape)."""
        op, attributes, label = node.op_type, _attributes(node), f"node {node.name or node.op_type}"
        if op == "Transpose":
            perm = attributes.get("perm", list(reversed(range(len(axes)))))
            return tuple(axes[int(i)] for i in perm)
        if op == "Squeeze":
            dropped = self._axes(node, len(axes))
            if any(axes[i] != "D" for i in dropped):
                raise ValueError(f"{label}: a Squeeze of a GRU/LSTM output's {'/'.join(axes)} axes {dropped}")
            return tuple(axis for i, axis in enumerate(axes) if i not in dropped)
        if op == "Unsqueeze":
            moved = list(axes)
            for i in self._axes(node, len(axes) + len(self._axes(node, None))):
                moved.insert(i, "D")
            return tuple(moved)
        if op == "Reshape":  # looking ahead (no `sizes`), its shape may not be computed yet
            kept = tuple(axis for axis in axes if axis != "D")
            if sizes is None:
                return kept
            shape = list(self._constant(node, 1))
            if len(shape) != len(kept) or not all(self._fits(d, axis, sizes) for d, axis in zip(shape, kept)):
                raise ValueError(
                    f"{label}: a Reshape of a GRU/LSTM output to {shape}; fpgaprune reads one that drops its "
                    "direction axis"
                )
            return kept
        if op == "Gather":
            axis = _gather_position(node, axes)
            return axes[:axis] + axes[axis + 1 :]
        return axes  # Identity, Dropout, Concat of the layers' states

    def _fits(self, dim, axis: str, sizes: dict) -> bool:
        if axis == "N":
            return dim is BATCH or dim in (-1, 0, 1) or dim in self.batch
        return dim == -1 or dim == sizes[axis]

    def _view_sizes(self, name: str) -> dict:
        features = int(self.tensors[name].shape[-1])
        return {"N": BATCH, "T": self.steps[name], "D": 1, "X": features}

    def _set_view(self, name: str, tensor, axes: tuple, steps: int, last: bool = False) -> None:
        """`name` is `tensor` with the file axes `axes`: a SEQUENCE when they are Keras's (N, T, X), FEATURES
        when (N, X), else a VIEW. `last`: `tensor` holds only the last step of the time axis `axes` has."""
        if last and "T" in axes:
            self.last_step.add(name)
        elif axes in (("N", "T", "X"), ("N", "X")):
            self._set(name, tensor, SEQUENCE if "T" in axes else FEATURES)
            return
        self._set(name, tensor, VIEW, len(axes))
        self.views[name], self.steps[name] = axes, steps

    def _set_unavailable(self, name: str, reason: str, axes: tuple = ("D", "N", "X")) -> None:
        self.unavailable[name] = reason
        self.layouts[name], self.views[name], self.ranks[name] = VIEW, axes, len(axes)

    def _steps(self, name: str) -> int:
        return self.steps[name] if name in self.steps else int(self.tensors[name].shape[1])

    def _transpose(self, node) -> None:
        """A swap of a (batch, time, features) tensor's batch and time axes, or of a GRU/LSTM output's."""
        source = node.input[0]
        if self.layouts.get(source) not in (VIEW, SEQUENCE):
            raise ValueError(
                f"node {node.name or 'Transpose'}: a Transpose of a tensor other than a GRU/LSTM's input or "
                "output; export without permute/transpose, channels first as PyTorch orders a map"
            )
        axes = self.views.get(source, ("N", "T", "X"))
        tensor = self._read(node, 0)
        moved = self._moved_axes(node, axes)
        self._set_view(node.output[0], tensor, moved, self._steps(source), last=source in self.last_step)

    def _view(self, node) -> None:
        """A Squeeze, Unsqueeze, Reshape, Identity or Dropout of a VIEW: its axes moved."""
        source = node.input[0]
        tensor = self._read(node, 0)  # first: an output no Keras tensor holds says why
        moved = self._moved_axes(node, self.views[source], self._view_sizes(source))
        self._set_view(node.output[0], tensor, moved, self.steps[source], last=source in self.last_step)

    def _stack(self, node) -> None:
        """The last states of a multi-layer GRU/LSTM joined along their layer axis (h_n), which a Gather
        reads one of (`_time_step`)."""
        members = list(node.input)
        axes = {self.views.get(name) for name in members}
        axis = _attributes(node).get("axis", 0)
        if len(axes) != 1 or None in axes or next(iter(axes))[axis % len(next(iter(axes)))] != "D":
            raise ValueError(
                f"node {node.name or 'Concat'}: a Concat of a GRU/LSTM's output other than of its layers' "
                "last states"
            )
        output = node.output[0]
        self.stacks[output] = members
        self._set_unavailable(
            output,
            f"node {node.name or 'Concat'}: the last states of several layers read "
            "together; read one (h_n[-1])",
            next(iter(axes)),
        )

    def _time_step(self, node) -> None:
        """A Gather of a recurrent output's last time step, of one direction's or layer's state, or of one
        member of a stack of layers' states."""
        source, label = node.input[0], f"node {node.name or 'Gather'}"
        index = self._constant(node, 1)
        axes = self.views.get(source, ("N", "T", "X"))
        axis = self._gathered_axis(node, axes)
        moved = self._moved_axes(node, axes)
        if index.ndim != 0:
            raise ValueError(f"{label}: a Gather of several elements of a GRU/LSTM output")
        if source in self.stacks:
            members = self.stacks[source]
            if axis != "D" or not -len(members) <= int(index) < len(members):
                raise ValueError(f"{label}: a Gather of the stacked layers' states other than of one layer")
            picked = members[int(index)]
            if picked in self.unavailable:
                raise ValueError(
                    f"{label}: h_n[{int(index)}], the last state of a layer whose whole output the next "
                    "layer reads; fpgaprune reads the last layer's state (h_n[-1])"
                )
            tensor = self.tensors[picked]  # a view of a layer's state (any other was refused above)
            self._set_view(node.output[0], tensor, moved, self.steps[picked], last=picked in self.last_step)
            return
        tensor = self._read(node, 0)  # first: an output no Keras tensor holds says why
        steps = self._steps(source)
        if axis == "T" and (int(index) % steps != steps - 1 or source not in self.last_step):
            raise ValueError(
                f"{label}: a Gather of step {int(index)} of {steps} of a (batch, steps, features) tensor; "
                "fpgaprune reads one step only as a GRU/LSTM's last (`out[:, -1]`, taken straight from its "
                "output, which nothing else reads whole)"
            )
        if axis not in ("T", "D") or (axis == "D" and int(index) not in (0, -1)):
            raise ValueError(f"{label}: a Gather of a GRU/LSTM output's batch or features")
        self._set_view(node.output[0], tensor, moved, steps, last=axis == "D" and source in self.last_step)

    def _keeps_zeros(self, node) -> bool:
        """A folded operator of a computed zero that gives zeros: of its data (the other inputs are indices or
        sizes), a Concat only of zeros (not a zero state joined to a layer's output)."""
        if node.op_type not in _FOLDED or node.input[0] not in self.zeros:
            return False
        return node.op_type != "Concat" or all(name in self.zeros for name in node.input)

    def _zero_state(self, node) -> None:
        """Zeros of a shape the file computes (a GRU/LSTM's initial state, `torch.zeros(...)` of the batch
        size): an Expand of a constant 0, a ConstantOfShape of 0, or a Slice, Squeeze, ... of either. Held as
        a scalar 0, which is all that reads it needs."""
        op = node.op_type
        if op == "ConstantOfShape":
            value = np.asarray(_attributes(node).get("value", np.zeros(1, np.float32)))
        else:
            value = self.constants[node.input[0]] if node.input[0] in self.zeros else self._constant(node, 0)
        if np.any(value != 0):
            raise ValueError(
                f"node {node.name or op}: {op} of a value other than 0; fpgaprune reads one as a GRU/LSTM's "
                "zero initial state"
            )
        self.constants[node.output[0]] = np.zeros((), value.dtype)
        self.zeros.add(node.output[0])


# operators that read a GRU/LSTM's input or output in the file's time-first order (`_Translation._translate`)
_VIEW_MOVES = ("Transpose", "Squeeze", "Unsqueeze", "Reshape", "Gather", "Concat", *_PASSED)
_VIEW_READERS = (*_VIEW_MOVES, "GRU", "LSTM", "Shape")
# Keras's gates in the ONNX file's order: a GRU's (z, r, h) are ONNX's; an LSTM's (i, f, c, o) of ONNX's
# (i, o, f, c)
_GATE_ORDER = {"GRU": (0, 1, 2), "LSTM": (0, 2, 3, 1)}


def _gates(values: np.ndarray, order, hidden: int) -> np.ndarray:
    """`values`' blocks of `hidden` rows (one per gate) in `order`."""
    values = np.asarray(values)
    return np.concatenate([values[i * hidden : (i + 1) * hidden] for i in order])


def _gather_position(node, axes: tuple) -> int:
    """The position in `axes` of the axis a Gather takes one element of."""
    return _attributes(node).get("axis", 0) % len(axes)


def _is_time_swap(node) -> bool:
    """A Transpose of (batch, time, features) to time first, as PyTorch feeds a batch_first GRU/LSTM."""
    return node.op_type == "Transpose" and [int(i) for i in _attributes(node).get("perm", [])] == [1, 0, 2]


# PyTorch's weight axes -> Keras's, and back, by spatial rank: (out, in, *k) <-> (*k, in, out)
_CONV_AXES = {1: ((2, 1, 0), (2, 1, 0)), 2: ((2, 3, 1, 0), (3, 2, 0, 1))}
# a depthwise Conv's (channels, 1, *k) <-> Keras's (*k, channels, 1)
_DEPTHWISE_AXES = {1: ((2, 0, 1), (1, 2, 0)), 2: ((2, 3, 0, 1), (2, 3, 0, 1))}
_POOLINGS = {
    "MaxPool": {1: "MaxPooling1D", 2: "MaxPooling2D"},
    "AveragePool": {1: "AveragePooling1D", 2: "AveragePooling2D"},
}
_GLOBAL_POOLINGS = {
    "GlobalAveragePool": {1: "GlobalAveragePooling1D", 2: "GlobalAveragePooling2D"},
    "GlobalMaxPool": {1: "GlobalMaxPooling1D", 2: "GlobalMaxPooling2D"},
}
_REDUCTIONS = {
    "ReduceMean": _GLOBAL_POOLINGS["GlobalAveragePool"],
    "ReduceMax": _GLOBAL_POOLINGS["GlobalMaxPool"],
}


def _shared_slope(alpha: np.ndarray, shape: tuple) -> np.ndarray:
    """A PReLU's slopes in the file's order, one per value, as the file's slope of `shape` (which broadcasts
    against (batch, *alpha.shape)): the first value along each axis the file's slope does not vary on."""
    aligned = (1,) * (alpha.ndim + 1 - len(shape)) + tuple(shape)
    return alpha[tuple(slice(0, 1) if size == 1 else slice(None) for size in aligned[1:])].reshape(shape)


def _channels_last_axes(rank: int) -> tuple[tuple, tuple]:
    """The axes taking a map's values without the batch from the file's (C, *spatial) to Keras's
    (*spatial, C), and back."""
    forward = (*range(1, rank), 0)
    return forward, tuple(int(axis) for axis in np.argsort(forward))


def _check_plain_window(node, rank: int) -> None:
    """One line for what a Keras convolution or pooling does not do: dilation, ONNX's auto_pad."""
    attributes = _attributes(node)
    if any(d != 1 for d in attributes.get("dilations", [1] * rank)):
        raise ValueError(
            f"node {node.name or node.op_type}: dilations {list(attributes['dilations'])}; hls4ml "
            "builds no dilated window"
        )
    if attributes.get("auto_pad", b"NOTSET") not in (b"NOTSET", "NOTSET"):
        raise ValueError(
            f"node {node.name or node.op_type}: auto_pad {attributes['auto_pad']!r}; export with "
            "explicit pads (PyTorch's padding=)"
        )


def _same_pads(spatial: tuple, kernel: tuple, strides: tuple) -> tuple:
    """The pads (begins, then ends) of Keras's padding="same": a total of max((ceil(n / s) - 1) s + k - n,
    0) per axis, the odd one at the end."""
    totals = [max((-(-n // s) - 1) * s + k - n, 0) for n, k, s in zip(spatial, kernel, strides, strict=True)]
    return tuple(total // 2 for total in totals) + tuple(total - total // 2 for total in totals)


def _flat_order(shape) -> np.ndarray:
    """For a channels-last map of Keras shape (*spatial, C) flattened: at each of Keras's flat positions,
    the position PyTorch's flattening of its (C, *spatial) gives the same value."""
    *spatial, channels = (int(d) for d in shape)
    pytorch = np.arange(channels * int(np.prod(spatial))).reshape(channels, *spatial)
    return np.moveaxis(pytorch, 0, -1).reshape(-1)


def _dense_back(alpha: float, transposed: bool, order):
    """Keras's Dense kernel -> the file's weight: rows back in PyTorch's flat order, transposed, unscaled."""

    def back(kernel):
        rows = kernel
        if order is not None:
            rows = np.empty_like(kernel)
            rows[order] = kernel
        rows = rows / alpha
        return rows.T if transposed else rows

    return back


def onnx_sha256(path: str | Path) -> str:
    """The SHA-256 of an ONNX model and of the files beside it that hold its weights: a re-export that changes
    only the dynamo exporter's `<file>.data` is another model."""
    import hashlib

    import onnx

    path = Path(path)
    digest = hashlib.sha256(path.read_bytes())
    for location in sorted(_weight_files(path, onnx.load(str(path), load_external_data=False))):
        digest.update((path.parent / location).read_bytes())
    return digest.hexdigest()


def write_onnx_weights(source: str | Path, model: keras.Model, path: str | Path) -> Path:
    """Write the ONNX file `source` to `path` with the weights of `model` (the model `load_onnx_file` read
    from it, after pruning and fine-tuning: same layer names) in place of its own, each in the form the file
    holds it (a Gemm's transposed weight, a bias the Add after a MatMul adds): the pruned network for PyTorch
    or any ONNX runtime, its pruned weights exact zeros. A weight the file stores once for several layers or
    inputs (`_Translation._keep`) is written for its first reader and copied for each other (`_copy_name`:
    `bn.running_mean`); a weight the file computes from another (an Identity of it, an Unsqueeze of a PReLU's
    slope) becomes a weight of its own, the nodes computing it dropped. Everything else in the file is kept
    as it is."""
    import onnx
    from onnx import numpy_helper

    proto = _read(Path(source))  # weights beside it read in: model.onnx holds them all
    graph = proto.graph
    translation = _Translation(graph)
    translation.model()  # its sources: which node's input each Keras weight came from
    read_before = {name for node in graph.node for name in node.input}
    _store_identities(graph, translation.file_weights)
    stored = _stored_tensors(graph)
    names = read_before | {name for node in graph.node for name in node.output} | set(stored)
    writes: dict[str, list] = {}  # a weight's name -> (its reader, the input it is, the layer, the values)
    for layer, sources in translation.sources.items():
        for values, (node, position, back) in zip(model.get_layer(layer).get_weights(), sources, strict=True):
            writes.setdefault(node.input[position], []).append((node, position, layer, back(values)))
    added, reshaped, wanted = [], set(), []
    for weight, readers in writes.items():
        first_layer = readers[0][2]
        if weight in stored:  # its first reader's in place
            (*_, values), *readers = readers
            if tuple(stored[weight].dims) != np.shape(values):
                reshaped.add(weight)
            _overwrite(stored[weight], values)
        dtype = translation.constants[weight].dtype
        for node, position, layer, values in readers:
            name = _copy_name(weight, layer, first_layer, _role(node.op_type, position))
            added.append(numpy_helper.from_array(np.asarray(values, dtype), _unused(name, names)))
            node.input[position] = added[-1].name
            wanted.append((added[-1], node, position, name))
    graph.initializer.extend(added)
    _drop_dead(graph, read_before)
    _take_freed_names(graph, wanted)
    _restate_shapes(proto, reshaped, [node.input[position] for _, node, position, _ in wanted])
    onnx.save(proto, str(path))
    return Path(path)


def _copy_name(weight: str, layer: str, first_layer: str, role: str) -> str:
    """The name of a weight written for a reader of its own: its PyTorch module's parameter where the reader
    is the layer the weight is named for (`bn.running_mean` for a BatchNorm1d reading `bn.bias` as its
    mean), else the Keras layer's (`fc_2.weight` for a module's second call)."""
    found = re.fullmatch(r"(.+)\.(weight|bias|running_mean|running_var)", weight)
    module = found.group(1) if found and layer == first_layer else layer
    return f"{module}.{role}"


def _take_freed_names(graph, wanted: list) -> None:
    """A new weight named `act.weight_2` because the weight it replaces (an Unsqueeze's `act.weight`) was
    still in the graph takes its name once `_drop_dead` dropped that."""
    used = {name for node in graph.node for name in [*node.input, *node.output]}
    used |= {t.name for t in graph.initializer} | {v.name for v in [*graph.input, *graph.output]}
    initializers = {tensor.name: tensor for tensor in graph.initializer}  # the graph's copies of `added`
    for tensor, node, position, name in wanted:
        if tensor.name != name and name not in used:
            used.add(name)
            initializers[tensor.name].name = node.input[position] = name


def _restate_shapes(proto, reshaped: set[str], added: list[str]) -> None:
    """Shapes stated in the graph kept true: a weight written in another shape (a PReLU's one slope per
    value) loses the shape an exporter recorded for it (`value_info`) and has it restated where the graph
    lists it as an input; a new weight is listed as an input where the file's IR version (< 4) wants every
    initializer so."""
    graph = proto.graph
    for info in [info for info in graph.value_info if info.name in reshaped]:
        graph.value_info.remove(info)
    initializers = {tensor.name: tensor for tensor in graph.initializer}
    for value in graph.input:
        if value.name in reshaped:
            value.CopyFrom(_input_of(initializers[value.name]))
    if proto.ir_version < 4:
        graph.input.extend(_input_of(initializers[name]) for name in added)


def _input_of(tensor):
    from onnx import helper

    return helper.make_tensor_value_info(tensor.name, tensor.data_type, list(tensor.dims))


def _store_identities(graph, constants: dict) -> None:
    """Each Identity of a weight (`_constants`) replaced by a weight of its output's name and value."""
    from onnx import numpy_helper

    for node in [node for node in graph.node if node.op_type == "Identity" and node.input[0] in constants]:
        graph.initializer.append(numpy_helper.from_array(constants[node.output[0]], node.output[0]))
        graph.node.remove(node)


def _stored_tensors(graph) -> dict:
    """A weight's name -> the TensorProto holding it (an initializer, or a Constant node's value)."""
    stored = {tensor.name: tensor for tensor in graph.initializer}
    for node in graph.node:
        if node.op_type == "Constant":
            stored[node.output[0]] = next(a for a in node.attribute if a.name == "value").t
    return stored


def _overwrite(tensor, values) -> None:
    """`tensor`'s values replaced by `values`, in its own type (read from its header, not its data)."""
    from onnx import helper, numpy_helper

    dtype = helper.tensor_dtype_to_np_dtype(tensor.data_type)
    tensor.CopyFrom(numpy_helper.from_array(np.asarray(values, dtype), tensor.name))


# the PyTorch parameter each weight input is (a name for a copy of a weight read by several inputs)
_ROLES = {
    "BatchNormalization": {1: "weight", 2: "bias", 3: "running_mean", 4: "running_var"},
    "Add": {0: "bias", 1: "bias"},
    # ONNX's W, R and B: PyTorch's weight_ih, weight_hh and its two biases in one
    "GRU": {1: "weight_ih", 2: "weight_hh", 3: "bias"},
    "LSTM": {1: "weight_ih", 2: "weight_hh", 3: "bias"},
}


def _role(op: str, position: int) -> str:
    return _ROLES.get(op, {1: "weight", 2: "bias"})[position]


def _unused(name: str, names: set[str]) -> str:
    """`name`, else `name_2`, `name_3`, ...: the first not in `names` (which takes it)."""
    candidate, n = name, 1
    while candidate in names:
        n += 1
        candidate = f"{name}_{n}"
    names.add(candidate)
    return candidate


def _drop_dead(graph, read_before: set[str]) -> None:
    """What writing the weights left unread: the nodes that computed a weight now written as one (an
    Unsqueeze of a PReLU's slope), then the initializers only they read; what the file itself left unread,
    and graph outputs and inputs, are kept."""
    kept = {value.name for value in [*graph.output, *graph.input]}
    while True:
        read = {name for node in graph.node for name in node.input} | kept
        dead = [n for n in graph.node if not set(n.output) & read and set(n.output) & read_before]
        if not dead:
            break
        for node in dead:
            graph.node.remove(node)
    for tensor in [t for t in graph.initializer if t.name in read_before and t.name not in read]:
        graph.initializer.remove(tensor)


# QONNX's quantizers (Brevitas's `export_qonnx`, FINN)
_QONNX_OPERATORS = {"Quant", "BipolarQuant", "Trunc", "MultiThreshold", "IntQuant", "FloatQuant"}


def _check_operators(graph) -> None:
    unknown = sorted({node.op_type for node in graph.node} - set(ONNX_OPERATORS) - {"Constant"})
    if quantizers := sorted(set(unknown) & _QONNX_OPERATORS):
        raise ValueError(
            f"a quantized QONNX model ({', '.join(quantizers)} nodes, as Brevitas exports one); fpgaprune "
            "prunes float ONNX: export the network with float weights and give its types as the hls4ml "
            "configuration's Precision, or build it in QKeras; to estimate this design, convert it with "
            "hls4ml's QONNX flow and run fpgaprune estimate on the project (docs/your-model.md, \"Brevitas "
            '(QONNX)")'
        )
    if unknown:
        raise ValueError(
            f"operators {', '.join(unknown)} are not translated (fpgaprune reads "
            f"{', '.join(ONNX_OPERATORS)}); {_HOW}"
        )


def _read(path: Path):
    """The ONNX model in `path`, with weights stored beside it (`<file>.data`, as PyTorch's dynamo exporter
    writes them) read in (`_weight_files`)."""
    import onnx

    proto = onnx.load(str(path), load_external_data=False)
    _weight_files(path, proto)
    onnx.load_external_data_for_model(proto, str(path.parent))
    return proto


def _weight_files(path: Path, proto) -> set[str]:
    """The files beside the model that hold its weights: each weight's location must be a plain file in the
    model's own folder, so that a file cannot make fpgaprune read any other file on the machine."""
    from onnx import TensorProto

    constants = [
        attribute.t for node in proto.graph.node for attribute in node.attribute if attribute.HasField("t")
    ]
    files = set()
    for tensor in [*proto.graph.initializer, *constants]:
        if tensor.data_location != TensorProto.EXTERNAL:
            continue
        location = next((entry.value for entry in tensor.external_data if entry.key == "location"), "")
        beside = path.parent / location
        if Path(location).name != location or location in ("", ".", "..") or beside.is_symlink():
            raise ValueError(
                f"weight {tensor.name} is stored in {location!r}, not in a file beside the model; save the "
                "model with its weights beside it (torch.onnx.export's default) or in the file"
            )
        if not beside.is_file():
            raise FileNotFoundError(
                f"weight {tensor.name} is stored in {location}, which is not beside the model; copy it there"
            )
        files.add(location)
    return files


def _constants(graph) -> dict[str, np.ndarray]:
    """The graph's weights: its initializers, the values of its Constant nodes and the Identity of either
    (the TorchScript exporter stores equal weights once: `bn.running_var = Identity(bn.weight)`)."""
    from onnx import numpy_helper

    values = {tensor.name: numpy_helper.to_array(tensor) for tensor in graph.initializer}
    for node in graph.node:
        if node.op_type == "Constant":
            attribute = _attributes(node)
            if "value" not in attribute:
                raise ValueError(f"Constant node {node.name}: only a tensor value is read")
            values[node.output[0]] = attribute["value"]
        elif node.op_type == "Identity" and node.input[0] in values:
            values[node.output[0]] = values[node.input[0]]
    return values


def _fold(node, inputs: list) -> np.ndarray:
    """The value of a node of `_FOLDED` whose inputs (None: absent) are constants, a computed shape's
    `BATCH` kept."""
    from onnx import helper

    op, attributes, data = node.op_type, _attributes(node), np.asarray(inputs[0])
    if op == "Gather":
        value = np.take(data, np.asarray(inputs[1]).astype(np.int64), axis=attributes.get("axis", 0))
    elif op == "Concat":
        value = np.concatenate([np.asarray(part) for part in inputs], axis=attributes["axis"])
    elif op in ("Unsqueeze", "Squeeze"):
        given = attributes.get("axes", inputs[1] if len(inputs) > 1 else None)
        axes = None if given is None else [int(axis) for axis in np.ravel(given)]
        if op == "Unsqueeze":
            value = np.expand_dims(data, tuple(axis % (data.ndim + len(axes)) for axis in axes))
        else:
            value = np.squeeze(data, None if axes is None else tuple(axis % data.ndim for axis in axes))
    elif op == "Slice":
        value = data[_slices(attributes, inputs, data.ndim)]
    elif op == "Cast" and data.dtype != object:
        value = data.astype(helper.tensor_dtype_to_np_dtype(attributes["to"]))
    elif op == "Reshape":  # a 0 keeps the size the input has there (allowzero 0, the default)
        shape = [data.shape[i] if int(d) == 0 else int(d) for i, d in enumerate(np.ravel(inputs[1]))]
        value = data.reshape(shape)
    elif op == "Mul":
        if any(item is BATCH for part in inputs for item in np.ravel(np.asarray(part, dtype=object))):
            raise ValueError(f"node {node.name or 'Mul'}: a product of the batch size in a computed shape")
        value = np.multiply(data, np.asarray(inputs[1]))
    else:  # Identity, or a Cast of a shape holding `BATCH`
        value = data
    value = np.asarray(value)
    settled = value.dtype == object and not any(item is BATCH for item in value.ravel())
    return value.astype(np.int64) if settled else value


def _slices(attributes: dict, inputs: list, rank: int) -> tuple:
    """A Slice's index: its starts, ends, axes and steps (inputs since opset 10, else attributes)."""
    given = [inputs[i] if i < len(inputs) else None for i in range(1, 5)]
    if given[0] is None:
        given = [attributes.get(key) for key in ("starts", "ends", "axes", "steps")]
    starts, ends, axes, steps = (
        [int(v) for v in np.ravel(part)] if part is not None else None for part in given
    )
    index = [slice(None)] * rank
    for i, (start, end) in enumerate(zip(starts, ends, strict=True)):
        axis = axes[i] % rank if axes else i
        index[axis] = slice(start, end, steps[i] if steps else 1)
    return tuple(index)


def _consumers(graph) -> dict[str, list]:
    readers: dict[str, list] = {}
    for node in graph.node:
        for name in node.input:
            readers.setdefault(name, []).append(node)
    return readers


def _attributes(node) -> dict:
    from onnx import helper, numpy_helper

    values = {}
    for attribute in node.attribute:
        value = helper.get_attribute_value(attribute)
        values[attribute.name] = numpy_helper.to_array(value) if hasattr(value, "dims") else value
    return values


def _identifier(name: str) -> str:
    """A Keras layer name hls4ml can write as a C++ identifier: word characters, not a digit first."""
    cleaned = re.sub(r"\W+", "_", name).strip("_") or "layer"
    return f"l_{cleaned}" if cleaned[0].isdigit() else cleaned


def _module_name(weight: str) -> str | None:
    """The PyTorch module of a weight `fc1.weight` (`net.0.weight` -> `net_0`), None for another name
    (`onnx::MatMul_12`, as an exporter names a weight it transposed)."""
    found = re.fullmatch(r"(.+)\.(weight|bias|running_mean|running_var)", weight)
    return _identifier(found.group(1)) if found else None


def _node_base(node) -> str:
    """A layer's name from its node: its PyTorch module's (`_module_of_node`), else the operator's."""
    return _module_of_node(node) or node.op_type.lower()


def _module_of_node(node) -> str | None:
    """The PyTorch module a node comes from: the innermost of the dynamo exporter's name scopes
    (`['', 'net', 'net.1', 'relu']` -> `net_1`), else the TorchScript exporter's node name (`/act1/Relu` ->
    `act1`, `/net/net.1/Relu` -> `net_1`); None for a function called in `forward` (`torch.softmax`)."""
    scopes = next(
        (entry.value for entry in node.metadata_props if entry.key == "pkg.torch.onnx.name_scopes"), None
    )
    if scopes is not None:
        try:
            names = ast.literal_eval(scopes)  # a list of strings: data, nothing runs
        except Exception:  # noqa: BLE001 (any malformed text, however deep: no name from it)
            names = None
        if isinstance(names, list) and len(names) >= 3 and names[-2]:
            return _identifier(str(names[-2]))
        if isinstance(names, list):
            return None
    parts = [part for part in node.name.split("/") if part]
    return _identifier(parts[-2]) if len(parts) >= 2 else None
