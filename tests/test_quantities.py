"""Reading quantities: what each wording means as an interval, and what it counts."""

from __future__ import annotations

import math

import pytest

from factcheck.rules.numbers import compare_figures
from factcheck.quantities import (
    DatePoint,
    Interval,
    Outcome,
    VOTES_AGAINST,
    QuantityKind,
    describe_length_of_time,
    extract_quantities,
)
from factcheck.types import Span

INF = math.inf


def only(text: str):
    (quantity,) = extract_quantities(text)
    return quantity


def bounds(interval: Interval | None) -> tuple[float, float] | None:
    return None if interval is None else (round(interval.low, 3), round(interval.high, 3))


# text, kind, quoted words, count interval, unit, referent
AMOUNTS = [
    ("Ten drones were seen.", QuantityKind.COUNT, "Ten", (10, 10), None, "drone"),
    ("A dozen drones were seen.", QuantityKind.COUNT, "A dozen", (12, 12), None, "drone"),
    ("Twenty-five people came.", QuantityKind.COUNT, "Twenty-five", (25, 25), None, "came"),
    ("Two hundred and fifty homes burned.", QuantityKind.COUNT, "Two hundred and fifty", (250, 250), None, "home"),
    ("3,500 homes lost power.", QuantityKind.COUNT, "3,500", (3500, 3500), None, "home"),
    ("1.2 million barrels were spilled.", QuantityKind.COUNT, "1.2 million", (1_150_000, 1_250_000), None, "barrel"),
    ("Between 10 and 15 homes burned.", QuantityKind.COUNT, "Between 10 and 15", (10, 15), None, "home"),
    ("10-15 homes burned.", QuantityKind.COUNT, "10-15", (10, 15), None, "home"),
    # a unit after each end of the range
    ("The wells are between 40 metres and 90 metres deep.", QuantityKind.COUNT, "between 40 metres and 90",
     (40, 90), "m", "length of well"),
    # a unit joined by a hyphen; a unit with 'square' measures an area
    ("The 900-metre bridge was closed.", QuantityKind.COUNT, "900", (900, 900), "m", "length of bridg"),
    ("The park is 20 square miles in size.", QuantityKind.COUNT, "20", (20, 20), "square mile", "area of park"),
    ("Prices rose by between 3% and 5%.", QuantityKind.PERCENT, "rose by between 3% and 5%", (3, 5), "%", "price"),
    ("About 300 people attended.", QuantityKind.COUNT, "About 300", (270, 330), None, "attendee"),
    ("Nearly 300 people attended.", QuantityKind.COUNT, "Nearly 300", (270, 300), None, "attendee"),
    ("At least five people died.", QuantityKind.COUNT, "At least five", (5, INF), None, "death"),
    ("More than 50 people died.", QuantityKind.COUNT, "More than 50", (50, INF), None, "death"),
    ("Over 50 people died.", QuantityKind.COUNT, "Over 50", (50, INF), None, "death"),
    ("Up to 50 people died.", QuantityKind.COUNT, "Up to 50", (0, 50), None, "death"),
    ("Fewer than 50 people died.", QuantityKind.COUNT, "Fewer than 50", (0, 50), None, "death"),
    ("Dozens of people were hurt.", QuantityKind.COUNT, "Dozens of", (20, 100), None, "injury"),
    ("Turnout was 45%.", QuantityKind.PERCENT, "45%", (45, 45), "%", "turnout"),
    ("Turnout stood at 45 per cent.", QuantityKind.PERCENT, "45 per cent", (45, 45), "%", "turnout"),
    ("The repairs cost £300.", QuantityKind.MONEY, "£300", (300, 300), "GBP", None),
    ("The council paid 5 million dollars.", QuantityKind.MONEY, "5 million dollars", (4_500_000, 5_500_000), "USD", "paid"),
    ("It was the third attack.", QuantityKind.ORDINAL, "third", (3, 3), None, "attack"),
    # 'N in M' is a share of the set, not a count of N (or of M)
    ("One in ten households keeps a dog.", QuantityKind.PERCENT, "One in ten", (10, 10), "%", "household"),
    ("Roughly one in seven voters is undecided.", QuantityKind.PERCENT, "Roughly one in seven", (12.857, 15.714),
     "%", "voter"),
    ("Three in every four pupils walk to school.", QuantityKind.PERCENT, "Three in every four", (75, 75), "%",
     "pupil"),
]


@pytest.mark.parametrize(("text", "kind", "words", "count", "unit", "referent"), AMOUNTS, ids=[a[0] for a in AMOUNTS])
def test_amount_reads_as_interval_over_what_it_counts(text, kind, words, count, unit, referent) -> None:
    q = only(text)
    assert (q.kind, q.text, bounds(q.count), q.unit, q.referent) == (kind, words, count, unit, referent)


# text, quoted words, share of the set, count interval (when the set size is known or implied)
QUANTIFIERS = [
    ("All ten drones were intercepted.", "All ten", (1, 1), (10, 10)),
    ("The majority of the drones were intercepted.", "The majority of the", (0.5, 1), None),
    ("Most of the 40 staff left.", "Most of the 40", (0.5, 1), (20, 40)),
    ("None of the passengers were hurt.", "None of the", (0, 0), (0, 0)),
    ("No passengers were hurt.", "No", (0, 0), (0, 0)),
    ("Every school closed.", "Every", (1, 1), None),
    ("Each school closed.", "Each", (1, 1), None),
    # 'one' after 'every' stands for each member, it is not the size of the set
    ("Every one of the schools closed.", "Every one of the", (1, 1), None),
    ("Each one of the nine schools closed.", "Each one of the nine", (1, 1), (9, 9)),
    ("A minority of members voted.", "A minority of", (0, 0.5), None),
    ("Some of the members voted.", "Some of the", (0, 1), None),
    ("Several members voted.", "Several", (0, 1), (3, INF)),
    ("Few members voted.", "Few", (0, 0.5), None),
    ("Both pilots survived.", "Both", (1, 1), (2, 2)),
    ("Neither pilot survived.", "Neither", (0, 0), (0, 0)),
    ("Half of the 40 staff left.", "Half of the 40", (0.5, 0.5), (20, 20)),
    ("Two thirds of the voters agreed.", "Two thirds of the", (0.667, 0.667), None),
    # the press hyphenates fractions: not a count of two or three
    ("Two-thirds of the voters agreed.", "Two-thirds of the", (0.667, 0.667), None),
    ("Nearly three-quarters of members voted.", "Nearly three-quarters of", (0.675, 0.75), None),
    ("More than half of the voters agreed.", "More than half of the", (0.5, 1), None),
    ("Seven of the ten drones were intercepted.", "Seven of the ten", (0.7, 0.7), (7, 7)),
    # none and all said with emphasis
    ("Not one of the 12 trustees backed the plan.", "Not one of the 12", (0, 0), (0, 0)),
    ("Not a single juror had read it.", "Not a single", (0, 0), (0, 0)),
    ("Every single passenger was rescued.", "Every single", (1, 1), None),
    ("A handful of residents attended.", "A handful of", (0, 1), (2, 10)),
]


@pytest.mark.parametrize(("text", "words", "share", "count"), QUANTIFIERS, ids=[q[0] for q in QUANTIFIERS])
def test_quantifier_reads_as_share_of_the_set(text, words, share, count) -> None:
    q = only(text)
    assert (q.text, bounds(q.proportion), bounds(q.count)) == (words, share, count)


def test_majority_excludes_all_by_scalar_implicature() -> None:
    majority = only("The majority of the drones were intercepted.").proportion
    assert majority.overlaps(Interval(0.9, 0.9)) and not majority.overlaps(Interval.exactly(1))


DATES = [
    ("It happened on Monday.", "on Monday", {"weekday": 0}),
    ("It happened on 4 February 2026.", "4 February 2026", {"year": 2026, "month": 2, "day": 4, "weekday": 2}),
    ("It happened on February 4th, 2026.", "February 4th, 2026", {"year": 2026, "month": 2, "day": 4, "weekday": 2}),
    ("It happened on Feb. 4.", "Feb. 4", {"month": 2, "day": 4}),
    ("It happened in March.", "March", {"month": 3}),
    ("The plant closes in June.", "June", {"month": 6}),
    ("It closed on June 3.", "June 3", {"month": 6, "day": 3}),
    ("It happened in 2019.", "in 2019", {"year": 2019}),
    # a year before 1800 counts as one after its preposition only
    ("The abbey was founded in 1132.", "in 1132", {"year": 1132}),
    ("The town has held a fair since 1604.", "since 1604", {"year": 1604}),
    ("It happened at 10:30.", "10:30", {"minute": 630}),
    ("It happened at 3 p.m.", "3 p.m.", {"minute": 900}),
    ("It happened at noon.", "noon", {"minute": 720}),
    # minutes after a dot with 'am' or 'pm', and a time read with the word that makes it approximate
    ("It happened at 4.15am.", "4.15am", {"minute": 255}),
    ("It happened at around 10.30pm.", "around 10.30pm", {"minute": 1350}),
    ("It happened at about 6am.", "about 6am", {"minute": 360}),
]


@pytest.mark.parametrize(("text", "approximate"), [
    ("It happened at about 6am.", True),
    ("It happened shortly after 6am.", True),
    ("It happened just before midnight.", True),
    ("It happened at 6am.", False),
])
def test_a_time_of_day_after_about_or_shortly_after_is_approximate(text: str, approximate: bool) -> None:
    assert only(text).when.approximate is approximate


@pytest.mark.parametrize(("first", "second", "differ"), [
    ("about 6am", "6.40am", False),   # within the hour an approximate time allows
    ("about 6am", "8am", True),
    ("6am", "6.40am", True),          # two exact times
])
def test_an_approximate_time_of_day_differs_only_by_more_than_an_hour(first: str, second: str, differ: bool) -> None:
    a, b = only(f"It happened at {first}."), only(f"It happened at {second}.")
    assert (a.when.differs_from(b.when) == "minute") is differ


@pytest.mark.parametrize(("text", "kind"), [
    ("Rates rose by 4.15 per cent.", QuantityKind.PERCENT),  # a dotted number without am/pm: no time
    ("The abbey owned 1132 acres.", QuantityKind.COUNT),
    ("A rise in 1500 applications was reported.", QuantityKind.COUNT),
    ("The race was run in 1500 metres.", QuantityKind.COUNT),
])
def test_an_older_number_without_its_preposition_is_no_year(text: str, kind: QuantityKind) -> None:
    assert only(text).kind is kind


@pytest.mark.parametrize(("text", "words", "parts"), DATES, ids=[d[0] for d in DATES])
def test_date_and_time_keep_only_the_stated_parts(text, words, parts) -> None:
    q = only(text)
    assert (q.text, q.when.fields()) == (words, parts)


@pytest.mark.parametrize("text", [
    "Covid-19 spread quickly.", "The G7 met in Rome.", "After all, it was fine.",
    "It was the most powerful storm.", "Resolution 242 was cited.", "Ukraine received F-16 jets.",
    "Protesters march every week.", "Juventus earned a 1-1 home draw.", "Siena drew 2-2 with Parma.",
    "Leeds won 3-0 at home.", "The revival swept the colonies in the 1730s and 1740s.",
    "It is one of the most massive galaxy clusters known.",
])
def test_names_and_idioms_are_not_quantities(text: str) -> None:
    assert [q.kind for q in extract_quantities(text) if q.kind is not QuantityKind.QUANTIFIER] == []


@pytest.mark.parametrize("text", [
    "He had no way of getting to them.", "The bridge fell all the way to the ground.", "It all just gave way.",
    "They no longer live there.", "There is no doubt about it.", "It rained all the time.",
    "It was not one of the best.",  # one of a superlative's class, denied
])
def test_idioms_with_quantifier_words_count_nothing(text: str) -> None:
    assert extract_quantities(text) == ()


def test_the_whole_of_one_thing_is_no_quantifier_over_a_set() -> None:
    text = "The word is used nine times in the entire 492-page document."
    assert [q.kind for q in extract_quantities(text) if q.kind is QuantityKind.QUANTIFIER] == []


def test_decimal_pulled_apart_by_a_tokenizer_reads_as_one_number() -> None:
    assert only("The ship was 133. 81 meters long.").count.low == 133.81


@pytest.mark.parametrize(("text", "low", "high"), [
    ("The bank cut its rate to 5-3/4 percent.", 5.75, 5.75),  # a whole number and a fraction
    ("Reserves earn 1/4 percent.", 0.25, 0.25),
    ("The target range is 4-1/4 to 4-1/2 percent.", 4.25, 4.5),
])
def test_a_fraction_written_with_a_slash_is_one_figure(text: str, low: float, high: float) -> None:
    figure = [q for q in extract_quantities(text) if q.count is not None][-1]
    assert (figure.count.low, figure.count.high) == (low, high)


@pytest.mark.parametrize(("text", "figures"), [
    ("The shop is open 24/7 now.", [24, 7]),  # a ratio, not a fraction
    ("The offer ran until 1/2/2020 only.", [1, 2]),  # a date's parts
    ("The rate is 5 - 3/4 percent lower.", [5, 0.75]),  # spaced apart: two figures
])
def test_other_slashed_digits_are_no_fraction(text: str, figures: list[float]) -> None:
    assert [q.count.low for q in extract_quantities(text) if q.count is not None] == figures


def test_range_with_the_larger_number_second_is_still_a_range() -> None:
    amount = only("10-12 people were hurt.")
    assert (amount.count.low, amount.count.high) == (10, 12)


@pytest.mark.parametrize("text", [
    "The owner said Monday that his family's lives were changed by the fire.",
    "The mayor told reporters on Tuesday that the vote would go ahead.",
])
def test_date_of_a_statement_does_not_date_the_event_it_reports(text: str) -> None:
    assert [q.event for q in extract_quantities(text) if q.kind is QuantityKind.DATE] == [None]


@pytest.mark.parametrize(("text", "event"), [
    ("After his response to a shooting in the city, Rawlings left office in 2019.", None),
    ("The fire, which broke out on Monday night, spread fast.", "fire"),
])
def test_date_after_a_new_clause_does_not_date_an_earlier_event_noun(text: str, event: str | None) -> None:
    assert [q.event for q in extract_quantities(text) if q.kind is QuantityKind.DATE] == [event]



def test_direction_words_give_the_sign_of_a_change() -> None:
    rose, fell = extract_quantities("Prices rose 4% and wages fell by 2%.")
    assert (rose.text, rose.direction, rose.referent) == ("rose 4%", "up", "price")
    assert (fell.text, fell.direction, fell.referent) == ("fell by 2%", "down", "wage")


@pytest.mark.parametrize(("text", "direction"), [
    ("The scaled-down 40-stop tour starts in June.", None),  # part of an adjective, not a change
    ("The stripped-down 12-page edition went on sale.", None),
    ("Exports were down 3% on the year.", "down"),
    ("Bookings were up 8% after the relaunch.", "up"),
])
def test_a_direction_word_inside_a_hyphenated_adjective_is_no_change(text: str, direction: str | None) -> None:
    first = extract_quantities(text)[0]
    assert first.direction == direction


@pytest.mark.parametrize(("text", "referent"), [
    ("Only three of the orchestra's violinists turned up.", "violinist"),
    ("Police questioned 12 of the gang's members.", "member"),
    ("All of the charity's volunteers were thanked.", "volunt"),
])
def test_a_possessor_before_the_counted_noun_is_not_what_is_counted(text: str, referent: str) -> None:
    assert extract_quantities(text)[0].referent == referent


def test_change_noun_after_the_amount_gives_direction_and_referent() -> None:
    q = only("There was a 4% drop in prices.")
    assert (q.direction, q.referent) == ("down", "price")


def test_spans_are_shifted_by_the_offset() -> None:
    text = "Police arrested 12 protesters."
    q = only(text)
    shifted = extract_quantities(text, offset=1000)[0]
    assert text[q.span.start:q.span.end] == "12"
    assert shifted.span == Span(q.span.start + 1000, q.span.end + 1000)


def test_amount_takes_the_time_stated_in_its_claim() -> None:
    count, _ = extract_quantities("Police made 20 arrests on Monday.")
    assert count.when == DatePoint(weekday=0)


def test_update_words_mark_a_change_over_time() -> None:
    assert only("Initially three people were reported dead.").change_over_time
    assert only("By evening the death toll rose to five.").change_over_time
    assert not only("Three people were reported dead.").change_over_time


@pytest.mark.parametrize(("synonym", "plain"), [
    ("unmanned aerial vehicles", "drones"), ("UAVs", "drones"), ("fatalities", "deaths"),
    ("employees", "staff"), ("detainees", "arrests"),
])
def test_synonyms_name_the_same_referent(synonym: str, plain: str) -> None:
    assert only(f"Ten {synonym} were counted.").referent == only(f"Ten {plain} were counted.").referent


@pytest.mark.parametrize(("a", "b", "overlap"), [
    (Interval(5, INF), Interval.exactly(3), False),
    (Interval(5, INF), Interval.exactly(5), True),
    (Interval(5, INF, low_open=True), Interval.exactly(5), False),
    (Interval(0, 5, high_open=True), Interval.exactly(5), False),
    (Interval(270, 330), Interval.exactly(312), True),
])
def test_interval_overlap_respects_open_ends(a: Interval, b: Interval, overlap: bool) -> None:
    assert a.overlaps(b) is overlap and b.overlaps(a) is overlap


@pytest.mark.parametrize(("interval", "words"), [
    (Interval.exactly(3), "exactly 3"), (Interval(5, INF), "5 or more"),
    (Interval(5, INF, low_open=True), "more than 5"), (Interval(0, 50, high_open=True), "fewer than 50"),
    (Interval(0, 50), "at most 50"), (Interval(10, 15), "between 10 and 15"),
    (Interval(1_200_000, 1_200_000), "exactly 1,200,000"),
])
def test_interval_describes_itself_in_words(interval: Interval, words: str) -> None:
    assert interval.describe() == words


def test_full_date_implies_its_weekday() -> None:
    assert DatePoint(2026, 2, 4).differs_from(DatePoint(weekday=3)) == "weekday"
    assert DatePoint(2026, 2, 4).differs_from(DatePoint(weekday=2)) is None


def test_compare_explains_a_bound_conflict() -> None:
    result = compare_figures(only("At least five people died."), only("Three people died."))
    assert result.outcome is Outcome.CONFLICTING
    assert result.reason == "'At least five' means 5 or more people, but the other claim says 'Three' (exactly 3)"


def test_compare_calls_different_referents_unrelated() -> None:
    result = compare_figures(only("Twelve houses burned."), only("Eight cars burned."))
    assert (result.outcome, result.same_referent) == (Outcome.UNRELATED, False)


def test_date_belongs_to_the_event_noun_not_to_a_verb_of_the_same_stem() -> None:
    date = only("On February 4th, 2026 Russia launched a drone attack.")
    assert date.event == "attack"


DURATIONS = [
    ("The race was won in 2 hours 21 minutes.", "2 hours 21 minutes", 141, "time of race"),
    ("The fire burned for three days.", "three days", 3 * 1440, "time of fire"),
    ("Last year's winner finished in 2 hours, 24 minutes.", "2 hours, 24 minutes", 144, "time of winner"),
]


@pytest.mark.parametrize(("text", "words", "minutes", "referent"), DURATIONS, ids=[d[1] for d in DURATIONS])
def test_duration_reads_as_one_length_of_time_of_its_subject(text, words, minutes, referent) -> None:
    q = only(text)
    assert (q.text, bounds(q.count), q.unit, q.referent) == (words, (minutes, minutes), "minutes", referent)


@pytest.mark.parametrize(("text", "words", "low_days", "high_days"), [
    # a hyphenated length before a noun, in minutes like any other length of time; days are exact
    ("The 12-day strike ended on Monday.", "12-day", 12, 12),
    ("The strike lasted ten days.", "ten days", 10, 10),
    # whole weeks, months, years are told loosely: up to half a unit either side
    ("The five-week trial ended on Friday.", "five-week", 4.51 * 7, 5.49 * 7),
    ("The trial lasted three weeks.", "three weeks", 2.51 * 7, 3.49 * 7),
    # a length with a part in a smaller unit is exact
    ("The winner finished in 2 hours 21 minutes.", "2 hours 21 minutes", 141 / 1440, 141 / 1440),
])
def test_a_length_of_time_is_read_in_minutes_as_loosely_as_it_is_told(text, words, low_days, high_days) -> None:
    (q,) = [q for q in extract_quantities(text) if q.kind is not QuantityKind.DATE]
    assert (q.text, q.unit) == (words, "minutes")
    assert q.count.low == pytest.approx(low_days * 1440) and q.count.high == pytest.approx(high_days * 1440)


@pytest.mark.parametrize(("text", "said"), [
    ("The trial lasted three weeks.", "about 3 weeks"),  # told loosely: 'about'
    ("The five-week trial ended on Friday.", "about 5 weeks"),  # not 1.15 months
    ("The strike lasted 20 days.", "exactly 20 days"),  # not 2.86 weeks
    ("The jury deliberated for nine hours.", "exactly 9 hours"),
    ("The winner finished in 2 hours 21 minutes.", "exactly 141 minutes"),
    ("The siege lasted 18 months.", "about 18 months"),  # not 1.5 years
    ("The project took one year.", "about 1 year"),
])
def test_a_length_of_time_is_said_in_the_largest_unit_it_is_a_whole_number_of(text, said) -> None:
    (q,) = [q for q in extract_quantities(text) if q.kind is not QuantityKind.DATE]
    assert describe_length_of_time(q.count) == said


def test_a_hyphenated_age_is_not_a_length_of_time() -> None:
    assert all(q.unit != "minutes" for q in extract_quantities("A three-year-old girl was hurt."))


PERIODS = [
    ("Last year's winner finished in 2 hours.", "last year"),
    ("Sales fell 12 percent in 2022.", "2022"),
    ("Up from 31 percent at the last race.", "last race"),
    ("A year earlier 40 people attended.", "a year earlier"),
    ("Forty people attended.", None),
    # a 'when' clause on the period tells what happened then
    ("The turnout was the highest since 2015, when 71 percent voted.", "2015"),
    ("The rate is the lowest since 2009, when it stood at 0.5 percent.", "2009"),
    # a later clause after a comma is the claim's own time again
    ("Prices rose in 2023, and 300 people were hired this spring.", None),
    # the comma of a thousands separator is not a clause break
    ("The gallery drew 412,000 visitors last year.", "last year"),
    ("The plant shipped 1,250 tonnes of steel in 2021.", "2021"),
    ("The club had 2,400 members, and its rival was founded in 2019.", None),
    # a span with 'for' before it is how long the act lasted, not a time before it
    ("The jury deliberated for six hours before reaching a verdict.", None),
]


@pytest.mark.parametrize(("text", "period"), PERIODS, ids=[p[0] for p in PERIODS])
def test_amount_carries_the_other_time_its_claim_names(text, period) -> None:
    (q,) = [q for q in extract_quantities(text) if q.kind is not QuantityKind.DATE]
    assert q.period == period


@pytest.mark.parametrize(("text", "verb"), [
    ("Three firefighters who were treated for smoke went home.", "treat"),
    ("Four runners were taken to hospital.", "taken"),
    ("It will house 40 buses.", "hous"),
])
def test_count_knows_the_verb_that_picks_its_subset(text, verb) -> None:
    assert only(text).predicates == frozenset({verb})


def test_another_marks_a_count_on_top_of_an_earlier_one() -> None:
    assert only("It will cost another 600 jobs.").additional


SPLIT_SETS = [
    ("The council will close four rural schools and merge two others.", "four", True),
    ("The storm destroyed 40 homes and damaged 200 others.", "40", True),
    ("The storm destroyed 40 homes.", "40", False),
    ("The striker scored 12 in 2019.", "12", False),  # 'in' before a year is no ratio
    # 'others' in a later sentence belongs to that sentence
    ("The storm destroyed 40 homes. Two others were damaged.", "40", False),
    ("Six schools are named, and four of them would close.", "Six", False),
]


@pytest.mark.parametrize(("text", "words", "split"), SPLIT_SETS)
def test_a_count_followed_by_n_others_is_one_part_of_a_split_set(text: str, words: str, split: bool) -> None:
    quantity = next(q for q in extract_quantities(text) if q.text == words)
    assert quantity.split is split


WHOLE_SETS = [
    # 'all' after 'of' names the whole a share is taken of: no quantity of its own
    ("Half of all voters in the ward backed the plan.", ["Half of"]),
    ("Ninety percent of all text messages are read within an hour.", ["Ninety percent"]),
    ("About a third of all cases were dropped.", ["About a third of"]),
    # ... but 'all' of its own, or after 'of' with no share before it, says all of them
    ("The motion had the support of all 12 councillors.", ["all 12"]),
    ("Most voters and all of the staff agreed.", ["Most", "all of the"]),
]


@pytest.mark.parametrize(("text", "words"), WHOLE_SETS, ids=[w[0] for w in WHOLE_SETS])
def test_all_after_a_share_of_names_the_whole_not_a_universal(text: str, words: list[str]) -> None:
    # ('all of the staff agreed' also reads as no votes against: not this table's concern)
    assert [q.text for q in extract_quantities(text) if q.referent != VOTES_AGAINST] == words


def test_a_share_of_all_counts_the_noun_after_all() -> None:
    share = extract_quantities("Half of all voters backed the plan.")[0]
    assert (share.referent, share.referent_text) == ("voter", "voters")
