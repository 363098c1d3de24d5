"""The translation of the words users read, typed: the marker lupdate reads for words
translated where they are shown (``QT_TRANSLATE_NOOP``), the words of each value of a kind
(``Words``), and the base of the classes that only name a translation context
(``TranslationContext``).

Qt's own marker and ``QObject.tr`` called on a class are untyped for mypy (the marker returns
``object``, ``tr`` wants an instance); these keep the names lupdate looks for in the sources.
A plural is asked through ``X.tr(source, "", n)``: lupdate marks a message as plural only in a
``tr`` call, never in ``translate``.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication

K = TypeVar("K", bound=Hashable)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """``source`` as it is, marked for lupdate in ``context``: translated where it is shown."""
    return source


class Words(Generic[K]):
    """The words users read for each value of a kind (a role, a refusal, a problem), declared
    once with ``QT_TRANSLATE_NOOP`` and translated each time they are asked for, so that they
    follow the interface language: ``role_label = Words("Messages", ROLE_LABELS)``, then
    ``role_label(Role.CITIZEN)``."""

    def __init__(self, context: str, sources: Mapping[K, str]) -> None:
        self.context = context
        self.sources = sources

    def __call__(self, key: K) -> str:
        return QCoreApplication.translate(self.context, self.sources[key])


class TranslationContext:
    """A class whose name is the translation context of the words its ``tr`` translates."""

    @classmethod
    def tr(cls, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, source, disambiguation, n)
