"""Files PyTorch itself wrote: fifteen networks (MLPs, CNNs, Deep Sets, recurrent taggers) exported by both of
PyTorch 2.13's exporters (TorchScript's and
the dynamo exporter, whose weights lie in a file beside the model), stored with PyTorch's outputs on 16 inputs
(`data/pytorch_onnx/export.py` made them; PyTorch is not a dependency, so the tests read what it wrote). Each
is read by `models.onnx_file` into the tf_keras model that computes PyTorch's outputs (channels last), its
layers named by the PyTorch modules whichever exporter wrote it, and pruned weights written back are what
ONNX's reference implementation then computes. Both exporters fold a BatchNorm2d into the convolution before
it (eval mode), so the CNNs' files hold no BatchNormalization; the MLP's BatchNorm1d is kept."""

from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import numpy_helper

from .test_onnx_file import _channels_last, _reference

DATA = Path(__file__).parent / "data" / "pytorch_onnx"
LAYERS = {  # each case's layers after its input (the exporters name the input otherwise)
    "mlp": ["fc1", "act1", "bn", "fc2", "act2", "out", "softmax"],
    "cnn2d": ["conv1", "act1", "pool", "conv2", "act2", "dw_pad", "dw", "flatten", "fc", "softmax"],
    "cnn2d_view": ["conv1", "act1", "pool", "conv2", "act2", "dw_pad", "dw", "reshape", "fc", "softmax"],
    # exported with a dynamic batch size (the TorchScript file computes the view's shape); mlp_fresh untrained
    "cnn2d_batch": ["conv1", "act1", "pool", "conv2", "act2", "dw_pad", "dw", "reshape", "fc", "softmax"],
    "mlp_fresh": ["fc1", "act1", "bn", "fc2", "act2", "out", "softmax"],
    # nn.PReLU, nn.ReLU6 and a clamp (Clip); the CNN's view exported with an example batch of 2
    "prelu_mlp": ["fc1", "prelu", "fc2", "relu6", "out", "clip", "prelu_out"],
    "prelu_cnn": ["conv1", "prelu1", "conv2", "prelu2", "reshape", "fc"],
    "cnn1d": ["conv1", "act1", "pool", "conv2", "act2", "gap", "fc"],
    "deepsets": ["phi_0", "phi_1", "phi_2", "phi_3", "reducemean", "rho_0", "rho_1", "rho_2"],
    "particles": ["phi_0", "phi_1", "phi_2", "phi_3", "reducemean", "rho_0", "rho_1", "rho_2"],
    # recurrent taggers over (batch, 10 steps, 6 features), batch_first: a GRU read at its last step
    # (gru_batch: exported with a dynamic batch size), an LSTM by its last state, a two-layer GRU (two GRU
    # nodes, the first returning its sequence), an LSTM's whole output read step by step
    "gru_last": ["rnn", "fc", "softmax"],
    "gru_batch": ["rnn", "fc", "softmax"],
    "lstm_state": ["rnn", "fc"],
    "gru_stack": ["rnn", "rnn_2", "fc"],
    "lstm_sequence": ["rnn", "step", "relu", "reducemean", "fc"],
    "lstm_twice": ["emb", "rnn", "rnn_2", "fc"],  # one LSTM module called twice
}
# a function called in forward takes its operator's name, which the exporters choose apart: x.clamp(min=0)
# is a Clip in TorchScript's file and a Max in the dynamo exporter's
NAMED_OTHERWISE = {("prelu_mlp", "dynamo"): {"clip": "max"}, ("lstm_twice", "ts"): {"rnn_2": "rnn_1"}}
# (batch, particles, features) read by Linear layers: taken as it is, not as channels
ITEMS = {"particles", "gru_last", "gru_batch", "lstm_state", "gru_stack", "lstm_sequence", "lstm_twice"}
# each recurrent case's return_sequences, layer by layer: the whole output where the model reads more of it
# than the last step
RETURNS_SEQUENCES = {
    "gru_last": [False],
    "gru_batch": [False],
    "lstm_state": [False],
    "gru_stack": [True, False],
    "lstm_sequence": [True],
    "lstm_twice": [True, False],
}


def _as_read(case: str, x: np.ndarray) -> np.ndarray:
    return x if case in ITEMS else _channels_last(x)


@pytest.mark.parametrize("exporter", ["ts", "dynamo"])
@pytest.mark.parametrize("case", sorted(LAYERS))
def test_a_file_pytorch_wrote_computes_pytorchs_outputs(case, exporter):
    from fpgaprune.models.load import load_model_file

    model = load_model_file(DATA / f"{case}_{exporter}.onnx")
    renamed = NAMED_OTHERWISE.get((case, exporter), {})
    assert [layer.name for layer in model.layers[1:]] == [renamed.get(name, name) for name in LAYERS[case]]
    with np.load(DATA / f"{case}.npz") as stored:
        x, pytorch = stored["x"], stored["y"]
    assert np.abs(model.predict(_as_read(case, x), verbose=0) - pytorch).max() < 1e-5
    recurrent = [layer.return_sequences for layer in model.layers if hasattr(layer, "return_sequences")]
    assert recurrent == RETURNS_SEQUENCES.get(case, [])


@pytest.mark.parametrize("case", ["cnn2d", "particles", "prelu_mlp"])
def test_weights_written_back_into_a_dynamo_export_are_in_one_file(tmp_path, case):
    """The dynamo exporter's weights file is read; model.onnx holds every weight itself, the pruned ones
    zeros, and computes what the changed model computes."""
    from fpgaprune.models.load import load_model_file
    from fpgaprune.models.onnx_file import write_onnx_weights

    source = DATA / f"{case}_dynamo.onnx"
    model = load_model_file(source)
    first = next(layer for layer in model.layers if layer.get_weights())
    kernel, *rest = first.get_weights()
    kernel[..., :2] = 0  # its first two outputs pruned
    first.set_weights([kernel, *rest])
    written = write_onnx_weights(source, model, tmp_path / "model.onnx")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["model.onnx"]
    onnx.checker.check_model(onnx.load(str(written)), full_check=True)  # shapes the exporter recorded: true
    with np.load(DATA / f"{case}.npz") as stored:
        x = stored["x"]
    assert np.abs(_reference(str(written), x) - model.predict(_as_read(case, x), verbose=0)).max() < 1e-5
    assert _zeros(written) - _zeros(source) == kernel[..., :2].size  # the pruned weights, exact zeros


@pytest.mark.parametrize("exporter", ["ts", "dynamo"])
def test_batchnorm_parameters_an_exporter_stored_once_are_written_apart(tmp_path, exporter):
    """An untrained BatchNorm1d's mean equals its bias and its variance its weight; the TorchScript exporter
    stores each pair once and names the other an Identity of it, the dynamo exporter passes the one weight
    twice. Fine-tuning makes them differ: model.onnx holds each as its own weight, by its PyTorch name."""
    from fpgaprune.models.load import load_model_file
    from fpgaprune.models.onnx_file import write_onnx_weights

    source = DATA / f"mlp_fresh_{exporter}.onnx"
    model = load_model_file(source)
    bn = model.get_layer("bn")
    gamma, beta, mean, variance = bn.get_weights()
    assert np.array_equal(beta, mean) and np.array_equal(gamma, variance)  # what the file stored once
    rng = np.random.default_rng(5)
    bn.set_weights(
        [gamma * 1.5, beta + 0.25, rng.normal(size=mean.shape), rng.uniform(0.5, 2, variance.shape)]
    )
    written = write_onnx_weights(source, model, tmp_path / "model.onnx")
    with np.load(DATA / "mlp_fresh.npz") as stored:
        x = stored["x"]
    assert np.abs(_reference(str(written), x) - model.predict(x, verbose=0)).max() < 1e-5
    names = {t.name for t in onnx.load(str(written)).graph.initializer}
    assert {"bn.weight", "bn.bias", "bn.running_mean", "bn.running_var"} <= names
    assert not [node for node in onnx.load(str(written)).graph.node if node.op_type == "Identity"]


@pytest.mark.parametrize("exporter", ["ts", "dynamo"])
def test_prelu_slopes_a_module_shares_stay_shared_and_keep_their_shape(tmp_path, exporter):
    """nn.PReLU(C) on a map and nn.PReLU() have one slope per channel or one; Keras's PReLU (as hls4ml builds
    it) one per value. Fine-tuned, they became one per value, which the PyTorch module cannot load: such a
    layer is not trainable, and model.onnx keeps each slope in the file's shape. nn.PReLU(16) of 16 features
    has one per value and is fine-tuned."""
    from fpgaprune.models.load import load_model_file
    from fpgaprune.models.onnx_file import write_onnx_weights

    cnn = load_model_file(DATA / f"prelu_cnn_{exporter}.onnx")
    assert not cnn.get_layer("prelu1").trainable and not cnn.get_layer("prelu2").trainable
    mlp = load_model_file(DATA / f"prelu_mlp_{exporter}.onnx")
    assert mlp.get_layer("prelu").trainable and not mlp.get_layer("prelu_out").trainable
    source = DATA / f"prelu_cnn_{exporter}.onnx"
    written = write_onnx_weights(source, cnn, tmp_path / "model.onnx")
    shapes = {t.name: list(t.dims) for t in onnx.load(str(source)).graph.initializer}
    assert {t.name: list(t.dims) for t in onnx.load(str(written)).graph.initializer} == shapes


@pytest.mark.parametrize(
    ("case", "exporter"),
    [
        ("gru_last", "ts"),
        ("gru_batch", "dynamo"),
        ("lstm_state", "dynamo"),
        ("gru_stack", "ts"),
        ("lstm_sequence", "ts"),
        ("lstm_twice", "dynamo"),  # its weights stored once: each call's its own copy
    ],
)
def test_pruned_recurrent_weights_are_written_back_in_the_files_gate_order(tmp_path, case, exporter):
    """Keras orders an LSTM's gates (i, f, c, o), ONNX (i, o, f, c), and holds its two biases summed: written
    back, each pruned product is a zero where ONNX reads it (ONNX's reference implementation computes what
    the changed Keras model does) and the file's recurrent bias is kept, the input bias taking the change."""
    from fpgaprune.models.load import load_model_file
    from fpgaprune.models.onnx_file import write_onnx_weights

    source = DATA / f"{case}_{exporter}.onnx"
    model = load_model_file(source)
    pruned = 0
    for layer in (layer for layer in model.layers if hasattr(layer, "return_sequences")):
        kernel, recurrent, bias = layer.get_weights()
        kernel[:, :3], recurrent[:2, :] = 0, 0  # some of each gate's first products, some units' recurrence
        pruned += kernel[:, :3].size + recurrent[:2, :].size
        layer.set_weights([kernel, recurrent, bias + 0.125])
    written = write_onnx_weights(source, model, tmp_path / "model.onnx")
    onnx.checker.check_model(onnx.load(str(written)), full_check=True)
    with np.load(DATA / f"{case}.npz") as stored:
        x = stored["x"]
    keras = model.predict(x, verbose=0)
    assert np.abs(_reference_in_pairs(written, x) - keras).max() < 1e-5
    assert _zeros(written) - _zeros(source) == pruned
    if case.startswith("lstm"):  # B = [input bias, recurrent bias]: the second half as the file had it
        for before, after in zip(
            *(_initializers(path, "LSTM", 3) for path in (source, written)), strict=True
        ):
            assert np.array_equal(after[:, 32:], before[:, 32:])
            assert not np.allclose(after[:, :32], before[:, :32])


def _set_constant(value):
    def edit(proto, name):
        node = next(node for node in proto.graph.node if node.output[0] == name)
        node.attribute[0].t.CopyFrom(
            numpy_helper.from_array(np.array(value, np.float32 if value else np.int64))
        )

    return edit


def _rewire(op: str, old: str, new: str):
    """The `op` node reading `old` reads `new` instead."""

    def edit(proto, _):
        node = next(node for node in proto.graph.node if node.op_type == op and old in node.input)
        node.input[list(node.input).index(old)] = new

    return edit


def _set_direction(proto, _):
    node = next(node for node in proto.graph.node if node.op_type == "GRU")
    node.attribute.append(onnx.helper.make_attribute("direction", "reverse"))


@pytest.mark.parametrize(
    ("case", "edit", "name", "message"),
    [
        ("gru_last", _set_direction, "", "a GRU with direction reverse; hls4ml builds a forward GRU"),
        (
            "gru_last",
            _set_constant(0),
            "/Constant_output_0",
            "a Gather of step 0 of 10 of a (batch, steps, features)",
        ),
        ("gru_last", _set_constant(1.0), "/rnn/Constant_output_0", "Expand of a value other than 0"),
        (
            "gru_last",
            _rewire("GRU", "/rnn/Transpose_output_0", "input"),
            "",
            "export the nn.GRU with batch_first=True",
        ),
        (
            "lstm_state",
            _rewire("Gather", "/rnn/LSTM_output_1", "/rnn/LSTM_output_2"),
            "",
            "reads the LSTM's cell state (c_n)",
        ),
        (
            "gru_stack",
            _set_constant(0),
            "/Constant_output_0",
            "h_n[0], the last state of a layer whose whole output the next layer reads",
        ),
    ],
    ids=["reverse", "first-step", "initial-state", "time-major-input", "cell-state", "first-layer-state"],
)
def test_a_recurrent_layer_hls4ml_computes_otherwise_is_one_line(tmp_path, case, edit, name, message):
    """Reverse or bidirectional, from a state other than zeros, time first (batch_first=False), read at a step
    other than the last, by its cell state, or by both its whole output and its last state (which hls4ml's
    layer gives one of): refused in one line naming the node, before anything is built."""
    from fpgaprune.models.load import load_model_file

    proto = onnx.load(str(DATA / f"{case}_ts.onnx"))
    edit(proto, name)
    onnx.save(proto, str(tmp_path / "edited.onnx"))
    with pytest.raises(ValueError) as error:
        load_model_file(tmp_path / "edited.onnx")
    assert message in str(error.value) and "\n" not in str(error.value)


@pytest.mark.parametrize("exporter", ["ts", "dynamo"])
@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("encoder_state", "a Concat of a GRU/LSTM's output other than of its layers' last states"),
        ("cell_state", "the model reads the LSTM's cell state (c_n)"),
        ("returns_state", "the last states of several layers read together; read one (h_n[-1])"),
    ],
)
def test_a_recurrent_state_read_otherwise_is_one_line(case, exporter, message):
    """A decoder started from an encoder's state joined to zeros (read as a zero state before the review of
    2026-12-06, 1.9e-3 off PyTorch), a cell state squeezed, a stack's states returned (each a KeyError
    before): one line naming the node."""
    from fpgaprune.models.load import load_model_file

    with pytest.raises(ValueError) as error:
        load_model_file(DATA / f"{case}_{exporter}.onnx")
    assert message in str(error.value) and "\n" not in str(error.value)


def _reference_in_pairs(path, x: np.ndarray) -> np.ndarray:
    """ONNX's reference implementation on two samples at a time (the recurrent files were exported with a
    batch of 2, which their zero initial states keep)."""
    from onnx.reference import ReferenceEvaluator

    session = ReferenceEvaluator(str(path))
    name = session.input_names[0]
    return np.concatenate([session.run(None, {name: x[i : i + 2]})[0] for i in range(0, len(x), 2)])


def _initializers(path, op: str, position: int) -> list[np.ndarray]:
    """The weight each `op` node reads as its input `position`."""
    proto = onnx.load(str(path))
    stored = {t.name: numpy_helper.to_array(t) for t in proto.graph.initializer}
    return [stored[node.input[position]] for node in proto.graph.node if node.op_type == op]


def _zeros(path) -> int:
    proto = onnx.load(str(path))  # weights beside it read in
    return sum(int(np.sum(numpy_helper.to_array(t) == 0)) for t in proto.graph.initializer)


def test_a_weights_file_named_outside_the_models_folder_is_refused(tmp_path):
    """A weight's location is a file beside the model: an ONNX file naming another path cannot make
    fpgaprune read it."""
    from fpgaprune.models.load import load_model_file

    proto = onnx.load(str(DATA / "mlp_dynamo.onnx"), load_external_data=False)
    for tensor in proto.graph.initializer:
        for entry in tensor.external_data:
            if entry.key == "location":
                entry.value = "../../etc/passwd"
    onnx.save(proto, str(tmp_path / "model.onnx"))
    with pytest.raises(
        ValueError, match=r"is stored in '\.\./\.\./etc/passwd', not in a file beside the model"
    ):
        load_model_file(tmp_path / "model.onnx")


def test_a_runs_identity_covers_the_weights_beside_the_file(tmp_path):
    """The dynamo exporter keeps the weights in <file>.data: a re-export changing only them was the same run
    to the checkpoints (the .onnx alone was checksummed), which took the old result without training."""
    import shutil

    from fpgaprune.models.onnx_file import onnx_sha256

    for name in ("mlp_dynamo.onnx", "mlp_dynamo.onnx.data"):
        shutil.copy(DATA / name, tmp_path / name)
    before = onnx_sha256(tmp_path / "mlp_dynamo.onnx")
    data = bytearray((tmp_path / "mlp_dynamo.onnx.data").read_bytes())
    data[:8] = bytes(8)
    (tmp_path / "mlp_dynamo.onnx.data").write_bytes(bytes(data))
    assert onnx_sha256(tmp_path / "mlp_dynamo.onnx") != before


def test_a_weights_file_beside_the_model_that_is_a_link_is_refused(tmp_path):
    import shutil

    from fpgaprune.models.load import load_model_file

    shutil.copy(DATA / "mlp_dynamo.onnx", tmp_path / "mlp_dynamo.onnx")
    (tmp_path / "mlp_dynamo.onnx.data").symlink_to(DATA / "mlp_dynamo.onnx.data")
    with pytest.raises(
        ValueError, match=r"is stored in 'mlp_dynamo.onnx.data', not in a file beside the model"
    ):
        load_model_file(tmp_path / "mlp_dynamo.onnx")
