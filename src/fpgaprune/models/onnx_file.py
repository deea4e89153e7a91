"""An ONNX file (a PyTorch model exported with `torch.onnx.export`) read into the same model in tf_keras.

fpgaprune prunes, fine-tunes and writes hls4ml designs of tf_keras models. An ONNX file is plain data (a
protobuf graph of operators and their weights): this module reads it with the `onnx` package, checks it
(`onnx.checker`), and builds the tf_keras layers that compute the same, with the file's weights. Nothing in
the file runs. What is translated is a network of fully connected layers, as PyTorch exports an MLP (a jet
tagger of `nn.Linear`, `nn.BatchNorm1d`, activations): inputs of shape (batch, features), and the operators in
`ONNX_OPERATORS`; anything else (a convolution, a reshape, an operator not listed, weights stored outside the
file) is refused with one line before anything is built.

Names: a weight layer takes its PyTorch module's name (the initializer `fc1.weight` gives the Dense `fc1`;
dots become underscores: `net.0.weight` gives `net_0`), so an hls4ml configuration's `LayerName` entries name
the layers as the PyTorch model does; an activation takes its module's name from the node (`/act1/Relu` gives
`act1`), else the operator's. That the built model computes what the file does is checked against ONNX's
reference implementation (`onnx.reference`) by `tests/models/test_onnx_file.py`.
"""

import re
from pathlib import Path

from fpgaprune.compat import keras

import numpy as np

# ONNX operator -> what it becomes (the rest are refused)
ONNX_OPERATORS = {
    "Gemm": "Dense",
    "MatMul": "Dense (with the Add of a bias after it)",
    "Relu": "ReLU",
    "LeakyRelu": "LeakyReLU",
    "Sigmoid": "sigmoid",
    "Tanh": "tanh",
    "Softmax": "softmax (over the features)",
    "Elu": "ELU",
    "BatchNormalization": "BatchNormalization",
    "Add": "Add (of two layers' outputs)",
    "Concat": "Concatenate (of the features)",
    "Flatten": "nothing (a (batch, features) tensor is flat)",
    "Identity": "nothing",
    "Dropout": "nothing (inference)",
}
_ACTIVATIONS = {"Relu": "relu", "Sigmoid": "sigmoid", "Tanh": "tanh", "Softmax": "softmax"}
_PASSED = ("Flatten", "Identity", "Dropout")
_HOW = "export an MLP of nn.Linear, nn.BatchNorm1d and activations, or save the model in Keras"


def load_onnx_file(path: str | Path) -> keras.Model:
    """The tf_keras model computing what the ONNX file `path` computes (module docstring).

    Raises:
        ValueError: one line naming the file: not a valid ONNX model, an operator or input shape this does
            not translate, weights stored outside the file.
    """
    import onnx

    path = Path(path)
    try:
        proto = onnx.load(str(path), load_external_data=False)
        if external := _external_weight(proto.graph):
            raise ValueError(
                f"weight {external} is stored outside the file; save the model as one file "
                "(onnx.save(model, path) without save_as_external_data)"
            )
        onnx.checker.check_model(proto)
    except ValueError as error:
        raise ValueError(f"{path}: {error}") from None
    except Exception as error:  # noqa: BLE001 (protobuf's DecodeError, onnx's ValidationError, ...: one line)
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise ValueError(f"{path}: not a valid ONNX model ({first})") from None
    try:
        return _Translation(proto.graph).model()
    except ValueError as error:
        raise ValueError(f"{path}: {error}") from None


class _Translation:
    """The graph's nodes, in the (topological) order ONNX stores them, built into tf_keras layers."""

    def __init__(self, graph):
        self.graph = graph
        self.constants = _constants(graph)
        self.tensors: dict = {}  # ONNX tensor name -> Keras tensor
        self.weights: dict[str, list[np.ndarray]] = {}  # Keras layer name -> its weights
        self.names: set[str] = set()
        self.consumers = _consumers(graph)
        self.fused: set[str] = set()  # Add nodes folded into the MatMul before them
        # Keras layer name -> for each of its weights, (the ONNX constant it was read from, Keras -> ONNX)
        self.sources: dict[str, list[tuple[str, object]]] = {}

    def model(self) -> keras.Model:
        _check_operators(self.graph)
        inputs = [self._input(value) for value in self.graph.input if value.name not in self.constants]
        if not inputs:
            raise ValueError("the graph has no input (every input is a weight)")
        for node in self.graph.node:
            if node.op_type != "Constant" and node.name not in self.fused:
                self._translate(node)
        outputs = [self.tensors[value.name] for value in self.graph.output]
        model = keras.Model(
            inputs[0] if len(inputs) == 1 else inputs,
            outputs[0] if len(outputs) == 1 else outputs,
            name=_identifier(self.graph.name or "onnx_model"),
        )
        for name, values in self.weights.items():
            model.get_layer(name).set_weights(values)
        return model

    def _input(self, value):
        dims = [
            dim.dim_value if dim.HasField("dim_value") else None for dim in value.type.tensor_type.shape.dim
        ]
        if len(dims) != 2 or dims[1] is None:
            shape = "x".join("?" if dim is None else str(dim) for dim in dims)
            raise ValueError(
                f"input {value.name} has shape {shape or 'unknown'}; fpgaprune reads ONNX models of inputs "
                f"(batch, features), an MLP's: {_HOW}"
            )
        tensor = keras.Input((dims[1],), name=self._unique(_identifier(value.name)))
        self.tensors[value.name] = tensor
        return tensor

    def _translate(self, node) -> None:
        op = node.op_type
        if op in _PASSED:
            self.tensors[node.output[0]] = self._read(node, 0)
        elif op in ("Gemm", "MatMul"):
            self._dense(node)
        elif op in _ACTIVATIONS:
            if op == "Softmax":
                self._check_feature_axis(node, default=-1)
            self._layer(node, keras.layers.Activation(_ACTIVATIONS[op], name=self._node_name(node)))
        elif op == "LeakyRelu":
            alpha = _attributes(node).get("alpha", 0.01)
            self._layer(node, keras.layers.LeakyReLU(alpha=alpha, name=self._node_name(node)))
        elif op == "Elu":
            self._layer(
                node, keras.layers.ELU(alpha=_attributes(node).get("alpha", 1.0), name=self._node_name(node))
            )
        elif op == "BatchNormalization":
            self._batchnorm(node)
        elif op == "Add":
            self._merge(node, keras.layers.Add(name=self._node_name(node)))
        elif op == "Concat":
            self._check_feature_axis(node)
            self._merge(node, keras.layers.Concatenate(name=self._node_name(node)))

    def _read(self, node, position: int):
        name = node.input[position]
        if name not in self.tensors:
            raise ValueError(
                f"node {node.name or node.op_type} ({node.op_type}) reads {name}, a constant, where "
                f"fpgaprune translates only a layer's output; {_HOW}"
            )
        return self.tensors[name]

    def _layer(self, node, layer) -> None:
        self.tensors[node.output[0]] = layer(self._read(node, 0))

    def _merge(self, node, layer) -> None:
        self.tensors[node.output[0]] = layer([self._read(node, i) for i in range(len(node.input))])

    def _dense(self, node) -> None:
        """A Gemm (`nn.Linear`: Y = alpha A B' + beta C) or a MatMul by a weight, with the Add of a bias after
        it when that Add is the MatMul's only reader, as one Dense."""
        kernel = self._constant(node, 1)
        attributes = _attributes(node)
        output, bias = node.output[0], None
        alpha, beta = attributes.get("alpha", 1.0), attributes.get("beta", 1.0)
        transposed = bool(attributes.get("transB", 0)) and node.op_type == "Gemm"
        kernel_back = (lambda k: k.T / alpha) if transposed else (lambda k: k / alpha)
        sources = [(node.input[1], kernel_back)]
        if node.op_type == "Gemm":
            if attributes.get("transA", 0):
                raise ValueError(f"node {node.name or 'Gemm'}: Gemm with transA=1 (a transposed input)")
            kernel = (kernel.T if transposed else kernel) * alpha
            if len(node.input) > 2 and node.input[2] and beta != 0:
                bias = self._constant(node, 2) * beta
                shape = bias.shape
                sources.append((node.input[2], lambda b: np.broadcast_to(b / beta, shape)))
        elif (add := self._bias_add(output)) is not None:
            node_add, bias, bias_name = add
            self.fused.add(node_add.name)
            output = node_add.output[0]
            shape = bias.shape
            sources.append((bias_name, lambda b: np.broadcast_to(b, shape)))
        if kernel.ndim != 2:
            raise ValueError(
                f"node {node.name or node.op_type}: a weight of shape {kernel.shape}, not (in, out)"
            )
        units = kernel.shape[1]
        name = self._unique(_module_name(node.input[1]) or _node_base(node))
        layer = keras.layers.Dense(units, use_bias=bias is not None, name=name)
        self.tensors[output] = layer(self._read(node, 0))
        values = [kernel.astype("float32")]
        if bias is not None:
            values.append(np.broadcast_to(bias, (units,)).astype("float32"))
        self.weights[name] = values
        self.sources[name] = sources

    def _bias_add(self, output: str):
        """(the Add node, its constant) when a MatMul's output is read only by an Add of a constant."""
        readers = self.consumers.get(output, [])
        if len(readers) != 1 or readers[0].op_type != "Add":
            return None
        add = readers[0]
        other = [name for name in add.input if name != output]
        if len(other) != 1 or other[0] not in self.constants:
            return None
        if not add.name:  # fused by name: give it one
            add.name = f"{output}_bias_add"
        return add, self.constants[other[0]], other[0]

    def _batchnorm(self, node) -> None:
        gamma, beta, mean, variance = (self._constant(node, i) for i in range(1, 5))
        epsilon = _attributes(node).get("epsilon", 1e-5)
        name = self._unique(_module_name(node.input[1]) or _node_base(node))
        layer = keras.layers.BatchNormalization(epsilon=epsilon, name=name)
        self.tensors[node.output[0]] = layer(self._read(node, 0))
        self.weights[name] = [values.astype("float32") for values in (gamma, beta, mean, variance)]
        self.sources[name] = [(node.input[i], lambda values: values) for i in range(1, 5)]

    @staticmethod
    def _check_feature_axis(node, default=None) -> None:
        axis = _attributes(node).get("axis", default)
        if axis not in (1, -1):
            raise ValueError(
                f"node {node.name or node.op_type}: {node.op_type} over axis {axis}, not the features (1)"
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
        candidate, n = name, 1
        while candidate in self.names:
            n += 1
            candidate = f"{name}_{n}"
        self.names.add(candidate)
        return candidate


def write_onnx_weights(source: str | Path, model: keras.Model, path: str | Path) -> Path:
    """Write the ONNX file `source` to `path` with the weights of `model` (the model `load_onnx_file` read
    from it, after pruning and fine-tuning: same layer names) in place of its own, each in the form the file
    holds it (a Gemm's transposed weight, a bias the Add after a MatMul adds): the pruned network for PyTorch
    or any ONNX runtime, its pruned weights exact zeros. Everything else in the file is kept as it is."""
    import onnx
    from onnx import numpy_helper

    proto = onnx.load(str(source), load_external_data=False)
    translation = _Translation(proto.graph)
    translation.model()  # its sources: which constant each Keras weight came from
    written = {}
    for layer, sources in translation.sources.items():
        for values, (name, back) in zip(model.get_layer(layer).get_weights(), sources, strict=True):
            written[name] = back(values)
    for tensor in proto.graph.initializer:
        if tensor.name in written:
            dtype = numpy_helper.to_array(tensor).dtype
            tensor.CopyFrom(numpy_helper.from_array(np.asarray(written.pop(tensor.name), dtype), tensor.name))
    for node in proto.graph.node:
        if node.op_type == "Constant" and node.output[0] in written:
            value = next(attribute for attribute in node.attribute if attribute.name == "value")
            dtype = numpy_helper.to_array(value.t).dtype
            value.t.CopyFrom(numpy_helper.from_array(np.asarray(written.pop(node.output[0]), dtype)))
    onnx.save(proto, str(path))
    return Path(path)


def _check_operators(graph) -> None:
    unknown = sorted({node.op_type for node in graph.node} - set(ONNX_OPERATORS) - {"Constant"})
    if unknown:
        raise ValueError(
            f"operators {', '.join(unknown)} are not translated (fpgaprune reads "
            f"{', '.join(ONNX_OPERATORS)}); {_HOW}"
        )


def _external_weight(graph) -> str | None:
    """The name of a weight stored outside the file (`onnx.save(..., save_as_external_data=True)`), which is
    not read: fpgaprune reads one file, and a path in it could name any file on the machine."""
    from onnx import TensorProto

    return next((t.name for t in graph.initializer if t.data_location == TensorProto.EXTERNAL), None)


def _constants(graph) -> dict[str, np.ndarray]:
    """The graph's weights: its initializers and the values of its Constant nodes."""
    from onnx import numpy_helper

    values = {tensor.name: numpy_helper.to_array(tensor) for tensor in graph.initializer}
    for node in graph.node:
        if node.op_type == "Constant":
            attribute = _attributes(node)
            if "value" not in attribute:
                raise ValueError(f"Constant node {node.name}: only a tensor value is read")
            values[node.output[0]] = attribute["value"]
    return values


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
    return _module_of_node(node.name) or node.op_type.lower()


def _module_of_node(node_name: str) -> str | None:
    """The PyTorch module a node comes from (`/act1/Relu` -> `act1`, `/net/net.1/Relu` -> `net_1`)."""
    parts = [part for part in node_name.split("/") if part]
    return _identifier(parts[-2]) if len(parts) >= 2 else None
