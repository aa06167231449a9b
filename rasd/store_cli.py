"""`rasd ingest | events | actors | docs | show | stats | export`: the corpus store's
commands. Thin: options are parsed here, the work is in `rasd.store`, and store errors
become one-line messages naming the database at the edge (exit 2; ingest exits 1 when
some documents failed)."""
from __future__ import annotations

import csv
import datetime as dt
import functools
import json
import sqlite3
import sys

import click

from .readers import DEFAULT_MAX_BYTES, FORMATS as INPUT_FORMATS
from .store.db import DEFAULT_DB

OUTPUT_FORMATS = ("table", "csv", "jsonl")
TABLE_WIDTH = 40  # widest column in table output; longer values are cut with …

db_option = click.option(
    "--db", "db", default=DEFAULT_DB, show_default=True, envvar="RASD_DB",
    type=click.Path(dir_okay=False),
    help="The rasd database file (SQLite); also read from $RASD_DB.")
format_option = click.option(
    "--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="table", show_default=True,
    help="table for reading, csv or jsonl for other programs.")
output_option = click.option(
    "-o", "--output", default="-", type=click.Path(dir_okay=False, allow_dash=True),
    help="Where to write (default: standard output).")


def at_the_edge(command):
    """Turn store errors into a message naming the database and exit status 2."""
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        from .errors import RasdError
        try:
            return command(*args, **kwargs)
        except RasdError as exc:
            click.echo(f"rasd: {exc}", err=True)
            sys.exit(2)
        except sqlite3.DatabaseError as exc:
            click.echo(f"rasd: {kwargs.get('db', 'database')}: [bad_store] {exc}", err=True)
            sys.exit(2)
    return wrapper


def _day(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter("must be an ISO date such as 2025-02-12")


# -------------------------------------------------------------------- ingest

@click.command("ingest")
@click.argument("inputs", nargs=-1, metavar="INPUT...")
@db_option
@click.option("--workers", type=click.IntRange(min=0), default=None,
              help="Pipeline processes (default: one per core; 0 runs in this process).")
@click.option("--batch-size", type=click.IntRange(min=1), default=200, show_default=True,
              help="Documents per transaction: larger is faster, smaller loses less on a kill.")
@click.option("--cluster-window-days", "window", type=click.IntRange(min=0), default=1,
              show_default=True,
              help="Events of the same action at most this many days apart form one cluster; "
                   "a new value re-clusters the whole store.")
@click.option("--input-format", type=click.Choice(INPUT_FORMATS), default="auto", show_default=True,
              help="How to read the inputs; auto uses the file extension, then the content.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse documents larger than this many bytes.")
@click.option("--kb-overlay", "kb_overlays", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="A knowledge-base overlay YAML; repeatable.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar with rate and ETA on stderr (default: when stderr is a terminal).")
@at_the_edge
def ingest(inputs, db, workers, batch_size, window, input_format, max_bytes, kb_overlays, progress):
    """Store INPUT files, folders, JSONL or - (stdin) in the database, merging events
    across reports into clusters.

    Idempotent: a document already stored (same text and metadata) is skipped, so an
    interrupted run can simply be run again. Every document ends stored or in the
    failures table (see `rasd stats`). Exit status 1 when some documents failed.
    With no INPUT, creates or upgrades the database only.
    """
    from .store.ingest import ingest as run_ingest
    bar = _progress_bar(inputs, input_format, progress)
    failed = lambda row: _echo_failure(row, bar)  # noqa: E731
    try:
        result = run_ingest(inputs, db, workers=workers, input_format=input_format,
                            max_bytes=max_bytes, batch_size=batch_size, window_days=window,
                            kb_overlays=kb_overlays, progress=bar, on_failure=failed)
    except KeyboardInterrupt:
        _close(bar)
        click.echo(f"rasd: interrupted; committed batches are kept in {db}: run the same "
                   "command again to go on", err=True)
        sys.exit(130)
    _close(bar)
    click.echo(f"rasd: {result.read} documents: {result.stored} stored ({result.events} events), "
               f"{result.already} already in the store, {result.failed} failed; "
               f"{result.seconds:.1f} s, {result.rate:.0f} documents/s -> {db}", err=True)
    sys.exit(1 if result.failed else 0)


def _progress_bar(inputs, input_format, wanted):
    from .store.ingest import count_documents
    if not (wanted if wanted is not None else sys.stderr.isatty()):
        return None
    from tqdm import tqdm
    tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked after this
    return tqdm(total=count_documents(inputs, input_format), desc="ingest", unit="doc",
                file=sys.stderr, dynamic_ncols=True, smoothing=0.1)


def _echo_failure(row, bar) -> None:
    message = f"rasd: {row[0]}: [{row[2]}] {row[3]}"
    if bar is not None:
        bar.write(message, file=sys.stderr)
    else:
        click.echo(message, err=True)


def _close(bar) -> None:
    if bar is not None:
        bar.close()


# -------------------------------------------------------------------- events

def _event_filters(command):
    options = [
        click.option("--actor", metavar="NAME|ID", help="A participant: actor id, or part of an "
                     "English or Arabic name (normalised)."),
        click.option("--country", metavar="ISO3", help="A participant from this country."),
        click.option("--type", "type_", metavar="T", help="PLOVER type, e.g. CONSULT."),
        click.option("--mode", metavar="M", help="PLOVER mode, e.g. phone."),
        click.option("--since", metavar="DATE", callback=_day, help="Events on or after this day."),
        click.option("--until", metavar="DATE", callback=_day, help="Events on or before this day."),
        click.option("--source", metavar="S", help="An outlet (the documents' source) or a cited "
                     "source (according_to: id or name)."),
        click.option("--min-sources", type=click.IntRange(min=1), metavar="N",
                     help="Only events whose cluster is reported by at least N distinct outlets."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@click.command("events")
@db_option
@_event_filters
@click.option("--clusters", "as_clusters", is_flag=True,
              help="List event clusters (one per real action, with its reports and sources) "
                   "instead of events.")
@click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS + ("plover",)), default="table",
              show_default=True, help="table, csv, jsonl, or plover (POLECAT-style JSONL records).")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many rows.")
@output_option
@at_the_edge
def events(db, actor, country, type_, mode, since, until, source, min_sources, as_clusters, fmt,
           limit, output):
    """List stored events (or clusters) matching every filter given."""
    from .store.api import Store
    filters = dict(actor=actor, country=country, type=type_, mode=mode, since=since, until=until,
                   source=source, min_sources=min_sources, limit=limit)
    with Store(db) as store, click.open_file(output, "w", encoding="utf-8") as out:
        if fmt == "plover":
            if as_clusters:
                raise click.UsageError("--format plover lists events; drop --clusters")
            for record in store.plover(**filters):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            return
        if as_clusters:
            rows = store.clusters(**filters)
            columns = ("first_day", "type", "mode", "n_reports", "n_sources", "outlets",
                       "actors_names", "cited_sources_names", "cluster_id")
        else:
            rows = store.events(**filters)
            columns = ("date", "type", "mode", "actor_names", "recipient_names", "outlet",
                       "doc_id", "cluster_sources", "event_id")
        write_rows(out, rows, fmt, columns)


# -------------------------------------------------------------- actors, docs

@click.command("actors")
@db_option
@click.option("--top", type=click.IntRange(min=1), metavar="N",
              help="Only the N actors in most events (default: all).")
@format_option
@output_option
@at_the_edge
def actors(db, top, fmt, output):
    """List actors by the number of events they take part in."""
    from .store.api import Store
    with Store(db) as store, click.open_file(output, "w", encoding="utf-8") as out:
        write_rows(out, store.actors(top), fmt,
                   ("actor_key", "name_en", "name_ar", "type", "country", "sector", "events", "documents"))


@click.command("docs")
@db_option
@click.option("--search", metavar="TEXT", help="Words that must all occur in the title or text, "
              "matched on the normalised Arabic (hamza, alef, yaa, taa marbuta folded, "
              "diacritics ignored); end a word with * for a prefix.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True,
              help="At most this many documents.")
@format_option
@output_option
@at_the_edge
def docs(db, search, limit, fmt, output):
    """List stored documents, or search them."""
    from .store.api import Store
    with Store(db) as store, click.open_file(output, "w", encoding="utf-8") as out:
        rows = store.documents(search, limit)
        columns = ("doc_id", "published", "source", "title", "n_events") + (("snippet",) if search else ())
        write_rows(out, rows, fmt, columns)


@click.command("show")
@click.argument("doc_id")
@db_option
@at_the_edge
def show(doc_id, db):
    """Print a stored document (its full JSON, as `rasd extract` wrote it, plus the
    cluster of each event) by doc id or content key."""
    from .store.api import Store
    with Store(db) as store:
        found = store.document(doc_id)
    if not found:
        click.echo(f"rasd: {db}: no document {doc_id!r}", err=True)
        sys.exit(1)
    for doc in found:
        click.echo(json.dumps(doc, ensure_ascii=False, indent=1))


@click.command("stats")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON (documents, failures, events, "
              "event_clusters, actors, …).")
@at_the_edge
def stats(db, as_json):
    """Counts of what the database holds."""
    from .store.api import Store
    with Store(db) as store:
        counts = store.stats()
    if as_json:
        click.echo(json.dumps(counts, ensure_ascii=False, indent=1, sort_keys=True))
        return
    for key, value in counts.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items()) or "-"
        click.echo(f"{key:<22} {value}")


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(("parquet", "csv", "plover")), required=True,
              help="parquet or csv: one file per table; plover: events.plover.jsonl.")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder to write into (created if missing).")
@at_the_edge
def export(db, fmt, out_dir):
    """Export the database's tables (Parquet needs `pip install 'rasd[store]'`)."""
    from .store.export import export as run_export
    for path in run_export(db, fmt, out_dir):
        click.echo(str(path))


COMMANDS = (ingest, events, actors, docs, show, stats, export)


# -------------------------------------------------------------------- output

def write_rows(out, rows: list[dict], fmt: str, columns: tuple[str, ...]) -> None:
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        _write_csv(out, rows)
    else:
        _write_table(out, rows, columns)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _write_csv(out, rows: list[dict]) -> None:
    if not rows:
        return
    writer = csv.writer(out)
    names = list(rows[0])
    writer.writerow(names)
    for row in rows:
        writer.writerow([_cell(row.get(n)) for n in names])


def _write_table(out, rows: list[dict], columns: tuple[str, ...]) -> None:
    cells = [[_cut(" ".join(_cell(r.get(c)).split())) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip() + "\n")
    for row in cells:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() + "\n")
    click.echo(f"{len(rows)} rows", err=True)


def _cut(text: str) -> str:
    return text if len(text) <= TABLE_WIDTH else text[:TABLE_WIDTH - 1] + "…"
