"""Corpus mode on a real local Ray (2 workers): the same rows as the single-file path, bad articles
as error rows, JSONL and Parquet in and out, and a resume after a killed run.

Ray starts once for this module; the command-line runs join it with --ray-address. The corpus is
50 articles of ../shared/data/clean-news (the shortest of each of its four sources) plus bad ones.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ray = pytest.importorskip("ray")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from factcheck.cli import main  # noqa: E402
from factcheck.config import Config  # noqa: E402
from factcheck.corpus.run import CorpusOptions, ray_session, run_corpus  # noqa: E402
from factcheck.document import load_document  # noqa: E402
from factcheck.errors import FactcheckError  # noqa: E402
from factcheck.nli import NLIModel  # noqa: E402
from factcheck.pipeline import check_file  # noqa: E402
from factcheck.report.json import file_to_json  # noqa: E402
from tests.output_fixtures import SHARED  # noqa: E402

CLEAN_NEWS = SHARED / "data" / "clean-news"
PER_SOURCE, CORPUS_SIZE = 13, 50
OPTIONS = CorpusOptions(workers=2, block_size=4, checkpoint_seconds=0)
SMALL = CorpusOptions(workers=1, block_size=4, checkpoint_seconds=0)  # a few articles: one model load

BAD = [  # (JSONL line, id of its row, start of its error)
    (json.dumps({"id": "bad-empty", "text": ""}), "bad-empty", "bad-empty is empty"),
    (json.dumps({"id": "bad-blank", "text": "  \n\n \t"}), "bad-blank", "bad-blank is empty"),
    (json.dumps({"id": "bad-binary", "text": "PK\u0003\u0004\u0000\u0000binary"}), "bad-binary",
     "bad-binary looks binary"),
    (json.dumps({"id": "bad-no-text", "title": "A headline only"}), "bad-no-text", "bad-no-text: no text field"),
    (json.dumps({"text": "An article without an id."}), "corpus.jsonl:{line}", "corpus.jsonl:{line}: no id"),
    ('{"id": "bad-json", "text": "cut off', "corpus.jsonl:{line}", "corpus.jsonl:{line}: not valid JSON"),
]


def clean_articles() -> list[dict]:
    if not CLEAN_NEWS.is_dir():
        pytest.skip("../shared/data/clean-news is not beside the repository")
    articles = []
    for source in sorted(p for p in CLEAN_NEWS.iterdir() if p.is_dir()):
        rows = [json.loads(line) for line in (source / "dev.jsonl").read_text(encoding="utf-8").splitlines()]
        for row in sorted(rows, key=lambda r: (len(r["text"]), r["id"]))[:PER_SOURCE]:
            articles.append({"id": row["id"], "text": row["text"], "title": row.get("title"),
                             "url": row.get("source_url"), "date": row.get("date")})
    # The seed article contradicts itself, so the comparison covers findings whatever the clean
    # articles give (the shortest clean ones may give none).
    seed = SHARED / "samples" / "kyiv-drone-attack.txt"
    return articles[:CORPUS_SIZE] + [{"id": "zz-seed", "text": seed.read_text(encoding="utf-8"), "title": None,
                                      "url": None, "date": None}]


@pytest.fixture(scope="module")
def ray_address():
    with ray_session(OPTIONS):
        yield ray.get_runtime_context().gcs_address


@pytest.fixture(scope="module")
def model() -> NLIModel:
    return NLIModel.load()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict:
    """corpus.jsonl: the clean articles with the bad lines spread among them; and what each row must be."""
    folder = tmp_path_factory.mktemp("corpus")
    articles = clean_articles()
    lines = [json.dumps(article, ensure_ascii=False) for article in articles]
    expected_errors = {}
    for position, (line, row_id, error) in enumerate(BAD):
        at = 1 + position * 8
        lines.insert(at, line)
    for number, line in enumerate(lines, 1):
        for bad_line, row_id, error in BAD:
            if line == bad_line:
                expected_errors[row_id.format(line=number)] = error.format(line=number)
    (folder / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"folder": folder, "path": folder / "corpus.jsonl", "articles": articles, "errors": expected_errors}


@pytest.fixture(scope="module")
def single_process(corpus, model) -> dict:
    """Each clean article saved as a .txt file and checked by factcheck.pipeline.check_file, with a model
    as freshly loaded (empty cache): the single-file path, article by article."""
    folder = corpus["folder"] / "as-files"
    folder.mkdir()
    expected = {}
    for number, article in enumerate(corpus["articles"]):
        path = folder / f"{number}.txt"
        path.write_text(article["text"], encoding="utf-8")
        model.clear_cache()
        entry = file_to_json(check_file(path, model=model))
        expected[article["id"]] = {"findings": entry["findings"], "stats": entry["stats"]}
    return expected


@pytest.fixture(scope="module")
def jsonl_run(ray_address, corpus, tmp_path_factory) -> dict:
    output = tmp_path_factory.mktemp("out") / "rows.jsonl"
    summary = run_corpus(corpus["path"], output, config=Config(), options=OPTIONS)
    rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    return {"output": output, "summary": summary, "rows": rows}


def test_every_article_gets_one_row_in_id_order(jsonl_run, corpus):
    ids = [row["id"] for row in jsonl_run["rows"]]
    assert len(corpus["articles"]) >= 50
    assert sorted(ids) == sorted([a["id"] for a in corpus["articles"]] + list(corpus["errors"]))
    assert ids == sorted(ids)
    summary = jsonl_run["summary"]
    assert (summary.checked, summary.skipped, summary.totals.rows) == (len(ids), 0, len(ids))


def test_rows_equal_the_single_process_results_article_by_article(jsonl_run, single_process):
    rows = {row["id"]: row for row in jsonl_run["rows"] if row["error"] is None}
    assert rows.keys() == single_process.keys()
    differing = [article_id for article_id, row in rows.items()
                 if {"findings": row["findings"], "stats": row["stats"]} != single_process[article_id]]
    assert differing == []
    assert sum(len(row["findings"]) for row in rows.values()) > 0  # the comparison covers findings too


def test_bad_articles_are_rows_with_an_error(jsonl_run, corpus):
    errors = {row["id"]: row for row in jsonl_run["rows"] if row["error"] is not None}
    assert errors.keys() == corpus["errors"].keys()
    for article_id, start in corpus["errors"].items():
        assert errors[article_id]["error"].startswith(start), errors[article_id]["error"]
        assert errors[article_id]["findings"] is None and errors[article_id]["stats"] is None
    assert jsonl_run["summary"].errors == len(corpus["errors"])


def test_rows_carry_the_metadata_and_a_content_hash(jsonl_run, corpus):
    import hashlib

    first = corpus["articles"][0]
    [row] = [r for r in jsonl_run["rows"] if r["id"] == first["id"]]
    assert (row["title"], row["url"], row["date"]) == (first["title"], first["url"], first["date"])
    assert row["content_hash"] == "sha256:" + hashlib.sha256(first["text"].encode("utf-8")).hexdigest()


@pytest.fixture(scope="module")
def parquet_run(ray_address, corpus, tmp_path_factory) -> dict:
    """A Parquet corpus (one article in twelve, and a row without text) to Parquet, by the command, quiet."""
    folder = tmp_path_factory.mktemp("parquet")
    articles = corpus["articles"][::12] + [{"id": "bad-null-text", "text": None}]
    source, output = folder / "corpus.parquet", folder / "rows.parquet"
    pq.write_table(pa.Table.from_pylist(articles), source, row_group_size=4)
    result = subprocess.run(corpus_command(source, output, ray_address, "-q"), env=command_env(),
                            capture_output=True, text=True, timeout=300)
    return {"articles": articles, "source": source, "output": output, "result": result}


def test_parquet_in_and_out_give_the_jsonl_rows_and_quiet_prints_only_the_summary(parquet_run, jsonl_run):
    result, output = parquet_run["result"], parquet_run["output"]
    assert result.returncode == 0
    assert result.stderr == ""
    assert result.stdout.startswith(f"{output}: {len(parquet_run['articles'])} rows")
    table = pq.read_table(output)
    assert table.schema.field("stats").type == pa.struct([(n, pa.int64()) for n in
                                                         ("sentences", "claims", "candidate_pairs",
                                                          "nli_evaluations", "suppressed")])
    rows = {row["id"]: row for row in table.to_pylist()}
    assert rows.pop("bad-null-text")["error"] == "bad-null-text: no text field"
    by_id = {row["id"]: row for row in jsonl_run["rows"]}
    for article_id, row in rows.items():
        assert {**row, "findings": json.loads(row["findings"])} == by_id[article_id]


def test_a_rerun_checks_only_changed_articles(parquet_run, tmp_path):
    output = tmp_path / "rows.parquet"
    shutil.copy(parquet_run["output"], output)
    before = {row["id"]: row for row in pq.read_table(output).to_pylist()}
    articles = list(parquet_run["articles"])
    changed = {**articles[1], "text": articles[1]["text"] + "\n\nA new closing sentence."}
    kept = [articles[0], changed, *articles[3:]]  # articles[2] is gone
    source = tmp_path / "corpus.parquet"
    pq.write_table(pa.Table.from_pylist(kept), source)
    summary = run_corpus(source, output, config=Config(), options=SMALL)
    after = {row["id"]: row for row in pq.read_table(output).to_pylist()}
    assert (summary.checked, summary.skipped) == (1, len(kept) - 1)
    assert sorted(after) == sorted(a["id"] for a in kept)  # the row of the article that is gone goes too
    assert after[changed["id"]]["content_hash"] != before[changed["id"]]["content_hash"]
    assert all(after[i] == before[i] for i in after if i != changed["id"])


def test_folder_rows_equal_check_file_and_bad_files_are_error_rows(ray_address, corpus, model, tmp_path):
    folder = tmp_path / "news"
    (folder / "world").mkdir(parents=True)
    for number, article in enumerate(corpus["articles"][1::13]):
        suffix = ".md" if number % 2 else ".txt"
        (folder / "world" / f"{number}{suffix}").write_text(article["text"], encoding="utf-8")
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (folder / "notes.csv").write_text("not an article")  # not picked, as `factcheck FOLDER` would not
    output = tmp_path / "rows.jsonl"
    run_corpus(folder, output, config=Config(), options=SMALL,
               folder_files=sorted(str(p) for p in folder.rglob("*") if p.suffix in (".txt", ".md")))
    rows = {row["id"]: row for row in map(json.loads, output.read_text().splitlines())}
    assert sorted(rows) == ["binary.txt", "empty.txt", "world/0.txt", "world/1.md", "world/2.txt", "world/3.md"]
    for article_id, row in rows.items():
        path = folder / article_id
        try:
            model.clear_cache()
            entry = file_to_json(check_file(path, model=model))
        except FactcheckError as exc:
            assert row["error"] == str(exc)
            continue
        assert (row["findings"], row["stats"]) == (entry["findings"], entry["stats"])
    with pytest.raises(FactcheckError):
        load_document(folder / "binary.txt")


def command_env() -> dict[str, str]:
    # Read after Ray started here: ray.init puts what a joining driver needs (RAY_AUTH_MODE) in os.environ.
    return {**os.environ, "HF_HUB_OFFLINE": "1"}


def corpus_command(source: Path, output: Path, address: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "factcheck.cli", "corpus", str(source), "--output", str(output),
            "--ray-address", address, "--block-size", "4", "--checkpoint", "0", *extra]


def test_a_killed_run_resumes_to_the_same_output_as_one_run(ray_address, corpus, jsonl_run, tmp_path, capfd):
    """The first 17 lines of the corpus, killed (SIGKILL) after its first part, then rerun (here, on
    the Ray this module started). Rows depend on their article alone (the rows-equal test), so one
    uninterrupted run of these lines would write exactly their lines of the full run's output.
    Five blocks of four, so the kill lands before the last part even when the first parts come
    quickly (with 9 lines, three parts, a loaded machine once saw all three written first)."""
    lines = corpus["path"].read_text(encoding="utf-8").splitlines()[:17]
    source = tmp_path / "corpus.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ids = {json.loads(line)["id"] for line in lines}
    one_run = "".join(line + "\n" for line in jsonl_run["output"].read_text(encoding="utf-8").splitlines()
                      if json.loads(line)["id"] in ids)
    output = tmp_path / "rows.jsonl"
    parts = tmp_path / "rows.jsonl.parts"
    killed = subprocess.Popen(corpus_command(source, output, ray_address, "--workers", "1", "-q"),
                              env=command_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240
    while not list(parts.glob("part-*.jsonl")) and killed.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    assert killed.returncode == -signal.SIGKILL, killed.stderr.read().decode()
    assert not output.exists()
    saved = sum(len(p.read_text().splitlines()) for p in parts.glob("part-*.jsonl"))
    assert 0 < saved < len(lines)

    capfd.readouterr()
    status = main(corpus_command(source, output, ray_address)[3:])
    resumed = capfd.readouterr()
    assert status == 0, resumed.err
    assert "resuming:" in resumed.err and "articles/s" in resumed.err
    assert f"{saved:,} already done" in resumed.out
    assert output.read_text(encoding="utf-8") == one_run
    assert not parts.exists()
