"""Antonyms: one participant given opposite predicates.

    conflict      'the council approved the plan' / 'councillors rejected the plan'
    conflict      'he was convicted of fraud' / 'the jury cleared him of fraud' ('clear' = 'acquit')
    conflict      'shares rose on Tuesday' / 'the shares fell on Tuesday'
    conflict      'the bridge is open' / 'the bridge is closed'
    trap          'shares rose on Monday' / 'shares fell on Tuesday' (two times)
    trap          'the plan was not approved' / 'the plan was rejected' (a denial agrees with the opposite)
    trap          'the mayor may approve the plan' / 'councillors rejected it' (a hedge)
    trap          'imports rose' / 'exports fell' (two participants)

Which words are opposites comes from WordNet (``factcheck.lexicon.opposed``: antonymy as WordNet
records it, lifted to synonyms and adjective clusters), never from a list kept here.
"""

from __future__ import annotations

from functools import lru_cache

from factcheck import lexicon
from factcheck.frames import Predicate
from factcheck.rules.alignment import frame, participants_agree, same_participant, shared_names
from factcheck.rules.base import Rule
from factcheck.types import Claim, Kind, RuleResult

MAX_SENSES = 3


@lru_cache(maxsize=65536)
def opposite(x: str, y: str, pos: str) -> bool:
    if x == y:
        return False
    try:
        return lexicon.opposed(x, y, pos, max_senses=MAX_SENSES)
    except (KeyError, ValueError):
        return False


def _opposed_predicates(x: Predicate, y: Predicate) -> bool:
    return x.pos == y.pos and x.pos in ("v", "a") and x.negated == y.negated and opposite(x.lemma, y.lemma, x.pos)


def _same_participants(a: Claim, b: Claim, x: Predicate, y: Predicate) -> bool:
    if participants_agree(x, y):
        return True
    verdicts = (same_participant(x.agent, y.agent), same_participant(x.patient, y.patient))
    return False not in verdicts and bool(shared_names(a, b))


def _other_times(a: Claim, b: Claim) -> bool:
    return bool(a.when) and bool(b.when) and set(a.when) != set(b.when)


def compare(a: Claim, b: Claim) -> RuleResult | None:
    if a.hedged or b.hedged or a.polarity != b.polarity or _other_times(a, b):
        return None
    for x in frame(a).predicates:
        for y in frame(b).predicates:
            if _opposed_predicates(x, y) and _same_participants(a, b, x, y):
                who = (x.patient or x.agent or y.patient or y.agent)
                about = f" of {who.text}" if who is not None else ""
                return RuleResult(RULE.name, "conflicting", Kind.ANTONYM,
                                  f"'{x.lemma}' and '{y.lemma}' say opposite things{about}", x.span, y.span)
    return None


RULE = Rule("antonyms", (Kind.ANTONYM,), "one participant given opposite predicates (WordNet antonyms)", compare)
