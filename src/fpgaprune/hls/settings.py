"""An experiment's `hls:` settings (no TensorFlow); defaults mirror workflow/schemas/config.schema.yaml."""

from dataclasses import dataclass, fields

BACKENDS = ("Vitis", "Vivado")


@dataclass(frozen=True)
class HlsSettings:
    """How a model becomes an hls4ml design; the `hls:` key of an experiment (config schema)."""

    backend: str = "Vitis"
    part: str = "xcu250-figd2104-2L-e"
    clock_period: float = 5.0
    io_type: str = "io_parallel"
    precision: str = "ap_fixed<16,6>"
    input_precision: str | None = None  # None: `precision`
    accum_precision: str = "auto"
    synthesis: str = "auto"
    csim_samples: int | None = None

    @classmethod
    def from_experiment(cls, experiment: dict) -> "HlsSettings":
        """The settings of an experiment's config (keys absent from it keep their defaults).

        Raises:
            ValueError: unknown backend.
        """
        given = experiment.get("hls", {})
        known = {f.name for f in fields(cls)}
        settings = cls(**{key: value for key, value in given.items() if key in known})
        if settings.backend not in BACKENDS:
            raise ValueError(
                f"hls.backend: {settings.backend!r} is not an hls4ml backend we build; use one of {BACKENDS}"
            )
        return settings
