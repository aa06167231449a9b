"""Training a CRF model and tagging with it (python-crfsuite, the `ner` extra).

A model is one crfsuite file plus a small JSON sidecar (`MODEL.json`: feature version,
training parameters, size of the training data, seconds spent). `load_tagger(path)` opens
a model once per process; a model trained with other features is refused.
"""
from __future__ import annotations

import json
import time
from functools import lru_cache
from pathlib import Path

from ..errors import RasdError
from .conll import Sentence, chunks
from .features import FEATURE_VERSION, document_features, norm_token

DEFAULT_C1 = 0.05
DEFAULT_C2 = 0.01
DEFAULT_ITERATIONS = 150
# ANERcorp has no document breaks: runs of this many sentences stand for a document
# (the scope of the memory features) in training and evaluation.
DOC_SENTENCES = 20


class ModelError(RasdError):
    """A tagger model that is missing, unreadable or trained with other features."""

    code = "bad_model"


def _crfsuite():
    try:
        import pycrfsuite
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise ModelError("the CRF tagger needs python-crfsuite: pip install 'rasd[ner]'") from exc
    return pycrfsuite


def documents(sentences: list, size: int = DOC_SENTENCES) -> list[list]:
    """Consecutive runs of `size` sentences, standing for documents."""
    size = max(1, size)
    return [sentences[k:k + size] for k in range(0, len(sentences), size)]


def train(sentences: list[Sentence], out: str | Path, *, c1: float = DEFAULT_C1,
          c2: float = DEFAULT_C2, max_iterations: int = DEFAULT_ITERATIONS,
          doc_sentences: int = DOC_SENTENCES, verbose: bool = False) -> dict:
    """Train on CoNLL sentences and write the model to `out`; returns the sidecar record."""
    crfsuite = _crfsuite()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    trainer = crfsuite.Trainer(verbose=verbose)
    tokens = 0
    for doc in documents(sentences, doc_sentences):
        items = document_features([[norm_token(t) for t in s.tokens] for s in doc])
        for s, xseq in zip(doc, items):
            trainer.append(xseq, s.tags)
            tokens += len(s.tokens)
    features_s = time.perf_counter() - began
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations,
                        "feature.possible_transitions": True})
    trainer.train(str(out))
    meta = {"feature_version": FEATURE_VERSION, "c1": c1, "c2": c2,
            "max_iterations": max_iterations, "doc_sentences": doc_sentences,
            "sentences": len(sentences), "tokens": tokens,
            "features_seconds": round(features_s, 1),
            "seconds": round(time.perf_counter() - began, 1), "bytes": out.stat().st_size}
    sidecar(out).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return meta


def sidecar(model: str | Path) -> Path:
    model = Path(model)
    return model.with_name(model.name + ".json")


class Tagger:
    """A loaded model: `tag_document(sentences)` gives one BIO tag per normalised token of
    each sentence; `tag(norms)` tags one sentence as a document of its own."""

    def __init__(self, path: str | Path):
        path = Path(path)
        if not path.is_file():
            raise ModelError(f"no model file at {path}", input=str(path))
        meta_path = sidecar(path)
        if meta_path.is_file():
            try:
                meta = json.loads(meta_path.read_text(encoding="utf-8"))
            except ValueError as exc:
                raise ModelError(f"{meta_path.name} is not JSON: {exc}", input=str(path)) from exc
            if meta.get("feature_version") != FEATURE_VERSION:
                raise ModelError(f"the model was trained with features v{meta.get('feature_version')}, "
                                 f"this rasd computes v{FEATURE_VERSION}: train it again",
                                 input=str(path))
        self.path = path
        self._tagger = _crfsuite().Tagger()
        try:
            self._tagger.open(str(path))
        except (OSError, ValueError) as exc:
            raise ModelError(f"not a CRF model: {exc}", input=str(path)) from exc

    def tag_document(self, sentences: list[list[str]]) -> list[list[str]]:
        items = document_features(sentences)
        return [self._tagger.tag(xseq) if xseq else [] for xseq in items]

    def tag(self, norms: list[str]) -> list[str]:
        return self.tag_document([norms])[0]

    def spans(self, sentences: list[list[str]]) -> list[list[tuple[int, int, str]]]:
        """(first, after-last, type) chunks of each sentence, in order."""
        return [sorted(chunks(tags)) for tags in self.tag_document(sentences)]


def load_tagger(path: str | Path) -> Tagger:
    """The tagger for `path`, opened once per process (reopened when the file changes)."""
    path = Path(path).resolve()
    try:
        stamp = path.stat().st_mtime_ns
    except OSError as exc:
        raise ModelError(f"no model file at {path}", input=str(path)) from exc
    return _load(str(path), stamp)


@lru_cache(maxsize=4)
def _load(path: str, stamp: int) -> Tagger:
    return Tagger(path)
