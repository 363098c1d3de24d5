"""Names as people type them: canonical keys for duplicates, and as-you-type search.

Rosters come from several departments with different habits (accents or not, capitals,
typographic or straight apostrophes, "Jean-Pierre" or "Jean Pierre"); desk agents type a few
letters in any order. Both needs reduce a name to the same folded form.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "′": "'"})
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ĳ": "ij"})
_WORD_SEPARATORS = re.compile(r"[\s\-'.,;/_()·•]+")
_SPACES = re.compile(r"\s+")


def tidy(text: str) -> str:
    """A name as it should be stored: NFC, single spaces, no surrounding blanks."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive form of ``text`` (spaces kept, collapsed)."""
    lowered = unicodedata.normalize("NFC", text).casefold().translate(_LIGATURES).translate(_APOSTROPHES)
    decomposed = unicodedata.normalize("NFD", lowered)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped).strip()


def name_key(last_name: str, first_name: str) -> tuple[str, str]:
    """Alphabetical order of people, as on a roster: last name, then first name, accents and
    case aside ("Évelyne" sorts with "Eve")."""
    return fold(last_name), fold(first_name)


def words(text: str) -> list[str]:
    """The folded words of a name: hyphens, apostrophes and dots separate words."""
    return [word for word in _WORD_SEPARATORS.split(fold(text)) if word]


def identity_key(first_name: str, last_name: str) -> tuple[str, str]:
    """Key under which two roster lines are probably the same person.

    Order-insensitive, because exports disagree on which column holds the first name.
    """
    first = " ".join(words(first_name))
    last = " ".join(words(last_name))
    return (first, last) if first <= last else (last, first)


def search_text(*fields: str) -> str:
    """The string a search query is matched against: each word preceded by a space."""
    return "".join(" " + word for field in fields for word in words(field))


def query_terms(query: str) -> list[str]:
    """The terms of a typed query, each to be found at the start of a word."""
    return [" " + word for word in words(query)]


class NameIndex:
    """Search over many people, fast enough to filter on every keystroke.

    Each person is reduced once to a ``search_text``; a query matches when each of its terms
    starts a word of that text, in any order ("dup j" finds "Jeanne Dupont").
    """

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = list(texts)

    def __len__(self) -> int:
        return len(self._texts)

    def matches(self, query: str, among: Sequence[int] | None = None) -> list[int]:
        """Indexes of the people matching ``query``, in the order of ``among`` (default: all)."""
        terms = query_terms(query)
        candidates = range(len(self._texts)) if among is None else among
        if not terms:
            return list(candidates)
        texts = self._texts
        if len(terms) == 1:
            (term,) = terms
            return [i for i in candidates if term in texts[i]]
        return [i for i in candidates if all(term in texts[i] for term in terms)]
