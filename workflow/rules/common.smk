# Configuration validation (before any job) and the helpers the rules share.
import hashlib
import json
import shlex
import sys
from pathlib import Path

from snakemake.settings.types import DeploymentMethod

from fpgaprune.config import job_seed, load_config, validate_config
from fpgaprune.io import write_json

try:
    validate_config(config)  # fills in the schema's defaults, in place
    CONFIG = load_config(config)
except ValueError as error:
    raise WorkflowError(str(error)) from None


def resolved_config_file(data):
    """The validated config as a file named by its content, which every job reads its `Experiment` from.

    One file per distinct config (never overwritten with other content), so that runs with different
    configs in one directory do not disturb each other, and a job on a cluster node reads what the
    run validated. Which jobs rerun after a config change is decided by each rule's `params.experiment_config`.
    """
    text = json.dumps(data, sort_keys=True)
    path = Path(".snakemake/fpgaprune") / f"config-{hashlib.sha256(text.encode()).hexdigest()[:16]}.json"
    if not path.is_file():
        write_json(path, data)
    return str(path)


CONFIG_FILE = resolved_config_file(config)

# The package's command line: under --sdm conda the job's environment has its own Python and runs the
# package from this checkout's src/ (the environment holds the locked dependencies only);
# otherwise the Python that runs Snakemake (the project venv) runs it, activated or not.
CONDA_ENV = "../../envs/fpgaprune.yaml"
if DeploymentMethod.CONDA in workflow.deployment_settings.deployment_method:
    SRC = Path(str(workflow.current_basedir)).parents[1] / "src"
    FPGAPRUNE = f"PYTHONPATH={shlex.quote(str(SRC))} python -m fpgaprune"
else:
    FPGAPRUNE = f"{shlex.quote(sys.executable)} -m fpgaprune"
EXPERIMENTS = CONFIG.experiments
DATASETS = sorted({e.dataset for e in EXPERIMENTS.values()})


wildcard_constraints:
    dataset="|".join(DATASETS),
    experiment="|".join(EXPERIMENTS),
    rf="[A-Za-z0-9_]+",
    method="[a-z0-9_]+",
    target=r"0\.[0-9]+",


def dataset_of(wildcards):
    dataset = EXPERIMENTS[wildcards.experiment].dataset
    return {
        "npz": f"results/data/{dataset}.npz",
        "provenance": f"results/data/{dataset}.json",
    }


def subsample_args(wildcards):
    options = CONFIG.dataset_options(wildcards.dataset)
    sizes = {split: getattr(options, f"n_{split}") for split in ("train", "val", "test")}
    return " ".join(f"--n-{split} {n}" for split, n in sizes.items() if n is not None)


# The part of an experiment's config each rule depends on, as the rule's `params.experiment_config`: a rule's
# jobs rerun only when their own part changes, not when, say, the synthesis settings do. (The job
# itself reads its whole `Experiment` from CONFIG_FILE.)
RULE_CONFIG_KEYS = {
    "train": ("dataset", "model", "quantization", "training"),
    "prune": ("dataset", "model", "quantization", "training", "hls", "reuse_factors", "pruning"),
    "hls": ("dataset", "model", "quantization", "hls", "reuse_factors"),
}


def experiment_json(rule):
    def settings(wildcards):
        experiment = config["experiments"][wildcards.experiment]
        return json.dumps({key: experiment[key] for key in RULE_CONFIG_KEYS[rule]}, sort_keys=True)

    return settings


def seed_of(*parts):
    def seed(wildcards):
        return job_seed(config["seed"], *(wildcards[p] if p in wildcards.keys() else p for p in parts))

    return seed


def pruned_designs():
    """Result folders of every pruned design: results/{experiment}/rf{rf}/{method}/t{target}."""
    return [
        f"results/{name}/rf{rf}/{method}/t{target}"
        for name, experiment in EXPERIMENTS.items()
        for rf in experiment.setting_names
        for method in experiment.methods
        for target in experiment.targets
    ]


def all_targets():
    """Every record (training, pruning, hls4ml designs), then the tables and plots made of them."""
    return result_records() + report_targets()
