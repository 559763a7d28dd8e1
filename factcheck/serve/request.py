"""The body of ``POST /v1/check``: ``{text | html | markdown, title?, threshold?}``.

pydantic parses and type-checks the JSON (strictly: ``"0.5"`` is not a number, unknown fields are
refused); this module turns its errors into one line an editor or a CMS developer can act on, and adds
what a schema cannot say: exactly one article field, not empty, not binary, not too long.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field, ValidationError

ARTICLE_FIELDS = {"text": "txt", "markdown": "md", "html": "html"}  # field -> document format
MAX_TITLE = 300
EXAMPLE = '{"text": "Twelve people were hurt. Police said eight people were hurt."}'


class CheckBody(BaseModel):
    """An article to check: exactly one of ``text``, ``html``, ``markdown``."""

    model_config = ConfigDict(extra="forbid", strict=True, title="CheckRequest",
                              json_schema_extra={"examples": [
                                  {"text": "Twelve people were injured in the blast. "
                                           "Police said eight people were injured in the blast.",
                                   "title": "blast.txt", "threshold": 0.5}]})

    text: str | None = Field(None, description="the article as plain text")
    html: str | None = Field(None, description="the article as HTML; only the article body's prose is checked")
    markdown: str | None = Field(None, description="the article as markdown")
    title: str | None = Field(None, max_length=MAX_TITLE,
                              description="a name for the article; the report's `files[0].path`")
    threshold: float | None = Field(None, ge=0, le=1,
                                    description="drop findings scored below this (default: the server's)")


@dataclass(frozen=True)
class CheckRequest:
    """A valid request: the article, its format (txt, md, html), and the optional settings."""

    text: str
    fmt: str
    title: str | None = None
    threshold: float | None = None


class RequestError(Exception):
    """A request the server refuses: an HTTP status and a one-line reason."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(" ".join(message.split()))
        self.status = status
        self.message = str(self)


def _field(loc: tuple) -> str:
    return ".".join(str(part) for part in loc) or "body"


def explain(error: ValidationError) -> RequestError:
    """The first thing wrong with the body, in one line."""
    first = error.errors(include_url=False)[0]
    kind, name = first["type"], _field(first["loc"])
    if kind == "json_invalid":
        return RequestError(400, f"the body is not valid JSON ({first.get('ctx', {}).get('error', first['msg'])}); "
                                 f"send an object like {EXAMPLE}")
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return RequestError(422, f"the body must be a JSON object like {EXAMPLE}")
    if kind == "extra_forbidden":
        return RequestError(422, f"unknown field '{name}'; the fields are text, html or markdown (one of them), "
                                 "title and threshold")
    if kind == "string_type":
        return RequestError(422, f"'{name}' must be a string")
    if kind == "string_too_long":
        return RequestError(422, f"'{name}' is longer than {MAX_TITLE} characters")
    if name == "threshold":
        return RequestError(422, f"'threshold' must be a number from 0 to 1, not {first.get('input')!r}")
    return RequestError(422, f"'{name}': {first['msg']}")


def parse_check_request(body: bytes, *, max_chars: int) -> CheckRequest:
    """Validate ``body``; raise RequestError (400, 413 or 422) with the reason if it is not usable."""
    if not body.strip():
        raise RequestError(400, f"the request body is empty; send a JSON object like {EXAMPLE}")
    try:
        parsed = CheckBody.model_validate_json(body)
    except ValidationError as exc:
        raise explain(exc) from None
    given = [name for name in ARTICLE_FIELDS if getattr(parsed, name) is not None]
    if not given:
        raise RequestError(422, "no article: give it in one of the fields text, html or markdown")
    if len(given) > 1:
        raise RequestError(422, f"give the article in one field only, not in both {given[0]} and {given[1]}")
    name = given[0]
    text: str = getattr(parsed, name)
    if len(text) > max_chars:
        raise RequestError(413, f"'{name}' has {len(text):,} characters, over this server's limit of "
                                f"{max_chars:,}; split the article or raise the server's --max-chars")
    if "\x00" in text:
        raise RequestError(422, f"'{name}' looks binary (it contains NUL characters); send the article as text")
    if not text.strip():
        raise RequestError(422, f"'{name}' is empty; send an article with text")
    return CheckRequest(text=text, fmt=ARTICLE_FIELDS[name], title=parsed.title, threshold=parsed.threshold)
