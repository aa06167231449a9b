"""The pipeline: the stages in order, and the entry points that run them.

Stages are modules with NAME, REQUIRES, ASSIGNS and `run(doc, resources)`. They are
composed here and nowhere else. Language resources are compiled on first use and cached
for the life of the process, so repeated `extract` calls and pool workers pay once.
"""
from __future__ import annotations

import datetime as dt
import os
from typing import Iterable, Iterator

from .document import Document, Meta
from .errors import InputTooLarge, ProcessingError, RasdError
from .readers import DEFAULT_MAX_BYTES, RawDoc, ReadFailure, normalize_published
from .resources import Resources, default_resources
from .stages import embeds, entities, events, published, quotes, reports, text, times

STAGES = (text, embeds, published, times, entities, quotes, reports, events)


def _check_order(stages) -> None:
    """Fail loudly at import if a stage needs a layer no earlier stage assigns."""
    available: set[str] = set()
    for stage in stages:
        missing = set(stage.REQUIRES) - available
        if missing:
            raise RuntimeError(f"stage {stage.NAME!r} requires {sorted(missing)} before it")
        available.update(stage.ASSIGNS)


_check_order(STAGES)


class Pipeline:
    def __init__(self, stages=STAGES, max_bytes: int = DEFAULT_MAX_BYTES, kb_overlays=(),
                 ner_model=None):
        """`ner_model`: a CRF model file (rasd ner train) for the ner stage, placed right
        after the entities stage; None reads RASD_NER_MODEL, False or "" means none."""
        stages = _with_ner(tuple(stages), ner_model)
        _check_order(stages)
        self.stages = tuple(stages)
        self.max_bytes = max_bytes
        self.resources = Resources(kb_overlays) if kb_overlays else default_resources()

    def __call__(self, doc: Document) -> Document:
        if len(doc.text) * 4 > self.max_bytes and len(doc.text.encode("utf-8")) > self.max_bytes:
            raise InputTooLarge(f"text is larger than the limit of {self.max_bytes} bytes",
                                input=doc.meta.input_name or doc.id)
        for stage in self.stages:
            result = stage.run(doc, self.resources)
            if result is not doc:
                raise ProcessingError(f"stage {stage.NAME!r} returned {type(result).__name__}, "
                                      "not the document", input=doc.id)
        return doc

    def process(self, item: RawDoc | ReadFailure) -> Document | ReadFailure:
        """Run one read item; any failure comes back as a ReadFailure naming the input."""
        if isinstance(item, ReadFailure):
            return item
        try:
            return self(document_from_raw(item))
        except RasdError as exc:
            exc.input = exc.input or item.name
            return ReadFailure(item.id, item.name, exc)
        except Exception as exc:  # a bug must not cost the rest of the batch
            return ReadFailure(item.id, item.name, ProcessingError(
                f"{type(exc).__name__}: {exc}", input=item.name))

    def process_all(self, items: Iterable[RawDoc | ReadFailure]) -> Iterator[Document | ReadFailure]:
        for item in items:
            yield self.process(item)


def _with_ner(stages: tuple, ner_model) -> tuple:
    explicit = ner_model is not None
    model = os.environ.get("RASD_NER_MODEL") if ner_model is None else ner_model
    names = [s.NAME for s in stages]
    if not model or "ner" in names or ("entities" not in names and not explicit):
        return stages
    from .stages.ner import NerStage
    at = names.index("entities") + 1 if "entities" in names else len(stages)
    return stages[:at] + (NerStage(model),) + stages[at:]


def document_from_raw(raw: RawDoc) -> Document:
    meta = Meta(**{k: raw.meta.get(k) for k in ("title", "url", "source", "author", "published")},
                input_name=raw.name, warnings=list(raw.warnings))
    if meta.published:
        meta.published_source = raw.meta.get("published_source", "metadata")
    return Document(raw.text, id=raw.id, meta=meta)


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _default
    if _default is None:
        _default = Pipeline()
    return _default


def extract(text: str, published: str | dt.date | None = None, *, id: str = "doc",
            **meta) -> Document:
    """Run the whole pipeline on one text and return its Document.

    `published` (ISO date string or date) anchors relative times; when it is None rasd
    infers it from the text. Other keyword arguments (title, url, source, author) are
    metadata.
    """
    warnings: list[str] = []
    iso = normalize_published(published, id, warnings)
    if published is not None and iso is None:
        raise RasdError(f"published must be an ISO date, got {published!r}", input=id, code="bad_date")
    unknown = set(meta) - {"title", "url", "source", "author"}
    if unknown:
        raise TypeError(f"unknown metadata: {', '.join(sorted(unknown))}")
    doc_meta = Meta(published=iso, published_source="given" if iso else None, **meta)
    return default_pipeline()(Document(text, id=id, meta=doc_meta))
