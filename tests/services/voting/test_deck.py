"""The test deck's round trip: printed by the app, rasterised at 150 and 300 dpi, turned a
little, speckled and saved as JPEG like a copier's scan, then counted: the tally must be exactly
the deck's recipe; the same pages in a real count are all rejected as test ballots."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QTransform
from PySide6.QtPdf import QPdfDocument

from facilitator.core.voting.ballot_code import BallotRejected
from facilitator.core.voting.count import Entry, EntryKind, SheetStatus
from facilitator.core.voting.deck import DeckPlan
from facilitator.core.voting.definition import VoteDefinition
from facilitator.core.voting.model import Method
from facilitator.demo.rooms import DAY, seated_room
from facilitator.printing.voting.deck import UPSIDE_DOWN_PAGE
from facilitator.scanning.pages import read_pages
from facilitator.services.voting.count import load_count, record_entry
from facilitator.services.voting.documents import print_deck
from facilitator.services.voting.scans import count_scans
from facilitator.services.voting.votes import create_vote
from facilitator.store.database import Database

TEN = dt.datetime.combine(DAY, dt.time(10, 0))


def scanned(pdf: Path, folder: Path, dpi: int, seed: int) -> Path:
    """The PDF's pages as a copier would return them: a slight turn, speckles, JPEG."""
    rng = np.random.default_rng(seed)
    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    folder.mkdir()
    for index in range(document.pageCount()):
        points = document.pagePointSize(index)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        page = QImage(size, QImage.Format.Format_Grayscale8)
        page.fill(255)
        rendered = document.render(index, size).convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        pixels = np.frombuffer(rendered.constBits(), np.uint8).reshape(size.height(), rendered.bytesPerLine())
        pixels = pixels[:, : size.width() * 4].reshape(size.height(), size.width(), 4)
        grey = (pixels[..., 1] + (255 - pixels[..., 3])).astype(np.int16)
        grey += rng.normal(0, 18, grey.shape).astype(np.int16)
        speckled = np.clip(grey, 0, 255).astype(np.uint8)
        image = QImage(speckled.data, size.width(), size.height(), size.width(), QImage.Format.Format_Grayscale8)
        turned = image.transformed(QTransform().rotate(float(rng.uniform(-3, 3))))
        assert turned.save(str(folder / f"page-{index + 1:03d}.jpg"), "JPEG", 70)
    return folder


def expect(plan: DeckPlan, db: Database, vote_id: uuid.UUID) -> None:
    view = load_count(db, vote_id, test=True)
    contested = view.count.with_status(SheetStatus.CONTESTED)
    assert len(contested) == 1  # the kit whose two ballots were cast together
    record_entry(
        db,
        vote_id,
        Entry(kind=EntryKind.RESOLVE, serial=contested[0].serial, reason="deux bulletins"),
        TEN + dt.timedelta(hours=1),
        test=True,
    )
    result = load_count(db, vote_id, test=True).result
    assert (result.voters, result.blanks, result.nuls, result.expressed) == (
        plan.voters,
        plan.blanks,
        plan.nuls,
        plan.expressed,
    )
    if plan.tallies:
        assert tuple(option.grade_counts for option in result.options) == plan.tallies
    else:
        assert tuple(option.votes for option in result.options) == plan.votes
    rejected = [o.rejected for o in view.count.rejected]
    assert rejected == [BallotRejected.OTHER_VOTE] * plan.foreign


@pytest.mark.parametrize("dpi", [150, 300])
@pytest.mark.parametrize("method", [Method.YES_NO, Method.SINGLE, Method.APPROVAL])
def test_a_slip_deck_survives_the_copier(
    db: Database, assembly: uuid.UUID, tmp_path: Path, dpi: int, method: Method
) -> None:
    session_id, _ = seated_room(db, assembly, 12)
    options = ("Rue piétonne", "Zone 30", "Statu quo", "Piste cyclable")
    vote_id = create_vote(db, session_id, VoteDefinition("Quel plan de circulation ?", method, options), TEN).value
    plan = print_deck(db, vote_id, tmp_path / "deck.pdf", TEN).value
    pages = scanned(tmp_path / "deck.pdf", tmp_path / "scans", dpi, seed=dpi)
    report = count_scans(db, vote_id, pages, tmp_path / "archive", lambda: TEN, test=True).value
    assert report.pages_without_code == [1]  # the expected results page
    assert len(report.outcomes) == len(plan.ballots)
    expect(plan, db, vote_id)
    real = count_scans(db, vote_id, pages, tmp_path / "archive", lambda: TEN).value
    assert {o.rejected for _, o in real.outcomes} == {BallotRejected.TEST_BALLOT, BallotRejected.OTHER_VOTE}
    assert load_count(db, vote_id).result.voters == 0
    assert sorted(p.name for p in report.archive.iterdir()) == sorted(p.name for p in pages.iterdir())


def test_a_majority_judgment_deck_typed_from_its_sheets(db: Database, assembly: uuid.UUID, tmp_path: Path) -> None:
    session_id, _ = seated_room(db, assembly, 12)
    definition = VoteDefinition(
        "Quel aménagement pour la place ?",
        Method.JUDGMENT,
        ("Jardin", "Marché couvert", "Parking", "Aire de jeux"),
        grades=("À rejeter", "Insuffisant", "Passable", "Assez bien", "Bien", "Très bien"),
        default_grade=2,
    )
    vote_id = create_vote(db, session_id, definition, TEN).value
    plan = print_deck(db, vote_id, tmp_path / "deck.pdf", TEN).value
    assert len(set(plan.tallies)) == len(plan.tallies)  # no two proposals alike: a swap would show
    sheets = [page.codes for page in read_pages(tmp_path / "deck.pdf")][1:]
    upside_down = sheets[UPSIDE_DOWN_PAGE]
    assert all(len(codes) == 1 for codes in sheets) and upside_down
    for minute, (codes, cast) in enumerate(zip(sheets, plan.ballots, strict=True)):
        entry = Entry(kind=EntryKind.BALLOT, code=codes[0], rows=cast.rows, counter="Awa")
        record_entry(db, vote_id, entry, TEN + dt.timedelta(minutes=minute), test=True)
    expect(plan, db, vote_id)
