"""The speaking-time report of a session: per person, role, gender and phase; each role's and
gender's share of the time against its share of the people present; the overrides.

Read in one go and computed from the events (``core.speaking``); turned into the printed
report's model, its CSV, or the command line's JSON.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from facilitator.app.clock import from_posix, posix_seconds
from facilitator.app.files import write_atomically
from facilitator.core.participants import Gender, Participant, Role, by_name
from facilitator.core.speaking.floor import Override
from facilitator.core.speaking.stats import Share, SpeakingStats, Tally, present_shares, statistics
from facilitator.printing import model
from facilitator.services.speaking.agenda import AgendaItem
from facilitator.services.speaking.floor import FloorState, load_floor
from facilitator.store.database import Database
from facilitator.text.messages import gender_label, role_label


@dataclass(frozen=True)
class SpeakingSummary:
    state: FloorState
    stats: SpeakingStats
    came: set[uuid.UUID]
    """Everyone who came to the session (the base of the shares of people present)."""

    @property
    def agenda(self) -> list[AgendaItem]:
        return self.state.agenda

    def person(self, participant_id: uuid.UUID) -> Participant:
        return self.state.people[participant_id]

    def speakers_by_time(self) -> list[tuple[Participant, Tally]]:
        """Who spoke, most time first (then by name for equal times)."""
        spoken = [(self.person(pid), tally) for pid, tally in self.stats.by_person.items() if pid in self.state.people]
        return sorted(spoken, key=lambda item: (-item[1].seconds, *by_name(item[0])))

    def role_shares(self) -> dict[Role, Share]:
        return present_shares(self.stats, self.state.speakers, self.came).by_role

    def gender_shares(self) -> dict[Gender, Share]:
        return present_shares(self.stats, self.state.speakers, self.came).by_gender

    def overrides(self) -> list[Override]:
        """The overrides that were used: a request withdrawn after one never spoke."""
        started = {turn.request.id for turn in self.state.floor.turns}
        return [item for item in self.state.floor.overrides if item.request in started]


def speaking_summary(db: Database, session_id: uuid.UUID, now: float) -> SpeakingSummary:
    """``now``: open turns count up to this moment (POSIX seconds). For a session of an earlier
    day, a turn left open (nobody pressed "Terminer") counts up to the session's last event,
    not to today."""
    state = load_floor(db, session_id)
    if state.session.date < from_posix(now).date():
        now = min(now, state.latest or now)
    return SpeakingSummary(state, statistics(state.floor.turns, state.speakers, now), state.came)


def report_json(summary: SpeakingSummary) -> dict[str, Any]:
    """For scripts: every figure in whole seconds, shares as fractions of 1."""
    phases = {item.id: item.name for item in summary.agenda}

    def tally(value: Tally) -> dict[str, int]:
        return {"turns": value.turns, "seconds": round(value.seconds)}

    def share(value: Share) -> dict[str, float | int]:
        return {
            "seconds": round(value.seconds),
            "time_share": round(value.time_share, 4),
            "present_share": round(value.present_share, 4),
        }

    stats = summary.stats
    return {
        "session": str(summary.state.session.id),
        "total": tally(stats.total),
        "people": [
            {
                "participant": str(person.id),
                "name": person.details.display_name,
                "role": person.details.role.value,
                "gender": person.details.gender.value,
                **tally(total),
                "phases": {
                    phases[phase]: tally(value)
                    for (pid, phase), value in stats.by_person_phase.items()
                    if pid == person.id and phase in phases
                },
            }
            for person, total in summary.speakers_by_time()
        ],
        "roles": {role.value: share(value) for role, value in summary.role_shares().items()},
        "genders": {gender.value: share(value) for gender, value in summary.gender_shares().items()},
        "phases": {phases[phase]: tally(value) for phase, value in stats.by_phase.items() if phase in phases},
        "overrides": [
            {
                "at": from_posix(item.at).strftime("%H:%M"),
                "phase": phases.get(item.phase, ""),
                "participant": str(item.participant),
                "name": summary.person(item.participant).details.display_name,
                "reason": item.note,
            }
            for item in summary.overrides()
        ],
    }


def report_model(summary: SpeakingSummary, heading: model.Heading) -> model.SpeakingReport:
    """The printed report's input, in the interface language."""
    stats = summary.stats
    agenda = summary.agenda
    people = [
        model.PersonTime(
            name=person.details.display_name,
            role=role_label(person.details.role),
            gender=gender_label(person.details.gender),
            by_phase=[round(stats.by_person_phase[(person.id, item.id)].seconds) for item in agenda],
            turns=total.turns,
            seconds=round(total.seconds),
        )
        for person, total in summary.speakers_by_time()
    ]
    phases = {item.id: item.name for item in agenda}
    return model.SpeakingReport(
        heading=heading,
        phases=[item.name for item in agenda],
        phase_times=[
            model.SpokenTime(item.name, stats.by_phase[item.id].turns, round(stats.by_phase[item.id].seconds))
            for item in agenda
        ],
        people=people,
        roles=_groups(summary.role_shares(), role_label),
        genders=_groups(summary.gender_shares(), gender_label),
        overrides=[
            model.OverrideLine(
                at=from_posix(item.at).time().replace(second=0, microsecond=0),
                phase=phases.get(item.phase, ""),
                name=summary.person(item.participant).details.display_name,
                role=role_label(summary.person(item.participant).details.role),
                reason=item.note,
            )
            for item in summary.overrides()
        ],
        total=model.SpokenTime(
            QCoreApplication.translate("SpeakingReport", "Total"), stats.total.turns, round(stats.total.seconds)
        ),
    )


def _groups(values: dict[Any, Share], label: Any) -> list[model.GroupShare]:
    return [
        model.GroupShare(label(group), round(share.seconds), share.time_share, share.present_share)
        for group, share in values.items()
    ]


def print_speaking_report(db: Database, session_id: uuid.UUID, path: Path, now: dt.datetime) -> None:
    from facilitator.printing.speaking.report import speaking_report_pdf
    from facilitator.services.assemblies.headings import session_heading

    summary = speaking_summary(db, session_id, posix_seconds(now))
    write_atomically(path, speaking_report_pdf(report_model(summary, session_heading(db, session_id)), now))


def export_speaking_csv(db: Database, session_id: uuid.UUID, path: Path, now: dt.datetime) -> None:
    from facilitator.printing.speaking.report import speaking_report_csv
    from facilitator.services.assemblies.headings import session_heading

    summary = speaking_summary(db, session_id, posix_seconds(now))
    write_atomically(path, speaking_report_csv(report_model(summary, session_heading(db, session_id))))
