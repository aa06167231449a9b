#!/usr/bin/env bash
# ANERcorp figures for the README: train the CRF tagger on the approximate CAMeL train split
# and score the CAMeL test split three ways — rasd's KB + rules entities alone, the CRF
# alone, and the pipeline with the tagger (ner stage) after the entities stage.
#
#   bench/ner_anercorp.sh [--retrain]
#
# Data is read from ../shared/data/ner/anercorp (never copied); the model goes to
# models/ner-anercorp.crf (git-ignored). Needs `pip install -e '.[ner]'`.
# Environment: PYTHON (default: the repository's .venv, else python3), C1, C2, ITERATIONS.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DATA="$ROOT/../shared/data/ner/anercorp"
TRAIN="$DATA/ANERCorp_original_head_125275tok_approx_train.txt"
TEST="$DATA/ANERCorp_CamelLab_test.txt"
MODEL="$ROOT/models/ner-anercorp.crf"
PYTHON="${PYTHON:-$( [ -x "$ROOT/.venv/bin/python" ] && echo "$ROOT/.venv/bin/python" || echo python3 )}"
RASD=("$PYTHON" -m rasd)

if [ ! -f "$TRAIN" ] || [ ! -f "$TEST" ]; then
    echo "needs $DATA (the ../shared folder beside the repository)" >&2
    exit 2
fi

if [ "${1:-}" = "--retrain" ] || [ ! -f "$MODEL" ]; then
    mkdir -p "$(dirname "$MODEL")"
    TIMEFORMAT="train: %R s wall"
    time "${RASD[@]}" ner train --conll "$TRAIN" --out "$MODEL" \
        --c1 "${C1:-0.05}" --c2 "${C2:-0.01}" --max-iterations "${ITERATIONS:-150}"
fi
echo "model: $MODEL ($(wc -c < "$MODEL") bytes); $(tr -d '\n ' < "$MODEL.json")"

for mode in "rules" "crf" "combined"; do
    case "$mode" in
        rules) args=() ;;
        crf) args=(--model "$MODEL") ;;
        combined) args=(--model "$MODEL" --combined) ;;
    esac
    echo
    "${RASD[@]}" ner eval --conll "$TEST" "${args[@]}" 2>/dev/null
done
