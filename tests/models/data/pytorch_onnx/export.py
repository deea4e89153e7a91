"""The PyTorch models of tests/models/test_pytorch_onnx.py, exported to ONNX by PyTorch's two exporters.

Run (not by the tests: PyTorch is not a dependency of fpgaprune) with PyTorch 2.13.0+cpu, onnx 1.23.2 and
onnxscript in a venv of their own: writes <case>_ts.onnx (TorchScript exporter, dynamo=False),
<case>_dynamo.onnx and its weights file <case>_dynamo.onnx.data (the dynamo exporter, torch.onnx.export's
default), and <case>.npz: 16 inputs (channels first, as PyTorch takes them) and PyTorch's outputs of them
(eval mode).
"""

import numpy as np
import torch
from torch import nn

torch.manual_seed(0)


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(16, 32)
        self.act1 = nn.ReLU()
        self.bn = nn.BatchNorm1d(32)
        self.fc2 = nn.Linear(32, 32)
        self.act2 = nn.LeakyReLU(0.2)
        self.drop = nn.Dropout(0.1)
        self.out = nn.Linear(32, 5)
        self.softmax = nn.Softmax(dim=1)

    def forward(self, x):
        return self.softmax(self.out(self.drop(self.act2(self.fc2(self.bn(self.act1(self.fc1(x))))))))


class CNN2D(nn.Module):
    def __init__(self, view=False):
        super().__init__()
        self.view = view
        self.conv1 = nn.Conv2d(1, 4, 3, padding=1)
        self.act1 = nn.ReLU()
        self.pool = nn.MaxPool2d(2)
        self.conv2 = nn.Conv2d(4, 8, 3)
        self.bn = nn.BatchNorm2d(8)
        self.act2 = nn.ReLU()
        self.dw = nn.Conv2d(8, 8, 3, stride=2, padding=1, groups=8, bias=False)
        self.flatten = nn.Flatten()
        self.fc = nn.Linear(32, 5)

    def forward(self, x):
        x = self.dw(self.act2(self.bn(self.conv2(self.pool(self.act1(self.conv1(x)))))))
        x = x.view(x.size(0), -1) if self.view else self.flatten(x)
        return torch.softmax(self.fc(x), dim=1)


class CNN1D(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv1d(3, 6, 5, padding=2)
        self.act1 = nn.ReLU()
        self.pool = nn.AvgPool1d(2)
        self.conv2 = nn.Conv1d(6, 8, 3)
        self.act2 = nn.ReLU()
        self.gap = nn.AdaptiveAvgPool1d(1)
        self.fc = nn.Linear(8, 5)

    def forward(self, x):
        return self.fc(torch.flatten(self.gap(self.act2(self.conv2(self.pool(self.act1(self.conv1(x)))))), 1))


class DeepSets(nn.Module):
    """Per-particle phi (a pointwise Conv1d over 10 particles of 4 features), their mean, rho."""

    def __init__(self):
        super().__init__()
        self.phi = nn.Sequential(nn.Conv1d(4, 8, 1), nn.ReLU(), nn.Conv1d(8, 8, 1), nn.ReLU())
        self.rho = nn.Sequential(nn.Linear(8, 8), nn.Tanh(), nn.Linear(8, 5))

    def forward(self, x):
        return self.rho(self.phi(x).mean(dim=-1))


class ParticleMLP(nn.Module):
    """A Deep Sets network as PyTorch users often write it: Linear phi over (batch, particles, features), the
    mean over the particles, rho."""

    def __init__(self):
        super().__init__()
        self.phi = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 8), nn.ReLU())
        self.rho = nn.Sequential(nn.Linear(8, 8), nn.Tanh(), nn.Linear(8, 5))

    def forward(self, x):
        return self.rho(self.phi(x).mean(dim=1))


cases = {
    "deepsets": (DeepSets(), (16, 4, 10)),
    "particles": (ParticleMLP(), (16, 10, 4)),
    "mlp": (MLP(), (16, 16)),
    "cnn2d": (CNN2D(), (16, 1, 12, 12)),
    "cnn2d_view": (CNN2D(True), (16, 1, 12, 12)),
    "cnn1d": (CNN1D(), (16, 3, 20)),
}
for name, (model, shape) in cases.items():
    # non-trivial batch-norm statistics
    for m in model.modules():
        if isinstance(m, (nn.BatchNorm1d, nn.BatchNorm2d)):
            m.running_mean.uniform_(-1, 1)
            m.running_var.uniform_(0.5, 2)
            m.weight.data.uniform_(0.5, 1.5)
    model.eval()
    x = torch.rand(shape) * 4 - 2
    with torch.no_grad():
        y = model(x).numpy()
    np.savez(f"{name}.npz", x=x.numpy(), y=y)
    for dynamo in (False, True):
        path = f"{name}_{'dynamo' if dynamo else 'ts'}.onnx"
        try:
            if dynamo:
                torch.onnx.export(model, (x[:1],), path, dynamo=True)
            else:
                torch.onnx.export(model, (x[:1],), path, dynamo=False)
            print("exported", path)
        except Exception as e:  # noqa: BLE001 (one case's failure printed, the others still exported)
            print("FAILED", path, type(e).__name__, str(e)[:200])

# exported with a dynamic batch size, as most users export (`dynamic_axes` / `dynamic_shapes`): the
# TorchScript exporter computes `x.view(x.size(0), -1)`'s shape in the file (Shape, Gather, Unsqueeze,
# Concat); "mlp_fresh" is untrained, so both exporters store its BatchNorm1d's equal parameters once (made
# after the models above, which keep their weights)
dynamic = {
    "mlp_fresh": (MLP(), (16, 16)),
    "cnn2d_batch": (CNN2D(True), (16, 1, 12, 12)),
}

for name, (model, shape) in dynamic.items():
    model.eval()
    x = torch.rand(shape) * 4 - 2
    with torch.no_grad():
        y = model(x).numpy()
    np.savez(f"{name}.npz", x=x.numpy(), y=y)
    torch.onnx.export(
        model,
        (x[:2],),
        f"{name}_ts.onnx",
        dynamo=False,
        input_names=["x"],
        output_names=["y"],
        dynamic_axes={"x": {0: "batch"}, "y": {0: "batch"}},
    )
    batch = torch.export.Dim("batch")
    torch.onnx.export(model, (x[:2],), f"{name}_dynamo.onnx", dynamo=True, dynamic_shapes=({0: batch},))
    print("exported", name)


class ClippedMLP(nn.Module):
    """nn.PReLU of one slope per feature and of one slope, nn.ReLU6 and a clamp from 0 (a ReLU)."""

    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(16, 16)
        self.prelu = nn.PReLU(16)
        self.fc2 = nn.Linear(16, 16)
        self.relu6 = nn.ReLU6()
        self.out = nn.Linear(16, 5)
        self.prelu_out = nn.PReLU()

    def forward(self, x):
        return self.prelu_out(self.out(self.relu6(self.fc2(self.prelu(self.fc1(x))))).clamp(min=0))


class PReLUCNN(nn.Module):
    """nn.PReLU of one slope per channel and of one slope on maps, then `x.view(x.size(0), -1)`."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(2, 4, 3)
        self.prelu1 = nn.PReLU(4)
        self.conv2 = nn.Conv2d(4, 4, 3)
        self.prelu2 = nn.PReLU()
        self.fc = nn.Linear(4 * 4 * 4, 3)

    def forward(self, x):
        x = self.prelu2(self.conv2(self.prelu1(self.conv1(x))))
        return self.fc(x.view(x.size(0), -1))


# exported with an example batch of 2 (the TorchScript exporter writes the view as a Reshape to [2, -1]); the
# TorchScript exporter at opset 11, as older scripts pin it
clipped = {"prelu_mlp": (ClippedMLP(), (16, 16)), "prelu_cnn": (PReLUCNN(), (16, 2, 8, 8))}
for name, (model, shape) in clipped.items():
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, nn.PReLU):
                m.weight.uniform_(0.05, 0.5)
    model.eval()
    x = torch.rand(shape) * 4 - 2
    with torch.no_grad():
        y = model(x).numpy()
    np.savez(f"{name}.npz", x=x.numpy(), y=y)
    torch.onnx.export(model, (x[:2],), f"{name}_ts.onnx", dynamo=False, opset_version=11)
    torch.onnx.export(model, (x[:2],), f"{name}_dynamo.onnx", dynamo=True)
    print("exported", name)


class Tagger(nn.Module):
    """A recurrent tagger over (batch, 10 steps, 6 features): `cell`(6, 8) and a Linear(8, 3), its output what
    `read(fc, out, state)` makes of the recurrent layer's output and last state."""

    def __init__(self, cell, read, num_layers=1):
        super().__init__()
        self.rnn = cell(6, 8, num_layers=num_layers, batch_first=True)
        self.fc = nn.Linear(8, 3)
        self.read = read

    def forward(self, x):
        return self.read(self.fc, *self.rnn(x))


class LSTMSequence(nn.Module):
    """An LSTM's whole output read step by step by a Linear layer, then averaged over the steps."""

    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(6, 8, batch_first=True)
        self.step = nn.Linear(8, 4)
        self.fc = nn.Linear(4, 3)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(torch.relu(self.step(out)).mean(dim=1))


# recurrent taggers over (batch, 10 steps, 6 features), batch_first as hls4ml's users write them, exported
# with an example batch of 2; gru_last also with a dynamic batch size (its zero initial state an Expand of the
# computed batch size in TorchScript's file)
recurrent = {
    # a GRU read at its last step (`out[:, -1]`), an LSTM by its last state (`h_n[-1]`), a two-layer GRU (two
    # GRU nodes, their last states joined into h_n) by its last layer's state
    "gru_last": Tagger(nn.GRU, lambda fc, out, h: torch.softmax(fc(out[:, -1, :]), dim=1)),
    "lstm_state": Tagger(nn.LSTM, lambda fc, out, hc: fc(hc[0][-1])),
    "gru_stack": Tagger(nn.GRU, lambda fc, out, h: fc(h[-1]), num_layers=2),
    "lstm_sequence": LSTMSequence(),
}
for name, model in recurrent.items():
    model.eval()
    x = torch.rand((16, 10, 6)) * 4 - 2
    with torch.no_grad():
        y = model(x).numpy()
    np.savez(f"{name}.npz", x=x.numpy(), y=y)
    torch.onnx.export(model, (x[:2],), f"{name}_ts.onnx", dynamo=False)
    torch.onnx.export(model, (x[:2],), f"{name}_dynamo.onnx", dynamo=True)
    print("exported", name)
model = recurrent["gru_last"]
x = torch.rand((16, 10, 6)) * 4 - 2
with torch.no_grad():
    np.savez("gru_batch.npz", x=x.numpy(), y=model(x).numpy())
torch.onnx.export(
    model,
    (x[:2],),
    "gru_batch_ts.onnx",
    dynamo=False,
    input_names=["x"],
    output_names=["y"],
    dynamic_axes={"x": {0: "batch"}, "y": {0: "batch"}},
)
torch.onnx.export(
    model, (x[:2],), "gru_batch_dynamo.onnx", dynamo=True, dynamic_shapes=({0: torch.export.Dim("batch")},)
)
print("exported gru_batch")


class Twice(nn.Module):
    """One LSTM module called twice (its weights stored once by the dynamo exporter)."""

    def __init__(self):
        super().__init__()
        self.emb = nn.Linear(6, 8)
        self.rnn = nn.LSTM(8, 8, batch_first=True)
        self.fc = nn.Linear(8, 3)

    def forward(self, x):
        out, _ = self.rnn(self.emb(x))
        out, _ = self.rnn(out)
        return self.fc(out[:, -1])


class EncoderState(nn.Module):
    """A decoder GRU started from an encoder's state joined to zeros (not a zero state: refused)."""

    def __init__(self):
        super().__init__()
        self.enc = nn.GRU(6, 4, batch_first=True)
        self.dec = nn.GRU(6, 8, batch_first=True)
        self.fc = nn.Linear(8, 3)
        self.fc2 = nn.Linear(4, 3)

    def forward(self, x):
        _, h = self.enc(x)
        out, _ = self.dec(x, torch.cat([torch.zeros(1, x.size(0), 4), h], dim=2))
        return self.fc(out[:, -1]) + self.fc2(h[-1])


# a module called twice (read and written back apart), and three forms refused in one line (each a KeyError
# or, the encoder's state, a silent zero state before the review of 2026-12-06); the encoder-state model
# exported with a dynamic batch size, as its zeros are computed then
more_recurrent = {
    "lstm_twice": Twice(),
    "encoder_state": EncoderState(),
    "cell_state": Tagger(nn.LSTM, lambda fc, out, hc: fc(hc[1].squeeze(0))),  # its cell state
    "returns_state": Tagger(
        nn.GRU, lambda fc, out, h: (fc(h[-1]), h), num_layers=2
    ),  # its stacked states too
}
for name, model in more_recurrent.items():
    model.eval()
    x = torch.rand((16, 10, 6)) * 4 - 2
    with torch.no_grad():
        y = model(x)
    np.savez(f"{name}.npz", x=x.numpy(), y=(y[0] if isinstance(y, tuple) else y).numpy())
    dynamic = {"dynamic_axes": {"x": {0: "batch"}}, "input_names": ["x"]} if name == "encoder_state" else {}
    torch.onnx.export(model, (x[:2],), f"{name}_ts.onnx", dynamo=False, **dynamic)
    shapes = {"dynamic_shapes": ({0: torch.export.Dim("batch")},)} if name == "encoder_state" else {}
    torch.onnx.export(model, (x[:2],), f"{name}_dynamo.onnx", dynamo=True, **shapes)
    print("exported", name)
