"""What a workflow run's logs say of its failed jobs (the Snakemake workflow's `onerror`)."""

import re
from pathlib import Path


def failure_lines(snakemake_logs):
    """One line per failed job of the run whose Snakemake log files are `snakemake_logs` (what `onerror`
    gets): its rule, its log and the error that log ends with (a command's one-line `error:`, else the log's
    last line), so that the cause is at the end of the console, not above Snakemake's block of the job."""
    paths = [Path(p) for p in ([snakemake_logs] if isinstance(snakemake_logs, str) else snakemake_logs or [])]
    text = "\n".join(p.read_text(errors="replace") for p in paths if p.is_file())
    lines = []
    for block in re.split(r"^Error in rule\s", text, flags=re.MULTILINE)[1:]:
        name = block.split(":", 1)[0]
        found = re.search(r"^\s+log: (\S+)", block, re.MULTILINE)
        job_log = Path(found.group(1)) if found else None
        lines.append(f"fpgaprune: {name} failed{_log_cause(job_log)}")
    return lines


def _log_cause(job_log):
    """' (log PATH): the error' for a failed job's log."""
    if job_log is None:
        return " (no log)"
    if not job_log.is_file():
        return f" (no log at {job_log})"
    written = [line.strip() for line in job_log.read_text(errors="replace").splitlines() if line.strip()]
    errors = [line.split(": error: ", 1)[1] for line in written if ": error: " in line]
    if errors:
        return f" (log {job_log}): {errors[-1]}"
    if not written:
        return f" (log {job_log}): empty log"
    if _PROGRESS_LINE.match(written[-1]):  # a killed job's log ends in its progress, not in an error
        return (
            f" (log {job_log}): its log ends without an error, so the job was stopped (killed, or out of "
            f"memory or time); it was at: {written[-1]}"
        )
    return f" (log {job_log}): {written[-1]}"


# a line fpgaprune logs as it works (`--log`'s format), not a cause: "21:13:05 INFO fpgaprune.core...: ..."
_PROGRESS_LINE = re.compile(r"^\d\d:\d\d:\d\d (DEBUG|INFO) ")
