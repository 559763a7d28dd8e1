"""Whether two claims talk about the same thing: the test a rule applies before it compares values.

Two values can only conflict if they are values of one thing: two prices of one product, two
dates of one event, two places of one meeting. News prose names that thing in many ways, so
"the same" is read through the parse and WordNet, not the surface:

* a shared name: proper-name words both claims are about, the names a pronoun or 'the company'
  stands for included (``Claim.about``);
* the same participant: two phrases with the same name, or the same head noun or a WordNet
  synonym of it ('crews' / 'crews', 'supporters' / 'fans');
* the same predicate: the same verb, a WordNet synonym ('evacuate' / 'clear'), or an act and its
  noun ('tried' / 'trial').

Rules ask for both an anchor (a shared name or participant) and, where they compare values of a
happening, a matching predicate; the words of the values being compared never count as anchors
('Leeds' cannot anchor 'Leeds Crown Court' against 'Sheffield Crown Court').
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from factcheck import lexicon
from factcheck.frames import EMPTY_FRAME, Frame, Phrase, Predicate
from factcheck.types import Claim

MAX_SENSES = 3  # only a word's first WordNet senses: rare senses make everything a synonym
# Verbs that say too little to tie two claims to one happening on their own.
LIGHT_VERBS = frozenset({"be", "have", "do", "get", "make", "take", "go", "come", "say", "tell", "add", "give",
                         "put", "set", "see", "become", "remain", "include", "use", "want", "need", "seem",
                         "expect", "plan", "hope", "try", "begin", "start", "continue", "keep", "let", "help"})
PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them", "this", "that", "these", "those",
                      "who", "which", "we", "i", "you", "one"})


def frame(claim: Claim) -> Frame:
    return claim.frame or EMPTY_FRAME


def shared_names(a: Claim, b: Claim, without: Iterable[str] = ()) -> frozenset[str]:
    """Proper-name words both claims are about, less ``without`` (the words of compared values)."""
    names_a = frame(a).names | a.about
    names_b = frame(b).names | b.about
    return (names_a & names_b) - frozenset(w.lower() for w in without)


@lru_cache(maxsize=65536)
def same_word(x: str, y: str, pos: str, all_senses: bool = False) -> bool:
    """The same lemma, or WordNet says they can mean the same: first senses only, unless the
    caller already knows the two are about one thing ('discharge' is 'fire' in its fifth sense)."""
    if x == y:
        return True
    if not x or not y:
        return False
    try:
        return lexicon.same_meaning(x, y, pos, max_senses=None if all_senses else MAX_SENSES)
    except (KeyError, ValueError):
        return False


@lru_cache(maxsize=65536)
def act_and_noun(verb: str, noun: str) -> bool:
    """'tried' / 'trial', 'evacuate' / 'evacuation': an act and the noun that names it."""
    try:
        return lexicon.same_meaning(verb, noun, "v", pos_b="n", max_senses=MAX_SENSES)
    except (KeyError, ValueError):
        return False


def same_participant(x: Phrase | None, y: Phrase | None) -> bool | None:
    """True or False when both phrases are there; None when either is missing or a pronoun."""
    if x is None or y is None or x.lemma in PRONOUNS or y.lemma in PRONOUNS:
        return None
    if x.lemma in y.wholes or y.lemma in x.wholes:
        return True  # 'the depot' / 'the roof of the depot'
    if x.name and y.name:
        return bool(set(x.name.lower().split()) & set(y.name.lower().split()))
    if x.name or y.name:
        named, other = (x, y) if x.name else (y, x)
        return other.lemma in named.name.lower().split()
    return same_word(x.lemma, y.lemma, "n")


def same_predicate(x: Predicate, y: Predicate, all_senses: bool = False) -> bool:
    """Two predicates that can name one act or state: same verb, a synonym, an act and its noun.
    ``all_senses`` also counts rare senses, for callers that already hold an anchor."""
    if x.lemma in LIGHT_VERBS or y.lemma in LIGHT_VERBS:
        return x.lemma == y.lemma and x.lemma not in ("be", "have", "say")
    if x.pos == y.pos:
        return same_word(x.lemma, y.lemma, x.pos, all_senses)
    if x.pos == "v" and y.pos == "n":
        return act_and_noun(x.lemma, y.lemma)
    if x.pos == "n" and y.pos == "v":
        return act_and_noun(y.lemma, x.lemma)
    return False


def matching_predicates(a: Claim, b: Claim) -> list[tuple[Predicate, Predicate]]:
    """Pairs of predicates, one from each claim, that can name the same act or state."""
    return [(x, y) for x in frame(a).predicates for y in frame(b).predicates if same_predicate(x, y)]


def participants_agree(x: Predicate, y: Predicate) -> bool:
    """No participant differs and, where both name one, at least one is the same."""
    verdicts = [same_participant(x.agent, y.agent), same_participant(x.patient, y.patient)]
    return False not in verdicts and True in verdicts


def same_happening(a: Claim, b: Claim, without: Iterable[str] = ()) -> bool:
    """Both claims tell one act or state: a matching predicate whose participants agree, or a
    matching predicate and a shared name."""
    without = frozenset(without)
    for x, y in matching_predicates(a, b):
        if participants_agree(x, y):
            return True
        if shared_names(a, b, without) and False not in (same_participant(x.agent, y.agent),
                                                          same_participant(x.patient, y.patient)):
            return True
    return False
