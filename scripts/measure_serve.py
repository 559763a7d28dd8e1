"""Speed of ``factcheck serve``, in one run: cold start, and requests per second for one article.

A benchmark, not a test. It starts the real command in a subprocess, twice:

1. ``factcheck serve`` (the default: model results are cached between requests, so repeating the
   same article measures the server around a warm cache, as when an editor re-checks a draft);
2. ``factcheck serve --no-cache`` (every request runs the model on every claim pair: the cost of
   an article the server has not seen).

For each it measures the cold start (process start to the first 200 from ``/healthz``) and the CPU
time the server used for it, then sends the article ``--requests`` times from 1 client and as many
times from 4 concurrent clients (each with its own connection), in alternating rounds of 4 requests
so that both see the same share of a shared machine. It reports requests per second, the median
and 95th-percentile latency, and the server's CPU seconds per request (user + system, all
threads), which a busy machine inflates much less than wall time.

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
ROUND = 4  # requests per round; the 1-client and 4-client rounds alternate
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


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) the process has used so far, all its threads together."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def batch(url: str, payload: dict, requests: int, clients: int) -> tuple[float, list[float]]:
    """Send ``requests`` checks from ``clients`` threads at once: (wall seconds, latencies)."""
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
    if failures:
        raise SystemExit(f"{len(failures)} requests failed: {failures[0]}")
    return time.monotonic() - started, latencies


def measure(flags: list[str], payload: dict, requests: int, log: Path) -> dict:
    """One server: cold start, first request, then 1 and 4 clients in alternating rounds of 4
    requests, so both see the same share of a busy machine."""
    process, url, cold_start = start(flags, log)
    totals = {clients: {"wall": 0.0, "cpu": 0.0, "latencies": []} for clients in (1, 4)}
    try:
        cold_cpu = cpu_seconds(process.pid)
        first = time.monotonic()
        httpx.post(url + "v1/check", json=payload, timeout=600).raise_for_status()
        first_request = time.monotonic() - first
        for _ in range(max(requests // ROUND, 1)):
            for clients, total in totals.items():
                cpu_before = cpu_seconds(process.pid)
                wall, latencies = batch(url, payload, ROUND, clients)
                total["cpu"] += cpu_seconds(process.pid) - cpu_before
                total["wall"] += wall
                total["latencies"] += latencies
    finally:
        process.terminate()
        process.wait(timeout=30)
    runs = []
    for clients, total in totals.items():
        ordered, count = sorted(total["latencies"]), len(total["latencies"])
        runs.append({"clients": clients, "requests": count, "seconds": round(total["wall"], 2),
                     "requests_per_second": round(count / total["wall"], 2),
                     "median_s": round(statistics.median(ordered), 3),
                     "p95_s": round(ordered[max(0, int(0.95 * count) - 1)], 3),
                     "server_cpu_s_per_request": round(total["cpu"] / count, 3)})
    return {"flags": flags, "cold_start_s": round(cold_start, 2), "cold_start_cpu_s": round(cold_cpu, 2),
            "first_request_s": round(first_request, 3), "runs": runs}


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
    print(f"{'server':<27}{'ready':>8}{'(CPU)':>8}{'1st req':>9}{'clients':>8}{'req/s':>7}{'median':>8}"
          f"{'p95':>8}{'CPU/req':>9}")
    for server in results["servers"]:
        name = "factcheck serve " + " ".join(server["flags"])
        for run in server["runs"]:
            print(f"{name:<27}{server['cold_start_s']:>7.2f}s{server['cold_start_cpu_s']:>7.2f}s"
                  f"{server['first_request_s']:>8.3f}s{run['clients']:>8}{run['requests_per_second']:>7.2f}"
                  f"{run['median_s']:>7.3f}s{run['p95_s']:>7.3f}s{run['server_cpu_s_per_request']:>8.3f}s")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
