import pytest

from fpgaprune.core.zoo import get_architecture, padded_input_size, weight_layers


def _shapes(name):
    return {
        layer.name: (layer.n_in, layer.n_out, layer.positions)
        for layer in weight_layers(get_architecture(name))
    }


def test_lenet5_has_the_classic_dense_sizes():
    shapes = _shapes("lenet5")
    assert shapes["conv1"] == (25, 6, 28 * 28)
    assert shapes["conv2"] == (150, 16, 10 * 10)
    assert shapes["fc1"][:2] == (400, 120)  # ~48k weights, as in the paper's LeNet experiment
    assert shapes["fc2"][:2] == (120, 84)
    assert shapes["output"][:2] == (84, 10)


def test_jet_tagger_is_16_64_32_32_5():
    assert [s[:2] for s in _shapes("jet_mlp").values()] == [(16, 64), (64, 32), (32, 32), (32, 5)]
    assert sum(layer.n_weights for layer in weight_layers(get_architecture("jet_mlp"))) == 4256


def test_svhn_cnn_flattens_to_96():
    shapes = _shapes("svhn_cnn")
    assert shapes["conv1"][:2] == (27, 16)
    assert shapes["fc1"][:2] == (96, 42)


def test_unknown_model_names_the_known_ones():
    with pytest.raises(ValueError, match="known models: digits_mlp, jet_mlp, lenet5, svhn_cnn"):
        get_architecture("vgg")


# Keras/hls4ml 'same': out = ceil(in / stride), padding max((out - 1) * stride + k - in, 0) per dimension.
@pytest.mark.parametrize(
    "sizes, strides, kernel, padding, padded",
    [
        ((28, 28), (1, 1), (5, 5), "same", (32, 32)),  # stride 1: in + k - 1 (LeNet-5's conv1)
        ((28,), (1,), (4,), "same", (31,)),  # stride 1, even k: still in + k - 1
        ((9, 8), (2, 2), (3, 3), "same", (11, 9)),  # out 5: 4*2+3 = 11; out 4: 3*2+3 = 9
        ((8, 9), (2, 2), (4, 4), "same", (10, 12)),  # out 4: 3*2+4 = 10; out 5: 4*2+4 = 12
        ((9, 7), (3, 3), (2, 1), "same", (9, 7)),  # kernel smaller than stride: 2*3+2 = 8 < 9, 2*3+1 = 7
        ((10,), (1,), (3,), "causal", (12,)),  # Conv1D 'causal' pads the same total, all on the left
        ((28, 28), (2, 2), (5, 5), "valid", (28, 28)),
    ],
)
def test_padded_input_size_follows_keras_same_padding(sizes, strides, kernel, padding, padded):
    assert padded_input_size(sizes, strides, kernel, padding) == padded


def test_padded_input_size_rejects_unknown_padding():
    with pytest.raises(ValueError, match="unknown padding 'full'"):
        padded_input_size((8,), (1,), (3,), "full")


def test_zoo_same_convolutions_read_their_padded_input_in_io_stream():
    conv1 = weight_layers(get_architecture("lenet5"))[0]
    assert (conv1.input_positions, conv1.padded_input_positions) == (28 * 28, 32 * 32)
