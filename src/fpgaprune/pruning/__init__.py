"""Resource-aware pruning: importance, schedules, group-lasso regularisation and the iterative loop."""
