"""Three laptops, each editing, signing people in and removing them on its own, kept in step only
by USB sticks carried in any order: once every laptop has every other's stick, all three hold
the same changes, the same people and the same arrivals."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import uuid
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from facilitator.app import runtime
from facilitator.core.participants import ParticipantDetails, Role
from facilitator.core.sync import Outcome
from facilitator.services.assemblies.assemblies import create_assembly
from facilitator.services.assemblies.sessions import create_session
from facilitator.services.attendance.desk import check_in, load_session_attendance
from facilitator.services.roster.participants import (
    ParticipantNotFound,
    add_participant,
    list_participants,
    remove_participant,
    update_participant,
)
from facilitator.services.sync.bundles import export_bundle, import_bundle
from facilitator.services.sync.log import read_changes
from facilitator.store.database import Database

DAY = dt.date(2027, 1, 16)
LAPTOPS = range(3)
NAMES = st.sampled_from(["Awa", "Paul", "Léa", "Hugo", "Zoé"])


class ThreeLaptops(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="facilitator-convergence-"))
        self.laptops: list[Database] = []
        self.clock = 0

    @initialize()
    def the_first_desk_creates_the_assembly_and_the_others_join(self) -> None:
        for index in LAPTOPS:
            self.laptops.append(
                runtime.start(self.folder / f"base{index}").open_database(self.folder / f"{index}.sqlite")
            )
        self.assembly = create_assembly(self.laptops[0], "Assemblée citoyenne", "Villebrune").value
        self.session = create_session(self.laptops[0], self.assembly, DAY, "Plénière").value
        for index in LAPTOPS[1:]:
            self.carry(0, index)

    def at(self) -> dt.datetime:
        self.clock += 1
        return dt.datetime.combine(DAY, dt.time(9, 0)) + dt.timedelta(seconds=self.clock)

    def people(self, index: int) -> list[uuid.UUID]:
        return [person.id for person in list_participants(self.laptops[index], self.assembly)]

    def carry(self, source: int, target: int) -> None:
        stick = self.folder / "stick.fsync"
        export_bundle(self.laptops[source], stick)
        report = import_bundle(self.laptops[target], stick).value
        assert report.count(Outcome.REJECTED) == 0, report.rejected()

    @rule(laptop=st.sampled_from(LAPTOPS), first=NAMES, last=NAMES)
    def a_desk_adds_someone(self, laptop: int, first: str, last: str) -> None:
        """Desks apart give the next badge number each: two people may share one (shown to a
        person, never refused)."""
        add_participant(self.laptops[laptop], self.assembly, ParticipantDetails(first, last, Role.CITIZEN))

    @rule(laptop=st.sampled_from(LAPTOPS), pick=st.integers(0, 20), phone=st.sampled_from(["0601", "0602", ""]))
    def a_desk_edits_someone(self, laptop: int, pick: int, phone: str) -> None:
        people = list_participants(self.laptops[laptop], self.assembly)
        if people:
            person = people[pick % len(people)]
            details = ParticipantDetails(**{**vars(person.details), "phone": phone})
            update_participant(self.laptops[laptop], person.id, details)

    @rule(laptop=st.sampled_from(LAPTOPS), pick=st.integers(0, 20))
    def a_desk_signs_someone_in(self, laptop: int, pick: int) -> None:
        people = self.people(laptop)
        if people:
            check_in(self.laptops[laptop], self.session, people[pick % len(people)], self.at())

    @rule(laptop=st.sampled_from(LAPTOPS), pick=st.integers(0, 20))
    def a_desk_removes_someone(self, laptop: int, pick: int) -> None:
        people = self.people(laptop)
        if people:
            try:
                remove_participant(self.laptops[laptop], people[pick % len(people)])
            except ParticipantNotFound:
                raise AssertionError("listed, then not found") from None

    @precondition(lambda self: bool(self.laptops))
    @rule(source=st.sampled_from(LAPTOPS), to=st.sampled_from(LAPTOPS))
    def a_stick_is_carried(self, source: int, to: int) -> None:
        if source != to:
            self.carry(source, to)

    @invariant()
    def a_laptop_never_loses_its_own_changes(self) -> None:
        for db in self.laptops:
            own = [change for change in read_changes(db) if change.device == db.device_id]
            assert len({change.id for change in own}) == len(own)

    def teardown(self) -> None:
        if self.laptops:
            for _round in range(2):
                for source in LAPTOPS:
                    for target in LAPTOPS:
                        if source != target:
                            self.carry(source, target)
            changes = [{change.id for change in read_changes(db)} for db in self.laptops]
            assert changes[0] == changes[1] == changes[2]
            people = [list_participants(db, self.assembly) for db in self.laptops]
            assert people[0] == people[1] == people[2]
            arrivals = [
                sorted((e.participant_id, e.at) for e in load_session_attendance(db, self.session).events)
                for db in self.laptops
            ]
            assert arrivals[0] == arrivals[1] == arrivals[2]
            for db in self.laptops:
                db.dispose()
        shutil.rmtree(self.folder, ignore_errors=True)


ThreeLaptops.TestCase.settings = settings(max_examples=15, stateful_step_count=12, deadline=None)
test_three_laptops_converge_through_sticks = ThreeLaptops.TestCase
