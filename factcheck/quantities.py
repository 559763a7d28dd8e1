"""Numbers, quantifiers and dates in a claim, and whether two of them can both be true.

Small NLI models are weak on numbers ("the majority" vs "all ten"), so this layer reads them with
plain rules a reader can follow; the comparisons live in ``factcheck.rules`` (numbers,
quantifiers, dates). Every quantity becomes an *interval* over what it counts
("at least five" = [5, inf), "about 300" = [270, 330]) and, for quantifiers over a set, an
interval over the *share* of that set ("the majority" = (0.5, 1): more than half and, by the
usual scalar implicature, not all). Two quantities conflict when they talk about the same
thing at the same time and their intervals do not overlap. Everything here is a pure function:
no model and no I/O beyond the shipped WordNet tables (``factcheck.lexicon``, loaded once), which
tell a verb of approval ('agreed', 'backed') for a whole set's vote.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import math
import re
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import NamedTuple

from factcheck import lexicon
from factcheck.types import Kind, Span
from factcheck.words import (ADDITIVE_WORDS, CURRENCY_SYMBOLS, DETERMINERS, DIRECTION_VERBS, FULL_MONTHS, MONTHS,
                             NUMBER_WORDS, ORDINAL_POSITIONS, REPORTING_VERBS, SCALES, STOP_WORDS, TENS, WEEKDAYS,
                             Token, first_token_at, is_event_verb, is_plural_head, is_verbish, stem, tokenize)

INF = math.inf


# ---------------------------------------------------------------------------------------------
# Data model
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Interval:
    """A range of values; open ends exclude the bound ("more than 5" = (5, inf))."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    @classmethod
    def exactly(cls, value: float) -> "Interval":
        return cls(value, value)

    @property
    def is_point(self) -> bool:
        return self.low == self.high and not (self.low_open or self.high_open)

    def overlaps(self, other: "Interval") -> bool:
        """True when some value lies in both intervals."""
        if self.high < other.low or other.high < self.low:
            return False
        if self.high == other.low:
            return not (self.high_open or other.low_open)
        if other.high == self.low:
            return not (other.high_open or self.low_open)
        return True

    def scaled(self, factor: float) -> "Interval":
        return Interval(self.low * factor, self.high * factor, self.low_open, self.high_open)

    def complement_share(self) -> "Interval":
        """For a share of a set (0..1): the share of the rest ('a third' -> 'two thirds')."""
        return Interval(1 - self.high, 1 - self.low, self.high_open, self.low_open)

    def describe(self, unit: str | None = None) -> str:
        """The interval in words: 'exactly 3', '5 or more', 'fewer than 10', 'between 10 and 15'."""
        low, high = _fmt(self.low, unit), _fmt(self.high, unit)
        if self.is_point:
            return f"exactly {low}"
        if self.high == INF:
            return f"more than {low}" if self.low_open else f"{low} or more"
        if self.low == 0 and not self.low_open:
            return f"fewer than {high}" if self.high_open else f"at most {high}"
        return f"between {low} and {high}"


class QuantityKind(str, Enum):
    COUNT = "count"  # cardinal numbers: "12", "ten", "1.2 million", "between 10 and 15"
    PERCENT = "percent"
    MONEY = "money"
    QUANTIFIER = "quantifier"  # "all", "most", "the majority", "none", "half" ...
    ORDINAL = "ordinal"
    DATE = "date"  # dates and weekdays
    TIME = "time"  # times of day


@dataclass(frozen=True)
class DatePoint:
    """A calendar date or time of day with only the parts the text states (others None)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    minute: int | None = None  # minutes after midnight
    # 'about 6am', 'shortly after 6am': the time of day is near ``minute``, not at it
    approximate: bool = field(default=False, compare=False)

    def fields(self) -> dict[str, int]:
        """The stated parts, plus the weekday a full date implies."""
        parts = {k: v for k, v in vars(self).items() if v is not None and k != "approximate"}
        if None not in (self.year, self.month, self.day) and self.weekday is None:
            try:
                parts["weekday"] = datetime.date(self.year, self.month, self.day).weekday()
            except ValueError:
                pass
        return parts

    def differs_from(self, other: "DatePoint") -> str | None:
        """The first part both state differently ('weekday'), or None when they agree."""
        mine, theirs = self.fields(), other.fields()
        for key in ("year", "month", "day", "weekday"):
            if key in mine and key in theirs and mine[key] != theirs[key]:
                return key
        if "minute" in mine and "minute" in theirs:
            slack = APPROXIMATE_TIME_SLACK if self.approximate or other.approximate else 0
            if abs(mine["minute"] - theirs["minute"]) > slack:
                return "minute"
        return None


# Minutes an approximate time of day may be off: 'about 6am' and '6.40am' agree, 'about 6am' and
# '8am' do not.
APPROXIMATE_TIME_SLACK = 60


@dataclass(frozen=True)
class Quantity:
    """One amount, share, date or time in a claim, with what it is about.

    ``count`` is the interval over the number itself (for percentages in percent, for money in
    units of ``unit``); ``proportion`` is the share of the whole set for quantifiers and "N of the
    M". ``referent`` is the normalised thing counted ("drone" for "unmanned aerial vehicles");
    ``predicates`` the normalised verbs around it ("intercept"), used to tell "launched 40 drones"
    from "intercepted 30 drones". ``when`` is the date itself for dates, else the time the claim
    gives for the amount. ``event`` is the occasion a date belongs to ("vote").
    """

    kind: QuantityKind
    text: str
    span: Span
    count: Interval | None = None
    proportion: Interval | None = None
    unit: str | None = None
    referent: str | None = None
    referent_text: str = ""
    predicates: frozenset[str] = field(default_factory=frozenset)
    when: DatePoint | None = None
    event: str | None = None
    direction: str | None = None  # "up" / "down" for "rose 4%" / "fell 4%"
    change_over_time: bool = False  # the claim reports an update ("initially", "rose to")
    period: str | None = None  # another time the claim names: "last year", "2019", "the last race"
    additional: bool = False  # "another 600 jobs", "a further 30 mm": more on top of a count, not it
    maximum: bool = False  # "up to 20,000 spectators": the figure is the most there can be, a capacity
    part: bool = False  # "the first three phases", "the other six languages": a part picked out of a set
    split: bool = False  # "close four schools and merge two others": one act's part of a larger set

    @property
    def phrase(self) -> str:
        """The quantity with what it counts, as a reader would quote it: 'all ten drones'."""
        return f"{self.text} {self.referent_text}".strip()


class Outcome(str, Enum):
    COMPATIBLE = "compatible"
    CONFLICTING = "conflicting"
    UNRELATED = "unrelated"


@dataclass(frozen=True)
class Comparison:
    outcome: Outcome
    reason: str
    kind: Kind = Kind.NUMERIC
    same_referent: bool = False  # False: the two quantities are about different things


# ---------------------------------------------------------------------------------------------
# Lexicon
# ---------------------------------------------------------------------------------------------

_SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
_VAGUE_PLURALS = {  # "dozens of", "hundreds of" ...
    "dozens": Interval(20, 100, high_open=True), "scores": Interval(40, 100, high_open=True),
    "hundreds": Interval(200, 1e3, high_open=True), "thousands": Interval(2e3, 1e6, high_open=True),
    "millions": Interval(2e6, 1e9, high_open=True), "billions": Interval(2e9, 1e12, high_open=True),
}
_FRACTIONS = {
    ("half",): 0.5, ("a", "half"): 0.5, ("one", "half"): 0.5, ("a", "third"): 1 / 3,
    ("one", "third"): 1 / 3, ("two", "thirds"): 2 / 3, ("a", "quarter"): 0.25,
    ("one", "quarter"): 0.25, ("three", "quarters"): 0.75,
}
_FRACTIONS_LONGEST_FIRST = sorted(_FRACTIONS.items(), key=lambda entry: -len(entry[0]))
_CURRENCY_WORDS = {
    "usd": "USD", "dollars": "USD", "dollar": "USD", "eur": "EUR", "euros": "EUR", "euro": "EUR",
    "gbp": "GBP", "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "yen": "JPY",
    "hryvnias": "UAH", "hryvnia": "UAH", "uah": "UAH", "rubles": "RUB", "roubles": "RUB",
}

# (words, how the bound reshapes the stated value). Longest first so "no more than" beats "no".
_BOUNDS: list[tuple[tuple[str, ...], str]] = sorted([
    (("at", "least"), "min"), (("no", "fewer", "than"), "min"), (("no", "less", "than"), "min"),
    (("not", "less", "than"), "min"), (("a", "minimum", "of"), "min"),
    (("more", "than"), "above"), (("over",), "above"), (("above",), "above"),
    (("upwards", "of"), "above"), (("in", "excess", "of"), "above"), (("greater", "than"), "above"),
    (("at", "most"), "max"), (("up", "to"), "max"), (("no", "more", "than"), "max"),
    (("not", "more", "than"), "max"), (("a", "maximum", "of"), "max"), (("as", "many", "as"), "max"),
    (("fewer", "than"), "below"), (("less", "than"), "below"), (("under",), "below"),
    (("below",), "below"), (("about",), "about"), (("around",), "about"),
    (("approximately",), "about"), (("roughly",), "about"), (("some",), "about"),
    (("an", "estimated"), "about"), (("estimated",), "about"), (("circa",), "about"),
    (("more", "or", "less"), "about"), (("nearly",), "nearly"), (("almost",), "nearly"),
    (("close", "to"), "nearly"), (("just", "under"), "nearly"), (("just", "over"), "just_over"),
], key=lambda entry: -len(entry[0]))

# Quantifiers over a set: (words, share of the set, count when the set size is not stated).
NOT_ALL = Interval(0.5, 1, low_open=True, high_open=True)
_QUANTIFIERS: list[tuple[tuple[str, ...], Interval, Interval | None]] = sorted([
    (("all",), Interval.exactly(1), None), (("every",), Interval.exactly(1), None),
    (("each",), Interval.exactly(1), None),
    # 'every one of the players': 'one' is a pronoun for each member, not the size of the set
    (("every", "one"), Interval.exactly(1), None), (("each", "one"), Interval.exactly(1), None),
    (("none",), Interval.exactly(0), Interval.exactly(0)),
    (("no", "one"), Interval.exactly(0), Interval.exactly(0)), (("no",), Interval.exactly(0), Interval.exactly(0)),
    (("nobody",), Interval.exactly(0), Interval.exactly(0)), (("most",), NOT_ALL, None),
    (("the", "majority"), NOT_ALL, None), (("a", "majority"), NOT_ALL, None),
    (("the", "vast", "majority"), NOT_ALL, None), (("a", "minority"), Interval(0, 0.5, True, True), None),
    (("some",), Interval(0, 1, low_open=True), None),
    (("several",), Interval(0, 1, low_open=True), Interval(3, INF)),
    (("a", "few"), Interval(0, 1, low_open=True), Interval(2, 10)),
    (("few",), Interval(0, 0.5, high_open=True), None),
    (("both",), Interval.exactly(1), Interval.exactly(2)),
    (("neither",), Interval.exactly(0), Interval.exactly(0)),
    # 'not one of the 12 trustees', 'not a single juror': none, said with emphasis
    (("not", "one"), Interval.exactly(0), Interval.exactly(0)),
    (("not", "a", "single"), Interval.exactly(0), Interval.exactly(0)),
    (("every", "single"), Interval.exactly(1), None),
    (("a", "handful", "of"), Interval(0, 1, low_open=True), Interval(2, 10)),
], key=lambda entry: -len(entry[0]))

_DIRECTION_NOUNS = {"up": {"rise", "increase", "gain", "jump", "growth"},
                    "down": {"fall", "drop", "decline", "decrease", "cut", "loss"}}
_CHANGE_MARKERS = re.compile(
    r"\b(initially|originally|previously|earlier|later|subsequently|eventually|now|so far|as of|"
    r"at first|first reported|updated|revised|by (?:evening|morning|nightfall|afternoon|then|"
    r"the end of)|(?:rose|risen|rises|climbed|increased|grew|jumped|fell|dropped|decreased|"
    r"declined) to)\b", re.I)

# A time other than the article's own: "last year's winner", "a year earlier", "in 2019", "in the
# last six months" (a window of its own: 'lost 6m visitors in the last month' / '9m in the last six').
# Not a span with 'for' before it: 'deliberated for six hours before reaching a verdict'.
_PERIOD_MARKERS = re.compile(
    r"\b(?:(?:last|next|previous|prior|past|first)\s+(?:two|three|four|five|six|seven|eight|nine|ten|twelve|"
    r"\d+)\s+(?:years|months|weeks|days|decades|seasons)|"
    r"(?:last|next|previous|prior|past)\s+(?:year|month|week|season|race|election|time|edition|"
    r"summer|winter|spring|autumn)|(?<!\bfor\s)(?:a|an|one|two|three|four|five|six|\d+)\s+(?:years?|months?|weeks?|days?|"
    r"hours?)\s+(?:earlier|ago|before|later)|the\s+(?:year|month|week|day)\s+(?:before|after)|"
    r"the\s+(?:next|following|previous)\s+(?:day|morning|evening|week|month|year)|(?:in|since|during)\s+"
    r"(?:19|20)\d\d|(?:19|20)\d\d['’]s)\b", re.I)


def period_markers(text: str) -> frozenset[str]:
    """The periods ``text`` names, lower case: 'last year', 'in 2023', 'three years earlier'."""
    return frozenset(" ".join(m.group().lower().split()) for m in _PERIOD_MARKERS.finditer(text))


_AUXILIARIES = set("were was are is be been being have has had reportedly also later all may might "
                   "could would will should must can "
                   "reported allegedly stood stands remained remains".split())
_NOT_A_COUNT_AFTER = set("no number article resolution route page chapter section flight room "
                         "line level phase stage round version category grade class item "
                         "paragraph rule bill platform gate highway interstate terminal district "
                         "ward model".split())

# Words that name the same thing, as phrases; matched on Porter stems so plurals fold together.
_SYNONYMS: dict[str, list[str]] = {
    "drone": ["drone", "uav", "unmanned aerial vehicle", "unmanned aircraft", "aerial vehicle",
              "shahed"],
    "death": ["death", "dead", "fatality", "fatalities", "killed", "kill", "die", "died", "toll",
              "death toll", "life", "lives", "body", "bodies", "slain", "casualty dead"],
    "injury": ["injury", "injuries", "injured", "injure", "wounded", "wound", "hurt"],
    "person": ["people", "person", "persons", "individual", "civilian", "resident"],
    "staff": ["staff", "employee", "worker", "personnel", "staffer", "staff member", "workforce", "job"],
    "arrest": ["arrest", "arrested", "detained", "detention", "detain", "detainee"],
    "passenger": ["passenger", "traveller", "traveler"],
    "missile": ["missile", "rocket"],
    "attendee": ["attended", "attend", "attendee", "protester", "demonstrator", "participant"],
}
_SYNONYM_INDEX = {" ".join(stem(w) for w in phrase.split()): key
                  for key, phrases in _SYNONYMS.items() for phrase in phrases}
_GENERIC_REFERENTS = {"person"}
_EVENTS = set(stem(w) for w in (
    "attack assault strike vote election referendum meeting summit visit speech announcement "
    "ceremony hearing trial verdict crash fire explosion blast earthquake storm protest rally "
    "raid launch match game final debate poll deadline release opening funeral interview "
    "conference shooting incident accident collapse flood derailment ruling decision deal "
    "agreement signing resignation invasion offensive bombing ceasefire inauguration").split())


# ---------------------------------------------------------------------------------------------
# Token patterns and phrase lookup
# ---------------------------------------------------------------------------------------------


_DIGITS_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_YEAR_RE = re.compile(r"1[89]\d\d|20\d\d")
_CLOCK_RE = re.compile(r"(\d{1,2})(?:([:.])(\d\d))?")
# Words right before a figure or a time that say it is near, not at, what they name: 'about 6am'.
APPROXIMATING = frozenset({"about", "around", "approximately", "roughly", "circa"})
# Words before a time of day that make it approximate: 'about 6am', 'shortly after 6am', 'just
# before midnight'.
_NEAR_TIME = APPROXIMATING | {"shortly", "just", "soon", "after", "before", "nearly", "almost"}


def _words_at(toks: list[Token], i: int, words: tuple[str, ...]) -> bool:
    if i + len(words) > len(toks):
        return False
    for k, word in enumerate(words):
        if toks[i + k].low != word:
            return False
    return True


def _by_first_word(entries):
    """Group (words, ...) phrase entries by their first word, keeping their order (longest first).

    Readers run at every token; looking up the token's own word avoids trying every phrase there.
    """
    index: dict[str, list] = {}
    for entry in entries:
        index.setdefault(entry[0][0], []).append(entry)
    return index


def _phrases_at(index: dict[str, list], toks: list[Token], i: int) -> list:
    return index.get(toks[i].low, []) if i < len(toks) else []


_FRACTIONS_BY_FIRST = _by_first_word(_FRACTIONS_LONGEST_FIRST)
_BOUNDS_BY_FIRST = _by_first_word(_BOUNDS)
_QUANTIFIERS_BY_FIRST = _by_first_word(_QUANTIFIERS)


def _normalise(words: list[str]) -> str | None:
    """The synonym key of a noun phrase: the longest tail that names a known thing, else the head's stem."""
    stems = [stem(w) for w in words]
    for start in range(len(stems)):
        key = _SYNONYM_INDEX.get(" ".join(stems[start:]))
        if key:
            return key
    return stems[-1] if stems else None


# ---------------------------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------------------------


class _Number(NamedTuple):
    value: Interval  # the stated value with the precision its wording implies
    end: int  # index after the last token read
    nominal: float | None = None  # the figure as written, when ``value`` widens it for rounding


def _split_decimal_at(toks: list[Token], j: int) -> bool:
    """A glued stop and then digits after one space, inside a sentence: a decimal that a tokenizer
    pulled apart ('a beam of 14. 04 meters'; the segmenter keeps such a sentence whole)."""
    return (j + 1 < len(toks) and toks[j].low == "." and toks[j].start == toks[j - 1].end
            and toks[j + 1].start == toks[j].end + 1 and re.fullmatch(r"\d{1,3}", toks[j + 1].text) is not None
            and "." not in toks[j - 1].text)


# Denominators of the fractions figures are written with ('5-3/4 percent', '1/2 inch'); other
# slashed digits are dates, scores or ratios ('3/12', '24/7').
_SLASHED_DENOMINATORS = frozenset({"2", "3", "4", "8", "16", "32"})


def _slashed_fraction(toks: list[Token], i: int) -> tuple[float, int] | None:
    """'3/4' at ``i``, its parts written together: the value and where it ends (not '1/2/2020')."""
    if i + 2 >= len(toks) or toks[i + 1].text != "/" or toks[i + 2].text not in _SLASHED_DENOMINATORS:
        return None
    if not (toks[i].text.isdigit() and toks[i].end == toks[i + 1].start and toks[i + 1].end == toks[i + 2].start):
        return None
    numerator, denominator = int(toks[i].text), int(toks[i + 2].text)
    if numerator >= denominator or (i + 3 < len(toks) and toks[i + 3].text == "/"):
        return None
    return numerator / denominator, i + 3


def _mixed_fraction(toks: list[Token], i: int) -> tuple[float, int] | None:
    """'5-3/4' at ``i``: a whole number, a hyphen and a fraction written together."""
    if i + 2 >= len(toks) or toks[i + 1].text != "-" or not toks[i].text.isdigit():
        return None
    if not toks[i].end == toks[i + 1].start == toks[i + 2].start - 1:
        return None
    fraction = _slashed_fraction(toks, i + 2)
    return (int(toks[i].text) + fraction[0], fraction[1]) if fraction else None


def _read_digits(toks: list[Token], i: int) -> _Number | None:
    tok = toks[i].text
    if ":" in tok or not _DIGITS_RE.fullmatch(tok):
        return None
    fraction = _slashed_fraction(toks, i)
    if fraction is not None:
        return _Number(Interval.exactly(fraction[0]), fraction[1])  # '1/2 percent'
    mixed = _mixed_fraction(toks, i)
    if mixed is not None:
        return _Number(Interval.exactly(mixed[0]), mixed[1])  # '5-3/4 percent'
    value, end = float(tok.replace(",", "")), i + 1
    if _split_decimal_at(toks, end):  # "133. 81 meters" inside one sentence: 133.81
        tok = f"{tok}.{toks[end + 1].text}"
        value, end = float(tok.replace(",", "")), end + 2
    if end < len(toks):
        scale = SCALES.get(toks[end].low)
        adjacent = toks[end].start == toks[i].end
        if scale is None and adjacent:
            scale = _SHORT_SCALES.get(toks[end].low)
        if scale:
            decimals = len(tok.split(".")[1]) if "." in tok else 0
            half_step = scale * 10 ** -decimals / 2
            rounded = Interval(value * scale - half_step, value * scale + half_step)
            return _Number(rounded, end + 1, value * scale)
    return _Number(Interval.exactly(value), end)


def _read_number_words(toks: list[Token], i: int) -> _Number | None:
    total, current, j, seen = 0.0, 0.0, i, False
    if toks[i].low in ("a", "an") and i + 1 < len(toks) and toks[i + 1].low in (*SCALES, "dozen"):
        current, j = 1.0, i + 1
    while j < len(toks):
        low, prev = toks[j].low, toks[j - 1].low if j > i else ""
        if low in NUMBER_WORDS or low in TENS:
            current += NUMBER_WORDS.get(low, 0) + TENS.get(low, 0)
        elif low == "dozen" and (seen or current):
            current = (current or 1) * 12
        elif low == "hundred" and (seen or current):
            current = (current or 1) * 100
        elif low in SCALES and (seen or current):
            total, current = total + (current or 1) * SCALES[low], 0.0
        elif not _joins_number_words(toks, j, prev):
            break
        seen, j = True, j + 1
    if not seen:
        return None
    return _Number(Interval.exactly(total + current), j)


def _joins_number_words(toks: list[Token], j: int, prev: str) -> bool:
    """'twenty-five', 'two hundred and fifty' — but not 'five and six'."""
    nxt = toks[j + 1].low if j + 1 < len(toks) else ""
    if nxt not in NUMBER_WORDS and nxt not in TENS:
        return False
    return (toks[j].low == "-" and prev in TENS) or (toks[j].low == "and" and prev in SCALES)


def _read_fraction(toks: list[Token], i: int) -> tuple[Interval, int] | None:
    """'half', 'two thirds', 'two-thirds' ... when they take a set: 'half of the', 'half the
    passengers'. The press hyphenates a fraction ('two-thirds of members'): its words are read
    across the hyphen, which would otherwise leave a count of two."""
    for words, share in _phrases_at(_FRACTIONS_BY_FIRST, toks, i):
        after = i + len(words)
        if not _words_at(toks, i, words):
            hyphenated = (len(words) == 2 and _words_at(toks, i, words[:1]) and i + 2 < len(toks)
                          and toks[i + 1].low in ("-", "–") and toks[i + 2].low == words[1])
            if not hyphenated:
                continue
            after = i + 3
        if after < len(toks) and toks[after].low in ("of", "the", "their", "its"):
            return Interval.exactly(share), after
    return None


def _read_number(toks: list[Token], i: int) -> _Number | None:
    if i >= len(toks):
        return None
    if toks[i].low in _VAGUE_PLURALS and _words_at(toks, i + 1, ("of",)):
        return _Number(_VAGUE_PLURALS[toks[i].low], i + 2)
    if toks[i].text[0].isdigit():
        return _read_digits(toks, i)
    return _read_number_words(toks, i)


def _apply_bound(how: str | None, value: Interval, nominal: float | None = None) -> Interval:
    """Reshape a stated value by the words before it ("at least", "about" ...).

    A bound applies to the figure as written: "more than 23 million" is > 23,000,000 even though
    a bare "23 million" may stand for anything that rounds to it.
    """
    low, high = (nominal, nominal) if nominal is not None and how not in (None, "about") else (value.low, value.high)
    shapes = {
        None: value,
        "min": Interval(low, INF),
        "above": Interval(high, INF, low_open=True),
        "max": Interval(0, high),
        "below": Interval(0, low, high_open=True),
        "about": Interval(low * 0.9, high * 1.1),
        "nearly": Interval(low * 0.9, high),
        "just_over": Interval(low, high * 1.1, low_open=True),
    }
    return shapes[how]


def _read_bound(toks: list[Token], i: int) -> tuple[str | None, int]:
    for words, how in _phrases_at(_BOUNDS_BY_FIRST, toks, i):
        if _words_at(toks, i, words):
            return how, i + len(words)
    return None, i


def _read_range_end(toks: list[Token], i: int, first: Interval, between: bool) -> tuple[Interval, int]:
    """'10-15', '10 to 15', 'between 10 and 15', 'between 10 km and 15 km': widen the first value to
    the range (where each end has its unit, the unit is left to be read after the second)."""
    joiners = ("and",) if between else ("-", "–", "to")
    if i < len(toks) and toks[i].low in joiners:
        second = _read_number(toks, i + 1)
        if second and second.value.high > first.low:
            return Interval(first.low, second.value.high), second.end
    if between and i + 2 < len(toks) and toks[i + 1].low == "and":
        # 'between 1,000 metres and 10,000 metres', 'between 5% and 8%': a unit after each end
        second = _read_number(toks, i + 2)
        if (second and second.end < len(toks) and toks[second.end].low == toks[i].low
                and second.value.high > first.low):
            return Interval(first.low, second.value.high), second.end
    return first, i


# ---------------------------------------------------------------------------------------------
# What a quantity counts
# ---------------------------------------------------------------------------------------------


class _Head(NamedTuple):
    words: list[str]
    text: str
    predicates: list[str]  # verbs after the phrase ("were killed")
    end: int


def _head_after(toks: list[Token], j: int) -> _Head:
    """The noun phrase a quantity counts, and a verb right after it: 'confirmed fatalities', 'drones'."""
    words: list[Token] = []
    predicates: list[str] = []
    if 0 < j < len(toks) and toks[j].low == "all" and toks[j - 1].low == "of":
        j += 1  # 'half of all voters' counts voters
    while j < len(toks) and len(words) < 3:
        low = toks[j].low
        if low[-2:] in ("'s", "’s") and low[:-2].isalpha() and low[:-2] not in STOP_WORDS:
            words, j = [], j + 1  # 'five of the cluster's head teachers' counts teachers, not the cluster
            continue
        if low in STOP_WORDS or not low.isalpha():
            break
        nxt = toks[j + 1].low if j + 1 < len(toks) else ""
        if is_verbish(low) and (nxt in STOP_WORDS or not nxt.isalpha()):
            break  # a participle that ends the phrase is a predicate: "drones launched from"
        words.append(toks[j])
        j += 1
        if is_plural_head(low):
            break
    relative = j < len(toks) and toks[j].low in ("who", "that", "which")
    k = j + relative
    while k < len(toks) and toks[k].low in _AUXILIARIES:
        k += 1
    if k < len(toks) and (_is_predicate(toks[k].low) or relative and _is_word(toks[k].low)):
        predicates.append(toks[k].low)
    text = " ".join(t.text for t in words)
    return _Head([t.low.removesuffix("'s") for t in words], text, predicates, j)


def _is_predicate(word: str) -> bool:
    """A verb ('treated', 'taken') or a word that names what is counted ('arrest', 'kill')."""
    return is_verbish(word) or (word not in STOP_WORDS and stem(word) in _SYNONYM_INDEX)


def _is_word(low: str) -> bool:
    return low.isalpha() and low not in STOP_WORDS and low not in REPORTING_VERBS


def _predicate_before(toks: list[Token], start: int) -> list[str]:
    """'treated 35 runners'; 'will house 40 buses' (any word after a modal is a verb)."""
    if start > 0 and _is_predicate(toks[start - 1].low):
        return [toks[start - 1].low]
    modal = start - 2
    if modal > 0 and _is_adverb(toks[modal].low):
        modal -= 1  # 'can now accommodate 20,000'
    if modal >= 0 and toks[modal].low in _MODALS and _is_word(toks[start - 1].low):
        return [toks[start - 1].low]
    return []


_MODALS = {"will", "would", "can", "could", "may", "might", "must", "should", "to"}
_ADVERBS = {"now", "still", "also", "only", "already", "currently", "soon", "then", "eventually"}


def _is_adverb(low: str) -> bool:
    return low in _ADVERBS or (len(low) > 4 and low.endswith("ly"))


def _group(word: str) -> str:
    return _SYNONYM_INDEX.get(stem(word), stem(word))


def _referent(head: _Head, before: list[str]) -> tuple[str | None, frozenset[str]]:
    """The thing counted, and the verbs that still tell apart two counts of it.

    A generic head ("people") or none at all takes its meaning from the verb: "five people were
    killed" counts deaths, "2,000 attended" counts attendees.
    """
    key = _normalise(head.words) if head.words else None
    verbs = head.predicates + before
    if key is None or key in _GENERIC_REFERENTS:
        if verbs:
            return _group(verbs[0]), frozenset()
        return key, frozenset()
    return key, frozenset(_group(v) for v in verbs)


# ---------------------------------------------------------------------------------------------
# Readers: each tries to read one quantity at token i and returns it with the index after it
# ---------------------------------------------------------------------------------------------


class _Found(NamedTuple):
    quantity: Quantity
    end: int


def _make(kind: QuantityKind, text: str, toks: list[Token], i: int, end: int, **fields) -> Quantity:
    start, stop = toks[i].start, toks[end - 1].end
    return Quantity(kind=kind, text=text[start:stop], span=Span(start, stop), **fields)


def _read_date(text: str, toks: list[Token], i: int) -> _Found | None:
    low = toks[i].low
    if low.removesuffix("'s") in WEEKDAYS:
        start = i - 1 if i > 0 and toks[i - 1].low == "on" else i
        when = DatePoint(weekday=WEEKDAYS[low.removesuffix("'s")])
        event = _possessed_event(toks, i + 1) if low.endswith("'s") else None
        return _Found(_make(QuantityKind.DATE, text, toks, start, i + 1, when=when, event=event), i + 1)
    month = MONTHS.get(low)
    if month and toks[i].text[0].isupper() and (
            len(low) > 3 or _words_at(toks, i + 1, (".",)) or _next_is_day(toks, i + 1) or _next_is_year(toks, i + 1)):
        return _read_month_date(text, toks, i, month)
    if low.isdigit() and _next_is_month(toks, i):
        return _read_day_month(text, toks, i)
    if (_YEAR_RE.fullmatch(low) or _older_year(toks, i)) and not _counts_something(toks, i + 1):
        start = i - 1 if i > 0 and toks[i - 1].low in _YEAR_PREPOSITIONS else i
        return _Found(_make(QuantityKind.DATE, text, toks, start, i + 1, when=DatePoint(year=int(low))), i + 1)
    return None


_YEAR_PREPOSITIONS = ("in", "since", "during", "until")
_OLDER_YEAR_RE = re.compile(r"[1-9]\d{2,3}")


def _older_year(toks: list[Token], i: int) -> bool:
    """'in 1275', 'since 1066': a year before 1800 needs its preposition to be one; a bare '1275'
    is as likely a count."""
    low = toks[i].low
    return (i > 0 and toks[i - 1].low in _YEAR_PREPOSITIONS and bool(_OLDER_YEAR_RE.fullmatch(low))
            and 100 <= int(low) < 1800)


def _next_is_year(toks: list[Token], j: int) -> bool:
    """'May 2006': a capitalised three-letter month before a year is the month, not the modal."""
    return j < len(toks) and bool(_YEAR_RE.fullmatch(toks[j].low))


def _counts_something(toks: list[Token], j: int) -> bool:
    """'2000 people' counts people; 'the 2024 election' and 'in 2024' name a year."""
    return j < len(toks) and (is_plural_head(toks[j].low) or toks[j].low in ("%", "percent"))


def _next_is_day(toks: list[Token], j: int) -> bool:
    return j < len(toks) and toks[j].low.isdigit() and 1 <= int(toks[j].low) <= 31


def _next_is_month(toks: list[Token], i: int) -> bool:
    j = i + 1
    if j < len(toks) and toks[j].low in ("st", "nd", "rd", "th"):
        j += 1
    if j < len(toks) and toks[j].low == "of":
        j += 1
    return j < len(toks) and len(toks[j].low) > 2 and toks[j].low in MONTHS and 1 <= int(toks[i].low) <= 31


def _skip(toks: list[Token], j: int, words: tuple[str, ...]) -> int:
    while j < len(toks) and toks[j].low in words:
        j += 1
    return j


def _read_year(toks: list[Token], j: int) -> tuple[int | None, int]:
    k = _skip(toks, j, (",",))
    if k < len(toks) and _YEAR_RE.fullmatch(toks[k].low):
        return int(toks[k].low), k + 1
    return None, j


def _read_month_date(text: str, toks: list[Token], i: int, month: int) -> _Found:
    abbreviated = toks[i].low not in FULL_MONTHS and _words_at(toks, i + 1, (".",))  # "Feb." but not "June."
    j, day = (i + 2 if abbreviated else i + 1), None
    if _next_is_day(toks, j):
        day, j = int(toks[j].low), _skip(toks, j + 1, ("st", "nd", "rd", "th"))
    year, j = _read_year(toks, j)
    when = DatePoint(year=year, month=month, day=day)
    return _Found(_make(QuantityKind.DATE, text, toks, i, j, when=when), j)


def _read_day_month(text: str, toks: list[Token], i: int) -> _Found:
    day = int(toks[i].low)
    j = _skip(toks, i + 1, ("st", "nd", "rd", "th", "of"))
    month, j = MONTHS[toks[j].low], j + 1
    year, j = _read_year(toks, j)
    return _Found(_make(QuantityKind.DATE, text, toks, i, j, when=DatePoint(year, month, day)), j)


def _possessed_event(toks: list[Token], j: int) -> str | None:
    head = _head_after(toks, j)
    return head.words[0] if head.words else None


def _read_time(text: str, toks: list[Token], i: int) -> _Found | None:
    """'6am', '4.15am', '16:30', 'noon'; with a word before it that makes it approximate ('about
    6am', 'shortly after 6am'), which an 'about' is read with, before it can be read as a count."""
    start = i
    if toks[i].low in APPROXIMATING and i + 1 < len(toks):
        i += 1
    approximate = start < i or (i > 0 and toks[i - 1].low in _NEAR_TIME)
    low = toks[i].low
    if low in ("noon", "midday", "midnight"):
        minute = 0 if low == "midnight" else 720
        when = DatePoint(minute=minute, approximate=approximate)
        return _Found(_make(QuantityKind.TIME, text, toks, start, i + 1, when=when), i + 1)
    match = _CLOCK_RE.fullmatch(low)
    if not match:
        return None
    meridiem, j = _read_meridiem(toks, i + 1)
    # '16:30' is a time of its own; '4.15' only with 'am' or 'pm' ('4.15 per cent' is a number)
    if meridiem is None and match.group(2) != ":":
        return None
    hour, minute = int(match.group(1)), int(match.group(3) or 0)
    if hour > 23 or minute > 59 or (meridiem and hour > 12):
        return None
    hour = hour % 12 + (12 if meridiem == "pm" else 0) if meridiem else hour
    when = DatePoint(minute=hour * 60 + minute, approximate=approximate)
    return _Found(_make(QuantityKind.TIME, text, toks, start, j, when=when), j)


_MERIDIEMS = [(("a", ".", "m", "."), "am"), (("p", ".", "m", "."), "pm"), (("a", ".", "m"), "am"),
              (("p", ".", "m"), "pm"), (("am",), "am"), (("pm",), "pm")]
_MERIDIEMS_BY_FIRST = _by_first_word(_MERIDIEMS)


def _read_meridiem(toks: list[Token], j: int) -> tuple[str | None, int]:
    for words, meridiem in _phrases_at(_MERIDIEMS_BY_FIRST, toks, j):
        if _words_at(toks, j, words):
            return meridiem, j + len(words)
    return None, j


def _read_amount(text: str, toks: list[Token], i: int) -> _Found | None:
    """[bound] [currency] number [range] [% | currency | 'of the' N] — counts, percentages, money."""
    how, j = _read_bound(toks, i)
    between = _words_at(toks, j, ("between",))
    j += between
    currency, j = _read_currency_symbol(toks, j)
    fraction = _read_fraction(toks, j) if j < len(toks) else None
    number = _read_number(toks, j) if j < len(toks) and not fraction else None
    if number is None:
        fraction = fraction if how else None
        if fraction is None:
            return None
        share = _apply_bound(how, fraction[0])
        share = Interval(share.low, min(share.high, 1.0), share.low_open, share.high_open and share.high <= 1)
        return _Found(_make(QuantityKind.QUANTIFIER, text, toks, i, fraction[1], proportion=share), fraction[1])
    if _is_label_number(toks, j) or _is_ordinal_digits(toks, number.end) or _is_score(toks, j, number) or \
            _is_decade(toks, number.end) or _is_one_of_a_superlative(toks, j):
        return None
    value, j = _read_range_end(toks, number.end, number.value, between)
    nominal = number.nominal if value == number.value else None
    kind, unit, j = _read_unit(toks, j, currency)
    ratio = _read_ratio(toks, j, value) if kind is QuantityKind.COUNT else None
    if ratio is not None:  # 'one in ten children': a share of the set, as a percentage
        total, j = ratio
        share = _apply_bound(how, value, nominal).scaled(1 / total)
        return _Found(_make(QuantityKind.PERCENT, text, toks, i, j, count=share.scaled(100), unit="%",
                            proportion=share), j)
    maximum = any(_words_at(toks, i, words) for words in _STATED_MAXIMUMS)
    return _Found(_make(kind, text, toks, i, j, count=_apply_bound(how, value, nominal), unit=unit,
                        maximum=maximum), j)


def _read_ratio(toks: list[Token], j: int, value: Interval) -> tuple[float, int] | None:
    """'in ten' / 'in every five' after a count: the size of the set the count is a share of, and
    where the ratio ends; None where 'in' opens something else ('12 in 2019', 'two in the morning')."""
    if j >= len(toks) or toks[j].low != "in":
        return None
    k = _skip(toks, j + 1, ("every",))
    size = _read_number(toks, k) if k < len(toks) else None
    if size is None or not size.value.is_point or size.value.low <= value.high:
        return None
    if toks[k].text.isdigit() and 1000 <= size.value.low <= 2100:
        return None  # a year: 'won 12 in 2019'
    return size.value.low, size.end


# Bounds that state a capacity, the most there can be; 'at most' and 'no more than' only bound a figure.
_STATED_MAXIMUMS = (("up", "to"), ("a", "maximum", "of"))


def _read_currency_symbol(toks: list[Token], j: int) -> tuple[str | None, int]:
    if j < len(toks) and toks[j].low in ("us", "usd", "eur", "gbp", "uah") and j + 1 < len(toks) and toks[j + 1].low in CURRENCY_SYMBOLS:
        j += 1
    if j < len(toks) and toks[j].text in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[toks[j].text], j + 1
    return None, j


def _read_unit(toks: list[Token], j: int, currency: str | None) -> tuple[QuantityKind, str | None, int]:
    if currency:
        return QuantityKind.MONEY, currency, j
    if j < len(toks) and toks[j].low == "%":
        return QuantityKind.PERCENT, "%", j + 1
    if _words_at(toks, j, ("percentage", "points")):
        return QuantityKind.PERCENT, "percentage points", j + 2
    if _words_at(toks, j, ("per", "cent")):
        return QuantityKind.PERCENT, "%", j + 2
    if j < len(toks) and toks[j].low == "percent":
        return QuantityKind.PERCENT, "%", j + 1
    if j < len(toks) and toks[j].low in _CURRENCY_WORDS:
        return QuantityKind.MONEY, _CURRENCY_WORDS[toks[j].low], j + 1
    return QuantityKind.COUNT, None, j


def _is_ordinal_digits(toks: list[Token], j: int) -> bool:
    return j < len(toks) and toks[j].low in ("st", "nd", "rd", "th") and toks[j].start == toks[j - 1].end


def _is_decade(toks: list[Token], end: int) -> bool:
    """'the 1730s', 'the 1990's': a span of years, not 1,730 of something."""
    return end < len(toks) and toks[end].low in ("s", "'s", "’s") and toks[end].start == toks[end - 1].end


def _is_one_of_a_superlative(toks: list[Token], j: int) -> bool:
    """'one of the most massive clusters', 'one of only four': membership in a class, not a count of one."""
    if toks[j].low == "one" and _words_at(toks, j + 1, ("of", "only")):
        return True  # 'one of only four stations in the UK'
    return toks[j].low == "one" and _words_at(toks, j + 1, ("of", "the")) and j + 3 < len(toks) and (
        toks[j + 3].low in ("most", "best", "largest", "biggest", "few", "first", "last", "main", "leading")
        or toks[j + 3].low.endswith("est"))


def _is_score(toks: list[Token], j: int, number: _Number) -> bool:
    """'a 1-1 draw', 'won 3-0', 'the 2-1 defeat': a result, not a count. Two numbers joined by a
    dash are a range only when the second is the larger ('10-15 people')."""
    def glued_dash(k: int) -> bool:
        return 0 < k < len(toks) - 1 and toks[k].low in ("-", "–") and \
            toks[k - 1].end == toks[k].start and toks[k].end == toks[k + 1].start
    if glued_dash(j - 1) and toks[j - 2].text[0].isdigit():
        return True
    if glued_dash(number.end) and toks[number.end + 1].text[0].isdigit():
        second = _read_number(toks, number.end + 1)
        return second is not None and second.value.high <= number.value.low
    return False


def _is_label_number(toks: list[Token], j: int) -> bool:
    """'F-16', 'G7', 'Covid-19', 'Resolution 242': digits that name something rather than count it."""
    if not toks[j].text[0].isdigit() or j == 0:
        return False
    prev = toks[j - 1]
    glued = prev.end == toks[j].start and (prev.low.isalpha() or (
        prev.low == "-" and j > 1 and toks[j - 2].end == prev.start and toks[j - 2].low.isalpha()))
    # 'Stage 3' names a stage; 'will stage 30 concerts' counts concerts: a plural noun after decides
    return glued or (prev.low in _NOT_A_COUNT_AFTER and not _counts_something(toks, j + 1))


def _read_quantifier(text: str, toks: list[Token], i: int) -> _Found | None:
    for words, share, count in _phrases_at(_QUANTIFIERS_BY_FIRST, toks, i):
        end = i + len(words)
        if _words_at(toks, i, words) and _takes_a_set(toks, i, end):
            fields = {"proportion": share, "count": count}
            return _Found(_make(QuantityKind.QUANTIFIER, text, toks, i, end, **fields), end)
    fraction = _read_fraction(toks, i)
    if fraction:
        return _Found(_make(QuantityKind.QUANTIFIER, text, toks, i, fraction[1], proportion=fraction[0]), fraction[1])
    return None


_IDIOM_HEADS = frozenset({"way", "matter", "doubt", "longer", "time", "same", "along", "sooner", "wonder"})
_QUANTIFIED_PRONOUNS = frozenset({"it", "them", "us", "we", "they", "you"})  # "it all", "them all"


def _takes_a_set(toks: list[Token], i: int, end: int) -> bool:
    """'all ten drones', 'most of the staff' — not 'at all', 'the most powerful', 'after all.',
    'no way', 'all the way', 'no longer', 'it all gave way'."""
    if toks[i].low == "most" and i > 0 and toks[i - 1].low in ("the", "a"):
        return False
    if i > 0 and toks[i - 1].low in _QUANTIFIED_PRONOUNS:
        return False  # a floating quantifier counts the pronoun before it, not the word after
    head = _skip(toks, end, ("the",))
    if head < len(toks) and toks[head].low in _IDIOM_HEADS:
        return False
    if toks[i].low == "not" and (_is_one_of_a_superlative(toks, i + 1) or _words_at(toks, end, ("but",))):
        return False  # 'not one of the best', 'not one but two'
    if end - i > 1 and toks[end - 1].low in ("one", "majority", "minority"):
        return True
    nxt = toks[end].low if end < len(toks) else ""
    return nxt in ("of", "out") or nxt in DETERMINERS or nxt[:1].isdigit() or nxt in NUMBER_WORDS or nxt in TENS or (
        nxt.isalpha() and nxt not in STOP_WORDS)


def _read_ordinal(text: str, toks: list[Token], i: int) -> _Found | None:
    low = toks[i].low
    value = ORDINAL_POSITIONS.get(low)
    if value is None and low.isdigit() and i + 1 < len(toks) and toks[i + 1].low in ("st", "nd", "rd", "th"):
        if toks[i + 1].start == toks[i].end:
            return _Found(_make(QuantityKind.ORDINAL, text, toks, i, i + 2, count=Interval.exactly(int(low))), i + 2)
    if value is None or i == 0 or toks[i - 1].low not in DETERMINERS:
        return None
    return _Found(_make(QuantityKind.ORDINAL, text, toks, i, i + 1, count=Interval.exactly(value)), i + 1)


_READERS = (_read_date, _read_time, _read_amount, _read_quantifier, _read_ordinal)

_MINUTES_IN = {"second": 1 / 60, "minute": 1, "hour": 60, "day": 1440, "week": 10080, "month": 43830,
               "year": 525960}
_DURATION_UNITS = {**{w: m for w, m in _MINUTES_IN.items()}, **{w + "s": m for w, m in _MINUTES_IN.items()},
                   "mins": 1, "min": 1, "hrs": 60, "hr": 60, "secs": 1 / 60, "sec": 1 / 60}


def _read_duration(text: str, toks: list[Token], q: Quantity, end: int) -> tuple[Quantity, int] | None:
    """'2 hours 21 minutes', 'three days': one length of time in minutes, not two counts.

    A duration belongs to its subject ("the race was won in ...", "last year's winner finished
    in ..."), so it counts the subject's time rather than "minutes".
    """
    if q.kind is not QuantityKind.COUNT or q.unit or end >= len(toks):
        return None
    if _hyphenated_span(toks, end):
        end += 1  # 'the five-week trial': how long the trial lasted
    elif toks[end].low not in _DURATION_UNITS:
        return None
    scale, count, j = _DURATION_UNITS[toks[end].low], q.count, end + 1
    k = _skip(toks, j, (",", "and"))
    part = _read_number(toks, k) if k < len(toks) and toks[k].text[0].isdigit() else None
    if part and part.end < len(toks) and _DURATION_UNITS.get(toks[part.end].low, INF) < scale:
        extra = part.value.low * _DURATION_UNITS[toks[part.end].low]
        count = count.scaled(scale)
        count, j = Interval(count.low + extra, count.high + extra, count.low_open, count.high_open), part.end + 1
    else:
        count = _rounded_span(count, scale)
    stop = toks[j - 1].end
    subject = _claim_subject(toks)
    q = replace(q, text=text[q.span.start:stop], span=Span(q.span.start, stop), count=count, unit="minutes",
                referent=f"time of {subject}" if subject else "time", referent_text="")
    return q, j


_LOOSE_UNIT = _MINUTES_IN["week"]  # 'three weeks' often stands for 20 days, 'six months' for 25 weeks


def _rounded_span(count: Interval, scale: float) -> Interval:
    """A whole number of weeks, months or years, in minutes: told loosely, so it covers up to half a
    unit either side short of the next whole number ('three weeks' / 'the 20-day trial' agree;
    'three weeks' / 'five weeks', 'nine years' / 'six years' do not)."""
    if scale < _LOOSE_UNIT or not count.is_point or count.low != int(count.low):
        return count.scaled(scale)
    return Interval((count.low - 0.49) * scale, (count.high + 0.49) * scale)


def describe_length_of_time(span: Interval) -> str:
    """A length of time kept in minutes, said in the largest unit it is a whole number of ('about 3
    weeks', 'exactly 9 hours', '2 days or more'): a reader cannot weigh '30,240 minutes'. A whole
    number of weeks, months or years told loosely (``_rounded_span``) is 'about' that number."""
    middle = span.low if span.high == INF else (span.low + span.high) / 2
    filled = [(n, m) for n, m in reversed(_MINUTES_IN.items()) if middle >= m] or [("second", 1 / 60)]
    # the unit it was told in: the largest one it is a whole number of ('five weeks', not 1.15 months)
    name, size = next(((n, m) for n, m in filled if round(middle / m, 6).is_integer()), filled[0])
    whole = round(middle / size, 6)
    loose = span.high != INF and abs((span.high - span.low) - 0.98 * size) < 1e-6 * size
    if loose and whole.is_integer():
        return f"about {_fmt(whole)} {name if whole == 1 else name + 's'}"
    scaled = Interval(round(span.low / size, 6), round(span.high / size, 6) if span.high != INF else INF,
                      span.low_open, span.high_open)
    return scaled.describe(name if scaled.is_point and scaled.low == 1 else name + "s")


def _hyphenated_span(toks: list[Token], end: int) -> bool:
    """'five-week', '12-day' before a noun: a length of time (not 'a three-year-old')."""
    return (toks[end].low == "-" and end + 1 < len(toks) and toks[end + 1].low in _MINUTES_IN
            and toks[end + 1].start == toks[end].end and not (end + 2 < len(toks) and toks[end + 2].low == "-"))


_MEASURES = {
    **dict.fromkeys("m km cm mm ft foot feet metre metres meter meters kilometre kilometres kilometer kilometers "
                    "mile miles yard yards inch inches".split(), "length"),
    **dict.fromkeys("t ton tons tonne tonnes kg kilogram kilograms lb lbs".split(), "weight"),
    **dict.fromkeys("knot knots mph kph".split(), "speed"),
    **dict.fromkeys("hectare hectares acre acres".split(), "area"),
    **dict.fromkeys("metric long short nautical square cubic".split(), None),  # read the next word
}


_UNIT_SPELLINGS = {
    **dict.fromkeys("metre metres meter meters".split(), "m"), **dict.fromkeys("foot feet".split(), "ft"),
    **dict.fromkeys("kilometre kilometres kilometer kilometers".split(), "km"), "miles": "mile", "yards": "yard",
    "inches": "inch", **dict.fromkeys("ton tons tonne tonnes".split(), "t"), "kilogram": "kg", "kilograms": "kg",
    "lbs": "lb", "knots": "knot", "hectares": "hectare", "acres": "acre",
}


def _measured_thing(toks: list[Token], q: Quantity) -> Quantity:
    """'a 135-foot (41 m) roller coaster' and 'a 98-foot (30 m) loop' both count metres, but of two
    things: a measurement is keyed by its dimension and the claim's subject ('length of talon'), and
    without a subject it is compared with nothing. Its unit goes to ``unit``, so that '1.2 kilometres'
    and 'the 900-metre bridge' are compared once converted (``in_base_units``)."""
    words = _unit_words(toks, q)
    modifiers = []
    while words and words[0] in _MEASURES and _MEASURES[words[0]] is None:
        modifiers.append(words.pop(0))
    if not words or _MEASURES.get(words[0]) is None:
        return q
    unit = _UNIT_SPELLINGS.get(words[0], words[0])
    for modifier in modifiers:  # 'square miles' measure an area, 'nautical miles' a longer length
        if modifier in _POWERS and _MEASURES[words[0]] == "length":
            unit = f"{modifier} {unit}"
        elif modifier == "nautical" and unit == "mile":
            unit = "nautical_mile"
    dimension = unit_dimension(unit)
    subject = _claim_subject(toks)
    return replace(q, referent=f"{dimension} of {subject}" if subject else None, unit=unit, predicates=frozenset())


_POWERS = {"square": "area", "cubic": "volume"}


def _unit_words(toks: list[Token], q: Quantity) -> list[str]:
    """The words after a figure that may name its unit: '1.2 kilometres long', or the word a hyphen
    joins to it ('the 900-metre bridge', which the referent reading leaves without a referent)."""
    words = q.referent_text.lower().split()
    if words:
        return words
    k = first_token_at(toks, q.span.end)
    if (k is not None and k + 1 < len(toks) and toks[k].low == "-" and toks[k].start == q.span.end
            and toks[k + 1].start == toks[k].end and toks[k + 1].low in _MEASURES):
        return [toks[k + 1].low]
    return []


def measure_dimension(word: str) -> str | None:
    """'length' for 'kilometre' or 'feet', 'weight' for 'tonnes': what a unit word measures."""
    return _MEASURES.get(word.lower())


def unit_dimension(unit: str) -> str | None:
    """What a unit ``_measured_thing`` sets measures: 'length' for 'km' and 'nautical_mile', 'area'
    for 'square mile' as for 'hectare', so that the two are compared once converted; None for '%' or
    'minutes'."""
    words = unit.replace("_", " ").split()
    dimension = _MEASURES.get(words[-1]) if words else None
    if dimension == "length" and len(words) > 1 and words[0] in _POWERS:
        return _POWERS[words[0]]
    return dimension


def is_measure_unit(unit: str) -> bool:
    """A unit ``_measured_thing`` sets: 'km', 'square mile', 'nautical_mile' (not '%' or 'minutes')."""
    return unit_dimension(unit) is not None


@functools.cache
def _unit_registry():
    """pint's registry of units, built once and only when two units are to be converted (0.5 s)."""
    import pint
    return pint.UnitRegistry()


def unit_factor(unit: str) -> float | None:
    """How many of its dimension's SI unit one ``unit`` is (1000 for 'km', 0.3048 for 'ft'); None for
    a unit that is not a measure pint knows."""
    if not is_measure_unit(unit):
        return None
    import pint
    try:
        return float(_unit_registry().Quantity(1, unit).to_base_units().magnitude)
    except (pint.errors.UndefinedUnitError, ValueError):
        return None


def in_base_units(q: Quantity) -> Interval | None:
    """``q``'s amount in its dimension's SI unit (metres, kilograms, square metres, metres a second),
    each end widened by half the place of its last significant digit: a figure converted from another
    unit is rounded ('a 135-foot (41 m) tower'), so '41 m' stands for 40.5 to 41.5 m. None for a
    figure with no unit pint knows."""
    factor = unit_factor(q.unit) if q.unit and q.count is not None else None
    if factor is None:
        return None
    low, high = q.count.low, q.count.high
    return Interval(max(0.0, (low - _rounding(low)) * factor),
                    INF if high == INF else (high + _rounding(high)) * factor)


def _rounding(value: float) -> float:
    """Half the place of a figure's last significant digit: 1.2 -> 0.05, 900 -> 50, 41 -> 0.5."""
    if value <= 0 or value == INF:
        return 0.0
    place = 10.0 ** math.floor(math.log10(value))
    while place > 1e-6 and not math.isclose(round(value / place) * place, value, rel_tol=1e-9):
        place /= 10
    return place / 2


def _claim_subject(toks: list[Token]) -> str | None:
    """The noun before the claim's first verb: 'race' in "The women's race was won ..."."""
    run: list[str] = []
    for tok in toks:
        if tok.low in _AUXILIARIES or is_verbish(tok.low):
            if run:
                return _group(run[-1])
        if tok.low.isalpha() and tok.low not in STOP_WORDS and not is_verbish(tok.low):
            run.append(tok.low.removesuffix("'s"))
        else:
            run = []
    return None

# Every word some reader can start on; any other word (most of a text) is skipped without trying
# the readers. Tokens that start with a digit are always tried.
_START_WORDS = frozenset(
    [*WEEKDAYS, *(f"{day}'s" for day in WEEKDAYS), *MONTHS, "noon", "midday", "midnight",
     *_BOUNDS_BY_FIRST, "between", *CURRENCY_SYMBOLS, "us", "usd", "eur", "gbp", "uah",
     *_FRACTIONS_BY_FIRST, *NUMBER_WORDS, *TENS, "a", "an", *_VAGUE_PLURALS, *_QUANTIFIERS_BY_FIRST,
     *ORDINAL_POSITIONS])


def _may_start_quantity(tok: Token) -> bool:
    return tok.low in _START_WORDS or tok.text[0].isdigit()


# ---------------------------------------------------------------------------------------------
# Extraction
# ---------------------------------------------------------------------------------------------


def _with_set(text: str, toks: list[Token], q: Quantity, j: int) -> tuple[Quantity, int]:
    """Read 'of the 40 staff' / 'ten' after a quantifier or 'N of the M': the size of the set."""
    k = j
    if k < len(toks) and toks[k].low in ("of", "out"):
        k = _skip(toks, k, ("of", "out"))
        k = _skip(toks, k, tuple(DETERMINERS))
    elif q.kind is QuantityKind.QUANTIFIER:
        k = _skip(toks, k, ("the", "its", "their", "these", "those"))
    else:
        return q, j  # "10 people": no set to read
    if k > j and q.kind is QuantityKind.QUANTIFIER:  # quote "none of the", not "none"
        stop = toks[k - 1].end
        q = replace(q, span=Span(q.span.start, stop), text=text[q.span.start:stop])
    size = _read_number(toks, k) if k < len(toks) else None
    if size is None or not size.value.is_point or size.value.low <= 0:
        if q.kind is QuantityKind.PERCENT and k > j and q.count is not None:
            return replace(q, proportion=q.count.scaled(0.01)), k
        return q, k if k > j and q.unit is None else j
    total, stop = size.value.low, toks[size.end - 1].end
    q = replace(q, span=Span(q.span.start, stop), text=text[q.span.start:stop])
    if q.kind is QuantityKind.QUANTIFIER and q.proportion is not None:
        return replace(q, count=q.proportion.scaled(total)), size.end
    if q.count is not None and q.count.high <= total and q.unit is None:
        return replace(q, proportion=q.count.scaled(1 / total)), size.end
    return q, j


# Words that open a whole set or a share of one: after them 'up' / 'down' is a verb's particle
# ('shot down all ten drones', 'picked up the majority of the votes'), not a change ('down 4%').
_SET_OPENERS = frozenset({"the", "all", "most", "both", "each", "every", "none", "many", "several", "some"})


def _direction(toks: list[Token], start: int, end: int) -> tuple[str | None, int]:
    """'rose 4%', 'fell by 4%', 'a 4% rise': the direction and where the verb starts."""
    k = start - 1
    if k >= 0 and toks[k].low == "by":
        k -= 1
    hyphenated = k > 0 and toks[k - 1].low in ("-", "–") and toks[k - 1].end == toks[k].start  # 'scaled-down'
    particle = k >= 0 and toks[k].low in ("up", "down") and start < len(toks) and toks[start].low in _SET_OPENERS
    for way, verbs in DIRECTION_VERBS.items():
        if k >= 0 and toks[k].low in verbs and not hyphenated and not particle:
            return way, k
        if end < len(toks) and toks[end].low in _DIRECTION_NOUNS[way]:
            return way, start
    return None, start


def _subject_before(toks: list[Token], k: int, end: int) -> _Head:
    """The word a change is about: 'sales' in 'Sales rose 4%', 'toll' in 'the toll rose to five'."""
    k -= 1
    while k >= 0 and (toks[k].low in _AUXILIARIES or toks[k].low.endswith("ly")):
        k -= 1
    if k >= 0 and toks[k].low.isalpha() and toks[k].low not in STOP_WORDS:
        return _Head([toks[k].low.removesuffix("'s")], toks[k].text, [], end)
    return _Head([], "", [], end)


def _describe_referent(text: str, toks: list[Token], q: Quantity, first: int, end: int) -> tuple[Quantity, int]:
    """Attach what the quantity counts, the verbs around it and a direction of change."""
    head = _head_after(toks, end)
    way, verb_at = _direction(toks, first, end)
    before = _predicate_before(toks, first) if way is None else []
    if way is not None:
        if verb_at == first and end < len(toks):  # "a 4% drop in prices": skip the noun of change
            head = _head_after(toks, _skip(toks, end + 1, ("in", "of")))
        subject = _subject_before(toks, verb_at, head.end)
        head = subject if subject.words else head
        if verb_at < first:
            q = replace(q, span=Span(toks[verb_at].start, q.span.end), text=text[toks[verb_at].start:q.span.end])
    if not head.words and not head.predicates and _is_level_change(toks, first):
        head = _subject_before(toks, first - 2, head.end)  # "the toll rose to five"
    elif not head.words and not head.predicates and first > 0 and toks[first - 1].low in _COPULAS:
        head = _subject_before(toks, first - 1, head.end)  # "turnout was 45%"
    key, verbs = _referent(head, before)
    if _is_age(toks, first):  # 'at the age of 55 due to ...': what follows is not what is counted
        verb = next((k for k in range(first - 1, max(first - 24, -1), -1) if is_event_verb(toks, k)), None)
        key, verbs = "age", frozenset({_group(toks[verb].low)} if verb is not None else ())
    additional = first > 0 and toks[first - 1].low in ADDITIVE_WORDS
    part = first > 1 and toks[first - 1].low in _PICKING and toks[first - 2].low in _SET_DETERMINERS
    split = bool(head.words) and _others_follow(toks, head.end)
    return replace(q, referent=key, referent_text=head.text, predicates=verbs, direction=way,
                   additional=additional, part=part, split=split), head.end


def _others_follow(toks: list[Token], end: int, reach: int = 6) -> bool:
    """A second count of 'others' follows in the same clause ('close four rural schools and merge two
    others'): the first count is one part of a larger set, as 'the first three' is."""
    for k in range(end, min(end + reach, len(toks))):
        if toks[k].low in (".", ";", ":"):
            return False
        number = _read_number(toks, k)
        if number is not None and number.end < len(toks) and toks[number.end].low in ("other", "others"):
            return True
    return False


# 'the first three', 'the other six', 'the remaining 20': words that pick a part out of a set.
_PICKING = {"first", "last", "other", "remaining", "top", "bottom", "next", "final", "initial", "previous"}
# ... after a word that names the set they pick from: 'the', 'its', 'these'.
_SET_DETERMINERS = {"the", "its", "their", "his", "her", "our", "these"}


def _is_age(toks: list[Token], first: int) -> bool:
    """'died at the age of 58', 'aged 60': a person's age at the verb of the clause."""
    return (first > 1 and toks[first - 1].low == "of" and toks[first - 2].low == "age") or (
        first > 0 and toks[first - 1].low == "aged")


_COPULAS = {"was", "is", "were", "are", "at", "reached", "totalled", "totaled", "numbered"}


def _is_level_change(toks: list[Token], first: int) -> bool:
    verbs = DIRECTION_VERBS["up"] + DIRECTION_VERBS["down"]
    return first > 1 and toks[first - 1].low == "to" and toks[first - 2].low in verbs


def _nearest(starts: list[int], position: int) -> int | None:
    """Index of the sorted start closest to ``position`` (linear time would be quadratic on long texts)."""
    if not starts:
        return None
    k = bisect.bisect_left(starts, position)
    candidates = [c for c in (k - 1, k) if 0 <= c < len(starts)]
    return min(candidates, key=lambda c: abs(starts[c] - position))


def _date_event(events: list[Token], q: Quantity) -> Quantity:
    """The singular occasion a date belongs to ('the vote on Tuesday'); none for repeatable things."""
    if q.event is not None or q.when is None or set(q.when.fields()) == {"year"} and not q.text.lower().startswith("in"):
        return q
    nearest = _nearest([t.start for t in events], q.span.start)
    return q if nearest is None else replace(q, event=events[nearest].low)


_BETWEEN_REPORT_AND_DATE = frozenset({"on", "late", "early", "reporters", "journalists", "in", "a", "statement",
                                      "interview", "news", "conference", "briefing"})


def _dates_a_statement(toks: list[Token], q: Quantity) -> bool:
    """'the owner said Monday', 'told reporters on Tuesday': the date of the telling, not of the
    fire or vote the sentence reports, so it must not date that event."""
    k = first_token_at(toks, q.span.start)
    if k is None:
        return False
    k -= 1
    for _ in range(5):
        if k < 0 or toks[k].low not in _BETWEEN_REPORT_AND_DATE:
            break
        k -= 1
    return k >= 0 and toks[k].low in REPORTING_VERBS


def _separated(toks: list[Token], event: Token, q: Quantity) -> bool:
    """A comma and a verb between an event noun and a date: 'a shooting in the city, Rawlings left
    office in 2019' dates the leaving, not the shooting."""
    low, high = (event.end, q.span.start) if event.start < q.span.start else (q.span.end, event.start)
    between = [k for k, t in enumerate(toks) if low <= t.start < high]
    clause_break = any(toks[k].low == "," and k + 1 < len(toks) and toks[k + 1].low not in ("which", "that", "who")
                       for k in between)  # ', which broke out on Monday' still tells of the fire
    return clause_break and any(is_event_verb(toks, k) for k in between)


def _event_nouns(toks: list[Token]) -> list[Token]:
    return [t for t in toks if stem(t.low) in _EVENTS and not is_plural_head(t.low) and not is_verbish(t.low)]


def _scan(text: str, toks: list[Token]) -> list[Quantity]:
    found: list[Quantity] = []
    i = 0
    while i < len(toks):
        if not _may_start_quantity(toks[i]):
            i += 1
            continue
        for reader in _READERS:
            hit = reader(text, toks, i)
            if hit:
                q, end = hit
                duration = _read_duration(text, toks, q, end)
                if duration:
                    q, end = duration
                elif q.kind not in (QuantityKind.DATE, QuantityKind.TIME):
                    q, end = _with_set(text, toks, q, end)
                    q, _ = _describe_referent(text, toks, q, i, end)
                    q = _measured_thing(toks, q)
                found.append(q)
                i = max(end, i + 1)
                break
        else:
            i += 1
    return found


_WHEN_CLAUSE = re.compile(r"\s*,\s*when\b[^,;]*", re.I)


def _when_clause(between: str) -> bool:
    """The amount is in a 'when' clause on the period itself: 'the largest since 2022, when about
    9,000 hectares burned' (that clause tells what happened in 2022, not now)."""
    return _WHEN_CLAUSE.fullmatch(between) is not None


def _period(text: str, q: Quantity) -> str | None:
    """The other time an amount is about, normalised ('last year' for "Last year's"), else None.

    Only a marker in the amount's own part of the sentence counts: in "The league had seven teams,
    with Feldkirch defending their title from the previous season" the seven teams are this season's.
    A marker fronted before the clause ('In the last month, the network lost 6m') is its part.
    """
    match = _PERIOD_MARKERS.search(text)
    if match is None:
        return None
    # What lies between the marker and the amount, the amount's own digits left out: the comma of
    # '85,000' is not a clause break.
    low, high = (q.span.end, match.start()) if q.span.end <= match.start() else (match.end(), q.span.start)
    fronted = match.start() <= 10 and match.start() < q.span.start and "," not in text[:match.start()] \
        and text[match.end():q.span.start].count(",") == 1  # 'In the last month, the network lost 6m'
    if not fronted and not _when_clause(text[match.end():q.span.start]) and (
            "," in text[low:high] or ";" in text[low:high]):
        return None
    words = match.group().lower().replace("’", "'").removesuffix("'s").split()
    return " ".join(words[1:] if words[0] in ("in", "since", "during") else words)


# The referent of a count of votes against a motion: the surface reading, which the parse has no
# count for ('unanimously', 'with two voting against', 'by seven votes to two').
VOTES_AGAINST = "votes against"
_VOTE_WORDS = frozenset({"voting", "voted", "vote", "votes"})


def _second_of_tally(toks: list[Token], last: int) -> bool:
    """The amount ending at token ``last`` is the second figure of a tally: 'by seven votes to two'."""
    before = [t.low for t in toks[max(last - 3, 0): last]]
    return (len(before) == 3 and (before[0].replace(",", "").isdigit() or before[0] in NUMBER_WORDS)
            and before[1] in ("votes", "vote") and before[2] == "to")


def _votes_against(text: str, toks: list[Token], found: list[Quantity]) -> list[Quantity]:
    """'approved unanimously' is zero votes against; 'two councillors voting against' is two, as is
    the second figure of 'by seven votes to two'.

    Their predicates are the claim's other content words, so that two counts of votes against meet
    only when the claims share what was voted on ('the plan'), not any two votes of one council.
    """
    wholes = [(q, verb) for q in found if (verb := _approval_by_all(toks, q)) is not None]
    if not wholes and not any(t.low in ("against", "unanimous", "unanimously") for t in toks) and not any(
            _second_of_tally(toks, n) for n in range(len(toks))):
        return found
    topic = frozenset(stem(t.low) for t in toks if t.low.isalpha() and len(t.low) > 2 and t.low not in STOP_WORDS
                      and t.low not in _VOTE_WORDS and t.low not in ("against", "unanimous", "unanimously"))
    result = []
    for q in found:
        k = next((n for n, t in enumerate(toks) if t.start >= q.span.end), len(toks))
        window = [t.low for t in toks[k: k + 4]]
        against = any(w in _VOTE_WORDS and nxt == "against" for w, nxt in zip(window, window[1:])) \
            or _second_of_tally(toks, k - 1)
        if against and q.kind is QuantityKind.COUNT:
            q = replace(q, referent=VOTES_AGAINST, referent_text="votes against", predicates=topic)
        result.append(q)
    for t in toks:
        if t.low in ("unanimous", "unanimously"):
            result.append(Quantity(kind=QuantityKind.QUANTIFIER, text=t.text, span=Span(t.start, t.end),
                                   count=Interval.exactly(0), referent=VOTES_AGAINST, referent_text="votes against",
                                   predicates=topic))
    for q, verb in wholes:  # 'All of the trustees agreed': no one against
        result.append(replace(q, text=text[q.span.start:verb.end], span=Span(q.span.start, verb.end),
                              count=Interval.exactly(0), proportion=None, referent=VOTES_AGAINST,
                              referent_text="votes against", predicates=topic))
    return sorted(result, key=lambda q: q.span.start)


# Verbs of saying yes to a proposal, by their WordNet senses: 'agree', 'approve', 'back', 'support',
# 'endorse', 'accept' (each within one step of one of these).
_APPROVAL = ("approve", "consent", "endorse")
_WHOLE_REACH = 7  # tokens from a whole quantifier to its verb: "Every member of the parish council approved"


@functools.lru_cache(maxsize=8192)
def approves(word: str) -> bool:
    """A form of a verb of approving a proposal ('agreed', 'backed', 'approve')."""
    base = lexicon.base_form(word, "v")
    return base is not None and any(lexicon.same_meaning(base, verb, "v", depth=1, max_senses=3) for verb in _APPROVAL)


_WHOLE_WORDS = frozenset({"all", "every", "each"})  # not 'both': two people agreeing is no vote of a body


def _approval_by_all(toks: list[Token], q: Quantity) -> Token | None:
    """The verb of approving in the past whose subject is a whole set ('all', 'every', 'each'):
    'agreed' in 'All of the trustees agreed to pay', 'backed' in 'every councillor backed the plan'
    (none of them voted against). Only a past form ('-ed') is read as the verb: 'support' and
    'backs' are nouns too."""
    if q.kind is not QuantityKind.QUANTIFIER or q.proportion != Interval.exactly(1) or \
            q.text.split()[0].lower() not in _WHOLE_WORDS:
        return None
    k = next((n for n, t in enumerate(toks) if t.start >= q.span.end), len(toks))
    return next((t for t in toks[k: k + _WHOLE_REACH] if t.low.isalpha() and t.low.endswith("ed") and approves(t.low)),
                None)


# What may stand between a share and the 'all' of its whole: 'of' (or nothing, where the share's
# own words end in it: 'Half of').
_OF_BETWEEN = re.compile(r"\s*(?:of\s+)?$", re.IGNORECASE)
_ENDS_IN_OF = re.compile(r"\bof\s+$", re.IGNORECASE)


def _without_named_wholes(text: str, found: list[Quantity]) -> list[Quantity]:
    """Drops 'all' where it names the whole set a share is taken of: 'half of all voters', '90
    percent of all messages' say what part of the voters or messages, not that all of them did
    anything, and would otherwise meet 'most voters' as 'all'."""
    kept: list[Quantity] = []
    for q in found:
        share = kept[-1] if kept else None
        if (share is not None and q.kind is QuantityKind.QUANTIFIER and q.proportion == Interval.exactly(1)
                and (share.proportion is not None or share.kind is QuantityKind.PERCENT)
                and _OF_BETWEEN.match(text[share.span.end:q.span.start])
                and _ENDS_IN_OF.search(text[share.span.start:q.span.start])):
            continue
        kept.append(q)
    return kept


def extract_quantities(text: str, offset: int = 0) -> tuple[Quantity, ...]:
    """Every amount, share, date and time in ``text``, with spans shifted by ``offset``.

    Claims call this with their own text and ``offset=claim.span.start`` so that spans are
    document offsets.
    """
    toks = tokenize(text)
    found = _votes_against(text, toks, _without_named_wholes(text, _scan(text, toks)))
    dates = [q for q in found if is_date(q)]
    date_starts = [d.span.start for d in dates]
    events = _event_nouns(toks) if dates else []
    change = bool(_CHANGE_MARKERS.search(text))
    result = []
    for q in found:
        if is_date(q) and not _dates_a_statement(toks, q):
            q = _date_event([e for e in events if not _separated(toks, e, q)], q)
        else:
            nearest = _nearest(date_starts, q.span.start)
            when = None if nearest is None else dates[nearest].when
            q = replace(q, when=when, change_over_time=change, period=_period(text, q))
        result.append(replace(q, span=Span(q.span.start + offset, q.span.end + offset)))
    return tuple(result)


# ---------------------------------------------------------------------------------------------
# What the rules (factcheck.rules) build their comparisons from
# ---------------------------------------------------------------------------------------------


def _fmt(value: float, unit: str | None = None) -> str:
    if value == INF:
        return "any number"
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")
    if unit == "%":
        return f"{number}%"
    return f"{number} {unit}" if unit else number


def counted_group(noun: str) -> str | None:
    """The key under which the synonym table files a counted noun ('employee', 'job' -> 'staff'),
    or None; 'person' is too general to tie two counts on its own and is left out."""
    key = _SYNONYM_INDEX.get(stem(noun))
    return None if key in _GENERIC_REFERENTS else key


def is_date(q: Quantity) -> bool:
    return q.kind in (QuantityKind.DATE, QuantityKind.TIME)


def unrelated(reason: str, same: bool = False, kind: Kind = Kind.NUMERIC) -> Comparison:
    return Comparison(Outcome.UNRELATED, reason, kind, same_referent=same)
