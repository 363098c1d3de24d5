"""The words of synchronisation: what a bundle brought, by kind, in the interface language."""

from __future__ import annotations

from collections.abc import Mapping

from facilitator.core.changes import Change
from facilitator.core.sync import Rejection
from facilitator.text.translate import QT_TRANSLATE_NOOP, TranslationContext, Words


class SyncWords(TranslationContext):
    """The translation context of synchronisation's sentences."""


def _kinds(count: int, kind: Change) -> str:
    if kind is Change.ATTENDANCE:
        return SyncWords.tr("%n arrival(s) or departure(s)", "", count)
    if kind is Change.ROSTER:
        return SyncWords.tr("%n participant record(s)", "", count)
    if kind is Change.SESSIONS:
        return SyncWords.tr("%n session change(s)", "", count)
    if kind is Change.SPEAKING:
        return SyncWords.tr("%n speakers' list entry(ies)", "", count)
    if kind is Change.ROTATION:
        return SyncWords.tr("%n small-group change(s)", "", count)
    if kind is Change.VOTING:
        return SyncWords.tr("%n vote change(s)", "", count)
    return SyncWords.tr("%n other change(s)", "", count)


KINDS_SHOWN = (Change.ATTENDANCE, Change.ROSTER, Change.SESSIONS, Change.SPEAKING, Change.ROTATION, Change.VOTING)


def received_text(applied: Mapping[Change, int], known: int, rejected: int) -> str:
    """« 84 arrivées ou départs, 3 fiches de participant·es ; 12 déjà là » from the changes
    applied by kind, or that nothing was new; the refusals' reasons are listed apart."""
    others = sum(count for kind, count in applied.items() if kind not in KINDS_SHOWN)
    counts = [(applied.get(kind, 0), kind) for kind in KINDS_SHOWN] + [(others, Change.NONE)]
    parts = [_kinds(count, kind) for count, kind in counts if count]
    text = ", ".join(parts) if parts else SyncWords.tr("Nothing new")
    if known:
        text += SyncWords.tr("; %n already here", "", known)
    if rejected:
        text += SyncWords.tr("; %n refused", "", rejected)
    return text + "."


REJECTION_TEXTS: dict[Rejection, str] = {
    Rejection.UNKNOWN_TABLE: QT_TRANSLATE_NOOP("SyncWords", "a kind of record this version does not know"),
    Rejection.UNKNOWN_FIELD: QT_TRANSLATE_NOOP("SyncWords", "a field this version does not know"),
    Rejection.BAD_VALUE: QT_TRANSLATE_NOOP("SyncWords", "a value of the wrong kind"),
    Rejection.NO_SUCH_ROW: QT_TRANSLATE_NOOP("SyncWords", "a change to a record this laptop never received"),
    Rejection.BROKEN_LINK: QT_TRANSLATE_NOOP("SyncWords", "it names a record this laptop does not hold"),
}
rejection_text = Words("SyncWords", REJECTION_TEXTS)
