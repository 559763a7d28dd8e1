"""The WordNet lexicon: which words mean the same, which exclude each other, base forms.

Every pair is checked both ways round, because the rules compare claims in either order.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from factcheck import lexicon
from factcheck.errors import ModelError
from factcheck.lexicon import Lexicon
from factcheck.resources import shipped

REPO = Path(__file__).resolve().parents[1]
BREAKING_NLI = REPO / ".." / "shared" / "data" / "nli-train" / "breaking_nli" / "dataset.jsonl"


def both_ways(pairs: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return pairs + [(b, a, pos) for a, b, pos in pairs]


# Recorded antonyms, in base and inflected forms. WordNet has acquit / convict.
RECORDED_ANTONYMS = both_ways([
    ("rise", "fall", "v"), ("rose", "fell", "v"), ("win", "lose", "v"), ("won", "lost", "v"),
    ("open", "close", "v"), ("opened", "closed", "v"), ("increase", "decrease", "v"),
    ("acquit", "convict", "v"), ("acquitted", "convicted", "v"), ("buy", "sell", "v"),
    ("accept", "reject", "v"), ("import", "export", "v"), ("arrive", "leave", "v"),
    ("include", "exclude", "v"), ("attack", "defend", "v"),
    ("large", "small", "a"), ("old", "young", "a"), ("alive", "dead", "a"),
    ("guilty", "innocent", "a"), ("legal", "illegal", "a"), ("early", "late", "a"),
    ("more", "less", "a"), ("majority", "minority", "n"), ("victory", "defeat", "n"),
    ("success", "failure", "n"), ("acquittal", "conviction", "n"), ("up", "down", "r"),
])

# Opposed only once antonymy is lifted to synsets or adjective clusters.
LIFTED_OPPOSITES = both_ways([
    ("approve", "reject", "v"), ("approved", "rejected", "v"), ("huge", "tiny", "a"),
    ("gain", "lose", "v"), ("expand", "shrink", "v"), ("arrive", "depart", "v"),
])

# Opposed only through hypernyms (``depth=1``): kinds of rising against kinds of falling.
TROPONYM_OPPOSITES = both_ways([
    ("soar", "plunge", "v"), ("soared", "plunged", "v"), ("rise", "drop", "v"),
    ("increase", "decline", "v"), ("grow", "shrink", "v"), ("surged", "dropped", "v"),
])

# Never opposed, however widely read: synonyms, hypernyms, other relations, a word and itself,
# and the taxonomies the cluster rule leaves out (numbers, colours).
NOT_OPPOSED = both_ways([
    ("rise", "increase", "v"), ("win", "beat", "v"), ("win", "defeat", "v"), ("big", "large", "a"),
    ("open", "unlock", "v"), ("car", "automobile", "n"), ("approve", "accept", "v"),
    ("rise", "rise", "v"), ("rose", "rising", "v"), ("said", "stated", "v"),
    ("second", "two", "a"), ("red", "grey", "a"), ("killed", "died", "v"),
    # lifted only to the roots of the verb hierarchy ('refrain' / 'act'): near synonyms
    ("avoid", "ignore", "v"), ("avoid", "disregard", "v"), ("abstain", "ignore", "v"),
])


@pytest.mark.parametrize("a, b, pos", RECORDED_ANTONYMS)
def test_recorded_antonyms_are_antonyms_and_opposed(a: str, b: str, pos: str) -> None:
    assert lexicon.are_antonyms(a, b, pos)
    assert lexicon.opposed(a, b, pos)


@pytest.mark.parametrize("a, b, pos", LIFTED_OPPOSITES)
def test_lifted_opposites_are_opposed_but_not_recorded_antonyms(a: str, b: str, pos: str) -> None:
    assert lexicon.opposed(a, b, pos)
    assert not lexicon.are_antonyms(a, b, pos)


@pytest.mark.parametrize("a, b, pos", TROPONYM_OPPOSITES)
def test_kinds_of_opposite_acts_are_opposed_only_through_hypernyms(a: str, b: str, pos: str) -> None:
    assert lexicon.opposed(a, b, pos, depth=1)
    assert not lexicon.opposed(a, b, pos)


@pytest.mark.parametrize("a, b, pos", NOT_OPPOSED)
def test_compatible_words_are_never_opposed(a: str, b: str, pos: str) -> None:
    assert not lexicon.are_antonyms(a, b, pos)
    assert not lexicon.opposed(a, b, pos)
    assert not lexicon.opposed(a, b, pos, depth=1)


def test_antonyms_lists_what_wordnet_recorded_and_lifting_adds_synonyms_of_it() -> None:
    assert "fall" in lexicon.antonyms("rise", "v")
    assert "lose" in lexicon.antonyms("won", "v")
    assert "reject" not in lexicon.antonyms("approve", "v")
    assert {"disapprove", "reject"} <= lexicon.lifted_antonyms("approve", "v")


def test_sense_limit_drops_rare_readings() -> None:
    # "lose" is the antonym of "find" only in its 4th verb sense (lose a key / find it).
    assert lexicon.are_antonyms("lose", "find", "v")
    assert not lexicon.are_antonyms("lose", "find", "v", max_senses=1)


SAME_MEANING = both_ways([
    ("car", "automobile", "n"), ("doctor", "physician", "n"), ("blast", "explosion", "n"),
    ("meeting", "conference", "n"), ("rise", "increase", "v"), ("buy", "acquire", "v"),
    ("bought", "purchased", "v"), ("injured", "wounded", "v"), ("said", "stated", "v"),
    ("small", "tiny", "a"), ("rose", "rising", "v"),
])

DIFFERENT_MEANING = both_ways([
    ("rise", "fall", "v"), ("win", "lose", "v"), ("car", "bicycle", "n"), ("small", "large", "a"),
    ("killed", "died", "v"), ("huge", "enormous", "a"),  # the last needs depth=2, below
])


@pytest.mark.parametrize("a, b, pos", SAME_MEANING)
def test_synonyms_and_near_hypernyms_mean_the_same(a: str, b: str, pos: str) -> None:
    assert lexicon.same_meaning(a, b, pos)


@pytest.mark.parametrize("a, b, pos", DIFFERENT_MEANING)
def test_opposites_and_other_relations_do_not_mean_the_same(a: str, b: str, pos: str) -> None:
    assert not lexicon.same_meaning(a, b, pos)


def test_sibling_adjectives_mean_the_same_at_depth_two() -> None:
    assert lexicon.same_meaning("huge", "enormous", "a", depth=2)
    assert lexicon.same_meaning("enormous", "huge", "a", depth=2)


@pytest.mark.parametrize("verb, noun, same", [
    ("acquire", "acquisition", True), ("acquired", "acquisitions", True), ("arrest", "arrest", True),
    ("injure", "injury", True), ("kill", "killing", True),
    ("acquire", "acquirer", False), ("kill", "killer", False), ("rise", "fall", False),
])
def test_a_verb_and_the_noun_for_its_act_mean_the_same_but_not_its_doer(
        verb: str, noun: str, same: bool) -> None:
    assert lexicon.same_meaning(verb, noun, "v", pos_b="n") is same
    assert lexicon.same_meaning(noun, verb, "n", pos_b="v") is same


def test_derivation_is_any_morphological_link_including_the_doer() -> None:
    assert lexicon.derivationally_related("acquire", "acquirer")
    assert lexicon.derivationally_related("national", "nation")
    assert not lexicon.derivationally_related("rise", "fall")


def test_synonyms_share_a_synset() -> None:
    assert "automobile" in lexicon.synonyms("car", "n")
    assert "car" not in lexicon.synonyms("car", "n")
    assert "go up" in lexicon.synonyms("rose", "v")


@pytest.mark.parametrize("first, second, expected", [
    ("kill", "die", True), ("died", "killed", True), ("raise", "rise", True), ("lowered", "fell", True),
    ("kill", "injure", False), ("kill", "survive", False), ("win", "compete", False),  # entails is not causes
    ("destroy", "lose", False), ("arrest", "charge", False),
])
def test_cause_and_effect_links_one_act_told_from_both_sides(first: str, second: str, expected: bool) -> None:
    assert lexicon.cause_and_effect(first, second) is expected


@pytest.mark.parametrize("verb, side", [
    ("support", "for"), ("backed", "for"), ("endorse", "for"), ("advocated", "for"), ("second", "for"),
    ("oppose", "against"), ("objected", "against"), ("protest", "against"), ("resisted", "against"),
    ("dissent", "against"),
    # acts that take no side by their meaning, or whose side-taking sense is rare
    ("approve", None), ("vote", None), ("criticise", None), ("welcome", None), ("fight", None), ("recommend", None),
])
def test_side_taken_names_the_verbs_of_backing_and_of_opposing(verb: str, side: str | None) -> None:
    assert lexicon.side_taken(verb) == side


def test_every_side_synset_is_a_verb_synset_of_the_shipped_tables() -> None:
    known = set(lexicon.synset_ids("support", "v")) | set(lexicon.synset_ids("back", "v")) | set(
        lexicon.synset_ids("advocate", "v")) | set(lexicon.synset_ids("oppose", "v")) | set(
        lexicon.synset_ids("protest", "v")) | set(lexicon.synset_ids("object", "v"))
    assert {i for ids in lexicon.SIDE_SYNSETS.values() for i in ids} <= known


@pytest.mark.parametrize("specific, general, depth, expected", [
    ("drone", "aircraft", None, True), ("drone", "aircraft", 2, True),
    ("drone", "aircraft", 1, False), ("aircraft", "drone", None, False),
    ("car", "vehicle", None, True), ("dogs", "animal", None, True), ("animal", "dog", None, False),
    ("car", "automobile", 0, True),
])
def test_is_a_follows_hypernyms_upward_only(specific: str, general: str, depth: int | None,
                                            expected: bool) -> None:
    assert lexicon.is_a(specific, general, "n", depth=depth) is expected


def test_hypernyms_are_the_more_general_words() -> None:
    assert "aircraft" in lexicon.hypernyms("drone", "n", depth=2)
    assert "aircraft" not in lexicon.hypernyms("drone", "n", depth=1)


@pytest.mark.parametrize("specific, general, expected", [
    # kinds of things one can count: people, artefacts, acts, groups
    ("passenger", "person", True), ("drone", "aircraft", True), ("strike", "attack", True),
    ("agency", "organization", True), ("truck", "vehicle", True),
    # kinds of an abstraction: what things are about, not which things
    ("way", "content", False), ("database", "content", False), ("idea", "content", False),
    ("application", "content", False),
])
def test_counted_kinds_leave_out_abstractions(specific: str, general: str, expected: bool) -> None:
    assert (general in lexicon.counted_kinds(specific, depth=4)) is expected
    assert specific not in lexicon.counted_kinds(general, depth=4)


@pytest.mark.parametrize("part, whole, expected", [
    ("kitchen", "house", True), ("finger", "hand", True), ("finger", "arm", True),
    ("downtown", "city", True), ("hand", "finger", False), ("kitchen", "car", False),
])
def test_part_of_follows_part_holonyms_and_inherits_them_by_kind(part: str, whole: str,
                                                                  expected: bool) -> None:
    assert lexicon.part_of(part, whole) is expected


@pytest.mark.parametrize("member, group, expected", [
    ("councillor", "council", True), ("juror", "jury", True), ("director", "board", True),
    ("council", "councillor", False), ("juror", "council", False), ("kitchen", "house", False),
])
def test_member_of_follows_member_holonyms_one_way(member: str, group: str, expected: bool) -> None:
    assert lexicon.member_of(member, group) is expected


@pytest.mark.parametrize("word, base", [
    ("larger", "large"), ("better", "good"), ("worse", "bad"), ("fewer", "few"),
    ("earlier", "early"), ("older", "old"), ("younger", "young"), ("bigger", "big"),
    ("cheaper", "cheap"), ("heavier", "heavy"), ("later", "late"), ("largest", "large"),
    ("more", None), ("water", None), ("large", None), ("xyzzy", None),
])
def test_comparative_base_reads_exceptions_then_suffixes(word: str, base: str | None) -> None:
    assert lexicon.comparative_base(word) == base


OPPOSITE_COMPARATIVES = [
    ("larger", "smaller"), ("more", "fewer"), ("more", "less"), ("older", "younger"),
    ("earlier", "later"), ("higher", "lower"), ("better", "worse"), ("longer", "shorter"),
    ("warmer", "colder"), ("more expensive", "less expensive"), ("more expensive", "cheaper"),
]
SAME_WAY_COMPARATIVES = [
    ("larger", "bigger"), ("larger", "larger"), ("more", "more"), ("larger", "older"),
    ("less", "fewer"), ("cheaper", "less expensive"), ("larger", "water"),
]


@pytest.mark.parametrize("first, second", OPPOSITE_COMPARATIVES)
def test_opposite_comparatives_point_opposite_ways(first: str, second: str) -> None:
    assert lexicon.opposite_comparatives(first, second)
    assert lexicon.opposite_comparatives(second, first)


@pytest.mark.parametrize("first, second", SAME_WAY_COMPARATIVES)
def test_comparatives_on_one_side_or_unrelated_scales_are_not_opposite(first: str, second: str) -> None:
    assert not lexicon.opposite_comparatives(first, second)
    assert not lexicon.opposite_comparatives(second, first)


@pytest.mark.parametrize("word, pos, expected", [
    ("rose", "v", "rise"), ("fell", "v", "fell"), ("acquitted", "v", "acquit"),
    ("approved", "v", "approve"), ("running", "v", "run"), ("went up", "v", "go up"),
    ("children", "n", "child"), ("mice", "n", "mouse"), ("boxes", "n", "box"),
    ("Drones", "n", "drone"), ("better", "a", "better"), ("xyzzy", "n", None),
])
def test_base_form_is_wordnet_morphy(word: str, pos: str, expected: str | None) -> None:
    assert lexicon.base_form(word, pos) == expected


def test_base_forms_keep_every_reading() -> None:
    assert lexicon.base_forms("fell", "v") == ["fell", "fall"]
    assert lexicon.base_forms("better", "a") == ["better", "good", "well"]
    assert lexicon.base_forms("saw", "v") == ["saw", "see"]


def test_synset_ids_cite_oewn() -> None:
    ids = lexicon.synset_ids("drone", "n")
    assert len(ids) >= 4 and all(i.endswith("-n") for i in ids)


def test_missing_tables_raise_a_model_error_with_the_rebuild_command(tmp_path: Path) -> None:
    empty = Lexicon(tmp_path)
    with pytest.raises(ModelError, match=r"lemmas\.json\.gz is missing; rebuild .*build_lexicon\.py"):
        empty.base_form("rose", "v")


def test_a_corrupt_table_raises_a_model_error(tmp_path: Path) -> None:
    (tmp_path / "lemmas.json.gz").write_bytes(b"not gzip")
    with pytest.raises(ModelError, match="cannot be read"):
        Lexicon(tmp_path).is_lemma("rose", "v")


def test_tables_load_only_when_a_function_needs_them(tmp_path: Path) -> None:
    for name in ("lemmas", "exceptions"):
        shutil.copy(shipped("lexicon") / f"{name}.json.gz", tmp_path)
    partial = Lexicon(tmp_path)
    assert partial.base_form("rose", "v") == "rise"
    with pytest.raises(ModelError, match=r"(senses|antonyms)\.json\.gz is missing"):
        partial.are_antonyms("rose", "fell", "v")


@pytest.fixture(scope="module")
def measure():
    if not BREAKING_NLI.exists():
        pytest.skip("../shared/data is not beside the repository")
    spec = importlib.util.spec_from_file_location("measure_lexicon", REPO / "scripts" / "measure_lexicon.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_swapped_pair_reads_the_one_replaced_phrase(measure) -> None:
    assert measure.swapped_pair("A man is near the car.",
                                "A man is far from the car.") == ("near", "far from")
    assert measure.swapped_pair("A young man sits.", "An old man sits.") == ("young", "old")
    assert measure.swapped_pair("A little girl and a little boy.",
                                "A tiny girl and a tiny boy.") == ("little", "tiny")


def test_an_unknown_part_of_speech_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="one of n, v, a, r"):
        lexicon.base_form("rose", "x")


@pytest.mark.parametrize("word, base", [
    # a compound written closed that WordNet lists open, in the singular and the plural
    ("headteacher", "head teacher"),
    ("headteachers", "head teacher"),
    ("heatwave", "heat wave"),
    # a word WordNet lists closed stays itself
    ("policewoman", "policewoman"),
    ("lawmaker", "lawmaker"),
    # trap: no split of a word into two short words that happen to exist ('car pet')
    ("carpet", "carpet"),
    # unknown and not a compound WordNet lists open: still unknown
    ("ceasefire", None),
])
def test_a_closed_compound_finds_the_open_lemma_wordnet_lists(word: str, base: str | None) -> None:
    assert lexicon.base_form(word, "n") == base
