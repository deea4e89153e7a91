"""Real FPGA designs of the pipeline's models, and what they cost (documented in docs/hls.md).

- `settings`: an experiment's `hls:` config, and the hls4ml strategy of each layer.
- `convert`, `csim`: the hls4ml project, its g++ C simulation and its agreement with Keras.
- `firmware`: multiplier allocations read from the generated C++ (source `hls_code`).
- `reports`: vendor synthesis through hls4ml's build, and the csynth report reader (`vivado`/`vitis`).
- `da`, `yosys`: the multiplier-free da4ml implementation, synthesised with yosys (source `yosys`).
- `tools`: which synthesis a design gets, given what is installed.
- `resources`: the source-tagged `resources.json` record.
- `design`: one design end to end (what `fpgaprune hls` runs).

Only `settings`, `tools`, `firmware`, `reports`, `yosys` and `resources` are free of TensorFlow.
"""
