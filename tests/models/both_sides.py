"""The prune side's estimate of a user's model against the estimate of the project the real hls4ml writes
for it (no C++ compile), shared by the tests of what a user's network may hold (test_user_pointwise_dense.py,
test_user_parallelization.py, test_user_upsampling.py, test_user_result_register.py)."""

from dataclasses import dataclass

import numpy as np

RESOURCES = ("dsp", "bram_18k", "lut", "ff", "latency_cycles", "ii")


@dataclass
class BothSides:
    prune_side: dict  # layer name -> the six numbers of `RESOURCES` and more, as `estimate_model` gives them
    project: dict  # the same of `estimate_project` on the written folder (a GRU's kernels: its parts')
    designed: dict  # layer name -> the prune side's LayerHardware
    written: dict  # layer name -> the project reader's LayerHardware
    graph: object  # hls4ml's ModelGraph
    source: str  # the written firmware's top function

    def differences(self, names) -> list[tuple]:
        """(layer, resource, prune side, project) wherever the two estimates differ."""
        return [
            (name, key, self.prune_side[name][key], self.project[name][key])
            for name in names
            for key in RESOURCES
            if self.prune_side[name][key] != self.project[name][key]
        ]


def both_sides(model, config: dict, folder, io_type: str) -> BothSides:
    """Write `model`'s hls4ml project under `config` (Vitis) into `folder` and estimate it, and estimate the
    design the prune side reads from the same configuration (its kernels as built:
    `models.build.built_kernel`), for the project's target."""
    import hls4ml

    from fpgaprune.core.design import design_layers
    from fpgaprune.core.hardware.cost import estimate_model
    from fpgaprune.core.hardware.glue import estimate_project
    from fpgaprune.core.hardware.project import project_layers, read_project_files
    from fpgaprune.core.hardware.recurrent import recurrent_products
    from fpgaprune.hls.convert import quantized_for_hls4ml
    from fpgaprune.hls.quiet import quietly
    from fpgaprune.models.build import built_kernel
    from fpgaprune.models.user import hls_design, weight_holder, weight_layers

    with quantized_for_hls4ml(model):  # as fpgaprune writes its projects (`convert.model_graph`)
        graph = quietly(
            hls4ml.converters.convert_from_keras_model,
            model,
            hls_config=config,
            output_dir=str(folder),
            backend="Vitis",
            io_type=io_type,
        )
    quietly(graph.write)
    files = read_project_files(folder)
    written, _, target = project_layers(files)
    written += [product for product, _ in recurrent_products(files)]
    design = hls_design(model, config, classifier=False)
    weights = weight_layers(model)
    settings = design.setting.resolve(weights, "t")
    layers = design_layers(weights, settings, design.precisions, io_type, pruned=False)
    kernels = [built_kernel(weight_holder(model, layer.name), layer.fused_batchnorm) for layer in layers]
    project = estimate_project(folder)
    return BothSides(
        estimate_model(layers, kernels, target).as_dict()["layers"],
        project["layers"] | _recurrent_parts(project["activations"]),
        {layer.name: layer for layer in layers},
        {layer.name: layer for layer in written},
        graph,
        files.source,
    )


def _recurrent_parts(activations: dict) -> dict:
    """Each GRU's and LSTM's kernel and recurrent kernel in the project's estimate, by weight layer name."""
    return {
        f"{name}.{part}": estimate["parts"][part]
        for name, estimate in activations.items()
        if estimate.get("kind") in ("gru", "lstm")
        for part in ("kernel", "recurrent_kernel")
    }


def weights_on_grid(model, step: float = 0.25, seed: int = 0):
    """`model` with every weight set to a multiple of `step` in [-3 step, 3 step] (exact in the fixed<16,6>
    types the tests design, so both sides cost the same constants)."""
    rng = np.random.default_rng(seed)
    for layer in model.layers:
        if layer.get_weights():
            layer.set_weights([rng.integers(-3, 4, w.shape) * step for w in layer.get_weights()])
    return model
