"""Every example of every PLOVER trigger entry is matched as an event of the entry's type.

Examples that another entry (longest match) takes are listed in KNOWN_MISSES and run as
strict xfail, so a fix shows up and the list shrinks with it."""
import pytest

from rasd.document import Document
from rasd.events.triggers import PLOVER_TYPES, find_triggers, trigger_lexicon

KNOWN_MISSES = {
    "accuse_verbal_attack-1", "agree_future_sign-0", "agree_call_peace-0", "aid_grant-0",
    "coerce_cyber_attack-0", "coerce_disinformation-1", "mobilize_recruit-1",
}


def _cases():
    for entry in trigger_lexicon().entries:
        for k, example in enumerate(entry["examples"]):
            case = f"{entry['id']}-{k}"
            marks = [pytest.mark.xfail(strict=True, reason="known miss")] if case in KNOWN_MISSES else []
            yield pytest.param(entry["type"], example, id=case, marks=marks)


@pytest.mark.parametrize("etype,example", list(_cases()))
def test_trigger_example(etype, example):
    doc = Document(example)
    found = set()
    for gap_ok in (None, lambda i, j: True):   # contiguous phrases first, then with a gap
        matches = find_triggers(doc.tokens, 0, len(doc.tokens), gap_ok, doc.text)
        found |= {m.trigger.type for m in matches}
    assert etype in found, found


def test_lexicon_covers_plover():
    entries = trigger_lexicon().entries
    assert len(entries) >= 400
    assert {e["type"] for e in entries} == set(PLOVER_TYPES)


def test_taa_marbuta_forms_do_not_match_a_pronoun_suffix():
    import rasd
    seized = rasd.extract("وأعلنت الحكومة السورية أمس مصادرة أملاك المعارضين في دمشق.", published="2015-08-07")
    assert [e.get("mode") for e in seized.layer("events")] == ["seize"]
    sources = rasd.extract("وأعلنت الحكومة السورية أمس تجميد مصادره في دمشق.", published="2015-08-07")
    assert sources.layer("events") == [] and sources.layer("unrealised_events") == []


def test_start_positions_keep_every_match():
    """Reading only start_positions (what the events stage does) finds what reading every
    token finds, on every example of the lexicon."""
    from rasd.events.triggers import start_positions
    for entry in trigger_lexicon().entries:
        for example in entry["examples"]:
            doc = Document(example)
            tokens, starts = doc.tokens, start_positions(doc.token_index)
            for gap_ok in (None, lambda i, j: True):
                every = find_triggers(tokens, 0, len(tokens), gap_ok, doc.text)
                some = find_triggers(tokens, 0, len(tokens), gap_ok, doc.text, starts, doc.token_index)
                assert some == every, example
