"""The closing line of a failed workflow job (`fpgaprune.joblogs.failure_lines`, the workflow's `onerror`)."""

from fpgaprune.joblogs import failure_lines


def _run(tmp_path, job_log: str) -> list[str]:
    log = tmp_path / "prune.log"
    log.write_text(job_log)
    snakemake = tmp_path / "snakemake.log"
    snakemake.write_text(f"Error in rule prune:\n    jobid: 3\n    log: {log} (check log file(s))\n")
    return failure_lines(str(snakemake))


def test_a_jobs_one_line_error_is_its_cause(tmp_path):
    lines = _run(tmp_path, "21:13:04 INFO fpgaprune: start\nfpgaprune prune: error: budget below the floor\n")
    assert lines == [f"fpgaprune: prune failed (log {tmp_path / 'prune.log'}): budget below the floor"]


def test_a_killed_job_is_said_to_have_stopped_not_to_have_failed_on_its_progress_line(tmp_path):
    # a killed pass's summary quoted "INFO fpgaprune.core.knapsack: knapsack: keeps 159 of 227 structures"
    # as the error (a review, 2026-12-07)
    progress = "21:13:05 INFO fpgaprune.core.knapsack: knapsack: keeps 159 of 227 structures\n"
    (line,) = _run(tmp_path, progress)
    assert "its log ends without an error, so the job was stopped (killed, or out of memory or time)" in line
    assert line.endswith("it was at: " + progress.strip())


def test_a_traceback_s_last_line_is_its_cause(tmp_path):
    (line,) = _run(tmp_path, "Traceback (most recent call last):\n  File x\nMemoryError: out of memory\n")
    assert line.endswith("): MemoryError: out of memory")
