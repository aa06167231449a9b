"""Training, loading and scoring the CRF tagger on the fixture corpus."""
import json

import pytest

pytest.importorskip("pycrfsuite", reason="the CRF tagger needs python-crfsuite (pip install 'rasd[ner]')")

from rasd.ner import ModelError, Tagger, load_tagger, read_conll  # noqa: E402
from rasd.ner.evaluate import evaluate, spans_to_chunks, token_offsets  # noqa: E402
from rasd.ner.features import FEATURE_VERSION, norm_token  # noqa: E402


def test_training_writes_a_model_and_its_sidecar(model):
    meta = json.loads(model.with_name(model.name + ".json").read_text(encoding="utf-8"))
    assert meta["feature_version"] == FEATURE_VERSION and meta["sentences"] == 44
    assert meta["bytes"] == model.stat().st_size > 0


def test_the_model_learns_its_training_data(model, conll_file):
    score = evaluate(read_conll(conll_file), "crf", str(model))
    assert score.micro.f1 > 0.8, score.to_dict()
    assert all(score.by_type[t].f1 > 0.7 for t in ("PER", "ORG", "LOC")), score.to_dict()


def test_tagging_new_text(model):
    tagger = load_tagger(model)
    words = "قال سامر الحلبي إن شركة النخيل في طرابلس".split()
    tags = tagger.tag([norm_token(w) for w in words])
    assert len(tags) == len(words) and tags[0] == "O"
    assert tags[1:3] == ["B-PER", "I-PER"]
    assert tagger.tag([]) == []
    assert tagger.spans([[norm_token(w) for w in words], []])[1] == []


def test_load_tagger_opens_a_model_once(model):
    assert load_tagger(model) is load_tagger(str(model))


def test_missing_or_broken_models_raise_model_errors(tmp_path, model):
    with pytest.raises(ModelError) as exc:
        load_tagger(tmp_path / "none.crf")
    assert exc.value.code == "bad_model"
    junk = tmp_path / "junk.crf"
    junk.write_bytes(b"not a model")
    with pytest.raises(ModelError):
        Tagger(junk)
    old = tmp_path / "old.crf"
    old.write_bytes(model.read_bytes())
    old.with_name("old.crf.json").write_text(json.dumps({"feature_version": -1}), encoding="utf-8")
    with pytest.raises(ModelError, match="train it again"):
        Tagger(old)


def test_spans_map_back_to_whole_tokens():
    from rasd.document import Span
    offsets = token_offsets(["قال", "لسامر", "الحلبي", "."])
    assert offsets == [(0, 3), (4, 9), (10, 16), (17, 18)]
    spans = [Span(5, 16, "", "PER"), Span(0, 3, "", "TIME"), Span(17, 18, "", "LOC")]
    assert spans_to_chunks(offsets, spans) == {(1, 3, "PER"), (3, 4, "LOC")}
    assert spans_to_chunks(offsets[2:], [Span(5, 16, "", "PER")]) == {(0, 1, "PER")}


def test_evaluate_refuses_bad_modes(conll_file):
    with pytest.raises(ValueError):
        evaluate(read_conll(conll_file), "magic")
    with pytest.raises(ValueError):
        evaluate(read_conll(conll_file), "crf")
