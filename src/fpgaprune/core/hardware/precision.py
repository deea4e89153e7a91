"""Fixed-point types as hls4ml writes them, and quantization of weights to them.

Accepted spellings: `ap_fixed<W,I[,Q[,O[,N]]]>`, `ap_ufixed<...>`, `ap_int<W>`, `ap_uint<W>`, and
hls4ml's short forms `fixed<W,I[,Q[,O[,N]]]>`, `ufixed<W,I>`, `int<W>`, `uint<W>` (Q and O with or without
the `AP_` prefix; N, the saturation bits, a count). A value of type ap_fixed<W,I> is an integer mantissa m
times 2**-(W-I); this module works on those mantissas, which is what the hardware multiplies.
"""

import re
from dataclasses import dataclass

import numpy as np

_ROUNDING = ("TRN", "TRN_ZERO", "RND", "RND_ZERO", "RND_INF", "RND_MIN_INF", "RND_CONV")
_OVERFLOW = ("WRAP", "SAT", "SAT_ZERO", "SAT_SYM")
_FIXED = re.compile(r"^(?:ap_)?(u?)fixed<(-?\d+),(-?\d+)((?:,\w+){0,3})>$")
_INTEGER = re.compile(r"^(?:ap_)?(u?)int<(\d+)>$")
_EXAMPLES = "ap_fixed<16,6>, ap_ufixed<8,0>, ap_int<8>, fixed<16,6> or ufixed<6,0,RND,SAT>"


@dataclass(frozen=True)
class FixedType:
    """An arbitrary-precision fixed-point type: `width` bits, `integer` of them left of the point;
    `saturation_bits`: ap_fixed's fifth field N (the MSBs an AP_WRAP/AP_SAT overflow saturates; 0 by default),
    kept so that two types differing only there compare as hls4ml compares them (`inferred_merge_type`)."""

    width: int
    integer: int
    signed: bool = True
    rounding: str = "TRN"
    overflow: str = "WRAP"
    saturation_bits: int = 0

    @property
    def fractional(self) -> int:
        return self.width - self.integer

    @property
    def kif(self) -> tuple[int, int, int]:
        """(sign bits, integer bits without the sign, fractional bits), as da4ml and HGQ count them."""
        sign = int(self.signed)
        return sign, self.integer - sign, self.fractional

    def __str__(self) -> str:
        base = f"ap_{'' if self.signed else 'u'}fixed<{self.width},{self.integer}"
        if (self.rounding, self.overflow, self.saturation_bits) != ("TRN", "WRAP", 0):
            base += f",AP_{self.rounding},AP_{self.overflow}"
        if self.saturation_bits:
            base += f",{self.saturation_bits}"
        return base + ">"


def parse_precision(text: str) -> FixedType:
    """Parse a precision string into a FixedType.

    Args:
        text: e.g. 'ap_fixed<16,6>', 'fixed<8,1,RND,SAT>', 'ap_uint<4>'.

    Returns:
        The FixedType; ValueError with the accepted spellings if `text` is not one of them.
    """
    compact = re.sub(r"\s+", "", str(text))
    if match := _INTEGER.match(compact):
        width = int(match.group(2))
        return _checked(FixedType(width, width, signed=not match.group(1)), text)
    if match := _FIXED.match(compact):
        modes = [m.upper().removeprefix("AP_") for m in match.group(4).split(",")[1:]]
        rounding = modes[0] if modes else "TRN"
        overflow = modes[1] if len(modes) > 1 else "WRAP"
        bits = modes[2] if len(modes) > 2 else "0"
        if not bits.isdigit():
            raise ValueError(f"precision {text!r}: saturation bits {bits} are not a count of bits")
        fixed = FixedType(
            int(match.group(2)), int(match.group(3)), not match.group(1), rounding, overflow, int(bits)
        )
        return _checked(fixed, text)
    if is_auto(compact):
        raise ValueError(
            "precision 'auto' is hls4ml's to infer (only an accumulator's 'auto' is resolved here, "
            f"`inferred_accum_type`); give the type hls4ml wrote into defines.h, e.g. {_EXAMPLES}"
        )
    if re.fullmatch(r"[A-Za-z_]\w*_t", compact):  # a project's type name that no typedef resolves
        raise ValueError(
            f"type {text} is defined by no typedef (a project whose firmware/defines.h was cut or edited: "
            "write it again with hls4ml's write())"
        )
    split = " (YAML's {...} splits an unquoted type at its comma: quote it, Precision: 'ap_fixed<16,6>')"
    cut = "<" in compact and ">" not in compact and compact.split("<")[-1].isdigit()
    raise ValueError(f"malformed precision {text!r}; expected e.g. {_EXAMPLES}{split if cut else ''}")


def fixed_type_of(precision) -> FixedType | None:
    """The FixedType of a precision object with hls4ml's attributes, or None when it is not fixed-point.

    Args:
        precision: e.g. hls4ml's FixedPrecisionType or IntegerPrecisionType: `width`, `integer`,
            `signed`, `saturation_mode` and, if it has one, `rounding_mode` (a mode None: TRN/WRAP,
            ap_fixed's defaults). An object without one of the first four (hls4ml's float, exponent
            and xnor types) gives None, and so does a type of no bits (HGQ gives pruned values 0 bits).

    Raises:
        ValueError: a mode ap_fixed does not have.
    """
    if not all(hasattr(precision, name) for name in ("width", "integer", "signed", "saturation_mode")):
        return None
    if int(precision.width) < 1:
        return None
    fixed = FixedType(
        int(precision.width),
        int(precision.integer),
        bool(precision.signed),
        _mode_name(getattr(precision, "rounding_mode", None), "TRN"),
        _mode_name(precision.saturation_mode, "WRAP"),
        int(getattr(precision, "saturation_bits", 0) or 0),
    )
    return _checked(fixed, str(precision))


def _mode_name(mode, default: str) -> str:
    return default if mode is None else str(mode).upper().removeprefix("AP_")


# ap_fixed's widest type by default (AP_INT_MAX_W; HLS refuses wider): ap_fixed<100000,50> cost a 4x4 layer
# 376,448 DSPs and ap_fixed<1100,10> weights failed in `quantize` with an OverflowError (a review, 2026-12-07)
MAX_WIDTH = 1024


def _checked(fixed: FixedType, text: str) -> FixedType:
    if fixed.width < 1:
        raise ValueError(f"precision {text!r}: width must be at least 1 bit")
    if fixed.width > MAX_WIDTH:
        raise ValueError(
            f"precision {text!r}: {fixed.width} bits is above ap_fixed's {MAX_WIDTH}-bit limit "
            "(AP_INT_MAX_W), which HLS does not build; give the type the design uses"
        )
    if fixed.rounding not in _ROUNDING:
        raise ValueError(
            f"precision {text!r}: rounding mode {fixed.rounding} unknown; use one of {_ROUNDING}"
        )
    if fixed.overflow not in _OVERFLOW:
        raise ValueError(
            f"precision {text!r}: overflow mode {fixed.overflow} unknown; use one of {_OVERFLOW}"
        )
    return fixed


def quantize(values: np.ndarray, fixed: FixedType) -> np.ndarray:
    """Integer mantissas of `values` stored in `fixed`, as ap_fixed's rounding and overflow modes do.

    Values that already lie on the type's grid (to 1e-6 of a step, e.g. hls4ml's printed weights)
    are taken as exact, so that decimal printing noise never moves them by one step.

    Args:
        values: real numbers (any shape).
        fixed: the target type.

    Returns:
        int64 mantissas m with value = m * 2**-fixed.fractional, same shape as `values`.
    """
    if fixed.width > 63:  # int64 mantissas; no stored design has a constant of more than 32 bits
        raise ValueError(f"{fixed}: constants (weights, scales) of more than 63 bits are not estimated")
    with np.errstate(over="ignore", invalid="ignore"):
        scaled = np.asarray(values, dtype=np.float64) * 2.0**fixed.fractional
    if not np.all(np.abs(scaled) < 2.0**63):  # NaN too: 1e300 leaked NumPy's cast warnings, costs arbitrary
        found = np.asarray(values, dtype=np.float64).ravel()[np.argmin(np.abs(scaled.ravel()) < 2.0**63)]
        raise ValueError(
            f"value {found:g} is far outside {fixed}'s range (below 2**{fixed.integer - fixed.signed}): "
            "no constant of the design; check the weights and their type"
        )
    nearest = np.rint(scaled)
    on_grid = np.abs(scaled - nearest) <= 1e-6 * np.maximum(1.0, np.abs(scaled))
    mantissa = np.where(on_grid, nearest, _round(scaled, fixed.rounding)).astype(np.int64)
    return _overflow(mantissa, fixed)


def _round(scaled: np.ndarray, mode: str) -> np.ndarray:
    if mode == "TRN":
        return np.floor(scaled)
    if mode == "TRN_ZERO":
        return np.trunc(scaled)
    if mode == "RND":
        return np.floor(scaled + 0.5)
    if mode == "RND_ZERO":
        return np.sign(scaled) * np.ceil(np.abs(scaled) - 0.5)
    if mode == "RND_INF":
        return np.sign(scaled) * np.floor(np.abs(scaled) + 0.5)
    if mode == "RND_MIN_INF":
        return np.ceil(scaled - 0.5)
    return np.rint(scaled)  # RND_CONV: half to even


def _overflow(mantissa: np.ndarray, fixed: FixedType) -> np.ndarray:
    low, high = mantissa_range(fixed)
    if fixed.overflow == "WRAP":
        span = 1 << fixed.width
        return (mantissa - low) % span + low
    if fixed.overflow == "SAT_ZERO":
        return np.where((mantissa < low) | (mantissa > high), 0, mantissa)
    if fixed.overflow == "SAT_SYM" and fixed.signed:
        low = -high
    return np.clip(mantissa, low, high)


def mantissa_range(fixed: FixedType) -> tuple[int, int]:
    """Smallest and largest mantissa the type can hold."""
    if fixed.signed:
        return -(1 << (fixed.width - 1)), (1 << (fixed.width - 1)) - 1
    return 0, (1 << fixed.width) - 1


def value_range(fixed: FixedType) -> tuple[float, float]:
    """Smallest and largest value the type can hold."""
    low, high = mantissa_range(fixed)
    step = 2.0**-fixed.fractional
    return low * step, high * step


def overflow_bound(fixed: FixedType) -> float:
    """The least value that leaves the type (wraps or saturates): a value below it truncates into the type,
    so one step above its largest value, or rounds into it, half a step above when the type rounds."""
    step = 2.0**-fixed.fractional
    return value_range(fixed)[1] + (step if fixed.rounding == "TRN" else step / 2)


# hls4ml's `infer_precision_types` pass (hls4ml/model/optimizer/passes/infer_precision.py) gives a Dense or
# Conv layer's `auto` accumulator and result types by one rule, the same in hls4ml 1.0.0, 1.1.0, 1.2.0 and
# 1.3.0; hls4ml 0.8 and earlier have no `auto`.
AUTO_RULE_SOURCE = "hls4ml 1.0.0-1.3.0's infer_precision rule"


def is_auto(text) -> bool:
    """Whether a precision string is hls4ml's `auto` (config_from_keras_model's default for accum/result)."""
    return str(text).strip().lower() == "auto"


def inferred_accum_type(
    input_type: FixedType,
    weight_type: FixedType,
    bias_type: FixedType,
    products: int,
    maximum: FixedType | None = None,
) -> FixedType:
    """The type hls4ml 1.x gives a Dense/Conv layer's `auto` accumulator (and `auto` result): one that holds
    the sum of `products` products and the bias exactly (`AUTO_RULE_SOURCE`; the strategy plays no part).

    The product of input and weight takes both widths and both integer parts; a sum of n of them grows by
    ceil(log2 n) bits, integer and width alike; it is signed when either operand is. The bias is then added
    (hls4ml counts it even when it is zero, its default): one more integer bit over the wider integer part of
    the two, each widened by one when the other one alone is signed, and the wider fractional part of the
    two; signed when either is. hls4ml's Model `Precision: maximum`, when set, caps the width and the integer
    part, each on its own. Rounding and overflow are ap_fixed's defaults (TRN, WRAP).

    Args:
        input_type, weight_type, bias_type: the layer's input, weight and bias types.
        products: products summed into one output: n_in for Dense (hls4ml's `n_in`), channels x kernel taps
            for Conv1D/Conv2D (`n_chan * filt_height * filt_width`), kernel taps for a depthwise convolution.
        maximum: hls4ml's Model `Precision: maximum` type, None when the configuration sets none.
    """
    if products < 1:
        raise ValueError(f"an accumulator sums at least one product, got {products}")
    growth = (products - 1).bit_length()  # ceil(log2(products)), exactly
    width = input_type.width + weight_type.width + growth
    integer = input_type.integer + weight_type.integer + growth
    signed = input_type.signed or weight_type.signed
    fractional = width - integer
    integer = 1 + max(
        integer + (bias_type.signed and not signed), bias_type.integer + (signed and not bias_type.signed)
    )
    width = integer + max(fractional, bias_type.fractional)
    signed = signed or bias_type.signed
    if maximum is not None:
        width, integer = min(width, maximum.width), min(integer, maximum.integer)
    return _checked(FixedType(width, integer, signed), "auto")


MERGE_OPS = ("add", "subtract", "average", "multiply", "maximum", "minimum", "concatenate")


def inferred_merge_type(
    op: str, first: FixedType, second: FixedType, maximum: FixedType | None = None
) -> FixedType:
    """The type hls4ml 1.3 gives the `auto` result of a layer joining two tensors (`InferPrecisionTypes.
    _infer_merge_precision`, `_infer_cat_precision`), `first` being its first input's.

    add, subtract, average: one integer bit over the wider integer part of the two (each widened by one when
    the other one alone is signed) and the wider fractional part; signed when either is, or for a subtract (an
    average is typed as a sum). multiply: both widths and both integer parts. concatenate: the input type when
    both are the same (its rounding, overflow and saturation bits too), else the wider integer part (widened
    by one for an unsigned input beside a signed one) and the wider fractional part, rounding, overflow and
    saturation bits those of `first` unless TRN, WRAP and 0, else `second`'s. maximum, minimum: the input
    type when both are the same, else concatenate's widths rounding and wrapping (TRN, WRAP), uncapped. The
    Model `Precision: maximum`, when set, caps the others' width and integer part, each on its own. An add,
    subtract, average or multiply rounds and wraps (TRN, WRAP).

    Raises:
        ValueError: an operation not in `MERGE_OPS`.
    """
    if op not in MERGE_OPS:
        raise ValueError(f"merge operation {op!r}: hls4ml infers types for {', '.join(MERGE_OPS)}")
    if op in ("concatenate", "maximum", "minimum") and first == second:
        return first
    signed = first.signed or second.signed
    rounding, overflow, saturation_bits = "TRN", "WRAP", 0
    if op == "multiply":
        width, integer = first.width + second.width, first.integer + second.integer
    elif op in ("concatenate", "maximum", "minimum"):
        integer = max(
            first.integer + (signed and not first.signed), second.integer + (signed and not second.signed)
        )
        width = integer + max(first.fractional, second.fractional)
        if op == "concatenate":
            rounding = first.rounding if first.rounding != "TRN" else second.rounding
            overflow = first.overflow if first.overflow != "WRAP" else second.overflow
            saturation_bits = first.saturation_bits or second.saturation_bits
        else:
            maximum = None  # hls4ml caps no maximum or minimum
    else:
        integer = 1 + max(
            first.integer + (second.signed and not first.signed),
            second.integer + (first.signed and not second.signed),
        )
        width = integer + max(first.fractional, second.fractional)
        signed = signed or op == "subtract"
    if maximum is not None:
        width, integer = min(width, maximum.width), min(integer, maximum.integer)
    return _checked(FixedType(width, integer, signed, rounding, overflow, saturation_bits), f"auto ({op})")


def inferred_batchnorm_type(
    input_type: FixedType, scale_type: FixedType, bias_type: FixedType, maximum: FixedType | None = None
) -> FixedType:
    """The type hls4ml 1.3 gives the `auto` result of a BatchNormalization (`InferPrecisionTypes.
    _infer_bn_precision`): its input times its scale plus its bias, exactly. The product takes both widths
    and both integer parts, signed when either is; the bias adds one integer bit over the wider integer part
    of the two (each widened by one when the other one alone is signed) and the wider fractional part. That
    is an accumulator of one product (`inferred_accum_type`), the scale as its weight; the Model `Precision:
    maximum`, when set, caps width and integer part, each on its own. It rounds and wraps (TRN, WRAP).

    Args:
        input_type: the type the BatchNormalization reads.
        scale_type, bias_type: its `scale` and `bias` types (hls4ml's config, `auto` the Model default; a
            QBatchNormalization's quantizers do not type them).
        maximum: hls4ml's Model `Precision: maximum` type, None when the configuration sets none.
    """
    return inferred_accum_type(input_type, scale_type, bias_type, 1, maximum)


def inferred_average_accum_type(input_type: FixedType, pool_size: int) -> FixedType:
    """The type hls4ml 1.3 gives the `auto` accumulator of an AveragePooling1D/2D (hls4ml's Pooling1D/2D,
    `InferPrecisionTypes._infer_pooling_precision`): its input's widened by ceil(log2 pool_size) integer bits,
    for the sum, and as many fraction bits, for the mean; signed as the input, not capped by a Model
    `Precision: maximum` (hls4ml ignores it there); TRN, WRAP. Its `auto` result is its input's type.

    Args:
        input_type: the type the pooling reads.
        pool_size: the values it averages into each output (hls4ml's `pool_height * pool_width`).
    """
    if pool_size < 1:
        raise ValueError(f"a pooling averages at least one value, got {pool_size}")
    growth = (pool_size - 1).bit_length()  # ceil(log2(pool_size)), exactly
    fixed = FixedType(input_type.width + 2 * growth, input_type.integer + growth, input_type.signed)
    return _checked(fixed, "auto (average pooling)")
