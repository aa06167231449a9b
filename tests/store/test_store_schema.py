"""The database file: migrations, schema version, and files rasd must refuse."""
import sqlite3

import pytest
from click.testing import CliRunner

from rasd.cli import main
from rasd.store import db as store_db
from rasd.store.api import Store
from rasd.store.db import APPLICATION_ID, StoreError, latest_version, open_reader, open_writer


def test_new_database_is_migrated_and_versioned(tmp_path):
    path = tmp_path / "new.db"
    conn = open_writer(path)
    versions = [r[0] for r in conn.execute("SELECT version FROM schema_version ORDER BY version")]
    assert versions == list(range(1, latest_version() + 1))
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"documents", "actors", "mentions", "times", "quotes", "events", "event_sources",
            "event_participants", "event_clusters", "cluster_members", "failures",
            "documents_fts"} <= tables
    conn.close()
    # opening again applies nothing new
    again = open_writer(path)
    assert store_db.schema_version(again) == latest_version()
    assert again.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0] == latest_version()
    again.close()


def _ship_one_more(monkeypatch, name: str, sql: str) -> tuple:
    """Pretend this rasd ships one migration after the real ones; returns it."""
    shipped = store_db.migrations()
    extra = (len(shipped) + 1, name, sql)
    monkeypatch.setattr(store_db, "migrations", lambda: shipped + (extra,))
    return extra


def test_migrations_apply_in_order_and_are_recorded(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    open_writer(path).close()
    extra = _ship_one_more(monkeypatch, "add_notes", "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);")
    conn = open_writer(path)
    rows = conn.execute("SELECT version, name FROM schema_version ORDER BY version").fetchall()
    assert rows[-1] == (extra[0], "add_notes")
    conn.execute("INSERT INTO notes (body) VALUES ('x')")
    conn.close()


def test_a_failed_migration_leaves_the_previous_version(tmp_path, monkeypatch):
    path = tmp_path / "db.db"
    open_writer(path).close()
    _ship_one_more(monkeypatch, "broken", "CREATE TABLE half (x);\nTHIS IS NOT SQL;")
    with pytest.raises(StoreError):
        open_writer(path)
    monkeypatch.undo()
    conn = open_writer(path)
    assert store_db.schema_version(conn) == latest_version()
    assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'half'").fetchone()
    conn.close()


def test_reader_is_read_only(tmp_path):
    path = tmp_path / "r.db"
    open_writer(path).close()
    conn = open_reader(path)
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("INSERT INTO settings VALUES ('x', 'y')")
    conn.close()


def _corrupt(path):
    path.write_bytes(b"this is not a database at all\n" * 100)


def _corrupt_sqlite(path):
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)


def _foreign(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("make", [_corrupt, _corrupt_sqlite, _foreign])
@pytest.mark.parametrize("command", [["stats"], ["events"], ["ingest", "IN"]])
def test_bad_database_files_are_refused_with_a_clear_message(tmp_path, make, command):
    path = tmp_path / "given.db"
    make(path)
    before = path.read_bytes()
    doc = tmp_path / "in.txt"
    doc.write_text("قال الرئيس.", encoding="utf-8")
    args = [str(doc) if a == "IN" else a for a in command] + ["--db", str(path)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert str(path) in result.stderr and "Traceback" not in result.output
    assert "rasd database" in result.stderr or "bad_store" in result.stderr
    assert path.read_bytes() == before  # never written to


def test_missing_database_for_a_reader(tmp_path):
    result = CliRunner().invoke(main, ["stats", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no such database" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.db"
    conn = open_writer(path)
    conn.execute("INSERT INTO schema_version VALUES (999, 'future', datetime('now'))")
    conn.close()
    with pytest.raises(StoreError, match="newer rasd"):
        Store(path)
    with pytest.raises(StoreError, match="newer rasd"):
        open_writer(path)


def test_an_empty_file_becomes_a_database(tmp_path):
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    open_writer(path).close()
    assert Store(path).stats()["documents"] == 0
