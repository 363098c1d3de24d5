"""The real command, run in a subprocess as a script or an agent runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TIMEOUT_S = 180


def facilitator(
    *args: str | Path, basedir: Path, environment: dict[str, str] | None = None, timeout: float = TIMEOUT_S
) -> subprocess.CompletedProcess[str]:
    """``facilitator ARGS --basedir BASEDIR``, headless; its exit code and what it printed."""
    command = [sys.executable, "-m", "facilitator", *map(str, args), "--basedir", str(basedir)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(environment or {})}
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env)


def demo_database(folder: Path) -> tuple[Path, Path]:
    """A demo assembly written by the command line under ``folder``: its database and basedir."""
    database, basedir = folder / "demo.sqlite", folder / "base"
    created = facilitator("demo", "create", "--db", database, basedir=basedir)
    assert created.returncode == 0, created.stderr
    return database, basedir
