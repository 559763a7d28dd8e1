"""``factcheck serve``: the HTTP API, through a real server process and an HTTP client.

The server (tests/conftest.py) runs the command line in a subprocess with uvicorn on a free port;
every request here goes over a socket. Responses are validated against the published JSON schema.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")
jsonschema = pytest.importorskip("jsonschema")

from factcheck.config import Config  # noqa: E402
from tests.conftest import SERVER_MAX_CHARS  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((REPO / "factcheck" / "schema" / "report-v1.schema.json").read_text())
SEED = REPO / ".." / "shared" / "samples" / "kyiv-drone-attack.txt"
BLAST = "12 people were injured in the blast. Police said 8 people were injured in the blast."
CITIES = ["Lviv", "Porto", "Graz", "Turin", "Leeds", "Gdansk", "Bergen", "Lyon", "Brno", "Cork"]


def long_article(sentences: int) -> str:
    """Distinct sentences full of numbers: many claim pairs, each new to the model's cache."""
    stamp = time.monotonic_ns()
    return " ".join(f"In {CITIES[i % 10]} the council counted {i * 7 + 3} new homes and "
                    f"{(i * 13 + stamp) % 997} new schools in {1900 + i}." for i in range(sentences))


@pytest.fixture(scope="module")
def model():
    from factcheck.nli import NLIModel

    return NLIModel.load(None)


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server.url, timeout=120) as http:
        yield http


def without_model_counts(report: dict) -> dict:
    """The report less ``nli_evaluations``: how many pairs the model computed depends on its cache."""
    for file in report["files"]:
        del file["stats"]["nli_evaluations"]
    return report


def post(client, payload, **kwargs):
    return client.post("v1/check", json=payload, **kwargs)


# --- what a CMS gets ----------------------------------------------------------------------------

def test_healthz_says_ready_with_the_model(client):
    answer = client.get("healthz")
    assert answer.status_code == 200
    assert answer.json() | {"busy": False} == {"status": "ok", "model": "default",
                                               "version": answer.json()["version"], "busy": False}


def test_check_returns_the_json_report_v1(client):
    answer = post(client, {"text": BLAST})
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/json"
    report = answer.json()
    jsonschema.validate(report, SCHEMA)
    [finding] = report["files"][0]["findings"]
    assert (finding["kind"], finding["severity"]) == ("numeric", "error")
    assert report["files"][0]["path"] == "article"


def test_server_and_library_give_the_same_report(client, model):
    from factcheck.pipeline import check
    from factcheck.report.json import report_to_json

    expected = report_to_json([check(BLAST, model=model, path="article")], Config())
    assert without_model_counts(post(client, {"text": BLAST}).json()) == without_model_counts(expected)


@pytest.mark.skipif(not SEED.exists(), reason="the seed article is in ../shared/samples")
def test_seed_article_finds_majority_against_all_ten(client):
    answer = post(client, {"text": SEED.read_text(encoding="utf-8"), "title": "kyiv-drone-attack.txt"})
    report = answer.json()
    jsonschema.validate(report, SCHEMA)
    assert report["files"][0]["path"] == "kyiv-drone-attack.txt"
    texts = [(f["a"]["text"], f["b"]["text"]) for f in report["files"][0]["findings"]]
    assert any("the majority" in a and "all ten" in b for a, b in texts)


@pytest.mark.parametrize("payload", [
    {"markdown": "# Blast\n\n12 people were injured in the blast.\n\n*Police* said 8 people were injured "
                 "in the blast.\n"},
    {"html": "<html><body><nav>Menu</nav><article><p>12 people were injured in the blast.</p>"
             "<p>Police said 8 people were injured in the blast.</p></article></body></html>"},
])
def test_markdown_and_html_articles_are_read_as_such(client, payload):
    report = post(client, payload).json()
    jsonschema.validate(report, SCHEMA)
    [finding] = report["files"][0]["findings"]
    assert finding["a"]["line"] < finding["b"]["line"] or "markdown" not in payload
    assert "Menu" not in finding["a"]["text"]


def test_threshold_of_the_request_applies_and_is_reported(client):
    strict = post(client, {"text": BLAST, "threshold": 1}).json()
    assert strict["config"]["threshold"] == 1 and strict["files"][0]["findings"] == []
    assert post(client, {"text": BLAST}).json()["config"]["threshold"] == Config().threshold


def test_html_format_is_the_self_contained_report(client):
    answer = client.post("v1/check", params={"format": "html"}, json={"text": BLAST + " <script>x()</script>"})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/html")
    assert "data-fc-report" in answer.text and "#1 error · numeric" in answer.text
    assert "&lt;script&gt;x()&lt;/script&gt;" in answer.text


def test_page_is_served_with_a_content_security_policy(client):
    answer = client.get("")
    policy = answer.headers["content-security-policy"]
    assert answer.status_code == 200 and "<textarea" in answer.text
    assert "default-src 'none'" in policy and "connect-src 'self'" in policy
    assert "fetch('v1/check" in answer.text  # relative: works under a reverse proxy's prefix
    assert answer.headers["x-content-type-options"] == "nosniff"


def test_openapi_describes_the_request_the_report_and_the_errors(client):
    spec = client.get("openapi.json").json()
    operation = spec["paths"]["/v1/check"]["post"]
    assert operation["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/CheckRequest"}
    assert set(operation["responses"]) >= {"200", "400", "413", "415", "422", "503"}
    schemas = spec["components"]["schemas"]
    assert set(schemas["CheckRequest"]["properties"]) == {"text", "html", "markdown", "title", "threshold"}
    refs = {ref for ref in _refs(spec)}
    assert all(ref.removeprefix("#/components/schemas/") in schemas for ref in refs)
    assert "/healthz" in spec["paths"]


def _refs(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


# --- bad input: always a 4xx with one line, never a 500 -------------------------------------------

JSON = {"Content-Type": "application/json"}
BATTERY = [
    ("empty body", b"", JSON, 400),
    ("not JSON", b"hello", JSON, 400),
    ("truncated JSON", b'{"text": "Twelve', JSON, 400),
    ("binary body", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), JSON, 400),
    ("invalid UTF-8 in a string", b'{"text": "caf\xe9"}', JSON, 400),
    ("lone surrogate", b'{"text": "\\udc00 a"}', JSON, 400),
    ("JSON array", b'["Twelve people"]', JSON, 422),
    ("JSON string", b'"Twelve people were hurt."', JSON, 422),
    ("empty object", b"{}", JSON, 422),
    ("text is a number", b'{"text": 12}', JSON, 422),
    ("text is a list", b'{"text": ["a"]}', JSON, 422),
    ("text is an object", b'{"text": {"body": "a"}}', JSON, 422),
    ("threshold is a string", b'{"text": "a b.", "threshold": "0.5"}', JSON, 422),
    ("threshold out of range", b'{"text": "a b.", "threshold": 7}', JSON, 422),
    ("threshold NaN", b'{"text": "a b.", "threshold": NaN}', JSON, 422),
    ("title is a number", b'{"text": "a b.", "title": 1}', JSON, 422),
    ("unknown field", b'{"text": "a b.", "language": "en"}', JSON, 422),
    ("two article fields", b'{"text": "a b.", "markdown": "a b."}', JSON, 422),
    ("empty text", b'{"text": ""}', JSON, 422),
    ("whitespace text", b'{"text": " \\n\\t "}', JSON, 422),
    ("NUL characters", b'{"text": "\\u0000\\u0001\\u0002 abc"}', JSON, 422),
    ("markup only", b'{"html": "<script>alert(1)</script><style>p{}</style>"}', JSON, 422),
    ("code only", b'{"markdown": "```\\ncode\\n```"}', JSON, 422),
    ("text over --max-chars", json.dumps({"text": "a" * (SERVER_MAX_CHARS + 1)}).encode(), JSON, 413),
    ("body over the byte limit", b'{"text": "' + b"a" * (8 * SERVER_MAX_CHARS) + b'"}', JSON, 413),
    ("form content type", b"text=Twelve+people", {"Content-Type": "application/x-www-form-urlencoded"}, 415),
    ("plain text content type", b"Twelve people.", {"Content-Type": "text/plain"}, 415),
]


@pytest.mark.parametrize("name, body, headers, status", BATTERY, ids=[case[0] for case in BATTERY])
def test_bad_input_gets_a_4xx_and_a_one_line_message(client, name, body, headers, status):
    answer = client.post("v1/check", content=body, headers=headers)
    assert answer.status_code == status, answer.text
    message = answer.json()["error"]
    assert message and "\n" not in message and len(message) < 300


@pytest.mark.parametrize("method, path, status", [
    ("GET", "v1/check", 405), ("POST", "healthz", 405), ("GET", "v2/check", 404),
    ("POST", "v1/check?format=pdf", 422),
])
def test_wrong_routes_and_parameters_are_4xx_in_the_same_shape(client, method, path, status):
    answer = client.request(method, path, json={"text": BLAST})
    assert answer.status_code == status and "\n" not in answer.json()["error"]


# --- concurrency and time ---------------------------------------------------------------------------

def test_concurrent_requests_each_get_their_own_report(client, server):
    texts = [f"{n} people were injured in the {place}. Police said {n + 3} people were injured in the {place}."
             for n, place in [(4, "fire"), (9, "crash"), (14, "storm"), (21, "flood")]]
    alone = [without_model_counts(post(client, {"text": text}).json()) for text in texts]
    together: list = [None] * len(texts)

    def send(index: int) -> None:
        with httpx.Client(base_url=server.url, timeout=120) as own:
            together[index] = without_model_counts(post(own, {"text": texts[index]}).json())

    threads = [threading.Thread(target=send, args=(i,)) for i in range(len(texts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert together == alone
    assert [r["files"][0]["findings"][0]["a"]["text"].split()[0] for r in together] == ["4", "9", "14", "21"]


def test_a_slow_check_does_not_block_healthz(client, server):
    answers: list = []
    slow = threading.Thread(target=lambda: answers.append(post(client, {"text": long_article(20)})))
    slow.start()
    latencies, busy_seen = [], False
    with httpx.Client(base_url=server.url, timeout=5) as probe:
        while slow.is_alive() and len(latencies) < 200:
            started = time.monotonic()
            health = probe.get("healthz")
            latencies.append(time.monotonic() - started)
            busy_seen |= health.json()["busy"]
            time.sleep(0.05)
    slow.join()
    assert answers[0].status_code == 200
    assert busy_seen, "the slow check ended before /healthz saw it running"
    assert max(latencies) < 1.0


def test_a_check_past_the_time_limit_is_refused_with_503(model):
    from factcheck.serve.checker import Checker
    from factcheck.serve.request import CheckRequest, RequestError

    checker = Checker(model, Config(), timeout=0.05)
    with pytest.raises(RequestError) as refused:
        checker.check(CheckRequest(long_article(150), "txt"), arrived=time.monotonic())
    assert refused.value.status == 503 and "longer than this server's limit of 0.05 s" in refused.value.message
    with pytest.raises(RequestError):  # the wait for the model counts against the limit too
        checker.check(CheckRequest(BLAST, "txt"), arrived=time.monotonic() - 1)


def test_a_request_that_cannot_get_the_model_in_time_is_refused_as_busy(model):
    from factcheck.serve.checker import Checker
    from factcheck.serve.request import CheckRequest, RequestError

    checker = Checker(model, Config(), timeout=1.0)

    def long_check() -> None:  # holds the model for up to its own second
        try:
            checker.check(CheckRequest(long_article(40), "txt"), arrived=time.monotonic())
        except RequestError:
            pass

    first = threading.Thread(target=long_check)
    first.start()
    while not checker.busy:
        time.sleep(0.001)
    with pytest.raises(RequestError) as refused:  # arrived 0.9 s ago: 0.1 s left to wait for the model
        checker.check(CheckRequest(BLAST, "txt"), arrived=time.monotonic() - 0.9)
    first.join()
    assert refused.value.status == 503 and refused.value.message.startswith("the server is busy")
