"""How ``factcheck.frames`` reads a participant's phrase out of a parse, including parses with the
mistakes the shipped parser makes on names. The docs are built by hand so that each row pins the
parse it is about, whatever a retrained parser would do with the sentence."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from factcheck.claims import extract_claims
from factcheck.frames import RUNNING_TOTAL, phrase
from factcheck.parse import ParsedSpan
from factcheck.segment import split_sentences
from factcheck.types import Span

# (words, heads, deps, pos, index of the phrase's head, expected text, expected name)
PHRASES = [
    # a two-word name parsed as two subjects of the verb
    (["Tolga", "Ersoy", "joined", "the", "ministry"], [2, 2, 2, 4, 2], ["nsubj", "nsubj", "ROOT", "det", "obj"],
     ["PROPN", "PROPN", "VERB", "DET", "NOUN"], 1, "Tolga Ersoy", "Tolga Ersoy"),
    # ... as an oblique and a subject
    (["Wen", "Tianxiang", "was", "appointed"], [3, 3, 3, 3], ["obl:unmarked", "nsubj:pass", "aux:pass", "ROOT"],
     ["PROPN", "PROPN", "AUX", "VERB"], 1, "Wen Tianxiang", "Wen Tianxiang"),
    # a name joined by a dash, the dash left out of the phrase
    (["the", "Hale", "–", "Morton", "Mill", "closed"], [4, 4, 3, 1, 5, 5],
     ["det", "compound", "punct", "flat", "nsubj", "ROOT"], ["DET", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB"],
     4, "the Hale Morton Mill", "Hale Morton Mill"),
    # trap: a place with its own preposition next to a subject is another phrase
    (["In", "Leeds", "Smith", "spoke"], [1, 3, 3, 3], ["case", "obl", "nsubj", "ROOT"],
     ["ADP", "PROPN", "PROPN", "VERB"], 2, "Smith", "Smith"),
    # trap: a common noun next to a name is not part of it
    (["Officials", "Smith", "spoke"], [2, 2, 2], ["nsubj", "nsubj", "ROOT"], ["NOUN", "PROPN", "VERB"],
     1, "Smith", "Smith"),
    # a name that is the root of its sentence: its words are its children, each read once
    (["At", "Ipswich", "Crown", "Court"], [3, 3, 3, 3], ["case", "compound", "compound", "ROOT"],
     ["ADP", "PROPN", "PROPN", "PROPN"], 3, "Ipswich Crown Court", "Ipswich Crown Court"),
]


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> ParsedSpan:
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    return ParsedSpan(Span(0, len(doc.text)), doc)


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "head", "text", "name"), PHRASES,
                         ids=["two_subjects", "oblique_and_subject", "dashed_name", "place_beside_subject",
                              "noun_beside_name", "name_as_root"])
def test_a_name_the_parser_splits_is_read_as_one_phrase(words, heads, deps, pos, head, text, name) -> None:
    parsed = _parsed(words, heads, deps, pos)
    found = phrase(parsed, parsed.doc[head], set(range(len(words))))
    assert (found.text, found.name) == (text, name)


PHRASAL_VERBS = [
    # the particle next to the verb, or after the object (where the parse hangs it on the object)
    ("The council voted down the scheme.", "vote down", "the scheme"),
    ("Councillors had voted the scheme down.", "vote down", "the scheme"),
    ("Police called the search off at dusk.", "call off", "the search"),
    ("The club turned the bid down, its chairman said.", "turn down", "the bid"),
    # a word that opens a phrase of its own is no particle
    ("The crew carried the boxes up a ladder.", "carry", "the boxes"),
]


@pytest.mark.parametrize(("text", "verb", "patient"), PHRASAL_VERBS)
def test_a_phrasal_verb_keeps_its_particle_wherever_the_object_stands(text: str, verb: str, patient: str) -> None:
    from tests.claim_helpers import parsed_pair

    (claim, *_), _ = parsed_pair(text, "Nothing else happened.")
    first = claim.frame.predicates[0]
    assert (first.lemma, first.patient.text) == (verb, patient)


@pytest.mark.parametrize(("text", "verb", "patient"), [
    ("Shares in the mining group rose sharply on Tuesday.", "rise", None),  # how it rose, not what
    ("Councillors turned down the developer's offer for the site.", "turn down", "the developer 's offer"),
    ("The firm posted an unusually large loss.", "post", "an unusually large loss"),
])
def test_an_adverb_or_a_phrasal_verb_object_the_parser_misreads_takes_its_place(text: str, verb: str,
                                                                                patient: str | None) -> None:
    from tests.claim_helpers import parsed_pair

    (claim, *_), _ = parsed_pair(text, "Nothing else happened.")
    (found,) = [p for p in claim.frame.predicates if p.lemma == verb]
    assert (found.patient.text if found.patient else None) == patient


PERFECT = [
    # the present perfect covers every period up to now ('has not published' / 'published last month')
    ("The trust has not published the audit.", "publish", True),
    ("The two leaders haven't met since the summit.", "meet", True),
    ("The pier has not been open to the public this year.", "open", True),
    # the simple past and 'had' tell one period
    ("The trust did not publish the audit.", "publish", False),
    ("The pier had been closed for repairs.", "close", False),
]


@pytest.mark.parametrize(("text", "verb", "perfect"), PERFECT)
def test_a_predicate_knows_the_present_perfect_from_its_auxiliary(text: str, verb: str, perfect: bool) -> None:
    from tests.claim_helpers import parsed_pair

    (claim, *_), _ = parsed_pair(text, "Nothing else happened.")
    (found,) = [p for p in claim.frame.predicates if p.lemma == verb]
    assert found.perfect is perfect


ATTRIBUTES = [
    # the figure is the value of an attribute, whose owner is the possessor or the verb's subject
    ("The Halden Arena has a capacity of 8,000.", "8,000", "capacity", "The Halden Arena", "present"),
    ("The town's population of 12,000 is shrinking.", "12,000", "population", "The town", "present"),
    ("The park covered an area of 482 square kilometres.", "482", "area", "The park", "past"),
    # a copula whose predicate is the figure, and whose subject belongs to something
    ("The arena's capacity is 8,000.", "8,000", "capacity", "The arena", "present"),
    ("The ground's capacity will be 32,000.", "32,000", "capacity", "The ground", "future"),
    ("The club's debt is £3 million.", "3", "debt", "The club", "present"),
    ("The winner was 23.", "23", None, None, None),  # no owner: not an attribute
    # a conjoined verb shares the subject of the first
    ("The Halden Arena opened in 2006 and has a capacity of 8,000.", "8,000", "capacity", "The Halden Arena",
     "present"),
    # a future auxiliary, spelt out or contracted
    ("The new arena will have a capacity of 9,000.", "9,000", "capacity", "The new arena", "future"),
    ("It'll have a capacity of 9,000.", "9,000", "capacity", "It", "future"),
    # no owner, no attribute: 'the age of 39' belongs to nobody the parse shows, a part is no value
    ("Okafor married again at the age of 39.", "39", None, None, None),
    ("Five of the teachers signed the letter.", "Five", None, None, None),
]


@pytest.mark.parametrize(("text", "number", "attribute", "owner", "tense"), ATTRIBUTES)
def test_a_figure_after_a_noun_of_is_the_value_of_that_attribute_of_its_owner(
        text: str, number: str, attribute: str | None, owner: str | None, tense: str | None) -> None:
    from tests.claim_helpers import parsed_pair

    (claim, *_), _ = parsed_pair(text, "Nothing else happened.")
    counts = [c for c in claim.frame.counts if claim.text[c.span.start - claim.span.start:].startswith(number)]
    found = (counts[0].attribute, counts[0].owner and counts[0].owner.text, counts[0].tense) if counts else (None,) * 3
    assert found == (attribute, owner, tense)


# (words, heads, deps, pos): one sum in the shapes the shipped parser gives it
SUMS = [
    # the sign heads the sum
    ("sign_as_head", ["The", "trust", "paid", "$", "45", "million", "for", "the", "farmhouse"],
     [1, 2, 2, 2, 5, 3, 8, 8, 2], ["det", "nsubj", "ROOT", "obj", "nummod", "nummod", "case", "det", "obl"],
     ["DET", "NOUN", "VERB", "SYM", "NUM", "NUM", "ADP", "DET", "NOUN"], "pay"),
    # the figure heads it, the sign a compound of 'million'
    ("figure_as_head", ["The", "trust", "paid", "$", "45", "million", "for", "the", "farmhouse"],
     [1, 2, 2, 5, 3, 2, 8, 8, 2], ["det", "nsubj", "ROOT", "compound", "flat", "obj", "case", "det", "obl"],
     ["DET", "NOUN", "VERB", "SYM", "NUM", "NUM", "ADP", "DET", "NOUN"], "pay"),
    # the price hung on the thing bought: still the verb's sum, the thing one of its arguments
    ("price_on_the_object", ["The", "trust", "bought", "the", "farmhouse", "for", "$", "45", "million"],
     [1, 2, 2, 4, 2, 8, 8, 6, 4], ["det", "nsubj", "ROOT", "det", "obj", "case", "compound", "nummod", "nmod"],
     ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "SYM", "NUM", "NUM"], "buy"),
]


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "verb"), [row[1:] for row in SUMS], ids=[row[0] for row in SUMS])
def test_a_sum_counts_money_of_its_verb_with_the_payer_and_what_it_is_for(words, heads, deps, pos, verb) -> None:
    from factcheck.frames import read_frame
    from factcheck.parse import pipeline

    # the pipeline's vocabulary gives the words their lower case and number shape
    doc = Doc(pipeline().vocab, words=words, heads=heads, deps=deps, pos=pos)
    parsed = ParsedSpan(Span(0, len(doc.text)), doc)
    (count,) = read_frame(parsed, parsed.span).counts
    assert (count.noun, count.verb, count.subject.text, count.arguments) == ("money", verb, "The trust",
                                                                            frozenset({"farmhouse"}))


# (words, heads, deps, tags, pos, counted noun, its act): counts in parser slips seen on news text
COUNT_SLIPS = [
    # the number hung on the noun that modifies the counted plural: '340 council jobs'
    ("number_on_a_modifier", ["The", "plan", "will", "see", "340", "council", "jobs", "go"],
     [1, 3, 3, 3, 5, 6, 7, 3], ["det", "nsubj", "aux", "ROOT", "nummod", "compound", "nsubj", "xcomp"],
     ["DT", "NN", "MD", "VB", "CD", "NN", "NNS", "VB"], ["DET", "NOUN", "AUX", "VERB", "NUM", "NOUN", "NOUN", "VERB"],
     "job", "go"),
    # a participle after the counted noun read as an adjective that the noun is the subject of
    ("participle_read_as_adjective", ["The", "31", "paintings", "stolen", "were", "insured"],
     [2, 2, 3, 5, 5, 5], ["det", "nummod", "nsubj", "nsubj", "aux:pass", "ROOT"],
     ["DT", "CD", "NNS", "JJ", "VBD", "VBN"], ["DET", "NUM", "NOUN", "ADJ", "AUX", "VERB"], "painting", "steal"),
    # a semi-modal with 'to' and a verb: the count does the verb's act ('had to leave')
    ("semimodal_have_to", ["450", "people", "had", "to", "leave", "their", "homes"], [1, 2, 2, 4, 2, 6, 4],
     ["nummod", "nsubj", "ROOT", "mark", "xcomp", "nmod:poss", "obj"], ["CD", "NNS", "VBD", "TO", "VB", "PRP$", "NNS"],
     ["NUM", "NOUN", "VERB", "PART", "VERB", "PRON", "NOUN"], "people", "leave"),
    ("semimodal_need_to", ["Three", "climbers", "needed", "to", "be", "rescued"], [1, 2, 2, 5, 5, 2],
     ["nummod", "nsubj", "ROOT", "mark", "aux:pass", "xcomp"], ["CD", "NNS", "VBD", "TO", "VB", "VBN"],
     ["NUM", "NOUN", "VERB", "PART", "AUX", "VERB"], "climber", "rescue"),
    # trap: 'have' with an object is possession, not a semi-modal ('The school has 640 pupils')
    ("have_with_an_object", ["The", "school", "has", "640", "pupils"], [1, 2, 2, 4, 2],
     ["det", "nsubj", "ROOT", "nummod", "obj"], ["DT", "NN", "VBZ", "CD", "NNS"],
     ["DET", "NOUN", "VERB", "NUM", "NOUN"], "pupil", "have"),
    # an irregular plural that WordNet also lists as a noun of its own counts its singular
    ("irregular_plural", ["Four", "men", "were", "charged"], [1, 3, 3, 3], ["nummod", "nsubj:pass", "aux:pass", "ROOT"],
     ["CD", "NNS", "VBD", "VBN"], ["NUM", "NOUN", "AUX", "VERB"], "man", "charge"),
]


@pytest.mark.parametrize(("words", "heads", "deps", "tags", "pos", "noun", "verb"), [row[1:] for row in COUNT_SLIPS],
                         ids=[row[0] for row in COUNT_SLIPS])
def test_a_count_reads_its_noun_and_act_through_common_parser_slips(words, heads, deps, tags, pos, noun, verb) -> None:
    from factcheck.frames import read_frame
    from factcheck.parse import pipeline

    doc = Doc(pipeline().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    parsed = ParsedSpan(Span(0, len(doc.text)), doc)
    (count,) = read_frame(parsed, parsed.span).counts
    assert (count.noun, count.verb) == (noun, verb)


# (words, heads, deps, tags, pos, words that set the count outside a set named before)
OTHER_SETS = [
    ("other_as_adjective", ["300,000", "other", "customers", "complained"], [2, 2, 3, 3],
     ["nummod", "amod", "nsubj", "ROOT"], ["CD", "JJ", "NNS", "VBD"], ["NUM", "ADJ", "NOUN", "VERB"], {"other"}),
    ("another_as_determiner", ["Another", "600", "jobs", "went"], [2, 2, 3, 3], ["det", "nummod", "nsubj", "ROOT"],
     ["DT", "CD", "NNS", "VBD"], ["DET", "NUM", "NOUN", "VERB"], {"another"}),
    ("further_on_the_number", ["A", "further", "12", "arrests", "followed"], [3, 2, 3, 4, 4],
     ["det", "amod", "nummod", "nsubj", "ROOT"], ["DT", "JJ", "CD", "NNS", "VBD"],
     ["DET", "ADJ", "NUM", "NOUN", "VERB"], {"further"}),
    # trap: a plain count names no other set
    ("plain_count", ["600", "jobs", "went"], [1, 2, 2], ["nummod", "nsubj", "ROOT"], ["CD", "NNS", "VBD"],
     ["NUM", "NOUN", "VERB"], set()),
]


@pytest.mark.parametrize(("words", "heads", "deps", "tags", "pos", "others"), [row[1:] for row in OTHER_SETS],
                         ids=[row[0] for row in OTHER_SETS])
def test_a_count_of_other_things_knows_it_is_outside_the_set_named_before(words, heads, deps, tags, pos,
                                                                           others) -> None:
    from factcheck.frames import OTHER_SETS as WORDS, read_frame
    from factcheck.parse import pipeline

    doc = Doc(pipeline().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    parsed = ParsedSpan(Span(0, len(doc.text)), doc)
    (count,) = read_frame(parsed, parsed.span).counts
    assert count.modifiers & WORDS == others


@pytest.mark.parametrize(("text", "share", "noun"), [
    ("A quarter of the union's members voted for the strike.", "quarter", "member"),
    ("Two thirds of the candidates failed the exam.", "thirds", "candidate"),
])
def test_a_fraction_word_counts_the_set_it_takes_a_share_of(text: str, share: str, noun: str) -> None:
    from tests.claim_helpers import parsed_pair

    (claim, *_), _ = parsed_pair(text, "Nothing else happened.")
    counts = [c for c in claim.frame.counts if claim.text[c.span.start - claim.span.start:].startswith(share)]
    assert [c.noun for c in counts] == [noun]


@pytest.mark.parametrize(("text", "number", "average"), [
    ("Ambulance crews waited an average of 47 minutes to hand over patients.", "47", True),
    ("Cases took a median of 14 days to reach court.", "14", True),
    ("Ambulance crews lost 3,900 hours waiting outside the hospital.", "3,900", False),
])
def test_a_figure_per_case_is_marked_apart_from_a_total(text: str, number: str, average: bool) -> None:
    """The numbers gate keeps 'an average of 47 minutes' from a total in any unit of time."""
    from tests.claim_helpers import parsed_pair

    (claim, *_), _ = parsed_pair(text, "Nothing else happened.")
    (count,) = [c for c in claim.frame.counts if claim.text[c.span.start - claim.span.start:].startswith(number)]
    from factcheck.frames import PER_CASE

    assert (PER_CASE in count.modifiers) is average


# (words, heads, deps, tags, pos, index of the object, expected text, lemma, kinds)
COMPOUNDS = [
    # a bare verb hung on a noun as a clause is the compound's head: 'the pay offer'
    ("bare_verb_after_a_noun", ["rejected", "the", "pay", "offer"], [0, 2, 0, 2], ["ROOT", "det", "obj", "acl"],
     ["VBD", "DT", "NN", "VB"], ["VERB", "DET", "NOUN", "VERB"], 2, "the pay offer", "offer", {"pay"}),
    # trap: a participle is a real clause ('the offer made'), and keeps its own reading
    ("participle_after_a_noun", ["rejected", "the", "offer", "made"], [0, 2, 0, 2], ["ROOT", "det", "obj", "acl"],
     ["VBD", "DT", "NN", "VBN"], ["VERB", "DET", "NOUN", "VERB"], 2, "the offer", "offer", set()),
    # a compounded noun names the kind
    ("compounded_noun", ["rejected", "the", "pension", "plan"], [0, 3, 3, 0], ["ROOT", "det", "compound", "obj"],
     ["VBD", "DT", "NN", "NN"], ["VERB", "DET", "NOUN", "NOUN"], 3, "the pension plan", "plan", {"pension"}),
    # trap: an adjective WordNet knows as one is a quality, not a kind ('the new plan')
    ("adjective", ["rejected", "the", "new", "plan"], [0, 3, 3, 0], ["ROOT", "det", "amod", "obj"],
     ["VBD", "DT", "JJ", "NN"], ["VERB", "DET", "ADJ", "NOUN"], 3, "the new plan", "plan", set()),
]


@pytest.mark.parametrize(("words", "heads", "deps", "tags", "pos", "head", "text", "lemma", "kinds"),
                         [row[1:] for row in COMPOUNDS], ids=[row[0] for row in COMPOUNDS])
def test_an_object_phrase_knows_its_real_head_and_the_kind_its_compound_names(
        words, heads, deps, tags, pos, head, text, lemma, kinds) -> None:
    from factcheck.parse import pipeline

    doc = Doc(pipeline().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    parsed = ParsedSpan(Span(0, len(doc.text)), doc)
    found = phrase(parsed, doc[head], set(range(len(words))))
    assert (found.text, found.lemma, found.kinds) == (text, lemma, frozenset(kinds))


@pytest.mark.parametrize(("text", "stretches"), [
    ("The festival drew 50,000 people on its opening day.", {"opening day"}),
    ("Over the weekend 140,000 people attended the festival.", {"weekend"}),
    ("The new bridge carried 20,000 cars in its first week.", {"first week"}),
    ("Police made 12 arrests last week.", {"last week"}),
    # a calendar date is a date, not a stretch; an occasion ('at the festival') is no stretch of time
    ("Police made 12 arrests on Saturday.", set()),
    ("Police made 12 arrests at the festival.", set()),
    ("The council cut 40 jobs.", set()),
])
def test_a_claim_knows_the_stretches_of_time_its_acts_are_told_over(text: str, stretches: set[str]) -> None:
    from tests.claim_helpers import parsed_pair

    (claim, *_), _ = parsed_pair(text, "Nothing else happened.")
    assert claim.frame.stretches == stretches


@pytest.mark.parametrize(("sentence", "level"), [
    ("The Board cut the discount rate to 1/2 percent.", "the discount rate"),  # the noun the share hangs on
    ("The bank raised its main rate to 5.5 percent.", "its main rate"),  # the object of the verb
    ("The panel kept the target range at 1/4 to 1/2 percent.", "the target range"),  # a range's first figure
    ("The board expects growth of about 2 percent.", "growth"),
    ("Some 40 percent said yes.", None),  # the share is the subject itself
])
def test_a_share_is_read_as_the_level_of_a_thing(sentence: str, level: str | None) -> None:
    claim = extract_claims(sentence, split_sentences(sentence))[0]
    shares = [c for c in claim.frame.counts if c.noun == "percent"]
    assert {c.level_of.text if c.level_of else None for c in shares} == {level}


@pytest.mark.parametrize(("sentence", "agent"), [
    ("Sam Hart was beaten by 312 votes by Nia Lowe.", "Nia Lowe"),  # the figure's 'by' phrase is the margin
    ("The bill was passed by 40 votes.", "40 votes"),  # no other doer: the phrase stays
    ("The bill was passed by the Senate.", "the Senate"),
])
def test_a_passive_doer_is_not_its_margin(sentence: str, agent: str) -> None:
    claim = extract_claims(sentence, split_sentences(sentence))[0]
    assert [p.agent.text for p in claim.frame.predicates if p.agent is not None] == [agent]


@pytest.mark.parametrize(("sentence", "up_to_now"), [
    ("He has scored 57 goals for the club to date.", True),
    ("In all, 310 homes were damaged.", True),
    ("The appeal has so far raised £55,000.", True),
    ("The site is kept up to date by two editors.", False),  # current, not a running total
    ("The content is available in all seven languages.", False),  # 'in all' before a word
    ("The storm left the valley in total darkness.", False),
])
def test_words_that_count_up_to_now_are_a_stretch_of_their_own(sentence: str, up_to_now: bool) -> None:
    claim = extract_claims(sentence, split_sentences(sentence))[0]
    assert (RUNNING_TOTAL in claim.frame.stretches) is up_to_now


ASSERTS_NOTHING = [
    "Check the timetable before you travel.",  # an instruction
    "Do not use the lifts during a fire alarm.",  # a negative one, 'do' its only auxiliary
    "Never swim alone in the reservoir.",
    "How to Claim a Refund on a Cancelled Flight",  # a heading: a wh-word and an infinitive
    "What to expect at the polling station",
]
ASSERTS_SOMETHING = [
    "Police arrested two men near the station.",
    "Stay indoors, the council told residents.",  # an instruction reported: the root is 'told'
    "Note that the library closes at 5pm on Fridays.",  # passes on a statement
    "How to pay for the scheme remains unclear.",  # a wh-infinitive as the subject of a claim
    "Officials said to expect delays on the bypass.",
]


def _frames_of(text: str):
    from factcheck.claims import extract_claims
    from factcheck.segment import split_sentences

    return [c.frame for c in extract_claims(text, split_sentences(text))]


@pytest.mark.parametrize("text", ASSERTS_NOTHING)
def test_an_instruction_or_a_how_to_heading_asserts_nothing(text: str) -> None:
    assert [frame.asserts for frame in _frames_of(text)] == [False]


@pytest.mark.parametrize("text", ASSERTS_SOMETHING)
def test_a_statement_or_a_reported_instruction_asserts_something(text: str) -> None:
    assert all(frame.asserts for frame in _frames_of(text))


def test_a_claim_that_asserts_nothing_is_paired_with_nothing() -> None:
    from factcheck.config import Config
    from factcheck.pairing import candidate_pairs

    text = "How to Claim a Refund by Post\n\nHow to Claim a Refund by Phone\n\nRefunds are paid by post. Refunds are paid by phone."
    from factcheck.claims import extract_claims
    from factcheck.segment import split_sentences

    claims = extract_claims(text, split_sentences(text))
    paired = {(p.a.text, p.b.text) for p in candidate_pairs(claims, config=Config())}
    assert all("How to" not in a + b for a, b in paired)
    assert ("Refunds are paid by post.", "Refunds are paid by phone.") in paired
