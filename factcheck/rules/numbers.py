"""Numbers: two counts, amounts of money or percentages of the same thing that cannot both be right.

    conflict      'The plant employs 450 people' / 'all 380 jobs at the plant'
    conflict      'up to 20,000 spectators' / 'up to 25,000 spectators' (two maximums)
    conflict      'exports rose 4%' / 'exports fell 4%' (a change in opposite directions)
    compatible    'about 300 people' / '312 people' (an approximation covers the figure)
    trap          'fell 12 percent in 2022' / 'a further 8 percent in 2023' (two times)
    trap          'drew 50,000 people on its opening day' / '140,000 attended over the weekend' (two
                  stretches of time: ``Frame.stretches``)
    trap          'all 380 jobs' / 'another 600 jobs at suppliers' (one figure on top of the other)
    conflict      'died in 1941 at the age of 58' / 'died in 1941 at the age of 60' (one happening, two ages)
    trap          'joined the firm aged 30' / 'retired from the firm aged 65' (two happenings)
    conflict      'the arena has a capacity of 8,000' / "the arena's capacity of 11,500" (one attribute
                  of one owner, two values)
    trap          'the town had a population of 12,000' / 'the town has a population of 19,000' (two
                  tenses, two times); 'Leeds has a population of ...' / 'York has ...' (two owners)
    conflict      'The trust paid $4.5 million for the farmhouse' / 'The trust paid $6 million for the
                  farmhouse' (one sum: the same payer, act, tense and thing paid for)
    trap          'fined the airline £1.5 million' / 'fined the rail operator £2 million'; 'spent $2
                  million on bridges' / 'spent $30 million last year'; 'will cost £60 million' / 'has
                  so far cost £25 million' (another payee, a part and a total, two tenses)
    conflict      'Reyes spent nine years in prison for the robbery' / '... six years in prison for the
                  robbery' (one length of time of one act)
    trap          'survived 40 days on a raft' / 'survived 12 days on the island'; 'Lind survived 40
                  days' / 'her brother survived 12 days' (lengths of two acts: another thing, another
                  subject)
    trap          'between 1,000 metres and 10,000 metres' / '10,000 metres' (one range, not two figures)
    conflict      'The collapse killed eight people' / 'Eleven people died in the collapse' (one act from
                  both sides: WordNet's 'kill' causes 'die')
    trap          'killed three people' / 'forty people were injured' (two outcomes, two groups);
                  'twelve people were hurt' / 'five children were hurt' (a group and a part of it)
    restated      '23 people had been arrested' / 'Officers detained 31 protesters' (acts WordNet does
                  not link, people and a kind of person): a conflict only if the model reads the claims
                  restated with one figure as one statement (``restated_figures``)
    restated      'The charity raised £42,000 at the gala' / 'The gala brought in £58,000 for the charity'
                  (one sum told with another verb and subject; not 'will cost' / 'has cost so far',
                  'spent on roads' / 'on schools', 'a further £400,000')
    trap          '1.2 million of its customers' / 'no other client' (the rest of the set)
    trap          'with Ho defeating Lee by about 5,000 votes' / 'Yau defeated Wong by 424 votes', 'was
                  beaten by 312 votes by Nia Lowe' (one act, two named doers: two acts)
    trap          'In a similar collapse, 69 people were killed' / 'the building collapsed, killing 74';
                  'a further reduction ... to 5-1/2 percent' / 'a decrease ... to 5-3/4 percent' (one
                  more happening of the kind: its own figures)
    trap          'kept the target range at 1/4 to 1/2 percent' / 'the shortfall of inflation from 2
                  percent' (shares that are the levels of two things: ``Count.level_of``)
    conflict      'The bridge is 1.2 kilometres long' / 'The 900-metre bridge' (one measure in two units,
                  converted by pint); 'The trail is 5 miles long' / 'The 12 km trail'
    compatible    'The tower is 135 feet tall' / 'The 41-metre tower' (a conversion is rounded: each figure
                  stands for the interval its last digit allows)
    trap          'The bridge is 1.2 kilometres long' / 'The 900-metre tunnel' (two things); '20 square
                  miles' / '12 kilometres long' (an area and a length)
    trap          'has scored 19 goals this season' / 'has scored 57 goals for the club to date' (a
                  stretch and a running total); 'In all, 310 homes' / '240 homes' still conflict

Every figure is an interval (``factcheck.quantities``); two conflict when the gate of
``factcheck.rules.referents`` finds them about one thing at one time and the intervals do not meet.
"""

from __future__ import annotations

from factcheck.quantities import (Comparison, Interval, Outcome, Quantity, describe_length_of_time, in_base_units,
                                  is_measure_unit, unit_factor)
from factcheck.rules.alignment import matching_happenings
from factcheck.rules.base import Compared, Rule, around, in_context, quantity_comparisons, strongest
from factcheck.rules.referents import (counted_alike, is_about_shares, is_date, not_comparable,
                                      two_units_of_one_dimension)
from factcheck.types import Claim, Kind, Restatement, RuleResult


def compare_amounts(a: Quantity, b: Quantity, what: str, kind: Kind) -> Comparison:
    """Two amounts of one thing: do their intervals meet? Two different maximums also conflict."""
    if a.maximum and b.maximum and a.count and b.count and a.count.high != b.count.high:
        reason = f"'{a.phrase}' and '{b.phrase}' give two different maximums"
        return Comparison(Outcome.CONFLICTING, reason, kind, True)
    if two_units_of_one_dimension(a, b):
        return compare_measures(a, b, kind)
    if a.count is None or b.count is None or a.count.overlaps(b.count):
        return Comparison(Outcome.COMPATIBLE, f"'{a.phrase}' and '{b.phrase}' can both be true", kind, True)
    if a.unit == b.unit == "minutes":  # kept in minutes, said in the unit a reader would use
        reason = (f"'{a.text}' is {describe_length_of_time(a.count)}, but the other claim says '{b.text}' "
                  f"({describe_length_of_time(b.count)}): two lengths of time that do not meet")
        return Comparison(Outcome.CONFLICTING, reason, kind, True)
    amount = "no" if a.count == Interval.exactly(0) and what else a.count.describe(a.unit)  # 'unanimously'
    reason = (f"'{a.text}' means {amount} {what}".rstrip() + ", "
              f"but the other claim says '{b.text}' ({b.count.describe(b.unit)})")
    return Comparison(Outcome.CONFLICTING, reason, kind, True)


def compare_measures(a: Quantity, b: Quantity, kind: Kind) -> Comparison:
    """One measure in two units ('1.2 kilometres' / 'the 900-metre bridge'): converted, each widened
    by the rounding of its last digit, so that 'a 135-foot (41 m) tower' and '5 miles' / '8 km' meet."""
    x, y = in_base_units(a), in_base_units(b)
    said = f"'{a.text} {_unit_label(a.unit)}' and '{b.text} {_unit_label(b.unit)}'"
    if x.overlaps(y):
        return Comparison(Outcome.COMPATIBLE, f"{said} can both be true once converted", kind, True)
    in_a_units = b.count.scaled(unit_factor(b.unit) / unit_factor(a.unit))
    converted = in_a_units.describe(_unit_label(a.unit)).removeprefix("exactly ")  # 'more than 7.46 miles'
    reason = f"{said} do not meet once converted: the second is {converted}"
    return Comparison(Outcome.CONFLICTING, reason, kind, True)


def _unit_label(unit: str) -> str:
    """'km' and 'ft' as written; a unit spelled out in the plural: 'miles', 'square miles', 'inches'."""
    words = unit.replace("_", " ").split()
    if words[-1] in ("mile", "yard", "acre", "hectare", "knot"):
        words[-1] += "s"
    elif words[-1] == "inch":
        words[-1] = "inches"
    return " ".join(words)


def compare_changes(a: Quantity, b: Quantity, what: str) -> Comparison:
    if a.direction is None or b.direction is None:
        return Comparison(Outcome.UNRELATED, "one states a change, the other a level", Kind.NUMERIC, True)
    if a.direction != b.direction:
        reason = f"'{a.text}' and '{b.text}' say {what or 'it'} moved in opposite directions"
        return Comparison(Outcome.CONFLICTING, reason, Kind.NUMERIC, True)
    return compare_amounts(a, b, what, Kind.NUMERIC)


def compare_figures(a: Quantity, b: Quantity, same_thing: bool | None = None) -> Comparison | None:
    """The comparison of two plain figures, or None when the pair is not this rule's."""
    if is_date(a) or is_date(b) or is_about_shares(a, b):
        return None
    reason = not_comparable(a, b, same_thing)
    if reason is not None:
        return reason
    what = "" if is_measure_unit(a.unit or "") else a.referent_text or b.referent_text  # '5 km', not '5 km kilometres'
    if a.direction or b.direction:
        return compare_changes(a, b, what)
    return compare_amounts(a, b, what, Kind.NUMERIC)


def _ages(claim: Claim) -> list[Quantity]:
    return [q for q in claim.quantities if q.referent == "age" and q.count is not None]


def age_comparisons(a: Claim, b: Claim) -> list[Compared]:
    """A person's age at one happening told twice ('died in 1941 at the age of 58' / 'died in 1941
    at the age of 60'): an age is when in a life it happened, so it is compared as a date is, only
    where the parse shows one happening (``alignment.matching_happenings``); 'joined the firm aged
    30' / 'retired aged 65' are two."""
    ages_a, ages_b = _ages(a), _ages(b)
    if len(ages_a) != 1 or len(ages_b) != 1 or not matching_happenings(a, b):
        return []
    qa, qb = ages_a[0], ages_b[0]
    return [(qa, qb, compare_amounts(qa, qb, "years of age", Kind.NUMERIC))]


def compare(a: Claim, b: Claim) -> RuleResult | None:
    found = quantity_comparisons(a, b, compare_figures, counted_alike)
    if a.frame is not None and b.frame is not None:
        found += age_comparisons(a, b)
    return strongest(RULE.name, found, a, b)


def restated_figures(a: Claim, b: Claim) -> Restatement | None:
    """Two figures that conflict if the claims tell one act in words WordNet does not link ('23
    people had been arrested during the protests' / 'Officers detained 31 protesters during the
    demonstrations'): every other part of the gate holds (the same kind of thing, no other time,
    place, subset or instance). Claim b is restated with claim a's figure, so the judge can ask the
    model whether the two then say the same. None where the parse already decides the pair."""
    if a.frame is None or b.frame is None:
        return None
    for qa in a.quantities:
        for qb in b.quantities:
            if counted_alike(a, qa, b, qb) is not False or not counted_alike(a, qa, b, qb, acts_unread=True):
                continue
            comparison = compare_figures(qa, qb, same_thing=True)
            if comparison is None or in_context(comparison, qa, qb, a, b).outcome is not Outcome.CONFLICTING:
                continue
            restated = _with_figure(b, qb, qa.text)
            if restated is None:
                continue
            reason = (f"{comparison.reason}; with '{qa.text}' in place of '{qb.text}' the NLI model reads the two "
                      f"claims as one statement, so they count the same thing")
            conflict = RuleResult(RULE.name, "conflicting", comparison.kind, reason, qa.span, qb.span)
            return Restatement(premise=a.text, restated=restated, conflict=conflict)
    return None


def _with_figure(claim: Claim, q: Quantity, figure: str) -> str | None:
    """The claim's text with ``figure`` in place of ``q``'s words, capitalised as the place needs:
    'Eleven' opening the claim, 'eleven' inside it."""
    parts = around(claim, q)
    if parts is None:
        return None
    before, after = parts
    if not before:
        figure = figure[:1].upper() + figure[1:]
    elif figure.split()[0].replace("-", "").isalpha():  # 'Eleven', 'Twenty-two'; not '23' or 'US$4m'
        figure = figure[:1].lower() + figure[1:]
    return before + figure + after


RULE = Rule("numbers", (Kind.NUMERIC,), "two figures for one thing at one time that do not meet", compare,
            restate=restated_figures)
