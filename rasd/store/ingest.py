"""`rasd ingest`: many inputs into one database, with a pool of pipeline workers.

The parent reads the inputs (`read_inputs`, in order), skips documents whose content
hash is already stored, and hands the rest in small tasks to worker processes. Workers run
the pipeline and turn each document into rows (`rows.prepare`); they return rows, never
connections. The parent is the only writer: it stores results in batched transactions
(`Writer`), so an interrupted run keeps every batch it committed and the next run goes on
from there. Every input document ends either stored or as a `failures` row.
"""
from __future__ import annotations

import os
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..readers import DEFAULT_MAX_BYTES, EXTENSIONS, RawDoc, ReadFailure, iter_folder, read_inputs
from .db import open_writer
from .rows import content_key, prepare
from .writer import Writer

TASK_SIZE = 8          # documents per worker task: amortises IPC, keeps workers balanced
READ_AHEAD = 256       # documents read (and checked against the store) at a time
FLUSH_SECONDS = 2.0    # commit at least this often, so a slow run still makes progress


@dataclass
class IngestResult:
    read: int = 0        # input documents seen
    stored: int = 0      # newly stored
    already: int = 0     # already in the store (same content), skipped
    failed: int = 0      # recorded in failures
    events: int = 0      # events of the newly stored documents
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.read / self.seconds if self.seconds else 0.0


# ------------------------------------------------------------------ workers

_pipeline = None


def _start_worker(max_bytes: int, kb_overlays: tuple) -> None:
    """Each worker loads the language resources once."""
    global _pipeline
    from ..pipeline import Pipeline
    _pipeline = Pipeline(max_bytes=max_bytes, kb_overlays=kb_overlays)


def process_task(task: list[tuple[str, RawDoc]]) -> list[dict]:
    """Run the pipeline on (key, raw document) pairs; rows or a failure for each."""
    out = []
    for key, raw in task:
        result = _pipeline.process(raw)
        if isinstance(result, ReadFailure):
            out.append({"failure": _failure_row(result)})
            continue
        try:
            out.append(prepare(result.to_dict(), key, raw.name, result.normalized.text))
        except Exception as exc:  # noqa: BLE001  a bug in one document must not cost the batch
            out.append({"failure": (raw.name, raw.id, "store_error",
                                    f"could not prepare rows: {type(exc).__name__}: {exc}")})
    return out


def _failure_row(failure: ReadFailure) -> tuple:
    return (failure.name, failure.id, failure.error.code, failure.error.message)


class _Workers:
    """A process pool (or, with 0 workers, this process) that runs tasks in order."""

    def __init__(self, workers: int, max_bytes: int, kb_overlays: tuple):
        self.workers, self.args = workers, (max_bytes, tuple(kb_overlays))
        self.pool = None
        self.pending: deque = deque()
        if workers == 0:
            _start_worker(*self.args)

    def start(self) -> None:
        """Start the worker processes now: before the database is opened, so no process
        is forked holding an SQLite connection (with fork, all start on the first task)."""
        if self.workers and self.pool is None:
            self.pool = ProcessPoolExecutor(self.workers, initializer=_start_worker, initargs=self.args)
            self.pool.submit(int).result()

    def submit(self, task: list) -> None:
        if self.workers == 0:
            self.pending.append((None, task))
            return
        if self.pool is None:
            self.start()
        self.pending.append((self.pool.submit(process_task, task), task))

    @property
    def full(self) -> bool:
        return len(self.pending) >= 2 * max(self.workers, 1)

    def next_result(self) -> list[dict]:
        """The results of the oldest task; a crashed worker fails its documents only."""
        future, task = self.pending.popleft()
        if future is None:
            return process_task(task)
        try:
            return future.result()
        except BrokenProcessPool:
            self._restart()
            return [{"failure": (raw.name, raw.id, "worker_died",
                                 "the worker process died on this document or one of its task; "
                                 "run ingest again to retry")} for _, raw in task]

    def _restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = None

    def close(self, cancel: bool = False) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=not cancel, cancel_futures=cancel)


# ------------------------------------------------------------------- ingest

def ingest(inputs: Iterable[str], db, *, workers: int | None = None, input_format: str = "auto",
           max_bytes: int = DEFAULT_MAX_BYTES, batch_size: int = 200, window_days: int = 1,
           kb_overlays: tuple = (), progress=None, on_failure=None) -> IngestResult:
    """Ingest `inputs` into the database `db`; see the module docstring.

    `workers`: processes running the pipeline (None: one per core; 0: this process).
    `progress`: a tqdm-like object with update(n), or None. `on_failure(row)` is called
    with each (input, doc id, code, message) recorded."""
    if workers is None:
        workers = os.cpu_count() or 1
    start = time.perf_counter()
    open_writer(db).close()  # refuse a bad database (and migrate) before starting workers
    pool = _Workers(workers, max_bytes, kb_overlays)
    try:
        pool.start()
        run = _Run(Writer(db, window_days), batch_size, progress, on_failure)
    except BaseException:
        pool.close(cancel=True)
        raise
    try:
        for block in _blocks(read_inputs(inputs, input_format, max_bytes), READ_AHEAD):
            for task in run.triage(block):
                pool.submit(task)
                while pool.full:
                    run.collect(pool.next_result())
        while pool.pending:
            run.collect(pool.next_result())
        run.flush()
    except BaseException:
        pool.close(cancel=True)
        run.writer.close()
        raise
    pool.close()
    run.writer.close()
    run.result.seconds = time.perf_counter() - start
    return run.result


class _Run:
    """The parent's side of one ingest: triage, buffering and batched writes."""

    def __init__(self, writer: Writer, batch_size: int, progress, on_failure):
        self.writer, self.batch_size = writer, batch_size
        self.progress, self.on_failure = progress, on_failure
        self.result = IngestResult()
        self.docs: list[dict] = []
        self.failures: list[tuple] = []
        self.settled: list[tuple] = []
        self.last_flush = time.monotonic()

    def triage(self, block: list) -> Iterator[list]:
        """Record read failures, skip stored documents, yield tasks for the rest."""
        keyed = [(content_key(item), item) if isinstance(item, RawDoc) else (None, item)
                 for item in block]
        stored = self.writer.known(k for k, _ in keyed if k)
        task: list = []
        for key, item in keyed:
            self.result.read += 1
            if key is None:
                self._fail(_failure_row(item))
            elif key in stored:
                self.result.already += 1
                self.settled.append((item.name, item.id))
                self._advance(1)
            else:
                task.append((key, item))
                if len(task) == TASK_SIZE:
                    yield task
                    task = []
        if task:
            yield task
        self._maybe_flush()

    def collect(self, results: list[dict]) -> None:
        for result in results:
            if "failure" in result:
                self._fail(result["failure"])
            else:
                self.docs.append(result)
                self._advance(1)
        self._maybe_flush()

    def _fail(self, row: tuple) -> None:
        self.failures.append(row)
        self.result.failed += 1
        self._advance(1)
        if self.on_failure:
            self.on_failure(row)

    def _advance(self, n: int) -> None:
        if self.progress is not None:
            self.progress.update(n)

    def _maybe_flush(self) -> None:
        pending = len(self.docs) + len(self.failures) + len(self.settled)
        if len(self.docs) >= self.batch_size or pending >= 4 * self.batch_size or (
                pending and time.monotonic() - self.last_flush >= FLUSH_SECONDS):
            self.flush()

    def flush(self) -> None:
        if self.docs or self.failures or self.settled:
            written = self.writer.write(self.docs, self.failures, self.settled)
            self.result.stored += len(written.stored)
            self.result.events += sum(len(d["events"]) for d in written.stored)
            # documents of this batch stored meanwhile (or twice in it) count as already there
            self.result.already += len(self.docs) - len(written.stored) - len(written.refused)
            self.result.failed += len(written.refused)
            for row in written.refused:
                if self.on_failure:
                    self.on_failure(row)
        self.docs, self.failures, self.settled = [], [], []
        self.last_flush = time.monotonic()


def _blocks(items: Iterable, size: int) -> Iterator[list]:
    block: list = []
    for item in items:
        block.append(item)
        if len(block) == size:
            yield block
            block = []
    if block:
        yield block


# ------------------------------------------------------------------ counting

def count_documents(inputs: Iterable[str], input_format: str = "auto") -> int | None:
    """How many documents the inputs hold (for the progress bar's ETA); None when unknown
    (standard input)."""
    total = 0
    for item in inputs:
        if item == "-":
            return None
        path = Path(item)
        files = iter_folder(path) if path.is_dir() else [path]
        total += sum(_count_file(f, input_format) for f in files)
    return total


def _count_file(path: Path, input_format: str) -> int:
    fmt = input_format if input_format != "auto" else EXTENSIONS.get(path.suffix.lower(), "auto")
    if fmt != "jsonl":
        return 1
    try:
        with open(path, "rb") as fh:
            return sum(1 for line in fh if line.strip())
    except OSError:
        return 1
