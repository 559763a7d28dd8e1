"""`factcheck eval` end to end on tiny data, with the checker's stages replaced by fakes.

The fakes stand in for the NLI model, the pipeline, the judge and the quantity rules, so these
tests pin down what the evaluation does with their answers: which numbers come out and how a
bad call is reported. The real model is exercised in test_eval_samples.py.
"""

from __future__ import annotations

import json
import re
import sys
import types
from pathlib import Path

import pytest

from factcheck import eval as factcheck_eval
from factcheck.errors import ModelError
from factcheck.types import (Claim, Document, Finding, Kind, NLIProbs, Report, RuleResult, Severity,
                             Span, Stats, Verdict, Pair)

CONTRADICTS = NLIProbs(0.05, 0.05, 0.9)
ENTAILS = NLIProbs(0.9, 0.05, 0.05)
NEUTRAL = NLIProbs(0.1, 0.8, 0.1)


class FakeModel:
    """Contradiction when the hypothesis says "not", entailment when it repeats the premise."""

    name = "fake-nli"

    def predict(self, pairs):
        return [CONTRADICTS if " not " in f" {h} " else ENTAILS if p == h else NEUTRAL for p, h in pairs]


def claim(text: str, start: int, index: int = 0) -> Claim:
    return Claim(index, text, Span(start, start + len(text)), index)


def sentence_claims(text: str) -> list[Claim]:
    return [claim(m.group(), m.start(), i) for i, m in enumerate(re.finditer(r"[^.!]+[.!]", text))]


def fake_report(text: str) -> Report:
    """A finding between any two sentences that both carry a number, scored 0.4 or 0.8 ("!")."""
    numbered = [c for c in sentence_claims(text) if re.search(r"\d", c.text)]
    findings = tuple(Finding(a, b, Kind.NUMERIC, Severity.ERROR, 0.8 if "!" in b.text else 0.4, "", "fp")
                     for i, a in enumerate(numbered) for b in numbered[i + 1:])
    stats = Stats(claims=len(sentence_claims(text)), candidate_pairs=len(findings))
    return Report(Document(text, None), findings, stats)


def fake_modules(loaded: list[str]) -> dict[str, types.ModuleType]:
    def load(name=None):
        loaded.append(name or "default")
        return FakeModel()

    def sentence_pair_candidates(sentence_1, sentence_2, *, prefix=""):
        return [Pair(claim(sentence_1, 0), claim(sentence_2, len(sentence_1)))] if sentence_2 else []

    def strongest_verdict(verdicts):
        return max(verdicts, key=lambda v: v.score, default=None)

    def compare_claims(a, b):
        conflicting = "all" in a.text.split() and "most" in b.text.split()
        return [RuleResult("quantity", "conflicting" if conflicting else "unrelated", Kind.QUANTIFIER, "")]

    def judge(pairs, model, *, config):
        verdicts = []
        for pair in pairs:
            probs = model.predict([(pair.a.text, pair.b.text)])[0]
            rules = compare_claims(pair.a, pair.b)
            score = 1.0 if rules[0].outcome == "conflicting" else probs.contradiction
            verdicts.append(Verdict(pair, probs, probs, tuple(rules), Kind.GENERAL, score, ""))
        return verdicts

    def load_document(path, *, max_chars=None):
        return Document(Path(path).read_text(), None, str(path))

    return {
        "factcheck.nli": types.SimpleNamespace(NLIModel=types.SimpleNamespace(load=load)),
        "factcheck.pipeline": types.SimpleNamespace(
            sentence_pair_candidates=sentence_pair_candidates, strongest_verdict=strongest_verdict,
            check=lambda text, *, config=None, model=None, fmt="txt", path=None: fake_report(text),
            check_document=lambda document, *, config=None, model=None, progress=None: fake_report(document.text)),
        "factcheck.judge": types.SimpleNamespace(judge=judge),
        "factcheck.rules": types.SimpleNamespace(compare_claims=compare_claims),
        "factcheck.quantities": types.SimpleNamespace(extract_quantities=lambda text, offset=0: ()),
        "factcheck.claims": types.SimpleNamespace(
            extract_claims=lambda text, sentences: sentence_claims(text),
            make_claim=lambda text, start, end, sentence: Claim(0, text[start:end], Span(start, end), sentence)),
        "factcheck.document": types.SimpleNamespace(load_document=load_document),
    }


@pytest.fixture
def loaded(monkeypatch) -> list[str]:
    """Install the fakes; the list records each model load."""
    calls: list[str] = []
    for name, module in fake_modules(calls).items():
        monkeypatch.setitem(sys.modules, name, module)
    return calls


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def run_eval(tmp_path: Path, *args: str) -> dict:
    out = tmp_path / "out.json"
    assert factcheck_eval.main([*args, "--json", str(out)]) == 0
    return json.loads(out.read_text())


def test_sentence_pairs_are_scored_by_the_judge_and_counted(tmp_path, loaded, capsys):
    data = write_jsonl(tmp_path / "pairs.jsonl", [
        {"sentence_1": "The bridge is open.", "sentence_2": "The bridge is not open.", "label": "contradiction"},
        {"sentence_1": "It rained.", "sentence_2": "It rained.", "label": "no_contradiction"},
        {"sentence_1": "Prices rose.", "sentence_2": "Prices did not rise.", "label": "no_contradiction"},
        {"prefix": "Intro.", "sentence_1": "A.", "sentence_2": "", "label": "contradiction"}])
    result = run_eval(tmp_path, str(data))
    assert (result["precision"], result["recall"], result["balanced_accuracy"]) == pytest.approx((0.5, 0.5, 0.5))
    assert result["run"]["items"] == 4 and result["run"]["nli_evaluations"] == 3
    assert result["model"] == "fake-nli" and loaded == ["default"]
    printed = capsys.readouterr().out
    assert "peak memory mib" in printed and "items per second" in printed


def nli_records(labels_and_texts):
    return [{"premise": p, "hypothesis": h, "label": label} for label, p, h in labels_and_texts]


THREE_WAY = nli_records([
    ("contradiction", "The office is open.", "The office is not open."),
    ("contradiction", "all staff left", "most staff left"),
    ("entailment", "Ten ships.", "Ten ships."),
    ("neutral", "A cat.", "A dog."),
])


def test_nli_pairs_report_accuracy_and_contradiction_by_nli_rules_and_both(tmp_path, loaded):
    result = run_eval(tmp_path, str(write_jsonl(tmp_path / "nli.jsonl", THREE_WAY)))
    assert result["accuracy"] == pytest.approx(0.75)
    detectors = result["details"]["contradiction"]
    assert {name: detectors[name]["recall"] for name in detectors} == {"nli": 0.5, "rules": 0.5, "both": 1.0}
    assert result["details"]["headline_detector"] == "both" and result["recall"] == 1.0
    assert result["details"]["per_class"]["neutral"] == {"precision": 0.5, "recall": 1.0, "support": 1}


def test_rules_mode_runs_without_loading_a_model(tmp_path, loaded):
    result = run_eval(tmp_path, str(write_jsonl(tmp_path / "nli.jsonl", THREE_WAY)), "--mode", "rules")
    assert loaded == [] and result["model"] is None
    assert (result["precision"], result["recall"]) == (1.0, 0.5) and "accuracy" not in result


def test_two_way_sets_report_entailment_accuracy_only(tmp_path, loaded):
    data = write_jsonl(tmp_path / "med.jsonl", nli_records([
        ("entailment", "Ten ships.", "Ten ships."), ("neutral", "A cat.", "A cat is not here."),
        ("neutral", "A cat.", "A dog.")]))
    result = run_eval(tmp_path, str(data))
    assert result["accuracy"] == 1.0 and "precision" not in result
    assert set(result["details"]["per_class"]) == {"entailment", "non_entailment"}


DOCUMENTS = [
    {"id": "d1", "text": "It cost 5 euros. Later it cost 9 euros!", "label": "contradictory",
     "evidence": "Later it cost 9 euros!"},
    {"id": "d2", "text": "There were 3 boats. There were 4 cars.", "label": "non_contradictory"},
    {"id": "d3", "text": "No numbers. None at all.", "label": "contradictory", "evidence": "Not in the text."},
    {"id": "d4", "text": "Calm day. Nothing happened.", "label": "non_contradictory"},
]


@pytest.mark.parametrize("threshold, expected", [
    # precision, recall, balanced accuracy, evidence hit rate (d3's evidence cannot be located)
    ("0.5", (1.0, 0.5, 0.75, 1.0)),
    ("0.3", (0.5, 0.5, 0.5, 1.0)),
    ("0.9", (0.0, 0.0, 0.5, 0.0)),
])
def test_documents_are_flagged_by_any_finding_at_the_threshold(tmp_path, loaded, threshold, expected):
    result = run_eval(tmp_path, str(write_jsonl(tmp_path / "docs.jsonl", DOCUMENTS)), "--threshold", threshold)
    got = (result["precision"], result["recall"], result["balanced_accuracy"], result["evidence_hit_rate"])
    assert got == pytest.approx(expected)
    assert result["details"]["evidence"] == {"located": 1, "hits": int(expected[3]), "contradictory_documents": 2}
    assert result["run"]["claims"] == 8


def test_threshold_sweep_names_the_best_f1_threshold(tmp_path, loaded):
    result = run_eval(tmp_path, str(write_jsonl(tmp_path / "docs.jsonl", DOCUMENTS)), "--threshold-sweep")
    assert [p["threshold"] for p in result["sweep"]][:2] == [0.05, 0.1]
    assert result["best_threshold"] == 0.45  # the lowest threshold above d2's 0.4 finding
    assert all(0.0 <= p["balanced_accuracy"] <= 1.0 for p in result["sweep"])  # documents count negatives


def write_articles(folder: Path) -> Path:
    (folder / "fire.txt").write_text("The fire hurt 8 people. Crews were there. Later 5 were hurt!")
    (folder / "race.txt").write_text("A race took 3 hours. It had 900 runners. The day was warm.")
    write_jsonl(folder / "gold.jsonl", [
        {"id": "fire", "clean": False, "traps": [],
         "contradictions": [{"kind": "numeric", "a": "hurt 8 people", "b": "Later 5 were hurt"},
                            {"kind": "negation", "a": "Crews were there", "b": "The fire"}]},
        {"id": "race", "clean": True, "contradictions": [],
         "traps": [{"kind": "numeric", "a": "3 hours", "b": "900 runners"},
                   {"kind": "numeric", "a": "3 hours", "b": "The day was warm"}]}])
    return folder


def test_articles_report_gold_pair_scores_per_kind_and_false_findings(tmp_path, loaded):
    result = run_eval(tmp_path, str(write_articles(tmp_path)), "--threshold", "0.3")
    assert (result["precision"], result["recall"]) == pytest.approx((0.5, 0.5))
    assert result["details"]["recall_per_kind"] == {"negation": 0.0, "numeric": 1.0}
    assert result["false_findings_per_clean_article"] == 1.0
    assert result["details"]["traps"] == {"total": 2, "hit": 1, "false_findings_per_trap": 0.5}


def test_a_gold_passage_missing_from_the_prose_is_a_one_line_error(tmp_path, loaded, capsys):
    folder = write_articles(tmp_path)
    (folder / "fire.txt").write_text("Rewritten without the passages.")
    assert factcheck_eval.main([str(folder)]) == 2
    assert "gold passage 'hurt 8 people' is not in the article's prose" in capsys.readouterr().err


@pytest.mark.parametrize("args, message", [
    (["missing.jsonl"], "no such data file or folder"),
    (["docs.jsonl", "--mode", "nli"], "--mode nli applies to NLI pair data"),
    (["docs.jsonl", "--threshold", "1.5"], "--threshold must be between 0 and 1"),
    (["docs.jsonl", "--limit", "0"], "--limit must be at least 1"),
])
def test_bad_calls_exit_2_with_one_line_on_stderr(tmp_path, loaded, capsys, monkeypatch, args, message):
    write_jsonl(tmp_path / "docs.jsonl", DOCUMENTS)
    monkeypatch.chdir(tmp_path)
    assert factcheck_eval.main(args) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1


def test_a_model_that_cannot_load_exits_2(tmp_path, loaded, capsys, monkeypatch):
    def refuse(name=None):
        raise ModelError(f"cannot load NLI model {name!r}")
    monkeypatch.setitem(sys.modules, "factcheck.nli", types.SimpleNamespace(NLIModel=types.SimpleNamespace(load=refuse)))
    data = write_jsonl(tmp_path / "docs.jsonl", DOCUMENTS)
    assert factcheck_eval.main([str(data), "--model", "no/such-model"]) == 2
    assert "cannot load NLI model 'no/such-model'" in capsys.readouterr().err


def test_limit_evaluates_only_that_many_items(tmp_path, loaded):
    result = run_eval(tmp_path, str(write_jsonl(tmp_path / "docs.jsonl", DOCUMENTS)), "--limit", "2")
    assert result["run"]["items"] == 2


def test_a_bug_during_evaluation_is_one_line_and_exit_2_unless_debug_asks(tmp_path, loaded, capsys, monkeypatch):
    """An error inside the checker (not the user's) still says one line, as ``factcheck`` does;
    ``--debug`` shows the traceback."""
    folder = write_articles(tmp_path)

    def broken(*args, **kwargs):
        raise ValueError("no tokens")

    monkeypatch.setattr(factcheck_eval, "run", broken)
    assert factcheck_eval.main([str(folder)]) == 2
    err = capsys.readouterr().err
    assert err == "factcheck eval: error: unexpected ValueError: no tokens (rerun with --debug for the traceback)\n"
    with pytest.raises(ValueError):
        factcheck_eval.main([str(folder), "--debug"])
