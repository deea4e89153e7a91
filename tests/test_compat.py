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


@pytest.mark.parametrize(
    ("first", "named"),
    [
        ("import qkeras", "tensorflow and keras and qkeras imported"),
        ("import tensorflow", "tensorflow and keras"),
    ],
)
def test_keras_3_bound_before_fpgaprune_is_one_line_saying_to_import_fpgaprune_first(first, named):
    """A user's script importing qkeras before fpgaprune got a 40-line Keras traceback ending in 'cannot load
    the model ... it may be truncated or written by another Keras version' of a good QKeras file."""
    probe = f"import os\nos.environ.pop('TF_USE_LEGACY_KERAS', None)\n{first}\nimport fpgaprune.compat\n"
    result = subprocess.run(
        [sys.executable, "-c", probe], check=False, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 1
    (line,) = [line for line in result.stderr.splitlines() if line.startswith("ImportError")]
    assert f"ImportError: {named}" in line
    assert "TensorFlow bound Keras 3, which QKeras and hls4ml cannot use: import fpgaprune first" in line


def test_keras_2_bound_before_fpgaprune_is_accepted():
    probe = "import os\nos.environ['TF_USE_LEGACY_KERAS'] = '1'\nimport qkeras\nimport fpgaprune.compat\n"
    subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300, check=True)


def test_tensorflow_imported_after_import_fpgaprune_binds_keras_2():
    """The README's `import fpgaprune`, then the user's `import tensorflow` to build a model: it raised
    "tensorflow and keras imported before fpgaprune ... import fpgaprune first" to a user who had (a review,
    2026-12-07). The package sets TF_USE_LEGACY_KERAS when imported."""
    probe = (
        "import os\nos.environ.pop('TF_USE_LEGACY_KERAS', None)\nimport fpgaprune\nimport tensorflow\n"
        "from fpgaprune.compat import keras\nprint(keras.__name__)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], check=True, capture_output=True, text=True, timeout=300
    )
    assert result.stdout.split()[-1] == "tf_keras"
