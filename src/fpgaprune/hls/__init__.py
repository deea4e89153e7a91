"""Real FPGA designs of the pipeline's models, and what they cost (documented in docs/hls.md).

- `convert`, `csim`: the hls4ml project, its g++ C simulation and its agreement with Keras.
- `firmware`: multiplier allocations read from the generated C++ (source `hls_code`).
- `synthesis`, `reports`: vendor synthesis through hls4ml's build, and the csynth report reader
  (`vivado`/`vitis`).
- `da`, `yosys`: the multiplier-free da4ml implementation, synthesised with yosys (source `yosys`).
- `tools`: which synthesis a design gets, given what is installed.
- `run`: one design end to end (what `fpgaprune hls` runs); its records are built by `fpgaprune.records`.

Only `tools`, `firmware`, `reports` and `yosys` are free of TensorFlow.
"""
