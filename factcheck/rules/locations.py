"""Locations: one happening told in two places that exclude each other.

    conflict      'after a ten-week trial at Leeds Crown Court' / 'Sheffield Crown Court, where Heller was tried'
    conflict      'passed a medical at the club's training centre in Duisburg' / 'his medical examination in Frankfurt'
    conflict      'attended a consultation meeting at Ashby Community Hall on Monday evening' /
                  'speaking at the consultation meeting, she told the sports hall at Ferncliffe Academy on Monday night'
    conflict      'the fire broke out at a warehouse in Brackley' / 'the fire, which started in Ashwell'
    compatible    'the final was played in Leeds' / 'the final at Elland Road in Leeds' (one place inside the other)
    conflict      'The jet landed at Luton' / 'The aircraft touched down at Heathrow' (one thing named
                  again by a more general noun, one act by a kind of it)
    trap          'The jet landed at Luton' / 'A second aircraft landed at Stansted' (words that set the
                  general noun apart)
    trap          'the medical in Duisburg' / 'the medical in Germany' (a region holds the town)
    trap          'a meeting in Leeds on Monday' / 'a meeting in York on Tuesday' (two meetings)
    trap          'left Lyon for Marseille' / 'arrived in Marseille' (a trip names two places on purpose)
    trap          'will meet in Paris' / 'met in Rome last year' (a plan and a fact)
    trap          'police made arrests in Leeds' / 'arrests in York' (a plural happens many times)
    trap          'the meeting may move to York' (a hedge)
    trap          'The match was played in Madrid' / 'Fans watched the match on screens in Barcelona'
                  (watching or hearing happens where the watcher is: ``happenings._perceives``)
    compatible    'a show at the University of Northern Iowa' / 'the show at UNI' (a name and its
                  initials); 'the show at UCLA' still conflicts

Whether the two claims tell one happening is ``factcheck.rules.alignment.one_happening`` (the same
reading the date rule uses); whether two places exclude each other is ``factcheck.places``. Two
happenings with different dates are two happenings, so a conflict needs their times to agree or
one of them to have none.
"""

from __future__ import annotations

import re

from factcheck import places
from factcheck.frames import Phrase
from factcheck.rules.alignment import frame, happening_words, matching_happenings, other_times
from factcheck.rules.base import Rule
from factcheck.types import Claim, Kind, RuleResult


def _place_words(claim: Claim) -> set[str]:
    return {w for p in frame(claim).places if p.name for w in p.name.lower().split()} | {
        w for h in frame(claim).happenings for p in h.places if p.name for w in p.name.lower().split()}


# The rest of a name after its head: 'of Southern Indiana' after 'the University'.
_NAME_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s*)+")


def _full_name(claim: Claim, place: Phrase) -> str:
    """A place's name as the claim spells it, with the 'of' part the parse keeps apart."""
    rest = _NAME_OF.match(claim.text, place.span.end - claim.span.start)
    return place.text + (rest.group().rstrip() if rest else "")


def _initials_of_each_other(a: Claim, xs: tuple[Phrase, ...], b: Claim, ys: tuple[Phrase, ...]) -> bool:
    """One place named in full in one claim and by its initials in the other ('at the University of
    Southern Indiana' / 'at USI')."""
    return any(places.initialism_of(x.name, _full_name(b, y)) or places.initialism_of(y.name, _full_name(a, x))
               for x in xs for y in ys if x.name and y.name)


def compare(a: Claim, b: Claim) -> RuleResult | None:
    if a.hedged or b.hedged:
        return None
    links = frame(a).place_links | frame(b).place_links
    without = _place_words(a) | _place_words(b)
    for x, y in matching_happenings(a, b, without):
        if not x.places or not y.places or other_times(a, x, b, y):
            continue
        if _initials_of_each_other(a, x.places, b, y.places):
            continue
        found = places.apart(x.places, y.places, links)
        if found is not None:
            px, py = found
            reason = (f"'{happening_words(a, x)}' is put at '{px.name}' in one claim and "
                      f"'{happening_words(b, y)}' at '{py.name}' "
                      "in the other")
            return RuleResult(RULE.name, "conflicting", Kind.LOCATION, reason, px.span, py.span)
    return None


RULE = Rule("locations", (Kind.LOCATION,), "one happening put in two places that exclude each other", compare)
