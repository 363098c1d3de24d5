"""Votes: decoding a scanned slip page, counting a 200-page copier PDF end to end, printing 200
kits, and the results of 1 000 ballots — each beside a baseline measured in the same run.

- decoding: ``scanning.decode.decode_image`` against bare ``zxingcpp.read_barcodes`` on the same
  200 dpi grey page of 21 slips (goal < 20 ms a page);
- the copier PDF: 200 pages of 21 slips each, as a copier makes them (JPEG images, 200 dpi),
  rendered, decoded, validated and recorded (goal < 30 s), against rendering and decoding alone;
- printing: 200 kits of a one-choice vote (800 slips) against the same number of plain strings
  on a bare reportlab canvas (goal < 3 s);
- results: replaying and computing 1 000 ballots against hashing their 1 000 payloads
  (goal < 50 ms);
- a codes file (``facilitator count --codes``) of 2 000 lines against one of 500 lines of the
  same vote: a count grows linearly with the ballots (goal: less than 6 times as long for 4
  times the lines).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import tempfile
import time
import uuid
from pathlib import Path

import numpy as np

from benchmarks.bench_printing import HEADING
from benchmarks.common import Result, median_seconds, plain_pdf

PAGES = 200
KITS = 200
BALLOTS = 1000
CODES_SMALL, CODES_LARGE = 500, 2000
REPEATS = 5
AT = dt.datetime(2026, 3, 14, 15, 30)


def _room(folder: Path):  # type: ignore[no-untyped-def]
    from facilitator.app import runtime
    from facilitator.core.voting.definition import VoteDefinition
    from facilitator.core.voting.model import Method
    from facilitator.services.assemblies.assemblies import create_assembly
    from facilitator.services.assemblies.sessions import create_session
    from facilitator.services.voting.votes import create_vote

    context = runtime.start(folder / "base")
    db = context.open_database(folder / "votes.sqlite")
    assembly = create_assembly(db, "Assemblée citoyenne de Villebrune", "Villebrune").value
    session = create_session(db, assembly, AT.date(), "Délibération et décision").value
    definition = VoteDefinition(
        "Quel nom pour la médiathèque ?", Method.SINGLE, ("Simone Veil", "Gisèle Halimi", "Lucie Aubrac")
    )
    return context, db, create_vote(db, session, definition, AT).value


def _slip_pages(db, vote_id: uuid.UUID, pages: int) -> list[bytes]:  # type: ignore[no-untyped-def]
    """``pages`` pages of 21 cast slips (one per kit), printed by the app, as JPEG at 200 dpi."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    from facilitator.core.voting.ballot_code import payload, short_code
    from facilitator.core.voting.definition import MAX_KITS
    from facilitator.printing.model import BallotFace, BallotKits, DeckDocument
    from facilitator.printing.voting.ballots import SLIPS
    from facilitator.printing.voting.deck import deck_pdf
    from facilitator.scanning.pages import pdf_pages
    from facilitator.services.voting.votes import load_vote, print_kits

    vote = load_vote(db, vote_id)
    wanted = pages * SLIPS.per_page
    kits = [
        kit
        for start in range(0, wanted, MAX_KITS)
        for kit in print_kits(db, vote_id, min(MAX_KITS, wanted - start), AT).value
    ]
    faces = [
        [BallotFace(payload(k.ballots[i % 3], vote.key), short_code(k.ballots[i % 3], vote.key), "x")]
        for i, k in enumerate(kits)
    ]
    document = DeckDocument(BallotKits(HEADING, vote.question, faces, False, False), [()] * len(faces), [], [])
    folder = Path(tempfile.mkdtemp())
    (folder / "vector.pdf").write_bytes(deck_pdf(document, AT))
    images = []
    for grey in list(pdf_pages(folder / "vector.pdf"))[1:]:  # the first page is the deck's expected results
        assert isinstance(grey, np.ndarray)
        image = QImage(grey.data, grey.shape[1], grey.shape[0], grey.shape[1], QImage.Format.Format_Grayscale8)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "JPEG", 80)  # type: ignore[call-overload]  # the stubs want bytes, PySide a str
        images.append(bytes(data.data()))
    return images


def _copier_pdf(images: list[bytes], path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    for image in images:
        canvas.drawImage(ImageReader(io.BytesIO(image)), 0, 0, *A4)
        canvas.showPage()
    canvas.save()


def _decoding(page) -> list[Result]:  # type: ignore[no-untyped-def]
    import zxingcpp

    from facilitator.scanning.decode import QR_ONLY, decode_image

    assert len(decode_image(page)) == 21
    ours = median_seconds(lambda: decode_image(page), 20)
    bare = median_seconds(lambda: zxingcpp.read_barcodes(page, formats=QR_ONLY), 20)
    return [
        Result(
            "votes: decode a slip page (21 codes, 200 dpi)",
            "ms",
            ours * 1000,
            bare * 1000,
            "bare zxing-cpp, same page",
            "< 20 ms",
            ours < 0.020,
        )
    ]


def run() -> list[Result]:
    from PySide6.QtCore import QCoreApplication

    from facilitator.app import i18n
    from facilitator.scanning.pages import pdf_pages

    if QCoreApplication.instance() is None:
        i18n.headless_application("fr")
    folder = Path(tempfile.mkdtemp(prefix="bench-votes-"))
    context, db, vote_id = _room(folder)
    results = []
    images = _slip_pages(db, vote_id, PAGES)
    copier = folder / "copier.pdf"
    _copier_pdf(images, copier)
    first = next(pdf_pages(copier))
    assert isinstance(first, np.ndarray)
    results += _decoding(first)
    results += _copier(context, db, vote_id, copier)
    results += _printing(db, vote_id)
    results += _results()
    results += _codes_files(db, folder)
    db.dispose()
    return results


def _codes_files(db, folder: Path) -> list[Result]:  # type: ignore[no-untyped-def]
    """Two files of codes counted by the command line, in this process (its JSON discarded)."""
    import contextlib

    from facilitator.cli import main
    from facilitator.core.voting.ballot_code import payload
    from facilitator.core.voting.definition import VoteDefinition
    from facilitator.core.voting.model import Method
    from facilitator.services.voting.votes import create_vote, load_vote, print_kits

    session = load_vote(db, _any_vote(db)).session_id
    seconds = {}
    for lines in (CODES_SMALL, CODES_LARGE):
        vote_id = create_vote(db, session, VoteDefinition(f"Vote de {lines} ?", Method.YES_NO), AT).value
        key = load_vote(db, vote_id).key
        kits = [kit for _ in range(lines // 1000) for kit in print_kits(db, vote_id, 1000, AT).value]
        kits += print_kits(db, vote_id, lines % 1000, AT).value if lines % 1000 else []
        codes = folder / f"codes-{lines}.txt"
        codes.write_text("".join(payload(kit.ballots[0], key) + "\n" for kit in kits), encoding="utf-8")
        arguments = ["count", "--vote", str(vote_id), "--codes", str(codes), "--db", str(db.folder / "votes.sqlite")]
        started = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            status = main([*arguments, "--basedir", str(folder / "base")])
        seconds[lines] = time.perf_counter() - started
        assert status == 0
    growth = CODES_LARGE / CODES_SMALL
    return [
        Result(
            f"votes: codes file of {CODES_LARGE} lines counted", "s", seconds[CODES_LARGE], seconds[CODES_SMALL],
            f"a file of {CODES_SMALL} lines", f"< {1.5 * growth:g}× the small file",
            seconds[CODES_LARGE] < 1.5 * growth * seconds[CODES_SMALL],
        )
    ]  # fmt: skip


def _any_vote(db) -> uuid.UUID:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from facilitator.store.models import Vote

    with db.read() as session:
        return session.scalars(select(Vote.id)).first()


def _copier(context, db, vote_id: uuid.UUID, copier: Path) -> list[Result]:  # type: ignore[no-untyped-def]
    from facilitator.scanning.pages import read_pages
    from facilitator.services.voting.count import load_count
    from facilitator.services.voting.scans import count_scans

    started = time.perf_counter()
    found = sum(len(page.codes) for page in read_pages(copier))
    bare = time.perf_counter() - started
    started = time.perf_counter()
    report = count_scans(db, vote_id, copier, context.paths.scan_archive, lambda: AT).value
    seconds = time.perf_counter() - started
    counted = load_count(db, vote_id).result.voters
    exact = counted == found == PAGES * 21 and not report.pages_without_code
    return [
        Result(
            f"votes: {PAGES}-page copier PDF counted ({counted} ballots)", "s", seconds, bare,
            "render and decode alone", "< 30 s, every slip counted", seconds < 30 and exact,
        )
    ]  # fmt: skip


def _printing(db, vote_id: uuid.UUID) -> list[Result]:  # type: ignore[no-untyped-def]
    from facilitator.printing.voting.ballots import ballots_pdf
    from facilitator.services.voting.documents import ballot_kits
    from facilitator.services.voting.votes import draw_kits, load_vote

    vote = load_vote(db, vote_id)
    kits = draw_kits(db, vote_id, KITS)
    document = ballot_kits(vote, kits, HEADING, test=False)
    lines = [face.choice for kit in document.kits for face in kit]
    plain_pdf(lines, 21)
    baseline = median_seconds(lambda: plain_pdf(lines, 21), REPEATS)
    seconds = median_seconds(lambda: ballots_pdf(document, AT), REPEATS)
    return [
        Result(
            f"votes: print {KITS} kits ({len(lines)} slips)",
            "s",
            seconds,
            baseline,
            "the words as plain strings",
            "< 3 s",
            seconds < 3,
        )
    ]


def _results() -> list[Result]:
    from facilitator.core.voting.ballot_code import Ballot, Layout, VoteSeal, new_vote_key, payload
    from facilitator.core.voting.count import CountEvent, EntryKind, replay
    from facilitator.core.voting.model import Method, VoteRules
    from facilitator.core.voting.results import compute

    key = new_vote_key()
    seal = VoteSeal("K7P2Q", key)
    rules = VoteRules(Method.SINGLE, ("A", "B", "C"))
    codes = [
        payload(Ballot("K7P2Q", f"{n:08d}".replace("0", "A"), Layout.SLIP, n % 4, False), key) for n in range(BALLOTS)
    ]
    events = [CountEvent(id=f"{n:06d}", kind=EntryKind.BALLOT, at=AT, code=code) for n, code in enumerate(codes)]
    assert compute(rules, replay(rules, seal, events)).voters == BALLOTS
    seconds = median_seconds(lambda: compute(rules, replay(rules, seal, events)), REPEATS)
    baseline = median_seconds(lambda: [hashlib.sha256(code.encode()).digest() for code in codes], REPEATS)
    return [
        Result(
            f"votes: results of {BALLOTS} ballots",
            "ms",
            seconds * 1000,
            baseline * 1000,
            "hashing the payloads",
            "< 50 ms",
            seconds < 0.050,
        )
    ]
