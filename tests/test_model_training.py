"""The judge model's training path on a tiny model: packed data, both presets, parts, calibration.

Everything here runs in seconds on a random 1-layer BERT with the shipped tokenizer, so CI checks
the CPU and the GPU recipe end to end without a GPU and without ../shared.
"""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from dataclasses import replace
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

from factcheck.errors import ModelError  # noqa: E402
from factcheck.nli import DEFAULT_MODEL_PATH, NLIModel, read_temperature  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def load_module(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / "models" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def train():
    return load_module("train")


@pytest.fixture(scope="module")
def tokenizer():
    if not (DEFAULT_MODEL_PATH / "tokenizer.json").exists():
        pytest.skip("the shipped tokenizer is not installed")
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(DEFAULT_MODEL_PATH), local_files_only=True)


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory, tokenizer) -> Path:
    from transformers import BertConfig, BertForSequenceClassification

    torch.manual_seed(0)
    folder = tmp_path_factory.mktemp("tiny-model")
    labels = ["entailment", "neutral", "contradiction"]
    config = BertConfig(vocab_size=len(tokenizer), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=32, max_position_embeddings=128, num_labels=3,
                        id2label=dict(enumerate(labels)), label2id={n: i for i, n in enumerate(labels)})
    BertForSequenceClassification(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def tiny_news_pairs(path: Path) -> Path:
    """A generate_pairs.py output in miniature: train and validation rows of every label."""
    rows = []
    for i in range(60):
        split = "validation" if i % 4 == 0 else "train"
        rows += [
            {"premise": f"Police arrested {i + 2} people on Monday.", "hypothesis": f"Police arrested {i + 40} people on Monday.",
             "label": "contradiction", "maker": "edited/number/same", "article": f"a{i}", "split": split},
            {"premise": f"The council approved plan {i}.", "hypothesis": f"Plan {i} was approved by the council.",
             "label": "entailment", "maker": "paraphrase/voice", "article": f"a{i}", "split": split},
            {"premise": f"The bridge {i} opened in May.", "hypothesis": f"Traffic on road {i} was light.",
             "label": "neutral", "maker": "same-subject/same-subject", "article": f"a{i}", "split": split},
        ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


@pytest.fixture(scope="module")
def pack(train, tmp_path_factory, tiny_model, monkeypatch_module) -> Path:
    folder = tmp_path_factory.mktemp("pack")
    nli = [("A man sleeps.", "A man is awake.", 2, "snli_dev"), ("A dog runs.", "An animal runs.", 0, "snli_dev"),
           ("A cat sits.", "A cat sits on a mat.", 1, "snli_dev"), ("Ann left.", "Ann stayed.", 3, "hans_regenerated")]
    monkeypatch_module.setattr(train, "nli_examples", lambda: nli * 10)
    path = folder / "pack.npz.xz"
    train.build_pack(path, tiny_news_pairs(folder / "news.jsonl"), str(tiny_model))
    return path


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


def test_pack_round_trips_pairs_as_token_ids(train, pack, tokenizer):
    data = train.Pack.load(pack)
    assert data.meta["train"] == 40 + 135 and data.meta["validation"] == 45
    assert data.token_ids.dtype.name == "uint16" and len(data.rows(validation=True)) == 45
    row = int(data.rows(validation=False)[0])
    ids, types = train.pair_ids(data.sentence(int(data.pairs[row, 0])), data.sentence(int(data.pairs[row, 1])), 128,
                                tokenizer.cls_token_id, tokenizer.sep_token_id)
    premise, hypothesis = tokenizer.decode(ids[1:types.index(1) - 1]), tokenizer.decode(ids[types.index(1):-1])
    expected = tokenizer("A man sleeps.", "A man is awake.")["input_ids"]
    assert ids == expected and premise == "a man sleeps." and hypothesis == "a man is awake."


def test_pair_ids_cut_the_longer_side_first(train):
    ids, types = train.pair_ids(list(range(10, 30)), [5, 6], 12, 101, 102)
    assert ids == [101, *range(10, 17), 102, 5, 6, 102] and types == [0] * 9 + [1] * 3


def test_sample_keeps_the_task_share(train, pack):
    data = train.Pack.load(pack)
    settings = train.Settings(pack=str(pack), sample=20, task_share=0.5)
    rows = train.choose_rows(data, settings, __import__("random").Random(1))
    assert len(rows) == 20 and sum(data.source_name(r) == train.TASK_SOURCE for r in rows) == 10
    assert not set(rows) & set(data.rows(validation=True).tolist())


def preset(train, name: str, tiny_model: Path, pack: Path, tmp: Path):
    return replace(train.Settings(), **{**train.PRESETS[name], "base": str(tiny_model), "pack": str(pack),
                   "out": str(tmp / f"{name}-out"), "work": str(tmp / f"{name}-work"), "limit": 96, "time_budget": None})


def test_cpu_preset_writes_a_calibrated_model_folder_factcheck_loads(train, tiny_model, pack, tmp_path):
    settings = preset(train, "cpu", tiny_model, pack, tmp_path)
    meta = train.train(settings)
    out = Path(settings.out)
    assert {"model.safetensors", "config.json", "tokenizer.json", "calibration.json", "training_meta.json"} <= {
        p.name for p in out.iterdir()}
    assert meta["step"] == meta["total_steps"] == math.ceil(96 / settings.batch_size)
    calibration = json.loads((out / "calibration.json").read_text())
    assert calibration["pairs"] == 45 and calibration["temperature"] > 0
    model = NLIModel.load(out)
    assert model.temperature == calibration["temperature"]
    assert len(model.predict([("Police arrested 2 people.", "Police arrested 40 people.")])) == 1


def test_gpu_preset_writes_parts_under_the_size_limit_that_assemble_into_the_same_model(train, tiny_model, pack,
                                                                                        tmp_path):
    settings = replace(preset(train, "gpu", tiny_model, pack, tmp_path), batch_size=32)
    train.train(settings)
    parts = Path(settings.out)
    assert {p.name for p in parts.iterdir()} == {"part-0.safetensors", "parts.json"}
    train.assemble(parts, tmp_path / "assembled", str(tiny_model))
    model = NLIModel.load(tmp_path / "assembled")
    assert model.temperature == json.loads((parts / "parts.json").read_text())["calibration"]["temperature"]


def test_a_tensor_bigger_than_a_part_is_cut_into_row_blocks_and_put_back(train, tiny_model, tmp_path):
    from safetensors.torch import load_file

    model = train.build_model(str(tiny_model)).half()
    train.save_parts(model, tmp_path / "parts", {"step": 0}, {"temperature": 1.0}, part_bytes=200_000) \
        if (tmp_path / "parts").mkdir() is None else None
    sizes = [p.stat().st_size for p in (tmp_path / "parts").glob("part-*.safetensors")]
    assert len(sizes) > 3 and max(sizes) < 200_000 + 10_000  # the 30522 x 16 embeddings alone are ~1 MB
    train.assemble(tmp_path / "parts", tmp_path / "whole", str(tiny_model))
    whole = load_file(str(tmp_path / "whole" / "model.safetensors"))
    assert all(torch.equal(whole[k], v) for k, v in model.state_dict().items())


def test_temperature_fit_recovers_the_scale_of_overconfident_logits(train):
    torch.manual_seed(0)
    true_logits = torch.randn(4000, 3) * 2
    targets = torch.distributions.Categorical(logits=true_logits).sample()
    assert train.fit_temperature(true_logits * 3, targets) == pytest.approx(3, rel=0.15)


# --- calibration in factcheck.nli -------------------------------------------------------------


def test_calibration_temperature_softens_probabilities_and_keeps_the_top_label(tiny_model, tmp_path):
    import shutil

    calibrated = tmp_path / "calibrated"
    shutil.copytree(tiny_model, calibrated)
    (calibrated / "calibration.json").write_text(json.dumps({"method": "temperature", "temperature": 4.0}))
    pairs = [("Police arrested 2 people.", "Police arrested 40 people."), ("A dog runs.", "An animal runs.")]
    plain, soft = NLIModel.load(tiny_model), NLIModel.load(calibrated)
    assert plain.temperature == 1.0 and soft.temperature == 4.0
    with torch.no_grad():
        encoded = plain.tokenizer([p for p, _ in pairs], [h for _, h in pairs], padding=True, return_tensors="pt")
        logits = plain.model(**encoded).logits.float()
    expected = torch.softmax(logits / 4.0, dim=-1)[:, 2]
    for probs, want in zip(soft.predict(pairs), expected.tolist()):
        assert probs.contradiction == pytest.approx(want, abs=1e-4)
    for a, b in zip(plain.predict(pairs), soft.predict(pairs)):
        top = lambda p: max(("e", p.entailment), ("n", p.neutral), ("c", p.contradiction), key=lambda x: x[1])[0]
        assert top(a) == top(b)


@pytest.mark.parametrize("content", ['{"temperature": 0}', '{"temperature": "hot"}', "not json", '{"t": 1}'])
def test_a_bad_calibration_file_is_a_model_error(tmp_path, content):
    (tmp_path / "calibration.json").write_text(content)
    with pytest.raises(ModelError, match="calibration"):
        read_temperature(tmp_path)


def test_the_documented_device_call_fits_the_tool():
    """models/README.md gives the exact GPU call; the run tool takes at most 2,000 characters and 600 s."""
    import re

    text = (REPO / "models" / "README.md").read_text()
    command = re.search(r"^- command: `(.+)`$", text, re.M).group(1)
    timeout = int(re.search(r"^- timeout_s: `(\d+)`$", text, re.M).group(1))
    carry = json.loads(re.search(r"^- carry: `(.+)`$", text, re.M).group(1))
    assert len(command) <= 2000 and f"{len(command)} characters" in text
    assert "--preset gpu" in command and "$OUT" in command and timeout <= 600
    assert carry == [".work/gpu"] and str(DEFAULT_PACK_RELATIVE) in text


DEFAULT_PACK_RELATIVE = Path(".work/gpu/pack.npz.xz")


def test_calibrate_fits_an_existing_folder_and_writes_only_when_asked(train, tiny_model, pack, tmp_path):
    import shutil

    folder = tmp_path / "model"
    shutil.copytree(tiny_model, folder)
    settings = replace(train.Settings(), pack=str(pack), calibration_pairs=30)
    calibration = train.calibrate_folder(folder, settings)
    assert calibration["pairs"] == 30 and not (folder / "calibration.json").exists()
    train.calibrate_folder(folder, settings, write=True)
    assert NLIModel.load(folder).temperature == calibration["temperature"]
    assert calibration["after"]["contradiction_log_loss"] <= calibration["before"]["contradiction_log_loss"]
