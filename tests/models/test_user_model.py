"""A user's model as the pruner reads it: which models are refused (one line, the way out) and the softmax a
last layer applies itself."""

import json

from fpgaprune.compat import keras

import numpy as np
import pytest

from fpgaprune.models.user import check_supported, logits_layer, split_output_activation

from ..configs import hls_settings


def _skip_model() -> keras.Model:
    inputs = keras.Input((16, 4))
    h = keras.layers.Conv1D(8, 3, padding="same", activation="relu", name="conv1")(inputs)
    s = keras.layers.Conv1D(8, 3, padding="same", activation="relu", name="conv2")(h)
    h = keras.layers.Flatten()(keras.layers.Add(name="skip")([h, s]))
    return keras.Model(inputs, keras.layers.Dense(5, activation="softmax", name="output")(h))


def test_a_skip_connection_is_read_from_its_two_branches():
    """An Add of two tensors was refused ('fpgaprune prunes chains of layers'); each weight layer's input is
    now the layer it really reads: the Dense after the Add reads it (through a Flatten), and the Add's two
    branches start at conv1 and conv2."""
    from fpgaprune.models.user import config_layers

    model = _skip_model()
    check_supported(model)
    chains = {layer.weight.name: layer.chain for layer in config_layers(model)}
    assert [link.name for link in chains["conv2"]] == ["conv1", "conv1_relu"]
    (skip,) = [link for link in chains["output"] if link.branches]
    assert (skip.name, skip.class_name, skip.op) == ("skip", "Merge", "add")
    assert [[link.name for link in branch] for branch in skip.branches] == [
        ["conv1", "conv1_relu"],
        ["conv2", "conv2_relu"],
    ]


@pytest.mark.parametrize("join", ["three", "Dot"])
def test_a_join_hls4ml_does_not_type_as_fpgaprune_reads_it_is_refused_with_the_way_out(join):
    """hls4ml 1.3 joins two tensors at a time; a Dot's `auto` type fpgaprune does not infer."""
    inputs = keras.Input((8,))
    a, b, c = (keras.layers.Dense(4, name=f"fc{index}")(inputs) for index in range(3))
    joined = (
        keras.layers.Add(name="join")([a, b, c])
        if join == "three"
        else keras.layers.Dot(axes=1, name="join")([a, b])
    )
    model = keras.Model(inputs, keras.layers.Dense(3, activation="softmax", name="output")(joined))
    with pytest.raises(ValueError) as error:
        check_supported(model)
    message = str(error.value)
    if join == "three":
        assert (
            message
            == "layer 'join' is an Add of 3 tensors; hls4ml joins two at a time: nest Add layers of two"
        )
    else:
        assert message.startswith("layer 'join' is a Dot that joins 2 branches, which fpgaprune cannot type")
        assert "joined by Add, Subtract, Average, Multiply, Maximum, Minimum, Concatenate of two" in message
        assert "fpgaprune estimate --model MODEL --hls-config HLS_CONFIG" in message
    assert "\n" not in message


def test_an_unsupported_weight_layer_names_itself_the_supported_ones_and_the_estimate():
    inputs = keras.Input((8, 8))
    h = keras.layers.SimpleRNN(4, name="rnn")(inputs)  # hls4ml 1.3's Vivado backends build none
    model = keras.Model(inputs, keras.layers.Dense(3, activation="softmax")(h))
    with pytest.raises(ValueError) as error:
        check_supported(model)
    message = str(error.value)
    assert message.startswith("layer 'rnn' is a SimpleRNN, a weight layer fpgaprune cannot prune or convert")
    assert (
        "supported: weight layers Dense" in message
        and "fpgaprune estimate --model MODEL --hls-config HLS_CONFIG" in message
    )


def test_a_softmax_the_last_layer_applies_itself_becomes_a_layer_named_as_hls4ml_names_it():
    """Dense(5, activation="softmax") was refused by --hls (the design's logits are needed) though the
    pruning took it; now it is split as hls4ml splits it: the same outputs, logits from the weight layer."""
    import qkeras

    rng = np.random.default_rng(0)
    x = rng.normal(size=(20, 8)).astype("float32")
    inputs = keras.Input((8,))
    h = keras.layers.Dense(6, activation="relu", name="fc1")(inputs)
    for layer in (
        keras.layers.Dense(4, activation="softmax", name="output"),
        qkeras.QDense(4, kernel_quantizer="quantized_bits(8,0,alpha=1)", activation="softmax", name="output"),
    ):
        model = keras.Model(inputs, layer(h))
        split = split_output_activation(model)
        assert [lay.name for lay in split.layers][-2:] == ["output", "output_softmax"]
        assert type(split.layers[-2]) is type(layer) and split.layers[-2].activation.__name__ == "linear"
        assert split.get_layer("fc1") is model.get_layer("fc1")  # the other layers are shared
        np.testing.assert_allclose(split.predict(x, verbose=0), model.predict(x, verbose=0), rtol=1e-6)
        logits = keras.Model(split.inputs, split.get_layer(logits_layer(split)).output).predict(x, verbose=0)
        probabilities = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
        np.testing.assert_allclose(probabilities, model.predict(x, verbose=0), rtol=1e-5)
        check_supported(split)
    separate = keras.Model(inputs, keras.layers.Activation("softmax")(keras.layers.Dense(4)(h)))
    assert split_output_activation(separate) is separate


def test_any_activation_of_the_last_weight_layer_becomes_a_layer_and_the_layers_after_it_read_it():
    """An autoencoder's `Dense(16, activation="sigmoid")` before a Reshape, a QKeras `quantized_relu` output
    and a Sequential's `tanh` were refused before the run ("give it no activation and add Activation(...)
    after it"); each is split off as hls4ml splits it, the function unchanged, the weight layer linear."""
    import qkeras

    from fpgaprune.hls.convert import check_convertible

    rng = np.random.default_rng(2)
    x = rng.normal(size=(12, 8)).astype("float32")
    inputs = keras.Input((8,))
    hidden = keras.layers.Dense(6, activation="relu", name="fc1")(inputs)
    decoded = keras.layers.Dense(16, activation="sigmoid", name="decode")(hidden)
    image = keras.Model(inputs, keras.layers.Reshape((4, 4), name="image")(decoded))
    bits = "quantized_bits(8,0,alpha=1)"
    quantized = keras.Model(
        inputs, qkeras.QDense(3, kernel_quantizer=bits, activation="quantized_relu(8,3)", name="out")(hidden)
    )
    sequential = keras.Sequential(
        [keras.Input((8,)), keras.layers.Dense(4, activation="relu", name="a")]
        + [keras.layers.Dense(2, activation="tanh", name="b")]
    )
    expected = {
        "image": ["decode", "decode_sigmoid", "image"],
        "quantized": ["out", "out_quantized_relu"],
        "sequential": ["b", "b_tanh"],
    }
    for name, model in (("image", image), ("quantized", quantized), ("sequential", sequential)):
        split = split_output_activation(model)
        names = [layer.name for layer in split.layers]
        assert names[-len(expected[name]) :] == expected[name], names
        weight = split.get_layer(expected[name][0])
        assert logits_layer(split) == weight.name and weight.get_config()["activation"] == "linear"
        np.testing.assert_allclose(split.predict(x, verbose=0), model.predict(x, verbose=0), rtol=1e-6)
        check_supported(split, classifier=False)
        check_convertible(split, classifier=False)
    assert split_output_activation(image).get_layer("fc1") is image.get_layer("fc1")  # shared before it
    assert type(split_output_activation(quantized).layers[-1]).__name__ == "QActivation"


def test_a_softmax_layer_becomes_an_activation_of_its_name():
    """hls4ml 1.3 wrote a project g++ could not compile for a Keras `Softmax` layer ('softmax_config13' was
    not declared; Vitis, io_parallel), and --hls ended in a traceback after the pruning."""
    rng = np.random.default_rng(1)
    x = rng.normal(size=(10, 8)).astype("float32")
    inputs = keras.Input((8,))
    model = keras.Model(
        inputs, keras.layers.Softmax(name="probs")(keras.layers.Dense(4, name="output")(inputs))
    )
    split = split_output_activation(model)
    assert type(split.layers[-1]) is keras.layers.Activation and split.layers[-1].name == "probs"
    assert split.get_layer("output") is model.get_layer("output")
    np.testing.assert_allclose(split.predict(x, verbose=0), model.predict(x, verbose=0), rtol=1e-6)


def test_a_sequential_model_is_retraced_from_its_hidden_input():
    """A Sequential's `layers` omit its input layer: hls4ml's model behind a new input (`prepare_model`) and
    the pipeline's result types (`model_precisions`) started at its first weight layer and called it on the
    input (`Dense` 'output' got the 4 inputs meant for fc1)."""
    from fpgaprune.hls.convert import prepare_model
    from fpgaprune.models.user import model_precisions

    layers = keras.layers
    model = keras.Sequential(
        [layers.InputLayer((4,)), layers.Dense(3, name="fc1"), layers.Dense(2, name="output")]
        + [layers.Activation("softmax", name="softmax")]
    )
    converted, logits = prepare_model(model, "output")
    assert [layer.name for layer in converted.layers[1:]] == ["fc1", "output", "softmax"]
    x = np.random.default_rng(0).normal(size=(3, 4)).astype("float32")
    np.testing.assert_array_equal(converted.predict(x, verbose=0), model.predict(x, verbose=0))
    assert logits.output_shape == (None, 2)
    settings = hls_settings(precision="ap_fixed<16,6>", input_precision="ufixed<7,1>")
    precisions = model_precisions(model, settings)
    # the model input as the pipeline writes it (`core.design.rounded`), fc1's result as given
    assert precisions["fc1"].data == "ufixed<7,1,RND_CONV,SAT>"
    assert precisions["output"].data == "ap_fixed<16,6>"


def test_the_configuration_hls4ml_writes_for_a_sequential_model_is_read_with_its_input_entry():
    """hls4ml's `config_from_keras_model` names a Sequential's input layer (`input_1`), which the Sequential's
    `layers` omit; the entry was refused as naming no layer of the model."""
    import hls4ml

    from fpgaprune.models.user import hls_design

    layers = keras.layers
    model = keras.Sequential(
        [keras.Input((4,)), layers.Dense(3, activation="relu", name="fc1"), layers.Dense(2, name="output")]
        + [layers.Activation("softmax", name="softmax")]
    )
    hls = hls4ml.utils.config_from_keras_model(model, granularity="name", backend="Vivado")
    assert model.input_names[0] in hls["LayerName"]
    hls["LayerName"][model.input_names[0]]["Precision"]["result"] = "ap_fixed<10,4>"
    design = hls_design(model, {"IOType": "io_parallel", "HLSConfig": hls})
    assert design.precisions["fc1"].data == "ap_fixed<10,4>"  # the input entry is the one read
    hls["LayerName"]["encoder_input"] = {}
    with pytest.raises(ValueError, match="LayerName.encoder_input: the model has no such layer"):
        hls_design(model, {"IOType": "io_parallel", "HLSConfig": hls})


def test_a_layer_called_twice_is_refused_naming_it():
    """hls4ml's Keras parser and `models.user` read a layer's first call only: fc2, reading fc1 through the
    shared Reshape, would be typed as reading the model input. Until 2026-12-03 such a model passed, or
    failed in `_link` on `output_shape` ("has multiple inbound nodes") when the two calls' shapes differed. A
    layer called again in another model (as `retraced` does) counts once in each."""
    from fpgaprune.models.user import retraced

    inputs = keras.Input((8,), name="x")
    shared = keras.layers.Reshape((8,), name="shared")
    h = keras.layers.Dense(8, name="fc1")(shared(inputs))
    outputs = keras.layers.Dense(3, activation="softmax", name="fc2")(shared(h))
    model = keras.Model(inputs, outputs, name="twice")
    with pytest.raises(ValueError) as error:
        check_supported(model)
    assert str(error.value) == (
        "layer 'shared' is called 2 times in model 'twice'; hls4ml and fpgaprune convert a Keras layer once, "
        "reading its first call's input: give each call its own layer"
    )
    once = _skip_model()
    again = keras.Input(once.input_shape[1:])
    check_supported(keras.Model(again, retraced(once, again)[once.layers[-1].name]))
    check_supported(once)


CHANNELS_FIRST = {
    "Conv2D": lambda: keras.layers.Conv2D(4, 3, data_format="channels_first", name="cf"),
    "Conv1D": lambda: keras.layers.Conv1D(4, 3, data_format="channels_first", name="cf"),
    "MaxPooling2D": lambda: keras.layers.MaxPooling2D(data_format="channels_first", name="cf"),
    "GlobalAveragePooling2D": lambda: keras.layers.GlobalAveragePooling2D(
        data_format="channels_first", name="cf"
    ),
    "Flatten": lambda: keras.layers.Flatten(data_format="channels_first", name="cf"),
}


@pytest.mark.parametrize("kind", CHANNELS_FIRST)
def test_a_channels_first_layer_is_refused_in_one_line(kind, tmp_path, capsys):
    """fpgaprune's design reads a convolution's or pooling's positions from the middle axes and its channels
    from the last (as hls4ml's designs do): a channels-first Conv2D of 3x8x8 inputs was costed for 24 input
    positions instead of 64 and pruned without a word. The model file is refused by `optimize` in one line."""
    from fpgaprune.cli import main

    shape = (3, 8) if kind == "Conv1D" else (3, 8, 8)
    inputs = keras.Input(shape, name="x")
    h = keras.layers.Conv2D(4, 3, name="conv")(inputs) if kind == "Flatten" else inputs
    h = CHANNELS_FIRST[kind]()(h)
    h = h if kind in ("Flatten", "GlobalAveragePooling2D") else keras.layers.Flatten()(h)
    model = keras.Model(inputs, keras.layers.Dense(3, activation="softmax", name="output")(h))
    expected = (
        f"layer 'cf' ({kind}) has data_format='channels_first'; fpgaprune costs, prunes and converts "
        "channels-last layers (channels on the last axis, as the hls4ml designs it writes read them): "
        "rebuild the model with data_format='channels_last' (Keras' default) and its inputs transposed to "
        "channels last"
    )
    with pytest.raises(ValueError) as error:
        check_supported(model)
    assert str(error.value) == expected
    model.save(tmp_path / "cf.h5")
    x = np.zeros((8, *shape), "float32")
    y = np.arange(8) % 3
    np.savez(tmp_path / "d.npz", x_train=x, y_train=y, x_val=x, y_val=y)
    hls = {"HLSConfig": {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1}}, "IOType": "io_parallel"}
    (tmp_path / "hls.yml").write_text(json.dumps(hls))
    args = ["optimize", "--model", str(tmp_path / "cf.h5"), "--data", str(tmp_path / "d.npz")]
    args += ["--hls-config", str(tmp_path / "hls.yml")]
    assert main([*args, "--budget", "dsp=0.5", "--out", str(tmp_path / "out")]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and error.endswith(f"{expected}\n"), error
    channels_last = keras.Input(shape[::-1] if kind == "Conv1D" else (8, 8, 3))  # the way out: it passes
    h = keras.layers.Conv2D(4, 3)(channels_last) if kind == "Flatten" else channels_last
    h = type(CHANNELS_FIRST[kind]())(
        **{**CHANNELS_FIRST[kind]().get_config(), "data_format": "channels_last"}
    )(h)
    h = h if kind in ("Flatten", "GlobalAveragePooling2D") else keras.layers.Flatten()(h)
    check_supported(keras.Model(channels_last, keras.layers.Dense(3, activation="softmax")(h)))


@pytest.mark.parametrize("kind", ["Conv1D", "Conv2D", "DepthwiseConv2D"])
def test_a_dilated_convolution_is_refused_in_one_line(kind):
    """hls4ml 1.3's Keras converter reads no dilation_rate: its project would compute the undilated kernel."""
    from fpgaprune.compat import keras

    from fpgaprune.models.user import check_supported

    shape, layer = {
        "Conv1D": ((8, 2), keras.layers.Conv1D(2, 3, dilation_rate=2, name="dil")),
        "Conv2D": ((8, 8, 2), keras.layers.Conv2D(2, 3, dilation_rate=2, name="dil")),
        "DepthwiseConv2D": ((8, 8, 2), keras.layers.DepthwiseConv2D(3, dilation_rate=2, name="dil")),
    }[kind]
    inputs = keras.Input(shape)
    model = keras.Model(inputs, layer(inputs))
    with pytest.raises(ValueError, match=r"'dil' has dilation_rate=\(2,( 2)?\), which hls4ml 1.3's") as error:
        check_supported(model, classifier=False)
    assert "\n" not in str(error.value)


def test_a_model_of_two_outputs_is_refused_in_one_line_before_its_data_is_read_and_two_inputs_are_read():
    """The pipeline's data file holds one y per split; such a model failed while its data was read (optimize
    prunes it: tests/api/test_optimize_two_outputs.py). Two inputs are read, one x array each (until
    2026-12-05 they were refused too)."""
    from fpgaprune.compat import keras

    from fpgaprune.models.user import input_shapes, task_objective

    layers = keras.layers
    a, b = keras.Input((4,), name="a"), keras.Input((3,), name="b")
    hidden = layers.Dense(4, name="d")(a)
    heads = [layers.Dense(2, activation="softmax", name=name)(hidden) for name in ("sa", "sb")]
    with pytest.raises(
        ValueError, match=r"has 2 outputs \(sa, sb\); the pipeline prunes models of one output"
    ):
        task_objective(keras.Model(a, heads), np.zeros(3, np.int64), None, None)
    joined = layers.Concatenate()([layers.Dense(4, name="da")(a), layers.Dense(4, name="db")(b)])
    model = keras.Model([a, b], layers.Dense(2, activation="softmax", name="out")(joined))
    assert task_objective(model, np.zeros(3, np.int64), None, None).metric == "accuracy"
    assert input_shapes(model) == {"a": (4,), "b": (3,)}


def _named(name: str) -> keras.Model:
    inputs = keras.Input((8,), name="x")
    hidden = keras.layers.Dense(6, activation="relu", name=name)(inputs)
    return keras.Model(inputs, keras.layers.Dense(3, activation="softmax", name="output")(hidden))


@pytest.mark.parametrize("name", ["strategy", "weight_data", "config_cpp", "input", "bias"])
def test_a_layer_named_as_an_hls4ml_setting_is_refused_before_any_work(name):
    """hls4ml keeps a layer's output under the layer's name among its settings: a Dense named `strategy`
    ended `optimize --hls` after the pruning in hls4ml's StopIteration (2026-12-06)."""
    with pytest.raises(ValueError) as error:
        check_supported(_named(name))
    assert str(error.value) == (
        f"layer {name!r} is named as one of the settings hls4ml keeps beside a layer's output, under the "
        "layer's name, so its conversion crashes or builds other code: give the layer another name (e.g. "
        f"{name}_1)"
    )


def test_keras_s_own_layer_names_and_a_model_input_named_input_are_not_refused():
    inputs = keras.Input((8, 8, 1), name="input")  # hls.convert.prepare_model renames a model's inputs
    hidden = keras.layers.Conv2D(2, 3, name="conv2d")(inputs)
    hidden = keras.layers.BatchNormalization(name="batch_normalization")(hidden)
    hidden = keras.layers.Activation("relu", name="activation")(hidden)
    hidden = keras.layers.MaxPooling2D(name="max_pooling2d")(hidden)
    hidden = keras.layers.Flatten(name="flatten")(hidden)
    hidden = keras.layers.Dense(3, name="dense")(hidden)
    check_supported(keras.Model(inputs, keras.layers.Activation("softmax", name="activation_1")(hidden)))


def test_hls4ml_still_fails_on_a_dense_named_strategy(tmp_path):
    """Why `HLS4ML_SETTING_NAMES` holds `strategy`, with hls4ml itself: when this conversion succeeds, hls4ml
    has stopped keeping outputs among the settings, and the refusal should go."""
    import hls4ml

    model = _named("strategy")
    config = hls4ml.utils.config_from_keras_model(model, granularity="name")
    with pytest.raises(StopIteration):
        hls4ml.converters.convert_from_keras_model(
            model, hls_config=config, output_dir=str(tmp_path / "prj"), backend="Vivado"
        )


def test_every_name_the_sweep_found_hls4ml_cannot_convert_is_refused():
    """`HLS4ML_SETTING_NAMES` holds every name bench/hls4ml_setting_names.py listed (results/bench/
    hls4ml_setting_names*.md: rerun it when hls4ml changes, and this says which names to add)."""
    import re
    from pathlib import Path

    from fpgaprune.models.user import HLS4ML_SETTING_NAMES

    found: set[str] = set()
    for path in sorted((Path(__file__).parents[2] / "results" / "bench").glob("hls4ml_setting_names*.md")):
        line = next(
            row for row in path.read_text().splitlines() if row.startswith("Names failing on some kind")
        )
        found |= set(re.findall(r"`([^`]+)`", line))
    assert len(found) >= 30 and found <= HLS4ML_SETTING_NAMES, sorted(found - HLS4ML_SETTING_NAMES)


def test_a_model_of_several_outputs_is_joined_into_one_and_back_sharing_its_layers(tmp_path):
    """optimize prunes a model of several outputs as one of one output (its outputs flattened and
    concatenated two at a time); its softmax split off as for one output; the joined model saved and read
    back gives the same outputs again."""
    from fpgaprune.compat import keras

    from fpgaprune.models.load import load_model_file
    from fpgaprune.models.user import (
        is_joined,
        joined_model,
        output_names,
        split_output_activation,
        unjoined_model,
    )

    layers = keras.layers
    inputs = keras.Input((6,), name="x")
    trunk = layers.Dense(8, activation="relu", name="fc")(inputs)
    heads = [
        layers.Dense(3, activation="softmax", name="cls")(trunk),
        layers.Reshape((2, 2), name="grid")(layers.Dense(4, name="grid_dense")(trunk)),
        layers.Dense(1, name="pt")(trunk),
    ]
    model = keras.Model(inputs, heads)
    split = split_output_activation(model)
    assert output_names(model) == ["cls", "grid", "pt"] and output_names(split) == [
        "cls_softmax",
        "grid",
        "pt",
    ]
    joined = joined_model(split)
    assert joined.output_shape == (None, 8) and is_joined(joined) and not is_joined(model)
    x = np.random.default_rng(0).normal(size=(5, 6)).astype(np.float32)
    cls, grid, pt = model.predict(x, verbose=0)
    expected = np.concatenate([cls, grid.reshape(5, 4), pt], axis=1)
    assert np.allclose(joined.predict(x, verbose=0), expected, atol=1e-6)
    joined.get_layer("fc").set_weights([w * 0 for w in joined.get_layer("fc").get_weights()])  # shared
    assert not model.get_layer("fc").get_weights()[0].any()
    joined.save(tmp_path / "joined.h5")
    again = unjoined_model(load_model_file(tmp_path / "joined.h5"))
    assert output_names(again) == ["cls_softmax", "grid", "pt"]
    assert all(np.allclose(a, b) for a, b in zip(again.predict(x, verbose=0), split.predict(x, verbose=0)))


def test_several_outputs_split_their_activations_apart_or_say_why_not_in_one_line():
    """A head's own softmax is split off its Dense as for one output, and a pruned model.h5's split-off
    output is also named by its Dense (`output_aliases`), the name its data were given by; an output that is
    the trunk itself, with a relu of its own the other head reads, cannot be split without copying it."""
    from fpgaprune.compat import keras

    from fpgaprune.data.user import outputs_targets
    from fpgaprune.models.user import output_aliases, split_output_activation

    inputs = keras.Input((4,), name="x")
    trunk = keras.layers.Dense(5, activation="relu", name="fc")(inputs)
    head = keras.layers.Dense(3, activation="softmax", name="cls")(trunk)
    split = split_output_activation(keras.Model(inputs, [head, keras.layers.Dense(1, name="pt")(trunk)]))
    assert output_aliases(split) == {"cls": "cls_softmax"}
    given = {"pt": np.zeros(2), "cls": np.ones(2)}
    cls, _ = outputs_targets(given, ["cls_softmax", "pt"], "train", output_aliases(split))
    assert cls is given["cls"]
    with pytest.raises(ValueError, match=r"^output fc's last weight layer 'fc' applies its own activation"):
        split_output_activation(keras.Model(inputs, [head, trunk]))
