"""The one writer: stores prepared documents and failures in batched transactions.

A batch is one transaction: every document in it is committed with all its rows, its
full-text entry and the cluster updates it causes, or none of it is. So a run killed at
any point leaves whole documents only, and the next run skips them by content hash.
If a batch cannot be written (a row SQLite refuses), it is retried one document per
transaction and the documents that still fail become `failures` rows.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass

from . import clusters
from .db import Connected, open_writer

WINDOW_SETTING = "cluster_window_days"

_INSERTS = {
    "documents": ("documents", "doc_key, doc_id, input_name, title, url, source, author, "
                  "published, published_source, language, n_chars, n_events, rasd_version, "
                  "doc_json_z, ingested_at"),
    "actors": ("actors", "actor_key, actor_id, local_doc, name_en, name_ar, type, country, "
               "sector, wikidata, source, search, record"),
    "mentions": ("mentions", 'doc_key, layer, idx, start, "end", text, label, actor_key, rule'),
    "times": ("times", 'doc_key, idx, start, "end", text, type, value, mod, anchor, rule'),
    "quotes": ("quotes", 'doc_key, idx, start, "end", text, kind, speaker_key, via, channel, '
               'direct, rule'),
    "events": ("events", 'event_id, doc_key, idx, start, "end", text, type, mode, date, '
               "event_day, cluster_day, place_key, historical, future, negated, hypothetical, "
               "context, confidence, rule, evidence, group_key"),
    "participants": ("event_participants", "event_id, role, position, actor_key"),
    "sources": ("event_sources", "event_id, position, actor_key"),
}
# rows of these kinds are inserted in this order (parents before children)
_ROW_KINDS = ("actors", "mentions", "times", "quotes", "events", "participants", "sources")


def _sql(kind: str) -> str:
    table, columns = _INSERTS[kind]
    verb = "INSERT OR IGNORE" if kind == "actors" else "INSERT"  # actors are shared
    marks = ", ".join("?" * len(columns.split(",")))
    return f"{verb} INTO {table} ({columns}) VALUES ({marks})"


_FAILURE_SQL = (
    "INSERT INTO failures (input_name, doc_id, code, message, failed_at) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (input_name, doc_id) DO UPDATE SET code = excluded.code, "
    "message = excluded.message, failed_at = excluded.failed_at "
    "WHERE code != excluded.code OR message != excluded.message")


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Writer(Connected):
    """Owns the database's only write connection."""

    def __init__(self, path, window_days: int = 1):
        self.path = str(path)
        self.window = window_days
        # knowledge-base actors recur in most documents: insert each once per run
        self._actors_seen: set[str] = set()
        self.conn = open_writer(path)
        self._apply_window(window_days)

    @contextmanager
    def transaction(self):
        self._pending_actors: set[str] = set()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")
        self._actors_seen |= self._pending_actors

    def _apply_window(self, window: int) -> None:
        """The clusters follow one window; a new one rebuilds them all."""
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (WINDOW_SETTING,)).fetchone()
        if row is not None and int(row[0]) == window:
            return
        with self.transaction() as conn:
            if row is not None:
                clusters.rebuild(conn, window)
            conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                         (WINDOW_SETTING, str(window)))

    # ------------------------------------------------------------- reading
    def known(self, keys) -> set[str]:
        """The content keys already stored."""
        keys = list(keys)
        found: set[str] = set()
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in self.conn.execute(
                f"SELECT doc_key FROM documents WHERE doc_key IN ({marks})", chunk))
        return found

    # ------------------------------------------------------------- writing
    def write(self, docs: list[dict], failures: list[tuple], settled: list[tuple]) -> Written:
        """Store `docs` (prepared rows), record `failures` (input, doc id, code, message)
        and clear old failures of `settled` inputs (input, doc id) now stored. Documents
        SQLite refuses are recorded as failures too and returned in `refused`."""
        failures = [_clean(f) for f in failures]
        try:
            with self.transaction():
                return Written(self._write(docs, failures, settled), [])
        except _REFUSALS:
            pass
        written, refused = Written([], []), []
        for doc in docs:  # one transaction each: only the bad ones are lost
            try:
                with self.transaction():
                    written.stored += self._write([doc], [], [])
            except _REFUSALS as exc:
                refused.append(_clean((doc.get("input_name") or doc["key"],
                                       doc.get("doc_id") or doc["key"], "store_error",
                                       f"could not be stored: {type(exc).__name__}: {exc}"[:1000])))
        with self.transaction():
            self._write([], failures + refused, settled)
        written.refused = refused
        return written

    def _write(self, docs: list[dict], failures: list[tuple], settled: list[tuple]) -> list[dict]:
        conn = self.conn
        docs = self._new_only(docs)
        now = _now()
        if docs:
            conn.executemany(_sql("documents"), [d["document"] + (now,) for d in docs])
            conn.executemany("INSERT INTO documents_fts (rowid, title, body) "
                             "SELECT id, ?, ? FROM documents WHERE doc_key = ?",
                             [d["fts"] + (d["key"],) for d in docs])
            for kind in _ROW_KINDS:
                rows = [row for d in docs for row in d[kind]]
                if kind == "actors":
                    rows = self._new_actors(rows)
                if rows:
                    conn.executemany(_sql(kind), rows)
            settled = list(settled) + [(d.get("input_name"), d.get("doc_id")) for d in docs]
        if failures:
            conn.executemany(_FAILURE_SQL, [tuple(f) + (now,) for f in failures])
        if settled:
            conn.executemany("DELETE FROM failures WHERE input_name = ? AND doc_id = ?", settled)
        clusters.add_documents(conn, docs, self.window)
        return docs

    def _new_actors(self, rows: list[tuple]) -> list[tuple]:
        fresh = {}
        for row in rows:
            if row[0] not in self._actors_seen:
                fresh.setdefault(row[0], row)
        # remembered only once committed: a rolled-back batch must insert them again
        self._pending_actors = set(fresh)
        return list(fresh.values())

    def _new_only(self, docs: list[dict]) -> list[dict]:
        """Drop documents already stored (by another run meanwhile) or twice in the batch."""
        stored = self.known(d["key"] for d in docs)
        out = []
        for d in docs:
            if d["key"] not in stored:
                stored.add(d["key"])
                out.append(d)
        return out


@dataclass
class Written:
    stored: list[dict]       # the documents inserted (not those found already stored)
    refused: list[tuple]     # failure rows of documents SQLite refused


_REFUSALS = (sqlite3.Error, UnicodeError, ValueError, OverflowError, TypeError)


def _clean(failure) -> tuple:
    """A failure row SQLite accepts: text without lone surrogates."""
    return tuple(v.encode("utf-8", "replace").decode("utf-8") if isinstance(v, str) else
                 ("" if v is None else str(v)) for v in failure)
