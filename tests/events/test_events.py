"""Events on whole sentences: arguments, merging, flags, compound actors, sources."""
import rasd

PUBLISHED = "2025-02-12"


def events(text, published=PUBLISHED, layer="events"):
    doc = rasd.extract(text, published=published)
    return doc, [(e.label, e.get("mode"), e.get("actor"), e.get("recipient"), e.get("date"),
                  e.get("according_to")) for e in doc.layer(layer)]


def test_gapped_phrase_and_compound_actor():
    _, evs = events("أجرى الرئيس السوري أحمد الشرع ونظيره الروسي فلاديمير بوتين مكالمة هاتفية "
                    "تناولت ملف إعادة الإعمار.")
    [(etype, mode, actor, recipient, date, _)] = evs
    assert (etype, mode) == ("CONSULT", "phone")
    assert set(actor) == {"vladimir_putin", "ahmed_al_sharaa"} and recipient == [] and date == PUBLISHED


def test_one_event_per_action_with_all_sources():
    text = ("أجرى الرئيس السوري أحمد الشرع ونظيره الروسي فلاديمير بوتين مكالمة هاتفية تناولت ملف "
            "الطاقة، بحسب ما أعلن الكرملين. وقالت الرئاسة السورية إن الشرع أجرى اتصالا هاتفيا مع بوتين.")
    doc, evs = events(text)
    consult = [e for e in evs if e[0] == "CONSULT"]
    assert len(consult) == 1
    assert {"kremlin", "syria_presidency"} <= set(consult[0][5])
    assert len(doc.layer("events")[0].get("evidence")) == 2


def test_visit_actor_and_host_with_its_own_date():
    _, evs = events("وزار وفد عسكري روسي دمشق مطلع يناير (كانون الثاني) لبحث مستقبل القاعدتين.")
    [(etype, mode, actor, recipient, date, _)] = evs
    assert (etype, mode, actor, recipient, date) == ("CONSULT", "visit", ["RUS"], ["damascus"], "2025-01")


def test_invitation_is_agree_and_future_cooperation_too():
    _, evs = events("وأوضحت الرئاسة السورية أن بوتين دعا وزير الخارجية السوري أسعد الشيباني لزيارة "
                    "روسيا الشهر المقبل.")
    assert ("AGREE", None, ["vladimir_putin"]) == evs[0][:3]
    assert "asaad_al_shaibani" in evs[0][3] and evs[0][5] == ["syria_presidency"]
    _, evs = events("وقال وزير الخارجية التركي هاكان فيدان إنه سيزور الرياض الشهر المقبل.")
    assert [e[0] for e in evs] == ["AGREE"]


def test_request_to_lift_sanctions_is_yield():
    _, evs = events("وشدد بوتين على وجوب رفع العقوبات الغربية عن الاقتصاد السوري.")
    assert [(e[0], e[1]) for e in evs] == [("REQUEST", "yield")]


def test_negated_and_hypothetical_are_kept_apart():
    doc, evs = events("لم يلتق وزير الخارجية السعودي نظيره الإيراني خلال القمة.")
    assert evs == []
    unrealised = doc.layer("unrealised_events")
    assert len(unrealised) == 1 and unrealised[0].get("negated")


def test_historical_flag_for_recalled_background():
    doc, _ = events("يذكر أن روسيا كانت قد تدخلت عسكريا في سوريا عام 2015 لإنقاذ الأسد.")
    assert all(e.get("historical") for e in doc.layer("events"))


def test_condemned_attack_is_an_accusation():
    doc, evs = events("ودان وزير الخارجية الأردني أيمن الصفدي الهجوم على القافلة في غزة أمس.")
    assert "ASSAULT" not in [e[0] for e in evs]
    assert "ACCUSE" in [e[0] for e in evs]


def test_physical_event_needs_marks_of_an_incident():
    _, evs = events("وتحدث الكاتب عن مسلسل الاغتيالات في المنطقة.")
    assert "ASSAULT" not in [e[0] for e in evs]
    _, evs = events("قتل 15 شخصا على الأقل أمس في تفجير سيارة مفخخة استهدف سوقا في بغداد.")
    assert "ASSAULT" in [e[0] for e in evs]


def test_every_event_explains_itself(seed_text):
    doc = rasd.extract(seed_text).to_dict()
    for event in doc["events"]:
        assert event["rule"].startswith("triggers.") and 0 < event["confidence"] <= 1
        assert doc["text"][event["start"]:event["end"]] == event["text"]
        for ev in event["evidence"]:
            trig = ev["trigger"]
            assert doc["text"][trig["start"]:trig["end"]] == trig["text"]
        for actor in event["actor"] + event["recipient"] + event["according_to"]:
            assert actor in doc["actors"]


def test_clause_after_a_comma_or_kama_keeps_the_main_subject():
    _, evs = events("عقد سيرغي لافروف، على هامش مؤتمر اقتصادي، الخميس، لقاء مطولا مع "
                    "معاذ الخطيب في فندق بالعاصمة، كما اجتمع بعد الظهر مع خالد مشعل.",
                    published="2015-08-03")
    meetings = {frozenset(actor) for etype, mode, actor, *_ in evs if (etype, mode) == ("CONSULT", None)}
    assert meetings == {frozenset({"sergey_lavrov", "moaz_al_khatib"}),
                        frozenset({"sergey_lavrov", "khaled_meshaal"})}


def test_listed_topic_after_a_comma_is_no_action():
    _, evs = events("التقى الجبير نظيره الروسي في موسكو، حيث جرى تناول الأزمة اليمنية والتعاون العسكري.",
                    published="2015-08-11")
    assert [e[0] for e in evs] == ["CONSULT"]


def test_unnamed_source_stands_for_its_organisation_in_events():
    _, evs = events("وقال مصدر قيادي كبير في حركة حماس: «عقدنا لقاءات واسعة مع الاتحاد الأوروبي».",
                    published="2015-08-03")
    [(etype, _, actor, recipient, _, according_to)] = evs
    assert etype == "CONSULT" and set(actor) == {"hamas", "eu"} and recipient == []
    assert according_to == ["local_msdr_qiadi_kbir_fi_hrka_hmas"]     # the source still reports it


def test_undated_report_of_a_recent_meeting_is_the_same_event():
    text = ("اجتمع سيرغي لافروف مع خالد مشعل في العاصمة القطرية الاثنين. "
            "وذكرت حماس في بيان أن لقاء مشعل ولافروف ركز على إعادة الإعمار.")
    _, evs = events(text, published="2015-08-06")
    consults = [e for e in evs if e[0] == "CONSULT"]
    assert len(consults) == 1 and consults[0][4] == "2015-08-03"    # the stated day wins


def test_undated_report_does_not_join_an_action_of_last_month():
    text = ("وزار وفد روسي دمشق في يناير (كانون الثاني) الماضي. "
            "وزار وفد روسي دمشق لبحث ملف القواعد.")
    _, evs = events(text)
    assert sorted(e[4] for e in evs if e[0] == "CONSULT") == ["2025-01", PUBLISHED]


def test_protesters_protest_when_counted_or_new_not_as_objects():
    def protests(text):
        return [e for e in events(text)[1] if e[0] == "PROTEST"]
    assert protests("واحتشد نحو 300 متظاهر أمس أمام مبنى البرلمان في عمان.")
    assert protests("وأغلق متظاهرون غاضبون أمس طريقا رئيسيا قرب طرابلس.")
    assert not protests("واستخدمت قوات الأمن خراطيم المياه أمس لإبعاد المتظاهرين في بيروت.")
    assert not protests("وقتلت الشرطة أمس متظاهرين اثنين في نيروبي.")
    assert not protests("وردد المتظاهرون أغاني وطنية حتى المساء.")


def test_qad_before_a_past_verb_asserts_and_purpose_is_not_a_report():
    _, evs = events("وكانت الشرطة قد أعلنت أمس مقتل ثلاثة من عناصرها في هجوم بعبوة ناسفة في الموصل.")
    assert "ASSAULT" in [e[0] for e in evs]
    doc, _ = events("وقال إن واشنطن قد تفرض عقوبات جديدة على إيران.")
    assert [e.get("hypothetical") for e in doc.layer("unrealised_events")] == [True]
    doc, evs = events("ونفذت القوات الأمريكية أمس عملية في شمال سوريا لاعتقال قادة من الخلية.")
    assert "COERCE" not in [e[0] for e in evs]
    assert "COERCE" in [e.label for e in doc.layer("unrealised_events")]


def test_meeting_sides_from_titles_and_the_sentence_subject_but_not_interviews():
    _, evs = events("وعقد جون كيري اجتماعا مغلقا مع سيرغي لافروف "
                    "ووزير الخارجية عادل الجبير في فيينا.", published="2015-08-03")
    [(etype, _, actor, *_)] = evs
    assert etype == "CONSULT" and set(actor) == {"john_kerry", "sergey_lavrov", "adel_al_jubeir"}
    _, evs = events("وتوجه سيرغي لافروف صباح الاثنين إلى العاصمة القطرية، حيث التقى "
                    "الشيخ تميم بن حمد آل ثاني.", published="2015-08-03")
    meetings = [e for e in evs if (e[0], e[1]) == ("CONSULT", None)]
    assert meetings == [] or set(meetings[0][2]) == {"sergey_lavrov", "tamim_bin_hamad"}
    assert any(set(e[2] + e[3]) >= {"sergey_lavrov", "tamim_bin_hamad"} for e in evs)
    _, evs = events("وأجرى خالد العبيدي أمس لقاء مع وكالة رويترز.", published="2015-08-01")
    assert "CONSULT" not in [e[0] for e in evs]


def test_a_planned_summit_is_agree_and_its_agenda_no_second_meeting():
    _, evs = events("وذكر بيان رئاسي أن الرئيسين السيسي والبشير سيعقدان قمة في القاهرة، "
                    "تبحث ملف المياه.", published="2015-08-02")
    assert [(e[0], set(e[2])) for e in evs] == [("AGREE", {"abdel_fattah_al_sisi", "omar_al_bashir"})]


def test_a_meeting_needs_two_known_sides():
    _, evs = events("وانتشر مقاتلو المقاومة الشعبية في المدينة، بعد مفاوضات أفضت إلى انسحاب المسلحين.",
                    published="2015-08-11")
    assert "CONSULT" not in [e[0] for e in evs]


def test_directed_act_needs_someone_who_acts():
    _, evs = events("غير أن تنفيذ الخطة يتطلب الحصول على دعم من موسكو.")
    assert evs == []
    for text in ("وقال إن موسكو لن تقدم مساعدات عسكرية لدمشق.", "وقال إن موسكو لن تقدم دعما عسكريا لدمشق."):
        _, evs = events(text, layer="unrealised_events")
        assert [(e[0], e[2], e[3]) for e in evs] == [("AID", ["moscow"], ["damascus"])]   # a capital acts


def test_where_an_arrest_happened_is_not_whom():
    _, evs = events("وكانت القوات الأمريكية قد احتجزته في 3 يونيو في شمال العراق.", published="2015-08-06")
    [(etype, mode, actor, recipient, *_)] = evs
    assert (etype, mode, recipient) == ("COERCE", "arrest", [])
    _, evs = events("واتهم خالد العبيدي ضباطا في القوات العراقية بالتقصير.",
                    published="2015-08-01")
    assert [e[3] for e in evs if e[0] == "ACCUSE"] == [["IRQ"]]


def test_attack_target_after_a_targeting_word_and_recalled_attacks_kept():
    _, evs = events("ونفذت الحكومة التركية أمس غارات جوية مستهدفة مواقع تنظيم داعش قرب الحدود.",
                    published="2015-08-09")
    assert [(e[0], e[1], e[2], e[3]) for e in evs] == [("ASSAULT", "aerial", ["tur_government"], ["isis"])]
    doc, _ = events("وتدهورت الأوضاع منتصف الشهر الماضي بعد تفجير استهدف سوقا شعبيا في بلدة جرابلس أسفر "
                    "عن مقتل 17 شخصا.", published="2015-08-09")
    attacks = [e for e in doc.layer("events") if e.label == "ASSAULT"]
    assert len(attacks) == 1 and attacks[0].get("historical")


def test_who_acts_after_an_attack_did_not_carry_it_out():
    # the attack only dates the sentence's act, so its subject is not the attacker; a side
    # of a battle after which it acts still is
    _, evs = events("وتراجعت شعبية الحكومة العراقية خلال الأسبوع الماضي بعد تفجير ضرب حافلة للزوار "
                    "قرب بلدة زاخو وأسفر عن مقتل 9 أشخاص.", published="2015-08-09")
    assert [(e[0], e[1], e[2]) for e in evs] == [("ASSAULT", "explosives", [])]
    _, evs = events("وأعلن الجيش اليمني النصر بعد معارك مع الحوثيين أسفرت عن مقتل 12 مسلحا.",
                    published="2015-08-09")
    assert [(e[0], set(e[2])) for e in evs] == [("ASSAULT", {"yem_military", "houthis"})]


def test_a_vehicle_or_cargo_that_arrives_makes_no_visit():
    for text in ("وأشاد المحافظ بالمروحيات الإماراتية التي وصلت إلى مطار المكلا أمس.",
                 "وهذه الباخرة هي الثالثة من الكويت التي تصل إلى ميناء الحديدة هذا الشهر."):
        _, evs = events(text, published="2015-08-09")
        assert [e for e in evs if e[1] == "visit"] == [], text
    # one who travels in it still visits
    _, evs = events("ووصل وزير الخارجية الإيراني إلى بيروت أمس على متن طائرة خاصة.", published="2015-08-09")
    assert [(e[1], e[2], e[3]) for e in evs] == [("visit", ["mohammad_javad_zarif"], ["beirut"])]


def test_the_place_after_a_visit_verb_is_visited():
    _, evs = events("وتأتي هذه الخطوة بعد أن زار واشنطن واجتمع بالرئيس الأميركي باراك أوباما.",
                    published="2015-08-01")
    assert [e for e in evs if "washington" in e[2]] == []      # the visited city is no visitor
    _, evs = events("وزار سيرغي لافروف الدوحة أمس في جولة قصيرة.", published="2015-08-03")
    assert [(e[1], e[2], e[3]) for e in evs] == [("visit", ["sergey_lavrov"], ["doha"])]


def test_places_do_not_act_and_counted_victims_are_recipients():
    _, evs = events("وقتل 12 من ميليشيات الحوثيين في اشتباكات ليلية خلال اليومين الماضيين.",
                    published="2015-08-11")
    assert ("ASSAULT", [], ["houthis"]) in [(e[0], e[2], e[3]) for e in evs]
    _, evs = events("واستعادت القوات مدينة أبين وتحريرها بالكامل أمس.", published="2015-08-11")
    assert all("abyan" not in e[2] for e in evs)


def test_lam_names_the_force_behind_an_attack():
    _, evs = events("وتواصلت أمس غارات جوية لطيران التحالف العربي على معسكرات للحوثيين في صعدة.",
                    published="2015-08-11")
    assert [(e[0], e[2], e[3]) for e in evs] == [("ASSAULT", ["arab_coalition_yemen"], ["houthis"])]


def test_who_reports_an_attack_did_not_commit_it():
    _, evs = events("وقالت وكالة الصحافة الفرنسية إن مسلحين اغتصبوا امرأة أمس في قرية قرب الفاشر.",
                    published="2015-08-11")
    assert all("afp" not in e[2] for e in evs)
    _, evs = events("وقال المتحدث إن «الهجوم على القاعدة أمس أسفر عن مقتل ثلاثة جنود».", published="2015-08-11")
    assert all(e[2] == [] for e in evs if e[0] == "ASSAULT")


def test_closing_as_x_said_is_a_source():
    _, evs = events("كما عقد جون كيري اجتماعا ثنائيا مع سيرغي لافروف في كوالالمبور، كما ذكرت وكالة رويترز.",
                    published="2015-08-03")
    [(etype, _, actor, _, _, according_to)] = evs
    assert etype == "CONSULT" and according_to == ["reuters"]


def test_a_question_reports_no_action():
    doc, evs = events("وهل قدمت روسيا مساعدات عسكرية لسوريا أمس؟")
    assert evs == [] and doc.layer("unrealised_events") == []
    _, evs = events("وقدمت روسيا مساعدات عسكرية لسوريا أمس.")
    assert [e[0] for e in evs] == ["AID"]


def test_a_spokesman_reporting_others_is_no_participant():
    _, evs = events("وأوضح المتحدث باسم الرئاسة المصرية علاء يوسف أن اللقاء تناول سبل دعم الاقتصاد المصري.",
                    published="2015-08-07")
    assert all("alaa_youssef" not in e[2] for e in evs)
    _, evs = events("وقالت روسيا إنها تؤيد مشروع القرار الخاص بالهجمات الكيميائية.", published="2015-08-07")
    assert [(e[0], e[2]) for e in evs] == [("SUPPORT", ["RUS"])]


def test_verbal_nouns_of_a_policy_are_topics():
    _, evs = events("وأوضح البيان أن نقلهم ينسجم مع سياسة الجيش في احتجاز واستجواب المشتبه بهم.",
                    published="2015-08-07")
    assert [e[0] for e in evs] == []
    _, evs = events("وأعلنت وزارة الدفاع الأمريكية أمس احتجاز واستجواب ثلاثة مسلحين في العراق.",
                    published="2015-08-07")
    assert "COERCE" in [e[0] for e in evs]


def test_what_may_happen_does_not_merge_with_what_happened():
    doc, evs = events("وشن الجيش العراقي أمس هجوما على مواقع تنظيم داعش في الرمادي. وقال المتحدث إن الجيش "
                      "العراقي قد يشن هجوما على مواقع تنظيم داعش في الرمادي.", published="2015-08-07")
    real = [e for e in doc.layer("events") if e.label == "ASSAULT"]
    assert len(real) == 1 and len(real[0].get("evidence")) == 1
    assert [e.get("hypothetical") for e in doc.layer("unrealised_events")] == [True]


def test_what_a_speaker_says_others_habitually_do_is_a_state():
    _, evs = events("وقال وزير الخارجية الأمريكي جون كيري: «ندرك أن إيران تدعم حزب الله وجماعات أخرى "
                    "في المنطقة».", published="2015-08-04")
    assert "SUPPORT" not in [e[0] for e in evs]
    _, evs = events("وقالت روسيا إنها تؤيد مشروع القرار الخاص بالهجمات الكيميائية.", published="2015-08-07")
    assert [e[0] for e in evs] == ["SUPPORT"]          # about itself: a statement of support


def test_a_role_in_supporting_is_a_topic():
    _, evs = events("وأوضح أن اللقاء تمحور حول دور روسيا في دعم القضية الفلسطينية.", published="2015-08-06")
    assert "SUPPORT" not in [e[0] for e in evs]


def test_without_that_x_does_y_is_not_an_act():
    doc, evs = events("وقال إن المفاوضات لن تنجح دون أن تبادر إسرائيل إلى تخفيف الحصار عن القطاع.",
                      published="2015-08-06")
    assert "CONCEDE" not in [e[0] for e in evs]
    assert "CONCEDE" in [e.label for e in doc.layer("unrealised_events")]


def test_a_present_verb_in_a_relative_clause_describes():
    _, evs = events("وأكدت وزارة الدفاع الأمريكية أمس أن الجنود الذين يعتقلون المشتبه بهم في العراق "
                    "يخضعون للتدريب.", published="2015-08-07")
    assert "COERCE" not in [e[0] for e in evs]


def test_the_example_report_keeps_its_participants():
    from rasd_testing import ROOT
    doc = rasd.extract((ROOT / "examples" / "report.txt").read_text(encoding="utf-8"))
    pairs = [(e.label, e.get("mode"), sorted(e.get("actor"))) for e in doc.layer("events") if e.label == "CONSULT"]
    assert pairs == [("CONSULT", "phone", ["faisal_bin_farhan", "hakan_fidan"]),
                     ("CONSULT", None, ["faisal_bin_farhan", "hakan_fidan"])]


def _attacks(text, layer="events"):
    _, evs = events(text, layer=layer)
    return [e for e in evs if e[0] == "ASSAULT"]


def test_an_attack_that_a_condemnation_is_about_is_not_reported_again():
    # the clause reports the condemnation; the raid is what it condemns
    assert _attacks("وأدانت وزارة الخارجية المصرية أمس الغارات الجوية الإسرائيلية على مدينة رفح.") == []
    # a new clause after a comma reports its own attack
    assert _attacks("وأدانت وزارة الخارجية المصرية البيان، وشنت طائرات إسرائيلية أمس غارات جوية على "
                    "مدينة رفح أسفرت عن مقتل خمسة أشخاص.") != []


def test_an_attack_under_investigation_or_claimed_is_a_topic():
    assert _attacks("وحملت الحكومة أمس جماعة مسلحة مسؤولية تفجير سيارة مفخخة في مدينة كراتشي.") == []
    # without the topic word the same attack is reported
    assert _attacks("واتهمت الحكومة أمس جماعة مسلحة. ونفذت حركة طالبان تفجير سيارة مفخخة في مدينة كراتشي.") != []


def test_subjunctive_and_foiled_attacks_are_not_realised():
    text = "وتخشى الحكومة أن يتم قصف مدينة حيفا بالصواريخ أمس."
    assert _attacks(text) == [] and _attacks(text, layer="unrealised_events") != []
    text = "وأحبطت الشرطة أمس هجوما انتحاريا بسيارة مفخخة في مدينة بغداد."
    assert _attacks(text) == [] and _attacks(text, layer="unrealised_events") != []
    assert _attacks("ونفذ انتحاري أمس هجوما انتحاريا بسيارة مفخخة في مدينة بغداد.") != []


def test_an_attack_that_only_dates_the_report_is_no_event():
    assert _attacks("وارتفعت أسعار النفط أمس في مدينة بغداد بعد تفجيرات الأسبوع الماضي.") == []


def test_the_victims_of_a_killing_are_the_targets_of_the_raid_that_killed_them():
    _, evs = events("اشتدت المعارك في مدينة تعز. وقتل 30 من مسلحي الحوثيين أمس في غارات لطائرات "
                    "التحالف العربي شمال المدينة.")
    attacks = [e for e in evs if e[0] == "ASSAULT"]
    assert [(e[1], e[2], e[3]) for e in attacks] == [("aerial", ["arab_coalition_yemen"], ["houthis"])]


def test_coordinated_attacks_of_two_kinds_are_both_read():
    doc, _ = events("وقتل 12 من مسلحي داعش أمس في اشتباكات وغارات لطائرات التحالف الدولي قرب مدينة الرقة.")
    rules = {ev["rule"] for e in doc.layer("events") for ev in e.get("evidence")}
    assert "triggers.assault_airstrike" in rules   # not swallowed by the clashes word before it


def test_unnamed_sources_report_the_act_and_a_group_noun_opens_its_subject():
    _, evs = events("وأكدت مصادر يمنية اقتحام ميليشيا الحوثي أمس مقر حزب المؤتمر الشعبي في مدينة إب.")
    assert [e[2] for e in evs if e[0] == "COERCE"] == [["houthis"]]    # storming an office is a raid
    _, evs = events("وأكدت مصادر يمنية اقتحام مسلحين مجهولين أمس مقر حزب المؤتمر الشعبي في مدينة إب.")
    assert "YEM" not in [a for e in evs for a in e[2]]     # the sources did not storm it


def test_a_hedge_word_is_not_read_inside_another_word():
    # «لاذ» is no «إذ» with a proclitic: those who fled did flee
    _, evs = events("وتقدم الجيش العراقي نحو البلدة أمس بينما لاذ مقاتلو تنظيم داعش بالفرار.")
    assert ("RETREAT", "withdraw", ["isis"]) in [e[:3] for e in evs]


def test_a_feminine_possessive_is_the_feminine_actor_and_a_place_after_fi_is_no_subject():
    # «ـها» in «ودعمها» is Egypt (feminine), not Yemen named after it behind «في»
    _, evs = events("وجدد الرئيس عبد الفتاح السيسي أمس موقف مصر الثابت من الأزمة في اليمن ودعمها "
                    "للحكومة الشرعية.", published="2015-08-06")
    support = [e for e in evs if e[0] == "SUPPORT"]
    assert support and "YEM" not in support[0][2]


def test_praise_without_a_named_object_goes_to_the_actor_just_named():
    _, evs = events("وأكد الرئيس اليمني عبد ربه منصور هادي أهمية دور مصر في المنطقة، مشيدا بالموقف "
                    "الحازم.", published="2015-08-06")
    assert ("SUPPORT", ["abdrabbuh_mansur_hadi"], ["EGY"]) in [(e[0], e[2], e[3]) for e in evs]


def test_opposite_directions_do_not_merge():
    text = ("وأشاد الرئيس اليمني عبد ربه منصور هادي بدعم مصر. من جانبه أكد الرئيس عبد الفتاح السيسي "
            "دعم بلاده لليمن.")
    _, evs = events(text, published="2015-08-06")
    support = {(tuple(e[2]), tuple(e[3])) for e in evs if e[0] == "SUPPORT"}
    assert len(support) == 2


def test_accepting_the_invitation_answers_the_inviter():
    text = ("ووجه وزير الخارجية الروسي سيرغي لافروف الدعوة لحركة حماس لزيارة موسكو. وقالت الحركة "
            "إنها قبلت الدعوة.")
    _, evs = events(text, published="2015-08-06")
    agree = [(e[2], e[3]) for e in evs if e[0] == "AGREE"]
    assert (["hamas"], ["sergey_lavrov"]) in agree


def test_an_attacker_is_named_in_the_attacks_own_clause():
    _, evs = events("واستعرض الوفد مع لافروف أوضاع المدينة، والتصعيد في الضفة واعتداءاته على المساجد أمس "
                    "في مدينة القدس.", published="2015-08-06")
    assert all("sergey_lavrov" not in e[2] for e in evs if e[0] == "ASSAULT")
    # nor taken from the sentence's subject when its own clause names nobody
    _, evs = events("وأشار بيان حركة حماس إلى أن وفد الحركة بحث مع الوزير أوضاع المدينة، والتصعيد في الضفة "
                    "واعتداءاته على المساجد في القدس أمس.", published="2015-08-06")
    assert [e for e in evs if e[0] == "ASSAULT"] == []
    _, evs = events("وقالت حركة حماس في بيان إن وفد الحركة بحث مع الوزير الظروف التي يعيشها قطاع غزة بعد "
                    "الحرب الأخيرة، والتصعيد في الضفة واعتداءاته على المساجد في القدس أمس.", published="2015-08-06")
    assert [e for e in evs if e[0] == "ASSAULT"] == []


def test_a_possessive_suffix_agrees_with_its_actor():
    # «دعمها»: the (feminine) government, not the Security Council named after it
    _, evs = events("وعقدت الحكومة العراقية اجتماعا مع مجلس الأمن أمس، وأكد الطرفان خلال اجتماعهما في "
                    "بغداد على دعمها للاجئين.", published="2015-08-06")
    assert [e[2] for e in evs if e[0] == "SUPPORT"] == [["irq_government"]]


def test_a_person_named_after_an_arrest_is_the_one_taken():
    # «اعتقل» is also the passive: the journalist was arrested, he arrested nobody
    _, evs = events("وكانت السلطات الإيرانية قد اعتقلت الصحفي الأمريكي جيسون رضايان العام الماضي. "
                    "واعتقل رضايان في منزله بطهران.", published="2015-08-09")
    assert [e for e in evs if "jason_rezaian" in e[2]] == []
    assert all(e[3] == ["jason_rezaian"] for e in evs if e[0] == "COERCE")
    # the same after a killing or an assassination
    _, evs = events("وقالت المصادر إن اغتيال رفيق الحريري وقع صباح أمس قرب فندق السان جورج.",
                    published="2005-02-15")
    assert [e for e in evs if "rafik_hariri" in e[2]] == []
    # and the person a pronoun on the act stands for («وقتلوه»: killed him)
    _, evs = events("وقال الشهود إن المسلحين اختطفوا زياد الخطيب من منزله في طرابلس أمس وقتلوه بالرصاص.",
                    published="2015-08-09")
    assert evs and [e for e in evs if e[2]] == []


def test_the_speakers_own_forces_act_for_it():
    _, evs = events("وأعلن الجيش الأمريكي أن قواته قتلت مسلحا أمس في بغداد.", published="2015-08-09")
    assert [(e[0], e[2]) for e in evs] == [("ASSAULT", ["usa_military"])]
    _, evs = events("وقال وزير الدفاع التركي إن طائراته قصفت مواقع لحزب العمال الكردستاني أمس.",
                    published="2015-08-09")
    assert [(e[0], e[2]) for e in evs] == [("ASSAULT", ["TUR"])]
    # a part counted «من عناصرها» is the side that lost them
    _, evs = events("وقالت الحركة إن 12 من عناصرها قتلوا أمس في معارك قرب مدينة الرمادي.",
                    published="2015-08-09")
    assert [e for e in evs if e[2]] == []


def test_a_news_outlet_is_never_a_side():
    # the agency that carries a statement neither supports nor condemns anything
    _, evs = events("وأكد وزير الخارجية في بيان بثته وكالة الأنباء السعودية دعم المملكة الكامل لليمن.",
                    published="2015-08-09")
    assert [e for e in evs if "spa" in e[2]] == []


def test_a_call_with_no_addressee_goes_to_the_body_just_named_not_the_outlet():
    _, evs = events("وقدمت بريطانيا إلى مجلس الأمن الدولي مشروع قرار يدعو إلى فرض حظر على الأسلحة.",
                    published="2015-08-06")
    assert ("REQUEST", ["GBR"], ["unsc"]) in [(e[0], e[2], e[3]) for e in evs]
    _, evs = events("وقال وزير الخارجية القطري لقناة الجزيرة إنه يدعو إلى وقف القتال.", published="2015-08-06")
    assert all("al_jazeera" not in e[3] for e in evs)


def test_purpose_intention_and_related_documents_are_not_attacks():
    # «لشن هجوم»: what the cell prepared for
    assert _attacks("واعتقلت الشرطة أمس خلية كانت تعد لشن هجوم انتحاري في مدينة كراتشي.") == []
    # «تريد»: an intention
    assert _attacks("وقال الوزير أمس إن بلاده تريد توجيه ضربات جوية إلى مواقع المسلحين في مدينة الرقة.") == []
    # «ولن»: a negation after «و»
    assert _attacks("وقال الوزير أمس إن إسرائيل لم تقصف المدينة ولن تشن غارات جوية على غزة.") == []
    # «المتعلقة باغتيال»: documents about an assassination, not the act
    assert _attacks("ونشرت السلطات أمس في واشنطن وثائق جديدة المتعلقة باغتيال رئيس سابق.") == []


def test_an_idiom_with_la_is_no_negation():
    text = ("وشنت الطائرات الروسية أمس غارات على عدة مدن سورية، ولا سيما قصف أحياء مدينة حلب الذي أودى "
            "بحياة 20 مدنيا.")
    assert _attacks(text, layer="unrealised_events") == []


def test_a_casualty_count_alone_marks_an_attack():
    # no time word, no place: the dead and wounded make it a reported bombing
    assert _attacks("وأعلن مصدر أمني «مقتل ثلاثة من عناصر الشرطة وإصابة اثنين في تفجير سيارة مفخخة»." ) != []
    # a bombing named with neither count, time nor place is not
    assert _attacks("وتحدث الوزير عن تفجير سيارة مفخخة.") == []


def test_possibility_suspicion_and_passive_relative_clauses_are_not_reports():
    # «إمكانية … من خلال ضربات جوية»: a possibility
    assert _attacks("وتحدث المسؤول أمس عن إمكانية حل الأزمة من خلال ضربات جوية على مواقع في مدينة حلب.") == []
    # «بوجود سيارة مفخخة»: a reported bomb is no attack
    assert _attacks("وأغلقت الشرطة أمس شارعا رئيسيا في مدينة مانشستر بسبب بلاغ بوجود سيارة مفخخة.") == []
    # «الذي تم اغتياله»: the killing describes the journalist being buried
    assert _attacks("وشيع الآلاف أمس في مدينة الموصل الصحافي الذي تم اغتياله قبل يومين.") == []
    # «وبعد هجوم …»: an attack that dates the report is recalled background
    doc, _ = events("وانتشر الجنود أمس في مدينة الرمادي وبعد هجوم كبير على مركز للشرطة أسفر عن مقتل ثلاثة.")
    assert [e.get("historical") for e in doc.layer("events") if e.label == "ASSAULT"] == [True]


def test_unnamed_sources_of_a_country_are_a_source_of_their_own():
    doc, evs = events("وقالت مصادر رسمية روسية إن وزير الخارجية السعودي سيزور موسكو الأسبوع المقبل.",
                      published="2015-08-06", layer="events")
    sources = {s for e in evs for s in (e[5] or [])}
    assert sources and all(doc.actors[s].get("country") == "RUS" for s in sources)
    assert "RUS" not in sources     # the sources, not Russia itself, said it


def test_sources_that_report_a_nominal_act_are_cited():
    doc, evs = events("وأوضحت مصادر يمنية اقتحام ميليشيا الحوثي أمس مقر حزب المؤتمر الشعبي في مدينة إب.")
    [attack] = [e for e in evs if e[0] == "COERCE"]
    assert [doc.actors[s]["name_ar"] for s in attack[5]] == ["مصادر يمنية"]


def test_a_spokespersons_body_is_a_source_too():
    _, evs = events("وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا أمس إن موسكو ترفض العقوبات الأمريكية.",
                    published="2016-05-02")
    sources = [e[5] for e in evs if e[0] == "REJECT"]
    assert sources == [["maria_zakharova", "russia_foreign_ministry"]]


def _protests(text, published=PUBLISHED):
    _, evs = events(text, published=published)
    return [e for e in evs if e[0] == "PROTEST"]


def test_a_protest_noun_needs_a_verb_of_its_happening():
    # a law about demonstrations: no report
    assert _protests("وصدر أمس في القاهرة قانون جديد يحدد مواعيد مظاهرات الطلاب.") == []
    # «خرجت مظاهرات»: one happened
    assert _protests("وخرجت مظاهرات أمس في القاهرة تطالب بخفض الأسعار.") != []


def test_a_crowd_seen_acting_marks_a_protest():
    # no time word, a place unknown to the KB: the crowd demonstrating is the mark
    assert _protests("وتظاهر مئات الطلاب في شوارع بلدة نائية رافعين لافتات.") != []


def test_a_threatened_attack_across_an_apposition_is_the_threats_topic():
    _, evs = events("وهدد وزير الدفاع الإسرائيلي، أفيغدور ليبرمن، أمس بقصف مدينة غزة.")
    assert [e[0] for e in evs] == ["THREATEN"]


def test_lam_after_the_target_names_the_target_not_the_attacker():
    _, evs = events("وشنت طائرات التحالف الدولي لمحاربة تنظيم داعش أمس ست ضربات جوية على مخازن للتنظيم قرب الرقة.")
    assert ("ASSAULT", ["global_coalition_isis"], ["isis"]) in [(e[0], e[2], e[3]) for e in evs]


def test_unnamed_shellings_of_one_article_are_one_event():
    text = ("وتعرضت أحياء مدينة عدن أمس لقصف بصواريخ الكاتيوشا. وقال السكان إن القصف بصواريخ "
            "الكاتيوشا استمر حتى المساء في مدينة عدن.")
    assert len(_attacks(text)) == 1
    # «تعرضت … أمس لقصف»: suffered, even with a word between, not aimed at
    assert _attacks(text, layer="unrealised_events") == []


def test_a_town_near_a_capital_is_no_subject():
    _, evs = events("وكانت عائلات نازحة في بلدة قريبة قرب دمشق تظاهرت أمس مطالبة بحماية ذويها.",
                    published="2015-08-06")
    assert all("damascus" not in e[2] for e in evs)


def test_an_adverb_may_stand_inside_a_trigger_phrase():
    _, evs = events("وتوصلت روسيا وتركيا مبدئيا إلى اتفاق بشأن أسعار الغاز.")
    assert "AGREE" in [e[0] for e in evs]


def test_a_cooperative_act_is_not_addressed_to_the_actors_own_state():
    _, evs = events("وجدد الرئيس الروسي فلاديمير بوتين أمس موقف روسيا الداعم للحل السياسي ودعمها للمفاوضات.",
                    published="2016-07-22")
    assert [e[3] for e in evs if e[0] == "SUPPORT"] == [[]]     # not Russia itself


def test_a_dual_counts_the_dead_and_the_bomb_says_how():
    # «جنديين … قتلا بانفجار عبوة ناسفة»: two killed by a roadside bomb, no time word or place
    doc, _ = events("وقال ضابط في الشرطة إن جنديين قتلا بانفجار عبوة ناسفة استهدفت دوريتهما.")
    rules = {ev["rule"] for e in doc.layer("events") if e.label == "ASSAULT" for ev in e.get("evidence")}
    assert "triggers.assault_ied" in rules


def test_unnamed_gunmen_take_part_in_an_attack():
    assert _attacks("وقالت الشرطة إن مسلحين مجهولين اغتالوا قاضيا في مدينة الموصل.") != []


def test_a_toll_in_thousands_is_a_statistic_and_a_charge_is_no_attack():
    assert _attacks("وقتل أكثر من 12 ألف مدني في المحافظة خلال عام 2014 بحسب تقرير أممي.") == []
    assert _attacks("وقتل 12 مدنيا أمس في المحافظة بحسب مصادر طبية.") != []
    assert _attacks("وجددت المحكمة أمس في القاهرة حبس الشاب المتهم بقتل ثلاثة أشخاص.") == []


def test_deaths_in_an_accident_are_no_attack():
    assert _attacks("وقتل ثلاثة جنود أمس في حادث سير على الطريق الدولي قرب مدينة حمص.") == []
    assert _attacks("وقتل ثلاثة جنود أمس في كمين على الطريق الدولي قرب مدينة حمص.") != []


def test_a_count_or_trend_of_attacks_and_training_for_one_are_not_attacks():
    assert _attacks("وأعلنت الشرطة أمس في مدينة كراتشي تراجع عدد الهجمات الانتحارية بنسبة كبيرة.") == []
    assert _attacks("وقالت الشرطة أمس إن عناصر من تنظيم القاعدة في مدينة كراتشي تدربوا على تنفيذ هجمات.") == []


def test_readiness_to_work_with_someone_is_addressed_to_them():
    _, evs = events("وقال وزير الخارجية التركي هاكان فيدان إن بلاده مستعدة للعمل مع الرياض.",
                    published="2026-03-03")
    assert [(e[2], e[3]) for e in evs if e[0] == "AGREE"] == [(["hakan_fidan"], ["riyadh"])]


def test_two_groups_each_with_its_own_head_noun_act_together():
    for text in ("وقال مسؤولون إن حركة حماس وحركة فتح توصلا إلى اتفاق بشأن المعابر.",
                 "وتوصلت حركة حماس وحركة فتح إلى اتفاق بشأن المعابر."):
        _, evs = events(text, published="2015-08-06")
        assert [set(e[2]) for e in evs if e[0] == "AGREE"] == [{"hamas", "fatah"}], text


def test_undated_acts_after_the_lead_happened_on_the_leads_day():
    text = ("التقى وزير الخارجية الروسي سيرغي لافروف أمس نظيره القطري في الدوحة. وأعلنت قطر "
            "دعمها للحل السياسي في سوريا.")
    _, evs = events(text, published="2015-08-04")
    assert {e[4] for e in evs} == {"2015-08-03"}
    # a lead more than a week old is no reference for the rest
    _, evs = events("وكان لافروف التقى نظيره القطري في الدوحة يوم 20 يوليو. وأعلنت قطر دعمها للحل "
                    "السياسي في سوريا.", published="2015-08-04")
    assert "2015-08-04" in {e[4] for e in evs}


def test_a_plane_laden_with_relief_is_aid():
    _, evs = events("ووجه الرئيس عبد الفتاح السيسي بإرسال طائرة محملة بمستلزمات طبية إلى اليمن.",
                    published="2015-08-06")
    assert ("AID", ["abdel_fattah_al_sisi"], ["YEM"]) in [(e[0], e[2], e[3]) for e in evs]


def test_what_must_be_done_is_not_done():
    text = "وقال الوزير أمس إنه يجب فرض عقوبات على الشركات الإيرانية."
    _, evs = events(text)
    _, unrealised = events(text, layer="unrealised_events")
    assert "SANCTION" not in [e[0] for e in evs] and "SANCTION" in [e[0] for e in unrealised]


def test_the_speaker_is_not_whom_his_country_supports():
    _, evs = events("وقال الملك عبدالله إن الأردن يدعم الحل السياسي.", published="2015-08-06")
    assert all("abdullah_ii_of_jordan" not in e[3] for e in evs)


def test_a_call_in_a_relative_clause_and_the_custodians_title():
    _, evs = events("وناقش خادم الحرمين الشريفين في اتصال أجراه مساء أمس بالرئيس المصري أوضاع المنطقة.",
                    published="2015-08-01")
    assert [(e[0], e[1], set(e[2])) for e in evs] == \
        [("CONSULT", "phone", {"salman_bin_abdulaziz", "abdel_fattah_al_sisi"})]


def test_a_call_and_what_it_calls_for_are_one_request():
    _, evs = events("ودعا الرئيس اليمني عبد ربه منصور هادي أمس الميليشيات الحوثية وقوات صالح إلى الالتزام "
                    "بالهدنة.", published="2015-07-12")
    assert [e[3] for e in evs if e[0] == "REQUEST"] == [["houthis", "saleh_forces"]]


def test_admitting_that_is_saying_not_recognising():
    _, evs = events("واعترف الوزير الأمريكي جون كيري في مقابلة تلفزيونية بأن إيران تدعم جماعات مسلحة.",
                    published="2015-08-03")
    assert "SUPPORT" not in [e[0] for e in evs if e[2] == ["john_kerry"]]
    _, evs = events("واعترفت السويد أمس بدولة فلسطين.", published="2015-08-03")
    assert ("SUPPORT", ["SWE"], ["PSE"]) in [(e[0], e[2], e[3]) for e in evs]


def test_a_quotation_mark_ends_the_clause_where_a_recipient_is_looked_for():
    text = ('والتقى وزير الخارجية الأمريكي جون كيري نظيره المصري سامح شكري أمس في القاهرة، وقال كيري '
            'في ختام جلسات الحوار بين البلدين "جلسنا مع إيران لتوقيع الاتفاق".')
    _, evs = events(text, published="2015-08-03")
    assert all("IRN" not in e[2] + e[3] for e in evs if e[0] == "CONSULT")


def test_here_is_not_congratulated_and_the_cited_source_does_not_act():
    # «وهنا» (and here) folds to the spelling of «هنأ» (congratulated)
    _, evs = events("شن تنظيم داعش أمس هجوما على مدينة كوباني أسفر عن مقتل 20 شخصا. وهنا بمنطقة الخليج "
                    "العربي، شهدت الكويت جريمة إرهابية.")
    assert "SUPPORT" not in [e[0] for e in evs]
    _, evs = events("وهنأ الرئيس المصري عبد الفتاح السيسي نظيره التونسي بفوزه في الانتخابات.")
    assert "SUPPORT" in [e[0] for e in evs]
    # «وفقا للمرصد …»: the observatory is cited, it attacked no one
    _, evs = events("ووفقا للمرصد السوري لحقوق الإنسان، ارتكب تنظيم داعش مجزرة في بلدة حدودية، خلال هجوم "
                    "شنه على البلدة أسفر عن مقتل 30 مدنيا.")
    assert all("sohr" not in e[2] for e in evs)


def test_after_a_plural_verb_comes_its_object_not_its_subject():
    _, evs = events("وفي البرلمان، قال عدد من النواب إنهم يتهمون الرئيس التركي بتعطيل الحوار.", published="2015-07-29")
    assert all("recep_tayyip_erdogan" not in e[2] for e in evs)


def test_a_verb_with_a_group_as_subject_does_not_continue_the_last_subject():
    text = ("وهدد الرئيس الأمريكي باراك أوباما أمس باستخدام حق النقض. وطلب النواب في مجلس الشيوخ من "
            "رئيس الوكالة الدولية للطاقة الذرية تقديم تفاصيل الاتفاق.")
    _, evs = events(text, published="2015-08-05")
    assert all("barack_obama" not in e[2] for e in evs if e[0] == "REQUEST")
    text = ("وأكد وزير الخارجية الأمريكي جون كيري دعم بلاده للحل السياسي. وهنأ مجلس الوزراء جمهورية "
            "مصر العربية على افتتاح القناة.")
    _, evs = events(text, published="2015-08-06")
    assert [e[2] for e in evs if e[0] == "SUPPORT" and e[3]] == []     # not Kerry congratulating Egypt


def test_the_town_a_meeting_was_held_in_is_not_a_side():
    _, evs = events("وكان وزير الخارجية السعودي عادل الجبير قد اجتمع مساء الأحد في مقر الوزارة بجدة مع "
                    "نظيره المصري سامح شكري.", published="2015-07-25")
    sides = [set(e[2]) for e in evs if e[0] == "CONSULT"]
    assert sides and all("jeddah" not in s for s in sides)


def test_asking_not_to_be_named_is_no_request():
    _, evs = events("وقال مسؤول أميركي كبير طلب عدم الكشف عن هويته إن واشنطن ستواصل الضغط على طهران.",
                    published="2015-08-05")
    assert "REQUEST" not in [e[0] for e in evs]


def test_his_meeting_with_someone_in_a_capital_has_him_and_them_as_sides():
    _, evs = events("وأكد نائب الرئيس اليمني خالد بحاح خلال لقائه الأمين العام لمجلس التعاون الخليجي "
                    "عبداللطيف الزياني في الرياض أمس أهمية الدعم.", published="2015-08-11")
    assert [set(e[2]) for e in evs if e[0] == "CONSULT"] == [{"khaled_bahah", "abdullatif_al_zayani"}]
    # «في مقر إقامته بالرياض»: the capital they met in is no side
    _, evs = events("أشاد نائب الرئيس اليمني خالد بحاح أمس بمواقف دول الخليج. وقال بحاح في حديث صحفي خلال "
                    "لقائه الأمين العام لمجلس التعاون عبداللطيف الزياني في مقر إقامته بالرياض إن العلاقات "
                    "تتعزز.", published="2015-08-11")
    assert [set(e[2]) for e in evs if e[0] == "CONSULT"] == [{"khaled_bahah", "abdullatif_al_zayani"}]


def test_a_meeting_whose_possessor_is_only_the_last_subject():
    # «لقاءها» with nobody named in its sentence: the possessor is the last subject (an id)
    text = ("وأعلنت السعودية دعمها للحكومة اليمنية. وتراجعت أسعار الخام في الأسواق بينما ستعقد الدول "
            "المنتجة لقاءها المقبل في ديسمبر.")
    events(text, published="2015-08-06")      # must not fail


def test_chants_of_protesters_already_reported_are_no_new_protest():
    # «المتظاهرون» are those the article has reported on; a crowd the sentence brings in protests
    assert _protests("وهتف المتظاهرون أمس في ساحة التحرير بالقاهرة بشعارات تطالب برحيل الحكومة.") == []
    assert _protests("ورفع المحتجون أمس أمام مقر البلدية في صفاقس لافتات كتب عليها «لا للغلاء».") == []
    assert _protests("وهتف نحو ألف متظاهر أمس ضد الحكومة في ساحة التحرير بالقاهرة.") != []
    assert _protests("ورفع محتجون غاضبون أمس لافتات أمام مقر البلدية في صفاقس.") != []


def test_the_time_and_place_of_an_attack_are_found_near_it():
    # a place and a day far along a long sentence belong to another act, not to «اغتيال» here
    far = ("وقال النائب إن اغتيال الوزير السابق جعل البلاد تعيش أزمة طويلة لم تنته بعد، وإن الحكومة "
           "التي تشكلت بعد أشهر من المفاوضات الطويلة والمعقدة بين الكتل البرلمانية عقدت أمس جلستها "
           "الأولى في بيروت.")
    near = "وقال النائب إن اغتيال الوزير السابق أمس في بيروت جعل البلاد تعيش أزمة طويلة."
    assert _attacks(far) == []
    assert _attacks(near) != []


def test_a_counted_crowd_throwing_stones_protests():
    assert _protests("ورشق مئات المتظاهرين أمس قوات الأمن بالحجارة في وسط مدينة الخرطوم.") != []
    assert _protests("ورشق مجهولون أمس قوات الأمن بالحجارة في وسط مدينة الخرطوم.") == []


def test_a_possible_or_feared_attack_did_not_happen():
    assert _attacks("وتحدثت الصحف أمس في تل أبيب عن ضربة جوية إسرائيلية محتملة لمنشآت نووية.") == []
    assert _attacks("وعززت الشرطة أمس انتشارها في باريس وسط مخاوف من وقوع هجمات انتحارية.") == []
    assert _attacks("ونفذت الطائرات أمس ضربة جوية على مواقع للمسلحين قرب الموصل.") != []
    assert _attacks("وتدرس الحكومة التركية منذ أمس شن ضربات جوية على مواقع المسلحين قرب الموصل.") == []


def test_a_victim_alone_names_a_known_attack_a_named_attacker_reports_one():
    # «اغتيال» + its victim and a country is how a known killing is referred to
    assert _attacks("وقال النائب إن اغتيال الوزير بيار الجميل في بيروت غير وجه البلاد.") == []
    assert _attacks("وقال النائب إن مسلحين اغتالوا رئيس البلدية في جنوب لبنان.") != []
    assert _attacks("ونفذت حركة طالبان هجوما انتحاريا على قاعدة عسكرية في أفغانستان.") != []


def test_a_car_bomb_found_is_no_attack_one_that_kills_is():
    assert _attacks("وعثرت قوات الأمن أمس على سيارة مفخخة في حي الكرادة ببغداد.") == []
    assert _attacks("وقتل خمسة مدنيين أمس بسيارة مفخخة في حي الكرادة ببغداد.") != []
    assert _attacks("وانفجرت سيارة مفخخة أمس في حي الكرادة ببغداد.") != []


def test_what_something_amounts_to_and_suspects_of_an_attack_are_topics():
    _, evs = events("وقال المحلل إن تنظيم داعش يشكل تهديدا للأمن الإقليمي.", published="2015-08-09")
    assert evs == []
    _, evs = events("وهدد تنظيم داعش أمس باستهداف السفارات الغربية في بغداد.", published="2015-08-09")
    assert [e[0] for e in evs] == ["THREATEN"]
    assert _attacks("وجمدت واشنطن أمس في نيويورك أموال المشتبه في اغتيالهم رئيس الوزراء.") == []


def test_an_attack_warned_of_or_described_in_a_relative_clause_is_not_reported():
    assert _attacks("وحذر رئيس الوزراء أمس في القدس الفصائل من الاستمرار في إطلاق الصواريخ على البلدات.") == []
    assert _attacks("وأطلق مسلحون أمس صواريخ على بلدة سديروت قرب غزة.") != []
    assert _attacks("وحذر رئيس الوزراء أمس من أن إطلاق الصواريخ على سديروت أوقع عشرة جرحى.") != []
    assert _attacks("وشيع الآلاف القيادي في الحركة والذي اغتالته إسرائيل أمس في غزة.") == []
    assert _attacks("وشيع الآلاف القيادي في الحركة بعدما اغتالته إسرائيل أمس في غزة.") != []


def test_a_word_after_the_trigger_can_give_it_another_sense():
    _, evs = events("وواصلت القوات الإسرائيلية أمس في الخليل اغتصاب الأرض من أصحابها.")
    assert "ASSAULT" not in [e[0] for e in evs]
    _, evs = events("ونجح الرئيس الفنزويلي أمس في كراكاس في خطف الأضواء من ضيفه الأميركي.")
    assert "ASSAULT" not in [e[0] for e in evs]
    _, evs = events("ويسعى الرئيس باراك أوباما لحشد الأصوات في الكونغرس.")
    assert "MOBILIZE" not in [e[0] for e in evs]
    _, evs = events("وخطف مسلحون أمس في كراكاس رجل أعمال أميركيا.")
    assert "ASSAULT" in [e[0] for e in evs]
    # «وفرت» written without its shadda: provided, not fled
    _, evs = events("وقال الوزير إن الحكومة اللبنانية وفرت لهم مساكن مؤقتة في البقاع.")
    assert "RETREAT" not in [e[0] for e in evs]
    _, evs = events("وقال الوزير إن الحكومة اللبنانية وفرت الحماية للاجئين في البقاع.")
    assert "RETREAT" not in [e[0] for e in evs]
    _, evs = events("وقالت المصادر إن ميليشيات الحوثي فرت من مدينة عدن أمس.")
    assert "RETREAT" in [e[0] for e in evs]
    # written with its shadda, «وعدّ» is considered and «هرّب» smuggled
    _, evs = events("وعدّ وزير الخارجية السعودي عادل الجبير القرار خطوة في الاتجاه الصحيح.")
    assert "AGREE" not in [e[0] for e in evs]
    _, evs = events("وقال المصدر إن عبد الملك الحوثي هرّب عائلته إلى صعدة قبل أيام.")
    assert "RETREAT" not in [e[0] for e in evs]
    _, evs = events("ووعد وزير الخارجية السعودي عادل الجبير نظيره اليمني بمواصلة الدعم.", published="2015-08-09")
    assert "AGREE" in [e[0] for e in evs]


def test_protesters_are_not_the_subject_of_the_clause_before():
    # the crowd that protests is not the army the clause before was about
    _, evs = events("وفيما واصلت القوات العراقية أمس تقدمها نحو مدينة الرمادي، تظاهر أمس المئات في "
                    "محافظة البصرة مطالبين بتحسين الخدمات.", published="2015-08-01")
    assert [(e[0], e[2]) for e in evs if e[0] == "PROTEST"] == [("PROTEST", [])]


def test_a_count_inside_a_phrase_a_device_going_off_and_a_lone_attacker():
    assert _attacks("وكانت الفصائل قد أطلقت عشرات الصواريخ مساء أمس على مستوطنات شمال القطاع.") != []
    assert _attacks("وقالت الشرطة إن سيارة مفخخة متوقفة أمام مبنى البلدية انفجرت أمس في كركوك.") != []
    assert _attacks("وقالت الشرطة إن مهاجما فجر نفسه أمس خارج مكتب شركة أمنية.") != []


def test_a_counted_subject_after_the_verb_is_its_own():
    _, evs = events("وقالت روسيا إنها ستستخدم حق النقض. وأيدت 11 دولة من أصل 15 في المجلس مشروع القرار.",
                    published="2015-07-30")
    assert all("RUS" not in e[2] for e in evs if e[0] == "SUPPORT")


def test_a_province_is_no_boycott():
    assert _protests("وقال المحتجون أمس إن السلطات في مقاطعة كيبيك اعتقلت عشرات المتظاهرين.") == []
    assert _protests("وأعلن آلاف المواطنين أمس في القاهرة مقاطعة الانتخابات.") != []


def test_involvement_in_an_abduction_is_no_report_of_one():
    assert _attacks("وقالت صحيفة محلية إن القائد كان مسؤولا عن عمليات الجماعة في لبنان ومتورطا في خطف "
                    "الصحافي جون سميث.") == []


def test_what_someone_called_an_act_is_no_negation():
    assert _attacks("وشنت القوات الحكومية أمس ما وصفته بهجوم واسع على مواقع المسلحين في صعدة.") != []


def test_attacks_counted_by_the_dozen_are_a_statistic():
    assert _attacks("وشهدت الولاية نحو 120 هجوما انتحاريا خلال العام بحسب تقرير للجيش.") == []
    assert _attacks("ووقعت أكثر من مائة هجوم مسلح على القوافل منذ مطلع العام في الولاية.") == []
    # one day's attacks are an incident, however many
    assert _attacks("ونفذ المسلحون أمس 40 هجوما على مواقع الجيش في الولاية.") != []


def test_a_bomber_with_the_dead_and_a_device_that_went_off_are_attacks():
    assert _attacks("وقال مسؤول إن انتحاريا يقود دراجة نارية قرب السوق أسفر عن مقتل تسعة أشخاص.") != []
    assert _attacks("وقال مسؤول إن قراره كان انتحاريا بكل المقاييس.") == []
    # a place but no time: the device going off is the other mark of an incident
    assert _attacks("وأوضح المصدر أن «عبوة ناسفة مزروعة قرب الطريق انفجرت لدى مرور الدورية في كركوك».") != []
    assert _attacks("وأوضح المصدر أن «عبوة ناسفة مزروعة قرب الطريق» عثر عليها لدى مرور الدورية في كركوك.") == []


def test_a_date_opening_a_chronology_line_dates_its_act():
    # the date stands more than `anchor_window` words before the act, the place beside it
    text = ("{}قام شاب في الثلاثين من عمره يعمل سائقا لدى شركة نقل خاصة ويقيم مع أسرته في "
            "حي قريب من المطار بتفجير نفسه قرب مركز للشرطة في كركوك.")
    assert _attacks(text.format("وفي أغسطس 2009 ")) != []
    assert _attacks(text.format("* 3 مارس 2009: ")) != []
    assert _attacks(text.format("")) == []


def test_a_link_to_an_act_a_charge_in_a_participle_and_the_date_of_an_act_are_topics():
    assert _attacks("واعتقلت الشرطة أمس في كراتشي مسلحين من طالبان على علاقة بخطف مهندس صيني.") == []
    assert _attacks("وقالت الشرطة إن مسلحين من طالبان خطفوا أمس مهندسا صينيا في كراتشي.") != []
    assert _attacks("وأصدرت المحكمة أمس في كراتشي حكما على مسلح من طالبان متهما بقتل شرطيين.") == []
    assert _attacks("ويصادف اليوم تاريخ اغتيال رئيس الوزراء في بيروت.") == []


def test_members_of_a_group_act_as_the_group():
    _, evs = events("وقالت الشرطة إن عنصرين من طالبان خطفوا أمس مهندسا صينيا في كراتشي.", published="2015-08-09")
    assert [e[2] for e in evs if e[0] == "ASSAULT"] == [["taliban"]]
    # a place after «في» is still no subject
    _, evs = events("وقالت الشرطة إن مسلحين في كراتشي خطفوا أمس مهندسا صينيا.", published="2015-08-09")
    assert [e[2] for e in evs if e[0] == "ASSAULT"] == [[]]


def test_a_demonstrative_points_back_and_a_verb_opening_with_al_is_no_article():
    _, evs = events("وجاءت هذه الزيارة عقب انطلاق حملة الجيش العراقي على مواقع تنظيم داعش في ديالى.",
                    published="2015-07-20")
    assert evs == []
    _, evs = events("وجاءت زيارة وزير الدفاع الأمريكي عقب انطلاق الحملة العسكرية في ديالى.",
                    published="2015-07-20")
    assert [e[0] for e in evs] == ["CONSULT"]
    # «التقى» is a verb whose own letters open with «ال»: it continues the last subject
    doc, _ = events("وصل وزير الخارجية الروسي سيرغي لافروف إلى الرياض أمس. والتقى في قصر اليمامة "
                    "عددا من المسؤولين.", published="2015-07-20")
    evidence = [ev["trigger"]["text"] for e in doc.layer("events") if "sergey_lavrov" in e.get("actor")
                for ev in e.get("evidence")]
    assert "والتقى" in evidence


def test_an_act_refused_is_not_done():
    doc, evs = events("ورفض الرئيس السوداني عمر البشير الاعتراف بالمحكمة الجنائية الدولية.",
                      published="2015-07-20")
    assert [e[0] for e in evs] == ["REJECT"]
    assert [e.label for e in doc.layer("unrealised_events")] == ["SUPPORT"]
    _, evs = events("واعترف الرئيس السوداني عمر البشير بالمحكمة الجنائية الدولية.", published="2015-07-20")
    assert [e[0] for e in evs] == ["SUPPORT"]


def test_what_an_attack_hit_belongs_to_its_target():
    _, evs = events("وقال مسؤول إن طائرات حربية قصفت أمس مواقع تابعة لتنظيم داعش في ريف حلب.",
                    published="2015-07-20")
    assert [(e[2], e[3]) for e in evs if e[0] == "ASSAULT"] == [([], ["isis"])]


def test_a_blessing_a_conclusion_reached_and_lula_are_no_events():
    _, evs = events("وأكد خادم الحرمين الشريفين الملك سلمان -أيده الله- أن المملكة ماضية في مسيرتها.",
                    published="2015-07-20")
    assert [e[0] for e in evs if e[0] == "SUPPORT"] == []
    # a title the name's reference leaves out, and a noun that never continues a name
    _, evs = events("وأيد الملك سلمان قرار مجلس الأمن الدولي.", published="2015-07-20")
    assert [(e[0], e[2], e[3]) for e in evs] == [("SUPPORT", ["salman_bin_abdulaziz"], ["unsc"])]
    _, evs = events("ورحب الوزير الأمريكي جون كيري أمس بقرار مجلس الأمن الدولي.", published="2015-07-20")
    assert [(e[0], e[2]) for e in evs] == [("SUPPORT", ["john_kerry"])]
    _, evs = events("ويرى المحللون أن طهران وصلت إلى قناعة بأن العزلة لا تخدمها.", published="2015-07-20")
    assert evs == []
    doc, _ = events("فلولا الله ثم صبر الرجال لما تحقق النصر.", published="2015-07-20")
    assert [e.label for e in doc.layer("entities")] == []


def test_an_act_charged_is_alleged_not_reported():
    doc, evs = events("واتهمت الحكومة العراقية أمس تركيا بدعم تنظيم داعش في الموصل.", published="2015-07-20")
    assert [e[0] for e in evs] == ["ACCUSE"]
    assert [e.label for e in doc.layer("unrealised_events")] == ["SUPPORT"]
    _, evs = events("وأعلنت تركيا أمس دعمها للحكومة العراقية في الموصل.", published="2015-07-20")
    assert [e[0] for e in evs] == ["SUPPORT"]


def test_an_act_prevented_and_a_failing_admitted_are_no_events():
    _, evs = events("وقررت الإدارة الأميركية منع رفع العقوبات عن إيران.", published="2015-07-20")
    assert [e[0] for e in evs if e[0] == "CONCEDE"] == []
    _, evs = events("وقررت الإدارة الأميركية رفع العقوبات عن إيران.", published="2015-07-20")
    assert [e[0] for e in evs if e[0] == "CONCEDE"] == ["CONCEDE"]
    _, evs = events("وكان أول رد فعل للحكومة اليونانية اعترافها بالعجز عن سداد الديون.", published="2015-07-20")
    assert evs == []


def test_who_carried_out_an_attack_and_who_was_killed_in_it():
    # «غارة شنتها طائرة أميركية»: the subject of «شنتها» is the attacker; the name after
    # «قتل» with «في غارة» after it is the one killed
    _, evs = events("وفي منتصف يونيو قتل زعيم تنظيم القاعدة أيمن الظواهري في غارة شنتها طائرة "
                    "أميركية في اليمن.", published="2015-07-20")
    assert [(e[2], e[3]) for e in evs if e[0] == "ASSAULT"] == [(["USA"], ["ayman_al_zawahiri"])]
    _, evs = events("وقتل 17 مدنيا أمس في قصف نفذه تنظيم داعش على أحياء في مدينة حلب.", published="2015-07-20")
    assert [e[2] for e in evs if e[0] == "ASSAULT"] == [["isis"]]


def test_troops_arriving_and_a_tournament_hosted_are_no_visits():
    _, evs = events("ووصلت القوات العراقية أمس إلى أطراف مدينة الرمادي.", published="2015-07-20")
    assert [e[0] for e in evs if e[0] == "CONSULT"] == []
    _, evs = events("ووصل وزير الدفاع العراقي أمس إلى مدينة الرمادي.", published="2015-07-20")
    assert [e[0] for e in evs if e[0] == "CONSULT"] == ["CONSULT"]
    _, evs = events("وتمضي روسيا بقوة نحو استضافة كأس العالم.", published="2015-07-20")
    assert evs == []


def test_who_made_a_visit_named_after_it_and_not_the_objects_doer():
    _, evs = events("وقالت حركة طالبان في بيان إن الزيارة التي يقوم بها وزير الدفاع الأمريكي آشتون كارتر "
                    "لكابول لن تغير شيئا.", published="2015-07-20")
    assert [(e[0], e[2]) for e in evs] == [("CONSULT", ["ash_carter"])]
    _, evs = events("وستستخدم الولايات المتحدة قواعدها لدعم العمليات التي يقوم بها تنظيم داعش.",
                    published="2015-07-20")
    assert ["isis"] not in [e[2] for e in evs]


def test_an_act_after_ila_is_a_call_only_after_a_call_word():
    _, evs = events("وعزا المحلل استمرار الأزمة إلى دعم طهران لنظام الأسد.", published="2015-07-20")
    assert [e[0] for e in evs if e[0] == "REQUEST"] == []
    _, evs = events("ودعا الأمين العام للأمم المتحدة، أمس، طرفي القتال في اليمن إلى احترام الهدنة.",
                    published="2015-07-20")
    assert [e[0] for e in evs] == ["REQUEST"]


def test_an_attack_prevented_did_not_happen():
    assert _attacks("وتعمل السلطة منذ أمس في رام الله على منع إسرائيل من قتل المدنيين في غزة.") == []
    assert _attacks("وقالت مصادر إن إسرائيل قتلت أمس ثلاثة مدنيين في غزة.") != []


def test_a_cited_documents_date_and_an_issued_statement():
    _, evs = events("وقرر مجلس الوزراء السعودي، بعد مراجعة توصية لجنة الشورى رقم 12/5 وتاريخ 3/2/1436هـ، "
                    "الموافقة على نظام الجمعيات الأهلية.", published="2015-08-04")
    assert [(e[0], e[4]) for e in evs] == [("AGREE", "2015-08-04")]
    _, evs = events("وقالت وزارة الداخلية التركية في بيان صادر عنها إن الحملة مستمرة.",
                    published="2015-08-04")
    assert [e[0] for e in evs if e[0] == "COERCE"] == []


def test_what_a_plan_or_agreement_contains_is_not_done():
    _, evs = events("وعرض الوسيط الأممي مبادرة تتضمن انسحاب الحوثيين من الأحياء الشرقية للمدينة.",
                    published="2015-08-04")
    assert [e[0] for e in evs if e[0] == "RETREAT"] == []
    _, evs = events("وانسحب الحوثيون أمس من مدينة عدن.", published="2015-08-04")
    assert [e[0] for e in evs if e[0] == "RETREAT"] == ["RETREAT"]


def test_a_killing_named_by_its_victim_alone_is_a_known_one():
    # no attacker, no toll, no «أمس»: the seats fell vacant by a known assassination
    assert _attacks("وتجرى في بيروت غدا انتخابات فرعية لملء مقعد شاغر باغتيال النائب وليد عيدو.") == []
    assert _attacks("واغتال مسلحون مجهولون النائب وليد عيدو في بيروت بتفجير سيارة مفخخة.") != []


def test_idh_as_is_no_if():
    # «إذ» (as, since) reports; «إذا» (if) does not
    assert _attacks("وانهارت التهدئة مساء أمس، إذ أطلق مسلحون قذائف على منازل في بلدة الضالع.") != []
    assert _attacks("وقال القائد إنه إذا أطلق المتمردون صواريخ على أحياء مدينة تعز أمس فسيرد الجيش.") == []


def test_an_act_after_qama_bi_is_no_anaphora():
    doc, _ = events("وقام متظاهرون أمس في القاهرة بالاحتجاج على رفع أسعار الوقود.", published="2015-08-01")
    assert [e.label for e in doc.layer("events")] == ["PROTEST"]


def test_in_protest_is_a_protest_only_after_a_protest_act():
    doc, _ = events("وأعلن أهالي القرية أمس في الخليل الحداد ثلاثة أيام احتجاجا على وفاة شابين في السجن.",
                    published="2015-08-01")
    assert [e.label for e in doc.layer("events") if e.label == "PROTEST"] == []
    doc, _ = events("وخرج أمس مئات من سكان حي الشاطئ في مظاهرة احتجاجا على قطع المياه.", published="2015-08-01")
    assert [e.label for e in doc.layer("events")] == ["PROTEST"]


def test_kana_subject_qad_is_recalled_background():
    doc, _ = events("وكان الرئيس الروسي فلاديمير بوتين قد زار دمشق.", published="2015-08-01")
    assert [(e.label, e.get("historical"), e.get("date")) for e in doc.layer("events")] == [("CONSULT", True, None)]
    doc, _ = events("وزار الرئيس الروسي فلاديمير بوتين دمشق.", published="2015-08-01")
    assert [(e.label, e.get("historical")) for e in doc.layer("events")] == [("CONSULT", False)]


def test_a_plural_charge_is_by_its_genitive_and_criticism_suffered_is_not_made():
    _, evs = events("ووصف المتحدث العسكري أحمد عسيري أمس اتهامات منظمة العفو الدولية للتحالف بأنها باطلة.",
                    published="2015-08-01")
    assert [e[2] for e in evs if e[0] == "ACCUSE"] == [["amnesty_international"]]
    _, evs = events("وكانت الحكومة التركية تعرضت منذ الهجوم لانتقادات شديدة.", published="2015-08-01")
    assert ["tur_government"] not in [e[2] for e in evs if e[0] == "ACCUSE"]


def test_a_meetings_topic_country_is_no_side_but_a_nationality_is():
    _, evs = events("وبحث جون كيري أمس الأوضاع المتدهورة في اليمن.", published="2015-08-01")
    assert all("YEM" not in e[2] + e[3] for e in evs)
    _, evs = events("والتقى جون كيري أمس وزير الاقتصاد الألماني في واشنطن.",
                    published="2015-08-01")
    assert [sorted(e[2]) for e in evs if e[0] == "CONSULT"] == [["DEU", "john_kerry"]]


def test_a_relational_adjective_after_an_act_names_who_did_it():
    _, evs = events("وقالت المفوضية إنها تأسف لعدم تبني القرار بسبب الفيتو الروسي.", published="2015-08-01")
    assert [(e[0], e[2]) for e in evs] == [("REJECT", ["RUS"])]
    _, evs = events("وعقدت القمة السعودية الأمريكية أمس في واشنطن.", published="2015-08-01")
    assert [sorted(e[2]) for e in evs if e[0] == "CONSULT"] == [["SAU", "USA"]]
    _, evs = events("واحتج الأكراد أمس على الغارات الجوية التركية على مواقع الحزب في شمال العراق.",
                    published="2015-08-01")
    assert [e[2] for e in evs if e[0] == "ASSAULT"] == [["TUR"]]
    # a plural names people, who may be the object; «السعودية» after «إلى» is a place
    _, evs = events("ووصل وزير الدفاع الأمريكي أمس متوجها إلى السعودية.", published="2015-08-01")
    assert all("SAU" not in e[2] for e in evs)


def test_a_negation_reaches_over_light_verbs():
    doc, evs = events("وقال المتحدث إنه لم يتم تقديم دعم كاف للفصائل التي دربتها فرنسا.",
                      published="2015-08-01")
    assert [e[0] for e in evs] == []
    assert [(e.label, e.get("negated")) for e in doc.layer("unrealised_events")] == [("SUPPORT", True)]


def test_the_genitive_of_a_visit_is_the_visitor_not_the_subject_before_it():
    _, evs = events("وانتقدت الحكومة المصرية زيارة نتنياهو إلى أديس أبابا.", published="2015-08-01")
    [visit] = [e for e in evs if e[0] == "CONSULT"]
    assert visit[2] == ["benjamin_netanyahu"] and visit[3] == ["addis_ababa"]
    # a place after the noun is visited, and a definite or suffixed noun has no genitive
    _, evs = events("ووجه الرئيس الدعوة لحماس لزيارة موسكو.", published="2015-08-01")
    assert all(e[2] != ["moscow"] for e in evs if e[0] == "CONSULT")
    _, evs = events("وانتقدت صحف تونسية زيارة ساركوزي إلى تونس.", published="2015-08-01")
    [visit] = [e for e in evs if e[0] == "CONSULT"]
    assert visit[2] == ["nicolas_sarkozy"]



def test_what_reported_protesters_do_details_their_protest():
    # stone-throwing, burning, clashes, road-blocking by «المتظاهرون» detail a protest the
    # article has reported; a crowd the sentence brings in, or protesting itself, is a report
    assert _protests("ورشق المتظاهرون أمس قوات الأمن بالحجارة في وسط مدينة الخرطوم.") == []
    assert _protests("وأحرق المتظاهرون أمس عددا من السيارات في وسط مدينة الخرطوم.") == []
    assert _protests("واندلعت أمس اشتباكات بين المحتجين وقوات الأمن في وسط مدينة الخرطوم.") == []
    assert _protests("وقطع المحتجون أمس الطريق الرئيسي في مدينة الخرطوم.") == []
    assert _protests("واندلعت أمس اشتباكات بين محتجين وقوات الأمن في وسط مدينة الخرطوم.") != []
    assert _protests("واعتصم المعلمون أمس أمام وزارة التربية في عمان.") != []


def test_a_protest_a_call_asks_for_is_not_yet_held():
    text = "ووزع الطلاب أمس منشورات في الخرطوم في دعوة للمشاركة في مظاهرة الغد، احتجاجا على رفع الرسوم."
    assert _protests(text) == []
    assert [e for e in events(text, layer="unrealised_events")[1] if e[0] == "PROTEST"] != []
    # their own sit-in, already held, is no call
    assert _protests("ودعوا في ختام اعتصامهم إلى العودة عند الخامسة من مساء اليوم أمام مقر "
                     "الحكومة في الخرطوم.") != []


def test_a_distance_crossed_is_no_road_blocked():
    assert _protests("وقطع متظاهرون مئات الكيلومترات أمس للوصول إلى العاصمة الخرطوم.") == []
    assert _protests("وقطع متظاهرون أمس الطريق الرئيسي في مدينة الخرطوم.") != []


def test_a_protest_in_a_relative_clause_describes_its_protesters():
    assert _protests("وحيا الخطيب أمس في عمان عمال المصنع الذين نظموا إضرابا دام أسبوعا.") == []
    assert _protests("وفرقت الشرطة أمس في الخرطوم الطلاب الذين كانوا يرشقونها بالحجارة.") == []
    assert _protests("ونظم عمال المصنع أمس في عمان إضرابا دام أسبوعا.") != []


def test_a_present_verb_after_an_oblique_crowd_describes_it():
    # «ومتظاهرين يحتجون …»: who clashed with the police, not a protest report of its own
    text = "وقتل شخصان أمس في مدينة الخرطوم خلال صدامات بين رجال الأمن ومتظاهرين يحتجون على رفع الأسعار."
    assert _protests(text) == [] and _attacks(text) != []
    assert _protests(text.replace("يحتجون", "احتجوا")) != []


def test_an_act_striven_for_is_not_yet_done():
    _, unrealised = events("ويسعى الاتحاد الأوروبي منذ أشهر إلى دعم الحكومة الليبية الجديدة.",
                           layer="unrealised_events")
    assert unrealised != []
    assert events("ويسعى الاتحاد الأوروبي منذ أشهر إلى دعم الحكومة الليبية الجديدة.")[1] == []
    assert events("ودعم الاتحاد الأوروبي أمس الحكومة الليبية الجديدة.")[1] != []


def test_every_attack_is_no_attack_reported():
    assert _attacks("وقال القيادي أمس في أربيل إن كل هجوم تركي على مواقع الحزب يقابله رد من المقاتلين.") == []
    assert _attacks("وقال القيادي أمس في أربيل إن هجوما تركيا على مواقع الحزب قتل ثلاثة مقاتلين.") != []


def test_an_act_written_about_commented_on_or_listed_is_a_topic():
    assert _attacks("وكتب الصحفيون مقالات كثيرة حول اغتيال القاضي في بغداد أمس.") == []
    assert _attacks("وقال الوزير في بغداد أمس، تعليقا على اغتيال القاضي، إن الجناة سيعاقبون.") == []
    assert _attacks("واعتمدت الحكومة قائمة اغتيالات تشمل قادة في الحركة أمس في غزة.") == []
    assert _attacks("واغتال مسلحون القاضي في بغداد أمس.") != []


def test_a_topic_word_reaches_over_attempt_and_operation():
    assert _attacks("وأوفدت لندن مدربين لمتابعة أي عمليات اقتحام تنفذها الشرطة الأفغانية في قندهار أمس.") == []
    assert _attacks("واقتحمت القوات العراقية أمس مواقع المسلحين في الأنبار.") != []


def test_a_subsidy_is_no_support():
    _, evs = events("وأنفقت الحكومة الكويتية أمس ملياري دولار على دعم الوقود في البلاد.")
    assert [e for e in evs if e[0] == "SUPPORT"] == []
    _, evs = events("وأكدت الحكومة الكويتية أمس دعمها للشعب اليمني.")
    assert [e for e in evs if e[0] == "SUPPORT"] != []


def test_a_time_may_stand_inside_a_gapped_phrase():
    assert _protests("وخرج مساء أول من أمس آلاف المواطنين في شوارع عمان.") != []
    _, evs = events("ووافقت الحكومة الأردنية يوم الأحد الماضي على خطة الإصلاح الاقتصادي.")
    assert [e[0] for e in evs] == ["AGREE"]


def test_a_time_left_unresolved_leaves_the_date_unknown():
    # with no publication date «أمس» has no value, and the year of the truce, farther on,
    # is not the day of the visit
    text = "زار وزير الخارجية التركي بغداد أمس، بعد أسابيع من انهيار هدنة قائمة منذ 2013 بين الطرفين."
    _, evs = events(text, published=None)
    assert [(e[0], e[4]) for e in evs if e[0] == "CONSULT"] == [("CONSULT", None)]
    _, evs = events(text, published="2015-08-04")
    assert [(e[0], e[4]) for e in evs if e[0] == "CONSULT"] == [("CONSULT", "2015-08-03")]


def test_the_rules_of_an_act_are_no_act():
    assert _attacks("وقال الجيش إنه يرد على أي إطلاق نار وفق قواعد الاشتباك المعمول بها.") == []
    assert _attacks("واندلعت أمس اشتباكات عنيفة بين الجيش اليمني والحوثيين قرب الحدود.") != []


def test_the_sides_after_between_both_act():
    _, evs = events("واندلعت أمس مواجهات عنيفة بين الجيش اليمني والحوثيين في ضواحي تعز.")
    assert [(e[0], sorted(e[2]), e[3]) for e in evs] == [("ASSAULT", ["houthis", "yem_military"], [])]
    _, evs = events("وتناول الاتصال الهاتفي بين الرئيس أوباما والرئيس أردوغان ملفات المنطقة.",
                    published="2015-08-09")
    assert [(e[0], sorted(e[2])) for e in evs if e[0] == "CONSULT"] == \
        [("CONSULT", ["barack_obama", "recep_tayyip_erdogan"])]


def test_min_after_a_noun_of_support_names_the_giver():
    _, evs = events("وتقدمت القوات العراقية أمس بدعم من الحشد الشعبي نحو وسط المدينة.")
    assert [(e[0], e[2], e[3]) for e in evs if e[0] == "SUPPORT"] == \
        [("SUPPORT", ["pmf"], ["irq_military"])]
    _, evs = events("وتلقى الرئيس المصري عبد الفتاح السيسي أمس رسالة تهنئة من عبد العزيز بوتفليقة "
                    "بالعيد.")
    assert [(e[0], e[2], e[3]) for e in evs if e[0] == "SUPPORT"] == \
        [("SUPPORT", ["abdelaziz_bouteflika"], ["abdel_fattah_al_sisi"])]


def test_the_end_of_a_period_does_not_date_the_act():
    _, evs = events("وصادقت الحكومة اليمنية على القرار الذي يبقى ساريا حتى 26 فبراير 2016.",
                    published="2015-08-07")
    assert [(e[0], e[4]) for e in evs if e[0] == "SUPPORT"] == [("SUPPORT", "2015-08-07")]


def test_words_that_give_an_act_another_sense():
    # in return for, an interview, power seized, a door opened to visits
    for text in ("وتخفض إيران مخزونها من اليورانيوم لقاء رفع العقوبات الأمريكية عنها.",
                 "وقال نوري المالكي في لقاء تلفزيوني إن الحكومة العراقية ماضية في الإصلاح.",
                 "وقال الوزير إن الحوثيين اختطفوا الدولة اليمنية بقوة السلاح أمس.",
                 "ودعا الشيخ إلى فتح باب زيارة القدس أمام الفلسطينيين."):
        _, evs = events(text)
        assert [e[0] for e in evs if e[0] in ("CONSULT", "ASSAULT")] == [], text
    _, evs = events("وعقد نوري المالكي أمس لقاء مع السفير الأمريكي في بغداد.")
    assert [e[0] for e in evs] == ["CONSULT"]


def test_the_genitive_of_a_noun_of_support_is_who_is_supported():
    # no «ل» after the genitive: it is who is supported, and the subject supports
    _, evs = events("وتواصل الكويت العمل على دعم الحكومة اليمنية في كل المجالات.",
                    published="2015-08-09")
    assert [(e[2], e[3]) for e in evs if e[0] == "SUPPORT"] == [(["KWT"], ["yem_government"])]
    _, evs = events("وأرسلت طهران خبراء عسكريين لمساندة قوات الحشد الشعبي قرب تكريت.", published="2015-08-09")
    assert [(e[2], e[3]) for e in evs if e[0] == "SUPPORT"] == [(["tehran"], ["pmf"])]
    # with «ل» after it, or after a verb of receiving, the genitive gives the support
    _, evs = events("وانتقد الوزير دعم روسيا للنظام السوري في مجلس الأمن.", published="2015-08-09")
    assert [(e[2], e[3]) for e in evs if e[0] == "SUPPORT"] == [(["RUS"], ["syr_government"])]
    _, evs = events("وقال إن الفصائل المعتدلة تحظى بدعم واشنطن في الشمال.", published="2015-08-09")
    assert [e[2] for e in evs if e[0] == "SUPPORT"] == [["washington"]]
    # after a verb of continuing, too (a future support is AGREE)
    _, evs = events(MEETING_AFTER_A_GROUP, published="2015-08-09")
    assert [(e[0], e[2], e[3]) for e in evs if e[0] in ("SUPPORT", "AGREE")] == \
        [("AGREE", ["cairo"], ["lby_military"])]


def test_the_genitive_of_an_invasion_is_who_is_invaded():
    _, evs = events("ولا تزال آثار اجتياح الكويت من قبل العراق ماثلة حتى اليوم.", published="2015-08-09")
    assert [(e[0], e[2], e[3]) for e in evs] == [("ASSAULT", ["IRQ"], ["KWT"])]
    _, evs = events("وكان اجتياح الجيش العراقي الكويت عام 1990 كارثة على المنطقة.", published="2015-08-09")
    assert [(e[0], e[2], e[3]) for e in evs] == [("ASSAULT", ["irq_military"], ["KWT"])]
    _, evs = events("وقال المحلل إن غزو العراق عام 2003 غير وجه المنطقة.", published="2015-08-09")
    assert [e for e in evs if "IRQ" in e[2]] == []


def test_who_answers_an_attack_did_not_carry_it_out():
    _, evs = events("وقصفت المقاتلات التركية مواقع للتنظيم أمس ردا على هجوم انتحاري وقع في بلدة كيليس "
                    "وأوقع 12 قتيلا.", published="2015-08-09")
    assert [e[2] for e in evs if e[0] == "ASSAULT" and e[1] == "suicide-attack"] in ([], [[]])
    # the adjective after the aircraft names whose they are: the attacker, not the target
    [(actor, recipient)] = [(e[2], e[3]) for e in evs if e[1] == "aerial"]
    assert actor == ["TUR"] and "TUR" not in recipient


MEETING_AFTER_A_GROUP = ("وقال وزير الخارجية المصري سامح شكري إن القاهرة ستواصل دعم الجيش الليبي في حربه "
                         "على تنظيم داعش خلال لقائه نظيره الأردني في عمان أمس.")


def test_who_meets_a_counterpart_is_a_person():
    # «لقائه نظيره»: the possessor is the minister, not the group named last before
    _, evs = events(MEETING_AFTER_A_GROUP, published="2015-08-09")
    assert [set(e[2]) for e in evs if e[0] == "CONSULT"] == [{"sameh_shoukry", "nasser_judeh"}]


def test_who_is_exposed_to_criticism_is_criticised():
    # «تتعرض … ل»: several words may stand between, the subject is still the one criticised
    _, evs = events("وتتعرض الحكومة اليونانية منذ أسابيع في البرلمان والصحف لانتقادات حادة.",
                    published="2015-08-09")
    assert [e for e in evs if e[0] == "ACCUSE" and "grc_government" in e[2]] == []


def test_a_relative_clause_verb_has_its_antecedent_for_subject():
    _, evs = events("وأشاد الوزير بالقوات السعودية التي أرسلت مساعدات إلى اليمن أمس.")
    assert [(e[0], e[2]) for e in evs if e[0] == "AID"] == [("AID", ["sau_military"])]
    _, evs = events("وقال البيان إن المستشارة أنجيلا ميركل التي حثت الحكومة التركية على ضبط النفس "
                    "تزور أنقرة قريبا.")
    assert [(e[0], e[2], e[3]) for e in evs if e[0] == "REQUEST"] == \
        [("REQUEST", ["angela_merkel"], ["tur_government"])]
    # a pronoun after the verb stands for the antecedent: it is where he fled to
    _, evs = events("ويقيم الرئيس التشادي السابق في السنغال، البلد الذي فر إليه عقب سقوطه.")
    assert [e for e in evs if e[0] == "RETREAT" and e[2] == ["SEN"]] == []


def test_an_attack_attributed_to_someone_is_theirs():
    _, evs = events("وقتل 12 مدنيا على الأقل أمس في قصف مدفعي نسب إلى الحوثيين.")
    assert [(e[0], e[2]) for e in evs] == [("ASSAULT", ["houthis"])]


def test_who_faces_a_charge_is_its_recipient():
    # the accusers are not named: no accusation by the accused
    _, evs = events("ويواجه الرئيس التركي رجب طيب أردوغان اتهامات من خصومه بتأجيج الحرب.")
    assert [e for e in evs if e[0] == "ACCUSE"] == []
    # the past «واجه» opens with the letter of «و» without being the conjunction
    _, evs = events("وكان الرئيس التركي رجب طيب أردوغان قد واجه اتهامات بتأجيج الحرب.")
    assert [e for e in evs if e[0] == "ACCUSE"] == []
    _, evs = events("ويواجه الرئيس التركي رجب طيب أردوغان أمس اتهامات من حزب الشعوب الديمقراطي بتأجيج الحرب.")
    assert [(e[0], e[2], e[3]) for e in evs if e[0] == "ACCUSE"] == \
        [("ACCUSE", ["hdp"], ["recep_tayyip_erdogan"])]


def test_the_giver_named_after_a_relative_verb_of_giving():
    _, evs = events("وقال الوزير إن الدعم الذي تقدمه طهران لدمشق لن يتغير.")
    assert [(e[0], e[2]) for e in evs if e[0] == "SUPPORT"] == [("SUPPORT", ["tehran"])]
    # who is given to, after «لل», gives nothing
    _, evs = events("وأشاد الوزير اليمني بالمساعدات الإنسانية التي تقدمها الدول الشقيقة لليمن.")
    assert [e for e in evs if e[0] == "AID"] == []


def test_words_that_only_look_like_a_trigger():
    for text in ("وقال السيناتور إن الشعب الأمريكي سيدفع الثمن غاليا.",
                 "وأضاف أن المشروع أنجز بأيد مصرية خالصة خلال عام واحد.",
                 "وقال الوزير الفرنسي إن فائدتها تعود على الجميع.",
                 "ودعا الكاتب قادة حماس إلى ترتيب بيتهم الداخلي قبل الانتخابات."):
        _, evs = events(text)
        assert [e for e in evs if e[0] in ("SUPPORT", "AGREE", "ACCUSE")] == [], text
    # the demand for a good, and its growth, are no request
    for text in ("ورأى محللون أن تقدير منظمة أوبك نمو الطلب الآسيوي على الخام يرفع الأسعار.",
                 "ويقول محللون إن منظمة أوبك تتوقع الطلب على النفط أن يرتفع."):
        _, evs = events(text)
        assert [e for e in evs if e[0] == "REQUEST"] == [], text
    _, evs = events("وثمن الرئيس اليمني عبد ربه منصور هادي أمس جهود السعودية.")
    assert [e[0] for e in evs] == ["SUPPORT"]


def test_what_a_step_is_about_or_a_dialogue_produced_is_a_topic():
    for text in ("والتقى وزراء مجلس التعاون نظيرهم الأمريكي أمس لبحث ما تحقق ورسم خطوات بشأن الشراكة "
                 "الاستراتيجية بين دول الخليج وواشنطن.",
                 "وتواصل قوات الجيش الوطني والمقاومة الشعبية عملية استعادة الدولة لتنفيذ مخرجات الحوار الوطني."):
        _, evs = events(text)
        assert [e for e in evs if e[0] in ("COOPERATE", "CONSULT")] == [], text


def test_and_considered_is_no_promise():
    _, evs = events("واستنكر مجلس الوزراء السعودي أمس التفجير، وعد ذلك عدوانا إرهابيا على المصلين.")
    assert [e for e in evs if e[0] == "AGREE"] == []
    _, evs = events("ووعد الرئيس التركي رجب طيب أردوغان أمس بإجراءات أكثر صرامة.")
    assert [e[0] for e in evs] == ["AGREE"]


def test_achieved_it_is_no_investigation_and_a_country_gives_support():
    _, evs = events("وقال الوزير إن المكاسب التي حققتها قوات المقاومة في عدن كبيرة.")
    assert [e for e in evs if e[0] == "ACCUSE"] == []
    _, evs = events("وتقدمت القوات العراقية أمس بدعم من الولايات المتحدة نحو الرمادي.")
    assert [(e[0], e[2], e[3]) for e in evs if e[0] == "SUPPORT"] == [("SUPPORT", ["USA"], ["irq_military"])]


def test_an_expected_act_is_future():
    # what is expected after the participle is future; the act before it is not
    text = "وأكدت المقاومة مقتل عشرة من عناصرها في الاشتباكات، متوقعة إحكام سيطرتها على مدينة زنجبار خلال ساعات."
    _, evs = events(text)
    assert [(e[0], e[3]) for e in evs] == [("ASSAULT", [])]
    _, unrealised = events(text, layer="unrealised_events")
    assert [e[0] for e in unrealised] == ["ASSAULT"]
    _, evs = events("وقال المتحدث إن المقاومة الشعبية قتلت أمس عشرة مسلحين، متوقعة سقوط المدينة قريبا.")
    assert [e[0] for e in evs] == ["ASSAULT"]


def test_a_need_a_prompt_a_building_and_a_body_named_after_an_act_are_no_acts():
    for text, etype in (("وقال الوزير إن العراق بحاجة لدعم عسكري من حلفائه في الحرب.", "AID"),
                        ("وانضم مئات البريطانيين إلى التنظيم، مما دعا رئيس الوزراء البريطاني ديفيد كاميرون "
                         "إلى توجيه خطاب إلى الشعب.", "REQUEST"),
                        ("وقال المرشح الأمريكي دونالد ترامب إنه سيطرد المهاجرين ويشيد جدارا على الحدود مع المكسيك.",
                         "SUPPORT"),
                        ("وقالت رئيسة لجنة الإغاثة اليمنية نادية السقاف إن الرحلات توقفت.", "AID")):
        _, evs = events(text)
        assert [e for e in evs if e[0] == etype] == [], text
    # a need farther back is another clause's: the destruction happened
    _, evs = events("وقال المحافظ إن المدينة بحاجة لإعمار شامل بعد أن دمرت ميليشيات الحوثي أمس عشرات "
                    "المنازل فيها.")
    assert [e[0] for e in evs] == ["ASSAULT"]


def test_storming_a_house_is_a_raid_and_a_joined_abduction_shares_its_sides():
    _, evs = events("وذكرت مصادر محلية أمس اقتحام جماعة الحوثي منزل أمين عام حزب الإصلاح في ذمار، "
                    "واختطاف نجله واثنين من حراسه.")
    assert sorted((e[0], e[1] or "", tuple(e[2]), tuple(e[3])) for e in evs) == [
        ("ASSAULT", "abduct", ("houthis",), ("islah_yemen",)),
        ("COERCE", "seize", ("houthis",), ("islah_yemen",))]
    # storming a town is an attack
    _, evs = events("واقتحم مسلحو تنظيم داعش أمس بلدة في ريف حلب الشمالي.")
    assert [e[0] for e in evs] == ["ASSAULT"]


def test_who_is_given_to_after_lil_is_no_subject_and_an_anniversary_or_a_visa_is_no_act():
    _, evs = events("وتعهدت قيادة التحالف العربي أمس بمواصلة الدعم للمقاومة الشعبية اليمنية.")
    assert ["yemen_popular_resistance"] not in [e[2] for e in evs if e[0] in ("SUPPORT", "AGREE")]
    for text in ("ويزور الوزير فيتنام التي تحتفل هذا العام بذكرى إقامة العلاقات الدبلوماسية مع واشنطن.",
                 "ومنحت طهران تأشيرة زيارة لصحافي أمريكي يعمل في صحيفة كبرى."):
        _, evs = events(text)
        assert [e for e in evs if e[0] in ("SUPPORT", "CONSULT") and e[1] != "visit" or
                e[0] == "CONSULT" and "IRN" in e[2]] == [], text


def test_troops_moving_out_are_no_protest():
    _, evs = events("وأفادت مصادر عسكرية بأن الجيش اليمني خرج أمس بمئات الدبابات والمدرعات من المكلا صوب معسكر الريان.")
    assert [e for e in evs if e[0] == "PROTEST"] == []
    _, evs = events("وخرج أمس آلاف المتظاهرين في شوارع بغداد احتجاجا على انقطاع الكهرباء.")
    assert [e[0] for e in evs] == ["PROTEST"]


def test_the_owner_of_the_places_hit_is_the_target():
    _, evs = events("وشنت طائرات حربية أمس غارات استهدفت مواقع للحوثيين في صعدة.")
    assert "houthis" not in [a for e in evs if e[0] == "ASSAULT" for a in e[2]]
    _, evs = events("وقتل خمسة مدنيين أمس في قصف عشوائي للحوثيين على أحياء تعز.")
    assert [e[2] for e in evs if e[0] == "ASSAULT"] == [["houthis"]]


def test_a_future_particle_between_the_act_and_its_executor():
    _, evs = events("وقالت المصادر الروسية إن زيارة وزير الخارجية السعودي عادل الجبير تأتي تحضيرا للزيارة "
                    "المرتقبة التي سوف يقوم بها الرئيس التركي رجب طيب أردوغان لموسكو.", published="2015-08-08")
    assert [(e[0], e[2]) for e in evs if e[0] == "AGREE"] == [("AGREE", ["recep_tayyip_erdogan"])]


def test_an_act_tried_is_not_done():
    _, evs = events("وقالت المصادر إن الحوثيين يحاولون قطع الإمدادات عن مدينة عدن.")
    assert [e for e in evs if e[0] == "COERCE"] == []


def test_reaching_a_quantity_is_no_visit():
    _, evs = events("وارتفعت مشتريات الهند من الخام العراقي في مارس لتصل إلى 1.2 مليون برميل في اليوم.")
    assert [e for e in evs if e[0] == "CONSULT"] == []


def test_a_verb_of_targeting_after_an_attack_has_the_attack_for_subject():
    _, evs = events("وشنت أنقرة مداهمات ضد متمردي الجبهة التي تبنت هجوما انتحاريا عام 2013، استهدف سفارة "
                    "الولايات المتحدة لدى تركيا.")
    assert "usa_embassy" not in [a for e in evs for a in e[2]]
    assert "usa_embassy" in [a for e in evs for a in e[3]]
    # a force right after the verb is its subject
    _, evs = events("وسمع دوي انفجارات عنيفة عقب تلك الغارات، واستهدفت قوات التحالف العربي أمس «اللواء 115» "
                    "في محافظة أبين.")
    assert [e[2] for e in evs if e[0] == "ASSAULT"] == [["arab_coalition_yemen"]]


def test_looking_for_something_is_no_discussion():
    _, evs = events("وقال المحلل إن الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ يبحثان عن "
                    "بديل للأسد.")
    assert [e for e in evs if e[0] == "CONSULT"] == []
    _, evs = events("وبحث وزير الخارجية الروسي سيرغي لافروف أمس مع نظيره القطري ملف اليمن.")
    assert [e[0] for e in evs] == ["CONSULT"]


def test_a_request_acted_on_names_its_maker_after_min():
    _, evs = events("وأرجأ مجلس الأمن التصويت على القرار يوما واحدا بطلب من روسيا.")
    assert [(e[0], e[2], e[3]) for e in evs if e[0] == "REQUEST"] == [("REQUEST", ["RUS"], ["unsc"])]
    _, evs = events("وأكد المتحدث أن انتشار القوات تم بطلب من الحكومة العراقية.")
    assert [e[2] for e in evs if e[0] == "REQUEST"] == [["irq_government"]]
    # the verb «طلب من» still has the asked after «من»
    _, evs = events("وطلبت روسيا من مجلس الأمن عقد جلسة طارئة.")
    assert [(e[2], e[3]) for e in evs if e[0] == "REQUEST"] == [(["RUS"], ["unsc"])]


def test_the_member_named_before_an_alliance_acts():
    _, evs = events("وكانت إستونيا عضو حلف الناتو قد أرسلت قوات إلى الحدود.")
    assert [e[2] for e in evs if e[0] == "MOBILIZE"] == [["EST"]]


def test_what_a_deal_gives_in_exchange_is_no_act():
    _, evs = events("ووقعت إيران اتفاقا تحد بموجبه من تخصيب اليورانيوم مقابل رفع العقوبات عنها.")
    assert [e for e in evs if e[0] == "CONCEDE"] == []
    # «في المقابل» is «on the other hand»: what follows is reported
    _, evs = events("وفي المقابل رفضت حركة حماس اتهامات عباس لها.")
    assert [(e[0], e[2]) for e in evs] == [("REJECT", ["hamas"])]


def test_a_pronoun_on_an_act_does_not_reach_back_to_an_earlier_sentence():
    # «ـه» on «باركته» is what was blessed; who blessed it is the unnamed «دول عربية»
    doc, evs = events("ودافع وزير الخارجية الأمريكي جون كيري عن الاتفاق النووي أمام مجلس الشيوخ. "
                      "وهناك دول عربية كثيرة باركته، وأخرى تحفظت عليه.")
    triggers = [ev["trigger"]["text"] for e in doc.layer("events") for ev in e.get("evidence")]
    assert "باركته" not in triggers


def test_a_verb_whose_own_subject_is_a_title_carries_no_earlier_subject():
    _, evs = events("وأكد وزير الخارجية الأردني أيمن الصفدي دعم بلاده للحل السياسي في سوريا. "
                    "ودعا المتحدث باسم المجلس المحلي السكان إلى الابتعاد عن مواقع القتال.")
    assert [e for e in evs if e[0] == "REQUEST"] == []
    # with no subject of its own, the verb goes on with the last one
    _, evs = events("وأكد وزير الخارجية الأردني أيمن الصفدي دعم بلاده للحل السياسي في سوريا. "
                    "ودعا إلى وقف القتال فورا.")
    assert [e[2] for e in evs if e[0] == "REQUEST"] == [["ayman_safadi"]]


def test_reaching_a_line_or_a_student_named_are_no_events():
    _, evs = events("وقال الوزير إن كوريا الشمالية وصلت إلى خط لا رجعة عنه.")
    assert [e for e in evs if e[0] == "CONSULT"] == []
    _, evs = events("ولفت التقرير الحقوقي إلى أنه بين ضحايا التعذيب طالب جامعي واحد.")
    assert [e for e in evs if e[0] == "REQUEST"] == []


def test_the_positions_where_forces_are_stationed_are_no_mobilisation():
    _, evs = events("واستهدفت المدفعية أمس مواقع تمركز الميليشيات الحوثية والقوات المتحالفة معها شرق المدينة.")
    assert [e for e in evs if e[0] == "MOBILIZE"] == []


def test_the_hands_an_act_was_done_by_are_its_agent():
    _, evs = events("وقتل أربعة جنود أمس على أيدي مسلحين من تنظيم داعش قرب الحدود.")
    assert [e[2] for e in evs if e[0] == "ASSAULT"] == [["isis"]]
    _, evs = events("واعتقل ثلاثة صحفيين أمس على يد الشرطة المصرية في القاهرة.")
    assert [e[2] for e in evs if e[0] == "COERCE"] == [["egy_police"]]


def test_a_request_answered_was_made_by_whom_its_noun_names():
    _, evs = events("وجاءت العمليات الجوية تلبية لطلب فخامة الرئيس اليمني عبد ربه منصور هادي.")
    assert [e[2] for e in evs if e[0] == "REQUEST"] == [["abdrabbuh_mansur_hadi"]]
    _, evs = events("وقال المتحدث إن التحالف يواصل عملياته استجابة لمناشدة الحكومة اليمنية.")
    assert [e[2] for e in evs if e[0] == "REQUEST"] == [["yem_government"]]


def test_what_comes_on_the_eve_of_talks_is_no_background():
    doc, _ = events("وجاءت كلمة الجبير عشية محادثات يجريها مع نظيره الروسي سيرغي لافروف في العاصمة "
                    "الروسية اليوم.", published="2015-08-11")
    [talks] = [e for e in doc.layer("events") if e.label == "CONSULT"]
    assert not talks.get("historical")


def test_who_lists_a_group_as_terrorist_is_named_after_the_verb():
    _, evs = events("وأدرجت بريطانيا حركة حماس على قائمة المنظمات الإرهابية لكنها تبقي قنوات مفتوحة.")
    assert [(e[2], e[3]) for e in evs if e[0] == "SANCTION"] == [(["GBR"], ["hamas"])]


def test_an_act_avoided_is_not_done():
    doc, evs = events("وقال الكاتب إن واشنطن تجنبت طاولة المفاوضات مع طهران لسنوات.")
    assert [e for e in evs if e[0] == "CONSULT"] == []
    assert [e.label for e in doc.layer("unrealised_events")] == ["CONSULT"]


def test_at_the_same_time_is_the_day_the_sentence_before_names():
    _, evs = events("وقال الوزير الألماني فرانك-فالتر شتاينماير يوم أمس السبت إن الوضع خطير. "
                    "في الوقت نفسه، أشاد شتاينماير بالحكومة التركية.", published="2015-08-09")
    assert [e[4] for e in evs if e[0] == "SUPPORT"] == ["2015-08-08"]


def test_students_counted_make_no_demand():
    _, evs = events("واعتقلت الشرطة التركية أمس 12 طالبا أجنبيا قرب الحدود مع سوريا.")
    assert [e for e in evs if e[0] == "REQUEST"] == []


def test_a_meeting_the_day_before_a_statement_is_dated_so():
    doc, _ = events("وقال وزير الخارجية الأمريكي جون كيري الخميس غداة لقاء مع نظيره الروسي سيرغي لافروف "
                    "في ماليزيا إن الاتفاق قريب.", published="2015-08-07")
    [meeting] = [e for e in doc.layer("events") if e.label == "CONSULT"]
    assert meeting.get("date") == "2015-08-05" and not meeting.get("historical")


def test_the_noun_after_a_participle_is_asked_not_asking():
    _, evs = events("وأكد الوزير البريطاني دعم بلاده للاتفاق، داعيا إيران إلى الوفاء بالتزاماتها كاملة.")
    assert "IRN" not in [a for e in evs if e[0] == "REQUEST" for a in e[2]]
    # the verbal noun in «ة» has its maker after it
    _, evs = events("وتظاهر العشرات احتجاجا على مطالبة الرئيس التركي رجب طيب أردوغان للبرلمان بإجراء "
                    "انتخابات مبكرة.")
    assert [e[2] for e in evs if e[0] == "REQUEST"] in ([], [["recep_tayyip_erdogan"]])


def test_a_name_does_not_run_into_the_act_after_it():
    doc, _ = events("وأكد العقيد مروان دعم الجيش للمقاومة.")
    assert "مروان دعم" not in [e.text for e in doc.layer("entities")]


def test_the_sides_a_meeting_brought_together():
    _, evs = events("وعقدت في فيينا أمس جولة مباحثات ضمت وزير الخارجية الأميركي جون كيري، والروسي سيرغي "
                    "لافروف، والإيراني محمد جواد ظريف.", published="2015-07-10")
    assert [sorted(e[2]) for e in evs if e[0] == "CONSULT"] == \
        [sorted(["john_kerry", "sergey_lavrov", "mohammad_javad_zarif"])]


def test_achieving_progress_is_no_investigation():
    _, evs = events("وعلى الأرض، حققت المقاومة الجنوبية في لحج تقدما واسعا أمس.")
    assert [e for e in evs if e[0] == "ACCUSE"] == []
    _, evs = events("وقالت الشرطة البريطانية إنها تحقق في تهديدات تلقاها نواب في البرلمان.")
    assert [e[1] for e in evs if e[0] == "ACCUSE"] == ["investigate"]


def test_an_unnamed_group_after_the_verb_is_its_subject():
    _, evs = events("وحث الوزراء جميع العراقيين على التكاتف لمواجهة الإرهاب.")
    assert [e for e in evs if e[0] == "REQUEST" and "IRQ" in e[2]] == []


def test_demanding_by_name_asks_the_one_named():
    _, evs = events("وردت الحكومة العراقية على القصف بمطالبة تركيا بوقف الغارات فورا.")
    assert [(e[2], e[3]) for e in evs if e[0] == "REQUEST"] == [(["irq_government"], ["TUR"])]


def test_the_denier_makes_no_charge():
    _, evs = events("ونفى الرئيس التركي رجب طيب أردوغان بشدة الاتهامات بأن بلاده تدعم تنظيم داعش.")
    assert [e for e in evs if e[0] == "ACCUSE"] == []
    assert [e[2] for e in evs if e[0] == "REJECT"] == [["recep_tayyip_erdogan"]]


def test_from_whom_an_attack_came():
    _, evs = events("وتعرضت مواقع المسلحين أمس لضربات جوية مكثفة من طائرات التحالف العربي.")
    assert [e[2] for e in evs if e[0] == "ASSAULT"] == [["arab_coalition_yemen"]]
    # a toll's «من» counts the dead
    _, evs = events("وقتل أمس خمسة من الجنود الأتراك في هجوم استهدف حاجزا أمنيا.")
    assert [e[2] for e in evs if e[0] == "ASSAULT"] == [[]]


def test_a_field_or_network_of_financing_is_no_aid():
    _, evs = events("واستولى تنظيم داعش على مخازن القمح في الموصل بحسب باحث فرنسي هو الخبير في تمويل الإرهاب.")
    assert [e for e in evs if e[0] == "AID"] == []
    _, evs = events("وقال المسؤول الأمريكي إن التنسيق مع الدوحة يتحسن في التصدي لشبكات تمويل تنظيم داعش.")
    assert [e for e in evs if e[0] == "AID"] == []


def test_handing_someone_over_to_the_authorities_of_a_country():
    _, evs = events("وسلمت اليونان أمس السلطات التركية اثنين من المطلوبين في قضايا إرهاب.")
    assert [(e[2], e[3]) for e in evs if e[0] == "COOPERATE"] == [(["GRC"], ["TUR"])]
    # the authorities as the subject hand over; they are not handed to
    _, evs = events("وسلمت السلطات الليبية المتهم إلى مصر أمس.")
    assert [e for e in evs if e[0] == "COOPERATE" and "LBY" in e[3]] == []
