"""Reading the pipeline's records into flat tables (no TensorFlow; records only, never models).

A design lives in one directory: a pruned design `results/{experiment}/rf{rf}/{method}/t{target}/`
(an absolute budget's: `.../b-dsp600/`, its `target` empty and its `budget` the counts, `dsp=600`)
holds the prune record `metrics.json` and, once hls4ml has built it, `hls/resources.json` and
`hls/hls_metrics.json`; a baseline design `results/{experiment}/rf{rf}/baseline/` holds only the
`hls/` records, and the trained baseline's record is `results/{experiment}/baseline/metrics.json`.
Records are told apart by their `schema` field and joined by directory.

Three tables come out, each one row per fact:
- designs: identity, status, accuracies and notes of every design (baselines included, one per
  experiment and reuse-factor setting);
- resources: every resource number of every design with its source (long form);
- sparsity: the share of zero weights of every layer of every pruned design.
"""

import functools
import logging
import math
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import jsonschema
import pandas as pd
import yaml

from fpgaprune.core.budget import ResourceBudget, budget_text
from fpgaprune.core.devices import BUDGET_RESOURCES
from fpgaprune.core.zoo import ARCHITECTURES, get_architecture, weight_layers
from fpgaprune.io import read_json
from fpgaprune.records import (
    REPORTED_METRICS,
    WHOLE_DESIGN_METRICS,
    kind_of,
    regression_metric,
    whole_design,
)

log = logging.getLogger(__name__)

IDENTITY = ("design", "experiment", "rf_setting", "method", "target", "budget")
# A regression's quality (its records' `quality` entry): the metric's name (mse, mae; lower is better), its
# Keras test value and its C-simulation value; empty for a classifier, whose are `accuracy`, `hls_accuracy`
REGRESSION_COLUMNS = ("metric", "metric_value", "hls_metric_value")
# The whole design's numbers in summary.csv (`records.whole_design`): `design_<metric>`, and their source
WHOLE_DESIGN_COLUMNS = (*(f"design_{metric}" for metric in WHOLE_DESIGN_METRICS), "source_design")
DESIGN_COLUMNS = (
    *IDENTITY,
    "dataset",
    "model",
    "status",
    "reached_target",
    "accuracy",
    "val_accuracy",
    "hls_accuracy",
    "hls_samples",
    "synthesis",
    "synthesis_status",
    *WHOLE_DESIGN_COLUMNS,
    "layer_settings",
    "note",
    *REGRESSION_COLUMNS,
)
BASELINE = "baseline"


@dataclass
class Design:
    """The records of one design; `prune` is None for a baseline design."""

    directory: Path | None
    prune: dict | None = None
    resources: dict | None = None
    hls_metrics: dict | None = None


@dataclass(frozen=True)
class RecordTables:
    """The flat tables of a set of records (see the module docstring)."""

    designs: pd.DataFrame
    resources: pd.DataFrame
    sparsity: pd.DataFrame


def read_records(paths) -> RecordTables:
    """Read training, prune and hls records and flatten them.

    Args:
        paths: record files: baseline and prune `metrics.json`, `hls/resources.json`,
            `hls/hls_metrics.json`, in any order.

    Returns:
        The designs, resources and sparsity tables.

    Raises:
        FileNotFoundError: a record is missing.
        ValueError: a file is not a known record, or a design lacks its baseline or prune record.
    """
    trainings, designs = _group(paths)
    log.info("read %d records: %d trained baselines, %d designs", len(paths), len(trainings), len(designs))
    clocks = _clock_periods(designs.values())
    rows, resources, sparsity = [], [], []
    for design in designs.values():
        row = _design_row(design, trainings)
        rows.append(row)
        resources.extend(_resource_rows(row, design, clocks.get(row["experiment"])))
        sparsity.extend(_sparsity_rows(row, design))
    rows.extend(_missing_baselines(rows, trainings))
    return RecordTables(
        designs=pd.DataFrame(rows, columns=DESIGN_COLUMNS),
        resources=pd.DataFrame(resources, columns=[*IDENTITY, "source", "metric", "value"]),
        sparsity=pd.DataFrame(sparsity, columns=[*IDENTITY, "layer", "sparsity"]),
    )


# A pruning pass's own folders (`{method}/targets/`, `{method}/checkpoint/`, `{budget}.checkpoint/`): copies
# of the designs the design folders hold, read once there (a glob `results/**/metrics.json` listed each pass
# design three times in summary.csv; a review, 2026-12-07)
_PASS_FOLDERS = ("targets", "checkpoint")


def _in_pass_folder(path: Path) -> bool:
    """Whether a record lies in a design folder (`t0.5/`, its `hls/`) inside a pass's own folder."""
    design = path.parent.parent if path.parent.name == "hls" else path.parent
    holder = design.parent.name  # under {rf setting}/{method}/: not an experiment named "checkpoint"
    in_method = design.parent.parent.parent.name.startswith("rf")
    return in_method and (holder in _PASS_FOLDERS or holder.endswith(".checkpoint"))


def _group(paths) -> tuple[dict[str, dict], dict[Path, Design]]:
    """Training records by experiment, and the other records joined by design directory; records inside a
    pruning pass's own folders are left out (`_in_pass_folder`), with one line saying how many."""
    trainings, designs = {}, {}
    paths = list(map(Path, paths))
    copies = [path for path in paths if _in_pass_folder(path)]
    if copies:
        log.info(
            "left out %d records of pruning passes' own folders (targets/, checkpoint/): copies of the "
            "designs their design folders hold",
            len(copies),
        )
    digests: dict[str, int] = {}
    for path in (path for path in paths if not _in_pass_folder(path)):
        record = read_json(path)
        kind = kind_of(record)
        if kind is not None:
            check_record(path, record, kind)
            digest = (record.get("stack") or {}).get("fpgaprune_source")
            digests[digest] = digests.get(digest, 0) + 1
        if kind == "metrics" and record.get("method") == BASELINE:
            if record["experiment"] in trainings:
                raise ValueError(
                    f"{path}: a second baseline record of experiment {record['experiment']!r}; "
                    "aggregate one results directory at a time"
                )
            trainings[record["experiment"]] = record
        elif kind == "metrics":
            designs.setdefault(path.parent, Design(path.parent)).prune = record
        elif kind in ("resources", "hls_metrics") and path.parent.name == "hls":
            design = designs.setdefault(path.parent.parent, Design(path.parent.parent))
            setattr(design, kind, record)
        else:
            raise ValueError(
                f"{path}: not a metrics.json or hls/resources.json/hls_metrics.json record "
                f"({_schema_said(record)}); pass only the pipeline's records"
            )
    if line := mixed_code_line(digests):
        log.warning("%s", line)
    return trainings, designs


def mixed_code_line(digests: dict) -> str | None:
    """A line when the records come from more than one version of fpgaprune's code (`stack.fpgaprune_source`
    -> how many records): tables of one run compared designs computed by three digests without a word (a
    review, 2026-12-07). None for one version (or records that name none)."""
    known = {digest: count for digest, count in digests.items() if digest}
    if len(known) < 2:
        return None
    shown = ", ".join(
        f"{digest[:8]} ({count})" for digest, count in sorted(known.items(), key=lambda x: -x[1])
    )
    return (
        f"the records come from {len(known)} versions of fpgaprune's code (stack.fpgaprune_source: {shown} "
        "records): the tables compare designs computed by different code; rerun the older jobs (snakemake "
        "--forcerun, or delete their outputs) to compare like with like"
    )


def _schema_said(record) -> str:
    """`schema 'other/1'`, or what JSON that is no object is (`a list, not an object`)."""
    if isinstance(record, dict):
        return f"schema {record.get('schema')!r}"
    return f"{_json_name(record)}, not an object"


RECORD_FILES = {
    "metrics": "metrics.json",
    "resources": "hls/resources.json",
    "hls_metrics": "hls/hls_metrics.json",
}
_JSON_NAMES = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}


@functools.cache
def _record_validator(kind: str) -> jsonschema.protocols.Validator:
    """The validator of what the report reads of a record of `kind` (record_schema.yaml)."""
    schema = yaml.safe_load(resources.files("fpgaprune.report").joinpath("record_schema.yaml").read_text())
    return jsonschema.Draft202012Validator({"$ref": f"#/{kind}", **schema})


def check_record(path: Path, record: dict, kind: str) -> None:
    """Raise ValueError, one line naming `path` and the key, when a record of `kind` lacks a key the report
    reads or holds one as another type (a hand-edited or cut record: a KeyError's traceback otherwise)."""
    errors = list(_record_validator(kind).iter_errors(record))
    if not errors:
        return
    # the keys of every record of the kind first, then a baseline's or a pruned design's own (then/else)
    error = min(errors, key=lambda e: ({"then", "else"} & set(e.schema_path) != set(), errors.index(e)))
    where = "".join(f"{key}." for key in error.absolute_path)
    if error.validator == "required":
        problem = f"no key '{where}{error.message.split(chr(39))[1]}'"
    else:
        expected = error.validator_value
        expected = expected if isinstance(expected, list) else [expected]
        said = " or ".join("an object" if name == "object" else name for name in expected)
        problem = f"'{where.rstrip('.')}' is {_json_name(error.instance)}, not {said}"
    raise ValueError(
        f"{path}: not a {kind} record ({problem}); give the {RECORD_FILES[kind]} fpgaprune wrote "
        "(rerun its job)"
    )


def _json_name(value) -> str:
    """What JSON value `value` is: "an object", "a number", ..."""
    return (
        "a number"
        if isinstance(value, (int, float)) and not isinstance(value, bool)
        else _JSON_NAMES.get(type(value), type(value).__name__)
    )


def _design_row(design: Design, trainings: dict[str, dict], identity: dict | None = None) -> dict:
    identity = identity or _identity(design)
    training = trainings.get(identity["experiment"])
    if training is None:
        raise ValueError(
            f"{design.directory}: no baseline record results/{identity['experiment']}/baseline/metrics.json "
            "among the records; pass it too"
        )
    source = training if design.prune is None else design.prune
    hls = design.hls_metrics or {}
    return {
        **identity,
        "dataset": training["dataset"],
        "model": training["model"],
        "status": _status(design),
        "reached_target": source.get("reached_target"),
        "accuracy": source.get("accuracy"),
        "val_accuracy": source.get("val_accuracy"),  # what the headline chooses on (test is reported)
        "hls_accuracy": hls.get("hls_accuracy"),
        "hls_samples": hls.get("n_samples"),
        **_synthesis(design.resources),
        **_whole_design_columns(design.resources),
        "layer_settings": layer_settings(design),
        "note": _note(design),
        **_regression_values(source, hls),
    }


def _whole_design_columns(resources: dict | None) -> dict:
    """`WHOLE_DESIGN_COLUMNS` of a design's resources.json (`records.whole_design`), empty without one."""
    whole = whole_design(resources or {})
    if whole is None:
        return dict.fromkeys(WHOLE_DESIGN_COLUMNS)
    source, values = whole
    return {
        **{f"design_{metric}": values.get(metric) for metric in WHOLE_DESIGN_METRICS},
        "source_design": source,
    }


def _regression_values(source: dict, hls: dict) -> dict:
    """A regression design's metric, Keras test value and C-simulation value (None for a classifier's)."""
    metric = regression_metric(source)
    if metric is None:
        return dict.fromkeys(REGRESSION_COLUMNS)
    return {
        "metric": metric,
        "metric_value": source.get(metric),
        "hls_metric_value": hls.get(f"hls_{metric}"),
    }


def _identity(design: Design) -> dict:
    """design id, experiment, rf_setting, method and target, from the prune or the hls record."""
    if design.prune is not None:
        record = design.prune
        return _identity_of(
            record["experiment"],
            record["rf_setting"],
            record["method"],
            record["target"],
            record.get("budget_folder"),
            _counts(record.get("budget") or {}),
        )
    record = (design.resources or design.hls_metrics)["design"]
    if record.get("method") != BASELINE:
        raise ValueError(
            f"{design.directory}: hls records of a pruned design without its prune record "
            f"{design.directory / 'metrics.json'}; pass it too"
        )
    return _identity_of(record["experiment"], record["reuse_setting"], BASELINE, None)


def _identity_of(
    experiment: str,
    rf_setting,
    method: str,
    target: float | None,
    folder: str | None = None,
    absolute: dict | None = None,
) -> dict:
    """`target`: the share removed (None: a baseline, or an absolute budget); `budget`: the absolute counts
    as `dsp=600,bram_18k=100` (None: a share or a baseline)."""
    return {
        "design": design_id(experiment, rf_setting, method, target, folder),
        "experiment": experiment,
        "rf_setting": str(rf_setting),
        "method": method,
        "target": target,
        "budget": _budget_text(absolute) if absolute else None,
    }


def _counts(budget: Mapping) -> Mapping[str, float] | None:
    """The counts a design was budgeted: a part's (`budget.part.chip`, the whole design's, as its folder
    names them), else the absolute counts of the weight layers."""
    return (budget.get("part") or {}).get("chip") or budget.get("absolute")


def _budget_text(absolute: Mapping[str, float]) -> str:
    """`dsp=600,bram_18k=100`: the counts in the order dsp, bram_18k, lut, ff (records store them sorted)."""
    ordered = {resource: absolute[resource] for resource in BUDGET_RESOURCES if resource in absolute}
    return budget_text(ResourceBudget(absolute=ordered))


def budget_label(row: Mapping) -> str:
    """How tables and plots name a design's budget: `t0.9`, or the counts `dsp=600`; "" for a baseline."""
    if _given(row.get("target")):
        return f"t{row['target']:g}"
    return row["budget"] if _given(row.get("budget")) else ""


def _given(value) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def design_id(
    experiment: str, rf_setting: str, method: str, target: float | None, folder: str | None = None
) -> str:
    """The design's path below results/: `{experiment}/rf{rf}/{method}/{folder}`, the folder `t{target}` or an
    absolute budget's `b-dsp600` (baseline: no folder)."""
    base = f"{experiment}/rf{rf_setting}/{method}"
    if folder:
        return f"{base}/{folder}"
    return base if target is None else f"{base}/t{target:g}"


def _status(design: Design) -> str:
    """`ok`, or the prune job's reason for not being ok (`target_not_reached`, `over_budget`,
    `unsupported`); `over_budget` too when a part's budget (`fit:`) is exceeded by the written hls4ml
    project's whole-design estimate, which the hls job records in `resources.json`'s `budget.part`
    (whatever stopped the walk, as the prune record's over_budget)."""
    part = ((design.resources or {}).get("budget") or {}).get("part")
    if part is not None and not part["met"]:
        return "over_budget"
    if design.prune is not None and design.prune.get("status") != "ok":
        return design.prune["status"]
    return "ok"


def layer_settings(design: Design) -> str | None:
    """Each weight layer's strategy and reuse factor, e.g. "conv1 Latency/1/PF2; fc1 Resource_Unrolled/25"
    (a ParallelizationFactor above 1 follows as /PF<n>).

    From the built design (`resources.json`), else from the prune record's choice (knapsack_rf).
    """
    built = ((design.resources or {}).get("design") or {}).get("layers")
    layers = built or (design.prune or {}).get("design")
    if layers:
        return "; ".join(f"{name} {_setting(spec)}" for name, spec in layers.items())
    return None


def _setting(spec: dict) -> str:
    factor = spec.get("parallelization_factor", 1)
    return f"{spec['strategy']}/{spec['reuse_factor']}" + (f"/PF{factor}" if factor > 1 else "")


def _synthesis(resources: dict | None) -> dict:
    synthesis = (resources or {}).get("synthesis", {})
    return {"synthesis": synthesis.get("used"), "synthesis_status": synthesis.get("status")}


def _note(design: Design) -> str:
    """Why numbers are missing or come from a weaker source, in a few words."""
    notes = []
    if design.prune is not None and design.prune.get("error"):
        notes.append(design.prune["error"])
    if design.resources is None:
        notes.append(
            "no hls/resources.json: "
            + ("resources from the prune record's estimate" if design.prune else "no resources")
        )
    elif design.resources.get("status") == "skipped":
        notes.append("no hls4ml design built")
    elif _synthesis_fell_short(design.resources.get("synthesis", {})):
        notes.append(design.resources["synthesis"]["message"])
    part = ((design.resources or {}).get("budget") or {}).get("part")
    built = (design.resources or {}).get("status") == "built"
    if part is None and built and ((design.prune or {}).get("budget") or {}).get("part"):
        notes.append(
            "hls/resources.json has no whole-design check of the written project against the part (written "
            "before fpgaprune recorded it): rerun the design's hls job (snakemake --forcerun hls_pruned)"
        )
    if part is not None and not part["met"]:
        whole = part["whole_design"]
        notes.append(
            f"whole design over {part['part']} at {part['utilization']:g} ({whole['source']}): "
            + ", ".join(
                f"{r.upper()} {whole[r]:,.0f} > {count:,.0f}"
                for r, count in part["chip"].items()
                if whole[r] > count
            )
        )
    return "; ".join(notes)


def _clock_periods(designs) -> dict[str, float]:
    """The clock period (ns) of each experiment (`hls.clock_period`), from any of its built designs."""
    return {
        design.resources["design"]["experiment"]: design.resources["design"]["clock_period_ns"]
        for design in designs
        if design.resources is not None and "clock_period_ns" in design.resources.get("design", {})
    }


def _synthesis_fell_short(synthesis: dict) -> bool:
    """A synthesis that failed, or was asked for by name and not used (auto's own choice is routine)."""
    requested = synthesis.get("requested", "auto")
    return synthesis.get("status") == "failed" or requested not in ("auto", synthesis.get("used"))


def _resource_rows(row: dict, design: Design, clock_period_ns: float | None) -> list[dict]:
    identity = {key: row[key] for key in IDENTITY}
    return [
        {**identity, "source": source, "metric": metric, "value": value}
        for source, totals in values_by_source(design, clock_period_ns).items()
        for metric, value in totals.items()
    ]


def values_by_source(design: Design, clock_period_ns: float | None = None) -> dict[str, dict[str, float]]:
    """{source: {metric: total}} of a design: its resources.json, else its prune record's estimate.

    Latency in ns is cycles times the clock period when a source gives only cycles: the design's
    own, else `clock_period_ns` (the experiment's, for a design hls4ml did not build).
    """
    resources = design.resources
    if resources is not None and "by_source" in resources:
        clock = resources["design"].get("clock_period_ns", clock_period_ns)
        return {
            source: _with_ns(entry.get("total", {}), clock)
            for source, entry in resources["by_source"].items()
        }
    if resources is None and design.prune is not None and "estimate" in design.prune:
        return {"estimate": _with_ns(design.prune["estimate"]["totals"], clock_period_ns)}
    return {}


def _with_ns(total: dict, clock_period_ns: float | None) -> dict[str, float]:
    values = {metric: total[metric] for metric in REPORTED_METRICS if total.get(metric) is not None}
    if "latency_ns" not in values and "latency_cycles" in values and clock_period_ns is not None:
        values["latency_ns"] = values["latency_cycles"] * clock_period_ns
    return values


def _sparsity_rows(row: dict, design: Design) -> list[dict]:
    sparsity = (design.prune or {}).get("sparsity")
    if not sparsity:
        return []
    identity = {key: row[key] for key in IDENTITY}
    zoo = row["model"] in ARCHITECTURES  # a model file's layers are in the record's order
    order = [layer.name for layer in weight_layers(get_architecture(row["model"]))] if zoo else list(sparsity)
    return [{**identity, "layer": name, "sparsity": sparsity[name]} for name in order if name in sparsity]


def _missing_baselines(rows: list[dict], trainings: dict[str, dict]) -> list[dict]:
    """Baseline rows of reuse-factor settings whose baseline design has no hls records (numbers unknown)."""
    have = {(row["experiment"], row["rf_setting"]) for row in rows if row["method"] == BASELINE}
    wanted = sorted({(row["experiment"], row["rf_setting"]) for row in rows} - have)
    return [
        _design_row(Design(directory=None), trainings, _identity_of(experiment, setting, BASELINE, None))
        for experiment, setting in wanted
    ]
