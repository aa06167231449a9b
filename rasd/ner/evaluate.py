"""Scoring name recognition on a CoNLL file, three ways.

- `rules`: rasd's own entities layer (knowledge base and patterns, no tagger);
- `crf`: the CRF tagger alone, on the file's own tokens;
- `combined`: the pipeline with the tagger stage after the entities stage.

For the pipeline modes each sentence's tokens are joined with spaces into one document
and every entity span is mapped back onto the tokens it overlaps, so a clitic kept out of
a span («لأحمد» → «أحمد») still counts for the whole CoNLL token. Scores are exact-span,
conlleval-style (`conll.Score`).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Callable, Iterable

from .conll import ALL_TYPES, Score, Sentence, chunks
from .features import norm_token

MODES = ("rules", "crf", "combined")


def evaluate(sentences: list[Sentence], mode: str = "rules", model: str | None = None,
             progress: Callable[[Iterable], Iterable] | None = None) -> Score:
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    if mode != "rules" and not model:
        raise ValueError(f"mode {mode!r} needs a model")
    predict = _crf_predictor(model) if mode == "crf" else _pipeline_predictor(
        model if mode == "combined" else None)
    score = Score()
    items = progress(sentences) if progress else sentences
    for s in items:
        score.add(chunks(s.tags), predict(s))
    return score


def _crf_predictor(model: str):
    from .model import load_tagger
    tagger = load_tagger(model)
    return lambda s: chunks(tagger.tag([norm_token(t) for t in s.tokens]))


def _pipeline_predictor(model: str | None):
    from ..document import Document
    from ..pipeline import STAGES, Pipeline
    names = [stage.NAME for stage in STAGES]
    stages = STAGES[:names.index("entities") + 1]    # later stages add no entities
    pipeline = Pipeline(stages, ner_model=model or False)

    def predict(s: Sentence) -> set[tuple[int, int, str]]:
        doc = pipeline(Document(s.text, id="conll"))
        return spans_to_chunks(token_offsets(s.tokens), doc.layer("entities"))
    return predict


def token_offsets(tokens: list[str]) -> list[tuple[int, int]]:
    """[start, end) of each token in `" ".join(tokens)`."""
    out, pos = [], 0
    for t in tokens:
        out.append((pos, pos + len(t)))
        pos += len(t) + 1
    return out


def spans_to_chunks(offsets: list[tuple[int, int]], spans) -> set[tuple[int, int, str]]:
    """Token chunks (first, after-last, type) covered by character spans with a label."""
    starts = [a for a, _ in offsets]
    ends = [b for _, b in offsets]
    out = set()
    for span in spans:
        if span.label not in ALL_TYPES:
            continue
        first = bisect_right(ends, span.start)       # first token ending after the start
        last = bisect_left(starts, span.end)         # tokens starting before the end
        if first < last:
            out.add((first, last, span.label))
    return out
