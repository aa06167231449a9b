"""Cross-document clusters: the same action in several reports is one cluster, in any
ingest order, and follows new reports and window changes consistently."""
import hashlib
import itertools
import sqlite3

import pytest

from rasd.store import clusters
from rasd.store.api import Store
from rasd.store.ingest import ingest
from rasd.store.rows import prepare
from rasd.store.writer import Writer
from store_fixtures import CALL_LATER, CALL_SANA, CALL_TASS, document, event, write_jsonl

def store(db, *docs, window=1):
    with Writer(db, window) as writer:
        for doc in docs:
            key = hashlib.sha256(doc["doc_id"].encode()).hexdigest()[:20]
            writer.write([prepare(doc, key, doc["doc_id"])], [], [])


def membership(db) -> dict[str, set[str]]:
    """cluster → doc ids of its members (ids differ per store, doc ids do not)."""
    conn = sqlite3.connect(db)
    out: dict[str, set[str]] = {}
    for cid, doc_id in conn.execute("SELECT m.cluster_id, d.doc_id FROM cluster_members m JOIN "
                                    "events e ON e.event_id = m.event_id JOIN documents d "
                                    "ON d.doc_key = e.doc_key"):
        out.setdefault(cid, set()).add(doc_id)
    conn.close()
    return out


def test_two_reports_of_one_call_a_day_apart_are_one_cluster(tmp_path):
    src = write_jsonl(tmp_path / "calls.jsonl", [CALL_SANA, CALL_TASS, CALL_LATER])
    db = tmp_path / "c.db"
    ingest([str(src)], db, workers=0)
    with Store(db) as s:
        multi = s.clusters(min_sources=2)
        assert len(multi) == 1
        call = multi[0]
        assert (call["type"], call["mode"], call["n_reports"], call["n_sources"]) == ("CONSULT", "phone", 2, 2)
        assert call["outlets"] == ["sana", "tass"] and sorted(call["reports"]) == ["sana-1", "tass-1"]
        assert call["cited_sources"] == ["kremlin"]
        assert (call["first_day"], call["last_day"]) == ("2025-02-12", "2025-02-13")
        later = [c for c in s.clusters(type="CONSULT") if c["cluster_id"] != call["cluster_id"]]
        assert [c["reports"] for c in later] == [["rt-1"]]


def test_a_person_and_his_government_match_and_places_do_not_count(tmp_path):
    db = tmp_path / "p.db"
    store(db,
          document("a", "2025-02-12", "sana", event(actor=("vladimir_putin", "ahmed_al_sharaa", "moscow"))),
          document("b", "2025-02-12", "tass", event(actor=("russian_government", "SYR"), mode=None)))
    assert list(membership(db).values()) == [{"a", "b"}]


def test_different_participants_types_modes_or_days_stay_apart(tmp_path):
    db = tmp_path / "d.db"
    store(db,
          document("base", "2025-02-12", "sana", event()),
          document("type", "2025-02-12", "x", event(type_="SUPPORT", mode=None)),
          document("mode", "2025-02-12", "x", event(mode="visit")),
          document("who", "2025-02-12", "x", event(actor=("vladimir_putin",), recipient=("local_1",))),
          document("days", "2025-02-15", "x", event()))
    assert sorted(map(sorted, membership(db).values())) == [["base"], ["days"], ["mode"], ["type"], ["who"]]


def test_negated_and_hypothetical_events_are_stored_not_clustered(tmp_path):
    db = tmp_path / "n.db"
    store(db, document("real", "2025-02-12", "a", event()),
          document("neg", "2025-02-12", "b", event(negated=True)),
          document("hyp", "2025-02-12", "c", event(hypothetical=True)))
    assert list(membership(db).values()) == [{"real"}]
    with Store(db) as s:
        assert s.stats()["events"] == 3
        flags = {e["doc_id"]: (e["negated"], e["hypothetical"], e["cluster_id"]) for e in s.events()}
    assert flags["neg"][:2] == (True, False) and flags["neg"][2] is None
    assert flags["hyp"][:2] == (False, True) and flags["hyp"][2] is None


DAILY = [document(f"d{i}", f"2025-03-{i + 1:02d}", f"outlet{i % 2}",
                  event(type_="ASSAULT", actor=("russian_government",), recipient=("SYR",), mode=None))
         for i in range(7)]


def test_a_daily_series_is_cut_into_window_sized_clusters(tmp_path):
    db = tmp_path / "s.db"
    store(db, *DAILY)
    groups = sorted(map(sorted, membership(db).values()))
    assert groups == [["d0", "d1"], ["d2", "d3"], ["d4", "d5"], ["d6"]]


@pytest.mark.parametrize("order", [list(p) for p in itertools.islice(itertools.permutations(range(7)), 0, 5040, 997)])
def test_clusters_do_not_depend_on_ingest_order(tmp_path, order):
    in_order, shuffled = tmp_path / "a.db", tmp_path / "b.db"
    store(in_order, *DAILY)
    store(shuffled, *[DAILY[i] for i in order])
    assert membership(in_order) == membership(shuffled)  # same ids and members


def test_a_new_report_joins_and_updates_the_cluster(tmp_path):
    db = tmp_path / "u.db"
    store(db, document("a", "2025-02-12", "sana", event()))
    store(db, document("b", "2025-02-13", "tass", event(according_to=("vladimir_putin",))))
    with Store(db) as s:
        (call,) = s.clusters()
    assert call["n_reports"] == 2 and call["outlets"] == ["sana", "tass"]
    assert call["cited_sources"] == ["vladimir_putin"] and call["n_sources"] == 2
    conn = sqlite3.connect(db)
    assert dict(conn.execute("SELECT event_id, cluster_id FROM cluster_members")) == \
        clusters.expected_membership(conn, 1)


def test_a_new_window_reclusters_everything(tmp_path):
    db = tmp_path / "w.db"
    store(db, *DAILY, window=1)
    assert len(membership(db)) == 4
    store(db, window=3)
    assert sorted(map(sorted, membership(db).values())) == [["d0", "d1", "d2", "d3"], ["d4", "d5", "d6"]]
    with Store(db) as s:
        assert s.stats()["cluster_window_days"] == 3


def test_runs_and_assign():
    assert clusters.runs([1, 2, 3, 6, 8, 9], 1) == [(1, 3), (6, 6), (8, 9)]
    got = clusters.assign([("e3", 2, "visit"), ("e1", 1, None), ("e2", 1, "phone")], 1)
    assert [(c.first_day, c.mode, c.members) for c in got] == [(1, "phone", ["e1", "e2"]), (2, "visit", ["e3"])]
