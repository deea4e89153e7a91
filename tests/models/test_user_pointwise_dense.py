"""A Dense over a multidimensional input (a Deep Sets phi network, a per-pixel Dense), which hls4ml 1.3 builds
as a convolution of kernel size 1 at every position (`ReplaceMultidimensionalDenseWithConv`, then
`nnet::pointwise_conv_1d_cl`/`_2d_cl`): the prune side describes it so (`models.user._pointwise_dense`), and
its estimate of every weight layer equals the estimate of the project hls4ml writes (real hls4ml, no C++
compile). Until 2026-12-05 it was costed as one Dense applied once: phi1 of a (16, 4) input 1 cycle and 213 FF
on the prune side against 17 cycles and 5,333 FF in the written project."""

import numpy as np
import pytest

from fpgaprune.core.hardware.layer import ConvWindow
from fpgaprune.core.zoo import WeightLayer

from .both_sides import both_sides


def _deep_sets(input_shape):
    """Dense 8 -> Dense 8 over every position of `input_shape` (phi), a global average, Dense 3 (rho); weights
    on a 1/4 grid, some zero."""
    from fpgaprune.compat import keras

    layers = keras.layers
    pooling = layers.GlobalAveragePooling1D if len(input_shape) == 2 else layers.GlobalAveragePooling2D
    inputs = keras.Input(input_shape, name="x")
    h = keras.layers.Dense(8, activation="relu", name="phi1")(inputs)
    h = keras.layers.Dense(8, activation="relu", name="phi2")(h)
    h = pooling(name="pool")(h)
    model = keras.Model(inputs, keras.layers.Dense(3, name="rho")(h))
    rng = np.random.default_rng(0)
    for layer in model.layers:
        if layer.get_weights():
            kernel, bias = layer.get_weights()
            layer.set_weights([rng.integers(-3, 4, kernel.shape) / 4, rng.integers(-3, 4, bias.shape) / 4])
    return model


def _config(model, io_type):
    import hls4ml

    from fpgaprune.hls.quiet import quietly

    config = quietly(hls4ml.utils.config_from_keras_model, model, granularity="name", backend="Vitis")
    config["Model"].update(Precision="fixed<16,6>", ReuseFactor=1, Strategy="Latency")
    config["LayerName"]["phi2"].update(ReuseFactor=4, Strategy="Resource")
    config["IOType"] = io_type
    return config


def test_a_dense_over_positions_is_described_as_hls4ml_builds_it():
    from fpgaprune.models.user import weight_layers

    one, two = weight_layers(_deep_sets((6, 4))), weight_layers(_deep_sets((3, 2, 4)))
    row, grid = ConvWindow(1, 6, 1, 6), ConvWindow(3, 2, 3, 2)  # kernel 1, stride 1, no padding
    assert one[0] == WeightLayer("phi1", "conv1d", 4, 8, (1, 4, 8), 6, 6, 6, True, window=row)
    assert one[1] == WeightLayer("phi2", "conv1d", 8, 8, (1, 8, 8), 6, 6, 6, False, window=row)
    assert two[0] == WeightLayer("phi1", "conv2d", 4, 8, (1, 1, 4, 8), 6, 6, 6, True, window=grid)
    assert one[2].kind == two[2].kind == "dense" and one[2].positions == 1  # rho reads the pooled vector


@pytest.mark.parametrize(
    ("input_shape", "io_type", "call"),
    [
        ((6, 4), "io_parallel", "nnet::pointwise_conv_1d_cl"),
        ((6, 4), "io_stream", "nnet::pointwise_conv_1d_cl"),
        ((3, 2, 4), "io_parallel", "nnet::pointwise_conv_2d_cl"),
    ],
)
def test_the_prune_side_costs_a_dense_over_positions_as_the_written_project(
    tmp_path, input_shape, io_type, call
):
    """phi1 (Latency) and phi2 (Resource, RF 4) are the pointwise convolutions hls4ml writes, and each weight
    layer's DSP, BRAM_18K, LUT, FF, latency and II on the prune side equal those of the written project's
    estimate (one target, the project's)."""
    model = _deep_sets(input_shape)
    sides = both_sides(model, _config(model, io_type), tmp_path / "project", io_type)
    assert sides.source.count(call) == 2
    assert [sides.designed[name].strategy for name in ("phi1", "phi2", "rho")] == [
        "latency",
        "resource",
        "latency",
    ]
    assert sides.differences(("phi1", "phi2", "rho")) == []
    assert sides.prune_side["phi1"]["latency_cycles"] > 1  # six positions in turn, not one Dense applied once


def _qkeras_deep_sets():
    """JetID-L1's QDeepSets shape: QDense 8 -> QDense 8 (8-bit weights, quantized_relu(8,0)) over 16
    particles of 3 features, a global average, QDense 4 (rho); float weights off the quantizers' grid, some
    beyond 1, which `quantized_bits(8,0)` clips and a raw `fixed<8,1>` would wrap."""
    from fpgaprune.compat import keras

    import qkeras

    bits = "quantized_bits(8,0,alpha=1)"

    def dense(units, name):
        return qkeras.QDense(units, kernel_quantizer=bits, bias_quantizer=bits, name=name)

    inputs = keras.Input((16, 3), name="particles")
    h = qkeras.QActivation("quantized_relu(8,0)", name="relu1")(dense(8, "phi1")(inputs))
    h = qkeras.QActivation("quantized_relu(8,0)", name="relu2")(dense(8, "phi2")(h))
    h = keras.layers.GlobalAveragePooling1D(name="pool")(h)
    model = keras.Model(inputs, dense(4, "rho")(h))
    rng = np.random.default_rng(3)
    model.set_weights([rng.normal(scale=0.7, size=w.shape) for w in model.get_weights()])
    return model


def test_a_qkeras_deep_sets_is_written_with_its_quantized_weights_and_costed_as_written(tmp_path):
    """hls4ml 1.3 replaces a QDense over positions by a convolution without its quantizers: JetID-L1's
    QDeepSets taggers were written with their float weights in `fixed<8,1>` (1.0 stored as -1), and their C
    simulations lost 26 to 30 points. fpgaprune converts them with their quantised weights
    (`convert.quantized_for_hls4ml`). The Dense after the global average multiplies the 10 bits a mean
    of 16 `ufixed<8,0>` values has in `fixed<16,6>` (`hls_config.pooled_operand_bits`), LUT products where the
    prune side counted DSPs."""
    model = _qkeras_deep_sets()
    phi1 = model.get_layer("phi1")
    trained = phi1.get_weights()[0]
    sides = both_sides(model, _config(model, "io_parallel"), tmp_path / "project", "io_parallel")
    kernel = np.asarray(phi1.kernel_quantizer_internal(phi1.kernel))
    written = np.array(sides.graph.graph["phi1"].get_weights("weight").data, np.float64).reshape(kernel.shape)
    assert np.array_equal(written, kernel) and np.abs(trained).max() > 1  # written as quantised
    assert np.array_equal(phi1.get_weights()[0], trained)  # the model's own weights as they were
    assert sides.designed["rho"].operand_bits == 10
    assert sides.differences(("phi1", "phi2", "rho")) == []


def test_a_dense_over_three_dimensions_before_its_last_is_refused_in_one_line():
    from fpgaprune.compat import keras

    from fpgaprune.models.user import check_supported

    inputs = keras.Input((2, 2, 2, 3))
    model = keras.Model(inputs, keras.layers.Dense(2, name="wide")(inputs))
    with pytest.raises(ValueError, match=r"'wide' is a Dense over a 4-dimensional input.*Reshape") as error:
        check_supported(model, classifier=False)
    assert "\n" not in str(error.value)


@pytest.mark.slow
def test_a_deep_sets_tagger_is_pruned_and_its_masks_keep_the_dense_kernels_shape(tmp_path, capsys):
    """The whole walk (selection on the pointwise convolution's kernel, masked fine-tuning, fading, the final
    masks): masks.npz holds each Dense's Keras kernel shape, the saved model is zero where they say, and the
    design keeps to its budget."""
    import json

    import yaml

    from fpgaprune.cli import main
    from fpgaprune.models.load import load_model_file

    model = _deep_sets((6, 4))
    rng = np.random.default_rng(1)
    x = rng.normal(size=(300, 6, 4)).astype(np.float32)
    y = (x[:, :, 0].mean(axis=1) > 0).astype(np.int64) + 2 * (x[:, :, 1].mean(axis=1) > 0)
    from fpgaprune.compat import keras

    out_layer = keras.layers.Activation("softmax", name="sm")(keras.layers.Dense(4, name="out")(model.output))
    tagger = keras.Model(model.input, out_layer)
    tagger.compile("adam", "sparse_categorical_crossentropy")
    tagger.fit(x[:200], y[:200], epochs=5, verbose=0)
    tagger.save(tmp_path / "tagger.h5")
    splits = {"train": slice(0, 200), "val": slice(200, 250), "test": slice(250, 300)}
    arrays = {f"{a}_{s}": v[i] for s, i in splits.items() for a, v in (("x", x), ("y", y))}
    np.savez(tmp_path / "data.npz", **arrays)
    hls = {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1}}
    (tmp_path / "hls.yml").write_text(yaml.safe_dump(hls))
    fast = "{schedule: {kind: constant, step: 0.3}, final_epochs: 1, regularise_epochs: 0, max_failures: 0}"
    out = tmp_path / "out"
    code = main(
        [
            "optimize", "--model", str(tmp_path / "tagger.h5"), "--data", str(tmp_path / "data.npz"),
            "--hls-config", str(tmp_path / "hls.yml"), "--budget", "dsp=0.3", "--rtol", "0.5",
            "--epochs-per-step", "1", "--pruning", fast, "--seed", "3", "--json", "--out", str(out),
        ]
    )  # fmt: skip
    printed = capsys.readouterr()
    assert code == 0, printed.err
    summary = json.loads(printed.out)
    pruned = load_model_file(out / "model.h5")
    with np.load(out / "masks.npz") as masks:
        for name in ("phi1", "phi2", "rho", "out"):
            kernel = pruned.get_layer(name).get_weights()[0]
            assert masks[name].shape == kernel.shape
            assert not np.any(kernel[~masks[name]])
        assert not masks["phi1"].all() or not masks["phi2"].all()  # the phi layers were pruned
    assert summary["status"] == "ok" and summary["dsp"] <= summary["budget"]["dsp"]
