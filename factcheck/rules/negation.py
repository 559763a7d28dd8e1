"""Negation: the same statement asserted in one claim and denied in the other.

    conflict      'the neighbouring fuel depot was not damaged' /
                  'flames also damaged the roof of the neighbouring fuel depot'
    conflict      'no charges were filed' / 'charges were filed against two men'
    trap          'not only the mayor but the council' (widens, does not deny)
    trap          'the plant may not reopen' / 'the plant reopened' (a hedge is not a denial)

Two claims of opposite polarity conflict when the denial's content words all recur in the
asserting claim, or when they share nearly all their content words.
"""

from __future__ import annotations

from factcheck.claims import NEGATION
from factcheck.pairing import content_terms
from factcheck.rules.base import Rule
from factcheck.types import Claim, Kind, Polarity, RuleResult

NEGATION_OVERLAP = 0.75  # share of content words two claims must share to be "the same statement"
# Negation words as content_terms stems them ("denied" -> "deni").
NEGATORS = frozenset({"not", "no", "never", "none", "n't", "nobody", "nothing", "neither", "nor", "without",
                      "deni", "deny", "cannot"})


def _negator_in(claim: Claim) -> str:
    match = NEGATION.search(claim.text)
    return match.group() if match else "not"


def compare(a: Claim, b: Claim) -> RuleResult | None:
    if a.polarity == b.polarity or a.hedged or b.hedged:
        return None
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
