"""scripts/measure_stages.py: each annotated pair lands in the stage that lost it, and the model's
separation of gold pairs from traps is an AUC (0.5 when it cannot tell them apart)."""

import importlib.util
import json
from pathlib import Path

import pytest

from factcheck.config import Config
from factcheck.evaluation.datasets import load_dataset
from factcheck.types import NLIProbs

REPO = Path(__file__).resolve().parents[1]


def load_script():
    spec = importlib.util.spec_from_file_location("measure_stages", REPO / "scripts" / "measure_stages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


stages = load_script()

ARTICLE = """The Harbour Trust said the storm destroyed 12 boats at the marina on Friday night.

Volunteers worked through Saturday to clear the slipway. The trust's chair thanked them.

The trust's insurers were told that 19 boats were destroyed at the marina on Friday night.

A new ferry timetable starts in May, the council said."""

GOLD = {"id": "marina", "clean": False,
        "contradictions": [{"kind": "numeric", "a": "the storm destroyed 12 boats at the marina",
                            "b": "19 boats were destroyed at the marina"},
                           {"kind": "date", "a": "Volunteers worked through Saturday",
                            "b": "A new ferry timetable starts in May"}],
        "traps": [{"kind": "numeric", "a": "The trust's chair thanked them.",
                   "b": "A new ferry timetable starts in May"}]}


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "marina.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    return tmp_path


class FixedModel:
    """Says 'contradiction' for any pair that mentions 19 boats, 'neutral' for the rest."""

    def predict(self, pairs):
        return [NLIProbs(0.05, 0.05, 0.9) if "19" in a + b else NLIProbs(0.05, 0.9, 0.05) for a, b in pairs]


@pytest.mark.parametrize("positives, negatives, expected", [
    ([0.9, 0.8], [0.1, 0.2], 1.0),  # every gold pair above every trap
    ([0.1, 0.2], [0.9, 0.8], 0.0),  # every trap above
    ([0.5], [0.5], 0.5),  # a tie counts half
    ([0.9, 0.1], [0.5], 0.5),
    ([], [0.5], None),  # nothing to compare
])
def test_auc_is_the_chance_a_gold_pair_outscores_a_trap(positives, negatives, expected):
    assert stages.auc(positives, negatives) == expected


def test_each_gold_pair_and_trap_lands_in_the_stage_that_lost_it(folder):
    result, listing = stages.measure(load_dataset(folder).items, Config(), None)
    by_kind = {kind: stage for kind, stage, *_ in listing}
    assert by_kind == {"numeric": "rule", "date": "unpaired"}  # a count rule fires; two unrelated sentences never meet
    assert result["stages"]["gold"]["total"] == 2 and result["stages"]["traps"]["total"] == 1
    assert "separation" not in result  # no model, no separation


def test_separation_ranks_gold_pairs_against_traps_by_the_models_score(folder):
    result, listing = stages.measure(load_dataset(folder).items, Config(), FixedModel())
    separation = result["separation"]
    assert (separation["gold_scored"], separation["traps_scored"]) == (2, 1)
    assert separation["gold_at_or_above_threshold"] == 1 and separation["traps_at_or_above_threshold"] == 0
    assert separation["auc_gold_vs_traps"] == 0.75  # one gold pair above the trap, one tied with it


def test_totals_only_unless_a_listing_is_asked_for(folder, capsys):
    assert stages.main([str(folder), "--rules"]) == 0
    assert "19 boats" not in capsys.readouterr().out
    assert stages.main([str(folder), "--rules", "--list"]) == 0
    assert "19 boats" in capsys.readouterr().out
