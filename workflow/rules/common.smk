# Configuration validation (before any job) and the helpers the rules share.
import copy
import hashlib
import json
import os
import re
import shlex
import shutil
import sys
from pathlib import Path

from snakemake.logging import logger
from snakemake.settings.types import DeploymentMethod

from fpgaprune.config import job_seed, load_config, read_config_file, validate_config
from fpgaprune.config.types import job_settings
from fpgaprune.config.load import config_warnings
from fpgaprune.core.budget import (
    COUNT_FOLDER_PATTERN,
    FOLDER_PATTERN,
    SHARE_FOLDER_PATTERN,
    ResourceBudget,
    budget_folder,
    budget_text,
    folder_budget,
)
from fpgaprune.data.user import check_experiment_files
from fpgaprune.io import foreign_entries, write_json
from fpgaprune.joblogs import failure_lines


def stop(error):
    """End the run before any job with one line naming the problem (a raised WorkflowError adds Snakemake's
    'in file common.smk, line N' and a stack line about this file, which are not the user's)."""
    print(f"fpgaprune: {error}", file=sys.stderr, flush=True)
    sys.exit(1)


try:
    # duplicate keys and YAML errors, with file and line (Snakemake would keep the last of duplicates)
    for _path in workflow.overwrite_configfiles:
        read_config_file(_path)
    _given = copy.deepcopy(config)  # as given, before the schema fills in its defaults
    validate_config(config)  # fills in the schema's defaults, in place
    CONFIG = load_config(config)
    if workflow.is_main_process:  # once per run, not again in each job's parse of the workflow
        for _line in config_warnings(_given, CONFIG):
            logger.warning(f"fpgaprune: {_line}")
except (ValueError, FileNotFoundError) as error:
    stop(error)


try:
    for _name, _experiment in CONFIG.experiments.items():
        if _experiment.model_file is not None:
            check_experiment_files(_name, _experiment)
except (ValueError, FileNotFoundError) as error:
    stop(error)


def check_pass_folders(experiments):
    """One line before any job when a pruning pass's `targets/` folder holds files fpgaprune did not write:
    it is a Snakemake directory() output, which Snakemake deletes whole before the pass runs again, so notes
    put into it went without a word (a review, 2026-12-07). Checked for every pass of the config, run or not.
    """
    for name, experiment in experiments.items():
        for rf in experiment.setting_names:
            for method in experiment.methods:
                folder = Path(f"results/{name}/rf{rf}/{method}/targets")
                if foreign := foreign_entries(
                    folder, lambda entry: re.fullmatch(SHARE_FOLDER_PATTERN, entry)
                ):
                    raise ValueError(
                        f"{folder} holds {', '.join(foreign[:3])}{' and more' if len(foreign) > 3 else ''}, "
                        "which fpgaprune did not write; Snakemake deletes this folder whole when its pruning "
                        "pass runs again: move them out of results/ first"
                    )


try:
    check_pass_folders(CONFIG.experiments)
except ValueError as error:
    stop(error)


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

# Jobs run `python3 -m fpgaprune`: under --sdm conda the job environment's Python, with the package from
# this checkout's src/ (the environment holds the locked dependencies only); otherwise the Python that
# runs Snakemake (the project venv), activated or not, first on PATH.
CONDA_ENV = "../../envs/fpgaprune.yaml"
if DeploymentMethod.CONDA in workflow.deployment_settings.deployment_method:
    SRC = Path(str(workflow.current_basedir)).parents[1] / "src"
    shell.prefix(f"export PYTHONPATH={shlex.quote(str(SRC))}; ")
else:
    shell.prefix(f'export PATH={shlex.quote(str(Path(sys.executable).parent))}:"$PATH"; ')
EXPERIMENTS = CONFIG.experiments
DATASETS = sorted({e.dataset for e in EXPERIMENTS.values() if e.dataset_file is None})
# Experiments on zoo models are trained (rule train); those on a user's model file are checked (baseline_file).
NO_NAME = "(?!)"  # a wildcard constraint that matches nothing
ZOO_EXPERIMENTS = "|".join(n for n, e in EXPERIMENTS.items() if e.model_file is None) or NO_NAME
FILE_EXPERIMENTS = "|".join(n for n, e in EXPERIMENTS.items() if e.model_file is not None) or NO_NAME


wildcard_constraints:
    dataset="|".join(DATASETS) or NO_NAME,
    experiment="|".join(EXPERIMENTS),
    rf="[A-Za-z0-9_]+",
    method="[a-z0-9_]+",
    budget=FOLDER_PATTERN,


def dataset_of(wildcards):
    """The job's data: the prepared dataset and its provenance, or the user's data file."""
    experiment = EXPERIMENTS[wildcards.experiment]
    if experiment.dataset_file is not None:
        return {"npz": experiment.dataset_file}
    return {
        "npz": f"results/data/{experiment.dataset}.npz",
        "provenance": f"results/data/{experiment.dataset}.json",
    }


def user_model(wildcards):
    return EXPERIMENTS[wildcards.experiment].model_file


def hls_config_of(wildcards):
    """A model file's hls4ml configuration (`model.hls_config`), an input of every job that reads it (changing
    it reruns them): baseline_file checks it against the model, prune costs its design, hls builds it."""
    path = EXPERIMENTS[wildcards.experiment].hls_config_file
    return {"hls_config": path} if path is not None else {}


def budget_args(wildcards):
    """The job's budget as command-line arguments: a folder `t0.9` is --target 0.9, `b-dsp600` --budget dsp=600."""
    budget = folder_budget(wildcards.budget)
    return f"--target {budget.share:g}" if budget.share is not None else f"--budget {budget_text(budget)}"


def prune_budget_args(wildcards):
    """A prune job's budget as arguments: the experiment's `fit:` folder is --part P --utilization U (the job
    reserves out of the part's counts what pruning cannot change, as `fpgaprune optimize --part` does);
    other folders as `budget_args` (`b-dsp600` is --budget dsp=600, counts of the weight layers)."""
    part = EXPERIMENTS[wildcards.experiment].fit
    if part is not None and wildcards.budget == part.folder:
        return f"--part {shlex.quote(part.part)} --utilization {part.utilization!r}"
    return budget_args(wildcards)


def subsample_args(wildcards):
    options = CONFIG.dataset_options(wildcards.dataset)
    sizes = {split: getattr(options, f"n_{split}") for split in ("train", "val", "test")}
    return " ".join(f"--n-{split} {n}" for split, n in sizes.items() if n is not None)


# The part of an experiment's config that the jobs of each rule depend on, their `params.experiment_config`
# (`experiment_json`). They rerun only when their own part changes, not when, say, the synthesis settings or
# another reuse setting do. (The job itself reads its whole `Experiment` from CONFIG_FILE.)
RULE_CONFIG_KEYS = {
    "train": ("dataset", "model", "quantization", "training"),
    "baseline_file": ("dataset", "model"),
    "prune": ("dataset", "model", "quantization", "training", "hls", "reuse_factors", "pruning"),
    "hls": ("dataset", "model", "quantization", "hls", "reuse_factors"),
}


def validated_config(wildcards, input):
    """CONFIG_FILE, the validated config the job reads its `Experiment` from.

    Its name changes with any change of the config, so it must not decide reruns: a params function
    of `input` counts as derived from the input files, and Snakemake leaves it out of the params
    trigger; `params.experiment_config` decides instead.
    """
    return CONFIG_FILE


def output_dir(wildcards, output):
    """The folder of the job's first output, which the command writes into."""
    return Path(output[0]).parent


def experiment_json(rule):
    """A rule's `params.experiment_config`: `job_settings` of RULE_CONFIG_KEYS[rule], with the reuse settings
    the job of the `rf` wildcard reads only."""

    def settings(wildcards):
        experiment = config["experiments"][wildcards.experiment]
        prune = rule == "prune"
        places = None
        if "rf" in wildcards.keys():
            places = EXPERIMENTS[wildcards.experiment].settings_read(wildcards.rf, prune=prune)
        chosen = job_settings(experiment, RULE_CONFIG_KEYS[rule], places, prune=prune)
        return json.dumps(chosen, sort_keys=True)

    return settings


def seed_of(*parts):
    def seed(wildcards):
        return job_seed(config["seed"], *(_seed_part(wildcards, p) for p in parts))

    return seed


def _seed_part(wildcards, part):
    """A wildcard's value; `target` is the share of a `t0.9` folder (the seeds of target jobs stay as they
    were when the folder's wildcard was the target) or an absolute budget's folder name."""
    if part == "target":
        return wildcards.budget[1:] if wildcards.budget.startswith("t") else wildcards.budget
    return wildcards[part] if part in wildcards.keys() else part


def pruned_designs():
    """Result folders of every pruned design: results/{experiment}/rf{rf}/{method}/{budget}, where the
    budget folder is `t<target>` (a share removed) or `b-dsp600-bram_18k100` (absolute counts)."""
    return [
        f"results/{name}/rf{rf}/{method}/{budget}"
        for name, experiment in EXPERIMENTS.items()
        for rf in experiment.setting_names
        for method, budgets in experiment.budget_folders.items()
        for budget in budgets
    ]


def all_targets():
    """Every record (training, pruning, hls4ml designs), then the tables and plots made of them."""
    return result_records() + report_targets()


# Tables, plots and the report (rules/aggregate.smk).
SCALING_CSV = "results/bench/knapsack_scaling.csv"
PLOTS = ("pareto", "reduction_vs_rf", "sparsity")


def design_folders():
    """Every design folder: the baseline design of each reuse-factor setting and every pruned design."""
    baselines = [
        f"results/{name}/rf{rf}/baseline"
        for name, experiment in EXPERIMENTS.items()
        for rf in experiment.setting_names
    ]
    return baselines + pruned_designs()


def result_records():
    """The records the tables are made of: training, pruning and hls records of every design."""
    trained = [f"results/{name}/baseline/metrics.json" for name in EXPERIMENTS]
    pruned = [f"{design}/metrics.json" for design in pruned_designs()]
    hls = [
        f"{design}/hls/{record}"
        for design in design_folders()
        for record in ("resources.json", "hls_metrics.json")
    ]
    return trained + pruned + hls


def report_targets():
    """Headline, per-experiment tables and plots; the knapsack plot only if the benchmark ran."""
    targets = ["results/tables/headline.md"]
    targets += expand("results/tables/{experiment}/designs.md", experiment=EXPERIMENTS)
    targets += expand("results/plots/{experiment}/{plot}.png", experiment=EXPERIMENTS, plot=PLOTS)
    if Path(SCALING_CSV).is_file():
        targets.append("results/plots/knapsack_scaling.png")
    return targets


def run_summary():
    """A few lines naming where the tables, plots and report are (only what exists)."""
    tables = [p for p in ["results/tables/headline.md", "results/tables/summary.csv"] if Path(p).is_file()]
    if not tables:
        return ""
    plots = sorted(str(p) for p in Path("results/plots").glob("**/*.png"))
    lines = [
        "fpgaprune results:",
        f"  tables: {', '.join(tables)}; per experiment: results/tables/<experiment>/designs.{{md,csv,tex,html}}",
        f"  plots ({len(plots)} PNG, each also as SVG): results/plots/",
    ]
    if not Path(SCALING_CSV).is_file():
        lines.append(
            f"  knapsack scaling plot skipped: no {SCALING_CSV} (run bench/knapsack_scaling.py to make it)"
        )
    lines.append("  HTML report: snakemake --report results/report.html")
    return "\n".join(lines)


def pass_folders(wildcards):
    """The target folders one pruning pass writes (`t0.5`, ...): all of the experiment's targets."""
    return [budget_folder(ResourceBudget(share=t)) for t in EXPERIMENTS[wildcards.experiment].targets]


def link_files(folder, outputs, log):
    """Hard-link each output's namesake from `folder` (a copy across file systems); say so in `log`."""
    Path(log).write_text(f"{', '.join(str(o) for o in outputs)} from {folder}\n")
    for output in outputs:
        source = folder / Path(output).name
        if not source.is_file():
            raise WorkflowError(f"{source} is missing: the pruning pass did not write this target; rerun it")
        try:
            os.link(source, output)
        except OSError:
            shutil.copy2(source, output)
