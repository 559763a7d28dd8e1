"""Config files, their discovery, validation, and CLI flags overriding them."""

from __future__ import annotations

import pytest

from factcheck.config import Config
from factcheck.errors import ConfigError
from factcheck.settings import describe, find_config_file, load_settings
from factcheck.types import Kind, Severity


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_no_config_file_gives_defaults(tmp_path):
    settings = load_settings(cwd=tmp_path)
    assert settings.config == Config() and settings.config_file is None
    assert set(settings.origins.values()) == {"default"}


def test_factcheck_toml_is_found_from_a_subfolder(tmp_path):
    config = write(tmp_path / ".factcheck.toml", 'threshold = 0.8\nfail-on = "warning"\n')
    nested = tmp_path / "articles" / "2024"
    nested.mkdir(parents=True)
    settings = load_settings(cwd=nested)
    assert (settings.config.threshold, settings.config.fail_on) == (0.8, Severity.WARNING)
    assert settings.origins["threshold"] == str(config)


def test_pyproject_without_a_factcheck_table_is_passed_over(tmp_path):
    write(tmp_path / ".factcheck.toml", "threshold = 0.6\n")
    inner = tmp_path / "pkg"
    inner.mkdir()
    write(inner / "pyproject.toml", "[project]\nname = 'x'\n")
    assert find_config_file(inner) == tmp_path / ".factcheck.toml"


def test_pyproject_tool_table_sets_severities_and_excludes(tmp_path):
    write(
        tmp_path / "pyproject.toml",
        '[tool.factcheck]\nexclude = ["drafts/**"]\n[tool.factcheck.severities]\ndate = "info"\n',
    )
    settings = load_settings(cwd=tmp_path)
    assert settings.config.severities[Kind.DATE] == Severity.INFO
    assert settings.config.severities[Kind.NUMERIC] == Severity.ERROR
    assert settings.config.exclude == ("drafts/**",)
    assert settings.origins["severity.date"].endswith("pyproject.toml")
    assert settings.origins["severity.numeric"] == "default"


def test_flags_override_the_config_file(tmp_path):
    write(tmp_path / ".factcheck.toml", "threshold = 0.8\n")
    settings = load_settings({"threshold": (0.3, "--threshold")}, cwd=tmp_path)
    assert settings.config.threshold == 0.3 and settings.origins["threshold"] == "--threshold"


def test_relative_model_path_is_relative_to_the_config_file(tmp_path):
    (tmp_path / "mymodel").mkdir()
    write(tmp_path / ".factcheck.toml", 'model = "mymodel"\n')
    sub = tmp_path / "sub"
    sub.mkdir()
    assert load_settings(cwd=sub).config.model == str((tmp_path / "mymodel").resolve())


@pytest.mark.parametrize(
    "toml, message",
    [
        ("threshold = 2\n", "threshold must be a number between 0 and 1"),
        ('threshold = "high"\n', "threshold must be a number between 0 and 1"),
        ('fail-on = "fatal"\n', "fail-on must be one of error, warning, info"),
        ('[severities]\nrumour = "info"\n', "unknown kind 'rumour'"),
        ('[severities]\ndate = "loud"\n', "severities.date must be one of"),
        ("max-chars = 0\n", "max-chars must be a positive whole number"),
        ("treshold = 0.4\n", "unknown setting 'treshold'"),
        ("threshold = = 1\n", "invalid TOML"),
        ("exclude = 3\n", "exclude must be a list of glob patterns"),
    ],
)
def test_invalid_config_is_a_config_error_with_a_clear_message(tmp_path, toml, message):
    write(tmp_path / ".factcheck.toml", toml)
    with pytest.raises(ConfigError, match=message):
        load_settings(cwd=tmp_path)


def test_describe_shows_each_setting_with_its_origin(tmp_path):
    config = write(tmp_path / ".factcheck.toml", "threshold = 0.8\n")
    text = describe(load_settings({"fail_on": ("info", "--fail-on")}, cwd=tmp_path))
    assert f"config file: {config}" in text
    assert f"({config})" in next(line for line in text.splitlines() if line.startswith("threshold"))
    assert "(--fail-on)" in next(line for line in text.splitlines() if line.startswith("fail_on"))
    assert "severity.attributed = info" in " ".join(text.split())
