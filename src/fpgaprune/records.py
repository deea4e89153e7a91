"""Every record the pipeline writes: schema ids, builders, readers and the software stack that made them.

A record is a small JSON file with a `schema` field (`<kind>/<version>`); aggregation reads only
records, never models. Three kinds (docs/results.md and docs/hls.md have examples):
- `fpgaprune.metrics/1` (`metrics.json`): a trained baseline or a pruned model (accuracies,
  sparsity, the estimate, the pruning steps);
- `fpgaprune.hls_metrics/1` (`hls/hls_metrics.json`): an hls4ml design's C simulation against Keras;
- `fpgaprune.resources/1` (`hls/resources.json`): every resource number of a design, tagged with its
  source:
  - `by_source`: `{source: {"total": {metric: value}, "layers": {name: {metric: value}}, ...}}`.
    Sources: `estimate` (the cost model), `hls_code` (multiplier instances the generated firmware
    allows, under "dsp": one DSP each where the operands fit one; narrow products are LUTs, wider ones
    several DSPs), `vivado`/`vitis` (C-synthesis reports of hls4ml's
    build), and `yosys` (synthesis of the da4ml implementation of the same model: a different,
    multiplier-free circuit, so never mixed into `total`).
  - `total` and `layers`: for each metric the value of the most authoritative source that has it,
    as `{"value": v, "source": s}`; precedence vivado, vitis, estimate, hls_code.
  - `by_source.estimate.whole_project`: the cost model's totals of the whole written project (its `total`:
    the weight layers plus the layers without weights, tables, FIFOs and glue, as `fpgaprune estimate
    PROJECT_DIR`), with `unmodelled` (layers it leaves out) or `unavailable` (why there is none).
  - `synthesis`: requested mode, what was used, status and a one-line message.
  - `budget.part` (a part's budget, a pipeline experiment's `fit:`): the prune record's `budget.part` with
    `whole_design`, the written project's estimate, and `met`, whether it stays within the part's counts
    (`core.budget.with_written_project`); the report's status is over_budget when it does not.
  Latency is given in cycles and in ns (cycles x the design's clock period).
A `metrics.json` also has `files`: `{name: {"sha256": hex, "bytes": n}}` of the model (and masks)
the job wrote beside it; a job that reads such a file verifies it first (`verify_recorded_file`),
as it verifies a prepared dataset against the SHA-256 in its `.json` provenance (`verify_prepared`).
Every record also carries `stack`: the versions of Python and of the packages that made it, and
`fpgaprune_source`, a digest of fpgaprune's own files (`source_digest`), since the version stays the same
between releases while the code changes (fields added without a version change: readers ignore fields they do
not know). A checkpoint's identity holds the stack, so a walk is resumed only by the code that saved it.
"""

import functools
import hashlib
import logging
import platform
from importlib import metadata
from pathlib import Path

from fpgaprune import __version__
from fpgaprune.core.devices import BUDGET_RESOURCES
from fpgaprune.core.objective import REGRESSION
from fpgaprune.io import read_json, sha256_file

log = logging.getLogger(__name__)

METRICS_SCHEMA = "fpgaprune.metrics/1"
HLS_METRICS_SCHEMA = "fpgaprune.hls_metrics/1"
RESOURCES_SCHEMA = "fpgaprune.resources/1"
SCHEMAS = {"metrics": METRICS_SCHEMA, "hls_metrics": HLS_METRICS_SCHEMA, "resources": RESOURCES_SCHEMA}
RESOURCE_METRICS = ("dsp", "bram_18k", "lut", "ff", "latency_cycles", "ii")
REPORTED_METRICS = ("dsp", "bram_18k", "lut", "ff", "latency_cycles", "latency_ns", "ii")
PRECEDENCE = ("vivado", "vitis", "estimate", "hls_code")
STACK_PACKAGES = ("tensorflow", "tf-keras", "qkeras", "hls4ml", "ortools")
SOURCE_SUFFIXES = (".py", ".yaml", ".csv")  # the package's code and the data it reads (no caches)


def kind_of(record: dict) -> str | None:
    """`metrics`, `hls_metrics` or `resources` for a record this code reads; else None (also for JSON that is
    no object: a list, a number)."""
    schema = record.get("schema") if isinstance(record, dict) else None
    return next((kind for kind, value in SCHEMAS.items() if schema == value), None)


@functools.cache
def source_digest() -> str:
    """SHA-256 (first 16 hex digits) of fpgaprune's installed files, names and contents, in name order."""
    package = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in SOURCE_SUFFIXES:
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def stack_versions() -> dict[str, str | None]:
    """Versions of Python, the frameworks and fpgaprune, and the digest of fpgaprune's files (None for a
    package that is not installed)."""
    versions = {
        "python": platform.python_version(),
        "fpgaprune": __version__,
        "fpgaprune_source": source_digest(),
    }
    for package in STACK_PACKAGES:
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = None
    return versions


def job_identity(experiment, method: str) -> dict:
    """The head of a `metrics.json` record: schema, experiment identity, method and stack versions."""
    return {
        "schema": METRICS_SCHEMA,
        "experiment": experiment.name,
        "dataset": experiment.dataset,
        "model": experiment.model,
        "quantization": experiment.as_dict()["quantization"],
        "method": method,
        "fpgaprune_version": __version__,
        "stack": stack_versions(),
    }


def output_checksums(directory: Path, names) -> dict:
    """The `files` field of a record: SHA-256 and size of each named file in `directory`."""
    entries = {}
    for name in names:
        path = Path(directory) / name
        entries[name] = {"sha256": sha256_file(path), "bytes": path.stat().st_size}
    return {"files": entries}


def verify_recorded_file(path: Path) -> None:
    """Check a file against the checksum in the `metrics.json` beside it, if a pipeline job wrote it.

    A file without a `metrics.json` beside it is a user's own and has nothing to check against.

    Raises:
        ValueError: one line naming the file, the checksum expected and what to rerun.
    """
    path = Path(path)
    record_path = path.parent / "metrics.json"
    if not path.is_file() or not record_path.is_file():
        return
    record = read_json(record_path)
    if kind_of(record) != "metrics":
        return
    expected = record.get("files", {}).get(path.name, {}).get("sha256")
    if expected is None:
        log.warning(
            "%s: %s holds no checksum of it (an older fpgaprune wrote it); not verified", path, record_path
        )
        return
    _check_sha256(path, expected, record_path, f"delete {path.parent} and rerun the job that writes it")


def verify_prepared(npz_path: Path) -> None:
    """Check a prepared dataset against the SHA-256 its `.json` provenance recorded.

    Raises:
        FileNotFoundError: the provenance is missing.
        ValueError: one line naming the file, the checksum expected and what to rerun.
    """
    npz_path = Path(npz_path)
    record_path = npz_path.with_suffix(".json")
    rerun = f"delete {npz_path} and rerun (`snakemake {npz_path}` or `fpgaprune prepare-data`)"
    if not record_path.is_file():
        raise FileNotFoundError(f"{npz_path}: its provenance {record_path} is missing; {rerun}")
    expected = read_json(record_path).get("npz", {}).get("sha256")
    if not isinstance(expected, str):
        raise ValueError(f"{record_path}: records no npz.sha256 of {npz_path}; {rerun}")  # noqa: TRY004  (bad input: one line)
    _check_sha256(npz_path, expected, record_path, rerun)


def _check_sha256(path: Path, expected: str, record_path: Path, rerun: str) -> None:
    actual = sha256_file(path)
    if actual != expected:
        raise ValueError(
            f"{path}: changed since it was written (sha256 {actual}, expected {expected} as recorded "
            f"in {record_path}); {rerun}"
        )


def design_identity(
    experiment,
    setting: str,
    method: str,
    target: float | None,
    strategies: dict[str, tuple[int, str]],
    budget_folder: str | None = None,
    parallelization: dict[str, int] | None = None,
) -> dict:
    """Identity and settings of one hls4ml design, as both hls records state them (`budget_folder`: the
    pruned design's result folder, `t0.9` or `b-dsp600`; `parallelization`: ParallelizationFactors
    above 1 by layer)."""
    hls = experiment.hls
    return {
        "experiment": experiment.name,
        "dataset": experiment.dataset,
        "model": experiment.model,
        "quantization": experiment.as_dict()["quantization"],
        "reuse_setting": setting,
        "method": method,
        "target": target,
        "budget_folder": budget_folder,
        "backend": hls.backend,
        "part": hls.part,
        "clock_period_ns": hls.clock_period,
        "io_type": hls.io_type,
        "precision": hls.precision,
        "input_precision": hls.input_precision or hls.precision,
        "accum_precision": hls.accum_precision,
        "layers": {
            name: {"reuse_factor": rf, "strategy": strategy}
            | ({"parallelization_factor": parallelization[name]} if name in (parallelization or {}) else {})
            for name, (rf, strategy) in strategies.items()
        },
    }


def hls_metrics_record(design: dict, status: str, **fields) -> dict:
    """The `hls_metrics.json` record of a design: `built` with C-simulation fields, or `skipped` with why."""
    return {
        "schema": HLS_METRICS_SCHEMA,
        "fpgaprune_version": __version__,
        "stack": stack_versions(),
        "status": status,
        "design": design,
        **fields,
    }


def resources_record(
    design: dict, by_source: dict[str, dict], synthesis: dict, clock_period_ns: float
) -> dict:
    """Assemble the record.

    Args:
        design: identity and settings (experiment, model, reuse setting, method, target, part, ...).
        by_source: source -> {"total": {metric: value}, "layers": {layer: {metric: value}}, ...}.
        synthesis: {"requested", "used", "status", "message"}.
        clock_period_ns: the design's clock period, for latencies in ns.

    Returns:
        The JSON-able record (see the module docstring).
    """
    unknown = sorted(set(by_source) - set(PRECEDENCE) - {"yosys"})
    if unknown:
        raise ValueError(
            f"unknown resource source(s) {unknown}; sources: {', '.join(PRECEDENCE + ('yosys',))}"
        )
    totals = {source: entry.get("total", {}) for source, entry in by_source.items()}
    layer_names = [name for source in PRECEDENCE for name in by_source.get(source, {}).get("layers", {})]
    layers = {
        name: _tagged(
            {
                source: by_source[source]["layers"].get(name, {})
                for source in by_source
                if "layers" in by_source[source]
            },
            clock_period_ns,
        )
        for name in dict.fromkeys(layer_names)
    }
    return {
        "schema": RESOURCES_SCHEMA,
        "fpgaprune_version": __version__,
        "stack": stack_versions(),
        "design": design,
        "total": _tagged(totals, clock_period_ns),
        "layers": [{"name": name, **metrics} for name, metrics in layers.items()],
        "by_source": {source: _entry_with_ns(entry, clock_period_ns) for source, entry in by_source.items()},
        "synthesis": synthesis,
    }


def _tagged(values_by_source: dict[str, dict], clock_period_ns: float) -> dict:
    tagged = {}
    for metric in RESOURCE_METRICS:
        source = next((s for s in PRECEDENCE if values_by_source.get(s, {}).get(metric) is not None), None)
        if source is not None:
            tagged[metric] = {"value": values_by_source[source][metric], "source": source}
    if "latency_cycles" in tagged:
        cycles = tagged["latency_cycles"]
        tagged["latency_ns"] = {"value": cycles["value"] * clock_period_ns, "source": cycles["source"]}
    return tagged


def _entry_with_ns(entry: dict, clock_period_ns: float) -> dict:
    """`entry` with its total's latency (an estimate's `whole_project` total's too) in ns as well."""
    total = dict(entry.get("total", {}))
    if total.get("latency_cycles") is not None:
        total["latency_ns"] = total["latency_cycles"] * clock_period_ns
    whole = entry.get("whole_project")
    if whole and "total" in whole:
        entry = {**entry, "whole_project": _entry_with_ns(whole, clock_period_ns)}
    return {**entry, "total": total}


# One line per finished job, for the console of a pipeline run (`fpgaprune --log`): its headline numbers.


def training_summary(record: dict) -> str:
    """`train digits_mlp: test acc 0.9528, val acc 0.9694, 15 epochs` (a regression's baseline: `test mse
    0.01234, val mse 0.01301`)"""
    metric = regression_metric(record)
    if metric is None:
        accuracies = f"test acc {_accuracy(record['accuracy'])}, val acc {_accuracy(record['val_accuracy'])}"
    else:
        accuracies = f"test {metric} {_loss(record[metric])}, val {metric} {_loss(record[f'val_{metric}'])}"
    return f"train {record['experiment']}: {accuracies}, {record['epochs_run']} epochs"


def regression_metric(record: dict) -> str | None:
    """The metric (mse, mae) a regression's record (its `quality` entry) holds its values under; None for a
    classifier's, whose are accuracies (a classifier of logits' `quality` too)."""
    quality = record.get("quality") or {}
    return quality.get("metric") if quality.get("task") == REGRESSION else None


def _accuracy(value: float | None) -> str:
    """An accuracy as the summaries give it, "n/a" without samples (a data file without a test split)."""
    return "n/a" if value is None else f"{value:.4f}"


def _loss(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.4g}"


def pruning_summary(record: dict) -> str:
    """`prune fmnist_lenet5 rf1 knapsack_dsp t0.9: target_not_reached, reached 0.87, acc 0.8916, dsp 5320 ->
    732 (pruned layers, the selection's count)`

    The status when it is not ok (and, for a model kept below the accuracy bar, its validation value against
    the bar); the resources are the method's own (`selection.baseline` -> `kept_cost`),
    in the layers it prunes, named as the selection's count (a knapsack_rf job's line said "dsp 295 -> 110
    (pruned layers); weight layers (estimate) dsp 104/150" of its five layers, all pruned: two counts, one
    unnamed); absolute counts add the weight layers' estimate against them, a part's budget (`budget.part`)
    the whole design (weight layers plus the reserve, estimate) against the part's counts.
    """
    folder = record.get("budget_folder") or f"t{record['target']}"
    head = f"prune {record['experiment']} rf{record['rf_setting']} {record['method']} {folder}"
    if record["status"] == "unsupported":
        return f"{head}: unsupported ({record['error'].splitlines()[0]})"
    # the status when it is not ok (a budget job over its count said only "reached 0.94, ...")
    status = f"{record['status']}, " if record["status"] != "ok" else ""
    reached = f"reached {record['reached_target']:.2f}, " if "reached_target" in record else ""
    metric = regression_metric(record)
    quality = f"acc {record['accuracy']:.4f}" if metric is None else f"{metric} {_loss(record[metric])}"
    line = f"{head}: {status}{reached}{quality}"
    bar = record.get("rtol_bar") or {}
    if bar and not bar["met"]:  # the model kept is below the accuracy bar (`Pruner.judged_by_bar`)
        line += f" (validation {bar['validation']:.4g} below the bar {bar['needed']:.4g})"
    selection = record.get("selection") or {}
    for resource, before in selection.get("baseline", {}).items():
        line += f", {resource} {before:.0f} -> {selection['kept_cost'][resource]:.0f}"
    line += " (pruned layers, the selection's count)" if selection.get("baseline") else ""
    rows = (record.get("budget") or {}).get("resources", {})
    if rows and not (record.get("budget") or {}).get("part"):  # counts: the weight layers against them
        line += "; weight layers (estimate) " + ", ".join(
            f"{r} {row['used']:.0f}/{row['budget']:.0f}" for r, row in rows.items()
        )
    part = (record.get("budget") or {}).get("part")
    if part:  # a part's budget: the whole design (weight layers plus the reserve) against the part's counts
        line += "; whole design (estimate, reserve included) " + _against_part(part)
    return line


def design_summary(hls_metrics: dict, resources: dict) -> str:
    """`hls digits_mlp rf4 knapsack_dsp t0.5: C sim acc 0.9417 (Keras 0.9417, 200 samples), DSP 151 ...`"""
    design = resources["design"]
    folder = design.get("budget_folder") or f"t{design.get('target')}"
    target = "" if design.get("target") is None and not design.get("budget_folder") else f" {folder}"
    head = f"hls {design['experiment']} rf{design.get('reuse_setting', '?')} {design['method']}{target}"
    if hls_metrics["status"] != "built":
        return f"{head}: {hls_metrics['status']} ({hls_metrics.get('reason', '')})"
    metric = hls_metrics.get("metric")  # a regression's (mse, mae)
    if "hls_accuracy" in hls_metrics:
        line = (
            f"{head}: C sim acc {hls_metrics['hls_accuracy']:.4f} (Keras {hls_metrics['keras_accuracy']:.4f},"
            f" {hls_metrics['n_samples']} samples)"
        )
    elif metric is not None and f"hls_{metric}" in hls_metrics:
        line = (
            f"{head}: C sim {metric} {_loss(hls_metrics[f'hls_{metric}'])} (Keras "
            f"{_loss(hls_metrics[f'keras_{metric}'])}, {hls_metrics['n_samples']} samples)"
        )
    else:  # built without C simulation (no g++)
        line = f"{head}: no C simulation ({hls_metrics.get('csim', {}).get('reason', 'not run')})"
    for metric, label in _LABELS[:3]:
        if metric in resources["total"]:
            entry = resources["total"][metric]
            # the estimate's totals are the weight layers' (a synthesis report's the whole design's): the
            # line said "LUT 19288 (estimate)" of a design whose whole project is estimated at 58,558
            scope = ", weight layers" if entry["source"] == "estimate" else ""
            line += f", {label} {entry['value']:.0f} ({entry['source']}{scope})"
    yosys = resources["by_source"].get("yosys", {}).get("total", {})
    line += f", LUT {yosys['lut']:.0f} (yosys, da4ml)" if "lut" in yosys else ""
    part = (resources.get("budget") or {}).get("part")
    source, whole = whole_design(resources) or (None, {})
    if part:  # a part's budget (fit:): the whole design, the written project's estimate, against its counts
        line += f"; whole design ({part['whole_design']['source']}) " + _against_part(part)
        line += "" if part["met"] else ": over_budget"
    elif source == "estimate":  # a synthesis report's totals, above, are the whole design already
        counts = ", ".join(f"{label} {whole[metric]:.0f}" for metric, label in _LABELS if metric in whole)
        line += f"; whole project (estimate) {counts}, latency {whole['latency_cycles']:.0f} cycles"
    return line


# What an `estimate` and `hls_code` source's total covers: the weight layers (the numbers pruning changes, as
# the paper counts them), not the whole design an HLS report's total is of (`fpgaprune estimate` prints that
# one); said in the record (a review, 2026-12-07: a total of 24 cycles read as the design's 35)
WEIGHT_LAYERS_SCOPE = "weight layers"
# What an `estimate` source's `whole_project` covers: what `fpgaprune estimate PROJECT_DIR` totals
WHOLE_PROJECT_SCOPE = (
    "the whole hls4ml project: weight layers, layers without weights, tables, FIFOs and glue"
)
_LABELS = (("dsp", "DSP"), ("bram_18k", "BRAM_18K"), ("lut", "LUT"), ("ff", "FF"))  # as the lines name them
# A whole design's totals: a C-synthesis report's, or the cost model's of the whole written project (its
# `whole_project` in the `estimate` source, `hls.run.whole_project_estimate`), with latency in ns; the II
# since 2026-12-07 (a record written before has none: read as empty)
WHOLE_PROJECT_METRICS = ("dsp", "bram_18k", "lut", "ff", "latency_cycles", "ii")
WHOLE_DESIGN_METRICS = (*WHOLE_PROJECT_METRICS, "latency_ns")


def whole_design(resources: dict) -> tuple[str, dict] | None:
    """(source, {metric: value}) of a design's whole totals (`WHOLE_DESIGN_METRICS`) in its resources.json: a
    C-synthesis report's (vivado, vitis: the top function's, layers, FIFOs, tables and glue), else the cost
    model's estimate of the whole written project (`by_source.estimate.whole_project`, recorded since
    2026-12-07); None where neither is recorded. The `estimate` source's own `total` is the weight layers'.
    Latency in ns is the record's (`resources_record` adds it to every total)."""
    by_source = resources.get("by_source", {})
    for source in ("vivado", "vitis", "estimate"):
        entry = by_source.get(source, {})
        total = entry.get("whole_project", {}).get("total") if source == "estimate" else entry.get("total")
        if total:
            return source, {metric: total[metric] for metric in WHOLE_DESIGN_METRICS if metric in total}
    return None


def _against_part(part: dict) -> str:
    """`dsp 180/180, bram_18k 133/216, ...`: a part budget record's whole design against the part's counts."""
    return ", ".join(
        f"{r} {part['whole_design'][r]:.0f}/{part['chip'][r]:.0f}"
        for r in BUDGET_RESOURCES
        if r in part["chip"]
    )
