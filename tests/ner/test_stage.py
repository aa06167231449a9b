"""The ner stage: configured by path, env or API; adds what the entities stage missed."""
import pytest

pytest.importorskip("pycrfsuite", reason="the CRF tagger needs python-crfsuite (pip install 'rasd[ner]')")

from rasd.actors.kb import load_kb  # noqa: E402
from rasd.document import Document  # noqa: E402
from rasd.ner import ModelError  # noqa: E402
from rasd.pipeline import STAGES, Pipeline  # noqa: E402
from rasd.stages import ner  # noqa: E402

TEXT = ("قال مروان العتيبي إن جمعية الأمل ستفتتح فرعا في الزرقاء. "
        "ووقعت شركة الرافدين اتفاقا مع وزير الخارجية الروسي سيرغي لافروف في موسكو.")


def names(pipeline):
    return [s.NAME for s in pipeline.stages]


def test_no_model_no_stage(monkeypatch):
    monkeypatch.delenv("RASD_NER_MODEL", raising=False)
    assert "ner" not in [s.NAME for s in STAGES]
    assert "ner" not in names(Pipeline())


def test_model_from_api_or_env(monkeypatch, model):
    monkeypatch.delenv("RASD_NER_MODEL", raising=False)
    stages = names(Pipeline(ner_model=model))
    assert stages.index("ner") == stages.index("entities") + 1
    monkeypatch.setenv("RASD_NER_MODEL", str(model))
    assert "ner" in names(Pipeline())
    assert "ner" not in names(Pipeline(ner_model=False))
    assert "ner" not in names(Pipeline(stages=STAGES[:1]))     # no entities stage: env ignored


def test_a_missing_model_fails_when_the_pipeline_is_built(tmp_path):
    with pytest.raises(ModelError):
        Pipeline(ner_model=tmp_path / "none.crf")


@pytest.fixture(scope="module")
def tagged(model):
    return Pipeline(ner_model=model)(Document(TEXT))


def test_adds_names_the_rules_miss_as_document_actors(tagged):
    added = [e for e in tagged.layer("entities") if e.rule == "ner.crf"]
    assert {(e.text, e.label) for e in added} >= {("جمعية الأمل", "ORG"), ("شركة الرافدين", "ORG")}
    for e in added:
        actor = tagged.actors[e.get("actor")]
        assert actor["source"] == "document" and actor["type"] == "organization"
        assert actor["name_ar"] == e.text


def test_keeps_the_rules_entities_and_never_overlaps_them(tagged):
    entities = tagged.layer("entities")
    assert ("سيرغي لافروف", "kb.name") in {(e.text, e.rule) for e in entities}
    for e in entities:
        assert tagged.text[e.start:e.end] == e.text
    spans = sorted((e.start, e.end) for e in entities)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    assert [e.start for e in entities] == sorted(e.start for e in entities)


def test_the_same_text_without_a_model_has_no_ner_entities(model):
    doc = Pipeline(ner_model=False)(Document(TEXT))
    assert not [e for e in doc.layer("entities") if e.rule == "ner.crf"]


@pytest.mark.parametrize("text, expected", [
    ("وسامر", "سامر"),          # a known first name after و
    ("والعراق", "العراق"),      # the article after و
    ("وكاكبيرن", "كاكبيرن"),    # an unknown word after و
    ("بكاكبيرن", "بكاكبيرن"),   # an unknown word after ب keeps it
    ("بغداد", "بغداد"),          # a KB name that starts with ب
])
def test_name_start_leaves_proclitics_out(text, expected):
    doc = Document(text)
    start = ner._name_start(doc, doc.tokens[0], load_kb())
    assert doc.text[start:] == expected


def test_a_chunk_that_spells_a_kb_name_links_to_the_kb_actor():
    doc = Document("زار سوريا")
    kb = load_kb()
    assert ner._kb_actor(kb, doc, doc.tokens, 1, 2, "LOC") == "SYR" and "SYR" in doc.actors
    assert ner._kb_actor(kb, doc, doc.tokens, 1, 2, "PER") is None
    assert ner._kb_actor(kb, doc, doc.tokens, 0, 1, "LOC") is None
