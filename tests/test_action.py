"""The composite GitHub Action (action.yml), run here as far as a machine without GitHub allows:
its shell steps are run with bash exactly as written, inputs and outputs wired as the runner
wires them; the steps that need GitHub (setup-python, the SARIF upload) are only checked for shape."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

yaml = pytest.importorskip("yaml")

ROOT = Path(__file__).resolve().parents[1]
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
STEPS = ACTION["runs"]["steps"]
EXPRESSION = re.compile(r"\$\{\{\s*([^}]+?)\s*\}\}")


def step(name: str) -> dict:
    (found,) = [s for s in STEPS if s.get("name") == name or s.get("uses", "").startswith(name)]
    return found


def expand(value: str, inputs: dict[str, str], outputs: dict[str, str]) -> str:
    """${{ inputs.x }}, ${{ github.action_path }} and ${{ steps.check.outputs.x }} as the runner fills them."""
    def value_of(match: re.Match[str]) -> str:
        name = match.group(1)
        if name.startswith("inputs."):
            return inputs[name.removeprefix("inputs.")]
        if name == "github.action_path":
            return str(ROOT)
        if name.startswith("steps.check.outputs."):
            return outputs.get(name.removeprefix("steps.check.outputs."), "")
        raise AssertionError(f"action.yml uses {name}, which this test does not model")
    return EXPRESSION.sub(value_of, str(value))


def condition_holds(condition: str, inputs: dict[str, str], outputs: dict[str, str]) -> bool:
    """The few expression forms action.yml uses: a == 'x', a != 'x', joined with &&."""
    body = EXPRESSION.fullmatch(condition.strip()).group(1)
    results = []
    for part in body.split("&&"):
        left, op, right = re.fullmatch(r"\s*(\S+)\s*(==|!=)\s*'([^']*)'\s*", part).groups()
        actual = expand("${{ " + left + " }}", inputs, outputs)
        results.append((actual == right) if op == "==" else (actual != right))
    return all(results)


def defaults() -> dict[str, str]:
    return {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()}


def run_step(name: str, inputs: dict[str, str], cwd: Path, outputs: dict[str, str]) -> subprocess.CompletedProcess:
    spec = step(name)
    output_file = cwd / "github_output"
    output_file.write_text("")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "GITHUB_OUTPUT": str(output_file),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    env.update({key: expand(value, inputs, outputs) for key, value in spec.get("env", {}).items()})
    done = subprocess.run(["bash", "-e", "-c", spec["run"]], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=600)
    for line in output_file.read_text().splitlines():
        key, _, value = line.partition("=")
        outputs[key] = value
    return done


def test_action_is_composite_with_install_check_upload_and_fail_steps():
    assert ACTION["runs"]["using"] == "composite"
    assert step("actions/setup-python")["with"]["python-version"] == "${{ inputs.python-version }}"
    assert "torch==2.13.0" in step("Install factcheck")["run"]
    assert step("github/codeql-action/upload-sarif")["with"]["sarif_file"] == "${{ inputs.sarif-file }}"
    for spec in STEPS:  # inputs reach shell scripts only through env, never pasted into the script
        assert "inputs." not in spec.get("run", "")
    assert subprocess.run(["bash", "-n", "-c", step("Install factcheck")["run"]]).returncode == 0


@pytest.fixture
def articles(tmp_path) -> Path:
    shutil.copy(ROOT / "samples" / "harbour-fire.md", tmp_path / "harbour-fire.md")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "notes.txt").write_text("The library opens at nine on weekdays.\n")
    return tmp_path


def test_check_step_writes_sarif_and_the_fail_step_fails_the_job(articles):
    inputs = {**defaults(), "paths": "harbour-fire.md drafts/*.txt", "annotate": "true"}
    outputs: dict[str, str] = {}
    done = run_step("Check articles", inputs, articles, outputs)
    assert done.returncode == 0, done.stderr  # findings do not stop the step: the upload comes first
    assert outputs["exit-code"] == "1"
    sarif = json.loads((articles / "factcheck.sarif").read_text())
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"]
    assert "::error file=harbour-fire.md" in done.stdout  # the annotations
    assert condition_holds(step("Upload SARIF")["if"], inputs, outputs)
    assert condition_holds(step("Fail on findings")["if"], inputs, outputs)
    assert subprocess.run(["bash", "-c", step("Fail on findings")["run"]], capture_output=True).returncode == 1


def test_check_step_passes_on_clean_articles_and_stops_on_errors(articles):
    inputs = {**defaults(), "paths": "drafts", "upload-sarif": "false"}
    outputs: dict[str, str] = {}
    assert run_step("Check articles", inputs, articles, outputs).returncode == 0
    assert outputs["exit-code"] == "0"
    assert not condition_holds(step("Upload SARIF")["if"], inputs, outputs)
    assert not condition_holds(step("Fail on findings")["if"], inputs, outputs)

    broken = {**defaults(), "paths": "missing.md"}
    outputs = {}
    done = run_step("Check articles", broken, articles, outputs)
    assert done.returncode == 2 and outputs["exit-code"] == "2" and "missing.md: no such file" in done.stderr
