"""Progress of long calls that report none themselves (hls4ml's C simulation, yosys)."""

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator

log = logging.getLogger(__name__)


@contextlib.contextmanager
def heartbeat(
    describe: Callable[[float], str], every_s: float = 30.0, logger: logging.Logger = log
) -> Iterator[None]:
    """Log `describe(seconds so far)` every `every_s` seconds while the block runs."""
    stop, start = threading.Event(), time.perf_counter()

    def beat() -> None:
        while not stop.wait(every_s):
            logger.info(describe(time.perf_counter() - start))

    thread = threading.Thread(target=beat, name="fpgaprune-heartbeat", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
