"""A user's hls4ml configuration read as hls4ml reads it: per-layer reuse factor, strategy and precisions.

hls4ml (1.3, `hls4ml.model.graph.HLSConfig`) resolves each layer setting from the most specific entry:
`LayerName` (layer names matched case-insensitively), then `LayerType` (hls4ml's class name), then
`Model`. A precision is looked up per variable (`weight`, `accum`, `result`, ...) in the same order,
each level first for the variable and then for its plain (string) precision. QKeras layers take their
weight type from their quantizer whatever the configuration says. The strategy defaults to Latency.

The result is the design's `ReuseSetting` and per-layer `Precisions`, which `fpgaprune.core.design`
turns into the hardware description used by the cost model and the knapsack. Where hls4ml infers a
type (`auto`), an accumulator stays `auto` (resolved as hls4ml infers it, from the layer's input, weight and
bias types and the Model `Precision: maximum`) and a weight or bias takes the model's default precision.
QKeras layers take their bias type from their bias quantizer as they do their weight type, and a layer without
a bias adds hls4ml's `ap_uint<1>` zero. A layer's input is the result of the layer that writes it, resolved
as hls4ml 1.3 resolves an `auto` result (`chain_input_type`): another weight layer's is its exact sum, a
Flatten's or a pooling's is its input's, a join's (Add, Concatenate, ...) is inferred from its two
branches, a BatchNormalization's from its input, scale and bias types (both resolved once per weight layer,
before its chain is walked: `inferred_results`), an activation's (a QActivation's too: its quantizer's type
enters only through the configuration) is the Model default. A Flatten or Reshape hls4ml later makes an alias
of its input (`in_place`) hands the next layer its input's data but its own type for inference: the layer
multiplies the type `chain_read_type` gives and infers its `auto` types from `chain_input_type`'s; so does a
layer after a QKeras ternary activation that hls4ml merges with the BatchNormalization before it
(`tanh_fates`: it reads `int<2>`), and a binary one it would merge so, or a ternary one whose threshold scale
it would fold into a float layer's weights, is refused (`tanh_refusal`).
hls4ml removes linear activations on the way (a weight layer's `<layer>_linear`, a `quantized_bits`
QActivation) as its `EliminateLinearActivation` and `MergeLinearActivation` passes do
(`hls4ml_chain`); a QActivation's quantizer whose type the design then never applies is named with the config
entries that keep it (`dropped_quantizers`, `dropped_quantizer_warnings`).

Accepted forms: hls4ml's `HLSConfig` dict (`config_from_keras_model(model, granularity=...)`) or a
whole hls4ml configuration with `HLSConfig`, `IOType`, `Part`, `Backend`, `ClockPeriod` and `ClockUncertainty`
keys.
"""

import copy
import difflib
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial

import numpy as np

from fpgaprune.core.design import NO_BIAS, LayerHls, Precisions, ReuseSetting, auto_result, uninferred_accum
from fpgaprune.core.hardware.operands import AveragePool, average_value, held_in
from fpgaprune.core.hardware.precision import (
    inferred_average_accum_type,
    inferred_batchnorm_type,
    inferred_merge_type,
    is_auto,
    parse_precision,
    value_range,
)
from fpgaprune.core.hardware.project import clock_uncertainty
from fpgaprune.core.hardware.reuse import check_reuse_factor, closest_valid_reuse_factor
from fpgaprune.core.zoo import WeightLayer

SETTING_NAME = "hls_config"
# hls4ml's spellings (snake or Pascal case); a pruned design implements Resource as Resource_Unrolled anyway
_STRATEGIES = {
    "latency": "latency",
    "resource": "resource",
    "resource_unrolled": "resource",
    "resourceunrolled": "resource",
}
_IO_TYPES = ("io_parallel", "io_stream")
# hls4ml 1.3's backends whose Resource kernel computes a QConv2DBatchnorm from its folded weights transposed
# twice (`Conv2DBatchnorm.initialize`, then the backend's `ApplyResourceStrategy`; hls4ml PR #965, open):
# every output wrong (0 % argmax agreement with Keras at every reuse factor, stride and io type checked,
# 2026-12-05); Latency, Resource_Unrolled and the Vitis backend compute it as Keras does
DOUBLE_TRANSPOSED_BACKENDS = ("vivado", "vivadoaccelerator", "catapult")
# the keys fpgaprune reads, by where they sit; a key close to one of them is a typo that hls4ml would ignore
_PROJECT_KEYS = ("HLSConfig", "IOType", "Part", "Backend", "ClockPeriod", "ClockUncertainty")
_HLS_KEYS = ("Model", "LayerName", "LayerType")
_LEVEL_KEYS = ("ReuseFactor", "Strategy", "Precision")
_PRECISION_KEYS = ("weight", "bias", "accum", "result", "default", "maximum")
# the project keys besides IOType and the `hls:` settings they are (`hls_settings`)
PROJECT_SETTINGS = {
    "Part": "part",
    "Backend": "backend",
    "ClockPeriod": "clock_period",
    "ClockUncertainty": "clock_uncertainty",
}


WEIGHT_CLASSES = ("Dense", "Conv1D", "Conv2D")  # hls4ml's classes of the weight layers fpgaprune prunes
# hls4ml's classes of the depthwise convolutions fpgaprune carries unpruned (subclasses of its Conv1D and
# Conv2D): their `auto` result is the exact sum of their kernel taps (`InferPrecisionTypes.
# _infer_depthconv_precision`: n_ops = filt_height x filt_width), inferred in `inferred_results`
DEPTHWISE_CLASSES = ("DepthwiseConv1D", "DepthwiseConv2D")
# hls4ml classes whose `auto` result is their input's type (`InferPrecisionTypes`: Reshape matches its output
# to its input, a pooling's result too); an `auto` Input or activation (no rule) takes the Model default
_POOLING_CLASSES = ("Pooling1D", "Pooling2D")  # max and average poolings that are not global
_GLOBAL_POOLING_CLASSES = ("GlobalPooling1D", "GlobalPooling2D")
_RESHAPE_CLASS = "Reshape"  # a Keras Flatten is hls4ml's Reshape too
# hls4ml 1.3 types a zero padding's result, a cropping's, a Resize's (a Keras UpSampling1D/2D) and a
# Transpose's (a Keras Permute) as its input when it builds the layer (`ZeroPadding2D.initialize`,
# `Cropping2D.initialize`, `Resize.initialize`, `Transpose.initialize`), whatever the configuration gives
# it: `hls4ml_chain` (`_built_types`)
BUILT_IN_INPUT_TYPE = ("ZeroPadding1D", "ZeroPadding2D", "Cropping1D", "Cropping2D", "Resize", "Transpose")
# hls4ml 1.3's InferPrecisionTypes has no rule for a cropping: one built after an `auto` layer (whose type is
# not known yet) gets the Model default, not what that layer computes (`cropping_casts`)
CROPPING_CLASSES = ("Cropping1D", "Cropping2D")
_PASSING_CLASSES = (
    _RESHAPE_CLASS,
    *_POOLING_CLASSES,
    *(name for name in BUILT_IN_INPUT_TYPE if name not in CROPPING_CLASSES),
)
BATCHNORM_CLASS = "BatchNormalization"  # hls4ml infers its `auto` result (`inferred_results`)
# hls4ml's Activation and its subclasses, by the class names a `Link` has (`models.user._activation_class`)
_ACTIVATION_CLASSES = (
    "Activation",
    "ParametrizedActivation",
    "HardActivation",
    "PReLU",
    "Softmax",
    "TernaryTanh",
)
# hls4ml's `MergeLinearActivation._safe_parents` (by `isinstance`): a linear activation after one of these
# whose result is `auto` is removed, and the parent keeps its own (inferred) type
_MERGING_PARENTS = (*WEIGHT_CLASSES, *DEPTHWISE_CLASSES, BATCHNORM_CLASS, *_ACTIVATION_CLASSES)


@dataclass(frozen=True)
class Link:
    """One hls4ml layer on the way to a weight layer's input.

    Attributes:
        name: its hls4ml name (an activation given to a weight layer is `<layer>_<activation>`; hls4ml gives
            every weight layer one, `<layer>_linear` when the layer has no activation).
        class_name: its hls4ml class (`Input`, `Dense`, `Conv2D`, `Activation`, `Reshape`, `Pooling2D`, ...).
        linear: hls4ml's `linear` Activation (a weight layer's `<layer>_linear`, a linear Keras Activation, a
            QKeras `quantized_bits` QActivation), which hls4ml may remove (`hls4ml_chain`).
        quantizer: the type hls4ml gives a `quantized_bits` QActivation's quantizer (its configuration's
            `fixed<b,i+1,RND_CONV,SAT>`), None for any other layer.
        op: a layer joining two tensors (hls4ml's `Merge` or `Concatenate`): its operation
            (`precision.MERGE_OPS`); empty for the rest.
        branches: a joining layer's inputs, in order, each the chain of hls4ml layers that writes it (as
            `ConfigLayer.chain`: from the model input or a weight layer to the layer feeding the join).
        averages: an average pooling's number of values averaged into each output (a global one's input map
            size, an AveragePooling1D/2D's pool size); 0 for the rest (`truncated_means`).
        quantized: a QKeras weight layer (a kernel quantizer), into which hls4ml's FuseBatchNormalization
            does not fuse a BatchNormalization (`hls4ml_chain`).
        shared: a weight layer whose output more than one layer reads (a skip connection's source), into
            which hls4ml's FuseBatchNormalization does not fuse (its `transform` declines a parent with more
            than one user).
        flat: a Reshape whose output has one dimension (a Flatten), which hls4ml makes in place under
            io_stream too (`in_place`). hls4ml 1.3 does not when the Flatten is a model output (it becomes a
            Repack), which `flat` does not tell: no estimate reads it, since `in_place` only decides the type
            a later layer reads and a model's output is read by none. (Were it also read by a weight layer,
            in a model of two outputs, hls4ml would clone the Repack's stream, and the copy the layer reads
            has the Model default type, not the Repack's configured one: ModelGraph, checked 2026-12-03;
            fpgaprune does not model that clone and reads the Flatten as in place.)
        tanh: a QKeras binary or ternary activation ("binary": hls4ml's `binary_tanh` Activation, "ternary":
            its TernaryTanh), which hls4ml may merge with a BatchNormalization before it into one
            BatchNormalizationQuantizedTanh (`tanh_fates`); empty for the rest.
        tanh_scaled: a ternary one whose threshold is not 0.5 (QKeras's default 0.33): hls4ml's
            ExtractTernaryThreshold puts an ApplyAlpha scale (a BatchNormalization) before it.
        taps: a depthwise convolution's (`DEPTHWISE_CLASSES`) kernel taps, the products summed into each of
            its outputs; 0 for the rest.
        weight_quantizer, bias_quantizer: a depthwise convolution's QKeras quantizer types (None: float, the
            configuration's types).
        has_bias: whether a depthwise convolution has a bias (hls4ml's `ap_uint<1>` zero without one).
    """

    name: str
    class_name: str
    linear: bool = False
    quantizer: str | None = None
    op: str = ""
    branches: tuple[tuple["Link", ...], ...] = ()
    averages: int = 0
    quantized: bool = False
    flat: bool = False
    shared: bool = False
    tanh: str = ""
    tanh_scaled: bool = False
    taps: int = 0
    weight_quantizer: str | None = None
    bias_quantizer: str | None = None
    has_bias: bool = True


@dataclass(frozen=True)
class ConfigLayer:
    """What hls4ml's configuration lookup needs of one weight layer of a Keras model.

    Attributes:
        weight: the layer's shape as hls4ml multiplies it.
        class_name: its hls4ml class, the `LayerType` key hls4ml looks it up by (Dense for a QDense;
            `fpgaprune.models.user.HLS4ML_CLASSES`).
        weight_quantizer: hls4ml's type of its QKeras kernel quantizer, None for a float layer.
        chain: the hls4ml layers that write its input, in model order: the model input (`Input`) or the
            weight layer before it, then that layer's own activation, the layers between (Dropout, which
            hls4ml leaves out, is not one); `chain_input_type` resolves the type this layer reads from them.
            Empty: the model input.
        bias_quantizer: hls4ml's type of its QKeras bias quantizer, None for a float layer or none given.
        has_bias: whether the layer has a bias (Keras `use_bias`).
        weight_product: hls4ml's product of its weights (`LayerHardware.product`; binary: `XNOR_PRODUCT`).
    """

    weight: WeightLayer
    class_name: str
    weight_quantizer: str | None = None
    chain: tuple[Link, ...] = ()
    bias_quantizer: str | None = None
    has_bias: bool = True
    weight_product: str = "mult"


def chain_input_type(
    chain: Sequence[Link],
    result_of: Callable[[Link], str | None],
    default: str,
    auto_results: Mapping[str, str],
) -> str:
    """The type hls4ml 1.3 gives the data a weight layer reads: the result of the last layer hls4ml keeps of
    `chain` (`hls4ml_chain`).

    Each layer's result is the configured one (`result_of`, None for `auto`); an `auto` one is resolved as
    hls4ml's `InferPrecisionTypes` does: a weight layer's is its exact sum (`auto_results`, from
    `fpgaprune.core.design.auto_result`; not the design precision: a QDense after a QDense multiplies that
    width), a Flatten's, Reshape's or pooling's is its input's, a join's (an Add, a Concatenate, ...) and a
    BatchNormalization's are hls4ml's rules (`auto_results`, from `inferred_results`), the rest (the input,
    activations, a global pooling) take the Model `default`.

    Args:
        chain: `ConfigLayer.chain`; empty: the model input, `auto` as the Model default.
        result_of: a layer's configured result type, None when `auto`.
        default: the Model default precision.
        auto_results: the `auto` result of each earlier weight layer and of each `auto` join and
            BatchNormalization of `chain` (`inferred_results`), by name.
    """
    types = hls4ml_chain(chain, [result_of(link) for link in chain], default, auto_results)
    return next(reversed(types.values()), default)


def configured_input_type(config: Mapping, input_name: str) -> str:
    """The type an hls4ml configuration gives the model input: its entry's result, else the Model default."""
    hls = _Lookup(config.get("HLSConfig", config))
    return _result(hls, Link(input_name, "Input")) or _default_precision(hls)


def configured_input_types(config: Mapping, input_names: Sequence[str]) -> dict[str, str]:
    """Input name -> `configured_input_type` of each of a model's inputs."""
    return {name: configured_input_type(config, name) for name in input_names}


def inputs_outside_line(x: np.ndarray, input_type: str, input_name: str) -> str | None:
    """One warning, before any training, when the data's inputs lie outside the range of the type the design
    reads them in (the model input's result): the design and its C simulation wrap (or saturate) them. A
    public wake-word CNN's MFCC inputs reached -492 against its configuration's `fixed<16,6>`: its C
    simulation agreed with Keras on 62 % of the samples, said only after the pruning, not without `--hls`."""
    fixed = parse_precision(input_type)
    low, high = value_range(fixed)
    top = high + 2.0**-fixed.fractional  # below it a value truncates (or rounds) into the type
    outside = float(np.mean((x < low) | (x >= top))) if np.size(x) else 0.0
    if outside == 0:
        return None
    what = "saturates" if fixed.overflow.startswith("SAT") else "wraps"
    reach = f"[{float(np.min(x)):.4g}, {float(np.max(x)):.4g}]"
    return (
        f"{100 * outside:.3g} % of the input values lie outside [{low:g}, {top:g}), the range of the type "
        f"the design reads them in ({input_type}, {input_name}'s result), which {what} them (the data reach "
        f"{reach}): the design computes something else than Keras; give LayerName {input_name} a Precision "
        "result that holds them, or scale the inputs"
    )


def reads_input_port(chain: Sequence[Link], result_of: Callable[[Link], str | None], io_type: str) -> bool:
    """Whether the chain from the model input to a weight layer keeps nothing hls4ml 1.3 does not make an
    alias of the input (`in_place`): a public QKeras tagger's `quantized_bits` QActivation of the input's own
    type is removed (`EliminateLinearActivation`), and its QConv1D reads the top's packed port, costed
    1,935 LUT apart by the prune side and the written project until 2026-12-05. A GRU's or LSTM's products
    (`WeightLayer.part`) read each time step's values, never the port."""
    if chain[0].class_name != "Input":
        return False
    kept, _ = _removals(chain, [result_of(link) for link in chain])
    return all(in_place(chain[index], io_type) for index in kept[1:])


def in_place(link: Link, io_type: str) -> bool:
    """Whether hls4ml 1.3 makes `link` an alias of its input (`InplaceTensorVariable`): a Reshape (a Flatten
    too) under io_parallel (`InplaceParallelReshape`), a flattening one under io_stream
    (`InplaceStreamFlatten`; another io_stream Reshape becomes a Repack with its own type). Both passes run in
    the backend's `optimize` flow, after the `convert` flow inferred every `auto` type."""
    return link.class_name == _RESHAPE_CLASS and (io_type == "io_parallel" or link.flat)


def chain_read_type(
    chain: Sequence[Link],
    result_of: Callable[[Link], str | None],
    default: str,
    auto_results: Mapping[str, str],
    io_type: str,
) -> str:
    """The type of the data a weight layer multiplies in hls4ml 1.3's design: `chain_input_type`, except
    after a Reshape hls4ml makes in place (`in_place`), where it is the type of the Reshape's input, and after
    a ternary activation hls4ml merges with the BatchNormalization before it (`tanh_fates`), where it is
    `MERGED_TERNARY_TYPE`. hls4ml inferred the layer's `auto` accumulator and result before, from the
    Reshape's or the activation's own type (`chain_input_type`), so the two differ when the config types the
    Reshape (a `LayerName` or `LayerType` result) otherwise than its input, or the activation otherwise than
    `int<2>` (an `auto` one: the Model default). Arguments as `chain_input_type`'s; `io_type`: the
    design's."""
    given = [result_of(link) for link in chain]
    types = hls4ml_chain(chain, given, default, auto_results)
    for index, fate in tanh_fates(chain, given).items():
        if fate == MERGED and index in types:  # a ternary one: a binary one is refused (`tanh_refusal`)
            types[index] = MERGED_TERNARY_TYPE
    written = [index for index in types if not in_place(chain[index], io_type)]
    return types[written[-1]] if written else default


# What hls4ml 1.3 makes of a binary or ternary activation (`Link.tanh`) beyond its own class (`tanh_fates`)
MERGED = "merged"  # into a BatchNormalizationQuantizedTanh with the BatchNormalization before it
FOLDED = "folded"  # a ternary one's threshold scale fused into the float weight layer before it
# The output type of a ternary BatchNormalizationQuantizedTanh (hls4ml 1.3 `backends/fpga/fpga_layers.py`,
# `BatchNormalizationQuantizedTanh.initialize`: `IntegerPrecisionType(width=2)`); a binary one's is hls4ml's
# one-bit `XnorPrecisionType`, whose products (`data_binary`, `both_binary`) fpgaprune does not cost.
MERGED_TERNARY_TYPE = "int<2>"


def tanh_fates(chain: Sequence[Link], given: Sequence[str | None]) -> dict[int, str]:
    """Index -> `MERGED` or `FOLDED` of each binary or ternary activation of `chain` (`Link.tanh`) that hls4ml
    1.3 does not build as the activation it parsed; the rest keep their class and configured type.

    hls4ml's convert flow first puts an ApplyAlpha (a BatchNormalization) before a ternary activation whose
    threshold is not 0.5 (`model/optimizer/passes/qkeras.py`, `ExtractTernaryThreshold`), which its
    `FuseBatchNormalization` fuses, as any BatchNormalization, into a float weight layer whose `auto` result
    it reads (`bn_fuse.py`; `_first_fused`): `FOLDED`, the scale of 0.5/threshold is in that layer's weights.
    After the convert flow has inferred every `auto` type, the backend's quantization flow merges a
    BatchNormalization (a kept one, or that ApplyAlpha) and the binary or ternary activation after it into
    one BatchNormalizationQuantizedTanh (`backends/vivado/passes/bn_quant.py`,
    `MergeBatchNormAndQuantizedTanh`): `MERGED`. Its output is `int<2>` for a ternary one
    (`MERGED_TERNARY_TYPE`) whatever the configuration gives the activation, and one xnor bit for a binary
    one; the layers after it were typed before the merge (a Flatten made in place reads the merged type).
    """
    built = _built_types(chain, given)
    kept = _removals_and_fusions(chain, given)[0]
    fates: dict[int, str] = {}
    for position in range(1, len(kept)):
        index, parent = kept[position], kept[position - 1]
        link = chain[index]
        if not link.tanh:
            continue
        if link.tanh_scaled and _fuses_into(chain[parent], built[parent]):
            fates[index] = FOLDED
        elif link.tanh_scaled or chain[parent].class_name == BATCHNORM_CLASS:
            fates[index] = MERGED
    return fates


def tanh_refusal(chain: Sequence[Link], result_of: Callable[[Link], str | None], reader: str) -> str | None:
    """One line refusing a binary or ternary activation of `chain` (the input chain of weight layer
    `reader`) that hls4ml 1.3 builds otherwise than fpgaprune costs (`tanh_fates`), None when there is none:
    a binary one merged with the BatchNormalization before it (1-bit xnor output, which `reader` multiplies
    with hls4ml's `data_binary` or `both_binary` product), or a ternary one whose threshold scale hls4ml
    folds into the float weight layer before it (whose weights the cost would then not be)."""
    given = [result_of(link) for link in chain]
    kept = _removals_and_fusions(chain, given)[0]
    for index, fate in tanh_fates(chain, given).items():
        link, parent = chain[index], chain[kept[kept.index(index) - 1]]
        if fate == MERGED and link.tanh == "binary":
            return (
                f"layer {link.name!r} is a binary QActivation after a BatchNormalization, which hls4ml 1.3 "
                f"merges into one BatchNormalizationQuantizedTanh of 1-bit (xnor) output that {reader!r} "
                "multiplies with its data_binary product (both_binary for binary weights), which fpgaprune "
                "does not cost; use a ternary activation there, or remove the BatchNormalization before it"
            )
        if fate == FOLDED:
            return (
                f"layer {link.name!r} is a ternary QActivation after the float layer {parent.name!r}, into "
                "whose weights hls4ml 1.3 folds the ternary threshold's scale (ExtractTernaryThreshold, "
                "FuseBatchNormalization), which fpgaprune does not cost; give "
                f"{parent.name!r} a kernel quantizer, or the activation ternary(threshold=0.5)"
            )
    return None


def inferred_results(
    chain: Sequence[Link],
    result_of: Callable[[Link], str | None],
    scale_and_bias: Callable[[Link], tuple[str, str]],
    default: str,
    auto_results: Mapping[str, str],
    maximum: str | None = None,
    weight_and_bias: Callable[[Link], tuple[str, str]] | None = None,
) -> dict[str, str]:
    """The `auto` result hls4ml 1.3 infers for each join, BatchNormalization and depthwise convolution of
    `chain` and of its joins' branches, by name, in model order (each from the ones before it); a configured
    result is not inferred.

    A join's (an Add, a Concatenate, ...) is hls4ml's rule on the types its two branches deliver
    (`precision.inferred_merge_type`); a BatchNormalization's is hls4ml's rule on the type it reads and its
    scale and bias types (`scale_and_bias`; `precision.inferred_batchnorm_type`); a depthwise convolution's
    the exact sum of its taps, as a weight layer's (`core.design.auto_result`, from the type it reads and its
    weight and bias types, `weight_and_bias`); all capped by the Model `maximum`. `chain_input_type`,
    `dropped_quantizers` and `truncated_means` read them from `auto_results`.

    Args:
        auto_results: the `auto` result of each weight layer before `chain`'s reader (`auto_result`), by name.
        weight_and_bias: a depthwise convolution's weight and bias types (default: its quantizers', else
            the Model `default`; `NO_BIAS` without a bias).
    """
    weight_and_bias = weight_and_bias or partial(_quantized_or, default)
    cap = None if maximum is None else parse_precision(maximum)
    inferred: dict[str, str] = {}
    for index, link in enumerate(chain):
        for branch in link.branches:
            inferred |= inferred_results(
                branch,
                result_of,
                scale_and_bias,
                default,
                {**auto_results, **inferred},
                maximum,
                weight_and_bias,
            )
        if result_of(link) is not None:
            continue
        known = {**auto_results, **inferred}
        if link.branches:
            first, second = (
                parse_precision(chain_input_type(branch, result_of, default, known))
                for branch in link.branches
            )
            inferred[link.name] = str(inferred_merge_type(link.op, first, second, cap))
        elif link.class_name == BATCHNORM_CLASS:
            reads = parse_precision(chain_input_type(chain[:index], result_of, default, known))
            scale, bias = (parse_precision(text) for text in scale_and_bias(link))
            inferred[link.name] = str(inferred_batchnorm_type(reads, scale, bias, cap))
        elif link.class_name in DEPTHWISE_CLASSES:
            weight, bias = weight_and_bias(link)
            reads = chain_input_type(chain[:index], result_of, default, known)
            own = Precisions(weight=weight, data=reads, bias=bias, maximum=maximum)
            inferred[link.name] = auto_result(own, link.taps)
    return inferred


def _quantized_or(default: str, link: Link) -> tuple[str, str]:
    """A depthwise convolution's weight and bias types: its quantizers', else `default` (`NO_BIAS`: none)."""
    bias = NO_BIAS if not link.has_bias else link.bias_quantizer or default
    return link.weight_quantizer or default, bias


def hls4ml_chain(
    chain: Sequence[Link], given: Sequence[str | None], default: str, auto_results: Mapping[str, str]
) -> dict[int, str]:
    """The links of `chain` hls4ml 1.3 keeps (by index, in order) and the result type of each.

    hls4ml's convert flow applies its passes in turn until none matches, each pass to the first layer it
    matches: `EliminateLinearActivation` removes a linear activation whose result type is its input's (two
    `auto` ones count as equal), then `MergeLinearActivation` removes a linear activation after a Dense,
    Conv1D, Conv2D, BatchNormalization or Activation whose result is `auto` (the parent keeps its own type: a
    QKeras quantizer is not carried over), and only when neither matches does `InferPrecisionTypes` resolve
    the `auto` results (`chain_input_type`). Before both, `FuseBatchNormalization` fuses a BatchNormalization
    into the float weight layer whose `auto` result it reads (`_first_fused`). A linear activation whose
    inferred type equals its input's is removed after that too; it changes no type.

    Args:
        chain: the links, the first of them (the model input or a weight layer) never removed.
        given: each link's configured result type, None when `auto`.
        default: as `chain_input_type`'s.
        auto_results: the `auto` result of each weight layer, join and BatchNormalization of `chain`
            (`inferred_results`), by name.
    """
    given = _built_types(chain, given)
    kept, _ = _removals(chain, given)
    types: dict[int, str] = {}
    current = default
    for index in kept:
        link, before = chain[index], current
        if given[index] is not None:
            current = given[index]
        elif link.class_name in (*WEIGHT_CLASSES, *DEPTHWISE_CLASSES, BATCHNORM_CLASS) or link.branches:
            current = auto_results[link.name]
        elif link.class_name not in _PASSING_CLASSES:
            current = default
        if not (link.linear and types and _same_type(current, before)):
            types[index] = current
    return types


def _built_types(chain: Sequence[Link], given: Sequence[str | None]) -> list[str | None]:
    """`given` with each zero padding's (or Resize's) entry the type of the link before it as configured
    (None: `auto`). hls4ml 1.3 builds a ZeroPadding1D/2D and a Resize with its input's type before any pass
    runs and ignores its own configuration: it keeps the configured type of the layer it read then even when
    that layer (a `quantized_bits` QActivation) is removed later, and casts into it; after an `auto` layer it
    passes on what it reads (checked on hls4ml 1.3's ModelGraph, `tests/hls/test_design_types.py`;
    `tests/models/test_user_upsampling.py` for a Resize)."""
    built = list(given)
    for index, link in enumerate(chain):
        if link.class_name in BUILT_IN_INPUT_TYPE:
            built[index] = built[index - 1] if index else None
    return built


def fused_batchnorms(chain: Sequence[Link], result_of: Callable[[Link], str | None]) -> dict[str, str]:
    """Weight layer name -> the BatchNormalization of `chain` (or of its joins' branches) hls4ml 1.3's
    `FuseBatchNormalization` fuses into it (`_first_fused`). hls4ml then builds that layer from its kernel
    times the normalisation's scale, per output (`fused_weight = bn_scale * weight`), so the constants a
    Latency layer multiplies, and with them its DSP count, are those of the fused kernel, not the trained one.
    `result_of`: as `chain_input_type`'s."""
    fused: dict[str, str] = {}
    for link in chain:
        for branch in link.branches:
            fused |= fused_batchnorms(branch, result_of)
    _, _, pairs = _removals_and_fusions(chain, [result_of(link) for link in chain])
    return fused | {chain[parent].name: chain[index].name for index, parent in pairs.items()}


def _removals(chain: Sequence[Link], given: Sequence[str | None]) -> tuple[list[int], set[int]]:
    """(the links kept before types are inferred, those MergeLinearActivation removed), by index."""
    kept, merged, _ = _removals_and_fusions(chain, given)
    return kept, merged


def _removals_and_fusions(
    chain: Sequence[Link], given: Sequence[str | None]
) -> tuple[list[int], set[int], dict[int, int]]:
    """`_removals`, and each fused BatchNormalization's index -> the index of the weight layer it is fused
    into."""
    given = _built_types(chain, given)
    kept: list[int] = list(range(len(chain)))
    merged: set[int] = set()
    fused: dict[int, int] = {}
    while True:
        removed = _first_fused(chain, given, kept)
        if removed is not None:
            fused[removed] = kept[kept.index(removed) - 1]
        else:
            removed = _first_removed(chain, given, kept, _eliminated)
        if removed is None:
            removed = _first_removed(chain, given, kept, _merged)
            if removed is None:
                return kept, merged, fused
            merged.add(removed)
        kept.remove(removed)


def _first_fused(chain: Sequence[Link], given: Sequence[str | None], kept: list[int]) -> int | None:
    """The first BatchNormalization hls4ml's `FuseBatchNormalization` (which runs before the linear
    activations' removal, and again after each) fuses into the weight layer it reads: one whose `auto` result
    (its linear activation removed) it reads directly, a float layer (a QKeras kernel quantizer keeps it apart
    unless the scale is all ones, which this does not see)."""
    for position in range(1, len(kept)):
        parent, index = chain[kept[position - 1]], chain[kept[position]]
        if index.class_name == BATCHNORM_CLASS and _fuses_into(parent, given[kept[position - 1]]):
            return kept[position]
    return None


def _fuses_into(parent: Link, parent_type: str | None) -> bool:
    """Whether hls4ml's FuseBatchNormalization fuses a BatchNormalization reading `parent` into it: a float,
    unshared weight layer whose result is `auto` (`_first_fused`)."""
    fusing = parent.class_name in WEIGHT_CLASSES and not parent.quantized and not parent.shared
    return fusing and parent_type is None


def _first_removed(chain, given, kept: list[int], removes) -> int | None:
    for position in range(1, len(kept)):
        parent, index = kept[position - 1], kept[position]
        if chain[index].linear and removes(chain[parent], given[parent], given[index]):
            return index
    return None


def _eliminated(parent: Link, parent_type: str | None, own: str | None) -> bool:
    return (parent_type is None and own is None) or (
        parent_type is not None and own is not None and _same_type(parent_type, own)
    )


def _merged(parent: Link, parent_type: str | None, own: str | None) -> bool:
    return parent_type is None and parent.class_name in _MERGING_PARENTS


def _same_type(first: str, second: str) -> bool:
    """hls4ml's equality of two precisions: width, integer bits, sign, rounding and overflow modes,
    saturation bits, and an integer type never equal to a fixed one."""

    def integer(text: str) -> bool:
        return "int<" in text.replace(" ", "")

    return integer(first) == integer(second) and parse_precision(first) == parse_precision(second)


@dataclass(frozen=True)
class DroppedQuantizer:
    """A `quantized_bits` QActivation whose type hls4ml's design never applies, and the entries that keep it.

    Attributes:
        name: the QActivation's hls4ml name.
        quantizer: its quantizer's type (`Link.quantizer`).
        reads: the type the layer after it reads instead.
        merged_into: the layer whose `auto` result hls4ml's MergeLinearActivation merged it (or a linear
            activation before it) into; None: nothing was merged but its configured type is not its
            quantizer's (e.g. the Model default).
        entries: the layers (hls4ml names) whose result must be `quantizer` to keep it: the layer that
            computes its input (a weight layer, an activation, a batch normalisation), the linear activations
            between (`<layer>_linear`) and the QActivation itself; none when the entries of a QActivation
            before it keep it too.
    """

    name: str
    quantizer: str
    reads: str
    merged_into: str | None
    entries: tuple[str, ...]


def dropped_quantizers(
    chain: Sequence[Link],
    result_of: Callable[[Link], str | None],
    default: str,
    auto_results: Mapping[str, str],
    io_type: str,
) -> list[DroppedQuantizer]:
    """The QActivations of `chain` whose quantizer hls4ml's design never applies: no layer hls4ml keeps from
    the one that computes the QActivation's input up to the QActivation casts into the quantizer's type (a
    Reshape hls4ml makes in place casts nothing: `in_place`). Each one's entries are named with those of the
    ones before it applied (after another `quantized_bits`, they may already keep it: no entries).
    `auto_results`: as `hls4ml_chain`'s; `io_type`: the design's.

    The chain is walked once as configured; it is walked again only after a QActivation's entries are
    applied, since hls4ml's removals run over the whole chain until none applies, so a type given before a
    later QActivation can change what hls4ml keeps there."""
    original = [result_of(link) for link in chain]
    kept, merged = _removals(chain, original)
    types = hls4ml_chain(chain, original, default, auto_results)
    given, given_types = list(original), types
    dropped = []
    for index, link in enumerate(chain):
        if link.quantizer is None or _applied(chain, original, types, index, io_type):
            continue
        removed = [i for i in (*_run(chain, original, index, io_type), index) if i in merged]
        parent = chain[max(i for i in kept if i < removed[0])].name if removed else None
        entries: tuple[int, ...] = ()
        if not _applied(chain, given, given_types, index, io_type):
            run = _run(chain, given, index, io_type)
            entries = (*(i for i in run if chain[i].linear or chain[i].class_name in _MERGING_PARENTS), index)
            for i in entries:
                given[i] = link.quantizer
            given_types = hls4ml_chain(chain, given, default, auto_results)
        dropped.append(
            DroppedQuantizer(
                link.name,
                link.quantizer,
                types[max(i for i in types if i <= index and not in_place(chain[i], io_type))],
                parent,
                tuple(chain[i].name for i in entries),
            )
        )
    return dropped


def _applied(
    chain: Sequence[Link], given: Sequence[str | None], types: Mapping[int, str], index: int, io_type: str
) -> bool:
    """Whether a layer hls4ml keeps (`types`: `hls4ml_chain` of `given`) and writes (not `in_place`) from the
    one computing `chain[index]`'s input up to it, or a zero padding or Resize right after it (built in the
    type `chain[index]` was configured with, `_built_types`), has its quantizer's type."""
    run = [*_run(chain, given, index, io_type), index]
    after = index + 1
    while after < len(chain) and chain[after].class_name in BUILT_IN_INPUT_TYPE:
        run.append(after)
        after += 1
    written = [i for i in run if i in types and not in_place(chain[i], io_type)]
    return any(_same_type(types[i], chain[index].quantizer) for i in written)


def _run(chain: Sequence[Link], given: Sequence[str | None], index: int, io_type: str) -> list[int]:
    """The links before `chain[index]` back to the one that computes its input: the linear activations (up to
    a quantizer the config types, which is not one of them) and Reshapes hls4ml makes in place (`in_place`),
    and the first other link."""
    run: list[int] = []
    for before in range(index - 1, -1, -1):
        link = chain[before]
        if link.quantizer is not None and given[before] is not None:
            break
        run.insert(0, before)
        if not (link.linear or in_place(link, io_type)):
            break
    return run


def dropped_quantizer_warnings(dropped: Sequence[DroppedQuantizer]) -> list[str]:
    """One line per dropped quantizer (`dropped_quantizers`): the layer and the entries that keep it."""
    lines = []
    for quantizer in dropped:
        if quantizer.merged_into is not None:
            why = (
                f"hls4ml's MergeLinearActivation removes it after {quantizer.merged_into}'s auto result, so "
                f"the next layer reads {quantizer.reads}"
            )
        else:
            why = f"the hls4ml config types it {quantizer.reads}"
        keep = (
            f"give LayerName {', '.join(quantizer.entries)} the Precision.result {quantizer.quantizer}"
            if quantizer.entries
            else "the entries named for the QActivation before it keep it too"
        )
        lines.append(
            f"{quantizer.name}: its quantized_bits quantizer is dropped ({why}; the C simulation can differ "
            f"from Keras); to keep it {keep}"
        )
    return lines


def relu_bound_lines(config: Mapping, relus: Mapping[str, str]) -> list[str]:
    """One line per result type and quantizer type of the QKeras quantized_relu QActivations (`relus`: name ->
    its quantizer's type, `core.design.quantized_relu_precision`) whose result type in the hls4ml `config`
    (its `LayerName` or `LayerType` entry, else the Model default, as hls4ml types an activation) has another
    step or largest value: hls4ml builds them as ReLUs in that type, which do not round and saturate as the
    quantizer does. The hls4ml tutorial's QKeras CNN (quantized_relu(6)) under a Model-only configuration
    simulated at accuracy 0.108 against Keras's 0.898, found only by the C simulation after the pruning
    (2026-12-06)."""
    hls = _Lookup(config.get("HLSConfig", config))
    default = _default_precision(hls)
    unkept: dict[tuple[str, str], list[str]] = {}
    for name, bound in relus.items():
        given = _result(hls, Link(name, "Activation")) or default
        kept, wanted = parse_precision(given), parse_precision(bound)
        # a wrapping type folds values above its largest back (hls4ml's own uint<i> of a quantized_relu(i, i)
        # wraps too: no saturation asked of it)
        saturates = kept.overflow.startswith("SAT") or not wanted.overflow.startswith("SAT")
        if (
            kept.fractional != wanted.fractional
            or value_range(kept)[1] != value_range(wanted)[1]
            or not saturates
        ):
            unkept.setdefault((given, bound), []).append(name)
    lines = []
    for (given, bound), names in unkept.items():
        wanted, several = parse_precision(bound), len(names) > 1
        lines.append(
            f"{', '.join(names)}: {'their' if several else 'its'} quantized_relu is built as a ReLU in "
            f"{given}, which does not keep the quantizer's step {2.0**-wanted.fractional:g} and saturation "
            f"at its largest value {value_range(wanted)[1]:g} (the C simulation can differ much from Keras); "
            f"to keep them give {'each' if several else 'its'} LayerName entry the Precision.result {bound}"
        )
    return lines


@dataclass(frozen=True)
class TruncatedMean:
    """An average pooling (global or not) whose mean hls4ml's code cuts to fewer fraction bits than it has.

    nnet_pooling.h divides the sum in the `accum` type (io_parallel `avg`: `y /= length`, for every average
    pooling; io_stream `data_window[i] / n_in` for a global one, `reduce_pool`'s `sum / N` for the others,
    whose quotients keep the accum type's fraction bits) and casts it into the result type, so the mean keeps
    the fewer fraction bits of the two; the mean of `averages` values of `reads` needs the input's fraction
    bits plus ceil(log2 averages) (exact for a power of two, as hls4ml's own `_infer_pooling_precision` widens
    an average pooling's accumulator).

    Attributes:
        name: the pooling's hls4ml name.
        reads: the type of the data it reads (`chain_read_type`: after a Reshape hls4ml makes in place, the
            Reshape's input's).
        averages: the values averaged into each output (`Link.averages`).
        result, accum: its result and accumulator types (the config's; `auto`: a global pooling's the Model
            default, hls4ml 1.3 infers neither for GlobalPooling1D/2D; an AveragePooling1D/2D's result the
            type it is inferred from, `chain_input_type` (after an in-place Reshape the Reshape's configured
            type, not `reads`), and its accumulator as hls4ml infers it from that type,
            `precision.inferred_average_accum_type`).
    """

    name: str
    reads: str
    averages: int
    result: str
    accum: str

    @property
    def needed(self) -> int:
        """The fraction bits the mean needs: the input's plus ceil(log2 averages)."""
        return parse_precision(self.reads).fractional + (self.averages - 1).bit_length()

    @property
    def kept(self) -> int:
        """The fraction bits the mean keeps: the fewer of its result's and its accumulator's."""
        return min(parse_precision(self.result).fractional, parse_precision(self.accum).fractional)


def truncated_means(
    chain: Sequence[Link],
    pooling_types: Callable[[Link, str], tuple[str, str]],
    result_of: Callable[[Link], str | None],
    default: str,
    auto_results: Mapping[str, str],
    io_type: str,
) -> dict[str, TruncatedMean]:
    """The average poolings of `chain` and of its joins' branches whose result or accumulator type
    (`pooling_types` of the pooling and the type its `auto` ones are inferred from: both concrete) keeps
    fewer fraction bits than the mean of the data it reads needs (`TruncatedMean`), by name. hls4ml 1.3 infers
    a pooling's `auto` types from a Reshape before it (`chain_input_type`) and only then makes the Reshape an
    alias of its input (`in_place`): the pooling averages the Reshape's input (`chain_read_type`).
    `auto_results`: as `hls4ml_chain`'s; `io_type`: the design's."""
    found: dict[str, TruncatedMean] = {}
    for index, link in enumerate(chain):
        for branch in link.branches:
            found |= truncated_means(branch, pooling_types, result_of, default, auto_results, io_type)
        if not link.averages:
            continue
        inferred_from = chain_input_type(chain[:index], result_of, default, auto_results)
        reads = chain_read_type(chain[:index], result_of, default, auto_results, io_type)
        pooling = TruncatedMean(link.name, reads, link.averages, *pooling_types(link, inferred_from))
        if pooling.kept < pooling.needed:
            found[link.name] = pooling
    return found


@dataclass(frozen=True)
class CroppingCast:
    """A cropping reading an `auto` result that is typed with the Model default instead (`cropping_casts`)."""

    name: str
    reads: str  # the layer whose result it keeps (past paddings, croppings, ... built in their input's type)
    reads_type: str  # what that layer's `auto` result is
    default: str  # the Model default the cropping casts it into


def cropping_casts(
    chain: Sequence[Link],
    result_of: Callable[[Link], str | None],
    default: str,
    auto_results: Mapping[str, str],
) -> dict[str, CroppingCast]:
    """The croppings of `chain` and of its joins' branches that hls4ml 1.3 types with the Model `default`
    where the layer they read has an `auto` result of another type, by name: it builds a cropping in its
    input's type before any type is inferred and has no rule for it afterwards (`CROPPING_CLASSES`), so the
    cropping casts what that layer computes into the default (a QConv2D's 29-bit sum into `ap_fixed<16,6>`,
    found by a review of the cropping support, 2026-12-06). Arguments as `hls4ml_chain`'s."""
    found: dict[str, CroppingCast] = {}
    for index, link in enumerate(chain):
        for branch in link.branches:
            found |= cropping_casts(branch, result_of, default, auto_results)
        if link.class_name not in CROPPING_CLASSES:
            continue
        given = _built_types(chain[: index + 1], [result_of(each) for each in chain[: index + 1]])
        if given[index] is not None:  # it reads a configured type and keeps it
            continue
        reads_type = chain_input_type(chain[:index], result_of, default, auto_results)
        source = index - 1  # the layer whose configured type it would keep: past those built in their input's
        while source > 0 and chain[source].class_name in BUILT_IN_INPUT_TYPE:
            source -= 1
        if not _same_type(reads_type, default):
            spelled = [str(parse_precision(text)) for text in (reads_type, default)]
            found[link.name] = CroppingCast(link.name, chain[source].name, *spelled)
    return found


def cropping_cast_warnings(casts: Sequence[CroppingCast]) -> list[str]:
    """One line per cropping that casts an `auto` result into the Model default (`cropping_casts`)."""
    return [
        f"{cast.name}: hls4ml 1.3 types this cropping with the Model default {cast.default}, whatever "
        f"its own configuration says, where {cast.reads}, which it reads, has the `auto` result "
        f"{cast.reads_type} (hls4ml infers no type for a cropping), so what {cast.reads} computes is cast "
        f"into {cast.default}; give {cast.reads} a result type (its LayerName entry's Precision result) to "
        "choose what the cropping keeps"
        for cast in casts
    ]


def pooled_operand_bits(
    chain: Sequence[Link],
    pooling_types: Callable[[Link, str], tuple[str, str]],
    result_of: Callable[[Link], str | None],
    default: str,
    auto_results: Mapping[str, str],
    io_type: str,
) -> int:
    """The width of the data operand a weight layer multiplies when a global average pooling writes its input
    (the last link of its `chain`): the bits the mean of what the pooling reads can have in its accumulator,
    held in its result type (`operands.average_value`, `operands.held_in`; hls4ml 1.3's template sums and
    divides in `accum_t`), as the written project's estimate reads it (`project.operand_producers`); 0 for any
    other writer. A QKeras Deep Sets tagger's Dense after the pooling of 16 `ufixed<8,0>` ReLU outputs in
    `fixed<16,6>` multiplies 10 bits: its products are LUTs, where the prune side counted 34 DSP against the
    project's 0 until 2026-12-05. Arguments as `truncated_means`'."""
    if not chain or not chain[-1].averages or chain[-1].class_name not in _GLOBAL_POOLING_CLASSES:
        return 0
    pooling = chain[-1]
    inferred_from = chain_input_type(chain[:-1], result_of, default, auto_results)
    reads = parse_precision(chain_read_type(chain[:-1], result_of, default, auto_results, io_type))
    result, accum = (parse_precision(kind) for kind in pooling_types(pooling, inferred_from))
    mean = average_value(reads, AveragePool(pooling.averages, accum, accumulates=True))
    return held_in(mean, result).width


def truncated_mean_warnings(truncated: Sequence[TruncatedMean]) -> list[str]:
    """One line per average pooling that cuts its mean (`truncated_means`): the layer and the types
    that keep it, with the fraction bits the mean needs: the result with its integer part, the accumulator
    with room for the sum too (the input's integer part plus ceil(log2 averages), as hls4ml's
    `_infer_pooling_precision` gives an average pooling's)."""
    lines = []
    for pooling in truncated:
        result, accum = parse_precision(pooling.result), parse_precision(pooling.accum)
        growth = (pooling.averages - 1).bit_length()
        integers = {
            "result": result.integer,
            "accum": max(accum.integer, parse_precision(pooling.reads).integer + growth),
        }
        keep = [
            f"Precision.{var} {replace(given, width=integers[var] + pooling.needed, integer=integers[var])}"
            for var, given in (("result", result), ("accum", accum))
            if given.fractional < pooling.needed
        ]
        lines.append(
            f"{pooling.name}: its mean of {pooling.averages} {pooling.reads} values needs {pooling.needed} "
            f"fraction bits but its result {pooling.result} and accum {pooling.accum} keep "
            f"{pooling.kept} (the C simulation can differ from Keras); to keep it give LayerName "
            f"{pooling.name} {' and '.join(keep)}"
        )
    return lines


@dataclass(frozen=True)
class HlsDesign:
    """How hls4ml will implement a user's model: reuse setting, per-layer precisions and project settings, and
    the QActivations whose quantizer it drops (`dropped_quantizers`)."""

    setting: ReuseSetting
    precisions: Mapping[str, Precisions]
    io_type: str
    precision: str  # the model-level default precision
    part: str | None
    backend: str | None
    clock_period: float | None
    dropped: tuple[DroppedQuantizer, ...] = ()  # QActivations hls4ml drops the quantizer of
    truncated: tuple[TruncatedMean, ...] = ()  # average poolings that cut their mean
    replaced_reuse: tuple[str, ...] = ()  # "<layer> <configured> -> <built> (<config key>)" (`_layers_hls`)
    cropping_casts: tuple[CroppingCast, ...] = ()  # croppings that cast an `auto` result into the default


def read_hls_config(
    config: Mapping,
    layers: Sequence[ConfigLayer],
    input_name: str,
    layer_names: Sequence[str] = (),
    split_names: Mapping[str, str] | None = None,
    layer_classes: Mapping[str, str] | None = None,
) -> HlsDesign:
    """Resolve every weight layer's reuse factor, strategy and precisions from an hls4ml configuration.

    Args:
        config: hls4ml's `HLSConfig` dict, or a whole configuration holding one under `HLSConfig`.
        layers: the model's weight layers in model order (`fpgaprune.models.user.config_layers`).
        input_name: the name of the model's input layer (its `result` precision is the input type).
        layer_names: every layer of the model, which `LayerName` entries must name (`check_layer_entries`);
            empty: not checked.
        split_names: a weight layer's name -> the activation hls4ml splits off it (`check_layer_entries`).
        layer_classes: hls4ml's classes, which `LayerType` keys must name (`check_layer_type_entries`);
            None: not checked.

    Raises:
        ValueError: no reuse factor for a layer, one hls4ml cannot implement, an unknown strategy or
            IO type, a malformed precision, a misplaced key (`_spelling_problems`) or a `LayerName` entry
            for no layer of the model; the message names the config key.
    """
    settings = hls_settings(config)
    io_type = settings["io_type"]
    hls = _Lookup(config.get("HLSConfig", config))
    if layer_names:
        check_layer_entries(config.get("HLSConfig", config), layer_names, split_names)
    if layer_classes is not None:
        check_layer_type_entries(config.get("HLSConfig", config), layer_classes)
    per_layer, replaced_reuse = _layers_hls(hls, layers)
    precisions: dict[str, Precisions] = {}
    auto_results: dict[str, str] = {}
    dropped: list[DroppedQuantizer] = []
    truncated: dict[str, TruncatedMean] = {}
    casts: dict[str, CroppingCast] = {}
    default, maximum = _default_precision(hls), _maximum_precision(hls)
    result_of, scale_and_bias = partial(_result, hls), partial(_scale_and_bias, hls, default)
    pooling_types = partial(_pooling_types, hls, default)
    weight_and_bias = partial(_weight_and_bias, hls, default)
    fused: dict[str, str] = {}
    for layer in layers:
        chain = layer.chain or (Link(input_name, "Input"),)
        if refusal := tanh_refusal(chain, result_of, layer.weight.name):
            raise ValueError(refusal)
        fused |= fused_batchnorms(chain, result_of)
        auto_results |= inferred_results(
            chain, result_of, scale_and_bias, default, auto_results, maximum, weight_and_bias
        )
        dropped += dropped_quantizers(chain, result_of, default, auto_results, io_type)
        truncated |= truncated_means(chain, pooling_types, result_of, default, auto_results, io_type)
        casts |= cropping_casts(chain, result_of, default, auto_results)
        own = _precisions(hls, layer, chain, auto_results, io_type)
        auto_results[layer.weight.name] = auto_result(own, layer.weight.n_in, default)
        given = _result(hls, Link(layer.weight.name, layer.class_name))
        precisions[layer.weight.name] = replace(
            own,
            result=given or auto_results[layer.weight.name],
            pipeline_style=_pipeline_style(hls),
            reads_input_port=not layer.weight.part and reads_input_port(chain, result_of, io_type),
            operand_bits=pooled_operand_bits(chain, pooling_types, result_of, default, auto_results, io_type),
        )
    for name, batchnorm in fused.items():
        precisions[name] = replace(precisions[name], fused_batchnorm=batchnorm)
    return HlsDesign(
        ReuseSetting(SETTING_NAME, next(iter(per_layer.values()), LayerHls(1, "latency")), per_layer),
        precisions,
        settings["io_type"],
        settings["precision"],
        settings.get("part"),
        settings.get("backend"),
        settings.get("clock_period"),
        tuple(dropped),
        tuple(truncated.values()),
        tuple(replaced_reuse),
        tuple(casts.values()),
    )


def unfused_depthwise_config(config: Mapping, depthwise: Sequence[Link]) -> tuple[dict, list[str]]:
    """(a copy of `config` in which each of the `depthwise` convolutions whose result is `auto` has the Model
    default as its `LayerName` result type, their names). Each is one a BatchNormalization reads: hls4ml
    1.3's FuseBatchNormalization fuses it into a depthwise convolution whose result is `auto` (a subclass of
    its Conv1D/Conv2D) as into a Conv2D, multiplying the depthwise kernel by the normalisation's scale per
    output channel broadcast over the wrong axis, and writes kernel_size x C x C weights for kernel_size x C
    (`core.hardware.layer._fused_depthwise_refusal`): a DS-CNN's C simulation was 6.6 off Keras's outputs
    of at most 4.3 at the first depthwise ReLU, 0.03 with the result typed. A configured result keeps the
    normalisation a layer (`FuseBatchNormalization.match` needs an `auto` parent); the depthwise layer's
    `<layer>_linear` activation then stays, `auto`, in the Model default too (checked on hls4ml 1.3's
    ModelGraph, 2026-12-04). `config`: as `read_hls_config`'s."""
    fixed = copy.deepcopy(dict(config))
    hls = fixed.get("HLSConfig", fixed)
    lookup = _Lookup(hls)
    default = _default_precision(lookup)
    names = []
    for link in depthwise:
        if _result(lookup, link) is not None:
            continue
        entries = hls.setdefault("LayerName", {})
        key = next((k for k in entries if str(k).lower() == link.name.lower()), link.name)
        entry = entries.setdefault(key, {}) or {}
        entries[key] = entry
        if not isinstance(entry.get("Precision"), Mapping):
            entry["Precision"] = {}
        entry["Precision"]["result"] = default
        names.append(link.name)
    return fixed, names


def unread_recurrent_reuse_lines(config: Mapping, recurrent: Sequence[Link]) -> list[str]:
    """One warning line per GRU or LSTM of `recurrent` whose configuration gives a `RecurrentReuseFactor`
    other than its `ReuseFactor`: hls4ml 1.3 does not read it (`init_gru`/`init_lstm` set the recurrent
    kernel's from the layer's ReuseFactor, moved to the closest valid one: `_recurrent_reuse_factor`), nor
    does fpgaprune."""
    hls = _Lookup(config.get("HLSConfig", config))
    lines = []
    for link in recurrent:
        given, where = hls.setting(link.name, link.class_name, "RecurrentReuseFactor")
        reuse, _ = hls.setting(link.name, link.class_name, "ReuseFactor")
        if given is not None and given != reuse:
            lines.append(
                f"hls_config {where} (layer {link.name}): hls4ml 1.3 does not read a RecurrentReuseFactor; "
                f"the recurrent kernel takes the layer's ReuseFactor {reuse} (under Resource the closest "
                "valid one), as fpgaprune costs it: set ReuseFactor"
            )
    return lines


def depthwise_strategy_refusal(config: Mapping, depthwise: Sequence[Link], io_type: str) -> str | None:
    """One line refusing the first of the `depthwise` convolutions whose hls4ml 1.3 kernel the cost model does
    not describe (`core.hardware.project.depthwise_unmodelled`), None when there is none: the Resource
    strategy under io_parallel (hls4ml's library asserts 'not supported' and calls no kernel) or at a
    reuse factor above 1 (io_stream: its weights in a ROM). Such a layer's cost would be left out of the
    part's reserve."""
    hls = _Lookup(config.get("HLSConfig", config))
    for link in depthwise:
        strategy, where = hls.setting(link.name, link.class_name, "Strategy")
        reuse, _ = hls.setting(link.name, link.class_name, "ReuseFactor")
        if _STRATEGIES.get(str(strategy or "Latency").lower()) != "resource":
            continue
        if io_type == "io_parallel" or int(reuse or 1) > 1:
            why = "under io_parallel" if io_type == "io_parallel" else f"at ReuseFactor {reuse}"
            return (
                f"layer {link.name!r} ({link.class_name}) has Strategy {strategy} ({where}) {why}, a "
                "depthwise kernel hls4ml 1.3 does not implement (io_parallel: its library asserts 'not "
                "supported') or fpgaprune does not cost (io_stream, weights in a ROM); give its LayerName "
                "entry Strategy: Latency"
            )
    return None


def is_clock_period(value) -> bool:
    """Whether `value` is a clock period in ns: a finite number above 0 (not a bool, nor text: "5ns")."""
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    return number and 0 < value < math.inf


def hls_settings(config: Mapping) -> dict:
    """The pipeline's `hls:` settings an hls4ml configuration decides, needing no model: `io_type` (hls4ml's
    io_parallel when it gives no IOType) and `precision` (Model.Precision) always, `part`, `backend`,
    `clock_period` and `clock_uncertainty` when it gives Part, Backend, ClockPeriod and ClockUncertainty. What
    `fpgaprune.optimize` and a pipeline experiment's `model.hls_config` take from the configuration besides
    its per-layer design.

    Raises:
        ValueError: not a mapping, a misplaced key (`_spelling_problems`), an unknown IO type, a
            ClockUncertainty that is not a share ('12.5%') or ns below the period, or no or a malformed
            Model.Precision; one line naming the config key.
    """
    if not isinstance(config, Mapping):
        raise ValueError(  # noqa: TRY004 (one-line errors are ValueError)
            f"hls_config must be a mapping (hls4ml's config dict), got {type(config).__name__}"
        )
    io_type = str(config.get("IOType", "io_parallel")).lower()
    given = {key: config.get(name) for name, key in PROJECT_SETTINGS.items()}
    problems = _spelling_problems(config)
    if io_type not in _IO_TYPES:
        problems.append(f"hls_config IOType {config.get('IOType')!r}: must be one of {', '.join(_IO_TYPES)}")
    if given["backend"] is not None:
        try:
            given["backend"] = _backend(given["backend"])
        except ValueError as error:
            problems.append(str(error))
    if given["part"] is not None and not isinstance(
        given["part"], str
    ):  # `Part: 42`: a TypeError deep inside
        problems.append(
            f"hls_config Part {given['part']!r}: give an FPGA part's name, e.g. xcvu9p-flga2104-2L-e"
        )
    period = given["clock_period"]
    if period is not None and not is_clock_period(period):  # "fast" failed in a format, NaN later
        problems.append(f"hls_config ClockPeriod {period!r}: give the clock period in ns, a number above 0")
    if given["clock_uncertainty"] is not None:  # against the configuration's period, else hls4ml's 5 ns
        period = period if is_clock_period(period) else 5
        try:
            clock_uncertainty(given["clock_uncertainty"], period)
        except ValueError as error:
            problems.append(f"hls_config {error}")
    if len(problems) > 1:  # all at once: a PYNQ demo's XilinxPart and Backend took a run each
        raise ValueError(f"{len(problems)} problems in the hls4ml configuration: " + "; ".join(problems))
    if problems:
        raise ValueError(problems[0])
    return {
        "io_type": io_type,
        "precision": _default_precision(_Lookup(config.get("HLSConfig", config))),
        **{key: value for key, value in given.items() if value is not None},
    }


_BACKENDS = {"vivado": "Vivado", "vitis": "Vitis"}  # hls4ml's names, matched without case as hls4ml does
# hls4ml's board wrappers, by the backend whose layers they wrap (`Pynq`: the hls4ml-pynq demos' name)
_ACCELERATOR_BACKENDS = {"vivadoaccelerator": "Vivado", "vitisaccelerator": "Vitis", "pynq": "Vivado"}


def _backend(given) -> str:
    """hls4ml's backend name as fpgaprune's settings spell it; one line refusing any other. An accelerator
    backend (hls4ml's board wrappers, as the MLPerf Tiny PYNQ-Z2 designs use) builds the layers of the backend
    it wraps: the line names that one (until 2026-12-05 it read "config key experiments.<name>.hls.backend:
    'VivadoAccelerator' is not one of ['Vitis', 'Vivado']")."""
    name = str(given).lower()
    if name in _BACKENDS:
        return _BACKENDS[name]
    if name in _ACCELERATOR_BACKENDS:
        layers = _ACCELERATOR_BACKENDS[name]
        raise ValueError(
            f"hls_config Backend {given}: fpgaprune writes and estimates hls4ml's Vivado and Vitis "
            f"backends; {given} builds the {layers} backend's layers inside a board wrapper, which is not "
            f"estimated: give Backend: {layers} to prune the layers, and build the accelerator from the "
            "pruned model"
        )
    raise ValueError(
        f"hls_config Backend {given}: fpgaprune writes and estimates hls4ml's Vivado and Vitis backends (AMD "
        "HLS tools) only"
    )


def _collect(problems: list[str], check: Callable, *args) -> None:
    """Run one of the configuration's checks, adding its one line to `problems` instead of raising it."""
    try:
        check(*args)
    except ValueError as error:
        problems.append(str(error))


def _spelling_problems(config: Mapping) -> list[str]:
    """One line for each mapping holding a key that is not one fpgaprune reads but is close to one
    (`ReuseFactr`, `IOtype`, `reuse_factor`, `Precison.wieght`), or one hls4ml ignores where it stands
    (`_check_top_level`, `_check_level_key_places`), or a setting fpgaprune does not design
    (`_check_unmodelled`).
    hls4ml ignores such a key, so the design would silently take the default instead (RF 1, Latency,
    io_parallel, ...), and so would the estimate and the knapsack. Keys far from every one fpgaprune reads
    (Trace, TableSize, OutputDir, ...) are hls4ml's own and pass."""
    problems: list[str] = []
    whole = "HLSConfig" in config
    _collect(problems, _check_keys, config, _PROJECT_KEYS if whole else _PROJECT_KEYS + _HLS_KEYS, "")
    _collect(problems, _check_top_level, config)
    hls = config.get("HLSConfig", config)
    if not isinstance(hls, Mapping):
        return [*problems, _not_a_mapping("HLSConfig", hls)]
    if whole:
        _collect(problems, _check_keys, hls, _HLS_KEYS, "HLSConfig.")
    levels = [("Model", hls.get("Model"))]
    for group in ("LayerName", "LayerType"):
        if isinstance(hls.get(group), Mapping):
            levels += [(f"{group}.{name}", level) for name, level in hls[group].items()]
        elif hls.get(group) is not None:
            problems.append(
                _not_a_mapping(group, hls[group], "of layer names (or classes) to their settings")
            )
    for where, level in levels:
        if level is not None and not isinstance(level, Mapping):
            problems.append(_not_a_mapping(where, level, "of settings (ReuseFactor, Strategy, Precision)"))
        if isinstance(level, Mapping):
            _collect(problems, _check_level_values, level, f"{where}.")
            _collect(
                problems, _check_level_key_places, level, config, f"{'HLSConfig.' if whole else ''}{where}."
            )
            _collect(problems, _check_unmodelled, level, f"{where}.")
            _collect(problems, _check_keys, level, _LEVEL_KEYS, f"{where}.")
            if isinstance(level.get("Precision"), Mapping):
                _collect(problems, _check_keys, level["Precision"], _PRECISION_KEYS, f"{where}.Precision.")
    return problems


def _not_a_mapping(where: str, value, holds: str = "of settings") -> str:
    return (
        f"hls_config {where}: a {type(value).__name__} ({str(value)[:40]!r}), where hls4ml reads a mapping "
        f"{holds}"
    )


# hls4ml 1.3's strategies, as it matches them (case and underscores aside); an unknown one is built as Latency
_HLS4ML_STRATEGIES = ("latency", "resource", "resourceunrolled", "distributedarithmetic")


def _check_level_values(level: Mapping, where: str) -> None:
    """One line for a ReuseFactor, TableSize, Strategy or precision that hls4ml cannot build: it builds a
    ReuseFactor of 0 or below, or an unknown Strategy, as something else without a word, and fails deep in its
    converter on a malformed type (`ap_fixed<4>`: IndexError) after any pruning. Checked wherever it stands,
    whether or not a layer takes it, before any work."""
    for key in ("ReuseFactor", "TableSize"):  # a softmax's TableSize -1 passed too
        count = level.get(key)
        if count is not None and (isinstance(count, bool) or not isinstance(count, int) or count < 1):
            raise ValueError(f"hls_config {where}{key} {count!r}: must be a whole number >= 1")
    strategy = level.get("Strategy")
    if strategy is not None and _norm(strategy) not in _HLS4ML_STRATEGIES:
        raise ValueError(
            f"hls_config {where}Strategy {strategy!r}: not one of hls4ml's (Latency, Resource, "
            "Resource_Unrolled, distributed_arithmetic), which it would build as Latency without a word"
        )
    precision = level.get("Precision")
    given = precision.items() if isinstance(precision, Mapping) else [("", precision)]
    for key, text in given:
        if text is None or (key and key not in _PRECISION_KEYS) or (isinstance(text, str) and is_auto(text)):
            continue
        try:
            parse_precision(text) if isinstance(text, str) else parse_precision(repr(text))
        except ValueError as error:
            raise ValueError(f"hls_config {where}Precision{'.' + key if key else ''}: {error}") from None


# keys of older hls4ml versions that hls4ml 1.3 ignores, by the key it reads instead
_RENAMED_KEYS = {"XilinxPart": "Part"}  # hls4ml <= 0.6 (its example-models' keras-config.yml still has it)

# project keys a converter script's own name may hold (`fpga_part`, `clock_period_ns`, `hls_backend`): no key
# hls4ml 1.3 reads at the top level contains one of them
_PROJECT_STEMS = ("Part", "ClockPeriod", "ClockUncertainty", "IOType", "Backend")


def _norm(key) -> str:
    return str(key).lower().replace("_", "")


def _check_top_level(config: Mapping) -> None:
    """Raise one line for a top-level key hls4ml ignores there but that names a setting: a layer setting
    (`Strategy: Resource`, hls4ml reads it in Model or a layer's entry) or a converter script's name for a
    project key (the MLPerf Tiny configs' `fpga_part`): the design would silently take the default part,
    strategy or clock, and so would the estimate and the budget."""
    for key in config:
        if key in _LEVEL_KEYS:
            raise ValueError(
                f"hls_config {key}: hls4ml reads it in HLSConfig.Model or a LayerName/LayerType entry and "
                "ignores it at the top level (the design would silently take the default); move it there"
            )
        if key in _RENAMED_KEYS or _close_key(key, _PROJECT_KEYS + _HLS_KEYS):
            continue  # `_check_keys` names it
        stem = next((s for s in _PROJECT_STEMS if _norm(s) in _norm(key) and key != s), None)
        if stem:
            raise ValueError(
                f"hls_config {key}: not a key hls4ml reads, did you mean {stem}? (hls4ml ignores keys it "
                "does not know, so the design would silently take the default)"
            )


# keys hls4ml 1.3 does not read in Model or a layer's entry, by what it reads instead
_NOT_LEVEL_KEYS = {
    **dict.fromkeys(_PROJECT_KEYS[1:], "only at the top level, beside HLSConfig"),
    **dict.fromkeys(
        ("RoundingMode", "SaturationMode"),
        "nowhere: give the mode in the type, e.g. Precision: ap_fixed<16,6,AP_RND_CONV,AP_SAT>",
    ),
}


# settings by which hls4ml 1.3 builds other kernels than fpgaprune designs and costs, by what it does
_UNMODELLED = {
    "TargetCycles": "derives the Resource layers' reuse factors from it (`set_target_reuse_factor`), which "
    "fpgaprune does not: give their ReuseFactor",
    "Compression": "builds a compressed Dense (its nonzero weights as a list, `dense_compressed`), which "
    "fpgaprune neither designs nor costs: leave it out (the pruned Resource_Unrolled kernel drops zero "
    "multiplications itself)",
}


def _check_unmodelled(level: Mapping, where: str) -> None:
    """Raise one line for a setting under which hls4ml 1.3 builds a kernel fpgaprune does not design
    (`_UNMODELLED`): its estimate and budget would be of another design than the one written."""
    for key, what in _UNMODELLED.items():
        if level.get(key):
            raise ValueError(f"hls_config {where}{key} {level[key]!r}: hls4ml 1.3 {what}")


# hls4ml 1.3's project settings when the configuration gives none (None: no default compared)
_HLS4ML_DEFAULTS = {
    "IOType": "io_parallel",
    "Backend": "Vivado",
    "ClockPeriod": 5,
    "ClockUncertainty": None,
    "Part": None,
}


def _same_setting(top, given) -> bool:
    """Whether a project key's copy in a level says what the top level (or hls4ml's default) says: numbers as
    numbers (`5.0` and `5`), names without case."""
    if top is None:
        return False
    try:
        return float(top) == float(given)
    except (TypeError, ValueError):
        return str(top).lower() == str(given).lower()


def _copies_the_top(key: str, value, config: Mapping) -> bool:
    """Whether a level's project key says what the top level (or hls4ml's default) says."""
    return key in _HLS4ML_DEFAULTS and _same_setting(config.get(key, _HLS4ML_DEFAULTS[key]), value)


def _check_level_key_places(level: Mapping, config: Mapping, where: str) -> None:
    """Raise one line for a project key that differs from the top level's (the Iris PYNQ project's `Model:
    {IOType: io_stream}` under a top-level io_parallel) or a rounding or saturation mode in Model or a layer's
    entry (a CNN's `Model: {RoundingMode: AP_RND_CONV}`): hls4ml ignores it there, so the design silently
    differs from what the entry says. A copy of the top level's value changes nothing and passes. Every such
    key of the level in one line (a CNN's RoundingMode and SaturationMode took a run each)."""
    ignored = [
        f"hls_config {where}{key}: hls4ml ignores it here (the design would silently be built without it); "
        f"it reads it {_NOT_LEVEL_KEYS[key]}"
        for key in level
        if key in _NOT_LEVEL_KEYS and not _copies_the_top(key, level[key], config)
    ]
    if ignored:
        raise ValueError("; ".join(ignored))


CONV_IMPLEMENTATIONS = ("LineBuffer", "Encoded")  # hls4ml 1.3's ChoiceAttribute, matched with their case
# the hls4ml classes that take a ConvImplementation (`VivadoBackend._register_layer_attributes`)
CONV_IMPLEMENTATION_CLASSES = (
    "Conv1D",
    "Conv2D",
    "SeparableConv1D",
    "SeparableConv2D",
    "DepthwiseConv2D",
    "Pooling1D",
    "Pooling2D",
)


# hls4ml 1.0's `Pointwise` computed every output position of an io_parallel 1x1 convolution at once; 1.3's
# LineBuffer takes one a cycle unless the layer's ParallelizationFactor says otherwise (a public jet tagger:
# 10 cycles, II 1 under Pointwise; 48 cycles, II 20 under LineBuffer; 4 cycles, II 1 with PF 10, its outputs)
POINTWISE_HINT = (
    "hls4ml 1.0's Pointwise computed every output position at once, LineBuffer one a cycle in io_parallel: "
    "give the layer's LayerName entry ParallelizationFactor (its output positions) to keep that"
)


def conv_implementation_refusal(config: Mapping, layers: Sequence[tuple[str, str]]) -> str | None:
    """One line refusing a ConvImplementation hls4ml 1.3 stops on, None if none: in the LayerName or
    LayerType entry of one of `layers` (name, hls4ml class) that takes one, a value other than LineBuffer or
    Encoded with their case (its ChoiceAttribute; the NeutDetector configurations' `encoded` stopped `--hls`
    after the whole walk with a garbled message). Model's is lowered by hls4ml and any case passes."""
    hls = config.get("HLSConfig", config)
    entries = {"LayerName": hls.get("LayerName") or {}, "LayerType": hls.get("LayerType") or {}}
    for name, kind in layers:
        if kind not in CONV_IMPLEMENTATION_CLASSES:
            continue
        for group, key in (("LayerType", kind), ("LayerName", name)):
            given = (entries[group].get(key) or {}).get("ConvImplementation")
            if given is not None and given not in CONV_IMPLEMENTATIONS:
                close = [choice for choice in CONV_IMPLEMENTATIONS if choice.lower() == str(given).lower()]
                hint = f"did you mean {close[0]}?" if close else f"one of {', '.join(CONV_IMPLEMENTATIONS)}"
                if str(given).lower() == "pointwise":
                    hint += f"; {POINTWISE_HINT}"
                return (
                    f"hls_config {group}.{key}.ConvImplementation {given!r} (layer {name}): hls4ml 1.3 "
                    f"takes {', '.join(CONV_IMPLEMENTATIONS)} there with their case and stops converting "
                    f"otherwise; {hint}"
                )
    return None


def conv_implementation_lines(
    config: Mapping, convolutions: Sequence[tuple[str, str]], io_type: str
) -> list[str]:
    """Warning lines for the convolutions (name, hls4ml class) hls4ml 1.3 builds with the `Encoded`
    implementation (its `get_conv_implementation`: the LayerName entry's, else the Model's, lowered; Vivado,
    io_stream, Conv1D/Conv2D; Vitis switches it back to LineBuffer): fpgaprune costs hls4ml's line-buffer
    convolution, and the encoded one is not in its calibration (docs/cost-model-record.md 2.8: LUT and FF far
    off on such layers of hls4ml 0.5-0.6); DSP and BRAM follow the kernel's rules. And for a LayerType entry's
    ConvImplementation, which hls4ml 1.3 does not apply (it looks the type up by its backend class's name,
    `vivadoconv1d`)."""
    hls = config.get("HLSConfig", config)
    names = {str(key).lower(): entry or {} for key, entry in (hls.get("LayerName") or {}).items()}
    model = (hls.get("Model") or {}).get("ConvImplementation", "LineBuffer")
    lines = [
        f"hls_config LayerType.{kind}.ConvImplementation: hls4ml 1.3 does not apply a LayerType's "
        "ConvImplementation (it builds the Model's, else LineBuffer); give it in the layers' LayerName "
        "entries"
        for kind, entry in (hls.get("LayerType") or {}).items()
        if kind in CONV_IMPLEMENTATION_CLASSES and "ConvImplementation" in (entry or {})
    ]
    backend = config.get("Backend")
    if io_type != "io_stream" or (backend is not None and _backend(backend) != "Vivado"):
        return lines
    encoded = [
        name
        for name, kind in convolutions
        if kind in ("Conv1D", "Conv2D", "SeparableConv1D", "SeparableConv2D")
        and str(names.get(name.lower(), {}).get("ConvImplementation", model)).lower() == "encoded"
    ]
    if encoded:
        lines.append(
            f"hls_config ConvImplementation Encoded (layers {', '.join(encoded)}): fpgaprune's estimate "
            "and budget cost hls4ml's LineBuffer convolution; the Encoded one is not in its calibration (its "
            "LUT, FF and latency may be far off)"
        )
    return lines


def _close_key(key, known: Sequence[str]) -> str | None:
    """The key of `known` that `key` misspells (`ReuseFactr`, `IOtype`, `reuse_factor`), None if none."""
    by_norm = {_norm(name): name for name in known}
    close = difflib.get_close_matches(_norm(key), list(by_norm), n=1, cutoff=0.8)
    return by_norm[close[0]] if close and key not in known else None


def _check_keys(mapping: Mapping, known: Sequence[str], where: str) -> None:
    for key in mapping:
        if key in known:
            continue
        if _RENAMED_KEYS.get(key) in known:
            raise ValueError(
                f"hls_config {where}{key}: an older hls4ml's name, which hls4ml 1.3 ignores (the design "
                f"would silently take its default); call it {_RENAMED_KEYS[key]}"
            )
        if close := _close_key(key, known):
            raise ValueError(
                f"hls_config {where}{key}: unknown key, did you mean {close}? (hls4ml ignores "
                "keys it does not know, so the design would silently take the default)"
            )


# What hls4ml calls the activations it splits off a weight layer (`<layer>_<activation>`): Keras's
# activation functions and QKeras's quantizers, as `models.user` names them
SPLIT_ACTIVATION_NAMES = (
    "linear",
    "relu",
    "relu6",
    "leaky_relu",
    "elu",
    "selu",
    "gelu",
    "swish",
    "silu",
    "sigmoid",
    "hard_sigmoid",
    "tanh",
    "softmax",
    "softplus",
    "softsign",
    "exponential",
    "quantized_bits",
    "quantized_relu",
    "quantized_tanh",
    "quantized_sigmoid",
    "quantized_po2",
    "quantized_relu_po2",
    "binary",
    "ternary",
    "binary_tanh",
    "ternary_tanh",
)


def check_layer_type_entries(hls: Mapping, classes: Mapping[str, str]) -> None:
    """Raise one line for a `LayerType` key that is no class hls4ml knows (without case, as hls4ml matches):
    hls4ml ignores it, so the layers it was meant for silently took the Model settings (`LayerType: {Dens:
    ...}`: a review, 2026-12-07). A Keras class hls4ml converts from (`QDense`, `InputLayer`, as
    `config_from_keras_model(granularity='type')` writes them) passes: hls4ml ignores those too, but its own
    configurations hold them. `classes`: each name hls4ml converts from (a Keras class or its own), lowercased
    -> the hls4ml class it becomes."""
    own = {name.lower(): name for name in classes.values()}
    for given in hls.get("LayerType") or {}:
        lower = str(given).lower()
        if lower in own or lower in classes:
            continue
        close = difflib.get_close_matches(lower, list(own), n=1, cutoff=0.75)
        hint = (
            f"did you mean {own[close[0]]}?" if close else "its keys are hls4ml's layer classes, e.g. Dense"
        )
        raise ValueError(
            f"hls_config LayerType.{given}: hls4ml has no layer class {given} (it would ignore the entry); "
            f"{hint}"
        )


def check_layer_entries(hls: Mapping, names: Sequence[str], splits: Mapping[str, str] | None = None) -> None:
    """Raise one line for a `LayerName` entry that names neither a layer of the model (without case, as hls4ml
    matches) nor one hls4ml splits off it (`<layer>_<activation>`, as `config_from_keras_model` lists them):
    hls4ml ignores it, so the layer it was meant for would silently take the LayerType or Model settings.
    `splits`: a weight layer's name -> the activation hls4ml splits off it; an entry naming another
    activation of that layer is refused too (`fc1_relu` for a QDense whose `quantized_relu` hls4ml names
    `fc1_quantized_relu`: accepted and ignored until 2026-12-07, a review)."""
    known = [name.lower() for name in names]
    split_of = {str(layer).lower(): split for layer, split in (splits or {}).items()}
    for given in hls.get("LayerName") or {}:
        lower = str(given).lower()
        if lower in known:
            continue
        owners = [name for name in known if lower.startswith(f"{name}_")]
        owner = max(owners, key=len, default=None)  # `dense_1_relu` is dense_1's, not dense's
        if owner is None:
            raise ValueError(
                f"hls_config LayerName.{given}: the model has no such layer (hls4ml would ignore the entry): "
                f"rename it to the layer it was meant for, or remove it; the model's layers: "
                f"{', '.join(names)}"
            )
        split = split_of.get(owner)
        if split and lower != split.lower() and lower.removeprefix(f"{owner}_") in SPLIT_ACTIVATION_NAMES:
            raise ValueError(
                f"hls_config LayerName.{given}: hls4ml names the activation it splits off {owner} {split} "
                f"(it would ignore the entry): rename it {split}"
            )


# the precisions hls4ml 1.3 also takes as a layer's type attribute `<var>_t` from its LayerName or LayerType
# entry (`Layer.__init__`), over the entry's Precision (`_Lookup.precision`)
_TYPE_ATTRIBUTES = ("accum",)


class _Lookup:
    """hls4ml's precedence: LayerName (case-insensitive), LayerType (hls4ml's class), Model."""

    def __init__(self, hls: Mapping):
        self.names = {str(k).lower(): v or {} for k, v in (hls.get("LayerName") or {}).items()}
        self.types = {str(k).lower(): v or {} for k, v in (hls.get("LayerType") or {}).items()}
        self.model = hls.get("Model") or {}
        self.exact = {level: hls.get(level) or {} for level in ("LayerName", "LayerType")}

    def levels(self, name: str, class_name: str) -> list[tuple[str, Mapping]]:
        found = [
            (f"LayerName.{name}", self.names.get(name.lower())),
            (f"LayerType.{class_name}", self.types.get(class_name.lower())),
            ("Model", self.model),
        ]
        return [(where, level) for where, level in found if level is not None]

    def layer_value(self, name: str, class_name: str, key: str):
        """(value, config key) of `key` as hls4ml 1.3 chooses a convolution's ParallelizationFactor
        (`init_conv1d`: `user_pf or layer_pf or 1`), or (None, None): the `LayerName` entry's, else the
        `LayerType` entry's (the layer's attribute, both merged when hls4ml made it), else, only when the
        configuration has neither entry for the layer, the `Model`'s (`get_layer_config_value`). Unlike
        hls4ml's precision, reuse factor and strategy lookups (the other methods), it matches the layer's name
        and class with their case."""
        entries = [
            (f"LayerName.{name}", self.exact["LayerName"].get(name)),
            (f"LayerType.{class_name}", self.exact["LayerType"].get(class_name)),
        ]
        for where, entry in entries:
            if entry is not None and entry.get(key):
                return entry[key], f"{where}.{key}"
        if all(entry is None for _, entry in entries) and self.model.get(key):
            return self.model[key], f"Model.{key}"
        return None, None

    def setting(self, name: str, class_name: str, key: str):
        """(value, config key) of the most specific level that gives `key`, or (None, None)."""
        for where, level in self.levels(name, class_name):
            if level.get(key) is not None:
                return level[key], f"{where}.{key}"
        return None, None

    def precision(self, name: str, class_name: str, var: str) -> tuple[str | None, str]:
        """hls4ml's `get_precision`: per level, the variable's own type, then the level's plain one; an
        accumulator set as a type attribute of the layer's LayerName or LayerType entry (`accum_t:
        ap_fixed<17,7>` beside Precision, as the MLPerf Tiny hls4ml configurations give it) before any:
        hls4ml 1.3's `Layer.__init__` sets every entry key ending in `_t` as the layer's attribute after
        `_set_accum_t` read the Precision (until 2026-12-05 fpgaprune read the Model default there, 12 bits
        where the written project's accumulators have 17)."""
        if var in _TYPE_ATTRIBUTES:
            for where, entry in (
                ("LayerName", self.names.get(name.lower())),
                ("LayerType", self.types.get(class_name.lower())),
            ):
                if isinstance(entry, Mapping) and entry.get(f"{var}_t") is not None:
                    return str(
                        entry[f"{var}_t"]
                    ), f"{where}.{name if where == 'LayerName' else class_name}.{var}_t"
        for where, level in self.levels(name, class_name):
            given = level.get("Precision")
            if isinstance(given, Mapping) and given.get(var) is not None:
                return str(given[var]), f"{where}.Precision.{var}"
            if isinstance(given, Mapping) and given.get("default") is not None:
                return str(given["default"]), f"{where}.Precision.default"
            if given is not None and not isinstance(given, Mapping):
                return str(given), f"{where}.Precision"
        return None, "Model.Precision"


def _layers_hls(hls: _Lookup, layers: Sequence[ConfigLayer]) -> tuple[dict[str, LayerHls], list[str]]:
    """Each layer's `_layer_hls`, and the reuse factors hls4ml replaces (`_built_reuse_factor`); every layer
    whose settings hls4ml cannot build named in one line, not the first alone."""
    per_layer, replaced, problems = {}, [], []
    for layer in layers:
        try:
            per_layer[layer.weight.name], note = _layer_hls(hls, layer)
        except ValueError as error:
            problems.append(str(error))
            continue
        replaced += [note] if note else []
    if len(problems) > 1:
        raise ValueError(f"{len(problems)} layers' settings cannot be built: " + "; ".join(problems))
    if problems:
        raise ValueError(problems[0])
    return per_layer, replaced


def shadowed_model_lines(config: Mapping, layers: Sequence[ConfigLayer]) -> list[str]:
    """One line per `Model` ReuseFactor or Strategy that no weight layer takes, each having its own in a
    LayerName or LayerType entry that differs (hls4ml's precedence, as fpgaprune reads it): a ResNet's
    configuration from `config_from_keras_model(granularity='name')` gave every layer ReuseFactor 1, and its
    `Model: {ReuseFactor: 16}` was estimated as 51,775 DSP with no word that 16 was not used (2026-12-05)."""
    hls = _Lookup(config.get("HLSConfig", config))
    lines = []
    for key in ("ReuseFactor", "Strategy"):
        given = hls.model.get(key)
        found = [hls.setting(layer.weight.hls_layer, layer.class_name, key) for layer in layers]
        if given is None or not found or any(where == f"Model.{key}" for _, where in found):
            continue
        differing = [(value, where) for value, where in found if str(value).lower() != str(given).lower()]
        if not differing:
            continue
        shown = ", ".join(f"{where} {value}" for value, where in differing[:3])
        more = f" and {len(differing) - 3} more" if len(differing) > 3 else ""
        lines.append(
            f"hls_config Model.{key} {given} applies to no weight layer: each has its own ({shown}{more}, as "
            f"config_from_keras_model(granularity='name') writes them), which hls4ml builds and fpgaprune "
            f"costs; remove or change those entries for the Model's {key} to apply"
        )
    return lines


def replaced_reuse_line(replaced: Sequence[str]) -> str | None:
    """The warning naming the reuse factors hls4ml 1.3 replaces (`HlsDesign.replaced_reuse`), None if none."""
    if not replaced:
        return None
    return (
        "hls4ml 1.3 builds the closest valid reuse factor in place of one its Resource kernel cannot take, "
        f"as fpgaprune designs and costs it: {', '.join(replaced)}; give valid ones to silence this"
    )


def _built_reuse_factor(weight: WeightLayer, reuse: int, where: str, strategy: str) -> int:
    """The reuse factor hls4ml 1.3 builds a layer configured at `reuse` with: itself under Latency, else the
    closest valid one (`set_closest_reuse_factor`, with a warning). fpgaprune then writes that factor and the
    design's strategy into the project (`hls.convert.user_config`; a Resource_Unrolled design at n_in x n_out
    stays Resource, `core.design.implemented_strategy`), which hls4ml builds as written. Until 2026-12-05
    fpgaprune refused such a factor, which 9 of 13 public models walked through it had (the MLPerf Tiny
    configurations' Model 16384, hls4ml's "as large as it goes"; an autoencoder's 64, built at 72)."""
    check_reuse_factor(weight.n_in, weight.n_out, reuse, where, "latency")  # a whole number >= 1
    if strategy == "latency":
        return reuse
    return closest_valid_reuse_factor(weight.n_in, weight.n_out, reuse)


def _layer_hls(hls: _Lookup, layer: ConfigLayer) -> tuple[LayerHls, str | None]:
    name = layer.weight.hls_layer
    reuse, where = hls.setting(name, layer.class_name, "ReuseFactor")
    if reuse is None:
        raise ValueError(
            f"hls_config: no ReuseFactor for layer {name} and no default (give Model.ReuseFactor)"
        )
    strategy, strategy_key = hls.setting(name, layer.class_name, "Strategy")
    key = str(strategy or "Latency").lower()
    if key not in _STRATEGIES:
        raise ValueError(
            f"hls_config {strategy_key}: strategy {strategy!r} is not one fpgaprune can prune "
            f"(Latency, Resource, Resource_Unrolled)"
        )
    config_key, where = where, f"hls_config {where} (layer {name})"
    if not layer.weight.part:
        built = _built_reuse_factor(layer.weight, reuse, where, _STRATEGIES[key])
        note = f"{name} {reuse} -> {built} ({config_key})" if built != reuse else None
        return LayerHls(built, _STRATEGIES[key], _parallelization_factor(hls, layer)), note
    # a GRU's or LSTM's product: its template chooses functions by the factor as given (kept valid here)
    recurrent = layer.weight.part == "recurrent_kernel"
    if not recurrent:
        check_reuse_factor(layer.weight.n_in, layer.weight.n_out, reuse, where, _STRATEGIES[key])
    runs_at = _recurrent_reuse_factor(layer.weight, reuse, _STRATEGIES[key]) if recurrent else reuse
    if _STRATEGIES[key] == "resource" and (
        refusal := _recurrent_kernel_mismatch(layer.weight, reuse, runs_at)
    ):
        raise ValueError(f"{where}: {refusal}")
    return LayerHls(runs_at, _STRATEGIES[key]), None


def _recurrent_kernel_mismatch(weight: WeightLayer, reuse_factor: int, runs_at: int) -> str | None:
    """Why hls4ml 1.3's Resource GRU or LSTM cannot run one of its products at these factors, or None: its
    template chooses each product's function by the layer's ReuseFactor against the product's inputs
    (`DenseResource_rf_leq_nin`, else `_rf_gt_nin_rem0`: "the 3rd case is never used") but runs it at its own
    factor (the recurrent kernel's closest valid one), and the function asserts its case, which aborts the C
    simulation and the whole process (a GRU(20) top tagger at ReuseFactor 30, its recurrent kernel at 20: 30 >
    20 chose rf_gt_nin, which asserts 20 > 20)."""
    n_in = weight.n_in
    chosen_leq = reuse_factor <= n_in
    if runs_at <= n_in if chosen_leq else runs_at > n_in and runs_at % n_in == 0:
        return None
    asserts = f"at most {n_in}" if chosen_leq else f"above {n_in} and a multiple of it"
    return (
        f"hls4ml 1.3 runs this {n_in}-input {weight.part.replace('_', ' ')} at reuse factor {runs_at} with "
        f"the function it chooses for {reuse_factor} {'<=' if chosen_leq else '>'} {n_in} inputs, which "
        f"asserts a factor {asserts}: the C simulation and the process abort; give a ReuseFactor that suits "
        "both of the layer's kernels"
    )


def _recurrent_reuse_factor(weight: WeightLayer, reuse_factor: int, strategy: str) -> int:
    """The reuse factor hls4ml 1.3 gives a GRU's or LSTM's recurrent kernel: the layer's `ReuseFactor`
    (`init_gru`/`init_lstm` set `recurrent_reuse_factor` from it; a `RecurrentReuseFactor` is not read), under
    the Resource strategies moved to the closest valid one for the recurrent kernel's shape
    (`set_closest_reuse_factor`): RF 6 became 4 for a 16 x 48 recurrent kernel."""
    if strategy == "latency":
        return reuse_factor
    return closest_valid_reuse_factor(weight.n_in, weight.n_out, reuse_factor)


def _parallelization_factor(hls: _Lookup, layer: ConfigLayer) -> int:
    """A convolution's configured ParallelizationFactor (output positions computed at once, as hls4ml 1.3
    chooses it, `_Lookup.layer_value`), 1 when not given and for a Dense, which has none. hls4ml replaces one
    that does not divide the output positions by the nearest that does, with a printed warning; fpgaprune
    refuses it in one line naming that one."""
    weight = layer.weight
    if not weight.is_conv:
        return 1
    factor, where = hls.layer_value(weight.name, layer.class_name, "ParallelizationFactor")
    if factor is None:
        return 1
    divisors = [d for d in range(1, weight.positions + 1) if weight.positions % d == 0]
    whole = isinstance(factor, int) and not isinstance(factor, bool)
    if whole and factor in divisors:
        return factor
    if not whole:
        what = f"is not a whole number (a {type(factor).__name__})"
    else:
        nearest = min(divisors, key=lambda d: (abs(d - factor), d))  # hls4ml's closest
        what = f"does not divide its {weight.positions} output positions (hls4ml would use {nearest} instead)"
    raise ValueError(
        f"hls_config {where}: layer {weight.name}'s ParallelizationFactor {factor!r} {what}; give one of "
        f"{', '.join(map(str, divisors))}"
    )


def _precisions(
    hls: _Lookup, layer: ConfigLayer, chain: Sequence[Link], auto_results: Mapping[str, str], io_type: str
) -> Precisions:
    name, default = layer.weight.hls_layer, _default_precision(hls)
    prefix = "recurrent_" if layer.weight.part == "recurrent_kernel" else ""
    weight = layer.weight_quantizer or _concrete(
        hls.precision(name, layer.class_name, f"{prefix}weight"), default
    )
    result_of = partial(_result, hls)
    inferred_from = chain_input_type(chain, result_of, default, auto_results)
    data = chain_read_type(chain, result_of, default, auto_results, io_type)
    if not layer.has_bias:
        bias = NO_BIAS
    else:
        bias = layer.bias_quantizer or _concrete(
            hls.precision(name, layer.class_name, f"{prefix}bias"), default
        )
    accum, where = hls.precision(name, layer.class_name, "accum")
    if layer.weight.part:  # hls4ml's `_infer_rnn_precision` infers the weights only: the rest is the default
        accum = _concrete((accum, where), default)
    accum = "auto" if accum in (None, "auto") else _checked(accum, where)
    return Precisions(
        weight=weight,
        data=data,
        input=None,
        accum=uninferred_accum(accum, layer.weight_product, default),
        product=layer.weight_product,
        bias=bias,
        maximum=_maximum_precision(hls),
        inferred_from=None if data == inferred_from else inferred_from,
    )


def _result(hls: _Lookup, link: Link) -> str | None:
    """The result type the config gives `link` (LayerName, LayerType, Model default), None when `auto`. A
    config without per-layer entries types every layer in the Model default, a QActivation too."""
    value, where = hls.precision(link.name, link.class_name, "result")
    return None if value in (None, "auto") else _checked(value, where)


def _pipeline_style(hls: _Lookup) -> str:
    """The PipelineStyle hls4ml 1.3's `SetPipelineStyle` gives the top beside what the weight layers decide
    (`glue.design_schedule`): the config's Model `PipelineStyle` ("pipeline" or "dataflow"), else "dataflow"
    under a Model Strategy Resource (which every layer without its own strategy takes, the model input too),
    else "auto"."""
    style = str(hls.model.get("PipelineStyle") or "auto").lower()
    if style in ("pipeline", "dataflow"):
        return style
    return "dataflow" if str(hls.model.get("Strategy") or "").lower() == "resource" else "auto"


def _scale_and_bias(hls: _Lookup, default: str, link: Link) -> tuple[str, str]:
    """A BatchNormalization's scale and bias types: the config's (`auto` the Model default, as hls4ml's
    `_infer_bn_precision` gives them; a QBatchNormalization's quantizers type neither)."""
    name, class_name = link.name, link.class_name
    scale, bias = (_concrete(hls.precision(name, class_name, var), default) for var in ("scale", "bias"))
    return scale, bias


def _weight_and_bias(hls: _Lookup, default: str, link: Link) -> tuple[str, str]:
    """A depthwise convolution's weight and bias types: its QKeras quantizers' (hls4ml takes a quantizer's
    type whatever the configuration says), else the config's (`auto`: the Model default); `NO_BIAS` without
    a bias."""
    name, class_name = link.name, link.class_name
    weight = link.weight_quantizer or _concrete(hls.precision(name, class_name, "weight"), default)
    if not link.has_bias:
        return weight, NO_BIAS
    return weight, link.bias_quantizer or _concrete(hls.precision(name, class_name, "bias"), default)


def _pooling_types(hls: _Lookup, default: str, link: Link, reads: str) -> tuple[str, str]:
    """An average pooling's result and accumulator types, given the type hls4ml infers them from (`reads`,
    `chain_input_type`): the config's; `auto` a global pooling's the Model default (hls4ml 1.3 has no rule for
    GlobalPooling1D/2D), an AveragePooling1D/2D's result `reads` and its accumulator hls4ml's
    (`_infer_pooling_precision`: `inferred_average_accum_type`)."""
    result, accum = (hls.precision(link.name, link.class_name, var) for var in ("result", "accum"))
    if link.class_name not in _POOLING_CLASSES:
        return _concrete(result, default), _concrete(accum, default)
    inferred = str(inferred_average_accum_type(parse_precision(reads), link.averages))
    return _concrete(result, reads), _concrete(accum, inferred)


def _default_precision(hls: _Lookup) -> str:
    given = hls.model.get("Precision")
    value = given.get("default") if isinstance(given, Mapping) else given
    if value is None:
        raise ValueError(
            "hls_config: no Model.Precision (hls4ml needs a default precision, e.g. 'fixed<16,6>')"
        )
    return _checked(str(value), "Model.Precision")


def _maximum_precision(hls: _Lookup) -> str | None:
    """hls4ml's Model `Precision: maximum` (caps an `auto` accumulator), None when not given."""
    given = hls.model.get("Precision")
    value = given.get("maximum") if isinstance(given, Mapping) else None
    return None if value is None else _checked(str(value), "Model.Precision.maximum")


def _concrete(found: tuple[str | None, str], default: str) -> str:
    value, where = found
    return default if value in (None, "auto") else _checked(value, where)


def _checked(value: str, where: str) -> str:
    try:
        parse_precision(value)
    except ValueError as error:
        raise ValueError(f"hls_config {where}: {error}") from None
    return value
