"""French is complete: every string of the code is in the catalogue, translated, and loads."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from enum import Enum
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

import facilitator
from facilitator.app.errors import EnvironmentKind
from facilitator.core.attendance.badges import BadgeRejected
from facilitator.core.fields import Field
from facilitator.core.indemnity.amounts import IndemnityUnit, LoneHalfDay
from facilitator.core.indemnity.travel import TravelMeans
from facilitator.core.participants import AgeBand, Gender, Role
from facilitator.core.problems import FileProblem, Repair, RowProblem
from facilitator.core.rotation import RotationProblem
from facilitator.core.speaking.model import Fairness, RequestKind
from facilitator.core.speaking.rules import Refusal
from facilitator.core.sync import BundleProblem
from facilitator.core.voting.ballot_code import BallotRejected
from facilitator.core.voting.count import Outcome
from facilitator.core.voting.model import Base, MajorityKind, Method, VoteProblem
from facilitator.core.voting.reconcile import Check
from facilitator.core.voting.results import Decision
from facilitator.text import messages
from facilitator.text import voting as vote_messages

SOURCE = Path(facilitator.__file__).parent
TRANSLATIONS = Path(str(resources.files("facilitator.resources") / "translations"))


def messages_of(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def lupdate() -> str:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    return str(tool) if tool.exists() else shutil.which("pyside6-lupdate") or "pyside6-lupdate"


def test_every_string_in_the_code_is_in_the_catalogues(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(path) for path in SOURCE.rglob("*.py"))
    subprocess.run([lupdate(), "-silent", "-locations", "none", *sources, "-ts", str(fresh)], check=True)
    in_code = set(messages_of(fresh))
    assert len(in_code) > 200
    for catalogue in ("facilitator_fr.ts", "facilitator_en.ts"):
        in_catalogue = set(messages_of(TRANSLATIONS / catalogue))
        assert in_code - in_catalogue == set(), f"run `make translations` and translate ({catalogue})"
        assert in_catalogue - in_code == set(), f"obsolete strings in {catalogue}: run `make translations`"


def test_french_is_fully_translated() -> None:
    unfinished = [
        source
        for (_, source), message in messages_of(TRANSLATIONS / "facilitator_fr.ts").items()
        if (message.find("translation") is None or message.find("translation").get("type") == "unfinished")
    ]
    assert unfinished == []


def test_english_has_every_plural() -> None:
    for (_, source), message in messages_of(TRANSLATIONS / "facilitator_en.ts").items():
        if message.get("numerus") == "yes":
            forms = [form.text for form in message.iter("numerusform")]
            assert len(forms) == 2 and all(forms), source


def test_placeholders_survive_translation() -> None:
    for (_, source), message in messages_of(TRANSLATIONS / "facilitator_fr.ts").items():
        texts = [message.findtext("translation") or ""] + [form.text or "" for form in message.iter("numerusform")]
        for text in texts:
            if text.strip():
                assert set(re.findall(r"\{\w+\}", text)) == set(re.findall(r"\{\w+\}", source)), source


@pytest.mark.parametrize(
    ("table", "kind"),
    [
        (messages.FIELD_LABELS, Field),
        (messages.ROLE_LABELS, Role),
        (messages.GENDER_LABELS, Gender),
        (messages.ENVIRONMENT_TEXTS, EnvironmentKind),
        (messages.AGE_BAND_LABELS, AgeBand),
        (messages.UNIT_LABELS, IndemnityUnit),
        (messages.LONE_HALF_DAY_LABELS, LoneHalfDay),
        (messages.MEANS_LABELS, TravelMeans),
        (messages.BADGE_TEXTS, BadgeRejected),
        (messages.REFUSAL_TEXTS, Refusal),
        (messages.REQUEST_KIND_LABELS, RequestKind),
        (messages.FAIRNESS_LABELS, Fairness),
        (messages.ROTATION_TEXTS, RotationProblem),
        (messages.BUNDLE_TEXTS, BundleProblem),
        (vote_messages.VOTE_PROBLEM_TEXTS, VoteProblem),
        (vote_messages.REJECTION_TEXTS, BallotRejected),
        (vote_messages.OUTCOME_TEXTS, Outcome),
        (vote_messages.METHOD_LABELS, Method),
        (vote_messages.MAJORITY_LABELS, MajorityKind),
        (vote_messages.BASE_LABELS, Base),
        (vote_messages.DECISION_LABELS, Decision),
        (vote_messages.CHECK_LABELS, Check),
    ],
)
def test_every_code_has_words(table: dict, kind: type[Enum]) -> None:
    assert set(table) == set(kind)


def test_every_problem_code_has_words() -> None:
    assert set(messages.PROBLEM_TEXTS) == set(FileProblem) | set(RowProblem) | set(Repair)


def test_the_compiled_catalogues_load_and_translate() -> None:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "facilitator_fr.qm"))
    assert translator.translate("Messages", "First name") == "Prénom"
    assert translator.translate("RosterWorkspace", "%n participant(s)", "", 3) == "%n participant·es"
    assert translator.translate("RosterWorkspace", "%n participant(s)", "", 1) == "%n participant·e"
    assert translator.translate("RosterWorkspace", "%n participant(s)", "", 0) == "%n participant·e"
    english = QTranslator()
    assert english.load(str(TRANSLATIONS / "facilitator_en.qm"))
    assert english.translate("ImportReport", "%n person(s) imported.", "", 1) == "%n person imported."
    assert english.translate("ImportReport", "%n person(s) imported.", "", 0) == "%n people imported."


def test_plurals_are_asked_where_lupdate_sees_them() -> None:
    """lupdate marks a message as plural only in ``tr(text, disambiguation, n)`` calls: a count
    passed to ``QCoreApplication.translate`` would be extracted as a singular and never get its
    French plural. Such calls go through a small QObject class named after the context."""
    import ast

    offenders = []
    typed_tr = SOURCE / "text" / "translate.py"  # TranslationContext.tr: lupdate sees its callers
    for path in set(SOURCE.rglob("*.py")) - {typed_tr}:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            translates = isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "translate"
            if translates and (len(node.args) > 3 or any(keyword.arg == "n" for keyword in node.keywords)):
                offenders.append(f"{path.relative_to(SOURCE)}:{node.lineno}")
    assert offenders == []
