"""Writing a document: the whole PDF or nothing, and the previous file kept when it fails."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator.app import files
from facilitator.app.errors import EnvironmentKind, EnvironmentProblem
from facilitator.app.files import write_atomically
from facilitator.printing import blocks
from facilitator.printing.attendance.badges import badges_pdf
from facilitator.printing.attendance.certificate import attendance_certificate_pdf
from facilitator.printing.attendance.sheet import attendance_sheet_pdf
from facilitator.printing.indemnity.statement import indemnity_statement_pdf
from facilitator.printing.indemnity.travel import travel_statements_pdf
from facilitator.printing.speaking.report import speaking_report_pdf
from tests.printing import samples
from tests.printing.speaking import test_report as test_speaking_report

DOCUMENTS: dict[str, Callable[[], bytes]] = {
    "badges": lambda: badges_pdf(samples.badges(3), samples.GENERATED_AT),
    "attendance sheet": lambda: attendance_sheet_pdf(samples.attendance_sheet(5), samples.GENERATED_AT),
    "indemnity statement": lambda: indemnity_statement_pdf(samples.indemnity_statement(3), samples.GENERATED_AT),
    "travel statements": lambda: travel_statements_pdf(samples.travel_sheets(), samples.GENERATED_AT),
    "attendance certificate": lambda: attendance_certificate_pdf(
        samples.attendance_certificate(), samples.GENERATED_AT
    ),
    "speaking report": lambda: speaking_report_pdf(test_speaking_report.report(), samples.GENERATED_AT),
}
OLD = b"%PDF-1.4 the previous export\n"


@pytest.mark.parametrize("document", DOCUMENTS.values(), ids=DOCUMENTS.keys())
def test_a_document_is_written_whole(document: Callable[[], bytes], tmp_path: Path) -> None:
    path = tmp_path / "sous-dossier" / "document.pdf"
    write_atomically(path, document())
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert list(path.parent.iterdir()) == [path]


@pytest.mark.parametrize("document", DOCUMENTS.values(), ids=DOCUMENTS.keys())
def test_a_full_disk_midway_keeps_the_previous_file(
    document: Callable[[], bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "document.pdf"
    path.write_bytes(OLD)

    def disk_full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", disk_full)
    with pytest.raises(EnvironmentProblem) as raised:
        write_atomically(path, document())
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
        write_atomically(path, DOCUMENTS["attendance sheet"]())
    assert path.read_bytes() == OLD
    assert list(tmp_path.iterdir()) == [path]
