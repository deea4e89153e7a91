# fpgaprune: FPGA resource-aware structured pruning, reproduced end to end.
#   snakemake --cores N                                  default run (config/config.yaml)
#   snakemake --cores N --configfile config/paper.yaml   the paper's experiments
# The flow and the layers are described in README.md; every rule calls one `fpgaprune` command.
from snakemake.utils import min_version

min_version("9.0")

# Load the default configuration only when no --configfile was given: Snakemake merges a
# `configfile:` into --configfile dictionaries, which would silently add the default experiments to
# any run. A file without `experiments` is an error; to change a few keys of the default run, give
# both files (later ones win): --configfile config/config.yaml mine.yaml (config/README.md).
if not workflow.overwrite_configfiles:

    configfile: "config/config.yaml"


include: "workflow/rules/common.smk"
include: "workflow/rules/data.smk"
include: "workflow/rules/train.smk"
include: "workflow/rules/prune.smk"
include: "workflow/rules/hls.smk"
include: "workflow/rules/aggregate.smk"


report: "workflow/report/workflow.rst"


rule all:
    default_target: True
    input:
        all_targets(),
