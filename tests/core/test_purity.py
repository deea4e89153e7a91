"""`fpgaprune.core` (and `fpgaprune.config`, which builds on it) load no deep-learning framework."""

import json
import subprocess
import sys

FRAMEWORKS = ("tensorflow", "tf_keras", "keras", "qkeras", "hls4ml")

PROBE = """
import importlib, json, pkgutil, sys
import fpgaprune.core, fpgaprune.config
names = [m.name for m in pkgutil.walk_packages(fpgaprune.core.__path__, "fpgaprune.core.")]
for name in names:
    importlib.import_module(name)
print(json.dumps({"modules": names, "loaded": sorted(m for m in %r if m in sys.modules)}))
"""


def test_core_and_config_import_no_framework(repo):
    result = subprocess.run(
        [sys.executable, "-c", PROBE % (FRAMEWORKS,)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        cwd=repo,
    )
    probe = json.loads(result.stdout)
    assert probe["loaded"] == []
    expected = {
        "fpgaprune.core.knapsack",
        "fpgaprune.core.design",
        "fpgaprune.core.zoo",
        "fpgaprune.core.hardware.cost",
        "fpgaprune.core.selection.select",
    }
    assert expected <= set(probe["modules"])


# What the Snakefile reads at every Snakemake run (and each SLURM job's Snakemake) and what every command
# starts with: scikit-learn and SciPy take seconds to import, and only the dataset loaders and the constant
# fits use them, which import them themselves.
STARTUP_PROBE = """
import json, sys
import fpgaprune.cli, fpgaprune.config, fpgaprune.core.budget, fpgaprune.data, fpgaprune.data.user
print(json.dumps(sorted(m for m in ("sklearn", "scipy") if m in sys.modules)))
"""


def test_what_the_snakefile_and_the_commands_start_with_imports_no_scikit_learn_or_scipy(repo):
    probe = [sys.executable, "-c", STARTUP_PROBE]
    result = subprocess.run(probe, capture_output=True, text=True, timeout=120, check=True, cwd=repo)
    assert json.loads(result.stdout) == []
