"""The one interface every rule implements, and the helpers rules share.

A rule reads two claims and answers one question about one kind of conflict ("do these two
claims give two different counts of the same thing?"). It returns the most telling
``RuleResult`` it found, conflicts first, then a finding that the two agree (which lowers a model
contradiction resting on them), then an explanation of why a likely-looking pair is not a
conflict (a hedge, another time); or None when it has nothing to say about the pair.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from factcheck.claims import hedge_positions, hedged_at
from factcheck.quantities import Comparison, Interval, Outcome, Quantity, QuantityKind
from factcheck.types import Claim, Kind, Polarity, Restatement, RuleResult, Span

Compare = Callable[[Claim, Claim], "RuleResult | None"]
Restate = Callable[[Claim, Claim], "Restatement | None"]


@dataclass(frozen=True)
class Rule:
    """One kind of comparison: its name (as in ``RuleResult.rule``), the kinds it reports, what it
    checks in one line, and the function that does it. ``restate``, where a rule has one, names the
    conflict it would find if the two claims told one act, for the judge to have the model confirm
    (``types.Restatement``)."""

    name: str
    kinds: tuple[Kind, ...]
    checks: str
    compare: Compare
    restate: Restate | None = None


_OUTCOME_ORDER = {Outcome.CONFLICTING: 0, Outcome.COMPATIBLE: 1, Outcome.UNRELATED: 2}
OUTCOME_RANK = {"conflicting": 0, "compatible": 1, "unrelated": 2}

# Two quantities (or dates) and what comparing them found.
Compared = tuple[Quantity, Quantity, Comparison]


def _hedged_for(claim: Claim, q: Quantity) -> bool:
    """The claim is hedged and the hedge reaches ``q``: a modal in a later clause of its own ('asked
    how much the plant would draw') leaves a figure outside it asserted. A claim marked hedged for
    no word in its text stays hedged throughout."""
    if not claim.hedged:
        return False
    return not hedge_positions(claim.text) or hedged_at(claim.text, q.span.start - claim.span.start)


# An amount someone argued, called or voted for, proposed or demanded is a proposal, not what
# happened: 'Salas argued for a reduction of 25 basis points' / 'the bank cut by 50 basis points'.
# A closed class of verbs of asking and proposing, with up to four words between it and the amount.
_PROPOSED = re.compile(
    r"\b(?:(?:argu|call|push|press|lobb|campaign|vot|ask|plead|bid)\w*\s+for|"
    r"propos\w*|suggest\w*|recommend\w*|demand\w*|urg(?:e|es|ed|ing)|sought|seek\w*)\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE)


def proposed(claim: Claim, q: Quantity) -> bool:
    """The amount ``q`` is what someone proposed or asked for in ``claim``, not a fact it states."""
    return bool(_PROPOSED.search(claim.text[:max(0, q.span.start - claim.span.start)]))


def around(claim: Claim, q: Quantity) -> tuple[str, str] | None:
    """The claim's text before and after the words of ``q``, for a rule that restates the claim with
    other words in their place; None where the claim's text does not hold them there."""
    start, end = q.span.start - claim.span.start, q.span.end - claim.span.start
    if claim.text[start:end] != q.text:
        return None
    return claim.text[:start], claim.text[end:]


def in_context(c: Comparison, qa: Quantity, qb: Quantity, a: Claim, b: Claim) -> Comparison:
    """A conflict does not count when a claim is hedged, proposes the amount, or denies it."""
    if c.outcome is not Outcome.CONFLICTING:
        return c
    if _hedged_for(a, qa) or _hedged_for(b, qb):
        return replace(c, outcome=Outcome.UNRELATED, reason=f"{c.reason}; but one claim is hedged")
    if proposed(a, qa) or proposed(b, qb):
        return replace(c, outcome=Outcome.UNRELATED, reason=f"{c.reason}; but one amount is only proposed")
    for claim, q in ((a, qa), (b, qb)):
        zero = q.kind is QuantityKind.QUANTIFIER and q.proportion == Interval.exactly(0)
        if claim.polarity is Polarity.NEGATIVE and not zero:
            return replace(c, outcome=Outcome.UNRELATED, reason=f"{c.reason}; but one claim is negated")
    return c


QuantityCompare = Callable[[Quantity, Quantity, "bool | None"], "Comparison | None"]


def quantity_comparisons(a: Claim, b: Claim, compare: QuantityCompare,
                         alike: Callable[[Claim, Quantity, Claim, Quantity], "bool | None"] | None = None
                         ) -> list[Compared]:
    """``compare`` on every pair of quantities, one from each claim, kept where they are about one
    thing; ``alike`` says, from the claims' frames, whether the two count the same thing."""
    pairs = ((qa, qb, compare(qa, qb, alike(a, qa, b, qb) if alike else None))
             for qa in a.quantities for qb in b.quantities)
    return [(qa, qb, c) for qa, qb, c in pairs if c is not None and c.same_referent]


def strongest(rule: str, comparisons: Iterable[Compared], a: Claim, b: Claim) -> RuleResult | None:
    """The most telling comparison (conflicts first, then agreement, then the rest; ties by position),
    each read in the context of its claims (a hedge or a denial silences a conflict)."""
    best: tuple[tuple[int, Span, Span], RuleResult] | None = None
    for qa, qb, c in comparisons:
        c = in_context(c, qa, qb, a, b)
        order = (_OUTCOME_ORDER[c.outcome], qa.span, qb.span)
        if best is None or order < best[0]:
            best = (order, RuleResult(rule, c.outcome.value, c.kind, c.reason, qa.span, qb.span))
    return best[1] if best else None
