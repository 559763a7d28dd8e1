"""Numbers, quantifiers and dates in a claim, and whether two of them can both be true.

Small NLI models are weak on numbers ("the majority" vs "all ten"), so this layer reads them with
plain rules a reader can follow. Every quantity becomes an *interval* over what it counts
("at least five" = [5, inf), "about 300" = [270, 330]) and, for quantifiers over a set, an
interval over the *share* of that set ("the majority" = (0.5, 1): more than half and, by the
usual scalar implicature, not all). Two quantities conflict when they talk about the same
thing at the same time and their intervals do not overlap. Everything here is a pure function:
no model, no I/O.
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

from nltk.stem import PorterStemmer

from factcheck.types import Claim, Kind, Polarity, RuleResult, Span

INF = math.inf
# One cached stemmer for the package: quantities and pairing stem the same words.
stem = functools.lru_cache(maxsize=65536)(PorterStemmer().stem)


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

    def fields(self) -> dict[str, int]:
        """The stated parts, plus the weekday a full date implies."""
        parts = {k: v for k, v in vars(self).items() if v is not None}
        if None not in (self.year, self.month, self.day) and self.weekday is None:
            try:
                parts["weekday"] = datetime.date(self.year, self.month, self.day).weekday()
            except ValueError:
                pass
        return parts

    def differs_from(self, other: "DatePoint") -> str | None:
        """The first part both state differently ('weekday'), or None when they agree."""
        mine, theirs = self.fields(), other.fields()
        for key in ("year", "month", "day", "weekday", "minute"):
            if key in mine and key in theirs and mine[key] != theirs[key]:
                return key
        return None


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

_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
_SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
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
_ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())}
_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_FULL_MONTHS = frozenset(_MONTHS)
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())} | {"sept": 9})
_WEEKDAYS = {d: i for i, d in enumerate(
    "monday tuesday wednesday thursday friday saturday sunday".split())}
_CURRENCY_SYMBOLS = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₴": "UAH", "₽": "RUB"}
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
_NOT_ALL = Interval(0.5, 1, low_open=True, high_open=True)
_QUANTIFIERS: list[tuple[tuple[str, ...], Interval, Interval | None]] = sorted([
    (("all",), Interval.exactly(1), None), (("every",), Interval.exactly(1), None),
    (("each",), Interval.exactly(1), None), (("none",), Interval.exactly(0), Interval.exactly(0)),
    (("no", "one"), Interval.exactly(0), Interval.exactly(0)), (("no",), Interval.exactly(0), Interval.exactly(0)),
    (("nobody",), Interval.exactly(0), Interval.exactly(0)), (("most",), _NOT_ALL, None),
    (("the", "majority"), _NOT_ALL, None), (("a", "majority"), _NOT_ALL, None),
    (("the", "vast", "majority"), _NOT_ALL, None), (("a", "minority"), Interval(0, 0.5, True, True), None),
    (("some",), Interval(0, 1, low_open=True), None),
    (("several",), Interval(0, 1, low_open=True), Interval(3, INF)),
    (("a", "few"), Interval(0, 1, low_open=True), Interval(2, 10)),
    (("few",), Interval(0, 0.5, high_open=True), None),
    (("both",), Interval.exactly(1), Interval.exactly(2)),
    (("neither",), Interval.exactly(0), Interval.exactly(0)),
], key=lambda entry: -len(entry[0]))
_ZERO_QUANTIFIERS = {("none",), ("no", "one"), ("no",), ("nobody",), ("neither",)}

_DIRECTION_VERBS = {
    "up": "rose rise rises risen rising increased increase increases grew grow grows grown jumped "
          "climbed surged soared gained up".split(),
    "down": "fell fall falls fallen falling decreased decrease decreases declined decline dropped "
            "drop drops slid slumped plunged plummeted shrank lost down".split(),
}
_DIRECTION_NOUNS = {"up": {"rise", "increase", "gain", "jump", "growth"},
                    "down": {"fall", "drop", "decline", "decrease", "cut", "loss"}}
_CHANGE_MARKERS = re.compile(
    r"\b(initially|originally|previously|earlier|later|subsequently|eventually|now|so far|as of|"
    r"at first|first reported|updated|revised|by (?:evening|morning|nightfall|afternoon|then|"
    r"the end of)|(?:rose|risen|rises|climbed|increased|grew|jumped|fell|dropped|decreased|"
    r"declined) to)\b", re.I)

# A time other than the article's own: "last year's winner", "a year earlier", "in 2019".
_PERIOD_MARKERS = re.compile(
    r"\b(?:(?:last|next|previous|prior|past)\s+(?:year|month|week|season|race|election|time|edition|"
    r"summer|winter|spring|autumn)|(?:a|one|two|three|\d+)\s+(?:years?|months?|weeks?)\s+"
    r"(?:earlier|ago|before|later)|the\s+(?:year|month|week)\s+before|(?:in|since|during)\s+"
    r"(?:19|20)\d\d|(?:19|20)\d\d['’]s)\b", re.I)

_DETERMINERS = set("the a an this that these those its their his her our my your".split())
_STOP = _DETERMINERS | set(
    "of in on at by for from to with within into over under after before during since across "
    "near per than as about around between among and or but nor while if because when which who "
    "whom whose that were was are is be been being have has had will would could should may might "
    "can do did does it they he she we i you them him us not no more less said says say".split())
_AUXILIARIES = set("were was are is be been being have has had reportedly also later all may might "
                   "could would will should must can "
                   "reported allegedly stood stands remained remains".split())
_REPORTING = {"said", "says", "reported", "according", "told", "added", "stated", "confirmed",
              "claimed", "announced", "estimated"}
_IRREGULAR_VERBS = set("made hit shot left took struck went came saw won lost held met sold built "
                       "sent spent fought caught brought gave got kept found became began ran "
                       "stood put cut hurt beat fled slain die dies paid owed won taken given "
                       "seen shown known driven flown thrown drawn written ridden swept "
                       "rescued".split())
_NOT_VERBS = set("building meeting bombing shooting wedding hundred evening morning ceiling "
                 "offspring king ring spring thing during red bed seed need feed shed speed "
                 "including excluding following regarding concerning".split())
_IRREGULAR_PLURALS = set("people staff police personnel children men women crew cattle "
                         "civilians".split())
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
    "staff": ["staff", "employee", "worker", "personnel", "staffer", "staff member"],
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
# Tokens
# ---------------------------------------------------------------------------------------------


class _Token(NamedTuple):
    text: str
    low: str
    start: int
    end: int


_DIGITS_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_YEAR_RE = re.compile(r"1[89]\d\d|20\d\d")
_CLOCK_RE = re.compile(r"(\d{1,2})(?::(\d\d))?")
_TOKEN_RE = re.compile(r"\d+(?:[.,:]\d+)*|[A-Za-z]+(?:['’]s\b)?|[^\sA-Za-z\d]")


def _tokenize(text: str) -> list[_Token]:
    return [_Token(m.group(), m.group().lower().replace("’", "'"), m.start(), m.end())
            for m in _TOKEN_RE.finditer(text)]


def _words_at(toks: list[_Token], i: int, words: tuple[str, ...]) -> bool:
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


def _phrases_at(index: dict[str, list], toks: list[_Token], i: int) -> list:
    return index.get(toks[i].low, []) if i < len(toks) else []


_FRACTIONS_BY_FIRST = _by_first_word(_FRACTIONS_LONGEST_FIRST)
_BOUNDS_BY_FIRST = _by_first_word(_BOUNDS)
_QUANTIFIERS_BY_FIRST = _by_first_word(_QUANTIFIERS)


def _is_verbish(word: str) -> bool:
    if word in _NOT_VERBS or word in _REPORTING or word in _STOP:
        return False
    return word in _IRREGULAR_VERBS or (len(word) > 4 and word.endswith(("ed", "ing")))


def _is_plural_head(word: str) -> bool:
    return word in _IRREGULAR_PLURALS or (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")))


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


def _split_decimal_at(toks: list[_Token], j: int) -> bool:
    """A glued stop and then digits after one space, inside a sentence: a decimal that a tokenizer
    pulled apart ('a beam of 14. 04 meters'; the segmenter keeps such a sentence whole)."""
    return (j + 1 < len(toks) and toks[j].low == "." and toks[j].start == toks[j - 1].end
            and toks[j + 1].start == toks[j].end + 1 and re.fullmatch(r"\d{1,3}", toks[j + 1].text) is not None
            and "." not in toks[j - 1].text)


def _read_digits(toks: list[_Token], i: int) -> _Number | None:
    tok = toks[i].text
    if ":" in tok or not _DIGITS_RE.fullmatch(tok):
        return None
    value, end = float(tok.replace(",", "")), i + 1
    if _split_decimal_at(toks, end):  # "133. 81 meters" inside one sentence: 133.81
        tok = f"{tok}.{toks[end + 1].text}"
        value, end = float(tok.replace(",", "")), end + 2
    if end < len(toks):
        scale = _SCALES.get(toks[end].low)
        adjacent = toks[end].start == toks[i].end
        if scale is None and adjacent:
            scale = _SHORT_SCALES.get(toks[end].low)
        if scale:
            decimals = len(tok.split(".")[1]) if "." in tok else 0
            half_step = scale * 10 ** -decimals / 2
            rounded = Interval(value * scale - half_step, value * scale + half_step)
            return _Number(rounded, end + 1, value * scale)
    return _Number(Interval.exactly(value), end)


def _read_number_words(toks: list[_Token], i: int) -> _Number | None:
    total, current, j, seen = 0.0, 0.0, i, False
    if toks[i].low in ("a", "an") and i + 1 < len(toks) and toks[i + 1].low in (*_SCALES, "dozen"):
        current, j = 1.0, i + 1
    while j < len(toks):
        low, prev = toks[j].low, toks[j - 1].low if j > i else ""
        if low in _UNITS or low in _TENS:
            current += _UNITS.get(low, 0) + _TENS.get(low, 0)
        elif low == "dozen" and (seen or current):
            current = (current or 1) * 12
        elif low == "hundred" and (seen or current):
            current = (current or 1) * 100
        elif low in _SCALES and (seen or current):
            total, current = total + (current or 1) * _SCALES[low], 0.0
        elif not _joins_number_words(toks, j, prev):
            break
        seen, j = True, j + 1
    if not seen:
        return None
    return _Number(Interval.exactly(total + current), j)


def _joins_number_words(toks: list[_Token], j: int, prev: str) -> bool:
    """'twenty-five', 'two hundred and fifty' — but not 'five and six'."""
    nxt = toks[j + 1].low if j + 1 < len(toks) else ""
    if nxt not in _UNITS and nxt not in _TENS:
        return False
    return (toks[j].low == "-" and prev in _TENS) or (toks[j].low == "and" and prev in _SCALES)


def _read_fraction(toks: list[_Token], i: int) -> tuple[Interval, int] | None:
    """'half', 'two thirds' ... when they take a set: 'half of the', 'half the passengers'."""
    for words, share in _phrases_at(_FRACTIONS_BY_FIRST, toks, i):
        after = i + len(words)
        if _words_at(toks, i, words) and after < len(toks) and toks[after].low in ("of", "the", "their", "its"):
            return Interval.exactly(share), after
    return None


def _read_number(toks: list[_Token], i: int) -> _Number | None:
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


def _read_bound(toks: list[_Token], i: int) -> tuple[str | None, int]:
    for words, how in _phrases_at(_BOUNDS_BY_FIRST, toks, i):
        if _words_at(toks, i, words):
            return how, i + len(words)
    return None, i


def _read_range_end(toks: list[_Token], i: int, first: Interval, between: bool) -> tuple[Interval, int]:
    """'10-15', '10 to 15', 'between 10 and 15': widen the first value to the range."""
    joiners = ("and",) if between else ("-", "–", "to")
    if i < len(toks) and toks[i].low in joiners:
        second = _read_number(toks, i + 1)
        if second and second.value.high > first.low:
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


def _head_after(toks: list[_Token], j: int) -> _Head:
    """The noun phrase a quantity counts, and a verb right after it: 'confirmed fatalities', 'drones'."""
    words: list[_Token] = []
    predicates: list[str] = []
    while j < len(toks) and len(words) < 3:
        low = toks[j].low
        if low in _STOP or not low.isalpha():
            break
        nxt = toks[j + 1].low if j + 1 < len(toks) else ""
        if _is_verbish(low) and (nxt in _STOP or not nxt.isalpha()):
            break  # a participle that ends the phrase is a predicate: "drones launched from"
        words.append(toks[j])
        j += 1
        if _is_plural_head(low):
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
    return _is_verbish(word) or (word not in _STOP and stem(word) in _SYNONYM_INDEX)


def _is_word(low: str) -> bool:
    return low.isalpha() and low not in _STOP and low not in _REPORTING


def _predicate_before(toks: list[_Token], start: int) -> list[str]:
    """'treated 35 runners'; 'will house 40 buses' (any word after a modal is a verb)."""
    if start > 0 and _is_predicate(toks[start - 1].low):
        return [toks[start - 1].low]
    if start > 1 and toks[start - 2].low in _MODALS and _is_word(toks[start - 1].low):
        return [toks[start - 1].low]
    return []


_MODALS = {"will", "would", "can", "could", "may", "might", "must", "should", "to"}


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


def _make(kind: QuantityKind, text: str, toks: list[_Token], i: int, end: int, **fields) -> Quantity:
    start, stop = toks[i].start, toks[end - 1].end
    return Quantity(kind=kind, text=text[start:stop], span=Span(start, stop), **fields)


def _read_date(text: str, toks: list[_Token], i: int) -> _Found | None:
    low = toks[i].low
    if low.removesuffix("'s") in _WEEKDAYS:
        start = i - 1 if i > 0 and toks[i - 1].low == "on" else i
        when = DatePoint(weekday=_WEEKDAYS[low.removesuffix("'s")])
        event = _possessed_event(toks, i + 1) if low.endswith("'s") else None
        return _Found(_make(QuantityKind.DATE, text, toks, start, i + 1, when=when, event=event), i + 1)
    month = _MONTHS.get(low)
    if month and toks[i].text[0].isupper() and (
            len(low) > 3 or _words_at(toks, i + 1, (".",)) or _next_is_day(toks, i + 1)):
        return _read_month_date(text, toks, i, month)
    if low.isdigit() and _next_is_month(toks, i):
        return _read_day_month(text, toks, i)
    if _YEAR_RE.fullmatch(low) and not _counts_something(toks, i + 1):
        start = i - 1 if i > 0 and toks[i - 1].low in ("in", "since", "during", "until") else i
        return _Found(_make(QuantityKind.DATE, text, toks, start, i + 1, when=DatePoint(year=int(low))), i + 1)
    return None


def _counts_something(toks: list[_Token], j: int) -> bool:
    """'2000 people' counts people; 'the 2024 election' and 'in 2024' name a year."""
    return j < len(toks) and (_is_plural_head(toks[j].low) or toks[j].low in ("%", "percent"))


def _next_is_day(toks: list[_Token], j: int) -> bool:
    return j < len(toks) and toks[j].low.isdigit() and 1 <= int(toks[j].low) <= 31


def _next_is_month(toks: list[_Token], i: int) -> bool:
    j = i + 1
    if j < len(toks) and toks[j].low in ("st", "nd", "rd", "th"):
        j += 1
    if j < len(toks) and toks[j].low == "of":
        j += 1
    return j < len(toks) and len(toks[j].low) > 2 and toks[j].low in _MONTHS and 1 <= int(toks[i].low) <= 31


def _skip(toks: list[_Token], j: int, words: tuple[str, ...]) -> int:
    while j < len(toks) and toks[j].low in words:
        j += 1
    return j


def _read_year(toks: list[_Token], j: int) -> tuple[int | None, int]:
    k = _skip(toks, j, (",",))
    if k < len(toks) and _YEAR_RE.fullmatch(toks[k].low):
        return int(toks[k].low), k + 1
    return None, j


def _read_month_date(text: str, toks: list[_Token], i: int, month: int) -> _Found:
    abbreviated = toks[i].low not in _FULL_MONTHS and _words_at(toks, i + 1, (".",))  # "Feb." but not "June."
    j, day = (i + 2 if abbreviated else i + 1), None
    if _next_is_day(toks, j):
        day, j = int(toks[j].low), _skip(toks, j + 1, ("st", "nd", "rd", "th"))
    year, j = _read_year(toks, j)
    when = DatePoint(year=year, month=month, day=day)
    return _Found(_make(QuantityKind.DATE, text, toks, i, j, when=when), j)


def _read_day_month(text: str, toks: list[_Token], i: int) -> _Found:
    day = int(toks[i].low)
    j = _skip(toks, i + 1, ("st", "nd", "rd", "th", "of"))
    month, j = _MONTHS[toks[j].low], j + 1
    year, j = _read_year(toks, j)
    return _Found(_make(QuantityKind.DATE, text, toks, i, j, when=DatePoint(year, month, day)), j)


def _possessed_event(toks: list[_Token], j: int) -> str | None:
    head = _head_after(toks, j)
    return head.words[0] if head.words else None


def _read_time(text: str, toks: list[_Token], i: int) -> _Found | None:
    low = toks[i].low
    if low in ("noon", "midday", "midnight"):
        minute = 0 if low == "midnight" else 720
        return _Found(_make(QuantityKind.TIME, text, toks, i, i + 1, when=DatePoint(minute=minute)), i + 1)
    match = _CLOCK_RE.fullmatch(low)
    if not match:
        return None
    meridiem, j = _read_meridiem(toks, i + 1)
    if meridiem is None and match.group(2) is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59 or (meridiem and hour > 12):
        return None
    hour = hour % 12 + (12 if meridiem == "pm" else 0) if meridiem else hour
    return _Found(_make(QuantityKind.TIME, text, toks, i, j, when=DatePoint(minute=hour * 60 + minute)), j)


_MERIDIEMS = [(("a", ".", "m", "."), "am"), (("p", ".", "m", "."), "pm"), (("a", ".", "m"), "am"),
              (("p", ".", "m"), "pm"), (("am",), "am"), (("pm",), "pm")]
_MERIDIEMS_BY_FIRST = _by_first_word(_MERIDIEMS)


def _read_meridiem(toks: list[_Token], j: int) -> tuple[str | None, int]:
    for words, meridiem in _phrases_at(_MERIDIEMS_BY_FIRST, toks, j):
        if _words_at(toks, j, words):
            return meridiem, j + len(words)
    return None, j


def _read_amount(text: str, toks: list[_Token], i: int) -> _Found | None:
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
    return _Found(_make(kind, text, toks, i, j, count=_apply_bound(how, value, nominal), unit=unit), j)


def _read_currency_symbol(toks: list[_Token], j: int) -> tuple[str | None, int]:
    if j < len(toks) and toks[j].low in ("us", "usd", "eur", "gbp", "uah") and j + 1 < len(toks) and toks[j + 1].low in _CURRENCY_SYMBOLS:
        j += 1
    if j < len(toks) and toks[j].text in _CURRENCY_SYMBOLS:
        return _CURRENCY_SYMBOLS[toks[j].text], j + 1
    return None, j


def _read_unit(toks: list[_Token], j: int, currency: str | None) -> tuple[QuantityKind, str | None, int]:
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


def _is_ordinal_digits(toks: list[_Token], j: int) -> bool:
    return j < len(toks) and toks[j].low in ("st", "nd", "rd", "th") and toks[j].start == toks[j - 1].end


def _is_decade(toks: list[_Token], end: int) -> bool:
    """'the 1730s', 'the 1990's': a span of years, not 1,730 of something."""
    return end < len(toks) and toks[end].low in ("s", "'s", "’s") and toks[end].start == toks[end - 1].end


def _is_one_of_a_superlative(toks: list[_Token], j: int) -> bool:
    """'one of the most massive clusters', 'one of only four': membership in a class, not a count of one."""
    if toks[j].low == "one" and _words_at(toks, j + 1, ("of", "only")):
        return True  # 'one of only four stations in the UK'
    return toks[j].low == "one" and _words_at(toks, j + 1, ("of", "the")) and j + 3 < len(toks) and (
        toks[j + 3].low in ("most", "best", "largest", "biggest", "few", "first", "last", "main", "leading")
        or toks[j + 3].low.endswith("est"))


def _is_score(toks: list[_Token], j: int, number: _Number) -> bool:
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


def _is_label_number(toks: list[_Token], j: int) -> bool:
    """'F-16', 'G7', 'Covid-19', 'Resolution 242': digits that name something rather than count it."""
    if not toks[j].text[0].isdigit() or j == 0:
        return False
    prev = toks[j - 1]
    glued = prev.end == toks[j].start and (prev.low.isalpha() or (
        prev.low == "-" and j > 1 and toks[j - 2].end == prev.start and toks[j - 2].low.isalpha()))
    return glued or prev.low in _NOT_A_COUNT_AFTER


def _read_quantifier(text: str, toks: list[_Token], i: int) -> _Found | None:
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


def _takes_a_set(toks: list[_Token], i: int, end: int) -> bool:
    """'all ten drones', 'most of the staff' — not 'at all', 'the most powerful', 'after all.',
    'no way', 'all the way', 'no longer', 'it all gave way'."""
    if toks[i].low == "most" and i > 0 and toks[i - 1].low in ("the", "a"):
        return False
    if i > 0 and toks[i - 1].low in _QUANTIFIED_PRONOUNS:
        return False  # a floating quantifier counts the pronoun before it, not the word after
    head = _skip(toks, end, ("the",))
    if head < len(toks) and toks[head].low in _IDIOM_HEADS:
        return False
    if end - i > 1 and toks[end - 1].low in ("one", "majority", "minority"):
        return True
    nxt = toks[end].low if end < len(toks) else ""
    return nxt in ("of", "out") or nxt in _DETERMINERS or nxt[:1].isdigit() or nxt in _UNITS or nxt in _TENS or (
        nxt.isalpha() and nxt not in _STOP)


def _read_ordinal(text: str, toks: list[_Token], i: int) -> _Found | None:
    low = toks[i].low
    value = _ORDINALS.get(low)
    if value is None and low.isdigit() and i + 1 < len(toks) and toks[i + 1].low in ("st", "nd", "rd", "th"):
        if toks[i + 1].start == toks[i].end:
            return _Found(_make(QuantityKind.ORDINAL, text, toks, i, i + 2, count=Interval.exactly(int(low))), i + 2)
    if value is None or i == 0 or toks[i - 1].low not in _DETERMINERS:
        return None
    return _Found(_make(QuantityKind.ORDINAL, text, toks, i, i + 1, count=Interval.exactly(value)), i + 1)


_READERS = (_read_date, _read_time, _read_amount, _read_quantifier, _read_ordinal)

_MINUTES_IN = {"second": 1 / 60, "minute": 1, "hour": 60, "day": 1440, "week": 10080, "month": 43830,
               "year": 525960}
_DURATION_UNITS = {**{w: m for w, m in _MINUTES_IN.items()}, **{w + "s": m for w, m in _MINUTES_IN.items()},
                   "mins": 1, "min": 1, "hrs": 60, "hr": 60, "secs": 1 / 60, "sec": 1 / 60}


def _read_duration(text: str, toks: list[_Token], q: Quantity, end: int) -> tuple[Quantity, int] | None:
    """'2 hours 21 minutes', 'three days': one length of time in minutes, not two counts.

    A duration belongs to its subject ("the race was won in ...", "last year's winner finished
    in ..."), so it counts the subject's time rather than "minutes".
    """
    if q.kind is not QuantityKind.COUNT or q.unit or end >= len(toks) or toks[end].low not in _DURATION_UNITS:
        return None
    scale, count, j = _DURATION_UNITS[toks[end].low], q.count, end + 1
    count = count.scaled(scale)
    k = _skip(toks, j, (",", "and"))
    part = _read_number(toks, k) if k < len(toks) and toks[k].text[0].isdigit() else None
    if part and part.end < len(toks) and _DURATION_UNITS.get(toks[part.end].low, INF) < scale:
        extra = part.value.low * _DURATION_UNITS[toks[part.end].low]
        count, j = Interval(count.low + extra, count.high + extra, count.low_open, count.high_open), part.end + 1
    stop = toks[j - 1].end
    subject = _claim_subject(toks)
    q = replace(q, text=text[q.span.start:stop], span=Span(q.span.start, stop), count=count, unit="minutes",
                referent=f"time of {subject}" if subject else "time", referent_text="")
    return q, j


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


def _measured_thing(toks: list[_Token], q: Quantity) -> Quantity:
    """'a 135-foot (41 m) roller coaster' and 'a 98-foot (30 m) loop' both count metres, but of two
    things: a measurement is keyed by its dimension, unit and the claim's subject ('length in m of
    talon'), and without a subject it is compared with nothing."""
    words = q.referent_text.lower().split()
    while words and words[0] in _MEASURES and _MEASURES[words[0]] is None:
        words = words[1:]
    dimension = _MEASURES.get(words[0]) if words else None
    if dimension is None:
        return q
    subject = _claim_subject(toks)
    unit = _UNIT_SPELLINGS.get(words[0], words[0])  # 37 km and 231 ft are not compared: no conversions
    return replace(q, referent=f"{dimension} in {unit} of {subject}" if subject else None, predicates=frozenset())


def _claim_subject(toks: list[_Token]) -> str | None:
    """The noun before the claim's first verb: 'race' in "The women's race was won ..."."""
    run: list[str] = []
    for tok in toks:
        if tok.low in _AUXILIARIES or _is_verbish(tok.low):
            if run:
                return _group(run[-1])
        if tok.low.isalpha() and tok.low not in _STOP and not _is_verbish(tok.low):
            run.append(tok.low.removesuffix("'s"))
        else:
            run = []
    return None

# Every word some reader can start on; any other word (most of a text) is skipped without trying
# the readers. Tokens that start with a digit are always tried.
_START_WORDS = frozenset(
    [*_WEEKDAYS, *(f"{day}'s" for day in _WEEKDAYS), *_MONTHS, "noon", "midday", "midnight",
     *_BOUNDS_BY_FIRST, "between", *_CURRENCY_SYMBOLS, "us", "usd", "eur", "gbp", "uah",
     *_FRACTIONS_BY_FIRST, *_UNITS, *_TENS, "a", "an", *_VAGUE_PLURALS, *_QUANTIFIERS_BY_FIRST,
     *_ORDINALS])


def _may_start_quantity(tok: _Token) -> bool:
    return tok.low in _START_WORDS or tok.text[0].isdigit()


# ---------------------------------------------------------------------------------------------
# Extraction
# ---------------------------------------------------------------------------------------------


def _with_set(text: str, toks: list[_Token], q: Quantity, j: int) -> tuple[Quantity, int]:
    """Read 'of the 40 staff' / 'ten' after a quantifier or 'N of the M': the size of the set."""
    k = j
    if k < len(toks) and toks[k].low in ("of", "out"):
        k = _skip(toks, k, ("of", "out"))
        k = _skip(toks, k, tuple(_DETERMINERS))
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


def _direction(toks: list[_Token], start: int, end: int) -> tuple[str | None, int]:
    """'rose 4%', 'fell by 4%', 'a 4% rise': the direction and where the verb starts."""
    k = start - 1
    if k >= 0 and toks[k].low == "by":
        k -= 1
    for way, verbs in _DIRECTION_VERBS.items():
        if k >= 0 and toks[k].low in verbs:
            return way, k
        if end < len(toks) and toks[end].low in _DIRECTION_NOUNS[way]:
            return way, start
    return None, start


def _subject_before(toks: list[_Token], k: int, end: int) -> _Head:
    """The word a change is about: 'sales' in 'Sales rose 4%', 'toll' in 'the toll rose to five'."""
    k -= 1
    while k >= 0 and (toks[k].low in _AUXILIARIES or toks[k].low.endswith("ly")):
        k -= 1
    if k >= 0 and toks[k].low.isalpha() and toks[k].low not in _STOP:
        return _Head([toks[k].low.removesuffix("'s")], toks[k].text, [], end)
    return _Head([], "", [], end)


def _describe_referent(text: str, toks: list[_Token], q: Quantity, first: int, end: int) -> tuple[Quantity, int]:
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
        verb = next((k for k in range(first - 1, max(first - 24, -1), -1) if _is_event_verb(toks, k)), None)
        key, verbs = "age", frozenset({_group(toks[verb].low)} if verb is not None else ())
    additional = first > 0 and toks[first - 1].low in _ADDITIVE
    return replace(q, referent=key, referent_text=head.text, predicates=verbs, direction=way,
                   additional=additional), head.end


_ADDITIVE = {"another", "further", "additional", "extra"}


def _is_age(toks: list[_Token], first: int) -> bool:
    """'died at the age of 58', 'aged 60': a person's age at the verb of the clause."""
    return (first > 1 and toks[first - 1].low == "of" and toks[first - 2].low == "age") or (
        first > 0 and toks[first - 1].low == "aged")


_COPULAS = {"was", "is", "were", "are", "at", "reached", "totalled", "totaled", "numbered"}


def _is_level_change(toks: list[_Token], first: int) -> bool:
    verbs = _DIRECTION_VERBS["up"] + _DIRECTION_VERBS["down"]
    return first > 1 and toks[first - 1].low == "to" and toks[first - 2].low in verbs


def _nearest(starts: list[int], position: int) -> int | None:
    """Index of the sorted start closest to ``position`` (linear time would be quadratic on long texts)."""
    if not starts:
        return None
    k = bisect.bisect_left(starts, position)
    candidates = [c for c in (k - 1, k) if 0 <= c < len(starts)]
    return min(candidates, key=lambda c: abs(starts[c] - position))


def _date_event(events: list[_Token], q: Quantity) -> Quantity:
    """The singular occasion a date belongs to ('the vote on Tuesday'); none for repeatable things."""
    if q.event is not None or q.when is None or set(q.when.fields()) == {"year"} and not q.text.lower().startswith("in"):
        return q
    nearest = _nearest([t.start for t in events], q.span.start)
    return q if nearest is None else replace(q, event=events[nearest].low)


_BETWEEN_REPORT_AND_DATE = frozenset({"on", "late", "early", "reporters", "journalists", "in", "a", "statement",
                                      "interview", "news", "conference", "briefing"})


def _dates_a_statement(toks: list[_Token], q: Quantity) -> bool:
    """'the owner said Monday', 'told reporters on Tuesday': the date of the telling, not of the
    fire or vote the sentence reports, so it must not date that event."""
    k = _date_start(toks, q, 0)
    if k is None:
        return False
    k -= 1
    for _ in range(5):
        if k < 0 or toks[k].low not in _BETWEEN_REPORT_AND_DATE:
            break
        k -= 1
    return k >= 0 and toks[k].low in _REPORTING


def _separated(toks: list[_Token], event: _Token, q: Quantity) -> bool:
    """A comma and a verb between an event noun and a date: 'a shooting in the city, Rawlings left
    office in 2019' dates the leaving, not the shooting."""
    low, high = (event.end, q.span.start) if event.start < q.span.start else (q.span.end, event.start)
    between = [k for k, t in enumerate(toks) if low <= t.start < high]
    clause_break = any(toks[k].low == "," and k + 1 < len(toks) and toks[k + 1].low not in ("which", "that", "who")
                       for k in between)  # ', which broke out on Monday' still tells of the fire
    return clause_break and any(_is_event_verb(toks, k) for k in between)


def _event_nouns(toks: list[_Token]) -> list[_Token]:
    return [t for t in toks if stem(t.low) in _EVENTS and not _is_plural_head(t.low) and not _is_verbish(t.low)]


def _scan(text: str, toks: list[_Token]) -> list[Quantity]:
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


def _period(text: str, q: Quantity) -> str | None:
    """The other time an amount is about, normalised ('last year' for "Last year's"), else None.

    Only a marker in the amount's own part of the sentence counts: in "The league had seven teams,
    with Feldkirch defending their title from the previous season" the seven teams are this season's.
    """
    match = _PERIOD_MARKERS.search(text)
    if match is None:
        return None
    low, high = sorted((match.start(), q.span.start))
    if "," in text[low:high] or ";" in text[low:high]:
        return None
    words = match.group().lower().replace("’", "'").removesuffix("'s").split()
    return " ".join(words[1:] if words[0] in ("in", "since", "during") else words)


_AGAINST_VOTES = "votes against"
_VOTE_WORDS = frozenset({"voting", "voted", "vote", "votes"})


def _votes_against(text: str, toks: list[_Token], found: list[Quantity]) -> list[Quantity]:
    """'approved unanimously' is zero votes against; 'two councillors voting against' is two.

    Their predicates are the claim's other content words, so that two counts of votes against meet
    only when the claims share what was voted on ('the plan'), not any two votes of one council.
    """
    if not any(t.low in ("against", "unanimous", "unanimously") for t in toks):
        return found
    topic = frozenset(stem(t.low) for t in toks if t.low.isalpha() and len(t.low) > 2 and t.low not in _STOP
                      and t.low not in _VOTE_WORDS and t.low not in ("against", "unanimous", "unanimously"))
    result = []
    for q in found:
        k = next((n for n, t in enumerate(toks) if t.start >= q.span.end), len(toks))
        window = [t.low for t in toks[k: k + 4]]
        against = any(w in _VOTE_WORDS and nxt == "against" for w, nxt in zip(window, window[1:]))
        if against and q.kind is QuantityKind.COUNT:
            q = replace(q, referent=_AGAINST_VOTES, referent_text="votes against", predicates=topic)
        result.append(q)
    for t in toks:
        if t.low in ("unanimous", "unanimously"):
            result.append(Quantity(kind=QuantityKind.QUANTIFIER, text=t.text, span=Span(t.start, t.end),
                                   count=Interval.exactly(0), referent=_AGAINST_VOTES, referent_text="votes against",
                                   predicates=topic))
    return sorted(result, key=lambda q: q.span.start)


def extract_quantities(text: str, offset: int = 0) -> tuple[Quantity, ...]:
    """Every amount, share, date and time in ``text``, with spans shifted by ``offset``.

    Claims call this with their own text and ``offset=claim.span.start`` so that spans are
    document offsets.
    """
    toks = _tokenize(text)
    found = _votes_against(text, toks, _scan(text, toks))
    dates = [q for q in found if _is_date(q)]
    date_starts = [d.span.start for d in dates]
    events = _event_nouns(toks) if dates else []
    change = bool(_CHANGE_MARKERS.search(text))
    result = []
    for q in found:
        if _is_date(q) and not _dates_a_statement(toks, q):
            q = _date_event([e for e in events if not _separated(toks, e, q)], q)
        else:
            nearest = _nearest(date_starts, q.span.start)
            when = None if nearest is None else dates[nearest].when
            q = replace(q, when=when, change_over_time=change, period=_period(text, q))
        result.append(replace(q, span=Span(q.span.start + offset, q.span.end + offset)))
    return tuple(result)


# ---------------------------------------------------------------------------------------------
# Comparison
# ---------------------------------------------------------------------------------------------


def _fmt(value: float, unit: str | None = None) -> str:
    if value == INF:
        return "any number"
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")
    if unit == "%":
        return f"{number}%"
    return f"{number} {unit}" if unit else number


def _describe_share(share: Interval) -> str:
    if share.is_point:
        return {1.0: "all", 0.0: "none"}.get(share.low, f"{share.low:.0%}")
    if share == _NOT_ALL:
        return "more than half but not all"
    if share.low == 0 and share.high == 1:
        return "at least one"
    return f"between {share.low:.0%} and {share.high:.0%}"


def _unrelated(reason: str, same: bool = False, kind: Kind = Kind.NUMERIC) -> Comparison:
    return Comparison(Outcome.UNRELATED, reason, kind, same_referent=same)


def _same_referent(a: Quantity, b: Quantity) -> bool:
    """Same thing counted, and the same subset of it: 'treated 35 runners' and 'four runners were
    taken to hospital' count different groups of runners, so counts conflict only when their verbs
    match or neither has one."""
    if a.referent is None or a.referent != b.referent:
        return False
    if a.predicates or b.predicates:
        return bool(a.predicates & b.predicates)
    return True


def _is_date(q: Quantity) -> bool:
    return q.kind in (QuantityKind.DATE, QuantityKind.TIME)


def _compare_dates(a: Quantity, b: Quantity) -> Comparison:
    if a.event is None or b.event is None or stem(a.event) != stem(b.event):
        return _unrelated("the dates belong to different events", kind=Kind.DATE)
    part = a.when.differs_from(b.when) if a.when and b.when else None
    if part:
        noun = "time" if part == "minute" else part
        reason = f"'{a.text}' and '{b.text}' give a different {noun} for the {a.event}"
        return Comparison(Outcome.CONFLICTING, reason, Kind.DATE, same_referent=True)
    return Comparison(Outcome.COMPATIBLE, f"'{a.text}' and '{b.text}' agree on the {a.event}", Kind.DATE, True)


def _compare_changes(a: Quantity, b: Quantity, what: str) -> Comparison:
    if a.direction is None or b.direction is None:
        return _unrelated("one states a change, the other a level", same=True)
    if a.direction != b.direction:
        reason = f"'{a.text}' and '{b.text}' say {what or 'it'} moved in opposite directions"
        return Comparison(Outcome.CONFLICTING, reason, Kind.NUMERIC, True)
    return _compare_amounts(a, b, what, Kind.NUMERIC)


def _compare_shares(a: Quantity, b: Quantity, what: str) -> Comparison | None:
    if a.proportion is None or b.proportion is None or a.proportion.overlaps(b.proportion):
        return None
    for x, y in ((a, b), (b, a)):
        if x.proportion == _NOT_ALL and y.proportion.is_point and y.proportion.low == 1:
            reason = f"'{x.text}' implies not all, but the other claim says '{y.phrase}'"
            return Comparison(Outcome.CONFLICTING, reason, Kind.QUANTIFIER, True)
    reason = (f"'{a.text}' means {_describe_share(a.proportion)} of the {what or 'set'}, "
              f"but '{b.text}' means {_describe_share(b.proportion)}")
    return Comparison(Outcome.CONFLICTING, reason, Kind.QUANTIFIER, True)


def _compare_amounts(a: Quantity, b: Quantity, what: str, kind: Kind) -> Comparison:
    if a.count is None or b.count is None or a.count.overlaps(b.count):
        return Comparison(Outcome.COMPATIBLE, f"'{a.phrase}' and '{b.phrase}' can both be true", kind, True)
    amount = "no" if a.count == Interval.exactly(0) and what else a.count.describe(a.unit)  # 'unanimously'
    reason = (f"'{a.text}' means {amount} {what}".rstrip() + ", "
              f"but the other claim says '{b.text}' ({b.count.describe(b.unit)})")
    return Comparison(Outcome.CONFLICTING, reason, kind, True)


def _units_match(a: Quantity, b: Quantity) -> bool:
    if a.proportion is not None and b.proportion is not None:
        return True
    return a.unit == b.unit


def compare(a: Quantity, b: Quantity) -> Comparison:
    """Can both quantities be true? Compatible, conflicting, or unrelated, with the reason in words."""
    if _is_date(a) or _is_date(b):
        if _is_date(a) and _is_date(b):
            return _compare_dates(a, b)
        return _unrelated("a date and an amount cannot be compared")
    if QuantityKind.ORDINAL in (a.kind, b.kind):
        return _unrelated("ordinals name positions, not amounts")
    if not _same_referent(a, b):
        return _unrelated(f"they count different things ({a.referent or 'unknown'} vs {b.referent or 'unknown'})")
    what = a.referent_text or b.referent_text
    if not _units_match(a, b):
        return _unrelated(f"'{a.text}' and '{b.text}' are in different units", same=True)
    if a.when and b.when and a.when.differs_from(b.when):
        return _unrelated(f"'{a.text}' and '{b.text}' are about different times", same=True)
    if a.additional or b.additional:
        more = a if a.additional else b
        return _unrelated(f"'{more.phrase}' counts more on top of the other figure", same=True)
    if not _same_period(a, b) and a.referent != "age":  # an age belongs to its event, whatever the year
        other = a.period or b.period
        return _unrelated(f"one figure is about another time ('{other}'), so both can be right", same=True)
    if a.change_over_time or b.change_over_time:
        return _unrelated("one claim reports a change over time, so both figures can be right", same=True)
    if a.direction or b.direction:
        return _compare_changes(a, b, what)
    kind = Kind.QUANTIFIER if QuantityKind.QUANTIFIER in (a.kind, b.kind) else Kind.NUMERIC
    return _compare_shares(a, b, what) or _compare_amounts(a, b, what, kind)


def _same_period(a: Quantity, b: Quantity) -> bool:
    """'in 1941' names the same year as a claim dated 'October 31, 1941'."""
    if a.period == b.period:
        return True
    for x, y in ((a, b), (b, a)):
        if x.period and x.period.isdigit() and y.period is None and y.when and y.when.year == int(x.period):
            return True
    return False


def _in_context(c: Comparison, qa: Quantity, qb: Quantity, a: Claim, b: Claim) -> Comparison:
    """A conflict does not count when a claim is hedged or denies the amount it states."""
    if c.outcome is not Outcome.CONFLICTING:
        return c
    if a.hedged or b.hedged:
        return replace(c, outcome=Outcome.UNRELATED, reason=f"{c.reason}; but one claim is hedged")
    for claim, q in ((a, qa), (b, qb)):
        zero = q.kind is QuantityKind.QUANTIFIER and q.proportion == Interval.exactly(0)
        if claim.polarity is Polarity.NEGATIVE and not zero:
            return replace(c, outcome=Outcome.UNRELATED, reason=f"{c.reason}; but one claim is negated")
    return c


_OUTCOME_ORDER = {Outcome.CONFLICTING: 0, Outcome.COMPATIBLE: 1, Outcome.UNRELATED: 2}


def compare_claims(a: Claim, b: Claim) -> list[RuleResult]:
    """Quantity rule results for every pair of quantities about the same thing, conflicts first."""
    results = {}
    for qa, qb, c in _quantity_comparisons(a, b) + _event_comparisons(a, b):
        c = _in_context(c, qa, qb, a, b)
        order = (_OUTCOME_ORDER[c.outcome], qa.span, qb.span)
        result = RuleResult("quantity", c.outcome.value, c.kind, c.reason, qa.span, qb.span)
        results[qa.span, qb.span] = min(results.get((qa.span, qb.span), (order, result)), (order, result),
                                        key=lambda e: e[0])
    return [r for _, r in sorted(results.values(), key=lambda e: e[0])]


def _quantity_comparisons(a: Claim, b: Claim) -> list[tuple[Quantity, Quantity, Comparison]]:
    pairs = ((qa, qb, compare(qa, qb)) for qa in a.quantities for qb in b.quantities)
    return [(qa, qb, c) for qa, qb, c in pairs if c.same_referent]


def _event_comparisons(a: Claim, b: Claim) -> list[tuple[Quantity, Quantity, Comparison]]:
    """Dates that belong to one happening told twice ('built in 1847' / 'built in 1885')."""
    found = []
    for ea in dated_events(a):
        for eb in dated_events(b):
            if _same_happening(ea, eb):
                found.append((ea.date, eb.date, _compare_events(ea, eb, a, b)))
    return found


# ---------------------------------------------------------------------------------------------
# Events: one happening on two dates ("built in 1847" / "built in 1885")
# ---------------------------------------------------------------------------------------------
# A date in a claim most often belongs to the claim's verb ("the river peaked on Saturday"), not
# to an event noun. Two claims that put the same verb on the same participants at different dates
# say one thing happened at two times. The rule stays quiet where a second happening is plausible:
# other participants ("became squadron leader" / "became commander"), a plural patient (arrests are
# made on many days), a date that bounds a period ("since", "until", "from ... to"), an update.

_IRREGULAR_BASES = {
    "heard": "hear", "wrote": "write", "written": "write", "led": "lead",
    "built": "build", "sold": "sell", "bought": "buy", "purchased": "buy", "acquired": "buy",
    "born": "born", "became": "become", "began": "begin", "begun": "begin", "broke": "break",
    "broken": "break", "tore": "tear", "torn": "tear", "made": "make", "won": "win", "held": "hold",
    "took": "take", "taken": "take", "gave": "give", "given": "give", "went": "go", "gone": "go",
    "came": "come", "hit": "hit", "struck": "strike", "swept": "sweep", "left": "leave", "met": "meet",
    "died": "die", "wrote": "write", "written": "write", "rose": "rise", "risen": "rise",
    "fell": "fall", "fallen": "fall", "shut": "shut", "set": "set", "led": "lead", "ran": "run",
    "spent": "spend", "sent": "send", "found": "find", "founded": "found",
}
_BE = {"was", "were", "is", "are", "be", "been", "being"}
_VERB_LEAD_INS = {"will", "would", "to", "did", "does", "do", "can", "could", "should", "must", "shall"}
_SKIPPED_BEFORE_VERB = _BE | _VERB_LEAD_INS | {"has", "have", "had", "not", "also", "due", "later",
                                              "first", "finally", "eventually", "then", "when"}
_PRONOUNS = {"it", "he", "she", "they"}
_QUOTES = {'"', "“", "”", "'", "‘"}
# Verbs of things people do again and again: two dates for them are two occasions.
_REPEATABLE = frozenset(stem(w) for w in (
    "elect win visit meet play perform attend direct publish release write score travel return tour "
    "speak appear compete star serve").split()) | {"win", "meet", "write"}
_PARTICLES = {"out", "up", "down", "off", "through", "over"}
# A date after these words bounds a period or a deadline rather than dating the event itself.
_BOUNDARY_WORDS = {"since", "until", "till", "from", "to", "by", "before", "after", "between", "and",
                   "through", "throughout", "than"}
_DATE_UPDATES = re.compile(
    r"\b(?:initially|originally|previously|first\s+(?:scheduled|planned|set|due)|postponed|delayed|"
    r"rescheduled|brought\s+forward|pushed\s+back|put\s+back|moved\s+(?:to|from|back|forward)|"
    r"instead|revised|now\s+(?:due|expected|set|scheduled|planned))\b", re.I)
_PERSON_WORDS = set("wife husband son daughter father mother brother sister child children man woman "
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
    bound: str | None = None  # 'until' or 'since' when the date ends or starts a period
    complement: frozenset[str] = frozenset()  # 'promoted to the rank of Major': {'rank', 'major'}


def _verb_base(low: str) -> str:
    return _IRREGULAR_BASES.get(low) or stem(low)


def _is_event_verb(toks: list[_Token], i: int) -> bool:
    """'peaked', 'built', 'will close', 'the plant closes' — a verb that can carry a date."""
    low = toks[i].low
    if not low.isalpha() or low in _STOP or low in _NOT_VERBS or low in _REPORTING:
        return False
    if low in _IRREGULAR_BASES or (len(low) > 4 and low.endswith("ed")):
        return True
    j = i - 1
    while j >= 0 and toks[j].low.endswith("ly") and toks[j].low.isalpha():
        j -= 1
    if j >= 0 and toks[j].low in _VERB_LEAD_INS:
        return True
    # present tense after a determiner + noun: "when the plant closes in June"
    return (low.endswith("s") and not low.endswith("ss") and i >= 2 and toks[i - 2].low in _DETERMINERS
            and toks[i - 1].low.isalpha() and toks[i - 1].low not in _STOP)


def _participant(word: str) -> str:
    word = word.removesuffix("'s")
    if word.endswith("works"):
        return "facility"
    return _PARTICIPANT_INDEX.get(word, word)


def _subject_of(toks: list[_Token], verb: int, shared: bool = True) -> tuple[str | None, str]:
    """The head noun before the verb, skipping auxiliaries and a ', which ... ,' aside.

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
        elif low == ",":
            opening = next((j for j in range(k - 1, -1, -1) if toks[j].low == ","), None)
            if opening is None or toks[opening + 1].low not in ("which", "who"):
                return None, ""
            k = opening - 1
        else:
            break
    if k < 0:
        return None, ""
    k = _of_phrase_head(toks, _name_head(toks, k))
    low = toks[k].low
    if low in _PRONOUNS or (low.isalpha() and low not in _STOP):
        return low.removesuffix("'s"), toks[k].text
    return None, ""


_PART_NOUNS = frozenset("number lot lots group couple rest majority minority most some many all none one "
                        "each part half dozens hundreds thousands millions".split())


def _of_phrase_head(toks: list[_Token], k: int) -> int:
    """'Descendants of the owner occupied ...': the head of an of-phrase is the noun before 'of'
    (names are left to ``_name_head``; 'a number of people' is about the people)."""
    j = k - 1
    while j >= 0 and toks[j].low in _DETERMINERS:
        j -= 1
    if j < 1 or toks[j].low != "of" or toks[k].text[:1].isupper():
        return k
    noun = toks[j - 1]
    if noun.low.isalpha() and noun.low not in _STOP and noun.low not in _PART_NOUNS \
            and (j == 1 or not noun.text[:1].isupper()):
        return j - 1
    return k


def _leading_subject(toks: list[_Token], limit: int) -> tuple[str | None, str]:
    """The subject of the first verb before ``limit``, if that verb comes first in its clause."""
    first_verb = next((j for j in range(limit) if toks[j].low in _BE | {"has", "have", "had"}
                       or _is_event_verb(toks, j)), None)
    if first_verb is None or any(toks[j].low in (",", ";") for j in range(first_verb)):
        return None, ""
    return _subject_of(toks, first_verb, shared=False)


def _name_head(toks: list[_Token], k: int) -> int:
    """The word a name is about when the name ends in another: 'Prince Albert of Saxe-Altenburg' is
    Albert, 'the show Ke Apon Ke Por' is the show."""
    j = k
    while j > 0 and (toks[j].text[:1].isupper() or toks[j].low == "-"):
        j -= 1
    if j == k or toks[j].text[:1].isupper():
        return k
    if toks[j].low == "of" and j > 0 and toks[j - 1].text[:1].isupper():
        return j - 1
    if toks[j].low.isalpha() and toks[j].low not in _STOP and j > 0 and toks[j - 1].low in _DETERMINERS:
        return j
    return k


def _noun_phrase_head(toks: list[_Token], j: int, stop: int) -> str | None:
    """Last word of the noun phrase at j: 'the Thompson family' -> 'family', 'William G. Ponder' -> 'ponder'."""
    head = None
    while j < stop:
        low = toks[j].low
        if low in _DETERMINERS or low == "." or (low == "-" and head) or (not head and _is_number_word(low)):
            j += 1
            continue
        if low in _QUOTES and j + 1 < stop and toks[j + 1].text[:1].isupper():
            j += 1  # a title after its noun names the thing: 'the film "Game Night"'
            continue
        if not low.isalpha() or low in _STOP or low in _BOUNDARY_WORDS or low in _MONTHS or low in _WEEKDAYS:
            break
        head, j = low.removesuffix("'s"), j + 1
    return head


def _is_number_word(low: str) -> bool:
    return low[:1].isdigit() or low in _UNITS or low in _TENS or low in _SCALES or low == ","


def _agent_after(toks: list[_Token], verb: int) -> str | None:
    end = next((j for j in range(verb + 1, len(toks)) if toks[j].low in (",", ";")), len(toks))
    for j in range(verb + 1, end):
        if toks[j].low == "by":
            return _noun_phrase_head(toks, j + 1, end)
    return None


def _is_passive(toks: list[_Token], verb: int) -> bool:
    j = verb - 1
    while j >= 0 and toks[j].low.endswith("ly") and toks[j].low.isalpha():
        j -= 1
    participle = toks[verb].low.endswith("ed") or toks[verb].low in _IRREGULAR_BASES
    return participle and j >= 0 and toks[j].low in _BE


def _verb_before(toks: list[_Token], first: int) -> int | None:
    """The verb a date belongs to: the nearest one to its left in the clause, or the first one
    after a fronted date ('In 1959, the family sold ...')."""
    k = _before_appositive(toks, first)
    for k in range(k - 1, max(k - _VERB_REACH, -1), -1):
        if toks[k].low in (",", ";", "which", "who", "that"):
            break
        if toks[k].low in ("since", "until", "till", "between") or toks[k].low == "from" and k == first - 1:
            return None  # 'the first since Inoue in 2001', 'from 2011': the date belongs to another part
        if toks[k].low in _REPORTING:
            return None  # 'died in a fire, the owner said Monday': the date of the telling
        if _is_event_verb(toks, k) or _is_timed_gerund(toks, k):
            return k
    else:
        k = first
    fronted = all(t.low in ("in", "on", "the", "year") for t in toks[:first])
    if fronted:
        return next((j for j in range(first, min(first + 12, len(toks))) if _is_event_verb(toks, j)), None)
    return None


_APPOSITIVE_STARTS = frozenset({"the", "a", "an", "his", "her", "its", "their"})
# How far left of a date its verb may stand: 'was named as one of the most influential people in
# the entertainment industry in the year 2018' puts 11 words between them.
_VERB_REACH = 14
_GERUND_LEAD_INS = frozenset({"before", "after", "upon"})


def _is_timed_gerund(toks: list[_Token], i: int) -> bool:
    """'before retiring in 2020': the gerund is the dated happening, done by the claim's subject."""
    low = toks[i].low
    return (i > 0 and toks[i - 1].low in _GERUND_LEAD_INS and low.endswith("ing") and len(low) > 5
            and low.isalpha() and low not in _NOT_VERBS)


def _before_appositive(toks: list[_Token], first: int) -> int:
    """'joined the Luftwaffe, the air arm of the Wehrmacht, in 1933': a date right after a
    comma-closed aside belongs to the verb before the aside; return where that aside starts."""
    if first < 1 or toks[first - 1].low != ",":
        return first
    opening = next((j for j in range(first - 2, max(first - 14, -1), -1) if toks[j].low in (",", ";")), None)
    if opening is None or toks[opening].low != "," or toks[opening + 1].low not in _APPOSITIVE_STARTS:
        return first
    if any(_is_event_verb(toks, j) for j in range(opening + 1, first - 1)):
        return first
    return opening


def _names_a_thing(toks: list[_Token], q: Quantity, offset: int) -> bool:
    """'the 2003 Asian Games', 'the 2011 film', 'the 1990s', 'the 1990-91 season': a year that names
    or spans, not dates."""
    end = q.span.end - offset
    k = next((k for k, t in enumerate(toks) if t.start >= end), None)
    if k is None:
        return False
    after, only_year = toks[k], set(q.when.fields()) == {"year"}
    season = only_year and after.low in ("-", "–") and k + 1 < len(toks) and toks[k + 1].low.isdigit()
    return season or after.low == "s" and after.start == end or (
        only_year and after.low.isalpha() and after.low not in _STOP)


def _date_start(toks: list[_Token], q: Quantity, offset: int) -> int | None:
    start = q.span.start - offset
    return next((i for i, t in enumerate(toks) if t.start >= start), None)


def dated_events(claim: Claim) -> tuple[DatedEvent, ...]:
    """Each date of a claim that belongs to a verb, with the verb's participants.

    Pairing can index claims by ``DatedEvent.verb`` to bring claims about one event together.
    """
    dates = [q for q in claim.quantities if q.kind is QuantityKind.DATE]
    if not dates:
        return ()
    toks = _tokenize(claim.text)
    events = []
    for q in dates:
        first = _date_start(toks, q, claim.span.start)
        if first is None or _names_a_thing(toks, q, claim.span.start):
            continue
        bound = toks[first].low if toks[first].low in _PERIOD_BOUNDS else None
        while first > 0 and toks[first - 1].low in ("in", "on", "the", "year", "month", "of"):
            first -= 1
        if first > 0 and toks[first - 1].low in _BOUNDARY_WORDS:
            continue
        verb = _verb_before(toks, first)
        if verb is not None and not _dates_a_change(toks, verb, first):
            when_text = claim.text[toks[first].start:q.span.end - claim.span.start].rstrip(".")
            event = _event_at(toks, verb, q)
            events.append(replace(event, when_text=when_text, bound=bound,
                                  complement=_complement(toks, verb, first)))
    return tuple(events)


# 'occupied the house until 1968' / 'until 1969': one end of one period, told twice
_PERIOD_BOUNDS = ("since", "until")
_COMPLEMENT_STARTS = ("to", "as")


def _complement(toks: list[_Token], verb: int, first: int) -> frozenset[str]:
    """Content words of a 'to'/'as' phrase right after the verb: 'promoted to the rank of Major'
    and 'promoted to the rank of Generalleutnant' are two promotions, not one on two dates."""
    j = verb + 1
    if j >= first or toks[j].low not in _COMPLEMENT_STARTS:
        return frozenset()
    end = next((k for k in range(j, first) if toks[k].low in (",", ";")), first)
    return frozenset(t.low for t in toks[j + 1:end] if t.low.isalpha() and t.low not in _STOP)


_CHANGE_VERBS = frozenset(_DIRECTION_VERBS["up"] + _DIRECTION_VERBS["down"])


def _dates_a_change(toks: list[_Token], verb: int, first: int) -> bool:
    """'fell 12 percent in 2022': the date is the period of an amount, which recurs every year."""
    return toks[verb].low in _CHANGE_VERBS or any(t.low[:1].isdigit() for t in toks[verb + 1:first])


def _event_at(toks: list[_Token], verb: int, q: Quantity) -> DatedEvent:
    subject, subject_text = _subject_of(toks, verb)
    stop = next((j for j in range(verb + 1, len(toks)) if toks[j].low in (",", ";")), len(toks))
    after = verb + 1 + (verb + 1 < len(toks) and toks[verb + 1].low in _PARTICLES)
    if _is_passive(toks, verb):
        agent, patient = _agent_after(toks, verb), subject
    else:
        agent, patient = subject, _noun_phrase_head(toks, after, stop)
    return DatedEvent(_verb_base(toks[verb].low), _verb_words(toks, verb), q, agent, patient, subject_text)


def _verb_words(toks: list[_Token], verb: int) -> str:
    """The verb with its auxiliaries, as the claim says it: 'was built', 'will close'."""
    k = verb
    while k > 0 and toks[k - 1].low in (_BE | _VERB_LEAD_INS | {"has", "have", "had"}):
        k -= 1
    return " ".join(t.text for t in toks[k:verb + 1])


def _same_participant(x: str, y: str) -> bool:
    """'it' stands for a thing, 'he'/'she' for a named person; other heads meet by synonym."""
    if x in _PRONOUNS or y in _PRONOUNS:
        pronoun, other = (x, y) if x in _PRONOUNS else (y, x)
        if other == pronoun:
            return True
        if pronoun == "it":
            return other not in _PRONOUNS and other not in _PERSON_WORDS
        # 'he'/'she' may stand for one named person ('Gollob was promoted in 1942' / 'He was
        # promoted in 1943'), never for a group or a thing counted in the plural
        return pronoun in ("he", "she") and other not in _PRONOUNS and other not in _PERSON_WORDS \
            and not _is_plural_head(other)
    return _participant(x) == _participant(y)


def _same_happening(a: DatedEvent, b: DatedEvent) -> bool:
    """Same verb, some participant shared, none that differs, and nothing that happens many times."""
    if a.verb != b.verb or a.verb in _REPEATABLE or a.bound != b.bound:
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
    repeated = any(p and p not in _PRONOUNS and _is_plural_head(p) and p not in _PERSON_WORDS
                   for p in (a.patient, b.patient))
    return shared and not repeated


def _compare_events(a: DatedEvent, b: DatedEvent, ca: Claim, cb: Claim) -> Comparison:
    part = a.date.when.differs_from(b.date.when) if a.date.when and b.date.when else None
    if part is None:
        what = f"{_subject_words(a)} {a.verb_text}"
        return Comparison(Outcome.COMPATIBLE, f"'{a.when_text}' and '{b.when_text}' agree on when {what}",
                          Kind.DATE, True)
    if _DATE_UPDATES.search(ca.text) or _DATE_UPDATES.search(cb.text):
        return _unrelated("one claim reports that the date changed, so both can be right", True, Kind.DATE)
    reason = f"{_subject_words(a)} {a.verb_text} {a.when_text} in one claim and {b.when_text} in the other"
    return Comparison(Outcome.CONFLICTING, reason, Kind.DATE, True)


def _subject_words(event: DatedEvent) -> str:
    """'the river', 'it', 'Smith': the subject as a reason sentence can start with it."""
    text = event.subject_text
    if not text or text.lower() in _PRONOUNS:
        return text.lower() or "it"
    return text if text[:1].isupper() else f"the {text}"
