"""No command writes its output over a database, however the path is spelled."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from tests.helpers.cli import demo_database, facilitator


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return demo_database(tmp_path_factory.mktemp("outputs"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_export_over_the_open_database_is_refused(demo: tuple[Path, Path]) -> None:
    database, basedir = demo
    before = digest(database)
    spelled = database.parent / "." / "sub" / ".." / database.name
    (database.parent / "sub").mkdir(exist_ok=True)
    done = facilitator(
        "export", "indemnity", "--db", database, "--year", "2026", "--format", "csv", "-o", spelled, basedir=basedir
    )
    assert done.returncode == 3, done.stderr
    assert "base de données" in done.stderr and "Traceback" not in done.stderr
    assert digest(database) == before


def test_a_document_over_a_database_or_its_log_is_refused(demo: tuple[Path, Path], tmp_path: Path) -> None:
    database, basedir = demo
    listed = facilitator("session", "list", "--db", database, "--json", basedir=basedir)
    session = json.loads(listed.stdout)[0]["id"]
    other = tmp_path / "other.db"
    other.write_bytes(database.read_bytes())
    (tmp_path / "link.pdf").symlink_to(other)
    before = digest(other)
    for output in (Path(f"{database}-wal"), other, tmp_path / "link.pdf"):
        done = facilitator("print", "badges", "--db", database, "--session", session, "-o", output, basedir=basedir)
        assert done.returncode == 3, (output, done.stderr)
        assert "base de données" in done.stderr
    assert digest(other) == before
    assert os.path.islink(tmp_path / "link.pdf")
