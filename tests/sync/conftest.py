from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.app import runtime
from facilitator.store.database import Database
from facilitator.store.opening import open_database
from tests.helpers.network import running_service


@pytest.fixture
def central(tmp_path: Path) -> Iterator[Database]:
    """A central store on SQLite (the service is the same on PostgreSQL, tested apart)."""
    with open_database(tmp_path / "central.sqlite", "central") as db:
        yield db


@pytest.fixture
def server(central: Database) -> Iterator[str]:
    with running_service(central) as address:
        yield address


def laptop(tmp_path: Path, name: str) -> Database:
    return runtime.start(tmp_path / name).open_database(tmp_path / f"{name}.sqlite")
