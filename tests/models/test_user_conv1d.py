"""A user's Conv1D classifier: read as hls4ml multiplies it, given the strategies hls4ml runs, and pruned."""

import numpy as np
import pytest

from fpgaprune.config import LayerHls

WIDTH, CHANNELS, FILTERS, KERNEL = 16, 3, 8, 3


def _model(pooling="MaxPooling1D"):
    from fpgaprune.compat import keras

    inputs = keras.layers.Input((WIDTH, CHANNELS))
    x = keras.layers.Conv1D(FILTERS, KERNEL, activation="relu", name="conv")(inputs)
    x = getattr(keras.layers, pooling)(name="pool")(x)
    if not pooling.startswith("Global"):
        x = keras.layers.Flatten()(x)
    x = keras.layers.Dense(3, name="output")(x)
    return keras.Model(inputs, keras.layers.Activation("softmax")(x))


@pytest.mark.parametrize("pooling", ["MaxPooling1D", "AveragePooling1D", "GlobalAveragePooling1D"])
def test_a_conv1d_classifier_is_read_as_hls4ml_multiplies_it(pooling):
    from fpgaprune.core.design import design_layers
    from fpgaprune.models.user import check_supported, hls_design, weight_layers

    model = _model(pooling)
    check_supported(model)
    conv = weight_layers(model)[0]
    out_width = WIDTH - KERNEL + 1
    assert (conv.kind, conv.n_in, conv.n_out, conv.kernel_shape, conv.positions) == (
        "conv1d",
        KERNEL * CHANNELS,
        FILTERS,
        (KERNEL, CHANNELS, FILTERS),
        out_width,
    )
    hls_config = {
        "Model": {"Precision": "ap_fixed<16,6>", "ReuseFactor": 1, "Strategy": "Latency"},
        "LayerName": {"conv": {"ReuseFactor": 3, "Strategy": "Resource"}},
    }
    design = hls_design(model, hls_config)
    weights = weight_layers(model)
    layers = design_layers(
        weights, design.setting.resolve(weights, "t"), design.precisions, design.io_type, pruned=True
    )
    assert layers[0].kind == "conv1d" and layers[0].output_positions == out_width
    # io_parallel: hls4ml's conv_1d_resource_cl never calls the unrolled kernel, so the layer stays Resource
    assert (layers[0].strategy, layers[0].reuse_factor, layers[1].strategy) == ("resource", 3, "latency")


def test_hls4ml_is_given_the_strategy_it_runs_for_a_conv1d_layer():
    from fpgaprune.hls.convert import layer_strategies

    model = _model()
    reuse = {"conv": LayerHls(3, "resource")}
    assert layer_strategies(model, reuse, "io_parallel", pruned=True, backend="Vivado")["conv"] == (
        3,
        "Resource",
    )
    stream = layer_strategies(model, reuse, "io_stream", pruned=True, backend="Vivado")
    assert stream["conv"] == (3, "Resource_Unrolled")


def test_the_project_fpgaprune_writes_for_a_conv1d_model_reads_back_as_costed(tmp_path):
    pytest.importorskip("hls4ml")
    from fpgaprune.core.hardware.project import read_project
    from fpgaprune.hls.convert import layer_strategies, prepare_model, write_project

    from ..configs import hls_settings

    model = _model()
    reuse = {"conv": LayerHls(3, "resource"), "output": LayerHls(1, "latency")}
    strategies = layer_strategies(model, reuse, "io_stream", pruned=True, backend="Vivado")
    settings = hls_settings(precision="ap_fixed<16,6>", io_type="io_stream", backend="Vivado")
    write_project(prepare_model(model, "output")[0], settings, strategies, tmp_path / "prj", "output")
    layers, kernels, _ = read_project(tmp_path / "prj")
    conv = layers[0]
    assert (conv.kind, conv.reuse_factor, conv.strategy) == ("conv1d", 3, "resource_unrolled")
    assert (conv.input_positions, conv.output_positions) == (WIDTH, WIDTH - KERNEL + 1)
    assert np.allclose(kernels[0], model.get_layer("conv").kernel.numpy(), atol=1e-9)


@pytest.mark.slow
def test_a_conv1d_classifier_is_pruned_to_a_dsp_budget(tmp_path):
    from fpgaprune.compat import keras

    import fpgaprune

    keras.utils.set_random_seed(0)  # initial weights: not what the tests before left in the global RNG
    rng = np.random.default_rng(0)
    x = rng.normal(size=(500, WIDTH, CHANNELS)).astype("float32")
    y = (x[:, :, 0].mean(axis=1) > 0).astype(int) + (x[:, :, 1].mean(axis=1) > 0).astype(int)
    model = _model()
    model.compile("adam", "sparse_categorical_crossentropy", metrics=["accuracy"])
    model.fit(x[:300], y[:300], epochs=3, verbose=0)
    model.save(tmp_path / "model.h5")
    result = fpgaprune.optimize(
        tmp_path / "model.h5",
        (x[:300], y[:300]),
        (x[300:400], y[300:400]),
        (x[400:], y[400:]),
        hls_config={"Model": {"Precision": "ap_fixed<16,6>", "ReuseFactor": 1, "Strategy": "Latency"}},
        budget={"dsp": 0.5},
        method="knapsack_dsp",
        seed=1,
        pruning={"schedule": {"kind": "polynomial", "steps": 2}, "epochs_per_step": 1, "final_epochs": 1},
        training={"batch_size": 64},
    )
    assert result.masks["conv"].shape == (KERNEL, CHANNELS, FILTERS)
    # which layer gives up its multipliers is the knapsack's choice (the conv's and the Dense's importances
    # are close, so it differs with the training's last bits between machines): some mask is pruned, and
    # every pruned weight of either layer is zero
    assert not all(mask.all() for mask in result.masks.values())
    for name, mask in result.masks.items():
        kernel = result.model.get_layer(name).kernel.numpy()
        assert np.all(kernel[~mask.astype(bool)] == 0), name
    estimate = result.metrics["estimate"]
    assert estimate["layers"]["conv"]["source"] == "estimate"
    assert estimate["totals"]["dsp"] < result.metrics["selection"]["baseline"]["dsp"]
