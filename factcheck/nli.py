"""Any Hugging Face NLI cross-encoder behind one small interface: pairs in, label probabilities out.

Like sentence-transformers' ``CrossEncoder`` it hides tokenization, batching and label order:
labels are found by their *names* in the model's ``id2label`` (models disagree on the order), and
results are cached so the judge can ask for both directions of a pair without paying twice.

A model folder may hold ``calibration.json`` (written by ``models/train.py``): a temperature
fitted on held-out task data. The logits are divided by it before the softmax, so the
contradiction probability is calibrated and a threshold means the same thing for every model
version that ships one. The top label never changes with it.

The shipped default lives in ``models/`` and loads with no network. A hub name is only tried
after a quick reachability check, so an offline machine gets a clear error in seconds instead of
a long hang on retries.
"""

from __future__ import annotations

import json
import math
import os
import socket
from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path

from factcheck.encoder import load_compact
from factcheck.errors import ModelError
from factcheck.resources import shipped
from factcheck.types import NLIProbs

DEFAULT_MODEL_PATH = shipped("factcheck-nli-minilm")
HUB_HOST = "huggingface.co"
MAX_LENGTH = 128  # tokens for premise + hypothesis, as in training; claims are sentences, so this rarely cuts
CACHE_SIZE = 50_000
PROBABILITY_DIGITS = 4  # rounding makes results independent of batch shape and thread count
CALIBRATION_FILE = "calibration.json"


def find_label_order(id2label: dict[int, str]) -> tuple[int, int, int]:
    """Indices of (entailment, neutral, contradiction) in a model's outputs, found by name."""
    found: dict[str, int] = {}
    for index, name in id2label.items():
        label = str(name).lower().replace("-", "_")
        if label.startswith(("not_", "non_")):
            continue
        for wanted in ("entail", "neutral", "contradict"):
            if label.startswith(wanted) and wanted not in found:
                found[wanted] = int(index)
    if "contradict" not in found or "entail" not in found:
        names = ", ".join(str(v) for v in id2label.values())
        raise ModelError(f"not an NLI model: labels are [{names}]; factcheck needs entailment and contradiction")
    return found["entail"], found.get("neutral", -1), found["contradict"]


def fast_dtype():
    """bfloat16 where the CPU has AMX tiles, else float32.

    On a CPU with AVX512-BF16 but no AMX (this project's machines on 2026-11-30), bfloat16 was the
    slower one, measured in one run each on an idle machine: 186 against 323 pairs per second at
    batch 32 (`models/measure_speed.py`), and 75 s against 51 s for 200,000 characters
    (`scripts/measure_length.py`). An earlier session measured 722 against 250 pairs per second
    on its machine, with accuracy 79.73% against 79.67% on 1,500 SNLI test pairs; without AMX that
    gain did not hold. FACTCHECK_PRECISION=fp32 or bf16 forces one.
    """
    import torch

    forced = os.environ.get("FACTCHECK_PRECISION", "").lower()
    if forced in ("fp32", "bf16"):
        return torch.float32 if forced == "fp32" else torch.bfloat16
    cpu = getattr(torch, "cpu", None)
    native = getattr(cpu, "_is_amx_tile_supported", lambda: False)()
    return torch.bfloat16 if native else torch.float32


def read_temperature(folder: str | os.PathLike[str]) -> float:
    """The calibration temperature stored beside a model's weights; 1.0 (none) when absent.

    A present but unusable file is an error, not a silent 1.0: a wrong scale would move every
    score against the configured threshold.
    """
    path = Path(folder) / CALIBRATION_FILE
    if not path.is_file():
        return 1.0
    try:
        temperature = float(json.loads(path.read_text(encoding="utf-8"))["temperature"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"{path}: unreadable calibration ({type(exc).__name__}); fix or delete it") from None
    if not math.isfinite(temperature) or temperature <= 0:
        raise ModelError(f"{path}: temperature must be a positive number, not {temperature}")
    return temperature


def busy_machine_threads() -> int | None:
    """One torch thread when every core is already busy (1-minute load average at least the
    number of cores), else None (torch's default, one per core). FACTCHECK_THREADS=N forces N.

    torch's threads meet at a barrier in every layer, so on a machine shared with other work each
    batch waits for the slowest one. Measured on 2 cores at a load average of 10-13, in one run
    alternating: 22-56 sentence pairs/s with one thread against 14 with two (README, Speed)."""
    forced = os.environ.get("FACTCHECK_THREADS", "").strip()
    if forced.isdigit() and int(forced) > 0:
        return int(forced)
    try:
        cores = len(os.sched_getaffinity(0))
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        return None
    return 1 if cores > 1 and load >= cores else None


def _hub_reachable(timeout: float = 3.0) -> bool:
    if os.environ.get("HF_HUB_OFFLINE", "0").lower() in ("1", "true", "yes"):
        return False
    try:
        with socket.create_connection((HUB_HOST, 443), timeout=timeout):
            return True
    except OSError:
        return False


def _resolve(name_or_path: str | os.PathLike[str] | None) -> tuple[str, bool]:
    """(what to pass to from_pretrained, whether it is a local folder)."""
    if name_or_path is None:
        if not (DEFAULT_MODEL_PATH / "config.json").exists():
            raise ModelError(f"the shipped model is missing at {DEFAULT_MODEL_PATH}; reinstall factcheck "
                             "or pass --model PATH")
        return str(DEFAULT_MODEL_PATH), True
    text = str(name_or_path)
    path = Path(text).expanduser()
    if path.exists():
        if not path.is_dir() or not (path / "config.json").exists():
            raise ModelError(f"{text}: not a Hugging Face model folder (no config.json)")
        return str(path), True
    if text.startswith((".", "/", "~")) or text.count("/") > 1:
        raise ModelError(f"{text}: no such model folder")
    if not _hub_reachable():
        raise ModelError(f"{text}: not a local folder and the Hugging Face hub cannot be reached; "
                         "download the model elsewhere and pass --model PATH")
    return text, False


def _load_with_transformers(target: str, local: bool):
    """(model, tokenizer) through transformers: any architecture, a local folder or a hub name."""
    from transformers import AutoModelForSequenceClassification, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    tokenizer = AutoTokenizer.from_pretrained(target, local_files_only=local)
    model = AutoModelForSequenceClassification.from_pretrained(target, local_files_only=local, dtype=fast_dtype())
    return model, tokenizer


class NLIModel:
    """A loaded NLI model. ``predict`` maps (premise, hypothesis) pairs to label probabilities."""

    def __init__(self, model, tokenizer, name: str, *, batch_size: int = 32, temperature: float = 1.0) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.name = name
        self.batch_size = batch_size
        self.temperature = temperature  # logits are divided by it: calibrated probabilities (module doc)
        self.label_order = find_label_order(model.config.id2label)
        self._cache: OrderedDict[tuple[str, str], NLIProbs] = OrderedDict()
        self.evaluations = 0  # directed pairs actually run through the model (cache misses)

    @classmethod
    def load(cls, name_or_path: str | os.PathLike[str] | None = None, *, batch_size: int = 32) -> "NLIModel":
        """Load from a local folder, the shipped default (None), or a hub name; ModelError if unusable."""
        target, local = _resolve(name_or_path)
        temperature = read_temperature(target) if local else 1.0
        try:
            import torch

            if threads := busy_machine_threads():
                torch.set_num_threads(threads)
            compact = load_compact(target, fast_dtype()) if local else None
            model, tokenizer = compact or _load_with_transformers(target, local)
        except ModelError:
            raise
        except Exception as exc:  # transformers raises many types for a bad folder
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ModelError(f"{target}: cannot load the NLI model: {reason[:200]}") from exc
        model.eval()
        try:
            find_label_order(model.config.id2label)
        except ModelError as exc:
            raise ModelError(f"{target}: {exc}") from None
        if len(tokenizer) > model.config.vocab_size:
            raise ModelError(f"{target}: tokenizer and model do not match ({len(tokenizer)} tokens for a "
                             f"vocabulary of {model.config.vocab_size})")
        return cls(model, tokenizer, name=str(name_or_path or target), batch_size=batch_size, temperature=temperature)

    def predict(self, pairs: Sequence[tuple[str, str]],
                progress: Callable[[int], None] | None = None) -> list[NLIProbs]:
        """Probabilities for each (premise, hypothesis); repeated pairs are computed once."""
        missing = sorted({p for p in pairs if p not in self._cache}, key=lambda p: (len(p[0]) + len(p[1]), p))
        for start in range(0, len(missing), self.batch_size):
            batch = missing[start: start + self.batch_size]
            for pair, probs in zip(batch, self._run(batch)):
                self._remember(pair, probs)
            if progress:
                progress(len(batch))
        return [self._cache[p] for p in pairs]

    def clear_cache(self) -> None:
        """Forget every computed pair, so the next article is judged as by a freshly loaded model.

        A server that must not keep article text between requests calls it after each check
        (``factcheck serve --no-cache``). Corpus mode calls it between articles, so a row depends
        on its article alone, not on what the same worker judged before (``nli_evaluations``
        counts cache misses).
        """
        self._cache.clear()

    def _remember(self, pair: tuple[str, str], probs: NLIProbs) -> None:
        self._cache[pair] = probs
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)

    def _run(self, batch: list[tuple[str, str]]) -> list[NLIProbs]:
        import torch

        encoded = self.tokenizer([p for p, _ in batch], [h for _, h in batch], padding=True,
                                 truncation=True, max_length=MAX_LENGTH, return_tensors="pt")
        with torch.inference_mode():
            probs = torch.softmax(self.model(**encoded).logits.float() / self.temperature, dim=-1).tolist()
        self.evaluations += len(batch)
        e, n, c = self.label_order
        return [NLIProbs(entailment=round(row[e], PROBABILITY_DIGITS),
                         neutral=round(row[n], PROBABILITY_DIGITS) if n >= 0 else round(1 - row[e] - row[c], PROBABILITY_DIGITS),
                         contradiction=round(row[c], PROBABILITY_DIGITS))
                for row in probs]
