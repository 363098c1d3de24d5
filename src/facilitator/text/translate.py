"""The translation of the words users read, typed: the marker lupdate reads for words
translated where they are shown (``QT_TRANSLATE_NOOP``), and the base of the classes that only
name a translation context (``TranslationContext``).

Qt's own marker and ``QObject.tr`` called on a class are untyped for mypy (the marker returns
``object``, ``tr`` wants an instance); these keep the names lupdate looks for in the sources.
A plural is asked through ``X.tr(source, "", n)``: lupdate marks a message as plural only in a
``tr`` call, never in ``translate``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """``source`` as it is, marked for lupdate in ``context``: translated where it is shown."""
    return source


class TranslationContext:
    """A class whose name is the translation context of the words its ``tr`` translates."""

    @classmethod
    def tr(cls, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, source, disambiguation, n)
