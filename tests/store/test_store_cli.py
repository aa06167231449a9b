"""The store's commands through the `rasd` CLI: ingest, events, actors, docs, show,
stats, export."""
import csv
import io
import json
import sys

import pytest
from click.testing import CliRunner

from rasd.cli import main
from rasd.pipeline import Pipeline
from rasd.readers import read_inputs
from store_fixtures import CALL_SANA, GOOD, mixed_corpus


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return mixed_corpus(tmp_path_factory.mktemp("src") / "mixed.jsonl")


@pytest.fixture(scope="module")
def db(tmp_path_factory, corpus):
    path = tmp_path_factory.mktemp("db") / "store.db"
    result = run("ingest", corpus, "--db", path, "--workers", "0")
    assert result.exit_code == 1  # the bad lines failed
    assert "4 stored" in result.stderr and "3 failed" in result.stderr
    return path


def test_ingest_clean_input_exits_0_and_reports(tmp_path):
    src = tmp_path / "one.jsonl"
    src.write_text(json.dumps(CALL_SANA, ensure_ascii=False) + "\n", encoding="utf-8")
    result = run("ingest", src, "--db", tmp_path / "x.db", "--workers", "0", "--progress")
    assert result.exit_code == 0
    assert "1 stored" in result.stderr and "doc/s" in result.stderr  # the progress bar's rate


def test_stats_json_and_unchanged_by_reingest(db, corpus):
    first = json.loads(run("stats", "--db", db, "--json").stdout)
    assert {"documents", "failures", "events", "event_clusters", "actors"} <= set(first)
    assert (first["documents"], first["failures"]) == (len(GOOD), 3)
    run("ingest", corpus, "--db", db, "--workers", "0")
    assert json.loads(run("stats", "--db", db, "--json").stdout) == first
    assert "documents" in run("stats", "--db", db).stdout


def test_events_formats(db):
    table = run("events", "--db", db)
    assert table.exit_code == 0 and "CONSULT" in table.stdout and "Vladimir Putin" in table.stdout
    rows = list(csv.DictReader(io.StringIO(run("events", "--db", db, "--format", "csv").stdout)))
    assert {r["type"] for r in rows} >= {"CONSULT"} and all(r["event_id"] for r in rows)
    lines = [json.loads(l) for l in run("events", "--db", db, "--format", "jsonl").stdout.splitlines()]
    assert len(lines) == len(rows)
    plover = [json.loads(l) for l in run("events", "--db", db, "--format", "plover").stdout.splitlines()]
    assert len(plover) == len(rows) and all(p["cluster_id"] for p in plover if not p["flags"]["negated"])


@pytest.mark.parametrize("args, doc_ids", [
    (("--actor", "Putin"), {"sana-1", "tass-1", "rt-1"}),
    (("--actor", "بوتين"), {"sana-1", "tass-1", "rt-1"}),
    (("--actor", "vladimir_putin"), {"sana-1", "tass-1", "rt-1"}),
    (("--country", "syr"), {"sana-1", "tass-1", "rt-1"}),
    (("--type", "consult", "--since", "2025-02-13"), {"tass-1", "rt-1"}),
    (("--type", "CONSULT", "--mode", "phone", "--until", "2025-02-12"), {"sana-1"}),
    (("--source", "tass"), {"tass-1"}),
    (("--source", "الكرملين"), {"sana-1"}),
    (("--min-sources", "2"), {"sana-1", "tass-1"}),
])
def test_event_filters(db, args, doc_ids):
    result = run("events", "--db", db, "--format", "jsonl", *args)
    assert {json.loads(l)["doc_id"] for l in result.stdout.splitlines()} == doc_ids


def test_clusters_listing(db):
    result = run("events", "--db", db, "--clusters", "--min-sources", "2", "--format", "jsonl")
    (cluster,) = [json.loads(l) for l in result.stdout.splitlines()]
    assert cluster["n_reports"] == 2 and cluster["outlets"] == ["sana", "tass"]
    assert "sana; tass" in run("events", "--db", db, "--clusters").stdout
    assert run("events", "--db", db, "--clusters", "--format", "plover").exit_code == 2


def test_bad_date_is_a_usage_error(db):
    assert run("events", "--db", db, "--since", "yesterday").exit_code == 2


def test_actors_top(db):
    rows = [json.loads(l) for l in run("actors", "--db", db, "--top", "2", "--format", "jsonl").stdout.splitlines()]
    assert len(rows) == 2 and rows[0]["events"] >= rows[1]["events"] >= 1
    assert "vladimir_putin" in run("actors", "--db", db).stdout


def test_docs_search_is_normalised(db):
    # written with ه for ة and without hamza: found on the normalised text
    result = run("docs", "--db", db, "--search", "مكالمه هاتفيه", "--format", "jsonl")
    found = {json.loads(l)["doc_id"] for l in result.stdout.splitlines()}
    assert found == {"sana-1", "tass-1", "rt-1"}
    prefix = run("docs", "--db", db, "--search", "الغار*", "--format", "jsonl")
    assert {json.loads(l)["doc_id"] for l in prefix.stdout.splitlines()} == {"aden-1"}
    hits = run("docs", "--db", db, "--search", "هاتفية", "--format", "jsonl").stdout.splitlines()
    assert all("مكالمة هاتفية" in json.loads(l)["snippet"] for l in hits) and len(hits) == 3
    assert len(run("docs", "--db", db).stdout.splitlines()) == 1 + len(GOOD)


def test_show_gives_back_the_extracted_document(db, corpus):
    result = run("show", "sana-1", "--db", db)
    shown = json.loads(result.stdout)
    store_info = shown.pop("store")
    raw = next(r for r in read_inputs([str(corpus)]) if getattr(r, "id", None) == "sana-1")
    assert shown == Pipeline().process(raw).to_dict()
    assert len(store_info["event_clusters"]) == len(shown["events"]) and store_info["doc_key"]
    assert run("show", "nope", "--db", db).exit_code == 1


def test_export_csv_and_plover(db, tmp_path):
    result = run("export", "--db", db, "--format", "csv", "--out", tmp_path / "csv")
    assert result.exit_code == 0
    events = list(csv.DictReader(open(tmp_path / "csv" / "events.csv", encoding="utf-8")))
    docs = list(csv.DictReader(open(tmp_path / "csv" / "documents.csv", encoding="utf-8")))
    assert len(docs) == len(GOOD) and "doc_json_z" not in docs[0] and events
    run("export", "--db", db, "--format", "plover", "--out", tmp_path / "pl")
    records = [json.loads(l) for l in open(tmp_path / "pl" / "events.plover.jsonl", encoding="utf-8")]
    assert len(records) == len(events) and {"cluster_id", "event_type", "actor"} <= set(records[0])


def test_export_parquet(db, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    run("export", "--db", db, "--format", "parquet", "--out", tmp_path)
    table = pq.read_table(tmp_path / "documents.parquet")
    assert table.num_rows == len(GOOD)
    assert json.loads(table.column("doc_json")[0].as_py())["text"]
    assert pq.read_table(tmp_path / "events.parquet").schema.field("cluster_day").type == "int64"


def test_export_parquet_without_pyarrow(db, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    result = run("export", "--db", db, "--format", "parquet", "--out", tmp_path)
    assert result.exit_code == 2 and "pip install 'rasd[store]'" in result.stderr


def test_python_api_dataframes(db):
    pytest.importorskip("pandas")
    from rasd.store import Store
    with Store(db) as store:
        frame = store.events_df(type="CONSULT")
        assert len(frame) == 3 and {"date", "actor", "cluster_id"} <= set(frame.columns)
        assert len(store.clusters_df()) >= 3 and len(store.actors_df(top=3)) == 3


def test_ingest_folders_text_html_and_stdin(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(CALL_SANA["text"], encoding="utf-8")
    (folder / "sub" / "b.html").write_text(
        "<html><head><title>خبر</title></head><body><article><p>" + GOOD[3]["text"] +
        "</p></article></body></html>", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    db = tmp_path / "f.db"
    result = run("ingest", folder, "--db", db, "--workers", "0")
    assert result.exit_code == 1 and "empty.txt: [empty_input]" in result.stderr
    stdin = CliRunner().invoke(main, ["ingest", "-", "--db", str(db), "--workers", "0"],
                               input=json.dumps(GOOD[1], ensure_ascii=False) + "\n")
    assert stdin.exit_code == 0
    stats = json.loads(run("stats", "--db", db, "--json").stdout)
    assert (stats["documents"], stats["failures"]) == (3, 1)
    assert {d["doc_id"] for d in map(json.loads, run("docs", "--db", db, "--format", "jsonl").stdout.splitlines())} \
        == {"a", "sub/b", "tass-1"}
