"""Renderers: each turns finished Reports into one output format and computes nothing itself."""

from __future__ import annotations

from typing import Callable, Sequence, TextIO

from factcheck.config import Config
from factcheck.errors import ConfigError
from factcheck.report.github import render_github
from factcheck.report.html import render_html
from factcheck.report.json import render_json
from factcheck.report.line import render_line
from factcheck.report.rich import render_rich
from factcheck.report.sarif import render_sarif
from factcheck.types import Report

Renderer = Callable[..., None]
RENDERERS: dict[str, Renderer] = {
    "rich": render_rich,
    "json": render_json,
    "sarif": render_sarif,
    "github": render_github,
    "line": render_line,
    "html": render_html,
}
FORMATS = tuple(RENDERERS)


def render(reports: Sequence[Report], fmt: str, out: TextIO, *, config: Config) -> None:
    """Write ``reports`` to ``out`` in format ``fmt`` (one of FORMATS)."""
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise ConfigError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
    renderer(reports, out, config=config)


__all__ = ["FORMATS", "render"]
