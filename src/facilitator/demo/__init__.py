"""The demo assembly: a realistic, fictional assembly so that anyone can try every screen.

Its past sessions come with their attendance and claims (``demo_attendance``), its plenary
sessions with an agenda, and the last one held with its speakers' list (``demo_speaking``).

Deterministic for a seed and a date: the same people, sub-bodies and sessions every time.
Phone numbers are in the range ARCEP reserves for fiction (06 39 98 …), e-mails use the
reserved example.org domain.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass, replace

from sqlalchemy import select

from facilitator.core.names import fold, words
from facilitator.core.participants import Gender, Participant, ParticipantDetails, Role
from facilitator.demo.attendance import DemoSession, write_demo_attendance
from facilitator.demo.names import ACCESSIBILITY_NEEDS, MEN, NEIGHBOURHOODS, STREETS, SURNAMES, WOMEN
from facilitator.demo.rotation import write_demo_rotation
from facilitator.demo.speaking import write_demo_agenda
from facilitator.demo.voting import write_demo_votes
from facilitator.services.assemblies.assemblies import sub_body_ids
from facilitator.services.roster.participants import insert_participants
from facilitator.store.database import Database
from facilitator.store.models import Assembly, AssemblySession

DEMO_ASSEMBLY = "Assemblée citoyenne de Villebrune"
DEMO_TOWN = "Villebrune"
DEMO_POSTCODE = "37990"
PROPOSAL_GROUP = "Groupe de proposition"
METHOD_COMMITTEE = "Comité de méthodologie"


@dataclass(frozen=True)
class _Quota:
    role: Role
    count: int
    drawn: bool = False


_COMPOSITION = (
    _Quota(Role.CITIZEN, 80, drawn=True),
    _Quota(Role.CITIZEN, 20, drawn=False),
    _Quota(Role.ELECTED, 8),
    _Quota(Role.STAFF, 6),
    _Quota(Role.EXPERT, 3),
    _Quota(Role.FACILITATOR, 3),
)


class DemoAlreadyThere(Exception):
    """The database already holds the demo assembly."""


TODAY_TITLE = "Séance d'essai (aujourd'hui)"
"""A session on the day the demo is made, with its agenda and nobody signed in yet: the sign-in
desk and the speakers' list record only into today's session, so there is one to try them."""

FIRST_PERSON = ("Jeanne", "Dupont")
"""The example every guide uses ("dup j" finds her), always in the demo."""


def demo_people(rng: random.Random) -> list[ParticipantDetails]:
    """About 120 people of every role, both genders, all neighbourhoods, without sub-bodies."""
    people: list[ParticipantDetails] = []
    used: set[tuple[str, str]] = set()
    for quota in _COMPOSITION:
        for index in range(quota.count):
            first = rng.choice(WOMEN if index % 2 == 0 else MEN)
            gender = Gender.FEMALE if index % 2 == 0 else Gender.MALE
            if quota.role is Role.CITIZEN and index % 37 == 36:
                gender = rng.choice([Gender.OTHER, Gender.UNSPECIFIED])
            last = rng.choice(SURNAMES)
            if not people:
                first, last = FIRST_PERSON
            while (first, last) in used:
                last = rng.choice(SURNAMES)
            used.add((first, last))
            people.append(_person(rng, quota, first, last, gender, index))
    return people


def _person(rng: random.Random, quota: _Quota, first: str, last: str, gender: Gender, index: int) -> ParticipantDetails:
    resident = quota.role in (Role.CITIZEN, Role.ELECTED)
    oldest = 1946 if quota.role is Role.CITIZEN else 1960
    email_local = ".".join(words(first) + words(last))
    return ParticipantDetails(
        first_name=first,
        last_name=last,
        role=quota.role,
        gender=gender,
        birth_year=rng.randint(oldest, 2008 if quota.role is Role.CITIZEN else 1998),
        neighbourhood=rng.choice(NEIGHBOURHOODS) if resident else "",
        drawn=quota.drawn,
        minority=quota.role is Role.ELECTED and index >= 6,
        phone=f"06 39 98 {rng.randint(0, 99):02d} {rng.randint(0, 99):02d}",
        email=f"{email_local}@example.org" if rng.random() < 0.8 else "",
        address=f"{rng.randint(1, 120)} {rng.choice(STREETS)}" if resident else "",
        postcode=DEMO_POSTCODE if resident else "",
        city=DEMO_TOWN if resident else "",
        accessibility_needs=rng.choice(ACCESSIBILITY_NEEDS) if quota.role is Role.CITIZEN and index % 23 == 5 else "",
        childcare_needed=quota.role is Role.CITIZEN and index % 11 == 3,
    )


def _with_sub_bodies(people: list[ParticipantDetails]) -> list[ParticipantDetails]:
    """Poitiers' pattern: a proposal group of 20 residents, 6 elected (2 of the minority) and
    4 staff; a method committee of 3 residents, 3 elected and 3 staff."""

    def pick(role: Role, count: int, *, minority: bool | None = None, skip: int = 0) -> list[int]:
        found = [i for i, p in enumerate(people) if p.role is role and (minority is None or p.minority is minority)]
        return found[skip : skip + count]

    groups: dict[int, list[str]] = {}
    proposal = pick(Role.CITIZEN, 20) + pick(Role.ELECTED, 4, minority=False) + pick(Role.ELECTED, 2, minority=True)
    proposal += pick(Role.STAFF, 4)
    committee = (
        pick(Role.CITIZEN, 3, skip=40) + pick(Role.ELECTED, 3, minority=False, skip=3) + pick(Role.STAFF, 3, skip=3)
    )
    for index in proposal:
        groups.setdefault(index, []).append(PROPOSAL_GROUP)
    for index in committee:
        groups.setdefault(index, []).append(METHOD_COMMITTEE)
    return [replace(person, sub_bodies=tuple(sorted(groups.get(i, []), key=fold))) for i, person in enumerate(people)]


def _saturday_on_or_before(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=(day.weekday() - 5) % 7)


def create_demo(db: Database, today: dt.date, seed: int = 2026) -> uuid.UUID:
    """Write the demo assembly into ``db``; refuses if it is already there."""
    rng = random.Random(seed)
    people = _with_sub_bodies(demo_people(rng))
    last_saturday = _saturday_on_or_before(today - dt.timedelta(days=1))
    sessions = [
        (last_saturday - dt.timedelta(weeks=8), "Séance d'installation", None),
        (last_saturday - dt.timedelta(weeks=4), "Auditions : se déplacer à Villebrune", None),
        (last_saturday - dt.timedelta(weeks=2), "Atelier du groupe de proposition", PROPOSAL_GROUP),
        (last_saturday, "Travail en groupes", None),
        (last_saturday + dt.timedelta(weeks=4), "Délibération et décision", None),
        (today, TODAY_TITLE, None),
    ]
    with db.write() as writer:
        names = writer.session.scalars(select(Assembly.name).where(Assembly.deleted.is_(False)))
        if any(fold(name) == fold(DEMO_ASSEMBLY) for name in names):
            raise DemoAlreadyThere(DEMO_ASSEMBLY)
        assembly = writer.add(
            Assembly(
                name=DEMO_ASSEMBLY,
                municipality=DEMO_TOWN,
                mandate_start=dt.date(today.year - (today.month < 9), 9, 1),
                mandate_end=dt.date(today.year + (today.month >= 9) + 1, 6, 30),
            )
        )
        ids = insert_participants(writer, assembly.id, people)
        stored = [
            Participant(i, badge, details) for badge, (i, details) in enumerate(zip(ids, people, strict=True), start=1)
        ]
        sub_bodies = sub_body_ids(writer, assembly.id, [PROPOSAL_GROUP])
        held = []
        plenaries = []
        for date, title, sub_body in sessions:
            row = writer.add(
                AssemblySession(
                    assembly_id=assembly.id,
                    date=date,
                    title=title,
                    place="Salle des fêtes, 2 place du Marché, Villebrune",
                    sub_body_id=sub_bodies[fold(sub_body)] if sub_body else None,
                )
            )
            if date < today:
                members = [p.id for p in stored if sub_body is None or sub_body in p.details.sub_bodies]
                held.append(DemoSession(row.id, date, frozenset(members), auditions=title.startswith("Auditions")))
            if sub_body is None:
                plenaries.append((row.id, date, date < today))
        writer.session.flush()
        write_demo_attendance(writer, assembly.id, stored, held, rng)
        write_demo_agenda(writer, assembly.id, plenaries, {p.id: p for p in stored}, rng)
        groups = next(session_id for session_id, date, _ in plenaries if date == last_saturday)
        today_session = plenaries[-1][0]
    write_demo_rotation(db, groups, today_session, dt.datetime.combine(last_saturday, dt.time(14, 0)), today)
    write_demo_votes(db, groups, today_session, dt.datetime.combine(last_saturday, dt.time(15, 30)), seed)
    return assembly.id
