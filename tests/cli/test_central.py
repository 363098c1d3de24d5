"""The town hall's side and two laptops, each a real process: the central store on the real
PostgreSQL, the sync service started by the command line, laptops enrolled and synced by the
command line, the service killed in the middle of an apply and a laptop killed in the middle of
a push, then everything rerun: complete, nothing doubled."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from facilitator.app.crashpoints import CRASH_EXIT_CODE
from facilitator.cli.common import EXIT_ENVIRONMENT, EXIT_REFUSED
from tests.cli.test_attendance import new_session
from tests.conftest import POSTGRES_ADMIN_URL, new_postgres_database
from tests.helpers.cli import demo_database, facilitator

ASSEMBLY = "Assemblée citoyenne de Villebrune"


@pytest.fixture
def central_url() -> Iterator[str]:
    """A new, empty database on the PostgreSQL server, as the IT agent writes its address."""
    with new_postgres_database("facilitator_central") as url:
        yield url.replace("postgresql+psycopg://", "postgresql://")


class Service:
    """``facilitator server`` in its own process."""

    def __init__(self, url: str, basedir: Path, environment: dict[str, str] | None = None, port: int = 0) -> None:
        command = [sys.executable, "-m", "facilitator", "server", "--central", url, "--port", str(port)]
        self.process = subprocess.Popen(
            [*command, "--basedir", str(basedir)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(environment or {})},
        )
        assert self.process.stdout is not None
        started = self.process.stdout.readline()
        assert started, self.process.stderr.read() if self.process.stderr else ""
        self.address = json.loads(started)["address"]

    def stop(self) -> str:
        """Stop it; what it logged."""
        self.process.terminate()
        _, logged = self.process.communicate(timeout=30)
        return logged


def code_for(url: str, name: str, basedir: Path) -> str:
    added = facilitator("central", "add-device", "--central", url, "--name", name, "--json", basedir=basedir)
    assert added.returncode == 0, added.stderr
    return json.loads(added.stdout)["code"]


def enrolled(url: str, server: str, name: str, database: Path, basedir: Path) -> dict[str, str]:
    code = code_for(url, name, basedir)
    given = facilitator(
        "sync", "enrol", "--db", database, "--server", server, "--code", code, "--print-token", basedir=basedir
    )
    assert given.returncode == 0, given.stderr
    return {"FACILITATOR_SYNC_TOKEN": given.stdout.strip()}


def sync_run(database: Path, basedir: Path, token: dict[str, str], *extra: str) -> subprocess.CompletedProcess[str]:
    return facilitator("sync", "run", "--db", database, "--json", *extra, basedir=basedir, environment=token)


def changes_in(url: str) -> int:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as connection:
        count = connection.execute(text("SELECT count(*) FROM change_log")).scalar_one()
    engine.dispose()
    return int(count)


def test_two_laptops_converge_through_the_service_despite_kills(central_url: str, tmp_path: Path) -> None:
    office = tmp_path / "office"
    for _ in range(2):
        init = facilitator("central", "init", "--central", central_url, basedir=office)
        assert init.returncode == 0, init.stderr
    first, first_base = demo_database(tmp_path / "first")
    second, second_base = tmp_path / "second.sqlite", tmp_path / "second"

    service = Service(central_url, office, {"FACILITATOR_CRASHPOINT": "sync_applied_before_commit"})
    first_token = enrolled(central_url, service.address, "Accueil 1", first, first_base)
    crashed = sync_run(first, first_base, first_token)  # the service dies in the middle of the apply
    assert service.process.wait(timeout=60) == CRASH_EXIT_CODE
    assert crashed.returncode == EXIT_ENVIRONMENT
    assert "injoignable" in crashed.stderr and "Traceback" not in crashed.stderr
    assert changes_in(central_url) == 0

    service = Service(central_url, office, port=int(service.address.rsplit(":", 1)[1]))  # restarted
    killed = facilitator(
        "sync",
        "run",
        "--db",
        first,
        basedir=first_base,
        environment={**first_token, "FACILITATOR_CRASHPOINT": "after_push_page"},
    )
    assert killed.returncode == CRASH_EXIT_CODE
    pushed = json.loads(sync_run(first, first_base, first_token).stdout)
    held = changes_in(central_url)
    assert held > 1000 and pushed["pushed"] == 0 and pushed["in_step"]

    second_token = enrolled(central_url, service.address, "Accueil 2", second, second_base)
    joined = sync_run(second, second_base, second_token, "--assembly", ASSEMBLY)
    assert joined.returncode == 0, joined.stderr
    assert json.loads(joined.stdout)["pulled"] == held and json.loads(joined.stdout)["in_step"]

    session = new_session(second, second_base, "2027-03-06")
    arrived = facilitator(
        "attendance",
        "record",
        "--db",
        second,
        "--session",
        session,
        "--participant",
        "1",
        "--arrival",
        "09:05",
        basedir=second_base,
    )
    assert arrived.returncode == 0, arrived.stderr
    assert json.loads(sync_run(second, second_base, second_token).stdout)["pushed"] == 2
    back = json.loads(sync_run(first, first_base, first_token).stdout)
    assert (back["pulled"], back["pushed"], back["in_step"]) == (2, 0, True)
    assert changes_in(central_url) == held + 2
    held += 2

    walk_in = tmp_path / "walk-in.csv"
    walk_in.write_text("Nom;Prénom\nBarbier;Awa\n", encoding="utf-8")
    for database, base in ((first, first_base), (second, second_base)):
        imported = facilitator("roster", "import", walk_in, "--db", database, "--assembly", ASSEMBLY, basedir=base)
        assert imported.returncode == 0, imported.stderr
    sync_run(second, second_base, second_token)
    attention = json.loads(sync_run(first, first_base, first_token).stdout)["needs_attention"]
    assert {item["kind"] for item in attention} == {"same_person", "badge_number_twice"}
    assert all("Awa Barbier" in [record["name"] for record in item["records"]] for item in attention)
    sync_run(second, second_base, second_token)

    status = facilitator("sync", "status", "--db", first, "--json", basedir=first_base)
    assert json.loads(status.stdout)["pending"] == 0 and json.loads(status.stdout)["device_name"] == "Accueil 1"

    revoked = facilitator("central", "revoke", "--central", central_url, "--name", "Accueil 2", basedir=office)
    assert revoked.returncode == 0, revoked.stderr
    refused = sync_run(second, second_base, second_token)
    assert refused.returncode == EXIT_REFUSED and "révoqué" in refused.stderr
    logged = service.stop()
    assert "revoked" in logged and "Accueil 2" in logged

    stopped = sync_run(first, first_base, first_token)
    assert stopped.returncode == EXIT_ENVIRONMENT and "injoignable" in stopped.stderr


def test_a_service_without_certificate_stays_on_this_computer(central_url: str, tmp_path: Path) -> None:
    facilitator("central", "init", "--central", central_url, basedir=tmp_path)
    refused = facilitator("server", "--central", central_url, "--host", "0.0.0.0", basedir=tmp_path)
    assert refused.returncode == EXIT_REFUSED and "certificat" in refused.stderr


def test_a_laptop_without_keyring_is_told_how_to_enrol(central_url: str, tmp_path: Path) -> None:
    office = tmp_path / "office"
    facilitator("central", "init", "--central", central_url, basedir=office)
    service = Service(central_url, office)
    try:
        code = code_for(central_url, "Accueil", office)
        refused = facilitator(
            "sync",
            "enrol",
            "--db",
            tmp_path / "a.sqlite",
            "--server",
            service.address,
            "--code",
            code,
            basedir=tmp_path / "a",
            environment={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
        )
        assert refused.returncode == EXIT_REFUSED and "--print-token" in refused.stderr
        token = enrolled_with(code, service.address, tmp_path)
        assert len(token) > 30
    finally:
        service.stop()


def enrolled_with(code: str, server: str, tmp_path: Path) -> str:
    """The code was not spent by the refused enrolment: it still gives a token."""
    given = facilitator(
        "sync",
        "enrol",
        "--db",
        tmp_path / "b.sqlite",
        "--server",
        server,
        "--code",
        code,
        "--print-token",
        basedir=tmp_path / "b",
    )
    assert given.returncode == 0, given.stderr
    return given.stdout.strip()


def test_only_the_services_role_may_write_the_central_store(central_url: str, tmp_path: Path) -> None:
    """The tables belong to the role that ran ``central init`` (the service's); another role,
    a reporting tool's, gets nothing until it is granted reading alone."""
    import psycopg

    init = facilitator("central", "init", "--central", central_url, basedir=tmp_path)
    assert init.returncode == 0, init.stderr
    role = f"reporting_{uuid.uuid4().hex[:8]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE ROLE {role} LOGIN"))
    try:
        as_reporting = central_url.replace("postgres@", f"{role}@")
        with psycopg.connect(as_reporting) as connection, pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("INSERT INTO sync_store (id, created) VALUES (gen_random_uuid(), now())")
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP OWNED BY {role}"))
            connection.execute(text(f"DROP ROLE {role}"))
        admin.dispose()
