# hls4ml designs of every baseline and pruned model: project, C simulation, source-tagged resources.
# Synthesis (vivado/vitis/yosys) runs inside the job when `hls.synthesis` asks for it and the tool is
# installed; a missing or failing tool is recorded in resources.json and the job still succeeds.


rule hls_baseline:
    input:
        unpack(dataset_of),
        unpack(hls_config_of),
        model="results/{experiment}/baseline/model.h5",
    output:
        resources="results/{experiment}/rf{rf}/baseline/hls/resources.json",
        metrics="results/{experiment}/rf{rf}/baseline/hls/hls_metrics.json",
    log:
        "results/logs/hls/{experiment}/rf{rf}/baseline.log",
    benchmark:
        "results/benchmarks/hls/{experiment}/rf{rf}/baseline.tsv"
    conda:
        CONDA_ENV
    threads: 1
    resources:
        mem_mb=6000,
        runtime=240,
    params:
        config_file=validated_config,
        experiment_config=experiment_json("hls"),
        out_dir=output_dir,
    shell:
        "python3 -m fpgaprune --log {log} hls --model {input.model} --data {input.npz} --config {params.config_file:q}"
        " --experiment {wildcards.experiment} --rf-setting {wildcards.rf} --method baseline"
        " --out-dir {params.out_dir}"


rule hls_pruned:
    input:
        unpack(dataset_of),
        unpack(hls_config_of),
        model="results/{experiment}/rf{rf}/{method}/{budget}/model.h5",
        record="results/{experiment}/rf{rf}/{method}/{budget}/metrics.json",
    output:
        resources="results/{experiment}/rf{rf}/{method}/{budget}/hls/resources.json",
        metrics="results/{experiment}/rf{rf}/{method}/{budget}/hls/hls_metrics.json",
    log:
        "results/logs/hls/{experiment}/rf{rf}/{method}/{budget}.log",
    benchmark:
        "results/benchmarks/hls/{experiment}/rf{rf}/{method}/{budget}.tsv"
    conda:
        CONDA_ENV
    threads: 1
    resources:
        mem_mb=6000,
        runtime=240,
    params:
        config_file=validated_config,
        experiment_config=experiment_json("hls"),
        budget=budget_args,
        out_dir=output_dir,
    shell:
        "python3 -m fpgaprune --log {log} hls --model {input.model} --data {input.npz} --config {params.config_file:q}"
        " --experiment {wildcards.experiment} --rf-setting {wildcards.rf} --method {wildcards.method}"
        " {params.budget} --prune-record {input.record} --out-dir {params.out_dir}"
