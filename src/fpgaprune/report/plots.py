"""Figures of the results, drawn from the tables only (seaborn; each written as PNG and SVG).

- `pareto_plot`: Keras test accuracy (a regression: its metric, mse or mae, lower is better) against DSPs,
  one panel per reuse-factor setting, with each method's Pareto front (no design of the method is both
  smaller and better);
- `reduction_plot`: DSP and BRAM_18K reduction against the reuse-factor setting;
- `sparsity_heatmap`: share of zero weights per layer of every pruned design;
- `knapsack_scaling_plot`: knapsack solve time against problem size, from the benchmark's CSV.
Axis labels name the source of the resource numbers; designs without numbers (a method that could
not run) are listed under the figure, not silently left out.
"""

import logging
import math
from dataclasses import dataclass
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.lines import Line2D

from fpgaprune.io import atomic_path
from fpgaprune.report.records import BASELINE, budget_label
from fpgaprune.report.render import SOURCE_MARKS
from fpgaprune.report.tables import METHOD_ORDER, PRUNED_OK, regression_metric_of, rf_order_key

log = logging.getLogger(__name__)

FORMATS = ("png", "svg")
_PALETTE = dict(zip(METHOD_ORDER[1:], sns.color_palette("colorblind", len(METHOD_ORDER) - 1)))
_MAX_LABELLED_POINTS = 14
SCALING_COLUMNS = ("n_structures", "n_constraints", "solver", "solve_s", "gap")
TIME_FLOOR_S = 1e-3  # the benchmark's resolution; shorter solves are drawn here on the log axis


def save_figure(fig, stem: str | Path) -> list[Path]:
    """Write `fig` as stem.png and stem.svg (atomically) and close it; returns the paths."""
    paths = []
    for fmt in FORMATS:
        path = Path(stem).with_suffix(f".{fmt}")
        with atomic_path(path) as tmp:
            fig.savefig(tmp, format=fmt, dpi=150, bbox_inches="tight")
        paths.append(path)
    plt.close(fig)
    log.info("wrote %s.{%s}", stem, ",".join(FORMATS))
    return paths


def _theme() -> None:
    plt.switch_backend("Agg")  # files only, no display
    sns.set_theme(style="whitegrid", context="notebook", font_scale=1.05)
    plt.rcParams["svg.fonttype"] = "none"  # SVG text stays text: searchable and editable


def _colour(method: str):
    return _PALETTE.get(method, "grey")


def _panels(n: int, width: float = 5.6, height: float = 4.3, columns: int = 3):
    columns = min(n, columns)
    rows = math.ceil(n / columns)
    fig, axes = plt.subplots(
        rows, columns, figsize=(width * columns, height * rows), squeeze=False, layout="constrained"
    )
    for ax in axes.flat[n:]:
        ax.set_visible(False)
    return fig, list(axes.flat[:n])


def _sources(values: pd.Series, marks: bool = False) -> str:
    """The sources named in `values`, for an axis label; with marks: "c = hls_code, e = estimate"."""
    found = sorted(values.dropna().unique())
    if marks:
        found = [f"{SOURCE_MARKS[source]} = {source}" for source in found]
    return ", ".join(found) if found else "no source"


def _missing_note(designs: pd.DataFrame, metric: str, what: str) -> str:
    """'not shown (no <what>): ...' for designs that have no number for `metric` (empty when none)."""
    missing = designs[designs[metric].isna()]
    labels = [f"{_label(row)} ({row['status']})" for row in missing.to_dict("records")]
    return f"not shown (no {what}): " + "; ".join(labels) if labels else ""


def _label(row: dict) -> str:
    if row["method"] == BASELINE:
        return f"rf{row['rf_setting']} baseline"
    return f"rf{row['rf_setting']} {row['method']} {budget_label(row)}"


def _footnote(fig, text: str) -> None:
    if text:
        fig.text(0.01, -0.02, text, ha="left", va="top", fontsize=9, wrap=True)


def _experiment_rows(summary: pd.DataFrame, experiment: str) -> pd.DataFrame:
    rows = summary[summary["experiment"] == experiment]
    if rows.empty:
        known = ", ".join(sorted(summary["experiment"].unique())) or "none"
        raise ValueError(f"no design of experiment {experiment!r} in the summary; experiments: {known}")
    return rows


@dataclass(frozen=True)
class Quality:
    """What the Pareto plot's vertical axis shows: a classifier's accuracy (in %, higher is better) or a
    regression's metric (`summary.csv`'s metric_value, lower is better)."""

    column: str
    scale: float
    higher_is_better: bool
    axis: str
    name: str


ACCURACY = Quality("accuracy", 100, True, "Keras test accuracy (%)", "accuracy")


def quality_of(rows: pd.DataFrame) -> Quality:
    """An experiment's quality: its regression metric when it is one (`tables.regression_metric_of`)."""
    metric = regression_metric_of(rows)
    if metric is None:
        return ACCURACY
    return Quality("metric_value", 1, False, f"Keras test {metric} (lower is better)", metric)


def pareto_plot(summary: pd.DataFrame, experiment: str, stem: str | Path) -> list[Path]:
    """Accuracy (a regression: its metric, lower is better) against DSP of every design of `experiment`, per
    reuse-factor setting.

    Args:
        summary: the summary table (`summary.csv`).
        experiment: experiment name.
        stem: output path without suffix.

    Returns:
        The written files.
    """
    _theme()
    rows = _experiment_rows(summary, experiment)
    quality = quality_of(rows)
    settings = sorted(rows["rf_setting"].unique(), key=rf_order_key)
    fig, axes = _panels(len(settings))
    mixed = rows["source_dsp"].dropna().nunique() > 1
    for ax, setting in zip(axes, settings):
        _pareto_panel(ax, rows[rows["rf_setting"] == setting], mark_sources=mixed, quality=quality)
        ax.set_title(f"reuse-factor setting {setting}")
        ax.set_xlabel(f"DSP ({_sources(rows['source_dsp'], marks=mixed)})")
        ax.set_ylabel(quality.axis)
    _method_legend(fig, axes, rows, quality)
    fig.suptitle(f"{experiment}: {quality.name} against DSP (lines: each method's Pareto front)")
    _footnote(fig, _missing_note(rows, "dsp", "DSP number"))
    return save_figure(fig, stem)


def _pareto_panel(ax, rows: pd.DataFrame, mark_sources: bool, quality: Quality = ACCURACY) -> None:
    column, scale = quality.column, quality.scale
    reference = rows.loc[rows["method"] == BASELINE, column].dropna()
    if len(reference):
        ax.axhline(scale * reference.iloc[0], color="black", linestyle=":", linewidth=1.2)
        if quality.higher_is_better:  # the headline's 1 point of accuracy
            ax.axhline(scale * reference.iloc[0] - 1, color="grey", linestyle="--", linewidth=1.2)
    shown = rows[rows["dsp"].notna() & rows[column].notna()]
    baseline = shown[shown["method"] == BASELINE]
    ax.scatter(baseline["dsp"], scale * baseline[column], marker="*", s=260, color="black", zorder=4)
    for method, group in shown[shown["method"] != BASELINE].groupby("method"):
        reached = group["status"] == "ok"
        colour = _colour(method)
        ax.scatter(group["dsp"][reached], scale * group[column][reached], s=60, color=colour, zorder=3)
        ax.scatter(
            group["dsp"][~reached],
            scale * group[column][~reached],
            s=60,
            facecolors="white",
            edgecolors=colour,
            linewidths=1.8,
            zorder=3,
        )
        front = pareto_front(group, column, quality.higher_is_better)
        ax.step(front["dsp"], scale * front[column], where="post", color=colour, linewidth=1.6, zorder=2)
    for row in shown.to_dict("records"):
        mark = f" {SOURCE_MARKS[row['source_dsp']]}" if mark_sources else ""
        target = "" if row["method"] == BASELINE else budget_label(row)
        if (target and len(shown) <= _MAX_LABELLED_POINTS) or mark:
            ax.annotate(
                target + mark,
                (row["dsp"], scale * row[column]),
                textcoords="offset points",
                xytext=(6, 4),
                fontsize=8,
                color="#444",
            )
    ax.margins(x=0.12, y=0.15)


def pareto_front(
    designs: pd.DataFrame, column: str = "accuracy", higher_is_better: bool = True
) -> pd.DataFrame:
    """The designs no other design beats on both fewer DSPs and a better `column` (higher accuracy, or a
    regression's lower loss), by DSP ascending."""
    sign = 1 if higher_is_better else -1
    ordered = designs.sort_values(["dsp", column], ascending=[True, not higher_is_better])
    best, keep = -np.inf, []
    for value in sign * ordered[column]:
        keep.append(value > best)
        best = max(best, value)
    return ordered[keep]


def _method_legend(fig, axes, rows: pd.DataFrame, quality: Quality = ACCURACY) -> None:
    drawn = set(rows.loc[rows["dsp"].notna() & rows[quality.column].notna(), "method"])
    methods = [m for m in METHOD_ORDER[1:] if m in drawn] + sorted(drawn - set(METHOD_ORDER))
    handles = [Line2D([], [], marker="*", color="black", linestyle="", markersize=13, label="baseline")]
    handles += [Line2D([], [], marker="o", color=_colour(m), label=m) for m in methods]
    handles.append(
        Line2D(
            [],
            [],
            marker="o",
            color="grey",
            markerfacecolor="white",
            linestyle="",
            label="status not ok",
        )
    )
    handles.append(Line2D([], [], color="black", linestyle=":", label=f"baseline {quality.name}"))
    if quality.higher_is_better:
        handles.append(Line2D([], [], color="grey", linestyle="--", label="baseline − 1 point"))
    axes[-1].legend(handles=handles, loc="upper left", bbox_to_anchor=(1.02, 1.0), frameon=False)


def reduction_plot(summary: pd.DataFrame, experiment: str, stem: str | Path) -> list[Path]:
    """DSP and BRAM_18K reduction against the reuse-factor setting, per method and target.

    Args:
        summary: the summary table (`summary.csv`).
        experiment: experiment name.
        stem: output path without suffix.

    Returns:
        The written files.
    """
    _theme()
    rows = _experiment_rows(summary, experiment)
    settings = sorted(rows["rf_setting"].unique(), key=rf_order_key)
    pruned = rows[(rows["method"] != BASELINE) & rows["status"].isin(PRUNED_OK)].copy()
    pruned["position"] = pruned["rf_setting"].map({s: i for i, s in enumerate(settings)})
    pruned["target"] = [budget_label(row).removeprefix("t") for row in pruned.to_dict("records")]
    fig, axes = _panels(2, width=6.0)
    for ax, metric, name in zip(axes, ("dsp", "bram_18k"), ("DSP", "BRAM_18K")):
        _reduction_panel(ax, rows, pruned, metric, name)
        _mark_unused(ax, rows, settings, metric)
        ax.set_xticks(range(len(settings)), settings)
        ax.set_xlim(-0.5, len(settings) - 0.5)
        ax.set_xlabel("reuse-factor setting")
    legends = [ax.get_legend_handles_labels() for ax in axes]
    handles, labels = max(legends, key=lambda legend: len(legend[0]))
    if handles:
        fig.legend(handles, labels, loc="outside right upper", frameon=False)
    fig.suptitle(f"{experiment}: resource reduction against the baseline design of each setting")
    _footnote(fig, _missing_note(rows[rows["method"] != BASELINE], "dsp_reduction_pct", "DSP reduction"))
    return save_figure(fig, stem)


def _reduction_panel(ax, rows: pd.DataFrame, pruned: pd.DataFrame, metric: str, name: str) -> None:
    column, source = f"{metric}_reduction_pct", f"source_{metric}_reduction"
    data = pruned[pruned[column].notna()]
    mixed = data[source].nunique() > 1
    ax.set_ylabel(f"{name} reduction (%) ({_sources(data[source], marks=mixed)})")
    if data.empty:
        ax.text(
            0.5,
            0.5,
            f"no {name} reduction to show:\n{_no_reduction_reason(rows, pruned, metric, name)}",
            ha="center",
            va="center",
            transform=ax.transAxes,
        )
        ax.set_yticks([])
        return
    sns.lineplot(
        data=data,
        x="position",
        y=column,
        hue="method",
        style="target",
        markers=True,
        dashes=False,
        markersize=9,
        palette={m: _colour(m) for m in data["method"].unique()},
        ax=ax,
    )
    ax.set_ylim(min(0.0, data[column].min() - 5), 100)
    ax.get_legend().remove()
    if mixed:
        for row in data.to_dict("records"):
            ax.annotate(
                SOURCE_MARKS[row[source]],
                (row["position"], row[column]),
                textcoords="offset points",
                xytext=(7, -3),
                fontsize=8,
                color="#444",
            )


def _mark_unused(ax, rows: pd.DataFrame, settings: list[str], metric: str) -> None:
    """Say so at the settings whose baseline design uses none of `metric` (no reduction to draw)."""
    baselines = rows[rows["method"] == BASELINE].set_index("rf_setting")[metric]
    for position, setting in enumerate(settings):
        if baselines.get(setting) == 0:
            ax.text(
                position,
                0.03,
                "baseline\nuses none",
                transform=ax.get_xaxis_transform(),
                ha="center",
                va="bottom",
                fontsize=9,
                color="#666",
            )


def _no_reduction_reason(rows: pd.DataFrame, pruned: pd.DataFrame, metric: str, name: str) -> str:
    baselines = rows.loc[rows["method"] == BASELINE, metric]
    if baselines.isna().all():
        return f"the baseline designs have no {name} numbers"
    if (baselines.fillna(0) == 0).all():
        return f"the baseline designs use no {name}"
    if pruned[metric].isna().all():
        return f"no pruned design has {name} numbers"
    return f"no pruned design shares a source with its baseline for {name}"


def sparsity_heatmap(
    summary: pd.DataFrame, sparsity: pd.DataFrame, experiment: str, stem: str | Path
) -> list[Path]:
    """Share of zero weights per layer (columns) of every pruned design (rows) of `experiment`.

    Designs without a model (a method that could not run) keep a grey row labelled with their status.

    Args:
        summary: the summary table; sparsity: the sparsity table (`sparsity.csv`).
        experiment: experiment name.
        stem: output path without suffix.

    Returns:
        The written files.
    """
    _theme()
    designs = _experiment_rows(summary, experiment)
    designs = designs[designs["method"] != BASELINE]
    layers = list(dict.fromkeys(sparsity.loc[sparsity["experiment"] == experiment, "layer"]))
    values = sparsity[sparsity["experiment"] == experiment].pivot(
        index="design", columns="layer", values="sparsity"
    )
    grid = 100 * values.reindex(index=designs["design"], columns=layers)
    grid.index = [
        _label(row) + ("" if row["status"] == "ok" else f" ({row['status']})")
        for row in designs.to_dict("records")
    ]
    fig, ax = plt.subplots(
        figsize=(max(6.0, 1.3 * len(layers) + 4.5), 0.45 * len(grid) + 1.8), layout="constrained"
    )
    if grid.empty or not layers:
        ax.text(
            0.5,
            0.5,
            "no pruned design with per-layer sparsity",
            ha="center",
            va="center",
            transform=ax.transAxes,
        )
        ax.set_axis_off()
    else:
        ax.set_facecolor("#d9d9d9")  # designs without a model: grey, no numbers
        ax.grid(False)
        sns.heatmap(
            grid,
            annot=True,
            fmt=".0f",
            vmin=0,
            vmax=100,
            cmap="viridis",
            linewidths=0.5,
            ax=ax,
            cbar_kws={"label": "zero weights (%)"},
        )
        ax.set_xlabel("layer")
        ax.set_ylabel("")
    ax.set_title(f"{experiment}: share of zero weights per layer (%)")
    return save_figure(fig, stem)


def knapsack_scaling_plot(scaling: pd.DataFrame, stem: str | Path) -> list[Path]:
    """Knapsack solve time against the number of structures, per solver (and instance family).

    Args:
        scaling: `results/bench/knapsack_scaling.csv` (columns SCALING_COLUMNS, optionally `instance`).
        stem: output path without suffix.

    Returns:
        The written files.

    Raises:
        ValueError: a column is missing.
    """
    missing = [column for column in SCALING_COLUMNS if column not in scaling.columns]
    if missing:
        raise ValueError(
            f"knapsack scaling table lacks column(s) {missing}; write it with bench/knapsack_scaling.py"
        )
    _theme()
    scaling = scaling.assign(solve_s=scaling["solve_s"].clip(lower=TIME_FLOOR_S))
    families = sorted(scaling["instance"].unique()) if "instance" in scaling.columns else [None]
    solvers = list(dict.fromkeys(scaling["solver"]))  # one colour and marker per solver in every panel
    palette = dict(zip(solvers, sns.color_palette("colorblind", len(solvers))))
    fig, axes = _panels(len(families), width=6.0, height=4.6)
    for ax, family in zip(axes, families):
        data = scaling if family is None else scaling[scaling["instance"] == family]
        sns.lineplot(
            data=data,
            x="n_structures",
            y="solve_s",
            hue="solver",
            style="solver",
            palette={solver: palette[solver] for solver in data["solver"].unique()},
            markers=dict(zip(solvers, "osD^vP*X")),
            dashes=False,
            markersize=8,
            ax=ax,
        )
        ax.set(xscale="log", yscale="log", xlabel="structures (knapsack items)", ylabel="solve time (s)")
        constraints = ", ".join(str(n) for n in sorted(data["n_constraints"].unique()))
        ax.set_title(f"{family or 'all instances'} ({constraints} budgets)")
    fig.suptitle("Knapsack solve time against problem size")
    _footnote(
        fig,
        f"Solves faster than {1000 * TIME_FLOOR_S:g} ms (the benchmark's resolution) are drawn at "
        f"{1000 * TIME_FLOOR_S:g} ms. Each point: median wall time of the benchmark's repeats.",
    )
    return save_figure(fig, stem)
