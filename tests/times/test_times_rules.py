"""The rule compiler, the vocabularies it reads, the calendar arithmetic and the stage."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.errors import DataError
from rasd.pipeline import STAGES
from rasd.stages import times as times_stage
from rasd.text.normalize import normalize_string
from rasd.times import calendar as cal
from rasd.times.grammar import _numbered, grammar, trie_regex
from rasd.times.resolve import RESOLVERS
from rasd.times.tagger import _CHECKS, tag
from rasd.times.vocab import _Table, lists, vocab


# ------------------------------------------------------------------------------ grammar
def test_every_rule_has_a_unique_name_and_examples():
    rules = grammar().rules
    assert len({r.name for r in rules}) == len(rules)
    assert all(r.examples for r in rules)


def test_every_rule_names_a_resolver_and_known_checks():
    for rule in grammar().rules:
        assert rule.resolve in RESOLVERS, rule.name
        assert set(rule.checks) <= set(_CHECKS), rule.name


def test_rule_patterns_may_not_number_their_groups():
    assert _numbered("{month} (الماضي)")
    assert not _numbered("{month}(?: (?:الماضي))?[(،,]")


def test_slots_are_read_by_name():
    rule = next(r for r in grammar().rules if r.name == "calendar")
    m = rule.regex.match(normalize_string("ديسمبر (كانون الأول) الماضي"))
    slots = rule.found(m)
    assert (slots["month"].value, slots["month2"].value, slots["modifier"].value) == (12, 12, -1)


@settings(max_examples=200, deadline=None)
@given(st.sets(st.text(alphabet="ابتث ج", min_size=1, max_size=6).map(str.strip)
               .filter(lambda w: w and "  " not in w), min_size=1, max_size=12),
       st.text(alphabet="ابتث ج", max_size=6).filter(lambda w: "  " not in w))
def test_trie_regex_matches_exactly_its_words(words, other):
    # a space in a word matches any run of spaces (_char): the other text is drawn, like
    # the words, without two spaces in a row
    pattern = re.compile(trie_regex(words))
    for w in words:
        assert pattern.fullmatch(w)
    assert bool(pattern.fullmatch(other)) == (other in words)


def test_vocabulary_refuses_one_surface_with_two_values():
    table = _Table("month")
    table.put("مايو", 5)
    with pytest.raises(DataError):
        table.put("مايو", 6)


def test_vocabularies_keep_the_tables_other_stages_read():
    assert vocab().months["كانون الاول"] == 12 and vocab().weekdays["الاربعاء"] == 3
    assert lists()["hijri_month"]["ذو الحجه"] == 12
    assert lists()["counted"]["يومين"] == ("day", 2)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=list("اليومأمسالخميسفبراير يونيو2015/()،.هـ0123456789قبلمنذعامين"),
               max_size=120),
       st.one_of(st.none(), st.dates()))
def test_any_text_gives_fitting_spans_and_never_crashes(text, published):
    found = tag(text, lambda pos: (published, "published" if published else None))
    for expr in found:
        assert 0 <= expr.start < expr.end <= len(text)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


# ----------------------------------------------------------------------------- calendar
@given(st.dates(dt.date(1900, 1, 8), dt.date(2100, 12, 20)), st.integers(1, 7),
       st.booleans())
def test_weekday_near(today, weekday, strict):
    back = cal.weekday_near(today, weekday, -1, strict)
    ahead = cal.weekday_near(today, weekday, 1, strict)
    assert back.isoweekday() == ahead.isoweekday() == weekday
    assert 0 <= (today - back).days <= 7 and 0 <= (ahead - today).days <= 7
    if strict:
        assert back < today < ahead
    else:
        assert back <= today <= ahead and (today - back).days < 7


def test_weeks_start_on_sunday_in_arab_news():
    sunday = dt.date(2015, 8, 2)
    assert cal.week_value(sunday, 1) == "2015-W31"
    assert cal.week_value(sunday, 7) == "2015-W32"
    assert cal.week_value(dt.date(2015, 8, 6), 7) == "2015-W32"


def test_values_of_impossible_dates_are_none():
    assert cal.day_value(2025, 2, 31) is None
    assert cal.month_value(2025, 13) is None
    assert cal.year_value(99999) is None
    assert cal.hijri_to_date(1200, 1, 1) is None       # outside the Umm al-Qura tables
    assert cal.hijri_to_date(1436, 8, 31) is None


def test_hijri_conversion():
    assert cal.hijri_to_date(1436, 10, 10) == dt.date(2015, 7, 26)
    assert cal.hijri_year_to_gregorian(1436) == 2015
    assert cal.hijri_month_in_gregorian_year(9, 2015) == dt.date(2015, 7, 2)


# -------------------------------------------------------------------------------- stage
def test_the_stage_is_registered_after_the_publication_date():
    names = [s.NAME for s in STAGES]
    assert names.index("times") == names.index("published") + 1
    assert times_stage.REQUIRES == ("sentences", "embedded_posts")
    assert times_stage.ASSIGNS == ("times",)


def test_spans_carry_type_value_mod_anchor_and_rule(times_of):
    text = "قُتل المئات في نهايةِ يناير، وسيجتمعون كلَّ يومِ اثنين."
    doc = times_of(text, "2025-02-12")
    records = [s.to_dict("type") for s in doc.layer("times")]
    for r in records:
        assert text[r["start"]:r["end"]] == r["text"]
        assert r["rule"].startswith("times.")
    assert [(r["text"], r["type"], r["value"], r["mod"], r["anchor"]) for r in records] == [
        ("نهايةِ يناير", "DATE", "2025-01", "END", "published"),
        ("كلَّ يومِ اثنين", "SET", "XXXX-WXX-1", None, None),
    ]
