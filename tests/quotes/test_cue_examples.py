"""Every example in rasd/data/ar/quotes/cues.yaml: the quote is found, with its speaker.

Examples rasd does not yet get right are listed in KNOWN_MISSES and run as strict xfail,
so a fix shows up as an unexpected pass and the list has to shrink with it."""
import pytest

import rasd
from rasd.data_files import load_yaml
from quote_checks import find_quote, speaker_matches

PUBLISHED = "2025-02-12"
KNOWN_MISSES = {
    # nested reports: rasd keeps the outer report only (as the annotation guideline does)
    "akkada-1",
    # speakers described by a common noun that the subject finder stops short of
    "itabara-1", "naqala-1",
    "dhakkara-1", "wasafa-0", "wasafa-1", "tawaqqaa-1",
    "jaa_fi-0", "muakkidan-1", "mutabiran-1",
    # noun cues («في بيان له أن …», «قوله إن …») whose speaker stands before the noun
    "bayan-0", "qawl-0", "ilan-1", "takid-0", "nafy-0", "ishara-0",
}


def _cases():
    for entry in load_yaml("ar", "quotes", "cues.yaml"):
        for k, example in enumerate(entry["examples"]):
            case_id = f"{entry['id']}-{k}"
            marks = [pytest.mark.xfail(strict=True, reason="known miss")] if case_id in KNOWN_MISSES else []
            yield pytest.param(example, id=case_id, marks=marks)


@pytest.mark.parametrize("example", list(_cases()))
def test_cue_example(example):
    doc = rasd.extract(example["text"], published=PUBLISHED)
    quote = find_quote(doc, example["content"])
    assert quote is not None, [q.text for q in doc.layer("quotes")]
    if example.get("speaker"):
        assert speaker_matches(doc, quote, example["speaker"]), (quote.get("speaker"), example["speaker"])


def test_enough_examples():
    n = sum(len(e["examples"]) for e in load_yaml("ar", "quotes", "cues.yaml"))
    assert n >= 150
    assert len(KNOWN_MISSES) / n < 0.2
