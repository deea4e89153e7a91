"""The environment files agree: requirements.in declares what the code imports, the lock pins it, and
the conda file (what `snakemake --sdm conda` builds) lists the lock's pins inline."""

import ast
import importlib
import importlib.metadata
import re
import sys
import tomllib

import yaml

from tests.conftest import REPO

ENVS = REPO / "envs"
sys.path.insert(0, str(REPO / "scripts"))
_conda_env = importlib.import_module("conda-env")


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared() -> set[str]:
    lines = (line.split("#")[0].strip() for line in (ENVS / "requirements.in").read_text().splitlines())
    return {_normalise(re.split(r"[=<>~!\[ ]", line)[0]) for line in lines if line}


def _lock() -> dict[str, str]:
    return {
        _normalise(name): version for name, version in _conda_env.read_lock(ENVS / "requirements.txt").items()
    }


# Scripts run in their own environment: bench/pquant in its venv (bench/pquant/requirements.txt), the
# mutation report with the mutmut that bench/mutation.sh installs into results/bench/mutation/lib, the PyTorch
# export of the stored ONNX test files in a venv with PyTorch, the Brevitas export and hls4ml QONNX conversion
# of a stored test project in a venv with Brevitas and qonnx (their docstrings).
OWN_ENVIRONMENTS = (
    "bench/pquant",
    "bench/mutation_report.py",
    "tests/models/data/pytorch_onnx/export.py",
    "tests/core/hardware/data/user_projects/brevitas_mlp/export.py",
    "tests/core/hardware/data/user_projects/brevitas_mlp/convert.py",
)


def _imported_modules(folders=("src", "bench", "tests", "scripts")) -> set[str]:
    modules, local = set(), set()
    for folder in folders:
        for path in (REPO / folder).rglob("*.py"):
            if any(path.is_relative_to(REPO / own) for own in OWN_ENVIRONMENTS):
                continue
            if folder in ("bench", "scripts"):  # a script may import its sibling (bench/knapsack_scaling.py)
                local.add(path.stem)
            for node in ast.walk(ast.parse(path.read_text(), str(path))):
                if isinstance(node, ast.Import):
                    modules |= {alias.name.split(".")[0] for alias in node.names}
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    modules.add(node.module.split(".")[0])
    return modules - set(sys.stdlib_module_names) - {"fpgaprune", "tests"} - local


def test_every_imported_package_is_declared():
    distributions = importlib.metadata.packages_distributions()
    undeclared = {
        module: distributions.get(module)
        for module in _imported_modules()
        if not {_normalise(name) for name in distributions.get(module, [module])} & _declared()
    }
    assert undeclared == {}, "add these to envs/requirements.in and run `make lock`"


def test_the_package_declares_every_package_its_code_imports():
    """`pip install fpgaprune` without the lock: [project].dependencies hold every distribution src/ imports
    (da4ml, which --hls, --part and --latency import, was missing: a review, 2026-12-07)."""
    distributions = importlib.metadata.packages_distributions()
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    declared = {_normalise(re.split(r"[=<>~!\[ ]", line)[0]) for line in project["dependencies"]}
    imported = _imported_modules(folders=("src",))
    undeclared = {m for m in imported if not {_normalise(n) for n in distributions.get(m, [m])} & declared}
    assert undeclared == set(), "add these to pyproject.toml's [project].dependencies"


def test_every_package_data_file_exists():
    """setuptools skips a listed package-data file that is missing without a word: `py.typed` was listed and
    never there, so type checkers ignored the installed package's annotations (a review, 2026-12-07)."""
    listed = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    assert [name for name in listed["fpgaprune"] if not (REPO / "src/fpgaprune" / name).is_file()] == []


def test_the_lock_pins_every_declared_package_and_all_it_needs():
    lock = _lock()
    assert _declared() <= lock.keys()
    text = (ENVS / "requirements.txt").read_text()
    requirement_lines = [line for line in text.splitlines() if line and not line.startswith(("#", " "))]
    assert all("==" in line for line in requirement_lines), "every line of the lock is an exact pin"
    assert {"setuptools", "wasmtime", "absl-py"} <= lock.keys()  # transitive and 'unsafe' ones too


def test_conda_file_lists_the_locks_pins_inline():
    conda = yaml.safe_load((ENVS / "fpgaprune.yaml").read_text())
    pip = next(entry["pip"] for entry in conda["dependencies"] if isinstance(entry, dict))
    assert all(not entry.startswith(("-", ".", "/")) for entry in pip), (
        "no -r/-e or paths: Snakemake copies it"
    )
    pins = dict(entry.split("==") for entry in pip)
    assert {_normalise(name): version for name, version in pins.items()} == _lock()
    assert "python=3.11" in conda["dependencies"]
    assert (ENVS / "fpgaprune.yaml").read_text() == _conda_env.conda_env(
        _conda_env.read_lock(ENVS / "requirements.txt")
    ), "envs/fpgaprune.yaml is out of date: run `make lock` (or scripts/conda-env.py)"
