# One pruning pass per (experiment, reuse setting, method): the schedule is walked once and every target
# of the experiment is written as it is reached, into {method}/targets/t{target}/ (docs/pruning.md, "One
# pass for all targets"). Checkpoints in {method}/checkpoint/ let a rerun of the pass put back the
# targets it wrote and compute only the others. `pruned_target` links one target's files to the design
# folder t{target}/ that the hls rules read, so deleting them redoes only that link. An absolute budget
# (b-dsp600-...) is its own walk from the baseline: `prune_budget`; `fit:`'s folder (the part's counts) is
# pruned with --part, whose job reserves the parts pruning cannot change out of the part's counts. Its
# checkpoints, in {budget}.checkpoint/ beside the design folder, let a rerun (after a SLURM time limit, say)
# resume the walk from its last accepted step. Neither checkpoint folder is an output, so Snakemake
# does not delete it before it runs the job again; the job replaces checkpoints of another identity.


rule prune:
    input:
        unpack(dataset_of),
        unpack(hls_config_of),
        model="results/{experiment}/baseline/model.h5",
    output:
        directory("results/{experiment}/rf{rf}/{method}/targets"),
    log:
        "results/logs/prune/{experiment}/rf{rf}/{method}.log",
    benchmark:
        "results/benchmarks/prune/{experiment}/rf{rf}/{method}.tsv"
    priority: 1
    conda:
        CONDA_ENV
    # One thread: a LeNet-5 job used 1040 s of CPU time with 2 threads (1133 s wall) and with 1
    # (1042 s), so two jobs side by side finish twice as many designs on 2 cores. Priority 1 (above the
    # design jobs): a pass is the longest job of a run.
    threads: 1
    resources:
        mem_mb=8000,
        runtime=lambda wildcards: 240 * len(pass_folders(wildcards)),
    params:
        config_file=validated_config,
        experiment_config=experiment_json("prune"),
        seed=seed_of("prune", "experiment", "rf", "method"),
        targets=lambda wildcards: " ".join(folder[1:] for folder in pass_folders(wildcards)),
        out_dirs=lambda wildcards, output: " ".join(
            shlex.quote(f"{output[0]}/{folder}") for folder in pass_folders(wildcards)
        ),
        checkpoint_dir=lambda wildcards, output: Path(output[0]).parent / "checkpoint",
    shell:
        "python3 -m fpgaprune --log {log} prune --model {input.model} --data {input.npz} --config {params.config_file:q}"
        " --experiment {wildcards.experiment} --rf-setting {wildcards.rf} --method {wildcards.method}"
        " --target {params.targets} --seed {params.seed} --threads {threads} --out-dir {params.out_dirs}"
        " --checkpoint-dir {params.checkpoint_dir:q}"


localrules:
    pruned_target,


rule pruned_target:
    input:
        "results/{experiment}/rf{rf}/{method}/targets",
    output:
        model="results/{experiment}/rf{rf}/{method}/{budget}/model.h5",
        masks="results/{experiment}/rf{rf}/{method}/{budget}/masks.npz",
        metrics="results/{experiment}/rf{rf}/{method}/{budget}/metrics.json",
    log:
        "results/logs/pruned_target/{experiment}/rf{rf}/{method}/{budget}.log",
    wildcard_constraints:
        budget=SHARE_FOLDER_PATTERN,
    # the pass's own settings: a changed configuration makes the design folder out of date, so a rerun
    # whose pass was killed (Snakemake then deletes `targets/`) reruns the pass; without them it said
    # "Nothing to be done" and kept the previous configuration's designs as current (a review, 2026-12-07)
    params:
        experiment_config=experiment_json("prune"),
        seed=seed_of("prune", "experiment", "rf", "method"),
    run:
        link_files(Path(input[0]) / wildcards.budget, output, log[0])


rule prune_budget:
    input:
        unpack(dataset_of),
        unpack(hls_config_of),
        model="results/{experiment}/baseline/model.h5",
    output:
        model="results/{experiment}/rf{rf}/{method}/{budget}/model.h5",
        masks="results/{experiment}/rf{rf}/{method}/{budget}/masks.npz",
        metrics="results/{experiment}/rf{rf}/{method}/{budget}/metrics.json",
    log:
        "results/logs/prune/{experiment}/rf{rf}/{method}/{budget}.log",
    benchmark:
        "results/benchmarks/prune/{experiment}/rf{rf}/{method}/{budget}.tsv"
    wildcard_constraints:
        budget=COUNT_FOLDER_PATTERN,
    conda:
        CONDA_ENV
    threads: 1
    resources:
        mem_mb=8000,
        runtime=240,
    params:
        config_file=validated_config,
        experiment_config=experiment_json("prune"),
        budget=prune_budget_args,
        seed=seed_of("prune", "experiment", "rf", "method", "target"),
        out_dir=output_dir,
        checkpoint_dir=lambda wildcards, output: output_dir(wildcards, output).with_name(
            f"{wildcards.budget}.checkpoint"
        ),
    shell:
        "python3 -m fpgaprune --log {log} prune --model {input.model} --data {input.npz} --config {params.config_file:q}"
        " --experiment {wildcards.experiment} --rf-setting {wildcards.rf} --method {wildcards.method}"
        " {params.budget} --seed {params.seed} --threads {threads} --out-dir {params.out_dir}"
        " --checkpoint-dir {params.checkpoint_dir:q}"
