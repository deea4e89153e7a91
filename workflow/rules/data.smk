rule prepare_data:
    output:
        npz="results/data/{dataset}.npz",
        provenance="results/data/{dataset}.json",
    log:
        "results/logs/prepare_data/{dataset}.log",
    benchmark:
        "results/benchmarks/prepare_data/{dataset}.tsv"
    localrule: True
    conda:
        CONDA_ENV
    params:
        data_home=config["data_home"],
        seed=seed_of("prepare_data", "dataset"),
        subsample=subsample_args,
    shell:
        "python3 -m fpgaprune --log {log} prepare-data {wildcards.dataset} --out {output.npz} --provenance {output.provenance}"
        " --data-home {params.data_home:q} --seed {params.seed} {params.subsample}"
