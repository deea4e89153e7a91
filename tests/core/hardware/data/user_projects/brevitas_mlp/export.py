"""A Brevitas MLP exported to QONNX: brevitas_mlp.onnx of tests/core/hardware/test_user_projects.py.

Run once (not by the tests: PyTorch and Brevitas are not dependencies of fpgaprune) in a venv of its own with
PyTorch 2.13.0+cpu, Brevitas 0.13.4, onnx 1.23.2 and onnxoptimizer; then convert.py. A jet-tagger-shaped
16-32-16-5 MLP with Brevitas's fixed-point quantizers (power-of-two scales, which hls4ml's ap_fixed types
hold): 8-bit inputs, 6-bit weights in fc1 and 8-bit in fc2 and out, unsigned 6-bit and 8-bit ReLUs. Untrained
(seed 0); the activations' scales are calibrated on 8 batches of normal inputs.
"""

import torch
from brevitas.export import export_qonnx
from brevitas.nn import QuantIdentity, QuantLinear, QuantReLU
from brevitas.quant import (
    Int8ActPerTensorFixedPoint,
    Int8WeightPerTensorFixedPoint,
    Uint8ActPerTensorFixedPoint,
)
from torch import nn

torch.manual_seed(0)
WEIGHTS = Int8WeightPerTensorFixedPoint


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.inp = QuantIdentity(act_quant=Int8ActPerTensorFixedPoint, return_quant_tensor=True)
        self.fc1 = QuantLinear(16, 32, bias=True, weight_quant=WEIGHTS, weight_bit_width=6)
        self.relu1 = QuantReLU(act_quant=Uint8ActPerTensorFixedPoint, bit_width=6, return_quant_tensor=True)
        self.fc2 = QuantLinear(32, 16, bias=True, weight_quant=WEIGHTS)
        self.relu2 = QuantReLU(act_quant=Uint8ActPerTensorFixedPoint, return_quant_tensor=True)
        self.out = QuantLinear(16, 5, bias=True, weight_quant=WEIGHTS)

    def forward(self, x):
        return self.out(self.relu2(self.fc2(self.relu1(self.fc1(self.inp(x))))))


model = MLP()
for _ in range(8):  # the activations' statistics, in training mode
    model(torch.randn(64, 16))
model.eval()
export_qonnx(model, torch.randn(1, 16), "brevitas_mlp.onnx", dynamo=False)  # the TorchScript exporter
