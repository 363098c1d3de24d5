"""A bundle comes back as it was written, or is refused whole with the reason."""

from __future__ import annotations

import gzip
import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.sync import (
    Bundle,
    BundleProblem,
    BundleRefused,
    SyncChange,
    decode_bundle,
    encode_bundle,
    vector_of,
)
from facilitator.core.sync.bundle import MAGIC
from tests.core.sync.strategies import change_lists

STORE = "mairie-villebrune"


def bundle_of(changes: list[SyncChange], schema: str = "0007", store: str | None = STORE) -> bytes:
    return encode_bundle(Bundle(store, schema, "accueil-1", vector_of(changes), changes))


@given(change_lists)
def test_a_bundle_reads_back_as_written(changes: list[SyncChange]) -> None:
    bundle = decode_bundle(bundle_of(changes), store=STORE, schema="0007")
    assert list(bundle.changes) == changes and dict(bundle.vector) == vector_of(changes)
    assert bundle.sender == "accueil-1" and bundle.store == STORE


@given(change_lists, st.data())
def test_a_bundle_cut_anywhere_is_refused(changes: list[SyncChange], data: st.DataObject) -> None:
    whole = bundle_of(changes)
    cut = data.draw(st.integers(0, len(whole) - 1))
    with pytest.raises(BundleRefused) as refused:
        decode_bundle(whole[:cut], store=STORE, schema="0007")
    assert refused.value.problem in {BundleProblem.TRUNCATED, BundleProblem.NOT_A_BUNDLE, BundleProblem.ALTERED}


@given(change_lists, st.data())
def test_a_bundle_altered_by_one_byte_is_refused(changes: list[SyncChange], data: st.DataObject) -> None:
    whole = bytearray(bundle_of(changes))
    position = data.draw(st.integers(0, len(whole) - 1))
    whole[position] ^= data.draw(st.integers(1, 255))
    with pytest.raises(BundleRefused):
        decode_bundle(bytes(whole), store=STORE, schema="0007")


@given(st.binary(max_size=300))
def test_any_other_file_is_refused(data: bytes) -> None:
    with pytest.raises(BundleRefused):
        decode_bundle(data, store=STORE, schema="0007")
    with pytest.raises(BundleRefused):
        decode_bundle(MAGIC + data, store=STORE, schema="0007")


def test_another_store_and_a_newer_schema_are_refused_an_older_one_applies() -> None:
    with pytest.raises(BundleRefused) as refused:
        decode_bundle(bundle_of([], store="mairie-autreville"), store=STORE, schema="0007")
    assert refused.value.problem is BundleProblem.FOREIGN_STORE
    with pytest.raises(BundleRefused) as refused:
        decode_bundle(bundle_of([], schema="0008"), store=STORE, schema="0007")
    assert refused.value.problem is BundleProblem.NEWER_SCHEMA
    assert decode_bundle(bundle_of([], schema="0006"), store=STORE, schema="0007").schema == "0006"
    assert decode_bundle(bundle_of([], store=None), store=STORE, schema="0007").store is None


def test_a_bomb_is_refused_before_it_is_unpacked(monkeypatch: pytest.MonkeyPatch) -> None:
    from facilitator.core.sync import bundle as module

    monkeypatch.setattr(module, "MAX_UNPACKED_BYTES", 1000)
    with pytest.raises(BundleRefused) as refused:
        decode_bundle(_large(), store=STORE, schema="0007")
    assert refused.value.problem is BundleProblem.TOO_LARGE


def _large() -> bytes:
    """A well-formed bundle file whose body unpacks to far more than it weighs."""
    body = gzip.compress(b" " * 100_000, mtime=0)
    return MAGIC + hashlib.sha256(body).hexdigest().encode() + b"\n" + body
