"""Choose the claim pairs worth judging, so a long article never costs n² model calls.

Two claims can only contradict each other if they talk about the same thing, and in news prose
that shows on the surface: they share rare content words (names, places, the counted noun), or
they put a number on the same referent. Each claim is scored against the claims it shares such
words with (an inverted index, so claims with nothing in common are never even compared), by
TF-IDF cosine over stemmed content words; it keeps its best ``config.max_pairs_per_claim``
partners. Pairs whose quantities count the same referent, or whose dates belong to the same
verb ("closes in June" / "will close in March"), or that fill the same one-valued relation ("born
in Vienna" / "born in Wrocław"), or that rank the same thing ("trails Faraday" / "Faraday running
behind"), are always kept: they are exactly the pairs the rules exist for. So are two figures
that may count one thing with acts WordNet does not link ("destroyed 12 homes" / "Fourteen houses
were lost"), which only the model can confirm on the claims restated with one figure.

Skipped: two claims of the same sentence (a sentence rarely contradicts itself, and its clauses
share words by construction), a claim nested inside another (a relative clause and the main
clause that contains it), and a claim repeated word for word.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from factcheck import lexicon
from factcheck.config import Config
from factcheck.events import dated_events
from factcheck.frames import Count
from factcheck.happenings import Happening, point_dates
from factcheck.quantities import Quantity, is_date
from factcheck.relations import fillers
from factcheck.rules.referents import count_of, counted_alike, may_count_alike
from factcheck.types import Claim, Pair
from factcheck.words import LIGHT_VERBS, content_terms, same_words

MIN_SIMILARITY = 0.08  # below this two claims share no more than a common word or two
# A term shared by more claims than this is a topic word of a long text, not a sign that two
# claims are about the same fact; it also keeps each claim's neighbourhood, and the run, bounded.
MAX_POSTINGS = 64
MAX_SENSES = 3  # a noun's first WordNet senses name the acts it is filed under (as in rules.alignment)
# The whole run's pairs, for long texts: on 200,000 characters of news (1,789 claims) pairing
# offers 8.5 pairs per claim (on 10,000 characters 2.7), and the model judges about 80 pairs a
# second on one core in float32, so 200,000 characters in under a minute on 2 cores allow about
# 3 per claim (scripts/measure_length.py, README "Speed"). ContraDoc's and ChatProtect's texts,
# the samples and ordinary articles stay under the floor.
MIN_PAIR_BUDGET = 1_000
PAIRS_PER_CLAIM = 3
COMMON_TERM_SHARE = 0.5  # a term in more than half the claims says nothing about what a claim is about
COUNT_WINDOW = 60  # claims with figures looked ahead of each one for a count told in other words


def _referents(claim: Claim) -> tuple[str, ...]:
    """What a claim puts a number, a date or a name on: counted things, dated verbs, offices and
    their holders ('Ashby's club captain' pairs with 'Club captain Jamie Rourke', 'Ruiz, the health
    minister' with 'Finance Minister Ana Ruiz'), one-valued relations ('born in', 'founded by'), then
    happenings it dates or places. In a fixed order, so a pair found under two keys is always
    labelled with the same (the more specific)."""
    counted = {q.referent for q in claim.quantities if q.referent}
    dated = {f"event:{event.verb}" for event in dated_events(claim)}
    current = [role for role in claim.roles if role.current]
    offices = {f"office:{role.head}" for role in current}
    holders = {f"holder:{role.person.split()[-1].lower()}" for role in current}
    relations = {f"relation:{filler.relation}" for filler in fillers(claim)}
    specific = counted | dated | offices | holders | relations | _ordered(claim)
    return (*sorted(specific), *sorted(happening_keys(claim) - specific))


def happening_keys(claim: Claim) -> set[str]:
    """Keys under which two tellings of one happening meet, so the date and location rules see them:
    the act, whichever word names it ('a ten-week trial at Leeds Crown Court' / 'where Heller was
    tried' both file under try); the onset a dated 'first' marks ('the first case on March 3' /
    'the initial diagnosis on March 11'); and a dated act of a named participant ('Mensah signed
    ... on Monday' / 'Mensah put pen to paper ... on Thursday'), or of one the claim is about when
    the act is a definite one ('the river overtopped the wall at Carver's Bridge on Saturday' /
    'the Marrow first spilled over the Carver's Bridge defences on Sunday')."""
    keys = set()
    for happening in claim.frame.happenings if claim.frame else ():
        if happening.repeated or happening.negated:
            continue
        dated = bool(point_dates(claim, happening))
        if dated or happening.places:
            # each act under its name, its WordNet senses and the acts one step more general, so
            # that synonyms and kinds of one act meet ('landed at Gatwick' / 'touched down at Stansted')
            keys.update(f"happening:{key}" for act in acts_of(happening) for key in _act_keys(act))
        if dated and happening.ordinal == "first":
            keys.add("happening:first")
        if dated:
            keys.update(f"happening-of:{name.lower()}" for phrase in (happening.agent, happening.patient)
                        if phrase is not None and phrase.name for name in phrase.name.split())
        if dated and (happening.unique or happening.ordinal):
            keys.update(f"happening-of:{name}" for name in claim.about)
    return keys


@lru_cache(maxsize=8192)
def _acts_named(noun: str) -> frozenset[str]:
    try:
        return frozenset(lexicon.acts_named(noun, max_senses=MAX_SENSES))
    except (KeyError, ValueError):
        return frozenset()


def acts_of(happening: Happening) -> frozenset[str]:
    """The verb a happening is, or the verbs its noun names ('trial' -> try), or the noun itself."""
    if happening.pos == "v":
        return frozenset({happening.lemma})
    return _acts_named(happening.lemma) or frozenset({happening.lemma})


# Verbs that say too little to name an act on their own (as rules.alignment.LIGHT_VERBS).
_DENIED = re.compile(r"^(?:no|none|nobody|nothing|neither)\b", re.IGNORECASE)


@lru_cache(maxsize=16_384)
def _act_keys(act: str) -> frozenset[str]:
    """The act itself, its first senses' synsets and the verbs one hypernym step above its first."""
    try:
        broader = lexicon.broader_acts(act)
    except (KeyError, ValueError):
        broader = set()
    return frozenset({act} | _act_synsets(act, MAX_SENSES) | (broader - LIGHT_VERBS))


@lru_cache(maxsize=16_384)
def _act_synsets(verb: str, max_senses: int | None) -> frozenset[str]:
    try:
        return frozenset(lexicon.synset_ids(verb, "v", max_senses=max_senses))
    except (KeyError, ValueError):
        return frozenset()


def _denied_acts(claim: Claim) -> frozenset[str]:
    """WordNet synsets of the acts a claim denies outright, by denying what they were done to ('no
    weapon was discharged'), in any sense: the negation rule reads rare senses once the two claims
    are about one thing. A plain negated verb ('did not survey') is left to the word index: its
    claims share words with the claims that state the act, and pairing it more widely mostly
    offers other people's acts ('some have never surveyed' / 'programs that survey')."""
    found: set[str] = set()
    for p in claim.frame.predicates if claim.frame else ():
        denied = p.patient is not None and _DENIED.match(p.patient.text)
        if denied and not p.negated and p.pos == "v" and not p.modal and p.lemma not in LIGHT_VERBS:
            found |= _act_synsets(p.lemma, None)
    return frozenset(found)


def _asserted_acts(claim: Claim) -> frozenset[str]:
    """WordNet synsets of the acts a claim states, first senses only."""
    found: set[str] = set()
    for p in claim.frame.predicates if claim.frame else ():
        if not p.negated and p.pos == "v" and not p.modal and p.lemma not in LIGHT_VERBS:
            found |= _act_synsets(p.lemma, MAX_SENSES)
    return frozenset(found)


def _denial_pairs(claims: Sequence[Claim], most: int) -> list[tuple[int, int]]:
    """A claim that denies an act and the nearest claims that state it in other words ('No weapon was
    discharged' / 'one of the men fired a shot'), which may share no word for the index to find."""
    asserted = [_asserted_acts(c) for c in claims]
    pairs = []
    for i, claim in enumerate(claims):
        denied = _denied_acts(claim)
        if not denied:
            continue
        near = sorted((abs(j - i), j) for j in range(len(claims))
                      if j != i and denied & asserted[j] and _eligible(claim, claims[j]))
        pairs.extend((i, j) for _, j in near[:most])
    return pairs


def _counted_figures(claim: Claim) -> list[tuple[Quantity, Count]]:
    """The claim's figures that count something, each with what the parse says it counts."""
    if claim.frame is None:
        return []
    found = ((q, count_of(claim, q)) for q in claim.quantities if not is_date(q) and q.count is not None)
    return [(q, count) for q, count in found if count is not None]


def _restatable_count_pairs(claims: Sequence[Claim], most: int) -> list[tuple[int, int]]:
    """A claim with a figure and the nearest following claims that may count the same things with
    acts WordNet does not link ('destroyed 12 homes' / 'Fourteen houses were lost'; 'forced 300
    residents out' / '450 people had to leave'), which the word index misses when the two share no
    word. Only the model, reading the claims restated with one figure, can make such a pair a
    finding (``numbers.restated_figures``): their figures are alike only with the acts unread
    (``referents.counted_alike``). A pair with figures the parse already reads as one count, but
    which shares no words, stays unpaired: the numbers rule would compare those figures with
    nothing to confirm them (offering such pairs put 12 more false alarms on clean-news, 67 -> 78,
    and one on the QAGS articles: 'at least seven young children' / 'two boys' beside '18 months' /
    '15 years')."""
    figures = [_counted_figures(claim) for claim in claims]
    counting = [i for i, found in enumerate(figures) if found]
    pairs = []
    for x, i in enumerate(counting):
        taken = 0
        for j in counting[x + 1: x + 1 + COUNT_WINDOW]:
            if taken == most:
                break
            a, b = claims[i], claims[j]
            candidates = [(qa, qb) for qa, ca in figures[i] for qb, cb in figures[j] if may_count_alike(ca, cb)]
            if not candidates or not _eligible(a, b):
                continue
            # a pair with figures the parse reads as one count is left to the word index, as before:
            # the numbers rule would read those figures with no model to confirm them
            if any(counted_alike(a, qa, b, qb) for qa, _ in figures[i] for qb, _ in figures[j]):
                continue
            if any(counted_alike(a, qa, b, qb, acts_unread=True) for qa, qb in candidates):
                pairs.append((i, j))
                taken += 1
    return pairs


def _ordered(claim: Claim) -> set[str]:
    """The things a claim ranks ('Obi trails Faraday': obi, faraday), so two claims that order the
    same thing meet however far apart they are ('the cut was deeper than forecast' / 'the reduction
    was smaller than the consensus forecast')."""
    keys = set()
    for order in claim.frame.orders if claim.frame else ():
        for thing in (order.first, order.second):
            words = thing.names or ({thing.lemma} if thing.kind in ("noun", "clause") else set())
            keys.update(f"order:{word}" for word in words)
    return keys


def _nested(a: Claim, b: Claim) -> bool:
    return a.span.contains(b.span) or b.span.contains(a.span)


def _eligible(a: Claim, b: Claim) -> bool:
    return (a.sentence != b.sentence and not _nested(a, b) and not _repeated(a, b) and _asserts(a) and _asserts(b)
            and not _two_entries_of_one_list(a, b))


def _two_entries_of_one_list(a: Claim, b: Claim) -> bool:
    """Two entries of one list or timeline ('January—the directive is issued' / 'March—the search
    relaunches') each give their own entry's values: they are never one thing told twice."""
    return a.entry is not None and b.entry is not None and a.entry[0] == b.entry[0] and a.entry[1] != b.entry[1]


def _asserts(claim: Claim) -> bool:
    """An instruction or a 'How to ...' heading asserts nothing, so it is paired with nothing."""
    return claim.frame is None or claim.frame.asserts


def _repeated(a: Claim, b: Claim) -> bool:
    """One claim written twice, word for word (a sentence a page repeats, a pull quote): whatever
    it says within itself, the two copies say the same."""
    return same_words(a.text, b.text)


class _TermIndex:
    """TF-IDF vectors of claims' content terms, with an inverted index for sparse candidate lookup."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        self.terms = [content_terms(c.text) for c in claims]
        frequency: dict[str, int] = defaultdict(int)
        for terms in self.terms:
            for term in terms:
                frequency[term] += 1
        n = max(len(claims), 1)
        common = max(2, int(n * COMMON_TERM_SHARE)) if n >= 8 else n + 1
        common = min(common, MAX_POSTINGS)
        self.idf = {t: math.log((n + 1) / (f + 0.5)) for t, f in frequency.items()}
        self.postings: dict[str, list[int]] = defaultdict(list)
        for i, terms in enumerate(self.terms):
            for term in terms:
                if frequency[term] < common:
                    self.postings[term].append(i)
        self.norms = [math.sqrt(sum(self.idf[t] ** 2 for t in terms)) or 1.0 for terms in self.terms]

    def similarity(self, i: int, j: int) -> float:
        shared = self.terms[i] & self.terms[j]
        return sum(self.idf[t] ** 2 for t in shared) / (self.norms[i] * self.norms[j])

    def neighbours(self, i: int) -> set[int]:
        return {j for term in self.terms[i] for j in self.postings.get(term, ()) if j != i}


def candidate_pairs(claims: Sequence[Claim], *, config: Config) -> list[Pair]:
    """Pairs worth judging, in a deterministic order (by the claims' ids)."""
    index = _TermIndex(claims)
    chosen: dict[tuple[int, int], tuple[str, ...]] = {}
    rank: dict[tuple[int, int], tuple[float, ...]] = {}  # which pairs a long text keeps (budget)
    by_referent: dict[str, list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        for referent in _referents(claim):
            by_referent[referent].append(i)
    for referent, members in by_referent.items():
        for x, i in enumerate(members):
            # The nearest following claims only: a referent named in every paragraph of a long
            # text must not bring back the n² pairs the index exists to avoid.
            taken = 0
            for j in members[x + 1:]:
                if taken == config.max_pairs_per_claim:
                    break
                if _eligible(claims[i], claims[j]):
                    chosen.setdefault((i, j), (f"same-referent:{referent}",))
                    rank.setdefault((i, j), (0, j - i))
                    taken += 1
    for i, j in _restatable_count_pairs(claims, config.max_pairs_per_claim):
        chosen.setdefault((i, j), ("same-count",))
        rank.setdefault((i, j), (0.5, j - i))  # after the rules' own pairs: these wait on the model
    for i, j in _denial_pairs(claims, config.max_pairs_per_claim):
        key = (min(i, j), max(i, j))
        chosen.setdefault(key, ("denied-act",))
        rank.setdefault(key, (0, abs(j - i)))
    for i in range(len(claims)):
        scored = sorted(((index.similarity(i, j), j) for j in index.neighbours(i)
                         if _eligible(claims[i], claims[j])), key=lambda s: (-s[0], s[1]))
        for score, j in scored[: config.max_pairs_per_claim]:
            if score < MIN_SIMILARITY:
                break
            key = (min(i, j), max(i, j))
            chosen.setdefault(key, (f"similar:{score:.2f}",))
            rank.setdefault(key, (1, -score))
    kept = sorted(chosen) if len(chosen) <= pair_budget(len(claims)) else \
        sorted(sorted(chosen, key=lambda key: (*rank[key], key))[: pair_budget(len(claims))])
    return [Pair(claims[i], claims[j], chosen[(i, j)]) for i, j in kept]


def pair_budget(claims: int) -> int:
    """How many pairs a text of ``claims`` claims may have judged: a long text gets a fixed number
    per claim, so checking time grows linearly with length; when it must choose, it keeps the pairs
    the rules exist for (one referent, nearest first), then the most similar ones. Texts under
    about 20,000 characters never reach it."""
    return max(MIN_PAIR_BUDGET, PAIRS_PER_CLAIM * claims)
