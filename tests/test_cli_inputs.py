"""What a run checks and when it gives up: bad files in a folder, arguments checked before the
model loads, excludes at any depth, Ctrl-C at any moment (issue 14)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factcheck import cli
from factcheck.inputs import matches_exclude
from tests.output_fixtures import run_cli, toy_check

REPO = Path(__file__).resolve().parents[1]
CONTRADICTORY = "The toll was 12.\n\nLater the toll was 15.\n"
CLEAN = "The toll was 12.\n\nThe mayor was there.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))


@pytest.fixture(autouse=True)
def toy_pipeline(monkeypatch, tmp_path):
    """A toy judge, and a record of every model load: most errors here must come before one."""
    loads = []
    monkeypatch.setattr(cli, "load_model", lambda config: loads.append(config.model) or "toy-model")
    monkeypatch.setattr(cli, "check_input", toy_check)
    monkeypatch.chdir(tmp_path)
    return loads


def write(name: str, content: str | bytes) -> str:
    Path(name).parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        Path(name).write_bytes(content)
    else:
        Path(name).write_text(content, encoding="utf-8")
    return name


# --- a folder with bad files -------------------------------------------------------------------

def test_folder_run_reports_each_bad_file_in_one_line_and_checks_the_rest():
    write("news/a.txt", CONTRADICTORY)
    write("news/b.md", CLEAN)
    write("news/empty.txt", "")
    write("news/blank.md", "  \n\n  \n")
    write("news/picture.txt", PNG)
    write("news/markup.html", "<html><body><script>x = 1</script></body></html>")
    code, out, err = run_cli("news", "--format", "json")
    assert code == 1  # the findings decide, not the bad files
    assert sorted(f["path"] for f in json.loads(out)["files"]) == ["news/a.txt", "news/b.md"]
    lines = err.splitlines()
    assert len(lines) == 4 and all(line.startswith("factcheck: error: news/") for line in lines)
    assert {"empty.txt is empty", "blank.md is empty", "picture.txt looks binary", "markup.html has no prose"} == {
        phrase for phrase in ("empty.txt is empty", "blank.md is empty", "picture.txt looks binary",
                              "markup.html has no prose") if phrase in err}


def test_folder_run_with_only_clean_and_bad_files_exits_0():
    write("news/b.md", CLEAN)
    write("news/empty.txt", "")
    code, _, err = run_cli("news", "--format", "line")
    assert code == 0 and err.count("\n") == 1


def test_nothing_checkable_exits_2_before_the_model_loads(toy_pipeline):
    write("news/empty.txt", "")
    write("news/picture.txt", PNG)
    code, out, err = run_cli("news")
    assert (code, out, toy_pipeline) == (2, "", [])
    assert err.count("\n") == 2 and "Traceback" not in err


def test_fifo_is_refused_up_front_instead_of_waiting(toy_pipeline):
    os.mkfifo("pipe.txt")
    started = time.monotonic()
    code, _, err = run_cli("pipe.txt")
    assert code == 2 and "pipe.txt is not a regular file" in err and err.count("\n") == 1
    assert toy_pipeline == [] and time.monotonic() - started < 2


def test_device_is_refused_next_to_a_good_file():
    write("a.txt", CONTRADICTORY)
    code, out, err = run_cli("a.txt", "/dev/zero", "--format", "line")
    assert code == 1 and "/dev/zero is not a regular file" in err and out.startswith("a.txt:")


def test_the_file_stdout_is_redirected_to_is_not_an_input(tmp_path):
    write("news/a.txt", "The fire killed 12 people.\n\nThe fire killed 15 people.\n")  # a rule finding
    with open("news/gh.txt", "w") as redirected:  # as `factcheck news --format github > news/gh.txt`
        done = subprocess.run([sys.executable, "-m", "factcheck", "news", "--format", "github"],
                              stdout=redirected, stderr=subprocess.PIPE, text=True, timeout=300,
                              env={**os.environ, "HF_HUB_OFFLINE": "1"}, cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert "gh.txt" not in done.stderr and "::" in Path("news/gh.txt").read_text()


# --- arguments checked before the model loads ----------------------------------------------------

@pytest.mark.parametrize("argv, message", [
    (["a.txt", "-o", "no/such/folder/report.json"], "cannot write --output no/such/folder/report.json: no folder"),
    (["a.txt", "-o", "."], "cannot write --output .: it is a directory"),
    (["a.txt", "--write-baseline", "missing/base.json"], "cannot write baseline missing/base.json"),
    (["a.txt", "--baseline", "nobase.json"], "baseline nobase.json does not exist"),
    (["a.txt", "--diff", "no-such-ref"], "--diff no-such-ref: not a commit"),
    (["a.txt", "--max-chars", "10"], "over the limit of 10 characters"),
    (["-", "--diff", "HEAD"], "--diff needs files in a git repository"),
])
def test_argument_errors_come_before_the_model_loads(argv, message, toy_pipeline):
    write("a.txt", CONTRADICTORY)
    code, out, err = run_cli(*argv)
    assert (code, out) == (2, "") and message in err and err.count("\n") == 1
    assert toy_pipeline == []


def test_argument_error_returns_in_well_under_a_second_without_importing_torch(tmp_path):
    """CPU time, not wall time: on a machine shared with other jobs the wall clock measures them."""
    write("a.txt", CONTRADICTORY)
    probe = ("import sys, time; from factcheck.__main__ import main; "
             "sys.argv = ['factcheck', 'a.txt', '-o', 'missing/x.json']; code = main(); "
             "print(code, 'torch' in sys.modules, round(time.process_time(), 2))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    code, torch_imported, cpu_seconds = done.stdout.split()
    assert (code, torch_imported) == ("2", "False"), done.stderr
    assert float(cpu_seconds) < 0.6


@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["--format", "pdf", "a.txt"], ["--show-config"]])
def test_help_version_and_usage_errors_do_not_import_torch(argv, tmp_path):
    probe = (f"import sys; sys.argv = ['factcheck', *{argv!r}]\n"
             "from factcheck.__main__ import main\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             "print('torch' in sys.modules, 'transformers' in sys.modules, file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert done.stderr.strip().splitlines()[-1] == "False False"


def test_write_baseline_exits_0_even_with_findings():
    write("a.txt", CONTRADICTORY)
    code, _, _ = run_cli("a.txt", "--write-baseline", "base.json")
    assert code == 0 and json.loads(Path("base.json").read_text())["findings"]


def test_a_failed_write_leaves_the_old_report_whole(monkeypatch):
    write("a.txt", CONTRADICTORY)
    write("report.json", '{"old": true}')

    def broken_render(reports, fmt, out, *, config):
        out.write("partial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cli, "render", broken_render)
    code, _, err = run_cli("a.txt", "--format", "json", "-o", "report.json")
    assert code == 2 and Path("report.json").read_text() == '{"old": true}'
    assert sorted(p.name for p in Path(".").iterdir()) == ["a.txt", "report.json"]


# --- excludes ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("pattern, path, excluded", [
    ("drafts/**", "drafts/x.md", True),
    ("drafts/**", "sub/drafts/x.md", True),
    ("drafts/**", "sub/drafts/deep/x.md", True),
    ("drafts/**", "drafts.md", False),
    ("drafts/**", "mydrafts/x.md", False),
    ("/drafts/**", "sub/drafts/x.md", False),
    ("/drafts/**", "drafts/x.md", True),
    ("drafts/", "sub/drafts/x.md", True),
    ("drafts/", "sub/drafts", False),  # a file called drafts is not a folder
    ("*.html", "news/deep/page.html", True),
    ("*.html", "news/page.md", False),
    ("news/*.md", "news/a.md", True),
    ("news/*.md", "news/2024/a.md", False),  # * stays within one folder
    ("**/wip-*.md", "a/b/wip-1.md", True),
    ("wip-?.md", "wip-1.md", True),
    ("wip-[!0-9].md", "wip-1.md", False),
    ("wip-[!0-9].md", "wip-x.md", True),
])
def test_excludes_match_at_any_depth_like_gitignore(pattern, path, excluded):
    assert matches_exclude(path, pattern) is excluded


def test_exclude_from_the_config_leaves_out_a_nested_drafts_folder():
    write(".factcheck.toml", 'exclude = ["drafts/**"]\n')
    write("news/drafts/x.txt", CONTRADICTORY)
    write("news/final/y.txt", CLEAN)
    code, out, _ = run_cli(".", "--format", "json")
    assert code == 0 and [f["path"] for f in json.loads(out)["files"]] == ["news/final/y.txt"]


def test_all_inputs_excluded_passes_with_a_note(toy_pipeline):
    write(".factcheck.toml", 'exclude = ["drafts/**"]\n')
    write("drafts/x.md", CONTRADICTORY)
    code, out, err = run_cli("drafts/x.md")
    assert (code, out, toy_pipeline) == (0, "", [])
    assert "nothing to check" in err and err.count("\n") == 1
    assert run_cli("drafts/x.md", "--quiet")[::2] == (0, "")


def test_a_folder_without_articles_is_still_an_error():
    write("src/tool.py", "print(1)\n")
    code, _, err = run_cli("src")
    assert code == 2 and "no articles to check" in err


# --- Ctrl-C -----------------------------------------------------------------------------------------

def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to follow the child's progress")
@pytest.mark.parametrize("moment", [0.1, 0.3, 0.8, 2.0, 4.0])
def test_ctrl_c_at_any_moment_gives_one_line_and_130(moment, tmp_path):
    """Moments are CPU seconds of the child (importing the CLI, importing torch, loading the model,
    judging), so a busy machine does not shift them. Before its first ~0.05 s the interpreter
    itself is starting up, which no program can take over."""
    article = tmp_path / "article.md"
    article.write_text((REPO / "samples" / "harbour-fire.md").read_text(encoding="utf-8") * 60, encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "factcheck", str(article), "--format", "json"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path,
                               env={**os.environ, "HF_HUB_OFFLINE": "1"})
    deadline = time.monotonic() + 120
    try:
        while process.poll() is None and cpu_seconds(process.pid) < moment and time.monotonic() < deadline:
            time.sleep(0.005)
    except (FileNotFoundError, ProcessLookupError):
        pass
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    if process.returncode in (0, 1):  # finished before the signal came: nothing to see
        pytest.skip(f"the run ended before {moment} CPU seconds")
    assert process.returncode == 130, err
    assert err == "factcheck: interrupted\n"
