"""Quantifiers: a share of a set against a count or another share, and two parts of one set.

    conflict      'intercepting the majority of the drones' / 'intercepting all ten drones'
                  ('the majority' means more than half and, as a reader takes it, not all)
    conflict      'none of them had been vaccinated' / 'three of the 17 had received a dose'
    conflict      'evacuated all 320 households' / 'about half of the households stayed'
                  (two parts of one set must add up to the whole)
    compatible    'most of the staff' / '30 of the 40 staff'
    trap          'all 40 staff' / '12 of them were managers' (a subset, not the same predicate)
    trap          'half of all voters backed it' / 'most voters' ('of all' names the whole a share is
                  taken of: no 'all' of its own)
    trap          'all the content' / 'no easy way' (kinds of one abstraction are no one set)

Shares are intervals over 0..1 (``factcheck.quantities``); the gate of
``factcheck.rules.referents`` decides first whether the two are about one set at one time.
"""

from __future__ import annotations

from factcheck.quantities import NOT_ALL, Comparison, Interval, Outcome, Quantity, unrelated
from factcheck.rules.base import Rule, quantity_comparisons, strongest
from factcheck.rules.numbers import compare_amounts, compare_changes
from factcheck.rules.referents import complementary, counted_alike, is_about_shares, is_date, not_comparable
from factcheck.types import Claim, Kind, RuleResult



def describe_share(share: Interval) -> str:
    if share.is_point:
        return {1.0: "all", 0.0: "none"}.get(share.low, f"{share.low:.0%}")
    if share == NOT_ALL:
        return "more than half but not all"
    if share.low == 0 and share.high == 1:
        return "at least one"
    return f"between {share.low:.0%} and {share.high:.0%}"


def _compare_shares(a: Quantity, b: Quantity, what: str) -> Comparison | None:
    if a.proportion is None or b.proportion is None or a.proportion.overlaps(b.proportion):
        return None
    for x, y in ((a, b), (b, a)):
        if x.proportion == NOT_ALL and y.proportion.is_point and y.proportion.low == 1:
            reason = f"'{x.text}' implies not all, but the other claim says '{y.phrase}'"
            return Comparison(Outcome.CONFLICTING, reason, Kind.QUANTIFIER, True)
    reason = (f"'{a.text}' means {describe_share(a.proportion)} of the {what or 'set'}, "
              f"but '{b.text}' means {describe_share(b.proportion)}")
    return Comparison(Outcome.CONFLICTING, reason, Kind.QUANTIFIER, True)


def _compare_parts(a: Quantity, b: Quantity, what: str) -> Comparison:
    """'evacuated all 320 households' / 'about half of the households stayed': two parts of one
    set, so their shares must be able to add up to the whole; 'all 40 passengers survived' leaves
    none to have died."""
    split = f"the {what or 'group'} split two ways"
    if a.proportion is not None and b.proportion is not None:
        if a.proportion.overlaps(b.proportion.complement_share()):
            reason = f"{split}, and '{a.phrase}' and '{b.phrase}' can add up to all of them"
            return Comparison(Outcome.COMPATIBLE, reason, Kind.QUANTIFIER, True)
        reason = (f"{split}, so '{a.phrase}' and '{b.phrase}' must add up to all of them; "
                  f"{describe_share(a.proportion)} and {describe_share(b.proportion)} cannot")
        return Comparison(Outcome.CONFLICTING, reason, Kind.QUANTIFIER, True)
    for whole, part in ((a, b), (b, a)):
        if whole.proportion == Interval.exactly(1) and part.proportion is None and part.count and part.count.low > 0:
            reason = f"{split}, and '{whole.phrase}' leaves none for '{part.phrase}'"
            return Comparison(Outcome.CONFLICTING, reason, Kind.QUANTIFIER, True)
    return unrelated(f"{split}; the figures cannot be compared", same=True)


def compare_shares(a: Quantity, b: Quantity, same_thing: bool | None = None) -> Comparison | None:
    """The comparison of a share with a count or share, or None when the pair is not this rule's."""
    if is_date(a) or is_date(b) or not is_about_shares(a, b):
        return None
    reason = not_comparable(a, b, same_thing)
    if reason is not None:
        return reason
    what = a.referent_text or b.referent_text
    if complementary(a, b):
        return _compare_parts(a, b, what)
    if a.direction or b.direction:
        return compare_changes(a, b, what)
    return _compare_shares(a, b, what) or compare_amounts(a, b, what, Kind.QUANTIFIER)


def compare(a: Claim, b: Claim) -> RuleResult | None:
    return strongest(RULE.name, quantity_comparisons(a, b, compare_shares, counted_alike), a, b)


RULE = Rule("quantifiers", (Kind.QUANTIFIER,), "a share against a count, or two parts of one set", compare)
