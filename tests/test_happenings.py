"""What ``factcheck.happenings`` reads off the parse: the acts and events a claim tells, with their
places, times and how many of them there can be."""

from __future__ import annotations

import pytest

from factcheck.claims import extract_claims
from factcheck.happenings import Happening
from factcheck.segment import split_sentences


def happenings(text: str) -> list[tuple[Happening, str]]:
    """Every happening of every claim of ``text``, with the claim's text."""
    claims = extract_claims(text, split_sentences(text))
    return [(h, c.text) for c in claims for h in (c.frame.happenings if c.frame else ())]


def one(text: str, lemma: str) -> Happening:
    [found] = [h for h, _ in happenings(text) if h.lemma == lemma]
    return found


def quoted(text: str, span) -> str:
    return text[span.start:span.end]


def test_event_noun_with_its_place_and_time() -> None:
    text = "Around 300 parents attended a consultation meeting at Ashby Community Hall on Monday evening."
    meeting = one(text, "meeting")
    assert [p.name for p in meeting.places] == ["Ashby Community Hall"]
    assert meeting.kinds == {"consultation"} and meeting.indefinite and not meeting.unique


def test_where_clause_puts_the_act_at_the_place_it_hangs_from() -> None:
    text = "The hearing will take place at Sheffield Crown Court, where Heller was tried."
    tried = one(text, "try")
    assert [p.name for p in tried.places] == ["Sheffield Crown Court"] and tried.definite


def test_occasion_takes_the_place_and_time_of_its_clause() -> None:
    text = ("At the budget meeting in Nantwich, councillors approved the plan. Speaking at the meeting, "
            "she told the hall at Ferncliffe Academy on Monday night that it was wrong.")
    meetings = [h for h, claim in happenings(text) if h.lemma == "meeting" and claim.startswith("Speaking")]
    assert [p.name for p in meetings[0].places] == ["Ferncliffe Academy"]
    assert [quoted(text, t.span) for t in meetings[0].times] == ["Monday night"]


def test_bounding_preposition_marks_a_time_as_a_bound() -> None:
    text = "The river had been rising since Friday and peaked on Saturday."
    times = {quoted(text, t.span): t.bounds for h, _ in happenings(text) for t in h.times}
    assert times == {"Friday": True, "Saturday": False}


def test_how_many() -> None:
    assert one("The first case was recorded in Tromsø.", "case").ordinal == "first"
    assert one("Police made two arrests in Leeds.", "arrest").repeated
    assert one("Another meeting took place in York.", "meeting").other
    assert one("The ministers will meet in Paris next week.", "meet").future
    assert one("His trial in 2021 lasted ten weeks.", "trial").unique


@pytest.mark.parametrize(("text", "word", "future"), [
    ("The minister offered to resign on 3 June.", "resign", True),
    ("The board voted to close the school on Monday.", "close", True),
    ("The union refused to end the strike.", "end", True),
    # what an intent verb takes as a noun is no plan: the vote and the budget are facts
    ("The senator voted against the party on the budget in May.", "vote", False),
    ("The councils agreed a deal in March.", "agree", False),
])
def test_an_act_after_an_offer_a_vote_or_a_refusal_has_not_happened(text: str, word: str, future: bool) -> None:
    assert one(text, word).future is future


def test_a_length_of_time_is_not_a_time() -> None:
    assert one("He was convicted after a ten-week trial at Leeds Crown Court.", "trial").times == ()


def test_article_states_which_place_lies_in_which() -> None:
    text = "The meeting was held in Harrogate, North Yorkshire. Fans gathered at Elland Road in Leeds."
    claims = extract_claims(text, split_sentences(text))
    assert {("harrogate", "north yorkshire"), ("elland road", "leeds")} <= claims[0].frame.place_links
    assert claims[0].frame.place_links == claims[-1].frame.place_links


def test_participle_the_tagger_reads_as_an_adjective_is_a_passive_act() -> None:
    text = "The trophy was stolen in 1966 by two men in overalls."
    stolen = one(text, "steal")
    assert stolen.pos == "v" and stolen.patient is not None and stolen.patient.lemma == "trophy"
    assert stolen.definite and [quoted(text, t.span) for t in stolen.times] == ["1966"]


def test_time_under_an_adverb_dates_the_act_unless_it_compares() -> None:
    text = "Staff were evacuated when the reservoir first breached its dam early on Sunday."
    assert [t.preposition for t in one(text, "breach").times] == ["on"]
    compared = "The auditor questioned the accounts as early as 2016."
    assert one(compared, "question").times == ()
