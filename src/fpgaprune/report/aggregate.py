"""Writing the result tables: records in, CSV / Markdown / LaTeX / HTML out (records only, never models).

`aggregate` writes into the tables directory (`results/tables/`):
- `summary.csv`: one row per design (`tables.SUMMARY_COLUMNS`), the stable interface for scripts;
- `resources_by_source.csv`: every resource number of every design from every source (long form);
- `sparsity.csv`: share of zero weights per layer of every pruned design;
- `headline.{csv,md,tex,html}`: DSP and BRAM reduction at ≤ 1 point accuracy loss per experiment.
`write_experiment` writes `{experiment}/designs.{csv,md,tex,html}`: every design of one experiment
per reuse-factor setting, read from `summary.csv`.
"""

import contextlib
import logging
from pathlib import Path

import pandas as pd

from fpgaprune.io import atomic_path
from fpgaprune.report.records import read_records
from fpgaprune.report.render import Table, html_page, latex, markdown
from fpgaprune.report.tables import experiment_tables, headline_display, headline_table, summary_table

log = logging.getLogger(__name__)

SUMMARY = "summary.csv"
RESOURCES = "resources_by_source.csv"
SPARSITY = "sparsity.csv"
HEADLINE = "headline"
DESIGNS = "designs"


def aggregate(record_paths, out_dir: str | Path) -> pd.DataFrame:
    """Read every record and write the summary, long and headline tables into `out_dir`.

    Every table is made before any is written, and all are renamed into place together: a bad record
    leaves the tables of the last run whole.

    Args:
        record_paths: baseline and prune `metrics.json`, `hls/resources.json`, `hls/hls_metrics.json`.
        out_dir: the tables directory.

    Returns:
        The summary table.
    """
    out_dir = Path(out_dir)
    tables = read_records(record_paths)
    summary = summary_table(tables)
    headline = headline_table(summary, tables.resources)
    frames = {
        SUMMARY: summary,
        RESOURCES: tables.resources,
        SPARSITY: tables.sparsity,
        f"{HEADLINE}.csv": headline,
    }
    _write_all(
        {out_dir / name: frame.to_csv(index=False) for name, frame in frames.items()}
        | _documents([headline_display(headline)], out_dir / HEADLINE, "fpgaprune headline")
    )
    for name, frame in frames.items():
        log.info("wrote %s (%d rows)", out_dir / name, len(frame))
    log.info("wrote %s.{md,tex,html}", out_dir / HEADLINE)
    _log_counts(summary)
    return summary


def write_experiment(summary_path: str | Path, experiment: str, out_dir: str | Path) -> None:
    """Write `designs.{csv,md,tex,html}` of one experiment into `out_dir`.

    The summary is checked (its columns, the experiment) before anything is written, and the four files are
    renamed into place together: a refused call leaves the designs tables of the last one whole.

    Args:
        summary_path: `summary.csv` written by `aggregate`.
        experiment: the experiment's name.
        out_dir: where to write (`results/tables/{experiment}`).

    Raises:
        FileNotFoundError: no such summary.
        ValueError: the summary lacks a column the designs tables read, or has no design of `experiment`.
    """
    summary = read_summary(summary_path)
    tables = experiment_tables(summary, experiment, source=str(summary_path))
    rows, stem = summary[summary["experiment"] == experiment], Path(out_dir) / DESIGNS
    _write_all(
        {stem.with_suffix(".csv"): rows.to_csv(index=False)}
        | _documents(tables, stem, f"fpgaprune: {experiment}")
    )
    log.info("wrote %s.{csv,md,tex,html} (%d rows)", stem, len(rows))


def read_summary(path: str | Path) -> pd.DataFrame:
    """The summary table, with reuse-factor settings as text ("4", "paper").

    Raises:
        FileNotFoundError: no such file.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such file; write it with `fpgaprune aggregate` first")
    return pd.read_csv(path, dtype={"rf_setting": str, "note": str}, keep_default_na=False, na_values=[""])


def _documents(tables: list[Table], stem: Path, title: str) -> dict[Path, str]:
    """`stem`.{md,tex,html}: the tables as Markdown, LaTeX and an HTML page."""
    return {
        stem.with_suffix(".md"): markdown(tables, title),
        stem.with_suffix(".tex"): latex(tables),
        stem.with_suffix(".html"): html_page(tables, title),
    }


def _write_all(texts: dict[Path, str]) -> None:
    """Write every text beside its path first, then rename them all into place (`atomic_path`): a failure
    while writing (a full disk) leaves every old file as it was."""
    with contextlib.ExitStack() as stack:
        for path, text in texts.items():
            stack.enter_context(atomic_path(path)).write_text(text)


def _log_counts(summary: pd.DataFrame) -> None:
    counts = summary["status"].value_counts().to_dict()
    log.info(
        "%d designs: %s", len(summary), ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    )
