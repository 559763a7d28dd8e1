"""Who holds which office, read off the parse of a sentence.

News prose names a person's office in a handful of constructions:

    a title before the name       'City Council President Marcus Obi', 'Ashby manager Dean Calloway',
                                  'Detective Chief Inspector Helen Marsh', 'former police chief Dana Kowalski'
    an apposition after the name  'Councilwoman Teresa Vance, the council's president,'
                                  'Pauline Marsh, then chief executive of Granite Mutual,'
    an apposition before the name 'The airport's managing director, Karen Whitby, said ...'
    a copula or 'as'              'Reyes is the minority leader', 'Obi, who serves as council president',
                                  'As chief executive, Maria Castell announced the cuts'
    an act of leading             'Ann Bray, who chairs the planning committee' (the verb's agent noun
                                  from WordNet: chair, leader, captain, coach; what is led is the
                                  organisation), and in the passive: 'The inquiry is led by Maria
                                  Castell', 'the committee, chaired by Ann Bray,'

Each gives a ``Role``: the person, the office's head noun ('president'), the words that qualify it
(descriptors such as 'managing', 'health', 'club' and the organisation: the possessor or the 'of'
phrase), its rank ('deputy', 'vice' ...: another office than the head alone) and when it is held
(current, former, acting, future).

Why token sequences and not only the dependency tree: the shipped parser is small (about 81 UAS)
and attaches titles and appositions unreliably ('President' as 'nmod:desc' of the first name,
'endorsed' as a 'list' of the name), while its POS tags, lemmas and the commas around an
apposition are right far more often. So a role is read from the local sequence (a role noun, the
modifiers to its left, a name run beside it, the commas between) and the tree is used only where
its relations are local and dependable (a copula's subject).

Which nouns name a role comes from WordNet (``lexicon.is_a(word, "person")``), never a list. Only
three closed classes WordNet does not describe are tables here: honorifics that are part of a
name rather than an office (``HONORIFICS``), words that say when an office is held
(``STATUS_WORDS``), and words that make a lesser or shared office of the same name
(``RANK_WORDS``).

Without a named-entity tagger, a capitalised run is taken for a person only if it looks like a
name (``_person``: title case, at most one common noun, a lone common word only as a surname the
article gives in full), and a title inside a run ends at a noun WordNet files under a position
(``POSITION_CLASSES``), so 'the National Park Service' and 'Detective Sergeant Maya Okoro' read
right. Lines set in headline case carry no roles: their capitals say nothing about names. What
the whole article names (``article_names``) helps read one sentence: 'the airport' is the
airport it names most, and 'Price' alone is a name once 'Callum Price' was given.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token

from factcheck import lexicon
from factcheck.parse import ParsedSpan, preposition
from factcheck.types import Span
from factcheck.words import MONTHS, WEEKDAYS

# Part of a person's name, not an office: 'Dr Sunita Bhatt', 'Lady Justice Harriet Ambrose'.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "rev",
                        "revd", "fr", "hon"})

CURRENT, FORMER, ACTING, FUTURE = "current", "former", "acting", "future"
# When the office is held. Only current holders can contradict each other: a former captain and
# the captain are two people by design, and an acting chief executive stands in for one.
STATUS_WORDS: dict[str, str] = {
    "former": FORMER, "ex": FORMER, "formerly": FORMER, "erstwhile": FORMER, "onetime": FORMER,
    "one-time": FORMER, "then": FORMER, "late": FORMER, "previous": FORMER, "past": FORMER,
    "retired": FORMER, "outgoing": FORMER, "departing": FORMER, "once": FORMER,
    "acting": ACTING, "interim": ACTING, "caretaker": ACTING, "temporary": ACTING,
    "incoming": FUTURE, "designate": FUTURE, "elect": FUTURE, "future": FUTURE, "prospective": FUTURE,
    "now": CURRENT, "current": CURRENT, "incumbent": CURRENT, "sitting": CURRENT, "serving": CURRENT,
    "new": CURRENT, "newly": CURRENT, "currently": CURRENT, "still": CURRENT,
}
# Another office than the head alone, usually with several holders: a deputy mayor is not the
# mayor, and a club has many assistant coaches and may have two co-captains.
RANK_WORDS = frozenset({"deputy", "vice", "assistant", "associate", "co", "joint", "shadow", "junior", "under",
                        "sub", "lieutenant", "fellow"})
# Words after an office that put it in the past: 'captain until 2019', 'from 2016 to 2021'.
_ENDED_BY = frozenset({"until", "till", "between"})
_TIME_PREPOSITIONS = frozenset({"since", "until", "till", "from", "between", "in", "during"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "our", "my", "your", "whose"})
_DEFINITE = frozenset({"the", "this", "that"})
_ORGANISATION_PREPOSITIONS = frozenset({"of", "at", "for"})
_NAME_CONNECTORS = frozenset({"de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "del", "al", "bin", "ter"})
# Prefixes after which a surname has a second capital: 'McCleskey', 'MacDonald', 'LeBron', 'DiCaprio'.
_NAME_PREFIXES = ("Mc", "Mac", "De", "Le", "La", "Di", "Du", "Van", "Von", "Fitz")
_NAME_SUFFIXES = frozenset({"jr", "sr", "kc", "qc", "mp", "mep", "msp", "obe", "mbe", "cbe", "ii", "iii"})
_TERMINATORS = frozenset({",", ".", ";", ":", ")", "—", "–", "!", "?", '"', "”"})
_TIME_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset({"today", "yesterday", "tomorrow", "year", "season"})
_COPULAS = frozenset({"be", "remain", "become"})
_NEGATIONS = frozenset({"not", "n't", "never", "no"})
# WordNet classes whose nouns name an organisation or a place rather than a kind of office: 'the
# council's president' and 'the party's president' are offices of two bodies, which one person
# can hold at once; 'finance minister' and 'health minister' are two portfolios of one government.
_ORGANISATION_CLASSES = ("organization", "social_group", "administrative_district", "facility")
# WordNet classes of positions and occupations, for telling a title from a first name that is also
# a person noun ('Detective Sergeant Maya Okoro': 'maya' is a person noun, but no position).
POSITION_CLASSES = ("leader", "worker", "official", "expert", "professional", "defender", "member",
                    "representative", "communicator", "adjudicator", "authority", "administrator",
                    "military_officer", "educator", "scholar", "intellectual", "athlete", "contestant",
                    "politician", "religious_person", "aristocrat", "lawyer")
MAX_MODIFIERS = 6  # words left of an office's head: 'Detective Chief Inspector', 'the county health'
# A sentence whose longer words are this capitalised is set in headline case; a line with no final
# stop needs less ('Native Apps Still Important'), a sentence with one more ('House Majority Whip
# Dana Ortiz counted the votes.' is 5/7 capitalised and not a headline).
HEADLINE_SHARE = 0.9
UNPUNCTUATED_HEADLINE_SHARE = 0.6


@dataclass(frozen=True)
class Role:
    """One person named with one office: 'Lewis Dunn, Ashby's club captain'."""

    person: str  # the name as written, without title or honorific: 'Lewis Dunn'
    head: str  # the office's head noun, base form: 'captain'
    qualifiers: frozenset[str]  # descriptors and organisation, lower case: {'ashby', 'club'}
    named: frozenset[str]  # the qualifiers that are proper names: {'ashby'}
    organisation: frozenset[str] = frozenset()  # the qualifiers that name the organisation: {'ashby'}
    rank: frozenset[str] = frozenset()  # 'deputy', 'vice' ...
    status: str = CURRENT  # CURRENT, FORMER, ACTING or FUTURE
    definite: bool = False  # 'the', a possessor or an apposition: the office has one holder
    owner_pronoun: bool = False  # 'their manager': the organisation is a pronoun, not resolved here
    # What the office does, as verbs: 'preside' for 'the panel's presiding judge'; for an office
    # told by its act, that act and the act it leads ('lead', 'investigate' for 'who is leading
    # the investigation')
    acts: frozenset[str] = frozenset()
    by_act: bool = False  # told by its act ('who chairs the committee'), not by a title noun
    text: str = ""  # the words as written: "Lewis Dunn, Ashby's club captain"
    span: Span = Span(0, 0)  # document offsets of those words
    head_span: Span = Span(0, 0)  # the head noun: which claim the role belongs to

    @property
    def name_words(self) -> frozenset[str]:
        """The person's name as a set of lower-case words, suffixes ('KC', 'Jr') left out."""
        words = {w.strip(".").lower() for w in self.person.replace("-", " ").split()}
        return frozenset(w for w in words if w and w not in _NAME_SUFFIXES)

    @property
    def current(self) -> bool:
        return self.status == CURRENT


# ---------------------------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------------------------


def _base(word: str) -> str:
    return lexicon.base_form(word, "n") or word


@lru_cache(maxsize=16384)
def is_role_noun(word: str, senses: int = 3) -> bool:
    """A noun for a position a person holds: WordNet files one of its first ``senses`` senses under
    'person' (and none under 'relative': a father or a sister is not an office)."""
    word = word.lower().strip(".")
    if len(word) < 2 or word in HONORIFICS or not lexicon.is_lemma(_base(word), "n"):
        return False
    return lexicon.is_a(word, "person", "n", max_senses=senses) and not lexicon.is_a(word, "relative", "n",
                                                                                      max_senses=2)


@lru_cache(maxsize=16384)
def holds_position(word: str) -> bool:
    """A role noun WordNet files under a position or occupation (``POSITION_CLASSES``): 'mayor',
    'sergeant', 'coach'; not a people's or dynasty's name that doubles as a first name ('Maya',
    'Stuart', 'Tom'). Used only to tell where a title ends in a run of capitalised words."""
    return any(lexicon.is_a(word.lower().strip("."), kind, "n", max_senses=3) for kind in POSITION_CLASSES)


@lru_cache(maxsize=16384)
def is_common_word(word: str) -> bool:
    """A word WordNet knows (so not a proper name of its own): 'club', 'majority', 'managing'."""
    word = word.lower()
    return any(lexicon.base_form(word, pos) is not None for pos in ("n", "a", "v"))


@lru_cache(maxsize=16384)
def names_organisation(word: str) -> bool:
    """A noun for an organisation or a place ('council', 'club', 'city', 'airport')."""
    return any(lexicon.is_a(word, kind, "n", max_senses=2) for kind in _ORGANISATION_CLASSES)


def _word(token: Token) -> str:
    return token.lower_.strip(".").replace("’", "'")


def _is_honorific(token: Token) -> bool:
    return token.text[:1].isupper() and _word(token) in HONORIFICS


def _is_name_word(token: Token) -> bool:
    """A capitalised word the parser reads as part of a proper name ('Chief' in 'Police Chief
    Martin Hale' may be tagged an adjective, but its tag is still NNP)."""
    if not token.text[:1].isupper() or token.like_num or _word(token) in _TIME_WORDS:
        return False
    return token.pos_ == "PROPN" or token.tag_ in ("NNP", "NNPS") or (
        token.pos_ in ("NOUN", "X") and not is_common_word(token.text))


def _is_noun(token: Token) -> bool:
    """A noun, or a word tagged an adjective that ends its phrase ('chief executive Jane Doe',
    'the firm's chief executive,'): the small parser often tags 'executive' and 'chief' JJ."""
    if token.pos_ in ("NOUN", "PROPN") or token.tag_ in ("NN", "NNP"):
        return True
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    previous = doc[token.i - 1] if token.i > 0 else None
    if token.pos_ != "ADJ" or (previous is not None and previous.pos_ in ("DET", "PRON")):
        return False  # 'the general Slack', 'your federal API'
    return following is None or following.pos_ not in ("NOUN", "ADJ", "NUM")


def _is_plural(token: Token) -> bool:
    return token.tag_ in ("NNS", "NNPS") or token.morph.get("Number") == ["Plur"]


def _plural_of_a_noun(token: Token) -> bool:
    """A word tagged plural that is the plural of a WordNet noun ('Federal Employees'); the parser
    also tags surnames so ('Owens', 'Pryce'), which stay names."""
    if not _is_plural(token) or token.tag_ == "NNP":
        return False
    base = lexicon.base_form(_word(token), "n")
    return base is not None and base != _word(token)


def _qualifier(token: Token) -> str:
    """A modifier as a qualifier: its base form, or the proper name as written (lower case)."""
    if token.pos_ == "VERB" or token.tag_ == "VBG":
        return lexicon.base_form(_word(token), "v") or _word(token)
    if token.pos_ in ("NOUN", "PROPN"):
        return _base(_word(token))
    return _word(token)


def _is_named(token: Token, title_case: bool = False) -> bool:
    """A proper name: capitalised where the words around are not ('Harrow's team captain'); in a
    title set in capitals ('City Council President') or first in a sentence, only a word WordNet
    does not know ('Eastmoor')."""
    if not token.text[:1].isupper():
        return False
    if title_case or token.is_sent_start:
        return not is_common_word(token.text)
    return True


# ---------------------------------------------------------------------------------------------
# Name runs: 'Councilwoman Teresa Vance' -> title 'Councilwoman', name 'Teresa Vance'
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Run:
    """Capitalised words in a row, split into a title (possibly empty) and a name."""

    start: int  # first token of the run
    name_start: int  # first token of the name, after any title and honorifics
    end: int  # one past the last token

    @property
    def has_name(self) -> bool:
        return self.name_start < self.end

    @property
    def title_head(self) -> int | None:
        return self.name_start - 1 if self.name_start > self.start else None


def _name_runs(doc: Doc) -> list[_Run]:
    """Every run of capitalised words ('City Council President Marcus Obi', 'Perez-Guerra', 'Ludwig
    van Beethoven'), each split into its title and its name."""
    runs: list[_Run] = []
    capitals = [t.i for t in doc if t.text[:1].isupper()]
    for i in capitals:
        if runs and i < runs[-1].end or not (_is_name_word(doc[i]) or _is_honorific(doc[i])):
            continue
        end = i + 1
        while end < len(doc):
            token = doc[end]
            if _is_name_word(token) or _is_honorific(token):
                end += 1
            elif end + 1 < len(doc) and _is_name_word(doc[end + 1]) and (
                    token.lower_ in _NAME_CONNECTORS or _joins_hyphenated(doc, end)):
                end += 2
            else:
                break
        titled_before = i > 0 and doc[i - 1].text[:1].islower() and _is_noun(doc[i - 1]) \
            and is_role_noun(doc[i - 1].text)
        runs.append(_split_title(doc, i, end, titled_before))
    return runs


def _joins_hyphenated(doc: Doc, hyphen: int) -> bool:
    """A hyphen inside a name ('Perez-Guerra'), not a dash between words ('Specialist - Ensures')."""
    return doc[hyphen].text == "-" and not doc[hyphen - 1].whitespace_ and not doc[hyphen].whitespace_


def _skip_honorifics(doc: Doc, start: int, end: int) -> int:
    while start < end - 1 and _is_honorific(doc[start]):
        start += 1
    return start


def _split_title(doc: Doc, start: int, end: int, titled_before: bool = False) -> _Run:
    """Where the title of a capitalised run ends and the name begins: after the last role noun of
    an unbroken prefix of common words ('Detective Chief Inspector | Helen Marsh', 'Senate Majority
    Leader | Tom Reyes'), leaving a name; honorifics before the name are skipped. A run right
    after a lower-case title ('manager Dean Calloway') is all name; a run of common words that ends
    in a role noun ('the Labour MP') is all title; after an article the run is a name with no title
    ('the National Park Service', 'the Federal Trade Commission'), for English puts no article
    before a titled name."""
    if titled_before:
        return _Run(start, _skip_honorifics(doc, start, end), end)
    tokens = doc[start:end]
    if _apposed_name(doc, start, end):
        return _Run(start, start, end)  # 'Jack King, the club's captain': a name, though 'king' is an office
    titled_name = len(tokens) >= 3 and holds_position(tokens[-3].text) and _given_and_family_name(list(tokens[-2:]))
    if is_role_noun(tokens[-1].text) and not _is_plural(tokens[-1]) and not titled_name and all(
            _is_honorific(t) or is_common_word(t.text) or _word(t) in RANK_WORDS for t in tokens):
        return _Run(start, end, end)  # 'the Labour MP'; not 'City Council President Tom Smith'
    if start > 0 and doc[start - 1].pos_ == "DET":
        return _Run(start, start, end)  # 'the Federal Trade Commission': an article before a name
    return _Run(start, _skip_honorifics(doc, _title_end(doc, start, end), end), end)


def _apposed_name(doc: Doc, start: int, end: int) -> bool:
    """Two capitalised words with no article before and an office between commas after them read
    as a given name and a surname ('Jack King, the club's captain,'; 'Dean Smith, head of the
    trust,'), though each is a common noun and the last an office: one writes 'the Labour MP', not
    'Labour MP, the party's spokesman'."""
    if start > 0 and doc[start - 1].pos_ in ("DET", "PRON"):
        return False
    return end + 1 < len(doc) and doc[end].text == "," and _given_and_family_name(list(doc[start:end]))


def _title_end(doc: Doc, start: int, end: int) -> int:
    """One past the title's head noun in the run ``doc[start:end]``, or ``start`` when it has none.
    The name after a title needs a word WordNet does not know, or must end in a word that is no
    noun ('Martin Hale'): 'National | Park Service' and 'Customer | Service Week' are names of
    organisations and events, not titled people."""
    title_end, strong = start, False
    for k in range(start, end):
        token = doc[k]
        if not (_is_honorific(token) or is_common_word(token.text) or _word(token) in RANK_WORDS):
            break
        if k + 1 < end and not _is_honorific(token) and _is_noun(token) and is_role_noun(token.text) \
                and not _is_plural(token):
            if strong and not is_role_noun(token.text, senses=1):
                break  # 'Leader | Tom Reyes': a rare sense of a first name does not extend a title
            if not holds_position(token.text):
                continue  # 'Detective Sergeant | Maya Okoro', 'Stuart Fenn', 'the National Accuracy Clearinghouse'
            rest = doc[k + 1:end]
            if _could_be_a_name(rest):
                title_end, strong = k + 1, strong or is_role_noun(token.text, senses=1)
    return title_end


def _could_be_a_name(tokens: Iterable[Token]) -> bool:
    """What follows a title could be a name: a word WordNet does not know, or no noun last."""
    words = [t for t in tokens if not _is_honorific(t)]
    return bool(words) and (any(not is_common_word(t.text) for t in words)
                            or lexicon.base_form(_word(words[-1]), "n") is None or _given_and_family_name(words))


def _person(doc: Doc, run: _Run, surnames: frozenset[str] = frozenset()) -> str | None:
    """The name of a run, if it looks like a person's: words in title case or initials (no acronym
    such as 'API', no 'CitySDK'), no plural ('Federal Employees'), at most one common noun
    ('Callum Price', not 'Web App Showcase'; a noun of one WordNet sense, such as the coin 'anna' or
    'berg', is not counted: 'Anna Berg'), no '-ing' form last ('Portigal Consulting' is a firm),
    and a single word only if WordNet does not know it or any form of it ('Obama', not 'Slack'),
    or the article gives it as someone's surname ('Price' after 'Callum Price')."""
    words = [t for t in doc[run.name_start:run.end] if not _is_honorific(t) and _word(t) not in _NAME_SUFFIXES
             and t.text != "-" and t.lower_ not in _NAME_CONNECTORS]
    if not words or not all(_title_case(t.text) for t in words):
        return None
    if any(_plural_of_a_noun(t) for t in words):
        return None
    if sum(_common_noun(_word(t)) for t in words) > 1 and not _given_and_family_name(words):
        return None
    if _word(words[-1]).endswith("ing") and lexicon.base_form(_word(words[-1]), "v") is not None:
        return None  # 'Portigal Consulting' is a firm
    if len(words) == 1 and _word(words[0]) not in surnames and is_common_word(words[0].text):
        return None  # 'the teacher Explains'; 'Mendes' only once the article names Carla Mendes'
    return doc[run.name_start:run.end].text


# What the last word of a name of an organisation, a place, an event or a time is filed under in
# WordNet ('Park Service', 'City Council', 'Data Day', 'Energy Week'); a surname that is also a
# common noun is filed elsewhere ('Smith', 'King', 'Hill', 'Stone').
_NOT_A_SURNAME = _ORGANISATION_CLASSES + ("event", "act", "time_period")


def _given_and_family_name(words: list[Token]) -> bool:
    """Two words that read as a given name and a surname though WordNet knows both as nouns ('Tom
    Smith', 'Jack King', 'Grace Fisher'): both tagged proper nouns, the first no adjective ('National
    Park', 'Open Data'), the last naming no organisation, place, event or time."""
    if len(words) != 2 or not all(t.tag_ == "NNP" for t in words):
        return False
    first, last = (_word(t) for t in words)
    if first in RANK_WORDS or first in STATUS_WORDS:
        return False  # 'Vice President', 'Acting Director': an office
    return not lexicon.is_lemma(first, "a") and not _names_no_person(last)


@lru_cache(maxsize=16384)
def _names_no_person(word: str) -> bool:
    return any(lexicon.is_a(word, kind, "n", max_senses=2) for kind in _NOT_A_SURNAME)


@lru_cache(maxsize=16384)
def _common_noun(word: str) -> bool:
    """A noun with two or more WordNet senses: 'service', 'park', 'price'. A noun of one sense is as
    often a name ('Anna', 'Berg')."""
    return len(lexicon.synset_ids(word, "n")) >= 2


def _title_case(word: str) -> bool:
    """'Ostrowski', 'McCleskey', "O'Brien", 'LeBron', 'A.' (an initial); not 'API', 'CitySDK',
    'SocialGov' or '3M'."""
    letters = word.replace(".", "").replace("'", "").replace("’", "")
    if not letters.isalpha() or not letters[:1].isupper():
        return False
    rest = letters[1:]
    if not rest or rest.islower():
        return True
    inner_capital = word.startswith(_NAME_PREFIXES) or "'" in word or "’" in word
    return inner_capital and any(c.islower() for c in rest) and sum(c.isupper() for c in rest) == 1


# ---------------------------------------------------------------------------------------------
# The office phrase around a head noun
# ---------------------------------------------------------------------------------------------


@dataclass
class _Office:
    head: Token
    start: int  # first token of the phrase (determiner, possessor or first modifier)
    end: int  # one past its last token (the head, or the end of an 'of' phrase)
    qualifiers: set[str]
    named: set[str]
    rank: set[str]
    status: str
    definite: bool
    indefinite: bool
    owner_pronoun: bool
    owner_start: int | None = None  # first token of a common-noun possessor ('the airport')
    # the organisation's words: possessor, 'of' phrase, a named modifier: {'airport'}, {'ashby'}
    owner: set[str] = field(default_factory=set)


def _possessor(doc: Doc, apostrophe: int, office: _Office) -> int:
    """Read the possessor before "'s" into ``office``; return its first token."""
    j = apostrophe - 1
    words: list[Token] = []
    while j >= 0 and len(words) < 4 and doc[j].pos_ in ("NOUN", "PROPN", "ADJ") and not doc[j].like_num:
        words.append(doc[j])
        j -= 1
    for token in words:
        office.qualifiers.add(_qualifier(token))
        office.owner.add(_qualifier(token))
        if _is_named(token):
            office.named.add(_qualifier(token))
    office.definite = True
    if words and j >= 0 and doc[j].lower_ in _DEFINITE and not any(_is_named(t) for t in words):
        office.owner_start = words[-1].i
    return (j if j >= 0 and doc[j].pos_ == "DET" else j + 1) if words else apostrophe


def _office_at(doc: Doc, head: Token, stop: int = 0) -> _Office:
    """The office phrase whose head noun is ``head``: modifiers, possessor and determiner to its
    left (not before token ``stop``), an 'of' / 'at' / 'for' phrase to its right."""
    office = _Office(head, head.i, head.i + 1, set(), set(), set(), CURRENT, False, False, False)
    title_case = head.text[:1].isupper()
    if head.i + 2 < len(doc) and doc[head.i + 1].text == "-" and _word(doc[head.i + 2]) in STATUS_WORDS:
        office.status = STATUS_WORDS[_word(doc[head.i + 2])]  # 'mayor-elect'
        office.end = head.i + 3
    j, modifiers = head.i - 1, 0
    while j >= stop and modifiers <= MAX_MODIFIERS:
        token, word = doc[j], _word(doc[j])
        if token.text == "-" or _is_honorific(token):
            j -= 1
            continue
        if word in STATUS_WORDS and token.pos_ in ("ADJ", "ADV", "NOUN", "PROPN", "VERB"):
            office.status = STATUS_WORDS[word] if office.status == CURRENT else office.status
        elif word in RANK_WORDS:
            office.rank.add(word)
        elif token.tag_ == "POS" or word in ("'s", "'"):
            office.start = _possessor(doc, j, office)
            break
        elif word in _POSSESSIVE_PRONOUNS and token.pos_ in ("PRON", "DET"):
            office.definite = office.owner_pronoun = True  # 'their manager', 'whose owner'
            office.start = j
            break
        elif token.pos_ == "DET" or word in ("one", "another"):
            office.definite = word in _DEFINITE or office.definite
            office.indefinite = word not in _DEFINITE
            office.start = j
            break
        elif word == "and" and j > stop and _is_noun(doc[j - 1]) and is_role_noun(doc[j - 1].text):
            _share_owner(office, _office_at(doc, doc[j - 1], stop))  # "the club's founder and chairman"
            break
        elif token.pos_ in ("NOUN", "PROPN", "ADJ") or token.tag_ in ("VBG", "NN", "NNP", "JJ"):
            # a plural before the head ends the office ('the two ministers'), except a noun right
            # before the head, compounded with it ('police chief', 'sports minister'), however the
            # parser reads it ('Police chief Anna Berg' has 'Police' as the subject of 'chief')
            compounded = j == head.i - 1
            if token.like_num or word in _TIME_WORDS or _is_plural(token) and token.pos_ != "PROPN" and not compounded:
                break
            office.qualifiers.add(_qualifier(token))
            if _is_named(token, title_case):
                office.named.add(_qualifier(token))
                office.owner.add(_qualifier(token))  # 'Ashby manager': Ashby's manager
        elif token.tag_ == "VBN" and token.pos_ in ("VERB", "ADJ"):  # 'the newly appointed captain'
            pass
        else:
            break
        office.start = j
        modifiers += 1
        j -= 1
    before = office.start - 1
    if before >= stop and doc[before].pos_ == "ADV" and _word(doc[before]) in STATUS_WORDS:
        office.status = STATUS_WORDS[_word(doc[before])]  # 'then the chairman', 'formerly the cellist'
        office.start = before
    return office


def _share_owner(office: _Office, other: _Office) -> None:
    """Two coordinated offices share the determiner and possessor written once before the first."""
    office.start = other.start
    office.definite = office.definite or other.definite
    office.indefinite = other.indefinite
    office.owner_pronoun = other.owner_pronoun
    office.owner_start = other.owner_start
    _take_organisation(office, other)


def _take_organisation(office: _Office, other: _Office) -> None:
    """``office`` is of the organisation ``other`` names (an organisation written once for both)."""
    office.owner |= other.owner
    office.qualifiers |= other.owner
    office.named |= other.named & other.owner


def _organisation_after(doc: Doc, after: int, office: _Office) -> None:
    """'chief executive of Granite Mutual', 'the Labour MP for Wrexley', 'director of the gallery';
    a possessor inside the phrase ('head of the city's police') and the phrases that narrow it in
    turn ('director of the Office of Science', 'head of communications at the trust') belong to it,
    so the office phrase ends where the apposition does."""
    first = True
    while after < len(doc) and doc[after].lower_ in _ORGANISATION_PREPOSITIONS:
        end = _organisation_phrase(doc, after + 1, office, first)
        if end is None:
            return
        office.end, after, first = end, end, False


def _organisation_phrase(doc: Doc, j: int, office: _Office, first: bool) -> int | None:
    """Read one 'of' / 'at' / 'for' phrase starting at token ``j`` (after the preposition) into
    ``office``; return where it ends, or None where it is no organisation ('of a small firm')."""
    words, determiner = [], None
    if j < len(doc) and doc[j].pos_ == "DET":
        determiner = doc[j].lower_
        j += 1
    while j < len(doc) and len(words) < 5 and not doc[j].like_num and (
            doc[j].pos_ in ("NOUN", "PROPN", "ADJ") or _word(doc[j]) in ("'s", "'") and words):
        words.append(doc[j])
        j += 1
    words = [t for t in words if _word(t) not in ("'s", "'")]
    if not words or (determiner is not None and determiner not in _DEFINITE):
        return None
    for token in words:
        office.qualifiers.add(_qualifier(token))
        office.owner.add(_qualifier(token))
        if _is_named(token):
            office.named.add(_qualifier(token))
    office.definite = office.definite or determiner in _DEFINITE
    if first and determiner in _DEFINITE and len(words) == 1 and not _is_named(words[0]):
        office.owner_start = words[0].i
    return j


def _organisation_of_the_next_office(doc: Doc, office: _Office) -> None:
    """'the founder and editor of ElectricBikeReview': an organisation written once after two
    coordinated offices belongs to both, so the first is read with it too (its phrase still ends
    at 'and')."""
    if office.end + 1 >= len(doc) or doc[office.end].lower_ != "and":
        return
    end = min(len(doc), office.end + 1 + MAX_MODIFIERS)
    following = next((t for t in doc[office.end + 1:end] if _is_noun(t) and is_role_noun(t.text)), None)
    if following is None or not all(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in doc[office.end + 1:following.i]):
        return
    other = _office_at(doc, following, stop=office.end + 1)
    _organisation_after(doc, following.i + 1, other)
    _take_organisation(office, other)


def _past_time_phrase(doc: Doc, after: int) -> int:
    """Where an office phrase ends once a time phrase after it is skipped: "chief constable since
    September 2022," ends at the comma."""
    if after < len(doc) and doc[after].lower_ in _TIME_PREPOSITIONS:
        for j in range(after + 1, min(len(doc), after + 8)):
            if doc[j].text in _TERMINATORS:
                return j
    return after


def _closes(doc: Doc, at: int) -> bool:
    return at >= len(doc) or doc[at].text in _TERMINATORS or doc[at].lower_ in ("who", "whose", "and")


def _ended_after(doc: Doc, after: int) -> bool:
    """'captain until 2019', 'from 2016 to 2021', 'at the time of the theft': an office held before."""
    words = []
    for token in doc[after:min(len(doc), after + 8)]:
        if token.text in (",", ".", ";"):
            break
        words.append(token.lower_)
    return bool(_ENDED_BY & set(words)) or ("from" in words and "to" in words) or " ".join(words).startswith(
        "at the time")


# ---------------------------------------------------------------------------------------------
# Reading a sentence
# ---------------------------------------------------------------------------------------------


def _run_ending_at(runs: Iterable[_Run], end: int) -> _Run | None:
    return next((r for r in runs if r.end == end and r.has_name), None)


def _run_starting_at(runs: Iterable[_Run], start: int) -> _Run | None:
    return next((r for r in runs if r.start == start and r.has_name), None)


def _verb_group(doc: Doc, end: int) -> tuple[int, list[Token]] | None:
    """The verbs of a copula or an 'as' phrase ending just before token ``end``, walking left:
    "is", "has been", "who was", "served as", "is now". Returns where the group starts."""
    j, group = end - 1, []
    saw_as = False
    while j >= 0 and len(group) < 5:
        token = doc[j]
        if token.lower_ == "as" and not saw_as and not group:
            saw_as = True
        elif token.pos_ == "AUX" or (token.pos_ == "ADV" and token.lower_ not in ("as",)) or token.pos_ == "PART":
            pass
        elif token.pos_ == "VERB" and (saw_as or _lemma(token) in _COPULAS):
            pass
        else:
            break
        group.append(token)
        j -= 1
    verbs = [t for t in group if t.pos_ in ("AUX", "VERB")]
    if not verbs or (not saw_as and not any(_lemma(t) in _COPULAS for t in verbs)):
        return None
    return j + 1, group


def _lemma(token: Token) -> str:
    return (lexicon.base_form(token.lower_, "v") or token.lemma_).lower()


def _tense_status(group: list[Token]) -> str | None:
    """CURRENT for 'is', 'remains', 'has been', 'serves as'; FORMER for 'was', 'served as';
    FUTURE for 'will be'; None when the verb group denies it ('is not')."""
    words = [t.lower_ for t in group]
    if any(w in _NEGATIONS for w in words):
        return None
    if any(w in ("will", "would", "'ll", "shall") for w in words):
        return FUTURE
    ordered = sorted(group, key=lambda t: t.i)
    finite = next((t for t in ordered if t.tag_ in ("VBZ", "VBP", "VBD", "MD")), None)
    if finite is None:
        return None
    if finite.tag_ == "VBD":
        return FORMER
    return CURRENT


def _role(doc: Doc, parsed: ParsedSpan, office: _Office, person: str, first: int, last: int,
          status: str, article: ArticleNames, apposition: bool = False) -> Role | None:
    """The role read, or None for an office with several holders ('a director', 'ministers').
    An apposition without an article names the one holder where it says of what or which ('Jones,
    captain of the club', 'Ruiz, finance minister'); a lone noun ('Ines Faro, curator and head of
    collections at ...', where the 'at' belongs to the second office) is a bare title. A title
    before a name does so only with 'the' or a possessor: 'Kelsall winger Tyrone Adu' is one of
    several wingers, "Ashby's club captain" the only captain."""
    if office.indefinite or _is_plural(office.head):
        return None
    qualifiers, named, organisation = set(office.qualifiers), set(office.named), set(office.owner)
    if office.owner_start is not None:
        resolved = article.organisations.get(_qualifier(doc[office.owner_start]))
        if resolved:  # 'the airport' where the article names 'Eastmoor Airport'
            qualifiers |= resolved
            organisation |= resolved
            named |= {w for w in resolved if not is_common_word(w)}
    if office.status != CURRENT:
        status = office.status
    tokens = doc[first:last]
    return Role(
        person=person, head=_base(_word(office.head)), qualifiers=frozenset(qualifiers), named=frozenset(named),
        organisation=frozenset(organisation),
        rank=frozenset(office.rank), status=status,
        definite=office.definite or (apposition and bool(organisation or named or qualifiers)),
        owner_pronoun=office.owner_pronoun, acts=frozenset(filter(None, map(_act_of_qualifier, qualifiers))),
        text=tokens.text, span=parsed.tokens_span(tokens), head_span=parsed.token_span(office.head),
    )


def _role_heads(doc: Doc, runs: list[_Run]) -> list[tuple[Token, _Run | None]]:
    """Every singular role noun, with the name run it titles when it stands right before a name."""
    heads: list[tuple[Token, _Run | None]] = []
    run_of = {i: r for r in runs for i in range(r.start, r.end)}
    starting = {r.start: r for r in runs if r.has_name}
    for token in doc:
        if token.pos_ not in ("NOUN", "PROPN", "ADJ") or _is_plural(token) or not _is_noun(token) \
                or not (is_role_noun(token.text) or _in_charge_of_an_organisation(token)):
            continue
        after = token.i + 1
        if after + 1 < len(doc) and doc[after].text == "-" and _word(doc[after + 1]) in STATUS_WORDS:
            after += 2  # 'Mayor-elect | Rosa Quint'
        run = run_of.get(token.i)
        if after != token.i + 1 and after in starting:
            heads.append((token, starting[after]))
        elif run is not None:
            if run.has_name and run.title_head == token.i:
                heads.append((token, run))  # 'Mayor | Linda Faraday'
            elif not run.has_name and token.i == run.end - 1 and holds_position(token.text):
                heads.append((token, None))  # 'the Labour MP' (not 'Spain, Turkey')
        elif token.i + 1 in starting:
            heads.append((token, starting[token.i + 1]))  # 'manager | Dean Calloway'
        elif token.i + 1 >= len(doc) or doc[token.i + 1].pos_ != "NOUN":  # not 'player ratings'
            heads.append((token, None))
    return heads


# How far down WordNet's senses a noun's sense of a person may be when an 'of' phrase naming an
# organisation follows: 'head' is a person in charge only in its fourth sense ('head of the trust').
IN_CHARGE_SENSES = 5


def _in_charge_of_an_organisation(token: Token) -> bool:
    """A noun whose person sense is a rarer one, read as an office where its 'of' phrase names an
    organisation or a proper name: 'head of the trust', 'head of Tallis Rail' (not 'the head of
    the queue', 'the head of the river')."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "of" or not is_role_noun(token.text, IN_CHARGE_SENSES):
        return False
    j = token.i + 2 + (doc[token.i + 2].pos_ == "DET")
    while j + 1 < len(doc) and doc[j + 1].pos_ in ("NOUN", "PROPN") and not doc[j].like_num:
        j += 1  # the phrase's last noun: 'the city council', 'the Royal Trust'
    return j < len(doc) and (doc[j].pos_ == "PROPN" or _is_named(doc[j]) or names_organisation(_base(_word(doc[j]))))


def _headline_case(doc: Doc) -> bool:
    """A headline, menu item or list entry set in capitals ('Native Apps Still Important'), where
    capitals say nothing about names."""
    words = [t for t in doc if t.is_alpha and len(t.text) > 3]
    if len(words) < 3:
        return False
    share = sum(t.text[:1].isupper() for t in words) / len(words)
    ends_a_sentence = doc[-1].text in (".", "!", "?", '"', "”", "'", "’", ")")
    return share >= HEADLINE_SHARE or (share >= UNPUNCTUATED_HEADLINE_SHARE and not ends_a_sentence)


def read_article(parsed: Mapping[int, ParsedSpan]) -> dict[int, tuple[Role, ...]]:
    """The roles of every parsed sentence of an article (by sentence index), each read with what
    the whole article names. Each sentence's name runs are found once."""
    runs = {index: _name_runs(p.doc) for index, p in parsed.items()}
    article = _article_names([(p.doc, runs[index]) for index, p in parsed.items()])
    return {index: read_roles(p, article, runs[index]) for index, p in parsed.items()}


def read_roles(parsed: ParsedSpan, article: ArticleNames | None = None,
               runs: list[_Run] | None = None) -> tuple[Role, ...]:
    """Every (person, office) the sentence ``parsed`` states; ``article`` holds what the whole
    article names (``article_names``), ``runs`` the sentence's name runs if already found."""
    doc, article = parsed.doc, article or ArticleNames()
    if _headline_case(doc):
        return ()
    runs = runs if runs is not None else _name_runs(doc)
    found: list[Role] = []
    for head, titled in _role_heads(doc, runs):
        role = (_titled(doc, parsed, head, titled, article) if titled is not None
                else _apposed(doc, parsed, head, runs, article))
        if role is not None and role not in found:
            found.append(role)
    for verb in doc:
        role = _led(doc, parsed, verb, runs, article)
        if role is not None and role not in found:
            found.append(role)
    return tuple(found)


@lru_cache(maxsize=16384)
def office_of_act(verb: str) -> str | None:
    """The office a verb says someone holds when it leads something ('chair' -> chair, 'lead' ->
    leader, 'captain', 'coach', 'direct' -> director, 'govern' -> governor): a verb of leading or
    controlling (WordNet, first senses) and its first agent noun that WordNet files under 'leader'
    ('run' -> runner and 'own' -> owner are not; 'hire' -> hirer, an employer, is no office)."""
    if not _leads(verb):
        return None
    return next((noun for noun in lexicon.agent_nouns(verb, max_senses=3) if lexicon.is_a(noun, "leader", "n")),
                None)


_LEADING = ("lead", "control")


@lru_cache(maxsize=16384)
def _leads(verb: str) -> bool:
    """A verb of leading or controlling something, by WordNet's first senses: 'chair', 'captain',
    'preside' (over), 'govern'; not 'run', 'own' or 'teach'."""
    return any(lexicon.is_a(verb, act, "v", max_senses=3) for act in _LEADING)


def _led(doc: Doc, parsed: ParsedSpan, verb: Token, runs: list[_Run], article) -> Role | None:
    """An office told by its act: 'Ann Bray, who chairs the planning committee' holds the
    committee's chair as "the planning committee's chair, Joe Hart" does; 'Reyes leads the party'.
    The thing led is the organisation; it must be definite or a name ('who chairs a committee'
    holds one of several). The tense says when: 'chairs', 'has led' now, 'chaired' before. A verb
    with no office noun of its own leads what it is 'over' ('presides over the tribunal') and
    meets only a title named by the same act ('the tribunal's presiding judge')."""
    passive = _by_agent(verb) is not None  # a participle may be tagged an adjective
    if not (verb.pos_ == "VERB" or passive and verb.pos_ == "ADJ") or not _leads(_lemma(verb)):
        return None
    if passive:
        return _led_by(doc, parsed, verb, runs, article)
    office = office_of_act(_lemma(verb))
    led = _thing_led(verb, office is not None)
    group = [verb, *(c for c in verb.children if c.dep_ in ("aux", "advmod") and c.i < verb.i)]
    status = _tense_status(group)
    if led is None or status is None:
        return None
    run = _leader_run(doc, runs, min(t.i for t in group))
    return _role_of_act(doc, parsed, verb, led, run, status, article)


def _led_by(doc: Doc, parsed: ParsedSpan, verb: Token, runs: list[_Run], article) -> Role | None:
    """The act of leading in the passive, its doer after 'by': 'The inquiry is led by Maria
    Castell', 'the side was captained by Dunn until 2019', and a participle after the thing led
    ('The committee, chaired by Ann Bray, approved the plan'), which holds as the clause does."""
    agent = _by_agent(verb)
    run = next((r for r in runs if r.has_name and r.name_start <= agent.i < r.end), None)
    if verb.dep_ == "acl":
        led, status = verb.head, CURRENT
    else:
        led = next((c for c in verb.children if c.dep_ == "nsubj:pass"), None)
        status = _tense_status([verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass", "advmod")
                                         and c.i < verb.i)])
    if led is None or led.i > verb.i or led.pos_ not in ("NOUN", "PROPN") or status is None or run is None:
        return None
    if _is_plural(led) and led.pos_ != "PROPN":
        return None
    if _ended_after(doc, run.end):
        status = FORMER  # 'was captained by Dunn until 2019'
    return _role_of_act(doc, parsed, verb, led, run, status, article)


def _by_agent(verb: Token) -> Token | None:
    """The doer of a passive participle, after 'by' ('led by Carys Pugh'), which the parser labels
    an agent or, as often, a plain oblique."""
    if verb.tag_ not in ("VBN", "JJ"):
        return None
    passive = verb.dep_ == "acl" or any(c.dep_ == "aux:pass" for c in verb.children)
    return next((c for c in verb.children if c.dep_ == "obl:agent" or passive and c.dep_ == "obl"
                 and preposition(c) == "by"), None)


def _role_of_act(doc: Doc, parsed: ParsedSpan, verb: Token, led: Token, run: _Run | None, status: str,
                 article) -> Role | None:
    """The role of the doer ``run`` of an act of leading ``verb`` over ``led``; None where the
    doer is no person or the thing led is one of several ('a committee')."""
    if run is None or (person := _person(doc, run, article.surnames)) is None:
        return None
    thing = _office_at(doc, led)
    _organisation_after(doc, led.i + 1, thing)
    if not (thing.definite or led.pos_ == "PROPN") or thing.indefinite:
        return None
    office = office_of_act(_lemma(verb))
    word = _qualifier(led)
    qualifiers, named, owner = thing.qualifiers | {word}, set(thing.named), thing.owner | {word}
    if _is_named(led):
        named.add(word)
    tokens = doc[min(run.name_start, thing.start):max(run.end, thing.end, led.i + 1)]
    acts = {_lemma(verb), *(lexicon.acts_named(word, max_senses=2) if led.pos_ == "NOUN" else ())}
    return Role(person=person, head=office or _lemma(verb), qualifiers=frozenset(qualifiers), named=frozenset(named),
                organisation=frozenset(owner), status=status, definite=True,
                owner_pronoun=thing.owner_pronoun, acts=frozenset(acts), by_act=True, text=tokens.text,
                span=parsed.tokens_span(tokens), head_span=parsed.token_span(verb))


def _thing_led(verb: Token, has_office_noun: bool) -> Token | None:
    """What the act leads: its object ('chairs the committee') or, for a verb with no office noun,
    what it is 'over' ('presides over the tribunal'); singular or a name, and after the act (not
    'the panel over which she presided', nor a parse that puts the object first)."""
    led = next((c for c in verb.children if c.pos_ in ("NOUN", "PROPN") and (
        c.dep_ == "obj" and has_office_noun or c.dep_ == "obl" and preposition(c) == "over")), None)
    if led is None or led.i < verb.i or _is_plural(led) and led.pos_ != "PROPN":
        return None
    return led


def _leader_run(doc: Doc, runs: list[_Run], start: int) -> _Run | None:
    """The name run that does the act whose verb group starts at ``start``: 'Ann Bray, who chairs'
    or 'Reyes leads'."""
    if start >= 2 and doc[start - 1].lower_ == "who" and doc[start - 2].text == ",":
        return _run_ending_at(runs, start - 2)
    return _run_ending_at(runs, start)


@lru_cache(maxsize=8192)
def _act_of_qualifier(qualifier: str) -> str | None:
    """The verb of a participle that qualifies an office ('presiding' -> preside, 'investigating'
    -> investigate; ``_qualifier`` may already have made it the verb), if the word is no noun of
    its own ('building', 'finance'); a base form only if it is no adjective either ('senior')."""
    if lexicon.is_lemma(qualifier, "n"):
        return None
    if qualifier.endswith("ing"):  # 'presiding', 'leading' (an adjective too)
        return lexicon.base_form(qualifier, "v")
    return qualifier if lexicon.is_lemma(qualifier, "v") and not lexicon.is_lemma(qualifier, "a") else None


def _titled(doc: Doc, parsed: ParsedSpan, head: Token, run: _Run, article) -> Role | None:
    """'City Council President Marcus Obi', 'Ashby manager Dean Calloway', 'Mayor John Smith of Leeds'."""
    person = _person(doc, run, article.surnames)
    if person is None:
        return None
    office = _office_at(doc, head)
    _organisation_after(doc, run.end, office)
    status = FORMER if _ended_after(doc, max(run.end, office.end)) else CURRENT
    return _role(doc, parsed, office, person, office.start, max(run.end, office.end), status, article)


def _apposed(doc: Doc, parsed: ParsedSpan, head: Token, runs: list[_Run], article) -> Role | None:
    """An office beside a name between commas, or after a copula or 'as'."""
    office = _office_at(doc, head)
    _organisation_after(doc, head.i + 1, office)
    _organisation_of_the_next_office(doc, office)
    status = FORMER if _ended_after(doc, office.end) else CURRENT
    closed = _closes(doc, _past_time_phrase(doc, office.end))
    # 'Lewis Dunn, Ashby's club captain, ...' (a number between: 'Rourke, 31, the club captain')
    before = office.start - 1
    if closed and before >= 1 and doc[before].text == ",":
        name_end = before
        if before >= 3 and doc[before - 1].like_num and doc[before - 2].text == ",":
            name_end = before - 2
        run = _run_ending_at(runs, name_end)
        if run is not None and (person := _person(doc, run, article.surnames)) is not None:
            return _role(doc, parsed, office, person, run.name_start, office.end, status, article, apposition=True)
    # 'The airport's managing director, Karen Whitby, said'
    if office.end + 1 < len(doc) and doc[office.end].text == ",":
        run = _run_starting_at(runs, office.end + 1)
        if run is not None and (run.end >= len(doc) or doc[run.end].text in _TERMINATORS):
            person = _person(doc, run, article.surnames)
            if person is not None:
                return _role(doc, parsed, office, person, office.start, run.end, status, article,
                             apposition=True)
    # 'As chief executive, Maria Castell announced the cuts': an 'as' phrase opening the clause
    # describes its subject as an apposition does
    opening = office.start - 1
    if (opening >= 0 and doc[opening].lower_ == "as" and (opening == 0 or doc[opening - 1].text in _TERMINATORS)
            and office.end + 1 < len(doc) and doc[office.end].text == ","):
        run = _run_starting_at(runs, office.end + 1)
        if run is not None and (person := _person(doc, run, article.surnames)) is not None:
            return _role(doc, parsed, office, person, opening, run.end, status, article, apposition=True)
    # 'Vance is the council's president', 'X, who was captain until 2019', 'served as captain'
    return _copular(doc, parsed, office, runs, status, article) or _inverted(doc, parsed, office, runs, article)


_AFTER_INVERTED_NAME = _TERMINATORS | {"of", "from", "with", "who", "and"}


def _inverted(doc: Doc, parsed: ParsedSpan, office: _Office, runs: list[_Run], article) -> Role | None:
    """The office as the subject and the name after the copula: 'The club's captain is Jamie
    Rourke', 'The winner of the race was Ana Ruiz of Leeds'. The name must end the clause or be
    followed by its own 'of' phrase or a comma, so 'The captain was Rourke's brother' is no role."""
    be = office.end
    if office.head.dep_ not in ("nsubj", "nsubj:pass") or be + 1 >= len(doc) or _lemma(doc[be]) != "be":
        return None
    tense = _tense_status([doc[be]])
    run = _run_starting_at(runs, be + 1)
    if tense is None or run is None or (run.end < len(doc) and doc[run.end].lower_ not in _AFTER_INVERTED_NAME):
        return None
    person = _person(doc, run, article.surnames)
    if person is None:
        return None
    return _role(doc, parsed, office, person, office.start, run.end, tense, article)


def _copular(doc: Doc, parsed: ParsedSpan, office: _Office, runs: list[_Run], status: str, article) -> Role | None:
    group = _verb_group(doc, office.start)
    if group is None:
        return None
    start, verbs = group
    tense = _tense_status(verbs)
    if tense is None:
        return None
    if any(t.lower_ == "since" for t in doc[office.end:office.end + 3]) and tense == FORMER:
        tense = CURRENT
    subject_end = start
    if subject_end >= 2 and doc[subject_end - 1].lower_ == "who" and doc[subject_end - 2].text == ",":
        subject_end -= 2
    run = _run_ending_at(runs, subject_end)
    if run is None and subject_end >= 1 and doc[subject_end - 1].text == ",":
        # 'Jones, who served as captain, is the England captain': past a clause between commas
        opening = next((j for j in range(subject_end - 2, max(-1, subject_end - 14), -1) if doc[j].text == ","), None)
        run = _run_ending_at(runs, opening) if opening is not None else None
    if run is None:
        run = _subject_run(office.head, runs)  # 'Berg, formerly the cellist, has been music director'
    if run is None or (person := _person(doc, run, article.surnames)) is None:
        return None
    return _role(doc, parsed, office, person, min(run.name_start, office.start), max(run.end, office.end),
                 FORMER if status == FORMER else tense, article)


def _subject_run(head: Token, runs: list[_Run]) -> _Run | None:
    """The name run holding the copula subject the parse gives the office noun."""
    if not any(child.dep_ == "cop" for child in head.children):
        return None
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is None:
        return None
    return next((r for r in runs if r.name_start <= subject.i < r.end), None)


@dataclass(frozen=True)
class ArticleNames:
    """What a whole article names, for reading one sentence: the organisation a common noun stands
    for ('airport' -> {'eastmoor', 'airport'}) and the surnames of the people it names in full."""

    organisations: Mapping[str, frozenset[str]] = field(default_factory=dict)
    surnames: frozenset[str] = frozenset()


def article_names(docs: Iterable[Doc]) -> ArticleNames:
    return _article_names([(doc, _name_runs(doc)) for doc in docs])


def _article_names(sentences: list[tuple[Doc, list[_Run]]]) -> ArticleNames:
    return ArticleNames(_organisations_named(sentences), _surnames_named(sentences))


def surnames_named(docs: Iterable[Doc]) -> frozenset[str]:
    """The last words of full names ('Callum Price' -> 'price'), so 'Price' alone reads as a name."""
    return _surnames_named([(doc, _name_runs(doc)) for doc in docs])


def organisations_named(docs: Iterable[Doc]) -> dict[str, frozenset[str]]:
    """Common nouns that stand for an organisation an article names: 'Eastmoor Airport' makes 'the
    airport' mean Eastmoor Airport. When two names end in the noun ('Eastmoor Airport', 'Holbeck
    Airport'), it stands for the one named more often (the one the article is about), and for
    neither when they are named equally often ('Leeds Crown Court', 'Sheffield Crown Court')."""
    return _organisations_named([(doc, _name_runs(doc)) for doc in docs])


def _surnames_named(sentences: list[tuple[Doc, list[_Run]]]) -> frozenset[str]:
    found = set()
    for doc, runs in sentences:
        for run in runs:
            person = _person(doc, run)
            if person is not None and len(person.split()) >= 2:
                found.add(person.split()[-1].lower().strip("."))
    return frozenset(found)


def _organisations_named(sentences: list[tuple[Doc, list[_Run]]]) -> dict[str, frozenset[str]]:
    counts: dict[str, Counter[frozenset[str]]] = defaultdict(Counter)
    for doc, runs in sentences:
        for run in runs:
            tokens = doc[run.start:run.end]
            last = tokens[-1]
            if len(tokens) < 2 or not is_common_word(last.text) or is_role_noun(last.text):
                continue
            words = frozenset(_qualifier(t) for t in tokens if not _is_honorific(t))
            counts[_base(_word(last))][words] += 1
    resolved = {}
    for noun, names in counts.items():
        (first, most), *rest = names.most_common(2)
        if not rest or rest[0][1] < most:
            resolved[noun] = first
    return resolved
