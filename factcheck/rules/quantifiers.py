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
    compatible    'most shareholders backed the deal' / 'a third of shareholders rejected it'
                  (opposite acts split one set: the shares are its two parts, and can add up)
    conflict      'all of the trustees agreed to the payment' / 'two of the nine trustees refused it'
    conflict      'Every trustee of the museum backed the loan' / 'Two of the trustees opposed the loan'
                  (two sides taken on one thing: ``antonyms.opposite_stances``)
    conflict      'All five of the union's nominees won their seats' / 'Two of the union's nominees lost
                  their seats' (a part doing the opposite act leaves the whole short of 'all')
    conflict      'Every one of the choir's singers attended' / 'Four of the singers missed it' ('one'
                  after 'every' is each member, not a set of one)
    trap          'all five won their seats in Kent' / 'two lost their seats in Essex' (two named
                  places: parts of two sets)
    trap          'all the candidates passed the written test' / 'two failed the interview' (opposite
                  acts done to two things: one member may do both)
    trap          'half of the respondents backed the plan' / 'most respondents under 30 opposed it'
                  (a share of a set and a share of some of it); 'none of the voters' / 'most voters
                  in the north' still conflict ('none' and 'all' hold for every part)
    conflict      'the board approved the sale unanimously' / 'three trustees voted against' / 'by
                  eight votes to three' (votes against one motion)
    trap          'the committee unanimously backed the late bar' / 'the full council approved it by 41
                  votes to 6' (two bodies, two stages); 'approved the uniform unanimously' / 'four
                  governors voted against the budget' (two motions)
    restated      'All the climbers reached the summit' / 'Two of the climbers turned back' (acts the
                  parse cannot oppose): a conflict only if the model reads 'All of the climbers
                  turned back' as contradicting the whole's claim (``restated_parts``)

Shares are intervals over 0..1 (``factcheck.quantities``); the gate of
``factcheck.rules.referents`` decides first whether the two are about one set at one time.
"""

from __future__ import annotations

from factcheck.frames import Predicate
from factcheck.quantities import NOT_ALL, Comparison, Interval, Outcome, Quantity, unrelated
from factcheck.rules.alignment import frame, placed_apart, same_participant
from factcheck.rules.antonyms import opposed_predicates, opposite_stances
from factcheck.rules.base import Rule, around, quantity_comparisons, strongest
from factcheck.rules.numbers import compare_amounts, compare_changes
from factcheck.rules.referents import complementary, counted_alike, is_about_shares, is_date, not_comparable
from factcheck.types import Claim, Kind, Restatement, RuleResult


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


def _acts_of(claim: Claim, q: Quantity) -> list[Predicate]:
    """The predicates whose subject holds the amount: 'backed' for 'Most' in 'Most shareholders backed'."""
    return [p for p in frame(claim).predicates
            if (subject := p.agent or p.patient) is not None and subject.span.overlaps(q.span)]


def opposite_acts(a: Claim, qa: Quantity, b: Claim, qb: Quantity) -> bool:
    """The two amounts are the subjects of opposite acts (WordNet, as the antonym rule reads them):
    'backed' / 'rejected', 'agreed' / 'refused'. Such amounts count two parts of one set, unless
    the acts are put in different named places ('won their seats in Kent' / 'lost their seats in
    Essex': two parts of two sets) or done to two things ('passed the written test' / 'failed the
    interview': one candidate may do both)."""
    return any((opposed_predicates(x, y) or opposite_stances(x, y)) and not placed_apart(x.places, y.places)
               and same_participant(x.patient, y.patient) is not False
               for x in _acts_of(a, qa) for y in _acts_of(b, qb))


def _done_to_two_things(a: Claim, qa: Quantity, b: Claim, qb: Quantity) -> bool:
    """The amounts' acts are done to two things the parse tells apart ('passed the written test' /
    'failed the interview'), whatever the surface reading pairs the verbs as."""
    return any(same_participant(x.patient, y.patient) is False for x in _acts_of(a, qa) for y in _acts_of(b, qb))


def compare(a: Claim, b: Claim) -> RuleResult | None:
    def compare_in_claims(qa: Quantity, qb: Quantity, same_thing: bool | None) -> Comparison | None:
        if not (is_date(qa) or is_date(qb)) and is_about_shares(qa, qb) and opposite_acts(a, qa, b, qb):
            # opposite acts ('backed' / 'opposed') are what make two parts of one set, so the parse
            # is asked whether the two count one set with the acts left out
            same_thing = counted_alike(a, qa, b, qb, opposite_acts=True)
            return not_comparable(qa, qb, same_thing) or _compare_parts(qa, qb, qa.referent_text or qb.referent_text)
        if complementary(qa, qb) and _done_to_two_things(a, qa, b, qb):
            return unrelated("the two parts did their acts to two different things", same=True)
        return compare_shares(qa, qb, same_thing)
    return strongest(RULE.name, quantity_comparisons(a, b, compare_in_claims, counted_alike), a, b)


_ALL = Interval.exactly(1)
_RESTRICTORS = ("only ", "just ")


def restated_parts(a: Claim, b: Claim) -> Restatement | None:
    """A whole set in one claim ('All the climbers reached the summit') against a part of it doing
    an act the parse cannot set against the whole's ('Two of the climbers turned back'): the part's
    claim is restated of the whole ('All of the climbers turned back') for the model to read. If
    the two then contradict each other, no member can do both, so the part leaves 'all' wrong. The
    same gate as the rule's (one set, one time, no other place or subset) holds first. None where
    nothing is to restate.

    Not against 'none': 'None of the people sheltering in the metro has been hurt' / 'All the
    people spent Monday night in the metro' read as a contradiction to the model though nothing
    conflicts (the tune half's one false finding while this was built)."""
    if a.frame is None or b.frame is None:
        return None
    for qa in a.quantities:
        if qa.proportion != _ALL:
            continue
        for qb in b.quantities:
            if not _a_part(qb) or counted_alike(a, qa, b, qb, opposite_acts=True) is not True:
                continue
            if not_comparable(qa, qb, True) is not None or placed_apart(a.frame.places, b.frame.places):
                continue  # another time or subset; two scenes ('in Kent' / 'in Essex'): two sets
            restated = _of_all(b, qb)
            if restated is None:
                continue
            reason = (f"'{qa.phrase}' means all of them, but '{qb.phrase}' did otherwise: told of all of them, "
                      f"the NLI model reads the two claims as contradicting each other")
            conflict = RuleResult(RULE.name, "conflicting", Kind.QUANTIFIER, reason, qa.span, qb.span)
            return Restatement(premise=a.text, restated=restated, conflict=conflict, reading="opposite")
    return None


def _a_part(q: Quantity) -> bool:
    """Some but not necessarily all of a set: 'two', 'eight of the 30', 'most'."""
    if is_date(q) or q.direction or q.additional:
        return False
    if q.proportion is not None:
        return q.proportion.low > 0 and q.proportion != _ALL
    return q.count is not None and q.count.low >= 1


def _of_all(claim: Claim, q: Quantity) -> str | None:
    """The claim told of the whole set: the part's words ('Only eight of the 30') become 'all'."""
    parts = around(claim, q)
    if parts is None:
        return None
    before, after = parts
    for word in _RESTRICTORS:
        if before.lower().endswith(word):
            before = before[:-len(word)]
    if after.startswith(" of the") or after.startswith(" of "):
        words = "all"
    else:
        words = "all the"
    if not before:
        words = words.capitalize()
    return before + words + after


RULE = Rule("quantifiers", (Kind.QUANTIFIER,), "a share against a count, or two parts of one set", compare,
            restate=restated_parts)
