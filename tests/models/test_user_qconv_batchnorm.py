"""QKeras' QConv2DBatchnorm (a QConv2D with its batch normalisation folded in, as hls4ml's MLPerf Tiny ResNet
for the PYNQ-Z2 is built), pruned in its kernel: hls4ml 1.3's Conv2DBatchnorm writes the kernel times gamma /
sqrt(moving variance + epsilon), per filter, through the kernel quantizer, and the prune side costs that same
kernel (`models.build.built_kernel`), so every layer's estimate equals the written project's (real hls4ml, no
C++ compile). Until 2026-12-05 such a model was refused ("a weight layer fpgaprune cannot prune or
convert")."""

import numpy as np
import pytest

from .both_sides import both_sides

KERNEL = "quantized_bits(8,3,alpha=1)"


def _resnet_stem(seed: int = 0):
    """A QConv2DBatchnorm stem (8x8x2 -> 4 filters) and a QDense head, its batch normalisation's statistics
    set far from the identity (so that folding moves every kernel value)."""
    from fpgaprune.compat import keras

    import qkeras

    inputs = keras.Input((8, 8, 2))
    conv = qkeras.QConv2DBatchnorm(
        4, 3, kernel_quantizer=KERNEL, bias_quantizer=KERNEL, name="conv", use_bias=True
    )
    h = qkeras.QActivation("quantized_relu(8,3)", name="relu")(conv(inputs))
    h = keras.layers.Flatten(name="flat")(h)
    logits = qkeras.QDense(3, kernel_quantizer=KERNEL, bias_quantizer=KERNEL, name="fc")(h)
    model = keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(logits))
    rng = np.random.default_rng(seed)
    for weight in conv.batchnorm.weights:
        name = weight.name.split("/")[-1].split(":")[0]
        size = weight.shape[0]
        values = {"gamma": rng.uniform(0.5, 2, size), "beta": rng.normal(0, 0.3, size)}
        values |= {"moving_mean": rng.normal(0, 0.3, size), "moving_variance": rng.uniform(0.3, 3, size)}
        weight.assign(values[name].astype("float32"))
    return model


@pytest.mark.parametrize("io_type", ["io_parallel", "io_stream"])
def test_a_folded_convolution_is_costed_as_the_written_project(tmp_path, io_type):
    import hls4ml

    from fpgaprune.hls.quiet import quietly
    from fpgaprune.models.build import built_kernel

    model = _resnet_stem()
    config = quietly(hls4ml.utils.config_from_keras_model, model, granularity="name", backend="Vitis")
    config["Model"].update(Precision="fixed<16,6>", ReuseFactor=1, Strategy="Latency")
    sides = both_sides(model, config, tmp_path / "project", io_type)
    conv = next(layer for layer in sides.graph.get_layers() if layer.name == "conv")
    assert conv.class_name == "Conv2DBatchnorm"  # hls4ml's class (LayerType looks it up), folding the BN
    folded = built_kernel(model.get_layer("conv"))
    written = conv.weights["weight"].data
    np.testing.assert_allclose(folded, written.reshape(folded.shape), atol=1e-6)  # hls4ml's folded kernel
    raw = model.get_layer("conv").kernel_quantizer_internal(model.get_layer("conv").kernel).numpy()
    assert not np.allclose(folded, raw)  # the folding moves the constants the DSPs and LUTs are costed on
    assert sides.differences(("conv", "fc")) == []


def test_a_folded_convolution_is_pruned_in_its_kernel(tmp_path):
    """`fpgaprune.optimize` on the stem at a LUT share (its 8-bit products are LUTs under Vitis HLS): the
    pruned weights are zeros of the QConv2DBatchnorm's kernel, so of the folded kernel hls4ml writes too, and
    the record's estimate is that of the folded kernel."""
    import hls4ml

    from fpgaprune import optimize
    from fpgaprune.hls.quiet import quietly
    from fpgaprune.models.build import built_kernel

    model = _resnet_stem()
    config = quietly(hls4ml.utils.config_from_keras_model, model, granularity="name", backend="Vitis")
    config["Model"].update(Precision="fixed<16,6>", ReuseFactor=1, Strategy="Latency")
    rng = np.random.default_rng(1)
    x = np.round(rng.normal(size=(240, 8, 8, 2)) * 16) / 16
    y = model.predict(x, verbose=0).argmax(axis=1)
    walk = {"regularise_epochs": 0, "final_epochs": 0, "schedule": {"kind": "polynomial", "steps": 1}}
    result = optimize(
        model,
        (x[:160], y[:160]),
        (x[160:], y[160:]),
        hls_config={"HLSConfig": config, "Backend": "Vitis", "IOType": "io_parallel"},
        budget={"lut": 0.3},
        method="knapsack_lut",
        rtol=0.01,
        epochs_per_step=1,
        pruning=walk,
    )
    conv = result.model.get_layer("conv")
    mask = result.masks["conv"]
    assert 0 < (~mask).sum() < mask.size
    assert np.all(conv.kernel.numpy()[~mask] == 0) and np.all(built_kernel(conv)[~mask] == 0)
    assert result.metrics["sparsity"]["conv"] > 0


def test_an_accumulator_given_beside_precision_is_the_written_projects(tmp_path):
    """The MLPerf Tiny configurations give `accum_t` beside a layer's Precision: hls4ml 1.3 builds it (a
    `result_t` or `weight_t` there it does not), and the prune side costs it (it took the Model default)."""
    import hls4ml

    from fpgaprune.hls.quiet import quietly

    model = _resnet_stem()
    config = quietly(hls4ml.utils.config_from_keras_model, model, granularity="name", backend="Vitis")
    config["Model"].update(Precision="fixed<12,7>", ReuseFactor=1, Strategy="Latency")
    config["LayerName"]["conv"]["accum_t"] = "ap_fixed<17,7>"
    config["LayerName"]["fc"]["accum_t"] = "ap_fixed<18,8>"
    sides = both_sides(model, config, tmp_path / "project", "io_parallel")
    defines = (tmp_path / "project" / "firmware" / "defines.h").read_text()
    assert (
        "typedef ap_fixed<17,7> conv_accum_t;" in defines and "typedef ap_fixed<18,8> fc_accum_t;" in defines
    )
    accums = {name: sides.designed[name].accum_type for name in ("conv", "fc")}
    assert {name: (t.width, t.integer) for name, t in accums.items()} == {"conv": (17, 7), "fc": (18, 8)}
    assert sides.differences(("conv", "fc")) == []
