"""The parser's training copies with a sum of money (models/parser/augment.py): which phrases may
become a sum, and that the rewritten tree is GUM's annotation of a sum inside the original tree.
The sentences are this file's own, written as CoNLL-U rows."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "models" / "parser"))
import augment
import gum


def sentence(rows: str) -> tuple[gum.Word, ...]:
    """'form upos head deprel' per line; other CoNLL-U columns filled in."""
    lines = []
    for i, row in enumerate(rows.strip().splitlines(), start=1):
        form, upos, head, deprel = row.split()
        lines.append("\t".join([str(i), form, form.lower(), upos, "_", "_", head, deprel, "_", "_"]))
    return gum.parse_sentence(lines)


COUNCIL_PAID = sentence("""
The DET 2 det
council NOUN 3 nsubj
paid VERB 0 root
for ADP 6 case
the DET 6 det
land NOUN 3 obl
. PUNCT 3 punct
""")
SHE_JOINED = sentence("""
She PRON 2 nsubj
joined VERB 0 root
the DET 4 det
club NOUN 2 obj
last ADJ 6 amod
year NOUN 2 obl:unmarked
""")
WITH_CLAUSE = sentence("""
They PRON 2 nsubj
bought VERB 0 root
houses NOUN 2 obj
that PRON 5 nsubj
stood VERB 3 acl:relcl
""")


def _is_tree(words: tuple[gum.Word, ...]) -> bool:
    if sum(w.head == 0 for w in words) != 1:
        return False
    for start in range(1, len(words) + 1):
        seen, at = set(), start
        while at:
            if at in seen or not 1 <= at <= len(words):
                return False
            seen.add(at)
            at = words[at - 1].head
    return True


@pytest.mark.parametrize(("words", "nouns"), [
    (COUNCIL_PAID, ["council", "land"]),  # a subject, and an oblique with its preposition
    (SHE_JOINED, ["club"]),  # not 'year': a bare oblique is a time, not a sum's place
    (WITH_CLAUSE, []),  # a noun with a relative clause is no short phrase
])
def test_only_short_noun_phrases_in_a_sums_place_may_become_one(words, nouns) -> None:
    assert [words[i].form for i in augment.replaceable_phrases(words)] == nouns


def test_an_oblique_becomes_a_sum_that_keeps_its_preposition_and_relation() -> None:
    land = [w.form for w in COUNCIL_PAID].index("land")
    words = augment.with_sum(COUNCIL_PAID, land, "£", "4", "million")
    assert [w.form for w in words] == ["The", "council", "paid", "for", "£", "4", "million", "."]
    rows = {w.form: (words[w.head - 1].form if w.head else "ROOT", w.deprel) for w in words}
    assert rows["£"] == ("paid", "obl")
    assert rows["for"] == ("£", "case")
    assert rows["million"] == ("£", "nummod")
    assert rows["4"] == ("million", "compound")
    assert rows["."] == ("paid", "punct")
    assert _is_tree(words)


def test_a_subject_becomes_a_bare_sum_with_the_sign_glued_to_its_figure() -> None:
    words = augment.with_sum(COUNCIL_PAID, 1, "$", "80,000", None)
    assert [w.form for w in words][:3] == ["$", "80,000", "paid"]
    assert words[0].space_after is False and words[0].deprel == "nsubj" and words[0].head == 3
    assert (words[1].deprel, words[1].head) == ("nummod", 1)
    assert _is_tree(words)


def test_the_copies_are_repeatable_trees_and_leave_the_originals_alone() -> None:
    before = (COUNCIL_PAID, SHE_JOINED, WITH_CLAUSE) * 20
    first = list(augment.money_sentences(before, seed=3))
    assert first == list(augment.money_sentences(before, seed=3))
    assert 0 < len(first) < len(before)
    assert all(_is_tree(words) for words in first)
    assert all(any(w.form in augment.SIGNS for w in words) for words in first)
    assert COUNCIL_PAID[5].form == "land"
