"""The roles rule: one office given two people, or one person given two offices that exclude each
other, read through real claims (sentence splitting, the parse, titles and appositions)."""

from __future__ import annotations

import pytest

from factcheck.claims import extract_claims
from factcheck.config import Config
from factcheck.pairing import candidate_pairs
from factcheck.rules.roles import compare
from factcheck.segment import split_sentences
from factcheck.types import Claim, Kind, RuleResult


def claims_of(text: str) -> list[Claim]:
    return extract_claims(text, split_sentences(text))


def first_and_last(first: str, second: str) -> tuple[str, Claim, Claim]:
    text = f"{first}\n\n{second}"
    claims = claims_of(text)
    return text, claims[0], claims[-1]


def verdicts(first: str, second: str) -> list[RuleResult | None]:
    """The rule's first conflict between a claim of one paragraph and a claim of the other, with
    the paragraphs in both orders."""
    found = []
    for one, two in ((first, second), (second, first)):
        text = f"{one}\n\n{two}"
        claims = claims_of(text)
        split = len(one)
        a_side = [c for c in claims if c.span.end <= split]
        b_side = [c for c in claims if c.span.start > split]
        results = [r for a in a_side for b in b_side if (r := compare(a, b)) is not None]
        found.append(results[0] if results else None)
    return found


ONE_OFFICE_TWO_PEOPLE = [
    # an apposition without an article names the one holder when it says which office
    ("Finance Minister Tom Hale presented the budget.", "Ana Ruiz, finance minister, defended the cuts."),
    # a title with its organisation, where the title is no member of it
    ("Chairwoman Ruth Amos of the borough council opened the session.",
     "Chairwoman Ines Faro of the borough council closed the session."),
    ("President Ann Bray of the union spoke to reporters.", "President Joe Hart of the union declined to comment."),
    ("Deputy leader Priya Shah opened the debate, and Council Leader Imran Bakr closed it.",
     "Councillor Ruth Ingram, the council's leader, voted against the budget."),
    ("Team captain Ollie Grant scored twice in the first half.",
     "Sean Doyle, Harrow's team captain, was booked in the second half."),
    ("The Calderbrook Museum reopened. The museum's artistic director, Nadia Petrova, said the show would travel.",
     "\"We are thrilled,\" said Felix Amon, Calderbrook's artistic director, at the launch."),
    ("The orchestra's principal conductor, Ilse Brandt, would lead the tour, the board said.",
     "Marco Levi is the orchestra's principal conductor and has led it since 2019."),
    ("Mayor Helen Ostrowski opened the depot.", "Mayor Helen Novak said the depot would open in May."),
    ("Police Chief Martin Hale praised the crews.", "Police Chief Tom Hale said two crews were sent."),
    # the office as subject, the name after the copula; an office of one event or season keeps its
    # holder in the past tense
    ("The club's captain is Jamie Rourke, who joined in 2016.", "Lewis Dunn, the club's captain, was booked."),
    ("The winner of the marathon was Clara Holt.", "Abebe Tola was the winner of the marathon, in 2:09."),
    ("The top scorer of the season was Dev Malik of Rovers.", "Jonah Price was the top scorer of the season."),
    # a bare title whose claim names the organisation by the same noun
    ("The museum's curator, Lena Voss, chose the works.", "Curator Omar Said said the museum would tour the show."),
    # a title written closed that WordNet lists open ('headteacher': 'head teacher')
    ("The academy's headteacher, Nadia Shah, praised the pupils.", "Headteacher Owen Price said the academy would expand."),
    # an office told by its act: 'who chairs the committee' holds the committee's chair
    ("Councillor Ann Bray, who chairs the planning committee, said the scheme was sound.",
     "The planning committee's chair, Councillor Joe Hart, backed the scheme."),
    ("Tom Reyes, who has led the party since 2019, spoke first.", "Party leader Ana Ruiz said the vote was close."),
    ("Ingrid Sorensen captains the Vikings this season.", "The Vikings' captain, Mette Dahl, was injured in training."),
    # a title named by the act another claim tells
    ("Inspector Ruth Gale, who is leading the inquiry, appealed for witnesses.",
     "The senior investigating officer, Inspector Dan Moss, said two men were held."),
    ("Judge Amy Lo, who presides over the tribunal, said the case was closed.",
     "The tribunal's presiding judge, Sam Reed, adjourned the hearing."),
    # an act of leading told in the passive, or as a participle after the thing led
    ("The review is being led by Carys Pugh, the trust confirmed.", "Idris Vaughan, who leads the review, met staff."),
    ("The licensing panel, chaired by Nkechi Ade, refused the bid.",
     "The licensing panel's chair, Oskar Lind, said the bid was refused."),
    # 'head' is an office only over an organisation; nested 'of' and possessor phrases belong to it
    ("Greta Nyberg, head of the county council, opened the depot.",
     "Rhian Maddox, head of the county council, said the depot was late."),
    ("Anika Rowe, director of the Institute of Fiscal Research, briefed MPs.",
     "The Institute of Fiscal Research's director, Piet Haas, disputed the figures."),
    # names whose words WordNet knows as common nouns ('Jack King', 'Grace Fisher')
    ("Jack King, the club's captain, lifted the trophy.", "Club captain Grace Fisher scored twice in the final."),
    # an 'as' phrase opening the clause describes its subject
    ("As party chairman, Bilal Aziz signed the letter.", "The party's chairman, Yusuf Demir, said no letter was sent."),
]

ONE_PERSON_TWO_OFFICES = [
    ("Education Minister Carla Mendes announced the reform on Monday.",
     "Mendes, the transport minister, said the rail plan was delayed."),
    ("House Majority Whip Dana Ortiz counted the votes.", "Ortiz, the minority whip, criticised the bill."),
    ("Sofia Lind, the club's sporting director, signed the striker.",
     "Lind, the club's medical director, said the striker was fit."),
    # a plural noun compounded with the title qualifies it ('parks commissioner')
    ("Parks commissioner Dev Rao closed the lido.", "Dev Rao, the city's housing commissioner, said the lido would reopen."),
    # two ranks of the forces or the police
    ("Detective Inspector Helen Marsh led the search.", "Detective Sergeant Helen Marsh said it would go on."),
    ("Colonel Ivan Petrov commanded the brigade.", "Major Ivan Petrov said the brigade had withdrawn."),
    # an office and the one below it, of one organisation or one left unsaid
    ("The club's head coach, Dan Ferris, praised the players.", "Assistant coach Dan Ferris said the team deserved it."),
    ("Deputy Mayor Karen Olsen cut the ribbon.", "Olsen, the city's mayor, gave a speech."),
    ("Rui Costa, the party's vice-president, spoke first.", "Costa, the party's president, closed the rally."),
]

QUIET = [
    # a lone office noun in apposition is a bare title: its organisation may be another ('at the
    # University of Kent' belongs to the second office)
    ("The gallery drew 9,000 visitors, according to curator Ruth Amos.",
     "Ines Faro, curator and head of collections at the University of Kent, said the prints were rarely lent."),
    # a title that names one member of its organisation, which has many (WordNet's member meronymy,
    # or an organisation named after its members)
    ("Councillor Ann Bray of the town council voted against the plan.",
     "Councillor Joe Hart of the town council voted for the plan."),
    ("Juror Ann Bray of the trial jury spoke to reporters.", "Juror Joe Hart of the trial jury declined to comment."),
    ("Officer Dana Ruiz of the city police gave evidence.", "Officer Lee Park of the city police arrested the driver."),
    ("Democrat Sara Lind of the Young Democrats spoke first.", "Democrat Owen Hale of the Young Democrats spoke next."),
    # the same person, named shorter
    ("Mayor Helen Ostrowski opened the depot.", "Mayor Ostrowski said the depot would open."),
    ("Finance Minister Ana Ruiz presented the budget.", "Ruiz, the finance minister, defended the cuts."),
    ("Parks commissioner Dev Rao closed the lido.", "Dev Rao, the city's parks commissioner, said the lido would reopen."),
    # a former, acting or future holder
    ("Former mayor Tom Hale criticised the plan.", "Mayor Joe Brandt defended the plan on Monday."),
    ("Greta Holm, who was captain until 2019, watched from the stands.",
     "Anna Berg, the club's captain, scored the winner."),
    ("Acting chief executive Paul Marr said profits rose.",
     "Lena Fisk, the firm's chief executive, is on leave until June."),
    ("Pauline Marsh, then chief executive of Granite Mutual, raised concerns.",
     "Granite Mutual's chief executive, Owen Pike, welcomed the ruling."),
    ("Mayor-elect Rosa Quint will take office in January.", "The city's mayor, Alan Webb, said the depot would open."),
    # deputy, vice or assistant against the office itself
    ("Deputy Mayor Karen Olsen cut the ribbon.", "The city's mayor, Alan Webb, gave a speech."),
    ("Sam Otto, the team's vice-captain, was injured.", "Team captain Leo Marsh scored twice."),
    # a rank and a post ('the brigade's commander'), a rank and a job, two ranks at two times
    ("Colonel Ivan Petrov led the unit.", "Petrov, the brigade's commander, said it had withdrawn."),
    ("Detective Helen Marsh led the search.", "Inspector Helen Marsh said it would go on."),
    ("In 2015 Sergeant Helen Marsh joined the unit.", "Inspector Helen Marsh said on Monday that the search would go on."),
    # one person, an office and the one below it: of two organisations, held at two times, or
    # two ranks that are the office itself (a co-captain is a captain)
    ("Dan Ferris, England's assistant coach, watched.", "Ferris, Rovers' head coach, praised the players."),
    ("Ferris, who was assistant coach until last year, watched.", "The club's head coach, Dan Ferris, praised them."),
    ("Lena Fisk, the club's co-captain, scored.", "Fisk, the club's captain, lifted the cup."),
    ("Their assistant coach, Colin Baird, ran the session.", "The club's coach, Ivan Petrov, watched."),
    # two organisations or places
    ("Harbour Inn, whose owner, Geoff Dale, backs the ban, was full.", "Bar owner Will Tandy hates the ban."),
    ("John Smith, the mayor of Leeds, spoke first.", "Ann Jones, the mayor of York, spoke next."),
    ("Kelsall manager Stuart Fenn blamed the referee.", "Ashby manager Dean Calloway praised his players."),
    ("Harbor Institute director Gail Summers released the poll.",
     "Omar Haddad, the museum's director, opened the exhibition."),
    # plural or indefinite offices, and bare titles of offices with several holders
    ("Kelsall winger Tyrone Adu crossed for the opener.", "Kelsall winger Jo Hart hit the post."),
    ("Detective Sergeant Maya Okoro searched the flat.", "Detective Sergeant Ian Royle interviewed him."),
    ("Ben Ode, a director of the club, resigned.", "Ann Lee, the club's director, stayed on."),
    ("One of the club's directors, Ann Lee, resigned.", "Ben Ode, the club's director, stayed on."),
    ("Two ministers, Ana Ruiz and Tom Reyes, resigned.", "Finance Minister Ana Ruiz said the budget was fair."),
    # one person, two compatible roles
    ("Jones, the club's captain, lifted the trophy.", "Jones, the England captain, was rested."),
    ("Mira Kovac, the council's president, chaired the meeting.",
     "Kovac, the party's president, announced the candidates."),
    ("Rita Aziz, the company's founder and chief executive, spoke.", "Aziz, the founder, said sales rose."),
    ("Tom Reyes, the club's managing director, spoke.", "Reyes, the club's director, said sales rose."),
    # a bare title whose claim does not name the organisation, names it by a proper name, or is
    # another rank
    ("The museum's curator, Lena Voss, chose the works.", "Curator Omar Said praised the loans."),
    ("Rovers' manager, Tom Hale, praised the fans.", "Manager Rita Okafor said the club would appeal."),
    ("The club's manager, Tom Hale, praised the fans.", "Assistant manager Rita Okafor said the club would appeal."),
    # past holders of an office of an organisation may follow each other
    ("The club's captain was Jamie Rourke.", "The club's captain was Lewis Dunn."),
    ("The leader of the party was Ana Ruiz.", "Tom Hale was the leader of the party."),
    # the word after the copula is not the holder's name
    ("The club's captain was Rourke's brother.", "Lewis Dunn, the club's captain, was booked."),
    # an office told by its act, held before, later, by the same person, of another body, or of one
    # of several ('a committee'); verbs whose doer holds no office ('runs', 'owns')
    ("Sam Cole, who captained the side in 2019, now coaches juniors.", "The side's captain, Joe Hart, scored twice."),
    ("Ann Bray, who will chair the committee from May, spoke.", "The committee's chair, Joe Hart, backed the plan."),
    ("Ann Bray, who chairs the planning committee, spoke.", "Bray, the planning committee's chair, backed the plan."),
    ("Ann Bray, who chairs the planning committee, spoke.", "Joe Hart, who chairs the licensing committee, agreed."),
    ("Ann Bray, who chairs a committee on housing, spoke.", "The committee's chair, Joe Hart, backed the plan."),
    ("Ann Bray, who does not chair the committee, spoke.", "The committee's chair, Joe Hart, backed the plan."),
    ("Lena Marsh, who runs the bakery, opened early.", "Tom Reed, the bakery's owner, closed it in May."),
    ("Ann Bray, who coaches the under-12 team, was there.", "The club's coach, Joe Hart, praised the fans."),
    # two titles named by one act are two offices; an act over another body; a past act
    ("The firm's managing director, Ann Lee, spoke.", "The firm's managing editor, Ben Ode, replied."),
    ("Judge Amy Lo, who presides over the tribunal, spoke.", "The inquest's presiding coroner, Sam Reed, replied."),
    ("Inspector Ruth Gale, who led the inquiry in 2019, retired.",
     "The senior investigating officer, Inspector Dan Moss, said two men were held."),
    # a passive act of leading held before, or led by people who hold no single office; 'head' of
    # what is no organisation; an 'as' phrase with 'a' (one of several) or 'former'
    ("The review was led by Carys Pugh until March.", "Idris Vaughan, who leads the review, met staff."),
    ("The march was led by students from the college.", "Idris Vaughan, who leads the march, spoke."),
    ("Greta Nyberg, at the head of the queue, was served first.", "Rhian Maddox, head of the county council, spoke."),
    ("As a councillor, Bilal Aziz signed the letter.", "The council's chairman, Yusuf Demir, said no letter was sent."),
    ("As former chairman, Bilal Aziz signed the letter.", "The party's chairman, Yusuf Demir, said it was sent."),
    ("Anika Rowe, head of the Institute of Fiscal Research, briefed MPs.",
     "Piet Haas, head of the Institute of Public Policy, disputed the figures."),
    # an organisation written once after two coordinated offices belongs to both: two founders of two firms
    ("Court Rye, the founder and editor of BikeWorld, says prices are falling.",
     "Nadia Ortiz, the founder and chief executive of Pedalco, says prices are rising."),
    # winners of two races
    ("The winner of the first race was Clara Holt.", "The winner of the second race was Abebe Tola."),
    # a vague office against a qualified one
    ("The club's director, Ann Lee, spoke.", "Ben Ode, the club's director of football, signed the striker."),
]


@pytest.mark.parametrize(("first", "second"), ONE_OFFICE_TWO_PEOPLE)
def test_one_office_given_two_people_conflicts_both_ways(first, second):
    for result in verdicts(first, second):
        assert result is not None, (first, second)
        assert (result.outcome, result.kind) == ("conflicting", Kind.ROLE)
        assert "two people" in result.reason


@pytest.mark.parametrize(("first", "second"), ONE_PERSON_TWO_OFFICES)
def test_one_person_given_two_exclusive_offices_conflicts_both_ways(first, second):
    for result in verdicts(first, second):
        assert result is not None, (first, second)
        assert (result.outcome, result.kind) == ("conflicting", Kind.ROLE)
        assert "two offices" in result.reason


@pytest.mark.parametrize(("first", "second"), QUIET)
def test_traps_stay_quiet_both_ways(first, second):
    for result in verdicts(first, second):
        assert result is None, (first, second, result and result.reason)


def test_reason_quotes_the_conflicting_words_and_spans_point_at_them():
    text, a, b = first_and_last("Club captain Jamie Rourke scored first.",
                                "Lewis Dunn, Ashby's club captain, lifted the cup.")
    result = compare(a, b)
    assert text[result.a_span.start:result.a_span.end] == "Club captain Jamie Rourke"
    assert text[result.b_span.start:result.b_span.end] == "Lewis Dunn, Ashby's club captain"
    assert "'Club captain Jamie Rourke'" in result.reason and "'Lewis Dunn, Ashby's club captain'" in result.reason


def test_a_title_in_the_attribution_counts_and_points_into_the_source():
    text, a, b = first_and_last("The airport's managing director, Karen Whitby, said the runway would open.",
                                "\"We have listened,\" said Graham Lowe, the airport's managing director.")
    result = compare(a, b)
    assert result is not None and result.kind is Kind.ROLE
    assert text[result.b_span.start:result.b_span.end] == "Graham Lowe, the airport's managing director"


def test_a_described_organisation_is_the_one_the_article_names_most():
    text = ("Eastmoor Airport won approval for a new runway. Eastmoor Airport is busier than Holbeck Airport.\n\n"
            "The airport's managing director, Karen Whitby, said the runway would open in 2029.\n\n"
            "\"We have listened,\" said Graham Lowe, Eastmoor's managing director.")
    claims = claims_of(text)
    whitby = next(c for c in claims if "Whitby" in c.text)
    lowe = next(c for c in claims if "Lowe" in c.text or (c.source and "Lowe" in c.source))
    assert compare(whitby, lowe) is not None


def test_two_airports_named_equally_often_leave_the_airport_unresolved():
    text = ("Eastmoor Airport and Holbeck Airport both grew.\n\n"
            "The airport's managing director, Karen Whitby, said the runway would open in 2029.\n\n"
            "\"We have listened,\" said Graham Lowe, Eastmoor's managing director.")
    claims = claims_of(text)
    whitby = next(c for c in claims if "Whitby" in c.text)
    lowe = next(c for c in claims if "Lowe" in c.text or (c.source and "Lowe" in c.source))
    assert compare(whitby, lowe) is None


def test_claims_dated_differently_do_not_conflict():
    _, a, b = first_and_last("In 2015, the club's captain, Ollie Grant, lifted the cup.",
                             "In 2023, the club's captain, Sean Doyle, lifted the cup.")
    assert compare(a, b) is None


def test_pairing_brings_together_claims_that_share_an_office_or_a_holder():
    text = ("Club captain Jamie Rourke scored in the 61st minute of a tense final at Eastgate Park.\n\n"
            "Supporters sang for an hour after the whistle and the squad toured the town on a bus.\n\n"
            "Lewis Dunn, Ashby's club captain, lifted the cup.")
    claims = claims_of(text)
    pairs = candidate_pairs(claims, config=Config())
    rourke = next(c for c in claims if "Rourke" in c.text)
    dunn = next(c for c in claims if "Dunn" in c.text)
    assert any({p.a.id, p.b.id} == {rourke.id, dunn.id} for p in pairs)
