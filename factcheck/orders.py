"""Orders a claim states between two things, read off the parse: "X is larger than Y", "X received a
longer term than Y", "a deeper cut than forecast", "more N than Y", "X finished three places above
Y", "X trails Y", "X is ahead of / behind Y", "X came before Y", "X beat Y", "the stiffer of the two
sentences".

Why: two claims that order the same two things on one scale in opposite ways cannot both be true
("He had been given a longer term than Hollis" / "Hollis received the stiffer of the two
sentences"), and a small NLI model rarely sees it across paragraphs. Every wording is normalised
to one ``Order``: (first thing, scale, direction, second thing), with the noun measured when
there is one. ``factcheck.rules.comparatives`` compares orders; this module only reads them.

How a comparison is read:

* a comparative (``JJR``/``RBR``, ``Degree=Cmp``, or a word WordNet grades: ``lexicon.comparative_base``)
  followed by 'than': what follows 'than' is the second thing. The first is the subject of the
  clause ("The cut was deeper than ..."). When the comparative modifies a noun and is compared
  with another participant ("a longer term than Hollis", "more money than Obi"), the subject (or
  the one given it: "gave Fielding a shorter sentence than Crane") is the first thing and the noun
  is the measure; compared with a reference level (a clause, a forecast, an average: "a deeper cut
  than forecast", "than that of Holbeck") or the same noun, the noun itself is the first thing;
* 'the <comparative> of the two N', 'the largest of the three', and a superlative that says what a
  named subject is or got ('Hollis received the longest sentence'): the subject is ranked above
  ``OTHER``, the other members of the set. A superlative of time ('the latest news'), of a top few
  ('the biggest challenges', 'one of the largest') or scoped by a record ('the highest since
  1998') ranks nothing in the article;
* order words WordNet does not grade (``ORDER_WORDS``): prepositions and adverbs of rank or time
  (above/below, ahead of/behind, before/after) and verbs of ranking (trail/lead, beat).

Left out on purpose, because they state no order between two things of the article: a number or a
quantity after 'than' ('more than 600', 'less than a year': the numbers rule reads those), a
comparison across settings ('more patients than at Kingsmead', 'higher than in June'), a negated
or modal comparison ('is not larger', 'would be larger'), 'as large as', 'no longer', 'rather than'.

The parser is small (about 81 UAS), so heads are found with a few surface fallbacks (a comparative
tagged as a noun, a verb tagged as a plural noun) and the things are read as short phrases.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Token

from factcheck import lexicon
from factcheck.parse import ParsedSpan, preposition
from factcheck.types import Span
from factcheck.words import DURATION_NOUNS, MONTHS, WEEKDAYS

# Order words WordNet does not record as comparatives, each as the graded adjective it stands for and
# whether the first thing is up (True) or down that scale. Rank words share the scale of 'high'
# ("finished above Y" = "ended higher than Y"), order in time that of 'early'.
ORDER_PREPOSITIONS: dict[str, tuple[str, bool]] = {
    "above": ("high", True), "below": ("high", False), "beneath": ("high", False),
    "ahead": ("high", True), "behind": ("high", False),
    "before": ("early", True), "after": ("early", False),
}
ORDER_VERBS: dict[str, tuple[str, bool]] = {
    "trail": ("high", False), "lag": ("high", False),
    "lead": ("high", True), "beat": ("high", True), "outperform": ("high", True),
    "outpace": ("high", True), "outscore": ("high", True), "outrank": ("high", True),
    "outstrip": ("high", True), "surpass": ("high", True),
}
ORDER_WORDS = {**ORDER_PREPOSITIONS, **ORDER_VERBS}
# 'lead' ranks only between two named competitors ('Faraday leads Obi'); otherwise it guides
# ('led the investigation', 'led the way').
_GUIDING_VERBS = frozenset({"lead"})
# 'before' / 'after' order anything in time ("arrested after the raid"); they state an order of two
# things only after a verb that says no more than that: "X came before Y", "X was after Y".
_TIME_ORDER_VERBS = frozenset({"be", "come", "happen", "occur", "rank", "finish", "end"})
# Quantity comparatives: 'more', 'less', 'fewer' grade 'much' (WordNet has no lemma they come from).
_AMOUNT = {"more": True, "less": False, "fewer": False, "most": True, "least": False, "fewest": False}
AMOUNT_SCALE = "much"
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "shall", "can", "must", "'ll", "wo", "ca"})
_NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj", "nsubj:outer"})
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them", "we", "i", "you"})
_SET_WORDS = frozenset({"two", "both", "pair", "three", "four", "five", "all"})
# A superlative scoped by time or record compares a thing with its own past ('the highest level
# since 1998', 'the largest ever'), not with the other things of the article.
_RECORD_SCOPES = frozenset({"since", "ever", "record", "yet", "decade", "decades", "years", "century"})
# Words that end the phrase after 'than' or an order preposition.
_PHRASE_BREAKS = frozenset({"ADP", "PUNCT", "CCONJ", "SCONJ"})
_QUANTITY_WORDS = frozenset({"half", "third", "quarter", "double", "twice", "dozen", "dozens", "hundred",
                             "hundreds", "thousand", "thousands", "million", "millions", "billion", "percent",
                             "per", "%", "£", "$", "€", "a", "an", "one"})
_EXPECTATIONS = frozenset({"expect", "forecast", "predict", "anticipate", "estimate", "think", "plan", "hope",
                           "fear", "project", "budget", "target", "suggest", "indicate", "assume", "intend"})
# Words that make an order a forecast or a hearsay, on the verb or above it: 'is expected to finish
# above', 'is likely to overtake', 'reportedly ahead of'.
HEDGE_WORDS = frozenset({"expect", "forecast", "predict", "project", "likely", "unlikely", "tip", "poise", "set",
                         "hope", "want", "aim", "plan", "seek", "try", "reportedly", "allegedly", "possibly",
                         "perhaps", "probably"})
# Superlatives of time name the most recent ('the latest news'), not a rank among the article's things.
_TIME_SCALES = frozenset({"late", "early", "recent", "new", "old", "last", "first", "next"})
# What a reference level is a kind of in WordNet ('forecast' is a prediction, 'average' a statistic).
_REFERENCE_KINDS = ("prediction", "expectation", "estimate", "statistic")
MAX_THAN_DISTANCE = 8  # tokens from a comparative to its 'than'
MAX_PHRASE = 8  # tokens read after 'than' or an order word


@dataclass(frozen=True)
class Thing:
    """One side of an order: a noun phrase, a pronoun, a clause ('most economists had forecast'),
    or ``OTHER`` (the rest of a set: 'the stiffer of the two')."""

    text: str
    lemma: str  # head lemma, lower case: "hollis", "cut", "forecast", "he"
    names: frozenset[str] = frozenset()  # proper-name words in the phrase, possessors included
    span: Span | None = None
    kind: str = "noun"  # "noun" | "pronoun" | "clause" | "other"
    word: str = ""  # the head as written, lower case: "rovers" (lemma "rover")
    modifiers: frozenset[str] = frozenset()  # its adjectives and noun modifiers: "northern", "coastal"


OTHER = Thing(text="the other", lemma="", kind="other")


@dataclass(frozen=True)
class Order:
    """An order stated between two things: ``first`` is ``scale``-er than ``second`` when ``up``,
    less so when not. ``measure`` is the noun the scale applies to ('term' in 'a longer term than
    Hollis'), None when the things themselves are compared ('the cut was deeper')."""

    first: Thing
    second: Thing
    scale: str  # a WordNet adjective: "long", "stiff", "high", "early", "much"
    up: bool
    measure: str | None
    cue: str  # the words that state the order: "longer ... than Hollis", "trails Faraday"
    span: Span  # document offsets of ``cue``
    # whose measure it is, where the measure is a count ('the island' in 'the island drew more
    # tourists this year than last year'): two owners' counts are two measures
    owner: Thing | None = None

    def describe(self) -> str:
        return f"{self.first.text} {'above' if self.up else 'below'} {self.second.text} ({self.scale})"


# ---------------------------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------------------------


def _lower(token: Token) -> str:
    return token.lower_.replace("’", "'")


def graded_base(word: str) -> str | None:
    """The adjective a comparative or superlative grades: 'larger' -> 'large', 'deeper' -> 'deep'.

    WordNet's exception lists and suffix rules (``lexicon.comparative_base``), preferring an adjective
    to an adverb of the same form ('deeper' -> 'deep', not 'deeply')."""
    word = word.lower()
    for suffix in ("er", "est", "r", "st"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            for candidate in (stem, stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None,
                              stem[:-1] + "y" if stem.endswith("i") else None):
                if candidate and lexicon.is_lemma(candidate, "a"):
                    return candidate
    return lexicon.comparative_base(word)


def _is_comparative(token: Token) -> bool:
    degree = token.morph.get("Degree")
    # The parser tags some comparatives as nouns ('the stiffer of the two'); a word WordNet knows as
    # a noun is one ('number' is not 'more numb').
    if token.tag_ in ("JJR", "RBR") or degree == ["Cmp"]:
        return True
    word = _lower(token)
    if token.pos_ not in ("NOUN", "ADJ", "ADV", "VERB") or not word.endswith("er") or graded_base(word) is None:
        return False
    if not lexicon.is_lemma(word, "n"):
        return True
    # 'rose faster than' ('faster' is also a noun); not 'a larger number than'.
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    previous = doc[token.i - 1] if token.i > 0 else None
    return (following is not None and _lower(following) == "than" and previous is not None
            and previous.pos_ not in ("DET", "ADJ", "NUM") and previous.tag_ not in ("JJR", "JJ", "DT", "PRP$"))


def _is_superlative(token: Token) -> bool:
    return token.tag_ in ("JJS", "RBS") or token.morph.get("Degree") == ["Sup"] or _lower(token) in ("most", "least", "fewest")


def _scale_of(token: Token) -> tuple[str, bool] | None:
    """(scale, up) of a graded word: 'larger' -> (large, up), 'fewer' -> (much, down), 'more
    expensive' -> (expensive, up), 'less costly' -> (costly, down)."""
    word = _lower(token)
    if word in _AMOUNT:
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        # 'more expensive', 'less costly' (tagged ADJ or ADV): the adjective is the scale.
        if following is not None and following.pos_ in ("ADJ", "ADV") and following.tag_ not in ("JJR", "RBR", "JJS", "RBS") \
                and any(lexicon.is_lemma(following.lower_, pos) for pos in ("a", "r")):
            return following.lower_, _AMOUNT[word]
        return AMOUNT_SCALE, _AMOUNT[word]
    base = graded_base(word)
    return (base, True) if base else None


def lemma_of(token: Token) -> str:
    if _is_name(token):
        return token.lower_
    pos = {"VERB": "v", "AUX": "v", "NOUN": "n", "PROPN": "n", "ADJ": "a", "ADV": "r"}.get(token.pos_)
    if pos:
        base = lexicon.base_form(token.lower_, pos)
        if base:
            return base
    return token.lemma_.lower()


def _nominal(token: Token) -> bool:
    """A noun by the tagger or the morphologizer (they disagree: 'United' VERB/NNP)."""
    return token.tag_ in ("NN", "NNS", "NNP", "NNPS") or (token.pos_ in ("NOUN", "PROPN") and not token.tag_.startswith("VB"))


def _verbal(token: Token) -> bool:
    return token.tag_.startswith("VB") or token.tag_ == "MD" or (token.pos_ in ("VERB", "AUX") and token.tag_ not in (
        "NN", "NNS", "NNP", "NNPS"))


def _is_name(token: Token) -> bool:
    """A proper-name word; a capitalised first word only if WordNet does not know it as a common
    word ('Imports grew ...' is not a name)."""
    proper = token.pos_ == "PROPN" or token.tag_ in ("NNP", "NNPS")
    if not proper or not token.text[:1].isupper() or token.lower_ in PRONOUNS:
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.is_sent_start and (following is None or not (
            following.pos_ == "PROPN" or following.tag_ == "NNP" or following.lower_ in ("'s", "’s"))):
        return not any(lexicon.is_lemma(token.lower_, pos) or lexicon.base_form(token.lower_, pos) for pos in ("n", "a", "v"))
    return True


# ---------------------------------------------------------------------------------------------
# Things
# ---------------------------------------------------------------------------------------------


def _noun_head(token: Token) -> Token:
    """The head of the noun phrase ``token`` begins or sits in: 'St' -> 'Hospital' in 'St Luke's
    Hospital', 'consensus' -> 'forecast'."""
    current = token
    for _ in range(4):
        head = current.head
        if (head is not current and _nominal(head) and head.i > current.i and head.i - current.i <= 4
                and current.dep_ in ("compound", "flat", "flat:name", "nmod:poss", "nmod:desc", "amod", "det", "nummod")):
            current = head
        else:
            break
    return current


def _thing(parsed: ParsedSpan, tokens: Sequence[Token], head: Token, names: Iterable[str] = ()) -> Thing:
    """A thing from the tokens of its phrase and its head (and names it goes by beyond the phrase)."""
    tokens = sorted(set(tokens), key=lambda t: t.i) or [head]
    kind = "pronoun" if head.lower_ in PRONOUNS and len(tokens) == 1 else "noun"
    return Thing(text=_text(parsed, tokens), lemma=lemma_of(head),
                 names=frozenset(t.lower_ for t in tokens if _is_name(t)) | frozenset(names),
                 span=parsed.tokens_span(tokens), kind=kind, word=head.lower_, modifiers=_modifiers(tokens, head))


def _modifiers(tokens: Iterable[Token], head: Token) -> frozenset[str]:
    """What sets one thing of a kind apart from another: 'northern' in 'the northern route'."""
    return frozenset(lemma_of(t) for t in tokens if t is not head and not _is_name(t) and t.pos_ in ("ADJ", "NOUN")
                     and not t.like_num and _lower(t) not in _QUANTITY_WORDS and t.tag_ not in ("JJR", "JJS", "RBR", "RBS")
                     and _lower(t) not in _AMOUNT)


def _text(parsed: ParsedSpan, tokens: Sequence[Token]) -> str:
    """The words of ``tokens`` as the sentence spells them ('St Luke's', not 'St Luke 's')."""
    span = parsed.tokens_span(tokens)
    start = span.start - parsed.span.start
    return parsed.doc.text[start: start + len(span)]


def _phrase_of(head: Token) -> list[Token]:
    """``head`` with its determiners, modifiers, compounds and possessors (not its clauses)."""
    keep = {"det", "amod", "compound", "flat", "flat:name", "nmod:poss", "nmod:desc", "case", "nummod", "fixed"}
    found, stack = [head], [c for c in head.children if c.dep_ in keep]
    while stack:
        token = stack.pop()
        if token.dep_ == "case" and token.head == head:
            continue
        found.append(token)
        stack.extend(c for c in token.children if c.dep_ in keep)
    return [t for t in found if t.pos_ != "PUNCT"]


def _overlapping(first: Thing, second: Thing) -> bool:
    """The two things share words of the sentence, so they are one thing read twice, not two ranked."""
    return first.span is not None and second.span is not None and first.span.overlaps(second.span)


def _subject_thing(parsed: ParsedSpan, head: Token) -> Thing:
    head = _verb_taken_for_noun(head) or head
    tokens = [t for t in _phrase_of(head) if not t.is_space]
    if _is_name(head) or head.text[:1].isupper():  # 'Diane Holt' with 'Diane' hung elsewhere
        start = head.i
        while start > 0 and (_is_name(head.doc[start - 1]) or head.doc[start - 1].text[:1].isupper() and start - 1 == 0):
            start -= 1
        tokens.extend(head.doc[start: head.i])
    names: set[str] = set()
    for child in head.children:
        if child.i < head.i:
            continue
        if child.dep_ == "appos":  # 'Her brother, Mark Holt, ...'
            names.update(t.lower_ for t in _phrase_of(child) if _is_name(t))
        elif child.dep_ in ("nmod", "obl") and preposition(child) in ("of", "in", "at", "for"):
            # 'shares in Volta' goes by Volta's name; 'that of Holbeck Airport', 'those in Ireland'
            # take theirs from what the stand-in word points to.
            inner = _phrase_of(child)
            if _lower(head) in _STAND_INS:
                tokens.extend(inner)
            names.update(t.lower_ for t in inner if _is_name(t))
    return _thing(parsed, tokens, head, names)


def _following_phrase(parsed: ParsedSpan, start: int, end: int) -> Thing | None:
    """The phrase that starts at token ``start`` (after 'than' or an order word), or None when it is a
    number or quantity, a phrase with a preposition of its own ('than at Kingsmead', 'than in June'),
    or nothing the order can be about."""
    doc = parsed.doc
    window: list[Token] = []
    for token in doc[start: min(end, start + MAX_PHRASE + 2)]:
        if token.is_space:
            continue
        if len(window) == MAX_PHRASE:
            break
        if window and token.text in ("-", "–") and not window[-1].whitespace_:
            continue  # 'longer-run', 'half-point'
        if window and (token.pos_ in _PHRASE_BREAKS or token.lower_ in _RELATIVE_PRONOUNS):
            if token.lower_ in ("'s", "’s"):
                window.append(token)
                continue
            if token.pos_ == "ADP" and _lower(window[-1]) in _STAND_INS:
                window.append(token)  # 'that of Holbeck Airport', 'those in Ireland'
                continue
            break
        if not window and token.pos_ in ("ADP", "SCONJ", "PUNCT"):
            return None  # 'than at Kingsmead', 'than in June', 'than before the war'
        window.append(token)
    if not window or any((t.like_num or t.pos_ == "NUM" or _lower(t) in _QUANTITY_WORDS)
                         and not _pronoun_one(t, window) for t in window):
        return None
    if _is_clause(window):
        return _clause_thing(parsed, window)
    if _lower(window[0]) in _STAND_INS:
        # 'that of Holbeck Airport', 'those in Ireland', 'either of Manchester's runways': the
        # stand-in word takes its names from what it points to.
        return Thing(text=_text(parsed, window), lemma=_lower(window[0]),
                     names=frozenset(t.lower_ for t in window if _is_name(t)),
                     span=parsed.tokens_span(window), kind="noun")
    run = _first_noun_run(window)
    if run is None:
        if len(window) == 1 and window[0].pos_ in ("ADV", "ADJ"):  # 'than usual', 'than ever'
            return Thing(text=window[0].text, lemma=window[0].lower_, span=parsed.token_span(window[0]),
                         kind="clause")
        return None
    tokens = window[: window.index(run[-1]) + 1]
    head = run[-1]
    return _thing(parsed, tokens, head, _apposed_names(tokens[-1]) | _named_complement(tokens[-1]))


def _pronoun_one(token: Token, window: Sequence[Token]) -> bool:
    """'one' standing for a noun named before ('the old one', 'the western one'), not a number: it
    follows an article or an adjective of its phrase."""
    at = window.index(token)
    before = window[at - 1] if at > 0 else None
    return (_lower(token) in ("one", "ones") and before is not None
            and (before.pos_ in ("DET", "ADJ") or (before.dep_ == "compound" and before.head == token)))


def _named_complement(last: Token) -> frozenset[str]:
    """'shares in Arc', 'the headquarters of Norcom': a phrase that goes by the name after it."""
    doc = last.doc
    if last.i + 2 >= len(doc) or _lower(doc[last.i + 1]) not in ("of", "in", "at", "for"):
        return frozenset()
    run = []
    for token in doc[last.i + 2: last.i + 6]:
        if _is_name(token):
            run.append(token)
        elif run or _lower(token) not in ("the",):
            break
    return frozenset(t.lower_ for t in run)


def _apposed_names(last: Token) -> frozenset[str]:
    """'than his deputy, Lena Marsh, ...': the name set off by commas after the phrase is its name."""
    doc = last.doc
    if last.i + 2 >= len(doc) or doc[last.i + 1].text != ",":
        return frozenset()
    run = []
    for token in doc[last.i + 2: last.i + 6]:
        if not _is_name(token):
            break
        run.append(token)
    after = doc[last.i + 2 + len(run)] if last.i + 2 + len(run) < len(doc) else None
    if not run or (after is not None and after.pos_ != "PUNCT"):
        return frozenset()
    return frozenset(t.lower_ for t in run)


_STAND_INS = frozenset({"that", "those", "one", "ones", "either", "each", "any", "both"})


def _first_noun_run(window: Sequence[Token]) -> list[Token] | None:
    """The first run of nouns (with possessive 's) in ``window``: 'imports' in 'imports last year',
    'consensus forecast', 'St Luke's Hospital'."""
    run: list[Token] = []
    for token in window:
        if token.is_space:
            continue
        # Not a clause, so a word WordNet knows as a noun is one, whatever its tag ('shares' VBZ).
        noun = _nominal(token) or (_verbal(token) and lexicon.base_form(token.lower_, "n") is not None)
        possessed = bool(run) and run[-1].lower_ in ("'s", "’s")  # "the Committee's longer-run objective"
        if noun or token.pos_ == "PRON" or (run and token.lower_ in ("'s", "’s")):
            run.append(token)
        elif possessed and token.pos_ in ("ADJ", "NOUN", "PROPN", "NUM"):
            continue
        elif run:
            break
    while run and run[-1].lower_ in ("'s", "’s"):
        run.pop()
    return run or None


def _is_clause(window: Sequence[Token]) -> bool:
    """'than expected', 'than previously thought', 'than most economists had forecast', 'than they
    can regrow': a participle, or a verb after its subject; not a plural noun tagged as a verb
    ('than shares in Arc')."""
    first = window[0]
    if first.tag_ in ("VBN", "VBD", "VBG") or (first.pos_ == "ADV" and len(window) > 1 and window[1].tag_ in ("VBN", "VBD")):
        return True
    return any(_verbal(t) and i > 0 and (_nominal(window[i - 1]) or window[i - 1].pos_ in ("PRON", "AUX")
                                         or _verbal(window[i - 1])) for i, t in enumerate(window))


def _clause_thing(parsed: ParsedSpan, window: Sequence[Token]) -> Thing:
    """'than most economists had forecast', 'than expected', 'than previously thought': a clause,
    named by its verb."""
    verbs = [t for t in window if _verbal(t)] or list(window)
    last = window[-1] if window[-1].pos_ != "AUX" else verbs[-1]
    verb = lexicon.base_form(last.lower_, "v") or lemma_of(last)
    return Thing(text=_text(parsed, window), lemma=verb, names=frozenset(t.lower_ for t in window if _is_name(t)),
                 span=parsed.tokens_span(window), kind="clause")


def _verb_taken_for_noun(token: Token) -> Token | None:
    """'Norcom employs fewer people', parsed with 'employs' as a noun: a third-person verb WordNet
    knows, right after a noun or name; returns that noun (the real subject), else None."""
    word = token.lower_
    if token.i == 0 or not word.endswith("s") or token.tag_ not in ("NNS", "NNPS", "VBZ") or _is_name(token):
        return None
    previous = token.doc[token.i - 1]
    if not (_nominal(previous) or previous.text[:1].isupper()) or previous.pos_ == "PRON":
        return None
    base = lexicon.base_form(word, "v")
    if base is None or base == word:
        return None
    return _noun_head(previous) if previous.head is not token else previous


def _surface_subject(token: Token) -> Token | None:
    """Where the parse gives no subject: the noun right before the first verb of the sentence,
    read off the words ('The company employs fewer people than ...')."""
    for candidate in token.doc[1: token.i]:
        if _verbal(candidate) or _verb_taken_for_noun(candidate) is not None:
            previous = candidate.doc[candidate.i - 1]
            return previous if _nominal(previous) or previous.text[:1].isupper() else None
    return None


def _subject_before(token: Token) -> Token | None:
    """The closest subject to the left of ``token`` whose verb is also to its left: where the parse
    of a long sentence breaks ('Kingsmead General saw 68.2 per cent ..., ahead of St Luke's')."""
    for candidate in reversed(token.doc[: token.i]):
        if candidate.is_space:
            continue
        if candidate.dep_ in _SUBJECTS and candidate.head.i < token.i and candidate.pos_ not in ("VERB", "AUX"):
            return _antecedent(candidate) if _lower(candidate) in _RELATIVE_PRONOUNS else candidate
    return None


def _clause_subject(token: Token) -> Token | None:
    found = _real(_climb_to_subject(token))
    if found is None:
        found = _real(_subject_before(token))
    if found is None:
        found = _real(_leading_name(token))
    if found is not None and _verb_taken_for_noun(found) is not None:
        found = _verb_taken_for_noun(found)
    return found if found is not None else _real(_surface_subject(token))


def _real(token: Token | None) -> Token | None:
    """None for a whitespace token (a line break the parser hung in the tree)."""
    return None if token is None or token.is_space or token.pos_ == "PUNCT" else token


def _leading_name(token: Token) -> Token | None:
    """A capitalised word that opens the sentence right before its verb, however the parser tagged
    it ('United finished above Rovers' with 'United' as a participle)."""
    verb = _governing_verb(token)
    if verb is None or not 0 < verb.i <= 3:
        return None
    opening = list(token.doc[0: verb.i])
    if all(t.text[:1].isupper() for t in opening) and not any(t.pos_ in ("PRON", "DET") for t in opening):
        return opening[-1]
    return None


def _climb_to_subject(token: Token) -> Token | None:
    """The subject of the clause ``token`` is in: its own subject, a relative clause's antecedent,
    an apposition's head, a small clause's noun ('found Faraday running behind Obi'); climbing a
    few heads, since comparatives hang off nouns and adverbs as often as off verbs."""
    current = token
    for _ in range(6):
        subjects = [c for c in current.children if c.dep_ in _SUBJECTS]
        if subjects:
            subject = subjects[0]
            inner = [c for c in subject.children if c.dep_ in _SUBJECTS]
            if _verbal(subject) and inner:  # a mis-parse: 'Exports grew faster' as (grew <- faster)
                subject = inner[0]
            if _lower(subject) in _RELATIVE_PRONOUNS:
                return _antecedent(subject)
            return subject
        if current.dep_ == "acl:relcl":
            return _antecedent(current)
        if current.dep_ == "appos" and current.head is not current:
            return current.head
        if _verbal(current) and current.dep_ == "acl" and _nominal(current.head) and current.head.i < current.i:
            return current.head  # 'Harlow scored fewer goals' parsed as a noun with a reduced clause
        if current.pos_ in ("VERB", "AUX"):
            # 'found Faraday running behind Obi' parsed with Faraday as a compound of 'running'.
            named = [c for c in current.children if c.dep_ == "compound" and c.i < current.i and _is_name(c)]
            if named:
                return named[-1]
            if current.dep_ in ("xcomp", "ccomp") and current.head is not current:
                objects = [c for c in current.head.children if c.dep_ == "obj" and c.i < current.i]
                if objects:
                    return objects[0]
        if current.head is current:
            return None
        current = current.head
    return None


def _antecedent(token: Token) -> Token | None:
    """What a relative clause is about: the noun it hangs off, or, where the parser hung it off a
    verb ('pointed to St Luke's, which beat ...'), the last noun before the clause."""
    clause = token if token.dep_ == "acl:relcl" else token.head
    if clause.dep_ == "acl:relcl" and (_nominal(clause.head) or clause.head.pos_ == "PRON") and clause.head.i < token.i:
        return clause.head
    start = min(token.i, *(t.i for t in clause.subtree)) if clause.dep_ == "acl:relcl" else token.i
    for candidate in reversed(token.doc[max(0, start - 6): start]):
        if candidate.pos_ in ("PUNCT", "PART") or _lower(candidate) in ("'s",):
            continue
        return _noun_head(candidate) if _nominal(candidate) else None
    return None


def _governing_verb(token: Token) -> Token | None:
    current = token
    for _ in range(5):
        if current.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in current.children):
            return current
        if current.head is current:
            return None
        current = current.head
    return None


def _denied_or_modal(token: Token) -> bool:
    """'is not larger', 'no bigger than', 'would be larger', 'could overtake', 'is expected to finish
    above', 'if it finishes above', 'reportedly ahead of': no plain statement of an order."""
    chain: list[Token] = [token, token.head]
    verb = _governing_verb(token)
    for _ in range(3):  # the verb, and the verbs it is the complement of ('expected to finish')
        if verb is None or verb in chain[2:]:
            break
        chain.append(verb)
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head is verb:
            break
        verb = verb.head
    for current in chain:
        if current is not token and lemma_of(current) in HEDGE_WORDS:
            return True
        for child in current.children:
            word = _lower(child)
            if word in _NEGATORS and child.dep_ in ("advmod", "neg", "det", "advmod:neg", "discourse"):
                return True
            if child.dep_ in ("aux", "aux:pass") and word in _MODALS:
                return True
            if (child.dep_ == "mark" and word in ("if", "unless", "whether")) or (
                    child.dep_ == "advmod" and lemma_of(child) in HEDGE_WORDS):
                return True
    before = token.doc[max(token.i - 2, 0): token.i]
    return any(_lower(t) in _NEGATORS for t in before)


# ---------------------------------------------------------------------------------------------
# Comparatives with 'than'
# ---------------------------------------------------------------------------------------------


def _than_after(token: Token, end: int) -> Token | None:
    for other in token.doc[token.i + 1: min(end, token.i + 1 + MAX_THAN_DISTANCE)]:
        if _lower(other) == "than":
            return other
        if other.lower_ in (",", ";", ":", "(", "—", "–") or _lower(other) in ("as", "and", "but"):
            return None
    return None


def _modified_noun(token: Token) -> Token | None:
    """The noun a comparative modifies: 'a longer term', 'more ambulance patients', 'more money';
    also where the parser took the comparative for the noun ('a heavier fine' as heavier <- fine)."""
    if token.dep_ in ("amod", "det", "nummod") and _nominal(token.head) and 0 < token.head.i - token.i <= 3:
        return token.head
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if nxt is None or _lower(nxt) == "than":
        return None
    if nxt.tag_ in ("NN", "NNS") or (nxt.pos_ == "NOUN" and not _verbal(nxt)):
        return _noun_head(nxt)
    previous = token.doc[token.i - 1] if token.i > 0 else None
    if previous is not None and _lower(previous) in ("a", "an", "the") and lexicon.is_lemma(nxt.lower_, "n"):
        return nxt
    return None


def _is_reference(thing: Thing) -> bool:
    """A level a measured thing is set against rather than another participant: a clause ('than
    forecast', 'than most economists had expected'), a stand-in ('than that of Holbeck'), or a
    prediction, estimate or statistic ('than the consensus forecast', 'than the national average')."""
    if thing.kind == "clause" or thing.lemma in _STAND_INS or thing.lemma in _EXPECTATIONS:
        return True
    if thing.kind != "noun" or thing.names:
        return False
    try:
        return any(lexicon.is_a(thing.lemma, kind, "n", max_senses=2) for kind in _REFERENCE_KINDS)
    except (KeyError, ValueError):
        return False


def _than_order(parsed: ParsedSpan, cue: Token, end: int) -> Order | None:
    than = _than_after(cue, end)
    if than is None or _lower(cue) in ("rather", "other") or _denied_or_modal(cue):
        return None
    previous = cue.doc[cue.i - 1] if cue.i > 0 else None
    if previous is not None and _lower(previous) in ("no", "any") and _lower(cue) == "longer" and than.i > cue.i + 1:
        return None
    graded = _scale_of(cue)
    if graded is None:
        return None
    scale, up = graded
    timed = _time_order(parsed, cue, than, scale, up)
    if timed is not None:
        return timed
    second = _following_phrase(parsed, than.i + 1, len(parsed.doc))
    if second is None:
        return _setting_order(parsed, cue, than, scale, up)
    if second.kind == "clause" and second.lemma == "not":  # 'more often than not'
        return None
    noun = _modified_noun(cue) if scale == AMOUNT_SCALE or cue.pos_ in ("ADJ", "NOUN") else None
    if scale != AMOUNT_SCALE and _lower(cue) in _AMOUNT:  # 'more expensive than': the adjective carries it
        noun = _modified_noun(cue.doc[cue.i + 1])
    measure, first = None, None
    if noun is not None and noun.i < than.i:
        noun_thing = _subject_thing(parsed, noun)
        if not _is_reference(second) and not _same_lemma(second, noun_thing):
            subject = _recipient(noun) or _clause_subject(noun)
            if subject is None:
                return None
            first, measure = _subject_thing(parsed, subject), noun_thing.lemma
        else:  # 'a deeper cut than forecast', 'a longer runway than that of Holbeck'
            first = noun_thing
    else:
        subject = _clause_subject(cue)
        if subject is None:
            return None
        first = _subject_thing(parsed, subject)
    if _overlapping(first, second):
        return None
    if second.lemma in ("one", "ones") and second.kind == "noun" and first.kind == "noun" and second.modifiers:
        # 'the eastern runway is longer than the western one': 'one' is a runway
        second = replace(second, lemma=first.lemma, word=first.word)
    return Order(first, second, scale, up, measure, _cue_text(parsed, cue, second), _cue_span(parsed, cue, second))


# Prepositions of a setting a measure is compared across: 'higher in the north than in the south'.
_SETTING_PREPOSITIONS = frozenset({"in", "at", "on", "among", "for", "during"})


def _setting_order(parsed: ParsedSpan, cue: Token, than: Token, scale: str, up: bool) -> Order | None:
    """One measure compared across two settings: 'Unemployment is higher in the north than in the
    south', 'Inflation was higher in March than in June'. The order is between the settings (the
    phrase before 'than' with the same preposition, on the comparative or on its subject), and the
    measure is the subject: so 'lower in the north than in the south' is the opposite order."""
    doc = parsed.doc
    if than.i + 1 >= len(doc) or _lower(doc[than.i + 1]) not in _SETTING_PREPOSITIONS:
        return None
    setting = _lower(doc[than.i + 1])
    later = [t for t in doc[than.i + 2: than.i + 2 + MAX_PHRASE] if _has_case(t, setting)]
    subject = _clause_subject(cue)
    if not later or subject is None:
        return None
    noun = _modified_noun(cue) if scale == AMOUNT_SCALE else None
    settings = [t for t in _dependents(cue, subject, noun, _governing_verb(cue))
                if t.i < than.i and t.dep_ in ("obl", "nmod") and preposition(t) in _SETTING_PREPOSITIONS]
    same = [t for t in settings if _has_case(t, setting)]  # 'in the valley than on the coast'
    earlier = same or settings
    if len(earlier) != 1:
        return None
    first, second = _subject_thing(parsed, earlier[0]), _subject_thing(parsed, later[0])
    if _overlapping(first, second):
        return None
    measure, owner = _measure_and_owner(parsed, noun, subject)
    return Order(first, second, scale, up, measure, _cue_text(parsed, cue, second), _cue_span(parsed, cue, second),
                 owner)


def _dependents(*heads: Token | None) -> list[Token]:
    """Where a setting or a time may hang: the children of each head, and those of the heads'
    subjects and objects (the parse often hangs 'in June' or 'this summer' on the object: 'left
    the depot | in June'), each token once."""
    seen: dict[int, Token] = {}
    for head in heads:
        for child in head.children if head is not None else ():
            seen.setdefault(child.i, child)
            if child.dep_ in (*_SUBJECTS, "obj"):
                for grandchild in child.children:
                    seen.setdefault(grandchild.i, grandchild)
    return list(seen.values())


def _measure_and_owner(parsed: ParsedSpan, noun: Token | None, subject: Token) -> tuple[str, Thing | None]:
    """What is measured across two settings or times, and whose it is: for an amount of a noun
    ('more flights'), the noun, and the clause's other participant ('the airport handled more
    flights' / 'fewer flights used the airport': flights, the airport's); else the subject
    ('unemployment is higher in the north'), no one's."""
    if noun is None:
        return _subject_thing(parsed, subject).lemma, None
    verb = _governing_verb(noun)
    others = [c for c in verb.children if c.dep_ in (*_SUBJECTS, "obj") and c.i != noun.i
              and not _a_time(c)] if verb is not None else []
    owner = _subject_thing(parsed, others[0]) if len(others) == 1 else None
    return lemma_of(noun), owner


# Nouns of a time a measure is compared across with no preposition ('this year than last year'),
# and the words that make such a noun one time.
_TIME_NOUNS = DURATION_NOUNS | {"season", "quarter", "spring", "summer", "autumn", "winter"}
_DEICTIC_TIMES = frozenset({"this", "last", "next", "previous"})


def _a_time(token: Token) -> bool:
    """'last year', 'this season', 'March', 'Monday': a time that needs no preposition."""
    word = _lower(token)
    if token.pos_ == "PROPN" and (word in MONTHS or word in WEEKDAYS):
        return True
    return lemma_of(token) in _TIME_NOUNS and any(_lower(c) in _DEICTIC_TIMES for c in token.children)


def _time_thing(parsed: ParsedSpan, token: Token) -> Thing:
    """A time as a thing an order relates: 'this year' and 'last year' are two, though one noun."""
    tokens = sorted([token, *(c for c in token.children if c.dep_ in ("det", "amod"))], key=lambda t: t.i)
    words = " ".join(_lower(t) for t in tokens)
    return Thing(text=_text(parsed, tokens), lemma=words, span=parsed.tokens_span(tokens), kind="noun", word=words)


def _time_order(parsed: ParsedSpan, cue: Token, than: Token, scale: str, up: bool) -> Order | None:
    """One measure compared across two times named with no preposition: 'Fewer tourists visited
    the island this year than last year' / 'The island drew more tourists this year than last
    year'. The order is between the times (the one before 'than', on the clause, the comparative or
    its noun) and the measure is what the comparative grades (``_measure_and_owner``)."""
    doc = parsed.doc
    if than.i + 1 >= len(doc):
        return None
    later = _noun_head(doc[than.i + 1])
    subject = _clause_subject(cue)
    if not _a_time(later) or subject is None:
        return None
    noun = _modified_noun(cue) if scale == AMOUNT_SCALE else None
    earlier = [t for t in _dependents(cue, noun, _governing_verb(cue)) if t.i < than.i and _a_time(t)]
    if len(earlier) != 1:
        return None
    first, second = _time_thing(parsed, earlier[0]), _time_thing(parsed, later)
    if first.lemma == second.lemma:
        return None
    measure, owner = _measure_and_owner(parsed, noun, subject)
    return Order(first, second, scale, up, measure, _cue_text(parsed, cue, second), _cue_span(parsed, cue, second),
                 owner)


def _has_case(token: Token, preposition: str) -> bool:
    """``preposition`` is among the token's case markers ('than in June' marks June with both)."""
    return any(c.dep_ == "case" and _lower(c) == preposition for c in token.children)


def _recipient(noun: Token) -> Token | None:
    """'gave Fielding a shorter sentence than Crane': who was given the measured thing."""
    verb = noun.head
    if noun.dep_ not in ("obj", "obl:unmarked") or not _verbal(verb):
        return None
    given = [c for c in verb.children if c.dep_ == "iobj" or (c.dep_ == "obj" and c.i < noun.i and c is not noun)]
    return given[0] if given else None


def _same_lemma(a: Thing, b: Thing) -> bool:
    return a.lemma == b.lemma or a.lemma in ("that", "those", "one")


def _cue_text(parsed: ParsedSpan, cue: Token, second: Thing) -> str:
    span = _cue_span(parsed, cue, second)
    start = span.start - parsed.span.start
    return parsed.doc.text[start: start + len(span)]


def _cue_span(parsed: ParsedSpan, cue: Token, second: Thing) -> Span:
    start = parsed.offset_of(cue)
    end = second.span.end if second.span is not None and second.span.end > start else start + len(cue.text)
    return Span(start, end)


# ---------------------------------------------------------------------------------------------
# 'The stiffer of the two', superlatives
# ---------------------------------------------------------------------------------------------


def _set_member(parsed: ParsedSpan, cue: Token, end: int) -> Order | None:
    """'the stiffer of the two sentences', 'the larger of the two', 'the longest sentence', 'the
    largest of the three hospitals': the subject ranks above the rest of the set."""
    doc = cue.doc
    first_i, last_i = _coordinated(cue)
    if first_i == 0 or _lower(doc[first_i - 1]) not in ("the", "its", "their", "his", "her") or _denied_or_modal(cue):
        return None
    graded = _scale_of(cue)
    if graded is None:
        return None
    scale, up = graded
    after = [t for t in doc[last_i + 1: min(len(doc), last_i + 6)]]
    measure: Token | None = None
    bare = False  # a superlative with no set named: 'the longest sentence'
    if after and _lower(after[0]) == "of":
        rest = [t for t in after[1:] if _lower(t) not in ("the", "its", "their", "all")]
        if not rest or _lower(rest[0]) not in _SET_WORDS:
            return None
        nouns = [t for t in rest[1:3] if t.pos_ == "NOUN"]
        measure = nouns[0] if nouns else None
    elif _is_superlative(cue):
        measure = _modified_noun(cue)
        if measure is None or not _says_what_it_is(measure) or _one_of(cue):
            return None
        scope = {_lower(t) for t in doc[measure.i + 1: min(len(doc), measure.i + 5)]}
        if scope & _RECORD_SCOPES or scale in _TIME_SCALES:
            return None
        bare = True
    else:
        return None
    subject = _own_subject(measure) if bare and measure is not None else _clause_subject(cue)
    if subject is None:
        return None
    first = _subject_thing(parsed, subject)
    if bare and not first.names and first.kind != "pronoun":
        return None  # 'the best ideas start at home': no named thing is ranked
    cue_end = measure if measure is not None and measure.i > cue.i else cue
    span = parsed.tokens_span([doc[first_i - 1], cue_end])
    start = span.start - parsed.span.start
    return Order(first, OTHER, scale, up, lemma_of(measure) if measure is not None else None,
                 parsed.doc.text[start: start + len(span)], span)


def _coordinated(cue: Token) -> tuple[int, int]:
    """The first and last positions of the comparatives coordinated with ``cue``: 'the quicker and
    shorter of the two routes' ranks the subject on both scales."""
    doc = cue.doc
    first = last = cue.i
    while first >= 2 and _lower(doc[first - 1]) in ("and", "or") and _is_comparative(doc[first - 2]):
        first -= 2
    while last + 2 < len(doc) and _lower(doc[last + 1]) in ("and", "or") and _is_comparative(doc[last + 2]):
        last += 2
    return first, last


def _says_what_it_is(noun: Token) -> bool:
    """The superlative's phrase says what the subject got or is: an object ('received the longest
    sentence'), an apposition ('Kingsmead, the largest hospital') or a predicate ('is the largest
    hospital'), not a phrase of its own ('the best ideas start at home', 'in the best interest of')
    or a top few ('the biggest challenges')."""
    if noun.tag_ == "NNS" or any(c.dep_ == "case" for c in noun.children):
        return False
    return noun.dep_ in ("obj", "appos", "xcomp") or any(c.dep_ == "cop" for c in noun.children)


def _own_subject(noun: Token) -> Token | None:
    """The subject of the verb or copula whose object or predicate ``noun`` is, with no climbing
    past it: 'Hollis received the longest sentence' (Hollis), 'X is the largest hospital' (X)."""
    if noun.dep_ == "appos":
        return noun.head
    holder = noun if any(c.dep_ == "cop" for c in noun.children) else noun.head
    subjects = [c for c in holder.children if c.dep_ in _SUBJECTS]
    if not subjects:
        return _antecedent(holder) if holder.dep_ == "acl:relcl" else None
    return _antecedent(subjects[0]) if _lower(subjects[0]) in _RELATIVE_PRONOUNS else subjects[0]


def _one_of(cue: Token) -> bool:
    """'one of the largest': a member of the top few, not the top one."""
    doc = cue.doc
    return cue.i >= 3 and _lower(doc[cue.i - 2]) == "of" and _lower(doc[cue.i - 3]) in ("one", "some", "among", "many", "two", "three")


# ---------------------------------------------------------------------------------------------
# Order words: above / below, ahead of / behind, before / after, trail / lead, beat
# ---------------------------------------------------------------------------------------------


def _preposition_order(parsed: ParsedSpan, cue: Token, end: int) -> Order | None:
    word = _lower(cue)
    scale, up = ORDER_PREPOSITIONS[word]
    doc = cue.doc
    start = cue.i + 1
    if start < len(doc) and _lower(doc[start]) == "of" and word in ("ahead",):
        start += 1
    elif word == "ahead":
        return None  # 'ahead by nine points', 'the months ahead': no second thing
    if start >= len(doc) or _verbal(doc[start]) or doc[start].pos_ in ("PUNCT", "ADP", "SCONJ", "CCONJ", "PART", "ADV"):
        return None  # 'the diagram below lists ...', 'ahead by nine points': no second thing
    second = _following_phrase(parsed, start, len(doc))
    if second is None or second.kind == "clause" or _denied_or_modal(cue):
        return None
    anchor = cue.head if cue.dep_ in ("case", "fixed") else cue
    if not _ranks_a_clause(anchor):
        return None
    verb = _governing_verb(anchor)
    if scale == "early":
        if verb is None or lemma_of(verb) not in _TIME_ORDER_VERBS:
            return None
    subject = _placed_object(verb, cue) or _clause_subject(anchor)
    if subject is None or cue.i <= subject.i <= cue.i + MAX_PHRASE:
        return None
    first = _subject_thing(parsed, subject)
    return Order(first, second, scale, up, None, _cue_text(parsed, cue, second), _cue_span(parsed, cue, second))


def _placed_object(verb: Token | None, cue: Token) -> Token | None:
    """'put the Greens behind Labour', 'found Faraday running behind Obi': what the verb places is
    its object between it and the order word (not a distance: 'finished three places above')."""
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ in ("obj", "iobj") and verb.i < child.i < cue.i and not any(
                c.dep_ == "nummod" or c.like_num for c in child.children) and not _contest(child):
            return child
    return None


def _contest(noun: Token) -> bool:
    """An object that is the event the subject took part in ('finished the race ahead of Dennis'):
    the subject is placed, not the race. An event in WordNet's first two senses and no group in its
    first ('the party' is placed)."""
    word = lemma_of(noun)
    return (noun.pos_ == "NOUN" and lexicon.is_a(word, "event", "n", max_senses=2)
            and not lexicon.is_a(word, "social group", "n", max_senses=1))


def _ranks_a_clause(anchor: Token) -> bool:
    """The order phrase places what the clause is about ('finished above Ashby', 'is ahead of St
    Luke's', 'three places above Ashby', 'two points behind'), not a noun it describes ('the stories
    behind the science', 'the flat above the shop')."""
    if anchor.dep_ not in ("nmod", "acl"):
        return True
    head = anchor.head
    return (head.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "nummod" or c.like_num for c in head.children)
            or _verb_taken_for_noun(head) is not None  # 'Farnham sits above ...' with 'sits' as a noun
            or head.dep_ == "obj" and _contest(head))  # 'finished the race ahead of Harlow'


def _verb_order(parsed: ParsedSpan, cue: Token, end: int) -> Order | None:
    """'Obi trails Faraday', 'St Luke's, which beat Kingsmead', 'X leads Y by three points'."""
    base = lexicon.base_form(cue.lower_, "v")
    if base not in ORDER_VERBS:
        return None
    scale, up = ORDER_VERBS[base]
    doc = cue.doc
    is_verb = _verbal(cue) and cue.dep_ not in ("amod", "compound")
    # A verb the parser took for a plural noun: 'Obi trails Faraday' (a name on either side).
    mistagged = (not is_verb and 0 < cue.i < len(doc) - 1 and doc[cue.i - 1].text[:1].isupper()
                 and doc[cue.i - 1].pos_ not in ("DET", "PRON") and _is_name(doc[cue.i + 1]))
    if not (is_verb or mistagged) or _denied_or_modal(cue):
        return None
    nxt = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
    if nxt is None or nxt.pos_ not in ("PROPN", "NOUN", "DET", "PRON") or _lower(nxt) in ("to", "by", "in"):
        return None
    second = _following_phrase(parsed, cue.i + 1, len(doc))
    if second is None or second.kind == "clause":
        return None
    if mistagged:
        subject = doc[cue.i - 1]
    else:
        subject = _clause_subject(cue)
    if subject is None:
        return None
    first = _subject_thing(parsed, subject)
    if _overlapping(first, second):
        return None
    if base in _GUIDING_VERBS and not (first.lemma in first.names and second.lemma in second.names):
        return None  # 'to lead the guild', 'led the White House study': guiding, not ranking
    return Order(first, second, scale, up, None, _cue_text(parsed, cue, second), _cue_span(parsed, cue, second))


# ---------------------------------------------------------------------------------------------
# The claim's orders
# ---------------------------------------------------------------------------------------------


def _readable(order: Order) -> bool:
    """Both things are words (a parse can hang a line break where a subject should be)."""
    return all(thing.kind == "other" or (thing.text.strip() and thing.lemma.strip() and not thing.text.isspace())
               for thing in (order.first, order.second))


def read_orders(parsed: ParsedSpan, tokens: Iterable[Token]) -> tuple[Order, ...]:
    """Every order stated by a word among ``tokens`` (the claim's), read with the whole sentence's parse."""
    found: list[Order] = []
    end = len(parsed.doc)
    for token in tokens:
        word = _lower(token)
        order: Order | None = None
        if word in ORDER_PREPOSITIONS:
            order = _preposition_order(parsed, token, end)
        elif token.pos_ in ("VERB", "NOUN") and lexicon.base_form(token.lower_, "v") in ORDER_VERBS:
            order = _verb_order(parsed, token, end)
        elif word in _AMOUNT or _is_comparative(token) or _is_superlative(token):
            order = _than_order(parsed, token, end) or _set_member(parsed, token, end)
        if order is not None and order not in found and _readable(order):
            found.append(order)
    return tuple(found)
