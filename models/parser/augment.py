"""Sums of money for the parser to learn from: GUM train sentences with one short noun phrase
rewritten as a sum ('She paid the rent' -> 'She paid $800', 'for the land' -> 'for £4 million').

Why: GUM has 18 currency signs in 108 documents, so the parser trained on it alone tags the verb
before a sign as a noun and makes the sign the root ('The club spent $4 million on the stand'),
and every rule that reads a sum, a subject or a verb loses the sentence. News is full of sums.

The rewrite keeps GUM's own annotation of a sum ('US $ 10 billion' in GUM_interview_cyclone): the
sign heads the phrase and takes the replaced noun's head and relation, and its case marker
('for', 'at'); the figure, or the scale word after it, is the sign's ``nummod``; a figure before a
scale word is the scale word's ``compound``. The sentence around it is GUM's, with GUM's tree: what
the parser learns is where a sum sits in a clause, not what it means.

Only train documents are rewritten, and the copies are added beside the originals; dev and test
stay GUM's own, so the parser's scores stay comparable with the model trained without them.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from dataclasses import replace

from gum import Word

SIGNS = ("$", "£", "€")
SCALES = ("million", "billion")
FIGURES = ("4", "12", "45", "250", "800", "1.2", "3.5", "9.75")  # with or without a scale word
LARGE_FIGURES = ("1,400", "18,000", "80,000", "250,000", "600,000")  # never with one
# the places a sum takes in a clause: an object, a subject, an oblique with its preposition
RELATIONS = frozenset({"obj", "obl", "nsubj", "nsubj:pass", "nmod"})
# what a replaced phrase may hold besides its noun: 'the', 'new', 'the annual rent', 'her'
MODIFIERS = frozenset({"det", "amod", "compound", "nmod:poss", "nummod"})
SHARE = 0.25  # of the sentences with such a phrase, the part that gets a copy


def _children(sentence: tuple[Word, ...], head_id: int) -> list[int]:
    return [i for i, w in enumerate(sentence) if w.head == head_id]


def replaceable_phrases(sentence: tuple[Word, ...]) -> list[int]:
    """0-based indexes of common nouns whose phrase can become a sum: an object, subject or oblique
    whose other words are only its case marker and simple modifiers, in one unbroken span."""
    found = []
    for i, word in enumerate(sentence):
        if word.upos != "NOUN" or word.deprel not in RELATIONS:
            continue
        kids = _children(sentence, i + 1)
        if any(sentence[k].deprel not in MODIFIERS | {"case"} for k in kids):
            continue
        if any(_children(sentence, k + 1) for k in kids):
            continue  # a modifier with its own dependents: not a short phrase
        if word.deprel in ("obl", "nmod") and not any(sentence[k].deprel == "case" for k in kids):
            continue  # a bare oblique is a time or a measure ('last year'), not a sum's place
        if any(k > i for k in kids if sentence[k].deprel == "case"):
            continue  # a case marker after its noun ('the land's'): not a preposition
        span = sorted([i, *kids])
        if span != list(range(span[0], span[-1] + 1)):
            continue
        found.append(i)
    return found


def with_sum(sentence: tuple[Word, ...], noun: int, sign: str, figure: str,
             scale: str | None) -> tuple[Word, ...]:
    """The sentence with the phrase of ``noun`` (its case marker kept) replaced by a sum."""
    kids = _children(sentence, noun + 1)
    cases = [k for k in kids if sentence[k].deprel == "case"]
    replaced = sorted({noun, *kids} - set(cases))
    first, last = replaced[0], replaced[-1]
    before, after = list(sentence[:first]), list(sentence[last + 1:])
    sum_words = [Word(sign, sign, "SYM", "$", "", 0, "", False),
                 Word(figure, figure, "NUM", "CD", "NumForm=Digit|NumType=Card", 0, "", True)]
    if scale:
        sum_words.append(Word(scale, scale, "NUM", "CD", "NumForm=Word|NumType=Card", 0, "", True))
    sum_words[-1] = replace(sum_words[-1], space_after=sentence[last].space_after)
    sign_id = first + 1
    removed, added = last - first + 1, len(sum_words)

    def new_id(old: int) -> int:
        """1-based id after the rewrite; a head inside the replaced phrase is the sign."""
        if old == 0 or old <= first:
            return old
        if old <= last + 1:
            return sign_id
        return old - removed + added

    words = [replace(w, head=new_id(w.head)) for w in before + after]
    words[first:first] = sum_words
    noun_word = sentence[noun]
    words[first] = replace(words[first], head=new_id(noun_word.head), deprel=noun_word.deprel)
    if scale:
        words[first + 1] = replace(words[first + 1], head=sign_id + 2, deprel="compound")
        words[first + 2] = replace(words[first + 2], head=sign_id, deprel="nummod")
    else:
        words[first + 1] = replace(words[first + 1], head=sign_id, deprel="nummod")
    return tuple(words)


def money_sentences(sentences: Iterable[tuple[Word, ...]], seed: int = 0) -> Iterator[tuple[Word, ...]]:
    """A rewritten copy of about a quarter of the sentences that have a phrase a sum can take, with
    the phrase, sign, figure and scale drawn at random; ``seed`` makes the draw repeatable."""
    rng = random.Random(seed)
    for sentence in sentences:
        phrases = replaceable_phrases(sentence)
        if not phrases or rng.random() >= SHARE:
            continue
        if rng.random() < 0.3:
            figure, scale = rng.choice(LARGE_FIGURES), None
        else:
            figure, scale = rng.choice(FIGURES), rng.choice((*SCALES, None))
        yield with_sum(sentence, rng.choice(phrases), rng.choice(SIGNS), figure, scale)
