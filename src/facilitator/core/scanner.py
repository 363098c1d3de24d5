"""What a handheld USB scanner types: telling its bursts from people, undoing layout mix-ups.

A handheld scanner is a keyboard: it types the code it read, very fast, then Enter, into
whatever field has focus. Two problems follow, both solved here from plain data:

- **Burst or person?** The desk's search field receives both. Only the timing tells them
  apart: scanners send a character every 1–15 ms (USB keyboards are polled every 1–8 ms and
  most scanners add little or no inter-character delay; a few wireless ones reach 20 ms),
  while people, even fast typists, rarely press two keys less than 40–50 ms apart (100 words
  a minute is about 100 ms a key; only a rolled pair such as "er" falls to 10–30 ms, never
  eight keys in a row). See ``is_burst`` and ``burst_start``.
- **Keyboard layouts.** A scanner sends key *positions*, chosen for the layout it is
  configured for; the computer reads them with its own layout. A scanner set up for a US
  (QWERTY) keyboard plugged into a French (AZERTY) laptop types ``&é"'(-è_çà`` for the
  digits, swaps A/Q and Z/W, and so on. ``layout_variants`` gives the texts the scanner may
  have meant; the caller keeps the first one its own check (an HMAC tag) accepts.

A paste (Ctrl+V, or the context menu) is a person's act, not a burst: it inserts many
characters with one key press or none. Whoever records the times must record one time per
key press that added one character, and start afresh after any other edit (a paste, a
deletion, a cursor move): never give every pasted character the time of the paste, which
would look like the fastest scanner of all. What to do with a pasted code is the desk's
decision (it can recognise a badge payload in what was typed), not the timing's.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

MIN_BURST_CHARS = 8
"""Fewer characters prove nothing: a person can roll three or four keys almost at once.
Every code this program prints is far longer (a badge 46 characters, a ballot about 30)."""

MAX_MEDIAN_GAP_MS = 25.0
"""The median time between two characters of a burst. Above the 1–15 ms of scanners, with
room for slower wireless ones; well under the 40–50 ms floor of human typing. The median,
not the maximum, so that a hiccup (USB, the operating system, the interface thread busy
with one keystroke's search) does not turn a scan into typing."""

MAX_MEAN_GAP_MS = 50.0
"""The whole burst must also take less than this per character on average (a badge of 46
characters: under 2.3 s). Half the gaps fast and the others slow is a person rolling pairs of
keys, not a scanner; yet a stall of a few hundred milliseconds inside a badge still passes."""

PAUSE_MS = 500.0
"""A gap this long ends whatever came before: nobody picks up the scanner, aims and pulls the
trigger within half a second of their last keystroke, and no scanner pauses this long
inside a code. The times are taken when the interface processes each key, so a busy
interface only ever squeezes gaps together, except once, right after it catches up; half
a second of busy interface would be a frozen window, which this program does not allow."""


def _gaps(times_ms: Sequence[float]) -> list[float]:
    gaps = [later - earlier for earlier, later in pairwise(times_ms)]
    if any(gap < 0 for gap in gaps):
        raise ValueError("key times must never go backwards")
    return gaps


def is_burst(times_ms: Sequence[float]) -> bool:
    """True when keys pressed at these times (monotonic milliseconds, one per character, in
    order) were typed by a scanner: at least ``MIN_BURST_CHARS`` characters, a median gap
    under ``MAX_MEDIAN_GAP_MS`` and a mean gap under ``MAX_MEAN_GAP_MS``."""
    if len(times_ms) < MIN_BURST_CHARS:
        return False
    gaps = _gaps(times_ms)
    return statistics.median(gaps) <= MAX_MEDIAN_GAP_MS and statistics.fmean(gaps) <= MAX_MEAN_GAP_MS


def burst_start(times_ms: Sequence[float]) -> int | None:
    """Where the scanner burst that ends these key times begins, or None if they do not end
    with one.

    The times are those of every character typed since the field last changed otherwise.
    Someone may type a few letters, give up, and scan a badge into the same field: the burst
    starts after the last pause of ``PAUSE_MS`` or more, and what came before is not part of
    the code.
    """
    gaps = _gaps(times_ms)
    start = next((index + 1 for index in reversed(range(len(gaps))) if gaps[index] >= PAUSE_MS), 0)
    return start if is_burst(times_ms[start:]) else None


# Keyboard layouts ---------------------------------------------------------------------------

_DEAD = "\N{REPLACEMENT CHARACTER}"
"""A key position that types no character by itself on this layout (a dead accent key)."""

# The main block of a PC keyboard, row by row from the digits down, each row as the characters
# of its keys from left to right without and with Shift. The back-slash key of a US keyboard
# and the key left of Enter on a French one are the same key code (USB "\\ and |" and
# "non-US # and ~" both reach the computer as one key), hence the last key of the third row.
_US_ROWS = (
    ("1234567890-=", "!@#$%^&*()_+"),
    ("qwertyuiop[]", "QWERTYUIOP{}"),
    ("asdfghjkl;'\\", 'ASDFGHJKL:"|'),
    ("zxcvbnm,./", "ZXCVBNM<>?"),
)
"""US English (QWERTY), as scanners ship configured."""

_FR_ROWS = (
    ("&é\"'(-è_çà)=", "1234567890°+"),
    (f"azertyuiop{_DEAD}$", f"AZERTYUIOP{_DEAD}£"),
    ("qsdfghjklmù*", "QSDFGHJKLM%µ"),
    ("wxcvbn,;:!", "WXCVBN?./§"),
)
"""French (AZERTY) of Windows and Linux, as town-hall laptops have it."""

CODE_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789:-./+*$% "
"""What a code read at the desk or the count can hold: QR alphanumeric mode and lower case."""


_Keys = dict[tuple[int, int, bool], str]
"""Character of each key position: (row, column, with Shift)."""


def _positions(rows: tuple[tuple[str, str], ...]) -> _Keys:
    return {
        (row, column, shifted): character
        for row, (plain, shift) in enumerate(rows)
        for shifted, keys in ((False, plain), (True, shift))
        for column, character in enumerate(keys)
        if character != _DEAD
    }


def _translation(source: _Keys, target: _Keys) -> dict[str, str]:
    """Character of a key on the source layout → character of the same key on the target one."""
    return {source[key]: target[key] for key in source.keys() & target.keys()}


_US = _positions(_US_ROWS)
_FR = _positions(_FR_ROWS)


@dataclass(frozen=True)
class LayoutMismatch:
    """A scanner configured for one keyboard layout, plugged into a computer using another."""

    scanner: str
    computer: str
    typed: Mapping[str, str]
    """Character the scanner means → character the computer receives (same key)."""
    meant: Mapping[str, str]
    """The reverse."""

    def as_typed(self, code: str) -> str:
        """What the computer receives when the scanner reads ``code``."""
        return "".join(self.typed.get(character, character) for character in code)

    def recover(self, typed: str) -> str:
        """What the scanner read, given what the computer received (characters of no key of
        the table, such as a space, are the same on both layouts and stay)."""
        return "".join(self.meant.get(character, character) for character in typed)


def _mismatch(scanner: str, scanner_keys: _Keys, computer: str, computer_keys: _Keys) -> LayoutMismatch:
    return LayoutMismatch(
        scanner, computer, _translation(scanner_keys, computer_keys), _translation(computer_keys, scanner_keys)
    )


MISMATCHES = (_mismatch("us", _US, "fr", _FR), _mismatch("fr", _FR, "us", _US))
"""The mix-ups ``layout_variants`` undoes: a US scanner on a French laptop, and the reverse."""


def layout_variants(text: str) -> list[str]:
    """``text`` as received, then the code a scanner would have read to make the computer
    receive ``text`` under each layout mismatch of ``MISMATCHES``, without repeats.

    Only for codes that carry their own check (a badge's or a ballot's HMAC tag): the caller
    tries each variant with its verifier and keeps the first one that verifies, never a remap
    that does not. A remapped text is a guess about the keyboard, not about the code.
    """
    variants = [text]
    for mismatch in MISMATCHES:
        variant = mismatch.recover(text)
        if variant not in variants:
            variants.append(variant)
    return variants
