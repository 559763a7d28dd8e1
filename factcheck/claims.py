"""Atomic claims: each sentence split into the statements it makes, with who makes them.

Why rules and not a parser: the splits that matter for contradiction checking are few and surface-
visible (semicolons, ", and <subject> ...", "while / whereas / although" clauses, ", which ..." and
", who ..." clauses, attribution frames), and rules keep claim spans exact and the run deterministic
and linear. A claim's text is always ``document_text[claim.span.start:claim.span.end]``.

A relative clause in the middle of a sentence ("The attack, which began at 2 a.m., killed five") is
a claim of its own and also stays inside its main clause's claim, because spans are contiguous and the
main clause needs its subject; so claims may nest. Ids follow document order (start, then longest).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from factcheck.context import with_context
from factcheck.parse import parse_spans
from factcheck.quantities import extract_quantities
from factcheck.types import Claim, Polarity, Sentence, Span

MIN_CLAIM_WORDS = 3

# 'told' takes up to two words of its hearer ('told local reporters'), never 'that' or a figure,
# and no article after the first word: 'The insurers were told that 19 boats ...' and 'told
# reporters 19 boats ...' keep the 19, 'told reporters the plant would close' keeps 'the'.
# Present tenses that are also plural nouns ("reports", "claims", "notes") are left out: "Initial
# reports detail damage" is not an attribution.
_VERBS = (r"(?:said|says|say|stated|states|told(?:\s+(?!that\b)[A-Za-z][\w'’]*(?:\s+(?!that\b|the\b|an?\b)[A-Za-z][\w'’]*)?)?|"
          r"announced|announces|reported|"
          r"claimed|confirmed|confirms|added|adds|noted|warned|warns|insisted|insists|"
          r"explained|explains|wrote|writes|argued|argues|estimated|believes|believed)\b")
# A form of 'be' right before the verb makes it a passive, not a source speaking: 'No injuries were
# reported after the crash' is the claim itself (one space, as lookbehinds need a fixed width).
# A passive with 'that' still frames a claim: 'The court was told that ...', 'Reporters were told on
# Monday that ...' (not 'reported after the crash that closed ...', a relative clause).
_NOT_PASSIVE = (r"(?:(?=\w+(?:\s+(?!the\b|an?\b)\w+){0,3}\s+that\b)|"
                r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )(?<!\bbeing ))")
_SOURCE = r"(?P<src>(?:[A-Z\d][\w.'’&-]*|the|a|an|its|his|her|their|our|local|state|senior|police|officials?|he|she|they|we|i)(?:\s+[\w.'’&-]+){0,6}?)"
_TAIL = r"(?:\s+(?:on|in|at|to|during|late|early|last|this|from)\b[^,]{0,60}|\s+\w+day)?"
_LEAD_IN = r"(?:(?:In|On|At|During|After|Before|Later|Earlier|Speaking|Writing)\b[^,]{1,60},\s+)"
_ATTRIBUTIONS = (
    # '"We heard sirens," Frederiksen stated, underscoring ...': the quote is the claim.
    re.compile(rf"[\"“](?P<claim>[^\"“”]+?)[,.!?]?[\"”]\s*,?\s+{_SOURCE}\s+{_NOT_PASSIVE}{_VERBS}(?:[\s,].*)?", re.DOTALL),
    re.compile(r"According\s+to\s+(?P<src>[^,]{1,80}),\s+(?P<claim>.+)", re.DOTALL),
    re.compile(r"(?P<claim>.+?),\s+according\s+to\s+(?P<src>[^,]{1,80}?)[.!]?", re.DOTALL),
)
# Where the verb may be a plain transitive verb ('General Motors reported a 49% decline', 'Apple
# added audio recording to its computers'): these frame a claim only if what they frame is a clause
# (``Clause``). A quote and an 'according to' frame whatever they hold.
_VERB_ATTRIBUTIONS = (
    re.compile(rf"(?P<claim>.+?)[,;:]?[\"”’]?,?\s+{_SOURCE}\s+{_NOT_PASSIVE}{_VERBS}{_TAIL}[.!]?", re.DOTALL),
    # '..., said the minister.': the comma or closing quote is required, or 'X said the depot
    # would open' reads as a claim 'X' by the source 'the depot would open'.
    re.compile(rf"(?P<claim>.+?)(?:[,;:]|[\"”’],?)\s+{_VERBS}\s+{_SOURCE}{_TAIL}[.!]?", re.DOTALL),
    re.compile(rf"{_SOURCE}\s+{_NOT_PASSIVE}{_VERBS}{_TAIL}(?:\s*,|\s+that\b|:)?\s+(?P<claim>\S.*)", re.DOTALL),
    # 'In a letter to staff, Veltra insisted that demand remained strong': a lead-in before the source,
    # only with 'that' or ':' after the verb ('During their ownership, they added a wing' reports nothing)
    re.compile(rf"{_LEAD_IN}{_SOURCE}\s+{_NOT_PASSIVE}{_VERBS}{_TAIL}(?:\s+that\b|:)\s+(?P<claim>\S.*)", re.DOTALL),
)
# Whether the characters start..end of the text hold a clause (a finite verb); None: not known.
Clause = Callable[[int, int], bool]
_SUBJECT_WORDS = frozenset(
    "i you he she it we they this that these those there the a an its his her their our my your some many "
    "most all no none several both each every few other another one two three four five six seven eight "
    "nine ten officials police authorities".split()
)
# A bare noun subject ("debris hit homes") is recognised by a verb right after it.
_VERB_AFTER_NOUN = frozenset(
    "is are was were has have had will would can could may might must should did does do fell rose hit won "
    "lost said made took came went left saw grew remained stayed began became kept held put set cut ran".split()
)
# '... insisted that demand remained strong and that the closure was caused by ...': two reported clauses
_CLAUSE_BREAK = re.compile(r"\s*;\s*|,\s+(?:and|but|while|whereas|although|though|yet|so)\s+"
                           r"|\s+(?:but|whereas|while)\s+|,?\s+and\s+that\s+")
_CONJUNCTION = re.compile(r"(?:and|but|while|whereas|although|though|yet|so)\s+", re.IGNORECASE)
_LEADING_SUBORDINATE = re.compile(r"(?:While|Whereas|Although|Though)\s+(?P<sub>[^,]+?),\s+(?P<main>.+)", re.DOTALL)
_RELATIVE = re.compile(r",\s+(?:which|who|whose|where)\s+")
# Public: the judge quotes the word this matched when it explains a negation conflict.
NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot|den(?:y|ies|ied))\b|\w*n[’']t\b",
                      re.IGNORECASE)
# Modals of ability and duty ('can', 'should', 'would') count too: 'you cannot turn them off' /
# 'you can turn them off' are two situations, not one fact asserted and denied.
_HEDGE = re.compile(
    r"\b(?:(?-i:may)|might|could|can|cannot|can['’]t|should|shouldn['’]t|must|would|wouldn['’]t|reportedly|"
    r"allegedly|if|unconfirmed|expected\s+to|appears?|appeared|seems?|seemed|"
    r"possibly|perhaps|probably|likely|unclear|suspected|believed\s+to|rumou?red)\b",
    re.IGNORECASE,
)
# "before crews could cool its tanks", "until engineers could inspect it": a modal inside a clause of
# time or purpose says nothing about how sure the main statement is.
_NOT_HEDGING_AFTER = re.compile(r"\b(?:before|until|till|so\s+that|in\s+order\s+that)\s+(?:\w+\s+){0,3}$",
                                re.IGNORECASE)


# "not only ... but", "not just academics": the negation widens, it does not deny; "182 not out",
# "unbeaten on 45 not out": a batter's score in cricket, who is still in.
_NOT_DENYING = re.compile(r"\bnot\s+(?:only|just|merely|simply)\b|\b\d+\s+not\s+out\b", re.IGNORECASE)
# A quoted title ("Medals for Soldiers Who Didn't Shoot", "Growing Without Schooling") names a work.
_QUOTED_TITLE = re.compile(r"[\"“]((?:[A-Z0-9][\w'’-]*|of|the|a|an|and|for|in|on|to|with|without|who|not)"
                           r"(?:\s+(?:[A-Z0-9][\w'’-]*|of|the|a|an|and|for|in|on|to|with|without|who|not))*)[\"”]")


def is_negated(text: str) -> bool:
    """Whether the claim denies something: a negation word outside 'not only' and quoted titles."""
    text = _QUOTED_TITLE.sub(lambda m: '"' + "T" * len(m.group(1)) + '"', text)
    return bool(NEGATION.search(_NOT_DENYING.sub("", text)))


# A directive that opens a claim says what should be so, as 'must' does: checklists and how-to
# pages ('Be sure that no text is cut off', 'Make sure all links work', 'Ensure you schedule ...').
_DIRECTIVE = re.compile(r"^\W*(?:be\s+sure|make\s+sure|ensure|remember\s+to|don['’]t\s+forget\s+to)\b", re.IGNORECASE)


def hedge_positions(text: str) -> list[int]:
    """Where the hedge words ('may', 'reportedly', 'could' ...) that weaken the claim start, and
    the start of a claim that opens with a directive."""
    directive = [0] if _DIRECTIVE.match(text) else []
    return directive + [match.start() for match in _HEDGE.finditer(text)
                        if not _NOT_HEDGING_AFTER.search(text[max(0, match.start() - 80): match.start()])]


def is_hedged(text: str) -> bool:
    """Whether a hedge word ('may', 'reportedly', 'could' ...) weakens the claim itself."""
    return bool(hedge_positions(text))


# Words that open a clause of its own inside a claim: what a letter warns, what councillors ask.
_CLAUSE_OPENER = re.compile(r"\b(?:that|which|who|whom|whose|whether|how|why|what|where)\b", re.IGNORECASE)


def hedged_at(text: str, position: int) -> bool:
    """Whether a hedge in ``text`` reaches the words at ``position`` (an offset into ``text``): a
    hedge that comes later, in a clause of its own, does not ('three councillors pressed the
    company on how much water the plant would draw'; '12 head teachers signed a letter warning
    that pupils could face long journeys'); one before, or in the same clause, does ('officials
    said 12 people may have died', 'it is likely that 12 people died')."""
    return any(start <= position or not _CLAUSE_OPENER.search(text, position, start)
               for start in hedge_positions(text))


_TRIM = " \t\n\r\"“”‘,;:—–-(["


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a range past spaces, quotes and clause punctuation at its edges (a final stop stays)."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM + "’)]":
        if text[end - 1] in ")]" and text.count("(" if text[end - 1] == ")" else "[", start, end) > 0:
            break
        end -= 1
    return start, end


def _words(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


def _starts_with_subject(text: str, start: int, end: int) -> bool:
    """A clause after a conjunction is a statement of its own only if it names its own subject."""
    words = text[start:end].split(maxsplit=2)
    if not words:
        return False
    word = words[0].strip("\"“‘'(")
    if word.lower() in _SUBJECT_WORDS or word[:1].isupper() or word[:1].isdigit():
        return True
    if len(words) < 2 or not word.isalpha() or word.endswith(("ing", "ly")):
        return False
    verb = words[1].lower()
    return verb in _VERB_AFTER_NOUN or (verb.isalpha() and verb.endswith("ed"))


def attribution(text: str, start: int, end: int,
                is_clause: Clause | None = None) -> tuple[tuple[int, int], str | None, Span | None]:
    """The asserted range of a sentence without its attribution frame, the source it names, and
    where the source stands in the text. A reporting verb frames a claim only where what it frames
    is a clause, when ``is_clause`` can tell: 'Police said 23 people were held', not 'The firm
    reported a 49% decline' (the verb's object: the whole sentence is the claim)."""
    for patterns, needs_clause in ((_ATTRIBUTIONS, False), (_VERB_ATTRIBUTIONS, True)):
        for pattern in patterns:
            match = pattern.fullmatch(text, start, end)
            if not match or _words(text, *match.span("claim")) < MIN_CLAIM_WORDS:
                continue
            source = " ".join(match.group("src").split()).strip("\"“”").rstrip(".!")
            if source.lower() in {"it", "this", "that", "there"}:
                continue
            if needs_clause and is_clause is not None and not is_clause(*match.span("claim")):
                return (start, end), None, None
            return match.span("claim"), source, Span(*match.span("src"))
    return (start, end), None, None


def _clause_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split at semicolons and at conjunctions that start a clause with its own subject."""
    ranges, cursor = [], start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        after = match.end()
        # after 'and that' a reported clause always follows, with its own subject
        if ";" in match.group(0) or match.group(0).rstrip().endswith("that") or _starts_with_subject(text, after, end):
            ranges.append((cursor, match.start()))
            cursor = after
    ranges.append((cursor, end))
    return ranges


def _subordinate_split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    match = _LEADING_SUBORDINATE.fullmatch(text, start, end)
    if match and _starts_with_subject(text, *match.span("main")):
        return [match.span("sub"), match.span("main")]
    return [(start, end)]


_DETERMINER = frozenset("the a an its his her their this that these those our".split())
ANTECEDENT_WORDS = 4


def _antecedent_start(text: str, start: int, comma: int) -> int:
    """Where the noun phrase a relative clause is about begins: 'the fire' in 'the fire, which ...'.

    "which broke out on Monday night" alone says nothing checkable about anything; with its
    antecedent it is a claim about the fire that the judge can compare with other claims.
    """
    words = list(re.finditer(r"[\w'’.-]+", text[start:comma]))[-ANTECEDENT_WORDS:]
    for word in reversed(words):
        if word.group().lower() in _DETERMINER:
            return start + word.start()
    names = [w for w in words if w.group()[:1].isupper()]
    if names and names[-1] is words[-1]:
        first = len(words) - 1
        while first > 0 and words[first - 1].group()[:1].isupper():
            first -= 1
        return start + words[first].start()
    return comma + 1


def _relative_clauses(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """Ranges of '<antecedent>, which ...' / ', who ...' clauses, each ending at the next comma or
    the clause end and starting at the noun phrase the clause is about; plus the comma's offset."""
    found = []
    for match in _RELATIVE.finditer(text, start, end):
        close = _CLAUSE_COMMA.search(text, match.end(), end)
        found.append((_antecedent_start(text, start, match.start()), close.start() if close else end, match.start()))
    return found


_CLAUSE_COMMA = re.compile(r",(?!\d{3}\b)")  # not the comma inside "4,000"


def _merge_short(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Fragments under MIN_CLAIM_WORDS join their neighbour (the one before, else the one after)."""
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if merged and (_words(text, start, end) < MIN_CLAIM_WORDS or _words(text, *merged[-1]) < MIN_CLAIM_WORDS):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _strip_conjunction(text: str, start: int, end: int) -> int:
    match = _CONJUNCTION.match(text, start, end)
    return match.end() if match else start


def _sentence_claim_ranges(text: str, sentence: Sentence,
                           is_clause: Clause | None = None) -> tuple[list[tuple[int, int]], str | None, Span | None]:
    (start, end), source, source_span = attribution(text, sentence.span.start, sentence.span.end, is_clause)
    ranges = []
    for sub_start, sub_end in _subordinate_split(text, start, end):
        for clause_start, clause_end in _clause_ranges(text, sub_start, sub_end):
            relatives = _relative_clauses(text, clause_start, clause_end)
            if relatives and relatives[0][1] == clause_end:
                ranges.append((clause_start, relatives[0][2]))  # trailing: main clause before its comma
            else:
                ranges.append((clause_start, clause_end))
            ranges.extend((rel_start, rel_end) for rel_start, rel_end, _ in relatives)
    trimmed = [_trim(text, _strip_conjunction(text, *_trim(text, s, e)), e) for s, e in ranges]
    return _merge_short(text, [r for r in trimmed if r[0] < r[1]]), source, source_span


def make_claim(text: str, start: int, end: int, sentence: int, source: str | None = None,
               source_span: Span | None = None) -> Claim:
    """The claim ``text[start:end]`` with its quantities, polarity and hedging (id 0: callers number
    claims). Also how the eval judges an NLI premise or hypothesis as a claim."""
    claim_text = text[start:end]
    return Claim(
        id=0,
        text=claim_text,
        span=Span(start, end),
        sentence=sentence,
        source=source,
        source_span=source_span,
        quantities=tuple(extract_quantities(claim_text, offset=start)),
        polarity=Polarity.NEGATIVE if is_negated(claim_text) else Polarity.POSITIVE,
        hedged=is_hedged(claim_text),
    )


_URL = re.compile(r"\b(?:https?://|www\.)\S+|\S+@\S+\.\w+")
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")


def is_question(sentence_text: str) -> bool:
    """A question asserts nothing: 'In what ways does it not?' cannot contradict anything."""
    return sentence_text.rstrip(" \t\n\"”’')").endswith("?")


def states_something(claim_text: str) -> bool:
    """A claim has to say something checkable: links, bylines and 'Read more at' lines do not."""
    words = _LETTER_WORD.findall(_URL.sub(" ", claim_text))
    return len(words) >= MIN_CLAIM_WORDS and not re.match(r"(?:read|see|click|follow|share|subscribe)\b",
                                                          claim_text.strip(" [(\"“"), re.IGNORECASE)


def _clause_reader(text: str, sentence: Sentence) -> Clause:
    """``Clause`` read off the sentence's parse (parsed once, when first asked, and cached for the
    frames): a clause holds a finite verb or auxiliary ('had been arrested', 'will close'), or a
    past form the tagger may read as a participle ('said the warehouse burned for hours': a
    reduced relative to the tagger); 'plans to close' and 'recording sales' hold none."""
    def is_clause(start: int, end: int) -> bool:
        (parsed,) = parse_spans(text, [sentence.span], one_sentence=True)
        tokens = parsed.tokens_in(Span(start, end))
        return tokens is None or any(_finite(token) for token in tokens)
    return is_clause


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "VBN"})


def _finite(token) -> bool:
    return token.pos_ in ("VERB", "AUX") and ("Fin" in token.morph.get("VerbForm") or token.tag_ in _FINITE_TAGS)


def extract_claims(text: str, sentences: Sequence[Sentence], *, with_frames: bool = True) -> list[Claim]:
    """Claims of every sentence, ids 0..n-1 in document order, each with its context (frame, what it
    is about, when; ``factcheck.context``) unless ``with_frames`` is False (no parse: faster)."""
    claims = []
    for sentence in sentences:
        if is_question(sentence.text):
            continue
        ranges, source, source_span = _sentence_claim_ranges(text, sentence,
                                                             _clause_reader(text, sentence) if with_frames else None)
        claims.extend(make_claim(text, start, end, sentence.index, source, source_span) for start, end in ranges
                      if states_something(text[start:end]))
    claims.sort(key=lambda claim: (claim.span.start, -claim.span.end))
    numbered = [replace(claim, id=index) for index, claim in enumerate(claims)]
    return with_context(text, sentences, numbered) if with_frames else numbered
