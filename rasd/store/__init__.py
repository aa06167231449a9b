"""The corpus store: many documents in one SQLite database, events merged across reports.

- `ingest(inputs, db, ...)` (rasd.store.ingest): the one writer, fed by pipeline workers.
- `Store(path)` (rasd.store.api): read-only queries for the CLI and notebooks.
- `db`: connections, migrations and the checks that refuse files rasd did not create.
"""
from __future__ import annotations

from .db import DEFAULT_DB, StoreError


def __getattr__(name):  # keep `import rasd.store` light: the API loads on first use
    if name == "Store":
        from .api import Store
        return Store
    if name == "ingest":
        from .ingest import ingest
        return ingest
    raise AttributeError(name)


__all__ = ["DEFAULT_DB", "Store", "StoreError", "ingest"]
