"""The attestation de présence: a letter a participant hands to their employer (time off for
a public-interest mission), certifying which sessions they took part in and when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from facilitator.printing import blocks, fonts
from facilitator.printing.model import AttendanceCertificate
from facilitator.printing.page import PORTRAIT, Section, content_width, render
from facilitator.text.formats import long_date, time_range

WIDTHS = [44 * mm, 48 * mm, 56 * mm, 32 * mm]
"""Date, session, place, times."""


def _capitalised(text: str) -> str:
    """The signatory opens a sentence and a line: "le maire" becomes "Le maire"."""
    return text[:1].upper() + text[1:]


def _sessions_table(certificate: AttendanceCertificate) -> Flowable:
    labels = [
        QCoreApplication.translate("AttendanceCertificateDocument", "Date"),
        QCoreApplication.translate("AttendanceCertificateDocument", "Session"),
        QCoreApplication.translate("AttendanceCertificateDocument", "Place"),
        QCoreApplication.translate("AttendanceCertificateDocument", "Times"),
    ]
    rows: list[Sequence[object]] = [blocks.header_cells(labels, WIDTHS, 8)]
    for day, title, place, start, end in certificate.sessions:
        rows.append(
            [
                blocks.para(long_date(day), 9),
                blocks.para(title, 9),
                blocks.para(place, 8.5),
                blocks.para(time_range(start, end), 9, align="centre"),
            ]
        )
    return blocks.table(rows, WIDTHS, blocks.grid_style(), repeat_rows=1)


def _body(certificate: AttendanceCertificate) -> list[Flowable]:
    heading = certificate.heading
    full_name = f"{certificate.first_name} {certificate.last_name}"
    statement = QCoreApplication.translate(
        "AttendanceCertificateDocument",
        "{signatory} certifies that {name} took part in the following sessions of the {body}:",
    )
    statement = blocks.markup(statement).format(
        signatory=blocks.markup(_capitalised(certificate.signatory)),
        name=f"<b>{blocks.markup(full_name)}</b>",
        body=blocks.markup(heading.body or heading.assembly),
    )
    purpose = QCoreApplication.translate(
        "AttendanceCertificateDocument",
        "This certificate is issued at the request of the person concerned, for any lawful purpose.",
    )
    return [
        Spacer(1, 6 * mm),
        blocks.rich(statement, 10.5),
        Spacer(1, 5 * mm),
        _sessions_table(certificate),
        Spacer(1, 6 * mm),
        blocks.para(purpose, 10.5),
    ]


def _signature(certificate: AttendanceCertificate) -> Flowable:
    signatory = certificate.signatory
    block = blocks.signature_block(
        [
            QCoreApplication.translate("AttendanceCertificateDocument", "Done at {town}, on {date}").format(
                town=certificate.town, date=long_date(certificate.issued_on)
            ),
            _capitalised(signatory),
        ],
        QCoreApplication.translate("AttendanceCertificateDocument", "Signature and stamp"),
        space=30 * mm,
        bold_line=1,
    )
    return KeepTogether([Spacer(1, 6 * mm), *blocks.signature_area([block], content_width(PORTRAIT))])


def attendance_certificate_pdf(certificate: AttendanceCertificate, generated_at: dt.datetime) -> bytes:
    """The certificate as PDF bytes: the services write them to a file, previews and tests read them."""
    fonts.register()
    title = QCoreApplication.translate("AttendanceCertificateDocument", "Certificate of attendance")
    story = [*_body(certificate), _signature(certificate)]
    return render([Section(title, certificate.heading, story)], generated_at, PORTRAIT)
