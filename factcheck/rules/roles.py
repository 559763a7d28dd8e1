"""Roles: one office given two people, or one person given two offices that exclude each other.

Who holds which office is read by ``factcheck.titles`` (titles before a name, appositions on
either side of it, copulas and 'as') into ``Claim.roles``; this rule compares the roles of two
claims. Only current holders count, and only offices with one holder: a definite office ('the
council's president', "Ashby's club captain", 'Eastmoor's managing director') or, for two bare
titles, a name that is half the same ('Mayor Helen Ostrowski' / 'Mayor Helen Novak').

    conflict    'City Council President Marcus Obi' / 'Councilwoman Teresa Vance, the council's president'
    conflict    'Club captain Jamie Rourke' / 'Lewis Dunn, Ashby's club captain'
    conflict    "The airport's managing director, Karen Whitby" / "said Graham Lowe, Eastmoor's managing
                director" (the article names Eastmoor Airport, so 'the airport' is Eastmoor)
    conflict    'Mayor Helen Ostrowski' / 'Mayor Helen Novak' (two bare titles, names sharing a part)
    conflict    'Finance Minister Ana Ruiz' / 'Ruiz, the health minister' (two portfolios of one kind)
    conflict    'Senate Majority Leader Tom Reyes' / 'Reyes, the minority leader'
    conflict    'The winner of the race was Ana Ruiz' / 'Clara Holt was the winner of the race' (an
                office of one event keeps one holder in the past tense; the office may come first)
    conflict    "The club's manager, Tom Hale" / 'Manager Rita Okafor said the club would appeal' (a
                bare title whose claim names the organisation by the same common noun)
    conflict    'Ann Bray, who chairs the planning committee' / "the planning committee's chair, Joe Hart"
                (an office told by its act); 'Marsh, who is leading the investigation' / 'the senior
                investigating officer, Keane' and 'Lo, who presides over the tribunal' / "the
                tribunal's presiding judge, Reed" (a title named by the same act)
    conflict    "The club's head coach, Dan Ferris" / 'Assistant coach Dan Ferris' (an office and the
                one below it, for one person); 'Detective Inspector Helen Marsh' / 'Detective Sergeant
                Helen Marsh', 'Colonel Ivan Petrov' / 'Major Ivan Petrov' (two ranks of the forces or
                the police, WordNet's kinds of officer)
    trap        'Colonel Ivan Petrov' / "Petrov, the brigade's commander" (a rank and a post);
                "England's assistant coach" / "Rovers' head coach" (two organisations); 'co-captain' /
                'captain' (the office itself)
    compatible  'Mayor Helen Ostrowski' / 'Mayor Ostrowski' (the same person, named shorter)
    compatible  'founder and chief executive' (two heads: two offices one person can hold)
    trap        'former mayor Tom Hale' / 'Mayor Joe Brandt'; 'X, who was captain until 2019';
                'acting chief executive'; 'then chief executive'; 'mayor-elect' (not a current holder)
    trap        'deputy mayor X' / 'the mayor, Y'; 'vice-captain' / 'captain' (another office)
    trap        'the mayor of Leeds, X' / 'the mayor of York, Y'; "Ashby's captain" / "Kelsall's
                captain" (two organisations: different proper names)
    trap        'Councillor Ann Bray of the town council' / 'Councillor Joe Hart of the town council',
                'Democrat X of the Neo Democrats' (a title naming a member of its organisation);
                'curator Ruth Amos' / 'Ines Faro, curator and head of collections at ...' (a lone
                office noun in apposition is a bare title)
    trap        'a director', 'one of the club's directors', 'two ministers' (offices with many holders);
                'Kelsall winger Tyrone Adu' / 'Kelsall winger Jo Hart' (bare titles, names not alike)
    trap        "Jones, the club's captain" / 'Jones, the England captain' (two teams);
                "the council's president" / "the party's president" for one person (two bodies)
    trap        'Mayor John Smith' / 'the mayor, Ann Jones' in claims dated differently (another time)

Two offices are the same when their head nouns are the same word and the words that qualify one
(descriptors and organisation) are among those of the other, the extra words naming only the
organisation ('City Council President' / "the council's president"; 'Ashby' in "Ashby's club
captain"); a bare office against a qualified one ('the director' / 'the managing director') is
left alone. One person's two offices exclude each other when they share the head and each has a
qualifier the other lacks, neither of them a proper name and not both organisations.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from factcheck import lexicon
from factcheck.happenings import MAX_SENSES, names_event
from factcheck.rules.base import Rule
from factcheck.titles import FORMER, RANK_WORDS, Role, names_organisation
from factcheck.types import Claim, Kind, RuleResult


def same_person(x: Role, y: Role) -> bool:
    """One name is the other or a part of it: 'Ruiz' / 'Ana Ruiz', 'Mayor Ostrowski' / 'Helen Ostrowski'."""
    a, b = x.name_words, y.name_words
    return bool(a) and bool(b) and (a <= b or b <= a)


def different_people(x: Role, y: Role) -> bool:
    a, b = x.name_words, y.name_words
    return bool(a) and bool(b) and not (a <= b or b <= a)


def same_office(x: Role, y: Role) -> bool:
    """Both name one office of one organisation (see the module docstring)."""
    if x.rank or y.rank or x.owner_pronoun or y.owner_pronoun:
        return False
    if x.head != y.head:
        return _same_office_by_act(x, y)
    small, big = sorted((x.qualifiers, y.qualifiers), key=len)
    if not small <= big or (big and not small):
        return False
    return all(_organisation_word(word, x, y) for word in big - small)


def _same_office_by_act(x: Role, y: Role) -> bool:
    """An office told by its act and one a title names by the same act: 'Marsh, who is leading the
    investigation' / 'the senior investigating officer, Keane'; 'Bray, who chairs the panel' / "the
    panel's presiding chair". Of one organisation where both name one (an act's own noun, the
    investigation of 'investigating', is no organisation); two titles alone never meet this way
    ('the managing director' / 'the managing editor' are two offices)."""
    shared = {act for u in x.acts for v in y.acts if _same_act(u, v) for act in (u, v)}
    if not (x.by_act or y.by_act) or not shared:
        return False
    if x.named and y.named and not (x.named & y.named):
        return False
    own_x, own_y = (r.organisation - _act_nouns(r.organisation, shared) for r in (x, y))
    return not (own_x and own_y) or bool(own_x & own_y)


@lru_cache(maxsize=16384)
def _same_act(x: str, y: str) -> bool:
    """One act in two words: the same verb or a synonym ('inquire' / 'investigate')."""
    return x == y or lexicon.same_meaning(x, y, "v", depth=0)


def _act_nouns(words: frozenset[str], acts: set[str]) -> set[str]:
    """The words that name one of ``acts`` ('inquiry' for investigate): what is led, not who leads."""
    return {w for w in words if any(_same_act(v, act) for v in lexicon.acts_named(w, max_senses=2) for act in acts)}


def exclusive_offices(x: Role, y: Role) -> bool:
    """Two offices of one kind that one person cannot hold together: finance / health minister,
    majority / minority leader, and an office against the one below it ('the club's head coach' /
    'assistant coach', 'deputy mayor' / 'the mayor')."""
    if x.head != y.head:
        return two_ranks(x.head, y.head)
    if x.rank != y.rank:
        return _office_and_one_below(x, y)
    only_x, only_y = x.qualifiers - y.qualifiers, y.qualifiers - x.qualifiers
    if not only_x or not only_y or (only_x | only_y) & (x.named | y.named):
        return False
    if all(_organisation_word(w, x, y) for w in only_x | only_y):
        return False  # the council's president and the party's president
    return not any(_same_meaning(u, v) for u in only_x for v in only_y)


# The kinds of officer whose titles are ranks, in WordNet: one person holds one of them at a time.
_RANKED_OFFICERS = ("commissioned military officer", "commissioned naval officer", "noncommissioned officer",
                    "general officer", "flag officer", "police officer")
# Titles filed under those kinds that name a post, not a rank ('the brigade's commander, Colonel X').
_POSTS = frozenset({"commander", "officer", "chief", "head", "leader", "detective"})


@lru_cache(maxsize=4096)
def _a_rank(title: str) -> bool:
    return title not in _POSTS and any(lexicon.is_a(title, kind, "n", max_senses=2) for kind in _RANKED_OFFICERS)


def two_ranks(x: str, y: str) -> bool:
    """Two ranks of the forces or the police: 'Detective Inspector Helen Marsh' / 'Detective
    Sergeant Helen Marsh', 'Colonel Ivan Petrov' / 'Major Ivan Petrov'. One person holds one rank
    at a time (a promotion is another time, which ``compare`` sets apart)."""
    return x != y and _a_rank(x) and _a_rank(y)


# Ranks that put an office below the head alone; a co-captain or joint chief executive is one.
SUBORDINATE_RANKS = RANK_WORDS - {"co", "joint", "fellow"}


def _office_and_one_below(x: Role, y: Role) -> bool:
    """One office and the office below it ('head coach' / 'assistant coach'), of one organisation
    or of one the claims leave unsaid (England's assistant coach may coach a club)."""
    if not (x.rank ^ y.rank) & SUBORDINATE_RANKS:
        return False
    return not x.organisation or not y.organisation or bool(x.organisation & y.organisation)


def _organisation_word(word: str, x: Role, y: Role) -> bool:
    """A word that names the organisation rather than the office: a proper name, or a noun WordNet
    files under organisations and places ('city' in 'City Council President', the possessor in "the
    club's director"). A common noun in the possessor or 'of' phrase that names no organisation is
    the office's field: 'director of football' is another office than the club's director."""
    if word in x.named or word in y.named or names_organisation(word):
        return True
    in_organisation = word in x.organisation or word in y.organisation
    return in_organisation and not lexicon.is_lemma(word, "n")


def _same_meaning(x: str, y: str) -> bool:
    try:
        return any(lexicon.same_meaning(x, y, pos, max_senses=2) for pos in ("n", "a"))
    except (KeyError, ValueError):
        return False


def _one_holder(x: Role, y: Role) -> bool:
    """The office has one holder: one mention says 'the', a possessor or is an apposition, or two
    bare titles give names that are half the same (a name got wrong). Not a title that names a
    member of its organisation, however definite ('Councillor Ann Bray of the town council')."""
    if _a_member(x) or _a_member(y):
        return False
    return x.definite or y.definite or bool(x.name_words & y.name_words)


@lru_cache(maxsize=4096)
def _member_of(title: str, organisation: str) -> bool:
    named_after_them = title in (organisation, lexicon.base_form(organisation, "n"))
    return named_after_them or lexicon.member_of(title, organisation)


def _a_member(role: Role) -> bool:
    """The title names one member of the organisation it is of, which has many: a councillor of the
    council, a juror of the jury, an officer of the police (WordNet's member meronymy), a Democrat of
    the Neo Democrats (an organisation named after its members)."""
    return any(_member_of(role.head, word) for word in role.organisation)


def _holders_to_compare(roles: tuple[Role, ...]) -> Iterator[Role]:
    """Roles held now, and roles of one event or period, which have one holder for good: 'the
    winner of the race was ...', 'the leading scorer of the season was ...' (not one told by an
    act: who 'led the inquiry' may have handed it on)."""
    return (r for r in roles if r.current or (r.status == FORMER and not r.by_act and _of_one_occasion(r)))


def _of_one_occasion(role: Role) -> bool:
    return any(_occasion(word) for word in role.organisation)


@lru_cache(maxsize=4096)
def _occasion(word: str) -> bool:
    """An event or a stretch of time that is no organisation: 'race', 'final', 'season' (not 'party')."""
    if names_organisation(word):
        return False
    return names_event(word) or lexicon.is_a(word, "time period", "n", max_senses=MAX_SENSES)


def _other_times(a: Claim, b: Claim) -> bool:
    return bool(a.when) and bool(b.when) and set(a.when) != set(b.when)


def _bare_title_in_its_organisation(x: Role, cx: Claim, y: Role) -> bool:
    """A bare title ('Manager Rita Okafor said the club would appeal') is the office another claim
    gives with its organisation ("the club's manager, Tom Hale") when the bare title's claim names
    that organisation by the same common noun, and the organisation is no proper name (two named
    clubs in a match report have two managers)."""
    if x.qualifiers or x.rank or y.rank or x.head != y.head or not y.definite or y.owner_pronoun:
        return False
    if not y.organisation or y.named or y.qualifiers != y.organisation:
        return False
    words = {w.lower() for w in re.findall(r"[\w'’]+", cx.text)}
    return all(any(lexicon.base_form(w, "n") == o or w == o for w in words) for o in y.organisation)


def _one_office(x: Role, cx: Claim, y: Role, cy: Claim) -> bool:
    return (same_office(x, y) or _bare_title_in_its_organisation(x, cx, y)
            or _bare_title_in_its_organisation(y, cy, x))


def compare(a: Claim, b: Claim) -> RuleResult | None:
    if not a.roles or not b.roles or _other_times(a, b):
        return None
    for x in _holders_to_compare(a.roles):
        for y in _holders_to_compare(b.roles):
            if different_people(x, y) and _one_office(x, a, y, b) and _one_holder(x, y):
                office = f"one office, {x.head}," if x.head == y.head else "one office"
                return RuleResult(RULE.name, "conflicting", Kind.ROLE,
                                  f"{office} is given to two people: '{x.text}' and '{y.text}'", x.span, y.span)
            if same_person(x, y) and exclusive_offices(x, y):
                return RuleResult(RULE.name, "conflicting", Kind.ROLE,
                                  f"one person is given two offices that exclude each other: '{x.text}' and "
                                  f"'{y.text}'", x.span, y.span)
    return None


RULE = Rule("roles", (Kind.ROLE,), "one office with two holders, or one person with two offices", compare)
