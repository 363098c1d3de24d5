"""The typed translation helpers: words declared once, translated when they are asked for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.core.participants import Role
from facilitator.text.messages import ROLE_LABELS, role_label
from facilitator.text.translate import QT_TRANSLATE_NOOP, TranslationContext, Words
from tests.conftest import french_catalogue


class RosterWorkspace(TranslationContext):
    """A context the catalogues know, asked through the typed ``tr``."""


def test_words_are_kept_as_declared_and_translated_when_asked_for(qapp: QCoreApplication) -> None:
    first_name = Words("Messages", {"first": QT_TRANSLATE_NOOP("Messages", "First name")})
    assert first_name.sources == {"first": "First name"}
    assert ROLE_LABELS[Role.CITIZEN] == "Resident"
    with french_catalogue(qapp):
        assert first_name("first") == "Prénom"
        assert role_label(Role.CITIZEN) == "Habitant·e"


def test_a_translation_context_asks_plurals_in_its_own_name(qapp: QCoreApplication) -> None:
    with french_catalogue(qapp):
        assert RosterWorkspace.tr("%n participant(s)", "", 3) == "3 participant·es"
        assert RosterWorkspace.tr("%n participant(s)", "", 1) == "1 participant·e"
