"""`fpgaprune estimate --model MODEL --hls-config HLS_CONFIG`: a user's Keras model estimated without writing
its hls4ml project by hand. The project is written to a temporary directory as hls4ml writes it with the
configuration as it stands, then estimated as `fpgaprune estimate PROJECT_DIR` estimates a project."""

import json

import numpy as np
import pytest
import yaml

from fpgaprune.cli import main

pytest.importorskip("hls4ml")
CONFIG = {
    "Model": {"Precision": "ap_fixed<16,6>", "ReuseFactor": 4, "Strategy": "Resource"},
    "IOType": "io_parallel",
    "Backend": "Vivado",
    "Part": "xcvu9p-flga2104-2L-e",
    "ClockPeriod": 4,
}


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """A 16-32-5 classifier (its own softmax in the last Dense, as users write it) and its configuration."""
    from fpgaprune.compat import keras

    root = tmp_path_factory.mktemp("estimate_model")
    inputs = keras.Input((16,), name="features")
    hidden = keras.layers.Dense(32, activation="relu", name="fc1")(inputs)
    model = keras.Model(inputs, keras.layers.Dense(5, activation="softmax", name="out")(hidden))
    rng = np.random.default_rng(2)
    model.set_weights([rng.normal(0, 0.3, w.shape) for w in model.get_weights()])
    model.save(root / "mlp.h5")
    (root / "hls.yml").write_text(yaml.safe_dump(CONFIG))
    return root


def _estimate(capsys, *args) -> tuple[int, str, str]:
    code = main(["estimate", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_model_is_estimated_as_the_project_hls4ml_writes_of_it(files, tmp_path, capsys):
    """The same numbers as `estimate` of the project the user would write with hls4ml itself."""
    import hls4ml

    from fpgaprune.models.load import load_model_file

    code, out, err = _estimate(
        capsys, "--model", files / "mlp.h5", "--hls-config", files / "hls.yml", "--json"
    )
    assert code == 0, err
    from_model = json.loads(out)
    assert "as hls4ml writes it with hls.yml (Vivado backend, io_parallel, xcvu9p-flga2104-2L-e, 4 ns)" in err
    # the softmax hls4ml splits off `out` keeps its default tables here; optimize's project sizes them
    (note,) = [line for line in err.splitlines() if line.startswith("note: not in this estimate")]
    assert "optimize's project: softmax out_softmax: the hls4ml project gets tables sized to its" in note
    hls_model = hls4ml.converters.convert_from_keras_model(
        load_model_file(files / "mlp.h5"),
        hls_config={"Model": CONFIG["Model"]},
        output_dir=str(tmp_path / "by_hand"),
        backend="Vivado",
        io_type="io_parallel",
        part=CONFIG["Part"],
        clock_period=CONFIG["ClockPeriod"],
    )
    hls_model.write()
    capsys.readouterr()
    code, out, err = _estimate(capsys, tmp_path / "by_hand", "--json")
    assert code == 0, err
    by_hand = json.loads(out)
    assert from_model["totals"] == by_hand["totals"] and from_model["layers"] == by_hand["layers"]
    assert list(from_model["layers"]) == ["fc1", "out"] and from_model["totals"]["dsp"] > 0
    target = from_model["target"]
    assert (target["part"], target["clock_ns"], target["hls_tool"]) == (CONFIG["Part"], 4, "vivado")
    assert target["latency_ns"] == 4 * from_model["totals"]["latency_cycles"] > 0


def test_part_and_clock_given_are_over_the_configurations(files, capsys):
    model = ["--model", files / "mlp.h5", "--hls-config", files / "hls.yml"]
    code, out, err = _estimate(capsys, *model, "--part", "xczu9eg-ffvb1156-2-e", "--clock", "10", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert (result["target"]["part"], result["target"]["clock_ns"]) == ("xczu9eg-ffvb1156-2-e", 10)
    assert f"design latency {10 * result['totals']['latency_cycles']:,} ns (estimate)" in err
    assert "(Vivado backend, io_parallel, xczu9eg-ffvb1156-2-e, 10 ns)" in err


def test_what_the_configuration_leaves_out_is_named_as_fpgaprunes_default(files, tmp_path, capsys):
    (tmp_path / "bare.yml").write_text(yaml.safe_dump({"Model": CONFIG["Model"]}))
    code, out, err = _estimate(capsys, "--model", files / "mlp.h5", "--hls-config", tmp_path / "bare.yml")
    assert code == 0, err
    defaults = "(Vitis backend, io_parallel, xcu250-figd2104-2L-e, 5 ns; fpgaprune's default Backend, Part, "
    assert defaults + "ClockPeriod)" in err
    assert out.splitlines()[0].split()[:2] == ["layer", "kind"] and "total" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "give an hls4ml project directory or --model with --hls-config, one of them"),
        (["PROJECT", "--model", "MODEL"], "give an hls4ml project directory or --model with --hls-config"),
        (["--model", "MODEL"], "--model needs --hls-config, the hls4ml configuration"),
        (["PROJECT", "--hls-config", "CONFIG"], "--hls-config goes with --model (a model whose project is"),
        (["PROJECT", "--weights", "CONFIG"], "--weights goes with --model"),
        (["PROJECT", "--trust-model-code"], "--trust-model-code goes with --model"),
        (
            ["--model", "MODEL", "--hls-config", "CONFIG", "--report", "r.rpt"],
            "--report compares a project's",
        ),
        (["--model", "missing.h5", "--hls-config", "CONFIG"], "--model missing.h5: no such file"),
        # before the project is written (two notes came first: a review, 2026-12-07)
        (
            ["--model", "MODEL", "--hls-config", "CONFIG", "--part", "banana"],
            "part 'banana': not an AMD/Xilinx",
        ),
    ],
)
def test_inputs_that_do_not_go_together_are_one_line_before_any_work(files, capsys, args, message):
    given = {"PROJECT": str(files), "MODEL": str(files / "mlp.h5"), "CONFIG": str(files / "hls.yml")}
    code, _, err = _estimate(capsys, *[given.get(arg, arg) for arg in args])
    assert code == 2
    (line,) = err.strip().splitlines()
    assert message in line


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"IOType": "io_serial"}, "IOType 'io_serial': must be one of"),
        ({"Part": 42}, "hls_config Part 42: give an FPGA part's name"),  # a TypeError (a review, 2026-12-07)
        # ignored by hls4ml without a word (a review, 2026-12-07); a Keras class (QDense) passes, as hls4ml's
        # own granularity='type' configurations hold them
        (
            {"LayerType": {"Dens": {"ReuseFactor": 2}, "QDense": {"ReuseFactor": 2}}},
            "hls_config LayerType.Dens: hls4ml has no layer class Dens (it would ignore the entry); did you",
        ),
    ],
)
def test_a_configuration_with_a_problem_is_one_line(files, tmp_path, capsys, change, message):
    (tmp_path / "bad.yml").write_text(yaml.safe_dump({**CONFIG, **change}))
    code, _, err = _estimate(capsys, "--model", files / "mlp.h5", "--hls-config", tmp_path / "bad.yml")
    assert code == 2
    (line,) = err.strip().splitlines()
    assert message in line


def test_a_reuse_factor_computed_with_numpy_is_taken_as_its_number(files):
    """np.int64(4) was refused as "must be a whole number >= 1" (a review, 2026-12-07)."""
    import numpy as np

    import fpgaprune

    numpy_config = {**CONFIG, "Model": {**CONFIG["Model"], "ReuseFactor": np.int64(4)}}
    assert fpgaprune.estimate(files / "mlp.h5", numpy_config) == fpgaprune.estimate(files / "mlp.h5", CONFIG)


def test_the_python_api_gives_what_the_command_gives(files, capsys):
    import fpgaprune
    from fpgaprune.models.load import load_model_file

    code, out, err = _estimate(
        capsys, "--model", files / "mlp.h5", "--hls-config", files / "hls.yml", "--json"
    )
    assert code == 0, err
    from_command = json.loads(out)
    in_memory = fpgaprune.estimate(load_model_file(files / "mlp.h5"), CONFIG)
    # the bands and the totals beyond the layers too (the API had neither: a review, 2026-12-07)
    assert json.loads(json.dumps(in_memory)) == from_command
    slower = fpgaprune.estimate(files / "mlp.h5", CONFIG, clock_period=8)  # over the configuration's 4 ns
    assert slower["target"]["clock_ns"] == 8
    from_path = fpgaprune.estimate(files / "mlp.h5", CONFIG, part="xczu9eg-ffvb1156-2-e")
    assert from_path["target"]["part"] == "xczu9eg-ffvb1156-2-e"


def test_the_python_apis_part_and_clock_period_are_checked_before_any_work(files, caplog):
    """A budget for a part, a clock period as text: TypeErrors deep in the project writer; a part of no known
    device: estimated without a word, where optimize warns (a review, 2026-12-07)."""
    import fpgaprune

    model = files / "mlp.h5"
    with pytest.raises(
        ValueError, match=r"^part must be an FPGA part's name, .*\(fit\(\.\.\.\) is a budget for"
    ):
        fpgaprune.estimate(model, CONFIG, part=fpgaprune.fit("xczu3eg"))
    for clock in ("5", 0, float("nan"), True):
        with pytest.raises(
            ValueError, match=r"^clock_period .*: give the clock period in ns as a positive number"
        ):
            fpgaprune.estimate(model, CONFIG, clock_period=clock)
    with caplog.at_level("WARNING"):
        estimate = fpgaprune.estimate(model, CONFIG, part="xcfoo")
    assert estimate["target"]["part"] == "xcfoo"
    assert [r.getMessage() for r in caplog.records if r.getMessage().startswith("part: ")]


def test_the_configurations_clock_uncertainty_is_written_and_costed(files, tmp_path, capsys):
    """hls4ml's ClockUncertainty (here 30 % of the period) goes into the project, whose estimate reads it
    back; without it the backend's default (Vivado 12.5 %) is."""
    (tmp_path / "margin.yml").write_text(yaml.safe_dump({**CONFIG, "ClockUncertainty": "30%"}))
    model = ["--model", files / "mlp.h5", "--json"]
    code, out, err = _estimate(capsys, *model, "--hls-config", tmp_path / "margin.yml")
    assert code == 0, err
    assert json.loads(out)["target"]["clock_uncertainty"] == pytest.approx(0.3)
    assert "4 ns, uncertainty 30%)" in err
    code, out, err = _estimate(capsys, *model, "--hls-config", files / "hls.yml")
    assert code == 0, err
    assert json.loads(out)["target"]["clock_uncertainty"] == pytest.approx(0.125)


def test_inputs_named_as_hls4ml_refuses_or_cannot_compile_are_renamed_as_optimize_renames_them(
    tmp_path, capsys
):
    """hls4ml refuses an input layer named `input` ("a reserved layer name") and writes `tracks-pt` as a C++
    argument g++ rejects; the project is written with the names `optimize` gives them (`hls_input_names`),
    each input's LayerName entry following it."""
    from fpgaprune.compat import keras

    from fpgaprune.hls.convert import write_configured_project

    tracks, towers = keras.Input((8,), name="tracks-pt"), keras.Input((4,), name="input")
    joined = keras.layers.Concatenate(name="cat")(
        [keras.layers.Dense(8, name="fa")(tracks), keras.layers.Dense(4, name="fb")(towers)]
    )
    model = keras.Model([tracks, towers], keras.layers.Dense(3, name="out")(joined))
    model.save(tmp_path / "two.h5")
    # hls4ml matches LayerName entries without case: `Input` configures the input named `input`
    config = {**CONFIG, "LayerName": {"Input": {"Precision": {"result": "ap_fixed<6,3>"}}}}
    write_configured_project(model, config, tmp_path / "project")
    firmware = tmp_path / "project" / "firmware"
    assert (
        "input_t model_input_tracks_pt[8], input2_t model_input_input[4]"
        in (firmware / "myproject.h").read_text()
    )
    assert "typedef ap_fixed<6,3> input2_t;" in (firmware / "defines.h").read_text()
    (tmp_path / "two.yml").write_text(yaml.safe_dump(config))
    code, out, err = _estimate(
        capsys, "--model", tmp_path / "two.h5", "--hls-config", tmp_path / "two.yml", "--json"
    )
    assert code == 0, err
    assert list(json.loads(out)["layers"]) == ["fa", "fb", "out"]


def test_a_sequential_models_input_layer_entry_configures_its_input(tmp_path):
    """hls4ml's own `config_from_keras_model(model, granularity='name')` names a Sequential model's input
    layer, which `model.layers` omits: `estimate --model` (and optimize --hls's check before the pruning)
    refused the entry as naming no layer (a review, 2026-12-07); it sets the input type."""
    from fpgaprune.compat import keras

    from fpgaprune.hls.convert import write_configured_project

    model = keras.Sequential([keras.Input((4,), name="inp"), keras.layers.Dense(2, name="fc")])
    config = {**CONFIG, "LayerName": {"inp": {"Precision": {"result": "fixed<6,1>"}}}}
    write_configured_project(model, config, tmp_path / "project")
    defines = (tmp_path / "project" / "firmware" / "defines.h").read_text()
    assert "typedef ap_fixed<6,1> input_t;" in defines


def test_a_clock_uncertainty_not_below_the_period_given_is_one_line_before_the_project_is_written(
    files, tmp_path, capsys
):
    """The configuration's 3 ns fits its own 4 ns period, not the 2 ns --clock gives."""
    (tmp_path / "margin.yml").write_text(yaml.safe_dump({**CONFIG, "ClockUncertainty": 3}))
    code, _, err = _estimate(capsys, "--model", files / "mlp.h5", "--hls-config", tmp_path / "margin.yml")
    assert code == 0, err
    args = ["--model", files / "mlp.h5", "--hls-config", tmp_path / "margin.yml", "--clock", "2"]
    code, _, err = _estimate(capsys, *args)
    assert code == 2 and "note:" not in err
    assert "ClockUncertainty 3 is not below the clock period (2 ns)" in err.strip().splitlines()[-1]


def _refused_models(root):
    """Models `estimate --model` refuses in one line: a layer hls4ml does not convert (it raises a bare
    Exception, which ended the command in a traceback), power-of-two kernels (hls4ml's AttributeError of
    np.product was blamed on the configuration), layer names that are no C++ identifiers (the project was
    written and its Dense layers silently left out of the table)."""
    from fpgaprune.compat import keras

    import qkeras

    sequence = keras.Input((8, 4))
    attention = keras.layers.MultiHeadAttention(num_heads=2, key_dim=4, name="mha")(sequence, sequence)
    logits = keras.layers.Dense(3, name="out")(keras.layers.Flatten()(attention))
    inputs = keras.Input((16,))
    po2 = qkeras.QDense(8, kernel_quantizer=qkeras.quantized_po2(4), name="fc1")(inputs)
    named = keras.layers.Dense(5, name="dense.2")(keras.layers.Dense(8, name="Dense-1")(inputs))
    models = {
        "mha": (
            keras.Model(sequence, logits),
            "(Exception: ERROR: Unsupported layer type: MultiHeadAttention)",
        ),
        "po2": (keras.Model(inputs, po2), "layer 'fc1': kernel quantizer quantized_po2 gives power-of-two"),
        "names": (keras.Model(inputs, named), "layer names Dense-1, dense.2 are not C++ identifiers"),
    }
    for name, (model, _) in models.items():
        model.save(root / f"{name}.h5")
    return {name: message for name, (_, message) in models.items()}


def test_a_model_hls4ml_cannot_write_is_one_line(files, tmp_path, capsys):
    for name, message in _refused_models(tmp_path).items():
        code, out, err = _estimate(
            capsys, "--model", tmp_path / f"{name}.h5", "--hls-config", files / "hls.yml"
        )
        (line,) = [line for line in err.strip().splitlines() if "error:" in line]
        assert code == 2 and not out and "Traceback" not in err and message in line, (name, err)


def test_a_layer_entry_naming_no_layer_is_one_line_as_optimize_says_it(files, tmp_path, capsys):
    """A LayerName entry `fc_1` for the layer fc1 was estimated as if it were absent (hls4ml ignores it)."""
    config = {**CONFIG, "LayerName": {"fc_1": {"ReuseFactor": 2}}}
    (tmp_path / "typo.yml").write_text(yaml.safe_dump(config))
    code, out, err = _estimate(capsys, "--model", files / "mlp.h5", "--hls-config", tmp_path / "typo.yml")
    assert code == 2 and not out
    assert "hls_config LayerName.fc_1: the model has no such layer (hls4ml would ignore the entry)" in err
