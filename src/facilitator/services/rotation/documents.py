"""The small groups on paper and in a spreadsheet: table cards, itinerary slips, the plan's CSV."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from facilitator.app.files import write_atomically
from facilitator.core.cells import neutralise, spreadsheet_csv
from facilitator.core.participants import by_name
from facilitator.core.rotation import RotationProblem
from facilitator.core.rotation.setup import RotationRefused
from facilitator.printing.model import ItinerarySlip, TableCard
from facilitator.printing.rotation.itinerary_slips import itinerary_slips_pdf
from facilitator.printing.rotation.table_cards import table_cards_pdf
from facilitator.services.assemblies.headings import session_heading
from facilitator.services.rotation.view import RotationView, load_rotation
from facilitator.store.database import Database
from facilitator.text.formats import long_date


def _planned(view: RotationView) -> RotationView:
    if not view.planned or view.settings is None:
        raise RotationRefused(RotationProblem.NO_PLAN)
    if view.stale:
        raise RotationRefused(RotationProblem.TABLES_CHANGED)
    return view


def table_cards(view: RotationView) -> list[TableCard]:
    """Per table, its host and the names of each round (host first, then by name)."""
    assert view.settings is not None
    cards = []
    for index, table in enumerate(view.settings.tables):
        host = view.people[table.host] if table.host is not None else None
        rounds = []
        for seats in view.rounds:
            seated = sorted((p for p, t in seats.items() if t == index), key=lambda p: by_name(view.people[p]))
            if host is not None and host.id in seated:
                seated.remove(host.id)
                seated.insert(0, host.id)
            rounds.append([view.people[p].details.display_name for p in seated])
        cards.append(TableCard(index + 1, host.details.display_name if host else "", rounds))
    return cards


def itinerary_slips(view: RotationView) -> list[ItinerarySlip]:
    assert view.settings is not None
    hosts = view.settings.hosts()
    seated = _seated(view)
    slips = []
    for person_id in seated:
        person = view.people[person_id]
        tables = [seats[person_id] + 1 if person_id in seats else None for seats in view.rounds]
        host_of = hosts[person_id] + 1 if person_id in hosts else None
        slips.append(
            ItinerarySlip(person.details.first_name, person.details.last_name, person.badge_number, tables, host_of)
        )
    return slips


def print_table_cards(db: Database, session_id: uuid.UUID, path: Path, now: dt.datetime) -> int:
    view = _planned(load_rotation(db, session_id))
    cards = table_cards(view)
    write_atomically(path, table_cards_pdf(session_heading(db, session_id), cards, view.seed, now))
    return len(cards)


def print_itinerary_slips(db: Database, session_id: uuid.UUID, path: Path, now: dt.datetime) -> int:
    view = _planned(load_rotation(db, session_id))
    heading = session_heading(db, session_id)
    caption = " — ".join(part for part in (heading.session_title, long_date(view.date)) if part)
    slips = itinerary_slips(view)
    write_atomically(path, itinerary_slips_pdf(slips, caption, now))
    return len(slips)


def plan_csv(view: RotationView) -> bytes:
    """One row per person: last name, first name, badge number, then their table in each round."""

    round_label = QCoreApplication.translate("RotationExport", "Round {number}")
    rounds = [round_label.format(number=index + 1) for index in range(len(view.rounds))]
    headers = [
        QCoreApplication.translate("RotationExport", "Last name"),
        QCoreApplication.translate("RotationExport", "First name"),
        QCoreApplication.translate("RotationExport", "Badge"),
    ]
    rows = [[*headers, *rounds]]
    seated = _seated(view)
    for person_id in sorted(seated, key=lambda p: by_name(view.people[p])):
        details = view.people[person_id].details
        tables = [str(seats[person_id] + 1) if person_id in seats else "" for seats in view.rounds]
        rows.append(
            [
                neutralise(details.last_name),
                neutralise(details.first_name),
                str(view.people[person_id].badge_number),
                *tables,
            ]
        )
    return spreadsheet_csv(rows)


def export_plan(db: Database, session_id: uuid.UUID, path: Path) -> int:
    """Write the plan's CSV atomically; returns the number of people in it."""
    view = _planned(load_rotation(db, session_id))
    write_atomically(Path(path), plan_csv(view))
    return len(_seated(view))


def _seated(view: RotationView) -> set[uuid.UUID]:
    return set().union(*(seats.keys() for seats in view.rounds))
