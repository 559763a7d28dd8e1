"""`factcheck eval` recognises each data form by its content and reads every label spelling."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.errors import InputError
from factcheck.evaluation.datasets import Form, load_dataset, spread_sample


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_chatprotect_lines_are_sentence_pairs(tmp_path):
    data = write_jsonl(tmp_path / "pairs.jsonl", [
        {"prefix": "", "sentence_1": "It rained.", "sentence_2": "It was dry.", "label": "contradiction"},
        {"sentence_1": "A.", "sentence_2": "B.", "label": "no_contradiction"}])
    dataset = load_dataset(data)
    assert dataset.form is Form.SENTENCE_PAIRS
    assert [(i.prefix, i.contradiction) for i in dataset.items] == [("", True), ("", False)]


def test_contradoc_lines_are_documents_with_optional_evidence(tmp_path):
    data = write_jsonl(tmp_path / "docs.jsonl", [
        {"id": "d1", "text": "One. Two.", "label": "contradictory", "evidence": "Two."},
        {"id": "d2", "text": "Three.", "label": "non_contradictory"}])
    dataset = load_dataset(data)
    assert dataset.form is Form.DOCUMENTS
    assert [(i.id, i.contradictory, i.evidence) for i in dataset.items] == [("d1", True, "Two."), ("d2", False, None)]


@pytest.mark.parametrize("record, label", [
    ({"premise": "p", "hypothesis": "h", "label": "contradiction"}, "contradiction"),        # SNLI, LingNLI
    ({"context": "p", "hypothesis": "h", "label": "e"}, "entailment"),                        # ANLI
    ({"context": "p", "hypothesis": "h", "label": "c"}, "contradiction"),
    ({"sentence1": "p", "sentence2": "h", "gold_label": "neutral"}, "neutral"),                # IMPPRES presupposition
    ({"sentence1": "p", "sentence2": "h", "gold_label_log": "contradiction",
      "gold_label_prag": "entailment"}, "contradiction"),                                     # IMPPRES implicature
    ({"claim": "h", "evidence": "p", "label": "REFUTES"}, "contradiction"),                   # VitaminC
    ({"claim": "h", "evidence": "p", "label": "NOT ENOUGH INFO"}, "neutral"),
    ({"claim": "h", "evidence": "p", "label": "SUPPORTS"}, "entailment"),
])
def test_nli_label_spellings_map_to_three_classes(tmp_path, record, label):
    contradiction = {"premise": "x", "hypothesis": "y", "label": "contradiction"}
    dataset = load_dataset(write_jsonl(tmp_path / "nli.jsonl", [record, contradiction]))
    assert dataset.form is Form.NLI_PAIRS
    assert (dataset.items[0].premise, dataset.items[0].hypothesis, dataset.items[0].label) == ("p", "h", label)


def test_a_json_list_is_read_like_jsonl(tmp_path):
    data = tmp_path / "vitaminc.json"
    data.write_text(json.dumps([{"id": 0, "claim": "h", "evidence": "p", "label": "REFUTES"}]))
    assert load_dataset(data).items[0].label == "contradiction"


@pytest.mark.parametrize("labels, two_way", [
    (["entailment", "neutral"], True),           # MED, MoNLI: neutral means non-entailment
    (["entailment", "non-entailment"], True),    # HANS
    (["entailment", "neutral", "contradiction"], False),
])
def test_a_set_without_contradictions_is_two_way(tmp_path, labels, two_way):
    records = [{"premise": "p", "hypothesis": "h", "label": label} for label in labels]
    assert load_dataset(write_jsonl(tmp_path / "nli.jsonl", records)).two_way is two_way


def test_snli_items_without_gold_label_are_skipped(tmp_path):
    records = [{"premise": "p", "hypothesis": "h", "label": "-"},
               {"premise": "p", "hypothesis": "h", "label": "contradiction"}]
    assert len(load_dataset(write_jsonl(tmp_path / "snli.jsonl", records)).items) == 1


def test_a_folder_with_gold_jsonl_is_annotated_articles_and_md_is_accepted(tmp_path):
    (tmp_path / "one.txt").write_text("Ten people. Twelve people.")
    (tmp_path / "two.md").write_text("# Title\n\nText.")
    write_jsonl(tmp_path / "gold.jsonl", [
        {"id": "one", "clean": False, "contradictions": [{"kind": "numeric", "a": "Ten", "b": "Twelve"}], "traps": []},
        {"id": "two", "clean": True, "contradictions": [], "traps": []}])
    dataset = load_dataset(tmp_path)
    assert dataset.form is Form.ARTICLES
    assert [(i.path.name, i.clean, len(i.contradictions)) for i in dataset.items] == [
        ("one.txt", False, 1), ("two.md", True, 0)]


@pytest.mark.parametrize("content, message", [
    ('{"foo": 1}\n', "unknown data form"),
    ("not json\n", "not JSON lines"),
    ('{"sentence_1": "a", "sentence_2": "b", "label": "maybe"}\n', "label 'maybe'"),
    ('{"premise": "a", "hypothesis": "b", "label": "perhaps"}\n', "NLI label 'perhaps'"),
    ("[1, 2]", "one JSON object per line"),
])
def test_bad_data_raises_input_error_with_a_clear_message(tmp_path, content, message):
    data = tmp_path / "bad.jsonl"
    data.write_text(content)
    with pytest.raises(InputError, match=message):
        load_dataset(data)


@pytest.mark.parametrize("gold, message", [
    ({"id": "missing", "clean": True}, "no article file for id 'missing'"),
    ({"id": "a", "clean": False, "contradictions": [{"kind": "odd", "a": "x", "b": "y"}]}, "kind 'odd'"),
])
def test_bad_gold_raises_input_error(tmp_path, gold, message):
    (tmp_path / "a.txt").write_text("x y")
    write_jsonl(tmp_path / "gold.jsonl", [gold])
    with pytest.raises(InputError, match=message):
        load_dataset(tmp_path)


def test_missing_data_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such data file or folder"):
        load_dataset(tmp_path / "nope.jsonl")


@pytest.mark.parametrize("limit, expected", [(None, 10), (20, 10), (5, 5), (1, 1)])
def test_limit_takes_items_spread_over_the_whole_set(limit, expected):
    items = tuple(range(10))
    sample = spread_sample(items, limit)
    assert len(sample) == expected and sample[0] == 0
    if limit == 5:
        assert sample == (0, 2, 4, 6, 8)
