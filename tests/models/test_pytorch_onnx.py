"""Files PyTorch itself wrote: six networks exported by both of PyTorch 2.13's exporters (TorchScript's and
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
}
# a function called in forward takes its operator's name, which the exporters choose apart: x.clamp(min=0)
# is a Clip in TorchScript's file and a Max in the dynamo exporter's
NAMED_OTHERWISE = {("prelu_mlp", "dynamo"): {"clip": "max"}}
# (batch, particles, features) read by Linear layers: taken as it is, not as channels
ITEMS = {"particles"}


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
