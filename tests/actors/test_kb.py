"""The knowledge base: shipped data validates, checks catch bad data, offices resolve by date."""
import copy

import pytest
from click.testing import CliRunner

from rasd.actors.kb import check_raw, compile_kb, load_kb, read_raw
from rasd.cli import main
from rasd.errors import DataError


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.fixture(scope="module")
def raw():
    return read_raw()


def test_shipped_kb_has_no_errors(raw):
    errors = [p for p in check_raw(copy.deepcopy(raw)) if p.startswith("ERROR")]
    assert errors == []


def test_kb_check_command_passes():
    result = CliRunner().invoke(main, ["kb", "check", "--no-warnings"])
    assert result.exit_code == 0, result.output


def test_coverage(kb):
    countries = [a for a in kb.actors.values() if a.type == "country"]
    assert len(countries) >= 249
    for iso3 in ("SYR", "RUS", "USA", "SAU", "IRN", "TUR", "ISR", "EGY", "IRQ", "YEM", "PSE"):
        for role in ("head_of_state", "foreign_minister"):
            assert kb.offices.get(f"{iso3}.{role}"), f"no holders of {iso3}.{role}"


@pytest.mark.parametrize("office,date,person", [
    ("SYR.head_of_state", "2015-08-05", "bashar_al_assad"),
    ("SYR.head_of_state", "2025-02-12", "ahmed_al_sharaa"),
    ("SAU.head_of_state", "2014-06-01", None),   # King Abdullah: resolved by id below
    ("RUS.head_of_state", "2011-01-01", None),
    ("USA.head_of_state", "2016-06-01", None),
])
def test_holders_change_with_the_date(kb, office, date, person):
    holder = kb.holder(office, date)
    assert holder is not None
    if person:
        assert holder == person
    assert kb.holder(office, "2025-02-12") is not None


def test_same_office_two_dates_two_holders(kb):
    assert kb.holder("RUS.head_of_state", "2010-06-01") != kb.holder("RUS.head_of_state", "2015-06-01")
    assert kb.holder("SYR.foreign_minister", "2015-06-01") != kb.holder("SYR.foreign_minister", "2025-02-12")


def _entry(**kw):
    base = {"id": "x_person", "name_en": "X", "name_ar": "س", "aliases_ar": [], "aliases_en": [],
            "country": "SYR", "sector": "GOV", "wikidata": None, "offices": [], "_file": "test.yaml"}
    base.update(kw)
    return base


@pytest.mark.parametrize("change,message", [
    (lambda r: r["persons"].append(_entry(id="vladimir_putin")), "duplicate id"),
    (lambda r: r["persons"].append(_entry(country="XXX")), "not an ISO3"),
    (lambda r: r["persons"].append(_entry(sector="BOSS")), "sector"),
    (lambda r: r["persons"].append(_entry(name_ar="مُحمد")), "diacritics"),
    (lambda r: r["persons"].append(_entry(name_ar="\ufee3\ufea4\ufee4\ufeaa")), "presentation forms"),
    (lambda r: r["persons"].append(_entry(wikidata="7747")), "Q-id"),
    (lambda r: r["persons"].append(_entry(offices=[{"office": "SYR.defence_minister", "start": "2020-01-01",
                                                     "end": "2019-01-01"}])), "ends"),
    (lambda r: r["persons"].append(_entry(offices=[{"office": "SYR.head_of_state", "start": "2015-01-01",
                                                     "end": "2016-01-01"}])), "same time"),
    (lambda r: r["persons"].append(_entry(offices=[{"office": "SYR.foreign_minister", "start": "2015-13"}])), "dates"),
])
def test_check_catches_bad_data(raw, change, message):
    bad = copy.deepcopy(raw)
    change(bad)
    errors = [p for p in check_raw(bad) if p.startswith("ERROR")]
    assert any(message in e for e in errors), errors[:5]
    with pytest.raises(DataError):
        compile_kb(bad)


def test_search_command():
    result = CliRunner().invoke(main, ["kb", "search", "بوتين"])
    assert result.exit_code == 0 and "vladimir_putin" in result.stdout
    result = CliRunner().invoke(main, ["kb", "search", "Sharaa", "--date", "2025-02-12"])
    assert "SYR.head_of_state" in result.stdout
    assert CliRunner().invoke(main, ["kb", "search", "لا يوجد أحد بهذا الاسم"]).exit_code == 1


def test_demonyms_are_derived(kb):
    for form in ("سوري", "السوري", "السوريه", "السوريين", "سوريون", "الروسيه", "الاميركي", "الامريكيه"):
        assert form in kb.demonyms, form
    assert kb.demonyms["السوريه"][0] == "SYR"


def test_speaks_for_names_an_actor_of_the_kb():
    from rasd.actors.kb import load_kb
    kb = load_kb()
    bodies = {a.speaks_for for a in kb.actors.values() if a.speaks_for}
    assert bodies and bodies <= set(kb.actors)
