"""The top function's schedule of every stored project (branch streamseq): the rule of
`glue._project_schedule` (`has_dataflow_pragma`: a `#pragma HLS DATAFLOW` outside comments and preprocessor
branches that are off, in the top's body) against the reading before it (the pragma anywhere in the raw
text, io_stream always "stream").
Prints the count of each (before, now) pair and every project that moved.

    PYTHONPATH=src .venv/bin/python bench/top_schedules.py
"""

import re
from collections import Counter
from pathlib import Path

from fpgaprune.core.hardware.glue import has_dataflow_pragma
from fpgaprune.core.hardware.project import read_project_files

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
RAW_DATAFLOW = re.compile(r"^\s*#pragma\s+HLS\s+DATAFLOW\b", re.MULTILINE | re.IGNORECASE)


def schedules(source: str, top: str) -> tuple[str, str]:
    """(before streamseq, now); io type from the top's text (an io_stream top declares `hls::stream`s)."""
    stream = "hls::stream" in source
    raw = bool(RAW_DATAFLOW.search(source))
    before = "stream" if stream else ("dataflow" if raw else "pipeline")
    active = has_dataflow_pragma(source, top)
    now = ("stream" if active else "sequential") if stream else ("dataflow" if active else "pipeline")
    return before, now


def main() -> None:
    pairs = Counter()
    for project in sorted(DATA.glob("*/projects/*")):
        files = read_project_files(project)
        before, now = schedules(files.source, files.name)
        pairs[before, now] += 1
        if before != now:
            print(f"{project.relative_to(DATA)}: {before} -> {now}")
    for (before, now), count in sorted(pairs.items()):
        print(f"{before} -> {now}: {count}")


if __name__ == "__main__":
    main()
