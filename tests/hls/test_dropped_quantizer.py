"""hls4ml 1.3 drops a `quantized_bits` QActivation after a QKeras layer whose result is `auto`: its
MergeLinearActivation pass removes the QActivation (a `linear` Activation to hls4ml) and the next layer reads
the weight layer's exact sum; the quantizer's rounding and saturation never happen. With a Model-only config
the QActivation is the Model default and removed as a no-op (EliminateLinearActivation). The design's chain
walk (`core.hls_config.hls4ml_chain`) finds it (`dropped_quantizers`) and names the entries that keep it.

Each case is converted by the project's own path (`convert.user_config` or `convert.hls4ml_config`, then
`convert.model_graph`) and checked against hls4ml's ModelGraph: the warning appears exactly when no layer
hls4ml keeps from fc1 to the QActivation has the quantizer's type, and the type the next layer reads is the
design's. Two C simulations (g++) show the dropped quantizer's logits differ from Keras and the named entries
make them bit-exact; a third that the pipeline's own config keeps it."""

import copy

import numpy as np
import pytest

from fpgaprune.core.hardware.precision import fixed_type_of, parse_precision

from ..configs import hls_settings

pytest.importorskip("hls4ml")
keras = pytest.importorskip("fpgaprune.compat").keras
qkeras = pytest.importorskip("qkeras")

WEIGHTS = "quantized_bits(6,0,alpha=1)"
BIAS = "quantized_bits(10,3,alpha=1)"
QUANTIZER = "fixed<6,2,RND_CONV,SAT>"  # hls4ml's type of quantized_bits(6,1)
PRECISION = "fixed<16,6>"


@pytest.fixture(scope="module")
def model():
    """x (9 inputs) -> fc1 (QDense) -> bits (QActivation quantized_bits(6,1)) -> output (QDense) -> softmax;
    fc1's weights are set so that its sums leave bits's range [-2, 2) (saturation) and fall between its
    steps of 1/16 (rounding)."""
    keras.utils.set_random_seed(3)
    inputs = keras.Input((9,), name="x")
    x = qkeras.QDense(6, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="fc1")(inputs)
    x = qkeras.QActivation("quantized_bits(6,1)", name="bits")(x)
    x = qkeras.QDense(3, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="output")(x)
    built = keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))
    rng = np.random.default_rng(1)
    built.get_layer("fc1").set_weights([rng.normal(size=(9, 6)) * 0.6, rng.normal(size=6) * 0.5])
    return built


def _samples(n: int) -> np.ndarray:
    """Multiples of 1/16 in [-2, 2], exact in fixed<16,6>."""
    return (np.random.default_rng(0).integers(-32, 33, size=(n, 9)) / 16).astype(np.float32)


def _name_config(model) -> dict:
    import hls4ml

    from fpgaprune.hls.quiet import quietly

    return quietly(hls4ml.utils.config_from_keras_model, model, granularity="name", backend="Vitis")


def _with_results(config: dict, results: dict[str, str]) -> dict:
    config = copy.deepcopy(config)
    for name, result in results.items():
        config.setdefault("LayerName", {}).setdefault(name, {}).setdefault("Precision", {})["result"] = result
    return config


def _configs(model) -> dict[str, dict]:
    name = _name_config(model)
    model_only = {"Model": {"Precision": PRECISION, "ReuseFactor": 1}}
    return {
        "name": name,
        "model_only": model_only,
        "name_fc1": _with_results(name, {"fc1": QUANTIZER}),
        "name_fc1_linear": _with_results(name, {"fc1_linear": QUANTIZER}),
        "name_entries": _with_results(name, dict.fromkeys(("fc1", "fc1_linear", "bits"), QUANTIZER)),
        "model_only_entries": _with_results(
            model_only, dict.fromkeys(("fc1", "fc1_linear", "bits"), QUANTIZER)
        ),
        "name_wrapping": _with_results(name, {"fc1": "fixed<8,2>", "fc1_linear": "fixed<8,2>"}),
    }


def _user_graph(model, hls_config, folder):
    """(design, hls4ml's ModelGraph) of `model` under a user's hls4ml config, as `optimize --hls` converts."""
    from fpgaprune.hls.convert import hls_input_names, model_graph, prepare_model, user_config
    from fpgaprune.models.user import hls_design, weight_layers

    design = hls_design(model, hls_config)
    hls_input = prepare_model(model, "output")[0]
    strategies = {layer.name: (1, "Latency") for layer in weight_layers(model)}
    config = user_config(hls_input, hls_config, hls_input_names(model), strategies, "output")
    return design, model_graph(hls_input, config, hls_settings(precision=PRECISION), folder)


def _pipeline_graph(model, folder):
    """(fc1's and output's precisions, hls4ml's ModelGraph) in the pipeline (`hls4ml_config`)."""
    from fpgaprune.config import LayerHls
    from fpgaprune.hls.convert import hls4ml_config, layer_strategies, model_graph, prepare_model
    from fpgaprune.models.user import model_precisions

    settings = hls_settings(precision=PRECISION)
    reuse = {"fc1": LayerHls(1, "latency"), "output": LayerHls(1, "latency")}
    strategies = layer_strategies(model, reuse, "io_parallel", pruned=False)
    hls_input = prepare_model(model, "output")[0]
    config = hls4ml_config(hls_input, settings, strategies, "output")
    return model_precisions(model, settings), model_graph(hls_input, config, settings, folder)


def _quantizer_kept(graph) -> bool:
    """Whether a layer hls4ml keeps from fc1 up to output's input casts into the quantizer's type."""
    wanted = parse_precision(QUANTIZER)
    kept = []
    for layer in graph.get_layers():
        if layer.name == "output":
            break
        if kept or layer.name == "fc1":
            kept.append(fixed_type_of(layer.get_output_variable().type.precision))
    return wanted in kept


def _read_by_output(graph) -> tuple:
    layers = {layer.name: layer for layer in graph.get_layers()}
    fixed = fixed_type_of(layers["output"].get_input_variable().type.precision)
    return fixed.width, fixed.integer, fixed.signed


def _bits(text: str) -> tuple:
    fixed = parse_precision(text)
    return fixed.width, fixed.integer, fixed.signed


@pytest.mark.parametrize(
    "case",
    [
        "name",
        "model_only",
        "name_fc1",
        "name_fc1_linear",
        "name_entries",
        "model_only_entries",
        "name_wrapping",
    ],
)
def test_the_warning_appears_exactly_when_hls4ml_drops_the_quantizer(model, tmp_path, case, caplog):
    """hls4ml's own per-name config (fc1 `auto`) and a Model-only config drop it, and so does typing only
    `fc1_linear` (bits is merged into fc1 all the same); typing fc1 keeps the quantizer (fc1 rounds into it;
    fc1_linear then casts to the Model default, which output reads); fc1, fc1_linear and bits typed keep it
    and output reads it. A user's narrower type of fc1 (name_wrapping) is the user's: bits stays, no warning.
    The design reads what hls4ml's ModelGraph gives output."""
    from fpgaprune.core.hls_config import dropped_quantizer_warnings

    with caplog.at_level("WARNING", logger="fpgaprune.models.user"):
        design, graph = _user_graph(model, _configs(model)[case], tmp_path)
    dropped = case in ("name", "model_only", "name_fc1_linear")
    assert _quantizer_kept(graph) is not dropped
    assert [quantizer.name for quantizer in design.dropped] == (["bits"] if dropped else [])
    assert [record.getMessage() for record in caplog.records] == dropped_quantizer_warnings(design.dropped)
    assert _bits(design.precisions["output"].data) == _read_by_output(graph)
    if dropped:
        (quantizer,) = design.dropped
        assert quantizer.entries == ("fc1", "fc1_linear", "bits")
        assert quantizer.quantizer == QUANTIZER
        assert (quantizer.merged_into is None) is (case == "model_only")
        line = caplog.records[0].getMessage()
        assert line.startswith("bits: ") and line.endswith(
            "give LayerName fc1, fc1_linear, bits the Precision.result fixed<6,2,RND_CONV,SAT>"
        )
    expected_reads = {
        "name": (27, 12, True),  # fc1's exact sum
        "model_only": (16, 6, True),
        "name_fc1": (16, 6, True),  # fc1_linear's Model default
        "name_entries": (6, 2, True),
    }
    if case in expected_reads:
        assert _read_by_output(graph) == expected_reads[case]


def test_the_named_entries_make_the_c_simulation_keras(model, tmp_path):
    """hls4ml's own per-name config: the logits differ from Keras (bits dropped); with the entries the warning
    names, the C simulation's logits are Keras's bit for bit."""
    from fpgaprune.hls.convert import prepare_model
    from fpgaprune.hls.csim import csim_unavailable, run_csim

    if csim_unavailable():
        pytest.skip(csim_unavailable())
    x = _samples(64)
    logits = prepare_model(model, "output")[1].predict(x, verbose=0)
    name = _name_config(model)
    design, graph = _user_graph(model, name, tmp_path / "dropped")
    assert not np.array_equal(run_csim(graph, x, "output")[1], logits)
    entries = dict.fromkeys(design.dropped[0].entries, design.dropped[0].quantizer)
    kept, graph = _user_graph(model, _with_results(name, entries), tmp_path / "kept")
    assert kept.dropped == ()
    np.testing.assert_array_equal(run_csim(graph, x, "output")[1], logits)


def test_the_pipeline_keeps_the_quantizer(model, tmp_path):
    """The pipeline's own config gives fc1, fc1_linear and bits the quantizer's type
    (`models.user.kept_quantizers`): output reads fixed<6,2> as the design does, not fc1's exact sum
    fixed<27,12> (until 2026-12-03), and the C simulation's logits are Keras's bit for bit."""
    from fpgaprune.hls.convert import prepare_model
    from fpgaprune.hls.csim import csim_unavailable, run_csim
    from fpgaprune.models.user import kept_quantizers

    precisions, graph = _pipeline_graph(model, tmp_path)
    assert kept_quantizers(model, hls_settings(precision=PRECISION)) == dict.fromkeys(
        ("fc1", "fc1_linear", "bits"), QUANTIZER
    )
    assert _bits(precisions["output"].data) == _read_by_output(graph) == (6, 2, True)
    assert _quantizer_kept(graph)
    if csim_unavailable():
        pytest.skip(csim_unavailable())
    x = _samples(64)
    logits = prepare_model(model, "output")[1].predict(x, verbose=0)
    np.testing.assert_array_equal(run_csim(graph, x, "output")[1], logits)


def _mixed_model():
    """quantized_bits after a Flatten (hls4ml merges only after a weight layer, an activation or a batch
    normalisation), as a QDense's own activation (hls4ml's `<layer>_quantized_bits`), two in a row, and after
    a float ReLU (an Activation whose result hls4ml's per-name config leaves `auto`)."""
    inputs = keras.Input((6, 6, 2), name="x")
    x = qkeras.QConv2D(3, (3, 3), kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="conv")(inputs)
    x = keras.layers.Flatten(name="flatten")(x)
    x = qkeras.QActivation("quantized_bits(8,2)", name="after_flatten")(x)
    x = qkeras.QDense(
        8, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, activation="quantized_bits(7,2)", name="fc1"
    )(x)
    x = qkeras.QDense(6, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="fc2")(x)
    x = qkeras.QActivation("quantized_bits(9,3)", name="first")(x)
    x = qkeras.QActivation("quantized_bits(6,1)", name="second")(x)
    x = qkeras.QDense(5, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="fc3")(x)
    x = keras.layers.Activation("relu", name="relu")(x)
    x = qkeras.QActivation("quantized_bits(6,2)", name="after_relu")(x)
    x = qkeras.QDense(3, kernel_quantizer=WEIGHTS, bias_quantizer=BIAS, name="output")(x)
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))


def _graph_types(graph) -> dict[str, tuple]:
    """Each layer of hls4ml's ModelGraph and its result type (width, integer, sign, rounding, overflow)."""
    return {
        layer.name: _modes(fixed_type_of(layer.get_output_variable().type.precision))
        for layer in graph.get_layers()
    }


def _modes(fixed) -> tuple:
    return fixed.width, fixed.integer, fixed.signed, fixed.rounding, fixed.overflow


def _given(config: dict, link) -> str | None:
    """The result a test config gives a link (its LayerName entry, else the Model default); None: auto."""
    precision = config.get("LayerName", {}).get(link.name, {}).get("Precision", {})
    result = precision.get("result", PRECISION) if isinstance(precision, dict) else precision
    return None if result == "auto" else result


@pytest.mark.parametrize("case", ["name", "model_only", "name_entries"])
def test_the_chain_walk_keeps_and_types_the_layers_hls4ml_keeps(tmp_path, case):
    """On a model with quantized_bits QActivations in every position, each link of each weight layer's chain
    is kept by `hls4ml_chain` exactly when hls4ml's ModelGraph has it, with its type; the QActivations the
    design reports dropped are hls4ml's per-name config's and a Model-only config's, and with the entries
    the warnings name applied none is and each quantizer's type is in the graph."""
    from fpgaprune.core.design import auto_result
    from fpgaprune.core.hls_config import hls4ml_chain
    from fpgaprune.models.user import config_layers

    model = _mixed_model()
    name = _name_config(model)
    configs = {"name": name, "model_only": {"Model": {"Precision": PRECISION, "ReuseFactor": 1}}}
    if case == "name_entries":
        design, _ = _user_graph(model, name, tmp_path / "first")
        assert [(q.name, len(q.entries)) for q in design.dropped if q.name in ("first", "second")] == [
            ("first", 3),  # fc2, fc2_linear, first
            ("second", 0),  # first's entries keep it too
        ]
        configs[case] = _with_results(name, {n: q.quantizer for q in design.dropped for n in q.entries})
    design, graph = _user_graph(model, configs[case], tmp_path)
    in_graph = _graph_types(graph)
    for layer in config_layers(model):
        given = [_given(configs[case], link) for link in layer.chain]
        auto_results = {
            weight.weight.name: auto_result(design.precisions[weight.weight.name], weight.weight.n_in)
            for weight in config_layers(model)
        }
        types = hls4ml_chain(layer.chain, given, PRECISION, auto_results)
        walked = {layer.chain[i].name: _modes(parse_precision(t)) for i, t in types.items() if i > 0}
        assert walked == {link.name: in_graph[link.name] for link in layer.chain[1:] if link.name in in_graph}
    expected = {
        "name": {"fc1_quantized_bits", "first", "second", "after_relu"},
        "model_only": {"after_flatten", "fc1_quantized_bits", "first", "second", "after_relu"},
        "name_entries": set(),
    }[case]
    assert {quantizer.name for quantizer in design.dropped} == expected
    if case == "name_entries":
        quantizers = {
            link.quantizer for layer in config_layers(model) for link in layer.chain if link.quantizer
        }
        assert {_modes(parse_precision(q)) for q in quantizers} <= set(in_graph.values())


def test_optimize_warns_of_the_dropped_quantizer(model, tmp_path, caplog):
    """`fpgaprune optimize` with a Model-only hls4ml config logs the warning, one line naming bits and the
    entries (a budget met already: no training)."""
    import yaml

    from fpgaprune.cli import main

    model.save(tmp_path / "model.h5")
    rng = np.random.default_rng(0)
    arrays = {}
    for split, n in (("train", 40), ("val", 20)):
        arrays[f"x_{split}"] = _samples(n)
        arrays[f"y_{split}"] = rng.integers(0, 3, n)
    np.savez(tmp_path / "data.npz", **arrays)
    (tmp_path / "hls.yml").write_text(yaml.safe_dump({"Model": {"Precision": PRECISION, "ReuseFactor": 1}}))
    args = ["optimize", "--model", str(tmp_path / "model.h5"), "--data", str(tmp_path / "data.npz")]
    args += [
        "--hls-config",
        str(tmp_path / "hls.yml"),
        "--budget",
        "dsp=100000",
        "--out",
        str(tmp_path / "out"),
    ]
    with caplog.at_level("WARNING"):
        assert main(args) == 0
    lines = [
        record.getMessage() for record in caplog.records if "quantizer is dropped" in record.getMessage()
    ]
    assert len(lines) == 1 and lines[0].startswith("bits: ")
    assert lines[0].endswith(
        "give LayerName fc1, fc1_linear, bits the Precision.result fixed<6,2,RND_CONV,SAT>"
    )
