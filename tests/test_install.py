"""factcheck as a newsroom installs it: a built wheel in a fresh virtual environment, and the
pre-commit hook through ``pre-commit try-repo``.

These tests build and install for real (minutes, not seconds: torch is installed into a new
environment twice), so they carry the ``install`` mark: ``pytest -m "not install"`` skips them
while developing; ``make test`` and CI run them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "samples" / "kyiv-drone-attack.txt"
TORCH = "torch==2.13.0"
# What a fresh environment needs from the package index is what a newsroom's machine needs too,
# so the tests use the same pip configuration; only the hub is kept offline.
ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
ENV.pop("PYTHONPATH", None)

pytestmark = pytest.mark.install


def tracked_files() -> list[str]:
    """The files a clone of this checkout holds (committed or not, minus what git ignores)."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: the wheel is built from the files git tracks")
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, capture_output=True, check=True).stdout.decode()
    return [name for name in listed.split("\0") if name and (ROOT / name).is_file()]


def run(command: list[str], cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=cwd, env=ENV, capture_output=True, text=True, timeout=timeout)


def must(result: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert result.returncode == 0, f"{' '.join(result.args)}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel built from a clean copy of the checkout, as `pip install .` or a release would."""
    source = tmp_path_factory.mktemp("source")
    for name in tracked_files():
        target = source / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    dist = tmp_path_factory.mktemp("dist")
    must(run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(dist), "."],
             cwd=source))
    (built,) = dist.glob("factcheck-*.whl")
    return built


def test_wheel_carries_every_runtime_file_under_models_and_no_training_script(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    runtime = [name.removeprefix("models/") for name in tracked_files()
               if name.startswith("models/") and not name.endswith(".py")]
    assert "factcheck-nli-minilm/model.safetensors" in runtime and "punkt/english.json" in runtime
    missing = [name for name in runtime if f"factcheck_models/{name}" not in names]
    assert missing == []
    scripts = [name for name in names if name.startswith("factcheck_models/") and name.endswith(".py")]
    assert scripts == ["factcheck_models/__init__.py"]
    assert "factcheck/schema/report-v1.schema.json" in names


@pytest.fixture(scope="module")
def fresh_venv(wheel, tmp_path_factory) -> Path:
    """A new virtual environment outside the checkout with torch and the wheel, nothing else."""
    venv = tmp_path_factory.mktemp("venv") / "env"
    must(run([sys.executable, "-m", "venv", str(venv)], cwd=venv.parent))
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet"]
    must(run([*pip, TORCH], cwd=venv.parent))
    must(run([*pip, str(wheel)], cwd=venv.parent))
    return venv


def test_factcheck_from_a_fresh_venv_finds_the_seed_conflict_with_the_shipped_model(fresh_venv, tmp_path):
    shutil.copy(ROOT / "samples" / "harbour-fire.md", tmp_path / "harbour-fire.md")
    articles = ["harbour-fire.md"]
    if SEED.exists():
        articles.append(str(SEED))
    result = run([str(fresh_venv / "bin" / "factcheck"), *articles, "--format", "line"], cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "harbour-fire.md:" in result.stdout
    if SEED.exists():
        (kyiv,) = [line for line in result.stdout.splitlines() if line.startswith(str(SEED))]
        assert "majority" in kyiv and "all ten" in kyiv
    # the model and Punkt came from the installed package, not from this checkout
    where = run([str(fresh_venv / "bin" / "python"), "-c",
                 "from factcheck.resources import shipped; print(shipped('punkt'))"], cwd=tmp_path)
    assert Path(where.stdout.strip()).is_relative_to(fresh_venv)


@pytest.fixture
def article_repo(tmp_path) -> Path:
    """A git repository of articles, as a newsroom keeps one, with a script that is not prose."""
    repo = tmp_path / "articles"
    (repo / "news").mkdir(parents=True)
    (repo / "drafts").mkdir()
    shutil.copy(ROOT / "samples" / "harbour-fire.md", repo / "news" / "harbour-fire.md")
    (repo / "news" / "notes.txt").write_text("The library opens at nine on weekdays.\n", encoding="utf-8")
    contradiction = "Twelve people were injured in the blast. Police said eight people were injured in the blast.\n"
    (repo / "drafts" / "wip.md").write_text(contradiction, encoding="utf-8")
    (repo / "publish.py").write_text(f'"""{contradiction}"""\nprint("publishing")\n', encoding="utf-8")
    (repo / ".factcheck.toml").write_text('exclude = ["drafts/**"]\n', encoding="utf-8")
    for command in (["git", "init", "-q"], ["git", "add", "-A"],
                    ["git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "articles"]):
        must(run(command, cwd=repo))
    return repo


def test_pre_commit_try_repo_checks_the_articles_and_not_the_script(article_repo):
    if shutil.which("pre-commit", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("pre-commit is not installed (it is in the test extra)")
    pre_commit = str(Path(sys.executable).parent / "pre-commit")
    result = run([pre_commit, "try-repo", str(ROOT), "factcheck", "--all-files", "--verbose"],
                 cwd=article_repo, timeout=900)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output  # the harbour fire article contradicts itself
    assert "news/harbour-fire.md:" in output
    assert "publish.py:" not in output  # the script was not checked as prose
    assert "drafts/wip.md:" not in output  # excluded by the repository's .factcheck.toml
