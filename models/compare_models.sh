#!/usr/bin/env bash
# The numbers that decide whether a new judge model ships, for one model, in one run:
#   models/compare_models.sh OUT_DIR [MODEL_FOLDER]     (no MODEL_FOLDER: the shipped model)
#   QUICK=1 models/compare_models.sh ...                 spread samples of each set, for a busy machine
# Each set's `factcheck eval` report goes to OUT_DIR/<name>.txt and its numbers to OUT_DIR/<name>.json;
# model-only findings on 200 clean-news articles go to OUT_DIR/model_only.json, and how well the
# model tells the tune half's planted contradictions from its traps (scripts/measure_stages.py) to
# OUT_DIR/devset_tune_stages.json. Needs ../shared/data.
set -u
cd "$(dirname "$0")/.."
out=$1; model=${2:-}
mkdir -p "$out"
m=(); [ -n "$model" ] && m=(--model "$model")
d=../shared/data
export HF_HUB_OFFLINE=1
ev() {  # ev NAME DATA [ARGS...]
    local name=$1; shift
    echo "factcheck eval $* ${m[*]}" > "$out/$name.txt"
    .venv/bin/factcheck eval "$@" "${m[@]}" --json "$out/$name.json" >> "$out/$name.txt" 2>&1
}
if [ -n "${QUICK:-}" ]; then
    .venv/bin/python models/count_model_only.py "${m[@]}" --limit 30 > "$out/model_only.json"
    ev chatprotect_dev $d/contradictions/chatprotect/dev.jsonl --limit 600
    ev snli_test $d/nli-eval/snli/snli_test.jsonl --mode nli --limit 1000
    ev lingnli_val $d/nli-train/lingnli/val_baseline.jsonl --mode nli --limit 800
    ev contradoc_dev $d/contradictions/contradoc/dev.jsonl --limit 40
    ev devset_tune samples/devset/tune
    .venv/bin/python scripts/measure_stages.py samples/devset/tune "${m[@]}" --json "$out/devset_tune_stages.json" > /dev/null
else
    .venv/bin/python models/count_model_only.py "${m[@]}" > "$out/model_only.json"
    ev chatprotect_dev $d/contradictions/chatprotect/dev.jsonl
    ev contradoc_dev $d/contradictions/contradoc/dev.jsonl
    ev devset_tune samples/devset/tune
    .venv/bin/python scripts/measure_stages.py samples/devset/tune "${m[@]}" --json "$out/devset_tune_stages.json" > /dev/null
    ev clean_news $d/clean-news --limit 200
    ev snli_test $d/nli-eval/snli/snli_test.jsonl --mode nli
    ev lingnli_val $d/nli-train/lingnli/val_baseline.jsonl --mode nli
fi
.venv/bin/python - "$out" <<'PY'
import json, sys, pathlib
out = pathlib.Path(sys.argv[1])
def get(name, *keys):
    try:
        value = json.loads((out / f"{name}.json").read_text())
        for key in keys:
            value = value[key]
        return value
    except (OSError, KeyError, ValueError):
        return None
summary = {"model_only_per_article": get("model_only", "model_only_per_article"),
           "clean_findings_per_article": get("clean_news", "findings_per_article"),
           "chatprotect_f1": get("chatprotect_dev", "f1"), "contradoc_balanced_accuracy": get("contradoc_dev", "balanced_accuracy"),
           "contradoc_evidence_hit_rate": get("contradoc_dev", "evidence_hit_rate"),
           "devset_tune_f1": get("devset_tune", "f1"),
           "devset_tune_separation_auc": get("devset_tune_stages", "separation", "auc_gold_vs_traps"),
           "devset_tune_false_findings_per_clean_article": get("devset_tune", "false_findings_per_clean_article"),
           "snli_test_accuracy": get("snli_test", "accuracy"), "lingnli_val_accuracy": get("lingnli_val", "accuracy")}
(out / "summary.json").write_text(json.dumps(summary, indent=1) + "\n")
print(json.dumps(summary, indent=1))
PY
