"""Which layer names hls4ml's conversion cannot take: the sweep behind `models.user.HLS4ML_SETTING_NAMES`.

hls4ml keeps a layer's output among the layer's own settings, under the layer's name, so a layer named as one
of them overwrites it, or is overwritten. For each layer kind below and each candidate name (the settings
hls4ml gives the converted layers of a probe model of every kind, plus the names given with --names), one
small model with a layer of that kind so named is converted with hls4ml (Vivado backend, io_parallel, its own
`config_from_keras_model(granularity="name")` configuration, default ap_fixed<24,10>), compiled with g++ and
run on 20 random inputs against Keras. A name is listed when conversion or compilation raises (CRASH) or the
outputs differ from Keras's by more than 10 times (and 0.01 more than) what the same model with the layer
named `probe` differs by (WRONG: the fixed-point rounding alone gives about 0.001); the rest are ok.

    python bench/hls4ml_setting_names.py [--out results/bench/hls4ml_setting_names.md] [--names a b ...]
    python bench/hls4ml_setting_names.py --kinds LSTM GRU --out OUT
        (OUT: results/bench/hls4ml_setting_names_recurrent.md)

Rerun both when hls4ml's version changes (envs/requirements.txt pins it): `models.user.HLS4ML_SETTING_NAMES`
is the union of the names they list (tests/models/test_user_model.py checks it). About 40 minutes for the
first on two shared cores, a few for the second (one g++ build per kind and name).
"""

import argparse
import contextlib
import io
import shutil
import tempfile
from pathlib import Path

from fpgaprune.compat import keras

import hls4ml
import numpy as np

KINDS = ("Dense", "Conv2D", "DepthwiseConv2D", "BatchNormalization", "Activation", "Permute", "MaxPooling2D")
RECURRENT = (
    "LSTM",
    "GRU",
)  # --kinds LSTM GRU: their own run (results/bench/hls4ml_setting_names_recurrent.md)
LAYERS = keras.layers


def _named(kind: str, name: str) -> keras.layers.Layer:
    return {
        "Dense": lambda: LAYERS.Dense(6, name=name),
        "BatchNormalization": lambda: LAYERS.BatchNormalization(name=name),
        "Activation": lambda: LAYERS.Activation("relu", name=name),
        "Conv2D": lambda: LAYERS.Conv2D(3, 3, name=name),
        "DepthwiseConv2D": lambda: LAYERS.DepthwiseConv2D(3, name=name),
        "Permute": lambda: LAYERS.Permute((2, 1, 3), name=name),
        "MaxPooling2D": lambda: LAYERS.MaxPooling2D(name=name),
        "LSTM": lambda: LAYERS.LSTM(4, name=name),
        "GRU": lambda: LAYERS.GRU(4, name=name),
    }[kind]()


def probe_model(kind: str, name: str) -> keras.Model:
    """A model with one layer of `kind` named `name` between its input and a Dense `out` (random weights)."""
    flat = kind in ("Dense", "BatchNormalization", "Activation")
    shape = (8,) if flat else (4, 3) if kind in RECURRENT else (6, 6, 2)
    inputs = keras.Input(shape, name="x")
    hidden = _named(kind, name)(inputs)
    if not flat and kind not in RECURRENT:
        hidden = LAYERS.Reshape((-1,), name="fl")(LAYERS.Conv2D(2, 1, name="c")(hidden))
    model = keras.Model(inputs, LAYERS.Dense(3, name="out")(hidden))
    rng = np.random.default_rng(0)
    variances = {id(v) for layer in model.layers for v in layer.weights if "variance" in v.name}
    model.set_weights(
        [
            rng.normal(size=w.shape) * 0.3 + (id(v) in variances)
            for w, v in zip(model.get_weights(), model.weights)
        ]
    )
    return model


def _convert(model: keras.Model, folder: Path):
    config = hls4ml.utils.config_from_keras_model(model, granularity="name")
    config["Model"]["Precision"] = "ap_fixed<24,10>"
    return hls4ml.converters.convert_from_keras_model(
        model, hls_config=config, output_dir=str(folder), backend="Vivado", io_type="io_parallel"
    )


def candidate_names(extra: list[str], kinds: tuple[str, ...]) -> list[str]:
    """The settings hls4ml gives the converted layers of a probe model of each of `kinds` (not their own
    names, nor hls4ml's reserved output keys), and `extra`."""
    names = set(extra)
    with tempfile.TemporaryDirectory() as folder, contextlib.redirect_stdout(io.StringIO()):
        for kind in kinds:
            graph = _convert(probe_model(kind, "probe"), Path(folder) / kind)
            for layer in graph.get_layers():
                names |= {
                    k for k in layer.attributes.attributes if not k.startswith("__") and k != layer.name
                }
    return sorted(names)


def difference(kind: str, name: str, folder: Path) -> float:
    """The largest |hls4ml - Keras| of the probe model with its layer named `name` (raises what hls4ml
    raises)."""
    model = probe_model(kind, name)
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            graph = _convert(model, folder)
            graph.compile()
            x = np.random.default_rng(1).normal(size=(20, *model.input_shape[1:])).astype("float32")
            return float(np.abs(graph.predict(x).reshape(20, -1) - model.predict(x, verbose=0)).max())
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def verdict(kind: str, name: str, folder: Path, control: float) -> str:
    """ok, WRONG (off by more than 10 x and 0.01 more than `control`, the `probe` name's difference) or
    CRASH, with the largest difference or the error."""
    try:
        diff = difference(kind, name, folder)
    except Exception as error:  # noqa: BLE001 - what hls4ml raised is the finding
        return f"CRASH {type(error).__name__}: {str(error).splitlines()[0][:80] if str(error) else ''}"
    wrong = diff > 10 * control and diff > control + 0.01
    return f"{'WRONG' if wrong else 'ok'} {diff:.3g} (probe {control:.3g})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("results/bench/hls4ml_setting_names.md"))
    parser.add_argument("--names", nargs="*", default=["input", "bias", "bias_t", "weight", "result_t"])
    parser.add_argument("--kinds", nargs="*", default=list(KINDS), choices=[*KINDS, *RECURRENT])
    args = parser.parse_args()
    kinds = tuple(args.kinds)
    names = candidate_names(args.names, kinds)
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for kind in kinds:
            control = difference(kind, "probe", Path(scratch) / f"{kind}_probe")
            for name in names:
                result = verdict(kind, name, Path(scratch) / f"{kind}_{name}", control)
                print(kind, name, result, flush=True)
                if not result.startswith("ok"):
                    rows.append(f"| {kind} | `{name}` | {result.replace('|', '/')} |")
    failing = sorted({row.split("`")[1] for row in rows})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        f"# Layer names hls4ml {hls4ml.__version__} cannot convert (bench/hls4ml_setting_names.py)\n\n"
        f"{len(names)} candidate names on {len(kinds)} layer kinds ({', '.join(kinds)}), io_parallel, Vivado "
        "backend; every name "
        "not listed converted and matched Keras as the `probe` name does.\n\n"
        f"Names failing on some kind ({len(failing)}): {', '.join(f'`{n}`' for n in failing)}\n\n"
        "| kind | name | result |\n|---|---|---|\n" + "\n".join(rows) + "\n"
    )


if __name__ == "__main__":
    main()
