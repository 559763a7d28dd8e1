"""Names in clause openings: 'Fernand Seguin completed his PhD' is about Fernand Seguin.

Who holds which office ('Mayor Helen Ostrowski', 'Lewis Dunn, Ashby's club captain') is read from
the parse by ``factcheck.titles``; this module keeps the surface reading of where a name starts a
clause, which the relations reader and the judge use.
"""

from __future__ import annotations

from collections.abc import Sequence

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
