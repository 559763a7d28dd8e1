"""Comparatives: one order stated both ways.

    conflict      'He had been given a longer term than Hollis' / 'Hollis received the stiffer of
                  the two sentences' (term = sentence in WordNet; long and stiff both say 'more')
    conflict      'Obi trails Faraday by three points' / 'the poll found Faraday running behind Obi'
    conflict      'Kelsall, who finished three places above Ashby' / 'Ashby, who ended the season
                  higher in the table than Kelsall' (above = higher)
    conflict      'The cut was deeper than economists had forecast' / 'The reduction was smaller
                  than the consensus forecast' (cut = reduction; deep / small opposed in WordNet)
    conflict      'ahead of St Luke's Hospital' / 'St Luke's, which beat Kingsmead'
    compatible    'X is larger than Y' / 'Y is smaller than X' (the same order, worded both ways)
    trap          'exports grew faster than imports' / 'imports grew faster than services' (other things)
    trap          'prices were higher in March' / 'lower in June' (two times: ``Claim.when``); 'a
                  year ago Italy's rate was above Spain's' / 'Spain's is now higher' (a period one
                  claim names and the other does not)
    conflict      'the northern route is shorter than the coastal road' / 'the coastal road is the
                  quicker and shorter of the two routes' (coordinated comparatives of a set of two)
    conflict      'Dennis finished the race ahead of Harlow' / 'Harlow finished the race ahead of
                  Dennis' (the race is the contest, not what is placed)
    trap          'X is taller than Y' / 'Y is heavier than X' (two scales)
    trap          'a longer term than Y' / 'Y paid a larger fine than X' (two measures)
    trap          'X is expected to overtake Y', 'X would be larger' (a forecast: not read as an order)
    trap          'the gap narrowed', 'X is as large as Y' (no order between two things)
    conflict      'the eastern pier is longer than the western one' / 'the western pier is longer than
                  the eastern pier' ('one' stands for the noun of the thing compared)
    conflict      'unemployment is higher in the valley than on the coast' / 'lower in the valley than
                  on the coast' (one measure across two settings: the settings are ordered)
    trap          'inflation was higher in March than in June' / 'wages were lower ...' (two measures)
    conflict      'fewer tourists visited the island this year than last year' / 'the island drew more
                  tourists this year than last year' (an amount across two times: the times are
                  ordered, the counted noun is the measure and the other participant its owner)
    trap          '... visited the island ...' / 'more tourists visited the mainland ...' (two owners)
    trap          'police said X ...' / 'organisers said Y ...' (two sources disagreeing)
    conflict      'the audit began before the merger' / 'the audit only started after the merger' (one
                  happening put before and after one thing)
    trap          'police made arrests before the match' / 'arrests after the match' (repeated acts)
    conflict      'the east wing was finished before the library' / 'the library was completed before
                  the east wing' (one act of two things, ordered both ways)
    compatible    'Okafor arrived before Lund' / 'Lund arrived after Okafor'
    trap          'the council approved the plan before the budget' (two participants: which one
                  'the budget' stands beside is not known, so no order of two things is read)

An order is (first thing, scale, direction, second thing), read off the parse by
``factcheck.orders``. Two orders conflict when they relate the same two things (names, a pronoun
resolved through ``Claim.about``, or the same or a WordNet-synonymous head noun) in opposite ways
on one scale, about one measure (the same or a synonymous noun, or none named).

Whether two scales are one comes from WordNet (``factcheck.lexicon``): the same adjective or one in
its similar-to cluster goes the same way (huge / large), an opposed one the other way (larger /
smaller, deeper / smaller, earlier / later). Which pole of a scale means 'more' of a measure is not
in WordNet; where two different adjectives grade one measure ('a longer term' / 'the stiffer
sentence'), each adjective's pole is read against ``SCALE_ANCHORS``, five pairs of dimension
adjectives, through WordNet's similar-to clusters and antonyms (stiff is similar to strong, light
to weak, lenient to light).
"""

from __future__ import annotations

from functools import lru_cache

from factcheck import lexicon
from factcheck.orders import AMOUNT_SCALE, Order, Thing
from factcheck.frames import Phrase
from factcheck.happenings import Happening
from factcheck.quantities import period_markers
from factcheck.rules.alignment import frame, happening_words, matching_happenings, same_act, same_participant
from factcheck.rules.base import Rule
from factcheck.types import Claim, Kind, RuleResult

MAX_SENSES = 3
# The poles of the dimensions WordNet's adjective scales hang from: (more, less).
SCALE_ANCHORS: tuple[tuple[str, str], ...] = (
    ("large", "small"), ("long", "short"), ("high", "low"), ("heavy", "light"), ("strong", "weak"),
)
# Stand-ins for 'what it is compared with' that name no thing of their own.
_STAND_INS = frozenset({"that", "those", "one", "ones", "either", "each", "any", "both"})


# ---------------------------------------------------------------------------------------------
# Scales
# ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=16384)
def _similar(x: str, y: str, depth: int = 2) -> bool:
    """One of the other's synonyms or in its similar-to cluster ('huge' and 'enormous' both hang under
    'large': two steps)."""
    try:
        return any(lexicon.same_meaning(x, y, pos, depth=depth, max_senses=MAX_SENSES) for pos in ("a", "r"))
    except (KeyError, ValueError):
        return False


@lru_cache(maxsize=16384)
def _opposed(x: str, y: str) -> bool:
    try:
        return any(lexicon.opposed(x, y, pos) for pos in ("a", "r"))
    except (KeyError, ValueError):
        return False


@lru_cache(maxsize=16384)
def scale_relation(x: str, y: str) -> int | None:
    """+1 when two graded words go the same way (large / huge), -1 when they go opposite ways
    (large / small, deep / small, early / late), None when WordNet does not relate them."""
    if x == y:
        return 1
    if AMOUNT_SCALE in (x, y):
        return None  # 'more' grades amounts, not the scale of another adjective
    # A recorded opposition outweighs two steps of similarity (early and late share a satellite).
    if _opposed(x, y):
        return None if _similar(x, y, depth=1) else -1
    return 1 if _similar(x, y) else None


@lru_cache(maxsize=4096)
def pole(adjective: str) -> int | None:
    """+1 when the adjective says 'more' of what it grades (long, stiff, harsh), -1 when 'less' (short,
    light, lenient), None when the anchors disagree or say nothing."""
    if adjective == AMOUNT_SCALE:
        return 1
    votes = set()
    for more, less in SCALE_ANCHORS:
        if adjective in (more, less):
            votes.add(1 if adjective == more else -1)
            continue
        if _similar(adjective, more) or _opposed(adjective, less):
            votes.add(1)
        if _similar(adjective, less) or _opposed(adjective, more):
            votes.add(-1)
    return votes.pop() if len(votes) == 1 else None


def _same_noun(x: str, y: str) -> bool:
    if x == y:
        return True
    try:
        return lexicon.same_meaning(x, y, "n", depth=1)
    except (KeyError, ValueError):
        return False


def _same_measure(a: Order, b: Order) -> bool:
    return a.measure is None or b.measure is None or _same_noun(a.measure, b.measure)


def relation(a: Order, b: Order) -> int | None:
    """Whether ``b``'s scale runs the same way as ``a``'s (+1), the other way (-1), or is another scale."""
    related = scale_relation(a.scale, b.scale)
    if related is None and a.measure and b.measure:
        pole_a, pole_b = pole(a.scale), pole(b.scale)
        if pole_a and pole_b:
            return pole_a * pole_b
    return related


# ---------------------------------------------------------------------------------------------
# Things
# ---------------------------------------------------------------------------------------------


def _names(thing: Thing, claim: Claim) -> frozenset[str]:
    """The names a thing goes by; a pronoun's are the names the claim is about that it does not spell out."""
    if thing.kind == "pronoun":
        return claim.about - frame(claim).names
    return thing.names


def same_thing(x: Thing, cx: Claim, y: Thing, cy: Claim) -> bool:
    """Two phrases for one thing: names that one contains, or the same head noun or a synonym."""
    if x.kind == "other" or y.kind == "other":
        return True
    names_x, names_y = _names(x, cx), _names(y, cy)
    if names_x and names_y:
        return names_x <= names_y or names_y <= names_x
    if names_x or names_y:
        (named, names), unnamed = ((x, names_x), y) if names_x else ((y, names_y), x)
        if unnamed.kind != "noun":
            return False
        # A name that opens a sentence and is also a common word ('Castor', 'Rovers', 'Labour') is
        # not read as a name there; it is still the other phrase's name. 'her brother' is 'Her
        # brother, Mark Holt'.
        opening_name = unnamed.text[:1].isupper() and bool({unnamed.word, unnamed.lemma} & names)
        return opening_name or (unnamed.lemma == named.lemma and unnamed.lemma not in names)
    if x.kind == "pronoun" or y.kind == "pronoun":
        return False
    if x.lemma in _STAND_INS or y.lemma in _STAND_INS:
        return False
    # 'the northern route' is not 'the coastal road', though WordNet has road and route as one.
    modifiers_agree = x.modifiers <= y.modifiers or y.modifiers <= x.modifiers
    return modifiers_agree and _same_noun(x.lemma, y.lemma)


def _roles(a: Order, ca: Claim, b: Order, cb: Claim) -> str | None:
    """'same' when both orders put the same thing first, 'swapped' when each puts first what the other
    puts second, None when they are not about the same two things (or it cannot tell which)."""
    if a.second.kind == "other" and b.second.kind == "other":
        return None  # two superlatives: their sets may differ
    if "other" in (a.second.kind, b.second.kind):
        # 'X is the stiffer of the two' ranks X above whoever else the other order names.
        (full, cf), (part, cp) = ((a, ca), (b, cb)) if b.second.kind == "other" else ((b, cb), (a, ca))
        first = same_thing(full.first, cf, part.first, cp)
        second = same_thing(full.second, cf, part.first, cp)
    else:
        first = same_thing(a.first, ca, b.first, cb) and same_thing(a.second, ca, b.second, cb)
        second = same_thing(a.first, ca, b.second, cb) and same_thing(a.second, ca, b.first, cb)
    if first == second:
        return None
    return "same" if first else "swapped"


# ---------------------------------------------------------------------------------------------
# The rule
# ---------------------------------------------------------------------------------------------


def _other_times(a: Claim, b: Claim) -> bool:
    """Dated apart, or one set in a period the other does not name ('a year ago Italy's rate was
    above Spain's' / 'Spain's is now higher'): an order can turn over time."""
    dated_apart = bool(a.when) and bool(b.when) and not set(a.when) & set(b.when)
    return dated_apart or period_markers(a.text) != period_markers(b.text)


def _other_sources(a: Claim, b: Claim) -> bool:
    return bool(a.source) and bool(b.source) and a.source.casefold() != b.source.casefold()


def conflict(a: Order, ca: Claim, b: Order, cb: Claim) -> bool:
    """Whether two orders relate the same two things in opposite ways on one scale and measure."""
    if not _same_measure(a, b):
        return False
    if a.owner is not None and b.owner is not None and not same_thing(a.owner, ca, b.owner, cb):
        return False  # 'the island drew more tourists' / 'more tourists visited the mainland'
    related = relation(a, b)
    if related is None:
        return False
    roles = _roles(a, ca, b, cb)
    if roles is None:
        return False
    same_direction = a.up == (b.up if related > 0 else not b.up)
    return not same_direction if roles == "same" else same_direction


def _shown(thing: Thing, claim: Claim) -> str:
    """A thing as the reason names it: a pronoun with the name it stands for ('He (Breck)')."""
    if thing.kind == "pronoun" and (names := _names(thing, claim)):
        return f"{thing.text} ({' '.join(sorted(n.title() for n in names))})"
    return thing.text


def _reason(a: Order, ca: Claim, b: Order) -> str:
    return (f"'{a.cue}' and '{b.cue}' order {_shown(a.first, ca)} and {_shown(a.second, ca)} "
            "in opposite ways")


def sequence_conflict(a: Claim, b: Claim) -> RuleResult | None:
    """One happening told twice, put before a thing in one claim and after it in the other: 'the
    inquiry began before the election' / 'the inquiry only started after the election'. The
    happening must be one (``alignment.one_happening``: not repeated, not two introduced), so
    'arrests before the match' / 'arrests after the match' stay two sets of arrests."""
    for x, y in matching_happenings(a, b):
        for sx in x.sequence:
            for sy in y.sequence:
                if sx.before != sy.before and same_participant(sx.reference, sy.reference):
                    reason = (f"'{happening_words(a, x)}' is put {'before' if sx.before else 'after'} "
                              f"{sx.reference.text} in one claim and '{happening_words(b, y)}' "
                              f"{'before' if sy.before else 'after'} {sy.reference.text} in the other")
                    return RuleResult(RULE.name, "conflicting", Kind.COMPARATIVE, reason, x.span, y.span)
    return None


def _sole_participant(h: Happening) -> Phrase | None:
    """The one thing a happening is of ('the library was completed', 'Okafor arrived'); None where
    it has two, since 'approved the plan before the budget' may set the budget beside either."""
    if (h.agent is None) == (h.patient is None):
        return None
    return h.agent or h.patient


def swapped_sequence(a: Claim, b: Claim) -> RuleResult | None:
    """One act of two things, each put first in one claim: 'the east wing was finished before the
    library' / 'the library was completed before the east wing'. The acts are named alike, neither
    repeated, negated nor planned, and each happening has one participant, the other's reference."""
    for x in frame(a).happenings:
        for y in frame(b).happenings:
            if (x.repeated or y.repeated or x.negated or y.negated or x.future or y.future
                    or not same_act(x, y)):
                continue
            first_x, first_y = _sole_participant(x), _sole_participant(y)
            for sx in x.sequence:
                for sy in y.sequence:
                    if (sx.before == sy.before and same_participant(first_x, sy.reference)
                            and same_participant(first_y, sx.reference) and not same_participant(first_x, first_y)):
                        word = "before" if sx.before else "after"
                        reason = (f"'{happening_words(a, x)}' puts {first_x.text} {word} {sx.reference.text} "
                                  f"and '{happening_words(b, y)}' puts {first_y.text} {word} {sy.reference.text}")
                        return RuleResult(RULE.name, "conflicting", Kind.COMPARATIVE, reason, x.span, y.span)
    return None


def compare(a: Claim, b: Claim) -> RuleResult | None:
    if _other_times(a, b) or _other_sources(a, b):
        return None
    for x in frame(a).orders:
        for y in frame(b).orders:
            if conflict(x, a, y, b):
                return RuleResult(RULE.name, "conflicting", Kind.COMPARATIVE, _reason(x, a, y), x.span, y.span)
    return sequence_conflict(a, b) or swapped_sequence(a, b)


RULE = Rule("comparatives", (Kind.COMPARATIVE,),
            "the same two things ordered both ways on one scale (larger / smaller, ahead / behind)", compare)
