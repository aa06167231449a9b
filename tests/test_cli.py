"""The `rasd` command: outputs, exit codes, error records, stdin, progress."""
import json
import subprocess
import sys

from click.testing import CliRunner

import rasd
from rasd.cli import main
from rasd_testing import ROOT, assert_spans_fit, shared_path

ARABIC = "وقال وزير الخارجية الأردني في عمان إن بلاده ترحب بالاتفاق الذي أعلن أمس."


def run(*args, input=None):
    result = CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)
    return result


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and rasd.__version__ in result.stdout


def test_one_text_file_prints_one_pretty_document(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text(ARABIC, encoding="utf-8")
    result = run("extract", str(path))
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["doc_id"] == "news" and doc["text"] == ARABIC and doc["language"] == "ar"
    assert "\n " in result.stdout  # pretty-printed


def test_several_inputs_write_jsonl_in_order_and_report_failures(tmp_path):
    a, b, bad = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "bad.txt"
    a.write_text(ARABIC, encoding="utf-8")
    b.write_text(ARABIC, encoding="utf-8")
    bad.write_bytes(b"\x00\x01\x02\x03binary\x00\x00")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(b), str(bad), str(a), "-o", str(out)])
    assert result.exit_code == 1
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in records] == ["b", "bad", "a"]
    assert records[1]["error"]["code"] == "binary_input" and "message" in records[1]["error"]
    assert "bad.txt" in result.stderr


def test_jsonl_input_gives_jsonl_output(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps({"id": f"d{i}", "text": ARABIC, "published": "2015-08-0%d" % (i + 1)})
                              for i in range(3)), encoding="utf-8")
    result = run("extract", str(path))
    lines = result.stdout.strip().splitlines()
    assert result.exit_code == 0 and len(lines) == 3
    assert [json.loads(l)["published"] for l in lines] == ["2015-08-01", "2015-08-02", "2015-08-03"]


def test_stdin(tmp_path):
    result = run("extract", "-", "--input-format", "text", input=ARABIC)
    assert result.exit_code == 0 and json.loads(result.stdout)["doc_id"] == "stdin"
    lines = "\n".join(json.dumps({"id": f"s{i}", "text": ARABIC}) for i in range(2))
    result = run("extract", "-", input=lines)
    assert [json.loads(l)["doc_id"] for l in result.stdout.splitlines()] == ["s0", "s1"]


def test_usage_errors_exit_2(tmp_path):
    assert run("extract").exit_code == 2
    assert run("extract", "x.txt", "--input-format", "pdf").exit_code == 2
    path = tmp_path / "a.txt"
    path.write_text(ARABIC, encoding="utf-8")
    assert run("extract", str(path), "--published", "last week").exit_code == 2


def test_published_option_fills_missing_dates(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARABIC, encoding="utf-8")
    doc = json.loads(run("extract", str(path), "--published", "2015-08-06").stdout)
    assert doc["published"] == "2015-08-06" and doc["published_source"] == "cli"


def test_english_and_mixed_inputs_pass_through(tmp_path):
    en = tmp_path / "en.txt"
    en.write_text("The Kremlin said on Wednesday that the two presidents spoke by phone.", encoding="utf-8")
    mixed = tmp_path / "mixed.txt"
    mixed.write_text("قال المتحدث: \"We will not accept this\" ثم غادر القاعة.", encoding="utf-8")
    result = run("extract", str(en), str(mixed))
    docs = [json.loads(l) for l in result.stdout.splitlines()]
    assert result.exit_code == 0
    assert docs[0]["language"] == "en" and docs[1]["language"] == "ar"


def test_oversized_document_is_a_clean_error(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(ARABIC * 50, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path), "--max-bytes", "500"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"]["code"] == "too_large"


def test_seed_end_to_end(seed_text):
    result = run("extract", str(shared_path("eval", "gold", "dev", "seed.txt")))
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["published"] == "2025-02-12"
    [post] = doc["embedded_posts"]
    assert post["handle"] == "@SanaAjel" and post["date"] == "2025-02-12" and post["platform"] == "twitter"
    assert post["author"] == "الوكالة العربية السورية للأنباء - سانا"
    assert_spans_fit(doc)
    again = rasd.Document.from_dict(doc)
    assert again.to_dict() == doc


def test_bundled_example(example_text):
    doc = rasd.extract(example_text, id="report").to_dict()
    assert doc["published"] == "2026-03-03" and doc["embedded_posts"][0]["handle"] == "@KSAMOFA"
    assert_spans_fit(doc)


def test_dev_set_scores(tmp_path):
    docs = shared_path("eval", "gold", "dev", "docs.jsonl")
    scorer = shared_path("eval", "score.py")
    out = tmp_path / "out.jsonl"
    assert run("extract", str(docs), "-o", str(out)).exit_code == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 11
    scores = json.loads(subprocess.run(
        [sys.executable, str(scorer), "--gold", str(docs.parent), "--pred", str(out), "--json"],
        capture_output=True, text=True, check=True).stdout)
    assert scores["embedded_posts"]["f1"] == 1.0
    assert scores["published_accuracy"] == 1.0
    assert scores["documents_missing"] == []


def test_console_script_runs_as_module(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "rasd", "--version"], capture_output=True,
                          text=True, cwd=ROOT)
    assert proc.returncode == 0 and rasd.__version__ in proc.stdout
