"""Installation files: paths under --basedir, typed settings, device identity, logs."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from facilitator.app import logs, paths, settings
from facilitator.app.settings import Settings


def test_basedir_puts_everything_under_one_folder(tmp_path: Path) -> None:
    resolved = paths.resolve(tmp_path / "portable")
    for path in (resolved.default_database, resolved.settings_file, resolved.log_file, resolved.device_id_file):
        assert path.is_relative_to(tmp_path / "portable")


def test_the_environment_variable_is_the_default_basedir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.BASEDIR_VARIABLE, str(tmp_path / "env"))
    assert paths.resolve().data_dir == (tmp_path / "env" / "data").resolve()


def test_settings_round_trip_and_defaults(tmp_path: Path) -> None:
    file = tmp_path / "settings.json"
    assert settings.load(file) == Settings()
    saved = settings.update(file, language="en", roster_columns={"qrt": "neighbourhood"})
    assert settings.load(file) == saved == Settings(language="en", roster_columns={"qrt": "neighbourhood"})


def test_bad_values_fall_back_to_defaults_and_are_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    file = tmp_path / "settings.json"
    file.write_text(json.dumps({"language": "klingon", "roster_columns": {"a": 3}, "unknown": 1}), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="facilitator.app.settings"):
        assert settings.load(file) == Settings()
    assert "language" in caplog.text and "roster_columns" in caplog.text
    file.write_text("{not json", encoding="utf-8")
    assert settings.load(file) == Settings()


def test_the_device_id_is_created_once_and_kept(tmp_path: Path) -> None:
    resolved = paths.resolve(tmp_path)
    resolved.create()
    first = settings.device_id(resolved)
    assert settings.device_id(resolved) == first
    resolved.device_id_file.write_text("garbage", encoding="ascii")
    assert settings.device_id(resolved) != first


def test_logs_go_to_the_rotating_file_and_the_ring(tmp_path: Path) -> None:
    log_file = tmp_path / "logs" / "facilitator.log"
    logs.setup(log_file)
    logging.getLogger("facilitator.test").warning("un message avec accents é")
    for handler in logging.getLogger(logs.ROOT).handlers:
        handler.flush()
    assert "un message avec accents é" in log_file.read_text(encoding="utf-8")
    assert any("un message avec accents é" in line for line in logs.ring.lines())
