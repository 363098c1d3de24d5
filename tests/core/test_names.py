from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.names import NameIndex, fold, identity_key, search_text, tidy, words

FRENCH_LETTERS = "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæABCDEFGHIJKLMNOPQRSTUVWXYZÀÂÇÉÈÊËÎÏÔÖÙÛÜŒÆ"
name_parts = st.text(alphabet=FRENCH_LETTERS, min_size=1, max_size=12)


def test_fold_ignores_case_accents_ligatures_and_apostrophes() -> None:
    assert fold("  Hélène   LEFÈVRE ") == "helene lefevre"
    assert fold("Lecœur") == fold("LECOEUR") == "lecoeur"
    assert fold("D’Almeida") == fold("d'almeida")
    assert fold("Straße") == "strasse"


def test_tidy_keeps_the_name_but_normalises_spacing_and_composition() -> None:
    decomposed = "He\u0301le\u0300ne"
    assert tidy(f"  {decomposed}\n  Dupont ") == "Hélène Dupont"


def test_words_split_on_hyphens_apostrophes_and_dots() -> None:
    assert words("Jean-Pierre D'Almeida") == ["jean", "pierre", "d", "almeida"]
    assert words("Élu·e") == ["elu", "e"]


def test_identity_key_is_order_and_spelling_insensitive() -> None:
    assert identity_key("Jeanne", "Dupont") == identity_key("DUPONT", "jeanne")
    assert identity_key("Anne-Sophie", "Lefèvre") == identity_key("anne sophie", "LEFEVRE")
    assert identity_key("Jeanne", "Dupont") != identity_key("Jeanne", "Dupond")


def test_search_finds_by_the_start_of_words_in_any_order() -> None:
    people = [("Jeanne", "Dupont"), ("Jean", "Dupuis"), ("Hélène", "Lefèvre"), ("Jeanne", "Martin")]
    index = NameIndex([search_text(first, last) for first, last in people])
    assert index.matches("dup j") == [0, 1]
    assert index.matches("dup jeanne") == [0]
    assert index.matches("jeanne dup") == [0]
    assert index.matches("HELENE") == [2]
    assert index.matches("lefe") == [2]
    assert index.matches("pont") == []
    assert index.matches("") == [0, 1, 2, 3]
    assert index.matches("j", among=[3, 0]) == [3, 0]


@given(st.text(max_size=30))
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(name_parts, name_parts)
def test_identity_key_is_symmetric(first: str, last: str) -> None:
    assert identity_key(first, last) == identity_key(last, first)


@given(st.lists(st.tuples(name_parts, name_parts), min_size=1, max_size=20), st.data())
def test_every_person_is_found_by_a_prefix_of_each_name(people: list[tuple[str, str]], data: st.DataObject) -> None:
    index = NameIndex([search_text(first, last) for first, last in people])
    chosen = data.draw(st.integers(0, len(people) - 1))
    first, last = people[chosen]
    first_word, last_word = words(first)[0], words(last)[0]
    query = f"{last_word[: data.draw(st.integers(1, len(last_word)))]} {first_word[:1]}".upper()
    assert chosen in index.matches(query)


def reference_match(query: str, first: str, last: str) -> bool:
    """The rule in plain words: each query word starts some word of the name."""
    name_words = words(first) + words(last)
    return all(any(word.startswith(term) for word in name_words) for term in words(query))


@given(st.lists(st.tuples(name_parts, name_parts), max_size=20), st.text(alphabet=FRENCH_LETTERS + " -'", max_size=8))
def test_index_agrees_with_the_plain_rule(people: list[tuple[str, str]], query: str) -> None:
    index = NameIndex([search_text(first, last) for first, last in people])
    expected = [i for i, (first, last) in enumerate(people) if reference_match(query, first, last)]
    assert index.matches(query) == expected
