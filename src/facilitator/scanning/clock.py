"""The clock of the input sources: when each key of a scanner burst, each camera frame came."""

from __future__ import annotations

import time


def monotonic_ms() -> float:
    """Milliseconds that never go back (the wall clock may, at a daylight-saving change)."""
    return time.monotonic() * 1000.0
