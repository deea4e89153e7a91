"""compat keeps framework noise out of the logs: TensorFlow startup and GPU-probe lines, QKeras root logs."""

import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow

PROBE = """
import logging
import fpgaprune.compat
import qkeras
import tensorflow as tf
logging.basicConfig(level=logging.INFO)
tf.config.list_physical_devices()  # the GPU probe
qkeras.quantizers.get_quantizer("linear")  # QKeras logs "keras dict linear" on the root logger
logging.getLogger("fpgaprune").info("still shown")
"""


def test_no_tensorflow_startup_or_qkeras_root_lines_reach_stderr():
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=300, check=True
    )
    for noise in ("absl::InitializeLog", "cudart_stub", "oneDNN custom operations", "cuInit", "keras dict"):
        assert noise not in result.stderr, result.stderr
    assert "INFO:fpgaprune:still shown" in result.stderr
