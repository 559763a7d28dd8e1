"""Corpus mode against the single-file CLI, measured in one run on this machine.

    python scripts/measure_corpus.py [--articles 80] [--json results.json]

Takes every k-th article of ../shared/data/clean-news (all four sources, so typical lengths),
saves them as .txt files in a temporary folder and checks that folder three ways, one after the
other: ``factcheck FOLDER --format json`` (one process), ``factcheck corpus FOLDER`` with
``--workers 1`` and with ``--workers 2`` (a local Ray started by the command). For each it
reports wall time and articles/s from start to end (start-up included), the CPU seconds its
processes used (sampled from /proc every 0.2 s, by role: driver, judge workers, task workers, Ray's
own processes) and the peak resident memory of the whole process tree; for corpus mode also the
steady rate (rows committed between the first and the last part, start-up excluded) and the peak
memory of each judge worker. CPU seconds per article do not depend on what else the machine runs;
wall-clock rates do. Findings are compared article by article so the speed is of the same work.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLEAN_NEWS = ROOT / ".." / "shared" / "data" / "clean-news"
JUDGE_TITLE = "JudgeWorker"


def sample_articles(count: int) -> list[dict]:
    every = []
    for source in sorted(p for p in CLEAN_NEWS.iterdir() if p.is_dir()):
        every += [json.loads(line) for line in (source / "dev.jsonl").read_text(encoding="utf-8").splitlines()]
    step = max(1, len(every) // count)
    return every[::step][:count]


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as handle:
            return [int(c) for c in handle.read().split()]
    except OSError:
        return []


def _tree(pid: int) -> list[int]:
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(_children(current))
    return found


TICKS = os.sysconf("SC_CLK_TCK")


def _probe(pid: int) -> tuple[int, float, str]:
    """(resident bytes, CPU seconds so far, title) of one process."""
    try:
        with open(f"/proc/{pid}/status") as handle:
            rss = next((int(line.split()[1]) * 1024 for line in handle if line.startswith("VmRSS:")), 0)
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        cpu = (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            title = handle.read().replace(b"\0", b" ").decode(errors="replace")
        return rss, cpu, title
    except (OSError, IndexError, ValueError):
        return 0, 0.0, ""


def _role(title: str, pid: int, root: int) -> str:
    if pid == root:
        return "driver"
    if JUDGE_TITLE in title:
        return "judge"
    if title.startswith("ray::"):
        return "tasks"  # read and front-end task workers (ray::IDLE between tasks)
    return "ray"  # raylet, GCS, agents


def run_measured(command: list[str], parts: Path | None) -> dict:
    """Run ``command``; poll its process tree's memory and (corpus mode) when each part appears."""
    started = time.monotonic()
    process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, "HF_HUB_OFFLINE": "1"},
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak_tree, peak_judge, seen, cpu = 0, {}, {}, {}
    while process.poll() is None:
        total = 0
        for pid in _tree(process.pid):
            rss, seconds, title = _probe(pid)
            total += rss
            role = _role(title, pid, process.pid)
            if role == "judge":
                peak_judge[pid] = max(peak_judge.get(pid, 0), rss)
            if title:
                cpu[pid] = (role, max(seconds, cpu.get(pid, ("", 0.0))[1]))
        peak_tree = max(peak_tree, total)
        if parts is not None and parts.is_dir():
            for part in parts.glob("part-*.jsonl"):
                if part.name not in seen:
                    seen[part.name] = (time.monotonic() - started, len(part.read_text().splitlines()))
        time.sleep(0.2)
    wall = time.monotonic() - started
    out, err = process.communicate()
    if process.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed ({process.returncode}): {err.strip()[-500:]}")
    by_role: dict[str, float] = {}
    for role, seconds in cpu.values():
        by_role[role] = by_role.get(role, 0.0) + seconds
    result = {"command": " ".join(command), "wall_s": round(wall, 1), "peak_tree_mb": round(peak_tree / 2**20),
              "cpu_s": {role: round(seconds, 1) for role, seconds in sorted(by_role.items())},
              "judge_workers_peak_mb": sorted(round(v / 2**20) for v in peak_judge.values()), "stdout": out}
    times = sorted(seen.values())
    if times:
        result["first_row_s"] = round(times[0][0], 1)
    if len(times) >= 3 and times[-1][0] - times[0][0] > 1:  # else every part came at once: no steady rate
        rows = sum(count for _, count in times[1:])
        result["steady_articles_per_s"] = round(rows / (times[-1][0] - times[0][0]), 3)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=80)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    if not CLEAN_NEWS.is_dir():
        sys.exit("../shared/data/clean-news is not beside the repository")
    factcheck = str(Path(sys.executable).with_name("factcheck"))
    articles = sample_articles(args.articles)
    with tempfile.TemporaryDirectory(prefix="measure-corpus-") as temporary:
        folder = Path(temporary) / "news"
        folder.mkdir()
        for number, article in enumerate(articles):
            (folder / f"{number:04d}.txt").write_text(article["text"], encoding="utf-8")
        load = os.getloadavg()[0]
        single = run_measured([factcheck, str(folder), "--format", "json", "-o",
                               str(Path(temporary) / "single.json"), "-q", "--fail-on", "info"], None)
        corpus = {}
        for workers in (1, 2):
            output = Path(temporary) / f"workers-{workers}.jsonl"
            corpus[workers] = run_measured([factcheck, "corpus", str(folder), "-o", str(output), "-q",
                                            "--workers", str(workers), "--checkpoint", "0", "--block-size", "4"],
                                           Path(str(output) + ".parts"))
            corpus[workers]["rows"] = {row["id"]: row for row in map(json.loads, output.read_text().splitlines())}
        report = json.loads((Path(temporary) / "single.json").read_text())
        expected = {Path(f["path"]).name: f["findings"] for f in report["files"]}
        for workers, result in corpus.items():
            differing = [i for i, row in result.pop("rows").items() if row["findings"] != expected[i]]
            result["articles_differing_from_single"] = len(differing)
    characters = sum(len(a["text"]) for a in articles)
    results = {"articles": len(articles), "mean_characters": round(characters / len(articles)),
               "load_average_at_start": round(load, 1), "cpus": os.cpu_count(), "single": single,
               "corpus_workers_1": corpus[1], "corpus_workers_2": corpus[2]}
    for result in (single, corpus[1], corpus[2]):
        result["articles_per_s"] = round(len(articles) / result["wall_s"], 3)
        result["cpu_s_per_article"] = round(sum(result["cpu_s"].values()) / len(articles), 2)
        result.pop("stdout")
    results["load_average_at_end"] = round(os.getloadavg()[0], 1)
    base = single["articles_per_s"]
    print(f"{len(articles)} articles (mean {characters // len(articles):,} characters), {os.cpu_count()} CPUs, "
          f"load average {load:.1f} at start, {results['load_average_at_end']} at end")
    print(f"{'mode':<20}{'wall s':>8}{'art/s':>7}{'ratio':>7}{'steady/s':>9}{'1st row':>8}{'CPU s/art':>10}"
          f"{'judge MB':>12}{'tree MB':>8}  CPU s by process")
    for name, result in (("single-file CLI", single), ("corpus, 1 worker", corpus[1]),
                         ("corpus, 2 workers", corpus[2])):
        print(f"{name:<20}{result['wall_s']:>8}{result['articles_per_s']:>7}"
              f"{result['articles_per_s'] / base:>7.2f}{result.get('steady_articles_per_s', '-'):>9}"
              f"{result.get('first_row_s', '-'):>8}{result['cpu_s_per_article']:>10}"
              f"{str(result['judge_workers_peak_mb'] or '-'):>12}{result['peak_tree_mb']:>8}  {result['cpu_s']}")
    for workers in (1, 2):
        print(f"corpus, {workers} worker(s): {corpus[workers]['articles_differing_from_single']} articles with "
              "findings other than the single-file CLI's")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
