"""Every reshaped Resource weight ROM of the held-out sets (branch vivadoromreg): depth (RF), nominal word
(block_factor x weight bits), the word HLS keeps (`structures.rom_word_bits`), their product, whether the
template leaves the storage free (`LayerHardware.weights_storage_free`), the weight-ROM BRAM the model gives
(`structures.weight_rom_bram`, with the rem0 `outidx` ROM) and the layer's reported BRAM (instances.csv; the
whole instance, so other memories are in it too). Sorted by tool and kept bits: the register cut-off
reads off.

    PYTHONPATH=src .venv/bin/python bench/weight_rom_rows.py [SET ...]   (default: sets 1-8, 11-20)
"""

import sys
import warnings
from pathlib import Path

from fpgaprune.core.hardware.heldout import manifest_tool, read_design_project, read_table
from fpgaprune.core.hardware.structures import as_matrix, rom_word_bits, weight_rom_bram

DATA = Path(__file__).resolve().parents[1] / "tests" / "core" / "hardware" / "data"
SETS = ["heldout"] + [f"heldout{n}" for n in (2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)]


def set_rows(set_name: str) -> list[tuple]:
    root = DATA / set_name
    reported = {(row["design"], row["layer"]): row["bram_18k"] for row in read_table(root / "instances.csv")}
    rows = []
    for design in read_table(root / "MANIFEST.tsv", "\t"):
        tool = manifest_tool(design)
        layers, kernels, _ = read_design_project(root, design)
        for layer, kernel in zip(layers, kernels):
            if not layer.weights_in_bram or layer.weights_unreshaped:
                continue
            matrix = as_matrix(layer, kernel)
            word = rom_word_bits(layer, matrix)
            rows.append(
                (
                    design["hls_tool"],
                    layer.reuse_factor * word,
                    f"{set_name} {design['design']} {layer.name}",
                    design["hls_version"],
                    layer.reuse_factor,
                    layer.block_factor * layer.weight_type.width,
                    word,
                    "free" if layer.weights_storage_free else "bound",
                    weight_rom_bram(layer, tool, matrix),
                    reported.get((design["design"], layer.name), "?"),
                )
            )
    return rows


def main() -> None:
    warnings.simplefilter("ignore")
    rows = sorted(row for set_name in sys.argv[1:] or SETS for row in set_rows(set_name))
    print("| tool | version | layer | depth | word | kept | bits | storage | model BRAM | report BRAM |")
    print("|---" * 10 + "|")
    for tool, bits, where, version, depth, word, kept, storage, model, report in rows:
        cells = (tool, version, where, depth, word, kept, bits, storage, model, report)
        print("| " + " | ".join(str(cell) for cell in cells) + " |")


if __name__ == "__main__":
    main()
