"""How checking time grows with the length of an article: ``python scripts/measure_length.py``.

One article of real news text per size (clean-news articles from ../shared/data, concatenated in
a fixed order and cut at a paragraph), all checked in one run with one loaded model, its cache
emptied before each size. Prints a markdown table: characters, sentences, claims, pairs judged,
model evaluations, wall time, CPU time, where the wall time went (model / the rest) and the growth
ratio (wall time ratio divided by length ratio against the previous size: 1.0 is linear). On a
machine shared with other jobs the wall clock measures them too; CPU time does not (with one torch
thread it is what the wall time would be on an idle core).

    FACTCHECK_PRECISION=fp32 python scripts/measure_length.py          # float32
    python scripts/measure_length.py --sizes 1000 10000 --profile out.prof
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CLEAN_NEWS = ROOT.parent / "shared" / "data" / "clean-news"
SOURCES = ("semeval2015-wikinews", "onestopenglish-adv", "18f-blog", "digitalgov")
SIZES = (1_000, 10_000, 50_000, 200_000)


def news_text(characters: int) -> str:
    """Real news prose of at most ``characters`` characters: whole articles in a fixed order, then
    the sentences of the paragraph that would go over (cut at '. ')."""
    paragraphs: list[str] = []
    total = 0
    for source in SOURCES:
        for line in (CLEAN_NEWS / source / "dev.jsonl").open(encoding="utf-8"):
            article = json.loads(line)
            for paragraph in [article["title"], *article["text"].split("\n\n")]:
                paragraph = paragraph.strip()
                if total + len(paragraph) + 2 > characters:
                    fitting = ""
                    for sentence in paragraph.split(". "):
                        longer = f"{fitting}{sentence}. " if fitting or sentence else fitting
                        if total + len(longer) > characters:
                            break
                        fitting = longer
                    if fitting.strip():
                        paragraphs.append(fitting.strip())
                    return "\n\n".join(paragraphs) + "\n"
                paragraphs.append(paragraph)
                total += len(paragraph) + 2
    return "\n\n".join(paragraphs) + "\n"


class TimedModel:
    """The NLI model, with the seconds spent inside it counted."""

    def __init__(self, model) -> None:
        self.model, self.seconds = model, 0.0

    @property
    def evaluations(self) -> int:
        return self.model.evaluations

    def predict(self, pairs, *args, **kwargs):
        started = time.perf_counter()
        try:
            return self.model.predict(pairs, *args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--profile", metavar="FILE", help="write a cProfile of the checks to FILE")
    args = parser.parse_args()
    if not CLEAN_NEWS.exists():
        sys.exit(f"needs {CLEAN_NEWS}")

    import torch

    from factcheck.config import Config
    from factcheck.document import document_from_text
    from factcheck.nli import NLIModel
    from factcheck.pipeline import check_document

    started = time.perf_counter()
    model = NLIModel.load(None)
    load = time.perf_counter() - started
    dtype = str(next(model.model.parameters()).dtype).removeprefix("torch.")
    print(f"model loaded in {load:.1f} s; {dtype}, {torch.get_num_threads()} threads; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
    print("| characters | sentences | claims | pairs judged | model evaluations | wall | CPU | in the model | "
          "rest | growth (wall ratio / length ratio) |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    previous: tuple[int, float] | None = None
    for size in args.sizes:
        document = document_from_text(news_text(size), path=f"news-{size}.txt")
        model._cache.clear()
        timed = TimedModel(model)
        if profiler:
            profiler.enable()
        began, cpu_began = time.perf_counter(), time.process_time()
        report = check_document(document, config=Config(), model=timed)
        wall, cpu = time.perf_counter() - began, time.process_time() - cpu_began
        if profiler:
            profiler.disable()
        growth = "—" if previous is None else f"{(wall / previous[1]) / (len(document.text) / previous[0]):.2f}"
        stats = report.stats
        print(f"| {len(document.text):,} | {stats.sentences:,} | {stats.claims:,} | {stats.candidate_pairs:,} | "
              f"{stats.nli_evaluations:,} | {wall:.1f} s | {cpu:.1f} s | {timed.seconds:.1f} s | {wall - timed.seconds:.1f} s | "
              f"{growth} |", flush=True)
        previous = (len(document.text), wall)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    if profiler:
        profiler.dump_stats(args.profile)


if __name__ == "__main__":
    main()
