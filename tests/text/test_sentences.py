import rasd
from rasd.text.language import detect
from rasd.text.sentences import paragraphs, sentences


def test_seed_sentences_and_paragraphs(seed_text):
    doc = rasd.extract(seed_text)
    assert len(doc.layer("paragraphs")) == 15
    assert len(doc.layer("sentences")) == 16  # one paragraph holds two sentences
    assert doc.layer("sentences")[0].text.endswith("العام الماضي.")


def test_abbreviations_and_decimals_do_not_end_sentences():
    text = "نقلت أ.ف.ب. عن مصدر أن النمو بلغ 3.5 في المئة. وقال الوزير إن ذلك جيد؟ نعم."
    got = [text[a:b] for a, b in sentences(text)]
    assert got == ["نقلت أ.ف.ب. عن مصدر أن النمو بلغ 3.5 في المئة.",
                   "وقال الوزير إن ذلك جيد؟", "نعم."]


def test_closing_quote_stays_with_its_sentence():
    text = "وقال: «سنواصل العمل.» ثم غادر."
    assert [text[a:b] for a, b in sentences(text)] == ["وقال: «سنواصل العمل.»", "ثم غادر."]


def test_paragraphs_are_non_empty_lines():
    text = "الأول\n\n  الثاني  \nالثالث"
    assert [text[a:b] for a, b in paragraphs(text)] == ["الأول", "الثاني", "الثالث"]


def test_language():
    assert detect("قال الرئيس إن المحادثات مستمرة") == "ar"
    assert detect("The president said talks would continue on Monday.") == "en"
    assert detect("Le président a déclaré que les négociations continueraient lundi.") == "other"
    assert detect("این یک متن فارسی است که برای آزمایش نوشته شده است") == "other"
    assert detect("12345 !!! ...") == "other"


def test_page_furniture_belongs_to_no_sentence():
    from rasd.data_files import load_yaml
    for example in load_yaml("ar", "text", "boilerplate.yaml")["examples"]:
        text = example["text"]
        assert [text[a:b] for a, b in sentences(text)] == example["sentences"]
