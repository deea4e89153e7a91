# One pruning pass per (experiment, reuse setting, method): the schedule is walked once and every target
# of the experiment is written as it is reached (docs/pruning.md, "One pass for all targets"). The targets
# differ between experiments, so each experiment has its own rule, prune_{experiment}. Deleting one
# target's files reruns the pass, which puts back the targets it checkpointed (.../{method}/checkpoint/)
# and recomputes only the missing ones.


def prune_outputs(name, file):
    return [f"results/{name}/rf{{rf}}/{{method}}/t{target}/{file}" for target in EXPERIMENTS[name].targets]


def prune_settings(name):
    experiment = config["experiments"][name]
    return json.dumps({key: experiment[key] for key in RULE_CONFIG_KEYS["prune"]}, sort_keys=True)


for _name, _experiment in EXPERIMENTS.items():

    rule:
        name:
            f"prune_{_name}"
        input:
            npz=f"results/data/{_experiment.dataset}.npz",
            provenance=f"results/data/{_experiment.dataset}.json",
            model=f"results/{_name}/baseline/model.h5",
        output:
            models=prune_outputs(_name, "model.h5"),
            masks=prune_outputs(_name, "masks.npz"),
            metrics=prune_outputs(_name, "metrics.json"),
        log:
            f"results/logs/prune/{_name}/rf{{rf}}/{{method}}.log",
        benchmark:
            f"results/benchmarks/prune/{_name}/rf{{rf}}/{{method}}.tsv"
        params:
            experiment_config=prune_settings(_name),
            experiment=_name,
            seed=lambda wildcards, name=_name: job_seed(config["seed"], "prune", name, wildcards.rf, wildcards.method),
            targets=" ".join(str(target) for target in _experiment.targets),
            out_dirs=lambda wildcards, output: " ".join(shlex.quote(str(Path(m).parent)) for m in output.models),
        # One thread: a LeNet-5 job used 1040 s of CPU time with 2 threads (1133 s wall) and with 1
        # (1042 s), so two jobs side by side finish twice as many designs on 2 cores.
        threads: 1
        resources:
            mem_mb=8000,
            runtime=240 * len(_experiment.targets),
        conda:
            CONDA_ENV
        shell:
            "{FPGAPRUNE} prune --model {input.model} --data {input.npz} --config {CONFIG_FILE:q}"
            " --experiment {params.experiment} --rf-setting {wildcards.rf} --method {wildcards.method}"
            " --target {params.targets} --seed {params.seed} --threads {threads} --out-dir {params.out_dirs}"
            " > {log} 2>&1"
