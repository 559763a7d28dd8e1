"""Antonyms: one participant given opposite predicates.

    conflict      'the council approved the plan' / 'councillors rejected the plan' (a body and its
                  members named bare: WordNet's member meronymy)
    trap          'the council approved the plan' / 'three councillors rejected it', 'Labour
                  councillors rejected it' (some of its members: a part)
    conflict      'shares in the group rose' / "the group's share price dropped" (a thing's price
                  changes as the thing does)
    trap          'the home side won the first leg' / 'lost the second leg' (two of a series)
    conflict      'he was convicted of fraud' / 'the jury cleared him of fraud' ('clear' = 'acquit')
    conflict      'shares in Corvane rose on Tuesday' / 'shares in Corvane fell on Tuesday'
    conflict      'the peso gained on Wednesday' / "Wednesday's depreciation of the peso" (changes in
                  opposite directions: WordNet puts each under 'increase' or 'decrease')
    trap          'sales fell in October' / 'over the three months to October, sales grew' (a span
                  that a date bounds is another stretch of time); 'rents rose' / 'rents declined'
                  with no time said (a thing rises and falls)
    conflict      'the footbridge is open' / 'the footbridge is closed' (a copula's participle read
                  as the adjective it also is)
    trap          'the pier was closed for repairs' / 'the pier is open' (two tenses, two times)
    conflict      'the airport remained open during the storm' / 'the airport was closed during the
                  storm' (a state a verb says went on, as a copula's: ``frames.STATE_KEEPING_VERBS``)
    trap          'the reading room seemed open' / 'became busy' (a state seen, or come into)
    trap          'the road was closed overnight' / 'by morning it was open again' (two past states,
                  no one date: a state and its change)
    trap          'an earlier ruling barred Apple from ...' / 'Apple was allowed to ...' (a passive
                  with no agent is not shown to be the same act as an active one when only one of
                  them has a time: often another time)
    conflict      'the defendant was acquitted' / 'the jury convicted the defendant' (the agent left
                  unsaid, both told of one thing acted on, at no time or at one)
    trap          'was interned by the French but released in 1948' / 'was released in 1948' (a claim
                  that tells an act and its opposite tells a sequence, and the other's act agrees)
    conflict      'shares in Corvane rose' / 'Corvane's shares fell' (one owner, two wordings)
    conflict      "the bakery's sales increased" / "the bakery's sales decreased" (also where the parse
                  reads the first as one noun phrase with a reduced relative)
    trap          "the bakery's sales increased" / "the florist's sales decreased" (two owners)
    trap          'shares rose on Monday' / 'shares fell on Tuesday' (two times)
    trap          'the plan was not approved' / 'the plan was rejected' (a denial agrees with the opposite)
    trap          'the mayor may approve the plan' / 'councillors rejected it' (a hedge on the predicate)
    trap          'imports rose' / 'exports fell' (two participants)
    trap          'unemployment rose in the north' / 'fell in the south' (two settings no name says)
    trap          'the bank opened 12 branches' / 'closed 30 branches', 'bought shares' / 'sold shares'
                  (an act and its opposite done to some of a kind: two sets)
    trap          'you can buy a permit online' / 'the service sold 5,000 permits' (converses: two agents)
    trap          'this person came from X' / 'where this person will go next' (motion, not a state)
    trap          'the day began with raids' / 'it ended with charges' (aspect: two ends of one span)
    trap          'ten jurors agreed on the verdict' / 'two jurors dissented' (two counted parts of
                  one group: a split vote, not one group given two acts)
    conflict      'all 12 jurors agreed' / 'two jurors dissented' (a whole leaves no part to differ)
    conflict      'the senator voted for the bill' / 'the senator voted against the bill'; 'campaigned in
                  favour of the merger' / 'campaigned against the merger' (one act, two sides on one
                  thing: 'for' and 'against', a closed pair WordNet has no entry for)
    trap          'voted for the budget' / 'voted against the amendment' (two things); 'Labour voted for
                  the bill' / 'the Conservatives voted against it' (two voters); 'in 2019' / 'in 2021'
    conflict      'the federation backed the new quota' / 'the federation opposed the new quota';
                  'voted against the water bill' / 'supported the water bill' (verbs that take a side
                  by their meaning: WordNet's synsets of backing and of opposing, ``lexicon.side_taken``)
    trap          'did not back the quota' / 'opposed the quota' (a denial agrees); 'paid for the new
                  bells' / 'objected to the new bells' (a bare 'for' takes no side)

Opposites contradict only when said of the same subject at the same time, so the subject must be
shown to be the same (not merely not different), and not two counted parts of it; a claim about
the future is not compared with one about the past, verbs of motion (come / go, leave / enter)
count only where WordNet also gives them a sense of change (rise / fall), and verbs of aspect
(begin / end) never count.
Which words are opposites comes from WordNet (``factcheck.lexicon.opposed``: antonymy as WordNet
records it, lifted to synonyms and adjective clusters; and changes of magnitude in opposite
directions, read off its hypernyms), never from a list kept here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from factcheck import lexicon
from factcheck.frames import QUANTIFIER_WORDS, SIDE_BY_MEANING, Phrase, Predicate
from factcheck.happenings import BOUNDS
from factcheck.quantities import Interval, is_date, period_markers
from factcheck.rules.alignment import LIGHT_VERBS, dates_differ, frame, same_participant, same_word
from factcheck.rules.base import Rule
from factcheck.types import Claim, Kind, RuleResult
from factcheck.words import DAY_PARTS, DETERMINERS, INDEFINITE_ARTICLES, is_number_word, is_plural_head, tokenize

MAX_SENSES = 3
# Verbs that mark where a span of time starts or stops: 'began with' / 'ended with' tell two ends of
# one span, never one fact and its opposite. A closed class WordNet does not mark.
ASPECTUAL = frozenset({"begin", "start", "end", "finish", "stop", "continue", "resume", "cease"})
_FUTURE = re.compile(r"\b(?:will|shall|going\s+to|plans?\s+to|is\s+to|are\s+to)\b", re.IGNORECASE)


@lru_cache(maxsize=65536)
def states_a_change(verb: str) -> bool:
    """Not a verb of motion only: 'rise' also means 'increase' (verb.change), 'go' means only moving."""
    fields = lexicon.lexfiles(verb, "v", max_senses=MAX_SENSES)
    return bool(fields) and (fields[0] != "verb.motion" or "verb.change" in fields)


@lru_cache(maxsize=65536)
def opposite(x: str, y: str, pos: str, lifted: bool = True) -> bool:
    """WordNet opposites in any sense ('convict' / 'clear', which is 'acquit' in a late sense), or,
    when ``lifted``, one hypernym step up in the first senses ('increase' / 'cut'). Wide on purpose,
    because the rule asks it only of predicates already shown to share a subject; light verbs never
    count."""
    if x == y or x in LIGHT_VERBS or y in LIGHT_VERBS:
        return False
    try:
        return lexicon.opposed(x, y, pos) or (lifted and pos == "v" and lexicon.opposed(
            x, y, pos, max_senses=MAX_SENSES, depth=1))
    except (KeyError, ValueError):
        return False


def opposite_changes(x: str, y: str) -> bool:
    """Changes in opposite directions: 'the peso gained' / 'the peso's depreciation', 'rents rose' /
    'rents declined'. WordNet records few of these as antonyms ('rise' / 'decline' are not), but
    its hypernyms place each under 'increase' or 'decrease'. Light verbs never count."""
    if x in LIGHT_VERBS or y in LIGHT_VERBS:
        return False
    return lexicon.opposite_directions(x, y)


_CHANGE_NOUN_FIELDS = frozenset({"noun.act", "noun.event", "noun.process"})


def _opposite_changes_of(a: Claim, x: Predicate, x_nominal: bool, b: Claim, y: Predicate, y_nominal: bool) -> bool:
    """Two predicates that tell one thing changing in opposite directions (``opposite_changes``),
    neither denied nor hedged."""
    return (x.pos == y.pos == "v" and x.negated == y.negated and not (x.modal or y.modal)
            and opposite_changes(x.lemma, y.lemma) and _undergoes_change(a, x, x_nominal)
            and _undergoes_change(b, y, y_nominal))


def _undergoes_change(claim: Claim, p: Predicate, nominal: bool) -> bool:
    """The predicate tells a thing changing, not an act on something ('limit the number', 'build
    a system'): a verb with no patient but its size ('rents rose', 'the peso gained 0.8 per
    cent'), or a noun that names a process, act or event of it ('the depreciation of the peso';
    not 'the number of users', read as the verb 'number')."""
    if not nominal:
        return p.pos == "v" and _without_size(p.patient) is None
    start = p.span.start - claim.span.start
    noun = lexicon.base_form(claim.text[start: p.span.end - claim.span.start].lower(), "n")
    fields = lexicon.lexfiles(noun, "n", max_senses=1) if noun else []
    return bool(fields) and fields[0] in _CHANGE_NOUN_FIELDS and p.agent is None


def opposed_predicates(x: Predicate, y: Predicate, lifted: bool = True) -> bool:
    """Opposite predicates; ``lifted`` False asks for WordNet's own opposites only (for a noun read
    as its act, whose verb may be a rare sense: 'his job' read as the verb 'job', 'to farm out
    work', is one step below 'hire', the opposite of 'dismiss')."""
    if x.pos != y.pos or x.pos not in ("v", "a") or x.negated != y.negated or x.modal or y.modal:
        return False
    if x.pos == "v" and (x.lemma in ASPECTUAL or y.lemma in ASPECTUAL or
                         not states_a_change(x.lemma) or not states_a_change(y.lemma)):
        return False
    return opposite(x.lemma, y.lemma, x.pos, lifted)


@lru_cache(maxsize=65536)
def _transfers(verb: str) -> bool:
    """A verb of possession (buy / sell, lend / borrow): its opposite is the other party's act."""
    fields = lexicon.lexfiles(verb, "v", max_senses=1)
    return bool(fields) and fields[0] == "verb.possession"


def _body_and_members(body: Phrase | None, members: Phrase | None) -> bool:
    """A body and its members named bare ('the council' / 'councillors', 'the jury' / 'jurors'):
    what the members decide, unnumbered and unqualified, the body decides. 'Some councillors',
    'three councillors' or 'Labour councillors' are a part of it (WordNet's member meronymy)."""
    if body is None or members is None or body.name or members.name or members.kinds or members.wholes:
        return False
    bare = len(members.text.split()) == 1  # no determiner, number or modifier
    return bare and is_plural_head(members.text.lower()) and lexicon.member_of(members.lemma, body.lemma)


def _priced(phrase: Phrase | None) -> Phrase | None:
    """What a price or value phrase is the price of, for a change: "the group's share price" rises
    when 'shares in the group' do. The compounded noun becomes the head ('share'); any other
    phrase stays as it is."""
    if phrase is None or len(phrase.kinds) != 1 or not _a_value(phrase.lemma):
        return phrase
    (kind,) = phrase.kinds
    return replace(phrase, lemma=kind, kinds=frozenset())


@lru_cache(maxsize=4096)
def _a_value(noun: str) -> bool:
    """'price', 'value': what a thing is worth, in WordNet's first sense."""
    return noun == "value" or lexicon.is_a(noun, "monetary value", "n", max_senses=1)


def _without_size(phrase: Phrase | None) -> Phrase | None:
    """A patient that is an amount ('gained 0.8 per cent', 'rose 5%', 'added 2 points') is the size
    of a change, not a participant: None."""
    if phrase is not None and (phrase.pos == "NUM" or phrase.text[:1].isdigit() and _a_measure(phrase.lemma)):
        return None
    return phrase


@lru_cache(maxsize=16384)
def _a_measure(noun: str) -> bool:
    """A unit or a proportion ('percent', 'points', 'pounds'), not a counted thing ('6m visitors')."""
    try:
        return lexicon.is_a(noun, "measure", "n") or lexicon.is_a(noun, "proportion", "n")
    except (KeyError, ValueError):
        return False


def _subject(p: Predicate):
    return p.agent or p.patient


def _same_subject(a: Claim, b: Claim, x: Predicate, y: Predicate, sizes: bool = False) -> bool:
    """The subjects are shown to be the same: the same phrase or name, or a pronoun whose antecedent
    (``Claim.about``) the other claim names; and no other participant differs. With ``sizes`` (two
    changes), a patient that is an amount is the change's size and not compared. One agent's acts,
    or two acts on patients, one of them some of a kind, are never shown to be on one thing
    (``_some_of_a_kind``); 'while cutting costs' / 'costs increased' still compares the costs."""
    agents = same_participant(x.agent, y.agent)
    priced = agents is False and states_a_change(x.lemma) and states_a_change(y.lemma)
    if priced:
        agents = same_participant(_priced(x.agent), _priced(y.agent))  # 'shares' / "the group's share price"
    one_body = agents is False and (_body_and_members(x.agent, y.agent) or _body_and_members(y.agent, x.agent))
    if one_body:
        agents = True  # 'The council accepted the offer' / 'Councillors turned down the offer'
    patients = ((_without_size(x.patient), _without_size(y.patient)) if sizes else (x.patient, y.patient))
    if False in (agents, same_participant(*patients)):
        return False
    acts_on_kinds = any(p is not None and _some_of_a_kind(p) for p in patients)
    if acts_on_kinds and (agents is True or None not in patients):
        return False  # 'opened 12 branches' / 'closed 30 branches': two sets of branches
    if agents is not True and (_transfers(x.lemma) or _transfers(y.lemma)) and not sizes:
        return False  # 'buy' / 'sell' of one permit: two parties unless shown to be one ('gained' in
        # value is a change, not a transfer)
    sx, sy = _subject(x), _subject(y)
    if _agent_left_unsaid(a, x, b, y):
        sx, sy = x.patient, y.patient  # 'The defendant was acquitted' / 'The jury convicted the defendant'
    if priced:
        sx, sy = _priced(sx), _priced(sy)
    if sx is None or sy is None:
        return False
    if one_body and (sx, sy) == (x.agent, y.agent):
        return True
    same = same_participant(sx, sy)
    if same is None:  # a pronoun: resolved through what the claims are about
        return _named_in(sx, b) or _named_in(sy, a)
    return same


def _named_in(phrase: Phrase, pronoun_claim: Claim) -> bool:
    """The phrase is a name the pronoun's claim is about: 'Heller' for 'he' in a claim about
    Heller. Not a name inside a phrase headed by a common noun ('the Scientology propaganda
    publication' is no 'he', though the claim mentions Scientology)."""
    return phrase.pos == "PROPN" and bool(phrase.words & (pronoun_claim.about | frame(pronoun_claim).names))


def _agent_left_unsaid(a: Claim, x: Predicate, b: Claim, y: Predicate) -> bool:
    """One act is told in a passive clause with no agent and the other names its agent, done to one
    thing ('The defendant was acquitted' / 'The jury convicted the defendant'): the thing acted on
    is what both say something of. Not where only one claim has a time, its own or its context's:
    an unnamed agent at an unsaid time may be another act ('A 1991 ruling barred the label from
    ...' / 'The label was allowed to ...')."""
    if (x.agent is None) == (y.agent is None) or x.patient is None or y.patient is None:
        return False
    if not (x if x.agent is None else y).passive:
        return False  # 'the decision to clear Heller': whose act an infinitive is, the parse leaves unread
    return same_participant(x.patient, y.patient) is True and _said_when(a) == _said_when(b)


def _said_when(claim: Claim) -> bool:
    """The claim has a time, its own or one its context gives it ('In 1991 ... which barred ...')."""
    return bool(_dates(claim)) or bool(claim.when)


# Words that open a phrase naming some of a kind, not one thing or a whole set.
_SOME = INDEFINITE_ARTICLES | frozenset({"some", "several", "many", "few", "more", "dozens", "hundreds",
                                          "thousands", "millions", "other", "another", "new"})


def _some_of_a_kind(phrase: Phrase) -> bool:
    """An act and its opposite can both be done to some of a kind: 'the bank opened 12 branches' /
    'closed 30 branches', 'bought shares' / 'sold shares', 'approved three applications' / 'rejected
    two' tell two sets. A phrase with 'a', 'some' or a number, or a bare plural ('new stores',
    'staff'); not 'the application', 'its staff', "the bank's branches", 'all 12 branches', a name,
    or a bare mass noun ('granted bail' / 'refused bail')."""
    words = phrase.text.lower().split()
    if not words or phrase.name or any(w in ("'s", "’s") for w in words):
        return False
    first = words[0]
    if first in _SOME or is_number_word(first):
        return True
    return first not in DETERMINERS | QUANTIFIER_WORDS and is_plural_head(words[-1])


def _amounts(claim: Claim, phrase: Phrase | None) -> list[Interval | None]:
    """The shares of the claim's amounts that stand in ``phrase`` ('Ten' in 'Ten jurors': None, a
    count; 'All' in 'All 12 jurors': all of them)."""
    if phrase is None:
        return []
    return [q.proportion for q in claim.quantities if not is_date(q) and q.span.overlaps(phrase.span)]


def _split(a: Claim, x: Predicate, b: Claim, y: Predicate) -> bool:
    """Both subjects are counted parts of one group and neither is all of it: 'ten jurors agreed' /
    'two jurors dissented' tell how a group split, as 'most shareholders backed the deal' / 'a third
    rejected it' do. A whole ('all 12 jurors', 'every member') leaves no part to act otherwise."""
    shares = _amounts(a, _subject(x)), _amounts(b, _subject(y))
    if not (shares[0] and shares[1]):
        return False
    return not any(share == Interval.exactly(1) for found in shares for share in found)


def _other_settings(x: Predicate, y: Predicate) -> bool:
    """Both predicates are put in places no name says, and none is the other's: 'unemployment rose
    in the north' / 'fell in the south' (``Predicate.settings``)."""
    return bool(x.settings) and bool(y.settings) and x.settings.isdisjoint(y.settings)


def _other_times(a: Claim, b: Claim) -> bool:
    if bool(_FUTURE.search(a.text)) != bool(_FUTURE.search(b.text)):
        return True  # 'will release an update' / 'had held off updates'
    parts_a, parts_b = _times_of_day(a), _times_of_day(b)
    if parts_a and parts_b and not parts_a & parts_b:
        return True  # 'rose through the afternoon' / 'fell overnight'
    return dates_differ(a, b)


def _times_of_day(claim: Claim) -> frozenset[str]:
    """The parts of a day a claim names ('morning', 'overnight' as 'night', "Saturday night's"). A
    clock time is left out: '9am' lies inside 'the morning', and which part holds which is not worth
    a table."""
    words = (token.low.removesuffix("'s") for token in tokenize(claim.text))
    return frozenset(DAY_PARTS[word] for word in words if word in DAY_PARTS)


# A copula right before a predicate: 'is closed', 'were still open', 'remained shut'.
_COPULA_BEFORE = re.compile(r"\b(is|are|was|were|remains?|remained|stays?|stayed)\s+"
                            r"(?:(?:\w+ly|still|now|already|again|also|then|once)\s+){0,2}$", re.IGNORECASE)
_PRESENT_COPULAS = frozenset({"is", "are", "remain", "remains", "stay", "stays"})


def _copula(claim: Claim, p: Predicate) -> str | None:
    """The copula right before the predicate's word, lower-case, or None."""
    found = _COPULA_BEFORE.search(claim.text[: max(p.span.start - claim.span.start, 0)])
    return found.group(1).lower() if found else None


def _as_state(claim: Claim, p: Predicate) -> Predicate:
    """A participle after a copula read as the adjective it also is: 'the footbridge is closed'
    names a state, as 'is open' does, though the parse reads a passive verb with no agent."""
    if p.pos != "v" or p.agent is not None or p.patient is None or _copula(claim, p) is None:
        return p
    start, end = p.span.start - claim.span.start, p.span.end - claim.span.start
    word = claim.text[start:end].lower()
    if start < 0 or not word.isalpha() or not lexicon.is_lemma(word, "a"):
        return p
    return replace(p, lemma=word, pos="a", agent=p.patient, patient=None)


def _readings(claim: Claim) -> list[Predicate]:
    """Every predicate and nominal of the claim, and a copula's participle also as a state."""
    readings = list(frame(claim).predicates) + list(frame(claim).nominals)
    return readings + [state for p in frame(claim).predicates if (state := _as_state(claim, p)) is not p]


def _other_tenses(a: Claim, x: Predicate, b: Claim, y: Predicate) -> bool:
    """Two states at what may be two times: in two tenses ('the pier was closed' / 'the pier is
    open'), or both past, one of them placed in time, without one date for both ('the road was
    closed overnight' / 'by morning it was open again': news tells a state and its change). Two
    states now, or two past states with no time said ('the climbers were alive' / 'dead'), do
    conflict."""
    if x.pos != "a" or y.pos != "a":
        return False
    present = {cop in _PRESENT_COPULAS for cop in (_copula(a, x), _copula(b, y)) if cop is not None}
    if len(present) > 1:
        return True
    if present == {False} and (_timed(a) or _timed(b)):
        dates_a, dates_b = _dates(a), _dates(b)
        return not (dates_a and dates_b and dates_a == dates_b)
    return False


# Words that place a past state in a sequence: 'open again', 'still closed', 'by morning'.
_SEQUENCE = re.compile(r"\b(?:again|still|later|no longer|any ?more|once more|eventually|by (?:then|morning|"
                       r"noon|evening|night|nightfall|the afternoon|the evening)|overnight|until|since)\b",
                       re.IGNORECASE)


def _timed(claim: Claim) -> bool:
    """The claim says when its state held, or that it changed."""
    return bool(_dates(claim)) or bool(_SEQUENCE.search(claim.text))


def _both_dated(a: Claim, b: Claim) -> bool:
    """Both claims say when, and their periods agree ('in 2023', 'last year'). A thing rises and falls
    over time, so opposite changes count only then (``compare`` has already set differing dates
    apart): 'the bounce rate climbed' / 'a gradual lowering of the bounce rate' tell one trajectory."""
    periods_a, periods_b = period_markers(a.text), period_markers(b.text)
    if periods_a and periods_b and periods_a != periods_b or _bounded(a) or _bounded(b):
        return False
    return bool(_dates(a) | periods_a) and bool(_dates(b) | periods_b)


def _bounded(claim: Claim) -> bool:
    """The claim's only dates bound a span ('over the three months to October', 'since 2020'): the
    change is over another stretch of time than one dated 'in October'. A bound beside a date of
    its own ('on Wednesday, trading at 921 by midday') leaves the claim dated."""
    bounds = []
    for q in claim.quantities:
        if q.kind.value in ("date", "time"):
            before = claim.text[: max(q.span.start - claim.span.start, 0)].split()
            bounds.append(bool(before) and before[-1].lower() in BOUNDS)
    return bool(bounds) and all(bounds)


def _dates(claim: Claim) -> frozenset[str]:
    return frozenset(q.text.lower() for q in claim.quantities if q.kind.value in ("date", "time"))


def _as_written(claim: Claim, phrase: Phrase) -> str:
    """The phrase as the claim writes it ("the company's profits", not the parse's "company 's")."""
    start, end = phrase.span.start - claim.span.start, phrase.span.end - claim.span.start
    return claim.text[start:end] if 0 <= start < end <= len(claim.text) else phrase.text


def opposite_stances(x: Predicate, y: Predicate) -> bool:
    """Two sides taken on one thing: one act with 'for' and 'against' ('voted for the bill' / 'voted
    against the bill', 'campaigned in favour of the bypass' / 'against it', 'marched in support of
    the strike' / 'in protest at it': the same verb or a synonym), or verbs that take the sides by
    their meaning ('supported the merger' / 'opposed the merger', 'objected to the plan';
    ``lexicon.side_taken``), or such a verb against any other act's side on the thing. A bare 'for'
    takes no side against such a verb: 'paid for the repairs' / 'objected to the repairs' are not
    two sides."""
    if x.stance is None or y.stance is None or x.stance == y.stance:
        return False
    if x.negated != y.negated or x.modal or y.modal:
        return False
    by_meaning_x, by_meaning_y = x.stance_cue == SIDE_BY_MEANING, y.stance_cue == SIDE_BY_MEANING
    if not (by_meaning_x or by_meaning_y) and not same_word(x.lemma, y.lemma, "v"):
        return False
    if by_meaning_x != by_meaning_y and (x if by_meaning_y else y).stance_cue == "for":
        return False
    return same_participant(x.stance_on, y.stance_on) is True


def _side_words(p: Predicate) -> str:
    """'oppose' for a verb that takes its side by meaning; 'vote against' for one that takes it by a
    preposition; 'march in support' for one that takes it by a noun."""
    if p.stance_cue == SIDE_BY_MEANING:
        return p.lemma
    return f"{p.lemma} {p.stance_cue}"


def _told_in(claim: Claim, p: Predicate) -> bool:
    """The claim itself tells the other claim's act, as the other tells it: a claim holding both
    an act and its opposite ('was imprisoned by the Allies but released in 1947') tells a
    sequence or a contrast, and the other claim's act ('was released in 1947') agrees with it."""
    return any(q.lemma == p.lemma and q.negated == p.negated and q.span != p.span and q.stance == p.stance
               for q in frame(claim).predicates)


def compare(a: Claim, b: Claim) -> RuleResult | None:
    if a.polarity != b.polarity or _other_times(a, b):
        return None
    nominals = frame(a).nominals + frame(b).nominals
    dated = _both_dated(a, b)
    for x in _readings(a):
        for y in _readings(b):
            if _told_in(a, y) or _told_in(b, x):
                continue  # 'was imprisoned but released in 1947' / 'was released in 1947': a sequence
            lifted = x not in nominals and y not in nominals
            changes = dated and _opposite_changes_of(a, x, x in nominals, b, y, y in nominals)
            if not _same_subject(a, b, x, y, sizes=changes):
                continue
            opposed = changes or opposed_predicates(x, y, lifted)
            sides = not opposed and opposite_stances(x, y)  # 'voted for' / 'voted against' one thing
            if ((opposed or sides) and not _other_tenses(a, x, b, y) and not _split(a, x, b, y)
                    and not _other_settings(x, y)):
                size = _without_size if changes else (lambda phrase: phrase)
                who = next(((claim, p) for claim, p in ((a, size(x.patient)), (a, x.agent), (b, size(y.patient)),
                                                       (b, y.agent)) if p is not None), None)
                about = f" of {_as_written(*who)}" if who is not None else ""
                reason = (f"'{_side_words(x)}' and '{_side_words(y)}' take opposite sides on "
                          f"{_as_written(a, x.stance_on)}") if sides else (
                    f"'{x.lemma}' and '{y.lemma}' say opposite things{about}")
                return RuleResult(RULE.name, "conflicting", Kind.ANTONYM, reason, x.span, y.span)
    return None


RULE = Rule("antonyms", (Kind.ANTONYM,), "one participant given opposite predicates (WordNet antonyms)", compare)
