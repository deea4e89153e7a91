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
        assert ("lookup tables, a softmax's or a sigmoid's, tie or swap close classes" in line) is said, line
        assert f"output class agreement {'0.6667' if said else '1.0000'}" in line


def test_the_c_simulation_line_of_a_sigmoid_output_blames_its_table_not_a_softmax(caplog):
    """One sigmoid output (an LSTM tagger): the logits' signs agreed everywhere, the sigmoid's table put one
    sample on the other side of 0.5, and the line said "the softmax's lookup tables" (it has none)."""
    import numpy as np

    from fpgaprune.hls.csim import agreement
    from fpgaprune.hls.run import _log_agreement

    y = np.array([1, 0, 1])
    logits = np.array([[2.0], [-1.0], [0.01]])
    keras = np.array([[0.88], [0.27], [0.5025]])
    hls_probs = np.array([[0.88], [0.27], [0.5]])  # the table rounds the last one to 0.5: class 0
    with caplog.at_level(logging.INFO, logger="fpgaprune.hls.run"):
        _log_agreement(agreement(y, keras, logits, hls_probs, logits.copy()))
    (line,) = [r.getMessage() for r in caplog.records]
    assert "a sigmoid's, tie or swap close classes" in line and "output class agreement 0.6667" in line


def test_a_c_simulation_well_below_keras_is_a_warning_saying_where_to_look(caplog):
    """A user's CNN simulated at 0.08 against Keras's 0.67 (300 samples) in an INFO line, beside status ok."""
    import numpy as np

    from fpgaprune.hls.csim import agreement
    from fpgaprune.hls.run import _log_agreement

    y = np.array([0, 1, 1, 0])
    keras = np.array([[0.9, 0.1], [0.2, 0.8], [0.3, 0.7], [0.6, 0.4]])
    wrong = keras[:, ::-1].copy()  # every logit's argmax swapped: the design computes something else
    cases = ((wrong, [], "look at the types hls4ml gives what lies between"),)
    cases += ((wrong, [{"layer": "fc1"}, {"layer": "fc2"}], "the types named above wrap (fc1, fc2)"),)
    # a layer whose result and accumulator both wrap: named once (twice each until 2026-12-07, a review)
    cases += ((wrong, [{"layer": "fc1"}, {"layer": "fc1"}], "the types named above wrap (fc1)"),)
    cases += ((keras, [], None),)  # agreeing: no warning
    for hls_probs, wrapping, said in cases:
        caplog.clear()
        metrics = {**agreement(y, keras, np.log(keras), hls_probs, np.log(hls_probs)), "wrapping": wrapping}
        with caplog.at_level(logging.INFO, logger="fpgaprune.hls.run"):
            _log_agreement(metrics)
        warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
        if said is None:
            assert warnings == []
            continue
        (line,) = warnings
        assert line.startswith("the C simulation's accuracy is 100.00 points below Keras's (0.0000 against ")
        assert "1.0000 on 4 samples): the hls4ml design falls short of the model" in line
        assert said in line and line.endswith("The status and accuracy are Keras's")


def test_one_sample_of_fifty_is_not_a_design_falling_short():
    """A walk's CNN C-simulated one of 50 images into another class (2 points) and was told its design does
    not compute what the model does; a shortfall must be more than one sample (and 1 point)."""
    from fpgaprune.hls.run import csim_shortfall

    metrics = {"accuracy_diff_points": -2.0, "hls_accuracy": 0.96, "keras_accuracy": 0.98, "n_samples": 50}
    metrics |= {"logits": {"argmax_agreement": 0.98}, "output": {"argmax_agreement": 0.98}}
    assert csim_shortfall(metrics) is None
    assert csim_shortfall({**metrics, "accuracy_diff_points": -4.0, "hls_accuracy": 0.94}).startswith(
        "accuracy is 4.00 points below Keras's (0.9400 against 0.9800 on 50 samples)"
    )
    assert csim_shortfall({**metrics, "n_samples": 200}) is not None  # 4 samples of 200


def test_classes_that_differ_from_keras_on_many_samples_are_warned_of_whatever_the_accuracy():
    """A JetID-L1 interaction network's C simulation scored 2.5 points above Keras while its classes differed
    on 10.5 % of the jets; nothing was said (2026-12-06). More than 5 % (and more than one sample) is warned
    of, unless only the output activation's tables differ."""
    from fpgaprune.hls.run import csim_shortfall

    metrics = {"accuracy_diff_points": 2.5, "hls_accuracy": 0.655, "keras_accuracy": 0.63, "n_samples": 200}
    metrics |= {"logits": {"argmax_agreement": 0.895}, "output": {"argmax_agreement": 0.895}}
    assert csim_shortfall(metrics) == (
        "classes differ from Keras's on 10.5 % of the samples (accuracy 0.6550 against 0.6300 on 200 samples)"
    )
    close = {"logits": {"argmax_agreement": 0.96}, "output": {"argmax_agreement": 0.96}}
    assert csim_shortfall(metrics | close) is None
    tables = {"logits": {"argmax_agreement": 1.0}, "output": {"argmax_agreement": 0.895}}
    assert csim_shortfall(metrics | tables) is None
    assert csim_shortfall({**metrics, "n_samples": 8}) is None  # less than one sample of eight
