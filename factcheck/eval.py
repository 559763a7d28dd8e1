"""``factcheck eval DATA``: measure detection quality and speed on labelled data.

DATA is recognised by its content (see ``factcheck.evaluation.datasets``): sentence pairs
(ChatProtect), NLI pairs (SNLI, ANLI, LingNLI, IMPPRES, MED, MoNLI, VitaminC), documents
(ContraDoc), a folder of annotated articles with ``gold.jsonl`` (``samples/``), or clean published
articles (``clean-news``: jsonl with ``text`` and no label, or a folder of such files).

``--json OUT`` writes one JSON object. Its top-level keys, present where they apply:

- ``precision``, ``recall``, ``f1``: contradiction detection. Sentence pairs: per pair;
  documents: per document (flagged = at least one finding); articles: over gold pairs (a finding
  is right when its two claims overlap a gold pair's ``a`` and ``b``); NLI pairs: the detector
  named in ``details.headline_detector`` (``both`` = the judge: NLI both ways plus quantity rules).
- ``balanced_accuracy``: mean of recall and specificity (sentence pairs, documents).
- ``accuracy``: NLI pairs: 3-way (or entailment vs non-entailment on 2-way sets) accuracy of the NLI
  model alone; sentence pairs and documents: binary accuracy.
- ``evidence_hit_rate``: documents: share of contradictory documents whose evidence sentence lies in
  a finding (documents whose evidence was cut off with the text are left out).
- ``false_findings_per_clean_article``: articles.
- ``findings_per_article``, ``errors_per_article``, ``warnings_per_article``, ``infos_per_article``,
  ``model_only_per_article`` (kind ``general``): clean articles, where every finding is a false alarm;
  ``details`` has them per source and per kind, ``by_threshold`` with ``--threshold-sweep``, and up
  to 200 of the findings (spread over the set) for reading.
- ``form``, ``data``, ``model``, ``threshold``; ``details`` (per class, per detector, per kind,
  traps, per article); ``sweep`` (threshold, precision, recall, f1, and balanced_accuracy where
  negatives are counted) and ``best_threshold`` (best F1) with ``--threshold-sweep``; ``run``: items,
  claims, candidate_pairs, nli_evaluations, load_seconds, wall_seconds, items_per_second,
  peak_memory_mib.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import track

from factcheck.config import Config
from factcheck.errors import ConfigError, FactcheckError
from factcheck.evaluation import runners
from factcheck.evaluation.datasets import Dataset, Form, load_dataset, spread_sample
from factcheck.evaluation.metrics import DEFAULT_THRESHOLDS
from factcheck.evaluation.render import as_json, print_result


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(allow_abbrev=False, prog="factcheck eval",
                                     description="Measure factcheck on labelled data.")
    parser.add_argument("data", metavar="DATA", help="a jsonl/json file, or a folder with gold.jsonl")
    parser.add_argument("--json", metavar="OUT", help="also write all numbers to OUT as one JSON object")
    parser.add_argument("--threshold-sweep", action="store_true", help="P/R/F1 over thresholds")
    parser.add_argument("--limit", type=int, metavar="N", help="N items spread evenly over the set")
    parser.add_argument("--model", metavar="M", help="NLI model path or hub name (default: shipped)")
    parser.add_argument("--threshold", type=float, metavar="T", help="score at which a pair counts")
    parser.add_argument("--mode", choices=runners.MODES,
                        help="one contradiction detector: 'rules' judges by the rules alone, with no model "
                             "(every form; fast); 'nli' the model alone (NLI pairs); default: the whole judge")
    parser.add_argument("--debug", action="store_true", help="show the traceback of an unexpected error")
    return parser


def make_config(args: argparse.Namespace) -> Config:
    config = Config()
    if args.threshold is not None:
        if not 0.0 <= args.threshold <= 1.0:
            raise ConfigError(f"--threshold must be between 0 and 1, not {args.threshold}")
        config = replace(config, threshold=args.threshold)
    if args.limit is not None and args.limit < 1:
        raise ConfigError(f"--limit must be at least 1, not {args.limit}")
    return replace(config, model=args.model) if args.model else config


def load_model(config: Config) -> runners.CountingModel:
    from factcheck.nli import NLIModel

    return runners.CountingModel(NLIModel.load(config.model))


def progress_bar(console: Console) -> runners.Progress:
    """A progress bar on stderr when it is a terminal; nothing otherwise (CI logs stay clean)."""
    if not console.is_terminal:
        return runners.no_progress

    def bar(items: Sequence[Any], description: str) -> Iterable[Any]:
        return track(items, description=description, console=console, transient=True)
    return bar


def evaluate(dataset: Dataset, model: Any, config: Config, args: argparse.Namespace,
             progress: runners.Progress) -> runners.EvalResult:
    thresholds = DEFAULT_THRESHOLDS if args.threshold_sweep else None
    if dataset.form is Form.SENTENCE_PAIRS:
        return runners.run_sentence_pairs(dataset.items, model, config, thresholds, progress)
    if dataset.form is Form.NLI_PAIRS:
        return runners.run_nli_pairs(dataset.items, dataset.two_way, model, config, thresholds,
                                     args.mode, progress)
    if dataset.form is Form.DOCUMENTS:
        return runners.run_documents(dataset.items, model, config, thresholds, progress)
    if dataset.form is Form.CLEAN:
        return runners.run_clean_articles(dataset.items, model, config, thresholds, progress)
    return runners.run_articles(dataset.items, model, config, thresholds, progress)


def peak_memory_mib() -> float:
    """Peak resident memory of this process (ru_maxrss is in KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_numbers(result: runners.EvalResult, model: Any, load_seconds: float, seconds: float) -> dict[str, Any]:
    counts = result.counts
    return {"items": counts.items, "claims": counts.claims, "candidate_pairs": counts.candidate_pairs,
            "nli_evaluations": model.evaluations if model is not None else 0,
            "load_seconds": round(load_seconds, 3), "wall_seconds": round(seconds, 3),
            "items_per_second": round(counts.items / seconds, 3) if seconds else 0.0,
            "peak_memory_mib": round(peak_memory_mib(), 1)}


def run(args: argparse.Namespace, console: Console, errors: Console) -> int:
    config = make_config(args)
    dataset = load_dataset(args.data)
    dataset = replace(dataset, items=spread_sample(dataset.items, args.limit))
    if args.mode == "nli" and dataset.form is not Form.NLI_PAIRS:
        raise ConfigError("--mode nli applies to NLI pair data; on other data use --mode rules or the whole judge")
    if args.mode == "rules" and dataset.form is not Form.NLI_PAIRS:
        config = replace(config, rules_only=True)
    started = time.perf_counter()
    needs_model = args.mode != "rules"
    model = load_model(config) if needs_model else None
    loaded = time.perf_counter()
    result = evaluate(dataset, model, config, args, progress_bar(errors))
    numbers = run_numbers(result, model, loaded - started, time.perf_counter() - loaded)
    context = {"data": str(args.data), "model": model.name if model is not None else None,
               "threshold": config.threshold}
    print_result(result, numbers, console, " · ".join(f"{k} {v}" for k, v in
                                                      {"form": result.form, **context}.items()))
    if args.json:
        Path(args.json).write_text(json.dumps(as_json(result, numbers, context), indent=2) + "\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``factcheck eval``; user errors become one line on stderr and exit 2."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as stop:
        return int(stop.code or 0)
    errors = Console(stderr=True)
    try:
        return run(args, Console(), errors)
    except FactcheckError as error:
        print(f"factcheck eval: {error}", file=sys.stderr)
        return error.exit_code
    except OSError as error:
        print(f"factcheck eval: {error}", file=sys.stderr)
        return 2
    except Exception as error:  # a bug: one line, as the main command says it, unless asked for more
        if args.debug:
            raise
        print(f"factcheck eval: error: unexpected {type(error).__name__}: {error} "
              "(rerun with --debug for the traceback)", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
