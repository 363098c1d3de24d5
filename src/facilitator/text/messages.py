"""The words users read for codes produced below the interface.

``core`` reports problems as codes, services raise environment problems by kind; this module
turns them into sentences in the interface language. Each table must cover its enum
completely (a test checks), so no code ever reaches a user raw.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from facilitator.app.errors import EnvironmentKind, EnvironmentProblem
from facilitator.core.attendance.badges import BadgeRejected
from facilitator.core.attendance.presence import HalfDays
from facilitator.core.fields import Field
from facilitator.core.indemnity.amounts import IndemnityUnit, LoneHalfDay
from facilitator.core.indemnity.travel import TravelMeans
from facilitator.core.participants import AgeBand, Gender, Role
from facilitator.core.problems import FileProblem, Problem, Repair, RowProblem
from facilitator.core.rotation import RotationProblem
from facilitator.core.speaking.model import Fairness, RequestKind
from facilitator.core.speaking.rules import Refusal
from facilitator.core.sync import BundleProblem
from facilitator.text.formats import long_date
from facilitator.text.translate import QT_TRANSLATE_NOOP, Words

CONTEXT = "Messages"

FIELD_LABELS: dict[Field, str] = {
    Field.LAST_NAME: QT_TRANSLATE_NOOP("Messages", "Last name"),
    Field.FIRST_NAME: QT_TRANSLATE_NOOP("Messages", "First name"),
    Field.FULL_NAME: QT_TRANSLATE_NOOP("Messages", "Full name (SURNAME First name)"),
    Field.GENDER: QT_TRANSLATE_NOOP("Messages", "Gender"),
    Field.BIRTH_YEAR: QT_TRANSLATE_NOOP("Messages", "Birth year"),
    Field.NEIGHBOURHOOD: QT_TRANSLATE_NOOP("Messages", "Neighbourhood"),
    Field.ROLE: QT_TRANSLATE_NOOP("Messages", "Role"),
    Field.DRAWN: QT_TRANSLATE_NOOP("Messages", "Drawn by lot"),
    Field.MINORITY: QT_TRANSLATE_NOOP("Messages", "Minority (elected officials)"),
    Field.SUB_BODIES: QT_TRANSLATE_NOOP("Messages", "Sub-bodies"),
    Field.PHONE: QT_TRANSLATE_NOOP("Messages", "Phone"),
    Field.EMAIL: QT_TRANSLATE_NOOP("Messages", "E-mail"),
    Field.ADDRESS: QT_TRANSLATE_NOOP("Messages", "Address"),
    Field.POSTCODE: QT_TRANSLATE_NOOP("Messages", "Postcode"),
    Field.CITY: QT_TRANSLATE_NOOP("Messages", "Town"),
    Field.ACCESSIBILITY: QT_TRANSLATE_NOOP("Messages", "Accessibility needs"),
    Field.CHILDCARE: QT_TRANSLATE_NOOP("Messages", "Child care needed"),
    Field.NOTES: QT_TRANSLATE_NOOP("Messages", "Notes"),
}

ROLE_LABELS: dict[Role, str] = {
    Role.CITIZEN: QT_TRANSLATE_NOOP("Messages", "Resident"),
    Role.ELECTED: QT_TRANSLATE_NOOP("Messages", "Elected official"),
    Role.STAFF: QT_TRANSLATE_NOOP("Messages", "Municipal staff"),
    Role.EXPERT: QT_TRANSLATE_NOOP("Messages", "Expert"),
    Role.FACILITATOR: QT_TRANSLATE_NOOP("Messages", "Facilitator"),
}

GENDER_LABELS: dict[Gender, str] = {
    Gender.FEMALE: QT_TRANSLATE_NOOP("Messages", "Woman"),
    Gender.MALE: QT_TRANSLATE_NOOP("Messages", "Man"),
    Gender.OTHER: QT_TRANSLATE_NOOP("Messages", "Other"),
    Gender.UNSPECIFIED: QT_TRANSLATE_NOOP("Messages", "Not stated"),
}

RECRUITMENT_LABELS: dict[bool, str] = {
    True: QT_TRANSLATE_NOOP("Messages", "Drawn by lot"),
    False: QT_TRANSLATE_NOOP("Messages", "Volunteer"),
}

AGE_BAND_LABELS: dict[AgeBand, str] = {
    AgeBand.AGE_16_24: QT_TRANSLATE_NOOP("Messages", "16–24 years"),
    AgeBand.AGE_25_34: QT_TRANSLATE_NOOP("Messages", "25–34 years"),
    AgeBand.AGE_35_49: QT_TRANSLATE_NOOP("Messages", "35–49 years"),
    AgeBand.AGE_50_64: QT_TRANSLATE_NOOP("Messages", "50–64 years"),
    AgeBand.AGE_65_PLUS: QT_TRANSLATE_NOOP("Messages", "65 and over"),
}

UNIT_LABELS: dict[IndemnityUnit, str] = {
    IndemnityUnit.DAY: QT_TRANSLATE_NOOP("Messages", "per day"),
    IndemnityUnit.HALF_DAY: QT_TRANSLATE_NOOP("Messages", "per half-day"),
    IndemnityUnit.SESSION: QT_TRANSLATE_NOOP("Messages", "per session"),
}

LONE_HALF_DAY_LABELS: dict[LoneHalfDay, str] = {
    LoneHalfDay.HALF: QT_TRANSLATE_NOOP("Messages", "half the daily rate"),
    LoneHalfDay.WHOLE: QT_TRANSLATE_NOOP("Messages", "the whole daily rate"),
    LoneHalfDay.NOTHING: QT_TRANSLATE_NOOP("Messages", "nothing"),
}

MEANS_LABELS: dict[TravelMeans, str] = {
    TravelMeans.NONE: QT_TRANSLATE_NOOP("Messages", "None claimed"),
    TravelMeans.PUBLIC_TRANSPORT: QT_TRANSLATE_NOOP("Messages", "Public transport"),
    TravelMeans.CAR: QT_TRANSLATE_NOOP("Messages", "Own car"),
    TravelMeans.MOTORCYCLE: QT_TRANSLATE_NOOP("Messages", "Motorcycle"),
    TravelMeans.MOPED: QT_TRANSLATE_NOOP("Messages", "Moped or scooter"),
    TravelMeans.BICYCLE: QT_TRANSLATE_NOOP("Messages", "Bicycle or on foot"),
}

BADGE_TEXTS: dict[BadgeRejected, str] = {
    BadgeRejected.FOREIGN: QT_TRANSLATE_NOOP("Messages", "This code is not a badge of facilitator."),
    BadgeRejected.DAMAGED: QT_TRANSLATE_NOOP(
        "Messages", "The badge was read incompletely or is damaged: scan it again, or type the name."
    ),
    BadgeRejected.NOT_AUTHENTIC: QT_TRANSLATE_NOOP(
        "Messages", "This badge was not issued by this assembly (or it is forged): nobody was signed in."
    ),
}

REFUSAL_TEXTS: dict[Refusal, str] = {
    Refusal.OFFICIALS_MAY_NOT_ASK: QT_TRANSLATE_NOOP(
        "Messages", "Elected officials do not ask for the floor in this phase."
    ),
    Refusal.NO_TIME_IN_PHASE: QT_TRANSLATE_NOOP("Messages", "This role has no speaking time in this phase."),
    Refusal.BUDGET_SPENT: QT_TRANSLATE_NOOP("Messages", "This role's speaking time for the phase is used up."),
}

REQUEST_KIND_LABELS: dict[RequestKind, str] = {
    RequestKind.POINT_OF_ORDER: QT_TRANSLATE_NOOP("Messages", "Point of order"),
    RequestKind.QUESTION: QT_TRANSLATE_NOOP("Messages", "Interposed question"),
    RequestKind.CONTRIBUTION: QT_TRANSLATE_NOOP("Messages", "Contribution"),
    RequestKind.INTERVENTION: QT_TRANSLATE_NOOP("Messages", "Short intervention"),
}

FAIRNESS_LABELS: dict[Fairness, str] = {
    Fairness.FIRST_COME: QT_TRANSLATE_NOOP("Messages", "In the order of the requests"),
    Fairness.NEWCOMERS_FIRST: QT_TRANSLATE_NOOP("Messages", "People who have not spoken yet first"),
}

PROBLEM_TEXTS: dict[FileProblem | RowProblem | Repair, str] = {
    FileProblem.EMPTY: QT_TRANSLATE_NOOP("Messages", "The file is empty."),
    FileProblem.BINARY: QT_TRANSLATE_NOOP(
        "Messages", "This file is neither a text file (CSV) nor a spreadsheet: it looks like a binary file."
    ),
    FileProblem.UNDECODABLE: QT_TRANSLATE_NOOP(
        "Messages",
        "The file's encoding is not recognised: byte {byte} on line {line} is neither UTF-8 nor Windows "
        '(cp1252). Save the file again as "CSV UTF-8".',
    ),
    FileProblem.MIXED_ENCODINGS: QT_TRANSLATE_NOOP(
        "Messages",
        "The file mixes two encodings: line {line} is written in Windows encoding (cp1252) while other lines "
        'are in UTF-8, so some names would come out wrong. Save the file again as "CSV UTF-8".',
    ),
    FileProblem.MOJIBAKE: QT_TRANSLATE_NOOP(
        "Messages",
        'The file was already damaged by a wrong conversion: line {line} contains "{sample}" where "{meant}" '
        "was meant. Export it again from the original spreadsheet.",
    ),
    FileProblem.TOO_LARGE: QT_TRANSLATE_NOOP("Messages", "The file is too large ({size} MB, at most {limit} MB)."),
    FileProblem.TOO_MANY_ROWS: QT_TRANSLATE_NOOP("Messages", "The file has too many lines ({rows}, at most {limit})."),
    FileProblem.TOO_MANY_COLUMNS: QT_TRANSLATE_NOOP(
        "Messages", "The file has too many columns ({columns}, at most {limit})."
    ),
    FileProblem.NO_DATA_ROWS: QT_TRANSLATE_NOOP("Messages", "The file has a header line but nobody in it."),
    FileProblem.UNSUPPORTED_FORMAT: QT_TRANSLATE_NOOP(
        "Messages", 'Files of type "{suffix}" cannot be imported: choose a CSV or XLSX file.'
    ),
    FileProblem.MALFORMED: QT_TRANSLATE_NOOP(
        "Messages",
        "The file is damaged and cannot be read. Open it in your spreadsheet program and save it again as XLSX or CSV.",
    ),
    FileProblem.BAD_QUOTES: QT_TRANSLATE_NOOP(
        "Messages",
        'From line {line} on, the file cannot be read: a quotation mark (") opens a cell that is not closed '
        "properly. Correct that line in the spreadsheet program and export the file again.",
    ),
    FileProblem.SPREADSHEET_BOMB: QT_TRANSLATE_NOOP(
        "Messages", "The spreadsheet is abnormally large once unpacked; it was refused for safety."
    ),
    FileProblem.MISSING_NAME_COLUMNS: QT_TRANSLATE_NOOP(
        "Messages",
        'No column holds the names: choose a "Last name" and a "First name" column, or a "Full name" column.',
    ),
    FileProblem.COLUMN_MAPPED_TWICE: QT_TRANSLATE_NOOP(
        "Messages", '"{field}" is chosen for two columns: "{first}" and "{second}".'
    ),
    RowProblem.MISSING_FIRST_NAME: QT_TRANSLATE_NOOP("Messages", "first name missing"),
    RowProblem.MISSING_LAST_NAME: QT_TRANSLATE_NOOP("Messages", "last name missing"),
    RowProblem.FULL_NAME_UNSPLITTABLE: QT_TRANSLATE_NOOP(
        "Messages", 'last and first name cannot be told apart in "{value}" (write the last name in capitals)'
    ),
    RowProblem.NON_ASCII_DIGITS: QT_TRANSLATE_NOOP(
        "Messages", '{field}: "{value}" contains digits other than 0-9 (Arabic-Indic, full-width…)'
    ),
    RowProblem.BAD_PHONE: QT_TRANSLATE_NOOP("Messages", 'invalid phone number "{value}"'),
    RowProblem.BAD_EMAIL: QT_TRANSLATE_NOOP("Messages", 'invalid e-mail address "{value}"'),
    RowProblem.BAD_POSTCODE: QT_TRANSLATE_NOOP("Messages", 'invalid postcode "{value}" (five digits expected)'),
    RowProblem.BAD_BIRTH_YEAR: QT_TRANSLATE_NOOP("Messages", 'birth year "{value}" not understood'),
    RowProblem.BIRTH_YEAR_OUT_OF_RANGE: QT_TRANSLATE_NOOP("Messages", 'impossible birth year "{value}"'),
    RowProblem.UNKNOWN_GENDER: QT_TRANSLATE_NOOP("Messages", 'gender "{value}" not recognised (F, H, other…)'),
    RowProblem.UNKNOWN_ROLE: QT_TRANSLATE_NOOP("Messages", 'role "{value}" not recognised'),
    RowProblem.UNKNOWN_YES_NO: QT_TRANSLATE_NOOP("Messages", '{field}: "{value}" is neither yes nor no'),
    RowProblem.TOO_LONG: QT_TRANSLATE_NOOP("Messages", "{field}: text too long"),
    RowProblem.CONTROL_CHARACTERS: QT_TRANSLATE_NOOP("Messages", "{field}: invisible control characters"),
    RowProblem.LINE_BREAK_IN_NAME: QT_TRANSLATE_NOOP("Messages", "{field}: a line break inside the name"),
    RowProblem.NAME_TOO_LONG: QT_TRANSLATE_NOOP("Messages", "{field}: longer than 40 characters, it would not print"),
    RowProblem.UNPRINTABLE_NAME: QT_TRANSLATE_NOOP(
        "Messages", '{field}: "{value}" holds characters the documents cannot print; write it in Latin letters'
    ),
    RowProblem.EXTRA_CELLS: QT_TRANSLATE_NOOP("Messages", 'more cells than columns ("{value}" after the last column)'),
    Repair.PHONE_ZERO_RESTORED: QT_TRANSLATE_NOOP("Messages", "leading zero of the phone number restored: {value}"),
    Repair.POSTCODE_ZERO_RESTORED: QT_TRANSLATE_NOOP("Messages", "leading zero of the postcode restored: {value}"),
}

ENVIRONMENT_TEXTS: dict[EnvironmentKind, str] = {
    EnvironmentKind.DATABASE_LOCKED: QT_TRANSLATE_NOOP(
        "Messages", "The database is busy in another window or program. Close it, then try again."
    ),
    EnvironmentKind.DISK_FULL: QT_TRANSLATE_NOOP(
        "Messages", "The disk is full: nothing was saved. Free some space, then try again."
    ),
    EnvironmentKind.READ_ONLY: QT_TRANSLATE_NOOP(
        "Messages", "The database cannot be written: the file or its folder is read-only."
    ),
    EnvironmentKind.DATABASE_DAMAGED: QT_TRANSLATE_NOOP(
        "Messages", "Invalid key or damaged file: the database cannot be read. Nothing was changed."
    ),
    EnvironmentKind.DATABASE_UNREACHABLE: QT_TRANSLATE_NOOP(
        "Messages", "The database cannot be reached (was a disk or USB stick removed?)."
    ),
    EnvironmentKind.DATABASE_TOO_NEW: QT_TRANSLATE_NOOP(
        "Messages", "This database was written by a newer version of facilitator: update the application first."
    ),
    EnvironmentKind.NOT_A_FACILITATOR_DATABASE: QT_TRANSLATE_NOOP(
        "Messages", "This file is not a facilitator database: it was left as it is. Choose another file: {detail}"
    ),
    EnvironmentKind.SCHEMA_INCONSISTENT: QT_TRANSLATE_NOOP(
        "Messages",
        "The database's tables do not match the version it records ({detail}): it was left as it is. "
        "Restore a backup, or ask for help.",
    ),
    EnvironmentKind.FILE_UNREADABLE: QT_TRANSLATE_NOOP("Messages", "The file cannot be read: {detail}"),
    EnvironmentKind.FILE_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "The file does not exist: {detail}"),
    EnvironmentKind.FILE_UNWRITABLE: QT_TRANSLATE_NOOP("Messages", "The file cannot be written: {detail}"),
    EnvironmentKind.CENTRAL_OUTDATED: QT_TRANSLATE_NOOP(
        "Messages",
        "The central store's schema is not this version's (it is at {detail}): "
        'run "facilitator central init" with this version first.',
    ),
    EnvironmentKind.SERVER_UNREACHABLE: QT_TRANSLATE_NOOP(
        "Messages",
        "The synchronisation service cannot be reached (no network, or the server is stopped). Nothing was lost: "
        "the changes wait on this computer. Try again later. ({detail})",
    ),
}


BUNDLE_TEXTS: dict[BundleProblem, str] = {
    BundleProblem.NOT_A_BUNDLE: QT_TRANSLATE_NOOP(
        "Messages", "This file is not a facilitator bundle: nothing was applied."
    ),
    BundleProblem.TRUNCATED: QT_TRANSLATE_NOOP(
        "Messages", "This bundle is incomplete (a copy cut short?): nothing was applied. Copy it again."
    ),
    BundleProblem.ALTERED: QT_TRANSLATE_NOOP(
        "Messages", "This bundle was altered after it was written: nothing was applied. Write it again."
    ),
    BundleProblem.TOO_LARGE: QT_TRANSLATE_NOOP("Messages", "This bundle unpacks to far too much: nothing was applied."),
    BundleProblem.FOREIGN_STORE: QT_TRANSLATE_NOOP(
        "Messages", "This bundle belongs to another town hall's central store: nothing was applied."
    ),
    BundleProblem.NEWER_SCHEMA: QT_TRANSLATE_NOOP(
        "Messages", "This bundle was written by a newer version of facilitator: update this one first."
    ),
    BundleProblem.NEWER_FORMAT: QT_TRANSLATE_NOOP(
        "Messages", "This bundle was written by a newer version of facilitator: update this one first."
    ),
}


ROTATION_TEXTS: dict[RotationProblem, str] = {
    RotationProblem.NO_TABLE: QT_TRANSLATE_NOOP("Messages", "There must be at least one table."),
    RotationProblem.NO_ROUND: QT_TRANSLATE_NOOP("Messages", "There must be at least one round."),
    RotationProblem.TOO_MANY_ROUNDS: QT_TRANSLATE_NOOP("Messages", "At most 20 rounds can be planned."),
    RotationProblem.TOO_MANY_PEOPLE: QT_TRANSLATE_NOOP(
        "Messages", "At most 500 people can be planned in small groups."
    ),
    RotationProblem.TABLE_TOO_LARGE: QT_TRANSLATE_NOOP("Messages", "A table seats at most 30 people."),
    RotationProblem.EMPTY_TABLE: QT_TRANSLATE_NOOP("Messages", "Every table must seat at least one person."),
    RotationProblem.TOO_FEW_SEATS: QT_TRANSLATE_NOOP(
        "Messages", "The tables do not have enough seats for everyone: add tables or seats."
    ),
    RotationProblem.HOST_TWICE: QT_TRANSLATE_NOOP("Messages", "One person cannot host two tables."),
    RotationProblem.HOST_ABSENT: QT_TRANSLATE_NOOP(
        "Messages", "A table host is not in the room: choose another host or none."
    ),
    RotationProblem.STAY_ELSEWHERE: QT_TRANSLATE_NOOP(
        "Messages", "A host cannot stay at a table other than the one they host."
    ),
    RotationProblem.APART_AND_TOGETHER: QT_TRANSLATE_NOOP(
        "Messages", "Two people cannot be kept both apart and together."
    ),
    RotationProblem.NO_SETUP: QT_TRANSLATE_NOOP("Messages", "Set up the tables and rounds first."),
    RotationProblem.NO_PLAN: QT_TRANSLATE_NOOP("Messages", "There is no plan yet: plan the rounds first."),
    RotationProblem.NO_SUCH_SEAT: QT_TRANSLATE_NOOP("Messages", "This person has no seat in this round."),
    RotationProblem.TABLES_CHANGED: QT_TRANSLATE_NOOP(
        "Messages", "The tables changed since the plan was made: make a new plan."
    ),
    RotationProblem.STAY_NO_TABLE: QT_TRANSLATE_NOOP(
        "Messages", "Someone is to stay at a table that does not exist: choose one of the tables."
    ),
    RotationProblem.EMPTY_ROOM: QT_TRANSLATE_NOOP("Messages", "Nobody is in the room: there is no one to seat."),
    RotationProblem.NO_SUCH_ROUND: QT_TRANSLATE_NOOP("Messages", "The plan has no such round."),
}


def translate(source: str, context: str = CONTEXT) -> str:
    return QCoreApplication.translate(context, source)


field_label = Words(CONTEXT, FIELD_LABELS)
role_label = Words(CONTEXT, ROLE_LABELS)
gender_label = Words(CONTEXT, GENDER_LABELS)
recruitment_label = Words(CONTEXT, RECRUITMENT_LABELS)
age_band_label = Words(CONTEXT, AGE_BAND_LABELS)
unit_label = Words(CONTEXT, UNIT_LABELS)
lone_half_day_label = Words(CONTEXT, LONE_HALF_DAY_LABELS)
means_label = Words(CONTEXT, MEANS_LABELS)
badge_text = Words(CONTEXT, BADGE_TEXTS)
rotation_text = Words(CONTEXT, ROTATION_TEXTS)


def not_today_text(session_date: dt.date) -> str:
    """Why the desk or the speakers' list recorded nothing into a session of another day."""
    text = QT_TRANSLATE_NOOP(
        "Messages", "This session is on {date}, not today: nothing recorded. Choose today's session or create it."
    )
    return translate(text).format(date=long_date(session_date))


refusal_text = Words(CONTEXT, REFUSAL_TEXTS)
request_kind_label = Words(CONTEXT, REQUEST_KIND_LABELS)
fairness_label = Words(CONTEXT, FAIRNESS_LABELS)


def counted_label(counted: HalfDays) -> str:
    """What counted of a session: "journée", "matin", "après-midi", or "absent·e"."""
    if counted.morning and counted.afternoon:
        return QCoreApplication.translate("Messages", "full day")
    if counted.morning:
        return QCoreApplication.translate("Messages", "morning")
    if counted.afternoon:
        return QCoreApplication.translate("Messages", "afternoon")
    return QCoreApplication.translate("Messages", "not counted")


def problem_text(problem: Problem) -> str:
    """The sentence for one problem, its field named in the interface language."""
    params = dict(problem.params)
    if "field" in params:
        params["field"] = field_label(Field(str(params["field"])))
    return translate(PROBLEM_TEXTS[problem.code]).format(**params)


def problems_text(problems: Iterable[Problem]) -> str:
    """Several problems (of one line) in one sentence."""
    return QCoreApplication.translate("Messages", "; ").join(problem_text(problem) for problem in problems)


def line_text(line: int, problems: Iterable[Problem]) -> str:
    """All the problems of one line, as the import report lists them."""
    return QCoreApplication.translate("Messages", "Line {line}: {problems}").format(
        line=line, problems=problems_text(problems)
    )


def environment_text(problem: EnvironmentProblem) -> str:
    return translate(ENVIRONMENT_TEXTS[problem.kind]).format(detail=problem.detail)


def bundle_text(problem: BundleProblem) -> str:
    return translate(BUNDLE_TEXTS[problem])


def output_refused_text(path: Path) -> str:
    """Why a document was not written over ``path`` (a database, or one of its files)."""
    return QCoreApplication.translate(
        "Messages",
        "{path} is a database (or one of its files): the document was not written over it. Choose another file name.",
    ).format(path=path)
