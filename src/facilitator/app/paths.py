"""Where facilitator keeps its files, in one place.

Every path the application writes to comes from here. ``--basedir`` (or the
``FACILITATOR_BASEDIR`` environment variable) puts everything under one folder, which tests
and portable installs (a USB stick) use so as never to touch a user's real data.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "facilitator"
BASEDIR_VARIABLE = "FACILITATOR_BASEDIR"


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def default_database(self) -> Path:
        return self.data_dir / "facilitator.sqlite"

    @property
    def demo_database(self) -> Path:
        return self.data_dir / "demo.sqlite"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def device_id_file(self) -> Path:
        return self.data_dir / "device_id"

    @property
    def scan_archive(self) -> Path:
        """Page images of counted copier scans, kept for audit (one folder per vote and reading)."""
        return self.data_dir / "scans"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "facilitator.log"

    @property
    def fault_file(self) -> Path:
        """Where a hard crash (in Qt's C++ code) leaves the Python stacks of every thread."""
        return self.log_dir / "faults.log"

    def create(self) -> None:
        for directory in (self.data_dir, self.config_dir, self.log_dir):
            directory.mkdir(parents=True, exist_ok=True)


def resolve(basedir: Path | None = None) -> Paths:
    """The paths for ``basedir`` if given (or set in the environment), else the user's."""
    chosen = basedir or (Path(os.environ[BASEDIR_VARIABLE]) if os.environ.get(BASEDIR_VARIABLE) else None)
    if chosen is not None:
        base = chosen.expanduser().resolve()
        return Paths(data_dir=base / "data", config_dir=base / "config", log_dir=base / "logs")
    return Paths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )
