"""A PyTorch MLP exported to ONNX, read into tf_keras (`fpgaprune.models.onnx_file`): the built model computes
what ONNX's reference implementation (`onnx.reference`) computes from the same file, its layers named by the
PyTorch modules; what is not translated is one line before anything is built.

The files are written here with `onnx.helper` in the two forms PyTorch's exporters give an `nn.Linear`: a Gemm
of the transposed weight (`torch.onnx.export`'s TorchScript exporter, a batch of 1 fixed) and a MatMul by the
weight followed by the Add of its bias (the dynamo exporter, a symbolic batch).
"""

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

N_IN, HIDDEN, CLASSES = 16, 12, 5


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


def _file(path, nodes, initializers: dict, batch, input_name: str = "input") -> str:
    graph = helper.make_graph(
        nodes,
        "tagger",
        [helper.make_tensor_value_info(input_name, TensorProto.FLOAT, [batch, N_IN])],
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


def _reference(path: str, x: np.ndarray) -> np.ndarray:
    from onnx.reference import ReferenceEvaluator

    session = ReferenceEvaluator(path)
    name = session.input_names[0]
    return np.concatenate([session.run(None, {name: row[None]})[0] for row in x])


@pytest.mark.parametrize(
    ("write", "layers"),
    [
        (gemm_mlp, ["input", "fc1", "act1", "bn", "fc2", "act2", "out", "softmax"]),
        (matmul_mlp, ["x", "fc1", "fc2", "act1", "act2", "add", "concat", "out", "softmax"]),
    ],
)
def test_an_exported_mlp_computes_what_onnx_computes_with_its_modules_names(tmp_path, write, layers):
    from fpgaprune.models.load import load_model_file

    path = write(tmp_path / "model.onnx")
    model = load_model_file(path)
    assert [layer.name for layer in model.layers] == layers
    x = np.random.default_rng(2).uniform(-2, 2, size=(64, N_IN)).astype(np.float32)
    expected = _reference(path, x)
    assert np.abs(model.predict(x, verbose=0) - expected).max() < 1e-5
    assert len(set(np.argmax(expected, axis=1))) > 1  # the comparison is not of one constant class


def _refusal(path) -> str:
    from fpgaprune.models.load import load_model_file

    with pytest.raises(ValueError) as info:
        load_model_file(path)
    message = str(info.value)
    assert "\n" not in message and message.startswith(f"{path}: "), message
    return message


def test_what_is_not_translated_is_one_line_naming_it(tmp_path):
    node = helper.make_node
    conv = helper.make_graph(
        [node("Conv", ["image", "conv.weight"], ["y"], name="/conv/Conv")],
        "cnn",
        [helper.make_tensor_value_info("image", TensorProto.FLOAT, [1, 1, 8, 8])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 2, 6, 6])],
        [numpy_helper.from_array(np.ones((2, 1, 3, 3), np.float32), "conv.weight")],
    )
    path = tmp_path / "cnn.onnx"
    onnx.save(helper.make_model(conv, opset_imports=[helper.make_opsetid("", 17)], ir_version=8), str(path))
    assert "operators Conv are not translated (fpgaprune reads Gemm, MatMul" in _refusal(path)

    relu = helper.make_graph(
        [node("Relu", ["image"], ["y"])],
        "image",
        [helper.make_tensor_value_info("image", TensorProto.FLOAT, [1, 3, 8, 8])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 3, 8, 8])],
    )
    onnx.save(helper.make_model(relu, opset_imports=[helper.make_opsetid("", 17)], ir_version=8), str(path))
    assert "input image has shape 1x3x8x8; fpgaprune reads ONNX models of inputs (batch, features)" in (
        _refusal(path)
    )

    (tmp_path / "junk.onnx").write_bytes(b"\x00not a protobuf at all" * 10)
    assert "not a valid ONNX model (" in _refusal(tmp_path / "junk.onnx")


def test_weights_stored_outside_the_file_are_refused(tmp_path):
    model = onnx.load(gemm_mlp(tmp_path / "one.onnx"))
    path = tmp_path / "external.onnx"
    onnx.save(model, str(path), save_as_external_data=True, location="weights.data", size_threshold=0)
    assert "is stored outside the file; save the model as one file" in _refusal(path)


@pytest.mark.parametrize("write", [gemm_mlp, matmul_mlp])
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
            if layer.name == "fc1":
                changed[0][:, :4] = 0  # four outputs pruned away
            layer.set_weights([v.astype(np.float32) if v.ndim else v for v in changed])
    if "bn" in [layer.name for layer in model.layers]:  # a variance stays positive
        bn = model.get_layer("bn")
        bn.set_weights([*bn.get_weights()[:3], np.abs(bn.get_weights()[3]) + 0.5])
    written = write_onnx_weights(source, model, tmp_path / "pruned.onnx")
    x = np.random.default_rng(4).uniform(-2, 2, size=(32, N_IN)).astype(np.float32)
    assert np.abs(_reference(str(written), x) - model.predict(x, verbose=0)).max() < 1e-5
    stored = {t.name: numpy_helper.to_array(t) for t in onnx.load(str(written)).graph.initializer}
    fc1 = stored["fc1.weight"] if "fc1.weight" in stored else stored["onnx::MatMul_1"].T  # (out, in)
    assert np.count_nonzero(fc1[:4]) == 0 and np.count_nonzero(fc1[4:]) == fc1[4:].size
