"""Lists and timelines: paragraphs that are entries of one list, each entry with values of its own.

An article's list ('186,370 visitors; NASA had 12 of top 20' / '224,228 visitors; NASA had 14 of
top 20' / '240,974 visitors; NASA had 17 of top 20') or timeline ('January—Open Government
Directive issued' / 'March—DigitalGov Search relaunches' / 'May—Data.gov launches') gives each entry
its own figures and dates: two entries are two things by design, not one thing told twice. Two
readings of the paragraphs, with no parse:

* a template list: three or more paragraphs, each a fragment rather than a sentence, that read
  the same once their figures are masked;
* a timeline: three or more paragraphs that each open with a date or a time and a dash or a colon
  ('January—', '9:40 pm:', '2012 -').

An entry is one paragraph. A paragraph of running text that opens with a date ('In March, the
plant closed') has no dash or colon after it and is no entry; two paragraphs alike ('Full time:
Rovers 1, Albion 0' / 'Full time: Rovers 1, Albion 2') are no list.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from factcheck.quantities import QuantityKind, extract_quantities
from factcheck.types import Span
from factcheck.words import Token, tokenize

MIN_ENTRIES = 3  # two alike paragraphs may be one thing told twice; three make a list
MAX_ENTRY_TOKENS = 60  # an entry is a line, not a paragraph of running prose
LABEL_TOKENS = 6  # a timeline label is a date or time of a few words before its dash or colon
_SEPARATORS = frozenset({"—", "–", "-", ":"})
_PARAGRAPH = re.compile(r"\S(?:.|\n(?![ \t]*\n))*")  # text up to a blank line
_DATED = (QuantityKind.DATE, QuantityKind.TIME)


def paragraphs(text: str) -> list[Span]:
    """The spans of the text's paragraphs: runs of lines between blank lines."""
    return [Span(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]


def _template(paragraph: str, tokens: list[Token]) -> tuple[str, ...] | None:
    """The paragraph's words with each figure masked, or None where it is prose: ended as a sentence
    ('The fire killed 12 people.' three times over is one fact told three ways, which may
    conflict), or with no figure to differ by. A list's lines are fragments."""
    if not any(t.low[:1].isdigit() for t in tokens):
        return None
    if paragraph.rstrip(" \t\"”’')").endswith((".", "!", "?")):
        return None
    return tuple("#" if t.low[:1].isdigit() else t.low for t in tokens)


def _dated_label(paragraph: str, tokens: list[Token]) -> bool:
    """The paragraph opens with a date or time and a dash or colon: 'January—Open Government
    Directive issued', '9:40 pm: during first partial eclipse'."""
    cut = next((i for i, t in enumerate(tokens[:LABEL_TOKENS + 1]) if t.text in _SEPARATORS and i > 0), None)
    if cut is None:
        return False
    label = paragraph[:tokens[cut].start]
    return any(q.kind in _DATED for q in extract_quantities(label))


def list_entries(text: str, spans: Sequence[Span]) -> dict[int, int]:
    """For each of the paragraphs ``spans`` (``paragraphs(text)``) that is an entry of a list or a
    timeline, by index, the index of that list's first paragraph, which names the list. A paragraph
    longer than a line (MAX_ENTRY_TOKENS) is running prose, never an entry."""
    groups: dict[tuple[str, ...], list[int]] = defaultdict(list)
    dated: list[int] = []
    for index, span in enumerate(spans):
        body = text[span.start:span.end]
        tokens = tokenize(body)
        if len(tokens) > MAX_ENTRY_TOKENS:
            continue
        template = _template(body, tokens)
        if template is not None:
            groups[template].append(index)
        if _dated_label(body, tokens):
            dated.append(index)
    entries: dict[int, int] = {}
    for members in [*groups.values(), dated]:
        if len(members) >= MIN_ENTRIES:
            for index in members:
                entries.setdefault(index, members[0])
    return entries
