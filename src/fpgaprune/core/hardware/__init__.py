"""Pure NumPy models of how hls4ml spends FPGA resources (no TensorFlow, QKeras or hls4ml imports).

`layer.LayerHardware` describes a layer's hardware configuration; `structures.group_ids` gives the
weight groups that share one multiplier, one BRAM slice, one neuron or nothing; `cost` estimates
DSP, BRAM_18K, LUT, FF, latency and II per layer and model, and each group's cost for the pruner;
`project.read_project` reads an hls4ml project directory and `glue.estimate_project` estimates it whole.
See docs/cost-model.md (the reference) and docs/cost-model-record.md (how each rule was measured).
"""

from fpgaprune.core.hardware.cost import (
    RESOURCES,
    LayerEstimate,
    ModelEstimate,
    StructureCosts,
    estimate_layer,
    estimate_model,
    structure_costs,
)
from fpgaprune.core.hardware.glue import estimate_project
from fpgaprune.core.hardware.layer import LayerHardware, from_weight_layer
from fpgaprune.core.hardware.multipliers import Target
from fpgaprune.core.hardware.precision import FixedType, parse_precision, quantize
from fpgaprune.core.hardware.project import kernel_from_hls_order, read_project, read_weights_file
from fpgaprune.core.hardware.structures import STRUCTURES, bram_geometry, group_ids, zero_patterns

__all__ = [
    "RESOURCES",
    "STRUCTURES",
    "FixedType",
    "LayerEstimate",
    "LayerHardware",
    "ModelEstimate",
    "StructureCosts",
    "Target",
    "bram_geometry",
    "estimate_layer",
    "estimate_model",
    "estimate_project",
    "from_weight_layer",
    "group_ids",
    "kernel_from_hls_order",
    "parse_precision",
    "quantize",
    "read_project",
    "read_weights_file",
    "structure_costs",
    "zero_patterns",
]
