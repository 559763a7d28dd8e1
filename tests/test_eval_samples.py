"""`factcheck eval samples/` with the shipped model: the one slow test of the evaluation.

Skipped until the NLI stage and a trained default model in models/ exist.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck import eval as factcheck_eval
from factcheck.errors import ModelError

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.fixture(scope="module")
def shipped_model_available() -> None:
    nli = pytest.importorskip("factcheck.nli")
    pytest.importorskip("factcheck.pipeline")
    try:
        nli.NLIModel.load(None)
    except ModelError as error:
        pytest.skip(f"no trained default model in models/ yet: {error}")


@pytest.mark.slow
def test_eval_on_samples_finds_gold_contradictions_with_the_shipped_model(tmp_path, shipped_model_available):
    out = tmp_path / "samples.json"
    assert factcheck_eval.main([str(SAMPLES), "--json", str(out), "--threshold-sweep"]) == 0
    result = json.loads(out.read_text())
    gold_lines = (SAMPLES / "gold.jsonl").read_text().splitlines()
    assert result["form"] == "articles" and result["run"]["items"] == len(gold_lines)
    assert result["run"]["claims"] > result["run"]["items"] and result["run"]["nli_evaluations"] > 0
    assert result["recall"] > 0 and result["details"]["traps"]["total"] >= 15
    assert 0.05 <= result["best_threshold"] <= 0.95
