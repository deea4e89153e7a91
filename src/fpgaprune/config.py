"""Validate a pipeline configuration and resolve it into per-experiment settings (no TensorFlow).

`validate_config` checks the JSON schema (filling in defaults) and then what a schema cannot say:
that the model fits the dataset, that named layers exist, and that every reuse factor is one hls4ml
can implement for its layer. Each problem is one line naming the key and the allowed values.
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import yaml

from fpgaprune.hardware.precision import parse_precision
from fpgaprune.hardware.reuse import check_reuse_factor
from fpgaprune.pruning.schedule import make_schedule
from fpgaprune.models.zoo import ARCHITECTURES, get_architecture, weight_layers

DATASET_INPUT_SHAPES = {
    "fashion_mnist": (28, 28, 1),
    "jets": (16,),
    "svhn": (32, 32, 3),
    "digits": (64,),
}


@dataclass(frozen=True)
class LayerHls:
    """How one weight layer is implemented: hls4ml reuse factor and strategy."""

    reuse_factor: int
    strategy: str  # latency | resource


def validate_config(config: dict, schema_path: str | Path) -> dict:
    """Check `config` in place against the schema and the model zoo, filling in defaults.

    Raises:
        ValueError: one line naming the first problem found.
    """
    schema = yaml.safe_load(Path(schema_path).read_text())
    error = jsonschema.exceptions.best_match(_DefaultFillingValidator(schema).iter_errors(config))
    if error is not None:
        where = ".".join(str(p) for p in error.absolute_path) or "(top level)"
        raise ValueError(f"config key {where}: {error.message}")
    for name, experiment in config["experiments"].items():
        _check_experiment(name, experiment)
    return config


def reuse_settings(name: str, experiment: dict) -> dict[str, dict[str, LayerHls]]:
    """The experiment's reuse-factor settings: setting name -> layer name -> LayerHls.

    Raises:
        ValueError: unknown layer, duplicate setting name or a reuse factor hls4ml cannot implement.
    """
    layers = weight_layers(get_architecture(experiment["model"]))
    settings = {}
    for index, entry in enumerate(experiment.get("reuse_factors", [1])):
        where = f"config key experiments.{name}.reuse_factors[{index}]"
        setting_name, per_layer = _resolve_setting(entry, layers, experiment, where)
        if setting_name in settings:
            raise ValueError(f"{where}: setting name {setting_name!r} is used twice; give each setting its own name")
        for layer in layers:
            check_reuse_factor(layer.n_in, layer.n_out, per_layer[layer.name].reuse_factor, f"{where} layer {layer.name}")
        settings[setting_name] = per_layer
    return settings


def _resolve_setting(entry, layers, experiment, where) -> tuple[str, dict[str, LayerHls]]:
    if isinstance(entry, int):
        strategy = experiment.get("hls", {}).get("strategy", "resource")
        return str(entry), {layer.name: LayerHls(entry, strategy) for layer in layers}
    names = [layer.name for layer in layers]
    _check_layer_names(f"{where}.layers", entry.get("layers", {}), names, experiment["model"])
    default = LayerHls(entry.get("reuse_factor", 1), entry.get("strategy", "latency"))
    overrides = {
        layer: LayerHls(spec["reuse_factor"], spec.get("strategy", "resource"))
        for layer, spec in entry.get("layers", {}).items()
    }
    return entry["name"], {name: overrides.get(name, default) for name in names}


def _check_experiment(name: str, experiment: dict) -> None:
    arch = get_architecture(experiment["model"])
    given = DATASET_INPUT_SHAPES[experiment["dataset"]]
    if arch.input_shape != given:
        fitting = [m for m, s in _model_input_shapes().items() if s == given]
        raise ValueError(
            f"config key experiments.{name}.model: {arch.name} takes inputs of shape {arch.input_shape} but dataset "
            f"{experiment['dataset']} gives {given}; models for it: {', '.join(fitting)}"
        )
    quantization = experiment.get("quantization")
    if quantization:
        for kind in ("weight", "activation"):
            if quantization[f"{kind}_integer_bits"] >= quantization[f"{kind}_bits"]:
                raise ValueError(
                    f"config key experiments.{name}.quantization.{kind}_integer_bits: must be below {kind}_bits "
                    f"({quantization[f'{kind}_bits']})"
                )
    _check_schedule(name, experiment["pruning"]["schedule"])
    _check_layer_names(f"config key experiments.{name}.pruning.layers", experiment["pruning"].get("layers", []),
                       [layer.name for layer in weight_layers(arch)], experiment["model"])
    _check_precisions(name, experiment["hls"])
    reuse_settings(name, experiment)


def _check_layer_names(where: str, given, names: list[str], model: str) -> None:
    unknown = sorted(set(given) - set(names))
    if unknown:
        raise ValueError(f"{where}: unknown layer {unknown[0]!r} of model {model}; layers: {', '.join(names)}")


def _check_precisions(name: str, hls: dict) -> None:
    for key in ("precision", "input_precision", "accum_precision"):
        if hls.get(key) not in (None, "auto"):
            try:
                parse_precision(hls[key])
            except ValueError as error:
                raise ValueError(f"config key experiments.{name}.hls.{key}: {error}") from None


def _check_schedule(name: str, schedule: dict) -> None:
    try:
        make_schedule(0.5, schedule)
    except ValueError as error:
        raise ValueError(f"config key experiments.{name}.pruning.schedule: {error}") from None


def _model_input_shapes() -> dict[str, tuple]:
    return {name: arch.input_shape for name, arch in ARCHITECTURES.items()}


def _fill_defaults(validator_class):
    validate_properties = validator_class.VALIDATORS["properties"]

    def set_defaults(validator, properties, instance, schema):
        if validator.is_type(instance, "object"):
            for key, subschema in properties.items():
                if "default" in subschema and key not in instance:
                    instance[key] = _copy(subschema["default"])
        yield from validate_properties(validator, properties, instance, schema)

    return jsonschema.validators.extend(validator_class, {"properties": set_defaults})


def _copy(value):
    return yaml.safe_load(yaml.safe_dump(value))


_DefaultFillingValidator = _fill_defaults(jsonschema.Draft202012Validator)


def job_seed(base_seed: int, *parts: str) -> int:
    """A fixed seed for one job, derived from the config seed and the job's identity."""
    digest = hashlib.sha256(":".join([str(base_seed), *parts]).encode()).digest()
    return int.from_bytes(digest[:4], "little") % (2**31 - 1)
