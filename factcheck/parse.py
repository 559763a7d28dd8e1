"""Dependency parses of English prose, from the spaCy pipeline factcheck ships (trained on GUM).

Why a parse: a claim is a predicate with its arguments, and the words that say it vary ("the council
approved the plan" / "the plan was approved by councillors"). Heads, UD relations and lemmas name
the subject, verb and object however the sentence is worded, where regexes only see surface forms.

Why this pipeline: spaCy's own English models cannot be downloaded here, so ``models/parser/gum-en``
is trained by ``models/parser/train_parser.py`` on the GUM treebank (permissive licenses, mostly
news-like prose), is small enough to ship in the repository, and parses thousands of words a second
on a CPU. Its accuracy and speed are in ``models/parser/README.md``.

What callers get: ``parse(text)`` returns a spaCy ``Doc`` with ``tag_`` (PTB), ``pos_`` (UPOS),
``morph`` (UD features), ``lemma_``, ``head``/``dep_`` (UD relations; the root's is ``ROOT``) and
sentence boundaries (or, with ``one_sentence=True``, the caller's: one sentence, one root).
``parse_span`` and ``parse_spans`` parse part of a larger text and keep the offset, so
``ParsedSpan.token_span`` gives a token's place in the whole document; that is how the claims
stage, which works in document character offsets, uses the parser.

Parses are cached by text and shared between callers: treat a returned ``Doc`` as read-only.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from factcheck import lexicon
from factcheck.errors import InputError, ModelError
from factcheck.resources import shipped
from factcheck.types import Span

PARSER_PATH = shipped("parser/gum-en")
# What the claims stage reads; anything else a retrained pipeline adds (NER, ...) is not loaded.
COMPONENTS = ("tok2vec", "tagger", "morphologizer", "parser", "trainable_lemmatizer")
CACHE_SIZE = 4096  # parses kept, keyed by text: a few long articles' sentences
BATCH_SIZE = 64  # texts per nlp.pipe batch in parse_spans
MAX_CHARS = 100_000  # one parse; sentences and paragraphs are far shorter than this


def load_pipeline(path: Path = PARSER_PATH) -> Language:
    """Load the spaCy pipeline at ``path`` with only ``COMPONENTS``; ModelError if it is unusable."""
    config_file = Path(path) / "config.cfg"
    if not config_file.is_file():
        raise ModelError(
            f"the parser is missing at {path}; reinstall factcheck or rebuild it with "
            "models/parser/train_parser.py"
        )
    try:
        names = list(spacy.util.load_config(config_file)["nlp"]["pipeline"])
    except Exception as exc:  # noqa: BLE001 - any unreadable config is the model's fault
        raise ModelError(f"{path}: cannot read the parser's config: {_first_line(exc)}") from None
    missing = [name for name in COMPONENTS if name not in names]
    if missing:
        raise ModelError(f"{path}: the parser lacks the components {', '.join(missing)}")
    try:
        nlp = spacy.load(path, exclude=[name for name in names if name not in COMPONENTS])
    except Exception as exc:  # noqa: BLE001 - spaCy raises OSError, ValueError, KeyError ...
        raise ModelError(f"{path}: cannot load the parser: {_first_line(exc)}") from None
    nlp.max_length = MAX_CHARS
    return nlp


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return (lines[0] if lines else type(exc).__name__)[:200]


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The shipped pipeline, loaded on first use and then shared."""
    return load_pipeline(PARSER_PATH)


_Key = tuple[str, bool]  # (text, parsed as one sentence)


class _ParseCache:
    """A small thread-safe LRU map from (text, one_sentence) to its parse."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._docs: OrderedDict[_Key, Doc] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: _Key) -> Doc | None:
        with self._lock:
            doc = self._docs.get(key)
            if doc is not None:
                self._docs.move_to_end(key)
            return doc

    def put(self, key: _Key, doc: Doc) -> None:
        with self._lock:
            self._docs[key] = doc
            self._docs.move_to_end(key)
            while len(self._docs) > self._size:
                self._docs.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._docs.clear()


_cache = _ParseCache(CACHE_SIZE)


def reset() -> None:
    """Forget the loaded pipeline and every cached parse (for tests, or after changing PARSER_PATH)."""
    pipeline.cache_clear()
    _cache.clear()


def _check_length(text: str) -> None:
    if len(text) > MAX_CHARS:
        raise InputError(f"cannot parse {len(text):,} characters at once; the limit is {MAX_CHARS:,}")


def _tokenized(text: str, one_sentence: bool) -> Doc:
    """spaCy's tokens of ``text``; with ``one_sentence`` no token but the first may start a sentence.

    The parser respects preset boundaries. A sentence that ``segment.py`` found (boundary F 0.98 on
    GUM) is kept whole, where the parser's own boundaries are less sure; on GUM dev sentences this
    also parses slightly better (LAS 77.4 against 77.3, models/parser/README.md).
    """
    _check_length(text)
    doc = pipeline().make_doc(text)
    if one_sentence:
        for token in doc[1:]:
            token.is_sent_start = False
    return doc


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# What shows a participle to be a real reduced relative ('the money stolen by the gang'), a
# passive or a subordinate clause, rather than the sentence's own verb.
_NOT_A_MAIN_VERB = frozenset({"aux", "aux:pass", "cop", "mark", "nsubj", "nsubj:pass", "expl"})


def _main_verb_read_as_modifier(sentence: DocSpan) -> Token | None:
    """The verb of a sentence the parser read as a bare noun phrase with a reduced relative:
    'Wages climbed by $2 an hour' as 'wages [that were] climbed ...', 'Three directors voted against
    the bid'. The small parser does this after a short plural or mass-noun subject. Only a sentence
    with no finite verb but this one qualifies (a sentence has one), and only a participle or past form
    right after the root's noun phrase (hung on the root or on the last noun of its 'in' or 'of'
    phrase: 'Shares in the retailer climbed on Thursday'), with no auxiliary, subject, marker or
    'by' agent of its own. The verb itself may be tagged a finite past ('Every house along the
    river flooded on Sunday'; 'Its last shop outside Paris closed in 2001', hung as an adverbial
    clause)."""
    root = sentence.root
    if root.pos_ not in ("NOUN", "PROPN") and not root.tag_.startswith("NN"):
        return None
    holders = [root, *(c for c in root.rights if c.dep_ in ("nmod", "obl") and c.pos_ in ("NOUN", "PROPN"))]
    for child in (c for holder in holders for c in holder.rights):
        if child.dep_ not in ("acl", "advcl") or child.pos_ != "VERB" or child.tag_ not in ("VBN", "VBD"):
            continue
        if any(t.tag_ in _FINITE_TAGS and t != child for t in sentence):
            return None
        between = sentence.doc[root.i + 1: child.i]
        if any(t.is_punct or t.head.i > child.i or t.head.i < root.i for t in between):
            return None
        if any(c.dep_ in _NOT_A_MAIN_VERB or _agent_by(c) for c in child.children):
            return None
        return child
    return None


_PARTS = frozenset({"NUM", "DET", "PRON", "ADJ"})


def _verb_after_a_part(sentence: DocSpan) -> Token | None:
    """The verb of a sentence that opens on a part of a set, which the parser read as a bare
    phrase with a reduced relative on the set: 'Two of the party's candidates lost their seats',
    'All of the bank's shares rose' (root 'Two', 'lost' a clause on 'candidates'). Only where the
    root is the part ('two', 'all', 'most', 'none'), the verb hangs on the root's 'of' phrase right
    after it with no subject or marker of its own, and no other verb in the sentence is finite."""
    root = sentence.root
    if root.pos_ not in _PARTS:
        return None
    of_phrase = next((c for c in root.rights if c.dep_ in ("nmod", "obl") and preposition(c) == "of"), None)
    if of_phrase is None:
        return None
    verb = next((c for c in of_phrase.rights if c.dep_ == "acl" and c.pos_ == "VERB"
                 and c.tag_ in _FINITE_TAGS | {"VBN"}), None)
    if verb is None or any(c.dep_ in ("mark", "nsubj", "nsubj:pass", "expl") or _agent_by(c) for c in verb.children):
        return None
    between = sentence.doc[root.i + 1: verb.i]
    if any(t.is_punct or not (root.i <= t.head.i < verb.i) for t in between):
        return None
    inside = {t.i for t in verb.subtree}
    if any(t.tag_ in _FINITE_TAGS and t.i not in inside for t in sentence):
        return None
    return verb


def _agent_by(token: Token) -> bool:
    """A 'by' phrase naming who did it ('by the gang'), not how much ('climbed by $2', 'by 4%')."""
    if token.dep_ not in ("obl", "obl:agent") or not any(m.lower_ == "by" for m in token.children):
        return False
    return not (token.like_num or token.pos_ in ("NUM", "SYM") or any(m.like_num for m in token.children))


_NOUN_DEPENDENTS = frozenset({"det", "amod", "nummod", "nmod:poss", "compound"})


def _verb_read_as_noun(sentence: DocSpan) -> tuple[Token, Token, str] | None:
    """The verb of a sentence the parser tagged as its root noun, with the real subject as a
    modifier: 'The earthquake struck at 4.15am' as a noun 'struck' with 'earthquake' before it;
    or tagged an adjective: 'First-quarter sales shrank'. Only a sentence with no verb at all, and
    only a word that WordNet knows as a verb form and not as a noun ('struck', 'sold'; never
    'stole' or 'rose', which are nouns too), nor, where it is tagged an adjective, as an adjective.
    Returns the verb, its subject and the verb's base form."""
    root = sentence.root
    as_noun = root.pos_ == "NOUN" and root.tag_ in ("NN", "NNS")
    as_adjective = root.pos_ == "ADJ" and root.tag_ == "JJ"  # 'First-quarter sales shrank'
    if not (as_noun or as_adjective) or any(t.pos_ in ("VERB", "AUX") for t in sentence):
        return None
    word = root.lower_
    if not word.isalpha() or lexicon.base_form(word, "n") is not None:
        return None
    if as_adjective and lexicon.base_form(word, "a") is not None:
        return None  # a real adjective ('struck' is one too, but the parser tags it a noun there)
    base = lexicon.base_form(word, "v")
    subjects = [c for c in root.lefts if c.pos_ in ("NOUN", "PROPN", "PRON") and c.dep_ in _NOUN_DEPENDENTS | {"nsubj"}]
    if base is None or not subjects:
        return None
    return root, subjects[-1], base


def _verb_read_as_compound_of_a_figure(sentence: DocSpan) -> tuple[Token, Token, Token] | None:
    """(verb, subject, figure) of a sentence whose verb, a word that is also a noun, the parser read
    as a compound of the figure after it: 'The new bypass cost £84 million to build' as one noun
    phrase 'bypass cost £84 million'. Only a sentence with no verb at all, a word WordNet knows as
    a verb form, right after the noun that is its subject and before a figure."""
    if any(t.tag_ in _FINITE_TAGS for t in sentence):
        return None
    root = sentence.root
    for token in sentence:
        figure = token.head
        if token.pos_ != "NOUN" or token.dep_ != "compound" or figure.i <= token.i or token.i == sentence.start:
            continue
        if not _a_figure(figure):
            continue
        if _a_figure(root) and root.i > token.i:
            figure = root  # '$' in '$12 million' under 'million'
        subject = sentence.doc[token.i - 1]
        if (subject.tag_ in ("NN", "NNS", "NNP", "NNPS") and subject.head == token and token.lower_.isalpha()
                and lexicon.base_form(token.lower_, "v") is not None):
            return token, subject, figure
    return None


def _a_figure(token: Token) -> bool:
    return (token.pos_ in ("NUM", "SYM") or token.like_num
            or any(c.pos_ == "NUM" and c.dep_ in ("nummod", "nmod:unmarked") for c in token.children))


def _make_verb_of_figure(verb: Token, subject: Token, figure: Token) -> None:
    """``verb`` becomes the root, ``subject`` its subject with the words before it, ``figure`` its object."""
    sentence = figure.sent
    root = sentence.root
    earlier = [t for t in sentence.doc[sentence.start: subject.i] if t.head.i >= subject.i]
    verb.pos_, verb.lemma_ = "VERB", lexicon.base_form(verb.lower_, "v") or verb.lower_
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    for token in earlier:
        token.head = subject
    subject.head, subject.dep_ = verb, "nsubj"
    for later in [t for t in figure.children if t.i > figure.i] + ([t for t in root.children if t.i > figure.i]
                                                                   if root != figure else []):
        later.head = verb
        if later.dep_ != "punct":
            later.dep_ = "advcl" if later.pos_ == "VERB" else "obl"  # 'to build', 'at auction'
    figure.head, figure.dep_ = verb, "obj"


def _subject_read_as_compound(sentence: DocSpan) -> Token | None:
    """The subject of a sentence whose verb the parser made the head of its noun phrase: 'The pound
    weakened against the euro' with 'pound' a compound of 'weakened' and 'The' its determiner. Only
    a root verb in the past with no subject of its own, and only the noun right before it."""
    root = sentence.root
    if root.pos_ != "VERB" or root.tag_ not in ("VBD", "VBN") or root.i == sentence.start:
        return None
    if any(c.dep_.startswith(("nsubj", "expl", "csubj")) or c.dep_.startswith("aux") for c in root.children):
        return None
    noun = root.doc[root.i - 1]
    if noun.head != root or noun.dep_ != "compound" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return noun


def _verb_read_as_adjective(sentence: DocSpan) -> tuple[Token, Token] | None:
    """The verb of a sentence the parser read as an adjective of its object, which it made the root
    with the subject hung on it: 'The judge granted bail to the defendant' as a noun 'bail' with
    'granted' its modifier and 'judge' its subject. Only a past form between a subject noun and
    the root noun, in a sentence with no other verb. Returns the verb and the object."""
    root = sentence.root
    if root.pos_ != "NOUN" or any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in sentence):
        return None
    subject = next((c for c in root.lefts if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    verb = next((c for c in root.lefts if c.dep_ == "amod" and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN")), None)
    if subject is None or verb is None or not subject.i < verb.i < root.i:
        return None
    on_the_noun = {c.i for c in root.lefts}
    if any(t.i not in on_the_noun and t.head != root for t in sentence.doc[verb.i + 1: root.i]):
        return None
    return verb, root


def _make_verb_of_object(verb: Token, obj: Token) -> None:
    """``verb`` becomes the root, with the root noun's subject as its own and the noun as its
    object; the noun's phrases after it go to the verb ('to the defendant')."""
    subject = next(c for c in obj.lefts if c.dep_ == "nsubj")
    later = [t for t in obj.children if t.dep_ == "nmod" and t.i > obj.i]
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    obj.head, obj.dep_ = verb, "obj"
    subject.head = verb
    for phrase_head in later:
        phrase_head.head, phrase_head.dep_ = verb, "obl"


def _verb_of_a_phrase_object(sentence: DocSpan) -> Token | None:
    """The verb of a sentence whose subject carries a place or part phrase, which the parser read as
    a bare noun with a relative clause whose subject is the phrase's noun: 'Every shop on the high
    street opened on Sunday', 'Its first shop outside Scotland opened in 1975' (root 'shop',
    'street' the subject of 'opened'). A subject with a preposition of its own is the sign: only
    where that noun hangs on the root's phrase position (right after the root), the verb is a
    finite past or present form with no marker or relative word, and no other verb in the sentence
    is finite. The root may be tagged an adjective ('shop' after 'first')."""
    root = sentence.root
    if root.pos_ not in ("NOUN", "PROPN") and not root.tag_.startswith("NN"):
        return None
    for verb in (c for c in root.rights if c.dep_ in ("acl:relcl", "advcl:relcl", "acl") and c.pos_ == "VERB"):
        if verb.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if len(subjects) != 1 or preposition(subjects[0]) is None:
            continue
        if any(c.dep_ in ("mark", "expl") or c.tag_ in ("WDT", "WP", "WRB") for c in verb.children):
            return None
        noun = subjects[0]
        between = sentence.doc[root.i + 1: noun.i]
        if any(t.is_punct or not (root.i <= t.head.i <= noun.i) for t in between):
            return None
        inside = {t.i for t in verb.subtree}
        if any(t.tag_ in _FINITE_TAGS and t.i not in inside for t in sentence):
            return None
        return verb
    return None


def _make_subject(noun: Token, verb: Token) -> None:
    """``noun`` becomes the subject of ``verb``, taking the words before it that hung on the verb."""
    for earlier in [t for t in verb.lefts if t.i < noun.i and t.dep_ in _NOUN_DEPENDENTS]:
        earlier.head = noun
    noun.dep_ = "nsubj"
    verb.tag_ = "VBD"  # with no auxiliary, a past form, not a passive participle


def _make_root(verb: Token, noun: Token) -> None:
    """``verb`` becomes the root with ``noun`` as its subject; what followed the noun's head goes
    to the verb."""
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    for later in [t for t in noun.children if t.i > verb.i]:
        later.head = verb
    noun.head, noun.dep_ = verb, "nsubj"


def _particle_read_as_case(sentence: DocSpan) -> list[Token]:
    """Particles of phrasal verbs the parser hung on the next noun as its preposition: 'laid off staff',
    'voted down the plan' ('off' the case of 'staff', 'staff' an oblique). Only a word the tagger
    itself tags a particle (RP), right after its verb, where WordNet knows the phrasal verb ('lay
    off', 'vote down'); 'ran down the street' has the particle the parser's way already."""
    found = []
    for token in sentence:
        noun = token.head
        verb = noun.head
        if (token.tag_ == "RP" and token.dep_ == "case" and noun.dep_ == "obl" and verb.pos_ == "VERB"
                and token.i == verb.i + 1 and noun.i > token.i
                and lexicon.is_lemma(f"{verb.lemma_.lower()} {token.lower_}", "v")):
            found.append(token)
    return found


def _object_read_as_complement(sentence: DocSpan) -> list[Token]:
    """Objects of phrasal verbs the parser read as the verb's predicative complement: 'turned down
    the developer's offer' ('offer' an xcomp, as in 'turned professional'). Only a noun with a
    determiner or a possessor, after a particle the verb already has, of a phrasal verb WordNet
    knows ('turn down'), with no preposition of its own: a predicate noun takes no determiner
    after a particle."""
    found = []
    for token in sentence:
        verb = token.head
        if token.dep_ != "xcomp" or token.pos_ not in ("NOUN", "PROPN") or verb.pos_ != "VERB":
            continue
        particles = [c for c in verb.children if c.dep_ == "compound:prt" and verb.i < c.i < token.i]
        determined = any(c.dep_ in ("det", "nmod:poss") for c in token.children)
        if any(c.dep_ == "case" for c in token.children):
            continue  # 'find out more about his work': a preposition's noun
        if (particles and determined and not any(c.dep_ == "obj" for c in verb.children)
                and lexicon.is_lemma(f"{verb.lemma_.lower()} {particles[0].lower_}", "v")):
            found.append(token)
    return found


def _compounds_with_a_preposition(sentence: DocSpan) -> list[Token]:
    """Nouns the parser made a compound of a time after them though they have a preposition of
    their own: 'held in Vienna last week' ('Vienna' a compound of 'week'). A compound takes no
    preposition, so the noun goes to what the time hangs on, as an oblique of a verb or a
    modifier of a noun. Only before a time WordNet calls a time period ('week', 'weekend',
    'season'), which is not the root; elsewhere such a compound is mostly a coordination the
    preposition was hung on ('of our design and development team members')."""
    return [t for t in sentence if t.dep_ == "compound" and t.head != t.head.head and t.i < t.head.i
            and any(c.dep_ == "case" and c.tag_ == "IN" and c.i < t.i for c in t.children)
            and _a_time_period(t.head) and not _a_time_period(t)]  # 'during the summer months' is one time


def _a_time_period(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and lexicon.is_a(token.lemma_.lower(), "time period", "n", max_senses=2)


def _lift_compound(noun: Token) -> None:
    host = noun.head.head
    noun.head = host
    noun.dep_ = "obl" if host.pos_ in ("VERB", "AUX", "ADJ") else "nmod"


def _make_particle(particle: Token) -> None:
    """``particle`` joins its verb, and the noun it was the case of becomes the verb's object."""
    noun = particle.head
    verb = noun.head
    particle.head, particle.dep_ = verb, "compound:prt"
    noun.dep_ = "obj"


def repair(doc: Doc) -> Doc:
    """Mends the misreadings of the shipped parser that leave a sentence without its verb or its
    subject: the verb read as a modifier of the subject (``_main_verb_read_as_modifier``) or of the
    set a part is taken of (``_verb_after_a_part``), the subject read as a compound of the verb
    (``_subject_read_as_compound``), the verb read as an adjective of its object
    (``_verb_read_as_adjective``), or tagged a noun or an adjective (``_verb_read_as_noun``); and a
    phrasal verb's particle read as the next noun's preposition (``_particle_read_as_case``). The
    verb becomes the root, past tense, with the noun as its subject. Every rule reads predicates
    off the root's clause, so without this the sentence says nothing to them. A verb that is also
    a noun, read as a compound of the figure after it, becomes the root too
    (``_verb_read_as_compound_of_a_figure``). After that, a phrasal verb's object read as its
    complement becomes its object (``_object_read_as_complement``), and a place compounded with
    the time after it hangs where the time does (``_compounds_with_a_preposition``). Measured in
    models/parser/README.md."""
    for sentence in list(doc.sents):
        verb = _main_verb_read_as_modifier(sentence) or _verb_after_a_part(sentence)
        if verb is not None:
            _make_root(verb, sentence.root)
            continue
        verb = _verb_of_a_phrase_object(sentence)
        if verb is not None:
            phrase_noun = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass"))
            root = sentence.root
            phrase_noun.head, phrase_noun.dep_ = root, "nmod"
            _make_root(verb, root)
            continue
        subject = _subject_read_as_compound(sentence)
        if subject is not None:
            _make_subject(subject, sentence.root)
            continue
        read_as_adjective = _verb_read_as_adjective(sentence)
        if read_as_adjective is not None:
            _make_verb_of_object(*read_as_adjective)
            continue
        compound_of_a_figure = _verb_read_as_compound_of_a_figure(sentence)
        if compound_of_a_figure is not None:
            _make_verb_of_figure(*compound_of_a_figure)
            continue
        tagged_noun = _verb_read_as_noun(sentence)
        if tagged_noun is not None:
            verb, subject, base = tagged_noun
            verb.pos_, verb.lemma_ = "VERB", base
            verb.tag_ = "VBD" if verb.lower_ != base else "VBP"
            for earlier in [t for t in verb.lefts if t.i < subject.i and t.dep_ in _NOUN_DEPENDENTS]:
                earlier.head = subject
            subject.dep_ = "nsubj"
            for later in [t for t in verb.rights if t.dep_ == "nmod"]:
                later.dep_ = "obl"
    for sentence in list(doc.sents):  # after the verb has its place: 'Councillors voted down the plan'
        for particle in _particle_read_as_case(sentence):
            _make_particle(particle)
        for noun in _object_read_as_complement(sentence):
            noun.dep_ = "obj"
        for noun in _compounds_with_a_preposition(sentence):
            _lift_compound(noun)
    return doc


def parse(text: str, *, one_sentence: bool = False) -> Doc:
    """The parse of ``text`` (cached). Token offsets (``token.idx``) are into ``text``.

    ``one_sentence=True`` when ``text`` is known to be one sentence: the parse then has one root.
    """
    key = (text, one_sentence)
    doc = _cache.get(key)
    if doc is None:
        doc = repair(pipeline()(_tokenized(text, one_sentence)))
        _cache.put(key, doc)
    return doc


def parse_many(texts: Sequence[str], *, one_sentence: bool = False) -> list[Doc]:
    """The parses of ``texts``, in order; the uncached ones go through spaCy in batches (faster)."""
    docs: dict[str, Doc] = {}
    todo: dict[str, None] = {}  # ordered set
    for text in texts:
        cached = _cache.get((text, one_sentence))
        if cached is not None:
            docs[text] = cached
        elif text not in docs:
            todo[text] = None
    if todo:
        tokenized = [_tokenized(text, one_sentence) for text in todo]
        for text, doc in zip(todo, pipeline().pipe(tokenized, batch_size=BATCH_SIZE), strict=True):
            doc = repair(doc)
            _cache.put((text, one_sentence), doc)
            docs[text] = doc
    return [docs[text] for text in texts]


def preposition(token: Token) -> str | None:
    """The preposition a noun is governed by ('over' in 'presides over the tribunal'), lower case."""
    return next((c.lower_ for c in token.children if c.dep_ == "case"), None)


@dataclass(frozen=True)
class ParsedSpan:
    """The parse of ``span`` of a larger text. The parsed text may leave out symbols (emoji, direction
    marks: ``readable``); ``positions[i]`` is where the parsed text's character i is in the larger
    text, so tokens map back exactly."""

    span: Span
    doc: Doc
    positions: tuple[int, ...] | None = None  # None: the parsed text is the span's text as it is

    def _at(self, index: int) -> int:
        """Larger-text offset of the parsed text's character ``index`` (its end for len(text))."""
        if self.positions is None:
            return self.span.start + index
        return self.positions[index]

    def offset_of(self, token: Token) -> int:
        """Where ``token`` starts in the larger text."""
        return self._at(token.idx)

    def token_span(self, token: Token) -> Span:
        """The characters of ``token`` in the larger text."""
        return Span(self._at(token.idx), self._at(token.idx + len(token.text) - 1) + 1)

    def tokens_span(self, tokens: DocSpan | Iterable[Token]) -> Span:
        """From the first character of the first token to the last of the last, in the larger text."""
        tokens = list(tokens)
        if not tokens:
            raise ValueError("no tokens")
        first = min(tokens, key=lambda t: t.i)
        last = max(tokens, key=lambda t: t.i)
        return Span(self.offset_of(first), self.token_span(last).end)

    def tokens_in(self, span: Span) -> DocSpan | None:
        """The tokens that overlap ``span`` (larger-text offsets), or None if none do."""
        start, end = max(span.start, self.span.start), min(span.end, self.span.end)
        if start >= end:
            return None
        if self.positions is not None:
            inside = [i for i, at in enumerate(self.positions[:-1]) if start <= at < end]
            if not inside:
                return None
            start, end = inside[0], inside[-1] + 1
        else:
            start, end = start - self.span.start, end - self.span.start
        return self.doc.char_span(start, end, alignment_mode="expand")


def _trimmed(text: str, span: Span) -> Span:
    """``span`` without leading and trailing whitespace, so no parse starts with a space token."""
    if not 0 <= span.start <= span.end <= len(text):
        raise ValueError(f"span [{span.start}, {span.end}) is outside a text of {len(text)} characters")
    piece = text[span.start : span.end]
    start = span.start + (len(piece) - len(piece.lstrip()))
    end = max(start, span.end - (len(piece) - len(piece.rstrip())))
    return Span(start, end)


def parse_span(text: str, span: Span, *, one_sentence: bool = False) -> ParsedSpan:
    """Parse ``text[span.start:span.end]`` (a sentence or paragraph of a document) on its own."""
    span = _trimmed(text, span)
    return ParsedSpan(span, parse(text[span.start : span.end], one_sentence=one_sentence))


_LEFT_OUT = frozenset({"So", "Cf", "Sk", "Co", "Cn"})  # pictographs, joiners, direction marks, unassigned


# A line break, tab or run of spaces inside a sentence: the tokenizer makes each a token of its own
# ('licensed\n      under'), which the parser, trained on prose, then hangs in the tree as a word.
_LOOSE_SPACE = re.compile(r"\s{2,}|[^\S ]")


def _needs_reading(text: str) -> bool:
    return any(unicodedata.category(ch) in _LEFT_OUT for ch in text) or _LOOSE_SPACE.search(text) is not None


def readable(text: str, start: int = 0) -> tuple[str, tuple[int, ...] | None]:
    """The text a parser trained on prose can read, and where each of its characters came from.

    Pictographs, emoji joiners and direction marks are left out, with the spaces they leave doubled
    ('The fire 👨‍👩‍👧 killed' -> 'The fire killed'): the parser would read them as words. Line
    breaks, tabs and runs of spaces (a wrapped or indented plain-text file) become one space, for the
    same reason. Positions count from ``start``; None when nothing was changed."""
    if not _needs_reading(text):
        return text, None
    kept, positions = [], []
    for index, ch in enumerate(text):
        if unicodedata.category(ch) in _LEFT_OUT or (ch.isspace() and (not kept or kept[-1] == " ")):
            continue
        kept.append(" " if ch.isspace() else ch)
        positions.append(start + index)
    while kept and kept[-1] == " ":
        kept.pop()
        positions.pop()
    positions.append(positions[-1] + 1 if positions else start)
    return "".join(kept), tuple(positions)


def parse_spans(text: str, spans: Iterable[Span], *, one_sentence: bool = False) -> list[ParsedSpan]:
    """``parse_span`` for many spans of one text at once, batched.

    For a document's sentences: ``parse_spans(doc.text, [s.span for s in sentences], one_sentence=True)``.
    """
    trimmed = [_trimmed(text, span) for span in spans]
    readings = [readable(text[span.start : span.end], span.start) for span in trimmed]
    docs = parse_many([reading for reading, _ in readings], one_sentence=one_sentence)
    return [ParsedSpan(span, doc, positions) for span, doc, (_, positions) in zip(trimmed, docs, readings, strict=True)]
