rule prepare_data:
    output:
        npz="results/data/{dataset}.npz",
        provenance="results/data/{dataset}.json",
    log:
        "results/logs/prepare_data/{dataset}.log",
    params:
        data_home=config["data_home"],
        seed=seed_of("prepare_data", "dataset"),
        subsample=subsample_args,
    localrule: True
    conda:
        CONDA_ENV
    shell:
        "{FPGAPRUNE} prepare-data {wildcards.dataset} --out {output.npz} --provenance {output.provenance}"
        " --data-home {params.data_home:q} --seed {params.seed} {params.subsample} > {log} 2>&1"
