"""A Resource_Unrolled layer is named as unchecked by synthesis (`logic.unchecked_kernel_warning`), as
docs/cost-model.md's "Not checked against synthesis" says each such layer is (a new-user review found none
named, 2026-12-07)."""

from fpgaprune.cli import main
from fpgaprune.core.hardware.layer import LayerHardware
from fpgaprune.core.hardware.logic import unchecked_kernel_warning


def test_only_resource_unrolled_layers_are_named():
    unrolled = LayerHardware("fc", "dense", (16, 32), reuse_factor=4, strategy="resource_unrolled")
    assert "no synthesis report checks" in unchecked_kernel_warning(unrolled)
    for strategy in ("latency", "resource"):
        assert unchecked_kernel_warning(LayerHardware("fc", "dense", (16, 32), strategy=strategy)) is None


def test_estimate_layer_prints_it(capsys):
    args = ["estimate-layer", "--kind", "dense", "--n-in", "16", "--n-out", "32", "--reuse-factor", "4"]
    assert main([*args, "--strategy", "resource_unrolled"]) == 0
    assert "a Resource_Unrolled layer: no synthesis report checks" in capsys.readouterr().err
