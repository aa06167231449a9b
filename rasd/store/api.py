"""Reading a rasd database: the queries behind `rasd events|actors|docs|show|stats` and a
Python API for notebooks.

    from rasd.store import Store
    with Store("rasd.db") as store:
        store.stats()
        store.events(country="SYR", type="CONSULT", since="2025-01-01")   # list of dicts
        store.clusters(min_sources=2)
        store.events_df(actor="Putin")                                  # pandas DataFrame

The connection is read-only (SQLite uri mode=ro), so a Store can be open while
`rasd ingest` writes; it sees each committed batch.
"""
from __future__ import annotations

import json
import re
import sqlite3
from contextlib import contextmanager
from typing import Iterator

from ..export import plover_records
from ..text.normalize import normalize, normalize_string
from .db import DEFAULT_DB, Connected, StoreError, open_reader, schema_version
from .rows import unpack

STATS_TABLES = ("documents", "failures", "events", "event_clusters", "actors", "mentions",
                "times", "quotes")
_FTS_TOKEN_RE = re.compile(r"\w+\*?")

_EVENT_SELECT = """
SELECT e.event_id, d.doc_id, e.event_day AS date, e.date AS event_date, e.type, e.mode,
       (SELECT json_group_array(actor_key) FROM (SELECT actor_key FROM event_participants p
         WHERE p.event_id = e.event_id AND p.role = 'actor' ORDER BY p.position)) AS actor,
       (SELECT json_group_array(actor_key) FROM (SELECT actor_key FROM event_participants p
         WHERE p.event_id = e.event_id AND p.role = 'recipient' ORDER BY p.position)) AS recipient,
       (SELECT json_group_array(actor_key) FROM (SELECT actor_key FROM event_sources s
         WHERE s.event_id = e.event_id ORDER BY s.position)) AS according_to,
       e.place_key AS place, d.source AS outlet, d.published, e.historical, e.future, e.negated,
       e.hypothetical, e.confidence, e.context, m.cluster_id, c.n_reports AS cluster_reports,
       c.n_sources AS cluster_sources, e.text, e.start, e."end", e.rule, e.doc_key, e.idx
FROM events e
JOIN documents d ON d.doc_key = e.doc_key
LEFT JOIN cluster_members m ON m.event_id = e.event_id
LEFT JOIN event_clusters c ON c.cluster_id = m.cluster_id
"""
_JSON_FIELDS = ("actor", "recipient", "according_to", "context", "participants", "actors",
                "reports", "outlets", "cited_sources")
_FLAG_FIELDS = ("historical", "future", "negated", "hypothetical")


class Store(Connected):
    """Read-only access to a rasd database; every query returns plain dicts."""

    def __init__(self, path=DEFAULT_DB):
        self.path = str(path)
        self.conn = open_reader(path)

    @contextmanager
    def snapshot(self):
        """Queries inside see one committed state of the database while the writer goes
        on (a read transaction); nested snapshots share the outer one."""
        if self.conn.in_transaction:
            yield self
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        finally:
            self.conn.execute("COMMIT")

    def _query(self, sql: str, params=()) -> list[sqlite3.Row]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"query failed: {exc}", input=self.path) from exc

    # ------------------------------------------------------------------ stats
    def stats(self) -> dict:
        """Row counts and settings; the same database gives the same stats."""
        with self.snapshot():
            return self._stats()

    def _stats(self) -> dict:
        out = {name: self._query(f"SELECT COUNT(*) FROM {name}")[0][0] for name in STATS_TABLES}
        out["multi_report_clusters"] = self._query(
            "SELECT COUNT(*) FROM event_clusters WHERE n_reports > 1")[0][0]
        out["clustered_events"] = self._query("SELECT COUNT(*) FROM cluster_members")[0][0]
        out["failures_by_code"] = dict(self._query(
            "SELECT code, COUNT(*) FROM failures GROUP BY code ORDER BY code"))
        out["events_by_type"] = dict(self._query(
            "SELECT type, COUNT(*) FROM events GROUP BY type ORDER BY type"))
        out["schema_version"] = schema_version(self.conn)
        settings = dict(self._query("SELECT key, value FROM settings"))
        out["cluster_window_days"] = int(settings.get("cluster_window_days", 1))
        return out

    # ----------------------------------------------------------------- events
    def events(self, *, actor=None, country=None, type=None, mode=None, since=None, until=None,
               source=None, min_sources=None, limit=None) -> list[dict]:
        """Events matching every filter given, by day then id.

        actor: an actor id or key, or part of a name (English or Arabic, normalised);
        country: ISO3 of any participant; since/until: ISO days (inclusive) on the event's
        day; source: an outlet (documents' source) or a cited source (according_to, id or
        name); min_sources: the event's cluster has at least this many distinct outlets."""
        where, params = _event_filters(actor, country, type, mode, since, until, source, min_sources)
        sql = f"{_EVENT_SELECT} WHERE {where} ORDER BY e.event_day, e.event_id {_limit(limit)}"
        rows = [_event_dict(r) for r in self._query(sql, params)]
        return self._with_names(rows, ("actor", "recipient", "according_to"))

    def clusters(self, *, actor=None, country=None, type=None, mode=None, since=None, until=None,
                 source=None, min_sources=None, limit=None) -> list[dict]:
        """Clusters with at least one member event matching the filters (min_sources
        applies to the cluster), by first day."""
        where, params = _event_filters(actor, country, type, mode, since, until, source, None)
        extra = " AND c.n_sources >= ?" if min_sources else ""
        sql = (f"SELECT c.* FROM event_clusters c WHERE c.cluster_id IN (SELECT m.cluster_id "
               f"FROM cluster_members m JOIN events e ON e.event_id = m.event_id JOIN documents d "
               f"ON d.doc_key = e.doc_key WHERE {where}){extra} "
               f"ORDER BY c.first_day, c.cluster_id {_limit(limit)}")
        rows = [_loads(dict(r)) for r in self._query(sql, params + ([min_sources] if extra else []))]
        rows = self._with_names(rows, ("actors", "cited_sources"))
        for row in rows:  # document-local actors of several reports often share a name
            for field in ("actors_names", "cited_sources_names"):
                row[field] = list(dict.fromkeys(row[field]))
        return rows

    def plover(self, **filters) -> Iterator[dict]:
        """PLOVER records (rasd.export) of the events matching the filters, with their
        cluster ids; without filters, every event in the store, document by document."""
        if not any(v is not None for v in filters.values()):
            yield from self._all_plover()
            return
        wanted: dict[str, dict[int, str | None]] = {}
        for ev in self.events(**filters):
            wanted.setdefault(ev["doc_key"], {})[ev["idx"]] = ev["cluster_id"]
        for doc_key, events in wanted.items():
            yield from _plover_of(self._document_json(doc_key), doc_key, events)

    def _all_plover(self) -> Iterator[dict]:
        cursor = self.conn.execute("SELECT doc_key, doc_json_z FROM documents ORDER BY id")
        for doc_key, blob in cursor:
            events = dict(self._query("SELECT e.idx, m.cluster_id FROM events e LEFT JOIN "
                                      "cluster_members m ON m.event_id = e.event_id "
                                      "WHERE e.doc_key = ?", (doc_key,)))
            yield from _plover_of(unpack(blob), doc_key, events)

    # ----------------------------------------------------------------- actors
    def actors(self, top: int | None = None) -> list[dict]:
        """Actors by the number of events they take part in, then of documents naming them."""
        sql = f"""
        WITH ev AS (SELECT actor_key, COUNT(DISTINCT event_id) AS n FROM event_participants
                    GROUP BY actor_key),
             docs AS (SELECT actor_key, COUNT(DISTINCT doc_key) AS n FROM mentions
                      WHERE actor_key IS NOT NULL GROUP BY actor_key)
        SELECT a.actor_key, a.actor_id, a.name_en, a.name_ar, a.type, a.country, a.sector,
               a.wikidata, a.source, COALESCE(ev.n, 0) AS events, COALESCE(docs.n, 0) AS documents
        FROM actors a LEFT JOIN ev ON ev.actor_key = a.actor_key
        LEFT JOIN docs ON docs.actor_key = a.actor_key
        ORDER BY events DESC, documents DESC, a.actor_key {_limit(top)}"""
        return [dict(r) for r in self._query(sql)]

    # -------------------------------------------------------------- documents
    def documents(self, search: str | None = None, limit: int | None = None) -> list[dict]:
        """Documents' metadata; with `search`, those whose normalised title or text holds
        every word (a word ending in * is a prefix), best match first, with a snippet."""
        columns = ("d.doc_id, d.doc_key, d.published, d.source, d.title, d.url, d.language, "
                   "d.n_chars, d.n_events, d.input_name")
        if not search:
            return [dict(r) for r in self._query(
                f"SELECT {columns} FROM documents d ORDER BY d.id {_limit(limit)}")]
        query = fts_query(search)
        rows = self._query(f"SELECT {columns} FROM documents_fts f JOIN documents d ON d.id = f.rowid "
                           f"WHERE documents_fts MATCH ? ORDER BY f.rank {_limit(limit)}", (query,))
        return [dict(r, snippet=self._snippet(r["doc_key"], search)) for r in rows]

    def document(self, doc_id: str) -> list[dict]:
        """The stored documents (full JSON) whose doc_id or content key is `doc_id`, each
        with a "store" entry: its key, input, and the cluster of each event."""
        rows = self._query("SELECT doc_key, input_name, ingested_at FROM documents "
                           "WHERE doc_id = ? OR doc_key = ? ORDER BY id", (doc_id, doc_id))
        out = []
        for row in rows:
            doc = self._document_json(row["doc_key"])
            members = dict(self._query("SELECT e.idx, m.cluster_id FROM events e JOIN cluster_members m "
                                       "ON m.event_id = e.event_id WHERE e.doc_key = ?", (row["doc_key"],)))
            doc["store"] = {"doc_key": row["doc_key"], "input_name": row["input_name"],
                            "ingested_at": row["ingested_at"],
                            "event_clusters": [members.get(i) for i in range(len(doc.get("events", [])))]}
            out.append(doc)
        return out

    def failures(self) -> list[dict]:
        return [dict(r) for r in self._query(
            "SELECT input_name, doc_id, code, message, failed_at FROM failures ORDER BY id")]

    def _document_json(self, doc_key: str) -> dict:
        row = self._query("SELECT doc_json_z FROM documents WHERE doc_key = ?", (doc_key,))
        return unpack(row[0][0])

    def _snippet(self, doc_key: str, search: str, before: int = 20, after: int = 60) -> str:
        """Text around the first searched word, found on the normalised view and cut
        from the original text at word boundaries."""
        text = self._document_json(doc_key).get("text") or ""
        view = normalize(text)
        folded = view.text.lower()
        for word in _FTS_TOKEN_RE.findall(normalize_string(search).lower()):
            at = folded.find(word.rstrip("*"))
            if at >= 0:
                start = view.to_original(max(0, at - before))
                end = view.to_original(min(len(folded), at + len(word) + after))
                return _words(text, start, end)
        return _words(text, 0, before + after)

    def _with_names(self, rows: list[dict], fields: tuple[str, ...]) -> list[dict]:
        """Add "<field>_names" next to lists of actor keys."""
        keys = sorted({k for r in rows for f in fields for k in r.get(f) or []})
        names = self._names(keys)
        for r in rows:
            for f in fields:
                r[f"{f}_names"] = [names.get(k, k) for k in r.get(f) or []]
        return rows

    def _names(self, keys: list[str]) -> dict[str, str]:
        names: dict[str, str] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            marks = ",".join("?" * len(chunk))
            for r in self._query(f"SELECT actor_key, name_en, name_ar FROM actors "
                                 f"WHERE actor_key IN ({marks})", chunk):
                names[r[0]] = r[1] or r[2] or r[0]
        return names

    # ------------------------------------------------------------- DataFrames
    def events_df(self, **filters):
        return _frame(self.events(**filters))

    def clusters_df(self, **filters):
        return _frame(self.clusters(**filters))

    def actors_df(self, top: int | None = None):
        return _frame(self.actors(top))

    def documents_df(self, search: str | None = None, limit: int | None = None):
        return _frame(self.documents(search, limit))


# ------------------------------------------------------------------ helpers

def fts_query(text: str) -> str:
    """An FTS5 query from user text: normalised like the index, every word required,
    each quoted so FTS syntax in the text cannot break the query."""
    words = _FTS_TOKEN_RE.findall(normalize_string(text).lower())
    if not words:
        raise StoreError(f"nothing to search for in {text!r}", code="bad_query")
    return " ".join(f'"{w[:-1]}"*' if w.endswith("*") else f'"{w}"' for w in words)


def _plover_of(doc: dict, doc_key: str, events: dict[int, str | None]) -> Iterator[dict]:
    """The PLOVER records of the events `events` (index → cluster id) of one document."""
    for i, record in enumerate(plover_records(doc, id_prefix=doc_key)):
        if i in events:
            record["cluster_id"] = events[i]
            yield record


def _event_filters(actor, country, type, mode, since, until, source, min_sources):
    where, params = ["1 = 1"], []
    if actor:
        where.append("EXISTS (SELECT 1 FROM event_participants p LEFT JOIN actors a "
                     "ON a.actor_key = p.actor_key WHERE p.event_id = e.event_id AND "
                     "(p.actor_key = ? OR a.actor_id = ? OR instr(a.search, ?) > 0))")
        params += [actor, actor, _name_key(actor)]
    if country:
        where.append("EXISTS (SELECT 1 FROM event_participants p JOIN actors a "
                     "ON a.actor_key = p.actor_key WHERE p.event_id = e.event_id AND a.country = ?)")
        params.append(country.upper())
    if type:
        where.append("e.type = ?")
        params.append(type.upper())
    if mode:
        where.append("e.mode = ?")
        params.append(mode)
    if since:
        where.append("e.event_day >= ?")
        params.append(since)
    if until:
        where.append("e.event_day <= ?")
        params.append(until)
    if source:
        where.append("(d.source = ? COLLATE NOCASE OR EXISTS (SELECT 1 FROM event_sources s "
                     "LEFT JOIN actors a ON a.actor_key = s.actor_key WHERE s.event_id = e.event_id "
                     "AND (s.actor_key = ? OR a.actor_id = ? OR instr(a.search, ?) > 0)))")
        params += [source, source, source, _name_key(source)]
    if min_sources:
        where.append("e.event_id IN (SELECT m.event_id FROM cluster_members m JOIN event_clusters c "
                     "ON c.cluster_id = m.cluster_id WHERE c.n_sources >= ?)")
        params.append(min_sources)
    return " AND ".join(where), params


def _words(text: str, start: int, end: int) -> str:
    """text[start:end] widened to whole words, on one line."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return " ".join(text[start:end].split())


def _name_key(name: str) -> str:
    return normalize_string(name.strip()).lower()


def _limit(n) -> str:
    return f"LIMIT {int(n)}" if n else ""


def _loads(row: dict) -> dict:
    for field in _JSON_FIELDS:
        if isinstance(row.get(field), str):
            row[field] = json.loads(row[field])
    return row


def _event_dict(row: sqlite3.Row) -> dict:
    out = _loads(dict(row))
    for flag in _FLAG_FIELDS:
        out[flag] = bool(out[flag])
    return out


def _frame(rows: list[dict]):
    try:
        import pandas as pd
    except ImportError as exc:
        raise StoreError("DataFrames need pandas: pip install pandas", code="missing_dependency") from exc
    return pd.DataFrame(rows)
