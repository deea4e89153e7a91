"""Load and validate a pipeline configuration into the typed `Config` (no TensorFlow).

Validation checks the packaged JSON schema (filling in every default, which lives only there) and
then what a schema cannot say: that the model fits the dataset, that named layers exist, and that
every reuse factor is one hls4ml can implement for its layer. Each problem is one line naming the
key and the allowed values.
"""

import copy
import difflib
import functools
import hashlib
import json
import math
import re
from collections.abc import Mapping
from importlib import resources
from pathlib import Path

import jsonschema
import yaml

from fpgaprune.config.types import ABSOLUTE_METHODS, Config, Experiment, config_from_dict
from fpgaprune.core.budget import ResourceBudget, budget_folder
from fpgaprune.core.design import check_layer_names
from fpgaprune.core.devices import check_same_device, part_counts
from fpgaprune.core.hardware.precision import parse_precision
from fpgaprune.core.hardware.project import clock_uncertainty
from fpgaprune.core.hardware.reuse import valid_reuse_factors
from fpgaprune.core.hls_config import SETTING_NAME, hls_settings
from fpgaprune.core.objective import REGRESSION, REGRESSION_METRICS, Objective
from fpgaprune.core.selection.joint_select import candidate_settings
from fpgaprune.core.selection.methods import JOINT_METHOD, METHODS, PEER_METHOD, REGRESSION_PEER_REFUSAL
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
    return copy.deepcopy(_validator().schema)


@functools.cache
def _validator():
    """The schema's validator, read once per process (it is only read, never changed)."""
    text = resources.files("fpgaprune.config").joinpath("schema.yaml").read_text()
    return _DefaultFillingValidator(yaml.safe_load(text))


def load_config(source: str | Path | dict) -> Config:
    """Validate a configuration (a YAML/JSON file or a dict, which is not modified) into a `Config`.

    Raises:
        ValueError: one line naming the first problem found.
        FileNotFoundError: the file does not exist.
    """
    data = read_config_file(source) if isinstance(source, (str, Path)) else _copy(source)
    return config_from_dict(validate_config(data))


def validate_config(config: dict) -> dict:
    """Check `config` in place against the schema and the model zoo, filling in defaults; return it.

    Raises:
        ValueError: one line naming the first problem found.
    """
    if not isinstance(config, dict):
        raise ValueError(  # noqa: TRY004 - a config error, reported as the others are
            f"config: the top level must be a mapping of keys (seed, experiments, ...), "
            f"got {type(config).__name__}"
        )
    from_files = _take_hls_config_files(config)
    error = jsonschema.exceptions.best_match(_validator().iter_errors(config))
    if error is not None:
        error = _branch_error(error)
        where = ".".join(str(p) for p in error.absolute_path) or "(top level)"
        origin = from_files.get(tuple(error.absolute_path))
        hint = f" (from {origin})" if origin else _hint(error)
        raise ValueError(f"config key {where}: {error.message}{hint}")
    for name, experiment in config["experiments"].items():
        _check_experiment(name, experiment)
    for experiment in config_from_dict(config).experiments.values():
        if experiment.model_file is None:  # a model file's layers are checked when it is read
            check_designs(experiment)
    return config


# What an hls4ml configuration (`model.hls_config`) sets of each `hls:` key it decides
_FILE_KEYS = {
    "io_type": "IOType; io_parallel when not given",
    "precision": "Model.Precision",
    "part": "Part",
    "backend": "Backend",
    "clock_period": "ClockPeriod",
    "clock_uncertainty": "ClockUncertainty",
    "input_precision": "types the input per layer: the input layer's Precision.result",
    "accum_precision": "types each layer's accumulator: Precision.accum",
}
HLS_CONFIG_WHAT = "hls4ml's configuration, e.g. config_from_keras_model's output"


def _take_hls_config_files(config: dict) -> dict[tuple, str]:
    """An experiment naming its model's hls4ml configuration (`model.hls_config`) takes its design from
    the file as `fpgaprune optimize --hls-config` does: the file's `core.hls_config.hls_settings` become its
    `hls:` keys (in place), `hls.input_precision` and `hls.accum_precision` stay at their defaults (the file
    types each layer), and `reuse_factors` is the one setting `hls_config` (the file's per-layer design, read
    with the model's layers by `fpgaprune.models.user.experiment_with_model`). Run before the schema fills in
    defaults, so that a key given with another value than the file's is an error, not a default overridden;
    a config this filled in passes again unchanged.

    Returns:
        (path of a key taken from a file) -> the file and its key, for the schema's message about its value.

    Raises:
        ValueError, FileNotFoundError: one line naming the config key: no such file, not a mapping, a misspelt
            key (`core.hls_config.hls_settings`), or a key the file decides given with another value.
    """
    taken = {}
    experiments = config.get("experiments")
    for name, experiment in experiments.items() if isinstance(experiments, dict) else ():
        model = experiment.get("model") if isinstance(experiment, dict) else None
        path = model.get("hls_config") if isinstance(model, dict) else None
        hls = experiment.setdefault("hls", {}) if isinstance(path, str) else None
        if not isinstance(hls, dict):
            continue  # no file named, or something the schema names
        where = f"config key experiments.{name}"
        try:
            settings = hls_settings(read_mapping_file(path, HLS_CONFIG_WHAT))
        except (ValueError, FileNotFoundError) as error:
            raise type(error)(f"{where}.model.hls_config: {error}") from None
        defaults = _hls_properties()
        implied = {key: defaults[key]["default"] for key in ("input_precision", "accum_precision")} | settings
        period = hls.get("clock_period", settings.get("clock_period", defaults["clock_period"]["default"]))
        for key, value in implied.items():
            if key in hls and not _same_setting(key, hls[key], value, period):
                gives = f"gives {value!r} ({_FILE_KEYS[key]})" if key in settings else _FILE_KEYS[key]
                raise ValueError(
                    f"{where}.hls.{key}: {hls[key]!r}, but the design is the hls_config file {path}'s, which "
                    f"{gives}; remove the key (or change the file)"
                )
            hls[key] = value
            if key in settings:
                taken[("experiments", name, "hls", key)] = f"hls_config {path}: {_FILE_KEYS[key]}"
        given = experiment.setdefault("reuse_factors", [{"name": SETTING_NAME}])
        if not _the_files_setting(given):
            raise ValueError(
                f"{where}.reuse_factors: the design's reuse factors and strategies are the hls_config file "
                f"{path}'s (the setting {SETTING_NAME}, results in rf{SETTING_NAME}/); remove the key"
            )
    return taken


def _same_setting(key: str, given, files, clock_ns) -> bool:
    """Whether an experiment's `hls:` value means what the hls_config file's does: precisions as types
    (`fixed<16,6>` is `ap_fixed<16,6>`), a clock uncertainty as its share of the period (0.5 is "0.5" and,
    at 4 ns, "12.5%"); anything else, or a value that does not parse, as given (its own check names it)."""
    if given == files:
        return True
    try:
        if key in ("precision", "input_precision", "accum_precision"):
            return parse_precision(str(given)) == parse_precision(str(files))
        if key == "clock_uncertainty":
            return math.isclose(clock_uncertainty(given, clock_ns), clock_uncertainty(files, clock_ns))
    except (TypeError, ValueError):
        pass
    return False


def hls_defaults() -> dict:
    """The config schema's `hls:` defaults (backend, part, clock_period, ...), the pipeline's design settings
    where nothing gives them."""
    return {key: spec["default"] for key, spec in _hls_properties().items() if "default" in spec}


def _hls_properties() -> dict:
    return _validator().schema["properties"]["experiments"]["additionalProperties"]["properties"]["hls"][
        "properties"
    ]


def _the_files_setting(reuse_factors) -> bool:
    """Whether `reuse_factors` is the placeholder of an hls_config file's design, as `_take_hls_config_files`
    writes it or the schema fills it in."""
    experiment = _validator().schema["properties"]["experiments"]["additionalProperties"]
    named = experiment["properties"]["reuse_factors"]["items"]["oneOf"][1]["properties"]
    filled = {key: spec["default"] for key, spec in named.items() if "default" in spec}
    filled["name"] = SETTING_NAME
    return (
        isinstance(reuse_factors, list)
        and len(reuse_factors) == 1
        and isinstance(reuse_factors[0], dict)
        and {**filled, **reuse_factors[0]} == filled
    )


def read_mapping_file(path: str | Path, what: str) -> dict:
    """The mapping a YAML/JSON file holds (an hls4ml configuration: `fpgaprune optimize --hls-config`, a
    pipeline experiment's `model.hls_config`).

    Raises:
        FileNotFoundError: no such file.
        ValueError: one line naming the file (and the line of a syntax error) and `what` belongs there.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such file")
    try:
        text = path.read_text()
    except UnicodeDecodeError:
        raise ValueError(f"{path}: not a YAML or JSON text file (binary content); give {what}") from None
    return _design_without_tags(yaml_mapping(text, str(path), what, _TagKeepingLoader), path)


class _Tag(str):
    """A tagged YAML value of an hls4ml configuration a user gives (`!!python/...`, `!keras_model`): kept as
    its tag, never constructed, so that one inside the design is named instead of read as a missing value."""


class _UniqueKeyLoader(yaml.SafeLoader):
    """PyYAML's SafeLoader, except that a key given twice in one mapping is an error (YAML keeps the last)."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":  # `<<: *anchor` merges, which may be overridden
                continue
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, (str, int, float, bool)):
                if key in seen:
                    raise yaml.constructor.ConstructorError(
                        None,
                        None,
                        f"key {key!r} is given twice in one mapping (a key or an experiment name may be "
                        "used once; YAML would keep the last)",
                        key_node.start_mark,
                    )
                seen.add(key)
        return super().construct_mapping(node, deep)


class _TagKeepingLoader(_UniqueKeyLoader):
    """`HlsYamlLoader`'s safe reading, with each tag kept as a `_Tag`; `_design_without_tags` then decides.
    A key given twice in one mapping is refused (`IOType: io_parallel`, then `IOType: io_stream`, built
    io_stream without a word: a review, 2026-12-07)."""


_TagKeepingLoader.add_multi_constructor("!", lambda loader, suffix, node: _Tag(f"!{suffix}"))
_TagKeepingLoader.add_multi_constructor(
    "tag:yaml.org,2002:python/", lambda loader, suffix, node: _Tag(f"!!python/{suffix}")
)


def _design_without_tags(config: dict, path: Path) -> dict:
    """`config` with its tags outside the design (a project's `KerasModel: !!python/object...`, written by
    hls4ml) read as None, as `HlsYamlLoader` reads them; a tag inside the design (`HLSConfig`, or the whole
    file when it has none) is refused: it was read as None and named a missing value (`Model.Precision:
    !!python/object/apply:builtins.str [...]` gave "no Model.Precision", a review, 2026-12-07).

    Raises:
        ValueError: one line naming the file, the key and the tag.
    """
    design = "HLSConfig" in config

    def untagged(value, where: tuple):
        if isinstance(value, _Tag):
            if design and where[:1] != ("HLSConfig",):
                return None
            raise ValueError(
                f"{path}: {'.'.join(map(str, where))} is a YAML tag ({value}), whose code fpgaprune does not "
                "run; write its value itself (e.g. Precision: ap_fixed<16,6>)"
            )
        if isinstance(value, dict):
            return {key: untagged(item, (*where, key)) for key, item in value.items()}
        if isinstance(value, list):
            return [untagged(item, (*where, index)) for index, item in enumerate(value)]
        return value

    return untagged(config, ())


def yaml_mapping(text: str, where: str, what: str, loader: type = yaml.SafeLoader) -> dict:
    """The mapping that YAML/JSON `text` holds; one line naming `where` (and the line of a syntax error) and
    `what` belongs there otherwise. `loader`: a safe one (hls4ml's files: `_TagKeepingLoader`, which keeps its
    tags unconstructed; options given on the command line: PyYAML's, which refuses any tag)."""
    try:
        data = yaml.load(text, Loader=loader)  # safe loaders only
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(error, "problem", None) or type(error).__name__
        raise ValueError(f"{where}: not valid YAML or JSON{at} ({problem}); give {what}") from None
    if not isinstance(data, dict):
        raise ValueError(f"{where}: not a mapping; give {what}")  # noqa: TRY004 (one-line errors are ValueError)
    return data


_TYPE_WORDS = {
    "object": "a mapping",
    "array": "a list",
    "string": "a string",
    "number": "a number",
    "integer": "a whole number",
    "boolean": "true or false",
    "null": "left out (null)",
}


def _branch_error(error):
    """For a value valid under none of a oneOf's forms, the error of the form of the value's own type
    (a name not among the zoo's lists the names, not "is not of type object"); a value of none of the forms'
    types is told the types (a list for `fit:` was "is not valid under any of the given schemas", a review,
    2026-12-07)."""
    same_type = [e for e in error.context or () if e.validator != "type"]
    if same_type:
        return _branch_error(jsonschema.exceptions.best_match(same_type))
    types = [e.validator_value for e in error.context or () if e.validator == "type"]
    if types:
        kinds = sorted((kind for kind in types if isinstance(kind, str)), key=lambda kind: kind == "null")
        example = re.search(r"e\.g\. (\{[^}]*\})", str(error.schema.get("description", "")))
        shown = f", e.g. {example.group(1)}" if example else ""
        words = " or ".join(_TYPE_WORDS.get(kind, kind) for kind in kinds)
        error.message = f"{error.instance!r} must be {words}{shown}"
    return error


def job_seed(base_seed: int, *parts: str) -> int:
    """A fixed seed for one job, derived from the config seed and the job's identity."""
    digest = hashlib.sha256(":".join([str(base_seed), *parts]).encode()).digest()
    return int.from_bytes(digest[:4], "little") % (2**31 - 1)


def read_config_file(path: str | Path) -> dict:
    """The mapping in a YAML/JSON config file (not validated); syntax errors and duplicates name the line.

    Raises:
        FileNotFoundError: no such file.
        ValueError: one line with the file, the line and the problem.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such config file")
    try:
        text = path.read_text()
        # JSON is read as JSON: YAML 1.1 would read JSON's 1e-07 as a string.
        data = _read_json(text) if path.suffix == ".json" else yaml.load(text, Loader=_UniqueKeyLoader)
    except json.JSONDecodeError as error:
        raise ValueError(f"{path} line {error.lineno}, column {error.colno}: {error.msg}") from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f" line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise ValueError(f"{path}{where}: {error.problem or error.context}") from None
    except (yaml.YAMLError, UnicodeDecodeError, ValueError) as error:
        raise ValueError(f"{path}: not a YAML or JSON file ({str(error).splitlines()[0]})") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ValueError(  # noqa: TRY004  (bad input: one line)
            f"{path}: the top level must be a mapping of keys (seed, experiments, ...), "
            f"got {type(data).__name__}"
        )
    return data


def _read_json(text: str):
    def unique(pairs):
        keys = [key for key, _ in pairs]
        twice = sorted({key for key in keys if keys.count(key) > 1})
        if twice:
            raise ValueError(
                f"key {twice[0]!r} is given twice in one object (an experiment name or key may be used once)"
            )
        return dict(pairs)

    return json.loads(text, object_pairs_hook=unique)


def _hint(error) -> str:
    if error.validator == "type" and isinstance(error.instance, str) and _is_number(error.instance):
        return (
            f"; {error.instance!r} is a number written as text: YAML 1.1 reads 3e-3 so (write 0.003 or "
            "3.0e-3), and Snakemake's --config gives nested values so (put them in a --configfile)"
        )
    if error.validator == "additionalProperties" and isinstance(error.instance, Mapping):
        known = list(error.schema.get("properties", {}))
        for key in (k for k in error.instance if k not in known):
            close = difflib.get_close_matches(str(key), known, n=1, cutoff=0.6)
            if close:
                return f"; did you mean {close[0]}?"
        return f"; valid keys: {', '.join(sorted(known))}" if known else ""
    if error.validator == "pattern" and "description" in error.schema:  # a regex alone says not what to give
        return f" ({error.schema['description']})"
    if error.validator == "required" and "'experiments'" in error.message and not error.absolute_path:
        return (
            "; a config file lists its own experiments, or changes the default run's when given after it: "
            "--configfile config/config.yaml FILE"
        )
    return ""


# `training` keys of the baseline's training, which a model file (its own baseline) never undergoes;
# fine-tuning reads training.batch_size and pruning's epochs_per_step, final_epochs and learning_rate
_BASELINE_TRAINING_KEYS = ("epochs", "patience", "learning_rate")


def unread_training_line(name: str, training) -> str | None:
    """The warning for the baseline-training keys a model file's experiment gives (`training` as the user gave
    it, before the schema's defaults), or None: they were ignored without a word (a review, 2026-12-07), where
    `quantization` there is refused."""
    given = [key for key in _BASELINE_TRAINING_KEYS if isinstance(training, Mapping) and key in training]
    if not given:
        return None
    return (
        f"config key experiments.{name}.training: {', '.join(given)} {'are' if len(given) > 1 else 'is'} not "
        "read: a model file is its own baseline, never trained; fine-tuning reads training.batch_size and "
        "pruning's epochs_per_step, final_epochs and learning_rate"
    )


def unknown_part_warning(part: str) -> str | None:
    """The warning for a part that names no device of fpgaprune's table (`logic.unknown_device_warning`), or
    None: `xc7z999-clg400-1` was costed and written into the Tcl without a word."""
    from fpgaprune.core.hardware.logic import unknown_device_warning
    from fpgaprune.core.hardware.multipliers import Target

    try:
        return unknown_device_warning(Target(part=part))
    except ValueError:  # a part Target refuses is the schema's or _check_synthesis's one line
        return None


def unknown_part_line(name: str, part: str) -> str | None:
    """`unknown_part_warning` of an experiment's `hls.part`, naming its config key."""
    warning = unknown_part_warning(part)
    return f"config key experiments.{name}.hls.part: {warning}" if warning else None


def config_warnings(given: Mapping, config: Config) -> list[str]:
    """What a run of `config` should be warned of, once (the workflow's main process and `check-config`; not
    `validate_config`, which each job and `load_config` run again): baseline-training keys a model file's
    experiment gives (`given`, the config before the schema's defaults) and parts of no known device."""
    experiments = given.get("experiments") if isinstance(given.get("experiments"), Mapping) else {}
    lines = []
    for name, raw in experiments.items():
        if isinstance(raw, Mapping) and isinstance(raw.get("model"), Mapping):
            lines.append(unread_training_line(name, raw.get("training")))
    lines += [unknown_part_line(name, experiment.hls.part) for name, experiment in config.experiments.items()]
    return [line for line in lines if line]


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _check_experiment(name: str, experiment: dict) -> None:
    if isinstance(experiment["model"], dict) or isinstance(experiment["dataset"], dict):
        _check_files(name, experiment)
    else:
        _check_zoo_shapes(name, experiment)
    quantization = experiment.get("quantization")
    if quantization:
        for kind in ("weight", "activation"):
            if quantization[f"{kind}_integer_bits"] >= quantization[f"{kind}_bits"]:
                raise ValueError(
                    f"config key experiments.{name}.quantization.{kind}_integer_bits: "
                    f"must be below {kind}_bits ({quantization[f'{kind}_bits']})"
                )
    _check_schedule(name, experiment["pruning"]["schedule"])
    _check_targets(name, experiment)
    _check_budgets(name, experiment)
    _check_precisions(name, experiment["hls"])
    _check_synthesis(name, experiment["hls"])
    _check_clock_uncertainty(name, experiment["hls"])


# results/ folders of the pipeline's own, beside the experiments' (an experiment `bench` wrote among the
# committed benchmark records)
RESERVED_NAMES = ("bench", "benchmarks", "data", "logs", "plots", "tables")
# the knapsack method whose structures may all cost alike (a DSP pattern each), which the `topk` solver needs;
# the others' never do, and topk's refusal came after the baseline's training and the group-lasso epochs
_EQUAL_COST_METHODS = ("knapsack_dsp",)


def _check_targets(name: str, experiment: dict) -> None:
    """Something to prune, each target a folder of its own, no result folder of the pipeline's, and a solver
    that can solve every method's knapsack: each refused before any job (a review, 2026-12-07)."""
    where = f"config key experiments.{name}"
    if name in RESERVED_NAMES:
        raise ValueError(
            f"{where}: results/{name}/ is the pipeline's own folder ({', '.join(RESERVED_NAMES)} are); name "
            "the experiment otherwise"
        )
    if not (experiment["targets"] or experiment["budgets"] or experiment.get("fit")):
        raise ValueError(f"{where}: targets, budgets and fit are all empty, so nothing is pruned; give one")
    folders = {}
    for target in experiment["targets"]:
        folder = budget_folder(ResourceBudget(share=target))
        if folder in folders:
            raise ValueError(
                f"{where}.targets: {folders[folder]} and {target} share the result folder {folder}; give "
                "targets that differ in their first 6 digits"
            )
        folders[folder] = target
    multi_cost = [
        m for m in experiment["methods"] if m.startswith("knapsack") and m not in _EQUAL_COST_METHODS
    ]
    if experiment["pruning"]["solver"] == "topk" and multi_cost:
        raise ValueError(
            f"{where}.pruning.solver: topk needs structures that all cost alike, which "
            f"{', '.join(multi_cost)}'s never do (BRAM slices, LUT costs, reuse factors); use auto"
        )


def _check_zoo_shapes(name: str, experiment: dict) -> None:
    arch = get_architecture(experiment["model"])
    given = DATASET_INPUT_SHAPES[experiment["dataset"]]
    if arch.input_shape != given:
        fitting = [m for m, s in _model_input_shapes().items() if s == given]
        raise ValueError(
            f"config key experiments.{name}.model: {arch.name} takes inputs of shape {arch.input_shape} "
            f"but dataset "
            f"{experiment['dataset']} gives {given}; models for it: {', '.join(fitting)}"
        )


def _check_files(name: str, experiment: dict) -> None:
    """A user's model goes with a user's data file (its shapes are checked against the model when read)."""
    if not (isinstance(experiment["model"], dict) and isinstance(experiment["dataset"], dict)):
        raise ValueError(  # noqa: TRY004 (one-line errors are ValueError)
            f"config key experiments.{name}: a model file needs a data file and a zoo model a "
            f"pipeline dataset; give both as {{file: ...}} or both by name"
        )
    if experiment.get("quantization"):
        raise ValueError(
            f"config key experiments.{name}.quantization: a model file brings its own quantisers; "
            f"remove the key"
        )
    _check_task(name, experiment)


def _check_task(name: str, experiment: dict) -> None:
    """A model file's `task` and `metric` go together (`core.objective.Objective`, as optimize's --task and
    --metric), and a regression is not pruned by hls4ml's own loop, which judges accuracy; one line each."""
    model = experiment["model"]
    task, metric = model.get("task"), model.get("metric")
    try:
        if task is not None:
            Objective(task, metric)
    except ValueError as error:
        raise ValueError(f"config key experiments.{name}.model: {error}") from None
    if (task == REGRESSION or metric in REGRESSION_METRICS) and PEER_METHOD in experiment["methods"]:
        raise ValueError(
            f"config key experiments.{name}.methods: {REGRESSION_PEER_REFUSAL}; remove {PEER_METHOD}"
        )


def _check_budgets(name: str, experiment: dict) -> None:
    """A `fit:` part is known and is the device the design is costed and built for (`hls.part`), and its
    folder is not a `budgets:` entry's; absolute budgets go with a knapsack method optimising a resource
    they name."""
    if experiment.get("fit"):
        part = experiment["fit"]["part"]
        try:
            counts = part_counts(part, experiment["fit"]["utilization"])
        except ValueError as error:
            raise ValueError(f"config key experiments.{name}.fit: {error}") from None
        check_same_device(
            part, experiment["hls"]["part"], f"config key experiments.{name}.fit.part: {part}", "hls.part"
        )
        if dict(counts) in [dict(b) for b in experiment["budgets"]]:
            raise ValueError(
                f"config key experiments.{name}.budgets: an entry gives fit's counts ({dict(counts)}), whose "
                "folder is fit's: the entry budgets the weight layers, fit the whole design; remove one"
            )
    if not (experiment["budgets"] or experiment.get("fit")):
        return
    methods = [m for m in experiment["methods"] if m in ABSOLUTE_METHODS]
    if not methods:
        raise ValueError(
            f"config key experiments.{name}.budgets: absolute budgets are pruned by "
            f"{' or '.join(ABSOLUTE_METHODS)}; add one to methods"
        )
    for index, budget in enumerate(experiment["budgets"]):
        for method in methods:
            if not set(budget) & set(METHODS[method].resources):
                raise ValueError(
                    f"config key experiments.{name}.budgets[{index}]: method {method} budgets "
                    f"{', '.join(METHODS[method].resources)}; give a count for {METHODS[method].resources[0]}"
                )


def check_designs(experiment: Experiment) -> None:
    """Named pruning layers exist, setting names are unique, each setting's reuse factors are valid.

    Run on every zoo experiment by `validate_config`, and on a model file's when its layers are read.

    Raises:
        ValueError: one line naming the config key.
    """
    names = [layer.name for layer in experiment.weight_layers]
    check_layer_names(
        f"config key experiments.{experiment.name}.pruning.layers", experiment.pruning.layers or (), names
    )
    seen = set()
    for index, setting in enumerate(experiment.reuse_factors):
        where = f"config key experiments.{experiment.name}.reuse_factors[{index}]"
        if setting.name in seen:
            raise ValueError(
                f"{where}: setting name {setting.name!r} is used twice; give each setting its own name"
            )
        seen.add(setting.name)
        setting.resolve(experiment.weight_layers, where)
    _check_knapsack_rf(experiment)


def _check_knapsack_rf(experiment: Experiment) -> None:
    """The latency budget names a setting, the range is ordered, every pruned layer has a candidate."""
    where = f"config key experiments.{experiment.name}.pruning.knapsack_rf"
    options = experiment.pruning.knapsack_rf
    like = (options.latency_budget or {}).get("like")
    if like is not None and like not in experiment.setting_names:
        raise ValueError(
            f"{where}.latency_budget.like: no reuse setting {like!r}; "
            f"settings: {', '.join(experiment.setting_names)}"
        )
    for key in ("rf_candidates", "parallelization_factors"):
        candidates = getattr(options, key)
        if isinstance(candidates, Mapping) and candidates["min"] > candidates["max"]:
            raise ValueError(f"{where}.{key}: min {candidates['min']} is above max {candidates['max']}")
    candidates = options.rf_candidates
    if JOINT_METHOD not in experiment.methods:
        return
    if recurrent := next((layer for layer in experiment.weight_layers if layer.part), None):
        raise ValueError(
            f"config key experiments.{experiment.name}.methods: {JOINT_METHOD} chooses the reuse factors of "
            f"Dense and convolution layers, and costs a layer's latency once, not per time step as "
            f"{recurrent.hls_layer!r} (a GRU or LSTM) runs its products: use knapsack_dsp_bram or "
            "knapsack_dsp, with the reuse factor of its hls4ml configuration"
        )
    for layer in experiment.weight_layers:
        scope = experiment.pruning.layers
        if (scope is None or layer.name in scope) and not candidate_settings(
            layer, experiment.hls.io_type, options.strategies, candidates, backend=experiment.hls.backend
        ):
            raise ValueError(
                f"{where}.rf_candidates: no reuse factor hls4ml implements for layer {layer.name} "
                f"({layer.n_in}x{layer.n_out}) is in {candidates}; valid: "
                f"{', '.join(map(str, valid_reuse_factors(layer.n_in, layer.n_out)[:12]))}, ..."
            )


def _check_precisions(name: str, hls: dict) -> None:
    for key in ("precision", "input_precision", "accum_precision"):
        if hls.get(key) not in (None, "auto"):
            try:
                parse_precision(hls[key])
            except ValueError as error:
                raise ValueError(f"config key experiments.{name}.hls.{key}: {error}") from None


def _check_synthesis(name: str, hls: dict) -> None:
    vendor = {"vivado": "Vivado", "vitis": "Vitis"}.get(hls["synthesis"])
    if vendor is not None and hls["backend"] != vendor:
        raise ValueError(
            f"config key experiments.{name}.hls.synthesis: {hls['synthesis']!r} builds the {vendor} "
            f"backend's project, but hls.backend is {hls['backend']}; set hls.backend: {vendor} "
            "or choose another synthesis"
        )


def _check_clock_uncertainty(name: str, hls: dict) -> None:
    """The margin must be a share or ns below the experiment's own clock period (a file's ClockUncertainty is
    checked against the file's ClockPeriod; the experiment may give another)."""
    try:
        clock_uncertainty(hls.get("clock_uncertainty"), hls["clock_period"])
    except ValueError as error:
        raise ValueError(f"config key experiments.{name}.hls.clock_uncertainty: {error}") from None


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
                    instance[key] = copy.deepcopy(subschema["default"])
        yield from validate_properties(validator, properties, instance, schema)

    return jsonschema.validators.extend(validator_class, {"properties": set_defaults})


def _copy(value):
    return yaml.safe_load(yaml.safe_dump(value))


def _strict_numbers(validator_class):
    """JSON Schema counts 4.0 as an integer and NaN as a number; a config means neither."""

    def is_integer(checker, instance):
        return isinstance(instance, int) and not isinstance(instance, bool)

    def is_number(checker, instance):
        return (
            isinstance(instance, (int, float)) and not isinstance(instance, bool) and math.isfinite(instance)
        )

    checker = validator_class.TYPE_CHECKER.redefine_many({"integer": is_integer, "number": is_number})
    return jsonschema.validators.extend(validator_class, type_checker=checker)


_DefaultFillingValidator = _fill_defaults(_strict_numbers(jsonschema.Draft202012Validator))
