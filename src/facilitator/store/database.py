"""An open database: read sessions, and write transactions that stamp and log every change.

Services write only through ``Database.write()``: one transaction per user action, begun
for writing at once, committed before the caller hears "done". The ``Writer`` it yields is
the one way to insert, change or delete a synced row, which guarantees that each change gets
its clock stamp, its version and its change-log row in the same transaction; it also gathers
what kinds of data the action changed, which the service answers with (``Writer.done``).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, func, insert, inspect, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from uuid6 import uuid7

from facilitator.app import crashpoints
from facilitator.app.clock import to_utc
from facilitator.app.errors import database_problem
from facilitator.core.changes import Change, Changed
from facilitator.core.hlc import Stamp, tick
from facilitator.store.changes import change_of
from facilitator.store.migrate import SCHEMA_REVISION
from facilitator.store.models import Base, ChangeLog, Event, Synced
from facilitator.store.scope import Scopes

S = TypeVar("S", bound=Synced)
E = TypeVar("E", bound=Event)
T = TypeVar("T")


def new_id() -> uuid.UUID:
    """A time-ordered UUIDv7, generated here so that laptops never need to agree on keys."""
    return uuid.UUID(int=uuid7().int)


_LINK_NAMESPACE = uuid.UUID("5f0c6a52-6d1e-4d0b-9a43-3b9a1f0e7c21")


def link_id(kind: str, *linked: uuid.UUID) -> uuid.UUID:
    """The id of a row that only links other rows (a membership): derived from what it links,
    so that two laptops making the same link make the same row and sync merges them."""
    return uuid.uuid5(_LINK_NAMESPACE, ":".join([kind, *(str(part) for part in linked)]))


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


def _json_value(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        return to_utc(value).replace(tzinfo=dt.UTC).isoformat()  # an instant, as the table keeps it
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _columns(model: type[Base]) -> list[str]:
    return [column.key for column in inspect(model).column_attrs]


@functools.cache
def _column_defaults(model: type[Base]) -> dict[str, Callable[[], Any]]:
    """Column defaults, applied before a row is logged: the change log must hold the values
    the row is stored with, not the None they are before the insert. Callable defaults (a
    fresh key) are called once per row."""
    table = model.__table__
    defaults: dict[str, Callable[[], Any]] = {}
    for column in table.columns:
        default = column.default
        if default is None:
            continue
        if default.is_scalar:
            defaults[column.key] = functools.partial(lambda value: value, default.arg)
        elif default.is_callable:
            defaults[column.key] = functools.partial(default.arg, None)
    return defaults


class Database:
    def __init__(self, engine: Engine, device_id: str, clock_ms: Callable[[], int] = wall_clock_ms) -> None:
        self.engine = engine
        self.device_id = device_id
        file = engine.url.database
        self.folder = Path(file).parent if engine.dialect.name == "sqlite" and file else None
        """Where the database file lies (its free space tells a full disk), None on a server."""
        self._clock_ms = clock_ms
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._last_stamp: Stamp | None = None
        self._stamp_lock = threading.Lock()

    def dispose(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exception: object) -> None:
        """Leaving a ``with`` block closes the connections, whatever happened in it."""
        self.dispose()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; whatever it holds is rolled back when it closes."""
        with _environment_errors(self.folder), self._sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Writer]:
        """One all-or-nothing transaction for one user action."""
        with _environment_errors(self.folder), self._sessions() as session:
            session.connection(execution_options={"sqlite_immediate": True})
            writer = Writer(session, self)
            try:
                yield writer
                session.flush()
                crashpoints.reach("before_commit")
                session.commit()
            except BaseException:
                session.rollback()
                raise
        crashpoints.reach("after_commit_before_ui")

    def next_stamp(self, session: Session) -> str:
        """A clock stamp after every stamp this laptop has written, in any process."""
        with self._stamp_lock:
            if self._last_stamp is None or session.info.get("stamp_checked") is None:
                stored = session.scalar(select(func.max(ChangeLog.stamp)))
                session.info["stamp_checked"] = True
                if stored and (self._last_stamp is None or Stamp.decode(stored) > self._last_stamp):
                    self._last_stamp = Stamp.decode(stored)
            self._last_stamp = tick(self._last_stamp, self._clock_ms(), self.device_id)
            return self._last_stamp.encode()


@contextmanager
def _environment_errors(folder: Path | None) -> Iterator[None]:
    try:
        yield
    except DBAPIError as error:
        problem = database_problem(error, folder)
        if problem is None:
            raise
        raise problem from error


class Writer:
    """Inserts, changes and tombstones synced rows, logging each change."""

    def __init__(self, session: Session, database: Database) -> None:
        self.session = session
        self._database = database
        self.changes = Change.NONE
        """What this transaction wrote so far, by kind of data."""
        self.scopes = Scopes(session)
        """The assemblies of the rows written, logged with each change."""

    def done(self, value: T) -> Changed[T]:
        """The service's answer: ``value`` and what the transaction changed."""
        return Changed(value, self.changes)

    def _log(
        self,
        entity: str,
        entity_id: uuid.UUID,
        operation: str,
        stamp: str,
        payload: dict[str, Any],
        base: str | None = None,
    ) -> None:
        self.changes |= change_of(entity)
        self.session.add(
            ChangeLog(
                id=new_id(),
                stamp=stamp,
                device_id=self._database.device_id,
                entity=entity,
                entity_id=entity_id,
                operation=operation,
                payload={key: _json_value(value) for key, value in payload.items()},
                schema=SCHEMA_REVISION,
                base_stamp=base,
                assembly_id=self.scopes.of_change(entity, entity_id, payload),
            )
        )

    def add(self, row: S) -> S:
        """Insert one new row (its id is generated unless set)."""
        if row.id is None:
            row.id = new_id()
        row.stamp = self._database.next_stamp(self.session)
        row.version = 1
        row.deleted = False
        self._insert(row)
        return row

    def append(self, row: E) -> E:
        """Insert one append-only event, tagged with this laptop and a clock stamp, and log it."""
        if row.id is None:
            row.id = new_id()
        row.stamp = self._database.next_stamp(self.session)
        row.device_id = self._database.device_id
        self._insert(row)
        return row

    def _insert(self, row: Synced | Event) -> None:
        """Add a stamped row with its column defaults filled, and log its insertion."""
        model: type[Base] = type(row)  # type: ignore[assignment]  # every synced row is a mapped model
        for key, make in _column_defaults(model).items():
            if getattr(row, key) is None:
                setattr(row, key, make())
        self.session.add(row)
        values = {key: getattr(row, key) for key in _columns(model)}
        self._log(model.__tablename__, row.id, "insert", row.stamp, values)

    def add_many(self, model: type[Base], rows: Sequence[dict[str, Any]]) -> list[uuid.UUID]:
        """Insert many new rows in one statement (imports); each gets its own stamp and log."""
        prepared = [
            {
                **{key: make() for key, make in _column_defaults(model).items() if key not in values},
                **values,
                "id": values.get("id") or new_id(),
                "version": 1,
                "deleted": False,
            }
            for values in rows
        ]
        self._insert_many(model, prepared)
        return [row["id"] for row in prepared]

    def append_many(self, model: type[Base], rows: Sequence[dict[str, Any]]) -> None:
        """Insert many append-only events in one statement (a plan's seats); each logged."""
        self._insert_many(model, [{"id": new_id(), **values, "device_id": self._database.device_id} for values in rows])

    def _insert_many(self, model: type[Base], prepared: list[dict[str, Any]]) -> None:
        """Stamp the prepared rows, insert them and their change-log rows, two statements in all."""
        logs = []
        for row in prepared:
            row["stamp"] = self._database.next_stamp(self.session)
            logs.append(
                {
                    "id": new_id(),
                    "stamp": row["stamp"],
                    "device_id": self._database.device_id,
                    "entity": model.__tablename__,
                    "entity_id": row["id"],
                    "operation": "insert",
                    "payload": {key: _json_value(value) for key, value in row.items()},
                    "schema": SCHEMA_REVISION,
                    "assembly_id": self.scopes.of_change(model.__tablename__, row["id"], row),
                }
            )
        if prepared:
            self.changes |= change_of(model.__tablename__)
            self.session.execute(insert(model), prepared)
            self.session.execute(insert(ChangeLog), logs)

    def change(self, row: Synced, **changes: Any) -> bool:
        """Set the fields that really change; the log holds only those (per-field merge)."""
        changed = {key: value for key, value in changes.items() if getattr(row, key) != value}
        if not changed:
            return False
        self._log_change(row, changed)
        return True

    def confirm(self, row: Synced, field: str) -> None:
        """Set ``field`` again to the value it holds, as a new change: a person chose it over a
        concurrent one, which no longer shows as a conflict (``core.sync.conflicts``)."""
        self._log_change(row, {field: getattr(row, field)})

    def _log_change(self, row: Synced, changed: dict[str, Any]) -> None:
        base = row.stamp
        for key, value in changed.items():
            setattr(row, key, value)
        row.version += 1
        row.stamp = self._database.next_stamp(self.session)
        deleted = changed.get("deleted")
        operation = "delete" if deleted is True else "restore" if deleted is False else "update"
        self._log(type(row).__tablename__, row.id, operation, row.stamp, changed, base)  # type: ignore[attr-defined]

    def delete(self, row: Synced) -> bool:
        """Tombstone: the row stays, marked deleted, so that the deletion can sync."""
        return self.change(row, deleted=True)
