"""Progress of long calls: the heartbeat and yosys's current stage."""

import logging
import time

from fpgaprune.hls.progress import heartbeat
from fpgaprune.hls.yosys import current_stage


def test_heartbeat_logs_while_the_block_runs_and_stops_after(caplog):
    with (
        caplog.at_level(logging.INFO, logger="fpgaprune.hls.progress"),
        heartbeat(lambda s: f"busy {s:.2f}", every_s=0.05),
    ):
        time.sleep(0.3)
    beats = len(caplog.records)
    time.sleep(0.15)
    assert 2 <= beats == len(caplog.records)
    assert caplog.records[0].getMessage().startswith("busy 0.0")


def test_current_stage_is_the_last_executing_pass(tmp_path):
    log = tmp_path / "yosys.log"
    assert current_stage(log) == "starting"
    log.write_text(
        "1. Executing Verilog-2005 frontend: src/a.v\nParsing...\n"
        "3. Executing SYNTH_XILINX pass.\n3.24. Executing ABC9 pass.\n  running abc\n"
    )
    assert current_stage(log) == "3.24. Executing ABC9 pass"


def test_the_c_simulation_line_says_when_only_the_softmax_differs(caplog):
    """A user's line read 'logits bit-exact on 100.0 % ... output argmax agreement 0.9966' beside a 0.34-point
    accuracy loss; with the logits' argmax agreeing everywhere, the line says the softmax's tables did it."""
    import numpy as np

    from fpgaprune.hls.csim import agreement
    from fpgaprune.hls.run import _log_agreement

    y = np.array([0, 1, 1])
    logits = np.array([[2.0, 1.0], [0.0, 3.0], [1.0, 1.25]])
    keras = np.array([[0.73, 0.27], [0.05, 0.95], [0.44, 0.56]])
    tied = np.array([[0.73, 0.27], [0.05, 0.95], [0.5, 0.5]])  # a table that rounds both to 0.5: argmax 0
    for hls_probs, said in ((tied, True), (keras, False)):
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="fpgaprune.hls.run"):
            _log_agreement(agreement(y, keras, logits, hls_probs, logits.copy()))
        (line,) = [r.getMessage() for r in caplog.records]
        assert ("the softmax's lookup tables tie or swap close classes" in line) is said, line
        assert f"output argmax agreement {'0.6667' if said else '1.0000'}" in line
