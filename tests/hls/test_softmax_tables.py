"""The softmax tables of a user's hls4ml configuration: `user_config` sizes them to the softmax's range unless
the entry gives exp_table_t, and `softmax_table_lines` says so (until 2026-12-04 it replaced hls4ml's own
1024-entry fixed<18,8> tables, written by `config_from_keras_model`, without a word)."""

from fpgaprune.compat import keras  # isort: skip

import hls4ml

from fpgaprune.hls.convert import SOFTMAX_TABLE_BITS, hls_input_names, softmax_table_lines, user_config


def _model_and_config():
    inputs = keras.Input((8,), name="features")
    logits = keras.layers.Dense(4, name="fc")(inputs)
    model = keras.Model(inputs, keras.layers.Activation("softmax", name="softmax")(logits))
    return model, hls4ml.utils.config_from_keras_model(model, granularity="name", backend="Vivado")


def test_hls4mls_default_softmax_tables_are_replaced_and_said_so():
    model, config = _model_and_config()
    assert config["LayerName"]["softmax"]["TableSize"] == 1024  # hls4ml 1.3's default, written by it
    (line,) = softmax_table_lines(model, config)
    assert line.startswith(
        f"softmax softmax: the hls4ml project gets tables sized to its range ({2**12} entries"
    )
    assert "in place of the configuration's (TableSize 1024, exp_table " in line
    assert "), 5 BRAM_18K a table copy against 1 (estimate; " in line  # 4096 x 18 bits against 1024 x 18
    assert line.endswith(
        "give its LayerName entry exp_table_t and inv_table_t (tables of your own, other "
        "types or another TableSize, are kept)"
    )
    written = user_config(model, config, hls_input_names(model), {}, "fc")["LayerName"]["softmax"]
    assert written["TableSize"] == 2**SOFTMAX_TABLE_BITS and written["exp_table_t"] == "ufixed<18,1,RND,SAT>"


def test_a_softmax_entry_with_its_table_types_is_kept_and_nothing_said():
    model, config = _model_and_config()
    config["LayerName"]["softmax"].update(exp_table_t="ufixed<18,2>", inv_table_t="ufixed<18,2>")
    assert softmax_table_lines(model, config) == []
    written = user_config(model, config, hls_input_names(model), {}, "fc")["LayerName"]["softmax"]
    assert written["TableSize"] == 1024 and written["exp_table_t"] == "ufixed<18,2>"


def test_a_configuration_s_own_precision_tables_or_table_size_are_kept():
    """hls4ml 1.3 reads a softmax's tables from its Precision entry (exp_table, inv_table): a configuration's
    own types there, or its own TableSize, were replaced by the sized tables as if they were hls4ml's
    defaults; only exp_table_t kept them."""
    for change in ({"Precision": {"exp_table": "fixed<16,6,RND,SAT>"}}, {"TableSize": 2048}):
        model, config = _model_and_config()
        entry = config["LayerName"]["softmax"]
        entry.update({**change, "Precision": {**entry["Precision"], **change.get("Precision", {})}})
        assert softmax_table_lines(model, config) == []
        written = user_config(model, config, hls_input_names(model), {}, "fc")["LayerName"]["softmax"]
        assert written["TableSize"] == entry["TableSize"] and "exp_table_t" not in written


def test_table_types_on_the_entry_of_the_layer_a_softmax_is_split_off_are_named():
    """A RadioML CNN's script gave exp_table_t and inv_table_t to its Dense(activation="softmax")'s entry,
    which hls4ml does not read for the softmax it splits off (`<layer>_softmax`); the line said "none given"
    and no more (2026-12-06)."""
    from fpgaprune.models.user import split_output_activation

    inputs = keras.Input((8,), name="features")
    model = split_output_activation(
        keras.Model(inputs, keras.layers.Dense(4, activation="softmax", name="fc")(inputs))
    )
    config = {"LayerName": {"fc": {"exp_table_t": "ap_fixed<18,8>", "inv_table_t": "ap_fixed<18,4>"}}}
    (line,) = softmax_table_lines(model, config)
    assert line.startswith("softmax fc_softmax: ") and "(none given)" in line
    assert line.endswith(
        "; LayerName fc (the layer whose softmax it is) gives exp_table_t, inv_table_t, which hls4ml reads "
        "for the softmax only on LayerName fc_softmax"
    )
