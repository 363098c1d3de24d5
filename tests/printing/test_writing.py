"""Writing a document: the whole PDF or nothing, and the previous file kept when it fails."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator.app import files
from facilitator.app.errors import EnvironmentKind, EnvironmentProblem
from facilitator.printing import blocks
from facilitator.printing.attendance.badges import write_badges
from facilitator.printing.attendance.certificate import write_attendance_certificate
from facilitator.printing.attendance.sheet import write_attendance_sheet
from facilitator.printing.indemnity.statement import write_indemnity_statement
from facilitator.printing.indemnity.travel import write_travel_statements
from facilitator.printing.speaking.report import write_speaking_report
from tests.printing import samples
from tests.printing.speaking import test_report as test_speaking_report

WRITERS: dict[str, Callable[[Path], None]] = {
    "badges": lambda path: write_badges(path, samples.badges(3), samples.GENERATED_AT),
    "attendance sheet": lambda path: write_attendance_sheet(path, samples.attendance_sheet(5), samples.GENERATED_AT),
    "indemnity statement": lambda path: write_indemnity_statement(
        path, samples.indemnity_statement(3), samples.GENERATED_AT
    ),
    "travel statements": lambda path: write_travel_statements(path, samples.travel_sheets(), samples.GENERATED_AT),
    "attendance certificate": lambda path: write_attendance_certificate(
        path, samples.attendance_certificate(), samples.GENERATED_AT
    ),
    "speaking report": lambda path: write_speaking_report(path, test_speaking_report.report(), samples.GENERATED_AT),
}
OLD = b"%PDF-1.4 the previous export\n"


@pytest.mark.parametrize("writer", WRITERS.values(), ids=WRITERS.keys())
def test_a_document_is_written_whole(writer: Callable[[Path], None], tmp_path: Path) -> None:
    path = tmp_path / "sous-dossier" / "document.pdf"
    writer(path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert list(path.parent.iterdir()) == [path]


@pytest.mark.parametrize("writer", WRITERS.values(), ids=WRITERS.keys())
def test_a_full_disk_midway_keeps_the_previous_file(
    writer: Callable[[Path], None], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "document.pdf"
    path.write_bytes(OLD)

    def disk_full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", disk_full)
    with pytest.raises(EnvironmentProblem) as raised:
        writer(path)
    assert raised.value.kind is EnvironmentKind.DISK_FULL
    assert path.read_bytes() == OLD
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_a_failure_while_laying_out_touches_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "emargement.pdf"
    path.write_bytes(OLD)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("layout failed")

    monkeypatch.setattr(blocks, "signature_block", broken)
    with pytest.raises(RuntimeError):
        WRITERS["attendance sheet"](path)
    assert path.read_bytes() == OLD
    assert list(tmp_path.iterdir()) == [path]
