"""A small slice of ANERcorp (../shared): the tagger learns something real from it.
The full train/test figures come from bench/ner_anercorp.sh."""
import pytest

from rasd_testing import shared_path

pytest.importorskip("pycrfsuite", reason="the CRF tagger needs python-crfsuite (pip install 'rasd[ner]')")


def test_a_slice_of_anercorp(tmp_path):
    from rasd.ner import read_conll, train
    from rasd.ner.evaluate import evaluate
    folder = shared_path("data", "ner", "anercorp")
    train_set = read_conll(folder / "ANERCorp_original_head_125275tok_approx_train.txt")
    test_set = read_conll(folder / "ANERCorp_CamelLab_test.txt")
    assert len(train_set) > 4000 and all(len(s.tokens) <= 40 for s in train_set)   # pseudo-sentences
    assert len(test_set) > 900
    model = tmp_path / "slice.crf"
    train(train_set[:600], model, max_iterations=40)
    score = evaluate(test_set[:150], "crf", str(model))
    assert score.micro.tp + score.micro.fn > 100
    assert score.micro.f1 > 0.35, score.to_dict()
