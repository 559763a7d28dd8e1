"""The happenings a claim tells, read off the parse: acts (verbs) and events named by nouns ('the
trial', 'a consultation meeting', 'his medical'), each with who took part, where, when, and whether
it can only have happened once.

Why: "the trial at Leeds Crown Court" and "Sheffield Crown Court, where Heller was tried" conflict
only if they tell one trial; "a meeting in Leeds on Monday" and "a meeting in York on Tuesday" do
not. Whether two claims tell one happening rests on the same reading for dates and for places
(``factcheck.rules.alignment.one_happening``), so it is read once, here, and both rules use it.

What is read, and from where in the parse:
* the happening: a verb, or a noun WordNet files under events (``lexicon.is_a(noun, "event")``);
* its participants: a verb's agent and patient (voice undone, ``factcheck.frames``); a noun's
  possessor, 'of' and 'by' phrases; the classifying nouns of a noun ('consultation' meeting);
* its places: locative phrases under it ('at Leeds Crown Court', 'in Duisburg'), a 'where' clause
  ('Sheffield Crown Court, where Heller was tried'), a venue it is done to ('told the sports hall at
  Ferncliffe Academy'); a noun with none of its own takes the places of the clause it is the
  occasion of ('speaking at the meeting ... at Ferncliffe Academy') or an argument of ('the final
  was played at Wembley');
* its times: time phrases under it, with the preposition that relates them ('since' and 'until'
  bound a period instead of dating a point); a noun takes the times of a clause it is the occasion
  of, or of a verb that only says it took place ('the meeting was held on Monday');
* how many: a definite, possessive or ordinal noun ('the trial', 'his medical', 'the first case')
  points at one happening; an indefinite one introduces one ('a trial'), 'another' a second; a
  plural, an 'every' or a frequency adverb says it happens many times; a verb 'first' done is an
  onset;
* mood: a negated, future or planned happening ('will meet in Paris') is not a fact to compare.

Pure functions of the parse; small closed classes that WordNet does not record (ordinal and
frequency words, prepositions that bound a time) are the documented constants below.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Token

from factcheck import lexicon
from factcheck.frames import (PLACE_PREPOSITIONS, Frame, Phrase, Predicate, agent_and_patient_tokens, is_time,
                              lemma, phrase, places_under)
from factcheck.parse import ParsedSpan, preposition
from factcheck.quantities import APPROXIMATING, Quantity, QuantityKind
from factcheck.types import Claim, Span
from factcheck.words import FUTURE_AUXILIARIES, HABITUAL_ADVERBS

# Words that make a happening the only one of its kind: 'the first case', 'the final hearing'.
ORDINALS = {"first": "first", "initial": "first", "opening": "first", "inaugural": "first", "maiden": "first",
            "debut": "first",
            "earliest": "first", "last": "last", "final": "last", "closing": "last", "only": "only", "sole": "only"}
# Words that make it one more of its kind: 'another meeting', 'a second trial', 'a similar collapse'.
OTHER_ONES = frozenset({"another", "second", "third", "fourth", "further", "next", "other", "previous", "latest",
                        "new", "earlier", "later", "fresh", "separate", "similar"})
# Words that say a happening recurs: 'meets every week', 'regularly held'.
FREQUENCY = HABITUAL_ADVERBS | {"every", "each", "again", "twice", "annually", "weekly", "daily", "monthly"}
# Prepositions that make a time the bound of a period, not the time of the happening.
BOUNDS = frozenset({"since", "until", "till", "by", "before", "after", "from", "to", "between", "through",
                    "throughout", "within", "ahead", "prior", "around", "about", "circa", "than", "into"})
# Heads of 'plans to', 'is due to', 'is set to', 'hopes to' ...: what follows has not happened.
_PLAN_HEADS = frozenset({"plan", "due", "expect", "schedule", "set", "intend", "hope", "aim", "propose", "want",
                         "seek", "prepare", "try", "going", "likely", "unlikely", "could", "may", "might"})
# Heads of 'offered to', 'voted to', 'refused to' ...: the act after them has not happened, or not
# when they did ('offered to resign on 3 June' dates the offer). Only for a verb after them: what
# they take as a noun ('voted against the budget', 'agreed a deal') is no plan.
_INTENT_HEADS = frozenset({"offer", "threaten", "promise", "vow", "pledge", "attempt", "refuse", "decline", "fail",
                           "agree", "decide", "vote", "ask", "urge"})
# Verbs that only say an event took place: the event's time is theirs ('the meeting was held on
# Monday'), where another verb tells a phase with its own time ('the trial was adjourned on Monday').
SUPPORT_VERBS = frozenset({"hold", "host", "stage", "play", "attend", "take place", "happen", "occur", "be",
                           "go ahead", "take", "have", "see", "organise", "organize", "convene", "call", "come",
                           "make", "give", "deliver", "conduct", "undergo", "complete", "pass"})
# A noun in one of these relations to its clause is the occasion the clause happened at.
_OCCASION_PREPOSITIONS = frozenset({"at", "during", "in", "on"})
_NOMINAL = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "conj", "appos", "root", "ROOT",
                      "obl:arg", "nsubj:outer"})
_TIME_RELATIONS = frozenset({"obl", "obl:tmod", "obl:unmarked", "nmod:tmod", "advmod", "nmod", "nmod:poss",
                             "compound", "nmod:unmarked", "obl:npmod", "nmod:npmod", "compound:prt"})
_PHASES = ("begin", "end", "continue", "resume", "stop")
_DURATION_UNITS = frozenset({"second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade",
                             "century", "season"})
_VENUES = ("structure", "area", "location", "facility", "establishment")
MAX_SENSES = 2


@dataclass(frozen=True)
class TimePhrase:
    """Words that date a happening ('on Saturday', '3am'), and the preposition before them."""

    span: Span
    preposition: str | None = None

    @property
    def bounds(self) -> bool:
        """'since March', 'until 1968', 'before 3am': the edge of a period, not the time itself."""
        return self.preposition in BOUNDS


@dataclass(frozen=True)
class Sequenced:
    """'before the election', 'after the vote': another thing a happening is put before or after."""

    before: bool
    reference: Phrase


@dataclass(frozen=True)
class Happening:
    """One act or event a claim tells, with who took part, where, when, and how often."""

    lemma: str  # "try", "trial", "meeting", "overtop"
    pos: str  # "v" or "n"
    span: Span
    agent: Phrase | None = None  # a verb's agent; a noun's possessor or 'by' phrase
    patient: Phrase | None = None  # a verb's patient; a noun's 'of' phrase
    kinds: frozenset[str] = frozenset()  # classifying nouns: {'consultation'} for 'consultation meeting'
    places: tuple[Phrase, ...] = ()
    times: tuple[TimePhrase, ...] = ()
    definite: bool = False  # points at one known happening: 'the trial', 'his medical', 'Heller was tried'
    indefinite: bool = False  # introduces one: 'a trial'
    ordinal: str | None = None  # 'first', 'last', 'only'
    other: bool = False  # one more of its kind: 'another meeting', 'a second trial'
    repeated: bool = False  # happens many times: 'arrests', 'every Monday', 'meets regularly'
    negated: bool = False
    future: bool = False  # 'will meet', 'is due to open', 'plans to hold'
    sequence: tuple[Sequenced, ...] = ()  # 'began before the election'

    @property
    def unique(self) -> bool:
        """Only one such happening can be meant."""
        return (self.definite or self.ordinal is not None) and not (self.other or self.repeated)


def _children(token: Token, relations: Iterable[str]) -> list[Token]:
    wanted = set(relations)
    return [c for c in token.children if c.dep_ in wanted]


def is_event_noun(token: Token) -> bool:
    """A noun (or a nominal adjective: 'a medical', 'the final') WordNet files under events."""
    if token.pos_ == "ADJ":
        nominal = token.dep_ in _NOMINAL and any(c.dep_ in ("det", "nmod:poss") for c in token.children)
        if not nominal:
            return False
    elif token.pos_ != "NOUN" and not _verb_read_as_noun(token):
        return False
    if token.dep_ == "compound" or is_time(token):
        return False
    noun = token.lower_ if token.pos_ == "ADJ" else lemma(token)
    return names_event(noun) or (_in_an_event_place(token) and names_event_in_any_sense(noun))


@lru_cache(maxsize=16384)
def names_event_in_any_sense(noun: str) -> bool:
    """Whether any of the noun's senses is an event: 'summit' is a meeting only in its third."""
    return lexicon.is_a(noun, "event", "n")


# Verbs whose subject can only be an event: 'the summit took place', 'the talks went ahead'.
_EVENT_SUBJECT_VERBS = frozenset({"take place", "happen", "occur", "go ahead"})
# Verbs whose object is an event, or the subject of their passive: 'held the summit', 'the summit
# was held', 'attended the summit'.
_EVENT_OBJECT_VERBS = frozenset({"hold", "host", "stage", "attend", "convene"})


def _in_an_event_place(noun: Token) -> bool:
    """The clause the noun is in leaves it only an event's sense, whatever WordNet lists first:
    the subject of 'took place', the object of 'held' (or the subject of its passive), what people
    gathered 'for' ('Leaders met in Vienna for the summit', where 'summit' is first a mountain
    top)."""
    head, relation = noun.head, noun.dep_
    if _gathered_for(noun) is not None:
        return True
    if head is noun or head.pos_ not in ("VERB", "AUX"):
        return False
    verb = _verb_lemma_of(head)
    if relation == "nsubj" and verb in _EVENT_SUBJECT_VERBS:
        return True
    return relation in ("obj", "nsubj:pass") and verb in _EVENT_OBJECT_VERBS


def _verb_lemma_of(verb: Token) -> str:
    """The verb with the word that makes it 'take place' or 'go ahead', else its lemma."""
    base = lemma(verb)
    for child in verb.children:
        if f"{base} {child.lower_}" in ("take place", "go ahead") and child.dep_ in ("obj", "advmod", "compound:prt"):
            return f"{base} {child.lower_}"
    return base


def _verb_read_as_noun(token: Token) -> bool:
    """'announced the first recall on 2 June' where the tagger calls 'recall' a verb: a word with an
    article or a possessor, and no subject or auxiliary, in a noun's place is a noun."""
    return (token.pos_ == "VERB" and token.dep_ in _NOMINAL and token.tag_ in ("VB", "VBP", "NN")
            and any(c.dep_ == "nmod:poss" or (c.dep_ == "det" and c.lower_ in ("the", "a", "an", "this", "that"))
                    for c in token.children)
            and not any(c.dep_.startswith(("nsubj", "aux", "cop", "mark")) for c in token.children)
            and lexicon.is_lemma(token.lower_, "n"))


@lru_cache(maxsize=16384)
def names_event(noun: str) -> bool:
    """Whether one of the noun's first senses is an event in WordNet ('trial', 'meeting', 'fire')."""
    return lexicon.is_a(noun, "event", "n", max_senses=MAX_SENSES)


@lru_cache(maxsize=16384)
def names_venue(noun: str) -> bool:
    """Whether one of the noun's first senses is a structure, area or place ('hall', 'court')."""
    return any(lexicon.is_a(noun, kind, "n", max_senses=MAX_SENSES) for kind in _VENUES)


def _is_venue(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and names_venue(lemma(token))


_SEQUENCE_WORDS = {"before": True, "after": False}


def _sequence_of(parsed: ParsedSpan, token: Token, inside: set[int]) -> tuple[Sequenced, ...]:
    """What the happening of ``token`` is put before or after: a noun phrase, not a time ('before
    3am' bounds a time, which the date rule reads) and not a clause ('before the vote was held')."""
    return tuple(Sequenced(_SEQUENCE_WORDS[preposition(c)], phrase(parsed, c, inside)) for c in token.children
                 if c.i in inside and c.dep_ in ("obl", "nmod", "advmod") and c.pos_ in ("NOUN", "PROPN")
                 and preposition(c) in _SEQUENCE_WORDS and not is_time(c))


def _time_phrase(parsed: ParsedSpan, token: Token) -> TimePhrase:
    # 'in the year 1996': the number the parse hangs on 'year' is the time itself
    words = [token, *(t for t in token.children if t.dep_ in ("compound", "nummod", "flat", "amod", "det")
                      or (t.dep_ == "nmod:unmarked" and t.like_num))]
    bound = None
    for child in token.children:
        if child.dep_ in ("case", "mark", "advmod"):
            for word in (child, *_children(child, ("fixed",))):
                if word.lower_ in BOUNDS:
                    bound = word.lower_
                elif bound is None and word.dep_ == "case":
                    bound = word.lower_
    return TimePhrase(parsed.tokens_span(words), bound)


def _times_under(parsed: ParsedSpan, token: Token, inside: set[int]) -> list[TimePhrase]:
    return [_time_phrase(parsed, c) for c in token.children
            if c.i in inside and c.dep_ in _TIME_RELATIONS and is_time(c) and c.lower_ not in ORDINALS
            and not _is_duration(c)]


def _is_duration(token: Token) -> bool:
    """'a ten-week trial', 'for two days': a length of time, not a time."""
    unit = lemma(token) in _DURATION_UNITS
    counted = any(c.dep_ in ("nummod", "det") and (c.like_num or c.lower_ in ("a", "an")) for c in token.children)
    return unit and (counted or token.dep_ == "compound" or any(c.text == "-" for c in token.children))


def _times_at_places(parsed: ParsedSpan, token: Token, inside: set[int]) -> list[TimePhrase]:
    """'at Ashby Community Hall on Monday evening': a place has no time, so a time the parse hangs
    on a place phrase dates the happening the place belongs to."""
    return [t for c in token.children if c.i in inside and c.dep_ in ("obl", "nmod") and preposition(c)
            in PLACE_PREPOSITIONS and not is_time(c) for t in _times_under(parsed, c, inside)]


def _times_of(parsed: ParsedSpan, token: Token, inside: set[int]) -> list[TimePhrase]:
    return [*_times_under(parsed, token, inside), *_times_at_places(parsed, token, inside),
            *_times_on_objects(parsed, token, inside), *_times_on_adverbs(parsed, token, inside)]


def _times_on_adverbs(parsed: ParsedSpan, token: Token, inside: set[int]) -> list[TimePhrase]:
    """'burst its banks early on Wednesday', 'resigned late on Friday': an adverb has no date of
    its own, so a time the parse hangs on an adverb of the happening dates the happening ('shortly
    before 3am' stays a bound: its preposition is kept). 'As early as 2019', 'later than May' compare
    with the time, which then bounds the happening rather than dating it."""
    return [t for c in token.children if c.i in inside and c.dep_ in ("advmod", "xcomp") and c.pos_ == "ADV"
            and not is_time(c) and not _compares(c) for t in _times_under(parsed, c, inside)
            if t.preposition in (None, "on", "in", "at") or t.bounds]  # not 'well into 2026'


def _compares(adverb: Token) -> bool:
    return any(w.lower_ in ("as", "than") for w in adverb.subtree)


def _times_on_objects(parsed: ParsedSpan, verb: Token, inside: set[int]) -> list[TimePhrase]:
    """'signed a contract on Monday', 'was added to the county's register in 1984': a thing has no
    date of its own, so a dated phrase the parse hangs on a verb's object or oblique (not on an
    event noun, which has one, nor on a phrase that places the verb in time: 'after the flood of
    1953') dates the verb."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [t for c in verb.children if c.i in inside and _dateless_argument(c)
            for t in _times_under(parsed, c, inside) if t.preposition in ("on", "in", "at")]


def _dateless_argument(token: Token) -> bool:
    """An object, or an oblique that is neither a place (``_times_at_places`` reads those) nor a
    time, and names no event."""
    if token.dep_ == "obl":
        if is_time(token) or preposition(token) in _TIME_PREPOSITIONS or preposition(token) in PLACE_PREPOSITIONS:
            return False
    elif token.dep_ != "obj":
        return False
    return not is_event_noun(token)


# Prepositions that put a verb before, after or around something in time: a date under their noun
# dates that thing, not the verb.
_TIME_PREPOSITIONS = frozenset({"before", "after", "since", "until", "till", "during", "following", "by"})


def _recurs(token: Token) -> bool:
    """A frequency word on the token or on one of its time phrases: 'meets every week'."""
    for child in token.children:
        if child.lower_ in FREQUENCY:
            return True
        if is_time(child) and any(g.lower_ in ("every", "each") for g in child.children):
            return True
    return False


def _where_places(parsed: ParsedSpan, verb: Token, inside: set[int]) -> list[Phrase]:
    """'Sheffield Crown Court, where Heller was tried': a 'where' clause happened at the place it
    hangs from (the noun it modifies, or the last place of the clause it is attached to)."""
    if not any(c.lower_ == "where" and c.dep_ == "advmod" for c in verb.children):
        return []
    head = verb.head
    if verb.dep_ == "acl:relcl" and head.i in inside:
        place = phrase(parsed, head, inside)
        return [place] if place.name else []
    before = [c for c in head.children if c.i < verb.i and c.i in inside and c.dep_ in ("obl", "nmod", "obj")
              and not is_time(c)]
    if not before:
        return []
    place = phrase(parsed, before[-1], inside)
    return [place] if place.name else []


def _venue_places(parsed: ParsedSpan, verb: Token, inside: set[int]) -> list[Phrase]:
    """A venue the act is done to is where it happens: 'told the sports hall at Ferncliffe Academy',
    'visited the Riverside Plaza food court'."""
    found = []
    for child in _children(verb, ("obj",)):
        if child.i in inside and _is_venue(child):
            venue = phrase(parsed, child, inside)
            if venue.name:
                found.append(venue)
            found.extend(places_under(parsed, child, inside))
    return found


def _clause_head(token: Token) -> Token:
    """The verb (or predicate) of the clause ``token`` is in."""
    current = token
    for _ in range(6):
        if current.pos_ in ("VERB", "AUX") or current.dep_ in ("ROOT", "root") or current.head == current:
            return current
        current = current.head
    return current


def _future(token: Token) -> bool:
    """'will meet', 'would be held', 'plans to hold', 'is due to open'."""
    head = _clause_head(token)
    for _ in range(3):
        if any(c.lower_ in FUTURE_AUXILIARIES and c.dep_ == "aux" for c in head.children):
            return True
        if _plans(head, token):
            return head is not token or head.dep_ == "xcomp"
        if not (head.dep_ in ("xcomp", "ccomp") or _infinitive_clause(head)) or head.head == head:
            return False
        head = head.head
        if _plans(head, token) or any(c.lower_ in FUTURE_AUXILIARIES for c in head.children):
            return True
    return False


def _infinitive_clause(verb: Token) -> bool:
    """'to close the school' hung on 'voted' as a clause of its own rather than a complement."""
    return verb.dep_ in ("acl", "advcl") and any(c.dep_ == "mark" and c.lower_ == "to" for c in verb.children)


def _plans(head: Token, token: Token) -> bool:
    """``head`` makes ``token`` a plan or an intent: 'plans to hold', 'is due to open'; 'offered
    to resign' only for a verb ``token``."""
    return (lemma(head) in _PLAN_HEADS or head.lower_ in _PLAN_HEADS
            or lemma(head) in _INTENT_HEADS and token.pos_ in ("VERB", "AUX"))


def _says_it_took_place(clause: Token) -> bool:
    """A relative clause on an event that only says it took place: 'her resignation, which came on
    17 June', 'the hearing, which was held in Leeds' (not 'which was adjourned on Monday')."""
    relative = any(c.tag_ in ("WDT", "WP") and c.dep_ in ("nsubj", "nsubj:pass") for c in clause.children)
    return relative and _only_says_it_happened(clause)


def _only_says_it_happened(verb: Token) -> bool:
    """'held', 'took place', 'went ahead': a verb that adds nothing to the event it is said of but
    that it happened, so the event's time is the verb's."""
    return _verb_lemma_of(verb) in SUPPORT_VERBS


def _noun_participants(parsed: ParsedSpan, noun: Token, inside: set[int]) -> tuple[Phrase | None, Phrase | None]:
    agent = patient = None
    for child in noun.children:
        if child.i not in inside or is_time(child):
            continue
        if child.dep_ == "nmod:poss":
            agent = phrase(parsed, child, inside)
        elif child.dep_ == "nmod" and preposition(child) == "by":
            agent = phrase(parsed, child, inside)
        elif child.dep_ == "nmod" and preposition(child) == "of":
            patient = phrase(parsed, child, inside)
    return agent, patient


def _modifiers(noun: Token) -> tuple[str | None, bool, bool, bool]:
    """(ordinal, definite, indefinite, other) from a noun's determiners and adjectives."""
    ordinal, definite, indefinite, other = None, False, False, False
    for child in noun.children:
        word = child.lower_
        if word in ORDINALS and child.dep_ in ("amod", "advmod", "det", "nummod", "compound"):
            ordinal = ORDINALS[word]
        elif word in OTHER_ONES and child.dep_ in ("amod", "det", "advmod"):
            other = True
        elif child.dep_ == "det" and word in ("the", "this", "that"):
            definite = True
        elif child.dep_ == "det" and word in ("a", "an", "one", "some"):
            indefinite = True
        elif child.dep_ == "nmod:poss":
            definite = True
    return ordinal, definite, indefinite, other


def _is_definite_phrase(token: Token | None) -> bool:
    """A participant that points at one known thing: a name, 'the river', 'its owner', a pronoun."""
    if token is None or token.tag_ in ("NNS", "NNPS"):
        return False
    if token.pos_ in ("PROPN", "PRON"):
        return token.lower_ not in ("they", "them", "we", "you", "who", "which", "that", "one", "some")
    return any(c.dep_ == "nmod:poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
               for c in token.children)


def _is_definite_plural(token: Token) -> bool:
    return any(c.dep_ == "nmod:poss" or (c.dep_ == "det" and c.lower_ in ("the", "these", "those"))
               for c in token.children)


def _is_indefinite_phrase(token: Token) -> bool:
    """'a contract', 'two arrests', 'some homes': a participant the claim introduces."""
    return any((c.dep_ == "det" and c.lower_ in ("a", "an", "another", "some", "one"))
               or c.dep_ == "nummod" for c in token.children)


def _occasion_of(noun: Token) -> Token | None:
    """The clause a noun is the occasion of: 'speaking at the meeting', 'injured during the match';
    'gathered in Geneva for the summit' (people gather or arrive where the event they come for is)."""
    if noun.dep_ not in ("obl", "nmod", "advmod"):
        return None
    if preposition(noun) in _OCCASION_PREPOSITIONS:
        return noun.head
    return _gathered_for(noun)


def _gathered_for(noun: Token) -> Token | None:
    """The verb of coming together that the noun is what people came 'for': 'met in Vienna for the
    summit', also where the parse hangs 'for the summit' on the place ('gathered in Vienna | for the
    summit' read as a Vienna for the summit)."""
    if noun.dep_ not in ("obl", "nmod") or preposition(noun) != "for":
        return None
    head = noun.head
    if noun.dep_ == "nmod" and head.dep_ == "obl" and head.head is not head:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") and lemma(head) in _GATHERING_VERBS else None


# Verbs of coming together or arriving: the place they give is that of the event they are 'for'.
_GATHERING_VERBS = frozenset({"gather", "assemble", "meet", "convene", "arrive", "converge", "travel", "fly",
                              "descend", "congregate"})


# Verbs that only carry an act their object names: 'made a safe landing' is landing, 'carried out a
# raid' raiding. Their happening is that act, done by their agent.
_LIGHT_ACT_VERBS = frozenset({"make", "carry out", "conduct", "perform", "stage"})


def _act_named_by_object(predicate: Predicate, patient: Token | None) -> str | None:
    """The verb of the act a light verb's object names ('a landing' -> 'land'), or None; None also
    where the object is an event noun, a happening of its own ('made two arrests')."""
    if predicate.lemma not in _LIGHT_ACT_VERBS or predicate.patient is None or patient is None:
        return None
    if is_event_noun(patient):
        return None
    verbs = sorted(lexicon.acts_named(predicate.patient.lemma, max_senses=3))
    return verbs[0] if verbs else None


def _verb_happening(parsed: ParsedSpan, token: Token, inside: set[int],
                    predicate: Predicate | None) -> Happening | None:
    if predicate is None or predicate.pos != "v":
        return None
    agent, patient = agent_and_patient_tokens(token, inside)
    places = [*predicate.places, *_where_places(parsed, token, inside), *_venue_places(parsed, token, inside)]
    act = _act_named_by_object(predicate, patient)
    if act is not None:
        patient_plural = patient is not None and patient.tag_ in ("NNS", "NNPS")  # 'made arrests': many
        return Happening(
            lemma=act, pos="v", span=predicate.span, agent=predicate.agent, places=_unique(places),
            times=tuple(_times_of(parsed, token, inside)), definite=_is_definite_phrase(agent),
            repeated=patient_plural or _recurs(token), negated=predicate.negated, future=_future(token),
            sequence=_sequence_of(parsed, token, inside))
    # 'made arrests', 'two arrests': a new set each time; 'burst its banks' is one set
    patient_plural = (patient is not None and patient.tag_ in ("NNS", "NNPS") and patient.i in inside
                      and not _is_definite_plural(patient))
    gerund = _possessed_gerund(token, agent)
    return Happening(
        lemma=token.lower_ if gerund else predicate.lemma, pos="n" if gerund else "v", span=predicate.span,
        agent=predicate.agent, patient=predicate.patient,
        places=_unique(places), times=tuple(_times_of(parsed, token, inside)),
        definite=_is_definite_phrase(patient) if patient is not None else _is_definite_phrase(agent),
        indefinite=patient is not None and _is_indefinite_phrase(patient),
        ordinal=_verb_ordinal(token, patient, inside), repeated=patient_plural or _recurs(token),
        negated=predicate.negated, future=_future(token), sequence=_sequence_of(parsed, token, inside))


def _possessed_gerund(verb: Token, agent: Token | None) -> bool:
    """'the firm's founding', 'his sacking': a gerund with a possessor names its act as a noun does,
    and the possessor may be who did it or who it was done to ('the company was founded in 1998' /
    'since the firm's founding in 2003'), so it is read as an event noun, not a verb with an agent."""
    return (verb.tag_ == "VBG" and agent is not None
            and (agent.tag_ == "PRP$" or any(c.tag_ == "POS" for c in agent.children)))


def _verb_ordinal(verb: Token, patient: Token | None, inside: set[int]) -> str | None:
    """'first' for 'first met in 1990', and the ordinal of a single object: 'released her debut
    album', 'won his first title' happen once, however often the verb recurs. An event noun's
    ordinal stays with the noun ('held the first meeting in Leeds'), a happening of its own."""
    if any(c.lower_ == "first" and c.dep_ == "advmod" for c in verb.children):
        return "first"
    if patient is None or patient.i not in inside or patient.tag_ in ("NNS", "NNPS") or is_event_noun(patient):
        return None
    return _modifiers(patient)[0]


def _participle_read_as_adjective(token: Token) -> bool:
    """'The sculpture was stolen in 1979' where the tagger calls 'stolen' an adjective: a word after
    'be' that is a form of a verb and that WordNet does not record as an adjective is that verb's
    participle, a passive act. Words WordNet also files as adjectives ('closed', 'married', 'based')
    name states and stay adjectives."""
    if token.pos_ != "ADJ" or not any(c.dep_ == "cop" and lemma(c) == "be" for c in token.children):
        return False
    word = token.lower_
    return not lexicon.is_lemma(word, "a") and any(base != word for base in lexicon.base_forms(word, "v"))


def _participle_happening(parsed: ParsedSpan, token: Token, inside: set[int],
                          predicate: Predicate | None) -> Happening | None:
    """The passive act of a participle the tagger read as an adjective: its subject is the patient,
    a 'by' phrase the agent."""
    if predicate is None:
        return None
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i in inside), None)
    by = next((c for c in token.children if c.dep_ in ("obl", "obl:agent") and c.i in inside
               and preposition(c) == "by" and not is_time(c)), None)
    verb = next(base for base in lexicon.base_forms(token.lower_, "v") if base != token.lower_)
    plural = subject is not None and subject.tag_ in ("NNS", "NNPS") and not _is_definite_plural(subject)
    return Happening(
        lemma=verb, pos="v", span=predicate.span, agent=phrase(parsed, by, inside) if by is not None else None,
        patient=predicate.agent, places=_unique([*predicate.places, *_where_places(parsed, token, inside)]),
        times=tuple(_times_of(parsed, token, inside)), definite=_is_definite_phrase(subject),
        indefinite=subject is not None and _is_indefinite_phrase(subject), repeated=plural or _recurs(token),
        negated=predicate.negated, future=_future(token), sequence=_sequence_of(parsed, token, inside))


def _noun_happening(parsed: ParsedSpan, token: Token, inside: set[int]) -> Happening:
    agent, patient = _noun_participants(parsed, token, inside)
    ordinal, definite, indefinite, other = _modifiers(token)
    places = list(places_under(parsed, token, inside))
    times = _times_of(parsed, token, inside)
    for clause in _children(token, ("acl", "acl:relcl")):  # 'the meeting, held in Harrogate on Monday'
        if clause.i in inside and (clause.dep_ == "acl" or _says_it_took_place(clause)):
            places.extend(places_under(parsed, clause, inside))
            times.extend(_times_of(parsed, clause, inside))
    occasion = _occasion_of(token)
    host = occasion or (token.head if token.dep_ in ("nsubj", "nsubj:pass", "obj") else None)
    # the clause an event is the occasion of, or a verb it is an argument of, happened where the
    # event did, unless the verb tells a phase ('the tour ended in Brighton'); it happened when the
    # event did only if it just says the event took place ('held on Monday', not 'adjourned on Monday')
    if host is not None and host.i in inside:
        if not places and (occasion is not None or not (_is_phase(host) or _perceives(host))):
            places.extend(places_under(parsed, host, inside))
            places.extend(_venue_places(parsed, host, inside))
            places.extend(_where_places(parsed, host, inside))  # 'Ipswich Crown Court, where the trial was held'
        if not times and (occasion is not None or _only_says_it_happened(host)):
            times.extend(_times_of(parsed, host, inside))
        if occasion is not None and host.dep_ == "advcl" and host.tag_ in ("VBG", "VBN"):
            # 'Speaking at the meeting, | she told the hall at Ferncliffe Academy': the opening
            # phrase, cut off as a claim of its own, happened where and when its main clause did
            main, sentence = host.head, set(range(len(token.doc)))
            if not places:
                places.extend([*places_under(parsed, main, sentence), *_venue_places(parsed, main, sentence)])
            if not times:
                times.extend(_times_of(parsed, main, sentence))
    kinds = frozenset(lemma(c) for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN" and not is_time(c))
    return Happening(
        lemma=token.lower_ if token.pos_ == "ADJ" else lemma(token), pos="n", span=parsed.token_span(token),
        agent=agent, patient=patient, kinds=kinds, places=_unique(places), times=tuple(times),
        definite=definite, indefinite=indefinite, ordinal=ordinal, other=other,
        repeated=token.tag_ in ("NNS", "NNPS") or _recurs(token),
        negated=any(c.lower_ == "no" and c.dep_ == "det" for c in token.children), future=_future(token),
        sequence=_sequence_of(parsed, token, inside))


def _is_phase(verb: Token) -> bool:
    return tells_phase(lemma(verb))


@lru_cache(maxsize=4096)
def _perceiving(verb: str) -> bool:
    return any(lexicon.is_a(verb, kind, "v", max_senses=2) for kind in ("perceive", "look"))


def _perceives(verb: Token) -> bool:
    """A verb of watching or hearing ('fans watched the match on screens in Barcelona', 'heard the
    speech in a pub'): it happens where the watcher is, which need not be where the event was."""
    return _perceiving(lemma(verb))


@lru_cache(maxsize=16384)
def tells_phase(verb: str) -> bool:
    """'open', 'end', 'resume': a verb that tells a phase of an event, which may be elsewhere."""
    return any(lexicon.same_meaning(verb, phase, "v", max_senses=MAX_SENSES) for phase in _PHASES)


@lru_cache(maxsize=4096)
def tells_beginning(verb: str) -> bool:
    """'begin', 'start', 'open', 'break out', 'commence', 'erupt': a verb that means beginning in
    one of its first senses. Only the beginning: 'end' shares senses with 'adjourn' and 'close',
    which do not end an event for good."""
    return lexicon.same_meaning(verb, "begin", "v", max_senses=MAX_SENSES)


def _unique(places: Iterable[Phrase]) -> tuple[Phrase, ...]:
    seen: dict[Span, Phrase] = {}
    for place in places:
        seen.setdefault(place.span, _whole_name(place))
    return tuple(seen.values())


_NAME_JOINERS = frozenset({"'s", "’s", "&", "of", "de", "du", "la", "le", "upon", "on", "-"})


def _whole_name(place: Phrase) -> Phrase:
    """The place's whole name: the capitalised words that end its phrase, which the tagger may
    have read as adjectives or possessors ('Nantwich Civic Centre', 'Carver's Bridge')."""
    words = place.text.split()
    run: list[str] = []
    for word in reversed(words):
        if word[:1].isupper() or word[:1].isdigit() or (run and word in _NAME_JOINERS):
            run.insert(0, word)
        else:
            break
    while run and run[0] in _NAME_JOINERS:
        run.pop(0)
    if run and run[0] in ("The", "A", "An") and len(run) > 1:
        run.pop(0)
    name = " ".join(run).replace(" 's", "'s").replace(" ’s", "’s")
    if not name or len(name) <= len(place.name or ""):
        return place
    return replace(place, name=name)


def read_happenings(parsed: ParsedSpan, claim_span: Span, frame: Frame) -> tuple[Happening, ...]:
    """The happenings of the claim at ``claim_span`` (document offsets), in text order; ``frame`` is
    the claim's frame, whose predicates the verbs' happenings build on."""
    tokens = parsed.tokens_in(claim_span)
    if tokens is None:
        return ()
    inside = {t.i for t in tokens}
    predicates = {p.span: p for p in frame.predicates}
    found = []
    for token in tokens:
        if token.pos_ in ("VERB", "AUX") and not _verb_read_as_noun(token):
            # 'tried to flee', 'plans to hold': the verb it governs is the happening, not this one
            governs = any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in token.children)
            predicate = predicates.get(parsed.token_span(token))
            happening = None if governs else _verb_happening(parsed, token, inside, predicate)
        elif _participle_read_as_adjective(token):
            happening = _participle_happening(parsed, token, inside, predicates.get(parsed.token_span(token)))
        elif is_event_noun(token):
            happening = _noun_happening(parsed, token, inside)
        else:
            happening = None
        if happening is not None:
            found.append((token, happening))
    return tuple(_set_occasions(_give_orphan_times(parsed, tokens, inside, found)))


def _give_orphan_times(parsed: ParsedSpan, tokens, inside: set[int],
                       found: list[tuple[Token, Happening]]) -> list[tuple[Token, Happening]]:
    """A time the claim states that hangs on a word outside it ('[officials confirmed] the first case
    on 3 March', where the attribution is cut off) dates the claim's first happening without one."""
    orphans = tuple(_time_phrase(parsed, t) for t in tokens
                    if t.head.i not in inside and t.dep_ in _TIME_RELATIONS and is_time(t)
                    and not _is_duration(t) and t.lower_ not in ORDINALS)
    if not orphans:
        return found
    for k, (token, happening) in enumerate(found):
        if not happening.times:
            found[k] = (token, replace(happening, times=orphans))
            break
    return found


def _set_occasions(found: list[tuple[Token, Happening]]) -> list[Happening]:
    """An occasion noun whose own clause names no place or time ('Speaking at the meeting, she told
    the hall at Ferncliffe Academy on Monday night', where the parse leaves the opening phrase on
    its own) takes those of the claim's first verb that names them."""
    verbs = [h for _, h in found if h.pos == "v"]
    place_source = next((h for h in verbs if h.places), None)
    time_source = next((h for h in verbs if h.times), None)
    result = []
    for token, happening in found:
        if happening.pos == "n" and _occasion_of(token) is not None:
            if not happening.places and place_source is not None:
                happening = replace(happening, places=place_source.places)
            if not happening.times and time_source is not None:
                happening = replace(happening, times=time_source.times)
        result.append(happening)
    return result


def place_links(parsed: ParsedSpan, claim_span: Span) -> frozenset[tuple[str, str]]:
    """(place, the place it lies in) as the claim states them, names in lower case: 'the stadium in
    Leeds', 'Station Road in the centre of Eastfold', 'Harrogate, North Yorkshire'."""
    tokens = parsed.tokens_in(claim_span)
    if tokens is None:
        return frozenset()
    inside = {t.i for t in tokens}
    links = set()
    for token in tokens:
        if token.pos_ not in ("PROPN", "NOUN"):
            continue
        containers = _containers(parsed, token, inside)
        place = phrase(parsed, token, inside) if containers else None
        if place is not None and place.name:
            links.update((place.name.lower(), outer.name.lower()) for outer in containers
                         if outer.name and outer.name != place.name)
        if token.pos_ == "PROPN" and token.i >= 2 and token.doc[token.i - 1].text == "," and token.i - 2 in inside:
            before, after = _name_head(token.doc[token.i - 2]), _name_head(token)  # 'in Harrogate, North Yorkshire'
            if before.pos_ == "PROPN" and preposition(before) in PLACE_PREPOSITIONS and not preposition(after):
                inner, outer = phrase(parsed, before, inside), phrase(parsed, after, inside)
                if inner.name and outer.name:
                    links.add((inner.name.lower(), outer.name.lower()))
    return frozenset(links)


def _name_head(token: Token) -> Token:
    """The head of the name a word belongs to: 'Yorkshire' for 'North' in 'North Yorkshire'."""
    while token.dep_ in ("compound", "flat", "flat:name") and token.head != token and token.head.pos_ == "PROPN":
        token = token.head
    return token


def _containers(parsed: ParsedSpan, token: Token, inside: set[int]) -> list[Phrase]:
    """Named places a phrase is put inside by 'in' / 'of' / 'near', directly or through others."""
    found = []
    for child in token.children:
        if child.i in inside and child.dep_ in ("nmod", "obl") and preposition(child) in ("in", "of", "near"):
            found.append(phrase(parsed, child, inside))
            found.extend(_containers(parsed, child, inside))
    return found


def point_dates(claim: Claim, happening: Happening) -> list[Quantity]:
    """The claim's date and time quantities that date ``happening`` at a point: 'on Saturday',
    '3am', not 'since March' or 'before 3am' (the bounds of a period)."""
    return [q for q in claim.quantities
            if q.kind in (QuantityKind.DATE, QuantityKind.TIME) and q.when is not None
            and any(q.span.overlaps(t.span) and (not t.bounds or _near_clock_time(q, t)) for t in happening.times)]


def _near_clock_time(q: Quantity, time: TimePhrase) -> bool:
    """'around 5am': a time of day near a point, which ``DatePoint`` compares with slack, where
    'around 2010' stays a bound."""
    return time.preposition in APPROXIMATING and q.when is not None and q.when.approximate \
        and q.when.minute is not None
