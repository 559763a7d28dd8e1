"""The command line: inputs, formats, exit codes, errors as one line (toy judge, real loader)."""

from __future__ import annotations

import io
import json
import sys

import pytest

from factcheck import cli
from factcheck.errors import ModelError
from tests.output_fixtures import SHARED, run_cli, toy_check

REAL_CHECK_INPUT, REAL_LOAD_MODEL = cli.check_input, cli.load_model
CONTRADICTORY = "The toll was 12.\n\nLater the toll was 15.\n"  # one numeric finding (severity error)
VAGUE = "The mood was calm.\n\nThe mood was tense.\n"  # one general finding (severity warning)
CLEAN = "The toll was 12.\n\nThe mayor was there.\n"


@pytest.fixture(autouse=True)
def toy_pipeline(monkeypatch, tmp_path):
    """No model, no real judge: the CLI is tested on its own; each test runs in its own folder."""
    loads = []
    monkeypatch.setattr(cli, "load_model", lambda config: loads.append(config.model) or "toy-model")
    monkeypatch.setattr(cli, "check_input", toy_check)
    monkeypatch.chdir(tmp_path)
    return loads


def write(name: str, text: str) -> str:
    from pathlib import Path

    Path(name).parent.mkdir(parents=True, exist_ok=True)
    Path(name).write_text(text, encoding="utf-8")
    return name


run = run_cli


@pytest.mark.parametrize("fmt", ["rich", "json", "sarif", "github", "line", "html"])
@pytest.mark.parametrize("text, fail_on, expected", [
    (CONTRADICTORY, "error", 1),
    (VAGUE, "error", 0),
    (VAGUE, "warning", 1),
    (CLEAN, "info", 0),
])
def test_exit_code_follows_fail_on_in_every_format(fmt, text, fail_on, expected):
    write("a.txt", text)
    code, out, err = run("a.txt", "--format", fmt, "--fail-on", fail_on)
    assert (code, err) == (expected, "")


def test_line_format_reports_the_finding_where_it_is():
    write("a.txt", CONTRADICTORY)
    _, out, _ = run("a.txt", "--format", "line")
    assert out.startswith("a.txt:1:1: error numeric: the toll: 12 vs 15")


def test_clean_article_says_no_contradictions_found():
    write("a.txt", CLEAN)
    code, out, _ = run("a.txt")
    assert code == 0 and "no contradictions found" in out


def test_directories_and_globs_expand_sorted_and_once():
    for name in ["news/b.md", "news/a.txt", "news/deep/c.html", "news/notes.json"]:
        write(name, CLEAN)
    _, out, _ = run("news", "news/**/*.md", "--format", "json")
    paths = [entry["path"] for entry in json.loads(out)["files"]]
    assert paths == ["news/a.txt", "news/b.md", "news/deep/c.html"]


def test_model_is_loaded_once_for_many_files(toy_pipeline):
    for name in ["a.txt", "b.txt", "c.txt"]:
        write(name, CLEAN)
    run("a.txt", "b.txt", "c.txt", "--model", "some/model")
    assert toy_pipeline == ["some/model"]


def test_excludes_from_the_config_file_apply(tmp_path):
    write(".factcheck.toml", 'exclude = ["drafts/*"]\n')
    write("drafts/x.txt", CONTRADICTORY)
    write("final/y.txt", CLEAN)
    code, out, _ = run(".", "--format", "json")
    assert code == 0 and [f["path"] for f in json.loads(out)["files"]] == ["final/y.txt"]


def test_standard_input_is_read_with_dash(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(CONTRADICTORY.encode())))
    code, out, _ = run("-", "--format", "line")
    assert code == 1 and out.startswith("<stdin>:1:1: error numeric")


def test_output_file_gets_the_report_and_stdout_stays_empty():
    write("a.txt", CONTRADICTORY)
    code, out, _ = run("a.txt", "--format", "sarif", "--output", "out.sarif")
    from pathlib import Path

    assert code == 1 and out == ""
    assert json.loads(Path("out.sarif").read_text())["version"] == "2.1.0"


def test_threshold_flag_overrides_the_config_file():
    write(".factcheck.toml", "threshold = 0.95\n")
    write("a.txt", CONTRADICTORY)
    assert run("a.txt")[0] == 0
    assert run("a.txt", "--threshold", "0.5")[0] == 1


def test_show_config_prints_settings_with_origins():
    write(".factcheck.toml", 'fail-on = "warning"\n')
    code, out, _ = run("--show-config", "--threshold", "0.7")
    assert code == 0
    assert "(--threshold)" in out and ".factcheck.toml)" in out


def test_invalid_utf8_warns_on_stderr_and_still_checks():
    from pathlib import Path

    Path("a.txt").write_bytes(b"The toll was 12.\n\nThe toll was 15 \xff.\n")
    code, _, err = run("a.txt", "--format", "line")
    assert code == 1 and err.startswith("factcheck: warning: a.txt: invalid UTF-8")


def test_quiet_silences_warnings():
    from pathlib import Path

    Path("a.txt").write_bytes(b"The toll was 12 \xff.\n")
    assert run("a.txt", "--quiet")[2] == ""


@pytest.mark.parametrize("argv, message", [
    (["missing.txt"], "missing.txt: no such file"),
    (["*.nothing"], "no files match"),
    ([], "no input"),
    (["empty.txt"], "empty.txt is empty"),
    (["a.txt", "--threshold", "3"], "threshold must be a number between 0 and 1"),
    (["a.txt", "--baseline", "nobase.json"], "baseline nobase.json does not exist"),
    (["-", "-"], "standard input (-) can be read only once"),
    (["a.txt", "--config", "none.toml"], "none.toml: cannot read"),
])
def test_user_errors_exit_2_with_one_line(argv, message):
    write("a.txt", CLEAN)
    write("empty.txt", "")
    code, out, err = run(*argv)
    assert code == 2 and out == ""
    assert err.startswith("factcheck: error: ") and message in err and err.count("\n") == 1


def test_model_error_exits_2_without_traceback(monkeypatch):
    def refuse(config):
        raise ModelError("models/x has no contradiction label")

    monkeypatch.setattr(cli, "load_model", refuse)
    write("a.txt", CLEAN)
    assert run("a.txt")[::2] == (2, "factcheck: error: models/x has no contradiction label\n")


def test_unexpected_bug_is_one_line_with_a_debug_hint(monkeypatch):
    monkeypatch.setattr(cli, "check_input", lambda *a: 1 / 0)
    write("a.txt", CLEAN)
    code, _, err = run("a.txt")
    assert code == 2 and "ZeroDivisionError" in err and "--debug" in err and "Traceback" not in err


def test_debug_shows_the_traceback(monkeypatch):
    monkeypatch.setattr(cli, "check_input", lambda *a: 1 / 0)
    write("a.txt", CLEAN)
    with pytest.raises(ZeroDivisionError):
        run("a.txt", "--debug")


def test_timeout_between_files_exits_2(monkeypatch):
    now = [0.0]

    def slow_check(path, config, model, pairs_judged=None):
        now[0] += 10  # each file takes 10 s of the fake clock
        return toy_check(path, config, model)

    monkeypatch.setattr(cli.time, "monotonic", lambda: now[0])
    monkeypatch.setattr(cli, "check_input", slow_check)
    write("a.txt", CLEAN)
    write("b.txt", CLEAN)
    code, _, err = run("a.txt", "b.txt", "--timeout", "5")
    assert code == 2 and "--timeout 5s reached after 1 of 2 files" in err


def test_usage_error_exits_2():
    with pytest.raises(SystemExit) as stop:
        run("--format", "pdf", "a.txt")
    assert stop.value.code == 2


def test_an_option_spelled_short_is_refused_not_read_as_a_longer_one(capsys):
    # 'factcheck --mode rules' (an option of 'factcheck eval') once ran as '--model rules'
    with pytest.raises(SystemExit) as stop:
        cli.build_parser().parse_args(["--mode", "rules", "a.txt"])
    assert stop.value.code == 2
    assert "unrecognized arguments: --mode" in capsys.readouterr().err


def test_help_shows_examples():
    with pytest.raises(SystemExit):
        run("--help")
    assert "examples:" in cli.build_parser().format_help()
    assert "--write-baseline" in cli.build_parser().format_help()


def test_eval_subcommand_dispatches_to_the_eval_module(monkeypatch):
    import factcheck.eval

    seen = []
    monkeypatch.setattr(factcheck.eval, "main", lambda argv: seen.append(argv) or 0)
    assert cli.main(["eval", "--data", "x"]) == 0 and seen == [["--data", "x"]]


def test_nothing_is_written_besides_what_was_asked(tmp_path):
    write("a.txt", CONTRADICTORY)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    run("a.txt", "--format", "json")
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_markdown_findings_point_at_source_lines_and_columns():
    write("a.md", "---\ntitle: x\n---\n# Report\n\nIn short, *the toll was 12*.\n\n> Now the toll was 15.\n")
    _, out, _ = run("a.md", "--format", "json")
    finding = json.loads(out)["files"][0]["findings"][0]
    assert (finding["a"]["line"], finding["a"]["column"]) == (6, 12)
    assert (finding["b"]["line"], finding["b"]["column"]) == (8, 7)


def test_progress_is_reported_per_file_in_order(monkeypatch):
    for name in ["a.txt", "b.txt"]:
        write(name, CLEAN)
    seen = []
    from factcheck.config import Config

    cli.check_all(["a.txt", "b.txt"], Config(), "toy-model", lambda done, path: seen.append((done, path)))
    assert seen == [(0, "a.txt"), (1, "b.txt")]


@pytest.fixture()
def real_pipeline(monkeypatch):
    """The shipped model and the real stages; skipped until they exist (and without shared data)."""
    pytest.importorskip("factcheck.pipeline")
    nli = pytest.importorskip("factcheck.nli")
    try:
        nli.NLIModel.load(None)
    except ModelError as exc:
        pytest.skip(f"no shipped model: {exc}")
    monkeypatch.setattr(cli, "check_input", REAL_CHECK_INPUT)
    monkeypatch.setattr(cli, "load_model", REAL_LOAD_MODEL)


def test_end_to_end_kyiv_article_fails_on_the_quantifier_contradiction(real_pipeline):
    article = SHARED / "samples" / "kyiv-drone-attack.txt"
    if not article.exists():
        pytest.skip(f"{article} not present")
    code, out, err = run(str(article), "--format", "json")
    first = json.loads(out)["files"][0]["findings"][0]
    assert (code, first["kind"]) == (1, "quantifier")
    assert "majority" in first["a"]["text"] and "all ten drones" in first["b"]["text"]
