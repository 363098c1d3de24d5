"""The count, replayed from its events: every scan, typed code and counters' decision, in order.

Nothing is ever overwritten: a ballot read twice is a second event (a handheld scanner often
reads twice), a counters' decision is an event naming the ballot it settles. Replaying the
events in order gives, for each of them, what it did (counted, already counted at 14:02,
conflicting, rejected and why) and, for the vote, the ballots in the box. A restart, another
laptop, the procès-verbal: all see the same count because all replay the same events.

Rules (« rejeter plutôt que mal lire »):
- a kit has one serial; the first read of it counts, an identical read later is a duplicate;
- a different content under a counted serial blocks it for the counters (two slips of one kit
  in the box, two counters typing different grades); approval by slips is the exception:
  slips of one kit approve together (a repeated one counts once), but a « Vote blanc » among
  others is for the counters to decide;
- with double entry, a grid sheet counts once a second counter typed the same grades;
- a serial voided before the vote (a spoiled ballot exchanged) never counts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from facilitator.core.voting.ballot_code import (
    BLANK,
    Ballot,
    BallotError,
    BallotRejected,
    Layout,
    VoteSeal,
    looks_like_ballot,
    read_payload,
    read_short_code,
)
from facilitator.core.voting.model import Method, VoteRules

KEEP_ALL = "*"

Content = frozenset[int] | tuple[int | None, ...]
"""A slip ballot's choices, or a grid sheet's value per row (None: the row was left empty)."""


class EntryKind(StrEnum):
    BALLOT = "ballot"
    """A ballot's QR code read, or its short code typed (with a grid's values per row)."""
    VOID = "void"
    """A spoiled ballot exchanged before it was cast (mode « annuler »): its serial never counts."""
    BLANK_ENVELOPE = "blank_envelope"
    NUL = "nul"
    """The counters declare an envelope nul, with a reason; with a serial, that ballot."""
    RESOLVE = "resolve"
    """The counters settle a blocked serial: the content of one of its reads stands, or nul."""
    WITHDRAW = "withdraw"
    """A ballot read by mistake (a discarded slip) taken out of the count, with a reason."""
    HANDED_OUT = "handed_out"
    """The number of kits handed out to voters, as the distributors counted them (the last one stands)."""


@dataclass(frozen=True, kw_only=True)
class Entry:
    """What a counter's action says, before it is stamped and stored."""

    kind: EntryKind
    counter: str = ""
    source: str = ""
    """scanner, webcam, pdf, images, typed, file: where the code came from."""
    code: str = ""
    """BALLOT, VOID: the scanned payload or the typed short code."""
    rows: tuple[int | None, ...] = ()
    """BALLOT of a grid sheet: the value typed for each row, None for an empty row."""
    serial: str = ""
    """NUL, RESOLVE, WITHDRAW: the ballot concerned (NUL: empty for an envelope not read)."""
    keep: str = ""
    """RESOLVE: the id of the read whose content stands, ``KEEP_ALL`` for every read's choices
    together (approval slips of one kit), empty to declare the ballot nul."""
    reason: str = ""
    number: int | None = None
    """HANDED_OUT: kits handed out."""


@dataclass(frozen=True, kw_only=True)
class CountEvent(Entry):
    id: str
    at: dt.datetime


class Outcome(StrEnum):
    COUNTED = "counted"
    COMPLETED = "completed"
    """Approval by slips: another slip of a kit already counted, adding its choice."""
    AWAITING_SECOND = "awaiting_second"
    CONFIRMED = "confirmed"
    DUPLICATE = "duplicate"
    CONFLICT = "conflict"
    REJECTED = "rejected"
    INCOMPLETE = "incomplete"
    """A grid without a value for every row, or a value beyond the scale."""
    VOIDED = "voided"
    AFTER_VOID = "after_void"
    VOID_REFUSED = "void_refused"
    """A serial already in the box cannot be voided (take it out with a decision instead)."""
    NEEDS_COUNTER = "needs_counter"
    """Double entry compares two counters: an entry without a counter's name cannot count."""
    DECIDED = "decided"
    NOT_DECIDABLE = "not_decidable"
    BLANK_ENVELOPE = "blank_envelope"
    NUL = "nul"
    NOTED = "noted"


IN_THE_BOX = frozenset({Outcome.COUNTED, Outcome.COMPLETED, Outcome.CONFIRMED, Outcome.AWAITING_SECOND})
"""Outcomes that put a ballot in the box (a grid waiting for its second entry on its way there)."""


class SheetStatus(StrEnum):
    COUNTED = "counted"
    AWAITING_SECOND = "awaiting_second"
    CONTESTED = "contested"
    NUL = "nul"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class EventOutcome:
    event: CountEvent
    outcome: Outcome
    serial: str = ""
    rejected: BallotRejected | None = None
    first_at: dt.datetime | None = None
    """DUPLICATE: when this ballot was first counted (« déjà compté à 14:02 »)."""


@dataclass
class Read:
    event_id: str
    content: Content
    counter: str
    at: dt.datetime


@dataclass
class Sheet:
    """One serial in the box: its reads, and where it stands."""

    serial: str
    reads: list[Read]
    status: SheetStatus
    content: Content
    reason: str = ""

    @property
    def first_at(self) -> dt.datetime:
        return self.reads[0].at


@dataclass
class Count:
    sheets: dict[str, Sheet] = field(default_factory=dict)
    blank_envelopes: int = 0
    nul_envelopes: list[str] = field(default_factory=list)
    """The reasons of envelopes declared nul without a ballot read."""
    voided: set[str] = field(default_factory=set)
    kits_handed_out: int | None = None
    outcomes: list[EventOutcome] = field(default_factory=list)

    def with_status(self, status: SheetStatus) -> list[Sheet]:
        return [sheet for sheet in self.sheets.values() if sheet.status is status]

    @property
    def rejected(self) -> list[EventOutcome]:
        return [o for o in self.outcomes if o.outcome in (Outcome.REJECTED, Outcome.INCOMPLETE, Outcome.AFTER_VOID)]


def replay(rules: VoteRules, seal: VoteSeal, events: Iterable[CountEvent]) -> Count:
    count = Count()
    for event in sorted(events, key=order):
        count.outcomes.append(_apply(rules, seal, count, event))
    return count


def order(event: CountEvent) -> tuple[dt.datetime, str]:
    """Events in the order they happened (ids are time-ordered: they break ties)."""
    return event.at, event.id


def extend(rules: VoteRules, seal: VoteSeal, count: Count, events: Iterable[CountEvent]) -> bool:
    """Apply ``events`` after the ones ``count`` replayed, as ``replay`` would have with all of
    them; False (``count`` untouched) when one of them comes before the last one replayed."""
    new = sorted(events, key=order)
    if new and count.outcomes and order(new[0]) < order(count.outcomes[-1].event):
        return False
    for event in new:
        count.outcomes.append(_apply(rules, seal, count, event))
    return True


def identify(code: str, seal: VoteSeal, layout: Layout) -> Ballot:
    """The ballot a scanned payload or typed short code designates, or ``BallotError``."""
    ballot = read_payload(code, seal) if looks_like_ballot(code) else read_short_code(code, seal, layout)
    if ballot.layout is not layout:
        raise BallotError(BallotRejected.WRONG_FORM)
    return ballot


def _apply(rules: VoteRules, seal: VoteSeal, count: Count, event: CountEvent) -> EventOutcome:
    match event.kind:
        case EntryKind.BALLOT:
            return _ballot(rules, seal, count, event)
        case EntryKind.VOID:
            return _void(rules, seal, count, event)
        case EntryKind.BLANK_ENVELOPE:
            count.blank_envelopes += 1
            return EventOutcome(event, Outcome.BLANK_ENVELOPE)
        case EntryKind.NUL:
            return _nul(count, event)
        case EntryKind.RESOLVE:
            return _resolve(count, event)
        case EntryKind.WITHDRAW:
            return _withdraw(count, event)
        case EntryKind.HANDED_OUT:
            count.kits_handed_out = event.number
            return EventOutcome(event, Outcome.NOTED)
    raise AssertionError(event.kind)


def _ballot(rules: VoteRules, seal: VoteSeal, count: Count, event: CountEvent) -> EventOutcome:
    try:
        ballot = identify(event.code, seal, rules.layout)
    except BallotError as error:
        return EventOutcome(event, Outcome.REJECTED, rejected=error.reason)
    content = _content(rules, ballot, event)
    if content is None:
        outcome = Outcome.REJECTED if ballot.layout is Layout.SLIP else Outcome.INCOMPLETE
        rejected = BallotRejected.UNKNOWN_CHOICE if ballot.layout is Layout.SLIP else None
        return EventOutcome(event, outcome, ballot.serial, rejected=rejected)
    if ballot.serial in count.voided:
        return EventOutcome(event, Outcome.AFTER_VOID, ballot.serial)
    if rules.double_entry and ballot.layout is Layout.GRID and not event.counter.strip():
        return EventOutcome(event, Outcome.NEEDS_COUNTER, ballot.serial)
    read = Read(event.id, content, event.counter, event.at)
    sheet = count.sheets.get(ballot.serial)
    if sheet is None:
        waiting = rules.double_entry and ballot.layout is Layout.GRID
        status = SheetStatus.AWAITING_SECOND if waiting else SheetStatus.COUNTED
        count.sheets[ballot.serial] = Sheet(ballot.serial, [read], status, content)
        return EventOutcome(event, Outcome(status.value), ballot.serial)
    return _again(rules, sheet, read, event)


def _content(rules: VoteRules, ballot: Ballot, event: CountEvent) -> Content | None:
    if ballot.layout is Layout.SLIP:
        assert ballot.choice is not None
        return frozenset({ballot.choice}) if ballot.choice <= len(rules.options) else None
    rows = event.rows
    if len(rows) != len(rules.options) or any(v is not None and not 0 <= v < rules.row_values for v in rows):
        return None
    return tuple(rows)


def _again(rules: VoteRules, sheet: Sheet, read: Read, event: CountEvent) -> EventOutcome:
    """Another read of a serial already in the box."""
    first_at = sheet.first_at
    confirms = _confirms(sheet, read)
    if sheet.status is not SheetStatus.CONTESTED and read.content == sheet.content and not confirms:
        return EventOutcome(event, Outcome.DUPLICATE, sheet.serial, first_at=first_at)
    if sheet.status in (SheetStatus.NUL, SheetStatus.WITHDRAWN):  # another content under a settled serial
        sheet.reads.append(read)
        sheet.status = SheetStatus.CONTESTED
        return EventOutcome(event, Outcome.CONFLICT, sheet.serial, first_at=first_at)
    sheet.reads.append(read)
    if sheet.status is SheetStatus.CONTESTED:
        return EventOutcome(event, Outcome.CONFLICT, sheet.serial, first_at=first_at)
    if confirms:
        sheet.status = SheetStatus.COUNTED
        return EventOutcome(event, Outcome.CONFIRMED, sheet.serial)
    if rules.method is Method.APPROVAL and isinstance(read.content, frozenset) and isinstance(sheet.content, frozenset):
        if read.content <= sheet.content:
            sheet.reads.pop()
            return EventOutcome(event, Outcome.DUPLICATE, sheet.serial, first_at=first_at)
        if BLANK not in read.content | sheet.content:
            sheet.content = sheet.content | read.content
            return EventOutcome(event, Outcome.COMPLETED, sheet.serial)
    sheet.status = SheetStatus.CONTESTED
    return EventOutcome(event, Outcome.CONFLICT, sheet.serial, first_at=first_at)


def _confirms(sheet: Sheet, read: Read) -> bool:
    """A second counter typing the same grid values as the first."""
    return (
        sheet.status is SheetStatus.AWAITING_SECOND
        and read.content == sheet.content
        and all(earlier.counter != read.counter for earlier in sheet.reads)
    )


def _void(rules: VoteRules, seal: VoteSeal, count: Count, event: CountEvent) -> EventOutcome:
    try:
        ballot = identify(event.code, seal, rules.layout)
    except BallotError as error:
        return EventOutcome(event, Outcome.REJECTED, rejected=error.reason)
    if ballot.serial in count.sheets:
        return EventOutcome(event, Outcome.VOID_REFUSED, ballot.serial)
    count.voided.add(ballot.serial)
    return EventOutcome(event, Outcome.VOIDED, ballot.serial)


def _nul(count: Count, event: CountEvent) -> EventOutcome:
    if not event.serial:
        count.nul_envelopes.append(event.reason)
        return EventOutcome(event, Outcome.NUL)
    sheet = count.sheets.get(event.serial)
    if sheet is None or sheet.status is SheetStatus.WITHDRAWN:
        return EventOutcome(event, Outcome.NOT_DECIDABLE, event.serial)
    sheet.status, sheet.reason = SheetStatus.NUL, event.reason
    return EventOutcome(event, Outcome.NUL, event.serial)


def _resolve(count: Count, event: CountEvent) -> EventOutcome:
    """Only a blocked serial is settled this way: a grid awaiting its second entry waits for it."""
    sheet = count.sheets.get(event.serial)
    if sheet is None or sheet.status is not SheetStatus.CONTESTED:
        return EventOutcome(event, Outcome.NOT_DECIDABLE, event.serial)
    if not event.keep:
        sheet.status, sheet.reason = SheetStatus.NUL, event.reason
        return EventOutcome(event, Outcome.DECIDED, event.serial)
    if event.keep == KEEP_ALL:
        if not all(isinstance(read.content, frozenset) for read in sheet.reads):
            return EventOutcome(event, Outcome.NOT_DECIDABLE, event.serial)
        content: Content = frozenset().union(*(read.content for read in sheet.reads))  # type: ignore[arg-type]
    else:
        kept = next((read for read in sheet.reads if read.event_id == event.keep), None)
        if kept is None:
            return EventOutcome(event, Outcome.NOT_DECIDABLE, event.serial)
        content = kept.content
    sheet.status, sheet.content, sheet.reason = SheetStatus.COUNTED, content, event.reason
    return EventOutcome(event, Outcome.DECIDED, event.serial)


def _withdraw(count: Count, event: CountEvent) -> EventOutcome:
    sheet = count.sheets.get(event.serial)
    if sheet is None or sheet.status is SheetStatus.WITHDRAWN:
        return EventOutcome(event, Outcome.NOT_DECIDABLE, event.serial)
    sheet.status, sheet.reason = SheetStatus.WITHDRAWN, event.reason
    return EventOutcome(event, Outcome.DECIDED, event.serial)
