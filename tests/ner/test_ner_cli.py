"""`rasd ner train`, `rasd ner eval` and `rasd extract --ner-model`."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasd.cli import main

pytest.importorskip("pycrfsuite", reason="the CRF tagger needs python-crfsuite (pip install 'rasd[ner]')")


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_train_then_eval_three_ways(tmp_path, conll_file):
    out = tmp_path / "m.crf"
    result = run("ner", "train", "--conll", conll_file, "--out", out, "--max-iterations", 60, "--c1", 0.01)
    assert result.exit_code == 0, result.output
    assert out.is_file() and Path(str(out) + ".json").is_file()
    crf = run("ner", "eval", "--conll", conll_file, "--model", out, "--json")
    assert crf.exit_code == 0
    scores = json.loads(crf.stdout)
    assert scores["mode"] == "crf" and scores["scores"]["micro"]["f1"] > 0.8
    rules = json.loads(run("ner", "eval", "--conll", conll_file, "--json").stdout)
    combined = json.loads(run("ner", "eval", "--conll", conll_file, "--model", out, "--combined", "--json").stdout)
    assert rules["mode"] == "rules" and combined["mode"] == "combined"
    assert combined["scores"]["micro"]["recall"] >= rules["scores"]["micro"]["recall"]
    table = run("ner", "eval", "--conll", conll_file, "--model", out, "--doc-sentences", 1)
    lines = table.stdout.splitlines()
    assert lines[0].startswith("mode: crf") and [ln.split()[0] for ln in lines[2:]] == ["PER", "ORG", "LOC", "micro", "MISC"]


def test_combined_needs_a_model(conll_file):
    result = run("ner", "eval", "--conll", conll_file, "--combined")
    assert result.exit_code == 2 and "--combined needs --model" in result.output


def test_bad_conll_is_reported_not_raised(tmp_path):
    bad = tmp_path / "bad.conll"
    bad.write_text("قال X-PER\n", encoding="utf-8")
    result = run("ner", "train", "--conll", bad, "--out", tmp_path / "m.crf")
    assert result.exit_code == 1 and "[bad_conll]" in result.output


def test_every_option_has_help():
    for command in (["ner", "train"], ["ner", "eval"]):
        text = run(*command, "--help").stdout
        assert text.count("--") >= 4
    group = main.commands["ner"]
    for command in group.commands.values():
        for param in command.params:
            assert getattr(param, "help", None), (command.name, param.name)


def test_extract_with_a_model(tmp_path, model, monkeypatch):
    monkeypatch.delenv("RASD_NER_MODEL", raising=False)
    path = tmp_path / "news.txt"
    path.write_text("قال مروان العتيبي إن جمعية الأمل ستفتتح فرعا في الزرقاء.", encoding="utf-8")
    with_model = json.loads(run("extract", path, "--ner-model", model).stdout)
    assert ("جمعية الأمل", "ner.crf") in {(e["text"], e.get("rule")) for e in with_model["entities"]}
    without = json.loads(run("extract", path).stdout)
    assert not [e for e in without["entities"] if e.get("rule") == "ner.crf"]
    missing = run("extract", path, "--ner-model", tmp_path / "none.crf")
    assert missing.exit_code == 2
