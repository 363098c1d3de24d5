"""Fixtures shared by every test layer.

Tests never touch the user's real data: FACILITATOR_BASEDIR points at a temporary folder
for the whole run, before anything from facilitator is imported; Qt runs offscreen.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["FACILITATOR_BASEDIR"] = tempfile.mkdtemp(prefix="facilitator-tests-")

import keyring
import pytest
from hypothesis import settings
from PySide6.QtCore import QCoreApplication

from facilitator.app import runtime
from facilitator.services.assemblies.assemblies import create_assembly
from facilitator.store.database import Database
from tests.helpers.network import MemoryKeyring

settings.register_profile("default", deadline=None)
settings.load_profile("default")

DATA = Path(__file__).parent / "data"
POSTGRES_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@pytest.fixture
def context(tmp_path: Path) -> runtime.Runtime:
    """An installation of its own: settings, logs and device id under ``tmp_path``."""
    return runtime.start(tmp_path / "base")


@pytest.fixture
def db(context: runtime.Runtime, tmp_path: Path) -> Iterator[Database]:
    database = context.open_database(tmp_path / "test.sqlite")
    yield database
    database.dispose()


@pytest.fixture
def assembly(db: Database) -> uuid.UUID:
    return create_assembly(db, "Assemblée citoyenne de Testville", "Testville").value


@contextmanager
def french_catalogue(app: QCoreApplication) -> Iterator[None]:
    """The French catalogue and locale, as the window and the command line install them, removed
    afterwards (documents and messages are checked in the words users read)."""
    from PySide6.QtCore import QLocale

    from facilitator.app import i18n

    previous = QLocale()
    translators = i18n.install(app, "fr")
    try:
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(previous)


@pytest.fixture
def french(qapp: QCoreApplication) -> Iterator[None]:
    """French for one test; ``qapp`` is pytest-qt's QApplication (the widgets' tests need one)."""
    with french_catalogue(qapp):
        yield


@contextmanager
def new_postgres_database(prefix: str = "facilitator_test") -> Iterator[str]:
    """A new, empty database on the PostgreSQL server, dropped afterwards: its address."""
    from sqlalchemy import create_engine, text

    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh database on the PostgreSQL server for this run."""
    with new_postgres_database() as url:
        yield url


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """This machine has no keyring: one in memory for the test."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
