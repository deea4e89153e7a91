"""Load and validate a pipeline configuration into the typed `Config` (no TensorFlow).

Validation checks the packaged JSON schema (filling in every default, which lives only there) and
then what a schema cannot say: that the model fits the dataset, that named layers exist, and that
every reuse factor is one hls4ml can implement for its layer. Each problem is one line naming the
key and the allowed values.
"""

import hashlib
import json
from importlib import resources
from pathlib import Path

import jsonschema
import yaml

from fpgaprune.config.types import Config, Experiment, config_from_dict
from fpgaprune.core.design import check_layer_names
from fpgaprune.core.hardware.precision import parse_precision
from fpgaprune.core.selection.schedule import make_schedule
from fpgaprune.core.zoo import ARCHITECTURES, get_architecture

DATASET_INPUT_SHAPES = {
    "fashion_mnist": (28, 28, 1),
    "jets": (16,),
    "svhn": (32, 32, 3),
    "digits": (64,),
}


def schema() -> dict:
    """The configuration's JSON schema, shipped inside the package."""
    return yaml.safe_load(resources.files("fpgaprune.config").joinpath("schema.yaml").read_text())


def load_config(source: str | Path | dict) -> Config:
    """Validate a configuration (a YAML/JSON file or a dict, which is not modified) into a `Config`.

    Raises:
        ValueError: one line naming the first problem found.
        FileNotFoundError: the file does not exist.
    """
    data = _read(source) if isinstance(source, (str, Path)) else _copy(source)
    return config_from_dict(validate_config(data))


def validate_config(config: dict) -> dict:
    """Check `config` in place against the schema and the model zoo, filling in defaults; return it.

    Raises:
        ValueError: one line naming the first problem found.
    """
    error = jsonschema.exceptions.best_match(_DefaultFillingValidator(schema()).iter_errors(config))
    if error is not None:
        where = ".".join(str(p) for p in error.absolute_path) or "(top level)"
        raise ValueError(f"config key {where}: {error.message}")
    for name, experiment in config["experiments"].items():
        _check_experiment(name, experiment)
    for experiment in config_from_dict(config).experiments.values():
        _check_designs(experiment)
    return config


def job_seed(base_seed: int, *parts: str) -> int:
    """A fixed seed for one job, derived from the config seed and the job's identity."""
    digest = hashlib.sha256(":".join([str(base_seed), *parts]).encode()).digest()
    return int.from_bytes(digest[:4], "little") % (2**31 - 1)


def _read(path: str | Path) -> dict:
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such config file")
    if path.suffix == ".json":  # YAML 1.1 would read JSON's 1e-07 as a string
        return json.loads(path.read_text())
    return yaml.safe_load(path.read_text()) or {}


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
    _check_precisions(name, experiment["hls"])


def _check_designs(experiment: Experiment) -> None:
    """Named pruning layers exist, setting names are unique, every setting's reuse factors are implementable."""
    names = [layer.name for layer in experiment.weight_layers]
    check_layer_names(f"config key experiments.{experiment.name}.pruning.layers", experiment.pruning.layers or (), names)
    seen = set()
    for index, setting in enumerate(experiment.reuse_factors):
        where = f"config key experiments.{experiment.name}.reuse_factors[{index}]"
        if setting.name in seen:
            raise ValueError(f"{where}: setting name {setting.name!r} is used twice; give each setting its own name")
        seen.add(setting.name)
        setting.resolve(experiment.weight_layers, where)


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
