"""Which acts a claim states as facts: ``Predicate.modal`` marks the ones it does not (possible,
planned, conditional, prevented, hearsay), so the rules never set them against a fact. The
sentences are this file's own."""

from __future__ import annotations

import pytest

from factcheck.claims import extract_claims
from factcheck.segment import split_sentences


def modal_acts(sentence: str) -> dict[str, bool]:
    return {p.lemma: p.modal for claim in extract_claims(sentence, split_sentences(sentence))
            for p in (claim.frame.predicates if claim.frame else ())}


@pytest.mark.parametrize("sentence, act", [
    ("The committee may approve the extension.", "approve"),  # a modal auxiliary
    ("Shares reportedly fell on Monday.", "fall"),  # hearsay
    ("The firm plans to cut 40 jobs.", "cut"),  # a plan
    ("If the council rejects the bid, the club will appeal.", "reject"),  # a condition
    ("If prices rise again, the bank will act.", "rise"),
    # a condition opened by 'once' or 'when' in the present tense: whenever it happens
    ("Once a claim is approved, the insurer pays within a week.", "approve"),
    ("When a tenant misses a payment, the landlord sends a letter.", "miss"),
    ("Crews worked through the night to avoid the levee breaking.", "break"),  # kept from happening
    ("The scheme could still work while cutting costs.", "cut"),  # untensed, under a hedge
    # a to-clause a copula says something is: an aim, a plan or a task
    ("The trust's long-term aim is to halve waiting times.", "halve"),
    ("The idea was to reopen the pier by Easter.", "reopen"),
    ("His task is to audit the accounts.", "audit"),
    # a choice of 'either ... or', and what is joined to it
    ("The club will either sell the striker or loan him out.", "sell"),
    ("Publishers either drop the costly topics and don't write them, or they cut quality.", "write"),
])
def test_acts_not_stated_as_facts_are_modal(sentence: str, act: str) -> None:
    assert modal_acts(sentence)[act] is True


@pytest.mark.parametrize("sentence, act", [
    ("The committee approved the extension.", "approve"),
    ("The council voted to approve the plan.", "approve"),  # a vote to approve is the approval
    ("If anything, prices fell faster in March.", "fall"),  # 'if anything' opens no condition's clause
    ("The new rota worked well while cutting costs.", "cut"),  # untensed, under a fact
    ("The ward ran out of stock because the supplier failed to deliver.", "fail"),  # a cause, not a condition
    ("Engineers avoided the flooded road.", "avoid"),  # the avoiding itself happened
    ("The council was quick to reopen the pier.", "reopen"),  # the copula is the adjective's, not the act's
    ("Police closed roads at either end of the valley.", "close"),  # 'either' as a determiner offers no choice
    # in the past, 'once' and 'when' tell when a fact happened
    ("Once the claim was approved, the insurer paid within a week.", "approve"),
    ("When the tenant missed a payment, the landlord sent a letter.", "miss"),
])
def test_acts_stated_as_facts_are_not_modal(sentence: str, act: str) -> None:
    assert modal_acts(sentence)[act] is False


def habitual_acts(sentence: str) -> dict[str, bool]:
    return {p.lemma: p.habitual for claim in extract_claims(sentence, split_sentences(sentence))
            for p in (claim.frame.predicates if claim.frame else ())}


@pytest.mark.parametrize("sentence, act, habitual", [
    ("The trust usually publishes its report in July.", "publish", True),
    ("The band has traditionally named its albums after cities.", "name", True),
    ("The trust published its report in July.", "publish", False),
    ("The trust has not published its report.", "publish", False),
])
def test_a_frequency_adverb_makes_an_act_a_habit(sentence: str, act: str, habitual: bool) -> None:
    assert habitual_acts(sentence)[act] is habitual
