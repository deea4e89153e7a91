"""DSP, LUT, FF, latency and II of hls4ml's batch normalisation (`nnet::normalize`), a layer hls4ml keeps when
it cannot fold it into the layer before (e.g. after a quantised Dense or Conv layer).

Every number is an estimate (source "estimate"). Structure from hls4ml's templates (0.6-1.3), the few LUT/FF
constants and the stream tail fitted on the normalize instances of the calibrating held-out sets
(`fit_batchnorm_constants`, `heldout.read_batchnorm_rows`; docs/cost-model-record.md section 2.6):

* io_parallel (`nnet_batchnorm.h`): res[i] = data[i] * scale[i] + bias[i] (scale[i % n_filt] after a
  convolution), pipelined at II = RF with `ALLOCATION mul limit=multiplier_limit` (ceil(n_in / RF)). The
  function is instantiated per layer (`function_instantiate variable=scale,bias`), so every scale is a
  constant HLS simplifies as the Latency Dense kernel's weights (`multipliers`): a zero or a one- or
  two-digit constant (CSD) is a shift or a shift-add, the rest real multipliers, on DSPs or in LUTs by the
  Dense kernel's rule for constant products (`multipliers.constant_dsps_per_product`: for Vivado HLS the
  operand widths its reports give, since branch lutproducts).
* io_stream (`nnet_batchnorm_stream.h`): n_in / size iterations (size values a stream word), pipelined at
  II = n_in / multiplier_limit, each with `size` products data[j] x scale[norm_index]. norm_index = i * size +
  j changes with the iteration i unless the layer follows a convolution (scale[j % n_filt]) or there is one
  iteration, so only then are the scales constants; otherwise each product is a full multiplier of the
  declared widths. Latency: iterations x II plus a tail (`BATCHNORM_STREAM_TAIL`).
* Timing and stage FF of the products (branch bnlat): each real product and the bias add after it take what
  the Dense rule gives a one-input, one-output RF-1 Latency kernel of the same widths and DSPs at the
  project's clock (`logic.lone_product_stage`, as the other products outside the Dense kernels: leaky_relu,
  elu, hard_sigmoid, the multiply merge): its cycles add to io_parallel's RF - 1 and deepen the io_stream
  loop, its FF (one per product the multiplier limit lets run at once) add to the fitted FF. Before bnlat
  io_parallel RF 1 was 0 cycles and 0 FF at any clock (M1, M2 at 2.8 ns report 1 cycle).

When the scale values are unknown (no weights file), every product is taken as a real multiplier of the scale
type's width: an upper bound on the DSPs.
"""

from dataclasses import dataclass
from math import ceil

import numpy as np

from fpgaprune.core.hardware.logic import parallel_product_stage, relative_nnls, weighted_sum
from fpgaprune.core.hardware.multipliers import (
    Target,
    constant_products,
    csd_digits,
    dsps_per_product,
    lut_multiplier_luts,
)
from fpgaprune.core.hardware.precision import FixedType, quantize

FEATURES = {"lut": ("adder_bits", "stream_bits", "fixed"), "ff": ("stream_bits", "fixed")}
# Fitted by `fit_batchnorm_constants` and `fit_stream_tail` on the 20 normalize instances of held-out sets 3-7
# (`heldout.read_batchnorm_rows`: K9, P4, Q4, Q5, S1-S4, T8) and, since branch foldin, 8, 12-14 (V1's two;
# U2's six are left out with U2, over its device), rounded to 4 digits (before foldin: LUT adder_bits 2.1158,
# stream_bits 0.2292, fixed 15.4658; FF and tails unchanged) and, since branch foldin2, 15-19 (Y2's two, M1's
# one; M2's left out with M2; before foldin2: LUT 1.6428, 0.448, 42.98, FF 0.8322, 36.5534, tails unchanged);
# since branch bnlat the FF fit takes the products' stage FF (`product_stage`) as an offset and the tail what
# the stage's cycles leave (before bnlat: FF 0.8109, 48.4; tails 0, 0; LUT unchanged);
# tests/core/hardware/test_batchnorm.py checks they equal a fresh fit.
BATCHNORM_CONSTANTS = {
    "lut": {"adder_bits": 1.7206, "stream_bits": 0.3926, "fixed": 37.4563},
    "ff": {"stream_bits": 0.7951, "fixed": 52.2294},
}
BATCHNORM_STREAM_TAIL = {"vivado": -1, "vitis": 0}


@dataclass(frozen=True)
class BatchNormLayer:
    """One `nnet::normalize` call: sizes, types and (when known) its scale values."""

    name: str
    n_in: int
    n_filt: int  # -1: one scale per value (after a Dense layer)
    reuse_factor: int
    io_type: str
    size: int  # values per stream word (io_stream); n_in for io_parallel
    data_type: FixedType
    scale_type: FixedType | None  # None: QKeras power-of-two scales (hls4ml's `exponent` type), shifts
    result_type: FixedType
    scales: np.ndarray | None = None

    @property
    def multiplier_limit(self) -> int:
        return ceil(self.n_in / self.reuse_factor)

    @property
    def iterations(self) -> int:
        """Pipelined iterations of one call (io_parallel: one)."""
        return self.n_in // self.size if self.io_type == "io_stream" else 1

    @property
    def constant_scales(self) -> bool:
        """Whether each product's scale is a constant HLS can simplify (see the module docstring)."""
        return self.io_type == "io_parallel" or self.n_filt != -1 or self.iterations == 1

    @property
    def products(self) -> int:
        """Products one pipelined iteration computes."""
        return self.size if self.io_type == "io_stream" else self.n_in


def product_scales(layer: BatchNormLayer) -> np.ndarray | None:
    """The scale mantissa each product of one iteration multiplies by (None when unknown or variable)."""
    if layer.scales is None or layer.scale_type is None or not layer.constant_scales:
        return None
    mantissas = quantize(np.asarray(layer.scales, dtype=float), layer.scale_type)
    index = np.arange(layer.products)
    return mantissas[index % layer.n_filt] if layer.n_filt != -1 else mantissas[index % len(mantissas)]


def batchnorm_features(layer: BatchNormLayer, target: Target) -> tuple[int, float, dict, dict]:
    """(DSPs, LUT of its multipliers and shift-adds in the fabric, LUT features, FF features) of one normalize
    layer. The fabric LUTs are `multipliers`' own counts, not fitted; a combinational io_parallel layer
    (RF 1) has no FF (the reports: 0 on all seven)."""
    data_bits, result_bits = layer.data_type.width, layer.result_type.width
    scales = product_scales(layer)
    if layer.scale_type is None:
        dsp, fabric = 0, 0.0
    elif scales is None:
        real = layer.products
        dsp_each = dsps_per_product(data_bits, layer.scale_type.width, target)
        fabric_each = 0 if dsp_each else lut_multiplier_luts(data_bits, layer.scale_type.width)
        dsp, fabric = dsp_each * min(real, layer.multiplier_limit), fabric_each * real
    else:
        dsp_each, fabric = constant_products(data_bits, scales, True, target)
        dsp = int(np.sort(dsp_each)[::-1][: layer.multiplier_limit].sum())
    stream = layer.io_type == "io_stream"
    stream_bits = float(layer.size * (data_bits + result_bits)) if stream else 0.0
    lut = {"adder_bits": float(layer.products * result_bits), "stream_bits": stream_bits, "fixed": 1.0}
    pipelined = stream or layer.reuse_factor > 1
    ff = {"stream_bits": stream_bits, "fixed": 1.0 if pipelined else 0.0}
    return int(dsp), float(fabric), lut, ff


def product_stage(layer: BatchNormLayer, target: Target) -> tuple[int, float]:
    """(cycles, FF) of the real products of one iteration and the bias add after each: what
    `logic.lone_product_stage` (the Dense rule for a one-input, one-output RF-1 Latency kernel at the target's
    clock) gives each product of the data and scale types' widths on its DSPs (0: in LUTs); cycles the
    longest, FF summed over the products the multiplier limit lets run in parallel (the ones with the most
    DSPs, as the DSP count). A zero or a shift-add scale, or a QKeras power-of-two scale, has no product
    (branch bnlat, docs/cost-model-record.md 2.6)."""
    if layer.scale_type is None:
        return 0, 0.0
    data_bits, scale_bits = layer.data_type.width, layer.scale_type.width
    scales = product_scales(layer)
    if scales is None:
        tiles = np.full(layer.products, dsps_per_product(data_bits, scale_bits, target))
    else:
        dsp_each, _ = constant_products(data_bits, scales, True, target)
        real = csd_digits(np.asarray(scales, dtype=np.int64)) > target.shift_add_max_digits
        tiles = np.asarray(dsp_each)[real]
    tiles = np.sort(tiles)[::-1][: layer.multiplier_limit]
    return parallel_product_stage(target, data_bits, scale_bits, layer.result_type.width, tiles)


def batchnorm_timing(layer: BatchNormLayer, target: Target, tails: dict | None = None) -> tuple[int, int]:
    """(latency, II) of one call: the products' stage cycles (`product_stage`) after io_parallel's RF - 1
    (0 + the stage at RF 1: the products and adds chain into the next layer's cycle when they fit the
    clock), II RF; io_stream: the loop deepens by the stage, iterations x II + the stage's cycles plus
    `BATCHNORM_STREAM_TAIL`, II the same without the tail (the call's loop spans it)."""
    cycles = product_stage(layer, target)[0]
    if layer.io_type != "io_stream":
        return layer.reuse_factor - 1 + cycles, layer.reuse_factor
    ii = max(layer.n_in // layer.multiplier_limit, 1)
    interval = layer.iterations * ii + cycles
    return interval + (tails or BATCHNORM_STREAM_TAIL)[target.hls_tool], interval


def estimate_batchnorm(
    layer: BatchNormLayer, target: Target, constants: dict | None = None, tails: dict | None = None
) -> dict:
    """{dsp, lut, ff, latency_cycles, ii, source} of one normalize layer (`constants`, `tails`: fitted values
    to use instead of `BATCHNORM_CONSTANTS`, `BATCHNORM_STREAM_TAIL`)."""
    constants = constants or BATCHNORM_CONSTANTS
    dsp, fabric, lut, ff = batchnorm_features(layer, target)
    latency, ii = batchnorm_timing(layer, target, tails)
    return {
        "dsp": dsp,
        "lut": round(fabric + weighted_sum(constants["lut"], lut)),
        "ff": round(product_stage(layer, target)[1] + weighted_sum(constants["ff"], ff)),
        "latency_cycles": latency,
        "ii": ii,
        "source": "estimate",
    }


def fit_batchnorm_constants(rows, floor: float = 100.0) -> dict:
    """BATCHNORM_CONSTANTS from (BatchNormLayer, report dict with lut and ff, Target, ...) rows: non-negative
    least squares relative to the report (reports under `floor` weighed as `floor`; the fabric LUTs an
    offset), both tools together; FF on the pipelined instances only (io_stream or RF > 1), the products'
    stage FF (`product_stage`) an offset."""
    features = [
        ((*batchnorm_features(layer, target), product_stage(layer, target)[1]), report)
        for layer, report, target, *_ in rows
    ]
    fitted = {}
    for resource, index in (("lut", 2), ("ff", 3)):
        mine = [(f, report) for f, report in features if resource == "lut" or f[3]["fixed"] > 0]
        keys = FEATURES[resource]
        matrix = np.array([[f[index][key] for key in keys] for f, _ in mine])
        offset = np.array([f[1] if resource == "lut" else f[4] for f, _ in mine])
        solution = relative_nnls(matrix, [report[resource] for _, report in mine], offset, floor=floor)
        fitted[resource] = {key: round(v, 4) for key, v in zip(keys, solution)}
    return fitted


def fit_stream_tail(rows) -> dict:
    """BATCHNORM_STREAM_TAIL: per tool, the median of report latency - (iterations x II + the products'
    stage cycles) over io_stream rows."""
    tails = {}
    for tool in ("vivado", "vitis"):
        left = [
            report["latency_cycles"] - batchnorm_timing(layer, target)[1]
            for layer, report, target, *_ in rows
            if target.hls_tool == tool and layer.io_type == "io_stream"
        ]
        tails[tool] = round(float(np.median(left))) if left else 0
    return tails
