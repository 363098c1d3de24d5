"""Synchronisation's rules, without I/O: how changes from several laptops merge, what one replica
lacks of another's, and the bundle a USB stick carries (see reference/sync.md)."""

from facilitator.core.sync.bundle import Bundle, BundleProblem, BundleRefused, decode_bundle, encode_bundle
from facilitator.core.sync.changes import Operation, SyncChange
from facilitator.core.sync.merge import FieldValue, Record, merge_records, replay, union_events
from facilitator.core.sync.outcomes import ApplyReport, ChangeOutcome, Outcome, Rejection
from facilitator.core.sync.vector import VersionVector, lacking, vector_of

__all__ = [
    "ApplyReport",
    "Bundle",
    "BundleProblem",
    "BundleRefused",
    "ChangeOutcome",
    "FieldValue",
    "Operation",
    "Outcome",
    "Record",
    "Rejection",
    "SyncChange",
    "VersionVector",
    "decode_bundle",
    "encode_bundle",
    "lacking",
    "merge_records",
    "replay",
    "union_events",
    "vector_of",
]
