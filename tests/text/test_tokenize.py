import pytest
from hypothesis import given, settings, strategies as st

import rasd
from rasd.data_files import load_yaml
from rasd.document import Document
from rasd.text.normalize import folding
from rasd.text.tokenize import stems, strip_enclitic

CLITIC_EXAMPLES = load_yaml("ar", "text", "clitics.yaml")["examples"]


@pytest.mark.parametrize("example", CLITIC_EXAMPLES, ids=lambda e: e[0])
def test_clitic_examples(example):
    word, *expected = example
    from rasd.text.normalize import normalize_string
    got = stems(normalize_string(word))
    for form in expected:
        assert normalize_string(form) in got


def test_stems_never_shorter_than_two_letters():
    assert stems("بك") == ("بك",)
    assert all(len(s) >= 2 for s in stems("وبال"))


def test_enclitics():
    assert "زياره" in strip_enclitic("زيارته")
    assert "اتصال" in strip_enclitic("اتصاله")


def test_punctuation_is_split_with_offsets():
    text = "قال «الكرملين»، في بيان؛ هل؟ نعم! (AFP) 2025."
    doc = Document(text)
    kinds = [(t.norm, t.kind) for t in doc.tokens]
    assert ("«", "punct") in kinds and ("»", "punct") in kinds and ("،", "punct") in kinds
    assert ("؛", "punct") in kinds and ("؟", "punct") in kinds
    assert ("2025", "num") in kinds and ("afp", "word") in kinds
    for tok in doc.tokens:
        assert text[tok.start:tok.end].strip() != ""


def test_tokens_of_seed_map_to_original_words(seed_text):
    doc = rasd.extract(seed_text)
    words = [seed_text[t.start:t.end] for t in doc.tokens]
    assert "«وكالة" not in words and "وكالة" in words
    assert "pic.twitter.com/8yls57lapW" in words
    assert "@SanaAjel" in words


TEXTS = st.text(alphabet=st.sampled_from(list("ابتسمنلويةأ«»،؛؟.!:()\"'-—@#/0123456789aZ ") +
                                         ["\n", "\u064e", "\u0640", "\u200f", "\ufefb"]), max_size=60)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_tokens_cover_the_text(text):
    doc = Document(text)
    toks = doc.tokens
    covered = [False] * len(text)
    last_end = 0
    for t in toks:
        assert last_end <= t.start < t.end <= len(text)
        last_end = t.end
        for i in range(t.start, t.end):
            covered[i] = True
    invisible = folding().deleted
    for i, ch in enumerate(text):
        if not ch.isspace() and ch not in invisible:
            assert covered[i], (text, i, ch)


def test_a_root_letter_that_looks_like_a_preposition_is_kept():
    # «بحث» (discussed) is not ب + «حث» (urged)
    assert "حثها" not in stems("وبحثها") and "حث" not in stems("بحث")
    assert "حث" in stems("وحث")
