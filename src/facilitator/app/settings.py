"""Typed, declared settings of this installation, stored as JSON in the config folder.

Each setting is a field of ``Settings`` with its type and default; nothing else reads or
writes preferences. A damaged or hand-edited file never stops the application: unknown keys
are ignored and a value of the wrong type falls back to its default (and is logged).
"""

from __future__ import annotations

import dataclasses
import json
import logging
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_type_hints

from facilitator.app.files import write_atomically
from facilitator.app.paths import Paths

log = logging.getLogger("facilitator.app.settings")

LANGUAGES = ("fr", "en")


@dataclass(frozen=True)
class Settings:
    language: str = "fr"
    last_database: str = ""
    roster_columns: dict[str, str] = field(default_factory=dict)
    """Remembered roster column choices: folded header → field name ("" = ignored)."""
    documents_folder: str = ""
    """Where the last document (PDF, export) was saved; the next one is offered there."""


def _valid(name: str, value: Any) -> bool:
    expected = get_type_hints(Settings)[name]
    origin = getattr(expected, "__origin__", expected)
    if not isinstance(value, origin):
        return False
    if name == "language":
        return value in LANGUAGES
    if origin is dict:
        return all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())
    return True


def load(path: Path) -> Settings:
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as error:
        log.warning("settings file %s unreadable, using defaults: %s", path, error)
        return Settings()
    if not isinstance(stored, dict):
        log.warning("settings file %s holds no object, using defaults", path)
        return Settings()
    values = {}
    for option in dataclasses.fields(Settings):
        if option.name not in stored:
            continue
        if _valid(option.name, stored[option.name]):
            values[option.name] = stored[option.name]
        else:
            log.warning("setting %s has an invalid value %r, using the default", option.name, stored[option.name])
    return Settings(**values)


def save(path: Path, settings: Settings) -> None:
    text = json.dumps(dataclasses.asdict(settings), ensure_ascii=False, indent=2, sort_keys=True)
    write_atomically(path, text.encode("utf-8"))


def update(path: Path, **changes: Any) -> Settings:
    """Load, change and save in one step; returns the new settings."""
    settings = dataclasses.replace(load(path), **changes)
    save(path, settings)
    return settings


def device_id(paths: Paths) -> str:
    """This installation's identity in change logs and clock stamps, created on first use."""
    file = paths.device_id_file
    try:
        stored = file.read_text(encoding="ascii").strip()
        return str(uuid.UUID(stored))
    except FileNotFoundError:
        pass
    except ValueError:
        log.warning("device id file %s is damaged; this installation gets a new identity", file)
    new = str(uuid.uuid4())
    write_atomically(file, new.encode("ascii"))
    return new
