"""Multiplier allocations read from an hls4ml project's generated C++ (source `hls_code`; no TensorFlow).

hls4ml writes, per weight layer, a `struct config<N> : nnet::dense_config` in
`firmware/parameters.h` (convolutions: `config<N>_mult`), preceded by a `// <layer name>` comment.
How many multipliers HLS may instantiate follows from its strategy:
- latency: `#pragma HLS ALLOCATION operation instances=mul limit=CONFIG_T::multiplier_limit`, with
  `multiplier_limit = DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor`;
- resource: the kernel unrolls `block_factor = DIV_ROUNDUP(n_in * n_out, reuse_factor)` products;
- resource_unrolled: the class `dense_resource_unrolled_<N>` in `nnet_utils/nnet_code_gen.h` carries
  a literal `#pragma HLS ALLOCATION operation instances=mul limit=<count>`, with all-zero
  patterns already left out -- where the firmware calls that class: Vitis io_stream Dense layers run
  the rolled `dense_resource` (`core.hardware.layer.runs_unrolled_kernel`), read as resource.
These counts bound the DSPs: Vivado/Vitis HLS map a product to a DSP48 only when the operands are
wide enough (narrow products go to LUTs), which the cost model, not this reader, decides.

io_parallel convolutions compute `n_pixels` = ParallelizationFactor output pixels per partition
(`config<N> : nnet::conv2d_config`, `n_pixels = out_height * out_width / n_partitions`):
- resource (`nnet_conv2d_resource.h`, `nnet_conv1d_resource.h`): the PixelMultLoop unrolls the pixels
  inside the II=1 ReuseLoop and no ALLOCATION pragma limits them: `n_pixels * block_factor` multipliers;
- latency (`nnet_conv2d_latency.h`, `nnet_conv1d_latency.h`): the PixelLoop unrolls the pixels inside
  the PartitionLoop pipelined at II=reuse_factor, but the function's ALLOCATION pragma keeps
  `mult_config::multiplier_limit`, one pixel's limit. ALLOCATION is a hard limit and HLS relaxes a
  pipeline II it cannot meet, so the firmware allows `multiplier_limit` multipliers whatever the
  ParallelizationFactor (the II grows instead); `multipliers_at_target_ii` is what II=reuse_factor
  would need.
"""

import ast
import functools
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from fpgaprune.core.hardware.layer import runs_unrolled_kernel
from fpgaprune.core.hardware.project import project_backend, project_io_type, read_project_config
from fpgaprune.core.zoo import RECURRENT_PARTS

MAX_PARAMETERS_BYTES = 20_000_000  # hls4ml's parameters.h holds structs, not weights: kilobytes
MAX_EXPRESSION = 200
_STRUCT = re.compile(
    r"//\s*(?P<layer>\S+)\s*\n\s*struct\s+config(?P<index>\d+)(?P<mult>_mult)?\s*:\s*nnet::dense_config\s*\{(?P<body>.*?)\n\};",
    re.DOTALL,
)
# a GRU's or LSTM's two products (`mult_config1`, `mult_config2`): config<N>_1 under the layer's name, then
# config<N>_2
_RECURRENT_MULT = re.compile(
    r"(?://\s*(?P<layer>\S+)\s*\n\s*)?struct\s+config(?P<index>\d+)_(?P<which>[12])\s*:\s*nnet::dense_config\s*"
    r"\{(?P<body>.*?)\n\};",
    re.DOTALL,
)
_RECURRENT_PARTS = dict(zip("12", RECURRENT_PARTS))  # by config: <N>_1 the kernel, <N>_2 the recurrent one
_CONV = re.compile(
    r"struct\s+config(?P<index>\d+)\s*:\s*nnet::conv[12]d_config\s*\{(?P<body>.*?)\n\};", re.DOTALL
)
_CONSTANT = re.compile(r"static const (?:unsigned|bool|int)\s+(\w+)\s*=\s*([^;]+);")
_STRATEGY = re.compile(r"nnet::(\w+)")
_UNROLLED = re.compile(
    r"class\s+dense_resource_unrolled_(\d+(?:_[12])?)\b.*?"  # a GRU's or LSTM's: <N>_1, <N>_2
    r"#pragma HLS ALLOCATION operation instances=mul limit=(\d+)",
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
    multipliers: int  # instances HLS may allocate (one DSP each where the operands fit one DSP)
    parallelization_factor: int = 1  # output pixels an io_parallel convolution computes at once
    multipliers_at_target_ii: int | None = None  # what II = reuse_factor needs (None: = multipliers)


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
    if parameters.stat().st_size > MAX_PARAMETERS_BYTES:
        raise ValueError(
            f"{parameters}: larger than {MAX_PARAMETERS_BYTES} bytes; not an hls4ml parameters.h"
        )
    code_gen = firmware / "nnet_utils" / "nnet_code_gen.h"
    unrolled = dict(_UNROLLED.findall(code_gen.read_text())) if code_gen.is_file() else {}
    text = parameters.read_text()
    pixels = _parallel_pixels(Path(project_dir), text)
    runs_unrolled = _unrolled_runs(Path(project_dir), text)
    layers = [_parallel(_layer(match, unrolled, runs_unrolled), pixels) for match in _STRUCT.finditer(text)]
    step_calls = _unrolled_runs(Path(project_dir), text, "io_parallel")
    return layers + _recurrent_products(text, unrolled, step_calls)


def _recurrent_products(
    parameters: str, unrolled_limits: dict[str, str], runs_unrolled: Callable[[str], bool]
) -> list[LayerMultipliers]:
    """Each GRU's and LSTM's kernel and recurrent kernel, named `<layer>.kernel` and
    `<layer>.recurrent_kernel` as fpgaprune's weight layers are."""
    found, names = [], {}
    for match in _RECURRENT_MULT.finditer(parameters):
        index = match["index"]
        names.setdefault(index, match["layer"] or f"layer{index}")
        fields = {
            "layer": f"{names[index]}.{_RECURRENT_PARTS[match['which']]}",
            "index": f"{index}_{match['which']}",  # hls4ml's unrolled class `dense_resource_unrolled_<N>_1`
            "mult": None,
            "body": match["body"],
        }
        found.append(_layer(fields, unrolled_limits, runs_unrolled))
    return found


def _unrolled_runs(project_dir: Path, parameters: str, io_type: str | None = None) -> Callable[[str], bool]:
    """Layer kind -> whether the firmware calls its Resource_Unrolled class (`runs_unrolled_kernel`) in the
    project's IO type, or `io_type` (a recurrent step's products are array calls in an io_stream project
    too); the project's config is read once, when first asked."""

    @functools.cache
    def runs(kind: str) -> bool:
        config = read_project_config(project_dir)
        built_as = io_type or project_io_type(config, parameters)
        return runs_unrolled_kernel(kind, built_as, project_backend(config))

    return runs


def _parallel_pixels(project_dir: Path, parameters: str) -> dict[int, int]:
    """Config index -> output pixels per partition of each io_parallel convolution with more than one."""
    pixels = {}
    for match in _CONV.finditer(parameters):
        values = dict(_CONSTANT.findall(match["body"]))
        if "n_pixels" in values and "BatchedDenseForConv1D" not in match["body"]:  # its mult spans all
            pixels[int(match["index"])] = _evaluate(values["n_pixels"], values)
    pixels = {index: count for index, count in pixels.items() if count > 1}
    if pixels and project_io_type(read_project_config(project_dir), parameters) != "io_parallel":
        return {}  # the io_stream convolutions compute one pixel per kernel call
    return pixels


def _parallel(layer: LayerMultipliers, pixels: dict[int, int]) -> LayerMultipliers:
    """`layer` with its ParallelizationFactor: Resource kernels copy their multipliers per pixel; the
    Latency kernel's ALLOCATION limit stays one pixel's (see the module docstring)."""
    factor = pixels.get(layer.index, 1)
    if factor == 1:
        return layer
    if layer.strategy == "latency":
        needed = factor * layer.multipliers
        return replace(layer, parallelization_factor=factor, multipliers_at_target_ii=needed)
    return replace(layer, parallelization_factor=factor, multipliers=factor * layer.multipliers)


def _layer(
    match: re.Match, unrolled_limits: dict[str, str], runs_unrolled: Callable[[str], bool]
) -> LayerMultipliers:
    values = dict(_CONSTANT.findall(match["body"]))
    n_in, n_out, rf = int(values["n_in"]), int(values["n_out"]), int(values["reuse_factor"])
    strategy = _STRATEGY.search(values["strategy"])[1]
    if strategy == "resource_unrolled" and not runs_unrolled("conv" if match["mult"] else "dense"):
        strategy = "resource"  # the unrolled class is written, the rolled kernel runs
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
        match["layer"], int(match["index"].split("_")[0]), n_in, n_out, rf, strategy, n_zeros, multipliers
    )


def _div_roundup(a: int, b: int) -> int:
    return -(-a // b)


def _evaluate(expression: str, values: dict[str, str]) -> int:
    """Evaluate a constant expression of a config struct (integer C++ arithmetic), e.g.
    `DIV_ROUNDUP(n_in * n_out, reuse_factor) - n_zeros / reuse_factor`.

    Only integers, the struct's integer constants, + - * / (C++ integer division), parentheses and
    DIV_ROUNDUP are accepted, the expression is at most `MAX_EXPRESSION` characters and every value
    stays within 64 bits; anything else is a one-line ValueError (nothing is executed).
    """
    if len(expression) > MAX_EXPRESSION:
        raise ValueError(f"parameters.h: constant expression longer than {MAX_EXPRESSION} characters")
    names = {key: int(value) for key, value in values.items() if re.fullmatch(r"\s*\d{1,19}\s*", value)}
    try:
        tree = ast.parse(expression.strip(), mode="eval")
    except SyntaxError:
        raise ValueError(f"parameters.h: unexpected constant expression {expression!r}") from None
    return _value(tree.body, names, expression)


_OPERATORS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: None}


def _value(node: ast.AST, names: dict[str, int], expression: str) -> int:
    if isinstance(node, ast.Constant) and type(node.value) is int:
        result = node.value
    elif isinstance(node, ast.Name) and node.id in names:
        result = names[node.id]
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        result = -_value(node.operand, names, expression)
    elif isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
        left, right = _value(node.left, names, expression), _value(node.right, names, expression)
        result = (
            _c_divide(left, right, expression)
            if isinstance(node.op, ast.Div)
            else _OPERATORS[type(node.op)](left, right)
        )
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "DIV_ROUNDUP"
        and len(node.args) == 2
        and not node.keywords
    ):
        numerator, denominator = (_value(arg, names, expression) for arg in node.args)
        result = _c_divide(numerator + denominator - 1, denominator, expression)  # hls4ml's macro
    else:
        raise ValueError(
            f"parameters.h: unexpected term {ast.unparse(node)!r} in constant expression {expression!r}"
        )
    if abs(result) >= 2**63:
        raise ValueError(f"parameters.h: constant expression {expression!r} exceeds 64 bits")
    return result


def _c_divide(a: int, b: int, expression: str) -> int:
    """C++ integer division (towards zero)."""
    if b == 0:
        raise ValueError(f"parameters.h: division by zero in constant expression {expression!r}")
    quotient = abs(a) // abs(b)
    return quotient if (a >= 0) == (b > 0) else -quotient
