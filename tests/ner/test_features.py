"""Token features: word forms, affixes, shape, clitics, KB gazetteer, neighbours, memory."""
import pytest

from rasd.ner.features import document_features, gazetteer, norm_token, sentence_features, shape, token_features

SENTENCE = "والتقى اللواء سامر الحلبي بالرئيس فلاديمير بوتين في سوريا مع 12 مسؤولا ، السوريين".split()


@pytest.fixture(scope="module")
def norms():
    return [norm_token(w) for w in SENTENCE]


def own(word: str) -> set[str]:
    return set(token_features(norm_token(word))[0])


def test_tokens_are_normalised_like_the_document_tokenizer():
    assert norm_token("بالرئيس") == "بالرييس" and norm_token("أحمد") == "احمد"


@pytest.mark.parametrize("word, expected", [
    ("بالرئيس", {"w=بالرييس", "s=الرييس", "c=رييس", "p1=ب", "p3=بال", "x2=يس", "al", "clitic+al", "ttl"}),
    ("والتقى", {"conj", "clitic+al", "s=التقي"}),
    ("لسامر", {"pro=ل", "g"}),                   # a first name behind a preposition
    ("فلاديمير", {"c=فلاديمير", "g"}),          # a known name is not stripped
    ("السوريين", {"dem", "al"}),
    ("سوريا", {"cty", "g3=سور"}),
    ("اللواء", {"ttl"}),
    ("في", {"stop", "sh=ar", "len=2"}),
    ("زيارته", {"encl", "ce=زياره"}),
])
def test_token_features(word, expected):
    assert expected <= own(word)


@pytest.mark.parametrize("word, kind", [("سامر", "ar"), ("reuters", "lat"), ("2025", "dig"), ("12,5", "dig"),
                                        ("،", "punct"), ("ab12", "mix")])
def test_shape(word, kind):
    assert shape(word) == kind


def test_gazetteer_marks_the_longest_kb_name_and_titles(norms):
    g = gazetteer(norms)
    at = {w: set(f) for w, f in zip(SENTENCE, g)}
    assert {"B-kbPER", "B-kbhow=name"} <= at["فلاديمير"] and "E-kbPER" in at["بوتين"]
    assert "S-kbLOC" in at["سوريا"]
    assert "S-ttl" in at["اللواء"] and "S-ttl" in at["بالرئيس"]
    assert not at["سامر"] and not at["الحلبي"]     # not in the KB


def test_neighbours_are_seen_at_minus_two_to_plus_two(norms):
    items = sentence_features(norms)
    i = SENTENCE.index("سامر")
    feats = set(items[i])
    assert {"bias", "w=سامر", "g", "-1w=اللواء", "-1ttl", "-1S-ttl", "1w=الحلبي", "-2w=والتقي",
            "2w=بالرييس", "2ttl", "bi-=اللواء|سامر", "bi+=سامر|الحلبي"} <= feats
    assert not any(f.startswith("-2p1=") for f in feats)   # ±2 see a smaller set
    assert "-1edge" in items[0] and "1edge" in items[-1]
    assert len(items) == len(norms)


def test_memory_features_carry_clues_across_sentences():
    doc = [["قال", "اللواء", "سامر", "الحلبي"], ["واكد", "الحلبي", "ان", "سوريا"]]
    items = document_features(doc)
    later = set(items[1][1])                  # «الحلبي» alone, after «سامر الحلبي» before
    assert {"rep", "mLg"} <= later
    assert "rep" not in items[1][3]           # «سوريا» occurs once
    assert not any(f == "rep" for f in sentence_features(["الحلبي"])[0])


def test_empty_sentence():
    assert sentence_features([]) == [] and document_features([[]]) == [[]]
