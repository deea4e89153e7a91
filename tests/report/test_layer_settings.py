"""summary.csv's layer_settings: each layer's strategy and reuse factor, and a ParallelizationFactor > 1."""

from fpgaprune.report.records import Design, layer_settings


def test_layer_settings_name_the_parallelization_factor():
    built = {
        "design": {
            "layers": {
                "conv1": {"strategy": "Latency", "reuse_factor": 1, "parallelization_factor": 2},
                "fc1": {"strategy": "Resource_Unrolled", "reuse_factor": 400},
            }
        }
    }
    assert layer_settings(Design(None, resources=built)) == "conv1 Latency/1/PF2; fc1 Resource_Unrolled/400"
    chosen = {"design": {"conv1": {"strategy": "latency", "reuse_factor": 1, "parallelization_factor": 1}}}
    assert layer_settings(Design(None, prune=chosen)) == "conv1 latency/1"
    assert layer_settings(Design(None)) is None
