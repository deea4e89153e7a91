"""Pure NumPy models of how hls4ml spends FPGA resources (no TensorFlow, QKeras or hls4ml imports)."""
