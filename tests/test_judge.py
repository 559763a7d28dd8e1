"""How the judge weighs the model's word against what the claims say, with fixed model outputs."""

from __future__ import annotations

import pytest

from factcheck.claims import extract_claims
from factcheck.findings import MODEL_ONLY_ERROR_SCORE
from factcheck.judge import MODEL_ONLY_WEIGHT, SAME_STATEMENT_CAP, judge_pair
from factcheck.segment import split_sentences
from factcheck.types import Claim, Kind, NLIProbs, Pair, Span
from tests.claim_helpers import parsed_pair

SURE_CONTRADICTION = NLIProbs(entailment=0.02, neutral=0.03, contradiction=0.95)
# the score of a model-only contradiction the judge finds no reason to weigh down
MODEL_SURE = 0.95 * MODEL_ONLY_WEIGHT


def pair_of(first: str, second: str) -> Pair:
    text = f"{first}\n\n{second}"
    claims = extract_claims(text, split_sentences(text))
    return Pair(claims[0], claims[-1], ("test",))


@pytest.mark.parametrize(("first", "second"), [
    ("Gordon Gollob was a fighter pilot during World War II.",
     "Gordon Gollob was an Austrian fighter pilot during World War II."),
    ("He sold the agency to Omnicom in 1998.", "He sold the agency to Omnicom Group in 1998."),
    # 'He' and the name are one subject
    ("He was born on June 16, 1912, in Vienna, Austria.", "Gordon Gollob was born on June 16, 1912."),
])
def test_a_claim_that_only_adds_detail_is_not_a_contradiction(first: str, second: str) -> None:
    verdict = judge_pair(pair_of(first, second), SURE_CONTRADICTION, SURE_CONTRADICTION)
    assert verdict.score <= SAME_STATEMENT_CAP


@pytest.mark.parametrize(("first", "second"), [
    ("The council approved the plan.", "The council never approved the plan."),  # the added word denies
    # words differ on both sides; the parse reads 'The show aired ...' as one noun phrase, and the
    # frame still gives 'aired' its subject, so one act is shown
    ("The show aired on Zee Bangla.", "The show aired on Star Jalsha."),
    # the dates agree, the universities do not: agreeing dates must not lower the model's score
    ("He completed a PhD in biochemistry at McGill University in 1948.",
     "He completed his PhD in biochemistry at the University of Montreal in 1948."),
])
def test_model_contradiction_stands_where_claims_differ_in_substance(first: str, second: str) -> None:
    verdict = judge_pair(pair_of(first, second), SURE_CONTRADICTION, SURE_CONTRADICTION)
    assert verdict.score >= MODEL_SURE  # nothing weighs it down; a rule behind it raises it


@pytest.mark.parametrize(("first", "second"), [
    # related, compatible, and about different acts: the small model's typical false alarm
    ("The mayor opened the new library on Monday.", "The mayor criticised the library budget on Monday."),
    ("The airline cut 300 pilot jobs last year.", "The airline's pilots voted to strike last year."),
])
def test_model_only_contradiction_between_different_acts_weighs_a_third(first: str, second: str) -> None:
    verdict = judge_pair(pair_of(first, second), SURE_CONTRADICTION, SURE_CONTRADICTION)
    assert verdict.kind is Kind.GENERAL
    assert verdict.score < 0.35


@pytest.mark.parametrize(("first", "second"), [
    ("The neighbouring fuel depot was not damaged.",
     "Flames also damaged the roof of the neighbouring fuel depot before crews could cool its tanks."),
    ("The council did not approve the plan.", "The council approved the plan."),
])
def test_denial_of_what_the_other_claim_asserts_is_a_negation_conflict(first: str, second: str) -> None:
    verdict = judge_pair(pair_of(first, second), None, None)
    assert verdict.kind is Kind.NEGATION and verdict.score >= 0.85


@pytest.mark.parametrize(("first", "second"), [
    ("The Senate did not pass the bill.", "The House passed the bill."),
    # the assertion is inside the denial, which denies something else
    ("After Japan surrendered, the army did not fight.", "Japan surrendered."),
])
def test_denial_of_a_different_statement_is_no_negation_conflict(first: str, second: str) -> None:
    verdict = judge_pair(pair_of(first, second), None, None)
    assert verdict.score == 0


def test_a_contracted_negation_is_not_mere_added_detail() -> None:
    # Both claims built without polarity, as a caller may: the judge still sees "won't" deny.
    a = Claim(0, "Two hospitals did tempt Regina to smile.", Span(0, 40), 0)
    b = Claim(1, "Two hospitals won't tempt Regina to smile.", Span(41, 83), 1)
    verdict = judge_pair(Pair(a, b, ("test",)), SURE_CONTRADICTION, SURE_CONTRADICTION)
    assert verdict.score == pytest.approx(MODEL_SURE)


def test_model_contradiction_between_two_subsets_of_one_count_is_discounted() -> None:
    verdict = judge_pair(pair_of("About 12,000 runners took part.", "Four runners were taken to hospital."),
                         SURE_CONTRADICTION, SURE_CONTRADICTION)
    assert verdict.score < MODEL_SURE and "compatible" in verdict.explanation


def test_model_contradiction_between_amounts_at_two_times_is_discounted() -> None:
    verdict = judge_pair(pair_of("The women's race was won by Grace Wanjiru in 2 hours 21 minutes.",
                                 "Last year's winner finished in 2 hours 24 minutes."),
                         SURE_CONTRADICTION, SURE_CONTRADICTION)
    assert verdict.score < MODEL_SURE


def test_model_contradiction_is_not_discounted_for_one_measure_in_claims_with_two_periods() -> None:
    # '60 kg' names the class both claims are about; the periods are where they disagree
    verdict = judge_pair(pair_of("Izumi was the first man to win the 60 kg title since Kosei Inoue in 2001.",
                                 "Izumi was the first man to win the 60 kg title since Tadahiro Nomura in 1999."),
                         SURE_CONTRADICTION, SURE_CONTRADICTION)
    assert verdict.score == pytest.approx(MODEL_SURE)


def test_model_contradiction_between_two_of_a_series_is_discounted() -> None:
    # a live report's scores at the end of each half: two moments, not one score told twice
    discounted = judge_pair(pair_of("First half ends, Rovers 1, Albion 0.", "Second half ends, Rovers 1, Albion 2."),
                            SURE_CONTRADICTION, SURE_CONTRADICTION)
    full = judge_pair(pair_of("Full time: Rovers 1, Albion 0.", "Full time: Rovers 1, Albion 2."),
                      SURE_CONTRADICTION, SURE_CONTRADICTION)
    assert discounted.score < full.score and "two of a series" in discounted.explanation


def test_a_model_only_contradiction_weighs_half_and_fails_a_build_only_when_the_model_is_sure() -> None:
    assert MODEL_ONLY_WEIGHT == 0.5
    assert MODEL_ONLY_ERROR_SCORE == pytest.approx(0.9 * MODEL_ONLY_WEIGHT)


# --- what a model-only finding is called, and how explanations read (issue 14) -----------------

@pytest.mark.parametrize(("first", "second"), [
    ("Edward rejected her declarations of love.", "Edward accepted her declarations of love."),
    ("The mood in the hall was calm on Monday.", "The mood in the hall was tense on Friday."),
    ("Twelve people were hurt in the crash.", "Eight people were hurt in the crash on the bridge."),
])
def test_a_contradiction_with_no_rule_behind_it_is_of_kind_general(first: str, second: str) -> None:
    """Model-only findings used to be called numeric, date or negation from the words that differ,
    so `[severities] general = ...` never reached them."""
    verdict = judge_pair(pair_of(first, second), SURE_CONTRADICTION, SURE_CONTRADICTION)
    if not any(rule.outcome == "conflicting" for rule in verdict.rules):
        assert verdict.kind is Kind.GENERAL


def test_model_explanation_quotes_the_one_phrase_that_differs_whole() -> None:
    verdict = judge_pair(pair_of("The shop on the corner sells fresh bread.",
                                 "The shop on the corner sells winter shoes."),
                         SURE_CONTRADICTION, SURE_CONTRADICTION)
    assert "reads 'fresh bread' against 'winter shoes' as contradictory" in verdict.explanation


def test_model_explanation_quotes_nothing_when_claims_differ_in_many_places() -> None:
    verdict = judge_pair(pair_of("A fire destroys the grain warehouse at the harbour.",
                                 "The fire broke out at the north end of the harbour on Monday."),
                         SURE_CONTRADICTION, SURE_CONTRADICTION)
    assert "reads the two claims as contradictory" in verdict.explanation
    assert "against" not in verdict.explanation


@pytest.mark.parametrize(("source_a", "source_b", "starts"), [
    ("Judge Caroline Ainsworth", "The court was", "Judge Caroline Ainsworth and what the court was told disagree: "),
    ("The police", "organisers", "The police and organisers disagree: "),
    ("organisers", "The police", "Organisers and the police disagree: "),
])
def test_attributed_explanation_reads_as_a_sentence(source_a: str, source_b: str, starts: str) -> None:
    from factcheck.judge import attributed_explanation

    text = attributed_explanation(source_a, source_b, "The amounts differ.")
    assert text == starts + "the amounts differ."


def test_two_sources_disagreeing_on_an_amount_read_well_end_to_end() -> None:
    verdict = judge_pair(pair_of("The court was told that the defendant paid 300 pounds.",
                                 "Judge Caroline Ainsworth said the defendant paid 500 pounds."), None, None)
    assert verdict.kind is Kind.ATTRIBUTED
    assert verdict.explanation.startswith("What the court was told and Judge Caroline Ainsworth disagree: ")


# One act on two occasions the rules read as both true: dated apart, and put in places that
# exclude each other or denied in one claim. A model contradiction on them weighs less.
TWO_OCCASIONS = [
    ("licensed_in_two_countries_in_two_years", "The drug was licensed in Canada in 2019.",
     "The drug was licensed in Japan in 2021."),
    ("denied_for_one_year_done_in_another", "The band did not tour in 2020.", "The band toured in 2022."),
    ("denied_on_one_day_done_on_another", "The minister did not visit the plant on Monday.",
     "The minister visited the plant on Thursday."),
]
# Traps: one occasion, so the model's contradiction keeps its weight (the rules may still miss it).
ONE_OCCASION = [
    ("denied_and_done_in_the_same_year", "The band did not tour in 2020.", "The band toured in 2020."),
    ("denied_with_no_time_of_its_own", "The minister did not visit the plant.",
     "The minister visited the plant on Thursday."),
    ("one_place_named_two_years", "The drug was licensed in Canada in 2019.", "The drug was licensed in 2021."),
    ("two_places_at_one_time", "The summit was held in Geneva in May.", "The summit took place in Vienna in May."),
]


def _parsed_verdict(first: str, second: str):
    claims_a, claims_b = parsed_pair(first, second)
    return judge_pair(Pair(claims_a[0], claims_b[-1], ("test",)), SURE_CONTRADICTION, SURE_CONTRADICTION)


@pytest.mark.parametrize(("name", "first", "second"), TWO_OCCASIONS, ids=[r[0] for r in TWO_OCCASIONS])
@pytest.mark.parametrize("flip", [False, True], ids=["a_b", "b_a"])
def test_model_contradiction_between_two_occasions_of_one_act_is_discounted(
        name: str, first: str, second: str, flip: bool) -> None:
    verdict = _parsed_verdict(*((second, first) if flip else (first, second)))
    assert verdict.score < MODEL_SURE and "two occasions" in verdict.explanation


@pytest.mark.parametrize(("name", "first", "second"), ONE_OCCASION, ids=[r[0] for r in ONE_OCCASION])
@pytest.mark.parametrize("flip", [False, True], ids=["a_b", "b_a"])
def test_model_contradiction_about_one_occasion_keeps_its_weight(name: str, first: str, second: str,
                                                                   flip: bool) -> None:
    verdict = _parsed_verdict(*((second, first) if flip else (first, second)))
    assert "two occasions" not in verdict.explanation
