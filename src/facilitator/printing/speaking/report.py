"""The speaking-time report, printed at the end of a plenary and handed to the assembly.

Practitioners' concern is that elected officials (and men) take more than their share of the
floor, above all when the assembly decides. So the report opens with the day's figures and,
for roles and for genders, a bar chart of each group's share of the speaking time next to its
share of the people present; then the time per phase, the time of every speaker phase by phase,
and every override of the phase rules with the facilitator's reason. The CSV carries the
per-person figures in whole seconds, for a spreadsheet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.lib.colors import Color, white
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from facilitator.core.cells import neutralise, spreadsheet_csv
from facilitator.printing import blocks, fonts
from facilitator.printing.model import GroupShare, OverrideLine, PersonTime, SpeakingReport, SpokenTime
from facilitator.printing.page import LANDSCAPE, PORTRAIT, RULE, Section, content_width, render
from facilitator.printing.speaking.chart import TIME_COLOUR, label_width, share_chart
from facilitator.printing.speaking.words import SpeakingReportDocument
from facilitator.text.formats import clock_time, duration_words, percent

FIGURE_FILL = Color(0.96, 0.96, 0.975)
FIGURE_PADDING = 2 * mm
ROW_HEIGHT = 6.5 * mm
SMALLEST = 6.5
"""The smallest type of a table's figures."""
PORTRAIT_PHASES = 5
"""Above this many phases the per-person table needs landscape pages to stay legible."""
PHASE_TABLE_WIDTH = 180 * mm
"""The phase table keeps its portrait width on landscape pages: a phase's name is short."""
SECTION_ROOM = 45 * mm
"""A section title starts a new page when less than this is left below it."""
PEOPLE_ROOM = 70 * mm
"""The per-person table starts with its title, column titles and a few rows, or on the next page."""


def _share_of(seconds: int, total: int) -> str:
    return percent(seconds / total) if total else "—"


def _pagesize(report: SpeakingReport) -> tuple[float, float]:
    return PORTRAIT if len(report.phases) <= PORTRAIT_PHASES else LANDSCAPE


def _title(text: str, note: str = "", room: float = SECTION_ROOM) -> list[Flowable]:
    """A section's title, with a line saying how to read it; on a new page when less than
    ``room`` is left, so that a title never stands at a page's foot without what it announces."""
    result: list[Flowable] = [CondPageBreak(room), Spacer(1, 5 * mm), blocks.para(text, 12, bold=True)]
    if note:
        result += [Spacer(1, 0.8 * mm), blocks.para(note, 8.5, muted=True)]
    return [*result, Spacer(1, 2.5 * mm)]


def _figure_value(value: str, width: float) -> Paragraph:
    """A large figure on one line: a long total ("6 h 30 min 10 s") gets smaller, never cut."""
    return blocks.fitted(
        blocks.markup(value), width, 10 * mm, 17, 9, bold=True, align="centre", padding=FIGURE_PADDING, max_lines=1
    )


def _figures(report: SpeakingReport, width: float) -> Table:
    """The day at a glance: total time, turns, speakers and overrides, each a large figure."""
    turns, speakers, overrides = report.total.turns, len(report.people), len(report.overrides)
    figures = [
        (duration_words(report.total.seconds), SpeakingReportDocument.tr("of speaking in total")),
        (str(turns), SpeakingReportDocument.tr("speaking turn(s)", "", turns)),
        (str(speakers), SpeakingReportDocument.tr("speaker(s)", "", speakers)),
        (str(overrides), SpeakingReportDocument.tr("override(s) of the rules", "", overrides)),
    ]
    cell = width / len(figures)
    cells = [
        [_figure_value(value, cell) for value, _ in figures],
        [blocks.para(caption, 8.5, align="centre", muted=True) for _, caption in figures],
    ]
    commands = [
        ("BACKGROUND", (0, 0), (-1, -1), FIGURE_FILL),
        ("LINEBEFORE", (1, 0), (-1, -1), 2.5, white),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 2, TIME_COLOUR),
        ("TOPPADDING", (0, 0), (-1, 0), 3.5 * mm),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 3 * mm),
        ("LEFTPADDING", (0, 0), (-1, -1), FIGURE_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), FIGURE_PADDING),
    ]
    return blocks.layout(cells, [cell] * len(figures), commands)


def _chart_section(title: str, note: str, groups: Sequence[GroupShare], width: float, labels: float) -> list[Flowable]:
    if not groups:
        return []
    return [*_title(title, note), share_chart(groups, width, labels)]


def _phase_table(report: SpeakingReport, width: float) -> Table:
    total = report.total.seconds
    width = min(width, PHASE_TABLE_WIDTH)
    labels = [
        SpeakingReportDocument.tr("Phase"),
        SpeakingReportDocument.tr("Speaking turns"),
        SpeakingReportDocument.tr("Speaking time"),
        SpeakingReportDocument.tr("Share of the time"),
        SpeakingReportDocument.tr("Average turn"),
    ]
    widths = [width - 4 * 32 * mm, *[32 * mm] * 4]

    def cells(row: SpokenTime, bold: bool = False) -> list[object]:
        average = duration_words(int(row.seconds / row.turns + 0.5)) if row.turns else "—"
        return [
            blocks.para(row.label, 9, bold=bold),
            blocks.Line(str(row.turns), 9, bold=bold),
            blocks.Line(duration_words(row.seconds), 9, bold=bold),
            blocks.Line(_share_of(row.seconds, total), 9, bold=bold),
            blocks.Line(average, 9, bold=bold),
        ]

    rows: list[Sequence[object]] = [
        blocks.header_cells(labels, widths, 8),
        *(cells(row) for row in report.phase_times),
        cells(report.total, True),
    ]
    heights: list[float | None] = [None, *[ROW_HEIGHT] * (len(rows) - 1)]
    return blocks.table(rows, widths, blocks.grid_style(total_row=True), heights)


def _identity_labels() -> list[str]:
    return [SpeakingReportDocument.tr("Name"), SpeakingReportDocument.tr("Role"), SpeakingReportDocument.tr("Gender")]


def _phase_duration(seconds: int) -> str:
    """A phase's cell: a dash where the person did not speak, which reads faster than "0 s"."""
    return duration_words(seconds) if seconds else "—"


def _person_widths(report: SpeakingReport, width: float) -> list[float]:
    """Name, role, gender, one column per phase, turns, total: the phases share what is left."""
    fixed = [34 * mm, 18 * mm, 13 * mm]
    ends = [10 * mm, 19 * mm]
    phase = (width - sum(fixed) - sum(ends)) / max(1, len(report.phases))
    return [*fixed, *[phase] * len(report.phases), *ends]


def _duration_cell(text: str, width: float, size: float, *, bold: bool = False) -> Flowable:
    """A duration right-aligned in its column: on one line, a little smaller if need be, else
    on two ("1 h 17 min" over "42 s") rather than shrunk out of legibility."""
    font = fonts.BOLD if bold else fonts.REGULAR
    if stringWidth(text, font, SMALLEST) <= width - 2 * blocks.CELL_PADDING:
        return blocks.Line(text, size, bold=bold)
    return blocks.fitted(
        blocks.markup(text), width, 2 * ROW_HEIGHT, size, SMALLEST, bold=bold, align="right", max_lines=2
    )


def _person_cells(person: PersonTime, widths: Sequence[float]) -> list[object]:
    phase_widths = widths[3:-2]
    phases = [
        _duration_cell(_phase_duration(seconds), width, 7.5)
        for seconds, width in zip(person.by_phase, phase_widths, strict=True)
    ]
    return [
        blocks.fitted(blocks.markup(person.name), widths[0], ROW_HEIGHT, 8.5, 6.5),
        blocks.fitted(blocks.markup(person.role), widths[1], ROW_HEIGHT, 7.5, 6),
        blocks.fitted(blocks.markup(person.gender), widths[2], ROW_HEIGHT, 7.5, 6),
        *phases,
        blocks.Line(str(person.turns), 8),
        _duration_cell(duration_words(person.seconds), widths[-1], 8, bold=True),
    ]


def _totals_cells(report: SpeakingReport, widths: Sequence[float]) -> list[object]:
    phases = [
        _duration_cell(_phase_duration(row.seconds), width, 7.5, bold=True)
        for row, width in zip(report.phase_times, widths[3:-2], strict=True)
    ]
    return [
        blocks.para(SpeakingReportDocument.tr("Total"), 8.5, bold=True),
        "",
        "",
        *phases,
        blocks.Line(str(report.total.turns), 8, bold=True),
        _duration_cell(duration_words(report.total.seconds), widths[-1], 8, bold=True),
    ]


def _people_table(report: SpeakingReport, width: float) -> Table:
    """Every speaker, most time first; the column titles repeat on each page."""
    widths = _person_widths(report, width)
    labels = [
        *_identity_labels(),
        *report.phases,
        SpeakingReportDocument.tr("Turns"),
        SpeakingReportDocument.tr("Total"),
    ]
    body = [_person_cells(person, widths) for person in report.people]
    totals = _totals_cells(report, widths)
    heights = [blocks.row_height(row, widths, ROW_HEIGHT) for row in [*body, totals]]
    commands = [*blocks.grid_style(total_row=True), ("SPAN", (0, -1), (2, -1))]
    commands += [("BACKGROUND", (0, row), (-1, row), blocks.TOTAL_FILL) for row in range(2, len(body) + 1, 2)]
    rows: list[Sequence[object]] = [_people_header(labels, widths), *body, totals]
    return blocks.table(rows, widths, commands, [None, *heights], repeat_rows=1)


def _people_header(labels: Sequence[str], widths: Sequence[float]) -> list[Paragraph]:
    """The column titles, the phases' all in one size (the size the longest name needs)."""
    header = blocks.header_cells(labels, widths)
    phases = slice(3, len(labels) - 2)
    size = min((cell.style.fontSize for cell in header[phases]), default=7.5)
    header[phases] = blocks.header_cells(labels[phases], widths[phases], size)
    return header


def _override_table(overrides: Sequence[OverrideLine], width: float) -> Table:
    widths = [14 * mm, 26 * mm, 38 * mm, 24 * mm]
    widths.append(width - sum(widths))
    labels = [
        SpeakingReportDocument.tr("Time"),
        SpeakingReportDocument.tr("Phase"),
        SpeakingReportDocument.tr("Given the floor"),
        SpeakingReportDocument.tr("Role"),
        SpeakingReportDocument.tr("Reason given by the facilitator"),
    ]
    rows: list[Sequence[object]] = [blocks.header_cells(labels, widths, 8)]
    for line in overrides:
        rows.append(
            [
                blocks.Line(clock_time(line.at), 8.5, align="centre"),
                blocks.para(line.phase, 8.5),
                blocks.para(line.name, 8.5, bold=True),
                blocks.para(line.role, 8.5),
                blocks.para(line.reason, 8.5),
            ]
        )
    return blocks.table(rows, widths, blocks.grid_style(), repeat_rows=1)


def _overrides(report: SpeakingReport, width: float) -> list[Flowable]:
    title = SpeakingReportDocument.tr("Overrides of the speaking rules")
    if not report.overrides:
        none = SpeakingReportDocument.tr("No override of the speaking rules was recorded during this session.")
        return [*_title(title), blocks.para(none, 9.5)]
    note = SpeakingReportDocument.tr(
        "The floor was given, or the request accepted, although the rules of the phase did not allow it."
    )
    return [*_title(title, note), _override_table(report.overrides, width)]


def _story(report: SpeakingReport, width: float) -> list[Flowable]:
    story: list[Flowable] = [Spacer(1, 1 * mm), _figures(report, width)]
    labels = label_width([*report.roles, *report.genders])
    story += _chart_section(
        SpeakingReportDocument.tr("Speaking time by role"),
        SpeakingReportDocument.tr("Each role's share of the speaking time, next to its share of the people present."),
        report.roles,
        width,
        labels,
    )
    story += _chart_section(
        SpeakingReportDocument.tr("Speaking time by gender"),
        SpeakingReportDocument.tr("Each gender's share of the speaking time, next to its share of the people present."),
        report.genders,
        width,
        labels,
    )
    story += [*_title(SpeakingReportDocument.tr("Speaking time by phase")), _phase_table(report, width)]
    title = SpeakingReportDocument.tr("Speaking time by person")
    if report.people:
        note = SpeakingReportDocument.tr("Everyone who spoke, most speaking time first.")
        story += [*_title(title, note, PEOPLE_ROOM), _people_table(report, width)]
    else:
        story += [*_title(title), blocks.para(SpeakingReportDocument.tr("Nobody spoke during this session."), 9.5)]
    return story + _overrides(report, width)


def speaking_report_pdf(report: SpeakingReport, generated_at: dt.datetime) -> bytes:
    """The report as PDF bytes: the services write them to a file, previews and tests read them."""
    fonts.register()
    pagesize = _pagesize(report)
    title = SpeakingReportDocument.tr("Speaking time")
    section = Section(title, report.heading, _story(report, content_width(pagesize)))
    return render([section], generated_at, pagesize)


def speaking_report_csv(report: SpeakingReport) -> bytes:
    """One row per speaker: name, role, gender, seconds in each phase, turns, total seconds.

    As the finance export: UTF-8 with a BOM, ``;`` between cells, for French spreadsheets;
    durations are whole seconds (numbers a spreadsheet adds up); text cells are neutralised
    against formula injection."""
    phases = [neutralise(SpeakingReportDocument.tr("{phase} (seconds)").format(phase=phase)) for phase in report.phases]
    total = SpeakingReportDocument.tr("Total (seconds)")
    rows = [[*_identity_labels(), *phases, SpeakingReportDocument.tr("Turns"), total]]
    for person in report.people:
        texts = [neutralise(text) for text in (person.name, person.role, person.gender)]
        rows.append([*texts, *map(str, person.by_phase), str(person.turns), str(person.seconds)])
    return spreadsheet_csv(rows)
