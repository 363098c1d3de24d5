"""Counting a copier's PDF or a folder of scanned images: every code on every page, in order.

Each page's codes are recorded in one transaction (a page is the unit a counter can check
again), with their page in the entry's source, so a rejection can be traced to its sheet. The
file itself is copied into the scan archive before anything is counted: the pages stay for
audit whatever happens to the copier's share or the USB stick they came on.
"""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from facilitator.app.errors import file_problem
from facilitator.core.changes import Change, Changed
from facilitator.core.voting.count import Entry, EntryKind, EventOutcome
from facilitator.scanning.pages import PageProblem, image_files, page_count, read_pages
from facilitator.services.voting.count import LiveCount
from facilitator.store.database import Database

Progress = Callable[[int, int], None]
"""Pages done, pages in all."""


@dataclass
class ScanReport:
    pages: int = 0
    outcomes: list[tuple[int, EventOutcome]] = field(default_factory=list)
    """Per code found, its page and what it did."""
    pages_without_code: list[int] = field(default_factory=list)
    unreadable_pages: list[int] = field(default_factory=list)
    too_large_pages: list[int] = field(default_factory=list)
    """Pages refused unread: rendering them would cost more than any ballot page may."""
    archive: Path | None = None
    cancelled: bool = False


def archive_scans(source: Path, archive_root: Path, vote_code: str, at: dt.datetime, *, test: bool) -> Path:
    """A copy of the scanned file (or folder of images) under the archive, named by vote and time."""
    kind = "test" if test else "vote"
    folder = archive_root / f"{vote_code}-{kind}" / f"{at:%Y%m%d-%H%M%S}-{source.name}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for file in image_files(source) if source.is_dir() else [source]:
            shutil.copy2(file, folder / file.name)
    except OSError as error:
        raise file_problem(error, writing=True) from error
    return folder


def count_scans(
    db: Database,
    vote_id: uuid.UUID,
    source: Path,
    archive_root: Path,
    clock: Callable[[], dt.datetime],
    *,
    test: bool = False,
    counter: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Changed[ScanReport]:
    """Count every ballot found in ``source``; raises ``UnreadableScan`` for a PDF that does
    not open, before anything is counted."""
    live = LiveCount(db, vote_id, test=test)
    vote = live.vote
    total = page_count(source)
    report = ScanReport(archive=archive_scans(source, archive_root, vote.code, clock(), test=test))
    changes = Change.NONE
    kind = "images" if source.is_dir() else "pdf"
    for page in read_pages(source):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        report.pages += 1
        if page.problem is PageProblem.TOO_LARGE:
            report.too_large_pages.append(page.number)
        elif page.problem is not None:
            report.unreadable_pages.append(page.number)
        elif not page.codes:
            report.pages_without_code.append(page.number)
        else:
            entries = [
                Entry(kind=EntryKind.BALLOT, code=code, counter=counter, source=f"{kind}:{page.number}")
                for code in page.codes
            ]
            recorded = live.record(entries, clock())
            changes |= recorded.changes
            report.outcomes.extend((page.number, outcome) for outcome in recorded.value)
        if progress is not None:
            progress(report.pages, total)
    return Changed(report, changes)
