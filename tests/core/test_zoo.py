import pytest

from fpgaprune.core.zoo import get_architecture, weight_layers


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
