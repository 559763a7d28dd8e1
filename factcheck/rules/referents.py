"""Whether two quantities are about the same thing at the same time, the gate before any count is
compared: the same thing counted (and the same subset of it), in the same unit, at the same time,
neither on top of the other, neither a change over time.

Shared by ``numbers`` and ``quantifiers``: two figures that fail this gate can both be true, and
saying why (another time, another subset) is what keeps the traps of news prose quiet.
"""

from __future__ import annotations

from functools import lru_cache

from factcheck import lexicon, quantities
from factcheck.frames import OTHER_SETS, PER_CASE, SIDE_BY_MEANING, Count, Phrase, is_proportion, is_whole
from factcheck.quantities import (VOTES_AGAINST, Comparison, Interval, Quantity, QuantityKind, counted_group, is_date,
                                  unrelated)
from factcheck.rules.alignment import (LIGHT_VERBS, dates_differ, part_and_whole, partners, placed_apart, same_act,
                                       same_participant, same_word, shared_names)
from factcheck.types import Claim, Kind
from factcheck.words import DURATION_NOUNS, names_a_duration, stem, tokenize

# Verbs (as quantities store them: stems, synonyms folded) that split one set in two: each
# household was evacuated or stayed, each passenger survived or died.
COMPLEMENTARY = frozenset(frozenset(pair) for pair in (
    ("evacu", "stay"), ("evacu", "remain"), ("surviv", "death"), ("pass", "fail"), ("accept", "reject"),
    ("approv", "reject")))


def same_referent(a: Quantity, b: Quantity) -> bool:
    """Same thing counted, and the same subset of it: 'treated 35 runners' and 'four runners were
    taken to hospital' count different groups of runners, so counts conflict only when their verbs
    match or neither has one."""
    if a.referent is None or a.referent != b.referent:
        return False
    if a.predicates or b.predicates:
        return bool(a.predicates & b.predicates)
    return True


def complementary(a: Quantity, b: Quantity) -> bool:
    """Two parts of one set: 'evacuated all 320 households' / 'half of the households stayed'."""
    return a.referent is not None and a.referent == b.referent and any(
        frozenset((x, y)) in COMPLEMENTARY for x in a.predicates for y in b.predicates)


def same_period(a: Quantity, b: Quantity) -> bool:
    """'in 1941' names the same year as a claim dated 'October 31, 1941'."""
    if a.period == b.period:
        return True
    for x, y in ((a, b), (b, a)):
        if x.period and x.period.isdigit() and y.period is None and y.when and y.when.year == int(x.period):
            return True
    return False


def _units_match(a: Quantity, b: Quantity, parsed: bool) -> bool:
    """The same unit, shares of a whole, or two units of one dimension ('1.2 kilometres' / 'the
    900-metre bridge'), which ``numbers.compare_measures`` converts, where the parse has tied the
    two to one thing: without it a measure is keyed only by its dimension and the claim's subject,
    which 'a range of 37 km' and 'a length of 231 ft' share."""
    if a.proportion is not None and b.proportion is not None:
        return True
    return a.unit == b.unit or (parsed and two_units_of_one_dimension(a, b))


def two_units_of_one_dimension(a: Quantity, b: Quantity) -> bool:
    """'1.2 kilometres' and '900 metres', 'eight tonnes' and '17,000 lb': one measure told in two
    units, comparable once converted."""
    if a.unit == b.unit or a.unit is None or b.unit is None:
        return False
    x, y = quantities.in_base_units(a), quantities.in_base_units(b)
    return (x is not None and y is not None
            and quantities.unit_dimension(a.unit) == quantities.unit_dimension(b.unit))


def not_comparable(a: Quantity, b: Quantity, same_thing: bool | None = None) -> Comparison | None:
    """Why two amounts (not dates) cannot conflict, or None when they measure one thing at one time.

    ``same_thing`` is what the parse says (``counted_alike``); None falls back to the quantities'
    own reading of what they count.

    An 'unrelated' comparison with ``same_referent`` True still says the pair was about one
    thing: the judge then knows the numbers were read and explained."""
    if is_date(a) or is_date(b):
        return unrelated("a date and an amount cannot be compared")
    if QuantityKind.ORDINAL in (a.kind, b.kind):
        return unrelated("ordinals name positions, not amounts")
    alike = same_referent(a, b) if same_thing is None else same_thing
    if not alike and not complementary(a, b):
        return unrelated(f"they count different things ({a.referent or 'unknown'} vs {b.referent or 'unknown'})")
    if not _units_match(a, b, parsed=same_thing is not None):
        return unrelated(f"'{a.text}' and '{b.text}' are in different units", same=True)
    if a.when and b.when and a.when.differs_from(b.when):
        return unrelated(f"'{a.text}' and '{b.text}' are about different times", same=True)
    if a.additional or b.additional:
        more = a if a.additional else b
        return unrelated(f"'{more.phrase}' counts more on top of the other figure", same=True)
    if a.part != b.part:
        part = a if a.part else b
        return unrelated(f"'{part.phrase}' counts a part picked out of the set, not all of it", same=True)
    if a.split != b.split and not (a.predicates & b.predicates):  # the same act: its own whole
        part = a if a.split else b
        return unrelated(f"'{part.phrase}' counts one part of a set whose other part follows", same=True)
    if not same_period(a, b) and a.referent != "age":  # an age belongs to its event, whatever the year
        other = a.period or b.period
        return unrelated(f"one figure is about another time ('{other}'), so both can be right", same=True)
    if a.change_over_time or b.change_over_time:
        return unrelated("one claim reports a change over time, so both figures can be right", same=True)
    return None


# Nouns too general to tie two counts to one thing on their own.
GENERIC_NOUNS = frozenset({"people", "person", "year", "time", "day", "week", "month", "percent", "cent", "number",
                           "total", "part", "way", "thing", "lot", "group", "area", "case", "place", "end", "level"})


def count_of(claim: Claim, q: Quantity) -> Count | None:
    """What the parse says ``q`` counts, or None when the claim has no frame or the parse no noun."""
    frame = claim.frame
    if frame is None:
        return None
    return next((c for c in frame.counts if c.span.overlaps(q.span)), None)


PEOPLE = "people"
HYPERNYM_DEPTH = 4  # 'drones' are 'vehicles' three steps up


@lru_cache(maxsize=65536)
def _same_noun(x: str, y: str) -> bool:
    """One noun for the same things: the same lemma, a synonym in the nouns' first senses, or one a
    kind of the other in any sense ('drones' / 'unmanned aerial vehicles': the aircraft is a drone's
    fourth sense). A synonym in a rare sense is not enough: 'agency' shares a synset with 'means'
    (of getting something done), and 'all economic means' / 'most agencies' met as one set. Nor is a
    kind of an abstraction ('way' and 'database' are kinds of 'content'): it says what things are
    about, not which things are counted (``lexicon.counted_kinds``)."""
    if same_word(x, y, "n"):
        return True
    if counted_group(x) is not None and counted_group(x) == counted_group(y):
        return True  # 'staff' / 'employees' / 'jobs': one workforce, however a desk counts it
    try:
        return (y in lexicon.counted_kinds(x, depth=HYPERNYM_DEPTH)
                or x in lexicon.counted_kinds(y, depth=HYPERNYM_DEPTH))
    except (KeyError, ValueError):
        return False


@lru_cache(maxsize=65536)
def _is_person(noun: str) -> bool:
    try:
        return lexicon.is_a(noun, "person", "n")
    except (KeyError, ValueError):
        return False


@lru_cache(maxsize=65536)
def _is_unit(noun: str) -> bool:
    try:
        return lexicon.is_a(noun, "unit of measurement", "n")
    except (KeyError, ValueError):
        return False


def _people_and_persons(x: str, y: str) -> bool:
    """'people' and a noun whose first sense is a kind of person ('residents', 'protesters'; not
    'jobs' through the biblical Job). WordNet has 'people' only as a group noun. Such a pair may be a
    group and a part of it ('twelve people were hurt' / 'five children were hurt'), so it is taken as
    one thing only where the model reads the claims as one statement (``acts_unread``)."""
    return (x == PEOPLE) != (y == PEOPLE) and _first_field(y if x == PEOPLE else x) == "noun.person"


def _counted_nouns_alike(x: Count, y: Count) -> bool:
    """The same noun; two kinds of people only where the counts share a name ('18,400 spectators
    at Eastgate Park' / '21,950 supporters who packed into Eastgate Park'); a unit only of the same
    stuff ('40,000 tonnes of batteries' / '35 tonnes' of dust is not the same)."""
    if _is_unit(x.noun) or _is_unit(y.noun):
        one_dimension = _dimension(x) == _dimension(y) is not None
        if not (same_word(x.noun, y.noun, "n") or one_dimension):  # 'kilometres' / 'metres', converted
            return False
        return x.measured == y.measured or (x.measured is None and y.measured is None)
    if _same_noun(x.noun, y.noun) or (_is_duration(x.noun) and _is_duration(y.noun)):
        return True  # 'three weeks' / 'the 20-day trial': lengths of time, compared in minutes
    return _is_person(x.noun) and _is_person(y.noun) and bool(x.names & y.names)


def _dimension(count: Count) -> str | None:
    """What a counted unit measures, its power included: 'square miles' an area, as 'hectares' are."""
    powers = sorted(count.modifiers & {"square", "cubic"})
    return quantities.unit_dimension(" ".join([*powers, count.noun]))


def _doers_of_one_act(a: Claim, x: Count, b: Claim, y: Count) -> bool:
    """``x`` counts, by the noun WordNet derives for who does an act, the people ``y`` counts doing
    it ('85,000 visitors' / '120,000 people visited the museum'; 'voters' / 'people voted'): one
    group, where nothing makes the doers some of them. Not where ``x`` takes part in an act of its
    own ('arrested 300 protesters': some of those who protested), a word narrows it ('foreign
    visitors'), or what ``y``'s act is done to goes unnamed in ``x``'s claim ('people visited the
    zoo' against a museum's visitors)."""
    if y.verb is None or y.verb in LIGHT_VERBS or y.acted_on or x.modifiers:
        return False
    if (x.verb is not None and x.verb not in LIGHT_VERBS) or not (y.noun == PEOPLE or _is_person(y.noun)):
        return False
    if x.noun not in _agent_nouns(y.verb):
        return False
    act = next((p for p in b.frame.predicates
                if p.lemma == y.verb and (p.agent is None or p.agent.span.overlaps(y.span))), None)
    return act is not None and (act.patient is None or act.patient.lemma in a.frame.nouns)


@lru_cache(maxsize=16384)
def _agent_nouns(verb: str) -> frozenset[str]:
    try:
        return frozenset(lexicon.agent_nouns(verb, max_senses=3))
    except (KeyError, ValueError):
        return frozenset()


def _whole_named(count: Count, other: Claim, other_count: Count) -> bool:
    """What the counted things belong to is named in the other claim (by its name too, where it has
    one): "the factory's 190 workers" / 'will close its factory, putting 230 jobs at risk' count one
    factory's staff. Not where either count is what an act picks out ('the mill hired 30
    workers'): that is a part, compared only as the same act's."""
    if other.frame is None or any(c.acted_on and c.verb not in LIGHT_VERBS for c in (count, other_count)):
        return False
    if count.names and not (count.names & other.frame.names):
        return False
    named = (count.wholes - GENERIC_NOUNS) & other.frame.nouns
    # the other claim names no other whole its count could belong to: "the group's 2,400 staff" /
    # 'the group will close its factory, putting 230 jobs at risk' are the group's and the factory's
    others = {noun for noun in other.frame.nouns - named if is_whole(noun)}
    return bool(named) and not others and (not other_count.wholes or bool(other_count.wholes & named))


def _another_of_its_kind(a: Claim, b: Claim) -> bool:
    """Claim a tells of one more happening of a kind claim b tells ('In a similar collapse in 2010,
    69 people were killed' / 'the building collapsed, killing 74'; 'In a separate raid, ...'; 'a
    further reduction' / 'a decrease', one in any sense of the other): its figures are that other
    one's."""
    others = [h for h in a.frame.happenings if h.other and h.pos == "n"]
    return any(same_act(x, y) or (x.pos == y.pos and same_word(x.lemma, y.lemma, "n", all_senses=True))
               for x in others for y in b.frame.happenings if not y.other)


def _other_stretches(a: Claim, b: Claim) -> bool:
    """Both claims tell their acts over a stretch of time and name none in common: 'drew 50,000
    people on its opening day' / '140,000 attended over the weekend' count two stretches' visitors
    (``Frame.stretches``)."""
    x, y = a.frame.stretches, b.frame.stretches
    return bool(x) and bool(y) and x.isdisjoint(y)


def _contrary_verbs(x: str | None, y: str | None) -> bool:
    """Two counts of one noun that take part in different acts count different groups ('destroyed
    12 homes' / 'evacuated 40 homes'); where either act is unknown nothing is contrary."""
    if x is None or y is None or x == y:
        return False
    if lexicon.opposite_directions(x, y):
        return True  # 'added 200 jobs' / 'cut 300 jobs': jobs made and jobs lost
    if x in LIGHT_VERBS or y in LIGHT_VERBS:
        return False  # a light verb ('have', 'begin') says nothing about which group is counted
    return not (same_word(x, y, "v") or _cause_and_effect(x, y))


def _one_side(a: Claim, x: Count, b: Claim, y: Count) -> bool:
    """The counted take one side on one thing in both claims, by two acts: 'twelve councillors
    opposed the bypass' / 'nine councillors voted against the bypass', 'twelve members backed the
    offer' / 'nine voted in favour of the offer' count one group, those on that side
    (``Predicate.stance``): one act that takes a side by its meaning and one that takes it by its
    words ('voted against', 'in favour of'). Two acts that each take it by meaning may be two
    groups ('objected to the mast' in letters, 'protested against it' in the street); acts denied
    or hedged take no side, nor does a bare 'for' ('paid for the bypass' / 'voted for the bypass')."""
    sides = [[p for p in claim.frame.predicates if p.lemma == count.verb and p.stance is not None
              and not (p.negated or p.modal) and p.agent is not None and p.agent.span.overlaps(count.span)
              and p.stance_cue != "for"]
             for claim, count in ((a, x), (b, y))]
    return any(p.stance == q.stance and (p.stance_cue == SIDE_BY_MEANING) != (q.stance_cue == SIDE_BY_MEANING)
               and same_participant(p.stance_on, q.stance_on) is True for p in sides[0] for q in sides[1])


@lru_cache(maxsize=65536)
def _cause_and_effect(x: str, y: str) -> bool:
    """'killed eight people' / 'eleven people died': one act told from both sides (WordNet's causes)."""
    try:
        return lexicon.cause_and_effect(x, y)
    except (KeyError, ValueError):
        return False


ONE = Interval.exactly(1)


def _is_duration(noun: str) -> bool:
    """'years', 'minutes': the parser leaves some plurals unlemmatised, so the base form is asked too."""
    return names_a_duration(noun) or lexicon.base_form(noun, "n") in DURATION_NOUNS


_SINGULAR_PRONOUNS = frozenset({"he", "she", "it", "him", "her"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "we"})
# Words that tell one instance of a thing from another: 'the first Q&A' / 'the second Q&A'.
ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "last", "next", "previous",
                      "final", "latest", "earlier", "later", "former", "new", "old", "other", "another",
                      "remaining", "rest"})


def _subjects_apart(a: Claim, b: Claim) -> bool:
    """The two claims' subjects are clearly different: proper names sharing no word (two templates,
    two clubs), or a singular and a plural pronoun ('he survived 28 days' / 'they survived 38')."""
    subjects_a = a.frame.subjects if a.frame else ()
    subjects_b = b.frame.subjects if b.frame else ()
    if not subjects_a or not subjects_b:
        return False
    x, y = subjects_a[0], subjects_b[0]
    if x.name and y.name:
        return not (x.words & y.words)
    if partners(x.lemma, y.lemma):
        return True  # 'The defendant denied ...' / 'His co-defendant admitted ...'
    pronouns = {x.lemma, y.lemma}
    return bool(pronouns & _SINGULAR_PRONOUNS) and bool(pronouns & _PLURAL_PRONOUNS)


def _named_agents(claim: Claim, verb: str | None) -> list[Phrase]:
    """The named doers of the claim's acts of ``verb`` (none for a count tied to no act)."""
    if verb is None:
        return []
    return [p.agent for p in claim.frame.predicates if p.lemma == verb and p.agent is not None and p.agent.name]


def _acts_of_two_named_agents(a: Claim, x: Count, b: Claim, y: Count) -> bool:
    """The counted things take part in acts that two different named agents do, wherever the act
    sits in its sentence ('..., with Junius Ho defeating Lee by about 5,000 votes' / 'Yau defeated
    Wong by 424 votes'): two acts, each with its own figure. ``_subjects_apart`` reads only the
    claims' first subjects."""
    agents_x, agents_y = _named_agents(a, x.verb), _named_agents(b, y.verb)
    return (bool(agents_x) and bool(agents_y)
            and all(same_participant(p, q) is False for p in agents_x for q in agents_y))


def _same_subject(a: Claim, b: Claim) -> bool:
    """Both claims open on the same subject, named or common ('The fire killed 12' / 'The fire killed
    15'); a noun too general to name anything ('14 percent were undecided' / '52 percent said ...':
    the subject is the figure itself) ties nothing; nor does a whole and a part of it ('The river is
    200 miles long' / "The river's navigable stretch is 80 miles long"), which one phrase of a
    participant may stand for but whose figures are their own."""
    subjects_a = a.frame.subjects if a.frame else ()
    subjects_b = b.frame.subjects if b.frame else ()
    if not subjects_a or not subjects_b or subjects_a[0].lemma in GENERIC_NOUNS:
        return False
    x, y = subjects_a[0], subjects_b[0]
    nouns = x.pos in ("NOUN", "PROPN") and y.pos in ("NOUN", "PROPN")  # not a partitive: 'All of the hostages'
    if nouns and x.lemma != y.lemma and part_and_whole(x, y):
        return False
    return same_participant(x, y) is True


def other_instances(a: Claim, b: Claim) -> bool:
    """Each claim names its own instance ('the first Q&A' / 'the second Q&A')."""
    words_a = set(a.text.lower().split()) & ORDINALS
    words_b = set(b.text.lower().split()) & ORDINALS
    return bool(words_a) and bool(words_b) and not (words_a & words_b)


def _in_parentheses(claim: Claim, q: Quantity) -> bool:
    """A figure in brackets is an aside about something else: '(PDF, 38 pages, 1.8 MB)'."""
    before = claim.text[: q.span.start - claim.span.start]
    return before.count("(") > before.count(")")


def _placed_apart(count: Count, claim: Claim, other: Claim) -> bool:
    """The counted phrase names something the other claim never mentions, while the other claim
    puts its figure at a place of its own: two sites, two counts ('all 380 jobs at the Bradford
    bakery' / 'employs 450 workers at its Leeds bakery')."""
    if not count.names or other.frame is None or count.names & other.frame.names:
        return False
    return any(place.name and not (set(place.name.lower().split()) & count.names) for place in other.frame.places)


def counted_alike(a: Claim, qa: Quantity, b: Claim, qb: Quantity, *, opposite_acts: bool = False,
                  acts_unread: bool = False) -> bool | None:
    """Whether two figures count the same thing: the same noun (a synonym, a kind of it; two kinds of
    people only at one named place), no contrary acts, and tied together by the names of the
    counted phrases or by the same act; a quantifier also by something else the claims share. None
    when a claim has no frame (read without a parse).

    ``opposite_acts``: the caller has found the two amounts doing opposite acts ('backed' /
    'opposed'), which makes them two parts of one set, so the acts do not set the groups apart.

    ``acts_unread``: the caller has the two acts read by other means (the model, on the claims
    restated with one figure: ``numbers.restated_figures``), so two acts WordNet does not link
    ('arrested' / 'detained') are taken as one; acts changing a figure in opposite directions
    still count two groups, and a count of one is still too weak."""
    if a.frame is None or b.frame is None:
        return None
    if _in_parentheses(a, qa) or _in_parentheses(b, qb) or _subjects_apart(a, b) or other_instances(a, b):
        return False
    if dates_differ(a, b) or _other_stretches(a, b) or _another_of_its_kind(a, b) or _another_of_its_kind(b, a):
        return False
    if qa.referent == qb.referent == VOTES_AGAINST:
        return _one_vote(a, b)
    ca, cb = count_of(a, qa), count_of(b, qb)
    if ca is None or cb is None:
        return False
    if _acts_of_two_named_agents(a, ca, b, cb):
        return False  # 'Ho defeated Lee by 5,000 votes' / 'Yau defeated Wong by 424 votes'
    if ca.attribute is not None and cb.attribute is not None:
        return _same_attribute(a, ca, b, cb)
    if ca.is_money or cb.is_money:
        return _sums_to_restate(ca, cb) if acts_unread else _same_sum(a, ca, b, cb)
    doers = _doers_of_one_act(a, ca, b, cb) or _doers_of_one_act(b, cb, a, ca)
    if not (doers or _counted_nouns_alike(ca, cb) or (acts_unread and _people_and_persons(ca.noun, cb.noun))):
        return False
    one_side = _one_side(a, ca, b, cb)  # 'opposed the sale' / 'voted against the sale': one act
    if acts_unread:
        if (lexicon.opposite_directions(ca.verb or "", cb.verb or "") or ONE in (qa.count, qb.count)
                or placed_apart(a.frame.places, b.frame.places)):
            return False  # two groups, a weak count, or two scenes ('in Ashby' / 'in Coalville')
    elif not opposite_acts and _contrary_verbs(ca.verb, cb.verb) and not one_side:
        return False
    if _shares_of_two_sets(qa, ca, qb, cb):
        return False  # 'Half of the respondents' / 'Most respondents under 30'
    if ca.names and cb.names and not (ca.names & cb.names):
        return False  # 'the two projects from Chicago' / 'the five projects from Washington'
    if _placed_apart(ca, a, b) or _placed_apart(cb, b, a):
        return False  # '450 workers at its Leeds bakery' / 'all 380 jobs at the Bradford bakery'
    if _outside_the_other(ca, cb):
        return False  # '1.2 million of its customers' / 'no other client': the rest of the set
    if (PER_CASE in ca.modifiers) != (PER_CASE in cb.modifiers):
        return False  # 'waited an average of 52 minutes' / 'lost 4,100 hours waiting': per case, total
    if ca.modifiers and cb.modifiers and not (ca.modifiers & cb.modifiers):
        return False  # 'all 12 neighbourhood areas' / 'the four city-centre areas': two subsets
    same_act = doers or one_side or (ca.verb is not None and cb.verb is not None and ca.verb not in LIGHT_VERBS
                and cb.verb not in LIGHT_VERBS and (acts_unread or same_word(ca.verb, cb.verb, "v", all_senses=True)
                                                    or _cause_and_effect(ca.verb, cb.verb)))
    if _is_duration(ca.noun):
        return same_act and _same_span_of_time(a, ca, b, cb)
    if same_participant(ca.level_of, cb.level_of) is False:
        return False  # 'the target range at 1/4 to 1/2 percent' / 'inflation from 2 percent': two levels
    if is_proportion(ca.noun) and _figures_of_two_things(a, ca, b, cb):
        return False  # 'the index fell 0.8 percent' / 'prices in London fell 0.6 percent'

    if qa.count == ONE or qb.count == ONE:
        return same_act  # 'one school': a weak count, compared only as the same act's
    if ca.names & cb.names or same_act or (_same_subject(a, b) and not (ca.verb and cb.verb)):
        return True  # '340 homes on the Millbrook estate' / 'the 430 Millbrook homes'
    if _whole_named(ca, b, cb) or _whole_named(cb, a, ca):
        return True  # "the factory's 190 workers" / 'will close its factory, putting 230 jobs at risk'
    # A quantifier against a count ('the majority of the UAVs' / 'all ten drones') needs less: a
    # share of one set is rarely given twice for two sets in one article, plain figures often are.
    quantifier = QuantityKind.QUANTIFIER in (qa.kind, qb.kind)
    return quantifier and bool(_anchors(a, b, qa, qb, frozenset({ca.noun, cb.noun})))


def may_count_alike(x: Count, y: Count) -> bool:
    """A cheap first test of whether two figures may count one thing with their acts unread
    (``counted_alike``), on the counted nouns alone: what it rejects, the full gate rejects too,
    so pairing can ask it of every two figures in a long text. Sums of money are left out: their
    restatement gate is loose and leans on the claims sharing words, which pairing by figures
    does not ask."""
    if x.is_money or y.is_money or (x.attribute is not None and y.attribute is not None):
        return False  # two attributes' values: the acts play no part, so nothing is left to restate
    return _nouns_may_match(x.noun, y.noun)


@lru_cache(maxsize=65536)
def _nouns_may_match(x: str, y: str) -> bool:
    """The nouns' part of ``_counted_nouns_alike`` with the acts unread, leaving out what needs more
    than the two nouns (a unit's measured stuff, the names two kinds of people share)."""
    return (_same_noun(x, y) or (_is_duration(x) and _is_duration(y)) or (_is_person(x) and _is_person(y))
            or _people_and_persons(x, y))


_VOTERS = frozenset({"noun.group", "noun.person"})


def _first_field(noun: str) -> str | None:
    fields = lexicon.lexfiles(noun, "n", max_senses=1)
    return fields[0] if fields else None


def _one_vote(a: Claim, b: Claim) -> bool | None:
    """Votes against one motion, counted by the surface reading ('unanimously', 'two voting
    against', 'by seven votes to two'), for which the parse has no noun to count. They are one vote
    only where the claims share a noun for what was voted on (not for who voted: WordNet's people
    and groups) and do not name two bodies ('the planning committee unanimously backed the scheme'
    / 'the full council approved it by 30 votes to 5': two stages). Then None leaves the comparison
    to the surface reading. The motion may be named by an act in one claim and its noun in the
    other ('agreed to pay the fee' / 'voted against the payment')."""
    nouns_a, nouns_b = (c.frame.nouns if c.frame else frozenset() for c in (a, b))
    bodies_a, bodies_b = ({w for w in nouns if _votes_as_a_body(w)} for nouns in (nouns_a, nouns_b))
    if bodies_a and bodies_b and not (bodies_a & bodies_b):
        return False
    if not any(_first_field(w) not in _VOTERS for w in nouns_a & nouns_b) and not (
            _act_named_by(a, nouns_b) or _act_named_by(b, nouns_a)):
        return False
    return None


@lru_cache(maxsize=8192)
def _votes_as_a_body(noun: str) -> bool:
    """A body that can vote as one: an organisation or a legislature by WordNet's first senses
    (committee, council, board, government, club, parliament); not a gathering ('meeting') or a
    gallery, which hold a vote or own the board that votes."""
    return any(lexicon.is_a(noun, kind, "n", max_senses=2) for kind in ("organization", "legislature"))


def _act_named_by(claim: Claim, nouns: frozenset[str]) -> bool:
    """The claim's act is what one of ``nouns`` names: 'agreed to pay the fee' / 'voted against
    the payment' (WordNet: 'payment' is the act of paying)."""
    acts = {p.lemma for p in claim.frame.predicates if p.pos == "v" and p.lemma not in LIGHT_VERBS} if claim.frame else set()
    return any(acts & lexicon.acts_named(noun, max_senses=2) for noun in nouns)


def _same_attribute(a: Claim, x: Count, b: Claim, y: Count) -> bool:
    """Two values of one attribute of one owner ('the stadium has a capacity of 20,000' / 'its
    capacity of 25,000'): an owner holds one value of it at a time, so the figures are compared
    (``not_comparable`` still separates times and units). What the figures count, where both say,
    must be alike ('an average of 2.5 goals' / 'an average of 3 assists'), and the tenses the same."""
    if not same_word(x.attribute, y.attribute, "n") or x.tense != y.tense:
        return False  # 'had a population of 12,000' / 'has a population of 19,000': two times
    counted = x.noun != x.attribute and y.noun != y.attribute
    if counted and not _counted_nouns_alike(x, y):
        return False
    return _same_owner(a, x.owner, b, y.owner)


def _same_sum(a: Claim, x: Count, b: Claim, y: Count) -> bool:
    """Two sums of one act: the same verb (not a light one) in the same tense, said of the same
    subject (a pronoun through what its claim is about) with the same other arguments ('The firm
    paid $45 million for the site' / 'It paid $60 million for the site'). An article names many
    sums, and they differ in any one of these: 'fined Acme £2m' / 'fined Beta Bank £3m', 'spent $2m
    on roads' / '$3m on schools', 'will cost £80m' / 'has cost £30m so far'."""
    if not (x.is_money and y.is_money) or x.verb is None or y.verb is None:
        return False
    if x.verb in LIGHT_VERBS or y.verb in LIGHT_VERBS or x.tense != y.tense:
        return False
    if not same_word(x.verb, y.verb, "v", all_senses=True):
        return False
    if x.subject is None or y.subject is None or not _same_owner(a, x.subject, b, y.subject):
        return False
    return _same_nouns(x.arguments, y.arguments)


def _outside_the_other(x: Count, y: Count) -> bool:
    """One count is of things outside the set the other counts ('other', 'another', 'remaining' on
    one side only, ``frames.OTHER_SETS``)."""
    return (x.modifiers & OTHER_SETS) != (y.modifiers & OTHER_SETS)


def _sums_to_restate(x: Count, y: Count) -> bool:
    """Two sums the model may read as one, told with other verbs or subjects ('The charity raised
    £42,000 at the gala' / 'The gala brought in £58,000 for the charity'): money both, in the same
    tense ('will cost £60m' / 'has cost £25m so far' are two), and where both acts name what else
    they are about, the same things ('spent $2m on roads' / '$3m on schools' are two sums)."""
    if not (x.is_money and y.is_money) or (x.tense and y.tense and x.tense != y.tense):
        return False
    if _outside_the_other(x, y):
        return False  # 'sponsors gave a further £400,000': on top of the other sum
    return not (x.arguments and y.arguments) or _same_nouns(x.arguments, y.arguments)


def _figures_of_two_things(a: Claim, x: Count, b: Claim, y: Count) -> bool:
    """Two percentages of what are clearly two things: the acts' subjects differ and neither
    subject's word is in the other claim at all ('the index fell 0.8 percent' / 'prices in London
    fell 0.6 percent'). The word test keeps a misparsed subject ('The share' for 'The share index')
    from setting one thing apart from itself."""
    if x.subject is None or y.subject is None or _same_owner(a, x.subject, b, y.subject):
        return False
    words_a, words_b = ({stem(t.low) for t in tokenize(c.text)} for c in (a, b))
    return stem(x.subject.lemma) not in words_b and stem(y.subject.lemma) not in words_a


def _same_span_of_time(a: Claim, x: Count, b: Claim, y: Count) -> bool:
    """Two lengths of time of one act ('six years', compared only as the same act's), not shown to
    be of two subjects or of two things the act is done on or with: 'Lim survived 133 days on a
    raft' / 'they survived 38 days on a lifeboat', 'spend 30 seconds on a phone' / '3 seconds with
    a watch app' are two spans. Where a claim leaves the subject or the rest out, it is not shown."""
    if x.subject is not None and y.subject is not None and not _same_owner(a, x.subject, b, y.subject):
        return False
    return not (x.arguments and y.arguments) or _same_nouns(x.arguments, y.arguments)


def _same_nouns(xs: frozenset[str], ys: frozenset[str]) -> bool:
    """Each noun of one set names a noun of the other."""
    return (all(any(same_word(x, y, "n") for y in ys) for x in xs)
            and all(any(same_word(x, y, "n") for x in xs) for y in ys))


_OWNER_PRONOUNS = frozenset({"it", "its", "they", "their", "them", "he", "his", "him", "she", "her"})


def _same_owner(a: Claim, x: Phrase, b: Claim, y: Phrase) -> bool:
    """One owner named twice: the same phrase or name, the same pronoun in two claims about the same
    names (or about none), or a pronoun in a claim about the name the other gives."""
    pronoun_x, pronoun_y = x.lemma in _OWNER_PRONOUNS, y.lemma in _OWNER_PRONOUNS
    if not (pronoun_x or pronoun_y):
        return same_participant(x, y) is True
    if pronoun_x and pronoun_y:
        return x.lemma == y.lemma and (not a.about or not b.about or bool(a.about & b.about))
    pronoun_claim, named = (a, y) if pronoun_x else (b, x)
    return bool(named.words & pronoun_claim.about)


def _anchors(a: Claim, b: Claim, qa: Quantity, qb: Quantity, counted: frozenset[str]) -> frozenset[str]:
    """What else the two claims share: names (not the figures' own words), specific nouns, and acts
    ('intercepting the majority of the UAVs' / 'intercepting all ten drones')."""
    names = shared_names(a, b, without=qa.text.split() + qb.text.split())
    if a.frame is None or b.frame is None:
        return names
    nouns = (a.frame.nouns & b.frame.nouns) - counted - GENERIC_NOUNS
    acts = {p.lemma for p in a.frame.predicates if p.pos == "v"} & {p.lemma for p in b.frame.predicates if p.pos == "v"}
    return names | nouns | (acts - LIGHT_VERBS)


def _shares_of_two_sets(qa: Quantity, ca: Count, qb: Quantity, cb: Count) -> bool:
    """Two shares ('half', 'most') of a set and of some of it ('respondents under 30', 'voters in
    the north'): a share of one says nothing of the other. 'All' and 'none' hold for every part of
    their set, so they are still compared."""
    if ca.restrictions == cb.restrictions or qa.proportion is None or qb.proportion is None:
        return False
    return not any(q.proportion in (Interval.exactly(0), Interval.exactly(1)) for q in (qa, qb))


def is_about_shares(a: Quantity, b: Quantity) -> bool:
    """The pair is the quantifiers rule's: a quantifier ('most', 'all ten') or two parts of one set."""
    return QuantityKind.QUANTIFIER in (a.kind, b.kind) or complementary(a, b)


__all__ = ["COMPLEMENTARY", "Kind", "complementary", "counted_alike", "is_about_shares", "is_date",
           "not_comparable", "other_instances", "same_period", "same_referent"]
