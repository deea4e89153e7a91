"""hls4ml prints progress to stdout; library code logs instead."""

import contextlib
import io
import logging
import re

log = logging.getLogger("fpgaprune.hls")

# hls4ml 1.3's print when it builds a layer at another reuse factor than given (`set_closest_reuse_factor`)
_REPLACED_REUSE = re.compile(
    r'WARNING: Invalid ReuseFactor=(\d+) in layer "([^"]+)"\.\s*Using ReuseFactor=(\d+) instead\. '
    r"Valid ReuseFactor\(s\): ([\d,]+)\."
)


def quietly(function, *args, **kwargs):
    """Call `function`, sending what it prints to the debug log instead of stdout; a reuse factor hls4ml
    replaces is a warning (`fpgaprune estimate` of a model configured at an invalid one showed the replaced
    factor without a word, 2026-12-07)."""
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        result = function(*args, **kwargs)
    for line in buffer.getvalue().splitlines():
        if replaced := _REPLACED_REUSE.fullmatch(line.strip()):
            given, layer, built, valid = replaced.groups()
            shown = valid if len(valid) <= 60 else valid[:60].rsplit(",", 1)[0] + ",..."
            log.warning(
                "hls4ml builds layer %s at reuse factor %s, not the configured %s, which its kernel cannot "
                "take (valid: %s); give a valid one to silence this",
                layer,
                built,
                given,
                shown,
            )
        log.debug("hls4ml: %s", line)
    return result
