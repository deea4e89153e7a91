"""Writing the result tables: records in, CSV / Markdown / LaTeX / HTML out (records only, never models).

`aggregate` writes into the tables directory (`results/tables/`):
- `summary.csv`: one row per design (`tables.SUMMARY_COLUMNS`), the stable interface for scripts;
- `resources_by_source.csv`: every resource number of every design from every source (long form);
- `sparsity.csv`: share of zero weights per layer of every pruned design;
- `headline.{csv,md,tex,html}`: DSP and BRAM reduction at ≤ 1 point accuracy loss per experiment.
`write_experiment` writes `{experiment}/designs.{csv,md,tex,html}`: every design of one experiment
per reuse-factor setting, read from `summary.csv`.
"""

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

    Args:
        record_paths: baseline and prune `metrics.json`, `hls/resources.json`, `hls/hls_metrics.json`.
        out_dir: the tables directory.

    Returns:
        The summary table.
    """
    out_dir = Path(out_dir)
    tables = read_records(record_paths)
    summary = summary_table(tables)
    _write_csv(summary, out_dir / SUMMARY)
    _write_csv(tables.resources, out_dir / RESOURCES)
    _write_csv(tables.sparsity, out_dir / SPARSITY)
    headline = headline_table(summary, tables.resources)
    _write_csv(headline, out_dir / f"{HEADLINE}.csv")
    _write_documents([headline_display(headline)], out_dir / HEADLINE, "fpgaprune headline")
    _log_counts(summary)
    return summary


def write_experiment(summary_path: str | Path, experiment: str, out_dir: str | Path) -> None:
    """Write `designs.{csv,md,tex,html}` of one experiment into `out_dir`.

    Args:
        summary_path: `summary.csv` written by `aggregate`.
        experiment: the experiment's name.
        out_dir: where to write (`results/tables/{experiment}`).
    """
    summary = read_summary(summary_path)
    out_dir = Path(out_dir)
    _write_csv(summary[summary["experiment"] == experiment], out_dir / f"{DESIGNS}.csv")
    _write_documents(experiment_tables(summary, experiment), out_dir / DESIGNS, f"fpgaprune: {experiment}")


def read_summary(path: str | Path) -> pd.DataFrame:
    """The summary table, with reuse-factor settings as text ("4", "paper").

    Raises:
        FileNotFoundError: no such file.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such file; write it with `fpgaprune aggregate` first")
    return pd.read_csv(path, dtype={"rf_setting": str, "note": str}, keep_default_na=False, na_values=[""])


def _write_csv(frame: pd.DataFrame, path: Path) -> None:
    with atomic_path(path) as tmp:
        frame.to_csv(tmp, index=False)
    log.info("wrote %s (%d rows)", path, len(frame))


def _write_documents(tables: list[Table], stem: Path, title: str) -> None:
    for suffix, text in (
        (".md", markdown(tables, title)),
        (".tex", latex(tables)),
        (".html", html_page(tables, title)),
    ):
        with atomic_path(stem.with_suffix(suffix)) as tmp:
            tmp.write_text(text)
    log.info("wrote %s.{md,tex,html}", stem)


def _log_counts(summary: pd.DataFrame) -> None:
    counts = summary["status"].value_counts().to_dict()
    log.info(
        "%d designs: %s", len(summary), ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    )
