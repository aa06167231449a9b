"""Every example written in rasd/data/ar/times/*.yaml, run through the times stage.

An example states its text (with [brackets] around the expected expressions), the expected
values, and the publication date it is resolved against (the file's examples_published or
its own «@date»); see rasd/data/ar/times/README.md.
"""
from __future__ import annotations

import pytest

from rasd.errors import DataError
from rasd.times.examples import all_examples, parse

EXAMPLES = all_examples()


def _ids():
    seen: dict[str, int] = {}
    for e in EXAMPLES:
        seen[e.source] = seen.get(e.source, 0) + 1
        yield f"{e.source.replace(' ', ':')}#{seen[e.source]}"


def _result(times_of, example):
    doc = times_of(example.text, example.published)
    return [(s.text, s.get("value"), s.get("mod"), s.label) for s in doc.layer("times")]


def _expected(example):
    return [(e.text, e.value, e.mod, e.type) for e in example.expected]


def test_there_are_enough_examples():
    assert len(EXAMPLES) >= 150


def test_every_file_has_examples():
    sources = {e.source.split()[0] for e in EXAMPLES}
    assert sources >= {"months.yaml", "hijri_months.yaml", "weekdays.yaml", "relative.yaml",
                       "numbers.yaml", "periods.yaml", "years.yaml", "tense.yaml", "rules.yaml"}


@pytest.mark.parametrize("example", EXAMPLES, ids=list(_ids()))
def test_example(times_of, example):
    assert _result(times_of, example) == _expected(example), str(example)


def test_a_wrong_expectation_fails(times_of):
    # the harness compares values, so a wrong year in an example is caught
    example = parse("[العام الماضي] => 2023", "2025-02-12")
    assert _result(times_of, example) != _expected(example)


@pytest.mark.parametrize("raw", [
    "بلا سهم",                         # no « => »
    "[أمس] و[اليوم] => 2025-02-11",     # two spans, one value
    "[أمس] => 2025-02-11 LATE",         # unknown word after the value
])
def test_malformed_examples_are_refused(raw):
    with pytest.raises(DataError):
        parse(raw, "2025-02-12")


def test_example_format():
    e = parse("@2015-08-07 قال [أمس الخميس] إن => 2015-08-06", "2025-02-12")
    assert e.published == "2015-08-07" and e.text == "قال أمس الخميس إن"
    assert [(x.text, x.value) for x in e.expected] == [("أمس الخميس", "2015-08-06")]
    assert parse("@none [أمس] => null", "2025-02-12").published is None
    assert parse("روسيا اليوم => none", None).expected == ()
