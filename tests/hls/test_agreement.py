"""`csim.agreement`'s numbers as a user reads them in `--json` and `hls_metrics.json`."""

import json

import numpy as np

from fpgaprune.hls.csim import agreement


def test_the_accuracy_difference_in_points_is_counted_not_subtracted():
    """One more sample right in 200: `--json` said "accuracy_diff_points": 0.5000000000000004 (a user's Conv1D
    model, 200 C-simulated samples, Keras 0.87, C simulation 0.875)."""
    y = np.zeros(200, dtype=int)
    keras = np.tile([[0.9, 0.1]], (200, 1))
    keras[:26] = [0.1, 0.9]  # 174 right: 0.87
    hls = keras.copy()
    hls[0] = [0.9, 0.1]  # 175 right: 0.875
    metrics = agreement(y, keras, np.log(keras), hls, np.log(hls))
    assert (metrics["keras_accuracy"], metrics["hls_accuracy"]) == (0.87, 0.875)
    assert json.dumps(metrics["accuracy_diff_points"]) == "0.5"
    assert 100 * (0.875 - 0.87) != 0.5  # what it was


class _ProjectTraceFails:
    """An hls4ml model whose `trace` (the C simulation: build and run) prints `printed`, raises `error`."""

    def __init__(self, folder, error: BaseException, printed: str = ""):
        self.folder, self.error, self.printed = folder, error, printed
        self.config = type("config", (), {"get_output_dir": staticmethod(lambda: str(folder))})

    def write(self):
        (self.folder / "build_lib.sh").write_text('CFLAGS="-O3 -fPIC"\n')

    def trace(self, x):
        if self.printed:
            print(self.printed)
        raise self.error


def test_a_project_g_plus_plus_cannot_compile_is_one_line(monkeypatch, tmp_path, caplog):
    """hls4ml raises a bare Exception('Failed to compile project ...') when build_lib.sh fails, after printing
    g++'s output; `optimize --hls` ended in a 30-line traceback after the pruning. Now one line, g++'s last
    lines logged above it."""
    import pytest

    from fpgaprune.hls import csim

    unbuildable = _ProjectTraceFails(
        tmp_path,
        Exception('Failed to compile project "myproject"'),  # hls4ml's own
        "firmware/myproject.cpp:12: error: 'x' was not declared",  # g++'s, as hls4ml prints it
    )
    monkeypatch.setattr(csim, "csim_unavailable", lambda: None)
    with pytest.raises(ValueError) as error:
        csim.run_csim(unbuildable, np.zeros((2, 3)))
    message = str(error.value)
    assert message.startswith(
        'g++ cannot compile the project hls4ml wrote (Failed to compile project "myproject"'
    )
    assert "error: 'x' was not declared" in caplog.text  # the child's print, logged in the parent
    assert (tmp_path / "build_lib.sh").read_text() == f'CFLAGS="{csim.CSIM_CFLAGS}"\n'  # written here
    assert "no C simulation" in message and "\n" not in message


def test_a_library_g_plus_plus_did_not_build_names_g_plus_plus(tmp_path, monkeypatch):
    """A g++ that exits 0 and builds nothing gave "hls4ml's C simulation failed: ....so: cannot open shared
    object file", naming neither g++ nor what to check (a review, 2026-12-07)."""
    import pytest

    from fpgaprune.hls import csim

    error = OSError(f"{tmp_path}/firmware/myproject-1.so: cannot open shared object file: No such file")
    monkeypatch.setattr(csim, "csim_unavailable", lambda: None)
    with pytest.raises(ValueError, match=r"^the library g\+\+ built cannot be loaded \(.*\): check g\+\+"):
        csim.run_csim(_ProjectTraceFails(tmp_path, error), np.zeros((2, 3)))


def _wrapping(chain, x, model_precision: str, layers: dict, folder, io_type="io_parallel", **convert) -> list:
    """`keras_pass`'s `wrapping` rows of `chain` on `x`, converted by hls4ml under a Latency RF-1
    configuration of `model_precision` with `layers` as its `LayerName` entries (the project in `folder`)."""
    import hls4ml

    from fpgaprune.hls.csim import keras_pass

    model = {"Precision": model_precision, "ReuseFactor": 1, "Strategy": "Latency"}
    hls_model = hls4ml.converters.convert_from_keras_model(
        chain,
        hls_config={"Model": model, "LayerName": layers},
        output_dir=str(folder),
        io_type=io_type,
        **convert,
    )
    return keras_pass(hls_model, chain, x, "output").wrapping


def test_an_average_poolings_wrapping_sum_is_named_with_its_fix(tmp_path):
    """A user's GlobalAveragePooling1D over 16 steps summed in the default fixed<16,6> (granularity='model',
    io_stream): its C simulation lost 3.33 points against Keras and no layer was listed; the sum reached 44.2.
    Given `accum: fixed<20,10>` it matched Keras."""
    from fpgaprune.compat import keras

    from fpgaprune.hls.convert import prepare_model

    inputs = keras.Input((16, 2))
    h = keras.layers.GlobalAveragePooling1D(name="gap")(keras.layers.Conv1D(4, 1, name="conv")(inputs))
    model = keras.Model(inputs, keras.layers.Activation("softmax")(keras.layers.Dense(3, name="output")(h)))
    model.get_layer("conv").set_weights([np.ones((1, 2, 4)), np.zeros(4)])  # each output: x0 + x1
    model.get_layer("output").set_weights([np.eye(4, 3) / 8, np.zeros(3)])  # logits stay inside fixed<16,6>
    chain, _ = prepare_model(model, "output")
    x = np.full((2, 16, 2), 1.25)
    x[1] = -1.0  # step means 2.5 and -2: sums of 16 are 40 (past 32) and -32 (inside)
    for accum, listed in (("fixed<16,6>", True), ("fixed<20,10>", False)):
        rows = _wrapping(
            chain,
            x,
            "fixed<16,6>",
            {"gap": {"Precision": {"accum": accum}}},
            tmp_path / accum,
            "io_stream",
            backend="Vitis",
        )
        if not listed:
            assert rows == []
            continue
        (row,) = rows
        assert row["layer"] == "gap" and row["variable"] == "accum" and row["summed"] == 16
        assert row["type"].startswith("fixed<16,6") and row["keras_range"] == [-32.0, 40.0]


def test_a_dense_layers_wrapping_accumulator_is_named_by_its_sums(tmp_path):
    """A QKeras QDense summing 900 inputs in the Model's `ap_fixed<16,6>` (hls4ml gives a QKeras layer no
    accum of its own; its result type wide) reached 72 in Keras: the C simulation's mse was 751 against
    Keras's 0.25 and no layer was listed, its trace then naming the layer without saying why. Its
    accumulator is now checked against the layer's sums, before any activation of its own: a ReLU's -20
    and a tanh's 40 (until 2026-12-07 the ReLU's output was read, and a tanh's not at all)."""
    from fpgaprune.compat import keras

    from fpgaprune.hls.convert import prepare_model

    inputs = keras.Input((8,))
    dense = keras.layers.Dense(2, activation="relu", name="fc1")
    bounded = keras.layers.Dense(2, activation="tanh", name="fc2")
    h = keras.layers.Concatenate()([dense(inputs), bounded(inputs)])
    model = keras.Model(inputs, keras.layers.Activation("softmax")(keras.layers.Dense(2, name="output")(h)))
    for layer in (dense, bounded):
        layer.set_weights([np.full((8, 2), 5.0), np.zeros(2)])  # each output: 5 x the sum of the inputs
    model.get_layer("output").set_weights([np.full((4, 2), 0.01), np.zeros(2)])
    chain, _ = prepare_model(model, "output")
    x = np.array([np.full(8, 1.0), np.full(8, -0.5)])  # sums 40 (past 32) and -20; the ReLU shows 0 and 40
    for accum, listed in (("fixed<16,6>", True), ("fixed<24,12>", False)):
        rows = _wrapping(
            chain,
            x,
            "fixed<24,12>",
            {name: {"Precision": {"accum": accum}} for name in ("fc1", "fc2")},
            tmp_path / accum,
        )
        if not listed:
            assert rows == []
            continue
        assert [(row["layer"], row["variable"], row["summed"]) for row in rows] == [
            ("fc1", "accum", 8),
            ("fc2", "accum", 8),
        ]
        for row in rows:
            assert row["type"].startswith("fixed<16,6") and row["keras_range"] == [-20.0, 40.0]


def test_a_sum_its_own_relu_hides_is_named_where_it_wraps(tmp_path):
    """A Dense's own ReLU hides what hls4ml writes into the Dense's result type: a sum of -40 wraps to +24 in
    `fixed<16,6>`, the ReLU split off it keeps 24 where Keras gives 0 (hls4ml's C simulation of this model:
    a softmax of 1.0 against Keras's 0.5), and no layer was listed until 2026-12-07 (the ReLU's output, 0 to
    20, was checked). It is now checked on the sums; with `fixed<18,8>` nothing is listed."""
    from fpgaprune.compat import keras

    from fpgaprune.hls.convert import prepare_model

    inputs = keras.Input((2,))
    h = keras.layers.Dense(2, activation="relu", name="fc1")(inputs)
    model = keras.Model(inputs, keras.layers.Activation("softmax")(keras.layers.Dense(2, name="output")(h)))
    model.get_layer("fc1").set_weights([np.array([[20.0, 1.0], [0.0, 1.0]]), np.zeros(2)])
    model.get_layer("output").set_weights([np.eye(2) / 10, np.zeros(2)])
    chain, _ = prepare_model(model, "output")
    x = np.array([[-2.0, 0.5], [1.0, 0.5]])  # fc1's first sum: -40 (its ReLU: 0) and 20
    for result, listed in (("fixed<16,6>", True), ("fixed<18,8>", False)):
        rows = _wrapping(
            chain, x, "fixed<24,12>", {"fc1": {"Precision": {"result": result}}}, tmp_path / result
        )
        if not listed:
            assert rows == []
            continue
        (row,) = rows
        assert row["layer"] == "fc1" and "variable" not in row and row["keras_range"] == [-40.0, 20.0]
        assert row["before_activation"] == "relu"


def test_a_fused_clipping_activations_wrapping_type_is_named_by_the_sums(tmp_path, caplog):
    """A review (2026-12-07): a QDense's own `quantized_relu(6,2)` clips at 3.94 in Keras, but hls4ml casts
    max(sum, 0) into the activation it splits off, whose `fixed<8,3>` wraps a sum of 10 to 2.5 (hls4ml's
    trace); a QConv2D's own `quantized_bits(8,2)` likewise (6.75 wrapped to -1.25). Nothing was listed, where
    the same QActivation as a layer of its own was. Now the split activation is checked on the sums."""
    from fpgaprune.compat import keras

    from qkeras import QDense, quantized_bits

    from fpgaprune.hls.convert import prepare_model
    from fpgaprune.hls.csim import log_wrapping

    q = quantized_bits(8, 5, alpha=1)
    inputs = keras.Input((2,))
    h = QDense(2, kernel_quantizer=q, bias_quantizer=q, activation="quantized_relu(6,2)", name="fc1")(inputs)
    model = keras.Model(inputs, keras.layers.Activation("softmax")(keras.layers.Dense(2, name="output")(h)))
    model.get_layer("fc1").set_weights([np.array([[5.0, 1.0], [0.0, 1.0]]), np.zeros(2)])
    model.get_layer("output").set_weights([np.eye(2), np.zeros(2)])
    chain, _ = prepare_model(model, "output")
    x = np.array(
        [[2.0, 0.5], [-0.5, 0.5]]
    )  # fc1's sums: 10 and 2.5 (its ReLU: 3.94, Keras's clip), -2.5 and 0
    for result, listed in (("fixed<8,3>", True), ("fixed<8,3,RND,SAT>", False)):
        rows = _wrapping(
            chain,
            x,
            "fixed<16,6>",
            {"fc1_quantized_relu": {"Precision": {"result": result}}},
            tmp_path / result,
        )
        if not listed:
            assert rows == []
            continue
        (row,) = rows
        assert (row["layer"], row["clips"], row["activation"]) == (
            "fc1_quantized_relu",
            True,
            "quantized_relu",
        )
        assert row["keras_range"] == [0.0, 10.0] and row["type"].startswith("fixed<8,3")
        with caplog.at_level("WARNING"):
            log_wrapping(rows)
        assert (
            "layer fc1_quantized_relu: its quantized_relu of inputs reaching [0, 10] is clipped"
            in caplog.text
        )


def test_a_clipping_relu_under_a_wrapping_result_type_is_named_by_its_inputs(tmp_path):
    """A QKeras MLP's quantized_relu layers under `result: ap_fixed<7,1>` (no SAT) simulated at 25.5 % against
    Keras's 100 % and the line said no layer's output leaves its type: Keras clips at the quantizer's maximum,
    hls4ml computes max(x, 0) and wraps it. Now the ReLU is checked on its inputs; with SAT not."""
    from fpgaprune.compat import keras

    from qkeras import QActivation

    from fpgaprune.hls.convert import prepare_model

    inputs = keras.Input((2,))
    h = QActivation("quantized_relu(7,0)", name="relu1")(keras.layers.Dense(2, name="fc1")(inputs))
    model = keras.Model(inputs, keras.layers.Activation("softmax")(keras.layers.Dense(2, name="output")(h)))
    model.get_layer("fc1").set_weights([np.eye(2), np.zeros(2)])
    model.get_layer("output").set_weights([np.eye(2), np.zeros(2)])
    chain, _ = prepare_model(model, "output")
    x = np.array([[0.5, 0.25], [3.0, 0.5]])  # 3.0 > 0.984: Keras gives 0.99, ap_fixed<7,1> wraps it
    for result, listed in (("fixed<7,1>", True), ("fixed<7,1,RND,SAT>", False)):
        rows = [
            row
            for row in _wrapping(
                chain, x, "fixed<16,6>", {"relu1": {"Precision": {"result": result}}}, tmp_path / result
            )
            if row["layer"] == "relu1"
        ]
        if not listed:
            assert rows == []
            continue
        (row,) = rows
        assert row["clips"] and row["keras_range"] == [0.25, 3.0] and row["type"].startswith("fixed<7,1")


def test_an_assertion_in_hls4ml_s_cpp_is_one_line_not_the_end_of_fpgaprune(tmp_path):
    """hls4ml 1.3 runs a Resource GRU's recurrent kernel with the other case's function at some reuse factors
    (fpgaprune refuses those configurations), and its assertion aborted the C simulation and fpgaprune with
    it: exit 134, no line, temporary directories left behind. The simulation now runs in a child process, and
    its abort is one line here. The real project: GRU(8) at ReuseFactor 12, hls4ml and g++."""
    import hls4ml
    import pytest

    from fpgaprune.hls.csim import run_csim
    from fpgaprune.hls.quiet import quietly

    from ..models.test_user_recurrent import _tagger, sequences

    model = _tagger()
    config = quietly(hls4ml.utils.config_from_keras_model, model, granularity="name", backend="Vivado")
    config["Model"].update(Precision="fixed<16,6>", ReuseFactor=1, Strategy="Latency")
    config["LayerName"]["rnn"].update(ReuseFactor=12, Strategy="Resource")
    config["LayerName"]["output"]["Trace"] = True
    hls_model = quietly(
        hls4ml.converters.convert_from_keras_model,
        model,
        hls_config=config,
        output_dir=str(tmp_path / "project"),
        backend="Vivado",
        io_type="io_parallel",
    )
    with pytest.raises(ValueError) as error:
        run_csim(hls_model, sequences(4)[0])
    assert str(error.value).startswith(
        "the C simulation stopped (signal SIGABRT; an assertion of hls4ml's C++"
    )


def test_an_activation_hls4ml_splits_off_is_checked_in_its_own_type(tmp_path):
    """A public regression's configuration gave its Dense layers `result: ap_fixed<16,10>`, not the ReLU and
    linear activations hls4ml splits off them (`dense_1_relu`, `dense_2_linear`), which took the Model's
    `fixed<16,6>`: Keras's outputs reached 50.6 and 163 there, its C simulation's mse was 2935 against Keras's
    0.97, and the warning said no layer's Keras output leaves its result type."""
    from fpgaprune.compat import keras

    from fpgaprune.hls.convert import prepare_model

    inputs = keras.Input((2,), name="x")
    hidden = keras.layers.Dense(2, activation="relu", name="fc1")(inputs)
    model = keras.Model(
        inputs, keras.layers.Activation("softmax")(keras.layers.Dense(2, name="output")(hidden))
    )
    model.get_layer("fc1").set_weights([np.eye(2) * 10, np.zeros(2)])
    model.get_layer("output").set_weights([np.eye(2) / 100, np.zeros(2)])
    chain, _ = prepare_model(model, "output")
    x = np.array([[1.0, 0.5], [4.0, -1.0]])  # fc1 reaches 40 after its ReLU: past fixed<16,6>'s 32
    for activation_type, listed in (("fixed<16,6>", True), ("fixed<16,10>", False)):
        rows = _wrapping(
            chain,
            x,
            activation_type,
            {"fc1": {"Precision": {"result": "fixed<16,10>"}}},
            tmp_path / activation_type,
        )
        if not listed:
            assert rows == []
            continue
        row, accumulator = rows  # fc1 sums in the Model's type too (its accum is not configured)
        assert row["layer"] == "fc1_relu" and row["keras_range"] == [0.0, 40.0] and row["range"][1] < 32
        assert accumulator["layer"] == "fc1" and accumulator["variable"] == "accum"


def test_the_keras_logits_are_those_of_a_batch_normalisation_hls4ml_folds_into_the_logits_layer(tmp_path):
    """hls4ml's jet tagger with a BatchNormalization after its output Dense: hls4ml folds it into the Dense,
    whose traced output the C simulation's logits are, but Keras's logits were taken before it: "logits
    bit-exact on 0.0 % of samples (max |diff| 26.2)", argmax agreement 0.80 against the outputs' 0.986."""
    from fpgaprune.compat import keras

    import hls4ml

    from fpgaprune.hls.convert import prepare_model
    from fpgaprune.hls.csim import keras_pass

    inputs = keras.Input((4,))
    dense = keras.layers.Dense(3, name="output")(inputs)
    normalised = keras.layers.BatchNormalization(name="bn")(dense)
    model = keras.Model(inputs, keras.layers.Activation("softmax")(normalised))
    model.get_layer("output").set_weights([np.eye(4, 3), np.zeros(3)])
    model.get_layer("bn").set_weights([np.full(3, 2.0), np.full(3, 1.0), np.zeros(3), np.ones(3)])  # 2 d + 1
    chain, _ = prepare_model(model, "output")
    config = hls4ml.utils.config_from_keras_model(chain, granularity="name")  # "auto" types: folded
    hls_model = hls4ml.converters.convert_from_keras_model(
        chain, hls_config=config, output_dir=str(tmp_path / "prj"), io_type="io_parallel"
    )
    assert "bn" not in {layer.name for layer in hls_model.get_layers()}  # folded into the Dense
    x = np.array([[0.5, -1.0, 0.25, 0.0], [1.0, 1.0, -0.5, 2.0]], np.float32)
    logits = keras_pass(hls_model, chain, x, "output").logits
    np.testing.assert_allclose(logits, 2 * x[:, :3] + 1, atol=1e-2)  # the batch normalisation's output


def test_a_wrapping_input_is_named_by_the_users_input_layer(tmp_path, caplog):
    """An autoencoder's inputs beyond its input type: the C simulation's warning named hls4ml's `model_input`
    (`convert.INPUT_NAME`) and told the user to give `LayerName: {model_input: ...}`, which `optimize` then
    refused as no layer of the model; the model's input is `input_1`, as the warning before training says."""
    from fpgaprune.compat import keras

    import hls4ml

    from fpgaprune.hls.convert import prepare_model
    from fpgaprune.hls.run import _simulate

    inputs = keras.Input((4,), name="input_1")
    logits = keras.layers.Dense(2, name="output")(inputs)
    model = keras.Model(inputs, keras.layers.Activation("softmax")(logits))
    chain, _ = prepare_model(model, "output")
    config = {"Model": {"Precision": "fixed<8,3>", "ReuseFactor": 1, "Strategy": "Latency"}}
    config["LayerName"] = {"output": {"Trace": True}}
    hls_model = hls4ml.converters.convert_from_keras_model(
        chain, hls_config=config, output_dir=str(tmp_path / "prj"), io_type="io_parallel"
    )
    x = np.array([[6.0, 0.5, -1.0, 0.0], [0.25, 0.0, 1.0, -2.0]])  # 6 leaves fixed<8,3>'s [-4, 4)
    with caplog.at_level("WARNING"):
        named = {"input_1": "model_input"}  # the user's input layer, by its name in the converted model
        metrics, _, _ = _simulate(hls_model, chain, x, np.array([0, 1]), "output", input_names=named)
    named = [row["layer"] for row in metrics["wrapping"]]
    assert named[0] == "input_1" and "model_input" not in named  # the logits wrap too (fixed<8,3>)
    lines = [r.getMessage() for r in caplog.records if "wraps outside" in r.getMessage()]
    assert lines[0].startswith("layer input_1: ") and not [line for line in lines if "model_input" in line]


def test_a_value_that_truncates_into_its_type_is_no_wrap():
    """fixed<6,1> holds up to 0.96875; a softmax of 0.999 truncates to it (the next step, 1.0, is where it
    wraps), so no row names it (a review, 2026-12-07, found every narrow classifier's softmax named); a type
    that rounds wraps from half a step above."""
    from hls4ml.model.types import FixedPrecisionType

    from fpgaprune.hls.csim import _wrapping_row

    truncating, rounding = FixedPrecisionType(6, 1), FixedPrecisionType(6, 1, rounding_mode="RND")
    assert _wrapping_row("sm", truncating, 0.0, 0.999) is None
    assert _wrapping_row("sm", truncating, 0.0, 1.0)["range"] == [-1.0, 0.96875]
    assert _wrapping_row("sm", rounding, 0.0, 0.98) is None
    assert _wrapping_row("sm", rounding, 0.0, 0.99) is not None
    assert _wrapping_row("x", truncating, -1.01, 0.5) is not None  # below the lowest value it wraps
