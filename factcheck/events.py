"""One happening told twice with two dates: "built in 1847" / "built in 1885".

A date in a claim most often belongs to the claim's verb ("the river peaked on Saturday"), not
to an event noun. Two claims that put the same verb on the same participants at different dates
say one thing happened at two times. The rule stays quiet where a second happening is plausible:
other participants ("became squadron leader" / "became commander"), a plural patient (arrests are
made on many days), a date that bounds a period ("since", "until", "from ... to"), an update.

A dated event is a verb with its date and its participants (``DatedEvent``). Pairing indexes claims
by the verb, so two claims about one event meet; ``factcheck.rules.dates`` compares their dates.
Pure functions, no model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from factcheck.quantities import DatePoint, Quantity, QuantityKind
from factcheck.types import Claim, Span
from factcheck.words import (BE, DETERMINERS, DIRECTION_VERBS, IRREGULAR_BASES, MONTHS, NOT_VERBS, REPORTING_VERBS,
                             SCALES, STOP_WORDS, VERB_LEAD_INS, WEEKDAYS, Token, first_token_at, is_event_verb,
                             is_number_word, stem, tokenize)

_SKIPPED_BEFORE_VERB = BE | VERB_LEAD_INS | {"has", "have", "had", "not", "also", "due", "later",
                                            "first", "finally", "eventually", "then", "when"}
PRONOUNS = {"it", "he", "she", "they"}
_QUOTES = {'"', "“", "”", "'", "‘"}
# Verbs of things people do again and again: two dates for them are two occasions.
REPEATABLE = frozenset(stem(w) for w in (
    "elect win visit meet play perform attend direct publish release write score travel return tour "
    "speak appear compete star serve").split()) | {"win", "meet", "write"}
_PARTICLES = {"out", "up", "down", "off", "through", "over"}
# A date after these words bounds a period or a deadline rather than dating the event itself.
_BOUNDARY_WORDS = {"since", "until", "till", "from", "to", "by", "before", "after", "between", "and",
                   "through", "throughout", "than", "into"}  # 'continued into Tuesday': a period runs on
# 'moved to' a time, not to a place: 'was moved to June' / 'moved to London at 20'.
_TIME_AHEAD = "|".join(sorted(set(MONTHS) | set(WEEKDAYS), key=len, reverse=True))
DATE_UPDATES = re.compile(
    r"\b(?:initially|originally|previously|first\s+(?:scheduled|planned|set|due)|postponed|delayed|"
    r"rescheduled|brought\s+forward|pushed\s+back|put\s+back|moved\s+(?:back|forward)|"
    r"moved\s+(?:to|from)\s+(?:\d|next\b|later\b|earlier\b|(?:the\s+|an?\s+)?(?:following|next|earlier|later|"
    r"end|start|beginning|spring|summer|autumn|fall|winter|weekend|morning|afternoon|evening)\b|"
    rf"(?:{_TIME_AHEAD})\b)|"
    r"instead|revised|now\s+(?:due|expected|set|scheduled|planned))\b", re.I)
PERSON_WORDS = set("wife husband son daughter father mother brother sister child children man woman "
                    "boy girl family partner widow parent parents".split())
_PARTICIPANT_SYNONYMS = {
    "facility": {"plant", "factory", "works", "mill", "facility"},
    "dwelling": {"house", "home", "residence", "mansion", "property"},
}
_PARTICIPANT_INDEX = {word: key for key, words in _PARTICIPANT_SYNONYMS.items() for word in words}


@dataclass(frozen=True)
class DatedEvent:
    """A verb with a date and its participants: 'the Bailey family sold the home ... in 1959'.

    ``agent`` does the action (the subject, or the 'by' phrase of a passive); ``patient`` has it
    done to it (the direct object, or the subject of a passive). Either may be None.
    """

    verb: str  # base form, so 'peaked' and 'peak', 'sold' and 'sell' meet
    verb_text: str
    date: Quantity
    agent: str | None = None
    patient: str | None = None
    subject_text: str = ""
    when_text: str = ""  # the date with its preposition: 'in March', 'on Saturday'
    bound: str | None = None  # 'until', 'since', or 'from'/'to' for the two ends of a stated period
    other_end: DatePoint | None = None  # for 'from'/'to': the period's other end
    complement: frozenset[str] = frozenset()  # 'promoted to the rank of Major': {'rank', 'major'}


def _verb_base(low: str) -> str:
    return IRREGULAR_BASES.get(low) or stem(low)


def participant(word: str) -> str:
    word = word.removesuffix("'s")
    if word.endswith("works"):
        return "facility"
    return _PARTICIPANT_INDEX.get(word, word)


def _subject_of(toks: list[Token], verb: int, shared: bool = True) -> tuple[str | None, str]:
    """The head noun before the verb, skipping auxiliaries and asides (', which ... ,').

    A verb that shares the clause's subject ('He was known for ... and was promoted in 1943',
    'left the club before retiring in 2020') takes the subject of the clause's first verb.
    """
    if shared and _is_timed_gerund(toks, verb):
        return _leading_subject(toks, verb)
    k = verb - 1
    while k >= 0:
        low = toks[k].low
        if low in _SKIPPED_BEFORE_VERB or (low.endswith("ly") and low.isalpha()):
            k -= 1
        elif low == "and" and shared:
            return _leading_subject(toks, k)
        elif low in _RELATIVES and shared:
            return _antecedent(toks, k)
        elif low == ",":
            opening = next((j for j in range(k - 1, -1, -1) if toks[j].low == ","), None)
            if opening is None or not _is_aside(toks, opening, k):
                return None, ""
            k = opening - 1
        else:
            break
    return _head_at(toks, k)


def _head_at(toks: list[Token], k: int) -> tuple[str | None, str]:
    """The subject word a walk back from the verb stopped at, as (word, how to quote it): the noun
    before a quoted title, a firm's name before 'Inc.', the head of a name or an of-phrase."""
    if k >= 0 and toks[k].low in _QUOTES:
        k = _before_title(toks, k)
    if k > 0 and toks[k].low == "." and toks[k - 1].text in _ABBREVIATIONS:
        k -= 1  # 'Love, Inc. aired': the firm's name, as the reason should quote it
        if k >= 2 and toks[k - 1].low == "," and toks[k - 2].text[:1].isupper():
            return toks[k].low, f"{toks[k - 2].text}, {toks[k].text}."
        return toks[k].low, f"{toks[k].text}."
    if k < 0:
        return None, ""
    k = _of_phrase_head(toks, _name_head(toks, k))
    low = toks[k].low
    if low in PRONOUNS or (low.isalpha() and low not in STOP_WORDS):
        return low.removesuffix("'s"), toks[k].text
    return None, ""


_RELATIVES = frozenset({"who", "which", "that"})
_ABBREVIATIONS = frozenset({"Inc", "Ltd", "Co", "Corp", "Jr", "Sr", "Bros", "Mr", "Dr", "St"})


def _is_aside(toks: list[Token], opening: int, closing: int) -> bool:
    """', which opened in 1990,' or ', also known as Charles Blackfan,' between a subject and its
    verb: a relative clause, or a description with no verb of its own after a noun."""
    if toks[opening + 1].low in ("which", "who"):
        return True
    before = toks[opening - 1].low if opening > 0 else ""
    return (before.isalpha() and before not in STOP_WORDS
            and not any(is_event_verb(toks, j) for j in range(opening + 1, closing)))


def _antecedent(toks: list[Token], relative: int) -> tuple[str | None, str]:
    """'a physician who lived ...' is about the physician; 'Blackfan was a physician who lived ...'
    about Blackfan, since the noun only describes the copula's subject."""
    k = relative - 1
    while k >= 0 and toks[k].low in (",", *_QUOTES):
        k = _before_title(toks, k) if toks[k].low in _QUOTES else k - 1
    if k < 0 or not toks[k].low.isalpha() or toks[k].low in STOP_WORDS:
        return None, ""
    j = k - 1
    while j >= 0 and k - j <= 6 and toks[j].low not in BE and toks[j].low not in (",", ";") \
            and not is_event_verb(toks, j):
        j -= 1
    if j >= 0 and toks[j].low in BE:
        return _subject_of(toks, j, shared=False)
    return toks[k].low.removesuffix("'s"), toks[k].text


def _before_title(toks: list[Token], closing: int) -> int:
    """'the radio show "Quarks and Quirks" ran': a quoted title names the noun before it ('show');
    a title that opens the clause stands for itself (its last word)."""
    opening = next((j for j in range(closing - 1, -1, -1) if toks[j].low in _QUOTES), None)
    if opening is None:
        return -1
    word = toks[opening - 1].low if opening > 0 else ""
    if word.isalpha() and word not in STOP_WORDS and word not in NOT_VERBS:
        return opening - 1
    return closing - 1


_PART_NOUNS = frozenset("number lot lots group couple rest majority minority most some many all none one "
                        "each part half dozens hundreds thousands millions".split())


def _of_phrase_head(toks: list[Token], k: int) -> int:
    """'Descendants of the owner occupied ...': the head of an of-phrase is the noun before 'of'
    (names are left to ``_name_head``; 'a number of people' is about the people)."""
    j = k - 1
    while j >= 0 and toks[j].low in DETERMINERS:
        j -= 1
    if j < 1 or toks[j].low != "of" or toks[k].text[:1].isupper():
        return k
    noun = toks[j - 1]
    if noun.low.isalpha() and noun.low not in STOP_WORDS and noun.low not in _PART_NOUNS \
            and (j == 1 or not noun.text[:1].isupper()):
        return j - 1
    return k


def _leading_subject(toks: list[Token], limit: int) -> tuple[str | None, str]:
    """The subject of the first verb before ``limit``, if that verb comes first in its clause."""
    first_verb = next((j for j in range(limit) if toks[j].low in BE | {"has", "have", "had"}
                       or is_event_verb(toks, j)), None)
    if first_verb is None or any(toks[j].low in (",", ";") for j in range(first_verb)):
        return None, ""
    return _subject_of(toks, first_verb, shared=False)


def _name_head(toks: list[Token], k: int) -> int:
    """The word a name is about when the name ends in another: 'Prince Albert of Saxe-Altenburg' is
    Albert, 'the show Ke Apon Ke Por' is the show."""
    j = k
    while j > 0 and (toks[j].text[:1].isupper() or toks[j].low == "-"):
        j -= 1
    if j == k or toks[j].text[:1].isupper():
        return k
    if toks[j].low == "of" and j > 0 and toks[j - 1].text[:1].isupper():
        return j - 1
    if toks[j].low.isalpha() and toks[j].low not in STOP_WORDS and j > 0 and toks[j - 1].low in DETERMINERS:
        return j
    return k


def _noun_phrase_head(toks: list[Token], j: int, stop: int) -> str | None:
    """Last word of the noun phrase at j: 'the Thompson family' -> 'family', 'William G. Ponder' -> 'ponder'."""
    head = None
    while j < stop:
        low = toks[j].low
        if low in DETERMINERS or low == "." or (low == "-" and head) or (not head and _is_number_word(low)):
            j += 1
            continue
        if low in _QUOTES and j + 1 < stop and toks[j + 1].text[:1].isupper():
            j += 1  # a title after its noun names the thing: 'the film "Game Night"'
            continue
        if not low.isalpha() or low in STOP_WORDS or low in _BOUNDARY_WORDS or low in MONTHS or low in WEEKDAYS:
            break
        head, j = low.removesuffix("'s"), j + 1
    return head


def _is_number_word(low: str) -> bool:
    return is_number_word(low) or low in SCALES or low == ","


def _agent_after(toks: list[Token], verb: int) -> str | None:
    end = next((j for j in range(verb + 1, len(toks)) if toks[j].low in (",", ";")), len(toks))
    for j in range(verb + 1, end):
        if toks[j].low == "by":
            return _noun_phrase_head(toks, j + 1, end)
    return None


def _is_passive(toks: list[Token], verb: int) -> bool:
    j = verb - 1
    while j >= 0 and toks[j].low.endswith("ly") and toks[j].low.isalpha():
        j -= 1
    participle = toks[verb].low.endswith("ed") or toks[verb].low in IRREGULAR_BASES
    return participle and j >= 0 and toks[j].low in BE


def _verb_before(toks: list[Token], first: int) -> int | None:
    """The verb a date belongs to: the nearest one to its left in the clause, or the first one
    after a fronted date ('In 1959, the family sold ...')."""
    k = _before_appositive(toks, first)
    for k in range(k - 1, max(k - _VERB_REACH, -1), -1):
        if toks[k].low in (",", ";", "which", "who", "that"):
            break
        if toks[k].low in ("since", "until", "till", "between") or toks[k].low == "from" and k == first - 1:
            return None  # 'the first since Inoue in 2001', 'from 2011': the date belongs to another part
        if toks[k].low in REPORTING_VERBS:
            return None  # 'died in a fire, the owner said Monday': the date of the telling
        if is_event_verb(toks, k) or _is_timed_gerund(toks, k):
            return k
    else:
        k = first
    fronted = all(t.low in ("in", "on", "the", "year") for t in toks[:first])
    if fronted:
        return next((j for j in range(first, min(first + 12, len(toks))) if is_event_verb(toks, j)), None)
    return None


_APPOSITIVE_STARTS = frozenset({"the", "a", "an", "his", "her", "its", "their"})
# How far left of a date its verb may stand: 'was named as one of the most influential people in
# the entertainment industry in the year 2018' puts 11 words between them.
_VERB_REACH = 14
_GERUND_LEAD_INS = frozenset({"before", "after", "upon"})


def _is_timed_gerund(toks: list[Token], i: int) -> bool:
    """'before retiring in 2020': the gerund is the dated happening, done by the claim's subject."""
    low = toks[i].low
    return (i > 0 and toks[i - 1].low in _GERUND_LEAD_INS and low.endswith("ing") and len(low) > 5
            and low.isalpha() and low not in NOT_VERBS)


def _before_appositive(toks: list[Token], first: int) -> int:
    """'joined the Luftwaffe, the air arm of the Wehrmacht, in 1933': a date right after a
    comma-closed aside belongs to the verb before the aside; return where that aside starts."""
    if first < 1 or toks[first - 1].low != ",":
        return first
    opening = next((j for j in range(first - 2, max(first - 14, -1), -1) if toks[j].low in (",", ";")), None)
    if opening is None or toks[opening].low != "," or toks[opening + 1].low not in _APPOSITIVE_STARTS:
        return first
    if any(is_event_verb(toks, j) for j in range(opening + 1, first - 1)):
        return first
    return opening


def _names_a_thing(toks: list[Token], q: Quantity, offset: int) -> bool:
    """'the 2003 Asian Games', 'the 2011 film', 'the 1990s', 'the 1990-91 season': a year that names
    or spans, not dates."""
    end = q.span.end - offset
    k = first_token_at(toks, end)
    if k is None:
        return False
    after, only_year = toks[k], set(q.when.fields()) == {"year"}
    season = only_year and after.low in ("-", "–") and k + 1 < len(toks) and toks[k + 1].low.isdigit()
    return season or after.low == "s" and after.start == end or (
        only_year and after.low.isalpha() and after.low not in STOP_WORDS and after.low not in _BOUNDARY_WORDS
        and after.low not in _RANGE_WORDS)


def dated_events(claim: Claim) -> tuple[DatedEvent, ...]:
    """Each date of a claim that belongs to a verb, with the verb's participants.

    Pairing can index claims by ``DatedEvent.verb`` to bring claims about one event together.
    """
    dates = [q for q in claim.quantities if q.kind is QuantityKind.DATE]
    if not dates:
        return ()
    toks = tokenize(claim.text)
    events: list[DatedEvent] = []
    range_ends: set[Span] = set()
    for q in dates:
        first = first_token_at(toks, q.span.start - claim.span.start)
        if first is None or q.span in range_ends or _names_a_thing(toks, q, claim.span.start):
            continue
        bound = toks[first].low if toks[first].low in _PERIOD_BOUNDS else None
        while first > 0 and toks[first - 1].low in ("in", "on", "the", "year", "month", "of"):
            first -= 1
        end = _range_end(toks, q, dates, claim.span.start) if first > 0 and toks[first - 1].low == "from" else None
        if end is not None:
            range_ends.add(end.span)
            events.extend(_period_events(claim, toks, first - 1, q, end))
            continue
        if first > 0 and toks[first - 1].low in _BOUNDARY_WORDS:
            continue
        event = _point_event(claim, toks, q, first)
        if event is not None:
            events.append(replace(event, bound=bound))
    return tuple(events)


def _point_event(claim: Claim, toks: list[Token], q: Quantity, first: int) -> DatedEvent | None:
    """The happening one date belongs to, ``first`` being where the date's words start: the verb
    before it, or the main verb for an item of an 'including' list."""
    item = _included_item(toks, first)
    verb = _main_verb_before(toks, item - 2) if item is not None else _verb_before(toks, first)
    if verb is None or _dates_a_change(toks, verb, first):
        return None
    when_text = claim.text[toks[first].start:q.span.end - claim.span.start].rstrip(".")
    event = replace(_event_at(toks, verb, q), when_text=when_text, complement=_complement(toks, verb, first))
    if item is None:
        return event
    # 'Seguin received the Order of Canada', as the reason should say
    item_text = claim.text[toks[item].start:toks[first - 1].end] if first > item else ""
    return replace(event, patient=_noun_phrase_head(toks, item, first),
                   verb_text=f"{event.verb_text} {item_text}".strip())


def _main_verb_before(toks: list[Token], comma: int) -> int | None:
    """The first verb of the clause that ends at ``comma``: 'Seguin received numerous awards for
    his contributions to science,' -> 'received' (not 'science' after 'to')."""
    start = next((j + 1 for j in range(comma - 1, -1, -1) if toks[j].low in (",", ";")), 0)
    return next((j for j in range(start, comma) if is_event_verb(toks, j)), None)


def _included_item(toks: list[Token], first: int) -> int | None:
    """'received many honours, including the Order of Canada in 1973': the date belongs to the
    main verb with the included item as its object. Returns where the item starts."""
    for k in range(first - 1, max(first - 10, 1), -1):
        if toks[k].low in (",", ";") or is_event_verb(toks, k):
            return None
        if toks[k].low == "including" and toks[k - 1].low == ",":
            return k + 1
    return None


# 'occupied the house until 1968' / 'until 1969': one end of one period, told twice
_PERIOD_BOUNDS = ("since", "until")
_RANGE_WORDS = ("to", "until", "till", "through")


def _range_end(toks: list[Token], start: Quantity, dates: list[Quantity], offset: int) -> Quantity | None:
    """The date that closes 'from September 2005 to May 2006', if the one at ``start`` opens it."""
    after = first_token_at(toks, start.span.end - offset)
    if after is None or toks[after].low not in _RANGE_WORDS:
        return None
    return next((d for d in dates if d.span.start - offset in (toks[after].start, toks[after].end + 1)), None)


def _period_events(claim: Claim, toks: list[Token], from_word: int, start: Quantity,
                   end: Quantity) -> list[DatedEvent]:
    """'aired from September 2005 to May 2006': the start and the end of one period, each an event
    that knows the other end, so that two periods are compared end by end."""
    verb = _verb_before(toks, from_word)
    if verb is None or _dates_a_change(toks, verb, from_word):
        return []
    event = replace(_event_at(toks, verb, start), complement=_complement(toks, verb, from_word))
    offset = claim.span.start
    return [replace(event, date=start, bound="from", other_end=end.when,
                    when_text=claim.text[toks[from_word].start:end.span.end - offset]),
            replace(event, date=end, bound="to", other_end=start.when,
                    when_text=claim.text[toks[from_word].start:end.span.end - offset])]


_COMPLEMENT_STARTS = ("to", "as")


def _complement(toks: list[Token], verb: int, first: int) -> frozenset[str]:
    """Content words of a 'to'/'as' phrase right after the verb: 'promoted to the rank of Major'
    and 'promoted to the rank of Generalleutnant' are two promotions, not one on two dates."""
    j = verb + 1
    if j >= first or toks[j].low not in _COMPLEMENT_STARTS:
        return frozenset()
    end = next((k for k in range(j, first) if toks[k].low in (",", ";")), first)
    return frozenset(t.low for t in toks[j + 1:end] if t.low.isalpha() and t.low not in STOP_WORDS)


_CHANGE_VERBS = frozenset(DIRECTION_VERBS["up"] + DIRECTION_VERBS["down"])


def _dates_a_change(toks: list[Token], verb: int, first: int) -> bool:
    """'fell 12 percent in 2022': the date is the period of an amount, which recurs every year."""
    return toks[verb].low in _CHANGE_VERBS or any(t.low[:1].isdigit() for t in toks[verb + 1:first])


def _event_at(toks: list[Token], verb: int, q: Quantity) -> DatedEvent:
    subject, subject_text = _subject_of(toks, verb)
    stop = next((j for j in range(verb + 1, len(toks)) if toks[j].low in (",", ";")), len(toks))
    after = verb + 1 + (verb + 1 < len(toks) and toks[verb + 1].low in _PARTICLES)
    if _is_passive(toks, verb):
        agent, patient = _agent_after(toks, verb), subject
    else:
        agent, patient = subject, _noun_phrase_head(toks, after, stop)
    return DatedEvent(_verb_base(toks[verb].low), _verb_words(toks, verb), q, agent, patient, subject_text)


def _verb_words(toks: list[Token], verb: int) -> str:
    """The verb with its auxiliaries, as the claim says it: 'was built', 'will close'."""
    k = verb
    while k > 0 and toks[k - 1].low in (BE | VERB_LEAD_INS | {"has", "have", "had"}):
        k -= 1
    return " ".join(t.text for t in toks[k:verb + 1])
