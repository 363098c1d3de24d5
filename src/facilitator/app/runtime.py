"""What every entry point (window or command) sets up first: paths, logs, settings, identity."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from facilitator.app import logs, paths
from facilitator.app import settings as stored_settings
from facilitator.app.settings import Settings
from facilitator.store.database import Database
from facilitator.store.opening import open_database

log = logging.getLogger("facilitator")


@dataclass(frozen=True)
class Runtime:
    paths: paths.Paths
    device_id: str

    def settings(self) -> Settings:
        return stored_settings.load(self.paths.settings_file)

    def update_settings(self, **changes: object) -> Settings:
        return stored_settings.update(self.paths.settings_file, **changes)

    def open_database(self, path: Path | None = None, *, create: bool = True) -> Database:
        return open_database(path or self.paths.default_database, self.device_id, create=create)


def start(basedir: Path | None = None) -> Runtime:
    resolved = paths.resolve(basedir)
    resolved.create()
    logs.setup(resolved.log_file)
    logs.record_faults(resolved.fault_file)
    device = stored_settings.device_id(resolved)
    log.info("facilitator starting, data in %s", resolved.data_dir)
    return Runtime(resolved, device)
