"""Tokens and word lists shared by the rule modules: ``quantities`` (amounts, dates, quantifiers)
and ``events`` (one happening told with two dates), and the stemmer ``pairing`` uses too.

Plain data and pure functions: no model, no I/O. Keeping them in one place means the rules agree on
what a stop word, a month or an event verb is.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from nltk.stem import PorterStemmer

# One cached stemmer for the package: quantities, events and pairing stem the same words.
stem = functools.lru_cache(maxsize=65536)(PorterStemmer().stem)


# ---------------------------------------------------------------------------------------------
# Word lists
# ---------------------------------------------------------------------------------------------

NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}

TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}

SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}

FULL_MONTHS = frozenset(MONTHS)
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())} | {"sept": 9})

WEEKDAYS = {d: i for i, d in enumerate(
    "monday tuesday wednesday thursday friday saturday sunday".split())}

# Parts of a day, a closed class like the weekdays: 'rose through the afternoon' / 'fell overnight'
# are two stretches of time, as 'on Monday' / 'on Tuesday' are.
# Each word maps to the part it names, so 'overnight' and 'at night' are one part.
DAY_PARTS = {"morning": "morning", "afternoon": "afternoon", "evening": "evening", "night": "night",
             "overnight": "night", "midnight": "night", "lunchtime": "noon", "midday": "noon", "noon": "noon",
             "dawn": "dawn", "daybreak": "dawn", "dusk": "dusk", "nightfall": "dusk"}

DETERMINERS = set("the a an this that these those its their his her our my your".split())

STOP_WORDS = DETERMINERS | set(
    "of in on at by for from to with within into over under after before during since across "
    "near per than as about around between among and or but nor while if because when which who "
    "whom whose that were was are is be been being have has had will would could should may might "
    "can do did does it they he she we i you them him us not no more less said says say".split())

REPORTING_VERBS = {"said", "says", "reported", "according", "told", "added", "stated", "confirmed",
                   "claimed", "announced", "estimated"}

IRREGULAR_VERBS = set("made hit shot left took struck went came saw won lost held met sold built "
                      "sent spent fought caught brought gave got kept found became began ran "
                      "stood put cut hurt beat fled slain die dies paid owed won taken given "
                      "seen shown known driven flown thrown drawn written ridden swept "
                      "rescued".split())

NOT_VERBS = set("building meeting bombing shooting wedding hundred evening morning ceiling "
                "offspring king ring spring thing during red bed seed need feed shed speed "
                "including excluding following regarding concerning".split())

IRREGULAR_PLURALS = set("people staff police personnel children men women crew cattle "
                        "civilians".split())

DIRECTION_VERBS = {
    "up": "rose rise rises risen rising increased increase increases grew grow grows grown jumped "
          "climbed surged soared gained up".split(),
    "down": "fell fall falls fallen falling decreased decrease decreases declined decline dropped "
            "drop drops slid slumped plunged plummeted shrank lost down".split(),
}

# Verbs whose stem is not their base form: "sold" and "sell" must meet.
IRREGULAR_BASES = {
    "heard": "hear", "wrote": "write", "written": "write", "led": "lead",
    "built": "build", "sold": "sell", "bought": "buy", "purchased": "buy", "acquired": "buy",
    "born": "born", "became": "become", "began": "begin", "begun": "begin", "broke": "break",
    "broken": "break", "tore": "tear", "torn": "tear", "made": "make", "won": "win", "held": "hold",
    "took": "take", "taken": "take", "gave": "give", "given": "give", "went": "go", "gone": "go",
    "came": "come", "hit": "hit", "struck": "strike", "swept": "sweep", "left": "leave", "met": "meet",
    "died": "die", "rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall", "shut": "shut",
    "set": "set", "ran": "run", "spent": "spend", "sent": "send", "found": "find", "founded": "found",
}

BE = {"was", "were", "is", "are", "be", "been", "being"}
# The indefinite article: a phrase it opens brings in a new thing ('a porch', 'a total of').
INDEFINITE_ARTICLES = frozenset({"a", "an"})
# Words that put an amount on top of one named before: 'another 600 jobs', 'a further 30 mm'.
ADDITIVE_WORDS = frozenset({"another", "further", "additional", "extra"})
# Verbs that say little about which act a clause tells ('have', 'take', 'make'): pairing does not
# pair denials through them, and the rules do not tie two acts by them.
LIGHT_VERBS = frozenset({"be", "have", "do", "get", "make", "take", "go", "come", "say", "tell", "add", "give",
                         "put", "set", "see", "become", "remain", "include", "use", "want", "need", "seem"})
# Auxiliaries that put a verb in the future ('wo' is the parser's token of "won't").
# Adverbs that make an act a habit or a pattern ('usually publishes', 'has traditionally named'),
# not one act on one occasion.
HABITUAL_ADVERBS = frozenset({"usually", "traditionally", "typically", "normally", "generally", "customarily",
                              "habitually", "routinely", "regularly", "repeatedly", "often", "frequently",
                              "always", "sometimes", "occasionally"})
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "’ll", "wo"})
# Currency signs and the ISO code of each.
CURRENCY_SYMBOLS = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₴": "UAH", "₽": "RUB"}
# Nouns that measure a length of time ('nine years', 'two minutes').
DURATION_NOUNS = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century"})
# Their plurals: WordNet lists 'days' and 'years' as lemmas of their own ('in his last days'), so a
# base form does not always lead back to the unit.
DURATION_PLURALS = frozenset({*(noun + "s" for noun in DURATION_NOUNS - {"century"}), "centuries"})


def names_a_duration(noun: str) -> bool:
    """'days', 'year', 'centuries': a unit of time, whose count is a length of time."""
    return noun in DURATION_NOUNS or noun in DURATION_PLURALS

# Words before a verb in its base form: "will close", "to build".
VERB_LEAD_INS = {"will", "would", "to", "did", "does", "do", "can", "could", "should", "must", "shall"}


# ---------------------------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------------------------


class Token(NamedTuple):
    text: str
    low: str  # lower case, curly apostrophe straightened
    start: int
    end: int


TOKEN_RE = re.compile(r"\d+(?:[.,:]\d+)*|[A-Za-z]+(?:['’]s\b)?|[^\sA-Za-z\d]")


def tokenize(text: str) -> list[Token]:
    """Numbers (with their separators), words (with a possessive 's) and single punctuation marks."""
    return [Token(m.group(), m.group().lower().replace("’", "'"), m.start(), m.end())
            for m in TOKEN_RE.finditer(text)]


def first_token_at(toks: list[Token], position: int) -> int | None:
    """Index of the first token that starts at or after ``position`` (a character offset)."""
    return next((i for i, t in enumerate(toks) if t.start >= position), None)


def is_verbish(word: str) -> bool:
    """A past tense, participle or gerund, by spelling: enough to find where a noun phrase ends."""
    if word in NOT_VERBS or word in REPORTING_VERBS or word in STOP_WORDS:
        return False
    return word in IRREGULAR_VERBS or (len(word) > 4 and word.endswith(("ed", "ing")))


def is_number_word(low: str) -> bool:
    """'12', '1,200', 'twelve', 'forty': a word that states a number (not 'million' alone)."""
    return low[:1].isdigit() or low in NUMBER_WORDS or low in TENS


# Ordinal words and the place in a series each names.
ORDINAL_POSITIONS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())}
_NUMBERED_ORDINAL = re.compile(r"(\d{1,3})(?:st|nd|rd|th)")


def ordinal_position(low: str) -> int | None:
    """The place in a series a word names: 'second' and '2nd' -> 2; None for any other word."""
    if low in ORDINAL_POSITIONS:
        return ORDINAL_POSITIONS[low]
    numbered = _NUMBERED_ORDINAL.fullmatch(low)
    return int(numbered.group(1)) if numbered else None


def is_plural_head(word: str) -> bool:
    """'drones', 'people': a plural noun, by spelling."""
    return word in IRREGULAR_PLURALS or (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")))


def is_event_verb(toks: list[Token], i: int) -> bool:
    """'peaked', 'built', 'will close', 'the plant closes' — a verb that can carry a date."""
    low = toks[i].low
    if not low.isalpha() or low in STOP_WORDS or low in NOT_VERBS or low in REPORTING_VERBS:
        return False
    if low in IRREGULAR_BASES or (len(low) > 4 and low.endswith("ed")):
        return True
    j = i - 1
    while j >= 0 and toks[j].low.endswith("ly") and toks[j].low.isalpha():
        j -= 1
    if j >= 0 and toks[j].low in VERB_LEAD_INS:
        return True
    # present tense after a determiner + noun: "when the plant closes in June"
    return (low.endswith("s") and not low.endswith("ss") and i >= 2 and toks[i - 2].low in DETERMINERS
            and toks[i - 1].low.isalpha() and toks[i - 1].low not in STOP_WORDS)


# What a claim is about, for pairing and the judge: words and numbers less the function words and
# reporting verbs (a wider list than STOP_WORDS, which the number readers use).
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")
_NOT_CONTENT = frozenset("""
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
nor not now of off on once only or other our ours ourselves out over own same she should so some such than
that the their theirs them themselves then there these they this those through to too under until up very
was we were what when where which while who whom why will with would you your yours yourself yourselves
said says say told according reported also would may might could one s t
""".split())


@functools.lru_cache(maxsize=65_536)
def content_terms(text: str) -> frozenset[str]:
    """Stemmed content words and numbers: what a claim is about, without its function words.
    Cached: pairing and the judge ask for the same claim's terms once per pair it is in."""
    terms = set()
    for match in _WORD.finditer(text):
        word = match.group().lower().strip("'’-.,")
        if word and word not in _NOT_CONTENT:
            terms.add(word if word[0].isdigit() else stem(word))
    return frozenset(terms)


_WORD_CHARS = re.compile(r"\w+")


def same_words(a: str, b: str) -> bool:
    """Two texts with the same words in the same order, case and punctuation aside: one statement
    written twice (a sentence a page repeats, a pull quote), which cannot contradict itself."""
    return [t.lower() for t in _WORD_CHARS.findall(a)] == [t.lower() for t in _WORD_CHARS.findall(b)]
