"""Fixed-point types as hls4ml writes them, and quantization of weights to them.

Accepted spellings: `ap_fixed<W,I[,Q[,O[,N]]]>`, `ap_ufixed<...>`, `ap_int<W>`, `ap_uint<W>`, and
hls4ml's short forms `fixed<W,I[,Q,O]>`, `ufixed<W,I>`, `int<W>`, `uint<W>` (Q and O with or without
the `AP_` prefix). A value of type ap_fixed<W,I> is an integer mantissa m times 2**-(W-I); this
module works on those mantissas, which is what the hardware multiplies.
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
    """An arbitrary-precision fixed-point type: `width` bits, `integer` of them left of the point."""

    width: int
    integer: int
    signed: bool = True
    rounding: str = "TRN"
    overflow: str = "WRAP"

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
        if (self.rounding, self.overflow) != ("TRN", "WRAP"):
            base += f",AP_{self.rounding},AP_{self.overflow}"
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
        fixed = FixedType(int(match.group(2)), int(match.group(3)), not match.group(1), rounding, overflow)
        return _checked(fixed, text)
    raise ValueError(f"malformed precision {text!r}; expected e.g. {_EXAMPLES}")


def fixed_type_of(precision) -> FixedType | None:
    """The FixedType of a precision object with hls4ml's attributes, or None when it is not fixed-point.

    Args:
        precision: e.g. hls4ml's FixedPrecisionType or IntegerPrecisionType: `width`, `integer`,
            `signed`, `saturation_mode` and, if it has one, `rounding_mode` (a mode None: TRN/WRAP,
            ap_fixed's defaults). An object without one of the first four (hls4ml's float, exponent
            and xnor types) gives None.

    Raises:
        ValueError: a width below 1 bit or a mode ap_fixed does not have.
    """
    if not all(hasattr(precision, name) for name in ("width", "integer", "signed", "saturation_mode")):
        return None
    fixed = FixedType(
        int(precision.width),
        int(precision.integer),
        bool(precision.signed),
        _mode_name(getattr(precision, "rounding_mode", None), "TRN"),
        _mode_name(precision.saturation_mode, "WRAP"),
    )
    return _checked(fixed, str(precision))


def _mode_name(mode, default: str) -> str:
    return default if mode is None else str(mode).upper().removeprefix("AP_")


def _checked(fixed: FixedType, text: str) -> FixedType:
    if fixed.width < 1:
        raise ValueError(f"precision {text!r}: width must be at least 1 bit")
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
    scaled = np.asarray(values, dtype=np.float64) * 2.0**fixed.fractional
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
