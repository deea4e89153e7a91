"""A user's ParallelizationFactor (hls4ml's output positions computed at once by an io_parallel convolution):
the prune side reads it as hls4ml 1.3 does (`core.hls_config._parallelization_factor`) and costs the padded
window taps of its partitions (`core.design._window_live`, `live_window_taps`), so that each weight layer's
estimate equals the written project's (real hls4ml, no C++ compile). Until 2026-12-05 the prune side read no
ParallelizationFactor (a Conv2D at PF 4: II 4 against the project's 1) and no padded taps (LUT 8,152 against
6,823)."""

import numpy as np
import pytest

from .both_sides import both_sides


def _conv2d_same(keras):
    inputs = keras.Input((4, 4, 2))
    return inputs, keras.layers.Conv2D(3, 3, padding="same", name="c")(inputs)


def _conv1d_same(keras):
    inputs = keras.Input((8, 2))
    return inputs, keras.layers.Conv1D(3, 3, padding="same", name="c")(inputs)


def _dense_over_positions(keras):
    inputs = keras.Input((6, 4))
    return inputs, keras.layers.Dense(3, name="c")(inputs)


def _both_sides(tmp_path, build, factor, strategy):
    """Both sides' estimates of one model whose layer `c` has ParallelizationFactor `factor`."""
    from fpgaprune.compat import keras

    import hls4ml

    from fpgaprune.hls.quiet import quietly

    model = keras.Model(*build(keras))
    rng = np.random.default_rng(1)
    layer = model.get_layer("c")
    layer.set_weights([rng.integers(-3, 4, w.shape) / 4 for w in layer.get_weights()])
    config = quietly(hls4ml.utils.config_from_keras_model, model, granularity="name", backend="Vitis")
    config["Model"].update(Precision="fixed<16,6>", ReuseFactor=1, Strategy=strategy)
    config["LayerName"]["c"]["ParallelizationFactor"] = factor
    return both_sides(model, config, tmp_path / "project", "io_parallel")


@pytest.mark.parametrize(
    ("build", "factor", "strategy", "padded_everywhere"),
    [
        (_conv2d_same, 4, "Latency", True),  # slot 0 is column 0 in every partition: its left taps pad
        (_conv2d_same, 4, "Resource", True),
        (_conv2d_same, 2, "Latency", False),
        (_conv1d_same, 2, "Latency", False),
        (_dense_over_positions, 2, "Latency", False),  # hls4ml's pointwise Conv1D of a Dense
        (_dense_over_positions, 6, "Latency", False),  # every position at once: hls4ml's batched kernel
    ],
)
def test_a_configured_parallelization_factor_is_costed_as_the_written_project(
    tmp_path, build, factor, strategy, padded_everywhere
):
    sides = _both_sides(tmp_path, build, factor, strategy)
    designed, written = sides.designed["c"], sides.written["c"]
    assert designed.parallelization_factor == written.parallelization_factor == factor
    assert designed.window_live == written.window_live
    assert bool(designed.window_live) == padded_everywhere
    assert sides.differences(["c"]) == []
    assert sides.prune_side["c"]["ii"] == designed.output_positions // factor


def test_a_parallelization_factor_that_does_not_divide_the_positions_is_refused_in_one_line():
    from fpgaprune.compat import keras

    from fpgaprune.models.user import hls_design

    model = keras.Model(*_conv1d_same(keras))
    config = {
        "Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1, "Strategy": "Latency"},
        "LayerName": {"c": {"ParallelizationFactor": 3}},
        "IOType": "io_parallel",
    }
    refusal = r"LayerName.c.ParallelizationFactor: .*3 does not divide its 8 .*use 2 "
    with pytest.raises(ValueError, match=refusal):
        hls_design(model, config, classifier=False)
    config["LayerName"]["c"]["ParallelizationFactor"] = "4"  # a string: YAML's '4'
    with pytest.raises(
        ValueError, match=r"Factor '4' is not a whole number \(a str\); give one of 1, 2, 4, 8$"
    ):
        hls_design(model, config, classifier=False)
    del config["LayerName"]
    config["Model"]["ParallelizationFactor"] = 4  # hls4ml's Model level, read as the layer has no own entry
    assert hls_design(model, config, classifier=False).setting.layers["c"].parallelization_factor == 4
    config["LayerName"] = {"C": {"ParallelizationFactor": 2}}  # hls4ml matches this key's case: not c's
    assert hls_design(model, config, classifier=False).setting.layers["c"].parallelization_factor == 4


@pytest.mark.parametrize(("chosen", "written"), [({"c": 2}, 2), ({}, 1)])
def test_the_written_configuration_names_each_convolutions_factor(chosen, written):
    """`user_config` writes every convolution's design factor into its own LayerName entry: the entry it adds
    for the layer's ReuseFactor would otherwise hide a Model-level factor from hls4ml (which reads the most
    specific level naming the layer), and knapsack_rf's choice of 1 would leave the configured 4 in place. A
    Dense gets none."""
    from fpgaprune.compat import keras

    from fpgaprune.hls.convert import hls_input_names, prepare_model, user_config

    inputs, conv = _conv1d_same(keras)
    flat = keras.layers.Flatten(name="flat")(conv)
    model = keras.Model(inputs, keras.layers.Dense(2, name="output")(flat))
    config = {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1, "ParallelizationFactor": 4}}
    hls_input = prepare_model(model, "output")[0]
    strategies = {"c": (1, "Latency"), "output": (1, "Latency")}
    names = user_config(hls_input, config, hls_input_names(model), strategies, "output", chosen)["LayerName"]
    assert names["c"]["ParallelizationFactor"] == written
    assert "ParallelizationFactor" not in names["output"]


_LATENCY = {"Precision": "fixed<16,6>", "ReuseFactor": 1, "Strategy": "Latency"}


@pytest.mark.parametrize(
    ("build", "config"),
    [
        (
            _conv1d_same,
            {"LayerName": {"c": {"ReuseFactor": 1}}, "LayerType": {"Conv1D": {"ParallelizationFactor": 2}}},
        ),
        (
            _conv1d_same,
            {"Model": {"ParallelizationFactor": 4}, "LayerType": {"Conv1D": {"ParallelizationFactor": 2}}},
        ),
        (_conv1d_same, {"Model": {"ParallelizationFactor": 4}, "LayerName": {"c": {"ReuseFactor": 1}}}),
        (_conv1d_same, {"Model": {"ParallelizationFactor": 4}, "LayerType": {"Conv1D": {"ReuseFactor": 1}}}),
        (
            _conv1d_same,
            {
                "LayerName": {"c": {"ParallelizationFactor": 4}},
                "LayerType": {"Conv1D": {"ParallelizationFactor": 2}},
            },
        ),
        (_dense_over_positions, {"LayerType": {"Conv1D": {"ParallelizationFactor": 2}}}),
        (_dense_over_positions, {"Model": {"ParallelizationFactor": 3}}),
    ],
)
def test_the_factor_is_chosen_from_the_configuration_as_hls4ml_chooses_it(build, config):
    """hls4ml 1.3's `init_conv1d`: the LayerName entry's factor, else the LayerType entry's, else the Model's
    only when the configuration has neither entry for the layer (a LayerName entry without a factor hides a
    Model one but not a LayerType one). Compared with the factor hls4ml's own conversion gives the layer."""
    from fpgaprune.compat import keras

    import hls4ml

    from fpgaprune.hls.quiet import quietly
    from fpgaprune.models.user import hls_design

    model = keras.Model(*build(keras))
    config = {**config, "Model": {**_LATENCY, **config.get("Model", {})}}
    graph = quietly(hls4ml.converters.convert_from_keras_model, model, hls_config=config, backend="Vitis")
    built = next(layer for layer in graph.get_layers() if layer.name == "c")
    designed = hls_design(model, config, classifier=False).setting.layers["c"]
    assert designed.parallelization_factor == built.get_attr("parallelization_factor")


def test_the_part_reserve_project_keeps_a_configured_factor(tmp_path):
    """`hls.run.unpruned_project_estimate` (the project a part's reserve is read from) writes the design's
    factors: its whole-design estimate equals that of the project hls4ml writes from the user's own
    configuration (a Model-level ParallelizationFactor 4); before, it wrote the convolution at 1."""
    from fpgaprune.compat import keras

    import hls4ml

    from fpgaprune.core.hardware.glue import estimate_project
    from fpgaprune.hls.quiet import quietly
    from fpgaprune.hls.run import unpruned_project_estimate
    from fpgaprune.models.user import hls_design, split_output_activation

    from ..configs import hls_settings

    inputs, conv = _conv1d_same(keras)
    flat = keras.layers.Flatten(name="flat")(conv)
    model = split_output_activation(
        keras.Model(inputs, keras.layers.Dense(2, activation="softmax", name="out")(flat))
    )
    config = {"Model": {**_LATENCY, "ParallelizationFactor": 4}, "IOType": "io_parallel"}
    settings = hls_design(model, config).setting.layers
    assert settings["c"].parallelization_factor == 4
    strategies = {name: (s.reuse_factor, s.strategy) for name, s in settings.items()}
    factors = {name: s.parallelization_factor for name, s in settings.items() if s.parallelization_factor > 1}
    hls = hls_settings(backend="Vitis", io_type="io_parallel", precision="fixed<16,6>")
    totals, _ = unpruned_project_estimate(model, config, hls, strategies, factors)
    at_one, _ = unpruned_project_estimate(model, config, hls, strategies, {})
    assert (totals["lut"], totals["ff"]) != (at_one["lut"], at_one["ff"])  # the factor reaches the project
    folder = str(tmp_path / "own")
    own = quietly(
        hls4ml.converters.convert_from_keras_model, model, hls_config=config, output_dir=folder,
        backend="Vitis", io_type="io_parallel", part=hls.part,
    )  # fmt: skip
    quietly(own.write)
    expected = estimate_project(tmp_path / "own")["totals"]
    assert (totals["dsp"], totals["latency_cycles"]) == (expected["dsp"], expected["latency_cycles"])
