"""Train the shipped NLI judge model: ``python models/train.py --preset cpu`` or ``--preset gpu``.

The model is a 3-way NLI cross-encoder (entailment / neutral / contradiction) on all-MiniLM-L6-v2
(Apache-2.0). Both presets continue from the shipped weights (``models/factcheck-nli-minilm``) on
a mix of the NLI training sets that ``../shared/data/README.md`` allows and the task data of
``models/generate_pairs.py`` (claim pairs from real articles), then fit a temperature on the task
data's by-article validation split so the contradiction probability is calibrated
(``calibration.json``, read by ``factcheck.nli``).

* ``--pack-data`` builds the training data once into one small file (``.work/gpu/pack.npz.xz``, an
  xz-compressed npz): every distinct sentence as token ids (uint16), every pair as two indices. It holds text
  derived from ``../shared``, so it lives in an ignored folder and is never committed.
* ``--preset cpu`` samples the pack and finishes in under an hour on 2 cores (bf16 autocast where
  the CPU has AMX, float32 elsewhere), writing a model folder to ``--out`` (default ``.work/cpu/model``).
* ``--preset gpu`` trains on the whole pack (under 8 minutes on one H200), and writes the weights
  as parts of at most 15 MB (the device returns files of at most 16 MiB), which
  ``--assemble PARTS --out FOLDER`` turns back into a model folder here.

Why these choices:
* 2-way sets (HANS-style, monotonicity, lexical) say "not entailed", which is neutral OR
  contradiction: their loss is -log(p_n + p_c), so they never teach "contradiction".
* Contradiction is symmetric, and the checker judges claims both ways: NLI contradiction pairs
  are added reversed (the task pairs are already in random order).
* Fixed seed, progress in ``<work>/log.jsonl``, checkpoints that a rerun resumes from, and
  ``--time-budget`` that shortens the schedule (not cuts it) so the learning rate still decays.

Nothing from ``nli-eval/``, ``contradictions/`` or ``summary-consistency/`` is read, except the
SNLI *dev* split, which the data README allows for training.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import lzma
import math
import os
import random
import shutil
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np
import torch

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / ".." / "shared" / "data"
SHIPPED = REPO / "models" / "factcheck-nli-minilm"
DEFAULT_PACK = REPO / ".work" / "gpu" / "pack.npz.xz"
LABELS = ("entailment", "neutral", "contradiction")
NOT_ENTAILED = 3  # set-valued target: neutral or contradiction
LABEL_INDEX = {
    "entailment": 0, "entailed": 0, "neutral": 1, "contradiction": 2,
    "non-entailment": NOT_ENTAILED, "not-entailed": NOT_ENTAILED,
}
TASK_SOURCE = "task_news"  # the generated claim pairs of models/generate_pairs.py
PART_BYTES = 15_000_000  # the device returns files of at most 16 MiB
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.txt")


@dataclass(frozen=True)
class Settings:
    base: str = str(SHIPPED)
    pack: str = str(DEFAULT_PACK)
    out: str = str(REPO / ".work" / "cpu" / "model")
    work: str = str(REPO / ".work" / "cpu")
    sharded: bool = False  # write parts of <= 15 MB instead of a model folder (GPU runs)
    seed: int = 20261126
    epochs: float = 1.0
    batch_size: int = 32
    learning_rate: float = 2e-5
    weight_decay: float = 0.01
    warmup_ratio: float = 0.06
    max_length: int = 128
    checkpoint_every: int = 500
    time_budget: float | None = None  # seconds for the training loop
    sample: int | None = None  # train on this many examples of the pack (None: all)
    task_share: float = 0.5  # with ``sample``: this share of it is task pairs, the rest NLI replay
    limit: int | None = None  # smoke tests: at most this many examples, validation pairs too
    freeze_word_embeddings: bool = True  # 11.7M of the 22.7M weights: cheaper steps, and rare words keep their meaning
    frozen_layers: int = 0  # the lowest encoder layers kept as shipped: no backward through them (CPU)
    calibration_pairs: int | None = None  # fit the temperature on at most this many validation pairs
    log_every: int = 50


PRESETS: dict[str, dict] = {
    # 2 cores: at most 35 minutes of training (bf16 autocast only with AMX; the plan is fitted to the measured
    # speed), a gentle step from the shipped weights; then calibration and export.
    "cpu": dict(epochs=1.0, batch_size=32, learning_rate=2e-5, sample=150_000, task_share=0.5, frozen_layers=3,
                time_budget=35 * 60, checkpoint_every=100, log_every=10, calibration_pairs=2000),
    # one H200: the whole pack, three epochs, about 5 minutes in bf16 autocast.
    "gpu": dict(epochs=3.0, batch_size=256, learning_rate=6e-5, sample=None, time_budget=330,
                checkpoint_every=10**9, sharded=True, out="/tmp/factcheck-out", work="/tmp/factcheck-work"),
}


# ------------------------------------------------------------------ training data


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig") as f:
        return [json.loads(line) for line in f if line.strip()]


def _rows(path: Path, premise: str, hypothesis: str, label: str, source: str, every: int = 1):
    for i, row in enumerate(_jsonl(path)):
        target = LABEL_INDEX.get(str(row.get(label, "")).strip().lower())
        if target is not None and i % every == 0 and row.get(premise) and row.get(hypothesis):
            yield (row[premise].strip(), row[hypothesis].strip(), target, source)


def _conjnli(path: Path, source: str):
    with path.open(encoding="utf-8-sig") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            target = LABEL_INDEX.get((row.get("Label") or "").strip().lower())
            if target is not None and row.get("Premise") and row.get("Hypothesis"):
                yield (row["Premise"].strip(), row["Hypothesis"].strip(), target, source)


def _lingnli_val_premises() -> set[str]:
    """LingNLI reuses MNLI-dev premises; MNLI-dev rows with a LingNLI *val* premise stay out of
    training, so the LingNLI val check keeps measuring unseen premises."""
    return {row["premise"].strip() for name in ("val_baseline", "val_ling_in_loop", "val_ling_on_side")
            for row in _jsonl(DATA / f"nli-train/lingnli/{name}.jsonl")}


def nli_examples() -> list[tuple[str, str, int, str]]:
    """Every NLI training pair as (premise, hypothesis, target, source-name), duplicates removed."""
    train, cur = DATA / "nli-train", DATA / "nli-train" / "curriculum"
    held_out = _lingnli_val_premises()
    parts = [
        *(_rows(train / f"lingnli/{f}", "premise", "hypothesis", "label", "lingnli")
          for f in ("train_baseline.jsonl", "train_ling_in_loop.jsonl", "train_ling_on_side.jsonl")),
        _conjnli(train / "conjnli/adversarial_train_15k.tsv", "conjnli"),
        _rows(train / "breaking_nli/dataset.jsonl", "sentence1", "sentence2", "gold_label", "breaking_nli"),
        _rows(train / "hans_regenerated/hans_style_seed12345.jsonl", "premise", "hypothesis", "label",
              "hans_regenerated", every=3),
        _rows(train / "taxinli/taxinli_not_in_mnli_dev.jsonl", "premise", "hypothesis", "label", "taxinli"),
        *(_rows(cur / f"{task}/train.jsonl", "premise", "hypothesis", "gold_label", f"curriculum/{task}")
          for task in ("quantifier", "counting", "negation", "boolean", "comparative", "conditional", "lexical")),
        _rows(cur / "monotonicity_infer/train.jsonl", "premise", "hypothesis", "gold_label",
              "curriculum/monotonicity_infer", every=3),
        _rows(DATA / "nli-eval/snli/snli_dev.jsonl", "premise", "hypothesis", "label", "snli_dev"),
        *(_rows(train / f"snli_train_subset/{f}", "premise", "hypothesis", "label", "snli_train_subset")
          for f in ("train.jsonl", "extra_2k.jsonl")),
        _rows(train / "cad_snli/train.jsonl", "premise", "hypothesis", "label", "cad_snli"),
        *(_rows(train / f"mnli_dev_gold/{f}", "premise", "hypothesis", "label", "mnli_dev_gold")
          for f in ("dev_matched_gold_verified_subset.jsonl", "dev_mismatched_gold_verified_subset.jsonl")),
    ]
    examples = [row for part in parts for row in part
                if not (row[3] == "mnli_dev_gold" and row[0] in held_out)]
    # monotonicity_infer's 2-way labels are spelled entailment/neutral: neutral there means
    # "not entailed", so it must not teach "neutral, certainly not contradiction".
    examples = [(p, h, NOT_ENTAILED if s == "curriculum/monotonicity_infer" and t == 1 else t, s)
                for p, h, t, s in examples]
    examples = list({(p, h): (p, h, t, s) for p, h, t, s in reversed(examples)}.values())[::-1]
    reversed_contradictions = [(h, p, t, s + "/reversed") for p, h, t, s in examples if t == 2]
    return examples + reversed_contradictions


def task_examples(path: Path) -> tuple[list, list]:
    """(train, validation) task pairs from generate_pairs.py's output; validation keeps its maker."""
    train, validation = [], []
    for row in _jsonl(path):
        example = (row["premise"], row["hypothesis"], LABEL_INDEX[row["label"]], TASK_SOURCE)
        if row["split"] == "train":
            train.append(example)
        else:
            validation.append((*example[:3], row["maker"]))
    return train, validation


# ------------------------------------------------------------------ the packed data file


def build_pack(path: Path, news_pairs: Path, tokenizer_dir: str, seed: int = 13) -> dict:
    """Write every training pair and the validation pairs to one compressed file of token ids.

    Each distinct sentence is stored once (uint16 token ids, no special tokens) and each pair as two
    indices into them: the task pairs reuse each claim many times, so this is what keeps the file
    small enough to travel to the GPU machine (64 MiB for the whole working tree, weights included).
    """
    from transformers import AutoTokenizer

    if not news_pairs.exists():
        import subprocess

        news_pairs.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, str(REPO / "models/generate_pairs.py"), str(news_pairs),
                        "--seed", str(seed)], check=True, stdout=subprocess.DEVNULL)
    train_task, validation = task_examples(news_pairs)
    train = nli_examples() + train_task
    texts = sorted({t for p, h, *_ in train + validation for t in (p, h)})
    index = {t: i for i, t in enumerate(texts)}
    tokenizer = AutoTokenizer.from_pretrained(tokenizer_dir)
    ids = tokenizer(texts, add_special_tokens=False, truncation=True, max_length=160)["input_ids"]
    lengths = np.array([len(x) for x in ids], dtype=np.int64)
    sources = sorted({e[3] for e in train} | {e[3] for e in validation})
    rows = train + validation
    arrays = {
        "token_ids": np.fromiter((t for x in ids for t in x), dtype=np.uint16, count=int(lengths.sum())),
        "offsets": np.concatenate([[0], np.cumsum(lengths)]).astype(np.uint32),
        "pairs": np.array([(index[p], index[h]) for p, h, *_ in rows], dtype=np.uint32).reshape(-1, 2),
        "targets": np.array([e[2] for e in rows], dtype=np.uint8),
        "sources": np.array([sources.index(e[3]) for e in rows], dtype=np.uint8 if len(sources) < 256 else np.uint16),
        "validation": np.array([0] * len(train) + [1] * len(validation), dtype=np.uint8),
    }
    meta = {"source_names": sources, "tokenizer_vocab": len(tokenizer), "texts": len(texts),
            "train": len(train), "validation": len(validation),
            "train_sources": dict(sorted(Counter(e[3] for e in train).items())),
            "train_labels": dict(Counter(("entailment", "neutral", "contradiction", "not-entailed")[e[2]] for e in train)),
            "news_pairs_sha1": hashlib.sha1(news_pairs.read_bytes()).hexdigest()}
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = io.BytesIO()
    np.savez(raw, meta=np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8), **arrays)
    # xz packs these arrays 27% smaller than the zip deflate of savez_compressed (5.0 against 6.9 MiB
    # measured on one pack), and the GPU machine's whole working tree is limited to 64 MiB.
    path.write_bytes(lzma.compress(raw.getvalue(), preset=9 | lzma.PRESET_EXTREME) if path.suffix == ".xz"
                     else raw.getvalue())
    return meta


@dataclass
class Pack:
    """The packed data, read back: sentences as token ids and pairs as indices into them."""

    token_ids: np.ndarray
    offsets: np.ndarray
    pairs: np.ndarray
    targets: np.ndarray
    sources: np.ndarray
    validation: np.ndarray
    meta: dict

    @classmethod
    def load(cls, path: Path) -> "Pack":
        data = path.read_bytes()
        with np.load(io.BytesIO(lzma.decompress(data) if path.suffix == ".xz" else data)) as z:
            arrays = {k: z[k] for k in z.files}
        meta = json.loads(arrays.pop("meta").tobytes().decode())
        return cls(meta=meta, **arrays)

    def sentence(self, i: int) -> list[int]:
        return self.token_ids[self.offsets[i]: self.offsets[i + 1]].tolist()

    def source_name(self, row: int) -> str:
        return self.meta["source_names"][int(self.sources[row])]

    def rows(self, validation: bool) -> np.ndarray:
        return np.flatnonzero(self.validation == int(validation))


def pair_ids(a: list[int], b: list[int], max_length: int, cls_id: int, sep_id: int) -> tuple[list[int], list[int]]:
    """[CLS] a [SEP] b [SEP] with the longer side cut first, as the tokenizer's 'longest_first' does."""
    a, b = list(a), list(b)
    while len(a) + len(b) + 3 > max_length:
        (a if len(a) >= len(b) else b).pop()
    ids = [cls_id, *a, sep_id, *b, sep_id]
    return ids, [0] * (len(a) + 2) + [1] * (len(b) + 1)


def choose_rows(pack: Pack, settings: Settings, rng: random.Random) -> list[int]:
    """Training rows: all of them, or a sample with ``task_share`` task pairs and NLI replay for the rest."""
    rows = pack.rows(validation=False).tolist()
    if settings.sample and settings.sample < len(rows):
        task_id = pack.meta["source_names"].index(TASK_SOURCE) if TASK_SOURCE in pack.meta["source_names"] else -1
        task = [r for r in rows if pack.sources[r] == task_id]
        other = [r for r in rows if pack.sources[r] != task_id]
        n_task = min(len(task), int(settings.sample * settings.task_share))
        rows = rng.sample(task, n_task) + rng.sample(other, min(len(other), settings.sample - n_task))
    rng.shuffle(rows)
    return rows[: settings.limit] if settings.limit else rows


def encode_rows(pack: Pack, rows, settings: Settings, cls_id: int, sep_id: int):
    return [(*pair_ids(pack.sentence(int(pack.pairs[r, 0])), pack.sentence(int(pack.pairs[r, 1])),
                       settings.max_length, cls_id, sep_id), int(pack.targets[r])) for r in rows]


# ------------------------------------------------------------------ batching


def batches_for_epoch(encoded, batch_size: int, rng: random.Random) -> list[list[int]]:
    """Shuffled batches of similar lengths: padding costs less, order stays random."""
    order = list(range(len(encoded)))
    rng.shuffle(order)
    pool = batch_size * 50
    batches = []
    for i in range(0, len(order), pool):
        chunk = sorted(order[i: i + pool], key=lambda j: len(encoded[j][0]))
        batches.extend(chunk[k: k + batch_size] for k in range(0, len(chunk), batch_size))
    rng.shuffle(batches)
    return batches


def collate(encoded, indices, pad_id: int, device):
    width = max(len(encoded[i][0]) for i in indices)
    ids = torch.full((len(indices), width), pad_id, dtype=torch.long)
    types = torch.zeros((len(indices), width), dtype=torch.long)
    mask = torch.zeros((len(indices), width), dtype=torch.long)
    for row, i in enumerate(indices):
        n = len(encoded[i][0])
        ids[row, :n] = torch.tensor(encoded[i][0])
        types[row, :n] = torch.tensor(encoded[i][1])
        mask[row, :n] = 1
    targets = torch.tensor([encoded[i][2] for i in indices])
    return ids.to(device), types.to(device), mask.to(device), targets.to(device)


def nli_loss(logits: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    """Cross-entropy where target 3 means 'neutral or contradiction' (2-way sets)."""
    log_probs = torch.log_softmax(logits.float(), dim=-1)
    allowed = torch.nn.functional.one_hot(targets.clamp(max=2), 3).bool()
    allowed[targets == NOT_ENTAILED] = torch.tensor([False, True, True], device=logits.device)
    return -torch.logsumexp(log_probs.masked_fill(~allowed, -1e9), dim=-1).mean()


# ------------------------------------------------------------------ training


def log(work: Path, **fields) -> None:
    fields["time"] = round(time.time(), 1)
    line = json.dumps(fields)
    print(line, flush=True)
    with (work / "log.jsonl").open("a") as f:
        f.write(line + "\n")


def build_model(base: str):
    from transformers import AutoModelForSequenceClassification
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    return AutoModelForSequenceClassification.from_pretrained(
        base, num_labels=3, id2label=dict(enumerate(LABELS)), label2id={l: i for i, l in enumerate(LABELS)},
        dtype=torch.float32,
    )


def autocast_dtype(device: torch.device):
    """bf16 autocast on a GPU, and on a CPU with AMX tiles; else none.

    AVX512-BF16 alone is not enough: on this project's CPUs (no AMX) a training step of batch 32
    took 2.2 s under bf16 autocast against 1.2 s in float32, measured in one run on 2026-11-30, as
    inference was slower there too (see ``factcheck.nli.fast_dtype``).
    """
    if device.type == "cuda":
        return torch.bfloat16
    return torch.bfloat16 if getattr(getattr(torch, "cpu", None), "_is_amx_tile_supported", lambda: False)() else None


def train(settings: Settings) -> dict:
    from transformers import AutoTokenizer, get_linear_schedule_with_warmup

    work = Path(settings.work)
    work.mkdir(parents=True, exist_ok=True)
    random.seed(settings.seed)
    torch.manual_seed(settings.seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    amp = autocast_dtype(device)
    tokenizer = AutoTokenizer.from_pretrained(settings.base)
    pack = Pack.load(Path(settings.pack))
    rows = choose_rows(pack, settings, random.Random(settings.seed))
    sources = Counter(pack.source_name(r) for r in rows)
    labels = Counter(("entailment", "neutral", "contradiction", "not-entailed")[pack.targets[r]] for r in rows)
    log(work, event="data", examples=len(rows), sources=dict(sorted(sources.items())), labels=dict(labels),
        device=str(device), autocast=str(amp))
    encoded = encode_rows(pack, rows, settings, tokenizer.cls_token_id, tokenizer.sep_token_id)

    model = build_model(settings.base).to(device)
    if settings.freeze_word_embeddings:
        model.get_input_embeddings().weight.requires_grad_(False)
    if settings.frozen_layers:
        model.base_model.embeddings.requires_grad_(False)  # else backward runs through the frozen layers to them
    for layer in model.base_model.encoder.layer[: settings.frozen_layers]:
        layer.requires_grad_(False)  # autograd then stops below the first trained layer
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(trainable, lr=settings.learning_rate, weight_decay=settings.weight_decay,
                                  foreach=True)
    steps_per_epoch = math.ceil(len(encoded) / settings.batch_size)
    total_steps = max(1, int(steps_per_epoch * settings.epochs))
    scheduler = get_linear_schedule_with_warmup(optimizer, int(total_steps * settings.warmup_ratio), total_steps)
    step, total_steps, scheduler = resume(work, settings, model, optimizer, scheduler, total_steps)
    first_step = step
    start, stopped_early, warm = time.time(), False, time.time()
    model.train()
    while step < total_steps and not stopped_early:
        epoch = step // steps_per_epoch
        plan = batches_for_epoch(encoded, settings.batch_size, random.Random(settings.seed + epoch))
        for indices in plan[step - epoch * steps_per_epoch:]:
            ids, types, mask, targets = collate(encoded, indices, tokenizer.pad_token_id, device)
            with torch.autocast(device.type, dtype=amp or torch.float32, enabled=amp is not None):
                logits = model(input_ids=ids, token_type_ids=types, attention_mask=mask).logits
            loss = nli_loss(logits, targets)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(trainable, 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            step += 1
            if step == first_step + 5:
                warm = time.time()  # the first steps pay for start-up; the rate is measured after them
            if step == first_step + 25 and settings.time_budget:
                total_steps, scheduler = fit_to_budget(settings, optimizer, scheduler, step, total_steps,
                                                       20 / (time.time() - warm), time.time() - start, work)
            if step % settings.log_every == 0:
                log(work, event="step", step=step, of=total_steps, epoch=round(step / steps_per_epoch, 3),
                    loss=round(loss.item(), 4), lr=scheduler.get_last_lr()[0], seconds=round(time.time() - start, 1))
            if step % settings.checkpoint_every == 0:
                save_checkpoint(work, model, optimizer, scheduler, step, total_steps)
            if settings.time_budget and time.time() - start > settings.time_budget * 1.15:
                stopped_early = True  # the fitted plan overran badly (a busy machine): stop and export
                break
            if step >= total_steps:
                break
    seconds = time.time() - start
    model.eval()
    calibration = fit_calibration(model, pack, settings, tokenizer, device, amp)
    log(work, event="calibrated", **{k: v for k, v in calibration.items() if k != "per_maker"})
    meta = {"settings": {k: v for k, v in asdict(settings).items() if k not in ("base", "out", "work", "pack")},
            "initialised_from": Path(settings.base).name, "step": step, "total_steps": total_steps,
            "seconds": round(seconds, 1), "device": str(device), "autocast": str(amp), "stopped_early": stopped_early,
            "examples": len(rows), "sources": dict(sorted(sources.items())), "labels": dict(labels),
            "pack": {k: v for k, v in pack.meta.items() if k != "source_names"}}
    export(model, settings, meta, calibration)
    return meta


def fit_to_budget(settings: Settings, optimizer, scheduler, step: int, total_steps: int, rate: float,
                  elapsed: float, work: Path):
    """Shorten the schedule so it ends, fully decayed, inside --time-budget.

    Cutting a run in the middle of its learning-rate decay leaves a worse model than a shorter
    schedule run to its end, so the budget is applied to the plan rather than as a stop.
    """
    from transformers import get_linear_schedule_with_warmup

    affordable = step + max(1, int(rate * (settings.time_budget - elapsed) * 0.9))
    if affordable >= total_steps:
        return total_steps, scheduler
    log(work, event="fitted-to-budget", steps_per_second=round(rate, 2), total_steps=affordable, was=total_steps)
    for group in optimizer.param_groups:
        group["lr"] = group["initial_lr"]
    fitted = get_linear_schedule_with_warmup(optimizer, int(affordable * settings.warmup_ratio), affordable)
    for _ in range(step):
        fitted.step()
    return affordable, fitted


def save_checkpoint(work: Path, model, optimizer, scheduler, step: int, total_steps: int) -> None:
    tmp = work / "checkpoint.pt.tmp"
    torch.save({"step": step, "total_steps": total_steps, "model": model.state_dict(),
                "optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict()}, tmp)
    os.replace(tmp, work / "checkpoint.pt")  # never leave a half-written checkpoint behind


def resume(work: Path, settings: Settings, model, optimizer, scheduler, total_steps: int):
    """(step, total steps, scheduler) of the last checkpoint in ``work``, or of a fresh start."""
    from transformers import get_linear_schedule_with_warmup

    path = work / "checkpoint.pt"
    if not path.exists():
        return 0, total_steps, scheduler
    state = torch.load(path, map_location="cpu", weights_only=True)
    model.load_state_dict(state["model"])
    optimizer.load_state_dict(state["optimizer"])
    total_steps = int(state.get("total_steps", total_steps))  # a plan fitted to the budget keeps its length
    scheduler = get_linear_schedule_with_warmup(optimizer, int(total_steps * settings.warmup_ratio), total_steps)
    scheduler.load_state_dict(state["scheduler"])
    log(work, event="resumed", step=state["step"], of=total_steps)
    return int(state["step"]), total_steps, scheduler


# ------------------------------------------------------------------ calibration


@torch.no_grad()
def validation_logits(model, pack: Pack, settings: Settings, tokenizer, device, amp, batch_size: int = 128):
    rows = pack.rows(validation=True)
    if settings.limit or settings.calibration_pairs:
        rows = np.random.default_rng(settings.seed).permutation(rows)[: settings.limit or settings.calibration_pairs]
    encoded = encode_rows(pack, rows, settings, tokenizer.cls_token_id, tokenizer.sep_token_id)
    order = sorted(range(len(encoded)), key=lambda i: len(encoded[i][0]))
    logits = torch.zeros((len(encoded), 3))
    for k in range(0, len(order), batch_size):
        indices = order[k: k + batch_size]
        ids, types, mask, _ = collate(encoded, indices, tokenizer.pad_token_id, device)
        with torch.autocast(device.type, dtype=amp or torch.float32, enabled=amp is not None):
            logits[indices] = model(input_ids=ids, token_type_ids=types, attention_mask=mask).logits.float().cpu()
    targets = torch.tensor([e[2] for e in encoded])
    makers = [pack.source_name(int(r)) for r in rows]
    return logits, targets, makers


def contradiction_nll(logits: torch.Tensor, targets: torch.Tensor, temperature) -> torch.Tensor:
    """Binary log-loss of the contradiction probability softmax(logits / T)[2] against 'contradiction'."""
    log_probs = torch.log_softmax(logits / temperature, dim=-1)
    log_c = log_probs[:, 2]
    log_not_c = torch.logsumexp(log_probs[:, :2], dim=-1)
    return -torch.where(targets == 2, log_c, log_not_c).mean()


def fit_temperature(logits: torch.Tensor, targets: torch.Tensor) -> float:
    """The temperature T that makes the contradiction probability softmax(logits / T)[2] calibrated:
    the one minimising its binary log-loss. The judge thresholds that probability alone, so it is
    what is fitted (a 3-way fit calibrates the other labels too and left it worse here)."""
    log_t = torch.zeros((), requires_grad=True)
    optimizer = torch.optim.LBFGS([log_t], lr=0.1, max_iter=200)

    def closure():
        optimizer.zero_grad()
        loss = contradiction_nll(logits, targets, log_t.exp())
        loss.backward()
        return loss

    optimizer.step(closure)
    return float(log_t.detach().exp())


def expected_calibration_error(probs: torch.Tensor, positives: torch.Tensor, bins: int = 10) -> float:
    """ECE of the contradiction probability: how far, on average, it is from the observed rate."""
    edges = torch.linspace(0, 1, bins + 1)
    total = 0.0
    for low, high in zip(edges[:-1], edges[1:]):
        inside = (probs > low) & (probs <= high) if low > 0 else (probs >= low) & (probs <= high)
        if inside.any():
            total += inside.float().mean().item() * abs(probs[inside].mean().item() - positives[inside].float().mean().item())
    return round(total, 4)


def calibration_numbers(logits: torch.Tensor, targets: torch.Tensor, temperature: float) -> dict:
    probs = torch.softmax(logits / temperature, dim=-1)
    positives = targets == 2
    return {"nll": round(torch.nn.functional.cross_entropy(logits / temperature, targets).item(), 4),
            "contradiction_log_loss": round(contradiction_nll(logits, targets, temperature).item(), 4),
            "ece_contradiction": expected_calibration_error(probs[:, 2], positives),
            "accuracy": round((probs.argmax(-1) == targets).float().mean().item(), 4)}


def fit_calibration(model, pack: Pack, settings: Settings, tokenizer, device, amp) -> dict:
    """Temperature scaling on the task data's by-article validation split (no article of it was
    trained on), so that a contradiction probability of 0.7 is right about 70% of the time there."""
    logits, targets, makers = validation_logits(model, pack, settings, tokenizer, device, amp)
    if len(targets) == 0:
        return {"temperature": 1.0, "pairs": 0}
    temperature = fit_temperature(logits, targets)
    predicted = torch.softmax(logits, -1).argmax(-1)
    per_maker: dict[str, list[int]] = {}
    for maker, p, t in zip(makers, predicted.tolist(), targets.tolist()):
        per_maker.setdefault(maker, []).append(int(p == t))
    return {"method": "temperature", "temperature": round(temperature, 4),
            "fitted_on": "task data, by-article validation split (models/generate_pairs.py)", "pairs": len(targets),
            "before": calibration_numbers(logits, targets, 1.0), "after": calibration_numbers(logits, targets, temperature),
            "per_maker": {m: {"pairs": len(v), "accuracy": round(sum(v) / len(v), 4)} for m, v in sorted(per_maker.items())}}


# ------------------------------------------------------------------ export


def export(model, settings: Settings, meta: dict, calibration: dict) -> None:
    out = Path(settings.out)
    out.mkdir(parents=True, exist_ok=True)
    model = model.to("cpu").half().eval()
    model.config.torch_dtype = "float16"
    if settings.sharded:
        save_parts(model, out, meta, calibration)
    else:
        model.save_pretrained(out, safe_serialization=True)
        write_folder_extras(out, settings.base, meta, calibration)
    print(f"exported {out} after {meta['step']} of {meta['total_steps']} steps", flush=True)


def write_folder_extras(out: Path, tokenizer_dir: str, meta: dict, calibration: dict) -> None:
    for name in TOKENIZER_FILES:
        if (Path(tokenizer_dir) / name).exists() and Path(tokenizer_dir).resolve() != out.resolve():
            shutil.copy(Path(tokenizer_dir) / name, out / name)
    (out / "calibration.json").write_text(json.dumps(calibration, indent=2) + "\n")
    (out / "training_meta.json").write_text(json.dumps(meta, indent=2) + "\n")


def save_parts(model, out: Path, meta: dict, calibration: dict, part_bytes: int = PART_BYTES) -> None:
    """fp16 weights as safetensors parts of at most ``part_bytes``; a tensor too big for one part
    (the word embeddings, 23 MB) is cut into row blocks. ``parts.json`` says how to put them back."""
    from safetensors.torch import save_file

    parts: list[dict[str, torch.Tensor]] = [{}]
    sizes, pieces = [0], {}
    for name, tensor in model.state_dict().items():
        tensor = tensor.contiguous()
        rows_per_block = max(1, part_bytes // max(1, tensor[0].numel() * tensor.element_size())) if tensor.dim() else 1
        blocks = list(torch.split(tensor, rows_per_block)) if tensor.dim() and tensor.nbytes > part_bytes else [tensor]
        pieces[name] = []
        for k, block in enumerate(blocks):
            if sizes[-1] + block.nbytes > part_bytes:
                parts.append({})
                sizes.append(0)
            key = f"{name}@{k}"
            parts[-1][key] = block.clone()
            sizes[-1] += block.nbytes
            pieces[name].append(key)
    index = {}
    for i, part in enumerate(parts):
        save_file(part, str(out / f"part-{i}.safetensors"))
        index.update({key: i for key in part})
    manifest = {"pieces": pieces, "part_of": index, "parts": len(parts), "config": model.config.to_dict(),
                "training_meta": meta, "calibration": calibration}
    (out / "parts.json").write_text(json.dumps(manifest, indent=1) + "\n")


def assemble(parts_dir: Path, out: Path, tokenizer_dir: str) -> None:
    """Turn the parts a GPU run sent back into a model folder that ``from_pretrained`` loads."""
    from safetensors.torch import load_file, save_file

    manifest = json.loads((parts_dir / "parts.json").read_text())
    loaded = {}
    for i in range(manifest["parts"]):
        loaded.update(load_file(str(parts_dir / f"part-{i}.safetensors")))
    state = {name: torch.cat([loaded[k] for k in keys]) if len(keys) > 1 else loaded[keys[0]]
             for name, keys in manifest["pieces"].items()}
    out.mkdir(parents=True, exist_ok=True)
    (out / "config.json").write_text(json.dumps(manifest["config"], indent=2, sort_keys=True) + "\n")
    save_file({k: v.contiguous() for k, v in state.items()}, str(out / "model.safetensors"), metadata={"format": "pt"})
    write_folder_extras(out, tokenizer_dir, manifest["training_meta"], manifest["calibration"])
    print(f"assembled {out} from {manifest['parts']} parts")


# ------------------------------------------------------------------ command line


def calibrate_folder(folder: Path, settings: Settings, write: bool = False) -> dict:
    """The calibration an existing model folder would get on the pack's validation split."""
    from transformers import AutoTokenizer

    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    model = build_model(str(folder)).to(device).eval()
    calibration = fit_calibration(model, Pack.load(Path(settings.pack)), settings, AutoTokenizer.from_pretrained(folder),
                                  device, autocast_dtype(device))
    print(json.dumps({k: v for k, v in calibration.items() if k != "per_maker"}, indent=1))
    if write:
        (folder / "calibration.json").write_text(json.dumps(calibration, indent=2) + "\n")
    return calibration


def settings_from(args: argparse.Namespace) -> Settings:
    settings = Settings()
    if args.preset:
        settings = replace(settings, **PRESETS[args.preset])
    overrides = {k: v for k, v in vars(args).items()
                 if k in Settings.__dataclass_fields__ and v is not None}
    return replace(settings, **overrides)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Train the shipped factcheck NLI model (resumable).")
    parser.add_argument("--preset", choices=sorted(PRESETS), help="cpu: 2 cores, under an hour; gpu: one H200")
    parser.add_argument("--pack-data", action="store_true", help="build the packed data file and stop")
    parser.add_argument("--assemble", metavar="PARTS", help="turn a GPU run's parts into the model folder --out")
    parser.add_argument("--calibrate", metavar="MODEL", help="fit the temperature of a model folder; print it, "
                        "and write MODEL/calibration.json only with --write")
    parser.add_argument("--write", action="store_true", help="with --calibrate: write calibration.json")
    parser.add_argument("--calibration-pairs", type=int, help="fit on at most N validation pairs")
    parser.add_argument("--news-pairs", default=str(REPO / ".work/data/news_pairs.jsonl"),
                        help="generate_pairs.py output (made if missing)")
    parser.add_argument("--base", help="model to continue from (default: the shipped weights)")
    parser.add_argument("--pack", help=f"packed data (default {DEFAULT_PACK.relative_to(REPO)})")
    parser.add_argument("--out", help="model folder (cpu) or parts folder (gpu)")
    parser.add_argument("--work", help="checkpoints and log.jsonl")
    parser.add_argument("--epochs", type=float)
    parser.add_argument("--batch-size", type=int)
    parser.add_argument("--learning-rate", type=float)
    parser.add_argument("--checkpoint-every", type=int)
    parser.add_argument("--time-budget", type=float, help="seconds for the training loop; the schedule is fitted")
    parser.add_argument("--sample", type=int, help="train on N examples of the pack")
    parser.add_argument("--limit", type=int, help="use only N examples (smoke test)")
    args = parser.parse_args(argv)
    settings = settings_from(args)
    if args.pack_data:
        started = time.time()
        meta = build_pack(Path(settings.pack), Path(args.news_pairs), settings.base)
        size = Path(settings.pack).stat().st_size / 2**20
        print(json.dumps({**meta, "seconds": round(time.time() - started, 1), "MiB": round(size, 2)}, indent=1))
        return
    if args.calibrate:
        calibrate_folder(Path(args.calibrate), settings, write=args.write)
        return
    if args.assemble:
        assemble(Path(args.assemble), Path(args.out or REPO / ".work/gpu/model"), str(SHIPPED))
        return
    if not args.preset and not args.limit:
        parser.error("choose --preset cpu or --preset gpu (or --pack-data / --assemble)")
    if not Path(settings.pack).exists():
        sys.exit(f"models/train.py: no packed data at {settings.pack}; build it first: python models/train.py --pack-data")
    train(settings)


if __name__ == "__main__":
    main()
