import copy
import json

import pytest
import yaml

from fpgaprune.config import Experiment, job_seed, load_config, read_config_file, schema, validate_config
from fpgaprune.config.types import job_settings

from ..configs import test_yaml


@pytest.fixture
def test_config(repo):
    return yaml.safe_load((repo / "config/test.yaml").read_text())


def _error(config):
    with pytest.raises(ValueError) as info:
        validate_config(config)
    message = str(info.value)
    assert "\n" not in message
    return message


@pytest.mark.parametrize("name", ["config.yaml", "test.yaml", "paper.yaml"])
def test_shipped_configs_are_valid(repo, name):
    config = yaml.safe_load((repo / "config" / name).read_text())
    validate_config(config)
    assert config["experiments"]


def test_defaults_are_filled_in():
    config = {"experiments": {"e": {"dataset": "digits", "model": "digits_mlp"}}}
    validate_config(config)
    experiment = config["experiments"]["e"]
    assert config["seed"] == 1
    assert experiment["training"]["epochs"] == 30
    assert experiment["reuse_factors"] == [1]
    assert experiment["quantization"] is None


def test_unknown_key_is_named(test_config):
    test_config["experiments"]["digits_mlp"]["epochs"] = 3
    assert "experiments.digits_mlp" in _error(test_config)
    assert "'epochs' was unexpected" in _error(test_config)


def test_a_misspelt_key_is_named_with_the_key_it_resembles(test_config):
    """`epoch_per_step` in a pruning section: the line says which key was meant, or lists the valid ones."""
    test_config["experiments"]["digits_mlp"]["pruning"]["epoch_per_step"] = 4
    error = _error(test_config)
    assert "'epoch_per_step' was unexpected" in error and error.endswith("; did you mean epochs_per_step?")
    del test_config["experiments"]["digits_mlp"]["pruning"]["epoch_per_step"]
    test_config["experiments"]["digits_mlp"]["training"]["zzz"] = 1
    assert _error(test_config).endswith("; valid keys: batch_size, epochs, learning_rate, patience")


def test_wrong_type_names_the_key(test_config):
    test_config["experiments"]["digits_mlp"]["training"]["batch_size"] = "64"
    assert _error(test_config).startswith("config key experiments.digits_mlp.training.batch_size:")


def test_unknown_model_lists_the_known_ones(test_config):
    test_config["experiments"]["digits_mlp"]["model"] = "resnet"
    message = _error(test_config)
    assert "experiments.digits_mlp.model" in message and "lenet5" in message


def test_model_that_does_not_fit_the_dataset(test_config):
    test_config["experiments"]["digits_mlp"]["model"] = "lenet5"
    message = _error(test_config)
    assert "(28, 28, 1)" in message and "digits_mlp" in message


def test_invalid_reuse_factor_names_layer_and_nearest_values(test_config):
    test_config["experiments"]["digits_mlp"]["reuse_factors"] = [1, 3]
    message = _error(test_config)
    assert "reuse_factors[1] layer fc1" in message
    assert "nearest valid: 2 or 4" in message


def test_unknown_layer_in_a_per_layer_setting(test_config):
    test_config["experiments"]["digits_mlp"]["reuse_factors"] = [
        {"name": "x", "layers": {"fc9": {"reuse_factor": 2}}}
    ]
    message = _error(test_config)
    assert "'fc9'" in message and "fc1, fc2, output" in message


def test_duplicate_setting_names(test_config):
    test_config["experiments"]["digits_mlp"]["reuse_factors"] = [4, {"name": "4", "reuse_factor": 4}]
    assert "used twice" in _error(test_config)


def test_integer_bits_below_total_bits(test_config):
    test_config["experiments"]["digits_mlp"]["quantization"]["weight_integer_bits"] = 8
    assert "weight_integer_bits" in _error(test_config)


def test_paper_lenet_setting_resolves_per_layer(repo):
    config = yaml.safe_load((repo / "config/config.yaml").read_text())
    validate_config(config)
    experiment = load_config(config).experiment("fmnist_lenet5")
    paper = experiment.setting("paper").resolve(experiment.weight_layers, "paper")
    assert (paper["fc1"].reuse_factor, paper["fc1"].strategy) == (25, "resource")
    assert (paper["fc2"].reuse_factor, paper["fc2"].strategy) == (12, "resource")
    assert (paper["conv1"].reuse_factor, paper["conv1"].strategy) == (1, "latency")
    assert (paper["output"].reuse_factor, paper["output"].strategy) == (1, "latency")


def test_a_convolutions_parallelization_factor_is_configured_checked_and_kept(repo):
    """A per-layer `parallelization_factor` reaches the design, survives the experiment's config form
    (`as_dict`, which records and jobs read back), and is refused on a Dense and where it does not divide
    the output positions."""
    config = yaml.safe_load((repo / "config/config.yaml").read_text())
    lenet = config["experiments"]["fmnist_lenet5"]
    paper = next(s for s in lenet["reuse_factors"] if isinstance(s, dict) and s["name"] == "paper")
    paper["layers"]["conv1"] = {"reuse_factor": 1, "strategy": "latency", "parallelization_factor": 28}
    experiment = load_config(config).experiment("fmnist_lenet5")
    assert experiment.setting("paper").layers["conv1"].parallelization_factor == 28
    conv1 = next(layer for layer in experiment.design("paper", pruned=False) if layer.name == "conv1")
    assert conv1.parallelization_factor == 28 and len(conv1.window_live) == 25  # column 0's left taps pad
    again = next(s for s in experiment.as_dict()["reuse_factors"] if s["name"] == "paper")
    assert again["layers"]["conv1"]["parallelization_factor"] == 28
    assert "parallelization_factor" not in again["layers"]["fc1"]
    for layer, factor, where in (("conv1", 3, "784 output positions"), ("fc1", 2, "1 output positions")):
        paper["layers"][layer] = {"reuse_factor": 1, "strategy": "latency", "parallelization_factor": factor}
        with pytest.raises(ValueError, match=f"layer {layer}: parallelization factor {factor} .*{where}"):
            load_config(config).experiment("fmnist_lenet5").design("paper", pruned=False)
        paper["layers"][layer] = {"reuse_factor": 1, "strategy": "latency"}


def test_validation_does_not_depend_on_key_order(test_config):
    reordered = copy.deepcopy(test_config)
    reordered["experiments"]["digits_mlp"] = dict(
        reversed(list(reordered["experiments"]["digits_mlp"].items()))
    )
    assert validate_config(reordered) == validate_config(test_config)


def test_job_seed_is_fixed_and_distinct():
    assert job_seed(1, "train", "a") == job_seed(1, "train", "a")
    assert job_seed(1, "train", "a") != job_seed(1, "train", "b")
    assert job_seed(1, "train", "a") != job_seed(2, "train", "a")


def _property_names(schema_node):
    for key, sub in schema_node.get("properties", {}).items():
        yield key
        yield from _property_names(sub)
    for sub in schema_node.get("oneOf", []):
        yield from _property_names(sub)
    for key in ("additionalProperties", "items"):
        if isinstance(schema_node.get(key), dict):
            yield from _property_names(schema_node[key])


def test_every_schema_key_is_documented(repo):
    documented = (repo / "config/README.md").read_text()
    missing = {
        k for k in _property_names(schema()) if f"`{k}" not in documented and f".{k}`" not in documented
    }
    assert not missing, f"keys missing from config/README.md: {sorted(missing)}"


def test_schedule_arguments_are_checked(test_config):
    test_config["experiments"]["digits_mlp"]["pruning"]["schedule"] = {"kind": "binary", "steps": 2}
    assert _error(test_config).startswith(
        "config key experiments.digits_mlp.pruning.schedule: schedule binary"
    )


def test_malformed_precision_is_rejected_before_any_job(test_config):
    test_config["experiments"]["digits_mlp"]["hls"]["precision"] = "ap_fixd<16,6>"
    assert _error(test_config).startswith(
        "config key experiments.digits_mlp.hls.precision: malformed precision"
    )


def test_typed_experiment_takes_every_default_from_the_schema(test_config):
    experiment = load_config(test_config).experiment("digits_mlp")
    assert isinstance(experiment, Experiment)
    defaults = schema()["properties"]["experiments"]["additionalProperties"]["properties"]
    assert (
        experiment.pruning.max_layer_sparsity
        == defaults["pruning"]["properties"]["max_layer_sparsity"]["default"]
    )
    assert experiment.hls.backend == defaults["hls"]["properties"]["backend"]["default"]
    assert experiment.setting_names == ["1", "4"]
    assert (
        experiment.setting("4").default.strategy
        == test_config["experiments"]["digits_mlp"]["hls"]["strategy"]
    )


def test_load_config_leaves_its_argument_alone(test_config):
    before = copy.deepcopy(test_config)
    load_config(test_config)
    assert test_config == before


def test_unknown_experiment_and_setting_are_named(test_config):
    config = load_config(test_config)
    with pytest.raises(ValueError, match="no experiment 'x'.*digits_mlp"):
        config.experiment("x")
    with pytest.raises(ValueError, match="no reuse-factor setting '7'; it has: 1, 4"):
        config.experiment("digits_mlp").setting("7")


def test_experiment_round_trips_through_its_dict(test_config):
    experiment = load_config(test_config).experiment("digits_mlp")
    again = load_config({"experiments": {"digits_mlp": experiment.as_dict()}})
    assert experiment == again.experiment("digits_mlp")


def test_a_config_written_as_json_reads_back_the_same(test_config, tmp_path):
    """The workflow hands jobs the validated config as JSON, where small numbers are written as 1e-07."""
    validated = validate_config(test_config)
    path = tmp_path / "config.json"
    path.write_text(json.dumps(validated))
    assert load_config(path) == load_config(validated)


def _knapsack_rf(test_config, **options):
    experiment = test_config["experiments"]["digits_mlp"]
    experiment["methods"] = ["knapsack_rf"]
    experiment["pruning"]["knapsack_rf"] = options
    return test_config


def test_a_prune_job_reads_its_own_reuse_setting_and_the_one_its_latency_budget_is_like(test_config):
    """`Experiment.settings_read`, which cuts the reuse settings a job's params and checkpoints hold
    (`job_settings`): a knapsack_rf budget `like` another setting makes the prune job read that one too."""
    plain = load_config(test_config).experiment("digits_mlp")
    assert plain.setting_names == ["1", "4"]
    assert plain.settings_read("4", prune=True) == [1]
    like = load_config(_knapsack_rf(copy.deepcopy(test_config), latency_budget={"like": "1"})).experiment(
        "digits_mlp"
    )
    assert like.settings_read("4", prune=True) == [0, 1]
    assert like.settings_read("4", prune=False) == [1]  # a design job reads its own
    settings = like.as_dict()
    chosen = job_settings(
        settings, ("hls", "reuse_factors"), like.settings_read("4", prune=False), prune=True
    )
    assert chosen["reuse_factors"] == [settings["reuse_factors"][1]]
    assert "synthesis" not in chosen["hls"] and "csim_samples" not in chosen["hls"]
    assert chosen["hls"]["precision"] == settings["hls"]["precision"]


def test_knapsack_rf_options_are_typed_and_round_trip(test_config):
    config = load_config(
        _knapsack_rf(
            test_config,
            latency_budget={"like": "1"},
            rf_candidates=[1, 2, 4],
            parallelization_factors={"min": 1, "max": 8},
        )
    )
    options = config.experiment("digits_mlp").pruning.knapsack_rf
    assert options.latency_budget == {"like": "1"} and options.rf_candidates == (1, 2, 4)
    assert options.parallelization_factors == {"min": 1, "max": 8}
    assert options.strategies == ("latency", "resource") and options.ii_limit is None
    again = load_config({"experiments": {"digits_mlp": config.experiment("digits_mlp").as_dict()}})
    assert again.experiment("digits_mlp") == config.experiment("digits_mlp")


@pytest.mark.parametrize(
    "options, message",
    [
        (
            {"latency_budget": {"like": "paper"}},
            "latency_budget.like: no reuse setting 'paper'; settings: 1, 4",
        ),
        ({"rf_candidates": {"min": 8, "max": 2}}, "rf_candidates: min 8 is above max 2"),
        (
            {"parallelization_factors": {"min": 4, "max": 2}},
            "parallelization_factors: min 4 is above max 2",
        ),
        (
            {"rf_candidates": [3], "strategies": ["resource"]},
            "no reuse factor hls4ml implements for layer fc1",
        ),
        (
            {"latency_budget": {"cycles": 0}},
            "config key experiments.digits_mlp.pruning.knapsack_rf.latency_budget",
        ),
    ],
)
def test_knapsack_rf_options_are_checked_before_any_job(test_config, options, message):
    assert message in _error(_knapsack_rf(test_config, **options))


@pytest.mark.parametrize(
    ("where", "value", "key"),
    [
        (("reuse_factors",), [1, 4.0], "reuse_factors.1"),
        (("pruning", "schedule"), {"steps": "3"}, "pruning.schedule.steps"),
        (("pruning", "schedule"), {"steps": []}, "pruning.schedule.steps"),
        (("pruning", "schedule"), {"steps": 2.5}, "pruning.schedule.steps"),
        (("targets",), [0.00001], "targets.0"),
        (("targets",), [float("nan")], "targets.0"),
        (("targets",), [0.5, 0.5], "targets"),
        (("training", "learning_rate"), float("inf"), "training.learning_rate"),
        (("hls", "part"), "xcu250-figd2104-2L-e]; exec touch /tmp/x; #", "hls.part"),
        (("hls", "synthesis"), "vivado", "hls.synthesis"),
    ],
)
def test_probed_holes_are_one_line_naming_the_key(test_config, where, value, key):
    experiment = test_config["experiments"]["digits_mlp"]
    for step in where[:-1]:
        experiment = experiment.setdefault(step, {})
    experiment[where[-1]] = value
    assert _error(test_config).startswith(f"config key experiments.digits_mlp.{key}:")


@pytest.mark.parametrize(
    ("where", "value", "message"),
    [
        (("targets",), [0.5, 0.5000001], "targets: 0.5 and 0.5000001 share the result folder t0.5; give"),
        (("methods",), [], "methods: [] should be non-empty"),
        (("targets",), [], ": targets, budgets and fit are all empty, so nothing is pruned; give one"),
        (("pruning", "solver"), "topk", ".pruning.solver: topk needs structures that all cost alike, which"),
        (("training", "learning_rate"), "3e-3", "'3e-3' is a number written as text: YAML 1.1 reads 3e-3 so"),
    ],
)
def test_a_setting_that_does_nothing_or_fails_after_the_training_is_one_line_first(
    test_config, where, value, message
):
    """Each passed the dry run, then did nothing without a word (two targets of one folder, no method, no
    target) or failed after the baseline's training (topk with knapsack_dsp_bram), or was refused without
    the fix (3e-3, which YAML 1.1 reads as text): a review of the pipeline's configuration, 2026-12-07."""
    experiment = test_config["experiments"]["digits_mlp"]
    experiment["methods"] = ["knapsack_dsp_bram", "magnitude"]
    for step in where[:-1]:
        experiment = experiment.setdefault(step, {})
    experiment[where[-1]] = value
    error = _error(test_config)
    assert error.startswith("config key experiments.digits_mlp") and message in error


def test_an_experiment_named_as_one_of_the_pipelines_own_result_folders_is_refused(test_config):
    test_config["experiments"]["bench"] = test_config["experiments"].pop("digits_mlp")
    assert _error(test_config) == (
        "config key experiments.bench: results/bench/ is the pipeline's own folder (bench, benchmarks, data, "
        "logs, plots, tables are); name the experiment otherwise"
    )


def test_a_part_that_is_not_amd_is_refused_with_what_to_give(test_config):
    test_config["experiments"]["digits_mlp"]["hls"]["part"] = "AGFB014R24A2E2V"  # Intel Agilex
    error = _error(test_config)
    assert error.startswith("config key experiments.digits_mlp.hls.part:")
    assert "AMD/Xilinx FPGA part (xc, xa or xq)" in error


def test_vitis_synthesis_needs_the_vitis_backend(test_config):
    test_config["experiments"]["digits_mlp"]["hls"].update(synthesis="vitis", backend="Vivado")
    assert "set hls.backend: Vitis" in _error(test_config)


def test_a_config_without_experiments_says_how_to_extend_the_default(tmp_path):
    (tmp_path / "seed.yaml").write_text("seed: 1\n")
    expected = r"'experiments' is a required property; .*--configfile config/config.yaml"
    with pytest.raises(ValueError, match=expected):
        load_config(tmp_path / "seed.yaml")


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (
            (
                "experiments:\n  e: {dataset: digits, model: digits_mlp}\n"
                "  e: {dataset: digits, model: digits_mlp}\n"
            ),
            "line 3, column 3: key 'e' is given twice",
        ),
        ("seed: 1\nseed: 2\n", "line 2, column 1: key 'seed' is given twice"),
        ("experiments: {e: [}\n", "line 1, column 19: "),
        ("- 1\n", "the top level must be a mapping"),
    ],
)
def test_yaml_errors_name_file_and_line(tmp_path, text, where):
    path = tmp_path / "c.yaml"
    path.write_text(text)
    with pytest.raises(ValueError) as error:
        read_config_file(path)
    assert (
        str(error.value).startswith(f"{path}") and where in str(error.value) and "\n" not in str(error.value)
    )


def test_json_duplicate_keys_and_errors_name_the_file(tmp_path):
    path = tmp_path / "c.json"
    path.write_text('{"seed": 1, "seed": 2}')
    with pytest.raises(ValueError, match=r"c.json.*key 'seed' is given twice"):
        read_config_file(path)
    path.write_text('{"seed": 1,\n "experiments": }')
    with pytest.raises(ValueError, match=r"c.json line 2, column 17: Expecting value"):
        read_config_file(path)


def test_yaml_merge_keys_may_be_overridden(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("base: &b {x: 1, y: 2}\nother:\n  <<: *b\n  x: 3\n")
    assert read_config_file(path)["other"] == {"x": 3, "y": 2}


def test_quantized_layers_read_the_activation_type_as_hls4ml_does(test_config):
    """fc2 and output read quantized_relu(8, 3) outputs: hls4ml types them ufixed<8,3> rounding to nearest
    and saturating, as every quantizer's type (tests/hls/test_design_types.py), not hls.precision."""
    experiment = load_config(test_config).experiment("digits_mlp")
    fc1, fc2, output = experiment.design("1", pruned=True)
    assert str(fc1.input_type) == "ap_ufixed<11,1,AP_RND_CONV,AP_SAT>"  # hls.input_precision, rounded
    assert str(fc2.input_type) == str(output.input_type) == "ap_ufixed<8,3,AP_RND_CONV,AP_SAT>"
    float_model = load_config(test_yaml(quantization=None)).experiment("digits_mlp")
    assert str(float_model.design("1", pruned=True)[1].input_type) == "ap_fixed<16,6>"


@pytest.mark.parametrize(("backend", "built"), [("Vitis", "resource"), ("Vivado", "resource_unrolled")])
def test_a_pruned_io_stream_dense_design_follows_the_configured_backend(backend, built):
    """hls4ml 1.3's Vitis io_stream Dense runs the rolled Resource kernel (`runs_unrolled_kernel`)."""
    config = test_yaml()
    config["experiments"]["digits_mlp"]["hls"].update(io_type="io_stream", backend=backend)
    layers = load_config(config).experiment("digits_mlp").design("4", pruned=True)
    assert {layer.strategy for layer in layers} == {built}


def test_the_core_default_backend_is_the_schema_default():
    from fpgaprune.core.design import DEFAULT_BACKEND

    hls = schema()["properties"]["experiments"]["additionalProperties"]["properties"]["hls"]
    assert hls["properties"]["backend"]["default"] == DEFAULT_BACKEND


def test_knapsack_lut_takes_targets_and_lut_budgets(test_config):
    experiment = test_config["experiments"]["digits_mlp"]
    experiment.update(methods=["knapsack_lut", "magnitude"], budgets=[{"lut": 50000}])
    parsed = load_config(copy.deepcopy(test_config)).experiment("digits_mlp")
    assert parsed.budget_folders == {"knapsack_lut": ["t0.5", "b-lut50000"], "magnitude": ["t0.5"]}
    experiment["budgets"] = [{"dsp": 600}]  # knapsack_lut budgets LUT: a DSP count alone gives it nothing
    assert "method knapsack_lut budgets lut; give a count for lut" in _error(test_config)


def test_a_part_is_kept_apart_from_the_counts_and_round_trips(test_config):
    """`fit:` binds the whole design (its job reserves what pruning cannot change), `budgets:` the weight
    layers: the experiment keeps the part (its folder named by the part's counts, as before) apart from the
    counts, and its dict gives the config back."""
    experiment = test_config["experiments"]["digits_mlp"]
    experiment["hls"]["part"] = "xczu3eg-sbva484-1-e"
    experiment.update(budgets=[{"dsp": 100}], fit={"part": "xczu3eg", "utilization": 0.7})
    parsed = load_config(copy.deepcopy(test_config)).experiment("digits_mlp")
    assert parsed.budgets == ({"dsp": 100},) and parsed.fit.budget()["dsp"] == 252
    folders = ["t0.5", "b-dsp100", "b-dsp252-bram_18k302-lut49392-ff98784"]
    assert parsed.budget_folders["knapsack_dsp"] == folders and parsed.fit.folder == folders[-1]
    assert load_config({"experiments": {"digits_mlp": parsed.as_dict()}}).experiment("digits_mlp") == parsed
    assert parsed.as_dict()["fit"] == {"part": "xczu3eg", "utilization": 0.7}
    del experiment["fit"]  # without a part the dict has no key: the pass identities of such runs unchanged
    assert "fit" not in load_config(test_config).experiment("digits_mlp").as_dict()


def test_a_part_of_another_device_than_the_design_or_a_count_in_its_folder_is_refused(test_config):
    experiment = test_config["experiments"]["digits_mlp"]
    experiment["fit"] = {"part": "xczu3eg", "utilization": 0.7}  # hls.part: the default xcu250
    error = _error(copy.deepcopy(test_config))
    assert error.startswith(
        "config key experiments.digits_mlp.fit.part: xczu3eg sets the budget but hls.part"
    )
    experiment["hls"]["part"] = "xczu3eg-sbva484-1-e"
    experiment["budgets"] = [{"dsp": 252, "bram_18k": 302, "lut": 49392, "ff": 98784}]
    assert "an entry gives fit's counts" in _error(test_config)


def test_the_tutorials_pipeline_experiment_takes_its_design_from_hls_yml(repo, tmp_path, monkeypatch):
    """docs/your-model.md section 4's mine.yaml, beside the hls.yml its make_model.py writes (every layer
    ReuseFactor 4 and Resource, IOType io_parallel, Part xcu250-figd2104-2L-e; the layers' types here are the
    Model default), and its `fit:` comment are valid experiments with that file's part and IO type."""
    import re

    text = (repo / "docs/your-model.md").read_text()
    (snippet,) = [b for b in re.findall(r"```yaml\n(.*?)```", text, flags=re.DOTALL) if "hls_config:" in b]
    layers = {name: {"ReuseFactor": 4, "Strategy": "Resource"} for name in ("fc1", "fc2", "fc3", "output")}
    hls_yml = {
        "HLSConfig": {"Model": {"Precision": "fixed<16,6>", "ReuseFactor": 1}, "LayerName": layers},
        "IOType": "io_parallel",
        "Part": "xcu250-figd2104-2L-e",
    }
    (tmp_path / "hls.yml").write_text(yaml.safe_dump(hls_yml))
    monkeypatch.chdir(tmp_path)  # the config's files are relative to the working directory, as Snakemake's
    config = yaml.safe_load(snippet)
    experiment = load_config(config).experiment("jet_tagger")
    assert (experiment.hls_config_file, experiment.setting_names) == ("hls.yml", ["hls_config"])
    assert (experiment.hls.part, experiment.hls.io_type) == ("xcu250-figd2104-2L-e", "io_parallel")
    (fit,) = re.findall(r"fit: (\{.*?\})", snippet)
    config["experiments"]["jet_tagger"]["fit"] = yaml.safe_load(fit)
    assert load_config(config).experiment("jet_tagger").fit.part == "xcu250"


HLS_YML = {
    "IOType": "io_stream",
    "Part": "xczu3eg-sbva484-1-e",
    "Backend": "Vivado",
    "ClockPeriod": 4,
    "HLSConfig": {
        "Model": {"Precision": "fixed<14,6>", "ReuseFactor": 2, "Strategy": "Resource"},
        "LayerName": {"fc1": {"ReuseFactor": 4, "Precision": {"weight": "fixed<10,2>"}}},
    },
}


def _file_experiment(tmp_path, hls_yml=None, **entries) -> dict:
    """A one-experiment config on a model file whose design is `hls_yml` (written as tmp_path/hls.yml)."""
    path = tmp_path / "hls.yml"
    path.write_text(yaml.safe_dump(HLS_YML if hls_yml is None else hls_yml))
    model = {"file": "m.h5", "hls_config": str(path)}
    return {"experiments": {"e": {"model": model, "dataset": {"file": "d.npz"}, **entries}}}


def test_an_hls_config_file_gives_the_experiments_hls_settings_and_its_one_setting(tmp_path):
    """`model.hls_config` decides the `hls:` keys `fpgaprune optimize --hls-config` takes from the file
    (`core.hls_config.hls_settings`); its per-layer design is the one setting `hls_config`, read with the
    model's layers. A config this filled in validates again to the same (the jobs read it as JSON)."""
    from fpgaprune.core.hls_config import hls_settings

    config = _file_experiment(tmp_path, hls={"synthesis": "estimate"})
    experiment = load_config(config).experiment("e")
    hls = experiment.hls
    assert (hls.io_type, hls.part, hls.backend, hls.clock_period, hls.precision) == (
        "io_stream",
        "xczu3eg-sbva484-1-e",
        "Vivado",
        4,
        "fixed<14,6>",
    )
    assert hls_settings(HLS_YML) == {
        "io_type": "io_stream",
        "precision": "fixed<14,6>",
        "part": "xczu3eg-sbva484-1-e",
        "backend": "Vivado",
        "clock_period": 4,
    }
    assert hls.synthesis == "estimate" and experiment.setting_names == ["hls_config"]
    assert experiment.hls_config_file == str(tmp_path / "hls.yml") and experiment.hls_config is None
    assert experiment.as_dict()["model"]["hls_config"] == str(tmp_path / "hls.yml")
    validated = validate_config(copy.deepcopy(config))
    again = json.loads(json.dumps(validated))
    assert validate_config(copy.deepcopy(again)) == again and load_config(again).experiment("e") == experiment
    assert load_config({"experiments": {"e": experiment.as_dict()}}).experiment("e") == experiment


def test_an_hls_config_files_clock_uncertainty_is_the_cost_models_and_only_then_recorded(tmp_path):
    """hls4ml's ClockUncertainty (a share or ns) is written into the project and the cost model schedules
    into what it leaves of the period; until 2026-12-06 it was ignored (the backend's default, Vivado 12.5 %,
    was costed and written). Without it an experiment's record is as before (no `clock_uncertainty` key)."""
    config = _file_experiment(tmp_path, {**HLS_YML, "ClockUncertainty": "30%"})
    experiment = load_config(config).experiment("e")
    assert experiment.hls.clock_uncertainty == "30%"
    assert experiment.cost_target.clock_uncertainty == pytest.approx(0.3)
    assert experiment.cost_target.budget_ns == pytest.approx(4 * 0.7)
    assert load_config({"experiments": {"e": experiment.as_dict()}}).experiment("e") == experiment
    in_ns = load_config(_file_experiment(tmp_path, {**HLS_YML, "ClockUncertainty": 0.5})).experiment("e")
    assert in_ns.cost_target.clock_uncertainty == pytest.approx(0.5 / 4)
    plain = load_config(_file_experiment(tmp_path)).experiment("e")
    assert plain.cost_target.clock_uncertainty is None and "clock_uncertainty" not in plain.as_dict()["hls"]
    # checked when the config is read: the file's 3 ns fits hls4ml's 5 ns, not the experiment's own 2 ns
    no_period = {key: value for key, value in HLS_YML.items() if key != "ClockPeriod"}
    config = _file_experiment(tmp_path, {**no_period, "ClockUncertainty": 3}, hls={"clock_period": 2})
    with pytest.raises(ValueError, match=r"hls.clock_uncertainty: ClockUncertainty 3 is not below the clock"):
        load_config(config)
    for given in ("150%", -1, "12.5 %"):
        with pytest.raises(ValueError, match=f"ClockUncertainty {given!r}"):
            load_config(_file_experiment(tmp_path, {**HLS_YML, "ClockUncertainty": given}))


def test_an_hls_config_file_without_part_backend_or_clock_leaves_them_to_hls(tmp_path):
    given = {key: value for key, value in HLS_YML.items() if key in ("HLSConfig",)}
    config = _file_experiment(tmp_path, given, hls={"part": "xcvu9p-flga2104-2L-e"})
    hls = load_config(config).experiment("e").hls
    default = load_config(test_yaml()).experiment("digits_mlp").hls
    assert (hls.part, hls.backend, hls.clock_period) == ("xcvu9p-flga2104-2L-e", default.backend, 5)
    assert hls.io_type == "io_parallel"  # hls4ml's default when the file gives no IOType


FILE_SAYS = "but the design is the hls_config file HLS's, which"


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        (
            {"hls": {"io_type": "io_parallel"}},
            "hls.io_type: 'io_parallel', " + FILE_SAYS + " gives 'io_stream'",
        ),
        ({"hls": {"part": "xcu250-figd2104-2L-e"}}, "hls.part: 'xcu250-figd2104-2L-e', " + FILE_SAYS),
        (
            {"hls": {"accum_precision": "ap_fixed<24,10>"}},
            "hls.accum_precision: 'ap_fixed<24,10>', " + FILE_SAYS,
        ),
        (
            {"reuse_factors": [4]},
            "reuse_factors: the design's reuse factors and strategies are the hls_config",
        ),
        ({"reuse_factors": [{"name": "hls_config", "reuse_factor": 2}]}, "reuse_factors: the design's reuse"),
    ],
)
def test_a_key_the_file_decides_given_with_another_value_is_one_line(tmp_path, entries, message):
    error = _error(_file_experiment(tmp_path, **entries))
    expected = "config key experiments.e." + message.replace("HLS", str(tmp_path / "hls.yml"))
    assert error.startswith(expected) and "remove the key" in error, error


def test_the_files_own_values_or_its_setting_may_be_given_again(tmp_path):
    config = _file_experiment(
        tmp_path, hls={"io_type": "io_stream", "backend": "Vivado"}, reuse_factors=[{"name": "hls_config"}]
    )
    assert load_config(config).experiment("e").hls.backend == "Vivado"


def test_a_key_given_again_in_another_spelling_of_the_files_value_is_that_value(tmp_path):
    """A precision is a type (`ap_fixed<14,6>` is the file's `fixed<14,6>`) and a clock uncertainty its share
    of the period (the file's 0.5 ns at 4 ns is "0.5" and "12.5%"); until 2026-12-06 each was refused as
    another value than the file's. The file's value is the one kept."""
    file = {**HLS_YML, "ClockUncertainty": 0.5}
    for uncertainty in ("0.5", "12.5%", 0.5):
        hls = {"precision": "ap_fixed<14,6>", "clock_uncertainty": uncertainty}
        kept = load_config(_file_experiment(tmp_path, file, hls=hls)).experiment("e").hls
        assert (kept.precision, kept.clock_uncertainty) == ("fixed<14,6>", 0.5)
    refused = (({"precision": "ap_fixed<14,5>"}, "fixed<14,6>"), ({"clock_uncertainty": "10%"}, 0.5))
    for hls, says in refused:
        error = _error(_file_experiment(tmp_path, file, hls=hls))
        assert FILE_SAYS.replace("HLS", str(tmp_path / "hls.yml")) + f" gives {says!r}" in error, error


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (None, "model.hls_config: HLS: no such file"),
        ("[1, 2]", "model.hls_config: HLS: not a mapping; give hls4ml's configuration"),
        ("Model: {a: [", "model.hls_config: HLS: not valid YAML or JSON at line"),
        (
            "Model: {Precision: 'fixed<16,6>', ReuseFactr: 2}",
            "model.hls_config: hls_config Model.ReuseFactr: ",
        ),
        ("Model: {ReuseFactor: 2}", "model.hls_config: hls_config: no Model.Precision"),
        ("{IOType: io_serial, Model: {Precision: 'fixed<16,6>'}}", "model.hls_config: hls_config IOType "),
        (  # hls4ml's backends matched without case, another vendor's named (was the schema's enum line)
            "{Backend: Quartus, Model: {Precision: 'fixed<16,6>'}}",
            "model.hls_config: hls_config Backend Quartus: fpgaprune writes and estimates hls4ml's Vivado",
        ),
    ],
)
def test_a_bad_hls_config_file_is_one_line_before_any_job(tmp_path, text, message):
    config = _file_experiment(tmp_path)
    path = tmp_path / "hls.yml"
    if text is None:
        path.unlink()
        with pytest.raises(FileNotFoundError, match="no such file") as info:
            validate_config(config)
        error = str(info.value)
    else:
        path.write_text(text)
        error = _error(config)
    assert error.startswith("config key experiments.e." + message.replace("HLS", str(path))), error


def test_a_fit_part_is_the_hls_config_files_part(tmp_path):
    config = _file_experiment(tmp_path, methods=["knapsack_dsp"], fit={"part": "xcvu9p", "utilization": 0.5})
    assert "fit.part: xcvu9p sets the budget but hls.part is xczu3eg-sbva484-1-e" in _error(config)
    config["experiments"]["e"]["fit"]["part"] = "xczu3eg"
    assert load_config(config).experiment("e").fit.part == "xczu3eg"


def _regression_experiment(model: dict, **entries) -> dict:
    return {
        "experiments": {"r": {"model": {"file": "m.h5", **model}, "dataset": {"file": "d.npz"}, **entries}}
    }


def test_a_model_files_task_and_metric_go_together_and_are_recorded_only_when_given():
    """`model.task` and `model.metric` as optimize's --task and --metric: a metric of another task, and
    hls4ml's own loop (which judges accuracy) for a regression, are one line; an experiment that gives neither
    writes its config as before (its records' experiment_config and checkpoint identities unchanged)."""
    assert _error(_regression_experiment({"task": "regression", "metric": "accuracy"})) == (
        "config key experiments.r.model: metric 'accuracy' does not go with task regression: give one of "
        "mse, mae"
    )
    assert _error(_regression_experiment({"task": "classification", "metric": "mse"})).startswith(
        "config key experiments.r.model: metric 'mse' does not go with task classification"
    )
    refused = _error(_regression_experiment({"metric": "mae"}, methods=["knapsack_dsp", "hls4ml_dsp_aware"]))
    assert refused.startswith("config key experiments.r.methods: method hls4ml_dsp_aware runs hls4ml's own")
    experiment = load_config(_regression_experiment({"task": "regression", "metric": "mae"})).experiment("r")
    assert (experiment.task, experiment.metric) == ("regression", "mae")
    assert experiment.as_dict()["model"] == {
        "file": "m.h5",
        "trust_model_code": False,
        "task": "regression",
        "metric": "mae",
    }
    plain = load_config(_regression_experiment({})).experiment("r")
    assert (plain.task, plain.metric) == (None, None)
    assert plain.as_dict()["model"] == {"file": "m.h5", "trust_model_code": False}


def test_hls4ml_s_own_written_configuration_is_read_without_loading_its_model(repo, tmp_path):
    """The hls4ml_config.yml hls4ml writes beside a project tags its KerasModel `!keras_model 'path'`
    (hls4ml's own reader loads the model there): it was "not valid YAML"; now the tagged value reads as None
    and the file it names is never opened (here it does not even exist)."""
    from fpgaprune.config.load import HLS_CONFIG_WHAT, read_mapping_file

    written = repo / "tests/core/hardware/data/heldout25/projects/F1/hls4ml_config.yml"
    assert "KerasModel: !keras_model" in written.read_text()
    config = read_mapping_file(written, HLS_CONFIG_WHAT)
    assert config["KerasModel"] is None and config["HLSConfig"]["Model"]["ReuseFactor"] >= 1


def test_check_config_names_the_file_and_line_snakemake_does_not_and_merges_in_order(repo, tmp_path, capsys):
    """Snakemake reads --configfile files before the workflow: a YAML error was its "Config file is not valid
    JSON or YAML" naming neither file nor line (a review, 2026-12-07); `fpgaprune check-config` names both."""
    from fpgaprune.cli import main

    bad = tmp_path / "bad.yaml"
    bad.write_text("experiments:\n  a: {dataset: digits, model: [digits_mlp\n")
    assert main(["check-config", str(bad)]) == 2
    assert capsys.readouterr().err.strip() == (
        f"fpgaprune check-config: error: {bad} line 3, column 1: expected ',' or ']', but got '<stream end>'"
    )
    changes = tmp_path / "changes.yaml"
    changes.write_text("experiments:\n  digits_mlp: {targets: [0.5, 0.5000001]}\n")  # merged into test.yaml's
    assert main(["check-config", str(repo / "config/test.yaml"), str(changes)]) == 2
    assert "targets: 0.5 and 0.5000001 share the result folder t0.5" in capsys.readouterr().err
    assert main(["check-config", str(repo / "config/test.yaml")]) == 0
    assert capsys.readouterr().err.strip() == "check-config: ok (1 file): experiments digits_mlp"


def test_a_value_of_none_of_a_keys_types_is_told_the_types_and_an_example():
    """A list for `fit:` was "is not valid under any of the given schemas" (a review, 2026-12-07)."""
    config = test_yaml(fit=[{"part": "xcvu9p", "utilization": 0.5}])
    assert _error(config) == (
        "config key experiments.digits_mlp.fit: [{'part': 'xcvu9p', 'utilization': 0.5}] must be a mapping "
        "or left out (null), e.g. {part: xcvu9p-flga2104-2L-e, utilization: 0.7}"
    )


def test_a_key_given_twice_in_a_given_hls_config_is_one_line_naming_its_line(tmp_path):
    """YAML keeps the last: `IOType: io_parallel`, then `IOType: io_stream`, built io_stream without a word (a
    review, 2026-12-07), where the pipeline's config refused it."""
    from fpgaprune.config.load import HLS_CONFIG_WHAT, read_mapping_file

    twice = tmp_path / "hls.yml"
    twice.write_text(
        "IOType: io_parallel\nHLSConfig:\n  Model: {Precision: 'ap_fixed<16,6>'}\nIOType: io_stream\n"
    )
    with pytest.raises(ValueError, match=r"at line 4, column 1 \(key 'IOType' is given twice in one mapping"):
        read_mapping_file(twice, HLS_CONFIG_WHAT)


def test_a_tag_inside_a_given_hls_config_is_named_and_one_outside_its_design_ignored(tmp_path):
    """A `!!python` tag inside the design was read as None and named a missing value ("no Model.Precision", a
    review, 2026-12-07); hls4ml's own `KerasModel: !!python/object...` beside `HLSConfig` is not needed."""
    from fpgaprune.config.load import HLS_CONFIG_WHAT, read_mapping_file

    tagged = tmp_path / "tagged.yml"
    tagged.write_text(
        "Model:\n  Precision: !!python/object/apply:builtins.str ['ap_fixed<16,6>']\n  ReuseFactor: 1\n"
    )
    with pytest.raises(ValueError) as raised:
        read_mapping_file(tagged, HLS_CONFIG_WHAT)
    assert str(raised.value) == (
        f"{tagged}: Model.Precision is a YAML tag (!!python/object/apply:builtins.str), whose code fpgaprune "
        "does not run; write its value itself (e.g. Precision: ap_fixed<16,6>)"
    )
    project = tmp_path / "hls4ml_config.yml"
    project.write_text(
        "KerasModel: !!python/object/apply:tensorflow.keras.Model []\nInputData: !keras_model x.npy\n"
        "HLSConfig:\n  Model: {Precision: 'ap_fixed<16,6>', ReuseFactor: 1}\n"
    )
    assert read_mapping_file(project, HLS_CONFIG_WHAT) == {
        "KerasModel": None,
        "InputData": None,
        "HLSConfig": {"Model": {"Precision": "ap_fixed<16,6>", "ReuseFactor": 1}},
    }
    project.write_text("HLSConfig:\n  LayerName: {fc1: {ReuseFactor: !keras_model x}}\n")
    with pytest.raises(ValueError, match=r"HLSConfig\.LayerName\.fc1\.ReuseFactor is a YAML tag \(!keras"):
        read_mapping_file(project, HLS_CONFIG_WHAT)


def test_a_part_of_no_known_device_is_warned_of_once_as_optimize_warns(test_config, caplog, tmp_path, capsys):
    """`hls.part: xc7z999-clg400-1` passed the name's pattern and was costed as a 7-series part and written
    into the Tcl without a word (a review, 2026-12-07). The warning is `config_warnings`', which the
    workflow's main process and check-config print once; validate_config, which `load_config` and every job
    run again, printed it twice in `snakemake -n` alone (2026-12-07)."""
    from fpgaprune.cli import main
    from fpgaprune.config.load import config_warnings

    assert config_warnings(test_config, load_config(test_config)) == []  # the test config's part is known
    test_config["experiments"]["digits_mlp"]["hls"]["part"] = "xc7z999-clg400-1"
    with caplog.at_level("WARNING"):
        config = load_config(test_config)
    assert not caplog.records
    (line,) = config_warnings(test_config, config)
    assert line.startswith(
        "config key experiments.digits_mlp.hls.part: part xc7z999-clg400-1: device xc7z999 is not in "
        "fpgaprune's device table"
    )
    path = tmp_path / "part.yaml"
    path.write_text(yaml.safe_dump(test_config))
    caplog.clear()
    with caplog.at_level("WARNING"):
        assert main(["check-config", str(path)]) == 0
    assert [r.getMessage() for r in caplog.records] == [line]
    assert capsys.readouterr().err.strip() == "check-config: ok (1 file): experiments digits_mlp"


def test_baseline_training_keys_of_a_model_file_are_named_as_not_read():
    """A model file's `training.epochs`, `patience` and `learning_rate` were ignored without a word, where
    `quantization` is refused (a review, 2026-12-07); batch_size is read by the fine-tuning."""
    from fpgaprune.config.load import unread_training_line

    assert unread_training_line("mine", {"batch_size": 64}) is None
    assert unread_training_line("mine", None) is None
    assert unread_training_line("mine", {"epochs": 30, "learning_rate": 0.01, "batch_size": 64}) == (
        "config key experiments.mine.training: epochs, learning_rate are not read: a model file is its own "
        "baseline, never trained; fine-tuning reads training.batch_size and pruning's epochs_per_step, "
        "final_epochs and learning_rate"
    )


def test_check_config_checks_a_model_files_experiment_files_as_the_workflow_does(
    tmp_path, capsys, monkeypatch
):
    """check-config said "ok" of a config whose model file was missing, where the workflow refuses it before
    any job (a review, 2026-12-07); a missing data file names its config key too."""
    import numpy as np

    from fpgaprune.cli import main

    monkeypatch.chdir(tmp_path)  # paths are the working directory's, as Snakemake reads them
    config = tmp_path / "mine.yaml"
    config.write_text(
        "experiments:\n  mine:\n    model: {file: mlp.h5}\n    dataset: {file: data.npz}\n"
        "    reuse_factors: [2]\n    methods: [knapsack_dsp]\n    targets: [0.5]\n"
    )
    assert main(["check-config", str(config)]) == 2
    assert "config key experiments.mine.model.file: mlp.h5: no such file" in capsys.readouterr().err
    (tmp_path / "mlp.h5").write_bytes(b"")  # there: what it holds is the first job's to check
    assert main(["check-config", str(config)]) == 2
    assert "config key experiments.mine.dataset.file: " in capsys.readouterr().err
    x = np.zeros((8, 4), np.float32)
    y = np.zeros(8, np.int64)
    np.savez(tmp_path / "data.npz", x_train=x, y_train=y, x_val=x, y_val=y, x_test=x, y_test=y)
    assert main(["check-config", str(config)]) == 0
