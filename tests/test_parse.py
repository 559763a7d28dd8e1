"""The shipped parser loads, reads news prose the way the claims stage needs, and maps offsets back."""

from __future__ import annotations

import pytest

from factcheck import parse as parsing
from factcheck.errors import ModelError
from factcheck.types import Span


@pytest.fixture(scope="module")
def nlp():
    """The shipped pipeline, loaded once for this module."""
    return parsing.pipeline()


def _arcs(doc) -> set[tuple[str, str, str]]:
    return {(token.dep_, token.head.text, token.text) for token in doc}


def test_shipped_pipeline_loads_with_the_components_claims_read(nlp):
    assert nlp.pipe_names == list(parsing.COMPONENTS)
    assert "ner" not in nlp.pipe_names


# (sentence, arcs as (relation, head, dependent) that must be in the parse, {word: lemma})
NEWS_SENTENCES = [
    (
        "The council approved the plan on Tuesday.",
        {("nsubj", "approved", "council"), ("obj", "approved", "plan"), ("ROOT", "approved", "approved")},
        {"approved": "approve"},
    ),
    (
        "The plan was rejected by councillors.",
        {("nsubj:pass", "rejected", "plan"), ("aux:pass", "rejected", "was")},
        {"rejected": "reject", "was": "be", "councillors": "councillor"},
    ),
    (
        "Air defences intercepted all ten drones.",
        {("nsubj", "intercepted", "defences"), ("obj", "intercepted", "drones"), ("nummod", "drones", "ten")},
        {"intercepted": "intercept", "drones": "drone", "defences": "defence"},
    ),
    (
        "Police said two men were arrested.",
        {("nsubj", "said", "Police"), ("ccomp", "said", "arrested"), ("nsubj:pass", "arrested", "men")},
        {"said": "say", "men": "man", "arrested": "arrest"},
    ),
    (
        "The company did not cut 40 jobs in March.",
        {("nsubj", "cut", "company"), ("advmod", "cut", "not"), ("obj", "cut", "jobs"), ("obl", "cut", "March")},
        {"did": "do", "jobs": "job"},
    ),
]


@pytest.mark.parametrize(("sentence", "arcs", "lemmas"), NEWS_SENTENCES, ids=[s for s, _, _ in NEWS_SENTENCES])
def test_news_sentence_gets_its_subject_verb_object_and_lemmas(nlp, sentence, arcs, lemmas):
    doc = parsing.parse(sentence)
    assert arcs <= _arcs(doc), f"missing {arcs - _arcs(doc)} in {sorted(_arcs(doc))}"
    got = {token.text: token.lemma_ for token in doc if token.text in lemmas}
    assert got == lemmas


def test_passive_agent_attaches_to_the_verb_as_an_oblique(nlp):
    doc = parsing.parse("The plan was rejected by councillors.")
    agent = next(token for token in doc if token.text == "councillors")
    assert agent.head.text == "rejected"
    assert agent.dep_ in {"obl", "obl:agent"}  # GUM marks by-agents obl:agent; either serves a claim


def test_parse_tags_words_with_ptb_and_universal_parts_of_speech(nlp):
    doc = parsing.parse("The council approved the plan.")
    assert [(t.text, t.tag_, t.pos_) for t in doc][:3] == [
        ("The", "DT", "DET"),
        ("council", "NN", "NOUN"),
        ("approved", "VBD", "VERB"),
    ]
    assert doc[2].morph.get("Tense") == ["Past"]


def test_parse_finds_sentence_boundaries(nlp):
    doc = parsing.parse("The fire started at noon. Firefighters arrived ten minutes later.")
    assert [s.text for s in doc.sents] == ["The fire started at noon.", "Firefighters arrived ten minutes later."]


def test_one_sentence_keeps_a_segmented_sentence_whole_with_one_root(nlp):
    text = "Harbour fire Twelve people were injured on Monday, officials said."  # a headline glued on
    own = parsing.parse(text)
    kept = parsing.parse(text, one_sentence=True)
    assert len(list(own.sents)) == 2  # the parser alone starts a sentence at "Twelve"
    assert [s.text for s in kept.sents] == [text]
    assert sum(token.dep_ == "ROOT" for token in kept) == 1


def test_parse_returns_the_cached_doc_for_the_same_text(nlp):
    assert parsing.parse("Prices rose sharply.") is parsing.parse("Prices rose sharply.")


ARTICLE = (
    "Harbour fire\n\n"
    "A fire broke out at the harbour on Monday night.  Twelve people were injured, officials said.\n\n"
    "The council approved the plan on Tuesday."
)


def _sentence_spans(text: str) -> list[Span]:
    spans, start = [], 0
    for piece in ("A fire broke out at the harbour on Monday night.", "Twelve people were injured, officials said.",
                  "The council approved the plan on Tuesday."):
        start = text.index(piece, start)
        spans.append(Span(start, start + len(piece)))
    return spans


def test_token_offsets_of_a_parsed_span_point_into_the_whole_text(nlp):
    spans = _sentence_spans(ARTICLE)
    for parsed in parsing.parse_spans(ARTICLE, spans, one_sentence=True):
        for token in parsed.doc:
            where = parsed.token_span(token)
            assert ARTICLE[where.start : where.end] == token.text
    council = parsing.parse_span(ARTICLE, spans[2])
    subject = next(t for t in council.doc if t.dep_ == "nsubj")
    assert council.token_span(subject) == Span(ARTICLE.index("council"), ARTICLE.index("council") + len("council"))


def test_parse_span_trims_surrounding_whitespace_and_keeps_offsets(nlp):
    start = ARTICLE.index("A fire") - 2  # the blank line before the sentence
    end = ARTICLE.index("Twelve")  # includes the two spaces after "night."
    parsed = parsing.parse_span(ARTICLE, Span(start, end))
    assert parsed.span == Span(start + 2, ARTICLE.index("night.") + len("night."))
    assert not any(token.is_space for token in parsed.doc)
    assert parsed.tokens_span(parsed.doc[:]) == parsed.span


@pytest.mark.parametrize("wrapped", [
    "      The fire at the\n      warehouse killed 12\n      people on Monday.",
    "The fire at the\twarehouse   killed 12\r\npeople on Monday.",
])
def test_wrapped_or_indented_sentence_parses_as_its_one_line_prose_with_offsets_into_the_text(nlp, wrapped):
    """A hard-wrapped or indented file must not give the parser space tokens to hang in the tree
    as words (an indented licence once made one a subject and crashed a rule)."""
    text = f"Harbour fire\n\n{wrapped}\n"
    start = text.index("The fire") if "      The" not in wrapped else text.index("      The")
    parsed = parsing.parse_spans(text, [Span(start, text.index("Monday.") + len("Monday."))], one_sentence=True)[0]
    prose = parsing.parse("The fire at the warehouse killed 12 people on Monday.", one_sentence=True)
    assert not any(token.is_space for token in parsed.doc)
    assert [(t.text, t.dep_, t.head.i) for t in parsed.doc] == [(t.text, t.dep_, t.head.i) for t in prose]
    for token in parsed.doc:
        where = parsed.token_span(token)
        assert text[where.start : where.end] == token.text


def test_tokens_in_finds_the_tokens_under_a_document_span(nlp):
    spans = _sentence_spans(ARTICLE)
    parsed = parsing.parse_span(ARTICLE, spans[1])
    people = ARTICLE.index("Twelve people")
    tokens = parsed.tokens_in(Span(people, people + len("Twelve peo")))
    assert [t.text for t in tokens] == ["Twelve", "people"]
    assert parsed.tokens_in(spans[0]) is None


def test_parse_span_outside_the_text_is_refused(nlp):
    with pytest.raises(ValueError, match="outside"):
        parsing.parse_span("Short.", Span(0, 50))


def test_parse_many_keeps_order_and_duplicates(nlp):
    docs = parsing.parse_many(["Prices rose.", "Prices fell.", "Prices rose."])
    assert [doc.text for doc in docs] == ["Prices rose.", "Prices fell.", "Prices rose."]
    assert docs[0] is docs[2]


def test_missing_pipeline_is_a_one_line_model_error(tmp_path):
    with pytest.raises(ModelError, match="parser is missing") as caught:
        parsing.load_pipeline(tmp_path / "gum-en")
    assert "\n" not in str(caught.value)


def test_parse_raises_model_error_when_the_shipped_pipeline_is_gone(tmp_path, monkeypatch):
    monkeypatch.setattr(parsing, "PARSER_PATH", tmp_path / "absent")
    parsing.pipeline.cache_clear()
    try:
        with pytest.raises(ModelError, match="parser is missing"):
            parsing.parse("A sentence nobody has parsed before in this session.")
    finally:
        parsing.pipeline.cache_clear()  # the next test loads the real one again


def test_pipeline_without_a_parser_is_refused(tmp_path, nlp):
    nlp_copy_dir = tmp_path / "no-parser"
    import spacy

    spacy.blank("en").to_disk(nlp_copy_dir)
    with pytest.raises(ModelError, match="lacks the components"):
        parsing.load_pipeline(nlp_copy_dir)


# The shipped parser reads some short news sentences as a bare noun phrase with a reduced relative
# ('Three directors voted ...' as 'three directors [who were] voted ...'); ``parse.repair`` gives
# them back their verb. Each row: the sentence, the verb, its subject.
VERB_READ_AS_MODIFIER = [
    ("Three directors voted against the takeover bid.", "voted", "directors"),
    ("The painting sold for $1.2 million.", "sold", "painting"),
    ("Wages climbed by 4 percent.", "climbed", "Wages"),  # 'by' with an amount is not an agent
    # the verb tagged a noun, the subject hung on it as a modifier
    ("The earthquake struck at 4.15am on Tuesday.", "struck", "earthquake"),
    # a part of a set as the root, the verb hung on the set ('Two of the ... candidates [who] lost')
    ("Two of the party's candidates lost their seats.", "lost", "Two"),
    ("All of the bank's shares rose on Monday.", "rose", "All"),
    ("Most of the club's members backed the merger.", "backed", "Most"),  # the set read as an oblique
    # the verb hung on the last noun of the subject's 'in' phrase ('Shares in the retailer [that were] climbed')
    ("Shares in the retailer climbed on Thursday.", "climbed", "Shares"),
    # the verb read as an adjective of its object, which the parser made the root ('granted bail')
    ("The judge granted bail to the defendant.", "granted", "judge"),
    # the subject hung on the verb as a compound ('The pound weakened ...')
    ("The pound weakened against the euro on Monday.", "weakened", "pound"),
    # a past form WordNet knows only as a verb, tagged an adjective ('shrank')
    ("First-quarter sales at the company shrank.", "shrank", "sales"),
    # the verb made a relative clause whose subject is the noun of the subject's own phrase
    # ('Every shop on the high street [where the street] opened')
    ("Every shop on the high street opened on Sunday.", "opened", "shop"),
    # with any preposition, and a root the tagger called an adjective ('first shop')
    ("Its first shop outside Scotland opened in 1975.", "opened", "shop"),
    ("Every house along the river flooded on Sunday.", "flooded", "house"),
    # a verb that is also a noun read as a compound of the figure after it ('bypass cost £84 million')
    ("The new bypass cost £84 million to build.", "cost", "bypass"),
    ("The bridge cost $12 million.", "cost", "bridge"),
]
# Sentences whose participle is rightly a modifier, or which already have their verb.
LEFT_AS_PARSED = [
    "The money stolen by the gang.",  # a 'by' agent: a real reduced relative (a caption)
    "Hundreds of homes damaged in the storm were rebuilt, officials said.",  # a finite verb elsewhere
    "Rents rose sharply in the city.",
    "The stole was silk.",  # a noun that is also a verb form stays a noun
    "Two of the men arrested by detectives.",  # a 'by' agent after a part: a caption, no sentence
    "Most of the flats damaged in the fire were empty, the council said.",  # a finite verb elsewhere
    "A new chief executive was appointed in March.",  # a passive with its auxiliary keeps its reading
    "The shop the council closed on Sunday.",  # a relative clause with a subject of its own (a caption)
    "The project cost overrun of £5m.",  # a noun compounded with a noun, not with the figure
]


@pytest.mark.parametrize(("sentence", "verb", "subject"), VERB_READ_AS_MODIFIER)
def test_repair_makes_the_verb_read_as_a_modifier_the_root_with_its_subject(sentence, verb, subject):
    doc = parsing.parse(sentence, one_sentence=True)
    root = next(doc.sents).root
    assert root.text == verb and root.tag_ == "VBD"
    assert [t.text for t in root.children if t.dep_ == "nsubj"] == [subject]


@pytest.mark.parametrize("sentence", LEFT_AS_PARSED)
def test_repair_leaves_real_modifiers_and_sentences_with_a_verb_alone(nlp, sentence):
    plain = nlp(parsing._tokenized(sentence, True))
    repaired = parsing.parse(sentence, one_sentence=True)
    assert [(t.head.i, t.dep_) for t in repaired] == [(t.head.i, t.dep_) for t in plain]


# Particles of phrasal verbs the parser hangs on the next noun as its preposition; the tagger's own
# particle tag (RP) and WordNet's phrasal verb let ``parse.repair`` give them back to the verb.
PARTICLE_READ_AS_CASE = [
    ("The firm laid off staff in May.", "laid", "off", "staff"),
    ("Councillors voted down the cycle lane.", "voted", "down", "lane"),
    # the particle right, its object read as a predicative complement ('turned professional')
    ("Councillors turned down the developer's offer for the site.", "turned", "down", "offer"),
    ("Set up the interview.", "Set", "up", "interview"),
]


@pytest.mark.parametrize(("sentence", "verb", "particle", "obj"), PARTICLE_READ_AS_CASE)
def test_repair_gives_a_phrasal_verb_its_particle_and_object(sentence, verb, particle, obj):
    doc = parsing.parse(sentence, one_sentence=True)
    (token,) = [t for t in doc if t.text == particle]
    assert (token.head.text, token.dep_) == (verb, "compound:prt")
    assert [t.text for t in token.head.children if t.dep_ == "obj"] == [obj]


@pytest.mark.parametrize("sentence", [
    "The boy fell off the roof.",  # tagged a preposition: a place, whatever WordNet's 'fall off' means
    "The cat ran off the stage.",
    "You can find out more about his work.",  # a preposition's noun is no object
])
def test_repair_leaves_a_preposition_after_a_verb_alone(nlp, sentence):
    plain = nlp(parsing._tokenized(sentence, True))
    repaired = parsing.parse(sentence, one_sentence=True)
    assert [(t.head.i, t.dep_) for t in repaired] == [(t.head.i, t.dep_) for t in plain]


@pytest.mark.parametrize(("sentence", "noun", "head"), [
    ("The summit was held in Vienna last week.", "Vienna", "held"),  # not a compound of 'week'
])
def test_repair_hangs_a_place_read_as_a_compound_of_a_time_on_the_verb(sentence, noun, head):
    doc = parsing.parse(sentence, one_sentence=True)
    (token,) = [t for t in doc if t.text == noun]
    assert (token.head.text, token.dep_) == (head, "obl")


def test_repair_leaves_a_time_compounded_with_a_time_alone(nlp):
    sentence = "From May to September there are trade winds but during the summer months the winds are from the northeast."
    plain = nlp(parsing._tokenized(sentence, True))
    repaired = parsing.parse(sentence, one_sentence=True)
    assert [(t.head.i, t.dep_) for t in repaired] == [(t.head.i, t.dep_) for t in plain]
