"""The Qt binding itself: a release that miscounts references to None aborts the application
after a few thousand calls (PySide6 6.12.0 on Python 3.11 did), so it must never be installed."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_calls_that_return_nothing_keep_none_alive() -> None:
    item = QObject()
    before = sys.getrefcount(None)
    for _ in range(10_000):
        item.setObjectName("x")
    assert sys.getrefcount(None) - before > -100
