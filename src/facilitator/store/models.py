"""The schema, as SQLAlchemy 2 typed models.

Rows that may ever sync have a client-generated UUID key (UUIDv7, time-ordered) and no
autoincrement. Mutable entities carry a version, the hybrid-logical-clock stamp of their last
change and a tombstone flag: a deletion is an update that sets ``deleted``, so that it can
travel to other laptops like any other change. Every write also adds a ``ChangeLog`` row in
the same transaction (see ``facilitator.store.database``).
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    DateTime,
    Dialect,
    Enum,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from facilitator.app.clock import from_utc, to_utc
from facilitator.core.attendance.badges import new_badge_key
from facilitator.core.attendance.presence import EventKind
from facilitator.core.indemnity.amounts import IndemnityUnit, LoneHalfDay
from facilitator.core.indemnity.travel import TravelMeans
from facilitator.core.participants import Gender, Role
from facilitator.core.rotation import RevisionKind
from facilitator.core.speaking.model import EventKind as SpeakingKind
from facilitator.core.speaking.model import Fairness, RequestKind
from facilitator.core.voting.count import EntryKind
from facilitator.core.voting.model import Base as MajorityBase
from facilitator.core.voting.model import MajorityKind
from facilitator.core.voting.model import Method as VoteMethod

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

NAME_LENGTH = 200
STAMP_LENGTH = 64


class Instant(TypeDecorator[dt.datetime]):
    """A moment, stored in UTC and read back as the assemblies' wall time (``app.clock``): the
    database holds no time that depends on a zone, the application none that is not the
    zone's."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return to_utc(value) if value.tzinfo is None else value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        return None if value is None else from_utc(value)


def _enum(kind: type[enum.Enum]) -> Enum:
    """An enum stored as its value in a VARCHAR: new values need no schema change."""
    return Enum(kind, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e])


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dt.datetime: Instant}


class Synced:
    """Columns of every mutable entity that sync merges field by field."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(default=1)
    stamp: Mapped[str] = mapped_column(String(STAMP_LENGTH))
    deleted: Mapped[bool] = mapped_column(default=False)


class Assembly(Synced, Base):
    __tablename__ = "assembly"

    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    municipality: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    mandate_start: Mapped[dt.date | None]
    mandate_end: Mapped[dt.date | None]
    badge_key: Mapped[str | None] = mapped_column(String(64), default=new_badge_key)
    """The key that signs the assembly's badges (hex), made with the assembly (or, for an
    assembly older than badges, when its first badges are printed); see core.badges."""


class SubBody(Synced, Base):
    """A smaller body of the assembly (groupe de proposition, comité de méthodologie…)."""

    __tablename__ = "sub_body"

    assembly_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assembly.id"), index=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))


class Participant(Synced, Base):
    __tablename__ = "participant"
    __table_args__ = (Index("ix_participant_assembly_id_badge_number", "assembly_id", "badge_number"),)

    assembly_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assembly.id"))
    badge_number: Mapped[int]
    first_name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    last_name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    role: Mapped[Role] = mapped_column(_enum(Role))
    gender: Mapped[Gender] = mapped_column(_enum(Gender))
    birth_year: Mapped[int | None]
    neighbourhood: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    drawn: Mapped[bool] = mapped_column(default=False)
    minority: Mapped[bool] = mapped_column(default=False)
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    address: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    accessibility_needs: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    childcare_needed: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    to_review: Mapped[bool] = mapped_column(default=False)
    merged_into: Mapped[uuid.UUID | None]
    """Set on a record merged into another (the same person registered twice), with its
    tombstone: its arrivals, turns and claims count for that one (``roster.merging``)."""


class Membership(Synced, Base):
    """A participant's membership of a sub-body; leaving it is a tombstone."""

    __tablename__ = "membership"
    __table_args__ = (UniqueConstraint("participant_id", "sub_body_id"),)

    participant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("participant.id"))
    sub_body_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sub_body.id"), index=True)


class AssemblySession(Synced, Base):
    """A meeting of the assembly (a plenary Saturday), possibly of one sub-body only."""

    __tablename__ = "assembly_session"

    assembly_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assembly.id"), index=True)
    title: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    date: Mapped[dt.date]
    place: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    sub_body_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sub_body.id"))
    morning: Mapped[bool] = mapped_column(default=True)
    afternoon: Mapped[bool] = mapped_column(default=True)
    starts_at: Mapped[dt.time] = mapped_column(default=dt.time(9, 0))
    """When the session starts: arrivals after it (and the assembly's grace) are late."""


class AssemblyRules(Synced, Base):
    """The assembly's délibération: indemnities, travel, child care, quorum, lateness.

    One row per assembly, its id derived from the assembly's, created the first time the rules
    are saved (until then the defaults of ``core.indemnity.IndemnityRules`` hold).
    """

    __tablename__ = "assembly_rules"

    assembly_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assembly.id"), unique=True)
    unit: Mapped[IndemnityUnit] = mapped_column(_enum(IndemnityUnit))
    rate_cents: Mapped[int]
    lone_half_day: Mapped[LoneHalfDay] = mapped_column(_enum(LoneHalfDay))
    morning_arrival_before: Mapped[dt.time]
    morning_departure_after: Mapped[dt.time]
    afternoon_arrival_before: Mapped[dt.time]
    afternoon_departure_after: Mapped[dt.time]
    annual_cap_cents: Mapped[int | None]
    eligible_roles: Mapped[str] = mapped_column(String(NAME_LENGTH))
    """Comma-separated ``Role`` values."""
    travel: Mapped[bool]
    childcare: Mapped[bool]
    childcare_cap_cents_per_hour: Mapped[int]
    quorum_percent: Mapped[int | None]
    late_after_minutes: Mapped[int]
    signatory: Mapped[str] = mapped_column(String(NAME_LENGTH))


class ExpenseClaim(Synced, Base):
    """What one participant claims for one session: travel and child care, on proof.

    Its id is derived from the session and the participant, so that two desks entering the
    same claim make one row that sync merges field by field.
    """

    __tablename__ = "expense_claim"
    __table_args__ = (UniqueConstraint("session_id", "participant_id"),)

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assembly_session.id"), index=True)
    participant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("participant.id"))
    means: Mapped[TravelMeans] = mapped_column(_enum(TravelMeans))
    km: Mapped[int] = mapped_column(default=0)
    """Round trip, in whole kilometres."""
    fiscal_hp: Mapped[int | None]
    ticket_cents: Mapped[int] = mapped_column(default=0)
    childcare_minutes: Mapped[int] = mapped_column(default=0)
    childcare_cents: Mapped[int] = mapped_column(default=0)
    note: Mapped[str] = mapped_column(Text, default="")


class Event:
    """Columns of every append-only event: never updated nor deleted, so that events from
    several laptops merge by union at sync."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    device_id: Mapped[str] = mapped_column(String(64))
    stamp: Mapped[str] = mapped_column(String(STAMP_LENGTH))


class AttendanceEvent(Event, Base):
    """An arrival, a departure or the cancel of one (undo), as a desk recorded it."""

    __tablename__ = "attendance_event"

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assembly_session.id"), index=True)
    participant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("participant.id"))
    kind: Mapped[EventKind] = mapped_column(_enum(EventKind))
    at: Mapped[dt.datetime]
    cancels_id: Mapped[uuid.UUID | None]
    note: Mapped[str] = mapped_column(Text, default="")


class DisciplineProfile(Synced, Base):
    """A reusable discipline for speaking (a template of the assembly), applied to phases."""

    __tablename__ = "discipline_profile"

    assembly_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assembly.id"), index=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    turn_seconds: Mapped[int]
    intervention_seconds: Mapped[int]
    warning_seconds: Mapped[int]
    officials_may_ask: Mapped[bool]
    fairness: Mapped[Fairness] = mapped_column(_enum(Fairness))
    alternate_genders: Mapped[bool]
    budgets: Mapped[dict[str, Any]] = mapped_column(JSON)
    """Role value → {"seconds": int, "shared": bool}; roles not listed have no limit."""


class AgendaPhase(Synced, Base):
    """One phase of a session's agenda (accueil, information, délibération, décision…)."""

    __tablename__ = "agenda_phase"

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assembly_session.id"), index=True)
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    profile_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("discipline_profile.id"))


class SpeakingEventRow(Event, Base):
    """A request for the floor, a turn's start, pause, resumption or end, a reorder, an
    override: the speakers' list is replayed from these (``core.speaking.floor``)."""

    __tablename__ = "speaking_event"

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assembly_session.id"), index=True)
    phase_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agenda_phase.id"))
    kind: Mapped[SpeakingKind] = mapped_column(_enum(SpeakingKind))
    at: Mapped[dt.datetime]
    request_id: Mapped[uuid.UUID | None]
    participant_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("participant.id"))
    request_kind: Mapped[RequestKind | None] = mapped_column(_enum(RequestKind))
    queue_order: Mapped[list[str]] = mapped_column(JSON, default=list)
    note: Mapped[str] = mapped_column(Text, default="")


class RotationSetup(Synced, Base):
    """How a session's small groups run: its tables, rounds and constraints, and the round
    under way. One per session (its id derives from the session's)."""

    __tablename__ = "rotation_setup"

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assembly_session.id"), unique=True)
    rounds: Mapped[int]
    tables: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    """Per table: {"capacity": int, "host": participant id or null}."""
    caps: Mapped[dict[str, int]] = mapped_column(JSON)
    """Role value → most people of that role at one table."""
    keep_apart: Mapped[list[list[str]]] = mapped_column(JSON)
    keep_together: Mapped[list[list[str]]] = mapped_column(JSON)
    stays: Mapped[dict[str, int]] = mapped_column(JSON)
    """Participant id → the table they stay at (reduced mobility)."""
    current_round: Mapped[int] = mapped_column(default=0)


class RotationRevision(Event, Base):
    """A plan, a re-plan or a hand move: the seats it sets are its ``group_assignment`` rows."""

    __tablename__ = "rotation_revision"

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assembly_session.id"), index=True)
    kind: Mapped[RevisionKind] = mapped_column(_enum(RevisionKind))
    at: Mapped[dt.datetime]
    from_round: Mapped[int]
    """A plan or re-plan replaces every seat from this round on; earlier rounds stay."""
    seed: Mapped[int | None]


class GroupAssignment(Event, Base):
    """One person's table in one round, as a revision set it."""

    __tablename__ = "group_assignment"

    revision_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("rotation_revision.id"), index=True)
    round_index: Mapped[int]
    participant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("participant.id"))
    table_index: Mapped[int]


class Vote(Synced, Base):
    """A vote of a session: its question verbatim, method, options, majority and key. The key
    signs its ballots (core.voting.ballot_code); the code names it on them."""

    __tablename__ = "vote"

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assembly_session.id"), index=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    key: Mapped[str] = mapped_column(String(64))
    question: Mapped[str] = mapped_column(Text)
    method: Mapped[VoteMethod] = mapped_column(_enum(VoteMethod))
    options: Mapped[list[str]] = mapped_column(JSON)
    grades: Mapped[list[str]] = mapped_column(JSON, default=list)
    default_grade: Mapped[int] = mapped_column(default=0)
    majority: Mapped[MajorityKind] = mapped_column(_enum(MajorityKind))
    majority_numerator: Mapped[int] = mapped_column(default=1)
    majority_denominator: Mapped[int] = mapped_column(default=2)
    base: Mapped[MajorityBase] = mapped_column(_enum(MajorityBase))
    voter_roles: Mapped[list[str]] = mapped_column(JSON)
    """Role values of the people who may vote."""
    double_entry: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime]
    president: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    secretary: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    counters: Mapped[list[str]] = mapped_column(JSON, default=list)
    """The scrutateurs' names, as they sign the procès-verbal."""
    incidents: Mapped[str] = mapped_column(Text, default="")
    discrepancy_note: Mapped[str] = mapped_column(Text, default="")
    minutes_digest: Mapped[str | None] = mapped_column(String(64))
    """The digest of the counted ballots when the procès-verbal was last printed: a count that
    no longer matches it (late ballots from another desk) marks the printed one « à reprendre »."""
    minutes_printed_at: Mapped[dt.datetime | None]
    """The counters' explanation of a mismatch the reconciliation shows."""


class BallotBatch(Event, Base):
    """Kits printed for a vote: how many, real or test, and their serials (to keep serials
    unique and to know what was printed; a serial is never linked to a person)."""

    __tablename__ = "ballot_batch"

    vote_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("vote.id"), index=True)
    at: Mapped[dt.datetime]
    kits: Mapped[int]
    test: Mapped[bool]
    serials: Mapped[list[str]] = mapped_column(JSON)


class CountEntry(Event, Base):
    """A read, a typed code or a counters' decision in a vote's count (core.voting.count);
    ``test`` for a rehearsal with the test deck, which never mixes with the real count."""

    __tablename__ = "count_entry"

    vote_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("vote.id"), index=True)
    test: Mapped[bool]
    kind: Mapped[EntryKind] = mapped_column(_enum(EntryKind))
    at: Mapped[dt.datetime]
    counter: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    source: Mapped[str] = mapped_column(String(20), default="")
    """scanner, webcam, pdf, images, typed, file: where the code came from."""
    code: Mapped[str] = mapped_column(Text, default="")
    received: Mapped[str] = mapped_column(Text, default="")
    """The text as it arrived, when a keyboard-layout remap recovered ``code`` from it."""
    rows: Mapped[list[int | None]] = mapped_column(JSON, default=list)
    serial: Mapped[str] = mapped_column(String(16), default="")
    keep: Mapped[str] = mapped_column(String(40), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    number: Mapped[int | None]


class ChangeLog(Base):
    """One change made on this laptop, as sync will push it: append-only."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_entity", "entity", "entity_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    stamp: Mapped[str] = mapped_column(String(STAMP_LENGTH), index=True)
    device_id: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID]
    operation: Mapped[str] = mapped_column(String(10))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    schema: Mapped[str] = mapped_column(String(10), server_default="0007")
    """The schema revision of the replica that wrote the change (sync refuses newer ones)."""
    base_stamp: Mapped[str | None] = mapped_column(String(STAMP_LENGTH))
    """The row's stamp just before the change, where it was made (``SyncChange.base``)."""
    assembly_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    """The assembly the changed row belongs to (``store.scope``): what a laptop that holds only
    some assemblies pulls, and what a device may write is checked against."""


class SyncStore(Base):
    """The identity of a central store (one row, made by ``central init``): bundles and laptops
    linked to it name it, so that a stick of another town hall is refused."""

    __tablename__ = "sync_store"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    created: Mapped[dt.datetime]


class SyncDevice(Base):
    """A laptop the sync service knows: registered with a one-time enrolment code, then holding
    its own token until revoked. Only digests of the code and the token are kept."""

    __tablename__ = "sync_device"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    created: Mapped[dt.datetime]
    code_digest: Mapped[str | None] = mapped_column(String(64))
    code_expires: Mapped[dt.datetime | None]
    token_digest: Mapped[str | None] = mapped_column(String(64), unique=True)
    device_key: Mapped[str | None] = mapped_column(String(64))
    """The laptop's device id (the one its clock stamps carry), set at enrolment."""
    enrolled: Mapped[dt.datetime | None]
    revoked: Mapped[dt.datetime | None]
    assemblies: Mapped[list[str]] = mapped_column(JSON, default=list)
    """The assemblies it may read and write (ids); empty: all of them."""


class SyncLink(Base):
    """This laptop's link to a sync service (one row): where, as whom, what it follows, and how
    the last sync went. The token is never here (keyring, or the environment for scripts)."""

    __tablename__ = "sync_link"

    id: Mapped[int] = mapped_column(primary_key=True)
    server: Mapped[str] = mapped_column(String(300))
    store: Mapped[str] = mapped_column(String(36))
    device_name: Mapped[str] = mapped_column(String(60))
    assemblies: Mapped[list[str]] = mapped_column(JSON, default=list)
    """The assemblies this laptop was given (ids) besides those it holds."""
    last_sync: Mapped[dt.datetime | None]
    last_outcome: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    pinned_cert: Mapped[str | None] = mapped_column(Text)
    """A room hub's TLS certificate (PEM) as first seen at pairing: the only one trusted after."""


class Room(Base):
    """This laptop as the room's hub (one row): the room's identity and its code of the day. The
    code is shown on the hub's screen; changing it drops every laptop paired with the old one."""

    __tablename__ = "room"

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[uuid.UUID]
    code: Mapped[str] = mapped_column(String(12))
    code_day: Mapped[dt.date]


def synced_models() -> dict[str, type[Base]]:
    """Table name → model of every table whose rows travel between replicas (mutable entities
    and events); the change log and the sync service's own tables stay where they are."""
    models: dict[str, type[Base]] = {}
    for mapper in Base.registry.mappers:
        model: type[Base] = mapper.class_
        if issubclass(model, Synced | Event):
            models[model.__tablename__] = model
    return models
