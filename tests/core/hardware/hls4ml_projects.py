"""Small hls4ml projects written by the real hls4ml (write() only, no C++ compile), for the tests."""

import re
from pathlib import Path

import numpy as np

DENSE_SHAPE = (12, 8)
CONV_INPUT, CONV_KERNEL = (5, 5, 2), (3, 3, 2, 4)
CONV1D_INPUT, CONV1D_KERNEL, POINTWISE_KERNEL = (12, 3), (3, 3, 4), (1, 3, 4)
_PRODUCT = re.compile(r"acc\[(\d+)\] \+= .*?product\(data\[(\d+)\], weights\[(\d+)\]\)")
_LIMIT = re.compile(r"instances=mul limit=(\d+)")


def sparse_kernel(shape, seed: int, dead_outputs: int = 2) -> np.ndarray:
    """Random kernel with 40 % zeros and some dead outputs, so some patterns are all zero."""
    rng = np.random.default_rng(seed)
    kernel = rng.normal(scale=0.5, size=shape) * (rng.random(shape) > 0.4)
    kernel[..., :dead_outputs] = 0
    return kernel


def write_project(
    out_dir: Path,
    kind: str,
    kernel: np.ndarray,
    reuse_factor: int,
    strategy: str,
    io_type: str,
    **layer_settings,
):
    """Convert a one-layer tf_keras model with `kernel` and write the hls4ml project to `out_dir`
    (`layer_settings`: more hls4ml layer settings, e.g. ParallelizationFactor)."""
    from fpgaprune.compat import keras

    import hls4ml

    if kind == "dense":
        model = keras.Sequential(
            [keras.layers.Input(DENSE_SHAPE[:1]), keras.layers.Dense(DENSE_SHAPE[1], name="fc")]
        )
    elif kind == "depthwise":  # kernel (3, 3, channels, 1): depth multiplier 1
        conv = keras.layers.DepthwiseConv2D(kernel.shape[:2], name="fc")
        model = keras.Sequential([keras.layers.Input(CONV_INPUT), conv])
    elif kind == "depthwise1d":  # kernel (3, channels, 1)
        conv = keras.layers.DepthwiseConv1D(kernel.shape[0], name="fc")
        model = keras.Sequential([keras.layers.Input(CONV1D_INPUT), conv])
    elif kind == "conv1d":
        conv = keras.layers.Conv1D(kernel.shape[-1], kernel.shape[0], name="fc")
        model = keras.Sequential([keras.layers.Input(CONV1D_INPUT), conv])
    else:
        model = keras.Sequential([keras.layers.Input(CONV_INPUT), keras.layers.Conv2D(4, (3, 3), name="fc")])
    biases = kernel.shape[-2] if kind.startswith("depthwise") else kernel.shape[-1]
    model.layers[0].set_weights([kernel, np.zeros(biases)])
    config = hls4ml.utils.config_from_keras_model(model, granularity="name", backend="Vitis")
    config["Model"]["Strategy"] = strategy
    for layer in config["LayerName"].values():
        layer["ReuseFactor"], layer["Strategy"] = reuse_factor, strategy
    config["LayerName"]["fc"].update(layer_settings)
    hls_model = hls4ml.converters.convert_from_keras_model(
        model, hls_config=config, output_dir=str(out_dir), backend="Vitis", io_type=io_type
    )
    hls_model.write()
    return out_dir


def sizes_as_names(parameters: str, members: str, prefix: str) -> tuple[str, dict]:
    """parameters.h with each `static const unsigned <member> = N;` (`members`: a regex alternation, e.g.
    "n_in|n_out") naming its size instead (`<prefix>_<MEMBER>_<k>`), as older hls4ml writes its macros and
    CMS's packaged firmware its constants, and {name: N}."""
    sizes = {}

    def named(match):
        name = f"{prefix}_{match.group(1).upper()}_{len(sizes)}"
        sizes[name] = match.group(2)
        return f"static const unsigned {match.group(1)} = {name};"

    return re.sub(rf"static const unsigned ({members}) = (\d+);", named, parameters), sizes


def unrolled_kernel_code(project: Path) -> tuple[int, list[tuple[int, int, int]]]:
    """The generated Resource_Unrolled kernel: multiplier allocation limit, (out, in, weight) products."""
    code = (project / "firmware" / "nnet_utils" / "nnet_code_gen.h").read_text()
    limits = [int(limit) for limit in _LIMIT.findall(code)]
    assert len(limits) == 1, f"expected one unrolled kernel, found {len(limits)}"
    products = [tuple(int(v) for v in match) for match in _PRODUCT.findall(code)]
    return limits[0], products
