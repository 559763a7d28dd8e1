"""Context: what a claim is about once 'he' or a surname alone is read against the article so far."""

from __future__ import annotations

from factcheck.claims import extract_claims
from factcheck.segment import split_sentences


def about(text: str, claim_start: str) -> frozenset[str]:
    claims = extract_claims(text, split_sentences(text))
    return next(c.about for c in claims if c.text.startswith(claim_start))


def test_he_is_resolved_to_a_person_named_in_full_before() -> None:
    text = "Mark Holt was jailed in May. He had been given a longer term than his sister."
    assert "holt" in about(text, "He had been")


def test_a_surname_alone_is_a_person_once_the_full_name_was_given_anywhere() -> None:
    text = ("Police said the money went to a business partner, Simon Breck. Breck, 61, did not appeal. "
            "He had been given a longer term than Hollis.")
    assert "breck" in about(text, "He had been")


def test_a_one_word_name_never_given_in_full_is_not_taken_for_a_person() -> None:
    text = "Northgate closed the plant in May. He opened another plant in June."
    assert "northgate" not in about(text, "He opened")
