"""Resources shared by the stages of one pipeline: the compiled knowledge base (with any
user overlays) and optional models. Built on first use and cached for the process, so
repeated calls, pool workers and Ray actors pay the cost once."""
from __future__ import annotations

from functools import cached_property
from pathlib import Path


class Resources:
    def __init__(self, kb_overlays=()):
        self.kb_overlays = tuple(str(Path(p)) for p in kb_overlays)

    @cached_property
    def kb(self):
        from .actors.kb import load_kb
        return load_kb(self.kb_overlays)


_default: Resources | None = None


def default_resources() -> Resources:
    global _default
    if _default is None:
        _default = Resources()
    return _default
