"""PETRARCH dictionaries become overlays; conflicts with the KB are reported, not imported."""
import json

from click.testing import CliRunner

import rasd
from rasd.cli import main
from rasd_testing import shared_path

DICTIONARY = """\
جبهة_الإنقاذ_الوطني_  [LBYOPP]
سامي_الهاشمي_
\t[JORGOV 20100101-18000101]
جيش  [MIL]
فلاديمير_بوتين_  [USAGOV]
"""


def test_import_and_use_an_overlay(tmp_path):
    dictionary = tmp_path / "dict.txt"
    dictionary.write_text(DICTIONARY, encoding="utf-8")
    overlay = tmp_path / "overlay.yaml"
    result = CliRunner().invoke(main, ["kb", "import-petrarch", str(dictionary), "--out", str(overlay)])
    assert result.exit_code == 0
    assert "conflict" in result.stderr and "فلاديمير بوتين" in result.stderr
    text = overlay.read_text(encoding="utf-8")
    assert "جبهة الإنقاذ الوطني" in text and "سامي الهاشمي" in text
    assert "name_ar: جيش" not in text          # a generic agent, not an actor
    assert CliRunner().invoke(main, ["kb", "check", "--kb-overlay", str(overlay), "--no-warnings"]).exit_code == 0
    article = tmp_path / "a.txt"
    article.write_text("وقال سامي الهاشمي إن جبهة الإنقاذ الوطني سترد.", encoding="utf-8")
    plain = json.loads(CliRunner().invoke(main, ["extract", str(article)]).stdout)
    with_overlay = json.loads(CliRunner().invoke(main, ["extract", str(article), "--kb-overlay",
                                                        str(overlay)]).stdout)
    ids = {e["actor"] for e in with_overlay["entities"]}
    assert any(i.startswith("petrarch_") for i in ids)
    assert len(with_overlay["entities"]) >= len(plain["entities"])


def test_shared_universalpetrarch_dictionary(tmp_path):
    path = shared_path("data", "events", "universalpetrarch-arabic", "actor_dict_ar_v4.txt")
    overlay = tmp_path / "up.yaml"
    result = CliRunner().invoke(main, ["kb", "import-petrarch", str(path), "--out", str(overlay)])
    assert result.exit_code == 0
    assert "سويسرا" in result.stderr   # coded SWZ (Eswatini) there: rasd refuses it
    assert CliRunner().invoke(main, ["kb", "check", "--kb-overlay", str(overlay), "--no-warnings"]).exit_code == 0
