"""hls4ml prints progress to stdout; library code logs instead."""

import contextlib
import io
import logging

log = logging.getLogger("fpgaprune.hls")


def quietly(function, *args, **kwargs):
    """Call `function`, sending what it prints to the debug log instead of stdout."""
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        result = function(*args, **kwargs)
    for line in buffer.getvalue().splitlines():
        log.debug("hls4ml: %s", line)
    return result
