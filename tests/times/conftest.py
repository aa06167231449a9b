"""Run texts through the stages up to and including times (not the later layers)."""
from __future__ import annotations

import pytest

from rasd.document import Document, Meta
from rasd.pipeline import Pipeline
from rasd.stages import embeds, published, text, times

_PIPELINE = None
_WITHOUT_PUBLISHED = None


def run_times(text_: str, published_: str | None = None) -> Document:
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = Pipeline(stages=(text, embeds, published, times))
    return _PIPELINE(Document(text_, meta=Meta(published=published_)))


@pytest.fixture
def times_without_published():
    """times_without_published(text) → the Document after the times stage, with no
    publication date (the stage that infers one does not run)."""
    global _WITHOUT_PUBLISHED
    if _WITHOUT_PUBLISHED is None:
        _WITHOUT_PUBLISHED = Pipeline(stages=(text, embeds, times))
    return lambda text_: _WITHOUT_PUBLISHED(Document(text_))


@pytest.fixture
def times_of():
    """times_of(text, published) → the Document after the times stage."""
    return run_times


@pytest.fixture
def found():
    """found(text, published) → [(span text, value)] for every time expression."""
    def found_(text_: str, published_: str | None = None) -> list[tuple[str, str | None]]:
        return [(s.text, s.get("value")) for s in run_times(text_, published_).layer("times")]
    return found_
