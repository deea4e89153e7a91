rule prune:
    input:
        unpack(dataset_of),
        model="results/{experiment}/baseline/model.h5",
    output:
        model="results/{experiment}/rf{rf}/{method}/{budget}/model.h5",
        masks="results/{experiment}/rf{rf}/{method}/{budget}/masks.npz",
        metrics="results/{experiment}/rf{rf}/{method}/{budget}/metrics.json",
    log:
        "results/logs/prune/{experiment}/rf{rf}/{method}/{budget}.log",
    benchmark:
        "results/benchmarks/prune/{experiment}/rf{rf}/{method}/{budget}.tsv"
    conda:
        CONDA_ENV
    # One thread: a LeNet-5 job used 1040 s of CPU time with 2 threads (1133 s wall) and with 1
    # (1042 s), so two jobs side by side finish twice as many designs on 2 cores.
    threads: 1
    resources:
        mem_mb=8000,
        runtime=240,
    params:
        config_file=validated_config,
        experiment_config=experiment_json("prune"),
        budget=budget_args,
        seed=seed_of("prune", "experiment", "rf", "method", "target"),
        out_dir=output_dir,
    shell:
        "python3 -m fpgaprune --log {log} prune --model {input.model} --data {input.npz} --config {params.config_file:q}"
        " --experiment {wildcards.experiment} --rf-setting {wildcards.rf} --method {wildcards.method}"
        " {params.budget} --seed {params.seed} --threads {threads} --out-dir {params.out_dir}"
