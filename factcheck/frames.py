"""What a claim says, read off the dependency parse of its sentence: its predicates with who did
what to whom, the places it names, the comparisons it makes.

Why a frame: two claims contradict each other only when they talk about the same thing, and news
prose says the same thing in many ways ("the council approved the plan" / "the plan was voted
down by councillors"). The parse gives the predicate and its arguments however the sentence is
worded; ``factcheck.lexicon`` then tells which predicates mean the same and which exclude each
other. Rules (``factcheck.rules``) compare frames, not strings.

A frame is read from the tokens of the claim's own span, with the parse of the whole sentence, so
heads and relations are those of the sentence. Everything here is a pure function of the parse.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from factcheck import lexicon
from factcheck.orders import Order, read_orders
from factcheck.parse import ParsedSpan, preposition
from factcheck.quantities import measure_dimension
from factcheck.types import Span
from factcheck.words import (ADDITIVE_WORDS, CURRENCY_SYMBOLS, DURATION_NOUNS, FUTURE_AUXILIARIES, HABITUAL_ADVERBS,
                             INDEFINITE_ARTICLES, MONTHS, WEEKDAYS, names_a_duration, ordinal_position)

if TYPE_CHECKING:  # pragma: no cover - imported for type names only
    from factcheck.happenings import Happening

# Prepositions that put an event somewhere ("in Lyon", "at Leeds Crown Court", "near Swindon").
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "on", "off", "within", "across", "beside"})
# UD relations that keep a noun phrase together (its words, not its clauses).
_PHRASE_RELATIONS = frozenset({"det", "amod", "compound", "flat", "flat:name", "nmod:poss", "nummod", "case",
                               "fixed", "compound:prt", "advmod", "nmod:npmod", "nmod:unmarked"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj", "nsubj:outer"})
_OBJECTS = frozenset({"obj", "iobj", "obl:arg"})
_NEGATORS = frozenset({"not", "n't", "never", "no"})
_CLAUSE_HEADS = frozenset({"VERB", "AUX"})
_TIME_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(
    {"today", "yesterday", "tomorrow", "morning", "evening", "night", "afternoon", "noon", "midnight",
     "week", "weekend", "month", "year", "season", "christmas", "easter"})


@dataclass(frozen=True)
class Phrase:
    """A noun phrase (an argument, a place) with its head lemma and the proper name inside it."""

    text: str
    lemma: str  # head lemma, lower case: "court", "peso"
    pos: str  # UPOS of the head
    span: Span  # document offsets
    name: str | None = None  # the proper-name words in it: "Leeds Crown Court", "Heller"
    wholes: frozenset[str] = frozenset()  # nouns it is part of or belongs to: "depot" in 'the roof of the depot'
    # common nouns compounded with the head, which say which of its kind: "pay" in 'the pay deal'
    kinds: frozenset[str] = frozenset()
    # words that say which of their kind the wholes are: "electric" in 'sales of electric cars'
    whole_kinds: frozenset[str] = frozenset()
    position: int | None = None  # its place in a series: 2 for 'the second leg', '2nd round'

    @property
    def words(self) -> frozenset[str]:
        """Lower-case words of the proper name, or the head lemma when there is no name."""
        return frozenset((self.name or self.lemma).lower().split())


@dataclass(frozen=True)
class Predicate:
    """One verb (or a copular adjective or noun) with its arguments, voice undone: ``agent`` is who
    acts, ``patient`` what is acted on, whether the sentence is active or passive."""

    lemma: str  # "approve", "vote down", "small" (for 'was smaller'), "captain" (for 'is the captain')
    pos: str  # WordNet part of speech: "v", "a" or "n"
    span: Span
    negated: bool = False
    agent: Phrase | None = None
    patient: Phrase | None = None
    places: tuple[Phrase, ...] = ()
    degree: str | None = None  # a comparative's base adjective: "large" for "larger", "more" -> "many"
    than: Phrase | None = None  # what a comparative compares with: 'than the consensus forecast'
    modal: bool = False  # 'may approve', 'would slow', 'reportedly fell', 'plans to close': not asserted
    perfect: bool = False  # 'has published', 'have not met': the present perfect, every period up to now
    habitual: bool = False  # 'usually publishes', 'has traditionally named': a pattern, not one act
    universal: bool = False  # 'for every patient', 'all residents', 'always': told of every case
    passive: bool = False  # 'was acquitted': a clause in the passive voice, its agent said or not
    # Common nouns of the places the predicate is put in, where no name says it: "north" for 'rose in
    # the north' (named places are in ``places``)
    settings: frozenset[str] = frozenset()
    # The side the act takes on a thing, and the thing: 'for' and 'the bill' in 'voted for the bill',
    # 'against' in 'campaigned against the bypass' ('in favour of' is 'for'), 'against' and 'the
    # merger' in 'opposed the merger'; ``stance_cue`` says what gives the side: the preposition
    # ('for', 'against'), 'in' and its noun ('in support'), or 'verb' (the verb's meaning)
    stance: str | None = None
    stance_on: Phrase | None = None
    stance_cue: str | None = None


@dataclass(frozen=True)
class Count:
    """A number in the claim and what it counts, read off the parse: '340 homes' that 'crews evacuated'."""

    span: Span  # the number's words
    noun: str  # lemma of the counted noun: "home"; for 'fell to 61,400' the subject's: "list"
    noun_text: str
    verb: str | None  # the predicate the counted noun takes part in: "evacuate"
    names: frozenset[str] = frozenset()  # proper-name words in the counted noun's phrase: "millbrook"
    measured: str | None = None  # for a unit, what it measures: "battery" in '40,000 tonnes of batteries'
    # Common words that narrow the counted noun to a subset: "neighbourhood" in 'the 12 neighbourhood
    # areas', "city", "centre" in 'the four city-centre areas'
    modifiers: frozenset[str] = frozenset()
    # What the figure is the value of, and whose: 'a seating capacity of 20,000' that 'the stadium'
    # has, 'its population of 12,000', 'a loss of £3m' the club posted. None for a plain count.
    attribute: str | None = None
    owner: Phrase | None = None
    tense: str | None = None  # of the verb that gives the attribute its value: 'past', 'present', 'future'
    # For a sum of money or a length of time, who pays, costs, spends or lasts it and what else the
    # act names: 'The firm' and {"site"} in 'The firm paid $45 million for the site' (a sum or a
    # length is tied to its act's whole frame, since an article names many of them for many things).
    subject: Phrase | None = None
    arguments: frozenset[str] = frozenset()
    # Common nouns the counted things belong to: "factory" in 'the factory's 190 workers' and in
    # '230 jobs at the factory' (their names are in ``names``)
    wholes: frozenset[str] = frozenset()
    acted_on: bool = False  # the counted things are what ``verb`` is done to: 'hired 30 workers'
    # Heads of the phrases and clauses that restrict the counted noun to some of its kind: "30" in
    # 'respondents under 30', "north" in 'voters in the north', "live" in 'people who live nearby'
    restrictions: frozenset[str] = frozenset()
    # For a share, the thing it is the level of: 'the discount rate' in 'cut the discount rate to
    # 1/2 percent', 'inflation' in 'the shortfall of inflation from 2 percent'
    level_of: Phrase | None = None

    @property
    def is_money(self) -> bool:
        return self.noun in MONEY_NOUNS


@dataclass(frozen=True)
class Frame:
    """Everything the rules read from one claim's parse."""

    predicates: tuple[Predicate, ...] = ()
    # Acts named by nouns, read as their verbs: 'the depreciation of the peso' -> depreciate (patient
    # peso). Kept apart from predicates: only rules that compare acts however they are worded use them.
    nominals: tuple[Predicate, ...] = ()
    counts: tuple[Count, ...] = ()
    places: tuple[Phrase, ...] = ()  # every place the claim names, with any predicate or none
    names: frozenset[str] = field(default_factory=frozenset)  # proper-name words, lower case
    lemmas: frozenset[str] = field(default_factory=frozenset)  # content lemmas, lower case
    nouns: frozenset[str] = field(default_factory=frozenset)  # common-noun lemmas, lower case
    # Acts and events with their places and times (factcheck.happenings), and the places the article
    # puts inside others, as (inner, outer) lower-case names: ('elland road', 'leeds') for 'at Elland
    # Road in Leeds' anywhere in the article (factcheck.context gathers them).
    happenings: tuple["Happening", ...] = ()
    place_links: frozenset[tuple[str, str]] = field(default_factory=frozenset)
    orders: tuple[Order, ...] = ()  # orders it states between two things (factcheck.orders)
    # Stretches of time its acts are told over, not calendar dates: 'opening day' for 'on its
    # opening day', 'weekend' for 'over the weekend', 'first week' for 'in its first week'
    stretches: frozenset[str] = field(default_factory=frozenset)
    # False for a claim that asserts nothing: an instruction ('Check the timetable before you
    # travel') or a heading of a wh-word and an infinitive ('How to Take a Screenshot on Android').
    # Neither can be true or false, so neither contradicts anything.
    asserts: bool = True

    @property
    def subjects(self) -> tuple[Phrase, ...]:
        return tuple(p.agent or p.patient for p in self.predicates if (p.agent or p.patient) is not None)


EMPTY_FRAME = Frame()

_WORDNET_POS = {"VERB": "v", "AUX": "v", "ADJ": "a", "NOUN": "n", "PROPN": "n", "ADV": "r"}


def _children(token: Token, relations: Iterable[str]) -> list[Token]:
    wanted = set(relations)
    return [child for child in token.children if child.dep_ in wanted]


def _is_name(token: Token) -> bool:
    """A proper-name word; a capitalised first word of a sentence only if WordNet does not know it as
    a common word ('Emergency crews ...' is not a name)."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.lower_ in _TIME_WORDS:
        return False
    if not token.is_sent_start or token.i + 1 >= len(token.doc):
        return True
    following = token.doc[token.i + 1]
    return following.pos_ == "PROPN" or following.lower_ in ("'s", "’s") or not any(
        lexicon.is_lemma(token.lower_, pos) for pos in ("n", "a", "v"))


def _name_of(head: Token, inside: set[int]) -> str | None:
    """The run of proper-name tokens around ``head`` in its phrase: 'Leeds Crown Court'."""
    members = [t for t in _phrase_tokens(head, inside) if _is_name(t) and t.dep_ != "nmod:poss"]
    members = [t for t in members if not any(a.dep_ == "nmod:poss" for a in t.ancestors if a.i in inside and a != head)]
    if not members:
        return None
    run = _contiguous_around(members, head)
    return " ".join(t.text for t in run) if run else None


_JOINERS = frozenset("-‐‑–—")


def _continues(run: list[Token], token: Token) -> bool:
    """``token`` comes right after the run, or after a dash that joins two names into one:
    'the Bailey–Thompson House', 'Saxe-Altenburg' (the dash itself is no name token)."""
    gap = token.i - run[-1].i
    return gap == 1 or (gap == 2 and token.doc[token.i - 1].text in _JOINERS)


def _contiguous_around(tokens: Sequence[Token], head: Token) -> list[Token]:
    ordered = sorted(tokens, key=lambda t: t.i)
    runs: list[list[Token]] = []
    for token in ordered:
        if runs and _continues(runs[-1], token):
            runs[-1].append(token)
        else:
            runs.append([token])
    for run in runs:
        if run[0].i <= head.i <= run[-1].i:
            return run
    return runs[-1] if runs else []


def _name_siblings(head: Token, inside: set[int]) -> list[Token]:
    """Proper nouns right next to a proper-noun ``head`` that the parser hung on the same word:
    'Lütfi Elvan joined' parsed as two subjects, 'Wen Tianxiang was appointed' as an oblique and a
    subject, is one name. A sibling with a preposition of its own ('in Leeds') is another phrase."""
    if head.pos_ != "PROPN":
        return []
    found = []
    for step in (-1, 1):
        i = head.i + step
        while 0 <= i < len(head.doc) and i in inside:
            token = head.doc[i]
            # a root's own words are its children, not siblings ('At Ipswich Crown Court, where ...'
            # parsed with 'Court' as the root: its head is itself)
            if token.pos_ != "PROPN" or token.head != head.head or token.head in (token, head) \
                    or any(c.dep_ in ("case", "mark") for c in token.children):
                break
            found.append(token)
            i += step
    return found


def _phrase_tokens(head: Token, inside: set[int]) -> list[Token]:
    """``head`` and the words of its noun phrase (no clauses, no appositions), within the claim."""
    siblings = _name_siblings(head, inside)
    found, stack = [head], [*head.children, *siblings]
    while stack:
        token = stack.pop()
        if token.i in inside and (token.dep_ in _PHRASE_RELATIONS or token in siblings):
            found.append(token)
            stack.extend(token.children)
    return sorted(found, key=lambda t: t.i)


def _misread_compound_head(noun: Token) -> Token | None:
    """The real head of a noun compound the parser read as a noun and a clause on it: 'the pay
    offer' with 'offer' a bare verb (or a noun) hung on 'pay' as a clause. A relative clause
    without a subject is a participle ('the offer made', 'the union opposing it'), never a bare
    form or a noun, so such a word right after a noun, with no subject, object, auxiliary or 'to'
    of its own, is the compound's head noun."""
    if noun.pos_ != "NOUN" or noun.i + 1 >= len(noun.doc):
        return None
    after = noun.doc[noun.i + 1]
    if after.head != noun or after.dep_ != "acl" or not (after.tag_ in ("VB", "VBP") or after.pos_ == "NOUN"):
        return None
    own = {"nsubj", "nsubj:pass", "obj", "iobj", "aux", "aux:pass", "mark", "ccomp", "xcomp"}
    if any(c.dep_ in own for c in after.children) or not lexicon.is_lemma(after.lower_, "n"):
        return None
    return after


def _names_a_kind(modifier: Token) -> bool:
    """A common noun compounded with a head ('pension' in 'the pension plan'), also where the
    tagger calls it an adjective ('merger' in 'the merger plan': WordNet knows it only as a noun)."""
    if modifier.dep_ not in ("compound", "amod") or _is_time(modifier) or _is_name(modifier):
        return False
    if modifier.pos_ == "NOUN":
        return True
    word = modifier.lower_
    return modifier.pos_ == "ADJ" and lexicon.is_lemma(word, "n") and not lexicon.is_lemma(word, "a")


def phrase(parsed: ParsedSpan, head: Token, inside: set[int]) -> Phrase:
    particle = shifted_particle(head)
    tokens = [t for t in _phrase_tokens(head, inside) if (t.dep_ != "case" or t.head != head) and t != particle]
    compound_head = _misread_compound_head(head)
    if compound_head is not None and compound_head.i in inside:
        tokens = sorted([*tokens, compound_head], key=lambda t: t.i)
        return Phrase(text=" ".join(t.text for t in tokens), lemma=compound_head.lower_, pos="NOUN",
                      span=parsed.tokens_span(tokens), name=_name_of(head, inside),
                      kinds=frozenset({lemma(head)}) if not _is_name(head) else frozenset())
    tokens = tokens or [head]
    # what the thing belongs to ('the roof of the depot', "Corvane's shares"); a time the parse
    # hangs on the noun ('the town on Saturday') is the happening's, not an owner
    wholes = frozenset(lemma(c) for c in head.children
                       if c.dep_ in ("nmod", "nmod:poss") and c.pos_ in ("NOUN", "PROPN") and c.i in inside
                       and not is_time(c))
    kinds = frozenset(lemma(c) for c in head.children if c.i in inside and _names_a_kind(c))
    whole_kinds = frozenset(lemma(m) for c in head.children if c.dep_ == "nmod" and c.i in inside
                            for m in c.children if m.i in inside and m.dep_ in ("amod", "compound")
                            and m.pos_ in ("ADJ", "NOUN"))
    positions = (ordinal_position(c.lower_) for c in head.children if c.i in inside and c.dep_ in ("amod", "nummod"))
    position = next((p for p in positions if p is not None), None)
    return Phrase(text=" ".join(t.text for t in tokens), lemma=_prefixed(head) + lemma(head), pos=head.pos_,
                  span=parsed.tokens_span(tokens), name=_name_of(head, inside), wholes=wholes, kinds=kinds,
                  whole_kinds=whole_kinds, position=position)


def _prefixed(head: Token) -> str:
    """'co-' where the tokenizer split it off the head ('co - defendant'): a co-defendant is another
    person than the defendant (``alignment.same_word``)."""
    doc = head.doc
    if head.i >= 2 and doc[head.i - 1].text == "-" and doc[head.i - 2].lower_ == "co" \
            and doc[head.i - 2].idx + 2 == doc[head.i - 1].idx and doc[head.i - 1].idx + 1 == head.idx:
        return "co-"
    return ""


# A clock time the tokenizer keeps as one token: '2.10am', '11pm', '9:45pm'.
_CLOCK_TOKEN = re.compile(r"\d{1,2}(?:[.:]\d\d)?(?:am|pm|a\.m\.?|p\.m\.?)")


def _is_time(token: Token) -> bool:
    return (token.lower_ in _TIME_WORDS or token.like_num or token.lemma_.lower() in _TIME_WORDS
            or _CLOCK_TOKEN.fullmatch(token.lower_) is not None or _is_meridiem(token))


_DEICTIC = frozenset({"last", "next", "this", "that", "every", "each"})


def _time_adverbial(token: Token) -> bool:
    """'last month' in 'Prices increased last month', which the parser may read as the object: when
    it happened, not what was acted on ('spent the weekend' keeps its object)."""
    return token.lemma_.lower() in _TIME_WORDS and any(c.lower_ in _DEICTIC for c in token.children)


def _adverb_read_as_object(token: Token) -> bool:
    """'sharply' in 'Shares rose sharply', which the parser may read as the object: a word WordNet
    knows as an adverb and not as a noun says how, not what was acted on."""
    word = token.lower_
    return word.endswith("ly") and lexicon.is_lemma(word, "r") and not lexicon.is_lemma(word, "n")


def _is_meridiem(token: Token) -> bool:
    """'am' / 'pm' with its hour: the parser may make 'am' the head of 'around 5 am'."""
    return token.lower_ in ("am", "pm", "a.m.", "p.m.") and any(c.like_num for c in token.children)


def _places_under(parsed: ParsedSpan, token: Token, inside: set[int],
                  prepositions: frozenset[str] = PLACE_PREPOSITIONS) -> list[Phrase]:
    """Proper-named places attached to ``token`` by a locative preposition ('in Duisburg', 'at Leeds
    Crown Court'), or naming the venue a locative phrase's noun belongs to ('at the Riverside Plaza
    food court')."""
    found = []
    for child in token.children:
        if child.i not in inside or child.dep_ not in ("obl", "nmod", "obl:unmarked", "advmod"):
            continue
        if preposition(child) not in prepositions or _is_time(child):
            continue
        place = phrase(parsed, child, inside)
        if place.name:
            found.append(place)
        elif _names_a_stretch_of_land(child):
            found.extend(_named_whole(parsed, child, inside))
        found.extend(_places_under(parsed, child, inside, prepositions))
    return found


def _settings(token: Token, inside: set[int]) -> frozenset[str]:
    """The common nouns of locations a predicate is put in by a preposition of place ('rose in the
    north', 'fell across the region'), WordNet's locations in one of their first three senses;
    names are places (``_places_under``) and times are not settings."""
    return frozenset(lemma(c) for c in token.children
                     if c.i in inside and c.dep_ in ("obl", "obl:unmarked") and c.pos_ == "NOUN"
                     and preposition(c) in PLACE_PREPOSITIONS and not _is_time(c) and _names_a_location(lemma(c)))


@lru_cache(maxsize=8192)
def _names_a_location(noun: str) -> bool:
    """A location in one of its first senses: 'north' is a direction first and a region second."""
    return lexicon.is_a(noun, "location", "n", max_senses=3)


def _names_a_stretch_of_land(token: Token) -> bool:
    """'coast', 'outskirts', 'centre', 'border': a noun whose first sense WordNet files under
    locations or land forms, so that its 'of' phrase says where ('off the coast of Norway')."""
    if token.pos_ != "NOUN":
        return False
    noun = lemma(token)
    return lexicon.is_a(noun, "location", "n", max_senses=1) or lexicon.is_a(
        noun, "geological formation", "n", max_senses=1)


def _named_whole(parsed: ParsedSpan, token: Token, inside: set[int]) -> list[Phrase]:
    """The named places in the 'of' phrase of ``token``: 'Norway' in 'the coast of Norway'."""
    wholes = [c for c in token.children if c.i in inside and c.dep_ == "nmod" and preposition(c) == "of"]
    return [place for c in wholes if (place := phrase(parsed, c, inside)).name]


def lemma(token: Token) -> str:
    """The token's dictionary form: WordNet's (exception lists and detachment rules, which get
    'acquitted' -> 'acquit' right) where WordNet knows the word, else the parser's. A word tagged
    past tense or participle is not its own base form where WordNet lists it as another verb's
    past: 'fell' is 'fall' (not 'to fell'), 'found' is 'find', 'saw' is 'see'."""
    pos = _WORDNET_POS.get(token.pos_)
    if pos is not None and token.pos_ != "PROPN":
        if pos == "v" and token.tag_ in ("VBD", "VBN"):
            return _past_base(token.lower_) or token.lemma_.lower()
        base = _base_form(token.lower_, pos)
        if base is not None:
            return base
    return token.lemma_.lower()


@lru_cache(maxsize=16384)
def _past_base(word: str) -> str | None:
    """The base of a past form: WordNet's first base form, unless that is the word itself and the
    exception lists give another ('fell' -> 'fall')."""
    forms = lexicon.base_forms(word, "v")
    if len(forms) > 1 and forms[0] == word:
        return forms[1]
    return forms[0] if forms else None


@lru_cache(maxsize=65536)
def _base_form(word: str, pos: str) -> str | None:
    return lexicon.base_form(word, pos)


def _verb_lemma(token: Token) -> str:
    """The verb with its particle when WordNet knows the phrasal verb ('knock down', 'vote down'),
    also where the object stands between them ('voted the scheme down')."""
    base = lemma(token)
    shifted = [p for obj in _children(token, ("obj",)) if (p := shifted_particle(obj)) is not None]
    for particle in _children(token, ("compound:prt",)) + shifted:
        phrasal = f"{base} {particle.lower_}"
        if lexicon.is_lemma(phrasal, "v"):
            return phrasal
    return base


# Particles of phrasal verbs that may follow the object: 'turned the offer down', 'called it off'.
_PARTICLES = frozenset({"down", "up", "off", "out", "away", "back", "over"})


def shifted_particle(obj: Token) -> Token | None:
    """A verb's particle that the parse hangs on its object because it follows it ('voted the
    scheme down': 'down' under 'scheme'): a bare particle right after the object's noun."""
    if obj.dep_ != "obj":
        return None
    for child in obj.rights:
        after = child.nbor() if child.i + 1 < len(child.doc) else None
        opens_a_phrase = after is not None and after.pos_ in ("DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON")
        if (child.i == obj.i + 1 and child.lower_ in _PARTICLES and child.dep_ in ("compound:prt", "advmod")
                and not list(child.children) and not opens_a_phrase):
            return child  # not 'moved the boxes up the stairs', where 'up' opens a phrase
    return None


# Auxiliaries, adverbs and governing verbs that make a predicate less than a plain assertion.
_MODAL_AUXILIARIES = frozenset({"may", "might", "could", "can", "should", "would", "must", "will", "shall"})
_HEDGE_ADVERBS = frozenset({"reportedly", "allegedly", "possibly", "perhaps", "probably", "apparently",
                            "likely", "supposedly"})
_INTENT_VERBS = frozenset({"plan", "expect", "hope", "intend", "want", "propose", "aim", "threaten", "seek",
                           "consider", "promise", "vow", "try", "attempt", "bet"})


# Conjunctions that make a clause a condition ('If a vendor fails to deliver, ...'), and verbs whose
# complement is kept from happening ('to avoid it escalating'): neither states its act as a fact.
_CONDITIONS = frozenset({"if", "unless"})
_PREVENTING_VERBS = frozenset({"avoid", "prevent", "avert", "forestall"})
# Verb forms without a tense of their own: such a clause is as sure as the predicate it hangs on
# ('may still be effective while decreasing demand': the decreasing is no surer than the 'may').
_UNTENSED = frozenset({"VB", "VBG", "VBN", "TO"})


# Words that open a condition when their clause is in the present tense ('once a claim reaches
# 200 votes', 'when a user signs up'); in the past they tell when a fact happened.
_GENERIC_CONDITIONS = frozenset({"once", "when", "whenever"})


def _present(token: Token) -> bool:
    """The clause's finite verb or auxiliary is in the present tense ('hits', 'is approved')."""
    finite = [t for t in (token, *token.children) if t is token or t.dep_ in ("aux", "aux:pass", "cop")]
    return any(t.tag_ in ("VBZ", "VBP") for t in finite) and not any(t.tag_ in ("VBD", "MD") for t in finite)


def _said_to_be_an_aim(token: Token) -> bool:
    """A to-clause that a copula says something is ('Our goal is to produce instructions', 'the
    plan was to close the depot', 'her job is to check the figures'): an aim, a plan or a task, not
    an act that took place."""
    children = list(token.children)
    return (any(c.dep_ == "cop" for c in children) and any(c.dep_ == "mark" and c.lower_ == "to" for c in children)
            and any(c.dep_ in ("nsubj:outer", "nsubj", "csubj") for c in children))


def _one_of_either(token: Token) -> bool:
    """A choice of 'either ... or' ('You either cut the topics or cut the quality', 'the club will
    either sell him or loan him out'), or a verb joined to one: each is a possibility, not a fact."""
    while True:
        if any(c.dep_ == "cc:preconj" and c.lower_ == "either" for c in token.children):
            return True
        if token.dep_ != "conj" or token.head is token:
            return False
        token = token.head


def _modal(token: Token) -> bool:
    """A predicate said as possible, future, planned, conditional, prevented or hearsay rather than
    as a fact, or an untensed clause hanging on such a predicate."""
    for child in token.children:
        if child.dep_ in ("aux", "aux:pass") and child.lower_ in _MODAL_AUXILIARIES:
            return True
        if child.dep_ == "advmod" and child.lower_ in _HEDGE_ADVERBS:
            return True
        if child.dep_ == "mark" and child.lower_ in _CONDITIONS and token.dep_ != "ROOT":
            return True  # (on the root, the parse hung the condition's 'if' on the main clause)
        if (child.dep_ in ("mark", "advmod") and child.lower_ in _GENERIC_CONDITIONS and token.dep_ != "ROOT"
                and _present(token)):
            return True  # 'once an idea hits 200 votes, it goes to review': whenever, not a fact
    if _said_to_be_an_aim(token) or _one_of_either(token):
        return True
    head = token.head
    if token.dep_ == "acl" and head.dep_ == "obj" and lemma(head.head) in _PREVENTING_VERBS:
        return True  # 'to avoid the levee breaking', 'breaking' parsed as a modifier of the levee
    if head == token or token.dep_ not in ("xcomp", "ccomp", "advcl"):
        return False
    if lemma(head) in _INTENT_VERBS or (lemma(head) in _PREVENTING_VERBS and token.dep_ != "advcl"):
        return True
    untensed = token.tag_ in _UNTENSED and not any(c.dep_ in ("aux", "aux:pass") and c.tag_ not in _UNTENSED
                                                   for c in token.children)
    return untensed and token.dep_ in ("xcomp", "advcl") and _modal(head)


_PERFECT_AUXILIARIES = frozenset({"has", "have", "'ve", "’ve"})


def _perfect(token: Token) -> bool:
    """'has not published', 'have never met', 'has not been open': the present perfect, whose
    auxiliary 'have' the parse hangs on the predicate."""
    return any(child.dep_ == "aux" and child.lower_ in _PERFECT_AUXILIARIES for child in token.children)


def _negated(token: Token) -> bool:
    """The predicate is denied: a negator hangs on it, and what it denies is the act or state itself,
    not only its degree or rank (``_denies_a_degree``)."""
    return (any(c.lower_ in _NEGATORS and c.dep_ in ("advmod", "neg", "det", "advmod:neg") for c in token.children)
            and not _denies_a_degree(token))


_UNIVERSALS = frozenset({"every", "all", "each"})
_RANKS = frozenset({"first", "only"})


def _denies_a_degree(token: Token) -> bool:
    """'is not the most natural fit', 'is not the longest', 'was not the first to arrive', 'is not
    the only one': a copula's negation over a superlative or a rank denies the degree or the rank,
    not the state ('the Hub fits right in' agrees with the first)."""
    children = list(token.children)
    if not any(c.dep_ == "cop" for c in children):
        return False
    ranked = token.tag_ in ("JJS", "RBS") or token.lower_ in _RANKS
    return ranked or any(
        (c.dep_ == "amod" and (c.tag_ == "JJS" or any(m.tag_ == "RBS" for m in c.children)))
        or (c.dep_ in ("amod", "advmod") and c.lower_ in _RANKS) for c in children)


def _universal(token: Token) -> bool:
    """The act is told of every case: an object or oblique with 'every', 'all' or 'each' ('worked
    for every patient', 'consulted all residents'), or 'always'. Denied, it is 'not in every case'
    and leaves the act standing for some."""
    children = list(token.children)
    return any(c.lower_ == "always" and c.dep_ == "advmod" for c in children) or any(
        c.dep_ in ("obj", "obl") and any(d.lower_ in _UNIVERSALS and d.dep_ in ("det", "det:predet")
                                         for d in c.children) for c in children)


def _main_verb_read_as_modifier(token: Token) -> bool:
    """'The airline's profits increased last year' parsed as one noun phrase, 'increased' a reduced
    relative on 'profits': a past form right after a noun that is the root of a sentence with no
    verb of its own is the sentence's verb, and the noun its subject. (A participle keeps its
    passive reading, so a headline's 'Three people killed in crash' still has people killed.)"""
    head = token.head
    return (token.dep_ == "acl" and token.tag_ in ("VBD", "VBN") and head.dep_ == "ROOT"
            and head.pos_ in ("NOUN", "PROPN") and token.i == head.i + 1)


def _named_after_descriptor(subjects: list[Token]) -> Token:
    """The subject among a clause's subjects: a name the parser made a second subject right after a
    common noun that describes it ('Home side Rovers won', 'Holders Kelsall lost'), else the first."""
    first = subjects[0]
    if len(subjects) > 1 and first.pos_ == "NOUN" and subjects[1].pos_ == "PROPN" and subjects[1].i == first.i + 1:
        return subjects[1]
    return first


def _subject_of(token: Token) -> Token | None:
    """The subject of a clause head; a conjoined or controlled verb borrows its head's
    ('the council met and approved ...', 'voted to approve ...'); a relative clause's is the noun
    it modifies ('the plan, which was rejected')."""
    if _main_verb_read_as_modifier(token):
        return token.head
    current: Token | None = token
    for _ in range(4):
        if current is None:
            return None
        subjects = _children(current, _SUBJECTS)
        if subjects:
            subject = _named_after_descriptor(subjects)
            if subject.lower_ in ("who", "which", "that") and current.dep_ == "acl:relcl":
                return current.head
            return subject
        if current.dep_ == "acl:relcl":
            return current.head
        if current.dep_ in ("conj", "xcomp") and current.head != current:
            controlled = current.dep_ == "xcomp"
            current = current.head
            if controlled and _main_verb_read_as_modifier(current):
                return current.head  # 'The museum remained closed', 'remained' read as a modifier
            continue
        return None
    return None


def _agent_and_patient(token: Token, inside: set[int]) -> tuple[Token | None, Token | None]:
    subject = _subject_of(token)
    objects = [c for c in _children(token, _OBJECTS) if c.i in inside and not _time_adverbial(c)
               and not _adverb_read_as_object(c)]
    passive = any(c.dep_ in ("nsubj:pass", "aux:pass") for c in token.children) or (
        token.tag_ == "VBN" and token.dep_ == "acl")
    if passive:
        agents = [c for c in token.children if c.dep_ in ("obl:agent", "obl") and preposition(c) == "by"]
        if any(_counted_by(c) for c in agents):
            agents = _doers_beside_a_margin(agents) or agents
        return (agents[0] if agents else None), subject
    return subject, (objects[0] if objects else None)


def _doers_beside_a_margin(phrases: list[Token]) -> list[Token]:
    """'was defeated by 10,694 votes by James To': of a passive's 'by' phrases, the one with a
    figure is the margin; the doer is another, or the 'by' phrase the parse hung on the margin."""
    inner = [c for p in phrases if _counted_by(p) for c in p.children if c.dep_ == "nmod" and preposition(c) == "by"]
    return [p for p in phrases if not _counted_by(p)] + inner


def _counted_by(noun: Token) -> bool:
    """The phrase counts something ('by 10,694 votes', 'by 12 points'): a margin, not a doer."""
    return noun.like_num or any(c.dep_ == "nummod" for c in noun.children)


def _comparative(token: Token) -> tuple[str, Token | None] | None:
    """'smaller than X' / 'a longer term than X' / 'more ... than X': the base word and what follows
    'than', or None when ``token`` is not a comparative."""
    degree = token.morph.get("Degree")
    word = token.lower_
    base = None
    if degree == ["Cmp"] or word in ("more", "fewer", "less", "greater", "lesser", "better", "worse"):
        base = token.lemma_.lower()
    if base is None:
        return None
    than = None
    for candidate in [*token.children, *(token.head.children if token.dep_ == "amod" else ())]:
        if preposition(candidate) == "than" or any(c.lower_ == "than" for c in candidate.children):
            than = candidate
    return base, than


def _acts_as_verb(token: Token) -> bool:
    """A word the tagger called an adjective or noun that takes an object is a verb: 'the decision
    to clear Heller' (the small parser tags 'clear' ADJ)."""
    return token.pos_ in ("ADJ", "NOUN") and any(c.dep_ == "obj" for c in token.children) and \
        lexicon.is_lemma(lemma_as_verb(token), "v")


def lemma_as_verb(token: Token) -> str:
    return _base_form(token.lower_, "v") or token.lower_


# Verbs that say a state went on, as a copula says it held: 'the airport remained open', 'stayed
# shut', 'kept quiet'. Not 'seem', 'look' (the state as it appeared) nor 'become', 'turn' (a change:
# the state before it was another).
STATE_KEEPING_VERBS = frozenset({"remain", "stay", "keep"})


def _kept_state(token: Token) -> bool:
    """An adjective a state-keeping verb takes as its complement, or a participle that is one too
    ('remained closed'): the state of the verb's subject."""
    if token.dep_ != "xcomp" or token.head.pos_ not in _CLAUSE_HEADS or lemma(token.head) not in STATE_KEEPING_VERBS:
        return False  # (asked of every token: the cheap tests first)
    return token.pos_ == "ADJ" or (token.tag_ == "VBN" and lexicon.is_lemma(token.lower_, "a"))


def _predicate(parsed: ParsedSpan, token: Token, inside: set[int]) -> Predicate | None:
    copular = any(c.dep_ == "cop" for c in token.children)
    kept = _kept_state(token)
    as_verb = not copular and not kept and _acts_as_verb(token)
    if token.pos_ not in _CLAUSE_HEADS and not as_verb and not (
            (copular or kept) and token.pos_ in ("ADJ", "NOUN", "PROPN")):
        return None
    if token.pos_ == "AUX" and not copular and token.dep_ != "ROOT":
        return None
    agent, patient = _agent_and_patient(token, inside)
    comparative = _comparative(token) if token.pos_ == "ADJ" else None
    for child in token.children:
        if comparative is None and child.i in inside and child.dep_ in ("obj", "obl", "advmod", "xcomp"):
            comparative = _comparative(child) if child.pos_ in ("ADJ", "ADV") else None
    return Predicate(
        lemma=(token.lower_ if kept and token.pos_ != "ADJ"  # 'remained closed': the adjective
               else _verb_lemma(token) if token.pos_ in _CLAUSE_HEADS
               else lemma_as_verb(token) if as_verb else lemma(token)),
        pos="a" if kept else "v" if as_verb else _WORDNET_POS.get(token.pos_, "v"),
        span=parsed.token_span(token),
        negated=_negated(token) or (kept and _negated(token.head)),  # 'did not remain open'
        universal=_universal(token),
        modal=_modal(token) or (kept and _modal(token.head)),
        perfect=_perfect(token) or (kept and _perfect(token.head)),
        habitual=any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in token.children),
        passive=any(c.dep_ in ("aux:pass", "nsubj:pass") for c in token.children),
        agent=phrase(parsed, agent, inside | {agent.i}) if agent is not None else None,
        patient=phrase(parsed, patient, inside | {patient.i}) if patient is not None else None,
        places=tuple(_places_under(parsed, token, inside)),
        settings=_settings(token, inside),
        **_stance(parsed, token, inside),
        degree=comparative[0] if comparative else None,
        than=(phrase(parsed, comparative[1], inside | {comparative[1].i})
              if comparative and comparative[1] is not None else None),
    )


# The prepositions of taking a side, and 'in favour of', which is 'for'.
_STANCES = frozenset({"for", "against"})
# ``Predicate.stance_cue`` of a side the verb takes by its meaning ('opposed the merger').
SIDE_BY_MEANING = "verb"
_FAVOUR = frozenset({"favour", "favor"})
_STANCE_RELATIONS = frozenset({"obl", "obl:arg", "xcomp"})
# What 'in support of', 'in opposition to', 'in protest at' take their side on.
_SIDE_NOUN_PREPOSITIONS = frozenset({"of", "to", "at", "against"})


def _stance(parsed: ParsedSpan, token: Token, inside: set[int]) -> dict[str, object]:
    """The side an act takes on a thing: 'voted for the bill' ('for', the bill), 'voted against the
    bill', 'spoke in favour of the plan' ('for', the plan), 'marched in protest at the cuts'
    ('against': a noun whose act takes a side, ``lexicon.side_taken``). WordNet has no prepositions,
    so the two sides of a bare preposition are this closed pair; 'paid for the repairs' is read too,
    but only the same act 'against' the same thing can oppose it (``stance_cue`` 'for')."""
    by_meaning = _side_of_verb(parsed, token, inside)
    if by_meaning:
        return by_meaning  # 'protested against the mast' takes its side by the verb, as 'opposed' does
    for child in token.children:
        # the parser may label 'against the water bill' a complement: the preposition is what tells
        if child.dep_ not in _STANCE_RELATIONS or child.i not in inside or child.pos_ not in ("NOUN", "PROPN", "PRON") \
                or _is_time(child):
            continue
        # the parser may hang the preposition on a compound before the noun ('against the water bill')
        first = child.left_edge
        word = preposition(child) or (first.lower_ if first.dep_ == "case" and first.i < child.i else None)
        if word == "in":
            side = "for" if child.lower_ in _FAVOUR else _side_of_noun(lemma(child))
            thing = next((c for c in child.children if c.dep_ == "nmod" and c.i in inside
                          and preposition(c) in _SIDE_NOUN_PREPOSITIONS), None)
            if side is not None and thing is not None:
                return {"stance": side, "stance_on": phrase(parsed, thing, inside | {thing.i}),
                        "stance_cue": f"in {child.lower_}"}
        elif word in _STANCES:
            return {"stance": word, "stance_on": phrase(parsed, child, inside | {child.i}), "stance_cue": word}
    return {}


def _side_of_noun(noun: str) -> str | None:
    """The side the act a noun names takes ('support', 'backing': 'for'; 'opposition', 'protest': 'against')."""
    sides = {lexicon.side_taken(verb) for verb in lexicon.acts_named(noun, max_senses=3)} - {None}
    return sides.pop() if len(sides) == 1 else None


# Where a verb of taking a side names what it takes the side on: its object ('opposed the merger'),
# the subject of its passive ('the merger was backed by'), or a phrase with one of these prepositions
# ('objected to the plan', 'dissented from the ruling', 'protested against the mast', 'protested at
# the cuts').
_SIDE_PREPOSITIONS = frozenset({"to", "from", "against", "at"})
# the parser labels some objects of these verbs a complement or an apposition ('opposed the new
# quota', 'opposed the new car park')
_SIDE_OBJECTS = frozenset({"obj", "nsubj:pass", "xcomp", "appos"})


def _side_of_verb(parsed: ParsedSpan, token: Token, inside: set[int]) -> dict[str, object]:
    """The side a verb takes by its meaning ('supported the merger': 'for'; 'opposed', 'objected to':
    'against'; WordNet's synsets of taking a side, ``lexicon.side_taken``) and the thing it takes it on."""
    side = lexicon.side_taken(_verb_lemma(token)) if token.pos_ == "VERB" else None
    if side is None:
        return {}
    thing = next((c for c in token.children if c.i in inside and c.pos_ in ("NOUN", "PROPN", "PRON")
                  and not _is_time(c) and (c.dep_ in _SIDE_OBJECTS or (
                      c.dep_ in _STANCE_RELATIONS and preposition(c) in _SIDE_PREPOSITIONS))), None)
    if thing is None:
        return {}
    return {"stance": side, "stance_on": phrase(parsed, thing, inside | {thing.i}), "stance_cue": SIDE_BY_MEANING}


def _nominal(parsed: ParsedSpan, token: Token, inside: set[int]) -> Predicate | None:
    """A noun that names an act, as that act's verb with its 'of' phrase as patient and its possessor
    as agent ('the jury's verdict', 'the depreciation of the peso'); None for other nouns."""
    if token.pos_ != "NOUN" or token.dep_ == "compound":
        return None
    act = act_of_noun(lemma(token))
    if act is None:
        return None
    of = [c for c in token.children if c.dep_ == "nmod" and preposition(c) == "of" and c.i in inside]
    owner = [c for c in token.children if c.dep_ == "nmod:poss" and c.i in inside and not _is_time(c)]
    return Predicate(lemma=act, pos="v", span=parsed.token_span(token), negated=_negated(token),
                     universal=_universal(token),
                     agent=phrase(parsed, owner[0], inside) if owner else None,
                     patient=phrase(parsed, of[0], inside) if of else None)


@lru_cache(maxsize=16_384)
def act_of_noun(noun: str) -> str | None:
    """The verb a noun names an act of, first the one that shares its stem ('approval' is 'approve',
    not 'approbate'); None for a noun that names no act."""
    verbs = sorted(lexicon.acts_named(noun, max_senses=2), key=lambda verb: (-_shared_stem(noun, verb), verb))
    return verbs[0] if verbs else None


def _lasts(unit: Token, inside: set[int]) -> bool:
    """A unit of time that modifies a definite event or act's noun gives how long it lasted: 'the
    five-week trial', "the union's ten-day strike"."""
    event = unit.head
    if unit.dep_ not in ("amod", "compound") or event.pos_ != "NOUN" or event.i not in inside or event == unit:
        return False
    if any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in event.children):
        return False  # 'a five-week trial of the second defendant' brings in another one
    noun = lemma(event)
    return act_of_noun(noun) is not None or lexicon.is_a(noun, "event", "n", max_senses=2)


def _act_spent_on(measured: str) -> str | None:
    """The act a length of time is of, from its 'of' phrase: 'nine hours of deliberation'
    (deliberate), 'five weeks of negotiations' (the parser may leave the plural unlemmatised)."""
    return act_of_noun(measured) or act_of_noun(lexicon.base_form(measured, "n") or measured)


def _shared_stem(noun: str, verb: str) -> int:
    """How many letters a noun and a verb share from the start."""
    return len(os.path.commonprefix([noun, verb]))


# The parser hangs a sum on its currency sign ('$' <- nummod '4.2') or the sign on the figure
# ('million' <- compound '$'); either way the sum counts "money", as '45 million dollars' counts
# dollars (the quantities keep the currency, and two currencies are never compared).
MONEY_NOUNS = frozenset({"money", "dollar", "pound", "euro", "yen", "sterling"})
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen", "per", "cent", "percent"})
_CHANGE_VERBS = frozenset({"fall", "rise", "drop", "climb", "increase", "decrease", "grow", "shrink", "reach",
                           "slip", "jump", "soar", "plunge", "decline", "total", "stand"})


# Words on a counted noun or its number that make the count one of the things outside a set named
# before: 'no other client', 'the remaining 40 staff', and the words that add to an amount ('another
# 600 jobs', 'a further 12 arrests'). The quantities read the same words on the surface, right
# before a figure (``Quantity.additional``, ``Quantity.part``); the parse finds them where a
# quantifier or a determiner stands between ('no other client's data').
OTHER_SETS = ADDITIVE_WORDS | {"other", "remaining"}

QUANTIFIER_WORDS = frozenset({"all", "none", "most", "majority", "minority", "half", "every", "each", "both",
                              "neither", "several", "many", "few", "some", "no"})


# Shares named by a fraction word: 'a quarter of the members', 'two thirds of voters'.
_FRACTIONS = frozenset({"third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"})


def _quantified_noun(word: Token) -> Token | None:
    """The noun a quantifier is about: 'none of the people' -> people, 'most staff' -> staff."""
    for child in word.children:
        if child.dep_ in ("nmod", "obl") and preposition(child) == "of" and child.pos_ in ("NOUN", "PROPN"):
            return child
    if word.dep_ in ("det", "amod", "nummod", "det:predet") and word.head.pos_ in ("NOUN", "PROPN"):
        # 'a few state teams' counts teams, though the parser may hang 'few' on 'state'
        return word.head.head if _modifies_a_plural(word, word.head) else word.head
    return None


def _counted_noun(number: Token) -> Token | None:
    """The noun a number counts: its head for '340 homes', the noun after a hyphen for '36-concert',
    the subject for 'the list fell to 61,400'."""
    if _after_sign(number):
        return _top_of_sum(number)
    token = number
    for _ in range(3):  # '1.2 million customers': climb past scale words
        if token.dep_ in ("nummod", "compound", "amod") and token.head.lower_ in _SCALE_WORDS:
            token = token.head
    partitive = _partitive_noun(token)
    if partitive is not None:
        return partitive  # 'five of the cluster's head teachers', '1.2 million of its customers'
    head = token.head
    if token.dep_ in ("nummod", "amod", "compound") and head.pos_ in ("NOUN", "PROPN") and head != token:
        while head.pos_ == "PROPN" and head.dep_ == "compound" and head.head.pos_ == "NOUN":
            head = head.head  # '430 Millbrook homes'
        if _modifies_a_plural(number, head):
            head = head.head  # '340 council jobs': the parser may hang the number on 'council'
        return _measured_or_named(number, head)
    if token.dep_ in ("obl", "obj") and head.pos_ == "VERB" and lemma(head) in _CHANGE_VERBS:
        subjects = _children(head, _SUBJECTS)
        return subjects[0] if subjects else None
    return _noun_after(number)


def _unit_and_thing(number: Token, head: Token) -> tuple[Token, Token] | None:
    """A unit between a number and a noun, and that noun, in either shape the parse gives: the
    number on the unit, the unit a compound of the noun ('the 10 km race'), or the number and the
    unit both on the noun ('the 12 km trail'). None where no unit stands there."""
    if measure_dimension(head.lower_) is not None and head.dep_ in ("compound", "amod") \
            and head.head.pos_ == "NOUN" and head.head.i > head.i:
        return head, head.head
    after = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    if after is not None and after.head == head and after.dep_ in ("compound", "amod") \
            and measure_dimension(after.lower_) is not None:
        return after, head
    return None


def _measured_or_named(number: Token, head: Token) -> Token | None:
    """What a number before a unit and a noun counts: the unit where the noun is a physical thing
    ('the 12 km trail' is 12 kilometres long), nothing where the unit names a class or an event
    ('the 60 kg category', 'the 10 km race': neither 60 categories nor a measure of one)."""
    found = _unit_and_thing(number, head)
    if found is None:
        return head
    unit, thing = found
    if lexicon.is_a(lemma(thing), "physical entity", "n", max_senses=2) or lexicon.is_lemma(thing.lower_, "a"):
        return unit  # a physical thing measured, or an adjective the parse took for a noun ('135 feet tall')
    return None


def _modifies_a_plural(number: Token, noun: Token) -> bool:
    """A singular noun that only modifies the plural after it cannot be what a number above one
    counts: '340 council jobs', 'nine city hospitals' count jobs and hospitals."""
    after = noun.head
    return (noun.dep_ == "compound" and noun.tag_ == "NN" and after.i > noun.i and after.tag_ == "NNS"
            and after.pos_ == "NOUN" and number.lower_ not in ("one", "1") and not noun.like_num)


def _partitive_noun(number: Token) -> Token | None:
    """The set a number takes a part of: 'teachers' in 'five of the teachers' (not '17' in 'three of the 17')."""
    return next((c for c in number.children if c.dep_ == "nmod" and preposition(c) in ("of", "out")
                 and c.pos_ in ("NOUN", "PROPN")), None)


def _noun_after(number: Token) -> Token | None:
    """The surface reading when the parse goes astray ('Twelve people were injured' read with
    'Twelve' as the root): the noun right after the number, past adjectives."""
    doc = number.doc
    for token in doc[number.i + 1: number.i + 4]:
        if token.pos_ in ("NOUN", "PROPN"):
            return token
        if token.pos_ != "ADJ" and token.text != "-":
            return None
    return None


def _governing_verb(noun: Token) -> Token | None:
    if noun.dep_ in ("obj", "nsubj", "nsubj:pass", "obl", "iobj") and noun.head.pos_ == "VERB":
        return _act_after_semimodal(noun.head) if noun.dep_ == "nsubj" else noun.head
    if (noun.dep_ == "nmod" and preposition(noun) == "for" and _is_sum(noun) and noun.head.dep_ == "obj"
            and noun.head.head.pos_ == "VERB"):
        return noun.head.head  # 'bought the painting for $12 million': the parser hangs the price on the painting
    for child in noun.children:
        if child.dep_ in ("acl:relcl", "acl") and child.pos_ == "VERB":
            return child
    if noun.dep_ == "compound" and noun.head != noun:
        return _governing_verb(noun.head)
    return _participle_after(noun)


def _state_of(noun: Token) -> str | None:
    """The state a copula gives the counted things, which stands for their act: 'responsible' in
    'no individual agency was responsible', 'important' in 'No category is more important'. Two
    counts in two different states count two groups, as two in different acts do."""
    head = noun.head
    if noun.dep_ != "nsubj" or head is noun or head.pos_ not in ("ADJ", "NOUN"):
        return None
    return lemma(head) if any(c.dep_ == "cop" for c in head.children) else None


# Verbs that with 'to' and a verb say only that the act had to be done: '450 people had to leave',
# 'three climbers needed to be rescued', 'two firms got to keep the contract'.
_SEMIMODALS = frozenset({"have", "need", "get"})


def _act_after_semimodal(verb: Token) -> Token:
    """The act a subject does through a semi-modal ('450 people had to leave their houses':
    leave, not have), else the verb itself."""
    if lemma(verb) not in _SEMIMODALS:
        return verb
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                 and any(m.dep_ == "mark" and m.lower_ == "to" for m in c.children)), verb)


def _participle_after(noun: Token) -> Token | None:
    """A past participle right after the noun that the parser did not hang on it: 'the 31 works
    stolen in the raid' (read as an adjective and a second subject); the participle is the act."""
    after = noun.nbor() if noun.i + 1 < len(noun.doc) else None
    if after is None or after.tag_ not in ("VBN", "JJ") or after.dep_ == "ROOT" or after.head == noun.head == noun:
        return None
    bases = lexicon.base_forms(after.lower_, "v")
    return after if bases and after.lower_ not in bases and after.lower_.endswith(("ed", "en", "wn", "t")) else None


# Where the counted things are: 'at Eastgate Park', and for a clause about them also where they
# went ('the 21,950 supporters who packed into Eastgate Park').
_COUNTED_AT = PLACE_PREPOSITIONS | {"into", "onto"}


def _holds_a_count(noun: Token) -> bool:
    """The counted noun is the 'of' phrase of an indefinite noun that only holds it: 'a total of 120
    patients', 'a group of 12 students'; not 'in front of 18,400 spectators', 'the roofs of 40 homes'."""
    head = noun.head
    return (head.pos_ == "NOUN" and preposition(noun) == "of"
            and any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in head.children))


def _attribute_of(number: Token, noun: Token | None) -> Token | None:
    """The singular noun whose value the figure gives, where the figure (or what it counts) is that
    noun's 'of' phrase: 'capacity' in 'a seating capacity of 20,000 people', 'population' in 'a
    population of 12,000'; None for a plain count or a part of a set ('five of the teachers')."""
    token = noun if noun is not None and noun.dep_ == "nmod" else number
    while token.dep_ in ("nummod", "compound") and token.head.lower_ in _SCALE_WORDS:
        token = token.head
    told = _attribute_told_by_copula(token)
    if told is not None:
        return told
    head = token.head
    if (token.dep_ == "nmod" and preposition(token) == "of" and head.pos_ == "NOUN" and head != token
            and head.tag_ in ("NN", "") and not (head.like_num or head.lower_ in _SCALE_WORDS)):
        return head
    return None


def _attribute_told_by_copula(figure: Token) -> Token | None:
    """The subject of a copula whose predicate is the figure, where it is a singular noun that
    belongs to something: 'capacity' in "The ground's capacity will be 32,000", 'population' in
    'The population of the town is 12,000'. Not 'The winner was 23' (no owner)."""
    if not any(c.dep_ == "cop" for c in figure.children):
        return None
    subject = next((c for c in figure.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ not in ("NN", ""):
        return None
    owned = any(c.dep_ == "nmod:poss" or (c.dep_ == "nmod" and preposition(c) == "of") for c in subject.children)
    return subject if owned else None


def _owner_of(attribute: Token, inside: set[int]) -> Token | None:
    """Whose the attribute is: its possessor ('the stadium's capacity', 'its population') or the
    subject of the verb it is the object of ('the stadium has a capacity of ...')."""
    possessor = _children(attribute, ("nmod:poss",))
    if possessor and possessor[0].i in inside:
        return possessor[0]
    if _attribute_told_by_copula(attribute.head) is attribute:
        # 'The population of the town was 9,000': the 'of' phrase owns it
        return next((c for c in attribute.children if c.dep_ == "nmod" and preposition(c) == "of"
                     and c.i in inside), None)
    verb = attribute.head if attribute.dep_ == "obj" and attribute.head.pos_ in _CLAUSE_HEADS else None
    while verb is not None:
        subjects = [c for c in _children(verb, _SUBJECTS) if c.i in inside]
        if subjects:
            return subjects[0]
        # 'It was built in 2006 and has a capacity of 20,000': a conjoined verb shares the subject
        verb = verb.head if verb.dep_ == "conj" and verb.head.pos_ in _CLAUSE_HEADS else None
    return None


def _tense(attribute: Token) -> str | None:
    """'past' for 'had a population of', 'present' for 'has' or 'its capacity ... makes', 'future'
    for 'will have'; the finite verb or auxiliary of the clause the attribute is an argument of."""
    told = attribute.dep_ in _SUBJECTS and any(c.dep_ == "cop" for c in attribute.head.children)
    verb = attribute.head if attribute.head.pos_ in _CLAUSE_HEADS or told else None
    if verb is None:
        return None
    auxiliaries = _children(verb, ("aux", "aux:pass", "cop"))
    if any(t.lower_ in FUTURE_AUXILIARIES for t in auxiliaries):
        return "future"  # the parser does not always mark 'will' finite
    finite = [t for t in (*auxiliaries, verb) if "Fin" in t.morph.get("VerbForm")]
    tenses = {tense for t in finite for tense in t.morph.get("Tense")}
    return "past" if "Past" in tenses else "present" if "Pres" in tenses else None


def _after_sign(number: Token) -> bool:
    return number.i > 0 and number.doc[number.i - 1].text in CURRENCY_SYMBOLS


def _top_of_sum(number: Token) -> Token:
    """The word that stands for a sum in its clause, whichever of its words the parser makes the
    head: the sign ('$' over '45', 'million') or the figure ('million' over '$', '45')."""
    token = number
    for _ in range(4):
        head = token.head
        if (token.dep_ not in ("nummod", "compound", "flat", "amod") or head == token
                or not (head.text in CURRENCY_SYMBOLS or head.like_num or head.lower_ in _SCALE_WORDS)):
            break
        token = head
    return token


def _is_sum(token: Token) -> bool:
    """The top word of a sum (``_top_of_sum``)."""
    if token.text in CURRENCY_SYMBOLS:
        return True
    return (token.like_num or token.lower_ in _SCALE_WORDS) and any(
        _after_sign(t) for t in token.subtree if t.like_num and abs(t.i - token.i) <= 3)


def _counted_lemma(noun: Token) -> str:
    """A plural that WordNet also lists as a noun of its own ('men', the workforce) is counted as
    its singular where WordNet's exception lists give one: 'four men' and 'a three-man gang'."""
    if _is_sum(noun):
        return "money"
    base = lemma(noun)
    forms = lexicon.base_forms(noun.lower_, "n") if noun.tag_ == "NNS" and base == noun.lower_ else []
    return forms[1] if len(forms) > 1 and forms[0] == base else base


def _is_counted(noun: Token | None) -> bool:
    return noun is not None and (noun.pos_ in ("NOUN", "PROPN") or _is_sum(noun))


@lru_cache(maxsize=4096)
def is_proportion(noun: str) -> bool:
    """'percent', 'rate': a figure of some thing, which the act's subject names ('the index fell 0.8
    percent'), as a sum's payer does."""
    return bool(noun) and lexicon.is_a(noun, "proportion", "n")


def _time_or_figure(token: Token) -> bool:
    return token.like_num or token.lower_ in _TIME_WORDS or _is_sum(token) or lemma(token) in DURATION_NOUNS


# The obliques that say what a sum is for, on, to or from, or what kind it is ('$450,000 in
# salary'); 'at auction', 'during the year' set the scene and do not tell two sums apart.
_PAYMENT_PREPOSITIONS = frozenset({"for", "on", "to", "from", "with", "against", "towards", "in"})


def _act_frame(noun: Token, verb: Token | None, inside: set[int],
               parsed: ParsedSpan) -> tuple[Phrase | None, frozenset[str]]:
    """For a sum or a length of time: the subject of its act and the lemmas of the act's other
    arguments (objects and the obliques of ``_PAYMENT_PREPOSITIONS`` that are not times, figures
    or sums): 'the firm', {"site"} for 'The firm paid $45 million for the site'; 'Lim', {"raft"}
    for 'Lim survived 133 days on a raft'."""
    if verb is None:
        return None, frozenset()
    subject = _subject_of(verb)
    # The parser hangs what a sum is for on the verb or on the sum itself ('paid $5 million to its
    # lawyers': 'lawyers' under '$'); a purpose clause names a verb ('paid $3 million to settle').
    candidates = [*verb.children, *noun.children]
    others = [c for c in candidates if c != noun and c.i in inside and (
        c.pos_ in ("NOUN", "PROPN") and not _time_or_figure(c) and (
            c.dep_ in _OBJECTS or c.dep_ in ("obl", "nmod") and preposition(c) in _PAYMENT_PREPOSITIONS)
        or c.pos_ == "VERB" and c.dep_ in ("acl", "advcl", "xcomp") and any(m.lower_ == "to" for m in c.children))]
    owner = phrase(parsed, subject, inside | {subject.i}) if subject is not None else None
    return owner, frozenset(lemma(c) for c in others)


def _counts(parsed: ParsedSpan, tokens: Sequence[Token], inside: set[int]) -> tuple[Count, ...]:
    found = []
    for token in tokens:
        attribute = None
        if token.lower_ in QUANTIFIER_WORDS or token.lower_ in _FRACTIONS:
            noun = _quantified_noun(token)
        elif not (token.pos_ == "NUM" or token.like_num) or token.lower_ in _SCALE_WORDS:
            continue
        else:
            noun = _counted_noun(token)
            attribute = _attribute_of(token, noun)
        owner = _owner_of(attribute, inside) if attribute is not None and attribute.i in inside else None
        if owner is not None and not _is_counted(noun):
            noun = attribute  # 'the town has a population of 12,000': the figure is the population
        if noun is None or not _is_counted(noun):
            continue
        verb = _governing_verb(noun)
        if verb is None and token.lower_ not in QUANTIFIER_WORDS and noun.dep_ == "nmod" and (
                noun.head.pos_ == "NUM" or _holds_a_count(noun)):
            # 'five of the teachers signed': the part takes the act; 'a total of 120 patients were
            # treated': the counted things take the act of the noun that holds them
            verb = _governing_verb(noun.head)
        modifiers = [m for child in noun.children if child.dep_ in ("nmod", "acl", "acl:relcl") and child.i in inside
                     for m in [*_phrase_tokens(child, inside), *(_places_under(parsed, child, inside, _COUNTED_AT) and
                                                                 [t for t in child.subtree if t.i in inside])]]
        wholes = _wholes_of(token, noun, inside)
        restrictions = frozenset(lemma(c) for c in noun.children if c.i in inside and c.i > noun.i and (
            c.dep_ in ("acl", "acl:relcl") or c.dep_ == "nmod" and preposition(c) not in (None, "of")))
        names = frozenset(t.lower_ for t in [*_phrase_tokens(noun, inside | {noun.i}), *modifiers,
                                             *(t for w in wholes for t in _phrase_tokens(w, inside))] if _is_name(t))
        state = _state_of(noun) if verb is None else None
        participle = verb is not None and verb.pos_ == "ADJ"  # ``_participle_after``
        acted_on = verb is not None and (participle or noun.head == verb and noun.dep_ in ("obj", "nsubj:pass"))
        measured = next((lemma(c) for c in noun.children if c.dep_ == "nmod" and preposition(c) == "of"), None)
        narrowing = frozenset(lemma(t) for child in noun.children if child.dep_ in ("amod", "compound")
                              and child.i in inside and child.i != token.i
                              for t in _phrase_tokens(child, inside)
                              if t.pos_ in ("NOUN", "ADJ") and not _is_name(t) and t.lower_ not in _SCALE_WORDS)
        narrowing |= {c.lower_ for c in (*noun.children, *token.children) if c.lower_ in OTHER_SETS and c.i in inside}
        if _a_statistic_of(noun):
            narrowing |= {PER_CASE}  # 'an average of 52 minutes' is not a total
        counted = _counted_lemma(noun)
        framed = counted in MONEY_NOUNS or names_a_duration(counted) or is_proportion(counted)
        subject, arguments = _act_frame(noun, verb, inside, parsed) if framed else (None, frozenset())
        act = (lemma_as_verb(verb) if participle else _verb_lemma(verb)) if verb is not None else state
        spent_on = _act_spent_on(measured) if measured and names_a_duration(counted) else None
        if spent_on is not None:
            # 'after nine hours of deliberation, jurors returned': the span is the deliberating's,
            # whose subject and objects the clause does not give
            act, subject, arguments = spent_on, None, frozenset()
        elif names_a_duration(counted) and _lasts(noun, inside):
            # 'the five-week trial ended on Friday': the span is how long the trial lasted
            act, subject, arguments = "last", phrase(parsed, noun.head, inside), frozenset()
        found.append(Count(parsed.token_span(token), counted, noun.text, act,
                           names, measured, narrowing,
                           lemma(attribute) if owner is not None else None,
                           phrase(parsed, owner, inside | {owner.i}) if owner is not None else None,
                           _tense(attribute) if owner is not None else _tense(noun) if subject else None,
                           subject, arguments, frozenset(lemma(w) for w in wholes), acted_on, restrictions,
                           level_of=_level_of(parsed, noun, inside) if is_proportion(counted) else None))
    return tuple(found)


# Prepositions that give a share as the level of a thing: 'the rate to 1/2 percent', 'at 5 percent'.
_LEVEL_PREPOSITIONS = frozenset({"to", "at", "from", "of", "by", "around"})


def _level_of(parsed: ParsedSpan, share: Token, inside: set[int]) -> Phrase | None:
    """The thing a share is the level of: the noun its phrase hangs on ('the discount rate to 1/2
    percent', 'inflation from 2 percent'), or the object of the verb it hangs on ('raised its main
    rate to 5.25 percent'); None where the share is itself the subject or object ('won 34 percent
    of the vote'). A range's share hangs where its first figure does ('at 1/4 to 1/2 percent')."""
    while share.head.pos_ == "NUM" and share.head is not share:
        share = share.head
    if preposition(share) not in _LEVEL_PREPOSITIONS:
        return None
    head = share.head
    if share.dep_ == "nmod" and head.pos_ == "NOUN" and head.i in inside:
        return phrase(parsed, head, inside | {head.i})
    if share.dep_ == "obl" and head.pos_ in _CLAUSE_HEADS:
        thing = next((c for c in head.children if c.dep_ == "obj" and c.i in inside), None)
        return phrase(parsed, thing, inside | {thing.i}) if thing is not None else None
    return None


# Nouns whose 'of' phrase gives a figure for each one of many, not a total, and the mark such a
# figure carries in ``Count.modifiers``.
STATISTICS = frozenset({"average", "mean", "median"})
PER_CASE = "average"


def _a_statistic_of(noun: Token) -> bool:
    """'an average of 52 minutes', 'a median of 14 days': the figure is per case, not a total."""
    return noun.dep_ == "nmod" and preposition(noun) == "of" and noun.head.lower_ in STATISTICS


# What counted things can belong to, and what a name's 'of' phrase completes ('the Port of Tyne'):
# a body, a building or site, a place ('the factory's workers', 'the island's residents'); not a
# state ('jobs at risk') or an act.
_WHOLE_FIELDS = frozenset({"noun.group", "noun.artifact", "noun.location", "noun.object"})


def _wholes_of(number: Token, noun: Token, inside: set[int]) -> list[Token]:
    """The common nouns a counted noun belongs to: its possessor ('the factory's 190 workers') or the
    thing it is at ('230 jobs at the factory'); a possessor right before the number counts wherever
    the parser hung it (it may hang it on the verb)."""
    found = [c for c in noun.children if c.dep_ == "nmod:poss" or (c.dep_ == "nmod" and preposition(c) == "at")]
    doc = number.doc
    if number.i >= 2 and doc[number.i - 1].tag_ == "POS" and doc[number.i - 1].head == doc[number.i - 2]:
        found.append(doc[number.i - 2])
    return [c for c in found if c.i in inside and c.pos_ == "NOUN" and not _is_time(c) and is_whole(lemma(c))]


@lru_cache(maxsize=8192)
def is_whole(noun: str) -> bool:
    """A noun for what counted things can belong to (``_WHOLE_FIELDS``), by its first sense."""
    fields = lexicon.lexfiles(noun, "n", max_senses=1)
    return bool(fields) and fields[0] in _WHOLE_FIELDS


def read_frame(parsed: ParsedSpan, claim_span: Span) -> Frame:
    """The frame of the claim at ``claim_span`` (document offsets) in the parsed sentence."""
    tokens = parsed.tokens_in(claim_span)
    if tokens is None or len(tokens) == 0:
        return EMPTY_FRAME
    inside = {t.i for t in tokens}
    predicates = tuple(p for t in tokens if (p := _predicate(parsed, t, inside)) is not None)
    nominals = tuple(p for t in tokens if (p := _nominal(parsed, t, inside)) is not None)
    places: list[Phrase] = []
    for predicate in predicates:
        places.extend(p for p in predicate.places if p not in places)
    for token in tokens:
        for place in _places_under(parsed, token, inside):
            if place not in places:
                places.append(place)
    names = frozenset(t.lower_ for t in tokens if _is_name(t))
    lemmas = frozenset(lemma(t) for t in tokens if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM"))
    nouns = frozenset(lemma(t) for t in tokens if t.pos_ == "NOUN")
    stretches = frozenset(found for t in tokens if (found := _stretch_of_time(t, inside)) is not None)
    if _counts_up_to_now([t.lower_ for t in tokens]):
        stretches |= {RUNNING_TOTAL}
    return Frame(predicates=predicates, nominals=nominals, counts=_counts(parsed, tokens, inside),
                 places=tuple(places), names=names, lemmas=lemmas, nouns=nouns, orders=read_orders(parsed, tokens),
                 stretches=stretches, asserts=not any(_instructs(t) or _wh_infinitive(t) for t in tokens
                                                      if t.dep_ in ("ROOT", "root")))


_WH_WORDS = frozenset({"how", "what", "where", "when", "which", "why", "who", "whom", "whether"})


def _instructs(root: Token) -> bool:
    """An imperative sentence: its main verb in the base form with no subject, no 'to' and no
    auxiliary but the 'do' of a negative one ('Check the timetable before you travel', 'Do not use
    the lift'). Not one that passes on a statement ('Note that the office closes at 5pm'), nor a
    reported one ('Stay at home, police said': the root is 'said'). As the parse reads it: 'Consider
    pairing surveys with interviews' comes out with 'pairing' as its root, and is left a claim."""
    if root.tag_ != "VB":
        return False
    for child in root.children:
        if child.dep_ in _SUBJECTS or child.dep_.startswith(("mark", "expl", "ccomp")):
            return False
        if child.dep_.startswith("aux") and not (child.tag_ == "VB" and child.lower_ == "do"):
            return False
    return True


def _wh_infinitive(root: Token) -> bool:
    """A heading of a wh-word and an infinitive, with no verb of its own: 'How to Take a Screenshot
    on Android', 'What to expect at the polling station'. As a subject it is part of a claim ('How
    to fund the scheme remains unclear': the root is 'remains')."""
    if root.lower_ not in _WH_WORDS:
        return False
    # the verb by its 'to', whatever its tag: a title-case heading gets 'Claim' tagged as a name
    return any(any(m.lower_ == "to" and m.dep_ == "mark" for m in c.children) for c in root.children if c.i > root.i)


# Words that count everything up to now, whatever stretch another figure is of: 'has scored 42
# goals to date', 'has so far cost £25m', 'in all, 310 homes'. Read as a stretch of its own.
RUNNING_TOTAL = "to date"
_UP_TO_NOW = (("to", "date"), ("so", "far"), ("in", "all"), ("in", "total"), ("all", "told"), ("up", "to", "now"))
# 'in all' and 'in total' stand alone as totals ('In all, 310 homes'; '310 homes in all.'); before a
# word they are something else ('in all seven languages', 'in total darkness').
_ALONE_ONLY = frozenset({("in", "all"), ("in", "total")})


def _counts_up_to_now(words: list[str]) -> bool:
    """Whether a claim's lower-case words say its figures run up to now ('up to date' does not)."""
    for phrase in _UP_TO_NOW:
        for i in range(len(words) - len(phrase) + 1):
            if tuple(words[i: i + len(phrase)]) != phrase:
                continue
            after = words[i + len(phrase)] if i + len(phrase) < len(words) else ""
            if phrase in _ALONE_ONLY and after[:1].isalnum():
                continue
            if phrase == ("to", "date") and i > 0 and words[i - 1] == "up":
                continue
            return True
    return False


# Prepositions that put an act in a stretch of time ('on its opening day', 'over the weekend').
_STRETCH_PREPOSITIONS = frozenset({"on", "over", "during", "in", "throughout", "across"})


def _stretch_of_time(token: Token, inside: set[int]) -> str | None:
    """A common noun for a stretch of time (WordNet: a time period, by its first senses) put before
    the act by a preposition of time or a deictic word, with the words that say which one: 'on its
    opening day' -> 'opening day', 'last week' -> 'last week'. Names of days and months are dates,
    read as such (``Quantity.when``); 'at the festival' names an occasion, not a stretch."""
    if token.pos_ != "NOUN" or token.i not in inside or not _names_a_time_period(lemma(token)):
        return None
    deictic = [c.lower_ for c in token.children if c.lower_ in _DEICTIC]
    if preposition(token) not in _STRETCH_PREPOSITIONS and not deictic:
        return None
    which = [c.lower_ for c in token.children if c.dep_ in ("amod", "compound", "nummod")
             and c.i in inside and c.i < token.i and c.lower_ not in _DEICTIC]
    return " ".join([*deictic, *which, lemma(token)])


@lru_cache(maxsize=4096)
def _names_a_time_period(noun: str) -> bool:
    """'day', 'weekend', 'season': a time period first of all (not 'Monday', a date's name, which
    the parse tags a proper noun; not 'half', a quantity first)."""
    fields = lexicon.lexfiles(noun, "n", max_senses=1)
    return fields == ["noun.time"] and lexicon.is_a(noun, "time period", "n", max_senses=2)


# The readers factcheck.happenings builds on: it reads events off the same parse, the same way.
is_time = _is_time
places_under = _places_under
agent_and_patient_tokens = _agent_and_patient
