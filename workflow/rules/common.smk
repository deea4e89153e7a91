# Configuration validation (before any job) and the helpers the rules share.
import json
import shlex
import sys
from pathlib import Path

from snakemake.settings.types import DeploymentMethod

from fpgaprune.config import job_seed, validate_config

try:
    validate_config(config, Path(workflow.basedir) / "workflow/schemas/config.schema.yaml")
except ValueError as error:
    raise WorkflowError(str(error)) from None

# The package's command line: under --sdm conda the job's environment has its own Python;
# otherwise the Python that runs Snakemake (the project venv) runs it, activated or not.
CONDA_ENV = "../../envs/fpgaprune.yaml"
if DeploymentMethod.CONDA in workflow.deployment_settings.deployment_method:
    FPGAPRUNE = "python -m fpgaprune"
else:
    FPGAPRUNE = f"{shlex.quote(sys.executable)} -m fpgaprune"
EXPERIMENTS = config["experiments"]
DATASETS = sorted({e["dataset"] for e in EXPERIMENTS.values()})


wildcard_constraints:
    dataset="|".join(DATASETS),
    experiment="|".join(EXPERIMENTS),
    rf="[A-Za-z0-9_]+",
    method="[a-z0-9_]+",
    target=r"0\.[0-9]+",


def dataset_of(wildcards):
    dataset = EXPERIMENTS[wildcards.experiment]["dataset"]
    return {
        "npz": f"results/data/{dataset}.npz",
        "provenance": f"results/data/{dataset}.json",
    }


def subsample_args(wildcards):
    options = config["datasets"].get(wildcards.dataset, {})
    sizes = {split: options.get(f"n_{split}") for split in ("train", "val", "test")}
    return " ".join(f"--n-{split} {n}" for split, n in sizes.items() if n is not None)


# The part of an experiment's config each rule depends on: a rule's params change (and its jobs
# rerun) only when its own part changes, not when, say, the synthesis settings do.
RULE_CONFIG_KEYS = {
    "train": ("dataset", "model", "quantization", "training"),
    "prune": ("dataset", "model", "quantization", "training", "hls", "reuse_factors", "pruning"),
    "hls": ("dataset", "model", "quantization", "hls", "reuse_factors"),
}


def experiment_json(rule):
    def settings(wildcards):
        experiment = EXPERIMENTS[wildcards.experiment]
        return json.dumps({key: experiment[key] for key in RULE_CONFIG_KEYS[rule]}, sort_keys=True)

    return settings


def seed_of(*parts):
    def seed(wildcards):
        return job_seed(config["seed"], *(wildcards[p] if p in wildcards.keys() else p for p in parts))

    return seed


def setting_names(experiment):
    return [str(e) if isinstance(e, int) else e["name"] for e in experiment["reuse_factors"]]


def pruned_designs():
    """Result folders of every pruned design: results/{experiment}/rf{rf}/{method}/t{target}."""
    return [
        f"results/{name}/rf{rf}/{method}/t{target}"
        for name, experiment in EXPERIMENTS.items()
        for rf in setting_names(experiment)
        for method in experiment["methods"]
        for target in experiment["targets"]
    ]


def all_targets():
    """Every record (training, pruning, hls4ml designs), then the tables and plots made of them."""
    return result_records() + report_targets()
