"""What the `optimize` tests on generated data share: their hls4ml configuration, a pruning walk of few
fast steps, their splits and inputs on a grid the design reads exactly."""

import numpy as np


def hls_config(precision: str = "ap_fixed<16,6>", io_type: str | None = "io_parallel") -> dict:
    """An hls4ml configuration of Latency layers at reuse factor 1 (`io_type` None: none given)."""
    config = {"Model": {"Precision": precision, "ReuseFactor": 1, "Strategy": "Latency"}}
    return config | ({"IOType": io_type} if io_type else {})


def fast_pruning(step: float, final_epochs: int = 1) -> str:
    """`--pruning` of a walk in constant steps of `step`, without regularisation, ending at its first
    rejection."""
    return (
        f"{{schedule: {{kind: constant, step: {step}}}, final_epochs: {final_epochs}, regularise_epochs: 0, "
        "max_failures: 0}"
    )


def splits(train: int, val: int = 100, test: int = 100) -> dict[str, slice]:
    """Consecutive train, validation and test rows."""
    return {
        "train": slice(0, train),
        "val": slice(train, train + val),
        "test": slice(train + val, train + val + test),
    }


def on_grid(values, bits: int = 8) -> np.ndarray:
    """On a 1/2^bits grid (inside fixed<16,6> for 8 bits): the design reads the inputs exactly."""
    return (np.round(np.asarray(values) * 2**bits) / 2**bits).astype(np.float32)
