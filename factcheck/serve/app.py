"""The ASGI app of ``factcheck serve`` (FastAPI on uvicorn).

Routes: ``POST /v1/check`` (the JSON report v1 of ``--format json``, or with ``?format=html`` the
report of ``--format html``), ``GET /healthz``, ``GET /openapi.json``, and ``GET /``, the page for
editors. Every error is a JSON object ``{"error": "one line"}`` with a 4xx status for bad input.
FastAPI's ``/docs`` and ``/redoc`` are off: they load their scripts from a CDN, and the server must
work with no network; any OpenAPI viewer reads ``/openapi.json``.
"""

from __future__ import annotations

import json
import time
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from factcheck.report.html import asset, content_security_policy, html_document
from factcheck.report.json import report_to_json, tool_version
from factcheck.serve.checker import Checker
from factcheck.serve.request import CheckBody, RequestError, parse_check_request

ASSETS = Path(__file__).with_name("assets")
REPORT_SCHEMA = Path(__file__).resolve().parents[1] / "schema" / "report-v1.schema.json"
JSON_BYTES_PER_CHAR = 6  # "\uXXXX": the most a character can take in a JSON string
DRAIN_FACTOR = 8  # read (and drop) a body up to this many times the limit, so the client sees the 413
SECURITY_HEADERS = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]

DESCRIPTION = """Finds statements in a news article that cannot all be true.

Send the article as JSON in exactly one of `text`, `html` or `markdown`; the answer is the JSON
report of `factcheck --format json` (schema version 1), or with `?format=html` the self-contained
HTML report of `factcheck --format html`. Errors are `{"error": "one line"}` with status 400
(not JSON), 413 (too large), 415 (not `application/json`), 422 (valid JSON, unusable request) or
503 (the check did not finish within the server's time limit). Checks run one at a time on one
loaded model; `GET /healthz` answers while a check runs."""


def _page_file(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def page() -> tuple[str, str]:
    """The editor's page and its Content-Security-Policy (scripts and styles pinned by hash)."""
    parts = {"report_style": asset("report.css"), "page_style": _page_file("page.css"),
             "report_script": asset("report.js"), "page_script": _page_file("page.js")}
    markup = _page_file("page.html")
    for name, text in parts.items():
        markup = markup.replace("{" + name + "}", text)
    policy = content_security_policy([parts["report_style"], parts["page_style"]],
                                     [parts["report_script"], parts["page_script"]], connect="'self'")
    return markup, policy


def error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": " ".join(str(message).split())}, status_code=status, headers=headers)


def _require_json(content_type: str | None) -> None:
    media = (content_type or "").split(";")[0].strip().lower()
    if media and media != "application/json" and not media.endswith("+json"):
        raise RequestError(415, f"send the article as JSON with Content-Type: application/json, not {media}")


async def read_body(request: Request, limit: int) -> bytes:
    """The body, or RequestError 413 once it passes ``limit`` bytes (memory stays bounded)."""
    declared = request.headers.get("content-length", "")
    too_large = RequestError(413, f"the request body is over this server's limit of {limit:,} bytes; "
                                  "split the article or raise the server's --max-chars")
    if declared.isdigit() and int(declared) > DRAIN_FACTOR * limit:
        raise too_large
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > DRAIN_FACTOR * limit:
            raise too_large
        if size <= limit:
            chunks.append(chunk)
    if size > limit:
        raise too_large
    return b"".join(chunks)


class SecurityHeaders:
    """ASGI middleware: ``nosniff`` and ``no-referrer`` on every response."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)


# --- OpenAPI ----------------------------------------------------------------------------------------

def report_schema_components() -> dict[str, Any]:
    """The published report schema as OpenAPI components (its ``$defs`` become ``ReportV1_*``)."""
    text = REPORT_SCHEMA.read_text(encoding="utf-8").replace('"#/$defs/', '"#/components/schemas/ReportV1_')
    schema = json.loads(text)
    definitions = schema.pop("$defs")
    for key in ("$schema", "$id"):
        schema.pop(key, None)
    return {"ReportV1": schema, **{f"ReportV1_{name}": value for name, value in definitions.items()}}


ERROR_SCHEMA = {"type": "object", "required": ["error"], "additionalProperties": False,
                "properties": {"error": {"type": "string", "description": "what is wrong, in one line"}}}


def _error_response(description: str) -> dict[str, Any]:
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


CHECK_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"description": "the report",
          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ReportV1"}},
                      "text/html": {"schema": {"type": "string"}}}},
    400: _error_response("the body is empty or not JSON"),
    413: _error_response("the body or the article is over the server's limit"),
    415: _error_response("the body is not sent as application/json"),
    422: _error_response("valid JSON, but not a usable request (wrong field, type, value, or no prose)"),
    503: _error_response("the check did not finish within the server's time limit"),
}


def _openapi(app: FastAPI) -> dict[str, Any]:
    if app.openapi_schema is None:
        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components.update(report_schema_components())
        components["CheckRequest"] = CheckBody.model_json_schema()
        components["Error"] = ERROR_SCHEMA
        # errors of the query parameter come as Error too, not in FastAPI's own shape
        schema["paths"]["/v1/check"]["post"]["responses"]["422"] = CHECK_RESPONSES[422]
        for name in ("HTTPValidationError", "ValidationError"):
            components.pop(name, None)
        app.openapi_schema = schema
    return app.openapi_schema


# --- the app ----------------------------------------------------------------------------------------

def create_app(checker: Checker) -> FastAPI:
    """The app around one Checker (one loaded model); ``checker.config.max_chars`` bounds an article."""
    max_chars = checker.config.max_chars
    body_limit = JSON_BYTES_PER_CHAR * max_chars + 64 * 1024
    app = FastAPI(title="factcheck", version=tool_version(), description=DESCRIPTION,
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.add_middleware(SecurityHeaders)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]

    @app.exception_handler(RequestError)
    async def refused(request: Request, exc: RequestError) -> JSONResponse:
        headers = {"Retry-After": "10"} if exc.status == 503 else None
        return error(exc.status, exc.message, headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = {404: f"no such path: {request.url.path}; see /openapi.json",
                   405: f"{request.method} is not allowed on {request.url.path}"}.get(exc.status_code, str(exc.detail))
        return error(exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(part) for part in first.get("loc", ()) if part != "query") or "request"
        return error(422, f"'{where}': {first.get('msg', 'invalid')}")

    @app.exception_handler(Exception)
    async def bug(request: Request, exc: Exception) -> JSONResponse:  # still one line, never a traceback
        return error(500, f"internal error ({type(exc).__name__}); the server log has the details")

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    async def editor_page() -> HTMLResponse:
        markup, policy = page()
        return HTMLResponse(markup, headers={"Content-Security-Policy": policy})

    @app.get("/healthz", summary="ready: the model is loaded",
             responses={200: {"content": {"application/json": {"example": {
                 "status": "ok", "model": "default", "version": "0.1.0", "busy": False}}}}})
    async def healthz() -> dict[str, Any]:
        return {"status": "ok", "model": checker.config.model or "default", "version": tool_version(),
                "busy": checker.busy}

    @app.post("/v1/check", summary="check one article", responses=CHECK_RESPONSES,
              openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
                  "schema": {"$ref": "#/components/schemas/CheckRequest"}}}}})
    async def check(request: Request, output: Literal["json", "html"] = Query(
            "json", alias="format", description="json (the report v1) or html (the HTML report)")) -> Response:
        arrived = time.monotonic()
        _require_json(request.headers.get("content-type"))
        article = parse_check_request(await read_body(request, body_limit), max_chars=max_chars)
        report = await run_in_threadpool(checker.check, article, arrived)
        config = checker.config_for(article)
        if output == "html":
            return HTMLResponse(html_document([report], config))
        return JSONResponse(report_to_json([report], config))

    return app
