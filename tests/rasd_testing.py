"""Helpers shared by rasd's tests (a module with a name of its own: several test folders
have a conftest.py, so `from rasd_testing import …` would be ambiguous)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the ../shared folder beside the repository)")
    return path


def assert_spans_fit(doc_dict: dict) -> None:
    """Every span of every layer satisfies text[start:end] == span text."""
    text = doc_dict["text"]
    for name, records in doc_dict.items():
        if not isinstance(records, list):
            continue
        for rec in records:
            if isinstance(rec, dict) and "start" in rec and "end" in rec and "text" in rec:
                assert text[rec["start"]:rec["end"]] == rec["text"], (name, rec)
