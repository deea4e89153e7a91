"""Typed configuration objects for tests, built by the package's own validation (defaults from the schema)."""

from dataclasses import replace
from pathlib import Path

import yaml

from fpgaprune.config import Experiment, HlsSettings, load_config

REPO = Path(__file__).resolve().parents[1]


def make_experiment(
    name: str = "e", dataset: str = "digits", model: str = "digits_mlp", **entries
) -> Experiment:
    """A validated experiment of a one-experiment config; `entries` are its config keys."""
    return load_config({"experiments": {name: {"dataset": dataset, "model": model, **entries}}}).experiment(
        name
    )


def hls_settings(**overrides) -> HlsSettings:
    """The schema's default `hls:` settings with `overrides`."""
    return replace(make_experiment().hls, **overrides)


def test_yaml(**updates) -> dict:
    """config/test.yaml as a dict, its digits_mlp experiment updated with `updates`."""
    config = yaml.safe_load((REPO / "config/test.yaml").read_text())
    config["experiments"]["digits_mlp"].update(updates)
    return config


def test_experiment(**updates) -> Experiment:
    """The digits_mlp experiment of config/test.yaml, updated with `updates`."""
    return load_config(test_yaml(**updates)).experiment("digits_mlp")


test_experiment.__test__ = False  # a helper the test modules import, not a test for pytest to collect
