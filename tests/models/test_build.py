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


def test_saving_an_uncompiled_model_logs_no_compile_note(tmp_path, caplog):
    """tf_keras logs "Compiled the loaded model, but the compiled metrics have yet to be built" whenever an
    uncompiled model is saved to HDF5; every fpgaprune save is one, and the user saw it at each run's end."""
    import numpy as np

    from fpgaprune.models.build import build_model, save_model
    from fpgaprune.models.load import load_model_file

    model = build_model(get_architecture("digits_mlp"))
    with caplog.at_level("INFO"):
        save_model(model, tmp_path / "m.h5")
    assert "compiled metrics" not in caplog.text
    loaded = load_model_file(tmp_path / "m.h5")
    assert all(np.array_equal(a, b) for a, b in zip(model.get_weights(), loaded.get_weights(), strict=True))
    # the filter is gone after the save: other tensorflow warnings still reach the user
    assert not logging_filters_left()


def logging_filters_left() -> list:
    import logging

    return [f for f in logging.getLogger("tensorflow").filters if type(f).__name__ == "_NoCompileNote"]
