"""Dates: one event put at two dates or times.

    conflict      'The river peaked on Saturday morning' / 'When the river peaked on Sunday morning'
    conflict      'the house was built in 1847' / 'it was built in 1885' (one happening, two years)
    conflict      'will close in March' / 'when the plant closes in June'
    compatible    'completed a PhD in 1948' / 'graduated in 1948'
    trap          'became squadron leader in 1941' / 'became commander in 1943' (other participants)
    trap          'two arrests on Monday' / 'arrests on Tuesday' (a plural patient happens many times)
    conflict      'Officials confirmed the first case on 3 March' / 'the first case occurred on 11 March'
    conflict      'Heller was tried in 2019' / 'his trial in 2021' (an act and its noun)
    conflict      'Castell Mining was founded in 1987' / "since the miner's founding in 1991" (a gerund
                  with a possessor is an event noun: the possessor may be who it was done to)
    conflict      'published her debut novel in 2004' / 'her first novel in 2006' (one object with an
                  ordinal happens once, though the verb recurs); 'in the year 1998'; 'in 1275'
    trap          'released its first record' / 'its second record' (other ranks: two happenings)
    trap          'the date was moved to June' (an update names both dates on purpose)
    trap          'a meeting on Monday' / 'a meeting on Tuesday' (each introduces one: two meetings)
    trap          'the final will be played on Sunday' / 'was played on Saturday last year' (a plan, a fact)
    trap          'the first meeting in Leeds' / 'the first meeting in York' (two places, two meetings)
    trap          'ran between 2017 and 2021' / 'ran in 2019' (a period and a point inside it)
    trap          'open on 1 March' / 'open until 31 March' (a date against the edge of a period)
    trap          'born in 1950' / 'elected in 1990' (two acts of one person)
    trap          'the bill passed the House in May' / 'the Senate passed the bill in July' (one
                  participant in the other role, the others apart: two happenings)
    conflict      'was added to the register in 1973' / 'in 1972' ('add' with an object is an act, not
                  the reporting verb; a date hung on the register dates the adding)
    trap          'a porch was added to the Hale House in 1900' / 'the Hale House was added to the
                  list in 1973' (a thing introduced as new is not the named one)
    conflict      'the footbridge collapsed at 2.10am' / 'collapsed at around 5am' (an approximate
                  time of day is a point, compared within an hour)
    compatible    'the explosion happened at about 9pm' / 'at 9.35pm'
    trap          'the fire broke out at about 1am' / 'had the fire under control by 5.30am'; 'the
                  derby kicked off at 3pm' / 'finished shortly before 5pm' (a time of day dates an
                  act; a lasting event's acts have their own)

Three readings of dates: a date quantity that belongs to an event noun ("the vote on Tuesday") and
a dated verb with its participants (``factcheck.events``), both read from the surface; and the
parse's happenings (``factcheck.happenings``, ``alignment.one_happening``), which the location rule
shares. One happening with two dates that differ in a part both state (year, month, day, weekday,
time) is a conflict. Where the parse shows two happenings behind a surface conflict ('a meeting' /
'a meeting', another place, a plan, a bound, a date hung on another act), the surface reading is
overruled.
"""

from __future__ import annotations

from factcheck import places
from factcheck.events import (DATE_UPDATES, PERSON_WORDS, PRONOUNS, REPEATABLE, DatedEvent, dated_events,
                              participant)
from factcheck.happenings import BOUNDS, Happening, point_dates
from factcheck.quantities import APPROXIMATING, Comparison, Outcome, Quantity, unrelated
from factcheck.rules.alignment import (act_and_noun, frame, happening_words, matching_happenings, same_act,
                                       two_happenings)
from factcheck.rules.base import Compared, Rule, quantity_comparisons, strongest
from factcheck.rules.referents import is_date
from factcheck.types import Claim, Kind, RuleResult
from factcheck.words import is_plural_head, stem


def compare_dates(a: Quantity, b: Quantity, _same_thing: bool | None = None) -> Comparison | None:
    """Two date quantities of one event noun ('the vote on Tuesday' / 'the vote on Thursday')."""
    if not (is_date(a) and is_date(b)):
        return None
    if a.event is None or b.event is None or stem(a.event) != stem(b.event):
        return unrelated("the dates belong to different events", kind=Kind.DATE)
    part = a.when.differs_from(b.when) if a.when and b.when else None
    if part:
        noun = "time" if part == "minute" else part
        reason = f"'{a.text}' and '{b.text}' give a different {noun} for the {a.event}"
        return Comparison(Outcome.CONFLICTING, reason, Kind.DATE, same_referent=True)
    return Comparison(Outcome.COMPATIBLE, f"'{a.text}' and '{b.text}' agree on the {a.event}", Kind.DATE, True)


def _same_participant(x: str, y: str) -> bool:
    """'it' stands for a thing, 'he'/'she' for a named person; other heads meet by synonym."""
    if x in PRONOUNS or y in PRONOUNS:
        pronoun, other = (x, y) if x in PRONOUNS else (y, x)
        if other == pronoun:
            return True
        if pronoun == "it":
            return other not in PRONOUNS and other not in PERSON_WORDS
        # 'he'/'she' may stand for one named person ('Gollob was promoted in 1942' / 'He was
        # promoted in 1943'), never for a group or a thing counted in the plural
        return pronoun in ("he", "she") and other not in PRONOUNS and other not in PERSON_WORDS \
            and not is_plural_head(other)
    return participant(x) == participant(y)


def _same_happening(a: DatedEvent, b: DatedEvent) -> bool:
    """Same verb, some participant shared, none that differs, and nothing that happens many times."""
    if a.verb != b.verb or a.verb in REPEATABLE or a.bound != b.bound:
        return False
    if a.complement and b.complement and not (a.complement <= b.complement or b.complement <= a.complement):
        return False
    shared = False
    for x, y in ((a.agent, b.agent), (a.patient, b.patient)):
        if x is None or y is None:
            continue
        if not _same_participant(x, y):
            return False
        shared = True
    repeated = any(p and p not in PRONOUNS and is_plural_head(p) and p not in PERSON_WORDS
                   for p in (a.patient, b.patient))
    return shared and not repeated


def _compare_events(a: DatedEvent, b: DatedEvent, ca: Claim, cb: Claim) -> Comparison:
    part = a.date.when.differs_from(b.date.when) if a.date.when and b.date.when else None
    if part is None:
        what = f"{_subject_words(a)} {a.verb_text}"
        return Comparison(Outcome.COMPATIBLE, f"'{a.when_text}' and '{b.when_text}' agree on when {what}",
                          Kind.DATE, True)
    if DATE_UPDATES.search(ca.text) or DATE_UPDATES.search(cb.text):
        return unrelated("one claim reports that the date changed, so both can be right", True, Kind.DATE)
    if a.other_end and b.other_end and a.other_end.differs_from(b.other_end):
        # 'from 2011 to 2013' / 'from 2013 to 2015' may be two stays; one shared end makes them one period
        return unrelated("the two periods differ at both ends, so they may be two periods", True, Kind.DATE)
    reason = f"{_subject_words(a)} {a.verb_text} {a.when_text} in one claim and {b.when_text} in the other"
    return Comparison(Outcome.CONFLICTING, reason, Kind.DATE, True)


def _subject_words(event: DatedEvent) -> str:
    """'the river', 'it', 'Smith': the subject as a reason sentence can start with it."""
    text = event.subject_text
    if not text or text.lower() in PRONOUNS:
        return text.lower() or "it"
    return text if text[:1].isupper() else f"the {text}"


def event_comparisons(a: Claim, b: Claim) -> list[Compared]:
    """Dates that belong to one happening told twice ('built in 1847' / 'built in 1885')."""
    found = []
    for ea in dated_events(a):
        for eb in dated_events(b):
            if _same_happening(ea, eb):
                found.append((ea.date, eb.date, _compare_events(ea, eb, a, b)))
    return found


def _compare_happening(qa: Quantity, qb: Quantity, a: Claim, x: Happening, b: Claim, y: Happening) -> Comparison:
    part = qa.when.differs_from(qb.when)
    if part is None:
        return Comparison(Outcome.COMPATIBLE, f"'{qa.text}' and '{qb.text}' agree on when the {x.lemma} was",
                          Kind.DATE, True)
    if DATE_UPDATES.search(a.text) or DATE_UPDATES.search(b.text):
        return unrelated("one claim reports that the date changed, so both can be right", True, Kind.DATE)
    reason = (f"'{happening_words(a, x)}' is dated '{qa.text}' in one claim and "
              f"'{happening_words(b, y)}' '{qb.text}' in the other")
    return Comparison(Outcome.CONFLICTING, reason, Kind.DATE, True)


def happening_comparisons(a: Claim, b: Claim) -> list[Compared]:
    """Dates of one happening told twice, as the parse reads it (``alignment.one_happening``): 'the
    first case was confirmed on March 3' / 'the first case, on March 11'; 'a trial that opened on
    Monday' / 'the trial began on Tuesday'. Happenings put in places that exclude each other are two
    happenings (or a location conflict), not a date conflict."""
    found = []
    links = frame(a).place_links | frame(b).place_links
    for x, y in matching_happenings(a, b):
        if places.apart(x.places, y.places, links) is not None:
            continue
        for qa in point_dates(a, x):
            for qb in point_dates(b, y):
                found.append((qa, qb, _compare_happening(qa, qb, a, x, b, y)))
    return found


def _two_happenings(qa: Quantity, qb: Quantity, a: Claim, b: Claim) -> str | None:
    """Why two dates the surface reading puts on one event ('a meeting on Monday' / 'a meeting on
    Tuesday', 'the meeting was held on ...') can both be right: the date moved, or the parse shows
    the happenings they date are two (``alignment.two_happenings``, or places that exclude each
    other). None when nothing says so."""
    if DATE_UPDATES.search(a.text) or DATE_UPDATES.search(b.text):
        return "one claim reports that the date changed, so both can be right"
    if _times_of_day(qa, qb) and not _one_act(a, b):
        return "a time of day dates an act, and the claims tell different acts of a lasting event"
    bound_a, bound_b = _bound(qa, a), _bound(qb, b)
    if bound_a != bound_b:
        bounded = qa if bound_a else qb
        return f"'{bounded.text}' is the edge of a period, not the day it happened"
    for q, claim in ((qa, a), (qb, b)):
        if q.event and _dates_another_act(q, claim):
            return f"'{q.text}' dates another act in its claim, not the {q.event}"
    xs, ys = _carriers(qa, a), _carriers(qb, b)
    links = frame(a).place_links | frame(b).place_links
    for x in xs:
        for y in ys:
            if not same_act(x, y):
                continue
            why = two_happenings(x, y)
            if why is None and places.apart(x.places, y.places, links) is not None:
                why = "they are put in places that exclude each other"
            if why is not None:
                return f"'{qa.text}' and '{qb.text}' may date two happenings: {why}"
    return None


def _times_of_day(qa: Quantity, qb: Quantity) -> bool:
    """Both dates state a time of day, and it is where they differ ('3am' / '6am' on one Saturday)."""
    return (qa.when is not None and qb.when is not None and qa.when.minute is not None
            and qb.when.minute is not None and qa.when.differs_from(qb.when) == "minute")


def _one_act(a: Claim, b: Claim) -> bool:
    """The claims tell one act (``alignment.matching_happenings`` finds two verbs for it): a fire
    breaks out at 2am and is brought under control at 6am, a match kicks off at 3pm and ends at
    5pm, so the surface reading's 'time of the fire' holds only for one act told twice. Claims read
    without a parse keep the surface reading."""
    if a.frame is None or b.frame is None:
        return True
    return any(x.pos == y.pos == "v" for x, y in matching_happenings(a, b))


def _carriers(q: Quantity, claim: Claim) -> list[Happening]:
    """The happenings the parse dates with ``q``, and the acts whose patient is one of them: the
    parse may hang 'on 12 August' on 'ordered' in one claim and on 'a recall' in the other, and
    'ordered a recall' is one act either way."""
    dated = [h for h in frame(claim).happenings if q in point_dates(claim, h) and not h.negated]
    spans = [h.span for h in dated]
    around = [h for h in frame(claim).happenings if h not in dated and not h.negated and h.patient is not None
              and any(h.patient.span.contains(span) for span in spans)]
    return dated + around


def _bound(q: Quantity, claim: Claim) -> str | None:
    """The word that makes the date a bound ('until February 28th', 'since 2019'), as the parse
    reads it or, where the parse has no happening to hang it on, as the word before it says. An
    approximate time of day ('about 6am', 'shortly after 6am') is a point, compared with the slack
    ``DatePoint`` gives it, not a bound."""
    preceding = claim.text[:max(0, q.span.start - claim.span.start)].lower().split()
    if _near_time(q, preceding):
        return None
    for h in frame(claim).happenings:
        for t in h.times:
            if t.bounds and q.span.overlaps(t.span):
                return _EDGES.get(t.preposition, t.preposition)
    before = preceding[-1:] + q.text.split()[:1]
    for word in (w.lower() for w in reversed(before)):
        if word in BOUNDS:
            return _EDGES.get(word, word)
    return None


_NEAR = frozenset({"shortly", "just", "soon", "moments", "minutes"})


def _near_time(q: Quantity, preceding: list[str]) -> bool:
    """'about 6am', 'shortly after 6am', 'just before midnight': an approximate time of day."""
    if q.when is None or not q.when.approximate or q.when.minute is None:
        return False
    if q.text.split()[0].lower() in APPROXIMATING:
        return True
    return len(preceding) >= 2 and preceding[-1] in ("after", "before") and preceding[-2] in _NEAR


# Which edge of a period a bounding word names: 'to 1982' and 'until 1992' both end one.
_EDGES = {"from": "start", "since": "start", "after": "start", "until": "end", "till": "end", "to": "end",
          "through": "end", "throughout": "end", "by": "end", "before": "end"}


def _dates_another_act(q: Quantity, claim: Claim) -> bool:
    """The parse hangs the date on a happening other than the event noun the surface gave it to
    ('the 2008 election, which he dispensed with in 2012': 2012 dates the dispensing)."""
    carriers = [h for h in frame(claim).happenings if q in point_dates(claim, h)]
    event = stem(q.event)
    return bool(carriers) and not any(stem(h.lemma) == event or (h.pos == "v" and act_and_noun(h.lemma, q.event))
                                      for h in carriers)


def _unless_two(comparisons: list[Compared], a: Claim, b: Claim) -> list[Compared]:
    """The surface readings' conflicts, each dropped to 'unrelated' where the parse shows two
    happenings (or the date moved)."""
    found = []
    for qa, qb, c in comparisons:
        if c.outcome is Outcome.CONFLICTING and (why := _two_happenings(qa, qb, a, b)):
            c = unrelated(why, True, Kind.DATE)
        found.append((qa, qb, c))
    return found


def date_comparisons(a: Claim, b: Claim) -> list[Compared]:
    surface = quantity_comparisons(a, b, compare_dates) + event_comparisons(a, b)
    return _unless_two(surface, a, b) + happening_comparisons(a, b)


def compare(a: Claim, b: Claim) -> RuleResult | None:
    return strongest(RULE.name, date_comparisons(a, b), a, b)


RULE = Rule("dates", (Kind.DATE,), "one event or happening put at two dates or times", compare)
