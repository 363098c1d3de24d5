"""Two counting desks count one vote apart, then sync: a ballot read on both with different
contents goes to the counters as it would on one laptop, both desks show the same result, and
a procès-verbal printed before the other desk's ballots arrived is « à reprendre »."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from facilitator.core.voting.ballot_code import payload
from facilitator.core.voting.count import Entry, EntryKind, Outcome, SheetStatus
from facilitator.core.voting.definition import VoteDefinition
from facilitator.core.voting.model import Method
from facilitator.demo.rooms import seated_room
from facilitator.services.assemblies.assemblies import create_assembly
from facilitator.services.sync.bundles import export_bundle, import_bundle
from facilitator.services.voting.count import load_count, record_entry
from facilitator.services.voting.minutes import print_minutes
from facilitator.services.voting.votes import create_vote, load_vote, print_kits
from facilitator.store.database import Database
from tests.sync.conftest import laptop

TEN = dt.datetime.combine(dt.date(2027, 1, 16), dt.time(10, 0))


def carry(source: Database, target: Database, stick: Path) -> None:
    export_bundle(source, stick)
    import_bundle(target, stick)


def read(db: Database, vote: object, code: str, minutes: int) -> Outcome:
    entry = Entry(kind=EntryKind.BALLOT, code=code, source="scanner")
    return record_entry(db, vote, entry, TEN + dt.timedelta(minutes=minutes)).value.outcome  # type: ignore[arg-type]


def test_two_counting_desks_apart_agree_once_synced(tmp_path: Path) -> None:
    first, second = laptop(tmp_path, "comptage1"), laptop(tmp_path, "comptage2")
    assembly = create_assembly(first, "Assemblée de Valmont", "Valmont").value
    session, _ = seated_room(first, assembly, 20)
    vote_id = create_vote(first, session, VoteDefinition("Q", Method.YES_NO), TEN).value
    kits = print_kits(first, vote_id, 3, TEN).value
    key = load_vote(first, vote_id).key
    carry(first, second, tmp_path / "to.fsync")

    assert read(first, vote_id, payload(kits[0].ballots[1], key), 1) is Outcome.COUNTED
    assert read(first, vote_id, payload(kits[1].ballots[1], key), 2) is Outcome.COUNTED
    print_minutes(first, vote_id, tmp_path / "pv.pdf", TEN + dt.timedelta(minutes=5))
    assert not load_count(first, vote_id).minutes_outdated

    assert read(second, vote_id, payload(kits[0].ballots[2], key), 3) is Outcome.COUNTED  # its slip of another kind
    assert read(second, vote_id, payload(kits[2].ballots[2], key), 4) is Outcome.COUNTED  # a late ballot
    carry(second, first, tmp_path / "back.fsync")
    carry(first, second, tmp_path / "to-again.fsync")

    views = [load_count(db, vote_id) for db in (first, second)]
    for view in views:
        contested = view.count.with_status(SheetStatus.CONTESTED)
        assert [sheet.serial for sheet in contested] == [kits[0].serial]
        assert view.result.unsettled == 1 and view.minutes_outdated
    assert views[0].result == views[1].result

    print_minutes(first, vote_id, tmp_path / "pv2.pdf", TEN + dt.timedelta(minutes=30))
    carry(first, second, tmp_path / "to-last.fsync")
    assert not load_count(first, vote_id).minutes_outdated and not load_count(second, vote_id).minutes_outdated
    assert not load_count(first, vote_id, test=True).minutes_outdated


def test_the_results_say_when_the_printed_record_is_to_redo(qtbot: object, french: None, tmp_path: Path) -> None:
    from facilitator.ui.voting.results_view import ResultsView

    db = laptop(tmp_path, "comptage")
    assembly = create_assembly(db, "Assemblée de Valmont", "Valmont").value
    session, _ = seated_room(db, assembly, 10)
    vote_id = create_vote(db, session, VoteDefinition("Q", Method.YES_NO), TEN).value
    kits = print_kits(db, vote_id, 2, TEN).value
    key = load_vote(db, vote_id).key
    read(db, vote_id, payload(kits[0].ballots[1], key), 1)
    print_minutes(db, vote_id, tmp_path / "pv.pdf", TEN + dt.timedelta(minutes=5))
    view = ResultsView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.show_count(load_count(db, vote_id))
    assert view.outdated.isHidden()
    read(db, vote_id, payload(kits[1].ballots[2], key), 9)
    view.show_count(load_count(db, vote_id))
    assert not view.outdated.isHidden()
    assert view.outdated.text() == (
        "Procès-verbal à reprendre\u00a0: le décompte a changé depuis son impression le 16/01/2027 à 10:05 "
        "(bulletins d'un autre poste, ou une décision). Imprimez-le de nouveau."
    )
