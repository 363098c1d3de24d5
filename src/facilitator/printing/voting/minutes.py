"""The procès-verbal de dépouillement: what was asked, by which rule, who counted, what the box
held, whether the figures agree, the result, and the signatures, then the rejected scans.

The fields are the reference's (reference/voting.md), in the order a French procès-verbal
gives them. A check that fails is printed in red with its figures, never left out; the digest
of the counted ballots lets anyone match this paper to the data later.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from facilitator.printing import blocks, fonts
from facilitator.printing.model import VoteMinutes
from facilitator.printing.page import PORTRAIT, Section, content_width, render
from facilitator.text.translate import TranslationContext

WIDTH = content_width(PORTRAIT)
MISMATCH = Color(0.75, 0.05, 0.05)
LABEL_WIDTH = 70 * mm


class VoteMinutesDocument(TranslationContext):
    """The translation context of the procès-verbal's words."""


def _title(text: str) -> list[Flowable]:
    return [CondPageBreak(30 * mm), Spacer(1, 4 * mm), blocks.para(text, 11.5, bold=True), Spacer(1, 1.5 * mm)]


def _pairs(rows: Sequence[tuple[str, str]]) -> Flowable:
    cells = [[blocks.para(label, 9.5, muted=True), blocks.para(value, 9.5, bold=True)] for label, value in rows]
    return blocks.layout(cells, [LABEL_WIDTH, WIDTH - LABEL_WIDTH], [("BOTTOMPADDING", (0, 0), (-1, -1), 2)])


def _checks(rows: Sequence[tuple[str, str, bool]]) -> Flowable:
    cells = []
    commands: list[tuple] = [("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    for index, (label, figures, agrees) in enumerate(rows):
        verdict = VoteMinutesDocument.tr("agrees") if agrees else VoteMinutesDocument.tr("MISMATCH")
        cells.append([blocks.para(label, 9.5), blocks.para(figures, 9.5), blocks.para(verdict, 9.5, bold=True)])
        if not agrees:
            commands.append(("TEXTCOLOR", (0, index), (-1, index), MISMATCH))
    return blocks.layout(cells, [LABEL_WIDTH + 30 * mm, 40 * mm, WIDTH - LABEL_WIDTH - 70 * mm], commands)


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> Flowable:
    count = len(header)
    first = WIDTH * (0.3 if count > 5 else 0.45)
    widths = [first] + [(WIDTH - first) / (count - 1)] * (count - 1)
    cells = [[blocks.para(cell, 9, bold=index == 0) for index, cell in enumerate(row)] for row in rows]
    return blocks.table([blocks.header_cells(header, widths, 8), *cells], widths, blocks.grid_style())


def _results(minutes: VoteMinutes) -> list[Flowable]:
    tables = [_table(minutes.result_header, minutes.result_rows)]
    if minutes.ranking_rows:
        tables += [Spacer(1, 3 * mm), _table(minutes.ranking_header, minutes.ranking_rows)]
    return tables


def _signatures(minutes: VoteMinutes) -> list[Flowable]:
    caption = VoteMinutesDocument.tr("Signature")
    signers = [blocks.signature_block([role, name or "…"], caption, width=56 * mm) for role, name in minutes.signers]
    rows = [signers[start : start + 3] for start in range(0, len(signers), 3)]
    flowables: list[Flowable] = []
    for row in rows:
        flowables += (
            blocks.signature_area(row, WIDTH * len(row) / 3) if len(row) > 1 else blocks.signature_area(row, WIDTH)
        )
    return [KeepTogether([*_title(VoteMinutesDocument.tr("Signatures")), *flowables])]


def _annex(minutes: VoteMinutes) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), *_title(VoteMinutesDocument.tr("Annex: scans rejected or set aside"))]
    if not minutes.rejected:
        return [*story, blocks.para(VoteMinutesDocument.tr("None."), 9.5)]
    widths = [22 * mm, 70 * mm, WIDTH - 92 * mm]
    header = blocks.header_cells(
        [VoteMinutesDocument.tr("Time"), VoteMinutesDocument.tr("Code read"), VoteMinutesDocument.tr("Reason")], widths
    )
    rows = [
        [blocks.para(time, 8.5), blocks.para(code, 8), blocks.para(reason, 8.5)]
        for time, code, reason in minutes.rejected
    ]
    return [*story, blocks.table([header, *rows], widths, blocks.grid_style())]


def vote_minutes_pdf(minutes: VoteMinutes, generated_at: dt.datetime) -> bytes:
    fonts.register()
    story: list[Flowable] = [
        blocks.para(VoteMinutesDocument.tr("Question put to the vote"), 9, muted=True),
        Spacer(1, 1 * mm),
        blocks.para(minutes.question, 12, bold=True),
        Spacer(1, 1 * mm),
        blocks.para(minutes.counted_between, 9, muted=True),
        *_title(VoteMinutesDocument.tr("Rules declared before the vote")),
        _pairs(minutes.rules),
        *_title(VoteMinutesDocument.tr("Officers of the count")),
        _pairs(minutes.officers),
        *_title(VoteMinutesDocument.tr("Attendance")),
        _pairs(minutes.attendance),
        *_title(VoteMinutesDocument.tr("Count")),
        _pairs(minutes.count),
        *_title(VoteMinutesDocument.tr("Checks")),
        _checks(minutes.checks),
    ]
    if minutes.discrepancy_note:
        story += [
            Spacer(1, 2 * mm),
            blocks.para(VoteMinutesDocument.tr("Counters' note: {note}").format(note=minutes.discrepancy_note), 9.5),
        ]
    story += [KeepTogether([*_title(VoteMinutesDocument.tr("Results")), *_results(minutes)]), Spacer(1, 3 * mm)]
    story += [
        _pairs(
            [
                (VoteMinutesDocument.tr("Majority required"), minutes.required),
                (VoteMinutesDocument.tr("Outcome"), minutes.outcome),
            ]
        )
    ]
    story += [
        *_title(VoteMinutesDocument.tr("Incidents")),
        blocks.para(minutes.incidents or VoteMinutesDocument.tr("None."), 9.5),
    ]
    story += [
        Spacer(1, 3 * mm),
        blocks.para(
            VoteMinutesDocument.tr("Digest of the counted ballots (SHA-256): {digest}").format(digest=minutes.digest),
            7.5,
            muted=True,
        ),
    ]
    story += _signatures(minutes)
    story += _annex(minutes)
    title = (
        VoteMinutesDocument.tr("Rehearsal count (not a record)")
        if minutes.rehearsal
        else VoteMinutesDocument.tr("Record of the count (procès-verbal)")
    )
    return render([Section(title, minutes.heading, story)], generated_at, PORTRAIT)
