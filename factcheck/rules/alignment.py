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

from factcheck import lexicon, places, words
from factcheck.frames import EMPTY_FRAME, Frame, Phrase, Predicate, is_whole
from factcheck.happenings import (ORDINALS, OTHER_ONES, Happening, names_event, point_dates,
                                  tells_beginning)
from factcheck.quantities import is_date
from factcheck.types import Claim
from factcheck.words import INDEFINITE_ARTICLES

MAX_SENSES = 3  # only a word's first WordNet senses: rare senses make everything a synonym
# Verbs that say too little to tie two claims to one happening on their own: the light verbs of
# ``words``, and verbs of aspect and intent ('began', 'plans to'), which say nothing of the act
# they govern.
LIGHT_VERBS = words.LIGHT_VERBS | frozenset({"expect", "plan", "hope", "try", "begin", "start", "continue", "keep",
                                             "let", "help"})
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
    if not x or not y or _again(x, y) or _again(y, x) or partners(x, y):
        return False
    try:
        return lexicon.same_meaning(x, y, pos, max_senses=None if all_senses else MAX_SENSES)
    except (KeyError, ValueError):
        return False


def partners(x: str, y: str) -> bool:
    """'co-defendant' / 'defendant', 'co-pilot' / 'pilot': one names who acts beside the other, so
    two people, though WordNet files the first as a kind of the second."""
    return x in (f"co-{y}", f"co{y}") or y in (f"co-{x}", f"co{x}")


def _again(x: str, y: str) -> bool:
    """'reopen' / 'open', 're-elect' / 'elect', 'rebuilding' / 'building': the act done again is
    another act than the first, though WordNet files it as a way of doing the first."""
    return x in (f"re{y}", f"re-{y}")


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
    if part_and_whole(x, y):
        return True  # 'the depot' / 'the roof of the depot'
    if (not x.name and not y.name and x.wholes and y.wholes and not _collective(x.lemma)
            and not shared_wholes(x, y)):
        # "the bakery's sales" / "the florist's sales"; a name's 'of' phrase is often where the
        # person is from ('Heller, of Harrogate'), so names are compared by name below, and a
        # group's 'of' phrase says who is in it ('a group of activists'), not whose it is
        return False
    if not x.name and not y.name and x.kinds and y.kinds and not (x.kinds & y.kinds):
        return False  # 'the pay deal' / 'the pension deal': two of a kind
    if x.position is not None and y.position is not None and x.position != y.position:
        return False  # 'the first leg' / 'the second leg': two of a series
    if x.whole_kinds and y.whole_kinds and not (x.whole_kinds & y.whole_kinds) and shared_wholes(x, y):
        return False  # 'sales of electric cars' / 'sales of diesel cars': of two kinds of one thing
    if x.name and y.name:
        if x.wholes and y.wholes and _names_a_kind(x.name) and _names_a_kind(y.name) and not shared_wholes(x, y):
            return False  # 'the Port of Tyne' / 'the Port of Blyth'
        return bool(_name_words(x.name) & _name_words(y.name))
    if x.name or y.name:
        named, other = (x, y) if x.name else (y, x)
        words = _name_words(named.name)
        # a one-word name the tagger read as a common noun at a sentence's start keeps its form
        # ('Rovers lost': lemma 'rover', the word itself the name)
        return other.lemma.replace(".", "") in words or (" " not in other.text and other.text.lower() in words)
    return same_word(x.lemma, y.lemma, "n") or _named_again(x, y) or _named_again(y, x)


def part_and_whole(x: Phrase, y: Phrase) -> bool:
    """One phrase names what the other belongs to: 'the depot' / 'the roof of the depot'."""
    return x.lemma in y.wholes or y.lemma in x.wholes


def placed_apart(xs: Iterable[Phrase], ys: Iterable[Phrase]) -> bool:
    """Both acts are placed, and no place of one is a place of the other ('in Leeds' / 'in York':
    two scenes)."""
    xs, ys = tuple(xs), tuple(ys)
    return bool(xs) and bool(ys) and not any(same_participant(p, q) for p in xs for q in ys)


KIND_DEPTH = 3  # 'plane' is a kind of 'aircraft' two steps up
_ANAPHORIC = frozenset({"the", "this", "that", "these", "those"})


def _named_again(specific: Phrase, general: Phrase) -> bool:
    """A text names one thing again by a more general noun ('the plane' ... 'the aircraft', 'the
    cottage' ... 'the house'): the general noun bare after 'the' or 'this', and the specific one a
    kind of it within a few WordNet steps, not through an abstraction ('content', 'group':
    ``lexicon.counted_kinds``). Two kinds of one thing ('the suspect' / 'the victim', both people)
    are not one, nor is a general noun with words that set it apart ('the building next door', 'a
    second aircraft')."""
    words = general.text.lower().split()
    bare = len(words) == 2 and words[0] in _ANAPHORIC and not (general.wholes or general.kinds)
    return bare and _kind_of(specific.lemma, general.lemma)


@lru_cache(maxsize=65536)
def _kind_of(specific: str, general: str) -> bool:
    try:
        return general in lexicon.counted_kinds(specific, depth=KIND_DEPTH)
    except (KeyError, ValueError):
        return False


@lru_cache(maxsize=16384)
def _names_a_kind(name: str) -> bool:
    """A name whose head is a kind of place or body ('Port', 'University', 'Museum': the first
    WordNet sense a group, artefact, location or object), which its 'of' phrase completes ('the
    Port of Tyne'). A person's name is not ('Heller, of Harrogate': where he is from, and a parse
    may hang 'of the charge' on him in 'cleared Heller of the charge')."""
    try:
        return is_whole(name.lower().split()[-1])
    except (KeyError, ValueError, IndexError):
        return False


# Words that join the words of a name and name nothing themselves: 'University of Leeds' and
# 'Bank of England' share 'of', 'Van Gogh' and 'Van Morrison' share 'van', and are not one.
NAME_LINKS = frozenset({"of", "the", "for", "and", "&", "a", "an", "at", "on", "in", "de", "du", "des", "la",
                        "le", "les", "van", "von", "der", "den", "del", "della", "da", "di", "y"})


def _name_words(name: str) -> frozenset[str]:
    """A name's words in lower case without their dots ('Ph.D.' and 'PhD', 'U.S.' and 'US' agree),
    less the words that only link its parts (unless the name is nothing else)."""
    words = frozenset(word.replace(".", "") for word in name.lower().split())
    return (words - NAME_LINKS) or words


@lru_cache(maxsize=16384)
def _collective(noun: str) -> bool:
    """'group', 'team', 'crowd': a noun whose first sense WordNet files under groups."""
    try:
        return lexicon.is_a(noun, "group", "n", max_senses=1)
    except (KeyError, ValueError):
        return False


def shared_wholes(x: Phrase, y: Phrase) -> frozenset[str]:
    """The owners ('of' phrases, possessors) of ``x`` that ``y`` also names, by word or WordNet
    synonym: 'the crew' in 'none of the crew' / 'two of the crew'."""
    return frozenset(u for u in x.wholes if any(same_word(u, v, "n") for v in y.wholes))


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


# ---------------------------------------------------------------------------------------------
# One happening told twice: the test the date and location rules share
# ---------------------------------------------------------------------------------------------

# Verbs of things people do again and again: one told twice may be two occasions ('spoke in Leeds'
# / 'spoke in York'), unless a 'first' or a definite event noun says which.
REPEATABLE_VERBS = frozenset({"elect", "win", "visit", "meet", "play", "perform", "attend", "direct", "publish",
                              "release", "write", "score", "travel", "return", "tour", "speak", "appear",
                              "compete", "star", "serve", "live", "work", "stay", "study", "train", "sing",
                              "fly", "drive", "walk", "run", "call", "move", "arrive", "leave", "report",
                              "announce", "confirm", "tell", "show", "see", "hold", "host", "launch", "open"})


_EMPTY_VERBS = frozenset({"be", "have", "do", "get", "say", "make", "give", "put", "let"})
# 'began to fall' is read as 'fall' (``factcheck.frames``), so a happening of these verbs is a
# beginning of its own: 'the inquiry began before the election'.
_PHASE_VERBS = frozenset({"begin", "start"})


# Light verbs that are full acts when they take a thing as object: 'he added' reports speech, 'the
# house was added to the register' is an act done once.
_FULL_WITH_AN_OBJECT = frozenset({"add"})


def _light(happening: Happening) -> bool:
    lemma = happening.lemma
    if lemma in _FULL_WITH_AN_OBJECT and happening.patient is not None:
        return False
    return lemma in LIGHT_VERBS and lemma not in _PHASE_VERBS


def same_act(x: Happening, y: Happening) -> bool:
    """Two happenings named by the same verb or noun, a WordNet synonym, or an act and its noun;
    two verbs that both tell a beginning ('the fire broke out' / 'the blaze started', 'the summit
    opened' / 'the summit began') are one act of whatever they begin."""
    if x.pos == y.pos:
        if x.pos == "v" and tells_beginning(x.lemma) and tells_beginning(y.lemma):
            return True
        return not _light(x) and not _light(y) and same_word(x.lemma, y.lemma, x.pos)
    verb, noun = (x, y) if x.pos == "v" else (y, x)
    # a light verb with an event noun of its own is the full verb: 'was tried' / 'the trial'
    return verb.lemma not in _EMPTY_VERBS and act_and_noun(verb.lemma, noun.lemma)


_REFERRING = PRONOUNS | {"his", "its", "their", "our", "my", "your", "whose"}


def _participant(x: Phrase | None, y: Phrase | None) -> bool | None:
    """True or False for two phrases that name the same or another participant; None when either is
    missing, a pronoun, or a description set against a name ('the manager' may be Heller)."""
    if x is None or y is None or x.lemma in _REFERRING or y.lemma in _REFERRING:
        return None
    if _ranks(x) != _ranks(y):
        return False  # 'the first lawsuit' / 'that lawsuit', 'the first case' / 'a second case'
    if bool(x.name) != bool(y.name):
        # 'the manager' may be Heller; a thing introduced as new is the name only if its noun is in
        # the name ('a political party' / 'the Ecologist Party', not 'a porch' / 'the Hale House')
        return same_participant(x, y) if _introduced(x) or _introduced(y) else None
    return same_participant(x, y)


def _introduced(phrase: Phrase) -> bool:
    """A phrase with an indefinite article: it brings in a new thing ('a porch', 'an appeal')."""
    return phrase.text.lower().split()[0] in INDEFINITE_ARTICLES


def _ranks(phrase: Phrase) -> frozenset[str]:
    """Ordinal and 'other' words of a phrase, which single out one of several."""
    words = phrase.text.lower().split()
    return frozenset(ORDINALS.get(w, w) for w in words if w in ORDINALS or w in OTHER_ONES)


def _participants(h: Happening) -> list[Phrase]:
    return [p for p in (h.agent, h.patient) if p is not None]


def participants_differ(x: Happening, y: Happening) -> bool:
    """Some participant of one is plainly another than the other's (same role; any role for a noun,
    whose possessor may be the verb's agent or patient: 'Heller's trial' / 'Heller was tried')."""
    if x.pos == y.pos:
        return False in (_participant(x.agent, y.agent), _participant(x.patient, y.patient)) or _crossed(x, y)
    noun, verb = (x, y) if x.pos == "n" else (y, x)
    for p in _participants(noun):
        verdicts = [_participant(p, q) for q in _participants(verb)]
        if verdicts and False in verdicts and True not in verdicts and None not in verdicts:
            return True
    return False


def _crossed(x: Happening, y: Happening) -> bool:
    """One participant in the other role, and the two others plainly apart: 'The bill passed the
    House in May' / 'The Senate passed the bill in July' (the House's vote and the Senate's), 'Ashby
    beat Kelsall' / 'Kelsall beat Brigstock'."""
    return any(_participant(first, second) is True and _participant(other, another) is False
               for first, second, other, another in ((x.agent, y.patient, x.patient, y.agent),
                                                     (x.patient, y.agent, x.agent, y.patient)))


def participants_shared(x: Happening, y: Happening) -> bool:
    return any(_participant(p, q) for p in _participants(x) for q in _participants(y))


def _kinds_differ(x: Happening, y: Happening) -> bool:
    """'a budget meeting' / 'the consultation meeting': two kinds of one event are two events."""
    if not x.kinds or not y.kinds:
        return False
    return not any(same_word(k, l, "n") for k in x.kinds for l in y.kinds)


def _new_event_noun(x: Happening, y: Happening) -> bool:
    """A change of magnitude against an event noun with 'a' that no participant ties to it: 'the
    waiting list fell in March' / 'after a fall at her home in January'. Values rise and fall again
    and again, and a noun with 'a' brings in one of its own. Other acts keep the reading ('Heller
    was tried' / 'after a ten-week trial')."""
    if x.pos == y.pos or not (x if x.pos == "n" else y).indefinite or participants_shared(x, y):
        return False
    verb = x if x.pos == "v" else y
    return lexicon.change_direction(verb.lemma) is not None


def two_happenings(x: Happening, y: Happening) -> str | None:
    """Why the parse shows two happenings where the words name one act, or None: each introduced
    as new ('a meeting' / 'a meeting'), one more of its kind, a recurring one, a plan against a
    fact, other kinds or other participants."""
    if x.indefinite and y.indefinite:
        return "each claim introduces one, so they may be two"
    if x.other or y.other or x.repeated or y.repeated:
        return "it happens more than once"
    if x.future != y.future:
        return "one is planned and the other has happened"
    if _kinds_differ(x, y) or participants_differ(x, y):
        return "they are of other kinds or involve others"
    return None


def one_happening(a: Claim, x: Happening, b: Claim, y: Happening, without: Iterable[str] = ()) -> bool:
    """Whether happening ``x`` of claim ``a`` and ``y`` of ``b`` are one happening told twice.

    They must be named alike (``same_act``), both be facts (not negated, both past or both planned),
    and neither recur nor be one more of its kind; no participant or kind may differ. Then one of
    them must point at a single happening: an ordinal or definite event ('the first case', 'his
    medical', 'the trial'), a definite participant of a verb done once ('Heller was tried', 'the
    river peaked'), or the participants or names the two share (``without``: the words of the
    values being compared, which never anchor).
    """
    if not same_act(x, y) or x.negated or y.negated or x.future != y.future:
        return False
    if x.repeated or y.repeated or x.other or y.other or (x.indefinite and y.indefinite) or _new_event_noun(x, y):
        return False
    if _kinds_differ(x, y) or participants_differ(x, y):
        return False
    verbs_only = x.pos == y.pos == "v"
    recurring = (x.lemma in REPEATABLE_VERBS or y.lemma in REPEATABLE_VERBS) and not _of_one_event(x, y)
    if verbs_only and x.ordinal is None and y.ordinal is None and recurring:
        return False
    if x.ordinal or y.ordinal or (not verbs_only and (x.unique or y.unique)):
        return True
    names = shared_names(a, b, without) if verbs_only and (x.definite or y.definite) else frozenset()
    named = bool(names) and _stands_for(x, names) and _stands_for(y, names)
    return participants_shared(x, y) or named


def _of_one_event(x: Happening, y: Happening) -> bool:
    """Both acts are done by one definite event ('the summit opened' / 'the summit began'): an
    event begins, opens or ends once, though shops open every day."""
    return any(p.lemma == q.lemma and _definite(p) and names_event(p.lemma)
               for p in (x.agent, x.patient) if p is not None for q in (y.agent, y.patient) if q is not None)


def _definite(phrase: Phrase) -> bool:
    return phrase.text.lower().split()[0] in _ANAPHORIC or phrase.name is not None


def _stands_for(happening: Happening, names: frozenset[str]) -> bool:
    """A participant of the happening is one of the shared names or a pronoun that may stand for
    one ('Gollob was promoted in 1942' / 'He was promoted in 1943'); a name elsewhere in the claim
    does not tie it ("McDonald's said sales dropped in 2013" / 'the burger was dropped by
    McDonald's in 2012': the sales are not the burger). A happening the parse gives no participant
    ('Born in Leeds in 1934, the painter ...'), or a definite one ('the painter was born'), may be
    the other's."""
    participants = _participants(happening)
    return (not participants or happening.definite
            or any(p.lemma in _REFERRING or p.words & names for p in participants))


def happening_words(claim: Claim, happening: Happening) -> str:
    """The word that names the happening, as the claim writes it ('trial', 'tried'), for reasons."""
    start = happening.span.start - claim.span.start
    return claim.text[start:start + len(happening.span)] or happening.lemma


def matching_happenings(a: Claim, b: Claim, without: Iterable[str] = ()) -> list[tuple[Happening, Happening]]:
    """Pairs of happenings, one from each claim, that are one happening told twice."""
    without = tuple(without)
    return [(x, y) for x in frame(a).happenings for y in frame(b).happenings if one_happening(a, x, b, y, without)]


def dates_differ(a: Claim, b: Claim) -> bool:
    """Both claims are dated, and every date of one differs from every date of the other in a part
    both state ('on Monday' / 'on Tuesday'); 'on Wednesday' / "Wednesday's" agree. Two such
    claims tell two occasions, whose counts, states and denials are each their own."""
    dates_a = [q.when for q in a.quantities if q.when is not None and is_date(q)]
    dates_b = [q.when for q in b.quantities if q.when is not None and is_date(q)]
    return bool(dates_a) and bool(dates_b) and all(x.differs_from(y) for x in dates_a for y in dates_b)


def other_times(a: Claim, x: Happening, b: Claim, y: Happening) -> bool:
    """Both happenings are dated and every date of one differs from every date of the other."""
    dates_a = [q.when for q in point_dates(a, x)]
    dates_b = [q.when for q in point_dates(b, y)]
    return bool(dates_a and dates_b) and all(p.differs_from(q) for p in dates_a for q in dates_b)


def other_occasions(a: Claim, b: Claim) -> bool:
    """The claims tell one act on two occasions, which the rules read as both true: dated apart and
    put in places that exclude each other ('The vaccine was approved in the UK in December' / 'in
    the US in January'), or dated apart and denied in one of them ('The council did not publish the
    report in March' / 'published the report in June': the denial holds for March). Places apart at
    one time are a location conflict and dates apart in one place a date conflict; neither is
    this. A model contradiction on such a pair rests on the occasion, which the rules have read."""
    links = frame(a).place_links | frame(b).place_links
    for x in frame(a).happenings:
        for y in frame(b).happenings:
            if not same_act(x, y) or not other_times(a, x, b, y):
                continue
            if x.negated != y.negated or places.apart(x.places, y.places, links) is not None:
                return True
    return False
