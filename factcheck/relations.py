"""One-valued relations with a named filler: "born in Vienna", "located in Tallahassee, Florida",
"founded by Ada Park", "graduated from Ankara University", "a PhD from McGill University".

A person is born in one place, a building stands in one town, a company has its founders. When
two claims about the same subject fill such a relation with two names that share no word and
neither contains the other, one of them is wrong -- and a small NLI model rarely knows that
Vienna and Wrocław exclude each other. Relations that take many fillers over time ("joined",
"served as", "played by") are left out on purpose: a footballer joins several clubs.

On ChatProtect dev it fires on 73 sentence pairs, 71 of them labelled contradictions (an eighth of
all 596), and on no ContraDoc dev document. The patterns were written reading ChatProtect dev errors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.names import leading_name
from factcheck.types import Claim, Span
from factcheck.words import FULL_MONTHS, WEEKDAYS

_CONNECTOR = r"(?:\s+(?:of|the|de|du|la|le|and|&|for|am|an|der|von|van|y)\s+|\s+|-)"
_NAME = r"[A-Z][\w'’.]*(?:" + _CONNECTOR + r"[A-Z][\w'’.]*)*"
_FILLER = _NAME + r"(?:,\s+" + _NAME + r")?(?:\s+at\s+(?:the\s+)?" + _NAME + r")?"
_PLACE_NOUN = (r"(?:the\s+(?:town|city|village|county|state|province|region|capital|heart|centre|center|"
               r"outskirts|(?:downtown|historic|central)\s+(?:area|district))\s+of\s+)?")
# The kind of degree is part of the relation: a master's from one school and a PhD from another agree.
_DEGREE = r"(?i:(?P<degree>Ph\.?\s?D\.?|doctorate|master'?s|bachelor'?s|MBA|law degree|medical degree))"
_RELATIONS: dict[str, str] = {
    "born in": r"\bborn\b[^.;]{0,40}?\bin\s+" + _PLACE_NOUN,
    "died in": r"\bdied\b[^.;]{0,40}?\bin\s+" + _PLACE_NOUN,
    "located in": r"\b(?:located|situated|based|headquartered)\s+in\s+" + _PLACE_NOUN,
    "founded by": r"\b(?:founded|established|co-founded)\s+by\s+",
    "made by": r"\b(?P<verb>produced|directed|written|designed|developed|created|composed|published|built|"
               r"owned|operated|commissioned|manufactured)\s+by\s+",
    "won by": r"\b(?:won|claimed|captured)\s+by\s+",
    "home of": r"\bhome\s+(?:stadium|ground|venue|arena)\s+of\s+(?:the\s+)?",
    "graduated from": r"\bgraduated\s+from\s+(?:the\s+)?",
    "educated at": r"\b(?:educated|studied)\s+at\s+(?:the\s+)?",
    # "a PhD in biochemistry at McGill University", "his master's degree in economics from ..."
    "degree from": (r"\b" + _DEGREE + r"(?:\s+degree)?(?:\s+(?:in|of)\s+[\w ,&'’-]{1,60}?)?"
                    r"\s+(?:from|at)\s+(?:the\s+)?"),
}
_PATTERNS = {name: re.compile(trigger + r"(?P<filler>" + _FILLER + r")") for name, trigger in _RELATIONS.items()}
# A filler ends the phrase; "Selena y Los Dinos backup dancer" or "Selena's brother" only describe one.
_ENDS_FILLER = re.compile(r"\s*(?:$|[,.;:)(\"”]|(?:and|in|on|at|from|for|to|with|who|which|that|as|during|after|"
                          r"before|by|where|when|until|since|is|was|were|are|has|had)\b)")
GENERIC_WORDS = frozenset(
    "The University College School Institute Department Faculty Company Productions Pictures Records Studios Inc "
    "Ltd Club FC Group Corporation City County State Province".split())
PRONOUNS = frozenset({"he", "she", "it", "they", "his", "her", "its", "their", "this"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})
ARTICLES = frozenset({"the", "a", "an"})
_ADVERBS = frozenset({"also", "then", "later", "now", "still", "once", "since", "there", "here"})
_VERB_BREAK = re.compile(r"\b(?:is|was|are|were|has|had|have|became|remains|been)\b")


@dataclass(frozen=True)
class Filler:
    relation: str  # how the text puts it, which is also what must match: "born in", "produced by"
    subject: str  # the words before the relation: "Gordon Gollob", "He"
    name: str  # "Vienna, Austria"
    span: Span  # document offsets of the name

    @property
    def what(self) -> str:
        """What the filler is, in a reader's words: 'places', 'schools', 'names'."""
        if self.relation.endswith(" in"):
            return "places"
        if self.relation == "won by":
            return "winners"
        if self.relation == "home of":
            return "home clubs"
        schools = self.relation in ("graduated from", "educated at") or self.relation.endswith(" from")
        return "schools" if schools else "names"


def fillers(claim: Claim) -> tuple[Filler, ...]:
    """Every one-valued relation in the claim whose filler is a name."""
    found = []
    for relation, pattern in _PATTERNS.items():
        for match in pattern.finditer(claim.text):
            if not _ENDS_FILLER.match(claim.text, match.end("filler")):
                continue
            name = match.group("filler").rstrip(".")
            if _names_a_time(name):
                continue  # 'born in October', 'died in March 1990': when, not where
            start = claim.span.start + match.start("filler")
            found.append(Filler(_relation_words(relation, match), _subject(claim.text[: match.start()]),
                                name, Span(start, start + len(name))))
    return tuple(found)


def _names_a_time(name: str) -> bool:
    """A filler that starts with a month or weekday names a time, not a place or a maker."""
    words = name.split()
    first = words[0].lower().rstrip(",") if words else ""
    return first in FULL_MONTHS or first in WEEKDAYS


_DEGREE_NAMES = {"phd": "PhD", "doctorate": "PhD", "masters": "master's", "bachelors": "bachelor's", "mba": "MBA"}


def _relation_words(relation: str, match: re.Match[str]) -> str:
    """'produced by' for the made-by relation, "master's from" for a degree, else the relation."""
    groups = match.groupdict()
    if groups.get("verb"):
        return f"{groups['verb'].lower()} by"
    if groups.get("degree"):
        key = re.sub(r"[^a-z ]", "", groups["degree"].lower())
        return f"{_DEGREE_NAMES.get(key, key)} from"
    return relation


_CLAUSE_BREAK = re.compile(r"[,;(]\s*|\b(?:and|but|which|who|where)\s+")


def _subject(before: str) -> str:
    """The words naming what the relation is about: the start of the clause up to its verb. A
    clause joined by 'and' / 'but' with no subject of its own shares the one before ('The stadium
    is used for football and is the home ground of ...')."""
    breaks = list(_CLAUSE_BREAK.finditer(before))
    start = breaks[-1].end() if breaks else 0
    clause = before[start:]
    verb = _VERB_BREAK.search(clause)
    words = [w for w in (clause[: verb.start()] if verb else clause).split()
             if w.casefold() not in _ADVERBS and not w.endswith("ly")]
    if not words and breaks and breaks[-1].group().split()[0] in ("and", "but"):
        return _subject(before[: breaks[-1].start()])
    return " ".join(_leading_subject(words))


def _leading_subject(words: list[str]) -> list[str]:
    """'He went on to complete a' -> 'He'; 'Fernand Seguin completed his' -> 'Fernand Seguin': a
    clause that opens with a pronoun or a name is about that, whatever verb follows. 'His wife',
    'The mayor', 'the house' stay whole."""
    if words and words[0].casefold() in _SUBJECT_PRONOUNS:
        return words[:1]
    return leading_name(words) or words
