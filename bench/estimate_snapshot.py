"""One-off check (branch oneread): every estimate of every project of tests/core/hardware/data/*/projects.

For each project and hls_tool in (None, "vivado", "vitis"): glue.estimate_project's result (or the error it
raised), and the CLI's `fpgaprune estimate` table and --json output (stdout and stderr), as one JSON text, so
two versions of the code can be compared byte for byte. Usage:
    PYTHONPATH=src .venv/bin/python bench/estimate_snapshot.py OUT.json   (then: cmp BEFORE.json AFTER.json)
"""

import contextlib
import io
import json
import sys
import warnings
from pathlib import Path

import numpy as np

from fpgaprune.cli import main
from fpgaprune.core.hardware.glue import estimate_project

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"


def default(value):
    if isinstance(value, np.generic):
        return value.item()
    return repr(value)


def run_cli(args):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(args)
        except SystemExit as error:
            code = f"SystemExit {error.code}"
        except Exception as error:  # noqa: BLE001
            code = f"{type(error).__name__}: {error}"
    return {"code": code, "out": out.getvalue(), "err": err.getvalue()}


snapshot = {}
for project in sorted(DATA.glob("*/projects/*")):
    for tool in (None, "vivado", "vitis"):
        key = f"{project.relative_to(DATA)} {tool}"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                result = estimate_project(project, tool)
            except Exception as error:  # noqa: BLE001
                result = f"{type(error).__name__}: {error}"
        tool_args = ["--hls-tool", tool] if tool else []
        snapshot[key] = {
            "estimate_project": result,
            "cli_table": run_cli(["estimate", str(project), *tool_args]),
            "cli_json": run_cli(["estimate", str(project), "--json", *tool_args]),
        }
text = json.dumps(snapshot, indent=1, sort_keys=True, default=default)
Path(sys.argv[1]).write_text(text)
errors = sum(isinstance(v["estimate_project"], str) for v in snapshot.values())
print(f"{len(snapshot)} (project, tool) estimates, {errors} raised; {len(text)} chars -> {sys.argv[1]}")
