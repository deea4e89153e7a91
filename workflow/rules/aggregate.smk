# Tables, plots and report material: every record in, results/tables/ and results/plots/ out.
# Records only, never models; plots only from tables. The HTML report is built after a run with
#   snakemake --report results/report.html
onsuccess:
    summary = run_summary()
    if summary:
        logger.info(summary)


onerror:
    for line in failure_lines(log):
        logger.error(line)


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
    benchmark:
        "results/benchmarks/aggregate/aggregate.tsv"
    localrule: True
    conda:
        CONDA_ENV
    params:
        out_dir=output_dir,
    shell:
        "python3 -m fpgaprune --log {log} aggregate {input.records} --out-dir {params.out_dir}"


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
    benchmark:
        "results/benchmarks/aggregate/experiment_tables/{experiment}.tsv"
    localrule: True
    conda:
        CONDA_ENV
    params:
        out_dir=output_dir,
    shell:
        "python3 -m fpgaprune --log {log} experiment-tables --summary {input.summary} --experiment {wildcards.experiment}"
        " --out-dir {params.out_dir}"


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
            labels={"experiment": "{experiment}", "figure": "accuracy (a regression: its loss) against DSP"},
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
    benchmark:
        "results/benchmarks/aggregate/plots/{experiment}.tsv"
    localrule: True
    conda:
        CONDA_ENV
    params:
        out_dir=output_dir,
    shell:
        "python3 -m fpgaprune --log {log} plot --summary {input.summary} --sparsity {input.sparsity} --experiment {wildcards.experiment}"
        " --out-dir {params.out_dir}"


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
    benchmark:
        "results/benchmarks/aggregate/plot_knapsack_scaling.tsv"
    localrule: True
    conda:
        CONDA_ENV
    params:
        out_dir=output_dir,
    shell:
        "python3 -m fpgaprune --log {log} plot-knapsack {input} --out-dir {params.out_dir}"
