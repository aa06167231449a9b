"""Cross-document event clusters: one per real action, however many reports carry it.

Two events may be the same action when they share a group key (same type, matching
participants: see `rows.group_key`) and their days are within the window. Clusters are a
function of the set of stored events, not of the order they arrived in, so ingesting
reports in any order, incrementally or all at once, gives the same clusters and ids:

1. A group's days split into *runs* wherever two consecutive days are more than the
   window apart; no cluster crosses a run, so only the runs that receive new events are
   recomputed.
2. In a run, events are taken by (day, event id). An event joins the oldest open cluster
   whose first day is at most `window` days before it and whose mode agrees (equal, or
   either has none); otherwise it opens a new cluster. So every member is within the
   window of the cluster's first day, and a daily series of strikes by the same sides
   becomes one cluster a day or two, not one cluster a month.
3. A cluster's id is a hash of its group key, first day and rank among the clusters
   opened that day: stable across re-ingests and recomputation.

Negated and hypothetical events (group key NULL) are stored but never clustered.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date


@dataclass
class _Cluster:
    first_day: int
    rank: int
    mode: str | None
    members: list[str] = field(default_factory=list)


def runs(days: list[int], window: int) -> list[tuple[int, int]]:
    """(first, last) of each stretch of sorted days whose gaps are at most `window`."""
    out: list[tuple[int, int]] = []
    for day in days:
        if out and day - out[-1][1] <= window:
            out[-1] = (out[-1][0], day)
        else:
            out.append((day, day))
    return out


def assign(events: list[tuple[str, int, str | None]], window: int) -> list[_Cluster]:
    """Clusters of one run's events, given as (event_id, day, mode)."""
    clusters: list[_Cluster] = []
    opened_on: dict[int, int] = defaultdict(int)
    for eid, day, mode in sorted(events, key=lambda e: (e[1], e[0])):
        home = next((c for c in clusters if day - c.first_day <= window
                     and (c.mode is None or mode is None or c.mode == mode)), None)
        if home is None:
            home = _Cluster(day, opened_on[day], mode)
            opened_on[day] += 1
            clusters.append(home)
        elif home.mode is None:
            home.mode = mode
        home.members.append(eid)
    return clusters


def cluster_id(group: str, first_day: int, rank: int) -> str:
    return hashlib.sha1(f"{group}|{first_day}|{rank}".encode("utf-8")).hexdigest()[:16]


# ------------------------------------------------------------ computing

def _group_days(conn: sqlite3.Connection, group: str) -> list[int]:
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT cluster_day FROM events WHERE group_key = ? ORDER BY 1", (group,))]


def _run_events(conn, group: str, lo: int | None, hi: int | None) -> list[tuple]:
    if lo is None:  # a solo group: one event without a day
        return list(conn.execute("SELECT event_id, 0, mode FROM events WHERE group_key = ?", (group,)))
    return list(conn.execute(
        "SELECT event_id, cluster_day, mode FROM events WHERE group_key = ? "
        "AND cluster_day BETWEEN ? AND ?", (group, lo, hi)))


def _affected_runs(conn, group: str, new_days: set, window: int) -> list[tuple]:
    if group.startswith("solo:"):
        return [(None, None)]
    return [(lo, hi) for lo, hi in runs(_group_days(conn, group), window)
            if any(lo <= d <= hi for d in new_days)]


def compute(conn: sqlite3.Connection, group: str, lo, hi, window: int) -> dict[str, list[str]]:
    """cluster id → member event ids, for one run of one group, from the events alone."""
    return {cluster_id(group, c.first_day, c.rank): c.members
            for c in assign(_run_events(conn, group, lo, hi), window)}


def expected_membership(conn: sqlite3.Connection, window: int) -> dict[str, str]:
    """event id → cluster id, recomputed from scratch (what the stored clusters must be)."""
    out: dict[str, str] = {}
    groups = [r[0] for r in conn.execute("SELECT DISTINCT group_key FROM events "
                                         "WHERE group_key IS NOT NULL")]
    for group in groups:
        spans = [(None, None)] if group.startswith("solo:") else runs(_group_days(conn, group), window)
        for lo, hi in spans:
            for cid, members in compute(conn, group, lo, hi, window).items():
                out.update((eid, cid) for eid in members)
    return out


# ------------------------------------------------------------- updating

def update(conn: sqlite3.Connection, touched: dict[str, set], window: int) -> None:
    """Recompute the clusters of the runs that received events; call inside the
    writer's transaction, after the events are inserted."""
    for group, new_days in touched.items():
        for lo, hi in _affected_runs(conn, group, new_days, window):
            _replace(conn, group, compute(conn, group, lo, hi, window))


def add_documents(conn: sqlite3.Connection, docs: list[dict], window: int) -> None:
    """Cluster the events of newly inserted documents (prepared rows, `rows.prepare`).

    Events of their own ("solo:" groups: no day or no participant that can match) are
    single-event clusters written straight from the rows, without a query: most events
    of a corpus without dates are. The others go through `update`."""
    touched: dict[str, set] = {}
    solo_clusters, solo_members = [], []
    for doc in docs:
        for row in doc["events"]:
            group, day = row[-1], row[10]
            if group is None:
                continue
            if group.startswith("solo:"):
                cid = cluster_id(group, 0, 0)
                solo_clusters.append(_solo_summary(cid, row, doc))
                solo_members.append((row[0], cid))
            else:
                touched.setdefault(group, set()).add(day)
    if solo_clusters:
        conn.executemany(_INSERT_CLUSTER, solo_clusters)
        conn.executemany("INSERT INTO cluster_members (event_id, cluster_id) VALUES (?, ?)", solo_members)
    update(conn, touched, window)


def _solo_summary(cid: str, row: tuple, doc: dict) -> tuple:
    """The cluster row of a one-event cluster, as `_summary` would compute it."""
    eid, doc_key, day = row[0], row[1], row[10]
    doc_id, source = doc["document"][1], doc["document"][5]
    actors = sorted({p[3] for p in doc["participants"] if p[0] == eid})
    cited = sorted({s[2] for s in doc["sources"] if s[0] == eid})
    return (cid, row[6], row[7], _iso(day), _iso(day), "[]", _dump(actors), 1, 1, _dump([doc_id]),
            1, _dump([source] if source else []), _dump(cited))


def rebuild(conn: sqlite3.Connection, window: int) -> None:
    """All clusters from scratch (after a change of window); inside a transaction."""
    conn.execute("DELETE FROM cluster_members")
    conn.execute("DELETE FROM event_clusters")
    groups = {r[0]: set(_group_days(conn, r[0])) for r in conn.execute(
        "SELECT DISTINCT group_key FROM events WHERE group_key IS NOT NULL")}
    update(conn, groups, window)


def _replace(conn: sqlite3.Connection, group: str, clusters: dict[str, list[str]]) -> None:
    members = [eid for eids in clusters.values() for eid in eids]
    current = _current(conn, members)
    wanted = {eid: cid for cid, eids in clusters.items() for eid in eids}
    if current == wanted:
        return
    if current:
        conn.executemany("DELETE FROM cluster_members WHERE event_id = ?", [(e,) for e in current])
        conn.executemany("DELETE FROM event_clusters WHERE cluster_id = ?",
                         [(c,) for c in set(current.values())])
    for cid, eids in clusters.items():
        conn.execute(_INSERT_CLUSTER, _summary(conn, cid, group, eids))
        conn.executemany("INSERT INTO cluster_members (event_id, cluster_id) VALUES (?, ?)",
                         [(eid, cid) for eid in eids])


def _current(conn, event_ids: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk in _chunks(event_ids, 500):
        marks = ",".join("?" * len(chunk))
        out.update(conn.execute(f"SELECT event_id, cluster_id FROM cluster_members "
                                f"WHERE event_id IN ({marks})", chunk).fetchall())
    return out


_INSERT_CLUSTER = (
    "INSERT INTO event_clusters (cluster_id, type, mode, first_day, last_day, participants, "
    "actors, n_events, n_reports, reports, n_sources, outlets, cited_sources) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def _summary(conn, cid: str, group: str, eids: list[str]) -> tuple:
    """The cluster row: reports, distinct outlets, cited sources, participants."""
    rows, actors, cited = [], [], []
    for chunk in _chunks(eids, 500):
        marks = ",".join("?" * len(chunk))
        rows += conn.execute(
            f"SELECT e.type, e.mode, e.cluster_day, e.doc_key, d.doc_id, d.source FROM events e "
            f"JOIN documents d USING (doc_key) WHERE e.event_id IN ({marks}) "
            f"ORDER BY e.cluster_day, e.event_id", chunk).fetchall()
        actors += [r[0] for r in conn.execute(
            f"SELECT actor_key FROM event_participants WHERE event_id IN ({marks}) "
            f"ORDER BY event_id, role, position", chunk)]
        cited += [r[0] for r in conn.execute(
            f"SELECT actor_key FROM event_sources WHERE event_id IN ({marks}) "
            f"ORDER BY event_id, position", chunk)]
    days = [r[2] for r in rows if r[2] is not None]
    reports = _unique(r[4] for r in rows)
    # a report without an outlet is its own source: it still corroborates
    sources = {r[5] or f"doc:{r[3]}" for r in rows}
    modes = [r[1] for r in rows if r[1]]
    signature = group.split("|", 1)[1].split(" ") if "|" in group else []
    return (cid, rows[0][0], modes[0] if modes else None, _iso(min(days, default=None)),
            _iso(max(days, default=None)), _dump(signature), _dump(sorted(set(actors))),
            len(eids), len({r[3] for r in rows}), _dump(reports), len(sources),
            _dump(sorted({r[5] for r in rows if r[5]})), _dump(sorted(set(cited))))


def _iso(day: int | None) -> str | None:
    return date.fromordinal(day).isoformat() if day is not None else None


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def _unique(values):
    return list(dict.fromkeys(values))


def _chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]
