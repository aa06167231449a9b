"""Reading CoNLL files, pseudo-sentences, conlleval-style chunks and scores."""
import pytest

from rasd.ner.conll import MAX_PSEUDO, ConllError, Score, Sentence, chunks, pseudo_sentences, read_conll


def test_reads_sentences_and_maps_pers_to_per(conll_file, sentences):
    read = read_conll(conll_file)
    assert len(read) == len(sentences)
    assert read[0].tokens[:3] == ["قال", "سامر", "الحلبي"]
    assert read[0].tags[:3] == ["O", "B-PER", "I-PER"]
    assert read[0].text.startswith("قال سامر الحلبي إن")
    assert {t for s in read for t in s.tags} == {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}


def test_lines_without_a_token_are_left_out_and_extra_fields_joined(tmp_path):
    path = tmp_path / "odd.conll"
    path.write_text("قال O\n O\nمروان B-PERS\nالعتيبي\u200f 12 I-PERS\n\n", encoding="utf-8")
    (s,) = read_conll(path)
    assert s.tokens == ["قال", "مروان", "العتيبي\u200f12"] and s.tags == ["O", "B-PER", "I-PER"]


@pytest.mark.parametrize("content", ["قال X-PER\n", "قال B-FOO\n", ""])
def test_bad_files_raise_a_coded_error(tmp_path, content):
    path = tmp_path / "bad.conll"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConllError) as exc:
        read_conll(path)
    assert exc.value.code == "bad_conll"


def test_missing_file_is_a_conll_error(tmp_path):
    with pytest.raises(ConllError):
        read_conll(tmp_path / "none.conll")


def test_a_file_without_breaks_becomes_pseudo_sentences(tmp_path, sentences, conll_writer):
    path = conll_writer(tmp_path / "flat.conll", sentences, breaks=False)
    read = read_conll(path)
    assert len(read) == len(sentences)          # every fixture sentence ends with «.»
    assert read[3].tokens[0] == "وصل" and read[3].tokens[-1] == "."


def test_pseudo_sentences_cut_at_punctuation_never_inside_a_name():
    words = []
    tags = []
    for k in range(30):                    # 30 clauses of 5 tokens, no sentence end
        words += ["قال", "سامر", "الحلبي", "شيئا", "،"]
        tags += ["O", "B-PER", "I-PER", "O", "O"]
    pieces = pseudo_sentences(Sentence(words, tags))
    assert sum(len(p.tokens) for p in pieces) == len(words)
    assert all(len(p.tokens) <= MAX_PSEUDO for p in pieces)
    assert all(p.tokens[-1] == "،" for p in pieces[:-1])
    long_name = Sentence(["x"] * 38 + ["a", "b", "c", "d"], ["O"] * 38 + ["B-ORG", "I-ORG", "I-ORG", "I-ORG"])
    pieces = pseudo_sentences(long_name)
    assert [p.tags[0] for p in pieces[1:]] == ["B-ORG"]


def test_sentence_ends_cut_first():
    s = Sentence(["قال", "x", ".", "ثم", "y", "؟", "z"], ["O"] * 7)
    assert [p.tokens for p in pseudo_sentences(s)] == [["قال", "x", "."], ["ثم", "y", "؟"], ["z"]]


def test_chunks_follow_conlleval():
    tags = ["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-LOC", "I-ORG", "B-MISC"]
    assert chunks(tags) == {(0, 2, "PER"), (3, 5, "LOC"), (5, 6, "LOC"), (6, 7, "ORG"), (7, 8, "MISC")}
    assert chunks([]) == set()


def test_score_is_exact_span_and_micro_leaves_misc_out():
    score = Score()
    gold = {(0, 2, "PER"), (3, 4, "LOC"), (5, 6, "MISC")}
    predicted = {(0, 2, "PER"), (3, 5, "LOC"), (5, 6, "MISC"), (7, 8, "ORG")}
    score.add(gold, predicted)
    d = score.to_dict()
    assert d["PER"]["f1"] == 1.0 and d["LOC"]["tp"] == 0 and d["LOC"]["fp"] == 1 and d["LOC"]["fn"] == 1
    assert d["MISC"]["tp"] == 1
    assert (d["micro"]["tp"], d["micro"]["fp"], d["micro"]["fn"]) == (1, 2, 1)
    assert d["micro"]["precision"] == pytest.approx(1 / 3, abs=1e-4)
    assert d["micro"]["recall"] == 0.5
