"""Recompute every MEASURED_* pin of tests/core/hardware/test_heldout.py and print those that moved; with
--write LABEL, rewrite them in place (the old value kept in a `# <metric> before LABEL` comment line, LABEL
the branch that moved them). BLIND_* (first scorings) are never written: a metric a MEASURED dict takes from
BLIND_* by `**` gets its own line; a set whose bands are BLIND_* itself (no MEASURED dict yet, e.g. set 20)
is printed, not written. Branch clockunc's tool after the refit; run from the repository root:

    PYTHONPATH=src:. .venv/bin/python bench/repin_heldout.py [--write LABEL]
"""

import re
import sys
import warnings
from pathlib import Path

import numpy as np

warnings.simplefilter("ignore")
import tests.core.hardware.test_heldout as t

from fpgaprune.core.hardware.heldout import design_comparisons, layer_comparisons

DATA = Path(t.__file__).parent / "data"
PATH = Path(t.__file__)
moved = []  # (dict name, sub key or None, metric, old, new)


def check(name, sub, comparisons, bands):
    for metric, (median, worst) in bands.items():
        errors = np.array([c.error for c in comparisons if c.metric == metric])
        new = (round(float(np.median(errors)), 4), round(float(errors.max()), 4))
        if abs(new[0] - median) > 0.002 or abs(new[1] - worst) > 0.002:
            moved.append((name, sub, metric, (median, worst), new))


check("MEASURED", None, t._not_conv1d(layer_comparisons(t.HELDOUT)), t.MEASURED)  # set 1
for n, name in {
    2: "heldout2",
    3: "heldout3",
    4: "heldout4",
    5: "heldout5",
    6: "heldout6",
    7: "heldout7",
    8: "heldout8",
}.items():
    comps = [c for c in layer_comparisons(DATA / name) if c.design not in t.LEFT_OUT.get(name, set())]
    comps = t._not_conv1d(comps) if n in (3, 4) else comps
    check(f"MEASURED_{n}", None, comps, getattr(t, f"MEASURED_{n}"))
for name, bands in t.MEASURED_DESIGNS.items():
    comps = [c for c in design_comparisons(DATA / name) if c.design not in t.LEFT_OUT.get(name, set())]
    check("MEASURED_DESIGNS", name, comps, bands)
for kind, bands in t.MEASURED_11.items():
    check("MEASURED_11", kind, [c for c in layer_comparisons(DATA / "heldout11") if c.kind == kind], bands)
for root, (_, _, layer_bands, design_bands) in t.BLIND_SETS.items():
    n = root.name.removeprefix("heldout")
    check(f"MEASURED_{n}", None, layer_comparisons(root), layer_bands)
    check(f"MEASURED_{n}_DESIGNS", None, design_comparisons(root), design_bands)

for m in moved:
    print(*m, sep="\t")

if "--write" in sys.argv:
    label = sys.argv[sys.argv.index("--write") + 1 :][:1]
    if not label:
        sys.exit("--write needs the label of the change (the comment reads 'before LABEL')")
    text = PATH.read_text()
    for name, sub, metric, old, new in moved:
        found = re.search(rf"^{name} = \{{", text, re.MULTILINE)
        if found is None:
            print(f"{name}: no such dict (the set's bands are BLIND_*); {metric} not written")
            continue
        start = found.start()
        end = text.index("\n}\n", start)
        if sub is not None:
            start = text.index(f'    "{sub}": {{', start)
            end = text.index("\n    },", start)
        region = text[start:end]
        line = re.search(rf'^(\s*)"{metric}": \(([^)]*)\),([^\n]*)$', region, re.MULTILINE)
        note = f"before {label[0]}: {old[0]}, {old[1]}"
        if line:
            indent, _, comment = line.groups()
            new_line = f'{indent}# {metric} {note}\n{indent}"{metric}": ({new[0]}, {new[1]}),{comment}'
            region = region[: line.start()] + new_line + region[line.end() :]
        else:  # inherited from BLIND_* through **: its own line after the spread
            spread = re.search(r"^(\s*)\*\*BLIND_\w+,$", region, re.MULTILINE)
            assert spread, (name, sub, metric)
            insert = f'\n{spread.group(1)}"{metric}": ({new[0]}, {new[1]}),  # {note} (BLIND_* unchanged)'
            region = region[: spread.end()] + insert + region[spread.end() :]
        text = text[:start] + region + text[end:]
    PATH.write_text(text)
