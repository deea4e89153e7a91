# Tables, plots and report material: every record in, results/tables/ and results/plots/ out.
# Records only, never models; plots only from tables. The HTML report is built after a run with
#   snakemake --report results/report.html
from snakemake.logging import logger

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
        lines.append(f"  knapsack scaling plot skipped: no {SCALING_CSV} (run bench/knapsack_scaling.py to make it)")
    lines.append("  HTML report: snakemake --report results/report.html")
    return "\n".join(lines)


onsuccess:
    summary = run_summary()
    if summary:
        logger.info(summary)


rule aggregate:
    input:
        records=result_records(),
    output:
        summary=report(
            "results/tables/summary.csv",
            caption="../report/summary.rst",
            category="Overview",
            labels={"table": "summary.csv (one row per design)"},
        ),
        headline=report(
            "results/tables/headline.html",
            caption="../report/headline.rst",
            category="Overview",
            labels={"table": "headline"},
        ),
        headline_md="results/tables/headline.md",
        headline_csv="results/tables/headline.csv",
        headline_tex="results/tables/headline.tex",
        resources="results/tables/resources_by_source.csv",
        sparsity="results/tables/sparsity.csv",
    log:
        "results/logs/aggregate/aggregate.log",
    params:
        out_dir=lambda wildcards, output: Path(output.summary).parent,
    localrule: True
    conda:
        CONDA_ENV
    shell:
        "{FPGAPRUNE} aggregate {input.records} --out-dir {params.out_dir} > {log} 2>&1"


rule experiment_tables:
    input:
        summary="results/tables/summary.csv",
    output:
        html=report(
            "results/tables/{experiment}/designs.html",
            caption="../report/designs.rst",
            category="{experiment}",
            subcategory="Tables",
            labels={"experiment": "{experiment}", "table": "every design"},
        ),
        md="results/tables/{experiment}/designs.md",
        csv="results/tables/{experiment}/designs.csv",
        tex="results/tables/{experiment}/designs.tex",
    log:
        "results/logs/aggregate/experiment_tables/{experiment}.log",
    params:
        out_dir=lambda wildcards, output: Path(output.html).parent,
    localrule: True
    conda:
        CONDA_ENV
    shell:
        "{FPGAPRUNE} experiment-tables --summary {input.summary} --experiment {wildcards.experiment}"
        " --out-dir {params.out_dir} > {log} 2>&1"


rule plots:
    input:
        summary="results/tables/summary.csv",
        sparsity="results/tables/sparsity.csv",
    output:
        pareto=report(
            "results/plots/{experiment}/pareto.png",
            caption="../report/pareto.rst",
            category="{experiment}",
            subcategory="Plots",
            labels={"experiment": "{experiment}", "figure": "accuracy against DSP"},
        ),
        reduction=report(
            "results/plots/{experiment}/reduction_vs_rf.png",
            caption="../report/reduction_vs_rf.rst",
            category="{experiment}",
            subcategory="Plots",
            labels={"experiment": "{experiment}", "figure": "reduction against reuse factor"},
        ),
        sparsity=report(
            "results/plots/{experiment}/sparsity.png",
            caption="../report/sparsity.rst",
            category="{experiment}",
            subcategory="Plots",
            labels={"experiment": "{experiment}", "figure": "per-layer sparsity"},
        ),
        svg=expand("results/plots/{{experiment}}/{plot}.svg", plot=PLOTS),
    log:
        "results/logs/aggregate/plots/{experiment}.log",
    params:
        out_dir=lambda wildcards, output: Path(output.pareto).parent,
    localrule: True
    conda:
        CONDA_ENV
    shell:
        "{FPGAPRUNE} plot --summary {input.summary} --sparsity {input.sparsity} --experiment {wildcards.experiment}"
        " --out-dir {params.out_dir} > {log} 2>&1"


# Requested by report_targets() only when the benchmark's CSV exists (no rule makes it).
rule plot_knapsack_scaling:
    input:
        SCALING_CSV,
    output:
        png=report(
            "results/plots/knapsack_scaling.png",
            caption="../report/knapsack_scaling.rst",
            category="Benchmarks",
            labels={"figure": "knapsack solve time"},
        ),
        svg="results/plots/knapsack_scaling.svg",
    log:
        "results/logs/aggregate/plot_knapsack_scaling.log",
    params:
        out_dir=lambda wildcards, output: Path(output.png).parent,
    localrule: True
    conda:
        CONDA_ENV
    shell:
        "{FPGAPRUNE} plot-knapsack {input} --out-dir {params.out_dir} > {log} 2>&1"
