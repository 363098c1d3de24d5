"""Logging: named loggers under "facilitator", a rotating file in the log folder, and a ring
buffer of recent lines that the crash dialog shows and a user can copy for support."""

from __future__ import annotations

import collections
import logging
import logging.handlers
import threading
from pathlib import Path

ROOT = "facilitator"
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
RING_CAPACITY = 500


class RingBuffer(logging.Handler):
    """Keeps the last formatted records in memory."""

    def __init__(self, capacity: int = RING_CAPACITY) -> None:
        super().__init__()
        self._lines: collections.deque[str] = collections.deque(maxlen=capacity)
        self._lines_lock = threading.Lock()
        self.setFormatter(logging.Formatter(FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        line = self.format(record)
        with self._lines_lock:
            self._lines.append(line)

    def lines(self) -> list[str]:
        with self._lines_lock:
            return list(self._lines)


ring = RingBuffer()


def setup(log_file: Path | None, level: int = logging.INFO) -> None:
    """Send the application's logs to the ring buffer and, if given, a rotating file."""
    logger = logging.getLogger(ROOT)
    logger.setLevel(level)
    if ring not in logger.handlers:
        logger.addHandler(ring)
    if log_file is None:
        return
    for handler in list(logger.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            if Path(handler.baseFilename) == log_file:
                return
            logger.removeHandler(handler)  # one log file per process: the latest installation's
            handler.close()
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError as error:
        logger.warning("cannot write the log file %s, keeping logs in memory only: %s", log_file, error)
        return
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
