"""Whole paragraphs: continuation, nesting, via chains, channels, posts."""
import pytest

import rasd

PUBLISHED = "2025-02-12"


def quotes(text):
    doc = rasd.extract(text, published=PUBLISHED)
    return doc, [(q.text, q.get("speaker"), q.get("via"), q.get("channel"), q.get("direct"))
                 for q in doc.layer("quotes")]


def test_vso_and_via_chain():
    doc, qs = quotes("ووفقا لوكالة رويترز، قال الكرملين في بيان إن بوتين سيزور أنقرة الشهر المقبل.")
    [(text, speaker, via, channel, direct)] = qs
    assert speaker == "kremlin" and via == ["reuters"] and channel == "statement" and not direct
    assert text == "بوتين سيزور أنقرة الشهر المقبل"


def test_feminine_continuation_and_participle():
    text = ("وقالت الرئاسة السورية، الأربعاء، إن الرئيس أحمد الشرع استقبل وفدا أوروبيا. "
            "وقال وزير الخارجية الروسي إن موسكو ترحب بذلك. "
            "وأضافت: «ناقش الجانبان ملف اللاجئين»، مشيرة إلى أن الزيارة ستتكرر.")
    doc, qs = quotes(text)
    by_text = {t: s for t, s, *_ in qs}
    assert by_text["«ناقش الجانبان ملف اللاجئين»"] == "syria_presidency"
    assert by_text["الزيارة ستتكرر"] == "syria_presidency"
    assert by_text["موسكو ترحب بذلك"] == "sergey_lavrov"


def test_nested_report_is_one_quote_by_the_reporter():
    doc, qs = quotes("وذكرت الرئاسة السورية في بيان أن الشرع أكد للوفد أهمية رفع العقوبات.")
    [(text, speaker, *_)] = qs
    assert speaker == "syria_presidency" and text.startswith("الشرع أكد")


def test_bare_institution_refers_back():
    doc, qs = quotes("وقالت الرئاسة الروسية إن المحادثات بناءة. وذكرت الرئاسة في بيان أن اللقاء استمر ساعة.")
    assert [s for _, s, *_ in qs] == ["kremlin", "kremlin"]


def test_reported_by_frame():
    doc, qs = quotes("ونقلت وكالة الأنباء السعودية عن وزارة الخارجية السعودية قولها إن المملكة تدين الهجوم.")
    [(text, speaker, via, *_)] = qs
    assert speaker == "sau_foreign_ministry" and via == ["spa"] and text == "المملكة تدين الهجوم"


def test_direct_quote_across_sentences():
    doc, qs = quotes("وقال الوزير الأردني أيمن الصفدي: «لن نقبل بذلك. موقفنا ثابت». ثم غادر.")
    [(text, speaker, via, channel, direct)] = qs
    assert text == "«لن نقبل بذلك. موقفنا ثابت»" and direct and speaker == "ayman_safadi"


def test_impersonal_and_statistics_are_not_quotes():
    _, qs = quotes("يذكر أن الأردن كان وسيطا رئيسيا في المفاوضات. وتشير الإحصائيات إلى ارتفاع عدد اللاجئين.")
    assert qs == []


def test_embedded_post_is_a_statement_by_its_author_not_a_quote(seed_text):
    doc = rasd.extract(seed_text)
    [post] = doc.layer("embedded_posts")
    assert post.get("actor") == "sana"
    assert not any(post.start <= q.start < post.end for q in doc.layer("quotes"))


def test_quoted_name_after_a_head_noun_is_the_speaker():
    doc, qs = quotes("وأعلنت حركة «حماس» في بيان مقتضب أن وفدها سيصل إلى القاهرة الأسبوع المقبل.")
    [(text, speaker, *_)] = qs
    assert speaker == "hamas" and text.startswith("وفدها سيصل")


def test_a_name_is_never_a_cue():
    # «كيري» folds to «ك» + «يري» (sees): a name, not a report verb
    doc, qs = quotes("حط وزير الخارجية الأمريكي جون كيري في جنيف. وفي ملف اللاجئين انتقد كيري "
                     "بطء الإجراءات، مشددا على أن التمويل سيزداد.")
    assert [(t, s) for t, s, *_ in qs] == [("التمويل سيزداد", "john_kerry")]
    assert doc.layer("quotes")[0].get("cue")["text"] == "مشددا"


def test_impersonal_phrase_and_named_person_are_not_described_speakers():
    text = ("صرح وزير الدفاع العراقي خالد العبيدي بأن التدريب يتقدم. جدير بالذكر أن الوزارة تسلمت "
            "طائرات جديدة. وانتقد العبيدي بشدة أداء بعض الضباط الكبار موضحاً أنهم تجاهلوا "
            "الأوامر.")
    doc, qs = quotes(text)
    assert all(not (s or "").startswith("local_") for _, s, *_ in qs)
    assert not any(t.startswith("الوزارة تسلمت") for t, *_ in qs)
    assert [s for t, s, *_ in qs if t.startswith("أنهم تجاهلوا")] == ["khaled_al_obeidi"]


def test_verb_of_an_according_to_frame_opens_no_quote():
    doc, qs = quotes("وتقدمت القوات العراقية في الرمادي، حسب ما أعلن المتحدث باسم الجيش العراقي أن العملية "
                     "مستمرة.")
    assert not any((q.get("cue") or {}).get("text") == "أعلن" for q in doc.layer("quotes"))


def test_a_prepositional_opening_is_no_described_speaker():
    doc, qs = quotes("دعا وزير الخارجية الألماني فرانك-فالتر شتاينماير إلى ضبط النفس. وفي تصريحات لإذاعة "
                     "\"دويتشلاند فونك\" صباح الأحد قال شتاينماير \" الحوار وحده يحمي المنطقة من الانفجار\".")
    assert [s for _, s, *_ in qs] == ["frank_walter_steinmeier", "frank_walter_steinmeier"]


def test_a_post_signed_with_a_flag_is_by_that_countrys_body(example_text):
    # «— وزارة الخارجية 🇸🇦 (@KSAMOFA)»: the flag stands for the demonym
    doc = rasd.extract(example_text)
    [post] = doc.layer("embedded_posts")
    assert post.get("actor") == "sau_foreign_ministry" and "sau_foreign_ministry" in doc.actors


def test_going_on_to_say_and_but_he_continue_the_speaker():
    first = "وأوضح وزير الخارجية عادل الجبير أمس أن المملكة تؤيد التسوية السلمية. "
    for text in (first + "ومضى يقول إن الحوار هو السبيل الوحيد.",
                 first + "لكنه يضيف أن الحوار هو السبيل الوحيد."):
        _, qs = quotes(text)
        assert [q[1] for q in qs] == ["adel_al_jubeir", "adel_al_jubeir"], text


def test_bare_unnamed_sources_are_their_own_speaker_not_the_last_one():
    text = ("وأوضح وزير الخارجية عادل الجبير أمس أن المملكة تؤيد التسوية السلمية. "
            "وقالت مصادر إن الحوار سيستأنف الأسبوع المقبل. وقال مسؤول إن الوفد وصل.")
    _, qs = quotes(text)
    speakers = [q[1] for q in qs]
    assert speakers[0] == "adel_al_jubeir" and "adel_al_jubeir" not in speakers[1:] and None not in speakers


def test_a_described_speaker_ends_before_a_preposition_a_that_clause_or_another_cue():
    for text, name in (("وأوضح مدير الهيئة لـ«الحياة» أن المعارك تتواصل.", "مدير الهيئة"),
                       ("وأكدت الهيئة أنها ستتخذ جميع الإجراءات اللازمة.", "الهيئة"),
                       ("وأوضح مستشار رئيس البرلمان قائلا إن الجلسة ستعقد غدا.", "مستشار رئيس البرلمان")):
        doc = rasd.extract(text, published="2015-08-01")
        assert {doc.actors[q.get("speaker")]["name_ar"] for q in doc.layer("quotes")} == {name}, text


def test_unnamed_sources_of_two_organisations_are_two_speakers_named_with_their_organisation():
    doc, qs = quotes("وقال مصدر في حركة المقاومة الإسلامية إن الحركة ترفض المبادرة. "
                     "وقال مصدر في حركة فتح إن الرئاسة تدرس الرد.")
    hamas_source, fatah_source = (doc.actors[q[1]] for q in qs)
    assert hamas_source["name_ar"] == "مصدر في حركة حماس" and hamas_source["sector"] == "REB"
    assert fatah_source["name_ar"] == "مصدر في حركة فتح" and fatah_source["sector"] == "PTY"


def _speaker_names(text):
    doc = rasd.extract(text, published="2015-08-01")
    return [doc.actors.get(q.get("speaker"), {}).get("name_ar") for q in doc.layer("quotes")]


def test_a_described_subject_is_a_noun_phrase_in_the_nominative():
    # the pluperfect's auxiliary is no part of the subject after it
    assert _speaker_names("وكان خبير اقتصادي معروف قال إن الأسعار سترتفع.") == ["خبير اقتصادي معروف"]
    assert _speaker_names("وكانت نقابة المعلمين أعلنت أن الإضراب سيستمر.") == ["نقابة المعلمين"]
    # a verb, a particle or a pronoun opens no description («ويمكن القول إن» is background)
    assert _speaker_names("ويمكن القول إن الاتفاق صامد حتى الآن.") == []
    assert _speaker_names("ولا يرى أن الاتفاق صامد حتى الآن.") == [None]
    # an oblique dual is an object, so the speaker goes on
    assert _speaker_names("وقال وزير الخارجية سامح شكري إن العلاقات ممتازة. "
                          "وأكد البلدين على ضرورة التنسيق بينهما في الملفات الإقليمية.") == ["سامح شكري"] * 2
    # after a definite head an oblique plural starts the object; after a construct head
    # it is the head's genitive
    assert _speaker_names("وتتهم الحكومة المتمردين الموالين لروسيا بإسقاط الطائرة.") == ["الحكومة"]
    assert _speaker_names("وقال رئيس المتمردين إن القتال سيستمر.") == ["رئيس المتمردين"]


def test_unnamed_people_speak_as_what_they_are():
    assert _speaker_names("وقال خبراء إن الأسعار سترتفع.") == ["خبراء"]
    assert _speaker_names("وذكر شهود عيان أن الانفجار وقع فجرا.") == ["شهود عيان"]
    # the head's adjectives belong to it, the verb's object does not
    assert _speaker_names("أكد محللون مصريون أهمية الزيارة الملكية للقاهرة.") == ["محللون مصريون"]


def test_background_with_a_pronoun_complementizer_and_a_subject_before_the_perfect_particle():
    assert _speaker_names("ويذكر أنه منذ سيطرة التنظيم على المدينة تدهورت الأوضاع.") == []
    assert _speaker_names("وقبيل قمة الرياض كان أردوغان قد أعلن خطته لإقامة منطقة آمنة.") == \
        ["رجب طيب أردوغان"]


def test_a_described_subject_ends_where_the_verbs_object_begins():
    # a definite noun takes no genitive: the next definite noun is the object, unless it
    # is an adjective (by its ending, a participle, or a listed one)
    assert _speaker_names("ونفت وزارة الداخلية الأنباء عن اعتقال ناشطين في العاصمة.") == ["وزارة الداخلية"]
    assert _speaker_names("وأعلنت الشركة المشغلة للجسر أن الحركة ستتوقف يومين.") == ["الشركة المشغلة للجسر"]


def test_content_after_the_cues_clitic_preposition_leaves_it_out():
    doc = rasd.extract("وطالب المحتجون بإطلاق سراح الموقوفين.", published="2015-08-01")
    assert [q.text for q in doc.layer("quotes")] == ["إطلاق سراح الموقوفين"]


def test_the_person_a_description_names_is_the_speaker_not_the_name_a_noun_owns():
    assert _speaker_names("وقال الخبير العسكري والعميد المتقاعد سامر الحلبي إن المعركة ستطول.") == ["سامر الحلبي"]
    assert _speaker_names("ويتهم الديمقراطيون إدارة أوباما بتضليل الرأي العام.") == ["الديمقراطيون"]
    # a plural verb holds its subject: the noun after it is no speaker
    assert _speaker_names("وفي بيانهم يطالبون الدول الأوروبية بوقف تصدير السلاح.") == []


def test_adverbials_after_a_cue_open_no_content():
    doc = rasd.extract("وأكد الوزير على هامش القمة أن بلاده تدعم الحل السياسي.", published="2015-08-01")
    assert [q.text for q in doc.layer("quotes")] == ["بلاده تدعم الحل السياسي"]
    # «بالتأكيد» (certainly) is an adverb, not the noun cue «التأكيد»
    assert _speaker_names("وعندما تشعر الحكومة بالخطر فإنها بالتأكيد ستنزعج من ذلك.") == []
    # a verb before the subject of a noun cue is no part of the speaker's description
    assert _speaker_names("واكتفى الوزير بالتأكيد على أن الحوار مستمر.") == ["الوزير"]


def test_particles_and_a_written_accusative_are_no_part_of_a_described_subject():
    assert _speaker_names("ولا يرى أن الوقت المتبقي من عمر البرلمان يكفي.") == [None]
    # in the first person outside quotation marks it is the writer's own voice
    assert _speaker_names("ولا أرى أن الوقت المتبقي من عمر البرلمان يكفي.") == []
    assert _speaker_names("وأبدى المبعوث الصيني اهتماماً كبيراً بأن تنجح المفاوضات.") == ["المبعوث الصيني"]


def test_an_expectation_in_the_passive_is_nobodys_statement():
    assert _speaker_names("ويتوقع أن يضغط النواب على الإدارة لتعديل الاتفاق.") == []
    assert _speaker_names("ويتوقع المحللون أن ترتفع الأسعار.") == ["المحللون"]


def test_what_figures_show_is_no_statement_even_after_a_speaker():
    # not the minister's statement continued: data speaks, with or without the article
    assert _speaker_names("وقال الوزير إن الوضع مستقر. وتفيد أرقام رسمية بأن مئات الشبان غادروا.") == \
        ["الوزير"]
    assert _speaker_names("وقال الوزير إن الوضع مستقر. وتشير الإحصائيات إلى أن مئات الشبان غادروا.") == \
        ["الوزير"]


def test_half_is_no_speech_verb_and_a_channel_opens_no_object_content():
    assert _speaker_names("وتشمل الصفقة سفنا بقيمة ملياري دولار، وذخائر متنوعة.") == []
    doc = rasd.extract("من جهتها، أكدت الرئاسة التونسية في بيان، حضور الرئيس حفل التدشين.",
                       published="2015-08-01")
    assert [q.text for q in doc.layer("quotes")] == ["حضور الرئيس حفل التدشين"]


def test_words_spelled_like_speech_verbs_are_no_cues():
    # «بين» (between) is no «وبيّن», «إضافة إلى» (in addition to) no «أضاف»
    assert _speaker_names("وبموجب الاتفاق الموقع بين الأردن والعراق من المقرر أن يبدأ الضخ الشهر المقبل.") == []
    assert _speaker_names("وارتفعت الأسعار، إضافة إلى أن البطالة زادت في الربع الأخير.") == []
    # the verb itself, with its conjunction and a statement's channel before «أن»
    assert _speaker_names("وبيَّن الوزير في بيان صحفي أصدره أمس أن المعابر ستفتح.") == ["الوزير"]


def test_an_announcement_or_a_reference_to_a_noun_phrase_is_no_quote():
    # the writer's gloss after a quote and a declaration's name report no speech
    assert _speaker_names("وقال الوزير: «نحن نعمل مع الشركاء». وأضاف أن الأزمة طويلة، في إشارة إلى الحرب في اليمن.") == \
        ["الوزير", "الوزير"]
    assert _speaker_names("وجاءت الضربات بعد الإعلان عن الاتفاق الجديد مع الحكومة.") == []
    # a call to do something is a statement even as a noun phrase
    doc = rasd.extract("ورفضت الحركة دعوات الوسطاء إلى تسليم سلاحها.", published="2015-08-01")
    assert [q.text for q in doc.layer("quotes")] == ["تسليم سلاحها"]


def test_common_adverbials_and_a_dual_subject_do_not_open_the_content():
    doc = rasd.extract("وأكد الجانبان ضرورة تعزيز التعاون في مجال الطاقة على أساس المصالح المشتركة.",
                       published="2015-08-01")
    assert [q.text for q in doc.layer("quotes")] == ["ضرورة تعزيز التعاون في مجال الطاقة على أساس المصالح المشتركة"]


def test_a_person_given_by_name_after_yud_a_is_the_speaker():
    doc = rasd.extract("وقال متظاهر يدعى سامر الخطيب في الساحة إن المطالب واضحة.", published="2015-08-01")
    assert ("سامر الخطيب", "PER") in [(e.text, e.label) for e in doc.layer("entities")]
    assert [doc.actors[q.get("speaker")]["name_ar"] for q in doc.layer("quotes")] == ["سامر الخطيب"]


FIRST = "وأكد مولود جاووش أوغلو في أنقرة أمس أن بلاده مستعدة للحوار. "


def test_unnamed_reports_speak_for_themselves():
    doc, qs = quotes(FIRST + "فيما ذكرت تقارير إعلامية أن الحدود أغلقت ليلا.")
    assert qs[-1][1] is not None and qs[-1][1] != "mevlut_cavusoglu"
    assert doc.actors[qs[-1][1]]["name_ar"].startswith("تقارير")


def test_a_verb_after_an_unknown_name_ends_it():
    doc, qs = quotes("وكان المحلل اللبناني سمير فرنجية يرى أن الأزمة طويلة.")
    assert "سمير فرنجية" in [e.text for e in doc.layer("entities")]


def test_a_continuation_skips_unnamed_reports():
    _, qs = quotes(FIRST + "وذكرت تقارير إعلامية أن الحدود أغلقت ليلا. وأضاف أن الحوار هو الطريق الوحيد.")
    assert qs[-1][1] == qs[0][1] == "mevlut_cavusoglu"


def test_a_titled_speaker_before_his_verb_is_the_person():
    doc, qs = quotes("والمحلل العسكري اللواء سامي الحربي يرى أن الهجوم لن يغير الموقف.")
    person = [e.get("actor") for e in doc.layer("entities") if e.text == "سامي الحربي"]
    assert person and qs[-1][1] == person[0]


@pytest.mark.parametrize("sentence", [
    pytest.param("وسيقبل النواب الدعوة إن لم تتضمن شروطا مسبقة.", id="conditional-if"),
    pytest.param("وتشير تلك التحركات الميدانية، إلى تبدل واضح في الموقف.", id="acts-are-no-speakers"),
    pytest.param("وزار الوفد الميناء الذي يعتبر أكبر موانئ الخليج.", id="is-considered-after-relative"),
    pytest.param("وفرضت السلطات إجراءات أمنية مشددة على الحدود الشمالية.", id="participle-as-adjective"),
])
def test_no_report_after_the_first(sentence):
    # «إن لم» is «if»; acts and events (also after a demonstrative) say nothing; «تعتبر»
    # after a relative is the passive; «مشددة» after an indefinite noun is its adjective
    _, qs = quotes(FIRST + sentence)
    assert len(qs) == 1


def test_a_participle_after_a_clause_still_reports():
    _, qs = quotes(FIRST + "وأصدرت الوزارة بيانا أمس، مشددة على أن الحوار هو الحل.")
    assert len(qs) == 2


def test_the_place_a_titled_speaker_works_in_is_not_the_speaker():
    _, qs = quotes("وأوضح الناطق باسم لجنة الطاقة في طهران أن المفاوضات مستمرة.")
    assert qs[0][1] != "tehran"


@pytest.mark.parametrize("text,content", [
    # the outlet spoken to, in quotation marks, comes before the content
    ('وقال الناشط المدني سالم الكبيسي لـ"الرياض" إن الإصلاحات ستبدأ الأسبوع المقبل.',
     "الإصلاحات ستبدأ الأسبوع المقبل"),
    # an adverbial set off by commas between the cue and «أن»
    ("وأعلن رئيس الولايات المتحدة باراك أوباما، خلال قمة دولية لرجال الأعمال انعقدت في "
     "العاصمة الكينية نيروبي يوم السبت الماضي، أن بلاده ستقدم قروضا للشركات الناشئة.",
     "بلاده ستقدم قروضا للشركات الناشئة"),
    # «فيما سبق» is «previously»
    ("وادعت الحكومة الإيرانية فيما سبق أن صواريخها دفاعية فقط.", "صواريخها دفاعية فقط"),
])
def test_where_the_content_starts(text, content):
    _, qs = quotes(text)
    assert [q[0] for q in qs] == [content]


@pytest.mark.parametrize("text", [
    "وقال الوزير البريطاني لقناة إن.بي.سي الأمريكية إن بلاده ستواصل دعم أوكرانيا.",
    "وقال الكاتب إن عدن تحررت، وإن الضالع سبق أن تحررت تقريبا بالكامل قبل أسابيع.",
])
def test_no_clause_where_an_acronym_or_a_past_state_reads_like_one(text):
    _, qs = quotes(text)
    assert qs and all(not q[0].startswith((".", "تحررت")) for q in qs)


def test_the_outlet_spoken_to_is_not_the_speaker():
    doc, qs = quotes('وقال الناشط المدني سالم الكبيسي لـ"الرياض" إن المدينة آمنة تماما.')
    [(_, speaker, _, _, _)] = qs
    assert doc.actors[speaker]["name_ar"].endswith("الكبيسي")


def test_a_titled_speaker_ends_at_the_complementizer():
    # the place after «إن» is the content's subject, not the speaker's name
    _, qs = quotes("وقال الكاتب السياسي محمد العمري إن الضالع تحررت بشكل شبه كامل قبل أسابيع.")
    assert [(q[0], q[1] == "dhale") for q in qs] == [("الضالع تحررت بشكل شبه كامل قبل أسابيع", False)]


def test_an_abbreviated_title_is_no_speaker():
    doc, qs = quotes("وقال د. سامي الحربي إن الجامعة تدعم الحكومة الشرعية.")
    [(_, speaker, _, _, _)] = qs
    assert doc.actors[speaker]["name_ar"].endswith("الحربي")


def test_a_body_the_kb_lacks_speaks_itself():
    # not the speaker of the sentence before
    doc, qs = quotes("وقال الرئيس المصري إن بلاده مستعدة. وذكرت صحيفة ملييت في موقعها أن المشتبه به سلم نفسه.")
    assert qs[0][1] == "abdel_fattah_al_sisi"
    assert doc.actors[qs[1][1]]["name_ar"] == "صحيفة ملييت"
    # with an object next, nothing tells where the body's name ends
    _, qs = quotes("وتتوقع هيئة ميناء جدة نمو حركة الحاويات هذا العام.")
    assert [q[1] for q in qs] == [None]


def test_what_a_relative_clause_announced_is_the_noun_before():
    _, qs = quotes("ووقعت الدولتان الاتفاقية التي أعلن عنها الرئيسان في القمة الأخيرة بالرياض.")
    assert qs == []
    # «في» standing for a speech or a time leaves the cue its own clause
    _, qs = quotes("وأشاد المجلس بخطاب الملك الذي أكد فيه أن المواطنين سواء أمام القانون.")
    assert [q[0] for q in qs] == ["المواطنين سواء أمام القانون"]


def test_a_relative_clause_cue_with_no_subject_of_its_own_has_its_antecedent_for_speaker():
    _, qs = quotes("وقال الوزير إن الاتفاق مهم. والتقى الوفد الرئيس السوري بشار الأسد الذي أكد أن بلاده "
                   "ستنتصر.")
    assert [q[1] for q in qs][1:] == ["bashar_al_assad"]
    # a pronoun on the verb makes the antecedent what was described
    _, qs = quotes("وتحدث الوزير عن جولته في طهران التي وصفها أمس بالمفيدة جدا للطرفين.")
    assert [q[1] for q in qs if q[1] == "tehran"] == []


def test_a_described_speaker_is_called_by_his_last_name_later():
    doc, qs = quotes("وتوقع الخبير العسكري العقيد المتقاعد سالم حمدان أن يشن التنظيم هجمات كبرى. "
                     "وأكد آشتون كارتر أن بلاده مستعدة للمساعدة. "
                     "وأضاف حمدان أن التنظيم يمتلك خبراء عسكريين.")
    assert qs[0][1] == qs[2][1] and doc.actors[qs[2][1]]["name_ar"].endswith("سالم حمدان")


def test_a_name_in_quotation_marks_before_a_colon_is_no_speech():
    _, qs = quotes("وكتبت السفارة الأمريكية في حسابها على «تويتر»: «نشرنا فريقا طبيا في المدينة».")
    assert [q[0] for q in qs] == ["«نشرنا فريقا طبيا في المدينة»"]


def test_an_apposition_between_the_speaker_and_the_clause():
    _, qs = quotes("وأكد يوهان مولر، رئيس غرفة تجارة برلين ورجل الأعمال الذي رافق الوزير الألماني "
                   "في رحلته الأخيرة إلى طهران، أن الشركات تنتظر رفع العقوبات.")
    assert [q[0] for q in qs] == ["الشركات تنتظر رفع العقوبات"]


def test_the_agency_told_after_a_title_is_not_the_speaker():
    _, qs = quotes("وقال وزير الخارجية في حديث لوكالة الأنباء السعودية: إن المحادثات كانت بناءة.")
    assert [q[1] for q in qs if q[1] == "spa"] == [] and len(qs) == 1


def test_an_outlet_told_is_no_speaker():
    doc, qs = quotes("وقال الباحث الفرنسي إن الهجوم خطير. وقال لفرانس برس إن «النزاع قد يتسع».")
    assert "afp" not in [s for _, s, *_ in qs]
    doc, qs = quotes("وقال الوزير لوكالة الأنباء السعودية إن التنسيق مستمر.")
    [(_, speaker, *_)] = qs
    assert doc.actors[speaker]["name_ar"] == "الوزير"
    # «ل» after a body names its owner, not who was told
    doc, qs = quotes("وأعلن المكتب الإعلامي للمقاومة الشعبية أن المدينة تحررت.")
    [(_, speaker, *_)] = qs
    assert doc.actors[speaker]["name_ar"] == "المكتب الإعلامي للمقاومة الشعبية"


def test_the_outlet_told_is_the_via_and_a_continuation_keeps_it():
    doc, qs = quotes("قال وزير الخارجية الروسي سيرغي لافروف لصحيفة كوميرسانت إن الحل السياسي ممكن. "
                     "وتابع لافروف أن موسكو لن تتخلى عن حلفائها.")
    assert [(s, v) for _, s, v, *_ in qs] == [("sergey_lavrov", ["kommersant"]), ("sergey_lavrov", ["kommersant"])]
    doc, qs = quotes("وقال مسؤول أمريكي لوكالة رويترز إن القوات ستبقى في القاعدة.")
    [(_, speaker, via, *_)] = qs
    assert via == ["reuters"] and doc.actors[speaker]["name_ar"] == "مسؤول أمريكي"
