"""fpgaprune's reuse factors against hls4ml 1.3's own functions (imported, not restated): the valid-RF rule
(`_validate_reuse_factor`, `get_valid_reuse_factors`) for every size of 1..64 x 1..16, and what the design
makes of an RF against what hls4ml's `init_dense` / `init_conv2d` build on a real layer asked that RF and the
strategy fpgaprune writes. `bench/hls4ml_reuse_sweep.py` runs the second over every size as well."""

import contextlib
import io

import pytest

from fpgaprune.core.design import LayerHls, Precisions, ReuseSetting, design_layers, implemented_strategy
from fpgaprune.core.hardware.reuse import is_valid_reuse_factor, valid_reuse_factors
from fpgaprune.core.zoo import WeightLayer

hls4ml = pytest.importorskip("hls4ml")
keras = pytest.importorskip("fpgaprune.compat").keras

BACKENDS = ("Vivado", "Vitis")


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_rule_is_hls4mls_for_every_size_and_rf(backend):
    validate = hls4ml.backends.get_backend(backend)
    for n_in in range(1, 65):
        for n_out in range(1, 17):
            assert valid_reuse_factors(n_in, n_out) == validate.get_valid_reuse_factors(n_in, n_out)
            for rf in range(1, n_in * n_out + 1):
                assert is_valid_reuse_factor(n_in, n_out, rf) == bool(
                    validate._validate_reuse_factor(n_in, n_out, rf)
                )


def hls4ml_layer(kind, backend, io_type, strategy, tmp_path):
    """The weight layer of a one-layer hls4ml ModelGraph asked for `strategy` (the bench sweep's too)."""
    from fpgaprune.hls.quiet import quietly

    inputs = keras.Input((4,) if kind == "dense" else (3, 3, 4), name="x")
    layer = keras.layers.Dense(2, name="w") if kind == "dense" else keras.layers.Conv2D(2, 1, name="w")
    model = keras.Model(inputs, layer(inputs))
    config = quietly(hls4ml.utils.config_from_keras_model, model, granularity="name", backend=backend)
    config["LayerName"]["w"].update(ReuseFactor=2, Strategy=strategy)
    graph = quietly(
        hls4ml.converters.convert_from_keras_model,
        model,
        hls_config=config,
        backend=backend,
        io_type=io_type,
        output_dir=str(tmp_path / f"{kind}_{backend}_{io_type}_{strategy}"),
    )
    return next(node for node in graph.get_layers() if node.name == "w")


def hls4ml_builds(layer, n_in, n_out, rf, strategy):
    """(RF, strategy) hls4ml's backend gives `layer` at these sizes and RF (its own `init_dense` or
    `init_conv2d`, which validate the RF and replace an invalid one by the closest valid one)."""
    backend = hls4ml.backends.get_backend(layer.model.config.backend.name)
    layer.set_attr("reuse_factor", rf)
    layer.set_attr("strategy", strategy.lower())
    if layer.class_name == "Dense":
        layer.set_attr("n_in", n_in)
        layer.set_attr("n_out", n_out)
        init = backend.init_dense
    else:  # a 1x1 kernel over n_in channels: hls4ml's n_in = n_chan * filt_height * filt_width
        for key, value in (("n_chan", n_in), ("filt_height", 1), ("filt_width", 1), ("n_filt", n_out)):
            layer.set_attr(key, value)
        init = backend.init_conv2d
    with contextlib.redirect_stdout(io.StringIO()):  # hls4ml prints its warning
        init(layer)
    return layer.get_attr("reuse_factor"), layer.get_attr("strategy").lower()


def _designed(kind, n_in, n_out, rf, strategy, io_type, backend, pruned):
    """(RF, strategy) of fpgaprune's design of the layer, or None when it refuses the RF (one line)."""
    shape = (n_in, n_out) if kind == "dense" else (1, 1, n_in, n_out)
    layer = WeightLayer("w", kind, n_in, n_out, shape, *(() if kind == "dense" else (9, 9, 9)))
    try:
        per_layer = ReuseSetting("s", LayerHls(rf, strategy)).resolve([layer], "test")
    except ValueError as error:
        assert "nearest valid" in str(error) and "\n" not in str(error)
        return None
    precisions = Precisions("ap_fixed<8,1>", "ap_fixed<8,1>")
    (built,) = design_layers([layer], per_layer, precisions, io_type, pruned=pruned, backend=backend)
    return built.reuse_factor, built.strategy


@pytest.mark.parametrize("io_type", ["io_parallel", "io_stream"])
@pytest.mark.parametrize("kind", ["dense", "conv2d"])
@pytest.mark.parametrize("backend", BACKENDS)
def test_the_design_is_what_hls4ml_builds_or_refused(tmp_path, backend, kind, io_type):
    """Every RF of a 27x4 layer (the report's Resource Dense asked RF 3, which hls4ml keeps), a 12x5 and a
    1x3: the design's RF and strategy are hls4ml's, or the design refuses an RF hls4ml would replace. Until
    2026-12-03 the design refused a Latency RF outside the Resource rule (hls4ml builds any) and a pruned
    Resource layer at RF n_in*n_out (Resource_Unrolled, which hls4ml replaces by the closest smaller RF; the
    design now keeps it Resource, as hls4ml builds it)."""
    from fpgaprune.hls.convert import HLS4ML_STRATEGIES

    layers = {
        name: hls4ml_layer(kind, backend, io_type, name, tmp_path) for name in HLS4ML_STRATEGIES.values()
    }
    accepted = 0
    for n_in, n_out in ((27, 4), (12, 5), (1, 3)):
        for rf in range(1, n_in * n_out + 1):
            for strategy in ("latency", "resource"):
                for pruned in (False, True):
                    asked = implemented_strategy(
                        LayerHls(rf, strategy), kind, io_type, pruned, backend, n_in * n_out
                    )
                    built = hls4ml_builds(layers[HLS4ML_STRATEGIES[asked]], n_in, n_out, rf, asked)
                    designed = _designed(kind, n_in, n_out, rf, strategy, io_type, backend, pruned)
                    if designed is None:
                        assert built[0] != rf, (n_in, n_out, rf, strategy, pruned)
                    else:
                        assert designed == built, (n_in, n_out, rf, strategy, pruned)
                        accepted += 1
    assert hls4ml_builds(layers["Resource"], 27, 4, 3, "Resource") == (3, "resource")
    assert accepted > 0
