"""A PyTorch MLP exported to ONNX, read into tf_keras (`fpgaprune.models.onnx_file`): the built model computes
what ONNX's reference implementation (`onnx.reference`) computes from the same file, its layers named by the
PyTorch modules; what is not translated is one line before anything is built.

The files are written here with `onnx.helper` in the two forms PyTorch's exporters give an `nn.Linear`: a Gemm
of the transposed weight (`torch.onnx.export`'s TorchScript exporter, a batch of 1 fixed) and a MatMul by the
weight followed by the Add of its bias (the dynamo exporter, a symbolic batch).
"""

import logging
from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

N_IN, HIDDEN, CLASSES = 16, 12, 5
# a QONNX file as Brevitas's export_qonnx wrote it (README.md of user_projects/)
BREVITAS_MLP = Path(__file__).parents[1] / "core/hardware/data/user_projects/brevitas_mlp/brevitas_mlp.onnx"


def _weights(seed: int = 0) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    return {
        "fc1.weight": rng.normal(size=(HIDDEN, N_IN)),  # PyTorch's (out, in)
        "fc1.bias": rng.normal(size=HIDDEN),
        "bn.weight": rng.uniform(0.5, 1.5, HIDDEN),
        "bn.bias": rng.normal(size=HIDDEN),
        "bn.running_mean": rng.normal(size=HIDDEN),
        "bn.running_var": rng.uniform(0.5, 2.0, HIDDEN),
        "fc2.weight": rng.normal(size=(HIDDEN, HIDDEN)),
        "fc2.bias": rng.normal(size=HIDDEN),
        "out.weight": rng.normal(size=(CLASSES, HIDDEN)),
        "out.bias": rng.normal(size=CLASSES),
    }


def _file(path, nodes, initializers: dict, batch, input_name: str = "input", shape=(N_IN,)) -> str:
    graph = helper.make_graph(
        nodes,
        "tagger",
        [helper.make_tensor_value_info(input_name, TensorProto.FLOAT, [batch, *shape])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, [batch, CLASSES])],
        [numpy_helper.from_array(np.asarray(v, np.float32), name) for name, v in initializers.items()],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], ir_version=8)
    onnx.checker.check_model(model)
    onnx.save(model, str(path))
    return str(path)


def gemm_mlp(path, weights: dict[str, np.ndarray] | None = None) -> str:
    """fc1 -> ReLU -> BatchNorm1d -> fc2 -> LeakyReLU(0.2) -> out -> softmax, as the TorchScript exporter
    writes it (Gemm with transB=1, node names `/<module>/<Op>`, a batch of 1); `weights` by PyTorch's names
    and shapes (`_weights`' keys), random when not given."""
    node = helper.make_node
    nodes = [
        node("Gemm", ["input", "fc1.weight", "fc1.bias"], ["h1"], name="/fc1/Gemm", transB=1),
        node("Relu", ["h1"], ["a1"], name="/act1/Relu"),
        node(
            "BatchNormalization",
            ["a1", "bn.weight", "bn.bias", "bn.running_mean", "bn.running_var"],
            ["b1"],
            name="/bn/BatchNormalization",
            epsilon=1e-3,
        ),
        node("Gemm", ["b1", "fc2.weight", "fc2.bias"], ["h2"], name="/fc2/Gemm", transB=1),
        node("LeakyRelu", ["h2"], ["a2"], name="/act2/LeakyRelu", alpha=0.2),
        node("Dropout", ["a2"], ["d2"], name="/drop/Dropout"),
        node("Gemm", ["d2", "out.weight", "out.bias"], ["logits"], name="/out/Gemm", transB=1),
        node("Softmax", ["logits"], ["probabilities"], name="/softmax/Softmax", axis=1),
    ]
    return _file(path, nodes, _weights() if weights is None else weights, 1)


def matmul_mlp(path) -> str:
    """Two branches of the input (MatMul + Add, tanh; MatMul + Add, sigmoid) concatenated and added to, then
    the output layer, as the dynamo exporter writes `nn.Linear` (weights transposed under `onnx::` names, a
    symbolic batch, a Constant node)."""
    w = _weights(1)
    node = helper.make_node
    constants = {
        "onnx::MatMul_1": w["fc1.weight"].T,
        "fc1.bias": w["fc1.bias"],
        "onnx::MatMul_2": w["fc2.weight"][:, :1].T.repeat(N_IN, 0) / N_IN,  # (16, 12)
        "fc2.bias": w["fc2.bias"],
        "onnx::MatMul_3": np.concatenate([w["out.weight"].T, w["out.weight"].T]),  # (24, 5)
    }
    bias = numpy_helper.from_array(w["out.bias"].astype(np.float32), "out_bias_value")
    nodes = [
        node("MatMul", ["x", "onnx::MatMul_1"], ["m1"], name="/fc1/MatMul"),
        node("Add", ["m1", "fc1.bias"], ["h1"], name="/fc1/Add"),
        node("Tanh", ["h1"], ["a1"], name="/act1/Tanh"),
        node("MatMul", ["x", "onnx::MatMul_2"], ["m2"], name="/fc2/MatMul"),
        node("Add", ["fc2.bias", "m2"], ["h2"], name="/fc2/Add"),
        node("Sigmoid", ["h2"], ["a2"], name="/act2/Sigmoid"),
        node("Add", ["a1", "a2"], ["sum"], name="/Add"),
        node("Concat", ["sum", "a1"], ["joined"], name="/Concat", axis=1),
        node("Constant", [], ["out_bias"], name="/Constant", value=bias),
        node("MatMul", ["joined", "onnx::MatMul_3"], ["m3"], name="/out/MatMul"),
        node("Add", ["m3", "out_bias"], ["logits"], name="/out/Add"),
        node("Softmax", ["logits"], ["probabilities"], name="/Softmax", axis=-1),
    ]
    return _file(path, nodes, constants, "batch", input_name="x")


def cnn2d(path, flatten: str = "Flatten") -> str:
    """An image CNN as the TorchScript exporter writes it, channels first: conv1 (3x3, PyTorch's padding=1:
    Keras's "same") -> ReLU -> 2x2 max pooling -> conv2 (3x3, no padding) -> BatchNorm2d -> ReLU -> a
    depthwise 3x3 of stride 2 and padding 1 (which Keras's "same" pads otherwise: a ZeroPadding2D before) ->
    flatten (`flatten`: a Flatten, or a Reshape to (-1, features) as `x.reshape(-1, 32)` exports) -> fc ->
    softmax; 1 x 12 x 12 images."""
    rng = np.random.default_rng(5)
    node = helper.make_node
    weights = {
        "conv1.weight": rng.normal(size=(4, 1, 3, 3)),
        "conv1.bias": rng.normal(size=4),
        "conv2.weight": rng.normal(size=(8, 4, 3, 3)) / 3,
        "conv2.bias": rng.normal(size=8),
        "bn.weight": rng.uniform(0.5, 1.5, 8),
        "bn.bias": rng.normal(size=8),
        "bn.running_mean": rng.normal(size=8),
        "bn.running_var": rng.uniform(0.5, 2.0, 8),
        "dw.weight": rng.normal(size=(8, 1, 3, 3)),
        "fc.weight": rng.normal(size=(CLASSES, 32)) / 4,
        "fc.bias": rng.normal(size=CLASSES),
        "shape": np.array([-1, 32]),
    }
    flattening = (
        node("Flatten", ["d1"], ["flat"], name="/flatten/Flatten", axis=1)
        if flatten == "Flatten"
        else node("Reshape", ["d1", "shape"], ["flat"], name="/Reshape")
    )
    nodes = [
        node("Conv", ["image", "conv1.weight", "conv1.bias"], ["c1"], name="/conv1/Conv", kernel_shape=[3, 3],
             pads=[1, 1, 1, 1]),
        node("Relu", ["c1"], ["r1"], name="/act1/Relu"),
        node("MaxPool", ["r1"], ["p1"], name="/pool/MaxPool", kernel_shape=[2, 2], strides=[2, 2]),
        node("Conv", ["p1", "conv2.weight", "conv2.bias"], ["c2"], name="/conv2/Conv", kernel_shape=[3, 3]),
        node("BatchNormalization", ["c2", "bn.weight", "bn.bias", "bn.running_mean", "bn.running_var"],
             ["b2"], name="/bn/BatchNormalization"),
        node("Relu", ["b2"], ["r2"], name="/act2/Relu"),
        node("Conv", ["r2", "dw.weight"], ["d1"], name="/dw/Conv", kernel_shape=[3, 3], group=8,
             pads=[1, 1, 1, 1], strides=[2, 2]),
        flattening,
        node("Gemm", ["flat", "fc.weight", "fc.bias"], ["logits"], name="/fc/Gemm", transB=1),
        node("Softmax", ["logits"], ["probabilities"], name="/softmax/Softmax", axis=1),
    ]  # fmt: skip
    initializers = {name: value for name, value in weights.items() if name != "shape"}
    if flatten != "Flatten":
        initializers["shape"] = weights["shape"]
    graph_file = _file(path, nodes, initializers, 1, input_name="image", shape=(1, 12, 12))
    if flatten != "Flatten":  # a shape is int64, as the exporter writes it
        model = onnx.load(graph_file)
        shape = next(t for t in model.graph.initializer if t.name == "shape")
        shape.CopyFrom(numpy_helper.from_array(weights["shape"].astype(np.int64), "shape"))
        onnx.save(model, graph_file)
    return graph_file


def cnn1d(path, weights: dict[str, np.ndarray] | None = None) -> str:
    """A Conv1d tagger of 3 features over 20 constituents: conv1 (kernel 5, padding 2) -> ReLU -> average
    pooling 2 -> conv2 (kernel 3) -> ReLU -> global average pooling -> flatten -> fc -> softmax; `weights` by
    PyTorch's names and shapes, random when not given."""
    rng = np.random.default_rng(6)
    node = helper.make_node
    weights = weights or {
        "conv1.weight": rng.normal(size=(6, 3, 5)),
        "conv1.bias": rng.normal(size=6),
        "conv2.weight": rng.normal(size=(8, 6, 3)) / 2,
        "conv2.bias": rng.normal(size=8),
        "fc.weight": rng.normal(size=(CLASSES, 8)),
        "fc.bias": rng.normal(size=CLASSES),
    }
    nodes = [
        node("Conv", ["x", "conv1.weight", "conv1.bias"], ["c1"], name="/conv1/Conv", kernel_shape=[5],
             pads=[2, 2]),
        node("Relu", ["c1"], ["r1"], name="/act1/Relu"),
        node("AveragePool", ["r1"], ["p1"], name="/pool/AveragePool", kernel_shape=[2], strides=[2]),
        node("Conv", ["p1", "conv2.weight", "conv2.bias"], ["c2"], name="/conv2/Conv", kernel_shape=[3]),
        node("Relu", ["c2"], ["r2"], name="/act2/Relu"),
        node("GlobalAveragePool", ["r2"], ["g"], name="/GlobalAveragePool"),
        node("Flatten", ["g"], ["flat"], name="/Flatten", axis=1),
        node("Gemm", ["flat", "fc.weight", "fc.bias"], ["logits"], name="/fc/Gemm", transB=1),
        node("Softmax", ["logits"], ["probabilities"], name="/Softmax", axis=1),
    ]  # fmt: skip
    return _file(path, nodes, weights, "batch", input_name="x", shape=(3, 20))


def _samples(path: str, n: int, seed: int = 2) -> np.ndarray:
    """Inputs of the file's shape, channels first as PyTorch gives them."""
    dims = [d.dim_value for d in onnx.load(path).graph.input[0].type.tensor_type.shape.dim[1:]]
    return np.random.default_rng(seed).uniform(-2, 2, size=(n, *dims)).astype(np.float32)


def _channels_last(x: np.ndarray) -> np.ndarray:
    return x if x.ndim == 2 else np.moveaxis(x, 1, -1)


def _reference(path: str, x: np.ndarray) -> np.ndarray:
    from onnx.reference import ReferenceEvaluator

    session = ReferenceEvaluator(path)
    name = session.input_names[0]
    return np.concatenate([session.run(None, {name: row[None]})[0] for row in x])


CNN2D_LAYERS = ["image", "conv1", "act1", "pool", "conv2", "bn", "act2", "dw_pad", "dw"]


@pytest.mark.parametrize(
    ("write", "layers"),
    [
        (gemm_mlp, ["input", "fc1", "act1", "bn", "fc2", "act2", "out", "softmax"]),
        (matmul_mlp, ["x", "fc1", "fc2", "act1", "act2", "add", "concat", "out", "softmax"]),
        (cnn2d, [*CNN2D_LAYERS, "flatten", "fc", "softmax"]),
        (lambda path: cnn2d(path, "Reshape"), [*CNN2D_LAYERS, "reshape", "fc", "softmax"]),
        (cnn1d, ["x", "conv1", "act1", "pool", "conv2", "act2", "globalaveragepool", "fc", "softmax"]),
    ],
)
def test_an_exported_network_computes_what_onnx_computes_with_its_modules_names(tmp_path, write, layers):
    """Maps are built channels last (the model's input too): the same values as ONNX's on the same samples
    moved so, a flatten's Dense taking its rows in Keras's order."""
    from fpgaprune.models.load import load_model_file

    path = write(tmp_path / "model.onnx")
    model = load_model_file(path)
    assert [layer.name for layer in model.layers] == layers
    x = _samples(path, 64)
    expected = _reference(path, x)
    assert np.abs(model.predict(_channels_last(x), verbose=0) - expected).max() < 1e-5
    assert len(set(np.argmax(expected, axis=1))) > 1  # the comparison is not of one constant class


def _refusal(path) -> str:
    from fpgaprune.models.load import load_model_file

    with pytest.raises(ValueError) as info:
        load_model_file(path)
    message = str(info.value)
    assert "\n" not in message and message.startswith(f"{path}: "), message
    return message


def _one_node_file(path, node, shape_in, shape_out, weights=None) -> str:
    graph = helper.make_graph(
        [node],
        "one",
        [helper.make_tensor_value_info("image", TensorProto.FLOAT, shape_in)],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, shape_out)],
        [numpy_helper.from_array(np.asarray(v, np.float32), name) for name, v in (weights or {}).items()],
    )
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], ir_version=8), str(path))
    return str(path)


def test_what_is_not_translated_is_one_line_naming_it(tmp_path):
    node = helper.make_node
    path = tmp_path / "one.onnx"
    kernel = {"conv.weight": np.ones((2, 1, 3, 3))}
    dilated = node(
        "Conv", ["image", "conv.weight"], ["y"], name="/conv/Conv", kernel_shape=[3, 3], dilations=[2, 2]
    )
    _one_node_file(path, dilated, [1, 1, 8, 8], [1, 2, 4, 4], kernel)
    assert _refusal(path).endswith("node /conv/Conv: dilations [2, 2]; hls4ml builds no dilated window")
    refusal = _refusal(BREVITAS_MLP)
    assert "a quantized QONNX model (Quant nodes, as Brevitas exports one); fpgaprune prunes float" in refusal
    assert "convert it with hls4ml's QONNX flow and run fpgaprune estimate on the project" in refusal
    transpose = node("Transpose", ["image"], ["y"], perm=[0, 2, 1], name="/Transpose")
    _one_node_file(path, transpose, [1, 3, 8], [1, 8, 3])
    assert "node /Transpose: a Transpose of a tensor other than a GRU/LSTM's input or output" in _refusal(
        path
    )
    _one_node_file(path, node("Erf", ["image"], ["y"]), [1, 8], [1, 8])  # nn.GELU's
    assert "operators Erf are not translated (fpgaprune reads Gemm, MatMul, Conv" in _refusal(path)
    _one_node_file(path, node("Relu", ["image"], ["y"]), [1, 3, 8, 8, 8], [1, 3, 8, 8, 8])
    assert "input image has shape 1x3x8x8x8; fpgaprune reads ONNX inputs of shape (batch, features)" in (
        _refusal(path)
    )
    _one_node_file(path, node("Relu", ["image"], ["y"]), [1, 3, 8, 8], [1, 3, 8, 8])
    assert "an output is a map of channels, not (batch, features)" in _refusal(path)
    floor = node("Max", ["image", "three"], ["y"], name="/Max")
    _one_node_file(path, floor, [1, 8], [1, 8], {"three": np.float32(3)})
    assert _refusal(path).endswith(
        "node /Max: a Max other than of a layer's output and 0; fpgaprune reads that one (`x.clamp(min=0)`) "
        "as a ReLU"
    )
    hardtanh = node("Clip", ["image", "low", "high"], ["y"], name="/ht/Clip")
    _one_node_file(path, hardtanh, [1, 8], [1, 8], {"low": np.float32(-1), "high": np.float32(1)})
    assert _refusal(path).endswith(
        "node /ht/Clip: a Clip from -1 to 1 (`clamp`, `nn.Hardtanh`); hls4ml builds a Clip from 0 to 6 "
        "(`nn.ReLU6`) or from 0 (a ReLU) only"
    )
    (tmp_path / "junk.onnx").write_bytes(b"\x00not a protobuf at all" * 10)
    assert "not a valid ONNX model (" in _refusal(tmp_path / "junk.onnx")


def test_weights_stored_beside_the_file_are_read_and_a_missing_one_is_one_line(tmp_path):
    """`onnx.save(..., save_as_external_data=True)` (PyTorch's dynamo exporter's default) keeps the weights in
    a file beside the model."""
    from fpgaprune.models.load import load_model_file

    inline = gemm_mlp(tmp_path / "one.onnx")
    path = tmp_path / "external.onnx"
    onnx.save(
        onnx.load(inline), str(path), save_as_external_data=True, location="weights.data", size_threshold=0
    )
    x = _samples(inline, 8)
    assert np.array_equal(
        load_model_file(path).predict(x, verbose=0), load_model_file(inline).predict(x, verbose=0)
    )
    (tmp_path / "weights.data").unlink()
    with pytest.raises(
        FileNotFoundError, match=r"external.onnx: weight fc1.weight is stored in weights.data, which"
    ):
        load_model_file(path)


@pytest.mark.parametrize("write", [gemm_mlp, matmul_mlp, cnn2d, cnn1d])
def test_pruned_weights_are_written_back_in_the_files_own_form(tmp_path, write):
    """`write_onnx_weights`: the model read from the file, with weights zeroed and changed as pruning and
    fine-tuning change them, written into the file (a Gemm's transposed weight, a MatMul's bias in its Add or
    a Constant node): ONNX's reference computes what the changed Keras model does, its zeros exact."""
    from fpgaprune.models.load import load_model_file
    from fpgaprune.models.onnx_file import write_onnx_weights

    source = write(tmp_path / "model.onnx")
    model = load_model_file(source)
    rng = np.random.default_rng(3)
    for layer in model.layers:
        values = layer.get_weights()
        if values:
            changed = [v + rng.normal(scale=0.1, size=v.shape) for v in values]
            if layer.name in ("fc1", "conv1"):
                changed[0][..., :4] = 0  # four outputs pruned away
            layer.set_weights([v.astype(np.float32) if v.ndim else v for v in changed])
    if "bn" in [layer.name for layer in model.layers]:  # a variance stays positive
        bn = model.get_layer("bn")
        bn.set_weights([*bn.get_weights()[:3], np.abs(bn.get_weights()[3]) + 0.5])
    written = write_onnx_weights(source, model, tmp_path / "pruned.onnx")
    x = _samples(source, 32, seed=4)
    assert np.abs(_reference(str(written), x) - model.predict(_channels_last(x), verbose=0)).max() < 1e-5
    stored = {t.name: numpy_helper.to_array(t) for t in onnx.load(str(written)).graph.initializer}
    first = (
        next(n for n in ("fc1.weight", "conv1.weight") if n in stored)
        if "onnx::MatMul_1" not in stored
        else None
    )
    pruned = stored[first] if first else stored["onnx::MatMul_1"].T  # PyTorch's (out, in, ...)
    assert np.count_nonzero(pruned[:4]) == 0 and np.count_nonzero(pruned[4:]) == pruned[4:].size


def _mlp_file(path, nodes, initializers, outputs: int = CLASSES) -> str:
    graph = helper.make_graph(
        nodes,
        "mlp",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, N_IN])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, outputs])],
        [numpy_helper.from_array(np.asarray(v, np.float32), name) for name, v in initializers.items()],
    )
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], ir_version=8), str(path))
    return str(path)


def test_a_bias_of_shape_1_n_and_unnamed_adds_are_read(tmp_path):
    """A Gemm's bias of shape (1, N) (valid ONNX) ended in numpy's broadcasting error; two bias Adds of one
    name (ONNX does not make node names unique) ended in a KeyError, as the fusion was keyed by name."""
    rng = np.random.default_rng(7)
    node = helper.make_node
    weights = {
        "w1": rng.normal(size=(N_IN, N_IN)),
        "b1": rng.normal(size=N_IN),
        "w2": rng.normal(size=(CLASSES, N_IN)),
    }
    weights["b2"] = rng.normal(size=(1, CLASSES))
    nodes = [
        node("MatMul", ["x", "w1"], ["m1"], name="Add"),
        node("Add", ["m1", "b1"], ["h"], name="Add"),
        node("Gemm", ["h", "w2", "b2"], ["y"], name="Add", transB=1),
    ]
    path = _mlp_file(tmp_path / "m.onnx", nodes, weights)
    from fpgaprune.models.load import load_model_file
    from fpgaprune.models.onnx_file import write_onnx_weights

    model = load_model_file(path)
    x = _samples(path, 8)
    assert np.abs(model.predict(x, verbose=0) - _reference(path, x)).max() < 1e-4
    written = write_onnx_weights(path, model, tmp_path / "back.onnx")
    assert np.abs(_reference(str(written), x) - _reference(path, x)).max() < 1e-4


def test_a_weight_read_by_two_layers_is_copied_into_each_and_written_apart(tmp_path, caplog):
    """A weight several layers read (a module called twice, or equal values an exporter stored once) was one
    line refusing the file, also where PyTorch's exporters had merely stored equal weights once: it is now a
    copy in each Keras layer, pruned apart and written back apart, with a warning naming it."""
    from fpgaprune.models.load import load_model_file
    from fpgaprune.models.onnx_file import write_onnx_weights

    rng = np.random.default_rng(8)
    node = helper.make_node
    shared = {"fc.weight": rng.normal(size=(N_IN, N_IN)), "out.weight": rng.normal(size=(CLASSES, N_IN))}
    nodes = [
        node("Gemm", ["x", "fc.weight"], ["a"], name="/fc/Gemm", transB=1),
        node("Relu", ["a"], ["r"], name="/act/Relu"),
        node("Gemm", ["r", "fc.weight"], ["b"], name="/fc_1/Gemm", transB=1),
        node("Gemm", ["b", "out.weight"], ["y"], name="/out/Gemm", transB=1),
    ]
    path = _mlp_file(tmp_path / "shared.onnx", nodes, shared)
    with caplog.at_level(logging.WARNING, logger="fpgaprune.models.onnx_file"):
        model = load_model_file(path)
    assert "shared.onnx: weight fc.weight is read by layers fc, fc_2 (equal values" in caplog.text
    first, second = model.get_layer("fc"), model.get_layer("fc_2")
    assert np.array_equal(first.get_weights()[0], second.get_weights()[0])
    kernel = first.get_weights()[0]
    kernel[:, :4] = 0  # pruned in the first call only
    first.set_weights([kernel])
    written = write_onnx_weights(path, model, tmp_path / "pruned.onnx")
    x = _samples(path, 16)
    np.testing.assert_allclose(_reference(str(written), x), model.predict(x, verbose=0), rtol=1e-5, atol=1e-5)
    stored = {t.name: numpy_helper.to_array(t) for t in onnx.load(str(written)).graph.initializer}
    assert sorted(stored) == ["fc.weight", "fc_2.weight", "out.weight"]
    assert np.count_nonzero(stored["fc.weight"][:4]) == 0 and np.count_nonzero(stored["fc_2.weight"][:4]) > 0
    old = onnx.load(path)  # IR version 3 lists every initializer as a graph input: the copy too
    old.ir_version = 3
    old.graph.input.extend(
        helper.make_tensor_value_info(t.name, t.data_type, t.dims) for t in old.graph.initializer
    )
    onnx.save(old, str(tmp_path / "ir3.onnx"))
    onnx.checker.check_model(
        onnx.load(str(write_onnx_weights(tmp_path / "ir3.onnx", model, tmp_path / "w3.onnx")))
    )


def _view_file(path, target_tail) -> str:
    """A Conv, then `x.view(x.size(0), *target_tail)` as the TorchScript exporter writes it for a dynamic
    batch size (Shape, Gather, Unsqueeze, Concat, Reshape), then a Linear of 4 x 3 x 3 features."""
    node = helper.make_node
    rng = np.random.default_rng(9)
    nodes = [
        node("Conv", ["image", "conv.weight"], ["c"], name="/conv/Conv", kernel_shape=[3, 3]),
        node("Shape", ["c"], ["shape"]),
        node("Identity", ["shape"], ["s"]),
        node("Constant", [], ["zero"], value=numpy_helper.from_array(np.array(0, np.int64))),
        node("Gather", ["s", "zero"], ["n"], axis=0),
        node("Constant", [], ["axes"], value=numpy_helper.from_array(np.array([0], np.int64))),
        node("Unsqueeze", ["n", "axes"], ["n1"]),
        node("Constant", [], ["tail"], value=numpy_helper.from_array(np.array(target_tail, np.int64))),
        node("Concat", ["n1", "tail"], ["target"], axis=0),
        node("Reshape", ["c", "target"], ["flat"], name="/Reshape"),
        node("Gemm", ["flat", "fc.weight"], ["y"], name="/fc/Gemm", transB=1),
    ]
    graph = helper.make_graph(
        nodes,
        "view",
        [helper.make_tensor_value_info("image", TensorProto.FLOAT, ["batch", 1, 5, 5])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["batch", CLASSES])],
        [
            numpy_helper.from_array(rng.normal(size=(4, 1, 3, 3)).astype(np.float32), "conv.weight"),
            numpy_helper.from_array(rng.normal(size=(CLASSES, 36)).astype(np.float32), "fc.weight"),
        ],
    )
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], ir_version=8), str(path))
    return str(path)


def test_a_view_whose_shape_the_file_computes_is_read_and_others_are_one_line(tmp_path):
    """`x.view(x.size(0), -1)` exported with a dynamic batch size: the file computes the Reshape's shape from
    the tensor's (Shape, Gather, Unsqueeze, Concat); it is folded, the batch size a symbol, so the network is
    read as the same view of a constant shape is. A computed shape that is not (batch, features), and a Gather
    of a layer's output, are one line."""
    from fpgaprune.models.load import load_model_file
    from fpgaprune.models.onnx_file import write_onnx_weights

    path = _view_file(tmp_path / "view.onnx", [-1])
    model = load_model_file(path)
    x = _samples(path, 16)
    assert np.abs(model.predict(_channels_last(x), verbose=0) - _reference(path, x)).max() < 1e-5
    fc = model.get_layer("fc")
    fc.set_weights([fc.get_weights()[0] * 0.5])
    written = write_onnx_weights(path, model, tmp_path / "written.onnx")  # the shape's Identity kept
    assert np.abs(_reference(str(written), x) - model.predict(_channels_last(x), verbose=0)).max() < 1e-5
    assert "a Reshape to [batch, 4, -1], not to (batch, features)" in _refusal(
        _view_file(tmp_path / "cut.onnx", [4, -1])
    )
    node = helper.make_node
    index = node("Constant", [], ["i"], value=numpy_helper.from_array(np.array([0, 2], np.int64)))
    gather = node("Gather", ["image", "i"], ["y"], name="/embed/Gather", axis=1)
    graph = helper.make_graph(
        [index, gather],
        "gather",
        [helper.make_tensor_value_info("image", TensorProto.FLOAT, [1, 3])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 2])],
    )
    onnx.save(
        helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), str(tmp_path / "gather.onnx")
    )
    assert "node /embed/Gather (Gather) reads a layer's output; fpgaprune reads Gather only in the" in (
        _refusal(tmp_path / "gather.onnx")
    )


def test_a_prelu_slope_the_file_unsqueezes_is_written_back_as_a_weight_of_its_own(tmp_path):
    """TorchScript at opset 11 without constant folding gives a PReLU after a Conv its slope as an Unsqueeze
    of the module's (C,) weight: read, it was written back into nothing (a KeyError after the run). Now the
    slope is a weight of its own, in the shape the PRelu read, the Unsqueeze dropped; the file passes ONNX's
    full check. The slope is one per channel, so the Keras PReLU (one per value) is not trainable."""
    from fpgaprune.models.load import load_model_file
    from fpgaprune.models.onnx_file import write_onnx_weights

    rng = np.random.default_rng(10)
    node = helper.make_node
    nodes = [
        node("Conv", ["image", "conv.weight"], ["c"], name="/conv/Conv", kernel_shape=[3, 3]),
        node("Unsqueeze", ["act.weight"], ["slope"], name="/act/Unsqueeze", axes=[1, 2]),
        node("PRelu", ["c", "slope"], ["p"], name="/act/PRelu"),
        node("Flatten", ["p"], ["flat"], name="/Flatten"),
        node("Gemm", ["flat", "fc.weight"], ["y"], name="/fc/Gemm", transB=1),
    ]
    graph = helper.make_graph(
        nodes,
        "prelu",
        [helper.make_tensor_value_info("image", TensorProto.FLOAT, [1, 2, 5, 5])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, CLASSES])],
        [
            numpy_helper.from_array(rng.normal(size=(4, 2, 3, 3)).astype(np.float32), "conv.weight"),
            numpy_helper.from_array(np.float32([0.1, 0.2, 0.3, 0.4]), "act.weight"),
            numpy_helper.from_array(rng.normal(size=(CLASSES, 36)).astype(np.float32), "fc.weight"),
        ],
        value_info=[helper.make_tensor_value_info("slope", TensorProto.FLOAT, [4, 1, 1])],
    )
    path = str(tmp_path / "prelu.onnx")
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 11)], ir_version=6), path)
    model = load_model_file(path)
    x = _samples(path, 1)
    assert np.abs(model.predict(_channels_last(x), verbose=0) - _reference(path, x)).max() < 1e-5
    act = model.get_layer("act")
    assert not act.trainable  # one slope per channel: fine-tuning would give each value its own
    (slopes,) = act.get_weights()  # Keras's (height, width, channels), each channel's slope repeated
    act.set_weights([slopes * 1.5])
    written = write_onnx_weights(path, model, tmp_path / "written.onnx")
    assert np.abs(_reference(str(written), x) - model.predict(_channels_last(x), verbose=0)).max() < 1e-5
    proto = onnx.load(str(written))
    onnx.checker.check_model(proto, full_check=True)
    assert [n.op_type for n in proto.graph.node] == ["Conv", "PRelu", "Flatten", "Gemm"]
    stored = {t.name: numpy_helper.to_array(t) for t in proto.graph.initializer}
    assert sorted(stored) == ["act.weight", "conv.weight", "fc.weight"]
    assert np.allclose(stored["act.weight"], np.float32([0.15, 0.3, 0.45, 0.6]).reshape(4, 1, 1))
