"""The aggregate rules and `snakemake --report` of the real Snakefile, on the records of a real short run.

The records of tests/report/conftest.py are complete for a configuration with the methods that
were built (`knapsack_dsp`) or failed (`hls4ml_dsp_aware`), so Snakemake runs only the table and
plot rules here, then builds the HTML report.
"""

import re
import shutil
import subprocess

import pytest
import yaml

from ..snakemake_runs import snakemake_command
from .conftest import BUILT, EXPERIMENT, FAILED, SETTING, TARGET

pytestmark = pytest.mark.slow

TARGETS = [
    "results/tables/headline.md",
    f"results/tables/{EXPERIMENT}/designs.md",
    *(f"results/plots/{EXPERIMENT}/{plot}.png" for plot in ("pareto", "reduction_vs_rf", "sparsity")),
]


@pytest.fixture(scope="module")
def workflow(repo, real_run, tmp_path_factory):
    """(run, report) of Snakemake on the run's directory: the aggregation jobs, then --report."""
    config = yaml.safe_load((repo / "config/test.yaml").read_text())
    config["experiments"][EXPERIMENT].update(
        reuse_factors=[int(SETTING)], methods=[BUILT, FAILED], targets=[TARGET]
    )
    configfile = tmp_path_factory.mktemp("config") / "config.yaml"
    configfile.write_text(yaml.safe_dump(config))
    command = snakemake_command(repo, real_run, configfile, "--cores", "2")
    run = subprocess.run([*command, *TARGETS], check=False, capture_output=True, text=True, timeout=600)
    report = subprocess.run(
        [*command, "--report", "results/report.html", *TARGETS],
        check=False,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return run, report


def test_only_the_aggregation_rules_run_and_the_run_says_where_results_are(workflow, real_run):
    run, _ = workflow
    assert run.returncode == 0, run.stderr[-3000:]
    for rule in ("aggregate", "experiment_tables", "plots"):
        assert f"localrule {rule}:" in run.stderr
    assert not any(f"rule {rule}:" in run.stderr for rule in ("train", "prune", "hls_baseline", "hls_pruned"))
    assert "fpgaprune results:" in run.stderr and "results/tables/headline.md" in run.stderr
    for target in TARGETS:
        assert (real_run / target).stat().st_size > 0


def test_report_holds_every_table_and_plot_with_its_caption(workflow, real_run):
    _, report = workflow
    assert report.returncode == 0, report.stderr[-3000:]
    page = (real_run / "results/report.html").read_text()
    for name in (
        "headline.html",
        "summary.csv",
        "designs.html",
        "pareto.png",
        "reduction_vs_rf.png",
        "sparsity.png",
    ):
        assert name in page
    for caption in ("Headline, in the form of the paper", "Pareto front", "Share of exactly-zero weights"):
        assert caption in page


def test_report_opens_in_headless_chromium(workflow, real_run, tmp_path):
    """The report's JavaScript app runs: it hides its loading screen and shows the experiment's category."""
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("chromium is not installed; `make test` installs it (scripts/setup-system.sh --test)")
    _, report = workflow
    assert report.returncode == 0, report.stderr[-3000:]
    command = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--virtual-time-budget=15000",
        "--dump-dom",
        (real_run / "results/report.html").as_uri(),
    ]
    dom = subprocess.run(command, check=True, capture_output=True, text=True, timeout=120).stdout
    assert '<div id="loading-screen" style="display: none;">' in dom
    text = re.sub(r"<[^>]+>", " ", re.sub(r"<(script|style)\b.*?</\1>", " ", dom, flags=re.DOTALL))
    for shown in ("Results", "Overview", EXPERIMENT, "Every resource number in this"):
        assert shown in text
