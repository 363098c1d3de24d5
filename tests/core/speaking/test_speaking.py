"""The speakers' list: turns from events, the queue's order, the budgets, the statistics."""

from __future__ import annotations

import uuid
from itertools import count, pairwise

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from facilitator.core.participants import Gender, Role
from facilitator.core.speaking.floor import Floor, replay
from facilitator.core.speaking.model import (
    Discipline,
    EventKind,
    Fairness,
    RequestKind,
    RoleBudget,
    Speaker,
    SpeakingEvent,
)
from facilitator.core.speaking.rules import Refusal, budget, may_ask, may_speak, queue
from facilitator.core.speaking.stats import SpeakingStats, present_shares, shares, statistics

PHASE = uuid.UUID(int=1000)
ANNE = Speaker(uuid.UUID(int=1), Role.CITIZEN, Gender.FEMALE)
BRUNO = Speaker(uuid.UUID(int=2), Role.CITIZEN, Gender.MALE)
CLAIRE = Speaker(uuid.UUID(int=3), Role.CITIZEN, Gender.FEMALE)
DAVID = Speaker(uuid.UUID(int=4), Role.CITIZEN, Gender.MALE)
ELU = Speaker(uuid.UUID(int=5), Role.ELECTED, Gender.MALE)
ELUE = Speaker(uuid.UUID(int=6), Role.ELECTED, Gender.FEMALE)
SPEAKERS = {s.id: s for s in (ANNE, BRUNO, CLAIRE, DAVID, ELU, ELUE)}


class Script:
    """Writes events as the services would, with increasing stamps."""

    def __init__(self) -> None:
        self.events: list[SpeakingEvent] = []
        self._stamps = count()

    def _add(self, kind: EventKind, at: float, **extra: object) -> uuid.UUID:
        event = SpeakingEvent(uuid.uuid4(), kind, at, PHASE, stamp=f"{next(self._stamps):08d}", **extra)  # type: ignore[arg-type]
        self.events.append(event)
        return event.id

    def ask(self, who: Speaker, at: float, kind: RequestKind = RequestKind.CONTRIBUTION) -> uuid.UUID:
        return self._add(EventKind.REQUEST, at, participant=who.id, request_kind=kind)

    def start(self, request: uuid.UUID, at: float) -> None:
        self._add(EventKind.START, at, request=request)

    def control(self, kind: EventKind, at: float) -> None:
        self._add(kind, at)

    def override(self, request: uuid.UUID, at: float, note: str = "réponse technique") -> None:
        self._add(EventKind.OVERRIDE, at, request=request, note=note)

    def reorder(self, order: list[uuid.UUID], at: float) -> None:
        self._add(EventKind.REORDER, at, order=tuple(order))

    def floor(self) -> Floor:
        return replay(self.events)


def test_a_turn_counts_its_running_time_only() -> None:
    script = Script()
    request = script.ask(ANNE, 0)
    script.start(request, 10)
    script.control(EventKind.PAUSE, 70)
    script.control(EventKind.RESUME, 100)
    floor = script.floor()
    assert floor.current is not None and floor.current.running
    assert floor.current.seconds(130) == 90
    script.control(EventKind.END, 160)
    floor = script.floor()
    assert floor.current is None
    assert floor.turns[0].seconds(10_000) == 120


def test_an_interposed_question_pauses_the_speaker_until_it_ends() -> None:
    script = Script()
    script.start(script.ask(ANNE, 0), 0)
    question = script.ask(BRUNO, 30, RequestKind.QUESTION)
    script.start(question, 60)
    floor = script.floor()
    anne, bruno = floor.turns
    assert floor.current is bruno and anne.paused
    script.control(EventKind.END, 90)
    floor = script.floor()
    anne, bruno = floor.turns
    assert floor.current is anne and anne.running
    assert (anne.seconds(120), bruno.seconds(120)) == (90, 30)


def test_a_question_to_a_paused_speaker_leaves_them_paused() -> None:
    script = Script()
    script.start(script.ask(ANNE, 0), 0)
    script.control(EventKind.PAUSE, 10)
    script.start(script.ask(BRUNO, 20, RequestKind.QUESTION), 30)
    script.control(EventKind.END, 60)
    floor = script.floor()
    anne = floor.turns[0]
    assert floor.current is anne and anne.paused and anne.seconds(100) == 10


def test_events_replay_in_the_order_they_were_recorded() -> None:
    """A clock set back between two runs: the end, recorded after the start, still ends it."""
    script = Script()
    script.start(script.ask(ANNE, 100), 300)
    script.control(EventKind.END, 200)  # recorded later, with an earlier wall-clock time
    floor = script.floor()
    assert floor.current is None and floor.turns[0].ended_at == 200


def test_a_control_for_another_turn_is_ignored() -> None:
    script = Script()
    first = script.ask(ANNE, 0)
    script.start(first, 0)
    script.start(script.ask(BRUNO, 1), 10)
    script._add(EventKind.END, 20, request=first)  # Anne's turn already ended at 10
    assert script.floor().current is not None


def test_giving_the_floor_to_the_next_speaker_ends_the_current_turn() -> None:
    script = Script()
    script.start(script.ask(ANNE, 0), 0)
    script.start(script.ask(BRUNO, 5), 100)
    floor = script.floor()
    anne, bruno = floor.turns
    assert anne.ended_at == 100 and floor.current is bruno
    assert anne.seconds(500) == 100


def test_points_of_order_jump_the_queue_then_first_come() -> None:
    script = Script()
    anne = script.ask(ANNE, 1)
    bruno = script.ask(BRUNO, 2)
    order = script.ask(CLAIRE, 3, RequestKind.POINT_OF_ORDER)
    order_two = script.ask(DAVID, 4, RequestKind.POINT_OF_ORDER)
    ids = [r.id for r in queue(script.floor(), PHASE, Discipline(), SPEAKERS)]
    assert ids == [order, order_two, anne, bruno]


def test_newcomers_first_then_alternating_genders() -> None:
    script = Script()
    script.start(script.ask(ANNE, 0), 0)
    script.control(EventKind.END, 60)
    again = script.ask(ANNE, 61)
    claire = script.ask(CLAIRE, 62)
    bruno = script.ask(BRUNO, 63)
    david = script.ask(DAVID, 64)
    first_come = [r.id for r in queue(script.floor(), PHASE, Discipline(), SPEAKERS)]
    assert first_come == [again, claire, bruno, david]
    newcomers = Discipline(fairness=Fairness.NEWCOMERS_FIRST)
    assert [r.id for r in queue(script.floor(), PHASE, newcomers, SPEAKERS)] == [claire, bruno, david, again]
    alternating = Discipline(fairness=Fairness.NEWCOMERS_FIRST, alternate_genders=True)
    # Anne (a woman) spoke last: a man first, then a woman, then a man; Anne again last (she spoke).
    assert [r.id for r in queue(script.floor(), PHASE, alternating, SPEAKERS)] == [bruno, claire, david, again]


def test_alternation_goes_on_through_the_hand_order_and_ignores_points_of_order() -> None:
    script = Script()
    script.start(script.ask(ANNE, 0), 0)  # a woman spoke last
    script.control(EventKind.END, 60)
    by_hand = script.ask(BRUNO, 61)
    script.reorder([by_hand], 62)
    david, claire = script.ask(DAVID, 63), script.ask(CLAIRE, 64)
    order = script.ask(ELU, 65, RequestKind.POINT_OF_ORDER)
    alternating = Discipline(alternate_genders=True)
    ids = [r.id for r in queue(script.floor(), PHASE, alternating, SPEAKERS)]
    assert ids == [order, by_hand, claire, david]  # after Bruno (a man, by hand), a woman


def test_the_facilitator_s_own_order_is_kept() -> None:
    script = Script()
    anne, bruno, claire = script.ask(ANNE, 1), script.ask(BRUNO, 2), script.ask(CLAIRE, 3)
    script.reorder([claire, anne, bruno], 4)
    late = script.ask(DAVID, 5)
    ids = [r.id for r in queue(script.floor(), PHASE, Discipline(alternate_genders=True), SPEAKERS)]
    assert ids == [claire, anne, bruno, late]


def test_a_role_without_time_is_refused_and_an_override_lifts_it() -> None:
    decision = Discipline(budgets={Role.ELECTED: RoleBudget(0)})
    script = Script()
    request = script.ask(ELU, 0)
    floor = script.floor()
    assert may_speak(floor, floor.waiting[request], decision, SPEAKERS, 1) is Refusal.NO_TIME_IN_PHASE
    script.override(request, 2)
    floor = script.floor()
    assert may_speak(floor, floor.waiting[request], decision, SPEAKERS, 3) is None
    script.start(request, 3)
    floor = script.floor()
    assert floor.turns[0].overridden and [o.note for o in floor.overrides] == ["réponse technique"]


def test_a_shared_cap_is_spent_by_the_whole_role() -> None:
    deliberation = Discipline(budgets={Role.ELECTED: RoleBudget(120, shared=True)})
    script = Script()
    script.start(script.ask(ELU, 0), 0)
    script.control(EventKind.END, 120)
    other = script.ask(ELUE, 130)
    floor = script.floor()
    spent = budget(floor, PHASE, deliberation, ELUE, SPEAKERS, 140)
    assert spent is not None and spent.used == 120 and spent.left == 0
    assert may_speak(floor, floor.waiting[other], deliberation, SPEAKERS, 140) is Refusal.BUDGET_SPENT
    personal = Discipline(budgets={Role.ELECTED: RoleBudget(120)})
    assert may_speak(floor, floor.waiting[other], personal, SPEAKERS, 140) is None


def test_officials_may_be_kept_out_of_the_queue() -> None:
    assert may_ask(Discipline(officials_may_ask=False), ELU) is Refusal.OFFICIALS_MAY_NOT_ASK
    assert may_ask(Discipline(officials_may_ask=False), ANNE) is None
    with pytest.raises(ValueError):
        RoleBudget(-1)


def test_statistics_and_shares() -> None:
    script = Script()
    script.start(script.ask(ANNE, 0), 0)
    script.start(script.ask(ELU, 1), 60)
    script.control(EventKind.END, 240)
    stats = statistics(script.floor().turns, SPEAKERS, 1000)
    assert stats.total.turns == 2 and stats.total.seconds == 240
    assert stats.by_role[Role.ELECTED].seconds == 180 and stats.by_gender[Gender.FEMALE].seconds == 60
    by_role = shares(stats.by_role, {Role.CITIZEN: 9, Role.ELECTED: 1})
    assert by_role[Role.ELECTED].time_share == 0.75 and by_role[Role.ELECTED].present_share == 0.1
    assert shares({}, {}) == {}


class SpeakersList(RuleBasedStateMachine):
    """Any sequence of add / give the floor / pause / resume / end / override, at increasing
    times: totals are the sum of the turns, time is never counted twice (one turn runs at a
    time), and a role without time never speaks without an override."""

    def __init__(self) -> None:
        super().__init__()
        self.script = Script()
        self.now = 0.0
        self.discipline = Discipline(budgets={Role.ELECTED: RoleBudget(0)})

    def _tick(self, seconds: float) -> float:
        self.now += seconds
        return self.now

    @rule(who=st.sampled_from(list(SPEAKERS.values())), kind=st.sampled_from(RequestKind), wait=st.floats(0, 30))
    def add(self, who: Speaker, kind: RequestKind, wait: float) -> None:
        self.script.ask(who, self._tick(wait), kind)

    @precondition(lambda self: bool(self.script.floor().waiting))
    @rule(data=st.data(), wait=st.floats(0, 300))
    def give_floor(self, data: st.DataObject, wait: float) -> None:
        floor = self.script.floor()
        at = self._tick(wait)
        request = data.draw(st.sampled_from(sorted(floor.waiting.values(), key=lambda r: r.asked_at)))
        if may_speak(floor, request, self.discipline, SPEAKERS, at) is None:
            self.script.start(request.id, at)

    @precondition(lambda self: bool(self.script.floor().waiting))
    @rule(data=st.data(), wait=st.floats(0, 10))
    def override(self, data: st.DataObject, wait: float) -> None:
        floor = self.script.floor()
        request = data.draw(st.sampled_from(sorted(floor.waiting.values(), key=lambda r: r.asked_at)))
        self.script.override(request.id, self._tick(wait))

    @rule(kind=st.sampled_from([EventKind.PAUSE, EventKind.RESUME, EventKind.END]), wait=st.floats(0, 300))
    def control(self, kind: EventKind, wait: float) -> None:
        self.script.control(kind, self._tick(wait))

    @invariant()
    def totals_are_the_sum_of_the_turns(self) -> None:
        floor = self.script.floor()
        stats = statistics(floor.turns, SPEAKERS, self.now)
        assert stats.total.seconds == pytest.approx(sum(t.seconds(self.now) for t in floor.turns))
        assert sum(t.seconds for t in stats.by_person.values()) == pytest.approx(stats.total.seconds)

    @invariant()
    def time_is_never_counted_twice(self) -> None:
        floor = self.script.floor()
        intervals = sorted(
            (start, end if end is not None else self.now) for t in floor.turns for start, end in t.intervals
        )
        for (_, end), (start, _) in pairwise(intervals):
            assert start >= end - 1e-9
        assert sum(t.running for t in floor.turns) <= 1
        assert sum(t.seconds(self.now) for t in floor.turns) <= self.now + 1e-9

    @invariant()
    def officials_without_time_speak_only_when_overridden(self) -> None:
        for turn in self.script.floor().turns:
            if SPEAKERS[turn.participant].role is Role.ELECTED:
                assert turn.overridden


TestSpeakersList = SpeakersList.TestCase


@given(
    st.lists(st.tuples(st.sampled_from(list(Role)), st.sampled_from(list(Gender))), min_size=1, max_size=12),
    st.lists(st.tuples(st.integers(0, 11), st.floats(0, 600)), max_size=20),
    st.sets(st.integers(0, 11)),
)
def test_present_shares_add_up_to_everyone_who_came(
    people: list[tuple[Role, Gender]], turns: list[tuple[int, float]], came_indexes: set[int]
) -> None:
    speakers = {uuid.UUID(int=i): Speaker(uuid.UUID(int=i), role, gender) for i, (role, gender) in enumerate(people)}
    came = {uuid.UUID(int=i) for i in came_indexes if i < len(people)}
    stats = SpeakingStats()
    for index, seconds in turns:
        speaker = speakers.get(uuid.UUID(int=index))
        assume(speaker is not None)
        assert speaker is not None
        stats.by_role[speaker.role].add(seconds)
        stats.by_gender[speaker.gender].add(seconds)
    figures = present_shares(stats, speakers, came)
    for by_group in (figures.by_role, figures.by_gender):
        present = sum(share.present_share for share in by_group.values())
        assert present == pytest.approx(1.0 if came else 0.0)
        spoken = sum(share.time_share for share in by_group.values())
        assert spoken == pytest.approx(1.0 if sum(s for _, s in turns) > 0 else 0.0)
