"""Negation: the same statement asserted in one claim and denied in the other.

    conflict      'the neighbouring fuel depot was not damaged' /
                  'flames also damaged the roof of the neighbouring fuel depot'
    conflict      'no charges were filed' / 'charges were filed against two men'
    conflict      'no injuries were reported after the derailment' / 'three passengers were injured
                  in the derailment' (both told within one event that both name)
    trap          'no injuries after the derailment' / 'two hurt in an earlier derailment' (not one event)
    trap          'no arrests before the match' / 'arrests during the match' (two times around one event)
    trap          'not only the mayor but the council' (widens, does not deny)
    trap          'the plant may not reopen' / 'the plant reopened' (a hedge is not a denial)
    trap          'did not meet the nurses during her visit' / 'met the nurses a week later' (two periods)
    conflict      'has not published the report' / 'the report, which it published last month' ('has
                  not' and 'never' deny the act in every period up to now)
    trap          'usually publishes its accounts in May' / 'has not published its accounts' (a habit
                  and one occasion); 'has never paid a dividend' / 'pays a dividend every year' still
                  conflict: 'never' denies the habit too
    trap          'the drug did not work for every patient' / 'the drug worked for most patients';
                  'does not always work' / 'worked in the trial' (a denial of every case leaves some);
                  'did not consult all residents' / 'consulted all residents' still conflict
    trap          'the Hub is not the most natural fit' / 'the Hub fits right in'; 'was not the first
                  to arrive' (a copula's negation over a superlative or a rank denies the degree)

Read from the frames: the denied act (a negated verb, or any act of a claim that denies its
subject exists: 'no weapon was discharged') must be the asserted act (the same verb or a WordNet
synonym: 'discharged' / 'fired'), with no participant that differs and something else shared (a
participant, a name, a noun). Claims read without a parse fall back to their content words: the
denial's words all recur in the asserting claim, or the two share nearly all their words.
"""

from __future__ import annotations

import re

from functools import lru_cache

from factcheck import lexicon
from factcheck.claims import NEGATION
from factcheck.frames import Phrase, Predicate
from factcheck.happenings import Happening, point_dates
from factcheck.quantities import period_markers
from factcheck.rules.alignment import (LIGHT_VERBS, MAX_SENSES, dates_differ, frame, placed_apart, same_participant,
                                       same_predicate, same_word, shared_names, shared_wholes)
from factcheck.rules.base import Rule
from factcheck.types import Claim, Kind, Polarity, RuleResult
from factcheck.words import REPORTING_VERBS, content_terms

NEGATION_OVERLAP = 0.75  # share of content words two claims must share to be "the same statement"
# Negation words as content_terms stems them ("denied" -> "deni").
NEGATORS = frozenset({"not", "no", "never", "none", "n't", "nobody", "nothing", "neither", "nor", "without",
                      "deni", "deny", "cannot"})


def _negator_in(claim: Claim) -> str:
    match = NEGATION.search(claim.text)
    return match.group() if match else "not"


_DENIED_SUBJECT = re.compile(r"^(?:no|none|nobody|nothing|neither)\b", re.IGNORECASE)


def _denied_acts(claim: Claim) -> list[Predicate]:
    """The negated predicates, and those whose participant is denied ('No weapon was discharged')."""
    found = []
    for p in frame(claim).predicates:
        if p.lemma in LIGHT_VERBS:
            continue
        if p.negated or universal(p):
            found.append(p)
    return found


def universal(p: Predicate) -> bool:
    """A denial of every such act, read off a denied participant: 'no weapon was discharged',
    'nobody was hurt', 'none of the staff left'."""
    return any(x is not None and _DENIED_SUBJECT.match(x.text) for x in (p.agent, p.patient))


_ACT_FIELDS = frozenset({"noun.act", "noun.event"})


@lru_cache(maxsize=8192)
def names_the_act(noun: str, verb: str) -> bool:
    """A patient that names the act itself, not a thing acted on: 'fired a shot', 'voted a vote'.
    Its first WordNet sense is an act or event, and the noun is derived from a verb
    that can mean the same as the predicate's, or is a form of one ('shot' of 'shoot', which is a
    way to 'fire')."""
    try:
        fields = lexicon.lexfiles(noun, "n", max_senses=1)
        if not fields or fields[0] not in _ACT_FIELDS:
            return False
        verbs = lexicon.derived_verbs(noun, max_senses=MAX_SENSES) | set(lexicon.base_forms(noun, "v"))
    except (KeyError, ValueError):
        return False
    return any(same_word(v, verb, "v") for v in verbs)


def _participant_patient(p: Predicate) -> Phrase | None:
    """The patient as a participant: none where it only names the act ('fired a shot')."""
    if p.patient is not None and p.pos == "v" and names_the_act(p.patient.lemma, p.lemma):
        return None
    return p.patient


def _happening(claim: Claim, p: Predicate) -> Happening | None:
    return next((h for h in frame(claim).happenings if h.span == p.span), None)


def _same_occasion(denied: Claim, x: Predicate, asserted: Claim, y: Predicate) -> bool:
    """Nothing shows the two acts on other occasions: neither is planned or repeated, neither is
    dated or bounded in time ('no shots by noon' / 'a shot in the evening' are two times), and
    they are not placed in two places."""
    hx, hy = _happening(denied, x), _happening(asserted, y)
    if hx is None or hy is None or hx.future or hy.future or hx.repeated or hy.repeated:
        return False
    dates_x, dates_y = point_dates(denied, hx), point_dates(asserted, hy)
    if dates_x or dates_y or any(t.bounds for t in (*hx.times, *hy.times)):
        return False
    return not placed_apart(hx.places, hy.places)


def _anchored(a: Claim, b: Claim, x: Predicate, y: Predicate, shown_only: bool = False) -> bool:
    """A participant shown to be the same (or, for a verb, a name both claims are about), and none
    shown to differ. An act named by a noun ('injuries') needs the participant shown. The asserted
    act's patient does not count where it only names the act ('fired a shot').

    A universal denial ('no weapon was discharged') is its own anchor against a claim that states
    the act happened, naming it where the denied participant would stand ('one of the men fired a
    shot'), on no other occasion: it denies every such act. A role the parse left empty shows
    nothing, so it never stands in for the act named. 'None of the crew' and 'two of the crew' are
    shown the same only for the predicates' usual senses."""
    verdicts = (_same_participant(x.agent, y.agent), _same_participant(x.patient, _participant_patient(y)))
    if False in verdicts:
        return False
    # a group named only by 'none of the crew' / 'two of the crew' anchors the act in its usual
    # senses, not a rare one ('hurt' is 'kill' in its last)
    if _PARTITIVE in verdicts and True not in verdicts and same_predicate(x, y):
        return True
    if True in verdicts or (not shown_only and _named_in_both_acts(a, b, x, y)) or _within_one_event(a, b, x, y):
        return True
    if shown_only or not _thing_denied(x) or y.patient is None or _participant_patient(y) is not None:
        return False
    return _same_occasion(a, x, b, y)


# Third-person pronouns only: 'we' and 'I' in a blog are its authors, not the names it is about
# (alignment.PRONOUNS, with them, brought back a false alarm on clean-news).
_PRONOUNS = frozenset({"it", "its", "they", "their", "them", "he", "his", "him", "she", "her", "this", "that",
                       "these", "those"})


def _act_names(claim: Claim, p: Predicate) -> frozenset[str]:
    """Lower-case words of the act's participants and of the places the claim names (where its acts
    happen: 'after the derby at Elland Road'); a pronoun stands for the names the claim is about
    ('It did not approve the plan'). A participant the parse left empty stands for nothing."""
    phrases = [q for q in (p.agent, p.patient, *p.places, *frame(claim).places) if q is not None]
    words = {w.strip(".,'’").lower() for q in phrases for w in q.text.split()}
    if any(q.text.lower() in _PRONOUNS for q in phrases):
        words |= claim.about
    return frozenset(words)


def _named_in_both_acts(a: Claim, b: Claim, x: Predicate, y: Predicate) -> bool:
    """A name both claims share stands in for a participant only where it is one in both acts (or
    where they happen), and only for acts that mean the same in their usual senses: the name says
    where, not who, so it cannot also license a rare sense ('work' as 'follow', 'offer' as 'suggest')."""
    return same_predicate(x, y) and bool(shared_names(a, b) & _act_names(a, x) & _act_names(b, y))


def _within_one_event(a: Claim, b: Claim, x: Predicate, y: Predicate) -> bool:
    """Both acts are told within one event both claims name as one: 'no injuries were reported
    after the derailment' / 'three passengers were injured in the derailment'. The event is a
    definite event noun in both (not the acts compared, not one of many: 'an earlier derailment'
    and 'derailments' do not count), and neither claim puts its act at another time than the
    other around it: 'no arrests before the match' / 'arrests during the match' are two times."""
    def events(claim: Claim, act: Predicate) -> list[Happening]:
        return [h for h in frame(claim).happenings if h.pos == "n" and h.unique and h.span != act.span
                and not h.negated and not h.future]
    return any(same_word(hx.lemma, hy.lemma, "n") and not same_word(hx.lemma, x.lemma, "n")
               and _time_around(a, hx) == _time_around(b, hy)
               for hx in events(a, x) for hy in events(b, y))


_TIME_AROUND = frozenset({"before", "after", "since", "until", "till", "prior"})


def _time_around(claim: Claim, event: Happening) -> str | None:
    """'before' / 'after' ... where the claim puts its act outside the event ('arrested two fans
    after the match'); None within it ('during', 'in', 'at') or where the word dates a report of
    the act ('no injuries were reported after the crash' tells what happened in it)."""
    words = claim.text[: max(event.span.start - claim.span.start, 0)].lower().split()[-4:]
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _TIME_AROUND:
            return None if i > 0 and words[i - 1] in REPORTING_VERBS else words[i]
    return None


_NONE_OF = re.compile(r"^(?:none|nobody|no[ -]one|nothing)$", re.IGNORECASE)
_PARTITIVE = "partitive"


def _partitive(x: Phrase | None, y: Phrase | None) -> bool:
    """'None' of one group against a part of a group: 'none of the crew' / 'two of the crew'."""
    return x is not None and y is not None and bool(_NONE_OF.match(x.text)) and bool(x.wholes) and bool(y.wholes)


def _same_participant(x: Phrase | None, y: Phrase | None) -> bool | str | None:
    """``same_participant``, where a denied 'none', 'nobody' or 'no one' has no noun of its own: it
    is the same as a part of the same group ('none of the crew' / 'two of the crew', returned as
    _PARTITIVE so the caller can ask more of the predicates), another than a part of another group
    (none in common), undecided where the groups only overlap ('of the nurses at Lowfield' / 'of the
    nurses'),
    and neither the same as nor another than anyone else ('nobody' / 'two fans', 'none of the
    people sheltering in the station' / '23 people': the group it is drawn from may be narrower). A
    bare 'none' stands for a group named elsewhere ('of the 14 cases, none had received a second
    dose'), so it is compared as before and differs from 'her daughter'."""
    if x is not None and _NONE_OF.match(x.text):
        if _partitive(x, y):
            shared = shared_wholes(x, y)
            if not shared:
                return False
            return _PARTITIVE if shared == x.wholes and len(x.wholes) == len(y.wholes) else None
        if x.wholes or x.text.lower() != "none":
            return None
    return same_participant(x, y)


def _thing_denied(p: Predicate) -> bool:
    """The patient is denied and is a made thing, what the act is done with or to ('no weapon' is
    what a shot is fired from); 'no curfew was imposed' is not denied by 'imposed a penalty', nor
    'no charges were filed' by 'filed a complaint'."""
    if p.patient is None or not _DENIED_SUBJECT.match(p.patient.text):
        return False
    try:
        fields = lexicon.lexfiles(p.patient.lemma, "n", max_senses=1)
    except (KeyError, ValueError):
        return False
    return bool(fields) and fields[0] == "noun.artifact"


def _says_never(denied: Claim) -> bool:
    """'never' denies the act in every period, a habit included."""
    return _negator_in(denied).lower() == "never"


def _other_periods(denied: Claim, asserted: Claim) -> bool:
    """The claims put their acts in different periods ('did not meet them during the visit' / 'met
    them a week later') or on dates that cannot be one ('did not publish it in March' / 'published
    it in June'); 'never' and the present perfect deny the act in every period up to now
    ('has never been relegated' / 'was relegated in 1998', 'has not published the report' / 'the
    report, which it published last month')."""
    if _says_never(denied) or any(p.perfect for p in _denied_acts(denied)):
        return False
    return period_markers(denied.text) != period_markers(asserted.text) or dates_differ(denied, asserted)


def _framed(a: Claim, b: Claim) -> RuleResult | None:
    denied, asserted = (a, b) if a.polarity is Polarity.NEGATIVE else (b, a)
    if _other_periods(denied, asserted):
        return None
    nominals = frame(asserted).nominals
    habits_set_apart = not _says_never(denied)  # a habit is not one occasion, unless it never happens
    denied_nominals = [n for n in frame(denied).nominals if n.negated and n.lemma not in LIGHT_VERBS]
    for x in _denied_acts(denied) + denied_nominals:
        for y in frame(asserted).predicates + nominals:
            if y.negated or x.modal or y.modal or y.lemma in LIGHT_VERBS or not same_predicate(x, y, all_senses=True):
                continue
            if (x.habitual or y.habitual) and habits_set_apart:
                continue  # 'usually publishes its accounts' / 'has not published its accounts' (this time)
            if x.universal and not y.universal:
                continue  # 'did not work for every patient' / 'worked for most patients': not in every case
            if not _anchored(denied, asserted, x, y, shown_only=y in nominals or x in denied_nominals):
                continue
            spans = (x.span, y.span) if denied is a else (y.span, x.span)
            return RuleResult(RULE.name, "conflicting", Kind.NEGATION,
                              f"one claim denies '{x.lemma}' ('{_negator_in(denied)}') and the other states it",
                              *spans)
    return None


def compare(a: Claim, b: Claim) -> RuleResult | None:
    if a.polarity == b.polarity or a.hedged or b.hedged:
        return None
    if a.frame is not None and b.frame is not None:
        return _framed(a, b)
    terms_a, terms_b = content_terms(a.text) - NEGATORS, content_terms(b.text) - NEGATORS
    if not terms_a or not terms_b:
        return None
    overlap = len(terms_a & terms_b) / min(len(terms_a), len(terms_b))
    denied = a if a.polarity is Polarity.NEGATIVE else b
    # A denial whose words all recur in the asserting claim denies it, however much detail that claim
    # adds: 'the depot was not damaged' against 'flames damaged the roof of the depot'.
    contained = (terms_a if denied is a else terms_b) <= (terms_b if denied is a else terms_a)
    if not contained and (overlap < NEGATION_OVERLAP or len(terms_a ^ terms_b) > 2):
        return None
    return RuleResult(RULE.name, "conflicting", Kind.NEGATION,
                      f"one claim states it and the other denies it ('{_negator_in(denied)}')")


RULE = Rule("negation", (Kind.NEGATION,), "one statement asserted and denied", compare)
