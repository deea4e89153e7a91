"""`csim.agreement`'s numbers as a user reads them in `--json` and `hls_metrics.json`."""

import json

import numpy as np

from fpgaprune.hls.csim import agreement


def test_the_accuracy_difference_in_points_is_counted_not_subtracted():
    """One more sample right in 200: `--json` said "accuracy_diff_points": 0.5000000000000004 (a user's Conv1D
    model, 200 C-simulated samples, Keras 0.87, C simulation 0.875)."""
    y = np.zeros(200, dtype=int)
    keras = np.tile([[0.9, 0.1]], (200, 1))
    keras[:26] = [0.1, 0.9]  # 174 right: 0.87
    hls = keras.copy()
    hls[0] = [0.9, 0.1]  # 175 right: 0.875
    metrics = agreement(y, keras, np.log(keras), hls, np.log(hls))
    assert (metrics["keras_accuracy"], metrics["hls_accuracy"]) == (0.87, 0.875)
    assert json.dumps(metrics["accuracy_diff_points"]) == "0.5"
    assert 100 * (0.875 - 0.87) != 0.5  # what it was


def test_a_project_g_plus_plus_cannot_compile_is_one_line(monkeypatch):
    """hls4ml raises a bare Exception('Failed to compile project ...') when build_lib.sh fails; `optimize
    --hls` ended in a 30-line traceback after the pruning."""
    import pytest

    from fpgaprune.hls import csim

    class Unbuildable:
        class config:
            @staticmethod
            def get_output_dir():
                return "/nonexistent"

        def write(self):
            pass

        def trace(self, x):
            raise Exception('Failed to compile project "myproject"')  # noqa: TRY002 (hls4ml's own)

    monkeypatch.setattr(csim, "csim_unavailable", lambda: None)
    with pytest.raises(ValueError) as error:
        csim.run_csim(Unbuildable(), np.zeros((2, 3)))
    message = str(error.value)
    assert message.startswith(
        'g++ cannot compile the project hls4ml wrote (Failed to compile project "myproject"'
    )
    assert "no C simulation" in message and "\n" not in message
