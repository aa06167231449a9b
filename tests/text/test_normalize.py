import unicodedata

import pytest
from hypothesis import given, settings, strategies as st

from rasd.data_files import load_yaml
from rasd.text.normalize import folding, normalize, normalize_string

EXAMPLES = load_yaml("ar", "normalize", "folding.yaml")["examples"]


@pytest.mark.parametrize("raw,expected", EXAMPLES)
def test_folding_examples(raw, expected):
    assert normalize_string(raw) == expected


def test_identity_map_when_nothing_changes_length():
    n = normalize("أحمد الشرع ٢٠٢٥")
    assert n.text == "احمد الشرع 2025"
    assert n._map is None and n.to_original(5) == 5


def test_span_maps_back_over_diacritics_and_tatweel():
    original = "قال مُحَمَّدٌ الســـوري"
    n = normalize(original)
    start = n.text.index("محمد")
    a, b = n.span_to_original(start, start + 4)
    assert original[a:b] == "مُحَمَّدٌ"
    start = n.text.index("السوري")
    a, b = n.span_to_original(start, start + len("السوري"))
    assert original[a:b] == "الســـوري"


def test_ligature_expansion_maps_to_the_ligature():
    n = normalize("ﻻ بد")
    assert n.text == "لا بد"
    assert n.span_to_original(0, 2) == (0, 1)
    assert n.span_to_original(3, 5) == (2, 4)


# Arabic letters, marks, tatweel, digits, presentation forms, bidi marks, Latin, spaces
ARABICISH = st.text(alphabet=st.sampled_from(
    list("ابتثجحخدذرزسشصضطظعغفقكلمنهويأإآىةؤئء") + ["\u064b", "\u064e", "\u0651", "\u0652",
    "\u0640", "\u0670", "\u200f", "\u200e", "\ufefb", "\ufe8d", "\ufdf2", "٠", "٩", "۳", "A",
    "z", " ", "\n", "،", "«", "»", ".", "1"]), max_size=80)


@settings(max_examples=300, deadline=None)
@given(ARABICISH)
def test_every_normalised_offset_maps_back(text):
    n = normalize(text)
    positions = [n.to_original(i) for i in range(len(n.text) + 1)]
    assert positions[-1] == len(text)
    assert positions == sorted(positions)
    for i, ch in enumerate(n.text):
        source = text[positions[i]]
        # the normalised character comes from folding its original character
        assert ch in normalize_string(unicodedata.normalize("NFKC", source)) + source.lower()
    for i in range(len(n.text)):
        for j in range(i, min(len(n.text), i + 6) + 1):
            a, b = n.span_to_original(i, j)
            assert 0 <= a <= b <= len(text)
            if j > i:
                assert n.text[i:j] in normalize_string(text[a:b])


def test_folding_table_has_no_chain():
    table = folding().table
    for target in table.values():
        assert ord(target) not in table, f"{target!r} is folded again"
