"""A user's recurrent tagger (a GRU or LSTM over a sequence of particles or hits, hls4ml's RNN designs):
the GRU/LSTM carried unpruned (never masked, kept as trained, costed in the written hls4ml project and
reserved with the other carried layers), the Dense layers around it pruned.

Until 2026-12-05 `check_supported` refused a GRU or LSTM by name. hls4ml 1.3 types a recurrent layer's
`auto` result as the Model default (`InferPrecisionTypes._infer_rnn_precision` infers its weights only),
which the next weight layer reads."""

import json

import numpy as np
import pytest

from .both_sides import both_sides
from .optimized import CLASSES, optimize, pruned_model, trained, written_as_designed

STEPS, FEATURES = 8, 3


def sequences(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Sequences on the 1/16 grid of the design's fixed<16,6> input: noise in [0, 0.5] over `STEPS` steps of
    `FEATURES` values; class 0 rises in feature 0 over the steps, class 1 in feature 1, class 2 alternates in
    feature 0 (which a mean over the steps does not tell from class 0: the recurrence must see it)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, CLASSES, size=n)
    x = rng.integers(0, 9, size=(n, STEPS, FEATURES)) / 16
    ramp = np.arange(STEPS) / (2 * STEPS)
    x[y == 0, :, 0] += ramp
    x[y == 1, :, 1] += ramp
    x[y == 2, :, 0] += 0.25 * (np.arange(STEPS) % 2)
    return x.astype("float32"), y


def _tagger(kind: str = "GRU", sequence_out: bool = False, **recurrent):
    """`kind`(8) over `STEPS` x `FEATURES` -> Dense 8 (ReLU) -> Dense (logits) -> softmax; `sequence_out`: the
    recurrent layer returns every step, read by a Dense over the steps (hls4ml's pointwise Conv1D) and a
    Flatten."""
    from fpgaprune.compat import keras

    layers = keras.layers
    inputs = keras.Input((STEPS, FEATURES), name="hits")
    h = getattr(layers, kind)(8, return_sequences=sequence_out, name="rnn", **recurrent)(inputs)
    if sequence_out:
        h = layers.Flatten(name="flat")(layers.Dense(4, activation="relu", name="per_step")(h))
    h = layers.Dense(8, activation="relu", name="fc1")(h)
    logits = layers.Dense(CLASSES, name="output")(h)
    return keras.Model(inputs, layers.Activation("softmax", name="softmax")(logits))


def _weights_on_grid(model):
    rng = np.random.default_rng(0)
    for layer in model.layers:
        if layer.get_weights():
            layer.set_weights([rng.integers(-3, 4, w.shape) / 8 for w in layer.get_weights()])
    return model


@pytest.mark.parametrize(
    ("kind", "sequence_out", "io_type", "rnn_result"),
    [
        ("GRU", False, "io_parallel", None),
        ("LSTM", True, "io_parallel", "fixed<10,3>"),
        ("GRU", False, "io_stream", None),
    ],
)
def test_the_weight_layers_around_a_recurrent_layer_are_costed_as_the_written_project(
    tmp_path, kind, sequence_out, io_type, rnn_result
):
    """Each weight layer's six numbers on the prune side equal the written project's (real hls4ml, no C++
    compile), the first reading the recurrent layer's result type (the Model default, or its entry's); the
    project's estimate costs the recurrent layer itself, which the reserve of a part's budget takes out."""
    import hls4ml

    from fpgaprune.core.hardware.glue import estimate_project
    from fpgaprune.core.hardware.precision import parse_precision
    from fpgaprune.hls.quiet import quietly

    model = _weights_on_grid(_tagger(kind, sequence_out))
    config = quietly(hls4ml.utils.config_from_keras_model, model, granularity="name", backend="Vitis")
    config["Model"].update(Precision="fixed<16,6>", ReuseFactor=1, Strategy="Latency")
    if rnn_result:
        config["LayerName"]["rnn"]["Precision"]["result"] = rnn_result
    sides = both_sides(model, config, tmp_path / "project", io_type)
    first = "per_step" if sequence_out else "fc1"
    assert sides.designed[first].input_type == parse_precision(rnn_result or "fixed<16,6>")
    names = [first, "fc1", "output"] if sequence_out else ["fc1", "output"]
    assert sides.differences(names) == []
    rnn = estimate_project(tmp_path / "project")["activations"]["rnn"]
    assert rnn["kind"] == kind.lower() and rnn["dsp"] > 0 and rnn["latency_cycles"] > STEPS


@pytest.mark.parametrize(
    ("kind", "option", "why"),
    [
        ("GRU", {"reset_after": False}, "computes the reset gate after the recurrent product"),
        ("GRU", {"go_backwards": True}, "reads the sequence forwards"),
        ("LSTM", {"go_backwards": True}, "reads the sequence forwards"),
        ("LSTM", {"return_state": True}, "returns no state"),
        ("GRU", {"use_bias": False}, "fails on a layer without bias"),
    ],
)
def test_a_recurrent_layer_hls4ml_computes_otherwise_is_refused_in_one_line(kind, option, why):
    """hls4ml 1.3's project computes a GRU of reset_after=False and a backwards layer as if they were neither
    (its C simulation was 0.33-0.88 off Keras on outputs up to 0.72, `recurrent_refusal`), raises for
    return_state and fails on a layer without bias."""
    from fpgaprune.compat import keras

    from fpgaprune.models.user import check_supported

    inputs = keras.Input((STEPS, FEATURES))
    h = getattr(keras.layers, kind)(4, name="rnn", **option)(inputs)
    h = h[0] if isinstance(h, list) else h
    model = keras.Model(inputs, keras.layers.Dense(CLASSES, activation="softmax", name="output")(h))
    ((key, value),) = option.items()
    with pytest.raises(ValueError) as error:
        check_supported(model)
    message = str(error.value)
    assert message.startswith((f"layer 'rnn' is an {kind} of {key}={value}", f"layer 'rnn' is a {kind} of"))
    assert why in message and f"build it with {key}={not value}" in message and "\n" not in message


def test_fine_tuning_keeps_the_recurrent_layer_as_trained_and_hls4ml_s_own_loop_is_refused():
    """`MaskedTrainer` masks the GRU's gradients to zero (its cost is reserved as trained): after Adam steps
    its kernels and biases are unchanged while the Dense layers train; hls4ml's own loop, which would train
    it, is refused in one line."""
    from fpgaprune.compat import keras

    from fpgaprune.models.user import peer_frozen_refusal
    from fpgaprune.pruning.finetune import MaskedTrainer

    model = _tagger()
    before = [w.copy() for w in model.get_layer("rnn").get_weights()]
    fc1 = model.get_layer("fc1").get_weights()[0].copy()
    masks = {name: np.ones(model.get_layer(name).kernel.shape, np.float32) for name in ("fc1", "output")}
    trainer = MaskedTrainer(model, masks)
    trainer.compile(optimizer=keras.optimizers.Adam(0.01), loss="sparse_categorical_crossentropy")
    x, y = sequences(32)
    for _ in range(3):
        trainer.train_on_batch(x, y)
    assert all(np.array_equal(a, b) for a, b in zip(model.get_layer("rnn").get_weights(), before))
    assert not np.allclose(model.get_layer("fc1").get_weights()[0], fc1)
    refusal = peer_frozen_refusal(model)
    assert "the GRU layer 'rnn' too" in refusal and "\n" not in refusal


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["GRU", "LSTM"])
def test_a_recurrent_tagger_is_pruned_built_and_simulated_with_its_recurrent_layer_unchanged(tmp_path, kind):
    """`fpgaprune optimize --hls` on a trained GRU (LSTM) tagger with hls4ml's own per-name configuration: a
    DSP budget is met by pruning the Dense layers; the recurrent layer's weights are the trained ones; the
    written project's weight layers have the types fpgaprune designed and the estimates the prune side gave
    them, and the project's estimate costs the recurrent layer; the C simulation classifies as Keras does on
    most samples (float weights truncated to fixed<16,6>, tables of 1,024 entries: not bit for bit)."""
    from fpgaprune.compat import keras

    from fpgaprune.core.hardware.glue import estimate_project

    config = trained(lambda: _tagger(kind), sequences, tmp_path)
    trained_rnn = keras.models.load_model(tmp_path / "model.h5").get_layer("rnn").get_weights()
    out = optimize(tmp_path, config, "io_parallel", "--budget", "dsp=0.5")

    pruned, masks = pruned_model(out)
    assert set(masks) == {"fc1", "output"}
    assert all(np.array_equal(a, b) for a, b in zip(pruned.get_layer("rnn").get_weights(), trained_rnn))
    metrics = json.loads((out / "metrics.json").read_text())
    selection = metrics["selection"]
    assert selection["kept_cost"]["dsp"] <= selection["budget"]["dsp"] < selection["baseline"]["dsp"]
    written_as_designed(pruned, out, tmp_path / "hls.yml", "io_parallel", carried=("rnn",))
    project = estimate_project(out / "hls" / "project")
    assert project["activations"]["rnn"]["dsp"] > 0
    for layer in ("fc1", "output"):
        for resource in ("dsp", "lut", "ff", "bram_18k", "latency_cycles"):
            assert metrics["estimate"]["layers"][layer][resource] == project["layers"][layer][resource]
    hls_metrics = json.loads((out / "hls" / "hls_metrics.json").read_text())
    assert hls_metrics["csim"]["status"] == "ok"
    assert hls_metrics["logits"]["argmax_agreement"] >= 0.95
