"""The demo's votes: last Saturday's four, one of each method, printed and counted as a room
would (a slip read twice, an annotated ballot declared void, an empty envelope, the kits handed
out, the officers named), and today's, defined and ready to print.

The residents present at 15:30 vote; each one's choice is drawn with the demo's seed, from
leanings that give every vote a clear result (the cycle lane adopted, Gisèle Halimi chosen,
the garden ranked first by majority judgment).
"""

from __future__ import annotations

import datetime as dt
import random
import uuid

from facilitator.core.participants import Role
from facilitator.core.voting.ballot_code import payload, short_code
from facilitator.core.voting.count import Entry, EntryKind
from facilitator.core.voting.definition import Officers, VoteDefinition
from facilitator.core.voting.model import DEFAULT_GRADES, Base, Majority, MajorityKind, Method
from facilitator.services.attendance.desk import load_session_attendance
from facilitator.services.voting.count import record_entries
from facilitator.services.voting.votes import Kit, create_vote, load_vote, print_kits, save_officers
from facilitator.store.database import Database

OFFICERS = Officers(
    president="Claire Fontaine",
    secretary="Mathieu Roux",
    counters=("Awa Diallo", "Jean-Pierre Morel"),
    incidents="",
)
DEFINITIONS = (
    (
        VoteDefinition(
            "Approuvez-vous la proposition n° 3 : une rue scolaire devant l’école Jean-Jaurès, fermée aux voitures "
            "aux heures d’entrée et de sortie ?",
            Method.YES_NO,
            majority=Majority(MajorityKind.ABSOLUTE, Base.EXPRESSED),
        ),
        (0.62, 0.30, 0.08),
    ),
    (
        VoteDefinition(
            "Quel nom pour la future médiathèque du quartier des Vignes ?",
            Method.SINGLE,
            ("Simone Veil", "Gisèle Halimi", "Lucie Aubrac"),
            majority=Majority(MajorityKind.SIMPLE),
        ),
        (0.3, 0.45, 0.2, 0.05),
    ),
    (
        VoteDefinition(
            "Quels thèmes l’assemblée étudiera-t-elle l’an prochain ? (autant de choix que vous voulez)",
            Method.APPROVAL,
            ("Alimentation", "Mobilités", "Logement", "Espaces verts", "Jeunesse"),
            majority=Majority(MajorityKind.SIMPLE),
        ),
        (0.35, 0.7, 0.55, 0.6, 0.4),
    ),
    (
        VoteDefinition(
            "Quel aménagement pour la place du Marché ?",
            Method.JUDGMENT,
            ("Un jardin partagé", "Un marché couvert", "Un parking paysager", "Une aire de jeux"),
            grades=DEFAULT_GRADES,
        ),
        (5.0, 3.6, 1.6, 3.9),
    ),
)
TODAY_VOTE = VoteDefinition(
    "Adoptez-vous l’avis de l’assemblée sur le plan local de mobilité, tel qu’amendé ce matin ?",
    Method.YES_NO,
    majority=Majority.parse("2/3", Base.VOTERS),
)


def _voters(db: Database, session_id: uuid.UUID, at: dt.datetime) -> int:
    attendance = load_session_attendance(db, session_id)
    people = {person.id: person for person in attendance.people}
    return sum(
        1
        for person_id, presence in attendance.presence.items()
        if people[person_id].details.role is Role.CITIZEN and presence.present_at(at)
    )


def _slips(method: Method, leaning: tuple[float, ...], kit: Kit, key: str, rng: random.Random) -> list[str]:
    """The slips one voter puts in the envelope (a kit's last slip is « Vote blanc »)."""
    options = kit.ballots[:-1]
    if method is Method.APPROVAL:
        chosen = [ballot for ballot, share in zip(options, leaning, strict=True) if rng.random() < share]
        return [payload(ballot, key) for ballot in chosen or [kit.ballots[-1]]]
    pick = rng.choices([*options, kit.ballots[-1]], weights=leaning)[0]
    return [payload(pick, key)]


def _grid(leaning: tuple[float, ...], grades: int, rng: random.Random) -> tuple[int | None, ...]:
    rows: list[int | None] = []
    for centre in leaning:
        grade = round(rng.gauss(centre, 1.3))
        rows.append(None if rng.random() < 0.03 else min(grades - 1, max(0, grade)))
    return tuple(rows)


def _count(
    db: Database, vote_id: uuid.UUID, leaning: tuple[float, ...], voters: int, at: dt.datetime, rng: random.Random
) -> None:
    vote = load_vote(db, vote_id)
    kits = print_kits(db, vote_id, voters + 6, at - dt.timedelta(hours=3)).value
    cast = kits[:voters]
    entries: list[Entry] = [Entry(kind=EntryKind.HANDED_OUT, number=voters, counter=OFFICERS.secretary)]
    counter = OFFICERS.counters[0]
    for index, kit in enumerate(cast[:-2]):
        if vote.rules.method is Method.JUDGMENT:
            code = short_code(kit.ballots[0], vote.key)
            rows = _grid(leaning, len(vote.rules.grades), rng)
            entries.append(Entry(kind=EntryKind.BALLOT, code=code, rows=rows, counter=counter, source="typed"))
        else:
            for text in _slips(vote.rules.method, leaning, kit, vote.key, rng):
                entries.append(Entry(kind=EntryKind.BALLOT, code=text, counter=counter, source="scanner"))
        if index == 3 and entries[-1].code:
            entries.append(entries[-1])  # the handheld scanner read it twice
    entries.append(Entry(kind=EntryKind.BLANK_ENVELOPE, counter=counter))
    entries.append(Entry(kind=EntryKind.NUL, reason="bulletin annoté", counter=counter))
    record_entries(db, vote_id, entries, at)


def write_demo_votes(db: Database, counted: uuid.UUID, upcoming: uuid.UUID, at: dt.datetime, seed: int) -> None:
    rng = random.Random(seed)
    for offset, (definition, leaning) in enumerate(DEFINITIONS):
        moment = at + dt.timedelta(minutes=10 * offset)
        vote_id = create_vote(db, counted, definition, moment - dt.timedelta(hours=4)).value
        save_officers(db, vote_id, OFFICERS)
        _count(db, vote_id, leaning, _voters(db, counted, moment), moment, rng)
    create_vote(db, upcoming, TODAY_VOTE, at)
