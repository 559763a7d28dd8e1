"""The task-data generator: each edit makes the conflict it names, rewordings keep the meaning,
and articles never straddle the train/validation split."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def load_generator():
    spec = importlib.util.spec_from_file_location("generate_pairs", REPO / "models" / "generate_pairs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["generate_pairs"] = module
    spec.loader.exec_module(module)
    return module


gp = load_generator()


def ctx(seed: int = 3) -> "gp.Context":
    return gp.Context(random.Random(seed), {"Mayor": ["Helen Novak", "Ann Lee"]})


@pytest.mark.parametrize("kind, claim, before, allowed_after", [
    ("number", "Police arrested 12 people on Monday.", "12", None),
    ("quantifier", "All of the drones were intercepted.", "All of the", {"None of the", "Only a few of the", "Most of the"}),
    ("quantifier", "Air defences intercepted all ten drones.", "all", {"most of the", "only some of the", "none of the"}),
    ("date", "The bridge opened in 1998.", "1998", None),
    ("date", "The vote took place on Tuesday.", "Tuesday", None),
    ("negation", "The council was consulted about the plan.", "was", {"was not"}),
    ("negation", "The council did not approve the plan.", "did not", {"did"}),
    ("role", "Mayor Helen Novak opened the bridge.", None, None),
    ("antonym", "Sales rose sharply in March.", "rose", {"fell"}),
    ("antonym", "The council approved the plan.", "approved", {"rejected"}),
    ("comparative", "More people voted than in 2019.", "More", {"Fewer", "Less"}),
    ("comparative", "The storm arrived after the warning.", "after", {"before"}),
    ("location", "The summit was held in Paris last week.", "Paris", None),
])
def test_each_edit_changes_the_word_it_names(kind, claim, before, allowed_after):
    change = gp.EDITS[kind](claim, ctx())
    assert change is not None and change.text != claim
    if before is not None:
        assert change.before == before
    if allowed_after is not None:
        assert change.after in allowed_after
    assert change.after in change.text


@pytest.mark.parametrize("kind, claim", [
    ("number", "The report was published in 2019."),  # a year is a date, not a count
    ("number", "Boeing tested the 787 on Tuesday."),  # a name, not a count
    ("number", "Between four and six challenges start each month."),  # a range
    ("location", "The meeting was held in the town hall."),
    ("comparative", "After the vote, the council adjourned."),  # a sentence-initial 'after' orders nothing
])
def test_edits_leave_alone_what_they_cannot_contradict(kind, claim):
    assert gp.EDITS[kind](claim, ctx()) is None


def test_a_changed_number_is_far_from_the_original():
    for seed in range(40):
        change = gp.edit_number("Police arrested 120 people.", ctx(seed))
        value = float(change.after.replace(",", ""))
        assert abs(value - 120) >= 0.3 * 120


@pytest.mark.parametrize("claim, allowed", [
    ("Police arrested 312 people.", {"more than 300", "over 300", "nearly 350", "almost 350", "at least 300",
                                     "about 300", "roughly 300", "around 300"}),
])
def test_rounding_gives_a_weaker_claim_that_the_exact_number_entails(claim, allowed):
    for seed in range(20):
        assert gp.rounded_phrase(312, random.Random(seed)) in allowed


@pytest.mark.parametrize("claim", [
    "No one was hurt in the fire at the depot on Monday.",
    "The minister may resign, reportedly after weeks of pressure.",
])
def test_modifiers_are_never_dropped_in_downward_or_hedged_claims(claim):
    assert gp.drop_modifiers(claim, ctx()) is None


def test_dropping_a_trailing_clause_keeps_the_main_statement():
    shorter = gp.drop_modifiers("The agency opened a new office in the capital, which employs forty people.", ctx())
    assert shorter == "The agency opened a new office in the capital."


def test_voice_change_keeps_who_did_what():
    assert gp.reword_voice("The council approved the plan.", ctx()) == "The plan was approved by the council."


def test_a_contradiction_keeps_the_edited_word_in_the_reworded_claim():
    article = gp.Article("a", "test", ("The council approved the plan on Monday after a long debate.",))
    for seed in range(10):
        for premise, hypothesis, detail in gp.make_edited(article, 0, ctx(seed)):
            kind = detail.split("/")[0]
            assert kind in gp.EDITS and premise != hypothesis


def test_same_subject_pairs_share_a_name_or_two_content_words():
    article = gp.Article("a", "test", ("The Harbour Authority closed the port on Monday.",
                                       "Ships waited outside the port for the Harbour Authority.",
                                       "Tickets cost five euros."))
    assert gp.related_claims(article, 0) == [1]


def test_articles_are_split_by_id_and_validation_never_shares_a_claim_with_training():
    def example(premise, article, split):
        return gp.Example(premise, "Something else happened.", "neutral", "same-subject/same-subject", article, split)

    kept = gp.deduplicated([example("Boilerplate line.", "a", "train"), example("Boilerplate line.", "b", "validation"),
                            example("Only in b.", "b", "validation"), example("Only in b.", "b", "validation")])
    assert [(e.premise, e.split) for e in kept] == [("Boilerplate line.", "train")]
    splits = {gp.Article(f"doc-{i}", "s", ()).split for i in range(200)}
    assert splits == {"train", "validation"}
    assert gp.Article("doc-7", "s", ()).split == gp.Article("doc-7", "other", ("x",)).split


def test_every_maker_is_registered_with_a_label():
    assert set(gp.MAKERS) == {"edited", "paraphrase", "generalised", "more-specific", "other-occasion", "same-subject"}
    assert {label for label, _ in gp.MAKERS.values()} == {gp.ENTAILMENT, gp.NEUTRAL, gp.CONTRADICTION}
    assert set(gp.EDITS) == {"number", "quantifier", "date", "negation", "role", "antonym", "comparative", "location"}


def test_usable_claims_skip_headings_urls_and_fragments():
    assert gp.usable_claim("The council approved the new budget on Monday.")
    assert not gp.usable_claim("Read more at https://example.org/page")
    assert not gp.usable_claim("Terms of Use.")
