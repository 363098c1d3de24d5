"""Three laptops and the sync service on the real PostgreSQL, driven by Hypothesis in any order:
edits, walk-ins, arrivals, syncs, sticks relayed, an acknowledgement lost, a batch replayed, a
pull that dies before its commit, one laptop's clock ten minutes slow. Whatever happened, no
change is lost or doubled; after a final round every laptop equals the server and the reference
(every change made anywhere), and a second round changes nothing."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import uuid
from contextlib import ExitStack
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import func, select

from facilitator.core.participants import ParticipantDetails, Role
from facilitator.core.sync import Bundle, Outcome, encode_bundle
from facilitator.services.assemblies.assemblies import create_assembly
from facilitator.services.assemblies.sessions import create_session
from facilitator.services.attendance.desk import check_in, load_session_attendance
from facilitator.services.indemnity.statements import session_indemnities
from facilitator.services.roster.participants import add_participant, list_participants, update_participant
from facilitator.services.sync.apply import apply_changes
from facilitator.services.sync.bundles import export_bundle, import_bundle
from facilitator.services.sync.devices import add_device, ensure_store
from facilitator.services.sync.exchange import table_digests
from facilitator.services.sync.link import read_link
from facilitator.services.sync.log import read_changes
from facilitator.store.database import Database, wall_clock_ms
from facilitator.store.migrate import SCHEMA_REVISION
from facilitator.store.models import ChangeLog
from facilitator.store.opening import open_central, open_database
from facilitator.sync.client import SyncClient
from facilitator.sync.run import enrol, run_sync
from facilitator.sync.server import ServiceThread, SyncService
from tests.conftest import new_postgres_database

DAY = dt.date(2027, 1, 16)
LAPTOPS = range(3)
SLOW_LAPTOP = 2
SLOW_BY_MS = 10 * 60 * 1000
NAMES = st.sampled_from(["Awa", "Paul", "Léa", "Hugo"])


class PowerCut(Exception):
    pass


class LaptopsAndServer(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="facilitator-stateful-"))
        self.resources = ExitStack()
        """The central store's database, dropped at the end."""
        self.laptops: list[Database] = []
        self.tokens: list[str] = []
        self.made: set[uuid.UUID] = set()
        """Every change made on a laptop: the reference the replicas must end up holding."""
        self.minute = 0

    @initialize()
    def a_town_hall_and_three_desks(self) -> None:
        self.central = open_central(
            self.resources.enter_context(new_postgres_database("facilitator_stateful")), upgrade=True
        )
        self.service = ServiceThread(SyncService(self.central, ensure_store(self.central))).start()
        for index in LAPTOPS:
            opened = open_database(self.folder / f"{index}.sqlite", f"laptop-{index}")
            if index == SLOW_LAPTOP:
                opened = Database(opened.engine, opened.device_id, lambda: wall_clock_ms() - SLOW_BY_MS)
            self.laptops.append(opened)
            code = add_device(self.central, f"Accueil {index}").code
            self.tokens.append(enrol(opened, self.service.address, code, keep_token=False)[1])
        self.assembly = create_assembly(self.laptops[0], "Assemblée de Valmont", "Valmont").value
        self.session = create_session(self.laptops[0], self.assembly, DAY, "Plénière").value
        self.remember(0)
        self.sync(0)
        for index in LAPTOPS[1:]:
            self.sync(index, ("Assemblée de Valmont",))

    def remember(self, index: int) -> None:
        self.made |= {change.id for change in read_changes(self.laptops[index]) if change.device == f"laptop-{index}"}

    def sync(self, index: int, wanted: tuple[str, ...] = ()) -> None:
        with SyncClient(self.service.address, self.tokens[index]) as client:
            report = run_sync(self.laptops[index], client, wanted=wanted).value
        assert not report.refused_by_server and not report.pulled.rejected()

    @rule(laptop=st.sampled_from(LAPTOPS), first=NAMES)
    def a_desk_registers_a_walk_in(self, laptop: int, first: str) -> None:
        add_participant(self.laptops[laptop], self.assembly, ParticipantDetails(first, "Martin", Role.CITIZEN))
        self.remember(laptop)

    @rule(laptop=st.sampled_from(LAPTOPS), pick=st.integers(0, 10), phone=st.sampled_from(["0601", "0602"]))
    def a_desk_edits_someone(self, laptop: int, pick: int, phone: str) -> None:
        people = list_participants(self.laptops[laptop], self.assembly)
        if people:
            person = people[pick % len(people)]
            update_participant(
                self.laptops[laptop], person.id, ParticipantDetails(**{**vars(person.details), "phone": phone})
            )
            self.remember(laptop)

    @rule(laptop=st.sampled_from(LAPTOPS), pick=st.integers(0, 10))
    def a_desk_signs_someone_in(self, laptop: int, pick: int) -> None:
        people = list_participants(self.laptops[laptop], self.assembly)
        if people:
            self.minute += 1
            at = dt.datetime.combine(DAY, dt.time(9, 0)) + dt.timedelta(minutes=self.minute)
            check_in(self.laptops[laptop], self.session, people[pick % len(people)].id, at)
            self.remember(laptop)

    @rule(laptop=st.sampled_from(LAPTOPS))
    def a_desk_syncs(self, laptop: int) -> None:
        self.sync(laptop)

    @rule(source=st.sampled_from(LAPTOPS), to=st.sampled_from(LAPTOPS))
    def a_stick_is_relayed(self, source: int, to: int) -> None:
        if source != to:
            export_bundle(self.laptops[source], self.folder / "stick.fsync")
            assert import_bundle(self.laptops[to], self.folder / "stick.fsync").value.count(Outcome.REJECTED) == 0

    @rule(laptop=st.sampled_from(LAPTOPS), twice=st.booleans())
    def a_push_whose_answer_is_lost_or_which_is_replayed(self, laptop: int, twice: bool) -> None:
        db = self.laptops[laptop]
        batch = encode_bundle(Bundle(read_link(db).store, SCHEMA_REVISION, db.device_id, {}, read_changes(db)))
        with SyncClient(self.service.address, self.tokens[laptop]) as client:
            client.push(batch)  # the answer never reaches the laptop
            if twice:
                answer = client.push(batch)
                assert answer["applied"] == 0 and not answer["rejected"]

    @rule(laptop=st.sampled_from(LAPTOPS))
    def a_pull_dies_before_its_commit(self, laptop: int) -> None:
        db = self.laptops[laptop]
        held = self.held(db)

        def dies(_done: int, _total: int) -> None:
            raise PowerCut  # every change of the chunk applied, nothing committed

        with pytest.raises(PowerCut):
            apply_changes(db, read_changes(self.central), progress=dies)
        assert self.held(db) == held

    @staticmethod
    def held(db: Database) -> int:
        with db.read() as session:
            return session.scalar(select(func.count()).select_from(ChangeLog)) or 0

    @invariant()
    def no_change_is_doubled_and_none_made_is_lost(self) -> None:
        for db in [*self.laptops, self.central] if self.laptops else []:
            ids = [change.id for change in read_changes(db)]
            assert len(ids) == len(set(ids))
        for index, db in enumerate(self.laptops):
            own = {change.id for change in read_changes(db) if change.device == f"laptop-{index}"}
            assert own <= self.made

    def teardown(self) -> None:
        try:
            if self.laptops:
                self.final_rounds()
        finally:
            if self.laptops:
                self.service.stop()
                self.central.dispose()
                for db in self.laptops:
                    db.dispose()
                self.resources.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    def final_rounds(self) -> None:
        for _ in range(2):
            for index in LAPTOPS:
                self.sync(index)
        server = {change.id for change in read_changes(self.central)}
        assert server >= self.made
        digests = table_digests(self.central, [self.assembly])
        for db in self.laptops:
            assert {change.id for change in read_changes(db)} == server
            assert table_digests(db, [self.assembly]) == digests
        people = [list_participants(db, self.assembly) for db in self.laptops]
        assert people[0] == people[1] == people[2]
        present = [load_session_attendance(db, self.session).presence for db in self.laptops]
        assert present[0] == present[1] == present[2]
        indemnities = [session_indemnities(db, self.session) for db in self.laptops]
        assert indemnities[0] == indemnities[1] == indemnities[2]
        before = len(server)
        for index in LAPTOPS:
            with SyncClient(self.service.address, self.tokens[index]) as client:
                again = run_sync(self.laptops[index], client).value
            assert (again.pushed, again.pulled.count(Outcome.APPLIED), again.in_step) == (0, 0, True)
        assert len(read_changes(self.central)) == before


LaptopsAndServer.TestCase.settings = settings(max_examples=8, stateful_step_count=12, deadline=None)
test_laptops_and_the_server_converge_whatever_happens = LaptopsAndServer.TestCase
