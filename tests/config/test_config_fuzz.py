"""Property: any mutation of a shipped config either validates into typed experiments whose every
design resolves, or fails with one ValueError naming a key; never another exception.

CI runs `DEFAULT_EXAMPLES` examples (a few seconds); set FPGAPRUNE_HYPOTHESIS_EXAMPLES for more.
Deterministic (derandomized) and writes no example database.
"""

import copy
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fpgaprune.config import load_config, read_config_file

REPO = Path(__file__).resolve().parents[2]
SHIPPED = {path.name: read_config_file(path) for path in sorted((REPO / "config").glob("*.yaml"))}
DEFAULT_EXAMPLES = 200
EXAMPLES = int(os.environ.get("FPGAPRUNE_HYPOTHESIS_EXAMPLES", DEFAULT_EXAMPLES))

# Values that broke or nearly broke validation when probed, and plain ones of every JSON kind.
ODD_VALUES = st.sampled_from(
    [
        0,
        1,
        -1,
        3,
        4.0,
        2.5,
        1e-5,
        0.5,
        0.99,
        1,
        2**40,
        10**30,
        float("nan"),
        float("inf"),
        -0.0,
        True,
        False,
        None,
        "",
        "3",
        "auto",
        "latency",
        "resource",
        "Vivado",
        "vivado",
        "vitis",
        "yosys",
        "fc1",
        "paper",
        "xc7; exec rm -rf /",
        "ap_fixed<16,6>",
        "ap_fixed<99999999,6>",
        "ufixed<5,1>",
        "polynomial",
        "binary",
        [],
        [1],
        [1, 4.0],
        [0.5, 0.5],
        ["fc9"],
        {},
        {"steps": "3"},
        {"name": "x"},
        {"kind": "constant", "step": 2},
    ]
)
VALUES = st.one_of(ODD_VALUES, st.integers(-3, 5000), st.floats(allow_nan=True), st.text(max_size=8))


def _paths(node, prefix=()):
    """Every path into a nested dict/list config."""
    yield prefix
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        yield from _paths(value, (*prefix, key))


@st.composite
def mutated_configs(draw):
    config = copy.deepcopy(SHIPPED[draw(st.sampled_from(sorted(SHIPPED)))])
    for _ in range(draw(st.integers(1, 3))):
        paths = [path for path in _paths(config) if path]
        if not paths:  # everything was deleted
            break
        path = draw(st.sampled_from(paths))
        parent = config
        for key in path[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        value = copy.deepcopy(draw(VALUES))  # the pool's lists and dicts stay unchanged
        if action == "delete":
            del parent[path[-1]]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.sampled_from(["extra", "steps", "seed", "name", "layers", "fc1"]))] = value
        else:
            parent[path[-1]] = value
    return config


def _build_everything(config: dict) -> None:
    typed = load_config(config)  # validate_config on a copy, then the typed Config
    for name in typed.experiments:
        experiment = typed.experiment(name)
        for setting in experiment.setting_names:
            experiment.design(setting, pruned=False)
            experiment.design(setting, pruned=True)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated_configs())
def test_a_mutated_config_validates_or_names_a_key(config):
    try:
        _build_everything(config)
    except ValueError as error:
        message = str(error)
        assert "\n" not in message, message
        assert message.startswith("config key "), message


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_every_shipped_config_builds(name):
    _build_everything(copy.deepcopy(SHIPPED[name]))
