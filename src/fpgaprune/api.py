"""The public Python API: prune your own Keras/QKeras model for your own FPGA.

    result = fpgaprune.optimize(model, train=(x, y), validation=(x_val, y_val), test=(x_test, y_test),
                                hls_config=config_from_keras_model(model, granularity="name"),
                                budget={"dsp": 1500, "bram_18k": 300})   # or {"dsp": 0.9}, or fit(part, 0.7)
    result.save("pruned/")   # model.h5, masks.npz, metrics.json, resources.json: a pipeline prune job's files
    result.build_hls("pruned/")   # its hls4ml project in pruned/hls, C-simulated (`fpgaprune optimize --hls`)
    fpgaprune.estimate(model, hls_config)["totals"]   # before pruning: the estimate of its design

`optimize` is the pipeline's prune job on a user's model: the design is read from the user's hls4ml
configuration as hls4ml reads it, every other setting comes from the pipeline's schema (override
them with `pruning=` and `training=` mappings in the config file's form), and pruning runs through
`fpgaprune.pruning.run.prune`, as `fpgaprune prune` does. With `checkpoint_dir=`, a run that was
interrupted resumes from its last accepted pruning step, and a finished one returns its result at once
(`fpgaprune.pruning.passes.Checkpoints`, keyed by an identity of everything the result depends on).
"""

import functools
import hashlib
import json
import logging
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from math import ceil, floor
from pathlib import Path

import numpy as np

from fpgaprune.config import Experiment, load_config
from fpgaprune.config.load import check_designs, unknown_part_warning, unread_training_line
from fpgaprune.config.types import ABSOLUTE_METHODS, layer_hls_dict
from fpgaprune.core.budget import (
    ResourceBudget,
    check_share_resources,
    design_latency_estimate,
    latency_amount,
    latency_text,
    parse_budget,
    parse_latency,
    reserve_line,
    reserve_part,
    split_latency_budget,
    whole_count,
    with_reserve,
    within_budget,
)
from fpgaprune.core.design import DEFAULT_BACKEND, LayerHls, design_layers, unrolled_recurrent_warning
from fpgaprune.core.devices import PartBudget, check_same_device
from fpgaprune.core.hardware.cost import combined_latency, estimate_model
from fpgaprune.core.hardware.layer import LayerHardware
from fpgaprune.core.hardware.logic import narrow_products_warning, unroll_limit_warning
from fpgaprune.core.hardware.multipliers import Target
from fpgaprune.core.hls_config import PROJECT_SETTINGS, configured_input_types, hls_settings, is_clock_period
from fpgaprune.core.objective import (
    CLASSIFIER,
    REGRESSION,
    REGRESSION_METRICS,
    Objective,
    objective_from_dict,
)
from fpgaprune.core.selection.methods import (
    JOINT_METHOD,
    METHODS,
    PEER_METHOD,
    REGRESSION_PEER_REFUSAL,
    check_method,
)
from fpgaprune.core.zoo import frozen_layers_line
from fpgaprune.records import job_identity

log = logging.getLogger(__name__)

_LOSSES = (None, "sparse_categorical_crossentropy", "categorical_crossentropy")


@dataclass
class OptimizeResult:
    """What `optimize` made: the pruned model, its masks and the same records a pipeline prune job writes.

    Attributes:
        model: the pruned Keras model (pruned weights are exact zeros).
        masks: layer name -> bool array of the kernel's shape (True = kept).
        metrics: the `metrics.json` record (accuracies, sparsity, estimate, knapsack, steps, budget).
        resources: the `resources.json` record: every number per layer and in total, with its source.
        budget: the absolute count per resource the design was pruned to (a share converted to counts; a
            part's budget: the part's counts, for the whole design).
        experiment: the typed settings it ran with.
        reserve: a part's budget only (`part_reserve`): the counts reserved for the parts pruning cannot
            change (estimate) and what the weight layers were budgeted; also in `metrics["budget"]["part"]`.
        complete_before: the result of an earlier run of the same identity that finished (`checkpoint_dir`),
            taken from its checkpoints without any training.
        onnx_source: the ONNX file the model was read from (`models.onnx_file`), whose form `save` writes the
            pruned weights in too (model.onnx); None for a Keras model.
        data, hls_config: the data (as `optimize` checked it) and hls4ml configuration `build_hls` uses.
    """

    model: object
    masks: dict[str, np.ndarray]
    metrics: dict
    resources: dict
    budget: dict[str, float]
    experiment: Experiment = field(repr=False)
    reserve: dict | None = None
    complete_before: bool = False
    onnx_source: Path | None = None
    inputs: tuple = ()  # the files optimize read, which `save` never replaces
    # what `build_hls` builds and simulates from: the data as optimize checked it, the hls4ml configuration
    data: dict | None = field(default=None, repr=False, compare=False)
    hls_config: Mapping | None = field(default=None, repr=False, compare=False)

    def __repr__(self) -> str:
        """The model's name and `summary()`: a notebook cell ending in a result printed every mask and record,
        some 20,000 characters (a review, 2026-12-07)."""
        fields = ", ".join(f"{key}={value!r}" for key, value in self.summary().items())
        return f"OptimizeResult(model={self.model.name!r}, {fields})"

    @property
    def history(self) -> list[dict]:
        """Every pruning step: target, accepted, validation accuracy, kept structures, seconds."""
        return self.metrics.get("steps", [])

    @property
    def objective(self) -> Objective:
        """What the run was judged on: accuracy, or a regression's loss (`metrics.json`'s `quality`)."""
        return objective_of(self.metrics)

    @property
    def status(self) -> str:
        """`metrics.json`'s status: ok (also when the walk stopped short of a share but the estimate is within
        the share's counts: `share_met_line`), target_not_reached (a share's budget: validation accuracy, or a
        regression's loss, stopped the walk short of the share and the estimate exceeds the share's counts,
        `summary()["budget"]`; any budget: the model kept is below the accuracy bar, `summary()["rtol_bar"]`)
        or over_budget (the final estimate exceeds an absolute budget, whatever stopped
        the walk, or a share's counts though the walk reached the share: `share_over_line`)."""
        return self.metrics["status"]

    def summary(self) -> dict:
        """One flat object: status, accuracies (a regression: `metric` and its test and validation values,
        `mse` and `val_mse`), the weight layers' DSP, BRAM_18K, LUT and FF (estimate) and the budget; with a
        part's budget also `reserved` (the parts pruning cannot change, estimate),
        `weight_layers_budget` and `whole_design` (weight layers plus reserved, estimate), which the budget
        (the part's counts) binds; the weight layers' `ii`; knapsack_rf's `design` (every layer's chosen
        reuse factor, strategy and ParallelizationFactor); with a share removed, `target` and
        `reached_target` (the share of it accepted: 0 when no step was, the budget still the counts the share
        asked for); with `latency`,
        `latency_budget` (`with_final_latency`); `rtol_bar` (`pruning.run.Pruner.judged_by_bar`)."""
        totals = self.metrics["estimate"]["totals"]
        extra = {}
        if self.reserve is not None:
            part = self.metrics["budget"]["part"]  # `core.budget.with_reserve`
            extra = {
                "reserved": {**part["reserved"], "source": "estimate", "parts": part["reserved_parts"]},
                "weight_layers_budget": part["weight_layers"],
                "whole_design": part["whole_design"],
            }
        objective = self.objective
        quality = {"metric": objective.metric} if objective.metric != "accuracy" else {}
        share = self.metrics.get("target")  # a share removed: its counts are `budget`, how far it got too
        reached = {"target": share, "reached_target": self.metrics.get("reached_target")} if share else {}
        if "latency_budget" in self.metrics:  # `latency`: the design's estimate against it
            extra["latency_budget"] = self.metrics["latency_budget"]
        if "rtol_bar" in self.metrics:  # the validation value kept against rtol x the unpruned model's
            extra["rtol_bar"] = self.metrics["rtol_bar"]
        if "outputs" in self.metrics:  # a model of several outputs: each one's values
            extra["outputs"] = self.metrics["outputs"]
        if "design" in self.metrics:  # knapsack_rf's choice of every layer's implementation
            extra["design"] = self.metrics["design"]
        return {
            "status": self.status,
            **quality,
            objective.key(): self.metrics[objective.key()],
            objective.key("val_"): self.metrics[objective.key("val_")],
            "dsp": totals["dsp"],
            "bram_18k": totals["bram_18k"],
            "lut": totals["lut"],
            "ff": totals["ff"],
            "ii": totals.get("ii"),  # a finished run's record read back from before 2026-12-07 may lack it
            "source": "estimate",
            "budget": self.budget,
            **reached,
            "method": self.metrics["method"],
            **extra,
        }

    def build_hls(self, directory: str | Path, csim_samples: int | None = None) -> dict:
        """The hls4ml project of the result `save`d in `directory`, as the pruning designed it (the chosen
        reuse factors and strategies, Resource_Unrolled layers without the pruned products, softmax tables
        sized to their range), written to `directory/hls/project` with its C simulation against Keras on the
        test split (else validation; `csim_samples`: its first N) and its records (`hls_metrics.json`,
        `resources.json`: estimate and hls_code); what `fpgaprune optimize --hls` does. The whole project's
        estimate is logged against the budget, and a part's budget takes it as the whole design
        (`metrics.json` and `self.metrics` updated).

        Returns:
            `summary()` with `hls`: csim status, the C simulation against Keras, `dsp_hls_code` (the
            firmware's multipliers) and `project_estimate` (the whole project's estimate).

        Raises:
            ValueError: `directory` holds no saved result, or hls4ml cannot write the project; one line.
        """
        from fpgaprune.hls.convert import softmax_table_lines
        from fpgaprune.hls.run import build_user_design
        from fpgaprune.io import as_written, read_json

        directory = Path(directory)
        if self.data is None or self.hls_config is None:
            raise ValueError(
                "this result holds no data and hls4ml configuration to build from: optimize it again"
            )
        _check_csim_samples(csim_samples)
        if not (directory / "model.h5").is_file() or not (directory / "metrics.json").is_file():
            raise ValueError(
                f"{directory}: holds no saved result; save it there first (result.save({directory}))"
            )
        if read_json(directory / "metrics.json") != as_written(self.metrics):
            raise ValueError(  # it built another result's model under this one's summary (a review)
                f"{directory}: holds another result's files (its metrics.json is not this one's); save this "
                f"result there first (result.save({directory}))"
            )
        summary = self.summary()
        if self.reserve is None:  # a part's run said it before its reserve's project
            for line in softmax_table_lines(self.model, self.hls_config):
                log.info("%s", line)
        try:
            metrics, resources = build_user_design(
                directory / "model.h5", self.data, self.hls_config, self, directory / "hls", csim_samples
            )
        except ValueError as error:  # the pruning is done and saved: say so
            raise ValueError(
                f"{error}; the pruning is done: {directory} holds the pruned model and its records (status "
                f"{summary['status']}, metrics.json)"
            ) from None
        if line := firmware_multipliers_line(resources["by_source"]):
            log.info("%s", line)
        project = checked_project_estimate(
            directory / "hls" / "project",
            resources,
            project_budget(summary),
            whole="whole_design" in summary,
            weights=summary,
            weights_budget=summary.get("weight_layers_budget"),
        )
        summary |= {
            "hls": {
                "csim": metrics["csim"]["status"],
                **_csim_summary(metrics, self.objective),
                "dsp_hls_code": resources["by_source"]["hls_code"]["total"]["dsp"],
                "project_estimate": project,
            }
        }
        if "whole_design" in summary and project is not None:
            summary, self.metrics = _whole_design_from_project(directory / "metrics.json", summary, project)
        if line := project_latency_over_line(summary.get("latency_budget"), project):
            log.warning("%s", line)
        return summary

    def save(self, directory: str | Path) -> Path:
        """Write model.h5, masks.npz, metrics.json and resources.json into `directory` (atomically), and
        model.onnx for a model read from an ONNX file (its pruned weights in the file's own form)."""
        from fpgaprune.io import check_outside_checkpoints

        check_outside_checkpoints(directory)  # its run replaces a checkpoint folder whole
        return self._write(directory)

    def _write(self, directory: str | Path) -> Path:
        """`save`'s files, written into `directory` (atomically; never over a file `optimize` read)."""
        from fpgaprune.io import atomic_dir, atomic_path, write_json
        from fpgaprune.models.build import save_model

        with atomic_dir(directory, self.inputs) as out:
            save_model(self.model, out / "model.h5")
            if self.onnx_source is not None:
                from fpgaprune.models.onnx_file import write_onnx_weights

                write_onnx_weights(self.onnx_source, self.model, out / "model.onnx")
            with atomic_path(out / "masks.npz") as tmp:
                np.savez_compressed(tmp, **self.masks)
            write_json(out / "metrics.json", self.metrics)
            write_json(out / "resources.json", self.resources)
        return Path(directory)


def _callers_random_state_kept(function):
    """`function` run in `train.random_state_kept`: the caller's random states and op determinism as they
    were after the run, which seeds them and turns determinism on (a review, 2026-12-07)."""

    @functools.wraps(function)
    def kept(*args, **kwargs):
        from fpgaprune.train import random_state_kept

        with random_state_kept():
            return function(*args, **kwargs)

    return kept


@_callers_random_state_kept
def optimize(
    model,
    train,
    validation,
    test=None,
    *,
    hls_config: Mapping,
    budget,
    method: str | None = None,
    latency=None,
    loss: str | None = None,
    metric: str | Mapping[str, str] | None = None,
    task: str | Mapping[str, str] | None = None,
    rtol: float | None = None,
    epochs_per_step: int | None = None,
    seed: int | None = None,
    trust_code: bool = False,
    weights: str | Path | None = None,
    pruning: Mapping | None = None,
    training: Mapping | None = None,
    name: str = "user",
    data_file: str | None = None,
    checkpoint_dir: str | Path | None = None,
    class_names=None,
) -> OptimizeResult:
    """Prune a trained classifier, regression or autoencoder to a resource budget of its hls4ml design.

    Args:
        model: a tf-keras/QKeras model, or the path of a .h5/.keras file (loaded without running code in it
            unless `trust_code`; a float Keras 3 file is translated to tf_keras). A model given in memory is
            left as it is: a copy is pruned and fine-tuned (`result.model`), so that the same call run again
            (after an interruption, with `checkpoint_dir`) finds the same model and resumes.
        train, validation, test: (x, y) arrays; labels as class indices or one-hot rows (a regression: float
            targets of the model's output shape; an autoencoder: (x, None) or (x, x), the targets are the
            inputs); test is optional and only reported. A model of several inputs takes x as a list of
            arrays in its input order or a dict by input name, as Keras does.
        hls_config: hls4ml's configuration of the model (`config_from_keras_model(model, granularity="name")`,
            or a whole configuration with IOType, Part, ...); per-layer ReuseFactor, Strategy and Precision
            are read as hls4ml reads them.
        budget: absolute counts for all the design's weight layers, pruned or not ({"dsp": 1500, "bram_18k":
            300}, {"lut": 200000} for knapsack_lut; the layers without weights, tables and glue are not
            counted), `fpgaprune.fit(part, utilization)` (a share of a chip, for the whole design: the parts
            pruning cannot change, estimated from the unpruned model's hls4ml project, are reserved out of
            it first and the weight layers get the rest; `part_reserve`), or a share removed of every
            resource the method budgets ({"dsp": 0.9}).
        method: knapsack_dsp, knapsack_dsp_bram (the default without `latency`), knapsack_rf (each layer's
            reuse factor and strategy chosen too, at no more latency than the hls_config's design or
            `latency`; the default with it), knapsack_lut (a LUT budget, for designs whose products are
            LUTs), magnitude, structured or hls4ml_dsp_aware (hls4ml's own pruning; the last three take
            shares only).
        latency: the whole design's latency budget, "2us", "500ns", "400cycles" or {"ns": 500}, ...
            (`core.budget.parse_latency`; a time in whole cycles of the hls_config's clock): knapsack_rf
            chooses the reuse factors within it, the weight layers getting what the unpruned project
            spends outside them less (estimates; `core.budget.split_latency_budget`). Recorded in
            `metrics["latency_budget"]` with the final design's estimate; the status is over_budget when
            that estimate exceeds it.
        loss, metric: a classifier's loss (cross-entropy on the softmax output, or of the logits) and
            metric (accuracy); a regression's metric, "mse" (default) or "mae", is also its fine-tuning loss
            (`loss` stays None).
        task: "classification" or "regression" (an autoencoder is a regression whose targets are its
            inputs); None: a model ending in a softmax is a classifier, so is one ending in one sigmoid output
            whose targets are 0 and 1 (a binary classifier, judged at probability 0.5); one ending in neither
            is a classifier of its logits when its targets are class labels (class indices or one-hot rows;
            for one output, integers 0 and 1; judged on the argmax, one logit above 0), a regression when they
            are floats of its output's shape (or left out), and anything else is refused. "classification"
            with a model ending in no softmax or sigmoid: a classifier of its logits. A model of several
            outputs takes `task` and `metric` for all, or per output as a mapping by output name
            ({"pt": "mae"}: the outputs not named inferred).
        rtol: accept a pruning step when validation accuracy >= rtol x the unpruned model's (a regression:
            validation loss <= the unpruned model's / rtol).
        epochs_per_step: fine-tuning epochs after each pruning step.
        seed: the run's Python, NumPy and TensorFlow seed (default: the schema's `seed`); it runs with
            TensorFlow's deterministic ops. The caller's Python and NumPy random states and op determinism
            are put back afterwards; TensorFlow's global seed stays the run's.
        trust_code: load a model file that holds code (Lambda layers, custom classes).
        weights: the weights file of a `model` given as a Keras 2 architecture `.json` (`model.to_json()` and
            `model.save_weights(...)`: hls4ml's KerasJson and KerasH5).
        pruning, training: further settings in the config file's form (config/README.md), e.g.
            {"schedule": {"kind": "polynomial", "steps": 3}}.
        name: the experiment name written in the records.
        data_file: where the arrays came from, for the records (the CLI's --data).
        class_names: the classes' names, one per model output (a binary classifier's one output: two; the data
            file's `class_names`), checked and
            recorded (`metrics.json`'s `data.class_names`); default: the output indices.
        checkpoint_dir: a folder for checkpoints (created; one holding anything else is refused, never
            emptied). The walk is saved there after every accepted pruning step, keyed by an identity of
            everything the result depends on (the model's and the data's checksums, the budget, method,
            hls_config, every pruning and training setting, the seed, fpgaprune's and the stack's versions);
            a rerun of the same identity resumes from the last accepted step and reaches the result the
            uninterrupted run reaches, and after a finished run returns its result without training
            (`complete_before`). Checkpoints of another identity are replaced (one log line). Every walk is
            reseeded after each accepted step (`pruning.run.prune_model`), so the result is the same with or
            without checkpoints.

    Returns:
        The `OptimizeResult`.

    Raises:
        ValueError, FileNotFoundError: one line naming the problem, before any training: a model or layer
            fpgaprune cannot prune, data that does not fit the model, a reuse factor hls4ml cannot implement,
            a misspelt key of `hls_config` or a `LayerName` entry for no layer of the model, a malformed
            budget or one below what must remain, an rtol outside (0, 1], a task or metric that does not go
            with the model or its targets (a regression's integer targets among them).
    """
    from fpgaprune.data.user import make_user_dataset
    from fpgaprune.models.user import (
        binary_pruning_refusal,
        hls_design,
        input_shapes,
        inputs_outside_lines,
        peer_refusal,
        task_objective,
        unfused_depthwise,
        unfused_depthwise_line,
        unjoined_model,
        weight_layers,
    )
    from fpgaprune.pruning.run import prune, pruned_layers
    from fpgaprune.train import set_seed

    hls_config = _plain(hls_config)
    _check_objective(task, loss, metric)
    _check_rtol(rtol if rtol is not None else (pruning or {}).get("rtol"))
    method = method_for(method, latency, pruning)
    check_method(method)
    train, validation, test = (_with_targets(pair) for pair in (train, validation, test))
    arrays = _arrays(train, validation, test)  # each a pair (one line otherwise), before the model loads
    parsed = parse_budget(budget)
    budgeted = (
        METHODS[method].resources if method in METHODS else tuple(_share_bounded(method))
    )  # hls4ml's: DSP
    check_share_resources(parsed, budgeted, method)
    if parsed.absolute and method not in ABSOLUTE_METHODS:
        raise ValueError(
            f"method {method} budgets "
            f"{', '.join(METHODS[method].resources) if method in METHODS else 'its own'}"
            f", not resource counts; give a share removed (e.g. {{'dsp': 0.9}}) or one of "
            f"{', '.join(ABSOLUTE_METHODS)}"
        )
    if isinstance(budget, PartBudget):  # before the model loads; fpgaprune optimize --part checked it already
        check_part_device(budget.part, hls_config, f"fit({budget.part!r}, {budget.utilization:g})")
    given = hls_settings(hls_config)  # a configuration that is no mapping, or a setting hls4ml cannot build
    if given.get("part") and (line := unknown_part_warning(given["part"])):  # was said at the end
        log.warning("hls_config Part: %s", line)
    if line := unread_training_line(name, training):  # the model is its own baseline, never trained
        log.warning(line)
    onnx_source = (
        Path(model).resolve()
        if isinstance(model, (str, Path)) and Path(model).suffix.lower() == ".onnx"
        else None
    )
    read_files = tuple(Path(path) for path in (model, weights) if isinstance(path, (str, Path)))
    model, model_file, (names, aliases) = _model(model, trust_code, weights)
    data_name = Path(data_file).stem if data_file else name
    several = len(model.outputs) > 1  # pruned as one model of one output, `joined_model`
    if several:
        if method == PEER_METHOD:
            raise ValueError(SEVERAL_OUTPUTS_PEER_REFUSAL)
        outputs_model = model  # its hls4ml project is of this one, several outputs and all
        model, data = _several_outputs(model, names, aliases, arrays, task, metric, data_name, class_names)
        objective = data.objective
    else:
        arrays = _one_output_targets(arrays, names, aliases)
        tasks, metrics = _objective_settings(task, metric, names, aliases)
        task, metric = tasks[names[0]], metrics[names[0]]
        objective = task_objective(
            model, arrays["y_train"], task, metric, targets_are_inputs=arrays["y_train"] is arrays["x_train"]
        )
    # what `build_hls` simulates, in the form `hls.run.build_user_design` reads (a data file's)
    kept_data = arrays if several or class_names is None else arrays | {"class_names": class_names}
    if objective.is_regression and method == PEER_METHOD:
        raise ValueError(REGRESSION_PEER_REFUSAL)
    if objective.is_regression:
        _check_regression_loss(loss)
    if method == PEER_METHOD and (refusal := peer_refusal(model)):
        raise ValueError(refusal)
    if not several:
        data = make_user_dataset(
            arrays | ({} if class_names is None else {"class_names": class_names}),
            input_shapes(model),
            model.output_shape[-1],
            name=data_name,
            objective=objective,
            output_shape=tuple(model.output_shape[1:]),
        )
    design = hls_design(model, hls_config, classifier=objective.ends_in_probabilities)
    for line in inputs_outside_lines(
        model, data.x_train, configured_input_types(hls_config, model.input_names)
    ):
        log.warning("%s", line)
    if unfused := unfused_depthwise(model, hls_config)[1]:
        log.info("%s", unfused_depthwise_line(unfused, design.precision))
    weights = weight_layers(model)
    if (line := frozen_layers_line(weights)) and not (pruning or {}).get("layers"):
        log.info("%s", line)
    settings = {**(pruning or {}), **_given(rtol=rtol, epochs_per_step=epochs_per_step)}

    def configure(settings: Mapping):
        config = _config(
            name,
            model_file,
            data_file,
            hls_settings(hls_config),
            design.setting,
            method,
            parsed.share,
            seed,
            trust_code,
            settings,
            training,
        )
        experiment = config.experiment(name).with_model_layers(weights, design.precisions)
        if refusal := binary_pruning_refusal(model, experiment.pruning.layers):
            raise ValueError(refusal)
        check_designs(experiment)  # knapsack_rf: every pruned layer has a reuse factor to choose from
        return config, experiment, experiment.design(design.setting.name, pruned=True)  # as a pipeline job's

    config, experiment, layers = configure(settings)
    style = next(iter(design.precisions.values())).pipeline_style
    if line := unrolled_recurrent_warning(weights, layers, style):
        log.warning("%s", line)
    for names, line in layer_warnings(layers, experiment.cost_target.hls_tool):  # said before any training
        log.warning("%s: %s", ", ".join(names), line)
    project = latency_split = None
    if latency is not None:  # the weight layers' share of the whole design's latency, before any training
        project = unpruned_project(outputs_model if several else model, hls_config, experiment, layers)
        latency_split = latency_budget_split(latency, model, experiment, layers, project)
        weight_cycles = {"cycles": latency_split["weight_layers"]}
        joint = {**settings.get(JOINT_METHOD, {}), "latency_budget": weight_cycles}
        config, experiment, layers = configure({**settings, JOINT_METHOD: joint})
    set_seed(config.seed)
    checkpoints = None
    if checkpoint_dir is not None:
        from fpgaprune.pruning.passes import Checkpoints

        names = (
            None if class_names is None else (list(map(str, class_names)),)
        )  # recorded: part of the result
        identity = _identity(
            experiment,
            method,
            config.seed,
            budget,
            hls_config,
            model,
            model_file,
            (data.x_train, data.y_train),
            (data.x_val, data.y_val),
            (data.x_test, data.y_test),
            names,
            objective=objective,
        )
        checkpoints = Checkpoints(Path(checkpoint_dir), identity)
        if (finished := _finished(checkpoints, experiment, trust_code)) is not None:
            return replace(
                finished, onnx_source=onnx_source, inputs=read_files, data=kept_data, hls_config=hls_config
            )
    try:  # refusals before the walk (a budget below what must remain, ...) leave no checkpoint folder
        kernels = built_kernels(model, layers)
        baseline = estimate_model(layers, kernels, experiment.cost_target).totals
        as_given = experiment.design(design.setting.name, pruned=False)
        rewritten = any(a.strategy != b.strategy for a, b in zip(as_given, layers, strict=True))
        # the configured design's own estimate only where pruning writes its layers otherwise
        configured = (
            estimate_model(as_given, kernels, experiment.cost_target).totals if rewritten else baseline
        )
        if written_otherwise := written_otherwise_line(configured, baseline, as_given, layers):
            log.warning("%s", written_otherwise)
        reserve = None
        if isinstance(budget, PartBudget) and parsed.absolute:  # a share of a chip: the whole design
            from fpgaprune.hls.convert import softmax_table_lines

            projected = outputs_model if several else model
            for line in softmax_table_lines(projected, hls_config):  # its project's, and --hls's
                log.info("%s", line)
            reserve = part_reserve(
                projected, hls_config, experiment, layers, baseline, budget, project=project
            )
            log.info("%s", reserve_line(reserve))
            parsed = ResourceBudget(absolute=reserve["weight_layers"])
        log.info("%s", start_line(baseline, parsed, method, reserved=reserve is not None))
        if (refusal := nothing_to_prune(baseline, parsed, method)) is not None:
            raise ValueError(refusal)
        for line in unoptimised_cuts(baseline, parsed, method):
            log.warning("%s", line)
        scope = pruned_layers(layers, experiment.pruning)  # the weights of pruning.layers alone
        names = {layer.name for layer in scope}
        scoped = [kernel for layer, kernel in zip(layers, kernels, strict=True) if layer.name in names]
        if line := unbudgeted_weights_line(scope, scoped, experiment.cost_target, method):
            log.warning("%s", line)
        model, masks, metrics = prune(
            model,
            data,
            experiment,
            layers,
            method,
            parsed.share,
            design.setting.name,
            budget=parsed.absolute or None,
            seed=config.seed,
            checkpoints=checkpoints,
            part=reserve["part"] if reserve is not None else None,
        )
        if metrics["status"] == "unsupported":  # hls4ml's own loop could not run: nothing was pruned
            raise ValueError(
                f"method {PEER_METHOD} (hls4ml's DSP-aware pruning) cannot run this model or configuration: "
                f"{metrics['error'].splitlines()[0]}; give another method, e.g. knapsack_dsp"
            )
    except ValueError:
        if checkpoints is not None:
            checkpoints.discard_unused()
        raise
    metrics = {
        **job_identity(experiment, method),
        "rf_setting": design.setting.name,
        "seed": config.seed,
        "data": data.provenance,  # split sizes and class names, as a pipeline baseline's record has them
        **metrics,
    }
    if reserve is not None:
        metrics["budget"] = with_reserve(metrics["budget"], reserve, metrics["estimate"]["totals"])
    if latency_split is not None:
        metrics["latency_budget"] = with_final_latency(latency_split, metrics, experiment.hls.io_type)
        if not metrics["latency_budget"]["met"]:
            metrics["status"] = "over_budget"
            log.warning("%s", latency_over_line(metrics["latency_budget"]))
    if line := chosen_design_line(metrics):
        log.info("%s", line)
    for line in unbounded_growth(baseline, metrics.get("estimate", {}).get("totals", {}), parsed, method):
        log.warning("%s", line)
    # when the configured design was the smaller one and DSP was what the run cut (knapsack_rf may trade it)
    cut_dsp = latency is None and ("dsp" in _share_bounded(method) or "dsp" in parsed.absolute)
    final = metrics.get("estimate", {}).get("totals", {})
    if written_otherwise and cut_dsp and (line := larger_than_given_line(configured, final)):
        log.warning("%s", line)
    counts = dict(budget) if reserve is not None else _absolute_budget(parsed, metrics, baseline)
    if (line := share_over_line(metrics, counts, parsed, experiment.pruning.max_layer_sparsity)) is not None:
        metrics["status"] = "over_budget"
        log.warning("%s", line)
    if (line := share_met_line(metrics, counts, parsed)) is not None:
        metrics["status"] = "ok"
        log.info("%s", line)
    result = OptimizeResult(
        unjoined_model(model) if several else model,  # its layers the pruned joined model's
        masks,
        metrics,
        _resources(experiment, design, _built_layers(design, weights, layers, metrics), model),
        counts,
        experiment,
        reserve,
        onnx_source=onnx_source,
        inputs=read_files,
        data=kept_data,
        hls_config=hls_config,
    )
    if checkpoints is not None:
        _keep(checkpoints, result)
    return result


_RESULT_FILES = ("model.h5", "masks.npz", "metrics.json", "resources.json")
DEFAULT_METHOD = "knapsack_dsp_bram"


def _identity(
    experiment, method, seed, budget, hls_config, model, model_file, *pairs, objective: Objective = CLASSIFIER
) -> dict:
    """Everything a run's result depends on, for its checkpoints (`checkpoint_dir`): the records' head
    (method, fpgaprune's and the stack's versions), the typed settings, the seed, the budget as given, the
    hls4ml configuration and the checksums of the model (its file, or an in-memory model's architecture and
    weights) and of the data's arrays as checked (the Dataset's: a model of several inputs' x in its input
    order, however given; since 2026-12-05, so a checkpoint written before is replaced once); a regression's
    or a classifier of logits' objective (a classifier of probabilities' identity leaves it out)."""
    from fpgaprune.config.types import checkpoint_settings
    from fpgaprune.io import sha256_file

    if Path(model_file).suffix.lower() == ".onnx" and Path(model_file).is_file():  # its weights beside it too
        from fpgaprune.models.onnx_file import onnx_sha256

        model_sha256 = onnx_sha256(model_file)
    elif Path(model_file).is_file():
        model_sha256 = sha256_file(model_file)
    else:
        digest = hashlib.sha256(model.to_json().encode())
        for weights in model.get_weights():
            digest.update(np.ascontiguousarray(weights).tobytes())
        model_sha256 = digest.hexdigest()
    data = hashlib.sha256()
    for pair in pairs:
        for array in _flat(pair or ()):
            array = np.asarray(array)
            data.update(f"{array.dtype}{array.shape}".encode())
            data.update(np.ascontiguousarray(array).tobytes())
    given = budget if isinstance(budget, str) else dict(budget)
    part = {"part": budget.part, "utilization": budget.utilization} if isinstance(budget, PartBudget) else {}
    return {
        **job_identity(experiment, method),
        "experiment_config": checkpoint_settings(experiment, experiment.setting_names[0]),
        "seed": seed,
        "budget": {"given": given, **part},
        "hls_config": json.loads(json.dumps(hls_config, sort_keys=True, default=str)),
        "model_sha256": model_sha256,
        "data_sha256": data.hexdigest(),
        **({"objective": objective.as_dict()} if objective != CLASSIFIER else {}),
    }


def _keep(checkpoints, result: OptimizeResult) -> None:
    """A finished run's result in its checkpoints: `result/` (its files, as `save` writes them) and
    `result.json` (the budget, the reserve and the files' checksums), written last."""
    from fpgaprune.io import write_json
    from fpgaprune.records import output_checksums

    folder = result._write(checkpoints.checkpoint_dir / "result")  # the store's own copy
    record = {"budget": result.budget, "reserve": result.reserve, **output_checksums(folder, _RESULT_FILES)}
    write_json(checkpoints.checkpoint_dir / "result.json", record)


def _finished(checkpoints, experiment: Experiment, trust_code: bool) -> OptimizeResult | None:
    """The result a finished run of the same identity kept in `checkpoints` (`_keep`), or None.

    Raises:
        ValueError: one line when a file of it changed since it was written.
    """
    from fpgaprune.io import read_json, sha256_file
    from fpgaprune.models.load import load_model_file

    root = checkpoints.checkpoint_dir
    if not (root / "result.json").is_file():
        return None
    kept, folder = read_json(root / "result.json"), root / "result"
    for name in _RESULT_FILES:
        expected = kept["files"][name]["sha256"]
        if not (folder / name).is_file() or sha256_file(folder / name) != expected:
            raise ValueError(
                f"{folder / name}: changed since it was written (expected sha256 {expected}); delete {root} "
                "and rerun"
            )
    log.info(
        "this run finished before (checkpoints in %s): its result is taken as it is, nothing is trained", root
    )
    with np.load(folder / "masks.npz") as masks:
        masks = {name: masks[name] for name in masks.files}
    return OptimizeResult(
        load_model_file(folder / "model.h5", trust_code=trust_code),
        masks,
        read_json(folder / "metrics.json"),
        read_json(folder / "resources.json"),
        kept["budget"],
        experiment,
        kept["reserve"],
        complete_before=True,
    )


def part_reserve(
    model,
    hls_config: Mapping | None,
    experiment: Experiment,
    layers,
    baseline: Mapping,
    budget,
    remedy: tuple[str, str] | None = None,
    project: tuple[dict, dict] | None = None,
) -> dict:
    """The parts of the design pruning cannot change, reserved out of a part's budget (`PartBudget`).

    The unpruned model's hls4ml project, with the pruned design's reuse factors and strategies (`layers`), is
    written to a temporary directory and estimated as `fpgaprune estimate` estimates it; what lies outside
    the weight layers (`baseline`, their estimate) is reserved, and the weight layers are budgeted the rest,
    rounded down (`core.budget.reserve_part`). `hls_config`: the user's hls4ml configuration
    (`fpgaprune.optimize`, a pipeline experiment's `model.hls_config`); None: the pipeline's, from
    `experiment.hls` (a pipeline experiment's `fit:`, the project `fpgaprune hls` writes for the design).
    `remedy`: (what the error asks the user to change, the utilisation's option) when not the CLI's own
    (`core.budget.reserve_part`). `project`: `unpruned_project`'s result, when at hand.

    Returns:
        `core.budget.reserve_part`'s record: part, utilization, chip, reserved, weight_layers, whole_unpruned,
        source ("estimate"), reserved_parts.

    Raises:
        ValueError: one line, before any training, when the reserved parts alone reach a resource's count.
    """
    whole, parts = project or unpruned_project(model, hls_config, experiment, layers)
    words = dict(zip(("remedy", "utilization_option"), remedy)) if remedy else {}
    return reserve_part(budget, whole, baseline, parts=parts, **words)


def unpruned_project(model, hls_config: Mapping | None, experiment: Experiment, layers) -> tuple[dict, dict]:
    """(totals, what lies outside the weight layers by resource) of the estimate of the unpruned model's
    hls4ml project, written with the reuse factors and strategies of `layers`
    (`hls.run.unpruned_project_estimate`)."""
    from fpgaprune.hls.run import unpruned_project_estimate

    strategies = {layer.name: (layer.reuse_factor, layer.strategy.lower()) for layer in layers}
    parallel = {layer.name: layer.parallelization_factor for layer in layers}
    parallel = {name: factor for name, factor in parallel.items() if factor > 1}
    return unpruned_project_estimate(
        model, dict(hls_config) if hls_config is not None else None, experiment.hls, strategies, parallel
    )


def method_for(method: str | None, latency, pruning: Mapping | None) -> str:
    """The method of a run: knapsack_rf with a latency budget (the only one that chooses reuse factors), else
    knapsack_dsp_bram when none is given. One line for a latency given with another method or twice."""
    if latency is None:
        return method or DEFAULT_METHOD
    latency_amount(latency)  # its form, before the model loads (cycles need the clock, known later)
    if method not in (None, JOINT_METHOD):
        raise ValueError(
            f"a latency budget ({latency!r}) bounds the reuse factors {JOINT_METHOD} chooses; method "
            f"{method} keeps the hls4ml configuration's, so give --method {JOINT_METHOD} or leave the "
            "method out"
        )
    if (pruning or {}).get(JOINT_METHOD, {}).get("latency_budget") is not None:
        raise ValueError(
            f"the latency is given twice (latency {latency!r} and pruning.{JOINT_METHOD}.latency_budget); "
            "give one"
        )
    return JOINT_METHOD


def latency_budget_split(latency, model, experiment: Experiment, layers, project: tuple[dict, dict]) -> dict:
    """`core.budget.split_latency_budget` of `latency` at the design's clock, with the unpruned project's
    estimate (`unpruned_project`: its totals, and under io_stream its slowest process without weights) and its
    weight layers' latency as knapsack_rf combines it; logged in one line."""
    from fpgaprune.core.hardware.cost import latency_rule
    from fpgaprune.core.hardware.logic import slow_part_latency_warning
    from fpgaprune.pruning.run import weight_layers_latency

    clock = experiment.hls.clock_period
    whole, parts = project
    outside = parts.get("latency_cycles", {})
    concurrent = latency_rule(experiment.hls.io_type) == "max"
    slowest = (
        next(((name.strip("'"), cycles) for name, cycles in outside.items()), None) if concurrent else None
    )
    split = split_latency_budget(
        parse_latency(latency, clock),
        whole["latency_cycles"],
        weight_layers_latency(model, layers, experiment.cost_target),
        slowest,
    )
    log.info(
        "latency %s = %s cycles at %g ns: the unpruned project takes %s (estimate; written as the pruned "
        "design will be, its strategies and tables, so not always `fpgaprune estimate --model`'s), %s of "
        "them outside the weight layers; %s chooses the reuse factors so that the weight layers take at most "
        "%s",
        split["given"],
        f"{split['cycles']:,}",
        clock,
        f"{split['unpruned_project']:,.0f}",
        f"{split['outside_weight_layers']:,}",
        JOINT_METHOD,
        f"{split['weight_layers']:,}",
    )
    slow = slow_part_latency_warning(experiment.cost_target)
    if slow:  # the budget is met by estimates that such parts have exceeded
        log.warning("latency %s: %s", split["given"], slow)
    return split


def layer_warnings(layers: list[LayerHardware], hls_tool: str) -> list[tuple[list[str], str]]:
    """The warnings `fpgaprune estimate` gives the weight layers of a design that optimize also says, before
    any training, each text once with the layers it names: a Latency Dense Vivado HLS will not unroll
    (`logic.unroll_limit_warning`), products narrow enough that DSP and LUT may trade places
    (`logic.narrow_products_warning`; optimize left it out, and after --hls stated the firmware's LUT
    products as settled: a review, 2026-12-07)."""
    named: dict[str, list[str]] = {}
    for layer in layers:
        for line in (unroll_limit_warning(layer, hls_tool), narrow_products_warning(layer)):
            if line:
                named.setdefault(line, []).append(layer.name)
    return [(names, line) for line, names in named.items()]


def chosen_design_line(metrics: Mapping) -> str | None:
    """knapsack_rf's chosen implementation of every weight layer and the weight layers' II (estimate), in one
    line; None for the other methods (the configuration's stand). A review's MLP went from II 16 to 128 under
    `--latency 1us` and nothing but metrics.json said so (2026-12-07)."""
    design = metrics.get("design")
    if not design:
        return None
    chosen = ", ".join(
        f"{name} {spec['strategy']}/{spec['reuse_factor']}"
        + (f"/{spec['parallelization_factor']}" if spec.get("parallelization_factor", 1) > 1 else "")
        for name, spec in design.items()
    )
    ii = metrics["estimate"]["totals"].get("ii")
    timing = f"; the weight layers' II {ii:,} (estimate)" if ii is not None else ""
    return f"{JOINT_METHOD} chose (strategy/reuse factor): {chosen}{timing}"


def latency_over_line(record: Mapping) -> str:
    """Why a run whose estimate exceeds its latency budget is over_budget."""
    return (
        f"over_budget: the design's latency estimate {record['design_estimate']:,.0f} cycles exceeds the "
        f"latency {latency_text(record['given'], record['cycles'])} (the weight layers' estimate with the "
        f"{record['outside_weight_layers']:,} cycles outside them)"
    )


def with_final_latency(split: Mapping, metrics: Mapping, io_type: str) -> dict:
    """The latency budget's record with the final design's estimate (`core.budget.design_latency_estimate`):
    its weight layers' latency (combined as knapsack_rf combines it) with what the unpruned project spends
    outside them, in whole cycles."""
    layers = [layer["latency_cycles"] for layer in metrics["estimate"]["layers"].values()]
    design = ceil(design_latency_estimate(split, combined_latency(layers, io_type)))
    return {**split, "design_estimate": design, "met": design <= split["cycles"]}


def _check_regression_loss(loss) -> None:
    """One line for a loss given with a regression (given as one, or inferred: `task_objective`), which is
    fine-tuned on its metric's error; an inferred one's loss went unused without a word (a review,
    2026-12-07)."""
    if loss is not None:
        raise ValueError(
            f"loss {loss!r}: a regression is fine-tuned on its metric's error (metric='mse' or 'mae'); leave "
            "loss None"
        )


def _check_objective(task, loss, metric) -> None:
    """Refuse, before any work, a task, loss or metric that names nothing fpgaprune does or that do not go
    together (one line naming the fix). A task or metric given per output (a mapping by output name, for a
    model of several outputs) is checked value by value here, against the outputs when the model is read
    (`_per_output`)."""
    if isinstance(task, Mapping) or isinstance(metric, Mapping):
        tasks = task if isinstance(task, Mapping) else {}
        metrics = metric if isinstance(metric, Mapping) else {}
        _check_objective(_shared(task), loss, _shared(metric))  # what applies to every output, and the loss
        for name in dict.fromkeys([*tasks, *metrics]):
            try:
                _check_objective(tasks.get(name, _shared(task)), None, metrics.get(name, _shared(metric)))
            except ValueError as error:
                raise ValueError(f"output {name}: {error}") from None
        return
    if task is not None:
        Objective(task, metric)  # one line when they do not go together
    if task == REGRESSION or metric in REGRESSION_METRICS:
        _check_regression_loss(loss)
    if loss not in _LOSSES:
        raise ValueError(
            f"loss {loss!r}: fpgaprune fine-tunes classifiers with cross-entropy on their softmax (or one "
            f"sigmoid) output or of their logits; give None or one of {', '.join(map(str, _LOSSES[1:]))}"
        )
    if metric not in (None, "accuracy", *REGRESSION_METRICS):
        raise ValueError(
            f"metric {metric!r}: steps are accepted on validation accuracy (a classifier) or on a "
            f"regression's {' or '.join(REGRESSION_METRICS)}; give one of those"
        )


def _shared(setting):
    """A task or metric given for every output: `setting` unless it is given per output (a mapping)."""
    return None if isinstance(setting, Mapping) else setting


def _objective_settings(task, metric, names: list[str], aliases: Mapping[str, str]) -> tuple[dict, dict]:
    """(output name -> task, output name -> metric) of a run (`_per_output`)."""
    return _per_output(task, names, aliases, "task"), _per_output(metric, names, aliases, "metric")


def tasks_by_output(model, task) -> dict:
    """Output name -> the task `optimize` reads for it from `task` (one for all, or a mapping by output name
    or alias; None: inferred); one line for a name that is no output."""
    return _per_output(task, *_given_names(model), "task")


def _per_output(setting, names: list[str], aliases: Mapping[str, str], what: str) -> dict:
    """Output name -> its task or metric (`what`): `setting` for each, or, given per output (a mapping by
    output name or alias, `models.user.output_aliases`), each output's own (None: inferred); one line for a
    name that is no output."""
    if not isinstance(setting, Mapping):
        return dict.fromkeys(names, setting)
    given = {(key if key in names else aliases.get(key, key)): value for key, value in setting.items()}
    if len(given) < len(setting):
        raise ValueError(
            f"{what} given twice for one output (by its name and by its weight layer's): give it once"
        )
    if unknown := sorted(map(str, set(given) - set(names))):
        raise ValueError(
            f"{what} of {', '.join(unknown)}: the model's outputs are {', '.join(names)}; give {what} by "
            f"output name (e.g. {{{names[-1]!r}: ...}}), or one for all"
        )
    return {name: given.get(name) for name in names}


def check_part_device(part: str, hls_config: Mapping | None, given: str) -> None:
    """A part's budget must be for the device the design is costed and built for, the hls config's `Part`
    (`devices.check_same_device`): one line before any work; without a `Part` the design is costed for the
    default part, which is warned about. `given`: how the part was given (`--part xcvu9p`,
    `fit('xcvu9p', 0.7)`). `optimize(budget=fit(...))` took another device's counts without a word: a VU9P's
    budget for a design costed and reserved for a ZU3EG."""
    named = hls_config.get("Part") if isinstance(hls_config, Mapping) else None  # not a mapping: refused next
    if named is None:
        log.warning(
            "%s sets the budget, but the hls config names no Part: the design is costed and its project "
            "written for the default part (hls.part); add Part: <full part name> to the hls config",
            given,
        )
        return
    check_same_device(part, str(named), given, "the hls config's Part")


def _check_rtol(rtol) -> None:
    """Refuse a tolerance outside (0, 1] in one line saying what it means for both tasks (the schema's
    message named only the bound: 'config key experiments.reg.pruning.rtol: 1.5 is greater than the maximum of
    1'). None: the schema's default."""
    if rtol is None or (isinstance(rtol, (int, float)) and not isinstance(rtol, bool) and 0 < rtol <= 1):
        return
    raise ValueError(
        f"rtol {rtol!r}: give a number in (0, 1]: a step is accepted when its validation accuracy >= rtol x "
        "the unpruned model's, a regression's when its validation loss <= the unpruned model's / rtol (0.9 "
        "lets the loss grow by 11 %, 0.5 double)"
    )


def objective_of(metrics: Mapping) -> Objective:
    """The objective a `metrics.json` record was judged on: its `quality` (a regression's, a classifier of
    logits'), else accuracy."""
    quality = metrics.get("quality")
    return CLASSIFIER if quality is None else objective_from_dict(quality)


def _with_targets(pair):
    """An (x, None) pair as (x, x): an autoencoder's targets are its inputs."""
    if isinstance(pair, (tuple, list)) and len(pair) == 2 and pair[1] is None:
        return pair[0], pair[0]
    return pair


def estimate(
    model,
    hls_config: Mapping,
    part: str | None = None,
    clock_period: float | None = None,
    hls_version: str | None = None,
    trust_code: bool = False,
    weights: str | Path | None = None,
) -> dict:
    """The cost model's estimate of `model`'s hls4ml design, before any pruning (`fpgaprune estimate
    --model`): its project written to a temporary directory with `hls_config` as it stands
    (`hls.convert.write_configured_project`), then estimated as `fpgaprune estimate PROJECT_DIR` estimates a
    project (`core.hardware.glue.estimate_project`: `layers`, `activations`, `memories`, `totals`,
    `warnings`, `hls_version`, `target` with the design's `latency_ns`), with the error bands and the totals
    beyond the layers as `--json` gives them (`glue.estimate_bands`: `outside_layers`, `expected_error`,
    `totals_expected_error`, `expected_error_by_kind`, `totals_expected_error_by_io`). Every number is an
    estimate; an INFO line names the project's settings and those the configuration left to fpgaprune's
    defaults.

    Args:
        model: a Keras/QKeras model, or the path of its .h5/.keras file or .json architecture (with
            `weights`), loaded by the safe loader (`trust_code`: a file holding code runs).
        hls_config: hls4ml's configuration (the dict `config_from_keras_model` gives, or one with IOType,
            Backend, Part, ClockPeriod and ClockUncertainty beside its HLSConfig).
        part, clock_period: the FPGA part and the clock period in ns to estimate for, over the
            configuration's Part and ClockPeriod (without either: fpgaprune's defaults, `hls:` in the
            config schema).
        hls_version: the HLS tool's version to cost for (default: the newest the calibration has).
    """
    from fpgaprune.core.hardware.glue import estimate_bands, estimate_project_files
    from fpgaprune.core.hardware.project import read_project_files, target_settings
    from fpgaprune.hls.convert import project_settings_line, quantized_weights_line, write_configured_project
    from fpgaprune.io import scratch_dir

    _check_target(part, clock_period)
    hls_config = _plain(hls_config)
    model, _ = _loaded(model, trust_code, weights)
    with scratch_dir("estimate") as folder:
        project = Path(folder) / "project"
        settings = write_configured_project(model, hls_config, project, part, clock_period)
        log.info(
            "estimate of %s's hls4ml project (%s)",
            model.name,
            project_settings_line(hls_config, settings, part, clock_period),
        )
        if quantized := quantized_weights_line(model):
            log.info("%s", quantized)
        layers, result = estimate_project_files(
            read_project_files(project, target_settings()), None, hls_version
        )
        return {**result, **estimate_bands(layers, result)}


def _check_csim_samples(count) -> None:
    """One line unless `count` is a positive whole number or None (every sample): 0 simulated every sample,
    -5 all but the last five, 2.5 was a TypeError (a review, 2026-12-07)."""
    if count is not None and (isinstance(count, bool) or not isinstance(count, int) or count < 1):
        raise ValueError(f"csim_samples {count!r}: give a positive count, or None for every sample")


def _plain(value):
    """A configuration with NumPy scalars as Python numbers (a reuse factor computed with NumPy, np.int64(2),
    was refused as "must be a whole number >= 1": a review, 2026-12-07)."""
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value.item() if isinstance(value, np.generic) else value


def _check_target(part, clock_period) -> None:
    """`estimate`'s part and clock period: one line for a part that is no name (`fit(...)` is optimize's
    budget) or a clock period that is no positive number (they failed deep inside with a TypeError), a
    warning for a part of no known device, as optimize says it (a review, 2026-12-07)."""
    if part is not None and not isinstance(part, str):
        budget = " (fit(...) is a budget for optimize)" if isinstance(part, PartBudget) else ""
        raise ValueError(
            f"part must be an FPGA part's name, e.g. 'xcvu9p-flga2104-2L-e', got {part!r}{budget}"
        )
    if clock_period is not None and not is_clock_period(clock_period):
        raise ValueError(
            f"clock_period {clock_period!r}: give the clock period in ns as a positive number, e.g. 5"
        )
    if part is not None:
        from fpgaprune.core.hardware.multipliers import Target

        Target(part=part)  # one line for a name that is no AMD/Xilinx part's, before the project is written
    if part and (line := unknown_part_warning(part)):
        log.warning("part: %s", line)


def _model(model, trust_code: bool, weights=None):
    """(Keras model, where it came from, the names of its output layers as given): a path is loaded by the
    safe loader (an architecture `.json` with its `weights`, where it came from naming both, so that the
    run's identity checksums the loaded model); a softmax (sigmoid, any activation) a last weight layer
    applies itself becomes a layer of its own (`models.user.split_output_activation`: the hls4ml design's
    logits or linear outputs), which renames that output."""
    from fpgaprune.models.user import split_output_activation

    loaded, where = _loaded(model, trust_code, weights)
    return split_output_activation(loaded), where, _given_names(loaded)


def _loaded(model, trust_code: bool, weights=None):
    """(Keras model, where it came from): a path loaded by the safe loader (a `.json` architecture with its
    `weights`), or a copy of the model given; one line for anything else."""
    if isinstance(model, (str, Path)):
        from fpgaprune.models.load import load_model_file

        where = str(model) if weights is None else f"{model} with {weights}"
        return load_model_file(model, trust_code=trust_code, weights=weights), where
    if weights is not None:
        raise ValueError("weights= goes with a model given as the path of its .json architecture")
    if not hasattr(model, "layers"):
        raise ValueError(
            f"model must be a Keras model or the path of a .h5/.keras file, got {type(model).__name__}"
        )
    from fpgaprune.models.build import copy_model
    from fpgaprune.models.load import check_finite_weights

    check_finite_weights(model, f"model {model.name}")
    # a copy is pruned: the model given was fine-tuned in place, so the same call run again checksummed other
    # weights and discarded the checkpoints it was to resume from (a review, 2026-12-07)
    return copy_model(model), f"(in memory: {model.name})"


def _given_names(model) -> tuple[list[str], dict[str, str]]:
    """The model's output names as given, and the other names its targets may be given by
    (`models.user.output_aliases`: a pruned model.h5's split-off activation by its weight layer's name)."""
    from fpgaprune.models.user import output_aliases, output_names

    return output_names(model), output_aliases(model)


def _one_output_targets(arrays: dict, names: list[str], aliases: Mapping[str, str]) -> dict:
    """A model of one output's arrays with targets given by output name (`y_train/<output>` in a file, a
    dict in Python) as its one array; one line when they name another output."""
    from fpgaprune.data.user import outputs_targets

    named = {
        key: value for key, value in arrays.items() if key.startswith("y_") and isinstance(value, Mapping)
    }
    return arrays | {key: outputs_targets(value, names, key[2:], aliases)[0] for key, value in named.items()}


SEVERAL_OUTPUTS_PEER_REFUSAL = (
    "method hls4ml_dsp_aware (hls4ml's own pruning loop) judges one output; a model of several outputs is "
    "pruned by the knapsack methods (e.g. knapsack_dsp), each output held to rtol of its own quality"
)


def _several_outputs(
    model, names: list[str], aliases: Mapping[str, str], arrays: dict, task, metric, name: str, class_names
):
    """(the model joined into one output, `models.user.joined_model`, and its `Dataset`) of a model of several
    outputs: each output's objective inferred, or given by `task`/`metric` for all or per output (a mapping by
    output name, `_per_output`), and its targets checked
    as a model of that one output's would be (`task_objective`, `make_user_dataset`); the joint objective
    holds each output's validation value on the unpruned model (`core.objective.JointObjective`)."""
    from fpgaprune.compat import keras

    from fpgaprune.core.objective import JointObjective, OutputObjective
    from fpgaprune.data.user import joined_dataset, make_user_dataset, output_arrays
    from fpgaprune.models.user import input_shapes, joined_model, task_objective
    from fpgaprune.pruning.finetune import output_loss

    if class_names is not None:
        raise ValueError(
            "class_names names the classes of one output; a model of several outputs is reported by output "
            "name: leave class_names out"
        )
    datasets, outputs = [], []
    given_arrays = output_arrays(arrays, names, aliases)
    tasks, metrics = _objective_settings(task, metric, names, aliases)
    for output, output_name, given in zip(model.outputs, names, given_arrays, strict=True):
        alone = keras.Model(model.inputs, output, name=output_name)  # its layers shared
        shape = tuple(alone.output_shape[1:])
        try:
            objective = task_objective(alone, given["y_train"], tasks[output_name], metrics[output_name])
            datasets.append(make_user_dataset(given, input_shapes(model), shape[-1], name, objective, shape))
        except ValueError as error:
            raise ValueError(f"output {output_name}: {error}") from None
        predicted = alone.predict(datasets[-1].x_val, batch_size=1024, verbose=0)
        value = objective.score(predicted, datasets[-1].y_val)
        width = int(np.prod(shape))
        loss = output_loss(objective, width, datasets[-1].y_val, predicted)
        if objective.reproduces_targets(value, datasets[-1].y_val):
            raise ValueError(
                f"output {output_name}: the unpruned model's validation {objective.metric} is 0 but for "
                f"float rounding ({value:.2g}), so no pruning step could keep it (its bar is 0 divided by "
                "rtol): are its validation targets the model's own outputs? Give targets it does not "
                "reproduce exactly"
            )
        # to 4 digits: TensorFlow's threaded sums move its last digits from run to run, and it is part of the
        # run's identity (`_identity`), which must not change for the same run
        scale = float(f"{max(loss, 1e-12):.4g}")
        tested = _unpruned_test_value(alone, datasets[-1], objective)
        outputs.append(OutputObjective(output_name, objective, width, float(value), scale, tested))
        log.info(
            "output %s: %s, unpruned validation %s %.4g", output_name, objective.task, objective.metric, value
        )
    joint = JointObjective(tuple(outputs))
    return joined_model(model), joined_dataset(datasets, joint, name)


def _unpruned_test_value(model, data, objective) -> float | None:
    """An output's unpruned test value (`OutputObjective.reference_test`), to 4 digits as its loss scale
    (part of the run's identity); None without a test split or for a loss of 0, which no test value could
    be relative to."""
    if not len(data.y_test):
        return None
    value = objective.score(model.predict(data.x_test, batch_size=1024, verbose=0), data.y_test)
    return None if objective.is_regression and value == 0 else float(f"{value:.4g}")


def _arrays(train, validation, test) -> dict:
    arrays = {}
    for split, pair in (("train", train), ("val", validation), ("test", test)):
        if pair is None and split == "test":
            continue
        if not isinstance(pair, (tuple, list)) or len(pair) != 2:
            raise ValueError(f"{split if split != 'val' else 'validation'} must be a pair (x, y) of arrays")
        arrays[f"x_{split}"], arrays[f"y_{split}"] = pair
    return arrays


def _flat(pair) -> list:
    """The arrays of a Dataset's (x, y) pair: the x of a model of several inputs is a list of arrays (the
    class names, a list of strings, stay one array)."""
    return [array for part in pair for array in (part if _several_arrays(part) else [part])]


def _several_arrays(part) -> bool:
    return isinstance(part, list) and bool(part) and all(isinstance(item, np.ndarray) for item in part)


def _given(**values) -> dict:
    return {key: value for key, value in values.items() if value is not None}


def _config(name, model_file, data_file, hls, setting, method, share, seed, trust_code, pruning, training):
    """The validated config of this one run: the schema's defaults, the design read from hls_config (`hls`:
    its `core.hls_config.hls_settings`, `setting`: its per-layer design)."""
    experiment = {
        "model": {"file": model_file, "trust_model_code": trust_code},
        "dataset": {"file": data_file or f"{name}_arrays.npz"},
        "hls": hls,
        "reuse_factors": [
            {
                "name": setting.name,
                "reuse_factor": setting.default.reuse_factor,
                "strategy": setting.default.strategy,
                "layers": {layer: layer_hls_dict(s) for layer, s in setting.layers.items()},
            }
        ],
        "pruning": dict(pruning),
        "training": dict(training or {}),
        "methods": [method],
        **({"targets": [share]} if share is not None else {}),
    }
    try:
        return load_config({**_given(seed=seed), "experiments": {name: experiment}})
    except ValueError as error:
        raise ValueError(_named_by_hls_config(str(error), name)) from None


def _named_by_hls_config(message: str, name: str) -> str:
    """A config error of a setting the hls4ml configuration gave (Part, Backend, ClockPeriod), named by its
    hls4ml key: `Part: Lattice` was "config key experiments.keras_model.hls.part: ...", a key of the
    pipeline's config that the user never wrote."""
    where = f"config key experiments.{name}.hls."
    key, _, rest = message.removeprefix(where).partition(":")
    given = {setting: key for key, setting in PROJECT_SETTINGS.items()}.get(key)
    return f"hls_config {given}:{rest}" if message.startswith(where) and given else message


def _built_layers(design, weights, layers: list[LayerHardware], metrics: dict) -> list[LayerHardware]:
    """The design hls4ml is to build: knapsack_rf's chosen reuse factors, strategies and
    ParallelizationFactors, else `layers`."""
    chosen = metrics.get("design")
    if not chosen:
        return layers
    setting = {
        name: LayerHls(spec["reuse_factor"], spec["strategy"], spec.get("parallelization_factor", 1))
        for name, spec in chosen.items()
    }
    backend = design.backend or DEFAULT_BACKEND
    return design_layers(weights, setting, design.precisions, design.io_type, pruned=True, backend=backend)


def weight_layer_totals(model, layers: list[LayerHardware], target: Target) -> dict:
    """The estimate's totals for `target` of the weight layers hls4ml builds (QKeras layers: quantised, as in
    the records): what a part's reserve (`part_reserve`) is reckoned beside."""
    return estimate_model(layers, built_kernels(model, layers), target).totals


def built_kernels(model, layers: list[LayerHardware]) -> list:
    """The weights hls4ml builds of each of `layers` (QKeras layers: quantised; a fused batch normalisation
    folded in), as the records estimate them."""
    from fpgaprune.models.build import built_kernel
    from fpgaprune.models.user import weight_holder

    return [built_kernel(weight_holder(model, layer.name), layer.fused_batchnorm) for layer in layers]


def written_otherwise_line(configured: Mapping, baseline: Mapping, given, written) -> str | None:
    """A line when the unpruned design as written for pruning (each pruned Resource layer as
    Resource_Unrolled, so that a pruned weight saves its multiplier: `core.design`) takes more DSPs than the
    design the hls4ml configuration gives (hls4ml's Resource kernel builds two narrow products in one DSP,
    which the estimate does not assume of the unrolled code): a share is removed from the larger count, and a
    pruned design can end above the configuration's own. None otherwise."""
    if baseline.get("dsp", 0) <= configured.get("dsp", 0):
        return None
    moved = [a.name for a, b in zip(given, written, strict=True) if a.strategy != b.strategy]
    return (
        f"the design as the hls4ml configuration gives it takes DSP {configured['dsp']:,.0f} (estimate); "
        f"written for pruning ({', '.join(moved) or 'its layers'} as Resource_Unrolled, where a pruned "
        f"weight saves its multiplier) it takes {baseline['dsp']:,.0f} before any pruning, as the estimate "
        "does not pair two narrow products in one DSP there as hls4ml's Resource kernel does: a pruned "
        f"design above {configured['dsp']:,.0f} DSP is larger than the unpruned one; give a budget below it"
    )


def larger_than_given_line(configured: Mapping, final: Mapping) -> str | None:
    """A line when the pruned design's DSP estimate exceeds the unpruned design as configured
    (`written_otherwise_line`); None otherwise."""
    if not final or final.get("dsp", 0) <= configured.get("dsp", 0):
        return None
    return (
        f"the pruned design takes DSP {final['dsp']:,.0f} (estimate, weight layers), more than the "
        f"{configured['dsp']:,.0f} of the unpruned design as the hls4ml configuration gives it: keep that "
        "design, or prune to a budget below it"
    )


def unbounded_growth(baseline: Mapping, final: Mapping, parsed, method: str, rise: float = 0.1) -> list[str]:
    """A line for each resource that no count of the budget bounds and the pruned design's estimate raised by
    more than `rise` over the unpruned one's: knapsack_rf meets a DSP count by moving products into LUTs (a
    Latency layer at RF 1 whose narrow products are LUTs), and nothing said so. A share bounds the method's
    own resources (hls4ml_dsp_aware's: DSP, judged by its status, `pruning.run.judge_peer`)."""
    bounded = set(parsed.absolute) if parsed.absolute else _share_bounded(method)
    lines = []
    for resource in ("dsp", "bram_18k", "lut", "ff"):
        before, after = baseline.get(resource), final.get(resource)
        if resource in bounded or not before or after is None or after <= (1 + rise) * before:
            continue
        lines.append(
            f"{resource.upper()} rose from {before:,.0f} to {after:,.0f} (x{after / before:.1f}; estimate, "
            f"weight layers) and no count of the budget bounds it: {method} traded it for what it budgets; "
            + _how_to_bound(resource, parsed, method)
        )
    return lines


def _share_bounded(method: str) -> set[str]:
    """What a share removed bounds: the method's own resources (hls4ml's own loop: DSP)."""
    return {"dsp"} if method == PEER_METHOD else set(METHODS[method].resources if method in METHODS else ())


def _how_to_bound(resource: str, parsed, method: str) -> str:
    """How to bound a resource that rose (`unbounded_growth`): a count; a share is not one (a walk read "add a
    dsp count" beside its dsp=0.3), and hls4ml's own loop, magnitude and structured take no counts."""
    if parsed.absolute:
        return f"add a {resource} count to the budget (absolute counts) or budget a whole part"
    share = f"a share removed (--budget ...={parsed.share:g}) is not a count"
    by = method if method in ABSOLUTE_METHODS else "knapsack_dsp"
    names = dict.fromkeys((METHODS[by].resources[0], resource))
    counts = ",".join(f"{name}={value}" for name, value in zip(names, "NM"))
    if method not in ABSOLUTE_METHODS:
        return (
            f"{share}, and {method} takes only shares: give counts to a knapsack method "
            f"(--method {by} --budget {counts}) or budget a whole part (--part)"
        )
    return f"{share}: give counts instead (--budget {counts}) or budget a whole part (--part)"


def _bounded_resources(method: str) -> set[str]:
    """The counts a method's selection keeps to: the resources it budgets and, for knapsack_rf, a LUT count,
    which bounds its choice of reuse factors and strategies (docs/pruning.md, section 5)."""
    optimised = METHODS[method].resources if method in METHODS else ()
    return {*optimised, *(("lut",) if method == JOINT_METHOD else ())}


def unoptimised_cuts(baseline: Mapping, parsed, method: str) -> list[str]:
    """A warning, before any training, for each count of an absolute budget that the unpruned weight layers
    exceed and the method does not optimise: it is checked at the end only, and falls only with what the
    method prunes for its own resources. A Conv1D tagger on xc7z020 at 0.8 (knapsack_dsp_bram, the weight
    layers' LUT 3,290 of 19,288) walked to its DSP budget and ended over_budget on LUT, which the start line
    had only marked "checked at the end, not optimised"."""
    optimised = METHODS[method].resources if method in METHODS else ()
    if not parsed.absolute or not optimised:
        return []
    bounded = _bounded_resources(method)
    lines = []
    for resource, count in parsed.absolute.items():
        have = baseline[resource]
        if resource in bounded or count >= have:
            continue
        by = next((name for name, spec in METHODS.items() if resource in spec.resources), None)
        way = f"--method {by} budgets {resource.upper()}" if by else f"no method budgets {resource.upper()}"
        name, own = resource.upper(), ", ".join(r.upper() for r in optimised)
        lines.append(
            f"{name} {count:,.0f} asks {100 * (1 - count / have):.0f} % less than the unpruned weight "
            f"layers' {have:,.0f} (estimate), and {method} does not optimise {name}: it falls only with "
            f"what is pruned for {own}, so the run may end over_budget; {way}, or raise that count (with "
            "--part: a higher utilization or a larger part)"
        )
    return lines


def unbudgeted_weights_line(layers: list[LayerHardware], kernels, target: Target, method: str) -> str | None:
    """A warning, before any training, when most nonzero weights of the pruned layers cost none of what the
    method budgets (products built in LUTs: narrow weights and data, or Vitis HLS's constant products): its
    knapsack keeps such weights for free at every step, so the run meets its DSP share while their LUTs stay.
    A QKeras 16-64-32-32-5 MLP of 6-bit weights (hls4ml example-models' qkeras_3layer, Vitis) went from
    DSP 19, LUT 55,309 to DSP 7, LUT 55,130 at a DSP share of 0.5 and said ok. knapsack_rf, which may move a
    layer to a reuse factor whose products are DSPs, is left out, and so are magnitude and structured, which
    budget shares of weights or neurons, no hardware; so are layers of hls4ml's rolled Resource kernel, whose
    weights cost nothing the budget counts because pruning saves nothing there at all, LUT neither (the line
    said their products were LUTs, and knapsack_lut, which it named, then refused such a model; 2026-12-05).
    `kernels`: the layers' weights as built."""
    from fpgaprune.core.hardware.cost import structure_costs

    budgeted = METHODS[method].resources if method in METHODS and method != JOINT_METHOD else ()
    if not budgeted or not set(budgeted) <= {"dsp", "bram_18k"}:  # LUT budgeted, or no hardware at all
        return None
    free = nonzero = 0
    for layer, kernel in zip(layers, kernels, strict=True):
        if layer.runs_rolled_kernel:
            continue
        costs = structure_costs(layer, kernel, "single", target).cost
        live = np.asarray(kernel).reshape(-1) != 0
        costless = np.all([costs[r] == 0 for r in budgeted], axis=0)
        free, nonzero = free + int(np.sum(costless & live)), nonzero + int(np.sum(live))
    if not nonzero or free <= nonzero / 2:
        return None
    names = " or ".join(r.upper() for r in budgeted)
    return (
        f"{free:,} of the pruned layers' {nonzero:,} nonzero weights ({100 * free / nonzero:.0f} %) take no "
        f"{names} (their products are LUTs; estimate), so {method} keeps them at every step and their LUTs "
        "stay; --method knapsack_lut budgets LUT"
    )


def nothing_to_prune(baseline: Mapping, parsed, method: str) -> str | None:
    """The one-line refusal of an absolute budget whose counts the method optimises the unpruned weight
    layers meet already while a count it does not optimise is over: its knapsack keeps every structure at
    every step, so the walk trains for nothing and ends over_budget. A QKeras CNN on xc7z020 at 0.8 (8-bit
    products in LUTs: DSP 37 of 166, LUT 144,267 of 26,751) walked five steps under the default
    knapsack_dsp_bram, each keeping 3411 of 3411 structures, before saying over_budget. None otherwise."""
    optimised = METHODS[method].resources if method in METHODS else ()
    if not parsed.absolute or not optimised:
        return None
    bounded = _bounded_resources(method)
    given = {r: c for r, c in parsed.absolute.items() if r in baseline}
    ours = [r for r in given if r in bounded]  # none: `core.budget.optimised` refuses the budget
    if not ours or any(given[r] < baseline[r] for r in ours):
        return None
    over = [r for r, count in given.items() if count < baseline[r]]
    if not over:
        return None
    met = ", ".join(f"{r.upper()} {baseline[r]:,.0f} of {given[r]:,.0f}" for r in ours)
    ways = []
    for resource in over:
        by = next((name for name, spec in METHODS.items() if resource in spec.resources), None)
        ways.append(
            f"--method {by} budgets {resource.upper()}" if by else f"no method budgets {resource.upper()}"
        )
    return (
        f"{method} budgets {', '.join(r.upper() for r in optimised)}, which the unpruned weight layers meet "
        f"already ({met}; estimate), so it would prune nothing; over the budget is "
        + ", ".join(f"{r.upper()} {baseline[r]:,.0f} > {given[r]:,.0f}" for r in over)
        + f", which it does not optimise: {'; '.join(ways)} (or raise that count; with --part, a higher "
        "utilization or a larger part)"
    )


def _how_checked(resource: str, method: str, optimised) -> str:
    """What the start line adds to a count: nothing for one the method prunes for; for knapsack_rf's LUT
    count that it bounds the choice of implementations (the line said "not optimised" beside the bound,
    2026-12-04); for another that it is checked at the end only."""
    if resource in optimised or not optimised:
        return ""
    if resource in _bounded_resources(method):
        return f", bounds {method}'s choice of reuse factors and strategies, checked at the end"
    return ", checked at the end, not optimised"


def start_line(baseline: Mapping, parsed, method: str, reserved: bool = False) -> str:
    """What the run starts from and aims at, before the first (long) training: the unpruned design's
    estimate and, per budgeted resource, how much of it must go."""
    unpruned = ", ".join(f"{r.upper()} {baseline[r]:,.0f}" for r in ("dsp", "bram_18k", "lut", "ff"))
    if parsed.absolute:
        aims, optimised = [], METHODS[method].resources if method in METHODS else ()
        for resource, count in parsed.absolute.items():
            have = baseline[resource]
            cut = f"remove {100 * (1 - count / have):.0f} %" if count < have else "met already"
            checked = _how_checked(resource, method, optimised)
            aims.append(f"{resource.upper()} {count:,.0f} ({cut}{checked})")
        aim = (
            "the weight layers' budget (the part's less the reserve) " if reserved else "budget "
        ) + ", ".join(aims)
    else:
        aim = f"target: remove {100 * parsed.share:.0f} % of what {method} budgets in the pruned layers"
    return f"unpruned design (estimate, weight layers): {unpruned}; {aim}"


def share_met_line(metrics: dict, counts: dict, parsed) -> str | None:
    """Why a share's run whose walk stopped short of the share is `ok`: its final estimate is within the
    counts the share leaves (`_absolute_budget`), as when the final fine-tuning's weights cost less than the
    knapsack counted; None otherwise. A CMS L1 trigger network's walk stopped at 0.36 of 0.5 and said
    `target_not_reached: DSP 712` beside a budget of DSP 720 (2026-12-06)."""
    if parsed.absolute or metrics["status"] != "target_not_reached" or not counts:
        return None
    if not metrics.get("rtol_bar", {}).get("met", True):  # the model kept is below the accuracy bar
        return None
    totals = metrics.get("estimate", {}).get("totals", {})
    if not totals or not within_budget(totals, counts)["met"]:
        return None
    within = ", ".join(f"{r.upper()} {totals[r]:,.0f} <= {c:,.0f}" for r, c in counts.items())
    return (
        f"the walk stopped at {metrics.get('reached_target', 0):.2f} of the share {parsed.share:g}, but the "
        f"pruned design's estimate is within the counts the share leaves ({within}): ok"
    )


def share_over_line(metrics: dict, counts: dict, parsed, max_layer_sparsity: float) -> str | None:
    """Why a share's run that reached its target is over_budget: its final estimate exceeds the counts the
    share leaves (`_absolute_budget`), as when what every layer keeps (`max_layer_sparsity`) costs more than
    the share leaves; None when within, or for an absolute budget (`pruning.run._with_budget` judges it) or
    a run already short of its target. A jet tagger's knapsack_lut run at lut=0.5 ended "ok" with "(over:
    LUT 1,621 > 1,612)" on its last line until 2026-12-05."""
    if parsed.absolute or not counts:
        return None
    target, reached = metrics.get("target"), metrics.get("reached_target") or 0.0
    # a share reached but below the accuracy bar (target_not_reached) is judged too
    if metrics["status"] != "ok" and (target is None or reached < target - 1e-9):
        return None
    within = within_budget(metrics["estimate"]["totals"], counts)
    if within["met"]:
        return None
    over = ", ".join(
        f"{r.upper()} {row['used']:,.0f} > {row['budget']:,.0f}"
        for r, row in within["resources"].items()
        if not row["met"]
    )
    return (
        f"over_budget: the walk reached the share asked, but the design's estimate exceeds the counts it "
        f"leaves ({over}); the lines above say why (what each layer keeps, pruning.max_layer_sparsity "
        f"{max_layer_sparsity:g}, or products the kept structures share): raise max_layer_sparsity, or ask "
        "a smaller share"
    )


def _absolute_budget(parsed, metrics: dict, baseline: dict) -> dict[str, float]:
    """The budget in counts: as given, or what the asked share leaves of the pruned layers (`pruned_baseline`,
    the method's resources) plus the rest, the whole count a design may take, whether or not a step was
    accepted. (It was the last selection's allowance: a walk that stopped at 0.29 of 0.6 said "budget DSP
    2,257" beside its 2,257 DSP, and the estimate's fractional BRAM per structure, summed, gave "bram_18k":
    571.9999999999999 in `--json`; a walk that accepted no step, so made no selection, said `{}`.)"""
    if parsed.absolute:
        return {r: whole_count(v) for r, v in parsed.absolute.items()}
    pruned = metrics.get("pruned_baseline") or {}  # hls4ml's own loop: its DSP (`pruning.run.judge_peer`)
    return {r: floor(baseline[r] - pruned[r] * parsed.share + 1e-6) for r in pruned if r in baseline}


def _resources(experiment: Experiment, design, layers: list[LayerHardware], model) -> dict:
    """The `resources.json` record of the pruned design: the cost model's numbers per layer (`estimate`)."""
    from fpgaprune.records import RESOURCE_METRICS, WEIGHT_LAYERS_SCOPE, design_identity, resources_record

    estimate = estimate_model(layers, built_kernels(model, layers), experiment.cost_target)
    by_source = {
        "estimate": {
            "scope": WEIGHT_LAYERS_SCOPE,  # the whole project's: fpgaprune optimize --hls, hls/resources.json
            "total": {key: estimate.totals[key] for key in RESOURCE_METRICS},
            "layers": {e.name: {key: getattr(e, key) for key in RESOURCE_METRICS} for e in estimate.layers},
        }
    }
    strategies = {layer.name: (layer.reuse_factor, layer.strategy) for layer in layers}
    parallel = {
        layer.name: layer.parallelization_factor for layer in layers if layer.parallelization_factor > 1
    }
    identity = design_identity(
        experiment, design.setting.name, experiment.methods[0], None, strategies, parallelization=parallel
    )
    synthesis = {
        "requested": "estimate",
        "used": "estimate",
        "status": "not run",
        "message": "fpgaprune optimize --hls builds the hls4ml project",
    }
    return {
        **resources_record(identity, by_source, synthesis, experiment.hls.clock_period),
        "status": "estimated",
    }


def _csim_summary(metrics: dict, objective) -> dict:
    """The C simulation in --json's `hls`: the samples simulated (`n_samples`, of the `samples` split: test,
    else validation; a review read 0.0389 at the top and 0.0369 here without knowing both were test mse, of
    300 and 100 samples) and its `shortfall` where the C simulation falls short of Keras (None: it does not);
    a classifier's accuracy difference in points; a regression's metric on Keras's and the C simulation's
    outputs and their largest difference (None: no C simulation); a model of several outputs' relative
    quality on both, each output's metric and the largest difference."""
    from fpgaprune.core.objective import JointObjective

    simulated = {
        "n_samples": metrics.get("n_samples"),
        "samples": metrics.get("design", {}).get("samples"),
        "shortfall": metrics.get("shortfall"),
    }
    if isinstance(objective, JointObjective):  # each output's metric on Keras and the C simulation
        key = objective.key()
        return {
            "metric": key,
            **{f"{source}_{key}": metrics.get(f"{source}_{key}") for source in ("keras", "hls")},
            "outputs": metrics.get("outputs"),
            "max_abs_diff": metrics.get("output", {}).get("max_abs_diff"),
            **simulated,
        }
    if not objective.is_regression:  # None: no C simulation
        return {"accuracy_diff_points": metrics.get("accuracy_diff_points"), **simulated}
    metric = objective.metric
    return {
        "metric": metric,
        f"keras_{metric}": metrics.get(f"keras_{metric}"),
        f"hls_{metric}": metrics.get(f"hls_{metric}"),
        "max_abs_diff": metrics.get("output", {}).get("max_abs_diff"),
        **simulated,
    }


def _whole_design_from_project(metrics_path: Path, summary: dict, project: dict) -> tuple[dict, dict]:
    """A part's budget with --hls: the whole design is the written project's estimate, not the weight layers
    plus the reserve taken from the unpruned project (the parts pruning cannot change move with the
    fine-tuned weights: a BatchNormalization's products, the types hls4ml infers). `metrics.json`'s
    `budget.part` takes it (`whole_design`, `met`); over a count of the part the status is over_budget in the
    summary and in `metrics.json` (it said ok beside the warning). (the summary, the record written)"""
    from fpgaprune.core.budget import with_written_project
    from fpgaprune.io import read_json, write_json

    metrics = read_json(metrics_path)
    part = metrics["budget"]["part"] = with_written_project(metrics["budget"]["part"], project)
    if not part["met"]:
        metrics["status"] = "over_budget"
    write_json(metrics_path, metrics)
    return summary | {"status": metrics["status"], "whole_design": part["whole_design"]}, metrics


def firmware_multipliers_line(by_source: dict) -> str | None:
    """Why the firmware's multiplier count (`hls_code`, `--json`'s `dsp_hls_code`) differs from the DSP
    estimate, layer by layer; None where they agree. Fewer DSPs: a user's QKeras CNN printed dsp 374 beside
    dsp_hls_code 688 and nothing said that the 314 more were the multipliers of two Latency layers (fc2 285,
    estimate 0; conv1 61, estimate 32) whose constant products HLS builds in LUTs. More DSPs: products wider
    than one DSP multiplies take several (hls4ml example-models' jetTagger_Conv2D_Small, a Conv2D reading a
    BatchNormalization's `auto` fixed<33,13>: 45 multipliers, 76 DSP estimated); the line called the
    firmware's count an upper bound on DSPs."""
    firmware, estimate = by_source["hls_code"], by_source["estimate"]
    fewer, more, constant = [], [], True
    for name, layer in firmware["layers"].items():
        estimated = estimate["layers"].get(name, {}).get("dsp")
        if estimated is None or layer["dsp"] == estimated:
            continue
        how = f"{layer['strategy']}, RF {layer['reuse_factor']}"
        if layer["strategy"] == "resource_unrolled" and layer["reuse_factor"] > layer.get("n_in", math.inf):
            how += (
                f" > n_in {layer['n_in']}: hls4ml's generator then limits to n_out, not the products a cycle"
            )
        (fewer if estimated < layer["dsp"] else more).append(
            f"{name} {layer['dsp']:,} (estimate {estimated:,}; {how})"
        )
        if estimated < layer["dsp"]:
            constant &= layer["strategy"] == "latency" or layer["reuse_factor"] == 1
    if not fewer and not more:
        return None
    reasons = []
    if fewer:
        why = (
            "their weights are constants (Latency, or reuse factor 1), whose narrow or few-bit products HLS "
            "builds in LUTs and the estimate counts as LUT (docs/your-model.md, section 2)"
            if constant
            else "docs/hls.md, hls_code"
        )
        reasons.append(f"fewer DSPs estimated: {', '.join(fewer)}; {why}")
    if more:
        reasons.append(
            f"more DSPs estimated: {', '.join(more)}; their products are wider than one DSP multiplies "
            "(27 x 18 bits, 25 x 18 on 7-series parts), each a cascade of DSPs"
        )
    return (
        f"the firmware allows {firmware['total']['dsp']:,} multipliers (hls_code: one DSP each where the "
        f"operands fit one), the estimate counts {estimate['total']['dsp']:,} DSP; {'; '.join(reasons)}; the "
        "budget binds the estimate"
    )


def project_budget(summary: dict) -> dict:
    """The counts the written project's whole estimate is held to (`checked_project_estimate`): a part's, or
    counts the user gave; none for a share (`--budget dsp=0.5`), whose counts are a share of the unpruned
    weight layers' own: a QKeras MLP's weight layers of 0 BRAM_18K made its share 0, and its softmax
    tables' 20 were warned "over budget"."""
    if "target" in summary and "whole_design" not in summary:
        return {}
    return summary["budget"]


def checked_project_estimate(
    project_dir: Path,
    resources: dict,
    budget: dict,
    whole: bool = False,
    weights: dict | None = None,
    weights_budget: dict | None = None,
) -> dict | None:
    """The cost model's totals of the whole written project (`resources`' `by_source.estimate.whole_project`,
    `hls.run.whole_project_estimate`: the weight layers plus the layers without weights, tables, FIFOs and
    glue), logged beside the budget, which binds the weight layers (`whole`: a part's budget, which binds the
    whole design, the reserve included); a warning names every budgeted resource the whole project exceeds.
    `weights`: the weight layers' estimate (`summary()`); a count they exceed alone is said so, not blamed on
    the rest (a regression at DSP 87 of 60, its rest 0 DSP, was told to 'leave room for the rest').
    `weights_budget`: a part's share for the weight layers (the part's less the reserve); a count they exceed
    is likewise theirs (a CNN on xc7z020 whose walk accuracy stopped at 0.86 of the way, DSP 208 of the weight
    layers' 188, was told to prune further with a lower --utilization)."""
    from fpgaprune.records import WHOLE_PROJECT_METRICS

    record = resources["by_source"]["estimate"]["whole_project"]
    if "unavailable" in record:  # the design is built and simulated: said, not raised (a review, 2026-12-07)
        log.warning(
            "the whole project's estimate is unavailable (%s); it is not checked against the budget",
            record["unavailable"],
        )
        return None
    totals = {key: record["total"].get(key) for key in WHOLE_PROJECT_METRICS}  # no ii before 2026-12-07
    log.info(
        "whole hls4ml project (estimate, as `fpgaprune estimate %s`: weight layers plus the layers without "
        "weights, tables and glue): %s, latency %s cycles",
        project_dir,
        ", ".join(f"{key.upper()} {totals[key]:,.0f}" for key in ("dsp", "bram_18k", "lut", "ff")),
        f"{totals['latency_cycles']:,}",
    )
    for line in record["unmodelled"]:  # layers these totals leave out (an Embedding's table)
        log.warning("whole hls4ml project: %s", line)
    over = [f"{r.upper()} {totals[r]:,.0f} > {v:,.0f}" for r, v in budget.items() if totals.get(r, 0) > v]
    alone = [r.upper() for r, v in budget.items() if not whole and (weights or {}).get(r, 0) > v]
    share = [
        f"{r.upper()} {(weights or {}).get(r, 0):,.0f} > {v:,.0f}"
        for r, v in (weights_budget or {}).items()
        if whole and totals.get(r, 0) > budget.get(r, float("inf")) and (weights or {}).get(r, 0) > v
    ]
    # the summary's status (a share's walk stopped short: target_not_reached); a pipeline job's counts: over
    status = (weights or {}).get("status") or "over_budget"
    if over and share:
        log.warning(
            "the whole project's estimate exceeds the part's budget (%s): the weight layers alone exceed "
            "their share of it (%s; status %s), the rest keeps to the reserve; the last line says "
            "why the pruning stopped short",
            ", ".join(over),
            ", ".join(share),
            status,
        )
    elif over and alone:
        log.warning(
            "the whole project's estimate exceeds the budget (%s): the weight layers alone exceed %s (status "
            "%s), what the budget binds",
            ", ".join(over),
            ", ".join(alone),
            status,
        )
    elif over:
        log.warning(
            "the whole project's estimate exceeds the budget (%s): %s",
            ", ".join(over),
            "the part's budget binds the whole design; prune further (a lower --utilization or "
            "fit.utilization) or choose a method that optimises that resource (knapsack_lut for LUT)"
            if whole
            else "the budget binds the weight layers; leave room for the rest or lower the budget, or give "
            "--part (a pipeline experiment: fit:), whose budget reserves the rest",
        )
    return totals


def project_latency_over_line(latency: dict | None, project: dict | None) -> str | None:
    """A line when the written project's estimate takes more cycles than the latency budget the run's own
    estimate met (`api.with_final_latency`): the two are the same model's, so this names a gap between the
    prune side's design and the written one, which should not arise (a pooling's cycles did, until
    2026-12-07)."""
    from fpgaprune.core.budget import latency_text

    if not latency or not latency["met"] or not project or project["latency_cycles"] <= latency["cycles"]:
        return None  # an unmet budget is over_budget, said by the last line
    return (
        f"the written hls4ml project's estimate takes {project['latency_cycles']:,} cycles, over the latency "
        f"{latency_text(latency['given'], latency['cycles'])} that the pruned design's estimate "
        f"({latency['design_estimate']:,} cycles) meets: trust the written project's (`fpgaprune estimate "
        "PROJECT_DIR`), and give a larger latency"
    )
