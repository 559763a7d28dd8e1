#!/usr/bin/env bash
# Every number in README's Quality table and the model card, in one run (about 3 min on 2 cores).
#   scripts/evaluate_all.sh [OUT_DIR]      (default: eval-results/, which git ignores)
# Each line runs `factcheck eval`; its terminal report goes to OUT_DIR/<name>.txt, its numbers to
# OUT_DIR/<name>.json. Needs ../shared/data beside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-eval-results}"
data=../shared/data
mkdir -p "$out"
run() {  # run NAME DATA [ARGS...]
    local name=$1; shift
    echo "== $name: factcheck eval $*" | tee "$out/$name.txt"
    HF_HUB_OFFLINE=1 .venv/bin/factcheck eval "$@" --json "$out/$name.json" >> "$out/$name.txt" 2>&1
}
run samples samples --threshold-sweep
run chatprotect_dev $data/contradictions/chatprotect/dev.jsonl --threshold-sweep
run contradoc_dev $data/contradictions/contradoc/dev.jsonl --threshold-sweep
run snli_test $data/nli-eval/snli/snli_test.jsonl --mode nli
for split in baseline ling_in_loop ling_on_side; do
    run lingnli_val_$split $data/nli-train/lingnli/val_$split.jsonl --mode nli
done
for round in R1 R2 R3; do
    run anli_${round}_dev $data/nli-eval/anli/${round}_dev.jsonl --mode nli
done
run vitaminc_500 $data/nli-eval/vitaminc_500/vitaminc_500.json
for subset in numerals_2_3 numerals_10_100 quantifiers; do
    run imppres_$subset $data/nli-eval/imppres/implicature/$subset.jsonl
done
echo "results in $out/"
