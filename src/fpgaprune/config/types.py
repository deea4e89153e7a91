"""The typed configuration: frozen dataclasses built from a validated, default-filled config dict.

No field has a default here: every default lives in the packaged schema (`schema.yaml`) and is
filled in by validation, so the two can never disagree. Build these with `fpgaprune.config.load_config`.
"""

from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace

from fpgaprune.core.budget import ResourceBudget, budget_folder
from fpgaprune.core.design import (
    LayerHls,
    Precisions,
    ReuseSetting,
    design_layers,
    quantized_relu_precision,
    quantized_weight_precision,
    rounded,
)
from fpgaprune.core.devices import PartBudget, part_counts
from fpgaprune.core.hardware.layer import LayerHardware
from fpgaprune.core.hardware.multipliers import Target
from fpgaprune.core.hardware.project import clock_uncertainty
from fpgaprune.core.zoo import WeightLayer, get_architecture, weight_layers

# the methods that prune to counts
ABSOLUTE_METHODS = ("knapsack_dsp", "knapsack_dsp_bram", "knapsack_rf", "knapsack_lut")
# `hls:` keys that decide only what is done with a pruned model (its synthesis, its C simulation)
HLS_AFTER_PRUNING = ("synthesis", "csim_samples")
# what an experiment shares out among its prune jobs, each given its own method and target or budget
SHARED_OUT = ("methods", "targets", "budgets", "fit")
# `model:` and `dataset:` keys that name files (their checksums identify them)
FILE_KEYS = ("file", "hls_config")

__all__ = [
    "HLS_AFTER_PRUNING",
    "SHARED_OUT",
    "Config",
    "DatasetOptions",
    "Experiment",
    "HlsSettings",
    "KnapsackRf",
    "LayerHls",
    "PartFit",
    "Pruning",
    "Quantization",
    "ReuseSetting",
    "Training",
    "checkpoint_settings",
    "job_settings",
]


@dataclass(frozen=True)
class Quantization:
    """QKeras quantisation of weights and activations (`quantization:`)."""

    weight_bits: int
    weight_integer_bits: int
    activation_bits: int
    activation_integer_bits: int


@dataclass(frozen=True)
class Training:
    """Baseline training (`training:`)."""

    epochs: int
    batch_size: int
    learning_rate: float
    patience: int


@dataclass(frozen=True)
class HlsSettings:
    """How a model becomes an hls4ml design (`hls:`)."""

    precision: str
    io_type: str
    strategy: str
    input_precision: str | None
    accum_precision: str
    backend: str
    part: str
    clock_period: float
    synthesis: str
    csim_samples: int | None
    clock_uncertainty: str | float | None = None  # hls4ml's ClockUncertainty; None: the backend's default


@dataclass(frozen=True)
class KnapsackRf:
    """Method knapsack_rf's candidates and latency budget (`pruning.knapsack_rf:`)."""

    latency_budget: Mapping | None  # {cycles: N} | {ns: T} | {like: SETTING}; None: the job's own setting
    ii_limit: int | None
    rf_candidates: Mapping | tuple[int, ...]  # {min, max} or the reuse factors to try
    strategies: tuple[str, ...]
    parallelization_factors: Mapping | tuple[int, ...] = (1,)  # io_parallel convolutions, Latency strategy

    def as_dict(self) -> dict:
        return {
            "latency_budget": dict(self.latency_budget) if self.latency_budget else None,
            "ii_limit": self.ii_limit,
            "strategies": list(self.strategies),
            "rf_candidates": _range_or_list(self.rf_candidates),
            "parallelization_factors": _range_or_list(self.parallelization_factors),
        }


def _range_or_list(candidates: Mapping | tuple[int, ...]) -> dict | list:
    return dict(candidates) if isinstance(candidates, Mapping) else list(candidates)


@dataclass(frozen=True)
class PartFit:
    """A share of an FPGA part's resources that the whole design may use (`fit:`)."""

    part: str
    utilization: float

    def budget(self) -> PartBudget:
        """The part's counts times the utilisation, rounded down (`core.devices.fit`'s, without its warning
        about an unverified device: the job pruning to it warns)."""
        return part_counts(self.part, self.utilization)

    @property
    def folder(self) -> str:
        """The result folder of its jobs: the counts, `b-dsp...-bram_18k...-lut...-ff...`."""
        return budget_folder(ResourceBudget(absolute=self.budget()))


@dataclass(frozen=True)
class Pruning:
    """Iterative pruning and its fine-tuning (`pruning:`)."""

    importance: str
    rtol: float
    schedule: Mapping
    epochs_per_step: int
    final_epochs: int
    regularise_epochs: int
    group_lasso: float
    group_lasso_adaptive: bool
    learning_rate: float
    distillation: float
    max_failures: int
    recovery_epochs: int
    accept_early: bool
    fade_epochs: int
    solver: str
    rel_gap: float
    time_limit_s: float
    max_layer_sparsity: float
    layers: tuple[str, ...] | None  # None: every weight layer
    peer_tuner: str
    knapsack_rf: KnapsackRf


def _trainable_scope(named: tuple[str, ...] | None, layers) -> tuple[str, ...] | None:
    """The weight layers to prune when some of `layers` are not trainable (`WeightLayer.trainable`) and
    `pruning.layers` names none (`named` None): the trainable ones; None when every layer is trainable or
    `named` is given.

    Raises:
        ValueError: `named` holds a layer that is not trainable, or no weight layer is trainable.
    """
    frozen = [layer.name for layer in layers if not layer.trainable]
    if named and (given := [name for name in named if name in frozen]):
        raise ValueError(
            f"pruning.layers names {given[0]!r}, a layer of trainable=False: fine-tuning cannot change it, "
            "so nothing a pruning step removes there would be recovered; leave it out of pruning.layers or "
            "make it trainable"
        )
    if named or not frozen:
        return None
    trainable = tuple(layer.name for layer in layers if layer.trainable)
    if not trainable:
        raise ValueError(
            "every weight layer of the model is trainable=False, so none can be pruned and fine-tuned: make "
            "the layers to prune trainable"
        )
    return trainable


@dataclass(frozen=True)
class Experiment:
    """One experiment: a model on a dataset, its designs (reuse settings) and how they are pruned."""

    name: str
    dataset: str  # a pipeline dataset, or the stem of `dataset_file`
    model: str  # a zoo architecture, or the stem of `model_file`
    quantization: Quantization | None
    training: Training
    hls: HlsSettings
    reuse_factors: tuple[ReuseSetting, ...]
    pruning: Pruning
    methods: tuple[str, ...]
    targets: tuple[float, ...]
    budgets: tuple[Mapping[str, int], ...] = ()  # absolute counts of the weight layers (`budgets:`)
    fit: PartFit | None = None  # a part's share for the whole design (`fit:`), the reserve taken out first
    model_file: str | None = None  # a user's model (`model: {file: ...}`); None: the zoo's `model`
    dataset_file: str | None = None  # a user's .npz (`dataset: {file: ...}`); None: the pipeline's `dataset`
    trust_model_code: bool = False
    hls_config_file: str | None = None  # the model file's hls4ml configuration (`model: {hls_config: ...}`)
    # A model file's task and metric (`model: {task: ..., metric: ...}`); None: inferred as optimize does
    task: str | None = None
    metric: str | None = None
    # A model file's weight layers and per-layer types, once read from the file (`with_model_layers`)
    model_layers: tuple[WeightLayer, ...] | None = None
    layer_precisions: Mapping[str, Precisions] | None = None
    hls_config: Mapping | None = None  # the content of `hls_config_file`, read with the model's layers

    @property
    def budget_folders(self) -> dict[str, list[str]]:
        """Result folder names of each method's prune jobs: `t<target>`, then `b-...` for knapsack methods
        (`budgets:`, then `fit:`'s, named by the part's counts)."""
        shares = [budget_folder(ResourceBudget(share=t)) for t in self.targets]
        counts = [budget_folder(ResourceBudget(absolute=b)) for b in self.budgets]
        counts += [self.fit.folder] if self.fit is not None else []
        return {m: shares + (counts if m in ABSOLUTE_METHODS else []) for m in self.methods}

    def with_model_layers(
        self,
        layers,
        precisions: Mapping[str, Precisions],
        hls_config: Mapping | None = None,
        setting: ReuseSetting | None = None,
    ) -> "Experiment":
        """This experiment with its model file's weight layers and per-layer types (read by
        `fpgaprune.models.user.experiment_with_model`, which needs Keras); with its hls4ml configuration's
        content and the design `setting` read from it (`model.hls_config`), which replaces the placeholder of
        the same name."""
        extra = {} if setting is None else {"reuse_factors": (setting,), "hls_config": hls_config}
        if self.pruning.layers:  # a GRU's or LSTM's name in `pruning.layers` stands for its two products
            products: dict[str, list[str]] = {}
            for layer in (layer for layer in layers if layer.part):
                products.setdefault(layer.hls_layer, []).append(layer.name)
            named = [product for name in self.pruning.layers for product in products.get(name, [name])]
            extra["pruning"] = replace(self.pruning, layers=tuple(named))
        if scope := _trainable_scope(extra.get("pruning", self.pruning).layers, layers):
            extra["pruning"] = replace(self.pruning, layers=scope)
        return replace(self, model_layers=tuple(layers), layer_precisions=dict(precisions), **extra)

    def settings_read(self, setting_name: str, *, prune: bool) -> list[int]:
        """Places in `reuse_factors` of the settings a job of `setting_name` reads: its own, and for a prune
        job the one whose design's latency is knapsack_rf's budget (`latency_budget: {like: ...}`)."""
        names = [setting_name]
        like = (self.pruning.knapsack_rf.latency_budget or {}).get("like") if prune else None
        if like is not None and like != setting_name:
            names.append(like)
        return sorted(self.setting_names.index(name) for name in names)

    @property
    def setting_names(self) -> list[str]:
        return [setting.name for setting in self.reuse_factors]

    def setting(self, name: str) -> ReuseSetting:
        """The reuse-factor setting called `name`.

        Raises:
            ValueError: the experiment has no such setting (the message lists those it has).
        """
        for setting in self.reuse_factors:
            if setting.name == name:
                return setting
        raise ValueError(
            f"experiment {self.name} has no reuse-factor setting {name!r}; "
            f"it has: {', '.join(self.setting_names)}"
        )

    @property
    def precisions(self) -> Precisions | Mapping[str, Precisions]:
        """The design's fixed-point types, as hls4ml gives them (a model file's: per layer, read from it).

        Weights take their quantiser's type; a weight layer after the first reads the output of a
        `quantized_relu(b, i)` activation, which hls4ml types `ufixed<b, i, RND_CONV, SAT>`
        (`quantized_relu_precision`; float models: `hls.precision`).
        Biases take the weights' type: the zoo's QKeras layers quantise them with the kernel's quantiser
        (`fpgaprune.models.build`), and the pipeline gives a float layer's weights and bias, and every model's
        input, `hls.precision` rounded (`core.design.rounded`, as `fpgaprune.hls.convert` writes them).
        """
        if self.layer_precisions is not None:
            return self.layer_precisions
        q = self.quantization
        hls = self.hls
        weight = (
            quantized_weight_precision(q.weight_bits, q.weight_integer_bits) if q else rounded(hls.precision)
        )
        data = quantized_relu_precision(q.activation_bits, q.activation_integer_bits) if q else hls.precision
        model_input = rounded(hls.input_precision or hls.precision)
        result = "auto" if q else hls.precision  # a QKeras layer's hls4ml infers; a float one's the precision
        return Precisions(weight, data, model_input, self.hls.accum_precision, bias=weight, result=result)

    @property
    def cost_target(self) -> Target:
        """The part, HLS tool and clock the cost model assumes for this experiment's designs."""
        tool = "vitis" if self.hls.backend == "Vitis" else "vivado"
        hls = self.hls
        margin = clock_uncertainty(hls.clock_uncertainty, hls.clock_period)  # None: the backend's default
        return Target(part=hls.part, hls_tool=tool, clock_ns=hls.clock_period, clock_uncertainty=margin)

    @property
    def weight_layers(self) -> list[WeightLayer]:
        """The model's weight layers, in model order.

        Raises:
            ValueError: a model file's layers not read yet (`fpgaprune.models.user.experiment_with_model`).
        """
        if self.model_layers is not None:
            return list(self.model_layers)
        if self.model_file is not None:
            raise ValueError(
                f"experiment {self.name}: the layers of {self.model_file} are read from that file "
                f"(fpgaprune.models.user.experiment_with_model)"
            )
        return weight_layers(get_architecture(self.model))

    def design(self, setting_name: str, *, pruned: bool) -> list[LayerHardware]:
        """Hardware description of every weight layer of the design of one reuse-factor setting.

        Raises:
            ValueError: unknown setting, or a reuse factor hls4ml cannot implement.
        """
        where = f"config key experiments.{self.name}.reuse_factors[{setting_name}]"
        per_layer = self.setting(setting_name).resolve(self.weight_layers, where)
        hls = self.hls
        return design_layers(
            self.weight_layers, per_layer, self.precisions, hls.io_type, pruned=pruned, backend=hls.backend
        )

    def as_dict(self) -> dict:
        """The experiment as plain JSON-able data in the config file's form (its name is the key there)."""
        data = asdict(self)
        del data["name"]
        for key in ("model", "dataset"):
            if data.pop(f"{key}_file") is not None:
                data[key] = {"file": getattr(self, f"{key}_file")}
        trust = data.pop("trust_model_code")
        hls_config_file = data.pop("hls_config_file")
        given = {key: data.pop(key) for key in ("task", "metric")}
        del data["model_layers"], data["layer_precisions"], data["hls_config"]
        data["budgets"] = [dict(b) for b in self.budgets]
        if self.fit is None:
            del data["fit"]  # as before `fit` was kept apart: the records of experiments without it unchanged
        if self.hls.clock_uncertainty is None:
            del data["hls"]["clock_uncertainty"]  # so: the records of experiments without it unchanged
        if self.model_file is not None:
            data["model"]["trust_model_code"] = trust
        if hls_config_file is not None:
            data["model"]["hls_config"] = hls_config_file
        if self.model_file is not None:  # only when given: the records of other experiments unchanged
            data["model"] |= {key: value for key, value in given.items() if value is not None}
        data["reuse_factors"] = [_setting_dict(s) for s in self.reuse_factors]
        data["pruning"]["schedule"] = dict(self.pruning.schedule)
        data["pruning"]["knapsack_rf"] = self.pruning.knapsack_rf.as_dict()
        data["pruning"]["layers"] = list(self.pruning.layers) if self.pruning.layers else None
        if data["pruning"]["layers"] is None:
            del data["pruning"]["layers"]
        for key in ("methods", "targets"):
            data[key] = list(data[key])
        return data


@dataclass(frozen=True)
class DatasetOptions:
    """Per-dataset preparation options (`datasets.<name>:`)."""

    n_train: int | None
    n_val: int | None
    n_test: int | None


@dataclass(frozen=True)
class Config:
    """A whole validated configuration."""

    seed: int
    data_home: str
    datasets: Mapping[str, DatasetOptions]
    experiments: Mapping[str, Experiment]

    def dataset_options(self, dataset: str) -> DatasetOptions:
        return self.datasets.get(dataset, DatasetOptions(None, None, None))

    def experiment(self, name: str) -> Experiment:
        """The experiment called `name`.

        Raises:
            ValueError: no such experiment (the message lists those there are).
        """
        if name not in self.experiments:
            known = ", ".join(self.experiments)
            raise ValueError(f"no experiment {name!r} in the config; experiments: {known}")
        return self.experiments[name]


def config_from_dict(data: dict) -> Config:
    """Typed config of a validated, default-filled config dict."""
    return Config(
        seed=data["seed"],
        data_home=data["data_home"],
        datasets={k: DatasetOptions(**v) for k, v in data["datasets"].items()},
        experiments={k: experiment_from_dict(k, v) for k, v in data["experiments"].items()},
    )


def experiment_from_dict(name: str, data: dict) -> Experiment:
    """Typed experiment of one validated, default-filled `experiments.<name>` entry."""
    hls = HlsSettings(**data["hls"])
    pruning = dict(data["pruning"], schedule=dict(data["pruning"]["schedule"]))
    pruning["layers"] = tuple(pruning["layers"]) if pruning.get("layers") else None
    pruning["knapsack_rf"] = _knapsack_rf(pruning["knapsack_rf"])
    model, dataset = data["model"], data["dataset"]
    return Experiment(
        name=name,
        dataset=_stem(dataset["file"]) if isinstance(dataset, dict) else dataset,
        model=_stem(model["file"]) if isinstance(model, dict) else model,
        quantization=Quantization(**data["quantization"]) if data["quantization"] else None,
        training=Training(**data["training"]),
        hls=hls,
        reuse_factors=tuple(_reuse_setting(entry, hls.strategy) for entry in data["reuse_factors"]),
        pruning=Pruning(**pruning),
        methods=tuple(data["methods"]),
        targets=tuple(float(t) for t in data["targets"]),
        budgets=tuple(dict(b) for b in data.get("budgets", ())),
        fit=PartFit(data["fit"]["part"], data["fit"]["utilization"]) if data.get("fit") else None,
        model_file=model["file"] if isinstance(model, dict) else None,
        dataset_file=dataset["file"] if isinstance(dataset, dict) else None,
        trust_model_code=bool(model.get("trust_model_code", False)) if isinstance(model, dict) else False,
        hls_config_file=model.get("hls_config") if isinstance(model, dict) else None,
        task=model.get("task") if isinstance(model, dict) else None,
        metric=model.get("metric") if isinstance(model, dict) else None,
    )


def _knapsack_rf(data: dict) -> KnapsackRf:
    def typed(candidates):
        return dict(candidates) if isinstance(candidates, Mapping) else tuple(candidates)

    return KnapsackRf(
        latency_budget=dict(data["latency_budget"]) if data["latency_budget"] else None,
        ii_limit=data["ii_limit"],
        rf_candidates=typed(data["rf_candidates"]),
        strategies=tuple(data["strategies"]),
        parallelization_factors=typed(data["parallelization_factors"]),
    )


def _stem(path: str) -> str:
    """A file's name without folders and suffix, as the identity of a user's model or data in records."""
    return path.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]


def _reuse_setting(entry, default_strategy: str) -> ReuseSetting:
    """A plain number applies to every layer with `hls.strategy`; a mapping names per-layer overrides."""
    if isinstance(entry, int):
        return ReuseSetting(str(entry), LayerHls(entry, default_strategy))
    layers = {
        layer: LayerHls(spec["reuse_factor"], spec["strategy"], spec.get("parallelization_factor", 1))
        for layer, spec in entry["layers"].items()
    }
    return ReuseSetting(entry["name"], LayerHls(entry["reuse_factor"], entry["strategy"]), layers)


def _setting_dict(setting: ReuseSetting) -> dict:
    return {
        "name": setting.name,
        **layer_hls_dict(setting.default),
        "layers": {name: layer_hls_dict(layer) for name, layer in setting.layers.items()},
    }


def layer_hls_dict(layer: LayerHls) -> dict:
    """A configured layer setting in the config file's form (a convolution's ParallelizationFactor when not
    1; the default setting of all layers has none)."""
    factor = layer.parallelization_factor
    return {
        "reuse_factor": layer.reuse_factor,
        "strategy": layer.strategy,
        **({"parallelization_factor": factor} if factor != 1 else {}),
    }


def checkpoint_settings(experiment: Experiment, setting_name: str) -> dict:
    """The settings the checkpoints of a prune job or an optimize run of `setting_name` are keyed by:
    `job_settings` without what the experiment shares out among its jobs (`SHARED_OUT`; the job's identity
    holds its own method, target or budget), and its files (model, data, hls4ml configuration) by the
    checksums the identity holds, not by the paths they were given as: a run started from another folder,
    or with an absolute path, started afresh (a review, 2026-12-07)."""
    settings = experiment.as_dict()
    places = experiment.settings_read(setting_name, prune=True)
    chosen = job_settings(settings, settings.keys() - set(SHARED_OUT), places, prune=True)
    for key in ("model", "dataset"):
        if isinstance(chosen[key], Mapping):
            chosen[key] = {name: value for name, value in chosen[key].items() if name not in FILE_KEYS}
    return chosen


def job_settings(experiment: Mapping, keys, setting_places: list[int] | None, *, prune: bool) -> dict:
    """The part of an experiment's settings (its validated config entry, or `Experiment.as_dict()`) that one
    job depends on: `keys`, its reuse settings cut to those the job reads (`setting_places`, their places in
    the list: `Experiment.settings_read`), and for a prune job `hls:` without `HLS_AFTER_PRUNING`. Snakemake
    reruns a job when this changes (`params.experiment_config`) and a prune job keeps its checkpoints while it
    does not, so adding a reuse setting or switching synthesis on redoes no pruning (2026-12-07)."""
    chosen = {key: experiment[key] for key in keys}
    if "reuse_factors" in chosen and setting_places is not None:
        chosen["reuse_factors"] = [chosen["reuse_factors"][place] for place in setting_places]
    if prune and "hls" in chosen:
        chosen["hls"] = {key: value for key, value in chosen["hls"].items() if key not in HLS_AFTER_PRUNING}
    return chosen
