"""The sync bundle: one file that carries changes on a USB stick, refused whole if anything is off.

A bundle is a magic line, the SHA-256 of its body, then the body: gzip of a JSON document with
the format, the central store it belongs to (none before a laptop is enrolled), the schema
revision of the sender, the sender's device, its version vector (what the receiver holds once
the bundle is in), and the changes. A file cut short, altered by one bit, of another central
store, of a newer schema, or unpacking to more than ``MAX_UNPACKED_BYTES`` is refused with that
reason before any change is applied; the same bundle applied twice changes nothing (the changes'
ids are their keys).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import uuid
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from facilitator.core.hlc import Stamp
from facilitator.core.sync.changes import Operation, SyncChange

MAGIC = b"FACILITATOR-SYNC\n"
FORMAT = 1
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
"""Far above a mandate's changes (a 10 000-person roster is a few megabytes), far below a bomb."""


class BundleProblem(StrEnum):
    NOT_A_BUNDLE = "not_a_bundle"
    TRUNCATED = "truncated"
    ALTERED = "altered"
    TOO_LARGE = "too_large"
    FOREIGN_STORE = "foreign_store"
    """Written for another central store than this laptop's."""
    NEWER_SCHEMA = "newer_schema"
    """Written by a newer version of facilitator: update this one first."""
    NEWER_FORMAT = "newer_format"


class BundleRefused(ValueError):
    def __init__(self, problem: BundleProblem, detail: str = "") -> None:
        super().__init__(f"{problem}: {detail}" if detail else str(problem))
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class Bundle:
    store: str | None
    schema: str
    sender: str
    vector: Mapping[str, Stamp]
    changes: Sequence[SyncChange]


def encode_bundle(bundle: Bundle) -> bytes:
    document = {
        "format": FORMAT,
        "store": bundle.store,
        "schema": bundle.schema,
        "sender": bundle.sender,
        "vector": {device: stamp.encode() for device, stamp in sorted(bundle.vector.items())},
        "changes": [_change_json(change) for change in bundle.changes],
    }
    body = gzip.compress(json.dumps(document, ensure_ascii=False, sort_keys=True).encode("utf-8"), mtime=0)
    return MAGIC + hashlib.sha256(body).hexdigest().encode("ascii") + b"\n" + body


def decode_bundle(data: bytes, *, store: str | None, schema: str) -> Bundle:
    """The bundle in ``data``, checked whole against this replica's ``store`` and ``schema``
    (``BundleRefused`` with the reason otherwise)."""
    if not data.startswith(MAGIC):
        raise BundleRefused(BundleProblem.NOT_A_BUNDLE)
    checksum, _, body = data[len(MAGIC) :].partition(b"\n")
    unpacked = _unpack(body)
    if hashlib.sha256(body).hexdigest().encode("ascii") != checksum:
        raise BundleRefused(BundleProblem.ALTERED, "checksum")
    try:
        bundle = _bundle(json.loads(unpacked))
    except BundleRefused:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise BundleRefused(BundleProblem.ALTERED, str(error)) from error
    if store is not None and bundle.store is not None and bundle.store != store:
        raise BundleRefused(BundleProblem.FOREIGN_STORE, bundle.store)
    if _revision(bundle.schema) > _revision(schema):
        raise BundleRefused(BundleProblem.NEWER_SCHEMA, bundle.schema)
    return bundle


def _unpack(body: bytes) -> bytes:
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        unpacked = inflater.decompress(body, MAX_UNPACKED_BYTES + 1)
    except zlib.error as error:
        raise BundleRefused(BundleProblem.ALTERED, str(error)) from error
    if len(unpacked) > MAX_UNPACKED_BYTES:
        raise BundleRefused(BundleProblem.TOO_LARGE)
    if not inflater.eof:
        raise BundleRefused(BundleProblem.TRUNCATED)
    if inflater.unused_data:
        raise BundleRefused(BundleProblem.ALTERED, "data after the end")
    return unpacked


def _bundle(document: dict[str, Any]) -> Bundle:
    if document["format"] != FORMAT:
        raise BundleRefused(BundleProblem.NEWER_FORMAT, str(document["format"]))
    _revision(document["schema"])
    return Bundle(
        store=None if document["store"] is None else str(document["store"]),
        schema=str(document["schema"]),
        sender=str(document["sender"]),
        vector={str(device): Stamp.decode(stamp) for device, stamp in document["vector"].items()},
        changes=[_change(item) for item in document["changes"]],
    )


def _revision(schema: str) -> int:
    if not (isinstance(schema, str) and schema.isascii() and schema.isdigit()):
        raise ValueError(f"not a schema revision: {schema!r}")
    return int(schema)


def _change_json(change: SyncChange) -> dict[str, Any]:
    return {
        "id": str(change.id),
        "stamp": change.stamp.encode(),
        "entity": change.entity,
        "entity_id": str(change.entity_id),
        "operation": change.operation.value,
        "payload": dict(change.payload),
        "schema": change.schema,
        **({"base": change.base.encode()} if change.base is not None else {}),
    }


def _change(item: dict[str, Any]) -> SyncChange:
    payload = item["payload"]
    if not isinstance(payload, dict):
        raise TypeError("a change's payload is an object")
    _revision(item["schema"])
    return SyncChange(
        id=uuid.UUID(item["id"]),
        stamp=Stamp.decode(item["stamp"]),
        entity=str(item["entity"]),
        entity_id=uuid.UUID(item["entity_id"]),
        operation=Operation(item["operation"]),
        payload=payload,
        schema=str(item["schema"]),
        base=Stamp.decode(item["base"]) if item.get("base") is not None else None,
    )
