"""`rasd export`: the store's tables as CSV or Parquet files, or its events as PLOVER JSONL.

One file per table in the output folder. Parquet (pyarrow, `pip install 'rasd[store]'`)
keeps SQLite's column types and adds the full document JSON to `documents`; CSV leaves the
compressed document out (use the Parquet or `rasd show`). DuckDB and pandas read both.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

from .api import Store
from .db import StoreError
from .rows import unpack

FORMATS = ("parquet", "csv", "plover")
TABLES = ("documents", "actors", "events", "event_participants", "event_sources",
          "event_clusters", "cluster_members", "mentions", "times", "quotes", "failures")
CHUNK_ROWS = 20_000
_ARROW_TYPES = {"INTEGER": "int64", "REAL": "float64", "TEXT": "string", "BLOB": "binary"}


def export(db, fmt: str, out_dir) -> list[Path]:
    """Write the export of database `db` in `fmt` into `out_dir`; the files written."""
    if fmt not in FORMATS:
        raise StoreError(f"export format must be one of {', '.join(FORMATS)}", code="bad_format")
    if fmt == "parquet":
        _require_pyarrow()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with Store(db) as store:
        if fmt == "plover":
            return [_write_plover(store, out / "events.plover.jsonl")]
        writer = _write_parquet if fmt == "parquet" else _write_csv
        return [writer(store, table, out) for table in TABLES]


def _columns(store: Store, table: str) -> list[tuple[str, str]]:
    """(name, declared type) of a table's columns; documents' blob becomes doc_json."""
    cols = [(r["name"], (r["type"] or "TEXT").upper()) for r in store._query(f"PRAGMA table_info({table})")]
    return [(("doc_json", "TEXT") if name == "doc_json_z" else (name, kind)) for name, kind in cols]


def _rows(store: Store, table: str, expand_json: bool):
    cursor = store.conn.execute(f"SELECT * FROM {table}")  # key order
    names = [d[0] for d in cursor.description]
    blob_at = names.index("doc_json_z") if "doc_json_z" in names else None
    while True:
        chunk = cursor.fetchmany(CHUNK_ROWS)
        if not chunk:
            return
        if blob_at is not None:
            chunk = [_with_json(row, blob_at, expand_json) for row in chunk]
        yield chunk


def _with_json(row, at: int, expand_json: bool) -> tuple:
    value = json.dumps(unpack(row[at]), ensure_ascii=False) if expand_json else None
    return tuple(row[:at]) + (value,) + tuple(row[at + 1:])


def _write_csv(store: Store, table: str, out: Path) -> Path:
    path = out / f"{table}.csv"
    columns = [name for name, _ in _columns(store, table)]
    keep = [i for i, name in enumerate(columns) if name != "doc_json"]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([columns[i] for i in keep])
        for chunk in _rows(store, table, expand_json=False):
            writer.writerows([row[i] for i in keep] for row in chunk)
    return path


def _require_pyarrow():
    try:
        import pyarrow  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    except ImportError as exc:
        raise StoreError("Parquet export needs pyarrow: pip install 'rasd[store]'",
                         code="missing_dependency") from exc


def _write_parquet(store: Store, table: str, out: Path) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq
    columns = _columns(store, table)
    schema = pa.schema([(name, getattr(pa, _ARROW_TYPES.get(kind, "string"))()) for name, kind in columns])
    path = out / f"{table}.parquet"
    with pq.ParquetWriter(path, schema) as writer:
        for chunk in _rows(store, table, expand_json=True):
            data = {name: [row[i] for row in chunk] for i, (name, _) in enumerate(columns)}
            writer.write_table(pa.table(data, schema=schema))
    return path


def _write_plover(store: Store, path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for record in store.plover():
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
