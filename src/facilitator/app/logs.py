"""Logging: named loggers under "facilitator", a rotating file in the log folder, a ring
buffer of recent lines that the crash dialog shows and a user can copy for support, and the
fault file where a hard crash leaves its Python stacks."""

from __future__ import annotations

import collections
import faulthandler
import logging
import logging.handlers
import threading
from pathlib import Path
from typing import TextIO

ROOT = "facilitator"
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
RING_CAPACITY = 500
FAULTS_LIMIT = 1_000_000


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


class _FaultFile:
    """The open file faulthandler writes to: it must stay open for as long as the process runs."""

    stream: TextIO | None = None


def record_faults(fault_file: Path) -> None:
    """Have a hard crash write every thread's Python stack to ``fault_file``.

    PySide can abort or crash inside Qt's C++ code, where no Python handler (nor the crash
    dialog) sees anything; faulthandler then writes the stacks straight from the signal handler.
    A process where faulthandler was already turned on (pytest, ``python -X faulthandler``)
    keeps it where it was asked for. The file is appended to, and started afresh once it passes
    ``FAULTS_LIMIT``. A file that cannot be written is logged, and crashes then go nowhere.
    """
    if faulthandler.is_enabled() and _FaultFile.stream is None:
        return
    try:
        if fault_file.exists() and fault_file.stat().st_size > FAULTS_LIMIT:
            fault_file.unlink()
        stream = fault_file.open("a", encoding="utf-8")
    except OSError as error:
        logging.getLogger(ROOT).warning("cannot write the fault file %s: %s", fault_file, error)
        return
    faulthandler.enable(stream)
    if _FaultFile.stream is not None:
        _FaultFile.stream.close()
    _FaultFile.stream = stream
