"""People named with their office: "Mayor Helen Ostrowski", "Prime Minister Mette Frederiksen".

An article that calls its mayor Helen Ostrowski in one paragraph and Helen Novak in another has
got a name wrong, and no NLI model reads two claims about different things that way. When both
mentions share the office and part of the name but differ in the rest, the names conflict; two
unrelated people with the same title ("Mayor Smith" of one town, "Mayor Jones" of another) share
no name part and are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.types import Claim, Span

TITLES = (
    "Prime Minister", "Foreign Minister", "Finance Minister", "Deputy Mayor", "Police Chief", "Fire Chief",
    "Chief Executive", "President", "Mayor", "Governor", "Senator", "Chancellor", "Minister", "Judge", "Sheriff",
    "Commissioner", "Councillor", "Councilor", "Superintendent", "Inspector", "Professor", "Coach", "Captain",
    "General", "Bishop", "Ambassador", "Secretary", "Speaker", "Chairman", "Chairwoman", "Director",
)
_NAME_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_TITLED = re.compile(
    r"\b(?P<title>" + "|".join(t.replace(" ", r"\s+") for t in TITLES) + r")\s+"
    r"(?P<name>" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,2})\b"
)


@dataclass(frozen=True)
class TitledName:
    title: str  # normalised: "mayor"
    name: str  # "Helen Ostrowski"
    span: Span | None  # document offsets; for a name in the claim's source, the source's span


def titled_names(claim: Claim) -> tuple[TitledName, ...]:
    """Titled names in a claim's text and in its source ("Mayor Helen Novak said ...")."""
    def named(match: re.Match[str], span: Span | None) -> TitledName:
        return TitledName(" ".join(match.group("title").lower().split()), match.group("name"), span)

    found = [named(m, Span(claim.span.start + m.start(), claim.span.start + m.end()))
             for m in _TITLED.finditer(claim.text)]
    if claim.source:
        found.extend(named(m, claim.source_span) for m in _TITLED.finditer(claim.source))
    return tuple(found)


_NAME_CONNECTORS = frozenset({"of", "the", "de", "du", "la", "le", "and", "&", "von", "van", "der"})
_NOT_NAMES = frozenset({"the", "a", "an", "he", "she", "it", "they", "his", "her", "its", "their", "this", "in",
                        "on", "at", "after", "before", "during", "when", "while"})


def leading_name(words: Sequence[str]) -> list[str]:
    """The capitalised name a clause opens with: 'Fernand Seguin completed his PhD' -> ['Fernand',
    'Seguin'], 'Prince Albert of Saxe-Altenburg died' -> the first four words; [] when the clause
    opens with an article, a pronoun or a lower-case word."""
    if not words or not words[0][:1].isupper() or words[0].casefold() in _NOT_NAMES:
        return []
    end = 1
    while end < len(words) and (words[end][:1].isupper() or words[end].casefold() in _NAME_CONNECTORS):
        end += 1
    return list(words[:end])
