"""The shipped judge model without importing transformers: a BERT cross-encoder in plain torch.

Why: a fresh ``factcheck ARTICLE`` used to spend more time importing transformers and running
``from_pretrained`` (about 3.5 s, measured against a bare ``import torch`` in one run) than on
anything else, and pre-commit hooks and CI steps start a fresh process every time. The shipped
model is a plain ``BertForSequenceClassification`` (MiniLM-L6: six layers, absolute positions,
GELU), whose forward pass is a few lines of torch; its weights load with ``safetensors`` and its
tokenizer with ``tokenizers``, both light libraries that transformers itself is built on.

Only folders whose ``config.json`` describes exactly that architecture load here
(``load_compact`` returns None for the rest); every other model, and any hub name, goes through
``transformers.from_pretrained`` as before (``factcheck.nli``). ``FACTCHECK_LOADER=transformers``
forces the transformers path. Its logits match transformers' to 1e-4 in float32
(tests/test_encoder.py), so findings do not depend on the path.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import SimpleNamespace
from typing import Any

_SUPPORTED = {"model_type": "bert", "architectures": ["BertForSequenceClassification"]}
_DEFAULTS = {"position_embedding_type": "absolute", "hidden_act": "gelu", "type_vocab_size": 2}


def compact_config(folder: Path) -> SimpleNamespace | None:
    """The folder's config if this module can run it, else None."""
    if os.environ.get("FACTCHECK_LOADER", "").lower() == "transformers":
        return None
    if not (folder / "tokenizer.json").is_file() or not (folder / "model.safetensors").is_file():
        return None
    try:
        raw = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # transformers gives the user its own error for a broken config
    if any(raw.get(key) != value for key, value in _SUPPORTED.items()):
        return None
    if any(raw.get(key, value) != value for key, value in _DEFAULTS.items()):
        return None
    raw["id2label"] = {int(k): v for k, v in raw.get("id2label", {}).items()}
    return SimpleNamespace(**raw)


def load_compact(folder: str | os.PathLike[str], dtype: Any) -> tuple[Any, "PairTokenizer"] | None:
    """(model, tokenizer) for a local BERT cross-encoder folder, or None when it is another kind."""
    folder = Path(folder)
    config = compact_config(folder)
    if config is None:
        return None
    from safetensors.torch import load_file

    weights = load_file(str(folder / "model.safetensors"))
    model = _bert_class()(config)
    missing, unexpected = model.load_state_dict(_renamed(weights), strict=False)
    if missing or unexpected:
        return None  # named differently than expected: leave it to transformers
    model.to(dtype).eval()
    return model, PairTokenizer(str(folder / "tokenizer.json"))


def _renamed(weights: dict) -> dict:
    """Older checkpoints name LayerNorm parameters gamma/beta; torch names them weight/bias."""
    return {key.replace("LayerNorm.gamma", "LayerNorm.weight").replace("LayerNorm.beta", "LayerNorm.bias"): value
            for key, value in weights.items() if not key.endswith("position_ids")}


class PairTokenizer:
    """The folder's fast tokenizer for (premise, hypothesis) batches, called like transformers'."""

    def __init__(self, path: str) -> None:
        from tokenizers import Tokenizer

        self._tokenizer = Tokenizer.from_file(path)
        pad = self._tokenizer.token_to_id("[PAD]")
        self._pad_id = 0 if pad is None else pad

    def __len__(self) -> int:
        return self._tokenizer.get_vocab_size(with_added_tokens=True)

    def __call__(self, premises: list[str], hypotheses: list[str], *, padding: bool = True,
                 truncation: bool = True, max_length: int = 512, return_tensors: str = "pt") -> dict:
        import torch

        tokenizer = self._tokenizer
        if truncation:
            tokenizer.enable_truncation(max_length=max_length, strategy="longest_first")
        else:
            tokenizer.no_truncation()
        if padding:
            tokenizer.enable_padding(pad_id=self._pad_id, pad_token="[PAD]")
        else:
            tokenizer.no_padding()
        encodings = tokenizer.encode_batch(list(zip(premises, hypotheses)))
        return {"input_ids": torch.tensor([e.ids for e in encodings]),
                "token_type_ids": torch.tensor([e.type_ids for e in encodings]),
                "attention_mask": torch.tensor([e.attention_mask for e in encodings])}


def _bert_class():
    """The model class, built on first use so that importing this module does not import torch."""
    import torch
    from torch import nn
    from torch.nn import functional as F

    class Embeddings(nn.Module):
        def __init__(self, c) -> None:
            super().__init__()
            self.word_embeddings = nn.Embedding(c.vocab_size, c.hidden_size)
            self.position_embeddings = nn.Embedding(c.max_position_embeddings, c.hidden_size)
            self.token_type_embeddings = nn.Embedding(c.type_vocab_size, c.hidden_size)
            self.LayerNorm = nn.LayerNorm(c.hidden_size, eps=c.layer_norm_eps)

        def forward(self, input_ids, token_type_ids):
            positions = torch.arange(input_ids.shape[1], device=input_ids.device)
            summed = (self.word_embeddings(input_ids) + self.token_type_embeddings(token_type_ids)
                      + self.position_embeddings(positions)[None])
            return self.LayerNorm(summed)

    class Dense(nn.Module):  # transformers' BertSelfOutput / BertOutput: projection, residual, norm
        def __init__(self, inputs: int, c) -> None:
            super().__init__()
            self.dense = nn.Linear(inputs, c.hidden_size)
            self.LayerNorm = nn.LayerNorm(c.hidden_size, eps=c.layer_norm_eps)

        def forward(self, x, residual):
            return self.LayerNorm(self.dense(x) + residual)

    class Layer(nn.Module):
        def __init__(self, c) -> None:
            super().__init__()
            self.heads = c.num_attention_heads
            self.attention = nn.Module()
            self.attention.self = nn.Module()
            for name in ("query", "key", "value"):
                setattr(self.attention.self, name, nn.Linear(c.hidden_size, c.hidden_size))
            self.attention.output = Dense(c.hidden_size, c)
            self.intermediate = nn.Module()
            self.intermediate.dense = nn.Linear(c.hidden_size, c.intermediate_size)
            self.output = Dense(c.intermediate_size, c)

        def _split(self, x):
            batch, length, width = x.shape
            return x.view(batch, length, self.heads, width // self.heads).transpose(1, 2)

        def forward(self, x, mask):
            s = self.attention.self
            context = F.scaled_dot_product_attention(self._split(s.query(x)), self._split(s.key(x)),
                                                     self._split(s.value(x)), attn_mask=mask)
            context = context.transpose(1, 2).reshape(x.shape)
            x = self.attention.output(context, x)
            return self.output(F.gelu(self.intermediate.dense(x)), x)

    class BertCrossEncoder(nn.Module):
        """BertForSequenceClassification's inference path, with its parameter names."""

        def __init__(self, config) -> None:
            super().__init__()
            self.config = config
            self.bert = nn.Module()
            self.bert.embeddings = Embeddings(config)
            self.bert.encoder = nn.Module()
            self.bert.encoder.layer = nn.ModuleList(Layer(config) for _ in range(config.num_hidden_layers))
            self.bert.pooler = nn.Module()
            self.bert.pooler.dense = nn.Linear(config.hidden_size, config.hidden_size)
            self.classifier = nn.Linear(config.hidden_size, len(config.id2label))

        def forward(self, input_ids, token_type_ids=None, attention_mask=None):
            if token_type_ids is None:
                token_type_ids = torch.zeros_like(input_ids)
            if attention_mask is None:
                attention_mask = torch.ones_like(input_ids)
            x = self.bert.embeddings(input_ids, token_type_ids)
            mask = attention_mask[:, None, None, :].bool()
            for layer in self.bert.encoder.layer:
                x = layer(x, mask)
            pooled = torch.tanh(self.bert.pooler.dense(x[:, 0]))
            return SimpleNamespace(logits=self.classifier(pooled))

    return BertCrossEncoder
