"""Speed of ``factcheck serve``, in one run: cold start, and requests per second for one article.

A benchmark, not a test. It starts the real command in a subprocess, twice:

1. ``factcheck serve`` (the default: model results are cached between requests, so repeating the
   same article measures the server around a warm cache, as when an editor re-checks a draft);
2. ``factcheck serve --no-cache`` (every request runs the model on every claim pair: the cost of
   an article the server has not seen).

For each it measures the cold start (process start to the first 200 from ``/healthz``), then sends
the article ``--requests`` times from 1 client, and again from 4 concurrent clients (each with its
own connection), and reports requests per second and the median and 95th-percentile latency.

    .venv/bin/python scripts/measure_serve.py                         # the seed article, 20 requests
    .venv/bin/python scripts/measure_serve.py --article samples/harbour-fire.md --requests 40

Needs the serve extra and httpx (both in the test extra).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / ".." / "shared" / "samples" / "kyiv-drone-attack.txt"
READY = re.compile(r"serving on (http://\S+?/)[, ]")
FIELD = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def start(flags: list[str], log: Path) -> tuple[subprocess.Popen, str, float]:
    """Start the server; return it, its URL, and seconds from process start to a 200 from /healthz."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    command = [sys.executable, "-m", "factcheck.cli", "serve", "--port", "0", "--log-level", "warning", *flags]
    started = time.monotonic()
    with open(log, "wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, env=env)
    url = None
    while url is None:  # --port 0: the server names its port in the line that says it is ready
        if process.poll() is not None:
            raise SystemExit(f"factcheck serve exited: {log.read_text()}")
        found = READY.search(log.read_text(errors="replace"))
        url = found.group(1) if found else None
        time.sleep(0.02)
    while True:
        try:
            if httpx.get(url + "healthz", timeout=5).status_code == 200:
                return process, url, time.monotonic() - started
        except httpx.HTTPError:
            pass
        time.sleep(0.02)


def run_clients(url: str, payload: dict, requests: int, clients: int) -> dict:
    """Send ``requests`` checks from ``clients`` threads at once; requests per second and latencies."""
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    shares = [requests // clients + (i < requests % clients) for i in range(clients)]

    def client(count: int) -> None:
        with httpx.Client(base_url=url, timeout=600) as http:
            for _ in range(count):
                started = time.monotonic()
                answer = http.post("v1/check", json=payload)
                took = time.monotonic() - started
                with lock:
                    latencies.append(took)
                    if answer.status_code != 200:
                        failures.append(answer.text)

    threads = [threading.Thread(target=client, args=(share,)) for share in shares]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.monotonic() - started
    if failures:
        raise SystemExit(f"{len(failures)} requests failed: {failures[0]}")
    ordered = sorted(latencies)
    return {"clients": clients, "requests": requests, "seconds": round(wall, 2),
            "requests_per_second": round(requests / wall, 2),
            "median_s": round(statistics.median(ordered), 3),
            "p95_s": round(ordered[max(0, int(0.95 * len(ordered)) - 1)], 3)}


def measure(flags: list[str], payload: dict, requests: int, log: Path) -> dict:
    process, url, cold_start = start(flags, log)
    try:
        first = time.monotonic()
        httpx.post(url + "v1/check", json=payload, timeout=600).raise_for_status()
        first_request = time.monotonic() - first
        runs = [run_clients(url, payload, requests, clients) for clients in (1, 4)]
    finally:
        process.terminate()
        process.wait(timeout=30)
    return {"flags": flags, "cold_start_s": round(cold_start, 2), "first_request_s": round(first_request, 3),
            "runs": runs}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--article", type=Path, default=SEED, help="the article to send (default: the seed)")
    parser.add_argument("--requests", type=int, default=20, help="requests per measurement (default: 20)")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    args = parser.parse_args()
    if not args.article.exists():
        raise SystemExit(f"{args.article}: no such article")
    payload = {FIELD.get(args.article.suffix.lower(), "text"): args.article.read_text(encoding="utf-8"),
               "title": args.article.name}
    load = os.getloadavg()
    results = {"article": str(args.article), "cpus": os.cpu_count(), "load_average_before": [round(x, 2) for x in load],
               "servers": []}
    with tempfile.TemporaryDirectory() as folder:
        for flags in ([], ["--no-cache"]):
            results["servers"].append(measure(flags, payload, args.requests, Path(folder) / "serve.log"))
    results["load_average_after"] = [round(x, 2) for x in os.getloadavg()]

    print(f"{args.article.name}, {args.requests} requests per row, {results['cpus']} CPUs, "
          f"load average {load[0]:.1f} before and {results['load_average_after'][0]:.1f} after")
    print(f"{'server':<26}{'cold start':>11}{'1st request':>12}{'clients':>8}{'req/s':>8}{'median':>8}{'p95':>8}")
    for server in results["servers"]:
        name = "factcheck serve " + " ".join(server["flags"])
        for run in server["runs"]:
            print(f"{name:<26}{server['cold_start_s']:>10.2f}s{server['first_request_s']:>11.3f}s"
                  f"{run['clients']:>8}{run['requests_per_second']:>8.2f}{run['median_s']:>7.3f}s{run['p95_s']:>7.3f}s")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
