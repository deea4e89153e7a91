"""Multiplier allocations read from an hls4ml project's generated C++ (source `hls_code`; no TensorFlow).

hls4ml writes, per weight layer, a `struct config<N> : nnet::dense_config` in
`firmware/parameters.h` (convolutions: `config<N>_mult`), preceded by a `// <layer name>` comment.
How many multipliers HLS may instantiate follows from its strategy:
- latency: `#pragma HLS ALLOCATION operation instances=mul limit=CONFIG_T::multiplier_limit`, with
  `multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor`;
- resource: the kernel unrolls `block_factor = DIV_ROUNDUP(n_in * n_out, reuse_factor)` products;
- resource_unrolled: the class `dense_resource_unrolled_<N>` in `nnet_utils/nnet_code_gen.h` carries
  a literal `#pragma HLS ALLOCATION operation instances=mul limit=<count>`, with all-zero
  patterns already left out.
These counts bound the DSPs: Vivado/Vitis HLS map a product to a DSP48 only when the operands are
wide enough (narrow products go to LUTs), which the cost model, not this reader, decides.
"""

import re
from dataclasses import dataclass
from pathlib import Path

_STRUCT = re.compile(
    r"//\s*(?P<layer>\S+)\s*\n\s*struct\s+config(?P<index>\d+)(?:_mult)?\s*:\s*nnet::dense_config\s*\{(?P<body>.*?)\n\};",
    re.DOTALL,
)
_CONSTANT = re.compile(r"static const (?:unsigned|bool|int)\s+(\w+)\s*=\s*([^;]+);")
_STRATEGY = re.compile(r"nnet::(\w+)")
_UNROLLED = re.compile(
    r"class\s+dense_resource_unrolled_(\d+)\b.*?#pragma HLS ALLOCATION operation instances=mul limit=(\d+)",
    re.DOTALL,
)


@dataclass(frozen=True)
class LayerMultipliers:
    """What the firmware says about one weight layer."""

    name: str
    index: int
    n_in: int
    n_out: int
    reuse_factor: int
    strategy: str  # latency | resource | resource_unrolled
    n_zeros: int
    multipliers: int  # instances HLS may allocate (an upper bound on the layer's DSPs)


def read_multipliers(project_dir: str | Path) -> list[LayerMultipliers]:
    """Per weight layer, the multiplier instances the generated firmware allows.

    Args:
        project_dir: an hls4ml project written by `write()` (has firmware/parameters.h).

    Returns:
        One entry per dense/conv layer, in file order.

    Raises:
        FileNotFoundError: no firmware/parameters.h.
        ValueError: a resource_unrolled layer whose allocation pragma is missing.
    """
    firmware = Path(project_dir) / "firmware"
    parameters = firmware / "parameters.h"
    if not parameters.is_file():
        raise FileNotFoundError(f"{parameters}: no such file; write the hls4ml project first")
    code_gen = firmware / "nnet_utils" / "nnet_code_gen.h"
    unrolled = dict(_UNROLLED.findall(code_gen.read_text())) if code_gen.is_file() else {}
    return [_layer(match, unrolled) for match in _STRUCT.finditer(parameters.read_text())]


def _layer(match: re.Match, unrolled_limits: dict[str, str]) -> LayerMultipliers:
    values = dict(_CONSTANT.findall(match["body"]))
    n_in, n_out, rf = int(values["n_in"]), int(values["n_out"]), int(values["reuse_factor"])
    strategy = _STRATEGY.search(values["strategy"])[1]
    n_zeros = int(values.get("n_zeros", 0))
    if strategy == "resource_unrolled":
        if match["index"] not in unrolled_limits:
            raise ValueError(
                f"layer {match['layer']}: resource_unrolled but no allocation pragma in nnet_code_gen.h"
            )
        multipliers = int(unrolled_limits[match["index"]])
    elif strategy == "latency":
        multipliers = _evaluate(values["multiplier_limit"], values)
    else:
        multipliers = _div_roundup(n_in * n_out, rf)
    return LayerMultipliers(
        match["layer"], int(match["index"]), n_in, n_out, rf, strategy, n_zeros, multipliers
    )


def _div_roundup(a: int, b: int) -> int:
    return -(-a // b)


def _evaluate(expression: str, values: dict[str, str]) -> int:
    """Evaluate a constant expression of a config struct (integer C++ arithmetic), e.g.
    `DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor`."""
    if not re.fullmatch(r"[\w\s()*/+,-]+", expression):
        raise ValueError(f"unexpected constant expression in parameters.h: {expression!r}")
    names = {key: int(value) for key, value in values.items() if value.strip().isdigit()}
    return int(eval(expression.replace("/", "//"), {"__builtins__": {}, "DIV_ROUNDUP": _div_roundup}, names))
