"""Report frames: a reporter's account, and the sources it gives the acts told in it."""
import rasd

PUBLISHED = "2015-08-06"


def sources_by_trigger(text):
    doc = rasd.extract(text, published=PUBLISHED)
    return doc, {ev["trigger"]["text"]: e.get("according_to")
                 for e in doc.layer("events") for ev in e.get("evidence")}


ACCOUNT = ("التقى الرئيس المصري عبد الفتاح السيسي اليوم الرئيس اليمني عبد ربه منصور هادي في القاهرة. "
           "وقال المتحدث الرسمي باسم الرئاسة المصرية السفير علاء يوسف إن ذلك تم أثناء زيارة هادي الحالية. "
           "ووجه السيسي بإرسال طائرة محملة بمساعدات طبية إلى اليمن. ")


def test_a_spokesman_tells_the_account_around_his_statement():
    doc, sources = sources_by_trigger(ACCOUNT)
    [report] = doc.layer("reports")
    assert report.get("reporter") == "alaa_youssef" and report.start == 0     # «ذلك» points back
    for trigger in ("التقى", "محملة بمساعدات"):
        assert "alaa_youssef" in sources[trigger], trigger


def test_the_account_ends_at_a_topic_shift_or_another_cast():
    _, sources = sources_by_trigger(ACCOUNT + "من جهة أخرى، أدان الأزهر التفجير الذي استهدف مسجدا في أبها.")
    assert "alaa_youssef" not in sources["أدان"]
    _, sources = sources_by_trigger(ACCOUNT + "وأدان الأزهر التفجير الذي استهدف مسجدا في أبها.")
    assert "alaa_youssef" not in sources["وأدان"]


def test_a_participant_speaking_for_himself_opens_no_account():
    doc, _ = sources_by_trigger("وقال الرئيس اليمني عبد ربه منصور هادي إن بلاده ترحب بالدعم المصري. "
                                "ووجه السيسي بإرسال طائرة محملة بمساعدات طبية إلى اليمن.")
    assert doc.layer("reports") == []


def test_the_outlet_an_interview_was_given_to_tells_what_follows():
    doc, sources = sources_by_trigger(
        "قال وزير الخارجية الروسي سيرغي لافروف لصحيفة كوميرسانت إن الحل السياسي في سوريا ممكن. "
        "وأشاد لافروف بالحكومة المصرية لجهودها في الوساطة.")
    assert [r.get("reporter") for r in doc.layer("reports")] == ["kommersant"]
    assert "kommersant" in sources["وأشاد"]
