"""A tiny pruned QKeras MLP and its hls4ml project, shared by the hls tests.

16 inputs (multiples of 1/16 in [0, 1], representable in the design's ap_fixed<16,6> input) ->
fc1 (8, quantised ReLU) -> output (4 logits) -> softmax, trained for a second on a learnable
teacher. Half of fc1's multiplier patterns at RF 4 are zeroed by magnitude, so fc1 is built
with Resource_Unrolled at RF 4 and the output layer with Latency at RF 1.
"""

import numpy as np

N_IN, N_HIDDEN, N_CLASSES, RF = 16, 8, 4, 4
QUANTIZATION = {
    "weight_bits": 8,
    "weight_integer_bits": 1,
    "activation_bits": 8,
    "activation_integer_bits": 3,
}


def random_weights(model):
    """`model` with every weight drawn at random (batch normalisations far from a no-op, variances > 0)."""
    rng = np.random.default_rng(0)
    for layer in model.layers:
        if layer.weights:
            drawn = [rng.normal(size=w.shape) + (2.0 if "variance" in w.name else 0.0) for w in layer.weights]
            layer.set_weights([value.astype("float32") for value in drawn])
    return model


def tiny_data(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = (rng.integers(0, 17, size=(n, N_IN)) / 16).astype(np.float32)
    teacher = np.random.default_rng(42).normal(size=(N_IN, N_CLASSES))
    return x, np.argmax((x - 0.5) @ teacher, axis=1)


def tiny_model(prune: bool = True, seed: int = 1):
    from fpgaprune.compat import keras

    import qkeras

    keras.utils.set_random_seed(seed)
    weights = f"quantized_bits({QUANTIZATION['weight_bits']},{QUANTIZATION['weight_integer_bits']},alpha=1)"
    relu = f"quantized_relu({QUANTIZATION['activation_bits']},{QUANTIZATION['activation_integer_bits']})"
    inputs = keras.Input(shape=(N_IN,), name="input")  # the zoo's name, reserved by hls4ml
    x = qkeras.QDense(N_HIDDEN, name="fc1", kernel_quantizer=weights, bias_quantizer=weights)(inputs)
    x = qkeras.QActivation(relu, name="fc1_relu")(x)
    x = qkeras.QDense(N_CLASSES, name="output", kernel_quantizer=weights, bias_quantizer=weights)(x)
    model = keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))
    model.compile(optimizer=keras.optimizers.Adam(0.02), loss="sparse_categorical_crossentropy")
    x_train, y_train = tiny_data(512)
    model.fit(x_train, y_train, epochs=20, batch_size=64, verbose=0)
    if prune:
        kernel, bias = model.get_layer("fc1").get_weights()
        model.get_layer("fc1").set_weights([kernel * pattern_mask(kernel, RF, keep=0.5), bias])
    return model


def float_tiny_model(seed: int):
    """The tiny task's MLP in float Keras (no QKeras): fc1 (ReLU) -> output (logits) -> softmax, trained."""
    from fpgaprune.compat import keras

    keras.utils.set_random_seed(seed)
    inputs = keras.Input(shape=(N_IN,), name="input")
    hidden = keras.layers.Dense(N_HIDDEN, activation="relu", name="fc1")(inputs)
    logits = keras.layers.Dense(N_CLASSES, name="output")(hidden)
    model = keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(logits))
    model.compile(optimizer=keras.optimizers.Adam(0.02), loss="sparse_categorical_crossentropy")
    model.fit(*tiny_data(512), epochs=20, batch_size=64, verbose=0)
    return model


def pattern_mask(kernel: np.ndarray, reuse_factor: int, keep: float) -> np.ndarray:
    """Keep the patterns (RF consecutive weights of the transposed kernel) with the largest L1 norm."""
    patterns = np.abs(kernel.T).reshape(-1, reuse_factor).sum(axis=1)
    kept = patterns >= np.quantile(patterns, 1 - keep)
    return np.repeat(kept, reuse_factor).reshape(kernel.shape[1], kernel.shape[0]).T.astype(kernel.dtype)


def vitis_settings(io_type: str = "io_parallel"):
    """The pipeline's hls settings of a Vitis design on an xcu250 at 5 ns, `ap_fixed<16,6>`, Latency."""
    from fpgaprune.config import HlsSettings

    return HlsSettings(
        backend="Vitis",
        part="xcu250-figd2104-2L-e",
        clock_period=5,
        io_type=io_type,
        precision="ap_fixed<16,6>",
        input_precision=None,
        accum_precision="auto",
        strategy="latency",
        synthesis="none",
        csim_samples=None,
    )
