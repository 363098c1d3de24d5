"""The import report in words (for the window and the terminal) and as JSON (for scripts)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from PySide6.QtCore import QCoreApplication

from facilitator.core.problems import Problem
from facilitator.core.roster.plan import DuplicateGroup, ImportPlan, LineProblem
from facilitator.text.messages import line_text, problems_text
from facilitator.text.translate import TranslationContext


class ImportReport(TranslationContext):
    """The translation context of the report (``ImportReport.tr`` takes plural forms)."""


def _by_line(issues: tuple[LineProblem, ...]) -> dict[int, list[Problem]]:
    grouped: dict[int, list[Problem]] = defaultdict(list)
    for issue in issues:
        grouped[issue.line].append(issue.problem)
    return dict(sorted(grouped.items()))


def rejected_lines(plan: ImportPlan) -> list[dict[str, Any]]:
    return [{"line": line, "reason": problems_text(problems)} for line, problems in _by_line(plan.rejected).items()]


def duplicate_groups(plan: ImportPlan) -> list[list[int | str]]:
    """Each group: the file's line numbers, then the names of people already stored."""
    return [[*group.lines, *group.existing] for group in plan.duplicates]


def summary(plan: ImportPlan, imported: bool) -> str:
    count = len(plan.to_create)
    if imported:
        return ImportReport.tr("%n person(s) imported.", "", count)
    return ImportReport.tr("%n person(s) to import.", "", count)


def report_lines(plan: ImportPlan, imported: bool) -> list[str]:
    """Every rejected line, repair, repeat and likely duplicate, one sentence each."""
    lines = [summary(plan, imported)]
    rejected = _by_line(plan.rejected)
    if rejected:
        lines.append(ImportReport.tr("%n line(s) rejected:", "", len(rejected)))
        lines += ["  " + line_text(line, problems) for line, problems in rejected.items()]
    if plan.duplicates:
        lines.append(
            ImportReport.tr("%n group(s) of likely duplicates (imported, to check):", "", len(plan.duplicates))
        )
        lines += ["  " + duplicate_text(group) for group in plan.duplicates]
    if plan.repeated:
        lines.append(ImportReport.tr("%n line(s) repeated exactly, imported once:", "", len(plan.repeated)))
        lines += [
            "  "
            + QCoreApplication.translate("ImportReport", "Line {line}: same as line {first}").format(
                line=line, first=first
            )
            for line, first in plan.repeated
        ]
    if plan.already_present:
        lines.append(
            ImportReport.tr("%n line(s) already in the assembly, not imported again:", "", len(plan.already_present))
        )
        lines += [
            "  " + QCoreApplication.translate("ImportReport", "Line {line}: {name}").format(line=line, name=name)
            for line, name in plan.already_present
        ]
    repairs = _by_line(plan.repairs)
    if repairs:
        lines.append(ImportReport.tr("%n line(s) corrected:", "", len(repairs)))
        lines += ["  " + line_text(line, problems) for line, problems in repairs.items()]
    if plan.new_sub_bodies:
        lines.append(
            QCoreApplication.translate("ImportReport", "New sub-bodies: {names}").format(
                names=", ".join(plan.new_sub_bodies)
            )
        )
    return lines


def duplicate_text(group: DuplicateGroup) -> str:
    """One group in words: its lines, the names written there, and who is already stored."""
    text = ImportReport.tr("line(s) {lines}", "", len(group.lines)).format(
        lines=", ".join(str(line) for line in group.lines)
    )
    text += f" ({' / '.join(group.names)})"
    if group.existing:
        text += QCoreApplication.translate("ImportReport", " and, already in the assembly: {names}").format(
            names=", ".join(group.existing)
        )
    return text


def report_json(plan: ImportPlan, imported: bool) -> dict[str, Any]:
    return {
        "imported": len(plan.to_create) if imported else 0,
        "to_import": len(plan.to_create),
        "rejected": rejected_lines(plan),
        "duplicates": duplicate_groups(plan),
        "repeated": [{"line": line, "same_as": first} for line, first in plan.repeated],
        "already_present": [{"line": line, "name": name} for line, name in plan.already_present],
        "repaired": [
            {"line": line, "note": problems_text(problems)} for line, problems in _by_line(plan.repairs).items()
        ],
        "sub_bodies_created": list(plan.new_sub_bodies) if imported else [],
        "sub_bodies_to_create": list(plan.new_sub_bodies),
    }
