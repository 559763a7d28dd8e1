"""Reading who holds which office off the parse of a sentence (``factcheck.titles``)."""

from __future__ import annotations

import pytest

from factcheck.parse import parse, parse_span
from factcheck.titles import CURRENT, FORMER, FUTURE, ArticleNames, organisations_named, read_roles, surnames_named
from factcheck.types import Span


def roles_of(sentence: str):
    return read_roles(parse_span(sentence, Span(0, len(sentence))))


def summary(sentence: str) -> set[tuple[str, str, frozenset[str], str]]:
    return {(r.person, r.head, r.qualifiers, r.status) for r in roles_of(sentence)}


@pytest.mark.parametrize(("sentence", "person", "head", "qualifiers"), [
    # a title before the name
    ("Deputy leader Priya Shah opened the debate and Council Leader Imran Bakr closed it.",
     "Imran Bakr", "leader", {"council"}),
    ("Detective Sergeant Maya Okoro led the search of the flat.", "Maya Okoro", "sergeant", {"detective"}),
    ("\"It was a fair result,\" said Harrow manager Neil Odell.", "Neil Odell", "manager", {"harrow"}),
    ("The report was signed by chief executive Dr Nadia Sorensen.", "Nadia Sorensen", "executive", {"chief"}),
    ("Police Chief Martin Hale praised the crews.", "Martin Hale", "chief", {"police"}),
    # a name whose words WordNet knows only in one rare sense (the coin 'anna', 'berg') is a name
    ("Harbour master Anna Berg closed the port.", "Anna Berg", "master", {"harbour"}),
    ("House Majority Whip Dana Ortiz counted the votes.", "Dana Ortiz", "whip", {"house", "majority"}),
    # an apposition after the name
    ("Sean Doyle, Harrow's team captain, was booked.", "Sean Doyle", "captain", {"harrow", "team"}),
    ("Ivo Marek, chief engineer at Tallis Rail, said the line was safe.", "Ivo Marek", "engineer",
     {"chief", "tallis", "rail"}),
    ("Sean Doyle, 29, the team captain, was booked.", "Sean Doyle", "captain", {"team"}),
    ("Aiko Tan, Brookfield's head teacher since 2020, welcomed the report.", "Aiko Tan", "teacher",
     {"brookfield", "head"}),
    # an apposition before the name
    ("The hospital's medical director, Ruth Abara, said beds were short.", "Ruth Abara", "director",
     {"hospital", "medical"}),
    ("The chair of the trust, Omar Haddad, resigned.", "Omar Haddad", "chair", {"trust"}),
    # a surname the parser tags as a plural proper noun is still a name
    ("Mayor Lucy Owens opened the new bridge on Saturday.", "Lucy Owens", "mayor", set()),
    ("The town's mayor, Gareth Pryce, cut the ribbon on the bridge.", "Gareth Pryce", "mayor", {"town"}),
    ("Head teacher Carys Hughes praised the pupils.", "Carys Hughes", "teacher", {"head"}),
    # a copula or 'as'
    ("Ortiz is the minority whip in the House.", "Ortiz", "whip", {"minority"}),
    ("Lena Fisk, who is the firm's finance director, signed the accounts.", "Lena Fisk", "director",
     {"firm", "finance"}),
    ("Lena Fisk serves as the firm's finance director.", "Lena Fisk", "director", {"firm", "finance"}),
    # an act of leading something: its agent noun over what is led
    ("Ann Bray, who chairs the planning committee, spoke first.", "Ann Bray", "chair", {"planning", "committee"}),
    ("Tom Reyes has led the party since 2019.", "Tom Reyes", "leader", {"party"}),
    ("Ingrid Sorensen captains the Vikings.", "Ingrid Sorensen", "captain", {"viking"}),
    # the act of leading in the passive, its doer after 'by'
    ("The inquiry is led by Maria Castell.", "Maria Castell", "leader", {"inquiry"}),
    ("The committee, chaired by Ann Bray, approved the plan.", "Ann Bray", "chair", {"committee"}),
    ("The trust, headed by Maria Castell, said the plan would work.", "Maria Castell", "head", {"trust"}),
    # 'head' over an organisation; an 'of' phrase with its own possessor or 'of' phrase
    ("Maria Castell, head of the city's police, defended the raid.", "Maria Castell", "head", {"city", "police"}),
    ("Maria Castell is head of the school.", "Maria Castell", "head", {"school"}),
    ("Ivo Marek, director of the Office of Science, said the plan would work.", "Ivo Marek", "director",
     {"office", "science"}),
    # a given name and a surname that WordNet knows as common nouns, the surname even as an office
    ("Jack King, the club's captain, was booked.", "Jack King", "captain", {"club"}),
    ("Club captain Grace Fisher lifted the cup.", "Grace Fisher", "captain", {"club"}),
    ("City Council President Tom Smith opened the session.", "Tom Smith", "president", {"city", "council"}),
    ("Dean Smith, head of the county council, said the depot was late.", "Dean Smith", "head", {"county", "council"}),
    # an 'as' phrase opening the clause
    ("As chief executive, Maria Castell announced the cuts.", "Maria Castell", "executive", {"chief"}),
    ("On Monday, as club captain, Lewis Dunn lifted the cup.", "Lewis Dunn", "captain", {"club"}),
])
def test_a_current_office_is_read_with_its_holder_and_qualifiers(sentence, person, head, qualifiers):
    assert (person, head, frozenset(qualifiers), CURRENT) in summary(sentence)


@pytest.mark.parametrize(("sentence", "person", "head", "status"), [
    ("Former mayor Tom Hale criticised the plan.", "Tom Hale", "mayor", FORMER),
    ("Greta Holm, who was captain until 2019, watched from the stands.", "Greta Holm", "captain", FORMER),
    ("Nils Berg, then finance director of Orvik, signed the deal.", "Nils Berg", "director", FORMER),
    ("Carla Moss, formerly the orchestra's leader, now teaches.", "Carla Moss", "leader", FORMER),
    ("Ida Venn served as captain for six seasons.", "Ida Venn", "captain", FORMER),
    ("Interim chief executive Rob Lyle cut costs.", "Rob Lyle", "executive", "acting"),
    ("Mayor-elect Rosa Quint will take office in January.", "Rosa Quint", "mayor", FUTURE),
    ("Ida Venn will be the club's captain next season.", "Ida Venn", "captain", FUTURE),
    ("Sam Cole, who captained the side in 2019, now coaches juniors.", "Sam Cole", "captain", FORMER),
    ("Ann Bray will chair the committee from May.", "Ann Bray", "chair", FUTURE),
    ("The panel was chaired by Maria Castell until 2019.", "Maria Castell", "chair", FORMER),
    ("As former captain, Lewis Dunn lifted the cup.", "Lewis Dunn", "captain", FORMER),
])
def test_when_the_office_is_held_is_read_from_rank_words_tense_and_time_phrases(sentence, person, head, status):
    assert any((r.person, r.head, r.status) == (person, head, status) for r in roles_of(sentence))


@pytest.mark.parametrize("sentence", [
    "Ben Ode, a director of the club, resigned.",  # indefinite
    "One of the club's directors, Ann Lee, resigned.",  # one of many
    "Two ministers, Ana Ruiz and Tom Reyes, resigned.",  # plural
    "Ida Venn is not the club's captain.",  # denied
    "Visitors to the National Park Service site rose.",  # an organisation, not a titled person
    "Register your app in the Federal Mobile Products Registry.",
    "Customer Service Week starts on Monday.",
    "The Federal Trade Commission joined the Federal SocialGov Community.",
    "First the teacher Explains what they will teach.",
    "Steve, principal at Portigal Consulting, author and podcaster, spoke.",
    # acts whose doer holds no office, or leads one of several
    "Ann Lee, who teaches the class, said the captain was right.",
    "Ann Lee, who directs a small theatre, said the minister was right.",
    # 'head' of no organisation; an indefinite 'as' phrase; a passive act of leading by no person
    "Ann Lee, at the head of the queue, said the captain was right.",
    "As a director, Ann Lee said the minister was right.",
    "The protest was led by students, the captain said.",
    "A committee chaired by Ann Lee said the minister was right.",
])
def test_no_role_where_no_single_current_holder_is_named(sentence):
    assert not [r for r in roles_of(sentence) if r.current and r.head in
                {"director", "minister", "captain", "national", "federal", "customer", "teacher", "author"}]


@pytest.mark.parametrize("sentence", [
    # two capitalised words ending in an office, with an article before them, are a title
    "The Labour MP, the party's spokesman, said the plan was right.",
    # names of an organisation, an event or a time, or opening with an adjective, are no person
    "Data Day, the organiser's chief executive said, is on Monday.",
    "Park Service, the agency's chief executive said, is short of staff.",
    "Open Data, the team's leader, is a priority.",
    # a rank word and an office are an office, not a name
    "Over eight years, the President, Vice President, First Lady and their staff posted daily.",
])
def test_capitalised_words_that_name_no_person_hold_no_office(sentence):
    assert not roles_of(sentence), [(r.person, r.head) for r in roles_of(sentence)]


def test_an_organisation_after_two_coordinated_offices_belongs_to_both():
    offices = {(r.head, r.organisation) for r in roles_of("Court Rye, the founder and editor of BikeWorld, spoke.")}
    assert offices == {("founder", frozenset({"bikeworld"})), ("editor", frozenset({"bikeworld"}))}


def test_rank_words_make_another_office():
    (role,) = [r for r in roles_of("Deputy Mayor Karen Olsen cut the ribbon.") if r.head == "mayor"]
    assert role.rank == frozenset({"deputy"}) and role.person == "Karen Olsen"


def test_two_coordinated_offices_share_the_possessor():
    found = {(r.head, r.qualifiers) for r in roles_of("Rita Aziz, the company's founder and chief executive, spoke.")}
    assert ("founder", frozenset({"company"})) in found
    assert ("executive", frozenset({"company", "chief"})) in found


def test_a_pronoun_possessor_is_marked_unresolved():
    (role,) = roles_of("Their manager, Stuart Fenn, said his side had been beaten.")
    assert role.owner_pronoun and role.head == "manager"


def test_spans_and_text_cover_the_title_and_the_name():
    sentence = "Sean Doyle, Harrow's team captain, was booked."
    (role,) = roles_of(sentence)
    assert role.text == "Sean Doyle, Harrow's team captain"
    assert sentence[role.span.start:role.span.end] == role.text
    assert sentence[role.head_span.start:role.head_span.end] == "captain"


def test_a_described_organisation_resolves_to_the_name_the_article_uses_most():
    docs = [parse("Eastmoor Airport won approval."), parse("Eastmoor Airport is busier than Holbeck Airport."),
            parse("Leeds Crown Court and Sheffield Crown Court sat late.")]
    resolved = organisations_named(docs)
    assert resolved["airport"] == frozenset({"eastmoor", "airport"})
    assert "court" not in resolved  # two courts named equally often


def test_a_surname_that_is_a_common_word_reads_as_a_name_once_the_article_gives_it_in_full():
    sentence = "Price, the club's captain, lifted the cup."
    assert not roles_of(sentence)  # 'price' alone is a common noun
    surnames = surnames_named([parse("Callum Price scored the winner.")])
    assert "price" in surnames
    (role,) = read_roles(parse_span(sentence, Span(0, len(sentence))), ArticleNames(surnames=surnames))
    assert (role.person, role.head) == ("Price", "captain")


def test_a_parse_with_the_thing_led_before_the_act_gives_no_role_and_no_error():
    """'the committee Ann Bray chairs' parsed with 'committee' as the object of 'chairs' (a parse
    the small parser can give) once left an empty span between the name and the thing led."""
    from spacy.tokens import Doc

    from factcheck.parse import ParsedSpan

    words = ["the", "committee", "Ann", "Bray", "chairs", "."]
    doc = Doc(parse("x").vocab, words=words, spaces=[True, True, True, True, False, False],
              pos=["DET", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"], tags=["DT", "NN", "NNP", "NNP", "VBZ", "."],
              deps=["det", "obj", "compound", "nsubj", "ROOT", "punct"], heads=[1, 4, 3, 4, 4, 4],
              lemmas=["the", "committee", "Ann", "Bray", "chair", "."])
    text = doc.text
    roles = read_roles(ParsedSpan(Span(0, len(text)), doc))
    assert not [r for r in roles if r.by_act]
