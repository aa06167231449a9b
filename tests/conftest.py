"""Shared fixtures. Tests that need ../shared (gold, corpora) skip with a reason when it
is absent; everything else uses fixtures written for rasd. Helpers live in
rasd_testing.py."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rasd_testing import ROOT, shared_path  # noqa: E402


@pytest.fixture(scope="session")
def seed_text() -> str:
    return shared_path("eval", "gold", "dev", "seed.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def example_text() -> str:
    return (ROOT / "examples" / "report.txt").read_text(encoding="utf-8")
