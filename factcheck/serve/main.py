"""``factcheck serve``: listen, load the model once, serve the API and the page until stopped.

The socket is bound before the model loads, so a port in use fails at once, with one line and
exit 2; requests that arrive while the model loads wait in the socket's queue instead of being
refused. ``--port 0`` picks a free port; the line ``factcheck: serving on http://HOST:PORT/`` on
stderr says which, once the server is ready.
"""

from __future__ import annotations

import argparse
import socket
import sys
import time
from dataclasses import replace
from typing import Sequence

from factcheck.errors import ConfigError, FactcheckError, report_error

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_MAX_CHARS = 200_000  # about 30,000 words: far more than a news article, and checked in seconds
DEFAULT_TIMEOUT = 60.0
WARM_UP = "The warm-up ran twice. The warm-up did not run."

EPILOG = """\
examples:
  factcheck serve                          http://127.0.0.1:8000/ : the page; POST /v1/check : the API
  factcheck serve --port 0                 any free port (printed on stderr)
  factcheck serve --root-path /factcheck   behind a reverse proxy that forwards /factcheck/ here

curl -s localhost:8000/v1/check -H 'Content-Type: application/json' \\
     -d '{"text": "Twelve people were hurt. Police said eight people were hurt."}'
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        allow_abbrev=False,
        prog="factcheck serve", epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Serve the checker over HTTP: a JSON API (POST /v1/check), a page for editors (GET /), "
                    "GET /healthz and GET /openapi.json. The model loads once; checks run one at a time.")
    parser.add_argument("--host", default=DEFAULT_HOST,
                        help=f"address to listen on (default: {DEFAULT_HOST}, this machine only)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default: {DEFAULT_PORT}; 0: any free port)")
    parser.add_argument("--root-path", default="", metavar="PATH",
                        help="the path prefix a reverse proxy serves this under, e.g. /factcheck")
    parser.add_argument("--model", metavar="PATH_OR_NAME", help="NLI model: local path or Hugging Face name")
    parser.add_argument("--threshold", type=float, metavar="SCORE",
                        help="default threshold (0..1); a request may give its own")
    parser.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS, metavar="N",
                        help=f"refuse articles longer than N characters with 413 (default: {DEFAULT_MAX_CHARS:,})")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                        help=f"time limit per request, waiting included; 503 after it (default: {DEFAULT_TIMEOUT:g})")
    parser.add_argument("--no-cache", action="store_true",
                        help="keep no model results between requests (the model's cache forgets each article's claims)")
    parser.add_argument("--config", metavar="FILE", help="config file (default: found from the cwd up)")
    parser.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"],
                        help="uvicorn's log level (default: info, one line per request)")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    return parser


def _validate(args: argparse.Namespace) -> None:
    if not 0 <= args.port <= 65535:
        raise ConfigError(f"--port {args.port}: give a port from 0 to 65535")
    if args.max_chars < 1:
        raise ConfigError(f"--max-chars {args.max_chars}: give a positive number of characters")
    if not args.timeout > 0:
        raise ConfigError(f"--timeout {args.timeout:g}: give a positive number of seconds")
    if args.root_path and (not args.root_path.startswith("/") or args.root_path.endswith("/")):
        raise ConfigError(f"--root-path {args.root_path}: start it with / and end it without one, e.g. /factcheck")


def _require_extra() -> None:
    try:
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        raise ConfigError(f"factcheck serve needs the serve extra ({exc.name} is missing): "
                          "pip install 'factcheck[serve]'") from None


def listen(host: str, port: int) -> socket.socket:
    """A bound, listening socket (IPv6 when ``host`` is an IPv6 address)."""
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ConfigError(f"cannot listen on {host}:{port}: {reason}; choose another --port or --host") from None
    return sock


def serve(args: argparse.Namespace) -> int:
    started = time.monotonic()
    _validate(args)
    _require_extra()
    from factcheck.settings import load_settings

    flags = {name: (value, flag) for name, value, flag in
             (("model", args.model, "--model"), ("threshold", args.threshold, "--threshold")) if value is not None}
    config = load_settings(flags, config_file=args.config).config
    config = replace(config, max_chars=args.max_chars, timeout=None)
    sock = listen(args.host, args.port)  # before the slow imports: a port in use fails at once
    import uvicorn

    from factcheck.cli import load_model
    from factcheck.pipeline import check
    from factcheck.serve.app import create_app
    from factcheck.serve.checker import Checker

    model = load_model(config)
    check(WARM_UP, config=config, model=model)  # the first request should not pay for lazy imports
    checker = Checker(model, config, timeout=args.timeout, keep_cache=not args.no_cache)
    server = uvicorn.Server(uvicorn.Config(create_app(checker), root_path=args.root_path,
                                           log_level=args.log_level, timeout_graceful_shutdown=5))
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    behind = f", behind a proxy at {args.root_path}/" if args.root_path else ""
    print(f"factcheck: serving on http://{shown}:{port}/{behind} (ready in "
          f"{time.monotonic() - started:.1f} s; Ctrl+C stops)", file=sys.stderr, flush=True)
    server.run(sockets=[sock])
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        return serve(args)
    except FactcheckError as exc:
        return report_error("factcheck serve", exc, args.debug)
    except KeyboardInterrupt:
        return 130
