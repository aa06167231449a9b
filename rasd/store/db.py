"""Opening rasd databases: one writer, read-only readers, numbered migrations.

A rasd database is an SQLite file in WAL mode whose header carries rasd's application id
and whose `schema_version` table records the migrations (`migrations/NNNN_name.sql`)
applied, in order, each in its own transaction. Anything else given as a database (a
corrupt file, a text file, someone else's SQLite database) is refused with a
`StoreError` that names the file; rasd never writes to a file it did not create.
"""
from __future__ import annotations

import re
import sqlite3
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path
from urllib.parse import quote

from ..errors import RasdError

DEFAULT_DB = "rasd.db"
APPLICATION_ID = 0x72617364  # "rasd" in ASCII, written to the SQLite header
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 30.0
_MIGRATION_RE = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


class StoreError(RasdError):
    """A database that rasd cannot use, or a query it cannot run."""

    code = "bad_store"


# ---------------------------------------------------------------- migrations

@lru_cache(maxsize=1)
def migrations() -> tuple[tuple[int, str, str], ...]:
    """(number, name, sql) of every migration shipped with rasd, in order."""
    folder = resources.files("rasd.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        match = _MIGRATION_RE.match(entry.name)
        if match:
            found.append((int(match.group(1)), match.group(2), entry.read_text(encoding="utf-8")))
    found.sort()
    numbers = [n for n, _, _ in found]
    if numbers != list(range(1, len(found) + 1)):
        raise RuntimeError(f"store migrations must be numbered 1..n without gaps, got {numbers}")
    return tuple(found)


def latest_version() -> int:
    return migrations()[-1][0]


def _statements(sql: str):
    """The statements of a script, so they run inside our own transaction
    (`executescript` would commit first)."""
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer
            buffer = ""
    if buffer.strip() and not all(l.strip().startswith("--") or not l.strip()
                                  for l in buffer.splitlines()):
        raise RuntimeError(f"incomplete SQL statement in a migration: {buffer[:80]!r}")


def schema_version(conn: sqlite3.Connection) -> int:
    if not _has_table(conn, "schema_version"):
        return 0
    return conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations this database lacks, each in one transaction; the version."""
    for number, name, sql in migrations():
        conn.execute("BEGIN IMMEDIATE")
        try:
            # read inside the transaction: another writer may have migrated meanwhile
            if number <= schema_version(conn):
                conn.execute("COMMIT")
                continue
            if number == 1:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                             "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                             "applied_at TEXT NOT NULL)")
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_version VALUES (?, ?, datetime('now'))", (number, name))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return schema_version(conn)


# ------------------------------------------------------------------ checks

def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (name,)).fetchone() is not None


def _check_header(path: Path) -> bool:
    """True when `path` is a new (missing or empty) file; refuse non-SQLite files."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return True
    except IsADirectoryError:
        raise StoreError("is a folder, not a database file", input=str(path), code="not_a_database")
    except OSError as exc:
        raise StoreError(f"cannot read: {exc.strerror}", input=str(path), code="not_a_database")
    if not head:
        return True
    if head != SQLITE_MAGIC:
        raise StoreError("not a rasd database: not an SQLite file (corrupt, or another kind of "
                         "file)", input=str(path), code="not_a_database")
    return False


def _check_identity(conn: sqlite3.Connection, path: Path, writable: bool) -> None:
    """Refuse SQLite files rasd did not create and schemas newer than this rasd."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != APPLICATION_ID:
        empty = conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0] == 0
        if not (empty and writable):
            raise StoreError("not a rasd database: an SQLite database made by another program "
                             "(rasd will not write to it)" if not empty else
                             "an empty SQLite file, not a rasd database yet (run rasd ingest)",
                             input=str(path), code="not_a_rasd_database")
        return
    version = schema_version(conn)
    if version > latest_version():
        raise StoreError(f"made by a newer rasd (schema {version}; this rasd knows up to "
                         f"{latest_version()}): upgrade rasd", input=str(path), code="store_too_new")
    if not writable and version < latest_version():
        raise StoreError(f"schema {version} is older than this rasd's {latest_version()}: run "
                         "`rasd ingest` once (with no inputs is fine) to upgrade it",
                         input=str(path), code="store_too_old")


def _wrap(exc: sqlite3.Error, path: Path) -> StoreError:
    return StoreError(f"not a usable rasd database: {exc}", input=str(path), code="not_a_database")


@contextmanager
def _closed_on_failure(conn: sqlite3.Connection, path: Path):
    """Set-up of a new connection: on any failure close it; a database error names the file."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _wrap(exc, path) from exc
    except BaseException:
        conn.close()
        raise


# -------------------------------------------------------------- connections

def open_writer(path) -> sqlite3.Connection:
    """The one connection that writes: WAL, foreign keys on, migrated to the latest schema.

    Transactions are explicit (isolation_level None): callers BEGIN IMMEDIATE and COMMIT."""
    path = Path(path)
    _check_header(path)
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open: {exc}", input=str(path), code="cannot_open") from exc
    with _closed_on_failure(conn, path):
        _check_identity(conn, path, writable=True)
        conn.execute("PRAGMA journal_mode = WAL")
        # NORMAL is durable across application crashes in WAL mode; only an OS crash
        # may lose the last transactions, never corrupt the file
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA cache_size = -16384")  # 16 MB: enough for the indexes being filled
        conn.execute("PRAGMA temp_store = MEMORY")
        migrate(conn)
    return conn


def open_reader(path) -> sqlite3.Connection:
    """A read-only connection (uri mode=ro): readers never block the writer or change
    the file."""
    path = Path(path)
    if not path.exists():
        raise StoreError("no such database: create it with `rasd ingest INPUT... --db "
                         f"{path}`", input=str(path), code="no_database")
    if _check_header(path):
        raise StoreError("an empty file, not a rasd database", input=str(path), code="not_a_database")
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                               check_same_thread=False)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open: {exc}", input=str(path), code="cannot_open") from exc
    with _closed_on_failure(conn, path):
        _check_identity(conn, path, writable=False)
        conn.execute("PRAGMA query_only = ON")
    conn.row_factory = sqlite3.Row
    return conn


class Connected:
    """A holder of one SQLite connection (`self.conn`) usable as a context manager."""

    conn: sqlite3.Connection

    def close(self) -> None:
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
