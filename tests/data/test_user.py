"""A user's arrays checked against the model before any training: one line naming the array."""

import numpy as np
import pytest

from fpgaprune.data.user import make_user_dataset


def _arrays(rng, n_classes=4):
    arrays = {}
    for split, n in (("train", 30), ("val", 10)):
        arrays[f"x_{split}"] = rng.normal(size=(n, 6, 2))
        arrays[f"y_{split}"] = rng.integers(0, n_classes, n)
    return arrays


def test_good_arrays_and_one_hot_labels_make_a_dataset():
    rng = np.random.default_rng(0)
    arrays = _arrays(rng)
    labels = arrays["y_val"].copy()
    arrays["y_val"] = np.eye(4)[labels]
    data = make_user_dataset(arrays, (6, 2), 4)
    assert data.x_train.dtype == np.float32 and np.array_equal(data.y_val, labels)


@pytest.mark.parametrize(
    ("value", "count"), [(np.nan, 1), (np.inf, 1), (-np.inf, 2)], ids=["nan", "inf", "two -inf"]
)
def test_non_finite_inputs_are_one_line_naming_the_first(value, count):
    """A NaN input trained the whole pruning run into NaN weights (validation accuracy 0.09, status
    over_budget, a useless model written); it now stops before any training."""
    arrays = _arrays(np.random.default_rng(1))
    arrays["x_val"][7, 3, 1] = value
    if count == 2:
        arrays["x_val"][9, 0, 0] = value
    with pytest.raises(
        ValueError, match=rf"^x_val has {count} NaN or infinite values \(the first in sample 7, at \(3, 1\)\)"
    ):
        make_user_dataset(arrays, (6, 2), 4)


@pytest.mark.parametrize("value", [3.4e38, -1e30])
def test_inputs_too_large_to_train_on_are_one_line_naming_the_first(value):
    """A 3.4e38 placeholder for a missing value trained the weights into NaN and failed after the group-lasso
    training, naming the weights (a review, 2026-12-07)."""
    arrays = _arrays(np.random.default_rng(1))
    arrays["x_train"][5, 0, 1] = value
    with pytest.raises(
        ValueError, match=r"^x_train holds values up to .* \(the first in sample 5, at \(0, 1\)\)"
    ):
        make_user_dataset(arrays, (6, 2), 4)
    arrays["x_train"][5, 0, 1] = 1e6  # large, and trainable
    make_user_dataset(arrays, (6, 2), 4)


@pytest.mark.parametrize("split", ["train", "val", "test"])
def test_a_split_without_samples_is_one_line_before_any_training(split):
    """0 validation samples failed after two epochs of training with a TypeError traceback (its metrics None),
    0 training samples with Keras's "Expected input data to be non-empty" (2026-12-07)."""
    arrays = _arrays(np.random.default_rng(3))
    given = "val" if split == "test" else split
    arrays[f"x_{split}"], arrays[f"y_{split}"] = arrays[f"x_{given}"][:0], arrays[f"y_{given}"][:0]
    with pytest.raises(
        ValueError, match=rf"^x_{split} has no samples; every split given needs at least one"
    ) as error:
        make_user_dataset(arrays, (6, 2), 4)
    # how to have no test split, said of the test split only (a review, 2026-12-07)
    assert ("leave x_test and y_test out" in str(error.value)) == (split == "test")


def test_complex_inputs_are_refused_not_cut_to_their_real_part():
    arrays = _arrays(np.random.default_rng(4))
    arrays["x_train"] = arrays["x_train"] + 1j
    with pytest.raises(ValueError, match=r"^x_train must be real numbers, got complex128"):
        make_user_dataset(arrays, (6, 2), 4)


def test_string_labels_are_one_line_not_a_numpy_traceback():
    arrays = _arrays(np.random.default_rng(2))
    arrays["y_train"] = arrays["y_train"].astype(str)
    with pytest.raises(
        ValueError, match=r"^y_train holds <U21 values: give integer class indices \(0\.\.3\)"
    ):
        make_user_dataset(arrays, (6, 2), 4)
    arrays["y_train"] = np.full(30, np.nan)
    with pytest.raises(ValueError, match="^y_train must hold integer class indices"):
        make_user_dataset(arrays, (6, 2), 4)


@pytest.mark.parametrize(
    ("shape", "wanted", "hint"),
    [
        ((14, 14), (14, 14, 1), "a channel axis is missing: save x[..., np.newaxis]"),
        ((16,), (1, 16), "an axis of length 1 is missing in front: save x[:, np.newaxis]"),
        ((6, 2, 1), (6, 2), "one axis too many: save x[..., 0]"),
        ((12,), (6, 2), "the same 12 values per sample: save x.reshape(len(x), *(6, 2))"),
    ],
)
def test_a_shape_off_by_an_axis_says_how_to_save_it(shape, wanted, hint):
    """A user's Fashion-MNIST images saved as (n, 14, 14) for a Conv2D taking (14, 14, 1) got the two shapes
    and nothing on how to give the one it needs."""
    arrays = _arrays(np.random.default_rng(3))
    arrays["x_train"] = np.zeros((30, *shape))
    with pytest.raises(ValueError) as error:
        make_user_dataset({**arrays, "x_val": np.zeros((10, *wanted))}, wanted, 4)
    assert str(error.value) == f"x_train has samples of shape {shape} but the model takes {wanted} ({hint})"


def test_an_unrelated_shape_gets_no_hint():
    arrays = _arrays(np.random.default_rng(4))
    with pytest.raises(ValueError, match=r"the model takes \(5, 2\)$"):
        make_user_dataset(arrays, (5, 2), 4)


def test_a_column_of_class_indices_is_taken_and_soft_labels_are_named():
    """Labels as a column (n, 1), as pandas gives them, were refused by shape; smoothed one-hot rows of the
    right width were told to be 'one-hot rows of 4 columns', the shape they had."""
    arrays = _arrays(np.random.default_rng(5))
    labels = arrays["y_train"].copy()
    column = make_user_dataset({**arrays, "y_train": labels[:, None]}, (6, 2), 4)
    assert np.array_equal(column.y_train, labels)
    smooth = np.eye(4)[labels] * 0.9 + 0.025
    with pytest.raises(ValueError) as error:
        make_user_dataset({**arrays, "y_train": smooth}, (6, 2), 4)
    message = str(error.value)
    assert message.startswith("y_train has rows of 4 columns that are not one-hot (row 0: [")
    assert "give class indices or rows of one 1 and zeros" in message


def test_a_regressions_targets_are_float_arrays_of_the_models_output_shape():
    from fpgaprune.core.objective import Objective
    from fpgaprune.data.user import inputs_as_targets

    rng = np.random.default_rng(1)
    arrays = {"x_train": rng.normal(size=(30, 6)), "x_val": rng.normal(size=(10, 6))}
    arrays |= {"y_train": rng.normal(size=30), "y_val": rng.normal(size=10)}  # one output: (n,) is (n, 1)
    mse = Objective("regression")
    data = make_user_dataset(arrays, (6,), 1, objective=mse, output_shape=(1,))
    assert data.y_train.shape == (30, 1) and data.y_train.dtype == np.float32 and data.objective == mse
    assert data.y_test.shape == (0, 1) and data.class_names == [] and data.provenance["task"] == "regression"
    autoencoder = make_user_dataset(inputs_as_targets(arrays), (6,), 6, objective=mse, output_shape=(6,))
    assert np.array_equal(autoencoder.y_val, autoencoder.x_val)
    with pytest.raises(ValueError, match=r"^y_train has targets of shape \(\) but the model outputs \(2,\)"):
        make_user_dataset(arrays, (6,), 2, objective=mse, output_shape=(2,))


def test_a_regression_refuses_integer_targets_but_not_an_autoencoders_integer_inputs():
    """Class labels with --task regression on a model of one output were fine-tuned and pruned on their
    error (a walk of 2 minutes before anything said the task was wrong); integer inputs an autoencoder
    reproduces are its targets and stay allowed."""
    from fpgaprune.core.objective import Objective
    from fpgaprune.data.user import inputs_as_targets

    rng = np.random.default_rng(2)
    arrays = {"x_train": rng.normal(size=(30, 6)), "x_val": rng.normal(size=(10, 6))}
    arrays |= {"y_train": rng.integers(0, 3, 30), "y_val": rng.integers(0, 3, 10)}
    mse = Objective("regression")
    with pytest.raises(ValueError) as error:
        make_user_dataset(arrays, (6,), 1, objective=mse, output_shape=(1,))
    assert str(error.value).startswith("y_train holds int64 values, as class labels do")
    assert "y.astype('float32')" in str(error.value) and "its outputs are then its logits" in str(error.value)
    counts = {"x_train": rng.integers(0, 9, (30, 6)), "x_val": rng.integers(0, 9, (10, 6))}
    autoencoder = make_user_dataset(inputs_as_targets(counts), (6,), 6, objective=mse, output_shape=(6,))
    assert autoencoder.y_train.dtype == np.float32 and np.array_equal(autoencoder.y_train, counts["x_train"])
    floats = {**arrays, "y_train": rng.normal(size=(30, 2)), "y_val": rng.normal(size=(10, 2))}
    shape = r"outputs \(1,\); .*: give y_train of shape \(n, 1\) \(or \(n,\) for one output\)$"
    with pytest.raises(ValueError, match=shape):
        make_user_dataset(floats, (6,), 1, objective=mse, output_shape=(1,))


def test_a_file_of_inputs_only_names_the_missing_split_and_a_misspelt_key(tmp_path):
    """An .npz with only x_train was read as an autoencoder's and refused as 'validation must be a pair (x,
    y) of arrays'; a misspelt y_vall was named only as y_val missing."""
    from fpgaprune.data.user import read_data_file

    x = np.zeros((4, 3), np.float32)
    np.savez(tmp_path / "x_only.npz", x_train=x)
    with pytest.raises(ValueError) as error:
        read_data_file(tmp_path / "x_only.npz", targets_optional=True)
    assert str(error.value) == (
        f"{tmp_path / 'x_only.npz'}: missing array x_val; a data file holds x_train, x_val and optionally "
        "x_test (an autoencoder's, without y_*: the targets) or x_train, y_train, x_val, y_val and "
        "optionally x_test, y_test, class_names (a model of several inputs: x_train/<input name> for each "
        "input, and so for x_val and x_test)"
    )
    np.savez(tmp_path / "misspelt.npz", x_train=x, y_train=x, x_val=x, y_vall=x)
    with pytest.raises(
        ValueError, match=r"missing array y_val \(it has y_vall, which fpgaprune does not read\)"
    ):
        read_data_file(tmp_path / "misspelt.npz", targets_optional=True)
    np.savez(tmp_path / "autoencoder.npz", x_train=x, x_val=x)
    arrays = read_data_file(tmp_path / "autoencoder.npz", targets_optional=True)
    assert sorted(arrays) == ["x_train", "x_val", "y_train", "y_val"] and arrays["y_val"] is arrays["x_val"]


def test_an_array_the_file_holds_beside_the_ones_read_is_warned_of(tmp_path, caplog):
    """`x_trian` beside x_train was ignored without a word (2026-12-07)."""
    from fpgaprune.data.user import read_data_file

    x, y = np.zeros((4, 3), np.float32), np.zeros(4, np.int64)
    np.savez(tmp_path / "extra.npz", x_train=x, y_train=y, x_val=x, y_val=y, x_trian=x)
    with caplog.at_level("WARNING"):
        arrays = read_data_file(tmp_path / "extra.npz")
    assert "x_trian" in arrays
    expected = (
        f"{tmp_path / 'extra.npz'}: array x_trian is not read (a data file holds x_train, y_train, x_val, "
        "y_val and optionally x_test, y_test, class_names)"
    )
    assert [r.getMessage() for r in caplog.records] == [expected]


def _two_inputs(rng, n_train=30, n_val=10):
    """A model of two inputs' arrays as a data file holds them: x_<split>/<input name>."""
    arrays = {}
    for split, n in (("train", n_train), ("val", n_val)):
        arrays[f"x_{split}/tracks"] = rng.normal(size=(n, 6, 2))
        arrays[f"x_{split}/towers"] = rng.normal(size=(n, 3))
        arrays[f"y_{split}"] = rng.integers(0, 4, n)
    return arrays


TWO_INPUTS = {"tracks": (6, 2), "towers": (3,)}


def test_a_model_of_two_inputs_reads_one_array_per_input_in_its_input_order(tmp_path):
    """A data file holds x_<split>/<input name> per input (in any order); the Dataset holds a list in the
    model's input order, which Keras takes; Python callers may give a list in that order or a dict."""
    from fpgaprune.data.dataset import n_samples, samples
    from fpgaprune.data.user import load_data_file

    arrays = _two_inputs(np.random.default_rng(3))
    path = tmp_path / "two.npz"
    np.savez(path, **{key: arrays[key] for key in reversed(list(arrays))})  # towers first in the file
    data = load_data_file(path, TWO_INPUTS, 4)
    assert [x.shape for x in data.x_train] == [(30, 6, 2), (30, 3)]
    assert all(x.dtype == np.float32 for x in data.x_val)
    assert np.array_equal(data.x_val[1], arrays["x_val/towers"].astype(np.float32))
    assert [x.shape for x in data.x_test] == [(0, 6, 2), (0, 3)]  # no test split given
    assert n_samples(data.x_train) == 30 and [x.shape for x in samples(data.x_train, slice(2, 5))] == [
        (3, 6, 2),
        (3, 3),
    ]
    by_list = {"x_train": [arrays["x_train/tracks"], arrays["x_train/towers"]], "y_train": arrays["y_train"]}
    by_dict = {"x_val": {"towers": arrays["x_val/towers"], "tracks": arrays["x_val/tracks"]}}
    given = make_user_dataset(by_list | by_dict | {"y_val": arrays["y_val"]}, TWO_INPUTS, 4)
    assert np.array_equal(given.x_val[0], data.x_val[0]) and np.array_equal(given.x_train[1], data.x_train[1])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda a: a.pop("x_val/towers"),
            r"x_val/towers missing: the model's inputs are tracks, towers, one array each",
        ),
        (
            lambda a: a.update({"x_val/track": a.pop("x_val/tracks")}),
            r"x_val/track is no input of the model: its inputs are tracks, towers",
        ),
        (
            lambda a: a.update({"x_train/towers": a["x_train/towers"][:29]}),
            r"x_train/towers has 29 samples but y_train has 30; they must match",
        ),
        (
            lambda a: a.update({"x_train/tracks": a["x_train/tracks"][..., 0]}),
            r"x_train/tracks has samples of shape \(6,\) but the model takes \(6, 2\)$",
        ),
        (
            lambda a: a.update({"y_val/towers": a["y_val"]}),
            r"both y_val and y_val/towers given: give y_val alone for a model of one output",
        ),
        (lambda a: a.update({"x_val": a["x_val/tracks"]}), r"both x_val and x_val/tracks given"),
    ],
    ids=["missing", "misspelt", "short", "shape", "target per input", "both forms"],
)
def test_a_two_input_files_problem_is_one_line_naming_the_array(tmp_path, change, message):
    from fpgaprune.data.user import load_data_file

    arrays = _two_inputs(np.random.default_rng(4))
    change(arrays)
    np.savez(tmp_path / "two.npz", **arrays)
    with pytest.raises(ValueError, match=rf"^{tmp_path / 'two.npz'}: {message}"):
        load_data_file(tmp_path / "two.npz", TWO_INPUTS, 4)


def test_one_array_for_two_inputs_or_two_for_one_is_refused_with_the_form_to_give():
    arrays = _two_inputs(np.random.default_rng(5))
    one = {"x_train": arrays["x_train/towers"], "y_train": arrays["y_train"]}
    with pytest.raises(
        ValueError, match=r"^x_train is one array but the model has 2 inputs \(tracks, towers\)"
    ):
        make_user_dataset(one | {"x_val": arrays["x_val/towers"], "y_val": arrays["y_val"]}, TWO_INPUTS, 4)
    by_name = {"x_train": {"towers": arrays["x_train/towers"]}, "y_train": arrays["y_train"]}
    with pytest.raises(ValueError, match="^x_train holds arrays by input name but the model has one input"):
        make_user_dataset(by_name | {"x_val": arrays["x_val/towers"], "y_val": arrays["y_val"]}, (3,), 4)


def test_a_two_input_file_without_targets_is_not_read_as_an_autoencoders(tmp_path):
    from fpgaprune.data.user import read_data_file

    x = np.zeros((4, 3), np.float32)
    np.savez(tmp_path / "inputs.npz", **{"x_train/a": x, "x_train/b": x, "x_val/a": x, "x_val/b": x})
    with pytest.raises(
        ValueError, match=r"no y arrays, .*give y_train, y_val .* for a model of several inputs$"
    ):
        read_data_file(tmp_path / "inputs.npz", targets_optional=True)


def test_the_pipelines_early_check_counts_each_inputs_samples(tmp_path):
    """The workflow checks a data file with NumPy before any job; it took a dict of inputs for one array and
    said "x_train has 2 samples" (its number of inputs)."""
    from fpgaprune.data.user import check_sample_counts, read_data_file

    arrays = _two_inputs(np.random.default_rng(6))
    np.savez(tmp_path / "two.npz", **arrays)
    check_sample_counts(read_data_file(tmp_path / "two.npz"))
    arrays["x_val/towers"] = arrays["x_val/towers"][:9]
    np.savez(tmp_path / "short.npz", **arrays)
    with pytest.raises(ValueError, match=r"^x_val/towers has 9 samples but y_val has 10; they must match$"):
        check_sample_counts(read_data_file(tmp_path / "short.npz"))


def test_a_data_file_gives_a_model_of_several_outputs_one_target_array_per_output(tmp_path):
    """`y_<split>/<output name>` are gathered by output name, as inputs are; the targets are matched to the
    outputs by name (`outputs_targets`), and a missing output is one line."""
    from fpgaprune.data.user import outputs_targets, read_data_file

    rng = np.random.default_rng(1)
    arrays = {"x_train": rng.normal(size=(4, 3)), "x_val": rng.normal(size=(2, 3))}
    for split, n in (("train", 4), ("val", 2)):
        arrays |= {f"y_{split}/cls": np.arange(n) % 2, f"y_{split}/pt": rng.normal(size=(n, 1))}
    np.savez(tmp_path / "two.npz", **arrays)
    read = read_data_file(tmp_path / "two.npz")
    assert sorted(read["y_train"]) == ["cls", "pt"] and read["y_val"]["pt"].shape == (2, 1)
    cls, pt = outputs_targets(read["y_train"], ["cls", "pt"], "train")
    assert np.array_equal(cls, arrays["y_train/cls"]) and np.array_equal(pt, arrays["y_train/pt"])
    with pytest.raises(
        ValueError, match=r"^y_train: targets of outputs cls, pt; the model's outputs are cls, e"
    ):
        outputs_targets(read["y_train"], ["cls", "e"], "train")


def test_targets_per_output_where_one_array_is_read_are_one_line():
    """The pipeline's data of a model of one output (and `make_user_dataset`) read one y per split: a file of
    `y_train/<output>` arrays ended in a TypeError from the sample counts."""
    from fpgaprune.data.user import check_sample_counts

    arrays = {"x_train": np.zeros((2, 3)), "y_train": {"cls": np.zeros(2), "pt": np.zeros(2)}}
    with pytest.raises(
        ValueError, match=r"^y_train: one array per output \(y_train/cls, y_train/pt\) is for"
    ):
        check_sample_counts(arrays)


def test_a_file_that_is_no_npz_or_no_text_is_named_as_such(tmp_path):
    """A YAML file given as --data was "contains pickled (object) data ... load it unsafely using the
    allow_pickle= keyword" (numpy's advice); a binary file given as --hls-config was a bare "'utf-8' codec
    can't decode byte 0x8f", naming no file."""
    from fpgaprune.config.load import HLS_CONFIG_WHAT, read_mapping_file
    from fpgaprune.data.user import read_data_file

    (tmp_path / "hls.yml").write_text("Model: {Precision: 'fixed<16,6>'}\n")
    with pytest.raises(
        ValueError, match=r"hls\.yml: not a NumPy \.npz \(a zip of arrays: np\.savez\(path, x_train="
    ):
        read_data_file(tmp_path / "hls.yml")
    np.savez(tmp_path / "data.npz", x_train=np.zeros((2, 3)))
    with pytest.raises(
        ValueError, match=r"data\.npz: not a YAML or JSON text file \(binary content\); give hls4ml"
    ):
        read_mapping_file(tmp_path / "data.npz", HLS_CONFIG_WHAT)


def test_a_single_value_for_an_array_and_an_array_too_large_to_load_are_one_line(tmp_path):
    """A 0-d y_val was a TypeError traceback, an .npz whose header promises more than memory a MemoryError
    one (a review, 2026-12-07)."""
    import zipfile

    from numpy.lib import format as npy_format

    from fpgaprune.data.user import check_sample_counts, read_data_file

    arrays = _arrays(np.random.default_rng(3))
    with pytest.raises(ValueError, match=r"^y_val is a single value, not an array of samples"):
        check_sample_counts({**arrays, "y_val": np.array(1)})
    huge = tmp_path / "huge.npz"
    np.savez(huge, **arrays)
    with zipfile.ZipFile(huge, "a") as archive, archive.open("x_test.npy", "w") as member:
        npy_format.write_array_header_1_0(
            member,
            {"descr": "<f4", "fortran_order": False, "shape": (10**15, 8)},  # past any address space
        )
    with pytest.raises(ValueError, match=r"huge.npz: its arrays do not fit in this machine's memory \("):
        read_data_file(huge)
