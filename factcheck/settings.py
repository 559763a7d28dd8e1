"""Where a run's settings come from: defaults, then a config file, then command-line flags.

The config file is ``.factcheck.toml`` (keys at the top level) or ``[tool.factcheck]`` in
``pyproject.toml``, whichever is met first walking up from the working directory, so that a
repository of articles carries its own rules, as Vale's ``.vale.ini`` does. Every setting
remembers its origin, which ``factcheck --show-config`` prints.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Callable, Mapping

from factcheck.config import Config
from factcheck.errors import ConfigError
from factcheck.types import Kind, Severity

CONFIG_FILE = ".factcheck.toml"
PYPROJECT = "pyproject.toml"
DEFAULT_ORIGIN = "default"


@dataclass(frozen=True)
class Settings:
    config: Config
    origins: dict[str, str]  # setting name (``severity.date`` per kind) -> "default", a file, or a flag
    config_file: Path | None = None


def find_config_file(start: Path) -> Path | None:
    """The nearest ``.factcheck.toml``, or ``pyproject.toml`` that has a ``[tool.factcheck]`` table."""
    for folder in (start, *start.parents):
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return candidate
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and "factcheck" in _read_toml(pyproject).get("tool", {}):
            return pyproject
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def file_table(path: Path) -> dict[str, Any]:
    """The factcheck settings in a config file, keys with ``-`` or ``_`` alike."""
    data = _read_toml(path)
    if path.name == PYPROJECT:
        data = data.get("tool", {}).get("factcheck", {})
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: [tool.factcheck] must be a table")
    return {key.replace("-", "_"): value for key, value in data.items()}


def _fraction(name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise ConfigError(f"{name} must be a number between 0 and 1, not {value!r}")
    return float(value)


def _positive_int(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ConfigError(f"{name} must be a positive whole number, not {value!r}")
    return value


def _positive_seconds(name: str, value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ConfigError(f"{name} must be a positive number of seconds, not {value!r}")
    return float(value)


def _text(name: str, value: Any) -> str | None:
    if value is not None and not isinstance(value, str):
        raise ConfigError(f"{name} must be a string, not {value!r}")
    return value


def parse_severity(name: str, value: Any) -> Severity:
    try:
        return Severity(str(value).lower())
    except ValueError:
        choices = ", ".join(s.value for s in Severity)
        raise ConfigError(f"{name} must be one of {choices}, not {value!r}") from None


def parse_kind(name: str, value: Any) -> Kind:
    try:
        return Kind(str(value).lower())
    except ValueError:
        choices = ", ".join(k.value for k in Kind)
        raise ConfigError(f"{name}: unknown kind {value!r}; kinds are {choices}") from None


def _patterns(name: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{name} must be a list of glob patterns, not {value!r}")
    return tuple(value)


PARSERS: dict[str, Callable[[str, Any], Any]] = {
    "threshold": _fraction,
    "model": _text,
    "fail_on": parse_severity,
    "exclude": _patterns,
    "max_chars": _positive_int,
    "timeout": _positive_seconds,
    "batch_size": _positive_int,
    "max_pairs_per_claim": _positive_int,
}


def _severities(name: str, value: Any) -> dict[Kind, Severity]:
    if not isinstance(value, dict):
        raise ConfigError(f"{name} must be a table of kind = severity, e.g. {{ date = \"warning\" }}")
    return {parse_kind(name, kind): parse_severity(f"{name}.{kind}", level) for kind, level in value.items()}


def _resolve_model(value: str | None, base: Path) -> str | None:
    """A relative model path in a config file means relative to that file, not to the cwd."""
    if value and not Path(value).is_absolute() and (base / value).exists():
        return str((base / value).resolve())
    return value


def _apply(settings: Settings, values: Mapping[str, Any], origin: str, base: Path | None) -> Settings:
    """Validate ``values`` and lay them over ``settings``; unknown names are an error, not ignored."""
    config, origins = settings.config, dict(settings.origins)
    changes: dict[str, Any] = {}
    for name, raw in values.items():
        if name in ("severities", "severity"):
            levels = _severities(name, raw)
            changes["severities"] = {**changes.get("severities", config.severities), **levels}
            origins.update({f"severity.{kind.value}": origin for kind in levels})
        elif name in PARSERS:
            value = PARSERS[name](name.replace("_", "-"), raw)
            changes[name] = _resolve_model(value, base) if name == "model" and base else value
            origins[name] = origin
        else:
            known = ", ".join(sorted([*PARSERS, "severities"]))
            raise ConfigError(f"{origin}: unknown setting {name!r} (known: {known})")
    return replace(settings, config=replace(config, **changes), origins=origins)


def default_settings() -> Settings:
    config = Config()
    origins = {f.name: DEFAULT_ORIGIN for f in fields(Config) if f.name != "severities"}
    origins.update({f"severity.{kind.value}": DEFAULT_ORIGIN for kind in config.severities})
    return Settings(config=config, origins=origins)


def load_settings(
    flags: Mapping[str, tuple[Any, str]] | None = None,
    *,
    cwd: Path | None = None,
    config_file: Path | None = None,
) -> Settings:
    """Defaults, then the config file (given, or found from ``cwd`` upwards), then ``flags``:
    a mapping of setting name -> (value, the flag that set it, for ``--show-config``)."""
    settings = default_settings()
    path = config_file or find_config_file((cwd or Path.cwd()).resolve())
    if path is not None:
        settings = _apply(settings, file_table(path), str(path), path.parent)
        settings = replace(settings, config_file=path)
    for name, (value, flag) in (flags or {}).items():
        settings = _apply(settings, {name: value}, flag, None)
    return settings


def describe(settings: Settings) -> str:
    """The settings in effect, one per line, each with where it came from."""
    config = settings.config
    values: dict[str, Any] = {f.name: getattr(config, f.name) for f in fields(Config) if f.name != "severities"}
    values.update({f"severity.{kind.value}": level for kind, level in config.severities.items()})
    lines = [f"config file: {settings.config_file or 'none found'}"]
    width = max(len(name) for name in values)
    for name, value in values.items():
        shown = value.value if isinstance(value, Severity) else value
        shown = "default model in models/" if name == "model" and value is None else shown
        lines.append(f"{name:<{width}} = {shown!s:<24} ({settings.origins.get(name, DEFAULT_ORIGIN)})")
    return "\n".join(lines) + "\n"
