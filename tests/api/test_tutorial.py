"""docs/your-model.md, run as a new user would: its Python files, then its command line."""

import json
import os
import re
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow


def _blocks(text: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", text, flags=re.DOTALL)


def test_the_tutorial_prunes_to_its_dsp_budget_and_its_c_simulation_agrees(repo, tmp_path):
    text = (repo / "docs/your-model.md").read_text()
    env = {**os.environ, "PYTHONPATH": str(repo / "src")}
    for block in _blocks(text, "python"):
        name = re.match(r"# (\S+\.py)", block).group(1)
        (tmp_path / name).write_text(block)
        done = subprocess.run([sys.executable, name], cwd=tmp_path, env=env, check=True, capture_output=True)
    # the API's progress shows as the CLI's does (it showed nothing: no logging handler at INFO)
    assert b"unpruned design (estimate" in done.stderr and b"step 1: pruning to " in done.stderr
    api = json.loads((tmp_path / "pruned_api/metrics.json").read_text())
    assert api["budget"]["met"] and api["estimate"]["totals"]["dsp"] <= 600

    (command,) = _blocks(text, "sh")
    command = command.replace("fpgaprune ", f"{sys.executable} -m fpgaprune ", 1)
    done = subprocess.run(
        command, shell=True, cwd=tmp_path, env=env, check=True, capture_output=True, text=True
    )
    summary = json.loads(done.stdout)
    assert summary["status"] == "ok" and summary["dsp"] <= 600 and summary["budget"] == {"dsp": 600.0}
    assert summary["hls"]["dsp_hls_code"] <= 600  # the generated firmware's multiplier count
    assert abs(summary["hls"]["accuracy_diff_points"]) <= 0.5
    # QKeras weights, inputs on the input type's grid and result types hls4ml infers: the same logits
    csim = json.loads((tmp_path / "pruned_cli/hls/hls_metrics.json").read_text())
    assert csim["logits"]["bit_exact_fraction"] == 1.0 and csim["wrapping"] == []
    assert {p.name for p in (tmp_path / "pruned_cli").iterdir()} >= {
        "model.h5",
        "masks.npz",
        "metrics.json",
        "resources.json",
        "hls",
    }
