"""Filtering the participants table of 10 000 people on each keystroke, the table (as the
workspace configures it) repainted, against a plain Python substring scan of the names.
Goal: < 16 ms (one frame) per keystroke."""

from __future__ import annotations

import os
import random
import time
import uuid

from benchmarks.common import Result, per_keystroke
from facilitator.core.participants import Gender, Participant, ParticipantDetails
from facilitator.demo.names import MEN, NEIGHBOURHOODS, SURNAMES, WOMEN

PEOPLE = 10_000
TYPED = "dupont jea"


def people() -> list[Participant]:
    rng = random.Random(16)
    result = []
    for i in range(PEOPLE):
        woman = i % 2 == 0
        details = ParticipantDetails(
            rng.choice(WOMEN if woman else MEN),
            rng.choice(SURNAMES),
            gender=Gender.FEMALE if woman else Gender.MALE,
            birth_year=rng.randint(1940, 2008),
            neighbourhood=rng.choice(NEIGHBOURHOODS),
            drawn=True,
        )
        result.append(Participant(uuid.uuid4(), i + 1, details))
    return result


def run() -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from facilitator.ui.app import create_application
    from facilitator.ui.roster.table_model import Filter, ParticipantsModel
    from facilitator.ui.roster.table_view import RosterTable

    app = QApplication.instance() or create_application("fr")
    roster = people()
    model = ParticipantsModel()
    model.set_people(roster, Filter())
    view = RosterTable(model)
    view.resize(1000, 700)
    view.show()
    app.processEvents()

    keystrokes: list[float] = []
    for _ in range(5):
        for length in range(len(TYPED) + 1):
            start = time.perf_counter()
            model.set_filter(Filter(query=TYPED[:length]))
            app.processEvents()  # delivers the pending repaint, as after a real keystroke
            keystrokes.append(time.perf_counter() - start)
        model.set_filter(Filter(query=""))

    names = [f"{p.details.first_name} {p.details.last_name}".lower() for p in roster]
    scans: list[float] = []
    for _ in range(5):
        for length in range(len(TYPED) + 1):
            start = time.perf_counter()
            query = TYPED[:length].lower()
            _ = [i for i, name in enumerate(names) if query in name]
            scans.append(time.perf_counter() - start)
    view.close()
    return per_keystroke(f"filter {PEOPLE} people", keystrokes, scans)
