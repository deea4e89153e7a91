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
