"""Fine-tuning under masks, with an optional group-lasso penalty over the pruning structures.

Pruned weights stay exact zeros: their gradients are masked and Adam starts afresh at every
step (zero moments), so no update reaches them; the masks are applied once more after training.
The group lasso, alpha * sum_g ||w_g||_2 over the same structures the knapsack chooses from, drives
whole structures towards zero so that removing them costs little accuracy.
With a teacher (the unpruned model), the loss is (1 - d) x the cross-entropy with the labels plus
d x the cross-entropy with the teacher's class probabilities (knowledge distillation, Hinton et al.
2015, at temperature 1): the pruned network learns the unpruned one's full output distribution,
not only the label, which recovers accuracy faster after a structure is removed.
A regression (`Dataset.objective`, `core.objective`) is fine-tuned on its metric's loss (mean squared or
absolute error); with a teacher, (1 - d) x that loss against the targets plus d x the same loss against the
teacher's outputs.
"""

import logging
import math
from dataclasses import dataclass, field

from fpgaprune.compat import keras

import numpy as np
import tensorflow as tf

from fpgaprune.core.objective import CLASSIFIER, JointObjective, Objective, is_binary
from fpgaprune.data.dataset import Inputs, n_samples, samples
from fpgaprune.models.user import weight_holder
from fpgaprune.train.baseline import EpochLog

log = logging.getLogger(__name__)


def apply_masks(model: keras.Model, masks: dict[str, np.ndarray]) -> None:
    """Zero the pruned weights: kernel <- kernel * mask for every masked layer."""
    for name, mask in keras_masks(model, masks).items():
        kernel = weight_holder(model, name).kernel
        kernel.assign(kernel.numpy() * mask.astype(kernel.dtype.as_numpy_dtype))


def keras_masks(model: keras.Model, masks: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Each mask in its Keras kernel's shape. A mask has the shape of the kernel as hls4ml builds it
    (`WeightLayer.kernel_shape`), which for a Dense over a multidimensional input is its convolution's,
    (1, n_in, n_out) or (1, 1, n_in, n_out): the same values in the same order."""
    return {name: np.reshape(mask, weight_holder(model, name).kernel.shape) for name, mask in masks.items()}


class GroupLasso:
    """alpha * sum over structures of w_g times the L2 norm of their weights, for the layers given.

    Uniform (w_g = 1), or adaptive (Wang and Leng 2008): `reweight` sets w_g = mean ||g|| / ||g|| over the
    current nonzero structures of each layer (0 for all-zero ones), so that every structure starts with
    the same share of the layer's penalty, whose value is then the uniform one: weak structures are pushed
    to zero hard, strong ones little. `finetune` reweights at the start of every call.

    Args:
        group_ids: layer name -> int array of the kernel's shape, structure index of each weight.
        alpha: penalty strength (per weight layer, the same value).
        adaptive: reweight by the inverse norms (`pruning.group_lasso_adaptive`).
    """

    def __init__(self, group_ids: dict[str, np.ndarray], alpha: float, adaptive: bool = False):
        self.alpha, self.adaptive = alpha, adaptive
        self._groups = {}
        for name, ids in group_ids.items():
            n_groups = int(ids.max()) + 1
            weights = tf.Variable(tf.ones(n_groups), trainable=False)
            self._groups[name] = (tf.constant(ids.ravel(), tf.int32), n_groups, weights)

    def reweight(self, model: keras.Model) -> None:
        """Adaptive: w_g = mean ||g|| / ||g|| over each layer's nonzero structures (0 for all-zero ones)."""
        if not self.adaptive:
            return
        for name, (ids, n_groups, weights) in self._groups.items():
            kernel = weight_holder(model, name).kernel.numpy().ravel().astype(np.float64)
            norms = np.sqrt(np.bincount(ids.numpy(), weights=kernel**2, minlength=n_groups))
            live = norms > 0
            scale = norms[live].mean() if live.any() else 0.0
            weights.assign(np.divide(scale, norms, out=np.zeros_like(norms), where=live).astype(np.float32))

    def __call__(self, model: keras.Model) -> tf.Tensor:
        total = tf.constant(0.0)
        for name, (ids, n_groups, weights) in self._groups.items():
            kernel = tf.reshape(weight_holder(model, name).kernel, [-1])
            squares = tf.math.unsorted_segment_sum(tf.square(kernel), ids, n_groups)
            total += tf.reduce_sum(weights * tf.sqrt(squares + 1e-12))
        return self.alpha * total


@dataclass(eq=False)
class Distillation:
    """The unpruned model as teacher and the weight `share` of its soft targets in the loss.

    The teacher is frozen, so its class probabilities for the training set are computed once and
    reused by every fine-tuning call (a quarter of an epoch's CPU time on LeNet-5 when the teacher ran
    on every batch: bench/finetune_profile.py, docs/performance.md).
    """

    teacher: keras.Model
    share: float
    objective: Objective = CLASSIFIER
    _soft: tuple | None = field(default=None, init=False, repr=False)

    def soft_targets(self, x: Inputs) -> np.ndarray:
        """The teacher's class probabilities (a regression's: outputs; a classifier of logits': its logits'
        softmax, or one logit's sigmoid) for `x`; computed once per array (it keeps the array)."""
        if self._soft is None or self._soft[0] is not x:
            outputs = self.teacher.predict(x, batch_size=1024, verbose=0)
            if isinstance(self.objective, JointObjective):
                soft = _joint_probabilities(outputs, self.objective)
            else:
                soft = _probabilities(outputs) if self.objective.from_logits else outputs
            self._soft = (x, soft)
        return self._soft[1]

    def loss(self, y, soft, prediction) -> tf.Tensor:
        """(1 - share) x cross-entropy with the labels `y` + share x with the teacher's probabilities; a
        regression's: its metric's loss against the targets and against the teacher's outputs."""
        if isinstance(self.objective, JointObjective):
            hard, soft_loss = JointLoss(self.objective), JointLoss(self.objective, soft=True)
            return (1 - self.share) * hard(y, prediction) + self.share * soft_loss(soft, prediction)
        if self.objective.is_regression:
            error = keras_loss(self.objective)
            return (1 - self.share) * error(y, prediction) + self.share * error(soft, prediction)
        logits = self.objective.from_logits
        if is_binary(prediction.shape[-1]):  # labels (n, 1) as `training_targets` gives them
            labels = tf.cast(y, prediction.dtype)
            hard = keras.losses.binary_crossentropy(labels, prediction, from_logits=logits)
            soft_loss = keras.losses.binary_crossentropy(soft, prediction, from_logits=logits)
        else:
            hard = keras.losses.sparse_categorical_crossentropy(y, prediction, from_logits=logits)
            soft_loss = keras.losses.categorical_crossentropy(soft, prediction, from_logits=logits)
        return tf.reduce_mean((1 - self.share) * hard + self.share * soft_loss)


class MaskedTrainer(keras.Model):
    """Wraps a model to train it with masked kernel gradients, an optional penalty and teacher.

    Built and traced once per model and kind of fine-tuning (`_trainer`): what changes between calls, the
    masks, the fading weights and the learning-rate schedule, are variables that `start` sets, and it resets
    Adam to a new one's state (zero moments and iteration count). Tracing a trainer anew took 2-3 s per call
    on a small MLP, most of a fine-tuning step's time there (`tests/pruning/test_loop.py` profiled).

    `fades`: the weights `start` is given to fade (layer name -> the kernel's values at the start, zero where
    they are kept) are not trained and, after every update, set to their start values times max(0, 1 -
    iteration / fade_iterations): they fade out linearly instead of vanishing at once.
    """

    def __init__(
        self,
        inner: keras.Model,
        masked: tuple[str, ...],
        objective: Objective,
        penalty: GroupLasso | None = None,
        distillation: Distillation | None = None,
        fades: bool = False,
    ):
        super().__init__()
        self.inner = inner
        self.penalty = penalty
        self.distillation = distillation
        kernels = {name: weight_holder(inner, name).kernel for name in masked}
        self._mask_of = {name: tf.Variable(tf.ones_like(k), trainable=False) for name, k in kernels.items()}
        by_variable = {kernels[name].ref(): mask for name, mask in self._mask_of.items()}
        by_variable |= _carried_weights(inner)
        self._masks = [by_variable.get(v.ref()) for v in inner.trainable_variables]
        self._fade_of = {
            name: (tf.Variable(tf.zeros(k.shape, tf.bool), trainable=False), tf.Variable(tf.zeros_like(k)))
            for name, k in kernels.items()
            if fades
        }
        self._fading = [(kernels[name], removed, start) for name, (removed, start) in self._fade_of.items()]
        self._fade_iterations = tf.Variable(1.0, trainable=False)
        self._learning_rate = tf.Variable(0.0, trainable=False)
        self._decay_steps = tf.Variable(1.0, trainable=False)
        outputs = inner.output_shape[-1]
        self.compile(
            optimizer=keras.optimizers.Adam(
                keras.optimizers.schedules.CosineDecay(self._learning_rate, decay_steps=self._decay_steps)
            ),
            loss=keras_loss(objective, outputs),
            metrics=[_keras_metric(objective, outputs)],
        )

    def start(
        self,
        masks: dict[str, np.ndarray],
        learning_rate: float,
        iterations: int,
        fading: dict[str, np.ndarray] | None = None,
        fade_iterations: int = 0,
    ) -> None:
        """Set one call's masks, fading weights and cosine schedule (from `learning_rate` to zero over
        `iterations`), and reset Adam."""
        for name, mask in keras_masks(self.inner, masks).items():
            self._mask_of[name].assign(mask.astype(np.float32))
        for name, (removed, start) in self._fade_of.items():
            values = (fading or {}).get(name, np.zeros(start.shape, np.float32))
            removed.assign(values != 0)
            start.assign(values)
        self._fade_iterations.assign(float(max(fade_iterations, 1)))
        self._learning_rate.assign(learning_rate)
        self._decay_steps.assign(float(iterations))
        for variable in [self.optimizer.iterations, *self.optimizer.variables]:
            variable.assign(tf.zeros_like(variable))

    def call(self, inputs, training=False):
        return self.inner(inputs, training=training)

    def train_step(self, data):
        x, y = data
        if self.distillation is not None:
            y, soft = y  # labels and the teacher's probabilities (`training_targets`)
        with tf.GradientTape() as tape:
            prediction = self(x, training=True)
            if self.distillation is None:
                loss = self.compiled_loss(y, prediction, regularization_losses=self.inner.losses)
            else:
                loss = self.distillation.loss(y, soft, prediction) + tf.add_n(
                    [tf.constant(0.0), *self.inner.losses]
                )
            if self.penalty is not None:
                loss += self.penalty(self.inner)
        gradients = tape.gradient(loss, self.inner.trainable_variables)
        gradients = [g if m is None else tf.convert_to_tensor(g) * m for g, m in zip(gradients, self._masks)]
        self.optimizer.apply_gradients(zip(gradients, self.inner.trainable_variables))
        if self._fading:
            share = tf.maximum(
                0.0, 1.0 - tf.cast(self.optimizer.iterations, tf.float32) / self._fade_iterations
            )
            for kernel, removed, start in self._fading:
                kernel.assign(tf.where(removed, start * share, kernel))
        self.compiled_metrics.update_state(y, prediction)
        return {m.name: m.result() for m in self.metrics}


def _trainer(model: keras.Model, masked: tuple, objective: Objective, penalty, distillation, fades: bool):
    """The model's `MaskedTrainer` for these masked layers, objective, penalty, teacher and fading or not,
    and for the model's trainable variables as they are now (a trainer pairs its masks with them when traced),
    built at its first call. The model keeps them in its `__dict__`, outside Keras' tracking (never saved
    with it; freed with it)."""
    trainers = model.__dict__.setdefault("_fpgaprune_trainers", {})
    trained = tuple(variable.ref() for variable in model.trainable_variables)
    key = (masked, objective, penalty, distillation, fades, trained)
    if key not in trainers:
        trainers[key] = MaskedTrainer(model, masked, objective, penalty, distillation, fades)
    return trainers[key]


def _carried_weights(model: keras.Model) -> dict:
    """A zero gradient mask for each weight of a depthwise convolution or an Embedding
    (`models.user.FROZEN_LAYERS`), by variable: fpgaprune carries them unpruned and reserves their cost as the
    unpruned model's project estimates it, so fine-tuning keeps them as trained (a constant-weight kernel's
    multipliers depend on its values). An Embedding's gradient comes as IndexedSlices, which `train_step`
    makes a tensor before it masks it."""
    from fpgaprune.models.user import FROZEN_LAYERS

    carried = [layer for layer in model.layers if type(layer).__name__ in FROZEN_LAYERS]
    return {v.ref(): np.zeros(v.shape, np.float32) for layer in carried for v in layer.trainable_variables}


def finetune(
    model: keras.Model,
    data,
    masks: dict[str, np.ndarray],
    *,
    epochs: int,
    batch_size: int,
    learning_rate: float,
    penalty: GroupLasso | None = None,
    distillation: Distillation | None = None,
    stop_at: float | None = None,
    frozen: dict[str, np.ndarray] | None = None,
    fade_epochs: int = 0,
) -> float:
    """Apply `masks`, fine-tune, re-apply masks; return the validation accuracy (a regression's: its loss,
    `data.objective`).

    Adam afresh each call (zero moments), its learning rate decaying from `learning_rate` to zero on a
    cosine over the call's iterations: the large early steps let the network re-route around the removed
    structures, the small late ones settle it (a constant rate ends each step mid-jump).
    With `stop_at`, the validation accuracy is measured after every epoch and the call ends after the
    first epoch that reaches it. `frozen` (layer name -> bool array of the kernel's shape) keeps those
    weights at their values too (their gradients are masked as the pruned weights' are).
    With `fade_epochs`, the weights the masks remove are not zeroed at once but fade out linearly over
    the call's first `fade_epochs` epochs while the rest trains, so that the network takes over their
    work gradually (in the spirit of growing regularisation, Wang et al. 2021); `stop_at` is checked
    only once they are gone.
    """
    fade_epochs = min(fade_epochs, epochs)
    fading = _fading(model, masks) if fade_epochs else {}
    apply_masks(model, masks)
    if epochs > 0:
        if penalty is not None:
            penalty.reweight(model)
        trainable = {k: m & ~frozen[k] if frozen and k in frozen else m for k, m in masks.items()}
        per_epoch = math.ceil(len(data.y_train) / batch_size)
        iterations = epochs * per_epoch
        trainer = _trainer(
            model, tuple(sorted(trainable)), data.objective, penalty, distillation, bool(fading)
        )
        trainer.start(trainable, learning_rate, iterations, fading, fade_epochs * per_epoch)
        if fading:
            _restore_fading(model, fading)
        trainer.fit(
            data.x_train,
            training_targets(data, distillation, model.output_shape[-1]),
            epochs=epochs,
            batch_size=batch_size,
            verbose=0,
            callbacks=[
                *([] if stop_at is None else [StopWhenAccurate(model, data, stop_at, after=fade_epochs)]),
                EpochLog(epochs, "fine-tune epoch", log),
            ],
        )
        apply_masks(model, masks)
    return _better_batchnorm_statistics(model, data)


def _better_batchnorm_statistics(model: keras.Model, data) -> float | None:
    """The validation quality with each BatchNormalization's statistics refitted
    (`refit_batchnorm_statistics`), or with them as fine-tuning left them when those do better: refitted on
    training data unlike what the model was trained on they can undo it (a public LeNet-5's two
    BatchNormalizations, refitted on generated inputs before any pruning, took its validation accuracy from
    0.975 to 0.14, and every step was rejected; 2026-12-05)."""
    layers = _batchnorm_layers(model)
    if not layers:
        return evaluate_quality(model, data.x_val, data.y_val, data.objective)
    kept = evaluate_quality(model, data.x_val, data.y_val, data.objective)
    trained = [(layer.moving_mean.numpy(), layer.moving_variance.numpy()) for layer in layers]
    statistics = refit_batchnorm_statistics(model, data.x_train)
    refitted = evaluate_quality(model, data.x_val, data.y_val, data.objective)
    if kept is None or data.objective.meets(refitted, kept):
        steady_constant_channels(model, data.x_train, statistics)
        return refitted
    for layer, (mean, variance) in zip(layers, trained, strict=True):
        layer.moving_mean.assign(mean)
        layer.moving_variance.assign(variance)
    log.info(
        "BatchNormalization statistics kept as fine-tuned (validation %s %.4g; refitted on the training data "
        "they gave %.4g)",
        data.objective.metric,
        kept,
        refitted,
    )
    steady_constant_channels(model, data.x_train)
    return kept


BATCHNORM_SAMPLES = 4096  # training samples whose statistics a BatchNormalization is given after a step


def refit_batchnorm_statistics(
    model: keras.Model, x: Inputs, batch_size: int = 256
) -> dict[str, "InputStatistics"]:
    """Give every BatchNormalization (QBatchNormalization too) the mean and variance of its input over the
    first `BATCHNORM_SAMPLES` training samples, under the weights as they are (pruned and fine-tuned), in
    model order (each computed with the ones before it refitted). Validation, the records and hls4ml read the
    moving statistics, which the fine-tuning moves only by 1 % a batch towards what the pruned network
    computes: a float ResNet-style CNN's walk (Fashion-MNIST 16x16, knapsack_dsp_bram, 2 epochs a step, rtol
    0.95) rejected every step, its first at validation accuracy 0.355 after training at 0.70, and reached
    0.333 of its 0.5 with the statistics refitted (2026-12-04). A model without one is left as it is.
    Returns each refitted layer's `InputStatistics`, by name."""
    refitted = {}
    for layer in _batchnorm_layers(model):
        if (statistics := _input_statistics(model, layer, x, batch_size)) is not None:
            layer.moving_mean.assign(statistics.mean.astype(np.float32))
            layer.moving_variance.assign(statistics.variance.astype(np.float32))
            refitted[layer.name] = statistics
    return refitted


def steady_constant_channels(
    model: keras.Model, x: Inputs, known: dict | None = None, batch_size: int = 256
) -> None:
    """Give each BatchNormalization channel whose input is one value on the training samples its statistics
    are taken from (the first `BATCHNORM_SAMPLES`: a neuron or filter pruned whole, its bias through an
    activation) that value as its mean, a variance of 1 and, as beta, the output it had: Keras computes the
    same (x - mean is 0), and the scale hls4ml folds, gamma / sqrt(variance + epsilon), stays gamma's. A
    variance of 0 made that scale gamma / sqrt(epsilon), 31.6 gamma: a public autoencoder's channels pruned
    whole reached scales of 264 in its configuration's `scale: ap_fixed<13,6>`, which wrapped, and its C
    simulation's mse was 379 against Keras's 473 (2026-12-05). A channel whose beta cannot take its output
    (no beta, or a quantized one) is left as it is. `known`: `refit_batchnorm_statistics`' result for the
    statistics as they are (a constant channel's output is the same under a variance of 0 or 1, so those of
    the layers after it hold too)."""
    for layer in _batchnorm_layers(model):
        statistics = (known or {}).get(layer.name) or _input_statistics(model, layer, x, batch_size)
        if statistics is None or not statistics.constant.any():
            continue
        first = samples(x, slice(0, 1))
        output = np.asarray(keras.Model(model.inputs, layer.output)(first, training=False), np.float32)
        output = output.reshape(-1, output.shape[-1])[0]
        beta = layer.beta.numpy() if getattr(layer, "beta", None) is not None else np.zeros_like(output)
        settable = getattr(layer, "beta", None) is not None and not getattr(layer, "beta_quantizer", None)
        steady = statistics.constant & (settable | (output == beta))
        mean, variance = layer.moving_mean.numpy(), layer.moving_variance.numpy()
        mean[steady], variance[steady], beta[steady] = statistics.mean[steady], 1.0, output[steady]
        layer.moving_mean.assign(mean)
        layer.moving_variance.assign(variance)
        if settable:
            layer.beta.assign(beta)


@dataclass(frozen=True)
class InputStatistics:
    """Per channel, what a BatchNormalization reads on the training samples (`_input_statistics`)."""

    mean: np.ndarray
    variance: np.ndarray
    constant: np.ndarray  # bool: one value on every sample


def _input_statistics(model, layer, x: Inputs, batch_size: int) -> InputStatistics | None:
    """The mean, variance and constancy of `layer`'s input per channel over the first `BATCHNORM_SAMPLES` of
    `x`, under the weights as they are; None for a channels-first layer (fpgaprune refuses those)."""
    reads = keras.Model(model.inputs, layer.input)
    rank = len(reads.output_shape)
    if list(layer.axis) not in ([-1], [rank - 1]):
        return None
    x = samples(x, slice(0, BATCHNORM_SAMPLES))
    total, squares, count, low, high = 0.0, 0.0, 0, np.inf, -np.inf
    for start in range(0, n_samples(x), batch_size):
        values = np.asarray(reads(samples(x, slice(start, start + batch_size)), training=False), np.float64)
        values = values.reshape(-1, values.shape[-1])
        total, squares, count = (
            total + values.sum(axis=0),
            squares + (values**2).sum(axis=0),
            count + len(values),
        )
        low, high = np.minimum(low, values.min(axis=0)), np.maximum(high, values.max(axis=0))
    mean = total / count
    return InputStatistics(mean, np.maximum(squares / count - mean**2, 0.0), low == high)


def _batchnorm_layers(model: keras.Model) -> list:
    """The model's BatchNormalization and QBatchNormalization layers, in order, but those of trainable=False,
    which are kept as given (Keras's fine-tuning leaves their statistics alone; a frozen feature extractor's
    BatchNormalization was given the training data's statistics, its mean 89.4 -> 91.5, until 2026-12-06)."""
    return [
        layer for layer in model.layers if "BatchNormalization" in type(layer).__name__ and layer.trainable
    ]


def _fading(model: keras.Model, masks: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Layer name -> the nonzero kernel values that `masks` removes (zero elsewhere), for layers with any."""
    fading = {}
    for name, mask in keras_masks(model, masks).items():
        kernel = weight_holder(model, name).kernel.numpy()
        removed = np.where(mask, 0, kernel).astype(kernel.dtype)
        if removed.any():
            fading[name] = removed
    return fading


def _restore_fading(model: keras.Model, fading: dict[str, np.ndarray]) -> None:
    """Put the fading weights back (after the masks zeroed them) for the fade to start from."""
    for name, removed in fading.items():
        kernel = weight_holder(model, name).kernel
        kernel.assign(kernel.numpy() + removed)


class StopWhenAccurate(keras.callbacks.Callback):
    """Ends training after the first epoch (from epoch `after` on) whose validation accuracy reaches
    `needed` (logged as val_accuracy; a regression's loss at or below it, logged as val_mse or val_mae)."""

    def __init__(self, model: keras.Model, data, needed: float, after: int = 0):
        super().__init__()
        self.inner, self.data, self.needed, self.after = model, data, needed, after

    def on_epoch_end(self, epoch, logs=None):
        if epoch + 1 < self.after:
            return
        objective = self.data.objective
        value = evaluate_quality(self.inner, self.data.x_val, self.data.y_val, objective)
        if logs is not None:
            logs[objective.key("val_")] = value
        if objective.meets(value, self.needed):
            self.model.stop_training = True


def training_targets(data, distillation: Distillation | None, outputs: int = 0):
    """What `fit` gets as y: the labels (`fit_labels`), with a teacher also its probabilities for the same
    samples."""
    labels = fit_labels(data.y_train, data.objective, outputs)
    if distillation is None:
        return labels
    return labels, distillation.soft_targets(data.x_train)


def evaluate_accuracy(model: keras.Model, x: Inputs, y: np.ndarray) -> float | None:
    """Share of samples whose most probable class is the label; None without samples (no test split)."""
    return evaluate_quality(model, x, y, CLASSIFIER)


def evaluate_quality(model: keras.Model, x: Inputs, y: np.ndarray, objective: Objective) -> float | None:
    """The objective's metric of the model on (x, y): accuracy, or a regression's mse or mae; None without
    samples (no test split)."""
    if len(y) == 0:
        return None
    return objective.score(model.predict(x, batch_size=1024, verbose=0), y)


def keras_loss(objective: Objective, outputs: int = 0) -> keras.losses.Loss:
    """The loss fine-tuning minimises (and whose gradients `loss_gradients` takes): cross-entropy for a
    classifier of `outputs` outputs (class-index labels; a binary classifier's of its one sigmoid output,
    `is_binary`, on `fit_labels`; of its logits for a classifier of logits), the metric's error for a
    regression."""
    if isinstance(objective, JointObjective):
        return JointLoss(objective)
    if objective.is_regression:
        return {"mse": keras.losses.MeanSquaredError, "mae": keras.losses.MeanAbsoluteError}[
            objective.metric
        ]()
    if is_binary(outputs):
        return keras.losses.BinaryCrossentropy(from_logits=objective.from_logits)
    return keras.losses.SparseCategoricalCrossentropy(from_logits=objective.from_logits)


def _keras_metric(objective: Objective, outputs: int):
    """The metric fine-tuning's epochs log: the objective's, one logit's accuracy at 0 (Keras's 0.5 is a
    probability's)."""
    if isinstance(objective, JointObjective):
        return keras.metrics.MeanMetricWrapper(JointLoss(objective), name="loss_of_outputs")
    if objective.from_logits and is_binary(outputs):
        return keras.metrics.BinaryAccuracy(name=objective.metric, threshold=0.0)
    return objective.metric


class JointLoss(keras.losses.Loss):
    """A model of several outputs joined into one (`core.objective.JointObjective`): the sum of each
    output's loss (`keras_loss`) on its columns divided by its unpruned model's
    (`OutputObjective.loss_scale`), so that each starts at about 1 and none drowns the others. `soft`: against
    the teacher's outputs in the same columns (a classifier's probabilities: cross-entropy with them)."""

    def __init__(self, objective: JointObjective, soft: bool = False):
        super().__init__(name="joint_soft" if soft else "joint")
        values = objective.columns([output.width for output in objective.outputs])
        targets = values if soft else objective.columns([o.target_width for o in objective.outputs])
        self.parts = [
            (
                _soft_loss(output.objective, output.width)
                if soft
                else keras_loss(output.objective, output.width),
                1.0 / output.loss_scale,
                target,
                value,
            )
            for output, target, value in zip(objective.outputs, targets, values)
        ]

    def call(self, y_true, y_pred):
        total = tf.constant(0.0)
        for loss, weight, target, value in self.parts:
            total += weight * loss(y_true[:, target], y_pred[:, value])
        return total


def output_loss(objective: Objective, width: int, y: np.ndarray, predicted: np.ndarray) -> float:
    """One output's loss on (y, predicted) as `JointLoss` takes it: both as flattened columns (a classifier's
    class index a column of its own)."""
    n = len(predicted)
    targets, values = np.asarray(y, np.float32).reshape(n, -1), np.asarray(predicted).reshape(n, -1)
    return float(keras_loss(objective, width)(targets, values))


def _soft_loss(objective: Objective, outputs: int) -> keras.losses.Loss:
    """One output's loss against a teacher's outputs: cross-entropy with its class probabilities (of its
    logits for a classifier of logits), a regression's own error."""
    if objective.is_regression:
        return keras_loss(objective)
    if is_binary(outputs):
        return keras.losses.BinaryCrossentropy(from_logits=objective.from_logits)
    return keras.losses.CategoricalCrossentropy(from_logits=objective.from_logits)


def _joint_probabilities(outputs: np.ndarray, objective: JointObjective) -> np.ndarray:
    """A joined model's outputs with each classifier of logits' columns as class probabilities."""
    outputs = np.array(outputs, np.float32)
    values = objective.columns([output.width for output in objective.outputs])
    for output, columns in zip(objective.outputs, values):
        if output.objective.from_logits:
            outputs[:, columns] = _probabilities(outputs[:, columns])
    return outputs


def _probabilities(logits: np.ndarray) -> np.ndarray:
    """Class probabilities of a classifier's logits: their softmax, or one logit's sigmoid."""
    if is_binary(logits.shape[-1]):
        return tf.math.sigmoid(logits).numpy()
    return tf.nn.softmax(logits, axis=-1).numpy()


def fit_labels(y: np.ndarray, objective: Objective, outputs: int) -> np.ndarray:
    """The targets as Keras fits a model of `outputs` outputs to them: a binary classifier's class indices as
    a column of floats, the shape of its one output; any other's as they are."""
    if not objective.is_regression and is_binary(outputs):
        return np.asarray(y).reshape(-1, 1).astype(np.float32)
    return y


def loss_gradients(
    model: keras.Model,
    x: Inputs,
    y: np.ndarray,
    layer_names: list[str],
    batch_size: int = 256,
    objective: Objective = CLASSIFIER,
) -> tuple[dict, dict]:
    """Mean gradient and mean squared mini-batch gradient of the loss (`keras_loss`) w.r.t. each named
    kernel."""
    loss_fn = keras_loss(objective, model.output_shape[-1])
    y = fit_labels(y, objective, model.output_shape[-1])
    kernels = [weight_holder(model, name).kernel for name in layer_names]
    sums = [np.zeros(k.shape, np.float64) for k in kernels]
    squares = [np.zeros(k.shape, np.float64) for k in kernels]
    batches = range(0, n_samples(x), batch_size)
    for start in batches:
        batch = slice(start, start + batch_size)
        with tf.GradientTape() as tape:
            loss = loss_fn(y[batch], model(samples(x, batch), training=False))
        for i, g in enumerate(tape.gradient(loss, kernels)):
            sums[i] += g.numpy()
            squares[i] += np.square(g.numpy())
    n = len(batches)
    return (
        {name: s / n for name, s in zip(layer_names, sums)},
        {name: s / n for name, s in zip(layer_names, squares)},
    )
