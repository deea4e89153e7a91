"""The peer: hls4ml's own DSP-aware pruning (`optimize_keras_model_for_hls4ml`) on the same model and data.

It runs with hls4ml's VivadoDSPEstimator objective (DSP = n_in*n_out/RF per layer, DSP patterns in
Resource layers, single weights in Latency layers), its polynomial scheduler towards the same
target, its knapsack and its tuner for the regulariser. Where hls4ml cannot run a configuration (e.g.
weights under 9 bits: its estimator declares no layer optimisable and then crashes) the job records
`unsupported` with hls4ml's error instead of hiding it.
"""

import logging
import tempfile

from fpgaprune.compat import keras, patch_hls4ml_regularizers

import numpy as np

from fpgaprune.config import Experiment
from fpgaprune.core.objective import is_binary
from fpgaprune.pruning.finetune import fit_labels

log = logging.getLogger(__name__)


class PeerUnsupported(Exception):
    """hls4ml's pruning cannot run this configuration; the message is hls4ml's error."""


def optimization_api_config(model: keras.Model, layers) -> dict:
    """The configuration hls4ml's pruning API reads: per-layer strategy, reuse factor and precisions.

    Not the converter's configuration (`hls.convert.hls4ml_config`): the pruning API's attribute reader
    wants the unconverted model's layer names, io_parallel, and plain types (no `auto`); it only decides
    which layers its objective may prune and what they cost, never a design.
    """
    import hls4ml

    config = hls4ml.utils.config_from_keras_model(model, granularity="name")
    config["IOType"] = "io_parallel"
    for layer in layers:
        entry = config["LayerName"][layer.name]
        entry["Strategy"] = "Latency" if layer.strategy == "latency" else "Resource"
        entry["ReuseFactor"] = layer.reuse_factor
        precision = entry.setdefault("Precision", {})
        for key in ("weight", "bias"):
            precision[key] = str(layer.weight_type)
        precision["result"] = str(layer.accum_type)
    for entry in config["LayerName"].values():  # hls4ml's attribute reader cannot parse 'auto'
        precision = entry.get("Precision")
        if isinstance(precision, dict):
            precision.update({k: str(layers[0].accum_type) for k, v in precision.items() if v == "auto"})
    return config


def dsp_objective_refusal(layers) -> str | None:
    """Why hls4ml 1.3's DSP objective (`VivadoDSPEstimator`) cannot run on these weight layers, or None: it
    takes weights under 9 bits for LUT products, no layer to optimise, and then fails on a last weight layer
    of such weights (its attributes None: "AttributeError: 'NoneType' object has no attribute
    'structure_type'", which was all an 8-bit QKeras model's record said; 2026-12-07)."""
    narrow = [layer.name for layer in layers if layer.weight_type.width < 9]
    if not layers or layers[-1].name not in narrow:
        return None
    if len(narrow) == len(layers):
        why = f"every weight layer here has weights under 9 bits ({', '.join(narrow)}): nothing to prune"
    else:
        why = f"its last weight layer {layers[-1].name} has such weights, on which hls4ml 1.3's loop fails"
    return (
        f"hls4ml's DSP objective (VivadoDSPEstimator) counts no DSP for weights under 9 bits (LUT products); "
        f"{why}: use a knapsack method (knapsack_lut budgets LUTs)"
    )


def prune_with_hls4ml(
    model: keras.Model, data, *, experiment: Experiment, layers: list, target: float
) -> tuple[keras.Model, dict]:
    """Run hls4ml's DSP-aware pruning; returns (pruned model, record). Raises PeerUnsupported."""
    from hls4ml.optimization.dsp_aware_pruning import optimize_keras_model_for_hls4ml
    from hls4ml.optimization.dsp_aware_pruning.objectives.vivado_objectives import VivadoDSPEstimator
    from hls4ml.optimization.dsp_aware_pruning.scheduler import PolynomialScheduler

    from fpgaprune.models.user import peer_refusal

    if refusal := peer_refusal(model):
        raise PeerUnsupported(refusal)
    options, training = experiment.pruning, experiment.training
    if options.layers is not None:
        raise PeerUnsupported(
            "pruning.layers: hls4ml's optimize_keras_model_for_hls4ml prunes every layer its "
            "objective supports and has no per-layer opt-out"
        )
    if refusal := dsp_objective_refusal(layers):
        raise PeerUnsupported(refusal)
    patch_hls4ml_regularizers()
    steps = options.schedule.get("steps", 5)
    binary = is_binary(model.output_shape[-1])
    y_train, y_val = _targets(data.y_train, data, binary), _targets(data.y_val, data, binary)
    logits = data.objective.from_logits
    loss, metric = (
        (
            keras.losses.BinaryCrossentropy(from_logits=logits),
            keras.metrics.BinaryAccuracy(threshold=0.0 if logits else 0.5),
        )
        if binary
        else (keras.losses.CategoricalCrossentropy(from_logits=logits), keras.metrics.CategoricalAccuracy())
    )
    with tempfile.TemporaryDirectory(prefix="hls4ml-optimization-") as workdir:
        try:
            pruned = optimize_keras_model_for_hls4ml(
                model,
                optimization_api_config(model, layers),
                VivadoDSPEstimator,
                PolynomialScheduler(steps, final_sparsity=target),
                data.x_train,
                y_train,
                data.x_val,
                y_val,
                batch_size=training.batch_size,
                epochs=options.epochs_per_step + 1,
                optimizer="adam",
                loss_fn=loss,
                validation_metric=metric,
                increasing=True,
                rtol=options.rtol,
                directory=workdir,
                tuner=options.peer_tuner,
                cutoff_bad_trials=options.max_failures,
            )
        except Exception as error:  # hls4ml signals unsupported configurations with bare Exception too
            raise PeerUnsupported(f"{type(error).__name__}: {error}") from error
    return pruned, {
        "objective": "VivadoDSPEstimator",
        "scheduler": f"PolynomialScheduler({steps}, {target})",
        "tuner": options.peer_tuner,
        "epochs_per_step": options.epochs_per_step + 1,
    }


def _targets(labels: np.ndarray, data, binary: bool) -> np.ndarray:
    """hls4ml's loop's targets: one-hot rows, or a binary classifier's labels as fine-tuning fits them
    (`fit_labels`: a column of 0.0 and 1.0)."""
    if binary:
        return fit_labels(labels, data.objective, 1)
    return np.eye(len(data.class_names), dtype=np.float32)[labels]
