"""Negation: the same statement asserted in one claim and denied in the other.

    conflict      'the neighbouring fuel depot was not damaged' /
                  'flames also damaged the roof of the neighbouring fuel depot'
    conflict      'no charges were filed' / 'charges were filed against two men'
    trap          'not only the mayor but the council' (widens, does not deny)
    trap          'the plant may not reopen' / 'the plant reopened' (a hedge is not a denial)

Read from the frames: the denied act (a negated verb, or any act of a claim that denies its
subject exists: 'no weapon was discharged') must be the asserted act (the same verb or a WordNet
synonym: 'discharged' / 'fired'), with no participant that differs and something else shared (a
participant, a name, a noun). Claims read without a parse fall back to their content words: the
denial's words all recur in the asserting claim, or the two share nearly all their words.
"""

from __future__ import annotations

import re

from factcheck.claims import NEGATION
from factcheck.frames import Predicate
from factcheck.pairing import content_terms
from factcheck.rules.alignment import LIGHT_VERBS, frame, same_participant, same_predicate, shared_names
from factcheck.rules.base import Rule
from factcheck.types import Claim, Kind, Polarity, RuleResult

NEGATION_OVERLAP = 0.75  # share of content words two claims must share to be "the same statement"
# Negation words as content_terms stems them ("denied" -> "deni").
NEGATORS = frozenset({"not", "no", "never", "none", "n't", "nobody", "nothing", "neither", "nor", "without",
                      "deni", "deny", "cannot"})


def _negator_in(claim: Claim) -> str:
    match = NEGATION.search(claim.text)
    return match.group() if match else "not"


_DENIED_SUBJECT = re.compile(r"^(?:no|none|nobody|nothing|neither)\b", re.IGNORECASE)


def _denied_acts(claim: Claim) -> list[Predicate]:
    """The negated predicates, and those whose participant is denied ('No weapon was discharged')."""
    found = []
    for p in frame(claim).predicates:
        if p.lemma in LIGHT_VERBS:
            continue
        denied_participant = any(x is not None and _DENIED_SUBJECT.match(x.text) for x in (p.agent, p.patient))
        if p.negated or denied_participant:
            found.append(p)
    return found


def _anchored(a: Claim, b: Claim, x: Predicate, y: Predicate, shown_only: bool = False) -> bool:
    """A participant shown to be the same (or, for a verb, a name both claims are about), and none
    shown to differ. An act named by a noun ('injuries') needs the participant shown."""
    verdicts = (same_participant(x.agent, y.agent), same_participant(x.patient, y.patient))
    if False in verdicts:
        return False
    return True in verdicts or (not shown_only and bool(shared_names(a, b)))


def _framed(a: Claim, b: Claim) -> RuleResult | None:
    denied, asserted = (a, b) if a.polarity is Polarity.NEGATIVE else (b, a)
    nominals = frame(asserted).nominals
    for x in _denied_acts(denied):
        for y in frame(asserted).predicates + nominals:
            if y.negated or x.modal or y.modal or y.lemma in LIGHT_VERBS or not same_predicate(x, y, all_senses=True):
                continue
            if not _anchored(denied, asserted, x, y, shown_only=y in nominals):
                continue
            spans = (x.span, y.span) if denied is a else (y.span, x.span)
            return RuleResult(RULE.name, "conflicting", Kind.NEGATION,
                              f"one claim denies '{x.lemma}' ('{_negator_in(denied)}') and the other states it",
                              *spans)
    return None


def compare(a: Claim, b: Claim) -> RuleResult | None:
    if a.polarity == b.polarity or a.hedged or b.hedged:
        return None
    if a.frame is not None and b.frame is not None:
        return _framed(a, b)
    terms_a, terms_b = content_terms(a.text) - NEGATORS, content_terms(b.text) - NEGATORS
    if not terms_a or not terms_b:
        return None
    overlap = len(terms_a & terms_b) / min(len(terms_a), len(terms_b))
    denied = a if a.polarity is Polarity.NEGATIVE else b
    # A denial whose words all recur in the asserting claim denies it, however much detail that claim
    # adds: 'the depot was not damaged' against 'flames damaged the roof of the depot'.
    contained = (terms_a if denied is a else terms_b) <= (terms_b if denied is a else terms_a)
    if not contained and (overlap < NEGATION_OVERLAP or len(terms_a ^ terms_b) > 2):
        return None
    return RuleResult(RULE.name, "conflicting", Kind.NEGATION,
                      f"one claim states it and the other denies it ('{_negator_in(denied)}')")


RULE = Rule("negation", (Kind.NEGATION,), "one statement asserted and denied", compare)
