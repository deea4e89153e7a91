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
    wildcard_constraints:
        experiment=ZOO_EXPERIMENTS,
    priority: 2
    conda:
        CONDA_ENV
    # One thread, and priority 2 (first): a two-thread job waits until both cores are free, and a free
    # core always found a short design job first (the default run's LeNet-5 training had not started
    # after 8 min of digits jobs). The baseline feeds the longest chain (train -> pass -> designs).
    threads: 1
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


# A user's trained model (`model: {file: ...}`) is the baseline: checked against its data file and the
# experiment (layers, shapes, classes, reuse factors) before any training, evaluated on the data's splits,
# and saved as the baseline that every prune and hls job reads. Replacing the model or data file reruns it
# and everything after it.
rule baseline_file:
    input:
        unpack(dataset_of),
        unpack(hls_config_of),
        user_model=user_model,
    output:
        model="results/{experiment}/baseline/model.h5",
        metrics="results/{experiment}/baseline/metrics.json",
    log:
        "results/logs/baseline_file/{experiment}.log",
    benchmark:
        "results/benchmarks/baseline_file/{experiment}.tsv"
    wildcard_constraints:
        experiment=FILE_EXPERIMENTS,
    conda:
        CONDA_ENV
    threads: 1
    resources:
        mem_mb=4000,
        runtime=30,
    params:
        config_file=validated_config,
        experiment_config=experiment_json("baseline_file"),
        seed=seed_of("baseline_file", "experiment"),
        out_dir=output_dir,
    shell:
        "python3 -m fpgaprune --log {log} baseline --model {input.user_model:q} --data {input.npz:q}"
        " --config {params.config_file:q} --experiment {wildcards.experiment}"
        " --seed {params.seed} --out-dir {params.out_dir}"
