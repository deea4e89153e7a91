"""Keras models built from the zoo's architectures: kernels of the zoo's shapes, and they survive a save."""

import pytest

from fpgaprune.config import Quantization
from fpgaprune.core.zoo import ARCHITECTURES, get_architecture, n_classes, weight_layers


@pytest.mark.parametrize("name", sorted(ARCHITECTURES))
@pytest.mark.parametrize("quantized", [False, True])
def test_keras_kernels_match_the_zoo_shapes(name, quantized, tmp_path):
    from fpgaprune.models.build import build_model, save_model
    from fpgaprune.models.load import load_model_file

    arch = get_architecture(name)
    quantization = Quantization(
        weight_bits=8, weight_integer_bits=0, activation_bits=8, activation_integer_bits=2
    )
    model = build_model(arch, quantization if quantized else None)
    save_model(model, tmp_path / "m.h5")
    loaded = load_model_file(tmp_path / "m.h5")
    for layer in weight_layers(arch):
        assert tuple(loaded.get_layer(layer.name).kernel.shape) == layer.kernel_shape
    assert loaded.output_shape == (None, n_classes(arch))
    assert loaded.layers[-1].name == "softmax"
