"""A fresh `factcheck` on the seed article, as a ratio to a bare `import torch`, in one run:
``python scripts/measure_cold_start.py [--runs 5] [ARTICLE]``.

Both are fresh processes, run in alternation so that whatever else the machine is doing weighs on
both alike; the table gives the median wall time and CPU time of each and their ratios. torch's
import is the floor of any run that uses the model, so the ratio is what factcheck adds to it:
transformers, the model and Punkt loads, and the check itself.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "samples" / "kyiv-drone-attack.txt"


def timed(command: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child) of one fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed: {done.stderr.decode()[-500:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", default=str(SEED if SEED.exists() else ROOT / "samples" / "harbour-fire.md"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    factcheck = str(Path(sys.executable).parent / "factcheck")
    torch_only: list[tuple[float, float]] = []
    checks: list[tuple[float, float]] = []
    for _ in range(args.runs):
        torch_only.append(timed([sys.executable, "-c", "import torch"]))
        checks.append(timed([factcheck, "-q", args.article]))
    wall = [statistics.median(w for w, _ in runs) for runs in (torch_only, checks)]
    cpu = [statistics.median(c for _, c in runs) for runs in (torch_only, checks)]
    print(f"{args.runs} runs each, alternating; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print("| | wall (median) | CPU (median) |")
    print("|---|---|---|")
    print(f"| `python -c \"import torch\"` | {wall[0]:.2f} s | {cpu[0]:.2f} s |")
    print(f"| `factcheck -q {Path(args.article).name}` | {wall[1]:.2f} s | {cpu[1]:.2f} s |")
    print(f"| ratio | {wall[1] / wall[0]:.2f}x | {cpu[1] / cpu[0]:.2f}x |")


if __name__ == "__main__":
    main()
