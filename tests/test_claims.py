"""Claim extraction: clause splitting, attribution, polarity, hedges, exact spans."""

from __future__ import annotations

import pytest

from factcheck.claims import extract_claims
from factcheck.segment import split_sentences
from factcheck.types import Polarity, Span


def claims_of(text: str):
    return extract_claims(text, split_sentences(text))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ten drones were launched, and all of them were shot down.",
         ["Ten drones were launched", "all of them were shot down."]),
        ("The mayor resigned; the council met on Monday.", ["The mayor resigned", "the council met on Monday."]),
        ("While the army intercepted most drones, debris killed five people.",
         ["the army intercepted most drones", "debris killed five people."]),
        ("Exports rose sharply, whereas imports fell by 3 percent.", ["Exports rose sharply", "imports fell by 3 percent."]),
        ("The bridge was closed but the tunnel stayed open.", ["The bridge was closed", "the tunnel stayed open."]),
        ("Police arrested two men, who were released on bail.",
         ["Police arrested two men", "who were released on bail."]),
        ("Nobody knows what caused the fire, which broke out on Monday night.",
         ["Nobody knows what caused the fire", "the fire, which broke out on Monday night."]),
        ("The prize went to Mette Frederiksen, who visited Kyiv in May.",
         ["The prize went to Mette Frederiksen", "Mette Frederiksen, who visited Kyiv in May."]),
        ("He bought bread and milk at the shop.", ["He bought bread and milk at the shop."]),
        ("The team won, and so on.", ["The team won, and so on."]),
        ("The firm said that demand remained strong and that energy costs forced the closure.",
         ["demand remained strong", "energy costs forced the closure."]),
    ],
)
def test_sentence_splits_into_atomic_claims(sentence: str, expected: list[str]) -> None:
    assert [claim.text for claim in claims_of(sentence)] == expected


def test_middle_relative_clause_is_a_claim_nested_in_its_main_clause() -> None:
    claims = claims_of("The attack, which began at 2 a.m., killed five people.")
    assert [c.text for c in claims] == ["The attack, which began at 2 a.m., killed five people.",
                                        "The attack, which began at 2 a.m."]
    assert claims[0].span.contains(claims[1].span)


def test_relative_clause_runs_past_the_comma_inside_a_number() -> None:
    claims = claims_of("The warehouse, which held about 4,000 tonnes of grain, was destroyed.")
    assert claims[1].text == "The warehouse, which held about 4,000 tonnes of grain"


@pytest.mark.parametrize(
    "sentence, claim, source",
    [
        ("The mayor said that ten drones were shot down.", "ten drones were shot down.", "The mayor"),
        ("Police said five people died in the fire.", "five people died in the fire.", "Police"),
        ("Five people died in the fire, police said.", "Five people died in the fire", "police"),
        ("Five people died in the fire, said the mayor.", "Five people died in the fire", "the mayor"),
        ("According to the ministry, 40 homes were damaged.", "40 homes were damaged.", "the ministry"),
        ("40 homes were damaged, according to the ministry.", "40 homes were damaged", "the ministry"),
        ('"We heard the sirens all night," Frederiksen stated, underscoring the danger.',
         "We heard the sirens all night", "Frederiksen"),
        ("Initial reports detail damage to residential buildings.",
         "Initial reports detail damage to residential buildings.", None),
        ("The drones hit three houses.", "The drones hit three houses.", None),
        ("In a letter to staff, Veltra insisted that demand remained strong.", "demand remained strong.", "Veltra"),
        ("On Monday, police said that two men were arrested.", "two men were arrested.", "police"),
        ("In the end, the team won the final comfortably.", "In the end, the team won the final comfortably.", None),
        ("During their ownership, they added a two-story wing to the rear of the home.",
         "During their ownership, they added a two-story wing to the rear of the home.", None),
        # a passive reporting verb is the claim's own verb, not a source speaking
        ("No casualties were reported after the landslide.", "No casualties were reported after the landslide.", None),
        ("Heavy damage was confirmed in three villages.", "Heavy damage was confirmed in three villages.", None),
        ("No arrests were reported after the match that ended in a brawl.",
         "No arrests were reported after the match that ended in a brawl.", None),
        # ... but a passive with 'that' still frames a claim
        ("Reporters were told on Monday that the plant would close.", "the plant would close.", "Reporters were"),
        # the hearer of 'told' is never 'that' or the claim's own figure
        ("The insurers were told that 19 boats had sunk.", "19 boats had sunk.", "The insurers were"),
        ("Police told reporters 40 homes were empty.", "40 homes were empty.", "Police"),
        ("The minister told local radio that 300 posts would go.", "300 posts would go.", "The minister"),
        ("The minister told reporters the depot would close.", "the depot would close.", "The minister"),
        ("The coroner told the court the driver had been speeding.", "the driver had been speeding.", "The coroner"),
        # a reporting verb whose object is a noun phrase reports nothing: the sentence is the claim
        ("The charity reported the theft to the police.", "The charity reported the theft to the police.", None),
        ("The brewer announced a 12% rise in profits.", "The brewer announced a 12% rise in profits.", None),
        ("In 1994 the owners added a glass roof to the market hall.",
         "In 1994 the owners added a glass roof to the market hall.", None),
        # ... while one that frames a clause still does, with or without 'that'
        ("The charity reported the theft had cost it 4,000 pounds.", "the theft had cost it 4,000 pounds.",
         "The charity"),
        ("The brewer announced profits would rise by 12%.", "profits would rise by 12%.", "The brewer"),
    ],
)
def test_attribution_frame_gives_claim_and_source(sentence: str, claim: str, source: str | None) -> None:
    (only,) = claims_of(sentence)
    assert (only.text, only.source) == (claim, source)


@pytest.mark.parametrize(
    "sentence, polarity",
    [
        ("The bridge was not damaged.", Polarity.NEGATIVE),
        ("No drones reached the city.", Polarity.NEGATIVE),
        ("The army never confirmed the strike.", Polarity.NEGATIVE),
        ("The mayor didn't resign.", Polarity.NEGATIVE),
        ("The ministry denied the report.", Polarity.NEGATIVE),
        ("The bridge was damaged.", Polarity.POSITIVE),
        ("Nothing was left of the plant.", Polarity.NEGATIVE),
        ("Another strike followed.", Polarity.POSITIVE),
        ("Science should reach everyone, not just experts.", Polarity.POSITIVE),  # widens, does not deny
        ("Smith batted through the day to finish on 96 not out.", Polarity.POSITIVE),  # a cricket score
        ("Smith was not out when the rain came.", Polarity.NEGATIVE),  # no score: a denial
        ('Holt founded the magazine "Growing Without Schooling".', Polarity.POSITIVE),  # a title
        ('He authored a book titled "Medals for Soldiers Who Didn\'t Shoot" in 1993.', Polarity.POSITIVE),
        ('"We did not see the drones," he said.', Polarity.NEGATIVE),  # quoted speech still denies
    ],
)
def test_negation_words_make_a_claim_negative(sentence: str, polarity: Polarity) -> None:
    assert claims_of(sentence)[0].polarity is polarity


@pytest.mark.parametrize(
    "sentence, hedged",
    [
        ("The strike may have killed ten people.", True),
        ("Ten people were reportedly killed.", True),
        ("The toll is expected to rise sharply.", True),
        ("The figures appear to be inflated.", True),
        ("The strike killed ten people.", False),
        ("Ten people were killed in the strike.", False),
        ("He was born on May 16, 1883, in Boston.", False),  # the month, not the modal
        ("The vote was held in May.", False),
        ("Flames damaged the roof before crews could cool its tanks.", False),  # a clause of time
        ("The roof may have been damaged before crews could cool its tanks.", True),
        # a directive opening the claim: what should be so
        ("Make sure every form field has a label.", True),
        ("Be sure that no caption is cut off.", True),
        ("Remember to test each page with a screen reader.", True),
        ("The audit ensured that every form had a label.", False),  # 'ensured' inside: an assertion
    ],
)
def test_hedge_words_mark_a_claim_hedged(sentence: str, hedged: bool) -> None:
    assert claims_of(sentence)[0].hedged is hedged


def test_claim_spans_quote_the_document_and_ids_follow_document_order() -> None:
    text = ("Kyiv was attacked overnight, and ten drones were shot down. "
            "The mayor said that five people died.\n\nWhile most drones were stopped, debris hit homes.")
    claims = claims_of(text)
    assert [c.id for c in claims] == list(range(len(claims)))
    assert [c.span.start for c in claims] == sorted(c.span.start for c in claims)
    for claim in claims:
        assert text[claim.span.start : claim.span.end] == claim.text == claim.text.strip()
    assert [c.sentence for c in claims] == [0, 0, 1, 2, 2]


def test_fragments_under_three_words_stay_with_their_neighbour() -> None:
    assert [c.text for c in claims_of("Prices rose; sharply.")] == ["Prices rose; sharply."]


def test_claims_of_an_empty_sentence_list_are_empty() -> None:
    assert extract_claims("", []) == []


def test_long_text_is_handled_in_bounded_time() -> None:
    text = "The army said that ten drones were shot down, and the mayor resigned. " * 2_000
    claims = claims_of(text)
    assert len(claims) == 4_000


def test_claim_quantities_carry_document_offsets() -> None:
    text = "Kyiv was quiet. The army said that ten drones were shot down."
    claim = claims_of(text)[-1]
    assert [text[q.span.start : q.span.end] for q in claim.quantities] == ["ten"]


def test_speaker_followed_by_said_is_the_source_not_the_claim() -> None:
    claims = claims_of("Mayor Helen Novak said the depot would open in May.")
    assert [(c.text, c.source) for c in claims] == [("the depot would open in May.", "Mayor Helen Novak")]
    assert claims[0].source_span == Span(0, len("Mayor Helen Novak"))
