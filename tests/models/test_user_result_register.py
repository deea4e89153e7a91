"""The register in which an io_parallel DATAFLOW top holds a 0-cycle Dense's result, on both sides: the prune
side's estimate of a user's design (`core.design.with_result_registers`, `LayerHardware.result_register`)
and the estimate of the project hls4ml writes for it (`glue.carry_result_registers`), one rule
(`glue.result_register_ff`). The projects are written by the real hls4ml (no C++ compile)."""

import numpy as np
import pytest

from fpgaprune.core.hardware.glue import DATAFLOW_OUTPUT_CONTROL_FF

from .both_sides import both_sides

DEFAULT = "fixed<16,6>"


def _model():
    """Dense 12 -> 8 -> Dense 3, kernels and biases on a 1/4 grid (the written weights are these values)."""
    from fpgaprune.compat import keras

    inputs = keras.Input((12,), name="x")
    h = keras.layers.Dense(8, name="d1")(inputs)
    model = keras.Model(inputs, keras.layers.Dense(3, name="d2")(h))
    rng = np.random.default_rng(0)
    for layer in model.layers[1:]:
        kernel, bias = layer.get_weights()
        layer.set_weights([rng.integers(-3, 4, kernel.shape) / 4, rng.integers(-3, 4, bias.shape) / 4])
    return model


def _config(model, pipeline_style: str | None, model_strategy: str = "Latency") -> dict:
    """hls4ml's per-name configuration at Model default `DEFAULT`, d1 Resource at RF 2 (hls4ml's "auto" style
    makes the top DATAFLOW) and d2 Latency, or, under a Model `model_strategy` Resource, both Latency (the
    model input's Resource makes it DATAFLOW); `pipeline_style` the Model PipelineStyle when given."""
    import hls4ml

    from fpgaprune.hls.quiet import quietly

    config = quietly(hls4ml.utils.config_from_keras_model, model, granularity="name", backend="Vitis")
    config["Model"].update(Precision=DEFAULT, ReuseFactor=1, Strategy=model_strategy)
    config["LayerName"]["d2"].update(ReuseFactor=1, Strategy="Latency")
    if model_strategy == "Resource":
        config["LayerName"]["d1"].update(ReuseFactor=1, Strategy="Latency")
    else:
        config["LayerName"]["d1"].update(ReuseFactor=2, Strategy="Resource")
    if pipeline_style is not None:
        config["Model"]["PipelineStyle"] = pipeline_style
    return config


@pytest.mark.parametrize(
    ("style", "model_strategy", "top"),
    [(None, "Latency", "dataflow"), ("pipeline", "Latency", "pipeline"), (None, "Resource", "dataflow")],
)
def test_a_zero_cycle_dense_carries_its_result_register_only_under_a_dataflow_top(
    tmp_path, style, model_strategy, top
):
    """d2 (Latency, 0 cycles) holds its 3 results in a register under the DATAFLOW top hls4ml's "auto" style
    writes for d1's Resource strategy (or for a Model Strategy Resource, every weight layer Latency): the
    prune side's design gives each Dense the values and bits the project's top declares
    (`glue.dataflow_result_registers`), and its FF of d2 is the project estimate's, register included; a
    configuration's PipelineStyle pipeline writes a PIPELINE top, and neither side has the register. Every
    weight layer's estimate agrees, with resources.json's `estimate` source too
    (`hls.run.estimate_source`)."""
    from dataclasses import replace

    from fpgaprune.core.hardware.cost import estimate_layer
    from fpgaprune.core.hardware.glue import dataflow_result_registers
    from fpgaprune.core.hardware.project import project_layers, read_project_files
    from fpgaprune.hls.run import estimate_source

    model = _model()
    config = _config(model, style, model_strategy)
    sides = both_sides(model, config, tmp_path / "project", "io_parallel")
    pruned_side, project, designed = sides.prune_side, sides.project, sides.designed
    files = read_project_files(tmp_path / "project")
    written, _, target = project_layers(files)
    pragma = "#pragma HLS DATAFLOW" if top == "dataflow" else "#pragma HLS PIPELINE"
    assert pragma in files.source
    assert pruned_side["d2"]["latency_cycles"] == 0
    written_source = estimate_source(tmp_path / "project")["layers"]  # resources.json's `estimate`
    for name in ("d1", "d2"):
        for resource in ("dsp", "lut", "ff", "bram_18k", "latency_cycles"):
            assert pruned_side[name][resource] == project[name][resource], (name, resource)
            assert pruned_side[name][resource] == written_source[name][resource], (name, resource)
    registers = dataflow_result_registers(files, written)
    designed_registers = {name: layer.result_register for name, layer in designed.items()}
    assert {name: register for name, register in designed_registers.items() if register} == registers
    kernel = model.get_layer("d2").kernel.numpy()
    without = estimate_layer(replace(designed["d2"], result_register=None), kernel, target).ff
    if top == "dataflow":
        values, bits = registers["d2"]
        assert pruned_side["d2"]["ff"] == without + values * bits + DATAFLOW_OUTPUT_CONTROL_FF
    else:
        assert registers == {} and pruned_side["d2"]["ff"] == without
