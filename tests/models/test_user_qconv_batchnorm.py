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


def _config(backend: str, strategy: str, reuse: int, io_type: str) -> dict:
    return {
        "Backend": backend,
        "IOType": io_type,
        "Model": {"Precision": "fixed<24,12>", "ReuseFactor": reuse, "Strategy": strategy},
    }


def test_a_folded_convolution_hls4ml_would_build_wrong_is_refused_before_training():
    """hls4ml 1.3's Vivado backends read a QConv2DBatchnorm's folded weights transposed twice in the Resource
    kernel (hls4ml PR #965): a public MLPerf Tiny CIFAR-10 ResNet (Resource, io_stream) simulated at 0 %
    agreement with Keras after the whole pruning run. Refused where the pruned design would run that kernel
    (io_parallel; io_stream at ReuseFactor 1 or n_in x n_out); Resource_Unrolled (io_stream in between),
    Latency and the Vitis backend compute it right."""
    from fpgaprune.models.user import hls_design

    model = _resnet_stem()  # conv: 3 x 3 x 2 x 4 = 72 weights
    for backend, strategy, reuse, io_type in (
        ("Vivado", "Resource", 1, "io_stream"),
        ("Vivado", "Resource", 72, "io_stream"),
        ("Vivado", "Resource", 6, "io_parallel"),
    ):
        with pytest.raises(ValueError) as refused:
            hls_design(model, _config(backend, strategy, reuse, io_type))
        line = str(refused.value)
        start = "layer 'conv' (QConv2DBatchnorm) would be built with hls4ml's Resource kernel (ReuseFactor"
        assert line.startswith(f"{start} {reuse}, {io_type}), which hls4ml 1.3's {backend} backend computes")
        assert "transposed twice" in line and "Strategy: Latency, a ReuseFactor between 2 and 71" in line
    for backend, strategy, reuse, io_type in (
        ("Vivado", "Resource", 6, "io_stream"),  # built Resource_Unrolled
        ("Vivado", "Latency", 1, "io_parallel"),
        ("Vitis", "Resource", 1, "io_parallel"),
    ):
        assert hls_design(model, _config(backend, strategy, reuse, io_type)).backend == backend


@pytest.mark.slow
def test_hls4ml_s_vivado_resource_kernel_computes_a_folded_convolution_wrong_and_is_no_twin(tmp_path):
    """The hls4ml fact the refusal rests on, checked with g++: under Vivado's Resource kernel the folded
    convolution's outputs are far from Keras's, under Latency equal to them; so the Resource twin
    (`csim.twin_is_exact`) never stands in for such a layer's Resource_Unrolled build."""
    from fpgaprune.compat import keras

    import hls4ml

    from fpgaprune.hls.csim import twin_is_exact
    from fpgaprune.hls.quiet import quietly

    model = _resnet_stem()
    stem = keras.Model(model.inputs, model.get_layer("conv").output)
    x = np.random.default_rng(1).uniform(-1, 1, (10, 8, 8, 2))
    expected = stem.predict(x, verbose=0).reshape(len(x), -1)
    off = {}
    for strategy in ("Resource", "Latency"):
        config = {"Model": {"Precision": "fixed<24,12>", "ReuseFactor": 1, "Strategy": strategy}}
        hls_model = quietly(
            hls4ml.converters.convert_from_keras_model,
            stem,
            hls_config=config,
            output_dir=str(tmp_path / strategy),
            io_type="io_stream",
            backend="Vivado",
        )
        quietly(hls_model.compile)
        simulated = hls_model.predict(np.ascontiguousarray(x)).reshape(len(x), -1)
        off[strategy] = float(np.abs(simulated - expected).max())
        if strategy == "Resource":
            assert not twin_is_exact(hls_model, ["conv"])
    assert off["Latency"] < 0.01 and off["Resource"] > 1, off  # Latency: the fixed-point rounding


def test_an_io_parallel_resource_convolution_above_its_window_s_inputs_is_refused():
    """hls4ml 1.3's io_parallel Resource convolution is "correct only for RF <= FILT_HEIGHT * FILT_WIDTH *
    N_CHAN" (its library asserts so): the C simulation stopped on it after the whole pruning run. The stem's
    window reads 3 x 3 x 2 = 18 inputs (4 filters: 72 weights)."""
    from fpgaprune.models.user import hls_design

    model = _resnet_stem()
    with pytest.raises(ValueError) as refused:
        hls_design(model, _config("Vitis", "Resource", 36, "io_parallel"))
    assert str(refused.value).startswith(
        "layer 'conv' (conv2d) has Strategy Resource at ReuseFactor 36 under io_parallel, where hls4ml 1.3's "
        "convolution kernel is correct only up to its window's 18 inputs"
    )
    assert "(the largest hls4ml takes: 18), Strategy: Latency, or IOType: io_stream" in str(refused.value)
    for reuse, io_type in ((18, "io_parallel"), (36, "io_stream")):
        assert hls_design(model, _config("Vitis", "Resource", reuse, io_type)).io_type == io_type
