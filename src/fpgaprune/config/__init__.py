"""The pipeline configuration: the packaged schema, validation, and the typed objects jobs receive.

config = load_config("config/config.yaml")        # or a dict; validated once, defaults filled
experiment = config.experiment("fmnist_lenet5")    # frozen `Experiment`
layers = experiment.design("paper", pruned=True)   # the hardware description of one design
"""

from fpgaprune.config.load import (
    DATASET_INPUT_SHAPES,
    job_seed,
    load_config,
    read_config_file,
    schema,
    validate_config,
)
from fpgaprune.config.types import (
    Config,
    DatasetOptions,
    Experiment,
    HlsSettings,
    LayerHls,
    Pruning,
    Quantization,
    ReuseSetting,
    Training,
    experiment_from_dict,
)

__all__ = [
    "DATASET_INPUT_SHAPES",
    "Config",
    "DatasetOptions",
    "Experiment",
    "HlsSettings",
    "LayerHls",
    "Pruning",
    "Quantization",
    "ReuseSetting",
    "Training",
    "experiment_from_dict",
    "job_seed",
    "load_config",
    "read_config_file",
    "schema",
    "validate_config",
]
