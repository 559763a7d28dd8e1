"""What each claim needs to be compared on its own: its frame, what it is about, and when.

A claim cut out of its article loses what the reader keeps in mind: "He was promoted in 1942"
is about the man named a sentence before; "the company cut 40 jobs" is about the firm the article
is about; "40 jobs were cut" in a sentence that opens "In March, ..." happened in March. This
stage reads each sentence's parse once, gives every claim its ``Frame`` (``factcheck.frames``),
and walks the claims in order, keeping the names most recently mentioned, so a pronoun or a
definite description as subject is resolved to a name: ``Claim.about``. Dates a sentence states
once ("In March, 40 jobs were cut and the plant closed") date every claim of the sentence that
states none: ``Claim.when``. People named with an office in a sentence ('Lewis Dunn, Ashby's club
captain') belong to the claims of that sentence whose text or source holds the office:
``Claim.roles`` (``factcheck.titles``), with 'the airport' read as the airport the article names.
A claim in an entry of a list or a timeline knows which (``Claim.entry``, ``factcheck.lists``).

Resolution is deliberately simple (the most recent compatible name), because a wrong antecedent
makes the rules compare the wrong things: a pronoun is resolved only to a name seen in the last
few sentences, and 'he' / 'she' only to a name that looks like a person's.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from factcheck import lists
from factcheck.frames import EMPTY_FRAME, Frame, Phrase, read_frame
from factcheck.happenings import place_links, read_happenings
from factcheck.parse import ParsedSpan, parse_spans
from factcheck.quantities import QuantityKind
from factcheck.titles import Role, read_article
from factcheck.types import Claim, Sentence, Span

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
THING_PRONOUNS = frozenset({"it", "they", "them"})
# Definite descriptions that stand for the organisation or person an article is about: 'the company
# cut 40 jobs', 'the minister said'. Heads only; the determiner must be 'the' or a possessive.
STAND_IN_HEADS = frozenset({
    "company", "firm", "group", "business", "club", "team", "council", "authority", "government",
    "ministry", "agency", "board", "bank", "court", "party", "union", "airline", "carrier", "retailer",
    "brewer", "manufacturer", "operator", "trust", "charity", "school", "university", "hospital",
    "museum", "orchestra", "committee", "panel", "plant", "factory", "city", "town", "country",
    "minister", "mayor", "president", "chairman", "chairwoman", "chief", "premier", "governor",
    "manager", "coach", "captain", "player", "striker", "judge", "defendant", "suspect", "victim",
})
_ORGANISATION_WORDS = frozenset({
    "inc", "ltd", "plc", "corp", "co", "group", "council", "committee", "ministry", "department", "agency",
    "bank", "university", "college", "school", "hospital", "trust", "court", "party", "union", "club",
    "united", "city", "fc", "association", "institute", "foundation", "board", "authority", "company",
})
RECENT_SENTENCES = 3  # a pronoun is resolved only to a name from this many sentences back


def parsed_sentences(text: str, sentences: Sequence[Sentence], claims: Sequence[Claim]) -> dict[int, ParsedSpan]:
    """The parse of every sentence that has a claim, by sentence index (parsed in a batch)."""
    by_sentence = {s.index: s for s in sentences}
    wanted = sorted({c.sentence for c in claims if c.sentence in by_sentence})
    return dict(zip(wanted, parse_spans(text, [by_sentence[i].span for i in wanted], one_sentence=True)))


def frames_for(text: str, sentences: Sequence[Sentence], claims: Sequence[Claim],
               parsed: dict[int, ParsedSpan] | None = None) -> list[Frame]:
    """Each claim's frame, from one parse per sentence."""
    parsed = parsed if parsed is not None else parsed_sentences(text, sentences, claims)
    return [_frame(parsed[c.sentence], c.span) if c.sentence in parsed else EMPTY_FRAME for c in claims]


def _frame(parsed: ParsedSpan, span: Span) -> Frame:
    frame = read_frame(parsed, span)
    return replace(frame, happenings=read_happenings(parsed, span, frame), place_links=place_links(parsed, span))


def roles_for(claims: Sequence[Claim], parsed: dict[int, ParsedSpan]) -> list[tuple[Role, ...]]:
    """Each claim's roles: those of its sentence whose office stands in the claim or its source."""
    by_sentence = read_article(parsed)

    def holds(claim: Claim, role: Role) -> bool:
        return claim.span.contains(role.head_span) or (
            claim.source_span is not None and claim.source_span.contains(role.head_span))

    return [tuple(r for r in by_sentence.get(c.sentence, ()) if holds(c, r)) for c in claims]


def _looks_like_person(name: str) -> bool:
    words = name.split()
    return 1 < len(words) <= 4 and not any(w.lower().strip(".") in _ORGANISATION_WORDS for w in words)


def _subject(frame: Frame) -> Phrase | None:
    return frame.subjects[0] if frame.subjects else None


def _needs_antecedent(subject: Phrase) -> str | None:
    """'person' or 'thing' when the subject is a pronoun or a stand-in description, else None."""
    words = subject.text.lower().split()
    if subject.lemma in PERSON_PRONOUNS or (words and words[0] in PERSON_PRONOUNS and len(words) == 1):
        return "person"
    if subject.lemma in THING_PRONOUNS and len(words) == 1:
        return "thing"
    if subject.name is None and subject.lemma in STAND_IN_HEADS and words[:1] in (["the"], ["its"], ["their"]):
        return "person" if subject.lemma in _PERSON_STAND_INS else "thing"
    return None


_PERSON_STAND_INS = frozenset({"minister", "mayor", "president", "chairman", "chairwoman", "chief", "premier",
                               "governor", "manager", "coach", "captain", "player", "striker", "judge",
                               "defendant", "suspect", "victim"})


class _Memory:
    """The names mentioned most recently, newest last, with the sentence each was seen in."""

    def __init__(self) -> None:
        self.people: list[tuple[str, int]] = []
        self.things: list[tuple[str, int]] = []
        self.surnames: set[str] = set()

    def remember(self, frame: Frame, sentence: int) -> None:
        for phrase in [*frame.subjects, *(p.patient for p in frame.predicates if p.patient)]:
            if phrase is not None and phrase.name:
                person = _looks_like_person(phrase.name) or self._known_surname(phrase.name)
                target = self.people if person else self.things
                target.append((phrase.name, sentence))

    def _known_surname(self, name: str) -> bool:
        """'Breck' after 'Simon Breck': one word that ended a person's name the article gave earlier."""
        return " " not in name and name.lower() in self.surnames

    def note_full_names(self, text: str, names: frozenset[str]) -> None:
        """Remember the last word of every person's name the claim spells out in full, wherever it
        stands ('a business partner, Simon Breck'), so a later 'Breck' is known to be a person."""
        run: list[str] = []
        for word in [*re.findall(r"\w[\w'’-]*", text), ""]:
            if word and word[:1].isupper() and word.lower() in names:
                run.append(word)
                continue
            if len(run) > 1 and _looks_like_person(" ".join(run)):
                self.surnames.add(run[-1].lower())
            run = []

    def recall(self, kind: str, sentence: int) -> str | None:
        pool = self.people if kind == "person" else self.things
        for name, seen in reversed(pool):
            if sentence - seen <= RECENT_SENTENCES:
                return name
        return None


def _dates(claim: Claim) -> tuple[str, ...]:
    return tuple(q.text for q in claim.quantities if q.kind in (QuantityKind.DATE, QuantityKind.TIME))


def _entries(text: str, claims: Sequence[Claim]) -> dict[int, tuple[int, int]]:
    """For each claim (by id) in an entry of a list or timeline: (the list, the entry's paragraph)."""
    spans = lists.paragraphs(text)
    listed = lists.list_entries(text, spans)
    if not listed:
        return {}
    starts = [span.start for span in spans]
    found = {}
    for claim in claims:
        paragraph = bisect.bisect_right(starts, claim.span.start) - 1
        if paragraph in listed:
            found[claim.id] = (listed[paragraph], paragraph)
    return found


def with_context(text: str, sentences: Sequence[Sentence], claims: Sequence[Claim]) -> list[Claim]:
    """The claims with their frames, what each is about and when, in the order given."""
    parsed = parsed_sentences(text, sentences, claims)
    frames = frames_for(text, sentences, claims, parsed)
    roles = roles_for(claims, parsed)
    entries = _entries(text, claims)
    memory, result = _Memory(), []
    sentence_dates: dict[int, set[str]] = {}
    for claim in claims:
        sentence_dates.setdefault(claim.sentence, set()).update(_dates(claim))
    # A place the article puts inside another anywhere ('Duisburg, Germany') lies inside it everywhere.
    links = frozenset().union(*(frame.place_links for frame in frames))
    frames = [replace(frame, place_links=links) if frame.place_links != links else frame for frame in frames]
    for claim, frame, claim_roles in zip(claims, frames, roles):
        about = set(frame.names)
        subject = _subject(frame)
        if subject is not None and (kind := _needs_antecedent(subject)) is not None:
            antecedent = memory.recall(kind, claim.sentence)
            if antecedent:
                about.update(antecedent.lower().split())
        own = _dates(claim)
        shared = sentence_dates.get(claim.sentence, set())
        when = own or (tuple(sorted(shared)) if len(shared) == 1 else ())
        result.append(replace(claim, frame=frame, about=frozenset(about), when=when, roles=claim_roles,
                              entry=entries.get(claim.id)))
        memory.note_full_names(claim.text, frame.names)
        memory.remember(frame, claim.sentence)
    return result
