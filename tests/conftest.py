"""Fixtures shared by more than one test module."""

from __future__ import annotations

import pytest

SERVER_MAX_CHARS = 20_000  # small, so that the too-large cases of the bad-input battery are cheap to send


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """One ``factcheck serve`` for the API and page tests (the model loads once)."""
    pytest.importorskip("fastapi")
    pytest.importorskip("uvicorn")
    from tests.serving import start_server

    running = start_server(tmp_path_factory.mktemp("serve") / "serve.log",
                           "--max-chars", str(SERVER_MAX_CHARS), "--timeout", "120")
    yield running
    running.stop()
