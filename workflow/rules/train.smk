rule train:
    input:
        unpack(dataset_of),
    output:
        model="results/{experiment}/baseline/model.h5",
        history="results/{experiment}/baseline/history.csv",
        metrics="results/{experiment}/baseline/metrics.json",
    log:
        "results/logs/train/{experiment}.log",
    benchmark:
        "results/benchmarks/train/{experiment}.tsv"
    params:
        experiment_config=experiment_json("train"),
        seed=seed_of("train", "experiment"),
        out_dir=lambda wildcards, output: Path(output.model).parent,
    threads: 2
    resources:
        mem_mb=6000,
        runtime=120,
    conda:
        CONDA_ENV
    shell:
        "{FPGAPRUNE} train --data {input.npz} --config {CONFIG_FILE:q}"
        " --experiment {wildcards.experiment}"
        " --seed {params.seed} --threads {threads} --out-dir {params.out_dir} > {log} 2>&1"
