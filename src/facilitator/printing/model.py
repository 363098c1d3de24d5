"""What the printed documents show: plain values, every figure already computed by the caller.

Documents only lay out. The services decide who is expected, who was present, what each
person is owed and how it was rounded; these dataclasses carry the result, with labels
(roles, units, means of transport) already in the interface language. Keeping arithmetic
out of the layout means the PDF can never disagree with the finance export.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Heading:
    """Who issues the document and for which meeting (or period): the top of every page."""

    organisation: str
    """The municipality, e.g. "Villebrune" (may be "")."""
    assembly: str
    """"Assemblée citoyenne de Villebrune"."""
    body: str
    """The instance: the assembly's name or a sub-body ("Groupe de proposition")."""
    session_title: str
    """"Travail en groupes"; "" for a period document."""
    date: dt.date | None
    """The session's date; None for a period document."""
    period: tuple[dt.date, dt.date] | None
    """First and last day, for period documents."""
    place: str
    """"Salle des fêtes, 2 place du Marché, Villebrune"."""


@dataclass(frozen=True)
class Badge:
    first_name: str
    last_name: str
    role: str
    """Already translated ("Habitant·e", "Élu·e")."""
    assembly: str
    badge_number: int
    payload: str
    """The QR code's text (upper-case alphanumeric, see ``core.badges``)."""


@dataclass(frozen=True)
class SignatureRow:
    """One line of the feuille d'émargement; the times and slots only on the filled sheet."""

    last_name: str
    first_name: str
    role: str
    badge_number: int
    arrival: dt.time | None = None
    departure: dt.time | None = None
    morning: bool | None = None
    """Filled sheet: present in the morning? None when not known or not asked."""
    afternoon: bool | None = None
    note: str = ""
    """E.g. a correction's note, or "arrivé·e en retard"."""


@dataclass(frozen=True)
class AttendanceSheet:
    heading: Heading
    morning: bool
    """The session has a morning slot (a signature column)."""
    afternoon: bool
    rows: Sequence[SignatureRow]
    """In any order: the sheet sorts them alphabetically."""
    filled: bool
    """False: the blank sheet printed before the session; True: times and absences after it."""
    signatory: str
    """E.g. "Le maire ou son représentant"."""


@dataclass(frozen=True)
class IndemnityLine:
    """One person on the état liquidatif."""

    last_name: str
    first_name: str
    role: str
    attendance: Sequence[tuple[dt.date, str]]
    """Each session attended and what counted ("journée", "matin")."""
    units: str
    """"3 demi-journées", "2 séances"."""
    unit_rate_cents: int
    gross_cents: int
    deduction_cents: int
    net_cents: int
    travel_cents: int
    childcare_cents: int
    total_cents: int


@dataclass(frozen=True)
class IndemnityStatement:
    heading: Heading
    unit_label: str
    """What the rate is per: "par journée", "par demi-journée", "par séance"."""
    lines: Sequence[IndemnityLine]
    """In any order: the statement sorts them alphabetically."""
    rules_note: str
    """The délibération's rules in one sentence, including rounding and cap."""
    town: str
    signed_on: dt.date
    signatory: str
    """"L'ordonnateur"."""


@dataclass(frozen=True)
class Trip:
    """One journey on the état de frais de déplacement."""

    date: dt.date
    purpose: str
    """The session's title."""
    origin: str
    """The departure address."""
    destination: str
    """The session's place."""
    present_from: dt.time | None
    present_until: dt.time | None
    """The times of the mission: the participant's arrival at the session and departure."""
    means: str
    """"Voiture personnelle", "Transports en commun", …"""
    km: int
    fiscal_hp: int | None
    km_allowance_cents: int
    ticket_cents: int
    childcare_cents: int


@dataclass(frozen=True)
class TravelClaimSheet:
    """One participant's état de frais (several trips for a period)."""

    heading: Heading
    last_name: str
    first_name: str
    address: str
    """Identity's postal address, where the journeys start."""
    trips: Sequence[Trip]
    rates_note: str
    """E.g. "Barème kilométrique : arrêté du 3 juillet 2006 modifié (14 mars 2022)"."""
    town: str
    signed_on: dt.date


@dataclass(frozen=True)
class AttendanceCertificate:
    """An attestation de présence, for a participant's employer."""

    heading: Heading
    last_name: str
    first_name: str
    sessions: Sequence[tuple[dt.date, str, str, dt.time | None, dt.time | None]]
    """Date, title, place, from, to."""
    signatory: str
    """Who signs, as it opens the sentence "… atteste que": "Le maire de Villebrune",
    "Marie Durand, adjointe au maire"."""
    town: str
    issued_on: dt.date


# The speaking-time report (printing/speaking_report.py): who spoke, for how long, in which phase,
# each role's and gender's share of the time against its share of the people present, and the
# overrides of the phase rules. Durations are whole seconds; labels already translated.


@dataclass(frozen=True)
class SpokenTime:
    """One row of a table of times: a person, a role, a gender or a phase."""

    label: str
    """"Jeanne Dupont", "Élu·e", "Femme", "Décision", or "Total"."""
    turns: int
    seconds: int


@dataclass(frozen=True)
class PersonTime:
    """Everything one speaker said over the session."""

    name: str
    """"Jeanne Dupont"."""
    role: str
    gender: str
    by_phase: Sequence[int]
    """Seconds in each phase, in the order of ``SpeakingReport.phases`` (0 where silent)."""
    turns: int
    seconds: int


@dataclass(frozen=True)
class GroupShare:
    """A role's (or a gender's) share of the speaking time against its share of the people present."""

    label: str
    seconds: int
    time_share: float
    """In [0, 1]: the group's seconds over everyone's."""
    present_share: float
    """In [0, 1]: the group's people present over everyone present."""


@dataclass(frozen=True)
class OverrideLine:
    """The floor given although the rules of the phase refused it, and the facilitator's reason."""

    at: dt.time
    phase: str
    name: str
    role: str
    reason: str


@dataclass(frozen=True)
class SpeakingReport:
    heading: Heading
    phases: Sequence[str]
    """Phase names in agenda order."""
    phase_times: Sequence[SpokenTime]
    """One per phase, in the order of ``phases`` (label: the phase's name)."""
    people: Sequence[PersonTime]
    """Everyone who spoke, most time first (the report keeps this order)."""
    roles: Sequence[GroupShare]
    genders: Sequence[GroupShare]
    overrides: Sequence[OverrideLine]
    """In the order they happened."""
    total: SpokenTime
    """Label "Total": every turn of the session."""


@dataclass(frozen=True)
class TableCard:
    """One table of a rotation plan: who sits there, round by round."""

    number: int
    """As people read it: 1 for the first table."""
    host: str
    """The host's name, or ""."""
    rounds: Sequence[Sequence[str]]
    """Per round, the names seated ("Prénom Nom"), host first."""


@dataclass(frozen=True)
class ItinerarySlip:
    """One person's tables for the day, to hand out at the desk."""

    first_name: str
    last_name: str
    badge_number: int
    tables: Sequence[int | None]
    """Per round, the table number (1 for the first), None when not seated that round."""
    host_of: int | None = None
    """The table this person hosts (and so stays at), if any."""


@dataclass(frozen=True)
class BallotFace:
    """One printed ballot: its QR payload, the short code under it, and (slips) its choice."""

    payload: str
    short_code: str
    choice: str = ""
    """A slip's words: « Oui », « Vote blanc », a proposal; "" on a grid sheet."""


@dataclass(frozen=True)
class BallotKits:
    """Everything a batch of kits prints: one voter's kit is its slips, or one grid sheet."""

    heading: Heading
    question: str
    kits: Sequence[Sequence[BallotFace]]
    grid: bool
    test: bool
    rows: Sequence[str] = ()
    """Grid sheets: the proposals, in ballot order."""
    columns: Sequence[str] = ()
    """Grid sheets: the grades worst first, or the one box of approval."""
    instruction: str = ""
    """Grid sheets: how to fill it in, and what an empty row means."""


@dataclass(frozen=True)
class DeckDocument:
    """A vote's test deck on paper: the expected results, then the ballots as if cast."""

    kits: BallotKits
    """The deck's ballots (``kits``: one entry per ballot cast, in scanning order)."""
    ticks: Sequence[tuple[int | None, ...]]
    """Grid sheets: the box ticked per row of each sheet."""
    expected: Sequence[tuple[str, str]]
    """Label and figure, in the order a procès-verbal gives them."""
    notes: Sequence[str]
    """What the counters must do (the kit to declare nul) and what must be rejected."""


@dataclass(frozen=True)
class VoteMinutes:
    """The procès-verbal de dépouillement: every field the counters sign, already in words."""

    heading: Heading
    question: str
    rules: Sequence[tuple[str, str]]
    """Method, majority and its base, default grade: label and value."""
    officers: Sequence[tuple[str, str]]
    """Président·e, secrétaire, scrutateurs."""
    attendance: Sequence[tuple[str, str]]
    """Members, present, quorum, émargements, kits handed out."""
    count: Sequence[tuple[str, str]]
    """Envelopes, blancs, nuls (with reasons), exprimés, unsettled."""
    checks: Sequence[tuple[str, str, bool]]
    """Each reconciliation: label, figures, agrees."""
    result_header: Sequence[str]
    result_rows: Sequence[Sequence[str]]
    ranking_header: Sequence[str]
    """Majority judgment: the ranking beside the tallies (proposal, majority grade, p / q, rank)."""
    ranking_rows: Sequence[Sequence[str]]
    required: str
    outcome: str
    incidents: str
    discrepancy_note: str
    signers: Sequence[tuple[str, str]]
    """Role and name of each signature line."""
    digest: str
    rejected: Sequence[tuple[str, str, str]]
    """Annex: time, code (shortened) and reason of each rejected scan."""
    counted_between: str
    rehearsal: bool = False
    """The count of a test deck: printed as a rehearsal, never as the record of a vote."""
