"""A change's JSON payload as the table's columns take it: an unknown field, or a value of the
wrong kind, rejects the change (never the others)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Date, Enum, Time, Uuid

from facilitator.core.sync import Rejection
from facilitator.store.models import Base, Instant


class ChangeRejected(Exception):
    def __init__(self, rejection: Rejection, detail: str = "") -> None:
        super().__init__(f"{rejection}: {detail}")
        self.rejection = rejection
        self.detail = detail


def python_values(model: type[Base], payload: dict[str, Any] | Any) -> dict[str, Any]:
    """The payload's JSON values as the table's columns take them; an unknown field or a value
    of the wrong kind rejects the change."""
    columns = {column.key: column for column in model.__table__.columns}
    values = {}
    for name, value in dict(payload).items():
        column = columns.get(name)
        if column is None:
            raise ChangeRejected(Rejection.UNKNOWN_FIELD, name)
        try:
            values[name] = _python_value(column, value)
        except (ValueError, TypeError, LookupError) as error:
            raise ChangeRejected(Rejection.BAD_VALUE, f"{name}: {error}") from error
    return values


def _python_value(column: Any, value: Any) -> Any:
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Uuid):
        return uuid.UUID(value)
    if isinstance(kind, Instant):
        moment = dt.datetime.fromisoformat(value)
        if moment.tzinfo is None:
            raise ValueError("an instant without its zone")
        return moment
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value)
    if isinstance(kind, Time):
        return dt.time.fromisoformat(value)
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return kind.enum_class(value)
    return value
