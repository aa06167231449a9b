"""Ingesting: good and bad documents mixed, idempotence, kill -9 and resume, a reader
during an ingest, and a slice of the real news corpus."""
import os
import signal
import sqlite3
import subprocess
import sys
import time

from rasd.store import clusters
from rasd.store.api import Store
from rasd.store.db import StoreError
from rasd.store.ingest import ingest
from rasd.store.rows import unpack
from rasd_testing import ROOT, shared_path
from store_fixtures import BAD_LINES, GOOD, mixed_corpus, tiny_corpus


def test_good_documents_stored_and_bad_ones_in_failures(tmp_path):
    src = mixed_corpus(tmp_path / "mixed.jsonl")
    db = tmp_path / "m.db"
    result = ingest([str(src)], db, workers=0)
    assert (result.read, result.stored, result.failed) == (len(GOOD) + len(BAD_LINES), len(GOOD), len(BAD_LINES))
    with Store(db) as store:
        assert sorted(d["doc_id"] for d in store.documents()) == sorted(r["id"] for r in GOOD)
        failures = store.failures()
    assert [f["code"] for f in failures] == [code for _, code in BAD_LINES]
    assert all(f["input_name"].startswith(f"{src}:") for f in failures)
    assert {f["doc_id"] for f in failures} == {"mixed:2", "no-text", "empty"}


def test_reingest_changes_nothing(tmp_path):
    src = mixed_corpus(tmp_path / "mixed.jsonl")
    db = tmp_path / "m.db"
    ingest([str(src)], db, workers=0)
    with Store(db) as store:
        before = store.stats()
    again = ingest([str(src)], db, workers=0)
    assert again.stored == 0 and again.already == len(GOOD) and again.failed == len(BAD_LINES)
    with Store(db) as store:
        assert store.stats() == before


def test_same_content_from_another_input_is_the_same_document(tmp_path):
    a = tiny_corpus(tmp_path / "a.jsonl", 6)
    b = tmp_path / "b.jsonl"
    b.write_bytes(a.read_bytes())
    db = tmp_path / "d.db"
    ingest([str(a)], db, workers=0)
    result = ingest([str(b)], db, workers=0)
    assert result.already == 6 and result.stored == 0


def test_worker_pool_stores_the_same_as_in_process(tmp_path):
    src = tiny_corpus(tmp_path / "t.jsonl", 40, bad_every=9)
    ingest([str(src)], tmp_path / "one.db", workers=0)
    result = ingest([str(src)], tmp_path / "pool.db", workers=2, batch_size=7)
    assert result.stored + result.failed == 40
    with Store(tmp_path / "one.db") as one, Store(tmp_path / "pool.db") as pool:
        assert one.stats() == pool.stats()
        assert [e["event_id"] for e in one.events()] == [e["event_id"] for e in pool.events()]
        assert [c["cluster_id"] for c in one.clusters()] == [c["cluster_id"] for c in pool.clusters()]


# ------------------------------------------------------------ kill -9, resume

def _ingest_command(src, db, *extra):
    return [sys.executable, "-m", "rasd", "ingest", str(src), "--db", str(db), "--no-progress", *extra]


def _documents(db) -> int | None:
    """Stored documents, read the way an analyst's reader would (read-only); None before
    the writer has created the database."""
    try:
        with Store(db) as store:
            return store.stats()["documents"]
    except StoreError:
        return None


def _check_consistent(db, window=1) -> None:
    """Whole documents only, and the clusters a from-scratch computation gives."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    for doc_key, n_events, blob in conn.execute("SELECT doc_key, n_events, doc_json_z FROM documents"):
        doc = unpack(blob)
        counts = {t: conn.execute(f"SELECT COUNT(*) FROM {t} WHERE doc_key = ?", (doc_key,)).fetchone()[0]
                  for t in ("events", "mentions", "times", "quotes")}
        assert counts["events"] == n_events == len(doc["events"])
        assert counts["mentions"] == len(doc["entities"]) + len(doc.get("mentions", []))
        assert counts["times"] == len(doc["times"]) and counts["quotes"] == len(doc["quotes"])
    fts = conn.execute("SELECT COUNT(*) FROM documents_fts_docsize").fetchone()[0]
    assert fts == conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    stored = dict(conn.execute("SELECT event_id, cluster_id FROM cluster_members"))
    assert stored == clusters.expected_membership(conn, window)
    for row in conn.execute("SELECT * FROM event_clusters").fetchall():
        members = conn.execute("SELECT m.event_id, e.group_key FROM cluster_members m JOIN events e "
                               "ON e.event_id = m.event_id WHERE m.cluster_id = ? ORDER BY e.cluster_day, "
                               "e.event_id", (row[0],)).fetchall()
        # each row, however it was written, is the summary of its members
        assert row == clusters._summary(conn, row[0], members[0][1], [m[0] for m in members])
    unclustered = conn.execute("SELECT COUNT(*) FROM events e WHERE group_key IS NOT NULL AND NOT EXISTS "
                               "(SELECT 1 FROM cluster_members m WHERE m.event_id = e.event_id)").fetchone()[0]
    assert unclustered == 0
    conn.close()


def test_kill_9_mid_ingest_then_resume(tmp_path):
    n, bad_every = 1500, 100
    src = tiny_corpus(tmp_path / "big.jsonl", n, bad_every=bad_every)
    db = tmp_path / "k.db"
    proc = subprocess.Popen(_ingest_command(src, db, "--workers", "1", "--batch-size", "20"),
                            cwd=ROOT, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen = []
    try:
        deadline = time.monotonic() + 60
        # a reader querying while the writer works: counts only grow, rows stay whole
        while time.monotonic() < deadline and proc.poll() is None:
            count = _documents(db)
            if count is not None:
                seen.append(count)
            if (count or 0) >= 40:
                break
            time.sleep(0.01)
        os.killpg(proc.pid, signal.SIGKILL)  # the ingest and its worker, mid-run
    finally:
        proc.wait(10)
    killed_at = _documents(db)
    assert seen == sorted(seen) and 0 < (killed_at or 0) < n - n // bad_every, \
        f"the kill came too late to test resuming ({killed_at} stored)"
    _check_consistent(db)

    rerun = subprocess.run(_ingest_command(src, db, "--workers", "1"), cwd=ROOT,
                           capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 1  # the broken lines are failures again
    with Store(db) as store:
        stats = store.stats()
        ids = [d["doc_id"] for d in store.documents()]
    assert len(ids) == len(set(ids)) == n - n // bad_every == stats["documents"]
    assert stats["failures"] == n // bad_every
    _check_consistent(db)


def test_reader_sees_whole_batches_during_ingest(tmp_path):
    src = tiny_corpus(tmp_path / "r.jsonl", 300)
    db = tmp_path / "r.db"
    proc = subprocess.Popen(_ingest_command(src, db, "--workers", "1", "--batch-size", "10"),
                            cwd=ROOT, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    checks = 0
    try:
        while proc.poll() is None:
            if _documents(db):
                with Store(db) as store, store.snapshot():  # read-only, alongside the writer
                    events = store.events()
                    docs = store.documents()
                    assert len(events) == sum(d["n_events"] for d in docs)
                    assert {e["doc_id"] for e in events} <= {d["doc_id"] for d in docs}
                    checks += 1
            time.sleep(0.02)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(10)
    assert proc.returncode == 0 and checks > 0
    assert _documents(db) == 300


# ---------------------------------------------------------------- real news

def test_first_50_news_documents(tmp_path):
    corpus = shared_path("data", "news", "saudinewsnet-2015-political.jsonl")
    sample = tmp_path / "news50.jsonl"
    with open(corpus, encoding="utf-8") as fh:
        sample.write_text("".join(next(fh) for _ in range(50)), encoding="utf-8")
    db = tmp_path / "news.db"
    result = ingest([str(sample)], db, workers=0)
    with Store(db) as store:
        stats = store.stats()
    assert stats["documents"] + stats["failures"] == 50 == result.read
    assert stats["events"] == result.events
    _check_consistent(db)


def test_a_document_sqlite_refuses_costs_only_itself(tmp_path):
    from rasd.store.rows import prepare
    from rasd.store.writer import Writer
    from store_fixtures import document, event
    good = prepare(document("good", "2025-02-12", "a", event()), "k" * 20, "in:1")
    bad = prepare(document("bad", "2025-02-12", "b", event()), "b" * 20, "in:2")
    bad["events"][0] = bad["events"][0][:6] + (None,) + bad["events"][0][7:]  # type NOT NULL
    with Writer(tmp_path / "w.db") as writer:
        written = writer.write([good, bad], [], [])
    assert [d["doc_id"] for d in written.stored] == ["good"]
    assert [(r[0], r[1], r[2]) for r in written.refused] == [("in:2", "bad", "store_error")]
    with Store(tmp_path / "w.db") as store:
        assert store.stats()["documents"] == 1 and store.failures()[0]["doc_id"] == "bad"
    _check_consistent(tmp_path / "w.db")


def test_unencodable_text_is_a_failure_not_a_crash(tmp_path):
    src = tmp_path / "s.jsonl"
    src.write_text('{"id": "lone", "text": "قال الرئيس \\ud800 اليوم."}\n'
                   '{"id": "fine", "text": "قال الرئيس اليوم."}\n', encoding="utf-8")
    result = ingest([str(src)], tmp_path / "s.db", workers=0)
    assert (result.stored, result.failed) == (1, 1)
    with Store(tmp_path / "s.db") as store:
        assert store.failures()[0]["doc_id"] == "lone"
