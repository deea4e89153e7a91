"""Which reuse factors hls4ml can implement for a layer.

hls4ml multiplies an (n_in x n_out) weight matrix (Conv2D: n_in = kh*kw*channels, n_out = filters)
on n_in*n_out/RF multipliers. For the Resource strategies its backends (Vivado and Vitis alike,
`FPGABackend._validate_reuse_factor`) accept RF only when RF divides n_in*n_out and either divides n_in
(RF < n_in) or is a multiple of n_in (RF >= n_in); otherwise hls4ml replaces it by the closest valid value
(the smaller on a tie) with a printed warning; Resource_Unrolled also leaves out RF = n_in*n_out. We refuse
instead, and name the nearest valid values. The Latency strategy validates nothing (`init_dense`,
`init_conv2d`): any RF >= 1 is built as given, multiplier limit ceil(n_in*n_out/RF), and is accepted here too.
`bench/hls4ml_reuse_sweep.py` checks the rule and the design against hls4ml's own functions.
"""


def is_valid_reuse_factor(n_in: int, n_out: int, reuse_factor: int) -> bool:
    """True when hls4ml implements `reuse_factor` as given for an n_in x n_out multiplication."""
    if reuse_factor < 1 or (n_in * n_out) % reuse_factor:
        return False
    if reuse_factor < n_in:
        return n_in % reuse_factor == 0
    return reuse_factor % n_in == 0


def valid_reuse_factors(n_in: int, n_out: int) -> list[int]:
    """All valid reuse factors, ascending, from 1 to n_in*n_out."""
    return [rf for rf in _divisors(n_in * n_out) if is_valid_reuse_factor(n_in, n_out, rf)]


def nearest_valid_reuse_factors(n_in: int, n_out: int, reuse_factor: int) -> list[int]:
    """The closest valid value below and above `reuse_factor` (one or two values)."""
    valid = valid_reuse_factors(n_in, n_out)
    below = [rf for rf in valid if rf < reuse_factor]
    above = [rf for rf in valid if rf > reuse_factor]
    return ([below[-1]] if below else []) + ([above[0]] if above else [])


def closest_valid_reuse_factor(n_in: int, n_out: int, reuse_factor: int) -> int:
    """The valid reuse factor hls4ml's Resource strategy builds in place of `reuse_factor` (itself when valid;
    else the closest, the smaller on a tie: `FPGABackend.get_closest_reuse_factor`)."""
    if is_valid_reuse_factor(n_in, n_out, reuse_factor):
        return reuse_factor
    return min(nearest_valid_reuse_factors(n_in, n_out, reuse_factor), key=lambda rf: abs(rf - reuse_factor))


def check_reuse_factor(
    n_in: int, n_out: int, reuse_factor: int, where: str = "layer", strategy: str = "resource"
) -> None:
    """Raise ValueError naming `where` and the nearest valid values if hls4ml would not build RF as given
    (`strategy` "latency": any whole RF >= 1; otherwise hls4ml's Resource rule)."""
    if not isinstance(reuse_factor, int) or isinstance(reuse_factor, bool) or reuse_factor < 1:
        # ValueError, not TypeError: it is a config value, which the CLI reports in one line
        raise ValueError(f"{where}: reuse factor must be a whole number >= 1, got {reuse_factor!r}")
    if strategy == "latency" or is_valid_reuse_factor(n_in, n_out, reuse_factor):
        return
    nearest = " or ".join(str(rf) for rf in nearest_valid_reuse_factors(n_in, n_out, reuse_factor))
    raise ValueError(
        f"{where}: reuse factor {reuse_factor} cannot be implemented by hls4ml's Resource strategy for a "
        f"{n_in}x{n_out} multiplication (it must divide {n_in * n_out} and divide or be a multiple of "
        f"n_in={n_in}; hls4ml would build another); nearest valid: {nearest}"
    )


def _divisors(n: int) -> list[int]:
    small = [d for d in range(1, int(n**0.5) + 1) if n % d == 0]
    return sorted(set(small + [n // d for d in small]))
