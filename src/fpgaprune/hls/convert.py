"""The hls4ml project of a model: configuration, conversion and the precisions it uses.

Precision policy (docs/hls.md explains the measurements behind it):
- QKeras layers keep the types of their quantizers; their accumulators and pre-activation results
  are left to hls4ml's exact inference ("auto"), so a QKeras model's logits are bit-exact when
  the inputs are representable in `precision`. A `quantized_bits` QActivation after such a result, which
  hls4ml would remove (its MergeLinearActivation pass), is kept by giving the layer that computes its input
  and the `<layer>_linear` activation between its quantizer's type (`models.user.kept_quantizers`).
- Float layers: weights, biases, results and activations in `precision`; accumulators in
  `accum_precision` ("auto" = wide enough that the sum is exact, as hls4ml infers it). Weights
  and biases round to nearest instead of truncating (`rounded`), a QKeras layer's without a quantizer and
  a batch normalisation's scale too (`_round_float_parameters`).
- Layers that only move or select values (Flatten, Reshape, max pooling, zero padding) keep hls4ml's `auto`:
  their result is their input's type, so a weight layer after them reads what came before (`_keeps_auto`).
- The inputs: `input_precision` (default `precision`), rounding to nearest.
- The softmax: hls4ml's stable softmax indexes its exp table with the top bits of
  `x_max - x` in the type of its input. With a wide logit type (an exact accumulator, or 18 bits
  with 8 integer bits) those top bits are mostly zero and the outputs become near-uniform, so the
  table input, the tables and the sum get explicit types sized to the softmax's real range.
"""

import logging
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from math import ceil, log2
from pathlib import Path

from fpgaprune.compat import keras

import hls4ml
import numpy as np
import qkeras

from fpgaprune.config import HlsSettings, LayerHls
from fpgaprune.core.design import DEFAULT_BACKEND, implemented_strategy, rounded
from fpgaprune.core.hardware.glue import bram18_blocks
from fpgaprune.core.hardware.precision import parse_precision
from fpgaprune.core.hardware.project import clock_uncertainty
from fpgaprune.core.hls_config import check_layer_entries, check_layer_type_entries, hls_settings
from fpgaprune.hls.quiet import quietly

log = logging.getLogger(__name__)

INPUT_NAME = "model_input"  # hls4ml reserves the layer name "input"
LOGITS_LAYER = "output"
PROJECT_NAME = "myproject"
HLS4ML_STRATEGIES = {"latency": "Latency", "resource": "Resource", "resource_unrolled": "Resource_Unrolled"}
SOFTMAX_TABLE_BITS = 12  # 4096-entry tables; x_max - x is resolved to 1/256 over [0, 16)
_QUANTIZED_LAYERS = (qkeras.QDense, qkeras.QConv2D, qkeras.QConv1D, qkeras.QActivation)


def check_convertible(model: keras.Model, classifier: bool = True) -> None:
    """Raise one line unless `model`'s last weight layer gives logits to a separate softmax (a regression's:
    its outputs, linear or to a separate activation layer, which the C simulation compares). Its layers are
    checked first (`models.user.check_supported`): a model calling a submodel twice (the public ECON-T
    pair estimator) ended `optimize --hls` in an IndexError."""
    from fpgaprune.models.user import check_supported, logits_layer

    check_supported(model, classifier=False)  # its layers; a classifier's softmax is the task's to check
    check_cpp_names(model)
    logits = model.get_layer(logits_layer(model))
    activation = getattr(getattr(logits, "activation", None), "__name__", "linear")
    if activation != "linear":
        after = "softmax" if classifier else activation
        raise ValueError(
            f"layer {logits.name} applies its activation itself; for the hls4ml design fpgaprune needs "
            f"its {'logits' if classifier else 'linear outputs'}: give it no activation and add "
            f"Activation({after!r}) after it"
        )
    prepare_model(model, logits.name)


def check_cpp_names(model: keras.Model) -> None:
    """One line naming every layer whose name is no C++ identifier (`Dense-1`, `dense.2`): hls4ml writes each
    layer's types and variables under its name (`Dense-1_result_t`), which g++ rejects, and `fpgaprune
    estimate` cannot read such a project's layers. An input's name is `hls_input_names`' to give."""
    bad = [
        layer.name
        for layer in model.layers
        if type(layer).__name__ != "InputLayer"
        and not re.fullmatch(r"[A-Za-z_]\w*", layer.name, flags=re.ASCII)
    ]
    if bad:
        example = re.sub(r"\W", "_", bad[0], flags=re.ASCII)
        raise ValueError(
            f"layer names {', '.join(bad)} are not C++ identifiers, which hls4ml writes each layer's types "
            f"and variables under ({bad[0]}_result_t): rename them (letters, digits and _, not a digit "
            f"first), e.g. {example}"
        )


def hls_input_names(model: keras.Model) -> dict[str, str]:
    """Each model input's name in the model `prepare_model` gives hls4ml, by its name in `model`: one input is
    `INPUT_NAME`, each of several `INPUT_NAME` + "_" + its name made a C++ identifier (a second one alike gets
    its position too). hls4ml names the top function's arguments by them, reserves "input", and would write an
    input named `tracks-pt`, `w2` or `layer2_out` as an argument g++ rejects or one of its own variables."""
    if len(model.inputs) == 1:
        return {model.input_names[0]: INPUT_NAME}
    names: dict[str, str] = {}
    for position, name in enumerate(model.input_names, start=1):
        converted = INPUT_NAME + "_" + re.sub(r"\W", "_", name, flags=re.ASCII)
        names[name] = converted if converted not in names.values() else f"{converted}_{position}"
    return names


def prepare_model(model: keras.Model, logits_name: str = LOGITS_LAYER) -> tuple[keras.Model, keras.Model]:
    """The same layers behind inputs hls4ml accepts (`hls_input_names`), and the model that stops at the
    logits.

    Args:
        model: layers ending in "output" (logits) and a separate softmax (the zoo's form), its last layer the
            output; joins of two branches (`models.user.MERGE_LAYERS`) read the same layers as in `model`.

    Returns:
        (model for hls4ml, logits model); both share the layers (and weights) of `model`.

    Raises:
        ValueError: the model has no layer named "output".
    """
    from fpgaprune.models.user import retraced

    names = hls_input_names(model).values()
    inputs = [keras.Input(shape=tensor.shape[1:], name=name) for tensor, name in zip(model.inputs, names)]
    inputs = inputs[0] if len(inputs) == 1 else inputs
    tensors = retraced(model, inputs)
    if logits_name is None:  # a model of several outputs, compared on them (`build_user_design`)
        from fpgaprune.models.user import output_names

        converted = keras.Model(inputs, [tensors[name] for name in output_names(model)], name=model.name)
        return converted, converted
    if logits_name not in tensors:
        raise ValueError(f"model {model.name} has no layer named {logits_name!r} (the logits)")
    outputs = tensors[model.layers[-1].name]
    logits = keras.Model(inputs, tensors[logits_name], name=f"{model.name}_logits")
    return keras.Model(inputs, outputs, name=model.name), logits


def layer_strategies(
    model: keras.Model, reuse: dict[str, LayerHls], io_type: str, pruned: bool, backend: str = DEFAULT_BACKEND
) -> dict[str, tuple[int, str]]:
    """Reuse factor and hls4ml strategy name of every weight layer.

    Args:
        model: the Keras model.
        reuse: layer name -> configured reuse factor and strategy (`ReuseSetting.resolve`).
        io_type: io_parallel or io_stream.
        pruned: a pruned design (its Resource layers become Resource_Unrolled, see `fpgaprune.core.design`;
            not a layer of binary weights, `core.design.unrolls`).
        backend: the hls4ml backend (`core.hardware.layer.runs_unrolled_kernel`).
    """
    from fpgaprune.core.design import XNOR_PRODUCT
    from fpgaprune.models.user import keras_layer_of, kernel_product, weight_holder

    missing = sorted(set(reuse) - {layer.name for layer in model.layers} - _recurrent_products(model))
    if missing:
        raise ValueError(f"reuse factors name layers the model does not have: {', '.join(missing)}")
    strategies = {}
    for name, setting in reuse.items():
        layer, part = keras_layer_of(model, name)
        n_weights = int(weight_holder(model, name).kernel.shape.num_elements())
        binary = kernel_product(getattr(layer, "kernel_quantizer_internal", None)) == XNOR_PRODUCT
        kind, built_as = ("dense", "io_parallel") if part else (_kind(layer), io_type)
        strategy = implemented_strategy(setting, kind, built_as, pruned and not binary, backend, n_weights)
        strategies[name] = (setting.reuse_factor, HLS4ML_STRATEGIES[strategy])
    return by_hls4ml_layer(model, strategies)


def by_hls4ml_layer(model: keras.Model, strategies: Mapping[str, tuple]) -> dict[str, tuple]:
    """`strategies` (reuse factor, hls4ml strategy) by weight layer, keyed by the hls4ml layer whose entry
    sets them: a GRU's or LSTM's kernel's under the layer's name; its recurrent kernel's hls4ml derives from
    that entry (`core.hls_config._recurrent_reuse_factor`), so it is not written."""
    from fpgaprune.models.user import keras_layer_of

    by_layer = {}
    for name, setting in strategies.items():
        layer, part = keras_layer_of(model, name)
        if part != "recurrent_kernel":
            by_layer[layer.name] = setting
    return by_layer


def _recurrent_products(model: keras.Model) -> set[str]:
    """The weight layer names of the model's GRU and LSTM products (`<layer>.kernel`, ...)."""
    from fpgaprune.models.user import weight_layers

    return {layer.name for layer in weight_layers(model) if layer.part}


def _kind(layer) -> str:
    """The weight layer's kind as `core.hardware.layer` names it (QConv1D/QConv2D subclass Conv1D/Conv2D)."""
    if isinstance(layer, keras.layers.Conv2D):
        return "conv2d"
    return "conv1d" if isinstance(layer, keras.layers.Conv1D) else "dense"


def rolled_strategies(strategies: dict[str, tuple[int, str]]) -> dict[str, tuple[int, str]] | None:
    """`strategies` with Resource in place of Resource_Unrolled; None when no layer is Resource_Unrolled."""
    unrolled, rolled = HLS4ML_STRATEGIES["resource_unrolled"], HLS4ML_STRATEGIES["resource"]
    if unrolled not in {strategy for _, strategy in strategies.values()}:
        return None
    return {name: (rf, rolled if s == unrolled else s) for name, (rf, s) in strategies.items()}


def hls4ml_config(
    model: keras.Model,
    settings: HlsSettings,
    strategies: dict[str, tuple[int, str]],
    logits_name: str = LOGITS_LAYER,
    parallelization: Mapping[str, int] | None = None,
) -> dict:
    """hls4ml's per-layer configuration with our reuse factors, strategies and precisions.

    Args:
        model: the model from `prepare_model`.
        settings: the experiment's hls settings.
        strategies: from `layer_strategies`.
        logits_name: the layer whose output (the logits) is traced: "output" in the zoo, a model file's
            last weight layer.
        parallelization: layer name -> ParallelizationFactor of io_parallel convolutions (default 1).
    """
    from fpgaprune.models.user import kept_quantizers, layer_or_none

    config = quietly(
        hls4ml.utils.config_from_keras_model,
        model,
        granularity="name",
        backend=settings.backend,
        default_precision=settings.precision,
    )
    layers = config["LayerName"]
    for name, spec in layers.items():
        spec["Trace"] = name == logits_name
        keras_layer = layer_or_none(model, name)
        if keras_layer is not None:
            _round_float_parameters(spec, settings, _float_constants(keras_layer))
        if keras_layer is not None and not _keeps_auto(keras_layer):
            _set_float_precisions(spec, settings)
        if keras_layer is not None and keras_layer.get_config().get("activation") == "softmax":
            spec.update(softmax_settings(keras_layer.output_shape[-1]))
    input_type = rounded(settings.input_precision or settings.precision)
    for name in model.input_names:
        layers[name].setdefault("Precision", {})["result"] = input_type
    for name, quantizer in kept_quantizers(model, settings).items():
        layers[name].setdefault("Precision", {})["result"] = quantizer
    if settings.accum_precision != "auto":
        for name in strategies:
            layers[name]["Precision"]["accum"] = settings.accum_precision
    for name, (reuse_factor, strategy) in strategies.items():
        layers[name].update(ReuseFactor=reuse_factor, Strategy=strategy)
    for name, factor in (parallelization or {}).items():
        layers[name]["ParallelizationFactor"] = factor
    return config


def softmax_settings(n_classes: int) -> dict:
    """Types of hls4ml's stable softmax sized to its real ranges (see the module docstring).

    x_max - x lies in [0, inf) and exp(-16) is below the table's resolution, so [0, 16) is enough;
    the sum of exponentials lies in [1, n_classes].
    """
    sum_int = ceil(log2(n_classes + 1))
    return {
        "TableSize": 2**SOFTMAX_TABLE_BITS,
        "inp_norm_t": f"ufixed<{SOFTMAX_TABLE_BITS},4,RND,SAT>",
        "exp_table_t": "ufixed<18,1,RND,SAT>",
        "inv_inp_t": f"ufixed<{SOFTMAX_TABLE_BITS},{sum_int},RND,SAT>",
        "inv_table_t": "ufixed<18,1,RND,SAT>",
        "Precision": {
            "accum": f"ufixed<{17 + sum_int},{sum_int},RND,SAT>",
            "result": "ufixed<16,0,RND,SAT>",
            "exp_table": "ufixed<18,1,RND,SAT>",
            "inv_table": "ufixed<18,1,RND,SAT>",
            "inv_inp": f"ufixed<{SOFTMAX_TABLE_BITS},{sum_int},RND,SAT>",
        },
    }


def write_project(
    model: keras.Model,
    settings: HlsSettings,
    strategies: dict[str, tuple[int, str]],
    output_dir: Path,
    logits_name: str = LOGITS_LAYER,
    parallelization: Mapping[str, int] | None = None,
):
    """Convert `model` (from `prepare_model`) and write the hls4ml project to `output_dir`.

    Returns:
        hls4ml's ModelGraph.
    """
    config = hls4ml_config(model, settings, strategies, logits_name, parallelization)
    return convert_with_config(model, config, settings, strategies, output_dir)


def relocate_project_config(project: Path, final: Path) -> None:
    """Point the project's hls4ml_config.yml (`OutputDir`, `KerasModel`) at `final`, where the project is
    renamed to when complete: it named the temporary folder it was written in, so that hls4ml's
    `convert_from_config` of the delivered project failed (a review, 2026-12-07)."""
    config = project / "hls4ml_config.yml"
    if config.is_file():
        config.write_text(config.read_text().replace(str(project), str(final)))


def user_config(
    model: keras.Model,
    hls_config: dict,
    input_names: Mapping[str, str],
    strategies: dict[str, tuple[int, str]],
    logits_name: str,
    parallelization: Mapping[str, int] | None = None,
) -> dict:
    """The user's hls4ml configuration for `model` (from `prepare_model`) with the pruned design's strategies.

    Only what pruning decides changes: each weight layer's ReuseFactor and Strategy (Resource becomes
    Resource_Unrolled, see `fpgaprune.core.design`) and each convolution's ParallelizationFactor, the
    design's (`parallelization`: the configured one, or the one knapsack_rf chose;
    `design_parallelization`), the logits are traced, each input layer's entry follows its name in `model`
    (`input_names`: the user's model's `hls_input_names`), and a
    softmax whose tables the user left unset gets tables sized to its range. A depthwise layer a
    BatchNormalization reads gets the Model default as its result when the configuration leaves it `auto`,
    which keeps hls4ml 1.3 from fusing the normalisation into it wrongly (`models.user.unfused_depthwise`, as
    the prune side reads the configuration).
    """
    config = converted_config(model, hls_config, input_names)
    names = config.setdefault("LayerName", {})
    for name, (reuse_factor, strategy) in strategies.items():
        names.setdefault(name, {}).update(ReuseFactor=reuse_factor, Strategy=strategy)
    for name, factor in design_parallelization(model, parallelization).items():
        names.setdefault(name, {})["ParallelizationFactor"] = factor
    if logits_name is not None:  # a model of several outputs is compared on its outputs, none traced
        names.setdefault(logits_name, {})["Trace"] = True
    for layer in _resized_softmaxes(model, names):
        names.setdefault(layer.name, {}).update(softmax_settings(layer.output_shape[-1]))
    return config


def converted_config(
    model: keras.Model, hls_config: Mapping, input_names: Mapping[str, str] | None = None
) -> dict:
    """The per-layer part of the user's hls4ml configuration (its `HLSConfig`, or the whole when it has none)
    as fpgaprune gives it to hls4ml: a copy, with the fix of `models.user.unfused_depthwise`, and each input
    layer's entry under its name in the converted model (`input_names`: the user's name -> the converted one,
    `hls_input_names`)."""
    from fpgaprune.models.user import unfused_depthwise

    config = unfused_depthwise(model, dict(hls_config.get("HLSConfig", hls_config)))[0]
    names = config.get("LayerName") or {}
    for given, converted in (input_names or {}).items():
        # hls4ml matches LayerName entries without case (`Tracks` configures an input named `tracks`)
        entry = next((key for key in names if str(key).lower() == given.lower()), None)
        if entry is not None and entry != converted:
            names[converted] = names.pop(entry)
    return config


def design_parallelization(model: keras.Model, parallelization: Mapping[str, int] | None) -> dict[str, int]:
    """Every convolution's ParallelizationFactor in the design (`parallelization`, which holds those above 1;
    a Dense over a multidimensional input is one, `models.user.weight_layers`), to be written in its own
    `LayerName` entry: hls4ml 1.3 takes a `Model` factor only for a layer the configuration has no entry for,
    so the entry `user_config` adds would otherwise hide it, and a factor knapsack_rf lowered to 1 would
    leave the configured one in place."""
    from fpgaprune.models.user import weight_layers

    factors = parallelization or {}
    return {layer.name: factors.get(layer.name, 1) for layer in weight_layers(model) if layer.is_conv}


# hls4ml 1.3's `config_from_keras_model` defaults for a softmax's tables, which `user_config` replaces
_DEFAULT_TABLE_SIZE = 1024
_DEFAULT_TABLE_TYPE = "fixed<18,8,RND,SAT,0>"


def _resized_softmaxes(model: keras.Model, names: Mapping) -> list:
    """The softmax layers whose tables `user_config` sizes to their range: every one whose `LayerName` entry
    gives hls4ml 1.3's defaults or nothing (`config_from_keras_model` writes TableSize 1024 and
    `fixed<18,8,RND,SAT>` tables); tables the user chose are kept: an `exp_table_t` or `inv_table_t` entry, or
    another table size or Precision exp_table/inv_table (until 2026-12-05 only `exp_table_t` was seen, and a
    configuration's own Precision tables were replaced)."""
    return [
        layer
        for layer in model.layers
        if layer.get_config().get("activation") == "softmax"
        and not _chosen_tables(names.get(layer.name) or {})
    ]


def _chosen_tables(entry: Mapping) -> bool:
    """Whether a softmax's `LayerName` entry sets its tables otherwise than hls4ml 1.3's defaults."""
    if "exp_table_t" in entry or "inv_table_t" in entry:
        return True
    if str(entry.get("TableSize", _DEFAULT_TABLE_SIZE)) != str(_DEFAULT_TABLE_SIZE):
        return True
    precision = entry.get("Precision") if isinstance(entry.get("Precision"), Mapping) else {}
    return any(
        key in precision and not _is_default_table(precision[key]) for key in ("exp_table", "inv_table")
    )


def _is_default_table(given) -> bool:
    try:
        return parse_precision(str(given)) == parse_precision(_DEFAULT_TABLE_TYPE)
    except ValueError:  # not a type fpgaprune reads: the user's, for hls4ml to judge
        return False


def softmax_table_lines(model: keras.Model, hls_config: Mapping) -> list[str]:
    """One line per softmax whose tables the written project sizes to its range instead of the configuration's
    (`user_config`), saying what the configuration had and how to keep it: hls4ml's defaults (1024 entries,
    `fixed<18,8>`) gave a QKeras CNN's C simulation 86 % argmax agreement with Keras on 300 images, the sized
    tables 100 %, at an estimated 24 BRAM_18K more on xc7z020 (io_stream); until 2026-12-04 nothing said
    so."""
    names = dict(hls_config.get("HLSConfig", hls_config)).get("LayerName") or {}
    lines = []
    for layer in _resized_softmaxes(model, names):
        entry = names.get(layer.name) or {}
        precision = entry.get("Precision") if isinstance(entry.get("Precision"), Mapping) else {}
        given = [f"TableSize {entry['TableSize']}"] if "TableSize" in entry else []
        given += [f"exp_table {precision['exp_table']}"] if "exp_table" in precision else []
        size, configured = 2**SOFTMAX_TABLE_BITS, _configured_table_bits(entry, precision)
        lines.append(
            f"softmax {layer.name}: the hls4ml project gets tables sized to its range ({size} "
            f"entries, ufixed<18,1>) in place of the configuration's ({', '.join(given) or 'none given'}), "
            f"{bram18_blocks(size, 18)} BRAM_18K a table copy against {bram18_blocks(*configured)} "
            "(estimate; `fpgaprune estimate` of the project counts the copies): "
            "hls4ml's default tables put the C simulation's argmax off Keras's on some samples; to keep "
            "them, give its LayerName entry exp_table_t and inv_table_t (tables of your own, other types or "
            f"another TableSize, are kept){_misplaced_tables(layer.name, names)}"
        )
    return lines


def _misplaced_tables(softmax: str, names: Mapping) -> str:
    """What a softmax split off a weight layer (`<layer>_softmax`, as hls4ml names it) has on that layer's
    own `LayerName` entry, which hls4ml does not read for the softmax: a RadioML CNN's script set its tables
    on the Dense's entry, and the line said "none given" (2026-12-06)."""
    owner = names.get(softmax.removesuffix("_softmax")) if softmax.endswith("_softmax") else None
    keys = [key for key in ("exp_table_t", "inv_table_t", "TableSize") if key in (owner or {})]
    if not keys:
        return ""
    return (
        f"; LayerName {softmax.removesuffix('_softmax')} (the layer whose softmax it is) gives "
        f"{', '.join(keys)}, which hls4ml reads for the softmax only on LayerName {softmax}"
    )


def _configured_table_bits(entry: Mapping, precision: Mapping) -> tuple[int, int]:
    """(entries, bits) of the exp table a softmax's configuration entry gives (hls4ml 1.3's 1024 and
    `fixed<18,8>` where it gives none, or a type fpgaprune does not read)."""
    try:
        width = parse_precision(str(precision.get("exp_table", _DEFAULT_TABLE_TYPE))).width
    except ValueError:
        width = parse_precision(_DEFAULT_TABLE_TYPE).width
    return int(entry.get("TableSize", 1024)), width


def write_user_project(
    model: keras.Model,
    hls_config: dict,
    input_names: Mapping[str, str],
    settings: HlsSettings,
    strategies: dict[str, tuple[int, str]],
    output_dir: Path,
    logits_name: str,
    parallelization: Mapping[str, int] | None = None,
):
    """`write_project` with the user's hls4ml configuration (`user_config`) in place of the pipeline's: the
    project of `fpgaprune optimize --hls` and of a pipeline experiment's `model.hls_config`.

    Returns:
        hls4ml's ModelGraph.
    """
    config = user_config(model, hls_config, input_names, strategies, logits_name, parallelization)
    return convert_with_config(model, config, settings, strategies, output_dir)


def convert_with_config(
    model: keras.Model,
    config: dict,
    settings: HlsSettings,
    strategies: dict[str, tuple[int, str]],
    output_dir: Path,
):
    """Convert `model` with hls4ml's `config`, write the project to `output_dir`; returns the ModelGraph."""
    hls_model = model_graph(model, config, settings, output_dir)
    quietly(hls_model.write)
    _warn_on_changed_reuse(hls_model, strategies)
    return hls_model


def write_configured_project(
    model: keras.Model,
    hls_config: Mapping,
    output_dir: Path,
    part: str | None = None,
    clock_period: float | None = None,
) -> HlsSettings:
    """Write `model`'s hls4ml project to `output_dir` with the user's configuration as it stands (`fpgaprune
    estimate --model`: what hls4ml's own convert and write give, but for the fixes `converted_config` and
    `quantized_for_hls4ml` make and the inputs' names, `hls_input_names`, which hls4ml may refuse or write
    as C++ it cannot compile). The configuration's IOType, Backend, Part, ClockPeriod and ClockUncertainty
    decide the project, the pipeline's defaults (`config.load.hls_defaults`: Vitis, xcu250-figd2104-2L-e,
    5 ns; hls4ml's own convert would take Vivado and xcvu13p-flga2577-2-e) what it leaves out; `part` and
    `clock_period` (`--part`, `--clock`) override both. Returns the settings written.

    Raises:
        ValueError: one line for a configuration with a problem (`core.hls_config.hls_settings`) or a model
            hls4ml cannot convert.
    """
    hls_model, _, _, settings = configured_model_graph(model, hls_config, output_dir, part, clock_period)
    try:
        quietly(hls_model.write)
    except Exception as error:  # noqa: BLE001 (hls4ml raises bare Exception for a layer it does not convert)
        raise ValueError(
            f"hls4ml cannot write the model's project ({type(error).__name__}: {error})"
        ) from None
    return settings


def configured_model_graph(
    model: keras.Model,
    hls_config: Mapping,
    output_dir: Path,
    part: str | None = None,
    clock_period: float | None = None,
) -> tuple:
    """(hls4ml's ModelGraph, the model it converted, `hls_input_names`, the settings) of `model` with the
    user's configuration as it stands (`write_configured_project`'s, which writes it); nothing is written.

    Raises:
        ValueError: as `write_configured_project`.
    """
    from fpgaprune.config.load import hls_defaults

    given = {"part": part, "clock_period": clock_period}
    settings = HlsSettings(
        **(hls_defaults() | hls_settings(hls_config) | {k: v for k, v in given.items() if v is not None})
    )
    clock_uncertainty(settings.clock_uncertainty, settings.clock_period)  # at the period written, before it
    from fpgaprune.models.user import (
        check_kernel_quantizers,
        hls4ml_classes,
        hls4ml_layer_names,
        split_activation_names,
    )

    check_cpp_names(model)
    check_kernel_quantizers(model)  # a power-of-two kernel: one line naming it, not hls4ml's AttributeError
    # a Sequential's input layer too, which its `layers` omit (refused until 2026-12-07, a review)
    entries = hls_config.get("HLSConfig", hls_config)
    check_layer_entries(entries, hls4ml_layer_names(model), split_activation_names(model))
    check_layer_type_entries(entries, hls4ml_classes())
    try:
        converted, names = with_hls_input_names(model)
        config = converted_config(converted, hls_config, names)
        hls_model = model_graph(converted, config, settings, output_dir)
    except Exception as error:  # noqa: BLE001 (hls4ml raises bare Exception for a layer it does not convert)
        raise ValueError(
            f"hls4ml cannot write the model's project ({type(error).__name__}: {error})"
        ) from None
    return hls_model, converted, names, settings


def with_hls_input_names(model: keras.Model) -> tuple[keras.Model, dict[str, str]]:
    """(`model` behind inputs named as hls4ml takes them, `hls_input_names`: the user's name -> the converted
    one); a model `prepare_model` cannot call again (a TFOpLambda's positional arguments) as it is, so that
    hls4ml says what it does not convert."""
    try:
        return prepare_model(model, None)[0], hls_input_names(model)
    except (TypeError, ValueError):
        return model, {}


def project_settings_line(
    hls_config: Mapping, settings: HlsSettings, part: str | None = None, clock_period: float | None = None
) -> str:
    """What a project `write_configured_project` wrote is for, naming the settings the configuration left to
    fpgaprune's defaults (which differ from hls4ml's own convert defaults, Vivado on xcvu13p-flga2577-2-e),
    e.g. "Vitis backend, io_parallel, xcu250-figd2104-2L-e, 5 ns; fpgaprune's default Backend, Part,
    ClockPeriod"."""
    given = {"Backend": None, "Part": part, "ClockPeriod": clock_period}
    defaults = [key for key, option in given.items() if key not in hls_config and option is None]
    given_margin = settings.clock_uncertainty
    unit = "" if given_margin is None or str(given_margin).endswith("%") else " ns"
    margin = [] if given_margin is None else [f"uncertainty {given_margin}{unit}"]
    clock = f"{settings.clock_period:g} ns"
    described = [f"{settings.backend} backend", settings.io_type, settings.part, clock]
    defaulted = f"; fpgaprune's default {', '.join(defaults)}" if defaults else ""
    return ", ".join(described + margin) + defaulted


def model_graph(model: keras.Model, config: dict, settings: HlsSettings, output_dir: Path):
    """hls4ml's ModelGraph of `model` with `config` (its types inferred), to be written to `output_dir`;
    nothing is written yet. A QKeras Dense over a multidimensional input and a QBatchNormalization are
    converted with their quantised weights (`quantized_for_hls4ml`)."""
    with quantized_for_hls4ml(model):
        return quietly(
            hls4ml.converters.convert_from_keras_model,
            model,
            hls_config=config,
            output_dir=str(output_dir),
            project_name=PROJECT_NAME,
            backend=settings.backend,
            io_type=settings.io_type,
            part=settings.part,
            clock_period=settings.clock_period,
            **_clock_uncertainty(settings),
        )


def _clock_uncertainty(settings: HlsSettings) -> dict:
    """hls4ml's `clock_uncertainty` argument when the configuration gives one; none otherwise, so that hls4ml
    writes its backend's default (Vivado 12.5 %, Vitis 27 %)."""
    given = settings.clock_uncertainty
    return {} if given is None else {"clock_uncertainty": str(given)}


@contextmanager
def quantized_for_hls4ml(model: keras.Model) -> Iterator[None]:
    """Layers whose quantizers hls4ml 1.3 does not apply hold their quantised weights while hls4ml converts
    `model`, then their own again (Keras computes the same: QKeras quantises in its forward pass, and its
    quantizers leave quantised values as they are):

    * a QKeras Dense over a multidimensional input: hls4ml replaces it with a convolution of kernel size 1
      (`ReplaceMultidimensionalDenseWithConv`) and passes on its float weights without their quantizers. A
      QKeras Deep Sets tagger's per-particle weights were written in their `fixed<8,1>` type unquantised, a
      weight of 1.0 stored as -1, and its C simulation lost 26 to 30 points (JetID-L1's QDeepSets,
      2026-12-05);
    * a QBatchNormalization: hls4ml computes its scale and bias from the unquantised gamma, beta, mean and
      variance, QKeras normalises with the quantised ones (`build.batchnorm_parameters`; its defaults are
      power-of-two quantizers). A QKeras ResNet-style CNN simulated 14 points below Keras so (2026-12-04).
    """
    kept = {}
    for layer in model.layers:
        quantized = _quantized_weights(layer)
        if quantized is None:
            continue
        kept[layer] = layer.get_weights()
        layer.set_weights(quantized)
    try:
        yield
    finally:
        for layer, weights in kept.items():
            layer.set_weights(weights)


def _quantized_weights(layer) -> list[np.ndarray] | None:
    """The weights `quantized_for_hls4ml` gives `layer` while hls4ml converts it, in its weight order; None
    for a layer hls4ml quantises itself (or without quantizers)."""
    from fpgaprune.models.build import batchnorm_parameters
    from fpgaprune.models.user import is_pointwise_dense

    if is_pointwise_dense(layer) and getattr(layer, "kernel_quantizer_internal", None) is not None:
        quantized = [np.asarray(layer.kernel_quantizer_internal(layer.kernel))]
        if layer.use_bias:
            bias_quantizer = getattr(layer, "bias_quantizer_internal", None)
            quantized.append(np.asarray(bias_quantizer(layer.bias) if bias_quantizer else layer.bias))
        return quantized
    if type(layer).__name__ == "QBatchNormalization":
        return list(batchnorm_parameters(layer).values())
    return None


def quantized_weights_line(model: keras.Model) -> str | None:
    """A line naming the layers `quantized_for_hls4ml` writes with their QKeras-quantised weights (so a
    project hls4ml writes of the model by itself differs from fpgaprune's), or None."""
    names = [layer.name for layer in model.layers if _quantized_weights(layer) is not None]
    if not names:
        return None
    return (
        f"{', '.join(names)}: written with the weights QKeras computes with (quantised), where hls4ml 1.3 "
        "alone passes them on unquantised (a QBatchNormalization's scale and bias from the float gamma, "
        "beta, mean and variance; a QKeras Dense over a multidimensional input's float kernel): a project "
        "you write with hls4ml yourself differs from this one there, in its numbers and its agreement with "
        "Keras"
    )


def _keeps_auto(layer) -> bool:
    """Whether the pipeline leaves a layer's `auto` types to hls4ml: QKeras layers (exact inference), and
    layers that only move or select values (`fpgaprune.models.user.PASSED_ON`: Flatten, Reshape, max
    pooling), whose `auto` result (and a max pooling's `auto` accumulator, the type it compares in) hls4ml
    makes their input's type (`InferPrecisionTypes._infer_output_matching_precision`,
    `_infer_pooling_precision`): the next layer reads a quantized ReLU's ufixed<b,i>, not `precision`.
    Average and global poolings compute, so their results stay in `precision` (hls4ml's `auto` would give an
    average its input's type, dropping the fraction bits the division adds)."""
    from fpgaprune.models.user import PASSED_ON

    return isinstance(layer, _QUANTIZED_LAYERS) or type(layer).__name__ in PASSED_ON


FLOAT_PARAMETERS = ("weight", "bias", "scale")  # hls4ml's config keys of a layer's constants
# a Keras LeakyReLU's or ELU's alpha, a PReLU's alphas (a QActivation's leaky slope keeps hls4ml's `auto`)
ALPHA_PARAMETER = "param"


def _float_constants(layer) -> tuple[str, ...]:
    """The config keys of `layer`'s float constants: `FLOAT_PARAMETERS`, and a Keras layer's alphas."""
    return FLOAT_PARAMETERS if isinstance(layer, _QUANTIZED_LAYERS) else (*FLOAT_PARAMETERS, ALPHA_PARAMETER)


def _round_float_parameters(
    spec: dict, settings: HlsSettings, keys: tuple[str, ...] = FLOAT_PARAMETERS
) -> None:
    """Give every constant hls4ml's config leaves `auto` `settings.precision` rounded (`rounded`): a float
    layer's weights and bias, a batch normalisation's scale and bias, a Keras LeakyReLU's, ELU's or PReLU's
    alphas (`param`, in `keys`), and a QKeras layer's without a quantizer
    (`auto` in hls4ml's config, which hls4ml would make the Model default, truncating); a quantizer's type
    stays. The cost model quantizes weights and biases in the same type (`models.user.model_precisions`)."""
    precision = spec.get("Precision")
    if not isinstance(precision, dict):
        return
    for key in keys:
        if precision.get(key) == "auto":
            precision[key] = rounded(settings.precision)


def _set_float_precisions(spec: dict, settings: HlsSettings) -> None:
    """A float layer's other `auto` types: the accumulator `settings.accum_precision`, the rest
    `settings.precision`."""
    precision = spec.get("Precision")
    if not isinstance(precision, dict):
        return
    for key, value in precision.items():
        if value == "auto":
            precision[key] = settings.accum_precision if key == "accum" else settings.precision


def _warn_on_changed_reuse(hls_model, strategies: dict[str, tuple[int, str]]) -> None:
    for layer in hls_model.get_layers():
        if layer.name in strategies and layer.get_attr("reuse_factor") != strategies[layer.name][0]:
            log.warning(
                "hls4ml changed the reuse factor of %s from %d to %d",
                layer.name,
                strategies[layer.name][0],
                layer.get_attr("reuse_factor"),
            )
