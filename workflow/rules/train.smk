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
    conda:
        CONDA_ENV
    threads: 2
    resources:
        mem_mb=6000,
        runtime=120,
    params:
        config_file=validated_config,
        experiment_config=experiment_json("train"),
        seed=seed_of("train", "experiment"),
        out_dir=output_dir,
    shell:
        "python3 -m fpgaprune --log {log} train --data {input.npz} --config {params.config_file:q}"
        " --experiment {wildcards.experiment}"
        " --seed {params.seed} --threads {threads} --out-dir {params.out_dir}"
