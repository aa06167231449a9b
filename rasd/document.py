"""The one document model every stage reads and extends.

A `Document` holds the original `text` (never modified), its metadata, named layers of
spans and an actor registry. A span is `[start, end)` character offsets into `text` plus a
label, attributes and the rule that produced it; `Document.add` refuses spans whose
offsets do not fit, so `doc.text[span.start:span.end] == span.text` always holds.

The serialised form (`to_dict`) is the output contract in `../shared/eval/CONTRACT.md`:
the contract layers are top-level lists that exist from day one, even when empty.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Iterable

from .errors import SpanError

# Layers every serialised document carries (the output contract), in output order.
CONTRACT_LAYERS = ("entities", "times", "quotes", "events", "embedded_posts")
# Structural layers serialised after the contract ones.
TEXT_LAYERS = ("paragraphs", "sentences")
# The key under which a layer writes its span label in the serialised form.
LABEL_FIELD = {
    "entities": "type",
    "times": "type",
    "events": "type",
    "unrealised_events": "type",
    "embedded_posts": "platform",
    "quotes": "kind",
}
META_FIELDS = ("title", "url", "source", "author", "published", "published_source")


@dataclass(slots=True)
class Span:
    start: int
    end: int
    text: str
    label: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict)
    rule: str | None = None

    def get(self, key: str, default: Any = None) -> Any:
        return self.attrs.get(key, default)

    def to_dict(self, label_field: str = "label") -> dict:
        out: dict[str, Any] = {"text": self.text, "start": self.start, "end": self.end}
        if self.label is not None:
            out[label_field] = self.label
        out.update(self.attrs)
        if self.rule:
            out["rule"] = self.rule
        return out


@dataclass
class Meta:
    title: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    published: str | None = None
    published_source: str | None = None
    input_name: str | None = None
    warnings: list[str] = field(default_factory=list)


class Document:
    """Original text + metadata + layers of spans + an actor registry."""

    def __init__(self, text: str, id: str = "doc", meta: Meta | None = None,
                 language: str | None = None):
        if not isinstance(text, str):
            raise TypeError(f"Document text must be str, not {type(text).__name__}")
        self.id = str(id)
        self.text = text
        self.meta = meta or Meta()
        self.language = language
        self.layers: dict[str, list[Span]] = {name: [] for name in CONTRACT_LAYERS}
        self.actors: dict[str, dict] = {}

    # ------------------------------------------------------------------ spans
    def add(self, layer: str, start: int, end: int, label: str | None = None,
            rule: str | None = None, **attrs: Any) -> Span:
        """Add a span to `layer`, checking that its offsets fit the text."""
        if not (0 <= start <= end <= len(self.text)):
            raise SpanError(f"span [{start}, {end}) does not fit a text of "
                            f"{len(self.text)} characters (layer {layer!r}, rule {rule!r})",
                            input=self.id)
        span = Span(start, end, self.text[start:end], label, attrs, rule)
        self.layers.setdefault(layer, []).append(span)
        return span

    def layer(self, name: str) -> list[Span]:
        return self.layers.get(name, [])

    def covering(self, layer: str, start: int, end: int | None = None) -> Span | None:
        """The first span of `layer` that contains [start, end)."""
        end = start if end is None else end
        for span in self.layers.get(layer, ()):
            if span.start <= start and end <= span.end:
                return span
        return None

    # ------------------------------------------------------------ text views
    @cached_property
    def normalized(self):
        """The normalised view of `text`, for matching only, with a map back."""
        from .text.normalize import normalize
        return normalize(self.text)

    @cached_property
    def tokens(self):
        from .text.tokenize import tokenize
        return tokenize(self)

    @cached_property
    def token_starts(self) -> list[int]:
        """Original start offset of every token, sorted (for bisect); built once for the
        stages that map offsets to tokens. Read-only."""
        return [t.start for t in self.tokens]

    @cached_property
    def token_norms(self) -> list[str]:
        """The normalised form of every token, built once; slices of it are C-level
        copies. Read-only."""
        return [t.norm for t in self.tokens]

    @cached_property
    def token_index(self):
        """Token positions by lookup form (rasd/text/index.py), built once."""
        from .text.index import TokenIndex
        return TokenIndex(self.tokens)

    @property
    def published(self) -> str | None:
        return self.meta.published

    # ------------------------------------------------------------- serialise
    def to_dict(self, include_tokens: bool = False) -> dict:
        out: dict[str, Any] = {"doc_id": self.id}
        for name in META_FIELDS:
            out[name] = getattr(self.meta, name)
        out["language"] = self.language
        out["text"] = self.text
        out["actors"] = self.actors
        for name in CONTRACT_LAYERS:
            out[name] = [s.to_dict(LABEL_FIELD.get(name, "label")) for s in self.layer(name)]
        for name in TEXT_LAYERS:
            out[name] = [s.to_dict() for s in self.layer(name)]
        for name, spans in self.layers.items():
            if name not in out:
                out[name] = [s.to_dict(LABEL_FIELD.get(name, "label")) for s in spans]
        if include_tokens:
            out["tokens"] = [t.to_dict() for t in self.tokens]
        if self.meta.warnings:
            out["warnings"] = list(self.meta.warnings)
        return out

    def to_json(self, indent: int | None = None, **kwargs: Any) -> str:
        return json.dumps(self.to_dict(**kwargs), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict) -> "Document":
        meta = Meta(**{k: data.get(k) for k in META_FIELDS},
                    warnings=list(data.get("warnings", [])))
        doc = cls(data["text"], id=data.get("doc_id", "doc"), meta=meta,
                  language=data.get("language"))
        doc.actors = dict(data.get("actors") or {})
        skip = {"doc_id", "text", "actors", "language", "warnings", "tokens", *META_FIELDS}
        for name, records in data.items():
            if name in skip or not isinstance(records, list):
                continue
            doc.layers[name] = list(_spans_from(doc, name, records))
        return doc

    @classmethod
    def from_json(cls, raw: str) -> "Document":
        return cls.from_dict(json.loads(raw))

    def __repr__(self) -> str:
        sizes = ", ".join(f"{k}={len(v)}" for k, v in self.layers.items() if v)
        return f"<Document {self.id!r} {len(self.text)} chars {sizes}>"


def _spans_from(doc: Document, layer: str, records: Iterable[dict]) -> Iterable[Span]:
    label_field = LABEL_FIELD.get(layer, "label")
    for rec in records:
        attrs = {k: v for k, v in rec.items()
                 if k not in ("text", "start", "end", label_field, "rule")}
        start, end = rec["start"], rec["end"]
        if not (0 <= start <= end <= len(doc.text)) or doc.text[start:end] != rec.get("text", doc.text[start:end]):
            raise SpanError(f"{layer} span [{start}, {end}) does not match the text", input=doc.id)
        yield Span(start, end, doc.text[start:end], rec.get(label_field), attrs, rec.get("rule"))
