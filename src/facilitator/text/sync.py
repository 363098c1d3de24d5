"""The words of synchronisation: what a bundle brought, by kind, in the interface language."""

from __future__ import annotations

from collections.abc import Mapping

from facilitator.core.changes import Change
from facilitator.core.fields import Field
from facilitator.core.sync import Rejection
from facilitator.core.sync.refusals import DeviceProblem, KeyringProblem, Refusal
from facilitator.text.messages import field_label
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
    Rejection.OUTSIDE_SCOPE: QT_TRANSLATE_NOOP("SyncWords", "an assembly this laptop may not change"),
}
rejection_text = Words("SyncWords", REJECTION_TEXTS)


REFUSAL_TEXTS: dict[Refusal, str] = {
    Refusal.TOKEN_UNKNOWN: QT_TRANSLATE_NOOP(
        "SyncWords", "The service does not know this computer: link it again with a new enrolment code."
    ),
    Refusal.NO_TOKEN: QT_TRANSLATE_NOOP(
        "SyncWords", "This computer has no synchronisation token: link it again with a new enrolment code."
    ),
    Refusal.REVOKED: QT_TRANSLATE_NOOP(
        "SyncWords",
        "This computer's access was revoked at the town hall: it can no longer synchronise. "
        "Ask the IT agent for a new enrolment code.",
    ),
    Refusal.CODE_INVALID: QT_TRANSLATE_NOOP(
        "SyncWords",
        "This enrolment code is not valid (mistyped, already used, or expired): ask the IT agent for a new one.",
    ),
    Refusal.NO_STORE: QT_TRANSLATE_NOOP(
        "SyncWords", 'The service has no central store yet: the IT agent must run "facilitator central init".'
    ),
    Refusal.SCHEMA_MISMATCH: QT_TRANSLATE_NOOP(
        "SyncWords",
        "The service and this computer run different versions of facilitator (database {detail} there, "
        "{ours} here): update {which} first. Nothing was exchanged.",
    ),
    Refusal.WRONG_DEVICE: QT_TRANSLATE_NOOP(
        "SyncWords", "The service refused changes sent in another computer's name. Nothing was applied."
    ),
    Refusal.FOREIGN_STORE: QT_TRANSLATE_NOOP(
        "SyncWords",
        "This server is not the central store this computer was linked to: nothing was exchanged. "
        "Check the address, or link the computer again.",
    ),
    Refusal.BAD_REQUEST: QT_TRANSLATE_NOOP("SyncWords", "The service refused the request: {detail}"),
    Refusal.PLAIN_HTTP: QT_TRANSLATE_NOOP(
        "SyncWords",
        "An address beginning with http:// would send the token in clear over the network: "
        "use https:// (plain http only reaches this computer). {detail}",
    ),
    Refusal.ROOM_CODE_INVALID: QT_TRANSLATE_NOOP(
        "SyncWords",
        "This is not the room's code of today: read it again on the hub's screen (after several wrong codes, "
        "wait a minute). {detail}",
    ),
    Refusal.STILL_IN_ROOM: QT_TRANSLATE_NOOP(
        "SyncWords",
        'A laptop with this one\'s identity ("{detail}") is still in the room: wait a few seconds, then join again.',
    ),
    Refusal.UNTRUSTED_CERTIFICATE: QT_TRANSLATE_NOOP(
        "SyncWords",
        "The server's certificate is not trusted by this computer: nothing was sent. Check the address, "
        "or ask the IT agent to install the town hall's certificate authority. ({detail})",
    ),
    Refusal.NOT_LINKED: QT_TRANSLATE_NOOP(
        "SyncWords", 'This database is not linked to a central store yet: "Link to the central store" first.'
    ),
}


def refusal_text(refusal: Refusal, detail: str, ours: str) -> str:
    """Why the service (or the client) refused, and what to do; ``ours`` is this computer's
    schema revision, compared with the service's in ``detail``."""
    newer_here = detail.isdigit() and ours.isdigit() and int(ours) > int(detail)
    which = SyncWords.tr("the server") if newer_here else SyncWords.tr("this computer")
    return SyncWords.tr(REFUSAL_TEXTS[refusal]).format(detail=detail, ours=ours, which=which)


KEYRING_TEXTS: dict[KeyringProblem, str] = {
    KeyringProblem.NONE: QT_TRANSLATE_NOOP(
        "SyncWords",
        "This computer has no keyring to keep the synchronisation token safely: nothing was stored. "
        "On a server or in a script, enrol with --print-token and give the token in FACILITATOR_SYNC_TOKEN.",
    ),
    KeyringProblem.PLAINTEXT: QT_TRANSLATE_NOOP(
        "SyncWords",
        "The only keyring of this computer would write the token in clear in a file: refused, nothing was stored. "
        "Use the system's keyring (Windows, macOS, GNOME or KDE).",
    ),
    KeyringProblem.FAILED: QT_TRANSLATE_NOOP(
        "SyncWords", "The keyring refused to keep or give the token (is it locked?): {detail}"
    ),
}


def keyring_text(problem: KeyringProblem, detail: str) -> str:
    return SyncWords.tr(KEYRING_TEXTS[problem]).format(detail=detail)


DEVICE_TEXTS: dict[DeviceProblem, str] = {
    DeviceProblem.NO_STORE: REFUSAL_TEXTS[Refusal.NO_STORE],
    DeviceProblem.BAD_NAME: QT_TRANSLATE_NOOP(
        "SyncWords", 'A computer\'s name has 1 to 60 characters: "{detail}" cannot be used.'
    ),
    DeviceProblem.NAME_TAKEN: QT_TRANSLATE_NOOP(
        "SyncWords", 'A computer is already enrolled under the name "{detail}": choose another name.'
    ),
    DeviceProblem.UNKNOWN_DEVICE: QT_TRANSLATE_NOOP("SyncWords", 'No computer is registered as "{detail}".'),
    DeviceProblem.CODE_INVALID: REFUSAL_TEXTS[Refusal.CODE_INVALID],
    DeviceProblem.TOKEN_UNKNOWN: REFUSAL_TEXTS[Refusal.TOKEN_UNKNOWN],
    DeviceProblem.REVOKED: REFUSAL_TEXTS[Refusal.REVOKED],
}


def device_text(problem: DeviceProblem, detail: str) -> str:
    return SyncWords.tr(DEVICE_TEXTS[problem]).format(detail=detail)


def edited_field_label(entity: str, field: str) -> str:
    """A field as the roster names it (« Téléphone »), or its name in the code elsewhere."""
    if entity == "participant" and field in {member.value for member in Field}:
        return field_label(Field(field))
    return field
