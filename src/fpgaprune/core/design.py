"""From a model's weight layers and a reuse-factor setting to the hardware description of its design.

One place decides how each weight layer is implemented, for the cost model, the pruning knapsack
and the hls4ml conversion alike:
- the strategy and reuse factor come from the reuse-factor setting (`ReuseSetting`): a default for
  every layer and per-layer overrides;
- a pruned design implements Resource layers with RF > 1 as Resource_Unrolled, so that all-zero
  patterns lose their multiplier (io_parallel Conv2D cannot be unrolled by hls4ml, and the Vitis
  backend never calls the unrolled kernel of an io_stream Dense layer: both stay Resource);
- weights take the QKeras quantiser's type (quantized_bits(b, i) -> ap_fixed<b, i+1>), or the design
  precision for float models, rounded to nearest and saturating as the pipeline writes it (`rounded`: the
  float weights, printed by hls4ml, are converted in that type's mode when HLS compiles them); the first
  layer's inputs take the input precision (rounded too), later layers read the previous activation's
  type (quantized_relu(b, i) -> ufixed<b, i, RND_CONV, SAT>; float models: the design precision), as
  hls4ml types them (a model file's layers read the type of whatever writes their input, another weight
  layer's `auto` result too: `auto_result`, `fpgaprune.core.hls_config.chain_input_type`);
  accumulators take the accumulator precision, where `auto` is the type
  hls4ml 1.x infers from the layer's input, weight and bias types (`layer.with_auto_accum`: the exact sum of
  the products, then the bias). The bias takes its QKeras quantiser's type, else the precision hls4ml's
  config gives it; a layer without a bias adds hls4ml's `ap_uint<1>` zero (`NO_BIAS`).
"""

import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace

from fpgaprune.core.hardware.glue import design_schedule
from fpgaprune.core.hardware.layer import (
    LayerHardware,
    live_window_taps,
    runs_unrolled_kernel,
    with_auto_accum,
)
from fpgaprune.core.hardware.precision import inferred_accum_type, is_auto, parse_precision
from fpgaprune.core.hardware.recurrent import PIPELINE_TOP_WARNING
from fpgaprune.core.hardware.reuse import check_reuse_factor
from fpgaprune.core.zoo import WeightLayer


@dataclass(frozen=True)
class LayerHls:
    """How one weight layer is implemented: hls4ml reuse factor, strategy and, for an io_parallel convolution,
    ParallelizationFactor (output pixels computed at once)."""

    reuse_factor: int
    strategy: str  # latency | resource
    parallelization_factor: int = 1


@dataclass(frozen=True)
class ReuseSetting:
    """A named reuse-factor setting: `default` for every weight layer, `layers` overriding some."""

    name: str
    default: LayerHls
    layers: Mapping[str, LayerHls] = field(default_factory=dict)

    def of(self, name: str) -> LayerHls:
        """The setting of weight layer `name`: its override, else the default."""
        return self.layers.get(name, self.default)

    def resolve(self, weight_layers: Sequence[WeightLayer], where: str) -> dict[str, LayerHls]:
        """Layer name -> LayerHls for every weight layer, each checked against what hls4ml can implement.

        Raises:
            ValueError: an override names an unknown layer, or a reuse factor hls4ml cannot implement.
        """
        names = [layer.name for layer in weight_layers]
        check_layer_names(f"{where}.layers", self.layers, names)
        resolved = {name: self.of(name) for name in names}
        for layer in weight_layers:
            setting = resolved[layer.name]
            check_reuse_factor(
                layer.n_in, layer.n_out, setting.reuse_factor, f"{where} layer {layer.name}", setting.strategy
            )
            check_parallelization(layer, setting, f"{where} layer {layer.name}")
        return resolved


def check_parallelization(layer: WeightLayer, setting: LayerHls, where: str) -> None:
    """A ParallelizationFactor other than 1 only on a convolution (a Dense over a multidimensional input is
    one to hls4ml), dividing its output positions; ValueError naming `where` otherwise."""
    factor = setting.parallelization_factor
    if factor == 1:
        return
    if not layer.is_conv or factor < 1 or layer.positions % factor:
        raise ValueError(
            f"{where}: parallelization factor {factor} needs a convolution whose {layer.positions} output "
            "positions it divides"
        )


_PLAIN_FIXED = re.compile(r"(?:ap_)?(?P<kind>u?fixed)<\s*(?P<width>\d+)\s*,\s*(?P<integer>-?\d+)\s*>")


def rounded(precision: str) -> str:
    """`precision` rounding to nearest (ties to even) and saturating, unless it names its own modes: the type
    the pipeline's hls4ml configuration gives a float layer's weights and biases and the model input
    (`fpgaprune.hls.convert.hls4ml_config`), and so the type the cost model quantizes a float kernel in.

    ap_fixed truncates (rounds towards -inf) by default, which biases every float weight by half
    a step, and these biases add up in a sum of hundreds of products (measured on LeNet-5 at
    ap_fixed<18,8>: logits off by up to 1.35). The mode of a type only acts where a value is
    converted into it: for weights and biases that is at compile time (hls4ml prints each float weight
    with the type's fractional bits as decimals, HLS converts the literal in the type's mode), for the
    inputs in the host code, so rounding there costs no hardware.
    """
    match = _PLAIN_FIXED.fullmatch(precision.strip())
    if not match:
        return precision
    return f"{match['kind']}<{match['width']},{match['integer']},RND_CONV,SAT>"


# hls4ml's bias type of a layer without a bias (use_bias=False): `Layer.add_bias` gives it zeros of
# `ap_uint<1>`, which an `auto` accumulator still adds (hls4ml 1.0-1.3).
NO_BIAS = "ap_uint<1>"


@dataclass(frozen=True)
class Precisions:
    """The fixed-point types of a design: weights, layer data, model inputs, accumulators and biases.

    `bias` and `maximum` only enter an `auto` accumulator (`layer.with_auto_accum`): the bias's type (None:
    `weight`, as in the zoo, whose QKeras layers quantise the bias as the kernel and whose float layers take
    the design precision for both; `NO_BIAS` for a layer without one) and hls4ml's Model `Precision: maximum`
    (None: not set). `inferred_from` is the input type hls4ml infers the layer's `auto` accumulator and
    result from when it is not `data`, the type the layer multiplies: after a Flatten or Reshape the config
    types, which hls4ml 1.3 makes an alias of its input only after inferring the types
    (`fpgaprune.core.hls_config.chain_read_type`); None: `data`. `result` is the type hls4ml writes the
    layer's result in ("auto": the one it infers, `auto_result`; None: not known, and no result register is
    estimated, `with_result_registers`); `pipeline_style` the design's hls4ml `PipelineStyle` as it decides
    the top's schedule with the weight layers (`glue.design_schedule`; the same in every layer's);
    `reads_input_port` that hls4ml leaves nothing but in-place reshapes between the model input and the layer
    (a `quantized_bits` QActivation of the input's own type it removes), so an io_parallel layer reads the
    top's packed input port (`LayerHardware.input_packed`). `operand_bits`: the width of the data operand HLS
    multiplies when the layer's input is written by a global average pooling whose mean has fewer bits than
    `data` (`core.hls_config.pooled_operand_bits`, as the written project's estimate reads it,
    `LayerHardware.operand_bits`); 0: `data`'s.
    """

    weight: str
    data: str
    input: str | None = None  # None: `data`
    accum: str = "auto"
    bias: str | None = None  # None: `weight`
    maximum: str | None = None
    inferred_from: str | None = None  # None: `data`
    fused_batchnorm: str = ""  # the BatchNormalization hls4ml fuses into the layer (`LayerHardware`'s)
    product: str = "mult"  # hls4ml's product of the weights (`LayerHardware.product`, `kernel_product`)
    result: str | None = None
    pipeline_style: str = "auto"
    reads_input_port: bool = False
    operand_bits: int = 0


# hls4ml's product of binary weights: its xnor weight type is neither an integer nor a fixed-point type, so
# hls4ml 1.3's InferPrecisionTypes gives the layer's `auto` accumulator and result the Model default
XNOR_PRODUCT = "weight_binary"


def uninferred_accum(accum: str, product: str, default: str) -> str:
    """A weight layer's accumulator as hls4ml 1.3 builds it: `accum`, but an `auto` one of binary (xnor)
    weights is the Model default `default` (`XNOR_PRODUCT`)."""
    return default if product == XNOR_PRODUCT and is_auto(accum) else accum


def auto_result(own: Precisions, products: int, default: str | None = None) -> str:
    """The type hls4ml 1.x gives a Dense/Conv layer's `auto` result: the exact sum its `auto` accumulator
    would take (`precision.inferred_accum_type`, from the layer's input, weight and bias types and the Model
    maximum), whatever the accumulator is set to (`InferPrecisionTypes._infer_common_precision`). A weight
    layer reading it directly (or through a Flatten) multiplies that type, not the design precision.

    Args:
        own: the layer's types, its input in `data` (or `inferred_from`, as a model file's layers give them;
            `input` is not read).
        products: products summed into one output (Dense: n_in; Conv: channels x kernel taps).
        default: hls4ml's Model default, the result of binary (xnor) weights (`XNOR_PRODUCT`).
    """
    if own.product == XNOR_PRODUCT and default is not None:
        return default
    maximum = None if own.maximum is None else parse_precision(own.maximum)
    return str(
        inferred_accum_type(
            parse_precision(own.inferred_from or own.data),
            parse_precision(own.weight),
            parse_precision(own.bias or own.weight),
            products,
            maximum,
        )
    )


def check_layer_names(where: str, given, names: Sequence[str]) -> None:
    """Raise one line naming the first of `given` that is not a weight layer of the model."""
    unknown = sorted(set(given) - set(names))
    if unknown:
        raise ValueError(
            f"{where}: unknown layer {unknown[0]!r}; the model's weight layers: {', '.join(names)}"
        )


def quantized_relu_precision(bits: int, integer: int, negative_slope: float = 0.0) -> str:
    """hls4ml's type of a QKeras quantized_relu(b, i) result (hls4ml 1.3
    `utils.config._get_precision_from_quantizer`): ufixed<b, i> rounding to nearest even and saturating, as
    hls4ml writes every quantizer's type; uint<i> when that leaves no fractional bit. A leaky one
    (negative_slope != 0, hls4ml's `leaky_relu` ParametrizedActivation) is signed with the sign bit added to
    the integer bits: fixed<b, i + 1>, int<i + 1> when that leaves no fractional bit."""
    if negative_slope != 0:
        return f"fixed<{bits},{integer + 1},RND_CONV,SAT>" if bits > integer + 1 else f"int<{integer + 1}>"
    return f"ufixed<{bits},{integer},RND_CONV,SAT>" if bits > integer else f"uint<{integer}>"


def quantized_weight_precision(weight_bits: int, weight_integer_bits: int) -> str:
    """hls4ml's type of QKeras quantized_bits(b, i) weights: ap_fixed<b, i + 1> (the sign bit)."""
    return f"ap_fixed<{weight_bits},{weight_integer_bits + 1}>"


DEFAULT_BACKEND = "Vitis"  # the config schema's `hls.backend` default


def implemented_strategy(
    setting: LayerHls,
    kind: str,
    io_type: str,
    pruned: bool,
    backend: str = DEFAULT_BACKEND,
    n_weights: int | None = None,
) -> str:
    """hls4ml strategy of one layer: latency, resource or resource_unrolled (`runs_unrolled_kernel`).

    A pruned Resource layer stays Resource at RF 1 and, given its `n_weights`, at RF = n_weights (one
    multiplier): hls4ml 1.3's Resource_Unrolled takes neither (RF 1 it builds as Resource, the largest RF it
    replaces by the closest smaller valid one, `set_closest_reuse_factor(include_max_rf=False)`)."""
    largest = n_weights is not None and setting.reuse_factor >= n_weights
    unrollable = setting.reuse_factor > 1 and not largest and runs_unrolled_kernel(kind, io_type, backend)
    if setting.strategy == "resource" and pruned and unrollable:
        return "resource_unrolled"
    return setting.strategy


def unrolls(own: Precisions, pruned: bool) -> bool:
    """Whether a layer of a pruned design may become Resource_Unrolled (`implemented_strategy`): not one of
    binary weights (`XNOR_PRODUCT`), which is never pruned and which hls4ml 1.3's unrolled generator would
    miscompute (it leaves out the products of stored zeros, and an xnor 0 stands for -1)."""
    return pruned and own.product != XNOR_PRODUCT


def design_layers(
    weight_layers: Sequence[WeightLayer],
    per_layer: Mapping[str, LayerHls],
    precisions: Precisions | Mapping[str, Precisions],
    io_type: str,
    *,
    pruned: bool,
    backend: str = DEFAULT_BACKEND,
) -> list[LayerHardware]:
    """Hardware description of every weight layer of a design, in model order.

    Args:
        weight_layers: the model's weight layers.
        per_layer: layer name -> reuse factor and strategy (`ReuseSetting.resolve`).
        precisions: the design's fixed-point types, or each layer's by name (a user's hls4ml config).
        io_type: io_parallel or io_stream.
        pruned: whether the design holds a pruned model (Resource layers become Resource_Unrolled).
        backend: the hls4ml backend (Vitis or Vivado; `runs_unrolled_kernel`).
    """
    layers = [
        design_layer(
            weight_layers, index, per_layer[layer.name], precisions, io_type, pruned=pruned, backend=backend
        )
        for index, layer in enumerate(weight_layers)
    ]
    inside = {layer.name for layer in weight_layers if layer.part}
    return with_result_registers(layers, precisions, inside)


def with_result_registers(
    layers: Sequence[LayerHardware],
    precisions: "Precisions | Mapping[str, Precisions]",
    inside: AbstractSet[str] = frozenset(),
) -> list[LayerHardware]:
    """A design's weight layers with the register in which each Dense of an io_parallel DATAFLOW top holds its
    result (`LayerHardware.result_register`: n_out values of its result type's width, `result_type`), which
    the estimate adds to the layer's FF when it takes 0 cycles, by the rule the project estimate adds it with
    (`logic.result_register_ff`; docs/cost-model-record.md "Result registers of 0-cycle DATAFLOW processes").
    The top is DATAFLOW by `glue.design_schedule` of the layers and the design's `Precisions.pipeline_style`;
    a layer whose result type is not known gets none, nor do the products inside a recurrent layer's step
    (`inside`: their names), whose results are the step's registers (`core.hardware.recurrent`)."""
    if not layers:
        return []

    def own(layer: LayerHardware) -> Precisions:
        return precisions[layer.name] if isinstance(precisions, Mapping) else precisions

    if design_schedule(layers, own(layers[0]).pipeline_style) != "dataflow":
        return list(layers)
    registered = []
    for layer in layers:
        result = (
            result_type(own(layer), layer) if layer.kind == "dense" and layer.name not in inside else None
        )
        register = None if result is None else (layer.n_out, parse_precision(result).width)
        registered.append(replace(layer, result_register=register))
    return registered


def unrolled_recurrent_warning(
    weight_layers: Sequence[WeightLayer], layers: Sequence[LayerHardware], pipeline_style: str
) -> str | None:
    """One line when the design holds a GRU's or LSTM's products (`WeightLayer.part`) under a PIPELINE top
    (`glue.design_schedule`: hls4ml 1.3's choice for Latency layers only), whose time-step loop HLS unrolls
    (`recurrent.PIPELINE_TOP_WARNING`): what the budget binds is one step's products, the design may hold up
    to a copy per time step. None otherwise."""
    recurrent = sorted({layer.hls_layer for layer in weight_layers if layer.part})
    if not recurrent or design_schedule(layers, pipeline_style) != "pipeline":
        return None
    return (
        f"{', '.join(recurrent)}: {PIPELINE_TOP_WARNING}; the budget binds the estimate of one step's "
        "products. A DATAFLOW top keeps the loop rolled, as the estimate costs it: give the configuration's "
        "Model PipelineStyle: dataflow (or a Resource strategy)"
    )


def result_type(own: Precisions, layer: LayerHardware) -> str | None:
    """The type hls4ml writes a Dense layer's result in: `own.result`, an `auto` one inferred from what the
    layer reads (`auto_result`; the first layer reads the model input); None when not known."""
    if own.result is None:
        return None
    if not is_auto(own.result):
        return own.result
    return auto_result(replace(own, data=str(layer.input_type)), layer.n_in)


def _window_live(layer: WeightLayer, setting: LayerHls) -> tuple[int, ...]:
    """A convolution's padded window taps at its ParallelizationFactor (`live_window_taps`, as the project
    estimate reads them from the written config struct); () for a Dense."""
    if layer.window is None:
        return ()
    return live_window_taps(layer.window, layer.positions // setting.parallelization_factor)


def design_layer(
    weight_layers: Sequence[WeightLayer],
    index: int,
    setting: LayerHls,
    precisions: "Precisions | Mapping[str, Precisions]",
    io_type: str,
    *,
    pruned: bool,
    backend: str = DEFAULT_BACKEND,
) -> LayerHardware:
    """Hardware description of weight layer `index` implemented with `setting` (see `design_layers`)."""
    layer = weight_layers[index]
    own = precisions[layer.name] if isinstance(precisions, Mapping) else precisions
    io_type = "io_parallel" if layer.part else io_type  # a recurrent step's products are array calls
    weight_type = parse_precision(own.weight)
    input_type = parse_precision(own.input if index == 0 and own.input else own.data)
    auto = is_auto(own.accum)
    hardware = LayerHardware(
        name=layer.name,
        kind=layer.kind,
        kernel_shape=layer.kernel_shape,
        reuse_factor=setting.reuse_factor,
        strategy=implemented_strategy(
            setting, layer.kind, io_type, unrolls(own, pruned), backend, layer.n_weights
        ),
        io_type=io_type,
        weight_type=weight_type,
        input_type=input_type,
        accum_type=weight_type if auto else parse_precision(own.accum),  # `auto`: resolved below
        output_positions=layer.positions,
        input_positions=layer.padded_input_positions if io_type == "io_stream" else layer.input_positions,
        parallelization_factor=setting.parallelization_factor,
        window_live=_window_live(layer, setting),
        input_packed=io_type == "io_parallel" and (layer.reads_model_input or own.reads_input_port),
        stream_input_pack=layer.stream_input_pack if io_type == "io_stream" and layer.kind == "dense" else 0,
        fused_batchnorm=own.fused_batchnorm,
        product=own.product,
        operand_bits=own.operand_bits if own.operand_bits < input_type.width else 0,
    )
    if not auto:
        return hardware
    return with_auto_accum(hardware, own.bias or own.weight, own.maximum, own.inferred_from)
