"""Corpus mode without Ray: planning and reading the input, and the output store that resumes.

These pin down the pieces the Ray run is made of, in milliseconds; tests/test_corpus.py runs the
whole thing on a real local Ray.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.corpus.rows import row_key
from factcheck.corpus.sources import content_hash, plan_source, read_chunk
from factcheck.corpus.store import Store
from factcheck.errors import ConfigError, InputError

SETTINGS = {"factcheck": "test", "threshold": 0.35}


def records_of(source: Path, block_size: int = 2) -> list[dict]:
    plan = plan_source(source, block_size=block_size)
    return [r for chunk in plan.chunks for block in read_chunk(chunk, block_size=block_size) for r in block]


def test_jsonl_plan_cuts_line_aligned_chunks_and_keeps_line_numbers(tmp_path):
    lines = ['{"id": "a", "text": "One."}', "", '{"id": "b", "text": "Two."}', '{"id": "c", "text": "Three."}',
             "   ", '{"id": "d", "text": "Four."}', '{"id": "e", "text": ']
    source = tmp_path / "wire.jsonl"
    source.write_text("\n".join(lines) + "\n")
    plan = plan_source(source, block_size=2)
    assert plan.articles == 5  # blank lines are not articles
    assert len(plan.chunks) == 3
    records = records_of(source)
    assert [r["id"] for r in records] == ["a", "b", "c", "d", "wire.jsonl:7"]
    assert [r["data"] for r in records[:4]] == [b"One.", b"Two.", b"Three.", b"Four."]
    assert records[0]["content_hash"] == content_hash(b"One.")
    assert records[4]["error"].startswith("wire.jsonl:7: not valid JSON")


@pytest.mark.parametrize(
    ("line", "article_id", "error"),
    [
        ('{"id": "x", "text": "Fine.", "title": "T", "date": 2024}', "x", None),
        ('{"id": 17, "text": "Numbers are ids too."}', "17", None),
        ('{"id": "x"}', "x", "x: no text field"),
        ('{"id": "x", "text": ["a", "list"]}', "x", "x: text is a list, not a string"),
        ('{"text": "Who am I?"}', "in.jsonl:1", "in.jsonl:1: no id; every article needs an id"),
        ('["id", "text"]', "in.jsonl:1", "in.jsonl:1: not a JSON object; give one object with id and text per line"),
        ('{"id": "x", "text": "caf\xe9"', "in.jsonl:1", "in.jsonl:1: not valid JSON"),
    ],
)
def test_a_bad_jsonl_line_is_a_record_with_an_error(tmp_path, line, article_id, error):
    source = tmp_path / "in.jsonl"
    source.write_text(line + "\n", encoding="utf-8")
    [record] = records_of(source)
    assert record["id"] == article_id
    if error is None:
        assert record["error"] is None and record["data"]
    else:
        assert record["error"].startswith(error)


def test_metadata_is_carried_as_text(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "x", "text": "Fine.", "title": "T", "url": null, "date": 2024}\n')
    [record] = records_of(source)
    assert (record["title"], record["url"], record["date"]) == ("T", None, "2024")


def test_parquet_rows_are_read_by_row_group_with_row_numbers(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    rows = [{"id": f"a{i}", "text": f"Article {i}." if i != 3 else None} for i in range(7)]
    source = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist(rows), source, row_group_size=3)
    plan = plan_source(source, block_size=2)
    assert plan.articles == 7 and len(plan.chunks) == 3
    records = records_of(source)
    assert [r["id"] for r in records] == [f"a{i}" for i in range(7)]
    assert records[3]["error"] == "a3: no text field"
    assert records[6]["data"] == b"Article 6."


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.jsonl", "no such file or folder"),
        (lambda d: (d / "a.csv").write_text("id,text\n") and d / "a.csv", "unknown input type '.csv'"),
        (lambda d: (d / "a.jsonl").write_text("\n\n") and d / "a.jsonl", "has no articles"),
        (lambda d: (d / "a.parquet").write_bytes(b"not parquet") and d / "a.parquet", "not a readable Parquet file"),
    ],
)
def test_an_unusable_input_is_refused_before_anything_runs(tmp_path, make, message):
    with pytest.raises(InputError, match=message):
        plan_source(make(tmp_path), block_size=4)


def test_parquet_without_a_text_column_is_refused(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pq.write_table(pa.Table.from_pylist([{"id": "a", "body": "x"}]), tmp_path / "a.parquet")
    with pytest.raises(InputError, match="no 'text' column"):
        plan_source(tmp_path / "a.parquet", block_size=4)


# --- the store ------------------------------------------------------------------------------------

def row(article_id: str, digest: str = "sha256:1", findings=()) -> dict:
    return {"id": article_id, "content_hash": digest, "title": None, "url": None, "date": None, "error": None,
            "warnings": [], "stats": {"sentences": 1, "claims": 1, "candidate_pairs": 0, "nli_evaluations": 0,
                                      "suppressed": 0}, "findings": list(findings)}


def test_parts_are_merged_in_id_order_one_row_per_current_article(tmp_path):
    store = Store(tmp_path / "out.jsonl", SETTINGS)
    store.open()
    store.commit([row("b"), row("a")])
    store.commit([row("c"), row("a"), row("stale", "sha256:old")])
    totals = store.finish({("a", "sha256:1"), ("b", "sha256:1"), ("c", "sha256:1")})
    lines = (tmp_path / "out.jsonl").read_text().splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a", "b", "c"]
    assert totals.rows == 3
    assert not (tmp_path / "out.jsonl.parts").exists()


def test_a_half_written_part_is_ignored_and_the_finished_ones_count_as_done(tmp_path):
    store = Store(tmp_path / "out.jsonl", SETTINGS)
    store.open()
    store.commit([row("a"), row("b")])
    store.close()
    (tmp_path / "out.jsonl.parts" / ".part-000001.jsonl.x.tmp").write_text('{"id": "c", "conte')
    again = Store(tmp_path / "out.jsonl", SETTINGS)
    again.open()
    assert again.done_keys() == {("a", "sha256:1"), ("b", "sha256:1")}
    assert not list((tmp_path / "out.jsonl.parts").glob("*.tmp"))
    again.close()


def test_an_earlier_output_counts_as_done_and_is_merged_again(tmp_path):
    first = Store(tmp_path / "out.jsonl", SETTINGS)
    first.open()
    first.commit([row("a"), row("b")])
    first.finish({("a", "sha256:1"), ("b", "sha256:1")})
    second = Store(tmp_path / "out.jsonl", SETTINGS)
    second.open()
    assert second.done_keys() == {("a", "sha256:1"), ("b", "sha256:1")}
    second.commit([row("b", "sha256:2")])  # b's text changed; a is unchanged
    second.finish({("a", "sha256:1"), ("b", "sha256:2")})
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [row_key(r) for r in rows] == [("a", "sha256:1"), ("b", "sha256:2")]


def test_parquet_output_round_trips_the_rows(tmp_path):
    pytest.importorskip("pyarrow")
    finding = {"fingerprint": "f", "kind": "numeric", "severity": "error", "score": 0.9}
    store = Store(tmp_path / "out.parquet", SETTINGS)
    store.open()
    store.commit([row("a", findings=[finding]), row("b")])
    store.finish({("a", "sha256:1"), ("b", "sha256:1")})
    again = Store(tmp_path / "out.parquet", SETTINGS)
    rows = list(again._read_output())
    assert rows == [row("a", findings=[finding]), row("b")]


def test_a_resume_with_other_settings_is_refused(tmp_path):
    store = Store(tmp_path / "out.jsonl", SETTINGS)
    store.open()
    store.commit([row("a")])
    store.close()
    with pytest.raises(ConfigError, match=r"other settings \(threshold\)"):
        Store(tmp_path / "out.jsonl", {**SETTINGS, "threshold": 0.5}).open()


def test_two_runs_cannot_write_one_output_at_once(tmp_path):
    first = Store(tmp_path / "out.jsonl", SETTINGS)
    first.open()
    with pytest.raises(ConfigError, match="another factcheck corpus run"):
        Store(tmp_path / "out.jsonl", SETTINGS).open()
    first.close()


def test_many_parts_are_merged_in_groups(tmp_path, monkeypatch):
    monkeypatch.setattr("factcheck.corpus.store.MAX_OPEN_PARTS", 3)
    store = Store(tmp_path / "out.jsonl", SETTINGS)
    store.open()
    for name in "gfedcba":
        store.commit([row(name)])
    store.finish({(name, "sha256:1") for name in "abcdefg"})
    assert [json.loads(line)["id"] for line in (tmp_path / "out.jsonl").read_text().splitlines()] == list("abcdefg")


# --- the command line, for errors found before Ray starts -------------------------------------------

@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["corpus", "{d}/missing.jsonl", "-o", "{d}/out.jsonl"], "no such file or folder"),
        (["corpus", "{d}/in.jsonl", "-o", "{d}/out.csv"], "unknown format '.csv'"),
        (["corpus", "{d}/in.jsonl", "-o", "{d}/nowhere/out.jsonl"], "does not exist"),
        (["corpus", "{d}/in.jsonl", "-o", "{d}"], "is a folder"),
        (["corpus", "{d}/in.jsonl", "-o", "{d}/garbage.jsonl"], "exists but is not a corpus output"),
    ],
)
def test_command_errors_are_one_line_and_exit_2(tmp_path, capsys, arguments, message):
    (tmp_path / "in.jsonl").write_text('{"id": "a", "text": "One."}\n')
    (tmp_path / "garbage.jsonl").write_text("[1, 2]\n")
    status = main([a.format(d=tmp_path) for a in arguments])
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1 and err.startswith("factcheck corpus: error: ") and message in err


def test_command_without_ray_says_how_to_install_it(tmp_path, capsys, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_ray(name, *args, **kwargs):
        if name == "ray" or name.startswith("ray."):
            raise ImportError("No module named 'ray'", name="ray")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_ray)
    (tmp_path / "in.jsonl").write_text('{"id": "a", "text": "One."}\n')
    status = main(["corpus", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl")])
    assert status == 2
    assert "pip install 'factcheck[ray]'" in capsys.readouterr().err


def test_single_file_cli_does_not_import_ray(tmp_path):
    import subprocess
    import sys

    code = "import sys, factcheck.cli; factcheck.cli.build_parser(); print('ray' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert result.stdout.strip() == "False"


def test_a_bad_model_fails_before_ray_starts_and_leaves_nothing_behind(tmp_path, capsys):
    (tmp_path / "in.jsonl").write_text('{"id": "a", "text": "One."}\n')
    status = main(["corpus", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl"),
                   "--model", str(tmp_path / "no-model")])
    err = capsys.readouterr().err
    assert status == 2
    assert err == f"factcheck corpus: error: {tmp_path / 'no-model'}: no such model folder\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_an_error_quoted_by_ray_from_a_worker_is_the_users_error_again():
    from factcheck.corpus.run import _factcheck_cause
    from factcheck.errors import ModelError

    class ActorDied(Exception):  # Ray quotes the worker's traceback instead of chaining it
        pass

    died = ActorDied("The actor died ... Traceback ...\nfactcheck.errors.ModelError: m: no such model folder\n")
    cause = _factcheck_cause(RuntimeError("wrapper")) or _factcheck_cause(died)
    assert isinstance(cause, ModelError) and str(cause) == "m: no such model folder"
    assert _factcheck_cause(ValueError("factcheck.errors.NotAnError: x")) is None


def test_a_judge_worker_keeps_to_its_one_thread_whatever_the_model_load_sets(monkeypatch):
    """NLIModel.load sets torch's threads (FACTCHECK_THREADS, a busy machine); Ray reserved one core."""
    torch = pytest.importorskip("torch")
    from factcheck.config import Config
    from factcheck.corpus.run import JudgeWorker

    before = torch.get_num_threads()
    monkeypatch.setenv("FACTCHECK_THREADS", "2")
    try:
        JudgeWorker(Config(), threads=1)
        assert torch.get_num_threads() == 1
    finally:
        torch.set_num_threads(before)


def test_ctrl_c_commits_the_finished_rows_and_exits_130(tmp_path, capsys, monkeypatch):
    """The driver loop without Ray: one batch of finished rows arrives, then Ctrl-C."""
    import contextlib

    pa = pytest.importorskip("pyarrow")
    import factcheck.corpus.run as corpus_run

    finished = json.dumps(row("a"))

    class Interrupted:
        def iter_batches(self, **_):
            yield pa.Table.from_pylist([{"id": "a", "content_hash": "sha256:1", "skipped": False, "row": finished}])
            raise KeyboardInterrupt

    monkeypatch.setattr(corpus_run, "import_ray", lambda: None)
    monkeypatch.setattr(corpus_run, "_check_model", lambda config: None)
    monkeypatch.setattr(corpus_run, "ray_session", lambda options: contextlib.nullcontext())
    monkeypatch.setattr(corpus_run, "build_dataset", lambda *args: Interrupted())
    (tmp_path / "in.jsonl").write_text('{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\n')
    output = tmp_path / "out.jsonl"
    status = main(["corpus", str(tmp_path / "in.jsonl"), "-o", str(output), "-q", "--checkpoint", "3600"])
    assert status == 130
    assert "run the same command again to resume" in capsys.readouterr().err
    assert not output.exists()
    [part] = (tmp_path / "out.jsonl.parts").glob("part-*.jsonl")
    assert part.read_text() == finished + "\n"
