"""Deterministic crash points for durability tests.

Setting ``FACILITATOR_CRASHPOINT`` to a point's name kills the process there with
``os._exit``, as a power cut or ``kill -9`` would, at moments a random kill rarely hits
(between the commit and the screen saying "enregistré").
"""

from __future__ import annotations

import os

CRASH_EXIT_CODE = 70


def reach(point: str) -> None:
    if os.environ.get("FACILITATOR_CRASHPOINT") == point:
        os._exit(CRASH_EXIT_CODE)
