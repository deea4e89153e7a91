"""From an experiment's configuration to the hardware description of its hls4ml design (no TensorFlow).

One place decides how each weight layer is implemented, for the cost model, the pruning knapsack
and the hls4ml conversion alike:
- the strategy and reuse factor come from the reuse-factor setting (`fpgaprune.config`);
- a pruned design implements Resource layers with RF > 1 as Resource_Unrolled, so that all-zero
  patterns lose their multiplier (io_parallel Conv2D cannot be unrolled by hls4ml: it stays Resource);
- weights take the QKeras quantiser's type (quantized_bits(b, i) -> ap_fixed<b, i+1>), or
  `hls.precision` for float models; layer inputs take `hls.precision` (the first layer
  `hls.input_precision` when given); accumulators take `hls.accum_precision`, where `auto` is the
  exact-sum width hls4ml infers (weight bits + input bits + ceil(log2 n_in)).
"""

from math import ceil, log2

from fpgaprune.config import LayerHls, reuse_settings
from fpgaprune.hardware.layer import LayerHardware
from fpgaprune.hardware.precision import FixedType, parse_precision
from fpgaprune.models.zoo import get_architecture, weight_layers


def weight_precision(experiment: dict) -> str:
    """The fixed-point type of the weights of an experiment's model."""
    quantization = experiment.get("quantization")
    if quantization:
        return f"ap_fixed<{quantization['weight_bits']},{quantization['weight_integer_bits'] + 1}>"
    return experiment["hls"]["precision"]


def implemented_strategy(setting: LayerHls, kind: str, io_type: str, pruned: bool) -> str:
    """hls4ml strategy of one layer: latency, resource or resource_unrolled."""
    unrollable = setting.reuse_factor > 1 and (kind == "dense" or io_type == "io_stream")
    if setting.strategy == "resource" and pruned and unrollable:
        return "resource_unrolled"
    return setting.strategy


def design_layers(name: str, experiment: dict, setting_name: str, *, pruned: bool) -> list[LayerHardware]:
    """Hardware description of every weight layer of an experiment's design, in model order.

    Args:
        name: experiment name (for error messages).
        experiment: the validated experiment configuration.
        setting_name: a reuse-factor setting of the experiment ("4", "paper", ...).
        pruned: whether the design holds a pruned model (Resource layers become Resource_Unrolled).
    """
    settings = reuse_settings(name, experiment)
    if setting_name not in settings:
        raise ValueError(f"experiment {name} has no reuse-factor setting {setting_name!r}; it has: {', '.join(settings)}")
    setting, hls = settings[setting_name], experiment["hls"]
    weight_type = parse_precision(weight_precision(experiment))
    layers = []
    for index, layer in enumerate(weight_layers(get_architecture(experiment["model"]))):
        input_type = parse_precision(hls.get("input_precision") if index == 0 and hls.get("input_precision")
                                     else hls["precision"])
        layers.append(LayerHardware(
            name=layer.name,
            kind=layer.kind,
            kernel_shape=layer.kernel_shape,
            reuse_factor=setting[layer.name].reuse_factor,
            strategy=implemented_strategy(setting[layer.name], layer.kind, hls["io_type"], pruned),
            io_type=hls["io_type"],
            weight_type=weight_type,
            input_type=input_type,
            accum_type=_accumulator(hls.get("accum_precision", "auto"), weight_type, input_type, layer.n_in),
            output_positions=layer.positions,
        ))
    return layers


def _accumulator(spec: str, weight: FixedType, data: FixedType, n_in: int) -> FixedType:
    if spec != "auto":
        return parse_precision(spec)
    growth = ceil(log2(n_in)) if n_in > 1 else 0
    return FixedType(weight.width + data.width + growth, weight.integer + data.integer + growth)
