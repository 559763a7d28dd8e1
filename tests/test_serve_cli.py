"""``factcheck serve`` on the command line: bad settings fail at once, with one line and exit 2."""

from __future__ import annotations

import socket

import pytest

from tests.output_fixtures import run_cli

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")


def test_a_port_in_use_fails_before_the_model_loads():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        code, out, err = run_cli("serve", "--port", str(port))
    assert code == 2 and out == ""
    assert err.startswith(f"factcheck serve: error: cannot listen on 127.0.0.1:{port}: ")
    assert err.endswith("choose another --port or --host\n") and err.count("\n") == 1


@pytest.mark.parametrize("flags, says", [
    (["--port", "70000"], "--port 70000: give a port from 0 to 65535"),
    (["--timeout", "0"], "--timeout 0: give a positive number of seconds"),
    (["--max-chars", "0"], "--max-chars 0: give a positive number"),
    (["--root-path", "factcheck"], "--root-path factcheck: start it with /"),
    (["--root-path", "/factcheck/"], "end it without one"),
])
def test_bad_settings_are_refused_with_one_line(flags, says):
    code, _, err = run_cli("serve", *flags)
    assert code == 2 and says in err and err.count("\n") == 1


def test_help_names_the_routes_and_the_localhost_default(capsys):
    from factcheck import cli

    with pytest.raises(SystemExit) as done:
        cli.main(["serve", "--help"])
    out = capsys.readouterr().out
    assert done.value.code == 0
    assert "POST /v1/check" in out and "GET /healthz" in out and "default: 127.0.0.1" in out
