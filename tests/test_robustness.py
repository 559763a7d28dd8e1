"""Safe to run unattended on anything (issue 7): bad input, offline, bounded, model errors, no stray files.

Every run goes through ``factcheck.cli.main`` in-process with the real loader, segmenter, claim
splitter, pairing and judge. Where the model does not matter it is a neutral stand-in (findings then
come from the quantity and negation rules); a few tests use the shipped model, loaded once.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from factcheck import cli
from factcheck.config import Config
from factcheck.errors import ModelError
from factcheck.nli import DEFAULT_MODEL_PATH, NLIModel
from factcheck.types import NLIProbs
from tests.output_fixtures import run_cli

REPO = Path(__file__).resolve().parents[1]
CONFLICT = "The fire killed 12 people.\n\nThe fire killed 15 people.\n"  # one numeric finding by rule
REAL_LOAD_MODEL = cli.load_model


class NeutralModel:
    """Says "neutral" to every pair, so only the rules can find contradictions."""

    evaluations = 0

    def predict(self, pairs):
        return [NLIProbs(entailment=0.1, neutral=0.8, contradiction=0.1) for _ in pairs]


@pytest.fixture(autouse=True)
def in_temp_folder(monkeypatch, tmp_path):
    monkeypatch.setattr(cli, "load_model", lambda config: NeutralModel())
    monkeypatch.chdir(tmp_path)


run = run_cli


def assert_one_line_error(code: int, err: str, *phrases: str) -> None:
    assert code == 2, err
    assert err.startswith("factcheck: error: ") and err.count("\n") == 1, err
    assert "unexpected" not in err and "Traceback" not in err
    for phrase in phrases:
        assert phrase in err


def findings_of(out: str) -> list[tuple[str, str, str, int, int]]:
    """(kind, a, b, line of a, line of b) of every finding in a --format json report."""
    return [(f["kind"], f["a"]["text"], f["b"]["text"], f["a"]["line"], f["b"]["line"])
            for file in json.loads(out)["files"] for f in file["findings"]]


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("article.txt", CONFLICT)
    return buffer.getvalue()


# --- inputs that cannot be checked: exit 2, one line that says what to do ----------------------

@pytest.mark.parametrize("name, content, phrase", [
    ("empty.txt", b"", "is empty"),
    ("blank.txt", b"  \n\t\r\n  \n", "is empty"),
    ("picture.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "looks binary"),
    ("picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "looks binary"),
    ("archive.txt", zip_bytes(), "looks binary"),
    ("nul.txt", b"The fire killed 12 people.\x00\n", "looks binary"),
    ("markup-only.html", b"<html><body><script>var x = 1;</script></body></html>", "no prose"),
    ("deep.html", b"<div>" * 40_000 + b"The fire killed 12 people." + b"</div>" * 40_000, "nested"),  # under --max-chars
    ("broken-utf16.txt", b"\xff\xfeT\x00h\x00\x00\xd8", "invalid UTF-16"),
])
def test_uncheckable_input_exits_2_with_one_line(name, content, phrase):
    Path(name).write_bytes(content)
    started = time.process_time()  # CPU time: the wall clock of a shared machine measures the others
    code, out, err = run(name, "--format", "json")
    assert_one_line_error(code, err, name, phrase)
    assert out == "" and time.process_time() - started < 5


def test_symlink_loop_exits_2_naming_the_loop():
    os.symlink("loop-b.txt", "loop-a.txt")
    os.symlink("loop-a.txt", "loop-b.txt")
    code, _, err = run("loop-a.txt")
    assert_one_line_error(code, err, "loop-a.txt", "symbolic link loop")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_exits_2_asking_for_permission():
    Path("secret.txt").write_text(CONFLICT)
    Path("secret.txt").chmod(0)
    code, _, err = run("secret.txt")
    assert_one_line_error(code, err, "secret.txt", "permission denied")


# --- odd but readable input: a result, the same findings as the plain version ------------------

@pytest.mark.parametrize("name, content", [
    ("crlf.txt", CONFLICT.replace("\n", "\r\n").encode()),
    ("old-mac.txt", CONFLICT.replace("\n", "\r").encode()),
    ("utf16-le.txt", CONFLICT.encode("utf-16")),  # Python writes the BOM of the machine's order
    ("utf16-be.txt", b"\xfe\xff" + CONFLICT.encode("utf-16-be")),
    ("utf8-bom.txt", b"\xef\xbb\xbf" + CONFLICT.encode()),
    ("controls.txt", CONFLICT.replace("fire", "fire\x07\x1b\x0b\x7f").encode()),
])
def test_encodings_and_line_endings_give_the_plain_text_findings(name, content):
    Path("plain.txt").write_bytes(CONFLICT.encode())
    Path(name).write_bytes(content)
    _, plain, _ = run("plain.txt", "--format", "json")
    code, out, err = run(name, "--format", "json")
    assert (code, err) == (1, "")
    expected = findings_of(plain)
    if name == "controls.txt":  # controls become spaces, in place
        expected = [(k, a.replace("fire", "fire    "), b.replace("fire", "fire    "), la, lb)
                    for k, a, b, la, lb in expected]
    assert findings_of(out) == expected and len(expected) == 1


def test_invalid_utf8_is_checked_with_a_warning():
    Path("latin1.txt").write_bytes(CONFLICT.replace("people", "caf\xe9 workers").encode("latin-1"))
    code, out, err = run("latin1.txt", "--format", "json")
    assert code == 1 and "invalid UTF-8" in err and "Traceback" not in err
    assert "caf\ufffd workers" in findings_of(out)[0][1]


@pytest.mark.parametrize("text", [
    "🔥 The fire killed 12 people 🚒.\n\nThe fire 👨‍👩‍👧 killed 15 people.\n",
    "قالت الشرطة إن 12 شخصا قتلوا.\n\nThe fire killed 12 people.\n\nThe fire killed 15 people.\n",
    "\u202eThe fire killed 12 people.\u202c\n\nהשריפה הרגה 15 אנשים. The fire killed 15 people.\n",
    "The fire\u200b killed 12 people.\u2028\n\nThe fire killed 15 people.\u2029\x85\n",
])
def test_emoji_right_to_left_and_unicode_separators_still_find_the_conflict(text):
    Path("a.txt").write_text(text, encoding="utf-8")
    code, out, err = run("a.txt", "--format", "json")
    assert code == 1 and err == ""
    assert [kind for kind, *_ in findings_of(out)] == ["numeric"]


def test_megabyte_line_without_full_stop_is_checked_in_bounded_sentences():
    words = "the harbour crowd waited near the pier while boats came and went "

    def cpu_seconds(characters: int) -> tuple[float, dict]:
        Path("line.txt").write_text(words * (characters // len(words)), encoding="utf-8")
        started = time.process_time()  # CPU time: the wall clock of a shared machine measures the others
        code, out, err = run("line.txt", "--format", "json", "--max-chars", "2000000")
        assert (code, err) == (0, "")
        return time.process_time() - started, json.loads(out)["files"][0]["stats"]

    small, _ = cpu_seconds(100_000)
    large, stats = cpu_seconds(1_000_000)
    assert stats["sentences"] >= 1_000_000 // 1_000  # cut into chunks of at most 1,000 characters
    # Ten times the text costs about ten times the time (a quadratic step would cost a hundred),
    # measured as a ratio in one run so a slow or busy machine does not fail it; the absolute
    # bound only catches a hang.
    assert large < 20 * small + 5 and large < 120


def test_markdown_with_huge_table_and_code_block_checks_only_the_prose():
    table = "| year | deaths |\n|---|---|\n" + "".join(f"| {1900 + i} | {i} people |\n" for i in range(5_000))
    code_block = "```python\n" + "killed = 99  # The fire killed 99 people.\n" * 20_000 + "```\n"
    article = f"# Fire\n\nThe fire killed 12 people.\n\n{table}\n{code_block}\nThe fire killed 15 people.\n"
    Path("a.md").write_text(article, encoding="utf-8")
    last_line = article.count("\n")
    started = time.process_time()  # CPU time: the wall clock of a shared machine measures the others
    code, out, err = run("a.md", "--format", "json", "--max-chars", "2000000")  # 950,000 characters
    assert (code, err) == (1, "") and time.process_time() - started < 30
    assert all("99" not in a + b for _, a, b, *_ in findings_of(out))
    assert ("numeric", "The fire killed 12 people.", "The fire killed 15 people.", 3, last_line) in findings_of(out)


def test_standard_input_of_binary_data_exits_2(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(zip_bytes())))
    code, _, err = run("-")
    assert_one_line_error(code, err, "standard input", "looks binary")


# --- bounds ---------------------------------------------------------------------------------

def test_default_max_chars_refuses_an_oversized_file_from_its_size_alone():
    limit = Config().max_chars
    with open("huge.txt", "wb") as handle:  # sparse: no disk used, and reading it would take long
        handle.truncate(4 * limit + 5)
    started = time.monotonic()
    code, _, err = run("huge.txt")
    assert_one_line_error(code, err, "huge.txt", f"{limit:,} characters", "--max-chars")
    assert time.monotonic() - started < 1


def test_max_chars_counts_characters_and_can_be_raised():
    Path("long.txt").write_text(CONFLICT + "é" * Config().max_chars, encoding="utf-8")  # under 4 bytes a char
    Path("small.txt").write_text(CONFLICT, encoding="utf-8")
    assert_one_line_error(*run("long.txt")[::2], f"characters, over the limit of {Config().max_chars:,}")
    assert_one_line_error(*run("small.txt", "--max-chars", "20")[::2], "over the limit of 20 characters")
    assert run("small.txt", "--max-chars", str(len(CONFLICT)))[0] == 1


def test_timeout_stops_a_stage_that_hangs(monkeypatch):
    def hang(*args, **kwargs):
        time.sleep(60)

    monkeypatch.setattr("factcheck.pipeline.candidate_pairs", hang)
    Path("a.txt").write_text(CONFLICT, encoding="utf-8")
    started = time.monotonic()
    code, _, err = run("a.txt", "--timeout", "0.5")
    assert_one_line_error(code, err, "--timeout 0.5s reached")
    assert time.monotonic() - started < 5


def test_timeout_stops_a_slow_model_and_the_next_run_is_unaffected(monkeypatch):
    class SlowModel(NeutralModel):
        def predict(self, pairs):
            time.sleep(0.2)
            return super().predict(pairs)

    monkeypatch.setattr(cli, "load_model", lambda config: SlowModel())
    many = "".join(f"The fire killed {n} people.\n\n" for n in range(10, 200))
    Path("many.txt").write_text(many, encoding="utf-8")
    started = time.monotonic()
    code, _, err = run("many.txt", "--timeout", "1")
    assert_one_line_error(code, err, "--timeout 1s reached")
    assert time.monotonic() - started < 4
    Path("a.txt").write_text(CONFLICT, encoding="utf-8")
    monkeypatch.setattr(cli, "load_model", lambda config: NeutralModel())
    time.sleep(1.2)  # no timer left over from the first run may fire now
    assert run("a.txt")[0] == 1


def test_broken_pipe_on_output_exits_quietly(monkeypatch):
    class ClosedPipe(io.StringIO):
        def write(self, text):
            raise BrokenPipeError(32, "Broken pipe")

    Path("a.txt").write_text(CONFLICT, encoding="utf-8")
    err = io.StringIO()
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    monkeypatch.setattr(sys, "stderr", err)
    code = cli.main(["a.txt", "--format", "json"])
    assert code == 141 and err.getvalue() == ""


# --- models: offline, and folders that are not a usable NLI model -------------------------------

@pytest.fixture(scope="module")
def shipped_tokenizer():
    if not (DEFAULT_MODEL_PATH / "config.json").exists():
        pytest.skip("the shipped model is not installed")
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(DEFAULT_MODEL_PATH), local_files_only=True)


def tiny_bert(folder: Path, tokenizer, labels: list[str], vocab_size: int | None = None) -> Path:
    """A random 2-layer BERT classifier with the given labels, saved with the shipped tokenizer."""
    import torch
    from transformers import BertConfig, BertForSequenceClassification

    torch.manual_seed(0)
    config = BertConfig(vocab_size=vocab_size or len(tokenizer), hidden_size=32, num_hidden_layers=2,
                        num_attention_heads=2, intermediate_size=64, num_labels=len(labels),
                        id2label=dict(enumerate(labels)), label2id={n: i for i, n in enumerate(labels)})
    BertForSequenceClassification(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def use_real_loader(monkeypatch) -> None:
    monkeypatch.setattr(cli, "load_model", REAL_LOAD_MODEL)
    Path("a.txt").write_text(CONFLICT, encoding="utf-8")


def test_tiny_nli_model_folder_loads_and_runs(monkeypatch, tmp_path, shipped_tokenizer):
    """The control for the model errors below: the same tiny model with NLI labels is accepted."""
    folder = tiny_bert(tmp_path / "nli", shipped_tokenizer, ["entailment", "neutral", "contradiction"])
    use_real_loader(monkeypatch)
    code, out, err = run("a.txt", "--model", str(folder), "--format", "json")
    assert code == 1 and err == ""
    assert json.loads(out)["config"]["model"] == str(folder)


def break_weights(folder: Path) -> None:
    (folder / "model.safetensors").write_bytes(b"\x00garbage, not safetensors" * 40)


@pytest.mark.parametrize("make, phrase", [
    (lambda f, tok: tiny_bert(f, tok, ["POSITIVE", "NEGATIVE"]), "not an NLI model"),
    (lambda f, tok: (tiny_bert(f, tok, ["entailment", "neutral", "contradiction"]),
                     (f / "model.safetensors").unlink()), "cannot load"),
    (lambda f, tok: (tiny_bert(f, tok, ["entailment", "neutral", "contradiction"]), break_weights(f)),
     "cannot load"),
    (lambda f, tok: tiny_bert(f, tok, ["entailment", "neutral", "contradiction"], vocab_size=1_000),
     "tokenizer and model do not match"),
    (lambda f, tok: (f.mkdir(), (f / "notes.txt").write_text("not a model")), "no config.json"),
])
def test_unusable_model_folder_exits_2_naming_the_problem_and_the_path(monkeypatch, tmp_path,
                                                                       shipped_tokenizer, make, phrase):
    folder = tmp_path / "model-folder"
    make(folder, shipped_tokenizer)
    use_real_loader(monkeypatch)
    code, out, err = run("a.txt", "--model", str(folder))
    assert_one_line_error(code, err, phrase, str(folder))
    assert out == ""


def test_nli_model_load_names_the_folder_of_a_non_nli_model(tmp_path, shipped_tokenizer):
    folder = tiny_bert(tmp_path / "sentiment", shipped_tokenizer, ["POSITIVE", "NEGATIVE"])
    with pytest.raises(ModelError, match=str(folder)):
        NLIModel.load(folder)


@pytest.mark.parametrize("offline_by", ["HF_HUB_OFFLINE", "no network"])
def test_hub_name_offline_exits_2_within_seconds_asking_for_a_local_path(monkeypatch, offline_by):
    if offline_by == "HF_HUB_OFFLINE":
        monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    else:
        def refused(*args, **kwargs):
            raise OSError("network is unreachable")

        monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
        monkeypatch.setattr("socket.create_connection", refused)
    use_real_loader(monkeypatch)
    started = time.monotonic()
    code, _, err = run("a.txt", "--model", "someorg/some-nli-model")
    assert_one_line_error(code, err, "someorg/some-nli-model", "--model PATH")
    assert time.monotonic() - started < 5


def files_under(folder: Path) -> set[Path]:
    skipped = {".git", "__pycache__", ".pytest_cache", ".hypothesis", ".venv"}
    return {p for p in folder.rglob("*") if not skipped.intersection(p.relative_to(folder).parts)}


def test_offline_default_run_writes_nothing_but_its_report(tmp_path):
    """A real run (shipped model, HF_HUB_OFFLINE=1) in a fresh process writes only the -o file:
    nothing in the working folder, home, cache or temp folders, or the repository."""
    if not (DEFAULT_MODEL_PATH / "config.json").exists():
        pytest.skip("the shipped model is not installed")
    work, home, temp = tmp_path / "work", tmp_path / "home", tmp_path / "temp"
    for folder in (work, home, temp):
        folder.mkdir()
    (work / "article.md").write_text((REPO / "samples" / "harbour-fire.md").read_text(), encoding="utf-8")
    repo_before = files_under(REPO)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "XDG_", "TRANSFORMERS_"))}
    env.update(HF_HUB_OFFLINE="1", HOME=str(home), TMPDIR=str(temp), PYTHONDONTWRITEBYTECODE="1")
    done = subprocess.run([sys.executable, "-m", "factcheck.cli", "article.md", "--format", "json",
                           "-o", "report.json"], cwd=work, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr  # harbour-fire.md has findings
    assert done.stderr == "" and done.stdout == ""
    assert findings_of((work / "report.json").read_text())
    assert sorted(p.name for p in work.iterdir()) == ["article.md", "report.json"]
    assert list(home.iterdir()) == [] and list(temp.iterdir()) == []
    assert not {p for p in files_under(REPO) - repo_before if "factcheck" in p.name.lower() or
                p.suffix in (".json", ".sarif", ".lock", ".cache", ".pkl")}


def test_long_check_reports_pairs_judged_to_the_progress_callback(tmp_path):
    article = tmp_path / "long.txt"
    article.write_text(" ".join(f"The council approved plan {i} on Monday with {i + 3} votes." for i in range(200)))
    seen: list[tuple[int, int]] = []
    cli.check_all([str(article)], Config(), NeutralModel(), lambda done, path: None,
                  lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] > 0
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
