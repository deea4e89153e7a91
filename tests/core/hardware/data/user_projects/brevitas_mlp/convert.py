"""brevitas_mlp.onnx -> the hls4ml project beside it, by hls4ml's own QONNX flow (qonnx's cleanup, channels
last, Gemm to MatMul), as hls4ml's documentation converts a Brevitas model.

Run once after export.py, in the same venv with hls4ml 1.3.0 and qonnx 1.0.0 added; then only what
`fpgaprune estimate` reads was kept (README.md of the folder above), `OutputDir` made relative.
"""

import hls4ml
import qonnx.util.cleanup
from qonnx.core.modelwrapper import ModelWrapper
from qonnx.transformation.channels_last import ConvertToChannelsLastAndClean
from qonnx.transformation.gemm_to_matmul import GemmToMatMul

model = qonnx.util.cleanup.cleanup_model(ModelWrapper("brevitas_mlp.onnx"))
model = model.transform(ConvertToChannelsLastAndClean()).transform(GemmToMatMul())
model = qonnx.util.cleanup.cleanup_model(model)
config = hls4ml.utils.config.config_from_onnx_model(
    model, granularity="name", backend="Vitis", default_precision="fixed<16,6>"
)
hls4ml.converters.convert_from_onnx_model(
    model,
    output_dir="project",
    io_type="io_parallel",
    backend="Vitis",
    part="xcu250-figd2104-2L-e",
    hls_config=config,
).write()
