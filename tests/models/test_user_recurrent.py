"""A user's recurrent tagger (a GRU or LSTM over a sequence of particles or hits, hls4ml's RNN designs):
the GRU's/LSTM's two products, its kernel and its recurrent kernel (hls4ml's two `nnet::dense` calls of each
time step), pruned as weight layers of their own (`<layer>.kernel`, `<layer>.recurrent_kernel`) with the
Dense layers around it; the rest of it (activation tables, state update, the loop) is costed in the written
hls4ml project and reserved with the other carried parts.

Until 2026-12-05 `check_supported` refused a GRU or LSTM by name. hls4ml 1.3 types a recurrent layer's
`auto` result as the Model default (`InferPrecisionTypes._infer_rnn_precision` infers its weights only),
which the next weight layer and the recurrent kernel read, and gives the recurrent kernel the layer's
ReuseFactor, moved to the closest valid one under the Resource strategy (its `RecurrentReuseFactor` is not
read)."""

import json

import numpy as np
import pytest

from .both_sides import both_sides, weights_on_grid
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


@pytest.mark.parametrize(
    ("kind", "sequence_out", "io_type", "rnn_result", "strategy"),
    [
        ("GRU", False, "io_parallel", None, ("Latency", 1)),
        ("LSTM", True, "io_parallel", "fixed<10,3>", ("Latency", 1)),
        ("GRU", False, "io_stream", None, ("Latency", 1)),
        ("GRU", False, "io_parallel", None, ("Resource", 6)),
    ],
)
def test_a_recurrent_layer_s_products_and_the_layers_around_it_are_costed_as_the_written_project(
    tmp_path, caplog, kind, sequence_out, io_type, rnn_result, strategy
):
    """Each weight layer's six numbers on the prune side equal the written project's estimate (real hls4ml, no
    C++ compile): the Dense layers, the first reading the recurrent layer's result type (the Model default, or
    its entry's), and the recurrent layer's kernel and recurrent kernel (the project's parts of its estimate),
    designed with the reuse factor and types hls4ml writes: at ReuseFactor 6 under Resource the recurrent
    kernel (8 x 24, for which 6 is not valid) gets 4, and a `RecurrentReuseFactor` is not read."""
    import hls4ml

    from fpgaprune.core.hardware.precision import parse_precision
    from fpgaprune.hls.firmware import read_multipliers
    from fpgaprune.hls.quiet import quietly

    model = weights_on_grid(_tagger(kind, sequence_out), step=0.125)
    config = quietly(hls4ml.utils.config_from_keras_model, model, granularity="name", backend="Vitis")
    config["Model"].update(Precision="fixed<16,6>", ReuseFactor=1, Strategy="Latency")
    config["LayerName"]["rnn"].update(Strategy=strategy[0], ReuseFactor=strategy[1], RecurrentReuseFactor=3)
    if rnn_result:
        config["LayerName"]["rnn"]["Precision"]["result"] = rnn_result
    sides = both_sides(model, config, tmp_path / "project", io_type)
    first = "per_step" if sequence_out else "fc1"
    state = parse_precision(rnn_result or "fixed<16,6>")
    assert sides.designed[first].input_type == sides.designed["rnn.recurrent_kernel"].input_type == state
    names = ["rnn.kernel", "rnn.recurrent_kernel", first, "fc1", "output"]
    assert sides.differences(names) == []
    for part in ("kernel", "recurrent_kernel"):
        written, designed = sides.written[f"rnn.{part}"], sides.designed[f"rnn.{part}"]
        assert (written.reuse_factor, written.strategy) == (designed.reuse_factor, designed.strategy)
    reuse = tuple(sides.designed[f"rnn.{part}"].reuse_factor for part in ("kernel", "recurrent_kernel"))
    assert reuse == ((6, 4) if strategy == ("Resource", 6) else (1, 1))
    firmware = {layer.name: layer.reuse_factor for layer in read_multipliers(tmp_path / "project")}
    assert (firmware["rnn.kernel"], firmware["rnn.recurrent_kernel"]) == reuse  # `hls_code`'s rows too
    unread = [r.message for r in caplog.records if "does not read a RecurrentReuseFactor" in r.message]
    assert unread and unread[0].startswith("hls_config LayerName.rnn.RecurrentReuseFactor (layer rnn)")


@pytest.mark.parametrize(("reuse", "refused"), [(12, True), (18, False), (6, False)])
def test_a_recurrent_kernel_hls4ml_runs_with_the_other_case_s_function_is_refused(reuse, refused):
    """hls4ml 1.3 chooses the recurrent kernel's function by the layer's ReuseFactor but runs it at the
    closest valid factor: GRU(8) at 12 runs its 8 x 24 recurrent kernel at 8 with the function for > 8
    inputs, whose assertion aborted a top tagger's C simulation and the process (GRU(20) at 30, run at 20);
    18 runs at 16 and 6 at 4, each in its function's case."""
    from fpgaprune.models.user import hls_design

    hls = {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1, "Strategy": "Latency"}}
    hls["LayerName"] = {"rnn": {"ReuseFactor": reuse, "Strategy": "Resource"}}
    config = {"IOType": "io_parallel", "HLSConfig": hls}
    if not refused:
        hls_design(_tagger(), config)
        return
    with pytest.raises(ValueError) as error:
        hls_design(_tagger(), config)
    assert str(error.value) == (
        "hls_config LayerName.rnn.ReuseFactor (layer rnn): hls4ml 1.3 runs this 8-input recurrent kernel at "
        "reuse factor 8 with the function it chooses for 12 > 8 inputs, which asserts a factor above 8 and a "
        "multiple of it: the C simulation and the process abort; give a ReuseFactor that suits both of the "
        "layer's kernels"
    )


@pytest.mark.parametrize("style", [None, "dataflow"])
def test_a_pipelined_top_which_unrolls_the_time_steps_is_warned_of(style):
    """hls4ml 1.3 writes a PIPELINE top for a design of Latency layers only, under which HLS unrolls the GRU's
    time-step loop (a copy of its step per time step, which the estimate does not cost): one line says so and
    how to keep a DATAFLOW top; with `PipelineStyle: dataflow` there is none."""
    from fpgaprune.core.design import design_layers, unrolled_recurrent_warning
    from fpgaprune.models.user import hls_design, weight_layers

    model = _tagger()
    hls = {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1, "Strategy": "Latency"}}
    if style:
        hls["Model"]["PipelineStyle"] = style
    design = hls_design(model, {"IOType": "io_parallel", "HLSConfig": hls})
    weights = weight_layers(model)
    layers = design_layers(
        weights, design.setting.resolve(weights, "t"), design.precisions, "io_parallel", pruned=True
    )
    line = unrolled_recurrent_warning(weights, layers, design.precisions["fc1"].pipeline_style)
    if style:
        assert line is None
    else:
        assert line.startswith("rnn: the top function is pipelined") and "PipelineStyle: dataflow" in line


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


def test_fine_tuning_keeps_a_recurrent_kernel_s_pruned_weights_at_zero_and_trains_the_rest():
    """`MaskedTrainer` masks a GRU's kernel and recurrent kernel as a Dense's: after Adam steps the pruned
    weights are zero and the kept ones have trained; hls4ml's own loop, which prunes no recurrent layer, is
    refused in one line."""
    from fpgaprune.core.objective import CLASSIFIER
    from fpgaprune.models.user import peer_refusal, weight_holder, weight_layers
    from fpgaprune.pruning.finetune import MaskedTrainer, apply_masks

    model = _tagger()
    names = [layer.name for layer in weight_layers(model)]
    assert names == ["rnn.kernel", "rnn.recurrent_kernel", "fc1", "output"]
    rng = np.random.default_rng(0)
    masks = {name: rng.random(weight_holder(model, name).kernel.shape) < 0.5 for name in names}
    before = {name: weight_holder(model, name).kernel.numpy().copy() for name in names}
    apply_masks(model, masks)
    trainer = MaskedTrainer(model, tuple(names), CLASSIFIER)
    trainer.start(masks, learning_rate=0.01, iterations=4)
    x, y = sequences(32)
    for _ in range(3):
        trainer.train_on_batch(x, y)
    for name in ("rnn.kernel", "rnn.recurrent_kernel"):
        after = weight_holder(model, name).kernel.numpy()
        assert np.all(after[~masks[name]] == 0)
        assert not np.allclose(after[masks[name]], before[name][masks[name]])
    refusal = peer_refusal(model)
    assert "not a GRU ('rnn')" in refusal and "\n" not in refusal


def test_a_recurrent_layer_s_name_in_pruning_layers_stands_for_its_two_products():
    from fpgaprune.config import load_config
    from fpgaprune.models.user import weight_layers

    given = {
        "model": {"file": "tagger.h5"},
        "dataset": {"file": "hits.npz"},
        "pruning": {"layers": ["rnn", "fc1"]},
    }
    experiment = load_config({"experiments": {"e": given}}).experiment("e")
    scoped = experiment.with_model_layers(weight_layers(_tagger()), {})
    assert scoped.pruning.layers == ("rnn.kernel", "rnn.recurrent_kernel", "fc1")


def test_knapsack_rf_and_the_pipeline_s_own_configuration_are_refused_on_a_recurrent_model():
    """knapsack_rf costs a layer's latency once where a GRU runs its products every time step; the pipeline's
    own hls4ml configuration (a model file without one) writes no GRU entry: each refused in one line."""
    import fpgaprune
    from fpgaprune.config import load_config
    from fpgaprune.models.user import experiment_with_model

    model = _tagger()
    given = {"model": {"file": "tagger.h5"}, "dataset": {"file": "hits.npz"}}
    experiment = load_config({"experiments": {"e": given}}).experiment("e")
    with pytest.raises(ValueError, match=r"'rnn' is a GRU, whose design the pipeline's own hls4ml"):
        experiment_with_model(experiment, model)
    x, y = sequences(40)
    config = {"IOType": "io_parallel", "HLSConfig": {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1}}}
    with pytest.raises(ValueError, match=r"knapsack_rf .* not per time step as 'rnn' \(a GRU or LSTM\)"):
        fpgaprune.optimize(
            model, (x, y), (x, y), hls_config=config, budget={"dsp": 0.5}, method="knapsack_rf"
        )


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["GRU", "LSTM"])
def test_a_recurrent_tagger_is_pruned_in_its_kernels_built_and_simulated(tmp_path, kind):
    """`fpgaprune optimize --hls` on a trained GRU (LSTM) tagger with hls4ml's own per-name configuration: a
    DSP budget is met by pruning the recurrent layer's two kernels and the Dense layers; every pruned weight
    is zero in the saved model; the written project's weight layers, the kernels too, have the types, reuse
    factors and strategies fpgaprune designed and the estimates the prune side gave them; the C simulation
    classifies as Keras does on most samples (float weights truncated to fixed<16,6>, tables of 1,024 entries:
    not bit for bit)."""
    from fpgaprune.hls.run import estimate_source

    config = trained(lambda: _tagger(kind), sequences, tmp_path)
    out = optimize(tmp_path, config, "io_parallel", "--budget", "dsp=0.5")

    pruned, masks = pruned_model(out)
    assert set(masks) == {"rnn.kernel", "rnn.recurrent_kernel", "fc1", "output"}
    assert not masks["rnn.recurrent_kernel"].all()  # the recurrent kernel holds most multipliers
    metrics = json.loads((out / "metrics.json").read_text())
    selection = metrics["selection"]
    assert selection["kept_cost"]["dsp"] <= selection["budget"]["dsp"] < selection["baseline"]["dsp"]
    written_as_designed(pruned, out, tmp_path / "hls.yml", "io_parallel")
    hls_metrics = json.loads((out / "hls" / "hls_metrics.json").read_text())
    assert hls_metrics["csim"]["status"] == "ok"
    assert hls_metrics["logits"]["argmax_agreement"] >= 0.95
    project = estimate_source(out / "hls" / "project")["layers"]  # `fpgaprune estimate`'s, by weight layer
    for layer, estimate in metrics["estimate"]["layers"].items():
        for resource in ("dsp", "lut", "ff", "bram_18k", "latency_cycles"):
            assert estimate[resource] == project[layer][resource], (layer, resource)


def test_an_lstm_whose_states_are_the_models_outputs_is_refused_for_return_state():
    """A public attention model's LSTM(return_state=True) gave the model its output and two states, and the
    line said "3 outputs (lstm, lstm, lstm)"; it now names return_state, which hls4ml 1.3 cannot build."""
    from fpgaprune.compat import keras

    from fpgaprune.models.user import check_one_output

    inputs = keras.Input((STEPS, FEATURES))
    model = keras.Model(inputs, keras.layers.LSTM(4, return_state=True, name="rnn")(inputs))
    assert len(model.outputs) == 3
    with pytest.raises(ValueError, match=r"^layer 'rnn' is an LSTM of return_state=True, .*returns no state"):
        check_one_output(model)
