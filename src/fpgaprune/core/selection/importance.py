"""How much each weight, and so each structure, matters (NumPy only).

An importance is an additive per-weight score, so the value of a structure is the sum over its
weights and the knapsack objective (sum of kept values) is the importance kept:
- `l1`: |w| (default);  `l2`: w^2;
- `taylor`: |w * dL/dw|, first-order Taylor estimate of the loss change (Molchanov et al. 2017);
- `hessian`: w^2 * h / 2 with h the diagonal of the Fisher approximation of the Hessian, the
  mean squared mini-batch gradient (Optimal Brain Damage saliency).
Scores are normalised per layer to sum to one, so that layers of different scale and size compete
fairly in one global knapsack: pruning a share of a layer's importance costs the same in every
layer. (Normalising by the mean instead makes one weight of a 150-weight convolution worth one
weight of a 48,000-weight dense layer, and the knapsack then empties the convolutions first, whose
single weights each free a DSP; hls4ml normalises by the layer maximum, and not at all for DSP
patterns.)
"""

import numpy as np

NEEDS_GRADIENTS = {"l1": False, "l2": False, "taylor": True, "hessian": True}


def weight_scores(
    metric: str,
    weights: np.ndarray,
    gradient: np.ndarray | None = None,
    squared_gradient: np.ndarray | None = None,
) -> np.ndarray:
    """Per-weight importance of one layer's kernel.

    Args:
        metric: l1, l2, taylor or hessian.
        weights: the kernel.
        gradient: mean loss gradient w.r.t. the kernel (taylor).
        squared_gradient: mean squared mini-batch gradient (hessian).

    Returns:
        Non-negative scores, the kernel's shape.
    """
    if metric not in NEEDS_GRADIENTS:
        raise ValueError(f"unknown importance {metric!r}; known: {', '.join(NEEDS_GRADIENTS)}")
    if metric == "l1":
        return np.abs(weights)
    if metric == "l2":
        return np.square(weights)
    if metric == "taylor":
        return np.abs(weights * _required(gradient, "taylor", "gradient"))
    return 0.5 * np.square(weights) * _required(squared_gradient, "hessian", "squared_gradient")


def normalise(scores: np.ndarray) -> np.ndarray:
    """Scores divided by their sum (all-zero scores stay zero)."""
    total = float(np.sum(scores))
    return scores / total if total > 0 else np.zeros_like(scores, dtype=float)


def group_values(scores: np.ndarray, group_ids: np.ndarray, n_groups: int) -> np.ndarray:
    """Sum of the scores of each structure; `group_ids` has the kernel's shape, values 0..n_groups-1."""
    return np.bincount(group_ids.ravel(), weights=scores.ravel().astype(float), minlength=n_groups)


def _required(array, metric, name):
    if array is None:
        raise ValueError(f"importance {metric!r} needs the {name} of the loss; compute gradients first")
    return array
