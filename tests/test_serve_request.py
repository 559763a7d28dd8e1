"""The body of POST /v1/check: what is accepted, and the one-line reason for what is not."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("pydantic")

from factcheck.serve.request import CheckRequest, RequestError, parse_check_request  # noqa: E402

MAX = 1_000


def body(value) -> bytes:
    return json.dumps(value).encode()


@pytest.mark.parametrize("raw, expected", [
    (body({"text": "A b."}), CheckRequest("A b.", "txt")),
    (body({"markdown": "# A\n\nb."}), CheckRequest("# A\n\nb.", "md")),
    (body({"html": "<p>A b.</p>", "title": "t.html"}), CheckRequest("<p>A b.</p>", "html", "t.html")),
    (body({"text": "A b.", "threshold": 1}), CheckRequest("A b.", "txt", threshold=1.0)),
    (body({"text": "A b.", "threshold": 0.5, "title": None}), CheckRequest("A b.", "txt", threshold=0.5)),
    (body({"text": "x" * MAX}), CheckRequest("x" * MAX, "txt")),
])
def test_valid_requests_are_read_as_given(raw, expected):
    assert parse_check_request(raw, max_chars=MAX) == expected


@pytest.mark.parametrize("raw, status, says", [
    (b"", 400, "the request body is empty"),
    (b"  \n", 400, "the request body is empty"),
    (b"text=hello", 400, "not valid JSON"),
    (b'{"text": "a', 400, "not valid JSON"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", 400, "not valid JSON"),
    (b'{"text": "\xff\xfe"}', 400, "not valid JSON"),
    (b'{"text": "\\ud800"}', 400, "not valid JSON"),
    (b'[{"text": "a"}]', 422, "must be a JSON object"),
    (b"null", 422, "must be a JSON object"),
    (body({}), 422, "no article"),
    (body({"text": None}), 422, "no article"),
    (body({"title": "only a title"}), 422, "no article"),
    (body({"text": 12}), 422, "'text' must be a string"),
    (body({"html": ["<p>a</p>"]}), 422, "'html' must be a string"),
    (body({"text": "a", "title": 5}), 422, "'title' must be a string"),
    (body({"text": "a", "title": "t" * 301}), 422, "'title' is longer than 300"),
    (body({"text": "a", "threshold": "0.5"}), 422, "'threshold' must be a number from 0 to 1"),
    (body({"text": "a", "threshold": True}), 422, "'threshold' must be a number from 0 to 1"),
    (body({"text": "a", "threshold": 1.5}), 422, "'threshold' must be a number from 0 to 1, not 1.5"),
    (body({"text": "a", "threshold": -0.1}), 422, "'threshold' must be a number from 0 to 1"),
    (b'{"text": "a", "threshold": NaN}', 422, "'threshold' must be a number from 0 to 1"),
    (body({"text": "a", "lang": "en"}), 422, "unknown field 'lang'"),
    (body({"Text": "a"}), 422, "unknown field 'Text'"),
    (body({"text": "a", "html": "<p>b</p>"}), 422, "one field only, not in both text and html"),
    (body({"text": "a", "html": "b", "markdown": "c"}), 422, "one field only"),
    (body({"text": ""}), 422, "'text' is empty"),
    (body({"markdown": " \n\t"}), 422, "'markdown' is empty"),
    (body({"text": "a\x00b"}), 422, "'text' looks binary"),
    (body({"text": "x" * (MAX + 1)}), 413, "'text' has 1,001 characters, over this server's limit of 1,000"),
])
def test_unusable_requests_get_a_status_and_a_one_line_reason(raw, status, says):
    with pytest.raises(RequestError) as refused:
        parse_check_request(raw, max_chars=MAX)
    assert refused.value.status == status
    assert says in refused.value.message
    assert "\n" not in refused.value.message
