"""The shipped model runs without transformers (factcheck.encoder) and gives transformers' answers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.encoder import compact_config, load_compact
from factcheck.nli import DEFAULT_MODEL_PATH, MAX_LENGTH, NLIModel

torch = pytest.importorskip("torch")

PAIRS = [
    ("The council approved the budget on Monday.", "The budget was rejected by the council."),
    ("Air defences intercepted the majority of the drones.", "All ten drones were intercepted."),
    ("A man is playing a guitar on stage.", "Nobody is making music."),
    ("Flooding closed the bridge.", "The bridge stayed open."),
    ("Prices rose 3%.", "Prices rose."),
    ("word " * 150, "another " * 90),  # longer than MAX_LENGTH: both halves are cut
    ("Élodie Müller, 34, won the São Paulo marathon in 2:21:07.", "The winner was 34."),
]


def both_loaders(monkeypatch):
    compact = NLIModel.load()
    monkeypatch.setenv("FACTCHECK_LOADER", "transformers")
    reference = NLIModel.load()
    monkeypatch.delenv("FACTCHECK_LOADER")
    return compact, reference


def encode(model: NLIModel):
    return model.tokenizer([p for p, _ in PAIRS], [h for _, h in PAIRS], padding=True, truncation=True,
                           max_length=MAX_LENGTH, return_tensors="pt")


def test_the_shipped_model_loads_without_transformers(monkeypatch):
    monkeypatch.delenv("FACTCHECK_LOADER", raising=False)
    assert type(NLIModel.load().model).__name__ == "BertCrossEncoder"


def test_tokens_and_logits_match_transformers(monkeypatch):
    compact, reference = both_loaders(monkeypatch)
    assert type(reference.model).__name__ == "BertForSequenceClassification"
    mine, theirs = encode(compact), encode(reference)
    for key in ("input_ids", "token_type_ids", "attention_mask"):
        assert torch.equal(mine[key], theirs[key]), key
    assert mine["input_ids"].shape[1] == MAX_LENGTH  # the long pair was cut, as transformers cuts it
    compact.model.float()
    reference.model.float()
    with torch.inference_mode():
        difference = (compact.model(**mine).logits - reference.model(**theirs).logits).abs().max().item()
    assert difference < 1e-4


def test_probabilities_match_transformers_in_the_default_precision(monkeypatch):
    compact, reference = both_loaders(monkeypatch)
    for mine, theirs in zip(compact.predict(PAIRS), reference.predict(PAIRS)):
        assert abs(mine.contradiction - theirs.contradiction) <= 2e-3
        assert abs(mine.entailment - theirs.entailment) <= 2e-3


def copy_model(tmp_path: Path, **config_changes) -> Path:
    folder = tmp_path / "model"
    folder.mkdir()
    for name in ("tokenizer.json", "tokenizer_config.json", "model.safetensors"):
        (folder / name).symlink_to(DEFAULT_MODEL_PATH / name)
    config = json.loads((DEFAULT_MODEL_PATH / "config.json").read_text()) | config_changes
    (folder / "config.json").write_text(json.dumps(config))
    return folder


@pytest.mark.parametrize("changes", [
    {"model_type": "roberta"},
    {"architectures": ["BertForMaskedLM"]},
    {"position_embedding_type": "relative_key"},
    {"hidden_act": "relu"},
])
def test_other_architectures_are_left_to_transformers(tmp_path, changes):
    folder = copy_model(tmp_path, **changes)
    assert compact_config(folder) is None
    assert load_compact(folder, torch.float32) is None


def test_a_bert_folder_without_a_fast_tokenizer_is_left_to_transformers(tmp_path):
    folder = copy_model(tmp_path)
    (folder / "tokenizer.json").unlink()
    assert compact_config(folder) is None


def test_the_transformers_path_can_be_forced(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_LOADER", "transformers")
    assert compact_config(copy_model(tmp_path)) is None


def test_a_check_imports_neither_transformers_nor_a_model_class_from_it():
    seed = Path(__file__).resolve().parents[1] / "samples"
    article = sorted(p for p in seed.iterdir() if p.suffix == ".txt")[0]
    code = ("import sys; from factcheck.pipeline import check_file; check_file(sys.argv[1]); "
            "print('transformers' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code, str(article)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
