"""docs/cost-model.md section 4's Python example runs as written and says what the text around it says."""

import re
import runpy
from pathlib import Path

import numpy as np

DOC = Path(__file__).parents[3] / "docs" / "cost-model.md"


def _using_it_example() -> str:
    section = DOC.read_text().split("## 4. Using it", 1)[1]
    return re.search(r"```python\n(.*?)```", section, flags=re.DOTALL).group(1)


def test_the_using_it_example_runs_and_its_group_costs_add_up(tmp_path, capsys):
    example = tmp_path / "using_it.py"
    example.write_text(_using_it_example())
    namespace = runpy.run_path(str(example))  # the documentation's own code, as a user would run it
    estimate, costs = namespace["estimate"], namespace["costs"]
    # Resource_Unrolled at RF 4: one DSP per group of 4 weights of a live neuron; 32 of 64 neurons live
    assert estimate.dsp == 32 * 16 // 4 and estimate.source == "estimate"
    # "Group costs add up (with `fixed`) to the layer estimate"
    assert np.isclose(costs.cost["dsp"].sum() + costs.fixed["dsp"], estimate.dsp)
    assert capsys.readouterr().out.split()[0] == str(estimate.dsp)
