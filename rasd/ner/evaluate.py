"""Scoring name recognition on a CoNLL file, three ways.

- `rules`: rasd's own entities layer (knowledge base and patterns, no tagger);
- `crf`: the CRF tagger alone, on the file's own tokens;
- `combined`: the pipeline with the ner stage after the entities stage.

CoNLL files carry no document breaks, so runs of `doc_sentences` consecutive sentences
stand for documents (what the pipeline's coreference and the tagger's memory features
see); `doc_sentences=1` scores sentence by sentence. For the pipeline modes a document's
text is its sentences' tokens joined with spaces, one sentence per line, and every entity
span is mapped back onto the tokens it overlaps, so a clitic kept out of a span («لأحمد»
→ «أحمد») still counts for the whole CoNLL token. Scores are exact-span, conlleval-style
(`conll.Score`), sentence by sentence.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Callable, Iterable

from .conll import ALL_TYPES, Score, Sentence, chunks
from .features import norm_token
from .model import DOC_SENTENCES, documents

MODES = ("rules", "crf", "combined")


def evaluate(sentences: list[Sentence], mode: str = "rules", model: str | None = None, *,
             doc_sentences: int = DOC_SENTENCES,
             progress: Callable[[Iterable], Iterable] | None = None) -> Score:
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    if mode != "rules" and not model:
        raise ValueError(f"mode {mode!r} needs a model")
    predict = _crf_predictor(model) if mode == "crf" else _pipeline_predictor(
        model if mode == "combined" else None)
    score = Score()
    docs = documents(sentences, doc_sentences)
    for doc in (progress(docs) if progress else docs):
        for s, predicted in zip(doc, predict(doc)):
            score.add(chunks(s.tags), predicted)
    return score


def _crf_predictor(model: str):
    from .model import load_tagger
    tagger = load_tagger(model)

    def predict(doc: list[Sentence]) -> list[set]:
        tags = tagger.tag_document([[norm_token(t) for t in s.tokens] for s in doc])
        return [chunks(t) for t in tags]
    return predict


def _pipeline_predictor(model: str | None):
    from ..document import Document
    from ..pipeline import STAGES, Pipeline
    names = [stage.NAME for stage in STAGES]
    stages = STAGES[:names.index("entities") + 1]    # later stages add no entities
    pipeline = Pipeline(stages, ner_model=model or False)

    def predict(doc: list[Sentence]) -> list[set]:
        result = pipeline(Document("\n".join(s.text for s in doc), id="conll"))
        out, base = [], 0
        for s in doc:
            offsets = [(a + base, b + base) for a, b in token_offsets(s.tokens)]
            out.append(spans_to_chunks(offsets, result.layer("entities")))
            base += len(s.text) + 1
        return out
    return predict


def token_offsets(tokens: list[str]) -> list[tuple[int, int]]:
    """[start, end) of each token in `" ".join(tokens)`."""
    out, pos = [], 0
    for t in tokens:
        out.append((pos, pos + len(t)))
        pos += len(t) + 1
    return out


def spans_to_chunks(offsets: list[tuple[int, int]], spans) -> set[tuple[int, int, str]]:
    """Token chunks (first, after-last, type) that labelled character spans overlap, cut
    to the tokens `offsets` covers (a span running over a sentence end gives its part)."""
    if not offsets:
        return set()
    starts = [a for a, _ in offsets]
    ends = [b for _, b in offsets]
    lo, hi = offsets[0][0], offsets[-1][1]
    out = set()
    for span in spans:
        if span.label not in ALL_TYPES or span.end <= lo or span.start >= hi:
            continue
        first = bisect_right(ends, span.start)       # first token ending after the start
        last = bisect_left(starts, span.end)         # tokens starting before the end
        if first < last:
            out.add((first, last, span.label))
    return out
