"""The `resources.json` record of a design: every number tagged with its source (no TensorFlow).

Schema `fpgaprune.resources/1` (docs/hls.md has an example):
- `design`: identity and settings of the design.
- `by_source`: what each source says,
  `{source: {"total": {metric: value}, "layers": {name: {metric: value}}, ...}}`.
  Sources: `estimate` (the cost model), `hls_code` (multiplier instances the generated firmware
  allows, under "dsp": an upper bound on DSPs), `vivado`/`vitis` (C-synthesis reports of hls4ml's
  build), and `yosys` (synthesis of the da4ml implementation of the same model: a different,
  multiplier-free circuit, so never mixed into `total`).
- `total` and `layers`: for each metric the value of the most authoritative source that has it,
  as `{"value": v, "source": s}`; precedence vivado, vitis, estimate, hls_code.
- `synthesis`: requested mode, what was used, status and a one-line message.
Latency is given in cycles and in ns (cycles x the design's clock period).
"""

from fpgaprune import __version__

SCHEMA = "fpgaprune.resources/1"
METRICS = ("dsp", "bram_18k", "lut", "ff", "latency_cycles", "ii")
PRECEDENCE = ("vivado", "vitis", "estimate", "hls_code")


def resources_record(
    design: dict, by_source: dict[str, dict], synthesis: dict, clock_period_ns: float
) -> dict:
    """Assemble the record.

    Args:
        design: identity and settings (experiment, model, reuse setting, method, target, part, ...).
        by_source: source -> {"total": {metric: value}, "layers": {layer: {metric: value}}, ...}.
        synthesis: {"requested", "used", "status", "message"}.
        clock_period_ns: the design's clock period, for latencies in ns.

    Returns:
        The JSON-able record (see the module docstring).
    """
    unknown = sorted(set(by_source) - set(PRECEDENCE) - {"yosys"})
    if unknown:
        raise ValueError(
            f"unknown resource source(s) {unknown}; sources: {', '.join(PRECEDENCE + ('yosys',))}"
        )
    totals = {source: entry.get("total", {}) for source, entry in by_source.items()}
    layer_names = [name for source in PRECEDENCE for name in by_source.get(source, {}).get("layers", {})]
    layers = {
        name: _tagged(
            {
                source: by_source[source]["layers"].get(name, {})
                for source in by_source
                if "layers" in by_source[source]
            },
            clock_period_ns,
        )
        for name in dict.fromkeys(layer_names)
    }
    return {
        "schema": SCHEMA,
        "fpgaprune_version": __version__,
        "design": design,
        "total": _tagged(totals, clock_period_ns),
        "layers": [{"name": name, **metrics} for name, metrics in layers.items()],
        "by_source": {source: _with_ns(entry, clock_period_ns) for source, entry in by_source.items()},
        "synthesis": synthesis,
    }


def _tagged(values_by_source: dict[str, dict], clock_period_ns: float) -> dict:
    tagged = {}
    for metric in METRICS:
        source = next((s for s in PRECEDENCE if values_by_source.get(s, {}).get(metric) is not None), None)
        if source is not None:
            tagged[metric] = {"value": values_by_source[source][metric], "source": source}
    if "latency_cycles" in tagged:
        cycles = tagged["latency_cycles"]
        tagged["latency_ns"] = {"value": cycles["value"] * clock_period_ns, "source": cycles["source"]}
    return tagged


def _with_ns(entry: dict, clock_period_ns: float) -> dict:
    total = dict(entry.get("total", {}))
    if total.get("latency_cycles") is not None:
        total["latency_ns"] = total["latency_cycles"] * clock_period_ns
    return {**entry, "total": total}
