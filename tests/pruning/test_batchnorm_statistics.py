"""After every fine-tuning of a pruning step each BatchNormalization's moving statistics are its input's
over the training samples under the pruned weights (`finetune.refit_batchnorm_statistics`).

A float ResNet-style CNN (Fashion-MNIST 16x16, Conv2D + BatchNormalization + ReLU blocks joined by Add,
knapsack_dsp_bram, 2 epochs a step, rtol 0.95, 2026-12-04) rejected every pruning step: its first at
validation accuracy 0.355 after fine-tuning at a training accuracy of 0.70, the moving statistics (momentum
0.99) still close to the unpruned network's. Refitted, the same walk reached 0.333 of its 0.5."""

import numpy as np
import pytest

keras = pytest.importorskip("fpgaprune.compat").keras


def _model():
    keras.utils.set_random_seed(0)
    inputs = keras.Input((6, 6, 1), name="image")
    x = keras.layers.Conv2D(4, 3, name="conv")(inputs)
    x = keras.layers.ReLU(name="relu")(keras.layers.BatchNormalization(name="bn")(x))
    x = keras.layers.Dense(3, name="output")(keras.layers.Flatten(name="flatten")(x))
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))


def _data(n: int = 300):
    from fpgaprune.data.user import make_user_dataset

    rng = np.random.default_rng(0)
    x = rng.normal(size=(n, 6, 6, 1)).astype("float32")
    y = (x[:, :3].sum(axis=(1, 2, 3)) > 0).astype("int64") + (x[:, 3:].mean(axis=(1, 2, 3)) > 0.2)
    arrays = {"x_train": x[:200], "y_train": y[:200], "x_val": x[200:], "y_val": y[200:]}
    return make_user_dataset(arrays, (6, 6, 1), 3)


def test_a_step_leaves_each_batchnorm_with_its_inputs_statistics_under_the_pruned_weights():
    from fpgaprune.pruning.finetune import finetune

    model, data = _model(), _data()
    model.compile(keras.optimizers.Adam(0.02), "sparse_categorical_crossentropy")
    model.fit(data.x_train, data.y_train, epochs=20, batch_size=32, verbose=0)
    bn = model.get_layer("bn")
    bn.moving_mean.assign(np.full(4, 5.0, np.float32))  # far from what the layer reads: refitting them helps
    bn.moving_variance.assign(np.full(4, 9.0, np.float32))
    kernel = model.get_layer("conv").kernel.numpy()
    masks = {"conv": np.abs(kernel) > np.quantile(np.abs(kernel), 0.5), "output": np.ones((64, 3), bool)}
    for epochs in (0, 1):
        finetune(model, data, masks, epochs=epochs, batch_size=32, learning_rate=0.01)
        reads = keras.Model(model.inputs, bn.input).predict(data.x_train, verbose=0).reshape(-1, 4)
        assert np.allclose(bn.moving_mean.numpy(), reads.mean(axis=0), atol=1e-5)
        assert np.allclose(bn.moving_variance.numpy(), reads.var(axis=0), atol=1e-5)
        assert np.all(model.get_layer("conv").kernel.numpy()[~masks["conv"]] == 0)


def test_statistics_refitting_would_spoil_are_kept_as_trained():
    """Fine-tuned on inputs unlike the ones the model was trained on (labelled by the model itself, as a
    public LeNet-5 walked on generated data was), refitted statistics change what the model computes:
    validation decides, and the statistics it was trained with stay."""
    from fpgaprune.data.user import make_user_dataset
    from fpgaprune.pruning.finetune import finetune, refit_batchnorm_statistics

    model, trained = _model(), _data()
    model.compile(keras.optimizers.Adam(0.02), "sparse_categorical_crossentropy")
    model.fit(trained.x_train, trained.y_train, epochs=20, batch_size=32, verbose=0)
    x = (np.random.default_rng(1).normal(size=(300, 6, 6, 1)) * 0.3 + 2.0).astype("float32")
    y = np.argmax(model.predict(x, verbose=0), axis=1)  # the model's own labels: accuracy 1.0 as trained
    data = make_user_dataset({"x_train": x[:200], "y_train": y[:200], "x_val": x[200:], "y_val": y[200:]},
                             (6, 6, 1), 3)  # fmt: skip
    refitted = keras.models.clone_model(model)
    refitted.set_weights(model.get_weights())
    refit_batchnorm_statistics(refitted, data.x_train)
    assert np.mean(np.argmax(refitted.predict(data.x_val, verbose=0), axis=1) == data.y_val) < 0.9
    bn = model.get_layer("bn")
    statistics = bn.moving_mean.numpy(), bn.moving_variance.numpy()
    masks = {"conv": np.ones((3, 3, 1, 4), bool), "output": np.ones((64, 3), bool)}
    assert finetune(model, data, masks, epochs=0, batch_size=32, learning_rate=0.01) == 1.0
    assert np.array_equal(bn.moving_mean.numpy(), statistics[0])
    assert np.array_equal(bn.moving_variance.numpy(), statistics[1])


def test_a_channel_pruned_whole_keeps_a_bounded_scale_and_the_same_output():
    """A filter pruned whole feeds its BatchNormalization one value (its bias, through nothing here): refit,
    its variance was 0, and the scale hls4ml folds, gamma / sqrt(variance + epsilon), 31.6 gamma. A public
    autoencoder's reached 264 in `scale: ap_fixed<13,6>`, which wrapped (its C simulation's mse 379 against
    Keras's 473). Now that channel's mean is the value and its variance 1: Keras computes the same, and the
    scale hls4ml writes stays gamma's."""
    import hls4ml

    from fpgaprune.hls.quiet import quietly
    from fpgaprune.pruning.finetune import finetune

    model, data = _model(), _data()
    bn = model.get_layer("bn")
    bn.gamma.assign(np.array([1.5, 2.0, 0.5, 1.0], np.float32))
    kernel, bias = model.get_layer("conv").get_weights()
    kernel[..., 2], bias[2] = 0.0, 0.3  # filter 2 pruned whole: its outputs are its bias, 0.3
    model.get_layer("conv").set_weights([kernel, bias])
    masks = {"conv": kernel != 0, "output": np.ones((64, 3), bool)}
    finetune(model, data, masks, epochs=0, batch_size=32, learning_rate=0.01)
    mean, variance = bn.moving_mean.numpy(), bn.moving_variance.numpy()
    assert (mean[2], variance[2]) == (np.float32(0.3), 1.0)
    reads = keras.Model(model.inputs, bn.input).predict(data.x_train, verbose=0).reshape(-1, 4)
    live = [0, 1, 3]
    assert np.allclose(mean[live], reads[:, live].mean(axis=0), atol=1e-5)  # the others as refitted
    assert np.allclose(variance[live], reads[:, live].var(axis=0), atol=1e-5)
    after = keras.Model(model.inputs, bn.output).predict(data.x_val, verbose=0)
    assert np.all(after[..., 2] == bn.beta.numpy()[2])  # the channel's output is its beta, exactly
    steady = model.predict(data.x_val, verbose=0)
    bn.moving_variance.assign(np.where(np.arange(4) == 2, 0.0, variance).astype(np.float32))  # as refitted
    assert np.array_equal(model.predict(data.x_val, verbose=0), steady)  # Keras computes the same
    bn.moving_variance.assign(variance)
    config = {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1, "Strategy": "Latency"}}
    hls_model = quietly(
        hls4ml.converters.convert_from_keras_model, model, hls_config=config, backend="Vivado"
    )
    (written,) = [layer for layer in hls_model.get_layers() if layer.class_name == "BatchNormalization"]
    scale = written.get_weights("scale").data
    assert abs(scale[2] - 0.5) < 1e-3 and np.abs(scale).max() < 100  # gamma / sqrt(1 + epsilon)


def test_statistics_kept_as_trained_are_steadied_without_changing_what_keras_computes():
    """Kept as fine-tuned (validation preferred them to the refit's), a channel pruned whole has a mean that
    is not its constant input, so its output is not beta: it becomes beta, and Keras computes what it did."""
    from fpgaprune.pruning.finetune import steady_constant_channels

    model, data = _model(), _data()
    bn = model.get_layer("bn")
    kernel, bias = model.get_layer("conv").get_weights()
    kernel[..., 2], bias[2] = 0.0, 0.3
    model.get_layer("conv").set_weights([kernel, bias])
    bn.moving_mean.assign(np.array([0.1, 0.2, 5.0, 0.4], np.float32))  # as trained, far from 0.3
    bn.moving_variance.assign(np.array([1.0, 2.0, 1e-4, 3.0], np.float32))  # shrunk towards 0
    before = model.predict(data.x_val, verbose=0)
    steady_constant_channels(model, data.x_train)
    assert np.array_equal(model.predict(data.x_val, verbose=0), before)
    assert bn.moving_mean.numpy()[2] == np.float32(0.3) and bn.moving_variance.numpy()[2] == 1.0
    assert bn.moving_variance.numpy()[[0, 1, 3]].tolist() == [1.0, 2.0, 3.0]  # the others as they were


def test_a_batchnorm_of_trainable_false_keeps_its_statistics():
    """A frozen feature extractor's BatchNormalization (trainable=False, kept as given as its frozen weight
    layers are): its statistics were refitted on the training data (a JetID-L1 MLP's mean 89.4 -> 91.5,
    2026-12-06); they stay as given, with or without epochs."""
    from fpgaprune.pruning.finetune import finetune

    model, data = _model(), _data()
    bn = model.get_layer("bn")
    bn.moving_mean.assign(np.full(4, 5.0, np.float32))  # far from what it reads: a refit would move them
    bn.moving_variance.assign(np.full(4, 9.0, np.float32))
    bn.trainable = False
    masks = {"conv": np.ones((3, 3, 1, 4), bool), "output": np.ones((64, 3), bool)}
    for epochs in (0, 1):
        finetune(model, data, masks, epochs=epochs, batch_size=32, learning_rate=0.01)
        assert np.all(bn.moving_mean.numpy() == 5.0) and np.all(bn.moving_variance.numpy() == 9.0)
