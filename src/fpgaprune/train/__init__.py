"""Training of the baseline models (Keras 2 / QKeras)."""

from fpgaprune.train.baseline import compile_model, random_state_kept, set_seed, set_threads, train_baseline

__all__ = ["compile_model", "random_state_kept", "set_seed", "set_threads", "train_baseline"]
