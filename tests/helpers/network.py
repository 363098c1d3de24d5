"""The sync service on loopback for tests (a real uvicorn server in a thread, on a free port),
and a keyring that keeps secrets in memory (this machine has none)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from keyring.backend import KeyringBackend

from facilitator.services.sync.devices import ensure_store
from facilitator.store.database import Database
from facilitator.sync.server import ServiceThread, SyncService


@contextmanager
def running_service(central: Database) -> Iterator[str]:
    """The service of ``central`` (made a store if need be) listening on 127.0.0.1; its address."""
    running = ServiceThread(SyncService(central, ensure_store(central))).start()
    try:
        yield running.address
    finally:
        running.stop()


class MemoryKeyring(KeyringBackend):
    """A keyring for tests: what a real one does, in this process's memory."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)
