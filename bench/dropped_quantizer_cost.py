"""What keeping a `quantized_bits` QActivation changes in the estimate of a model file's weight layers.

A 16-64-32-10 QDense chain (8-bit `quantized_bits(8,0)` weights and biases), `quantized_bits(8,2)` after the
first layer, `quantized_relu(8,2)` after the second, `ap_fixed<16,6>`, every layer Latency RF 1, io_parallel,
the schema's default target. Two designs of the same model:

- dropped: hls4ml's own `granularity="name"` config (fc1 `auto`): hls4ml removes the QActivation
  (MergeLinearActivation) and fc2 reads fc1's exact sum; the pipeline's own config did the same until
  2026-12-03 (`hls.convert.hls4ml_config` before `models.user.kept_quantizers`).
- fc1 only: that config with fc1's result typed as the quantizer, not `fc1_linear`'s: hls4ml merges the
  QActivation into `fc1_linear`, whose `auto` result is the Model default, and fc2 reads that (until
  2026-12-03 the design left `<layer>_linear` out and assumed fc2 read the quantizer's type).
- kept: the pipeline's config now (fc1, fc1_linear and bits typed as the quantizer), as `model_precisions`.

The numbers are the cost model's estimate (`core.hardware.cost.estimate_model`), not a synthesis.

    PYTHONPATH=src:. nice -n 19 .venv/bin/python bench/dropped_quantizer_cost.py
"""

import copy

from fpgaprune.compat import keras

import hls4ml
import qkeras
from tests.configs import make_experiment

from fpgaprune.core.design import LayerHls, design_layers
from fpgaprune.core.hardware.cost import estimate_model
from fpgaprune.hls.quiet import quietly
from fpgaprune.models.build import built_kernel
from fpgaprune.models.user import hls_design, model_precisions, weight_layers

WEIGHTS = "quantized_bits(8,0,alpha=1)"


def chain_model():
    keras.utils.set_random_seed(0)
    inputs = keras.Input((16,), name="x")
    x = qkeras.QDense(64, kernel_quantizer=WEIGHTS, bias_quantizer=WEIGHTS, name="fc1")(inputs)
    x = qkeras.QActivation("quantized_bits(8,2)", name="bits1")(x)
    x = qkeras.QDense(32, kernel_quantizer=WEIGHTS, bias_quantizer=WEIGHTS, name="fc2")(x)
    x = qkeras.QActivation("quantized_relu(8,2)", name="relu2")(x)
    x = qkeras.QDense(10, kernel_quantizer=WEIGHTS, bias_quantizer=WEIGHTS, name="output")(x)
    return keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(x))


def main() -> None:
    model = chain_model()
    experiment = make_experiment(hls={"precision": "ap_fixed<16,6>"})
    weights = weight_layers(model)
    reuse = {layer.name: LayerHls(1, "latency") for layer in weights}
    config = quietly(
        hls4ml.utils.config_from_keras_model,
        model,
        granularity="name",
        backend="Vitis",
        default_precision="ap_fixed<16,6>",
    )
    fc1_only = copy.deepcopy(config)
    fc1_only["LayerName"]["fc1"]["Precision"]["result"] = "fixed<8,3,RND_CONV,SAT>"
    designs = {
        "dropped": hls_design(model, config).precisions,
        "fc1 only": hls_design(model, fc1_only).precisions,
        "kept": model_precisions(model, experiment.hls),
    }
    print(f"target: {experiment.cost_target}")
    for name, precisions in designs.items():
        layers = design_layers(weights, reuse, precisions, "io_parallel", pruned=False)
        kernels = [built_kernel(model.get_layer(layer.name)) for layer in layers]
        estimate = estimate_model(layers, kernels, experiment.cost_target)
        for layer, cost in zip(layers, estimate.layers):
            print(
                f"{name:8s} {layer.name:7s} input {layer.input_type} accum {layer.accum_type}: "
                f"DSP {cost.dsp:.0f}, LUT {cost.lut:.0f}, FF {cost.ff:.0f} ({cost.source})"
            )
        totals = estimate.totals
        print(f"{name:8s} total: DSP {totals['dsp']:.0f}, LUT {totals['lut']:.0f}, FF {totals['ff']:.0f}")


if __name__ == "__main__":
    main()
